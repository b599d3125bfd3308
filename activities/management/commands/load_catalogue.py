from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy

from activities.catalogue_io import CatalogueError, load_catalogue, read_fixtures
from activities.models import Activity, Goal, Level, Signal, SituationType, TargetGroup

KIND_COUNTS = {
    Activity.Kind.MEETING_FORMAT: ngettext_lazy(
        "%(count)d meeting format", "%(count)d meeting formats", "count"
    ),
    Activity.Kind.TOOL: ngettext_lazy("%(count)d tool", "%(count)d tools", "count"),
    Activity.Kind.CASEWORK: ngettext_lazy(
        "%(count)d individual support", "%(count)d individual supports", "count"
    ),
    Activity.Kind.LEARNING: ngettext_lazy(
        "%(count)d learning activity", "%(count)d learning activities", "count"
    ),
    Activity.Kind.REFLECTION: ngettext_lazy(
        "%(count)d reflection activity", "%(count)d reflection activities", "count"
    ),
}


def catalogue_summary() -> str:
    """What the catalogue holds now, in the words of the catalogue pages: published activities
    per kind, goals, target groups, types, levels and signals (the per-model lines above count
    fixture entries, including retired and unpublished ones)."""
    per_kind = dict(
        Activity.objects.filter(is_published=True)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    kinds = ", ".join(
        KIND_COUNTS[kind] % {"count": per_kind[kind]}
        for kind in Activity.Kind.values
        if kind in per_kind
    )
    activities = sum(per_kind.values())
    parts = [
        ngettext("%(count)d activity", "%(count)d activities", activities) % {"count": activities}
        + (f" ({kinds})" if kinds else ""),
        ngettext("%(count)d goal", "%(count)d goals", n := Goal.objects.count()) % {"count": n},
        ngettext(
            "%(count)d target group", "%(count)d target groups", n := TargetGroup.objects.count()
        )
        % {"count": n},
        ngettext(
            "%(count)d situation type",
            "%(count)d situation types",
            n := SituationType.objects.count(),
        )
        % {"count": n},
        ngettext("%(count)d level", "%(count)d levels", n := Level.objects.count()) % {"count": n},
        ngettext("%(count)d signal", "%(count)d signals", n := Signal.objects.count())
        % {"count": n},
    ]
    return _("The catalogue now holds: %(parts)s.") % {"parts": ", ".join(parts)}


class Command(BaseCommand):
    help = (
        "Load the curated catalogue (fixtures/vocabulary.json and fixtures/catalogue.json, "
        "format v2) into the database. New entries are added; entries a curator changed in the "
        "admin are kept unless --overwrite is given; the activities listed under 'retired' are "
        "unpublished. Safe to run again: unchanged entries are left alone. Every problem in the "
        "files is listed, and then nothing is loaded."
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
            raise CommandError(
                f"The catalogue was not loaded ({len(error.problems)} problems):\n{error}"
            ) from error
        self.stdout.write(f"Catalogue loaded from {directory}:")
        for name, part in report.parts().items():
            self.stdout.write(
                f"  {name.replace('_', ' ')}: added {len(part.added)}, kept {len(part.kept)}, "
                f"updated {len(part.updated)}, unchanged {len(part.unchanged)}"
            )
            if options["verbosity"] > 1:
                for slug in part.kept:
                    self.stdout.write(f"    kept {slug}")
        if report.retired or report.already_retired:
            unpublished = f" ({', '.join(report.retired)})" if report.retired else ""
            self.stdout.write(
                f"  retired activities: unpublished {len(report.retired)}{unpublished}, "
                f"already out of the catalogue {len(report.already_retired)}"
            )
        self.stdout.write(self.style.SUCCESS(catalogue_summary()))
        if kept := report.total("kept"):
            self.stdout.write(
                f"{kept} kept: changed by a curator, so they differ from the fixtures. "
                "Review them with dump_catalogue, or replace them with --overwrite"
                + ("." if options["verbosity"] > 1 else " (-v 2 lists them).")
            )
