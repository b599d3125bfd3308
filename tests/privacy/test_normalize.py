"""Normalising undoes the tricks that hide data from a pattern, and keeps where each character
came from, so a message quotes what was typed."""

from wijkwerk.privacy.normalize import normalise


def test_invisible_characters_are_removed_and_positions_kept():
    text = "bel 06\u200b1234\u2060567\u200d8"
    normalised = normalise(text)
    assert normalised.text == "bel 0612345678"
    start, end = normalised.span_in_original(4, len(normalised.text))
    assert text[start:end] == "06\u200b1234\u2060567\u200d8"


def test_fullwidth_signs_dashes_and_spaces_become_plain():
    assert normalise("０６－１２３４５６７８").text == "06-12345678"
    assert normalise("06\u201312\u00a034\u2009567\u202f8").text == "06-12 34 567 8"
    assert normalise("jan＠example．nl").text == "jan@example.nl"


def test_direction_overrides_are_removed():
    assert normalise("\u202e87654321-60\u202c").text == "87654321-60"


def test_look_alike_letters_become_digits_only_inside_numbers():
    assert normalise("O6-l2345678").text == "06-12345678"
    assert normalise("06 12 OO 34 56").text == "06 12 00 34 56"
    assert normalise("0612345S78").text == "0612345578"
    # Ordinary words and house-number letters are left alone.
    assert normalise("Oost 12a Overleg").text == "Oost 12a Overleg"


def test_line_breaks_stay_so_sentences_stay_apart():
    assert normalise("Noor\nzegt").text == "Noor\nzegt"
