import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, pgettext

from reflections.models import Feedback, Reflection
from tests.reflections.factories import DeploymentFactory, ReflectionFactory, SituationFactory
from tests.reflections.formdata import reflection_post
from wijkwerk.templatetags.dutch_dates import format_date_text


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
    # Statuses and categories start with a capital, as everywhere on the reflection pages.
    assert f">{pgettext('reflection status', 'Returned')}</span>" in content
    assert "<td>Intervisie</td>" in content


def test_the_filters_fold_away_on_a_phone(login, worker):
    content = login(worker).get(reverse("reflections:list")).content.decode()
    assert 'data-bs-target="#filters"' in content
    assert 'class="collapse d-md-block" id="filters"' in content
    status_options = [
        str(label) for label in (pgettext("reflection status", name) for name in STATUSES)
    ]
    for label in status_options:
        assert f">{label}</option>" in content


STATUSES = ["Draft", "Submitted", "Returned", "Reviewed"]


def test_dates_in_the_list_are_written_for_tables(login, worker, make_reflection):
    make_reflection(date=datetime.date(2025, 3, 2))
    content = login(worker).get(reverse("reflections:list")).content.decode()
    assert '<td class="text-nowrap">02-03-2025</td>' in content


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
    assert gettext(
        "Your reflection has been saved as a draft. Only you can read it. Submit it "
        "to your team lead when it is finished."
    ) in messages_of(response)
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
    errors = response.context["form"].errors
    assert errors["title"] == [gettext("Give your reflection a title.")]
    assert errors["minutes"] == [
        gettext(
            "Fill in at most %(limit_value)s minutes (8 hours). Did it take longer? "
            "Write a reflection per day."
        )
        % {"limit_value": 480}
    ]
    content = response.content.decode()
    assert escape(gettext("Give your reflection a title.")) in content
    assert "Dit wil ik niet kwijt" in content
    assert Reflection.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"date": ""}, "date", "Fill in the date of the activity."),
        ({"date": "31-02-2025"}, "date", "Fill in a date, for example 12-03-2026."),
        (
            {"category": ""},
            "category",
            "Choose a category: reflection, intervision or supervision.",
        ),
        ({"category": "cursus"}, "category", "Choose reflection, intervision or supervision."),
        ({"minutes": ""}, "minutes", "Fill in how many minutes you spent on it."),
        ({"minutes": "1,5"}, "minutes", "Fill in a whole number of minutes, for example 45."),
        ({"minutes": "0"}, "minutes", "Fill in at least 1 minute."),
        ({"minutes": "-5"}, "minutes", "Fill in at least 1 minute."),
    ],
)
def test_every_field_says_in_its_own_words_what_to_do(login, worker, data, field, message):
    post = {"title": "Gesprek", "date": "2025-04-02", "category": "reflectie", "minutes": "30"}
    response = login(worker).post(reverse("reflections:create") + "?model=short", post | data)
    assert response.context["form"].errors[field] == [gettext(message)]


def test_a_date_outside_the_range_names_the_range(login, worker):
    from reflections.models import date_range_message

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    for day in ("1999-12-31", tomorrow.isoformat()):
        response = login(worker).post(
            reverse("reflections:create") + "?model=short",
            {"title": "Gesprek", "date": day, "category": "reflectie", "minutes": "30"},
        )
        assert response.context["form"].errors["date"] == [date_range_message()]
    assert format_date_text(datetime.date(2000, 1, 1)) in date_range_message()


def test_a_too_long_answer_says_how_long_it_may_be(login, worker):
    response = login(worker).post(
        reverse("reflections:create") + "?model=short",
        {
            "title": "Gesprek",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "30",
            "answer_conversation": "x" * 5001,
        },
    )
    assert response.context["form"].errors["answer_conversation"] == [
        gettext(
            "Make this answer shorter: at most %(limit_value)d characters (now %(show_value)d)."
        )
        % {"limit_value": 5000, "show_value": 5001}
    ]


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


def test_an_other_namely_deployment_is_offered_by_its_description(login, worker, situation):
    deployment = DeploymentFactory(
        situation=situation, activity=None, other_activity="Wandeling door de wijk"
    )
    client = login(worker)
    response = client.get(reverse("reflections:create"), {"model": "starr", "inzet": deployment.pk})
    assert response.status_code == 200
    assert response.context["form"].initial["title"] == gettext("Reflection on %(activity)s") % {
        "activity": "Wandeling door de wijk"
    }
    assert "Wandeling door de wijk" in response.content.decode()


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
    assert response.context["form"].errors["situation"] == [
        gettext("This situation is not one of your team's. Choose another, or none.")
    ]


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
    assert Reflection.objects.count() == 0


def test_each_activity_used_names_its_situation_for_the_script(login, worker, team, situation):
    """The page's script shows only the activities of the chosen situation: every option
    carries its situation, and the script is loaded as a file (strict CSP)."""
    other = SituationFactory(team=team, title="Ander plein")
    here = DeploymentFactory(situation=situation)
    there = DeploymentFactory(situation=other)
    content = login(worker).get(reverse("reflections:create"), {"model": "starr"}).content.decode()
    assert f'data-situation="{situation.pk}" value="{here.pk}"' in content.replace(
        f'value="{here.pk}" data-situation="{situation.pk}"',
        f'data-situation="{situation.pk}" value="{here.pk}"',
    )
    assert f'data-situation="{other.pk}"' in content and str(there.pk) in content
    assert '<option value="" selected>' in content  # "No activity" carries no situation
    assert "/static/js/reflection-deployments.js" in content


def test_choosing_only_an_activity_links_its_situation(login, worker, situation):
    """Without the script every activity is listed; choosing one without a situation links
    the activity's situation."""
    deployment = DeploymentFactory(situation=situation)
    login(worker).post(
        reverse("reflections:create") + "?model=short",
        {
            "title": "Gesprek",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "10",
            "deployment": deployment.pk,
        },
    )
    reflection = Reflection.objects.get()
    assert (reflection.situation, reflection.deployment) == (situation, deployment)


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
    assert "Wat voelde je?" in content
    assert (
        escape(
            gettext(
                "Your team lead returned this reflection for changes. Read the feedback below, "
                "change what is needed and submit it again."
            )
        )
        in content
    )
    assert 'href="#feedback"' in content


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
    assert gettext(
        "Your changes to the reflection have been saved. Submit it again when you are done."
    ) in messages_of(response)


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


def test_submitting_again_after_a_return_says_the_lead_sees_the_changes(
    login, worker, make_reflection
):
    reflection = make_reflection(status="returned")
    response = login(worker).post(reverse("reflections:submit", args=[reflection.pk]), follow=True)
    assert gettext(
        "Your reflection has been submitted again. Your team lead sees what you changed."
    ) in messages_of(response)


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
    assert gettext("Your reflection “%(title)s” has been deleted.") % {
        "title": reflection.title
    } in messages_of(response)
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


def respond(client, reflection, action, text="", **extra):
    return client.post(
        reverse("reflections:respond", args=[reflection.pk]),
        {"action": action, "text": text, **extra},
        follow=True,
    )


def test_the_lead_answers_in_one_form_with_three_buttons(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    content = login(lead).get(reflection.get_absolute_url()).content.decode()
    lead_forms = [tag for tag in re.findall(r"<form[^>]*>", content) if "/reflecties/" in tag]
    assert len(lead_forms) == 1
    assert f'action="{reverse("reflections:respond", args=[reflection.pk])}"' in lead_forms[0]
    assert "novalidate" in lead_forms[0]
    form = content[content.index(lead_forms[0]) :]
    form = form[: form.index("</form>")]
    for value, label in (
        ("comment", pgettext("review action", "Add comment")),
        ("return", pgettext("review action", "Return for changes")),
        ("review", pgettext("review action", "Mark as reviewed")),
    ):
        assert f'name="action" type="submit" value="{value}"' in form
        assert label in form
    assert form.count('name="text"') == 1
    assert "required" not in form  # the browser never answers in English
    assert "Insturen naar mijn teamleider" not in content


def test_the_lead_adds_a_comment_and_stays_on_the_reflection(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = respond(login(lead), reflection, "comment", "Mooi gedaan.")
    assert response.redirect_chain[-1][0] == reflection.get_absolute_url()
    assert gettext("Your comment has been added. The author gets a notification.") in messages_of(
        response
    )
    assert "Mooi gedaan." in response.content.decode()
    assert Reflection.objects.get().status == "submitted"


def test_the_lead_returns_for_changes_and_goes_back_to_the_queue(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = respond(login(lead), reflection, "return", "Wat was je doel?")
    assert response.redirect_chain[-1][0] == reverse("reflections:review_queue")
    assert gettext(
        "The reflection has been returned to the author for changes. The author gets a "
        "notification."
    ) in messages_of(response)
    assert Reflection.objects.get().status == "returned"
    assert Feedback.objects.get().kind == "returned"


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("return", "Write what should change before you return the reflection."),
        ("comment", "Write your comment before you add it."),
    ],
)
def test_an_empty_text_gets_a_dutch_message_at_the_field(
    login, lead, make_reflection, action, message
):
    reflection = make_reflection(status="submitted")
    response = login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]), {"action": action, "text": "  "}
    )
    assert response.status_code == 200
    assert response.context["response_form"].errors["text"] == [gettext(message)]
    content = response.content.decode()
    assert escape(gettext(message)) in content
    assert 'id="error-summary"' in content
    assert Reflection.objects.get().status == "submitted"
    assert Feedback.objects.count() == 0


def test_marking_reviewed_needs_no_words(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    response = respond(login(lead), reflection, "review")
    assert gettext(
        "The reflection has been marked as reviewed. The author gets a notification."
    ) in messages_of(response)
    reflection.refresh_from_db()
    assert (reflection.status, reflection.reviewed_by) == ("reviewed", lead)


def test_a_too_long_comment_keeps_what_was_typed(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    text = "Heel lang verhaal " * 300
    response = login(lead).post(
        reverse("reflections:respond", args=[reflection.pk]), {"action": "comment", "text": text}
    )
    assert response.status_code == 200
    assert text.strip() in response.content.decode()
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize("action", ["", "delete", None])
def test_without_a_known_button_nothing_happens(login, lead, make_reflection, action):
    reflection = make_reflection(status="submitted")
    data = {"text": "Bewaard"} | ({"action": action} if action is not None else {})
    response = login(lead).post(reverse("reflections:respond", args=[reflection.pk]), data)
    assert response.status_code == 200
    assert response.context["response_form"].non_field_errors() == [
        gettext("Choose what you want to do: add a comment, return or mark as reviewed.")
    ]
    assert "Bewaard" in response.content.decode()
    assert Reflection.objects.get().status == "submitted"


@pytest.mark.parametrize("action", ["comment", "return", "review"])
def test_lead_actions_on_a_reviewed_reflection_are_refused_in_dutch(
    login, lead, make_reflection, action
):
    reflection = make_reflection(status="reviewed")
    response = respond(login(lead), reflection, action, "x")
    assert response.status_code == 200
    assert len(messages_of(response)) == 1
    assert messages_of(response)[0].startswith("Je kunt ")
    assert Reflection.objects.get().status == "reviewed"


@pytest.mark.parametrize("action", ["comment", "return", "review"])
def test_the_author_cannot_review_their_own_reflection(login, worker, make_reflection, action):
    reflection = make_reflection(status="submitted")
    response = login(worker).post(
        reverse("reflections:respond", args=[reflection.pk]), {"action": action, "text": "x"}
    )
    assert response.status_code == 403
    assert "Je hebt geen toegang tot deze pagina" in response.content.decode()
    assert Reflection.objects.get().status == "submitted"


def test_the_lead_form_only_accepts_post(login, lead, make_reflection):
    reflection = make_reflection(status="submitted")
    url = reverse("reflections:respond", args=[reflection.pk])
    assert login(lead).get(url).status_code == 405


# the changes since the previous submission


def _returned_and_resubmitted(worker, lead, reflection, **changes):
    from reflections import workflow

    workflow.reflection_submit(reflection=reflection, user=worker)
    workflow.reflection_return(reflection=reflection, user=lead, text="Werk de actie uit.")
    for name, value in changes.items():
        setattr(reflection, name, value)
    workflow.reflection_save_changes(reflection=reflection, user=worker)
    workflow.reflection_submit(reflection=reflection, user=worker)


def test_the_lead_sees_what_changed_since_the_previous_submission(
    login, worker, lead, make_reflection
):
    reflection = make_reflection(minutes=60)
    answers = dict(reflection.answers)
    answers["action"] = (
        "Ik stelde open vragen en vatte samen wat ik hoorde. Daarna <b>zweeg</b> ik."
    )
    _returned_and_resubmitted(worker, lead, reflection, answers=answers, minutes=75)
    content = login(lead).get(reflection.get_absolute_url()).content.decode()
    assert escape(gettext("Changes since the previous submission")) in content
    section = content[content.index('id="changes-heading"') :]
    section = section[: section.index('<h2 class="h4">')]  # up to the answers
    # Only what changed: the action (word by word) and the minutes (before and after).
    assert ">Actie</h3>" in section and ">Resultaat</h3>" not in section
    assert "&lt;b&gt;zweeg&lt;/b&gt;" in section and "<b>zweeg</b>" not in section
    assert '<ins class="bg-success-subtle">' in section
    assert "75 min" in section and "60 min" in section


def test_no_changes_section_after_a_first_submission(login, lead, make_reflection, worker):
    from reflections import workflow

    reflection = make_reflection()
    workflow.reflection_submit(reflection=reflection, user=worker)
    response = login(lead).get(reflection.get_absolute_url())
    assert response.context["changes"] is None
    assert 'id="changes-heading"' not in response.content.decode()
