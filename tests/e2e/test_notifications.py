"""A worker sees how many notifications are unread, opens the list, follows one to the page it
is about, and the number drops. On a phone the number shows without opening the menu."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_lead, make_worker
from tests.e2e.conftest import log_in_with_the_form
from tests.e2e.test_accessibility import BLOCKING_IMPACTS, describe, run_axe
from tests.situations.factories import SituationFactory
from wijkwerk.notifications.models import Notification
from wijkwerk.notifications.services import notify
from wijkwerk.notifications.texts import sentence

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def badge_link_name(count: int) -> str:
    with translation.override("nl"):
        return gettext("Notifications, %(count)s unread") % {"count": count}


def test_a_worker_follows_a_notification_and_the_badge_drops(page, log_in):
    team = TeamFactory(name="Wijkteam Oost")
    worker = make_worker(team, username="sanne", first_name="Sanne", last_name="de Boer")
    lead = make_lead(team, username="joke", first_name="Joke", last_name="Visser")
    situation = SituationFactory(team=team, owner=worker, title="Geluid in het portiek")
    changed = notify(
        worker,
        Notification.Kind.SITUATION_CHANGED,
        label=f"situatie {situation.pk}",
        url=situation.get_absolute_url(),
        actor=lead,
    )
    notify(
        worker,
        Notification.Kind.RETURNED,
        label="reflectie van 3 nov. 2026",
        url="/reflecties/",
        actor=lead,
    )
    with translation.override("nl"):
        changed_text = sentence(changed)

    page.set_viewport_size({"width": 360, "height": 740})
    log_in(worker)
    # On a phone the number is in the bar itself, not folded away in the menu.
    badge = page.get_by_role("link", name=badge_link_name(2))
    expect(badge).to_be_visible()
    badge.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(gettext_nl("Notifications"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    items = page.get_by_role("listitem").filter(has_text=pgettext_nl("notification", "New"))
    expect(items).to_have_count(2)
    # The unread mark is a word in the button's name, not a colour.
    page.get_by_role("button", name=f"{pgettext_nl('notification', 'New')} {changed_text}").click()

    expect(page).to_have_url(re.compile(re.escape(situation.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Geluid in het portiek")
    expect(page.get_by_role("link", name=badge_link_name(1))).to_be_visible()

    page.get_by_role("link", name=badge_link_name(1)).click()
    page.get_by_role("button", name=gettext_nl("Mark all as read")).click()
    expect(page.get_by_role("link", name=gettext_nl("Notifications"), exact=True)).to_be_visible()
    expect(page.get_by_text(gettext_nl("You have read everything."))).to_be_visible()


def test_the_list_and_the_settings_have_no_serious_accessibility_violations(browser, live_server):
    team = TeamFactory(name="Wijkteam Oost")
    worker = make_worker(team, username="sanne")
    lead = make_lead(team, username="joke", first_name="Joke", last_name="Visser")
    for kind in (Notification.Kind.RETURNED, Notification.Kind.FEEDBACK):
        notify(worker, kind, label="reflectie van 3 nov. 2026", url="/reflecties/", actor=lead)
    # A context that bypasses the CSP, only so axe-core can be injected.
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    try:
        log_in_with_the_form(page, worker)
        for url in ("/meldingen/", "/meldingen/instellingen/"):
            page.goto(url)
            blocking = [v for v in run_axe(page) if v["impact"] in BLOCKING_IMPACTS]
            assert not blocking, f"{url}:\n{describe(blocking)}"
    finally:
        context.close()


def gettext_nl(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def pgettext_nl(context: str, message: str) -> str:
    with translation.override("nl"):
        return pgettext(context, message)
