"""/logboek/: a team lead reads the trail of the teams they lead, nobody else reads it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, override, pgettext

from reflections import workflow
from reflections.models import Reflection
from situations import services
from situations.models import Deployment, Observation, Situation
from tests.accounts.factories import MembershipFactory, UserFactory
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import DeploymentFactory, ObservationFactory, SituationFactory
from wijkwerk.accounts.models import Membership
from wijkwerk.audit import selectors

URL = reverse("audit:team_trail")


def name_of(model):
    return model._meta.verbose_name


def dutch(function, *args):
    """The page's words as the Dutch interface shows them."""
    with override("nl"):
        return str(function(*args))


REFLECTION_TITLE = "Mijn twijfel bij het gesprek in de flat"


def _close(situation, user):
    services.situation_close(situation=situation, user=user)


@pytest.fixture
def team_history(worker, lead, situation, other_situation, outsider):
    """Things that happened in both teams."""
    _close(situation, worker)
    ObservationFactory(situation=situation, note="Rustig")
    DeploymentFactory(situation=situation)
    reflection = ReflectionFactory(author=worker, title=REFLECTION_TITLE, situation=situation)
    workflow.reflection_submit(reflection=reflection, user=worker)
    _close(other_situation, outsider)
    return reflection


def test_the_lead_sees_the_trail_of_their_team(login, lead, situation, team_history):
    response = login(lead).get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Logboek" in content
    assert situation.title in content  # the current title, from the situation itself
    assert "Onrust bij de haven" not in content  # another team's situation
    # the reflection's step (the verb starts its cell)
    assert capfirst(dutch(pgettext, "audit trail", "submitted")) in content
    assert REFLECTION_TITLE not in content
    rows = response.context["rows"]
    kinds = {row.kind for row in rows}
    assert {
        dutch(name_of, model) for model in (Situation, Observation, Deployment, Reflection)
    } <= kinds


def test_the_lead_of_another_team_sees_only_theirs(
    login, other_lead, other_situation, team_history
):
    response = login(other_lead).get(URL)
    assert response.status_code == 200
    rows = response.context["rows"]
    assert rows  # the other team's situation and its closing
    assert {row.entry.object_id for row in rows if row.kind == "situatie"} == {other_situation.pk}
    assert "Geluidsoverlast in het portiek" not in response.content.decode()


def test_a_draft_reflection_does_not_show(login, lead, worker, situation):
    ReflectionFactory(author=worker, title=REFLECTION_TITLE)
    rows = login(lead).get(URL).context["rows"]
    assert [row for row in rows if row.kind == "reflectie"] == []


def test_a_deleted_situation_stays_in_the_trail(login, lead, worker, situation):
    ObservationFactory(situation=situation, note="Rustig")
    title = situation.title
    services.situation_delete(situation=situation, user=worker)
    response = login(lead).get(URL)
    content = response.content.decode()
    assert title not in content
    assert dutch(gettext, "(no longer exists)") in content
    deleted = [row for row in response.context["rows"] if row.entry.action == 2]
    assert {row.kind for row in deleted} == {dutch(name_of, Situation), dutch(name_of, Observation)}


def test_it_shows_level_changes_in_words_and_hides_texts(login, lead, worker, situation, levels):
    services.situation_update(
        situation=situation,
        user=worker,
        version=situation.version,
        title=situation.title,
        description="Een nieuwe beschrijving van de buurt.",
        neighbourhood=situation.neighbourhood,
        level=levels[1],
        themes=situation.themes,
    )
    response = login(lead).get(URL)
    content = response.content.decode()
    assert "ongemak → spanning" in content
    assert "Een nieuwe beschrijving van de buurt." not in content
    assert dutch(gettext, "changed (the text is not recorded)") in content


def test_memberships_of_the_team_show(login, lead, team):
    MembershipFactory(user=UserFactory(username="nieuweling", first_name="Noor"), team=team)
    rows = login(lead).get(URL).context["rows"]
    assert any(row.kind == dutch(name_of, Membership) and "Noor" in row.name for row in rows)


@pytest.mark.parametrize("who", ["worker", "colleague", "outsider", "curator"])
def test_everyone_else_is_refused(login, request, who, team_history):
    response = login(request.getfixturevalue(who)).get(URL)
    assert response.status_code == 403
    assert dutch(gettext, "The audit trail is for team leads") in response.content.decode()


def test_a_lead_membership_without_the_role_is_not_enough(login, team):
    user = UserFactory(username="geenrol")
    MembershipFactory(user=user, team=team, role="lead")
    assert login(user).get(URL).status_code == 403


def test_anonymous_is_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_navigation_shows_it_to_leads_only(login, lead, worker):
    assert URL in login(lead).get(reverse("dashboard")).content.decode()
    assert URL not in login(worker).get(reverse("dashboard")).content.decode()


def test_it_pages_by_fifty(login, lead, worker, situation):
    for _ in range(30):
        services.situation_close(situation=situation, user=worker)
        services.situation_reopen(situation=situation, user=worker)
    client = login(lead)
    first = client.get(URL)
    assert len(first.context["rows"]) == 50
    count = first.context["page"].paginator.count
    assert count > 60
    second = client.get(URL, {"pagina": 2})
    assert len(second.context["rows"]) == count - 50


def test_the_page_uses_a_fixed_number_of_queries(
    login, lead, worker, team, situation, neighbourhood, django_assert_num_queries
):
    def add_history(n):
        for i in range(n):
            extra = SituationFactory(team=team, neighbourhood=neighbourhood, owner=worker)
            _close(extra, worker)
            ObservationFactory(situation=extra)
            DeploymentFactory(situation=extra)
            reflection = ReflectionFactory(author=worker, title=f"Reflectie {i}")
            workflow.reflection_submit(reflection=reflection, user=worker)
            MembershipFactory(user=UserFactory(), team=team)

    add_history(3)
    client = login(lead)
    client.get(URL)  # warm the content type cache
    # The whole page: the same queries for 20 entries as for a full page of 50 (no N+1). Of
    # these, the trail's own are exactly the four counted below; the rest (session, user,
    # permissions, memberships, navigation, review badge) every page has.
    with CaptureQueriesContext(connection) as small:
        response = client.get(URL)
    assert len(response.context["rows"]) > 20
    add_history(6)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(URL)
    assert len(response.context["rows"]) == 50


def test_the_trail_itself_costs_four_queries(
    lead, worker, team, situation, django_assert_num_queries
):
    for i in range(4):
        services.situation_close(situation=situation, user=worker)
        services.situation_reopen(situation=situation, user=worker)
        ObservationFactory(situation=situation)
        reflection = ReflectionFactory(author=worker, title=f"Reflectie {i}")
        workflow.reflection_submit(reflection=reflection, user=worker)
    team_ids = {team.pk}
    ContentType.objects.get_for_model(Situation)  # warm the content type cache
    # 1 count, 2 the page of entries with actor and content type, 3 current situation titles,
    # 4 reflection authors.
    with django_assert_num_queries(4):
        page = Paginator(selectors.team_trail(team_ids=team_ids), selectors.PAGE_SIZE).get_page(1)
        rows = selectors.trail_rows(page.object_list, team_ids=team_ids)
        rendered = [
            (row.verb, row.kind, row.name, row.situation_title, row.changes) for row in rows
        ]
    # The situation, 4 x (closed, reopened, an observation, a submission), two memberships.
    assert len(rendered) == page.paginator.count == 1 + 4 * 4 + 2
