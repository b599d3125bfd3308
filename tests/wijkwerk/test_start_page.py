"""The start page as a to-do list per role (issue 13): what a worker, a team lead and a curator
have to do next, each item with a link to where it is done, in a fixed number of queries."""

from datetime import timedelta

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from activities.models import SearchMiss
from situations.models import Observation
from tests.accounts.factories import make_lead
from tests.activities.factories import ActivityFactory, all_levels
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import (
    DeploymentFactory,
    NeighbourhoodFactory,
    ObservationFactory,
    SituationFactory,
    level,
)
from wijkwerk import start

URL = reverse("dashboard")


@pytest.fixture
def levels(db):
    return all_levels()


@pytest.fixture
def place(team, levels):
    return NeighbourhoodFactory(name="Molenkwartier", teams=[team])


def _situation(team, place, owner, **kwargs):
    return SituationFactory(team=team, neighbourhood=place, owner=owner, **kwargs)


def _page(client):
    return client.get(URL)


def _today():
    return timezone.localdate()


# --- the worker --------------------------------------------------------------------------------


def test_it_counts_open_and_ongoing_situations_per_level_linking_to_the_filtered_list(
    login, worker, team, place, other_team
):
    for slug, status in [("spanning", "open"), ("spanning", "open"), ("spanning", "ongoing")]:
        _situation(team, place, worker, level=level(slug), status=status)
    _situation(team, place, worker, level=level("spanning"), status="closed")
    SituationFactory(team=other_team, level=level("spanning"))
    client = login(worker)
    response = _page(client)
    counts = {
        row.level.slug: (row.open, row.ongoing) for row in response.context["start"].worker.levels
    }
    assert counts == {
        "ongemak": (0, 0),
        "spanning": (2, 1),
        "incidenten": (0, 0),
        "escalatie": (0, 0),
    }
    link = "/situaties/?niveau=spanning&amp;status=open"
    assert f'href="{link}"' in response.content.decode()
    listed = client.get("/situaties/?niveau=spanning&status=open").context["page_obj"]
    assert len(listed.object_list) == 2


def test_it_lists_the_situations_that_rose_a_level_lately(login, worker, team, place, other_team):
    today = _today()
    rose = _situation(
        team, place, worker, title="Ruzie bij de speeltuin", level=level("incidenten")
    )
    ObservationFactory(
        situation=rose,
        date=today - timedelta(days=3),
        level=level("incidenten"),
        previous_level=level("spanning"),
    )
    long_ago = _situation(team, place, worker, title="Oude stijging")
    ObservationFactory(
        situation=long_ago,
        date=today - timedelta(days=45),
        level=level("spanning"),
        previous_level=level("ongemak"),
    )
    fell = _situation(team, place, worker, title="Rustiger geworden")
    ObservationFactory(
        situation=fell, date=today, level=level("ongemak"), previous_level=level("spanning")
    )
    closed = _situation(team, place, worker, title="Afgesloten stijging", status="closed")
    ObservationFactory(
        situation=closed, date=today, level=level("spanning"), previous_level=level("ongemak")
    )
    elsewhere = SituationFactory(team=other_team, title="Stijging in Zuid")
    ObservationFactory(
        situation=elsewhere, date=today, level=level("spanning"), previous_level=level("ongemak")
    )
    response = _page(login(worker))
    risen = response.context["start"].worker.risen
    assert [situation.title for situation in risen.rows] == ["Ruzie bij de speeltuin"]
    assert risen.rows[0].risen_on == today - timedelta(days=3)
    assert f'href="{rose.get_absolute_url()}"' in response.content.decode()


def test_it_lists_outcomes_that_are_due_own_first_with_a_link_to_the_outcome_form(
    login, worker, colleague, team, place
):
    today = _today()
    situation = _situation(team, place, worker, title="Overlast in het portiek")
    colleagues = DeploymentFactory(
        situation=situation,
        date=today - timedelta(days=40),
        outcome="unknown",
        recorded_by=colleague,
        activity__name="Buurtgesprek",
    )
    own = DeploymentFactory(
        situation=situation,
        date=today - timedelta(days=20),
        outcome="unknown",
        recorded_by=worker,
        activity__name="Portiekgesprek",
    )
    DeploymentFactory(situation=situation, date=today - timedelta(days=3), outcome="unknown")
    DeploymentFactory(situation=situation, date=today - timedelta(days=30), outcome="worked")
    client = login(worker)
    response = _page(client)
    due = response.context["start"].worker.outcomes_due
    assert [deployment.pk for deployment in due.rows] == [own.pk, colleagues.pk]
    form_url = reverse("situations:deployment_update", args=[situation.pk, own.pk])
    assert f'href="{form_url}"' in response.content.decode()
    assert client.get(form_url).status_code == 200


def test_it_lists_returned_reflections_before_drafts_each_linking_to_where_to_go_on(
    login, worker, colleague
):
    draft = ReflectionFactory(author=worker, title="Half af", status="draft")
    returned = ReflectionFactory(author=worker, title="Nog verbeteren", status="returned")
    ReflectionFactory(author=worker, title="Ingestuurd", status="submitted")
    ReflectionFactory(author=worker, title="Klaar", status="reviewed")
    ReflectionFactory(author=colleague, title="Van een collega", status="draft")
    client = login(worker)
    response = _page(client)
    rows = response.context["start"].worker.reflections.rows
    assert [reflection.title for reflection in rows] == ["Nog verbeteren", "Half af"]
    content = response.content.decode()
    assert f'href="{returned.get_absolute_url()}"' in content
    assert f'href="{reverse("reflections:update", args=[draft.pk])}"' in content
    assert client.get(returned.get_absolute_url()).status_code == 200
    assert client.get(reverse("reflections:update", args=[draft.pk])).status_code == 200


def test_it_shows_what_colleagues_changed_since_the_last_visit(
    login, worker, colleague, team, place
):
    last_visit = timezone.now() - timedelta(days=2)
    worker.start_page_seen_at = last_visit
    worker.save(update_fields=["start_page_seen_at"])
    observed = _situation(team, place, worker, title="Nieuwe waarneming van Ahmed")
    own = _situation(team, place, worker, title="Alleen zelf bijgewerkt")
    edited = _situation(team, place, worker, title="Door Ahmed aangepast")
    quiet = _situation(team, place, worker, title="Niets gebeurd")
    old = ObservationFactory(situation=quiet, recorded_by=colleague)
    # All of the above happened before the last visit ...
    Observation.objects.filter(pk=old.pk).update(created_at=last_visit - timedelta(hours=1))
    LogEntry.objects.update(timestamp=last_visit - timedelta(hours=1))
    # ... and this after it.
    ObservationFactory(situation=observed, recorded_by=colleague)
    with set_actor(worker):
        ObservationFactory(situation=own, recorded_by=worker)
        own.themes = "geluid"
        own.save()
    with set_actor(colleague):
        edited.themes = "parkeren"
        edited.save()
    response = _page(login(worker))
    section = response.context["start"].worker
    assert section.since == last_visit
    assert section.first_visit is False
    changes = {situation.title: situation for situation in section.changes.rows}
    assert set(changes) == {"Nieuwe waarneming van Ahmed", "Door Ahmed aangepast"}
    assert changes["Nieuwe waarneming van Ahmed"].new_observations == 1
    assert changes["Door Ahmed aangepast"].new_observations == 0
    assert f'href="{edited.get_absolute_url()}"' in response.content.decode()


def test_the_last_visit_stays_the_same_within_a_session_and_moves_on_in_the_next(
    login, worker, client
):
    last_visit = timezone.now() - timedelta(days=2)
    worker.start_page_seen_at = last_visit
    worker.save(update_fields=["start_page_seen_at"])
    login(worker)
    first = _page(client).context["start"].worker.since
    worker.refresh_from_db()
    seen_now = worker.start_page_seen_at
    assert first == last_visit
    assert seen_now > last_visit
    # A reload in the same session: the same "since", the field is not moved again.
    assert _page(client).context["start"].worker.since == last_visit
    worker.refresh_from_db()
    assert worker.start_page_seen_at == seen_now
    # A new session counts from the visit before.
    client.logout()
    login(worker)
    assert _page(client).context["start"].worker.since == seen_now


def test_the_first_visit_ever_shows_the_changes_of_the_last_week(login, worker):
    section = _page(login(worker)).context["start"].worker
    assert section.first_visit is True
    assert timezone.now() - section.since > timedelta(days=start.FIRST_VISIT_DAYS - 1)
    assert (
        gettext("Changed by colleagues in the last week") in _page(login(worker)).content.decode()
    )


def test_a_worker_with_nothing_to_do_is_told_so_kindly(login, worker, levels):
    content = _page(login(worker)).content.decode()
    for message in (
        "Your teams have no open situations. Quiet in the neighbourhood!",
        "No situation rose a level lately.",
        "No outcomes to fill in. Well done!",
        "No reflections waiting for you: nothing returned, no drafts.",
        "Nothing changed by colleagues. You are up to date.",
    ):
        assert gettext(message) in content
    assert gettext("Reflections to review") not in content
    assert gettext("The catalogue") not in content


# --- the team lead ----------------------------------------------------------------------------------


def test_a_lead_sees_the_review_queue_with_the_oldest_first(login, lead, worker, colleague):
    oldest = ReflectionFactory(author=colleague, status="submitted", title="Het gesprek in de hal")
    ReflectionFactory(author=worker, status="submitted")
    for _ in range(3):
        ReflectionFactory(author=worker, status="submitted")
    ReflectionFactory(author=worker, status="draft")
    type(oldest).objects.filter(pk=oldest.pk).update(
        submitted_at=timezone.now() - timedelta(days=9)
    )
    client = login(lead)
    response = _page(client)
    review = response.context["start"].lead.review
    assert review.total == 5
    assert len(review.rows) == start.REVIEW_LIMIT
    assert review.rows[0].pk == oldest.pk
    content = response.content.decode()
    assert f'href="{reverse("reflections:review_queue")}"' in content
    # Each link says which reflection it opens: its title, then who sent it in and when.
    assert f'href="{oldest.get_absolute_url()}">Het gesprek in de hal</a>' in content
    assert client.get(oldest.get_absolute_url()).status_code == 200


def test_a_lead_sees_this_months_outcomes_per_activity(
    login, lead, worker, team, place, other_team
):
    today = _today()
    situation = _situation(team, place, worker)
    for outcome in ("worked", "worked", "did_not_work"):
        DeploymentFactory(
            situation=situation,
            date=today,
            outcome=outcome,
            activity__slug="buurtbarbecue",
            activity__name="Buurtbarbecue",
        )
    DeploymentFactory(
        situation=situation,
        date=today.replace(day=1) - timedelta(days=1),
        activity__slug="buurtbarbecue",
    )
    DeploymentFactory(
        situation=SituationFactory(team=other_team), date=today, activity__slug="buurtbarbecue"
    )
    rows = _page(login(lead)).context["start"].lead.outcomes
    assert [(r.name, r.worked, r.did_not_work, r.total) for r in rows] == [
        ("Buurtbarbecue", 2, 1, 3)
    ]


def test_a_worker_sees_no_lead_section_and_gets_no_review_count(login, worker):
    response = _page(login(worker))
    assert response.context["start"].lead is None
    assert "review_count" not in response.context


# --- the curator ------------------------------------------------------------------------------------


def test_a_curator_sees_the_catalogue_health_with_links_to_the_admin(login, curator, levels, team):
    draft = ActivityFactory(name="Nog in de maak", is_published=False)
    partial = ActivityFactory(name="Half ingevuld", fits={"ongemak": "recommended"})
    ActivityFactory(
        name="Compleet",
        fits={
            slug: "recommended"
            for slug in ("ongemak", "spanning", "incidenten", "escalatie", "nazorg")
        },
    )
    ActivityFactory(name="Training", kind="learning", fits={})
    used = ActivityFactory(name="Gebruikt", fits={})
    DeploymentFactory(activity=used, situation=SituationFactory(team=team))
    SearchMiss.objects.create(query="buurtvader", count=2, last_searched_at=timezone.now())
    SearchMiss.objects.create(query="mediation", count=7, last_searched_at=timezone.now())
    client = login(curator)
    response = _page(client)
    section = response.context["start"].curator
    assert [a.name for a in section.drafts.rows] == ["Nog in de maak"]
    missing = {a.name: a.missing for a in section.missing_fits.rows}
    assert "Compleet" not in missing and "Training" not in missing
    assert [str(name) for name in missing["Half ingevuld"]] == [
        "Spanning",
        "Incidenten",
        "Escalatie",
        str(start.AFTERCARE_LABEL),
    ]
    never = [a.name for a in section.never_used.rows]
    assert "Half ingevuld" in never and "Gebruikt" not in never and "Training" not in never
    assert [miss.query for miss in section.search_misses] == ["mediation", "buurtvader"]
    change_url = reverse("admin:activities_activity_change", args=[draft.pk])
    content = response.content.decode()
    assert f'href="{change_url}"' in content
    assert f'href="{reverse("admin:activities_activity_change", args=[partial.pk])}"' in content
    assert client.get(change_url).status_code == 200
    assert response.context["start"].worker is None


def test_a_curator_with_a_healthy_catalogue_is_told_so(login, curator, levels):
    content = _page(login(curator)).content.decode()
    for message in (
        "No drafts: everything is published.",
        "Every activity has a fit at every level and for the aftercare.",
        "Every published activity has been used at least once.",
        "Every search in the catalogue found something.",
    ):
        assert gettext(message) in content


def test_a_user_with_several_roles_sees_every_section(login, team, levels):
    from tests.accounts.factories import role_group

    user = make_lead(team, username="veelzijdig", is_staff=True)
    user.groups.add(role_group("Beheerder"))
    content = _page(login(user)).content.decode()
    for heading in ("Your work", "Your team", "The catalogue"):
        assert gettext(heading) in content


# --- a fixed number of queries ----------------------------------------------------------------------


def _fill(team, place, worker, colleague, n, batch):
    today = _today()
    for index in range(n):
        situation = _situation(team, place, worker, level=level("spanning"))
        ObservationFactory(
            situation=situation,
            date=today - timedelta(days=2),
            level=level("spanning"),
            previous_level=level("ongemak"),
            recorded_by=colleague,
        )
        DeploymentFactory(
            situation=situation,
            date=today - timedelta(days=20),
            outcome="unknown",
            activity__slug=f"activiteit-{index % 3}",
        )
        DeploymentFactory(situation=situation, date=today, activity__slug=f"maand-{batch}-{index}")
        ReflectionFactory(author=worker, status="returned")
        ReflectionFactory(author=worker, status="draft")
        ReflectionFactory(author=colleague, status="submitted")
        ActivityFactory(is_published=False)
        SearchMiss.objects.create(
            query=f"zoekwoord {batch}-{index}", count=index + 1, last_searched_at=timezone.now()
        )


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        # session, user, group permissions, groups (roles), memberships; counts per level,
        # levels, risen, outcomes due, reflections, changes; user permissions (navigation),
        # notification badge, memberships (teams line)
        ("worker", 14),
        # the same, plus the review queue and this month's outcomes (the badge reads the
        # queue's count: no COUNT of its own)
        ("lead", 16),
        # session, user, the second factor's device, groups, group and user permissions;
        # levels, drafts, missing fits, their fits, never used, search misses; notification
        # badge, memberships
        ("curator", 14),
    ],
)
def test_the_start_page_costs_the_same_number_of_queries_however_much_there_is(
    role, expected, login, worker, colleague, lead, curator, team, place, django_assert_num_queries
):
    user = {"worker": worker, "lead": lead, "curator": curator}[role]
    client = login(user)
    _fill(team, place, worker, colleague, 2, "a")
    _page(client)  # the first start page of the session remembers the last visit
    with django_assert_num_queries(expected):
        assert _page(client).status_code == 200
    _fill(team, place, worker, colleague, 8, "b")
    with django_assert_num_queries(expected):
        response = _page(client)
    page = response.context["start"]
    assert getattr(page, role) is not None
    if role == "worker":  # the lists are cut, their full length still told
        assert (len(page.worker.risen.rows), page.worker.risen.total) == (start.LIST_LIMIT, 10)
        assert page.worker.reflections.more == 20 - start.LIST_LIMIT
