from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
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
    desired_situation = models.TextField(_("desired situation"), blank=True)

    class Meta:
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["order"]

    def __str__(self):
        return self.name


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


SYNONYMS_HELP = _(
    "Everyday words and phrases people write for this, one per line. The advice uses them to "
    "read a description; inflected forms and compounds are found without listing them."
)


class Signal(models.Model):
    """An observable signal of a level: a checkbox for the professional, and words for the
    advice's text understanding."""

    class Phase(models.TextChoices):
        ANY = "", _("any phase")
        AFTERCARE = "aftercare", _("aftercare after an escalation")

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    level = models.ForeignKey(
        Level, on_delete=models.PROTECT, related_name="signals", verbose_name=_("level")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.CharField(
        _("signal"), max_length=200, help_text=_("What you can see or hear, in plain words.")
    )
    phase = models.CharField(
        _("phase"),
        max_length=10,
        choices=Phase,
        blank=True,
        default=Phase.ANY,
        help_text=_("Only for escalation signals that belong to the aftercare."),
    )
    synonyms = models.TextField(_("synonyms"), blank=True, help_text=SYNONYMS_HELP)

    class Meta:
        verbose_name = _("signal")
        verbose_name_plural = _("signals")
        ordering = ["level__order", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(phase__in=["", "aftercare"]), name="signal_phase_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(phase="") | models.Q(level="escalatie"),
                name="signal_aftercare_only_escalation",
            ),
        ]

    def __str__(self):
        return self.text

    @property
    def synonym_list(self) -> list[str]:
        return _lines(self.synonyms)


class SituationType(models.Model):
    """What kind of problem it is: between groups, two households, one resident with a care
    need, a crime or discriminatory act, or loneliness. The right route differs per type."""

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    synonyms = models.TextField(_("synonyms"), blank=True, help_text=SYNONYMS_HELP)

    class Meta:
        verbose_name = _("situation type")
        verbose_name_plural = _("situation types")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    @property
    def synonym_list(self) -> list[str]:
        return _lines(self.synonyms)


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
    synonyms = models.TextField(_("synonyms"), blank=True, help_text=SYNONYMS_HELP)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def synonym_list(self) -> list[str]:
        return _lines(self.synonyms)


class Activity(models.Model):
    class Kind(models.TextChoices):
        MEETING_FORMAT = "meeting_format", _("meeting format")
        TOOL = "tool", _("tool")
        CASEWORK = "casework", _("individual support")
        LEARNING = "learning", _("learning activity")
        REFLECTION = "reflection", _("reflection activity")

    class Effort(models.TextChoices):
        LOW = "low", _("little effort")
        MEDIUM = "medium", _("some effort")
        HIGH = "high", _("much effort")

    class EvidenceBasis(models.TextChoices):
        DATABANK = "databank", _("rated in a databank of effective interventions")
        CCV = "ccv", _("recognised by the CCV")
        RESEARCH = "research", _("research")
        PRACTICE = "practice", _("practice knowledge")

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
    target_groups_required = models.BooleanField(
        _("only for these target groups"),
        default=False,
        help_text=_(
            "Tick when the activity is meant only for its target groups (youth work, a dementia "
            "training): the advice then offers it only when one of them is involved."
        ),
    )
    situation_types = models.ManyToManyField(
        SituationType,
        related_name="activities",
        blank=True,
        verbose_name=_("situation types"),
        help_text=_("The types of situation it is meant for. Leave empty when it fits every type."),
    )
    evidence = models.TextField(
        _("evidence"),
        blank=True,
        help_text=_("How well founded is this, and by whom? Say honestly what is not known."),
    )
    evidence_basis = models.CharField(
        _("evidence based on"),
        max_length=10,
        choices=EvidenceBasis,
        blank=True,
        help_text=_(
            "Where the evidence comes from: a databank rating, the CCV, research or practice."
        ),
    )
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source web address"), max_length=500, blank=True)
    keywords = models.CharField(
        _("search words"),
        max_length=300,
        blank=True,
        help_text=_("Extra words people search for, separated by commas."),
    )
    search_terms = models.TextField(
        _("also found by"),
        blank=True,
        default="",
        editable=False,
        help_text=_(
            "The names and synonyms of its target groups, goals and situation types, which the "
            "catalogue search finds it by. Filled in automatically."
        ),
    )
    editorial_note = models.TextField(
        _("editorial note"),
        blank=True,
        help_text=_(
            "For curators only, never shown to professionals: what still has to be checked, and why."
        ),
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
                condition=models.Q(
                    kind__in=["meeting_format", "tool", "casework", "learning", "reflection"]
                ),
                name="activity_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(effort__in=["low", "medium", "high"]),
                name="activity_effort_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    evidence_basis__in=["", "databank", "ccv", "research", "practice"]
                ),
                name="activity_evidence_basis_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("activities:detail", args=[self.slug])

    @property
    def step_list(self) -> list[str]:
        return _lines(self.steps)

    @property
    def is_level_neutral(self) -> bool:
        """Learning, reflection and casework items fit every level alike: no per-level fit."""
        return self.kind in LEVEL_NEUTRAL_KINDS


LEVEL_NEUTRAL_KINDS = frozenset({"casework", "learning", "reflection"})


class LevelFit(models.Model):
    """How well an activity fits one level, and why. The heart of the Wijkverbinder knowledge.

    An escalation has two phases that need opposite things (no dialogue while it burns, a
    dialogue in the aftercare), so escalatie has a second fit for the aftercare phase."""

    class Phase(models.TextChoices):
        ANY = "", _("the level itself (acute phase for an escalation)")
        AFTERCARE = "aftercare", _("aftercare after an escalation")

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
    phase = models.CharField(
        _("phase"), max_length=10, choices=Phase, blank=True, default=Phase.ANY
    )
    fit = models.CharField(_("fit"), max_length=20, choices=Fit)
    reason = models.CharField(
        _("reason"), max_length=400, help_text=_("One sentence: why does it fit, or why not?")
    )

    class Meta:
        verbose_name = _("level fit")
        verbose_name_plural = _("level fits")
        ordering = ["activity", "level__order", "phase"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "level", "phase"], name="levelfit_unique_activity_level_phase"
            ),
            models.CheckConstraint(
                condition=models.Q(phase="") | models.Q(level="escalatie", phase="aftercare"),
                name="levelfit_aftercare_only_escalation",
            ),
            models.CheckConstraint(
                condition=models.Q(fit__in=["recommended", "conditional", "avoid"]),
                name="levelfit_fit_valid",
            ),
        ]

    def __str__(self):
        phase = f" ({self.get_phase_display()})" if self.phase else ""
        return f"{self.activity} – {self.level}{phase}: {self.get_fit_display()}"

    @property
    def key(self) -> str:
        """The fit's key in the fixtures and the advice: the level slug, or "nazorg"."""
        return AFTERCARE_KEY if self.phase == self.Phase.AFTERCARE else self.level_id


AFTERCARE_KEY = "nazorg"
FIT_KEYS = ("ongemak", "spanning", "incidenten", "escalatie", AFTERCARE_KEY)


class ContraIndication(models.Model):
    """When an activity must not be used, as data the advice applies, with the reason a
    professional reads. Each condition matches a triage answer of the situation."""

    class Condition(models.TextChoices):
        CARE_NEED = "care_need", _("someone involved has a care need (psychiatry, addiction, LVB)")
        CRIME = "crime", _("a crime or discriminatory act was committed")
        NOT_ADDRESSABLE = "not_addressable", _("the parties cannot be spoken to")
        ACUTE_THREAT = "acute_threat", _("there is an acute threat")
        NO_CONSENT = "no_consent", _("the resident's consent is needed and absent")
        TARGET_GROUP = "target_group", _("this target group is involved")

    activity = models.ForeignKey(
        Activity,
        on_delete=models.CASCADE,
        related_name="contra_indications",
        verbose_name=_("activity"),
    )
    condition = models.CharField(_("not when"), max_length=20, choices=Condition)
    target_group = models.ForeignKey(
        TargetGroup,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("target group"),
        help_text=_("Only for “this target group is involved”."),
    )
    reason = models.CharField(
        _("reason"),
        max_length=400,
        help_text=_("One sentence a professional reads: why not, and what to do instead."),
    )

    class Meta:
        verbose_name = _("contra-indication")
        verbose_name_plural = _("contra-indications")
        ordering = ["activity", "condition", "target_group__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    condition__in=[
                        "care_need",
                        "crime",
                        "not_addressable",
                        "acute_threat",
                        "no_consent",
                        "target_group",
                    ]
                ),
                name="contraindication_condition_valid",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(condition="target_group", target_group__isnull=False)
                    | (~models.Q(condition="target_group") & models.Q(target_group__isnull=True))
                ),
                name="contraindication_target_group_iff_condition",
            ),
            models.UniqueConstraint(
                fields=["activity", "condition"],
                condition=models.Q(target_group__isnull=True),
                name="contraindication_unique_condition",
            ),
            models.UniqueConstraint(
                fields=["activity", "target_group"],
                condition=models.Q(target_group__isnull=False),
                name="contraindication_unique_target_group",
            ),
        ]

    def __str__(self):
        if self.target_group_id:
            return f"{self.activity}: {self.target_group}"
        return f"{self.activity}: {self.get_condition_display()}"

    @property
    def key(self) -> str:
        """The condition as the advice matches it: "target_group:<slug>" for a group."""
        if self.condition == self.Condition.TARGET_GROUP:
            return f"target_group:{self.target_group.slug}"
        return self.condition


class SearchMiss(models.Model):
    """A catalogue search that found nothing: the curator's hint of what is missing or named
    differently. Only queries the personal-data guard passed without any finding are kept, in
    lower case, with how often and when last."""

    query = models.CharField(_("search words"), max_length=100, unique=True)
    count = models.PositiveIntegerField(_("times searched"), default=1)
    last_searched_at = models.DateTimeField(_("last searched"))

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-count", "-last_searched_at"]

    def __str__(self):
        return self.query


# --- keeping Activity.search_terms up to date (why it exists: activities/search.py) -------------
# A denormalised copy is the one kind of logic signals are for: every way an activity, its
# relations or a term changes (admin, loader, shell, factories) must refresh it.


@receiver(post_save, sender=Activity, dispatch_uid="activity_search_terms_on_save")
def _activity_saved(sender, instance, created, raw, **kwargs):
    """A new activity has no relations yet; a saved one may have written a stale copy."""
    if raw or created:
        return
    from .search import refresh_search_terms

    refresh_search_terms([instance.pk], instance=instance)


def _relation_changed(sender, instance, action, reverse, pk_set, **kwargs):
    from .search import refresh_search_terms, term_activity_ids

    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            refresh_search_terms([instance.pk], instance=instance)
    elif action == "pre_clear":
        instance._search_terms_activities = term_activity_ids(instance)
    elif action in ("post_add", "post_remove"):
        refresh_search_terms(pk_set or [])
    elif action == "post_clear":
        refresh_search_terms(getattr(instance, "_search_terms_activities", []))


for _relation in (Activity.goals, Activity.target_groups, Activity.situation_types):
    m2m_changed.connect(
        _relation_changed,
        sender=_relation.through,
        dispatch_uid=f"activity_search_terms_{_relation.field.name}",
    )


@receiver(post_save, sender=Goal, dispatch_uid="goal_search_terms_on_save")
@receiver(post_save, sender=TargetGroup, dispatch_uid="targetgroup_search_terms_on_save")
@receiver(post_save, sender=SituationType, dispatch_uid="situationtype_search_terms_on_save")
def _term_saved(sender, instance, created, raw, **kwargs):
    """A renamed term, or new synonyms: its activities are found by the new words."""
    if raw or created:
        return
    from .search import refresh_search_terms, term_activity_ids

    refresh_search_terms(term_activity_ids(instance))


@receiver(pre_delete, sender=Goal, dispatch_uid="goal_search_terms_pre_delete")
@receiver(pre_delete, sender=TargetGroup, dispatch_uid="targetgroup_search_terms_pre_delete")
@receiver(pre_delete, sender=SituationType, dispatch_uid="situationtype_search_terms_pre_delete")
def _term_deleting(sender, instance, **kwargs):
    """Deleting a term deletes its links without m2m_changed: remember its activities."""
    from .search import term_activity_ids

    instance._search_terms_activities = term_activity_ids(instance)


@receiver(post_delete, sender=Goal, dispatch_uid="goal_search_terms_post_delete")
@receiver(post_delete, sender=TargetGroup, dispatch_uid="targetgroup_search_terms_post_delete")
@receiver(post_delete, sender=SituationType, dispatch_uid="situationtype_search_terms_post_delete")
def _term_deleted(sender, instance, **kwargs):
    from .search import refresh_search_terms

    refresh_search_terms(getattr(instance, "_search_terms_activities", []))
