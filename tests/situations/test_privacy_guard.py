"""The privacy guard on the forms: each kind of personal data is refused, with a Dutch message
naming the kind and the field, and everything typed stays in the form."""

import pytest
from django.urls import reverse
from django.utils import timezone

from situations.models import Deployment, Observation, Situation
from tests.situations.factories import ActivityFactory
from tests.situations.formdata import situation_post

KINDS = [
    ("Je kunt haar mailen op buurvrouw@example.nl voor de sleutel.", "een e-mailadres"),
    ("Hij belt steeds vanaf 06-12345678 naar de corporatie.", "een telefoonnummer"),
    ("In de melding stond BSN 123456782 van de bewoner.", "een burgerservicenummer (BSN)"),
    ("De huur gaat naar NL91 ABNA 0417 1643 00 elke maand.", "een rekeningnummer (IBAN)"),
    ("De overlast komt uit de woning op 1234 AB 12.", "een postcode met huisnummer"),
    ("De overlast komt van Kerkstraat 12 op de hoek.", "een straatnaam met huisnummer"),
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
    assert "een postcode met huisnummer" in response.content.decode()
    assert Deployment.objects.count() == 0
