"""The team lead's overview: how the team's neighbourhoods are doing, in numbers only.

Aggregates, never persons or situation texts (BPSW: management overviews hold no personal
data). A fixed number of queries whatever the team's size.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, F, Q

from activities.models import Level
from situations.models import Deployment, Observation, Situation

TREND_DAYS = 90
DEPLOYMENT_DAYS = 365
TOP_ACTIVITIES = 10


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart, geometry included so the template only draws."""

    slug: str
    name: str  # the level's: a bar can be shown as a level badge
    count: int
    width: float  # in chart units, the longest bar BAR_AREA wide
    y: int


@dataclass(frozen=True)
class NeighbourhoodRow:
    name: str
    counts: tuple[int, ...]  # open situations per level, in level order
    total: int


@dataclass(frozen=True)
class OutcomeRow:
    slug: str
    name: str
    worked: int
    partly: int
    did_not_work: int
    unknown: int

    @property
    def total(self) -> int:
        return self.worked + self.partly + self.did_not_work + self.unknown


@dataclass(frozen=True)
class TeamOverview:
    levels: tuple[Level, ...]
    bars: tuple[Bar, ...]
    open_total: int
    statuses: tuple[tuple[str, int], ...]  # (label, count) per status, in workflow order
    neighbourhoods: tuple[NeighbourhoodRow, ...]
    rose: int  # level changes upwards in the last TREND_DAYS days
    fell: int
    outcomes: tuple[OutcomeRow, ...]

    @property
    def chart_height(self) -> int:
        return len(self.bars) * BAR_HEIGHT


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


def team_overview(*, team_ids, today: date) -> TeamOverview:
    """Five queries: levels, open situations per neighbourhood and level, statuses, level
    changes, deployment outcomes."""
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

    changes = Observation.objects.filter(
        situation__team_id__in=team_ids,
        date__gt=today - timedelta(days=TREND_DAYS),
        previous_level__isnull=False,
    ).aggregate(
        rose=Count("pk", filter=Q(level__order__gt=F("previous_level__order"))),
        fell=Count("pk", filter=Q(level__order__lt=F("previous_level__order"))),
    )

    outcome = Deployment.Outcome
    outcomes = tuple(
        OutcomeRow(
            slug=row["activity__slug"],
            name=row["activity__name"],
            worked=row["worked"],
            partly=row["partly"],
            did_not_work=row["did_not_work"],
            unknown=row["unknown"],
        )
        for row in Deployment.objects.filter(
            situation__team_id__in=team_ids,
            date__gt=today - timedelta(days=DEPLOYMENT_DAYS),
        )
        .values("activity__slug", "activity__name")
        .annotate(
            worked=Count("pk", filter=Q(outcome=outcome.WORKED)),
            partly=Count("pk", filter=Q(outcome=outcome.PARTLY)),
            did_not_work=Count("pk", filter=Q(outcome=outcome.DID_NOT_WORK)),
            unknown=Count("pk", filter=Q(outcome=outcome.UNKNOWN)),
            total=Count("pk"),
        )
        .order_by("-total", "activity__name")[:TOP_ACTIVITIES]
    )

    return TeamOverview(
        levels=levels,
        bars=level_bars(levels, per_level),
        open_total=sum(per_level.values()),
        statuses=tuple(
            (label, status_counts.get(value, 0)) for value, label in Situation.Status.choices
        ),
        neighbourhoods=neighbourhoods,
        rose=changes["rose"],
        fell=changes["fell"],
        outcomes=outcomes,
    )
