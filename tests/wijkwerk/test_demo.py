import pytest
from django.core.management import CommandError, call_command

from wijkwerk.accounts.models import Membership, Team, User
from wijkwerk.demo import DEMO_PASSWORD


def test_it_creates_one_account_per_role_in_one_team(db, settings, capsys):
    settings.DEBUG = True
    call_command("demo")
    team = Team.objects.get(name="Wijkteam Demo")
    assert set(User.objects.values_list("username", flat=True)) >= {
        "werker",
        "teamleider",
        "beheerder",
    }
    assert Membership.objects.get(user__username="teamleider", team=team).role == "lead"
    assert User.objects.get(username="werker").groups.filter(name="Sociaal werker").exists()
    assert User.objects.get(username="beheerder").is_staff is True
    assert User.objects.get(username="werker").check_password(DEMO_PASSWORD) is True
    assert "werker" in capsys.readouterr().out


def test_running_it_twice_duplicates_nothing_and_keeps_changes(db, settings):
    settings.DEBUG = True
    call_command("demo")
    werker = User.objects.get(username="werker")
    werker.set_password("eigen-wachtwoord-2026")
    werker.save()
    counts = (User.objects.count(), Team.objects.count(), Membership.objects.count())
    call_command("demo")
    assert (User.objects.count(), Team.objects.count(), Membership.objects.count()) == counts
    assert User.objects.get(username="werker").check_password("eigen-wachtwoord-2026") is True


def test_it_refuses_without_debug_unless_asked_explicitly(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG is off"):
        call_command("demo")
    assert not User.objects.filter(username="werker").exists()
    call_command("demo", "--allow-production")
    assert User.objects.filter(username="werker").exists()
