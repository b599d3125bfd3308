"""Writes on situations: plain functions with keyword-only arguments, each in one transaction.

- Every situation starts its trajectory with an observation on the day it is created, and every
  change of level adds one (date, old and new level, who), so the trajectory is never empty.
- ``situation_update`` and ``deployment_update`` use optimistic locking: the caller passes the
  version the form was loaded with and the snapshot of the values it loaded; the row is read
  under a lock and only written when nobody saved since, or when a three-way merge per field
  (``situations/conflicts.py``) finds nothing the other person changed that this save would
  write differently. Otherwise they raise ``SituationConflict`` / ``DeploymentConflict`` with
  the stored state and the sorted fields, so nothing typed is lost and nothing the other person
  saved is reverted without the person choosing so.
- Recording an observation dated today or later than every other one moves the situation's
  level along: the trajectory's last point is always the current level.
- The one-click "record as tried" from the advice records once: the same activity in the same
  situation by the same person within ``RECORD_ONCE_WITHIN`` gives back the deployment already
  there (also when two clicks race: the situation's row is locked first). Until it is touched
  it can be undone for ``UNDO_WITHIN``; the person who recorded a deployment may remove it.
- When someone other than the situation's owner changes it (the situation, an observation, a
  deployment, its outcome or its removal; not an undo), the owner is told once the change is
  committed.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from activities.models import Activity, Goal, Level, Signal, SituationType, TargetGroup
from situations import conflicts, triage
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
from wijkwerk.notifications.models import Notification
from wijkwerk.notifications.services import notify

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

# The situation's own columns that the edit form writes (besides the type and the relations).
SITUATION_COLUMNS = ("title", "description", "neighbourhood", "level", "themes", *TRIAGE_FIELDS)

# A second click on "record as tried" within this time gives back the first record.
RECORD_ONCE_WITHIN = timedelta(minutes=10)

# A one-click record can be undone this long, while nobody added an outcome or a note.
UNDO_WITHIN = timedelta(minutes=10)

ACTIVITY_OR_OTHER = gettext_lazy(
    "Choose an activity from the catalogue, or describe another activity under “Other, namely”."
)
ONLY_ONE_ACTIVITY = gettext_lazy(
    "Choose an activity from the catalogue or describe another one, not both. Empty one of the two."
)

ONLY_RECORDER = gettext_lazy("Only the person who recorded this activity can remove it.")

PHASE_ONLY_AT_ESCALATION = gettext_lazy(
    "The phase only applies at the level escalatie. Choose “not an escalation” here, "
    "or choose the level escalatie."
)


@dataclass(frozen=True)
class QuestionInput:
    """A learning question as typed: ``id`` of an existing row, or None for a new one."""

    text: str
    id: int | None = None


class SituationConflict(conflicts.EditConflict):
    """Someone else saved the situation after this form was loaded (see conflicts.py)."""


class DeploymentConflict(conflicts.EditConflict):
    """Someone else saved the outcome of this deployment after this form was loaded."""


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
    base: Mapping | None = None,
    pending: Iterable[str] = (),
    choices: Mapping[str, str] | None = None,
) -> Situation:
    """Save the edit form, unless someone else saved since ``version`` was loaded.

    ``base`` is the snapshot of the values the form loaded (``situation_snapshot``), when known;
    ``pending`` and ``choices`` are the fields a conflict page asked to choose and what was
    chosen (``conflicts.MINE`` or ``conflicts.THEIRS``). When the version is stale, the fields
    are merged three ways: the save goes ahead when the other person changed nothing that this
    save would write differently, and raises ``SituationConflict`` otherwise. Without a
    ``situation_type`` the type follows from the triage answers, as when creating.
    """
    _check_member(user, situation.team_id)
    _check_neighbourhood(situation.team, neighbourhood)
    _check_phase(level, phase)
    values = {
        "title": title,
        "description": description,
        "neighbourhood": neighbourhood,
        "level": level,
        "goals": list(goals),
        "target_groups": list(target_groups),
        "themes": themes,
        "learning_questions": _questions(learning_questions),
        "parties": parties,
        "care_need": care_need,
        "crime": crime,
        "addressable": addressable,
        "acute_threat": acute_threat,
        "consent": consent,
        "phase": phase,
        "situation_type": situation_type or situation_type_for(parties, care_need, crime),
        "signals": list(signals),
    }
    _set_columns(situation, values)
    situation.full_clean(exclude=["neighbourhood", "team", "level", "owner", "situation_type"])
    with transaction.atomic():
        # Read the stored version and level under a row lock (PostgreSQL; SQLite takes the
        # write lock when the transaction starts); the instance already carries the form's
        # values, so it cannot tell what the level was.
        stored = (
            Situation.objects.select_for_update()
            .filter(pk=situation.pk)
            .values("version", "level_id")
            .get()
        )
        previous_level_id = stored["level_id"]
        read = _Reader(situation.pk)
        resolution = conflicts.check(
            loaded_version=version,
            stored_version=stored["version"],
            base=base,
            pending=pending,
            choices=choices,
            mine=situation_snapshot(values),
            read_theirs=read.theirs,
            error=SituationConflict,
        )
        if resolution.keep_stored:
            kept = situation_values(read.current())
            values.update({name: kept[name] for name in resolution.keep_stored})
            _check_phase(values["level"], values["phase"])
            _set_columns(situation, values)
        # The conditional UPDATE is the real guard: of two saves of one version, one writes nothing.
        written = Situation.objects.filter(pk=situation.pk, version=stored["version"]).update(
            **{field: values[field] for field in (*SITUATION_COLUMNS, "situation_type")},
            version=F("version") + 1,
            updated_at=timezone.now(),
        )
        if not written:
            current, theirs = read.theirs()
            mine = situation_snapshot(values)
            raise SituationConflict(
                current=current,
                theirs=theirs,
                mine=mine,
                merge=conflicts.three_way_merge(None, theirs, mine),
            )
        situation.version = stored["version"] + 1
        situation.goals.set(values["goals"])
        situation.target_groups.set(values["target_groups"])
        situation.signals.set(values["signals"])
        _sync_learning_questions(situation, values["learning_questions"])
        if values["level"].pk != previous_level_id:
            Observation.objects.create(
                situation=situation,
                date=today or timezone.localdate(),
                level=values["level"],
                previous_level_id=previous_level_id,
                recorded_by=user,
            )
        _tell_owner(situation, user)
    return situation


class _Reader:
    """Reads the stored situation once, when the conflict check or a choice needs it."""

    def __init__(self, pk: int):
        self.pk = pk
        self._current = None

    def current(self) -> Situation:
        if self._current is None:
            self._current = _current(self.pk)
        return self._current

    def theirs(self) -> tuple[Situation, dict]:
        current = self.current()
        return current, situation_snapshot(situation_values(current))


def _set_columns(situation: Situation, values: dict) -> None:
    for field in (*SITUATION_COLUMNS, "situation_type"):
        setattr(situation, field, values[field])


def situation_values(situation: Situation) -> dict:
    """The stored values of the edit form's fields, as ``situation_update`` takes them. Reads
    the relations; use an instance from ``situation_form_queryset`` to have them prefetched."""
    return {
        "title": situation.title,
        "description": situation.description,
        "neighbourhood": situation.neighbourhood,
        "level": situation.level,
        "goals": list(situation.goals.all()),
        "target_groups": list(situation.target_groups.all()),
        "themes": situation.themes,
        "learning_questions": [
            QuestionInput(text=question.text, id=question.pk)
            for question in situation.learning_questions.all()
        ],
        **{name: getattr(situation, name) for name in TRIAGE_FIELDS},
        "situation_type": situation.situation_type,
        "signals": list(situation.signals.all()),
    }


def situation_snapshot(values: Mapping) -> dict:
    """The edit form's values as plain comparable data (for the conflict merge and the form's
    signed snapshot): texts stripped, objects as their keys, sets of choices sorted, learning
    questions as their texts in order. Only the fields present in ``values``."""
    snapshot = {}
    for field in EDITABLE_FIELDS:
        if field not in values:
            continue
        value = values[field]
        if field in ("goals", "target_groups", "signals"):
            snapshot[field] = sorted(obj.pk for obj in value)
        elif field == "learning_questions":
            snapshot[field] = [question.text.strip() for question in _questions(value)]
        elif field in ("neighbourhood", "level", "situation_type"):
            snapshot[field] = value.pk if value is not None else None
        else:
            snapshot[field] = (value or "").strip()
    return snapshot


def situation_differences(current: Situation, values: dict) -> list[str]:
    """The editable fields whose current value differs from ``values`` (as typed)."""
    typed = situation_snapshot(values)
    stored = situation_snapshot(situation_values(current))
    return [field for field in typed if stored[field] != typed[field]]


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
        _tell_owner(locked, user)
    return observation


def deployment_record(
    *,
    situation: Situation,
    user,
    activity: Activity | None = None,
    other_activity: str = "",
    date: date,
    outcome: str = Deployment.Outcome.UNKNOWN,
    note: str = "",
    today: date | None = None,
) -> Deployment:
    """Record that an activity was used, and how it went: a published catalogue ``activity``,
    or another one described in a few words (``other_activity``), exactly one of the two.

    The level stored with it is the situation's level on that day (from the trajectory), so the
    advice can learn what works at which level; at escalatie also the escalation's phase (acute or
    aftercare, as the situation says now), so the two are counted apart. A first deployment makes
    an open situation ongoing.
    """
    deployment, _created = _record(
        situation=situation,
        user=user,
        activity=activity,
        other_activity=other_activity,
        date=date,
        outcome=outcome,
        note=note,
        today=today,
    )
    return deployment


@dataclass(frozen=True)
class Recorded:
    """What "record as tried" did: the deployment, and whether this click made it."""

    deployment: Deployment
    created: bool


def deployment_record_tried(
    *, situation: Situation, user, activity: Activity, now: datetime | None = None
) -> Recorded:
    """The advice's one click: ``activity`` tried today, outcome not known yet, recorded once.

    When the same person recorded the same activity in this situation less than
    ``RECORD_ONCE_WITHIN`` ago, that deployment is given back and nothing new is written. The
    situation's row is locked before looking, so of two clicks at once the second waits for the
    first and then finds its record.
    """
    now = now or timezone.now()
    deployment, created = _record(
        situation=situation,
        user=user,
        activity=activity,
        other_activity="",
        date=timezone.localdate(now),
        outcome=Deployment.Outcome.UNKNOWN,
        note="",
        today=timezone.localdate(now),
        once_since=now - RECORD_ONCE_WITHIN,
    )
    return Recorded(deployment=deployment, created=created)


def _record(
    *,
    situation: Situation,
    user,
    activity: Activity | None,
    other_activity: str,
    date: date,
    outcome: str,
    note: str,
    today: date | None,
    once_since: datetime | None = None,
) -> tuple[Deployment, bool]:
    _check_member(user, situation.team_id)
    other_activity = (other_activity or "").strip()
    if activity is None and not other_activity:
        raise ValidationError({"activity": ACTIVITY_OR_OTHER})
    if activity is not None and other_activity:
        raise ValidationError({"other_activity": ONLY_ONE_ACTIVITY})
    if activity is not None and not activity.is_published:
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
    with transaction.atomic():
        # One record at a time per situation: a second click waits here for the first.
        locked = Situation.objects.select_for_update().only("status", "team").get(pk=situation.pk)
        if once_since is not None:
            existing = (
                Deployment.objects.filter(
                    situation=locked,
                    activity=activity,
                    recorded_by=user,
                    created_at__gte=once_since,
                )
                .order_by("-created_at", "-pk")
                .first()
            )
            if existing is not None:
                return existing, False
        level = level_on(situation=situation, date=date)
        deployment = Deployment(
            situation=situation,
            activity=activity,
            other_activity=other_activity,
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
        deployment.save()
        if locked.status == Situation.Status.OPEN:
            _touch(situation, status=Situation.Status.ONGOING)
        _tell_owner(situation, user)
    return deployment, True


def deployment_update(
    *,
    deployment: Deployment,
    user,
    outcome: str,
    note: str = "",
    version: int | None = None,
    base: Mapping | None = None,
    pending: Iterable[str] = (),
    choices: Mapping[str, str] | None = None,
) -> Deployment:
    """Fill in how a recorded activity went (the one-click record from the advice leaves it
    unknown). The activity, date and level stay as recorded.

    Optimistic locking as for situations: ``version`` is the version the form loaded (by
    default the instance's own), ``base`` the snapshot of its values (``deployment_snapshot``),
    ``pending`` and ``choices`` what a conflict page asked and got. Raises
    ``DeploymentConflict`` when a colleague saved since and this save would change what they
    wrote without their change having been seen.
    """
    _check_member(user, deployment.situation.team_id)
    loaded_version = deployment.version if version is None else version
    deployment.outcome = outcome
    deployment.note = note
    deployment.full_clean(exclude=["situation", "activity", "level", "recorded_by"])
    with transaction.atomic():
        # The row lock makes the version check and the write one step: a second save of the
        # same version waits here, then finds the new version.
        stored = Deployment.objects.select_for_update().get(pk=deployment.pk)
        resolution = conflicts.check(
            loaded_version=loaded_version,
            stored_version=stored.version,
            base=base,
            pending=pending,
            choices=choices,
            mine=deployment_snapshot(deployment),
            read_theirs=lambda: (stored, deployment_snapshot(stored)),
            error=DeploymentConflict,
        )
        for name in resolution.keep_stored:
            setattr(deployment, name, getattr(stored, name))
        deployment.version = stored.version + 1
        # save(), not update(): the audit trail follows the outcome through its signals.
        deployment.save(update_fields=["outcome", "note", "version"])
        _tell_owner(deployment.situation, user)
    return deployment


def can_undo_deployment(
    user, deployment: Deployment, *, version: int | None = None, now: datetime | None = None
) -> bool:
    """A one-click record its recorder may still take back: recorded less than ``UNDO_WITHIN``
    ago, and untouched since (the version the page showed, no outcome, no note)."""
    now = now or timezone.now()
    return (
        policy.can_remove_deployment(user, deployment)
        and (version is None or deployment.version == version)
        and deployment.version == 1
        and deployment.outcome == Deployment.Outcome.UNKNOWN
        and not deployment.note
        and deployment.created_at >= now - UNDO_WITHIN
    )


class TooLateToUndo(Exception):
    """The deployment was changed, or recorded too long ago, to be taken back with undo."""


def deployment_undo(
    *, deployment: Deployment, user, version: int, now: datetime | None = None
) -> None:
    """Take back a one-click record (see ``can_undo_deployment``); raises ``TooLateToUndo``
    when it was changed since or is too old, and ``PermissionDenied`` for anyone but its
    recorder. A deployment already gone is fine: the undo happened."""
    if not policy.can_remove_deployment(user, deployment):
        raise PermissionDenied(ONLY_RECORDER)
    with transaction.atomic():
        locked = (
            Situation.objects.select_for_update()
            .only("status", "team")
            .get(pk=deployment.situation_id)
        )
        stored = Deployment.objects.filter(pk=deployment.pk).first()
        if stored is None:
            return
        stored.situation = locked
        if not can_undo_deployment(user, stored, version=version, now=now):
            raise TooLateToUndo
        _remove(stored, locked)


def deployment_remove(*, deployment: Deployment, user) -> None:
    """Remove a deployment: only the person who recorded it. The audit trail keeps that it was
    removed, by whom and when, and the situation's owner is told when someone else removed it.
    Reflections linked to it stay; their link to it goes (the foreign key is SET_NULL). The last
    deployment of an ongoing situation makes it open again. Removing it twice is removing it
    once."""
    if not policy.can_remove_deployment(user, deployment):
        raise PermissionDenied(ONLY_RECORDER)
    with transaction.atomic():
        locked = (
            Situation.objects.select_for_update()
            .only("status", "team", "owner")
            .get(pk=deployment.situation_id)
        )
        if not Deployment.objects.filter(pk=deployment.pk).exists():
            return
        _remove(deployment, locked)
        _tell_owner(locked, user)


def linked_reflection_count(deployment: Deployment) -> int:
    """How many reflections link to this deployment (through the reverse relation: situations
    sit below reflections and do not import them)."""
    return deployment.reflections.count()


def _remove(deployment: Deployment, situation: Situation) -> None:
    # delete(), not a queryset's: the audit trail logs it through the model's signals.
    deployment.delete()
    if (
        situation.status == Situation.Status.ONGOING
        and not Deployment.objects.filter(situation_id=situation.pk).exists()
    ):
        _touch(situation, status=Situation.Status.OPEN)


# The fields of the outcome form; a conflict compares these.
DEPLOYMENT_FIELDS = ("outcome", "note")


def deployment_snapshot(deployment: Deployment) -> dict:
    """The outcome form's values as plain comparable data (see ``situation_snapshot``)."""
    return {"outcome": deployment.outcome, "note": (deployment.note or "").strip()}


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


def _tell_owner(situation: Situation, user) -> None:
    """Tell the situation's owner that a colleague changed it, once the change is committed (a
    change rolled back tells nobody). The label names the situation by number only."""
    if situation.owner_id is None or situation.owner_id == user.pk:
        return
    label = _("situation %(number)s") % {"number": situation.pk}
    url = situation.get_absolute_url()

    def send():
        notify(
            situation.owner,
            Notification.Kind.SITUATION_CHANGED,
            label=label,
            url=url,
            actor=user,
        )

    transaction.on_commit(send)


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
