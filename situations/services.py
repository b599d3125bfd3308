"""Writes on situations: plain functions with keyword-only arguments, each in one transaction.

- Every situation starts its trajectory with an observation on the day it is created, and every
  change of level adds one (date, old and new level, who), so the trajectory is never empty.
- ``situation_update`` uses optimistic locking: the caller passes the version the form was loaded
  with, and the row is only written ``WHERE version = <that version>``. When someone else saved
  in between, it raises ``SituationConflict`` with the current state, so nothing typed is lost.
- Recording an observation dated today or later than every other one moves the situation's
  level along: the trajectory's last point is always the current level.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from activities.models import Activity, Goal, Level, Signal, SituationType, TargetGroup
from situations import triage
from situations.models import (
    Answer,
    Deployment,
    LearningQuestion,
    Neighbourhood,
    Observation,
    Parties,
    Phase,
    Situation,
)
from situations.selectors import level_on, previous_observation, situation_form_queryset
from wijkwerk.accounts import policy
from wijkwerk.accounts.models import Team

# The fields a person edits in the situation form; a conflict compares these.
EDITABLE_FIELDS = (
    "title",
    "description",
    "neighbourhood",
    "level",
    "goals",
    "target_groups",
    "themes",
    "learning_questions",
    "parties",
    "care_need",
    "crime",
    "addressable",
    "acute_threat",
    "consent",
    "phase",
    "situation_type",
    "signals",
)

# The level at which the escalation's phase (acute or aftercare) means something.
ESCALATION = triage.LEVEL_ORDER[-1]

# The triage answers stored as columns of the situation (see models.Triage).
TRIAGE_FIELDS = ("parties", "care_need", "crime", "addressable", "acute_threat", "consent", "phase")

PHASE_ONLY_AT_ESCALATION = gettext_lazy(
    "The phase only applies at the level escalatie. Choose “not an escalation” here, "
    "or choose the level escalatie."
)


@dataclass(frozen=True)
class QuestionInput:
    """A learning question as typed: ``id`` of an existing row, or None for a new one."""

    text: str
    id: int | None = None


class SituationConflict(Exception):
    """Someone else saved the situation after this form was loaded."""

    def __init__(self, *, current: Situation, fields: list[str]):
        super().__init__("The situation was changed by someone else.")
        self.current = current
        self.fields = fields


def situation_create(
    *,
    user,
    team: Team,
    title: str,
    description: str,
    neighbourhood: Neighbourhood,
    level: Level,
    goals: Iterable[Goal] = (),
    target_groups: Iterable[TargetGroup] = (),
    themes: str = "",
    learning_questions: Sequence[QuestionInput | str] = (),
    parties: str = Parties.UNKNOWN,
    care_need: str = Answer.UNKNOWN,
    crime: str = Answer.UNKNOWN,
    addressable: str = Answer.UNKNOWN,
    acute_threat: str = Answer.UNKNOWN,
    consent: str = Answer.UNKNOWN,
    phase: str = Phase.NONE,
    situation_type: SituationType | None = None,
    signals: Iterable[Signal] = (),
    today: date | None = None,
) -> Situation:
    """Create a situation owned by ``user`` in ``team``, with its first observation.

    Without a ``situation_type`` the type follows from the triage answers (when they say enough).
    """
    _check_member(user, team.pk)
    _check_neighbourhood(team, neighbourhood)
    answers = {
        "parties": parties,
        "care_need": care_need,
        "crime": crime,
        "addressable": addressable,
        "acute_threat": acute_threat,
        "consent": consent,
        "phase": phase,
    }
    _check_phase(level, phase)
    situation = Situation(
        title=title,
        description=description,
        neighbourhood=neighbourhood,
        team=team,
        level=level,
        themes=themes,
        owner=user,
        situation_type=situation_type or situation_type_for(parties, care_need, crime),
        **answers,
    )
    situation.full_clean(exclude=["neighbourhood", "team", "level", "owner", "situation_type"])
    with transaction.atomic():
        situation.save()
        situation.goals.set(goals)
        situation.target_groups.set(target_groups)
        situation.signals.set(signals)
        _sync_learning_questions(situation, _questions(learning_questions))
        Observation.objects.create(
            situation=situation,
            date=today or timezone.localdate(),
            level=level,
            previous_level=None,
            recorded_by=user,
        )
    return situation


def situation_update(
    *,
    situation: Situation,
    user,
    version: int,
    title: str,
    description: str,
    neighbourhood: Neighbourhood,
    level: Level,
    goals: Iterable[Goal] = (),
    target_groups: Iterable[TargetGroup] = (),
    themes: str = "",
    learning_questions: Sequence[QuestionInput | str] = (),
    parties: str = Parties.UNKNOWN,
    care_need: str = Answer.UNKNOWN,
    crime: str = Answer.UNKNOWN,
    addressable: str = Answer.UNKNOWN,
    acute_threat: str = Answer.UNKNOWN,
    consent: str = Answer.UNKNOWN,
    phase: str = Phase.NONE,
    situation_type: SituationType | None = None,
    signals: Iterable[Signal] = (),
    today: date | None = None,
) -> Situation:
    """Save the edit form, unless someone else saved since ``version`` was loaded.

    When the version is stale but the other person's changes are exactly what this person typed
    (or touched nothing this form shows), nothing can be lost and the save goes ahead. Without a
    ``situation_type`` the type follows from the triage answers, as when creating.
    """
    _check_member(user, situation.team_id)
    _check_neighbourhood(situation.team, neighbourhood)
    _check_phase(level, phase)
    goals, target_groups, signals = list(goals), list(target_groups), list(signals)
    questions = _questions(learning_questions)
    situation_type = situation_type or situation_type_for(parties, care_need, crime)
    values = {
        "title": title,
        "description": description,
        "neighbourhood": neighbourhood,
        "level": level,
        "goals": goals,
        "target_groups": target_groups,
        "themes": themes,
        "learning_questions": questions,
        "parties": parties,
        "care_need": care_need,
        "crime": crime,
        "addressable": addressable,
        "acute_threat": acute_threat,
        "consent": consent,
        "phase": phase,
        "situation_type": situation_type,
        "signals": signals,
    }
    columns = ("title", "description", "neighbourhood", "level", "themes", *TRIAGE_FIELDS)
    for field in (*columns, "situation_type"):
        setattr(situation, field, values[field])
    situation.full_clean(exclude=["neighbourhood", "team", "level", "owner", "situation_type"])
    with transaction.atomic():
        # Read the stored version and level under a row lock (PostgreSQL); the instance may
        # already carry the form's values, so it cannot tell what the level was.
        stored = (
            Situation.objects.select_for_update()
            .filter(pk=situation.pk)
            .values("version", "level_id")
            .get()
        )
        previous_level_id = stored["level_id"]
        if stored["version"] != version:
            current = _current(situation.pk)
            differences = situation_differences(current, values)
            if differences:
                raise SituationConflict(current=current, fields=differences)
            version = current.version
        # The conditional UPDATE is the real guard: of two saves of one version, one writes nothing.
        written = Situation.objects.filter(pk=situation.pk, version=version).update(
            **{field: values[field] for field in columns},
            situation_type=situation_type,
            version=F("version") + 1,
            updated_at=timezone.now(),
        )
        if not written:
            current = _current(situation.pk)
            raise SituationConflict(current=current, fields=situation_differences(current, values))
        situation.version = version + 1
        situation.goals.set(goals)
        situation.target_groups.set(target_groups)
        situation.signals.set(signals)
        _sync_learning_questions(situation, questions)
        if level.pk != previous_level_id:
            Observation.objects.create(
                situation=situation,
                date=today or timezone.localdate(),
                level=level,
                previous_level_id=previous_level_id,
                recorded_by=user,
            )
    return situation


def situation_differences(current: Situation, values: dict) -> list[str]:
    """The editable fields whose current value differs from ``values`` (as typed)."""
    differences = []
    for field in EDITABLE_FIELDS:
        if field not in values:
            continue
        typed = values[field]
        if field in ("goals", "target_groups", "signals"):
            now = {obj.pk for obj in getattr(current, field).all()}
            differs = now != {obj.pk for obj in typed}
        elif field == "learning_questions":
            now = [q.text.strip() for q in current.learning_questions.all()]
            differs = now != [q.text.strip() for q in typed]
        elif field in ("neighbourhood", "level", "situation_type"):
            differs = getattr(current, f"{field}_id") != (typed.pk if typed else None)
        else:
            differs = (getattr(current, field) or "").strip() != (typed or "").strip()
        if differs:
            differences.append(field)
    return differences


def situation_type_for(parties: str, care_need: str, crime: str) -> SituationType | None:
    """The curated situation type that follows from the triage answers, if they say enough and
    the vocabulary has it."""
    slug = triage.situation_type_for(parties, care_need, crime)
    if slug is None:
        return None
    return SituationType.objects.filter(slug=slug).first()


def observation_record(
    *,
    situation: Situation,
    user,
    date: date,
    level: Level,
    note: str = "",
    today: date | None = None,
) -> Observation:
    """Record how the situation is on ``date``. The newest observation sets the current level."""
    _check_member(user, situation.team_id)
    today = today or timezone.localdate()
    if date > today:
        raise ValidationError(
            {"date": _("The date is in the future. Choose today or an earlier day.")}
        )
    with transaction.atomic():
        locked = Situation.objects.select_for_update().get(pk=situation.pk)
        latest = locked.observations.aggregate(latest=Max("date"))["latest"]
        before = previous_observation(situation=locked, date=date)
        observation = Observation(
            situation=locked,
            date=date,
            level=level,
            previous_level=before.level if before else None,
            note=note,
            recorded_by=user,
        )
        observation.full_clean(exclude=["situation", "level", "previous_level", "recorded_by"])
        observation.save()
        # A backdated observation sits between two others: the later one now follows it.
        following = (
            locked.observations.filter(date__gt=date).order_by("date", "created_at", "pk").first()
        )
        if following is not None and following.previous_level_id != level.pk:
            following.previous_level = level
            following.save(update_fields=["previous_level"])
        if (latest is None or date >= latest) and level.pk != locked.level_id:
            _touch(locked, level=level)
            situation.level = level
    return observation


def deployment_record(
    *,
    situation: Situation,
    user,
    activity: Activity,
    date: date,
    outcome: str = Deployment.Outcome.UNKNOWN,
    note: str = "",
    today: date | None = None,
) -> Deployment:
    """Record that a published catalogue activity was used, and how it went.

    The level stored with it is the situation's level on that day (from the trajectory), so the
    advice can learn what works at which level; at escalatie also the escalation's phase (acute or
    aftercare, as the situation says now), so the two are counted apart. A first deployment makes
    an open situation ongoing.
    """
    _check_member(user, situation.team_id)
    if not activity.is_published:
        raise ValidationError(
            {
                "activity": _(
                    "This activity is not published in the catalogue. Choose a published activity."
                )
            }
        )
    today = today or timezone.localdate()
    if date > today:
        raise ValidationError(
            {"date": _("The date is in the future. Choose today or an earlier day.")}
        )
    level = level_on(situation=situation, date=date)
    deployment = Deployment(
        situation=situation,
        activity=activity,
        level=level,
        phase=situation.phase if level.pk == ESCALATION else Phase.NONE,
        situation_type_id=situation.situation_type_id,
        date=date,
        outcome=outcome,
        note=note,
        recorded_by=user,
    )
    deployment.full_clean(
        exclude=["situation", "activity", "level", "situation_type", "recorded_by"]
    )
    with transaction.atomic():
        deployment.save()
        if situation.status == Situation.Status.OPEN:
            _touch(situation, status=Situation.Status.ONGOING)
    return deployment


def deployment_update(*, deployment: Deployment, user, outcome: str, note: str = "") -> Deployment:
    """Fill in how a recorded activity went (the one-click record from the advice leaves it
    unknown). The activity, date and level stay as recorded."""
    _check_member(user, deployment.situation.team_id)
    deployment.outcome = outcome
    deployment.note = note
    deployment.full_clean(exclude=["situation", "activity", "level", "recorded_by"])
    deployment.save(update_fields=["outcome", "note"])
    return deployment


def situation_close(*, situation: Situation, user) -> Situation:
    _check_member(user, situation.team_id)
    if situation.status != Situation.Status.CLOSED:
        _touch(situation, status=Situation.Status.CLOSED)
    return situation


def situation_reopen(*, situation: Situation, user) -> Situation:
    """Open a closed situation again: ongoing when activities were used, otherwise open."""
    _check_member(user, situation.team_id)
    if situation.status == Situation.Status.CLOSED:
        has_deployments = situation.deployments.exists()
        _touch(
            situation, status=Situation.Status.ONGOING if has_deployments else Situation.Status.OPEN
        )
    return situation


def situation_delete(*, situation: Situation, user) -> None:
    """Delete a situation with its history. Only for its owner and the team's leads."""
    if not policy.can_delete_situation(user, situation):
        raise PermissionDenied(_("Only the owner of this situation or a team lead can delete it."))
    situation.delete()


# Helpers --------------------------------------------------------------------------------------


def _check_member(user, team_id: int) -> None:
    if team_id not in policy.field_team_ids(user):
        raise PermissionDenied(_("You are not in the team of this situation."))


def _check_phase(level: Level, phase: str) -> None:
    if phase and level.pk != ESCALATION:
        raise ValidationError({"phase": PHASE_ONLY_AT_ESCALATION})


def _check_neighbourhood(team: Team, neighbourhood: Neighbourhood) -> None:
    if not neighbourhood.teams.filter(pk=team.pk).exists():
        raise ValidationError(
            {"neighbourhood": _("Your team does not work in this neighbourhood. Choose another.")}
        )


def _touch(situation: Situation, **fields) -> None:
    """Change a few fields outside the edit form.

    The version only goes up when a field of the edit form changes (the level), so open edit
    forms notice; closing or reopening does not make someone's edit a conflict.
    """
    bump = any(name in EDITABLE_FIELDS for name in fields)
    extra = {"version": F("version") + 1} if bump else {}
    Situation.objects.filter(pk=situation.pk).update(**fields, **extra, updated_at=timezone.now())
    for name, value in fields.items():
        setattr(situation, name, value)
    if bump:
        situation.version += 1


def _current(pk: int) -> Situation:
    return situation_form_queryset().get(pk=pk)


def _questions(items: Sequence[QuestionInput | str]) -> list[QuestionInput]:
    questions = [
        item if isinstance(item, QuestionInput) else QuestionInput(text=item) for item in items
    ]
    return [QuestionInput(text=q.text.strip(), id=q.id) for q in questions if q.text.strip()]


def _sync_learning_questions(situation: Situation, questions: list[QuestionInput]) -> None:
    """Make the situation's learning questions exactly ``questions``, in that order.

    Rows keep their id when their id is passed back; ids of other situations are treated as new.
    """
    existing = {q.pk: q for q in LearningQuestion.objects.filter(situation=situation)}
    kept = set()
    to_create, to_update = [], []
    for order, question in enumerate(questions, start=1):
        row = existing.get(question.id) if question.id is not None else None
        if row is None or row.pk in kept:
            to_create.append(LearningQuestion(situation=situation, text=question.text, order=order))
            continue
        kept.add(row.pk)
        if row.text != question.text or row.order != order:
            row.text, row.order = question.text, order
            to_update.append(row)
    for row in to_create + to_update:
        row.full_clean(exclude=["situation"])
    LearningQuestion.objects.filter(situation=situation).exclude(pk__in=kept).delete()
    if to_update:
        LearningQuestion.objects.bulk_update(to_update, ["text", "order"])
    if to_create:
        LearningQuestion.objects.bulk_create(to_create)
