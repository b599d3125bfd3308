"""Content rules for the curated knowledge base v2 (fixtures/catalogue.json).

Plain pytest on the JSON files: no database, no Django. The file also runs on its own:
``python3 tests/activities/test_catalogue_content.py``.

Goals and target groups are read from fixtures/vocabulary.json, and the new slugs of the v2
spec are accepted as well, because the vocabulary is rewritten in parallel. The situation types
are the five of situations/triage.py.
"""

import json
import re
from collections import Counter
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

FIT_KEYS = ("ongemak", "spanning", "incidenten", "escalatie", "nazorg")
CONFLICT_LEVELS = ("ongemak", "spanning", "incidenten")
FITS = {"recommended", "conditional", "avoid"}
KINDS = {"meeting_format", "tool", "casework", "learning", "reflection"}
LEVEL_NEUTRAL_KINDS = {"casework", "learning", "reflection"}
EVIDENCE_BASES = {"databank", "ccv", "research", "practice"}
EFFORTS = {"low", "medium", "high"}
CONDITIONS = {"care_need", "crime", "not_addressable", "acute_threat", "no_consent", "target_group"}

SITUATION_TYPES = {
    "tussen-groepen",
    "burenconflict",
    "overlast-een-bewoner",
    "strafbaar-feit",
    "eenzaamheid-meedoen",
}
NEW_GOALS = {
    "discriminatie-aanpakken",
    "meedoen-bevorderen",
    "eenzaamheid-verminderen",
    "bewonersinitiatief-versterken",
    "netwerk-in-kaart-brengen",
}
NEW_TARGET_GROUPS = {
    "arbeidsmigranten",
    "verslaving",
    "lhbtiq",
    "ex-gedetineerden",
    "laaggeletterden",
    "mantelzorgers",
}
# Goals that fit the acute phase of an escalation: safety, de-escalation, care and safety,
# reporting routes after discrimination.
ACUTE_GOALS = {
    "de-escaleren",
    "veiligheid-herstellen",
    "zorg-en-veiligheid-verbinden",
    "discriminatie-aanpakken",
}

FORBIDDEN = re.compile(
    r"nagegaan|niet gecontroleerd|geen bron gevonden|niet geverifieerd", re.IGNORECASE
)
BOILERPLATE = re.compile(r"in elke fase|in welke fase dan ook|helpt altijd", re.IGNORECASE)

RETIRED_EXPECTED = {
    "inclusiediamant",
    "werken-met-inclusiediamant",
    "veranderkizt-voorleggen",
    "experimenteren-vilans-manier",
    "leren-innoveren-tips",
    "keukentafelgesprek",
}

# Field limits of activities.models (a fixture that breaks them does not load).
MAX_LENGTHS = {
    "slug": 120,
    "name": 120,
    "summary": 400,
    "participants": 300,
    "duration": 120,
    "group_size": 120,
    "source_name": 200,
    "source_url": 500,
}


def _load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


CATALOGUE = _load("catalogue.json")
VOCABULARY = _load("vocabulary.json")
ACTIVITIES = CATALOGUE["activities"]
PUBLISHED = [a for a in ACTIVITIES if a.get("published", True)]
MEETING_FORMATS = [a for a in PUBLISHED if a["kind"] == "meeting_format"]
GOALS = {g["slug"] for g in VOCABULARY.get("goals", [])} | NEW_GOALS
TARGET_GROUPS = {g["slug"] for g in VOCABULARY.get("target_groups", [])} | NEW_TARGET_GROUPS
SITUATIONS = SITUATION_TYPES | {s["slug"] for s in VOCABULARY.get("situation_types", [])}


def _by_slug(slug):
    matches = [a for a in ACTIVITIES if a["slug"] == slug]
    assert matches, f"activity {slug!r} is missing from catalogue.json"
    return matches[0]


def _fit(activity, key):
    return activity["fits"].get(key, {}).get("fit")


def _user_texts(activity):
    """Every text a user can see, with a label for the failure message."""
    for name in ("name", "summary", "description", "participants", "evidence"):
        yield name, activity.get(name, "")
    for number, step in enumerate(activity.get("steps", []), 1):
        yield f"step {number}", step
    for key, fit in activity.get("fits", {}).items():
        yield f"fit {key}", fit.get("reason", "")
    for number, contra in enumerate(activity.get("contra_indications", []), 1):
        yield f"contra-indication {number}", contra.get("reason", "")


# --- shape -------------------------------------------------------------------------------------


def test_every_activity_has_the_v2_fields():
    required = {
        "slug", "name", "kind", "summary", "description", "steps", "participants", "effort",
        "duration", "group_size", "goals", "target_groups", "target_groups_required",
        "situation_types", "evidence", "evidence_basis", "source_name", "source_url",
        "keywords", "editorial_note", "published", "fits", "contra_indications",
    }  # fmt: skip
    problems = [
        f"{a.get('slug')}: missing {sorted(required - set(a))}"
        for a in ACTIVITIES
        if required - set(a)
    ]
    assert not problems, "Activities without all v2 fields:\n" + "\n".join(problems)


def test_kinds_efforts_and_evidence_bases_are_valid():
    problems = []
    for a in ACTIVITIES:
        if a["kind"] not in KINDS:
            problems.append(f"{a['slug']}: kind {a['kind']!r}")
        if a["effort"] not in EFFORTS:
            problems.append(f"{a['slug']}: effort {a['effort']!r}")
        if a["evidence_basis"] not in EVIDENCE_BASES:
            problems.append(f"{a['slug']}: evidence_basis {a['evidence_basis']!r}")
        if not isinstance(a["target_groups_required"], bool):
            problems.append(f"{a['slug']}: target_groups_required must be true or false")
    assert not problems, "Invalid values:\n" + "\n".join(problems)


def test_published_activities_are_complete():
    problems = []
    for a in PUBLISHED:
        for name in ("name", "summary", "description", "evidence", "source_name", "participants"):
            if not a[name].strip():
                problems.append(f"{a['slug']}: empty {name}")
        if len(a["steps"]) < 3:
            problems.append(f"{a['slug']}: fewer than 3 steps")
        if not a["goals"]:
            problems.append(f"{a['slug']}: no goal")
    assert not problems, "Incomplete published activities:\n" + "\n".join(problems)


def test_texts_fit_the_database_fields():
    problems = []
    for a in ACTIVITIES:
        for name, limit in MAX_LENGTHS.items():
            if len(a[name]) > limit:
                problems.append(f"{a['slug']}: {name} has {len(a[name])} > {limit} characters")
        if len(", ".join(a["keywords"])) > 300:
            problems.append(f"{a['slug']}: keywords longer than 300 characters")
        for key, fit in a["fits"].items():
            if len(fit["reason"]) > 400:
                problems.append(f"{a['slug']}: reason at {key} longer than 400 characters")
    assert not problems, "Texts too long for the model fields:\n" + "\n".join(problems)


def test_slugs_are_unique_and_retired_slugs_are_gone():
    counts = Counter(a["slug"] for a in ACTIVITIES)
    duplicates = sorted(slug for slug, n in counts.items() if n > 1)
    assert not duplicates, f"Duplicate activity slugs: {duplicates}"
    retired = set(CATALOGUE.get("retired", []))
    assert retired >= RETIRED_EXPECTED, f"Not retired yet: {sorted(RETIRED_EXPECTED - retired)}"
    still_there = sorted(retired & set(counts))
    assert not still_there, f"Retired slugs still among the activities: {still_there}"


def test_the_home_visit_replaces_the_keukentafelgesprek():
    visit = _by_slug("huisbezoek-buren")
    assert "keukentafelgesprek" not in visit["name"].lower(), (
        "huisbezoek-buren: keep the Wmo term out of the name"
    )


# --- vocabulary references ---------------------------------------------------------------------


def test_every_referenced_slug_exists():
    problems = []
    for a in ACTIVITIES:
        for goal in a["goals"]:
            if goal not in GOALS:
                problems.append(f"{a['slug']}: unknown goal {goal!r}")
        for group in a["target_groups"]:
            if group not in TARGET_GROUPS:
                problems.append(f"{a['slug']}: unknown target group {group!r}")
        for situation in a["situation_types"]:
            if situation not in SITUATIONS:
                problems.append(f"{a['slug']}: unknown situation type {situation!r}")
        if a["target_groups_required"] and not a["target_groups"]:
            problems.append(f"{a['slug']}: target_groups_required without target groups")
    assert not problems, "Unknown slugs:\n" + "\n".join(problems)


def test_all_five_situation_types_are_used():
    used = {s for a in PUBLISHED for s in a["situation_types"]}
    assert used >= SITUATION_TYPES, (
        f"Situation types no activity uses: {sorted(SITUATION_TYPES - used)}"
    )


# --- user-facing language ----------------------------------------------------------------------


def test_no_user_facing_text_admits_unchecked_sources():
    problems = [
        f"{a['slug']} ({label}): {text!r}"
        for a in ACTIVITIES
        for label, text in _user_texts(a)
        if FORBIDDEN.search(text)
    ]
    assert not problems, (
        "User-facing texts that say something was not checked (move it to editorial_note):\n"
        + "\n".join(problems)
    )


# --- fits --------------------------------------------------------------------------------------


def test_meeting_formats_and_tools_have_all_five_fits_with_reasons():
    problems = []
    for a in PUBLISHED:
        if a["kind"] not in {"meeting_format", "tool"}:
            continue
        if set(a["fits"]) != set(FIT_KEYS):
            problems.append(f"{a['slug']}: fits {sorted(a['fits'])}, expected {list(FIT_KEYS)}")
            continue
        for key in FIT_KEYS:
            fit = a["fits"][key]
            if fit.get("fit") not in FITS:
                problems.append(f"{a['slug']} at {key}: fit {fit.get('fit')!r}")
            if not fit.get("reason", "").strip():
                problems.append(f"{a['slug']} at {key}: empty reason")
    assert not problems, "Meeting formats and tools without a complete fit:\n" + "\n".join(problems)


def test_level_neutral_kinds_have_no_fits_or_five_different_ones():
    problems = []
    for a in ACTIVITIES:
        if a["kind"] not in LEVEL_NEUTRAL_KINDS or not a["fits"]:
            continue
        if set(a["fits"]) != set(FIT_KEYS):
            problems.append(f"{a['slug']}: either no fits or all five, not {sorted(a['fits'])}")
            continue
        reasons = {a["fits"][key]["reason"].strip() for key in FIT_KEYS}
        if len(reasons) < len(FIT_KEYS):
            problems.append(f"{a['slug']}: a level-specific fit needs a different reason per level")
    assert not problems, "Learning, reflection and casework items with fits:\n" + "\n".join(
        problems
    )


def test_few_meeting_formats_repeat_one_reason_for_every_level():
    same = [
        a["slug"]
        for a in MEETING_FORMATS
        if len({fit["reason"].strip() for fit in a["fits"].values()}) == 1
    ]
    allowed = len(MEETING_FORMATS) // 10
    assert len(same) <= allowed, (
        f"{len(same)} meeting formats give one reason for all levels (at most {allowed}): {same}"
    )


def test_no_reason_is_level_free_boilerplate():
    problems = [
        f"{a['slug']} at {key}: {fit['reason']!r}"
        for a in PUBLISHED
        for key, fit in a["fits"].items()
        if BOILERPLATE.search(fit["reason"])
    ]
    assert not problems, "Boilerplate reasons ('in elke fase'):\n" + "\n".join(problems)


def test_there_are_enough_published_meeting_formats():
    assert len(MEETING_FORMATS) >= 55, (
        f"Only {len(MEETING_FORMATS)} published meeting formats (need 55)"
    )


def test_each_conflict_level_has_ten_recommended_meeting_formats():
    for level in CONFLICT_LEVELS:
        recommended = [a["slug"] for a in MEETING_FORMATS if _fit(a, level) == "recommended"]
        assert len(recommended) >= 10, (
            f"{level}: only {len(recommended)} recommended meeting formats"
        )


def test_escalation_acute_phase_and_aftercare_together_have_ten_recommended():
    recommended = {
        a["slug"]
        for a in MEETING_FORMATS
        if "recommended" in (_fit(a, "escalatie"), _fit(a, "nazorg"))
    }
    assert len(recommended) >= 10, (
        f"escalatie + nazorg: only {len(recommended)} recommended meeting formats: {sorted(recommended)}"
    )


def test_what_is_recommended_in_the_acute_phase_serves_safety_or_reporting():
    problems = []
    for a in PUBLISHED:
        if _fit(a, "escalatie") != "recommended":
            continue
        if not set(a["goals"]) & ACUTE_GOALS:
            problems.append(
                f"{a['slug']}: recommended in the acute phase without an acute goal {a['goals']}"
            )
        acute_reason = a["fits"]["escalatie"]["reason"].strip()
        others = {a["fits"][key]["reason"].strip() for key in FIT_KEYS if key != "escalatie"}
        if acute_reason in others:
            problems.append(f"{a['slug']}: the acute-phase reason is copied from another level")
    assert not problems, (
        "Recommended in the acute phase without a reason of its own:\n" + "\n".join(problems)
    )


def test_dialogue_and_restoration_wait_for_the_aftercare():
    for slug in ("dialoogbijeenkomst", "herstelbijeenkomst-nazorg"):
        activity = _by_slug(slug)
        assert _fit(activity, "escalatie") in {"avoid", "conditional"}, (
            f"{slug}: not in the acute phase"
        )
        assert _fit(activity, "nazorg") == "recommended", f"{slug}: recommended in the aftercare"


def test_the_review_corrections_are_in_place():
    expectations = [
        ("mediation-professionals", "incidenten", {"conditional"}),
        ("kernteam-samos", "spanning", {"conditional"}),
        ("kernteam-samos", "incidenten", {"conditional"}),
        ("kernteam-samos", "escalatie", {"recommended"}),
        ("groepsbemiddeling", "spanning", {"conditional"}),
        ("groepsbemiddeling", "incidenten", {"recommended"}),
        ("afspraken-over-gedrag", "spanning", {"conditional"}),
        ("kennismakingsactiviteit", "spanning", {"conditional"}),
        ("burendag-koffie", "spanning", {"conditional"}),
        ("buurtschouw", "spanning", {"conditional"}),
        ("buurtbemiddeling", "ongemak", {"recommended"}),
        ("buurt-bbq", "spanning", {"avoid"}),
        ("informatieavond", "spanning", {"avoid"}),
        ("dialoogbijeenkomst", "spanning", {"recommended"}),
    ]
    problems = [
        f"{slug} at {level}: {_fit(_by_slug(slug), level)!r}, expected {sorted(expected)}"
        for slug, level, expected in expectations
        if _fit(_by_slug(slug), level) not in expected
    ]
    assert _by_slug("kernteam-samos")["kind"] == "tool", "kernteam-samos is a structure (tool)"
    for slug in ("genogram", "ecogram", "netwerkkaart", "groslijst", "mantelscan"):
        activity = _by_slug(slug)
        if activity["kind"] != "casework" or activity["fits"]:
            problems.append(f"{slug}: expected kind casework without fits")
    mediation_groups = set(_by_slug("mediation-professionals")["target_groups"]) & {"ggz", "lvb"}
    if mediation_groups:
        problems.append(f"mediation-professionals still tagged {sorted(mediation_groups)}")
    if _by_slug("bijeenkomst-ervaringsdeskundigen")["target_groups"] != ["ggz"]:
        problems.append("bijeenkomst-ervaringsdeskundigen: target groups should be only ggz")
    if _by_slug("buurtbemiddeling")["evidence_basis"] != "ccv":
        problems.append("buurtbemiddeling: evidence_basis should be ccv")
    if "goed beschreven" in _by_slug("buurtbemiddeling")["evidence"].lower():
        problems.append("buurtbemiddeling: 'goed beschreven' reads like a databank rating")
    experiment = _by_slug("hulpmiddel-experimenteren")
    if _fit(experiment, "escalatie") == "recommended":
        problems.append("hulpmiddel-experimenteren: you do not experiment during an escalation")
    assert not problems, "Review corrections missing:\n" + "\n".join(problems)


# --- contra-indications ------------------------------------------------------------------------


def test_contra_indications_are_valid():
    problems = []
    for a in ACTIVITIES:
        for contra in a["contra_indications"]:
            condition = contra.get("condition")
            if condition not in CONDITIONS:
                problems.append(f"{a['slug']}: unknown condition {condition!r}")
            if not contra.get("reason", "").strip():
                problems.append(f"{a['slug']}: contra-indication {condition!r} without a reason")
            if len(contra.get("reason", "")) > 400:
                problems.append(
                    f"{a['slug']}: contra-indication {condition!r} reason over 400 characters"
                )
            if condition == "target_group" and contra.get("target_group") not in TARGET_GROUPS:
                problems.append(
                    f"{a['slug']}: target_group {contra.get('target_group')!r} does not exist"
                )
            if condition != "target_group" and "target_group" in contra:
                problems.append(f"{a['slug']}: target_group given with condition {condition!r}")
    assert not problems, "Invalid contra-indications:\n" + "\n".join(problems)


def test_enough_activities_carry_contra_indications():
    with_contra = [a["slug"] for a in PUBLISHED if a["contra_indications"]]
    assert len(with_contra) >= 12, (
        f"Only {len(with_contra)} activities with contra-indications: {with_contra}"
    )


def test_mediation_and_buurtbemiddeling_exclude_care_needs_and_crime():
    for slug in ("mediation-professionals", "buurtbemiddeling"):
        conditions = {c["condition"] for c in _by_slug(slug)["contra_indications"]}
        missing = {"care_need", "crime", "not_addressable", "acute_threat"} - conditions
        assert not missing, f"{slug}: missing contra-indications {sorted(missing)}"


def test_psycho_education_needs_consent():
    conditions = {c["condition"] for c in _by_slug("psycho-educatie-buren")["contra_indications"]}
    assert "no_consent" in conditions, "psycho-educatie-buren: needs a no_consent contra-indication"


if __name__ == "__main__":
    import sys
    import traceback

    failed = 0
    tests = [(name, fn) for name, fn in sorted(globals().items()) if name.startswith("test_")]
    for name, fn in tests:
        try:
            fn()
        except AssertionError as error:
            failed += 1
            print(f"FAIL {name}\n{error}\n")
        except Exception:
            failed += 1
            print(f"ERROR {name}")
            traceback.print_exc()
    print(f"{len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
