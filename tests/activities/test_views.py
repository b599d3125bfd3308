"""The catalogue pages: only published activities, filters in the URL, empty state, detail page."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory

from .factories import ActivityFactory, GoalFactory, TargetGroupFactory, all_levels

pytestmark = pytest.mark.django_db

LIST_URL = "/activiteiten/"


def names(response):
    return [activity.name for activity in response.context["activities"]]


@pytest.fixture
def catalogue(db):
    all_levels()
    contact = GoalFactory(slug="kennismaken", name="Kennismaken")
    calm = GoalFactory(slug="de-escaleren", name="De-escaleren")
    young = TargetGroupFactory(slug="jongeren", name="Jongeren")
    old = TargetGroupFactory(slug="ouderen", name="Ouderen")
    return {
        "bbq": ActivityFactory(
            name="Buurt-bbq",
            slug="buurt-bbq",
            summary="Samen eten in de straat.",
            effort="low",
            goals=[contact],
            target_groups=[old],
            fits={"ongemak": "recommended", "spanning": "avoid"},
        ),
        "dialogue": ActivityFactory(
            name="Dialoogbijeenkomst",
            slug="dialoogbijeenkomst",
            summary="Bewoners praten met elkaar over wat hen raakt.",
            effort="medium",
            goals=[contact, calm],
            target_groups=[young],
            fits={"ongemak": "conditional", "spanning": "recommended"},
        ),
        "network": ActivityFactory(
            name="Netwerkkaart",
            slug="netwerkkaart",
            kind="tool",
            summary="Breng het netwerk van een bewoner in kaart.",
            effort="high",
            goals=[calm],
            fits={"ongemak": "recommended"},
        ),
        "draft": ActivityFactory(
            name="Geheim concept", slug="concept", is_published=False, goals=[contact]
        ),
    }


class TestAccess:
    def test_anonymous_visitors_are_sent_to_the_login_page(self, client, catalogue):
        for url in (LIST_URL, "/activiteiten/buurt-bbq/"):
            response = client.get(url)
            assert response.status_code == 302
            assert response["Location"].startswith("/accounts/login/")

    @pytest.mark.parametrize("person", ["worker", "lead", "outsider", "curator"])
    def test_every_role_can_read_the_catalogue(self, request, login, catalogue, person):
        client = login(request.getfixturevalue(person))
        assert client.get(LIST_URL).status_code == 200
        assert client.get("/activiteiten/buurt-bbq/").status_code == 200

    def test_a_user_without_a_role_may_not_read_it(self, login, catalogue):
        client = login(UserFactory(username="zonderrol"))
        assert client.get(LIST_URL).status_code == 403
        assert client.get("/activiteiten/buurt-bbq/").status_code == 403

    def test_an_unpublished_activity_does_not_exist_outside_the_admin(
        self, login, worker, catalogue
    ):
        client = login(worker)
        assert client.get("/activiteiten/concept/").status_code == 404
        assert "Geheim concept" not in client.get(LIST_URL).content.decode()
        assert "Geheim concept" not in client.get("/activiteiten/?q=Geheim").content.decode()
        assert client.get("/activiteiten/bestaat-niet/").status_code == 404

    def test_the_navigation_links_to_the_catalogue(self, login, worker):
        response = login(worker).get("/")
        assert f'href="{reverse("activities:list")}"' in response.content.decode()


class TestList:
    def test_it_lists_published_activities_with_their_count(self, login, worker, catalogue):
        response = login(worker).get(LIST_URL)
        assert names(response) == ["Buurt-bbq", "Dialoogbijeenkomst", "Netwerkkaart"]
        html = response.content.decode()
        assert "3 activiteiten gevonden" in html
        assert "Spanning: niet doen" in html
        assert "fit-avoid" in html

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("soort=tool", ["Netwerkkaart"]),
            ("soort=meeting_format", ["Buurt-bbq", "Dialoogbijeenkomst"]),
            ("niveau=spanning", ["Buurt-bbq", "Dialoogbijeenkomst"]),
            ("niveau=spanning&past=recommended", ["Dialoogbijeenkomst"]),
            ("niveau=spanning&past=avoid", ["Buurt-bbq"]),
            ("niveau=ongemak&past=recommended", ["Buurt-bbq", "Netwerkkaart"]),
            ("past=conditional", ["Dialoogbijeenkomst"]),
            ("doel=de-escaleren", ["Dialoogbijeenkomst", "Netwerkkaart"]),
            (
                "doel=kennismaken&doel=de-escaleren",
                ["Buurt-bbq", "Dialoogbijeenkomst", "Netwerkkaart"],
            ),
            ("doelgroep=jongeren", ["Dialoogbijeenkomst"]),
            ("doelgroep=jongeren&doelgroep=ouderen", ["Buurt-bbq", "Dialoogbijeenkomst"]),
            ("inspanning=high", ["Netwerkkaart"]),
            ("q=straat", ["Buurt-bbq"]),
            ("q=elkaar+praten", ["Dialoogbijeenkomst"]),
            (
                "doel=kennismaken&niveau=ongemak&past=recommended&soort=meeting_format",
                ["Buurt-bbq"],
            ),
        ],
    )
    def test_it_filters_through_the_url(self, login, worker, catalogue, query, expected):
        response = login(worker).get(f"{LIST_URL}?{query}")
        assert response.status_code == 200
        assert names(response) == expected

    def test_it_shows_the_chosen_filters_in_the_form(self, login, worker, catalogue):
        html = (
            login(worker)
            .get(f"{LIST_URL}?niveau=spanning&doel=kennismaken&q=eten")
            .content.decode()
        )
        assert 'value="spanning" selected' in html
        assert 'value="kennismaken"' in html and "checked" in html
        assert 'value="eten"' in html

    def test_an_unknown_filter_value_shows_an_error_instead_of_crashing(
        self, login, worker, catalogue
    ):
        response = login(worker).get(f"{LIST_URL}?niveau=paniek&doel=niets")
        assert response.status_code == 200
        assert "Selecteer een geldige keuze" in response.content.decode()

    def test_it_shows_a_clear_empty_state_with_a_reset_link(self, login, worker, catalogue):
        response = login(worker).get(f"{LIST_URL}?soort=tool&niveau=spanning&past=avoid")
        html = response.content.decode()
        assert "0 activiteiten gevonden" in html
        assert "Geen activiteiten passen bij deze filters" in html
        assert f'<a href="{LIST_URL}">Wis alle filters en toon de hele catalogus</a>' in html

    def test_an_empty_catalogue_says_so(self, login, worker):
        html = login(worker).get(LIST_URL).content.decode()
        assert "Er staan nog geen activiteiten in de catalogus." in html

    def test_pagination_keeps_the_filters(self, login, worker, catalogue):
        for number in range(25):
            ActivityFactory(name=f"Extra {number:02}", kind="tool", fits={"spanning": "avoid"})
        client = login(worker)
        response = client.get(f"{LIST_URL}?soort=tool&niveau=spanning")
        html = response.content.decode()
        assert "25 activiteiten gevonden" in html
        assert len(names(response)) == 20
        assert 'href="?soort=tool&amp;niveau=spanning&amp;pagina=2"' in html
        second = client.get(f"{LIST_URL}?soort=tool&niveau=spanning&pagina=2")
        assert names(second) == ["Extra 20", "Extra 21", "Extra 22", "Extra 23", "Extra 24"]

    def test_detail_links_carry_the_filters_for_the_way_back(self, login, worker, catalogue):
        client = login(worker)
        html = client.get(f"{LIST_URL}?niveau=spanning&pagina=1").content.decode()
        assert 'href="/activiteiten/buurt-bbq/?terug=niveau%3Dspanning"' in html
        detail = client.get(
            "/activiteiten/buurt-bbq/?terug=niveau%3Dspanning%26evil%3D1"
        ).content.decode()
        assert 'href="/activiteiten/?niveau=spanning"' in detail
        assert "evil=1" not in detail and "evil&amp;" not in detail

    def test_it_uses_the_same_number_of_queries_for_10_and_200_activities(
        self, login, worker, django_assert_num_queries
    ):
        levels = all_levels()
        goals = [GoalFactory() for _ in range(3)]
        groups = [TargetGroupFactory() for _ in range(3)]
        client = login(worker)

        def make(count):
            for _ in range(count):
                ActivityFactory(
                    goals=goals,
                    target_groups=groups,
                    fits={level.slug: "recommended" for level in levels},
                )

        filtered = f"{LIST_URL}?niveau=ongemak&doel={goals[0].slug}&pagina=2"
        for count in (10, 190):
            make(count)
            # 1 session, 2 user, 3-4 the user's and group permissions (view_activity check),
            # 5-7 the filter form's choices: levels, goals, target groups,
            # 8 count, 9 the page of activities, 10 their fits with levels.
            with django_assert_num_queries(10):
                assert client.get(LIST_URL).status_code == 200
            # The same, plus 2 to validate the chosen level and goal.
            with django_assert_num_queries(12):
                response = client.get(filtered)
        assert response.status_code == 200
        assert "200 activiteiten gevonden" in response.content.decode()


class TestDetail:
    def test_it_shows_what_a_professional_needs(self, login, worker, catalogue):
        response = login(worker).get("/activiteiten/dialoogbijeenkomst/")
        html = response.content.decode()
        assert "<h1>Dialoogbijeenkomst</h1>" in html
        assert "Bewoners praten met elkaar over wat hen raakt." in html
        assert '<ol class="activity-steps">' in html and "<li>Voer het uit</li>" in html
        for text in (
            "Bewoners en een sociaal werker",
            "Twee uur",
            "10 tot 30 mensen",
            "Gemiddelde inspanning",
        ):
            assert text in html
        assert "Kennismaken" in html and "Jongeren" in html
        assert "Praktijkervaring van wijkteams." in html
        assert 'href="https://www.dewijkverbinder.nl/" rel="noopener noreferrer"' in html

    def test_it_shows_a_table_of_the_four_levels(self, login, worker, catalogue):
        html = login(worker).get("/activiteiten/buurt-bbq/").content.decode()
        assert "<caption>" in html and 'scope="row"' in html and 'scope="col"' in html
        assert '<span class="badge fit-recommended">past</span>' in html
        assert '<span class="badge fit-avoid">niet doen</span>' in html
        assert "Reden bij spanning." in html
        assert html.count("Nog niet beoordeeld") == 2  # incidenten and escalatie
        assert html.index("Ongemak") < html.index("Spanning") < html.index("Escalatie")

    def test_it_shows_related_published_activities_with_the_same_goals(
        self, login, worker, catalogue
    ):
        response = login(worker).get("/activiteiten/dialoogbijeenkomst/")
        assert [a.name for a in response.context["related"]] == ["Buurt-bbq", "Netwerkkaart"]
        assert "Geheim concept" not in response.content.decode()

    def test_it_uses_the_same_number_of_queries_with_many_relations(
        self, login, worker, django_assert_num_queries
    ):
        levels = all_levels()
        goals = [GoalFactory() for _ in range(2)]
        activity = ActivityFactory(slug="veel", goals=goals, fits={levels[0].slug: "avoid"})
        client = login(worker)
        # 1 session, 2 user, 3-4 permissions, 5 the activity, 6 goals, 7 target groups,
        # 8 fits with levels, 9 the four levels, 10 related activities.
        with django_assert_num_queries(10):
            assert client.get("/activiteiten/veel/").status_code == 200
        for _ in range(10):
            ActivityFactory(goals=goals)
        more_goals = [GoalFactory() for _ in range(8)]
        activity.goals.add(*more_goals)
        activity.target_groups.add(*[TargetGroupFactory() for _ in range(5)])
        for level in levels[1:]:
            activity.fits.create(level=level, fit="conditional", reason="Onder voorwaarden.")
        with django_assert_num_queries(10):
            response = client.get("/activiteiten/veel/")
        assert len(response.context["related"]) == 5
