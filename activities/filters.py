"""The catalogue filters. Parameter names are Dutch, because they show in shareable URLs:
/activiteiten/?soort=meeting_format&niveau=spanning&past=recommended&doel=kennismaken&q=buurt
"""

import django_filters
from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Activity, Goal, Level, LevelFit, TargetGroup
from .selectors import search_activities


class ActivityFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ActivityFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_text",
        help_text=_("For example: dialogue, neighbours, young people."),
    )
    soort = django_filters.ChoiceFilter(
        label=_("Kind"),
        field_name="kind",
        choices=Activity.Kind.choices,
        empty_label=_("All kinds"),
    )
    niveau = django_filters.ModelChoiceFilter(
        label=_("Level"),
        queryset=Level.objects.all(),
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

    def filter_nothing(self, queryset, name, value):
        """Level and fit are applied together in filter_queryset (one fit must match both)."""
        return queryset

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
        queryset = super().filter_queryset(queryset)
        conditions = {}
        if level := self.form.cleaned_data.get("niveau"):
            conditions["level"] = level
        if fit := self.form.cleaned_data.get("past"):
            conditions["fit"] = fit
        if conditions:
            fits = LevelFit.objects.filter(**conditions).values("activity_id")
            queryset = queryset.filter(pk__in=fits)
        return queryset
