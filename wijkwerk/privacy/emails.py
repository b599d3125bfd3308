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


def emails(text: str) -> Iterator[tuple[int, int]]:
    for pattern in (_PLAIN_RE, _WRITTEN_OUT_RE):
        for match in pattern.finditer(text):
            yield match.span()
