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
    page.get_by_label("Welke activiteit uit de catalogus heb je ingezet?").select_option(
        str(activity.pk)
    )
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
    deployments = page.get_by_role("table", name=re.compile("Activiteiten uit de catalogus"))
    expect(deployments).to_contain_text("Keukentafelgesprek")
    expect(deployments).to_contain_text("Werkte")
    expect(deployments.locator(".badge-level")).to_have_text("Incidenten")
