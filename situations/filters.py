"""Filters and sorting for the situations list. Parameter names are Dutch, like the URLs.

The search box looks in the title, description and themes and in the neighbourhood's name and
municipality; every word must occur somewhere (as part of a word: "geluid" finds
"geluidsoverlast"). By default the best matches come first: a word in the title counts most,
then the themes and the place, then the description; equal matches are in the order of the
last change.
"""

import django_filters
from django import forms
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from activities.models import Goal, TargetGroup
from activities.search import DUTCH_STOP_WORDS
from situations import selectors
from situations.forms import UNKNOWN_LEVEL_MESSAGE
from situations.models import Situation
from wijkwerk.privacy.filters import GuardedSearchFilter, GuardedSearchMixin

SORT_CHOICES = [
    ("relevantie", _("Best match first")),
    ("-gewijzigd", _("Last changed first")),
    ("gewijzigd", _("Last changed last")),
    ("-niveau", _("Highest level first")),
    ("niveau", _("Lowest level first")),
]
SORT_ORDERING = {
    "relevantie": ("-updated_at", "-pk"),  # after the search score, when there is a search
    "-gewijzigd": ("-updated_at", "-pk"),
    "gewijzigd": ("updated_at", "pk"),
    "-niveau": ("-level__order", "-updated_at", "-pk"),
    "niveau": ("level__order", "-updated_at", "-pk"),
}
DEFAULT_SORT = "relevantie"
SCORE = "search_score"

# How much a search word counts in each place (summed over the places it occurs in).
SEARCH_SCORES = {
    "title": 8,
    "themes": 4,
    "neighbourhood__name": 4,
    "neighbourhood__municipality": 2,
    "description": 1,
}
TITLE_START_SCORE = 12
_PUNCTUATION = ".,;:!?\"'()[]"


def _neighbourhoods(request):
    return selectors.neighbourhoods_for_user(request.user)


class SituationFilter(GuardedSearchMixin, django_filters.FilterSet):
    """Filter the user's situations. Pass ``request`` so the choices fit the user's teams."""

    q = GuardedSearchFilter(
        label=_("Search"),
        method="search",
        help_text=_("Searches title, description, themes and neighbourhood. Best match first."),
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
        label=_("Sort by"),
        choices=SORT_CHOICES,
        method="sort",
        empty_label=None,
        help_text=_("Without search words: last changed first."),
    )

    class Meta:
        model = Situation
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.queryset = self.queryset.order_by(*SORT_ORDERING[DEFAULT_SORT])

    def other_filter_count(self) -> int:
        """How many filters besides the search and the sorting are given, for the button that
        unfolds them on a phone."""
        if not self.is_bound:
            return 0
        skipped = ("q", "sorteer", "pagina")
        return sum(
            1 for name in self.filters if name not in skipped and self.data.get(name, "").strip()
        )

    def other_filter_errors(self) -> bool:
        """Whether a filter besides the search has a wrong value: its error must be in sight,
        so the folded filters open on a phone."""
        return self.is_bound and any(name != "q" for name in self.errors)

    def search(self, queryset, name, value):
        """Every word somewhere; the best matches first (see the module docstring)."""
        typed = [word.strip(_PUNCTUATION) for word in value.split()]
        typed = [word for word in dict.fromkeys(typed) if word]
        wanted = [word for word in typed if word.lower() not in DUTCH_STOP_WORDS] or typed
        score = Value(0)
        for word in wanted:
            queryset = queryset.filter(_anywhere(word))
            score += _score(word)
        return queryset.annotate(**{SCORE: score}).order_by(
            f"-{SCORE}", *SORT_ORDERING[DEFAULT_SORT]
        )

    def only_mine(self, queryset, name, value):
        if value:
            return queryset.filter(owner=self.request.user)
        return queryset

    def sort(self, queryset, name, value):
        ordering = SORT_ORDERING.get(value, SORT_ORDERING[DEFAULT_SORT])
        if value == "relevantie" and SCORE in queryset.query.annotations:
            ordering = (f"-{SCORE}", *ordering)
        return queryset.order_by(*ordering)


def _anywhere(word: str) -> Q:
    condition = Q()
    for field in SEARCH_SCORES:
        condition |= Q(**{f"{field}__icontains": word})
    return condition


def _score(word: str) -> Case:
    """What ``word`` adds to a situation's score: the points of every place it occurs in."""
    parts = [
        Case(
            When(title__istartswith=word, then=Value(TITLE_START_SCORE)),
            When(title__icontains=word, then=Value(SEARCH_SCORES["title"])),
            default=Value(0),
            output_field=IntegerField(),
        )
    ]
    for field, points in SEARCH_SCORES.items():
        if field != "title":
            parts.append(
                Case(
                    When(Q(**{f"{field}__icontains": word}), then=Value(points)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
    return sum(parts, start=Value(0))
