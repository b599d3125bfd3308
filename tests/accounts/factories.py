import factory
from django.apps import apps as django_apps
from django.contrib.auth.models import Group

from wijkwerk.accounts.roles import CURATOR, SOCIAL_WORKER, TEAM_LEAD, sync_role_groups

PASSWORD = "test-wachtwoord-123"


def role_group(name: str) -> Group:
    """The role group, recreated when a transactional test flushed the data migration's rows."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        sync_role_groups(django_apps)
        group = Group.objects.get(name=name)
    return group


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Team"
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Wijkteam {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.User"
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@wijkwerk.test")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(role_group(extracted))


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Membership"

    user = factory.SubFactory(UserFactory)
    team = factory.SubFactory(TeamFactory)
    role = "member"


def make_worker(team, **kwargs):
    """A social worker who is a member of ``team``."""
    user = UserFactory(role=SOCIAL_WORKER, **kwargs)
    MembershipFactory(user=user, team=team, role="member")
    return user


def make_lead(team, **kwargs):
    """A team lead of ``team``."""
    user = UserFactory(role=TEAM_LEAD, **kwargs)
    MembershipFactory(user=user, team=team, role="lead")
    return user


def make_curator(**kwargs):
    """A catalogue curator: staff, Beheerder role, no team."""
    return UserFactory(role=CURATOR, is_staff=True, **kwargs)


def verify_second_factor(client, user):
    """Give ``client``'s session a verified second factor, as after typing a code from the app
    (superusers, admin users and curators cannot get past the set-up page without one)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
