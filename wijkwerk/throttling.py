"""Helpers for the login throttling by django-axes (configured in settings.py)."""

import math

from django.conf import settings
from django.shortcuts import render


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
    """The Dutch page for a locked-out log-in (HTTP 429 Too Many Requests)."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
    }
    return render(request, "registration/locked_out.html", context, status=429)
