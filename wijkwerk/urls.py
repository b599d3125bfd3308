from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import set_language

from wijkwerk import sessions, views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("gezondheid/", views.health, name="health"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/wachtwoord/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/wachtwoord/gewijzigd/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("accounts/tweestapsverificatie/", include("wijkwerk.accounts.urls")),
    path("taal/", set_language, name="set_language"),
    path("sessie/", sessions.session_status, name="session"),
    path("activiteiten/", include("activities.urls")),
    path("situaties/", include("situations.urls")),
    path("reflecties/", include("reflections.urls")),
    path("logboek/", include("wijkwerk.audit.urls")),
    path("meldingen/", include("wijkwerk.notifications.urls")),
    path("", include("situations.root_urls")),
    path("", include("advice.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "wijkwerk.views.error_403"
handler404 = "wijkwerk.views.error_404"
handler500 = "wijkwerk.views.error_500"

admin.site.site_header = _("Wijkwerk – catalogue management")
admin.site.site_title = "Wijkwerk"
admin.site.index_title = _("Management")
