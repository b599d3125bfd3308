"""The cast for the security tests: two teams, each with a situation, and a worker who is a
member of both teams while only one of the leads leads her second team."""

import pytest

from tests.accounts.factories import MembershipFactory, make_lead, make_worker
from tests.situations.factories import (
    DeploymentFactory,
    NeighbourhoodFactory,
    SituationFactory,
    all_levels,
)

OUR_TITLE = "Geluidsoverlast in het portiek"
THEIR_TITLE = "Onrust bij de haven"


@pytest.fixture
def levels(db):
    return all_levels()


@pytest.fixture
def neighbourhood(team):
    return NeighbourhoodFactory(name="Molenkwartier", teams=[team])


@pytest.fixture
def other_neighbourhood(other_team):
    return NeighbourhoodFactory(name="Havenbuurt", teams=[other_team])


@pytest.fixture
def situation(worker, team, neighbourhood, levels):
    return SituationFactory(title=OUR_TITLE, team=team, neighbourhood=neighbourhood, owner=worker)


@pytest.fixture
def other_situation(outsider, other_team, other_neighbourhood, levels):
    return SituationFactory(
        title=THEIR_TITLE, team=other_team, neighbourhood=other_neighbourhood, owner=outsider
    )


@pytest.fixture
def other_deployment(other_situation):
    return DeploymentFactory(situation=other_situation)


@pytest.fixture
def other_lead(other_team):
    return make_lead(other_team, username="kees")


@pytest.fixture
def two_team_worker(team, other_team):
    """A worker in our team and in the other team; ``lead`` leads only our team."""
    user = make_worker(other_team, username="tweeteams")
    MembershipFactory(user=user, team=team, role="member")
    return user
