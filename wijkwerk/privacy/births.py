"""Dates of birth, and an age next to a name.

- A birth word with a date: "geboren op 12-03-1985", "geb. 3 mei 1990", "geboortedatum:
  01/02/1975", "geb.datum 5-6-88", "(geb. 14.07.1961)", "geboortejaar 1961".
- A name with a date or an age right next to it: "Ahmed (15)", "mevrouw Jansen, 82 jaar",
  "Kevin van 17", "de 17-jarige Kevin", "Piet Jansen (12-03-1985)".

An age without a name ("jongeren van 14 tot 18 jaar", "een man van in de 60") or a year without a
birth word ("sinds 1985") passes.
"""

import re
from collections.abc import Iterable, Iterator

from simplemma import is_known

_MONTHS = (
    r"jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|"
    r"aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?"
)
_DATE = (
    rf"(?:\d{{1,2}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?(?:\d{{4}}|'?\d{{2}})"
    rf"|\d{{1,2}}(?:e|ste|de)?\s(?:{_MONTHS})\.?,?\s(?:\d{{4}}|'\d{{2}})"
    rf"|(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}})(?!\d)"
)
_BIRTH_WORD = (
    r"geboren|geb\.?\s?datum|geb\.?\s?dat\.?|geb\.|geb|geboortedatum|geboortedag|geboortejaar|dob|d\.o\.b\.?|°|"
    r"verjaardag"
)
_BIRTH_RE = re.compile(
    rf"(?:\b|(?<=\W))(?:{_BIRTH_WORD})(?:\s[^\W\d_]+){{0,2}}(?:\s?[:,]?\s?(?:op|in|is|:|=)?)\s?"
    rf"(?:{_DATE}|(?:19|20)\d\d(?!\d))",
    re.IGNORECASE,
)
# The date first: "op 3 mrt '91 geboren".
_DATE_THEN_BORN_RE = re.compile(rf"{_DATE}\s(?:\w+\s){{0,2}}geboren\b", re.IGNORECASE)
_BIRTH_YEAR_ONLY_WORDS = re.compile(r"^(?:geb\.?|geboortejaar|°)", re.IGNORECASE)
_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d$")

_AGE_AFTER_RE = re.compile(
    rf"\s?(?:\(\s?(?:\d{{1,3}}(?:\s?(?:jaar|jr\.?|j\.?))?|{_DATE}|geb\.?\s?{_DATE})\s?\)"
    rf"|,\s?(?:\d{{1,3}}\s?(?:jaar|jr\b\.?)|{_DATE})"
    rf"|\s(?:van|is|was|wordt|werd)\s\d{{1,3}}(?:\s?jaar)?(?![\d.,:/-]|\s?(?:keer|uur|min|dagen|weken|maanden|%)))",
    re.IGNORECASE,
)
_AGE_BEFORE_RE = re.compile(r"\d{1,3}-?jarige\s$", re.IGNORECASE)
# An unknown capitalised word with an age in brackets: "Tesfalem (15)".
_WORD_WITH_AGE_RE = re.compile(
    r"\b([A-Z][a-zà-öø-ÿ]{2,})\s?\(\s?\d{1,2}\s?(?:jaar|jr\.?|j\.?)?\s?\)"
)


def birth_dates(text: str) -> Iterator[tuple[int, int]]:
    for match in _BIRTH_RE.finditer(text):
        value = match.group(0)
        if _YEAR_ONLY_RE.search(value) and not _BIRTH_YEAR_ONLY_WORDS.match(value):
            continue  # "geboren in 1985": a year, not a date of birth
        yield match.span()
    for match in _DATE_THEN_BORN_RE.finditer(text):
        yield match.span()


def ages_next_to(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Ages and dates right before or after a name found by names.py."""
    for start, end in names:
        after = _AGE_AFTER_RE.match(text, end)
        if after:
            yield start, after.end()
            continue
        before = _AGE_BEFORE_RE.search(text[max(0, start - 14) : start])
        if before:
            yield start - len(before.group(0)), end
    for match in _WORD_WITH_AGE_RE.finditer(text):
        if not is_known(match.group(1).lower(), lang="nl"):
            yield match.span()
