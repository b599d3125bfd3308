import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_worker
from tests.activities.factories import (
    ActivityFactory,
    GoalFactory,
    TargetGroupFactory,
    all_levels,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_worker_filters_the_catalogue_on_a_level_and_reads_an_activity(page, log_in):
    all_levels()
    contact = GoalFactory(slug="kennismaken", name="Kennismaken")
    ActivityFactory(
        name="Buurt-bbq",
        slug="buurt-bbq",
        goals=[contact],
        fits={
            "ongemak": "recommended",
            "spanning": ("avoid", "Een feestje lost spanning niet op."),
        },
    )
    ActivityFactory(
        name="Dialoogbijeenkomst",
        slug="dialoogbijeenkomst",
        goals=[contact],
        fits={
            "ongemak": "conditional",
            "spanning": ("recommended", "Bewoners leren elkaar echt kennen."),
        },
    )
    log_in(make_worker(TeamFactory(name="Wijkteam Oost"), username="sanne"))

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Catalogus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Catalogus van activiteiten")
    expect(page.get_by_text("2 activiteiten gevonden")).to_be_visible()

    page.get_by_label("Niveau", exact=True).select_option(label="Spanning")
    page.get_by_label("Past bij dit niveau").select_option(label="past")
    page.get_by_role("button", name="Toon activiteiten").click()
    expect(page).to_have_url(re.compile(r"niveau=spanning.*past=recommended"))
    expect(page.get_by_text("1 activiteit gevonden")).to_be_visible()
    expect(page.get_by_role("link", name="Buurt-bbq")).to_have_count(0)

    page.get_by_role("link", name="Dialoogbijeenkomst").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dialoogbijeenkomst")
    table = page.get_by_role("table")
    expect(table.locator("caption")).to_contain_text("past bij elk niveau")
    spanning = table.get_by_role("row").filter(has_text="Spanning")
    expect(spanning).to_contain_text("past")
    expect(spanning).to_contain_text("Bewoners leren elkaar echt kennen.")
    expect(table.get_by_role("row")).to_have_count(6)  # header, four levels and the aftercare

    page.get_by_role("link", name="Terug naar de catalogus (met je filters)").click()
    expect(page).to_have_url(re.compile(r"niveau=spanning"))
    expect(page.get_by_label("Niveau", exact=True)).to_have_value("spanning")


def test_a_worker_finds_the_activities_for_a_target_group_by_its_name(page, log_in):
    """Typing the target group's name finds its activities (not only those that mention it), and
    the page offers the exact filter; on a phone the search box stays on the first screen."""
    all_levels()
    lvb = TargetGroupFactory(
        slug="lvb",
        name="Mensen met een licht verstandelijke beperking (LVB)",
        synonyms="licht verstandelijke beperking\nlvb\nzwakbegaafd",
    )
    for name in ("Genogram", "Buurtcirkel", "Kwartiermaken"):
        ActivityFactory(name=name, target_groups=[lvb])
    ActivityFactory(name="Buurt-bbq", summary="Samen eten in de straat.")
    log_in(make_worker(TeamFactory(name="Wijkteam Oost"), username="sanne"))
    with translation.override("nl"):
        offer_link = gettext("Filter on this target group")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/activiteiten/")
    search_box = page.get_by_label("Zoeken", exact=True)
    expect(search_box).to_be_visible()
    expect(page.locator("#filters")).to_be_hidden()  # folded away on a phone
    search_box.fill("Mensen met LVB")
    search_box.press("Enter")

    expect(page.get_by_text("3 activiteiten gevonden")).to_be_visible()
    results = page.locator(".activity-results h3")
    expect(results).to_have_text(["Buurtcirkel", "Genogram", "Kwartiermaken"])
    expect(page.locator(".search-suggestion")).to_contain_text(lvb.name)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.get_by_role("link", name=offer_link).click()
    expect(page).to_have_url(re.compile(r"/activiteiten/\?doelgroep=lvb$"))
    expect(page.get_by_text("3 activiteiten gevonden")).to_be_visible()
    expect(page.get_by_label("Zoeken", exact=True)).to_have_value("")
    page.get_by_role("button", name=re.compile("Filters tonen|Show filters")).click()
    expect(page.locator("#filters")).to_be_visible()
    expect(page.locator("#filters").get_by_role("checkbox", name=lvb.name)).to_be_checked()
