import datetime

from django.test import RequestFactory
from django.utils.translation import gettext

from reflections.filters import ReflectionFilter
from reflections.models import Reflection
from tests.reflections.factories import ReflectionFactory, SituationFactory


def _filter(user, data):
    request = RequestFactory().get("/reflecties/", data)
    request.user = user
    return ReflectionFilter(data, queryset=Reflection.objects.filter(author=user), request=request)


def test_it_combines_filters(worker, situation):
    ReflectionFactory(
        author=worker,
        title="Raak",
        status="submitted",
        situation=situation,
        date=datetime.date(2025, 5, 5),
    )
    ReflectionFactory(
        author=worker,
        title="Mis: status",
        status="draft",
        situation=situation,
        date=datetime.date(2025, 5, 5),
    )
    ReflectionFactory(
        author=worker,
        title="Mis: datum",
        status="submitted",
        situation=situation,
        date=datetime.date(2024, 5, 5),
    )
    data = {
        "status": "submitted",
        "situation": situation.pk,
        "date_from": "2025-01-01",
        "model": "starr",
    }
    assert [r.title for r in _filter(worker, data).qs] == ["Raak"]


def test_an_unknown_value_is_a_dutch_form_error_not_a_crash(worker):
    filterset = _filter(
        worker, {"status": "klaar", "model": "x", "situation": "999", "date_from": "morgen"}
    )
    assert filterset.is_valid() is False
    assert filterset.errors["status"] == [gettext("Choose one of the statuses in the list.")]
    assert filterset.errors["model"] == [
        gettext("Choose one of the reflection models in the list.")
    ]
    assert filterset.errors["situation"] == [
        gettext("Choose one of your team's situations in the list.")
    ]
    assert filterset.errors["date_from"] == [gettext("Fill in a date, for example 12-03-2026.")]


def test_the_situation_choices_are_the_users_teams_only(worker, situation, other_team):
    SituationFactory(team=other_team, title="Van een ander team")
    choices = list(_filter(worker, {}).form.fields["situation"].queryset)
    assert choices == [situation]
