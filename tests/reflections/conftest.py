import pytest

from tests.accounts.factories import make_lead
from tests.reflections.factories import ReflectionFactory, SituationFactory


@pytest.fixture
def other_lead(other_team):
    """The lead of another team: sees nothing of our team."""
    return make_lead(other_team, username="kees")


@pytest.fixture
def situation(team, worker):
    return SituationFactory(team=team, owner=worker, title="Spanning rond het speelveld")


@pytest.fixture
def make_reflection(worker):
    """``make_reflection(status="submitted", **fields)``: a reflection by ``worker``."""

    def _make(**kwargs):
        kwargs.setdefault("author", worker)
        return ReflectionFactory(**kwargs)

    return _make
