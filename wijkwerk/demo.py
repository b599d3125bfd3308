"""Demo team and accounts, one per role. Idempotent: running it again changes nothing."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction

from wijkwerk.accounts.models import Membership, Team, User
from wijkwerk.accounts.roles import CURATOR, SOCIAL_WORKER, TEAM_LEAD

DEMO_TEAM = "Wijkteam Demo"
DEMO_PASSWORD = "wijkwerk-demo"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str
    membership: str | None  # role in the demo team, None for curators
    is_staff: bool = False


DEMO_ACCOUNTS = [
    DemoAccount("werker", "Sanne", "de Vries", SOCIAL_WORKER, Membership.Role.MEMBER),
    DemoAccount("collega", "Ahmed", "Bakker", SOCIAL_WORKER, Membership.Role.MEMBER),
    DemoAccount("teamleider", "Joke", "Visser", TEAM_LEAD, Membership.Role.LEAD),
    DemoAccount("beheerder", "Pim", "Jansen", CURATOR, None, is_staff=True),
]


@transaction.atomic
def create_demo_accounts() -> tuple[Team, dict[str, User], int]:
    """Create the demo team and accounts; returns the team, users by username and how many were new."""
    team, _created = Team.objects.get_or_create(name=DEMO_TEAM)
    users: dict[str, User] = {}
    created_count = 0
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "is_staff": account.is_staff,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            created_count += 1
        user.groups.add(Group.objects.get(name=account.role))
        if account.membership:
            Membership.objects.get_or_create(
                user=user, team=team, defaults={"role": account.membership}
            )
        users[account.username] = user
    return team, users, created_count
