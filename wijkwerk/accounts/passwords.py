"""Refuse the Dutch passwords that are guessed first: a common word with digits or signs around
it ("Zomer2026!", "Welkom123", "Feyenoord1908"). Django's own list is mostly English."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

COMMON_WORDS = frozenset(
    {
        "wachtwoord",
        "paswoord",
        "welkom",
        "geheim",
        "hallo",
        "hoi",
        "liefde",
        "schat",
        "schatje",
        "prinses",
        "lieverd",
        "zomer",
        "winter",
        "lente",
        "herfst",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "voetbal",
        "ajax",
        "feyenoord",
        "psv",
        "twente",
        "utrecht",
        "amsterdam",
        "rotterdam",
        "denhaag",
        "eindhoven",
        "groningen",
        "nederland",
        "holland",
        "oranje",
        "koning",
        "koningin",
        "wijkwerk",
        "wijkteam",
        "gemeente",
        "buurt",
        "welzijn",
        "qwerty",
        "azerty",
        "asdfgh",
        "wachtwoordje",
        "password",
        "welcome",
        "admin",
        "beheer",
        "beheerder",
        "test",
    }  # fmt: skip
)
_NOT_LETTERS = re.compile(r"[^a-z]+")


class DutchCommonPasswordValidator:
    def validate(self, password, user=None):
        letters = _NOT_LETTERS.sub("", password.lower())
        if letters in COMMON_WORDS or _repeats(letters):
            raise ValidationError(
                _(
                    "This password is a common word with some digits or signs: it is guessed "
                    "quickly. Choose, for example, a sentence of four unrelated words."
                ),
                code="password_common_dutch",
            )

    def get_help_text(self):
        return _("Your password cannot be a common word with some digits or signs.")


def _repeats(letters: str) -> bool:
    """ "zomerzomer", "aaaa": one short piece over and over."""
    for size in range(1, len(letters) // 2 + 1):
        if len(letters) % size == 0 and letters[:size] * (len(letters) // size) == letters:
            return True
    return False
