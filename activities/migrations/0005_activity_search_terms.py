"""The catalogue search also finds an activity by its target groups, goals and situation types.

Adds ``Activity.search_terms`` (their names and synonyms, kept up to date by activities/search.py),
fills it, and rebuilds the GIN index of migration 0002 with the column in the weighted document.
"""

import unicodedata
from collections import defaultdict

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models

INDEX_NAME = "activity_search_idx"


def _old_index():
    return GinIndex(
        SearchVector("name", weight="A", config="dutch")
        + SearchVector("summary", "keywords", weight="B", config="dutch")
        + SearchVector("description", "steps", weight="C", config="dutch"),
        name=INDEX_NAME,
    )


def _new_index():
    # Must stay the same expression as activities.search.search_vector(), or PostgreSQL will
    # not use the index (tests/activities/test_search.py checks that it does).
    return GinIndex(
        SearchVector("name", weight="A", config="dutch")
        + SearchVector("summary", "keywords", "search_terms", weight="B", config="dutch")
        + SearchVector("description", "steps", weight="C", config="dutch"),
        name=INDEX_NAME,
    )


def _fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _compose(terms):
    """A frozen copy of activities.search.compose_search_terms as it was for this migration."""
    lines, seen = [], set()
    for name, synonyms in terms:
        for phrase in [name, *synonyms.splitlines()]:
            phrase = " ".join(phrase.split())
            for variant in (phrase, _fold(phrase)):
                if variant and variant.casefold() not in seen:
                    seen.add(variant.casefold())
                    lines.append(variant)
    return "\n".join(lines)


def fill_search_terms(apps, schema_editor):
    Activity = apps.get_model("activities", "Activity")
    found = defaultdict(list)
    relations = (
        (Activity.target_groups.through, 1, "targetgroup__name", "targetgroup__synonyms"),
        (Activity.goals.through, 2, "goal__name", None),
        (Activity.situation_types.through, 3, "situationtype__name", "situationtype__synonyms"),
    )
    for through, order, name, synonyms in relations:
        fields = ["activity_id", name] + ([synonyms] if synonyms else [])
        for row in through.objects.values_list(*fields):
            found[row[0]].append((order, row[1], row[2] if synonyms else ""))
    changed = []
    for activity in Activity.objects.only("pk"):
        terms = sorted(found.get(activity.pk, []))
        activity.search_terms = _compose((name, synonyms) for _order, name, synonyms in terms)
        changed.append(activity)
    Activity.objects.bulk_update(changed, ["search_terms"], batch_size=500)


def swap_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite ranks in the query itself, no index
    Activity = apps.get_model("activities", "Activity")
    schema_editor.remove_index(Activity, _old_index())
    schema_editor.add_index(Activity, _new_index())


def swap_index_back(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    Activity = apps.get_model("activities", "Activity")
    schema_editor.remove_index(Activity, _new_index())
    schema_editor.add_index(Activity, _old_index())


class Migration(migrations.Migration):
    dependencies = [("activities", "0004_search_miss")]

    operations = [
        migrations.AddField(
            model_name="activity",
            name="search_terms",
            field=models.TextField(
                blank=True,
                default="",
                editable=False,
                help_text=(
                    "The names and synonyms of its target groups, goals and situation types, "
                    "which the catalogue search finds it by. Filled in automatically."
                ),
                verbose_name="also found by",
            ),
        ),
        migrations.RunPython(fill_search_terms, migrations.RunPython.noop),
        migrations.RunPython(swap_index, swap_index_back),
    ]
