"""Services: trajectories start and follow level changes, optimistic locking, deployments."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from situations import services
from situations.models import Deployment, LearningQuestion, Observation, Situation
from situations.services import QuestionInput, SituationConflict
from tests.situations.factories import ActivityFactory, GoalFactory, LearningQuestionFactory, level


def create(worker, team, neighbourhood, **overrides):
    values = {
        "user": worker,
        "team": team,
        "title": "Ergernis over afval bij de flat",
        "description": "Bewoners zetten afval naast de containers en spreken elkaar niet aan.",
        "neighbourhood": neighbourhood,
        "level": level("ongemak"),
        "learning_questions": ["Hoe bereik ik de stille bewoners?", "Wat werkt bij afval?"],
    }
    values.update(overrides)
    return services.situation_create(**values)


def update_values(situation, **overrides):
    values = {
        "title": situation.title,
        "description": situation.description,
        "neighbourhood": situation.neighbourhood,
        "level": situation.level,
        "goals": list(situation.goals.all()),
        "target_groups": list(situation.target_groups.all()),
        "themes": situation.themes,
        "learning_questions": [
            QuestionInput(text=q.text, id=q.pk) for q in situation.learning_questions.all()
        ],
    }
    values.update(overrides)
    return values


def test_it_creates_a_situation_with_its_first_observation(worker, team, neighbourhood, levels):
    situation = create(worker, team, neighbourhood)
    assert situation.owner == worker
    assert situation.status == "open"
    assert situation.version == 1
    (observation,) = situation.observations.all()
    assert observation.level_id == "ongemak"
    assert observation.previous_level is None
    assert observation.date == timezone.localdate()
    assert observation.recorded_by == worker
    assert [q.text for q in situation.learning_questions.order_by("order")] == [
        "Hoe bereik ik de stille bewoners?",
        "Wat werkt bij afval?",
    ]


def test_it_refuses_to_create_for_a_team_the_user_is_not_in(outsider, team, neighbourhood, levels):
    with pytest.raises(PermissionDenied):
        create(outsider, team, neighbourhood)
    assert Situation.objects.count() == 0


def test_it_refuses_a_neighbourhood_the_team_does_not_work_in(
    worker, team, other_neighbourhood, levels
):
    with pytest.raises(ValidationError) as error:
        create(worker, team, other_neighbourhood)
    assert "werkt niet in deze wijk" in str(error.value)


def test_a_level_change_adds_an_observation(situation, worker, levels):
    services.situation_update(
        situation=situation,
        user=worker,
        version=situation.version,
        **update_values(situation, level=level("spanning")),
    )
    observation = situation.observations.get()
    assert (observation.previous_level_id, observation.level_id) == ("ongemak", "spanning")
    assert observation.recorded_by == worker
    assert observation.date == timezone.localdate()
    situation.refresh_from_db()
    assert situation.level_id == "spanning"
    assert situation.version == 2


def test_saving_without_a_level_change_adds_no_observation(situation, worker, levels):
    services.situation_update(
        situation=situation,
        user=worker,
        version=situation.version,
        **update_values(situation, title="Een betere titel"),
    )
    assert situation.observations.count() == 0
    situation.refresh_from_db()
    assert situation.title == "Een betere titel"


def test_a_stale_version_is_refused_with_what_changed(situation, worker, colleague, levels):
    loaded = situation.version
    services.situation_update(
        situation=Situation.objects.get(pk=situation.pk),
        user=colleague,
        version=loaded,
        **update_values(situation, title="Titel van de collega", level=level("spanning")),
    )
    with pytest.raises(SituationConflict) as conflict:
        services.situation_update(
            situation=Situation.objects.get(pk=situation.pk),
            user=worker,
            version=loaded,
            **update_values(situation, description="Mijn nieuwe beschrijving."),
        )
    assert set(conflict.value.fields) == {"title", "level", "description"}
    assert conflict.value.current.title == "Titel van de collega"
    situation.refresh_from_db()
    assert situation.description != "Mijn nieuwe beschrijving."
    assert situation.title == "Titel van de collega"


def test_a_stale_version_saves_when_both_typed_the_same(situation, worker, colleague, levels):
    """Nothing can be lost when the other save stored exactly what this person typed."""
    loaded = situation.version
    same = update_values(situation, title="Dezelfde verbeterde titel")
    services.situation_update(
        situation=Situation.objects.get(pk=situation.pk), user=colleague, version=loaded, **same
    )
    saved = services.situation_update(
        situation=Situation.objects.get(pk=situation.pk), user=worker, version=loaded, **same
    )
    assert saved.version == loaded + 2


def test_closing_does_not_make_an_open_edit_a_conflict(situation, worker, colleague, levels):
    loaded = situation.version
    services.situation_close(situation=situation, user=colleague)
    services.deployment_record(
        situation=situation, user=colleague, activity=ActivityFactory(), date=timezone.localdate()
    )
    saved = services.situation_update(
        situation=Situation.objects.get(pk=situation.pk),
        user=worker,
        version=loaded,
        **update_values(situation, themes="nieuw thema"),
    )
    assert (saved.version, saved.status) == (loaded + 1, "closed")


def test_the_conditional_update_writes_nothing_for_an_old_version(situation, worker, levels):
    """Even when the in-memory copy claims the old version, the database row decides."""
    stale = Situation.objects.get(pk=situation.pk)
    Situation.objects.filter(pk=situation.pk).update(version=5, title="Intussen veranderd")
    with pytest.raises(SituationConflict):
        services.situation_update(
            situation=stale, user=worker, version=stale.version, **update_values(stale)
        )
    assert Situation.objects.get(pk=situation.pk).title == "Intussen veranderd"


def test_learning_questions_keep_their_ids_and_follow_the_new_order(situation, worker, levels):
    first = LearningQuestionFactory(situation=situation, text="Eerste vraag", order=1)
    second = LearningQuestionFactory(situation=situation, text="Tweede vraag", order=2)
    services.situation_update(
        situation=situation,
        user=worker,
        version=situation.version,
        **update_values(
            situation,
            learning_questions=[
                QuestionInput(text="Tweede vraag", id=second.pk),
                QuestionInput(text="Nieuwe vraag"),
                QuestionInput(text="   "),
            ],
        ),
    )
    rows = list(situation.learning_questions.order_by("order").values_list("pk", "text", "order"))
    assert rows[0] == (second.pk, "Tweede vraag", 1)
    assert rows[1][1:] == ("Nieuwe vraag", 2)
    assert not LearningQuestion.objects.filter(pk=first.pk).exists()


def test_a_question_id_of_another_situation_becomes_a_new_question(
    situation, other_situation, worker, levels
):
    foreign = LearningQuestionFactory(situation=other_situation, text="Andermans vraag")
    services.situation_update(
        situation=situation,
        user=worker,
        version=situation.version,
        **update_values(
            situation, learning_questions=[QuestionInput(text="Overgenomen", id=foreign.pk)]
        ),
    )
    foreign.refresh_from_db()
    assert foreign.text == "Andermans vraag"
    assert situation.learning_questions.get().text == "Overgenomen"


def test_an_observation_today_moves_the_current_level(situation, worker, levels):
    services.observation_record(
        situation=situation,
        user=worker,
        date=timezone.localdate(),
        level=level("incidenten"),
        note="Ruzie op straat.",
    )
    situation.refresh_from_db()
    assert situation.level_id == "incidenten"
    assert situation.version == 2


def test_an_older_observation_is_history_only(situation, worker, levels):
    services.observation_record(
        situation=situation, user=worker, date=timezone.localdate(), level=level("spanning")
    )
    services.observation_record(
        situation=situation,
        user=worker,
        date=timezone.localdate() - timedelta(days=30),
        level=level("escalatie"),
    )
    situation.refresh_from_db()
    assert situation.level_id == "spanning"
    assert situation.observations.count() == 2


def test_a_backdated_observation_becomes_the_previous_level_of_the_next(situation, worker, levels):
    """ongemak (-30) -> escalatie (-5); then spanning is recorded for -20: the -5 step now
    comes from spanning, so the trajectory and the team overview's rises stay right."""
    for days, slug in ((30, "ongemak"), (5, "escalatie"), (20, "spanning")):
        services.observation_record(
            situation=situation,
            user=worker,
            date=timezone.localdate() - timedelta(days=days),
            level=level(slug),
        )
    steps = [
        (obs.previous_level_id, obs.level_id)
        for obs in situation.observations.filter(
            date__gte=timezone.localdate() - timedelta(days=30)
        ).order_by("date")
    ]
    assert steps[-3:] == [
        (steps[-3][0], "ongemak"),
        ("ongemak", "spanning"),
        ("spanning", "escalatie"),
    ]


def test_an_observation_in_the_future_is_refused(situation, worker, levels):
    with pytest.raises(ValidationError) as error:
        services.observation_record(
            situation=situation,
            user=worker,
            date=timezone.localdate() + timedelta(days=1),
            level=level("spanning"),
        )
    assert "toekomst" in str(error.value)
    assert Observation.objects.count() == 0


def test_a_deployment_stores_the_level_of_its_day_and_makes_the_situation_ongoing(
    situation, worker, levels
):
    services.observation_record(
        situation=situation,
        user=worker,
        date=timezone.localdate() - timedelta(days=20),
        level=level("ongemak"),
    )
    services.observation_record(
        situation=situation,
        user=worker,
        date=timezone.localdate() - timedelta(days=5),
        level=level("incidenten"),
    )
    deployment = services.deployment_record(
        situation=situation,
        user=worker,
        activity=ActivityFactory(),
        date=timezone.localdate() - timedelta(days=10),
        outcome="partly",
    )
    assert deployment.level_id == "ongemak"
    situation.refresh_from_db()
    assert situation.status == "ongoing"


def test_an_unpublished_activity_cannot_be_recorded(situation, worker, levels):
    with pytest.raises(ValidationError) as error:
        services.deployment_record(
            situation=situation,
            user=worker,
            activity=ActivityFactory(is_published=False),
            date=timezone.localdate(),
        )
    assert "niet gepubliceerd" in str(error.value)
    assert Deployment.objects.count() == 0


def test_close_and_reopen(situation, worker, levels):
    services.situation_close(situation=situation, user=worker)
    situation.refresh_from_db()
    assert situation.status == "closed"
    services.situation_reopen(situation=situation, user=worker)
    situation.refresh_from_db()
    assert situation.status == "open"


def test_reopening_a_situation_with_activities_makes_it_ongoing(situation, worker, levels):
    services.deployment_record(
        situation=situation, user=worker, activity=ActivityFactory(), date=timezone.localdate()
    )
    services.situation_close(situation=situation, user=worker)
    services.situation_reopen(situation=situation, user=worker)
    situation.refresh_from_db()
    assert situation.status == "ongoing"


def test_only_the_owner_or_a_lead_may_delete(situation, colleague, lead, worker, levels):
    with pytest.raises(PermissionDenied):
        services.situation_delete(situation=situation, user=colleague)
    services.situation_delete(situation=situation, user=lead)
    assert Situation.objects.count() == 0


def test_goals_are_saved_on_update(situation, worker, levels):
    goal = GoalFactory(name="Kennismaken")
    services.situation_update(
        situation=situation,
        user=worker,
        version=situation.version,
        **update_values(situation, goals=[goal]),
    )
    assert list(situation.goals.all()) == [goal]
