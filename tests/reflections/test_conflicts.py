"""Optimistic locking of a reflection: the author's edit form open in two windows, or racing the
team lead. Nothing saved in one window is undone by the other without the author choosing so."""

import pytest
from django.urls import reverse
from django.utils import translation

from reflections import workflow
from reflections.models import Reflection
from reflections.workflow import ReflectionConflict
from situations.conflicts import MINE, THEIRS, Merge
from situations.forms import MISSING_CHOICE
from tests.reflections.formdata import reflection_post


def dutch(message) -> str:
    """A msgid (or a lazy translation) as the Dutch page shows it."""
    with translation.override("nl"):
        return translation.gettext(message) if isinstance(message, str) else str(message)


def load(reflection):
    loaded = Reflection.objects.get(pk=reflection.pk)
    return loaded, workflow.reflection_snapshot(loaded)


def save(reflection, user, base, *, version=None, pending=(), choices=None, **changes):
    for name, value in changes.items():
        if name.startswith("answer_"):
            reflection.answers = {**reflection.answers, name.removeprefix("answer_"): value}
        else:
            setattr(reflection, name, value)
    return workflow.reflection_save_changes(
        reflection=reflection,
        user=user,
        version=reflection.version if version is None else version,
        base=base,
        pending=pending,
        choices=choices,
    )


# The write path ------------------------------------------------------------------------------


def test_a_reflection_starts_at_version_1_and_counts_saves(make_reflection, worker):
    reflection = make_reflection()
    assert reflection.version == 1
    loaded, base = load(reflection)
    save(loaded, worker, base, title="Een betere titel")
    assert Reflection.objects.get(pk=reflection.pk).version == 2


def test_of_two_windows_saving_one_version_the_second_is_a_conflict(make_reflection, worker):
    reflection = make_reflection()
    first, first_base = load(reflection)
    second, second_base = load(reflection)
    save(first, worker, first_base, title="Titel uit het eerste venster")
    with pytest.raises(ReflectionConflict) as raised:
        save(second, worker, second_base, title="Titel uit het tweede venster")
    assert raised.value.merge == Merge(choose=("title",))
    assert Reflection.objects.get(pk=reflection.pk).title == "Titel uit het eerste venster"


def test_an_answer_saved_in_the_other_window_survives(make_reflection, worker):
    reflection = make_reflection()
    first, first_base = load(reflection)
    second, second_base = load(reflection)
    save(first, worker, first_base, answer_result="Het resultaat uit het eerste venster.")
    with pytest.raises(ReflectionConflict) as raised:
        save(second, worker, second_base, learning_points="Leerpunten uit het tweede venster.")
    error = raised.value
    assert error.merge == Merge(theirs=("answer_result",), mine=("learning_points",))
    rebased = Reflection.objects.get(pk=reflection.pk)
    save(rebased, worker, error.theirs, learning_points="Leerpunten uit het tweede venster.")
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.answers["result"] == "Het resultaat uit het eerste venster."
    assert stored.learning_points == "Leerpunten uit het tweede venster."
    assert stored.version == 3


@pytest.mark.parametrize(("choice", "minutes"), [(MINE, 90), (THEIRS, 45)])
def test_a_field_both_windows_changed_is_saved_as_chosen(make_reflection, worker, choice, minutes):
    reflection = make_reflection()
    first, first_base = load(reflection)
    second, second_base = load(reflection)
    save(first, worker, first_base, minutes=45)
    with pytest.raises(ReflectionConflict) as raised:
        save(second, worker, second_base, minutes=90)
    rebased = Reflection.objects.get(pk=reflection.pk)
    with pytest.raises(ReflectionConflict) as again:
        save(rebased, worker, raised.value.theirs, minutes=90, pending=("minutes",))
    assert again.value.missing == ("minutes",)
    rebased = Reflection.objects.get(pk=reflection.pk)
    save(
        rebased,
        worker,
        raised.value.theirs,
        minutes=90,
        pending=("minutes",),
        choices={"minutes": choice},
    )
    assert Reflection.objects.get(pk=reflection.pk).minutes == minutes


def test_an_edit_keeps_what_the_lead_did_meanwhile(make_reflection, worker, lead):
    """The lead's return is a status change, not an edit: the author's save goes ahead and
    leaves the status, the feedback and the dates as the lead left them."""
    reflection = make_reflection(status="returned")
    loaded, base = load(reflection)
    workflow.reflection_submit(reflection=Reflection.objects.get(pk=reflection.pk), user=worker)
    workflow.reflection_return(
        reflection=Reflection.objects.get(pk=reflection.pk),
        user=lead,
        text="Werk het resultaat uit.",
    )
    returned = Reflection.objects.get(pk=reflection.pk)
    save(loaded, worker, base, title="Na de feedback")
    stored = Reflection.objects.get(pk=reflection.pk)
    assert (stored.title, stored.status) == ("Na de feedback", "returned")
    assert stored.submitted_at == returned.submitted_at


def test_an_edit_racing_the_lead_into_review_is_refused(make_reflection, worker, lead):
    reflection = make_reflection(status="submitted")
    Reflection.objects.filter(pk=reflection.pk).update(status="returned")
    loaded, base = load(reflection)
    Reflection.objects.filter(pk=reflection.pk).update(status="reviewed")
    with pytest.raises(workflow.TransitionError):
        save(loaded, worker, base, title="Te laat")
    assert Reflection.objects.get(pk=reflection.pk).title != "Te laat"


# The pages ---------------------------------------------------------------------------------


def update_url(reflection):
    return reverse("reflections:update", args=[reflection.pk])


def again(response, **choices):
    data = dict(response.context["form"].data.lists())
    data.update({f"keuze-{field}": choice for field, choice in choices.items()})
    return data


def test_the_form_carries_its_version_and_snapshot(login, worker, make_reflection):
    reflection = make_reflection()
    content = login(worker).get(update_url(reflection)).content.decode()
    assert '<input type="hidden" name="version" value="1"' in content
    assert '<input type="hidden" name="snapshot" value="' in content


def test_saving_the_other_window_again_keeps_what_this_one_saved(login, worker, make_reflection):
    reflection = make_reflection()
    first, second = reflection_post(reflection), reflection_post(reflection)
    client = login(worker)
    assert client.post(update_url(reflection), {**first, "minutes": "45"}).status_code == 302

    response = client.post(
        update_url(reflection), {**second, "learning_points": "Eerst vragen, dan vertellen."}
    )
    assert response.status_code == 409
    conflict = response.context["conflict"]
    assert [row.field for row in conflict.taken] == ["minutes"]
    assert [row.field for row in conflict.kept] == ["learning_points"]
    assert conflict.other == dutch("The version you saved in another window")
    content = response.content.decode()
    assert dutch("This reflection was saved in another window while you were editing it") in (
        content
    )
    assert response.context["form"]["minutes"].value() == "45"

    assert client.post(update_url(reflection), again(response)).status_code == 302
    stored = Reflection.objects.get(pk=reflection.pk)
    assert (stored.minutes, stored.learning_points) == (45, "Eerst vragen, dan vertellen.")


@pytest.mark.parametrize(
    ("choice", "answer"),
    [("mine", "Uit het tweede venster."), ("theirs", "Uit het eerste venster.")],
)
def test_an_answer_both_windows_changed_needs_a_choice(
    login, worker, make_reflection, choice, answer
):
    reflection = make_reflection()
    first, second = reflection_post(reflection), reflection_post(reflection)
    client = login(worker)
    client.post(update_url(reflection), {**first, "answer_result": "Uit het eerste venster."})
    response = client.post(
        update_url(reflection), {**second, "answer_result": "Uit het tweede venster."}
    )
    assert response.status_code == 409
    (row,) = response.context["conflict"].choose
    assert (row.field, row.mine, row.theirs) == (
        "answer_result",
        "Uit het tweede venster.",
        "Uit het eerste venster.",
    )
    assert str(row.label) == str(response.context["form"].fields["answer_result"].label)

    no_choice = client.post(update_url(reflection), again(response))
    assert no_choice.status_code == 409
    assert no_choice.context["conflict"].choose[0].error == dutch(MISSING_CHOICE)
    assert 'id="keuze-answer_result-error"' in no_choice.content.decode()

    saved = client.post(update_url(reflection), again(no_choice, answer_result=choice))
    assert saved.status_code == 302
    assert Reflection.objects.get(pk=reflection.pk).answers["result"] == answer


def test_a_colleague_cannot_use_the_conflict_page(login, colleague, make_reflection):
    reflection = make_reflection()
    response = login(colleague).post(update_url(reflection), reflection_post(reflection))
    assert response.status_code == 404
