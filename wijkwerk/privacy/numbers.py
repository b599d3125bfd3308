"""Numbers that identify a person: phone numbers, citizen service numbers (BSN) and IBANs.

Every finder takes normalised text (see normalize.py) and yields (start, end) spans in it.

- Phones: a row of digit groups (split by spaces, dashes, dots or slashes, with +31/0031/+32 and
  "(0)" or an area code in brackets) is cut into candidates that ``phonenumbers`` accepts as a
  Dutch or Belgian subscriber number. Service numbers (0800, 0900, 088, 14 0xx) belong to
  organisations and pass, as do numbers the team configured as its own.
- BSN (and the older sofinummer): nine digits in any grouping that pass the 11-proof
  (``python-stdnum``), or any eight or nine digits right after the word "BSN" or "sofinummer".
- IBAN: every country, separators and lower case allowed, checked with ``python-stdnum``. A Dutch,
  Belgian or German IBAN that has the exact shape but a failing checksum is most likely a typo of
  a real account, so it is flagged too.
"""

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

Span = tuple[int, int]

# Digit groups joined by one separator; the first may carry +, 00 or brackets, later ones "(0)".
_RUN_RE = re.compile(
    r"(?<![\w+/.,:€-])"
    r"(?:\+\s?)?\(?\d+\)?(?:(?:\s?[-/.]\s?|\s|(?=\(0\)))(?:\(0\)\s?-?)?\(?\d+\)?)*"
    r"(?![\w]|[.,:/]\d|\s?%)"
)
_GROUP_RE = re.compile(r"\+?(?:\(0\)\s?-?)?\(?\d+\)?")
# Windows that are a date (with a four-digit year) or a time span, not a phone number.
_DATE_START_RE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d")
_TIME_SPAN_RE = re.compile(r"^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}")
_AMOUNT_AFTER_RE = re.compile(r"^\s?(?:euro|eur\b|,-|,\d)", re.IGNORECASE)

_PERSONAL_TYPES = {
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
}
_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909", "088", "14")


def phone_number(written: str) -> phonenumbers.PhoneNumber | None:
    """The Dutch or Belgian subscriber number this text is, or None."""
    digits = re.sub(r"\D", "", written)
    international = written.lstrip("(").startswith(("+", "00"))
    if not international and (not digits.startswith("0") or digits.startswith(_SERVICE_PREFIXES)):
        return None
    if not 9 <= len(digits) <= 14:
        return None
    for region in ("NL", "BE"):
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.region_code_for_number(number) not in ("NL", "BE"):
            continue
        if phonenumbers.is_valid_number(number):
            if phonenumbers.number_type(number) in _PERSONAL_TYPES:
                return number
            return None
        # A number from a range phonenumbers does not know yet, in the right shape.
        national = str(number.national_number)
        right_length = (region == "NL" and len(national) == 9) or (
            region == "BE" and len(national) in (8, 9)
        )
        service = ("0" + national).startswith(_SERVICE_PREFIXES)
        if right_length and not service and phonenumbers.is_possible_number(number):
            return number
    return None


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phones(text: str, allowed: frozenset[str] = frozenset()) -> Iterator[Span]:
    """Phone numbers; ``allowed`` holds E.164 numbers that may be written (the team's own)."""
    for windows in _digit_windows(text, max_digits=14, min_digits=9):
        for window_start, window_end, written in windows:
            if written[0] not in "+(0":
                break  # every window here starts with the same group
            if _DATE_START_RE.match(written) or _TIME_SPAN_RE.match(written):
                continue
            number = phone_number(written)
            if number is not None:
                if e164(number) not in allowed:
                    yield window_start, window_end
                break


_BSN_LABEL_RE = re.compile(
    r"\b(?:bsn|burgerservice\s?(?:nummer|nr)|sofi(?:\s?-?\s?(?:nummer|nr))?)\.?\s*(?:nummer|nr\.?)?\s*[:=]?\s*"
    r"(?P<number>\d(?:[\s.-]?\d){7,8})(?!\d)",
    re.IGNORECASE,
)


def bsns(text: str) -> Iterator[Span]:
    for match in _BSN_LABEL_RE.finditer(text):
        yield match.span("number")
    for windows in _digit_windows(text, max_digits=9, min_digits=9):
        for window_start, window_end, written in windows:
            digits = re.sub(r"\D", "", written)
            amount = _AMOUNT_AFTER_RE.match(text[window_end:])
            if len(digits) == 9 and not amount and stdnum_bsn.is_valid(digits):
                yield window_start, window_end
                break


# An IBAN-shaped string: country code, check digits, then letters and digits in groups.
_IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\s?\d{2}(?:[\s.-]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])"
)
# Exact national shapes (after removing separators) that are flagged even with a wrong checksum.
_IBAN_SHAPES = {
    "NL": re.compile(r"NL\d{2}[A-Z]{4}\d{10}"),
    "BE": re.compile(r"BE\d{14}"),
    "DE": re.compile(r"DE\d{20}"),
}


def ibans(text: str) -> Iterator[Span]:
    for match in _IBAN_RE.finditer(text):
        start, end = match.span()
        # The greedy match may run on into the next word group ("... 7034 2025"): try the
        # longest piece ending at a group boundary that is an IBAN, or has a national shape.
        cuts = [i for i in range(end, start + 14, -1) if i == end or not text[i].isalnum()]
        for cut in cuts:
            compact = re.sub(r"[\s.-]", "", text[start:cut]).upper()
            shape = _IBAN_SHAPES.get(compact[:2])
            if stdnum_iban.is_valid(compact) or (shape and shape.fullmatch(compact)):
                yield start, cut
                break


def _digit_windows(text: str, max_digits: int, min_digits: int):
    """Per run of digit groups and per starting group: the windows of whole groups from there
    with ``min_digits`` to ``max_digits`` digits, longest first (so "06 12 34 56 78" is taken
    whole, not as "06 12 34 56"). Overlapping findings are merged by the guard, so a caller
    simply takes the first window it accepts."""
    for run in _RUN_RE.finditer(text):
        written = run.group(0)
        if sum(c.isdigit() for c in written) < min_digits:
            continue
        groups = list(_GROUP_RE.finditer(written))
        counts = [sum(c.isdigit() for c in group.group(0)) for group in groups]
        offset = run.start()
        for index in range(len(groups)):
            windows = []
            digits = 0
            for last in range(index, len(groups)):
                digits += counts[last]
                if digits > max_digits:
                    break
                if digits >= min_digits:
                    start = offset + groups[index].start()
                    end = offset + groups[last].end()
                    windows.append((start, end, text[start:end]))
            yield list(reversed(windows))
