"""Load the curated catalogue from the fixture format into the database, and dump it back.

The fixture format is two JSON documents (see fixtures/vocabulary.json and fixtures/catalogue.json):

    vocabulary: {"levels": [...], "goals": [...], "target_groups": [...]}
    catalogue:  {"activities": [...]}

Loading is idempotent. An entry that is not in the database yet is added. An entry whose database
content differs from the fixture is kept as it is, because a curator changed it in the admin,
unless ``overwrite=True``; then the fixture wins. Level fits and the goals and target groups of an
activity are part of the activity's content. Everything happens in one transaction: a fixture
with an error changes nothing.

Dumping writes the database in the same format, with a stable order, so ``dump`` then ``load``
reports everything unchanged and a curator's changes can be reviewed as a plain diff.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from .models import Activity, Goal, Level, LevelFit, TargetGroup

VOCABULARY_FILE = "vocabulary.json"
CATALOGUE_FILE = "catalogue.json"

LEVEL_FIELDS = ["slug", "order", "name", "short", "description", "signals", "desired_situation"]
TERM_FIELDS = ["slug", "name", "description"]
ACTIVITY_FIELDS = [
    "slug", "name", "kind", "summary", "description", "steps", "participants", "effort",
    "duration", "group_size", "goals", "target_groups", "evidence", "source_name", "source_url",
    "keywords", "published", "fits",
]  # fmt: skip

# Model fields that are lists in the fixture: one item per line, or comma-separated.
LINE_LISTS = {"signals", "steps"}
COMMA_LISTS = {"keywords"}


class CatalogueError(Exception):
    """The fixtures cannot be loaded; ``problems`` lists every reason, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class ModelReport:
    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass
class LoadReport:
    """What a load did, per model: the slugs that were added, kept, updated or unchanged."""

    levels: ModelReport = field(default_factory=ModelReport)
    goals: ModelReport = field(default_factory=ModelReport)
    target_groups: ModelReport = field(default_factory=ModelReport)
    activities: ModelReport = field(default_factory=ModelReport)

    def parts(self) -> dict[str, ModelReport]:
        return {
            "levels": self.levels,
            "goals": self.goals,
            "target_groups": self.target_groups,
            "activities": self.activities,
        }

    def total(self, outcome: str) -> int:
        return sum(len(getattr(part, outcome)) for part in self.parts().values())


# --- converting between the fixture format and model values ---------------------------------


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_commas(text: str) -> list[str]:
    return [word.strip() for word in text.split(",") if word.strip()]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    return [str(item).strip() for item in value if str(item).strip()]


def _model_value(name: str, value: Any) -> Any:
    """A fixture value as the model stores it."""
    if name in LINE_LISTS:
        return "\n".join(_as_list(value))
    if name in COMMA_LISTS:
        return ", ".join(_as_list(value))
    return "" if value is None else value


def _fixture_value(name: str, value: Any) -> Any:
    """A model value as the fixture holds it."""
    if name in LINE_LISTS:
        return split_lines(value)
    if name in COMMA_LISTS:
        return split_commas(value)
    return value


def level_to_fixture(level: Level) -> dict:
    return {name: _fixture_value(name, getattr(level, name)) for name in LEVEL_FIELDS}


def term_to_fixture(term: Goal | TargetGroup) -> dict:
    return {name: getattr(term, name) for name in TERM_FIELDS}


def activity_to_fixture(activity: Activity) -> dict:
    """An activity as a fixture entry; reads goals, target groups and fits (prefetch them)."""
    data: dict[str, Any] = {}
    for name in ACTIVITY_FIELDS:
        if name == "goals":
            data[name] = sorted(goal.slug for goal in activity.goals.all())
        elif name == "target_groups":
            data[name] = sorted(group.slug for group in activity.target_groups.all())
        elif name == "published":
            data[name] = activity.is_published
        elif name == "fits":
            fits = sorted(activity.fits.all(), key=lambda fit: fit.level.order)
            data[name] = {fit.level_id: {"fit": fit.fit, "reason": fit.reason} for fit in fits}
        else:
            data[name] = _fixture_value(name, getattr(activity, name))
    return data


def _normalise(entry: dict, fields: list[str], model) -> dict:
    """A fixture entry the way dumping it back would write it, to compare with the database."""
    data = {}
    for name in fields:
        value = entry.get(name)
        if name in ("goals", "target_groups"):
            data[name] = sorted(_as_list(value))
        elif name == "fits":
            fits = value or {}
            data[name] = {
                slug: {"fit": fit.get("fit", ""), "reason": (fit.get("reason") or "").strip()}
                for slug, fit in fits.items()
            }
        elif name == "published":
            data[name] = bool(value)
        elif name in LINE_LISTS:
            data[name] = _as_list(value)
        elif name in COMMA_LISTS:
            data[name] = split_commas(", ".join(_as_list(value)))
        elif value is None:
            default = model._meta.get_field(name).get_default()
            data[name] = default if default is not None else ""
        else:
            data[name] = value.strip() if isinstance(value, str) else value
    return data


# --- loading ----------------------------------------------------------------------------------


def load_catalogue(vocabulary: dict, catalogue: dict, *, overwrite: bool = False) -> LoadReport:
    """Load the fixture dicts into the database (see the module docstring).

    Raises CatalogueError, and then nothing has changed.
    """
    report = LoadReport()
    with transaction.atomic():
        _load_levels(vocabulary.get("levels", []), report.levels, overwrite)
        _load_terms(Goal, vocabulary.get("goals", []), report.goals, overwrite)
        _load_terms(
            TargetGroup, vocabulary.get("target_groups", []), report.target_groups, overwrite
        )
        _load_activities(catalogue.get("activities", []), report.activities, overwrite)
    return report


def _check_unique_slugs(entries: list[dict], label: str) -> None:
    seen, problems = set(), []
    for position, entry in enumerate(entries, start=1):
        slug = entry.get("slug")
        if not slug:
            problems.append(f"{label} #{position}: no slug")
        elif slug in seen:
            problems.append(f"{label} {slug}: the slug appears more than once")
        seen.add(slug)
    if problems:
        raise CatalogueError(problems)


def _save(instance, label: str, exclude: list[str] | None = None) -> None:
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        name = getattr(instance, "slug", None) or instance
        raise CatalogueError([f"{label} {name}: {error.message_dict}"]) from error
    instance.save()


def _load_levels(entries: list[dict], report: ModelReport, overwrite: bool) -> None:
    _check_unique_slugs(entries, "level")
    existing = {level.slug: level for level in Level.objects.all()}
    to_write: list[tuple[Level, dict]] = []
    for entry in entries:
        wanted = _normalise(entry, LEVEL_FIELDS, Level)
        level = existing.get(wanted["slug"])
        if level is None:
            report.added.append(wanted["slug"])
            to_write.append((Level(slug=wanted["slug"]), wanted))
        elif level_to_fixture(level) == wanted:
            report.unchanged.append(level.slug)
        elif overwrite:
            report.updated.append(level.slug)
            to_write.append((level, wanted))
        else:
            report.kept.append(level.slug)
    # The order is unique: park the levels that are rewritten first, so two can swap places.
    parked = [level.pk for level, _wanted in to_write if level.pk in existing]
    for position, slug in enumerate(parked, start=1):
        Level.objects.filter(pk=slug).update(order=30000 + position)
    for level, wanted in to_write:
        for name in LEVEL_FIELDS:
            setattr(level, name, _model_value(name, wanted[name]))
        _save(level, "level")


def _load_terms(model, entries: list[dict], report: ModelReport, overwrite: bool) -> None:
    label = model._meta.model_name
    _check_unique_slugs(entries, label)
    existing = {term.slug: term for term in model.objects.all()}
    for entry in entries:
        wanted = _normalise(entry, TERM_FIELDS, model)
        term = existing.get(wanted["slug"])
        if term is None:
            report.added.append(wanted["slug"])
            term = model()
        elif term_to_fixture(term) == wanted:
            report.unchanged.append(term.slug)
            continue
        elif overwrite:
            report.updated.append(term.slug)
        else:
            report.kept.append(term.slug)
            continue
        for name in TERM_FIELDS:
            setattr(term, name, wanted[name])
        _save(term, label)


def _load_activities(entries: list[dict], report: ModelReport, overwrite: bool) -> None:
    _check_unique_slugs(entries, "activity")
    goals = {goal.slug: goal for goal in Goal.objects.all()}
    groups = {group.slug: group for group in TargetGroup.objects.all()}
    levels = {level.slug: level for level in Level.objects.all()}
    _check_references(entries, goals, groups, levels)
    existing = {
        activity.slug: activity
        for activity in Activity.objects.prefetch_related("goals", "target_groups", "fits__level")
    }
    for entry in entries:
        wanted = _normalise(entry, ACTIVITY_FIELDS, Activity)
        activity = existing.get(wanted["slug"])
        if activity is None:
            report.added.append(wanted["slug"])
            activity = Activity()
        elif activity_to_fixture(activity) == wanted:
            report.unchanged.append(activity.slug)
            continue
        elif overwrite:
            report.updated.append(activity.slug)
        else:
            report.kept.append(activity.slug)
            continue
        _write_activity(activity, wanted, goals, groups, levels)


def _check_references(entries, goals, groups, levels) -> None:
    problems = []
    for entry in entries:
        slug = entry["slug"]
        for goal in _as_list(entry.get("goals")):
            if goal not in goals:
                problems.append(f"activity {slug}: unknown goal {goal!r}")
        for group in _as_list(entry.get("target_groups")):
            if group not in groups:
                problems.append(f"activity {slug}: unknown target group {group!r}")
        fits = entry.get("fits") or {}
        for level in fits:
            if level not in levels:
                problems.append(f"activity {slug}: unknown level {level!r}")
        for level, fit in fits.items():
            if fit.get("fit") not in LevelFit.Fit.values:
                problems.append(
                    f"activity {slug}: fit at {level} must be one of {LevelFit.Fit.values}"
                )
            if not (fit.get("reason") or "").strip():
                problems.append(f"activity {slug}: the fit at {level} has no reason")
        if entry.get("published") and not fits:
            problems.append(f"activity {slug}: a published activity needs at least one level fit")
    if problems:
        raise CatalogueError(problems)


def _write_activity(activity: Activity, wanted: dict, goals, groups, levels) -> None:
    for name in ACTIVITY_FIELDS:
        if name in ("goals", "target_groups", "fits"):
            continue
        if name == "published":
            activity.is_published = wanted[name]
        else:
            setattr(activity, name, _model_value(name, wanted[name]))
    _save(activity, "activity")
    activity.goals.set([goals[slug] for slug in wanted["goals"]])
    activity.target_groups.set([groups[slug] for slug in wanted["target_groups"]])
    activity.fits.exclude(level_id__in=list(wanted["fits"])).delete()
    current = {fit.level_id: fit for fit in activity.fits.all()}
    for level_slug, values in wanted["fits"].items():
        fit = current.get(level_slug) or LevelFit(activity=activity, level=levels[level_slug])
        fit.fit, fit.reason = values["fit"], values["reason"]
        _save(fit, "level fit", exclude=["activity", "level"])


# --- dumping ----------------------------------------------------------------------------------


KIND_ORDER = {kind: position for position, kind in enumerate(Activity.Kind.values)}


def _ordered(items: list, slug_of, previous: list[dict] | None, fallback) -> list:
    """Items in the order of the previous fixture file, new ones after them in ``fallback`` order.

    Keeping the order of the file a dump overwrites makes the diff show only real changes.
    """
    position = {entry.get("slug"): index for index, entry in enumerate(previous or [])}
    return sorted(
        items,
        key=lambda item: (
            position.get(slug_of(item), len(position)),
            fallback(item),
        ),
    )


def dump_catalogue(previous: tuple[dict, dict] | None = None) -> tuple[dict, dict]:
    """The database as (vocabulary, catalogue) fixture dicts, in a stable order.

    Entries already in ``previous`` (the fixtures being replaced) keep their place; the others
    follow: levels by their order, goals and target groups by slug, activities by kind and slug.
    """
    old_vocabulary, old_catalogue = previous or ({}, {})
    goals = _ordered(
        list(Goal.objects.all()), lambda g: g.slug, old_vocabulary.get("goals"), lambda g: g.slug
    )
    groups = _ordered(
        list(TargetGroup.objects.all()),
        lambda g: g.slug,
        old_vocabulary.get("target_groups"),
        lambda g: g.slug,
    )
    vocabulary = {
        "levels": [level_to_fixture(level) for level in Level.objects.order_by("order")],
        "goals": [term_to_fixture(goal) for goal in goals],
        "target_groups": [term_to_fixture(group) for group in groups],
    }
    activities = _ordered(
        list(Activity.objects.prefetch_related("goals", "target_groups", "fits__level")),
        lambda a: a.slug,
        old_catalogue.get("activities"),
        lambda a: (KIND_ORDER.get(a.kind, 99), a.slug),
    )
    catalogue = {"activities": [activity_to_fixture(activity) for activity in activities]}
    return vocabulary, catalogue


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_fixtures(directory: Path) -> tuple[dict, dict]:
    """The two fixture files of ``directory`` as dicts. Raises CatalogueError when unreadable."""
    documents = []
    for name in (VOCABULARY_FILE, CATALOGUE_FILE):
        path = Path(directory) / name
        try:
            documents.append(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError as error:
            raise CatalogueError([f"{path}: file not found"]) from error
        except json.JSONDecodeError as error:
            raise CatalogueError([f"{path}: not valid JSON ({error})"]) from error
    return documents[0], documents[1]


def write_fixtures(directory: Path) -> list[Path]:
    """Dump the database into the two fixture files of ``directory``, keeping the order of the
    files that are there already; returns the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        previous = read_fixtures(directory)
    except CatalogueError:
        previous = None
    vocabulary, catalogue = dump_catalogue(previous)
    paths = []
    for name, data in ((VOCABULARY_FILE, vocabulary), (CATALOGUE_FILE, catalogue)):
        path = directory / name
        path.write_text(to_json(data), encoding="utf-8")
        paths.append(path)
    return paths
