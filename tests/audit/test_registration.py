"""The registry itself: what is followed, and that no free text or secret can slip in."""

import pytest
from auditlog.registry import auditlog
from django.apps import apps

from situations import services
from wijkwerk.accounts.admin_privacy import is_private
from wijkwerk.audit.registration import (
    CATALOGUE_MODELS,
    HIDDEN,
    REFLECTION_CONTENT,
    neutral_repr,
    redact,
)

FOLLOWED = [
    *CATALOGUE_MODELS,
    "situations.Situation",
    "situations.LearningQuestion",
    "situations.Observation",
    "situations.Deployment",
    "reflections.Reflection",
    "reflections.Feedback",
    "accounts.User",
    "accounts.Team",
    "accounts.Membership",
    "auth.Group",
]


@pytest.mark.parametrize("label", FOLLOWED)
def test_it_follows(label):
    assert auditlog.contains(apps.get_model(label)) is True


@pytest.mark.parametrize(
    "label",
    [
        "situations.Situation",
        "situations.LearningQuestion",
        "situations.Observation",
        "situations.Deployment",
        "reflections.Reflection",
        "reflections.Feedback",
    ],
)
def test_every_free_text_field_is_masked_by_our_mask(label):
    model = apps.get_model(label)
    fields = auditlog.get_model_fields(model)
    assert set(model.privacy_fields) <= set(fields["mask_fields"])
    assert fields["mask_callable"] == "wijkwerk.audit.registration.redact"
    assert auditlog.get_serialize_options(model)["serialize_data"] is False


def test_reflections_log_only_listed_fields():
    model = apps.get_model("reflections.Reflection")
    included = set(auditlog.get_model_fields(model)["include_fields"])
    assert set(REFLECTION_CONTENT) <= included
    assert "updated_at" not in included  # a field not listed is not logged


def test_the_user_never_logs_the_password_or_last_log_in():
    excluded = auditlog.get_model_fields(apps.get_model("accounts.User"))["exclude_fields"]
    assert {"password", "last_login"} <= set(excluded)


def test_the_mask_keeps_nothing_of_the_text():
    assert redact("Mevrouw op nummer 12 is bang") == HIDDEN
    assert redact("") == ""
    assert redact("None") == ""


def test_private_objects_are_named_by_number():
    for label in ("situations.Situation", "reflections.Reflection", "situations.Observation"):
        model = apps.get_model(label)
        assert is_private(model) is True
        assert neutral_repr(model, 12) == "#12"
    assert neutral_repr(apps.get_model("activities.Goal"), 12) is None


def test_the_situation_services_that_bypass_save_are_wrapped():
    assert getattr(services.situation_update, "_wijkwerk_audited", False) is True
    assert getattr(services._touch, "_wijkwerk_audited", False) is True
