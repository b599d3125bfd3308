"""notify(): who is told, once, according to their preferences; e-mail right away after the
commit, never breaking the action; marking read; the preferences hide and show."""

import smtplib

import pytest
from django.core import mail
from django.utils.translation import gettext

from tests.notifications.factories import NotificationFactory, PreferenceFactory
from wijkwerk.notifications import selectors, services
from wijkwerk.notifications.models import Notification
from wijkwerk.notifications.services import notify
from wijkwerk.notifications.texts import sentence

RETURNED = Notification.Kind.RETURNED
LABEL = "reflectie van 3 nov. 2026"


def tell(recipient, actor=None, kind=RETURNED, **kwargs):
    kwargs.setdefault("label", LABEL)
    kwargs.setdefault("url", "/reflecties/7/")
    return notify(recipient, kind, actor=actor, **kwargs)


@pytest.fixture
def failing_mail(monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("the mail server went away")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)


# who is told


def test_it_tells_the_recipient_what_happened_by_whom_and_where(worker, lead):
    notification = tell(worker, lead)
    assert notification.recipient == worker
    assert notification.actor == lead
    assert notification.url == "/reflecties/7/"
    assert notification.in_app is True
    assert notification.is_unread is True
    assert sentence(notification) == gettext("%(actor)s returned your %(label)s") % {
        "actor": str(lead),
        "label": LABEL,
    }


def test_nobody_is_told_about_their_own_action(worker):
    assert tell(worker, worker) is None
    assert Notification.objects.exists() is False


def test_a_key_makes_the_same_notification_once(worker):
    first = tell(worker, key="deployment:5", kind=Notification.Kind.OUTCOME_DUE)
    again = tell(worker, key="deployment:5", kind=Notification.Kind.OUTCOME_DUE)
    assert first is not None
    assert again is None
    assert Notification.objects.count() == 1


def test_a_kind_switched_off_in_the_app_and_by_mail_is_not_made(worker, lead):
    PreferenceFactory(user=worker, app_off=[RETURNED], email_off=[RETURNED])
    assert tell(worker, lead) is None
    assert tell(worker, lead, kind=Notification.Kind.REVIEWED) is not None


def test_with_e_mail_never_a_kind_off_in_the_app_is_not_made(worker, lead):
    PreferenceFactory(user=worker, app_off=[RETURNED], email_frequency="never")
    assert tell(worker, lead) is None


def test_a_kind_off_in_the_app_is_made_for_e_mail_only(worker, lead):
    PreferenceFactory(user=worker, app_off=[RETURNED])
    notification = tell(worker, lead)
    assert notification.in_app is False
    assert selectors.unread_count(worker) == 0
    assert list(selectors.notifications_for(worker)) == []


def test_an_unknown_actor_is_a_colleague(worker):
    notification = NotificationFactory(recipient=worker, actor=None, kind="feedback")
    assert sentence(notification).startswith(gettext("A colleague"))


def test_each_kind_has_a_sentence_with_the_label(worker, lead):
    for kind in Notification.Kind.values:
        notification = NotificationFactory(recipient=worker, actor=lead, kind=kind, label="X-42")
        assert "X-42" in sentence(notification)
        assert sentence(notification) != "X-42"


# e-mail right away


def test_right_away_is_mailed_after_the_commit_and_marked_e_mailed(
    worker, lead, settings, django_capture_on_commit_callbacks
):
    settings.WIJKWERK_BASE_URL = "https://wijkwerk.example.nl"
    PreferenceFactory(user=worker, email_frequency="right_away")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notification = tell(worker, lead)
    assert mail.outbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [worker.email]
    assert sentence(notification) in message.subject
    assert "https://wijkwerk.example.nl/reflecties/7/" in message.body
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_a_rolled_back_action_mails_nothing(worker, lead, django_capture_on_commit_callbacks):
    from django.db import transaction

    PreferenceFactory(user=worker, email_frequency="right_away")
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        tell(worker, lead)
        raise RuntimeError("the action failed")
    assert mail.outbox == []
    assert Notification.objects.exists() is False


def test_the_daily_digest_user_gets_no_mail_right_away(
    worker, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell(worker, lead)  # defaults: e-mail once a day
    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.emailed_at is None


def test_no_mail_right_away_for_a_kind_switched_off_by_mail(
    worker, lead, django_capture_on_commit_callbacks
):
    PreferenceFactory(user=worker, email_frequency="right_away", email_off=[RETURNED])
    with django_capture_on_commit_callbacks(execute=True):
        assert tell(worker, lead).in_app is True
    assert mail.outbox == []


def test_no_mail_right_away_without_an_address(worker, lead, django_capture_on_commit_callbacks):
    worker.email = ""
    worker.save()
    PreferenceFactory(user=worker, email_frequency="right_away")
    with django_capture_on_commit_callbacks(execute=True):
        assert tell(worker, lead) is not None
    assert mail.outbox == []


def test_a_failing_mail_never_breaks_the_action_and_is_left_for_the_digest(
    worker, lead, failing_mail, django_capture_on_commit_callbacks
):
    PreferenceFactory(user=worker, email_frequency="right_away")
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell(worker, lead)  # no exception
    notification.refresh_from_db()
    assert notification.emailed_at is None
    assert selectors.unread_count(worker) == 1


# read, and preferences


def test_marking_all_read_marks_only_my_unread_ones(worker, colleague):
    mine = NotificationFactory.create_batch(2, recipient=worker)
    theirs = NotificationFactory(recipient=colleague)
    assert services.notifications_mark_all_read(user=worker) == 2
    assert all(Notification.objects.get(pk=n.pk).read_at for n in mine)
    assert Notification.objects.get(pk=theirs.pk).read_at is None


def test_switching_a_kind_off_in_the_app_hides_it_and_on_shows_it_again(worker):
    returned = NotificationFactory(recipient=worker, kind=RETURNED)
    feedback = NotificationFactory(recipient=worker, kind="feedback")
    all_kinds = Notification.Kind.values
    services.preference_update(
        user=worker,
        app_kinds=[k for k in all_kinds if k != RETURNED],
        email_kinds=all_kinds,
        email_frequency="daily",
    )
    assert list(selectors.notifications_for(worker)) == [feedback]
    assert selectors.unread_count(worker) == 1
    services.preference_update(
        user=worker, app_kinds=all_kinds, email_kinds=all_kinds, email_frequency="daily"
    )
    assert set(selectors.notifications_for(worker)) == {returned, feedback}


def test_without_saved_preferences_the_defaults_apply_and_nothing_is_stored(worker):
    preference = selectors.preference_for(worker)
    assert preference.pk is None
    assert preference.email_frequency == "daily"
    assert all(preference.shows_in_app(k) for k in Notification.Kind.values)
    assert all(preference.emails(k) for k in Notification.Kind.values)


def test_a_name_with_an_apostrophe_is_plain_text_in_the_mail(
    worker, lead, django_capture_on_commit_callbacks
):
    lead.last_name = "van 't Hof"
    lead.save()
    PreferenceFactory(user=worker, email_frequency="right_away")
    with django_capture_on_commit_callbacks(execute=True):
        tell(worker, lead)
    message = mail.outbox[0]
    assert "van 't Hof" in message.subject
    assert "van 't Hof" in message.body
    assert "&#x27;" not in message.subject + message.body
