"""The conflict pages of a situation and of a deployment's outcome: saving the conflict page keeps
the colleague's changes, a field both changed needs a choice, and the choice is what is saved."""

import pytest
from auditlog.registry import auditlog
from django.urls import reverse
from django.utils import translation

from situations.forms import MISSING_CHOICE
from situations.models import Deployment, Situation
from tests.situations.factories import DeploymentFactory, LearningQuestionFactory
from tests.situations.formdata import situation_post
from tests.situations.test_deployment_outcome import outcome_post


def dutch(message) -> str:
    """A msgid (or a lazy translation) as the Dutch page shows it."""
    with translation.override("nl"):
        return translation.gettext(message) if isinstance(message, str) else str(message)


def update_url(situation):
    return reverse("situations:update", args=[situation.pk])


def again(response, **choices):
    """The conflict page's form as the browser posts it again, with the radio buttons chosen."""
    data = dict(response.context["form"].data.lists())
    data.update({f"keuze-{field}": choice for field, choice in choices.items()})
    return data


def loaded(situation):
    """The edit form of ``situation`` as a browser loads it now."""
    return situation_post(situation=Situation.objects.get(pk=situation.pk))


# Situations ----------------------------------------------------------------------------------


def test_the_colleagues_change_to_another_field_survives_saving_again(
    login, worker, colleague, situation
):
    mine, theirs = loaded(situation), loaded(situation)
    theirs.update(title="Overlast rond het portiek", level="spanning")
    assert login(colleague).post(update_url(situation), theirs).status_code == 302

    client = login(worker)
    mine.update(description="Mijn eigen nieuwe beschrijving van de buurt.")
    response = client.post(update_url(situation), mine)
    assert response.status_code == 409
    conflict = response.context["conflict"]
    assert [row.field for row in conflict.taken] == ["title", "level"]
    assert [row.field for row in conflict.kept] == ["description"]
    assert conflict.choose == []
    content = response.content.decode()
    assert "Overlast rond het portiek" in content
    assert 'name="keuze-' not in content  # nothing to choose

    assert client.post(update_url(situation), again(response)).status_code == 302
    stored = Situation.objects.get(pk=situation.pk)
    assert stored.title == "Overlast rond het portiek"
    assert stored.level_id == "spanning"
    assert stored.description == "Mijn eigen nieuwe beschrijving van de buurt."
    assert stored.version == 3


def test_the_colleagues_learning_questions_survive(login, worker, colleague, situation):
    question = LearningQuestionFactory(situation=situation, text="Wie spreken we eerst?", order=0)
    mine, theirs = loaded(situation), loaded(situation)
    theirs["leervragen-0-text"] = "Wie spreken we als eerste aan?"
    assert login(colleague).post(update_url(situation), theirs).status_code == 302

    client = login(worker)
    response = client.post(update_url(situation), {**mine, "themes": "geluid"})
    assert response.status_code == 409
    assert [row.field for row in response.context["conflict"].taken] == ["learning_questions"]
    assert client.post(update_url(situation), again(response)).status_code == 302
    stored = Situation.objects.get(pk=situation.pk)
    assert stored.themes == "geluid"
    assert list(stored.learning_questions.values_list("pk", "text")) == [
        (question.pk, "Wie spreken we als eerste aan?")
    ]


def test_a_field_both_changed_needs_a_labelled_choice(login, worker, colleague, situation):
    mine, theirs = loaded(situation), loaded(situation)
    theirs.update(title="Overlast in het trappenhuis", themes="portiek")
    login(colleague).post(update_url(situation), theirs)

    client = login(worker)
    response = client.post(update_url(situation), {**mine, "title": "Geluid rond de galerij"})
    assert response.status_code == 409
    conflict = response.context["conflict"]
    (row,) = conflict.choose
    assert (row.field, row.mine, row.theirs, row.error) == (
        "title",
        "Geluid rond de galerij",
        "Overlast in het trappenhuis",
        "",
    )
    content = response.content.decode()
    assert '<fieldset class="border rounded bg-white p-3 mb-3" id="keuze-title">' in content
    assert (
        f'<legend class="fs-6 fw-semibold float-none w-auto mb-2">{row.label}</legend>' in content
    )
    for choice in ("mine", "theirs"):
        assert (
            f'type="radio" name="keuze-title" id="keuze-title-{choice}" value="{choice}" required'
            in content
        )
        assert f'<label class="form-check-label fw-semibold" for="keuze-title-{choice}">' in content
    assert dutch("My version") in content
    # The form below holds what Sanne typed; the colleague's other change is taken over.
    assert response.context["form"]["title"].value() == "Geluid rond de galerij"
    assert response.context["form"]["themes"].value() == "portiek"


def test_saving_without_a_choice_asks_again_in_dutch(login, worker, colleague, situation):
    mine, theirs = loaded(situation), loaded(situation)
    login(colleague).post(update_url(situation), {**theirs, "title": "Overlast in het trappenhuis"})
    client = login(worker)
    first = client.post(update_url(situation), {**mine, "title": "Geluid rond de galerij"})

    response = client.post(update_url(situation), again(first))
    assert response.status_code == 409
    (row,) = response.context["conflict"].choose
    assert row.error == dutch(MISSING_CHOICE)
    content = response.content.decode()
    assert 'aria-describedby="keuze-title-error"' in content
    assert f'<p class="text-danger fw-semibold mb-2" id="keuze-title-error">{row.error}</p>' in (
        content
    )
    assert '<a href="#keuze-title-mine">' in content
    assert Situation.objects.get(pk=situation.pk).title == "Overlast in het trappenhuis"


@pytest.mark.parametrize(
    ("choice", "title"),
    [("mine", "Geluid rond de galerij"), ("theirs", "Overlast in het trappenhuis")],
)
def test_the_chosen_version_is_saved(login, worker, colleague, situation, choice, title):
    mine, theirs = loaded(situation), loaded(situation)
    theirs.update(title="Overlast in het trappenhuis", themes="portiek")
    login(colleague).post(update_url(situation), theirs)
    client = login(worker)
    first = client.post(
        update_url(situation), {**mine, "title": "Geluid rond de galerij", "level": "spanning"}
    )

    response = client.post(update_url(situation), again(first, title=choice))
    assert response.status_code == 302
    stored = Situation.objects.get(pk=situation.pk)
    assert (stored.title, stored.themes, stored.level_id) == (title, "portiek", "spanning")


def test_the_conflict_repeats_when_the_colleague_saves_again(login, worker, colleague, situation):
    mine, theirs = loaded(situation), loaded(situation)
    login(colleague).post(update_url(situation), {**theirs, "title": "Overlast in het trappenhuis"})
    client = login(worker)
    first = client.post(update_url(situation), {**mine, "title": "Geluid rond de galerij"})
    assert first.status_code == 409

    login(colleague).post(update_url(situation), {**loaded(situation), "themes": "nog iets"})
    response = login(worker).post(update_url(situation), again(first, title="mine"))
    assert response.status_code == 409
    conflict = response.context["conflict"]
    assert [row.field for row in conflict.taken] == ["themes"]
    assert [row.field for row in conflict.kept] == ["title"]
    assert response.context["form"]["version"].value() == "3"

    assert client.post(update_url(situation), again(response)).status_code == 302
    stored = Situation.objects.get(pk=situation.pk)
    assert (stored.title, stored.themes) == ("Geluid rond de galerij", "nog iets")


def test_a_tampered_snapshot_makes_every_difference_a_choice(login, worker, colleague, situation):
    mine, theirs = loaded(situation), loaded(situation)
    login(colleague).post(update_url(situation), {**theirs, "themes": "portiek"})
    mine["snapshot"] = mine["snapshot"][:-4] + "abcd"
    response = login(worker).post(
        update_url(situation), {**mine, "title": "Geluid rond de galerij"}
    )
    assert response.status_code == 409
    fields = [row.field for row in response.context["conflict"].choose]
    assert fields == ["title", "themes"]


@pytest.mark.skipif(
    not auditlog.contains(Situation), reason="the audit trail does not follow situations"
)
def test_the_stored_version_is_named_after_who_saved_it(login, worker, colleague, situation):
    mine, theirs = loaded(situation), loaded(situation)
    login(colleague).post(update_url(situation), {**theirs, "title": "Overlast in het trappenhuis"})
    response = login(worker).post(
        update_url(situation), {**mine, "title": "Geluid rond de galerij"}
    )
    assert response.context["conflict"].other == dutch("Version of %(name)s") % {"name": colleague}


# Deployment outcomes ---------------------------------------------------------------------------


@pytest.fixture
def deployment(situation):
    return DeploymentFactory(situation=situation, outcome="unknown", note="")


def outcome_url(deployment):
    return reverse("situations:deployment_update", args=[deployment.situation_id, deployment.pk])


def test_the_colleagues_outcome_survives_my_note(login, worker, colleague, deployment):
    mine, theirs = outcome_post(deployment), outcome_post(deployment)
    assert (
        login(colleague).post(outcome_url(deployment), {**theirs, "outcome": "worked"}).status_code
        == 302
    )

    client = login(worker)
    note = "Bewoners bleven na afloop nog praten."
    response = client.post(outcome_url(deployment), {**mine, "note": note})
    assert response.status_code == 409
    conflict = response.context["conflict"]
    assert [row.field for row in conflict.taken] == ["outcome"]
    assert [row.field for row in conflict.kept] == ["note"]
    assert dutch("Someone else saved this outcome while you were editing it") in (
        response.content.decode()
    )
    assert response.context["form"]["outcome"].value() == "worked"

    assert client.post(outcome_url(deployment), again(response)).status_code == 302
    stored = Deployment.objects.get(pk=deployment.pk)
    assert (stored.outcome, stored.note, stored.version) == ("worked", note, 3)


@pytest.mark.parametrize(("choice", "outcome"), [("mine", "did_not_work"), ("theirs", "worked")])
def test_an_outcome_both_changed_is_chosen(login, worker, colleague, deployment, choice, outcome):
    mine, theirs = outcome_post(deployment), outcome_post(deployment)
    login(colleague).post(outcome_url(deployment), {**theirs, "outcome": "worked"})
    client = login(worker)
    first = client.post(outcome_url(deployment), {**mine, "outcome": "did_not_work"})
    assert first.status_code == 409
    assert [row.field for row in first.context["conflict"].choose] == ["outcome"]

    no_choice = client.post(outcome_url(deployment), again(first))
    assert no_choice.status_code == 409
    assert no_choice.context["conflict"].choose[0].error == dutch(MISSING_CHOICE)
    assert Deployment.objects.get(pk=deployment.pk).outcome == "worked"

    response = client.post(outcome_url(deployment), again(no_choice, outcome=choice))
    assert response.status_code == 302
    assert Deployment.objects.get(pk=deployment.pk).outcome == outcome


def test_an_outcome_form_without_a_version_never_overwrites(login, worker, colleague, deployment):
    login(colleague).post(
        outcome_url(deployment), {**outcome_post(deployment), "outcome": "worked"}
    )
    response = login(worker).post(outcome_url(deployment), {"outcome": "partly", "note": ""})
    assert response.status_code == 409
    assert Deployment.objects.get(pk=deployment.pk).outcome == "worked"
