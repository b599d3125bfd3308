from unittest import mock

from django.db import OperationalError
from django.urls import reverse


def test_it_reports_ok_when_the_database_answers(client, db):
    response = client.get(reverse("health"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_it_reports_503_with_json_when_the_database_does_not_answer(client, db):
    with mock.patch("wijkwerk.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "error", "database": "unavailable"}


def test_it_needs_no_login(client, db):
    assert client.get("/gezondheid/").status_code == 200
