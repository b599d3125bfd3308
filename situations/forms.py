"""Forms for situations. They validate and normalise; the services in services.py write."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Fieldset, Layout
from django import forms
from django.utils import timezone
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from activities.models import Activity
from situations import privacy, selectors
from situations.models import Deployment, Observation, Situation
from situations.services import QuestionInput

# What the privacy guard found, as the middle of a Dutch sentence: "In 'x' staat <kind>".
PRIVACY_KIND_LABELS = {
    privacy.EMAIL: _("an e-mail address"),
    privacy.PHONE: _("a phone number"),
    privacy.BSN: _("a citizen service number (BSN)"),
    privacy.IBAN: _("a bank account number (IBAN)"),
    privacy.POSTCODE: _("a postcode with a house number"),
    privacy.ADDRESS: _("a street name with a house number"),
}

FUTURE_DATE_MESSAGE = _("The date is in the future. Choose today or an earlier day.")
UNKNOWN_LEVEL_MESSAGE = _("This level does not exist. Choose one of the four levels.")


def privacy_kinds(findings: list[privacy.Finding]) -> list[str]:
    """Each kind of personal data found, in words with its excerpt, once."""
    kinds = []
    for finding in findings:
        text = f"{PRIVACY_KIND_LABELS[finding.kind]} (“{finding.excerpt}”)"
        if text not in kinds:
            kinds.append(text)
    return kinds


def privacy_message(label, findings: list[privacy.Finding]) -> str:
    """A Dutch message naming the field and each kind of personal data found in it."""
    kinds = privacy_kinds(findings)
    return ngettext(
        "“%(field)s” contains personal data: %(kinds)s. Describe the situation in the "
        "neighbourhood, not the people in it: remove it or write it in general terms.",
        "“%(field)s” contains personal data: %(kinds)s. Describe the situation in the "
        "neighbourhood, not the people in it: remove them or write them in general terms.",
        len(kinds),
    ) % {"field": label, "kinds": ", ".join(kinds)}


class PrivacyGuardMixin:
    """Refuse free text with personal data, with a message at the field; keep what was typed.

    Other apps reuse it (reflections); they may word the advice differently by overriding
    ``privacy_error``.
    """

    privacy_fields: tuple[str, ...] = ()

    def privacy_error(self, label, findings: list[privacy.Finding]) -> str:
        return privacy_message(label, findings)

    def clean(self):
        cleaned_data = super().clean()
        for name in self.privacy_fields:
            value = cleaned_data.get(name)
            if not value:
                continue
            findings = privacy.find_personal_data(value)
            if findings:
                self.add_error(name, self.privacy_error(self.fields[name].label, findings))
        return cleaned_data


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


class SituationForm(PrivacyGuardMixin, forms.ModelForm):
    """Create or edit a situation. The team is only asked when the user is in several teams."""

    privacy_fields = ("title", "description", "themes")

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Situation
        fields = [
            "title",
            "team",
            "neighbourhood",
            "description",
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
        }
        labels = {"level": _("Which level fits best?")}
        help_texts = {
            "level": _(
                "Read the signals of each level and choose the one that fits what you see now. "
                "You can change it later: every change is kept in the trajectory."
            ),
            "goals": _("What do you want to reach with the residents?"),
            "target_groups": _("Which groups are involved?"),
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
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
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
        if not self.is_bound:
            self.initial["version"] = self.instance.version
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
            ),
            Field("level", template="situations/includes/level_guide.html"),
            Fieldset(_("Goals and people involved"), "goals", "target_groups", "themes"),
        )

    def clean(self):
        cleaned_data = super().clean()
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
        }


class LearningQuestionForm(PrivacyGuardMixin, forms.Form):
    privacy_fields = ("text",)

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
    return LearningQuestionFormSet(data=data, initial=initial, prefix="leervragen")


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


class ActivityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.get_kind_display()})"


class DeploymentForm(PrivacyGuardMixin, forms.ModelForm):
    privacy_fields = ("note",)

    class Meta:
        model = Deployment
        fields = ["activity", "date", "outcome", "note"]
        field_classes = {"activity": ActivityChoiceField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "outcome": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "activity": _("Which activity from the catalogue did you use?"),
            "outcome": _("How did it go?"),
        }
        help_texts = {
            "note": _("What worked, what did not, and what would you do differently? No names."),
        }
        error_messages = {
            "activity": {
                "required": _("Choose the activity you used."),
                "invalid_choice": _(
                    "This activity does not exist or is not published in the catalogue. "
                    "Choose a published activity."
                ),
            },
            "date": {"required": _("Fill in the date.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activity"].queryset = selectors.published_activities()
        self.fields["outcome"].choices = [
            (value, capfirst(label)) for value, label in Deployment.Outcome.choices
        ]
        self.fields["activity"].empty_label = _("– choose an activity –")
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value > timezone.localdate():
            raise forms.ValidationError(FUTURE_DATE_MESSAGE)
        return value


class DeploymentOutcomeForm(PrivacyGuardMixin, forms.ModelForm):
    """The outcome and note of a recorded activity, filled in once you know how it went."""

    privacy_fields = ("note",)

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
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


def activity_initial(slug: str | None) -> Activity | None:
    """The published activity for ``?activiteit=<slug>``, to preselect it."""
    if not slug:
        return None
    return selectors.published_activities().filter(slug=slug).first()


CONFLICT_LABELS = {
    "title": _("Title"),
    "description": _("What is going on?"),
    "neighbourhood": _("Neighbourhood"),
    "level": _("Level"),
    "goals": _("Goals"),
    "target_groups": _("Target groups"),
    "themes": _("Themes"),
    "learning_questions": _("Learning questions"),
}


def conflict_rows(conflict, values: dict) -> list[dict]:
    """For each field someone else changed: its label, what is stored now and what was typed."""
    current = conflict.current
    stored = {
        "title": current.title,
        "description": current.description,
        "neighbourhood": current.neighbourhood,
        "level": current.level,
        "goals": list(current.goals.all()),
        "target_groups": list(current.target_groups.all()),
        "themes": current.themes,
        "learning_questions": list(current.learning_questions.all()),
    }
    return [
        {
            "field": field,
            "label": CONFLICT_LABELS[field],
            "current": _display(stored[field]),
            "typed": _display(values[field]),
        }
        for field in conflict.fields
    ]


def _display(value) -> str:
    if isinstance(value, list | tuple):
        texts = [getattr(item, "text", None) or str(item) for item in value]
        return "\n".join(texts) if texts else "–"
    if value is None or value == "":
        return "–"
    return str(value)
