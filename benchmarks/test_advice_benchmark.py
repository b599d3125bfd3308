"""Benchmark of the advice over a large catalogue: 2,000 activities, 30,000 deployments.

Run with `make benchmark` (not part of `make test`: it measures, it does not judge). Prints the
median time of the engine alone and of selector + engine, and the number of queries.
Targets (advice v2): median <= 20 ms for the advice; a fixed number of queries.
"""

import random
import statistics
import time
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activities.models import (
    Activity,
    ContraIndication,
    Goal,
    Level,
    LevelFit,
    SituationType,
    TargetGroup,
)
from advice.engine import Profile, Triage, advise
from advice.selectors import advice_candidates, advice_for, colleagues_outcomes
from situations import triage
from situations.models import Deployment, Neighbourhood, Situation
from tests.accounts.factories import TeamFactory, UserFactory

ACTIVITIES = 2_000
DEPLOYMENTS = 30_000
SITUATIONS = 200
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
    types = SituationType.objects.bulk_create(
        SituationType(slug=slug, name=slug, order=i)
        for i, slug in enumerate(triage.SITUATION_TYPES)
    )
    kinds = ["meeting_format", "tool", "casework", "learning", "reflection"]
    activities = Activity.objects.bulk_create(
        Activity(
            name=f"Activiteit {i}",
            slug=f"activiteit-{i}",
            kind=kinds[i % 5],
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
    LevelFit.objects.bulk_create(
        LevelFit(activity=a, level=levels[3], phase="aftercare", fit="recommended", reason="r")
        for a in activities
    )
    Activity.situation_types.through.objects.bulk_create(
        Activity.situation_types.through(activity=a, situationtype=t)
        for a in activities[::3]
        for t in rng.sample(types, 2)
    )
    ContraIndication.objects.bulk_create(
        ContraIndication(activity=a, condition=rng.choice(["care_need", "crime"]), reason="r")
        for a in activities[::4]
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
    situations = [
        Situation.objects.create(
            title=f"Bench {i}",
            description="d",
            neighbourhood=place,
            team=team,
            level=levels[1],
            owner=owner,
            situation_type=rng.choice(types),
        )
        for i in range(SITUATIONS)
    ]
    deployments = []
    for _ in range(DEPLOYMENTS):
        situation = rng.choice(situations)
        deployments.append(
            Deployment(
                situation=situation,
                situation_type_id=situation.situation_type_id,
                activity=rng.choice(activities),
                level=rng.choice(levels),
                date=date(2026, 1, 1),
                outcome=rng.choice(["worked", "partly", "did_not_work", "unknown"]),
            )
        )
    Deployment.objects.bulk_create(deployments)


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
        "spanning",
        situation_type=triage.TYPE_GROUPS,
        triage=Triage(parties=triage.GROUPS, care_need=triage.YES),
        goals=frozenset({"doel-1", "doel-2"}),
        target_groups=frozenset({"groep-3"}),
    )
    candidates = advice_candidates()
    outcomes = colleagues_outcomes(profile)
    with CaptureQueriesContext(connection) as queries:
        advice_candidates()
        colleagues_outcomes(profile)
    engine = median_ms(lambda: advise(profile, candidates, outcomes))
    total = median_ms(lambda: advice_for(profile))
    with capsys.disabled():
        print(
            f"\nAdvice benchmark on {connection.vendor}: "
            f"{ACTIVITIES} activities, {DEPLOYMENTS} deployments"
            f"\n  engine alone:        median {engine:.1f} ms over {RUNS} runs"
            f"\n  selector + engine:   median {total:.1f} ms over {RUNS} runs"
            f"\n  queries for inputs:  {len(queries)} (catalogue cached per process)"
        )
    assert len(advise(profile, candidates, outcomes).recommended) > 0
