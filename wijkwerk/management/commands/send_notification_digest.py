"""Once a day (cron or a systemd timer): remind people of outcomes that are due, then e-mail
everyone who chose a daily summary what they have not been e-mailed about yet."""

from dataclasses import dataclass

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from situations.selectors import outcomes_due
from wijkwerk.notifications.digest import send_digests
from wijkwerk.notifications.models import Notification
from wijkwerk.notifications.selectors import preference_for
from wijkwerk.notifications.services import notify
from wijkwerk.templatetags.dutch_dates import format_date_text


class Command(BaseCommand):
    help = (
        "Daily: (1) create an 'outcome is due' notification, once, for every deployment whose "
        "outcome is still unknown after the waiting time, for whoever recorded it (or the "
        "situation's owner); (2) send each user who wants e-mail one summary of their "
        "notifications not e-mailed yet (and retry failed 'right away' mails). Each "
        "notification is e-mailed once: running it again the same day sends nothing new. "
        "Safe to run from several machines at once. Reports numbers, never content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be created and sent; change nothing and send nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        due = notify_outcomes_due(today=timezone.localdate(now), dry_run=dry_run)
        report = send_digests(now=now, dry_run=dry_run)
        if dry_run:
            self.stdout.write("Dry run: nothing changed, nothing sent.")
            self.stdout.write(
                f"Would create {due.created} 'outcome is due' notification(s) "
                f"({due.already} already made earlier, {due.skipped} not made: nobody to tell or "
                "switched off)."
            )
            self.stdout.write(
                f"Would send {report.users} digest e-mail(s) with {report.notifications} "
                "notification(s) (not counting the new 'outcome is due' ones)."
            )
            return
        self.stdout.write(
            f"Created {due.created} 'outcome is due' notification(s) "
            f"({due.already} already made earlier, {due.skipped} not made: nobody to tell or "
            "switched off)."
        )
        self.stdout.write(
            f"Sent {report.users} digest e-mail(s) with {report.notifications} notification(s)."
        )
        if report.failed:
            # A non-zero exit, so cron or systemd reports it; the mails are tried again.
            raise CommandError(
                f"{report.failed} digest e-mail(s) could not be sent; they are tried again "
                "on the next run (see the log)."
            )


@dataclass
class OutcomesDueReport:
    created: int = 0
    already: int = 0  # notified on an earlier run
    skipped: int = 0  # nobody to tell, or they switched this kind off


def recipient_for(deployment):
    """Who recorded the deployment, or else the situation's owner; only active accounts."""
    for user in (deployment.recorded_by, deployment.situation.owner):
        if user is not None and user.is_active:
            return user
    return None


def outcome_label(deployment) -> str:
    """A reference without content: the catalogue activity, the date and the situation number."""
    if deployment.activity_id is None:  # "other, namely": free text stays out of the label
        return gettext("Another activity of %(date)s in situation %(number)s") % {
            "date": format_date_text(deployment.date),
            "number": deployment.situation_id,
        }
    return gettext("“%(activity)s” of %(date)s in situation %(number)s") % {
        "activity": deployment.activity.name,
        "date": format_date_text(deployment.date),
        "number": deployment.situation_id,
    }


def notify_outcomes_due(*, today, dry_run: bool = False) -> OutcomesDueReport:
    """One OUTCOME_DUE notification per due deployment, ever (key ``deployment:<pk>``)."""
    report = OutcomesDueReport()
    deployments = list(outcomes_due(today=today).select_related("recorded_by", "situation__owner"))
    keys = {f"deployment:{d.pk}" for d in deployments}
    notified = set(
        Notification.objects.filter(kind=Notification.Kind.OUTCOME_DUE, key__in=keys).values_list(
            "recipient_id", "key"
        )
    )
    for deployment in deployments:
        key = f"deployment:{deployment.pk}"
        recipient = recipient_for(deployment)
        if recipient is None:
            report.skipped += 1
        elif (recipient.pk, key) in notified:
            report.already += 1
        elif dry_run:
            if preference_for(recipient).wanted(Notification.Kind.OUTCOME_DUE):
                report.created += 1
            else:
                report.skipped += 1
        else:
            url = reverse(
                "situations:deployment_update", args=[deployment.situation_id, deployment.pk]
            )
            created = notify(
                recipient,
                Notification.Kind.OUTCOME_DUE,
                label=outcome_label(deployment),
                url=url,
                key=key,
            )
            if created:
                report.created += 1
            else:
                report.skipped += 1
    return report
