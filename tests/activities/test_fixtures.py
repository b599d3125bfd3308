"""The content rules of the curated catalogue in fixtures/, checked on the real files."""

from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from activities.catalogue_io import load_catalogue, read_fixtures
from activities.models import Activity, LevelFit

LEVELS = ["ongemak", "spanning", "incidenten", "escalatie"]


@pytest.fixture(scope="module")
def fixtures():
    return read_fixtures(Path(settings.BASE_DIR) / "fixtures")


@pytest.fixture(scope="module")
def published(fixtures):
    return [a for a in fixtures[1]["activities"] if a["published"]]


@pytest.fixture(scope="module")
def meeting_formats(published):
    return [a for a in published if a["kind"] == "meeting_format"]


def fit_of(activities, slug, level):
    (activity,) = [a for a in activities if a["slug"] == slug]
    return activity["fits"][level]["fit"]


def test_it_has_the_four_levels_in_order(fixtures):
    levels = fixtures[0]["levels"]
    assert [level["slug"] for level in levels] == LEVELS
    assert [level["order"] for level in levels] == [1, 2, 3, 4]
    assert all(level["signals"] for level in levels)


def test_it_has_enough_published_activities_of_each_kind(published):
    kinds = Counter(a["kind"] for a in published)
    assert len(published) >= 45
    assert kinds["meeting_format"] >= 20
    assert kinds["tool"] >= 10
    assert kinds["learning"] + kinds["reflection"] >= 12


def test_every_meeting_format_has_a_fit_for_all_four_levels(meeting_formats):
    for activity in meeting_formats:
        assert sorted(activity["fits"]) == sorted(LEVELS), activity["slug"]


def test_every_fit_has_a_reason(published):
    for activity in published:
        for level, fit in activity["fits"].items():
            assert fit["reason"].strip(), f"{activity['slug']} at {level}"


@pytest.mark.parametrize("level", LEVELS)
def test_each_level_has_enough_recommended_and_avoided_meeting_formats(meeting_formats, level):
    fits = Counter(a["fits"][level]["fit"] for a in meeting_formats)
    assert fits["recommended"] >= 5
    assert fits["avoid"] >= 3


def test_the_sources_examples_are_followed(published):
    assert fit_of(published, "buurt-bbq", "ongemak") == "recommended"
    assert fit_of(published, "buurt-bbq", "spanning") == "avoid"
    assert fit_of(published, "informatieavond", "spanning") == "avoid"
    assert fit_of(published, "dialoogbijeenkomst", "spanning") == "recommended"


def test_every_published_activity_is_complete(published):
    for activity in published:
        for name in ("name", "summary", "description", "evidence", "source_name"):
            assert activity[name].strip(), f"{activity['slug']}: {name}"
        assert activity["fits"], activity["slug"]
        assert activity["effort"] in {"low", "medium", "high"}


def test_every_goal_and_target_group_of_an_activity_exists(fixtures):
    vocabulary, catalogue = fixtures
    goals = {goal["slug"] for goal in vocabulary["goals"]}
    groups = {group["slug"] for group in vocabulary["target_groups"]}
    for activity in catalogue["activities"]:
        assert set(activity["goals"]) <= goals, activity["slug"]
        assert set(activity["target_groups"]) <= groups, activity["slug"]
        assert activity["goals"], f"{activity['slug']} has no goal"


def test_slugs_are_unique(fixtures):
    vocabulary, catalogue = fixtures
    for entries in (*vocabulary.values(), catalogue["activities"]):
        slugs = [entry["slug"] for entry in entries]
        assert len(slugs) == len(set(slugs))


@pytest.mark.django_db
def test_the_fixtures_load_into_the_database(fixtures):
    load_catalogue(*fixtures)
    assert Activity.objects.filter(is_published=True).count() >= 45
    assert not Activity.objects.filter(is_published=True, fits__isnull=True).exists()
    assert (
        LevelFit.objects.filter(activity__slug="buurt-bbq", level="spanning").get().fit == "avoid"
    )
