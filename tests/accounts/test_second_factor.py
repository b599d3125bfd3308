"""The second factor: required for curators and administrators, optional for everyone else;
once on, asked once per session right after the password; backup codes work once; the admin
is closed without it."""

import subprocess
import sys

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.factories import PASSWORD
from tests.wijkwerk.test_settings import PROD_ENV, ROOT


def code_for(device: TOTPDevice) -> str:
    """The app's code now. A code is accepted once (django-otp refuses a replay), so a test
    that logs in twice within 30 seconds first forgets the last one used, as time would."""
    device.refresh_from_db()
    device.last_t = -1
    device.save(update_fields=["last_t"])
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def log_in_with_password(client, user, next_url="/"):
    return client.post(
        reverse("login") + f"?next={next_url}",
        {"username": user.username, "password": PASSWORD, "next": next_url},
    )


def set_up(client, user):
    client.get(reverse("accounts:second_factor_setup"))
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(reverse("accounts:second_factor_setup"), {"code": code_for(device)})
    return response, device


def test_a_curator_must_set_it_up_before_anything_else(client, curator):
    log_in_with_password(client, curator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:second_factor_setup"))
    page = client.get(response["Location"]).content.decode()
    assert "Tweestapsverificatie instellen" in page
    assert "<svg" in page  # the QR code, drawn inline (no external image, strict CSP)


def test_setting_it_up_shows_ten_backup_codes_once_and_opens_the_admin(client, curator):
    log_in_with_password(client, curator)
    response, _device = set_up(client, curator)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Je reservecodes" in content
    assert content.count("<li><code>") == 10
    curator.refresh_from_db()
    assert curator.second_factor_enabled
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_in_dutch_and_keeps_the_set_up_page(client, curator):
    log_in_with_password(client, curator)
    client.get(reverse("accounts:second_factor_setup"))
    response = client.post(reverse("accounts:second_factor_setup"), {"code": "000000"})
    assert "Deze code klopt niet" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=curator, confirmed=True).exists()


def test_next_time_the_code_is_asked_right_after_the_password(client, curator):
    log_in_with_password(client, curator)
    _response, device = set_up(client, curator)
    client.post(reverse("logout"))
    log_in_with_password(client, curator, next_url="/admin/")
    response = client.get("/admin/")
    assert response["Location"] == reverse("accounts:second_factor_verify") + "?next=%2Fadmin%2F"
    wrong = client.post(response["Location"], {"code": "123456", "next": "/admin/"})
    assert "Deze code klopt niet" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong code slowed the next try down
    device.throttling_failure_timestamp = None
    device.save()
    right = client.post(
        reverse("accounts:second_factor_verify"), {"code": code_for(device), "next": "/admin/"}
    )
    assert right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_after_wrong_codes_even_the_right_one_waits(client, curator):
    log_in_with_password(client, curator)
    _response, device = set_up(client, curator)
    client.post(reverse("logout"))
    log_in_with_password(client, curator)
    for _ in range(3):
        client.post(reverse("accounts:second_factor_verify"), {"code": "111111"})
    response = client.post(reverse("accounts:second_factor_verify"), {"code": code_for(device)})
    assert response.status_code == 200
    assert "te vaak geprobeerd" in response.content.decode()


def test_a_backup_code_works_once(client, curator):
    log_in_with_password(client, curator)
    response, _device = set_up(client, curator)
    code = response.context["codes"][0]
    for attempt in range(2):
        client.post(reverse("logout"))
        log_in_with_password(client, curator)
        response = client.post(reverse("accounts:second_factor_verify"), {"code": code})
        if attempt == 0:
            assert response.status_code == 302
            assert client.get("/admin/").status_code == 200
        else:
            assert response.status_code == 200  # used up


def test_it_is_optional_for_a_social_worker(client, worker):
    log_in_with_password(client, worker)
    assert client.get(reverse("situations:list")).status_code == 200
    overview = client.get(reverse("accounts:second_factor_root")).content.decode()
    assert "Uit: je logt in met alleen je wachtwoord" in overview


def test_a_social_worker_can_switch_it_on_and_off(client, worker):
    log_in_with_password(client, worker)
    set_up(client, worker)
    client.post(reverse("logout"))
    log_in_with_password(client, worker)
    assert client.get(reverse("situations:list"))["Location"].startswith(
        reverse("accounts:second_factor_verify")
    )
    device = TOTPDevice.objects.get(user=worker)
    client.post(reverse("accounts:second_factor_verify"), {"code": code_for(device)})
    refused = client.post(reverse("accounts:second_factor_remove"), {})
    assert "Vink het vakje aan" in refused.content.decode()
    client.post(reverse("accounts:second_factor_remove"), {"confirm": "on"})
    worker.refresh_from_db()
    assert not worker.second_factor_enabled
    assert not TOTPDevice.objects.filter(user=worker).exists()


def test_a_curator_cannot_switch_it_off(login, curator):
    client = login(curator)
    client.post(reverse("accounts:second_factor_remove"), {"confirm": "on"})
    assert TOTPDevice.objects.filter(user=curator, confirmed=True).exists()


def test_setting_up_a_second_app_needs_the_first_code(client, worker):
    """Someone who knows only the password cannot add their own app to the account."""
    log_in_with_password(client, worker)
    set_up(client, worker)
    client.post(reverse("logout"))
    log_in_with_password(client, worker)
    response = client.get(reverse("accounts:second_factor_setup"))
    assert response["Location"] == reverse("accounts:second_factor_verify")


def test_the_admin_is_closed_to_an_unverified_session_even_without_the_middleware(rf, curator):
    from django.contrib import admin
    from django.contrib.sessions.backends.db import SessionStore

    request = rf.get("/admin/")
    request.user = curator
    request.session = SessionStore()
    curator.is_verified = lambda: False
    assert admin.site.has_permission(request) is False


def test_the_development_switch_is_refused_with_debug_off():
    env = {**PROD_ENV, "WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR": "1"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR is for development only" in result.stderr


@pytest.mark.parametrize("path", ["/", "/situaties/", "/admin/"])
def test_an_admin_without_a_second_factor_gets_nowhere_but_the_set_up(client, db, path):
    from tests.accounts.factories import UserFactory

    admin_user = UserFactory(username="beheer", is_superuser=True, is_staff=True)
    client.force_login(admin_user)
    response = client.get(path)
    assert response["Location"].startswith(reverse("accounts:second_factor_setup"))


def test_the_development_switch_lets_a_curator_into_the_admin_without_a_code(
    client, curator, settings
):
    settings.WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR = True
    log_in_with_password(client, curator)
    assert client.get("/admin/").status_code == 200
