from django.urls import path

from wijkwerk.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.overview, name="second_factor_root"),
    path("instellen/", views.setup, name="second_factor_setup"),
    path("code/", views.verify, name="second_factor_verify"),
    path("reservecodes/", views.backup_codes, name="second_factor_backup_codes"),
    path("uitzetten/", views.remove, name="second_factor_remove"),
]
