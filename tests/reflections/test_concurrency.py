"""Two windows saving the same reflection at the same moment: exactly one wins, the other gets
the conflict (PostgreSQL only, where two connections really run in parallel)."""

import threading

import pytest
from django.db import connection

from reflections import workflow
from reflections.models import Reflection
from reflections.workflow import ReflectionConflict

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite serialises writers; no real race"
    ),
    pytest.mark.django_db(transaction=True),
]


def test_of_two_simultaneous_saves_one_is_refused(make_reflection, worker):
    reflection = make_reflection()
    barrier = threading.Barrier(2)
    outcomes = {}

    def save(window, title, learning_points):
        from django.db import connection as thread_connection

        try:
            loaded = Reflection.objects.get(pk=reflection.pk)
            base = workflow.reflection_snapshot(loaded)
            loaded.title = title
            loaded.learning_points = learning_points
            barrier.wait()
            workflow.reflection_save_changes(
                reflection=loaded,
                user=type(worker).objects.get(pk=worker.pk),
                version=1,
                base=base,
            )
            outcomes[window] = "saved"
        except ReflectionConflict as error:
            outcomes[window] = error
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=save, args=("first", "Titel uit venster een", "Leerpunt een.")),
        threading.Thread(target=save, args=("second", "Titel uit venster twee", "Leerpunt twee.")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = [window for window, outcome in outcomes.items() if outcome == "saved"]
    refused = [outcome for outcome in outcomes.values() if outcome != "saved"]
    assert len(saved) == 1 and len(refused) == 1, outcomes
    assert refused[0].merge.choose == ("title", "learning_points")
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.version == 2
    expected = {
        "first": ("Titel uit venster een", "Leerpunt een."),
        "second": ("Titel uit venster twee", "Leerpunt twee."),
    }
    assert (stored.title, stored.learning_points) == expected[saved[0]]


def test_an_edit_and_the_leads_return_at_the_same_moment_both_count(make_reflection, worker, lead):
    """The lead returns while the author saves (from a form loaded when it was returned
    earlier): both take the row lock in turn, so the author's text and the lead's status
    change both stay, whichever comes first."""
    reflection = make_reflection(status="submitted")
    Reflection.objects.filter(pk=reflection.pk).update(status="returned")
    loaded = Reflection.objects.get(pk=reflection.pk)
    base = workflow.reflection_snapshot(loaded)
    Reflection.objects.filter(pk=reflection.pk).update(status="submitted")
    barrier = threading.Barrier(2)
    results = {}

    def author():
        from django.db import connection as thread_connection

        try:
            loaded.title = "Aangepast door de schrijver"
            barrier.wait()
            workflow.reflection_save_changes(
                reflection=loaded,
                user=type(worker).objects.get(pk=worker.pk),
                version=1,
                base=base,
            )
            results["author"] = "saved"
        except workflow.TransitionError as error:
            results["author"] = error.message
        finally:
            thread_connection.close()

    def team_lead():
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            workflow.reflection_return(
                reflection=Reflection.objects.get(pk=reflection.pk),
                user=type(lead).objects.get(pk=lead.pk),
                text="Werk het resultaat verder uit.",
            )
            results["lead"] = "returned"
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=author), threading.Thread(target=team_lead)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = Reflection.objects.get(pk=reflection.pk)
    assert results["lead"] == "returned"
    assert stored.status == "returned"
    if results["author"] == "saved":
        # The author came second (after the return): the text is saved, the status stays.
        assert (stored.title, stored.version) == ("Aangepast door de schrijver", 2)
    else:
        # The author came first, while it was still submitted: refused, nothing changed.
        assert "niet aanpassen" in results["author"]
        assert (stored.title, stored.version) == (reflection.title, 1)
