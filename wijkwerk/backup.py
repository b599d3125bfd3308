"""Back up and restore the whole database (``make backup``, ``make restore``).

- SQLite: the sqlite3 online backup API on the live connection. It copies a consistent snapshot
  even while the app writes, which copying the file does not.
- PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore --clean --if-exists --no-owner`` in a
  single transaction, so a restore that fails halfway changes nothing. The password goes in
  PGPASSWORD, never on the command line, where any user on the machine can read it with ``ps``.

A backup is written under a temporary name and renamed when complete, so a file with the final
name is always a whole backup. Backups hold personal data: the files are for their owner only.
"""

import glob
import os
import re
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

EXTENSIONS = {"sqlite": "sqlite3", "postgresql": "dump"}
LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
# The first bytes of each kind of backup file, to refuse a backup of the other engine early.
MAGIC = {"sqlite": b"SQLite format 3\x00", "postgresql": b"PGDMP"}
# libpq reads these from the environment; dj-database-url puts ?sslmode=… in OPTIONS.
PG_OPTION_VARIABLES = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
}


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message tells the operator why."""


def engine(alias: str = "default") -> str:
    """``sqlite`` or ``postgresql``: the engines we can back up."""
    vendor = connections[alias].vendor
    if vendor not in EXTENSIONS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def describe(alias: str = "default") -> str:
    """The database in a few words for the operator, without the password."""
    kind = engine(alias)
    params = connections[alias].settings_dict
    if kind == "sqlite":
        return f"SQLite database {params['NAME']}"
    where = f"{params.get('HOST') or 'local socket'}:{params.get('PORT') or 5432}"
    return f"PostgreSQL database '{params['NAME']}' on {where}"


def default_path(kind: str, now: datetime, directory: Path) -> Path:
    """``<directory>/wijkwerk-<engine>-<YYYYmmdd-HHMMSS>.<sqlite3|dump>``."""
    return directory / f"wijkwerk-{kind}-{now:%Y%m%d-%H%M%S}.{EXTENSIONS[kind]}"


def file_kind(path: Path) -> str | None:
    """The engine a backup file was made from, read from its first bytes; None when unknown."""
    with path.open("rb") as file:
        head = file.read(16)
    return next((kind for kind, magic in MAGIC.items() if head.startswith(magic)), None)


def backup_database(path: Path | None = None, *, alias: str = "default") -> Path:
    """Write a backup of the database to ``path`` (default: a new file in backups/) and return it.
    An existing file is never overwritten."""
    kind = engine(alias)
    if path is None:
        path = default_path(kind, timezone.localtime(), Path(settings.BASE_DIR) / "backups")
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path} exists already. Choose another file name.")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # created private, before any data goes in
    try:
        if kind == "sqlite":
            sqlite_backup(alias, partial)
        else:
            pg_dump(connections[alias].settings_dict, partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def check_restorable(path: Path, *, alias: str = "default") -> None:
    """Raise BackupError unless ``path`` is a backup file of this database's engine."""
    kind = engine(alias)
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    found = file_kind(path)
    if found is None:
        raise BackupError(f"{path} is not a Wijkwerk backup (neither SQLite nor a pg_dump file).")
    if found != kind:
        raise BackupError(
            f"{path} is a {LABELS[found]} backup, but this database is {LABELS[kind]}."
        )


def restore_database(path: Path, *, alias: str = "default") -> None:
    """Replace everything in the database with the backup in ``path``."""
    check_restorable(path, alias=alias)
    kind = engine(alias)
    path = Path(path)
    if connections[alias].in_atomic_block:
        raise BackupError("Cannot restore inside a transaction.")
    if kind == "sqlite":
        sqlite_restore(alias, path)
    else:
        # Our own connection must hold no locks or cached plans on the tables being replaced.
        connections[alias].close()
        pg_restore(connections[alias].settings_dict, path)


# SQLite --------------------------------------------------------------------------------------


def sqlite_backup(alias: str, target: Path) -> None:
    """Copy the live database into ``target``. Django's own connection is used because it also
    reaches an in-memory database (the test suite's)."""
    connection = connections[alias]
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
    except sqlite3.Error as error:
        raise BackupError(f"The SQLite backup failed: {error}.") from error
    finally:
        destination.close()


def sqlite_restore(alias: str, source: Path) -> None:
    """Copy the backup in ``source`` over the live database."""
    backup = sqlite3.connect(source)
    try:
        try:
            backup.execute("SELECT 1 FROM django_migrations LIMIT 1")
        except sqlite3.DatabaseError as error:
            raise BackupError(f"{source} is not a Wijkwerk database ({error}).") from error
        connection = connections[alias]
        connection.ensure_connection()
        # One step, so nothing is half-copied; while the app writes, backup() waits and retries.
        try:
            backup.backup(connection.connection)
        except sqlite3.Error as error:  # e.g. a read-only file
            raise BackupError(f"The SQLite restore failed: {error}. Nothing changed.") from error
    finally:
        backup.close()


# PostgreSQL ----------------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client program: on PATH, else the newest in
    /usr/lib/postgresql/*/bin (Debian and Ubuntu keep it there). A newer pg_dump can dump an
    older server, never the other way round."""
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    if not candidates:
        raise BackupError(
            f"{name} not found. Install the PostgreSQL client (apt install postgresql-client)."
        )
    return max(candidates, key=lambda path: [int(n) for n in re.findall(r"\d+", path)])


def pg_connection_args(params: dict) -> list[str]:
    """Host, port, user and database as arguments; never the password."""
    args = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if params.get(key):
            args.append(f"{option}={params[key]}")
    args.append(f"--dbname={params['NAME']}")
    return args


def pg_environment(params: dict, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for pg_dump and pg_restore: the password and TLS options for libpq."""
    env = dict(os.environ if base is None else base)
    if params.get("PASSWORD"):
        env["PGPASSWORD"] = str(params["PASSWORD"])
    options = params.get("OPTIONS") or {}
    for option, variable in PG_OPTION_VARIABLES.items():
        if options.get(option):
            env[variable] = str(options[option])
    return env


def pg_dump(params: dict, target: Path) -> None:
    _run_pg(
        [pg_tool("pg_dump"), "--format=custom", f"--file={target}", *pg_connection_args(params)],
        params,
    )


def pg_restore(params: dict, source: Path) -> None:
    _run_pg(
        [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",  # all or nothing; implies --exit-on-error
            *pg_connection_args(params),
            str(source),
        ],
        params,
    )


def _run_pg(args: list[str], params: dict) -> None:
    result = subprocess.run(  # noqa: S603 - a fixed program with our own arguments, no shell
        args, env=pg_environment(params), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        program = Path(args[0]).name
        raise BackupError(f"{program} failed (exit {result.returncode}): {result.stderr.strip()}")
