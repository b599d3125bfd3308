"""The advice engine, without a database: golden cases written from domain.md's principles,
run against the real catalogue fixture, plus properties that must hold for any input."""

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from situations.advice import (
    LEVELS,
    Candidate,
    Evidence,
    Fit,
    Profile,
    advise,
    evidence_score,
    suggest_level,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@cache
def catalogue() -> tuple[Candidate, ...]:
    data = json.loads((FIXTURES / "catalogue.json").read_text(encoding="utf-8"))
    return tuple(
        Candidate(
            slug=a["slug"],
            name=a["name"],
            kind=a["kind"],
            goals=frozenset(a["goals"]),
            target_groups=frozenset(a["target_groups"]),
            effort=a["effort"],
            fits={lvl: Fit(f["fit"], f["reason"]) for lvl, f in a["fits"].items()},
        )
        for a in data["activities"]
        if a["published"]
    )


def run(level, goals=(), groups=(), text=""):
    return advise(Profile(level, frozenset(goals), frozenset(groups), text), catalogue())


def formats(advice, n):
    return [r.slug for r in advice.recommended if r.kind == "meeting_format"][:n]


def warned(advice):
    return {w.slug for w in advice.warnings}


def recommended(advice):
    return {r.slug for r in advice.recommended}


FESTIVE = {"buurt-bbq", "burendag-koffie", "kennismakingsactiviteit", "welkomstbijeenkomst"}
SMALL_SCALE_CONTACT = {"keukentafelgesprek", "kleine-tafelgesprekken", "dialoogbijeenkomst"}
LOW_THRESHOLD = FESTIVE | {"welkomstpakket", "buurtapp-initiatief", "buurtschouw"}
PROBLEM_FOCUS = {
    "mediation-professionals",
    "casusoverleg-partners",
    "groepsbemiddeling",
    "buurtbemiddeling",
}
SAFETY_FIRST = {
    "kernteam-samos",
    "de-escalerende-communicatie",
    "inzet-sleutelfiguren",
    "casusoverleg-partners",
}

GOLDEN = [
    # (id, level, goals, target groups, check)
    (
        "spanning-begrip: dialogue in top 3, bbq warned",
        "spanning",
        ["begrip-vergroten"],
        [],
        lambda a: "dialoogbijeenkomst" in formats(a, 3) and "buurt-bbq" in warned(a),
    ),
    (
        "escalatie: safety and de-escalation first",
        "escalatie",
        [],
        [],
        lambda a: (
            set(formats(a, 3)) <= SAFETY_FIRST | {"herstelbijeenkomst-nazorg"}
            and set(formats(a, 2)) & SAFETY_FIRST
        ),
    ),
    (
        "escalatie: no festive meeting, all of them warned",
        "escalatie",
        ["kennismaken"],
        [],
        lambda a: not FESTIVE & recommended(a) and warned(a) >= FESTIVE,
    ),
    (
        "statushouders + fear: no plenary evening, small-scale contact",
        "spanning",
        ["vooroordelen-verminderen"],
        ["statushouders"],
        lambda a: "informatieavond" in warned(a) and set(formats(a, 4)) & SMALL_SCALE_CONTACT,
    ),
    (
        "ongemak-kennismaken: low-threshold meeting, no problem focus",
        "ongemak",
        ["kennismaken"],
        [],
        lambda a: (
            len(set(formats(a, 3)) & LOW_THRESHOLD) >= 2 and not set(formats(a, 8)) & PROBLEM_FOCUS
        ),
    ),
    (
        "ongemak: the information evening is never top of the list",
        "ongemak",
        ["kennismaken"],
        [],
        lambda a: "informatieavond" not in formats(a, 5),
    ),
    (
        "incidenten-veiligheid: agreements and partners, no bbq",
        "incidenten",
        ["veiligheid-herstellen"],
        [],
        lambda a: (
            "buurt-bbq" in warned(a)
            and set(formats(a, 5))
            & {"afspraken-over-gedrag", "casusoverleg-partners", "kernteam-samos"}
        ),
    ),
    (
        "incidenten-lvb: care and safety together",
        "incidenten",
        ["zorg-en-veiligheid-verbinden"],
        ["lvb"],
        lambda a: set(formats(a, 4)) & {"casusoverleg-partners", "psycho-educatie-buren"},
    ),
    (
        "escalatie: no volunteer mediation",
        "escalatie",
        ["spanning-verminderen"],
        [],
        lambda a: "buurtbemiddeling" in warned(a) and "buurtbemiddeling" not in recommended(a),
    ),
    (
        "escalatie: no contact meetings between opposing groups now",
        "escalatie",
        ["begrip-vergroten"],
        [],
        lambda a: {"dialoogbijeenkomst", "kleine-tafelgesprekken"} <= warned(a),
    ),
    (
        "escalatie-herstel: aftercare meeting",
        "escalatie",
        ["herstel-na-incident"],
        [],
        lambda a: "herstelbijeenkomst-nazorg" in formats(a, 3),
    ),
    (
        "spanning-gezamenlijk belang: a shared task",
        "spanning",
        ["gezamenlijk-belang-vinden"],
        [],
        lambda a: set(formats(a, 3)) & {"groen-of-klusproject", "bewonersavond-gedeeld-belang"},
    ),
    (
        "ongemak-nieuwe bewoners: welcome",
        "ongemak",
        ["kennismaken"],
        ["nieuwe-bewoners"],
        lambda a: set(formats(a, 5)) & {"welkomstbijeenkomst", "welkomstpakket"},
    ),
    (
        "spanning-ggz: experience experts",
        "spanning",
        ["vooroordelen-verminderen"],
        ["ggz"],
        lambda a: "bijeenkomst-ervaringsdeskundigen" in formats(a, 3),
    ),
    (
        "spanning: the information evening is warned and never recommended",
        "spanning",
        [],
        [],
        lambda a: "informatieavond" in warned(a) and "informatieavond" not in recommended(a),
    ),
    (
        "incidenten: tension is signalled and interpreted",
        "incidenten",
        ["spanning-verminderen"],
        [],
        lambda a: (
            {r.slug for r in a.recommended if r.kind == "tool"}
            & {"signaleren-spanningen", "duiden-spanningen"}
        ),
    ),
    (
        "ongemak-netwerk: a network instrument",
        "ongemak",
        ["netwerk-in-kaart-brengen"],
        [],
        lambda a: (
            {r.slug for r in a.recommended if r.kind == "tool"}
            & {"groslijst", "ecogram", "netwerkkaart", "genogram", "mantelscan"}
        ),
    ),
    (
        "ongemak-dementie: dementia-friendly neighbourhood",
        "ongemak",
        ["begrip-vergroten"],
        ["dementie"],
        lambda a: "training-dementievriendelijk" in formats(a, 3),
    ),
    (
        "own practice: reflection for the professional",
        "spanning",
        ["eigen-handelen-verbeteren"],
        [],
        lambda a: any(r.kind == "reflection" for r in a.learning) and len(a.learning) >= 3,
    ),
    (
        "incidenten: festive meetings warned",
        "incidenten",
        ["kennismaken"],
        ["nieuwe-bewoners"],
        lambda a: {"buurt-bbq", "burendag-koffie"} <= warned(a),
    ),
]


@pytest.mark.parametrize(
    ("level", "goals", "groups", "check"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN]
)
def test_golden_advice(level, goals, groups, check):
    advice = run(level, goals, groups)
    assert check(advice), (formats(advice, 6), sorted(warned(advice)))


def test_reasons_explain_the_ranking():
    advice = run("spanning", ["begrip-vergroten"], ["statushouders"])
    dialogue = next(r for r in advice.recommended if r.slug == "dialoogbijeenkomst")
    codes = [reason.code for reason in dialogue.reasons]
    assert codes[0] == "fit_recommended"
    assert "goal" in codes
    warning = next(w for w in advice.warnings if w.slug == "buurt-bbq")
    assert warning.reason  # the catalogue's own sentence on why not


SUGGESTIONS = [
    (
        "Bewoners leven langs elkaar heen en kennen elkaar niet. Ze groeten elkaar nauwelijks.",
        "ongemak",
    ),
    (
        "Er is veel onbegrip tussen oude en nieuwe bewoners, ze praten in wij-zij termen en mijden elkaar.",
        "spanning",
    ),
    (
        "Er zijn herhaaldelijk meldingen van overlast, een ruzie in het portiek en er is iets vernield.",
        "incidenten",
    ),
    (
        "Groepen staan tegenover elkaar, er wordt online opgeroepen tot een confrontatie en er was geweld.",
        "escalatie",
    ),
    (
        "Sinds de komst van nieuwe buren is er angst en wantrouwen; mensen hebben vooroordelen.",
        "spanning",
    ),
]


@pytest.mark.parametrize(("text", "level"), SUGGESTIONS)
def test_it_suggests_a_level_from_the_signals_in_the_text(text, level):
    suggestion = suggest_level(text)
    assert suggestion.level == level
    assert suggestion.signals, "it must say which words led to the suggestion"
    assert all(signal.split()[0] in text.lower() for signal in suggestion.signals)


@pytest.mark.parametrize(
    "text", ["", "Het is een wijk met veel groen.", "Er gebeurt van alles in 2024."]
)
def test_it_suggests_nothing_when_the_text_says_too_little(text):
    assert suggest_level(text).level is None


def test_the_professionals_choice_is_kept_and_the_difference_shown():
    advice = run("ongemak", text="Er was een vechtpartij en er wordt opgeroepen tot geweld.")
    assert advice.level == "ongemak"
    assert advice.suggestion.level == "escalatie"
    assert advice.levels_differ is True


def test_without_a_level_it_uses_the_suggestion_and_says_so():
    advice = run(None, text="Er is onbegrip en irritatie, mensen mijden elkaar.")
    assert (advice.level, advice.level_source) == ("spanning", "suggested")
    empty = run(None, text="Mooie wijk.")
    assert (empty.level, empty.recommended, empty.warnings) == (None, (), ())


def test_one_lucky_try_does_not_outrank_the_catalogue():
    fits = {"spanning": Fit("recommended", "past")}
    known = Candidate("a", "Dialoog", "meeting_format", fits=fits)
    lucky = Candidate(
        "b",
        "Iets anders",
        "meeting_format",
        fits={"spanning": Fit("conditional", "soms")},
        evidence={"spanning": Evidence(worked=1)},
    )
    advice = advise(Profile("spanning"), [lucky, known])
    assert [r.slug for r in advice.recommended] == ["a", "b"]
    practice = next(r for r in advice.recommended[1].reasons if r.code == "practice")
    assert (practice.param("worked"), practice.param("total")) == (1, 1)


def test_evidence_is_bounded_and_shrunk_for_small_numbers():
    assert evidence_score(None) == 0
    assert 0 < evidence_score(Evidence(worked=1)) < evidence_score(Evidence(worked=10)) < 1.5
    assert -1.5 < evidence_score(Evidence(did_not_work=50)) < 0
    assert evidence_score(Evidence(worked=3, did_not_work=1)) > 0


# ------------------------------------------------------------ properties

FIT_VALUES = st.sampled_from(["recommended", "conditional", "avoid"])
SLUGS = st.sampled_from(["a", "b", "c", "d", "e", "f", "g"])
candidates_strategy = st.lists(
    st.builds(
        Candidate,
        slug=st.uuids().map(str),
        name=st.text(min_size=1, max_size=8),
        kind=st.sampled_from(["meeting_format", "tool", "learning", "reflection"]),
        goals=st.frozensets(SLUGS, max_size=3),
        target_groups=st.frozensets(SLUGS, max_size=3),
        fits=st.dictionaries(st.sampled_from(LEVELS), st.builds(Fit, FIT_VALUES, st.just("r"))),
        evidence=st.dictionaries(
            st.sampled_from(LEVELS),
            st.builds(Evidence, st.integers(0, 30), st.integers(0, 30), st.integers(0, 30)),
        ),
    ),
    max_size=25,
    unique_by=lambda c: c.slug,
)
profiles = st.builds(
    Profile,
    level=st.sampled_from(LEVELS),
    goals=st.frozensets(SLUGS, max_size=3),
    target_groups=st.frozensets(SLUGS, max_size=3),
    text=st.text(max_size=40),
)


@settings(max_examples=300, deadline=None)
@given(profile=profiles, candidates=candidates_strategy)
def test_an_avoid_activity_is_never_recommended_at_its_level(profile, candidates):
    advice = advise(profile, candidates)
    avoid = {c.slug for c in candidates if c.fits.get(profile.level, Fit("", "")).fit == "avoid"}
    assert not avoid & {r.slug for r in advice.recommended + advice.learning}


@settings(max_examples=200, deadline=None)
@given(profile=profiles, candidates=candidates_strategy, data=st.randoms())
def test_the_same_input_gives_the_same_advice_in_any_order(profile, candidates, data):
    shuffled = list(candidates)
    data.shuffle(shuffled)
    assert advise(profile, candidates) == advise(profile, shuffled)
