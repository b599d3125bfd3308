"""Factories for the situations app. Levels, goals and activities: the catalogue's factories."""

import factory
from django.utils import timezone

from tests.accounts.factories import TeamFactory, make_worker
from tests.activities.factories import (  # noqa: F401  (re-exported for the situation tests)
    LEVELS,
    ActivityFactory,
    GoalFactory,
    LevelFactory,
    SignalFactory,
    SituationTypeFactory,
    TargetGroupFactory,
    all_levels,
)


def level(slug: str):
    """One of the four levels (created when missing, as the catalogue loader would)."""
    return LevelFactory(slug=slug)


class NeighbourhoodFactory(factory.django.DjangoModelFactory):
    """A neighbourhood; ``teams=[...]`` says which teams work in it."""

    class Meta:
        model = "situations.Neighbourhood"
        django_get_or_create = ["municipality", "name"]
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Buurt {n}")
    municipality = "Teststad"

    @factory.post_generation
    def teams(self, create, extracted, **kwargs):
        if create and extracted:
            self.teams.add(*extracted)


class SituationFactory(factory.django.DjangoModelFactory):
    """A situation of ``team`` in a neighbourhood that team works in. No observations: the
    services add those; use ObservationFactory for a history."""

    class Meta:
        model = "situations.Situation"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Situatie {n}")
    description = "Bewoners kennen elkaar nauwelijks en ergeren zich aan geluid in het portiek."
    team = factory.SubFactory(TeamFactory)
    neighbourhood = factory.SubFactory(NeighbourhoodFactory)
    level = factory.LazyFunction(lambda: level("ongemak"))
    themes = "geluid, kennismaken"
    owner = factory.LazyAttribute(lambda o: make_worker(o.team))

    @factory.post_generation
    def link_neighbourhood(self, create, extracted, **kwargs):
        if create:
            self.neighbourhood.teams.add(self.team)

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            self.goals.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def signals(self, create, extracted, **kwargs):
        if create and extracted:
            self.signals.set(extracted)


class LearningQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "situations.LearningQuestion"

    situation = factory.SubFactory(SituationFactory)
    text = factory.Sequence(lambda n: f"Wat kan ik leren van deze situatie, vraag {n}?")
    order = factory.Sequence(lambda n: n)


class ObservationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "situations.Observation"

    situation = factory.SubFactory(SituationFactory)
    date = factory.LazyFunction(timezone.localdate)
    level = factory.LazyAttribute(lambda o: o.situation.level)
    previous_level = None
    note = "Het is rustiger in de buurt."
    recorded_by = factory.LazyAttribute(lambda o: o.situation.owner)


class CatalogueActivityFactory(ActivityFactory):
    """An activity found by slug when it exists (e.g. from the loaded catalogue), else made."""

    class Meta:
        django_get_or_create = ["slug"]


class DeploymentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "situations.Deployment"

    situation = factory.SubFactory(SituationFactory)
    activity = factory.SubFactory(CatalogueActivityFactory, fits={})
    level = factory.LazyAttribute(lambda o: o.situation.level)
    situation_type = factory.LazyAttribute(lambda o: o.situation.situation_type)
    date = factory.LazyFunction(timezone.localdate)
    outcome = "worked"
    note = "Bewoners maakten samen afspraken."
    recorded_by = factory.LazyAttribute(lambda o: o.situation.owner)
