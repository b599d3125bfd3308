"""Validators for short texts that others see in lists (titles): they must be readable.

A title of only invisible characters shows as an empty link; a direction override (U+202E and
its kin) makes text read differently from what it contains, the classic way to disguise it.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def validate_readable_text(value: str) -> None:
    if any(char in DIRECTION_CONTROLS for char in value):
        raise ValidationError(
            _(
                "The text contains a hidden sign that changes the writing direction. Type it "
                "again, without copying it from elsewhere."
            ),
            code="direction_control",
        )
    if not any(unicodedata.category(char)[0] in "LN" for char in value):
        raise ValidationError(
            _("Write a title with letters or digits: invisible characters alone do not count."),
            code="not_readable",
        )
