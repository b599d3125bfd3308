"""Advice pages: glue from request to selector to engine to template or JSON, nothing more."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from activities.selectors import published_activities
from situations.access import get_situation_for_user
from situations.advice import Advice, Profile, Recommendation
from situations.advice_forms import AdviceForm
from situations.advice_selectors import advice_for, vocabulary_names
from situations.advice_text import render_reason
from situations.models import Situation
from situations.services import deployment_record


def advice_questionnaire(request):
    """/advies/: advice for a described situation, nothing saved; ?format=json for the API."""
    form = AdviceForm(request.GET or None)
    if request.GET.get("format") == "json":
        return _advice_json(form)
    advice = None
    if form.is_bound and form.is_valid():
        profile = form.profile()
        if profile.level or profile.text:
            advice = advice_for(profile)
    context = {"form": form, **_present(advice)}
    return render(request, "situations/advice_questionnaire.html", context)


def _advice_json(form: AdviceForm) -> JsonResponse:
    if not form.is_valid():
        parameter, message = form.first_error()
        return JsonResponse({"error": message, "parameter": parameter}, status=400)
    profile = form.profile()
    advice = advice_for(profile)
    if advice.level is None:
        message = _(
            "Give a level (niveau), or describe the situation (q) clearly enough to suggest one."
        )
        return JsonResponse({"error": message, "parameter": "niveau"}, status=400)
    names = vocabulary_names()
    return JsonResponse(
        {
            "level": advice.level,
            "level_source": advice.level_source,
            "suggested_level": advice.suggestion.level,
            "signals": list(advice.suggestion.signals),
            "recommended": [_as_json(item, names) for item in advice.recommended],
            "warnings": [
                {"slug": w.slug, "name": w.name, "kind": w.kind, "reason": w.reason}
                for w in advice.warnings
            ],
            "learning": [_as_json(item, names) for item in advice.learning],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _as_json(item: Recommendation, names) -> dict:
    return {
        "slug": item.slug,
        "name": item.name,
        "kind": item.kind,
        "score": item.score,
        "reasons": [render_reason(reason, names) for reason in item.reasons],
    }


def _present(advice: Advice | None) -> dict:
    """Template context: the advice with its reasons in words, grouped by kind."""
    if advice is None:
        return {"advice": None}
    names = vocabulary_names()

    def rows(items):
        return [
            {
                "item": item,
                "url": reverse("activities:detail", args=[item.slug]),
                "reasons": [render_reason(reason, names) for reason in item.reasons],
            }
            for item in items
        ]

    return {
        "advice": advice,
        "level_name": names.get(advice.level, ""),
        "suggested_level_name": names.get(advice.suggestion.level or "", ""),
        "meeting_formats": rows([r for r in advice.recommended if r.kind == "meeting_format"]),
        "tools": rows([r for r in advice.recommended if r.kind == "tool"]),
        "learning": rows(advice.learning),
        "warnings": advice.warnings,
    }


def situation_advice(request, pk):
    """/situaties/<pk>/advies/: the advice for a saved situation, one click to record a try."""
    situation = get_situation_for_user(
        request.user,
        pk,
        Situation.objects.select_related("level").prefetch_related("goals", "target_groups"),
    )
    profile = Profile(
        level=situation.level_id,
        goals=frozenset(goal.slug for goal in situation.goals.all()),
        target_groups=frozenset(group.slug for group in situation.target_groups.all()),
        text=situation.description,
    )
    context = {
        "situation": situation,
        "deploy_url_name": "situations:advice_deploy",
        **_present(advice_for(profile)),
    }
    return render(request, "situations/situation_advice.html", context)


@require_POST
def advice_deploy(request, pk, slug):
    """Record an advised activity as tried today, outcome still unknown."""
    situation = get_situation_for_user(request.user, pk)
    activity = get_object_or_404(published_activities(), slug=slug)
    try:
        deployment_record(
            situation=situation, user=request.user, activity=activity, date=timezone.localdate()
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("situations:advice", pk=situation.pk)
    messages.success(
        request,
        _("“%(name)s” is recorded as tried today. Add the outcome when you know how it went.")
        % {"name": activity.name},
    )
    return redirect(situation)
