from django.shortcuts import render
from django.utils import timezone

from situations.overview import TREND_DAYS
from situations.overview import team_overview as build_overview
from wijkwerk.accounts import policy
from wijkwerk.accounts.models import Team


def team_overview(request):
    """/overzicht/: numbers on the neighbourhoods of the teams this user leads."""
    # The role grants the overview, the membership says of which teams (the access policy).
    team_ids = policy.led_team_ids(request.user)
    if not team_ids:
        return render(request, "situations/overview_not_lead.html", status=403)
    context = {
        "teams": Team.objects.filter(pk__in=team_ids).order_by("name"),
        "overview": build_overview(team_ids=team_ids, today=timezone.localdate()),
        "trend_days": TREND_DAYS,
    }
    return render(request, "situations/team_overview.html", context)
