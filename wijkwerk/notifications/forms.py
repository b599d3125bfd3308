from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .models import Notification, NotificationPreference


class PreferenceForm(forms.Form):
    """Per kind a switch for the app and one for e-mail, and how often e-mail comes."""

    email_frequency = forms.ChoiceField(
        label=_("How often do you want e-mail?"),
        choices=NotificationPreference.Frequency.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, data=None, *, preference: NotificationPreference):
        initial = {"email_frequency": preference.email_frequency}
        for kind in Notification.Kind.values:
            initial[f"app_{kind}"] = preference.shows_in_app(kind)
            initial[f"email_{kind}"] = kind not in preference.email_off
        super().__init__(data, initial=initial)
        for kind, label in Notification.Kind.choices:
            self.fields[f"app_{kind}"] = forms.BooleanField(
                label=_("%(kind)s: in the app") % {"kind": capfirst(label)}, required=False
            )
            self.fields[f"email_{kind}"] = forms.BooleanField(
                label=_("%(kind)s: by e-mail") % {"kind": capfirst(label)}, required=False
            )

    def rows(self):
        """(label, app field, e-mail field) per kind, for the table."""
        return [
            (capfirst(label), self[f"app_{kind}"], self[f"email_{kind}"])
            for kind, label in Notification.Kind.choices
        ]

    def chosen(self) -> dict:
        data = self.cleaned_data
        kinds = Notification.Kind.values
        return {
            "app_kinds": [kind for kind in kinds if data[f"app_{kind}"]],
            "email_kinds": [kind for kind in kinds if data[f"email_{kind}"]],
            "email_frequency": data["email_frequency"],
        }
