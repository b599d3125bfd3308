"""Notifications: a badge and a list in the app, and e-mail (right away or as a daily digest).

They say *that* something happened and where to act, never what a reflection or a description
says. Apps call ``notify()``; this package knows nothing about reflections or situations.
"""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "wijkwerk.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
