"""The one CSV writer behind every download: formulas never run, file names in Dutch."""

import csv
import io
from datetime import date

import pytest
from django.utils import translation

from wijkwerk.spreadsheets import cell, csv_response, period_slug


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+31 6", "'+31 6"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("＝1+1", "'＝1+1"),
        ("-1+cmd|'/C calc'!A0", "'-1+cmd|'/C calc'!A0"),
        ("- een punt uit de lijst", "- een punt uit de lijst"),
        ("Spanning", "Spanning"),
        (-3, -3),
    ],
)
def test_a_cell_shows_as_typed_and_never_runs(value, expected):
    assert cell(value) == expected


def test_the_period_is_written_in_dutch_whatever_the_language():
    with translation.override("en"):
        assert (
            period_slug(date(2026, 5, 1), date(2026, 12, 1)) == "1-mei-2026-tot-en-met-1-dec-2026"
        )
        assert period_slug(None, date(2026, 3, 9)) == "tot-en-met-9-mrt-2026"


def test_the_file_opens_in_columns_with_every_cell_neutralised():
    response = csv_response("x.csv", ["Naam", "Aantal"], ([name, 2] for name in ["=1+1", "Één"]))
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows == [["Naam", "Aantal"], ["'=1+1", "2"], ["Één", "2"]]
