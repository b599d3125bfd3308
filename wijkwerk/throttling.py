"""Login throttling on top of django-axes (configured in settings.py): three limits at once.

- one user name from one address (a typo-prone colleague; default 5 failures);
- one address across user names (someone trying many accounts; default 20);
- one account from any address (a spread-out attack on one colleague; default 10).

Axes counts the failures per combination of ``AXES_LOCKOUT_PARAMETERS`` but compares them all to
one limit. ``ThrottlingHandler`` compares each to its own limit and reports how many are reached,
so with ``AXES_FAILURE_LIMIT = 1`` any one of them locks.
"""

import math

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render

# The order of settings.AXES_LOCKOUT_PARAMETERS, and the keys of settings.LOGIN_FAILURE_LIMITS.
USER_AT_ADDRESS = "user_at_address"
ADDRESS = "address"
ACCOUNT = "account"
LIMITS_IN_ORDER = (USER_AT_ADDRESS, ADDRESS, ACCOUNT)


class ThrottlingHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        """How many of the three limits this attempt has reached (0 means not locked)."""
        reached = reached_limits(self.get_user_attempts(request, credentials))
        if request is not None:
            request.wijkwerk_locked_by = reached[0] if reached else None
        return len(reached)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A successful log-in forgives that user name at that address only: logging in to one's
        own account must not wipe the count of failures against other accounts or addresses."""
        own = self.filter_user_attempts(request, credentials)[0]
        count, _ = own.delete()
        return count


def reached_limits(attempts_per_limit) -> list[str]:
    reached = []
    for name, attempts in zip(LIMITS_IN_ORDER, attempts_per_limit, strict=True):
        failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        if failures >= settings.LOGIN_FAILURE_LIMITS[name]:
            reached.append(name)
    return reached


def client_ip(request) -> str | None:
    """The address a log-in attempt came from.

    Behind our own reverse proxy (DJANGO_BEHIND_PROXY=1) that is the last address in
    X-Forwarded-For: the one the proxy saw. Earlier entries are whatever the client sent and
    could be forged to dodge the throttle. Without a proxy it is the connection's address.
    """
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    """The Dutch page for a locked-out log-in (HTTP 429 Too Many Requests), saying which limit."""
    reason = getattr(request, "wijkwerk_locked_by", None) or USER_AT_ADDRESS
    context = {
        "reason": reason,
        "failure_limit": settings.LOGIN_FAILURE_LIMITS[reason],
        "minutes": math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
    }
    return render(request, "registration/locked_out.html", context, status=429)
