"""The review workflow: every status change of a reflection, with its rule, in one place.

    draft ──submit──▶ submitted ──review──▶ reviewed
      ▲                  │
      │               return (with feedback)
      │                  ▼
      └── (edit) ◀── returned ──submit──▶ submitted

- submit: the author, from draft or returned; every question must be answered.
- return: a team lead of a team the author is a member of, from submitted; feedback required.
- review: such a team lead, from submitted; feedback optional. Closes the reflection.
- comment (feedback without a status change): such a team lead, on a submitted reflection.
- edit: the author, only in draft or returned; with optimistic locking, so a form open in
  another window never silently undoes a save made there (``reflection_save_changes``).
- delete: the author, in every status except submitted (while a lead is reviewing it, it is
  locked as for editing). Deleting is final: the reflection, its feedback and its history go.

Every transition is recorded as a ReflectionEvent (who, when, from, to); a submission also
keeps a copy of what was submitted (``submission_content``), so the lead sees what changed
since the previous submission (``reflections/changes.py``). A refused action raises
``TransitionError`` whose message is a translated sentence for the user.

The lead answers in one form with three buttons (comment, return, review): ``LeadAction``
names them, ``check_lead_action`` and ``lead_act`` dispatch to the check and transition.

After the transaction commits, the author is notified when a lead returns, reviews or comments
(``wijkwerk.notifications``): a label without content ("reflectie van 3 nov. 2026") and the
reflection's URL.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from reflections.models import Feedback, Reflection, ReflectionEvent
from reflections.selectors import is_lead_of_author
from situations import conflicts
from wijkwerk.notifications.models import Notification
from wijkwerk.notifications.services import notify
from wijkwerk.templatetags.dutch_dates import format_date_text

Status = Reflection.Status

EDITABLE = {Status.DRAFT, Status.RETURNED}
SUBMITTABLE = {Status.DRAFT, Status.RETURNED}
DELETABLE = {Status.DRAFT, Status.RETURNED, Status.REVIEWED}


class TransitionError(Exception):
    """An action the rules do not allow; ``message`` is shown to the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _status_name(reflection: Reflection) -> str:
    return str(Status(reflection.status).label)


# Checks: return None when allowed, raise TransitionError with the reason when not.


def check_edit(user, reflection: Reflection) -> None:
    if user.pk != reflection.author_id:
        raise TransitionError(gettext("Only the author can change this reflection."))
    if reflection.status not in EDITABLE:
        raise TransitionError(
            gettext("You cannot change a reflection with status “%(status)s”.")
            % {"status": _status_name(reflection)}
        )


def check_submit(user, reflection: Reflection) -> None:
    if user.pk != reflection.author_id:
        raise TransitionError(gettext("Only the author can submit this reflection."))
    if reflection.status not in SUBMITTABLE:
        raise TransitionError(
            gettext("You cannot submit a reflection with status “%(status)s”.")
            % {"status": _status_name(reflection)}
        )
    if not reflection.is_complete:
        raise TransitionError(gettext("Answer every question before you submit the reflection."))


def _check_lead(user, reflection: Reflection) -> None:
    if not is_lead_of_author(user, reflection):
        raise TransitionError(gettext("Only a team lead of the author's team can do this."))


def check_return(user, reflection: Reflection) -> None:
    _check_lead(user, reflection)
    if reflection.status != Status.SUBMITTED:
        raise TransitionError(
            gettext("You cannot return a reflection with status “%(status)s”.")
            % {"status": _status_name(reflection)}
        )


def check_review(user, reflection: Reflection) -> None:
    _check_lead(user, reflection)
    if reflection.status != Status.SUBMITTED:
        raise TransitionError(
            gettext("You cannot mark a reflection with status “%(status)s” as reviewed.")
            % {"status": _status_name(reflection)}
        )


def check_comment(user, reflection: Reflection) -> None:
    _check_lead(user, reflection)
    if reflection.status != Status.SUBMITTED:
        raise TransitionError(gettext("You can only give feedback on a submitted reflection."))


def check_delete(user, reflection: Reflection) -> None:
    if user.pk != reflection.author_id:
        raise TransitionError(gettext("Only the author can delete this reflection."))
    if reflection.status not in DELETABLE:
        raise TransitionError(
            gettext(
                "You cannot delete a reflection while your team lead is reviewing it. "
                "Wait until it is returned or reviewed."
            )
        )


def allowed(check, user, reflection: Reflection) -> bool:
    try:
        check(user, reflection)
    except TransitionError:
        return False
    return True


def allowed_actions(user, reflection: Reflection) -> dict[str, bool]:
    """Which buttons to show. The lead checks share one membership query."""
    is_author = user.pk == reflection.author_id
    is_lead = not is_author and is_lead_of_author(user, reflection)
    submitted = reflection.status == Status.SUBMITTED
    return {
        "edit": is_author and reflection.status in EDITABLE,
        "submit": is_author and reflection.status in SUBMITTABLE,
        "delete": is_author and reflection.status in DELETABLE,
        "comment": is_lead and submitted,
        "return": is_lead and submitted,
        "review": is_lead and submitted,
    }


# Transitions. Each locks the row, re-checks the rule on the fresh row, then records the change.


def _locked(reflection: Reflection) -> Reflection:
    """Lock the row and take its status; returns the fresh row (its content as stored)."""
    fresh = Reflection.objects.select_for_update().get(pk=reflection.pk)
    reflection.status = fresh.status
    return fresh


def _record(reflection: Reflection, user, from_status: str, content: dict | None = None) -> None:
    ReflectionEvent.objects.create(
        reflection=reflection,
        actor=user,
        from_status=from_status,
        to_status=reflection.status,
        content=content,
    )


def notification_label(reflection: Reflection) -> str:
    """What a notification calls the reflection: its date, never its title or content."""
    return gettext("reflection of %(date)s") % {"date": format_date_text(reflection.date)}


def _notify_author_on_commit(reflection: Reflection, kind: str, actor) -> None:
    """Tell the author once the change is stored (nothing when the transaction rolls back)."""
    author, label, url = (
        reflection.author,
        notification_label(reflection),
        reflection.get_absolute_url(),
    )
    transaction.on_commit(lambda: notify(author, kind, label=label, url=url, actor=actor))


@transaction.atomic
def reflection_submit(*, reflection: Reflection, user) -> Reflection:
    stored = _locked(reflection)
    check_submit(user, stored)  # the answers as stored, not a copy loaded earlier
    previous = reflection.status
    reflection.status = Status.SUBMITTED
    reflection.submitted_at = timezone.now()
    reflection.save(update_fields=["status", "submitted_at", "updated_at"])
    _record(reflection, user, previous, content=submission_content(stored))
    return reflection


@transaction.atomic
def reflection_return(*, reflection: Reflection, user, text: str) -> Reflection:
    _locked(reflection)
    check_return(user, reflection)
    if not text.strip():
        raise TransitionError(
            gettext("Write what the author should change before you return the reflection.")
        )
    previous = reflection.status
    reflection.status = Status.RETURNED
    reflection.save(update_fields=["status", "updated_at"])
    Feedback.objects.create(
        reflection=reflection, author=user, kind=Feedback.Kind.RETURNED, text=text.strip()
    )
    _record(reflection, user, previous)
    _notify_author_on_commit(reflection, Notification.Kind.RETURNED, user)
    return reflection


@transaction.atomic
def reflection_review(*, reflection: Reflection, user, text: str = "") -> Reflection:
    _locked(reflection)
    check_review(user, reflection)
    previous = reflection.status
    reflection.status = Status.REVIEWED
    reflection.reviewed_at = timezone.now()
    reflection.reviewed_by = user
    reflection.save(update_fields=["status", "reviewed_at", "reviewed_by", "updated_at"])
    Feedback.objects.create(
        reflection=reflection, author=user, kind=Feedback.Kind.REVIEWED, text=text.strip()
    )
    _record(reflection, user, previous)
    _notify_author_on_commit(reflection, Notification.Kind.REVIEWED, user)
    return reflection


@transaction.atomic
def feedback_add(*, reflection: Reflection, user, text: str) -> Feedback:
    _locked(reflection)
    check_comment(user, reflection)
    if not text.strip():
        raise TransitionError(gettext("Write your feedback first."))
    feedback = Feedback.objects.create(
        reflection=reflection, author=user, kind=Feedback.Kind.COMMENT, text=text.strip()
    )
    _notify_author_on_commit(reflection, Notification.Kind.FEEDBACK, user)
    return feedback


# The lead's one form: three buttons, each an action with its check and transition.


class LeadAction(models.TextChoices):
    COMMENT = "comment", pgettext_lazy("review action", "Add comment")
    RETURN = "return", pgettext_lazy("review action", "Return for changes")
    REVIEW = "review", pgettext_lazy("review action", "Mark as reviewed")


@dataclass(frozen=True)
class _LeadStep:
    check: Callable
    perform: Callable


_LEAD_STEPS = {
    LeadAction.COMMENT: _LeadStep(check_comment, feedback_add),
    LeadAction.RETURN: _LeadStep(check_return, reflection_return),
    LeadAction.REVIEW: _LeadStep(check_review, reflection_review),
}


def check_lead_action(user, reflection: Reflection, action: str | None) -> None:
    """The rule of ``action``; an unknown action is checked as a comment (the same rule: a
    lead of the author, on a submitted reflection), so a refusal still says why."""
    step = _LEAD_STEPS.get(action, _LEAD_STEPS[LeadAction.COMMENT])
    step.check(user, reflection)


def lead_act(*, reflection: Reflection, user, action: str, text: str):
    """Perform the lead's ``action`` (one of ``LeadAction``) with ``text``."""
    return _LEAD_STEPS[LeadAction(action)].perform(reflection=reflection, user=user, text=text)


@transaction.atomic
def reflection_delete(*, reflection: Reflection, user) -> None:
    _locked(reflection)
    check_delete(user, reflection)
    reflection.delete()


class ReflectionConflict(conflicts.EditConflict):
    """The reflection was saved elsewhere (another window) after this form was loaded."""


# The fields of the author's edit form besides the answers (one field per prompt); a conflict
# compares these.
CONTENT_FIELDS = (
    "title",
    "date",
    "category",
    "minutes",
    "situation",
    "deployment",
    "learning_points",
)
ANSWER_PREFIX = "answer_"


def submission_content(reflection: Reflection) -> dict:
    """What the author submitted, as stored with the submission: the edit form's texts and
    values (``reflection_snapshot``) without the links, which are not content, and with the
    reflection model, so the prompts can be named later."""
    snapshot = reflection_snapshot(reflection)
    del snapshot["situation"], snapshot["deployment"]
    return {"model": reflection.model, **snapshot}


def reflection_snapshot(reflection: Reflection) -> dict:
    """The edit form's values as plain comparable data: texts stripped, the date as ISO text,
    links as their ids, one entry per prompt of the reflection's model (``answer_<key>``)."""
    answers = reflection.answers or {}
    prompts = reflection.reflection_model.prompts if reflection.reflection_model else ()
    return {
        "title": (reflection.title or "").strip(),
        "date": reflection.date.isoformat() if reflection.date else None,
        "category": reflection.category,
        "minutes": reflection.minutes,
        "situation": reflection.situation_id,
        "deployment": reflection.deployment_id,
        **{
            ANSWER_PREFIX + prompt.key: (answers.get(prompt.key) or "").strip()
            for prompt in prompts
        },
        "learning_points": (reflection.learning_points or "").strip(),
    }


def _take_stored(reflection: Reflection, stored: Reflection, name: str) -> None:
    if name.startswith(ANSWER_PREFIX):
        key = name.removeprefix(ANSWER_PREFIX)
        reflection.answers = {**(reflection.answers or {}), key: stored.answers.get(key, "")}
    elif name in ("situation", "deployment"):
        setattr(reflection, f"{name}_id", getattr(stored, f"{name}_id"))
    else:
        setattr(reflection, name, getattr(stored, name))


@transaction.atomic
def reflection_save_changes(
    *,
    reflection: Reflection,
    user,
    version: int | None = None,
    base: Mapping | None = None,
    pending: Iterable[str] = (),
    choices: Mapping[str, str] | None = None,
) -> Reflection:
    """Save the author's edits (already set on ``reflection`` by the form) if still allowed.

    Optimistic locking, as for situations (``situations/conflicts.py``): ``version`` is the
    version the form loaded (by default the instance's own), ``base`` the snapshot of its
    values, ``pending`` and ``choices`` what a conflict page asked and got. When the reflection
    was saved elsewhere since and this save would change what was saved there unseen, it raises
    ``ReflectionConflict``. Only the edit form's fields are written: a status, review date or
    reviewer set meanwhile by the team lead stays.
    """
    stored = Reflection.objects.select_for_update().get(pk=reflection.pk)
    reflection.status = stored.status
    check_edit(user, reflection)
    resolution = conflicts.check(
        loaded_version=reflection.version if version is None else version,
        stored_version=stored.version,
        base=base,
        pending=pending,
        choices=choices,
        mine=reflection_snapshot(reflection),
        read_theirs=lambda: (stored, reflection_snapshot(stored)),
        error=ReflectionConflict,
    )
    for name in resolution.keep_stored:
        _take_stored(reflection, stored, name)
    reflection.version = stored.version + 1
    reflection.full_clean()
    reflection.save(update_fields=[*CONTENT_FIELDS, "answers", "version", "updated_at"])
    return reflection
