"""Reads: a user's notifications for the badge and the list, and their preferences."""

from django.db.models import QuerySet

from .models import Notification, NotificationPreference

PAGE_SIZE = 25


def preference_for(user) -> NotificationPreference:
    """The user's saved preferences, or the defaults (unsaved) when they never changed them:
    everything in the app, everything e-mailed once a day. One query."""
    try:
        return NotificationPreference.objects.get(user=user)
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(user=user)


def notifications_for(user) -> QuerySet[Notification]:
    """What the list shows: the user's own notifications of the kinds shown in the app, newest
    first, with who did it."""
    return (
        Notification.objects.filter(recipient=user, in_app=True)
        .select_related("actor")
        .order_by("-created_at", "-pk")
    )


def unread_count(user) -> int:
    """The number on the badge: unread notifications shown in the app. One COUNT."""
    return Notification.objects.filter(recipient=user, in_app=True, read_at=None).count()
