"""Creating notifications. The calling app passes a content-free label and the URL to act on."""

from django.db import IntegrityError, transaction

from .models import Notification


def notify(recipient, kind: str, *, label: str, url: str, actor=None, key: str = ""):
    """Tell ``recipient`` that ``kind`` happened. Nobody is told about their own action; with a
    ``key`` the same notification is created once only. Returns the notification, or None."""
    if recipient is None or (actor is not None and actor.pk == recipient.pk):
        return None
    try:
        with transaction.atomic():
            return Notification.objects.create(
                recipient=recipient, kind=kind, actor=actor, label=label[:120], url=url, key=key
            )
    except IntegrityError:
        if key:
            return None
        raise
