from crispy_forms.bootstrap import StrictButton
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Fieldset, Layout
from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from reflections.models import EARLIEST_DATE, MAX_MINUTES, Reflection
from reflections.prompts import ReflectionModel
from reflections.selectors import deployments_for_author, situations_for_author
from reflections.workflow import ANSWER_PREFIX, LeadAction, reflection_snapshot
from situations.forms import (
    ConflictPage,
    conflict_page,
    display_text,
    loaded_initial,
    rebased_data,
)
from wijkwerk.privacy.forms import PrivacyGuardMixin, describe
from wijkwerk.templatetags.dutch_dates import format_date_text

# The kind of record in the signed snapshot of the edit form (see situations/conflicts.py).
REFLECTION = "reflection"


DEPLOYMENT_ELSEWHERE = _(
    "This activity belongs to another situation. Choose an activity of the situation you "
    "chose, or leave it empty."
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def deployment_label(deployment) -> str:
    date = format_date_text(deployment.date)
    return f"{deployment.situation.title}: {deployment.activity_name} ({date})"


class DeploymentSelect(forms.Select):
    """Each activity used names its situation (``data-situation``), so the page's script
    (static/js/reflection-deployments.js) offers only those of the chosen situation."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        if instance is not None:
            option["attrs"]["data-situation"] = str(instance.situation_id)
        return option


class DeploymentChoiceField(forms.ModelChoiceField):
    widget = DeploymentSelect

    def label_from_instance(self, obj):
        return deployment_label(obj)


class ReflectionPrivacyGuardMixin(PrivacyGuardMixin):
    """The personal-data guard, with advice that fits writing about your own work."""

    def refusal(self, label, findings) -> str:
        kinds = describe(findings)
        return ngettext(
            "“%(field)s” contains personal data: %(kinds)s. Do not write down details of "
            "residents: remove it or write it in general terms.",
            "“%(field)s” contains personal data: %(kinds)s. Do not write down details of "
            "residents: remove them or write them in general terms.",
            len(kinds),
        ) % {"field": label, "kinds": ", ".join(kinds)}


class ReflectionForm(ReflectionPrivacyGuardMixin, forms.ModelForm):
    """A reflection with one text field per prompt of its model. The model is fixed: chosen
    before the form (create) or taken from the reflection (update). The title, every answer
    and the learning points are checked for personal data of residents."""

    deployment = DeploymentChoiceField(
        queryset=None,
        required=False,
        label=_("Activity used"),
        empty_label=_("No activity"),
        help_text=_(
            "Optional: the activity in that situation this reflection is about. Choose the "
            "situation first."
        ),
        error_messages={"invalid_choice": DEPLOYMENT_ELSEWHERE},
    )
    # What the edit form loaded: a save elsewhere in between is a conflict, not an overwrite.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    snapshot = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Reflection
        fields = [
            "title",
            "date",
            "category",
            "minutes",
            "situation",
            "deployment",
            "learning_points",
        ]
        labels = {"situation": _("Situation in the neighbourhood")}
        widgets = {
            "date": DateInput(),
            "learning_points": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "title": {
                "required": _("Give your reflection a title."),
                "max_length": _(
                    "Make the title shorter: at most %(limit_value)d characters "
                    "(now %(show_value)d)."
                ),
            },
            "date": {
                "required": _("Fill in the date of the activity."),
                "invalid": _("Fill in a date, for example 12-03-2026."),
            },
            "category": {
                "required": _("Choose a category: reflection, intervision or supervision."),
                "invalid_choice": _("Choose reflection, intervision or supervision."),
            },
            "minutes": {
                "required": _("Fill in how many minutes you spent on it."),
                "invalid": _("Fill in a whole number of minutes, for example 45."),
                "min_value": _("Fill in at least 1 minute."),
                "max_value": _(
                    "Fill in at most %(limit_value)s minutes (8 hours). Did it take longer? "
                    "Write a reflection per day."
                ),
            },
            "situation": {
                "invalid_choice": _(
                    "This situation is not one of your team's. Choose another, or none."
                ),
            },
            "learning_points": {
                "max_length": _(
                    "Make the learning points shorter: at most %(limit_value)d characters "
                    "(now %(show_value)d)."
                ),
            },
        }

    def __init__(self, *args, user, reflection_model: ReflectionModel, **kwargs):
        super().__init__(*args, **kwargs)
        self.reflection_model = reflection_model
        self.fields["situation"].queryset = situations_for_author(user).order_by("title")
        self.fields["situation"].empty_label = _("No situation")
        self.fields["deployment"].queryset = deployments_for_author(user).order_by(
            "situation__title", "-date"
        )
        self.fields["minutes"].widget.attrs.update(
            {"min": 1, "max": MAX_MINUTES, "inputmode": "numeric"}
        )
        self.fields["date"].widget.attrs.update(
            {"min": EARLIEST_DATE.isoformat(), "max": timezone.localdate().isoformat()}
        )
        answers = self.instance.answers or {}
        self.privacy_fields = (
            "title",
            *[ANSWER_PREFIX + prompt.key for prompt in reflection_model.prompts],
            "learning_points",
        )
        for prompt in reflection_model.prompts:
            self.fields[ANSWER_PREFIX + prompt.key] = forms.CharField(
                label=prompt.label,
                help_text=prompt.help_text,
                required=False,
                max_length=5000,
                initial=answers.get(prompt.key, ""),
                widget=forms.Textarea(attrs={"rows": 4}),
                error_messages={
                    "max_length": _(
                        "Make this answer shorter: at most %(limit_value)d characters "
                        "(now %(show_value)d)."
                    )
                },
            )
        if self.instance.pk and not self.is_bound:
            self.initial.update(
                loaded_initial(
                    kind=REFLECTION,
                    instance=self.instance,
                    values=reflection_snapshot(self.instance),
                )
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(
                _("About the activity"),
                "title",
                "date",
                "category",
                "minutes",
                "version",
                "snapshot",
            ),
            Fieldset(_("Link (optional)"), "situation", "deployment"),
            Fieldset(
                reflection_model.label,
                *[ANSWER_PREFIX + prompt.key for prompt in reflection_model.prompts],
            ),
            Fieldset(_("What you take along"), "learning_points"),
        )

    def clean(self):
        cleaned = super().clean()
        situation = cleaned.get("situation")
        deployment = cleaned.get("deployment")
        if deployment is not None:
            if situation is None:
                cleaned["situation"] = deployment.situation
            elif deployment.situation_id != situation.pk:
                self.add_error("deployment", DEPLOYMENT_ELSEWHERE)
        return cleaned

    def _post_clean(self):
        self.instance.model = self.reflection_model.key
        self.instance.answers = {
            prompt.key: self.cleaned_data.get(ANSWER_PREFIX + prompt.key, "").strip()
            for prompt in self.reflection_model.prompts
        }
        super()._post_clean()


def reflection_conflict_page(error, form: ReflectionForm) -> ConflictPage:
    """The conflict section of the edit form: the stored reflection (saved in another window)
    against what the author typed in this one."""
    return conflict_page(
        error,
        heading=gettext("This reflection was saved in another window while you were editing it"),
        other=gettext("The version you saved in another window"),
        labels={name: form.fields[name].label for name in error.mine},
        theirs_text=_texts(error.current),
        mine_text=_texts(form.instance),
    )


def rebased_reflection_data(data, error):
    """The edit form's data after a conflict (see ``situations.forms.rebased_data``)."""
    current = error.current
    stored = {}
    for name in error.rebased:
        if name.startswith(ANSWER_PREFIX):
            stored[name] = (current.answers or {}).get(name.removeprefix(ANSWER_PREFIX), "")
        elif name in ("situation", "deployment"):
            stored[name] = getattr(current, f"{name}_id")
        elif name == "date":
            stored[name] = current.date.isoformat()
        else:
            stored[name] = getattr(current, name)
    return rebased_data(data, error, kind=REFLECTION, stored_data=stored)


def _texts(reflection: Reflection) -> dict:
    """A reflection's edit-form values as the conflict page shows them."""
    deployment = reflection.deployment
    texts = {
        "title": display_text(reflection.title),
        "date": format_date_text(reflection.date) or "–",
        "category": capfirst(reflection.get_category_display()),
        "minutes": display_text(reflection.minutes),
        "situation": display_text(reflection.situation.title if reflection.situation else None),
        "deployment": display_text(deployment_label(deployment) if deployment else None),
        "learning_points": display_text(reflection.learning_points),
    }
    answers = reflection.answers or {}
    for prompt in reflection.reflection_model.prompts:
        texts[ANSWER_PREFIX + prompt.key] = display_text(answers.get(prompt.key))
    return texts


# The lead's answer: the messages for a missing text, per button.
COMMENT_NEEDS_TEXT = _("Write your comment before you add it.")
RETURN_NEEDS_TEXT = _("Write what should change before you return the reflection.")
NO_ACTION = _("Choose what you want to do: add a comment, return or mark as reviewed.")


class LeadResponseForm(ReflectionPrivacyGuardMixin, forms.Form):
    """A team lead's answer to a submitted reflection: one text, three buttons (``action``:
    comment, return, review). The text is needed for a comment and for returning, optional
    when marking as reviewed; checked here, in Dutch at the field (the form has ``novalidate``
    and the field no ``required``, so the browser never shows its own English message).
    Checked for personal data of residents, like the reflection itself."""

    privacy_fields = ("text",)
    privacy_context = "reflections.feedback"

    text = forms.CharField(
        label=_("Your feedback"),
        help_text=_(
            "Needed to add a comment or to return the reflection; optional when you mark it "
            "as reviewed. The author reads it."
        ),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "max_length": _(
                "Make your feedback shorter: at most %(limit_value)d characters "
                "(now %(show_value)d)."
            )
        },
    )

    def __init__(self, *args, reflection, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_action = reverse("reflections:respond", args=[reflection.pk])
        self.helper.attrs = {"novalidate": ""}
        self.helper.form_id = "lead-response"
        self.helper.layout = Layout(
            "text",
            Div(
                *[
                    StrictButton(
                        action.label,
                        type="submit",
                        name="action",
                        value=action.value,
                        css_class=css_class,
                    )
                    for action, css_class in (
                        (LeadAction.COMMENT, "btn-outline-secondary"),
                        (LeadAction.RETURN, "btn-outline-primary"),
                        (LeadAction.REVIEW, "btn-primary"),
                    )
                ],
                css_class="d-flex flex-wrap gap-2",
            ),
        )

    def clean(self):
        cleaned = super().clean()
        action = self.data.get(self.add_prefix("action"), "")
        if action not in LeadAction.values:
            raise forms.ValidationError(NO_ACTION, code="no_action")
        cleaned["action"] = LeadAction(action)
        if not cleaned.get("text", "").strip() and "text" not in self.errors:
            if action == LeadAction.COMMENT:
                self.add_error("text", forms.ValidationError(COMMENT_NEEDS_TEXT, "required"))
            elif action == LeadAction.RETURN:
                self.add_error("text", forms.ValidationError(RETURN_NEEDS_TEXT, "required"))
        return cleaned


DATE_ERRORS = {"invalid": _("Fill in a date, for example 12-03-2026.")}


class ExportForm(forms.Form):
    """The period to export; both ends optional (no dates: everything). The two buttons set
    ``format`` to csv or print."""

    date_from = forms.DateField(
        label=_("From"), required=False, widget=DateInput(), error_messages=DATE_ERRORS
    )
    date_to = forms.DateField(
        label=_("To and including"), required=False, widget=DateInput(), error_messages=DATE_ERRORS
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_method = "get"
        self.helper.layout = Layout(
            Div(
                Div("date_from", css_class="col-sm-6"),
                Div("date_to", css_class="col-sm-6"),
                css_class="row",
            ),
            Div(
                StrictButton(
                    _("Download as CSV"),
                    type="submit",
                    name="format",
                    value="csv",
                    css_class="btn-primary",
                ),
                StrictButton(
                    _("Show print page"),
                    type="submit",
                    name="format",
                    value="print",
                    css_class="btn-outline-primary",
                ),
                css_class="d-flex flex-wrap gap-2",
            ),
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error(
                "date_to", _("The end date is before the start date. Choose a later end date.")
            )
        return cleaned
