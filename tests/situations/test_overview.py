"""The team lead's overview: numbers per level, neighbourhood and activity, never names."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from situations.overview import BAR_AREA, level_bars, team_overview
from tests.situations.factories import (
    DeploymentFactory,
    NeighbourhoodFactory,
    ObservationFactory,
    SituationFactory,
    level,
)

URL = reverse("team_overview")


@pytest.fixture
def numbers(team, other_team, levels, worker):
    place = NeighbourhoodFactory(name="Molenkwartier", municipality="Zwolle", teams=[team])
    for slug in ("spanning", "spanning", "incidenten"):
        SituationFactory(team=team, neighbourhood=place, level=level(slug), owner=worker)
    SituationFactory(
        team=team, neighbourhood=place, level=level("escalatie"), owner=worker, status="closed"
    )
    SituationFactory(team=other_team, level=level("escalatie"), title="Geheim van Zuid")
    return place


def test_it_counts_open_situations_per_level_and_neighbourhood(team, numbers):
    overview = team_overview(team_ids={team.pk}, today=timezone.localdate())
    assert {bar.slug: bar.count for bar in overview.bars} == {
        "ongemak": 0,
        "spanning": 2,
        "incidenten": 1,
        "escalatie": 0,
    }
    assert overview.open_total == 3
    assert [(row.name, row.counts, row.total) for row in overview.neighbourhoods] == [
        ("Molenkwartier (Zwolle)", (0, 2, 1, 0), 3)
    ]
    assert dict((str(label), n) for label, n in overview.statuses)["afgerond"] == 1


def test_it_counts_level_changes_and_outcomes_of_the_recent_past(team, numbers, worker):
    today = timezone.localdate()
    situation = SituationFactory(team=team, neighbourhood=numbers, owner=worker)
    ObservationFactory(
        situation=situation,
        date=today - timedelta(days=5),
        level=level("spanning"),
        previous_level=level("ongemak"),
    )
    ObservationFactory(
        situation=situation,
        date=today - timedelta(days=200),
        level=level("incidenten"),
        previous_level=level("spanning"),
    )
    for outcome in ("worked", "worked", "did_not_work"):
        DeploymentFactory(
            situation=situation,
            activity__slug="dialoogbijeenkomst",
            activity__name="Dialoogbijeenkomst",
            outcome=outcome,
            date=today,
        )
    DeploymentFactory(situation=situation, date=today - timedelta(days=400))
    overview = team_overview(team_ids={team.pk}, today=today)
    assert (overview.rose, overview.fell) == (1, 0)
    top = overview.outcomes[0]
    assert (top.slug, top.worked, top.did_not_work, top.total) == ("dialoogbijeenkomst", 2, 1, 3)
    assert len(overview.outcomes) == 1  # the deployment of 400 days ago is out


def test_the_longest_bar_fills_the_chart():
    class L:
        def __init__(self, slug):
            self.slug, self.name = slug, slug.title()

    bars = level_bars([L("a"), L("b")], {"a": 4, "b": 1})
    assert [(b.width, b.y) for b in bars] == [(BAR_AREA, 0), (BAR_AREA / 4, 32)]
    assert all(b.width == 0 for b in level_bars([L("a")], {}))


def test_a_team_lead_sees_the_overview_without_names(login, lead, numbers):
    content = login(lead).get(URL).content.decode()
    assert "Teamoverzicht" in content
    assert "Molenkwartier (Zwolle)" in content
    assert "Geheim van Zuid" not in content
    assert "<table" in content and 'role="img"' in content


def test_a_social_worker_is_told_it_is_for_team_leads(login, worker, numbers):
    response = login(worker).get(URL)
    assert response.status_code == 403
    assert "Het teamoverzicht is voor teamleiders" in response.content.decode()


def test_only_leads_have_it_in_the_navigation(login, worker, lead):
    assert 'href="/overzicht/"' in login(lead).get("/").content.decode()
    assert 'href="/overzicht/"' not in login(worker).get("/").content.decode()


def test_the_overview_uses_a_fixed_number_of_queries(
    login, lead, team, numbers, worker, django_assert_num_queries
):
    client = login(lead)
    # session, user, memberships (lead check), levels, open per place and level, statuses,
    # level changes, outcomes, user and group permissions (navigation), review count badge, teams
    with django_assert_num_queries(12) as small:
        client.get(URL)
    for _ in range(20):
        SituationFactory(team=team, neighbourhood=numbers, owner=worker, level=level("ongemak"))
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(URL)
