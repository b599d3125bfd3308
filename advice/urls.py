from django.urls import path

from advice import views

app_name = "advice"

urlpatterns = [
    path("advies/", views.questionnaire, name="questionnaire"),
    path("situaties/<int:pk>/advies/", views.situation_advice, name="situation"),
    path("situaties/<int:pk>/advies/<slug:slug>/inzetten/", views.deploy, name="deploy"),
]
