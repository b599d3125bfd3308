from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class WijkwerkConfig(AppConfig):
    name = "wijkwerk"
    verbose_name = _("Wijkwerk")


class WijkwerkAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our site: no admin without a second factor."""

    default = False
    default_site = "wijkwerk.admin_site.WijkwerkAdminSite"
