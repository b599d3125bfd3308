"""Retention: closed situations past the retention period are anonymised (or deleted); a dry run
changes nothing; the report holds counts and ids, never text."""

from datetime import UTC, date, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from reflections.models import Reflection
from situations.models import Deployment, LearningQuestion, Observation, Situation
from situations.retention import ANONYMISED_ACTIVITY, ANONYMISED_TITLE, apply_retention
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import (
    DeploymentFactory,
    LearningQuestionFactory,
    ObservationFactory,
    SituationFactory,
    level,
)

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
DAYS = 730


@pytest.fixture
def make_situation(worker, team, neighbourhood, levels):
    """``make_situation(status, age_in_days)``: a situation of the team with a learning question,
    an observation and a deployment, each with text, last changed ``age_in_days`` before NOW."""

    def _make(status="closed", age=DAYS + 1, now=NOW):
        situation = SituationFactory(
            team=team,
            neighbourhood=neighbourhood,
            owner=worker,
            level=level("spanning"),
            status=status,
            title="Ruzie over de binnentuin van de Lindehof",
            themes="binnentuin, kinderen",
        )
        LearningQuestionFactory(situation=situation)
        ObservationFactory(situation=situation, date=date(2023, 3, 1), note="Twee families botsen.")
        DeploymentFactory(situation=situation, date=date(2023, 4, 1), outcome="partly")
        # auto_now cannot be told otherwise: set the age the way no save() would undo.
        Situation.objects.filter(pk=situation.pk).update(updated_at=now - timedelta(days=age))
        situation.refresh_from_db()
        return situation

    return _make


def test_it_reports_what_is_due_without_changing_anything(make_situation):
    due = make_situation()
    report = apply_retention(now=NOW, days=DAYS, action="anonymise")
    assert report.applied is False
    assert report.situation_ids == (due.pk,)
    assert (report.learning_questions, report.observations, report.deployments) == (1, 1, 1)
    assert report.cutoff == NOW - timedelta(days=DAYS)
    stored = Situation.objects.get(pk=due.pk)
    assert stored.title == due.title
    assert stored.description == due.description
    assert stored.learning_questions.count() == 1
    assert stored.observations.get().note == "Twee families botsen."


def test_it_anonymises_the_text_and_keeps_the_practice_evidence(make_situation):
    due = make_situation()
    before_observation = due.observations.get()
    before_deployment = due.deployments.get()

    report = apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)

    assert report.applied is True
    assert report.situation_ids == (due.pk,)
    stored = Situation.objects.get(pk=due.pk)
    assert stored.title == ANONYMISED_TITLE
    assert (stored.description, stored.themes) == ("", "")
    assert LearningQuestion.objects.filter(situation=due).exists() is False
    observation = stored.observations.get()  # no new observation: the level did not change
    assert observation.note == ""
    assert (observation.date, observation.level_id) == (before_observation.date, "spanning")
    deployment = stored.deployments.get()
    assert deployment.note == ""
    assert (deployment.activity_id, deployment.outcome, deployment.level_id, deployment.date) == (
        before_deployment.activity_id,
        "partly",
        "spanning",
        before_deployment.date,
    )
    assert (stored.status, stored.level_id, stored.owner_id) == ("closed", "spanning", due.owner_id)
    # Not "changed just now": the lists keep their order. The version warns open edit forms.
    assert stored.updated_at == due.updated_at
    assert stored.version == due.version + 1


def test_it_leaves_open_ongoing_and_recently_closed_situations_alone(make_situation):
    due = make_situation(age=DAYS + 1)
    kept = [
        make_situation(status="open", age=DAYS * 3),
        make_situation(status="ongoing", age=DAYS * 3),
        make_situation(status="closed", age=DAYS - 1),
    ]
    report = apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)
    assert report.situation_ids == (due.pk,)
    for situation in kept:
        stored = Situation.objects.get(pk=situation.pk)
        assert stored.title == situation.title
        assert stored.learning_questions.count() == 1
        assert stored.observations.get().note != ""


def test_the_period_is_counted_from_now(make_situation):
    """Older than the period is due; exactly the period is not yet."""
    at_the_edge = make_situation(age=DAYS)
    just_past = make_situation(age=DAYS + 1)
    assert apply_retention(now=NOW, days=DAYS).situation_ids == (just_past.pk,)
    later = NOW + timedelta(days=2)
    assert apply_retention(now=later, days=DAYS).situation_ids == (at_the_edge.pk, just_past.pk)


def test_a_second_run_has_nothing_left_to_anonymise(make_situation):
    make_situation()
    apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)
    again = apply_retention(now=NOW, days=DAYS, action="anonymise")
    assert again.situation_ids == ()


def test_text_added_after_anonymising_is_anonymised_again(make_situation):
    due = make_situation()
    apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)
    Deployment.objects.filter(situation=due).update(note="Later nog aangevuld.")
    report = apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)
    assert report.situation_ids == (due.pk,)
    assert report.deployments == 1
    assert Deployment.objects.get(situation=due).note == ""


def test_settings_choose_the_period_and_the_action(make_situation, settings):
    due = make_situation(age=31)
    settings.WIJKWERK_RETENTION_DAYS = 30
    settings.WIJKWERK_RETENTION_ACTION = "delete"
    report = apply_retention(now=NOW)
    assert (report.action, report.days, report.situation_ids) == ("delete", 30, (due.pk,))


def test_it_deletes_with_the_history_and_keeps_reflections_unlinked(make_situation, worker):
    due = make_situation()
    kept = make_situation(status="ongoing")
    deployment = due.deployments.get()
    about_situation = ReflectionFactory(author=worker, situation=due)
    about_deployment = ReflectionFactory(author=worker, situation=due, deployment=deployment)
    elsewhere = ReflectionFactory(author=worker, situation=kept)

    dry = apply_retention(now=NOW, days=DAYS, action="delete")
    assert Situation.objects.filter(pk=due.pk).exists() is True
    report = apply_retention(now=NOW, days=DAYS, action="delete", apply=True)

    for counted in (dry, report):
        assert counted.situation_ids == (due.pk,)
        assert (counted.learning_questions, counted.observations, counted.deployments) == (1, 1, 1)
        assert counted.reflections == 2
    assert Situation.objects.filter(pk=due.pk).exists() is False
    for model in (LearningQuestion, Observation, Deployment):
        assert model.objects.filter(situation_id=due.pk).exists() is False
        assert model.objects.filter(situation_id=kept.pk).count() == 1
    for reflection in (about_situation, about_deployment):
        reflection.refresh_from_db()
        assert (reflection.situation_id, reflection.deployment_id) == (None, None)
        assert reflection.title  # the author's text is theirs: untouched
    assert Reflection.objects.get(pk=elsewhere.pk).situation_id == kept.pk


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"action": "forget"}, "Unknown retention action 'forget'"),
        ({"days": 0}, "at least 1 day"),
    ],
)
def test_it_refuses_an_unknown_action_or_an_empty_period(db, options, message):
    with pytest.raises(ValueError, match=message):
        apply_retention(now=NOW, **options)


def test_the_command_is_a_dry_run_until_apply_and_never_prints_text(make_situation):
    now = timezone.now()
    due = make_situation(age=DAYS + 1, now=now)
    recent = make_situation(age=10, now=now)

    out = StringIO()
    call_command("apply_retention", stdout=out)
    dry = out.getvalue()
    assert "Would anonymise 1 closed situation(s)" in dry
    assert f"ids: {due.pk}\n" in dry
    assert "Dry run: nothing changed" in dry
    assert Situation.objects.get(pk=due.pk).title == due.title

    out = StringIO()
    call_command("apply_retention", "--apply", "--days", "5", stdout=out)
    applied = out.getvalue()
    assert "Anonymised 2 closed situation(s)" in applied
    assert f"ids: {due.pk}, {recent.pk}\n" in applied
    assert "learning questions deleted: 2" in applied
    for text in (due.title, due.description, due.themes, "Twee families botsen"):
        assert text not in dry + applied
    assert set(Situation.objects.values_list("title", flat=True)) == {ANONYMISED_TITLE}


def test_the_command_turns_a_bad_setting_into_an_error(db, settings):
    settings.WIJKWERK_RETENTION_ACTION = "archive"
    with pytest.raises(CommandError, match="Unknown retention action 'archive'"):
        call_command("apply_retention", stdout=StringIO())


def test_an_other_namely_description_is_made_neutral(make_situation):
    """ "Other, namely" is free text too; it must stay filled (a database rule), so it becomes a
    neutral word, counted in the report, and a second run finds nothing left."""
    due = make_situation()
    other = DeploymentFactory(
        situation=due, activity=None, other_activity="Gesprek bij de fietsenstalling"
    )
    Situation.objects.filter(pk=due.pk).update(updated_at=NOW - timedelta(days=DAYS + 1))

    report = apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)

    assert report.other_activities == 1
    assert Deployment.objects.get(pk=other.pk).other_activity == ANONYMISED_ACTIVITY
    again = apply_retention(now=NOW, days=DAYS, action="anonymise", apply=True)
    assert again.situation_ids == ()
