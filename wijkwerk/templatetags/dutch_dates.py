"""One date style for the whole interface (issue 13).

``date_text``  → "1 dec. 2026" in running text, headings and cards;
``date_table`` → "01-12-2026" in table cells, where columns must line up;
``datetime_text`` → "1 dec. 2026, 14:05".

Django's Dutch format has no full stop after an abbreviated month and no short form that
leaves "mei" alone, so the abbreviations are ours (and translatable for other languages).
"""

import datetime

from django import template
from django.utils import timezone
from django.utils.translation import pgettext_lazy

register = template.Library()

MONTH_ABBREVIATIONS = {
    1: pgettext_lazy("abbreviated month", "Jan."),
    2: pgettext_lazy("abbreviated month", "Feb."),
    3: pgettext_lazy("abbreviated month", "Mar."),
    4: pgettext_lazy("abbreviated month", "Apr."),
    5: pgettext_lazy("abbreviated month", "May"),
    6: pgettext_lazy("abbreviated month", "Jun."),
    7: pgettext_lazy("abbreviated month", "Jul."),
    8: pgettext_lazy("abbreviated month", "Aug."),
    9: pgettext_lazy("abbreviated month", "Sep."),
    10: pgettext_lazy("abbreviated month", "Oct."),
    11: pgettext_lazy("abbreviated month", "Nov."),
    12: pgettext_lazy("abbreviated month", "Dec."),
}


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def format_date_text(value) -> str:
    """ "1 dec. 2026" for a date or datetime (in the local time zone); "" for nothing."""
    if not value:
        return ""
    value = _local(value)
    return f"{value.day} {MONTH_ABBREVIATIONS[value.month]} {value.year}"


def format_date_table(value) -> str:
    if not value:
        return ""
    value = _local(value)
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def format_datetime_text(value) -> str:
    if not value:
        return ""
    value = _local(value)
    return f"{format_date_text(value)}, {value.hour:02d}:{value.minute:02d}"


@register.filter
def date_text(value) -> str:
    return format_date_text(value)


@register.filter
def date_table(value) -> str:
    return format_date_table(value)


@register.filter
def datetime_text(value) -> str:
    return format_datetime_text(value)
