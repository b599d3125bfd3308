"""The audit trail in the admin: readable by administrators, changeable by nobody.

auditlog registers its own ``LogEntryAdmin``, which lets a superuser delete entries through a
cascade. It is replaced here by a subclass that allows no adding, changing or deleting at all,
for anyone, and shows log-ins as such.
"""

from auditlog.admin import LogEntryAdmin
from auditlog.models import LogEntry
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from wijkwerk.accounts import twofactor
from wijkwerk.audit.signals import LOGIN, LOGIN_FAILED

EVENTS = {
    LOGIN: _("logged in"),
    LOGIN_FAILED: _("log-in failed"),
    twofactor.SET_UP: _("two-step verification set up"),
    twofactor.VERIFIED: _("second step passed"),
    twofactor.FAILED: _("wrong code at the second step"),
    twofactor.BACKUP_CODE_USED: _("backup code used"),
    twofactor.BACKUP_CODES_RENEWED: _("new backup codes made"),
    twofactor.REMOVED: _("two-step verification switched off"),
}

if admin.site.is_registered(LogEntry):
    admin.site.unregister(LogEntry)


@admin.register(LogEntry)
class AuditLogEntryAdmin(LogEntryAdmin):
    list_display = ["created", "resource_url", "action", "event", "msg_short", "user_url"]
    search_fields = ["object_repr", "actor__username", "actor__first_name", "actor__last_name"]
    readonly_fields = ["created", "resource_url", "action", "event", "user_url", "msg"]
    fieldsets = [
        (None, {"fields": ["created", "user_url", "resource_url", "cid", "remote_addr"]}),
        (_("Changes"), {"fields": ["action", "event", "msg"]}),
    ]
    actions = None

    @admin.display(description=_("event"))
    def event(self, obj):
        data = obj.additional_data if isinstance(obj.additional_data, dict) else {}
        label = EVENTS.get(data.get("event"), "")
        if label and data.get("unknown_user"):
            return _("%(event)s (unknown user name)") % {"event": label}
        return label

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
