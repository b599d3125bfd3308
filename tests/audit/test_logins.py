"""Log-ins in the trail: who logged in, who failed, from where; never a password."""

from auditlog.models import LogEntry
from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_login_failed
from django.urls import reverse

from tests.accounts.factories import PASSWORD
from tests.audit.conftest import stored_text

WRONG = "verkeerd-wachtwoord-456"


def _log_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def _login_entries():
    return LogEntry.objects.filter(action=LogEntry.Action.ACCESS).order_by("pk")


def test_it_records_a_successful_log_in(client, worker):
    assert _log_in(client, "sanne", PASSWORD).status_code == 302
    entry = _login_entries().get()
    assert entry.additional_data == {"event": "login"}
    assert entry.actor == worker
    assert entry.object_id == worker.pk
    assert entry.remote_addr == "127.0.0.1"


def test_it_records_a_failed_log_in_for_an_account(client, worker):
    assert _log_in(client, "sanne", WRONG).status_code == 200
    entry = _login_entries().get()
    assert entry.additional_data == {"event": "login_failed"}
    assert entry.actor is None  # whoever tried, it was not proven to be Sanne
    assert entry.object_id == worker.pk
    assert WRONG not in stored_text()


def test_a_failed_log_in_for_an_unknown_user_name_stores_neither_name_nor_password(client, db):
    # People type their password into the user-name field: the name is not kept either.
    response = _log_in(client, "mijn-geheime-zin-2024", WRONG)
    assert response.status_code == 200
    entry = _login_entries().get()
    assert entry.additional_data == {"event": "login_failed", "unknown_user": True}
    assert (entry.object_pk, entry.object_id, entry.object_repr) == ("", None, "")
    assert entry.content_type.model == "user"
    text = stored_text()
    assert "mijn-geheime-zin-2024" not in text
    assert WRONG not in text


def test_no_password_or_hash_is_ever_stored(client, worker):
    _log_in(client, "sanne", WRONG)
    _log_in(client, "sanne", PASSWORD)
    worker.refresh_from_db()
    text = stored_text()
    assert PASSWORD not in text
    assert WRONG not in text
    assert worker.password not in text
    assert "md5$" not in text
    assert [e.additional_data["event"] for e in _login_entries()] == ["login_failed", "login"]


def test_odd_credentials_do_not_break_the_log_in(rf, db):
    request = rf.post(reverse("login"))
    assert authenticate(request, username="x" * 200, password=WRONG) is None
    user_login_failed.send(sender=__name__, credentials={}, request=request)
    user_login_failed.send(sender=__name__, credentials={"username": ["a", "list"]})
    assert _login_entries().count() == 3
    assert "x" * 200 not in stored_text()


def test_second_factor_events_are_logged_with_the_user(client, worker):
    from auditlog.models import LogEntry
    from django.urls import reverse
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.accounts.factories import PASSWORD

    client.post(reverse("login"), {"username": worker.username, "password": PASSWORD})
    client.get(reverse("accounts:second_factor_setup"))
    device = TOTPDevice.objects.get(user=worker)
    code = f"{totp(device.bin_key):06d}"
    client.post(reverse("accounts:second_factor_setup"), {"code": code})
    client.post(reverse("logout"))
    client.post(reverse("login"), {"username": worker.username, "password": PASSWORD})
    client.post(reverse("accounts:second_factor_verify"), {"code": "000000"})
    events = [
        entry.additional_data["event"]
        for entry in LogEntry.objects.filter(action=LogEntry.Action.ACCESS).order_by("pk")
    ]
    assert events == [
        "login",
        "second_factor_set_up",
        "backup_codes_renewed",
        "login",
        "second_factor_failed",
    ]
    assert code not in str(list(LogEntry.objects.values_list("changes", "additional_data")))
