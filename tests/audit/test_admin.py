"""Administrators read the trail in the admin; nobody adds, changes or deletes an entry."""

import pytest
from auditlog.models import LogEntry
from django.contrib import admin
from django.urls import reverse

from situations import services
from tests.accounts.factories import UserFactory
from tests.reflections.factories import ReflectionFactory

SECRET = "Wat ik niemand vertel over de avond in de flat"


@pytest.fixture
def root(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def entry(worker, situation):
    services.situation_close(situation=situation, user=worker)
    ReflectionFactory(author=worker, title=SECRET, learning_points=SECRET)
    return LogEntry.objects.filter(content_type__model="situation").latest("pk")


def test_it_is_our_read_only_admin():
    model_admin = admin.site.get_model_admin(LogEntry)
    assert type(model_admin).__name__ == "AuditLogEntryAdmin"


def test_nobody_may_add_change_or_delete_not_even_a_superuser(rf, root, entry):
    request = rf.get("/admin/")
    request.user = root
    model_admin = admin.site.get_model_admin(LogEntry)
    assert model_admin.has_view_permission(request, entry) is True
    assert model_admin.has_add_permission(request) is False
    assert model_admin.has_change_permission(request, entry) is False
    assert model_admin.has_delete_permission(request, entry) is False
    assert model_admin.get_actions(request) == {}


def test_the_superuser_reads_the_list_and_an_entry(login, root, entry, situation):
    client = login(root)
    listing = client.get(reverse("admin:auditlog_logentry_changelist"))
    assert listing.status_code == 200
    detail = client.get(reverse("admin:auditlog_logentry_change", args=[entry.pk]))
    assert detail.status_code == 200
    for page in (listing, detail):
        content = page.content.decode()
        assert situation.title not in content  # team data stays out of the admin
        assert SECRET not in content
    assert "Opslaan" not in detail.content.decode()  # no save button: read-only


def test_adding_and_deleting_are_refused(login, root, entry):
    client = login(root)
    assert client.get(reverse("admin:auditlog_logentry_add")).status_code == 403
    delete_url = reverse("admin:auditlog_logentry_delete", args=[entry.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    changelist = reverse("admin:auditlog_logentry_changelist")
    client.post(changelist, {"action": "delete_selected", "_selected_action": [entry.pk]})
    assert LogEntry.objects.filter(pk=entry.pk).exists() is True


def test_a_curator_cannot_read_it(login, curator, entry):
    response = login(curator).get(reverse("admin:auditlog_logentry_changelist"))
    assert response.status_code == 403


def test_log_ins_are_named_in_the_list(login, client, root, worker):
    from tests.accounts.factories import PASSWORD

    client.post(reverse("login"), {"username": "sanne", "password": PASSWORD})
    client.post(reverse("login"), {"username": "niemand", "password": PASSWORD})
    model_admin = admin.site.get_model_admin(LogEntry)
    events = [str(model_admin.event(e)) for e in LogEntry.objects.filter(action=3).order_by("pk")]
    assert len(events) == 2
    assert all(events)
    assert events[0] != events[1]
    listing = login(root).get(reverse("admin:auditlog_logentry_changelist"))
    assert listing.status_code == 200
