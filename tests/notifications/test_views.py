"""The list at /meldingen/, opening a notification, marking all read, the badge, the settings
page. Only the recipient sees or touches a notification."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext

from tests.notifications.factories import NotificationFactory, PreferenceFactory
from wijkwerk.context_processors import notification_count
from wijkwerk.notifications.models import Notification, NotificationPreference
from wijkwerk.notifications.texts import sentence

LIST = reverse("notifications:list")
SETTINGS = reverse("notifications:preferences")


def open_url(notification):
    return reverse("notifications:open", args=[notification.pk])


def badge(count):
    """The link's name for screen readers ("Meldingen, 2 ongelezen") and the visible number."""
    name = gettext("Notifications, %(count)s unread") % {"count": count}
    return re.compile(
        rf'href="{LIST}"[^>]* aria-label="{re.escape(name)}">\s*{gettext("Notifications")} '
        rf'<span class="badge text-bg-light">{count}</span>'
    )


# the list


def test_anonymous_is_sent_to_log_in(client, db):
    response = client.get(LIST)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_list_shows_my_notifications_newest_first_with_unread_marked(
    login, worker, colleague, lead
):
    now = timezone.now()
    old = NotificationFactory(recipient=worker, actor=lead, read_at=now)
    new = NotificationFactory(recipient=worker, actor=lead, kind="feedback")
    Notification.objects.filter(pk=old.pk).update(created_at=now - timezone.timedelta(days=2))
    NotificationFactory(recipient=colleague, actor=lead, label="van een ander")
    response = login(worker).get(LIST)
    assert [item["notification"] for item in response.context["items"]] == [new, old]
    content = response.content.decode()
    assert sentence(new) in content
    assert "van een ander" not in content
    # unread is said in words, not by colour alone: once, for the one unread
    assert content.count(pgettext("notification", "New")) == 1
    assert content.index(pgettext("notification", "New")) < content.index(sentence(new))
    assert open_url(new) in content
    assert SETTINGS in content


def test_the_list_has_an_empty_state(login, worker):
    content = login(worker).get(LIST).content.decode()
    assert gettext("No notifications yet.") in content
    assert gettext("Mark all as read") not in content


def test_the_list_is_paginated(login, worker):
    NotificationFactory.create_batch(30, recipient=worker)
    client = login(worker)
    assert len(client.get(LIST).context["items"]) == 25
    assert len(client.get(LIST, {"pagina": 2}).context["items"]) == 5


def test_the_list_costs_a_fixed_number_of_queries(
    login, worker, lead, colleague, django_assert_num_queries
):
    for actor in (lead, colleague, lead, None):
        NotificationFactory(recipient=worker, actor=actor)
    client = login(worker)
    client.get(LIST)  # warm the session
    # session, user, the user's permissions and their groups' permissions (navigation), the
    # paginator's COUNT, the page of notifications joined with their actors, the badge's COUNT
    with django_assert_num_queries(7):
        response = client.get(LIST)
    assert len(response.context["items"]) == 4


# opening one


def test_opening_marks_it_read_and_goes_where_it_points(login, worker, lead):
    notification = NotificationFactory(recipient=worker, actor=lead, url="/situaties/12/")
    response = login(worker).post(open_url(notification))
    assert response.status_code == 302
    assert response["Location"] == "/situaties/12/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_opening_again_keeps_the_first_read_time(login, worker):
    notification = NotificationFactory(recipient=worker)
    client = login(worker)
    client.post(open_url(notification))
    first = Notification.objects.get().read_at
    client.post(open_url(notification))
    assert Notification.objects.get().read_at == first


def test_opening_only_by_post(login, worker):
    notification = NotificationFactory(recipient=worker)
    assert login(worker).get(open_url(notification)).status_code == 405
    assert Notification.objects.get().read_at is None


def test_someone_elses_notification_is_404_and_stays_unread(login, worker, colleague, outsider):
    notification = NotificationFactory(recipient=worker)
    for user in (colleague, outsider):
        assert login(user).post(open_url(notification)).status_code == 404
    assert Notification.objects.get().read_at is None


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "x/y"],
)
def test_a_link_off_the_site_goes_to_the_list_instead(login, worker, url):
    notification = NotificationFactory(recipient=worker, url=url)
    response = login(worker).post(open_url(notification))
    assert response["Location"] == LIST
    assert Notification.objects.get().read_at is not None


# mark all as read


def test_mark_all_as_read_marks_only_mine(login, worker, colleague):
    NotificationFactory.create_batch(3, recipient=worker)
    theirs = NotificationFactory(recipient=colleague)
    response = login(worker).post(reverse("notifications:mark_all_read"), follow=True)
    assert response.redirect_chain[-1][0] == LIST
    assert Notification.objects.filter(recipient=worker, read_at=None).exists() is False
    assert Notification.objects.get(pk=theirs.pk).read_at is None
    assert gettext("All notifications are marked as read.") in response.content.decode()


def test_mark_all_as_read_only_by_post(login, worker):
    NotificationFactory(recipient=worker)
    assert login(worker).get(reverse("notifications:mark_all_read")).status_code == 405
    assert Notification.objects.get().read_at is None


# the badge


def test_the_navigation_shows_the_number_unread(login, worker, lead):
    NotificationFactory.create_batch(2, recipient=worker, actor=lead)
    NotificationFactory(recipient=worker, actor=lead, read_at=timezone.now())
    content = login(worker).get(reverse("dashboard")).content.decode()
    assert badge(2).search(content)
    assert LIST in content


def test_without_unread_notifications_there_is_no_number(login, worker):
    NotificationFactory(recipient=worker, read_at=timezone.now())
    content = login(worker).get(reverse("dashboard")).content.decode()
    assert LIST in content
    assert 'class="badge text-bg-light"' not in content
    assert badge(0).search(content) is None


def test_the_badge_drops_when_one_is_opened(login, worker):
    first, _second = NotificationFactory.create_batch(2, recipient=worker)
    client = login(worker)
    client.post(open_url(first))
    assert badge(1).search(client.get(LIST).content.decode())


def test_the_badge_counts_nothing_until_a_template_shows_it(rf, worker, django_assert_num_queries):
    NotificationFactory.create_batch(3, recipient=worker)
    request = rf.get("/")
    request.user = worker
    with django_assert_num_queries(0):
        context = notification_count(request)
    with django_assert_num_queries(1):  # one COUNT, once
        assert int(str(context["notification_count"])) == 3
        assert bool(context["notification_count"]) is True


def test_a_page_counts_the_unread_notifications_once(login, worker):
    NotificationFactory.create_batch(3, recipient=worker)
    client = login(worker)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("dashboard"))
    counts = [q["sql"] for q in queries if re.search(r'notifications_notification"?\s', q["sql"])]
    assert len(counts) == 1
    assert "COUNT(" in counts[0]


def test_anonymous_pages_have_no_badge(client, db):
    assert notification_count_of(client.get(reverse("login"))) is None


def notification_count_of(response):
    return response.context.get("notification_count") if response.context else None


# settings


def test_the_settings_page_shows_the_defaults(login, worker):
    response = login(worker).get(SETTINGS)
    form = response.context["form"]
    assert all(form[f"app_{kind}"].value() for kind in Notification.Kind.values)
    assert all(form[f"email_{kind}"].value() for kind in Notification.Kind.values)
    assert form["email_frequency"].value() == "daily"
    assert worker.email in response.content.decode()
    assert NotificationPreference.objects.exists() is False  # nothing stored by looking


def test_saving_the_settings_stores_them_and_says_so(login, worker):
    data = {f"app_{kind}": "on" for kind in Notification.Kind.values}
    del data["app_returned"]
    data["email_feedback"] = "on"
    data["email_frequency"] = "right_away"
    response = login(worker).post(SETTINGS, data, follow=True)
    assert response.redirect_chain[-1][0] == SETTINGS
    assert gettext("Your notification settings are saved.") in response.content.decode()
    preference = NotificationPreference.objects.get(user=worker)
    assert preference.email_frequency == "right_away"
    assert preference.app_off == ["returned"]
    assert set(preference.email_off) == set(Notification.Kind.values) - {"feedback"}


def test_an_empty_post_is_refused_with_an_error_and_saves_nothing(login, worker):
    response = login(worker).post(SETTINGS, {})
    assert response.status_code == 200
    assert response.context["form"].errors["email_frequency"]
    assert 'id="email-frequency-errors"' in response.content.decode()
    assert NotificationPreference.objects.exists() is False


def test_a_refused_form_keeps_what_was_ticked(login, worker):
    response = login(worker).post(SETTINGS, {"email_reviewed": "on", "email_frequency": "often"})
    form = response.context["form"]
    assert form["email_reviewed"].value() is True
    assert form["email_returned"].value() is False
    assert NotificationPreference.objects.exists() is False


def test_a_kind_switched_off_in_the_app_leaves_the_list_and_the_badge(login, worker, lead):
    PreferenceFactory(user=worker, app_off=["situation_changed"])
    from wijkwerk.notifications.services import notify

    notify(worker, "situation_changed", label="situatie 12", url="/situaties/12/", actor=lead)
    notify(worker, "returned", label="reflectie", url="/reflecties/1/", actor=lead)
    response = login(worker).get(LIST)
    assert [item["notification"].kind for item in response.context["items"]] == ["returned"]
    assert badge(1).search(response.content.decode())


def test_the_account_menu_links_to_the_settings(login, worker):
    content = login(worker).get(reverse("dashboard")).content.decode()
    assert f'href="{SETTINGS}"' in content
