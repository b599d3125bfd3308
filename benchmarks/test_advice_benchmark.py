"""Benchmark of the advice over a large catalogue: 2,000 activities, 5,000 deployments.

Run with `make benchmark` (not part of `make test`: it measures, it does not judge). Prints the
median time of the engine alone and of selector + engine, and the number of queries.
Targets (issue 5): median <= 20 ms and <= 6 queries for the engine's inputs.
"""

import random
import statistics
import time
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activities.models import Activity, Goal, Level, LevelFit, TargetGroup
from situations.advice import Profile, advise
from situations.advice_selectors import advice_candidates, advice_for
from situations.models import Deployment, Neighbourhood, Situation
from tests.accounts.factories import TeamFactory, UserFactory

ACTIVITIES = 2_000
DEPLOYMENTS = 5_000
RUNS = 30
LEVELS = ["ongemak", "spanning", "incidenten", "escalatie"]


@pytest.fixture
def big_catalogue(db):
    rng = random.Random(2026)
    levels = [
        Level.objects.get_or_create(slug=slug, defaults={"order": i, "name": slug.title()})[0]
        for i, slug in enumerate(LEVELS, 1)
    ]
    goals = Goal.objects.bulk_create(Goal(slug=f"doel-{i}", name=f"Doel {i}") for i in range(12))
    groups = TargetGroup.objects.bulk_create(
        TargetGroup(slug=f"groep-{i}", name=f"Groep {i}") for i in range(12)
    )
    kinds = ["meeting_format", "tool", "learning", "reflection"]
    activities = Activity.objects.bulk_create(
        Activity(
            name=f"Activiteit {i}",
            slug=f"activiteit-{i}",
            kind=kinds[i % 4],
            summary="s",
            description="d",
            is_published=True,
            effort=rng.choice(["low", "medium", "high"]),
        )
        for i in range(ACTIVITIES)
    )
    LevelFit.objects.bulk_create(
        LevelFit(
            activity=a,
            level=lvl,
            fit=rng.choice(["recommended", "conditional", "avoid"]),
            reason="r",
        )
        for a in activities
        for lvl in levels
    )
    Activity.goals.through.objects.bulk_create(
        Activity.goals.through(activity=a, goal=g) for a in activities for g in rng.sample(goals, 3)
    )
    Activity.target_groups.through.objects.bulk_create(
        Activity.target_groups.through(activity=a, targetgroup=g)
        for a in activities
        for g in rng.sample(groups, 2)
    )
    team = TeamFactory()
    owner = UserFactory()
    place = Neighbourhood.objects.create(name="Centrum", municipality="Utrecht")
    situation = Situation.objects.create(
        title="Bench", description="d", neighbourhood=place, team=team, level=levels[1], owner=owner
    )
    Deployment.objects.bulk_create(
        Deployment(
            situation=situation,
            activity=rng.choice(activities),
            level=rng.choice(levels),
            date=date(2026, 1, 1),
            outcome=rng.choice(["worked", "partly", "did_not_work", "unknown"]),
        )
        for _ in range(DEPLOYMENTS)
    )


def median_ms(func) -> float:
    func()  # warm-up
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def test_advice_benchmark(big_catalogue, capsys):
    profile = Profile(
        "spanning", frozenset({"doel-1", "doel-2"}), frozenset({"groep-3"}), "onbegrip"
    )
    candidates = advice_candidates("spanning")
    with CaptureQueriesContext(connection) as queries:
        advice_candidates("spanning")
    engine = median_ms(lambda: advise(profile, candidates))
    total = median_ms(lambda: advice_for(profile))
    with capsys.disabled():
        print(
            f"\nAdvice benchmark on {connection.vendor}: "
            f"{ACTIVITIES} activities, {DEPLOYMENTS} deployments"
            f"\n  engine alone:        median {engine:.1f} ms over {RUNS} runs"
            f"\n  selector + engine:   median {total:.1f} ms over {RUNS} runs"
            f"\n  queries for inputs:  {len(queries)}"
        )
    assert len(advise(profile, candidates).recommended) > 0
