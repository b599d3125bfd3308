"""The team lead's overview: numbers per level, neighbourhood, month and activity, never names;
for a period the lead chooses, with every table as a CSV download."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from situations.models import Situation
from situations.overview import (
    BAR_AREA,
    Period,
    add_months,
    default_period,
    level_bars,
    presets,
    team_overview,
    trend_chart,
)
from situations.overview_csv import file_name
from tests.situations.factories import (
    DeploymentFactory,
    NeighbourhoodFactory,
    ObservationFactory,
    SituationFactory,
    level,
)
from wijkwerk.templatetags.dutch_dates import format_date_text

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


def _year():
    return default_period(timezone.localdate())


def test_it_counts_open_situations_per_level_and_neighbourhood(team, numbers):
    overview = team_overview(team_ids={team.pk}, period=_year())
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
    closed = Situation.Status.CLOSED.label
    assert dict((str(label), n) for label, n in overview.statuses)[str(closed)] == 1


def test_it_counts_level_changes_and_outcomes_in_the_period(team, numbers, worker):
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
        date=today - timedelta(days=400),
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
    overview = team_overview(team_ids={team.pk}, period=_year())
    assert (overview.rose, overview.fell) == (1, 0)
    top = overview.outcomes[0]
    assert (top.slug, top.worked, top.did_not_work, top.total) == ("dialoogbijeenkomst", 2, 1, 3)
    assert len(overview.outcomes) == 1  # the deployment of 400 days ago is out of the period


def test_deployments_without_a_catalogue_activity_count_as_other(team, numbers, worker):
    situation = SituationFactory(team=team, neighbourhood=numbers, owner=worker)
    today = timezone.localdate()
    DeploymentFactory(
        situation=situation,
        date=today,
        activity__slug="buurtbarbecue",
        activity__name="Buurtbarbecue",
    )
    for words in ("Koffie bij de buren", "Samen de tuin opruimen"):
        DeploymentFactory(
            situation=situation, date=today, activity=None, other_activity=words, outcome="partly"
        )
    rows = team_overview(team_ids={team.pk}, period=_year()).outcomes
    assert [(row.slug, row.name, row.partly, row.total) for row in rows] == [
        (None, gettext("Other"), 2, 2),
        ("buurtbarbecue", "Buurtbarbecue", 0, 1),
    ]


def test_the_trends_count_per_month_of_the_period(team, numbers, worker):
    period = Period(date(2026, 1, 1), date(2026, 3, 31))
    first = SituationFactory(team=team, neighbourhood=numbers, owner=worker)
    for day, slug, previous in [
        (date(2026, 1, 10), "spanning", "ongemak"),
        (date(2026, 1, 20), "incidenten", "spanning"),
        (date(2026, 3, 2), "spanning", "incidenten"),
        (date(2025, 12, 31), "escalatie", "incidenten"),  # before the period
    ]:
        ObservationFactory(
            situation=first, date=day, level=level(slug), previous_level=level(previous)
        )
    DeploymentFactory(situation=first, date=date(2026, 2, 14), outcome="worked")
    DeploymentFactory(situation=first, date=date(2026, 2, 28), outcome="unknown")
    overview = team_overview(team_ids={team.pk}, period=period)
    assert [
        (row.month, row.rises, row.falls, row.deployments, row.worked, row.unknown)
        for row in overview.months
    ] == [
        (date(2026, 1, 1), 2, 0, 0, 0, 0),
        (date(2026, 2, 1), 0, 0, 2, 1, 1),
        (date(2026, 3, 1), 0, 1, 0, 0, 0),
    ]
    totals = overview.month_totals
    assert (totals.rises, totals.falls, totals.deployments) == (2, 1, 2)


def test_new_situations_count_in_the_month_they_were_made(team, numbers, worker):
    today = timezone.localdate()
    overview = team_overview(team_ids={team.pk}, period=Period(add_months(today, -1), today))
    assert [row.new_situations for row in overview.months] == [0, 4]  # the numbers fixture


def test_the_periods_and_presets_cover_whole_months():
    today = date(2026, 12, 1)
    assert default_period(today) == Period(date(2026, 1, 1), today)
    assert len(default_period(today).months) == 12
    assert add_months(date(2026, 1, 31), -1) == date(2025, 12, 1)
    by_key = {preset.key: preset.period for preset in presets(today)}
    assert by_key["month"] == Period(date(2026, 12, 1), today)
    assert by_key["3months"] == Period(date(2026, 10, 1), today)
    assert by_key["year"] == Period(date(2026, 1, 1), today)
    assert by_key["lastyear"] == Period(date(2025, 1, 1), date(2025, 12, 31))


def test_the_longest_bar_fills_the_chart():
    class L:
        def __init__(self, slug):
            self.slug, self.name = slug, slug.title()

    bars = level_bars([L("a"), L("b")], {"a": 4, "b": 1})
    assert [(b.width, b.y) for b in bars] == [(BAR_AREA, 0), (BAR_AREA / 4, 32)]
    assert all(b.width == 0 for b in level_bars([L("a")], {}))


def test_the_highest_column_of_the_trend_chart_reaches_the_top(team, numbers):
    months = team_overview(team_ids={team.pk}, period=_year()).months
    chart = trend_chart(months)
    columns = [column for group in chart.groups for column in group.columns]
    assert len(chart.groups) == 12 and len(columns) == 36
    assert max(column.height for column in columns) == 150
    assert chart.ticks[0] == (0, chart.baseline)
    assert chart.groups[0].year  # the first month carries its year


def test_a_team_lead_sees_the_overview_without_names(login, lead, numbers):
    content = login(lead).get(URL).content.decode()
    assert "Teamoverzicht" in content
    assert "Molenkwartier (Zwolle)" in content
    assert "Geheim van Zuid" not in content
    # levels, neighbourhoods, months (no activities were used): each with a CSV download
    assert content.count("<table") == 3 and content.count('role="img"') == 2
    assert content.count("format=csv") == 3


def test_the_lead_chooses_a_period(login, lead, numbers):
    response = login(lead).get(URL, {"van": "2026-01-01", "tot": "2026-03-31"})
    assert response.status_code == 200
    assert response.context["period"] == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert len(response.context["overview"].months) == 3
    content = response.content.decode()
    label = f"{format_date_text(date(2026, 1, 1))} – {format_date_text(date(2026, 3, 31))}"
    assert label in content
    for preset in response.context["presets"]:
        assert f'href="?{preset.period.query()}"' in content.replace("&amp;", "&")


def test_without_a_period_it_shows_the_last_twelve_months(login, lead, numbers):
    response = login(lead).get(URL)
    assert response.context["period"] == default_period(timezone.localdate())


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"van": "2026-05-01", "tot": "2026-04-01"},
            lambda: gettext(
                "The start date is after the end date. Choose a start on or before the end."
            ),
        ),
        (
            {"van": "2016-01-01", "tot": "2026-04-01"},
            lambda: (
                ngettext(
                    "Choose a period of at most %(years)d year.",
                    "Choose a period of at most %(years)d years.",
                    5,
                )
                % {"years": 5}
            ),
        ),
        ({"van": "1-13-2026"}, lambda: "Voer een geldige datum in."),
    ],
)
def test_a_wrong_period_is_refused_with_a_dutch_message(login, lead, numbers, query, message):
    response = login(lead).get(URL, query)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.is_valid() is False
    errors = " ".join(form.errors["van"])
    assert message() in errors
    # The page still shows numbers: those of the last twelve months, and says so.
    assert response.context["period"] == default_period(timezone.localdate())
    assert "is-invalid" in response.content.decode()


def _csv(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_every_table_downloads_as_csv_with_the_period_in_the_file_name(login, lead, numbers):
    client = login(lead)
    query = {"van": "2026-01-01", "tot": "2026-12-01", "format": "csv"}
    trends = client.get(URL, {**query, "table": "trends"})
    assert (
        'filename="overzicht-trends-1-jan-2026-tot-en-met-1-dec-2026.csv"'
        in trends["Content-Disposition"]
    )
    rows = _csv(trends)
    assert rows[0][:3] == [gettext("Month"), gettext("New situations"), gettext("Level rose")]
    assert len(rows) == 1 + 12
    levels = _csv(client.get(URL, {**query, "table": "niveaus"}))
    assert levels[1:] == [
        ["Ongemak", "0"],
        ["Spanning", "2"],
        ["Incidenten", "1"],
        ["Escalatie", "0"],
        [gettext("Total not yet closed"), "3"],
    ]
    places = _csv(client.get(URL, {**query, "table": "wijken"}))
    assert places[1] == ["Molenkwartier (Zwolle)", "0", "2", "1", "0", "3"]
    assert "stand" in client.get(URL, {**query, "table": "wijken"})["Content-Disposition"]
    assert _csv(client.get(URL, {**query, "table": "activiteiten"}))[0][0] == gettext("Activity")


def test_a_csv_never_holds_a_formula(login, lead, team, numbers, worker):
    situation = SituationFactory(team=team, neighbourhood=numbers, owner=worker)
    DeploymentFactory(
        situation=situation, activity__name='=HYPERLINK("http://x")', date=timezone.localdate()
    )
    rows = _csv(login(lead).get(URL, {"format": "csv", "table": "activiteiten"}))
    assert rows[1][0] == '\'=HYPERLINK("http://x")'


def test_an_unknown_table_is_not_found_and_a_wrong_period_gives_no_file(login, lead, numbers):
    client = login(lead)
    assert client.get(URL, {"format": "csv", "table": "namen"}).status_code == 404
    response = client.get(
        URL, {"format": "csv", "table": "trends", "van": "2026-05-01", "tot": "2026-01-01"}
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_the_file_name_is_dutch_for_a_snapshot_too():
    with translation.override("en"):
        name = file_name("niveaus", today=date(2026, 5, 3))
    assert name == "overzicht-niveaus-stand-3-mei-2026.csv"


def test_a_social_worker_is_told_it_is_for_team_leads(login, worker, numbers):
    response = login(worker).get(URL)
    assert response.status_code == 403
    assert "Het teamoverzicht is voor teamleiders" in response.content.decode()
    assert login(worker).get(URL, {"format": "csv", "table": "trends"}).status_code == 403


def test_only_leads_have_it_in_the_navigation(login, worker, lead):
    assert 'href="/overzicht/"' in login(lead).get("/").content.decode()
    assert 'href="/overzicht/"' not in login(worker).get("/").content.decode()


def test_the_overview_uses_a_fixed_number_of_queries(
    login, lead, team, numbers, worker, django_assert_num_queries
):
    client = login(lead)
    # session, user, group permissions, memberships (lead check); levels, open per place and
    # level, statuses, new situations, level changes and deployments per month, outcomes per
    # activity; teams; user permissions (navigation), review badge, notification badge
    with django_assert_num_queries(15):
        client.get(URL)
    today = timezone.localdate()
    for index in range(20):
        situation = SituationFactory(
            team=team, neighbourhood=numbers, owner=worker, level=level("ongemak")
        )
        ObservationFactory(
            situation=situation,
            date=today - timedelta(days=index * 20),
            level=level("spanning"),
            previous_level=level("ongemak"),
        )
        DeploymentFactory(
            situation=situation, date=today - timedelta(days=index * 15), outcome="partly"
        )
    with django_assert_num_queries(15):
        client.get(URL, {"van": "2022-01-01"})
    with django_assert_num_queries(11):  # a CSV: no page, no navigation
        client.get(URL, {"format": "csv", "table": "trends"})
