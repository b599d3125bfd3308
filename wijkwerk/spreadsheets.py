"""CSV files a spreadsheet opens as they are meant: one module for every download.

UTF-8 with a byte order mark and semicolons, so Excel with Dutch settings opens the file in
columns with ë and é intact. Every text cell is neutralised: a spreadsheet never runs what
someone typed (CSV injection). File names say the period in Dutch, whatever the interface
language, like the URLs they come from.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

# What a spreadsheet reads as the start of a formula, also in full width (＝, ＋, ＠, －).
FORMULA_STARTS = ("=", "+", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff20", "\uff0d")
# What a formula needs to reach beyond its cell: a function call, DDE, another sheet.
FORMULA_REACH = ("(", "|", "!", "=", "+", "@")

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def cell(value) -> str | int:
    """A number stays a number. Text that starts like a formula gets a leading apostrophe, so
    it shows as typed and never runs. A list dash ("- point") stays as typed, unless what
    follows could make a formula do something ("- 1+cmd|'/C calc'!A0")."""
    if isinstance(value, int):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    if text.startswith("-") and len(text) > 1:
        is_list_dash = text[1] == " " and not any(char in text for char in FORMULA_REACH)
        if not is_list_dash:
            return "'" + text
    return text


def date_slug(day) -> str:
    """ "1-dec-2026": a date as the interface writes it ("1 dec. 2026"), for a file name."""
    return f"{day.day}-{MONTHS[day.month - 1]}-{day.year}"


def period_slug(start, end) -> str:
    """ "1-jan-2026-tot-en-met-1-dec-2026", or "tot-en-met-1-dec-2026" without a start."""
    until = f"tot-en-met-{date_slug(end)}"
    return f"{date_slug(start)}-{until}" if start else until


def csv_response(filename: str, header: Iterable, rows: Iterable[Iterable]) -> HttpResponse:
    """The download: ``rows`` may be a generator, so a long export is written as it is read."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([cell(value) for value in header])
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return response
