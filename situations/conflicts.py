"""Edit conflicts: a three-way merge per field, and the signed snapshot a form carries.

Situations, reflections and the outcome of a deployment use optimistic locking: a form carries
the version it loaded, and the save is refused when someone saved since. Refusing alone is not
enough: the next save must not revert the other person's change. So each form also carries a
**snapshot** of the values it loaded (signed, so it comes back as the server sent it), and a
conflict is decided per field from three values:

- **base**: what the person started from (the snapshot of the version they loaded);
- **theirs**: what is stored now (a colleague, or the same person in another window, saved);
- **mine**: what the person typed.

``three_way_merge`` sorts the fields:

- only the other person changed it (mine == base): theirs is kept, shown as information;
- only this person changed it (theirs == base): mine is kept;
- both changed it, to different values: the person chooses, per field;
- both made the same change, or nobody changed it: nothing to decide.

Without a base (no snapshot, or one that does not verify) nothing is known about who changed
what, so every difference between theirs and mine is a choice: never a silent revert.

After a conflict the form is **rebased**: it shows the stored values of the fields only the
other person changed, and its snapshot becomes the stored version, with the fields to choose
listed as *pending*. ``apply_choices`` folds the choices made on the conflict page into base
and mine before the next merge, so that save applies exactly those choices; when the other
person saved yet again in between, the merge finds their new change and the conflict repeats.

Values are plain comparable data (strings, numbers, None, lists); each kind of record turns
its rows and its typed values into them. Nothing here reads the database.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.core import signing

MINE = "mine"
THEIRS = "theirs"
CHOICES = (MINE, THEIRS)

_SALT = "wijkwerk.conflicts.snapshot"


@dataclass(frozen=True)
class Merge:
    """The fields sorted by who changed them, each in the order the values listed them."""

    theirs: tuple[str, ...] = ()  # only the other person changed it: their value is kept
    mine: tuple[str, ...] = ()  # only this person changed it: the typed value is kept
    choose: tuple[str, ...] = ()  # both changed it differently: the person decides

    @property
    def needs_review(self) -> bool:
        """Whether saving now would write something the other person did not see coming: a
        field they changed that this save would otherwise set differently."""
        return bool(self.theirs or self.choose)


def three_way_merge(base: Mapping | None, theirs: Mapping, mine: Mapping) -> Merge:
    """Sort the fields of ``mine`` by who changed them since ``base``.

    A field missing from ``base`` (or no base at all) has an unknown start: any difference
    between theirs and mine is a choice.
    """
    only_theirs, only_mine, choose = [], [], []
    for name, typed in mine.items():
        stored = theirs.get(name)
        if typed == stored:
            continue
        if base is None or name not in base:
            choose.append(name)
        elif stored == base[name]:
            only_mine.append(name)
        elif typed == base[name]:
            only_theirs.append(name)
        else:
            choose.append(name)
    return Merge(theirs=tuple(only_theirs), mine=tuple(only_mine), choose=tuple(choose))


@dataclass(frozen=True)
class Resolution:
    """Base and mine with the conflict page's choices folded in."""

    base: dict | None
    mine: dict
    keep_stored: tuple[str, ...] = ()  # chosen "their version": write what is stored
    unresolved: tuple[str, ...] = ()  # pending without a choice: their start is unknown again


def apply_choices(
    *,
    base: Mapping | None,
    mine: Mapping,
    pending: Iterable[str] = (),
    choices: Mapping[str, str] | None = None,
) -> Resolution:
    """Fold the choices made on a conflict page into ``base`` and ``mine``.

    ``base`` is then the version the conflict page showed, and ``pending`` the fields it asked
    to choose. Per pending field:

    - MINE: the person saw the stored value and keeps their own: the base stays, so the field
      counts as changed by this person only (unless the other person changes it again);
    - THEIRS: the person takes the stored value: mine becomes the base, so the field counts as
      not changed by this person (a newer change by the other person wins);
    - no valid choice: the base of the field is forgotten, so any difference is a choice again.
    """
    choices = choices or {}
    new_base = dict(base) if base is not None else None
    new_mine = dict(mine)
    keep_stored, unresolved = [], []
    for name in pending:
        if name not in new_mine:
            continue
        choice = choices.get(name)
        if choice == MINE:
            continue
        if choice == THEIRS and new_base is not None and name in new_base:
            new_mine[name] = new_base[name]
            keep_stored.append(name)
            continue
        unresolved.append(name)
        if new_base is not None:
            new_base.pop(name, None)
    return Resolution(
        base=new_base, mine=new_mine, keep_stored=tuple(keep_stored), unresolved=tuple(unresolved)
    )


def needs_merge(*, loaded_version: int, stored_version: int, resolution: Resolution) -> bool:
    """Whether the stored row must be compared: someone saved since, or a choice is missing."""
    return loaded_version != stored_version or bool(resolution.unresolved)


class EditConflict(Exception):
    """Someone saved since the form was loaded, and this save would change what they did.

    ``current`` is the stored row, ``theirs`` its comparable values, ``merge`` the sorted
    fields, ``keep_stored`` the fields taken from the stored row by choice, and ``missing`` the
    fields the conflict page asked to choose and that came back without a choice.
    """

    def __init__(
        self,
        *,
        current,
        theirs: Mapping,
        mine: Mapping,
        merge: Merge,
        keep_stored: Iterable[str] = (),
        missing: Iterable[str] = (),
    ):
        super().__init__("Someone else saved this after the form was loaded.")
        self.current = current
        self.theirs = dict(theirs)
        self.mine = dict(mine)
        self.merge = merge
        self.keep_stored = tuple(keep_stored)
        self.missing = tuple(missing)

    @property
    def fields(self) -> list[str]:
        """Every field whose stored value differs from the typed one, in the values' order."""
        return [name for name, value in self.mine.items() if self.theirs.get(name) != value]

    @property
    def rebased(self) -> tuple[str, ...]:
        """The fields a rebased form must show the stored value of."""
        return tuple(dict.fromkeys((*self.merge.theirs, *self.keep_stored)))


def check(
    *,
    loaded_version: int,
    stored_version: int,
    base: Mapping | None,
    pending: Iterable[str],
    choices: Mapping[str, str] | None,
    mine: Mapping,
    read_theirs,
    error: type[EditConflict] = EditConflict,
) -> Resolution:
    """The decision every write path makes under its row lock.

    ``read_theirs()`` returns ``(current_row, comparable_values)`` and is only called when the
    stored row must be compared. Returns the resolution (what to take from the stored row);
    raises ``error`` (an ``EditConflict``) when the save needs the person's review first.
    """
    resolution = apply_choices(base=base, mine=mine, pending=pending, choices=choices)
    if not needs_merge(
        loaded_version=loaded_version, stored_version=stored_version, resolution=resolution
    ):
        return resolution
    current, theirs = read_theirs()
    merge = three_way_merge(resolution.base, theirs, resolution.mine)
    if merge.needs_review:
        raise error(
            current=current,
            theirs=theirs,
            mine=mine,
            merge=merge,
            keep_stored=resolution.keep_stored,
            missing=[name for name in resolution.unresolved if name in merge.choose],
        )
    return resolution


# The snapshot a form carries ---------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """What a form says it loaded: the version, and (when its snapshot verifies) the values
    and the fields a conflict page asked to choose."""

    version: int
    base: dict | None = None
    pending: tuple[str, ...] = field(default=())


def sign_snapshot(
    *, kind: str, pk: int, version: int, values: Mapping, pending: Iterable[str] = ()
) -> str:
    """The hidden field's value: the loaded values, tied to one record and version, signed with
    the secret key (so a tampered or foreign snapshot is ignored) and compressed."""
    payload = {"k": kind, "pk": pk, "v": version, "f": dict(values), "p": list(pending)}
    return signing.dumps(payload, salt=_SALT, compress=True)


def read_snapshot(token: str | None, *, kind: str, pk: int, version: int | None) -> Loaded:
    """The form's ``version`` with its snapshot, when the snapshot verifies and belongs to this
    record and version; else the version alone (no base: every difference is a choice)."""
    loaded_version = version or 0
    if not token:
        return Loaded(version=loaded_version)
    try:
        payload = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return Loaded(version=loaded_version)
    if (
        not isinstance(payload, dict)
        or payload.get("k") != kind
        or payload.get("pk") != pk
        or payload.get("v") != loaded_version
        or not isinstance(payload.get("f"), dict)
    ):
        return Loaded(version=loaded_version)
    pending = tuple(name for name in payload.get("p") or () if isinstance(name, str))
    return Loaded(version=loaded_version, base=payload["f"], pending=pending)
