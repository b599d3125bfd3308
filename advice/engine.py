"""The advice engine: from a situation profile to activities a professional can defend, with
their reasons, the tempting mistakes to avoid, and what to do first when the level is unsure.

Pure Python on purpose: frozen dataclasses in and out, no Django, no clock, no I/O.
`advice.selectors` turns database rows into `Candidate`s; `advice.reasons` puts the reason
codes into Dutch. Same input in any order, same output.

How it decides, in this order:

1. **What must not be done.** A contra-indication that matches the triage (a care need, a
   crime or discriminatory act, parties who cannot be spoken to, an acute threat, no consent,
   an excluded target group) takes the activity out of the recommendations and turns it into a
   warning with its reason. So does the catalogue's `avoid` for this level or phase.
2. **What is meant for something else.** An activity for certain situation types needs the
   situation's type (when the type is known); one meant only for certain target groups needs
   one of them. These are left out silently: they are not mistakes, just not for here.
3. **The fit is the backbone.** Every `recommended` activity ranks above every `conditional`
   one. Within a class: the situation type (+2, a specific approach beats a general one; while
   the type is unknown, activities for certain types -1, after those that fit every type), the
   profile's goals (+1.5 each, at most two, plus up to +1.5 for focus), its target groups (+1
   each, at most two), the goals this level usually needs (+0.75 each, at most two), safety
   first at incidenten and escalatie for recommended activities (+1), and colleagues' outcomes
   from five deployments on (-1.5..+1.5). An open triage question that could rule the activity
   out costs 0.5 (once) and is said on the card ("check first").
4. **Look first.** When the level is unsure (suggested from the text, or "don't know"), the
   analysis steps (`LOOK_FIRST`) are pinned on top, whatever their fit.
5. **Warnings, most tempting first.** Contra-indicated activities that would otherwise fit
   come first, then avoided ones that fit the level below or serve the profile's goals. The
   first `WARNINGS_UP_FRONT` are shown, the rest folded.

Ties: the lighter activity first (start small), then by name and slug.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from situations import triage

LEVELS = triage.LEVEL_ORDER
AFTERCARE_KEY = "nazorg"

MEETING_FORMAT = "meeting_format"
TOOL = "tool"
CASEWORK = "casework"
LEARNING_KINDS = frozenset({"learning", "reflection"})
RECOMMENDED, CONDITIONAL, AVOID = "recommended", "conditional", "avoid"
FIT_CLASS = {RECOMMENDED: 0, CONDITIONAL: 1}

TYPE_WEIGHT = 2.0
UNKNOWN_TYPE_PENALTY = 1.0
GOAL_WEIGHT = 1.5
FOCUS_WEIGHT = 1.5
TARGET_GROUP_WEIGHT = 1.0
ROUTE_WEIGHT = 0.75
PRIORITY_WEIGHT = 1.0
OPEN_QUESTION_PENALTY = 0.5
MAX_CHECK_FIRST = 2
MAX_COUNTED_MATCHES = 2
ROUTES = {
    "ongemak": frozenset({"kennismaken", "gezamenlijk-belang-vinden"}),
    "spanning": frozenset(
        {"begrip-vergroten", "dialoog-voeren", "vooroordelen-verminderen", "spanning-verminderen"}
    ),
    "incidenten": frozenset({"veiligheid-herstellen", "zorg-en-veiligheid-verbinden"}),
    "escalatie": frozenset({"de-escaleren", "veiligheid-herstellen"}),
    AFTERCARE_KEY: frozenset({"herstel-na-incident", "begrip-vergroten"}),
}
PRIORITY_GOALS = frozenset({"veiligheid-herstellen", "de-escaleren"})
PRIORITY_LEVELS = frozenset({"incidenten", "escalatie"})

# Colleagues' outcomes count from this many deployments on; fewer say nothing yet.
EVIDENCE_MINIMUM = 5
EVIDENCE_WEIGHT = 1.5
EVIDENCE_PRIOR = 0.5
EVIDENCE_PSEUDO_COUNT = 4

# The target groups the triage's care need stands for (psychiatry, addiction, LVB, dementia).
CARE_NEED_GROUPS = frozenset({"ggz", "verslaving", "lvb", "dementie", "nah"})

# KIS: look closely before you act. Pinned on top when the level is unsure.
LOOK_FIRST = ("signalen-toetsen-met-bewoners", "duiden-spanningen")

_NONE: frozenset[str] = frozenset()
LIMITS = {MEETING_FORMAT: 8, TOOL: 5, CASEWORK: 3, "learning": 5}
WARNINGS_UP_FRONT = 3

# Contra-indication conditions (activities.ContraIndication.Condition).
CARE_NEED, CRIME, NOT_ADDRESSABLE = "care_need", "crime", "not_addressable"
ACUTE_THREAT, NO_CONSENT, TARGET_GROUP = "acute_threat", "no_consent", "target_group"


# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class Triage:
    """The triage answers (situations.triage): yes / no / unknown, and who is involved."""

    parties: str = triage.UNKNOWN
    care_need: str = triage.UNKNOWN
    crime: str = triage.UNKNOWN
    addressable: str = triage.UNKNOWN
    acute_threat: str = triage.UNKNOWN
    consent: str = triage.UNKNOWN


@dataclass(frozen=True)
class Profile:
    """What the professional told us, already decided: the level and how sure it is."""

    level: str | None = None
    level_certain: bool = True
    phase: str = ""  # for escalatie: triage.ACUTE or triage.AFTERCARE
    situation_type: str | None = None
    triage: Triage = Triage()
    goals: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()

    @property
    def fit_key(self) -> str | None:
        """The fit that counts: the level's, or the aftercare's after an escalation."""
        if self.level == "escalatie" and self.phase == triage.AFTERCARE:
            return AFTERCARE_KEY
        return self.level


@dataclass(frozen=True)
class Fit:
    fit: str  # recommended | conditional | avoid
    reason: str


@dataclass(frozen=True)
class Contra:
    """A contra-indication: ``condition`` is one of the conditions above; ``target_group``
    only for TARGET_GROUP."""

    condition: str
    reason: str
    target_group: str = ""


@dataclass(frozen=True)
class Evidence:
    """Outcomes of colleagues' deployments (unknown outcomes left out), and what was matched:
    ``scope`` is "level_type" (same level and situation type) or "level"."""

    worked: int = 0
    partly: int = 0
    did_not_work: int = 0
    scope: str = "level_type"

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
    target_groups_required: bool = False
    situation_types: frozenset[str] = frozenset()  # empty: every type
    effort: str = "medium"  # low | medium | high
    fits: Mapping[str, Fit] = field(default_factory=dict)  # fit key -> Fit
    contra_indications: tuple[Contra, ...] = ()

    def __hash__(self):
        return hash(self.slug)


# ---------------------------------------------------------------- output


@dataclass(frozen=True)
class Reason:
    """A machine-readable reason; `advice.reasons` turns code + params into plain Dutch.

    Codes: fit_recommended, fit_conditional, fit_neutral, look_first, situation_type, goal,
    route, target_group, priority, practice, check_first."""

    code: str
    params: tuple[tuple[str, str | int], ...] = ()

    def param(self, name: str):
        return dict(self.params)[name]


@dataclass(frozen=True)
class Recommendation:
    slug: str
    name: str
    kind: str
    fit: str  # recommended | conditional | neutral
    score: float
    reasons: tuple[Reason, ...]
    effort: str = "medium"


@dataclass(frozen=True)
class Warning:
    slug: str
    name: str
    kind: str
    code: str  # "contra" (a contra-indication matched) or "avoid" (the catalogue's fit)
    reason: str
    condition: str = ""  # the matched contra-indication condition


@dataclass(frozen=True)
class Advice:
    profile: Profile
    look_first: tuple[Recommendation, ...] = ()
    recommended: tuple[Recommendation, ...] = ()  # meeting formats, then tools, each ranked
    casework: tuple[Recommendation, ...] = ()
    warnings: tuple[Warning, ...] = ()  # most tempting first
    learning: tuple[Recommendation, ...] = ()

    @property
    def warnings_up_front(self) -> tuple[Warning, ...]:
        return self.warnings[:WARNINGS_UP_FRONT]

    @property
    def warnings_folded(self) -> tuple[Warning, ...]:
        return self.warnings[WARNINGS_UP_FRONT:]

    def of_kind(self, kind: str) -> tuple[Recommendation, ...]:
        return tuple(item for item in self.recommended if item.kind == kind)


# ---------------------------------------------------------------- contra-indications


def _contra_state(contra: Contra, profile: Profile) -> str:
    """ "match" when the triage says the condition holds, "open" when it is not answered,
    "clear" when it does not hold."""
    answers = profile.triage
    match contra.condition:
        case "care_need":
            answer = answers.care_need
        case "crime":
            answer = answers.crime
        case "not_addressable":
            answer = {triage.NO: triage.YES, triage.YES: triage.NO}.get(
                answers.addressable, triage.UNKNOWN
            )
        case "acute_threat":
            if profile.level == "escalatie" and profile.phase == triage.ACUTE:
                return "match"
            answer = answers.acute_threat
        case "no_consent":
            answer = {triage.NO: triage.YES, triage.YES: triage.NO}.get(
                answers.consent, triage.UNKNOWN
            )
        case "target_group":
            return "match" if contra.target_group in profile.target_groups else "clear"
        case _:
            return "clear"
    return {triage.YES: "match", triage.UNKNOWN: "open"}.get(answer, "clear")


def matched_contra(candidate: Candidate, profile: Profile) -> Contra | None:
    for contra in candidate.contra_indications:
        if _contra_state(contra, profile) == "match":
            return contra
    return None


def open_contras(candidate: Candidate, profile: Profile) -> tuple[Contra, ...]:
    """Contra-indications whose triage question is still unanswered: the card says
    "check first". Only the questions that matter for a conflict count: consent is asked
    only when it is needed."""
    return tuple(
        contra
        for contra in candidate.contra_indications
        if _contra_state(contra, profile) == "open"
    )


# ---------------------------------------------------------------- scoring


def evidence_score(evidence: Evidence | None) -> float:
    """-EVIDENCE_WEIGHT..+EVIDENCE_WEIGHT; 0 below EVIDENCE_MINIMUM deployments; small samples
    pulled towards neutral."""
    if evidence is None or evidence.total < EVIDENCE_MINIMUM:
        return 0.0
    successes = evidence.worked + 0.5 * evidence.partly
    rate = (successes + EVIDENCE_PRIOR * EVIDENCE_PSEUDO_COUNT) / (
        evidence.total + EVIDENCE_PSEUDO_COUNT
    )
    return round((rate - 0.5) * 2 * EVIDENCE_WEIGHT, 4)


def possible_types(profile: Profile) -> frozenset[str]:
    """The situation types still possible: the known type, or every type but the crime route
    when no crime or discriminatory act was reported (aangifte and a melding need an act)."""
    if profile.situation_type:
        return frozenset({profile.situation_type})
    if profile.triage.crime == triage.YES:
        return frozenset({triage.TYPE_CRIME})
    return frozenset(triage.SITUATION_TYPES) - {triage.TYPE_CRIME}


def _fits_situation(
    candidate: Candidate, profile: Profile, possible: frozenset[str] | None = None
) -> bool:
    """Meant for this situation: a possible type and, if required, one of its target groups."""
    if possible is None:
        possible = possible_types(profile)
    if candidate.situation_types and not candidate.situation_types & possible:
        return False
    if not candidate.target_groups_required:
        return True
    involved = profile.target_groups
    if profile.triage.care_need == triage.YES:
        involved = involved | CARE_NEED_GROUPS  # the answer says one of them is involved
    return bool(candidate.target_groups & involved)


def _matches(
    candidate: Candidate, profile: Profile, explain: bool = True
) -> tuple[float, list[Reason]]:
    """The within-class score: type, goals, target groups (shared by every kind). Without
    ``explain`` only the score: the reasons are built for the few items that are shown."""
    score, reasons = 0.0, []
    if not profile.situation_type and candidate.situation_types:
        # The type is not known yet: what fits every type comes before what may not fit.
        score -= UNKNOWN_TYPE_PENALTY
    elif profile.situation_type and profile.situation_type in candidate.situation_types:
        score += TYPE_WEIGHT
        if explain:
            reasons.append(Reason("situation_type", (("situation_type", profile.situation_type),)))
    goals = profile.goals & candidate.goals
    if goals:
        score += GOAL_WEIGHT * min(len(goals), MAX_COUNTED_MATCHES)
        score += FOCUS_WEIGHT * len(goals) / len(candidate.goals)
        if explain:
            reasons.extend(Reason("goal", (("goal", goal),)) for goal in sorted(goals))
    groups = profile.target_groups & candidate.target_groups
    if groups:
        score += TARGET_GROUP_WEIGHT * min(len(groups), MAX_COUNTED_MATCHES)
        if explain:
            reasons.extend(
                Reason("target_group", (("target_group", group),)) for group in sorted(groups)
            )
    return score, reasons


def _score(
    candidate: Candidate,
    fit: Fit,
    profile: Profile,
    explain: bool = True,
    evidence: Evidence | None = None,
) -> tuple[float, tuple[Reason, ...]]:
    key = profile.fit_key
    score, reasons = _matches(candidate, profile, explain)
    route = (ROUTES.get(key, _NONE) & candidate.goals) - profile.goals
    if route:
        score += ROUTE_WEIGHT * min(len(route), MAX_COUNTED_MATCHES)
    priority = PRIORITY_GOALS & candidate.goals
    safety_first = priority and fit.fit == RECOMMENDED and key in PRIORITY_LEVELS
    if safety_first:
        score += PRIORITY_WEIGHT
    counted = evidence is not None and evidence.total >= EVIDENCE_MINIMUM
    if counted:
        score += evidence_score(evidence)
    open_questions = open_contras(candidate, profile)
    if open_questions:  # once: open questions lower it a little, they do not bury it
        score -= OPEN_QUESTION_PENALTY
    if not explain:
        return round(score, 4), ()

    reasons.insert(0, Reason(f"fit_{fit.fit}", (("level", key), ("reason", fit.reason))))
    if safety_first:
        reasons.append(Reason("priority", (("level", key), ("goal", min(priority)))))
    elif route:  # one sentence about what the level needs, not two
        reasons.append(Reason("route", (("level", key), ("goal", min(route)))))
    if counted:
        reasons.append(
            Reason(
                "practice",
                (
                    ("worked", evidence.worked),
                    ("partly", evidence.partly),
                    ("total", evidence.total),
                    ("scope", evidence.scope),
                ),
            )
        )
    # At most MAX_CHECK_FIRST, so a card stays readable; the activity page lists them all.
    reasons.extend(
        Reason("check_first", (("condition", contra.condition), ("reason", contra.reason)))
        for contra in open_questions[:MAX_CHECK_FIRST]
    )
    return round(score, 4), tuple(reasons)


def _score_neutral(
    candidate: Candidate, profile: Profile, explain: bool = True
) -> tuple[float, tuple[Reason, ...]]:
    """Level-neutral items (learning, reflection, casework): matched on type, goals, groups."""
    score, reasons = _matches(candidate, profile, explain)
    return round(score, 4), (Reason("fit_neutral"), *reasons)


_EFFORT_ORDER = {"low": 0, "medium": 1, "high": 2}


# ---------------------------------------------------------------- warnings


def _neighbours(key: str) -> tuple[str, ...]:
    """The fits a professional comes from or goes to: the level below and above, and for an
    escalation its other phase (what helps in the aftercare tempts during the escalation)."""
    if key == AFTERCARE_KEY:
        return ("escalatie", "incidenten")
    index = LEVELS.index(key)
    near = tuple(LEVELS[i] for i in (index - 1, index + 1) if 0 <= i < len(LEVELS))
    return (*near, AFTERCARE_KEY) if key == "escalatie" else near


def _temptation(
    candidate: Candidate, profile: Profile, code: str, possible: frozenset[str]
) -> float:
    """How tempting a warned activity is here: what a professional might reach for anyway.

    A contra-indicated activity that the catalogue would otherwise advise is the most
    dangerous mistake; next come activities that fit one step away (what worked last month,
    what helps once it is over) and that serve this situation's type, goals and groups.
    Activities not meant for this situation at all are no temptation and come last."""
    if not _fits_situation(candidate, profile, possible):
        return -10.0
    fit = candidate.fits.get(profile.fit_key)
    score, _reasons = _matches(candidate, profile, explain=False)
    if code == "contra" and fit is not None and fit.fit in FIT_CLASS:
        score += 6.0 if fit.fit == RECOMMENDED else 4.0
    nearby = [
        candidate.fits[key].fit for key in _neighbours(profile.fit_key) if key in candidate.fits
    ]
    if RECOMMENDED in nearby:
        score += 3.0
    elif CONDITIONAL in nearby:
        score += 1.5
    if candidate.kind == MEETING_FORMAT:
        score += 0.5
    return score


# ---------------------------------------------------------------- the advice


def advise(
    profile: Profile,
    candidates: Iterable[Candidate],
    evidence: Mapping[str, Evidence] | None = None,
    limits: Mapping[str, int] | None = None,
) -> Advice:
    """The advice for a profile over the candidate activities; ``evidence`` holds colleagues'
    outcomes per activity slug for this profile. Empty without a level."""
    if not profile.level:
        return Advice(profile)
    evidence = evidence or {}
    limits = {**LIMITS, **(limits or {})}
    key = profile.fit_key
    possible = possible_types(profile)
    buckets: dict[str, list[tuple[tuple, Candidate, Fit | None]]] = {
        MEETING_FORMAT: [],
        TOOL: [],
        CASEWORK: [],
        "learning": [],
    }
    warnings: list[tuple[float, Warning]] = []
    look_first: list[Recommendation] = []

    for candidate in candidates:
        bucket = "learning" if candidate.kind in LEARNING_KINDS else candidate.kind
        if bucket not in buckets:
            continue
        fit = candidate.fits.get(key)
        contra = matched_contra(candidate, profile)
        if contra is not None:
            if bucket in (MEETING_FORMAT, TOOL):
                warning = Warning(
                    candidate.slug,
                    candidate.name,
                    candidate.kind,
                    "contra",
                    contra.reason,
                    contra.condition,
                )
                warnings.append((_temptation(candidate, profile, "contra", possible), warning))
            continue
        if fit is not None and fit.fit == AVOID:
            if bucket in (MEETING_FORMAT, TOOL):
                warning = Warning(
                    candidate.slug, candidate.name, candidate.kind, "avoid", fit.reason
                )
                warnings.append((_temptation(candidate, profile, "avoid", possible), warning))
            continue
        look = not profile.level_certain and candidate.slug in LOOK_FIRST
        if not look and not _fits_situation(candidate, profile, possible):
            continue
        if fit is None and bucket in (MEETING_FORMAT, TOOL):
            continue  # the catalogue has no opinion on this level: do not guess
        outcomes = evidence.get(candidate.slug)
        if not look:
            # Rank on the score alone; only the few shown get their reasons written out.
            if fit is None:
                score, _reasons = _score_neutral(candidate, profile, explain=False)
            else:
                score, _reasons = _score(candidate, fit, profile, False, outcomes)
            rank = (
                FIT_CLASS.get(fit.fit if fit else "neutral", 1),
                -score,
                _EFFORT_ORDER.get(candidate.effort, 1),
                candidate.name.casefold(),
                candidate.slug,
            )
            buckets[bucket].append((rank, candidate, fit))
            continue
        item = _recommend(candidate, fit, profile, True, outcomes)
        look_first.append(
            Recommendation(
                item.slug,
                item.name,
                item.kind,
                item.fit,
                item.score,
                (Reason("look_first"), *item.reasons),
                item.effort,
            )
        )

    def top(bucket: str) -> list[Recommendation]:
        """The best of a bucket, ranked on scores alone, then explained."""
        ranked = sorted(buckets[bucket], key=lambda entry: entry[0])[: limits[bucket]]
        return [
            _recommend(candidate, fit, profile, True, evidence.get(candidate.slug))
            for _, candidate, fit in ranked
        ]

    casework = top(CASEWORK)
    ranked_warnings = [
        warning
        for _score_, warning in sorted(
            warnings,
            key=lambda pair: (
                -pair[0],
                pair[1].code != "contra",
                pair[1].name.casefold(),
                pair[1].slug,
            ),
        )
    ]
    return Advice(
        profile=profile,
        look_first=tuple(sorted(look_first, key=lambda r: LOOK_FIRST.index(r.slug))),
        recommended=tuple(top(MEETING_FORMAT) + top(TOOL)),
        casework=tuple(casework) if _casework_relevant(profile) else (),
        warnings=tuple(ranked_warnings),
        learning=tuple(top("learning")),
    )


def _recommend(
    candidate: Candidate,
    fit: Fit | None,
    profile: Profile,
    explain: bool,
    evidence: Evidence | None,
) -> Recommendation:
    if fit is None:
        score, reasons = _score_neutral(candidate, profile, explain)
    else:
        score, reasons = _score(candidate, fit, profile, explain, evidence)
    return Recommendation(
        candidate.slug,
        candidate.name,
        candidate.kind,
        fit.fit if fit is not None else "neutral",
        score,
        reasons,
        candidate.effort,
    )


def _casework_relevant(profile: Profile) -> bool:
    """Casework instruments help one resident: offer them when someone with a care need or
    one resident is at the centre, or when the matter is loneliness."""
    return profile.triage.care_need == triage.YES or profile.situation_type in (
        triage.TYPE_ONE_RESIDENT,
        triage.TYPE_NO_CONFLICT,
    )
