"""Sessions that lose nothing, in the browser: the warning before the idle timeout, text typed
before the session ended coming back after logging in, and drafts kept while typing."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext, pgettext
from playwright.sync_api import expect

from situations.models import Situation
from tests.accounts.factories import PASSWORD, TeamFactory, make_worker
from tests.situations.factories import NeighbourhoodFactory, all_levels

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DRAFT_KEYS = "Object.keys(localStorage).filter(k => k.startsWith('wijkwerk-draft:')).length"


def nl(msgid, context=None):
    """The text as the Dutch interface shows it (the msgid until it is translated)."""
    with translation.override("nl"):
        return str(pgettext(context, msgid) if context else gettext(msgid))


@pytest.fixture
def worker(db):
    # A request the live server was still finishing while the previous browser test's database
    # was flushed can leave content types cached from before the flush: the audit trail's log
    # entries would then point at rows that are gone (FOREIGN KEY constraint failed).
    ContentType.objects.clear_cache()
    all_levels()
    team = TeamFactory(name="Wijkteam Oost")
    NeighbourhoodFactory(name="Molenkwartier", municipality="Voorbeeldstad", teams=[team])
    return make_worker(team, username="sanne", first_name="Sanne")


def wait_for_drafts(page, count):
    """Until this many drafts are kept (typing is saved after a short pause). Polled from here:
    the page's CSP forbids the eval that wait_for_function needs."""
    for _ in range(50):
        if page.evaluate(DRAFT_KEYS) == count:
            return
        page.wait_for_timeout(100)
    assert page.evaluate(DRAFT_KEYS) == count


def fill_situation(page):
    page.get_by_label("Titel").fill("Ergernis over geluid in het portiek")
    page.get_by_label("Wijk").select_option(label="Molenkwartier (Voorbeeldstad)")
    page.get_by_label("Wat speelt er?").fill("Bewoners ergeren zich aan geluid laat op de avond.")
    page.get_by_label("Ongemak", exact=True).check()
    page.get_by_label("Leervraag 1", exact=True).fill("Hoe bereik ik de bewoners die niet komen?")
    page.get_by_role("button", name="Leervraag toevoegen").click()
    page.get_by_label("Leervraag 3", exact=True).fill("Wat helpt buren om elkaar aan te spreken?")


def test_the_warning_comes_before_the_timeout_and_staying_logged_in_keeps_the_session(
    page, log_in, worker, settings
):
    settings.SESSION_IDLE_MINUTES = 16 / 60  # 16 seconds
    settings.SESSION_WARNING_MINUTES = 12 / 60  # a warning after 4 seconds
    log_in(worker)
    logged_in_at = time.monotonic()
    dialog = page.get_by_role("alertdialog", name=nl("You will be logged out soon"))
    expect(dialog).to_be_visible(timeout=10_000)
    stay = dialog.get_by_role("button", name=nl("Stay logged in"))
    expect(stay).to_be_focused()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    answer = page.request.get("/sessie/").json()  # the status check itself is no activity
    assert answer["remaining"] >= 13  # without staying it would be 12 at most
    # Past the first deadline the session still holds.
    time.sleep(max(0.0, logged_in_at + 17 - time.monotonic()))
    page.goto("/situaties/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Situaties")


def test_text_typed_before_the_session_ended_is_back_after_logging_in(
    page, log_in, worker, settings
):
    settings.SESSION_IDLE_MINUTES = 8 / 60
    settings.SESSION_WARNING_MINUTES = 3 / 60
    log_in(worker)
    page.goto("/situaties/nieuw/")
    fill_situation(page)

    ended = page.get_by_role("alertdialog", name=nl("You are logged out"))
    expect(ended).to_be_visible(timeout=15_000)
    settings.SESSION_IDLE_MINUTES = 30  # the rest of the test takes its time
    ended.get_by_role("button", name=nl("Close", "dialog")).click()
    expect(ended).to_be_hidden()
    page.get_by_role("button", name="Situatie opslaan").click()

    page.wait_for_url(re.compile(r"/accounts/login/\?next=/situaties/nieuw/$"))
    expect(page.locator("#session-notice")).to_have_text(
        nl(
            "You were inactive for too long and have been logged out. Log in again; what you "
            "typed is still there."
        )
    )
    assert Situation.objects.count() == 0
    page.get_by_label("Gebruikersnaam").fill(worker.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()

    page.wait_for_url(lambda url: urlsplit(url).path == "/situaties/nieuw/")
    expect(page.get_by_role("heading", name=nl("Not saved yet"))).to_be_visible()
    expect(page.get_by_label("Titel")).to_have_value("Ergernis over geluid in het portiek")
    expect(page.get_by_label("Wijk")).to_have_value(
        str(worker.memberships.get().team.neighbourhoods.get().pk)
    )
    expect(page.get_by_label("Wat speelt er?")).to_have_value(
        "Bewoners ergeren zich aan geluid laat op de avond."
    )
    expect(page.get_by_label("Ongemak", exact=True)).to_be_checked()
    expect(page.get_by_label("Leervraag 3", exact=True)).to_have_value(
        "Wat helpt buren om elkaar aan te spreken?"
    )
    assert Situation.objects.count() == 0  # shown again, not saved

    page.get_by_role("button", name="Situatie opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ergernis over geluid in het portiek")
    situation = Situation.objects.get()
    assert list(situation.learning_questions.order_by("order").values_list("text", flat=True)) == [
        "Hoe bereik ik de bewoners die niet komen?",
        "Wat helpt buren om elkaar aan te spreken?",
    ]
    assert page.evaluate(DRAFT_KEYS) == 0  # saved: the draft is gone too


def test_a_draft_is_restored_after_reloading_and_can_be_cleared(page, log_in, worker):
    log_in(worker)
    page.goto("/situaties/nieuw/")
    page.get_by_label("Titel").fill("Jongeren bij het winkelcentrum")
    page.get_by_label("Wat speelt er?").fill("Winkeliers klagen over groepjes jongeren.")
    wait_for_drafts(page, 1)

    page.reload()
    notice = page.locator(".draft-notice")
    expect(notice).to_have_attribute("role", "status")
    expect(notice).to_contain_text(nl("Draft restored."))
    expect(page.get_by_label("Titel")).to_have_value("Jongeren bij het winkelcentrum")
    expect(page.get_by_label("Wat speelt er?")).to_have_value(
        "Winkeliers klagen over groepjes jongeren."
    )

    notice.get_by_role("button", name=nl("Clear", "draft")).click()
    expect(page.get_by_label("Titel")).to_have_value("")
    expect(notice).to_have_text(nl("Draft cleared."))
    page.reload()
    expect(page.get_by_label("Titel")).to_have_value("")
    expect(page.get_by_text(nl("Draft restored."))).to_have_count(0)


def test_a_saved_form_leaves_no_draft_and_a_refused_one_keeps_it(page, log_in, worker):
    log_in(worker)
    page.goto("/situaties/nieuw/")
    page.get_by_label("Wat speelt er?").fill("Buren spreken elkaar niet meer aan.")
    wait_for_drafts(page, 1)
    page.get_by_role("button", name="Situatie opslaan").click()  # no title: refused
    expect(page.get_by_label("Wat speelt er?")).to_have_value("Buren spreken elkaar niet meer aan.")
    assert page.evaluate(DRAFT_KEYS) == 1

    page.get_by_label("Titel").fill("Buren in stilte")
    page.get_by_label("Wijk").select_option(label="Molenkwartier (Voorbeeldstad)")
    page.get_by_label("Ongemak", exact=True).check()
    page.get_by_role("button", name="Situatie opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Buren in stilte")
    assert page.evaluate(DRAFT_KEYS) == 0
    page.goto("/situaties/nieuw/")
    expect(page.get_by_label("Wat speelt er?")).to_have_value("")
