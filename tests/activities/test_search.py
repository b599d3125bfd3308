"""Text search: Dutch full-text search on PostgreSQL, a contains-search on SQLite."""

import pytest
from django.db import connection

from activities.selectors import SEARCH_INDEX_NAME, published_activities, search_activities

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: SQLite has no Dutch full-text search (run python -m tests.run_suite)",
)
sqlite_only = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the contains-search is the fallback for SQLite"
)


def search(text):
    return [activity.slug for activity in search_activities(published_activities(), text)]


@pytest.fixture
def activities(db):
    return [
        ActivityFactory(
            slug="straatgesprek",
            name="Straatgesprek",
            summary="Een kort gesprek op straat.",
            description="Je spreekt een bewoner aan die je nog niet kent.",
            steps="Loop rond in de straat",
        ),
        ActivityFactory(
            slug="buurtschouw",
            name="Buurtschouw",
            summary="Samen door de buurt lopen en kijken wat opvalt.",
            description="Met bewoners en partners.",
            keywords="wandeling, rondgang",
        ),
        ActivityFactory(
            slug="dialoog",
            name="Dialoogbijeenkomst",
            summary="Praten en luisteren in kleine groepen.",
            description="Over wat er speelt in de buurt.",
        ),
        ActivityFactory(
            slug="concept",
            name="Concept over bewoners",
            summary="Nog niet af.",
            description="Bewoners en buurten.",
            is_published=False,
        ),
    ]


@postgres_only
class TestDutchFullTextSearch:
    def test_it_finds_other_forms_of_a_word_with_the_same_dutch_stem(self, activities):
        # "bewoners" and "bewoner" share the snowball stem "bewoner";
        # "buurten" and "buurt" share "buurt".
        assert search("bewoners") == ["buurtschouw", "straatgesprek"]
        assert search("buurten") == ["buurtschouw", "dialoog"]

    def test_buren_and_buurt_do_not_share_a_stem_so_buren_needs_a_search_word(self, activities):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT to_tsvector('dutch', 'buren')::text, to_tsquery('dutch', 'buurt')::text"
            )
            assert cursor.fetchone() == ("'bur':1", "'buurt'")
        assert search("buren") == []
        ActivityFactory(slug="koffie", name="Koffie in de straat", keywords="buren, buurtfeest")
        assert search("buren") == ["koffie"]

    def test_it_finds_the_start_of_a_dutch_compound_word(self, activities):
        assert search("dialoog") == ["dialoog"]  # Dialoogbijeenkomst
        assert search("dialoog groepen") == ["dialoog"]  # a compound and a stem together
        assert search("straat") == ["straatgesprek"]

    def test_it_ranks_a_match_in_the_name_above_one_in_the_description(self, activities):
        assert search("dialoog gesprek") == []  # every word must match
        assert search("gesprek")[0] == "straatgesprek"
        assert search("buurt") == ["buurtschouw", "dialoog"]  # name (A) before description (C)

    def test_it_understands_websearch_syntax(self, activities):
        assert search("buurt -wandeling") == ["dialoog"]
        assert search('"kleine groepen"') == ["dialoog"]
        assert sorted(search("straat or groepen")) == ["dialoog", "straatgesprek"]

    def test_it_never_finds_unpublished_activities(self, activities):
        assert "concept" not in search("concept bewoners")
        assert search("concept") == []

    @pytest.mark.parametrize("text", ["bewoners", "buurt -wandeling", "de"])
    def test_it_uses_the_gin_index(self, activities, text):
        queryset = search_activities(published_activities(), text)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        assert SEARCH_INDEX_NAME in queryset.explain()

    def test_stop_words_alone_find_nothing_without_an_error(self, activities):
        assert search("de het een") == []


@sqlite_only
class TestContainsSearch:
    def test_every_word_must_occur_somewhere(self, activities):
        assert search("straat") == ["straatgesprek"]
        assert search("buurt lopen") == ["buurtschouw"]
        assert search("rondgang") == ["buurtschouw"]  # a search word
        assert search("buurt straat") == []

    def test_it_ignores_upper_and_lower_case(self, activities):
        assert search("BUURTSCHOUW") == ["buurtschouw"]

    def test_it_never_finds_unpublished_activities(self, activities):
        assert search("concept") == []


def test_an_empty_search_changes_nothing(activities):
    assert len(search("   ")) == 3
