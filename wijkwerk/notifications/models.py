from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """Something that needs the recipient: where to go, who did it, what kind — no content."""

    class Kind(models.TextChoices):
        RETURNED = "returned", _("reflection returned")
        REVIEWED = "reviewed", _("reflection reviewed")
        FEEDBACK = "feedback", _("feedback given")
        SITUATION_CHANGED = "situation_changed", _("a colleague changed your situation")
        OUTCOME_DUE = "outcome_due", _("an outcome is due")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    # A reference without content, such as "situatie 12" or "reflectie van 3 nov. 2026".
    label = models.CharField(_("about"), max_length=120)
    url = models.CharField(_("link"), max_length=300)
    # Makes a notification about the same thing once only, e.g. "deployment:5" for an outcome due.
    key = models.CharField(_("key"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["emailed_at", "created_at"], name="notification_unmailed"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "key"],
                condition=~models.Q(key=""),
                name="notification_once_per_key",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.label}"
