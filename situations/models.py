from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from activities.models import Activity, Goal, Level, Signal, SituationType, TargetGroup
from situations import triage
from wijkwerk.accounts.models import Team
from wijkwerk.privacy.validators import validate_readable_text


class Neighbourhood(models.Model):
    name = models.CharField(_("name"), max_length=120)
    municipality = models.CharField(_("municipality"), max_length=120)
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=12,
        blank=True,
        help_text=_(
            "Optional: the CBS code of the district or neighbourhood, e.g. WK036301 or BU03630105."
        ),
    )
    teams = models.ManyToManyField(
        Team, related_name="neighbourhoods", blank=True, verbose_name=_("teams working here")
    )

    class Meta:
        verbose_name = _("neighbourhood")
        verbose_name_plural = _("neighbourhoods")
        ordering = ["municipality", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name"], name="neighbourhood_unique_name"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.municipality})"


class Answer(models.TextChoices):
    YES = triage.YES, _("yes")
    NO = triage.NO, _("no")
    UNKNOWN = triage.UNKNOWN, _("don't know")


class Parties(models.TextChoices):
    GROUPS = triage.GROUPS, _("between groups of residents")
    HOUSEHOLDS = triage.HOUSEHOLDS, _("between (two) households")
    ONE_RESIDENT = triage.ONE_RESIDENT, _("one resident causes nuisance or worry")
    NOBODY = triage.NOBODY, _("nobody against anybody: loneliness or not taking part")
    UNKNOWN = triage.UNKNOWN, _("don't know yet")


class Phase(models.TextChoices):
    NONE = "", _("not an escalation")
    ACUTE = triage.ACUTE, _("acute: it is happening now")
    AFTERCARE = triage.AFTERCARE, _("aftercare: the escalation is over")


def _answer_field(label, help_text):
    return models.CharField(
        label, max_length=10, choices=Answer, default=Answer.UNKNOWN, help_text=help_text
    )


class Triage(models.Model):
    """The triage answers: the questions that decide which route fits and what must not be
    done. Abstract, so the situation stores them as its own columns."""

    parties = models.CharField(
        _("between whom is it?"), max_length=15, choices=Parties, default=Parties.UNKNOWN
    )
    care_need = _answer_field(
        _("does someone involved have a care need?"),
        _(
            "For example psychiatric problems, an addiction, a mild intellectual disability (LVB) or dementia."
        ),
    )
    crime = _answer_field(
        _("has a crime or discriminatory act been committed?"),
        _("For example assault, threats, arson, or a swastika on a door."),
    )
    addressable = _answer_field(
        _("can the parties be spoken to?"),
        _("Can they talk, listen and keep to an agreement?"),
    )
    acute_threat = _answer_field(
        _("is there an acute threat?"), _("Is someone in danger now, or about to be?")
    )
    consent = _answer_field(
        _("does the resident agree that his situation is discussed with neighbours?"),
        _("Only needed when you want to explain a resident's care need to the neighbours."),
    )
    phase = models.CharField(
        _("phase of the escalation"), max_length=10, choices=Phase, blank=True, default=Phase.NONE
    )

    class Meta:
        abstract = True

    def triage_answers(self) -> dict[str, str]:
        return {
            "parties": self.parties,
            triage.CARE_NEED: self.care_need,
            triage.CRIME: self.crime,
            triage.ADDRESSABLE: self.addressable,
            triage.ACUTE_THREAT: self.acute_threat,
            triage.CONSENT: self.consent,
        }


class Situation(Triage, models.Model):
    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("situation status", "open")
        ONGOING = "ongoing", pgettext_lazy("situation status", "ongoing")
        CLOSED = "closed", pgettext_lazy("situation status", "closed")

    privacy_fields = ("title", "description", "themes")  # free text, guarded

    title = models.CharField(_("title"), max_length=150, validators=[validate_readable_text])
    description = models.TextField(
        _("what is going on?"),
        max_length=5000,
        help_text=_(
            "Describe the dynamics in the neighbourhood, not people: "
            "no names, addresses or other personal data."
        ),
    )
    neighbourhood = models.ForeignKey(
        Neighbourhood,
        on_delete=models.PROTECT,
        related_name="situations",
        verbose_name=_("neighbourhood"),
    )
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, related_name="situations", verbose_name=_("team")
    )
    level = models.ForeignKey(
        Level, on_delete=models.PROTECT, related_name="situations", verbose_name=_("level")
    )
    situation_type = models.ForeignKey(
        SituationType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="situations",
        verbose_name=_("type of situation"),
    )
    signals = models.ManyToManyField(
        Signal, related_name="situations", blank=True, verbose_name=_("signals you see")
    )
    goals = models.ManyToManyField(
        Goal, related_name="situations", blank=True, verbose_name=_("goals")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, related_name="situations", blank=True, verbose_name=_("target groups")
    )
    themes = models.CharField(
        _("themes"),
        max_length=200,
        blank=True,
        help_text=_("Key words, separated by commas, e.g. noise, parking."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.OPEN)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="situations",
        verbose_name=_("owner"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_("Raised on every save, so two people cannot overwrite each other."),
    )

    class Meta:
        verbose_name = _("situation")
        verbose_name_plural = _("situations")
        ordering = ["-updated_at"]
        permissions = [("view_team_overview", _("Can see the team overview (numbers only)"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["open", "ongoing", "closed"]),
                name="situation_status_valid",
            ),
            models.CheckConstraint(condition=~models.Q(title=""), name="situation_title_not_empty"),
            models.CheckConstraint(
                condition=models.Q(phase__in=["", "acute", "aftercare"]),
                name="situation_phase_valid",
            ),
        ]
        indexes = [models.Index(fields=["team", "-updated_at"], name="situation_team_updated")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("situations:detail", args=[self.pk])


class LearningQuestion(models.Model):
    situation = models.ForeignKey(
        Situation,
        on_delete=models.CASCADE,
        related_name="learning_questions",
        verbose_name=_("situation"),
    )
    privacy_fields = ("text",)  # free text, guarded

    text = models.CharField(_("learning question"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("learning question")
        verbose_name_plural = _("learning questions")
        ordering = ["situation", "order", "pk"]

    def __str__(self):
        return self.text


class Observation(models.Model):
    """A moment in the situation's trajectory; level changes are recorded here automatically."""

    privacy_fields = ("note",)  # free text, guarded

    situation = models.ForeignKey(
        Situation,
        on_delete=models.CASCADE,
        related_name="observations",
        verbose_name=_("situation"),
    )
    date = models.DateField(_("date"))
    level = models.ForeignKey(
        Level, on_delete=models.PROTECT, related_name="+", verbose_name=_("level")
    )
    previous_level = models.ForeignKey(
        Level,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("previous level"),
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["situation", "date", "created_at"]

    def __str__(self):
        return f"{self.situation} – {self.date}: {self.level}"


class Deployment(models.Model):
    """An activity tried in a situation, and how it went (practice evidence).

    Either an activity from the catalogue, or one the catalogue does not have, described in a
    few words ("other, namely"): exactly one of the two. Only catalogue activities count as
    evidence for the advice.
    """

    privacy_fields = ("note", "other_activity")  # free text, guarded

    class Outcome(models.TextChoices):
        WORKED = "worked", _("worked")
        PARTLY = "partly", _("worked partly")
        DID_NOT_WORK = "did_not_work", _("did not work")
        UNKNOWN = "unknown", _("not known yet")

    situation = models.ForeignKey(
        Situation, on_delete=models.CASCADE, related_name="deployments", verbose_name=_("situation")
    )
    activity = models.ForeignKey(
        Activity,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deployments",
        verbose_name=_("activity"),
        help_text=_("The activity from the catalogue; empty when it was another activity."),
    )
    other_activity = models.CharField(
        _("other activity"),
        max_length=120,
        blank=True,
        default="",
        help_text=_("An activity that is not in the catalogue, in a few words. No names."),
    )
    level = models.ForeignKey(
        Level,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("level at the time"),
        help_text=_(
            "The situation's level when the activity was used; the advice learns per level."
        ),
    )
    phase = models.CharField(
        _("phase at the time"),
        max_length=10,
        choices=Phase,
        blank=True,
        default=Phase.NONE,
        help_text=_(
            "At escalatie: the phase of the escalation when the activity was used (acute or "
            "aftercare), so the advice counts them apart. Empty at the other levels."
        ),
    )
    situation_type = models.ForeignKey(
        SituationType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("type of situation at the time"),
        help_text=_(
            "The situation's type when the activity was used; the advice counts colleagues' "
            "outcomes per level and type."
        ),
    )
    date = models.DateField(_("date"))
    outcome = models.CharField(
        _("outcome"), max_length=15, choices=Outcome, default=Outcome.UNKNOWN
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_("Raised on every save, so two people cannot overwrite each other."),
    )

    class Meta:
        verbose_name = _("deployment")
        verbose_name_plural = _("deployments")
        ordering = ["situation", "-date", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(outcome__in=["worked", "partly", "did_not_work", "unknown"]),
                name="deployment_outcome_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(phase__in=["", "acute", "aftercare"]),
                name="deployment_phase_valid",
            ),
            # A catalogue activity or another one described in words: exactly one of the two.
            models.CheckConstraint(
                condition=(models.Q(activity__isnull=False) & models.Q(other_activity=""))
                | (models.Q(activity__isnull=True) & ~models.Q(other_activity="")),
                name="deployment_activity_or_other",
            ),
        ]
        indexes = [
            models.Index(fields=["level", "activity"], name="deployment_level_activity"),
            models.Index(
                fields=["level", "phase", "situation_type", "activity"],
                name="deployment_evidence",
            ),
        ]

    def __str__(self):
        return f"{self.activity_name} ({self.date})"

    @property
    def is_other(self) -> bool:
        """Not a catalogue activity: one described under "other, namely"."""
        return self.activity_id is None

    @property
    def activity_name(self) -> str:
        """The catalogue activity's name, or the words given under "other, namely". Load the
        activity with it (``select_related("activity")``)."""
        return self.other_activity if self.activity_id is None else self.activity.name
