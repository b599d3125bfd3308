"""The catalogue filters. Parameter names are Dutch, because they show in shareable URLs:
/activiteiten/?soort=meeting_format&niveau=spanning&past=recommended&doel=kennismaken&q=buurt

``niveau`` is a level slug, or ``nazorg`` for the aftercare after an escalation (``escalatie``
itself means its acute phase). ``type`` is a situation type slug.

``q`` searches the activities' own text and the names and synonyms of their target groups,
goals and situation types, best match first (activities/search.py).
"""

import django_filters
from crispy_forms.helper import FormHelper
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wijkwerk.privacy.filters import GuardedSearchFilter, GuardedSearchMixin

from .models import (
    AFTERCARE_KEY,
    LEVEL_NEUTRAL_KINDS,
    Activity,
    Goal,
    Level,
    LevelFit,
    SituationType,
    TargetGroup,
)
from .search import search_activities

AFTERCARE_LEVEL = "escalatie"


def level_choices() -> list[tuple[str, str]]:
    """The four levels in order, and the aftercare right after the escalation (one query)."""
    choices = []
    for slug, name in Level.objects.values_list("slug", "name"):
        choices.append((slug, name))
        if slug == AFTERCARE_LEVEL:
            choices.append((AFTERCARE_KEY, _("after the escalation (aftercare)")))
    return choices


class ActivityFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ActivityFilter(GuardedSearchMixin, django_filters.FilterSet):
    q = GuardedSearchFilter(
        label=_("Search"),
        method="filter_text",
        help_text=_("For example: dialogue, neighbours, young people, LVB. Best match first."),
    )
    soort = django_filters.ChoiceFilter(
        label=_("Kind"),
        field_name="kind",
        choices=Activity.Kind.choices,
        empty_label=_("All kinds"),
    )
    type = django_filters.ModelChoiceFilter(
        label=_("Type of situation"),
        queryset=SituationType.objects.all(),
        to_field_name="slug",
        method="filter_situation_type",
        empty_label=_("All types"),
        help_text=_("Also shows the activities that fit every type."),
    )
    niveau = django_filters.ChoiceFilter(
        label=_("Level"),
        choices=level_choices,
        method="filter_nothing",
        empty_label=_("All levels"),
    )
    past = django_filters.ChoiceFilter(
        label=_("Fit at this level"),
        choices=LevelFit.Fit.choices,
        method="filter_nothing",
        empty_label=_("Any fit"),
    )
    doel = django_filters.ModelMultipleChoiceFilter(
        label=_("Goal"),
        queryset=Goal.objects.all(),
        to_field_name="slug",
        method="filter_goals",
        widget=forms.CheckboxSelectMultiple,
    )
    doelgroep = django_filters.ModelMultipleChoiceFilter(
        label=_("Target group"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        method="filter_target_groups",
        widget=forms.CheckboxSelectMultiple,
    )
    inspanning = django_filters.ChoiceFilter(
        label=_("Effort"),
        field_name="effort",
        choices=Activity.Effort.choices,
        empty_label=_("Any effort"),
    )

    class Meta:
        model = Activity
        fields: list[str] = []
        form = ActivityFilterForm

    def passed_search(self) -> str:
        """The search words, when the personal-data guard passed them without any finding;
        "" when there are none or the guard refused or held them (an error at ``q``)."""
        if not self.is_bound or "q" in self.errors:
            return ""
        return (self.form.cleaned_data.get("q") or "").strip()

    def chosen_terms(self) -> dict[str, list[str]]:
        """The chosen target groups, goals and situation type, as slugs per parameter."""
        if not self.is_bound:
            return {}
        self.errors  # noqa: B018 - validates the form, which fills cleaned_data
        data = self.form.cleaned_data
        chosen_type = data.get("type")
        return {
            "doelgroep": [group.slug for group in data.get("doelgroep") or []],
            "doel": [goal.slug for goal in data.get("doel") or []],
            "type": [chosen_type.slug] if chosen_type else [],
        }

    def other_filter_count(self) -> int:
        """How many filters besides the search are on (or were given a wrong value)."""
        if not self.is_bound:
            return 0
        wrong = [name for name in self.errors if name != "q"]  # validates the form
        chosen = [name for name, value in self.form.cleaned_data.items() if name != "q" and value]
        return len(set(chosen) | set(wrong))

    def other_filter_errors(self) -> bool:
        """Whether a filter besides the search has a wrong value: its error must be in sight,
        so the folded filters open on a phone."""
        return self.is_bound and any(name != "q" for name in self.errors)

    def filter_nothing(self, queryset, name, value):
        """Level and fit are applied together in filter_queryset (one fit must match both)."""
        return queryset

    def filter_situation_type(self, queryset, name, value):
        """Activities meant for this type, and those meant for every type (no type given)."""
        if not value:
            return queryset
        through = Activity.situation_types.through.objects
        typed = through.values("activity_id")
        meant = through.filter(situationtype=value).values("activity_id")
        return queryset.filter(Q(pk__in=meant) | ~Q(pk__in=typed))

    def filter_text(self, queryset, name, value):
        return search_activities(queryset, value)

    def filter_goals(self, queryset, name, value):
        if not value:
            return queryset
        through = Activity.goals.through.objects.filter(goal__in=value)
        return queryset.filter(pk__in=through.values("activity_id"))

    def filter_target_groups(self, queryset, name, value):
        if not value:
            return queryset
        through = Activity.target_groups.through.objects.filter(targetgroup__in=value)
        return queryset.filter(pk__in=through.values("activity_id"))

    def filter_queryset(self, queryset):
        """Level and fit must hold for the same fit. Level-neutral items (learning, reflection,
        casework without fits) fit every level alike: a level, alone or with "fits", finds them
        too; "under conditions" and "avoid" do not."""
        queryset = super().filter_queryset(queryset)
        conditions = {}
        level = self.form.cleaned_data.get("niveau")
        if level == AFTERCARE_KEY:
            conditions.update(level=AFTERCARE_LEVEL, phase=LevelFit.Phase.AFTERCARE)
        elif level:
            conditions.update(level=level, phase=LevelFit.Phase.ANY)
        fit = self.form.cleaned_data.get("past")
        if fit:
            conditions["fit"] = fit
        if not conditions:
            return queryset
        matching = Q(pk__in=LevelFit.objects.filter(**conditions).values("activity_id"))
        if level and fit in ("", None, LevelFit.Fit.RECOMMENDED):
            neutral = Q(kind__in=LEVEL_NEUTRAL_KINDS) & ~Q(
                pk__in=LevelFit.objects.values("activity_id")
            )
            matching |= neutral
        return queryset.filter(matching)
