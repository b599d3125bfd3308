from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotAPersonConfirmation(models.Model):
    """A writer confirmed that words the guard held as a possible name are not a person.

    Who, when, where (form and field) and which kind: never the words themselves, so the record
    cannot leak what it was about.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="not_a_person_confirmations",
        verbose_name=_("user"),
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), default=timezone.now, db_index=True)
    form = models.CharField(_("form"), max_length=100)
    field = models.CharField(_("field"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20)

    class Meta:
        ordering = ["-confirmed_at", "-pk"]
        verbose_name = _("“not a person” confirmation")
        verbose_name_plural = _("“not a person” confirmations")

    def __str__(self):
        return f"{self.form}.{self.field} ({self.confirmed_at:%Y-%m-%d %H:%M})"
