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
    # 8 the page of reflections with their situations.
    with django_assert_num_queries(8):
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
    # paginator, 8 the page with authors and situations.
    with django_assert_num_queries(8):
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
    # 4 led teams + 5 author's membership (which buttons), 6-7 permissions, 8 badge COUNT,
    # 9 feedback with authors, 10 history with actors.
    with django_assert_num_queries(10):
        response = client.get(reflection.get_absolute_url())
    assert response.content.decode().count("Mooi dat je open vragen stelde.") == count


@pytest.mark.parametrize("count", SIZES)
def test_print_page(login, worker, situations, django_assert_num_queries, count):
    for n in range(count):
        ReflectionFactory(
            author=worker, situation=situations[n % 3], category=("reflectie", "intervisie")[n % 2]
        )
    client = login(worker)
    # 1 session, 2 user, 3-4 permissions, 5 totals per category, 6 the reflections.
    with django_assert_num_queries(6):
        response = client.get(reverse("reflections:export"), {"format": "print"})
    assert response.content.decode().count("<article") == count


@pytest.mark.parametrize("count", SIZES)
def test_csv_export(login, worker, situations, django_assert_num_queries, count):
    for n in range(count):
        ReflectionFactory(author=worker, situation=situations[n % 3])
    client = login(worker)
    # 1 session, 2 user, 3 the role (the user's group permissions, for the access policy),
    # 4 the reflections with situations.
    with django_assert_num_queries(4):
        response = client.get(reverse("reflections:export"), {"format": "csv"})
    assert response.content.decode("utf-8-sig").count("\r\n") == count + 1
