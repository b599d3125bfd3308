"""Find personal data in free text, so situations stay about the neighbourhood, not about people.

A plain module without Django: ``find_personal_data(text)`` returns what it found, each finding
with its kind and a short excerpt. The forms turn the kinds into Dutch messages.

What it looks for:

- ``email``: e-mail addresses.
- ``phone``: Dutch phone numbers, mobile and landline, national (06-12345678, 020-1234567,
  0201234567, 06 12 34 56 78) and international (+31 6 1234 5678, 0031 20 1234567, +31 (0)6 ...).
- ``bsn``: citizen service numbers: nine digits (also written 1234.56.782 or 123 456 782) that
  pass the 11-proof.
- ``iban``: bank account numbers, Dutch and foreign, with or without spaces, checked with mod-97.
- ``postcode``: a Dutch postcode together with a house number ("1234 AB 12", "1234AB 12a",
  "12, 1234 AB").
- ``address``: a street name with a common Dutch suffix and a house number ("Kerkstraat 12").

Decisions, on purpose:

- A postcode on its own ("rond 1234 AB") is not flagged: it covers a street or part of one,
  which is neighbourhood level. Only with a house number does it point at one household.
- A street name on its own ("de buurt aan de Kerkstraat") is not flagged; with a number it is.
- Years, dates, times, amounts and counts ("3 van de 4 keer", "2024", "12-03-2024",
  "19.30 uur") are not flagged. Numbers that only look like a phone number or a BSN by
  accident are rare, because of the prefix rules and the 11-proof.
- The detector prefers to miss an unusual way of writing over flagging ordinary text: it is a
  guard against habits, not a guarantee. The help texts still ask for no personal data at all.
"""

import re
from dataclasses import dataclass

EMAIL = "email"
PHONE = "phone"
BSN = "bsn"
IBAN = "iban"
POSTCODE = "postcode"
ADDRESS = "address"

KINDS = (EMAIL, PHONE, BSN, IBAN, POSTCODE, ADDRESS)

EXCERPT_LENGTH = 40


@dataclass(frozen=True)
class Finding:
    kind: str
    excerpt: str
    start: int
    end: int


def find_personal_data(text: str) -> list[Finding]:
    """Everything in ``text`` that looks like personal data, in order of appearance.

    Where two findings overlap (an IBAN contains digits that look like a phone number), the
    more specific kind wins: IBAN, e-mail, BSN, postcode, address, phone.
    """
    if not text:
        return []
    candidates: list[Finding] = []
    for finder in (_ibans, _emails, _bsns, _postcodes, _addresses, _phones):
        for start, end in finder(text):
            if not any(start < f.end and f.start < end for f in candidates):
                excerpt = _excerpt(text[start:end])
                candidates.append(Finding(_KIND_OF[finder], excerpt, start, end))
    return sorted(candidates, key=lambda f: f.start)


def contains_personal_data(text: str) -> bool:
    return bool(find_personal_data(text))


def _excerpt(value: str) -> str:
    value = " ".join(value.split())
    if len(value) > EXCERPT_LENGTH:
        return value[: EXCERPT_LENGTH - 1] + "…"
    return value


# E-mail ---------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")


def _emails(text):
    for match in _EMAIL_RE.finditer(text):
        yield match.span()


# IBAN -----------------------------------------------------------------------------------------

# Country code, check digits, then 11 to 30 letters/digits, possibly in groups split by spaces.
_IBAN_START_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])"
)


def iban_is_valid(value: str) -> bool:
    """The ISO 13616 mod-97 check on an IBAN without spaces."""
    value = value.replace(" ", "").upper()
    if not 15 <= len(value) <= 34 or not value[:2].isalpha() or not value[2:4].isdigit():
        return False
    if not value.isalnum() or not value.isascii():
        return False
    rearranged = value[4:] + value[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _ibans(text):
    for match in _IBAN_START_RE.finditer(text):
        start, end = match.span()
        # The greedy match may run into the next word ("... 7034 voor"); try the longest
        # prefix that ends at a word boundary and passes the check.
        ends = [i for i in range(start + 15, end + 1) if i == end or not text[i].isalnum()]
        for cut in reversed(ends):
            if iban_is_valid(text[start:cut]):
                yield start, cut
                break


# BSN ------------------------------------------------------------------------------------------

# Nine digits in a row, or in two to four groups split by the same space, dot or dash.
_BSN_RE = re.compile(
    r"(?<![\w.,:/-])"
    r"(\d{9}|\d{2,4}(?P<sep>[ .-])\d{2,4}(?:(?P=sep)\d{2,4}){0,2})"
    r"(?![\w]|[.,:/-]\d)"
)


def bsn_is_valid(digits: str) -> bool:
    """The 11-proof of a citizen service number (nine digits, weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return total % 11 == 0


def _bsns(text):
    for match in _BSN_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if bsn_is_valid(digits):
            yield match.span(1)


# Phone numbers ----------------------------------------------------------------------------------

# A run of digit groups joined by single separators (space, dash, " - "), possibly starting
# with +31/0031 and with an area code in brackets. The run is then cut into candidates.
_PHONE_RUN_RE = re.compile(
    r"(?<![\w+\-/.,:])"
    r"(?:\+|00)?\(?\d+\)?(?:(?: ?- ?| )(?:\(0\) ?\d+|\(?\d+\)?))*"
    r"(?![\w]|[.,:/]\d)"
)
_GROUP_RE = re.compile(r"\+?(?:\(0\) ?)?\(?\d+\)?")
_DATE_LIKE_RE = re.compile(r"^\d{1,2}-\d{1,2}-\d{2,4}")


def phone_is_valid(written: str) -> bool:
    """Is this (already cut) text a Dutch phone number?"""
    digits = re.sub(r"\D", "", written)
    if written.startswith("+") or written.startswith("00"):
        # International: +31 or 0031, an optional (0), then nine digits.
        digits = digits[2:] if written.startswith("00") else digits
        if not digits.startswith("31"):
            return False
        rest = digits[2:]
        if "(0)" in written:
            rest = rest[1:] if rest.startswith("0") else rest
        return len(rest) == 9 and rest[0] != "0"
    return len(digits) == 10 and digits[0] == "0" and digits[1] != "0"


def _phones(text):
    for match in _PHONE_RUN_RE.finditer(text):
        groups = list(_GROUP_RE.finditer(match.group(0)))
        offset = match.start()
        index = 0
        while index < len(groups):
            found = False
            for last in range(index, len(groups)):
                start = offset + groups[index].start()
                end = offset + groups[last].end()
                written = text[start:end]
                if len(re.sub(r"\D", "", written)) > 13:
                    break
                if _DATE_LIKE_RE.match(written):
                    break
                if phone_is_valid(written):
                    yield start, end
                    index = last + 1
                    found = True
                    break
            if not found:
                index += 1


# Postcode with house number -----------------------------------------------------------------

# Dutch postcode: four digits (not starting with 0), two letters (never SA, SD or SS). With a
# space before the letters they must be capitals, so "2024 en 12" stays ordinary text.
_POSTCODE = r"[1-9]\d{3}(?:(?:[A-Za-z]{2})|(?: [A-Z]{2}))"
_HOUSE_NUMBER = r"\d{1,5}(?: ?[-/] ?\d{1,4}| ?[A-Za-z](?![A-Za-z]))?"
_POSTCODE_RE = re.compile(
    rf"(?<![\w])(?:(?P<before>{_HOUSE_NUMBER}),? +)?(?P<postcode>{_POSTCODE})(?![A-Za-z0-9])"
    rf"(?:,? +(?P<after>{_HOUSE_NUMBER})(?![\w]|[.,:]\d))?"
)
_EXCLUDED_POSTCODE_LETTERS = {"SA", "SD", "SS"}
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _postcodes(text):
    for match in _POSTCODE_RE.finditer(text):
        letters = match.group("postcode")[-2:].upper()
        if letters in _EXCLUDED_POSTCODE_LETTERS:
            continue
        numbers = [match.group(name) for name in ("before", "after") if match.group(name)]
        if not numbers:
            continue  # a postcode on its own: neighbourhood level, see the module docstring
        if all(_YEAR_RE.fullmatch(number) for number in numbers):
            continue  # "2024 EN 2025": years, not an address
        yield match.span()


# Street name with house number --------------------------------------------------------------

_STREET_SUFFIXES = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|plantsoen|wal|hoven|"
    "boulevard|park|markt"
)
# Words after a number that show it is a count, not a house number ("de Kerkstraat 3 keer").
_COUNT_WORDS = (
    "keer|uur|jaar|maanden|weken|dagen|minuten|meter|bewoners|mensen|huizen|woningen|gezinnen"
)
_ADDRESS_RE = re.compile(
    rf"(?<![\w])[A-Z][\w'-]*(?:{_STREET_SUFFIXES}) (?:{_HOUSE_NUMBER})"
    rf"(?![\w]|[.,:]\d| (?:{_COUNT_WORDS})\b)"
)


def _addresses(text):
    for match in _ADDRESS_RE.finditer(text):
        yield match.span()


_KIND_OF = {
    _ibans: IBAN,
    _emails: EMAIL,
    _bsns: BSN,
    _postcodes: POSTCODE,
    _addresses: ADDRESS,
    _phones: PHONE,
}
