import pytest
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_curator, make_worker
from tests.e2e.conftest import open_account_menu_and_log_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_worker_logs_in_sees_a_dutch_dashboard_and_logs_out(page, log_in):
    worker = make_worker(TeamFactory(name="Wijkteam Oost"), username="sanne", first_name="Sanne")
    log_in(worker)
    expect(page.get_by_role("heading", level=1)).to_have_text("Fijn dat je er bent, Sanne")
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    expect(nav.get_by_role("link", name="Start")).to_be_visible()
    expect(nav.get_by_role("link", name="Catalogusbeheer")).to_have_count(0)
    open_account_menu_and_log_out(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent uitgelogd")


def test_a_curator_sees_catalogue_management(page, log_in):
    log_in(make_curator(username="pim"))
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    expect(nav.get_by_role("link", name="Catalogusbeheer")).to_be_visible()


def test_the_skip_link_is_the_first_stop_for_the_keyboard(page, log_in):
    log_in(make_curator(username="pim"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Naar de inhoud"
