from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from situations.retention import ANONYMISE, RetentionReport, apply_retention


class Command(BaseCommand):
    help = (
        "Anonymise closed situations unchanged for WIJKWERK_RETENTION_DAYS days (or delete them, "
        "with WIJKWERK_RETENTION_ACTION=delete). A dry run unless --apply is given. Reports "
        "counts and ids, never text."
    )

    def add_arguments(self, parser):
        parser.add_argument("--apply", action="store_true", help="Make the changes.")
        parser.add_argument(
            "--days",
            type=int,
            help="Override WIJKWERK_RETENTION_DAYS: situations unchanged for this many days.",
        )

    def handle(self, *args, apply=False, days=None, **options):
        try:
            report = apply_retention(now=timezone.now(), days=days, apply=apply)
        except ValueError as error:
            raise CommandError(str(error)) from error
        for line in summary(report):
            self.stdout.write(line)


def summary(report: RetentionReport) -> list[str]:
    anonymise = report.action == ANONYMISE
    if report.applied:
        verb = "Anonymised" if anonymise else "Deleted"
    else:
        verb = "Would anonymise" if anonymise else "Would delete"
    since = timezone.localtime(report.cutoff).date().isoformat()
    lines = [
        f"{verb} {len(report.situation_ids)} closed situation(s) unchanged since {since} "
        f"({report.days} days)."
    ]
    if report.situation_ids:
        lines.append("  ids: " + ", ".join(str(pk) for pk in report.situation_ids))
        if anonymise:
            lines += [
                f"  learning questions deleted: {report.learning_questions}",
                f"  observation notes emptied: {report.observations}",
                f"  deployment notes emptied: {report.deployments}",
                f"  'other, namely' activities made neutral: {report.other_activities}",
            ]
        else:
            lines += [
                f"  with {report.learning_questions} learning question(s), "
                f"{report.observations} observation(s), {report.deployments} deployment(s)",
                f"  reflections that keep existing without the link: {report.reflections}",
            ]
    if not report.applied:
        lines.append("Dry run: nothing changed. Run with --apply to do it.")
    return lines
