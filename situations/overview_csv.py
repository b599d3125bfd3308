"""The team overview's tables as CSV files a spreadsheet opens as they are meant.

UTF-8 with a byte order mark and semicolons, so Excel with Dutch settings opens the file in
columns with ë and é intact. The tables hold numbers and the names of levels, neighbourhoods,
months and activities, never residents or descriptions; every text cell is still neutralised,
because a curator may name an activity "=..." and a spreadsheet would run it as a formula.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils.translation import gettext

# What a spreadsheet reads as the start of a formula, also in full width (＝, ＋, －, ＠).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_cell(value) -> str | int:
    """A number stays a number; text that a spreadsheet would read as a formula gets a
    leading apostrophe, so it shows as typed and never runs."""
    if isinstance(value, int):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


# Dutch whatever the interface language, like the rest of the file name and the URLs.
_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _date_slug(day) -> str:
    """ "1-jan-2026": a date as the interface writes it ("1 jan. 2026"), for a file name."""
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"


def file_name(table: str, period=None, *, today=None) -> str:
    """ "overzicht-trends-1-jan-2026-tot-en-met-1-dec-2026.csv" for a table about a period;
    "overzicht-niveaus-stand-1-dec-2026.csv" for one about how things stand today. Dutch,
    like the URLs and the table names in them."""
    if period is not None:
        when = f"{_date_slug(period.start)}-tot-en-met-{_date_slug(period.end)}"
    else:
        when = f"stand-{_date_slug(today)}"
    return f"overzicht-{table}-{when}.csv"


def csv_response(filename: str, header: list[str], rows: Iterable[Iterable]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([spreadsheet_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return response


# --- the tables ------------------------------------------------------------------------------------


def levels_table(overview) -> tuple[list[str], list[list]]:
    header = [gettext("Level"), gettext("Number not yet closed")]
    rows = [[bar.name, bar.count] for bar in overview.bars]
    rows.append([gettext("Total not yet closed"), overview.open_total])
    return header, rows


def neighbourhoods_table(overview) -> tuple[list[str], list[list]]:
    header = [gettext("Neighbourhood"), *(level.name for level in overview.levels)]
    header.append(gettext("Total"))
    rows = [[row.name, *row.counts, row.total] for row in overview.neighbourhoods]
    return header, rows


def trends_table(overview) -> tuple[list[str], list[list]]:
    header = [
        gettext("Month"),
        gettext("New situations"),
        gettext("Level rose"),
        gettext("Level fell"),
        gettext("Activities used"),
        gettext("worked"),
        gettext("worked partly"),
        gettext("did not work"),
        gettext("not known yet"),
    ]
    rows = [
        [
            row.label,
            row.new_situations,
            row.rises,
            row.falls,
            row.deployments,
            row.worked,
            row.partly,
            row.did_not_work,
            row.unknown,
        ]
        for row in overview.months
    ]
    return header, rows


def activities_table(overview) -> tuple[list[str], list[list]]:
    header = [
        gettext("Activity"),
        gettext("worked"),
        gettext("worked partly"),
        gettext("did not work"),
        gettext("not known yet"),
        gettext("Total"),
    ]
    rows = [
        [row.name, row.worked, row.partly, row.did_not_work, row.unknown, row.total]
        for row in overview.outcomes
    ]
    return header, rows


# table name in the URL (and the file name) -> (builder, about the chosen period?)
TABLES = {
    "niveaus": (levels_table, False),
    "wijken": (neighbourhoods_table, False),
    "trends": (trends_table, True),
    "activiteiten": (activities_table, True),
}
