"""Reads that take more than one line: the querysets the pages use, with their joins built in."""

import datetime

from django.db.models import Prefetch, QuerySet

import activities.selectors
from activities.models import Activity, Level, Signal, SituationType
from situations.access import situations_for_user
from situations.models import Deployment, LearningQuestion, Neighbourhood, Observation, Situation
from wijkwerk.accounts import policy
from wijkwerk.accounts.models import Team


def situation_list(*, user) -> QuerySet[Situation]:
    """The user's teams' situations with what a list row shows, in one query per page."""
    return situations_for_user(user).select_related("level", "neighbourhood", "owner")


def situation_detail_queryset() -> QuerySet[Situation]:
    """Everything the detail page shows, in a fixed number of queries whatever the history."""
    return Situation.objects.select_related(
        "level", "neighbourhood", "team", "owner", "situation_type"
    ).prefetch_related(
        "goals",
        "target_groups",
        Prefetch("signals", queryset=signals()),
        Prefetch("learning_questions", queryset=LearningQuestion.objects.order_by("order", "pk")),
        Prefetch(
            "observations",
            queryset=Observation.objects.select_related(
                "level", "previous_level", "recorded_by"
            ).order_by("date", "created_at", "pk"),
        ),
        Prefetch(
            "deployments",
            queryset=Deployment.objects.select_related("activity", "level", "recorded_by").order_by(
                "-date", "-created_at", "-pk"
            ),
        ),
    )


def situation_form_queryset() -> QuerySet[Situation]:
    """What the edit form needs of a situation."""
    return Situation.objects.select_related(
        "level", "neighbourhood", "team", "situation_type"
    ).prefetch_related(
        "goals",
        "target_groups",
        Prefetch("signals", queryset=signals()),
        Prefetch("learning_questions", queryset=LearningQuestion.objects.order_by("order", "pk")),
    )


def teams_for_user(user) -> QuerySet[Team]:
    return Team.objects.filter(pk__in=policy.field_team_ids(user)).order_by("name")


def neighbourhoods_for_user(user) -> QuerySet[Neighbourhood]:
    """The neighbourhoods the user's teams work in."""
    return (
        Neighbourhood.objects.filter(teams__in=policy.field_team_ids(user))
        .distinct()
        .order_by("name", "municipality")
    )


def levels() -> QuerySet[Level]:
    return Level.objects.order_by("order")


def levels_with_signals() -> QuerySet[Level]:
    """The levels in order with their signals, for a level chooser that lists them."""
    return levels().prefetch_related(
        Prefetch("signals", queryset=Signal.objects.order_by("order", "pk"))
    )


def signals() -> QuerySet[Signal]:
    """The signals with their level, in the checklist's order: per level, then their own order."""
    return Signal.objects.select_related("level").order_by("level__order", "order", "pk")


def situation_types() -> QuerySet[SituationType]:
    return SituationType.objects.order_by("order", "name")


def published_activities() -> QuerySet[Activity]:
    return activities.selectors.published_activities().order_by("name")


def level_on(*, situation: Situation, date) -> Level:
    """The situation's level on a date, from its trajectory.

    The last observation on or before the date; before the first observation, the first known
    level; without any observation, the current level.
    """
    observations = Observation.objects.filter(situation=situation).select_related("level")
    observation = (
        observations.filter(date__lte=date).order_by("-date", "-created_at", "-pk").first()
        or observations.order_by("date", "created_at", "pk").first()
    )
    return observation.level if observation else situation.level


def previous_observation(*, situation: Situation, date) -> Observation | None:
    """The last observation on or before ``date``, if any."""
    return (
        Observation.objects.filter(situation=situation, date__lte=date)
        .select_related("level")
        .order_by("-date", "-created_at", "-pk")
        .first()
    )


# A deployment's outcome is asked for once it has had this long to show an effect.
OUTCOME_DUE_AFTER_DAYS = 14


def outcomes_due(*, today, team_ids=None) -> QuerySet[Deployment]:
    """Deployments still "not known yet" that were used at least OUTCOME_DUE_AFTER_DAYS ago,
    in situations that are not closed; optionally only in these teams. Oldest first."""
    queryset = Deployment.objects.filter(
        outcome=Deployment.Outcome.UNKNOWN,
        date__lte=today - datetime.timedelta(days=OUTCOME_DUE_AFTER_DAYS),
    ).exclude(situation__status=Situation.Status.CLOSED)
    if team_ids is not None:
        queryset = queryset.filter(situation__team_id__in=team_ids)
    return queryset.select_related("activity", "situation").order_by("date", "pk")
