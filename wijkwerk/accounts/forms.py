from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One code: six digits from the app, or a backup code."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=20,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={"required": _("Type the code first.")},
    )


class ConfirmRemovalForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, log in with my password only from now on"),
        error_messages={"required": _("Tick the box to confirm.")},
    )
