"""What changed since the previous submission: the lead reads a resubmitted reflection with,
per field and per answer, what the author changed after it was returned.

Every submission stores a copy of what was submitted (``ReflectionEvent.content``, see
``workflow.submission_content``). This module compares the last two copies. Plain code on
rows already loaded (the detail page loads the history anyway): no queries of its own.

Texts are compared word by word (``difflib``), marked with ``<del>`` and ``<ins>``; every
piece of text is escaped before it is marked, so what an author typed never becomes HTML.
"""

import datetime
import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext

from reflections.models import Reflection
from reflections.prompts import get_model
from reflections.workflow import ANSWER_PREFIX
from wijkwerk.templatetags.dutch_dates import format_date_text

# Fields compared as text (word by word); the others are short values shown before → after.
TEXT_FIELDS = ("title", "learning_points")

_TOKENS = re.compile(r"\S+\s*|\s+")  # a word with the space after it


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: str
    before: str
    after: str
    # The text with its removed and added words marked; empty for a short value.
    marked: SafeString | str = ""


@dataclass(frozen=True)
class Changes:
    """The changes between two submissions; ``since`` is when the earlier one was made."""

    since: datetime.datetime
    fields: list[FieldChange]


def changes_since_previous_submission(reflection: Reflection, events) -> Changes | None:
    """The changes of the latest submission against the one before it, or None when there is
    no earlier submission with a stored copy (submitted once, or before copies were kept).
    ``events`` are the reflection's ReflectionEvents in order. Only for a submitted or reviewed
    reflection: while it is back with the author, the latest copy is not the current text."""
    if reflection.status not in (Reflection.Status.SUBMITTED, Reflection.Status.REVIEWED):
        return None
    submissions = [
        event
        for event in events
        if event.to_status == Reflection.Status.SUBMITTED and event.content is not None
    ]
    if len(submissions) < 2:
        return None
    previous, latest = submissions[-2], submissions[-1]
    return Changes(since=previous.created_at, fields=compare(previous.content, latest.content))


def compare(before: dict, after: dict) -> list[FieldChange]:
    """Per field that differs, in the order of the edit form: its label and both values."""
    model = get_model(after.get("model", "")) or get_model(before.get("model", ""))
    prompts = model.prompts if model else ()
    names = [
        "title",
        "date",
        "category",
        "minutes",
        *[ANSWER_PREFIX + prompt.key for prompt in prompts],
        "learning_points",
    ]
    labels = {
        "title": gettext("Title"),
        "date": gettext("Date of the activity"),
        "category": gettext("Category"),
        "minutes": gettext("Time spent"),
        "learning_points": gettext("Learning points"),
        **{ANSWER_PREFIX + prompt.key: str(prompt.label) for prompt in prompts},
    }
    changes = []
    for name in names:
        old, new = before.get(name), after.get(name)
        if (old or "") == (new or ""):
            continue
        if name in TEXT_FIELDS or name.startswith(ANSWER_PREFIX):
            old, new = old or "", new or ""
            changes.append(FieldChange(name, labels[name], old, new, marked=mark_words(old, new)))
        else:
            changes.append(FieldChange(name, labels[name], _show(name, old), _show(name, new)))
    return changes


def _show(name: str, value) -> str:
    """A short value as the reflection page shows it."""
    if value in (None, ""):
        return "–"
    if name == "date":
        try:
            return format_date_text(datetime.date.fromisoformat(value))
        except (TypeError, ValueError):
            return str(value)
    if name == "category":
        labels = dict(Reflection.Category.choices)
        return capfirst(str(labels.get(value, value)))
    if name == "minutes":
        return ngettext("%(count)s minute", "%(count)s minutes", int(value)) % {"count": value}
    return str(value)


def _word(token: str) -> str:
    return token.rstrip() or token


def _text(words: list[str]) -> str:
    """Escaped text with its line breaks kept."""
    return escape("".join(words)).replace("\n", "<br>")


def mark_words(before: str, after: str) -> SafeString:
    """``after`` with the words removed since ``before`` in ``<del>`` and the words added in
    ``<ins>``; each mark starts with a hidden word for screen readers. All text is escaped."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    removed = gettext("removed:")
    added = gettext("added:")
    parts = []
    # Words are compared without the space after them: "weg." at the end of the old text is
    # the same word as "weg. " in the middle of the new one.
    matcher = difflib.SequenceMatcher(
        None, [_word(token) for token in old], [_word(token) for token in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(_text(new[j1:j2]))
            continue
        if tag in ("delete", "replace"):
            parts.append(
                format_html(
                    '<del class="bg-danger-subtle"><span class="visually-hidden">{} </span>{}</del>',
                    removed,
                    mark_safe(_text(old[i1:i2])),  # escaped by _text
                )
            )
        if tag in ("insert", "replace"):
            parts.append(
                format_html(
                    '<ins class="bg-success-subtle"><span class="visually-hidden">{} </span>{}</ins>',
                    added,
                    mark_safe(_text(new[j1:j2])),  # escaped by _text
                )
            )
    return mark_safe("".join(str(part) for part in parts))  # every piece escaped above
