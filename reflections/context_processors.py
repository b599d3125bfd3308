from django.utils.functional import SimpleLazyObject

from reflections.selectors import review_count_for
from wijkwerk.accounts import policy


def review_count(request):
    """``review_count``: submitted reflections waiting for this team lead (the badge next to
    "To review"). Only for users with the team lead's permission, which the navigation has
    already loaded; the COUNT query runs only when a template shows the number."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if not policy.can_review_any(user):
        return {}
    return {"review_count": SimpleLazyObject(lambda: review_count_for(user))}
