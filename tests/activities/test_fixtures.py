"""The real fixture files (format v2) in fixtures/: their shape, and that they load, dump and
load again unchanged. The content rules of the knowledge base are in test_catalogue_content.py."""

from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from activities.catalogue_io import dump_catalogue, load_catalogue, read_fixtures
from activities.models import (
    FIT_KEYS,
    LEVEL_NEUTRAL_KINDS,
    Activity,
    ContraIndication,
    LevelFit,
    Signal,
    SituationType,
)
from situations.triage import SITUATION_TYPES

LEVELS = ["ongemak", "spanning", "incidenten", "escalatie"]


@pytest.fixture(scope="module")
def fixtures():
    return read_fixtures(Path(settings.BASE_DIR) / "fixtures")


@pytest.fixture(scope="module")
def published(fixtures):
    return [a for a in fixtures[1]["activities"] if a["published"]]


def fit_of(activities, slug, key):
    (activity,) = [a for a in activities if a["slug"] == slug]
    return activity["fits"][key]["fit"]


def test_it_is_the_v2_format(fixtures):
    vocabulary, catalogue = fixtures
    assert list(vocabulary) == ["levels", "signals", "situation_types", "goals", "target_groups"]
    assert set(catalogue) <= {"activities", "retired"}


def test_it_has_the_four_levels_in_order_with_signals(fixtures):
    vocabulary = fixtures[0]
    levels = vocabulary["levels"]
    assert [level["slug"] for level in levels] == LEVELS
    assert [level["order"] for level in levels] == [1, 2, 3, 4]
    assert all("signals" not in level for level in levels)
    per_level = Counter(signal["level"] for signal in vocabulary["signals"])
    assert all(per_level[level] >= 10 for level in LEVELS), per_level


def test_aftercare_signals_belong_to_escalatie(fixtures):
    aftercare = [s for s in fixtures[0]["signals"] if s["phase"] == "aftercare"]
    assert aftercare and all(signal["level"] == "escalatie" for signal in aftercare)


def test_it_has_the_five_situation_types(fixtures):
    assert {t["slug"] for t in fixtures[0]["situation_types"]} == set(SITUATION_TYPES)


def test_fits_use_the_five_keys(published):
    for activity in published:
        assert set(activity["fits"]) <= set(FIT_KEYS), activity["slug"]
        if activity["kind"] not in LEVEL_NEUTRAL_KINDS:
            assert activity["fits"], activity["slug"]


def test_the_sources_examples_are_followed(published):
    assert fit_of(published, "buurt-bbq", "ongemak") == "recommended"
    assert fit_of(published, "buurt-bbq", "spanning") == "avoid"
    assert fit_of(published, "informatieavond", "spanning") == "avoid"
    assert fit_of(published, "dialoogbijeenkomst", "spanning") == "recommended"


@pytest.mark.django_db
def test_the_fixtures_load_into_the_database(fixtures):
    report = load_catalogue(*fixtures)
    published = Activity.objects.filter(is_published=True)
    assert published.count() >= 45
    assert not published.exclude(kind__in=LEVEL_NEUTRAL_KINDS).filter(fits__isnull=True).exists()
    assert (
        LevelFit.objects.filter(activity__slug="buurt-bbq", level="spanning").get().fit == "avoid"
    )
    assert LevelFit.objects.filter(phase="aftercare").exists()
    assert ContraIndication.objects.exists()
    assert Signal.objects.count() >= 40
    assert SituationType.objects.count() == 5
    assert report.total("kept") == report.total("updated") == 0
    assert not Activity.objects.filter(slug__in=report.retired, is_published=True).exists()


@pytest.mark.django_db
def test_the_fixtures_load_twice_and_dump_back_unchanged(fixtures):
    load_catalogue(*fixtures)
    again = load_catalogue(*fixtures)
    assert again.total("added") == again.total("kept") == again.total("updated") == 0
    assert again.retired == []
    dumped = dump_catalogue(fixtures)
    report = load_catalogue(*dumped)
    assert report.total("added") == report.total("kept") == report.total("updated") == 0
