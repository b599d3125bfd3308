"""Sessions that lose nothing.

**Timeouts.** A session ends after ``SESSION_IDLE_MINUTES`` without a request and
``SESSION_COOKIE_AGE`` seconds after logging in, whatever happens in between. The log-in time
and the last activity live in the session (epoch seconds). The last activity is written only
when it is older than a minute (or a tenth of the idle time, when that is shorter), so an
active user costs one session write a minute, not one per request. The warning script's status
check (a GET of :func:`session_status`) is *passive*: it never counts as activity; its
"Ingelogd blijven" (a POST to the same URL) does.

**Nothing typed is lost.** A POST from a browser that is no longer logged in (the session
expired, or the user logged out in another tab) would be answered with a redirect to the
log-in page, and what was typed would be gone. Instead the form fields are kept in the new
anonymous session (never passwords, tokens or files; the CSRF check has already passed, so the
POST came from one of our own pages) together with the path the form was posted to and the page
it was on. The browser goes to the log-in page with ``next=`` that page. Logging in keeps the
anonymous session's data (``login()`` only cycles the key). On the first GET of that page the
kept fields are handed to the page (``request.restored_form``), ``templates/base.html`` shows
that they are not saved yet and puts them in a JSON data block, and ``static/js/session.js``
fills the form that posts to the kept path with them. The user checks them and saves again:
a real POST, with the fresh page's CSRF token, validated like any other.

Why not bind the form on the server: the views build their forms from ``request.POST`` and
some of them save whenever ``form.is_valid()`` (the reflection views do not check the method).
Handing them the kept data as ``request.POST`` on a GET would save it automatically. Filling in
the browser keeps every view unchanged and makes an automatic save impossible: the server only
ever *shows* kept data. ``request.restored_form_data`` (a ``QueryDict``) is there for a view
that wants to use it as ``initial``.

Kept data belongs to the user who was logged in: when the session ended here (timeout or log
out), the next log-in as someone else drops it. It lives in the session, so it ends with it,
and it is dropped once it has been shown.
"""

import re
import time
from dataclasses import dataclass
from math import ceil
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse, QueryDict
from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

LOGIN_AT = "wijkwerk_login_at"
LAST_ACTIVITY = "wijkwerk_last_activity"
# Left in the anonymous session when a session ends: {"user": pk or None, "reason": ...}.
LOGGED_OUT = "wijkwerk_logged_out"
# Forms posted after the session ended: a list of {"user", "action", "next", "fields"}.
KEPT = "wijkwerk_kept_forms"

IDLE, MAXIMUM, LOGGED_OUT_BY_USER = "idle", "maximum", "logout"
ACTIVITY_GRANULARITY = 60  # seconds between two writes of the last activity, at most
MAX_KEPT_FORMS = 10
# Field names never kept: the CSRF token, passwords, one-time codes and other secrets.
NOT_KEPT = re.compile(r"csrfmiddlewaretoken|pass|wachtwoord|secret|token|otp", re.IGNORECASE)
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
DELIVERED_MARK = b'id="restored-form-data"'

NOTICES = {
    "kept": _(
        "You were inactive for too long and have been logged out. Log in again; what you "
        "typed is still there."
    ),
    IDLE: _("You were inactive for too long and have been logged out. Log in again."),
    MAXIMUM: _("You were logged in for the maximum time and have been logged out. Log in again."),
}


def now() -> float:
    return time.time()


def idle_seconds() -> float:
    return float(settings.SESSION_IDLE_MINUTES) * 60


def maximum_seconds() -> float:
    return float(settings.SESSION_COOKIE_AGE)


def warning_seconds() -> float:
    return min(float(settings.SESSION_WARNING_MINUTES) * 60, idle_seconds())


def passive(view):
    """Mark a view whose GET must not count as activity (the warning script's status check)."""
    view.session_passive = True
    return view


@dataclass(frozen=True)
class SessionTimer:
    """What the warning script needs, in whole seconds: until the idle timeout, until the
    maximum, and how long before the end it warns."""

    idle_remaining: int
    maximum_remaining: int
    warning: int

    @property
    def remaining(self) -> int:
        return min(self.idle_remaining, self.maximum_remaining)

    @property
    def warning_minutes(self) -> int:
        return max(1, ceil(self.warning / 60))

    def as_json(self) -> dict:
        return {
            "remaining": self.remaining,
            "idle_remaining": self.idle_remaining,
            "maximum_remaining": self.maximum_remaining,
            "warning": self.warning,
        }


@dataclass(frozen=True)
class RestoredForm:
    """A form posted after the session ended, handed back to the page it was on."""

    action: str  # the path (with query) the form was posted to
    fields: tuple[tuple[str, str], ...]

    @property
    def data(self) -> QueryDict:
        data = QueryDict(mutable=True)
        for name, value in self.fields:
            data.appendlist(name, value)
        data._mutable = False
        return data

    @property
    def texts(self) -> list[str]:
        """The values a person typed (not ids, codes, dates or yes/no), for the list shown
        without JavaScript."""
        return [
            value
            for _name, value in self.fields
            if re.search(r"[^\W\d_]", value) and not re.fullmatch(r"[a-z0-9_-]+", value)
        ]

    @property
    def client_data(self) -> dict:
        return {"action": self.action, "fields": [list(field) for field in self.fields]}


def timer_for(session) -> SessionTimer:
    """The time left in this session. A session without timestamps (made before they were
    kept, or by a test's force_login) counts as fresh."""
    moment = now()
    last, login_at = session.get(LAST_ACTIVITY, moment), session.get(LOGIN_AT, moment)
    # Rounded up: 0 only when the session is over.
    return SessionTimer(
        idle_remaining=max(0, ceil(idle_seconds() - (moment - last))),
        maximum_remaining=max(0, ceil(maximum_seconds() - (moment - login_at))),
        warning=int(warning_seconds()),
    )


def record_activity(request, *, force: bool = False) -> None:
    """Count this request as activity. The session is written only when the stored moment is
    older than the granularity, or when ``force`` (the keep-alive)."""
    session = request.session
    moment = now()
    last = session.get(LAST_ACTIVITY)
    if last is None:
        # An untimed session gets its timestamps with a write it makes anyway (see _after).
        if force:
            session[LAST_ACTIVITY] = moment
            session.setdefault(LOGIN_AT, moment)
        return
    if force or moment - last >= min(ACTIVITY_GRANULARITY, idle_seconds() / 10):
        session[LAST_ACTIVITY] = moment


def expiry_reason(session) -> str | None:
    """``IDLE`` or ``MAXIMUM`` when this logged-in session is over, else None."""
    moment = now()
    login_at, last = session.get(LOGIN_AT), session.get(LAST_ACTIVITY)
    if login_at is not None and moment - login_at >= maximum_seconds():
        return MAXIMUM
    if last is not None and moment - last >= idle_seconds():
        return IDLE
    return None


class SessionTimeoutMiddleware:
    """Idle timeout and maximum, kept POSTs and their restoring (see the module's docstring).

    Sits after the authentication and OTP middleware and before LoginRequiredMiddleware: its
    ``process_view`` runs after the CSRF check and before the log-in redirect."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user_before = request.session.get(SESSION_KEY)
        response = self.get_response(request)
        self._after(request, response, user_before)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        session = request.session
        if request.user.is_authenticated:
            reason = expiry_reason(session)
            if reason is None:
                if not (
                    getattr(view_func, "session_passive", False)
                    and request.method in ("GET", "HEAD")
                ):
                    record_activity(request)
                request.session_timer = timer_for(session)
                self._restore(request)
                return None
            owner = session.get(SESSION_KEY)
            logout(request)
            request.session[LOGGED_OUT] = {"user": owner, "reason": reason}
        request.session_notice = notice_for(request.session)
        if request.method == "POST" and self._keeps(request, view_func):
            return self._keep(request)
        return None

    # Kept POSTs ----------------------------------------------------------------------------

    @staticmethod
    def _keeps(request, view_func) -> bool:
        """A form POST that LoginRequiredMiddleware would turn away (not the API, not the
        admin, which has its own log-in, and not a view exempt from the CSRF check)."""
        match = request.resolver_match
        return (
            getattr(view_func, "login_required", True)
            and not getattr(view_func, "csrf_exempt", False)
            and not (match and match.namespaces[:1] == ["admin"])
            and request.content_type in FORM_CONTENT_TYPES
            and "json" not in (request.GET.get("format"), request.POST.get("format"))
        )

    def _keep(self, request):
        fields = [
            [name, value]
            for name, values in request.POST.lists()
            if not NOT_KEPT.search(name)
            for value in values
        ]
        back_to = return_path(request)
        if fields:
            marker = request.session.get(LOGGED_OUT) or {}
            entry = {
                "user": marker.get("user"),
                "action": request.get_full_path(),
                "next": back_to,
                "fields": fields,
            }
            others = [kept for kept in request.session.get(KEPT, []) if kept["next"] != back_to]
            request.session[KEPT] = (others + [entry])[-MAX_KEPT_FORMS:]
            request.session_notice = NOTICES["kept"]
        return redirect_to_login(back_to)

    @staticmethod
    def _restore(request) -> None:
        """Drop kept forms of another user; on a GET of the page a kept form came from, hand
        it to the page."""
        session = request.session
        entries = session.get(KEPT)
        if not entries:
            return
        user = session.get(SESSION_KEY)
        mine = [entry for entry in entries if entry["user"] in (None, user)]
        if len(mine) != len(entries):
            _set_kept(session, mine)
        if request.method != "GET":
            return
        path = request.get_full_path()
        for entry in mine:
            if entry["next"] == path:
                restored = RestoredForm(
                    action=entry["action"], fields=tuple(tuple(field) for field in entry["fields"])
                )
                request.restored_form = restored
                request.restored_form_data = restored.data
                return

    # After the view ------------------------------------------------------------------------

    @staticmethod
    def _after(request, response, user_before) -> None:
        session = request.session
        user_after = session.get(SESSION_KEY)
        if user_after and user_after != user_before:
            # Logged in during this request: the clock starts now; another user's kept forms go.
            moment = now()
            session[LOGIN_AT] = session[LAST_ACTIVITY] = moment
            session.pop(LOGGED_OUT, None)
            kept = session.get(KEPT)
            if kept:
                _set_kept(session, [entry for entry in kept if entry["user"] in (None, user_after)])
        elif user_before and not user_after and LOGGED_OUT not in session:
            # Logged out by the view: remember who, so their kept forms go to no one else.
            session[LOGGED_OUT] = {"user": user_before, "reason": LOGGED_OUT_BY_USER}
        elif user_after and LOGIN_AT not in session and session.modified:
            # A session from before the timestamps: it gets them with a write it makes anyway.
            session[LOGIN_AT] = session[LAST_ACTIVITY] = now()
        restored = getattr(request, "restored_form", None)
        if restored is not None and _delivered(response):
            path = request.get_full_path()
            _set_kept(session, [entry for entry in session.get(KEPT, []) if entry["next"] != path])


def _set_kept(session, entries: list) -> None:
    if entries:
        session[KEPT] = entries
    else:
        session.pop(KEPT, None)


def _delivered(response) -> bool:
    """The page showed the kept form (base.html wrote its data block): it is used once."""
    return (
        response.status_code == 200
        and not response.streaming
        and DELIVERED_MARK in response.content
    )


def notice_for(session):
    """What the log-in page says about the session that ended here, if anything."""
    if session.get(KEPT):
        return NOTICES["kept"]
    marker = session.get(LOGGED_OUT) or {}
    return NOTICES.get(marker.get("reason"))


def return_path(request) -> str:
    """The page the posted form was on (the Referer, when it is ours), else the posted path."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(referer)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith("/") and not path.startswith(resolve_url(settings.LOGIN_URL)):
            return path
    return request.get_full_path()


@passive
@never_cache
@require_http_methods(["GET", "POST"])
def session_status(request):
    """The warning script's check (GET: how long this session has left; not activity) and its
    "Ingelogd blijven" (POST: count as activity, then the same answer)."""
    if request.method == "POST":
        record_activity(request, force=True)
    return JsonResponse(timer_for(request.session).as_json())
