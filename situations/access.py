"""Who may see and change which situation. The one place that scopes situations to teams.

Team members read and edit their team's situations; anyone else gets a 404, never a 403, so a
URL does not reveal that a situation exists. Deleting is for the owner and the team's leads.
"""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from situations.models import Situation


def situations_for_user(user, queryset: QuerySet[Situation] | None = None) -> QuerySet[Situation]:
    """The situations of the user's teams (nothing for anonymous users or users without a team)."""
    queryset = Situation.objects.all() if queryset is None else queryset
    if not user.is_authenticated:
        return queryset.none()
    return queryset.filter(team_id__in=user.team_ids())


def get_situation_for_user(user, pk, queryset: QuerySet[Situation] | None = None) -> Situation:
    """The situation with this pk if it belongs to one of the user's teams; otherwise a 404."""
    return get_object_or_404(situations_for_user(user, queryset), pk=pk)


def can_delete_situation(user, situation: Situation) -> bool:
    """Only the owner and the leads of the situation's team may delete it."""
    if situation.team_id not in user.team_ids():
        return False
    return situation.owner_id == user.pk or situation.team_id in user.led_team_ids()
