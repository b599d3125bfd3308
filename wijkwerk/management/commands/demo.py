from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reflections.demo import create_demo_reflections
from situations.demo import create_demo_situations
from wijkwerk.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAM, create_demo_accounts


class Command(BaseCommand):
    help = (
        "Create the demo team 'Wijkteam Demo' with one account per role (social worker, colleague, "
        "team lead, curator), demo situations in two neighbourhoods, and reflections of the worker "
        "and the colleague in every status of the review (draft, submitted, returned, reviewed, "
        "submitted again). Idempotent. "
        "The accounts share a known password, so the command refuses to run when DJANGO_DEBUG is "
        "off unless --allow-production is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even with DJANGO_DEBUG=0. Only for a demo or test server, never for real data.",
        )

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to create demo accounts with a known password while DJANGO_DEBUG is off. "
                "Use --allow-production only on a demo server."
            )
        team, users, created = create_demo_accounts()
        self.stdout.write(
            f"Demo team '{DEMO_TEAM}': {created} new account(s), {len(users)} in all."
        )
        self.stdout.write(create_demo_situations(team=team, users=users))
        self.stdout.write(create_demo_reflections(users))
        self.stdout.write(f"Log in with one of these (password for all: {DEMO_PASSWORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.username:<12} {account.role}")
