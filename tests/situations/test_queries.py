"""Query counts on the hot pages: exact, and the same for a little and a lot of data."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.situations.factories import (
    DeploymentFactory,
    GoalFactory,
    LearningQuestionFactory,
    ObservationFactory,
    SignalFactory,
    SituationFactory,
    TargetGroupFactory,
    level,
)


def make_situations(count, team, neighbourhood, owner):
    SituationFactory.create_batch(count, team=team, neighbourhood=neighbourhood, owner=owner)


def test_the_list_page_uses_the_same_queries_for_5_and_200_situations(
    login, worker, team, neighbourhood, levels, django_assert_num_queries
):
    client = login(worker)
    GoalFactory.create_batch(3)
    TargetGroupFactory.create_batch(3)
    make_situations(5, team, neighbourhood, worker)
    # session, user, the user's team ids, count for the paginator, the page of situations with
    # level, neighbourhood and owner joined, the filter form's choices (levels, neighbourhoods,
    # goals, target groups), the navigation's two permission queries, and the unread
    # notifications for the badge.
    with django_assert_num_queries(12):
        response = client.get(reverse("situations:list"), {"sorteer": "-niveau"})
    assert response.status_code == 200
    make_situations(195, team, neighbourhood, worker)
    with django_assert_num_queries(12):
        response = client.get(reverse("situations:list"), {"sorteer": "-niveau"})
    assert response.content.decode().count('<th scope="row"><a href=') == 20


def test_the_filtered_list_uses_the_same_queries_too(
    login, worker, team, neighbourhood, levels, django_assert_num_queries
):
    client = login(worker)
    goal = GoalFactory(slug="kennismaken")
    query = {"niveau": "ongemak", "wijk": neighbourhood.pk, "doel": "kennismaken", "q": "Situatie"}
    SituationFactory.create_batch(
        5, team=team, neighbourhood=neighbourhood, owner=worker, goals=[goal]
    )
    # As above, plus the lookups that validate the chosen level, neighbourhood and goal.
    with django_assert_num_queries(15):
        assert client.get(reverse("situations:list"), query).status_code == 200
    SituationFactory.create_batch(
        60, team=team, neighbourhood=neighbourhood, owner=worker, goals=[goal]
    )
    with django_assert_num_queries(15):
        assert client.get(reverse("situations:list"), query).status_code == 200


def make_signals(count):
    """Signals spread over the four levels, as the checklist has them."""
    slugs = ["ongemak", "spanning", "incidenten", "escalatie"]
    return [SignalFactory(level=level(slugs[n % 4])) for n in range(count)]


def fill_history(situation, observations):
    today = timezone.localdate()
    for day in range(observations):
        ObservationFactory(
            situation=situation,
            date=today - timedelta(days=observations - day),
            level_id=["ongemak", "spanning", "incidenten", "escalatie"][day % 4],
            previous_level_id="ongemak",
        )
    DeploymentFactory.create_batch(3, situation=situation)
    LearningQuestionFactory.create_batch(3, situation=situation)


def test_the_detail_page_uses_the_same_queries_for_2_and_100_observations(
    login, worker, situation, django_assert_num_queries
):
    client = login(worker)
    situation.goals.set(GoalFactory.create_batch(2))
    situation.target_groups.set(TargetGroupFactory.create_batch(2))
    fill_history(situation, 2)
    url = reverse("situations:detail", args=[situation.pk])
    # session, user, the user's team ids, the situation with level, neighbourhood, team, owner
    # and situation type joined, then prefetches: goals, target groups, ticked signals (with
    # their level), learning questions, observations (with their levels and recorder),
    # deployments (with activity, level and recorder); the levels for the chart's axis; the
    # navigation's two permission queries; the unread notifications for the badge. (The owner
    # may delete without asking which teams they lead.)
    situation.signals.set(make_signals(3))
    with django_assert_num_queries(14):
        assert client.get(url).status_code == 200
    fill_history(situation, 98)
    situation.signals.set(make_signals(40))
    with django_assert_num_queries(14):
        response = client.get(url)
    content = response.content.decode()
    assert content.count('<th scope="row" class="text-nowrap"><time') == 100
    assert content.count('class="signal-item"') == 40
