"""The Dutch signal lexicon behind the level suggestion: plain data, so anyone can read why
the advice suggests a level.

Each entry is (term, weight). A term matches a word that starts with it ("irritat" matches
"irritaties"); a term with a space matches that phrase. Weights: 1 a weak hint, 2 a clear
signal, 3 a signal that by itself marks the level. Built from the working definitions in
domain.md (§1.1, §1.9): ongemak = living past each other; spanning = incomprehension and
negative images; incidenten = concrete events and nuisance; escalatie = (threat of) group
confrontation and violence.
"""

LEXICON: dict[str, tuple[tuple[str, int], ...]] = {
    "ongemak": (
        ("langs elkaar heen", 3),
        ("kennen elkaar niet", 3),
        ("weinig contact", 3),
        ("geen contact", 2),
        ("groeten", 2),
        ("anoniem", 2),
        ("onwennig", 2),
        ("ongemak", 3),
        ("onbekend", 1),
        ("onzeker", 1),
        ("nieuwkomer", 1),
        ("nieuwe bewoners", 1),
        ("eenzaam", 1),
        ("kleine ergernis", 2),
        ("afstand", 1),
    ),
    "spanning": (
        ("spanning", 3),
        ("onbegrip", 3),
        ("begrijpen elkaar niet", 3),
        ("wij-zij", 3),
        ("wij en zij", 3),
        ("zij zijn anders", 3),
        ("vooroordel", 2),
        ("negatieve beeld", 2),
        ("negatief beeld", 2),
        ("irritat", 2),
        ("ergernis", 2),
        ("ergeren", 2),
        ("mijden", 2),
        ("vermijden", 2),
        ("wantrouw", 2),
        ("angst", 2),
        ("bang", 2),
        ("roddel", 2),
        ("schuurt", 2),
        ("schuren", 2),
        ("discrimin", 2),
        ("klachten", 1),
        ("klagen", 1),
        ("onrust", 1),
    ),
    "incidenten": (
        ("incident", 3),
        ("ruzie", 3),
        ("intimid", 3),
        ("vernield", 3),
        ("vernieling", 3),
        ("vandalisme", 3),
        ("overlast", 2),
        ("geluidsoverlast", 2),
        ("melding", 2),
        ("uitgescholden", 2),
        ("schelden", 2),
        ("scheldpartij", 2),
        ("onveilig", 2),
        ("bedreigd", 2),
        ("politie", 1),
        ("herrie", 1),
        ("rotzooi", 1),
        ("stank", 1),
        ("conflict", 2),
    ),
    "escalatie": (
        ("escal", 3),
        ("confrontatie", 3),
        ("geweld", 3),
        ("vechtpartij", 3),
        ("vechten", 3),
        ("mishandel", 3),
        ("brandstichting", 3),
        ("wapen", 3),
        ("rellen", 3),
        ("demonstratie", 3),
        ("openbare orde", 3),
        ("groepen tegenover elkaar", 3),
        ("mobilis", 3),
        ("oproep", 2),
        ("bedreiging", 2),
        ("wraak", 2),
    ),
}

# A suggestion needs at least this much evidence, and a lead over the runner-up.
MIN_SCORE = 3
MIN_LEAD = 1
