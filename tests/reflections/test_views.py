import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from reflections.models import Feedback, Reflection
from tests.reflections.factories import DeploymentFactory, ReflectionFactory, SituationFactory
from tests.reflections.formdata import reflection_post


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


# list


def test_the_list_shows_my_reflections_with_dutch_labels(login, worker, make_reflection):
    make_reflection(
        title="Buurtgesprek met café-eigenaar", status="returned", category="intervisie"
    )
    content = login(worker).get(reverse("reflections:list")).content.decode()
    assert "Mijn reflecties" in content
    assert "Buurtgesprek met café-eigenaar" in content
    assert "teruggestuurd" in content and "intervisie" in content


def test_the_list_has_an_empty_state(login, worker):
    content = login(worker).get(reverse("reflections:list")).content.decode()
    assert "Je hebt nog geen reflecties geschreven" in content
    assert reverse("reflections:create") in content


def test_the_list_filters_on_status_model_period_and_situation(
    login, worker, situation, make_reflection
):
    make_reflection(title="Concept één", status="draft", date=datetime.date(2025, 1, 5))
    make_reflection(title="Ingestuurd twee", status="submitted", model="short", answers={})
    make_reflection(title="Met situatie", situation=situation, date=datetime.date(2025, 6, 1))
    client = login(worker)

    def titles(**params):
        page = client.get(reverse("reflections:list"), params).context["page_obj"]
        return sorted(reflection.title for reflection in page)

    assert titles(status="submitted") == ["Ingestuurd twee"]
    assert titles(model="short") == ["Ingestuurd twee"]
    assert titles(date_from="2025-05-01") == ["Met situatie"]
    assert titles(date_to="2025-01-31") == ["Concept één"]
    assert titles(situation=situation.pk) == ["Met situatie"]
    content = client.get(reverse("reflections:list"), {"status": "reviewed"}).content.decode()
    assert "Geen reflecties gevonden met deze filters." in content


def test_the_situation_filter_offers_only_situations_i_can_see(
    login, worker, situation, other_team
):
    hidden = SituationFactory(team=other_team, title="Geheim in Zuid")
    content = login(worker).get(reverse("reflections:list")).content.decode()
    assert situation.title in content
    assert hidden.title not in content


def test_the_list_is_paginated_by_20(login, worker, make_reflection):
    for _ in range(21):
        make_reflection()
    client = login(worker)
    assert len(client.get(reverse("reflections:list")).context["page_obj"]) == 20
    content = client.get(
        reverse("reflections:list"), {"pagina": 2, "status": "draft"}
    ).content.decode()
    assert "Pagina 2 van 2" in content
    assert "?pagina=1&amp;status=draft" in content


# create


def test_creating_starts_by_choosing_a_model_with_plain_links(login, worker):
    content = login(worker).get(reverse("reflections:create")).content.decode()
    assert "Kies een reflectiemodel" in content
    for key in ("starr", "korthagen", "short"):
        assert f'href="?model={key}"' in content
    assert "Reflectiecirkel van Korthagen" in content


def test_the_form_shows_the_prompts_of_the_chosen_model(login, worker):
    content = (
        login(worker).get(reverse("reflections:create"), {"model": "korthagen"}).content.decode()
    )
    assert "2. Terugblikken" in content
    assert "3. Bewustwording van wezenlijke aspecten" in content
    assert "Wat wilde, deed, dacht en voelde jij?" in content  # help text


def test_it_saves_a_draft_with_answers_per_prompt(login, worker, situation):
    response = login(worker).post(
        reverse("reflections:create") + "?model=short",
        {
            "title": "Gesprek bij de bushalte",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "45",
            "situation": situation.pk,
            "answer_conversation": "Rustig, na een stroeve start.",
            "answer_own_part": "Ik vroeg door.",
            "answer_what_worked": "Stiltes laten vallen.",
            "answer_take_along": "Meer samenvatten.",
            "learning_points": "Geduld loont.",
        },
        follow=True,
    )
    reflection = Reflection.objects.get()
    assert reflection.author == worker
    assert reflection.status == "draft"
    assert reflection.situation == situation
    assert reflection.answers == {
        "conversation": "Rustig, na een stroeve start.",
        "own_part": "Ik vroeg door.",
        "what_worked": "Stiltes laten vallen.",
        "take_along": "Meer samenvatten.",
    }
    assert "Je reflectie is opgeslagen als concept." in messages_of(response)
    content = response.content.decode()
    assert "Hoe verliep het gesprek?" in content and "Rustig, na een stroeve start." in content


def test_invalid_input_gets_dutch_messages_and_keeps_what_was_typed(login, worker):
    response = login(worker).post(
        reverse("reflections:create") + "?model=starr",
        {
            "title": "",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "900",
            "answer_situation": "Dit wil ik niet kwijt",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Dit veld is verplicht." in content
    assert "Zorg ervoor dat deze waarde hoogstens 480 is." in content
    assert "Dit wil ik niet kwijt" in content
    assert Reflection.objects.count() == 0


def test_it_prefills_from_a_situation_i_can_see(login, worker, situation):
    response = login(worker).get(
        reverse("reflections:create"), {"model": "starr", "situatie": situation.pk}
    )
    assert response.context["form"].initial["situation"] == situation
    assert f'<option value="{situation.pk}" selected>' in response.content.decode()


def test_it_prefills_and_links_a_deployment(login, worker, situation):
    deployment = DeploymentFactory(
        situation=situation, date=datetime.date(2025, 2, 3), activity__name="Buurtgesprek"
    )
    client = login(worker)
    form = client.get(
        reverse("reflections:create"), {"model": "starr", "inzet": deployment.pk}
    ).context["form"]
    assert form.initial["deployment"] == deployment
    assert form.initial["situation"] == situation
    assert form.initial["date"] == datetime.date(2025, 2, 3)
    assert form.initial["title"] == "Reflectie op Buurtgesprek"


def test_the_chooser_keeps_the_situation_link(login, worker, situation):
    content = (
        login(worker)
        .get(reverse("reflections:create"), {"situatie": situation.pk})
        .content.decode()
    )
    assert f"?situatie={situation.pk}&amp;model=starr" in content
    assert situation.title in content


@pytest.mark.parametrize("param", ["situatie", "inzet"])
def test_a_situation_of_another_team_cannot_be_linked(login, worker, other_team, param):
    deployment = DeploymentFactory(situation=SituationFactory(team=other_team))
    pk = deployment.pk if param == "inzet" else deployment.situation.pk
    client = login(worker)
    assert (
        client.get(reverse("reflections:create"), {"model": "starr", param: pk}).status_code == 404
    )
    assert (
        client.get(reverse("reflections:create"), {"model": "starr", param: "abc"}).status_code
        == 404
    )


def test_posting_a_hidden_situation_is_refused(login, worker, other_team):
    hidden = SituationFactory(team=other_team)
    response = login(worker).post(
        reverse("reflections:create") + "?model=short",
        {
            "title": "x",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "10",
            "situation": hidden.pk,
        },
    )
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_a_deployment_must_belong_to_the_chosen_situation(login, worker, team, situation):
    elsewhere = DeploymentFactory(situation=SituationFactory(team=team))
    response = login(worker).post(
        reverse("reflections:create") + "?model=short",
        {
            "title": "x",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "10",
            "situation": situation.pk,
            "deployment": elsewhere.pk,
        },
    )
    assert "Deze activiteit hoort bij een andere situatie." in response.content.decode()


# detail, update, submit, delete


def test_the_detail_shows_answers_under_the_prompt_labels(login, worker, make_reflection):
    reflection = make_reflection()
    content = login(worker).get(reflection.get_absolute_url()).content.decode()
    for label in ("Situatie", "Taak", "Actie", "Resultaat", "Reflectie"):
        assert f">{label}</h3>" in content
    assert "Ik stelde open vragen en vatte samen wat ik hoorde." in content
    assert "Insturen naar mijn teamleider" in content
    assert "Feedback versturen" not in content


def test_the_detail_shows_the_feedback_thread(login, worker, lead, make_reflection):
    reflection = make_reflection(status="returned")
    Feedback.objects.create(
        reflection=reflection, author=lead, kind="returned", text="Wat voelde je?"
    )
    content = login(worker).get(reflection.get_absolute_url()).content.decode()
    assert "stuurde de reflectie terug op" in content
    assert "Wat voelde je?" in content
    assert "Je teamleider heeft deze reflectie teruggestuurd." in content


def test_the_author_edits_a_returned_reflection(login, worker, make_reflection):
    reflection = make_reflection(status="returned")
    data = reflection_post(
        reflection, title="Beter uitgewerkt", date="2025-03-12", category="supervisie", minutes="90"
    )
    response = login(worker).post(
        reverse("reflections:update", args=[reflection.pk]), data, follow=True
    )
    reflection.refresh_from_db()
    assert (reflection.title, reflection.category, reflection.minutes) == (
        "Beter uitgewerkt",
        "supervisie",
        90,
    )
    assert reflection.status == "returned"
    assert "Je wijzigingen zijn opgeslagen." in messages_of(response)


@pytest.mark.parametrize("status", ["submitted", "reviewed"])
def test_editing_a_locked_reflection_is_refused_in_dutch(login, worker, make_reflection, status):
    reflection = make_reflection(status=status)
    client = login(worker)
    for method in ("get", "post"):
        response = getattr(client, method)(
            reverse("reflections:update", args=[reflection.pk]), follow=True
        )
        assert response.status_code == 200
        assert any("niet aanpassen" in message for message in messages_of(response))


def test_submitting_through_the_page(login, worker, make_reflection):
    reflection = make_reflection()
    response = login(worker).post(reverse("reflections:submit", args=[reflection.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reflection.get_absolute_url()
    assert "Je reflectie is ingestuurd. Je teamleider kan hem nu lezen." in messages_of(response)
    assert Reflection.objects.get().status == "submitted"


def test_submitting_an_incomplete_reflection_is_refused_in_dutch(login, worker, make_reflection):
    reflection = make_reflection(answers={"situation": "Half af"})
    response = login(worker).post(reverse("reflections:submit", args=[reflection.pk]), follow=True)
    assert "Beantwoord eerst alle vragen voordat je de reflectie instuurt." in messages_of(response)
    assert Reflection.objects.get().status == "draft"


def test_submit_only_accepts_post(login, worker, make_reflection):
    reflection = make_reflection()
    assert login(worker).get(reverse("reflections:submit", args=[reflection.pk])).status_code == 405


def test_deleting_asks_for_confirmation_first(login, worker, make_reflection):
    reflection = make_reflection()
    client = login(worker)
    content = client.get(reverse("reflections:delete", args=[reflection.pk])).content.decode()
    assert "Verwijderen is definitief." in content
    assert Reflection.objects.count() == 1
    response = client.post(reverse("reflections:delete", args=[reflection.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("reflections:list")
    assert "De reflectie is verwijderd." in messages_of(response)
    assert Reflection.objects.count() == 0


def test_deleting_a_submitted_reflection_is_refused_in_dutch(login, worker, make_reflection):
    reflection = make_reflection(status="submitted")
    client = login(worker)
    for method in ("get", "post"):
        response = getattr(client, method)(
            reverse("reflections:delete", args=[reflection.pk]), follow=True
        )
        assert any(
            "zolang je teamleider hem beoordeelt" in message for message in messages_of(response)
        )
    assert Reflection.objects.count() == 1


# the lead's side


def test_the_queue_lists_submitted_reflections_of_my_team_oldest_first(
    login, lead, worker, colleague
):
    now = timezone.now()
    ReflectionFactory(author=worker, title="Nieuwste", status="submitted", submitted_at=now)
    ReflectionFactory(
        author=colleague,
        title="Oudste",
        status="submitted",
        submitted_at=now - datetime.timedelta(days=3),
    )
    ReflectionFactory(author=worker, title="Concept", status="draft")
    ReflectionFactory(author=worker, title="Al klaar", status="reviewed")
    page = login(lead).get(reverse("reflections:review_queue")).context["page_obj"]
    assert [reflection.title for reflection in page] == ["Oudste", "Nieuwste"]


def test_the_queue_has_an_empty_state(login, lead):
    content = login(lead).get(reverse("reflections:review_queue")).content.decode()
    assert "Niets te beoordelen" in content


def test_the_navigation_shows_the_number_waiting(login, lead, worker, make_reflection):
    make_reflection(status="submitted")
    make_reflection(status="submitted")
    make_reflection(status="draft")
    content = login(lead).get(reverse("dashboard")).content.decode()
    assert "Beoordelen" in content
    assert '<span class="badge text-bg-light">2<span class="visually-hidden"> wachten' in content
    worker_page = login(worker).get(reverse("dashboard"))
    assert "review_count" not in worker_page.context


def test_the_lead_sees_the_three_forms_on_a_submitted_reflection(login, lead, make_reflection):
    content = (
        login(lead).get(make_reflection(status="submitted").get_absolute_url()).content.decode()
    )
    assert "Feedback versturen" in content
    assert "Terugsturen naar de schrijver" in content
    assert "Markeren als beoordeeld" in content
    assert "Insturen naar mijn teamleider" not in content


def test_the_lead_gives_feedback(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = login(lead).post(
        reverse("reflections:feedback", args=[reflection.pk]),
        {"comment-text": "Mooi gedaan."},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reflection.get_absolute_url()
    assert "Je feedback is toegevoegd." in messages_of(response)
    assert "Mooi gedaan." in response.content.decode()


def test_the_lead_returns_with_feedback_and_goes_back_to_the_queue(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = login(lead).post(
        reverse("reflections:return", args=[reflection.pk]),
        {"return-text": "Wat was je doel?"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("reflections:review_queue")
    assert "De reflectie is met jouw feedback teruggestuurd naar de schrijver." in messages_of(
        response
    )
    assert Reflection.objects.get().status == "returned"


def test_returning_without_text_shows_a_dutch_error_on_the_page(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = login(lead).post(
        reverse("reflections:return", args=[reflection.pk]), {"return-text": ""}
    )
    assert response.status_code == 200
    assert "Schrijf op wat de schrijver moet aanpassen" in response.content.decode()
    assert Reflection.objects.get().status == "submitted"


def test_a_too_long_comment_keeps_what_was_typed(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    text = "Heel lang verhaal " * 300
    response = login(lead).post(
        reverse("reflections:feedback", args=[reflection.pk]), {"comment-text": text}
    )
    assert response.status_code == 200
    assert "Heel lang verhaal" in response.content.decode()
    assert Feedback.objects.count() == 0


def test_the_lead_marks_reviewed(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = login(lead).post(
        reverse("reflections:review", args=[reflection.pk]), {"review-text": ""}, follow=True
    )
    assert "De reflectie is gemarkeerd als beoordeeld." in messages_of(response)
    assert Reflection.objects.get().status == "reviewed"


@pytest.mark.parametrize("action", ["feedback", "return", "review"])
def test_lead_actions_on_a_reviewed_reflection_are_refused_in_dutch(
    login, lead, make_reflection, action
):
    reflection = make_reflection(status="reviewed")
    response = login(lead).post(
        reverse(f"reflections:{action}", args=[reflection.pk]),
        {"comment-text": "x", "return-text": "x", "review-text": "x"},
        follow=True,
    )
    assert response.status_code == 200
    assert len(messages_of(response)) == 1
    assert messages_of(response)[0].startswith("Je kunt ")
    assert Reflection.objects.get().status == "reviewed"


@pytest.mark.parametrize("action", ["feedback", "return", "review"])
def test_the_author_cannot_review_their_own_reflection(login, worker, make_reflection, action):
    reflection = make_reflection(status="submitted")
    response = login(worker).post(
        reverse(f"reflections:{action}", args=[reflection.pk]),
        {"comment-text": "x", "return-text": "x", "review-text": "x"},
    )
    assert response.status_code == 403
    assert "Je hebt geen toegang tot deze pagina" in response.content.decode()
    assert Reflection.objects.get().status == "submitted"


@pytest.mark.parametrize("action", ["feedback", "return", "review"])
def test_lead_actions_only_accept_post(login, lead, make_reflection, action):
    reflection = make_reflection(status="submitted")
    assert (
        login(lead).get(reverse(f"reflections:{action}", args=[reflection.pk])).status_code == 405
    )
