"""What a user may do as team lead needs both: the Teamleider role (what) and a lead
membership (of which team). Either alone is not enough."""

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory, make_worker
from tests.reflections.factories import ReflectionFactory
from wijkwerk.accounts.roles import SOCIAL_WORKER, TEAM_LEAD


@pytest.fixture
def lead_membership_without_role(team):
    user = UserFactory(role=SOCIAL_WORKER)
    MembershipFactory(user=user, team=team, role="lead")
    return user


@pytest.fixture
def role_without_lead_membership(team):
    user = UserFactory(role=TEAM_LEAD)
    MembershipFactory(user=user, team=team, role="member")
    return user


@pytest.fixture
def submitted(worker):
    return ReflectionFactory(author=worker, status="submitted")


@pytest.mark.parametrize(
    "user_fixture", ["lead_membership_without_role", "role_without_lead_membership"]
)
def test_half_a_team_lead_cannot_read_or_review(request, login, submitted, user_fixture):
    client = login(request.getfixturevalue(user_fixture))
    assert client.get(reverse("reflections:detail", args=[submitted.pk])).status_code == 404
    client.post(
        reverse("reflections:respond", args=[submitted.pk]),
        {"action": "review", "text": "Goed gedaan"},
    )
    submitted.refresh_from_db()
    assert submitted.status == "submitted"


@pytest.mark.parametrize(
    "user_fixture", ["lead_membership_without_role", "role_without_lead_membership"]
)
def test_half_a_team_lead_gets_no_team_overview(request, login, user_fixture):
    response = login(request.getfixturevalue(user_fixture)).get(reverse("team_overview"))
    assert response.status_code == 403


def test_a_real_team_lead_reviews(login, lead, submitted):
    client = login(lead)
    assert client.get(reverse("reflections:detail", args=[submitted.pk])).status_code == 200
    assert client.get(reverse("team_overview")).status_code == 200


def test_a_colleague_never_reviews(login, team, submitted):
    client = login(make_worker(team, username="collega2"))
    assert client.get(reverse("reflections:detail", args=[submitted.pk])).status_code == 404
