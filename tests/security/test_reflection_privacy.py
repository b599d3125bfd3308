"""The personal-data guard on reflections: answers, learning points, title and a lead's
feedback are refused when they hold personal data of residents, with a Dutch message that
names the kind and the field; everything typed stays in the form and nothing is saved."""

import pytest
from django.urls import reverse

from reflections.models import Feedback, Reflection
from tests.reflections.factories import ReflectionFactory

KINDS = [
    ("Ik mailde haar op buurvrouw@example.nl over de avond.", "een e-mailadres"),
    ("Hij belde me later op 06-12345678 terug.", "een telefoonnummer"),
    ("In het dossier stond BSN 123456782.", "een burgerservicenummer (BSN)"),
    ("Ze vroeg hulp met NL91 ABNA 0417 1643 00.", "een rekeningnummer (IBAN)"),
    ("Het gesprek was bij 1234 AB 12 aan de deur.", "een adres met huisnummer"),
    ("Het gesprek was op Kerkstraat 12 in de keuken.", "een adres met huisnummer"),
]
ADVICE = "Schrijf geen gegevens van bewoners op"


def _short(**overrides):
    data = {
        "title": "Gesprek bij de bushalte",
        "date": "2025-04-02",
        "category": "reflectie",
        "minutes": "45",
        "answer_conversation": "Rustig, na een stroeve start.",
        "answer_own_part": "Ik vroeg door.",
        "answer_what_worked": "Stiltes laten vallen.",
        "answer_take_along": "Meer samenvatten.",
        "learning_points": "Geduld loont.",
    }
    data.update(overrides)
    return data


def _create(client, **overrides):
    return client.post(reverse("reflections:create") + "?model=short", _short(**overrides))


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_kind_in_an_answer_is_refused_and_everything_kept(login, worker, text, kind):
    response = _create(login(worker), answer_own_part=text)
    content = response.content.decode()
    assert response.status_code == 200
    assert f"In “Wat deed jij?” staan persoonsgegevens: {kind}" in content
    assert ADVICE in content
    assert text in content  # kept in its textarea
    assert "Rustig, na een stroeve start." in content  # and the other answers too
    assert Reflection.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "label"),
    [("title", "Titel"), ("learning_points", "Leerpunten"), ("answer_take_along", None)],
)
def test_title_learning_points_and_every_answer_are_guarded(login, worker, field, label):
    response = _create(login(worker), **{field: "Bellen naar 06-12345678 hielp."})
    content = response.content.decode()
    assert "staan persoonsgegevens: een telefoonnummer" in content
    if label:
        assert f"In “{label}” staan persoonsgegevens" in content
    assert Reflection.objects.count() == 0


def test_several_kinds_in_one_answer_are_all_named(login, worker):
    text = "Mail a@example.nl of bel 06-12345678."
    content = _create(login(worker), answer_conversation=text).content.decode()
    assert "een e-mailadres (“a@example.nl”), een telefoonnummer (“06-12345678”)" in content


def test_ordinary_reflections_pass(login, worker):
    text = "Op 12-03-2025 om 19.30 uur kwamen 3 van de 4 bewoners van de Kerkstraat."
    response = _create(login(worker), answer_conversation=text)
    assert response.status_code == 302
    assert Reflection.objects.get().answers["conversation"] == text


def test_editing_a_returned_reflection_is_guarded_too(login, worker):
    reflection = ReflectionFactory(author=worker, model="short", status="returned", answers={})
    response = login(worker).post(
        reverse("reflections:update", args=[reflection.pk]),
        _short(learning_points="Volgende keer bel ik 020-1234567 eerder."),
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "In “Leerpunten” staan persoonsgegevens: een telefoonnummer" in content
    assert "Volgende keer bel ik 020-1234567 eerder." in content
    reflection.refresh_from_db()
    assert reflection.learning_points == "Eerst luisteren, dan pas voorstellen doen."


@pytest.mark.parametrize("action", ["comment", "return", "review"])
def test_a_leads_feedback_is_guarded(login, lead, worker, action):
    from django.utils.translation import gettext

    reflection = ReflectionFactory(author=worker, status="submitted")
    text = "Bel de bewoner op 06-12345678 nog eens."
    response = login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]), {"action": action, "text": text}
    )
    content = response.content.decode()
    assert response.status_code == 200
    label = gettext("Your feedback")
    assert f"In “{label}” staan persoonsgegevens: een telefoonnummer" in content
    assert text in content
    assert Feedback.objects.count() == 0
    reflection.refresh_from_db()
    assert reflection.status == "submitted"


# Every free-text field of every form that teams and leads write in is guarded.


def _free_text_fields(form):
    from django import forms

    return {
        name
        for name, field in form.fields.items()
        if type(field) is forms.CharField and not field.widget.is_hidden
    }


def test_every_free_text_field_is_guarded(worker, levels):
    from advice.forms import AdviceForm
    from reflections.forms import LeadResponseForm, ReflectionForm
    from reflections.prompts import MODELS
    from situations.forms import (
        DeploymentForm,
        LearningQuestionForm,
        ObservationForm,
        SituationForm,
    )

    reflection = ReflectionFactory(author=worker)
    forms = [
        SituationForm(user=worker),
        LearningQuestionForm(),
        ObservationForm(),
        DeploymentForm(),
        AdviceForm(),
        LeadResponseForm(reflection=reflection),
    ] + [ReflectionForm(user=worker, reflection_model=model) for model in MODELS.values()]
    for form in forms:
        free_text = _free_text_fields(form)
        assert free_text, type(form).__name__
        assert free_text <= set(form.privacy_fields), (type(form).__name__, free_text)
