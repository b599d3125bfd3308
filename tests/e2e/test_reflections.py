"""The reflection cycle in a browser: write, submit, return with feedback, resubmit, review,
export as CSV and as the print page."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_lead, make_worker
from tests.e2e.conftest import open_account_menu_and_log_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LEVELS = [
    ("ongemak", "Ongemak"),
    ("spanning", "Spanning"),
    ("incidenten", "Incidenten"),
    ("escalatie", "Escalatie"),
]


def _situation(team, owner):
    from activities.models import Level
    from situations.models import Neighbourhood, Situation

    for order, (slug, name) in enumerate(LEVELS, start=1):
        Level.objects.get_or_create(
            slug=slug, defaults={"order": order, "name": name, "short": name}
        )
    neighbourhood = Neighbourhood.objects.create(name="Overvecht", municipality="Utrecht")
    return Situation.objects.create(
        title="Spanning rond het speelveld",
        description="Jongeren en ouderen botsen over geluid op het speelveld.",
        neighbourhood=neighbourhood,
        team=team,
        level=Level.objects.get(slug="spanning"),
        owner=owner,
    )


def _log_out(page):
    open_account_menu_and_log_out(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent uitgelogd")


def _nav(page):
    return page.get_by_role("navigation", name="Hoofdmenu")


def test_a_reflection_goes_round_the_review_cycle_and_into_the_portfolio(page, log_in):
    team = TeamFactory(name="Wijkteam Oost")
    worker = make_worker(team, username="sanne", first_name="Sanne", last_name="de Vries")
    lead = make_lead(team, username="joke", first_name="Joke", last_name="Visser")
    situation = _situation(team, worker)

    # The worker writes a STARR reflection linked to the situation and submits it.
    log_in(worker)
    _nav(page).get_by_role("link", name="Mijn reflecties").click()
    expect(page.get_by_text("Je hebt nog geen reflecties geschreven")).to_be_visible()
    page.get_by_role("link", name="Reflectie schrijven").click()
    page.get_by_role("link", name=re.compile("^STARR")).click()
    page.get_by_label("Titel").fill("Bewonersavond over het speelveld")
    page.get_by_label("Datum van de activiteit").fill("2025-03-12")
    page.get_by_label("Categorie").select_option(label="intervisie")
    page.get_by_label("Bestede minuten").fill("75")
    page.get_by_label("Situatie in de wijk").select_option(label=situation.title)
    page.get_by_label("Situatie", exact=True).fill(
        "Avond in het buurthuis met jongeren en ouderen."
    )
    page.get_by_label("Taak", exact=True).fill("Ik leidde het gesprek.")
    page.get_by_label("Actie", exact=True).fill("Ik liet iedereen om de beurt praten.")
    page.get_by_label("Resultaat", exact=True).fill("Er kwam een afspraak over speeltijden.")
    page.get_by_label("Reflectie", exact=True).fill("Ik praatte zelf te veel.")
    page.get_by_label("Leerpunten").fill("Meer stiltes laten vallen; één vraag tegelijk.")
    page.get_by_role("button", name="Opslaan als concept").click()
    expect(page.get_by_text("Je reflectie is opgeslagen als concept.")).to_be_visible()
    expect(page.get_by_text(situation.title)).to_be_visible()
    page.get_by_role("button", name="Insturen naar mijn teamleider").click()
    expect(page.get_by_text("Je reflectie is ingestuurd.")).to_be_visible()
    expect(page.get_by_role("link", name="Aanpassen")).to_have_count(0)
    _log_out(page)

    # The lead sees it in the queue (with the count in the navigation) and returns it.
    log_in(lead)
    queue_link = _nav(page).get_by_role("link", name=re.compile("Beoordelen"))
    expect(queue_link).to_contain_text("1")
    queue_link.click()
    page.get_by_role("link", name="Bewonersavond over het speelveld").click()
    expect(page.get_by_text("Ik praatte zelf te veel.")).to_be_visible()
    page.get_by_label("Wat moet de schrijver aanpassen?").fill(
        "Wat deed je toen het onrustig werd?"
    )
    page.get_by_role("button", name="Terugsturen naar de schrijver").click()
    expect(page.get_by_text("De reflectie is met jouw feedback teruggestuurd")).to_be_visible()
    expect(page.get_by_text("Niets te beoordelen")).to_be_visible()
    _log_out(page)

    # The worker reads the feedback, edits and resubmits.
    log_in(worker)
    _nav(page).get_by_role("link", name="Mijn reflecties").click()
    expect(page.get_by_role("cell", name="teruggestuurd")).to_be_visible()
    page.get_by_role("link", name="Bewonersavond over het speelveld").click()
    expect(page.get_by_text("Wat deed je toen het onrustig werd?")).to_be_visible()
    page.get_by_role("link", name="Aanpassen").click()
    page.get_by_label("Actie", exact=True).fill(
        "Ik liet iedereen om de beurt praten. Toen het onrustig werd, vatte ik samen wat ik hoorde."
    )
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text("Je wijzigingen zijn opgeslagen.")).to_be_visible()
    page.get_by_role("button", name="Opnieuw insturen").click()
    expect(page.get_by_text("Je reflectie is ingestuurd.")).to_be_visible()
    _log_out(page)

    # The lead marks it reviewed.
    log_in(lead)
    _nav(page).get_by_role("link", name=re.compile("Beoordelen")).click()
    page.get_by_role("link", name="Bewonersavond over het speelveld").click()
    expect(page.get_by_text("vatte ik samen wat ik hoorde")).to_be_visible()
    page.get_by_label("Afsluitende woorden (niet verplicht)").fill("Mooi gegroeid, dank je.")
    page.get_by_role("button", name="Markeren als beoordeeld").click()
    expect(page.get_by_text("De reflectie is gemarkeerd als beoordeeld.")).to_be_visible()
    _log_out(page)

    # The worker exports the period as CSV and opens the print page.
    log_in(worker)
    _nav(page).get_by_role("link", name="Mijn reflecties").click()
    page.get_by_role("link", name="Exporteren").click()
    page.get_by_label("Van").fill("2025-01-01")
    page.get_by_label("Tot en met").fill("2025-12-31")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Downloaden als CSV").click()
    download = download_info.value
    assert download.suggested_filename == "reflecties-2025-01-01-2025-12-31.csv"
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows == [
        [
            "Datum",
            "Titel",
            "Categorie",
            "Minuten",
            "Reflectiemodel",
            "Situatie",
            "Leerpunten",
            "Status",
        ],
        [
            "2025-03-12",
            "Bewonersavond over het speelveld",
            "intervisie",
            "75",
            "STARR",
            "Spanning rond het speelveld",
            "Meer stiltes laten vallen; één vraag tegelijk.",
            "beoordeeld",
        ],
    ]

    page.get_by_role("button", name="Printpagina tonen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Portfolio: mijn reflecties")
    totals = page.get_by_role("table", name="Bestede tijd per categorie")
    expect(totals.get_by_role("row", name=re.compile("Intervisie"))).to_contain_text("75")
    expect(totals.get_by_role("row", name=re.compile("Totaal"))).to_contain_text("1,3")
    expect(page.locator("article.print-page")).to_have_count(1)
    expect(page.get_by_text("beoordeeld door Joke Visser")).to_be_visible()
    expect(page.get_by_role("button", name="Printen of bewaren als pdf")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Printen of bewaren als pdf")).to_be_hidden()
    expect(_nav(page)).to_be_hidden()
