"""The personal-data guard in a browser: a hard identifier is refused, a possible name is held
and then confirmed or rephrased, and nothing typed is lost on the way."""

import pytest
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_worker
from tests.situations.factories import NeighbourhoodFactory, all_levels
from wijkwerk.privacy.models import NotAPersonConfirmation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TITLE = "Scooters op het plein"


def fill_new_situation(page, description):
    page.goto("/situaties/nieuw/")
    page.get_by_label("Titel").fill(TITLE)
    page.get_by_label("Wijk").select_option(label="Molenkwartier (Voorbeeldstad)")
    page.get_by_label("Wat speelt er?").fill(description)
    page.get_by_label("Spanning", exact=True).check()
    page.get_by_label("Leervraag 1", exact=True).fill("Hoe krijg ik de jongeren aan tafel?")


@pytest.fixture
def worker_page(page, log_in):
    all_levels()
    team = TeamFactory(name="Wijkteam Oost")
    NeighbourhoodFactory(name="Molenkwartier", municipality="Voorbeeldstad", teams=[team])
    log_in(make_worker(team, username="sanne", first_name="Sanne"))
    return page


def test_a_phone_number_is_refused_and_everything_typed_stays(worker_page):
    page = worker_page
    text = "Een buurvrouw belt steeds vanaf O6-l2345678 over de scooters."
    fill_new_situation(page, text)
    page.get_by_role("button", name="Situatie opslaan").click()

    description = page.get_by_label("Wat speelt er?")
    expect(description).to_have_value(text)
    expect(description).to_have_attribute("aria-invalid", "true")
    # Said at the field and in the summary at the top of the form.
    expect(page.get_by_text("een telefoonnummer (“O6-l2345678”)")).to_have_count(2)
    expect(page.get_by_text("een telefoonnummer (“O6-l2345678”)").first).to_be_visible()
    expect(page.get_by_label("Titel")).to_have_value(TITLE)
    expect(page.get_by_label("Leervraag 1", exact=True)).to_have_value(
        "Hoe krijg ik de jongeren aan tafel?"
    )
    expect(page.get_by_label("Dit is geen persoon")).to_have_count(0)


def test_a_possible_name_is_held_then_confirmed(worker_page):
    page = worker_page
    text = "Bij sporthal Jan Dekker hangen de jongeren rond."
    fill_new_situation(page, text)
    page.get_by_role("button", name="Situatie opslaan").click()

    held = page.get_by_text("staat misschien de naam van een persoon: “Jan Dekker”")
    expect(held.first).to_be_visible()
    expect(page.get_by_label("Wat speelt er?")).to_have_value(text)
    confirm = page.get_by_label("Dit is geen persoon")
    expect(confirm).not_to_be_checked()
    confirm.check()
    page.get_by_role("button", name="Situatie opslaan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    record = NotAPersonConfirmation.objects.get()
    assert (record.user.username, record.field) == ("sanne", "description")


def test_a_possible_name_is_held_then_rephrased(worker_page):
    page = worker_page
    fill_new_situation(page, "Mevrouw Jansen ergert zich aan de scooters.")
    page.get_by_role("button", name="Situatie opslaan").click()
    expect(page.get_by_text("“Mevrouw Jansen”").first).to_be_visible()

    page.get_by_label("Wat speelt er?").fill("Een buurvrouw ergert zich aan de scooters.")
    page.get_by_role("button", name="Situatie opslaan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert NotAPersonConfirmation.objects.count() == 0


def test_a_search_with_personal_data_says_why_it_was_not_run(worker_page):
    page = worker_page
    page.goto("/situaties/")
    page.get_by_label("Zoeken", exact=True).fill("06-12345678")
    page.get_by_label("Zoeken", exact=True).press("Enter")
    expect(page.get_by_text("Niet gezocht: de zoekvraag bevat persoonsgegevens")).to_be_visible()
