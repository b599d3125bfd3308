"""On the default SQLite database, many people saving at once all succeed: writers queue (WAL,
immediate transactions, a busy timeout) instead of failing with "database is locked".

Runs in a fresh process on a real database file, so the connections are real and concurrent
(pytest-django's SQLite test database lives in memory, shared by threads)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the SQLite settings only; PostgreSQL has its own test"
)

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, threading
import django
django.setup()
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment
from django.utils import timezone

setup_test_environment()
call_command("migrate", verbosity=0)

from situations.models import Observation
from tests.accounts.factories import TeamFactory, make_worker
from tests.situations.factories import NeighbourhoodFactory, SituationFactory, all_levels

all_levels()
team = TeamFactory()
neighbourhood = NeighbourhoodFactory(teams=[team])
SAVES = 125
workers = [make_worker(team, username=f"werker{n}") for n in range(5)]
situation = SituationFactory(team=team, neighbourhood=neighbourhood, owner=workers[0])
clients = []
for n in range(SAVES):
    client = Client()
    client.force_login(workers[n % len(workers)])
    clients.append(client)

url = f"/situaties/{situation.pk}/verloop/nieuw/"
barrier = threading.Barrier(SAVES)
statuses = []

def save(client, n):
    from django.db import connection
    barrier.wait()
    try:
        response = client.post(url, {
            "date": timezone.localdate().isoformat(), "level": "spanning",
            "note": f"Waarneming {n}: geluid in het portiek.",
        })
        statuses.append(response.status_code)
    except Exception as error:  # the failure we test for would surface here
        statuses.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=save, args=(c, n)) for n, c in enumerate(clients)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({"statuses": statuses, "observations": Observation.objects.filter(
    note__startswith="Waarneming").count()}))
"""


def test_125_simultaneous_saves_all_succeed(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wijkwerk.settings",
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": "",
        "SQLITE_PATH": str(tmp_path / "concurrent.sqlite3"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    failed = [status for status in outcome["statuses"] if status != 302]
    assert failed == []
    assert outcome["observations"] == 125
