from django.utils.functional import SimpleLazyObject

from wijkwerk.navigation import nav_items_for
from wijkwerk.notifications.selectors import unread_count


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    return {"nav_items": nav_items_for(user)}


def notification_count(request):
    """``notification_count``: the user's unread notifications (the badge next to
    "Notifications"). The COUNT query runs only when a template shows the number."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"notification_count": SimpleLazyObject(lambda: unread_count(user))}
