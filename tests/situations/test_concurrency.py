"""Two saves of the same version at the same moment: exactly one wins (PostgreSQL only, where
two connections really run in parallel)."""

import threading

import pytest
from django.db import connection

from situations import services
from situations.models import Situation
from situations.services import SituationConflict

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
