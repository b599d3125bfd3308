"""Reads of the catalogue: what professionals may see, the text search, and the detail page data.

Only published activities leave this module; the admin has its own querysets.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, Prefetch, Q, QuerySet

from .models import Activity, Level, LevelFit

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
    return Prefetch(
        "fits", queryset=LevelFit.objects.select_related("level").order_by("level__order")
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
    """The published activity with its goals, target groups and fits; raises DoesNotExist."""
    return (
        published_activities()
        .prefetch_related("goals", "target_groups", _fits_prefetch())
        .get(slug=slug)
    )


@dataclass(frozen=True)
class LevelRow:
    level: Level
    fit: LevelFit | None


def level_rows(activity: Activity) -> list[LevelRow]:
    """All four levels in order, each with the activity's fit (None when not assessed yet)."""
    fits = {fit.level_id: fit for fit in activity.fits.all()}
    return [LevelRow(level, fits.get(level.slug)) for level in Level.objects.all()]


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
