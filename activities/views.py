from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.urls import reverse

from . import search, selectors
from .filters import ActivityFilter
from .models import Activity

PAGE_SIZE = 20
FILTER_NAMES = list(ActivityFilter.base_filters)


@permission_required("activities.view_activity", raise_exception=True)
def activity_list(request):
    activity_filter = ActivityFilter(request.GET, queryset=selectors.activities_for_list())
    page = Paginator(activity_filter.qs, PAGE_SIZE).get_page(request.GET.get("pagina"))
    filter_query = _filter_query(request.GET)
    searched = activity_filter.passed_search()
    other_filters = activity_filter.other_filter_count()
    suggestions = search.filter_suggestions(searched, activity_filter.chosen_terms())
    missed = search.search_miss_note(
        text=searched, found=page.paginator.count, narrowed=bool(other_filters)
    )
    return render(
        request,
        "activities/activity_list.html",
        {
            "filter": activity_filter,
            "page_obj": page,
            "activities": page.object_list,
            "filtered": bool(filter_query),
            "filter_query": filter_query,
            "searched": searched,
            "other_filters": other_filters,
            "suggestions": [
                (suggestion, search.suggestion_query(request.GET, suggestion, FILTER_NAMES))
                for suggestion in suggestions
            ],
            "search_missed": missed,
        },
    )


@permission_required("activities.view_activity", raise_exception=True)
def activity_detail(request, slug):
    try:
        activity = selectors.get_published_activity(slug)
    except Activity.DoesNotExist:
        raise Http404 from None
    level_neutral = selectors.is_level_neutral(activity)
    back_query = _filter_query(QueryDict(request.GET.get("terug", "")))
    back_url = reverse("activities:list") + (f"?{back_query}" if back_query else "")
    return render(
        request,
        "activities/activity_detail.html",
        {
            "activity": activity,
            "level_neutral": level_neutral,
            "level_rows": [] if level_neutral else selectors.level_rows(activity),
            "contra_indications": selectors.contra_indication_rows(activity),
            "evidence_basis": selectors.evidence_basis_text(activity),
            "related": selectors.related_activities(activity),
            "back_url": back_url,
            "filtered": bool(back_query),
        },
    )


def _filter_query(params: QueryDict) -> str:
    """Only the catalogue's own filter parameters, urlencoded, to carry the filters along."""
    kept = QueryDict(mutable=True)
    for name in FILTER_NAMES:
        values = [value for value in params.getlist(name) if value.strip()]
        if values:
            kept.setlist(name, values)
    return kept.urlencode()
