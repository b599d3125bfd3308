"""The standalone advice questionnaire lives at the site root (/advies/), outside /situaties/."""

from django.urls import path

from situations import advice_views

urlpatterns = [
    path("advies/", advice_views.advice_questionnaire, name="advice"),
]
