"""The advice engine: from a described situation to fitting meeting formats and tools, with
reasons, warnings and learning activities for the professional.

Pure Python on purpose: frozen dataclasses in, frozen dataclasses out, no Django, no clock,
no I/O. `situations.advice_selectors` turns database rows into `Candidate`s; the views render
the reason codes in Dutch. Same input, same output.

How an activity scores at the chosen level (all weights below, in one place):
- the catalogue's fit is the backbone: `recommended` 3, `conditional` 1.5; `avoid` never
  recommends, it becomes a warning; no fit at this level means the catalogue has no opinion,
  so the activity is not offered;
- each goal of the profile the activity serves +1.5 (at most two count), plus up to +1.5 for
  focus: the share of the activity's own goals that the profile asks for (an activity made
  for exactly this goal beats one that serves it on the side);
- each goal typical for the level (the Wijkverbinder's routes, domain.md §1.9) that the
  activity serves and the profile did not already name +0.75 (at most two count);
- each target group of the profile it is meant for +1 (at most two count);
- at incidenten and escalatie, activities that restore safety or de-escalate come first (+2);
- practice evidence from colleagues at the same level: the share that worked (partly = half),
  shrunk towards 50% with 4 imaginary tries, so one lucky try moves little; mapped onto
  -1.5..+1.5. A recommended fit (3) always outweighs the best possible evidence on an
  activity with no fit, and `avoid` is never overruled.
Equal scores: the lighter activity first (start small), then by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from situations.signals import LEXICON, MIN_LEAD, MIN_SCORE

LEVELS = ("ongemak", "spanning", "incidenten", "escalatie")

MEETING_FORMAT = "meeting_format"
TOOL = "tool"
LEARNING_KINDS = frozenset({"learning", "reflection"})

FIT_SCORE = {"recommended": 3.0, "conditional": 1.5}
GOAL_WEIGHT = 1.5
TARGET_GROUP_WEIGHT = 1.0
MAX_COUNTED_MATCHES = 2
FOCUS_WEIGHT = 1.5
ROUTE_WEIGHT = 0.75
ROUTES = {
    "ongemak": frozenset({"kennismaken", "gezamenlijk-belang-vinden"}),
    "spanning": frozenset(
        {"begrip-vergroten", "dialoog-voeren", "vooroordelen-verminderen", "spanning-verminderen"}
    ),
    "incidenten": frozenset({"veiligheid-herstellen", "zorg-en-veiligheid-verbinden"}),
    "escalatie": frozenset({"de-escaleren", "veiligheid-herstellen"}),
}
PRIORITY_WEIGHT = 2.0
PRIORITY_GOALS = {
    "incidenten": frozenset({"veiligheid-herstellen", "de-escaleren"}),
    "escalatie": frozenset({"veiligheid-herstellen", "de-escaleren"}),
}
EVIDENCE_WEIGHT = 1.5
EVIDENCE_PRIOR = 0.5
EVIDENCE_PSEUDO_COUNT = 4

LIMITS = {MEETING_FORMAT: 8, TOOL: 5, "learning": 5}


# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class Profile:
    """What the professional tells us: a level (or None), goals, target groups, free text."""

    level: str | None = None
    goals: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()
    text: str = ""


@dataclass(frozen=True)
class Fit:
    fit: str  # recommended | conditional | avoid
    reason: str


@dataclass(frozen=True)
class Evidence:
    """Outcomes of deployments of one activity at one level (unknown outcomes left out)."""

    worked: int = 0
    partly: int = 0
    did_not_work: int = 0

    @property
    def total(self) -> int:
        return self.worked + self.partly + self.did_not_work


@dataclass(frozen=True)
class Candidate:
    slug: str
    name: str
    kind: str
    goals: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()
    effort: str = "medium"  # low | medium | high
    fits: Mapping[str, Fit] = field(default_factory=dict)  # level slug -> Fit
    evidence: Mapping[str, Evidence] = field(default_factory=dict)  # level slug -> Evidence

    def __hash__(self):
        return hash(self.slug)


# ---------------------------------------------------------------- output


@dataclass(frozen=True)
class Reason:
    """A machine-readable reason; the view turns code + params into plain Dutch."""

    code: (
        str  # fit_recommended | fit_conditional | goal | route | target_group | priority | practice
    )
    params: tuple[tuple[str, str | int], ...] = ()

    def param(self, name: str):
        return dict(self.params)[name]


@dataclass(frozen=True)
class Recommendation:
    slug: str
    name: str
    kind: str
    score: float
    reasons: tuple[Reason, ...]
    effort: str = "medium"


@dataclass(frozen=True)
class Warning:
    slug: str
    name: str
    kind: str
    reason: str


@dataclass(frozen=True)
class LevelSuggestion:
    level: str | None
    signals: tuple[str, ...]  # the words in the text that led to it
    scores: tuple[tuple[str, int], ...]  # per level, in level order


@dataclass(frozen=True)
class Advice:
    level: str | None
    level_source: str  # "chosen" | "suggested" | "none"
    suggestion: LevelSuggestion
    recommended: tuple[Recommendation, ...]
    warnings: tuple[Warning, ...]
    learning: tuple[Recommendation, ...]

    @property
    def levels_differ(self) -> bool:
        return (
            self.level_source == "chosen"
            and self.suggestion.level is not None
            and self.suggestion.level != self.level
        )


# ---------------------------------------------------------------- level suggestion

_WORD = re.compile(r"[\w-]+", re.UNICODE)


def suggest_level(text: str) -> LevelSuggestion:
    """Suggest a level from free text with the signal lexicon, or None when it says too little."""
    lowered = " ".join(_WORD.findall(text.lower()))
    words = lowered.split()
    scores: dict[str, int] = {}
    signals: dict[str, list[str]] = {}
    for level in LEVELS:
        score, found = 0, []
        for term, weight in LEXICON[level]:
            hits = _find(term, lowered, words)
            if hits:
                score += weight
                found.extend(hits)
        scores[level] = score
        signals[level] = found
    ranked = sorted(LEVELS, key=lambda lvl: (-scores[lvl], -LEVELS.index(lvl)))
    best, runner_up = ranked[0], ranked[1]
    ordered_scores = tuple((lvl, scores[lvl]) for lvl in LEVELS)
    if scores[best] < MIN_SCORE or scores[best] - scores[runner_up] < MIN_LEAD:
        return LevelSuggestion(None, (), ordered_scores)
    unique = tuple(dict.fromkeys(signals[best]))
    return LevelSuggestion(best, unique, ordered_scores)


def _find(term: str, text: str, words: list[str]) -> list[str]:
    if " " in term:
        return [term] if f" {term}" in f" {text}" else []
    return [word for word in words if word.startswith(term)]


# ---------------------------------------------------------------- ranking


def evidence_score(evidence: Evidence | None) -> float:
    """-EVIDENCE_WEIGHT..+EVIDENCE_WEIGHT; 0 without evidence; small samples pulled to neutral."""
    if evidence is None or evidence.total == 0:
        return 0.0
    successes = evidence.worked + 0.5 * evidence.partly
    rate = (successes + EVIDENCE_PRIOR * EVIDENCE_PSEUDO_COUNT) / (
        evidence.total + EVIDENCE_PSEUDO_COUNT
    )
    return round((rate - 0.5) * 2 * EVIDENCE_WEIGHT, 4)


def _score(candidate: Candidate, level: str, profile: Profile) -> tuple[float, tuple[Reason, ...]]:
    fit = candidate.fits[level]
    reasons = [Reason(f"fit_{fit.fit}", (("level", level), ("reason", fit.reason)))]
    score = FIT_SCORE[fit.fit]

    priority = PRIORITY_GOALS.get(level, frozenset()) & candidate.goals
    if priority:
        score += PRIORITY_WEIGHT
        reasons.append(Reason("priority", (("level", level), ("goal", min(priority)))))

    goals = sorted(profile.goals & candidate.goals)
    score += GOAL_WEIGHT * min(len(goals), MAX_COUNTED_MATCHES)
    if goals:
        score += FOCUS_WEIGHT * len(goals) / len(candidate.goals)
    reasons.extend(Reason("goal", (("goal", goal),)) for goal in goals)

    route = sorted((ROUTES.get(level, frozenset()) & candidate.goals) - profile.goals)
    if route:
        score += ROUTE_WEIGHT * min(len(route), MAX_COUNTED_MATCHES)
        reasons.append(Reason("route", (("level", level), ("goal", route[0]))))

    groups = sorted(profile.target_groups & candidate.target_groups)
    score += TARGET_GROUP_WEIGHT * min(len(groups), MAX_COUNTED_MATCHES)
    reasons.extend(Reason("target_group", (("target_group", g),)) for g in groups)

    evidence = candidate.evidence.get(level)
    if evidence is not None and evidence.total:
        score += evidence_score(evidence)
        reasons.append(
            Reason(
                "practice",
                (
                    ("worked", evidence.worked),
                    ("partly", evidence.partly),
                    ("total", evidence.total),
                ),
            )
        )
    return round(score, 4), tuple(reasons)


_EFFORT_ORDER = {"low": 0, "medium": 1, "high": 2}


def _rank(items: list[Recommendation]) -> list[Recommendation]:
    return sorted(
        items, key=lambda r: (-r.score, _EFFORT_ORDER.get(r.effort, 1), r.name.casefold(), r.slug)
    )


def advise(
    profile: Profile, candidates: Iterable[Candidate], limits: Mapping[str, int] | None = None
) -> Advice:
    """The advice for a profile over the candidate activities."""
    limits = {**LIMITS, **(limits or {})}
    suggestion = suggest_level(profile.text)
    if profile.level:
        level, source = profile.level, "chosen"
    elif suggestion.level:
        level, source = suggestion.level, "suggested"
    else:
        return Advice(None, "none", suggestion, (), (), ())

    by_kind: dict[str, list[Recommendation]] = {MEETING_FORMAT: [], TOOL: [], "learning": []}
    warnings: list[Warning] = []
    for candidate in candidates:
        fit = candidate.fits.get(level)
        if fit is not None and fit.fit == "avoid":
            if candidate.kind not in LEARNING_KINDS:
                warnings.append(Warning(candidate.slug, candidate.name, candidate.kind, fit.reason))
            continue
        bucket = "learning" if candidate.kind in LEARNING_KINDS else candidate.kind
        if bucket not in by_kind:
            continue
        if fit is None:
            if bucket != "learning":
                continue  # the catalogue has no opinion on this level: do not guess
            score, reasons = _score_learning(candidate, profile)
        else:
            score, reasons = _score(candidate, level, profile)
        by_kind[bucket].append(
            Recommendation(
                candidate.slug, candidate.name, candidate.kind, score, reasons, candidate.effort
            )
        )

    recommended = (
        _rank(by_kind[MEETING_FORMAT])[: limits[MEETING_FORMAT]]
        + _rank(by_kind[TOOL])[: limits[TOOL]]
    )
    return Advice(
        level=level,
        level_source=source,
        suggestion=suggestion,
        recommended=tuple(_rank(recommended)),
        warnings=tuple(
            sorted(warnings, key=lambda w: (w.kind != MEETING_FORMAT, w.name.casefold(), w.slug))
        ),
        learning=tuple(_rank(by_kind["learning"])[: limits["learning"]]),
    )


def _score_learning(candidate: Candidate, profile: Profile) -> tuple[float, tuple[Reason, ...]]:
    """Learning activities without a level fit: ranked on goals and target groups only."""
    goals = sorted(profile.goals & candidate.goals)
    groups = sorted(profile.target_groups & candidate.target_groups)
    score = (
        1.0
        + GOAL_WEIGHT * min(len(goals), MAX_COUNTED_MATCHES)
        + TARGET_GROUP_WEIGHT * min(len(groups), MAX_COUNTED_MATCHES)
    )
    reasons = tuple(Reason("goal", (("goal", g),)) for g in goals) + tuple(
        Reason("target_group", (("target_group", g),)) for g in groups
    )
    return round(score, 4), reasons
