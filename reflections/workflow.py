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
- edit: the author, only in draft or returned.
- delete: the author, in every status except submitted (while a lead is reviewing it, it is
  locked as for editing). Deleting is final: the reflection, its feedback and its history go.

Every transition is recorded as a ReflectionEvent (who, when, from, to). A refused action
raises ``TransitionError`` whose message is a translated sentence for the user.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from reflections.models import Feedback, Reflection, ReflectionEvent
from reflections.selectors import is_lead_of_author

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
    fresh = Reflection.objects.select_for_update().get(pk=reflection.pk)
    reflection.status = fresh.status
    return reflection


def _record(reflection: Reflection, user, from_status: str) -> None:
    ReflectionEvent.objects.create(
        reflection=reflection, actor=user, from_status=from_status, to_status=reflection.status
    )


@transaction.atomic
def reflection_submit(*, reflection: Reflection, user) -> Reflection:
    _locked(reflection)
    check_submit(user, reflection)
    previous = reflection.status
    reflection.status = Status.SUBMITTED
    reflection.submitted_at = timezone.now()
    reflection.save(update_fields=["status", "submitted_at", "updated_at"])
    _record(reflection, user, previous)
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
    return reflection


@transaction.atomic
def feedback_add(*, reflection: Reflection, user, text: str) -> Feedback:
    _locked(reflection)
    check_comment(user, reflection)
    if not text.strip():
        raise TransitionError(gettext("Write your feedback first."))
    return Feedback.objects.create(
        reflection=reflection, author=user, kind=Feedback.Kind.COMMENT, text=text.strip()
    )


@transaction.atomic
def reflection_delete(*, reflection: Reflection, user) -> None:
    _locked(reflection)
    check_delete(user, reflection)
    reflection.delete()


@transaction.atomic
def reflection_save_changes(*, reflection: Reflection, user) -> Reflection:
    """Save the author's edits (already set on ``reflection`` by the form) if still allowed."""
    _locked(reflection)
    check_edit(user, reflection)
    reflection.full_clean()
    reflection.save()
    return reflection
