"""The three-way merge, the choices of a conflict page and the signed snapshot: plain functions,
no database."""

import pytest

from situations import conflicts
from situations.conflicts import MINE, THEIRS, EditConflict, Merge

BASE = {"title": "Oud", "level": "ongemak", "signals": [1, 2], "note": ""}


@pytest.mark.parametrize(
    ("case", "theirs", "mine", "expected"),
    [
        ("nobody changed anything", {}, {}, Merge()),
        ("only I changed a field", {}, {"title": "Mijn titel"}, Merge(mine=("title",))),
        ("only they changed a field", {"title": "Hun titel"}, {}, Merge(theirs=("title",))),
        (
            "both changed it the same way",
            {"title": "Zelfde titel"},
            {"title": "Zelfde titel"},
            Merge(),
        ),
        (
            "both changed it differently",
            {"title": "Hun titel"},
            {"title": "Mijn titel"},
            Merge(choose=("title",)),
        ),
        (
            "they changed one field, I another",
            {"level": "spanning"},
            {"note": "Mijn notitie"},
            Merge(theirs=("level",), mine=("note",)),
        ),
        (
            "lists compare as a whole",
            {"signals": [1, 2, 3]},
            {"signals": [2]},
            Merge(choose=("signals",)),
        ),
        (
            "they reverted what I did not touch",
            {"signals": [1, 2]},
            {"title": "Mijn titel"},
            Merge(mine=("title",)),
        ),
        (
            "a mix of all three, in the fields' order",
            {"title": "Hun titel", "level": "spanning", "signals": [9]},
            {"title": "Mijn titel", "level": "ongemak", "note": "Mijn notitie", "signals": [9]},
            Merge(theirs=("level",), mine=("note",), choose=("title",)),
        ),
    ],
)
def test_the_three_way_merge_sorts_each_field_by_who_changed_it(case, theirs, mine, expected):
    assert conflicts.three_way_merge(BASE, {**BASE, **theirs}, {**BASE, **mine}) == expected, case


@pytest.mark.parametrize(
    ("theirs", "mine", "expected"),
    [
        ({"title": "A"}, {"title": "A"}, Merge()),
        ({"title": "A"}, {"title": "B"}, Merge(choose=("title",))),
        ({"title": "A", "note": "x"}, {"title": "A", "note": "y"}, Merge(choose=("note",))),
    ],
)
def test_without_a_base_every_difference_is_a_choice(theirs, mine, expected):
    assert conflicts.three_way_merge(None, theirs, mine) == expected


def test_a_field_missing_from_the_base_is_a_choice_when_it_differs():
    merge = conflicts.three_way_merge({"note": ""}, {"title": "A", "note": ""}, {"title": "B"})
    assert merge == Merge(choose=("title",))


@pytest.mark.parametrize(
    ("merge", "needs_review"),
    [
        (Merge(), False),
        (Merge(mine=("title",)), False),
        (Merge(theirs=("title",)), True),
        (Merge(choose=("title",)), True),
    ],
)
def test_only_the_other_persons_changes_need_a_review(merge, needs_review):
    assert merge.needs_review is needs_review


# The choices of a conflict page ----------------------------------------------------------------

STORED = {"title": "Hun titel", "note": "Hun notitie", "level": "spanning"}
TYPED = {"title": "Mijn titel", "note": "Mijn notitie", "level": "spanning"}


@pytest.mark.parametrize(
    ("choices", "base", "mine", "keep_stored", "unresolved"),
    [
        (
            {"title": MINE, "note": THEIRS},
            STORED,
            {**TYPED, "note": "Hun notitie"},
            ("note",),
            (),
        ),
        (
            {"title": THEIRS, "note": THEIRS},
            STORED,
            {**TYPED, "title": "Hun titel", "note": "Hun notitie"},
            ("title", "note"),
            (),
        ),
        (
            {"title": MINE},
            {"title": "Hun titel", "level": "spanning"},
            TYPED,
            (),
            ("note",),
        ),
        (
            {"title": "allebei", "note": ""},
            {"level": "spanning"},
            TYPED,
            (),
            ("title", "note"),
        ),
    ],
)
def test_choices_fold_into_base_and_mine(choices, base, mine, keep_stored, unresolved):
    resolution = conflicts.apply_choices(
        base=STORED, mine=TYPED, pending=("title", "note"), choices=choices
    )
    assert resolution.base == base
    assert resolution.mine == mine
    assert resolution.keep_stored == keep_stored
    assert resolution.unresolved == unresolved


def _save(*, loaded, stored_version, stored, typed, base, pending=(), choices=None):
    """One save through ``conflicts.check``: the values written, or the conflict raised."""
    resolution = conflicts.check(
        loaded_version=loaded,
        stored_version=stored_version,
        base=base,
        pending=pending,
        choices=choices,
        mine=typed,
        read_theirs=lambda: ("row", stored),
    )
    return {**resolution.mine, **{name: stored[name] for name in resolution.keep_stored}}


def _rebase(error: EditConflict, typed: dict) -> dict:
    """What the conflict page's form holds: the stored value of every field to take over."""
    return {**typed, **{name: error.theirs[name] for name in error.rebased}}


def test_saving_after_the_conflict_page_keeps_the_colleagues_other_change():
    base = {"title": "Oud", "note": "Oud"}
    colleague = {"title": "Hun titel", "note": "Oud"}
    typed = {"title": "Oud", "note": "Mijn notitie"}
    with pytest.raises(EditConflict) as raised:
        _save(loaded=1, stored_version=2, stored=colleague, typed=typed, base=base)
    error = raised.value
    assert error.merge == Merge(theirs=("title",), mine=("note",))
    page = _rebase(error, typed)
    written = _save(loaded=2, stored_version=2, stored=colleague, typed=page, base=error.theirs)
    assert written == {"title": "Hun titel", "note": "Mijn notitie"}


@pytest.mark.parametrize(("choice", "title"), [(MINE, "Mijn titel"), (THEIRS, "Hun titel")])
def test_saving_after_the_conflict_page_applies_exactly_the_choice(choice, title):
    base = {"title": "Oud", "note": "Oud"}
    colleague = {"title": "Hun titel", "note": "Hun notitie"}
    typed = {"title": "Mijn titel", "note": "Oud"}
    with pytest.raises(EditConflict) as raised:
        _save(loaded=1, stored_version=2, stored=colleague, typed=typed, base=base)
    error = raised.value
    assert error.merge == Merge(theirs=("note",), choose=("title",))
    page = _rebase(error, typed)
    assert page == {"title": "Mijn titel", "note": "Hun notitie"}
    kwargs = {"stored": colleague, "typed": page, "base": error.theirs, "pending": ("title",)}
    # No choice: the conflict comes back, saying what is missing.
    with pytest.raises(EditConflict) as again:
        _save(loaded=2, stored_version=2, **kwargs)
    assert (again.value.merge.choose, again.value.missing) == (("title",), ("title",))
    written = _save(loaded=2, stored_version=2, choices={"title": choice}, **kwargs)
    assert written == {"title": title, "note": "Hun notitie"}


def test_a_colleague_saving_again_makes_the_conflict_repeat():
    base = {"title": "Oud", "note": "Oud"}
    first = {"title": "Hun titel", "note": "Oud"}
    typed = {"title": "Mijn titel", "note": "Oud"}
    with pytest.raises(EditConflict) as raised:
        _save(loaded=1, stored_version=2, stored=first, typed=typed, base=base)
    page = _rebase(raised.value, typed)
    second = {"title": "Hun titel", "note": "Hun nieuwe notitie"}
    with pytest.raises(EditConflict) as again:
        _save(
            loaded=2,
            stored_version=3,
            stored=second,
            typed=page,
            base=raised.value.theirs,
            pending=("title",),
            choices={"title": MINE},
        )
    # The chosen title stays chosen; the new note is theirs, shown before anything is saved.
    assert again.value.merge == Merge(theirs=("note",), mine=("title",))


def test_choosing_their_version_follows_a_newer_change_of_theirs():
    stored = {"title": "Nog nieuwer", "note": "Oud"}
    with pytest.raises(EditConflict) as raised:
        _save(
            loaded=2,
            stored_version=3,
            stored=stored,
            typed={"title": "Mijn titel", "note": "Oud"},
            base={"title": "Hun titel", "note": "Oud"},
            pending=("title",),
            choices={"title": THEIRS},
        )
    assert raised.value.merge == Merge(theirs=("title",))
    assert raised.value.rebased == ("title",)


def test_an_unchanged_stored_row_is_not_read():
    def read_theirs():
        raise AssertionError("read without need")

    resolution = conflicts.check(
        loaded_version=4,
        stored_version=4,
        base=None,
        pending=(),
        choices=None,
        mine={"title": "x"},
        read_theirs=read_theirs,
    )
    assert resolution.mine == {"title": "x"}


def test_the_conflict_lists_every_difference_as_fields():
    error = EditConflict(
        current=None,
        theirs={"title": "A", "note": "x", "level": "b"},
        mine={"title": "B", "note": "x", "level": "c"},
        merge=Merge(),
    )
    assert error.fields == ["title", "level"]


# The signed snapshot ----------------------------------------------------------------------------


def test_a_snapshot_comes_back_as_it_was_signed(settings):
    token = conflicts.sign_snapshot(
        kind="situation", pk=7, version=3, values={"title": "Ë", "goals": [1, 2]}, pending=["title"]
    )
    loaded = conflicts.read_snapshot(token, kind="situation", pk=7, version=3)
    assert loaded == conflicts.Loaded(
        version=3, base={"title": "Ë", "goals": [1, 2]}, pending=("title",)
    )


@pytest.mark.parametrize(
    ("kind", "pk", "version", "tamper"),
    [
        ("reflection", 7, 3, False),  # another kind of record
        ("situation", 8, 3, False),  # another record
        ("situation", 7, 2, False),  # another version than the form says
        ("situation", 7, 3, True),  # changed in the browser
    ],
)
def test_a_foreign_or_tampered_snapshot_gives_no_base(kind, pk, version, tamper):
    token = conflicts.sign_snapshot(kind="situation", pk=7, version=3, values={"title": "x"})
    if tamper:
        token = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    loaded = conflicts.read_snapshot(token, kind=kind, pk=pk, version=version)
    assert loaded == conflicts.Loaded(version=version)


@pytest.mark.parametrize(("token", "version", "expected"), [("", 5, 5), (None, None, 0)])
def test_without_a_snapshot_only_the_version_counts(token, version, expected):
    loaded = conflicts.read_snapshot(token, kind="situation", pk=1, version=version)
    assert loaded == conflicts.Loaded(version=expected)
