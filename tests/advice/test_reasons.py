import pytest

from advice.reasons import in_sentence


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Spanning", "spanning"),
        ("Kennismaken", "kennismaken"),
        (
            "Mensen met een licht verstandelijke beperking (LVB)",
            "mensen met een licht verstandelijke beperking (LVB)",
        ),
        ("GGZ-zorg in de wijk", "GGZ-zorg in de wijk"),
        ("LVB", "LVB"),
        ("Burenconflict met een zorgvraag (GGZ)", "burenconflict met een zorgvraag (GGZ)"),
        ("", ""),
    ],
)
def test_a_name_inside_a_sentence_keeps_the_capitals_of_abbreviations(name, expected):
    assert in_sentence(name) == expected
