from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from wijkwerk.accounts.models import Membership, Team, User
from wijkwerk.demo import DEMO_PASSWORD


def test_it_creates_one_account_per_role_in_one_team(db, settings, capsys):
    settings.DEBUG = True
    call_command("demo")
    team = Team.objects.get(name="Wijkteam Demo")
    assert set(User.objects.values_list("username", flat=True)) >= {
        "werker",
        "teamleider",
        "beheerder",
    }
    assert Membership.objects.get(user__username="teamleider", team=team).role == "lead"
    assert User.objects.get(username="werker").groups.filter(name="Sociaal werker").exists()
    assert User.objects.get(username="beheerder").is_staff is True
    assert User.objects.get(username="werker").check_password(DEMO_PASSWORD) is True
    assert "werker" in capsys.readouterr().out


def test_running_it_twice_duplicates_nothing_and_keeps_changes(db, settings):
    settings.DEBUG = True
    call_command("demo")
    werker = User.objects.get(username="werker")
    werker.set_password("eigen-wachtwoord-2026")
    werker.save()
    counts = (User.objects.count(), Team.objects.count(), Membership.objects.count())
    call_command("demo")
    assert (User.objects.count(), Team.objects.count(), Membership.objects.count()) == counts
    assert User.objects.get(username="werker").check_password("eigen-wachtwoord-2026") is True


def test_it_refuses_without_debug_unless_asked_explicitly(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG is off"):
        call_command("demo")
    assert not User.objects.filter(username="werker").exists()
    call_command("demo", "--allow-production")
    assert User.objects.filter(username="werker").exists()


# Demo reflections: every status of the review, so a lead's first look is not empty.


def _demo_reflections():
    from reflections.models import Reflection

    return Reflection.objects.filter(author__username__in=["werker", "collega"])


def test_the_demo_has_reflections_in_every_status(db, settings):
    from reflections.changes import changes_since_previous_submission
    from reflections.selectors import review_queue_for

    settings.DEBUG = True
    call_command("demo")
    reflections = _demo_reflections()
    statuses = set(reflections.filter(author__username="werker").values_list("status", flat=True))
    assert statuses == {"draft", "submitted", "returned", "reviewed"}
    assert set(reflections.filter(author__username="collega").values_list("status", flat=True)) >= {
        "submitted",
        "reviewed",
    }
    returned = reflections.get(status="returned")
    assert returned.feedback.filter(kind="returned").exclude(text="").exists()
    reviewed = reflections.filter(status="reviewed", author__username="werker").get()
    assert reviewed.reviewed_by.username == "teamleider"
    assert reviewed.feedback.filter(kind="reviewed").exclude(text="").exists()
    # The lead's queue is not empty, and one reflection came back with changes to show.
    lead = User.objects.get(username="teamleider")
    queue = list(review_queue_for(lead))
    assert len(queue) >= 3
    with_changes = [
        reflection
        for reflection in queue
        if changes_since_previous_submission(reflection, list(reflection.events.all()))
    ]
    assert len(with_changes) == 1
    changed = changes_since_previous_submission(with_changes[0], with_changes[0].events.all())
    assert {change.name for change in changed.fields} == {
        "answer_action",
        "answer_reflection",
        "learning_points",
    }


@pytest.mark.parametrize("with_catalogue", [False, True])
def test_the_demo_reflections_were_sent_in_on_different_days_after_their_activity(
    db, settings, with_catalogue
):
    from reflections.selectors import review_queue_for

    if with_catalogue:
        _load_catalogue()
    settings.DEBUG = True
    call_command("demo")
    today = timezone.localdate()
    sent_in = _demo_reflections().exclude(submitted_at=None)
    assert sent_in.count() >= 5
    for reflection in sent_in:
        day = timezone.localdate(reflection.submitted_at)
        assert reflection.date <= day < today, reflection.title
        assert day >= today - timedelta(days=30), reflection.title
        events = list(reflection.events.order_by("pk").values_list("created_at", flat=True))
        assert events == sorted(events) and timezone.localdate(events[0]) == day
        for feedback in reflection.feedback.all():
            assert timezone.localdate(feedback.created_at) == day
    # So the lead's queue has an order to show: not every reflection on the same day.
    queue = list(review_queue_for(User.objects.get(username="teamleider")))
    assert len({timezone.localdate(reflection.submitted_at) for reflection in queue}) > 1


def test_the_demo_reflections_hold_no_personal_data():
    from reflections.demo import demo_texts
    from wijkwerk.privacy.guard import scan

    texts = demo_texts()
    assert len(texts) > 30
    for text in texts:
        assert scan(text) == [], text


def test_the_worker_finds_notifications_of_the_lead(
    db, settings, django_capture_on_commit_callbacks
):
    from wijkwerk.notifications.models import Notification

    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo")
    kinds = set(
        Notification.objects.filter(recipient__username="werker").values_list("kind", flat=True)
    )
    assert kinds == {"returned", "reviewed", "feedback"}


def test_running_it_twice_adds_no_reflections_and_keeps_changes(db, settings):
    from reflections.models import Feedback, ReflectionEvent

    settings.DEBUG = True
    call_command("demo")
    draft = _demo_reflections().get(status="draft")
    draft.learning_points = "Mijn eigen aanvulling."
    draft.save()
    counts = (
        _demo_reflections().count(),
        Feedback.objects.count(),
        ReflectionEvent.objects.count(),
    )
    call_command("demo")
    assert (
        _demo_reflections().count(),
        Feedback.objects.count(),
        ReflectionEvent.objects.count(),
    ) == counts
    draft.refresh_from_db()
    assert draft.learning_points == "Mijn eigen aanvulling."


def test_with_the_catalogue_the_reflections_are_about_demo_situations(db, settings):
    _load_catalogue()
    settings.DEBUG = True
    call_command("demo")
    linked = _demo_reflections().exclude(situation=None)
    assert linked.count() >= 4
    for reflection in linked.select_related("situation", "deployment"):
        assert reflection.situation.team.name == "Wijkteam Demo"
        if reflection.deployment is not None:
            assert reflection.deployment.situation_id == reflection.situation_id
            assert reflection.date == reflection.deployment.date
    assert _demo_reflections().exclude(deployment=None).count() >= 4


def _load_catalogue():
    from activities.catalogue_io import load_catalogue, read_fixtures

    load_catalogue(*read_fixtures(Path(__file__).resolve().parents[2] / "fixtures"))
