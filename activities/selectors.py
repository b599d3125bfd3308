"""Reads of the catalogue: what professionals may see, and the detail page data (the text
search is in activities/search.py).

Only published activities leave this module; the admin has its own querysets.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import Activity, ContraIndication, Level, LevelFit


def published_activities() -> QuerySet[Activity]:
    return Activity.objects.filter(is_published=True)


def _fits_prefetch() -> Prefetch:
    """The fits in level order, the escalation's aftercare right after its acute phase."""
    return Prefetch(
        "fits",
        queryset=LevelFit.objects.select_related("level").order_by("level__order", "phase"),
    )


def activities_for_list() -> QuerySet[Activity]:
    """Published activities with what a list row shows: their fits per level."""
    return published_activities().prefetch_related(_fits_prefetch()).order_by("name")


def get_published_activity(slug: str) -> Activity:
    """The published activity with its goals, target groups, situation types, fits and
    contra-indications; raises DoesNotExist."""
    contra_indications = ContraIndication.objects.select_related("target_group")
    return (
        published_activities()
        .prefetch_related(
            "goals",
            "target_groups",
            "situation_types",
            _fits_prefetch(),
            Prefetch("contra_indications", queryset=contra_indications),
        )
        .get(slug=slug)
    )


AFTERCARE_LEVEL = "escalatie"


@dataclass(frozen=True)
class LevelRow:
    level: Level
    fit: LevelFit | None
    aftercare: bool = False


def level_rows(activity: Activity) -> list[LevelRow]:
    """All four levels in order, each with the activity's fit (None when not assessed yet),
    and after the escalation (its acute phase) a row for the aftercare."""
    fits = {(fit.level_id, fit.phase): fit for fit in activity.fits.all()}
    rows = []
    for level in Level.objects.all():
        rows.append(LevelRow(level, fits.get((level.slug, LevelFit.Phase.ANY))))
        if level.slug == AFTERCARE_LEVEL:
            aftercare = fits.get((level.slug, LevelFit.Phase.AFTERCARE))
            rows.append(LevelRow(level, aftercare, aftercare=True))
    return rows


def is_level_neutral(activity: Activity) -> bool:
    """Learning, reflection and casework without fits: they fit every level alike."""
    return activity.is_level_neutral and not activity.fits.all()


# When an activity must not be used, as a professional reads it ("Niet gebruiken als …").
CONTRA_INDICATION_TEXT: dict[str, Promise] = {
    ContraIndication.Condition.CARE_NEED: _(
        "Do not use when someone involved has a care need (psychiatric problems, addiction, "
        "a mild intellectual disability, dementia)"
    ),
    ContraIndication.Condition.CRIME: _(
        "Do not use when a crime or a discriminatory act was committed"
    ),
    ContraIndication.Condition.NOT_ADDRESSABLE: _(
        "Do not use when the people involved cannot be spoken to or cannot make agreements"
    ),
    ContraIndication.Condition.ACUTE_THREAT: _("Do not use when there is an acute threat"),
    ContraIndication.Condition.NO_CONSENT: _("Do not use when the resident has not agreed to it"),
}
CONTRA_INDICATION_GROUP_TEXT = _("Do not use when %(group)s are involved")


@dataclass(frozen=True)
class ContraRow:
    when: str
    reason: str


def _lower_first(name: str) -> str:
    """ "Jongeren" -> "jongeren" inside a sentence; "LHBTIQ+ personen" stays as it is."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def contra_indication_rows(activity: Activity) -> list[ContraRow]:
    """The activity's contra-indications in plain words, in the order of the conditions."""
    order = {condition: index for index, condition in enumerate(ContraIndication.Condition)}
    contras = sorted(
        activity.contra_indications.all(),
        key=lambda c: (order.get(c.condition, 99), c.target_group.name if c.target_group else ""),
    )
    rows = []
    for contra in contras:
        if contra.target_group_id:
            when = CONTRA_INDICATION_GROUP_TEXT % {"group": _lower_first(contra.target_group.name)}
        else:
            when = str(CONTRA_INDICATION_TEXT.get(contra.condition, contra.get_condition_display()))
        rows.append(ContraRow(when=when, reason=contra.reason))
    return rows


# Where the evidence comes from, in words a professional reads under "How well founded is it?".
EVIDENCE_BASIS_TEXT: dict[str, Promise] = {
    Activity.EvidenceBasis.DATABANK: _(
        "Rated in a databank of effective interventions (such as the databanks of Movisie and "
        "its partners)."
    ),
    Activity.EvidenceBasis.CCV: _(
        "Recognised by the CCV (Centre for Crime Prevention and Safety)."
    ),
    Activity.EvidenceBasis.RESEARCH: _("Based on research."),
    Activity.EvidenceBasis.PRACTICE: _(
        "Based on practice knowledge: the experience of professionals, not on research."
    ),
}


def evidence_basis_text(activity: Activity) -> str:
    text = EVIDENCE_BASIS_TEXT.get(activity.evidence_basis)
    return str(text) if text else ""


def related_activities(activity: Activity, limit: int = 5) -> list[Activity]:
    """Published activities sharing goals with ``activity``, most shared goals first."""
    goal_ids = [goal.pk for goal in activity.goals.all()]
    if not goal_ids:
        return []
    return list(
        published_activities()
        .filter(goals__in=goal_ids)
        .exclude(pk=activity.pk)
        .annotate(shared_goals=Count("goals"))
        .order_by("-shared_goals", "name")[:limit]
    )
