"""The personal-data guard: normalise, then run every detector, then merge what they found.

``scan(text)`` returns findings in the order they appear, each with its kind, the words as they
were typed and whether it is hard (refused) or held (a possible name: the writer may confirm it
is not a person). Plain Python, no Django: the forms decide what to do with the findings.
"""

from dataclasses import dataclass

from wijkwerk.privacy import addresses, births, emails, names, numbers
from wijkwerk.privacy.normalize import normalise

EMAIL = "email"
PHONE = "phone"
BSN = "bsn"
IBAN = "iban"
ADDRESS = "address"
BIRTH_DATE = "birth_date"
AGE = "age"
NAME = "name"

# Hard identifiers are refused; a possible name is held for the writer to check.
HARD_KINDS = (IBAN, EMAIL, BSN, PHONE, BIRTH_DATE, AGE, ADDRESS)
HELD_KINDS = (NAME,)
KINDS = HARD_KINDS + HELD_KINDS

EXCERPT_LENGTH = 50


@dataclass(frozen=True)
class Finding:
    kind: str
    excerpt: str  # the words as typed, shortened; shown to the writer, never stored
    start: int  # in the original text
    end: int

    @property
    def hard(self) -> bool:
        return self.kind in HARD_KINDS


def scan(text: str, *, allowed_phones: frozenset[str] = frozenset()) -> list[Finding]:
    """Everything in ``text`` that looks like personal data of a person, in reading order.

    ``allowed_phones`` holds E.164 numbers that may be written (the team's own number). Where
    findings overlap, the longest wins (an IBAN holds digits that look like a phone number or a
    BSN; "mevrouw Jansen, 82 jaar" is an age next to a name, not only a name); overlapping
    findings of one kind become one ("Kerkstraat 12, 1234 AB").
    """
    if not text or not text.strip():
        return []
    normalised = normalise(text)
    plain = normalised.text
    found_names = list(names.names(plain))
    spans = {
        IBAN: numbers.ibans(plain),
        EMAIL: emails.emails(plain),
        BSN: numbers.bsns(plain),
        PHONE: numbers.phones(plain, allowed_phones),
        BIRTH_DATE: births.birth_dates(plain),
        AGE: births.ages_next_to(plain, found_names),
        ADDRESS: addresses.addresses(plain),
        NAME: found_names,
    }
    candidates = [(start, end, kind) for kind in KINDS for start, end in _merged(spans[kind])]
    # The longest span wins an overlap; between equals, the kind earlier in KINDS.
    candidates.sort(key=lambda c: (c[0] - c[1], KINDS.index(c[2]), c[0]))
    taken: list[tuple[int, int]] = []
    findings = []
    for start, end, kind in candidates:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        original_start, original_end = normalised.span_in_original(start, end)
        excerpt = _excerpt(text[original_start:original_end])
        findings.append(Finding(kind, excerpt, original_start, original_end))
    return sorted(findings, key=lambda finding: finding.start)


def _merged(spans) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _excerpt(value: str) -> str:
    value = "".join(c for c in " ".join(value.split()) if c.isprintable())
    if len(value) > EXCERPT_LENGTH:
        return value[: EXCERPT_LENGTH - 1] + "…"
    return value
