"""The code-side Dutch cue words behind the text understanding in `advice.text`: plain data, so
anyone can read why a description suggests an answer.

The *signals*, *target groups* and *situation types* and their synonyms live in the vocabulary
(`fixtures/vocabulary.json`, edited by curators). This module holds only what belongs to the
reading itself: words that switch a signal off (negation, long ago, a question or a fear of
what may come), words that place an escalation in its aftercare, and the cues for the triage
questions of `situations.triage`.

How a phrase is written (the same rules as the vocabulary synonyms):
- Write words in their base form (infinitive, singular): "schelden" finds "scheldt", "scholden",
  "uitgescholden"; "ruzie" finds "ruzies" and "burenruzie". An inflected form ("bedreigd") only
  finds that form.
- The words of a phrase must stand close together in one sentence, in any order.
- A negation word in a phrase ("niet", "geen", "nooit" ...) stands for any negation word.
- A word in capitals ("ME", "LVB") only finds that word in capitals.
- "de", "het", "een", "er" and "zich" may be left out by the writer; they are optional.
"""

# Words a phrase may leave out: the writer often does.
FILLERS = frozenset({"de", "het", "een", "n", "er", "zich", "'s"})

# Shorthand written with a dot in notes ("mw.", "bew.", "ca.", "ivm."): the dot ends no sentence.
# A single letter with a dot ("i.v.m.", "o.a.") is treated the same way.
ABBREVIATIONS = frozenset(
    {
        "mw",
        "mevr",
        "mvr",
        "dhr",
        "hr",
        "bew",
        "bewo",
        "verd",
        "ca",
        "circa",
        "bijv",
        "bv",
        "evt",
        "nr",
        "vd",
        "vh",
        "ivm",
        "mbt",
        "oa",
        "tav",
        "tgv",
        "obv",
        "zgn",
        "resp",
        "corp",
        "pol",
        "gem",
        "mnd",
        "wk",
        "jr",
        "jrs",
        "min",
        "incl",
        "excl",
        "etc",
        "enz",
        "zsm",
        "psych",
        "betr",
        "tel",
        "vlg",
        "volg",
        "ong",
        "st",
        "str",
        "gesch",
    }
)

# Negation: a signal is not ticked when one of these stands near it in the same clause
# ("geen overlast", "niet bedreigd", "nooit ruzie", "zonder incidenten").
NEGATORS = frozenset(
    {
        "geen",
        "niet",
        "nooit",
        "zonder",
        "niets",
        "niks",
        "niemand",
        "nergens",
        "nauwelijks",
        "amper",
        "geeneen",
        "noch",
    }
)
# A negator followed by one of these words does not deny what follows ("niet alleen overlast").
NEGATION_EXCEPTIONS = frozenset({"alleen", "enkel", "eerder", "zomaar", "pas", "zelden"})
# How many words a negator may stand from the signal's words (within one clause).
NEGATION_WINDOW = 5

# Words that start a new clause: negation and time do not reach past them.
CLAUSE_WORDS = frozenset(
    {
        "en",
        "maar",
        "want",
        "omdat",
        "doordat",
        "terwijl",
        "hoewel",
        "zodat",
        "dus",
        "toen",
        "als",
        "wanneer",
        "die",
        "dat",
        "waardoor",
        "waarna",
        "waarbij",
        "zodra",
        "ofschoon",
        "behalve",
        "waarom",
        "hoe",
        "wel",
    }
)

# A phrase's words may lie this many words further apart than the phrase is long.
PHRASE_SLACK = 3

# A particle followed by one of these is a preposition with its object ("aan haar heup",
# "op de stoep"), not the split-off part of a separable verb.
PREPOSITION_OBJECT_STARTS = frozenset(
    {
        "de",
        "het",
        "een",
        "haar",
        "zijn",
        "hun",
        "mijn",
        "jouw",
        "onze",
        "ons",
        "uw",
        "deze",
        "dit",
        "die",
        "elke",
        "ieder",
        "iedere",
        "alle",
        "twee",
        "drie",
    }
)

# Separable verb particles: "uitschelden" also finds "ze schelden elkaar uit".
PARTICLES = (
    "aan",
    "af",
    "bij",
    "binnen",
    "door",
    "in",
    "lastig",
    "kapot",
    "mee",
    "na",
    "neer",
    "om",
    "op",
    "over",
    "samen",
    "terug",
    "tegen",
    "toe",
    "uit",
    "voor",
    "weg",
    "dood",
    "stuk",
)
# A compound head only counts after a real first part, not after these (verb) prefixes:
# "burenruzie" holds "ruzie", but "aanslaan" does not hold "slaan".
NOT_COMPOUND_PREFIXES = frozenset(
    {
        "aan",
        "af",
        "op",
        "in",
        "uit",
        "om",
        "door",
        "over",
        "onder",
        "mee",
        "toe",
        "bij",
        "na",
        "voor",
        "weg",
        "ver",
        "be",
        "ge",
        "ont",
        "her",
        "er",
        "te",
        "mis",
        "tegen",
        "terug",
    }
)

# The level names themselves never decide a level: a phrase made only of these is ignored.
LEVEL_WORDS = frozenset(
    {
        "ongemak",
        "spanning",
        "spanningen",
        "incident",
        "incidenten",
        "escalatie",
        "escaleren",
        "geescaleerd",
        "escaleert",
    }
)

# Words near "oproepen" that make it a call for help, not a mobilisation.
_CALL_FOR_HELP = frozenset(
    {
        "vrijwilliger",
        "vrijwilligers",
        "meedoen",
        "meedenken",
        "mee",
        "aanmelden",
        "deelnemen",
        "activiteit",
        "bijeenkomst",
        "buurtfeest",
        "burendag",
        "informatieavond",
        "stemmen",
        "helpen",
        "opletten",
        "alert",
        "letten",
        "kalmte",
        "rust",
    }
)

# Words near "rouw" or "verdriet" that make it the grief over a death in the family.
_MOURNING = frozenset(
    {
        "overlijden",
        "overleden",
        "partner",
        "echtgenoot",
        "echtgenote",
        "man",
        "vrouw",
        "moeder",
        "vader",
        "zoon",
        "dochter",
        "kind",
        "ziekte",
        "begrafenis",
        "uitvaart",
        "weduwe",
        "weduwnaar",
        "kanker",
        "huisdier",
        "hond",
        "kat",
    }
)

# Words that mean something else next to these words: "het dreigt uit de hand te lopen" is no
# threat by a person, "alarm slaan" no violence. A match on the word is dropped when one of the
# words stands within FALSE_FRIEND_REACH words in the same clause.
FALSE_FRIENDS = {
    "dreigen": frozenset(
        {
            "worden",
            "escaleren",
            "ontsporen",
            "lopen",
            "ontaarden",
            "mislukken",
            "verdwijnen",
            "verslechteren",
            "ontploffen",
            "vallen",
            "sluiten",
        }
    ),
    # "alarm slaan", "een praatje slaan", "de deur dichtslaan"
    "slaan": frozenset(
        {
            "alarm",
            "nergens",
            "vlucht",
            "acht",
            "handen",
            "ineen",
            "toe",
            "deur",
            "dicht",
            "munt",
            "praatje",
            "slag",
            "brug",
        }
    ),
    "bang": frozenset({"bangmakerij"}),
    # "vechten voor hun rechten", "knokken voor een betere speeltuin": a cause, not a fight
    "vechten": frozenset(
        {
            "rechten",
            "recht",
            "betere",
            "beter",
            "behoud",
            "toekomst",
            "belangen",
            "erkenning",
            "gelijkheid",
            "bestaan",
            "sluiting",
            "bezuinigingen",
            "plannen",
            "besluit",
            "gemeente",
            "corporatie",
            "uitkering",
            "huis",
            "plek",
        }
    ),
    "knokken": frozenset(
        {"rechten", "recht", "betere", "beter", "behoud", "toekomst", "belangen", "bestaan"}
    ),
    # "een demonstratie van de brandweer", "een kookdemonstratie"
    "demonstratie": frozenset({"brandweer", "reanimatie", "workshop", "les", "koken", "dans"}),
    # 4 mei, Keti Koti: a remembrance, no aftercare of an escalation
    "herdenking": frozenset(
        {"mei", "dodenherdenking", "oorlog", "monument", "keti", "koti", "slavernij", "jaarlijks"}
    ),
    # aftercare after a hospital stay or detention is care, not the aftercare of an escalation
    "nazorg": frozenset(
        {
            "ggz",
            "opname",
            "ziekenhuis",
            "detentie",
            "gevangenis",
            "reclassering",
            "huisarts",
            "behandeling",
            "operatie",
            "ontslag",
            "thuiszorg",
            "wijkverpleging",
            "kliniek",
            "ex-gedetineerde",
            "ex-gedetineerden",
            "verslavingszorg",
        }
    ),
    # mourning a partner or parent is grief, not the aftercare of an escalation
    "rouw": _MOURNING,
    "rouwen": _MOURNING,
    "verdriet": _MOURNING,
    "verdrietig": _MOURNING,
    # "herrie schoppen", "keet schoppen" is noise, not a kick
    "schoppen": frozenset({"herrie", "keet", "lawaai", "stennis", "ruzie", "schandaal", "bende"}),
    # "bewoners oproepen om mee te denken", "een oproep voor vrijwilligers": no mobilisation
    "oproepen": _CALL_FOR_HELP,
    "roepen": _CALL_FOR_HELP,
    "oproep": frozenset(
        {
            "vrijwilliger",
            "vrijwilligers",
            "meedoen",
            "meedenken",
            "aanmelden",
            "deelnemen",
            "activiteit",
            "buurtfeest",
            "burendag",
            "opletten",
            "alert",
            "kalmte",
            "rust",
            "hulp",
        }
    ),
    # "we verzamelen om tien uur bij het buurthuis", "handtekeningen verzamelen"
    "verzamelen": frozenset(
        {
            "uur",
            "buurthuis",
            "wijkcentrum",
            "activiteit",
            "geld",
            "handtekening",
            "handtekeningen",
            "spullen",
            "afval",
            "zwerfafval",
            "informatie",
            "idee",
            "ideeen",
            "opruimen",
        }
    ),
    # "de woonconsulent meldt dat ...", "zich melden voor de activiteit": information, no report
    "melden": frozenset({"zich", "aanmelden", "afmelden", "ziek"}),
    # "het werk afmaken", "de opleiding afmaken"
    "afmaken": frozenset(
        {"werk", "klus", "school", "opleiding", "gesprek", "zin", "huiswerk", "cursus", "studie"}
    ),
    # "tekortschieten", "wortel schieten", "te hulp schieten"
    "schieten": frozenset({"tekort", "wortel", "hulp", "raak", "binnen", "schieten"}),
}
FALSE_FRIEND_REACH = 5
# The same, for a word that follows within FALSE_FRIEND_NEXT_REACH words, also across a clause:
# "de woonconsulent meldt dat ...", "ze meldt ons dat ..." is information, no report.
FALSE_FRIEND_NEXT = {"melden": frozenset({"dat", "hoe", "wat", "of"})}
FALSE_FRIEND_NEXT_REACH = 3

# ------------------------------------------------------------------------------------- time
# An event in a sentence with one of these lies in the past and is not ticked as current,
# unless its own clause says it is current ("nu", "inmiddels" ...).
LONG_AGO = (
    "jaren geleden",
    "lang geleden",
    "jaren terug",
    "vroeger",
    "destijds",
    "ooit",
    "in de jaren",
    "jaar of tien geleden",
    "decennia",
    "toentertijd",
    "in het verleden",
    "paar jaar geleden",
    "aantal jaren geleden",
    "paar jaar terug",
    "tijden geleden",
)
# A year this many years before the current one, or earlier, counts as long ago ("in 2015").
LONG_AGO_YEARS = 3
CURRENT = (
    "nu",
    "tegenwoordig",
    "inmiddels",
    "sinds kort",
    "laatste tijd",
    "deze week",
    "momenteel",
    "op dit moment",
    "nog steeds",
    "nog altijd",
    "weer",
    "steeds",
)
# An escalation event right after one of these is looked back on: aftercare, not acute.
AFTER = ("na", "sinds", "nadat", "sindsdien", "naar aanleiding van", "na afloop van")
AFTER_REACH = 4  # words between the marker and the event
# Words that by themselves say the escalation is over and the aftercare runs.
AFTERCARE = (
    "nasleep",
    "nazorg",
    "herdenking",
    "stille tocht",
    "rouwen",
    "rouw",
    "weer rustig",
    "rust is teruggekeerd",
    "nabespreking",
    "herstelbijeenkomst",
    "ernstig voorval",
    "ernstige gebeurtenis",
    "schokkende gebeurtenis",
    "ingrijpende gebeurtenis",
    "van slag",
    "na de onrust",
    "naweeën",
    "rust is weergekeerd",
    "rust is terug",
    "herstelfase",
    "verwerking",
)
# "In 2015 waren er rellen. Nu, jaren later, ...": a sentence with one of these puts the earlier
# sentences that name a year (or say "toen") long ago, without reading the clock.
LONG_AGO_LOOKBACK = ("jaren later", "jaren na", "inmiddels jaren", "sindsdien is er veel veranderd")

# Recent past: an escalation here is acute unless aftercare words say otherwise.
RECENT_PAST = (
    "vorig jaar",
    "vorige maand",
    "vorige week",
    "afgelopen",
    "laatst",
    "onlangs",
    "maanden geleden",
    "weken geleden",
)

# Fear or prevention: "bang dat het uit de hand loopt", "voorkomen dat er ruzie komt".
# The clause after "dat" following one of these is not a fact.
IRREALIS_BEFORE_DAT = frozenset(
    {
        "bang",
        "vrezen",
        "vreest",
        "voorkomen",
        "hopen",
        "hoopt",
        "angst",
        "zorgen",
        "voorkomt",
        "bezorgd",
        "vermijden",
    }
)
IRREALIS = ("stel dat", "mocht er", "zou kunnen", "kan escaleren", "om te voorkomen", "preventief")

# ------------------------------------------------------------------------ triage questions
# Each entry: answer -> phrases. A negated phrase does not count (except where said).

# "Speelt er een zorgvraag?" psychiatric problems, addiction, LVB, dementia, brain injury.
CARE_NEED = {
    "yes": (
        "zorgvraag",
        "zorgbehoefte",
        "psychische problemen",
        "psychisch",
        "psychiatrisch",
        "psychose",
        "verward",
        "in de war",
        "verslaafd",
        "verslaving",
        "dementie",
        "dementerend",
        "verstandelijke beperking",
        "verstandelijk beperkt",
        "zwakbegaafd",
        "LVB",
        "GGZ",
        "ggz",
        "hersenletsel",
        "zorgmijder",
        "zorgmijdend",
        "bemoeizorg",
        "hulpverlening",
        "hulp nodig",
        "depressief",
        "depressie",
        "alcoholist",
        "drankprobleem",
        "zelfverwaarlozing",
        "vervuilde woning",
    ),
}
# A negated care cue ("geen psychische problemen", "geen zorgvraag") suggests "no".
CARE_NEED_NEGATED_MEANS_NO = True
# Target groups that carry a care need: ticking one suggests care_need = yes.
CARE_GROUPS = ("lvb", "ggz", "dementie", "verslaving", "nah")

# "Is er een strafbaar feit of een discriminerende daad?"
CRIME = {
    "yes": (
        "aangifte",
        "strafbaar",
        "strafbaar feit",
        "mishandelen",
        "mishandeling",
        "inbraak",
        "inbreken",
        "diefstal",
        "stelen",
        "beroven",
        "steekpartij",
        "neersteken",
        "doodsteken",
        "schietpartij",
        "beschieten",
        "brandstichting",
        "brand stichten",
        "in brand steken",
        "hakenkruis",
        "swastika",
        "racistische briefjes",
        "racistische teksten",
        "racistische leuzen",
        "racistisch uitgescholden",
        "gediscrimineerd",
        "discriminerende daad",
        "discriminerende actie",
        "doodsbedreiging",
        "met de dood bedreigen",
        "dealen",
        "drugshandel",
        "in elkaar slaan",
        "geslagen",
        "vuurwapen",
        "honkbalknuppel",
        "aanranding",
        "verkrachting",
        "afpersing",
        "varkenskop",
        "varkensvlees",
        "bekladden moskee",
        "bekladden synagoge",
        "vernielen moskee",
        "antisemitisch",
        "jodenster",
        "white power",
        "racistische graffiti",
        "haatmail",
        "uitbuiten",
        "uitbuiting",
        "spugen",
        "bespugen",
        "racistisch",
        "drugspand",
        "dealer",
    ),
    "no": ("geen strafbaar feit", "niet strafbaar"),
}

# "Zijn de partijen aanspreekbaar?"
ADDRESSABLE = {
    "no": (
        "niet aanspreekbaar",
        "onaanspreekbaar",
        "reageert niet",
        "doet niet open",
        "weigert hulp",
        "weigert contact",
        "wil niet praten",
        "onbereikbaar",
        "niet te bereiken",
        "niet voor rede vatbaar",
        "zorgmijder",
        "zorgmijdend",
        "sluit zich op",
        "houdt de deur dicht",
        "geen afspraken maken",
        "afspraken niet nakomen",
    ),
    "yes": (
        "aanspreekbaar",
        "open voor een gesprek",
        "willen praten",
        "bereid tot een gesprek",
        "staan open voor",
        "willen afspraken maken",
        "afspraken gemaakt",
    ),
}

# "Is er nu acute dreiging?" An acute escalatie signal also says yes.
ACUTE_THREAT = {
    "yes": (
        "acute dreiging",
        "acuut",
        "dreigt te escaleren",
        "uit de hand lopen",
        "doodsbedreiging",
        "wraak",
        "wraak nemen",
        "optrommelen",
        "oproepen",
        "wapens",
        "messen",
        "vuurwapen",
        "mes",
        "noodbevel",
        "noodverordening",
        "ME",
    ),
    "no": ("weer rustig", "geen directe dreiging", "geen acute dreiging", "rust is teruggekeerd"),
}

# "Vindt de bewoner het goed dat zijn situatie met buren wordt besproken?"
CONSENT = {
    "yes": (
        "toestemming gegeven",
        "geeft toestemming",
        "vindt het goed",
        "mag besproken worden",
        "akkoord dat",
        "wil dat de buren het weten",
    ),
    "no": (
        "geen toestemming",
        "wil niet dat",
        "niet besproken worden",
        "niet met de buren delen",
        "wil het geheim houden",
        "niet akkoord",
    ),
}

# "Tussen wie speelt het?" Each cue adds one point to its answer; the clear winner is suggested.
PARTIES = {
    "groups": (
        "groepen",
        "twee groepen",
        "groep",
        "wij en zij",
        "wij-zij",
        "zij",
        "bewoners van",
        "jongeren",
        "hangjongeren",
        "jongens",
        "families",
        "kampen",
        "huurders en kopers",
        "oude bewoners",
        "nieuwe bewoners",
        "jong en oud",
        "tussen de",
        "andersom",
        "beide kanten",
        "moeders",
        "de ouderen",
        "statushouders",
        "buitenlanders",
        "buurtbewoners",
        "omwonenden",
        "actiegroep",
        "de wijk",
        "in de buurtapp",
    ),
    "households": (
        "buren",
        "buurman",
        "buurvrouw",
        "bovenburen",
        "onderburen",
        "bovenbuurman",
        "bovenbuurvrouw",
        "onderbuurman",
        "onderbuurvrouw",
        "naaste buren",
        "twee gezinnen",
        "twee huishoudens",
        "burenruzie",
        "burenconflict",
        "schutting",
        "heg",
        "erfgrens",
        "gezinnen",
        "twee buren",
        "twee families",
        "beide families",
    ),
    "one_resident": (
        "een bewoner",
        "één bewoner",
        "de bewoner",
        "een man",
        "een vrouw",
        "een jonge vrouw",
        "een oudere vrouw",
        "een oudere man",
        "een adres",
        "hetzelfde adres",
        "een huurder",
        "haar woning",
        "zijn woning",
        "haar flat",
        "zijn flat",
        "overlastgever",
    ),
    "nobody": (
        "eenzaam",
        "eenzaamheid",
        "vereenzamen",
        "doen niet mee",
        "niet meedoen",
        "weinig mee",
        "komt niet buiten",
        "nauwelijks buiten",
        "zit veel thuis",
        "op zichzelf",
        "sociaal isolement",
        "niemand om mee te praten",
        "alleen staan",
        "overbelast",
        "zegt uitnodigingen af",
        "komt niet meer",
        "vrienden uit het oog verloren",
        "missen informatie",
        "komen de deur niet uit",
        "komt de deur niet uit",
        "de deur niet meer uit",
        "nergens meer naartoe",
        "zit alleen thuis",
    ),
}
# A party needs this many more distinct cue words than the runner-up to be suggested.
PARTIES_LEAD = 1
# "nobody" (no conflict) is only suggested when no signal above ongemak is ticked.


# ------------------------------------------------------------------ weak cues and demotions
# "Er is (nog) niets gebeurd": the text itself says nothing concrete happened. A feeling that
# the vocabulary files under incidenten (feeling unsafe) then stays at the level of fear.
NOTHING_HAPPENED = (
    "niets gebeurd",
    "niets voorgevallen",
    "niets concreets",
    "geen concrete incidenten",
    "geen incidenten",
    "niets aan de hand",
    "niets ernstigs",
    "nooit iets gebeurd",
    "niets concreet",
    "geen concrete voorvallen",
    "geen voorvallen",
    "niets voorgevallen",
    "geen concrete aanleiding",
    "niets aan de hand",
    "nog niets gebeurd",
    "niets bijzonders",
    "geen klachten binnengekomen",
    "geen meldingen binnengekomen",
    "geen meldingen",
    "nooit iets voorgevallen",
)

# "zou", "zouden", "schijnt": what follows is said about someone, not seen. When the text says
# nothing happened, or the sentence is gossip, such an incident word is a story (roddel).
ALLEGATION = frozenset({"zou", "zouden", "schijnt", "schijnen", "verluidt", "zogenaamd"})
ALLEGATION_SIGNAL = "spanning-roddelen"
# Incident signals that an allegation can turn into a story; acts with damage stay.
ALLEGED_INCIDENTS = (
    "incidenten-overlast",
    "incidenten-drugs",
    "incidenten-verward-gedrag",
    "incidenten-inbraak-diefstal",
)
# "Durft niet meer naar de koffieochtend": not daring to go to a social activity is avoidance,
# not unsafety. An unsafety signal in a clause with one of these signals becomes SHY_SIGNAL.
SOCIAL_ACTIVITY_SIGNALS = ("ongemak-samen-iets-doen",)
UNSAFE_SIGNAL = "incidenten-onveilig"
SHY_SIGNAL = "spanning-mijden"
# signal slug -> the signal it becomes when nothing concrete happened ("" = dropped)
DEMOTE_WHEN_NOTHING_HAPPENED = {
    "incidenten-onveilig": "spanning-bang-voor-groep",
    "incidenten-meldingen": "spanning-klachten-over-groep",
}

# Escalation words that alone are no escalation: a rumour, a protest, an arrest. When every
# escalation signal rests only on these words, the signal becomes the one named here.
SOFT_ESCALATION = {
    "gerucht": "spanning-roddelen",
    "geruchten": "spanning-roddelen",
    "viraal": "spanning-online-discussie",
    "protest": "spanning-boos-om-besluit",
    "actiegroep": "spanning-boos-om-besluit",
    "spandoeken": "spanning-boos-om-besluit",
    "petitie": "spanning-boos-om-besluit",
    "arrestatie": "incidenten-politie-gebeld",
    "arrestaties": "incidenten-politie-gebeld",
    "aanhouding": "incidenten-politie-gebeld",
    "aanhoudingen": "incidenten-politie-gebeld",
}
# "Het loopt uit de hand" is a judgement, not an event: on its own, between two households or
# around one resident, it does not make an escalation (which is between groups).
JUDGEMENT_ESCALATION = ("escalatie-uit-de-hand",)

# Complaints about a group ("klagen over de statushouders", "klachten over die jongeren"):
# a complaint word, then "over", then a target group within COMPLAINT_REACH words.
COMPLAINT_WORDS = frozenset(
    {
        "klagen",
        "klacht",
        "klachten",
        "beklagen",
        "mopperen",
        "gemopper",
        "zeuren",
        "gezeur",
        "kankeren",
        "zeiken",
        "gezeik",
    }
)
COMPLAINT_REACH = 4
COMPLAINT_SIGNAL = "spanning-klachten-over-groep"
# Group words besides the target groups that a complaint can be about.
COMPLAINT_TARGETS = frozenset(
    {
        "buitenlanders",
        "allochtonen",
        "nieuwkomers",
        "huurders",
        "kopers",
        "bewoners",
        "gezinnen",
        "families",
        "types",
        "groep",
        "groepen",
        "jongens",
        "meiden",
        "lui",
        "volk",
    }
)

# Social media: a platform with heat in the same sentence is an online discussion; the platform
# alone ("we zetten het op Facebook") is not.
ONLINE_PLATFORMS = frozenset(
    {
        "facebook",
        "tiktok",
        "instagram",
        "twitter",
        "telegram",
        "snapchat",
        "nextdoor",
        "whatsapp",
        "app",
        "apps",
        "appgroep",
        "groepsapp",
        "appgroepen",
        "gechat",
        "online",
        "internet",
        "social",
        "sociale",
        "media",
    }
)
ONLINE_PLATFORM_STARTS = (
    "facebook",
    "whatsapp",
    "tiktok",
    "instagram",
    "telegram",
    "snapchat",
    "twitter",
    "nextdoor",
    "appgroep",
    "appje",
    "wijkgroep",
)
ONLINE_HEAT = frozenset(
    {
        "discussie",
        "discussies",
        "ophef",
        "reacties",
        "reactie",
        "berichten",
        "bericht",
        "posts",
        "post",
        "boos",
        "woedend",
        "negatief",
        "negatieve",
        "felle",
        "fel",
        "hoog",
        "haat",
        "scheldpartij",
        "schelden",
        "opmerkingen",
        "filmpje",
        "filmpjes",
        "verhit",
        "verhitte",
        "nare",
        "opgehitst",
        "hetze",
        "beschuldigingen",
        "gescheld",
    }
)
ONLINE_SIGNAL = "spanning-online-discussie"

# When no signal is found at all, these weaker cues still suggest a signal (low confidence).
# Only lower levels: a vague word must never push a harmless situation up.
WEAK_CUES = {
    "ongemak-klagen-bij-derden": ("klagen", "klacht", "klachten", "geklaag", "beklag"),
    "ongemak-kleine-ergernissen": (
        "last",
        "lastig",
        "vervelend",
        "hinder",
        "problemen met",
        "gedoe met",
        "niet prettig",
        "niet leuk",
        "niet fijn",
        "stoort",
        "storend",
        "onenigheid over",
        "gesteggel",
        "discussie over",
        "wrevel",
    ),
    "ongemak-weinig-contact": (
        "eigen ding",
        "langs elkaar",
        "eigen wereld",
        "los van elkaar",
        "weinig met elkaar te maken",
        "op afstand",
        "afstandelijk",
        "contact leggen",
        "contact maken",
        "elkaar ontmoeten",
        "ontmoeting",
        "aansluiting",
    ),
    "ongemak-eenzaam": ("alleen thuis", "veel alleen", "weinig mensen", "thuis zitten", "afzijdig"),
    "spanning-sfeer-gespannen": (
        "gespannen",
        "onrustig",
        "broeierig",
        "prikkelbaar",
        "boos",
        "boosheid",
        "frustratie",
        "gefrustreerd",
        "onvrede",
    ),
}

# Common misspellings of cue words: written form -> the word meant.
MISSPELLINGS = {
    "agresief": "agressief",
    "aggressief": "agressief",
    "aggresief": "agressief",
    "aggressie": "agressie",
    "intimmidatie": "intimidatie",
    "discrimminatie": "discriminatie",
    "rasistisch": "racistisch",
    "racitisch": "racistisch",
    "racistich": "racistisch",
    "ruzzie": "ruzie",
    "ruzies": "ruzie",
    "polietie": "politie",
    "overlastt": "overlast",
    "vernieldt": "vernield",
    "psygisch": "psychisch",
    "psychies": "psychisch",
    "eenzaamm": "eenzaam",
    "verslaaft": "verslaafd",
    "bedriegd": "bedreigd",
    "bedrijgd": "bedreigd",
    "geintimmideerd": "geintimideerd",
    "onveillig": "onveilig",
    "wantrouwe": "wantrouwen",
    "vooroordeelen": "vooroordelen",
    "brandtstichting": "brandstichting",
    "steekparij": "steekpartij",
    # informal spelling and shorthand
    "niks": "niets",
    "nix": "niets",
    "z'n": "zijn",
    "m'n": "mijn",
    "snachts": "nachts",
    "savonds": "avonds",
    "smorgens": "morgens",
    "smiddags": "middags",
    "sochtends": "ochtends",
    "bew": "bewoners",
    "bewo": "bewoners",
    "mw": "mevrouw",
    "mevr": "mevrouw",
    "mvr": "mevrouw",
    "dhr": "meneer",
    "pol": "politie",
    "corpo": "corporatie",
    "jgn": "jongeren",
    "hjo": "hangjongeren",
    "hangjeugd": "hangjongeren",
    "psych": "psychisch",
    "ggz'er": "ggz",
    "lvb'er": "lvb",
    "vd": "van",
    "ws": "waarschijnlijk",
    "evt": "eventueel",
}

# Event nouns after a verb stem in a compound: "schreeuwpartij", "dreigbrief", "scheldkanonnade".
EVENT_HEADS = frozenset(
    {
        "partij",
        "partijen",
        "incident",
        "incidenten",
        "gedrag",
        "brief",
        "brieven",
        "actie",
        "acties",
        "kanonnade",
        "taal",
        "woord",
        "woorden",
        "tirade",
        "bericht",
        "berichten",
    }
)
