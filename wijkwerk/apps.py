from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WijkwerkConfig(AppConfig):
    name = "wijkwerk"
    verbose_name = _("Wijkwerk")
