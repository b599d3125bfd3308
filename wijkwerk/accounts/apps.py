from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "wijkwerk.accounts"
    label = "accounts"
    verbose_name = _("Accounts and teams")

    def ready(self):
        from wijkwerk.accounts import signals  # noqa: F401
