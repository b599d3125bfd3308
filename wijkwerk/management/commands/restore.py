from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wijkwerk.backup import BackupError, check_restorable, describe, restore_database


class Command(BaseCommand):
    help = (
        "Replace ALL data in the database with a backup made by 'manage.py backup'. Asks for "
        "confirmation unless --yes is given. Stop the app first."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The backup file to restore.")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask for confirmation (for scripts)."
        )

    def handle(self, *args, file, yes=False, **options):
        try:
            check_restorable(file)  # before asking: a wrong file needs no confirmation
            if not yes and not self._confirmed(file):
                self.stdout.write("Restore cancelled; nothing changed.")
                return
            restore_database(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the {describe()} from {file}.")
        pending = _pending_migrations()
        if pending:
            self.stdout.write(
                f"The backup predates {pending} migration(s) of this version: "
                "run 'python manage.py migrate' next."
            )

    def _confirmed(self, file: Path) -> bool:
        self.stdout.write(
            f"This replaces ALL data in the {describe()} with the backup {file}.\n"
            "Stop the app first, so nobody writes meanwhile."
        )
        try:
            return input("Type 'yes' to continue: ").strip().lower() == "yes"
        except EOFError:  # no terminal to answer on
            return False


def _pending_migrations() -> int:
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
