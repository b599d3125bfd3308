"""Error pages in the Dutch interface are Dutch, also the ones Django would render in English."""

from django.test import Client
from django.urls import reverse


def test_an_expired_form_gets_a_dutch_page_that_says_nothing_typed_is_lost(worker, db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(worker)
    response = client.post(reverse("situations:create"), {"title": "Ergernis"})
    content = response.content.decode()
    assert response.status_code == 403
    assert "Het formulier is verlopen" in content
    assert "Wat je typte is niet verloren" in content
    assert "CSRF" not in content


def test_a_bad_request_gets_a_dutch_page(client, db):
    response = client.get("/", HTTP_HOST="kwaadwillend.example")
    assert response.status_code == 400
    assert "Er ging iets mis met het verzoek" in response.content.decode()
