"""The shared cast, healthchecks-style: a worker with a colleague and a lead in one team,
an outsider in another team, and a curator."""

import pytest

from tests.accounts.factories import (
    TeamFactory,
    make_curator,
    make_lead,
    make_worker,
    verify_second_factor,
)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _dutch(settings):
    settings.LANGUAGE_CODE = "nl"


@pytest.fixture
def team(db):
    return TeamFactory(name="Wijkteam Noord")


@pytest.fixture
def other_team(db):
    return TeamFactory(name="Wijkteam Zuid")


@pytest.fixture
def worker(team):
    return make_worker(team, username="sanne")


@pytest.fixture
def colleague(team):
    return make_worker(team, username="ahmed")


@pytest.fixture
def lead(team):
    return make_lead(team, username="joke")


@pytest.fixture
def outsider(other_team):
    return make_worker(other_team, username="buiten")


@pytest.fixture
def curator(db):
    return make_curator(username="pim")


@pytest.fixture
def login(client):
    """Log the test client in as a user: ``login(worker)``; returns the client. Someone who
    must use a second factor (a curator, an admin) has passed it too."""

    def _login(user):
        from wijkwerk.accounts import twofactor

        client.force_login(user)
        if twofactor.is_required(user):
            verify_second_factor(client, user)
        return client

    return _login


@pytest.fixture(autouse=True)
def _fresh_advice_catalogue():
    """Each test reads the catalogue it made: no copy kept from an earlier test."""
    from advice.selectors import forget_catalogue

    forget_catalogue()
    yield
    forget_catalogue()


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """A transactional test flushes the tables but not Django's content-type cache; the audit
    trail writes a content-type link on every save, so a stale id would break the next test."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()
