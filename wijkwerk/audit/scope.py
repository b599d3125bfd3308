"""Which team leads may read a log entry: the entry goes into the trail of these teams.

- a situation, and its learning questions, observations and deployments: the situation's team;
- a membership: its team (both teams when it moved from one to another);
- a reflection: only a change of its status (submitted, returned, reviewed), in the trails of
  the teams its author is a member of. Creating or editing a draft is the author's own
  business, as the reflection itself is until it is submitted.

Everything else (log-ins, roles, the catalogue, feedback) is for the admin only.
"""

from auditlog.models import LogEntry

from situations.models import Situation
from wijkwerk.accounts.models import Membership
from wijkwerk.audit.models import TeamEntry

# Set on an instance just before it is deleted, when its team can still be looked up.
STASH = "_audit_team_ids"

_UNDER_A_SITUATION = {
    "situations.learningquestion",
    "situations.observation",
    "situations.deployment",
}


def _label(model) -> str:
    return model._meta.label_lower


def situation_team_id(situation_id: int | None) -> int | None:
    if situation_id is None:
        return None
    return Situation.objects.filter(pk=situation_id).values_list("team_id", flat=True).first()


def _team_of_situation_child(instance) -> set[int]:
    stashed = getattr(instance, STASH, None)
    if stashed is not None:
        return stashed
    field = type(instance)._meta.get_field("situation")
    if field.is_cached(instance):
        return {instance.situation.team_id}
    team_id = situation_team_id(instance.situation_id)
    return {team_id} if team_id is not None else set()


def _old_id(changes: dict | None, field: str) -> int | None:
    """The old value of a link in auditlog's changes (stored as text), when it was one."""
    value = (changes or {}).get(field)
    if isinstance(value, list | tuple) and value and str(value[0]).isdigit():
        return int(value[0])
    return None


def teams_for(instance, *, action: int, changes: dict | None) -> tuple[set[int], int | None]:
    """(team ids, situation id) of the trails an entry about ``instance`` belongs to."""
    label = _label(type(instance))
    if label == "situations.situation":
        return {instance.team_id}, instance.pk
    if label in _UNDER_A_SITUATION:
        return _team_of_situation_child(instance), instance.situation_id
    if label == "accounts.membership":
        teams = {instance.team_id}
        old_team = _old_id(changes, "team")
        if old_team is not None:
            teams.add(old_team)
        return teams, None
    if label == "reflections.reflection":
        if action != LogEntry.Action.UPDATE or "status" not in (changes or {}):
            return set(), None
        teams = set(
            Membership.objects.filter(user_id=instance.author_id).values_list("team_id", flat=True)
        )
        return teams, None
    return set(), None


def stash_before_delete(instance) -> None:
    """Remember the team of a situation's child before the situation may be gone (a cascade
    deletes the children's rows first, then the situation's, then sends post_delete)."""
    setattr(instance, STASH, _team_of_situation_child(instance))


def add_to_team_trails(entry: LogEntry, instance, changes: dict | None) -> None:
    team_ids, situation_id = teams_for(instance, action=entry.action, changes=changes)
    _write(entry, team_ids, situation_id)


def add_m2m_entry_to_team_trails(entry: LogEntry) -> None:
    """A many-to-many change (goals, target groups, signals of a situation): auditlog writes
    it without telling which instance, so look the situation's team up."""
    model = entry.content_type.model_class()
    if model is None or _label(model) != "situations.situation":
        return
    team_id = situation_team_id(entry.object_id)
    if team_id is not None:
        _write(entry, {team_id}, entry.object_id)


def _write(entry: LogEntry, team_ids: set[int], situation_id: int | None) -> None:
    team_ids = {team_id for team_id in team_ids if team_id is not None}
    if not team_ids:
        return
    TeamEntry.objects.bulk_create(
        [TeamEntry(entry=entry, team_id=team_id, situation_id=situation_id) for team_id in team_ids]
    )
