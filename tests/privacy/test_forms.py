"""The guard on the forms: hard identifiers are refused and possible names held, each with a
Dutch message that names what was found and where; everything typed stays in the form; a
"dit is geen persoon" confirmation is recorded without the words; search boxes refuse too."""

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from reflections.models import Feedback
from situations.models import Deployment, Observation, Situation
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import ActivityFactory
from tests.situations.formdata import situation_post
from wijkwerk.privacy.guard import scan
from wijkwerk.privacy.models import NotAPersonConfirmation

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

KINDS = [
    ("Je kunt haar mailen op buurvrouw@example.nl voor de sleutel.", "een e-mailadres"),
    ("Hij belt steeds vanaf 06-12345678 naar de corporatie.", "een telefoonnummer"),
    ("In de melding stond BSN 123456782 van de bewoner.", "een burgerservicenummer (BSN)"),
    ("De huur gaat naar NL91 ABNA 0417 1643 00 elke maand.", "een rekeningnummer (IBAN)"),
    ("De overlast komt uit de woning op 1234 AB 12.", "een adres met huisnummer"),
    ("De overlast komt van Kerkstraat 12 op de hoek.", "een adres met huisnummer"),
    ("Zij is geboren op 12-03-1985 en woont alleen.", "een geboortedatum"),
    ("Ahmed (15) gooit stenen naar de ramen.", "een leeftijd bij een naam"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_kind_in_the_description_is_refused_and_the_text_kept(
    login, worker, neighbourhood, levels, text, kind
):
    data = situation_post(neighbourhood, description=text, questions=["Mijn leervraag"])
    response = login(worker).post(reverse("situations:create"), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert f"In “Wat speelt er?” staan persoonsgegevens: {kind}" in content
    assert "Beschrijf de situatie in de wijk, niet de mensen" in content
    assert text in content  # kept in the textarea
    assert 'value="Mijn leervraag"' in content
    assert Situation.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "label"),
    [("title", "Titel"), ("themes", "Thema&#x27;s"), ("leervragen-0-text", "Leervraag 1")],
)
def test_the_message_names_the_field_where_it_was_found(
    login, worker, neighbourhood, levels, field, label
):
    data = situation_post(neighbourhood, questions=["Een gewone vraag"])
    data[field] = "bel 020-1234567"
    content = login(worker).post(reverse("situations:create"), data).content.decode()
    assert f"In “{label}” staan persoonsgegevens: een telefoonnummer (“020-1234567”)" in content
    assert Situation.objects.count() == 0


def test_several_kinds_in_one_field_are_all_named(login, worker, neighbourhood, levels):
    data = situation_post(neighbourhood, description="Mail a@example.nl of bel 06-12345678.")
    content = login(worker).post(reverse("situations:create"), data).content.decode()
    assert "een e-mailadres (“a@example.nl”), een telefoonnummer (“06-12345678”)" in content


def test_ordinary_text_passes(login, worker, neighbourhood, levels):
    data = situation_post(
        neighbourhood,
        description="In 2024 kwamen 3 van de 4 klachten uit de buurt aan de Kerkstraat (1234 AB).",
    )
    assert login(worker).post(reverse("situations:create"), data).status_code == 302


def test_the_edit_form_is_guarded_too(login, worker, situation):
    data = situation_post(situation=situation, description="Melding van info@example.org")
    response = login(worker).post(reverse("situations:update", args=[situation.pk]), data)
    assert "een e-mailadres" in response.content.decode()
    situation.refresh_from_db()
    assert "example.org" not in situation.description


def test_an_observation_note_is_guarded(login, worker, situation):
    response = login(worker).post(
        reverse("situations:observation_add", args=[situation.pk]),
        {"date": timezone.localdate().isoformat(), "level": "spanning", "note": "Bel 06-12345678"},
    )
    content = response.content.decode()
    assert "In “Notitie” staan persoonsgegevens: een telefoonnummer" in content
    assert "Bel 06-12345678" in content
    assert Observation.objects.count() == 0


def test_a_deployment_note_is_guarded(login, worker, situation):
    response = login(worker).post(
        reverse("situations:deployment_add", args=[situation.pk]),
        {
            "activity": ActivityFactory().pk,
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
            "note": "Afspraak met de bewoner van 1234AB 5",
        },
    )
    assert "een adres met huisnummer" in response.content.decode()
    assert Deployment.objects.count() == 0


# Possible names: held, confirmed or rephrased. -------------------------------------------

HELD = "Mevrouw Jansen klaagt over de scooters op het plein."


def _confirmation_value(content, field):
    match = re.search(rf'name="{field}_geen_persoon" value="([0-9a-f]+)"', content)
    assert match, "the 'Dit is geen persoon' checkbox is missing"
    return match.group(1)


def test_a_possible_name_is_held_with_the_words_and_a_checkbox(
    login, worker, neighbourhood, levels
):
    data = situation_post(neighbourhood, description=HELD, questions=["Mijn leervraag"])
    response = login(worker).post(reverse("situations:create"), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert (
        "In “Wat speelt er?” staat misschien de naam van een persoon: “Mevrouw Jansen”" in content
    )
    assert "Dit is geen persoon" in content
    assert HELD in content
    assert 'value="Mijn leervraag"' in content
    assert Situation.objects.count() == 0
    assert NotAPersonConfirmation.objects.count() == 0


def test_confirming_saves_and_records_who_where_and_when_but_not_the_words(
    login, worker, neighbourhood, levels
):
    client = login(worker)
    data = situation_post(neighbourhood, description=HELD)
    first = client.post(reverse("situations:create"), data).content.decode()
    data["description_geen_persoon"] = _confirmation_value(first, "description")
    response = client.post(reverse("situations:create"), data)
    assert response.status_code == 302
    assert Situation.objects.get().description == HELD
    (record,) = NotAPersonConfirmation.objects.all()
    assert (record.user, record.form, record.field, record.kind) == (
        worker,
        "situations.situation",
        "description",
        "name",
    )
    stored = " ".join(str(value) for value in NotAPersonConfirmation.objects.values_list())
    assert "Jansen" not in stored


def test_a_confirmation_only_covers_the_words_it_was_given_for(
    login, worker, neighbourhood, levels
):
    client = login(worker)
    data = situation_post(neighbourhood, description=HELD)
    first = client.post(reverse("situations:create"), data).content.decode()
    data["description_geen_persoon"] = _confirmation_value(first, "description")
    data["description"] = HELD + " Ook meneer Bakker doet mee."
    content = client.post(reverse("situations:create"), data).content.decode()
    assert "“meneer Bakker”" in content
    assert Situation.objects.count() == 0
    assert NotAPersonConfirmation.objects.count() == 0


def test_rephrasing_saves_without_a_confirmation(login, worker, neighbourhood, levels):
    client = login(worker)
    data = situation_post(neighbourhood, description=HELD)
    client.post(reverse("situations:create"), data)
    data["description"] = "Een buurvrouw klaagt over de scooters op het plein."
    assert client.post(reverse("situations:create"), data).status_code == 302
    assert NotAPersonConfirmation.objects.count() == 0


def test_a_hard_identifier_cannot_be_confirmed_away(login, worker, neighbourhood, levels):
    client = login(worker)
    text = "Mevrouw Jansen belt steeds vanaf 06-12345678."
    data = situation_post(neighbourhood, description=text)
    first = client.post(reverse("situations:create"), data).content.decode()
    assert "een telefoonnummer (“06-12345678”)" in first
    data["description_geen_persoon"] = _confirmation_value(first, "description")
    content = client.post(reverse("situations:create"), data).content.decode()
    assert "een telefoonnummer (“06-12345678”)" in content
    assert Situation.objects.count() == 0


def test_a_learning_question_in_the_formset_can_be_confirmed(login, worker, neighbourhood, levels):
    client = login(worker)
    question = "Hoe betrek ik Albert Dekker bij de buurtavond?"
    data = situation_post(neighbourhood, questions=[question])
    first = client.post(reverse("situations:create"), data).content.decode()
    assert "“Albert Dekker”" in first
    data["leervragen-0-text_geen_persoon"] = _confirmation_value(first, "leervragen-0-text")
    assert client.post(reverse("situations:create"), data).status_code == 302
    (record,) = NotAPersonConfirmation.objects.all()
    assert (record.form, record.field) == ("situations.learningquestion", "text")


def test_a_lead_confirms_a_name_in_feedback(login, lead, worker):
    reflection = ReflectionFactory(author=worker, status="submitted")
    client = login(lead)
    url = reverse("reflections:respond", args=[reflection.pk])
    text = "Mooi dat je de Willem Dekker-bokaal als voorbeeld noemt; ook Jan Dekker kan helpen."
    content = client.post(url, {"action": "comment", "text": text}).content.decode()
    assert "“Jan Dekker”" in content
    assert text in content
    assert Feedback.objects.count() == 0
    value = _confirmation_value(content, "text")
    response = client.post(url, {"action": "comment", "text": text, "text_geen_persoon": value})
    assert response.status_code == 302
    assert Feedback.objects.get().text == text
    assert NotAPersonConfirmation.objects.get().form == "reflections.feedback"


def test_the_advice_description_holds_a_name_and_keeps_the_text(login, worker, levels):
    text = "Buurman Henk en de jongeren op het plein botsen elke avond."
    client = login(worker)
    content = client.post(reverse("advice:questionnaire"), {"q": text}).content.decode()
    assert "“Buurman Henk”" in content
    assert text in content
    value = _confirmation_value(content, "q")
    response = client.post(reverse("advice:questionnaire"), {"q": text, "q_geen_persoon": value})
    assert "staat misschien de naam" not in response.content.decode()
    assert NotAPersonConfirmation.objects.get().form == "advice.description"


def test_the_teams_own_number_passes(login, worker, neighbourhood, levels, settings):
    from wijkwerk.privacy.forms import team_phone_numbers

    settings.WIJKWERK_TEAM_PHONE_NUMBERS = ["020-1234567"]
    team_phone_numbers.cache_clear()
    try:
        text = "Bewoners kunnen het wijkteam bellen op 020 123 45 67."
        data = situation_post(neighbourhood, description=text)
        assert login(worker).post(reverse("situations:create"), data).status_code == 302
    finally:
        team_phone_numbers.cache_clear()


# Search boxes -----------------------------------------------------------------------------


def test_a_situation_search_with_personal_data_is_not_run(login, worker, situation):
    response = login(worker).get(reverse("situations:list"), {"q": "06-12345678"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Niet gezocht: de zoekvraag bevat persoonsgegevens (een telefoonnummer" in content
    assert situation.title not in content


def test_a_situation_search_for_a_name_is_not_run(login, worker, situation):
    content = login(worker).get(reverse("situations:list"), {"q": "mevrouw Jansen"}).content
    assert "Niet gezocht" in content.decode()


def test_an_ordinary_situation_search_still_finds(login, worker, situation):
    content = login(worker).get(reverse("situations:list"), {"q": "portiek"}).content.decode()
    assert "Niet gezocht" not in content
    assert situation.title in content


def test_a_catalogue_search_with_personal_data_is_not_run(login, worker):
    ActivityFactory(name="Dialoogbijeenkomst", summary="Bewoners praten met elkaar.")
    response = login(worker).get(reverse("activities:list"), {"q": "jan@example.nl dialoog"})
    content = response.content.decode()
    assert "Niet gezocht: de zoekvraag bevat persoonsgegevens (een e-mailadres" in content
    assert "Dialoogbijeenkomst" not in content


def test_no_catalogue_name_or_search_word_looks_like_personal_data():
    """So every activity can be found by its name, and its words pass the search guard."""
    activities = json.loads((FIXTURES / "catalogue.json").read_text(encoding="utf-8"))
    words = [
        text
        for activity in activities["activities"]
        for text in (activity["name"], *activity["keywords"])
    ]
    assert len(words) > 100
    assert [text for text in words if scan(text)] == []


def test_the_advice_api_answers_400_for_a_held_name(login, worker, levels):
    response = login(worker).post(
        reverse("advice:questionnaire"),
        {"q": "Meneer Bakker en de jongeren botsen.", "niveau": "spanning", "format": "json"},
    )
    assert response.status_code == 400
    assert response.json()["parameter"] == "q"
    assert "“Meneer Bakker”" in response.json()["error"]


def test_a_reflection_answer_is_held_and_confirmed_under_its_own_field(login, worker):
    client = login(worker)
    url = reverse("reflections:create") + "?model=short"
    data = {
        "title": "Gesprek bij de bushalte",
        "date": "2025-04-02",
        "category": "reflectie",
        "minutes": "45",
        "answer_conversation": "Rustig, na een stroeve start.",
        "answer_own_part": "Ik vroeg Jan Dekker van de sporthal om mee te denken.",
        "answer_what_worked": "Stiltes laten vallen.",
        "answer_take_along": "Meer samenvatten.",
        "learning_points": "Geduld loont.",
    }
    content = client.post(url, data).content.decode()
    assert "“Jan Dekker”" in content
    # The checkbox follows its own answer, before the next answer's field.
    checkbox = content.index('name="answer_own_part_geen_persoon"')
    assert (
        content.index('name="answer_own_part"')
        < checkbox
        < content.index('name="answer_what_worked"')
    )
    data["answer_own_part_geen_persoon"] = _confirmation_value(content, "answer_own_part")
    assert client.post(url, data).status_code == 302
    record = NotAPersonConfirmation.objects.get()
    assert (record.form, record.field) == ("reflections.reflection", "answer_own_part")
