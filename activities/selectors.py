"""Reads of the catalogue: what professionals may see, the text search, and the detail page data.

Only published activities leave this module; the admin has its own querysets.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import Activity, ContraIndication, Level, LevelFit

SEARCH_CONFIG = "dutch"
SEARCH_INDEX_NAME = "activity_search_idx"
# Words of at least this length also match as the start of a longer (compound) word.
PREFIX_MIN_LENGTH = 4
_WEBSEARCH_OPERATORS = re.compile(r'"|(?:^|\s)-\w|\bor\b', re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def search_vector() -> SearchVector:
    """The weighted Dutch document of an activity. The GIN index of migration 0002 is built
    on exactly this expression; change both together (a PostgreSQL test checks the index is used).
    """
    return (
        SearchVector("name", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", "keywords", weight="B", config=SEARCH_CONFIG)
        + SearchVector("description", "steps", weight="C", config=SEARCH_CONFIG)
    )


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


def search_query(text: str) -> SearchQuery:
    """The Dutch full-text query for what someone typed.

    Plain words: every word must match, either as a Dutch stem ("bewoners" finds "bewoner") or,
    from four letters on, as the start of a word, because Dutch glues words together
    ("dialoog" finds "dialoogbijeenkomst", "buurt" finds "buurtschouw"). Text with search
    syntax (quotes, -word, or) goes to websearch_to_tsquery as it is.
    """
    words = _WORD.findall(text)
    if _WEBSEARCH_OPERATORS.search(text) or not words:
        return SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    query = None
    for word in words:
        part = SearchQuery(word, config=SEARCH_CONFIG, search_type="websearch")
        if len(word) >= PREFIX_MIN_LENGTH:
            part |= SearchQuery(f"{word.lower()}:*", config="simple", search_type="raw")
        query = part if query is None else query & part
    return query


def search_activities(queryset: QuerySet[Activity], text: str) -> QuerySet[Activity]:
    """Narrow ``queryset`` to activities matching ``text``, best match first.

    PostgreSQL: Dutch full-text search (stemmed, weighted, ranked, using the GIN index).
    Other databases: every word must occur in the name, summary, description or search words.
    """
    text = text.strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        query = search_query(text)
        vector = search_vector()
        return (
            queryset.annotate(search=vector, rank=SearchRank(vector, query))
            .filter(search=query)
            .order_by("-rank", "name")
        )
    for word in text.split():
        queryset = queryset.filter(
            Q(name__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Q(steps__icontains=word)
            | Q(keywords__icontains=word)
        )
    return queryset


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
