"""Reflections in the trail: who submitted, returned and reviewed, never what it says."""

from auditlog.models import LogEntry
from django.urls import reverse

from reflections import workflow
from tests.audit.conftest import entries_for, stored_text
from tests.reflections.factories import STARR_ANSWERS, ReflectionFactory
from wijkwerk.audit.models import TeamEntry

TITLE = "Het moeilijke gesprek met de buurman van nummer negen"
LEARNING_POINTS = "Ik merk dat ik te snel oplossingen aandraag."
RETURN_TEXT = "Kun je meer vertellen over wat je zelf voelde?"
REVIEW_TEXT = "Sterke reflectie, vooral het stuk over luisteren."


def _reflection(worker, situation):
    return ReflectionFactory(
        author=worker,
        situation=situation,
        title=TITLE,
        learning_points=LEARNING_POINTS,
        minutes=45,
        category="intervisie",
    )


def _status_changes(reflection):
    return [
        (entry.actor.username, entry.changes["status"])
        for entry in entries_for(reflection).filter(action=LogEntry.Action.UPDATE)
        if "status" in entry.changes
    ]


def test_submit_return_and_review_are_recorded_with_who_did_it(
    client, login, worker, lead, situation
):
    reflection = _reflection(worker, situation)
    login(worker).post(reverse("reflections:submit", args=[reflection.pk]))
    login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]),
        {"action": "return", "text": RETURN_TEXT},
    )
    login(worker).post(reverse("reflections:submit", args=[reflection.pk]))
    login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]),
        {"action": "review", "text": REVIEW_TEXT},
    )

    assert _status_changes(reflection) == [
        ("sanne", ["draft", "submitted"]),
        ("joke", ["submitted", "returned"]),
        ("sanne", ["returned", "submitted"]),
        ("joke", ["submitted", "reviewed"]),
    ]
    # The lead's trail holds the four status changes, nothing else of the reflection.
    in_trail = TeamEntry.objects.filter(
        entry__content_type__model="reflection", team=worker.memberships.get().team
    )
    assert in_trail.count() == 4


def test_the_log_holds_no_word_of_the_reflection_or_the_feedback(login, worker, lead, situation):
    reflection = _reflection(worker, situation)
    client = login(worker)
    client.post(reverse("reflections:submit", args=[reflection.pk]))
    login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]),
        {"action": "return", "text": RETURN_TEXT},
    )
    # The author rewrites everything while it is returned, submits, the lead closes it.
    reflection.refresh_from_db()
    reflection.title = "Een andere titel over dezelfde avond"
    reflection.answers = {**STARR_ANSWERS, "result": "Een heel nieuw resultaat"}
    reflection.learning_points = "Nieuwe leerpunten over geduld."
    workflow.reflection_save_changes(reflection=reflection, user=worker)  # as the edit form does
    login(worker).post(reverse("reflections:submit", args=[reflection.pk]))
    login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]),
        {"action": "review", "text": REVIEW_TEXT},
    )
    login(worker).post(reverse("reflections:delete", args=[reflection.pk]))

    text = stored_text()
    secrets = [
        TITLE,
        LEARNING_POINTS,
        RETURN_TEXT,
        REVIEW_TEXT,
        "Een andere titel over dezelfde avond",
        "Een heel nieuw resultaat",
        "Nieuwe leerpunten over geduld.",
        *STARR_ANSWERS.values(),
    ]
    for secret in secrets:
        assert secret not in text, secret
    about_reflections = LogEntry.objects.filter(
        content_type__app_label="reflections", content_type__model__in=["reflection", "feedback"]
    )
    # The reflection: created, 4 status changes, edited, deleted; the feedback: 2 created, 2 gone.
    assert about_reflections.count() == 11
    edited = about_reflections.get(
        content_type__model="reflection", action=LogEntry.Action.UPDATE, changes__has_key="answers"
    )
    assert edited.actor is None  # a service call without a request: Wijkwerk itself
    assert edited.changes == {
        "title": ["***", "***"],
        "answers": ["***", "***"],
        "learning_points": ["***", "***"],
    }
    for entry in about_reflections:
        for field in ("title", "answers", "learning_points", "text"):
            assert set(entry.changes.get(field, [])) <= {"", "***"}, (field, entry.changes)
    # What is there: the metadata, and that the reflection was deleted (by its author).
    kept = LogEntry.objects.filter(content_type__model="reflection")
    created = kept.get(action=LogEntry.Action.CREATE)
    assert created.changes["minutes"] == ["None", "45"]
    assert created.changes["category"] == ["None", "intervisie"]
    assert created.object_repr == f"#{reflection.pk}"
    assert kept.get(action=LogEntry.Action.DELETE).actor == worker


def test_feedback_is_recorded_without_its_text(login, worker, lead, situation):
    reflection = _reflection(worker, situation)
    workflow.reflection_submit(reflection=reflection, user=worker)
    login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]),
        {"action": "comment", "text": RETURN_TEXT},
    )
    entry = LogEntry.objects.get(content_type__model="feedback")
    assert entry.actor == lead
    assert set(entry.changes) == {"reflection", "author", "kind", "text"}
    assert entry.changes["text"] == ["", "***"]
    assert RETURN_TEXT not in stored_text()


def test_a_draft_never_reaches_the_leads_trail(worker, situation):
    reflection = _reflection(worker, situation)
    reflection.minutes = 50
    reflection.save()
    assert entries_for(reflection).count() == 2
    assert TeamEntry.objects.filter(entry__content_type__model="reflection").exists() is False
