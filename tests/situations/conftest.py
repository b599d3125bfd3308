import pytest

from tests.situations.factories import NeighbourhoodFactory, SituationFactory, all_levels


@pytest.fixture
def levels(db):
    """The four levels, in order (the catalogue loader makes them in a real install)."""
    return all_levels()


@pytest.fixture
def neighbourhood(team):
    return NeighbourhoodFactory(name="Molenkwartier", teams=[team])


@pytest.fixture
def other_neighbourhood(other_team):
    return NeighbourhoodFactory(name="Havenbuurt", teams=[other_team])


@pytest.fixture
def situation(worker, team, neighbourhood, levels):
    return SituationFactory(
        title="Geluidsoverlast in het portiek", team=team, neighbourhood=neighbourhood, owner=worker
    )


@pytest.fixture
def other_situation(outsider, other_team, other_neighbourhood, levels):
    return SituationFactory(
        title="Onrust bij de haven",
        team=other_team,
        neighbourhood=other_neighbourhood,
        owner=outsider,
    )
