"""Curation of the catalogue in the Django admin, for the Beheerder role."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wijkwerk.accounts.admin_privacy import PrivateDataDeletionMixin
from wijkwerk.accounts.roles import CURATOR_PERMISSION

from .models import (
    LEVEL_NEUTRAL_KINDS,
    Activity,
    ContraIndication,
    Goal,
    Level,
    LevelFit,
    SearchMiss,
    Signal,
    SituationType,
    TargetGroup,
)

AFTERCARE_LEVEL = "escalatie"
# Only these kinds need a fit to be published; the others fit every level alike.
KINDS_NEEDING_A_FIT = [kind for kind in Activity.Kind.values if kind not in LEVEL_NEUTRAL_KINDS]

PUBLISHED_NEEDS_FIT = _(
    "A published activity needs at least one level fit. Fill in the fit for at least one "
    "level, or untick “published”."
)
AFTERCARE_ONLY_ESCALATION = _(
    "The aftercare only exists after an escalation. Choose the level escalation for this row, "
    "or choose the level itself as the phase."
)
TARGET_GROUP_NEEDED = _("Choose the target group for which it must not be used.")
TARGET_GROUP_NOT_ALLOWED = _(
    "A target group only belongs with “this target group is involved”. Choose that "
    "condition, or leave the target group empty."
)
CONDITION_TWICE = _("This condition is listed twice. Keep one row for it.")


# --- inlines with a name for every field -------------------------------------------------------


class LabelledFormSet(BaseInlineFormSet):
    """A table row has column headers but no <label> per field: name the delete box too."""

    delete_label = _("Delete this row")

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].widget.attrs["aria-label"] = str(self.delete_label)


class LabelledInline(admin.TabularInline):
    """A tabular inline whose fields each carry an aria-label, and whose choices of fixed
    vocabulary (levels, target groups) have no add/change/delete buttons next to them."""

    formset = LabelledFormSet

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is None:
            return None
        widget = formfield.widget
        if hasattr(widget, "can_add_related"):
            widget.can_add_related = widget.can_change_related = False
            widget.can_delete_related = widget.can_view_related = False
            widget = widget.widget
        widget.attrs["aria-label"] = capfirst(db_field.verbose_name)
        if isinstance(widget, forms.Textarea):
            widget.attrs.update(rows=2, cols=40)
        return formfield


def _aftercare_error(form, level_slug: str | None, phase: str) -> None:
    if phase == LevelFit.Phase.AFTERCARE and level_slug and level_slug != AFTERCARE_LEVEL:
        form.add_error("phase", ValidationError(AFTERCARE_ONLY_ESCALATION, code="aftercare"))


# --- level fits ----------------------------------------------------------------------------------


class LevelFitForm(forms.ModelForm):
    def clean(self):
        cleaned_data = super().clean()
        level = cleaned_data.get("level")
        _aftercare_error(self, level.pk if level else None, cleaned_data.get("phase", ""))
        return cleaned_data


class LevelFitFormSet(LabelledFormSet):
    delete_label = _("Delete this level fit")

    def clean(self):
        super().clean()
        if not self.instance.is_published or self.instance.kind not in KINDS_NEEDING_A_FIT:
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data.get("fit") and not form.cleaned_data.get("DELETE")
        ]
        if not kept:
            raise ValidationError(PUBLISHED_NEEDS_FIT, code="published_without_fit")


def fit_slots() -> list[tuple[str, str]]:
    """The rows a complete assessment has: (level, phase) for the four levels in order, and
    the escalation's aftercare right after the escalation."""
    slots = []
    for slug in Level.objects.values_list("slug", flat=True):
        slots.append((slug, LevelFit.Phase.ANY))
        if slug == AFTERCARE_LEVEL:
            slots.append((slug, LevelFit.Phase.AFTERCARE))
    return slots


class LevelFitInline(LabelledInline):
    model = LevelFit
    form = LevelFitForm
    formset = LevelFitFormSet
    fields = ["level", "phase", "fit", "reason"]
    min_num = 0

    def get_extra(self, request, obj=None, **kwargs):
        """One empty row for every level (and the aftercare) that has no fit yet."""
        filled = obj.fits.count() if obj is not None and obj.pk else 0
        return max(len(fit_slots()) - filled, 0)

    def get_max_num(self, request, obj=None, **kwargs):
        return len(fit_slots())


# --- contra-indications --------------------------------------------------------------------------


class ContraIndicationForm(forms.ModelForm):
    def clean(self):
        cleaned_data = super().clean()
        condition, group = cleaned_data.get("condition"), cleaned_data.get("target_group")
        if condition == ContraIndication.Condition.TARGET_GROUP and not group:
            self.add_error("target_group", ValidationError(TARGET_GROUP_NEEDED, code="required"))
        elif condition and condition != ContraIndication.Condition.TARGET_GROUP and group:
            self.add_error(
                "target_group", ValidationError(TARGET_GROUP_NOT_ALLOWED, code="not_allowed")
            )
        return cleaned_data


class ContraIndicationFormSet(LabelledFormSet):
    delete_label = _("Delete this contra-indication")

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("condition") or data.get("DELETE"):
                continue
            key = (data["condition"], data.get("target_group"))
            if key in seen:
                form.add_error("condition", ValidationError(CONDITION_TWICE, code="duplicate"))
            seen.add(key)


class ContraIndicationInline(LabelledInline):
    model = ContraIndication
    form = ContraIndicationForm
    formset = ContraIndicationFormSet
    fields = ["condition", "target_group", "reason"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("target_group")


# --- activities ----------------------------------------------------------------------------------


@admin.register(Activity)
class ActivityAdmin(PrivateDataDeletionMixin, admin.ModelAdmin):
    inlines = [LevelFitInline, ContraIndicationInline]
    list_display = ["name", "kind", "is_published", "fits_summary", "public_link"]
    list_filter = [
        "kind",
        "fits__level",
        "fits__phase",
        "fits__fit",
        "situation_types",
        "goals",
        "target_groups",
        "evidence_basis",
        "is_published",
    ]
    search_fields = ["name", "slug", "summary", "keywords", "search_terms"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["goals", "target_groups", "situation_types"]
    # search_terms is filled in from the goals, target groups and types (activities/search.py).
    readonly_fields = ["search_terms", "created_at", "updated_at"]
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
        (
            _("Goals, target groups and situation types"),
            {"fields": ["goals", "target_groups", "target_groups_required", "situation_types"]},
        ),
        (
            _("Evidence and source"),
            {"fields": ["evidence", "evidence_basis", "source_name", "source_url", "keywords"]},
        ),
        (_("Catalogue search"), {"fields": ["search_terms"], "classes": ["collapse"]}),
        (
            _("For curators"),
            {
                "fields": ["editorial_note"],
                "description": _("Never shown to professionals."),
            },
        ),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        fits = LevelFit.objects.select_related("level").order_by("level__order", "phase")
        return super().get_queryset(request).prefetch_related(Prefetch("fits", queryset=fits))

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, LevelFitInline):
            # Put the levels (and the aftercare) that have no fit yet in the empty rows, in order.
            filled = set(obj.fits.values_list("level_id", "phase")) if obj.pk else set()
            kwargs["initial"] = [
                {"level": level, "phase": phase}
                for level, phase in fit_slots()
                if (level, phase) not in filled
            ]
        return kwargs

    @admin.display(description=_("fit per level"))
    def fits_summary(self, obj):
        fits = list(obj.fits.all())
        if not fits:
            if obj.kind in LEVEL_NEUTRAL_KINDS:
                return gettext("fits every level alike")
            return gettext("no level fits yet")
        return format_html_join(
            mark_safe("<br>"), "{}: {}", ((fit_label(fit), fit.get_fit_display()) for fit in fits)
        )

    @admin.display(description=_("public page"))
    def public_link(self, obj):
        if not obj.is_published:
            return gettext("not published")
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), gettext("view"))

    @admin.action(description=_("Publish the selected activities"), permissions=["change"])
    def publish(self, request, queryset):
        ready = queryset.annotate(fit_count=Count("fits")).filter(
            Q(fit_count__gt=0) | Q(kind__in=LEVEL_NEUTRAL_KINDS)
        )
        count = ready.count()
        skipped = queryset.count() - count
        set_published(Activity.objects.filter(pk__in=ready.values("pk")), published=True)
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
        count = queryset.count()
        set_published(queryset, published=False)
        self.message_user(
            request,
            ngettext("%(count)d activity unpublished.", "%(count)d activities unpublished.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@transaction.atomic
def set_published(activities, *, published: bool) -> None:
    """Publish or unpublish one activity at a time: a bulk update would bypass the audit trail,
    which should say who took what out of the catalogue, and when."""
    for activity in activities.filter(is_published=not published).order_by("pk"):
        activity.is_published = published
        activity.save(update_fields=["is_published", "updated_at"])


def fit_label(fit: LevelFit) -> str:
    """The level of a fit in words: "Escalatie" or "Escalatie, aftercare"."""
    if fit.phase == LevelFit.Phase.AFTERCARE:
        return gettext("%(level)s, aftercare") % {"level": fit.level.name}
    return fit.level.name


# --- levels and their signals --------------------------------------------------------------------


class SignalForm(forms.ModelForm):
    def clean(self):
        cleaned_data = super().clean()
        _aftercare_error(self, self.instance.level_id, cleaned_data.get("phase", ""))
        return cleaned_data


class SignalFormSet(LabelledFormSet):
    delete_label = _("Delete this signal")


class SignalInline(LabelledInline):
    model = Signal
    form = SignalForm
    formset = SignalFormSet
    fields = ["order", "text", "phase", "synonyms", "slug"]
    prepopulated_fields = {"slug": ["text"]}
    extra = 1


@admin.register(Level)
class LevelAdmin(PrivateDataDeletionMixin, admin.ModelAdmin):
    inlines = [SignalInline]
    list_display = ["name", "order", "short", "signal_count"]
    fields = ["slug", "order", "name", "short", "description", "desired_situation"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_signal_count=Count("signals"))

    def get_readonly_fields(self, request, obj=None):
        # The code is the primary key: changing it would make a new level.
        return ["slug"] if obj is not None else []

    @admin.display(description=_("signals"), ordering="_signal_count")
    def signal_count(self, obj):
        return obj._signal_count


# --- vocabulary ----------------------------------------------------------------------------------


class TermAdmin(PrivateDataDeletionMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "activity_count"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_activity_count=Count("activities"))

    def get_readonly_fields(self, request, obj=None):
        # The code is in shared links (?doel=…), the advice API and the advice's cached
        # catalogue: once made, it stays. Rename the name instead.
        return ["slug"] if obj is not None else []

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None else self.prepopulated_fields

    @admin.display(description=_("activities"), ordering="_activity_count")
    def activity_count(self, obj):
        return obj._activity_count


@admin.register(Goal)
class GoalAdmin(TermAdmin):
    fields = ["name", "slug", "description"]


@admin.register(TargetGroup)
class TargetGroupAdmin(TermAdmin):
    fields = ["name", "slug", "description", "synonyms"]
    search_fields = [*TermAdmin.search_fields, "synonyms"]


@admin.register(SituationType)
class SituationTypeAdmin(TermAdmin):
    list_display = ["name", "slug", "order", "activity_count"]
    fields = ["name", "slug", "order", "description", "synonyms"]
    search_fields = [*TermAdmin.search_fields, "synonyms"]


# --- searches that found nothing -----------------------------------------------------------------


@admin.register(SearchMiss)
class SearchMissAdmin(admin.ModelAdmin):
    """What professionals searched the catalogue for and did not find: read-only, filled in by
    the catalogue search (only words the personal-data guard passed). Curators read it to see
    what is missing or named differently, and delete what they have dealt with. Whoever may
    curate the catalogue may do this, also without the model's own permissions."""

    list_display = ["query", "count", "last_searched_at"]
    search_fields = ["query"]
    fields = ["query", "count", "last_searched_at"]
    readonly_fields = fields
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) or _curates(request)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) or _curates(request)


def _curates(request) -> bool:
    return request.user.has_perm(CURATOR_PERMISSION)
