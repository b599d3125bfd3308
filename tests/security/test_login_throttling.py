"""Login throttling (django-axes with our handler): after five wrong log-ins for one user name
from one address that combination waits fifteen minutes, with a Dutch page; an address trying
many user names and an account tried from many addresses are locked too, each with its own
limit and message; unknown user names are treated the same, and the right password resets the
count for that user name at that address only."""

import datetime

import pytest
from django.test import RequestFactory
from django.urls import reverse

from tests.accounts.factories import PASSWORD
from wijkwerk.throttling import client_ip

LIMIT = 5


def _attempt(client, username, password, ip="10.0.0.1"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def _fail(client, username, times, ip="10.0.0.1"):
    for _ in range(times):
        response = _attempt(client, username, "fout-wachtwoord", ip)
        assert response.status_code in (200, 429)
    return response


def test_five_wrong_passwords_lock_the_user_name_on_that_address(client, worker):
    assert _fail(client, worker.username, LIMIT - 1).status_code == 200
    response = _attempt(client, worker.username, "fout-wachtwoord")
    assert response.status_code == 429
    content = response.content.decode()
    assert "Te vaak geprobeerd in te loggen" in content
    assert "5 keer achter elkaar" in content
    assert "over 15 minuten opnieuw" in content
    # Now even the right password is refused, and nobody is logged in.
    response = _attempt(client, worker.username, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_another_address_can_still_log_in(client, worker):
    _fail(client, worker.username, LIMIT)
    response = _attempt(client, worker.username, PASSWORD, ip="10.0.0.2")
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")


def test_the_right_password_resets_the_count(client, worker):
    _fail(client, worker.username, LIMIT - 1)
    assert _attempt(client, worker.username, PASSWORD).status_code == 302
    client.post(reverse("logout"))
    assert _fail(client, worker.username, LIMIT - 1).status_code == 200
    assert _attempt(client, worker.username, PASSWORD).status_code == 302


def test_an_unknown_user_name_is_locked_the_same_way(client, db):
    """So the lock-out does not tell which user names exist."""
    _fail(client, "bestaat-niet", LIMIT - 1)
    assert _attempt(client, "bestaat-niet", "fout-wachtwoord").status_code == 429


def test_after_the_cool_off_it_works_again(client, worker):
    from axes.models import AccessAttempt

    _fail(client, worker.username, LIMIT)
    assert _attempt(client, worker.username, PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    assert _attempt(client, worker.username, PASSWORD).status_code == 302


def test_the_admin_login_is_throttled_too(client, curator):
    for _ in range(LIMIT):
        client.post(
            reverse("admin:login"),
            {"username": curator.username, "password": "fout", "next": "/admin/"},
            REMOTE_ADDR="10.0.0.3",
        )
    response = client.post(
        reverse("admin:login"),
        {"username": curator.username, "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.3",
    )
    assert response.status_code == 429


def test_no_log_is_kept_of_successful_log_ins(client, worker):
    from axes.models import AccessLog

    _attempt(client, worker.username, PASSWORD)
    assert AccessLog.objects.count() == 0


@pytest.mark.parametrize(
    ("behind_proxy", "forwarded", "expected"),
    [
        (False, "1.2.3.4", "10.9.9.9"),  # without a proxy the header is not trusted
        (True, "1.2.3.4", "1.2.3.4"),
        (True, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # a forged first entry is ignored
        (True, "", "10.9.9.9"),
    ],
)
def test_the_client_address_behind_a_proxy(settings, behind_proxy, forwarded, expected):
    settings.BEHIND_PROXY = behind_proxy
    request = RequestFactory().get("/", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_an_address_trying_many_user_names_is_locked(client, worker, settings):
    """20 failures from one address, spread over user names, lock that address for everyone."""
    limit = settings.LOGIN_FAILURE_LIMITS["address"]
    for n in range(limit - 1):
        assert _attempt(client, f"gebruiker{n % 15}", "fout", ip="10.1.1.1").status_code == 200
    response = _attempt(client, "gebruiker-x", "fout", ip="10.1.1.1")
    assert response.status_code == 429
    assert f"Vanaf dit adres is {limit} keer een verkeerde" in response.content.decode()
    # Also the right password of a real account, from that address.
    assert _attempt(client, worker.username, PASSWORD, ip="10.1.1.1").status_code == 429
    assert _attempt(client, worker.username, PASSWORD, ip="10.1.1.2").status_code == 302


def test_an_account_tried_from_many_addresses_is_locked(client, worker, settings):
    """10 failures on one account from six addresses lock the account, from anywhere."""
    limit = settings.LOGIN_FAILURE_LIMITS["account"]
    for n in range(limit - 1):
        assert _attempt(client, worker.username, "fout", ip=f"10.2.0.{n % 6}").status_code == 200
    response = _attempt(client, worker.username, "fout", ip="10.2.0.99")
    assert response.status_code == 429
    assert f"Voor deze gebruikersnaam is {limit} keer een verkeerd wachtwoord" in (
        response.content.decode()
    )
    assert _attempt(client, worker.username, PASSWORD, ip="10.2.1.1").status_code == 429


def test_logging_in_to_your_own_account_does_not_clear_failures_against_others(
    client, worker, colleague, settings
):
    limit = settings.LOGIN_FAILURE_LIMITS["address"]
    for n in range(limit - 1):
        _attempt(client, f"gebruiker{n}", "fout", ip="10.3.3.3")
    assert _attempt(client, worker.username, PASSWORD, ip="10.3.3.3").status_code == 302
    client.post(reverse("logout"))
    assert _attempt(client, "nog-een", "fout", ip="10.3.3.3").status_code == 429
