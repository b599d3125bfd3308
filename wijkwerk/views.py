import logging

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wijkwerk import start
from wijkwerk.accounts import policy
from wijkwerk.accounts.roles import ROLE_LABELS

logger = logging.getLogger(__name__)


def dashboard(request):
    """The start page: for each of the user's roles, what there is to do (wijkwerk/start.py)."""
    user = request.user
    roles = [ROLE_LABELS[g.name] for g in user.groups.all() if g.name in ROLE_LABELS]
    now = timezone.now()
    previous = start.previous_visit(session=request.session, user=user, now=now)
    page = start.start_page(user=user, today=timezone.localdate(), now=now, previous=previous)
    context = {
        "roles": roles,
        "memberships": user.memberships.select_related("team"),
        "start": page,
        "can_add_situation": policy.can_add_situation(user),
        "can_write_reflections": policy.can_write_reflections(user),
    }
    if page.lead is not None:
        # The navigation badge shows the same number: no second COUNT.
        context["review_count"] = page.lead.review.total
    return render(request, "wijkwerk/dashboard.html", context)


@login_not_required
@never_cache
@require_GET
def health(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def error_403(request, exception=None):
    return render(request, "403.html", status=403)


def error_404(request, exception=None):
    return render(request, "404.html", status=404)


def error_500(request):
    # Rendered without a request context: no context processor may touch the database,
    # which may be the very thing that failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
