"""What the audit trail records of which model: django-auditlog's registry, filled in one place.

- **Team data** (situations, learning questions, observations, deployments): every change,
  who and when, with the values of the fields that are choices, levels, dates and links. The
  free text the personal-data guard checks (each model's ``privacy_fields``: a situation's
  title, description and themes, the notes, a learning question's text) is masked: the entry
  says the text was added or changed, never what it said. So the log holds no second copy of
  what residents' situations look like, and anonymising or deleting a situation (retention)
  leaves nothing readable behind in the trail.
- **Reflections and feedback**: only what is not content. A reflection logs its status, dates,
  category, minutes, model and links (author, situation, deployment, reviewer); feedback its
  kind and links. Title, answers, learning points and feedback text are masked like the free
  text above: an entry says the author edited the answers, never what they say. Every other
  field (timestamps, anything added to the model later) is left out: the fields are listed.
- **Accounts**: users (never the password hash or ``last_login``), their roles (groups) and
  direct permissions, teams and memberships; the role groups' permissions.
- **Catalogue** (curated, public knowledge): everything, so a curator can see what changed.

Entries about team data and reflections name their object by number only ("#12"): auditlog
would otherwise store ``str()`` of it, which is a situation's or reflection's title.
"""

from auditlog.registry import auditlog
from django.apps import apps

from wijkwerk.accounts.admin_privacy import is_private

# What a masked text looks like in the log: there was text, and it changed.
HIDDEN = "***"

MASK_CALLABLE = "wijkwerk.audit.registration.redact"

# Timestamps that change on every save: the entry's own time says when.
_NOISE = ["created_at", "updated_at"]

REFLECTION_FIELDS = [
    "author",
    "situation",
    "deployment",
    "model",
    "minutes",
    "category",
    "date",
    "status",
    "submitted_at",
    "reviewed_at",
    "reviewed_by",
]
REFLECTION_CONTENT = ["title", "answers", "learning_points"]

FEEDBACK_FIELDS = ["reflection", "author", "kind"]
FEEDBACK_CONTENT = ["text"]

CATALOGUE_MODELS = [
    "activities.Activity",
    "activities.LevelFit",
    "activities.ContraIndication",
    "activities.Level",
    "activities.Signal",
    "activities.SituationType",
    "activities.Goal",
    "activities.TargetGroup",
    "situations.Neighbourhood",
]
TEAM_DATA_MODELS = [
    "situations.Situation",
    "situations.LearningQuestion",
    "situations.Observation",
    "situations.Deployment",
]


def redact(value: str) -> str:
    """auditlog's mask: whether there was text, never the text. ``"None"`` is auditlog's
    stand-in for "no value yet" (on creation)."""
    return "" if value in ("", "None") else HIDDEN


def _m2m(model) -> set[str]:
    return {field.name for field in model._meta.many_to_many}


def registrations() -> list[tuple[type, dict]]:
    """(model, options for ``auditlog.register``) for every model the trail follows."""
    result = []
    for label in TEAM_DATA_MODELS:
        model = apps.get_model(label)
        result.append(
            (
                model,
                {
                    "exclude_fields": [*_NOISE, "version"],
                    "mask_fields": list(model.privacy_fields),
                    "mask_callable": MASK_CALLABLE,
                    "m2m_fields": _m2m(model),
                },
            )
        )
    for label, fields, content in (
        ("reflections.Reflection", REFLECTION_FIELDS, REFLECTION_CONTENT),
        ("reflections.Feedback", FEEDBACK_FIELDS, FEEDBACK_CONTENT),
    ):
        options = {
            "include_fields": [*fields, *content],
            "mask_fields": content,
            "mask_callable": MASK_CALLABLE,
        }
        result.append((apps.get_model(label), options))
    user = apps.get_model("accounts.User")
    # start_page_seen_at: a visit, not a change to the account.
    user_noise = ["password", "last_login", "start_page_seen_at"]
    result.append((user, {"exclude_fields": user_noise, "m2m_fields": _m2m(user)}))
    result.append((apps.get_model("accounts.Team"), {}))
    result.append((apps.get_model("accounts.Membership"), {}))
    result.append((apps.get_model("auth.Group"), {"m2m_fields": {"permissions"}}))
    for label in CATALOGUE_MODELS:
        model = apps.get_model(label)
        # search_terms is derived from the activity's groups, goals and types: not an edit.
        derived = ["search_terms"] if label == "activities.Activity" else []
        result.append((model, {"m2m_fields": _m2m(model), "exclude_fields": derived}))
    return result


def register_models() -> None:
    for model, options in registrations():
        auditlog.unregister(model)  # idempotent when ready() runs twice
        auditlog.register(model, **options)


def neutral_repr(model, object_pk) -> str | None:
    """How an entry names an object of ``model``: by number for team data and reflections
    (their ``str()`` is what someone wrote), else None (auditlog's ``str()`` is fine)."""
    if model is not None and is_private(model):
        return f"#{object_pk}"
    return None
