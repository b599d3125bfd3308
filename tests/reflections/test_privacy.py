"""Who may read a reflection: the author always; the author's team lead only once it is
submitted; colleagues, other teams' leads and curators never (404), also not via the admin."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory

STATES = ["draft", "submitted", "reviewed", "returned"]
SECRET = "Mijn geheime leerpunt over de buurtavond"


@pytest.fixture
def reflection_in(make_reflection):
    def _make(status):
        return make_reflection(status=status, learning_points=SECRET)

    return _make


def _read(client, reflection):
    return client.get(reverse("reflections:detail", args=[reflection.pk]))


@pytest.mark.parametrize("status", STATES)
def test_the_author_reads_their_reflection_in_every_state(login, worker, reflection_in, status):
    response = _read(login(worker), reflection_in(status))
    assert response.status_code == 200
    assert SECRET in response.content.decode()


@pytest.mark.parametrize("status", STATES)
@pytest.mark.parametrize("who", ["colleague", "other_lead", "outsider", "curator"])
def test_others_get_404_in_every_state(login, request, reflection_in, status, who):
    reflection = reflection_in(status)
    client = login(request.getfixturevalue(who))
    urls = [
        ("get", reverse("reflections:detail", args=[reflection.pk])),
        ("get", reverse("reflections:update", args=[reflection.pk])),
        ("get", reverse("reflections:delete", args=[reflection.pk])),
        ("post", reverse("reflections:submit", args=[reflection.pk])),
        ("post", reverse("reflections:respond", args=[reflection.pk])),
    ]
    for method, url in urls:
        response = getattr(client, method)(url, {"action": "return", "text": "x"})
        assert response.status_code == 404, (method, url)
        assert SECRET not in response.content.decode()


def test_the_lead_never_sees_a_draft(login, lead, reflection_in):
    reflection = reflection_in("draft")
    assert _read(login(lead), reflection).status_code == 404
    response = login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]), {"action": "review"}
    )
    assert response.status_code == 404


@pytest.mark.parametrize("status", ["submitted", "reviewed", "returned"])
def test_the_lead_reads_submitted_reviewed_and_returned(login, lead, reflection_in, status):
    response = _read(login(lead), reflection_in(status))
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_a_lead_of_two_teams_only_sees_members_of_the_teams_they_lead(
    login, other_lead, team, reflection_in
):
    from tests.accounts.factories import MembershipFactory

    MembershipFactory(user=other_lead, team=team, role="member")  # member here, lead elsewhere
    assert _read(login(other_lead), reflection_in("submitted")).status_code == 404


def test_lists_and_queues_show_nothing_of_others(login, colleague, lead, other_lead, reflection_in):
    for status in STATES:
        reflection_in(status)
    for user in (colleague, other_lead):
        content = login(user).get(reverse("reflections:list")).content.decode()
        assert SECRET not in content and "Gesprek over geluidsoverlast" not in content
    other_queue = login(other_lead).get(reverse("reflections:review_queue")).content.decode()
    assert "Gesprek over geluidsoverlast" not in other_queue
    queue = login(lead).get(reverse("reflections:review_queue")).content.decode()
    assert queue.count("Gesprek over geluidsoverlast") == 1  # only the submitted one


def test_a_colleague_cannot_export_someone_elses_reflections(login, colleague, reflection_in):
    reflection_in("reviewed")
    response = login(colleague).get(reverse("reflections:export"), {"format": "csv"})
    assert "Gesprek over geluidsoverlast" not in response.content.decode("utf-8-sig")


def test_curators_and_workers_cannot_use_the_review_queue(login, curator, worker):
    assert login(curator).get(reverse("reflections:review_queue")).status_code == 403
    assert login(worker).get(reverse("reflections:review_queue")).status_code == 403


def test_curators_have_no_reflection_pages(login, curator):
    assert login(curator).get(reverse("reflections:list")).status_code == 403
    assert login(curator).get(reverse("reflections:create")).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login_page(client, reflection_in):
    reflection = reflection_in("submitted")
    for url in (
        reverse("reflections:list"),
        reverse("reflections:detail", args=[reflection.pk]),
        reverse("reflections:review_queue"),
        reverse("reflections:export"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("who", ["curator", "superuser"])
def test_the_admin_shows_no_reflection_content(login, request, reflection_in, who):
    if who == "superuser":
        user = UserFactory(username="root", is_staff=True, is_superuser=True)
    else:
        user = request.getfixturevalue(who)
    reflection = reflection_in("reviewed")
    client = login(user)
    index = client.get(reverse("admin:index"))
    assert index.status_code == 200
    assert "/admin/reflections/" not in index.content.decode()
    for url in (
        "/admin/reflections/",
        "/admin/reflections/reflection/",
        f"/admin/reflections/reflection/{reflection.pk}/change/",
        "/admin/reflections/feedback/",
        "/admin/reflections/reflectionevent/",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 404, url
        assert SECRET not in response.content.decode()


def test_the_roles_carry_the_reflection_permissions(worker, lead, curator):
    assert worker.has_perm("reflections.view_reflection") is True
    assert worker.has_perm("reflections.review_reflection") is False
    assert lead.has_perm("reflections.review_reflection") is True
    assert lead.has_perm("reflections.add_feedback") is True
    assert curator.has_perm("reflections.view_reflection") is False


def test_the_navigation_offers_reflections_by_role(login, worker, lead, curator):
    from wijkwerk.navigation import nav_items_for

    def names(user):
        return {item["url_name"] for item in nav_items_for(user)}

    assert "reflections:list" in names(worker) and "reflections:review_queue" not in names(worker)
    assert {"reflections:list", "reflections:review_queue"} <= names(lead)
    assert not {"reflections:list", "reflections:review_queue"} & names(curator)


def test_what_was_submitted_before_stays_out_of_the_audit_trail(
    login, worker, lead, make_reflection
):
    """The copies of each submission (for the changes) are read only on the reflection's
    page: the audit trail never holds them."""
    from auditlog.models import LogEntry

    from reflections import workflow
    from reflections.models import ReflectionEvent

    reflection = make_reflection(learning_points=SECRET)
    workflow.reflection_submit(reflection=reflection, user=worker)
    workflow.reflection_return(reflection=reflection, user=lead, text="Meer over je rol.")
    reflection.learning_points = SECRET + " en daarna"
    workflow.reflection_save_changes(reflection=reflection, user=worker)
    workflow.reflection_submit(reflection=reflection, user=worker)
    copies = ReflectionEvent.objects.filter(content__isnull=False)
    assert [copy.content["learning_points"] for copy in copies] == [SECRET, SECRET + " en daarna"]
    stored = " ".join(str(entry.changes) + entry.object_repr for entry in LogEntry.objects.all())
    assert SECRET not in stored
    assert not LogEntry.objects.filter(content_type__model="reflectionevent").exists()
