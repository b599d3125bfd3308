"""Reading the trail: a team lead's entries, and each entry in plain words for the page.

The page costs a fixed number of queries, whatever is on it: the count, the page of entries
(with actor and content type joined), the current titles of the situations on the page and
the authors of the reflections on the page.
"""

from dataclasses import dataclass, field

from auditlog.models import LogEntry
from django.core.exceptions import FieldDoesNotExist
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from reflections.models import Reflection
from situations.models import Situation
from wijkwerk.audit.bridge import LEARNING_QUESTIONS
from wijkwerk.audit.models import TeamEntry
from wijkwerk.audit.registration import HIDDEN

PAGE_SIZE = 50

Action = LogEntry.Action

VERBS = {
    Action.CREATE: pgettext_lazy("audit trail", "created"),
    Action.UPDATE: pgettext_lazy("audit trail", "changed"),
    Action.DELETE: pgettext_lazy("audit trail", "deleted"),
}
# A reflection's status change says what happened to it.
REFLECTION_VERBS = {
    "submitted": pgettext_lazy("audit trail", "submitted"),
    "returned": pgettext_lazy("audit trail", "returned"),
    "reviewed": pgettext_lazy("audit trail", "marked as reviewed"),
}
# Fields whose change the page does not list: the verb or the entry's own time says it.
QUIET_FIELDS = {"submitted_at", "reviewed_at", "reviewed_by", "previous_level", "version"}


@dataclass
class Change:
    label: str
    old: str = ""
    new: str = ""
    hidden: bool = False  # free text: changed, not shown (and not stored)
    show_values: bool = False
    added: str = ""  # many-to-many
    removed: str = ""


@dataclass
class TrailRow:
    entry: LogEntry
    verb: str
    kind: str  # "situation", "observation", ...: the object's type in words
    name: str = ""
    url: str = ""
    situation_title: str = ""
    situation_url: str = ""
    gone: bool = False  # the object itself no longer exists
    situation_gone: bool = False  # the situation it belonged to no longer exists
    changes: list[Change] = field(default_factory=list)


def team_trail(*, team_ids) -> QuerySet[LogEntry]:
    """The entries in the trails of these teams, newest first (each entry once)."""
    in_trail = TeamEntry.objects.filter(team_id__in=team_ids)
    # IN (...) rather than EXISTS: the database starts from the team's rows (an index), not
    # from every entry in the log.
    return (
        LogEntry.objects.filter(pk__in=in_trail.values("entry_id"))
        .annotate(
            situation_ref=Subquery(in_trail.filter(entry=OuterRef("pk")).values("situation_id")[:1])
        )
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )


def trail_rows(entries, *, team_ids) -> list[TrailRow]:
    """The entries of one page in words. Two queries at most: situation titles, reflection
    authors (each only when the page has such entries)."""
    entries = list(entries)
    situation_ids = {e.situation_ref for e in entries if e.situation_ref is not None}
    titles = {}
    if situation_ids:
        titles = dict(
            Situation.objects.filter(pk__in=situation_ids, team_id__in=team_ids)
            .order_by()
            .values_list("pk", "title")
        )
    reflection_ids = {
        e.object_id for e in entries if _model(e) is Reflection and e.object_id is not None
    }
    authors = {}
    if reflection_ids:
        authors = {
            reflection.pk: str(reflection.author)
            for reflection in Reflection.objects.filter(pk__in=reflection_ids)
            .order_by()
            .select_related("author")
            .only("pk", "author__username", "author__first_name", "author__last_name")
        }
    return [_row(entry, titles, authors) for entry in entries]


def _model(entry: LogEntry):
    return entry.content_type.model_class()


def _row(entry: LogEntry, titles: dict, authors: dict) -> TrailRow:
    model = _model(entry)
    changes = entry.changes_dict or {}
    verb = VERBS.get(entry.action, "")
    if model is Reflection and entry.action == Action.UPDATE and "status" in changes:
        verb = REFLECTION_VERBS.get(_new_value(changes["status"]), verb)
    row = TrailRow(
        entry=entry,
        verb=verb,
        kind=str(model._meta.verbose_name) if model is not None else "",
    )
    situation_id = entry.situation_ref
    if situation_id is not None:
        row.situation_title = titles.get(situation_id, "")
        if row.situation_title:
            row.situation_url = Situation(pk=situation_id).get_absolute_url()
        else:
            row.situation_gone = model is not Situation
    if model is Situation:
        row.name, row.url = row.situation_title, row.situation_url
        row.situation_title = row.situation_url = ""
        row.gone = not row.name
    elif model is Reflection:
        author = authors.get(entry.object_id)
        row.name = gettext("by %(name)s") % {"name": author} if author else ""
        row.gone = author is None
    else:
        row.name = entry.object_repr if not entry.object_repr.startswith("#") else ""
    if entry.action == Action.UPDATE:
        row.changes = _changes(model, changes)
    return row


def _new_value(values) -> str:
    if isinstance(values, list | tuple) and len(values) == 2:
        return str(values[1])
    return ""


def _changes(model, changes: dict) -> list[Change]:
    result = []
    for name, values in sorted(changes.items()):
        if name in QUIET_FIELDS:
            continue
        if name == LEARNING_QUESTIONS:
            result.append(Change(label=capfirst(_("learning questions")), hidden=True))
            continue
        try:
            model_field = model._meta.get_field(name) if model is not None else None
        except FieldDoesNotExist:
            model_field = None
        label = capfirst(model_field.verbose_name) if model_field is not None else name
        if isinstance(values, dict):  # many-to-many: {"type": "m2m", "operation": ..., "objects"}
            result.append(_m2m_change(label, values))
            continue
        old, new = (str(value) for value in values)
        if HIDDEN in (old, new):
            result.append(Change(label=label, hidden=True))
        elif model_field is not None and _shows_values(model_field):
            result.append(
                Change(
                    label=label,
                    old=_display(model_field, old),
                    new=_display(model_field, new),
                    show_values=True,
                )
            )
        else:
            result.append(Change(label=label))
    return result


def _m2m_change(label: str, values: dict) -> Change:
    objects = ", ".join(str(item) for item in values.get("objects", []))
    if values.get("operation") == "add":
        return Change(label=label, added=objects)
    return Change(label=label, removed=objects)


def _shows_values(model_field) -> bool:
    """Choices, levels, dates and numbers: short, and no free text."""
    if model_field.choices:
        return True
    if model_field.is_relation:
        return model_field.related_model._meta.label_lower == "activities.level"
    return model_field.get_internal_type() in {
        "DateField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "IntegerField",
    }


def _display(model_field, value: str) -> str:
    if value in ("None", ""):
        return ""
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    return value
