"""The one access policy: who may see, edit, delete, close, review and export what, and who
sees the team overview and the audit trail. Views, selectors and templates ask this module;
nothing else decides access.

Roles (the groups in roles.py) say what someone does; memberships say in which team:

- Field work (situations, the advice, their own reflections) needs the Sociaal werker or the
  Teamleider role, and happens in the teams the user is a member of.
- A team lead is the Teamleider role *and* a lead membership of that team, everywhere: a lead
  membership without the role, or the role without a lead membership, leads nothing.
- Being a superuser grants no role: an administrator sees situations and reflections only
  through roles and memberships like anyone else (and needs a second factor for the admin).

The rules work on plain attributes (``team_id``, ``owner_id``, ``author_id``, ``status``) so this
module imports no app; the apps turn them into querysets.
"""

from functools import wraps

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied

from wijkwerk.accounts.roles import CURATOR_PERMISSION, FIELD_PERMISSION, LEAD_PERMISSION

# Reflection statuses a lead may read (never drafts); the values of Reflection.Status. Which
# status allows which step (edit, submit, delete) is the workflow's business (reflections).
LEAD_VISIBLE_STATUSES = frozenset({"submitted", "reviewed", "returned"})


def _group_permissions(user) -> set[str]:
    """The permissions the user's roles (groups) give. Django's backend caches them on the user,
    but answers "everything" for a superuser: for them, read the groups themselves."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if not user.is_superuser:
        return user.get_group_permissions()
    if not hasattr(user, "_role_permissions_cache"):
        user._role_permissions_cache = {
            f"{app_label}.{codename}"
            for app_label, codename in Permission.objects.filter(group__user=user).values_list(
                "content_type__app_label", "codename"
            )
        }
    return user._role_permissions_cache


def has_field_role(user) -> bool:
    return FIELD_PERMISSION in _group_permissions(user)


def has_lead_role(user) -> bool:
    return LEAD_PERMISSION in _group_permissions(user)


def can_manage_catalogue(user) -> bool:
    """Curators keep the catalogue in the admin: staff with the curator's right (a superuser
    has it too, as the admin itself would allow)."""
    return user.is_staff and user.has_perm(CURATOR_PERMISSION)


def can_remove_deployment(user, deployment) -> bool:
    """Only the person who recorded a deployment removes it, while in the situation's team."""
    return (
        user.is_authenticated
        and deployment.recorded_by_id == user.pk
        and can_edit_situation(user, deployment.situation)
    )


def field_team_ids(user) -> set[int]:
    """The teams whose situations the user works in."""
    return user.team_ids() if has_field_role(user) else set()


def led_team_ids(user) -> set[int]:
    """The teams the user leads: the Teamleider role and a lead membership, both."""
    return user.led_team_ids() if has_lead_role(user) else set()


# Situations (and their observations, deployments and learning questions) ------------------


def can_view_situation(user, situation) -> bool:
    return situation.team_id in field_team_ids(user)


def can_edit_situation(user, situation) -> bool:
    """Team members edit, close, reopen and add to their team's situations."""
    return can_view_situation(user, situation)


def can_delete_situation(user, situation) -> bool:
    """The owner and the leads of the situation's team."""
    if not can_view_situation(user, situation):
        return False
    return situation.owner_id == user.pk or situation.team_id in led_team_ids(user)


def can_add_situation(user) -> bool:
    return bool(field_team_ids(user))


# Reflections ---------------------------------------------------------------------------------


def is_author(user, reflection) -> bool:
    return user.is_authenticated and reflection.author_id == user.pk


def leads_author(user, author_team_ids: set[int]) -> bool:
    """Does the user lead a team the author is a member of? ``author_team_ids``: the author's."""
    return bool(led_team_ids(user) & author_team_ids)


def can_view_reflection(user, reflection, author_team_ids: set[int]) -> bool:
    """The author always; a lead of the author's team once it is submitted; nobody else."""
    if is_author(user, reflection):
        return True
    return reflection.status in LEAD_VISIBLE_STATUSES and leads_author(user, author_team_ids)


def can_review_reflection(user, reflection, author_team_ids: set[int]) -> bool:
    """Comment, return, mark as reviewed: a lead of the author's team, never the author."""
    return not is_author(user, reflection) and leads_author(user, author_team_ids)


def can_write_reflections(user) -> bool:
    """Write, edit, submit, delete and export one's own reflections."""
    return has_field_role(user)


# Team pages ----------------------------------------------------------------------------------


def can_see_team_overview(user) -> bool:
    """The team overview and the team's audit trail: for leads, about the teams they lead."""
    return bool(led_team_ids(user))


def can_review_any(user) -> bool:
    """The review queue and its badge."""
    return bool(led_team_ids(user))


# For views ------------------------------------------------------------------------------------


def required(predicate):
    """View decorator: 403 unless ``predicate(request.user)`` holds."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not predicate(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def deny_unless(allowed: bool) -> None:
    """In a view, after the object was found (else 404): 403 unless the rule allows it."""
    if not allowed:
        raise PermissionDenied
