"""The reflection models are plain data: no database needed."""

import pytest
from django.utils import translation

from reflections.prompts import KORTHAGEN, MODELS, SHORT, STARR, answer_errors, ordered_answers


def test_it_defines_three_models_with_unique_keys():
    assert list(MODELS) == ["starr", "korthagen", "short"]


@pytest.mark.parametrize(
    ("model", "labels"),
    [
        (STARR, ["Situatie", "Taak", "Actie", "Resultaat", "Reflectie"]),
        (
            KORTHAGEN,
            [
                "1. Handelen",
                "2. Terugblikken",
                "3. Bewustwording van wezenlijke aspecten",
                "4. Alternatieven ontwikkelen",
                "5. Uitproberen",
            ],
        ),
        (
            SHORT,
            ["Hoe verliep het gesprek?", "Wat deed jij?", "Wat werkte?", "Wat neem je mee?"],
        ),
    ],
)
def test_it_keeps_the_prompts_of_each_model_in_order_and_in_dutch(model, labels):
    with translation.override("nl"):
        assert [str(prompt.label) for prompt in model.prompts] == labels
        assert all(str(prompt.help_text) != "" for prompt in model.prompts)
        assert str(model.label) != ""


def test_prompt_keys_are_unique_within_each_model():
    for model in MODELS.values():
        assert len(set(model.prompt_keys)) == len(model.prompt_keys)


def test_it_accepts_partial_answers_for_a_draft():
    assert answer_errors("starr", {"situation": "Een avond in het buurthuis"}) == []
    assert answer_errors("starr", {}) == []


def test_it_refuses_answers_that_do_not_fit_the_model():
    assert answer_errors("starr", {"acting": "x"}) == ["unknown prompt 'acting'"]
    assert answer_errors("short", {"conversation": 3}) == [
        "the answer to 'conversation' is not text"
    ]
    assert answer_errors("starr", ["x"]) != []
    assert answer_errors("gibbs", {}) == ["unknown reflection model 'gibbs'"]


def test_ordered_answers_follow_the_model_and_fill_gaps():
    pairs = ordered_answers("short", {"what_worked": "Luisteren", "conversation": "Goed"})
    assert [(prompt.key, answer) for prompt, answer in pairs] == [
        ("conversation", "Goed"),
        ("own_part", ""),
        ("what_worked", "Luisteren"),
        ("take_along", ""),
    ]
