"""The admin never shows team data: no situation titles or notes to curators, no reflection
titles or situation titles to anyone, not even on a deletion page that lists what would go."""

from django.contrib import admin
from django.urls import reverse

from activities.models import Level
from reflections.models import Feedback, Reflection, ReflectionEvent
from tests.accounts.factories import UserFactory
from tests.reflections.factories import ReflectionFactory
from tests.security.conftest import OUR_TITLE
from tests.situations.factories import DeploymentFactory, ObservationFactory

SECRET_REFLECTION = "Mijn moeilijke gesprek op de hoek"


def _superuser():
    return UserFactory(username="root", is_staff=True, is_superuser=True)


def test_deleting_a_level_in_use_names_no_situation(login, curator, situation):
    ObservationFactory(situation=situation, note="Notitie die alleen het team mag lezen")
    url = reverse("admin:activities_level_delete", args=[situation.level_id])
    response = login(curator).get(url)
    content = response.content.decode()
    assert response.status_code == 200
    assert OUR_TITLE not in content
    assert "Notitie die alleen het team mag lezen" not in content
    assert "van teams" in content  # a count instead of the list
    assert Level.objects.filter(pk=situation.level_id).exists()


def test_deleting_an_activity_in_use_names_no_situation(login, curator, situation):
    deployment = DeploymentFactory(situation=situation)
    url = reverse("admin:activities_activity_delete", args=[deployment.activity_id])
    content = login(curator).get(url).content.decode()
    assert OUR_TITLE not in content
    assert deployment.activity.name in content  # the activity itself is named


def test_deleting_a_user_lists_no_reflection_titles(login, worker, situation):
    ReflectionFactory(author=worker, title=SECRET_REFLECTION, situation=situation)
    url = reverse("admin:accounts_user_delete", args=[worker.pk])
    response = login(_superuser()).get(url)
    content = response.content.decode()
    assert response.status_code == 200
    assert SECRET_REFLECTION not in content
    assert OUR_TITLE not in content


def test_deleting_a_team_lists_no_situation_titles(login, team, situation):
    url = reverse("admin:accounts_team_delete", args=[team.pk])
    content = login(_superuser()).get(url).content.decode()
    assert OUR_TITLE not in content


def test_the_deletion_page_still_says_how_many_would_go(login, worker):
    ReflectionFactory(author=worker, title=SECRET_REFLECTION)
    ReflectionFactory(author=worker, title="Tweede")
    url = reverse("admin:accounts_user_delete", args=[worker.pk])
    content = login(_superuser()).get(url).content.decode()
    assert "2 reflecties" in content


def test_reflections_and_situations_are_not_registered_in_the_admin():
    from situations.models import Deployment, LearningQuestion, Observation, Situation

    for model in (
        Reflection,
        Feedback,
        ReflectionEvent,
        Situation,
        Observation,
        Deployment,
        LearningQuestion,
    ):
        assert not admin.site.is_registered(model), model
