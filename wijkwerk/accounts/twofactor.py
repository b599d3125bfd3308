"""The second factor: a code from an authenticator app (TOTP), or one of ten backup codes.

Built on django-otp (its TOTP and static devices, its per-session "verified" state and its
throttling of wrong codes). This module holds the rules; views.py the pages.

- Required for superusers, staff (the admin) and curators; optional for everyone else.
- Someone with a confirmed app enters a code once per session, right after the password.
- Someone who needs one but has none is sent to set it up before anything else.
- The admin refuses anyone without a verified second factor, unless the development-only
  setting WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR is on — which settings.py refuses with debug off.
"""

from io import BytesIO

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.dispatch import Signal
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from wijkwerk.accounts.roles import CURATOR_PERMISSION

# Sent as (sender=None, user=..., event=...) for the audit trail; the events below.
second_factor_event = Signal()
SET_UP = "second_factor_set_up"
VERIFIED = "second_factor_verified"
FAILED = "second_factor_failed"
BACKUP_CODE_USED = "backup_code_used"
BACKUP_CODES_RENEWED = "backup_codes_renewed"
REMOVED = "second_factor_removed"

APP_DEVICE_NAME = "app"
BACKUP_DEVICE_NAME = "backup"
BACKUP_CODE_COUNT = 10
ISSUER = "Wijkwerk"


def is_required(user) -> bool:
    """Superusers, admin users and curators must use a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    return CURATOR_PERMISSION in user.get_group_permissions()


def has_second_factor(user) -> bool:
    """Does the user log in with an app code? Read from the user row (no query)."""
    return user.is_authenticated and user.second_factor_enabled


def sync_flag(user) -> None:
    """Set ``second_factor_enabled`` from the devices themselves (after a change)."""
    enabled = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    if user.second_factor_enabled != enabled:
        user.second_factor_enabled = enabled
        user.save(update_fields=["second_factor_enabled"])


def admin_needs_verification() -> bool:
    return not getattr(settings, "WIJKWERK_ADMIN_WITHOUT_SECOND_FACTOR", False)


def pending_app_device(user) -> TOTPDevice:
    """The unconfirmed app device being set up (one; made on first use)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an SVG QR code (no raster library needed)."""
    url = device.config_url.replace("otpauth://totp/", f"otpauth://totp/{ISSUER}:", 1)
    url += f"&issuer={ISSUER}"
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8").split("?>", 1)[-1].strip()
    # The figure around it carries the text alternative; the drawing itself is decoration.
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def secret_for_typing(device: TOTPDevice) -> str:
    """The secret in groups of four, for apps without a camera."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def confirm_app_device(device: TOTPDevice, code: str) -> bool:
    """Confirm the app with a first code; other unconfirmed devices of the user go."""
    if not device.verify_is_allowed()[0] or not device.verify_token(code.replace(" ", "")):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    second_factor_event.send(sender=None, user=device.user, event=SET_UP)
    return True


def new_backup_codes(user) -> list[str]:
    """Ten fresh one-time backup codes; the old ones stop working. Shown once, stored hashed
    by nobody but django-otp's own token table."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    second_factor_event.send(sender=None, user=user, event=BACKUP_CODES_RENEWED)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__name=BACKUP_DEVICE_NAME).count()


def match_code(user, code: str):
    """The device that accepts this code (app code or backup code), or None. A backup code
    is used up. Devices throttle wrong codes themselves (django-otp)."""
    code = code.replace(" ", "").strip()
    if not code:
        return None
    for device in devices_for_user(user, confirmed=True):
        allowed, _data = device.verify_is_allowed()
        if allowed and device.verify_token(code):
            used_backup = device.name == BACKUP_DEVICE_NAME
            second_factor_event.send(
                sender=None, user=user, event=BACKUP_CODE_USED if used_backup else VERIFIED
            )
            return device
    second_factor_event.send(sender=None, user=user, event=FAILED)
    return None


def remove_second_factor(user) -> None:
    for device in devices_for_user(user, confirmed=None):
        device.delete()
    second_factor_event.send(sender=None, user=user, event=REMOVED)
