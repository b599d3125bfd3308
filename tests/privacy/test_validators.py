"""Titles must be readable (letters or digits, no direction overrides); reflection dates must
lie between 2000 and today. Each refusal is a Dutch message at the field; the text is kept."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from reflections.models import Reflection, date_range_message
from situations.models import Situation
from tests.situations.formdata import situation_post


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("\u200b\u200b\u200b", "Schrijf een titel met letters of cijfers"),
        ("   \u2060 ", "Schrijf een titel met letters of cijfers"),
        ("Overlast \u202egnineeb", "verborgen teken dat de schrijfrichting omdraait"),
        ("\u2067Ergernis\u2069", "verborgen teken dat de schrijfrichting omdraait"),
    ],
)
def test_a_situation_title_must_be_readable(login, worker, neighbourhood, levels, title, message):
    data = situation_post(neighbourhood, title=title)
    content = login(worker).post(reverse("situations:create"), data).content.decode()
    assert message in content
    assert Situation.objects.count() == 0


def _reflection(**overrides):
    data = {
        "title": "Gesprek bij de bushalte",
        "date": "2025-04-02",
        "category": "reflectie",
        "minutes": "45",
        "answer_conversation": "Rustig.",
        "answer_own_part": "Ik vroeg door.",
        "answer_what_worked": "Stilte.",
        "answer_take_along": "Samenvatten.",
        "learning_points": "Geduld.",
    }
    return {**data, **overrides}


@pytest.mark.parametrize(
    "date",
    ["0001-01-01", "1999-12-31", (timezone.localdate() + datetime.timedelta(days=1)).isoformat()],
)
def test_a_reflection_date_outside_2000_to_today_is_refused(login, worker, date):
    url = reverse("reflections:create") + "?model=short"
    content = login(worker).post(url, _reflection(date=date)).content.decode()
    assert escape(date_range_message()) in content
    assert "Gesprek bij de bushalte" in content
    assert Reflection.objects.count() == 0


def test_todays_reflection_and_a_readable_title_pass(login, worker):
    url = reverse("reflections:create") + "?model=short"
    today = timezone.localdate().isoformat()
    response = login(worker).post(url, _reflection(date=today, title="Ergernis 2"))
    assert response.status_code == 302
    assert Reflection.objects.get().title == "Ergernis 2"


def test_a_reflection_title_of_invisible_characters_is_refused(login, worker):
    url = reverse("reflections:create") + "?model=short"
    content = login(worker).post(url, _reflection(title="\u200b\u200c")).content.decode()
    assert "Schrijf een titel met letters of cijfers" in content
