"""Keep team data and reflections out of the admin, also on its deletion pages.

Situations and reflections are not registered in the admin. But deleting something they
point to (a level, an activity, a team, a user) makes Django list every related object by
its ``str()``: a situation's title, an observation with that title, a reflection's title.
``PrivateDataDeletionMixin`` replaces those entries with a count, so a curator or an
administrator learns how many there are, never what they say.
"""

from collections import Counter

from django.contrib.admin.utils import NestedObjects, quote
from django.db import router
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext

# Models whose rows hold what teams and professionals wrote (lower-case "app_label.model").
PRIVATE_MODELS = frozenset(
    {
        "situations.situation",
        "situations.learningquestion",
        "situations.observation",
        "situations.deployment",
        "reflections.reflection",
        "reflections.feedback",
        "reflections.reflectionevent",
    }
)

_HIDDEN = object()


def is_private(model) -> bool:
    """Is ``model`` team or personal data? A many-to-many table is when one side is."""
    opts = model._meta
    if opts.auto_created:
        return any(
            field.related_model is not None and is_private(field.related_model)
            for field in opts.fields
            if field.is_relation
        )
    return opts.label_lower in PRIVATE_MODELS


def hidden_summary(counts: Counter) -> list[str]:
    """One line per private model: how many, and that they are not shown."""
    return [
        gettext("%(count)d %(name)s (not shown here: this is data of teams and professionals)")
        % {
            "count": count,
            "name": model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural,
        }
        for model, count in sorted(counts.items(), key=lambda item: item[0]._meta.label)
    ]


def _prune(nested: list) -> list:
    """The nested list without hidden entries and without what hangs under them."""
    result, skip_children = [], False
    for item in nested:
        if isinstance(item, list):
            if not skip_children:
                result.append(_prune(item))
            skip_children = False
        elif item is _HIDDEN:
            skip_children = True
        else:
            result.append(item)
            skip_children = False
    return result


def deleted_objects(objs, request, admin_site):
    """``django.contrib.admin.utils.get_deleted_objects``, with private rows as counts."""
    try:
        first = objs[0]
    except IndexError:
        return [], {}, set(), []
    collector = NestedObjects(using=router.db_for_write(first._meta.model), origin=objs)
    collector.collect(objs)
    perms_needed = set()

    def format_callback(obj):
        model, opts = type(obj), obj._meta
        if is_private(model):
            return _HIDDEN
        no_edit_link = f"{capfirst(opts.verbose_name)}: {obj}"
        if not admin_site.is_registered(model):
            return no_edit_link
        if not admin_site.get_model_admin(model).has_delete_permission(request, obj):
            perms_needed.add(opts.verbose_name)
        try:
            url = reverse(
                f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[quote(obj.pk)],
            )
        except NoReverseMatch:
            return no_edit_link
        return format_html('{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), url, obj)

    to_delete = _prune(collector.nested(format_callback))
    to_delete += hidden_summary(
        Counter(
            {
                model: len(instances)
                for model, instances in collector.model_objs.items()
                if is_private(model)
            }
        )
    )
    protected = [format_callback(obj) for obj in collector.protected]
    protected = [item for item in protected if item is not _HIDDEN] + hidden_summary(
        Counter(type(obj) for obj in collector.protected if is_private(type(obj)))
    )
    model_count = {
        model._meta.verbose_name_plural: len(instances)
        for model, instances in collector.model_objs.items()
    }
    return to_delete, model_count, perms_needed, protected


class PrivateDataDeletionMixin:
    """For ModelAdmins of models that team data points to (see the module docstring)."""

    def get_deleted_objects(self, objs, request):
        return deleted_objects(objs, request, self.admin_site)
