"""The advice questionnaire. Field names are the API's parameters (Dutch, as in every URL of
Wijkwerk): q, niveau, fase, signaal, wie, zorgvraag, strafbaar, aanspreekbaar, dreiging,
toestemming, soort, doel, doelgroep."""

import hashlib

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from activities.models import Goal, Level, TargetGroup
from advice.intake import UNSURE, Answers
from situations import selectors, triage
from situations.models import Phase, Situation
from wijkwerk.privacy.forms import PrivacyGuardMixin

# API parameter -> triage question.
TRIAGE_PARAMETERS = {
    "wie": "parties",
    "zorgvraag": triage.CARE_NEED,
    "strafbaar": triage.CRIME,
    "aanspreekbaar": triage.ADDRESSABLE,
    "dreiging": triage.ACUTE_THREAT,
    "toestemming": triage.CONSENT,
}
QUESTION_PARAMETERS = {question: parameter for parameter, question in TRIAGE_PARAMETERS.items()}


def text_fingerprint(text: str) -> str:
    """A short fingerprint of the description, so a page knows whether it read this text
    already (and never applies its suggestions twice over the professional's own answers)."""
    return hashlib.sha256(text.strip().encode()).hexdigest()[:16]


def _triage_field(name: str, **kwargs) -> forms.ChoiceField:
    """A triage question as the situation asks it: the same label, help and choices."""
    field = Situation._meta.get_field(name)
    return forms.ChoiceField(
        label=capfirst(field.verbose_name),
        help_text=field.help_text,
        choices=field.choices,
        required=False,
        initial=field.default,
        widget=forms.RadioSelect,
        **kwargs,
    )


def _answer_field(name: str) -> forms.ChoiceField:
    return _triage_field(
        name, error_messages={"invalid_choice": _("Choose yes, no or don't know.")}
    )


class AdviceForm(PrivacyGuardMixin, forms.Form):
    privacy_fields = ("q",)
    privacy_context = "advice.description"

    q = forms.CharField(
        label=_("What is going on?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Describe what you see and hear in the neighbourhood, in your own words. "
            "No names or addresses. We suggest signals and answers from it; you confirm them."
        ),
    )
    signaal = forms.ModelMultipleChoiceField(
        label=_("Which signals do you see?"),
        queryset=selectors.signals(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("The signal “%(value)s” does not exist.")},
    )
    niveau = forms.ChoiceField(
        label=_("Which level fits best?"),
        required=False,
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("This level does not exist. Choose one of the four levels.")
        },
    )
    fase = forms.ChoiceField(
        label=_("If it escalated: is it happening now, or is it over?"),
        choices=Phase.choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose acute or aftercare.")},
    )
    wie = _triage_field(
        "parties",
        error_messages={"invalid_choice": _("Choose one of the answers to “between whom”.")},
    )
    zorgvraag = _answer_field(triage.CARE_NEED)
    strafbaar = _answer_field(triage.CRIME)
    aanspreekbaar = _answer_field(triage.ADDRESSABLE)
    dreiging = _answer_field(triage.ACUTE_THREAT)
    toestemming = _answer_field(triage.CONSENT)
    soort = forms.ModelChoiceField(
        label=_("Type of situation"),
        queryset=selectors.situation_types(),
        to_field_name="slug",
        required=False,
        empty_label=_("– follows from the answers –"),
        help_text=_("Leave it empty: the answers above decide. Or choose it yourself."),
        error_messages={"invalid_choice": _("This type of situation does not exist.")},
    )
    doel = forms.ModelMultipleChoiceField(
        label=_("What do you want to reach?"),
        queryset=Goal.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("The goal “%(value)s” does not exist.")},
    )
    doelgroep = forms.ModelMultipleChoiceField(
        label=_("Who is involved?"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("The target group “%(value)s” does not exist.")},
    )
    gelezen = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        levels = list(Level.objects.order_by("order").values_list("slug", "name"))
        self.fields["niveau"].choices = [
            ("", _("Follow the signals I ticked")),
            *levels,
            (UNSURE, _("I don't know")),
        ]

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            level=data.get("niveau") or "",
            phase=data.get("fase") or "",
            signals=tuple(signal.slug for signal in data.get("signaal") or ()),
            triage={
                question: data.get(parameter) or triage.UNKNOWN
                for parameter, question in TRIAGE_PARAMETERS.items()
            },
            situation_type=data["soort"].slug if data.get("soort") else "",
            goals=frozenset(goal.slug for goal in data.get("doel") or ()),
            target_groups=frozenset(group.slug for group in data.get("doelgroep") or ()),
        )

    def first_error(self) -> tuple[str, str]:
        """(parameter, message) of the first invalid field, for the JSON API."""
        field, errors = next(iter(self.errors.items()))
        return field, errors[0]

    def triage_fields(self):
        return [self[parameter] for parameter in TRIAGE_PARAMETERS]


def suggested_data(data, answers: Answers) -> dict:
    """Form data (a QueryDict copy) with the answers written back, to re-render the form with
    the description's suggestions ticked."""
    data = data.copy()
    data.setlist("signaal", list(answers.signals))
    for parameter, question in TRIAGE_PARAMETERS.items():
        data[parameter] = (answers.triage or {}).get(question, triage.UNKNOWN)
    data["fase"] = answers.phase
    data["soort"] = answers.situation_type
    data.setlist("doelgroep", sorted(answers.target_groups))
    return data
