from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from wijkwerk.accounts import twofactor

# Pages a half-logged-in user may still reach: the second-factor pages, logging out, static
# files, the health check and the language switch.
_ALWAYS_OPEN = ("/static/", "/gezondheid/", "/taal/", "/accounts/logout/")


class SecondFactorMiddleware:
    """After the password: the second factor before anything else (after django-otp's
    OTPMiddleware, which tells whether this session is verified).

    - With a confirmed app and an unverified session: to the code page.
    - Required (superuser, admin user, curator) but not set up: to the set-up page (unless the
      development-only WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR is on).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path.startswith(_ALWAYS_OPEN):
            return self.get_response(request)
        own_pages = request.path.startswith(reverse("accounts:second_factor_root"))
        if own_pages or user.is_verified():
            return self.get_response(request)
        if twofactor.has_second_factor(user):
            return _to("accounts:second_factor_verify", request)
        if twofactor.is_required(user) and twofactor.admin_needs_verification():
            return _to("accounts:second_factor_setup", request)
        return self.get_response(request)


def _to(url_name, request):
    target = reverse(url_name)
    next_url = request.get_full_path()
    if request.method == "GET" and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        target += "?" + urlencode({"next": next_url})
    return redirect(target)
