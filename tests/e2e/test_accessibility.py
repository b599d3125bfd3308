"""WCAG 2.1 AA as a tested property: axe-core on every main page, per role, with realistic data
(the real catalogue, the demo team with its situations, reflections in each model); a keyboard
walk through the situation form; and every page loaded under the real CSP without violations.

axe-core is a test-only dependency, vendored in tests/e2e/vendor/axe-core/ (MPL-2.0) and injected
into a browser context that bypasses the CSP; the CSP test itself uses a normal context.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F
from playwright.sync_api import expect

from activities.catalogue_io import load_catalogue, read_fixtures
from activities.models import Activity
from reflections.models import Reflection
from situations.demo import create_demo_situations
from situations.models import Situation
from tests.e2e.conftest import log_in_with_the_form
from tests.reflections.factories import FeedbackFactory, ReflectionFactory
from wijkwerk.accounts.roles import sync_role_groups
from wijkwerk.demo import DEMO_PASSWORD, create_demo_accounts

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE_PATH = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}

KORTHAGEN_ANSWERS = {
    "acting": "Ik zat een bewonersoverleg voor over de speeltuin.",
    "looking_back": "Ik merkte dat ik vooral de mondige bewoners het woord gaf.",
    "essential_aspects": "Stille bewoners haakten af; ik wilde snel tot een besluit komen.",
    "alternatives": "Een rondje langs iedereen, of in kleine groepjes laten praten.",
    "trying_out": "Volgende keer begin ik met een rondje waarin iedereen iets zegt.",
}
SHORT_ANSWERS = {
    "conversation": "Kort gesprek met een bewoner over afval bij de container.",
    "own_part": "Ik luisterde en vroeg door.",
    "what_worked": "Samen kijken naar wat wel lukt.",
    "take_along": "Eerst vragen, dan pas tips geven.",
}


@dataclass
class World:
    """The data every page test shares; built fresh per test (the live server needs a
    transactional database)."""

    users: dict
    situation: Situation
    closed_situation: Situation
    activity: Activity
    reflections: dict[str, Reflection] = field(default_factory=dict)


def build_world() -> World:
    sync_role_groups(django_apps)  # a transactional test flushed the data migration's groups
    load_catalogue(*read_fixtures(Path(settings.BASE_DIR) / "fixtures"))
    team, users, _created = create_demo_accounts()
    create_demo_situations(team=team, users=users)
    werker = users["werker"]
    situation = (
        Situation.objects.filter(owner=werker)
        .exclude(status=Situation.Status.CLOSED)
        .order_by("-level__order", "pk")
        .first()
    )
    closed = Situation.objects.filter(status=Situation.Status.CLOSED).first() or situation
    deployment = situation.deployments.select_related("activity").first()
    activity = deployment.activity if deployment else Activity.objects.order_by("pk").first()
    world = World(users=users, situation=situation, closed_situation=closed, activity=activity)
    world.reflections["starr"] = ReflectionFactory(
        author=werker, model="starr", situation=situation, status="submitted"
    )
    FeedbackFactory(
        reflection=world.reflections["starr"],
        author=users["teamleider"],
        text="Mooi dat je open vragen stelde. Wat deed je met de stille bewoners?",
    )
    world.reflections["korthagen"] = ReflectionFactory(
        author=werker, model="korthagen", answers=KORTHAGEN_ANSWERS, status="reviewed"
    )
    world.reflections["short"] = ReflectionFactory(
        author=werker, model="short", answers=SHORT_ANSWERS, category="intervisie"
    )
    world.reflections["returned"] = ReflectionFactory(author=werker, status="returned")
    FeedbackFactory(
        reflection=world.reflections["returned"],
        author=users["teamleider"],
        kind="returned",
        text="Wil je het resultaat concreter maken?",
    )
    return world


@dataclass(frozen=True)
class Page:
    """One page to check: who looks at it, how to get its address from the data, and an
    optional action that brings the page into the state to check (e.g. a failed submit)."""

    name: str
    role: str | None  # demo username, None for an anonymous visitor
    url: Callable[[World], str]
    action: Callable | None = None  # action(page, world)
    status: int = 200
    admin: bool = False

    def __str__(self):
        return self.name


def submit_empty(button_name, *, clear=()):
    """Submit the form with its required fields empty (``clear``: CSS selectors of fields that
    come prefilled), so it comes back with the error messages."""

    def _submit(page, world):
        for selector in clear:
            page.locator(selector).fill("")
        page.get_by_role("button", name=button_name).click()
        expect(page.locator(".invalid-feedback").first).to_be_visible()

    return _submit


def log_in_wrongly(page, world):
    page.get_by_label("Gebruikersnaam").fill("werker")
    page.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator(".alert-danger")).to_be_visible()


def save_observation(page, world):
    """A valid save: the detail page then shows the success message."""
    page.get_by_label("Spanning", exact=True).check()
    page.get_by_label("Notitie").fill("Het was rustiger in het portiek.")
    page.get_by_role("button", name="Waarneming opslaan").click()
    page.wait_for_url(f"**/situaties/{world.situation.pk}/")
    expect(page.locator(".messages .alert-success")).to_be_visible()


def describe_situation(page, world):
    """The questionnaire after reading a description: suggestions marked, advice shown."""
    page.get_by_label("Wat speelt er?").fill(
        "Een bewoner met verward gedrag schreeuwt 's nachts in het portiek. De buren zijn bang."
    )
    page.get_by_role("button", name="Lees mijn beschrijving").click()
    expect(page.get_by_text("We hebben je beschrijving gelezen.")).to_be_visible()


def save_after_someone_else(page, world):
    """Someone else saves while this form is open: the form comes back with the conflict page."""
    Situation.objects.filter(pk=world.situation.pk).update(
        description="Een collega heeft de beschrijving intussen aangepast.",
        version=F("version") + 1,
    )
    page.get_by_label("Titel").fill("Overlast in het portiek, aangepast")
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.locator("section.conflict")).to_be_visible()


def situation_url(suffix=""):
    return lambda w: f"/situaties/{w.situation.pk}/{suffix}"


def reflection_url(model, suffix=""):
    return lambda w: f"/reflecties/{w.reflections[model].pk}/{suffix}"


PAGES = [
    Page("login", None, lambda w: "/accounts/login/"),
    Page("login-errors", None, lambda w: "/accounts/login/", action=log_in_wrongly),
    Page("dashboard-werker", "werker", lambda w: "/"),
    Page("dashboard-teamleider", "teamleider", lambda w: "/"),
    Page("dashboard-beheerder", "beheerder", lambda w: "/"),
    Page("situations-list", "werker", lambda w: "/situaties/"),
    Page("situations-list-filtered", "werker", lambda w: "/situaties/?niveau=spanning&q=buren"),
    Page("situations-list-empty-result", "werker", lambda w: "/situaties/?q=zzzzzz"),
    Page("situation-create", "werker", lambda w: "/situaties/nieuw/"),
    Page(
        "situation-create-errors",
        "werker",
        lambda w: "/situaties/nieuw/",
        action=submit_empty("Situatie opslaan"),
    ),
    Page("situation-detail", "werker", situation_url()),
    Page("situation-detail-closed", "werker", lambda w: f"/situaties/{w.closed_situation.pk}/"),
    Page("situation-detail-colleague", "collega", situation_url()),
    Page("situation-edit", "werker", situation_url("bewerken/")),
    Page(
        "situation-edit-conflict",
        "werker",
        situation_url("bewerken/"),
        action=save_after_someone_else,
    ),
    Page(
        "situation-detail-after-save",
        "werker",
        situation_url("verloop/nieuw/"),
        action=save_observation,
    ),
    Page("situation-delete-confirm", "werker", situation_url("verwijderen/")),
    Page("observation-form", "werker", situation_url("verloop/nieuw/")),
    Page(
        "observation-form-errors",
        "werker",
        situation_url("verloop/nieuw/"),
        action=submit_empty("Waarneming opslaan", clear=["#id_date"]),
    ),
    Page("deployment-form", "werker", situation_url("inzet/nieuw/")),
    Page(
        "deployment-form-errors",
        "werker",
        situation_url("inzet/nieuw/"),
        action=submit_empty("Activiteit opslaan"),
    ),
    Page(
        "deployment-delete-confirm",
        "werker",
        lambda w: (
            f"/situaties/{w.situation.pk}/inzet/"
            f"{w.situation.deployments.filter(recorded_by__username='werker').first().pk}/verwijderen/"
        ),
    ),
    Page("situation-advice", "werker", situation_url("advies/")),
    Page("advice-questionnaire", "werker", lambda w: "/advies/"),
    Page(
        "advice-questionnaire-results",
        "werker",
        lambda w: "/advies/?niveau=spanning&wie=groups&doel=kennismaken",
    ),
    Page(
        "advice-questionnaire-suggestions",
        "werker",
        lambda w: "/advies/",
        action=describe_situation,
    ),
    Page("catalogue-list", "werker", lambda w: "/activiteiten/"),
    Page(
        "catalogue-list-filtered",
        "werker",
        lambda w: "/activiteiten/?niveau=spanning&past=recommended&q=buren",
    ),
    Page("catalogue-list-no-results", "werker", lambda w: "/activiteiten/?q=zzzzzz"),
    Page("catalogue-detail", "werker", lambda w: f"/activiteiten/{w.activity.slug}/"),
    Page("reflections-list", "werker", lambda w: "/reflecties/"),
    Page(
        "reflections-list-no-match",
        "werker",
        lambda w: "/reflecties/?model=short&status=reviewed",
    ),
    Page("reflection-choose-model", "werker", lambda w: "/reflecties/nieuw/"),
    Page("reflection-new-starr", "werker", lambda w: "/reflecties/nieuw/?model=starr"),
    Page("reflection-new-korthagen", "werker", lambda w: "/reflecties/nieuw/?model=korthagen"),
    Page("reflection-new-short", "werker", lambda w: "/reflecties/nieuw/?model=short"),
    Page(
        "reflection-new-errors",
        "werker",
        lambda w: "/reflecties/nieuw/?model=short",
        action=submit_empty("Opslaan als concept"),
    ),
    Page("reflection-detail-starr", "werker", reflection_url("starr")),
    Page("reflection-detail-korthagen", "werker", reflection_url("korthagen")),
    Page("reflection-detail-short", "werker", reflection_url("short")),
    Page("reflection-detail-returned", "werker", reflection_url("returned")),
    Page("reflection-edit", "werker", reflection_url("short", "bewerken/")),
    Page("reflection-delete-confirm", "werker", reflection_url("short", "verwijderen/")),
    Page("reflection-detail-lead", "teamleider", reflection_url("starr")),
    Page("review-queue", "teamleider", lambda w: "/reflecties/beoordelen/"),
    Page("team-overview", "teamleider", lambda w: "/overzicht/"),
    Page(
        "team-overview-wrong-period",
        "teamleider",
        lambda w: "/overzicht/?van=2026-05-01&tot=2026-01-01",
    ),
    Page("audit-trail", "teamleider", lambda w: "/logboek/"),
    Page("notifications", "werker", lambda w: "/meldingen/"),
    Page("notification-settings", "werker", lambda w: "/meldingen/instellingen/"),
    Page("reflections-export", "werker", lambda w: "/reflecties/export/"),
    Page("reflections-export-print", "werker", lambda w: "/reflecties/export/?format=print"),
    Page("password-change", "werker", lambda w: "/accounts/wachtwoord/"),
    Page(
        "password-change-errors",
        "werker",
        lambda w: "/accounts/wachtwoord/",
        action=submit_empty("Nieuw wachtwoord opslaan"),
    ),
    Page("error-403", "werker", lambda w: "/reflecties/beoordelen/", status=403),
    Page("error-404", "werker", lambda w: "/bestaat-niet/", status=404),
    Page("error-404-anonymous", None, lambda w: "/accounts/bestaat-niet/", status=404),
    Page(
        "admin-activity-changelist",
        "beheerder",
        lambda w: "/admin/activities/activity/",
        admin=True,
    ),
    Page(
        "admin-activity-change",
        "beheerder",
        lambda w: f"/admin/activities/activity/{w.activity.pk}/change/",
        admin=True,
    ),
]
PAGE_IDS = [page.name for page in PAGES]


def log_in(page, username):
    log_in_with_the_form(page, get_user_model().objects.get(username=username), DEMO_PASSWORD)


def open_page(page, spec: Page, world: World, *, before_visit=None):
    """Log in as the page's role, go to the page and bring it into the state to check."""
    if spec.role:
        log_in(page, spec.role)
    if before_visit:
        before_visit(page)
    url = spec.url(world)
    response = page.goto(url)
    assert response.status == spec.status, f"{url} answered {response.status}"
    if spec.action:
        spec.action(page, world)
    return url


@pytest.fixture
def axe_page(browser, live_server):
    """A page in a context that bypasses the CSP, ONLY so axe-core can be injected."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE_PATH))
    result = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            lines.append(f"    target {json.dumps(node['target'])}: {node['html'][:200]}")
            summary = node.get("failureSummary") or ""
            lines.extend(f"      {line}" for line in summary.splitlines())
    return "\n".join(lines)


@pytest.mark.parametrize("spec", PAGES, ids=PAGE_IDS)
def test_it_has_no_serious_accessibility_violations(axe_page, spec):
    world = build_world()
    url = open_page(axe_page, spec, world)
    violations = run_axe(axe_page)
    if violations:
        print(f"\naxe on {spec.name} ({url}):\n{describe(violations)}")
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if spec.admin:
        blocking = without_known_admin_issues(blocking)
    assert not blocking, f"{spec.name} ({url}) has accessibility violations:\n{describe(blocking)}"


# Violations in Django's own admin templates and scripts, not ours to fix: they are printed
# above, but only a violation not on this list fails the test. (rule id, selector fragment)
KNOWN_ADMIN_ISSUES = {
    # filter_horizontal (SelectFilter2.js) puts aria-label on a plain <span> search icon.
    ("aria-prohibited-attr", ".help-tooltip"),
}


def without_known_admin_issues(violations: list[dict]) -> list[dict]:
    remaining = []
    for violation in violations:
        nodes = [
            node
            for node in violation["nodes"]
            if not any(
                rule == violation["id"] and fragment in " ".join(node["target"])
                for rule, fragment in KNOWN_ADMIN_ISSUES
            )
        ]
        if nodes:
            remaining.append({**violation, "nodes": nodes})
    return remaining


# Keyboard ------------------------------------------------------------------------------------

FOCUS_INFO = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    type: el.getAttribute('type'),
    name: el.getAttribute('name'),
    text: (el.innerText || el.value || '').trim().slice(0, 60),
    classes: el.className,
    inNav: !!el.closest('nav.navbar'),
    inForm: !!el.closest('form.situation-form'),
    visible: !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
  };
}"""

FORM_CONTROLS = """() => Array.from(
  document.querySelectorAll('form.situation-form :is(input, select, textarea, button)')
).filter(el => el.type !== 'hidden' && !el.disabled && !el.closest('[hidden], template')
  && (el.offsetWidth || el.offsetHeight || el.getClientRects().length)
).map(el => el.id || el.name || el.textContent.trim())"""


def test_it_reaches_every_control_of_the_situation_form_by_keyboard_with_a_visible_focus_ring(
    page,
):
    build_world()
    log_in(page, "werker")
    page.goto("/situaties/nieuw/")
    page.locator("body").focus()

    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_INFO)
    assert "skip-link" in first["classes"], f"first Tab stop is {first}, not the skip link"
    assert first["visible"] is True, "the skip link does not become visible on focus"
    assert first["outlineStyle"] != "none" and first["outlineWidth"] >= 2

    page.keyboard.press("Tab")
    second = page.evaluate(FOCUS_INFO)
    assert second["inNav"] is True, f"second Tab stop is {second}, not the navigation"

    wanted = set(page.evaluate(FORM_CONTROLS))
    assert len(wanted) > 10  # title, neighbourhood, description, level radios, questions, ...
    reached: set[str] = set()
    stops = [first, second]
    radio_groups_seen: set[str] = set()
    for _ in range(200):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        stops.append(info)
        if info["inForm"]:
            reached.add(info["id"] or info["name"] or info["text"])
            if info["type"] == "radio":
                radio_groups_seen.add(info["name"])
            assert info["outlineStyle"] != "none" and info["outlineWidth"] >= 2, (
                f"no visible focus ring on {info}"
            )
        if info["tag"] == "button" and info["text"] == "Situatie opslaan":
            break
    else:
        pytest.fail("the submit button was never reached by keyboard")

    # A radio group is one Tab stop: arrow keys move within it. Count the group as reached.
    radios = page.evaluate(
        """() => Array.from(document.querySelectorAll('form.situation-form input[type=radio]'))
          .map(el => ({id: el.id, name: el.name}))"""
    )
    reached |= {radio["id"] for radio in radios if radio["name"] in radio_groups_seen}
    missing = wanted - reached
    order = [stop["id"] or stop["text"] for stop in stops]
    assert not missing, f"not reachable by keyboard: {sorted(missing)}; Tab order: {order}"


# CSP -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", PAGES, ids=PAGE_IDS)
def test_it_loads_every_page_without_csp_violations_or_missing_static_files(page, spec):
    world = build_world()
    console: list[str] = []
    failed: list[str] = []
    static_prefix = settings.STATIC_URL

    def listen(page):
        page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
        page.on("response", lambda response: check_response(response))
        page.on("requestfailed", lambda request: check_failure(request))

    def check_response(response):
        if response.status >= 400 and static_prefix in response.url:
            failed.append(f"{response.status} {response.url}")

    def check_failure(request):
        # ERR_ABORTED: the browser dropped it when navigating on (e.g. the previous page's
        # favicon), not a broken file.
        if request.failure != "net::ERR_ABORTED":
            failed.append(f"{request.failure} {request.url}")

    # Listen only once logged in, so the login steps' own requests do not count.
    url = open_page(page, spec, world, before_visit=listen)
    page.wait_for_load_state("networkidle")

    csp = [line for line in console if "content security policy" in line.lower()]
    assert not csp, f"{spec.name} ({url}) breaks the CSP:\n" + "\n".join(csp)
    assert not failed, f"{spec.name} ({url}) has failed requests:\n" + "\n".join(failed)
