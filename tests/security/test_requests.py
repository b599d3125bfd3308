"""Requests that must not do more than they say: no open redirects, no changes by GET, CSRF on
every POST, and a log-in that does not tell which user names exist."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from reflections.models import Feedback, Reflection
from situations.models import Deployment, Situation
from tests.accounts.factories import PASSWORD, UserFactory
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import ActivityFactory

EVIL = [
    "https://kwaadwillend.example/",
    "//kwaadwillend.example/",
    "/\\kwaadwillend.example/",
    "https:kwaadwillend.example",
    "javascript:alert(1)",
]


@pytest.mark.parametrize("target", EVIL)
def test_the_login_never_sends_you_to_another_site(client, worker, target):
    response = client.post(
        reverse("login") + f"?next={target}",
        {"username": worker.username, "password": PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")


def test_the_login_keeps_a_local_next(client, worker, situation):
    url = situation.get_absolute_url()
    response = client.post(
        reverse("login"), {"username": worker.username, "password": PASSWORD, "next": url}
    )
    assert response["Location"] == url


@pytest.mark.parametrize("target", EVIL)
def test_switching_language_never_sends_you_to_another_site(login, worker, target):
    response = login(worker).post(
        reverse("set_language"), {"language": "en", "next": target}, HTTP_REFERER=target
    )
    assert response.status_code == 302
    assert "kwaadwillend" not in response["Location"]
    assert not response["Location"].startswith("javascript")


def test_the_next_field_on_the_login_page_is_escaped(client, db):
    response = client.get(reverse("login"), {"next": '"><script>alert(1)</script>'})
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content


# Mutations only by POST.


def test_get_never_changes_a_situation(login, worker, situation):
    client = login(worker)
    activity = ActivityFactory(is_published=True)
    for url in (
        reverse("situations:close", args=[situation.pk]),
        reverse("situations:reopen", args=[situation.pk]),
        reverse("advice:deploy", args=[situation.pk, activity.slug]),
    ):
        assert client.get(url).status_code == 405, url
    for url in (
        reverse("situations:delete", args=[situation.pk]),
        reverse("situations:observation_add", args=[situation.pk]),
        reverse("situations:deployment_add", args=[situation.pk]) + f"?activiteit={activity.slug}",
    ):
        assert client.get(url).status_code == 200, url  # a form or a confirmation page
    situation.refresh_from_db()
    assert situation.status == "open"
    assert Situation.objects.count() == 1
    assert situation.observations.count() == 0
    assert Deployment.objects.count() == 0


def test_get_never_changes_a_reflection(login, worker, lead):
    draft = ReflectionFactory(author=worker, status="draft")
    submitted = ReflectionFactory(author=worker, status="submitted")
    assert login(worker).get(reverse("reflections:submit", args=[draft.pk])).status_code == 405
    assert login(worker).get(reverse("reflections:delete", args=[draft.pk])).status_code == 200
    client = login(lead)
    url = reverse("reflections:respond", args=[submitted.pk])
    assert client.get(url, {"action": "review"}).status_code == 405
    assert set(Reflection.objects.values_list("status", flat=True)) == {"draft", "submitted"}
    assert Feedback.objects.count() == 0


def test_logging_out_needs_a_post(login, worker):
    client = login(worker)
    assert client.get(reverse("logout")).status_code == 405
    assert client.get(reverse("dashboard")).status_code == 200


# CSRF: the test client skips the check unless asked; a real browser does not.


@pytest.fixture
def strict_client(worker):
    client = Client(enforce_csrf_checks=True)
    client.force_login(worker)
    return client


def test_a_post_without_csrf_token_is_refused(strict_client, worker, situation):
    draft = ReflectionFactory(author=worker, status="draft")
    for url in (
        reverse("situations:close", args=[situation.pk]),
        reverse("situations:delete", args=[situation.pk]),
        reverse("reflections:submit", args=[draft.pk]),
        reverse("reflections:delete", args=[draft.pk]),
        reverse("logout"),
    ):
        assert strict_client.post(url).status_code == 403, url
    situation.refresh_from_db()
    assert situation.status == "open"
    assert Reflection.objects.filter(pk=draft.pk, status="draft").exists()


def test_forms_carry_a_csrf_token(strict_client, situation):
    for url in (
        reverse("situations:create"),
        reverse("situations:update", args=[situation.pk]),
        reverse("situations:delete", args=[situation.pk]),
        reverse("situations:observation_add", args=[situation.pk]),
        reverse("situations:deployment_add", args=[situation.pk]),
        reverse("reflections:create") + "?model=starr",
    ):
        assert 'name="csrfmiddlewaretoken"' in strict_client.get(url).content.decode(), url


# The log-in does not tell which user names exist.


def _login_page(client, username, password):
    response = client.post(reverse("login"), {"username": username, "password": password})
    assert response.status_code == 200
    content = response.content.decode().replace(f'value="{username}"', 'value="…"')
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", content)  # masked per page


def test_an_unknown_user_and_a_wrong_password_look_the_same(client, worker):
    unknown = _login_page(client, "bestaat-niet", "fout-wachtwoord")
    wrong = _login_page(client, worker.username, "fout-wachtwoord")
    assert unknown == wrong
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in wrong


def test_a_deactivated_account_looks_like_a_wrong_password(client, worker):
    UserFactory(username="oud-account", is_active=False)
    inactive = _login_page(client, "oud-account", PASSWORD)
    wrong = _login_page(client, worker.username, "fout-wachtwoord")
    assert inactive == wrong
