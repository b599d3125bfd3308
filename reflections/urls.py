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
    path("<int:pk>/feedback/", views.reflection_feedback, name="feedback"),
    path("<int:pk>/terugsturen/", views.reflection_return, name="return"),
    path("<int:pk>/beoordeeld/", views.reflection_review, name="review"),
]
