"""The triage questions a professional answers about a situation, and the situation type that
follows from them. Plain Python: the situation form, the advice and the text understanding
all use the same rule.

The type decides which route fits: a crime or discriminatory act goes to aangifte, the
antidiscriminatievoorziening and victim support; one resident with nuisance and a care need
goes to care and safety together; tension between groups to the Wijkverbinder's routes;
a conflict between two households to buurtbemiddeling; loneliness to meeting and taking part.
"""

YES, NO, UNKNOWN = "yes", "no", "unknown"
ANSWERS = (YES, NO, UNKNOWN)

# Who is involved ("Tussen wie speelt het?").
GROUPS = "groups"  # between groups of residents
HOUSEHOLDS = "households"  # between (two) households, neighbours
ONE_RESIDENT = "one_resident"  # one resident causes nuisance or worry
NOBODY = "nobody"  # no conflict: loneliness, not taking part
PARTIES = (GROUPS, HOUSEHOLDS, ONE_RESIDENT, NOBODY, UNKNOWN)

# The yes / no / unknown questions, in the order they are asked.
CARE_NEED = "care_need"  # psychiatric problems, addiction, LVB, dementia
CRIME = "crime"  # a crime or a discriminatory act was committed
ADDRESSABLE = "addressable"  # the parties can be spoken to and can make agreements
ACUTE_THREAT = "acute_threat"  # there is an acute threat now
CONSENT = "consent"  # the resident agrees that his situation is discussed with neighbours
QUESTIONS = (CARE_NEED, CRIME, ADDRESSABLE, ACUTE_THREAT, CONSENT)

# The escalation's phase: during it, or in the aftercare.
ACUTE, AFTERCARE = "acute", "aftercare"
PHASES = (ACUTE, AFTERCARE)

# The curated situation types (activities.SituationType slugs).
TYPE_GROUPS = "tussen-groepen"
TYPE_HOUSEHOLDS = "burenconflict"
TYPE_ONE_RESIDENT = "overlast-een-bewoner"
TYPE_CRIME = "strafbaar-feit"
TYPE_NO_CONFLICT = "eenzaamheid-meedoen"
SITUATION_TYPES = (TYPE_GROUPS, TYPE_HOUSEHOLDS, TYPE_ONE_RESIDENT, TYPE_CRIME, TYPE_NO_CONFLICT)


def situation_type_for(parties: str, care_need: str, crime: str) -> str | None:
    """The situation type that follows from the triage answers, or None when they say too little.

    A crime or discriminatory act comes first: whoever is involved, the victim and the route
    through police and the antidiscriminatievoorziening come before bringing people together.
    """
    if crime == YES:
        return TYPE_CRIME
    if parties == GROUPS:
        return TYPE_GROUPS
    if parties == ONE_RESIDENT:
        return TYPE_ONE_RESIDENT
    if parties == HOUSEHOLDS:
        return TYPE_ONE_RESIDENT if care_need == YES else TYPE_HOUSEHOLDS
    if parties == NOBODY:
        return TYPE_NO_CONFLICT
    return None


# The four Wijkverbinder levels, from calm to escalated (activities.Level slugs).
LEVEL_ORDER = ("ongemak", "spanning", "incidenten", "escalatie")


def level_from_signals(levels) -> str | None:
    """The level that follows from ticked signals: the highest level that has one.

    The levels build up: what happens at incidenten usually comes on top of the tension below
    it, so one clear signal of a higher level decides. None when nothing is ticked.
    """
    ranked = [LEVEL_ORDER.index(level) for level in levels if level in LEVEL_ORDER]
    return LEVEL_ORDER[max(ranked)] if ranked else None
