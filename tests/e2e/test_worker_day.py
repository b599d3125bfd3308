"""A worker's day, end to end, on a laptop and on a phone (issue 13's "done when"):

the start page says what needs doing and leads there; the catalogue finds activities by a
target group's name; a double click records a deployment once; and when the team lead returns a
reflection, the worker gets an e-mail (the console backend in development, Django's outbox
here) and a badge.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.utils import timezone
from playwright.sync_api import expect

from reflections.models import Reflection
from situations.models import Deployment
from tests.accounts.factories import TeamFactory, make_lead, make_worker
from tests.activities.factories import (
    ActivityFactory,
    TargetGroupFactory,
    all_levels,
)
from tests.e2e.conftest import log_in_with_the_form
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import DeploymentFactory, NeighbourhoodFactory, SituationFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTHS = {"laptop": 1280, "phone": 390}


def _day(team, worker):
    levels = {level.slug: level for level in all_levels()}
    group = TargetGroupFactory(
        slug="lvb",
        name="Mensen met een licht verstandelijke beperking (LVB)",
        synonyms="licht verstandelijke beperking\nlvb",
    )
    ActivityFactory(
        name="Pictogrammen bij de huisregels", slug="pictogrammen", target_groups=[group]
    )
    ActivityFactory(name="Buurtbarbecue", slug="buurtbarbecue")
    chat = ActivityFactory(
        name="Keukentafelgesprek", slug="keukentafelgesprek", fits={"spanning": "recommended"}
    )
    situation = SituationFactory(
        team=team,
        owner=worker,
        level=levels["spanning"],
        neighbourhood=NeighbourhoodFactory(name="Overvecht", municipality="Utrecht"),
        title="Geluidsoverlast in de flat",
    )
    due = DeploymentFactory(
        situation=situation,
        activity=ActivityFactory(name="Buurtgesprek in de hal", slug="buurtgesprek"),
        date=timezone.localdate() - datetime.timedelta(days=21),
        outcome="unknown",
        recorded_by=worker,
    )
    reflection = ReflectionFactory(
        author=worker, title="Gesprek met de buren", status="submitted", situation=situation
    )
    return situation, due, chat, reflection


@pytest.mark.parametrize("device", WIDTHS, ids=list(WIDTHS))
def test_a_workers_day(browser, live_server, device):
    team = TeamFactory(name="Wijkteam Noord")
    worker = make_worker(team, username="sanne", first_name="Sanne", last_name="de Vries")
    make_lead(team, username="joke", first_name="Joke", last_name="Visser")
    situation, due, chat, reflection = _day(team, worker)
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": WIDTHS[device], "height": 844},
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    main = page.get_by_role("main")

    # Monday morning: the start page lists the outcome that is due and leads to its form.
    log_in(page, "sanne")
    main.get_by_role("link", name="Buurtgesprek in de hal").click()
    page.wait_for_url(f"**/situaties/{situation.pk}/inzet/{due.pk}/**")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Buurtgesprek in de hal")

    # The catalogue finds an activity by the name of its target group.
    page.goto("/activiteiten/")
    page.get_by_label("Zoeken", exact=True).fill("Mensen met LVB")
    page.get_by_label("Zoeken", exact=True).press("Enter")
    expect(main.get_by_role("link", name="Pictogrammen bij de huisregels")).to_be_visible()
    expect(main.get_by_role("link", name="Buurtbarbecue")).to_have_count(0)

    # On the situation's advice a double click records the activity once.
    page.goto(f"/situaties/{situation.pk}/advies/")
    record = main.get_by_role(
        "button", name=re.compile(r"^Vastleggen als ingezet\s*:\s*Keukentafelgesprek$")
    )
    if connection.vendor == "postgresql":
        record.dblclick()
    else:
        # The SQLite test server's threads share one in-memory connection, so two requests
        # at once cannot run there; the race itself is tested on PostgreSQL.
        record.click()
        expect(page).to_have_url(re.compile(rf"/situaties/{situation.pk}/\?ingezet=\d+$"))
        page.go_back()
        expect(record).to_be_visible()
        record.click()
    # A double click aborts the first navigation; wait for where the page ends up.
    expect(page).to_have_url(re.compile(rf"/situaties/{situation.pk}/\?ingezet=\d+$"))
    expect(page.locator(".messages")).to_contain_text("Keukentafelgesprek")
    assert Deployment.objects.filter(situation=situation, activity=chat).count() == 1

    # E-mail right away, chosen in the notification settings.
    page.goto("/meldingen/instellingen/")
    page.get_by_label("Meteen").check()
    page.get_by_role("button", name="Instellingen opslaan").click()
    expect(page.locator(".messages")).to_be_visible()
    log_out(page)

    # The team lead returns the reflection.
    log_in(page, "joke")
    page.goto(reflection.get_absolute_url())
    page.get_by_label("Jouw feedback").fill("Wat deed je toen de buren boos werden?")
    page.get_by_role("button", name="Teruggeven om aan te passen").click()
    expect(page.locator(".messages")).to_be_visible()
    assert Reflection.objects.get(pk=reflection.pk).status == Reflection.Status.RETURNED
    log_out(page)

    # The worker got one e-mail that says what happened, not what anyone wrote ...
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [worker.email]
    assert "Joke Visser" in message.body
    assert "Wat deed je" not in message.body and reflection.title not in message.body
    # ... and a badge, also on a phone without opening the menu.
    log_in(page, "sanne")
    badge = page.get_by_role("link", name="Meldingen, 1 ongelezen")
    expect(badge).to_be_visible()
    badge.click()
    page.get_by_role("main").get_by_role("button").filter(has_text="Joke Visser").first.click()
    page.wait_for_url(f"**{reflection.get_absolute_url()}")
    expect(page.get_by_role("link", name="Meldingen", exact=True)).to_be_visible()
    context.close()


def log_out(page):
    """Through the account menu; on a phone the menu is folded behind its button first."""
    toggler = page.locator(".navbar-toggler")
    if toggler.is_visible():
        toggler.click()
        expect(page.locator("#main-nav.show")).to_be_visible()  # wait for the fold to open
    page.locator("details.account-menu > summary").click()
    logout = page.get_by_role("button", name="Uitloggen")
    expect(logout).to_be_visible()
    logout.click()
    page.wait_for_url("**/accounts/**")


def log_in(page, username):
    log_in_with_the_form(page, get_user_model().objects.get(username=username))
