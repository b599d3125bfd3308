from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX_NAME = "activity_search_idx"


def _index():
    # Must stay the same expression as activities.selectors.search_vector(), or PostgreSQL will
    # not use the index (tests/activities/test_search.py checks that it does).
    return GinIndex(
        SearchVector("name", weight="A", config="dutch")
        + SearchVector("summary", "keywords", weight="B", config="dutch")
        + SearchVector("description", "steps", weight="C", config="dutch"),
        name=INDEX_NAME,
    )


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite searches with a plain contains-filter, no index needed
    schema_editor.add_index(apps.get_model("activities", "Activity"), _index())


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("activities", "Activity"), _index())


class Migration(migrations.Migration):
    """A GIN index for the Dutch full-text search of the catalogue (PostgreSQL only)."""

    dependencies = [("activities", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
