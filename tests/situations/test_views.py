"""The situation pages: create, read, edit (with conflicts), delete, observations, deployments."""

from datetime import timedelta

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from situations.models import Deployment, Observation, Situation
from tests.accounts.factories import MembershipFactory
from tests.situations.factories import (
    ActivityFactory,
    LearningQuestionFactory,
    NeighbourhoodFactory,
    ObservationFactory,
)
from tests.situations.formdata import situation_post


def detail_url(situation):
    return reverse("situations:detail", args=[situation.pk])


def edit(client, situation, **overrides):
    return client.post(
        reverse("situations:update", args=[situation.pk]),
        situation_post(situation=situation, **overrides),
    )


# Create ---------------------------------------------------------------------------------------


def test_the_create_form_guides_the_level_choice_with_signals(login, worker, neighbourhood, levels):
    content = login(worker).get(reverse("situations:create")).content.decode()
    for name in ("Ongemak", "Spanning", "Incidenten", "Escalatie"):
        assert f'badge-level-{name.lower()} fs-6">{name}</span>' in content
    assert "Welk niveau past het best?" in content


def test_without_javascript_the_form_offers_two_empty_learning_question_rows(
    login, worker, neighbourhood, levels
):
    content = login(worker).get(reverse("situations:create")).content.decode()
    assert 'name="leervragen-TOTAL_FORMS" value="2"' in content
    assert 'id="id_leervragen-1-text"' in content
    assert 'id="learning-question-template"' in content
    assert "js/situations-form.js" in content


def test_it_creates_a_situation_with_learning_questions_and_a_first_observation(
    login, worker, team, neighbourhood, levels
):
    client = login(worker)
    response = client.post(
        reverse("situations:create"),
        situation_post(
            neighbourhood, level="spanning", questions=["Hoe bereik ik iedereen?", "Wat werkt?", ""]
        ),
    )
    situation = Situation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(situation)
    assert (situation.team, situation.owner, situation.level_id) == (team, worker, "spanning")
    assert [q.text for q in situation.learning_questions.order_by("order")] == [
        "Hoe bereik ik iedereen?",
        "Wat werkt?",
    ]
    assert situation.observations.get().level_id == "spanning"
    page = client.get(response["Location"]).content.decode()
    assert "De situatie is opgeslagen." in page
    assert "<li>Hoe bereik ik iedereen?</li>" in page


def test_a_user_in_two_teams_chooses_the_team(login, worker, team, other_team, levels):
    MembershipFactory(user=worker, team=other_team)
    shared = NeighbourhoodFactory(name="Gedeelde buurt", teams=[team, other_team])
    client = login(worker)
    content = client.get(reverse("situations:create")).content.decode()
    assert 'name="team"' in content
    response = client.post(reverse("situations:create"), situation_post(shared, team=other_team.pk))
    assert response.status_code == 302
    assert Situation.objects.get().team == other_team


def test_a_user_in_one_team_is_not_asked_for_the_team(login, worker, neighbourhood, levels):
    content = login(worker).get(reverse("situations:create")).content.decode()
    assert 'name="team"' not in content


def test_only_the_teams_neighbourhoods_can_be_chosen(
    login, worker, neighbourhood, other_neighbourhood, levels
):
    client = login(worker)
    content = client.get(reverse("situations:create")).content.decode()
    assert "Molenkwartier" in content
    assert "Havenbuurt" not in content
    response = client.post(reverse("situations:create"), situation_post(other_neighbourhood))
    assert response.status_code == 200
    assert "Kies een wijk waar je team werkt." in response.content.decode()
    assert Situation.objects.count() == 0


def test_a_team_without_neighbourhoods_gets_an_explanation(login, worker, levels):
    content = login(worker).get(reverse("situations:create")).content.decode()
    assert "Je team heeft nog geen wijken" in content


def test_someone_without_a_team_cannot_create_situations(login, curator, levels):
    response = login(curator).get(reverse("situations:create"))
    assert response.status_code == 403
    assert "Je zit nog niet in een team" in response.content.decode()


# Detail ---------------------------------------------------------------------------------------


def test_the_detail_page_shows_the_trajectory_as_chart_and_table(login, worker, situation):
    ObservationFactory(
        situation=situation, date=timezone.localdate() - timedelta(days=60), level_id="ongemak"
    )
    ObservationFactory(
        situation=situation,
        date=timezone.localdate() - timedelta(days=20),
        level_id="incidenten",
        previous_level_id="ongemak",
        note="Ruzie in het portiek.",
    )
    content = login(worker).get(detail_url(situation)).content.decode()
    assert 'role="img" aria-labelledby="trajectory-title trajectory-desc"' in content
    assert '<title id="trajectory-title">Niveau door de tijd</title>' in content
    assert "2 waarnemingen, van Ongemak op" in content
    assert "<caption>Het verloop als tabel</caption>" in content
    assert '<th scope="col">Datum</th>' in content
    assert "was: Ongemak" in content
    assert "Ruzie in het portiek." in content
    # Coordinates are never localised (no decimal commas in the SVG).
    assert 'cx="110.0"' in content


def test_the_detail_page_shows_deployments_with_their_outcome(login, worker, situation):
    from tests.situations.factories import DeploymentFactory

    DeploymentFactory(
        situation=situation, activity=ActivityFactory(name="Dialoogbijeenkomst"), outcome="partly"
    )
    content = login(worker).get(detail_url(situation)).content.decode()
    assert "Dialoogbijeenkomst" in content
    assert "Werkte deels" in content


def test_the_advice_link_shows_only_when_the_advice_page_exists(login, worker, situation):
    content = login(worker).get(detail_url(situation)).content.decode()
    try:
        advice_url = reverse("advice:situation", args=[situation.pk])
    except NoReverseMatch:
        assert "Advies voor deze situatie" not in content
    else:
        assert f'href="{advice_url}"' in content


def test_the_delete_button_is_only_offered_to_owner_and_lead(login, colleague, lead, situation):
    delete_url = reverse("situations:delete", args=[situation.pk])
    assert delete_url not in login(colleague).get(detail_url(situation)).content.decode()
    assert delete_url in login(lead).get(detail_url(situation)).content.decode()


# Edit -----------------------------------------------------------------------------------------


def test_changing_the_level_twice_adds_two_observations(login, worker, situation):
    client = login(worker)
    assert edit(client, situation, level="spanning").status_code == 302
    situation.refresh_from_db()
    assert edit(client, situation, level="incidenten").status_code == 302
    pairs = list(
        Observation.objects.filter(situation=situation)
        .order_by("created_at", "pk")
        .values_list("previous_level_id", "level_id")
    )
    assert pairs == [("ongemak", "spanning"), ("spanning", "incidenten")]
    content = client.get(detail_url(situation)).content.decode()
    assert content.count('<th scope="row" class="text-nowrap"><time') == 2


def test_editing_learning_questions_keeps_the_order(login, worker, situation):
    first = LearningQuestionFactory(situation=situation, text="Eerste", order=1)
    second = LearningQuestionFactory(situation=situation, text="Tweede", order=2)
    data = situation_post(
        situation=situation, questions=[(first.pk, "Eerste"), (second.pk, "Tweede"), "Derde"]
    )
    data["leervragen-0-DELETE"] = "on"
    response = login(worker).post(reverse("situations:update", args=[situation.pk]), data)
    assert response.status_code == 302
    assert list(situation.learning_questions.order_by("order").values_list("text", flat=True)) == [
        "Tweede",
        "Derde",
    ]


def test_two_people_editing_the_same_version_the_second_is_refused_and_nothing_is_lost(
    client, django_user_model, login, worker, colleague, situation
):
    loaded = Situation.objects.get(pk=situation.pk)  # both opened the form at version 1
    login(colleague)
    assert (
        edit(client, loaded, title="Overlast rond het portiek", level="spanning").status_code == 302
    )

    login(worker)
    response = edit(client, loaded, description="Mijn eigen nieuwe beschrijving van de buurt.")
    content = response.content.decode()
    assert response.status_code == 409
    assert "Iemand anders heeft deze situatie opgeslagen" in content
    assert "Overlast rond het portiek" in content  # the colleague's title, kept
    assert "Mijn eigen nieuwe beschrijving van de buurt." in content  # typed text kept
    assert 'name="version" value="2"' in content
    stored = Situation.objects.get(pk=situation.pk)
    assert stored.title == "Overlast rond het portiek"
    assert stored.description != "Mijn eigen nieuwe beschrijving van de buurt."
    # The conflict page's form builds on the stored version: saving it keeps both changes
    # (the edit flows through the conflict pages are in test_conflict_views.py).
    assert response.context["form"]["title"].value() == "Overlast rond het portiek"
    assert response.context["form"]["level"].value() == "spanning"


def test_a_stale_form_saves_when_the_other_change_is_not_in_the_form(login, worker, situation):
    loaded = Situation.objects.get(pk=situation.pk)
    client = login(worker)
    client.post(reverse("situations:close", args=[situation.pk]))
    assert edit(client, loaded, themes="geluid, portiek").status_code == 302
    situation.refresh_from_db()
    assert (situation.themes, situation.status) == ("geluid, portiek", "closed")


# Validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Geef de situatie een titel."),
        ({"title": "x" * 151}, "150"),
        ({"description": ""}, "Beschrijf wat er speelt in de wijk."),
        ({"description": "x" * 5001}, "5000"),
        ({"themes": "t" * 201}, "200"),
        ({"level": "paniek"}, "Dit niveau bestaat niet. Kies een van de vier niveaus."),
        ({"level": ""}, "Kies het niveau dat het best past."),
        ({"neighbourhood": ""}, "Kies de wijk."),
        ({"leervragen-0-text": "v" * 301}, "300"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_keeps_the_form(
    login, worker, neighbourhood, levels, overrides, message
):
    data = situation_post(neighbourhood, questions=["Mijn leervraag"], **overrides)
    response = login(worker).post(reverse("situations:create"), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert message in content
    assert "Nog niet opgeslagen: kijk deze punten na" in content
    assert "Alles wat je hebt getypt, staat nog in het formulier." in content
    if "description" not in overrides:
        assert "Bewoners ergeren zich aan geluid in het portiek" in content
    assert Situation.objects.count() == 0


def test_too_long_text_is_explained_in_dutch(login, worker, neighbourhood, levels):
    data = situation_post(neighbourhood, title="x" * 151)
    content = login(worker).post(reverse("situations:create"), data).content.decode()
    assert "Zorg dat deze waarde niet meer dan 150 tekens bevat (het zijn er nu 151)." in content


# Observations -------------------------------------------------------------------------------


def test_it_records_an_observation_that_moves_the_level(login, worker, situation):
    response = login(worker).post(
        reverse("situations:observation_add", args=[situation.pk]),
        {
            "date": timezone.localdate().isoformat(),
            "level": "incidenten",
            "note": "Er was een ruzie op straat.",
        },
    )
    assert response.status_code == 302
    situation.refresh_from_db()
    assert situation.level_id == "incidenten"
    observation = situation.observations.get()
    assert (observation.previous_level, observation.recorded_by) == (None, worker)


def test_an_observation_dated_in_the_future_is_refused(login, worker, situation):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = login(worker).post(
        reverse("situations:observation_add", args=[situation.pk]),
        {"date": tomorrow, "level": "spanning", "note": "Vooruitgekeken."},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Deze datum ligt in de toekomst. Kies vandaag of een eerdere dag." in content
    assert "Vooruitgekeken." in content
    assert Observation.objects.count() == 0


def test_an_observation_with_an_unknown_level_is_refused(login, worker, situation):
    response = login(worker).post(
        reverse("situations:observation_add", args=[situation.pk]),
        {"date": timezone.localdate().isoformat(), "level": "paniek"},
    )
    assert "Dit niveau bestaat niet" in response.content.decode()


# Deployments --------------------------------------------------------------------------------


def test_it_records_a_deployment_with_its_outcome(login, worker, situation):
    activity = ActivityFactory(name="Keukentafelgesprek", slug="keukentafelgesprek")
    client = login(worker)
    form = client.get(
        reverse("situations:deployment_add", args=[situation.pk]), {"activiteit": activity.slug}
    ).content.decode()
    assert f'<option value="{activity.pk}" selected>' in form
    response = client.post(
        reverse("situations:deployment_add", args=[situation.pk]),
        {
            "activity": activity.pk,
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
            "note": "Goede afspraken.",
        },
    )
    assert response.status_code == 302
    deployment = Deployment.objects.get()
    assert (deployment.activity, deployment.outcome, deployment.level_id) == (
        activity,
        "worked",
        "ongemak",
    )
    situation.refresh_from_db()
    assert situation.status == "ongoing"


def test_only_published_activities_can_be_chosen(login, worker, situation):
    hidden = ActivityFactory(name="Verborgen concept", is_published=False)
    client = login(worker)
    assert (
        "Verborgen concept"
        not in client.get(
            reverse("situations:deployment_add", args=[situation.pk])
        ).content.decode()
    )
    response = client.post(
        reverse("situations:deployment_add", args=[situation.pk]),
        {
            "activity": hidden.pk,
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
            "note": "Mijn notitie",
        },
    )
    content = response.content.decode()
    assert "staat niet gepubliceerd in de catalogus" in content
    assert "Mijn notitie" in content
    assert Deployment.objects.count() == 0


def test_a_deployment_dated_in_the_future_is_refused(login, worker, situation):
    activity = ActivityFactory()
    response = login(worker).post(
        reverse("situations:deployment_add", args=[situation.pk]),
        {
            "activity": activity.pk,
            "date": (timezone.localdate() + timedelta(days=3)).isoformat(),
            "outcome": "worked",
        },
    )
    assert "Deze datum ligt in de toekomst" in response.content.decode()


# Close, reopen, delete ----------------------------------------------------------------------


def test_close_and_reopen_are_post_only(login, worker, situation):
    client = login(worker)
    assert client.get(reverse("situations:close", args=[situation.pk])).status_code == 405
    response = client.post(reverse("situations:close", args=[situation.pk]), follow=True)
    assert "De situatie is afgerond." in response.content.decode()
    assert "Weer openen" in response.content.decode()
    situation.refresh_from_db()
    assert situation.status == "closed"
    client.post(reverse("situations:reopen", args=[situation.pk]))
    situation.refresh_from_db()
    assert situation.status == "open"


def test_the_owner_deletes_after_confirmation(login, worker, situation):
    client = login(worker)
    confirm = client.get(reverse("situations:delete", args=[situation.pk])).content.decode()
    assert "“Geluidsoverlast in het portiek” verwijderen?" in confirm
    assert Situation.objects.count() == 1
    response = client.post(reverse("situations:delete", args=[situation.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("situations:list")
    assert "is verwijderd" in response.content.decode()
    assert Situation.objects.count() == 0


def test_a_team_lead_may_delete(login, lead, situation):
    response = login(lead).post(reverse("situations:delete", args=[situation.pk]))
    assert response.status_code == 302
    assert Situation.objects.count() == 0


def test_a_colleague_may_not_delete_and_is_told_why(login, colleague, situation):
    client = login(colleague)
    for method in (client.get, client.post):
        response = method(reverse("situations:delete", args=[situation.pk]))
        assert response.status_code == 403
        assert "Alleen de eigenaar van deze situatie of een teamleider" in response.content.decode()
    assert Situation.objects.count() == 1


def test_the_observation_form_starts_at_the_current_level(login, worker, situation):
    content = (
        login(worker)
        .get(reverse("situations:observation_add", args=[situation.pk]))
        .content.decode()
    )
    assert 'id="id_level_0" value="ongemak" checked' in content
    assert f'value="{timezone.localdate().isoformat()}"' in content
