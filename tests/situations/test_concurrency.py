"""Two saves of the same version at the same moment: exactly one wins, for a situation and for
a deployment's outcome (PostgreSQL only, where two connections really run in parallel)."""

import threading

import pytest
from django.db import connection

from situations import services
from situations.models import Deployment, Situation
from situations.services import DeploymentConflict, SituationConflict
from tests.situations.factories import DeploymentFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite serialises writers; no real race"
    ),
    pytest.mark.django_db(transaction=True),
]


def test_of_two_simultaneous_saves_one_is_refused(situation, worker, colleague):
    barrier = threading.Barrier(2)
    outcomes = []

    def save(user, title):
        from django.db import connection as thread_connection

        try:
            loaded = Situation.objects.get(pk=situation.pk)
            barrier.wait()
            services.situation_update(
                situation=loaded,
                user=type(user).objects.get(pk=user.pk),
                version=1,
                title=title,
                description=loaded.description,
                neighbourhood=loaded.neighbourhood,
                level=loaded.level,
                themes=loaded.themes,
            )
            outcomes.append("saved")
        except SituationConflict:
            outcomes.append("conflict")
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=save, args=(worker, "Titel van Sanne")),
        threading.Thread(target=save, args=(colleague, "Titel van Ahmed")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "saved"]
    stored = Situation.objects.get(pk=situation.pk)
    assert stored.version == 2
    assert stored.title in {"Titel van Sanne", "Titel van Ahmed"}


def test_of_two_simultaneous_outcome_saves_one_is_refused_and_nothing_is_overwritten(
    situation, worker, colleague
):
    deployment = DeploymentFactory(situation=situation, outcome="unknown", note="")
    barrier = threading.Barrier(2)
    outcomes = {}

    def save(user, outcome, note):
        from django.db import connection as thread_connection

        try:
            loaded = Deployment.objects.select_related("situation").get(pk=deployment.pk)
            base = services.deployment_snapshot(loaded)
            barrier.wait()
            services.deployment_update(
                deployment=loaded,
                user=type(user).objects.get(pk=user.pk),
                outcome=outcome,
                note=note,
                version=1,
                base=base,
            )
            outcomes[user.username] = "saved"
        except DeploymentConflict as error:
            outcomes[user.username] = error
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=save, args=(worker, "worked", "")),
        threading.Thread(target=save, args=(colleague, "did_not_work", "Niemand kwam opdagen.")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = [name for name, outcome in outcomes.items() if outcome == "saved"]
    refused = [outcome for outcome in outcomes.values() if outcome != "saved"]
    assert len(saved) == 1 and len(refused) == 1, outcomes
    stored = Deployment.objects.get(pk=deployment.pk)
    assert stored.version == 2
    # The refused one learns that both changed the outcome; the stored row is the winner's.
    assert refused[0].merge.choose == ("outcome",)
    if saved == ["sanne"]:
        assert (stored.outcome, stored.note) == ("worked", "")
    else:
        assert (stored.outcome, stored.note) == ("did_not_work", "Niemand kwam opdagen.")
