"""Log the situation writes that bypass ``save()``, which django-auditlog cannot see.

auditlog listens to ``pre_save``/``post_save``/``post_delete``. ``situations.services`` saves
an edit with a conditional ``QuerySet.update()`` (optimistic locking) and closes, reopens and
moves the level with another ``update()`` (``_touch``); learning questions are written with
``bulk_create``/``bulk_update``. None of these send a signal. So the audit app wraps those two
service functions: it reads the situation before and after, and writes the difference with
the same rules (masks, excluded fields) as auditlog's own entries. A changed list of learning
questions shows as a masked ``learning_questions`` change.

The wrapping happens once, in ``AuditConfig.ready()``; a renamed function fails at start-up
rather than silently dropping audit entries. Should ``situations.services`` one day send a
signal of its own after these writes, this module can listen to it instead.
"""

import functools
from contextlib import contextmanager

from auditlog.context import auditlog_disabled
from auditlog.diff import model_instance_diff
from auditlog.models import LogEntry
from django.conf import settings
from django.db import transaction

from wijkwerk.audit import scope
from wijkwerk.audit.registration import HIDDEN

LEARNING_QUESTIONS = "learning_questions"
_MARK = "_wijkwerk_audited"


def _snapshot(model, pk, *, with_questions: bool):
    instance = model._default_manager.filter(pk=pk).first()
    questions = None
    if with_questions and instance is not None:
        questions = list(
            instance.learning_questions.order_by("pk").values_list("pk", "text", "order")
        )
    return instance, questions


def log_update(old, new, *, extra_changes: dict | None = None) -> LogEntry | None:
    """Write an update entry for ``new`` (saved) against ``old`` (as it was), as auditlog
    would have on ``save()``; nothing when nothing the trail follows changed."""
    changes = (
        model_instance_diff(old, new, use_json_for_changes=settings.AUDITLOG_STORE_JSON_CHANGES)
        or {}
    )
    changes.update(extra_changes or {})
    if not changes:
        return None
    entry = LogEntry.objects.log_create(new, action=LogEntry.Action.UPDATE, changes=changes)
    scope.add_to_team_trails(entry, new, changes)
    return entry


@contextmanager
def recording_update(model, pk, *, with_questions: bool = False):
    """Around code that writes row ``pk`` of ``model`` without ``save()``: log what changed."""
    if auditlog_disabled.get():
        yield
        return
    with transaction.atomic():
        old, old_questions = _snapshot(model, pk, with_questions=with_questions)
        yield
        if old is None:
            return
        new, new_questions = _snapshot(model, pk, with_questions=with_questions)
        if new is None:
            return
        extra = {}
        if old_questions != new_questions:
            extra[LEARNING_QUESTIONS] = [
                HIDDEN if old_questions else "",
                HIDDEN if new_questions else "",
            ]
        log_update(old, new, extra_changes=extra)


def _audited_situation_update(function):
    @functools.wraps(function)
    def situation_update(*, situation, **kwargs):
        with recording_update(type(situation), situation.pk, with_questions=True):
            return function(situation=situation, **kwargs)

    setattr(situation_update, _MARK, True)
    return situation_update


def _audited_touch(function):
    @functools.wraps(function)
    def touch(situation, **fields):
        with recording_update(type(situation), situation.pk):
            return function(situation, **fields)

    setattr(touch, _MARK, True)
    return touch


def install() -> None:
    """Wrap the situation services that write with ``update()`` (idempotent)."""
    from situations import services

    if not getattr(services.situation_update, _MARK, False):
        services.situation_update = _audited_situation_update(services.situation_update)
    if not getattr(services._touch, _MARK, False):
        services._touch = _audited_touch(services._touch)
