from django.contrib import admin

from wijkwerk.privacy.models import NotAPersonConfirmation


@admin.register(NotAPersonConfirmation)
class NotAPersonConfirmationAdmin(admin.ModelAdmin):
    """Read only: a record of confirmations is evidence, nobody edits or removes it here."""

    list_display = ["confirmed_at", "user", "form", "field", "kind"]
    list_filter = ["form", "kind"]
    date_hierarchy = "confirmed_at"
    list_select_related = ["user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
