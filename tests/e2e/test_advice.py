import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from activities.catalogue_io import load_catalogue, read_fixtures
from tests.accounts.factories import PASSWORD, TeamFactory, make_worker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def catalogue():
    load_catalogue(*read_fixtures(FIXTURES))


def test_the_questionnaire_gives_advice_without_javascript(browser, live_server, catalogue):
    worker = make_worker(TeamFactory(name="Wijkteam Oost"), username="sanne")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(worker.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()

    page.goto("/advies/")
    page.get_by_label("Wat speelt er?").fill(
        "Nieuwe bewoners en oude bewoners begrijpen elkaar niet."
    )
    page.get_by_role("radio", name="Spanning").check()
    page.get_by_label("Begrip vergroten").check()
    page.get_by_role("button", name="Toon advies").click()

    expect(page.get_by_role("heading", name="Advies voor het niveau Spanning")).to_be_visible()
    formats = page.locator("section ol").first.locator("li.list-group-item > div a")
    expect(formats.filter(has_text="Dialoogbijeenkomst")).to_have_count(1)
    top_three = [formats.nth(i).inner_text() for i in range(3)]
    assert "Dialoogbijeenkomst" in top_three
    expect(page.get_by_role("heading", name="Liever nu niet")).to_be_visible()
    assert "niveau=spanning" in page.url and "doel=begrip-vergroten" in page.url
    # The chosen answers stay selected, so the advice can be refined.
    expect(page.get_by_role("radio", name="Spanning")).to_be_checked()
    context.close()


def test_a_situations_advice_page_records_a_deployment_in_one_click(page, log_in, catalogue):
    from tests.situations.factories import NeighbourhoodFactory, SituationFactory, level

    team = TeamFactory(name="Wijkteam Oost")
    worker = make_worker(team, username="sanne")
    situation = SituationFactory(
        title="Onbegrip in de flat",
        description="Bewoners begrijpen elkaar niet en mijden elkaar.",
        team=team,
        neighbourhood=NeighbourhoodFactory(name="Molenkwartier", teams=[team]),
        owner=worker,
        level=level("spanning"),
    )
    log_in(worker)
    page.goto(situation.get_absolute_url())
    page.get_by_role("link", name="Advies voor deze situatie").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Advies voor ‘Onbegrip in de flat’")
    page.get_by_role(
        "button", name=re.compile(r"Vastleggen als ingezet.*Dialoogbijeenkomst$")
    ).click()
    expect(
        page.get_by_text("‘Dialoogbijeenkomst’ is vastgelegd als vandaag ingezet.")
    ).to_be_visible()
    assert page.url.endswith(situation.get_absolute_url())
    assert situation.deployments.get().activity.slug == "dialoogbijeenkomst"
