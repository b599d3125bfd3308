"""Receivers that feed the audit trail: connected in ``AuditConfig.ready()``.

- log-ins: a successful one and a failed one become entries about the account (``ACCESS``,
  with ``additional_data["event"]``); a failed one for an unknown user name is stored without
  that name, since people type their password into the user-name field;
- every new entry about team data or a reflection names its object by number only;
- every new entry is added to the trails of the teams it concerns (``scope``).
"""

from auditlog.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from wijkwerk.audit import scope
from wijkwerk.audit.registration import neutral_repr

LOGIN = "login"
LOGIN_FAILED = "login_failed"


# Log-ins --------------------------------------------------------------------------------------


def log_login(sender, request, user, **kwargs):
    LogEntry.objects.log_create(
        user,
        force_log=True,
        action=LogEntry.Action.ACCESS,
        changes=None,
        actor=user,
        additional_data={"event": LOGIN},
    )


def log_login_failed(sender, credentials, request=None, **kwargs):
    """``credentials`` arrive with the password already replaced by stars; only the user name
    is read, to find the account. Nothing of what was typed is stored."""
    user_model = get_user_model()
    username = credentials.get(user_model.USERNAME_FIELD)
    user = None
    if isinstance(username, str) and username:
        user = user_model._default_manager.filter(
            **{user_model.USERNAME_FIELD: username[:150]}
        ).first()
    if user is not None:
        LogEntry.objects.log_create(
            user,
            force_log=True,
            action=LogEntry.Action.ACCESS,
            changes=None,
            additional_data={"event": LOGIN_FAILED},
        )
        return
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(user_model),
        object_pk="",
        object_id=None,
        object_repr="",
        action=LogEntry.Action.ACCESS,
        additional_data={"event": LOGIN_FAILED, "unknown_user": True},
    )


def log_second_factor_event(sender, user, event, **kwargs):
    """Set up, verified, a wrong code, a backup code used, new backup codes, switched off."""
    LogEntry.objects.log_create(
        user,
        force_log=True,
        action=LogEntry.Action.ACCESS,
        changes=None,
        actor=user,
        additional_data={"event": event},
    )


# Every entry ----------------------------------------------------------------------------------


def name_private_objects_by_number(sender, instance, **kwargs):
    """pre_save of LogEntry: no title of a situation or reflection in ``object_repr``."""
    if not instance._state.adding:
        return
    replacement = neutral_repr(instance.content_type.model_class(), instance.object_pk)
    if replacement is not None:
        instance.object_repr = replacement


def add_to_team_trails(sender, instance, action, log_entry=None, log_created=False, **kwargs):
    """auditlog's post_log: an entry about a saved or deleted instance."""
    if log_created and log_entry is not None:
        scope.add_to_team_trails(log_entry, instance, kwargs.get("changes"))


def add_m2m_entry_to_team_trails(sender, instance, created, raw=False, **kwargs):
    """post_save of LogEntry: auditlog sends no post_log for many-to-many changes."""
    if created and not raw and _is_m2m(instance.changes):
        scope.add_m2m_entry_to_team_trails(instance)


def stash_team_before_delete(sender, instance, **kwargs):
    scope.stash_before_delete(instance)


def _is_m2m(changes) -> bool:
    return isinstance(changes, dict) and any(
        isinstance(value, dict) and value.get("type") == "m2m" for value in changes.values()
    )
