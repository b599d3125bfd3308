"""Backup and restore: a drill on the database the suite runs on (SQLite, then PostgreSQL).

Data made with the factories is backed up, wiped and restored, and every row of every table
must be back as it was. Transactional tests: the backup must see committed data, and a restore
cannot run inside the transaction an ordinary test is wrapped in.
"""

import datetime
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection

from reflections.models import Feedback, Reflection
from situations.models import Deployment, LearningQuestion, Observation, Situation
from tests.accounts.factories import TeamFactory, make_lead, make_worker
from tests.reflections.factories import FeedbackFactory, ReflectionFactory
from tests.situations.factories import (
    DeploymentFactory,
    GoalFactory,
    LearningQuestionFactory,
    NeighbourhoodFactory,
    ObservationFactory,
    SituationFactory,
    all_levels,
    level,
)
from wijkwerk import backup

ENGINE = connection.vendor
OTHER_MAGIC = {"sqlite": b"PGDMP\x01\x0e", "postgresql": b"SQLite format 3\x00"}


def make_data() -> None:
    """A small team's worth of everything: situations with their history, reflections with
    feedback, the many-to-many links between them, and text with accents and quotes."""
    all_levels()
    team = TeamFactory(name="Wijkteam Oost")
    worker, lead = make_worker(team, username="fatima"), make_lead(team, username="joost")
    neighbourhood = NeighbourhoodFactory(name="Schildersbuurt", teams=[team])
    goals = GoalFactory.create_batch(3)
    for number, (slug, status) in enumerate(
        [("ongemak", "open"), ("spanning", "ongoing"), ("escalatie", "closed")]
    ):
        situation = SituationFactory(
            team=team,
            neighbourhood=neighbourhood,
            owner=worker,
            level=level(slug),
            status=status,
            title=f"Overlast bij café ’t Hoekje ({number})",
            goals=goals[: number + 1],
        )
        LearningQuestionFactory(situation=situation)
        ObservationFactory(situation=situation, date=datetime.date(2025, 1, number + 1))
        deployment = DeploymentFactory(situation=situation, date=datetime.date(2025, 2, 1))
        reflection = ReflectionFactory(
            author=worker, situation=situation, deployment=deployment, status="submitted"
        )
        FeedbackFactory(reflection=reflection, author=lead, text='Goed dat je "nee" zei.')


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table (many-to-many tables too), in primary-key order."""
    return {
        model._meta.db_table: list(model._base_manager.order_by("pk").values_list())
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }


@pytest.mark.django_db(transaction=True)
def test_drill_backup_wipe_restore_brings_every_row_back(tmp_path):
    make_data()
    before = snapshot()
    counts = {model: model.objects.count() for model in (Situation, Reflection, Feedback)}
    assert counts == {Situation: 3, Reflection: 3, Feedback: 3}
    assert Situation.goals.through.objects.count() == 6

    file = tmp_path / f"drill.{backup.EXTENSIONS[ENGINE]}"
    out = StringIO()
    call_command("backup", str(file), stdout=out)
    assert f"to {file}" in out.getvalue()
    assert file.stat().st_mode & 0o777 == 0o600  # personal data: for the owner only

    call_command("flush", interactive=False)
    for model in (Situation, LearningQuestion, Observation, Deployment, Reflection, Feedback):
        assert model.objects.count() == 0

    out = StringIO()
    call_command("restore", str(file), "--yes", stdout=out)
    assert f"from {file}" in out.getvalue()
    assert "migrate" not in out.getvalue()  # same schema: nothing to migrate

    after = snapshot()
    assert after.keys() == before.keys()
    for table, rows in before.items():
        assert after[table] == rows, table
    restored = Situation.objects.get(title="Overlast bij café ’t Hoekje (2)")
    assert (restored.level_id, restored.status) == ("escalatie", "closed")
    assert restored.reflections.get().feedback.get().text == 'Goed dat je "nee" zei.'


@pytest.mark.django_db(transaction=True)
def test_restore_asks_first_and_a_no_changes_nothing(tmp_path):
    make_data()
    file = backup.backup_database(tmp_path / f"before.{backup.EXTENSIONS[ENGINE]}")
    Situation.objects.update(title="Na de backup gewijzigd")
    out = StringIO()
    with mock.patch("builtins.input", return_value="no") as asked:
        call_command("restore", str(file), stdout=out)
    asked.assert_called_once()
    assert "replaces ALL data" in out.getvalue()
    assert "cancelled; nothing changed" in out.getvalue()
    assert set(Situation.objects.values_list("title", flat=True)) == {"Na de backup gewijzigd"}


def test_backup_never_overwrites_a_file(db, tmp_path):
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"an earlier backup")
    with pytest.raises(CommandError, match="exists already"):
        call_command("backup", str(existing), stdout=StringIO())
    assert existing.read_bytes() == b"an earlier backup"


def test_restore_refuses_a_file_of_the_other_engine_or_no_backup(db, tmp_path):
    other = tmp_path / "other"
    other.write_bytes(OTHER_MAGIC[ENGINE] + b"\0" * 64)
    with pytest.raises(CommandError, match="backup, but this database is"):
        call_command("restore", str(other), "--yes", stdout=StringIO())
    text = tmp_path / "notes.txt"
    text.write_text("not a backup")
    with pytest.raises(CommandError, match="is not a Wijkwerk backup"):
        call_command("restore", str(text), "--yes", stdout=StringIO())
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "missing.dump"), "--yes", stdout=StringIO())


def test_the_default_file_name_says_engine_and_moment():
    moment = datetime.datetime(2026, 3, 9, 7, 5, 1)
    directory = Path("/srv/wijkwerk/backups")
    assert backup.default_path("sqlite", moment, directory) == (
        directory / "wijkwerk-sqlite-20260309-070501.sqlite3"
    )
    assert backup.default_path("postgresql", moment, directory).name == (
        "wijkwerk-postgresql-20260309-070501.dump"
    )


def test_the_password_goes_in_the_environment_never_on_the_command_line():
    params = {
        "NAME": "wijkwerk",
        "USER": "wijkwerk",
        "PASSWORD": "geheim-123",
        "HOST": "db.internal",
        "PORT": 5433,
        "OPTIONS": {"sslmode": "require"},
    }
    args = backup.pg_connection_args(params)
    assert args == [
        "--host=db.internal",
        "--port=5433",
        "--username=wijkwerk",
        "--dbname=wijkwerk",
    ]
    env = backup.pg_environment(params, base={"PATH": "/usr/bin"})
    assert env == {"PATH": "/usr/bin", "PGPASSWORD": "geheim-123", "PGSSLMODE": "require"}


def test_pg_dump_runs_with_the_password_only_in_its_environment(tmp_path):
    params = {"NAME": "wijkwerk", "USER": "wijkwerk", "PASSWORD": "geheim-123", "HOST": "db"}
    with (
        mock.patch.object(backup, "pg_tool", return_value="/usr/bin/pg_dump"),
        mock.patch.object(backup.subprocess, "run") as run,
    ):
        run.return_value.returncode = 0
        backup.pg_dump(params, tmp_path / "out.dump")
    (args,), kwargs = run.call_args
    assert args[:2] == ["/usr/bin/pg_dump", "--format=custom"]
    assert not any("geheim" in arg for arg in args)
    assert kwargs["env"]["PGPASSWORD"] == "geheim-123"
