"""Load the curated catalogue from the fixture format (version 2) into the database, and dump it back.

The fixture format is two JSON documents (see fixtures/vocabulary.json, fixtures/catalogue.json
and the knowledge base v2 spec):

    vocabulary: {"levels": [...], "signals": [...], "situation_types": [...],
                 "goals": [...], "target_groups": [...]}
    catalogue:  {"activities": [...], "retired": [slug, ...]}

An activity's ``fits`` are keyed by level slug, plus ``nazorg`` for the aftercare after an
escalation (stored as the escalatie fit with phase "aftercare"). Its ``contra_indications`` are
a list of ``{"condition", "target_group" (only with condition target_group), "reason"}``.

Loading is idempotent. An entry that is not in the database yet is added. An entry whose database
content differs from the fixture is kept as it is, because a curator changed it in the admin,
unless ``overwrite=True``; then the fixture wins. Fits, contra-indications, goals, target groups
and situation types of an activity are part of the activity's content. The slugs under
``retired`` are withdrawn: the loader unpublishes them (always, also without ``overwrite``: a
withdrawal is an editorial decision). Everything is checked before anything is written, every
problem is reported, and everything happens in one transaction: a fixture with an error changes
nothing.

Dumping writes the database in the same format, with a stable order, so ``dump`` then ``load``
reports everything unchanged and a curator's changes can be reviewed as a plain diff.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch

from .models import (
    AFTERCARE_KEY,
    FIT_KEYS,
    LEVEL_NEUTRAL_KINDS,
    Activity,
    ContraIndication,
    Goal,
    Level,
    LevelFit,
    Signal,
    SituationType,
    TargetGroup,
)
from .search import search_terms_deferred

VOCABULARY_FILE = "vocabulary.json"
CATALOGUE_FILE = "catalogue.json"

AFTERCARE_LEVEL = "escalatie"
LEVEL_FIELDS = ["slug", "order", "name", "short", "description", "desired_situation"]
SIGNAL_FIELDS = ["slug", "level", "order", "text", "phase", "synonyms"]
SITUATION_TYPE_FIELDS = ["slug", "order", "name", "description", "synonyms"]
GOAL_FIELDS = ["slug", "name", "description"]
TARGET_GROUP_FIELDS = ["slug", "name", "description", "synonyms"]
ACTIVITY_FIELDS = [
    "slug", "name", "kind", "summary", "description", "steps", "participants", "effort",
    "duration", "group_size", "goals", "target_groups", "target_groups_required",
    "situation_types", "evidence", "evidence_basis", "source_name", "source_url", "keywords",
    "editorial_note", "published", "fits", "contra_indications",
]  # fmt: skip
# The activity's relations, written after the activity itself.
RELATIONS = {"goals", "target_groups", "situation_types", "fits", "contra_indications"}
BOOLEANS = {"target_groups_required", "published"}
VOCABULARY_KEYS = ["levels", "signals", "situation_types", "goals", "target_groups"]
CATALOGUE_KEYS = ["activities", "retired"]
CONTRA_KEYS = {"condition", "target_group", "reason"}
FIT_VALUE_KEYS = {"fit", "reason"}

# Model fields that are lists in the fixture: one item per line, or comma-separated.
LINE_LISTS = {"steps", "synonyms"}
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
    """What a load did, per model: the slugs that were added, kept, updated or unchanged; and
    the retired activities it unpublished (``retired``) or found withdrawn already."""

    levels: ModelReport = field(default_factory=ModelReport)
    signals: ModelReport = field(default_factory=ModelReport)
    situation_types: ModelReport = field(default_factory=ModelReport)
    goals: ModelReport = field(default_factory=ModelReport)
    target_groups: ModelReport = field(default_factory=ModelReport)
    activities: ModelReport = field(default_factory=ModelReport)
    retired: list[str] = field(default_factory=list)
    already_retired: list[str] = field(default_factory=list)

    def parts(self) -> dict[str, ModelReport]:
        return {
            "levels": self.levels,
            "signals": self.signals,
            "situation_types": self.situation_types,
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
    """A (normalised) fixture value as the model stores it."""
    if name in LINE_LISTS:
        return "\n".join(value)
    if name in COMMA_LISTS:
        return ", ".join(value)
    return value


def _fixture_value(name: str, value: Any) -> Any:
    """A model value as the fixture holds it."""
    if name in LINE_LISTS:
        return split_lines(value)
    if name in COMMA_LISTS:
        return split_commas(value)
    return value


def _fields_to_fixture(instance, fields: list[str]) -> dict:
    return {name: _fixture_value(name, getattr(instance, name)) for name in fields}


def level_to_fixture(level: Level) -> dict:
    return _fields_to_fixture(level, LEVEL_FIELDS)


def signal_to_fixture(signal: Signal) -> dict:
    data = _fields_to_fixture(signal, [name for name in SIGNAL_FIELDS if name != "level"])
    data["level"] = signal.level_id
    return {name: data[name] for name in SIGNAL_FIELDS}


def situation_type_to_fixture(situation_type: SituationType) -> dict:
    return _fields_to_fixture(situation_type, SITUATION_TYPE_FIELDS)


def goal_to_fixture(goal: Goal) -> dict:
    return _fields_to_fixture(goal, GOAL_FIELDS)


def target_group_to_fixture(group: TargetGroup) -> dict:
    return _fields_to_fixture(group, TARGET_GROUP_FIELDS)


def _fit_order(key: str) -> int:
    return FIT_KEYS.index(key) if key in FIT_KEYS else len(FIT_KEYS)


CONDITION_ORDER = {
    condition: index for index, condition in enumerate(ContraIndication.Condition.values)
}


def _contra_sort_key(entry: dict) -> tuple:
    return (CONDITION_ORDER.get(entry["condition"], 99), entry.get("target_group", ""))


def contra_indication_to_fixture(contra: ContraIndication) -> dict:
    data = {"condition": contra.condition}
    if contra.target_group_id:
        data["target_group"] = contra.target_group.slug
    data["reason"] = contra.reason
    return data


def activity_to_fixture(activity: Activity) -> dict:
    """An activity as a fixture entry. Reads its goals, target groups, situation types, fits
    and contra-indications with their target groups: prefetch them (``activities_for_io``)."""
    data: dict[str, Any] = {}
    for name in ACTIVITY_FIELDS:
        if name in ("goals", "target_groups", "situation_types"):
            data[name] = sorted(term.slug for term in getattr(activity, name).all())
        elif name == "published":
            data[name] = activity.is_published
        elif name == "fits":
            fits = sorted(activity.fits.all(), key=lambda fit: _fit_order(fit.key))
            data[name] = {fit.key: {"fit": fit.fit, "reason": fit.reason} for fit in fits}
        elif name == "contra_indications":
            data[name] = sorted(
                (contra_indication_to_fixture(c) for c in activity.contra_indications.all()),
                key=_contra_sort_key,
            )
        else:
            data[name] = _fixture_value(name, getattr(activity, name))
    return data


def activities_for_io():
    """Activities with everything ``activity_to_fixture`` reads, in a fixed number of queries."""
    return Activity.objects.prefetch_related(
        "goals",
        "target_groups",
        "situation_types",
        "fits",
        Prefetch(
            "contra_indications",
            queryset=ContraIndication.objects.select_related("target_group"),
        ),
    )


def _text(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _normalise(entry: dict, fields: list[str], model) -> dict:
    """A (checked) fixture entry the way dumping it back would write it, to compare with the
    database and to write from."""
    data = {}
    for name in fields:
        value = entry.get(name)
        if name in ("goals", "target_groups", "situation_types"):
            data[name] = sorted(set(_as_list(value)))
        elif name == "fits":
            data[name] = {
                key: {"fit": fit.get("fit", ""), "reason": (fit.get("reason") or "").strip()}
                for key, fit in sorted((value or {}).items(), key=lambda item: _fit_order(item[0]))
            }
        elif name == "contra_indications":
            contras = []
            for contra in value or []:
                item = {"condition": contra.get("condition", "")}
                if contra.get("target_group"):
                    item["target_group"] = contra["target_group"]
                item["reason"] = (contra.get("reason") or "").strip()
                contras.append(item)
            data[name] = sorted(contras, key=_contra_sort_key)
        elif name in BOOLEANS:
            data[name] = bool(value)
        elif name in LINE_LISTS:
            data[name] = _as_list(value)
        elif name in COMMA_LISTS:
            data[name] = split_commas(", ".join(_as_list(value)))
        elif value is None:
            default = model._meta.get_field(name).get_default()
            data[name] = default if default is not None else ""
        else:
            data[name] = _text(value)
    return data


# --- checking ---------------------------------------------------------------------------------


class _Checker:
    """Collects every problem of a pair of fixture documents, before anything is written."""

    def __init__(self, vocabulary: Any, catalogue: Any):
        self.problems: list[str] = []
        self.vocabulary = self._document(vocabulary, VOCABULARY_FILE, VOCABULARY_KEYS)
        self.catalogue = self._document(catalogue, CATALOGUE_FILE, CATALOGUE_KEYS)

    def add(self, problem: str) -> None:
        self.problems.append(problem)

    def _document(self, document: Any, name: str, keys: list[str]) -> dict:
        if not isinstance(document, dict):
            self.add(f"{name}: must be a JSON object with {', '.join(keys)}")
            return {}
        for key in document:
            if key not in keys:
                self.add(f"{name}: unknown key {key!r} (expected {', '.join(keys)})")
        return document

    def entries(self, document: dict, key: str, label: str, fields: list[str]) -> list[dict]:
        """The entries under ``key``: a list of objects with unique slugs and known fields."""
        entries = document.get(key) or []
        if not isinstance(entries, list):
            self.add(f"{key}: must be a list")
            return []
        checked, seen = [], set()
        for position, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict):
                self.add(f"{label} #{position}: must be an object")
                continue
            slug = entry.get("slug")
            if not slug or not isinstance(slug, str):
                self.add(f"{label} #{position}: no slug")
                continue
            if slug in seen:
                self.add(f"{label} {slug}: the slug appears more than once")
                continue
            seen.add(slug)
            for name in entry:
                if name not in fields:
                    self.add(f"{label} {slug}: unknown field {name!r}{_hint(label, name)}")
            checked.append(entry)
        return checked

    def slugs(self, model, entries: list[dict]) -> set[str]:
        """Slugs an entry may refer to: in the database already, or loaded now."""
        return set(model.objects.values_list("slug", flat=True)) | {e["slug"] for e in entries}


def _hint(label: str, name: str) -> str:
    if label == "level" and name == "signals":
        return " (signals are a list of their own now: vocabulary 'signals')"
    return ""


def _check_signals(checker: _Checker, signals: list[dict], levels: set[str]) -> None:
    for entry in signals:
        slug, level, phase = entry["slug"], entry.get("level"), entry.get("phase") or ""
        if level not in levels:
            checker.add(f"signal {slug}: unknown level {level!r}")
        if phase not in Signal.Phase.values:
            checker.add(f"signal {slug}: phase must be '' or 'aftercare', not {phase!r}")
        elif phase == Signal.Phase.AFTERCARE and level != AFTERCARE_LEVEL:
            checker.add(f"signal {slug}: the aftercare phase is only for {AFTERCARE_LEVEL} signals")


def _check_activity(checker: _Checker, entry: dict, known: dict[str, set[str]]) -> None:
    slug = entry["slug"]
    for name, label in (
        ("goals", "goal"),
        ("target_groups", "target group"),
        ("situation_types", "situation type"),
    ):
        value = entry.get(name)
        if value is not None and not isinstance(value, list):
            checker.add(f"activity {slug}: {name} must be a list of slugs")
            continue
        for reference in _as_list(value):
            if reference not in known[name]:
                checker.add(f"activity {slug}: unknown {label} {reference!r}")
    _check_fits(checker, slug, entry.get("fits"), known["levels"])
    fits = entry.get("fits") if isinstance(entry.get("fits"), dict) else {}
    kind = entry.get("kind")
    if entry.get("published") and not fits and kind not in LEVEL_NEUTRAL_KINDS:
        checker.add(
            f"activity {slug}: a published {kind or 'activity'} needs at least one level fit "
            f"(only {', '.join(sorted(LEVEL_NEUTRAL_KINDS))} may have none)"
        )
    _check_contra_indications(
        checker, slug, entry.get("contra_indications"), known["target_groups"]
    )


def _check_fits(checker: _Checker, slug: str, fits: Any, levels: set[str]) -> None:
    if fits is None:
        return
    if not isinstance(fits, dict):
        checker.add(f"activity {slug}: fits must be an object keyed by {', '.join(FIT_KEYS)}")
        return
    for key, fit in fits.items():
        if key not in FIT_KEYS:
            checker.add(
                f"activity {slug}: invalid fit key {key!r} (use one of {', '.join(FIT_KEYS)})"
            )
            continue
        level = AFTERCARE_LEVEL if key == AFTERCARE_KEY else key
        if level not in levels:
            checker.add(f"activity {slug}: unknown level {level!r} for the fit {key!r}")
        if not isinstance(fit, dict):
            checker.add(f"activity {slug}: the fit at {key} must be an object with fit and reason")
            continue
        if (fit.get("phase") or "") != "":
            checker.add(
                f"activity {slug}: the fit at {key} has a phase; aftercare is only for "
                f"{AFTERCARE_LEVEL}, under the key {AFTERCARE_KEY!r}"
            )
        for name in fit:
            if name not in FIT_VALUE_KEYS | {"phase"}:
                checker.add(f"activity {slug}: the fit at {key} has an unknown field {name!r}")
        if fit.get("fit") not in LevelFit.Fit.values:
            checker.add(f"activity {slug}: fit at {key} must be one of {LevelFit.Fit.values}")
        if not str(fit.get("reason") or "").strip():
            checker.add(f"activity {slug}: the fit at {key} has no reason")


def _check_contra_indications(checker: _Checker, slug: str, contras: Any, groups: set[str]) -> None:
    if contras is None:
        return
    if not isinstance(contras, list):
        checker.add(f"activity {slug}: contra_indications must be a list")
        return
    seen = set()
    conditions = ContraIndication.Condition
    for position, contra in enumerate(contras, start=1):
        where = f"activity {slug}: contra-indication #{position}"
        if not isinstance(contra, dict):
            checker.add(f"{where} must be an object with condition, reason (and target_group)")
            continue
        for name in contra:
            if name not in CONTRA_KEYS:
                checker.add(f"{where} has an unknown field {name!r}")
        condition, group = contra.get("condition"), contra.get("target_group") or ""
        if condition not in conditions.values:
            checker.add(f"{where}: condition must be one of {conditions.values}, not {condition!r}")
        elif condition == conditions.TARGET_GROUP and not group:
            checker.add(f"{where}: the condition target_group needs a target_group")
        elif condition != conditions.TARGET_GROUP and group:
            checker.add(f"{where}: a target_group belongs only to the condition target_group")
        if group and group not in groups:
            checker.add(f"{where}: unknown target group {group!r}")
        if not str(contra.get("reason") or "").strip():
            checker.add(f"{where} ({condition}) has no reason")
        key = (condition, group)
        if key in seen:
            checker.add(f"{where}: {' '.join(filter(None, key))} appears more than once")
        seen.add(key)


def _check_retired(checker: _Checker, retired: Any, activities: list[dict]) -> list[str]:
    if retired is None:
        return []
    if not isinstance(retired, list) or not all(isinstance(slug, str) for slug in retired):
        checker.add("retired: must be a list of activity slugs")
        return []
    listed = {entry["slug"] for entry in activities}
    for slug in retired:
        if slug in listed:
            checker.add(f"retired {slug}: also listed under activities; keep it in one place")
    return list(dict.fromkeys(retired))


# --- loading ----------------------------------------------------------------------------------


# The vocabulary after the levels, in loading order (signals need the levels):
# (model, key in the fixture and the report, label in problems, fields, model -> fixture).
VOCABULARY_TERMS = [
    (Signal, "signals", "signal", SIGNAL_FIELDS, signal_to_fixture),
    (
        SituationType,
        "situation_types",
        "situation type",
        SITUATION_TYPE_FIELDS,
        situation_type_to_fixture,
    ),
    (Goal, "goals", "goal", GOAL_FIELDS, goal_to_fixture),
    (TargetGroup, "target_groups", "target group", TARGET_GROUP_FIELDS, target_group_to_fixture),
]


@dataclass
class _Plan:
    levels: list[dict]
    signals: list[dict]
    situation_types: list[dict]
    goals: list[dict]
    target_groups: list[dict]
    activities: list[dict]
    retired: list[str] = field(default_factory=list)


def _check(vocabulary: Any, catalogue: Any) -> _Plan:
    checker = _Checker(vocabulary, catalogue)
    vocabulary, catalogue = checker.vocabulary, checker.catalogue
    plan = _Plan(
        levels=checker.entries(vocabulary, "levels", "level", LEVEL_FIELDS),
        **{
            key: checker.entries(vocabulary, key, label, fields)
            for _model, key, label, fields, _to_fixture in VOCABULARY_TERMS
        },
        activities=checker.entries(catalogue, "activities", "activity", ACTIVITY_FIELDS),
    )
    known = {
        "levels": checker.slugs(Level, plan.levels),
        "goals": checker.slugs(Goal, plan.goals),
        "target_groups": checker.slugs(TargetGroup, plan.target_groups),
        "situation_types": checker.slugs(SituationType, plan.situation_types),
    }
    _check_signals(checker, plan.signals, known["levels"])
    for entry in plan.activities:
        _check_activity(checker, entry, known)
    plan.retired = _check_retired(checker, catalogue.get("retired"), plan.activities)
    if checker.problems:
        raise CatalogueError(checker.problems)
    return plan


def load_catalogue(vocabulary: dict, catalogue: dict, *, overwrite: bool = False) -> LoadReport:
    """Load the fixture dicts into the database (see the module docstring).

    Raises CatalogueError with every problem found, and then nothing has changed.
    """
    plan = _check(vocabulary, catalogue)
    report = LoadReport()
    problems: list[str] = []
    # The search terms of the activities (names and synonyms of their groups, goals and types)
    # are refreshed once at the end, when anything changed, instead of at every write.
    with transaction.atomic(), search_terms_deferred():
        _load_levels(plan.levels, report.levels, overwrite, problems)
        for model, key, label, fields, to_fixture in VOCABULARY_TERMS:
            part = getattr(report, key)
            _load_terms(
                model, getattr(plan, key), label, fields, to_fixture, part, overwrite, problems
            )
        _load_activities(plan.activities, report.activities, overwrite, problems)
        _retire(plan.retired, report)
        if problems:
            # Roll back what was written: the fixture loads completely or not at all.
            raise CatalogueError(problems)
    return report


def _save(instance, label: str, problems: list[str], exclude: list[str] | None = None) -> bool:
    """Validate and save ``instance``; on invalid values record the problem and return False."""
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        name = getattr(instance, "slug", None) or instance
        problems.append(f"{label} {name}: {error.message_dict}")
        return False
    instance.save()
    return True


def _outcome(instance, current: dict | None, wanted: dict, report: ModelReport, overwrite):
    """Whether to write ``wanted``: new, or changed and overwriting. Records the outcome."""
    slug = wanted["slug"]
    if instance is None:
        report.added.append(slug)
        return True
    if current == wanted:
        report.unchanged.append(slug)
    elif overwrite:
        report.updated.append(slug)
        return True
    else:
        report.kept.append(slug)
    return False


def _load_levels(entries: list[dict], report: ModelReport, overwrite, problems) -> None:
    existing = {level.slug: level for level in Level.objects.all()}
    to_write: list[tuple[Level, dict]] = []
    for entry in entries:
        wanted = _normalise(entry, LEVEL_FIELDS, Level)
        level = existing.get(wanted["slug"])
        current = level_to_fixture(level) if level else None
        if _outcome(level, current, wanted, report, overwrite):
            to_write.append((level or Level(slug=wanted["slug"]), wanted))
    # The order is unique: park the levels that are rewritten first, so two can swap places.
    parked = [level.pk for level, _wanted in to_write if level.pk in existing]
    for position, slug in enumerate(parked, start=1):
        Level.objects.filter(pk=slug).update(order=30000 + position)
    for level, wanted in to_write:
        for name in LEVEL_FIELDS:
            setattr(level, name, _model_value(name, wanted[name]))
        _save(level, "level", problems)


def _load_terms(model, entries, label, fields, to_fixture, report, overwrite, problems) -> None:
    """Load the vocabulary entries of one model (signals, situation types, goals, groups)."""
    existing = {term.slug: term for term in model.objects.all()}
    for entry in entries:
        wanted = _normalise(entry, fields, model)
        term = existing.get(wanted["slug"])
        current = to_fixture(term) if term else None
        if not _outcome(term, current, wanted, report, overwrite):
            continue
        term = term or model()
        for name in fields:
            if name == "level":  # checked already: no query per signal to validate it again
                term.level_id = wanted[name]
            else:
                setattr(term, name, _model_value(name, wanted[name]))
        _save(term, label, problems, exclude=["level"] if "level" in fields else None)


def _load_activities(entries: list[dict], report: ModelReport, overwrite, problems) -> None:
    terms = {
        "goals": {goal.slug: goal for goal in Goal.objects.all()},
        "target_groups": {group.slug: group for group in TargetGroup.objects.all()},
        "situation_types": {kind.slug: kind for kind in SituationType.objects.all()},
    }
    existing = {activity.slug: activity for activity in activities_for_io()}
    for entry in entries:
        wanted = _normalise(entry, ACTIVITY_FIELDS, Activity)
        activity = existing.get(wanted["slug"])
        current = activity_to_fixture(activity) if activity else None
        if _outcome(activity, current, wanted, report, overwrite):
            _write_activity(activity or Activity(), wanted, terms, problems)


def _write_activity(activity: Activity, wanted: dict, terms: dict, problems: list[str]) -> None:
    for name in ACTIVITY_FIELDS:
        if name in RELATIONS:
            continue
        if name == "published":
            activity.is_published = wanted[name]
        else:
            setattr(activity, name, _model_value(name, wanted[name]))
    if not _save(activity, "activity", problems):
        return
    for name in ("goals", "target_groups", "situation_types"):
        getattr(activity, name).set([terms[name][slug] for slug in wanted[name]])
    _write_fits(activity, wanted["fits"], problems)
    _write_contra_indications(activity, wanted["contra_indications"], terms, problems)


def _write_fits(activity: Activity, wanted: dict, problems: list[str]) -> None:
    current = {fit.key: fit for fit in LevelFit.objects.filter(activity=activity)}
    stale = [fit.pk for key, fit in current.items() if key not in wanted]
    LevelFit.objects.filter(pk__in=stale).delete()
    for key, values in wanted.items():
        fit = current.get(key)
        if fit is None:
            aftercare = key == AFTERCARE_KEY
            fit = LevelFit(
                activity=activity,
                level_id=AFTERCARE_LEVEL if aftercare else key,
                phase=LevelFit.Phase.AFTERCARE if aftercare else LevelFit.Phase.ANY,
            )
        fit.fit, fit.reason = values["fit"], values["reason"]
        _save(fit, f"activity {activity.slug}: level fit", problems, exclude=["activity", "level"])


def _write_contra_indications(activity, wanted: list[dict], terms, problems) -> None:
    def key(condition, group_slug):
        return (condition, group_slug or "")

    current = {
        key(contra.condition, contra.target_group.slug if contra.target_group_id else ""): contra
        for contra in ContraIndication.objects.filter(activity=activity).select_related(
            "target_group"
        )
    }
    wanted_by_key = {key(item["condition"], item.get("target_group")): item for item in wanted}
    stale = [contra.pk for k, contra in current.items() if k not in wanted_by_key]
    ContraIndication.objects.filter(pk__in=stale).delete()
    for k, item in wanted_by_key.items():
        contra = current.get(k) or ContraIndication(
            activity=activity,
            condition=item["condition"],
            target_group=terms["target_groups"].get(item.get("target_group") or ""),
        )
        contra.reason = item["reason"]
        _save(
            contra,
            f"activity {activity.slug}: contra-indication",
            problems,
            exclude=["activity", "target_group"],
        )


def _retire(slugs: list[str], report: LoadReport) -> None:
    published = set(
        Activity.objects.filter(slug__in=slugs, is_published=True).values_list("slug", flat=True)
    )
    Activity.objects.filter(slug__in=published).update(is_published=False)
    for slug in slugs:
        (report.retired if slug in published else report.already_retired).append(slug)


# --- dumping ----------------------------------------------------------------------------------


KIND_ORDER = {kind: position for position, kind in enumerate(Activity.Kind.values)}


def _ordered(items: list, previous: Any, fallback) -> list:
    """Items in the order of the previous fixture file, new ones after them in ``fallback`` order.

    Keeping the order of the file a dump overwrites makes the diff show only real changes.
    """
    entries = previous if isinstance(previous, list) else []
    position = {
        entry.get("slug"): index for index, entry in enumerate(entries) if isinstance(entry, dict)
    }
    return sorted(items, key=lambda item: (position.get(item.slug, len(position)), fallback(item)))


def dump_catalogue(previous: tuple[dict, dict] | None = None) -> tuple[dict, dict]:
    """The database as (vocabulary, catalogue) fixture dicts, in a stable order.

    Entries already in ``previous`` (the fixtures being replaced) keep their place; the others
    follow: levels by their order, signals by level and order, situation types by order, goals
    and target groups by slug, activities by kind and slug. The previous ``retired`` list is
    kept (without the slugs a curator published again); those activities are left out of
    ``activities``.
    """
    old_vocabulary, old_catalogue = previous or ({}, {})
    old_vocabulary = old_vocabulary if isinstance(old_vocabulary, dict) else {}
    old_catalogue = old_catalogue if isinstance(old_catalogue, dict) else {}
    signals = _ordered(
        list(Signal.objects.select_related("level")),
        old_vocabulary.get("signals"),
        lambda s: (s.level.order, s.order, s.slug),
    )
    situation_types = _ordered(
        list(SituationType.objects.all()),
        old_vocabulary.get("situation_types"),
        lambda t: (t.order, t.slug),
    )
    goals = _ordered(list(Goal.objects.all()), old_vocabulary.get("goals"), lambda g: g.slug)
    groups = _ordered(
        list(TargetGroup.objects.all()), old_vocabulary.get("target_groups"), lambda g: g.slug
    )
    vocabulary = {
        "levels": [level_to_fixture(level) for level in Level.objects.order_by("order")],
        "signals": [signal_to_fixture(signal) for signal in signals],
        "situation_types": [situation_type_to_fixture(kind) for kind in situation_types],
        "goals": [goal_to_fixture(goal) for goal in goals],
        "target_groups": [target_group_to_fixture(group) for group in groups],
    }
    all_activities = list(activities_for_io())
    republished = {activity.slug for activity in all_activities if activity.is_published}
    old_retired = old_catalogue.get("retired")
    retired = [
        slug
        for slug in (old_retired if isinstance(old_retired, list) else [])
        if isinstance(slug, str) and slug not in republished
    ]
    activities = _ordered(
        [activity for activity in all_activities if activity.slug not in retired],
        old_catalogue.get("activities"),
        lambda a: (KIND_ORDER.get(a.kind, 99), a.slug),
    )
    catalogue: dict[str, Any] = {
        "activities": [activity_to_fixture(activity) for activity in activities]
    }
    if retired:
        catalogue["retired"] = retired
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


def write_fixtures(directory: Path) -> tuple[list[Path], tuple[dict, dict]]:
    """Dump the database into the two fixture files of ``directory``, keeping the order of the
    files that are there already; returns the paths written and what was written."""
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
    return paths, (vocabulary, catalogue)
