import pytest

from activities.filters import ActivityFilter
from activities.models import Goal
from activities.selectors import activities_for_list

from .factories import (
    ActivityFactory,
    GoalFactory,
    SituationTypeFactory,
    TargetGroupFactory,
    all_levels,
)

pytestmark = pytest.mark.django_db


def slugs(data):
    activity_filter = ActivityFilter(data, queryset=activities_for_list())
    return [activity.slug for activity in activity_filter.qs]


@pytest.fixture
def activities(db):
    all_levels()
    goal = GoalFactory(slug="kennismaken")
    return [
        ActivityFactory(
            slug="bbq", name="A", goals=[goal], fits={"ongemak": "recommended", "spanning": "avoid"}
        ),
        ActivityFactory(
            slug="dialoog", name="B", fits={"ongemak": "avoid", "spanning": "recommended"}
        ),
    ]


def test_level_and_fit_must_hold_for_the_same_level(activities):
    # bbq is recommended somewhere and has a fit at spanning, but is not recommended at spanning.
    assert slugs({"niveau": "spanning", "past": "recommended"}) == ["dialoog"]
    assert slugs({"niveau": "ongemak", "past": "recommended"}) == ["bbq"]


def test_a_level_alone_finds_activities_assessed_at_that_level(activities):
    ActivityFactory(slug="alleen-escalatie", name="C", fits={"escalatie": "conditional"})
    assert slugs({"niveau": "spanning"}) == ["bbq", "dialoog"]
    assert slugs({"niveau": "escalatie"}) == ["alleen-escalatie"]


def test_goals_do_not_produce_duplicates(activities):
    other = GoalFactory(slug="ontmoeten")
    activities[0].goals.add(other)
    assert slugs({"doel": ["kennismaken", "ontmoeten"]}) == ["bbq"]


def test_the_form_has_dutch_labels_and_url_names():
    form = ActivityFilter({}).form
    assert list(form.fields) == [
        "q",
        "soort",
        "type",
        "niveau",
        "past",
        "doel",
        "doelgroep",
        "inspanning",
    ]
    assert str(form.fields["niveau"].label) == "Niveau"
    assert str(form.fields["past"].label) == "Past bij dit niveau"
    assert form.helper.form_tag is False


def test_escalatie_is_the_acute_phase_and_nazorg_the_aftercare(activities):
    ActivityFactory(slug="acuut", name="C", fits={"escalatie": "recommended"})
    ActivityFactory(slug="nazorg", name="D", fits={"escalatie": "avoid", "nazorg": "recommended"})
    assert slugs({"niveau": "escalatie"}) == ["acuut", "nazorg"]
    assert slugs({"niveau": "escalatie", "past": "recommended"}) == ["acuut"]
    assert slugs({"niveau": "nazorg"}) == ["nazorg"]
    assert slugs({"niveau": "nazorg", "past": "avoid"}) == []


def test_the_level_choices_put_the_aftercare_after_the_escalation(db):
    all_levels()
    choices = [value for value, _label in ActivityFilter({}).form.fields["niveau"].choices]
    assert choices == ["", "ongemak", "spanning", "incidenten", "escalatie", "nazorg"]


def test_level_neutral_items_fit_every_level_unless_an_avoid_or_condition_is_asked(activities):
    ActivityFactory(slug="reflectie", name="R", kind="reflection", fits={})
    ActivityFactory(slug="training", name="T", kind="learning", fits={"spanning": "avoid"})
    ActivityFactory(slug="tool-zonder", name="Z", kind="tool", fits={}, is_published=True)
    assert slugs({"niveau": "incidenten"}) == ["reflectie"]
    assert slugs({"niveau": "nazorg", "past": "recommended"}) == ["reflectie"]
    assert slugs({"niveau": "spanning", "past": "avoid"}) == ["bbq", "training"]
    assert slugs({"niveau": "ongemak", "past": "conditional"}) == []
    assert "reflectie" not in slugs({"past": "recommended"})


def test_a_type_finds_its_activities_and_the_general_ones(activities):
    neighbours = SituationTypeFactory(slug="burenconflict")
    groups = SituationTypeFactory(slug="tussen-groepen")
    ActivityFactory(slug="bemiddeling", name="E", situation_types=[neighbours])
    ActivityFactory(slug="beide", name="F", situation_types=[neighbours, groups])
    ActivityFactory(slug="groepen", name="G", situation_types=[groups])
    assert slugs({"type": "burenconflict"}) == ["bbq", "dialoog", "bemiddeling", "beide"]
    assert slugs({"type": "tussen-groepen"}) == ["bbq", "dialoog", "beide", "groepen"]
    assert len(slugs({})) == 5


def test_the_type_filter_is_labelled_in_dutch(db):
    from django.utils import translation
    from django.utils.translation import gettext

    form = ActivityFilter({}).form
    with translation.override("nl"):
        assert str(form.fields["type"].label) == gettext("Type of situation")


def test_the_search_runs_after_the_other_filters_and_ranks_within_them(activities):
    goal = Goal.objects.get(slug="kennismaken")
    goal.name = "Kennismaken"
    goal.save()
    ActivityFactory(slug="kennis", name="Kennismaken op straat", fits={"ongemak": "recommended"})
    # bbq is found by its goal "kennismaken"; the activity named after it ranks first.
    assert slugs({"q": "kennismaken"}) == ["kennis", "bbq"]
    assert slugs({"q": "kennismaken", "niveau": "spanning"}) == ["bbq"]


class TestWhatTheFilterTellsThePage:
    def test_a_passed_search_is_given_stripped(self, activities):
        activity_filter = ActivityFilter({"q": "  buurt  "}, queryset=activities_for_list())
        assert activity_filter.passed_search() == "buurt"

    @pytest.mark.parametrize("text", ["bel 06-12345678", "Jan de Vries", ""])
    def test_a_refused_held_or_empty_search_is_not_a_passed_search(self, activities, text):
        activity_filter = ActivityFilter({"q": text}, queryset=activities_for_list())
        assert activity_filter.passed_search() == ""
        assert list(activity_filter.qs) == ([] if text else list(activities_for_list()))

    def test_the_chosen_terms_and_how_many_other_filters_are_on(self, activities):
        TargetGroupFactory(slug="lvb")
        SituationTypeFactory(slug="burenconflict")
        data = {"q": "x", "doelgroep": ["lvb"], "doel": ["kennismaken"], "type": "burenconflict"}
        activity_filter = ActivityFilter(data, queryset=activities_for_list())
        assert activity_filter.chosen_terms() == {
            "doelgroep": ["lvb"],
            "doel": ["kennismaken"],
            "type": ["burenconflict"],
        }
        assert activity_filter.other_filter_count() == 3
        assert activity_filter.other_filter_errors() is False

    def test_a_wrong_value_counts_as_a_filter_with_an_error(self, activities):
        activity_filter = ActivityFilter({"niveau": "paniek"}, queryset=activities_for_list())
        assert activity_filter.other_filter_count() == 1
        assert activity_filter.other_filter_errors() is True
