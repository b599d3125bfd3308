"""Creating notifications, marking them read, and changing a user's preferences. The calling
app passes a content-free label and the URL to act on."""

from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import Case, Value, When
from django.utils import timezone

from .models import Notification, NotificationPreference
from .selectors import preference_for


def notify(recipient, kind: str, *, label: str, url: str, actor=None, key: str = ""):
    """Tell ``recipient`` that ``kind`` happened. Nobody is told about their own action; with a
    ``key`` the same notification is created once only. Returns the notification, or None.

    The recipient's preferences decide: nothing is made when both the app and e-mail are off
    for this kind; with the app off it is made for e-mail only (not in the badge or the list).
    Someone who wants e-mail right away gets it once the caller's transaction commits; a
    failing mail never breaks the caller (``mail.send_right_away`` logs it and the digest
    tries again)."""
    if recipient is None or (actor is not None and actor.pk == recipient.pk):
        return None
    preference = preference_for(recipient)
    if not preference.wanted(kind):
        return None
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient,
                kind=kind,
                actor=actor,
                label=label[:120],
                url=url,
                key=key,
                in_app=preference.shows_in_app(kind),
            )
    except IntegrityError:
        if key:
            return None
        raise
    if (
        preference.emails(kind)
        and preference.email_frequency == NotificationPreference.Frequency.RIGHT_AWAY
        and recipient.email
    ):
        from .mail import send_right_away

        transaction.on_commit(partial(send_right_away, notification.pk), robust=True)
    return notification


def notification_mark_read(*, notification: Notification) -> None:
    """Mark one notification read (once: the first time counts)."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at=None).update(
            read_at=notification.read_at
        )


def notifications_mark_all_read(*, user) -> int:
    """Mark all of the user's unread notifications in the app read; returns how many."""
    return Notification.objects.filter(recipient=user, in_app=True, read_at=None).update(
        read_at=timezone.now()
    )


def preference_update(
    *, user, app_kinds: list[str], email_kinds: list[str], email_frequency: str
) -> NotificationPreference:
    """Save which kinds the user wants in the app and by e-mail, and how often, and show or
    hide their existing notifications to match the app switches."""
    kinds = Notification.Kind.values
    app_off = [kind for kind in kinds if kind not in app_kinds]
    email_off = [kind for kind in kinds if kind not in email_kinds]
    with transaction.atomic():
        preference, _created = NotificationPreference.objects.update_or_create(
            user=user,
            defaults={
                "app_off": app_off,
                "email_off": email_off,
                "email_frequency": email_frequency,
            },
        )
        Notification.objects.filter(recipient=user).update(
            in_app=Case(When(kind__in=app_off, then=Value(False)), default=Value(True))
        )
    return preference
