"""Curation of the catalogue in the Django admin, for the Beheerder role."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wijkwerk.accounts.admin_privacy import PrivateDataDeletionMixin

from .models import Activity, Goal, Level, LevelFit, TargetGroup

PUBLISHED_NEEDS_FIT = _(
    "A published activity needs at least one level fit. Fill in the fit for at least one "
    "level, or untick “published”."
)


class LevelFitFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:  # a table row has no <label> per field: name it
            form.fields["DELETE"].widget.attrs["aria-label"] = gettext("Delete this level fit")

    def clean(self):
        super().clean()
        if not self.instance.is_published:
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data.get("fit") and not form.cleaned_data.get("DELETE")
        ]
        if not kept:
            raise ValidationError(PUBLISHED_NEEDS_FIT, code="published_without_fit")


class LevelFitInline(admin.TabularInline):
    model = LevelFit
    formset = LevelFitFormSet
    fields = ["level", "fit", "reason"]
    min_num = 0

    def get_extra(self, request, obj=None, **kwargs):
        """One empty row for every level that has no fit yet."""
        filled = obj.fits.count() if obj is not None and obj.pk else 0
        return max(Level.objects.count() - filled, 0)

    def get_max_num(self, request, obj=None, **kwargs):
        return Level.objects.count()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = formfield.widget
        if db_field.name == "level":
            # The four levels are fixed here: no add/change/delete/view buttons next to them.
            widget.can_add_related = widget.can_change_related = False
            widget.can_delete_related = widget.can_view_related = False
            widget = widget.widget
        # A table row has column headers but no <label> per field: name each field itself.
        widget.attrs["aria-label"] = capfirst(db_field.verbose_name)
        return formfield


@admin.register(Activity)
class ActivityAdmin(PrivateDataDeletionMixin, admin.ModelAdmin):
    inlines = [LevelFitInline]
    list_display = ["name", "kind", "is_published", "fits_summary", "public_link"]
    list_filter = ["kind", "fits__level", "fits__fit", "goals", "target_groups", "is_published"]
    search_fields = ["name", "slug", "summary", "keywords"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["goals", "target_groups"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "is_published", "summary"]}),
        (
            _("How to run it"),
            {
                "fields": [
                    "description",
                    "steps",
                    "participants",
                    "effort",
                    "duration",
                    "group_size",
                ]
            },
        ),
        (_("Goals and target groups"), {"fields": ["goals", "target_groups"]}),
        (
            _("Evidence and source"),
            {"fields": ["evidence", "source_name", "source_url", "keywords"]},
        ),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        fits = LevelFit.objects.select_related("level").order_by("level__order")
        return super().get_queryset(request).prefetch_related(Prefetch("fits", queryset=fits))

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, LevelFitInline):
            # Put the levels that have no fit yet in the empty rows, in their order.
            filled = set(obj.fits.values_list("level_id", flat=True)) if obj.pk else set()
            kwargs["initial"] = [
                {"level": level.pk} for level in Level.objects.exclude(pk__in=filled)
            ]
        return kwargs

    @admin.display(description=_("fit per level"))
    def fits_summary(self, obj):
        fits = list(obj.fits.all())
        if not fits:
            return gettext("no level fits yet")
        return format_html_join(
            mark_safe("<br>"), "{}: {}", ((fit.level.name, fit.get_fit_display()) for fit in fits)
        )

    @admin.display(description=_("public page"))
    def public_link(self, obj):
        if not obj.is_published:
            return gettext("not published")
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), gettext("view"))

    @admin.action(description=_("Publish the selected activities"), permissions=["change"])
    def publish(self, request, queryset):
        ready = queryset.annotate(fit_count=Count("fits")).filter(fit_count__gt=0)
        skipped = queryset.count() - ready.count()
        count = Activity.objects.filter(pk__in=ready.values("pk")).update(is_published=True)
        self.message_user(
            request,
            ngettext("%(count)d activity published.", "%(count)d activities published.", count)
            % {"count": count},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d activity was not published because it has no level fit yet.",
                    "%(count)d activities were not published because they have no level fit yet.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Unpublish the selected activities"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = queryset.update(is_published=False)
        self.message_user(
            request,
            ngettext("%(count)d activity unpublished.", "%(count)d activities unpublished.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Level)
class LevelAdmin(PrivateDataDeletionMixin, admin.ModelAdmin):
    list_display = ["name", "order", "short"]
    fields = ["slug", "order", "name", "short", "description", "signals", "desired_situation"]

    def get_readonly_fields(self, request, obj=None):
        # The code is the primary key: changing it would make a new level.
        return ["slug"] if obj is not None else []


class TermAdmin(PrivateDataDeletionMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "activity_count"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_activity_count=Count("activities"))

    @admin.display(description=_("activities"), ordering="_activity_count")
    def activity_count(self, obj):
        return obj._activity_count


@admin.register(Goal)
class GoalAdmin(TermAdmin):
    pass


@admin.register(TargetGroup)
class TargetGroupAdmin(TermAdmin):
    pass
