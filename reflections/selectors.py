"""Who may see which reflection, in one place.

- The author sees their own reflections in every status.
- A team lead sees the submitted, reviewed and returned reflections of the members of the
  teams they lead; never drafts, never those of other teams, never their own as reviewer.
- Everyone else (colleagues in the same team, leads of other teams, curators) gets a 404,
  so they cannot even learn that a reflection exists.
"""

from django.db.models import Prefetch, Q, QuerySet, Sum
from django.shortcuts import get_object_or_404

from reflections.models import Feedback, Reflection
from situations.access import situations_for_user
from situations.models import Deployment, Situation
from wijkwerk.accounts import policy
from wijkwerk.accounts.models import Membership

VISIBLE_TO_LEAD = sorted(policy.LEAD_VISIBLE_STATUSES)


def _led_member_ids(user):
    """Subquery: the ids of the members of the teams ``user`` leads (the access policy)."""
    return Membership.objects.filter(team_id__in=policy.led_team_ids(user)).values("user_id")


def reflections_for_author(user) -> QuerySet[Reflection]:
    """The user's own reflections, every status."""
    return Reflection.objects.filter(author=user)


def reflections_visible_to(user) -> QuerySet[Reflection]:
    """Every reflection the user may read: their own, and the non-drafts of their team members
    when they lead a team."""
    as_lead = Q(status__in=VISIBLE_TO_LEAD, author_id__in=_led_member_ids(user))
    return Reflection.objects.filter(Q(author=user) | as_lead)


def get_reflection_for_user(user, pk) -> Reflection:
    """The reflection when ``user`` may read it, else 404."""
    queryset = reflections_visible_to(user).select_related(
        "author", "situation", "deployment__activity", "reviewed_by"
    )
    return get_object_or_404(queryset, pk=pk)


def is_lead_of_author(user, reflection: Reflection) -> bool:
    """May ``user`` review this reflection (policy.can_review_reflection)? Never the author;
    the author's teams are read only when the user leads a team at all."""
    if policy.is_author(user, reflection) or not policy.led_team_ids(user):
        return False
    author_team_ids = set(
        Membership.objects.filter(user_id=reflection.author_id).values_list("team_id", flat=True)
    )
    return policy.can_review_reflection(user, reflection, author_team_ids)


def review_queue_for(user) -> QuerySet[Reflection]:
    """Submitted reflections of the lead's team members, oldest first."""
    return (
        Reflection.objects.filter(
            status=Reflection.Status.SUBMITTED, author_id__in=_led_member_ids(user)
        )
        .exclude(author=user)
        .select_related("author", "situation")
        .order_by("submitted_at", "pk")
    )


def review_count_for(user) -> int:
    """How many reflections wait for this lead (one COUNT query)."""
    return review_queue_for(user).count()


def can_see_situation(user, situation: Situation | None) -> bool:
    """May ``user`` see this linked situation? Only when it is of one of their teams: a lead
    reads the reflections of a member who may also work in a team the lead is not in."""
    return situation is not None and policy.can_view_situation(user, situation)


def situations_for_author(user) -> QuerySet[Situation]:
    """The situations a reflection may link to: those the user can see (their teams')."""
    return situations_for_user(user)


def deployments_for_author(user) -> QuerySet[Deployment]:
    """The deployments (activities used) on those situations."""
    return Deployment.objects.filter(situation__in=situations_for_user(user)).select_related(
        "situation", "activity"
    )


def minutes_per_category(reflections: QuerySet[Reflection]) -> list[dict]:
    """Totals for the portfolio: [{category, label, minutes, hours}] in the categories' order,
    with zero for categories without reflections."""
    sums = dict(reflections.order_by().values_list("category").annotate(total=Sum("minutes")))
    return [
        {
            "category": value,
            "label": label,
            "minutes": sums.get(value, 0),
            "hours": sums.get(value, 0) / 60,
        }
        for value, label in Reflection.Category.choices
    ]


def with_feedback(reflections: QuerySet[Reflection]) -> QuerySet[Reflection]:
    """The reflections with their feedback thread (oldest first, with authors) in one query."""
    return reflections.prefetch_related(
        Prefetch("feedback", queryset=Feedback.objects.select_related("author"))
    )


def models_used(reflections: QuerySet[Reflection]) -> set[str]:
    """The keys of the reflection models these reflections use (one query)."""
    return set(reflections.order_by().values_list("model", flat=True).distinct())
