"""Searches that found nothing: counted for the curators, never with personal data in them."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext

from activities.models import SearchMiss
from activities.search import search_miss_key, search_miss_record

from .factories import ActivityFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/activiteiten/"
KEPT_NOTE = (
    "The curators see which search words found nothing (never who searched), so they can add "
    "what is missing."
)


@pytest.fixture
def catalogue(db):
    youth = TargetGroupFactory(slug="jongeren", name="Jongeren")
    ActivityFactory(name="Buurt-bbq", slug="buurt-bbq", summary="Samen eten in de straat.")
    ActivityFactory(name="Straatgesprek", slug="straatgesprek", kind="tool", target_groups=[youth])


def misses():
    return dict(SearchMiss.objects.values_list("query", "count"))


class TestCounting:
    def test_a_search_without_results_is_counted_in_lower_case(self, login, worker, catalogue):
        client = login(worker)
        response = client.get(LIST_URL, {"q": "  Zonnepanelen  OP het dak "})
        assert response.context["page_obj"].paginator.count == 0
        assert misses() == {"zonnepanelen op het dak": 1}
        assert gettext(KEPT_NOTE) in response.content.decode()
        client.get(LIST_URL, {"q": "zonnepanelen op het DAK"})
        assert misses() == {"zonnepanelen op het dak": 2}

    def test_it_keeps_when_it_was_searched_last(self, login, worker, catalogue):
        long_ago = timezone.now() - timedelta(days=30)
        SearchMiss.objects.create(query="zonnepanelen", count=4, last_searched_at=long_ago)
        login(worker).get(LIST_URL, {"q": "Zonnepanelen"})
        miss = SearchMiss.objects.get()
        assert miss.count == 5
        assert miss.last_searched_at > timezone.now() - timedelta(minutes=1)

    def test_a_long_search_is_kept_to_100_characters(self, login, worker, catalogue):
        login(worker).get(LIST_URL, {"q": "zonnepanelen " * 20})
        (query,) = misses()
        assert len(query) == 100 and query.startswith("zonnepanelen zonnepanelen")
        assert not query.endswith(" ")

    def test_a_search_that_finds_something_is_not_counted(self, login, worker, catalogue):
        response = login(worker).get(LIST_URL, {"q": "jongeren"})
        assert response.context["page_obj"].paginator.count == 1
        assert misses() == {}

    def test_filters_that_leave_nothing_do_not_blame_the_words(self, login, worker, catalogue):
        """ "bbq" finds the bbq, just not among the tools: the words are not what is missing."""
        client = login(worker)
        response = client.get(LIST_URL, {"q": "bbq", "soort": "tool"})
        assert response.context["page_obj"].paginator.count == 0
        assert misses() == {}
        client.get(LIST_URL, {"q": "zonnepanelen", "soort": "tool"})
        assert misses() == {"zonnepanelen": 1}

    def test_without_a_search_nothing_is_counted(self, login, worker, catalogue):
        login(worker).get(LIST_URL, {"soort": "reflection"})
        assert misses() == {}


class TestPersonalDataIsNeverStored:
    @pytest.mark.parametrize(
        "text",
        [
            "bel 06-12345678",  # refused: a phone number
            "buurtbemiddeling jan@example.nl",  # refused: an e-mail address
            "Jan de Vries",  # held: a possible name
            "ruzie bij Jansen",  # held: a possible name
        ],
    )
    def test_a_refused_or_held_search_is_not_run_and_not_stored(
        self, login, worker, catalogue, text
    ):
        response = login(worker).get(LIST_URL, {"q": text})
        assert response.context["filter"].form.errors["q"]
        assert response.context["page_obj"].paginator.count == 0
        assert misses() == {}
        assert gettext(KEPT_NOTE) not in response.content.decode()

    def test_the_service_itself_refuses_to_store_personal_data(self, db):
        assert search_miss_record(text="bel 06-12345678") is False
        assert search_miss_record(text="Jan de Vries") is False
        assert search_miss_record(text="   ") is False
        assert misses() == {}
        assert search_miss_record(text="Zonnepanelen") is True
        assert misses() == {"zonnepanelen": 1}


def test_the_key_is_lower_case_with_single_spaces_at_most_100_characters():
    assert search_miss_key("  Buurt   BBQ\t") == "buurt bbq"
    assert len(search_miss_key("a" * 300)) == 100


@pytest.mark.skipif(connection.vendor != "postgresql", reason="real concurrency needs PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_misses_count_every_search():
    """Eight searches for the same new words at once: one row, counted eight times."""
    workers, barrier, errors = 8, threading.Barrier(8), []

    def miss():
        try:
            barrier.wait()
            search_miss_record(text="Zonnepanelen")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=miss) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert misses() == {"zonnepanelen": workers}


class TestAdmin:
    URL = "/admin/activities/searchmiss/"

    @pytest.fixture
    def miss(self, db):
        return SearchMiss.objects.create(
            query="zonnepanelen", count=3, last_searched_at=timezone.now()
        )

    def test_a_curator_reads_the_misses_most_searched_first(self, login, curator, miss):
        SearchMiss.objects.create(query="moestuin", count=9, last_searched_at=timezone.now())
        client = login(curator)
        assert f'href="{self.URL}"' in client.get("/admin/").content.decode()
        html = client.get(self.URL).content.decode()
        assert html.index("moestuin") < html.index("zonnepanelen")

    def test_nobody_adds_or_changes_a_miss_in_the_admin(self, login, curator, miss):
        client = login(curator)
        assert client.get(f"{self.URL}add/").status_code == 403
        page = client.get(f"{self.URL}{miss.pk}/change/")
        assert page.status_code == 200
        assert 'name="_save"' not in page.content.decode()
        client.post(f"{self.URL}{miss.pk}/change/", {"query": "iets anders", "count": 1})
        assert misses() == {"zonnepanelen": 3}

    def test_a_curator_deletes_a_miss_that_has_been_dealt_with(self, login, curator, miss):
        response = login(curator).post(f"{self.URL}{miss.pk}/delete/", {"post": "yes"})
        assert response.status_code == 302
        assert misses() == {}

    def test_professionals_do_not_see_the_misses(self, login, worker, miss):
        response = login(worker).get(self.URL)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
