from django.urls import path

from reflections import views

app_name = "reflections"

urlpatterns = [
    path("", views.reflection_list, name="list"),
    path("nieuw/", views.reflection_create, name="create"),
    path("beoordelen/", views.review_queue, name="review_queue"),
    path("export/", views.export, name="export"),
    path("<int:pk>/", views.reflection_detail, name="detail"),
    path("<int:pk>/bewerken/", views.reflection_update, name="update"),
    path("<int:pk>/insturen/", views.reflection_submit, name="submit"),
    path("<int:pk>/verwijderen/", views.reflection_delete, name="delete"),
    # The lead's one form: comment, return or review, by the button pressed.
    path("<int:pk>/reageren/", views.reflection_respond, name="respond"),
]
