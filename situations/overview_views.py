from django import forms
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from situations import overview_csv
from situations.overview import MAX_MONTHS, Period, add_months, default_period, presets
from situations.overview import team_overview as build_overview
from wijkwerk import spreadsheets
from wijkwerk.accounts import policy
from wijkwerk.accounts.models import Team


class PeriodForm(forms.Form):
    """The overview's period: ``?van=2026-01-01&tot=2026-03-31``. Both are optional: without
    a start, twelve months before the end; without an end, today; without both, the last
    twelve months."""

    van = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tot = forms.DateField(
        label=_("Up to and including"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, data, *, today, **kwargs):
        super().__init__(data, **kwargs)
        self.today = today

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        start, end = cleaned.get("van"), cleaned.get("tot")
        end = end or self.today
        start = start or add_months(end, -11)
        if start > end:
            self.add_error(
                "van",
                _("The start date is after the end date. Choose a start on or before the end."),
            )
        elif len(Period(start, end).months) > MAX_MONTHS:
            self.add_error(
                "van",
                ngettext(
                    "Choose a period of at most %(years)d year.",
                    "Choose a period of at most %(years)d years.",
                    MAX_MONTHS // 12,
                )
                % {"years": MAX_MONTHS // 12},
            )
        else:
            cleaned["period"] = Period(start, end)
        return cleaned

    @property
    def period(self) -> Period:
        """The chosen period; the last twelve months while the form has errors."""
        if self.is_valid():
            return self.cleaned_data["period"]
        return default_period(self.today)


def team_overview(request):
    """/overzicht/: numbers on the neighbourhoods of the teams this user leads, for a period;
    ``?format=csv&table=<name>`` downloads one of its tables."""
    # The role grants the overview, the membership says of which teams (the access policy).
    team_ids = policy.led_team_ids(request.user)
    if not team_ids:
        return render(request, "situations/overview_not_lead.html", status=403)
    today = timezone.localdate()
    form = PeriodForm(request.GET, today=today)
    period = form.period
    wants_csv = request.GET.get("format") == "csv"
    if wants_csv and request.GET.get("table") not in overview_csv.TABLES:
        raise Http404
    overview = build_overview(team_ids=team_ids, period=period)
    if wants_csv and form.is_valid():
        return _csv(request.GET["table"], overview, today)
    # A rejected period: the page says why, rather than a file of another period.
    status = 400 if wants_csv else 200
    context = {
        "teams": Team.objects.filter(pk__in=team_ids).order_by("name"),
        "overview": overview,
        "form": form,
        "period": period,
        "presets": presets(today),
    }
    return render(request, "situations/team_overview.html", context, status=status)


def _csv(table, overview, today):
    build_table, about_period = overview_csv.TABLES[table]
    header, rows = build_table(overview)
    name = overview_csv.file_name(table, overview.period if about_period else None, today=today)
    return spreadsheets.csv_response(name, header, rows)
