from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A professional. Custom from the first migration so it can grow without a painful swap."""

    # Kept in step with the user's confirmed authenticator app (accounts/twofactor.py and its
    # signals), so a request can tell without a query whether to ask for a code.
    second_factor_enabled = models.BooleanField(_("two-step verification on"), default=False)
    # When the start page was last opened, so it can show what changed since the visit before.
    start_page_seen_at = models.DateTimeField(_("start page last seen"), null=True, blank=True)

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["first_name", "last_name", "username"]

    def __str__(self):
        return self.get_full_name() or self.username

    def _team_roles(self) -> list[tuple[int, str]]:
        """(team id, role) of each membership: one query per request, cached on the instance."""
        if not hasattr(self, "_team_roles_cache"):
            self._team_roles_cache = list(self.memberships.values_list("team_id", "role"))
        return self._team_roles_cache

    def team_ids(self) -> set[int]:
        """Ids of the teams this user belongs to, in any role."""
        return {team_id for team_id, _role in self._team_roles()}

    def led_team_ids(self) -> set[int]:
        """Ids of the teams this user leads."""
        return {team_id for team_id, role in self._team_roles() if role == Membership.Role.LEAD}

    @property
    def is_team_lead(self) -> bool:
        return bool(self.led_team_ids())


class Team(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    members = models.ManyToManyField(
        User, through="Membership", related_name="teams", verbose_name=_("members")
    )

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member", _("member")
        LEAD = "lead", _("team lead")

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("team")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role, default=Role.MEMBER)

    class Meta:
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "team"], name="membership_unique_user_team"),
            models.CheckConstraint(
                condition=models.Q(role__in=["member", "lead"]), name="membership_role_valid"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.team} ({self.get_role_display()})"
