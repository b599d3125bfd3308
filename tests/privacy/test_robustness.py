"""Whatever is typed, the guard answers: no exception, and every finding points into the text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkwerk.privacy.guard import KINDS, scan

# Text that mixes digits, separators, letters, look-alikes and odd Unicode (fullwidth,
# invisible, combining, right-to-left), where a guard is most likely to trip over itself.
PIECES = st.sampled_from(
    [
        "06", "12345678", "+31", "(0)", " ", "-", ".", "/", "@", "at", "punt", "O", "l",
        "Kerkstraat", "12a", "1234 AB", "mevrouw", "Jansen", "geb.", "12-03-1985", "NL91",
        "\u200b", "\u202e", "\u00a0", "\u2013", "０", "＠", "e\u0301", "ﬁ", "\n", "BSN",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_scan_never_fails_and_every_finding_points_into_the_text(text):
    for finding in scan(text):
        assert finding.kind in KINDS
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.excerpt


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_is_answered(text):
    assert isinstance(scan(text), list)
