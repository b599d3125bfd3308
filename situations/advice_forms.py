from django import forms
from django.utils.translation import gettext_lazy as _

from activities.models import Goal, TargetGroup
from situations.advice import Profile
from situations.forms import LevelChoiceField, PrivacyGuardMixin


class AdviceForm(PrivacyGuardMixin, forms.Form):
    """The Wijkverbinder-style questionnaire. Field names are the URL parameters (shareable).

    Nothing is saved, but the description travels in the web address (server logs, browser
    history), so it gets the same personal-data guard as a situation."""

    privacy_fields = ("q",)

    q = forms.CharField(
        label=_("What is going on?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Describe what you see and hear in the neighbourhood. No names or addresses."),
    )
    niveau = LevelChoiceField(label=_("Which level fits best?"), required=False)
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

    def profile(self) -> Profile:
        data = self.cleaned_data
        return Profile(
            level=data["niveau"].slug if data.get("niveau") else None,
            goals=frozenset(goal.slug for goal in data.get("doel") or ()),
            target_groups=frozenset(group.slug for group in data.get("doelgroep") or ()),
            text=data.get("q", ""),
        )

    def first_error(self) -> tuple[str, str]:
        """(parameter, message) of the first invalid field, for the JSON API."""
        field, errors = next(iter(self.errors.items()))
        return field, errors[0]
