from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("<int:pk>/openen/", views.notification_open, name="open"),
    path("alles-gelezen/", views.notification_mark_all_read, name="mark_all_read"),
    path("instellingen/", views.preferences, name="preferences"),
]
