"""Deployments: the one-click record that records once and can be undone, removing a
deployment, "other, namely" for an activity the catalogue does not have, and telling the
owner when a colleague changed their situation."""

import re
import threading
from datetime import timedelta

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, ngettext

from activities.models import Activity
from advice.engine import Profile
from advice.selectors import colleagues_outcomes
from situations import services
from situations.forms import ACTIVITY_GROUPS, DEPLOYMENT, loaded_initial
from situations.models import Deployment, Situation
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import ActivityFactory, DeploymentFactory
from wijkwerk.audit.models import TeamEntry
from wijkwerk.notifications.models import Notification


@pytest.fixture
def activity(db):
    return ActivityFactory(name="Buurtbarbecue", slug="buurtbarbecue")


def detail_url(situation, **query):
    url = reverse("situations:detail", args=[situation.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def deploy_url(situation, activity):
    return reverse("advice:deploy", args=[situation.pk, activity.slug])


def undo_url(deployment):
    return reverse("situations:deployment_undo", args=[deployment.situation_id, deployment.pk])


def delete_url(deployment):
    return reverse("situations:deployment_delete", args=[deployment.situation_id, deployment.pk])


def add_url(situation):
    return reverse("situations:deployment_add", args=[situation.pk])


def tried(situation, user, activity, **kwargs):
    return services.deployment_record_tried(
        situation=situation, user=user, activity=activity, **kwargs
    )


# Record once ----------------------------------------------------------------------------------


def test_a_second_click_gives_back_the_first_record(situation, worker, activity):
    first = tried(situation, worker, activity)
    second = tried(situation, worker, activity)
    assert (first.created, second.created) == (True, False)
    assert second.deployment.pk == first.deployment.pk
    assert Deployment.objects.count() == 1


def test_after_the_window_the_same_activity_is_recorded_again(situation, worker, activity):
    first = tried(situation, worker, activity)
    later = timezone.now() + services.RECORD_ONCE_WITHIN + timedelta(seconds=1)
    second = tried(situation, worker, activity, now=later)
    assert second.created is True
    assert second.deployment.pk != first.deployment.pk
    assert Deployment.objects.count() == 2


def test_a_colleague_or_another_activity_is_a_record_of_its_own(
    situation, worker, colleague, activity
):
    tried(situation, worker, activity)
    assert tried(situation, colleague, activity).created is True
    assert tried(situation, worker, ActivityFactory()).created is True
    assert Deployment.objects.count() == 3


def test_a_one_click_record_is_today_with_the_outcome_unknown(situation, worker, activity):
    deployment = tried(situation, worker, activity).deployment
    assert (deployment.date, deployment.outcome, deployment.note) == (
        timezone.localdate(),
        "unknown",
        "",
    )
    situation.refresh_from_db()
    assert situation.status == "ongoing"


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises writers; no real race"
)
@pytest.mark.django_db(transaction=True)
def test_two_clicks_at_the_same_moment_record_once(situation, worker, activity):
    barrier = threading.Barrier(2)
    results = []

    def click():
        from django.db import connection as thread_connection

        try:
            loaded = Situation.objects.get(pk=situation.pk)
            user = type(worker).objects.get(pk=worker.pk)
            barrier.wait()
            results.append(tried(loaded, user, activity).created)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, True]
    assert Deployment.objects.filter(situation=situation).count() == 1


def test_a_double_submit_from_the_advice_page_shows_one_deployment(
    login, worker, situation, activity
):
    client = login(worker)
    client.post(deploy_url(situation, activity))
    response = client.post(deploy_url(situation, activity), follow=True)
    assert Deployment.objects.count() == 1
    table = response.content.decode().split(
        'class="table align-middle caption-top deployment-table"'
    )[1]
    assert table.count("<tr>") == 2  # the header and one deployment


# Undo -----------------------------------------------------------------------------------------


def test_the_situation_page_offers_undo_right_after_the_click(login, worker, situation, activity):
    response = login(worker).post(deploy_url(situation, activity), follow=True)
    deployment = Deployment.objects.get()
    content = response.content.decode()
    assert f'action="{undo_url(deployment)}"' in content
    assert '<input type="hidden" name="version" value="1">' in content


@pytest.mark.parametrize(
    "change",
    [
        {"outcome": "worked"},
        {"note": "Goed gesprek."},
        {"version": 2},
        {"created_at": timezone.now() - services.UNDO_WITHIN - timedelta(seconds=1)},
    ],
)
def test_undo_is_not_offered_once_touched_or_too_old(login, worker, situation, activity, change):
    deployment = tried(situation, worker, activity).deployment
    Deployment.objects.filter(pk=deployment.pk).update(**change)
    content = login(worker).get(detail_url(situation, ingezet=deployment.pk)).content.decode()
    assert undo_url(deployment) not in content


def test_undo_is_only_offered_to_who_clicked(login, worker, colleague, situation, activity):
    deployment = tried(situation, worker, activity).deployment
    content = login(colleague).get(detail_url(situation, ingezet=deployment.pk)).content.decode()
    assert undo_url(deployment) not in content


@pytest.mark.parametrize("marker", ["abc", "999999", "-1", ""])
def test_an_odd_marker_is_ignored(login, worker, situation, marker):
    response = login(worker).get(detail_url(situation, ingezet=marker))
    assert response.status_code == 200
    assert "ongedaan-maken" not in response.content.decode()


def test_undo_takes_the_record_back_and_the_situation_is_open_again(
    login, worker, situation, activity
):
    deployment = tried(situation, worker, activity).deployment
    response = login(worker).post(undo_url(deployment), {"version": 1}, follow=True)
    assert Deployment.objects.count() == 0
    situation.refresh_from_db()
    assert situation.status == "open"
    assert response.redirect_chain[-1][0] == situation.get_absolute_url()
    undone = gettext("Undone: “%(name)s” is no longer recorded.") % {"name": activity.name}
    assert escape(undone) in response.content.decode()


def test_a_second_undo_changes_nothing_and_says_so(login, worker, situation, activity):
    deployment = tried(situation, worker, activity).deployment
    client = login(worker)
    client.post(undo_url(deployment), {"version": 1})
    response = client.post(undo_url(deployment), {"version": 1}, follow=True)
    assert response.status_code == 200
    assert gettext("This activity is not recorded (any more).") in response.content.decode()


def test_undo_after_an_outcome_was_added_keeps_the_deployment(
    login, worker, colleague, situation, activity
):
    deployment = tried(situation, worker, activity).deployment
    services.deployment_update(deployment=deployment, user=colleague, outcome="worked")
    response = login(worker).post(undo_url(deployment), {"version": 1}, follow=True)
    assert Deployment.objects.filter(pk=deployment.pk).exists() is True
    assert "alert-danger" in response.content.decode()


def test_undo_with_the_version_of_another_page_is_refused(situation, worker, activity):
    deployment = tried(situation, worker, activity).deployment
    with pytest.raises(services.TooLateToUndo):
        services.deployment_undo(deployment=deployment, user=worker, version=2)
    assert Deployment.objects.count() == 1


def test_a_colleague_cannot_undo_someone_elses_click(login, colleague, worker, situation, activity):
    deployment = tried(situation, worker, activity).deployment
    assert login(colleague).post(undo_url(deployment), {"version": 1}).status_code == 403
    assert Deployment.objects.count() == 1


def test_another_team_cannot_undo_either(login, outsider, worker, situation, activity):
    deployment = tried(situation, worker, activity).deployment
    assert login(outsider).post(undo_url(deployment), {"version": 1}).status_code == 404
    assert Deployment.objects.count() == 1


def test_undo_needs_a_post(login, worker, situation, activity):
    deployment = tried(situation, worker, activity).deployment
    assert login(worker).get(undo_url(deployment)).status_code == 405
    assert Deployment.objects.count() == 1


# Remove ---------------------------------------------------------------------------------------


@pytest.fixture
def recorded(situation, worker):
    """An activity the worker recorded a while ago, with an outcome and a note."""
    return DeploymentFactory(situation=situation, recorded_by=worker, outcome="partly")


def test_only_who_recorded_it_sees_the_remove_link(login, worker, colleague, lead, recorded):
    situation = recorded.situation
    assert delete_url(recorded) in login(worker).get(detail_url(situation)).content.decode()
    for user in (colleague, lead):
        assert delete_url(recorded) not in login(user).get(detail_url(situation)).content.decode()


def test_the_confirmation_page_says_what_goes(login, worker, recorded):
    response = login(worker).get(delete_url(recorded))
    content = response.content.decode()
    assert response.status_code == 200
    assert escape(linked_warning()) not in content  # no reflection links to it
    assert recorded.activity.name in content
    assert recorded.note in content
    assert 'method="post"' in content
    assert Deployment.objects.filter(pk=recorded.pk).exists() is True


def test_removing_deletes_it_and_returns_to_the_situation(login, worker, recorded):
    response = login(worker).post(delete_url(recorded))
    assert response.status_code == 302
    assert response["Location"] == recorded.situation.get_absolute_url()
    assert Deployment.objects.filter(pk=recorded.pk).exists() is False


@pytest.mark.parametrize("who", ["colleague", "lead"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_anyone_else_in_the_team_gets_403(login, request, recorded, who, method):
    response = getattr(login(request.getfixturevalue(who)), method)(delete_url(recorded))
    assert response.status_code == 403
    assert Deployment.objects.filter(pk=recorded.pk).exists() is True


@pytest.mark.parametrize("method", ["get", "post"])
def test_another_team_gets_404(login, outsider, recorded, method):
    response = getattr(login(outsider), method)(delete_url(recorded))
    assert response.status_code == 404
    assert Deployment.objects.filter(pk=recorded.pk).exists() is True


def test_a_deployment_of_another_situation_is_not_found(login, worker, recorded, other_situation):
    url = reverse("situations:deployment_delete", args=[other_situation.pk, recorded.pk])
    assert login(worker).post(url).status_code == 404
    url = reverse("situations:deployment_delete", args=[recorded.situation_id, 999999])
    assert login(worker).post(url).status_code == 404


def test_the_service_refuses_anyone_but_who_recorded_it(colleague, lead, recorded):
    for user in (colleague, lead):
        with pytest.raises(PermissionDenied):
            services.deployment_remove(deployment=recorded, user=user)
    assert Deployment.objects.filter(pk=recorded.pk).exists() is True


def test_removal_stays_in_the_audit_trail(login, worker, recorded):
    pk, situation = recorded.pk, recorded.situation
    login(worker).post(delete_url(recorded))
    entry = LogEntry.objects.get(
        action=LogEntry.Action.DELETE, content_type__model="deployment", object_id=pk
    )
    assert entry.actor == worker
    assert entry.object_repr == f"#{pk}"  # never the activity's name or the note
    team_entry = TeamEntry.objects.get(entry=entry)
    assert (team_entry.team_id, team_entry.situation_id) == (situation.team_id, situation.pk)


def linked_warning():
    return ngettext(
        "This activity is linked to a reflection. The reflection stays; only its link to this "
        "activity goes.",
        "This activity is linked to %(counter)s reflections. The reflections stay; only their "
        "link to this activity goes.",
        1,
    )


def test_a_linked_reflection_stays_and_loses_only_its_link(login, worker, recorded):
    reflection = ReflectionFactory(author=worker, situation=recorded.situation, deployment=recorded)
    client = login(worker)
    assert escape(linked_warning()) in client.get(delete_url(recorded)).content.decode()
    client.post(delete_url(recorded))
    reflection.refresh_from_db()
    assert reflection.deployment_id is None
    assert reflection.situation_id == recorded.situation_id


def test_removing_the_last_deployment_makes_an_ongoing_situation_open(worker, situation, recorded):
    Situation.objects.filter(pk=situation.pk).update(status="ongoing")
    other = DeploymentFactory(situation=situation, recorded_by=worker)
    services.deployment_remove(deployment=recorded, user=worker)
    assert Situation.objects.get(pk=situation.pk).status == "ongoing"
    services.deployment_remove(deployment=other, user=worker)
    assert Situation.objects.get(pk=situation.pk).status == "open"


def test_removing_from_a_closed_situation_keeps_it_closed(worker, situation, recorded):
    Situation.objects.filter(pk=situation.pk).update(status="closed")
    services.deployment_remove(deployment=recorded, user=worker)
    assert Situation.objects.get(pk=situation.pk).status == "closed"


# The manual form: grouped, searchable, and "other, namely" -----------------------------------


def test_the_activity_list_is_grouped_by_kind_in_the_catalogues_order(login, worker, situation):
    ActivityFactory(name="Zelfreflectie", kind="reflection")
    ActivityFactory(name="Buurtgesprek", kind="meeting_format")
    ActivityFactory(name="Wijkkaart", kind="tool")
    ActivityFactory(name="Intervisie", kind="learning")
    ActivityFactory(name="Huisbezoek", kind="casework")
    ActivityFactory(name="Verborgen", kind="tool", is_published=False)
    content = login(worker).get(add_url(situation)).content.decode()
    groups = re.findall(r'<optgroup label="([^"]+)">', content)
    assert groups == [str(ACTIVITY_GROUPS[kind]) for kind in Activity.Kind.values]
    tools = content.split(f'<optgroup label="{ACTIVITY_GROUPS["tool"]}">')[1].split("</optgroup>")[
        0
    ]
    assert "Wijkkaart" in tools
    assert "Verborgen" not in content


def test_the_form_has_a_search_box_for_javascript_and_works_without(login, worker, situation):
    content = login(worker).get(add_url(situation)).content.decode()
    assert "js/activity-picker.js" in content
    assert re.search(r'<div class="mb-3" data-activity-picker="search" hidden>', content)
    assert 'data-activity-picker="select"' in content
    assert "<script>" not in content  # no inline script (CSP)


def test_other_namely_records_an_activity_outside_the_catalogue(login, worker, situation):
    response = login(worker).post(
        add_url(situation),
        {
            "other_activity": "Koffie op het pleintje",
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
        },
        follow=True,
    )
    deployment = Deployment.objects.get()
    assert (deployment.activity, deployment.other_activity) == (None, "Koffie op het pleintje")
    assert deployment.is_other is True
    content = response.content.decode()
    assert "Koffie op het pleintje" in content
    assert gettext("not in the catalogue") in content


def test_neither_an_activity_nor_other_is_refused(login, worker, situation):
    response = login(worker).post(
        add_url(situation),
        {"date": timezone.localdate().isoformat(), "outcome": "worked", "note": "Mijn notitie"},
    )
    content = response.content.decode()
    assert escape(str(services.ACTIVITY_OR_OTHER)) in content
    assert "Mijn notitie" in content
    assert Deployment.objects.count() == 0


def test_both_an_activity_and_other_is_refused(login, worker, situation, activity):
    response = login(worker).post(
        add_url(situation),
        {
            "activity": activity.pk,
            "other_activity": "Koffie op het pleintje",
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
        },
    )
    content = response.content.decode()
    assert escape(str(services.ONLY_ONE_ACTIVITY)) in content
    assert "Koffie op het pleintje" in content
    assert Deployment.objects.count() == 0


def test_other_namely_is_guarded_against_personal_data(login, worker, situation):
    response = login(worker).post(
        add_url(situation),
        {
            "other_activity": "Bellen met 06-12345678",
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
        },
    )
    assert "een telefoonnummer" in response.content.decode()
    assert Deployment.objects.count() == 0


def test_other_namely_is_at_most_120_characters(login, worker, situation):
    response = login(worker).post(
        add_url(situation),
        {
            "other_activity": "x" * 121,
            "date": timezone.localdate().isoformat(),
            "outcome": "worked",
        },
    )
    assert response.status_code == 200
    assert Deployment.objects.count() == 0


def test_the_service_wants_exactly_one_of_activity_and_other(situation, worker, activity):
    for kwargs in ({}, {"other_activity": "   "}, {"activity": activity, "other_activity": "x"}):
        with pytest.raises(ValidationError):
            services.deployment_record(
                situation=situation, user=worker, date=timezone.localdate(), **kwargs
            )
    assert Deployment.objects.count() == 0


def test_the_database_wants_exactly_one_of_activity_and_other(situation, activity):
    for kwargs in ({"activity": None}, {"activity": activity, "other_activity": "Koffie"}):
        with pytest.raises(IntegrityError), transaction.atomic():
            DeploymentFactory(situation=situation, **kwargs)


def test_an_other_deployment_has_an_outcome_page_and_a_name(login, worker, situation):
    deployment = DeploymentFactory(
        situation=situation, activity=None, other_activity="Koffie op het pleintje"
    )
    assert str(deployment).startswith("Koffie op het pleintje")
    url = reverse("situations:deployment_update", args=[situation.pk, deployment.pk])
    client = login(worker)
    assert "Koffie op het pleintje" in client.get(url).content.decode()
    data = {
        **loaded_initial(
            kind=DEPLOYMENT, instance=deployment, values=services.deployment_snapshot(deployment)
        ),
        "outcome": "worked",
        "note": "",
    }
    assert client.post(url, data).status_code == 302
    assert "Koffie op het pleintje" in client.get(delete_url(deployment)).content.decode()


def test_the_audit_trail_keeps_the_words_of_other_namely_out(situation, worker):
    deployment = services.deployment_record(
        situation=situation,
        user=worker,
        other_activity="Koffie bij de buurvrouw",
        date=timezone.localdate(),
    )
    entry = LogEntry.objects.get_for_object(deployment).get()
    assert entry.changes["other_activity"] == ["", "***"]
    assert "Koffie" not in str(entry.changes) and "Koffie" not in entry.object_repr


def test_the_advice_evidence_ignores_other_deployments(situation, levels):
    counted = ActivityFactory(slug="telt-mee")
    for _ in range(3):
        DeploymentFactory(situation=situation, activity=counted, outcome="worked")
        DeploymentFactory(
            situation=situation, activity=None, other_activity="Iets anders", outcome="worked"
        )
    evidence = colleagues_outcomes(Profile(level="ongemak"))
    assert set(evidence) == {"telt-mee"}
    assert evidence["telt-mee"].worked == 3


# Telling the owner ------------------------------------------------------------------------------


def changed_notifications(owner):
    return Notification.objects.filter(recipient=owner, kind=Notification.Kind.SITUATION_CHANGED)


def test_a_colleagues_deployment_tells_the_owner_after_commit(
    django_capture_on_commit_callbacks, situation, worker, colleague, activity
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        tried(situation, colleague, activity)
        assert changed_notifications(worker).exists() is False  # not before the commit
    assert len(callbacks) == 1
    notification = changed_notifications(worker).get()
    assert notification.label == gettext("situation %(number)s") % {"number": situation.pk}
    assert notification.url == situation.get_absolute_url()
    assert notification.actor == colleague
    assert situation.title not in notification.label


def test_the_owners_own_changes_tell_nobody(
    django_capture_on_commit_callbacks, situation, worker, activity
):
    with django_capture_on_commit_callbacks(execute=True):
        deployment = tried(situation, worker, activity).deployment
        services.deployment_update(deployment=deployment, user=worker, outcome="worked")
        services.observation_record(
            situation=situation, user=worker, date=timezone.localdate(), level=situation.level
        )
    assert Notification.objects.count() == 0


def test_a_second_click_tells_nobody_again(
    django_capture_on_commit_callbacks, situation, worker, colleague, activity
):
    with django_capture_on_commit_callbacks(execute=True):
        tried(situation, colleague, activity)
        tried(situation, colleague, activity)
    assert changed_notifications(worker).count() == 1


def test_an_observation_an_outcome_and_an_edit_by_a_colleague_tell_the_owner(
    django_capture_on_commit_callbacks, situation, worker, colleague, levels
):
    deployment = DeploymentFactory(situation=situation, recorded_by=worker, outcome="unknown")
    with django_capture_on_commit_callbacks(execute=True):
        services.observation_record(
            situation=situation, user=colleague, date=timezone.localdate(), level=levels[1]
        )
        services.deployment_update(deployment=deployment, user=colleague, outcome="worked")
        current = Situation.objects.get(pk=situation.pk)
        services.situation_update(
            situation=current,
            user=colleague,
            version=current.version,
            title="Nieuwe titel",
            description=current.description,
            neighbourhood=current.neighbourhood,
            level=current.level,
            themes=current.themes,
        )
    assert changed_notifications(worker).count() == 3


def test_a_change_that_is_rolled_back_tells_nobody(
    django_capture_on_commit_callbacks, situation, worker, colleague, activity
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        tried(situation, colleague, activity)
        raise RuntimeError("the request failed after the record")
    assert callbacks == []
    assert Notification.objects.count() == 0
    assert Deployment.objects.count() == 0


def test_a_colleagues_click_on_the_advice_page_tells_the_owner(
    django_capture_on_commit_callbacks, login, situation, worker, colleague, activity
):
    client = login(colleague)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(deploy_url(situation, activity))
    assert changed_notifications(worker).get().actor == colleague


def test_a_colleague_removing_their_record_tells_the_owner_but_an_undo_does_not(
    django_capture_on_commit_callbacks, situation, worker, colleague, activity
):
    with django_capture_on_commit_callbacks(execute=True):
        first = tried(situation, colleague, activity).deployment
        services.deployment_undo(deployment=first, user=colleague, version=1)
    assert changed_notifications(worker).count() == 1  # the record; the undo takes it back
    with django_capture_on_commit_callbacks(execute=True):
        second = tried(situation, colleague, activity).deployment
        services.deployment_remove(deployment=second, user=colleague)
    assert changed_notifications(worker).count() == 3


def test_removing_twice_removes_once(worker, recorded):
    pk = recorded.pk
    services.deployment_remove(deployment=recorded, user=worker)
    services.deployment_remove(
        deployment=Deployment(pk=pk, situation=recorded.situation, recorded_by=worker), user=worker
    )
    deleted = LogEntry.objects.filter(
        action=LogEntry.Action.DELETE, content_type__model="deployment", object_id=pk
    )
    assert deleted.count() == 1
