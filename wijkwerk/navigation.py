"""What each role may use, as navigation items. Plain data so it is easy to test."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    permission: str | None = None  # None: every logged-in user
    staff_only: bool = False

    @property
    def url(self) -> str | None:
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


NAV_ITEMS = [
    NavItem(_("Overview"), "dashboard"),
    NavItem(_("Situations"), "situations:list", "situations.view_situation"),
    NavItem(_("Advice"), "advice", "situations.view_situation"),
    NavItem(_("Catalogue"), "activities:list", "activities.view_activity"),
    NavItem(_("My reflections"), "reflections:list", "reflections.view_reflection"),
    NavItem(_("To review"), "reflections:review_queue", "reflections.review_reflection"),
    NavItem(_("Team overview"), "team_overview", "situations.view_team_overview"),
    NavItem(
        _("Catalogue management"), "admin:index", "activities.change_activity", staff_only=True
    ),
]


def nav_items_for(user) -> list[dict]:
    """The navigation entries this user may use, with their URLs; unbuilt pages are left out."""
    items = []
    for item in NAV_ITEMS:
        if item.permission and not user.has_perm(item.permission):
            continue
        if item.staff_only and not user.is_staff:
            continue
        url = item.url
        if url is not None:
            items.append({"label": item.label, "url": url, "url_name": item.url_name})
    return items
