"""Retention: what happens to closed situations that nobody has changed for a long time.

A closed situation whose ``updated_at`` is older than ``WIJKWERK_RETENTION_DAYS`` days is, as
``WIJKWERK_RETENTION_ACTION`` says:

- ``anonymise`` (default): its free text goes. The title becomes a neutral text, description and
  themes are emptied, learning questions deleted, and the notes of observations and deployments
  emptied. Levels, dates, triage answers, activities and outcomes stay: they are the practice
  evidence the advice learns from.
- ``delete``: the situation goes, with its observations, deployments and learning questions.
  Reflections about it are their author's and stay; their link becomes empty (SET_NULL).

Writes go through queryset ``update()``: saving the model would set ``updated_at`` (floating
every old situation to the top of the lists), and the services would record an observation;
neither is what happened. The version is raised, so an edit form opened earlier cannot write the
old text back without a conflict.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import batched

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from situations.models import Deployment, LearningQuestion, Observation, Situation

ANONYMISE, DELETE = "anonymise", "delete"
ACTIONS = (ANONYMISE, DELETE)
# Stored data, not interface text: the same for every reader, in the app's language.
ANONYMISED_TITLE = "Geanonimiseerde situatie"
# An "other, namely" deployment must keep a description (a database rule): this neutral one.
ANONYMISED_ACTIVITY = "Andere activiteit"
BATCH_SIZE = 500  # ids per query, well under SQLite's limit on query parameters


@dataclass(frozen=True)
class RetentionReport:
    """What a run did, or in a dry run would do: counts and ids, never text.

    With ``anonymise``, ``observations`` and ``deployments`` count the notes emptied and
    ``other_activities`` the "other, namely" descriptions made neutral; with ``delete``, the rows
    deleted, and ``reflections`` those that lose their link.
    """

    action: str
    days: int
    cutoff: datetime
    applied: bool
    situation_ids: tuple[int, ...] = ()
    learning_questions: int = 0
    observations: int = 0
    deployments: int = 0
    other_activities: int = 0
    reflections: int = 0


def due_situations(*, cutoff: datetime) -> QuerySet[Situation]:
    """Closed situations last changed before ``cutoff``."""
    return Situation.objects.filter(status=Situation.Status.CLOSED, updated_at__lt=cutoff)


def holding_text(situations: QuerySet[Situation]) -> QuerySet[Situation]:
    """Those of ``situations`` with free text left, so a second run has nothing to redo."""
    return situations.filter(
        ~Q(title=ANONYMISED_TITLE)
        | ~Q(description="")
        | ~Q(themes="")
        | Exists(LearningQuestion.objects.filter(situation=OuterRef("pk")))
        | Exists(Observation.objects.filter(situation=OuterRef("pk")).exclude(note=""))
        | Exists(Deployment.objects.filter(situation=OuterRef("pk")).exclude(note=""))
        | Exists(_other_activities_with_text(Deployment.objects.filter(situation=OuterRef("pk"))))
    )


def _other_activities_with_text(deployments: QuerySet[Deployment]) -> QuerySet[Deployment]:
    return deployments.filter(activity__isnull=True).exclude(other_activity=ANONYMISED_ACTIVITY)


def apply_retention(
    *, now: datetime, days: int | None = None, action: str | None = None, apply: bool = False
) -> RetentionReport:
    """Anonymise or delete the situations that are due; without ``apply`` only report them.
    ``days`` and ``action`` default to the settings."""
    days = settings.WIJKWERK_RETENTION_DAYS if days is None else days
    action = settings.WIJKWERK_RETENTION_ACTION if action is None else action
    if action not in ACTIONS:
        raise ValueError(f"Unknown retention action {action!r}: use 'anonymise' or 'delete'.")
    if days < 1:
        raise ValueError(f"The retention period must be at least 1 day, not {days}.")
    cutoff = now - timedelta(days=days)
    with transaction.atomic():
        due = due_situations(cutoff=cutoff)
        if action == ANONYMISE:
            due = holding_text(due)
        if apply:
            due = due.select_for_update()  # nobody reopens one between counting and writing
        ids = tuple(due.order_by("pk").values_list("pk", flat=True))
        totals = {
            "learning_questions": 0,
            "observations": 0,
            "deployments": 0,
            "other_activities": 0,
            "reflections": 0,
        }
        for batch in batched(ids, BATCH_SIZE):
            counts = _anonymise(batch, apply) if action == ANONYMISE else _delete(batch, apply)
            for key, value in counts.items():
                totals[key] += value
    return RetentionReport(
        action=action, days=days, cutoff=cutoff, applied=apply, situation_ids=ids, **totals
    )


def _anonymise(ids: tuple[int, ...], apply: bool) -> dict[str, int]:
    questions = LearningQuestion.objects.filter(situation_id__in=ids)
    observations = Observation.objects.filter(situation_id__in=ids).exclude(note="")
    deployments = Deployment.objects.filter(situation_id__in=ids).exclude(note="")
    others = _other_activities_with_text(Deployment.objects.filter(situation_id__in=ids))
    counts = {
        "learning_questions": questions.count(),
        "observations": observations.count(),
        "deployments": deployments.count(),
        "other_activities": others.count(),
    }
    if apply:
        others.update(other_activity=ANONYMISED_ACTIVITY)
        Situation.objects.filter(pk__in=ids).update(
            title=ANONYMISED_TITLE, description="", themes="", version=F("version") + 1
        )
        questions.delete()
        observations.update(note="")
        deployments.update(note="")
    return counts


def _delete(ids: tuple[int, ...], apply: bool) -> dict[str, int]:
    counts = {
        "learning_questions": LearningQuestion.objects.filter(situation_id__in=ids).count(),
        "observations": Observation.objects.filter(situation_id__in=ids).count(),
        "deployments": Deployment.objects.filter(situation_id__in=ids).count(),
        "reflections": _reflections()
        .filter(Q(situation_id__in=ids) | Q(deployment__situation_id__in=ids))
        .count(),
    }
    if apply:
        # Through the ORM: its collector cascades to the children and empties the reflections'
        # links, as the foreign keys declare.
        Situation.objects.filter(pk__in=ids).delete()
    return counts


def _reflections():
    """Reflections, found through the situation's reverse relation: situations sit below
    reflections and do not import them."""
    return Situation._meta.get_field("reflections").related_model.objects.all()
