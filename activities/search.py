"""The catalogue search: what an activity is found by, how the results are ranked, which filter a
search suggests, and the searches that found nothing.

**What an activity is found by.** Its own text (name, summary, keywords, description, steps) and
the names and synonyms of its target groups, goals and situation types. Those live in
many-to-many tables, which an expression index cannot reach, so they are copied into
``Activity.search_terms``: one phrase per line, kept up to date by ``refresh_search_terms``
whenever an activity, its relations or one of the terms change (the receivers at the end of
activities/models.py; the catalogue loader defers them to one refresh at the end with
``search_terms_deferred``). A stored generated ``SearchVectorField`` was the alternative, but a
generated column can only read its own row, and the text column works on SQLite too.

**Situation types.** An activity without situation types fits every type. Its search terms still
hold no type words: "burenruzie" finds the activities meant for a conflict between neighbours,
not the whole general part of the catalogue. The general ones are one click away: a search
naming a type offers the type filter (``?type=``), which lists the activities meant for it
*and* those that fit every type.

**Ranking.** PostgreSQL: Dutch full-text search with weights (name A; summary, keywords and the
terms B; description and steps C) on the GIN index of migration 0005. Other databases (SQLite):
every word must occur somewhere (as part of a word, so Dutch compounds are found); a match in
the name counts most, then the summary, keywords and terms, then the description and steps.
"""

import contextvars
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.http import QueryDict
from django.utils import timezone

from .models import Activity, Goal, SearchMiss, SituationType, TargetGroup

SEARCH_CONFIG = "dutch"
SEARCH_INDEX_NAME = "activity_search_idx"
# Words of at least this length also match as the start of a longer (compound) word.
PREFIX_MIN_LENGTH = 4
SEARCH_MISS_MAX_LENGTH = 100

_WEBSEARCH_OPERATORS = re.compile(r'"|(?:^|\s)-\w|\bor\b', re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_EXCLUDED = re.compile(r"(?:^|\s)-([^\W_]+)")
_ABBREVIATION = re.compile(r"\(([^()]+)\)")

# PostgreSQL's Dutch stop words (tsearch_data/dutch.stop): the Dutch configuration leaves them out
# of every document and query, so the SQLite search and the suggestions skip them as well.
_DUTCH_STOP_LIST = """de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
    hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar
    heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel
    meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt
    wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere"""
DUTCH_STOP_WORDS = frozenset(_DUTCH_STOP_LIST.split())


def fold(text: str) -> str:
    """Lower case without accents: "Oekraïners" -> "oekrainers", "één" -> "een"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# --- the terms an activity is found by ----------------------------------------------------------


def compose_search_terms(terms: Iterable[tuple[str, str]]) -> str:
    """The search text of (name, synonyms) pairs: one phrase a line, each once (whatever its
    case), and without accents as well when it has any, so "oekrainers" finds "Oekraïners"."""
    lines: list[str] = []
    seen: set[str] = set()
    for name, synonyms in terms:
        for phrase in [name, *synonyms.splitlines()]:
            phrase = " ".join(phrase.split())
            for variant in (phrase, fold(phrase)):
                if variant and variant.casefold() not in seen:
                    seen.add(variant.casefold())
                    lines.append(variant)
    return "\n".join(lines)


def search_terms_for(activity_ids: Iterable[int] | None) -> dict[int, str]:
    """The search terms of these activities (None: of every activity), from their target
    groups, goals and types, in one query; an activity without any gets ""."""
    relations = (
        (Activity.target_groups.through, "targetgroup__name", "targetgroup__synonyms"),
        (Activity.goals.through, "goal__name", Value("")),
        (Activity.situation_types.through, "situationtype__name", "situationtype__synonyms"),
    )
    ids = None if activity_ids is None else list(activity_ids)
    parts = []
    for order, (through, name, synonyms) in enumerate(relations):
        rows = through.objects.order_by()
        if ids is not None:
            rows = rows.filter(activity_id__in=ids)
        parts.append(rows.values_list("activity_id", Value(order), name, synonyms))
    found: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for activity_id, order, name, synonyms in parts[0].union(*parts[1:], all=True):
        found[activity_id].append((order, name, synonyms))
    if ids is None:
        ids = list(Activity.objects.values_list("pk", flat=True))
    return {
        pk: compose_search_terms((name, synonyms) for _order, name, synonyms in sorted(found[pk]))
        for pk in ids
    }


_deferred: contextvars.ContextVar[set | None] = contextvars.ContextVar("deferred", default=None)


def refresh_search_terms(activity_ids: Iterable[int], *, instance: Activity | None = None) -> None:
    """Recompute and store the search terms of these activities (two queries); also on
    ``instance`` when given. Inside ``search_terms_deferred`` it only notes that something
    changed. Writes with a plain UPDATE: no ``updated_at``, no audit entry, no signals."""
    ids = [pk for pk in activity_ids if pk is not None]
    if not ids:
        return
    pending = _deferred.get()
    if pending is not None:
        pending.update(ids)
        return
    terms = search_terms_for(ids)
    _store(terms)
    if instance is not None and instance.pk in terms:
        instance.search_terms = terms[instance.pk]


def refresh_all_search_terms() -> None:
    """Recompute every activity's search terms (after loading the catalogue, or to repair)."""
    _store(search_terms_for(None))


def _store(terms: dict[int, str]) -> None:
    Activity.objects.bulk_update(
        [Activity(pk=pk, search_terms=text) for pk, text in terms.items()],
        ["search_terms"],
        batch_size=500,
    )


@contextmanager
def search_terms_deferred() -> Iterator[None]:
    """Refresh every activity's search terms once at the end, if anything changed inside
    (for the catalogue loader, which writes many activities and terms at once)."""
    token = _deferred.set(set())
    try:
        yield
        changed = _deferred.get()
    finally:
        _deferred.reset(token)
    if changed:
        refresh_all_search_terms()


def term_activity_ids(term) -> list[int]:
    """The activities linked to a target group, goal or situation type."""
    return list(term.activities.values_list("pk", flat=True))


# --- searching ----------------------------------------------------------------------------------


def search_vector() -> SearchVector:
    """The weighted Dutch document of an activity. The GIN index of migration 0005 is built
    on exactly this expression; change both together (a PostgreSQL test checks the index is used).
    """
    return (
        SearchVector("name", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", "keywords", "search_terms", weight="B", config=SEARCH_CONFIG)
        + SearchVector("description", "steps", weight="C", config=SEARCH_CONFIG)
    )


def search_query(text: str) -> SearchQuery:
    """The Dutch full-text query for what someone typed.

    Plain words: every word must match, either as a Dutch stem ("bewoners" finds "bewoner") or,
    from four letters on, as the start of a word, because Dutch glues words together
    ("dialoog" finds "dialoogbijeenkomst", "buurt" finds "buurtschouw"). Stop words ("met",
    "voor") are left out, as the Dutch configuration leaves them out of the documents. Text
    with search syntax (quotes, -word, or) goes to websearch_to_tsquery as it is.
    """
    typed = words(text)
    if _WEBSEARCH_OPERATORS.search(text) or not typed:
        return SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    query = None
    for word in typed:
        part = SearchQuery(word, config=SEARCH_CONFIG, search_type="websearch")
        if len(word) >= PREFIX_MIN_LENGTH and word.lower() not in DUTCH_STOP_WORDS:
            part |= SearchQuery(f"{word.lower()}:*", config="simple", search_type="raw")
        query = part if query is None else query & part
    return query


# SQLite: how much a word counts in each field (the order of the weights above). A word counts
# in every field it occurs in, so an activity about it in several places ranks higher.
_FIELD_SCORES = {
    "name": 8,
    "summary": 4,
    "keywords": 4,
    "search_terms": 4,
    "description": 1,
    "steps": 1,
}
NAME_START_SCORE = 12  # the name starts with the word: "Buurtschouw" for "buurt"


def _contains(fields: Iterable[str], word: str) -> Q:
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": word})
    return condition


def _word_score(word: str) -> Case:
    return sum(
        (
            Case(
                *(
                    [When(name__istartswith=word, then=Value(NAME_START_SCORE))]
                    if field == "name"
                    else []
                ),
                When(_contains([field], word), then=Value(points)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for field, points in _FIELD_SCORES.items()
        ),
        start=Value(0),
    )


def _plain_search(queryset: QuerySet[Activity], text: str) -> QuerySet[Activity]:
    """Every word somewhere (as part of a word), none of the -words anywhere; the highest
    score first, then by name. Stop words are left out, as PostgreSQL does."""
    excluded = {word.lower() for word in _EXCLUDED.findall(text)}
    typed = [word for word in words(text) if word.lower() not in excluded]
    wanted = [word for word in typed if word.lower() not in DUTCH_STOP_WORDS]
    if not wanted:
        return queryset.none()  # only stop words: nothing to look for, as on PostgreSQL
    score = Value(0)
    for word in dict.fromkeys(wanted):
        queryset = queryset.filter(_contains(_FIELD_SCORES, word))
        score += _word_score(word)
    for word in excluded:
        queryset = queryset.exclude(_contains(_FIELD_SCORES, word))
    return queryset.annotate(search_score=score).order_by("-search_score", "name")


def search_activities(queryset: QuerySet[Activity], text: str) -> QuerySet[Activity]:
    """Narrow ``queryset`` to activities matching ``text``, best match first (see the module
    docstring). An empty text changes nothing."""
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
    return _plain_search(queryset, text)


# --- the filter a search suggests ---------------------------------------------------------------

TARGET_GROUP, GOAL, SITUATION_TYPE = "doelgroep", "doel", "type"
SUGGESTION_ORDER = (TARGET_GROUP, GOAL, SITUATION_TYPE)
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Term:
    """A target group, goal or situation type as the suggestions match it."""

    parameter: str  # the catalogue's filter parameter: doelgroep, doel or type
    slug: str
    name: str
    synonyms: str = ""

    def phrases(self) -> list[tuple[str, ...]]:
        """The folded word sequences that name it: its name, its abbreviation in brackets
        ("LVB" in "Mensen met … (LVB)") and every synonym."""
        texts = [self.name, *_ABBREVIATION.findall(self.name), *self.synonyms.splitlines()]
        phrases = []
        for text in texts:
            phrase = tuple(fold(word) for word in words(text))
            if phrase and phrase not in phrases:
                phrases.append(phrase)
        return phrases

    def vocabulary(self) -> set[str]:
        return {word for phrase in self.phrases() for word in phrase}


@dataclass(frozen=True)
class Suggestion:
    parameter: str
    slug: str
    name: str
    rest: str  # the typed words the filter does not cover, to keep searching for


def suggest_filters(text: str, terms: Iterable[Term]) -> list[Suggestion]:
    """The terms that ``text`` names: the whole search or a run of its words is the term's
    name, abbreviation or a synonym (case and accents do not matter; "lvb ontmoeting" names
    the LVB group). Each comes with the rest of the search: the typed words that are not the
    term's own words or stop words ("mensen met lvb" leaves nothing, "lvb ontmoeting" leaves
    "ontmoeting"). Target groups first, then goals, then types; at most three."""
    typed = words(text)
    folded = [fold(word) for word in typed]
    found = []
    for term in terms:
        matched = [phrase for phrase in term.phrases() if _contains_run(folded, phrase)]
        if not matched:
            continue
        own = term.vocabulary()
        rest = [
            word
            for word, key in zip(typed, folded, strict=True)
            if key not in own and key not in DUTCH_STOP_WORDS
        ]
        found.append(Suggestion(term.parameter, term.slug, term.name, " ".join(rest)))
    found.sort(key=lambda suggestion: SUGGESTION_ORDER.index(suggestion.parameter))
    return found[:MAX_SUGGESTIONS]


def _contains_run(folded: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(folded[i : i + size]) == phrase for i in range(len(folded) - size + 1))


def catalogue_terms() -> list[Term]:
    """Every target group, goal and situation type, in one query."""
    fields = ("slug", "name")
    groups = TargetGroup.objects.values_list(Value(TARGET_GROUP), *fields, "synonyms")
    goals = Goal.objects.values_list(Value(GOAL), *fields, Value(""))
    types = SituationType.objects.values_list(Value(SITUATION_TYPE), *fields, "synonyms")
    rows = groups.order_by().union(goals.order_by(), types.order_by(), all=True)
    return sorted((Term(*row) for row in rows), key=lambda term: (term.parameter, term.name))


def filter_suggestions(text: str, chosen: dict[str, list[str]]) -> list[Suggestion]:
    """The filters the search ``text`` suggests, without those already chosen (``chosen``
    maps a parameter to its chosen slugs). One query, none when there is no text."""
    if not words(text):
        return []
    suggestions = suggest_filters(text, catalogue_terms())
    return [s for s in suggestions if s.slug not in chosen.get(s.parameter, [])]


def suggestion_query(params: QueryDict, suggestion: Suggestion, kept: Iterable[str]) -> str:
    """The catalogue's query string with the suggested filter on: the other parameters in
    ``kept`` stay, the search keeps only ``suggestion.rest``, the page starts again at 1."""
    query = QueryDict(mutable=True)
    for name in kept:
        values = [value for value in params.getlist(name) if value.strip()]
        if values:
            query.setlist(name, values)
    query.pop("pagina", None)
    query.pop("q", None)
    if suggestion.rest:
        query["q"] = suggestion.rest
    if suggestion.parameter == SITUATION_TYPE:
        query[SITUATION_TYPE] = suggestion.slug  # one type at a time
    elif suggestion.slug not in query.getlist(suggestion.parameter):
        query.appendlist(suggestion.parameter, suggestion.slug)
    return query.urlencode()


# --- searches that found nothing ----------------------------------------------------------------


def search_miss_key(text: str) -> str:
    """How a miss is stored: lower case, spaces collapsed, at most 100 characters."""
    return " ".join(text.lower().split())[:SEARCH_MISS_MAX_LENGTH].strip()


def search_miss_record(*, text: str) -> bool:
    """Count a catalogue search that found nothing, for the curators.

    Call it only for a search the personal-data guard passed without any finding. As a second
    line of defence the guard looks again here: a search with anything it would refuse or hold
    is never stored (False). Safe under concurrency: the count goes up in one UPDATE, and two
    first misses at once end in one row counted twice (the loser of the INSERT updates)."""
    from wijkwerk.privacy.forms import scan

    key = search_miss_key(text)
    if not key or scan(text) or scan(key):
        return False
    now = timezone.now()
    counted = SearchMiss.objects.filter(query=key)
    if counted.update(count=F("count") + 1, last_searched_at=now):
        return True
    try:
        with transaction.atomic():
            SearchMiss.objects.create(query=key, count=1, last_searched_at=now)
    except IntegrityError:  # someone else stored it first, just now
        counted.update(count=F("count") + 1, last_searched_at=now)
    return True


def search_miss_note(*, text: str, found: int, narrowed: bool) -> bool:
    """After a catalogue search that the guard passed without any finding: count it as a miss
    when it found nothing. With other filters on (``narrowed``), only when the words alone find
    nothing in the whole catalogue either (one more query): then the words are what is missing,
    not the filters' fault. Returns whether it was counted."""
    if not text or found:
        return False
    if narrowed and search_activities(Activity.objects.filter(is_published=True), text).exists():
        return False
    return search_miss_record(text=text)
