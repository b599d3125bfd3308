"""Every object is scoped: another team's situations, neighbourhoods and deployments cannot be
reached, named or used through a form field, a query parameter or a POST."""

import pytest
from django.urls import reverse

from reflections.models import Reflection
from situations.models import Deployment, Observation, Situation
from tests.reflections.factories import ReflectionFactory
from tests.security.conftest import OUR_TITLE, THEIR_TITLE
from tests.situations.factories import ActivityFactory
from tests.situations.formdata import situation_post

# A lead reads the reflections of their team members; a member may be in a second team whose
# situations the lead has no access to.


def test_a_lead_does_not_see_the_title_of_another_teams_situation_on_a_reflection(
    login, lead, two_team_worker, other_situation
):
    reflection = ReflectionFactory(
        author=two_team_worker, status="submitted", situation=other_situation
    )
    response = login(lead).get(reverse("reflections:detail", args=[reflection.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert THEIR_TITLE not in content
    assert other_situation.get_absolute_url() not in content
    assert "Een situatie van een ander team" in content


def test_the_review_queue_does_not_name_another_teams_situation(
    login, lead, two_team_worker, other_situation
):
    ReflectionFactory(author=two_team_worker, status="submitted", situation=other_situation)
    content = login(lead).get(reverse("reflections:review_queue")).content.decode()
    assert "Gesprek over geluidsoverlast" in content  # the reflection itself is listed
    assert THEIR_TITLE not in content
    assert "Een situatie van een ander team" in content


def test_a_lead_still_sees_the_title_of_a_situation_of_their_own_team(
    login, lead, worker, situation
):
    reflection = ReflectionFactory(author=worker, status="submitted", situation=situation)
    content = login(lead).get(reverse("reflections:detail", args=[reflection.pk])).content.decode()
    assert OUR_TITLE in content
    assert situation.get_absolute_url() in content
    queue = login(lead).get(reverse("reflections:review_queue")).content.decode()
    assert OUR_TITLE in queue


# Form fields and query parameters that take a primary key.


@pytest.mark.parametrize("param", ["situatie", "inzet"])
def test_reflection_prefill_of_another_team_is_a_404_without_its_title(
    login, worker, other_deployment, param
):
    pk = other_deployment.situation_id if param == "situatie" else other_deployment.pk
    response = login(worker).get(reverse("reflections:create"), {param: pk, "model": "starr"})
    assert response.status_code == 404
    assert THEIR_TITLE not in response.content.decode()


def test_posting_another_teams_situation_or_deployment_in_a_reflection_is_refused(
    login, worker, other_deployment
):
    response = login(worker).post(
        reverse("reflections:create") + "?model=short",
        {
            "title": "Gesprek",
            "date": "2025-04-02",
            "category": "reflectie",
            "minutes": "30",
            "situation": other_deployment.situation_id,
            "deployment": other_deployment.pk,
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert Reflection.objects.count() == 0
    assert THEIR_TITLE not in content  # not in the error, not among the choices


def test_a_situation_cannot_be_put_in_another_teams_neighbourhood(
    login, worker, neighbourhood, other_neighbourhood, levels
):
    data = situation_post(neighbourhood, neighbourhood=other_neighbourhood.pk)
    response = login(worker).post(reverse("situations:create"), data)
    assert response.status_code == 200
    assert "Kies een wijk waar je team werkt." in response.content.decode()
    assert Situation.objects.count() == 0


def test_a_team_field_posted_by_a_one_team_worker_is_ignored(
    login, worker, team, other_team, neighbourhood, levels
):
    data = situation_post(neighbourhood, team=other_team.pk)
    login(worker).post(reverse("situations:create"), data)
    assert Situation.objects.get().team == team


def test_a_two_team_worker_cannot_choose_a_team_they_are_not_in(
    login, two_team_worker, neighbourhood, levels
):
    from tests.accounts.factories import TeamFactory

    stranger_team = TeamFactory(name="Wijkteam West")
    data = situation_post(neighbourhood, team=stranger_team.pk)
    response = login(two_team_worker).post(reverse("situations:create"), data)
    assert "Kies een van je teams." in response.content.decode()
    assert Situation.objects.count() == 0


def test_the_situation_filter_ignores_another_teams_neighbourhood(
    login, worker, situation, other_situation
):
    response = login(worker).get(
        reverse("situations:list"), {"wijk": other_situation.neighbourhood_id}
    )
    content = response.content.decode()
    assert THEIR_TITLE not in content
    assert "Havenbuurt" not in content


POSTS = [
    ("situations:update", {}),
    ("situations:delete", {}),
    ("situations:observation_add", {"date": "2025-01-01", "level": "ongemak", "note": "x"}),
    ("situations:deployment_add", {"date": "2025-01-01", "outcome": "worked", "note": "x"}),
    ("situations:close", {}),
    ("situations:reopen", {}),
]


@pytest.mark.parametrize(("name", "data"), POSTS)
@pytest.mark.parametrize("who", ["worker", "lead", "curator"])
def test_posts_on_another_teams_situation_are_404_and_change_nothing(
    login, request, other_situation, name, data, who
):
    client = login(request.getfixturevalue(who))
    before = Situation.objects.values().get(pk=other_situation.pk)
    response = client.post(reverse(name, args=[other_situation.pk]), data)
    assert response.status_code == 404
    assert THEIR_TITLE not in response.content.decode()
    assert Situation.objects.values().get(pk=other_situation.pk) == before
    assert Observation.objects.filter(situation=other_situation).count() == 0
    assert Deployment.objects.filter(situation=other_situation).count() == 0


def test_advice_deploy_on_another_teams_situation_is_a_404(login, worker, other_situation):
    activity = ActivityFactory(is_published=True)
    url = reverse("advice:deploy", args=[other_situation.pk, activity.slug])
    assert login(worker).post(url).status_code == 404
    assert Deployment.objects.count() == 0


def test_advice_deploy_of_an_unpublished_activity_is_a_404(login, worker, situation):
    activity = ActivityFactory(is_published=False)
    url = reverse("advice:deploy", args=[situation.pk, activity.slug])
    assert login(worker).post(url).status_code == 404
    assert Deployment.objects.count() == 0


def test_a_curator_sees_no_situations_and_no_reflections(login, curator, situation, worker):
    reflection = ReflectionFactory(author=worker, status="submitted")
    client = login(curator)
    assert OUR_TITLE not in client.get(reverse("situations:list")).content.decode()
    assert client.get(reverse("situations:detail", args=[situation.pk])).status_code == 404
    assert client.get(reverse("reflections:detail", args=[reflection.pk])).status_code == 404
    assert client.get(reverse("reflections:list")).status_code == 403
    assert client.get(reverse("reflections:review_queue")).status_code == 403
    assert client.get(reverse("reflections:export")).status_code == 403
    assert client.get(reverse("team_overview")).status_code == 403


# The advice questionnaire saves nothing, and posts its description: it never lands in a URL.


def test_the_advice_questionnaire_refuses_personal_data_in_its_description(login, worker, levels):
    text = "Overlast bij Kerkstraat 12, bel 06-12345678"
    response = login(worker).post(
        reverse("advice:questionnaire"), {"q": text, "niveau": "spanning"}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "staan persoonsgegevens: een adres met huisnummer" in content
    assert text in content  # kept in the field


def test_the_advice_api_refuses_personal_data_with_a_400(login, worker, levels):
    response = login(worker).get(
        reverse("advice:questionnaire"),
        {"q": "Mail naar a@example.nl", "niveau": "spanning", "format": "json"},
    )
    assert response.status_code == 400
    assert response.json()["parameter"] == "q"
    assert "een e-mailadres" in response.json()["error"]
