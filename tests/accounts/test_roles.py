import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError

from tests.accounts.factories import MembershipFactory


@pytest.mark.django_db
def test_the_migration_creates_the_three_roles_with_permissions():
    groups = {g.name: g for g in Group.objects.prefetch_related("permissions")}
    assert set(groups) >= {"Sociaal werker", "Teamleider", "Beheerder"}
    curator = {p.codename for p in groups["Beheerder"].permissions.all()}
    worker = {p.codename for p in groups["Sociaal werker"].permissions.all()}
    assert {"change_activity", "add_levelfit", "change_goal"} <= curator
    assert "view_activity" in worker
    assert "change_activity" not in worker


def test_a_user_is_in_a_team_once(worker, team):
    with pytest.raises(IntegrityError):
        MembershipFactory(user=worker, team=team)


def test_team_lead_is_derived_from_membership(worker, lead, team):
    assert lead.is_team_lead is True
    assert worker.is_team_lead is False
    assert worker.team_ids() == {team.pk}
