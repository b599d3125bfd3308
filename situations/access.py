"""Situations scoped to a user, as querysets, by the access policy (wijkwerk.accounts.policy).

Team members read and edit their team's situations; anyone else gets a 404, never a 403, so a
URL does not reveal that a situation exists. Deleting is for the owner and the team's leads
(policy.can_delete_situation).
"""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from situations.models import Situation
from wijkwerk.accounts import policy


def situations_for_user(user, queryset: QuerySet[Situation] | None = None) -> QuerySet[Situation]:
    """The situations of the user's teams (nothing for anonymous users or users without a team)."""
    queryset = Situation.objects.all() if queryset is None else queryset
    if not user.is_authenticated:
        return queryset.none()
    return queryset.filter(team_id__in=policy.field_team_ids(user))


def get_situation_for_user(user, pk, queryset: QuerySet[Situation] | None = None) -> Situation:
    """The situation with this pk if it belongs to one of the user's teams; otherwise a 404."""
    return get_object_or_404(situations_for_user(user, queryset), pk=pk)
