from django.db import migrations

from wijkwerk.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """Curators (Beheerder) manage neighbourhoods in the admin."""

    dependencies = [("situations", "0002_role_permissions")]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
