"""The guard in forms: refuse hard identifiers, hold possible names, check search boxes.

A form lists its free-text fields in ``privacy_fields``. On validation each is scanned:

- a hard identifier (phone, e-mail, BSN, IBAN, address, date of birth, age next to a name) is an
  error at the field that says what was found, in the words as typed;
- a possible name is held: an error with the words, and a checkbox "Dit is geen persoon" right
  under the field. Ticking it and saving again accepts exactly those words (a fingerprint in the
  checkbox's value ties the confirmation to them). The view then records who confirmed, where and
  when with ``record_confirmations`` — never the words.

Nothing typed is lost: the form comes back bound, with the text as it was.
"""

import hashlib
from functools import cache

from crispy_forms.layout import Field
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wijkwerk.privacy import guard
from wijkwerk.privacy.models import NotAPersonConfirmation
from wijkwerk.privacy.numbers import e164, phone_number

CONFIRM_SUFFIX = "_geen_persoon"

# What the guard found, as the middle of a Dutch sentence: "In 'x' staat <kind>".
KIND_LABELS = {
    guard.EMAIL: _("an e-mail address"),
    guard.PHONE: _("a phone number"),
    guard.BSN: _("a citizen service number (BSN)"),
    guard.IBAN: _("a bank account number (IBAN)"),
    guard.ADDRESS: _("an address with a house number"),
    guard.BIRTH_DATE: _("a date of birth"),
    guard.AGE: _("an age next to a name"),
    guard.NAME: _("a name"),
}


@cache
def team_phone_numbers() -> frozenset[str]:
    """The team's own numbers from the settings, as E.164, which the guard lets through."""
    numbers = (phone_number(value) for value in settings.WIJKWERK_TEAM_PHONE_NUMBERS)
    return frozenset(e164(number) for number in numbers if number is not None)


def scan(text: str) -> list[guard.Finding]:
    return guard.scan(text, allowed_phones=team_phone_numbers())


def describe(findings: list[guard.Finding]) -> list[str]:
    """Each kind found, in words with the words as typed, once: 'a phone number (“06-…”)'."""
    described = []
    for finding in findings:
        text = f"{KIND_LABELS[finding.kind]} (“{finding.excerpt}”)"
        if text not in described:
            described.append(text)
    return described


def refusal_message(label, findings: list[guard.Finding]) -> str:
    kinds = describe(findings)
    return ngettext(
        "“%(field)s” contains personal data: %(kinds)s. Describe the situation in the "
        "neighbourhood, not the people in it: remove it or write it in general terms.",
        "“%(field)s” contains personal data: %(kinds)s. Describe the situation in the "
        "neighbourhood, not the people in it: remove them or write them in general terms.",
        len(kinds),
    ) % {"field": label, "kinds": ", ".join(kinds)}


def held_message(label, findings: list[guard.Finding]) -> str:
    words = ", ".join(dict.fromkeys(f"“{finding.excerpt}”" for finding in findings))
    return _(
        "“%(field)s” may contain the name of a person: %(words)s. Write about the neighbourhood, "
        "not about people: leave the name out or write “a neighbour”, for example. Is it not a "
        "person but a shop, a street or a building? Tick “This is not a person” under this field "
        "and save again."
    ) % {"field": label, "words": words}


class ConfirmCheckbox(forms.CheckboxInput):
    """The "not a person" checkbox; its value is the fingerprint of the words it accepts."""

    def __init__(self, fingerprint: str, checked: bool):
        super().__init__(check_test=lambda value: checked)
        self.fingerprint = fingerprint

    def format_value(self, value):
        return self.fingerprint


class PrivacyGuardMixin:
    """Scan ``privacy_fields`` in ``clean``; see the module docstring.

    ``privacy_context`` names the form in a confirmation record; a model form defaults to its
    model ("situations.situation"). Override ``refusal`` to word the advice differently.
    """

    privacy_fields: tuple[str, ...] = ()
    privacy_context: str = ""

    def refusal(self, label, findings: list[guard.Finding]) -> str:
        return refusal_message(label, findings)

    def clean(self):
        cleaned_data = super().clean()
        self.privacy_confirmed: list[tuple[str, str]] = []
        for name in self.privacy_fields:
            value = cleaned_data.get(name)
            if not value or not isinstance(value, str):
                continue
            findings = scan(value)
            hard = [finding for finding in findings if finding.hard]
            held = [finding for finding in findings if not finding.hard]
            label = self.fields[name].label
            if hard:
                self.add_error(name, self.refusal(label, hard))
            if held:
                fingerprint = _fingerprint(name, held)
                confirmed = self.data.get(self.add_prefix(name + CONFIRM_SUFFIX)) == fingerprint
                self._show_confirmation(name, fingerprint, confirmed)
                if confirmed:
                    self.privacy_confirmed.append((name, guard.NAME))
                else:
                    self.add_error(name, held_message(label, held))
        return cleaned_data

    def privacy_form_name(self) -> str:
        if self.privacy_context:
            return self.privacy_context
        meta = getattr(self, "_meta", None)
        return meta.model._meta.label_lower if meta and meta.model else type(self).__name__

    def _show_confirmation(self, name: str, fingerprint: str, checked: bool) -> None:
        """Add the checkbox right under the field, in the crispy layout when there is one."""
        confirm = name + CONFIRM_SUFFIX
        self.fields[confirm] = forms.BooleanField(
            label=_("This is not a person"),
            help_text=_(
                "For example a shop, a street or a building. We record that you confirmed it, "
                "not the words."
            ),
            required=False,
            widget=ConfirmCheckbox(fingerprint, checked),
        )
        helper = getattr(self, "helper", None)
        layout = getattr(helper, "layout", None)
        if layout is None:
            return
        for pointer in layout.get_field_names():
            if pointer.name == name:
                container = layout
                for position in pointer.positions[:-1]:
                    container = container.fields[position]
                container.fields.insert(pointer.positions[-1] + 1, Field(confirm))
                return


def _fingerprint(name: str, findings: list[guard.Finding]) -> str:
    words = "\n".join(sorted({finding.excerpt for finding in findings}))
    return hashlib.sha256(f"{name}\n{words}".encode()).hexdigest()[:16]


def record_confirmations(user, *forms_or_formsets) -> int:
    """Record every "not a person" confirmation in valid forms (and formsets); how many."""
    records = []
    for item in forms_or_formsets:
        for form in getattr(item, "forms", [item]):
            for field, kind in getattr(form, "privacy_confirmed", []):
                records.append(
                    NotAPersonConfirmation(
                        user=user, form=form.privacy_form_name(), field=field, kind=kind
                    )
                )
    NotAPersonConfirmation.objects.bulk_create(records)
    return len(records)


class SearchField(forms.CharField):
    """A search box that refuses a query with personal data: it is not run, and says why.

    A query lands in URLs, browser history and server logs, so names count too here.
    """

    def validate(self, value):
        super().validate(value)
        findings = scan(value) if value else []
        if findings:
            raise forms.ValidationError(
                _(
                    "Not searched: the search contains personal data (%(kinds)s). Search for what "
                    "is going on, not for who: a theme, a place in the neighbourhood, a word from "
                    "the title."
                ),
                code="personal_data",
                params={"kinds": ", ".join(describe(findings))},
            )
