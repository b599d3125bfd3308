"""Two people edit the same situation in two browsers: the second gets the conflict page,
chooses per field with the keyboard, saves, and both changes are there."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from situations.forms import MISSING_CHOICE
from situations.models import Situation
from tests.accounts.factories import TeamFactory, make_worker
from tests.e2e.conftest import log_in_with_the_form
from tests.situations.factories import NeighbourhoodFactory, SituationFactory, all_levels

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SAVED = "Je wijzigingen zijn opgeslagen."


def dutch(message) -> str:
    """A msgid (or a lazy translation) as the Dutch page shows it."""
    with translation.override("nl"):
        return translation.gettext(message) if isinstance(message, str) else str(message)


def log_in_on(page, user):
    log_in_with_the_form(page, user)


def test_the_second_save_chooses_per_field_and_keeps_the_colleagues_change(
    browser, live_server, page, log_in
):
    all_levels()
    team = TeamFactory(name="Wijkteam Oost")
    neighbourhood = NeighbourhoodFactory(
        name="Molenkwartier", municipality="Voorbeeldstad", teams=[team]
    )
    sanne = make_worker(team, username="sanne", first_name="Sanne")
    ahmed = make_worker(team, username="ahmed", first_name="Ahmed")
    situation = SituationFactory(
        title="Geluid in het portiek", team=team, neighbourhood=neighbourhood, owner=sanne
    )
    edit_url = f"/situaties/{situation.pk}/bewerken/"

    # Sanne opens the edit form first.
    log_in(sanne)
    page.goto(edit_url)

    # Ahmed, in another browser, changes the title and the level, and saves.
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    try:
        other = context.new_page()
        other.set_default_timeout(10_000)
        log_in_on(other, ahmed)
        other.goto(edit_url)
        other.get_by_label("Titel").fill("Overlast rond het portiek")
        other.get_by_label("Spanning", exact=True).check()
        other.get_by_role("button", name="Wijzigingen opslaan").click()
        expect(other.get_by_text(SAVED)).to_be_visible()
    finally:
        context.close()

    # Sanne, still on the form she loaded, changes the title too, and the description.
    page.get_by_label("Titel").fill("Lawaai in het trappenhuis")
    page.get_by_label("Wat speelt er?").fill(
        "Bewoners ergeren zich aan lawaai in het trappenhuis en zeggen er niets van."
    )
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(
        page.get_by_role("heading", level=2, name="Iemand anders heeft deze situatie")
    ).to_be_visible()
    # Ahmed's level is taken over in the form; the title asks for a choice.
    expect(page.get_by_label("Spanning", exact=True)).to_be_checked()
    title_choice = page.get_by_role("group", name=dutch("Title"))
    mine = title_choice.get_by_role("radio", name=dutch("My version"))
    theirs = title_choice.locator("#keuze-title-theirs")
    expect(mine).not_to_be_checked()
    expect(theirs).not_to_be_checked()
    expect(title_choice).to_contain_text("Overlast rond het portiek")
    expect(title_choice).to_contain_text("Lawaai in het trappenhuis")

    # Saving without a choice asks again.
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text(dutch(MISSING_CHOICE), exact=True)).to_be_visible()
    assert Situation.objects.get(pk=situation.pk).title == "Overlast rond het portiek"

    # With the keyboard: to her own version, then save.
    title_choice = page.get_by_role("group", name=dutch("Title"))
    title_choice.get_by_role("radio", name=dutch("My version")).focus()
    page.keyboard.press("Space")
    expect(title_choice.get_by_role("radio", name=dutch("My version"))).to_be_checked()
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text(SAVED)).to_be_visible()

    expect(page.get_by_role("heading", level=1)).to_have_text("Lawaai in het trappenhuis")
    stored = Situation.objects.get(pk=situation.pk)
    assert stored.title == "Lawaai in het trappenhuis"
    assert stored.level_id == "spanning"
    assert stored.description.startswith("Bewoners ergeren zich aan lawaai in het trappenhuis")
    assert stored.version == 3
