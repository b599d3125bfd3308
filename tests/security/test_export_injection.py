"""The CSV export never hands a spreadsheet a formula, also not in a situation title written
by a colleague, nor behind a list dash or a full-width sign."""

import csv
import io

import pytest
from django.urls import reverse

from reflections.exports import csv_row
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import SituationFactory


def _export(client):
    response = client.get(reverse("reflections:export"), {"format": "csv"})
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        '=HYPERLINK("http://x")',
        "+31 6 1234",
        "@SUM(A1:A2)",
        "-1+1",
        "- 1+cmd|' /C calc'!A0",
        '- HYPERLINK("http://voorbeeld.test")',
        "\t=1+1",
        '＝HYPERLINK("http://x")',
        "＋1",
        "－1+1",
        "＠SUM(A1)",
    ],
)
def test_a_cell_that_a_spreadsheet_could_run_gets_an_apostrophe(worker, text):
    reflection = ReflectionFactory.build(author=worker, title="Titel", learning_points=text)
    assert csv_row(reflection)[6] == "'" + text


@pytest.mark.parametrize(
    "text", ["- gewoon een lijstje", "-", "Gewone tekst", "- eerst luisteren\n- dan praten"]
)
def test_ordinary_text_and_list_dashes_stay_as_they_are(worker, text):
    reflection = ReflectionFactory.build(author=worker, title="Titel", learning_points=text)
    assert csv_row(reflection)[6] == text


def test_a_colleagues_situation_title_cannot_smuggle_a_formula(login, worker, team, colleague):
    situation = SituationFactory(team=team, owner=colleague, title='=HYPERLINK("http://x","klik")')
    ReflectionFactory(author=worker, situation=situation)
    row = _export(login(worker))[1]
    assert row[5] == '\'=HYPERLINK("http://x","klik")'
