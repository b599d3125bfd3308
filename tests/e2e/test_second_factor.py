"""The second factor in a browser: a curator sets up an authenticator app before reaching the
admin, keeps the backup codes, and next time types a code right after the password."""

import base64

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.accounts.factories import PASSWORD, make_curator
from tests.e2e.conftest import open_account_menu_and_log_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def app_code(secret: str) -> str:
    """What the authenticator app shows for this key now."""
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    return f"{totp(key):06d}"


def log_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_a_curator_sets_up_the_app_then_types_a_code_at_every_log_in(page):
    curator = make_curator(username="pim")
    log_in(page, curator)

    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsverificatie instellen")
    expect(page.get_by_role("img", name="QR-code voor je authenticator-app")).to_be_visible()
    secret = page.locator("code.secret-key").inner_text()
    page.get_by_label("Code uit de app").fill("000000")
    page.get_by_role("button", name="Aanzetten").click()
    expect(page.get_by_text("Deze code klopt niet")).to_be_visible()
    # A wrong code makes the next try wait a second (django-otp's throttle); a person is slower.
    TOTPDevice.objects.filter(user=curator).update(throttling_failure_count=0)
    page.get_by_label("Code uit de app").fill(app_code(secret))
    page.get_by_role("button", name="Aanzetten").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Je reservecodes")
    expect(page.locator(".backup-codes li")).to_have_count(10)
    page.get_by_role("link", name="Ik heb ze bewaard").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Je reservecodes")
    page.goto("/admin/")
    expect(page).to_have_url("/admin/")
    expect(page.get_by_role("heading", name="Beheer")).to_be_visible()

    page.goto("/")
    open_account_menu_and_log_out(page)
    # The same 30-second code is refused twice (no replay); pretend the clock moved on.
    TOTPDevice.objects.filter(user=curator).update(last_t=-1)
    log_in(page, curator)
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweede stap: je code")
    page.goto("/admin/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweede stap: je code")
    page.get_by_label("Code uit de app").fill(app_code(secret))
    page.get_by_role("button", name="Verder").click()
    expect(page).to_have_url("/admin/")
