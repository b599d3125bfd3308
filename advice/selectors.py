"""Database rows -> the advice engine's and the text understanding's inputs.

A fixed number of queries whatever the catalogue size: one per table, as plain values, no
model instances. The views only glue these to the engine and a template or JSON.
"""

from collections import defaultdict

from django.db import connection
from django.db.models import Count, Subquery
from django.utils.translation import gettext

from activities.models import (
    AFTERCARE_KEY,
    Activity,
    ContraIndication,
    Goal,
    Level,
    LevelFit,
    Signal,
    SituationType,
    TargetGroup,
)
from activities.selectors import published_activities
from advice import text
from advice.engine import Advice, Candidate, Contra, Evidence, Fit, Profile, Triage, advise
from situations import triage
from situations.models import Deployment, Situation


def advice_for(profile: Profile) -> Advice:
    if not profile.fit_key:
        return advise(profile, ())
    return advise(profile, advice_candidates(), colleagues_outcomes(profile))


def advice_candidates() -> list[Candidate]:
    """All published activities with their fits, goals, target groups, situation types and
    contra-indications: the curated catalogue, cached per process while it is unchanged.
    One query when cached, seven when it is read again."""
    return [candidate for _pk, candidate in _catalogue()]


# The catalogue changes when a curator saves, not per request: reading 2,000 activities with
# their fits and tags on every advice would cost more than the advice itself. Each process
# keeps one copy and checks a fingerprint of the catalogue tables (one query) before using it.
_cached: dict[str, tuple[tuple, list[tuple[int, Candidate]]]] = {}


def catalogue_fingerprint() -> tuple:
    """Changes whenever the catalogue does: every edit of an activity in the admin or the
    loader saves the activity (its ``updated_at``), and (un)publishing, deleting or adding
    rows changes a count. Slugs of goals, groups and types cannot change (read-only)."""
    tables = {model: model._meta.db_table for model in (Activity, LevelFit, ContraIndication)}
    counts = ", ".join(
        f"(SELECT COUNT(*) FROM {table})"  # noqa: S608 - table names from the models
        for table in (
            tables[LevelFit],
            tables[ContraIndication],
            Goal._meta.db_table,
            TargetGroup._meta.db_table,
            SituationType._meta.db_table,
        )
    )
    activity = tables[Activity]
    sql = (
        f"SELECT (SELECT COUNT(*) FROM {activity}), "  # noqa: S608 - table names from the models
        f"(SELECT COUNT(*) FROM {activity} WHERE is_published), "
        f"(SELECT MAX(updated_at) FROM {activity}), {counts}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)  # table names from the models, no user input
        return tuple(str(value) for value in cursor.fetchone())


def forget_catalogue() -> None:
    """Drop this process's copy of the catalogue (tests; it is re-read when it changes)."""
    _cached.clear()


def _catalogue() -> list[tuple[int, Candidate]]:
    fingerprint = catalogue_fingerprint()
    cached = _cached.get("catalogue")
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    candidates = _read_catalogue()
    _cached["catalogue"] = (fingerprint, candidates)
    return candidates


def _read_catalogue() -> list[tuple[int, Candidate]]:
    """The published catalogue as the engine's candidates, without evidence. Six queries."""
    activities = list(
        published_activities()
        .order_by("pk")
        .values_list("pk", "slug", "name", "kind", "effort", "target_groups_required")
    )
    fits: dict[int, dict[str, Fit]] = defaultdict(dict)
    for activity_id, level, phase, fit, reason in LevelFit.objects.values_list(
        "activity_id", "level_id", "phase", "fit", "reason"
    ):
        key = AFTERCARE_KEY if phase == LevelFit.Phase.AFTERCARE else level
        fits[activity_id][key] = Fit(fit, reason)
    goals = _slugs(Activity.goals.through.objects.values_list("activity_id", "goal__slug"))
    groups = _slugs(
        Activity.target_groups.through.objects.values_list("activity_id", "targetgroup__slug")
    )
    types = _slugs(
        Activity.situation_types.through.objects.values_list("activity_id", "situationtype__slug")
    )
    contras: dict[int, list[Contra]] = defaultdict(list)
    for activity_id, condition, group, reason in ContraIndication.objects.values_list(
        "activity_id", "condition", "target_group__slug", "reason"
    ).order_by("activity_id", "condition", "target_group__slug"):
        contras[activity_id].append(Contra(condition, reason, group or ""))
    return [
        (
            pk,
            Candidate(
                slug=slug,
                name=name,
                kind=kind,
                effort=effort,
                target_groups_required=required,
                goals=frozenset(goals[pk]),
                target_groups=frozenset(groups[pk]),
                situation_types=frozenset(types[pk]),
                fits=fits.get(pk, {}),
                contra_indications=tuple(contras[pk]),
            ),
        )
        for pk, slug, name, kind, effort, required in activities
    ]


def _slugs(rows) -> dict[int, set[str]]:
    result: dict[int, set[str]] = defaultdict(set)
    for activity_id, slug in rows:
        result[activity_id].add(slug)
    return result


def colleagues_outcomes(profile: Profile) -> dict[str, Evidence]:
    """Colleagues' outcomes per activity slug at the same level (and escalation phase), and
    of the same situation type when the type is known: as they were when the activity was
    used. Unknown outcomes do not count, nor activities that are not in the catalogue ("other,
    namely"). One query."""
    phase = ""
    if profile.level == "escalatie":
        # A deployment at an escalation with no phase given counts as the acute phase.
        phase = [triage.AFTERCARE] if profile.phase == triage.AFTERCARE else ["", triage.ACUTE]
    deployments = Deployment.objects.filter(level_id=profile.level, activity__isnull=False)
    deployments = deployments.filter(phase__in=phase) if phase else deployments.filter(phase="")
    scope = "level"
    if profile.situation_type:
        kind = SituationType.objects.filter(slug=profile.situation_type).values("pk")[:1]
        deployments = deployments.filter(situation_type=Subquery(kind))
        scope = "level_type"
    rows = (
        deployments.exclude(outcome=Deployment.Outcome.UNKNOWN)
        .values_list("activity__slug", "outcome")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for slug, outcome, count in rows:
        counts[slug][outcome] = count
    return {
        slug: Evidence(
            found.get(Deployment.Outcome.WORKED, 0),
            found.get(Deployment.Outcome.PARTLY, 0),
            found.get(Deployment.Outcome.DID_NOT_WORK, 0),
            scope,
        )
        for slug, found in counts.items()
    }


def text_vocabulary() -> text.Vocabulary:
    """The curated words the text understanding reads a description with. Three queries."""
    return text.Vocabulary(
        signals=tuple(
            text.SignalEntry(slug, level, phase, (signal_text, *_lines(synonyms)))
            for slug, level, phase, signal_text, synonyms in Signal.objects.order_by(
                "level__order", "order", "pk"
            ).values_list("slug", "level_id", "phase", "text", "synonyms")
        ),
        target_groups=_terms(TargetGroup),
        situation_types=_terms(SituationType),
    )


def _terms(model) -> tuple[text.TermEntry, ...]:
    return tuple(
        text.TermEntry(slug, (name, *_lines(synonyms)))
        for slug, name, synonyms in model.objects.order_by("slug").values_list(
            "slug", "name", "synonyms"
        )
    )


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def signal_levels() -> dict[str, tuple[str, str, str]]:
    """Signal slug -> (level slug, phase, text): to decide the level from ticked signals, and
    to say which signals decided it."""
    return {
        slug: (level, phase, signal_text)
        for slug, level, phase, signal_text in Signal.objects.values_list(
            "slug", "level_id", "phase", "text"
        )
    }


def vocabulary_names() -> dict[str, str]:
    """Slug -> name for levels, goals, target groups, situation types and signals, to put
    reasons and suggestions into words."""
    names = dict(Level.objects.values_list("slug", "name"))
    names.update(Goal.objects.values_list("slug", "name"))
    names.update(TargetGroup.objects.values_list("slug", "name"))
    names.update(SituationType.objects.values_list("slug", "name"))
    names[AFTERCARE_KEY] = gettext("escalation, aftercare")
    return names


def situation_profile(situation: Situation) -> Profile:
    """A saved situation as the engine's profile: its own answers, nothing guessed. Prefetch
    its goals and target groups and select its type."""
    answers = situation.triage_answers()
    phase = ""
    if situation.level_id == "escalatie":
        phase = situation.phase or triage.ACUTE  # no phase given: treat it as acute, to be safe
    if situation.situation_type_id:
        situation_type = situation.situation_type.slug
    else:
        situation_type = triage.situation_type_for(
            answers["parties"], answers[triage.CARE_NEED], answers[triage.CRIME]
        )
    return Profile(
        level=situation.level_id,
        level_certain=True,
        phase=phase,
        situation_type=situation_type,
        triage=Triage(**answers),
        goals=frozenset(goal.slug for goal in situation.goals.all()),
        target_groups=frozenset(group.slug for group in situation.target_groups.all()),
    )
