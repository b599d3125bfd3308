"""The list's filters, search, sorting and pagination."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

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
