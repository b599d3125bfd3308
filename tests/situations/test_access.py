"""Visibility: team members see their team's situations; anyone else gets a 404 (never a 403)."""

import pytest
from django.urls import reverse

from situations.access import get_situation_for_user, situations_for_user
from tests.accounts.factories import MembershipFactory, make_lead
from wijkwerk.accounts.policy import can_delete_situation

SITUATION_URLS = [
    ("get", "situations:detail"),
    ("get", "situations:update"),
    ("post", "situations:update"),
    ("get", "situations:delete"),
    ("post", "situations:delete"),
    ("get", "situations:observation_add"),
    ("post", "situations:observation_add"),
    ("get", "situations:deployment_add"),
    ("post", "situations:deployment_add"),
    ("post", "situations:close"),
    ("post", "situations:reopen"),
]


@pytest.mark.parametrize(("method", "name"), SITUATION_URLS)
def test_a_member_of_another_team_gets_404_on_every_situation_url(
    login, outsider, situation, method, name
):
    client = login(outsider)
    response = getattr(client, method)(reverse(name, args=[situation.pk]))
    assert response.status_code == 404
    situation.refresh_from_db()
    assert situation.status == "open"


@pytest.mark.parametrize(("method", "name"), SITUATION_URLS)
def test_a_curator_without_a_team_gets_404_too(login, curator, situation, method, name):
    response = getattr(login(curator), method)(reverse(name, args=[situation.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize(("method", "name"), SITUATION_URLS)
def test_an_anonymous_visitor_is_sent_to_the_login(client, situation, method, name):
    response = getattr(client, method)(reverse(name, args=[situation.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_situation_that_does_not_exist_is_a_404_as_well(login, worker, levels):
    assert login(worker).get(reverse("situations:detail", args=[999])).status_code == 404


def test_a_colleague_in_the_team_can_read_and_edit(login, colleague, situation):
    client = login(colleague)
    assert client.get(reverse("situations:detail", args=[situation.pk])).status_code == 200
    assert client.get(reverse("situations:update", args=[situation.pk])).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "haven"},
        {"q": "Onrust"},
        {"wijk": "OTHER_NEIGHBOURHOOD"},
        {"niveau": "ongemak"},
        {"status": "open"},
        {"mijn": "on"},
        {"sorteer": "-niveau"},
    ],
)
def test_the_list_never_shows_another_teams_situations(
    login, worker, situation, other_situation, other_neighbourhood, query
):
    query = {
        k: (other_neighbourhood.pk if v == "OTHER_NEIGHBOURHOOD" else v) for k, v in query.items()
    }
    content = login(worker).get(reverse("situations:list"), query).content.decode()
    assert "Onrust bij de haven" not in content
    assert "Havenbuurt" not in content


def test_the_outsider_sees_only_their_own_team(login, outsider, situation, other_situation):
    content = login(outsider).get(reverse("situations:list")).content.decode()
    assert "Onrust bij de haven" in content
    assert "Geluidsoverlast in het portiek" not in content


def test_the_selectors_scope_to_the_users_teams(worker, outsider, situation, other_situation):
    assert list(situations_for_user(worker)) == [situation]
    assert list(situations_for_user(outsider)) == [other_situation]
    assert get_situation_for_user(worker, situation.pk) == situation


def test_a_user_in_two_teams_sees_both(worker, other_team, situation, other_situation):
    MembershipFactory(user=worker, team=other_team)
    worker = type(worker).objects.get(pk=worker.pk)  # fresh: team ids are cached per instance
    assert set(situations_for_user(worker)) == {situation, other_situation}


def test_only_the_owner_and_team_leads_may_delete(worker, colleague, lead, outsider, situation):
    assert can_delete_situation(worker, situation) is True
    assert can_delete_situation(lead, situation) is True
    assert can_delete_situation(colleague, situation) is False
    assert can_delete_situation(outsider, situation) is False


def test_a_lead_of_another_team_may_not_delete(other_team, situation):
    other_lead = make_lead(other_team, username="andere-leider")
    assert can_delete_situation(other_lead, situation) is False
