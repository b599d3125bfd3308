"""What the trail records of situations, memberships, roles and the catalogue, and who did it."""

from auditlog.models import LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse

from situations import services
from situations.models import Observation, Situation
from tests.accounts.factories import MembershipFactory, UserFactory
from tests.activities.factories import GoalFactory
from tests.audit.conftest import entries_for, stored_text
from tests.situations.factories import (
    DeploymentFactory,
    LearningQuestionFactory,
    ObservationFactory,
)
from tests.situations.formdata import situation_post
from wijkwerk.accounts.roles import TEAM_LEAD
from wijkwerk.audit.models import TeamEntry

NEW_DESCRIPTION = "Het wordt rustiger sinds de bewonersavond; de buren groeten elkaar weer."


def _edit(client, situation, **overrides):
    situation = Situation.objects.get(pk=situation.pk)
    return client.post(
        reverse("situations:update", args=[situation.pk]),
        situation_post(situation=situation, **overrides),
    )


def test_it_records_an_edit_of_a_situation_with_who_did_it(login, worker, situation):
    response = _edit(login(worker), situation, level="spanning", description=NEW_DESCRIPTION)
    assert response.status_code == 302
    entry = entries_for(situation).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == worker
    assert entry.changes["level"] == ["ongemak", "spanning"]
    assert entry.changes["description"] == ["***", "***"]  # that it changed, not what it says
    assert entry.object_repr == f"#{situation.pk}"
    assert TeamEntry.objects.filter(entry=entry, team=situation.team).exists() is True


def test_it_keeps_the_texts_of_situations_out_of_the_log(login, worker, situation):
    ObservationFactory(situation=situation, note="Notitie die alleen het team mag lezen")
    _edit(
        login(worker),
        situation,
        title="Een nieuwe titel voor het portiek",
        description=NEW_DESCRIPTION,
        themes="groeten, rust",
        questions=["Hoe houd ik de buren betrokken?"],
    )
    text = stored_text()
    for secret in (
        "Geluidsoverlast in het portiek",
        "Een nieuwe titel voor het portiek",
        situation.description,
        NEW_DESCRIPTION,
        "groeten, rust",
        "Notitie die alleen het team mag lezen",
        "Hoe houd ik de buren betrokken?",
    ):
        assert secret not in text, secret
    entry = entries_for(situation).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.changes["learning_questions"] == ["", "***"]


def test_an_edit_that_changes_nothing_records_nothing(login, worker, situation):
    client = login(worker)
    before = LogEntry.objects.count()
    assert _edit(client, situation).status_code == 302
    assert LogEntry.objects.count() == before


def test_it_records_creating_a_situation_and_its_first_observation(
    login, worker, neighbourhood, levels
):
    response = login(worker).post(reverse("situations:create"), situation_post(neighbourhood))
    assert response.status_code == 302
    situation = Situation.objects.get()
    created = entries_for(situation).get(action=LogEntry.Action.CREATE)
    assert created.actor == worker
    assert created.changes["title"] == ["", "***"]
    observation = Observation.objects.get(situation=situation)
    assert entries_for(observation).get().actor == worker


def test_it_records_closing_and_reopening(login, worker, situation):
    client = login(worker)
    client.post(reverse("situations:close", args=[situation.pk]))
    client.post(reverse("situations:reopen", args=[situation.pk]))
    statuses = [e.changes["status"] for e in entries_for(situation).filter(action=1)]
    assert statuses == [["open", "closed"], ["closed", "open"]]


def test_it_records_observations_and_deployments_with_their_situation(lead, situation):
    observation = services.observation_record(
        situation=situation,
        user=lead,
        date=situation.created_at.date(),
        level=situation.level,
        note="Notitie",
    )
    deployment = DeploymentFactory(situation=situation, note="Afspraken")
    for obj in (observation, deployment):
        entry = entries_for(obj).get()
        assert entry.changes["note"] == ["", "***"]
        team_entry = TeamEntry.objects.get(entry=entry)
        assert (team_entry.team_id, team_entry.situation_id) == (situation.team_id, situation.pk)
    assert entries_for(observation).get().actor is None  # no request: Wijkwerk itself


def test_deleting_a_situation_stays_in_its_teams_trail(login, worker, situation):
    observation = ObservationFactory(situation=situation)
    question = LearningQuestionFactory(situation=situation)
    pk = situation.pk
    response = login(worker).post(reverse("situations:delete", args=[pk]))
    assert response.status_code == 302
    deleted = LogEntry.objects.filter(action=LogEntry.Action.DELETE)
    assert {(e.content_type.model, e.object_id) for e in deleted} == {
        ("situation", pk),
        ("observation", observation.pk),
        ("learningquestion", question.pk),
    }
    assert all(e.actor == worker for e in deleted)
    in_trail = TeamEntry.objects.filter(entry__in=deleted)
    assert {(t.team_id, t.situation_id) for t in in_trail} == {(situation.team_id, pk)}
    assert in_trail.count() == 3


def test_it_records_changed_goals_of_a_situation(situation, worker):
    goal = GoalFactory(name="Kennismaken")
    situation.goals.add(goal)
    entry = entries_for(situation).get(action=LogEntry.Action.UPDATE)
    assert entry.changes["goals"] == {"type": "m2m", "operation": "add", "objects": ["Kennismaken"]}
    assert entry.object_repr == f"#{situation.pk}"
    assert TeamEntry.objects.get(entry=entry).situation_id == situation.pk


def test_it_records_memberships_in_the_teams_trail(team, other_team, worker):
    membership = MembershipFactory(user=UserFactory(username="nieuw"), team=team)
    pk = membership.pk
    membership.team = other_team
    membership.save()
    membership.delete()
    entries = LogEntry.objects.filter(content_type__model="membership", object_id=pk)
    assert list(entries.order_by("pk").values_list("action", flat=True)) == [0, 1, 2]
    moved = entries.get(action=LogEntry.Action.UPDATE)
    assert set(TeamEntry.objects.filter(entry=moved).values_list("team_id", flat=True)) == {
        team.pk,
        other_team.pk,
    }


def test_it_records_role_changes_and_never_a_password(worker):
    worker.groups.add(Group.objects.get(name=TEAM_LEAD))
    entry = entries_for(worker).filter(action=LogEntry.Action.UPDATE).last()
    assert entry.changes["groups"]["objects"] == [TEAM_LEAD]
    worker.set_password("een-heel-geheim-wachtwoord")
    worker.first_name = "Sanne"
    worker.save()
    assert "een-heel-geheim-wachtwoord" not in stored_text()
    assert worker.password not in stored_text()
    assert not LogEntry.objects.filter(changes__has_key="password").exists()
    assert not LogEntry.objects.filter(changes__has_key="last_login").exists()


def test_it_records_catalogue_changes_in_full(levels):
    goal = GoalFactory(name="Kennismaken")
    goal.description = "Bewoners leren elkaar kennen."
    goal.save()
    entry = entries_for(goal).get(action=LogEntry.Action.UPDATE)
    assert entry.changes["description"][1] == "Bewoners leren elkaar kennen."
    assert entry.object_repr == "Kennismaken"
    assert TeamEntry.objects.filter(entry=entry).exists() is False  # the admin's, not a team's


def test_a_forged_forwarded_address_is_not_what_the_trail_stores(
    login, worker, situation, settings
):
    """The trail stores the address our own proxy saw (the last X-Forwarded-For entry), not the
    first one, which the client writes itself; without a proxy, the connection's address."""
    settings.BEHIND_PROXY = True
    client = login(worker)
    client.post(
        reverse("situations:update", args=[situation.pk]),
        situation_post(situation=Situation.objects.get(pk=situation.pk), level="spanning"),
        HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7",
    )
    updates = entries_for(situation).filter(action=LogEntry.Action.UPDATE)
    assert {e.remote_addr for e in updates} == {"198.51.100.7"}
    settings.BEHIND_PROXY = False
    client.post(
        reverse("situations:update", args=[situation.pk]),
        situation_post(situation=Situation.objects.get(pk=situation.pk), level="incidenten"),
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    assert entries_for(situation).order_by("-pk").first().remote_addr == "127.0.0.1"
