"""Response headers that keep a logged-in user's pages private and the browser's features shut."""

import subprocess
import sys

import pytest
from django.urls import reverse

from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import all_levels
from tests.wijkwerk.test_settings import PROD_ENV, ROOT


def no_store(response):
    return "no-store" in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/situaties/",
        "/reflecties/",
        "/activiteiten/",
        "/advies/?format=json&niveau=spanning",
        "/reflecties/export/?format=csv",
    ],
)
def test_every_answer_to_a_logged_in_user_is_not_stored(login, worker, url):
    all_levels()
    response = login(worker).get(url)
    assert response.status_code == 200
    assert no_store(response)
    assert "private" in response["Cache-Control"]


def test_a_reflection_page_is_not_stored(login, worker):
    reflection = ReflectionFactory(author=worker)
    response = login(worker).get(reverse("reflections:detail", args=[reflection.pk]))
    assert no_store(response)


def test_every_answer_carries_a_permissions_policy(client, db):
    response = client.get(reverse("login"))
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_cookies_get_the_host_prefix_over_https():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.LANGUAGE_COOKIE_NAME)"
    )
    env = {**PROD_ENV, "DJANGO_SETTINGS_MODULE": "wijkwerk.settings", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.split() == ["__Host-sessionid", "__Host-csrftoken", "__Host-language"]


def test_the_login_cookies_are_set_with_the_prefix_rules(client, db, settings):
    """__Host- cookies must be Secure, for path "/" and without a domain, or browsers drop them."""
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    settings.CSRF_COOKIE_SECURE = True
    response = client.get(reverse("login"), secure=True)
    cookie = response.cookies["__Host-csrftoken"]
    assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"]
