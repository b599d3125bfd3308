"""The list's filters, search, sorting and pagination."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from situations.filters import SituationFilter
from situations.models import Situation
from situations.selectors import situation_list
from tests.situations.factories import (
    GoalFactory,
    NeighbourhoodFactory,
    SituationFactory,
    TargetGroupFactory,
    level,
)
from wijkwerk.templatetags.dutch_dates import format_date_table


@pytest.fixture
def cast(worker, colleague, team, neighbourhood, levels):
    """Four situations of one team, different in every filtered way."""
    other_place = NeighbourhoodFactory(name="Rivierenbuurt", teams=[team])
    goal = GoalFactory(slug="kennismaken", name="Kennismaken")
    group = TargetGroupFactory(slug="lvb", name="Mensen met LVB")
    return {
        "noise": SituationFactory(
            title="Geluid in de flat",
            team=team,
            neighbourhood=neighbourhood,
            owner=worker,
            themes="geluid",
            goals=[goal],
        ),
        "waste": SituationFactory(
            title="Afval bij de containers",
            description="Zakken naast de bakken.",
            team=team,
            neighbourhood=other_place,
            owner=colleague,
            level=level("spanning"),
            target_groups=[group],
        ),
        "fight": SituationFactory(
            title="Ruzie op het plein",
            team=team,
            neighbourhood=neighbourhood,
            owner=colleague,
            level=level("escalatie"),
            status="closed",
        ),
        "other_place": other_place,
    }


def titles(client, **query):
    content = client.get(reverse("situations:list"), query).content.decode()
    return {
        title
        for title in ("Geluid in de flat", "Afval bij de containers", "Ruzie op het plein")
        if title in content
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"Geluid in de flat", "Afval bij de containers", "Ruzie op het plein"}),
        ({"niveau": "spanning"}, {"Afval bij de containers"}),
        ({"status": "closed"}, {"Ruzie op het plein"}),
        ({"doel": "kennismaken"}, {"Geluid in de flat"}),
        ({"doelgroep": "lvb"}, {"Afval bij de containers"}),
        ({"mijn": "on"}, {"Geluid in de flat"}),
        ({"q": "bakken"}, {"Afval bij de containers"}),
        ({"q": "FLAT"}, {"Geluid in de flat"}),
        ({"q": "ruzie plein"}, {"Ruzie op het plein"}),
        ({"q": "niets-te-vinden"}, set()),
        ({"q": "rivierenbuurt"}, {"Afval bij de containers"}),  # the neighbourhood's name
        ({"q": "Teststad"}, {"Geluid in de flat", "Afval bij de containers", "Ruzie op het plein"}),
        ({"q": "afval rivierenbuurt"}, {"Afval bij de containers"}),  # words in two places
        ({"q": "afval molenkwartier"}, set()),  # every word must match
    ],
)
def test_it_filters(login, worker, cast, query, expected):
    assert titles(login(worker), **query) == expected


def test_it_filters_by_neighbourhood(login, worker, cast):
    assert titles(login(worker), wijk=cast["other_place"].pk) == {"Afval bij de containers"}


def test_it_filters_by_period_of_the_last_change(login, worker, cast):
    long_ago = timezone.now() - timedelta(days=100)
    Situation.objects.filter(pk=cast["fight"].pk).update(updated_at=long_ago)
    today = timezone.localdate()
    client = login(worker)
    assert titles(client, van=(today - timedelta(days=7)).isoformat()) == {
        "Geluid in de flat",
        "Afval bij de containers",
    }
    assert titles(client, tot=(today - timedelta(days=50)).isoformat()) == {"Ruzie op het plein"}


def test_it_sorts_by_level_and_by_last_change(worker, cast):
    request = RequestFactory().get("/situaties/")
    request.user = worker
    by_level = SituationFilter(
        {"sorteer": "-niveau"}, queryset=situation_list(user=worker), request=request
    )
    assert [s.title for s in by_level.qs] == [
        "Ruzie op het plein",
        "Afval bij de containers",
        "Geluid in de flat",
    ]
    Situation.objects.filter(pk=cast["noise"].pk).update(
        updated_at=timezone.now() + timedelta(hours=1)
    )
    recent = SituationFilter({}, queryset=situation_list(user=worker), request=request)
    assert [s.title for s in recent.qs][0] == "Geluid in de flat"


def test_the_level_is_a_labelled_badge(login, worker, cast):
    content = login(worker).get(reverse("situations:list")).content.decode()
    assert '<span class="badge badge-level badge-level-escalatie">Escalatie</span>' in content


def test_an_unknown_filter_value_is_explained_and_ignored(login, worker, cast):
    response = login(worker).get(reverse("situations:list"), {"niveau": "paniek"})
    assert response.status_code == 200
    assert "Dit niveau bestaat niet. Kies een van de vier niveaus." in response.content.decode()
    assert titles(login(worker), niveau="paniek") == {
        "Geluid in de flat",
        "Afval bij de containers",
        "Ruzie op het plein",
    }


def test_the_neighbourhood_choices_are_the_teams_own(login, worker, cast, other_neighbourhood):
    content = login(worker).get(reverse("situations:list")).content.decode()
    assert "Rivierenbuurt" in content
    assert "Havenbuurt" not in content


def test_it_paginates_by_20_and_keeps_the_filters(login, worker, team, neighbourhood, levels):
    SituationFactory.create_batch(25, team=team, neighbourhood=neighbourhood, owner=worker)
    client = login(worker)
    content = client.get(reverse("situations:list"), {"niveau": "ongemak"}).content.decode()
    assert content.count('<th scope="row"><a href=') == 20
    assert "25 situaties" in content
    assert "?niveau=ongemak&amp;pagina=2" in content
    page_two = client.get(reverse("situations:list"), {"niveau": "ongemak", "pagina": 2})
    assert page_two.content.decode().count('<th scope="row"><a href=') == 5


def test_an_empty_team_gets_an_invitation(login, worker, levels):
    content = login(worker).get(reverse("situations:list")).content.decode()
    assert "Je team heeft nog geen situaties beschreven." in content


def test_no_results_for_a_filter_is_said_plainly(login, worker, cast):
    content = login(worker).get(reverse("situations:list"), {"q": "niets"}).content.decode()
    assert "Er zijn geen situaties die bij deze filters passen." in content


def test_someone_without_a_team_is_told_why_the_list_is_empty(login, curator):
    content = login(curator).get(reverse("situations:list")).content.decode()
    assert "Je zit nog niet in een team." in content


def ordered_titles(worker, **data):
    request = RequestFactory().get("/situaties/")
    request.user = worker
    found = SituationFilter(data, queryset=situation_list(user=worker), request=request).qs
    return [situation.title for situation in found]


class TestSearchRanking:
    @pytest.fixture
    def parking(self, worker, team, neighbourhood, levels):
        def make(title, **fields):
            fields.setdefault("description", "Er speelt iets in de straat.")
            fields.setdefault("themes", "")
            return SituationFactory(
                title=title, team=team, neighbourhood=neighbourhood, owner=worker, **fields
            )

        in_description = make("Onrust in de straat", description="Bewoners parkeren op de stoep.")
        in_themes = make("Drukte bij de school", themes="parkeren, verkeer")
        in_title = make("Parkeren bij de school")
        in_title_later = make("Overlast door parkeren")
        # The description-only match was changed last: relevance still puts it last.
        Situation.objects.filter(pk=in_description.pk).update(
            updated_at=timezone.now() + timedelta(hours=1)
        )
        return [in_title, in_title_later, in_themes, in_description]

    def test_a_search_puts_the_best_matches_first(self, worker, parking):
        assert ordered_titles(worker, q="parkeren") == [
            "Parkeren bij de school",  # the title starts with it
            "Overlast door parkeren",  # in the title
            "Drukte bij de school",  # in the themes
            "Onrust in de straat",  # only in the description
        ]
        assert ordered_titles(worker, q="parkeren", sorteer="relevantie")[0] == (
            "Parkeren bij de school"
        )

    def test_a_chosen_sort_order_wins_over_the_best_match(self, worker, parking):
        assert ordered_titles(worker, q="parkeren", sorteer="-gewijzigd")[0] == (
            "Onrust in de straat"
        )

    def test_without_a_search_best_match_means_last_changed_first(self, worker, parking):
        assert ordered_titles(worker, sorteer="relevantie")[0] == "Onrust in de straat"
        assert ordered_titles(worker)[0] == "Onrust in de straat"

    def test_the_search_never_reaches_another_teams_situations(
        self, login, worker, cast, other_situation
    ):
        client = login(worker)
        for text in ("onrust haven", "havenbuurt"):
            response = client.get(reverse("situations:list"), {"q": text})
            assert "Onrust bij de haven" not in response.content.decode()
            assert response.context["page"].paginator.count == 0

    def test_a_search_with_personal_data_is_refused_and_finds_nothing(self, login, worker, cast):
        response = login(worker).get(reverse("situations:list"), {"q": "flat 06-12345678"})
        assert response.context["page"].paginator.count == 0
        assert response.context["filter"].form.errors["q"]


class TestPhone:
    def test_the_search_box_stays_in_sight_and_the_filters_fold(self, login, worker, cast):
        html = login(worker).get(reverse("situations:list")).content.decode()
        search_box, toggle = html.index('id="id_q"'), html.index('data-bs-target="#filters"')
        folded = html.index('<div class="collapse d-md-block" id="filters">')
        assert search_box < toggle < folded < html.index('id="id_niveau"')
        assert 'aria-controls="filters"' in html and 'aria-expanded="false"' in html

    def test_the_fold_button_says_how_many_filters_are_on(self, login, worker, cast):
        response = login(worker).get(
            reverse("situations:list"), {"q": "flat", "status": "open", "sorteer": "-niveau"}
        )
        text = gettext("Show filters (%(count)s chosen)") % {"count": 1}
        assert f">{text}</button>" in response.content.decode()

    def test_a_wrong_filter_value_unfolds_the_filters(self, login, worker, cast):
        html = login(worker).get(reverse("situations:list"), {"niveau": "x"}).content.decode()
        assert '<div class="collapse d-md-block show" id="filters">' in html

    def test_the_last_change_is_a_table_date(self, login, worker, cast):
        html = login(worker).get(reverse("situations:list")).content.decode()
        today = format_date_table(timezone.now())
        assert f">{today}</time></td>" in html
