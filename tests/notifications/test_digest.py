"""manage.py send_notification_digest: 'outcome is due' notifications once per deployment,
then one e-mail per user with what was not e-mailed yet, each notification once."""

import datetime
import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from tests.accounts.factories import UserFactory
from tests.notifications.factories import NotificationFactory, PreferenceFactory
from tests.reflections.factories import STARR_ANSWERS, ReflectionFactory
from tests.situations.factories import DeploymentFactory, SituationFactory
from wijkwerk.notifications.mail import claim
from wijkwerk.notifications.models import Notification
from wijkwerk.notifications.services import notify
from wijkwerk.notifications.texts import sentence

OUTCOME_DUE = Notification.Kind.OUTCOME_DUE


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("send_notification_digest", *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def due_deployment(situation, **kwargs):
    kwargs.setdefault("date", timezone.localdate() - datetime.timedelta(days=20))
    kwargs.setdefault("outcome", "unknown")
    return DeploymentFactory(situation=situation, **kwargs)


@pytest.fixture
def situation(team, worker):
    return SituationFactory(team=team, owner=worker)


@pytest.fixture
def failing_mail(monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("the mail server went away")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)


# outcomes due


def test_an_outcome_due_is_notified_once_to_who_recorded_it(situation, colleague):
    deployment = due_deployment(situation, recorded_by=colleague)
    DeploymentFactory(situation=situation, outcome="unknown")  # today: not due yet
    due_deployment(situation, outcome="worked")  # known: nothing to ask
    assert "Created 1 'outcome is due' notification(s)" in run()
    assert "Created 0 'outcome is due' notification(s) (1 already made earlier" in run()
    notification = Notification.objects.get(kind=OUTCOME_DUE)
    assert notification.recipient == colleague
    assert notification.actor is None
    assert notification.key == f"deployment:{deployment.pk}"
    assert notification.url == reverse(
        "situations:deployment_update", args=[situation.pk, deployment.pk]
    )
    assert deployment.activity.name in notification.label
    assert str(situation.pk) in notification.label


def test_an_other_namely_deployment_is_named_without_its_description(situation, worker):
    """ "Other, namely" is free text: the label says "another activity", never the words."""
    due_deployment(situation, activity=None, other_activity="Gesprek bij de fietsenstalling")
    run()
    label = Notification.objects.get(kind=OUTCOME_DUE).label
    assert "fietsenstalling" not in label
    assert str(situation.pk) in label


def test_without_a_recorder_the_situation_owner_is_told(situation, worker):
    due_deployment(situation, recorded_by=None)
    run()
    assert Notification.objects.get(kind=OUTCOME_DUE).recipient == worker


def test_a_closed_situation_asks_for_no_outcome(situation):
    due_deployment(situation)
    situation.status = "closed"
    situation.save()
    run()
    assert Notification.objects.filter(kind=OUTCOME_DUE).exists() is False


# the digest


def test_one_mail_per_user_with_everything_not_mailed_yet(worker, lead, settings):
    settings.WIJKWERK_BASE_URL = "https://wijkwerk.example.nl"
    first = NotificationFactory(recipient=worker, actor=lead, url="/reflecties/1/")
    second = NotificationFactory(recipient=worker, actor=lead, kind="feedback")
    output = run()
    assert "Sent 1 digest e-mail(s) with 2 notification(s)." in output
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [worker.email]
    assert sentence(first) in message.body
    assert sentence(second) in message.body
    assert "https://wijkwerk.example.nl/reflecties/1/" in message.body
    assert Notification.objects.filter(emailed_at=None).exists() is False


def test_running_again_sends_nothing_new(worker, lead):
    NotificationFactory(recipient=worker, actor=lead)
    run()
    assert "Sent 0 digest e-mail(s)" in run()
    assert len(mail.outbox) == 1
    NotificationFactory(recipient=worker, actor=lead, kind="reviewed")
    run()
    assert len(mail.outbox) == 2
    assert mail.outbox[1].body.count("/reflecties/") == 1  # only the new one


def test_the_outcome_due_is_in_the_same_days_digest(situation, worker):
    due_deployment(situation, recorded_by=worker)
    run()
    assert len(mail.outbox) == 1
    assert sentence(Notification.objects.get()) in mail.outbox[0].body


def test_who_chose_no_e_mail_or_switched_the_kind_off_gets_none(worker, colleague, lead):
    PreferenceFactory(user=worker, email_frequency="never")
    PreferenceFactory(user=colleague, email_off=["returned"])
    NotificationFactory(recipient=worker, actor=lead)
    NotificationFactory(recipient=colleague, actor=lead, kind="returned")
    NotificationFactory(recipient=colleague, actor=lead, kind="feedback")
    run()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [colleague.email]
    assert "/reflecties/" in mail.outbox[0].body
    assert mail.outbox[0].body.count("/reflecties/") == 1  # the feedback only


def test_read_old_inactive_and_address_less_are_not_mailed(worker, lead, team):
    NotificationFactory(recipient=worker, actor=lead, read_at=timezone.now())
    old = NotificationFactory(recipient=worker, actor=lead)
    Notification.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    NotificationFactory(recipient=UserFactory(email=""), actor=lead)
    NotificationFactory(recipient=UserFactory(is_active=False), actor=lead)
    assert "Sent 0 digest e-mail(s)" in run()
    assert mail.outbox == []


def test_a_failed_right_away_mail_is_retried_by_the_digest(
    worker, lead, monkeypatch, django_capture_on_commit_callbacks
):
    PreferenceFactory(user=worker, email_frequency="right_away")

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("down")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", refuse)
        with django_capture_on_commit_callbacks(execute=True):
            notify(worker, "returned", label="reflectie van 3 nov. 2026", url="/r/", actor=lead)
    assert mail.outbox == []
    run()
    assert len(mail.outbox) == 1
    assert Notification.objects.get().emailed_at is not None


def test_a_failing_digest_is_reported_and_sent_on_the_next_run(worker, lead, monkeypatch):
    NotificationFactory(recipient=worker, actor=lead)

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("down")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", refuse)
        with pytest.raises(CommandError, match="1 digest e-mail.s. could not be sent"):
            run()  # a non-zero exit for cron or systemd
    assert Notification.objects.get().emailed_at is None
    assert "Sent 1 digest e-mail(s) with 1 notification(s)." in run()
    assert len(mail.outbox) == 1


def test_a_dry_run_changes_and_sends_nothing(situation, worker, lead):
    due_deployment(situation, recorded_by=worker)
    NotificationFactory(recipient=worker, actor=lead)
    output = run("--dry-run")
    assert "Dry run" in output
    assert "Would create 1 'outcome is due' notification(s)" in output
    assert "Would send 1 digest e-mail(s) with 1 notification(s)" in output
    assert mail.outbox == []
    assert Notification.objects.count() == 1
    assert Notification.objects.get().emailed_at is None


def test_a_claimed_notification_cannot_be_claimed_again(worker):
    notification = NotificationFactory(recipient=worker)
    first, _when = claim([notification.pk])
    second, _when = claim([notification.pk])
    assert first == [notification.pk]
    assert second == []


# no content in e-mails


def test_mails_carry_no_content_of_a_reflection_or_a_situation(
    situation, worker, lead, django_capture_on_commit_callbacks
):
    reflection = ReflectionFactory(author=worker, status="returned")
    deployment = due_deployment(situation, recorded_by=worker)
    PreferenceFactory(user=worker, email_frequency="right_away")
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            worker,
            "returned",
            label=gettext("reflection of %(date)s") % {"date": "12 mrt. 2025"},
            url=reflection.get_absolute_url(),
            actor=lead,
        )
    run()  # the outcome due, right away, and in the digest nothing twice
    assert len(mail.outbox) == 2
    secrets = [
        reflection.title,
        reflection.learning_points,
        *STARR_ANSWERS.values(),
        situation.title,
        situation.description,
        situation.themes,
        deployment.note,
    ]
    for message in mail.outbox:
        for secret in secrets:
            assert secret not in message.subject
            assert secret not in message.body
