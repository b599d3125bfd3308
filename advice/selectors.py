"""Database rows -> the advice engine's and the text understanding's inputs.

A fixed number of queries whatever the catalogue size: one per table, as plain values, no
model instances. The views only glue these to the engine and a template or JSON.
"""

from collections import defaultdict

from django.db.models import Count, Q
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
from advice.engine import Advice, Candidate, Contra, Evidence, Fit, Profile, advise
from situations import triage
from situations.models import Deployment


def advice_for(profile: Profile) -> Advice:
    return advise(profile, advice_candidates(profile))


def advice_candidates(profile: Profile) -> list[Candidate]:
    """All published activities with their fit for the profile's level (or the aftercare),
    goals, target groups, situation types, contra-indications and colleagues' outcomes.
    Seven queries; none without a level."""
    key = profile.fit_key
    if not key:
        return []
    activities = list(
        published_activities()
        .order_by("pk")
        .values_list("pk", "slug", "name", "kind", "effort", "target_groups_required")
    )
    fit_rows = LevelFit.objects.filter(
        level_id=profile.level,
        phase=LevelFit.Phase.AFTERCARE if key == AFTERCARE_KEY else LevelFit.Phase.ANY,
    ).values_list("activity_id", "fit", "reason")
    fits = {activity_id: {key: Fit(fit, reason)} for activity_id, fit, reason in fit_rows}
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
    evidence = _evidence(profile)
    return [
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
            evidence=evidence.get(pk),
        )
        for pk, slug, name, kind, effort, required in activities
    ]


def _slugs(rows) -> dict[int, set[str]]:
    result: dict[int, set[str]] = defaultdict(set)
    for activity_id, slug in rows:
        result[activity_id].add(slug)
    return result


def _evidence(profile: Profile) -> dict[int, Evidence]:
    """Colleagues' outcomes per activity at the same level (and escalation phase), and of the
    same situation type when the type is known. One query."""
    deployments = Deployment.objects.filter(level_id=profile.level)
    if profile.level == "escalatie":
        deployments = deployments.filter(phase=profile.phase or "")
    scope = "level"
    if profile.situation_type:
        deployments = deployments.filter(situation__situation_type__slug=profile.situation_type)
        scope = "level_type"
    rows = (
        deployments.values("activity_id")
        .annotate(
            worked=Count("pk", filter=Q(outcome=Deployment.Outcome.WORKED)),
            partly=Count("pk", filter=Q(outcome=Deployment.Outcome.PARTLY)),
            failed=Count("pk", filter=Q(outcome=Deployment.Outcome.DID_NOT_WORK)),
        )
        .order_by()
    )
    return {
        row["activity_id"]: Evidence(row["worked"], row["partly"], row["failed"], scope)
        for row in rows
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


def situation_type_slug(answers: dict[str, str]) -> str | None:
    return triage.situation_type_for(
        answers.get("parties", triage.UNKNOWN),
        answers.get(triage.CARE_NEED, triage.UNKNOWN),
        answers.get(triage.CRIME, triage.UNKNOWN),
    )
