"""E-mail addresses, also when the @ and the dots are written out to dodge a filter.

"piet.jansen@gmail.com", "PIET@GMAIL.COM", "piet @ gmail . com", "p.jansen(at)hotmail(dot)nl",
"anja [at] ziggo [.] nl", "piet punt jansen at gmail punt com", "jan apenstaartje kpn punt nl".
A written-out form only counts with a known top-level domain at the end, so "een punt" in an
ordinary sentence never starts an address.
"""

import re
from collections.abc import Iterator

_TLDS = (
    "nl|com|be|org|net|eu|info|de|fr|uk|nu|io|me|biz|co|online|email|mail|live|amsterdam|"
    "frl|xyz|tk|ma|tr|sr|pl|ro|es|it|pt"
)
_WORD = r"[\w+-]+"
_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
_AT = rf"(?:\s?@\s?|\s?{_OPEN}\s?(?:at|@|apenstaartje)\s?{_CLOSE}\s?|\s(?:at|apenstaartje)\s)"
_DOT = rf"(?:\s?\.\s?|\s?{_OPEN}\s?(?:dot|punt|\.)\s?{_CLOSE}\s?|\s(?:dot|punt)\s)"

_PLAIN_RE = re.compile(
    rf"(?<![\w.+-]){_WORD}(?:\.{_WORD})*\s?@\s?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}}(?![\w-])"
)
_WRITTEN_OUT_RE = re.compile(
    rf"(?<![\w.+-]){_WORD}(?:{_DOT}{_WORD})*{_AT}[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}(?:{_TLDS})\b",
    re.IGNORECASE,
)


# Cheap checks first: most notes have no @ and no written-out one.
_WRITTEN_OUT_HINT_RE = re.compile(rf"\sat\s|apenstaartje|{_OPEN}\s?(?:at|@)", re.IGNORECASE)


def emails(text: str) -> Iterator[tuple[int, int]]:
    if "@" in text:
        for match in _PLAIN_RE.finditer(text):
            yield match.span()
    if "@" in text or _WRITTEN_OUT_HINT_RE.search(text):
        for match in _WRITTEN_OUT_RE.finditer(text):
            yield match.span()
