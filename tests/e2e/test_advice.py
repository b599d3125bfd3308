"""The advice in a real browser: describe, see what the description suggested and why,
confirm, get advice, turn it into a saved situation, record a deployment in one click."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from activities.catalogue_io import load_catalogue, read_fixtures
from tests.accounts.factories import TeamFactory, make_worker
from tests.e2e.conftest import log_in_with_the_form

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

DESCRIPTION = (
    "Een bewoner met een psychose schreeuwt 's nachts in het portiek en bonkt op deuren. "
    "De buren zijn bang en bellen steeds de politie."
)


@pytest.fixture
def catalogue():
    load_catalogue(*read_fixtures(FIXTURES))


def test_describe_confirm_advise_and_save_as_a_situation(page, log_in, catalogue):
    from tests.situations.factories import NeighbourhoodFactory

    team = TeamFactory(name="Wijkteam Oost")
    NeighbourhoodFactory(name="Molenkwartier", municipality="Voorbeeldstad", teams=[team])
    log_in(make_worker(team, username="sanne"))

    page.goto("/advies/")
    page.get_by_label("Wat speelt er?").fill(DESCRIPTION)
    page.get_by_role("button", name="Lees mijn beschrijving").click()

    # What the description suggested is ticked, marked, and says which words led to it.
    expect(page.get_by_text("We hebben je beschrijving gelezen.")).to_be_visible()
    care = page.get_by_role("group", name="Heeft iemand die betrokken is een zorgvraag?")
    expect(care.get_by_role("radio", name="ja")).to_be_checked()
    expect(care.get_by_text("voorgesteld")).to_be_visible()
    expect(care).to_contain_text("psychose")
    expect(page.get_by_text("Dit is een voorstel")).to_be_visible()
    assert "psychose" not in page.url  # posted, never in the address

    # She confirms: the level now follows from the signals she ticked.
    page.get_by_role("button", name="Toon advies").click()
    expect(page.get_by_text("Je vinkte aan:")).to_be_visible()
    approaches = page.locator("section ol").first
    expect(approaches).not_to_contain_text("Mediation")
    expect(approaches).not_to_contain_text("Buurtbemiddeling")
    expect(page.get_by_role("heading", name="Liever nu niet")).to_be_visible()

    # One click makes it a situation, without retyping.
    page.get_by_role("button", name="Maak hier een situatie van").click()
    expect(page.get_by_text("Overgenomen uit het advies")).to_be_visible()
    expect(page.get_by_label("Wat speelt er?")).to_have_value(DESCRIPTION)
    page.get_by_label("Titel").fill("Onrust in het portiek")
    page.get_by_role("combobox", name=re.compile("^Wijk")).select_option(
        label="Molenkwartier (Voorbeeldstad)"
    )
    page.get_by_role("button", name="Situatie opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Onrust in het portiek")

    from situations.models import Situation

    situation = Situation.objects.get(title="Onrust in het portiek")
    assert situation.care_need == "yes"
    assert situation.signals.exists()

    # The saved situation's advice records a deployment in one click.
    page.get_by_role("link", name="Advies voor deze situatie").click()
    first = page.get_by_role("button", name=re.compile(r"^Vastleggen als ingezet")).first
    name = first.inner_text().split(":", 1)[1].strip()
    first.click()
    expect(page.get_by_text(f"‘{name}’ is vastgelegd als vandaag ingezet.")).to_be_visible()
    assert situation.deployments.get().activity.name == name


def test_the_questionnaire_works_without_javascript(browser, live_server, catalogue):
    worker = make_worker(TeamFactory(name="Wijkteam Oost"), username="sanne")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    log_in_with_the_form(page, worker)

    page.goto("/advies/")
    page.get_by_role("radio", name="Spanning").check()
    page.get_by_role("group", name="Tussen wie speelt het?").get_by_role(
        "radio", name="tussen groepen bewoners"
    ).check()
    page.get_by_label("Begrip vergroten").check()
    page.get_by_role("button", name="Toon advies").click()

    expect(
        page.get_by_role("heading", name=re.compile("Advies voor het niveau Spanning"))
    ).to_be_visible()
    top_three = page.locator("section ol").first.locator("li.list-group-item a.fw-bold")
    assert "Dialoogbijeenkomst" in [top_three.nth(i).inner_text() for i in range(3)]
    expect(page.get_by_role("radio", name="Spanning")).to_be_checked()
    context.close()
