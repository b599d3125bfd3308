"""The portfolio as a spreadsheet (CSV): one reflection per row, for a registration body or
for your own records.

Columns, left to right:

- the eight of the first export, in their old places (so a sheet built on it keeps working):
  date, title, category, minutes, reflection model, situation, learning points, status;
- one column per question ("STARR – Situatie"), for each reflection model used in the exported
  period, in the models' order: each answer can be read, filtered and copied on its own, and
  a question of another model stays empty;
- the feedback: every message of the thread, oldest first, each as "date – name (kind): text",
  separated by an empty line;
- who reviewed it and on which date.

UTF-8 with a byte order mark and semicolons, so Excel with Dutch settings opens it in columns
with ë, é and ü intact. Dates as 2026-12-01, which every spreadsheet reads as a date. Every
text cell is neutralised (``wijkwerk.spreadsheets.cell``): a spreadsheet never runs what
someone typed.
"""

from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext

from reflections.models import Reflection
from reflections.prompts import MODELS, Prompt, ReflectionModel
from reflections.selectors import models_used, with_feedback
from wijkwerk import spreadsheets
from wijkwerk.templatetags.dutch_dates import format_date_text

PromptColumns = list[tuple[ReflectionModel, Prompt]]


def prompt_columns(model_keys) -> PromptColumns:
    """(model, prompt) per answer column: the prompts of the models used, in the models' order."""
    return [
        (model, prompt)
        for key, model in MODELS.items()
        if key in model_keys
        for prompt in model.prompts
    ]


def csv_header(columns: PromptColumns = ()) -> list[str]:
    return [
        gettext("Date"),
        gettext("Title"),
        gettext("Category"),
        gettext("Minutes"),
        gettext("Reflection model"),
        gettext("Situation"),
        gettext("Learning points"),
        gettext("Status"),
        *[
            gettext("%(model)s – %(question)s") % {"model": model.label, "question": prompt.label}
            for model, prompt in columns
        ],
        gettext("Feedback"),
        gettext("Reviewed by"),
        gettext("Reviewed on"),
    ]


def feedback_text(feedback) -> str:
    """One message of the thread: "1 dec. 2026 – Joke Visser (returned): the text"."""
    line = gettext("%(date)s – %(name)s (%(kind)s)") % {
        "date": format_date_text(feedback.created_at),
        "name": feedback.author or gettext("a former team lead"),
        "kind": feedback.get_kind_display(),
    }
    return f"{line}: {feedback.text}" if feedback.text else line


def csv_row(reflection: Reflection, columns: PromptColumns = ()) -> list[str]:
    answers = reflection.answers or {}
    # A reflection not saved yet (built in a test) has no thread to read.
    thread = reflection.feedback.all() if reflection.pk else []
    reviewed_on = (
        timezone.localtime(reflection.reviewed_at).date() if reflection.reviewed_at else None
    )
    cells = [
        reflection.date.isoformat(),
        reflection.title,
        capfirst(reflection.get_category_display()),
        str(reflection.minutes),
        str(reflection.get_model_display()),
        reflection.situation.title if reflection.situation else "",
        reflection.learning_points,
        str(reflection.get_status_display()),
        *[
            answers.get(prompt.key, "") if model.key == reflection.model else ""
            for model, prompt in columns
        ],
        "\n\n".join(feedback_text(feedback) for feedback in thread),
        str(reflection.reviewed_by) if reflection.reviewed_by else "",
        reviewed_on.isoformat() if reviewed_on else "",
    ]
    return [spreadsheets.cell(value) for value in cells]


def file_name(start, end, *, today=None) -> str:
    """ "reflecties-1-jan-2026-tot-en-met-1-dec-2026.csv": the period in Dutch words, like the
    URLs and the overview's files. Without an end date the period ends today (a reflection is
    never about a later day); without a start date it is everything up to the end."""
    return f"reflecties-{spreadsheets.period_slug(start, end or today or timezone.localdate())}.csv"


def csv_response(reflections, start, end):
    """The CSV file of ``reflections`` (the author's own, already limited to the period)."""
    columns = prompt_columns(models_used(reflections))
    rows = with_feedback(reflections.select_related("situation", "reviewed_by"))
    return spreadsheets.csv_response(
        file_name(start, end),
        csv_header(columns),
        (csv_row(reflection, columns) for reflection in rows.iterator(chunk_size=500)),
    )
