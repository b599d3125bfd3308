"""Forms for situations. They validate and normalise; the services in services.py write.

At the end: what the edit forms need for edit conflicts (the merge itself is in conflicts.py):
the hidden version and signed snapshot, the choices posted from a conflict page, the form data
rebased on what is stored, and the conflict section's rows, shared with the reflection form.
"""

from dataclasses import dataclass
from functools import cached_property

from auditlog.models import LogEntry
from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Field, Fieldset, Layout
from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from activities.models import Activity
from situations import conflicts, selectors, services, triage
from situations.models import Answer, Deployment, Observation, Parties, Phase, Situation
from situations.services import PHASE_ONLY_AT_ESCALATION, TRIAGE_FIELDS, QuestionInput
from wijkwerk.privacy.forms import PrivacyGuardMixin

FUTURE_DATE_MESSAGE = _("The date is in the future. Choose today or an earlier day.")
UNKNOWN_LEVEL_MESSAGE = _("This level does not exist. Choose one of the four levels.")


class LevelChoiceField(forms.ModelChoiceField):
    """The four levels as radio buttons; the template shows each level's short line and signals."""

    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", selectors.levels())
        kwargs.setdefault("empty_label", None)
        kwargs["error_messages"] = {
            **(kwargs.get("error_messages") or {}),
            "invalid_choice": UNKNOWN_LEVEL_MESSAGE,
        }
        super().__init__(**kwargs)

    def label_from_instance(self, obj):
        return obj.name


# The triage questions answered yes / no / don't know (the "between whom" question has its own).
ANSWER_FIELDS = tuple(name for name in TRIAGE_FIELDS if name not in ("parties", "phase"))

# The escalation's phase in the form: empty means "not an escalation" or "don't know yet".
PHASE_FORM_CHOICES = [
    (Phase.ACUTE, capfirst(Phase.ACUTE.label)),
    (Phase.AFTERCARE, capfirst(Phase.AFTERCARE.label)),
    (Phase.NONE, _("Not an escalation, or I don't know yet")),
]


class SignalChoiceField(forms.ModelMultipleChoiceField):
    """The level signals as checkboxes; ``includes/signal_checklist.html`` groups them per level."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", selectors.signals())
        kwargs.setdefault("required", False)
        kwargs["error_messages"] = {
            "invalid_choice": _("One of the ticked signals does not exist. Tick them again."),
            "invalid_pk_value": _("One of the ticked signals does not exist. Tick them again."),
            **(kwargs.get("error_messages") or {}),
        }
        super().__init__(**kwargs)

    def label_from_instance(self, obj):
        return obj.text


def ticked_signal_level(signals, chosen_level_slug=None) -> dict | None:
    """What the ticked signals say about the level: the highest level with a ticked signal
    (``triage.level_from_signals``), the ticked signals of that level as the reason, and whether
    the professional chose another level. None when nothing is ticked."""
    signals = list(signals)
    slug = triage.level_from_signals(signal.level_id for signal in signals)
    if slug is None:
        return None
    reasons = [signal for signal in signals if signal.level_id == slug]
    return {
        "level": reasons[0].level,
        "signals": reasons,
        "other_level_chosen": bool(chosen_level_slug) and str(chosen_level_slug) != slug,
    }


class SituationForm(PrivacyGuardMixin, forms.ModelForm):
    """Create or edit a situation. The team is only asked when the user is in several teams.

    Besides the description and level it asks the triage questions (each may stay "don't
    know"), the type of situation (empty: it follows from the answers) and the signals the
    professional sees. The ticked signals suggest a level; the professional always decides.
    """

    privacy_fields = ("title", "description", "themes")

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    snapshot = forms.CharField(widget=forms.HiddenInput, required=False)
    phase = forms.ChoiceField(
        label=_("At escalatie: is the escalation happening now, or is it over?"),
        choices=PHASE_FORM_CHOICES,
        required=False,
        widget=forms.RadioSelect,
        help_text=_(
            "Only for the level escalatie: during an escalation other activities fit than in "
            "the aftercare. At the other levels choose “not an escalation”."
        ),
        error_messages={"invalid_choice": _("Choose acute, aftercare, or not an escalation.")},
    )
    signals = SignalChoiceField(
        label=_("Which signals do you see?"),
        help_text=_(
            "Tick what you see or hear in the neighbourhood now. The signals suggest a level; "
            "you choose the level yourself below."
        ),
    )

    class Meta:
        model = Situation
        fields = [
            "title",
            "team",
            "neighbourhood",
            "description",
            "parties",
            "care_need",
            "crime",
            "addressable",
            "acute_threat",
            "consent",
            "phase",
            "situation_type",
            "signals",
            "level",
            "goals",
            "target_groups",
            "themes",
        ]
        field_classes = {"level": LevelChoiceField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "goals": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            **{name: forms.RadioSelect for name in ("parties", *ANSWER_FIELDS)},
        }
        labels = {"level": _("Which level fits best?")}
        help_texts = {
            "level": _(
                "Read the signals of each level and choose the one that fits what you see now. "
                "You can change it later: every change is kept in the trajectory."
            ),
            "goals": _("What do you want to reach with the residents?"),
            "target_groups": _("Which groups are involved?"),
            "situation_type": _(
                "Leave it on “follows from the answers” and Wijkwerk derives it from the "
                "questions above. Choose a type yourself when you know better."
            ),
        }
        error_messages = {
            "title": {"required": _("Give the situation a title.")},
            "description": {"required": _("Describe what is going on in the neighbourhood.")},
            "neighbourhood": {
                "required": _("Choose the neighbourhood."),
                "invalid_choice": _("Choose a neighbourhood your team works in."),
            },
            "team": {
                "required": _("Choose the team."),
                "invalid_choice": _("Choose one of your teams."),
            },
            "level": {"required": _("Choose the level that fits best.")},
            "situation_type": {
                "invalid_choice": _(
                    "This type of situation does not exist. Choose one from the list."
                ),
            },
            "parties": {"invalid_choice": _("Choose one of the answers to “between whom”.")},
            **{
                name: {"invalid_choice": _("Choose yes, no or don't know.")}
                for name in ANSWER_FIELDS
            },
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for name in ("parties", *ANSWER_FIELDS):
            # Not answering is the same as "don't know"; the radio buttons start there.
            field = self.fields[name]
            field.required = False
            field.choices = [(value, capfirst(label)) for value, label in field.choices if value]
        self.fields["situation_type"].queryset = selectors.situation_types()
        self.fields["situation_type"].empty_label = _("– follows from the answers –")
        if self.instance.pk and not self.is_bound and self._type_follows_from_answers():
            # A type that the answers give was not chosen: keep it following the answers.
            self.initial["situation_type"] = None
        teams = list(selectors.teams_for_user(user))
        self.fields["neighbourhood"].queryset = selectors.neighbourhoods_for_user(user)
        self.fields["neighbourhood"].empty_label = _("– choose a neighbourhood –")
        self.fields["goals"].queryset = self.fields["goals"].queryset.order_by("name")
        self.fields["target_groups"].queryset = self.fields["target_groups"].queryset.order_by(
            "name"
        )
        if self.instance.pk or len(teams) <= 1:
            # One team (or an existing situation): nothing to choose.
            del self.fields["team"]
            self.team = self.instance.team if self.instance.pk else (teams[0] if teams else None)
        else:
            self.fields["team"].queryset = selectors.teams_for_user(user)
            self.fields["team"].empty_label = _("– choose a team –")
            self.team = None
        if not self.is_bound and self.instance.pk:
            self.initial.update(
                loaded_initial(
                    kind=SITUATION,
                    instance=self.instance,
                    values=services.situation_snapshot(services.situation_values(self.instance)),
                )
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(
                _("The situation"),
                "title",
                *(["team"] if "team" in self.fields else []),
                "neighbourhood",
                "description",
                "version",
                "snapshot",
            ),
            Fieldset(
                _("Triage: what kind of situation is it?"),
                HTML(
                    format_html(
                        '<p class="form-text mt-0">{}</p>',
                        _(
                            "These questions decide which route fits and what you should not "
                            "do. Choose “don't know” when you are not sure yet."
                        ),
                    )
                ),
                "parties",
                *ANSWER_FIELDS,
                "phase",
                "situation_type",
                css_class="triage",
            ),
            Field("signals", template="includes/signal_checklist.html"),
            Field("level", template="situations/includes/level_field.html"),
            Fieldset(_("Goals and people involved"), "goals", "target_groups", "themes"),
        )

    def _type_follows_from_answers(self) -> bool:
        instance = self.instance
        if instance.situation_type_id is None:
            return True
        slug = triage.situation_type_for(instance.parties, instance.care_need, instance.crime)
        return instance.situation_type.slug == slug

    def clean_parties(self):
        return self.cleaned_data["parties"] or Parties.UNKNOWN

    def clean_care_need(self):
        return self.cleaned_data["care_need"] or Answer.UNKNOWN

    def clean_crime(self):
        return self.cleaned_data["crime"] or Answer.UNKNOWN

    def clean_addressable(self):
        return self.cleaned_data["addressable"] or Answer.UNKNOWN

    def clean_acute_threat(self):
        return self.cleaned_data["acute_threat"] or Answer.UNKNOWN

    def clean_consent(self):
        return self.cleaned_data["consent"] or Answer.UNKNOWN

    @cached_property
    def ticked_signals(self) -> list:
        """The ticked signals (with their level): as submitted, or as stored or handed over."""
        if self.is_bound:
            values = self.data.getlist(self.add_prefix("signals"))
        else:
            values = self.initial.get("signals") or []
            if hasattr(values, "all"):
                values = values.all()
        pks = [getattr(value, "pk", value) for value in values]
        pks = [int(pk) for pk in pks if str(pk).isdigit()]
        if not pks:
            return []
        return list(self.fields["signals"].queryset.filter(pk__in=pks))

    def signal_level(self) -> dict | None:
        """The level the ticked signals point to, with the reason (see ``ticked_signal_level``)."""
        chosen = self["level"].value()
        return ticked_signal_level(self.ticked_signals, getattr(chosen, "pk", chosen))

    def clean(self):
        cleaned_data = super().clean()
        level = cleaned_data.get("level")
        if cleaned_data.get("phase") and level is not None and level.pk != services.ESCALATION:
            self.add_error("phase", PHASE_ONLY_AT_ESCALATION)
        team = cleaned_data.get("team") if "team" in self.fields else self.team
        neighbourhood = cleaned_data.get("neighbourhood")
        if (
            team is not None
            and neighbourhood is not None
            and not neighbourhood.teams.filter(pk=team.pk).exists()
        ):
            self.add_error(
                "neighbourhood",
                _("Your team does not work in this neighbourhood. Choose another."),
            )
        self.chosen_team = team
        return cleaned_data

    def service_values(self, questions: list[QuestionInput]) -> dict:
        """The cleaned values as keyword arguments for the services."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "description": data["description"],
            "neighbourhood": data["neighbourhood"],
            "level": data["level"],
            "goals": list(data["goals"]),
            "target_groups": list(data["target_groups"]),
            "themes": data["themes"],
            "learning_questions": questions,
            **{name: data[name] for name in TRIAGE_FIELDS},
            "situation_type": data["situation_type"],
            "signals": list(data["signals"]),
        }


# What the advice hands over to the create form ("Maak hier een situatie van").
HANDOFF_TEXT_FIELDS = ("title", "description", "themes")
HANDOFF_LIST_FIELDS = ("goals", "target_groups", "signals")
HANDOFF_CHOICES = {
    "parties": Parties.values,
    **{name: Answer.values for name in ANSWER_FIELDS},
    "phase": Phase.values,
}


def handoff_initial(data) -> dict:
    """Initial values for the create form from the advice's POST (named as the form's fields).

    Only well-formed values are taken over; anything else is left for the professional to fill
    in. Nothing is validated or saved here: the form shows them unbound, without errors.
    """
    initial = {}
    for name in HANDOFF_TEXT_FIELDS:
        value = (data.get(name) or "").strip()
        if value:
            initial[name] = value[: Situation._meta.get_field(name).max_length]
    level = (data.get("level") or "").strip()
    if level in triage.LEVEL_ORDER:
        initial["level"] = level
    situation_type = (data.get("situation_type") or "").strip()
    if situation_type.isdigit():
        initial["situation_type"] = int(situation_type)
    for name in HANDOFF_LIST_FIELDS:
        pks = [value for value in data.getlist(name) if value.strip().isdigit()]
        if pks:
            initial[name] = [int(pk) for pk in pks]
    for name, allowed in HANDOFF_CHOICES.items():
        value = data.get(name)
        if value is not None and value in allowed:
            initial[name] = value
    return initial


class LearningQuestionForm(PrivacyGuardMixin, forms.Form):
    privacy_fields = ("text",)
    privacy_context = "situations.learningquestion"

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text = forms.CharField(
        label=_("Learning question"),
        max_length=300,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": _("What do you want to learn from this situation?")}
        ),
    )
    order = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


class BaseLearningQuestionFormSet(forms.BaseFormSet):
    """Learning questions in their order. Empty rows are ignored; "remove" drops a row.

    A plain formset, not a model formset: the rows carry their id, and the service keeps ids of
    this situation and treats anything else as new. So a conflicting edit or a question deleted
    by a colleague never turns into an "invalid choice" error on a hidden field.
    """

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.fields["text"].label = format_lazy(_("Learning question {number}"), number=i + 1)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = format_lazy(
                _("Remove learning question {number}"), number=i + 1
            )
        if form.initial.get("order") is None:
            form.fields["order"].initial = i
        return form

    @property
    def empty_form(self):
        form = super().empty_form
        form.fields["text"].label = _("New learning question")
        form.fields["DELETE"].label = _("Remove this learning question")
        return form

    def questions(self) -> list[QuestionInput]:
        """The filled-in, not removed questions, sorted by their order field, then position."""
        rows = []
        for position, form in enumerate(self.forms):
            if not form.is_valid() or self._should_delete_form(form):
                continue
            text = (form.cleaned_data.get("text") or "").strip()
            if not text:
                continue
            order = form.cleaned_data.get("order")
            rows.append(
                (
                    order if order is not None else position,
                    position,
                    form.cleaned_data.get("id"),
                    text,
                )
            )
        rows.sort(key=lambda row: (row[0], row[1]))
        return [QuestionInput(text=text, id=pk) for _order, _position, pk, text in rows]


QUESTION_PREFIX = "leervragen"

LearningQuestionFormSet = forms.formset_factory(
    LearningQuestionForm,
    formset=BaseLearningQuestionFormSet,
    extra=2,
    can_delete=True,
    max_num=12,
    validate_max=True,
)


def learning_question_formset(*, data=None, situation: Situation | None = None):
    initial = []
    if situation is not None and situation.pk:
        initial = [
            {"id": q.pk, "text": q.text, "order": index}
            for index, q in enumerate(situation.learning_questions.all())
        ]
    return LearningQuestionFormSet(data=data, initial=initial, prefix=QUESTION_PREFIX)


class ObservationForm(PrivacyGuardMixin, forms.ModelForm):
    privacy_fields = ("note",)

    class Meta:
        model = Observation
        fields = ["date", "level", "note"]
        field_classes = {"level": LevelChoiceField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"level": _("Level on this day")}
        help_texts = {
            "note": _(
                "What did you notice? Describe what happens between residents, without names."
            ),
        }
        error_messages = {
            "date": {"required": _("Fill in the date.")},
            "level": {"required": _("Choose the level that fits best.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())
        self.fields["level"].queryset = selectors.levels_with_signals()
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "date",
            Field("level", template="situations/includes/level_guide.html"),
            "note",
        )

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value > timezone.localdate():
            raise forms.ValidationError(FUTURE_DATE_MESSAGE)
        return value


# The catalogue's kinds as the groups of the activity list, in the catalogue's order.
ACTIVITY_GROUPS = {
    Activity.Kind.MEETING_FORMAT: pgettext_lazy("activity kinds", "Meeting formats"),
    Activity.Kind.TOOL: pgettext_lazy("activity kinds", "Tools"),
    Activity.Kind.CASEWORK: pgettext_lazy("activity kinds", "Individual support"),
    Activity.Kind.LEARNING: pgettext_lazy("activity kinds", "Learning"),
    Activity.Kind.REFLECTION: pgettext_lazy("activity kinds", "Reflection"),
}


class GroupedActivityIterator(forms.models.ModelChoiceIterator):
    """The activities grouped by kind (an optgroup each), by name within a group."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        groups: dict[str, list] = {kind: [] for kind in Activity.Kind.values}
        for activity in self.queryset:
            groups.setdefault(activity.kind, []).append(self.choice(activity))
        for kind, choices in groups.items():
            if choices:
                label = ACTIVITY_GROUPS.get(kind) or capfirst(Activity.Kind(kind).label)
                yield (label, choices)


class ActivityChoiceField(forms.ModelChoiceField):
    """A published catalogue activity, from a list grouped by kind."""

    iterator = GroupedActivityIterator

    def label_from_instance(self, obj):
        return obj.name


class DeploymentForm(PrivacyGuardMixin, forms.ModelForm):
    """Record an activity used: one from the catalogue (a list grouped by kind, which
    ``activity-picker.js`` lets you filter by typing), or another one in a few words."""

    privacy_fields = ("other_activity", "note")

    class Meta:
        model = Deployment
        fields = ["activity", "other_activity", "date", "outcome", "note"]
        field_classes = {"activity": ActivityChoiceField}
        widgets = {
            "activity": forms.Select(attrs={"data-activity-picker": "select"}),
            "other_activity": forms.TextInput(attrs={"maxlength": 120}),
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "outcome": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "activity": _("From the catalogue"),
            "other_activity": _("Other, namely"),
            "outcome": _("How did it go?"),
        }
        help_texts = {
            "activity": "",
            "other_activity": _(
                "Not in the catalogue? Leave the list empty and describe the activity here in a "
                "few words. No names."
            ),
            "note": _("What worked, what did not, and what would you do differently? No names."),
        }
        error_messages = {
            "activity": {
                "invalid_choice": _(
                    "This activity does not exist or is not published in the catalogue. "
                    "Choose a published activity."
                ),
            },
            "other_activity": {
                "max_length": _(
                    "Describe the activity in at most %(limit_value)d characters "
                    "(now %(show_value)d)."
                ),
            },
            "date": {"required": _("Fill in the date.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activity"].queryset = selectors.published_activities()
        self.fields["activity"].required = False
        self.fields["outcome"].choices = [
            (value, capfirst(label)) for value, label in Deployment.Outcome.choices
        ]
        self.fields["activity"].empty_label = _("– choose an activity –")
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(
                _("Which activity did you use?"),
                HTML('{% include "situations/includes/activity_search.html" %}'),
                "activity",
                "other_activity",
            ),
            "date",
            "outcome",
            "note",
        )

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value > timezone.localdate():
            raise forms.ValidationError(FUTURE_DATE_MESSAGE)
        return value

    def clean(self):
        cleaned_data = super().clean()
        activity = cleaned_data.get("activity")
        other = cleaned_data.get("other_activity", "")
        if "activity" in self.errors or "other_activity" in self.errors:
            return cleaned_data
        if activity is None and not other:
            self.add_error("activity", services.ACTIVITY_OR_OTHER)
        elif activity is not None and other:
            self.add_error("other_activity", services.ONLY_ONE_ACTIVITY)
        return cleaned_data


class DeploymentOutcomeForm(PrivacyGuardMixin, forms.ModelForm):
    """The outcome and note of a recorded activity, filled in once you know how it went. Two
    colleagues may do this at once: the form carries what it loaded (see conflicts.py)."""

    privacy_fields = ("note",)

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    snapshot = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Deployment
        fields = ["outcome", "note"]
        widgets = DeploymentForm.Meta.widgets
        labels = DeploymentForm.Meta.labels
        help_texts = DeploymentForm.Meta.help_texts

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = [
            (value, capfirst(label)) for value, label in Deployment.Outcome.choices
        ]
        if not self.is_bound:
            self.initial.update(
                loaded_initial(
                    kind=DEPLOYMENT,
                    instance=self.instance,
                    values=services.deployment_snapshot(self.instance),
                )
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


def activity_initial(slug: str | None) -> Activity | None:
    """The published activity for ``?activiteit=<slug>``, to preselect it."""
    if not slug:
        return None
    return selectors.published_activities().filter(slug=slug).first()


# Edit conflicts (see conflicts.py for the merge) ----------------------------------------------

SITUATION = "situation"
DEPLOYMENT = "deployment"

# The radio buttons of a field to choose on the conflict page are named after it.
CHOICE_PREFIX = "keuze-"

MISSING_CHOICE = _("Choose which version to keep.")

CONFLICT_LABELS = {
    "title": _("Title"),
    "description": _("What is going on?"),
    "neighbourhood": _("Neighbourhood"),
    "level": _("Level"),
    "goals": _("Goals"),
    "target_groups": _("Target groups"),
    "themes": _("Themes"),
    "learning_questions": _("Learning questions"),
    **{name: capfirst(Situation._meta.get_field(name).verbose_name) for name in TRIAGE_FIELDS},
    "situation_type": _("Type of situation"),
    "signals": _("Signals"),
}

DEPLOYMENT_LABELS = {
    "outcome": _("How did it go?"),
    "note": capfirst(Deployment._meta.get_field("note").verbose_name),
}

CHOICE_LABELS = {
    "parties": dict(Parties.choices),
    **{name: dict(Answer.choices) for name in ANSWER_FIELDS},
    "phase": dict(Phase.choices),
}


def loaded_initial(*, kind: str, instance, values: dict) -> dict:
    """Initial values of the hidden ``version`` and ``snapshot`` fields of an edit form."""
    return {
        "version": instance.version,
        "snapshot": conflicts.sign_snapshot(
            kind=kind, pk=instance.pk, version=instance.version, values=values
        ),
    }


def loaded_from(form, *, kind: str) -> conflicts.Loaded:
    """What a valid bound edit form says it loaded (version, base values, pending choices)."""
    return conflicts.read_snapshot(
        form.cleaned_data.get("snapshot"),
        kind=kind,
        pk=form.instance.pk,
        version=form.cleaned_data.get("version"),
    )


def conflict_choices(data, pending) -> dict[str, str]:
    """The choices made on the conflict page: field → ``conflicts.MINE`` or ``THEIRS``."""
    choices = {}
    for name in pending:
        value = data.get(CHOICE_PREFIX + name)
        if value in conflicts.CHOICES:
            choices[name] = value
    return choices


def rebased_data(data, error: conflicts.EditConflict, *, kind: str, stored_data: dict):
    """The POST data of the form to show with a conflict: what was typed, except the fields to
    take from the stored row (``stored_data`` holds them as form data), the stored version and
    a new snapshot of it, listing the fields still to choose. So saving it again builds on what
    is stored now, and keeps the other person's changes."""
    data = data.copy()
    for key, value in stored_data.items():
        if isinstance(value, list):
            data.setlist(key, [str(item) for item in value])
        else:
            data[key] = "" if value is None else str(value)
    for key in list(data):
        if key.startswith(CHOICE_PREFIX):
            del data[key]
    data["version"] = str(error.current.version)
    data["snapshot"] = conflicts.sign_snapshot(
        kind=kind,
        pk=error.current.pk,
        version=error.current.version,
        values=error.theirs,
        pending=error.merge.choose,
    )
    return data


@dataclass(frozen=True)
class ConflictRow:
    field: str
    label: str
    theirs: str  # what is stored now, as text
    mine: str  # what was typed, as text
    error: str = ""

    @property
    def choice_name(self) -> str:
        return CHOICE_PREFIX + self.field


@dataclass(frozen=True)
class ConflictPage:
    """What the conflict section shows: the other person's changes that are kept, the person's
    own that are kept, and the fields to choose (each with an error when it came back without
    a choice)."""

    heading: str
    other: str  # how the stored version is called: "Versie van Ahmed"
    taken: list[ConflictRow]
    kept: list[ConflictRow]
    choose: list[ConflictRow]

    @property
    def missing(self) -> list[ConflictRow]:
        return [row for row in self.choose if row.error]


def conflict_page(
    error: conflicts.EditConflict,
    *,
    heading: str,
    other: str,
    labels: dict,
    theirs_text: dict,
    mine_text: dict,
) -> ConflictPage:
    def row(name: str, with_error: bool = False) -> ConflictRow:
        return ConflictRow(
            field=name,
            label=str(labels[name]),
            theirs=theirs_text[name],
            mine=mine_text[name],
            error=str(MISSING_CHOICE) if with_error else "",
        )

    merge = error.merge
    return ConflictPage(
        heading=heading,
        other=other,
        taken=[row(name) for name in merge.theirs],
        kept=[row(name) for name in merge.mine],
        choose=[row(name, name in error.missing) for name in merge.choose],
    )


def other_version_label(saved_by, user) -> str:
    """How the conflict page calls the stored version: after who saved it, when known."""
    if saved_by is None:
        return gettext("The saved version")
    if saved_by.pk == user.pk:
        return gettext("The version you saved in another window")
    return gettext("Version of %(name)s") % {"name": saved_by}


def last_saved_by(instance, fields):
    """Who last saved one of ``fields`` of ``instance``, according to the audit trail; None
    when the trail does not say (it records the names of the fields it saw change)."""
    wanted = set(fields)
    entries = (
        LogEntry.objects.get_for_object(instance)
        .filter(action__in=(LogEntry.Action.CREATE, LogEntry.Action.UPDATE))
        .select_related("actor")
        .order_by("-timestamp", "-pk")[:20]
    )
    for entry in entries:
        if wanted & set(entry.changes_dict):
            return entry.actor
    return None


def situation_conflict_page(error, typed: dict, *, user) -> ConflictPage:
    current = error.current
    theirs = services.situation_values(current)
    mine = dict(typed)
    if mine.get("situation_type") is None:
        mine["situation_type"] = services.situation_type_for(
            mine.get("parties", ""), mine.get("care_need", ""), mine.get("crime", "")
        )
    return conflict_page(
        error,
        heading=gettext("Someone else saved this situation while you were editing it"),
        other=other_version_label(
            last_saved_by(current, (*error.merge.theirs, *error.merge.choose)), user
        ),
        labels=CONFLICT_LABELS,
        theirs_text={name: _situation_text(name, value) for name, value in theirs.items()},
        mine_text={name: _situation_text(name, value) for name, value in mine.items()},
    )


def situation_form_data(situation: Situation, fields) -> dict:
    """The stored values of ``fields`` as the edit form posts them (learning questions as the
    formset's rows)."""
    values = services.situation_values(situation)
    data = {}
    for name in fields:
        value = values[name]
        if name in ("goals", "target_groups", "signals"):
            data[name] = [obj.pk for obj in value]
        elif name == "learning_questions":
            data.update(_question_rows(value))
        elif name == "situation_type":
            follows = value is not None and value.slug == triage.situation_type_for(
                situation.parties, situation.care_need, situation.crime
            )
            data[name] = "" if value is None or follows else value.pk
        elif name in ("neighbourhood", "level"):
            data[name] = value.pk
        else:
            data[name] = value
    return data


def _question_rows(questions) -> dict:
    rows = {
        f"{QUESTION_PREFIX}-TOTAL_FORMS": len(questions),
        f"{QUESTION_PREFIX}-INITIAL_FORMS": len(questions),
        f"{QUESTION_PREFIX}-MIN_NUM_FORMS": 0,
        f"{QUESTION_PREFIX}-MAX_NUM_FORMS": LearningQuestionFormSet.max_num,
    }
    for index, question in enumerate(questions):
        rows[f"{QUESTION_PREFIX}-{index}-id"] = question.id
        rows[f"{QUESTION_PREFIX}-{index}-text"] = question.text
        rows[f"{QUESTION_PREFIX}-{index}-order"] = index
    return rows


def rebased_situation_data(data, error):
    """``rebased_data`` for the situation form: when the stored learning questions are kept,
    the formset's rows are replaced as a whole."""
    if "learning_questions" in error.rebased:
        data = data.copy()
        for key in [key for key in data if key.startswith(f"{QUESTION_PREFIX}-")]:
            del data[key]
    return rebased_data(
        data,
        error,
        kind=SITUATION,
        stored_data=situation_form_data(error.current, error.rebased),
    )


def deployment_conflict_page(error, typed: Deployment, *, user) -> ConflictPage:
    current = error.current
    return conflict_page(
        error,
        heading=gettext("Someone else saved this outcome while you were editing it"),
        other=other_version_label(
            last_saved_by(current, (*error.merge.theirs, *error.merge.choose)), user
        ),
        labels=DEPLOYMENT_LABELS,
        theirs_text=_deployment_texts(current),
        mine_text=_deployment_texts(typed),
    )


def rebased_deployment_data(data, error):
    current = error.current
    stored = {name: getattr(current, name) for name in error.rebased}
    return rebased_data(data, error, kind=DEPLOYMENT, stored_data=stored)


def _deployment_texts(deployment: Deployment) -> dict:
    return {
        "outcome": capfirst(deployment.get_outcome_display()),
        "note": display_text(deployment.note),
    }


def _situation_text(field: str, value) -> str:
    if field in CHOICE_LABELS and value:
        value = capfirst(CHOICE_LABELS[field].get(value, value))
    return display_text(value)


def display_text(value) -> str:
    """A value as the conflict page shows it: lists one per line, nothing as a dash."""
    if isinstance(value, list | tuple):
        texts = [getattr(item, "text", None) or str(item) for item in value]
        return "\n".join(texts) if texts else "–"
    if value is None or value == "":
        return "–"
    return str(value)
