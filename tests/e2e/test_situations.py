import re

import pytest
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_worker
from tests.situations.factories import ActivityFactory, NeighbourhoodFactory, all_levels

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def change_level(page, level):
    page.get_by_role("link", name="Bewerken", exact=True).click()
    page.get_by_label(level, exact=True).check()
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text("Je wijzigingen zijn opgeslagen.")).to_be_visible()


def test_a_worker_follows_a_situation_from_creation_to_a_deployment(page, log_in):
    all_levels()
    team = TeamFactory(name="Wijkteam Oost")
    NeighbourhoodFactory(name="Molenkwartier", municipality="Voorbeeldstad", teams=[team])
    activity = ActivityFactory(name="Keukentafelgesprek", slug="keukentafelgesprek")
    log_in(make_worker(team, username="sanne", first_name="Sanne"))

    page.goto("/situaties/")
    expect(page.get_by_text("Je team heeft nog geen situaties beschreven.")).to_be_visible()
    page.get_by_role("link", name="Nieuwe situatie").click()
    page.get_by_label("Titel").fill("Ergernis over geluid in het portiek")
    page.get_by_label("Wijk").select_option(label="Molenkwartier (Voorbeeldstad)")
    page.get_by_label("Wat speelt er?").fill(
        "Bewoners ergeren zich aan geluid laat op de avond en spreken elkaar er niet op aan."
    )
    page.get_by_label("Ongemak", exact=True).check()
    page.get_by_label("Leervraag 1", exact=True).fill("Hoe bereik ik de bewoners die niet komen?")
    page.get_by_label("Leervraag 2", exact=True).fill("Wat helpt buren om elkaar aan te spreken?")
    # JavaScript adds a third row; it stays empty and is ignored.
    page.get_by_role("button", name="Leervraag toevoegen").click()
    expect(page.get_by_label("Leervraag 3", exact=True)).to_be_focused()
    page.get_by_role("button", name="Situatie opslaan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Ergernis over geluid in het portiek")
    questions = page.get_by_role("region", name="Leervragen").get_by_role("listitem")
    expect(questions).to_have_text(
        ["Hoe bereik ik de bewoners die niet komen?", "Wat helpt buren om elkaar aan te spreken?"]
    )

    change_level(page, "Spanning")
    change_level(page, "Incidenten")

    page.get_by_role("link", name="Ingezette activiteit vastleggen").click()
    page.get_by_label(nl("From the catalogue")).select_option(str(activity.pk))
    page.get_by_label("Werkte", exact=True).check()
    page.get_by_label("Notitie").fill("Buren maakten samen afspraken over de avonduren.")
    page.get_by_role("button", name="Activiteit opslaan").click()
    expect(page.get_by_text("De activiteit en de uitkomst zijn vastgelegd.")).to_be_visible()

    trajectory = page.get_by_role("table", name="Het verloop als tabel")
    expect(trajectory.locator("tbody tr")).to_have_count(3)
    expect(trajectory.locator("tbody .badge-level")).to_have_text(
        ["Ongemak", "Spanning", "Incidenten"]
    )
    chart = page.get_by_role("img", name="Niveau door de tijd")
    expect(chart.locator("circle")).to_have_count(3)
    deployments = page.get_by_role(
        "table", name=nl("Activities used in this situation, and how they went")
    )
    expect(deployments).to_contain_text("Keukentafelgesprek")
    expect(deployments).to_contain_text("Werkte")
    expect(deployments.locator(".badge-level")).to_have_text("Incidenten")


def nl(msgid):
    """The Dutch text of a msgid (the English one until it is translated)."""
    from django.utils import translation

    with translation.override("nl"):
        return translation.gettext(msgid)


def named(label, name):
    """The accessible name of "<label><visually hidden>: <name>" (Chromium may put a space
    before the colon of the hidden part)."""
    return re.compile(rf"^{re.escape(label)}\s*:\s*{re.escape(name)}$")


@pytest.fixture
def field_situation():
    """A worker's situation at ongemak, and an activity the advice recommends there."""
    from tests.situations.factories import SituationFactory

    levels = {level.slug: level for level in all_levels()}
    team = TeamFactory(name="Wijkteam Oost")
    place = NeighbourhoodFactory(name="Molenkwartier", municipality="Voorbeeldstad", teams=[team])
    worker = make_worker(team, username="sanne", first_name="Sanne")
    activity = ActivityFactory(name="Burendag", slug="burendag")
    situation = SituationFactory(
        title="Ergernis over geluid in het portiek",
        team=team,
        neighbourhood=place,
        owner=worker,
        level=levels["ongemak"],
    )
    return worker, situation, activity


def test_record_as_tried_records_once_can_be_undone_and_removed(page, log_in, field_situation):
    from django.db import connection

    from situations.models import Deployment

    worker, situation, activity = field_situation
    log_in(worker)
    posts = []
    page.on(
        "request",
        lambda request: (
            posts.append(request.url)
            if request.method == "POST" and "/advies/" in request.url
            else None
        ),
    )
    record = page.get_by_role("button", name=named("Vastleggen als ingezet", activity.name))
    deployments = page.get_by_role(
        "table", name=nl("Activities used in this situation, and how they went")
    )

    # A double click, and one more click after going back: the situation shows it once.
    page.goto(f"/situaties/{situation.pk}/advies/")
    if connection.vendor == "postgresql":
        record.dblclick()
    else:
        # The SQLite test server's threads share one in-memory connection, so two requests at
        # once cannot run there; the race itself is tested on PostgreSQL (test_deployments).
        record.click()
    # A double click aborts the first navigation; wait for where the page ends up.
    expect(page).to_have_url(re.compile(rf"/situaties/{situation.pk}/\?ingezet=\d+$"))
    expect(deployments.locator("tbody tr")).to_have_count(1)
    page.go_back()
    record.click()
    page.wait_for_url(re.compile(rf"/situaties/{situation.pk}/\?ingezet=\d+$"))
    expect(deployments.locator("tbody tr")).to_have_count(1)
    expect(deployments).to_contain_text("Burendag")
    assert len(posts) >= 2
    assert Deployment.objects.filter(situation=situation).count() == 1

    # Undo, right under the message.
    page.get_by_role("button", name=named(nl("Undo"), activity.name)).click()
    expect(page.locator(".messages")).to_contain_text("Burendag")
    expect(deployments).to_have_count(0)
    assert Deployment.objects.filter(situation=situation).count() == 0

    # Record once more, then remove it through the confirmation page.
    page.goto(f"/situaties/{situation.pk}/advies/")
    record.click()
    expect(deployments.locator("tbody tr")).to_have_count(1)
    deployments.get_by_role("link", name=named(nl("Remove"), activity.name)).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Burendag")
    page.get_by_role("button", name=nl("Yes, remove it")).click()
    page.wait_for_url(re.compile(rf"/situaties/{situation.pk}/$"))
    expect(deployments).to_have_count(0)
    assert Deployment.objects.filter(situation=situation).count() == 0


def test_the_activity_list_filters_as_you_type(page, log_in, field_situation):
    worker, situation, _activity = field_situation
    ActivityFactory(name="Buurtkamer", slug="buurtkamer")
    ActivityFactory(name="Wijkkaart", slug="wijkkaart", kind="tool")
    log_in(worker)
    page.goto(f"/situaties/{situation.pk}/inzet/nieuw/")
    select = page.get_by_label(nl("From the catalogue"))
    expect(select.locator("optgroup")).to_have_count(2)
    page.get_by_label(nl("Search the list")).fill("kaart")
    expect(select.locator("option:not([value=''])")).to_have_text(["Wijkkaart"])
    expect(page.locator("#activity-search-status")).to_contain_text("1")
    page.get_by_label(nl("Search the list")).fill("bu")
    expect(select.locator("option:not([value=''])")).to_have_text(["Burendag", "Buurtkamer"])
    select.select_option(label="Buurtkamer")
    page.get_by_label(nl("Search the list")).fill("")
    expect(select.locator("option:not([value=''])")).to_have_count(3)
    expect(select).to_have_value(
        str(select.locator("option", has_text="Buurtkamer").get_attribute("value"))
    )
    page.get_by_label("Werkte", exact=True).check()
    page.get_by_role("button", name="Activiteit opslaan").click()
    deployments = page.get_by_role(
        "table", name=nl("Activities used in this situation, and how they went")
    )
    expect(deployments).to_contain_text("Buurtkamer")


def test_the_situation_page_does_not_scroll_sideways_on_a_phone(page, log_in, field_situation):
    from tests.situations.factories import DeploymentFactory, ObservationFactory

    worker, situation, activity = field_situation
    ObservationFactory(situation=situation, note="Een lange notitie " * 8)
    DeploymentFactory(situation=situation, activity=activity, note="Afspraken gemaakt " * 6)
    other = DeploymentFactory(
        situation=situation, activity=None, other_activity="Koffie op het pleintje bij de flat"
    )
    log_in(worker)
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("", "inzet/nieuw/", f"inzet/{other.pk}/verwijderen/"):
        page.goto(f"/situaties/{situation.pk}/{path}")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
