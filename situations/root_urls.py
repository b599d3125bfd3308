"""Situation pages that live at the site root rather than under /situaties/."""

from django.urls import path

from situations import advice_views, overview_views

urlpatterns = [
    path("advies/", advice_views.advice_questionnaire, name="advice"),
    path("overzicht/", overview_views.team_overview, name="team_overview"),
]
