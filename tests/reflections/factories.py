import datetime

import factory
from django.utils import timezone

from tests.accounts.factories import UserFactory
from tests.situations.factories import (  # noqa: F401  (re-exported for the reflection tests)
    DeploymentFactory,
    NeighbourhoodFactory,
    SituationFactory,
)

STARR_ANSWERS = {
    "situation": "Bewonersavond in het buurthuis over overlast bij de flat.",
    "task": "Ik leidde het gesprek en wilde dat iedereen aan het woord kwam.",
    "action": "Ik stelde open vragen en vatte samen wat ik hoorde.",
    "result": "De sfeer werd rustiger; twee bewoners spraken af om samen te koken.",
    "reflection": "Volgende keer begin ik met een kennismakingsronde.",
}


class ReflectionFactory(factory.django.DjangoModelFactory):
    """A complete STARR reflection. Pass ``status=`` to start in another state; the
    timestamps that belong to it are filled in."""

    class Meta:
        model = "reflections.Reflection"

    author = factory.SubFactory(UserFactory)
    model = "starr"
    title = factory.Sequence(lambda n: f"Gesprek over geluidsoverlast {n}")
    answers = factory.LazyFunction(lambda: dict(STARR_ANSWERS))
    learning_points = "Eerst luisteren, dan pas voorstellen doen."
    minutes = 60
    category = "reflectie"
    date = datetime.date(2025, 3, 12)
    status = "draft"
    submitted_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status in ("submitted", "reviewed", "returned") else None
    )
    reviewed_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == "reviewed" else None
    )


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "reflections.Feedback"

    reflection = factory.SubFactory(ReflectionFactory, status="submitted")
    author = factory.SubFactory(UserFactory)
    kind = "comment"
    text = "Mooi dat je open vragen stelde."
