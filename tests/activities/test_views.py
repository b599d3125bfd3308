"""The catalogue pages: only published activities, filters in the URL, empty state, detail page."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.accounts.factories import UserFactory

from .factories import (
    SITUATION_TYPES,
    ActivityFactory,
    ContraIndicationFactory,
    GoalFactory,
    SituationTypeFactory,
    TargetGroupFactory,
    all_levels,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/activiteiten/"


def nl(text):
    """``text`` as the Dutch page shows it (the msgid until the translation is there)."""
    with translation.override("nl"):
        return gettext(str(text))


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
            # 5 count, 6 the unread notifications (the badge in the navigation), 7-10 the
            # filter form's choices: situation types, levels, goals, target groups, 11 the page
            # of activities, 12 their fits with levels.
            with django_assert_num_queries(12):
                assert client.get(LIST_URL).status_code == 200
            # The same, plus 2 to validate the chosen level and goal.
            with django_assert_num_queries(14):
                response = client.get(filtered)
        assert response.status_code == 200
        assert "200 activiteiten gevonden" in response.content.decode()


class TestSearch:
    @pytest.fixture
    def lvb_catalogue(self, catalogue):
        group = TargetGroupFactory(
            slug="lvb",
            name="Mensen met een licht verstandelijke beperking (LVB)",
            synonyms="licht verstandelijke beperking\nlvb\nzwakbegaafd",
        )
        for name in ("Genogram", "Buurtcirkel", "Kwartiermaken"):
            ActivityFactory(name=name, target_groups=[group])
        ActivityFactory(name="SCIL-screener (LVB)", kind="tool", target_groups=[group])
        return group

    def test_a_target_groups_name_finds_its_activities_best_match_first(
        self, login, worker, lvb_catalogue
    ):
        client = login(worker)
        for text in ("Mensen met LVB", "lvb", "licht verstandelijke beperking"):
            found = names(client.get(LIST_URL, {"q": text}))
            assert sorted(found) == [
                "Buurtcirkel",
                "Genogram",
                "Kwartiermaken",
                "SCIL-screener (LVB)",
            ], text
        assert names(client.get(LIST_URL, {"q": "lvb"}))[0] == "SCIL-screener (LVB)"  # name
        html = client.get(LIST_URL, {"q": "lvb"}).content.decode()
        assert nl("Best match first.") in html

    def test_it_offers_the_target_group_filter_keeping_the_other_filters(
        self, login, worker, lvb_catalogue
    ):
        client = login(worker)
        response = client.get(LIST_URL, {"q": "mensen met lvb", "soort": "tool", "pagina": "1"})
        html = response.content.decode()
        offer = nl("Looking for activities for the target group <strong>%(name)s</strong>?") % {
            "name": lvb_catalogue.name
        }
        assert offer in html
        link = f'<a href="?soort=tool&amp;doelgroep=lvb">{nl("Filter on this target group")}</a>'
        assert link in html
        filtered = client.get(f"{LIST_URL}?soort=tool&doelgroep=lvb")
        assert names(filtered) == ["SCIL-screener (LVB)"]
        assert nl("Filter on this target group") not in filtered.content.decode()

    def test_the_rest_of_the_search_stays_in_the_offered_filter(self, login, worker, lvb_catalogue):
        html = login(worker).get(LIST_URL, {"q": "lvb cirkel"}).content.decode()
        assert 'href="?q=cirkel&amp;doelgroep=lvb"' in html

    def test_it_offers_a_goal_and_a_type_filter_too(self, login, worker, catalogue):
        neighbours = SituationTypeFactory(slug="burenconflict", synonyms="burenruzie")
        ActivityFactory(name="Buurtbemiddeling", situation_types=[neighbours])
        client = login(worker)
        html = client.get(LIST_URL, {"q": "kennismaken"}).content.decode()
        assert f'<a href="?doel=kennismaken">{nl("Filter on this goal")}</a>' in html
        html = client.get(LIST_URL, {"q": "burenruzie"}).content.decode()
        assert f'<a href="?type=burenconflict">{nl("Filter on this type")}</a>' in html
        assert nl("It also shows the activities that fit every type.") in html

    def test_a_chosen_filter_is_not_offered_again(self, login, worker, lvb_catalogue):
        response = login(worker).get(LIST_URL, {"q": "lvb", "doelgroep": "lvb"})
        assert response.context["suggestions"] == []

    def test_a_refused_search_offers_nothing_and_finds_nothing(self, login, worker, lvb_catalogue):
        response = login(worker).get(LIST_URL, {"q": "lvb 06-12345678"})
        assert names(response) == []
        assert response.context["suggestions"] == []

    def test_a_search_uses_the_same_number_of_queries_for_10_and_200_results(
        self, login, worker, django_assert_num_queries
    ):
        levels = all_levels()
        group = TargetGroupFactory(slug="lvb", name="Mensen met LVB", synonyms="lvb")
        goals = [GoalFactory() for _ in range(3)]
        client = login(worker)
        for count, shown in ((10, 10), (190, 20)):
            for _ in range(count):
                ActivityFactory(
                    goals=goals,
                    target_groups=[group],
                    fits={level.slug: "recommended" for level in levels},
                )
            # As the list without filters (12), plus 13 the target groups, goals and types
            # the search might name (one query for the offered filters).
            with django_assert_num_queries(13):
                response = client.get(LIST_URL, {"q": "lvb"})
            assert len(names(response)) == shown
        assert "200 activiteiten gevonden" in response.content.decode()

    def test_a_search_without_results_adds_only_the_count_of_the_miss(
        self, login, worker, catalogue, django_assert_num_queries
    ):
        client = login(worker)
        # 1-4 session, user, permissions, 5 count (0), 6 the terms for the offered filters,
        # 7-10 counting the miss: an UPDATE that finds no row, then the INSERT in a savepoint,
        # 11 notifications, 12-15 the filter form's choices. No page of activities.
        with django_assert_num_queries(15):
            client.get(LIST_URL, {"q": "zonnepanelen", "pagina": "1"})
        # The second time the UPDATE finds the row: no INSERT, no savepoint.
        with django_assert_num_queries(12):
            client.get(LIST_URL, {"q": "zonnepanelen"})


class TestPhone:
    def test_the_search_box_stays_in_sight_and_the_filters_fold(self, login, worker, catalogue):
        html = login(worker).get(LIST_URL).content.decode()
        search_box, toggle = html.index('id="id_q"'), html.index('data-bs-target="#filters"')
        folded = html.index('<div class="collapse d-md-block" id="filters">')
        assert search_box < toggle < folded < html.index('id="id_soort"')
        assert 'aria-controls="filters"' in html and 'aria-expanded="false"' in html
        assert f">{nl('Show filters')}</button>" in html

    def test_the_fold_button_says_how_many_filters_are_on(self, login, worker, catalogue):
        html = login(worker).get(LIST_URL, {"soort": "tool", "doel": "kennismaken", "q": "x"})
        text = nl("Show filters (%(count)s chosen)") % {"count": 2}
        assert f">{text}</button>" in html.content.decode()

    def test_a_wrong_filter_value_unfolds_the_filters(self, login, worker, catalogue):
        html = login(worker).get(LIST_URL, {"niveau": "paniek"}).content.decode()
        assert '<div class="collapse d-md-block show" id="filters">' in html


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
        assert html.count("Nog niet beoordeeld") == 3  # incidenten, escalatie and its aftercare
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
        # 8 situation types, 9 fits with levels, 10 contra-indications with their target
        # groups, 11 the four levels, 12 related activities, 13 the unread notifications.
        with django_assert_num_queries(13):
            assert client.get("/activiteiten/veel/").status_code == 200
        for _ in range(10):
            ActivityFactory(goals=goals)
        more_goals = [GoalFactory() for _ in range(8)]
        activity.goals.add(*more_goals)
        activity.target_groups.add(*[TargetGroupFactory() for _ in range(5)])
        for level in levels[1:]:
            activity.fits.create(level=level, fit="conditional", reason="Onder voorwaarden.")
        activity.fits.create(level=levels[3], phase="aftercare", fit="avoid", reason="Nee.")
        activity.situation_types.add(*[SituationTypeFactory(slug=s) for s in SITUATION_TYPES])
        for group in activity.target_groups.all()[:3]:
            ContraIndicationFactory(activity=activity, condition="target_group", target_group=group)
        ContraIndicationFactory(activity=activity, condition="crime")
        with django_assert_num_queries(13):
            response = client.get("/activiteiten/veel/")
        assert len(response.context["related"]) == 5


@pytest.fixture
def kb2(db):
    """Activities with the knowledge base v2 fields: types, aftercare, casework, contras."""
    all_levels()
    neighbours = SituationTypeFactory(slug="burenconflict")
    groups = SituationTypeFactory(slug="tussen-groepen")
    youth = TargetGroupFactory(slug="jongeren", name="Jongeren")
    mediation = ActivityFactory(
        name="Buurtbemiddeling",
        slug="buurtbemiddeling",
        situation_types=[neighbours],
        fits={"spanning": "recommended", "escalatie": "avoid", "nazorg": "recommended"},
        evidence="Goed onderzocht in Nederland.",
        evidence_basis="databank",
        editorial_note="GEHEIME-REDACTIENOTITIE: effectstudie nog nagaan.",
    )
    ContraIndicationFactory(
        activity=mediation, condition="care_need", reason="Eerst zorg regelen, dan bemiddelen."
    )
    ContraIndicationFactory(
        activity=mediation,
        condition="target_group",
        target_group=youth,
        reason="Jongerenwerk past hier beter.",
    )
    return {
        "mediation": mediation,
        "dialogue": ActivityFactory(
            name="Dialoog",
            slug="dialoog",
            situation_types=[groups],
            fits={"escalatie": "avoid", "nazorg": "conditional"},
        ),
        "general": ActivityFactory(name="Wijkwandeling", slug="wijkwandeling", fits={}),
        "genogram": ActivityFactory(
            name="Genogram",
            slug="genogram",
            kind="casework",
            fits={},
            target_groups=[youth],
            target_groups_required=True,
        ),
    }


class TestKnowledgeBaseV2List:
    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("type=burenconflict", ["Buurtbemiddeling", "Genogram", "Wijkwandeling"]),
            ("type=tussen-groepen", ["Dialoog", "Genogram", "Wijkwandeling"]),
            ("soort=casework", ["Genogram"]),
            ("niveau=nazorg", ["Buurtbemiddeling", "Dialoog", "Genogram"]),
            ("niveau=nazorg&past=recommended", ["Buurtbemiddeling", "Genogram"]),
            ("niveau=nazorg&past=conditional", ["Dialoog"]),
            ("niveau=escalatie&past=avoid", ["Buurtbemiddeling", "Dialoog"]),
            ("niveau=escalatie&past=recommended", ["Genogram"]),
            ("past=recommended", ["Buurtbemiddeling"]),
            ("type=burenconflict&niveau=nazorg&soort=meeting_format", ["Buurtbemiddeling"]),
        ],
    )
    def test_it_filters_by_type_kind_and_aftercare(self, login, worker, kb2, query, expected):
        response = login(worker).get(f"{LIST_URL}?{query}")
        assert response.status_code == 200
        assert names(response) == expected

    def test_an_unknown_type_shows_an_error(self, login, worker, kb2):
        response = login(worker).get(f"{LIST_URL}?type=ruzie")
        assert response.status_code == 200
        assert "Selecteer een geldige keuze" in response.content.decode()

    def test_the_form_offers_the_types_and_the_aftercare(self, login, worker, kb2):
        html = login(worker).get(f"{LIST_URL}?niveau=nazorg&type=burenconflict").content.decode()
        label = re.search(r'<label\s+for="id_type" class="form-label">\s*(.*?)\s*</label>', html)
        assert label[1] == nl("Type of situation")
        assert '<option value="burenconflict" selected>Conflict tussen buren</option>' in html
        aftercare = nl("after the escalation (aftercare)")
        assert f'<option value="nazorg" selected>{aftercare}</option>' in html
        assert html.index('value="escalatie"') < html.index('value="nazorg"')
        assert f'<option value="casework">{nl("individual support")}</option>' in html

    def test_a_row_names_the_aftercare_and_level_neutral_items(self, login, worker, kb2):
        html = login(worker).get(LIST_URL).content.decode()
        assert f"{nl('Aftercare')}: past</span>" in html
        assert "Escalatie: niet doen</span>" in html
        assert nl("Fits every level alike.") in html
        assert "GEHEIME-REDACTIENOTITIE" not in html


class TestKnowledgeBaseV2Detail:
    def test_it_shows_the_contra_indications_in_words(self, login, worker, kb2):
        html = login(worker).get("/activiteiten/buurtbemiddeling/").content.decode()
        assert f'<h2 id="contra-heading" class="h4">{nl("When not to use it")}</h2>' in html
        care = nl(
            "Do not use when someone involved has a care need (psychiatric problems, addiction, "
            "a mild intellectual disability, dementia)"
        )
        assert f"<li><strong>{care}:</strong> Eerst zorg regelen, dan bemiddelen.</li>" in html
        youth = nl("Do not use when %(group)s are involved") % {"group": "jongeren"}
        assert f"<li><strong>{youth}:</strong> Jongerenwerk past hier beter.</li>" in html
        assert html.index(care) < html.index(youth)

    def test_it_never_shows_the_editorial_note(self, login, worker, curator, kb2):
        for person in (worker, curator):
            html = login(person).get("/activiteiten/buurtbemiddeling/").content.decode()
            assert "GEHEIME-REDACTIENOTITIE" not in html
            assert "effectstudie nog nagaan" not in html

    def test_it_shows_the_evidence_with_its_basis_in_words(self, login, worker, kb2):
        html = login(worker).get("/activiteiten/buurtbemiddeling/").content.decode()
        basis = nl(
            "Rated in a databank of effective interventions (such as the databanks of Movisie "
            "and its partners)."
        )
        assert f'<p class="evidence-basis">{basis}</p>' in html
        assert "Goed onderzocht in Nederland." in html

    def test_it_shows_the_aftercare_row_after_the_escalation(self, login, worker, kb2):
        response = login(worker).get("/activiteiten/buurtbemiddeling/")
        rows = response.context["level_rows"]
        assert [(row.level.slug, row.aftercare) for row in rows] == [
            ("ongemak", False),
            ("spanning", False),
            ("incidenten", False),
            ("escalatie", False),
            ("escalatie", True),
        ]
        assert (rows[3].fit.fit, rows[4].fit.fit) == ("avoid", "recommended")
        html = response.content.decode()
        assert nl("After the escalation (aftercare)") in html
        assert nl("While it escalates (acute phase).") in html
        assert html.count('<tr class="level-fit-aftercare">') == 1

    def test_a_level_neutral_item_says_it_fits_every_level_alike(self, login, worker, kb2):
        response = login(worker).get("/activiteiten/genogram/")
        html = response.content.decode()
        sentence = nl(
            "This is a %(kind)s: it fits every level alike, whatever the level of the situation."
        ) % {"kind": nl("individual support")}
        assert sentence in html
        assert "level-fit-table" not in html and nl("Not assessed yet") not in html
        assert response.context["level_rows"] == []

    def test_it_shows_the_situation_types_or_that_it_fits_every_type(self, login, worker, kb2):
        client = login(worker)
        html = client.get("/activiteiten/buurtbemiddeling/").content.decode()
        assert '<a href="/activiteiten/?type=burenconflict">Conflict tussen buren</a>' in html
        assert nl("Fits every type of situation.") not in html
        assert (
            nl("Fits every type of situation.")
            in client.get("/activiteiten/wijkwandeling/").content.decode()
        )

    def test_it_says_when_it_is_only_for_its_target_groups(self, login, worker, kb2):
        client = login(worker)
        html = client.get("/activiteiten/genogram/").content.decode()
        only = nl("Only for these target groups:")
        assert f'<p class="mb-1" id="groups-required">{only}</p>' in html
        assert '<ul aria-describedby="groups-required">' in html
        assert only not in client.get("/activiteiten/buurtbemiddeling/").content.decode()

    def test_the_page_has_no_inline_style_or_script(self, login, worker, kb2):
        html = login(worker).get("/activiteiten/buurtbemiddeling/").content.decode()
        assert " style=" not in html and "<style" not in html
        assert "<script>" not in html and " onclick=" not in html
