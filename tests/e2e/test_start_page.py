"""The start page in a browser: a worker sees what to do next and gets there in one click, on a
laptop and on a phone."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from tests.accounts.factories import TeamFactory, make_worker
from tests.activities.factories import ActivityFactory, all_levels
from tests.reflections.factories import ReflectionFactory
from tests.situations.factories import DeploymentFactory, NeighbourhoodFactory, SituationFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _work(team, worker):
    """A returned reflection and an activity used three weeks ago whose outcome is unknown."""
    all_levels()
    situation = SituationFactory(
        team=team,
        neighbourhood=NeighbourhoodFactory(name="Overvecht", municipality="Utrecht"),
        owner=worker,
        title="Spanning rond het speelveld",
    )
    deployment = DeploymentFactory(
        situation=situation,
        activity=ActivityFactory(name="Buurtgesprek op het speelveld", slug="buurtgesprek"),
        date=timezone.localdate() - datetime.timedelta(days=21),
        outcome="unknown",
        recorded_by=worker,
    )
    reflection = ReflectionFactory(
        author=worker, title="Gesprek met de jongeren", status="returned"
    )
    return situation, deployment, reflection


def _main(page):
    return page.get_by_role("main")


@pytest.mark.parametrize("width", [1280, 390], ids=["laptop", "phone"])
def test_a_worker_follows_the_start_page_to_the_returned_reflection_and_the_due_outcome(
    page, log_in, width
):
    team = TeamFactory(name="Wijkteam Oost")
    worker = make_worker(team, username="sanne", first_name="Sanne")
    situation, deployment, reflection = _work(team, worker)
    page.set_viewport_size({"width": width, "height": 844})

    log_in(worker)
    main = _main(page)
    expect(main.get_by_role("link", name="Gesprek met de jongeren")).to_be_visible()
    expect(main.get_by_role("link", name="Buurtgesprek op het speelveld")).to_be_visible()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, "the start page scrolls sideways"
    if width < 576:  # the cards stack: each as wide as the others
        widths = page.eval_on_selector_all(".start-card", "cards => cards.map(c => c.offsetWidth)")
        assert len(set(widths)) == 1

    main.get_by_role("link", name="Gesprek met de jongeren").click()
    page.wait_for_url(f"**{reflection.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Gesprek met de jongeren")

    page.go_back()
    _main(page).get_by_role("link", name="Buurtgesprek op het speelveld").click()
    page.wait_for_url(
        f"**{reverse('situations:deployment_update', args=[situation.pk, deployment.pk])}"
    )
    expect(page.get_by_role("heading", level=1)).to_contain_text("Buurtgesprek op het speelveld")
