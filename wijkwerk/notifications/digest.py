"""The daily digest: one e-mail per user with what they have not been e-mailed about yet."""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass

from .mail import send_digest
from .models import Notification, NotificationPreference

logger = logging.getLogger(__name__)

# Older notifications are not e-mailed any more: someone who switches e-mail on does not get
# months of history, and a notification whose mail keeps failing stops being tried.
DIGEST_MAX_AGE_DAYS = 7


@dataclass
class DigestReport:
    users: int = 0  # e-mails sent (or, in a dry run, that would be sent)
    notifications: int = 0  # notifications in them
    failed: int = 0  # e-mails that could not be sent; tried again on the next run


def pending(*, now) -> dict:
    """{user: [notifications]} still to e-mail: not e-mailed, not read in the app yet, at most
    DIGEST_MAX_AGE_DAYS old, of kinds the user wants by e-mail, to active users with an
    address who did not switch e-mail off. Users with "right away" are in it too: those are
    mails that failed and are tried again. One query."""
    rows = (
        Notification.objects.filter(
            emailed_at=None,
            read_at=None,
            created_at__gte=now - datetime.timedelta(days=DIGEST_MAX_AGE_DAYS),
            recipient__is_active=True,
        )
        .exclude(recipient__email="")
        .exclude(
            recipient__notification_preference__email_frequency=(
                NotificationPreference.Frequency.NEVER
            )
        )
        .select_related("recipient", "actor", "recipient__notification_preference")
        .order_by("recipient_id", "created_at", "pk")
    )
    by_user = defaultdict(list)
    for notification in rows:
        user = notification.recipient
        preference = getattr(user, "notification_preference", None) or NotificationPreference(
            user=user
        )
        if preference.emails(notification.kind):
            by_user[user].append(notification)
    return dict(by_user)


def send_digests(*, now, dry_run: bool = False) -> DigestReport:
    report = DigestReport()
    for user, notifications in pending(now=now).items():
        if dry_run:
            report.users += 1
            report.notifications += len(notifications)
            continue
        try:
            sent = send_digest(user, notifications)
        except Exception:
            logger.exception("Could not send the notification digest to user %s.", user.pk)
            report.failed += 1
            continue
        if sent:
            report.users += 1
            report.notifications += sent
    return report
