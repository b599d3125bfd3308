"""Curation in the admin: a curator (staff + Beheerder, not superuser) manages the catalogue."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activities.models import Activity, Level

from .factories import ActivityFactory, GoalFactory, TargetGroupFactory, all_levels

pytestmark = pytest.mark.django_db

LEVEL_SLUGS = ["ongemak", "spanning", "incidenten", "escalatie"]


@pytest.fixture
def curator_client(login, curator):
    all_levels()
    return login(curator)


def activity_form(**overrides):
    data = {
        "name": "Straatgesprek",
        "slug": "straatgesprek",
        "kind": "meeting_format",
        "is_published": "on",
        "summary": "Een kort gesprek op straat.",
        "description": "Je loopt door de straat en praat met bewoners.",
        "steps": "Loop rond\nVraag hoe het gaat",
        "participants": "",
        "effort": "low",
        "duration": "",
        "group_size": "",
        "evidence": "",
        "source_name": "",
        "source_url": "",
        "keywords": "",
        "fits-TOTAL_FORMS": "4",
        "fits-INITIAL_FORMS": "0",
        "fits-MIN_NUM_FORMS": "0",
        "fits-MAX_NUM_FORMS": "4",
    }
    for index, slug in enumerate(LEVEL_SLUGS):
        data[f"fits-{index}-level"] = slug
        data[f"fits-{index}-fit"] = ""
        data[f"fits-{index}-reason"] = ""
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class TestAccess:
    @pytest.mark.parametrize("model", ["activity", "level", "goal", "targetgroup"])
    def test_a_curator_can_open_the_changelist_add_and_change_pages(self, curator_client, model):
        objects = {
            "activity": lambda: ActivityFactory(goals=[GoalFactory()]).pk,
            "level": lambda: "spanning",
            "goal": lambda: GoalFactory().pk,
            "targetgroup": lambda: TargetGroupFactory().pk,
        }
        pk = objects[model]()
        base = f"/admin/activities/{model}/"
        for url in (base, f"{base}add/", f"{base}{pk}/change/"):
            assert curator_client.get(url).status_code == 200, url

    def test_the_admin_index_shows_the_catalogue_but_not_the_users(self, curator_client):
        html = curator_client.get("/admin/").content.decode()
        assert "Activiteiten" in html and "Niveaus" in html
        assert "/admin/accounts/user/" not in html

    def test_a_curator_cannot_open_the_user_admin(self, curator_client):
        assert curator_client.get("/admin/accounts/user/").status_code == 403

    @pytest.mark.parametrize("person", ["worker", "lead"])
    def test_professionals_are_not_let_into_the_admin(self, request, login, person):
        response = login(request.getfixturevalue(person)).get("/admin/activities/activity/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_the_changelist_filters_work(self, curator_client):
        ActivityFactory(name="Buurt-bbq", fits={"spanning": "avoid"})
        ActivityFactory(name="Dialoog", fits={"spanning": "recommended"})
        response = curator_client.get(
            "/admin/activities/activity/?fits__level__slug__exact=spanning&fits__fit__exact=avoid"
        )
        html = response.content.decode()
        assert "Buurt-bbq" in html and "Dialoog<" not in html

    def test_the_changelist_shows_the_fits_without_a_query_per_row(self, curator_client):
        def count_queries():
            with CaptureQueriesContext(connection) as captured:
                assert curator_client.get("/admin/activities/activity/").status_code == 200
            return len(captured)

        ActivityFactory(fits={"ongemak": "recommended", "spanning": "avoid"})
        few = count_queries()
        for _ in range(20):
            ActivityFactory(fits={"ongemak": "recommended", "spanning": "avoid"})
        assert count_queries() == few
        html = curator_client.get("/admin/activities/activity/").content.decode()
        assert "Ongemak: past<br>Spanning: niet doen" in html


class TestEditing:
    def test_the_add_page_offers_a_row_for_each_level(self, curator_client):
        html = curator_client.get("/admin/activities/activity/add/").content.decode()
        for index, slug in enumerate(LEVEL_SLUGS):
            assert f'name="fits-{index}-level"' in html
            assert f'<option value="{slug}" selected>' in html
        assert 'name="fits-4-level"' not in html

    def test_a_published_activity_without_a_fit_is_refused_in_dutch(self, curator_client):
        response = curator_client.post("/admin/activities/activity/add/", activity_form())
        assert response.status_code == 200
        assert (
            "Een gepubliceerde activiteit moet bij minstens één niveau" in response.content.decode()
        )
        assert not Activity.objects.exists()

    def test_an_unpublished_activity_without_a_fit_can_be_saved(self, curator_client):
        response = curator_client.post(
            "/admin/activities/activity/add/", activity_form(is_published=None)
        )
        assert response.status_code == 302
        assert Activity.objects.get(slug="straatgesprek").is_published is False

    def test_a_published_activity_with_a_fit_is_saved_with_its_fits(self, curator_client):
        goal = GoalFactory(slug="kennismaken", name="Kennismaken")
        data = activity_form(
            **{
                "goals": [goal.pk],
                "fits-0-fit": "recommended",
                "fits-0-reason": "Goed om kennis te maken.",
                "fits-3-fit": "avoid",
                "fits-3-reason": "Eerst de veiligheid.",
            }
        )
        response = curator_client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 302
        activity = Activity.objects.get(slug="straatgesprek")
        assert sorted(activity.fits.values_list("level", "fit")) == [
            ("escalatie", "avoid"),
            ("ongemak", "recommended"),
        ]
        assert list(activity.goals.values_list("slug", flat=True)) == ["kennismaken"]

    def test_the_change_page_offers_rows_only_for_levels_without_a_fit(self, curator_client):
        activity = ActivityFactory(fits={"spanning": "avoid"})
        html = curator_client.get(
            f"/admin/activities/activity/{activity.pk}/change/"
        ).content.decode()
        assert 'name="fits-3-level"' in html and 'name="fits-4-level"' not in html
        assert 'href="/admin/r/' in html  # "view on site"

    def test_deleting_the_last_fit_of_a_published_activity_is_refused(self, curator_client):
        activity = ActivityFactory(fits={"spanning": "avoid"})
        fit = activity.fits.get()
        data = activity_form(
            name=activity.name,
            slug=activity.slug,
            **{
                "fits-TOTAL_FORMS": "1",
                "fits-INITIAL_FORMS": "1",
                "fits-0-id": str(fit.pk),
                "fits-0-activity": str(activity.pk),
                "fits-0-level": "spanning",
                "fits-0-fit": "avoid",
                "fits-0-reason": fit.reason,
                "fits-0-DELETE": "on",
            },
        )
        for index in (1, 2, 3):
            for field in ("level", "fit", "reason"):
                data.pop(f"fits-{index}-{field}")
        response = curator_client.post(f"/admin/activities/activity/{activity.pk}/change/", data)
        assert response.status_code == 200
        assert (
            "Een gepubliceerde activiteit moet bij minstens één niveau" in response.content.decode()
        )
        assert activity.fits.count() == 1

    def test_publish_and_unpublish_actions_say_how_many(self, curator_client):
        ready = ActivityFactory(is_published=False, fits={"ongemak": "recommended"})
        not_ready = ActivityFactory(is_published=False, fits={})
        response = curator_client.post(
            "/admin/activities/activity/",
            {"action": "publish", "_selected_action": [ready.pk, not_ready.pk]},
            follow=True,
        )
        html = response.content.decode()
        assert "1 activiteit gepubliceerd." in html
        assert "1 activiteit is niet gepubliceerd, omdat er nog geen niveau is beoordeeld." in html
        ready.refresh_from_db()
        not_ready.refresh_from_db()
        assert ready.is_published is True and not_ready.is_published is False
        response = curator_client.post(
            "/admin/activities/activity/",
            {"action": "unpublish", "_selected_action": [ready.pk]},
            follow=True,
        )
        assert "1 activiteit is niet meer gepubliceerd." in response.content.decode()
        ready.refresh_from_db()
        assert ready.is_published is False

    def test_a_curator_can_edit_the_signals_of_a_level(self, curator_client):
        response = curator_client.post(
            "/admin/activities/level/spanning/change/",
            {
                "order": "2",
                "name": "Spanning",
                "short": "Bewoners begrijpen elkaar niet.",
                "description": "",
                "signals": "Geroddel\nKlachten over geluid",
                "desired_situation": "",
            },
        )
        assert response.status_code == 302
        assert Level.objects.get(slug="spanning").signal_list == [
            "Geroddel",
            "Klachten over geluid",
        ]
