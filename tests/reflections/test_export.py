import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, pgettext

from reflections import exports
from tests.reflections.factories import STARR_ANSWERS, FeedbackFactory, ReflectionFactory
from wijkwerk.templatetags.dutch_dates import format_date_text

LEARNING_POINTS = 'Eerst luisteren; dan vragen.\nNaïef? Nee: "geduldig", café-gesprek, überhaupt.'
# The eight columns of the first export, in their old places.
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
STARR_KEYS = ["situation", "task", "action", "result", "reflection"]


def question_columns(*model_keys):
    """The header of the answer columns of these models, in the models' order."""
    from reflections.prompts import MODELS

    return [
        gettext("%(model)s – %(question)s") % {"model": model.label, "question": prompt.label}
        for key, model in MODELS.items()
        if key in model_keys
        for prompt in model.prompts
    ]


def last_columns():
    return [gettext("Feedback"), gettext("Reviewed by"), gettext("Reviewed on")]


def status(name):
    return pgettext("reflection status", name)


def parse_csv(response):
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "the file must start with a UTF-8 byte order mark"
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


REVIEWED_AT = datetime.datetime(2025, 2, 1, 10, tzinfo=datetime.UTC)


@pytest.fixture
def portfolio(make_reflection, situation, lead):
    reviewed = make_reflection(
        title="Gesprek met de heer uit de flat: ‘één’ stap",
        date=datetime.date(2025, 1, 15),
        category="reflectie",
        minutes=90,
        situation=situation,
        learning_points=LEARNING_POINTS,
        status="reviewed",
        reviewed_by=lead,
        reviewed_at=REVIEWED_AT,
    )
    for kind, text in (("returned", "Wat was je doel?"), ("reviewed", "")):
        feedback = FeedbackFactory(reflection=reviewed, author=lead, kind=kind, text=text)
        feedback.created_at = REVIEWED_AT
        feedback.save(update_fields=["created_at"])
    return [
        reviewed,
        make_reflection(
            title="Intervisie over spanning",
            date=datetime.date(2025, 2, 20),
            category="intervisie",
            minutes=120,
            model="korthagen",
            answers={"acting": "Ik bracht een casus in."},
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


def test_the_csv_holds_answers_feedback_and_review_and_parses_back(
    login, worker, lead, portfolio, situation
):
    response = login(worker).get(reverse("reflections:export"), {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = parse_csv(response)
    # The old columns first, then a column per question of the models used (STARR and
    # Korthagen here, not the short model), then the feedback and the review.
    assert rows[0] == HEADER + question_columns("starr", "korthagen") + last_columns()
    starr = [STARR_ANSWERS[key] for key in STARR_KEYS]
    no_korthagen = [""] * 5
    day = format_date_text(REVIEWED_AT)
    assert rows[1:] == [
        [
            "2025-01-15",
            "Gesprek met de heer uit de flat: ‘één’ stap",
            "Reflectie",
            "90",
            "STARR",
            situation.title,
            LEARNING_POINTS,
            str(status("Reviewed")),
            *starr,
            *no_korthagen,
            f"{day} – {lead} ({pgettext('feedback kind', 'returned for changes')}): Wat was je doel?\n\n"
            f"{day} – {lead} ({pgettext('feedback kind', 'reviewed')})",
            str(lead),
            "2025-02-01",
        ],
        [
            "2025-02-20",
            "Intervisie over spanning",
            "Intervisie",
            "120",
            "Reflectiecirkel van Korthagen",
            "",
            "",
            str(status("Draft")),
            *[""] * 5,
            "Ik bracht een casus in.",
            *[""] * 4,
            "",
            "",
            "",
        ],
        [
            "2025-10-01",
            "Supervisie in het najaar",
            "Supervisie",
            "45",
            "STARR",
            "",
            "Eerst luisteren, dan pas voorstellen doen.",
            str(status("Submitted")),
            *starr,
            *no_korthagen,
            "",
            "",
            "",
        ],
    ]


def test_only_the_models_used_get_answer_columns(login, worker, make_reflection):
    make_reflection(model="short", answers={"conversation": "Rustig."})
    rows = parse_csv(login(worker).get(reverse("reflections:export"), {"format": "csv"}))
    assert rows[0] == HEADER + question_columns("short") + last_columns()
    assert rows[1][8:12] == ["Rustig.", "", "", ""]


def test_the_file_name_says_the_period_in_dutch_words(login, worker, portfolio):
    client = login(worker)

    def name(**period):
        response = client.get(reverse("reflections:export"), {"format": "csv", **period})
        return response["Content-Disposition"]

    def slug(day):
        return format_date_text(day).replace(". ", "-").replace(" ", "-").lower()

    today = timezone.localdate()
    jan, dec = datetime.date(2025, 1, 15), datetime.date(2025, 12, 1)
    assert name(date_from="2025-01-15", date_to="2025-12-01") == (
        f'attachment; filename="reflecties-{slug(jan)}-tot-en-met-{slug(dec)}.csv"'
    )
    assert name(date_to="2025-12-01") == (
        f'attachment; filename="reflecties-tot-en-met-{slug(dec)}.csv"'
    )
    assert name() == f'attachment; filename="reflecties-tot-en-met-{slug(today)}.csv"'
    assert name(date_from="2025-01-15") == (
        f'attachment; filename="reflecties-{slug(jan)}-tot-en-met-{slug(today)}.csv"'
    )


def test_the_file_name_in_dutch(settings):
    """With the Dutch month abbreviations: "1-jan-2026", "3-mei-2026"."""
    from django.utils import translation

    with translation.override("nl"):
        name = exports.file_name(datetime.date(2026, 1, 1), datetime.date(2026, 5, 3))
    jan = pgettext("abbreviated month", "Jan.")
    may = pgettext("abbreviated month", "May")
    assert name == (
        f"reflecties-1-{jan.rstrip('.').lower()}-2026-tot-en-met-3-{may.rstrip('.').lower()}"
        "-2026.csv"
    )


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


def test_cells_that_look_like_formulas_are_not_run_by_a_spreadsheet(
    login, worker, lead, make_reflection
):
    reflection = make_reflection(
        title='=HYPERLINK("http://x")',
        learning_points="- gewoon een lijstje",
        answers={**STARR_ANSWERS, "task": "+31 6 1234"},
        status="submitted",
    )
    FeedbackFactory(reflection=reflection, author=lead, text="@SUM(A1:A2)")
    row = parse_csv(login(worker).get(reverse("reflections:export"), {"format": "csv"}))[1]
    assert row[1] == '\'=HYPERLINK("http://x")'
    assert row[6] == "- gewoon een lijstje"
    assert row[9] == "'+31 6 1234"  # an answer
    # The feedback starts with its date, so it can never start a formula.
    assert row[-3].endswith(": @SUM(A1:A2)")
    assert not row[-3].startswith(("=", "+", "@", "-"))


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
    assert response.context["form"].errors["date_to"] == [
        gettext("The end date is before the start date. Choose a later end date.")
    ]


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
    start = format_date_text(datetime.date(2025, 10, 1))
    assert gettext("Period: from %(start)s.") % {"start": start} in content
    assert _totals(content)[-3:] == ["Totaal", "45", "0,8"]


def test_the_print_page_names_the_reviewer_and_shows_the_feedback(login, worker, lead, portfolio):
    content = login(worker).get(reverse("reflections:export"), {"format": "print"}).content.decode()
    when = format_date_text(REVIEWED_AT)
    # escape: a generated name may hold an apostrophe ("van 't Erve"), escaped in the page
    assert escape(gettext("by %(name)s on %(when)s") % {"name": lead, "when": when}) in content
    assert "Wat was je doel?" in content
    assert content.count('class="portfolio-feedback-item text-break"') == 2
    assert (
        escape(
            f"{when} – {lead} ({pgettext('feedback kind', 'returned for changes')})",
        )
        in content
    )
