"""The three roles as Django groups, and the model permissions each one carries.

Which object a role may touch (own team, own reflection, the teams one leads) is decided by
the access policy in policy.py; these groups decide what a role may use at all.
"""

from django.utils.translation import gettext_lazy as _

SOCIAL_WORKER = "Sociaal werker"
TEAM_LEAD = "Teamleider"
CURATOR = "Beheerder"

# The permission that tells a role apart, for the access policy (policy.py): field work
# (Sociaal werker and Teamleider) and leading a team (Teamleider).
FIELD_PERMISSION = "situations.view_situation"
LEAD_PERMISSION = "reflections.review_reflection"
CURATOR_PERMISSION = "activities.change_activity"

ROLE_LABELS = {
    SOCIAL_WORKER: _("Social worker"),
    TEAM_LEAD: _("Team lead"),
    CURATOR: _("Curator"),
}

_CATALOGUE_MODELS = [
    "activity",
    "levelfit",
    "contraindication",
    "level",
    "signal",
    "situationtype",
    "goal",
    "targetgroup",
]
_FIELD_MODELS = ["neighbourhood", "situation", "learningquestion", "observation", "deployment"]

_WORKER = (
    [f"activities.view_{m}" for m in _CATALOGUE_MODELS]
    + [
        f"situations.{action}_{m}"
        for m in _FIELD_MODELS
        for action in ("view", "add", "change", "delete")
    ]
    + [f"reflections.{action}_reflection" for action in ("view", "add", "change", "delete")]
)

ROLE_PERMISSIONS: dict[str, list[str]] = {
    SOCIAL_WORKER: _WORKER,
    TEAM_LEAD: _WORKER
    + [
        "reflections.review_reflection",
        "reflections.add_feedback",
        "situations.view_team_overview",
    ],
    CURATOR: [
        f"activities.{action}_{m}"
        for m in _CATALOGUE_MODELS
        for action in ("view", "add", "change", "delete")
    ]
    + [f"situations.{action}_neighbourhood" for action in ("view", "add", "change", "delete")],
}


def sync_role_groups(apps, schema_editor=None):
    """Create the role groups and give them exactly their permissions (idempotent).

    Usable from data migrations (with the historical ``apps``) and from code. Permissions
    of models that do not exist yet are skipped; a later migration calls this again.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # create_permissions skips apps without a models module; historical app configs have
        # none, real ones do and must keep it (flush and the content-type cache rely on it).
        previous = getattr(app_config, "models_module", None)
        app_config.models_module = previous or True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = previous

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role, perms in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            wanted.extend(
                permission_model.objects.filter(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.set(wanted)
