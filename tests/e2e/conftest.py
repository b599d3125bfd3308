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
        log_in_with_the_form(page, user, password)
        return page

    return _log_in


def log_in_with_the_form(page, user, password=PASSWORD):
    """The login form, the app code when the user needs one, and a wait for the page after
    it. (A glob such as "**/" would already match the login page itself, and the next goto
    would then abort the log-in under load.)"""
    device = app_device_for(user)
    page.goto("/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    type_app_code(page, device)
    page.wait_for_url(
        lambda url: "/accounts/login/" not in url and "/tweestapsverificatie/code/" not in url
    )


def open_account_menu_and_log_out(page):
    """Log out through the account menu in the navigation bar."""
    page.locator("details.account-menu > summary").click()
    page.get_by_role("button", name="Uitloggen").click()


def app_device_for(user):
    """Someone who must use a second factor (a curator, an admin) gets an authenticator app
    before logging in, as after setting it up; None for everyone else."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from wijkwerk.accounts import twofactor

    if not twofactor.is_required(user):
        return None
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def type_app_code(page, device):
    """The second step after the password, with the code the app would show."""
    if device is None:
        return
    from django_otp.oath import totp

    page.wait_for_url("**/tweestapsverificatie/code/**")
    device.refresh_from_db()
    device.last_t = -1  # a code is accepted once; a second log-in in one test needs a new one
    device.save(update_fields=["last_t"])
    page.get_by_label("Code uit de app").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Verder").click()
