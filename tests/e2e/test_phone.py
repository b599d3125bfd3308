"""Phone first: every main page fits a phone's width (no sideways scrolling) at 360 and 390 px,
and on the pages with a long form or filters the thing you came for is on the first screen.
On a laptop, the menu stays on one line.

The pages are those of the accessibility walk (tests/e2e/test_accessibility.py), in the same
states (with errors, with results, after a conflict). One
browser session per role visits them all, so the test stays quick.
"""

from collections import defaultdict

import pytest
from playwright.sync_api import expect

from tests.e2e.test_accessibility import PAGES, build_world, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE_WIDTHS = (360, 390)
PHONE_HEIGHT = 800


# What overflows, for the failure message: the widest elements that stick out on the right.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && box.width > 0 && !el.closest('.table-responsive, pre')) {
      out.push(`${el.tagName.toLowerCase()}.${String(el.className).trim().replace(/\\s+/g, '.')} → ${Math.round(box.right)}px`);
    }
  }
  return {scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 6)};
}"""


def phone_pages():
    by_role = defaultdict(list)
    for spec in PAGES:
        if spec.role and not spec.admin:
            by_role[spec.role].append(spec)
    return by_role


@pytest.mark.parametrize("role", sorted(phone_pages()))
def test_no_page_scrolls_sideways_on_a_phone(browser, live_server, role):
    world = build_world()
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 390, "height": PHONE_HEIGHT}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, role)
    problems = []
    for spec in phone_pages()[role]:
        # Load (and act) once; then narrow the window: the page reflows as on a smaller phone.
        page.set_viewport_size({"width": PHONE_WIDTHS[-1], "height": PHONE_HEIGHT})
        url = spec.url(world)
        response = page.goto(url)
        assert response.status == spec.status, f"{url} answered {response.status}"
        if spec.action:
            spec.action(page, world)
        for width in reversed(PHONE_WIDTHS):
            page.set_viewport_size({"width": width, "height": PHONE_HEIGHT})
            measured = page.evaluate(OVERFLOW)
            if measured["scroll"] > measured["width"]:
                problems.append(
                    f"{spec.name} at {width}px is {measured['scroll']}px wide: {measured['out']}"
                )
    context.close()
    assert not problems, "\n".join(problems)


def test_on_a_phone_the_advice_comes_before_the_questionnaire(page):
    """After "Read my description", the advice is on the first screen; the form follows."""
    world = build_world()
    page.set_viewport_size({"width": 390, "height": PHONE_HEIGHT})
    log_in(page, "werker")
    page.goto("/advies/?niveau=spanning&wie=groups&doel=kennismaken")
    heading = page.get_by_role("heading", name="Aanpakken die passen")
    expect(heading).to_be_visible()
    assert (
        heading.bounding_box()["y"]
        < page.get_by_role("heading", name="Jouw situatie").bounding_box()["y"]
    )
    assert heading.bounding_box()["y"] < PHONE_HEIGHT * 1.5
    page.goto(f"/situaties/{world.situation.pk}/advies/")
    assert (
        page.get_by_role("heading", name="Aanpakken die passen").bounding_box()["y"] < PHONE_HEIGHT
    )


@pytest.mark.parametrize("path", ["/activiteiten/", "/situaties/", "/reflecties/"])
def test_on_a_phone_the_filters_fold_away_and_the_list_is_on_the_first_screen(page, path):
    build_world()
    page.set_viewport_size({"width": 390, "height": PHONE_HEIGHT})
    log_in(page, "werker")
    page.goto(path)
    toggle = page.get_by_role("button", name="Filters tonen")
    expect(toggle).to_be_visible()
    expect(page.locator("#filters")).to_be_hidden()
    first_row = page.locator("main :is(table tbody tr, .list-group-item, article)").first
    assert first_row.bounding_box()["y"] < PHONE_HEIGHT, (
        f"{path}: the list starts below the first screen"
    )
    toggle.click()
    expect(page.locator("#filters")).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": PHONE_HEIGHT})
    page.goto(path)
    expect(page.locator("#filters")).to_be_visible()
    expect(toggle).to_be_hidden()


@pytest.mark.parametrize("width", [1200, 1280, 1366])
def test_on_a_laptop_a_team_leads_menu_fits_on_one_line(page, width):
    """The team lead has the longest menu (review queue with a count, overview, audit trail)."""
    build_world()
    page.set_viewport_size({"width": width, "height": PHONE_HEIGHT})
    log_in(page, "teamleider")
    page.goto("/")
    links = page.locator("nav.navbar .nav-link")
    expect(page.get_by_role("link", name="Logboek")).to_be_visible()
    tops = {round(box["y"]) for box in (link.bounding_box() for link in links.all()) if box}
    heights = {round(box["height"]) for box in (link.bounding_box() for link in links.all()) if box}
    assert len(tops) == 1 and len(heights) == 1, f"the menu wraps at {width}px: {tops}, {heights}"
    assert page.evaluate("document.documentElement.scrollWidth") == width
