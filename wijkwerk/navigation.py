"""What each role may use, as navigation items. Plain data so it is easy to test; who may see
an item is the access policy's answer (wijkwerk.accounts.policy)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkwerk.accounts import policy


def _everyone(user) -> bool:
    return True


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    allowed: Callable = _everyone

    @property
    def url(self) -> str:
        return reverse(self.url_name)


NAV_ITEMS = [
    NavItem(_("Overview"), "dashboard"),
    NavItem(_("Situations"), "situations:list", policy.has_field_role),
    NavItem(_("Advice"), "advice:questionnaire", policy.has_field_role),
    NavItem(
        _("Catalogue"), "activities:list", lambda user: user.has_perm("activities.view_activity")
    ),
    NavItem(_("My reflections"), "reflections:list", policy.can_write_reflections),
    NavItem(_("To review"), "reflections:review_queue", policy.can_review_any),
    NavItem(_("Team overview"), "team_overview", policy.can_see_team_overview),
    NavItem(_("Audit trail"), "audit:team_trail", policy.can_see_team_overview),
    NavItem(_("Catalogue management"), "admin:index", policy.can_manage_catalogue),
]


def nav_items_for(user) -> list[dict]:
    """The navigation entries this user may use, with their URLs."""
    return [
        {"label": item.label, "url": item.url, "url_name": item.url_name}
        for item in NAV_ITEMS
        if item.allowed(user)
    ]
