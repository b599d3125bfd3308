"""The start page: a to-do list per role (issue 13).

Plain functions that read what each role has to do next; the view (wijkwerk.views.dashboard)
only glues them to the template. Every section costs a fixed number of queries, however many
situations, reflections or activities there are: lists are cut at LIST_LIMIT, and their full
length comes in the same query (a window count).

- A field worker: open situations per level, the ones that rose a level lately, outcomes
  that are due, their returned and draft reflections, and what colleagues changed since
  their last visit.
- A team lead also: the review queue and this month's outcomes per activity.
- A curator: the catalogue's health (drafts, missing fits, never used, searches that found
  nothing), each with a link to the admin page where it is fixed.

This module sits on top of the apps (the project package) and reads their models and
selectors directly.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils.dateparse import parse_datetime

from activities.models import LEVEL_NEUTRAL_KINDS, Activity, Level, LevelFit, SearchMiss
from reflections.models import Reflection
from reflections.selectors import review_queue_for
from situations.models import Deployment, Observation, Situation
from situations.overview import OutcomeRow, first_of_month, outcomes_per_activity
from situations.selectors import outcomes_due
from wijkwerk.accounts import policy
from wijkwerk.accounts.models import User
from wijkwerk.audit.models import TeamEntry

LIST_LIMIT = 5
REVIEW_LIMIT = 3
SEARCH_MISS_LIMIT = 10
ROSE_DAYS = 30
FIRST_VISIT_DAYS = 7  # "what changed" on the very first visit: the last week

SESSION_KEY = "start_page_since"
ESCALATION = "escalatie"  # the level whose aftercare needs a fit of its own (LevelFit.Phase)


def _with_total(queryset: QuerySet) -> QuerySet:
    """The rows with ``total``: how many rows the whole queryset has, before any slice."""
    return queryset.annotate(total=Window(Count("pk")))


def _listed(queryset: QuerySet, limit: int = LIST_LIMIT) -> tuple[list, int]:
    """The first ``limit`` rows and the full count, in one query."""
    rows = list(_with_total(queryset)[:limit])
    return rows, (rows[0].total if rows else 0)


# --- the last visit -------------------------------------------------------------------------------


def previous_visit(*, session, user, now) -> datetime.datetime | None:
    """When the user opened the start page before this session (None: never).

    The first start page of a session remembers the old moment in the session and moves the
    user's field to now (one UPDATE, no audit noise); later start pages in the same session
    read the session, so "what changed" does not empty itself on every reload."""
    if SESSION_KEY in session:
        stored = session[SESSION_KEY]
        return parse_datetime(stored) if stored else None
    previous = user.start_page_seen_at
    session[SESSION_KEY] = previous.isoformat() if previous else ""
    User.objects.filter(pk=user.pk).update(start_page_seen_at=now)
    user.start_page_seen_at = now
    return previous


# --- the field worker -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelCount:
    level: Level
    open: int
    ongoing: int

    def _url(self, status: str) -> str:
        query = urlencode({"niveau": self.level.slug, "status": status})
        return f"{reverse('situations:list')}?{query}"

    @property
    def open_url(self) -> str:
        return self._url(Situation.Status.OPEN)

    @property
    def ongoing_url(self) -> str:
        return self._url(Situation.Status.ONGOING)


@dataclass(frozen=True)
class Listed:
    """The first rows of a to-do list, and how many there are in all."""

    rows: list = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass(frozen=True)
class WorkerStart:
    levels: tuple[LevelCount, ...]
    risen: Listed  # situations whose level rose in the last ROSE_DAYS days
    outcomes_due: Listed  # deployments whose outcome is asked for, the user's own first
    reflections: Listed  # own returned (first) and draft reflections
    changes: Listed  # situations colleagues changed since the last visit
    since: datetime.datetime  # the moment "changes" counts from
    first_visit: bool  # no earlier visit: "changes" covers the last FIRST_VISIT_DAYS days

    rose_days = ROSE_DAYS

    @property
    def not_closed(self) -> int:
        return sum(row.open + row.ongoing for row in self.levels)


def situation_levels(*, team_ids) -> tuple[LevelCount, ...]:
    """Two queries: the levels, and the open and ongoing situations per level."""
    counts = {
        (row["level_id"], row["status"]): row["n"]
        for row in Situation.objects.filter(team_id__in=team_ids)
        .exclude(status=Situation.Status.CLOSED)
        .values("level_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    }
    return tuple(
        LevelCount(
            level=level,
            open=counts.get((level.slug, Situation.Status.OPEN), 0),
            ongoing=counts.get((level.slug, Situation.Status.ONGOING), 0),
        )
        for level in Level.objects.order_by("order")
    )


def risen_situations(*, team_ids, today: datetime.date) -> Listed:
    """Situations not closed whose level rose in the last ROSE_DAYS days, latest rise first,
    with ``risen_on`` (the date of that rise). One query."""
    rises = Observation.objects.filter(
        situation=OuterRef("pk"),
        date__gt=today - datetime.timedelta(days=ROSE_DAYS),
        previous_level__isnull=False,
        level__order__gt=F("previous_level__order"),
    ).order_by("-date", "-created_at")
    queryset = (
        Situation.objects.filter(team_id__in=team_ids)
        .exclude(status=Situation.Status.CLOSED)
        .annotate(risen_on=Subquery(rises.values("date")[:1]))
        .filter(risen_on__isnull=False)
        .select_related("level")
        .order_by("-risen_on", "-pk")
    )
    return Listed(*_listed(queryset))


def due_outcomes(*, user, team_ids, today: datetime.date) -> Listed:
    """Deployments whose outcome is due (situations.selectors.outcomes_due), those the user
    recorded first, then the team's; oldest first. One query."""
    queryset = (
        outcomes_due(today=today, team_ids=team_ids)
        .annotate(
            by_someone_else=Case(
                When(recorded_by=user, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("by_someone_else", "date", "pk")
    )
    return Listed(*_listed(queryset))


def open_reflections(*, user) -> Listed:
    """The user's returned reflections (to improve), then their drafts (to finish); the one
    changed last first. One query."""
    status = Reflection.Status
    queryset = (
        Reflection.objects.filter(author=user, status__in=[status.RETURNED, status.DRAFT])
        .annotate(
            draft=Case(
                When(status=status.DRAFT, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("draft", "-updated_at", "-pk")
    )
    return Listed(*_listed(queryset))


def _count(queryset: QuerySet, link: str = "situation") -> Coalesce:
    """A correlated COUNT of ``queryset``'s rows per situation, 0 when there are none."""
    counted = (
        queryset.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def changes_since(*, user, team_ids, since: datetime.datetime) -> Listed:
    """The team's situations someone else changed after ``since``: new observations and
    activities recorded by a colleague (``recorded_by``), and any other change the audit
    trail holds with another actor (an edit, a closed or reopened situation, an outcome).
    Each row has ``new_observations``, ``new_deployments`` and ``created_by_someone_else``;
    the one changed last first. One query."""
    observations = Observation.objects.filter(created_at__gt=since).exclude(recorded_by=user)
    deployments = Deployment.objects.filter(created_at__gt=since).exclude(recorded_by=user)
    audited = (
        TeamEntry.objects.filter(
            team_id__in=team_ids, situation_id__isnull=False, entry__timestamp__gt=since
        )
        .exclude(entry__actor=user)
        .values("situation_id")
    )
    queryset = (
        Situation.objects.filter(team_id__in=team_ids)
        .filter(
            Q(pk__in=audited)
            | Q(pk__in=observations.values("situation_id"))
            | Q(pk__in=deployments.values("situation_id"))
        )
        .annotate(
            new_observations=_count(observations),
            new_deployments=_count(deployments),
            created_by_someone_else=Case(
                When(Q(created_at__gt=since) & ~Q(owner=user), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .select_related("level")
        .order_by("-updated_at", "-pk")
    )
    return Listed(*_listed(queryset))


def worker_start(*, user, today: datetime.date, now, previous: datetime.datetime | None):
    """Six queries: levels, counts per level, risen, outcomes due, reflections, changes."""
    team_ids = policy.field_team_ids(user)
    since = previous or now - datetime.timedelta(days=FIRST_VISIT_DAYS)
    return WorkerStart(
        levels=situation_levels(team_ids=team_ids),
        risen=risen_situations(team_ids=team_ids, today=today),
        outcomes_due=due_outcomes(user=user, team_ids=team_ids, today=today),
        reflections=open_reflections(user=user),
        changes=changes_since(user=user, team_ids=team_ids, since=since),
        since=since,
        first_visit=previous is None,
    )


# --- the team lead -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeadStart:
    review: Listed  # the oldest submitted reflections waiting for this lead
    outcomes: tuple[OutcomeRow, ...]  # this month's deployments per activity
    month: datetime.date  # the first of this month


def lead_start(*, user, today: datetime.date) -> LeadStart:
    """Two queries: the review queue (oldest few and the count), this month's outcomes."""
    month = first_of_month(today)
    return LeadStart(
        review=Listed(*_listed(review_queue_for(user), REVIEW_LIMIT)),
        outcomes=outcomes_per_activity(team_ids=policy.led_team_ids(user), start=month, end=today),
        month=month,
    )


# --- the curator ------------------------------------------------------------------------------------


def _admin_url(name: str, *args) -> str:
    return reverse(f"admin:{name}", args=args)


def activity_admin_url(activity_id: int) -> str:
    return _admin_url("activities_activity_change", activity_id)


@dataclass(frozen=True)
class CuratorStart:
    drafts: Listed  # activities not published yet, changed last first
    missing_fits: Listed  # activities lacking a fit at a level or for the aftercare
    never_used: Listed  # published activities no team ever used
    search_misses: tuple  # SearchMiss rows, searched most first
    drafts_url: str
    activities_url: str
    add_activity_url: str
    search_misses_url: str  # the search misses in the admin ("" when not registered there)


def _missing_fits(levels: list[Level]) -> Listed:
    """Activities (not learning, reflection or casework: those fit every level alike) that
    lack a fit at some level or for the aftercare of an escalation, with ``missing``: the
    levels in words. Two queries: the activities, and the fits of those listed."""
    fits = LevelFit.objects.filter(activity=OuterRef("pk")).order_by().values("activity")
    level_fits = fits.filter(phase=LevelFit.Phase.ANY).annotate(n=Count("pk")).values("n")
    aftercare = fits.filter(phase=LevelFit.Phase.AFTERCARE).annotate(n=Count("pk")).values("n")
    escalation = next((level for level in levels if level.slug == ESCALATION), None)
    incomplete = Q(level_fits__lt=len(levels))
    if escalation is not None:  # the aftercare is a phase of the escalation
        incomplete |= Q(aftercare_fits=0)
    queryset = (
        Activity.objects.exclude(kind__in=LEVEL_NEUTRAL_KINDS)
        .annotate(
            level_fits=Coalesce(Subquery(level_fits, output_field=IntegerField()), 0),
            aftercare_fits=Coalesce(Subquery(aftercare, output_field=IntegerField()), 0),
        )
        .filter(incomplete)
        .order_by("-is_published", "name", "pk")
    )
    rows, total = _listed(queryset)
    present: dict[int, set[tuple[str, str]]] = {}
    for activity_id, level_id, phase in LevelFit.objects.filter(
        activity_id__in=[row.pk for row in rows]
    ).values_list("activity_id", "level_id", "phase"):
        present.setdefault(activity_id, set()).add((level_id, phase))
    slots = [(level.slug, LevelFit.Phase.ANY, level.name) for level in levels]
    if escalation is not None:
        slots.append((escalation.slug, LevelFit.Phase.AFTERCARE, None))
    for row in rows:
        have = present.get(row.pk, set())
        row.missing = [
            name if name is not None else AFTERCARE_LABEL
            for slug, phase, name in slots
            if (slug, phase) not in have
        ]
        row.admin_url = activity_admin_url(row.pk)
    return Listed(rows, total)


def curator_start() -> CuratorStart:
    """Six queries: levels, drafts, activities missing fits and their fits, activities never
    used, the searches that found nothing."""
    levels = list(Level.objects.order_by("order"))
    drafts = Listed(*_listed(Activity.objects.filter(is_published=False).order_by("-updated_at")))
    never = Listed(
        *_listed(
            Activity.objects.filter(is_published=True)
            # Learning and reflection activities are for the professional, not used in a
            # situation: "never used" says nothing about them.
            .exclude(kind__in=[Activity.Kind.LEARNING, Activity.Kind.REFLECTION])
            .filter(~Exists(Deployment.objects.filter(activity=OuterRef("pk"))))
            .order_by("name", "pk")
        )
    )
    for row in (*drafts.rows, *never.rows):
        row.admin_url = activity_admin_url(row.pk)
    try:
        misses_url = _admin_url("activities_searchmiss_changelist")
    except NoReverseMatch:
        misses_url = ""
    changelist = _admin_url("activities_activity_changelist")
    return CuratorStart(
        drafts=drafts,
        missing_fits=_missing_fits(levels),
        never_used=never,
        search_misses=tuple(
            SearchMiss.objects.order_by("-count", "-last_searched_at")[:SEARCH_MISS_LIMIT]
        ),
        drafts_url=f"{changelist}?is_published__exact=0",
        activities_url=changelist,
        add_activity_url=_admin_url("activities_activity_add"),
        search_misses_url=misses_url,
    )


AFTERCARE_LABEL = LevelFit.Phase.AFTERCARE.label


# --- all of it ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartPage:
    worker: WorkerStart | None
    lead: LeadStart | None
    curator: CuratorStart | None

    @property
    def has_sections(self) -> bool:
        return any((self.worker, self.lead, self.curator))


def start_page(*, user, today: datetime.date, now, previous) -> StartPage:
    """What this user's start page shows: a section for each of their roles."""
    return StartPage(
        worker=(
            worker_start(user=user, today=today, now=now, previous=previous)
            if policy.has_field_role(user)
            else None
        ),
        lead=lead_start(user=user, today=today) if policy.can_review_any(user) else None,
        curator=curator_start() if policy.can_manage_catalogue(user) else None,
    )
