"""Neighbourhoods are managed in the admin by curators. Situations are team data and stay out:
the admin only shows how many situations a neighbourhood has, never their content."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from situations.models import Neighbourhood


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "cbs_code", "team_names", "situation_count"]
    list_filter = ["municipality"]
    search_fields = ["name", "municipality", "cbs_code"]
    filter_horizontal = ["teams"]
    fields = ["name", "municipality", "cbs_code", "teams"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_situation_count=Count("situations", distinct=True))
            .prefetch_related("teams")
        )

    @admin.display(description=_("teams"))
    def team_names(self, obj):
        return ", ".join(team.name for team in obj.teams.all()) or "–"

    @admin.display(description=_("situations"), ordering="_situation_count")
    def situation_count(self, obj):
        return obj._situation_count

    def get_deleted_objects(self, objs, request):
        """Name no situations when they block a deletion: their titles are team data."""
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            count = len(protected)
            protected = [
                ngettext(
                    "%(count)d situation of a team is in this neighbourhood. "
                    "The team must move or delete it first.",
                    "%(count)d situations of teams are in this neighbourhood. "
                    "The teams must move or delete them first.",
                    count,
                )
                % {"count": count}
            ]
        return deleted, model_count, perms_needed, protected
