"""Search boxes in django-filter lists, guarded like every other free text."""

import django_filters

from wijkwerk.privacy.forms import SearchField


class GuardedSearchFilter(django_filters.CharFilter):
    field_class = SearchField


class GuardedSearchMixin:
    """A FilterSet whose guarded search was refused finds nothing: the search is not run, and the
    field's error says why (rather than silently listing everything as if unfiltered)."""

    def filter_queryset(self, queryset):
        for name, search in self.filters.items():
            if isinstance(search, GuardedSearchFilter) and name in self.form.errors:
                return queryset.none()
        return super().filter_queryset(queryset)
