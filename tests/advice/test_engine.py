"""The advice engine without a database: behaviour on small hand-made catalogues, and
properties that must hold for any input. Golden cases on the real catalogue live in
test_golden.py."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advice.engine import (
    AFTERCARE_KEY,
    EVIDENCE_MINIMUM,
    LEVELS,
    LOOK_FIRST,
    WARNINGS_UP_FRONT,
    Candidate,
    Contra,
    Evidence,
    Fit,
    Profile,
    Triage,
    advise,
    evidence_score,
)
from situations import triage

REC = Fit("recommended", "past goed")
COND = Fit("conditional", "past soms")
AVOID = Fit("avoid", "liever niet")


def meeting(slug, fit=REC, level="spanning", **kwargs):
    return Candidate(slug, slug.title(), "meeting_format", fits={level: fit}, **kwargs)


def slugs(items):
    return [item.slug for item in items]


def test_without_a_level_there_is_no_advice():
    advice = advise(Profile(None), [meeting("a")])
    assert (advice.recommended, advice.warnings, advice.look_first) == ((), (), ())


def test_every_recommended_activity_ranks_above_every_conditional_one():
    # The conditional one matches the goal, two target groups and the type; it still comes second.
    strong = meeting(
        "strong",
        COND,
        goals=frozenset({"begrip-vergroten"}),
        target_groups=frozenset({"lvb", "ggz"}),
        situation_types=frozenset({triage.TYPE_GROUPS}),
    )
    plain = meeting("plain", REC)
    profile = Profile(
        "spanning",
        goals=frozenset({"begrip-vergroten"}),
        target_groups=frozenset({"lvb", "ggz"}),
        situation_type=triage.TYPE_GROUPS,
    )
    evidence = {"strong": Evidence(worked=20, scope="level_type")}
    assert slugs(advise(profile, [strong, plain], evidence).recommended) == ["plain", "strong"]


def test_goals_groups_and_type_order_within_a_class():
    general = meeting("general")
    for_type = meeting("for-type", situation_types=frozenset({triage.TYPE_GROUPS}))
    for_goal = meeting("for-goal", goals=frozenset({"begrip-vergroten"}))
    profile = Profile(
        "spanning", situation_type=triage.TYPE_GROUPS, goals=frozenset({"begrip-vergroten"})
    )
    ranked = slugs(advise(profile, [general, for_goal, for_type]).recommended)
    assert ranked.index("general") == 2
    assert set(ranked[:2]) == {"for-type", "for-goal"}


def test_a_matching_contra_indication_turns_a_recommendation_into_a_warning_with_its_reason():
    mediation = meeting(
        "mediation",
        contra_indications=(Contra("care_need", "Niet bij een onbehandelde psychische stoornis."),),
    )
    profile = Profile("spanning", triage=Triage(care_need=triage.YES))
    advice = advise(profile, [mediation, meeting("other")])
    assert slugs(advice.recommended) == ["other"]
    (warning,) = advice.warnings
    assert (warning.slug, warning.code, warning.condition) == ("mediation", "contra", "care_need")
    assert warning.reason == "Niet bij een onbehandelde psychische stoornis."


def test_an_unanswered_triage_question_says_check_first_and_costs_a_little():
    risky = meeting("risky", contra_indications=(Contra("crime", "Eerst aangifte."),))
    safe = meeting("safe")
    advice = advise(Profile("spanning"), [risky, safe])
    assert slugs(advice.recommended) == ["safe", "risky"]
    codes = [reason.code for reason in advice.recommended[1].reasons]
    assert "check_first" in codes
    cleared = advise(Profile("spanning", triage=Triage(crime=triage.NO)), [risky, safe])
    assert "check_first" not in [
        r.code for r in cleared.recommended[0].reasons + cleared.recommended[1].reasons
    ]


@pytest.mark.parametrize(
    ("condition", "profile"),
    [
        ("care_need", Profile("incidenten", triage=Triage(care_need=triage.YES))),
        ("crime", Profile("incidenten", triage=Triage(crime=triage.YES))),
        ("not_addressable", Profile("incidenten", triage=Triage(addressable=triage.NO))),
        ("acute_threat", Profile("incidenten", triage=Triage(acute_threat=triage.YES))),
        ("acute_threat", Profile("escalatie", phase=triage.ACUTE)),
        ("no_consent", Profile("incidenten", triage=Triage(consent=triage.NO))),
    ],
)
def test_each_condition_matches_its_triage_answer(condition, profile):
    candidate = Candidate(
        "x",
        "X",
        "meeting_format",
        fits={"incidenten": REC, "escalatie": REC},
        contra_indications=(Contra(condition, "reden"),),
    )
    advice = advise(profile, [candidate])
    assert advice.recommended == ()
    assert advice.warnings[0].condition == condition


def test_an_excluded_target_group_is_a_contra_indication():
    candidate = meeting("x", contra_indications=(Contra("target_group", "Niet voor hen.", "lvb"),))
    assert (
        advise(Profile("spanning", target_groups=frozenset({"lvb"})), [candidate]).recommended == ()
    )
    assert slugs(advise(Profile("spanning"), [candidate]).recommended) == ["x"]


def test_the_aftercare_of_an_escalation_uses_its_own_fit():
    dialogue = Candidate(
        "dialoog",
        "Dialoog",
        "meeting_format",
        fits={
            "escalatie": Fit("avoid", "niet tijdens"),
            AFTERCARE_KEY: Fit("recommended", "nu wel"),
        },
    )
    acute = advise(Profile("escalatie", phase=triage.ACUTE), [dialogue])
    after = advise(Profile("escalatie", phase=triage.AFTERCARE), [dialogue])
    assert (acute.recommended, slugs(acute.warnings)) == ((), ["dialoog"])
    assert slugs(after.recommended) == ["dialoog"]
    assert after.recommended[0].reasons[0].param("level") == AFTERCARE_KEY


def test_activities_for_other_types_or_absent_groups_are_left_out():
    youth = meeting(
        "jongerenwerk", target_groups=frozenset({"jongeren"}), target_groups_required=True
    )
    groups_only = meeting("samos", situation_types=frozenset({triage.TYPE_GROUPS}))
    households = Profile("spanning", situation_type=triage.TYPE_HOUSEHOLDS)
    assert advise(households, [youth, groups_only]).recommended == ()
    with_youth = Profile(
        "spanning", situation_type=triage.TYPE_GROUPS, target_groups=frozenset({"jongeren"})
    )
    assert set(slugs(advise(with_youth, [youth, groups_only]).recommended)) == {
        "jongerenwerk",
        "samos",
    }
    # An unknown type does not exclude: the professional has not said yet.
    assert slugs(advise(Profile("spanning"), [groups_only]).recommended) == ["samos"]


def test_look_first_is_pinned_on_top_only_when_the_level_is_unsure():
    look = [meeting(slug, COND) for slug in LOOK_FIRST]
    other = meeting("other")
    unsure = advise(Profile("spanning", level_certain=False), [*look, other])
    assert slugs(unsure.look_first) == list(LOOK_FIRST)
    assert slugs(unsure.recommended) == ["other"]
    assert unsure.look_first[0].reasons[0].code == "look_first"
    sure = advise(Profile("spanning"), [*look, other])
    assert sure.look_first == ()
    assert slugs(sure.recommended)[0] == "other"


def test_at_most_three_warnings_up_front_the_contra_indicated_first():
    avoided = [meeting(f"avoid-{i}", AVOID) for i in range(6)]
    tempting = meeting(
        "mediation", REC, contra_indications=(Contra("acute_threat", "Niet bij dreiging."),)
    )
    advice = advise(
        Profile("spanning", triage=Triage(acute_threat=triage.YES)), [*avoided, tempting]
    )
    assert len(advice.warnings) == 7
    assert len(advice.warnings_up_front) == WARNINGS_UP_FRONT
    assert advice.warnings_up_front[0].slug == "mediation"
    assert len(advice.warnings_folded) == 4


def test_what_fitted_one_level_down_is_a_more_tempting_mistake():
    bbq = Candidate("bbq", "Bbq", "meeting_format", fits={"ongemak": REC, "spanning": AVOID})
    other = Candidate("zzz", "Aaa", "meeting_format", fits={"ongemak": AVOID, "spanning": AVOID})
    advice = advise(Profile("spanning"), [other, bbq])
    assert slugs(advice.warnings) == ["bbq", "zzz"]


def test_colleagues_outcomes_count_only_from_five_deployments():
    few = meeting("few")
    advice = advise(Profile("spanning"), [few], {"few": Evidence(worked=EVIDENCE_MINIMUM - 1)})
    assert "practice" not in [reason.code for reason in advice.recommended[0].reasons]
    many = meeting("many")
    outcomes = {"many": Evidence(worked=4, did_not_work=1, scope="level_type")}
    reason = next(
        r
        for r in advise(Profile("spanning"), [many], outcomes).recommended[0].reasons
        if r.code == "practice"
    )
    assert (reason.param("worked"), reason.param("total"), reason.param("scope")) == (
        4,
        5,
        "level_type",
    )


def test_evidence_is_bounded_and_shrunk_for_small_numbers():
    assert evidence_score(None) == 0
    assert evidence_score(Evidence(worked=EVIDENCE_MINIMUM - 1)) == 0
    assert 0 < evidence_score(Evidence(worked=5)) < evidence_score(Evidence(worked=50)) < 1.5
    assert -1.5 < evidence_score(Evidence(did_not_work=50)) < 0


def test_level_neutral_learning_is_matched_on_type_and_goals():
    learning = Candidate(
        "intervisie", "Intervisie", "reflection", goals=frozenset({"eigen-handelen-verbeteren"})
    )
    for_type = Candidate(
        "leren-na-escalatie",
        "Leren",
        "learning",
        situation_types=frozenset({triage.TYPE_GROUPS}),
    )
    profile = Profile("escalatie", phase=triage.AFTERCARE, situation_type=triage.TYPE_GROUPS)
    advice = advise(profile, [learning, for_type])
    assert slugs(advice.learning) == ["leren-na-escalatie", "intervisie"]
    assert advice.learning[1].reasons[0].code == "fit_neutral"


def test_casework_only_when_one_resident_or_a_care_need_is_at_the_centre():
    genogram = Candidate("genogram", "Genogram", "casework")
    assert advise(Profile("spanning", situation_type=triage.TYPE_GROUPS), [genogram]).casework == ()
    care = Profile("incidenten", triage=Triage(care_need=triage.YES))
    assert slugs(advise(care, [genogram]).casework) == ["genogram"]


# ------------------------------------------------------------ properties

FIT_VALUES = st.sampled_from(["recommended", "conditional", "avoid"])
FIT_KEYS = st.sampled_from([*LEVELS, AFTERCARE_KEY])
SLUGS = st.sampled_from(["a", "b", "c", "d", "e", "f", "g"])
TYPES = st.sampled_from(triage.SITUATION_TYPES)
CONDITIONS = st.sampled_from(
    ["care_need", "crime", "not_addressable", "acute_threat", "no_consent", "target_group"]
)
ANSWER = st.sampled_from(triage.ANSWERS)

contras = st.builds(
    lambda condition, group: Contra(condition, "r", group if condition == "target_group" else ""),
    CONDITIONS,
    SLUGS,
)
candidates_strategy = st.lists(
    st.builds(
        Candidate,
        slug=st.uuids().map(str),
        name=st.text(min_size=1, max_size=8),
        kind=st.sampled_from(["meeting_format", "tool", "casework", "learning", "reflection"]),
        goals=st.frozensets(SLUGS, max_size=3),
        target_groups=st.frozensets(SLUGS, max_size=3),
        target_groups_required=st.booleans(),
        situation_types=st.frozensets(TYPES, max_size=2),
        effort=st.sampled_from(["low", "medium", "high"]),
        fits=st.dictionaries(FIT_KEYS, st.builds(Fit, FIT_VALUES, st.just("r"))),
        contra_indications=st.lists(contras, max_size=2).map(tuple),
    ),
    max_size=25,
    unique_by=lambda c: c.slug,
)
profiles = st.builds(
    Profile,
    level=st.sampled_from(LEVELS),
    level_certain=st.booleans(),
    phase=st.sampled_from(["", triage.ACUTE, triage.AFTERCARE]),
    situation_type=st.none() | TYPES,
    triage=st.builds(
        Triage, st.sampled_from(triage.PARTIES), ANSWER, ANSWER, ANSWER, ANSWER, ANSWER
    ),
    goals=st.frozensets(SLUGS, max_size=3),
    target_groups=st.frozensets(SLUGS, max_size=3),
)


def _contra_indicated(candidate, profile):
    from advice.engine import matched_contra

    return matched_contra(candidate, profile) is not None


@settings(max_examples=300, deadline=None)
@given(profile=profiles, candidates=candidates_strategy)
def test_a_contra_indicated_or_avoided_activity_is_never_recommended(profile, candidates):
    advice = advise(profile, candidates)
    offered = {
        r.slug for r in advice.recommended + advice.look_first + advice.casework + advice.learning
    }
    for candidate in candidates:
        fit = candidate.fits.get(profile.fit_key)
        if _contra_indicated(candidate, profile) or (fit is not None and fit.fit == "avoid"):
            assert candidate.slug not in offered


@settings(max_examples=300, deadline=None)
@given(profile=profiles, candidates=candidates_strategy)
def test_a_recommended_activity_never_ranks_below_a_conditional_one(profile, candidates):
    advice = advise(profile, candidates)
    for kind in ("meeting_format", "tool"):
        fits = [r.fit for r in advice.of_kind(kind)]
        assert fits == sorted(fits, key=lambda fit: fit != "recommended")


@settings(max_examples=200, deadline=None)
@given(profile=profiles, candidates=candidates_strategy, data=st.randoms())
def test_the_same_input_gives_the_same_advice_in_any_order(profile, candidates, data):
    shuffled = list(candidates)
    data.shuffle(shuffled)
    outcomes = {
        candidate.slug: Evidence(data.randint(0, 9), data.randint(0, 9), data.randint(0, 9))
        for candidate in candidates[::2]
    }
    reordered = dict(reversed(list(outcomes.items())))
    assert advise(profile, candidates, outcomes) == advise(profile, shuffled, reordered)
