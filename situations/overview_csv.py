"""The team overview's tables as CSV files (written by wijkwerk.spreadsheets).

The tables hold numbers and the names of levels, neighbourhoods, months and activities, never
residents or descriptions; every text cell is still neutralised, because a curator may name an
activity "=..." and a spreadsheet would run it as a formula.
"""

from django.utils.translation import gettext

from wijkwerk.spreadsheets import date_slug, period_slug


def file_name(table: str, period=None, *, today=None) -> str:
    """ "overzicht-trends-1-jan-2026-tot-en-met-1-dec-2026.csv" for a table about a period;
    "overzicht-niveaus-stand-1-dec-2026.csv" for one about how things stand today. Dutch,
    like the URLs and the table names in them."""
    if period is not None:
        when = period_slug(period.start, period.end)
    else:
        when = f"stand-{date_slug(today)}"
    return f"overzicht-{table}-{when}.csv"


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
