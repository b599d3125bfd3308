"""The standalone advice questionnaire lives at the site root (/advies/), outside /situaties/."""

from django.urls import path  # noqa: F401

urlpatterns = []
