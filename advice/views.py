"""Advice pages: glue from request to selectors, text understanding, intake and engine, to a
template or JSON. Nothing is decided here."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from activities.selectors import published_activities
from advice import intake, selectors, text
from advice.engine import Advice, Profile, Recommendation, Warning
from advice.forms import QUESTION_PARAMETERS, AdviceForm, suggested_data, text_fingerprint
from advice.reasons import CONDITION_LABELS, MATCH_CODES, render_match, render_reason
from situations.access import get_situation_for_user
from situations.models import Situation
from situations.services import deployment_record_tried
from situations.views import RECORDED_MARKER
from wijkwerk.privacy.forms import record_confirmations


@dataclass
class Outcome:
    """Everything one questionnaire submission produced."""

    answers: intake.Answers
    analysis: text.TextAnalysis | None
    decision: intake.LevelDecision
    profile: Profile
    advice: Advice | None
    applied: bool  # the description's suggestions were filled in this time
    signals: dict  # slug -> (level, phase, text)

    def signal_text(self, slug: str) -> str:
        return self.signals.get(slug, ("", "", slug))[2]


def _evaluate(form: AdviceForm, *, apply_text: bool) -> Outcome:
    """Read the description (if any), fill in its suggestions when ``apply_text``, decide the
    level and profile, and advise. ``form`` must be valid."""
    answers = form.answers()
    description = form.cleaned_data.get("q", "").strip()
    analysis = None
    if description:
        vocabulary = selectors.text_vocabulary()
        analysis = text.analyse(description, vocabulary, today=timezone.localdate())
    pre_ticked: frozenset[str] = frozenset()
    if analysis is not None and apply_text:
        answers, pre_ticked = intake.apply_suggestions(answers, analysis)
    signal_levels = selectors.signal_levels()
    decision = intake.decide_level(answers, signal_levels, pre_ticked)
    profile = intake.profile_for(answers, decision, signal_levels)
    advice = selectors.advice_for(profile) if decision.level else None
    applied = apply_text and analysis is not None
    return Outcome(answers, analysis, decision, profile, advice, applied, signal_levels)


@require_http_methods(["GET", "POST"])
def questionnaire(request):
    """/advies/: the questionnaire (posted, so a description never lands in a URL or a log);
    ?format=json, or format=json in the POST, for the API."""
    if "json" in (request.GET.get("format"), request.POST.get("format")):
        return _advice_json(request)
    if request.method == "POST":
        form, outcome = _read_posted(request.POST, request.user)
    else:
        # A link with answers, but never with a description: old links with ?q= drop it.
        params = request.GET.copy()
        params.pop("q", None)
        form = AdviceForm(params or None)
        valid = form.is_bound and form.is_valid()
        outcome = _evaluate(form, apply_text=False) if valid else None
    context = {"form": form, "outcome": outcome, **_present(outcome)}
    if outcome is not None and outcome.advice is not None:
        context["handoff"] = situation_handoff(form, outcome)
    return render(request, "advice/questionnaire.html", context)


def _read_posted(data, user) -> tuple[AdviceForm, Outcome | None]:
    """The posted questionnaire. A description not read before fills in its suggestions once;
    after that the professional's own ticks and answers count."""
    form = AdviceForm(data)
    if not form.is_valid():
        return form, None
    description = form.cleaned_data["q"].strip()
    fresh = bool(description) and form.cleaned_data["gelezen"] != text_fingerprint(description)
    outcome = _evaluate(form, apply_text=fresh)
    if fresh:
        record_confirmations(user, form)
        # Show the suggestions ticked in the form, and remember that this text was read.
        data = suggested_data(data, outcome.answers)
        data["gelezen"] = text_fingerprint(description)
        form = AdviceForm(data)
        form.is_valid()
    return form, outcome


def _advice_json(request) -> JsonResponse:
    form = AdviceForm(request.POST if request.method == "POST" else request.GET)
    if not form.is_valid():
        parameter, message = form.first_error()
        return JsonResponse({"error": message, "parameter": parameter}, status=400)
    outcome = _evaluate(form, apply_text=True)
    if outcome.advice is None:
        message = _(
            "Give a level (niveau), tick signals (signaal), or describe the situation (q) "
            "clearly enough to suggest one."
        )
        return JsonResponse({"error": message, "parameter": "niveau"}, status=400)
    return JsonResponse(_as_json(outcome), json_dumps_params={"ensure_ascii": False})


def _as_json(outcome: Outcome) -> dict:
    names = selectors.vocabulary_names()
    advice, decision, profile = outcome.advice, outcome.decision, outcome.profile
    analysis = outcome.analysis

    def item(row: Recommendation) -> dict:
        return {
            "slug": row.slug,
            "name": row.name,
            "kind": row.kind,
            "fit": row.fit,
            "score": row.score,
            "reasons": [render_reason(reason, names) for reason in row.reasons],
        }

    def warning(row: Warning, up_front: bool) -> dict:
        return {
            "slug": row.slug,
            "name": row.name,
            "kind": row.kind,
            "why": row.code,
            "condition": row.condition,
            "reason": row.reason,
            "up_front": up_front,
        }

    def suggestion(found: text.Suggestion | None) -> dict | None:
        if found is None:
            return None
        return {
            "value": found.value,
            "name": names.get(found.value, found.value),
            "words": list(found.words),
        }

    suggested = {
        "level": suggestion(analysis.level) if analysis else None,
        "confidence": analysis.confidence if analysis else "none",
        "signals": [
            {**suggestion(found), "name": outcome.signal_text(found.value)}
            for found in (analysis.signals if analysis else ())
        ],
        "triage": {
            QUESTION_PARAMETERS[question]: {"answer": found.value, "words": list(found.words)}
            for question, found in (analysis.triage if analysis else ())
        },
        "phase": suggestion(analysis.phase) if analysis else None,
        "situation_type": suggestion(analysis.situation_type) if analysis else None,
        "target_groups": [
            suggestion(found) for found in (analysis.target_groups if analysis else ())
        ],
    }
    triage_answers = profile.triage
    return {
        "level": decision.level,
        "level_source": decision.source,
        "level_certain": decision.certain,
        "level_because": [
            {"slug": slug, "name": outcome.signal_text(slug)} for slug in decision.because
        ],
        "phase": profile.phase,
        "situation_type": profile.situation_type,
        "triage": {
            QUESTION_PARAMETERS[question]: getattr(triage_answers, question)
            for question in QUESTION_PARAMETERS
        },
        "suggested_level": analysis.level.value if analysis and analysis.level else None,
        "signals": sorted({word for found in suggested["signals"] for word in found["words"]}),
        "suggestion": suggested,
        "look_first": [item(row) for row in advice.look_first],
        "recommended": [item(row) for row in advice.recommended],
        "casework": [item(row) for row in advice.casework],
        "warnings": [warning(row, True) for row in advice.warnings_up_front]
        + [warning(row, False) for row in advice.warnings_folded],
        "learning": [item(row) for row in advice.learning],
    }


def _present(outcome: Outcome | None) -> dict:
    """Template context: the advice with its reasons in words, and the suggestions with the
    words that led to them."""
    if outcome is None:
        return {}
    names = selectors.vocabulary_names()
    analysis = outcome.analysis
    context = {
        "decision": outcome.decision,
        "profile": outcome.profile,
        "level_name": names.get(outcome.profile.fit_key or "", ""),
        "signals_level_name": names.get(outcome.decision.signals_level or "", ""),
        "because": [outcome.signal_text(slug) for slug in outcome.decision.because],
        "type_name": names.get(outcome.profile.situation_type or "", ""),
        "suggested_signals": {
            found.value: list(found.words) for found in (analysis.signals if analysis else ())
        },
        "suggested_triage": {
            QUESTION_PARAMETERS[question]: ", ".join(found.words)
            for question, found in (analysis.triage if analysis else ())
        },
        "suggested_groups": {
            found.value: ", ".join(found.words)
            for found in (analysis.target_groups if analysis else ())
        },
        "suggested_phase": ", ".join(analysis.phase.words) if analysis and analysis.phase else "",
        "confidence": analysis.confidence if analysis else "",
        "applied": outcome.applied,
    }
    context.update(present_advice(outcome.advice, names))
    return context


def present_advice(advice: Advice | None, names: dict[str, str]) -> dict:
    if advice is None:
        return {"advice": None}

    def rows(items):
        return [
            {
                "item": item,
                "url": reverse("activities:detail", args=[item.slug]),
                "reasons": [
                    render_reason(reason, names)
                    for reason in item.reasons
                    if reason.code not in MATCH_CODES
                ],
                "matches": [
                    render_match(reason, names)
                    for reason in item.reasons
                    if reason.code in MATCH_CODES
                ],
            }
            for item in items
        ]

    def warning_rows(items):
        return [
            {
                "item": item,
                "url": reverse("activities:detail", args=[item.slug]),
                # A target group's reason names the group itself: no "(not when …)" before it.
                "condition": ""
                if item.condition == "target_group"
                else CONDITION_LABELS.get(item.condition, ""),
            }
            for item in items
        ]

    return {
        "advice": advice,
        "look_first": rows(advice.look_first),
        "meeting_formats": rows(advice.of_kind("meeting_format")),
        "tools": rows(advice.of_kind("tool")),
        "casework": rows(advice.casework),
        "learning": rows(advice.learning),
        "warnings_up_front": warning_rows(advice.warnings_up_front),
        "warnings_folded": warning_rows(advice.warnings_folded),
    }


def situation_advice(request, pk):
    """/situaties/<pk>/advies/: the advice for a saved situation, one click to record a try."""
    situation = get_situation_for_user(
        request.user,
        pk,
        Situation.objects.select_related("level", "situation_type").prefetch_related(
            "goals", "target_groups"
        ),
    )
    profile = selectors.situation_profile(situation)
    names = selectors.vocabulary_names()
    context = {
        "situation": situation,
        "profile": profile,
        "level_name": names.get(profile.fit_key or "", ""),
        "type_name": names.get(profile.situation_type or "", ""),
        "deploy_url_name": "advice:deploy",
        **present_advice(selectors.advice_for(profile), names),
    }
    return render(request, "advice/situation_advice.html", context)


@require_POST
def deploy(request, pk, slug):
    """Record an advised activity as tried today, outcome still unknown. Once: a second click
    (or a double click) gives back the first record. The situation's page then offers Undo."""
    situation = get_situation_for_user(request.user, pk)
    activity = get_object_or_404(published_activities(), slug=slug)
    try:
        recorded = deployment_record_tried(
            situation=situation, user=request.user, activity=activity
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("advice:situation", pk=situation.pk)
    if recorded.created:
        text = _(
            "“%(name)s” is recorded as tried today. Add the outcome when you know how it went."
        )
    else:
        text = _("“%(name)s” was already recorded as tried. It is recorded once.")
    messages.success(request, text % {"name": activity.name})
    url = situation.get_absolute_url()
    return redirect(f"{url}?{urlencode({RECORDED_MARKER: recorded.deployment.pk})}")


def situation_handoff(form: AdviceForm, outcome: Outcome) -> list[tuple[str, str]]:
    """The questionnaire as the situation form's fields, for "Maak hier een situatie van"."""
    data = form.cleaned_data
    fields = [("van_advies", "1"), ("description", data.get("q", ""))]
    if outcome.decision.level:
        fields.append(("level", outcome.decision.level))
    fields += [("signals", str(signal.pk)) for signal in data.get("signaal") or ()]
    fields += [("goals", str(goal.pk)) for goal in data.get("doel") or ()]
    fields += [("target_groups", str(group.pk)) for group in data.get("doelgroep") or ()]
    if data.get("soort"):
        fields.append(("situation_type", str(data["soort"].pk)))
    for question, parameter in QUESTION_PARAMETERS.items():
        fields.append((question, data.get(parameter) or "unknown"))
    fields.append(("phase", outcome.profile.phase))
    return fields
