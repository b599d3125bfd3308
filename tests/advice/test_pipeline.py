"""From description to advice, as a professional who confirms every suggestion gets it: the
text understanding, the intake and the engine on the real vocabulary and catalogue. Over all
described situations, bemiddeling is never in the top 8 where a professional would exclude it
(a care need, a crime or discriminatory act, an acute escalation)."""

import json
from pathlib import Path

import pytest

from advice import intake, text
from advice.engine import advise
from situations import triage
from tests.advice.descriptions import CASES
from tests.advice.descriptions_blind import BLIND_1, BLIND_2
from tests.advice.test_golden import catalogue

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
MEDIATION = {"mediation-professionals", "buurtbemiddeling", "groepsbemiddeling"}


@pytest.fixture(scope="module")
def vocabulary():
    return json.loads((FIXTURES / "vocabulary.json").read_text(encoding="utf-8"))


def advice_for(description, vocabulary):
    analysis = text.analyse(description, text.vocabulary_from_fixture(vocabulary))
    answers, _suggested = intake.apply_suggestions(intake.Answers(), analysis)
    signals = {
        s["slug"]: (s["level"], s.get("phase", ""), s["text"]) for s in vocabulary["signals"]
    }
    decision = intake.decide_level(answers, signals, pre_ticked=())  # she confirmed them
    return advise(intake.profile_for(answers, decision, signals), catalogue())


def excludes_mediation(case) -> bool:
    return (
        case.answers.get(triage.CARE_NEED) == triage.YES
        or case.answers.get(triage.CRIME) == triage.YES
        or case.type in (triage.TYPE_ONE_RESIDENT, triage.TYPE_CRIME)
        or (case.level == "escalatie" and case.phase != triage.AFTERCARE)
    )


def test_no_mediation_in_the_top_eight_where_a_professional_would_exclude_it(vocabulary):
    cases = [case for case in (*CASES, *BLIND_1, *BLIND_2) if excludes_mediation(case)]
    wrong = []
    for case in cases:
        advice = advice_for(case.text, vocabulary)
        top = {item.slug for item in advice.of_kind("meeting_format")[:8]}
        if top & MEDIATION:
            wrong.append((sorted(top & MEDIATION), case.text[:80]))
    print(f"\nbemiddeling excluded where it should be: {len(cases) - len(wrong)}/{len(cases)}")
    assert not wrong


def test_a_household_quarrel_without_care_or_crime_gets_bemiddeling_near_the_top(vocabulary):
    advice = advice_for(
        "Twee families in de straat hebben al maanden ruzie over de parkeerplek. Er wordt over "
        "en weer gescholden.",
        vocabulary,
    )
    assert advice.profile.situation_type == triage.TYPE_HOUSEHOLDS
    assert "buurtbemiddeling" in [item.slug for item in advice.of_kind("meeting_format")[:3]]
