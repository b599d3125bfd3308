from django.urls import path

from wijkwerk.audit import views

app_name = "audit"

urlpatterns = [
    path("", views.team_trail, name="team_trail"),
]
