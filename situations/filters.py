"""Filters and sorting for the situations list. Parameter names are Dutch, like the URLs."""

import django_filters
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from activities.models import Goal, TargetGroup
from situations import selectors
from situations.forms import UNKNOWN_LEVEL_MESSAGE
from situations.models import Situation
from wijkwerk.privacy.filters import GuardedSearchFilter, GuardedSearchMixin

SORT_CHOICES = [
    ("-gewijzigd", _("Last changed first")),
    ("gewijzigd", _("Last changed last")),
    ("-niveau", _("Highest level first")),
    ("niveau", _("Lowest level first")),
]
SORT_ORDERING = {
    "-gewijzigd": ("-updated_at", "-pk"),
    "gewijzigd": ("updated_at", "pk"),
    "-niveau": ("-level__order", "-updated_at", "-pk"),
    "niveau": ("level__order", "-updated_at", "-pk"),
}
DEFAULT_SORT = "-gewijzigd"


def _neighbourhoods(request):
    return selectors.neighbourhoods_for_user(request.user)


class SituationFilter(GuardedSearchMixin, django_filters.FilterSet):
    """Filter the user's situations. Pass ``request`` so the choices fit the user's teams."""

    q = GuardedSearchFilter(
        label=_("Search"), method="search", help_text=_("Searches title, description and themes.")
    )
    niveau = django_filters.ModelChoiceFilter(
        field_name="level",
        label=_("Level"),
        queryset=selectors.levels(),
        empty_label=_("All levels"),
        error_messages={"invalid_choice": UNKNOWN_LEVEL_MESSAGE},
    )
    wijk = django_filters.ModelChoiceFilter(
        field_name="neighbourhood",
        label=_("Neighbourhood"),
        queryset=_neighbourhoods,
        empty_label=_("All neighbourhoods"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Situation.Status.choices, empty_label=_("All statuses")
    )
    doel = django_filters.ModelChoiceFilter(
        field_name="goals",
        to_field_name="slug",
        label=_("Goal"),
        queryset=Goal.objects.order_by("name"),
        empty_label=_("All goals"),
        distinct=True,
    )
    doelgroep = django_filters.ModelChoiceFilter(
        field_name="target_groups",
        to_field_name="slug",
        label=_("Target group"),
        queryset=TargetGroup.objects.order_by("name"),
        empty_label=_("All target groups"),
        distinct=True,
    )
    mijn = django_filters.BooleanFilter(
        label=_("Only my situations"), method="only_mine", widget=forms.CheckboxInput
    )
    van = django_filters.DateFilter(
        field_name="updated_at",
        lookup_expr="date__gte",
        label=_("Changed from"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    tot = django_filters.DateFilter(
        field_name="updated_at",
        lookup_expr="date__lte",
        label=_("Changed until"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sorteer = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="sort", empty_label=None
    )

    class Meta:
        model = Situation
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.queryset = self.queryset.order_by(*SORT_ORDERING[DEFAULT_SORT])
        self.form.helper = FormHelper()
        self.form.helper.form_method = "get"
        self.form.helper.form_tag = False
        self.form.helper.disable_csrf = True
        self.form.helper.layout = Layout(
            Row(Column("q", css_class="col-md-6"), Column("sorteer", css_class="col-md-3")),
            Row(
                Column("niveau", css_class="col-md-3"),
                Column("wijk", css_class="col-md-3"),
                Column("status", css_class="col-md-3"),
                Column("mijn", css_class="col-md-3 d-flex align-items-end"),
            ),
            Row(
                Column("doel", css_class="col-md-3"),
                Column("doelgroep", css_class="col-md-3"),
                Column("van", css_class="col-md-3"),
                Column("tot", css_class="col-md-3"),
            ),
        )

    def search(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(description__icontains=word)
                | Q(themes__icontains=word)
            )
        return queryset

    def only_mine(self, queryset, name, value):
        if value:
            return queryset.filter(owner=self.request.user)
        return queryset

    def sort(self, queryset, name, value):
        return queryset.order_by(*SORT_ORDERING.get(value, SORT_ORDERING[DEFAULT_SORT]))
