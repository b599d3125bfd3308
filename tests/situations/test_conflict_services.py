"""Optimistic locking in the services, with the snapshot of what each form loaded: two loads, two
saves, one conflict; a colleague's change to another field is never reverted."""

import pytest

from situations import services
from situations.conflicts import MINE, THEIRS, Merge
from situations.models import Deployment, Situation
from situations.services import DeploymentConflict, SituationConflict
from tests.situations.factories import DeploymentFactory, level


def load(situation):
    """What an edit form loads: the row, its version and the snapshot of its values."""
    loaded = Situation.objects.get(pk=situation.pk)
    return loaded, services.situation_snapshot(services.situation_values(loaded))


def values_of(situation, **overrides):
    return {**services.situation_values(situation), **overrides}


def save(situation, user, base, **overrides):
    return services.situation_update(
        situation=situation,
        user=user,
        version=overrides.pop("version", situation.version),
        base=base,
        pending=overrides.pop("pending", ()),
        choices=overrides.pop("choices", None),
        **values_of(situation, **overrides),
    )


# Situations ----------------------------------------------------------------------------------


def test_of_two_saves_of_one_version_the_second_is_a_conflict(situation, worker, colleague):
    mine, my_base = load(situation)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, title="Titel van de collega")
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, my_base, title="Mijn titel")
    assert raised.value.merge == Merge(choose=("title",))
    assert raised.value.current.title == "Titel van de collega"
    assert Situation.objects.get(pk=situation.pk).version == 2


def test_a_colleagues_change_to_another_field_is_a_conflict_to_review(situation, worker, colleague):
    mine, my_base = load(situation)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, level=level("spanning"))
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, my_base, description="Mijn nieuwe beschrijving.")
    assert raised.value.merge == Merge(theirs=("level",), mine=("description",))
    stored = Situation.objects.get(pk=situation.pk)
    assert (stored.level_id, stored.description) == ("spanning", situation.description)


def test_saving_the_rebased_form_keeps_both_changes(situation, worker, colleague):
    mine, my_base = load(situation)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, level=level("spanning"))
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, my_base, description="Mijn nieuwe beschrijving.")
    error = raised.value
    # The conflict page shows the stored level, the typed description and the new snapshot.
    rebased = Situation.objects.get(pk=situation.pk)
    saved = save(rebased, worker, error.theirs, description="Mijn nieuwe beschrijving.")
    saved.refresh_from_db()
    assert (saved.level_id, saved.description) == ("spanning", "Mijn nieuwe beschrijving.")
    assert saved.version == 3


@pytest.mark.parametrize(("choice", "title"), [(MINE, "Mijn titel"), (THEIRS, "Hun titel")])
def test_a_field_both_changed_is_saved_as_chosen(situation, worker, colleague, choice, title):
    mine, my_base = load(situation)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, title="Hun titel", themes="hun thema")
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, my_base, title="Mijn titel")
    error = raised.value
    assert error.merge == Merge(theirs=("themes",), choose=("title",))
    rebased = Situation.objects.get(pk=situation.pk)
    kwargs = {"title": "Mijn titel", "pending": error.merge.choose}
    with pytest.raises(SituationConflict) as again:  # no choice made
        save(rebased, worker, error.theirs, **kwargs)
    assert again.value.missing == ("title",)
    save(rebased, worker, error.theirs, choices={"title": choice}, **kwargs)
    stored = Situation.objects.get(pk=situation.pk)
    assert (stored.title, stored.themes) == (title, "hun thema")


def test_a_choice_for_their_level_records_no_level_change(situation, worker, colleague):
    mine, my_base = load(situation)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, level=level("spanning"))
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, my_base, level=level("incidenten"))
    rebased = Situation.objects.get(pk=situation.pk)
    save(
        rebased,
        worker,
        raised.value.theirs,
        level=level("incidenten"),
        pending=("level",),
        choices={"level": THEIRS},
    )
    steps = list(situation.observations.order_by("created_at").values_list("level", flat=True))
    assert steps == ["spanning"]  # the colleague's change; the worker's choice changed nothing


def test_the_conflict_repeats_when_the_colleague_saves_again(situation, worker, colleague):
    mine, my_base = load(situation)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, title="Hun titel")
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, my_base, title="Mijn titel")
    rebased, rebased_base = Situation.objects.get(pk=situation.pk), raised.value.theirs
    again, again_base = load(situation)
    save(again, colleague, again_base, themes="nog een thema")
    with pytest.raises(SituationConflict) as repeated:
        save(
            rebased,
            worker,
            rebased_base,
            title="Mijn titel",
            pending=("title",),
            choices={"title": MINE},
        )
    assert repeated.value.merge == Merge(theirs=("themes",), mine=("title",))
    assert Situation.objects.get(pk=situation.pk).title == "Hun titel"


def test_without_a_snapshot_every_difference_must_be_chosen(situation, worker, colleague):
    mine = Situation.objects.get(pk=situation.pk)
    theirs, their_base = load(situation)
    save(theirs, colleague, their_base, level=level("spanning"))
    with pytest.raises(SituationConflict) as raised:
        save(mine, worker, None, description="Mijn nieuwe beschrijving.")
    assert raised.value.merge == Merge(choose=("description", "level"))


# Deployments ---------------------------------------------------------------------------------


@pytest.fixture
def deployment(situation):
    return DeploymentFactory(situation=situation, outcome="unknown", note="")


def load_deployment(deployment):
    loaded = Deployment.objects.select_related("situation").get(pk=deployment.pk)
    return loaded, services.deployment_snapshot(loaded)


def test_a_deployment_outcome_starts_at_version_1_and_counts_saves(deployment, worker):
    assert deployment.version == 1
    loaded, base = load_deployment(deployment)
    services.deployment_update(
        deployment=loaded, user=worker, outcome="worked", note="", version=1, base=base
    )
    assert Deployment.objects.get(pk=deployment.pk).version == 2


def test_of_two_outcome_saves_of_one_version_the_second_is_a_conflict(
    deployment, worker, colleague
):
    mine, my_base = load_deployment(deployment)
    theirs, their_base = load_deployment(deployment)
    services.deployment_update(
        deployment=theirs, user=colleague, outcome="worked", note="", version=1, base=their_base
    )
    with pytest.raises(DeploymentConflict) as raised:
        services.deployment_update(
            deployment=mine, user=worker, outcome="did_not_work", note="", version=1, base=my_base
        )
    assert raised.value.merge == Merge(choose=("outcome",))
    stored = Deployment.objects.get(pk=deployment.pk)
    assert (stored.outcome, stored.version) == ("worked", 2)


def test_a_colleagues_outcome_survives_my_note(deployment, worker, colleague):
    mine, my_base = load_deployment(deployment)
    theirs, their_base = load_deployment(deployment)
    services.deployment_update(
        deployment=theirs, user=colleague, outcome="worked", note="", version=1, base=their_base
    )
    note = "Bewoners bleven na afloop praten."
    with pytest.raises(DeploymentConflict) as raised:
        services.deployment_update(
            deployment=mine, user=worker, outcome="unknown", note=note, version=1, base=my_base
        )
    assert raised.value.merge == Merge(theirs=("outcome",), mine=("note",))
    rebased = Deployment.objects.select_related("situation").get(pk=deployment.pk)
    services.deployment_update(
        deployment=rebased,
        user=worker,
        outcome="worked",  # the conflict page's form shows the colleague's outcome
        note=note,
        version=2,
        base=raised.value.theirs,
    )
    stored = Deployment.objects.get(pk=deployment.pk)
    assert (stored.outcome, stored.note, stored.version) == ("worked", note, 3)


@pytest.mark.parametrize(("choice", "outcome"), [(MINE, "did_not_work"), (THEIRS, "worked")])
def test_an_outcome_both_changed_is_saved_as_chosen(deployment, worker, colleague, choice, outcome):
    mine, my_base = load_deployment(deployment)
    theirs, their_base = load_deployment(deployment)
    services.deployment_update(
        deployment=theirs, user=colleague, outcome="worked", note="", version=1, base=their_base
    )
    with pytest.raises(DeploymentConflict) as raised:
        services.deployment_update(
            deployment=mine, user=worker, outcome="did_not_work", note="", version=1, base=my_base
        )
    rebased = Deployment.objects.select_related("situation").get(pk=deployment.pk)
    services.deployment_update(
        deployment=rebased,
        user=worker,
        outcome="did_not_work",
        note="",
        version=2,
        base=raised.value.theirs,
        pending=("outcome",),
        choices={"outcome": choice},
    )
    assert Deployment.objects.get(pk=deployment.pk).outcome == outcome
