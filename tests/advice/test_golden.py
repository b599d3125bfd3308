"""Golden cases on the real catalogue (fixtures/catalogue.json), per situation type: what a
Dutch neighbourhood professional would defend to her team lead, and what she must never be
advised. Pure Python: the fixture is read as the selectors would read the database."""

import json
from functools import cache
from pathlib import Path

import pytest

from advice.engine import Candidate, Contra, Fit, Profile, Triage, advise, matched_contra
from situations import triage as t

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
            target_groups_required=a.get("target_groups_required", False),
            situation_types=frozenset(a.get("situation_types", [])),
            effort=a["effort"],
            fits={key: Fit(f["fit"], f["reason"]) for key, f in a["fits"].items()},
            contra_indications=tuple(
                Contra(c["condition"], c["reason"], c.get("target_group", ""))
                for c in a.get("contra_indications", [])
            ),
        )
        for a in data["activities"]
        if a["published"]
    )


def approaches(advice, n=8):
    return [r.slug for r in advice.of_kind("meeting_format")][:n]


def up_front(advice):
    return {w.slug for w in advice.warnings_up_front}


def warned(advice):
    return {w.slug for w in advice.warnings}


MEDIATION = {"mediation-professionals", "buurtbemiddeling"}
CRIME_ROUTE = {
    "melding-antidiscriminatievoorziening",
    "steun-bij-aangifte",
    "slachtofferhulp-en-steun",
    "snel-herstel-en-normstelling",
}
CARE_ROUTE = {
    "wijk-ggd-er",
    "meldpunt-zorg-en-overlast",
    "zorg-en-veiligheidshuis",
    "casusoverleg-partners",
}
SAFETY_FIRST = {
    "crisisstructuur-driehoek",
    "inzet-sleutelfiguren",
    "de-escalerende-communicatie",
    "kernteam-samos",
}
DIALOGUE = {"dialoogbijeenkomst", "kleine-tafelgesprekken", "deep-democracy", "socratisch-gesprek"}
FESTIVE = {"buurt-bbq", "burendag-koffie", "kennismakingsactiviteit"}

PSYCHOSIS = Profile(
    "incidenten",
    situation_type=t.TYPE_ONE_RESIDENT,
    triage=Triage(parties=t.ONE_RESIDENT, care_need=t.YES, addressable=t.NO),
    target_groups=frozenset({"ggz"}),
)
LVB_NUISANCE = Profile(
    "incidenten",
    situation_type=t.TYPE_ONE_RESIDENT,
    triage=Triage(parties=t.HOUSEHOLDS, care_need=t.YES),
    target_groups=frozenset({"lvb"}),
)
SWASTIKA = Profile(
    "incidenten",
    situation_type=t.TYPE_CRIME,
    triage=Triage(parties=t.HOUSEHOLDS, crime=t.YES),
    target_groups=frozenset({"culturele-gemeenschappen"}),
    goals=frozenset({"discriminatie-aanpakken"}),
)
NEIGHBOURS = Profile(
    "incidenten",
    situation_type=t.TYPE_HOUSEHOLDS,
    triage=Triage(parties=t.HOUSEHOLDS, care_need=t.NO, crime=t.NO, addressable=t.YES),
)
RIOT = Profile(
    "escalatie",
    phase=t.ACUTE,
    situation_type=t.TYPE_GROUPS,
    triage=Triage(parties=t.GROUPS, acute_threat=t.YES),
)
AFTERCARE = Profile(
    "escalatie",
    phase=t.AFTERCARE,
    situation_type=t.TYPE_GROUPS,
    triage=Triage(parties=t.GROUPS, acute_threat=t.NO),
    goals=frozenset({"herstel-na-incident"}),
)
SHELTER = Profile(
    "spanning",
    situation_type=t.TYPE_GROUPS,
    triage=Triage(parties=t.GROUPS),
    target_groups=frozenset({"statushouders"}),
    goals=frozenset({"vooroordelen-verminderen"}),
)
LONELY = Profile(
    "ongemak",
    situation_type=t.TYPE_NO_CONFLICT,
    triage=Triage(parties=t.NOBODY),
    target_groups=frozenset({"ouderen", "eenzame-bewoners"}),
    goals=frozenset({"eenzaamheid-verminderen"}),
)
YOUTH = Profile(
    "incidenten",
    situation_type=t.TYPE_GROUPS,
    triage=Triage(parties=t.GROUPS, crime=t.NO),
    target_groups=frozenset({"jongeren"}),
)

GOLDEN = [
    # (id, profile, check)
    (
        "psychosis: care and safety route first, never mediation",
        PSYCHOSIS,
        lambda a: (
            set(approaches(a, 4)) & CARE_ROUTE
            and not MEDIATION & set(approaches(a))
            and MEDIATION & up_front(a)
        ),
    ),
    (
        "lvb nuisance: care and safety, explanation only with consent, no mediation",
        LVB_NUISANCE,
        lambda a: set(approaches(a, 5)) & CARE_ROUTE and not MEDIATION & set(approaches(a)),
    ),
    (
        "swastika on a door: report, support the victim, no bemiddeling",
        SWASTIKA,
        lambda a: (
            len(set(approaches(a, 5)) & CRIME_ROUTE) >= 3
            and not MEDIATION & set(approaches(a))
            and "buurtbemiddeling" in warned(a)
        ),
    ),
    (
        "quarrel between two households: bemiddeling near the top, no SAMOS",
        NEIGHBOURS,
        lambda a: (
            set(approaches(a, 5)) & {"buurtbemiddeling", "rondetafelgesprek"}
            and "kernteam-samos" not in {r.slug for r in a.recommended}
        ),
    ),
    (
        "riot: safety and key figures first, no dialogue or mediation now",
        RIOT,
        lambda a: (
            set(approaches(a, 3)) <= SAFETY_FIRST | {"psychosociale-nazorg"}
            and not (DIALOGUE | MEDIATION) & set(approaches(a))
            and (DIALOGUE | MEDIATION) & up_front(a)
        ),
    ),
    (
        "aftercare: restore and meet again",
        AFTERCARE,
        lambda a: (
            set(approaches(a, 5))
            & {"herstelbijeenkomst-nazorg", "herstelgesprek", "dialoogbijeenkomst"}
            and "informatieavond" in warned(a)
        ),
    ),
    (
        "planned shelter: small-scale contact, no information evening, no festivities",
        SHELTER,
        lambda a: (
            set(approaches(a, 5)) & {"dialoogbijeenkomst", "kleine-tafelgesprekken"}
            and "informatieavond" in up_front(a)
            and not FESTIVE & set(approaches(a))
        ),
    ),
    (
        "loneliness: meeting places and connectors, no casework meetings",
        LONELY,
        lambda a: (
            set(approaches(a, 5))
            & {"buurtkamer", "wijkverbinders-eenzaamheid", "welzijn-op-recept"}
            and not CARE_ROUTE & set(approaches(a))
        ),
    ),
    (
        "youth nuisance: youth work first, no neighbourhood watch app",
        YOUTH,
        lambda a: (
            set(approaches(a, 4))
            & {"ambulant-jongerenwerk", "contact-jongeren-op-straat", "buurtvaders-buurtmoeders"}
            and "whatsapp-buurtpreventie" not in approaches(a)
            and not CRIME_ROUTE & set(approaches(a))
        ),
    ),
]


@pytest.mark.parametrize(("profile", "check"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_golden_advice(profile, check):
    advice = advise(profile, catalogue())
    assert check(advice), (approaches(advice), [w.slug for w in advice.warnings_up_front])


@pytest.mark.parametrize("profile", [g[1] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_no_contra_indicated_activity_in_the_top_eight(profile):
    advice = advise(profile, catalogue())
    by_slug = {c.slug: c for c in catalogue()}
    for item in advice.of_kind("meeting_format")[:8]:
        assert matched_contra(by_slug[item.slug], profile) is None, item.slug


def test_situations_of_one_level_but_another_type_get_visibly_different_advice():
    tops = {
        name: tuple(approaches(advise(profile, catalogue()), 5))
        for name, profile in {
            "psychosis": PSYCHOSIS,
            "swastika": SWASTIKA,
            "neighbours": NEIGHBOURS,
            "youth": YOUTH,
        }.items()
    }
    assert len(set(tops.values())) == len(tops), tops


def test_escalations_of_different_kinds_do_not_share_one_top_list():
    escalations = [
        RIOT,
        Profile(
            "escalatie", phase=t.ACUTE, situation_type=t.TYPE_CRIME, triage=Triage(crime=t.YES)
        ),
        Profile(
            "escalatie",
            phase=t.ACUTE,
            situation_type=t.TYPE_ONE_RESIDENT,
            triage=Triage(care_need=t.YES, acute_threat=t.YES),
        ),
        Profile("escalatie", phase=t.AFTERCARE, situation_type=t.TYPE_GROUPS),
        Profile(
            "escalatie", phase=t.AFTERCARE, situation_type=t.TYPE_CRIME, triage=Triage(crime=t.YES)
        ),
    ]
    tops = [tuple(approaches(advise(profile, catalogue()))) for profile in escalations]
    assert len(set(tops)) == len(tops)


def test_an_unsure_level_pins_the_look_first_step():
    advice = advise(Profile("spanning", level_certain=False), catalogue())
    assert [r.slug for r in advice.look_first][:1] == ["signalen-toetsen-met-bewoners"]


def test_at_escalatie_at_most_three_warnings_are_shown_up_front():
    advice = advise(RIOT, catalogue())
    assert len(advice.warnings) > 10
    assert len(advice.warnings_up_front) == 3
