"""The demo situations: realistic, per level, free of personal data, and idempotent."""

from pathlib import Path

import pytest
from django.core.management import call_command

from activities.catalogue_io import load_catalogue, read_fixtures
from situations.demo import DEMO_SITUATIONS, create_demo_situations
from situations.models import Deployment, Neighbourhood, Observation, Situation
from wijkwerk.demo import create_demo_accounts
from wijkwerk.privacy.guard import scan

LEVELS = ["ongemak", "spanning", "incidenten", "escalatie"]
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def catalogue(db):
    load_catalogue(*read_fixtures(FIXTURES))


def counts():
    return tuple(
        model.objects.count() for model in (Neighbourhood, Situation, Observation, Deployment)
    )


def test_it_creates_situations_for_every_level_with_history(catalogue):
    team, users, _created = create_demo_accounts()
    summary = create_demo_situations(team=team, users=users)
    assert summary.startswith(f"Demo situations: {len(DEMO_SITUATIONS)} new")
    situations = Situation.objects.filter(team=team)
    assert {s.level_id for s in situations} == {"ongemak", "spanning", "incidenten", "escalatie"}
    for level in ("ongemak", "spanning", "incidenten", "escalatie"):
        assert situations.filter(level_id=level).count() >= 2
    assert Neighbourhood.objects.filter(teams=team).count() == 2
    assert all(s.observations.exists() for s in situations)
    assert Deployment.objects.filter(situation__team=team).count() >= 8
    assert Observation.objects.filter(situation__team=team).values("date").distinct().count() > 5


def test_it_includes_the_practice_situation_of_seed_000_with_its_learning_questions(catalogue):
    team, users, _created = create_demo_accounts()
    create_demo_situations(team=team, users=users)
    lvb = Situation.objects.get(title__contains="LVB")
    assert lvb.target_groups.filter(slug="lvb").exists()
    assert lvb.learning_questions.count() == 2
    assert "sociale samenhang" in lvb.learning_questions.order_by("order").first().text
    levels = list(lvb.observations.order_by("date").values_list("level_id", flat=True))
    assert levels == ["spanning", "incidenten", "spanning"]


def test_running_it_twice_changes_nothing(catalogue):
    team, users, _created = create_demo_accounts()
    create_demo_situations(team=team, users=users)
    before = counts()
    summary = create_demo_situations(team=team, users=users)
    assert counts() == before
    assert "0 new" in summary


def test_it_skips_gracefully_without_the_catalogue(db):
    team, users, _created = create_demo_accounts()
    summary = create_demo_situations(team=team, users=users)
    assert "load the catalogue first" in summary
    assert Situation.objects.count() == 0


def test_the_demo_texts_contain_no_personal_data_not_even_a_possible_name():
    for demo in DEMO_SITUATIONS:
        texts = [demo.title, demo.description, demo.themes, *demo.learning_questions]
        texts += [step.note for step in demo.trajectory] + [d.note for d in demo.deployments]
        for text in texts:
            assert scan(text) == [], (demo.title, text)


def test_the_demo_command_adds_the_situations(catalogue, settings, capsys):
    settings.DEBUG = True
    call_command("demo")
    assert "Demo situations:" in capsys.readouterr().out
    assert Situation.objects.filter(team__name="Wijkteam Demo").count() == len(DEMO_SITUATIONS)


def test_the_demo_situations_have_triage_answers_types_and_ticked_signals(catalogue):
    team, users, _created = create_demo_accounts()
    create_demo_situations(team=team, users=users)
    situations = Situation.objects.filter(team=team).prefetch_related("signals")
    for situation in situations:
        assert situation.situation_type is not None, situation.title
        assert len(situation.signals.all()) >= 2, situation.title
        # The ticked signals never point above the situation's current level.
        allowed = LEVELS[: LEVELS.index(situation.level_id) + 1]
        assert {s.level_id for s in situation.signals.all()} <= set(allowed), situation.title
        assert (situation.phase != "") == (situation.level_id == "escalatie"), situation.title
    assert {s.situation_type.slug for s in situations} >= {
        "tussen-groepen",
        "overlast-een-bewoner",
        "strafbaar-feit",
    }
    # A chosen type wins: vandalism is a crime, but the worker chose "between groups".
    plein = situations.get(title__contains="winkelplein")
    assert (plein.crime, plein.situation_type.slug) == ("yes", "tussen-groepen")


def test_demo_deployments_at_escalatie_keep_the_phase(catalogue):
    team, users, _created = create_demo_accounts()
    create_demo_situations(team=team, users=users)
    escalated = Deployment.objects.filter(situation__team=team, level_id="escalatie")
    assert escalated.exists()
    assert set(escalated.values_list("phase", flat=True)) <= {"acute", "aftercare"}
    assert (
        not Deployment.objects.filter(situation__team=team)
        .exclude(level_id="escalatie")
        .exclude(phase="")
    )


def test_the_renamed_home_visit_is_found_under_either_name(catalogue):
    team, users, _created = create_demo_accounts()
    create_demo_situations(team=team, users=users)
    lvb = Situation.objects.get(title__contains="LVB")
    slugs = set(lvb.deployments.values_list("activity__slug", flat=True))
    assert slugs & {"huisbezoek-buren", "keukentafelgesprek"}
