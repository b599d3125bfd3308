"""Query counts that do not grow with the number of reflections (exact on purpose: a change
that adds a query has to update the number here, so reviewers see it)."""

import pytest
from django.urls import reverse

from tests.reflections.factories import FeedbackFactory, ReflectionFactory, SituationFactory

SIZES = [5, 200]


@pytest.fixture
def situations(team):
    return [SituationFactory(team=team, title=f"Situatie {n}") for n in range(3)]


@pytest.mark.parametrize("count", SIZES)
def test_my_reflections_list(login, worker, situations, django_assert_num_queries, count):
    for n in range(count):
        ReflectionFactory(
            author=worker, situation=situations[n % 3], status="submitted" if n % 2 else "draft"
        )
    client = login(worker)
    # 1 session, 2 user, 3-4 permissions (user, groups) for the navigation,
    # 5 COUNT for the paginator, 6 team ids + 7 situations for the situation filter,
    # 8 the page of reflections with their situations, 9 COUNT of unread notifications.
    with django_assert_num_queries(9):
        response = client.get(reverse("reflections:list"))
    assert len(response.context["page_obj"]) == min(count, 20)


@pytest.mark.parametrize("count", SIZES)
def test_review_queue(login, lead, worker, colleague, situations, django_assert_num_queries, count):
    for n in range(count):
        ReflectionFactory(
            author=(worker, colleague)[n % 2], situation=situations[n % 3], status="submitted"
        )
    client = login(lead)
    # 1 session, 2 user, 3-4 permissions for the navigation, 5 the lead's memberships (led
    # teams and teams, one query), 6 COUNT for the badge in the navigation, 7 COUNT for the
    # paginator, 8 the page with authors and situations, 9 COUNT of unread notifications.
    with django_assert_num_queries(9):
        response = client.get(reverse("reflections:review_queue"))
    assert len(response.context["page_obj"]) == min(count, 20)
    assert f">{count}<" in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_detail_with_a_feedback_thread(login, lead, worker, django_assert_num_queries, count):
    reflection = ReflectionFactory(author=worker, status="submitted")
    for _ in range(count):
        FeedbackFactory(reflection=reflection, author=lead)
    client = login(lead)
    # 1 session, 2 user, 3 the reflection (with author, situation, deployment, reviewer),
    # 4 led teams + 5 author's membership (which buttons), 6 history with actors (and the
    # copies of what was submitted, for the changes), 7-8 permissions, 9 badge COUNT,
    # 10 COUNT of unread notifications, 11 feedback with authors.
    with django_assert_num_queries(11):
        response = client.get(reflection.get_absolute_url())
    assert response.content.decode().count("Mooi dat je open vragen stelde.") == count


@pytest.mark.parametrize("rounds", [1, 10])
def test_detail_of_a_reflection_returned_and_submitted_again(
    login, lead, worker, django_assert_num_queries, rounds
):
    """The changes since the previous submission cost no query of their own, however often
    the reflection went back and forth."""
    from reflections import workflow

    reflection = ReflectionFactory(author=worker)
    for n in range(rounds):
        workflow.reflection_submit(reflection=reflection, user=worker)
        workflow.reflection_return(reflection=reflection, user=lead, text=f"Ronde {n}")
        reflection.learning_points = f"Leerpunt na ronde {n}"
        workflow.reflection_save_changes(reflection=reflection, user=worker)
    workflow.reflection_submit(reflection=reflection, user=worker)
    client = login(lead)
    with django_assert_num_queries(11):  # as above
        response = client.get(reflection.get_absolute_url())
    assert response.context["changes"].fields[0].after == f"Leerpunt na ronde {rounds - 1}"


@pytest.mark.parametrize("count", [3, 30])
def test_the_reflection_form_with_many_activities_used(
    login, worker, team, django_assert_num_queries, count
):
    """Each activity names its situation for the script without a query per option."""
    from tests.reflections.factories import DeploymentFactory

    situations = [SituationFactory(team=team, title=f"Situatie {n}") for n in range(3)]
    for n in range(count):
        DeploymentFactory(situation=situations[n % 3])
    client = login(worker)
    # 1 session, 2 user, 3-4 permissions for the navigation, 5 team ids, 6 situations,
    # 7 activities used with situation and activity, 8 COUNT of unread notifications.
    with django_assert_num_queries(8):
        response = client.get(reverse("reflections:create"), {"model": "starr"})
    assert response.content.decode().count("data-situation=") == count


@pytest.mark.parametrize("count", SIZES)
def test_print_page(login, worker, situations, django_assert_num_queries, count):
    for n in range(count):
        ReflectionFactory(
            author=worker, situation=situations[n % 3], category=("reflectie", "intervisie")[n % 2]
        )
    client = login(worker)
    # 1 session, 2 user, 3-4 permissions, 5 totals per category, 6 the reflections,
    # 7 their feedback with authors, 8 COUNT of unread notifications.
    with django_assert_num_queries(8):
        response = client.get(reverse("reflections:export"), {"format": "print"})
    assert response.content.decode().count("<article") == count


@pytest.mark.parametrize("count", SIZES)
def test_csv_export(login, worker, lead, situations, django_assert_num_queries, count):
    for n in range(count):
        reflection = ReflectionFactory(
            author=worker,
            situation=situations[n % 3],
            model=("starr", "short")[n % 2],
            answers={},
            status="reviewed",
            reviewed_by=lead,
        )
        FeedbackFactory(reflection=reflection, author=lead)
    client = login(worker)
    # 1 session, 2 user, 3 the role (the user's group permissions, for the access policy),
    # 4 the reflection models used (for the answer columns), 5 the reflections with
    # situations and reviewers, 6 their feedback with authors.
    with django_assert_num_queries(6):
        response = client.get(reverse("reflections:export"), {"format": "csv"})
    assert response.content.decode("utf-8-sig").count("\r\n") == count + 1
