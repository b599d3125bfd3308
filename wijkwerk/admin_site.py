from django.contrib import admin


class WijkwerkAdminSite(admin.AdminSite):
    """The admin only for a session verified with a second factor (see accounts/twofactor.py)."""

    def has_permission(self, request):
        from wijkwerk.accounts import twofactor  # models: only once the apps are ready

        if not super().has_permission(request):
            return False
        return not twofactor.admin_needs_verification() or request.user.is_verified()
