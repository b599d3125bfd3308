"""The free-text helper (advice.text): accuracy over realistic descriptions, the vocabulary's own
signal texts, and the reading rules (negation, compounds, inflection, informal words, time).

Pure Python: runs without Django or a database
(`pytest tests/advice -p no:django -p no:cacheprovider`).
"""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from advice.text import (
    SignalEntry,
    Suggestion,
    TermEntry,
    TextAnalysis,
    Vocabulary,
    analyse,
    vocabulary_from_fixture,
)
from situations import triage
from tests.advice.descriptions import CASES, LATER
from tests.advice.descriptions_blind import BLIND_1, BLIND_2
from tests.advice.descriptions_blind_3 import BLIND_3, BLIND_4

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return vocabulary_from_fixture(
        json.loads((ROOT / "fixtures" / "vocabulary.json").read_text("utf-8"))
    )


def level(text, vocab):
    result = analyse(text, vocab)
    return result.level.value if result.level else None


def signal_slugs(text, vocab):
    return [s.value for s in analyse(text, vocab).signals]


# ------------------------------------------------------------------ accuracy over the set


def test_level_accuracy_over_descriptions(vocab):
    hits, wrong, none, report = 0, 0, 0, []
    for number, case in enumerate(CASES):
        got = level(case.text, vocab)
        if got == case.level:
            hits += 1
        elif got is None:
            none += 1
            report.append(f"  [{number}] none, want {case.level}: {case.text[:70]}")
        else:
            wrong += 1
            report.append(f"  [{number}] {got}, want {case.level}: {case.text[:70]}")
    total = len(CASES)
    later = CASES[-LATER:]
    later_hits = sum(level(c.text, vocab) == c.level for c in later)
    print(
        f"\nlevel acceptable {hits}/{total} = {hits / total:.0%} (wrong level {wrong}, no suggestion {none})"
    )
    print(f"of which written after the first vocabulary: {later_hits}/{len(later)}")
    print("\n".join(report))
    assert total >= 65
    assert hits / total >= 0.80
    assert wrong / total <= 0.10  # a wrong level is worse than none


def _score(cases, vocab):
    hits, wrong, none, report = 0, 0, 0, []
    for number, case in enumerate(cases):
        got = level(case.text, vocab)
        if got == case.level:
            hits += 1
        elif got is None:
            none += 1
            report.append(f"  [{number}] none, want {case.level}: {case.text[:70]}")
        else:
            wrong += 1
            report.append(f"  [{number}] {got}, want {case.level}: {case.text[:70]}")
    return hits, wrong, none, report


def test_level_accuracy_over_blind_descriptions(vocab):
    """Descriptions written before reading the cue words (BLIND_1 and BLIND_3, used afterwards to
    find general weaknesses) and after the fixes (BLIND_2 and BLIND_4, never tuned on). A "no
    suggestion" is a miss; a wrong level is worse. The thresholds hold over all sets together."""
    total_hits = total_wrong = total = 0
    blind_sets = (
        ("BLIND_1", BLIND_1),
        ("BLIND_2", BLIND_2),
        ("BLIND_3", BLIND_3),
        ("BLIND_4", BLIND_4),
    )
    for name, cases in blind_sets:
        hits, wrong, none, report = _score(cases, vocab)
        print(
            f"\n{name}: exact {hits}/{len(cases)} = {hits / len(cases):.0%}, "
            f"no suggestion {none}, wrong {wrong}"
        )
        print("\n".join(report))
        total_hits, total_wrong, total = total_hits + hits, total_wrong + wrong, total + len(cases)
    print(
        f"blind level acceptable {total_hits}/{total} = {total_hits / total:.0%}, "
        f"wrong {total_wrong}"
    )
    hits, wrong, none, _ = _score(CASES, vocab)
    print(f"original level acceptable {hits}/{len(CASES)} = {hits / len(CASES):.0%}")
    assert total >= 135
    assert total_hits / total >= 0.80
    assert total_wrong / total <= 0.10
    assert hits / len(CASES) >= 0.95


def test_blind_set_distribution():
    per_level = {lvl: sum(c.level == lvl for c in BLIND_1) for lvl in triage.LEVEL_ORDER}
    assert all(count >= 10 for count in per_level.values()), per_level
    assert sum(c.parties == triage.NOBODY for c in BLIND_1) >= 5
    assert len(BLIND_1) >= 50 and len(BLIND_2) >= 25
    per_level = {lvl: sum(c.level == lvl for c in BLIND_3) for lvl in triage.LEVEL_ORDER}
    assert all(count >= 10 for count in per_level.values()), per_level
    assert sum(c.parties == triage.NOBODY for c in BLIND_3) >= 2
    assert len(BLIND_3) >= 40 and len(BLIND_4) >= 20


def test_level_distribution_of_the_set():
    per_level = {lvl: sum(c.level == lvl for c in CASES) for lvl in triage.LEVEL_ORDER}
    assert all(count >= 12 for count in per_level.values()), per_level
    assert sum(c.parties == triage.NOBODY for c in CASES) >= 6


def test_triage_type_group_and_phase_agreement(vocab):
    """Printed figures; asserted loosely: a suggestion may be missing, but should rarely be wrong."""
    counts = {}

    def tally(name, want, got):
        right, wrong, asked = counts.get(name, (0, 0, 0))
        asked += 1
        if got == want:
            right += 1
        elif got is not None:
            wrong += 1
        counts[name] = (right, wrong, asked)

    group_found = group_wanted = group_extra = 0
    for case in CASES:
        result = analyse(case.text, vocab)
        if case.parties:
            answer = result.answer("parties")
            tally("parties", case.parties, answer.value if answer else None)
        for question, want in case.answers.items():
            answer = result.answer(question)
            tally(question, want, answer.value if answer else None)
        if case.type:
            tally("type", case.type, result.situation_type.value if result.situation_type else None)
        if case.phase:
            tally("phase", case.phase, result.phase.value if result.phase else None)
        got_groups = {g.value for g in result.target_groups}
        group_wanted += len(case.groups)
        group_found += len(set(case.groups) & got_groups)
        if case.groups:
            group_extra += len(got_groups - set(case.groups))
    print()
    for name, (right, wrong, asked) in sorted(counts.items()):
        print(f"{name:13} right {right}/{asked}, wrong {wrong}")
    print(f"target groups found {group_found}/{group_wanted}, extra {group_extra}")
    assert group_found / group_wanted >= 0.8
    phase_right, phase_wrong, phase_asked = counts["phase"]
    assert phase_right / phase_asked >= 0.8 and phase_wrong <= 1
    for name, (_right, wrong, asked) in counts.items():
        assert wrong <= max(2, asked // 5), name


# ------------------------------------------------------------------ the vocabulary's own signals


def test_every_signal_text_suggests_its_own_signal_and_level(vocab):
    ok, misses = 0, []
    for signal in vocab.signals:
        result = analyse(signal.phrases[0], vocab)
        own = any(s.value == signal.slug for s in result.signals)
        if own and result.level and result.level.value == signal.level:
            ok += 1
        else:
            misses.append(f"  {signal.slug}: {signal.phrases[0]}")
    total = len(vocab.signals)
    print(f"\nsignals own level {ok}/{total} = {ok / total:.0%}")
    print("\n".join(misses))
    assert ok / total >= 0.90


def test_vocabulary_fixture_shape():
    data = json.loads((ROOT / "fixtures" / "vocabulary.json").read_text("utf-8"))
    assert all("signals" not in level for level in data["levels"])
    per_level = {}
    for signal in data["signals"]:
        per_level[signal["level"]] = per_level.get(signal["level"], 0) + 1
        assert signal["phase"] in ("", "aftercare")
        assert signal["synonyms"] and signal["text"]
    assert all(per_level[lvl] >= 10 for lvl in triage.LEVEL_ORDER), per_level
    aftercare = [s for s in data["signals"] if s["phase"] == "aftercare"]
    assert 2 <= len(aftercare) <= 3 and all(s["level"] == "escalatie" for s in aftercare)
    assert [t["slug"] for t in data["situation_types"]] == list(triage.SITUATION_TYPES)
    slugs = [s["slug"] for s in data["signals"]]
    assert len(slugs) == len(set(slugs))
    brand = next(s for s in data["signals"] if "brand" in s["slug"])
    assert brand["level"] == "escalatie"


# ------------------------------------------------------------------ reading rules


@pytest.mark.parametrize(
    "text",
    [
        "Er is geen overlast in de straat.",
        "De buurman is niet bedreigd.",
        "Ze hebben nooit ruzie gehad.",
        "Het feest verliep zonder incidenten of ruzie.",
        "Er zijn geen scheldpartijen geweest.",
        "Er is niet gevochten.",
    ],
)
def test_negation_does_not_tick(text, vocab):
    assert level(text, vocab) is None, analyse(text, vocab)


def test_negation_stays_in_its_clause(vocab):
    assert (
        level("Er is geen overlast, maar de buren schelden elkaar wel uit.", vocab) == "incidenten"
    )
    assert "incidenten-ruzie" in signal_slugs("Er is niet alleen overlast, er is ook ruzie.", vocab)
    # A phrase that holds its own negation still ticks: "groeten elkaar niet".
    assert "ongemak-groeten-niet" in signal_slugs("Bewoners groeten elkaar niet.", vocab)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Er is al maanden een burenruzie.", "incidenten-ruzie"),
        ("Veel drugsoverlast bij het portiek.", "incidenten-drugs"),
        ("Klachten over jongerenoverlast bij de school.", "incidenten-overlast"),
        ("Geluidsoverlast van de bovenburen.", "incidenten-overlast"),
    ],
)
def test_compounds(text, signal, vocab):
    assert signal in signal_slugs(text, vocab)


def test_compound_target_group(vocab):
    groups = [g.value for g in analyse("Hangjongeren bij het winkelcentrum.", vocab).target_groups]
    assert groups == ["jongeren"]
    # "wantrouwen" is not "rouwen", "mevrouw" is not "rouw".
    result = analyse("Een mevrouw uit de flat zegt dat er wantrouwen is.", vocab)
    assert result.phase is None and level("Bewoners wantrouwen elkaar.", vocab) == "spanning"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("De buren scholden elkaar uit.", "incidenten-schelden"),
        ("Ze schelden elkaar uit bij de lift.", "incidenten-schelden"),
        ("Hij bedreigde de onderbuurvrouw.", "incidenten-dreigen"),
        ("Het bushokje is vernield.", "incidenten-vernieling"),
        ("Er is gisteren gevochten op het plein.", "escalatie-geweld"),
        ("Ze vochten op straat.", "escalatie-geweld"),
        ("Bewoners klaagden bij de corporatie.", "ongemak-klagen-bij-derden"),
    ],
)
def test_inflected_and_past_forms(text, signal, vocab):
    assert signal in signal_slugs(text, vocab)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er is mot in de portiek.", "incidenten"),
        ("Al weken heibel met de buren.", "incidenten"),
        ("Knokpartij bij de snackbar.", "escalatie"),
        ("De jongens gingen matten op het plein.", "escalatie"),
        ("Er is wat gedoe over parkeren.", "ongemak"),
        ("Veel gezeik over de vuilnis.", "ongemak"),
        ("Ze kankeren over de fietsen in de gang.", "ongemak"),
    ],
)
def test_informal_words(text, expected, vocab):
    assert level(text, vocab) == expected


def test_long_ago_is_not_current(vocab):
    assert level("Jaren geleden was er een vechtpartij in de straat.", vocab) is None
    assert level("Vroeger was er veel ruzie, nu groeten bewoners elkaar niet.", vocab) == "ongemak"
    today = date(2026, 12, 1)
    assert analyse("In 2012 waren hier rellen.", vocab, today=today).level is None
    assert analyse("In 2026 waren hier rellen.", vocab, today=today).level.value == "escalatie"


@pytest.mark.parametrize(
    "text",
    [
        "Sinds de schietpartij durven ouders hun kinderen niet buiten te laten spelen.",
        "Na de rellen is het stil in de wijk.",
        "In de nasleep van de brand willen bewoners praten.",
    ],
)
def test_aftercare(text, vocab):
    result = analyse(text, vocab)
    assert result.level == Suggestion("escalatie", result.level.words)
    assert result.phase is not None and result.phase.value == triage.AFTERCARE
    assert all(
        s.value.startswith("escalatie-nazorg") or not s.value.startswith("escalatie")
        for s in result.signals
    )


def test_acute_escalation(vocab):
    result = analyse(
        "Twee groepen staan op straat tegenover elkaar, een paar jongens hebben messen.", vocab
    )
    assert result.level.value == "escalatie" and result.phase.value == triage.ACUTE
    assert result.answer("acute_threat").value == triage.YES


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Vergadering om tien uur in het wijkcentrum.",
        "Er is sprake van spanning.",
        "De situatie dreigt een escalatie te worden.",
        "Hoe voorkom ik dat er ruzie komt?",
        "Bewoners zijn bang dat er ruzie komt.",
    ],
)
def test_no_suggestion_when_unsure(text, vocab):
    result = analyse(text, vocab)
    if "bang" in text:  # fear of a quarrel is spanning, never incidenten
        assert result.level is None or result.level.value == "spanning"
        return
    assert result.level is None and result.confidence == "none"


# ------------------------------------------------------------------ triage, groups, type


def test_triage_one_resident_with_care_need(vocab):
    result = analyse(
        "Een bewoner met een psychose schreeuwt 's nachts op de galerij. Hij is niet aanspreekbaar.",
        vocab,
    )
    assert result.answer("care_need") == Suggestion("yes", result.answer("care_need").words)
    assert "psychose" in result.answer("care_need").words
    assert result.answer("addressable").value == "no"
    assert {"niet", "aanspreekbaar"} <= set(result.answer("addressable").words)
    assert result.answer("parties").value == triage.ONE_RESIDENT
    assert result.situation_type.value == triage.TYPE_ONE_RESIDENT
    assert [g.value for g in result.target_groups] == ["ggz"]
    assert result.target_groups[0].words == ("psychose",)


def test_triage_crime_comes_first(vocab):
    result = analyse(
        "Op de deur van het gezin is een hakenkruis gekrast. Ze hebben aangifte gedaan.", vocab
    )
    crime = result.answer("crime")
    assert crime.value == "yes" and {"hakenkruis", "aangifte"} <= set(crime.words)
    assert result.situation_type == Suggestion(triage.TYPE_CRIME, crime.words)


def test_triage_groups_and_households(vocab):
    groups = analyse(
        "Twee groepen jongeren uit verschillende wijken schelden elkaar uit; wij en zij.", vocab
    )
    assert groups.answer("parties").value == triage.GROUPS
    assert groups.situation_type.value == triage.TYPE_GROUPS
    buren = analyse("Burenruzie tussen de bovenburen en de onderburen over de schutting.", vocab)
    assert buren.answer("parties").value == triage.HOUSEHOLDS
    assert buren.situation_type.value == triage.TYPE_HOUSEHOLDS


def test_triage_nobody_for_loneliness(vocab):
    result = analyse("Een oudere weduwe is eenzaam en komt nauwelijks buiten.", vocab)
    assert result.answer("parties").value == triage.NOBODY
    assert result.situation_type.value == triage.TYPE_NO_CONFLICT
    assert {g.value for g in result.target_groups} == {"ouderen", "eenzame-bewoners"}


def test_negated_care_need_says_no(vocab):
    result = analyse("Er spelen geen psychische problemen; het is gewoon een ruzie.", vocab)
    assert result.answer("care_need").value == "no"


def test_consent(vocab):
    assert (
        analyse("De bewoner wil niet dat we het met de buren bespreken.", vocab)
        .answer("consent")
        .value
        == "no"
    )
    assert (
        analyse("Hij heeft toestemming gegeven om het te bespreken.", vocab).answer("consent").value
        == "yes"
    )


def test_target_groups_with_words(vocab):
    result = analyse(
        "Een buurman met een licht verstandelijke beperking wordt gepest door arbeidsmigranten.",
        vocab,
    )
    by_slug = {g.value: g.words for g in result.target_groups}
    assert set(by_slug) == {"lvb", "arbeidsmigranten"}
    assert by_slug["arbeidsmigranten"] == ("arbeidsmigranten",)
    assert result.answer("care_need").value == "yes"


def test_words_are_exact_text(vocab):
    text = "De BUREN scholden elkaar UIT en er was Heibel."
    result = analyse(text, vocab)
    for suggestion in (*result.signals, *result.target_groups, result.level):
        for word in suggestion.words:
            assert word in text


def test_level_words_are_those_of_its_signals(vocab):
    result = analyse("Er wordt gedeald en gescholden in het portiek.", vocab)
    assert result.level.value == "incidenten"
    assert set(result.level.words) <= {w for s in result.signals for w in s.words}
    assert result.confidence in ("high", "medium")


def test_confidence_levels(vocab):
    assert analyse("Ruzie.", vocab).confidence == "low"
    strong = analyse("Buren maken ruzie, schelden elkaar uit en er komen steeds meldingen.", vocab)
    assert strong.confidence == "high"


# ------------------------------------------------------------------ API and determinism


def test_small_hand_made_vocabulary():
    vocab = Vocabulary(
        signals=(SignalEntry("a-ruzie", "incidenten", "", ("Ruzie tussen buren", "heibel")),),
        target_groups=(TermEntry("ouderen", ("Ouderen", "senioren")),),
        situation_types=(),
    )
    result = analyse("De senioren hebben heibel.", vocab)
    assert isinstance(result, TextAnalysis)
    assert result.signals == (Suggestion("a-ruzie", ("heibel",)),)
    assert result.target_groups == (Suggestion("ouderen", ("senioren",)),)
    assert result.level == Suggestion("incidenten", ("heibel",))
    assert result.answer("nonsense") is None


def test_deterministic_in_process(vocab):
    for case in CASES[:20]:
        assert analyse(case.text, vocab) == analyse(case.text, vocab)


def test_deterministic_across_processes():
    """Different hash seeds, same result: no set order leaks into the output."""
    script = (
        "import json; from advice.text import analyse, vocabulary_from_fixture;"
        "from tests.advice.descriptions import CASES;"
        "v = vocabulary_from_fixture(json.load(open('fixtures/vocabulary.json', encoding='utf-8')));"
        "print(repr([analyse(c.text, v) for c in CASES]))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        outputs.add(out.stdout)
    assert len(outputs) == 1


def test_import_is_cheap():
    """Importing advice.text does not load the lemmatizer."""
    out = subprocess.run(
        [sys.executable, "-c", "import sys, advice.text; print('simplemma' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ keeping harmless texts low


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw is gevallen en heeft letsel aan haar heup, ze zit nu thuis.",
        "We hebben de flyer op Facebook en in de buurtapp gezet.",
        "Meneer heeft schulden en krijgt hulp van schuldhulpverlening.",
        "Mevrouw heeft kanker en haar dochter is mantelzorger.",
        "Hij slaat een praatje met iedereen op de markt.",
        "Ze vechten voor een betere speeltuin in de wijk.",
        "Er was een mooie herdenking op 4 mei bij het monument.",
        "Na de opname krijgt hij nazorg vanuit de GGZ.",
        "We roepen bewoners op om mee te denken over het plein.",
        "Er staat een oproep in de buurtkrant voor vrijwilligers.",
        "We verzamelen om tien uur bij het buurthuis.",
        "De woonconsulent meldt dat de zorg is opgestart.",
        "Er dreigt een huisuitzetting.",
        "Jongens schoppen herrie op het plein.",
        "Hij slaat de deur dicht als de buurvrouw aanbelt.",
        "De jongeren hangen rond bij het winkelcentrum, maar doen niemand kwaad.",
    ],
)
def test_harmless_texts_stay_low(text, vocab):
    """Everyday words that look like a cue ("aan", "slaan", "oproepen", "nazorg") do not push a
    harmless text up: no suggestion, or at most ongemak."""
    assert level(text, vocab) in (None, "ongemak"), analyse(text, vocab)


def test_feelings_stay_below_incidents(vocab):
    assert level("Bewoners voelen zich bedreigd door de groep jongeren.", vocab) == "spanning"
    assert level("Er is een onveilig gevoel op het plein.", vocab) == "spanning"
    assert level("De sfeer is grimmig.", vocab) == "spanning"
    text = (
        "Ouders durven niet meer naar het park. Er is nog niets gebeurd, maar het voelt niet goed."
    )
    assert level(text, vocab) == "spanning"
    assert level("Ouders durven niet meer naar het park.", vocab) == "incidenten"


def test_soft_escalation_words(vocab):
    assert level("Er gaan geruchten dat de flat gesloopt wordt.", vocab) == "spanning"
    assert level("Er kwam veel protest tegen de bomenkap.", vocab) == "spanning"
    assert level("Er gaan geruchten rond en er is met stenen gegooid.", vocab) == "escalatie"


def test_out_of_hand_between_neighbours_is_an_incident(vocab):
    text = "De burenruzie loopt uit de hand: ze schelden elkaar uit en de buurman bedreigde haar."
    assert level(text, vocab) == "incidenten"
    assert (
        level("Het dreigt uit de hand te lopen tussen de groepen jongeren.", vocab) == "escalatie"
    )


def test_complaints_about_a_group(vocab):
    assert "spanning-klachten-over-groep" in signal_slugs(
        "Bewoners klagen steeds over de statushouders.", vocab
    )
    assert level("Bewoners klagen over de arbeidsmigranten in het pand.", vocab) == "spanning"


def test_social_media_needs_heat(vocab):
    assert level("We hebben de activiteit op Facebook gezet.", vocab) is None
    text = "In de Facebookgroep loopt een felle discussie over de opvang."
    assert "spanning-online-discussie" in signal_slugs(text, vocab)


def test_separable_particle_is_no_preposition(vocab):
    assert "escalatie-geweld" in signal_slugs("De jongens vielen de buurman aan.", vocab)
    assert "escalatie-geweld" not in signal_slugs("Ze viel en had pijn aan haar knie.", vocab)


def test_diminutives_and_misspellings(vocab):
    assert "incidenten-ruzie" in signal_slugs("Er was een ruzietje tussen de buren.", vocab)
    assert "incidenten-dreigen" in signal_slugs("De buurman is erg agresief.", vocab)


def test_a_later_sentence_puts_a_year_long_ago(vocab):
    text = "In 2015 waren er rellen. Nu, jaren later, groeten bewoners elkaar niet."
    assert level(text, vocab) == "ongemak"


def test_weak_cue_gives_a_low_suggestion(vocab):
    result = analyse("De overburen hebben een hond die veel blaft, ze heeft er last van.", vocab)
    assert result.level is not None and result.level.value == "ongemak"
    result = analyse("Mevrouw heeft last van de buren.", vocab)
    assert result.level.value == "ongemak" and result.confidence == "low"


def test_an_article_does_not_turn_residents_into_one_resident(vocab):
    groups = analyse("Oudere bewoners en jongeren mijden elkaar bij het winkelcentrum.", vocab)
    assert groups.answer("parties").value == triage.GROUPS
    one = analyse("Een bewoner met verward gedrag schreeuwt 's nachts in het portiek.", vocab)
    assert one.answer("parties").value == triage.ONE_RESIDENT


def test_a_welcome_for_everyone_is_no_prejudice(vocab):
    result = analyse("Nieuwe bewoners uit alle landen: ze zijn allemaal welkom.", vocab)
    assert not any(s.value.startswith("spanning") for s in result.signals)


def test_putting_someone_under_pressure_is_intimidation(vocab):
    result = analyse(
        "Een groepje jongens zet de buurvrouw onder druk om haar deur open te doen.", vocab
    )
    assert result.level is not None and result.level.value == "incidenten"
