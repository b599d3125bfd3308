import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.reflections.factories import ReflectionFactory

LEARNING_POINTS = 'Eerst luisteren; dan vragen.\nNaïef? Nee: "geduldig", café-gesprek, überhaupt.'
HEADER = [
    "Datum",
    "Titel",
    "Categorie",
    "Minuten",
    "Reflectiemodel",
    "Situatie",
    "Leerpunten",
    "Status",
]


def parse_csv(response):
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "the file must start with a UTF-8 byte order mark"
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.fixture
def portfolio(make_reflection, situation):
    return [
        make_reflection(
            title="Gesprek met de heer uit de flat: ‘één’ stap",
            date=datetime.date(2025, 1, 15),
            category="reflectie",
            minutes=90,
            situation=situation,
            learning_points=LEARNING_POINTS,
            status="reviewed",
        ),
        make_reflection(
            title="Intervisie over spanning",
            date=datetime.date(2025, 2, 20),
            category="intervisie",
            minutes=120,
            model="korthagen",
            answers={},
            learning_points="",
            status="draft",
        ),
        make_reflection(
            title="Supervisie in het najaar",
            date=datetime.date(2025, 10, 1),
            category="supervisie",
            minutes=45,
            status="submitted",
        ),
    ]


def test_the_csv_parses_back_to_the_same_values(login, worker, portfolio, situation):
    response = login(worker).get(reverse("reflections:export"), {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reflecties-begin-nu.csv"'
    rows = parse_csv(response)
    assert rows[0] == HEADER
    assert rows[1:] == [
        [
            "2025-01-15",
            "Gesprek met de heer uit de flat: ‘één’ stap",
            "reflectie",
            "90",
            "STARR",
            situation.title,
            LEARNING_POINTS,
            "beoordeeld",
        ],
        [
            "2025-02-20",
            "Intervisie over spanning",
            "intervisie",
            "120",
            "Reflectiecirkel van Korthagen",
            "",
            "",
            "concept",
        ],
        [
            "2025-10-01",
            "Supervisie in het najaar",
            "supervisie",
            "45",
            "STARR",
            "",
            "Eerst luisteren, dan pas voorstellen doen.",
            "ingestuurd",
        ],
    ]


def test_the_csv_keeps_dutch_characters_intact(login, worker, portfolio):
    text = (
        login(worker)
        .get(reverse("reflections:export"), {"format": "csv"})
        .content.decode("utf-8-sig")
    )
    for word in ("één", "Naïef", "café", "überhaupt"):
        assert word in text


def test_the_period_filter_includes_both_ends(login, worker, portfolio):
    response = login(worker).get(
        reverse("reflections:export"),
        {"format": "csv", "date_from": "2025-01-15", "date_to": "2025-02-20"},
    )
    assert [row[1] for row in parse_csv(response)[1:]] == [
        "Gesprek met de heer uit de flat: ‘één’ stap",
        "Intervisie over spanning",
    ]
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="reflecties-2025-01-15-2025-02-20.csv"'
    )


def test_the_export_holds_only_my_own_reflections(login, worker, colleague, lead, portfolio):
    ReflectionFactory(author=colleague, title="Van Ahmed", status="reviewed")
    ReflectionFactory(author=lead, title="Van Joke", status="reviewed")
    titles = [
        row[1]
        for row in parse_csv(login(worker).get(reverse("reflections:export"), {"format": "csv"}))[
            1:
        ]
    ]
    assert len(titles) == 3
    assert "Van Ahmed" not in titles and "Van Joke" not in titles


def test_cells_that_look_like_formulas_are_not_run_by_a_spreadsheet(login, worker, make_reflection):
    make_reflection(title='=HYPERLINK("http://x")', learning_points="- gewoon een lijstje")
    row = parse_csv(login(worker).get(reverse("reflections:export"), {"format": "csv"}))[1]
    assert row[1] == '\'=HYPERLINK("http://x")'
    assert row[6] == "- gewoon een lijstje"


def test_without_a_format_it_shows_the_export_form(login, worker):
    response = login(worker).get(reverse("reflections:export"))
    content = response.content.decode()
    assert response["Content-Type"].startswith("text/html")
    assert "Mijn reflecties exporteren" in content
    assert 'name="format" type="submit" value="csv"' in content
    assert 'name="format" type="submit" value="print"' in content


def test_a_reversed_period_gets_a_dutch_error(login, worker, portfolio):
    response = login(worker).get(
        reverse("reflections:export"),
        {"format": "csv", "date_from": "2025-03-01", "date_to": "2025-01-01"},
    )
    assert response["Content-Type"].startswith("text/html")
    assert "De einddatum ligt vóór de begindatum." in response.content.decode()


def _totals(content):
    table = content[content.index("portfolio-totals") : content.index("</table>")]
    cells = re.findall(r"<t[hd][^>]*>\s*(.*?)\s*</t[hd]>", table, re.S)
    return cells[3:]  # skip the header row


def test_the_print_page_shows_totals_per_category_first_without_drafts(login, worker, portfolio):
    content = login(worker).get(reverse("reflections:export"), {"format": "print"}).content.decode()
    # The intervision reflection (120 minutes) is a draft: listed, not counted.
    assert _totals(content) == [
        "Reflectie",
        "90",
        "1,5",
        "Intervisie",
        "0",
        "0,0",
        "Supervisie",
        "45",
        "0,8",
        "Totaal",
        "135",
        "2,3",
    ]
    assert "Intervisie over spanning" in content
    assert content.index("portfolio-totals") < content.index("<article")


def test_the_print_page_has_one_reflection_per_page_with_a_print_stylesheet(
    login, worker, portfolio, situation
):
    content = login(worker).get(reverse("reflections:export"), {"format": "print"}).content.decode()
    assert content.count('<article class="print-page portfolio-reflection">') == 3
    assert "/static/css/print.css" in content
    assert "/static/js/reflections-print.js" in content
    assert "<script>" not in content  # strict CSP: no inline scripts
    assert "1. Handelen" in content and "Resultaat" in content
    assert situation.title in content
    assert (
        situation.description not in content
    )  # nothing about residents beyond what the author wrote


def test_the_print_page_respects_the_period(login, worker, portfolio):
    content = (
        login(worker)
        .get(reverse("reflections:export"), {"format": "print", "date_from": "2025-10-01"})
        .content.decode()
    )
    assert content.count("<article") == 1
    assert "Periode: vanaf 1 oktober 2025." in content
    assert _totals(content)[-3:] == ["Totaal", "45", "0,8"]


def test_the_print_page_names_the_reviewer(login, worker, lead, make_reflection):
    make_reflection(
        status="reviewed",
        reviewed_by=lead,
        reviewed_at=datetime.datetime(2025, 3, 1, 12, tzinfo=datetime.UTC),
    )
    content = login(worker).get(reverse("reflections:export"), {"format": "print"}).content.decode()
    # escape: a generated name may hold an apostrophe ("van 't Erve"), escaped in the page
    assert f"beoordeeld door {escape(str(lead))} op 1 maart 2025" in content
