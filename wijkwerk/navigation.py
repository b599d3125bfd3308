"""What each role may use, as navigation items. Plain data so it is easy to test."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    permission: str | None = None  # None: every logged-in user
    staff_only: bool = False

    @property
    def url(self) -> str:
        return reverse(self.url_name)


NAV_ITEMS = [
    NavItem(_("Overview"), "dashboard"),
    NavItem(_("Situations"), "situations:list", "situations.view_situation"),
    NavItem(_("Advice"), "advice:questionnaire", "situations.view_situation"),
    NavItem(_("Catalogue"), "activities:list", "activities.view_activity"),
    NavItem(_("My reflections"), "reflections:list", "reflections.view_reflection"),
    NavItem(_("To review"), "reflections:review_queue", "reflections.review_reflection"),
    NavItem(_("Team overview"), "team_overview", "situations.view_team_overview"),
    NavItem(
        _("Catalogue management"), "admin:index", "activities.change_activity", staff_only=True
    ),
]


def nav_items_for(user) -> list[dict]:
    """The navigation entries this user may use, with their URLs."""
    items = []
    for item in NAV_ITEMS:
        if item.permission and not user.has_perm(item.permission):
            continue
        if item.staff_only and not user.is_staff:
            continue
        items.append({"label": item.label, "url": item.url, "url_name": item.url_name})
    return items
