from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from activities.catalogue_io import write_fixtures


class Command(BaseCommand):
    help = (
        "Write the catalogue as it is in the database (with the curators' changes) to "
        "vocabulary.json and catalogue.json, in the format load_catalogue reads, so the "
        "changes can be reviewed and put under version control."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            type=Path,
            default=None,
            help="The folder to write to (default: BASE_DIR/fixtures).",
        )

    def handle(self, *args, path=None, **options):
        directory = path or Path(settings.BASE_DIR) / "fixtures"
        for written in write_fixtures(directory):
            self.stdout.write(f"Wrote {written}")
