from django.db import migrations

from wijkwerk.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """Give the role groups their permissions on reflections (view/add/change/delete for
    social workers and team leads; review_reflection and add_feedback for team leads)."""

    dependencies = [("reflections", "0001_initial"), ("accounts", "0002_role_groups")]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
