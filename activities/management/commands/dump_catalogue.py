from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from activities.catalogue_io import write_fixtures


class Command(BaseCommand):
    help = (
        "Write the catalogue as it is in the database (with the curators' changes) to "
        "vocabulary.json and catalogue.json, in the format load_catalogue reads (v2), so the "
        "changes can be reviewed and put under version control. Entries keep the order of the "
        "files being replaced; their 'retired' list is kept."
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
        (vocabulary_path, catalogue_path), (vocabulary, catalogue) = write_fixtures(directory)
        counts = ", ".join(
            f"{name.replace('_', ' ')} {len(vocabulary[name])}" for name in vocabulary
        )
        self.stdout.write(f"Wrote {vocabulary_path}: {counts}")
        retired = len(catalogue.get("retired", []))
        self.stdout.write(
            f"Wrote {catalogue_path}: activities {len(catalogue['activities'])}, retired {retired}"
        )
