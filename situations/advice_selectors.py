"""Database rows -> the advice engine's inputs, in a fixed number of queries whatever the
catalogue size (one per table, as plain values; no model instances)."""

from collections import defaultdict

from django.db.models import Count, Q

from activities.models import Activity, Goal, Level, LevelFit, TargetGroup
from activities.selectors import published_activities
from situations.advice import Advice, Candidate, Evidence, Fit, Profile, advise, suggest_level
from situations.models import Deployment


def advice_for(profile: Profile) -> Advice:
    """The advice for a profile; the evidence is read at the level the advice will use."""
    level = profile.level or suggest_level(profile.text).level
    return advise(profile, advice_candidates(level))


def vocabulary_names() -> dict[str, str]:
    """Slug -> name for levels, goals and target groups, to put reasons into words."""
    names = dict(Level.objects.values_list("slug", "name"))
    names.update(Goal.objects.values_list("slug", "name"))
    names.update(TargetGroup.objects.values_list("slug", "name"))
    return names


def advice_candidates(level: str | None) -> list[Candidate]:
    """All published activities with their fit at ``level``, goals, target groups and the
    practice evidence of deployments at that level. Five queries; none without a level."""
    if not level:
        return []
    activities = list(
        published_activities().order_by("pk").values_list("pk", "slug", "name", "kind", "effort")
    )
    fits: dict[int, dict[str, Fit]] = defaultdict(dict)
    for activity_id, level_id, fit, reason in LevelFit.objects.filter(level_id=level).values_list(
        "activity_id", "level_id", "fit", "reason"
    ):
        fits[activity_id][level_id] = Fit(fit, reason)

    goals: dict[int, set[str]] = defaultdict(set)
    for activity_id, slug in Activity.goals.through.objects.values_list(
        "activity_id", "goal__slug"
    ):
        goals[activity_id].add(slug)
    groups: dict[int, set[str]] = defaultdict(set)
    for activity_id, slug in Activity.target_groups.through.objects.values_list(
        "activity_id", "targetgroup__slug"
    ):
        groups[activity_id].add(slug)

    rows = (
        Deployment.objects.filter(level_id=level)
        .values("activity_id")
        .annotate(
            worked=Count("pk", filter=Q(outcome=Deployment.Outcome.WORKED)),
            partly=Count("pk", filter=Q(outcome=Deployment.Outcome.PARTLY)),
            failed=Count("pk", filter=Q(outcome=Deployment.Outcome.DID_NOT_WORK)),
        )
        .order_by()
    )
    evidence = {
        row["activity_id"]: Evidence(row["worked"], row["partly"], row["failed"]) for row in rows
    }

    return [
        Candidate(
            slug=slug,
            name=name,
            kind=kind,
            effort=effort,
            goals=frozenset(goals[pk]),
            target_groups=frozenset(groups[pk]),
            fits=fits[pk],
            evidence={level: evidence[pk]} if pk in evidence else {},
        )
        for pk, slug, name, kind, effort in activities
    ]
