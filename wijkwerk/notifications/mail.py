"""E-mails about notifications: one right away, or a daily summary.

A mail says what happened, by whom, about what (the content-free label) and links to the page
in Wijkwerk: never a word of a reflection, a description or a note. Each notification is
e-mailed once: it is claimed by setting ``emailed_at`` while it is still empty, and released
again when sending fails, so the next digest tries again.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Notification
from .texts import sentence

logger = logging.getLogger(__name__)


def absolute_url(path: str) -> str:
    """The link in an e-mail: WIJKWERK_BASE_URL in front of the local path."""
    base = settings.WIJKWERK_BASE_URL.rstrip("/")
    if not base:
        logger.warning("WIJKWERK_BASE_URL is not set: e-mail links are paths without a host.")
    return f"{base}{path}"


def _items(notifications) -> list[dict]:
    return [{"sentence": sentence(n), "link": absolute_url(n.url)} for n in notifications]


def _message(user, template: str, context: dict) -> EmailMessage:
    """Render ``notifications/email/<template>_subject.txt`` and ``_body.txt`` in the site's
    language (the recipient has no language of their own; the actor's must not leak in)."""
    context = {
        **context,
        "user": user,
        "settings_link": absolute_url(reverse("notifications:preferences")),
        "list_link": absolute_url(reverse("notifications:list")),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"notifications/email/{template}_subject.txt", context)
        body = render_to_string(f"notifications/email/{template}_body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[user.email])


def claim(pks) -> tuple[list[int], object]:
    """Mark the notifications e-mailed that nobody else has claimed yet, and return their ids
    with the claim's time. Rows another process holds are skipped (PostgreSQL: SKIP LOCKED;
    SQLite takes the write lock for the whole transaction, so claims queue)."""
    now = timezone.now()
    with transaction.atomic():
        claimed = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk__in=list(pks), emailed_at=None)
            .values_list("pk", flat=True)
        )
        Notification.objects.filter(pk__in=claimed).update(emailed_at=now)
    return claimed, now


def release(pks, claimed_at) -> None:
    """Sending failed: make them unsent again, so the next digest tries again."""
    Notification.objects.filter(pk__in=list(pks), emailed_at=claimed_at).update(emailed_at=None)


def send_right_away(notification_pk: int) -> bool:
    """After the commit of ``notify()``: e-mail one notification now. Never raises: the user's
    action has already succeeded, a failure is logged and left for the digest."""
    try:
        claimed, claimed_at = claim([notification_pk])
        if not claimed:
            return False
        notification = Notification.objects.select_related("recipient", "actor").get(
            pk=notification_pk
        )
        try:
            message = _message(
                notification.recipient, "right_away", {"item": _items([notification])[0]}
            )
            message.send()
        except Exception:
            release(claimed, claimed_at)
            raise
    except Exception:
        logger.exception(
            "Could not e-mail notification %s; the digest will try again.", notification_pk
        )
        return False
    return True


def send_digest(user, notifications) -> int:
    """E-mail ``user`` one summary of ``notifications`` (already filtered to what they want);
    returns the number e-mailed, 0 when another run claimed them first. Raises when sending
    fails, after releasing the claim."""
    claimed, claimed_at = claim(n.pk for n in notifications)
    if not claimed:
        return 0
    claimed = set(claimed)
    mine = [n for n in notifications if n.pk in claimed]
    try:
        _message(user, "digest", {"items": _items(mine)}).send()
    except Exception:
        release(claimed, claimed_at)
        raise
    return len(mine)
