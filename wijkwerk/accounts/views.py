"""The second-factor pages: overview, set-up, the code after the password, backup codes."""

import django_otp
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from wijkwerk.accounts import twofactor
from wijkwerk.accounts.forms import CodeForm, ConfirmRemovalForm


def _next_url(request, default="dashboard"):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}):
        return candidate
    return default


def _posted(request):
    """The posted data, also when empty (an empty POST must show "required", not a blank form)."""
    return request.POST if request.method == "POST" else None


def _unverified_with_device(user) -> bool:
    return twofactor.has_second_factor(user) and not user.is_verified()


def overview(request):
    user = request.user
    if _unverified_with_device(user):
        return redirect("accounts:second_factor_verify")
    context = {
        "active": twofactor.has_second_factor(user),
        "required": twofactor.is_required(user),
        "backup_codes_left": twofactor.backup_codes_left(user),
    }
    return render(request, "accounts/second_factor.html", context)


@require_http_methods(["GET", "POST"])
def setup(request):
    user = request.user
    if _unverified_with_device(user):
        return redirect("accounts:second_factor_verify")
    device = twofactor.pending_app_device(user)
    form = CodeForm(_posted(request))
    if form.is_valid():
        if twofactor.confirm_app_device(device, form.cleaned_data["code"]):
            django_otp.login(request, device)
            codes = twofactor.new_backup_codes(user)
            messages.success(request, _("Two-step verification is on."))
            return render(
                request,
                "accounts/backup_codes.html",
                {"codes": codes, "next_url": _next_url(request)},
            )
        form.add_error(
            "code",
            _(
                "This code is not right. Check that the time on your phone is correct and type "
                "the code the app shows now."
            ),
        )
    context = {
        "form": form,
        "qr_code": twofactor.qr_code_svg(device),
        "secret": twofactor.secret_for_typing(device),
        "required": twofactor.is_required(user),
        "next_url": _next_url(request, default=""),
    }
    return render(request, "accounts/second_factor_setup.html", context)


@require_http_methods(["GET", "POST"])
def verify(request):
    user = request.user
    if user.is_verified() or not twofactor.has_second_factor(user):
        return redirect(_next_url(request))
    form = CodeForm(_posted(request))
    if form.is_valid():
        device = twofactor.match_code(user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            if device.name == twofactor.BACKUP_DEVICE_NAME:
                messages.warning(
                    request,
                    _("You used a backup code; %(left)s are left.")
                    % {"left": twofactor.backup_codes_left(user)},
                )
            return redirect(_next_url(request))
        form.add_error(
            "code",
            _(
                "This code is not right, or you tried too often: wait a moment and type the "
                "code the app shows now, or a backup code."
            ),
        )
    return render(
        request,
        "accounts/second_factor_verify.html",
        {"form": form, "next_url": _next_url(request, default="")},
    )


@require_POST
def backup_codes(request):
    user = request.user
    if not user.is_verified():
        return redirect("accounts:second_factor_verify")
    codes = twofactor.new_backup_codes(user)
    return render(request, "accounts/backup_codes.html", {"codes": codes, "next_url": ""})


@require_http_methods(["GET", "POST"])
def remove(request):
    user = request.user
    if not user.is_verified():
        return redirect("accounts:second_factor_verify")
    if twofactor.is_required(user):
        messages.error(request, _("Your role requires two-step verification: it stays on."))
        return redirect("accounts:second_factor_root")
    form = ConfirmRemovalForm(_posted(request))
    if form.is_valid():
        twofactor.remove_second_factor(user)
        messages.success(request, _("Two-step verification is off."))
        return redirect("accounts:second_factor_root")
    return render(request, "accounts/second_factor_remove.html", {"form": form})
