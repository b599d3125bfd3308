import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from reflections.prompts import MODEL_CHOICES, answer_errors, get_model, ordered_answers
from situations.models import Deployment, Situation
from wijkwerk.privacy.validators import validate_readable_text
from wijkwerk.templatetags.dutch_dates import format_date_text

MAX_MINUTES = 8 * 60  # one working day: longer is almost certainly a typing error
# Reflections count for re-registration cycles of five years; older dates are typing errors.
EARLIEST_DATE = datetime.date(2000, 1, 1)


def date_range_message() -> str:
    """The one message for a date outside the allowed range (form and model)."""
    return _(
        "Choose a date between %(earliest)s and today: a reflection is about something that "
        "has happened."
    ) % {"earliest": format_date_text(EARLIEST_DATE)}


class Reflection(models.Model):
    """A professional's reflection on their own work. Private to the author until submitted."""

    privacy_fields = ("title", "answers", "learning_points")  # free text, guarded

    class Status(models.TextChoices):
        # Capitalised: a status stands alone in badges, filters and tables.
        DRAFT = "draft", pgettext_lazy("reflection status", "Draft")
        SUBMITTED = "submitted", pgettext_lazy("reflection status", "Submitted")
        REVIEWED = "reviewed", pgettext_lazy("reflection status", "Reviewed")
        RETURNED = "returned", pgettext_lazy("reflection status", "Returned")

    class Category(models.TextChoices):
        # The categories of reflection hours that count for re-registration (Registerplein).
        REFLECTION = "reflectie", pgettext_lazy("reflection category", "reflection")
        INTERVISION = "intervisie", pgettext_lazy("reflection category", "intervision")
        SUPERVISION = "supervisie", pgettext_lazy("reflection category", "supervision")

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,  # deleting an account deletes its reflections
        related_name="reflections",
        verbose_name=_("author"),
    )
    situation = models.ForeignKey(
        Situation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflections",
        verbose_name=_("situation"),
        help_text=_("Optional: the situation in the neighbourhood this reflection is about."),
    )
    deployment = models.ForeignKey(
        Deployment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflections",
        verbose_name=_("activity used"),
        help_text=_("Optional: the activity in that situation this reflection is about."),
    )
    model = models.CharField(_("reflection model"), max_length=20, choices=MODEL_CHOICES)
    title = models.CharField(_("title"), max_length=150, validators=[validate_readable_text])
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    learning_points = models.TextField(
        _("learning points"),
        max_length=5000,
        blank=True,
        help_text=_("What you learned and want to remember. This also goes into your export."),
    )
    minutes = models.PositiveIntegerField(
        _("minutes spent"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_MINUTES)],
        help_text=_("Net time in minutes, without breaks or travel. One hour is 60 minutes."),
    )
    category = models.CharField(
        _("category"), max_length=12, choices=Category, default=Category.REFLECTION
    )
    date = models.DateField(_("date of the activity"))
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_("Raised on every save, so two open edit forms cannot overwrite each other."),
    )

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        ordering = ["-date", "-created_at"]
        permissions = [("review_reflection", _("Can review reflections of team members"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "submitted", "reviewed", "returned"]),
                name="reflection_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(category__in=["reflectie", "intervisie", "supervisie"]),
                name="reflection_category_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(model__in=[key for key, _label in MODEL_CHOICES]),
                name="reflection_model_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(minutes__gte=1, minutes__lte=MAX_MINUTES),
                name="reflection_minutes_range",
            ),
            models.CheckConstraint(
                condition=~models.Q(title=""), name="reflection_title_not_empty"
            ),
        ]
        indexes = [
            # My reflections, newest first (list and export).
            models.Index(fields=["author", "-date"], name="reflection_author_date"),
            # The review queue and the navigation count: submitted ones, oldest first.
            models.Index(fields=["status", "submitted_at"], name="reflection_status_submitted"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reflections:detail", args=[self.pk])

    def clean(self):
        super().clean()
        if self.date and not (EARLIEST_DATE <= self.date <= timezone.localdate()):
            raise ValidationError({"date": date_range_message()})
        if self.model and answer_errors(self.model, self.answers):
            raise ValidationError(
                {"answers": _("The answers do not fit the questions of this reflection model.")}
            )

    @property
    def reflection_model(self):
        """The model definition from prompts.py (label, prompts)."""
        return get_model(self.model)

    @property
    def answer_list(self):
        """[(prompt, answer)] in the model's order, for showing and exporting."""
        return ordered_answers(self.model, self.answers)

    @property
    def is_complete(self) -> bool:
        return all(answer.strip() for _prompt, answer in self.answer_list)


class Feedback(models.Model):
    """A team lead's message on a reflection: a comment, or the words that came with returning
    or closing it. Together they form the feedback thread."""

    privacy_fields = ("text",)  # free text, guarded

    class Kind(models.TextChoices):
        COMMENT = "comment", pgettext_lazy("feedback kind", "comment")
        RETURNED = "returned", pgettext_lazy("feedback kind", "returned for changes")
        REVIEWED = "reviewed", pgettext_lazy("feedback kind", "reviewed")

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("reflection")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.COMMENT)
    text = models.TextField(_("feedback"), max_length=5000, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["reflection", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["comment", "returned", "reviewed"]),
                name="feedback_kind_valid",
            ),
            # Only closing a reflection may come without words.
            models.CheckConstraint(
                condition=models.Q(kind="reviewed") | ~models.Q(text=""),
                name="feedback_text_required",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.created_at:%Y-%m-%d}"


class ReflectionEvent(models.Model):
    """The transition log: who moved a reflection from which status to which, and when; with
    each submission, a copy of what was submitted (``content``)."""

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="events", verbose_name=_("reflection")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    from_status = models.CharField(_("from"), max_length=10, choices=Reflection.Status)
    to_status = models.CharField(_("to"), max_length=10, choices=Reflection.Status)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    # What was submitted (a submission only), so a lead sees what changed since the previous
    # one. Content: read only through the reflection's own pages, never in the audit trail
    # (this model is not registered there) and never in the admin (see admin.py).
    content = models.JSONField(
        _("submitted content"),
        null=True,
        blank=True,
        help_text=_("The title, answers and other fields as they were submitted."),
    )

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["reflection", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    from_status__in=["draft", "submitted", "reviewed", "returned"],
                    to_status__in=["draft", "submitted", "reviewed", "returned"],
                ),
                name="reflectionevent_status_valid",
            ),
        ]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"
