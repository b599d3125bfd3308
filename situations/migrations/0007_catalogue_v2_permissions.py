from django.db import migrations

from wijkwerk.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """Curators edit the knowledge base v2 models (signals, situation types,
    contra-indications); everyone may read them."""

    dependencies = [
        ("situations", "0006_deployment_phase"),
        ("activities", "0003_knowledge_base_v2"),
        ("reflections", "0002_role_permissions"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
