import json

import pytest
from auditlog.models import LogEntry

from tests.accounts.factories import make_lead
from tests.situations.conftest import levels, neighbourhood, situation  # noqa: F401
from tests.situations.factories import NeighbourhoodFactory, SituationFactory


@pytest.fixture
def other_lead(other_team):
    return make_lead(other_team, username="kees")


@pytest.fixture
def other_situation(outsider, other_team, request):
    request.getfixturevalue("levels")
    return SituationFactory(
        title="Onrust bij de haven",
        team=other_team,
        neighbourhood=NeighbourhoodFactory(name="Havenbuurt", teams=[other_team]),
        owner=outsider,
    )


def stored_text() -> str:
    """Everything the log holds, as one string: every column of every entry."""
    rows = LogEntry.objects.values(
        "object_pk",
        "object_repr",
        "serialized_data",
        "changes_text",
        "changes",
        "additional_data",
        "actor_email",
        "cid",
    )
    return json.dumps(list(rows), ensure_ascii=False, default=str)


def entries_for(instance):
    return LogEntry.objects.get_for_object(instance).order_by("timestamp", "pk")
