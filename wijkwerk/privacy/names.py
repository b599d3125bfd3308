"""Possible names of people: held for the writer to check, never refused outright.

What counts as a name:

- a form of address or title with a surname: "mevrouw Jansen", "dhr. de Vries", "mw. Yilmaz",
  "meneer El Amrani", "de heer Bakker", also in lower case when the surname is a known one
  ("mevrouw jansen");
- a family: "de familie Bouzid", "fam. Jansen", "het gezin Pietersen";
- a first name with a surname: "Piet Jansen", "Fatima El Idrissi", "Kevin de Groot";
- a role with a first name: "buurvrouw Anja", "buurman Henk", "haar zoon Dylan";
- a first name on its own: "ik sprak met Ahmed", at the start of a sentence only when the name is
  not also a Dutch word.

The first names and surnames come from deduce's curated Dutch lists (see data/README.md). What is
not a person: a name that is part of a street ("Jan van Galenstraat") or of a building or
organisation ("Anne Frankschool", "Jeroen Bosch Ziekenhuis"), a few well-known shops and places,
months, days and holidays. Whatever slips through is held, not refused: the writer confirms
"dit is geen persoon" and goes on.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from simplemma import is_known as _simplemma_is_known

DATA = Path(__file__).parent / "data"

_TITLES = {
    "meneer", "mijnheer", "mevrouw", "mevr", "mw", "mvr", "mevr.", "mw.", "mvr.", "dhr", "dhr.",
    "mnr", "mnr.", "mej", "mej.", "juffrouw", "mejuffrouw", "heer", "dr.", "drs.", "ir.", "ing.",
    "mr.", "prof.", "ds.", "dokter", "pastoor", "imam", "pater", "dominee", "zuster", "broeder",
    "juf", "meester", "mama", "papa",
}  # fmt: skip
_FAMILY = {"familie", "fam", "fam.", "gezin", "famillie", "familie-"}
_ROLES = {
    "buurman", "buurvrouw", "overbuurman", "overbuurvrouw", "bovenbuurman", "bovenbuurvrouw",
    "benedenbuurman", "benedenbuurvrouw", "onderbuurman", "onderbuurvrouw", "bewoner",
    "bewoonster", "huurder", "huurster", "zoon", "zoontje", "dochter", "dochtertje", "moeder",
    "vader", "broer", "broertje", "zus", "zusje", "opa", "oma", "oom", "tante", "neef", "nicht",
    "kleinzoon", "kleindochter", "cliënt", "client", "cliënte", "jongen", "meisje", "echtgenoot",
    "echtgenote", "partner", "vriend", "vriendin", "jongere", "kind", "stiefvader", "stiefmoeder",
    "schoonmoeder", "schoonvader", "schoonzoon", "schoondochter", "man", "vrouw", "mantelzorger",
    "eigenaar", "eigenaresse", "huisbaas", "melder", "klager", "dader", "slachtoffer",
    "buurtvader", "buurtmoeder", "vrijwilliger", "vrijwilligster", "sleutelfiguur",
    "huismeester", "conciërge", "mentor", "buddy", "maatje", "bewonersvertegenwoordiger",
}  # fmt: skip
_INTERFIXES = {
    "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "el", "al", "la", "le", "da",
    "dos", "du", "von", "v.", "v", "vd", "v.d.", "v/d", "d'", "l'", "in", "op", "uit", "bij",
    "ben", "bin", "ibn", "abu", "ait", "aït", "ou", "o'",
}  # fmt: skip
# Interfixes that may stand between a first name and a surname but never start a surname after
# a title in lower case ("mevrouw van nummer 12", "meneer de wijkagent").
_ARTICLE_LIKE = {"in", "op", "uit", "bij", "het", "de", "te"}

# Words after a name that make it a street, building or organisation ("Anne Frank school").
_NOT_A_PERSON_AFTER = {
    "school", "basisschool", "college", "lyceum", "huis", "ziekenhuis", "kliniek", "centrum",
    "stichting", "fonds", "prijs", "park", "plein", "straat", "laan", "weg", "kerk", "moskee",
    "bibliotheek", "instituut", "academie", "museum", "theater", "stadion", "arena", "brug",
    "tunnel", "toren", "zaal", "hal", "gebouw", "supermarkt", "winkel", "buurthuis", "kade",
    "gracht", "singel", "dijk", "hof", "wijk", "buurt", "to", "go", "xl",
}  # fmt: skip
_STREETS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk")
_BUILDING_ENDINGS = (
    "school", "college", "huis", "centrum", "plein", "park", "kerk", "moskee", "ziekenhuis",
    "stichting", "fonds", "zaal", "gebouw", "hof", "kliniek", "training", "methode", "prijs",
)  # fmt: skip
# Well-known shops, places and symbols written like a person's name.
_NOT_PERSONS = {
    ("albert", "heijn"), ("jan", "linders"), ("dirk", "van"), ("anne", "frank"),
    ("jeroen", "bosch"), ("sint", "maarten"), ("sint", "nicolaas"), ("zwarte", "piet"),
    ("piet", "hein"), ("johan", "cruijff"), ("vincent", "van"), ("willem", "alexander"),
    ("marte", "meo"), ("mark", "rutte"),
}  # fmt: skip
_NOT_NAMES = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "ramadan", "kerst", "kerstmis", "pasen", "pinksteren", "sinterklaas",
    "suikerfeest", "offerfeest", "divali", "holi", "chanoeka", "koningsdag", "halloween", "god",
    "allah", "jezus", "sint", "lidl", "jumbo", "aldi", "hema", "action", "kruidvat", "plus",
    "coop", "dirk", "vomar", "spar", "ikea", "noord", "zuid", "oost", "west", "centrum", "wijk",
}  # fmt: skip

# Verbs that follow a person as the subject: "Noor zegt", "Senait vertelde".
# Not "is", "heeft" or "staat": organisations do those too ("het Leger des Heils is ...").
_PERSON_VERBS = {
    "zegt", "zei", "vertelt", "vertelde", "belt", "belde", "wil", "wilde", "woont", "woonde",
    "klaagt", "klaagde", "voelt", "voelde", "vindt", "vond", "durft", "durfde", "schreeuwt",
    "schreeuwde", "gooit", "gooide", "vraagt", "vroeg", "weet", "wist", "denkt", "dacht",
    "huilt", "huilde", "lacht", "lachte", "mailde", "appte", "appt", "sprak", "vangt", "ving",
    "zorgt", "zorgde", "slaapt", "sliep", "drinkt", "dronk", "rookt", "scheldt", "schold",
    "bedreigt", "bedreigde", "slaat", "sloeg", "verhuisde", "verhuist", "kookt", "kookte",
    "verzorgt", "verzorgde", "spreekt", "leeft", "leefde", "trouwde", "overleed", "bezocht",
}  # fmt: skip
# Surname endings from Eastern Europe, Turkey and the Caucasus: "Olena Kovalenko".
_SURNAME_ENDINGS = (
    "enko", "ko", "ska", "ski", "sky", "wicz", "owicz", "ewicz", "oglu", "oğlu", "ović", "ovic",
    "ević", "evic", "yan", "ian", "ova", "eva", "ov", "ev", "uk", "czyk", "shvili", "dze",
)  # fmt: skip
_NOUN_ENDINGS = (
    "er", "aar", "ing", "heid", "schap", "team", "dienst", "agent", "werk", "groep", "raad",
    "lid", "ers", "en", "je", "tje", "ie", "isme", "iteit",
)  # fmt: skip
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|'t")
_ABBREVIATIONS = {word for word in _TITLES | _FAMILY | _INTERFIXES if word.endswith(".")}
_SENTENCE_BREAK_RE = re.compile(r"[.!?:;\n•*]|\s-\s")


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    sentence_start: bool
    bare: str  # without a trailing full stop
    lower: str
    capitalised: bool


@cache
def first_names() -> frozenset[str]:
    return _read("first_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _read("surnames.txt")


@cache
def common_words() -> frozenset[str]:
    return _read("common_words.txt") | _NOT_NAMES


@lru_cache(maxsize=8192)
def is_known(word: str, lang: str = "nl") -> bool:
    """Is this a Dutch word simplemma knows? Cached: a note repeats its words."""
    return _simplemma_is_known(word, lang=lang)


def _read(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip())


def names(text: str) -> Iterator[tuple[int, int]]:
    tokens = _tokens(text)
    index = 0
    while index < len(tokens):
        span_end = _match_at(text, tokens, index)
        if span_end is None:
            index += 1
            continue
        end_index = span_end
        yield tokens[index].start, tokens[end_index - 1].end
        index = end_index


def _match_at(text, tokens, index) -> int | None:
    """The index after a name that starts at ``tokens[index]``, or None."""
    token = tokens[index]
    lower = token.lower
    if lower in _TITLES or lower in _FAMILY or lower in _ROLES:
        if lower == "heer" and (index == 0 or tokens[index - 1].lower != "de"):
            return None
        end = _surname_after(text, tokens, index + 1, after_title=lower not in _ROLES)
        if end is not None:
            return end
        return None
    if _is_first_name(token):
        if not _not_a_known_non_person(tokens, index):
            return None  # "Albert Heijn", "Johan Cruijff Court"
        end = _surname_after(text, tokens, index + 1, after_title=False)
        if end is not None:
            return end
        if _stands_alone_as_first_name(text, tokens, index):
            return index + 1
        return None
    if not token.capitalised:
        return index + 2 if _lower_case_full_name(text, tokens, index) else None
    if _foreign_full_name(text, tokens, index):
        return index + 2
    return _unknown_name_before_person_verb(text, tokens, index)


def _surname_after(text, tokens, index, *, after_title) -> int | None:
    """Interfixes and a surname right after ``index - 1``; the index after it, or None."""
    position = index
    while (
        position < len(tokens)
        and _adjacent(text, tokens, position)
        and _is_interfix(tokens[position])
    ):
        position += 1
    if position >= len(tokens) or not _adjacent(text, tokens, position):
        return None
    candidate = tokens[position]
    if not _is_surname(candidate, after_title=after_title, interfixed=position > index):
        return None
    if _followed_by_non_person(tokens, position):
        return None
    # "Daan in Utrecht": a first name, then a preposition and a place, not a surname.
    if (
        not after_title
        and position > index
        and tokens[index].lower in _ARTICLE_LIKE
        and candidate.bare.casefold() not in surnames()
    ):
        return None
    return position + 1


def _is_interfix(token: _Token) -> bool:
    return token.lower in _INTERFIXES


def _is_surname(token: _Token, *, after_title: bool, interfixed: bool) -> bool:
    word = token.bare.casefold()
    if word in _NOT_NAMES or _looks_like_street(word) or _is_compound_noun(token.text):
        return False
    if token.capitalised and after_title:
        return True  # "mevrouw Bakker", "mevr. van der Berg": a title makes it a name
    if word in common_words():
        return False
    known_surname = word in surnames() or (after_title and word in first_names())
    if token.capitalised:
        return known_surname or not is_known(word, lang="nl")
    # Lower case only right after a title or family word, and only a known surname that is
    # not also a Dutch word ("mevrouw jansen", not "meneer de wijkagent") or, after an
    # interfix, any known surname ("mw. van dijk", not "mevrouw van hiernaast").
    if not after_title:
        return False
    if known_surname:
        return interfixed or not is_known(word, lang="nl")
    # "dhr. bouzid": after a title, a word that is no Dutch word at all.
    return not interfixed and len(word) > 2 and not is_known(word, lang="nl")


def _is_compound_noun(word: str) -> bool:
    """ "Meo-training", "Ahmed-achtige": a hyphen and then a lower-case word."""
    tail = word.rsplit("-", 1)[-1] if "-" in word else ""
    return len(tail) > 3 and tail.islower()


def _is_first_name(token: _Token) -> bool:
    word = token.bare.casefold()
    if not token.capitalised or token.text.endswith("."):
        return False
    return word in first_names() and word not in common_words()


def _stands_alone_as_first_name(text, tokens, index) -> bool:
    token = tokens[index]
    word = token.bare.casefold()
    if _followed_by_non_person(tokens, index) or _part_of_compound(text, token):
        return False
    if token.text.isupper() and len(word) > 1:
        return False  # "JOP", "AH", "GGD": abbreviations
    if token.sentence_start or (index and tokens[index - 1].lower in ("de", "het", "een")):
        # "Noor zegt dat ...": a first name that is also a word counts before a person's verb.
        return not is_known(word, lang="nl") or _person_verb_follows(text, tokens, index)
    return True


def _person_verb_follows(text, tokens, index) -> bool:
    return (
        index + 1 < len(tokens)
        and _adjacent(text, tokens, index + 1)
        and tokens[index + 1].lower in _PERSON_VERBS
    )


def _unknown_name_before_person_verb(text, tokens, index) -> int | None:
    """ "Senait vertelde", "Tesfay Gebremedhin heeft": capitalised words no list knows, before a
    person's verb. The index after the name, or None."""
    end = index
    while end < len(tokens) and end - index < 2 and _unknown_capitalised(tokens[end]):
        if end > index and not _adjacent(text, tokens, end):
            break
        end += 1
    for stop in range(end, index, -1):
        if _person_verb_follows(text, tokens, stop - 1):
            return stop
    return None


def _unknown_capitalised(token: _Token) -> bool:
    word = token.bare.casefold()
    return (
        token.capitalised
        and not token.text.isupper()
        and 3 <= len(word) <= 12
        and word not in common_words()
        and not word.endswith(_NOUN_ENDINGS + _BUILDING_ENDINGS)
        and not _looks_like_street(word)
        and not is_known(word, lang="nl")
    )


def _foreign_full_name(text, tokens, index) -> bool:
    """ "Olena Kovalenko", "Piotr Kowalski": an unknown capitalised word, then one with a typical
    surname ending."""
    if index + 1 >= len(tokens) or not _adjacent(text, tokens, index + 1):
        return False
    first, last = tokens[index], tokens[index + 1]
    return (
        _unknown_capitalised(first)
        and _unknown_capitalised(last)
        and last.bare.casefold().endswith(_SURNAME_ENDINGS)
        and len(last.bare) > 4
    )


def _lower_case_full_name(text, tokens, index) -> bool:
    """ "shanti jagessar": a known first name and a known surname, neither a Dutch word."""
    if tokens[index].lower not in first_names():
        return False
    if index + 1 >= len(tokens) or not _adjacent(text, tokens, index + 1):
        return False
    first, last = tokens[index].lower, tokens[index + 1].lower
    return (
        tokens[index].text.islower()
        and tokens[index + 1].text.islower()
        and first in first_names()
        and last in surnames()
        and first not in common_words()
        and last not in common_words()
        and not is_known(first, lang="nl")
        and not is_known(last, lang="nl")
    )


def _not_a_known_non_person(tokens, index) -> bool:
    if index + 1 >= len(tokens):
        return True
    pair = (tokens[index].bare.casefold(), tokens[index + 1].bare.casefold())
    return pair not in _NOT_PERSONS


def _followed_by_non_person(tokens, index) -> bool:
    """ "Anne Frank school", "Anne Frankplein", "Jeroen Bosch Ziekenhuis"."""
    for following in tokens[index + 1 : index + 3]:
        word = following.lower.rstrip(".")
        if word in _NOT_A_PERSON_AFTER or _looks_like_street(word):
            return True
        if word.endswith(_BUILDING_ENDINGS) and len(word) > 6:
            return True
    return False


def _part_of_compound(text, token) -> bool:
    """ "Anne-Frankschool", "Ahmed-achtige": glued to the next word by a hyphen."""
    return text[token.end : token.end + 1] == "-" or token.text.count("-") > 0


def _looks_like_street(word: str) -> bool:
    """ "Galenstraat", "Frankplein": a compound ending in a street word (not "Dijk" itself)."""
    return any(word.endswith(suffix) and len(word) > len(suffix) + 2 for suffix in _STREETS)


def _adjacent(text, tokens, position) -> bool:
    """Only spaces between this token and the one before it."""
    previous = tokens[position - 1]
    gap = text[previous.end : tokens[position].start]
    return gap in (" ", "  ") or (gap == "" and previous.text.endswith("."))


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if text[end : end + 1] == "." and match.group(0).lower() + "." in _ABBREVIATIONS:
            end += 1
        gap = text[tokens[-1].end : start] if tokens else "."
        word = text[start:end]
        sentence_start = bool(_SENTENCE_BREAK_RE.search(gap))
        tokens.append(
            _Token(
                word, start, end, sentence_start, word.rstrip("."), word.lower(), word[0].isupper()
            )
        )
    return tokens
