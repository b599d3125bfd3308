"""From what the professional answered (and what her description suggested) to the engine's
profile: which level, how sure, which phase and which type. Plain Python, no Django.

The free text never decides on its own: its suggestions are applied once, shown with the words
that led to them, and from then on the professional's own ticks and answers count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from advice.engine import Profile, Triage
from advice.text import TextAnalysis
from situations import triage

UNSURE = "onbekend"  # the level answer "I don't know"

# Level sources, from most to least certain.
CHOSEN = "chosen"  # the professional chose the level
SIGNALS = "signals"  # it follows from signals she ticked herself
SUGGESTED = "suggested"  # it follows from signals the description pre-ticked, not confirmed yet
NONE = "none"


@dataclass(frozen=True)
class LevelDecision:
    level: str | None
    source: str
    certain: bool
    because: tuple[str, ...] = ()  # the ticked signal slugs at that level
    signals_level: str | None = None  # what the ticked signals say, even when another is chosen

    @property
    def differs(self) -> bool:
        return (
            self.source == CHOSEN
            and self.signals_level is not None
            and self.signals_level != self.level
        )


@dataclass(frozen=True)
class Answers:
    """The questionnaire as submitted (after any suggestions were applied)."""

    level: str = ""  # "", a level slug, or UNSURE
    phase: str = ""
    signals: tuple[str, ...] = ()
    triage: Mapping[str, str] | None = None
    situation_type: str = ""
    goals: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()


def decide_level(
    answers: Answers,
    signal_levels: Mapping[str, tuple[str, str]],
    pre_ticked: Iterable[str] = (),
) -> LevelDecision:
    """The level: chosen, else the highest level of the ticked signals. ``pre_ticked`` are the
    signals the description ticked in this very request: a level resting on them is only a
    suggestion until the professional confirms."""
    ticked = [slug for slug in answers.signals if slug in signal_levels]
    signals_level = triage.level_from_signals(signal_levels[slug][0] for slug in ticked)
    because = tuple(slug for slug in ticked if signal_levels[slug][0] == signals_level)
    if answers.level in triage.LEVEL_ORDER:
        return LevelDecision(answers.level, CHOSEN, True, because, signals_level)
    if signals_level is None:
        return LevelDecision(None, NONE, False)
    confirmed = not set(because) & set(pre_ticked)
    source = SIGNALS if confirmed else SUGGESTED
    certain = confirmed and answers.level != UNSURE
    return LevelDecision(signals_level, source, certain, because, signals_level)


def decide_phase(
    level: str | None, chosen: str, ticked: Iterable[str], signal_levels: Mapping
) -> str:
    """For an escalation: the chosen phase, else aftercare when every ticked escalation
    signal belongs to the aftercare, else acute. Empty for the other levels."""
    if level != "escalatie":
        return ""
    if chosen in triage.PHASES:
        return chosen
    phases = {
        signal_levels[slug][1] for slug in ticked if signal_levels.get(slug, ("",))[0] == level
    }
    return triage.AFTERCARE if phases == {"aftercare"} else triage.ACUTE


def profile_for(
    answers: Answers, decision: LevelDecision, signal_levels: Mapping[str, tuple[str, str]]
) -> Profile:
    given = dict(answers.triage or {})
    answered = Triage(
        parties=given.get("parties", triage.UNKNOWN),
        care_need=given.get(triage.CARE_NEED, triage.UNKNOWN),
        crime=given.get(triage.CRIME, triage.UNKNOWN),
        addressable=given.get(triage.ADDRESSABLE, triage.UNKNOWN),
        acute_threat=given.get(triage.ACUTE_THREAT, triage.UNKNOWN),
        consent=given.get(triage.CONSENT, triage.UNKNOWN),
    )
    situation_type = answers.situation_type or triage.situation_type_for(
        answered.parties, answered.care_need, answered.crime
    )
    return Profile(
        level=decision.level,
        level_certain=decision.certain,
        phase=decide_phase(decision.level, answers.phase, answers.signals, signal_levels),
        situation_type=situation_type,
        triage=answered,
        goals=answers.goals,
        target_groups=answers.target_groups,
    )


def apply_suggestions(answers: Answers, analysis: TextAnalysis) -> tuple[Answers, frozenset[str]]:
    """The answers with the description's suggestions filled in where nothing was answered:
    its signals ticked, unanswered triage questions answered, its target groups added.
    Returns the new answers and the signals it ticked."""
    signals = tuple(dict.fromkeys((*answers.signals, *(s.value for s in analysis.signals))))
    pre_ticked = frozenset(signals) - frozenset(answers.signals)
    given = dict(answers.triage or {})
    for question, suggestion in analysis.triage:
        if given.get(question, triage.UNKNOWN) in ("", triage.UNKNOWN):
            given[question] = suggestion.value
    phase = answers.phase
    if not phase and analysis.phase is not None:
        phase = analysis.phase.value
    situation_type = answers.situation_type
    if not situation_type and analysis.situation_type is not None:
        derived = triage.situation_type_for(
            given.get("parties", triage.UNKNOWN),
            given.get(triage.CARE_NEED, triage.UNKNOWN),
            given.get(triage.CRIME, triage.UNKNOWN),
        )
        if derived is None:
            situation_type = analysis.situation_type.value
    groups = answers.target_groups | {s.value for s in analysis.target_groups}
    return (
        Answers(
            level=answers.level,
            phase=phase,
            signals=signals,
            triage=given,
            situation_type=situation_type,
            goals=answers.goals,
            target_groups=frozenset(groups),
        ),
        pre_ticked,
    )
