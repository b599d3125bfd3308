from django.db import migrations

from wijkwerk.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """Give the role groups their permissions on the new situation models."""

    dependencies = [("situations", "0001_initial"), ("accounts", "0002_role_groups")]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
