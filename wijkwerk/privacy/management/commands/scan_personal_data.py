"""Report stored free text that the personal-data guard would now refuse or hold.

Prints model, id, field and kind per finding, never the text, so the report itself can be
shared with the team that has to clean up. Exit status 1 when something was found, so it can run
in a scheduled check.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from wijkwerk.privacy.forms import scan
from wijkwerk.privacy.guard import HARD_KINDS
from wijkwerk.privacy.registry import guarded_fields


class Command(BaseCommand):
    help = (
        "Report stored records with personal data in free text (model, id, field, kind; never "
        "the text)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hard-only",
            action="store_true",
            help="Only hard identifiers (phone, e-mail, BSN, IBAN, address, date of birth, age); "
            "leave out possible names.",
        )

    def handle(self, *args, hard_only=False, **options):
        rows = 0
        for model, fields in guarded_fields(apps.get_models()):
            values = model._default_manager.order_by("pk").values_list("pk", *fields)
            for pk, *texts in values.iterator(chunk_size=500):
                for field, text in zip(fields, texts, strict=True):
                    for kind in _kinds(text):
                        if hard_only and kind not in HARD_KINDS:
                            continue
                        status = "refused" if kind in HARD_KINDS else "held"
                        self.stdout.write(
                            f"{model._meta.label_lower}\t{pk}\t{field}\t{kind}\t{status}"
                        )
                        rows += 1
        summary = f"{rows} finding(s)."
        if rows:
            self.stderr.write(summary)
            raise CommandError(
                "Personal data found in stored text: ask the owners to rewrite these fields.",
                returncode=1,
            )
        self.stdout.write(summary)


def _kinds(value) -> list[str]:
    """The kinds found in a text, or in every text of a JSON answer dict, once each."""
    if isinstance(value, dict):
        texts = [text for text in value.values() if isinstance(text, str)]
    elif isinstance(value, str):
        texts = [value]
    else:
        texts = []
    kinds: list[str] = []
    for text in texts:
        for finding in scan(text):
            if finding.kind not in kinds:
                kinds.append(finding.kind)
    return kinds
