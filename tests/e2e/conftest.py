"""Browser tests: Playwright driving the system Chromium against pytest-django's live server."""

import os

import pytest

from tests.accounts.factories import PASSWORD
from tests.browser import CHROMIUM_ARGS, CHROMIUM_PATH, chromium_available

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# test itself (creating data) are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def browser():
    if not chromium_available():
        pytest.skip(f"BROWSER TESTS NOT RUN: Chromium not found at {CHROMIUM_PATH}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def log_in(page):
    """Log in through the real login form."""

    def _log_in(user, password=PASSWORD):
        page.goto("/accounts/login/")
        page.get_by_label("Gebruikersnaam").fill(user.username)
        page.get_by_label("Wachtwoord").fill(password)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url("**/")
        return page

    return _log_in


def open_account_menu_and_log_out(page):
    """Log out through the account menu in the navigation bar."""
    page.locator("details.account-menu > summary").click()
    page.get_by_role("button", name="Uitloggen").click()
