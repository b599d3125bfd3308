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
    # Whether the badge and the list show it: the recipient's in-app switch for this kind, kept
    # in step when they change their preferences (services.preference_update). A notification
    # with the app switched off exists only to be e-mailed.
    in_app = models.BooleanField(_("shown in the app"), default=True)
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

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """One user's choices: which kinds show in the app, which are e-mailed, and how often.

    Created when the user first saves the settings page; until then the defaults below apply
    (``selectors.preference_for`` returns an unsaved instance). Kinds are stored as the ones
    switched *off*, so a kind added later is on for everyone.
    """

    class Frequency(models.TextChoices):
        RIGHT_AWAY = "right_away", _("right away")
        DAILY = "daily", _("once a day (a summary)")
        NEVER = "never", _("never")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("user"),
    )
    email_frequency = models.CharField(
        _("e-mail"), max_length=10, choices=Frequency, default=Frequency.DAILY
    )
    app_off = models.JSONField(_("kinds not shown in the app"), default=list, blank=True)
    email_off = models.JSONField(_("kinds not e-mailed"), default=list, blank=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self):
        return str(self.user_id)

    def shows_in_app(self, kind: str) -> bool:
        return kind not in self.app_off

    def emails(self, kind: str) -> bool:
        return self.email_frequency != self.Frequency.NEVER and kind not in self.email_off

    def wanted(self, kind: str) -> bool:
        """A notification is made when at least one channel wants it."""
        return self.shows_in_app(kind) or self.emails(kind)
