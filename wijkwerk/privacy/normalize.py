"""Undo the tricks that hide personal data from a pattern, and remember where each character was.

The detectors read the normalised text; the messages quote the text as it was typed. So every
normalised character keeps the index of the character it came from.

What normalising does:

- Unicode NFKC: fullwidth digits and signs (０６, ＠), ligatures and compatibility spaces become
  their plain form.
- Invisible format characters (zero-width spaces and joiners, direction marks and overrides,
  soft hyphens) are removed.
- Every kind of dash becomes "-", every kind of space becomes " " (line breaks stay: they end
  a sentence in notes).
- In a run that is mostly digits, letters that look like digits become digits ("O6-l2345678").
"""

import re
import unicodedata
from dataclasses import dataclass

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_LOOK_ALIKE_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1"})
# Less obvious look-alikes count only in runs with at least three real digits ("0612345S78").
_WEAK_LOOK_ALIKE_DIGITS = str.maketrans({"S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"})

# A look-alike letter is read as a digit only inside a token that has digits and no other
# letters, or as a whole group between two digit groups.
_STRONG = set("OoDIl|")
_WEAK = set("SsBZz")


@dataclass(frozen=True)
class Normalised:
    """The normalised text and, per character, its index in the original text."""

    text: str
    origin: tuple[int, ...]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span a normalised span came from (end exclusive)."""
        if start >= end:
            index = self.origin[start] if start < len(self.origin) else len(self.origin)
            return index, index
        return self.origin[start], self.origin[end - 1] + 1


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    for run in _RUN_RE.finditer(text):
        start, end = run.span()
        if run.group("plain"):
            # Printable ASCII and line breaks stay as they are (most of any note).
            chars.append(run.group("plain"))
            origin.extend(range(start, end))
            continue
        char = run.group(0)
        plain = _plain(char)
        chars.append(plain)
        origin.extend([start] * len(plain))
    normalised = _digits_for_look_alikes("".join(chars))
    return Normalised(normalised, tuple(origin))


_RUN_RE = re.compile(r"(?P<plain>[ -~\n\r]+)|.", re.DOTALL)


def _plain(char: str) -> str:
    if char in _SPACES:
        return " "
    if char in _DASHES:
        return "-"
    if unicodedata.category(char) == "Cf":
        return ""  # zero-width, direction and other invisible format characters
    plain = unicodedata.normalize("NFKC", char)
    return "".join("-" if c in _DASHES else " " if c in _SPACES else c for c in plain)


def _digits_for_look_alikes(text: str) -> str:
    text = _MIXED_TOKEN_RE.sub(_mixed_token, text)
    return _LOOK_ALIKE_GROUP_RE.sub(lambda m: m.group(0).translate(_LOOK_ALIKE_DIGITS), text)


# A token with digits and letters ("O6", "l2345678", "12a"); a group of look-alike letters
# between two digit groups ("06 12 OO 34").
_MIXED_TOKEN_RE = re.compile(r"[0-9A-Za-z|]*[0-9][0-9A-Za-z|]*")
_LOOK_ALIKE_GROUP_RE = re.compile(r"(?<=\d[ .-])[OoDIl|]+(?=[ .-]\d)")


def _mixed_token(match: re.Match) -> str:
    value = match.group(0)
    letters = {c for c in value if not c.isdigit()}
    if not letters:
        return value
    if letters <= _STRONG:
        return value.translate(_LOOK_ALIKE_DIGITS)
    if letters <= _STRONG | _WEAK and sum(c.isdigit() for c in value) >= 3:
        return value.translate(_LOOK_ALIKE_DIGITS).translate(_WEAK_LOOK_ALIKE_DIGITS)
    return value
