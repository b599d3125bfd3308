import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from reflections.models import Feedback, Reflection
from tests.reflections.factories import ReflectionFactory


def test_model_clean_accepts_answers_that_fit_the_model():
    reflection = ReflectionFactory.build(model="short", answers={"what_worked": "Luisteren"})
    reflection.clean()


def test_model_clean_refuses_answers_of_another_model():
    reflection = ReflectionFactory.build(model="short", answers={"situation": "Buurthuis"})
    with pytest.raises(ValidationError) as error:
        reflection.clean()
    assert "De antwoorden passen niet bij de vragen van dit reflectiemodel." in str(error.value)


@pytest.mark.parametrize("minutes", [0, 481])
def test_field_validation_refuses_minutes_outside_one_to_a_working_day(minutes):
    reflection = ReflectionFactory.build(minutes=minutes)
    with pytest.raises(ValidationError) as error:
        reflection.clean_fields(exclude=["author"])
    assert "minutes" in error.value.message_dict


@pytest.mark.parametrize(
    "field_values",
    [
        {"status": "klaar"},
        {"category": "cursus"},
        {"model": "gibbs"},
        {"minutes": 0},
        {"minutes": 481},
        {"title": ""},
    ],
)
def test_the_database_refuses_invalid_values(worker, field_values):
    with pytest.raises(IntegrityError), transaction.atomic():
        ReflectionFactory(author=worker, **field_values)


def test_the_database_refuses_feedback_without_text_unless_reviewing(worker):
    reflection = ReflectionFactory(author=worker, status="submitted")
    Feedback.objects.create(reflection=reflection, kind="reviewed", text="")
    for kind in ("comment", "returned"):
        with pytest.raises(IntegrityError), transaction.atomic():
            Feedback.objects.create(reflection=reflection, kind=kind, text="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Feedback.objects.create(reflection=reflection, kind="like", text="Top")


def test_answer_list_follows_the_prompts_in_order(worker):
    reflection = ReflectionFactory.build(
        model="starr", answers={"result": "Rustiger", "task": "Leiden"}
    )
    assert [(prompt.key, answer) for prompt, answer in reflection.answer_list] == [
        ("situation", ""),
        ("task", "Leiden"),
        ("action", ""),
        ("result", "Rustiger"),
        ("reflection", ""),
    ]
    assert reflection.is_complete is False


def test_deleting_the_situation_keeps_the_reflection(worker, situation):
    reflection = ReflectionFactory(author=worker, situation=situation)
    situation.delete()
    reflection.refresh_from_db()
    assert reflection.situation is None


def test_deleting_the_account_deletes_its_reflections(worker):
    ReflectionFactory(author=worker)
    worker.delete()
    assert Reflection.objects.count() == 0
