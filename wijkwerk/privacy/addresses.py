"""Addresses: a street with a house number, or a postcode with a house number.

A street on its own ("de buurt rond de Kerkstraat") or a postcode on its own ("rond 1234 AB")
covers many households and is neighbourhood level: it passes. With a house number it points at
one household:

- "Kerkstraat 12", "kerkstr. 12a", "KERKSTRAAT 12-II", "Lindelaan 4 hs", "Dorpsweg 7 3 hoog",
  "v. Heutszstraat 4", "Lange Voorhout 12", "Achter de Kerk 5";
- the number before the street: "nummer 14 van de Dorpsstraat", "nr. 7 in de Lindelaan";
- "Kerkstraat nummer 12";
- a postcode with a house number: "1234 AB 12", "3512AB, huisnummer 4", "12, 1234 AB".

A street followed by a count is not an address: "langs de Molenweg 2 avonden", "in de Kerkstraat
3 keer aangebeld", "op het Marktplein 40 mensen". The word after the number decides: a unit, or a
plural noun (its lemma differs from it and is not a verb).
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from simplemma import lemmatize

# Suffixes that (almost) only end street names; they count in lower case too.
_STRONG_SUFFIXES = (
    "straat|straatje|str|laan|ln|weg|plein|pln|gracht|grt|kade|singel|sngl|dijk|dreef|steeg|"
    "plantsoen|boulevard|blvd|allee|promenade|burgwal"
)
# Suffixes that also end ordinary words ("veld", "ring"): only in a capitalised name.
_WEAK_SUFFIXES = (
    "hof|hoven|pad|wal|markt|park|erf|baan|einde|burg|schans|loop|zicht|gaard|waard|hoeve|veld|dam|haven|ring|zoom|horst|hoek|poort|wetering|vaart|kanaal|zijde|akker|weide|hout|"
    "berg|heuvel|dal|tuin|tuinen|oord|stede|rade|kamp|brink|werf|donk|broek|bosch|meer|gaarde|"
    "hage|lei|dreve|rij|reeks|kwartier|haag|burcht|wijk|land|polder|oever|lus|gang|pier|dreef"
)
# Two-word streets without a suffix: "Lange Voorhout", "Oude Delft", "Achter de Kerk".
_LEAD_WORDS = (
    "Lange|Korte|Oude|Nieuwe|Hoge|Lage|Groote|Grote|Kleine|Achter|Voor|Boven|Beneden|Binnen|"
    "Buiten|Noord|Zuid|Oost|West|Noordelijke|Zuidelijke|Oostelijke|Westelijke|Sint|St\\.?"
)

_NAME_PART = r"[A-Z][\w'-]*\.?"
_STRONG_STREET = rf"(?:\b[\w'-]+(?i:{_STRONG_SUFFIXES})\.?(?![\w-]))"
_WEAK_STREET = rf"(?:\b[A-Z][\w'-]*(?i:{_WEAK_SUFFIXES})(?![\w-]))"
_TWO_WORD_STREET = rf"(?:\b(?:{_LEAD_WORDS})\s(?:(?:de|het|den|der)\s)?{_NAME_PART}(?![\w-]))"
_STREET = rf"(?:{_STRONG_STREET}|{_WEAK_STREET}|{_TWO_WORD_STREET})"

# A house number with what may follow it: a letter, "bis", "hs", a floor, an addition.
_FLOOR = r"(?:\s?-\s?(?:[1-9]|I{1,3}|IV|hoog|h)\b|\s(?:[1-9]|I{1,3}|IV)(?:e|ste|de)?\s?(?:hoog|verd(?:ieping)?|etage)\b)"
_ADDITION = (
    r"(?:\s?[A-Za-z](?![\w])|\s?-\s?[A-Za-z](?![\w])|\s?(?:bis|hs|huis|bg|bov|boven|ben|beneden|"
    r"rood|zwart|zw|a\.?b\.?|t/m\s\d{1,4})\b|\s?[-/]\s?\d{1,4}(?![\d.,:]))"
)
_HOUSE_NUMBER = rf"\d{{1,5}}(?:{_ADDITION})?(?:{_FLOOR})?"
_NUMBER_WORD = r"(?:huisnummer|huisnr\.?|nummer|nr\.?|no\.?|#)"

# Found from the number backwards: a street ending right before a house number. Scanning
# every word for a street would cost a millisecond per 2,000 characters; numbers are few.
_NUMBER_START_RE = re.compile(r"(?<![\w.,:/-])\d{1,5}(?!\d)")
_HOUSE_NUMBER_RE = re.compile(rf"(?P<number>{_HOUSE_NUMBER})(?![\w]|[.,:]\d|\s?%)")
_STREET_BEFORE_RE = re.compile(rf"{_STREET}\s?,?\s?(?:{_NUMBER_WORD}\s?)?$")
_STREET_REACH = 60  # characters before the number in which the street must start
_STREET_WORDS = 5  # "Burg. de Withstraat nr. 9": at most this many words before the number
_NUMBER_STREET_RE = re.compile(
    rf"(?i:{_NUMBER_WORD})\s?{_HOUSE_NUMBER}\s(?:van|in|aan|op|bij|uit|langs)\s(?:de\s|het\s|den\s)?{_STREET}"
)

# Dutch postcode: four digits (not starting with 0) and two letters (never SA, SD or SS).
_POSTCODE = r"[1-9]\d{3}\s?[A-Za-z]{2}"
_POSTCODE_RE = re.compile(
    rf"(?<![\w])(?:(?P<before>{_HOUSE_NUMBER}),?\s)?(?P<postcode>{_POSTCODE})(?![A-Za-z0-9])"
    rf"(?:(?:,?\s|\s?-\s?)(?:{_NUMBER_WORD}\s?)?(?P<after>{_HOUSE_NUMBER})(?![\w]|[.,:]\d))?",
    re.IGNORECASE,
)
_NOT_POSTCODE_LETTERS = {"SA", "SD", "SS"}
# Two letters after four digits that are Dutch words, not a postcode: "2024 en 12".
_SHORT_WORDS = {
    "en", "of", "de", "te", "op", "in", "is", "ik", "je", "we", "ze", "na", "om", "al", "er",
    "nu", "zo", "ja", "nee", "uw", "hy", "ie", "pm", "am", "km", "cm", "mm", "kg", "mg", "ml",
    "uur", "tm", "ca", "eu", "nl",
}  # fmt: skip
_YEAR_RE = re.compile(r"(?:19|20)\d\d")

# Words after a number that make it a count: units and quantities.
_UNITS = {
    "keer", "x", "maal", "uur", "u", "min", "minuut", "kwartier", "dag", "week", "maand", "jaar",
    "jr", "meter", "m", "km", "euro", "eur", "procent", "man", "stuks", "stuk", "km/u", "kilo",
    "liter", "personen", "mensen", "jongeren", "kinderen",
}  # fmt: skip
_WORD_AFTER_RE = re.compile(r"\s*([\w/]+)")


def addresses(text: str) -> Iterator[tuple[int, int]]:
    for digits in _NUMBER_START_RE.finditer(text):
        number = _HOUSE_NUMBER_RE.match(text, digits.start())
        if number is None or _is_count(text, number.end(), number.group("number")):
            continue
        street = _STREET_BEFORE_RE.search(text, _words_back(text, digits.start()), digits.start())
        if street is not None:
            yield street.start(), number.end()
    for match in _NUMBER_STREET_RE.finditer(text):
        yield match.span()
    for match in _POSTCODE_RE.finditer(text):
        if _is_postcode_with_number(match):
            yield match.span()


def _words_back(text: str, end: int) -> int:
    """Where the street before ``end`` may start: a few words back, within reach."""
    start = end
    words = 0
    limit = max(0, end - _STREET_REACH)
    while start > limit:
        start -= 1
        if text[start] in " \n" and start < end - 1:
            words += 1
            if words > _STREET_WORDS:
                return start + 1
    return start


def _is_postcode_with_number(match) -> bool:
    postcode = match.group("postcode")
    letters = postcode[-2:]
    if letters.upper() in _NOT_POSTCODE_LETTERS or letters.lower() in _SHORT_WORDS:
        return False
    if " " in postcode and not letters.isupper() and letters.lower() in _SHORT_WORDS:
        return False
    numbers = [match.group(name) for name in ("before", "after") if match.group(name)]
    if not numbers:
        return False  # a postcode on its own: neighbourhood level
    return not all(_YEAR_RE.fullmatch(number) for number in numbers)


def _is_count(text: str, end: int, number: str) -> bool:
    """Is the number right before ``end`` a count ("2 avonden") rather than a house number?"""
    if not number.isdigit():
        return False  # "12a", "12-II": house numbers
    after = _WORD_AFTER_RE.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if not word.islower():
        return False
    return word in _UNITS or _is_plural_noun(word)


@lru_cache(maxsize=4096)
def _is_plural_noun(word: str) -> bool:
    """ "avonden", "portieken", "bewoners": a plural noun. Verbs ("wonen", "klaagt") are not:
    their lemma is the word itself or ends in -en like an infinitive."""
    if not word.endswith(("en", "s")) or len(word) < 3:
        return False
    lemma = lemmatize(word, lang="nl")
    return lemma != word and not lemma.endswith("en")
