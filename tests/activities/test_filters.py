import pytest

from activities.filters import ActivityFilter
from activities.selectors import activities_for_list

from .factories import ActivityFactory, GoalFactory, all_levels

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
    assert list(form.fields) == ["q", "soort", "niveau", "past", "doel", "doelgroep", "inspanning"]
    assert str(form.fields["niveau"].label) == "Niveau"
    assert str(form.fields["past"].label) == "Past bij dit niveau"
    assert form.helper.form_tag is False
