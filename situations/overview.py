"""The team lead's overview: how the team's neighbourhoods are doing, in numbers only.

Aggregates, never persons or situation texts (BPSW: management overviews hold no personal
data). A fixed number of queries whatever the team's size or the length of the period.

Two kinds of numbers: how things stand today (open situations per level and neighbourhood,
statuses) and what happened in a period the lead chooses (level changes, new situations,
activities and their outcomes, per month).
"""

import datetime
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext, gettext_lazy

from activities.models import Level
from situations.models import Deployment, Observation, Situation
from wijkwerk.templatetags.dutch_dates import MONTH_ABBREVIATIONS, format_date_text

MAX_MONTHS = 60  # the longest period: five years, so the chart stays readable


# --- the period -------------------------------------------------------------------------------


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before, when negative) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_label(month: date) -> str:
    """ "jan. 2026": a month in running text and table rows."""
    return f"{MONTH_ABBREVIATIONS[month.month]} {month.year}"


@dataclass(frozen=True)
class Period:
    """From ``start`` up to and including ``end``."""

    start: date
    end: date

    @property
    def months(self) -> tuple[date, ...]:
        """The first day of every month the period touches, in order."""
        months, month = [], first_of_month(self.start)
        while month <= self.end:
            months.append(month)
            month = add_months(month, 1)
        return tuple(months)

    @property
    def label(self) -> str:
        """ "1 jan. 2026 – 1 dec. 2026"."""
        return f"{format_date_text(self.start)} – {format_date_text(self.end)}"

    def query(self) -> str:
        return f"van={self.start.isoformat()}&tot={self.end.isoformat()}"


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    period: Period


def presets(today: date) -> tuple[Preset, ...]:
    """The periods a lead picks most, as links."""
    return (
        Preset("month", gettext("This month"), Period(first_of_month(today), today)),
        Preset("3months", gettext("Last 3 months"), Period(add_months(today, -2), today)),
        Preset("year", gettext("This year"), Period(date(today.year, 1, 1), today)),
        Preset("12months", gettext("Last 12 months"), default_period(today)),
        Preset(
            "lastyear",
            gettext("Last year"),
            Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        ),
    )


def default_period(today: date) -> Period:
    """The last twelve months: this month and the eleven before it."""
    return Period(add_months(today, -11), today)


# --- the outcomes per activity (also on the start page) --------------------------------------------


@dataclass(frozen=True)
class OutcomeRow:
    slug: str | None  # None: "other" (a deployment without a catalogue activity)
    name: str
    worked: int
    partly: int
    did_not_work: int
    unknown: int

    @property
    def total(self) -> int:
        return self.worked + self.partly + self.did_not_work + self.unknown


OTHER_ACTIVITY = gettext_lazy("Other")


def outcomes_per_activity(*, team_ids, start: date, end: date) -> tuple[OutcomeRow, ...]:
    """One query: the team's deployments dated in [start, end], per activity, with the number
    per outcome; the activity used most first. Deployments without a catalogue activity
    ("other, namely ...") count together as "Other", last among equals."""
    outcome = Deployment.Outcome
    rows = (
        Deployment.objects.filter(situation__team_id__in=team_ids, date__gte=start, date__lte=end)
        .values("activity__slug", "activity__name")
        .annotate(
            worked=Count("pk", filter=Q(outcome=outcome.WORKED)),
            partly=Count("pk", filter=Q(outcome=outcome.PARTLY)),
            did_not_work=Count("pk", filter=Q(outcome=outcome.DID_NOT_WORK)),
            unknown=Count("pk", filter=Q(outcome=outcome.UNKNOWN)),
            total=Count("pk"),
        )
        .order_by("-total", F("activity__name").asc(nulls_last=True))
    )
    return tuple(
        OutcomeRow(
            slug=row["activity__slug"],
            name=row["activity__name"] or str(OTHER_ACTIVITY),
            worked=row["worked"],
            partly=row["partly"],
            did_not_work=row["did_not_work"],
            unknown=row["unknown"],
        )
        for row in rows
    )


# --- the charts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart, geometry included so the template only draws."""

    slug: str
    name: str  # the level's: a bar can be shown as a level badge
    count: int
    width: float  # in chart units, the longest bar BAR_AREA wide
    y: int


BAR_HEIGHT = 32
BAR_AREA = 260  # chart units between the labels and the counts


def level_bars(levels, counts: dict[str, int]) -> tuple[Bar, ...]:
    """Bars for the open situations per level, the longest BAR_AREA wide."""
    longest = max(counts.values(), default=0) or 1
    return tuple(
        Bar(
            slug=level.slug,
            name=level.name,
            count=counts.get(level.slug, 0),
            width=round(BAR_AREA * counts.get(level.slug, 0) / longest, 1),
            y=index * BAR_HEIGHT,
        )
        for index, level in enumerate(levels)
    )


@dataclass(frozen=True)
class MonthRow:
    month: date
    new_situations: int
    rises: int
    falls: int
    deployments: int
    worked: int
    partly: int
    did_not_work: int
    unknown: int

    @property
    def label(self) -> str:
        return month_label(self.month)


# The trend chart: a group of three columns per month (new situations, level rises,
# activities used). Geometry in chart units; the SVG scales to the page.
TREND_SERIES = ("new_situations", "rises", "deployments")
COLUMN_WIDTH = 9
GROUP_WIDTH = 3 * COLUMN_WIDTH + 9
PLOT_LEFT = 34  # room for the axis numbers
PLOT_TOP = 8
PLOT_HEIGHT = 150
LABEL_ROOM = 36  # month and year below the columns


@dataclass(frozen=True)
class Column:
    series: str
    value: int
    x: float
    y: float
    height: float


@dataclass(frozen=True)
class MonthGroup:
    label: str  # "jan."
    year: str  # "2026" under January and the first month, else ""
    x: float  # the centre of the group
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    baseline: float
    plot_left: int
    plot_right: int
    column_width: int  # drawn a unit narrower than its slot, so neighbours do not touch
    groups: tuple[MonthGroup, ...]
    ticks: tuple[tuple[int, float], ...]  # (value, y) of the horizontal grid lines

    @property
    def is_wide(self) -> bool:
        """Many months: the chart keeps a readable size and scrolls on a small screen."""
        return len(self.groups) > 18


def _ticks(top: int) -> tuple[int, ...]:
    """Round values for the grid: 0, the top and (when there is room) the middle."""
    if top <= 1:
        return (0, top) if top else (0,)
    middle = top // 2
    return (0, middle, top) if middle not in (0, top) else (0, top)


def trend_chart(months: tuple[MonthRow, ...]) -> TrendChart:
    top = max((getattr(row, series) for row in months for series in TREND_SERIES), default=0)
    scale = PLOT_HEIGHT / top if top else 0
    baseline = PLOT_TOP + PLOT_HEIGHT
    groups = []
    for index, row in enumerate(months):
        left = PLOT_LEFT + index * GROUP_WIDTH + 4
        columns = []
        for position, series in enumerate(TREND_SERIES):
            value = getattr(row, series)
            height = round(value * scale, 1)
            columns.append(
                Column(
                    series=series,
                    value=value,
                    x=left + position * COLUMN_WIDTH,
                    y=round(baseline - height, 1),
                    height=height,
                )
            )
        first = index == 0 or row.month.month == 1
        groups.append(
            MonthGroup(
                label=str(MONTH_ABBREVIATIONS[row.month.month]),
                year=str(row.month.year) if first else "",
                x=left + 1.5 * COLUMN_WIDTH,
                columns=tuple(columns),
            )
        )
    width = PLOT_LEFT + len(months) * GROUP_WIDTH + 8
    return TrendChart(
        width=width,
        height=PLOT_TOP + PLOT_HEIGHT + LABEL_ROOM,
        baseline=baseline,
        plot_left=PLOT_LEFT,
        plot_right=width - 4,
        column_width=COLUMN_WIDTH - 1,
        groups=tuple(groups),
        ticks=tuple((value, round(baseline - value * scale, 1)) for value in _ticks(top)),
    )


# --- the overview ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeighbourhoodRow:
    name: str
    counts: tuple[int, ...]  # open situations per level, in level order
    total: int


@dataclass(frozen=True)
class TeamOverview:
    period: Period
    levels: tuple[Level, ...]
    bars: tuple[Bar, ...]
    open_total: int
    statuses: tuple[tuple[str, int], ...]  # (label, count) per status, in workflow order
    neighbourhoods: tuple[NeighbourhoodRow, ...]
    months: tuple[MonthRow, ...]
    outcomes: tuple[OutcomeRow, ...]

    @property
    def chart_height(self) -> int:
        return len(self.bars) * BAR_HEIGHT

    @property
    def rose(self) -> int:
        """Level changes upwards in the period."""
        return sum(row.rises for row in self.months)

    @property
    def fell(self) -> int:
        return sum(row.falls for row in self.months)

    @property
    def trend(self) -> TrendChart:
        return trend_chart(self.months)

    @property
    def month_totals(self) -> MonthRow:
        """The period's totals, as one more row for the trends table."""
        fields = ("new_situations", "rises", "falls", "deployments", "worked", "partly")
        fields += ("did_not_work", "unknown")
        return MonthRow(
            month=self.period.start,
            **{name: sum(getattr(row, name) for row in self.months) for name in fields},
        )


def _per_month(rows, key: str = "month") -> dict[date, dict]:
    result = {}
    for row in rows:
        month = row[key]
        if isinstance(month, datetime.datetime):
            month = month.date()
        result[month] = row
    return result


def _months(*, team_ids, period: Period) -> tuple[MonthRow, ...]:
    """Three queries: new situations, level changes and deployments per month."""
    in_period = {"date__gte": period.start, "date__lte": period.end}
    created = _per_month(
        Situation.objects.filter(
            team_id__in=team_ids,
            created_at__date__gte=period.start,
            created_at__date__lte=period.end,
        )
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    changes = _per_month(
        Observation.objects.filter(
            situation__team_id__in=team_ids, previous_level__isnull=False, **in_period
        )
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(
            rose=Count("pk", filter=Q(level__order__gt=F("previous_level__order"))),
            fell=Count("pk", filter=Q(level__order__lt=F("previous_level__order"))),
        )
        .order_by()
    )
    outcome = Deployment.Outcome
    used = _per_month(
        Deployment.objects.filter(situation__team_id__in=team_ids, **in_period)
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(
            n=Count("pk"),
            worked=Count("pk", filter=Q(outcome=outcome.WORKED)),
            partly=Count("pk", filter=Q(outcome=outcome.PARTLY)),
            did_not_work=Count("pk", filter=Q(outcome=outcome.DID_NOT_WORK)),
            unknown=Count("pk", filter=Q(outcome=outcome.UNKNOWN)),
        )
        .order_by()
    )
    empty: dict = {}
    return tuple(
        MonthRow(
            month=month,
            new_situations=created.get(month, empty).get("n", 0),
            rises=changes.get(month, empty).get("rose", 0),
            falls=changes.get(month, empty).get("fell", 0),
            deployments=used.get(month, empty).get("n", 0),
            worked=used.get(month, empty).get("worked", 0),
            partly=used.get(month, empty).get("partly", 0),
            did_not_work=used.get(month, empty).get("did_not_work", 0),
            unknown=used.get(month, empty).get("unknown", 0),
        )
        for month in period.months
    )


def team_overview(*, team_ids, period: Period) -> TeamOverview:
    """Seven queries: levels, open situations per neighbourhood and level, statuses, new
    situations, level changes and deployments per month, outcomes per activity."""
    levels = tuple(Level.objects.order_by("order"))
    situations = Situation.objects.filter(team_id__in=team_ids)

    per_place: dict[str, dict[str, int]] = {}
    for row in (
        situations.exclude(status=Situation.Status.CLOSED)
        .values("neighbourhood__name", "neighbourhood__municipality", "level_id")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        place = f"{row['neighbourhood__name']} ({row['neighbourhood__municipality']})"
        per_place.setdefault(place, {})[row["level_id"]] = row["n"]
    per_level = {
        level.slug: sum(c.get(level.slug, 0) for c in per_place.values()) for level in levels
    }
    neighbourhoods = tuple(
        NeighbourhoodRow(
            name=place,
            counts=tuple(counts.get(level.slug, 0) for level in levels),
            total=sum(counts.values()),
        )
        for place, counts in sorted(per_place.items())
    )

    status_counts = dict(situations.values_list("status").annotate(n=Count("pk")).order_by())

    return TeamOverview(
        period=period,
        levels=levels,
        bars=level_bars(levels, per_level),
        open_total=sum(per_level.values()),
        statuses=tuple(
            (label, status_counts.get(value, 0)) for value, label in Situation.Status.choices
        ),
        neighbourhoods=neighbourhoods,
        months=_months(team_ids=team_ids, period=period),
        outcomes=outcomes_per_activity(team_ids=team_ids, start=period.start, end=period.end),
    )
