from django.urls import path

from situations import views

app_name = "situations"

urlpatterns = [
    path("", views.situation_list, name="list"),
    path("nieuw/", views.situation_create, name="create"),
    path("<int:pk>/", views.situation_detail, name="detail"),
    path("<int:pk>/bewerken/", views.situation_update, name="update"),
    path("<int:pk>/verwijderen/", views.situation_delete, name="delete"),
    path("<int:pk>/verloop/nieuw/", views.observation_add, name="observation_add"),
    path("<int:pk>/inzet/nieuw/", views.deployment_add, name="deployment_add"),
    path(
        "<int:pk>/inzet/<int:deployment_pk>/bewerken/",
        views.deployment_update,
        name="deployment_update",
    ),
    path(
        "<int:pk>/inzet/<int:deployment_pk>/verwijderen/",
        views.deployment_delete,
        name="deployment_delete",
    ),
    path(
        "<int:pk>/inzet/<int:deployment_pk>/ongedaan-maken/",
        views.deployment_undo,
        name="deployment_undo",
    ),
    path("<int:pk>/afsluiten/", views.situation_close, name="close"),
    path("<int:pk>/heropenen/", views.situation_reopen, name="reopen"),
]
