"""The reflection cycle in a browser: write, submit, return with feedback, resubmit, review,
export as CSV and as the print page; the lead's one form with its Dutch messages and the
changes since the previous submission; the pages on a phone.

Texts that are new in issue 13 are compared through gettext, so the tests pass before and after
their Dutch translation."""

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.utils import timezone
from django.utils.translation import gettext, pgettext
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_lead, make_worker
from tests.e2e.conftest import log_in_with_the_form, open_account_menu_and_log_out
from tests.e2e.test_phone import OVERFLOW
from wijkwerk.templatetags.dutch_dates import format_date_text

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


SAVED_MESSAGE = gettext(
    "Your reflection has been saved as a draft. Only you can read it. Submit it to your team "
    "lead when it is finished."
)
RETURNED_MESSAGE = gettext(
    "The reflection has been returned to the author for changes. The author gets a notification."
)
REVIEWED_MESSAGE = gettext(
    "The reflection has been marked as reviewed. The author gets a notification."
)
SAVED_RETURNED_MESSAGE = gettext(
    "Your changes to the reflection have been saved. Submit it again when you are done."
)
RESUBMITTED_MESSAGE = gettext(
    "Your reflection has been submitted again. Your team lead sees what you changed."
)


def date_slug(day):
    """A date as the export's file name writes it: "1-jan-2025"."""
    from django.utils.text import slugify

    return slugify(format_date_text(day))


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
    page.get_by_label("Categorie").select_option(value="intervisie")
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
    expect(page.get_by_text(SAVED_MESSAGE)).to_be_visible()
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
    page.get_by_label(gettext("Your feedback")).fill("Wat deed je toen het onrustig werd?")
    page.get_by_role("button", name=pgettext("review action", "Return for changes")).click()
    expect(page.get_by_text(RETURNED_MESSAGE)).to_be_visible()
    expect(page.get_by_text("Niets te beoordelen")).to_be_visible()
    _log_out(page)

    # The worker reads the feedback, edits and resubmits.
    log_in(worker)
    _nav(page).get_by_role("link", name="Mijn reflecties").click()
    expect(page.get_by_role("cell", name=pgettext("reflection status", "Returned"))).to_be_visible()
    page.get_by_role("link", name="Bewonersavond over het speelveld").click()
    expect(page.get_by_text("Wat deed je toen het onrustig werd?")).to_be_visible()
    page.get_by_role("link", name="Aanpassen").click()
    page.get_by_label("Actie", exact=True).fill(
        "Ik liet iedereen om de beurt praten. Toen het onrustig werd, vatte ik samen wat ik hoorde."
    )
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text(SAVED_RETURNED_MESSAGE)).to_be_visible()
    page.get_by_role("button", name="Opnieuw insturen").click()
    expect(page.get_by_text(RESUBMITTED_MESSAGE)).to_be_visible()
    _log_out(page)

    # The lead marks it reviewed.
    log_in(lead)
    _nav(page).get_by_role("link", name=re.compile("Beoordelen")).click()
    page.get_by_role("link", name="Bewonersavond over het speelveld").click()
    expect(page.get_by_text("vatte ik samen wat ik hoorde").first).to_be_visible()
    page.get_by_label(gettext("Your feedback")).fill("Mooi gegroeid, dank je.")
    page.get_by_role("button", name=pgettext("review action", "Mark as reviewed")).click()
    expect(page.get_by_text(REVIEWED_MESSAGE)).to_be_visible()
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
    assert download.suggested_filename == (
        f"reflecties-{date_slug(datetime.date(2025, 1, 1))}-tot-en-met-"
        f"{date_slug(datetime.date(2025, 12, 31))}.csv"
    )
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
    header, row = rows
    assert header[:8] == [
        "Datum",
        "Titel",
        "Categorie",
        "Minuten",
        "Reflectiemodel",
        "Situatie",
        "Leerpunten",
        "Status",
    ]
    assert row[:8] == [
        "2025-03-12",
        "Bewonersavond over het speelveld",
        "Intervisie",
        "75",
        "STARR",
        "Spanning rond het speelveld",
        "Meer stiltes laten vallen; één vraag tegelijk.",
        pgettext("reflection status", "Reviewed"),
    ]
    answers = dict(zip(header[8:13], row[8:13], strict=True))
    assert answers[
        gettext("%(model)s – %(question)s") % {"model": "STARR", "question": "Actie"}
    ] == (
        "Ik liet iedereen om de beurt praten. Toen het onrustig werd, vatte ik samen wat ik hoorde."
    )
    feedback, reviewer, reviewed_on = row[-3:]
    assert "Wat deed je toen het onrustig werd?" in feedback
    assert "Mooi gegroeid, dank je." in feedback
    assert reviewer == "Joke Visser"
    assert reviewed_on == timezone.localdate().isoformat()

    page.get_by_role("button", name="Printpagina tonen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Portfolio: mijn reflecties")
    totals = page.get_by_role("table", name="Bestede tijd per categorie")
    expect(totals.get_by_role("row", name=re.compile("Intervisie"))).to_contain_text("75")
    expect(totals.get_by_role("row", name=re.compile("Totaal"))).to_contain_text("1,3")
    expect(page.locator("article.print-page")).to_have_count(1)
    expect(
        page.get_by_text(
            gettext("by %(name)s on %(when)s")
            % {"name": "Joke Visser", "when": format_date_text(timezone.localdate())}
        )
    ).to_be_visible()
    expect(page.get_by_text("Wat deed je toen het onrustig werd?")).to_be_visible()
    expect(page.get_by_role("button", name="Printen of bewaren als pdf")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Printen of bewaren als pdf")).to_be_hidden()
    expect(_nav(page)).to_be_hidden()


def _submitted_reflection(worker, situation):
    from reflections import workflow
    from tests.reflections.factories import ReflectionFactory

    reflection = ReflectionFactory(
        author=worker,
        title="Gesprek bij het speelveld",
        situation=situation,
        answers={
            "situation": "Jongeren en ouderen op het speelveld.",
            "task": "Ik wilde dat beide groepen aan het woord kwamen.",
            "action": "Ik vroeg de ouderen eerst wat hen stoorde.",
            "result": "De jongeren liepen weg.",
            "reflection": "Ik begon bij de verkeerde groep.",
        },
    )
    workflow.reflection_submit(reflection=reflection, user=worker)
    return reflection


def test_the_lead_returns_the_worker_resubmits_and_the_lead_sees_what_changed(page, log_in):
    team = TeamFactory(name="Wijkteam West")
    worker = make_worker(team, username="sanne", first_name="Sanne", last_name="de Vries")
    lead = make_lead(team, username="joke", first_name="Joke", last_name="Visser")
    reflection = _submitted_reflection(worker, _situation(team, worker))
    feedback = page.get_by_label(gettext("Your feedback"))
    return_button = page.get_by_role("button", name=pgettext("review action", "Return for changes"))

    # The lead returns it without words: the server answers in Dutch at the field, not the
    # browser in English, and nothing happens.
    log_in(lead)
    page.goto(reflection.get_absolute_url())
    expect(page.locator("form#lead-response")).to_have_count(1)
    expect(page.locator("form[action*='/reflecties/']")).to_have_count(1)  # one form
    assert page.locator("#id_text").evaluate("el => el.required") is False
    return_button.click()
    message = gettext("Write what should change before you return the reflection.")
    expect(page.locator("#id_text")).to_have_class(re.compile("is-invalid"))
    expect(page.locator(".invalid-feedback", has_text=message)).to_be_visible()
    expect(page.get_by_role("alert").filter(has_text=message)).to_be_visible()  # the summary
    assert page.locator("#id_text").evaluate("el => el.validationMessage") == ""
    from reflections.models import Reflection

    assert Reflection.objects.get(pk=reflection.pk).status == "submitted"

    # Then with words.
    feedback.fill("Wat deed je toen de jongeren wegliepen?")
    return_button.click()
    expect(page.get_by_text(RETURNED_MESSAGE)).to_be_visible()
    _log_out(page)

    # The worker sees a notification, changes an answer and submits again.
    log_in(worker)
    expect(page.get_by_role("link", name=re.compile(gettext("Notifications")))).to_contain_text("1")
    page.goto(reflection.get_absolute_url())
    expect(page.get_by_text("Wat deed je toen de jongeren wegliepen?")).to_be_visible()
    page.get_by_role("link", name="Aanpassen").click()
    page.get_by_label("Resultaat", exact=True).fill(
        "De jongeren liepen weg. Ik liep mee en vroeg wat zij nodig hadden."
    )
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text(SAVED_RETURNED_MESSAGE)).to_be_visible()
    page.get_by_role("button", name="Opnieuw insturen").click()
    expect(page.get_by_text(RESUBMITTED_MESSAGE)).to_be_visible()
    _log_out(page)

    # The lead sees what changed since the previous submission, and marks it reviewed.
    log_in(lead)
    page.goto(reflection.get_absolute_url())
    changes = page.get_by_role("region", name=gettext("Changes since the previous submission"))
    expect(changes).to_be_visible()
    expect(changes.get_by_role("heading", name="Resultaat")).to_be_visible()
    expect(changes.get_by_role("heading", name="Actie")).to_have_count(0)
    expect(changes.locator("ins")).to_contain_text("Ik liep mee en vroeg wat zij nodig hadden.")
    page.get_by_role("button", name=pgettext("review action", "Mark as reviewed")).click()
    expect(page.get_by_text(REVIEWED_MESSAGE)).to_be_visible()
    assert Reflection.objects.get(pk=reflection.pk).status == "reviewed"


def test_the_activity_choice_follows_the_situation(page, log_in):
    from tests.reflections.factories import DeploymentFactory

    team = TeamFactory(name="Wijkteam Noord")
    worker = make_worker(team, username="sanne")
    playground = _situation(team, worker)
    from situations.models import Situation

    square = Situation.objects.create(
        title="Onrust op het plein",
        description="Jongeren hangen rond op het plein.",
        neighbourhood=playground.neighbourhood,
        team=team,
        level=playground.level,
        owner=worker,
    )
    DeploymentFactory(situation=playground, activity__name="Buurtgesprek")
    DeploymentFactory(situation=square, activity__name="Pleinoverleg")
    log_in(worker)
    page.goto("/reflecties/nieuw/?model=short")
    activity = page.locator("#id_deployment")

    def offered():
        return activity.locator("option").all_inner_texts()

    assert len(offered()) == 1  # no situation: only "no activity"
    page.get_by_label("Situatie in de wijk").select_option(label=playground.title)
    assert [text for text in offered() if "Buurtgesprek" in text] and not [
        text for text in offered() if "Pleinoverleg" in text
    ]
    activity.select_option(index=1)
    page.get_by_label("Situatie in de wijk").select_option(label=square.title)
    assert activity.input_value() == ""  # the chosen activity did not fit any more
    assert [text for text in offered() if "Pleinoverleg" in text] and not [
        text for text in offered() if "Buurtgesprek" in text
    ]


def test_reflection_pages_fit_a_phone_and_the_filters_fold_away(browser, live_server):
    from reflections import workflow

    team = TeamFactory(name="Wijkteam Oost")
    worker = make_worker(team, username="sanne", first_name="Sanne", last_name="de Vries")
    lead = make_lead(team, username="joke", first_name="Joke", last_name="Visser")
    reflection = _submitted_reflection(worker, _situation(team, worker))
    workflow.reflection_return(reflection=reflection, user=lead, text="Meer over jezelf. " * 20)
    reflection.answers = {**reflection.answers, "result": "Eenheelheellangwoordzonderspaties" * 8}
    workflow.reflection_save_changes(reflection=reflection, user=worker)
    workflow.reflection_submit(reflection=reflection, user=worker)

    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 360, "height": 800}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems = []
    for user, paths in (
        (
            worker,
            [
                "/reflecties/",
                reflection.get_absolute_url(),
                "/reflecties/nieuw/?model=korthagen",
                "/reflecties/export/",
                "/reflecties/export/?format=print",
            ],
        ),
        (lead, [reflection.get_absolute_url(), "/reflecties/beoordelen/"]),
    ):
        log_in_with_the_form(page, user)
        for path in paths:
            page.goto(path)
            measured = page.evaluate(OVERFLOW)
            if measured["scroll"] > measured["width"]:
                problems.append(f"{path} is {measured['scroll']}px wide: {measured['out']}")
            if path == "/reflecties/":
                expect(page.locator("#filters")).to_be_hidden()
                page.get_by_role("button", name=gettext("Show filters")).click()
                expect(page.get_by_label("Status")).to_be_visible()
        context.clear_cookies()
    context.close()
    assert not problems, "\n".join(problems)
