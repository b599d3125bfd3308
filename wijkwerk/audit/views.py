from django.core.paginator import Paginator
from django.shortcuts import render

from wijkwerk.accounts import policy
from wijkwerk.audit import selectors


def team_trail(request):
    """/logboek/: who did what in the teams this user leads. Never what a reflection says."""
    # The role grants the trail, the lead memberships say of which teams (the access policy),
    # as for the team overview; anyone else gets the same 403 page as there.
    team_ids = policy.led_team_ids(request.user)
    if not team_ids:
        return render(request, "audit/not_lead.html", status=403)
    page = Paginator(selectors.team_trail(team_ids=team_ids), selectors.PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    context = {
        "page": page,
        "rows": selectors.trail_rows(page.object_list, team_ids=team_ids),
    }
    return render(request, "audit/team_trail.html", context)
