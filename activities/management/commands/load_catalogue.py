from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from activities.catalogue_io import CatalogueError, load_catalogue, read_fixtures


class Command(BaseCommand):
    help = (
        "Load the curated catalogue (fixtures/vocabulary.json and fixtures/catalogue.json) into "
        "the database. New entries are added; entries a curator changed in the admin are kept "
        "unless --overwrite is given. Safe to run again: unchanged entries are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Replace entries that differ from the fixtures, also when a curator changed them.",
        )
        parser.add_argument(
            "--path",
            type=Path,
            default=None,
            help="The folder with vocabulary.json and catalogue.json (default: BASE_DIR/fixtures).",
        )

    def handle(self, *args, overwrite=False, path=None, **options):
        directory = path or Path(settings.BASE_DIR) / "fixtures"
        try:
            vocabulary, catalogue = read_fixtures(directory)
            report = load_catalogue(vocabulary, catalogue, overwrite=overwrite)
        except CatalogueError as error:
            raise CommandError("The catalogue was not loaded:\n" + str(error)) from error
        if options["verbosity"] > 1:
            for name, part in report.parts().items():
                self.stdout.write(
                    f"{name}: added {len(part.added)}, kept {len(part.kept)}, "
                    f"updated {len(part.updated)}, unchanged {len(part.unchanged)}"
                )
                for slug in part.kept:
                    self.stdout.write(f"  kept {slug}")
        self.stdout.write(
            f"Catalogue from {directory}: added {report.total('added')}, "
            f"kept {report.total('kept')} (changed by a curator; use --overwrite), "
            f"updated {report.total('updated')}, unchanged {report.total('unchanged')}"
        )
