from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wijkwerk.backup import BackupError, backup_database, describe


class Command(BaseCommand):
    help = (
        "Back up the whole database to a file: SQLite with its online backup API (consistent "
        "while the app writes), PostgreSQL with pg_dump --format=custom. By default a new file "
        "backups/wijkwerk-<engine>-<YYYYmmdd-HHMMSS>.<sqlite3|dump>; an existing file is never "
        "overwritten. The file holds personal data: keep it as safe as the database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", type=Path, help="Where to write the backup (default: in backups/)."
        )

    def handle(self, *args, file=None, **options):
        try:
            path = backup_database(file)
            database = describe()
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backed up the {database} to {path} ({_size(path.stat().st_size)}).")


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
