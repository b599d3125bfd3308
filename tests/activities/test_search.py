"""The catalogue search: Dutch full-text search on PostgreSQL, a scored contains-search on SQLite;
both find an activity by its target groups, goals and situation types too."""

import pytest
from django.db import connection
from django.http import QueryDict

from activities import search as search_module
from activities.catalogue_io import load_catalogue
from activities.models import Activity
from activities.search import (
    SEARCH_INDEX_NAME,
    Suggestion,
    Term,
    compose_search_terms,
    filter_suggestions,
    search_activities,
    suggest_filters,
    suggestion_query,
)
from activities.selectors import published_activities

from .factories import (
    ActivityFactory,
    GoalFactory,
    SituationTypeFactory,
    TargetGroupFactory,
    all_levels,
)
from .test_catalogue_io import activity as fixture_activity
from .test_catalogue_io import catalogue as fixture_catalogue
from .test_catalogue_io import vocabulary as fixture_vocabulary

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: SQLite has no Dutch full-text search (run python -m tests.run_suite)",
)
sqlite_only = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the contains-search is the fallback for SQLite"
)

LVB_SYNONYMS = "licht verstandelijke beperking\nlvb\nzwakbegaafd\nlvb'er"


def search(text):
    return [activity.slug for activity in search_activities(published_activities(), text)]


def terms_of(activity):
    return Activity.objects.get(pk=activity.pk).search_terms


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


@pytest.fixture
def lvb(db):
    """The LVB target group as the vocabulary has it, on three activities; one more activity
    only mentions LVB in its description, one mentions nothing."""
    group = TargetGroupFactory(
        slug="lvb",
        name="Mensen met een licht verstandelijke beperking (LVB)",
        synonyms=LVB_SYNONYMS,
    )
    return {
        "group": group,
        "linked": [
            ActivityFactory(slug="genogram", name="Genogram", target_groups=[group]),
            ActivityFactory(slug="buurtcirkel", name="Buurtcirkel", target_groups=[group]),
            ActivityFactory(slug="scil", name="SCIL-screener (LVB)", target_groups=[group]),
        ],
        "mentioned": ActivityFactory(
            slug="psycho-educatie",
            name="Psycho-educatie",
            description="Uitleg aan buren, bijvoorbeeld over een bewoner met LVB.",
        ),
        "other": ActivityFactory(slug="koffie", name="Koffie-ochtend"),
    }


@postgres_only
@pytest.mark.django_db
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

    @pytest.mark.parametrize("text", ["bewoners", "buurt -wandeling", "de", "mensen met lvb"])
    def test_it_uses_the_gin_index(self, activities, text):
        queryset = search_activities(published_activities(), text)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        assert SEARCH_INDEX_NAME in queryset.explain()

    def test_stop_words_alone_find_nothing_without_an_error(self, activities):
        assert search("de het een") == []

    def test_a_long_stop_word_is_not_required_as_the_start_of_a_word(self, activities):
        # "voor" is a Dutch stop word: no document holds it, so "voor:*" must not be required.
        assert search("gesprek voor straat") == ["straatgesprek"]

    def test_a_target_group_ranks_below_the_name_and_above_the_description(self, lvb):
        found = search("lvb")
        assert found[0] == "scil"  # in the name (A) and its target group (B)
        assert set(found[1:3]) == {"genogram", "buurtcirkel"}  # the target group (B)
        assert found[3] == "psycho-educatie"  # only the description (C)


@sqlite_only
@pytest.mark.django_db
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

    def test_it_finds_part_of_a_dutch_compound_word(self, activities):
        assert search("dialoog") == ["dialoog"]  # Dialoogbijeenkomst
        assert search("schouw") == ["buurtschouw"]

    def test_it_ranks_the_name_above_the_summary_above_the_description(self, activities):
        # Buurtschouw: the name starts with it; Dialoogbijeenkomst: only the description.
        assert search("buurt") == ["buurtschouw", "dialoog"]
        ActivityFactory(slug="kaart", name="Kaart van de buurt", summary="Over de buurt.")
        assert search("buurt") == ["buurtschouw", "kaart", "dialoog"]

    def test_words_with_a_minus_are_left_out_and_quotes_are_ignored(self, activities):
        assert search("buurt -wandeling") == ["dialoog"]
        assert search('"kleine groepen"') == ["dialoog"]

    def test_stop_words_are_not_required_and_alone_find_nothing(self, activities):
        assert search("gesprek op de straat") == ["straatgesprek"]
        assert search("de het een") == []

    def test_a_target_group_ranks_below_the_name_and_above_the_description(self, lvb):
        found = search("lvb")
        assert found[0] == "scil"
        assert set(found[1:3]) == {"genogram", "buurtcirkel"}
        assert found[3] == "psycho-educatie"


@pytest.mark.django_db
class TestFoundByTermsOnEveryDatabase:
    def test_lvb_finds_every_activity_for_the_lvb_group(self, lvb):
        found = search("lvb")
        assert set(found) == {"genogram", "buurtcirkel", "scil", "psycho-educatie"}
        assert "koffie" not in found

    @pytest.mark.parametrize(
        "text",
        [
            "Mensen met een licht verstandelijke beperking (LVB)",  # the name as it is
            "mensen met LVB",
            "licht verstandelijke beperking",  # a synonym
            "zwakbegaafd",
            "LVB'er",
        ],
    )
    def test_a_target_groups_name_or_synonym_finds_its_activities(self, lvb, text):
        assert {"genogram", "buurtcirkel", "scil"} <= set(search(text))

    def test_a_word_may_match_the_group_and_another_the_activity(self, lvb):
        assert search("lvb buurt") == ["buurtcirkel"]

    def test_a_goal_finds_its_activities(self, db):
        goal = GoalFactory(slug="kennismaken", name="Kennismaken")
        ActivityFactory(slug="bbq", name="Buurt-bbq", goals=[goal])
        ActivityFactory(slug="schouw", name="Buurtschouw")
        assert search("kennismaken") == ["bbq"]

    def test_a_situation_type_finds_only_the_activities_meant_for_it(self, db):
        """An activity without types fits every type, but is not found by a type's words: the
        type filter, which the page offers, shows those too."""
        neighbours = SituationTypeFactory(slug="burenconflict", synonyms="burenruzie")
        ActivityFactory(slug="bemiddeling", name="Buurtbemiddeling", situation_types=[neighbours])
        ActivityFactory(slug="wandeling", name="Wijkwandeling")
        assert search("burenruzie") == ["bemiddeling"]

    def test_accents_do_not_matter_in_the_terms(self, db):
        group = TargetGroupFactory(slug="statushouders", synonyms="Oekraïners\nSyriërs")
        ActivityFactory(slug="taalcafe", name="Taalcafé", target_groups=[group])
        assert search("oekrainers") == ["taalcafe"]
        assert search("Oekraïners") == ["taalcafe"]


class TestComposeSearchTerms:
    def test_one_phrase_a_line_each_once_and_without_accents_too(self):
        text = compose_search_terms(
            [
                ("Mensen met LVB", "lvb\nLVB\n  licht   verstandelijk  "),
                ("Statushouders", "Syriërs"),
            ]
        )
        assert text.splitlines() == [
            "Mensen met LVB",
            "lvb",
            "licht verstandelijk",
            "Statushouders",
            "Syriërs",
            "syriers",
        ]

    def test_nothing_gives_an_empty_text(self):
        assert compose_search_terms([]) == ""


@pytest.mark.django_db
class TestSearchTermsStayUpToDate:
    def test_adding_and_removing_a_target_group_on_the_activity(self, db):
        group = TargetGroupFactory(name="Jongeren", synonyms="hangjongeren")
        activity = ActivityFactory()
        assert terms_of(activity) == ""
        activity.target_groups.add(group)
        assert terms_of(activity) == "Jongeren\nhangjongeren"
        assert activity.search_terms == "Jongeren\nhangjongeren"  # the instance too
        activity.target_groups.remove(group)
        assert terms_of(activity) == ""

    def test_adding_and_clearing_from_the_terms_side(self, db):
        goal = GoalFactory(name="Kennismaken")
        first, second = ActivityFactory(), ActivityFactory()
        goal.activities.add(first, second)
        assert terms_of(first) == terms_of(second) == "Kennismaken"
        goal.activities.clear()
        assert terms_of(first) == terms_of(second) == ""

    def test_renaming_a_term_or_changing_its_synonyms(self, db):
        kind = SituationTypeFactory(slug="burenconflict", name="Conflict tussen buren", synonyms="")
        activity = ActivityFactory(situation_types=[kind])
        kind.name = "Ruzie tussen buren"
        kind.synonyms = "burenruzie"
        kind.save()
        assert terms_of(activity) == "Ruzie tussen buren\nburenruzie"

    def test_deleting_a_term(self, db):
        goal, other = GoalFactory(name="Kennismaken"), GoalFactory(name="De-escaleren")
        activity = ActivityFactory(goals=[goal, other])
        goal.delete()
        assert terms_of(activity) == "De-escaleren"

    def test_saving_a_stale_copy_of_the_activity_does_not_undo_it(self, db):
        group = TargetGroupFactory(name="Ouderen")
        activity = ActivityFactory()
        stale = Activity.objects.get(pk=activity.pk)
        activity.target_groups.add(group)
        stale.summary = "Nieuwe samenvatting."
        stale.save()
        assert terms_of(activity) == "Ouderen"

    def test_a_refresh_costs_two_queries_and_a_full_one_repairs_every_row(
        self, db, django_assert_num_queries
    ):
        group = TargetGroupFactory(name="Ouderen")
        first, second = ActivityFactory(target_groups=[group]), ActivityFactory()
        Activity.objects.update(search_terms="kapot")
        with django_assert_num_queries(2):  # the terms (one UNION), one UPDATE
            search_module.refresh_search_terms([first.pk])
        assert terms_of(first) == "Ouderen" and terms_of(second) == "kapot"
        search_module.refresh_all_search_terms()
        assert terms_of(second) == ""

    def test_target_groups_goals_and_types_in_that_order(self, db):
        activity = ActivityFactory(
            goals=[GoalFactory(name="Kennismaken")],
            target_groups=[TargetGroupFactory(name="Ouderen", synonyms="senioren")],
            situation_types=[SituationTypeFactory(slug="x", name="Tussen groepen", synonyms="")],
        )
        assert terms_of(activity) == "Ouderen\nsenioren\nKennismaken\nTussen groepen"

    def test_the_catalogue_loader_fills_them_and_refreshes_them_once(self, db):
        load_catalogue(fixture_vocabulary(), fixture_catalogue())
        bbq = Activity.objects.get(slug="buurt-bbq")
        assert bbq.search_terms.splitlines() == [
            "Jongeren",
            "jeugd",
            "Ouderen",
            "senioren",
            "bejaarden",
            "Kennismaken",
            "Conflict tussen buren",
            "Spanning tussen groepen",
            "groepen",
            "clubjes",
        ]
        vocabulary = fixture_vocabulary()
        vocabulary["target_groups"][0]["synonyms"] = ["jeugd", "pubers"]
        changed = fixture_catalogue(fixture_activity(target_groups=["jongeren"]))
        load_catalogue(vocabulary, changed, overwrite=True)
        assert "pubers" in terms_of(bbq) and "Ouderen" not in terms_of(bbq)
        # The other activity was not in the fixture this time, but its group changed too.
        assert search("pubers") == ["buurt-bbq", "dialoogbijeenkomst"]

    def test_the_loader_refreshes_nothing_when_nothing_changed(self, db, monkeypatch):
        load_catalogue(fixture_vocabulary(), fixture_catalogue())
        calls = []
        monkeypatch.setattr(search_module, "refresh_all_search_terms", lambda: calls.append(1))
        load_catalogue(fixture_vocabulary(), fixture_catalogue())
        assert calls == []

    def test_saving_the_activity_in_the_admin(self, db, login, curator):
        from .test_admin import activity_form

        all_levels()
        group = TargetGroupFactory(name="Mensen met dementie", synonyms="alzheimer")
        client = login(curator)
        data = activity_form(target_groups=[str(group.pk)], kind="learning")
        response = client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 302, response.context["errors"]
        assert Activity.objects.get(slug="straatgesprek").search_terms == (
            "Mensen met dementie\nalzheimer"
        )
        assert search("alzheimer") == ["straatgesprek"]


class TestSuggestFilters:
    TERMS = [
        Term(
            "doelgroep", "lvb", "Mensen met een licht verstandelijke beperking (LVB)", "zwakbegaafd"
        ),
        Term("doelgroep", "jongeren", "Jongeren", "hangjongeren\npubers"),
        Term("doelgroep", "statushouders", "Statushouders", "Oekraïners"),
        Term("doel", "kennismaken", "Kennismaken"),
        Term("type", "tussen-groepen", "Spanning tussen groepen", "jongeren en ouderen"),
    ]

    def suggest(self, text):
        return [(s.parameter, s.slug, s.rest) for s in suggest_filters(text, self.TERMS)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("lvb", [("doelgroep", "lvb", "")]),  # the abbreviation in brackets
            ("LVB", [("doelgroep", "lvb", "")]),
            ("mensen met LVB", [("doelgroep", "lvb", "")]),  # words of its name, stop words
            ("Mensen met een licht verstandelijke beperking (LVB)", [("doelgroep", "lvb", "")]),
            ("lvb ontmoeting", [("doelgroep", "lvb", "ontmoeting")]),
            ("zwakbegaafd", [("doelgroep", "lvb", "")]),  # a synonym
            ("oekrainers", [("doelgroep", "statushouders", "")]),  # accents do not matter
            ("Kennismaken", [("doel", "kennismaken", "")]),
            ("pubers buurt", [("doelgroep", "jongeren", "buurt")]),
            ("dialoog", []),
            ("mensen", []),  # a word of a name is not the name
            ("", []),
        ],
    )
    def test_it_finds_the_terms_a_search_names(self, text, expected):
        assert self.suggest(text) == expected

    def test_target_groups_come_first_then_goals_then_types_at_most_three(self):
        found = self.suggest("jongeren en ouderen kennismaken lvb")
        assert [parameter for parameter, _slug, _rest in found] == [
            "doelgroep",
            "doelgroep",
            "doel",
        ]


class TestSuggestionQuery:
    def test_it_adds_the_filter_keeps_the_others_and_the_rest_of_the_search(self):
        params = QueryDict("q=lvb+ontmoeting&soort=tool&doelgroep=ouderen&pagina=3&evil=1")
        suggestion = Suggestion("doelgroep", "lvb", "Mensen met LVB", "ontmoeting")
        query = QueryDict(suggestion_query(params, suggestion, ["q", "soort", "doelgroep"]))
        assert query.getlist("doelgroep") == ["ouderen", "lvb"]
        assert query["q"] == "ontmoeting" and query["soort"] == "tool"
        assert "pagina" not in query and "evil" not in query

    def test_without_a_rest_the_search_is_dropped_and_a_type_replaces_the_type(self):
        params = QueryDict("q=burenruzie&type=tussen-groepen")
        suggestion = Suggestion("type", "burenconflict", "Conflict tussen buren", "")
        assert suggestion_query(params, suggestion, ["q", "type"]) == "type=burenconflict"


@pytest.mark.django_db
class TestFilterSuggestions:
    def test_it_reads_the_terms_in_one_query_and_leaves_out_chosen_ones(
        self, lvb, django_assert_num_queries
    ):
        GoalFactory(slug="kennismaken", name="Kennismaken")
        with django_assert_num_queries(1):
            found = filter_suggestions("lvb kennismaken", {})
        assert [(s.parameter, s.slug) for s in found] == [
            ("doelgroep", "lvb"),
            ("doel", "kennismaken"),
        ]
        assert [s.slug for s in filter_suggestions("lvb", {"doelgroep": ["lvb"]})] == []

    def test_no_words_no_query(self, db, django_assert_num_queries):
        with django_assert_num_queries(0):
            assert filter_suggestions("  ", {}) == []


@pytest.mark.django_db
def test_an_empty_search_changes_nothing(activities):
    assert len(search("   ")) == 3
