"""The access policy, asked two ways.

1. The truth table: for each kind of user, what the policy (wijkwerk.accounts.policy) says,
   written out by hand — including the cases a tester found wrong before: a lead membership
   without the Teamleider role, and a superuser who gave themselves a lead membership.
2. Generated from the policy: every kind of user × every resource × every action is sent to the
   real URL, and the status must be what the policy's answer implies — hidden: 404, visible but
   not allowed: 403, allowed: the action's success status (and its effect happened).
"""

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from reflections.models import Reflection
from situations.models import Deployment, Situation
from tests.accounts.factories import (
    MembershipFactory,
    TeamFactory,
    UserFactory,
    make_curator,
    make_lead,
    make_worker,
    verify_second_factor,
)
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import (
    DeploymentFactory,
    NeighbourhoodFactory,
    SituationFactory,
    all_levels,
)
from wijkwerk.accounts import policy, twofactor
from wijkwerk.accounts.roles import SOCIAL_WORKER, TEAM_LEAD

PERSONAS = [
    "owner",  # social worker in team Oost, owns the situation and the reflections
    "colleague",  # social worker in team Oost
    "lead",  # Teamleider role and lead membership of Oost
    "lead_membership_only",  # social worker with a lead membership of Oost
    "lead_role_only",  # Teamleider role, plain member of Oost
    "other_lead",  # lead of team West
    "outsider",  # social worker in team West
    "curator",  # Beheerder, also a member of Oost
    "superuser",  # no role, gave themselves a lead membership of Oost
    "anonymous",
]


@dataclass
class World:
    users: dict
    situation: Situation
    deployment: Deployment  # recorded by the owner a moment ago, untouched: still undoable
    draft: Reflection
    submitted: Reflection

    def user(self, persona):
        return self.users[persona]


def build_world() -> World:
    all_levels()
    oost, west = TeamFactory(name="Wijkteam Oost"), TeamFactory(name="Wijkteam West")
    neighbourhood = NeighbourhoodFactory(name="Molenkwartier", teams=[oost])
    users = {
        "owner": make_worker(oost, username="eigenaar"),
        "colleague": make_worker(oost, username="collega"),
        "lead": make_lead(oost, username="leider"),
        "lead_membership_only": UserFactory(username="half-leider", role=SOCIAL_WORKER),
        "lead_role_only": UserFactory(username="rol-leider", role=TEAM_LEAD),
        "other_lead": make_lead(west, username="leider-west"),
        "outsider": make_worker(west, username="buiten"),
        "curator": make_curator(username="beheerder"),
        "superuser": UserFactory(username="super", is_superuser=True, is_staff=True),
        "anonymous": None,
    }
    MembershipFactory(user=users["lead_membership_only"], team=oost, role="lead")
    MembershipFactory(user=users["lead_role_only"], team=oost, role="member")
    MembershipFactory(user=users["curator"], team=oost, role="member")
    MembershipFactory(user=users["superuser"], team=oost, role="lead")
    situation = SituationFactory(team=oost, neighbourhood=neighbourhood, owner=users["owner"])
    deployment = DeploymentFactory(situation=situation, outcome="unknown", note="")
    draft = ReflectionFactory(author=users["owner"], status="draft")
    submitted = ReflectionFactory(author=users["owner"], status="submitted")
    return World(users, situation, deployment, draft, submitted)


# 1. The truth table -------------------------------------------------------------------------

TRUTH = {
    # persona: (view situation, delete situation, read submitted reflection, review it,
    #           team overview)
    "owner": (True, True, True, False, False),
    "colleague": (True, False, False, False, False),
    "lead": (True, True, True, True, True),
    "lead_membership_only": (True, False, False, False, False),
    "lead_role_only": (True, False, False, False, False),
    "other_lead": (False, False, False, False, True),
    "outsider": (False, False, False, False, False),
    "curator": (False, False, False, False, False),
    "superuser": (False, False, False, False, False),
}


@pytest.mark.django_db
@pytest.mark.parametrize("persona", list(TRUTH))
def test_the_policy_says_what_we_mean(persona):
    world = build_world()
    user = world.user(persona)
    author_teams = world.users["owner"].team_ids()
    answers = (
        policy.can_view_situation(user, world.situation),
        policy.can_delete_situation(user, world.situation),
        policy.can_view_reflection(user, world.submitted, author_teams),
        policy.can_review_reflection(user, world.submitted, author_teams),
        policy.can_see_team_overview(user),
    )
    assert answers == TRUTH[persona]


# 2. Generated from the policy: every persona × resource × action over HTTP -------------------


@dataclass(frozen=True)
class Action:
    method: str
    url: object  # (world) -> url
    visible: object  # (user, world) -> bool: may the user know the object exists?
    allowed: object  # (user, world) -> bool
    success: int
    done: object = None  # (world) -> bool: the effect, checked when allowed
    data: dict | None = None


def _owner_teams(world):
    return world.users["owner"].team_ids()


def _sees_situation(user, world):
    return policy.can_view_situation(user, world.situation)


def _removes_deployment(user, world):
    return policy.can_remove_deployment(user, world.deployment)


def _deployment_gone(world):
    return not Deployment.objects.filter(pk=world.deployment.pk).exists()


def _deployment_url(name):
    return lambda w: reverse(name, args=[w.situation.pk, w.deployment.pk])


def _sees(reflection_name):
    def visible(user, world):
        reflection = getattr(world, reflection_name)
        return policy.can_view_reflection(user, reflection, _owner_teams(world))

    return visible


def _reviews(user, world):
    return policy.can_review_reflection(user, world.submitted, _owner_teams(world))


def _always(user, world):
    return True


def _status(name, status):
    return lambda world: Reflection.objects.get(pk=getattr(world, name).pk).status == status


ACTIONS = {
    "situation: view": Action(
        "get", lambda w: reverse("situations:detail", args=[w.situation.pk]),
        _sees_situation, _sees_situation, 200,
    ),
    "situation: edit form": Action(
        "get", lambda w: reverse("situations:update", args=[w.situation.pk]),
        _sees_situation, lambda u, w: policy.can_edit_situation(u, w.situation), 200,
    ),
    "situation: add observation": Action(
        "get", lambda w: reverse("situations:observation_add", args=[w.situation.pk]),
        _sees_situation, lambda u, w: policy.can_edit_situation(u, w.situation), 200,
    ),
    "situation: close": Action(
        "post", lambda w: reverse("situations:close", args=[w.situation.pk]),
        _sees_situation, lambda u, w: policy.can_edit_situation(u, w.situation), 302,
        done=lambda w: Situation.objects.get(pk=w.situation.pk).status == "closed",
    ),
    "situation: advice": Action(
        "get", lambda w: reverse("advice:situation", args=[w.situation.pk]),
        _sees_situation, _sees_situation, 200,
    ),
    "situation: delete": Action(
        "post", lambda w: reverse("situations:delete", args=[w.situation.pk]),
        _sees_situation, lambda u, w: policy.can_delete_situation(u, w.situation), 302,
        done=lambda w: not Situation.objects.filter(pk=w.situation.pk).exists(),
    ),
    "deployment: removal page": Action(
        "get", _deployment_url("situations:deployment_delete"),
        _sees_situation, _removes_deployment, 200,
    ),
    "deployment: remove": Action(
        "post", _deployment_url("situations:deployment_delete"),
        _sees_situation, _removes_deployment, 302, done=_deployment_gone,
    ),
    "deployment: undo": Action(
        "post", _deployment_url("situations:deployment_undo"),
        _sees_situation, _removes_deployment, 302, done=_deployment_gone,
        data={"version": "1"},
    ),
    "reflection: read submitted": Action(
        "get", lambda w: reverse("reflections:detail", args=[w.submitted.pk]),
        _sees("submitted"), _sees("submitted"), 200,
    ),
    "reflection: read draft": Action(
        "get", lambda w: reverse("reflections:detail", args=[w.draft.pk]),
        _sees("draft"), _sees("draft"), 200,
    ),
    "reflection: edit draft": Action(
        "get", lambda w: reverse("reflections:update", args=[w.draft.pk]),
        _sees("draft"), lambda u, w: policy.is_author(u, w.draft), 200,
    ),
    "reflection: delete draft": Action(
        "post", lambda w: reverse("reflections:delete", args=[w.draft.pk]),
        _sees("draft"), lambda u, w: policy.is_author(u, w.draft), 302,
        done=lambda w: not Reflection.objects.filter(pk=w.draft.pk).exists(),
    ),
    "reflection: review": Action(
        "post", lambda w: reverse("reflections:respond", args=[w.submitted.pk]),
        _sees("submitted"), _reviews, 302, done=_status("submitted", "reviewed"),
        data={"action": "review", "text": "Goed gedaan."},
    ),
    "reflection: return": Action(
        "post", lambda w: reverse("reflections:respond", args=[w.submitted.pk]),
        _sees("submitted"), _reviews, 302, done=_status("submitted", "returned"),
        data={"action": "return", "text": "Werk de actie nog wat uit."},
    ),
    "reflections: review queue": Action(
        "get", lambda w: reverse("reflections:review_queue"),
        _always, lambda u, w: policy.can_review_any(u), 200,
    ),
    "reflections: export": Action(
        "get", lambda w: reverse("reflections:export") + "?format=csv",
        _always, lambda u, w: policy.can_write_reflections(u), 200,
    ),
    "team overview": Action(
        "get", lambda w: reverse("team_overview"),
        _always, lambda u, w: policy.can_see_team_overview(u), 200,
    ),
}  # fmt: skip


def expected_status(action: Action, user, world) -> int:
    if not action.visible(user, world):
        return 404
    if not action.allowed(user, world):
        return 403
    return action.success


@pytest.mark.django_db
@pytest.mark.parametrize("action_name", list(ACTIONS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_every_user_resource_and_action_answers_as_the_policy_says(persona, action_name):
    world = build_world()
    action = ACTIONS[action_name]
    user = world.user(persona)
    client = Client()
    url = action.url(world)
    if user is None:
        response = getattr(client, action.method)(url, action.data or {})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
        return
    client.force_login(user)
    if twofactor.is_required(user):  # a curator or superuser has passed the second step
        verify_second_factor(client, user)
    response = getattr(client, action.method)(url, action.data or {})
    expected = expected_status(action, user, world)
    assert response.status_code == expected, (persona, action_name)
    if action.done is not None:
        assert action.done(world) is (expected == action.success), (persona, action_name)
