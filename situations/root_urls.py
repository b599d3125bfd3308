"""Situation pages that live at the site root rather than under /situaties/."""

from django.urls import path

from situations import overview_views

urlpatterns = [
    path("overzicht/", overview_views.team_overview, name="team_overview"),
]
