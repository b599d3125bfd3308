"""Every transition of the review workflow, allowed and refused (wrong user, wrong state)."""

import pytest
from django.utils.translation import gettext

from reflections import workflow
from reflections.models import Feedback, Reflection, ReflectionEvent
from reflections.workflow import TransitionError


def events(reflection):
    return list(
        ReflectionEvent.objects.filter(reflection=reflection).values_list(
            "actor__username", "from_status", "to_status"
        )
    )


# submit


@pytest.mark.parametrize("start", ["draft", "returned"])
def test_it_lets_the_author_submit_a_draft_or_returned_reflection(make_reflection, worker, start):
    reflection = make_reflection(status=start)
    workflow.reflection_submit(reflection=reflection, user=worker)
    reflection.refresh_from_db()
    assert reflection.status == "submitted"
    assert reflection.submitted_at is not None
    assert events(reflection) == [("sanne", start, "submitted")]


@pytest.mark.parametrize("start", ["submitted", "reviewed"])
def test_it_refuses_to_submit_from_another_state(make_reflection, worker, start):
    reflection = make_reflection(status=start)
    with pytest.raises(TransitionError, match="niet insturen"):
        workflow.reflection_submit(reflection=reflection, user=worker)
    assert Reflection.objects.get(pk=reflection.pk).status == start
    assert events(reflection) == []


@pytest.mark.parametrize("who", ["colleague", "lead", "outsider", "curator"])
def test_only_the_author_can_submit(make_reflection, request, who):
    reflection = make_reflection()
    with pytest.raises(TransitionError, match="Alleen de schrijver kan deze reflectie insturen"):
        workflow.reflection_submit(reflection=reflection, user=request.getfixturevalue(who))
    assert Reflection.objects.get(pk=reflection.pk).status == "draft"


def test_it_refuses_to_submit_with_unanswered_questions(make_reflection, worker):
    reflection = make_reflection(answers={"situation": "Alleen de eerste stap"})
    with pytest.raises(TransitionError, match="Beantwoord eerst alle vragen"):
        workflow.reflection_submit(reflection=reflection, user=worker)


def test_it_uses_the_status_in_the_database_not_a_stale_copy(make_reflection, worker):
    reflection = make_reflection()
    stale = Reflection.objects.get(pk=reflection.pk)
    workflow.reflection_submit(reflection=reflection, user=worker)
    with pytest.raises(TransitionError):
        workflow.reflection_submit(reflection=stale, user=worker)
    assert ReflectionEvent.objects.count() == 1


# return


def test_it_lets_the_lead_return_a_submitted_reflection_with_feedback(make_reflection, lead):
    reflection = make_reflection(status="submitted")
    workflow.reflection_return(reflection=reflection, user=lead, text="  Beschrijf je eigen rol.  ")
    reflection.refresh_from_db()
    assert reflection.status == "returned"
    feedback = Feedback.objects.get(reflection=reflection)
    assert (feedback.kind, feedback.text, feedback.author) == (
        "returned",
        "Beschrijf je eigen rol.",
        lead,
    )
    assert events(reflection) == [("joke", "submitted", "returned")]


def test_returning_needs_feedback_text(make_reflection, lead):
    reflection = make_reflection(status="submitted")
    with pytest.raises(TransitionError, match="Schrijf op wat de schrijver moet aanpassen"):
        workflow.reflection_return(reflection=reflection, user=lead, text="   ")
    assert Reflection.objects.get(pk=reflection.pk).status == "submitted"
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize("start", ["draft", "reviewed", "returned"])
def test_it_refuses_to_return_from_another_state(make_reflection, lead, start):
    reflection = make_reflection(status=start)
    with pytest.raises(TransitionError, match="niet terugsturen"):
        workflow.reflection_return(reflection=reflection, user=lead, text="Graag aanpassen.")
    assert Reflection.objects.get(pk=reflection.pk).status == start


@pytest.mark.parametrize("who", ["worker", "colleague", "other_lead", "outsider", "curator"])
def test_only_a_lead_of_the_authors_team_can_return(make_reflection, request, who):
    reflection = make_reflection(status="submitted")
    with pytest.raises(
        TransitionError, match="Alleen een teamleider van het team van de schrijver"
    ):
        workflow.reflection_return(
            reflection=reflection, user=request.getfixturevalue(who), text="Graag aanpassen."
        )
    assert Reflection.objects.get(pk=reflection.pk).status == "submitted"


def test_a_lead_cannot_review_their_own_reflection(lead, make_reflection):
    reflection = make_reflection(author=lead, status="submitted")
    with pytest.raises(TransitionError):
        workflow.reflection_review(reflection=reflection, user=lead)


# review


@pytest.mark.parametrize("text", ["", "Goed uitgewerkt, dank je."])
def test_it_lets_the_lead_mark_a_submitted_reflection_reviewed(make_reflection, lead, text):
    reflection = make_reflection(status="submitted")
    workflow.reflection_review(reflection=reflection, user=lead, text=text)
    reflection.refresh_from_db()
    assert reflection.status == "reviewed"
    assert reflection.reviewed_by == lead
    assert reflection.reviewed_at is not None
    assert list(Feedback.objects.values_list("kind", "text")) == [("reviewed", text)]
    assert events(reflection) == [("joke", "submitted", "reviewed")]


@pytest.mark.parametrize("start", ["draft", "reviewed", "returned"])
def test_it_refuses_to_review_from_another_state(make_reflection, lead, start):
    reflection = make_reflection(status=start)
    with pytest.raises(TransitionError, match="niet als beoordeeld markeren"):
        workflow.reflection_review(reflection=reflection, user=lead)


@pytest.mark.parametrize("who", ["worker", "colleague", "other_lead", "curator"])
def test_only_a_lead_of_the_authors_team_can_review(make_reflection, request, who):
    reflection = make_reflection(status="submitted")
    with pytest.raises(TransitionError, match="Alleen een teamleider"):
        workflow.reflection_review(reflection=reflection, user=request.getfixturevalue(who))


# comment


def test_the_lead_can_comment_on_a_submitted_reflection(make_reflection, lead):
    reflection = make_reflection(status="submitted")
    workflow.feedback_add(reflection=reflection, user=lead, text="Wat dacht je op dat moment?")
    assert list(Feedback.objects.values_list("kind", "text")) == [
        ("comment", "Wat dacht je op dat moment?")
    ]
    assert Reflection.objects.get(pk=reflection.pk).status == "submitted"
    assert events(reflection) == []


@pytest.mark.parametrize("start", ["draft", "reviewed", "returned"])
def test_comments_are_only_for_submitted_reflections(make_reflection, lead, start):
    with pytest.raises(TransitionError, match="alleen feedback geven op een ingestuurde"):
        workflow.feedback_add(reflection=make_reflection(status=start), user=lead, text="Hm.")


@pytest.mark.parametrize("who", ["worker", "colleague", "other_lead"])
def test_only_the_lead_can_comment(make_reflection, request, who):
    with pytest.raises(TransitionError, match="Alleen een teamleider"):
        workflow.feedback_add(
            reflection=make_reflection(status="submitted"),
            user=request.getfixturevalue(who),
            text="Hm.",
        )


def test_an_empty_comment_is_refused(make_reflection, lead):
    with pytest.raises(TransitionError, match="Schrijf eerst je feedback"):
        workflow.feedback_add(reflection=make_reflection(status="submitted"), user=lead, text=" ")


# edit


@pytest.mark.parametrize("start", ["draft", "returned"])
def test_the_author_can_edit_in_draft_and_returned(make_reflection, worker, start):
    reflection = make_reflection(status=start)
    reflection.title = "Nieuwe titel met ë"
    workflow.reflection_save_changes(reflection=reflection, user=worker)
    assert Reflection.objects.get(pk=reflection.pk).title == "Nieuwe titel met ë"


@pytest.mark.parametrize("start", ["submitted", "reviewed"])
def test_nobody_can_edit_a_submitted_or_reviewed_reflection(make_reflection, worker, start):
    reflection = make_reflection(status=start)
    reflection.title = "Stiekem aangepast"
    with pytest.raises(TransitionError, match="niet aanpassen"):
        workflow.reflection_save_changes(reflection=reflection, user=worker)
    assert Reflection.objects.get(pk=reflection.pk).title != "Stiekem aangepast"


@pytest.mark.parametrize("who", ["colleague", "lead"])
def test_only_the_author_can_edit(make_reflection, request, who):
    reflection = make_reflection(status="returned")
    with pytest.raises(TransitionError, match="Alleen de schrijver kan deze reflectie aanpassen"):
        workflow.check_edit(request.getfixturevalue(who), reflection)


# delete


@pytest.mark.parametrize("start", ["draft", "returned", "reviewed"])
def test_the_author_can_delete_unless_it_is_being_reviewed(make_reflection, worker, lead, start):
    reflection = make_reflection(status=start)
    Feedback.objects.create(reflection=reflection, author=lead, kind="reviewed", text="")
    workflow.reflection_delete(reflection=reflection, user=worker)
    assert Reflection.objects.count() == 0
    assert Feedback.objects.count() == 0


def test_a_submitted_reflection_cannot_be_deleted(make_reflection, worker):
    reflection = make_reflection(status="submitted")
    with pytest.raises(TransitionError, match="zolang je teamleider hem beoordeelt"):
        workflow.reflection_delete(reflection=reflection, user=worker)
    assert Reflection.objects.count() == 1


@pytest.mark.parametrize("who", ["colleague", "lead"])
def test_only_the_author_can_delete(make_reflection, request, who):
    reflection = make_reflection(status="returned")
    with pytest.raises(TransitionError, match="Alleen de schrijver kan deze reflectie verwijderen"):
        workflow.reflection_delete(reflection=reflection, user=request.getfixturevalue(who))
    assert Reflection.objects.count() == 1


# the buttons


@pytest.mark.parametrize(
    ("status", "author_actions", "lead_actions"),
    [
        ("draft", {"edit", "submit", "delete"}, set()),
        ("submitted", set(), {"comment", "return", "review"}),
        ("returned", {"edit", "submit", "delete"}, set()),
        ("reviewed", {"delete"}, set()),
    ],
)
def test_allowed_actions_match_the_rules(
    make_reflection, worker, lead, status, author_actions, lead_actions
):
    reflection = make_reflection(status=status)
    for user, expected in ((worker, author_actions), (lead, lead_actions)):
        actions = workflow.allowed_actions(user, reflection)
        assert {name for name, ok in actions.items() if ok} == expected


def test_the_full_cycle_is_logged_with_who_and_when(make_reflection, worker, lead):
    reflection = make_reflection()
    workflow.reflection_submit(reflection=reflection, user=worker)
    workflow.reflection_return(reflection=reflection, user=lead, text="Wat was jouw taak?")
    workflow.reflection_submit(reflection=reflection, user=worker)
    workflow.reflection_review(reflection=reflection, user=lead)
    assert events(reflection) == [
        ("sanne", "draft", "submitted"),
        ("joke", "submitted", "returned"),
        ("sanne", "returned", "submitted"),
        ("joke", "submitted", "reviewed"),
    ]
    assert all(event.created_at for event in ReflectionEvent.objects.all())


# notifications for the author


@pytest.mark.parametrize(
    ("action", "kind"),
    [
        (
            lambda r, lead: workflow.reflection_return(reflection=r, user=lead, text="Meer."),
            "returned",
        ),
        (lambda r, lead: workflow.reflection_review(reflection=r, user=lead), "reviewed"),
        (lambda r, lead: workflow.feedback_add(reflection=r, user=lead, text="Goed."), "feedback"),
    ],
)
def test_the_author_is_notified_after_commit_without_content(
    make_reflection, worker, lead, django_capture_on_commit_callbacks, action, kind
):
    import datetime

    from wijkwerk.notifications.models import Notification
    from wijkwerk.templatetags.dutch_dates import format_date_text

    reflection = make_reflection(status="submitted", date=datetime.date(2025, 11, 3))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        action(reflection, lead)
    assert Notification.objects.count() == 0  # not before the change is stored
    for callback in callbacks:
        callback()
    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind, notification.actor) == (worker, kind, lead)
    assert notification.url == reflection.get_absolute_url()
    assert notification.label == gettext("reflection of %(date)s") % {
        "date": format_date_text(datetime.date(2025, 11, 3))
    }
    assert reflection.title not in notification.label


def test_a_refused_action_notifies_nobody(
    make_reflection, lead, django_capture_on_commit_callbacks
):
    from wijkwerk.notifications.models import Notification

    reflection = make_reflection(status="reviewed")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(TransitionError):
        workflow.reflection_return(reflection=reflection, user=lead, text="Meer.")
    assert Notification.objects.count() == 0


def test_submitting_keeps_a_copy_of_what_was_submitted(make_reflection, worker, lead):
    reflection = make_reflection(learning_points="Eerste versie")
    workflow.reflection_submit(reflection=reflection, user=worker)
    workflow.reflection_return(reflection=reflection, user=lead, text="Meer.")
    reflection.learning_points = "Tweede versie"
    workflow.reflection_save_changes(reflection=reflection, user=worker)
    workflow.reflection_submit(reflection=reflection, user=worker)
    copies = list(
        ReflectionEvent.objects.filter(reflection=reflection, to_status="submitted").values_list(
            "content", flat=True
        )
    )
    assert [copy["learning_points"] for copy in copies] == ["Eerste versie", "Tweede versie"]
    assert copies[0]["model"] == "starr" and copies[0]["title"] == reflection.title
    assert "situation" not in copies[0]  # links are not content
    assert ReflectionEvent.objects.get(to_status="returned").content is None


def test_the_lead_actions_dispatch_by_button(make_reflection, worker, lead):
    reflection = make_reflection(status="submitted")
    workflow.lead_act(reflection=reflection, user=lead, action="comment", text="Goed.")
    assert reflection.status == "submitted"
    workflow.lead_act(reflection=reflection, user=lead, action="return", text="Meer.")
    assert Reflection.objects.get(pk=reflection.pk).status == "returned"
    with pytest.raises(TransitionError):
        workflow.check_lead_action(lead, reflection, "review")
    with pytest.raises(ValueError):
        workflow.lead_act(reflection=reflection, user=lead, action="delete", text="")
