from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Level(models.Model):
    """One of the four Wijkverbinder levels. Curated data: the sources word them differently."""

    slug = models.SlugField(_("code"), max_length=20, primary_key=True)
    order = models.PositiveSmallIntegerField(_("order"), unique=True)
    name = models.CharField(_("name"), max_length=50)
    short = models.CharField(
        _("in one line"), max_length=200, help_text=_("What residents do, in one short line.")
    )
    description = models.TextField(_("description"), blank=True)
    signals = models.TextField(
        _("signals"),
        blank=True,
        help_text=_("Recognisable, observable signals of this level. One signal per line."),
    )
    desired_situation = models.TextField(_("desired situation"), blank=True)

    class Meta:
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["order"]

    def __str__(self):
        return self.name

    @property
    def signal_list(self) -> list[str]:
        return [line.strip() for line in self.signals.splitlines() if line.strip()]


class Goal(models.Model):
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TargetGroup(models.Model):
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Activity(models.Model):
    class Kind(models.TextChoices):
        MEETING_FORMAT = "meeting_format", _("meeting format")
        TOOL = "tool", _("tool")
        LEARNING = "learning", _("learning activity")
        REFLECTION = "reflection", _("reflection activity")

    class Effort(models.TextChoices):
        LOW = "low", _("little effort")
        MEDIUM = "medium", _("some effort")
        HIGH = "high", _("much effort")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("web address"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    summary = models.CharField(
        _("summary"), max_length=400, help_text=_("One or two sentences: what is it?")
    )
    description = models.TextField(
        _("description"), help_text=_("What a professional needs to know to run it.")
    )
    steps = models.TextField(_("steps"), blank=True, help_text=_("One step per line."))
    participants = models.CharField(
        _("who takes part"),
        max_length=300,
        blank=True,
        help_text=_("Who takes part and who organises."),
    )
    effort = models.CharField(_("effort"), max_length=10, choices=Effort, default=Effort.MEDIUM)
    duration = models.CharField(_("duration"), max_length=120, blank=True)
    group_size = models.CharField(_("group size"), max_length=120, blank=True)
    goals = models.ManyToManyField(
        Goal, related_name="activities", blank=True, verbose_name=_("goals")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, related_name="activities", blank=True, verbose_name=_("target groups")
    )
    evidence = models.TextField(
        _("evidence"),
        blank=True,
        help_text=_("How well founded is this, and by whom? Say honestly what is not known."),
    )
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source web address"), max_length=500, blank=True)
    keywords = models.CharField(
        _("search words"),
        max_length=300,
        blank=True,
        help_text=_("Extra words people search for, separated by commas."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Only published activities are visible to professionals."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["meeting_format", "tool", "learning", "reflection"]),
                name="activity_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(effort__in=["low", "medium", "high"]),
                name="activity_effort_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("activities:detail", args=[self.slug])

    @property
    def step_list(self) -> list[str]:
        return [line.strip() for line in self.steps.splitlines() if line.strip()]


class LevelFit(models.Model):
    """How well an activity fits one level, and why. The heart of the Wijkverbinder knowledge."""

    class Fit(models.TextChoices):
        RECOMMENDED = "recommended", _("fits")
        CONDITIONAL = "conditional", _("fits under conditions")
        AVOID = "avoid", _("avoid")

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="fits", verbose_name=_("activity")
    )
    level = models.ForeignKey(
        Level, on_delete=models.PROTECT, related_name="fits", verbose_name=_("level")
    )
    fit = models.CharField(_("fit"), max_length=20, choices=Fit)
    reason = models.CharField(
        _("reason"), max_length=400, help_text=_("One sentence: why does it fit, or why not?")
    )

    class Meta:
        verbose_name = _("level fit")
        verbose_name_plural = _("level fits")
        ordering = ["activity", "level__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "level"], name="levelfit_unique_activity_level"
            ),
            models.CheckConstraint(
                condition=models.Q(fit__in=["recommended", "conditional", "avoid"]),
                name="levelfit_fit_valid",
            ),
        ]

    def __str__(self):
        return f"{self.activity} – {self.level}: {self.get_fit_display()}"
