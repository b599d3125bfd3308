import pytest
from django.db import IntegrityError, transaction

from activities.models import LevelFit

from .factories import (
    ActivityFactory,
    GoalFactory,
    LevelFactory,
    LevelFitFactory,
    SignalFactory,
)

pytestmark = pytest.mark.django_db


def test_it_allows_one_fit_per_activity_and_level():
    activity = ActivityFactory(fits={"ongemak": "recommended"})
    with pytest.raises(IntegrityError), transaction.atomic():
        LevelFitFactory(activity=activity, level=LevelFactory(slug="ongemak"), fit="avoid")
    assert activity.fits.count() == 1


def test_it_refuses_an_unknown_fit():
    activity = ActivityFactory(fits={})
    with pytest.raises(IntegrityError), transaction.atomic():
        LevelFit.objects.create(activity=activity, level=LevelFactory(), fit="maybe", reason="x")


def test_it_refuses_an_unknown_kind_or_effort():
    with pytest.raises(IntegrityError), transaction.atomic():
        ActivityFactory(kind="party")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActivityFactory(effort="enormous")


def test_slugs_are_unique():
    ActivityFactory(slug="buurt-bbq")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActivityFactory(slug="buurt-bbq")
    GoalFactory(slug="kennismaken", name="Kennismaken")
    with pytest.raises(IntegrityError), transaction.atomic():
        GoalFactory._meta.model.objects.create(slug="kennismaken", name="Anders")


def test_a_level_cannot_be_deleted_while_activities_use_it():
    from django.db.models import ProtectedError

    ActivityFactory(fits={"spanning": "avoid"})
    with pytest.raises(ProtectedError):
        LevelFactory(slug="spanning").delete()


def test_the_lists_split_into_lines():
    signal = SignalFactory.build(synonyms="Ruzie op straat\n\n  Klachten bij de corporatie ")
    assert signal.synonym_list == ["Ruzie op straat", "Klachten bij de corporatie"]
    activity = ActivityFactory.build(steps="Eerst dit\nDan dat\n")
    assert activity.step_list == ["Eerst dit", "Dan dat"]


def test_the_public_page_is_under_activiteiten():
    assert ActivityFactory.build(slug="buurt-bbq").get_absolute_url() == "/activiteiten/buurt-bbq/"
