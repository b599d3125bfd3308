"""Passwords: at least twelve characters, and none of the ones that are guessed first."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.accounts.factories import PASSWORD


@pytest.mark.parametrize(
    "password",
    [
        "Zomer2026",  # short, and a season with a year
        "Zomer2026!!!",  # long enough, still a season with a year
        "Welkom123456",
        "Feyenoord1908",
        "wachtwoord2026",
        "password1234",  # Django's own list
        "zomerzomer12",
        "abc123",
    ],
)
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


@pytest.mark.parametrize(
    "password", ["fiets-regen-koffie-trap", "Buurthuis op dinsdag 19u!", "k7#Vq9!mZ2pL"]
)
def test_strong_passwords_pass(password):
    validate_password(password)


def test_the_password_change_form_says_why_in_dutch_and_keeps_the_old_password(login, worker):
    response = login(worker).post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "Zomer2026", "new_password2": "Zomer2026"},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Dit wachtwoord is te kort. Het moet minimaal 12 tekens bevatten." in content
    assert "een bekend woord met wat cijfers of tekens" in content
    worker.refresh_from_db()
    assert worker.check_password(PASSWORD)
