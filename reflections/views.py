"""Reflection pages. Access goes through selectors.get_reflection_for_user (404 for outsiders);
every status change goes through workflow.py, whose refusals become Dutch messages."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from reflections import exports, workflow
from reflections.changes import changes_since_previous_submission
from reflections.filters import ReflectionFilter
from reflections.forms import (
    REFLECTION,
    ExportForm,
    LeadResponseForm,
    ReflectionForm,
    rebased_reflection_data,
    reflection_conflict_page,
)
from reflections.models import Reflection
from reflections.prompts import MODELS, get_model
from reflections.selectors import (
    can_see_situation,
    deployments_for_author,
    get_reflection_for_user,
    is_lead_of_author,
    minutes_per_category,
    reflections_for_author,
    review_queue_for,
    situations_for_author,
    with_feedback,
)
from reflections.workflow import TransitionError
from situations.forms import conflict_choices, loaded_from
from wijkwerk.accounts import policy
from wijkwerk.privacy.forms import record_confirmations

PAGE_SIZE = 20


@policy.required(policy.can_write_reflections)
def reflection_list(request):
    reflections = reflections_for_author(request.user).select_related("situation")
    filterset = ReflectionFilter(request.GET or None, queryset=reflections, request=request)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "reflections/reflection_list.html",
        {
            "filter": filterset,
            "page_obj": page,
            "is_filtered": any(request.GET.get(name) for name in filterset.filters),
        },
    )


def _linked_from_query(request):
    """The situation and deployment named by ?situatie= / ?inzet=, only when the user may see
    them (else 404)."""
    situation = deployment = None
    deployment_pk, situation_pk = request.GET.get("inzet", ""), request.GET.get("situatie", "")
    if deployment_pk:
        if not deployment_pk.isdigit():
            raise Http404
        deployment = get_object_or_404(deployments_for_author(request.user), pk=deployment_pk)
        situation = deployment.situation
    elif situation_pk:
        if not situation_pk.isdigit():
            raise Http404
        situation = get_object_or_404(situations_for_author(request.user), pk=situation_pk)
    return situation, deployment


@policy.required(policy.can_write_reflections)
@require_http_methods(["GET", "POST"])
def reflection_create(request):
    situation, deployment = _linked_from_query(request)
    reflection_model = get_model(request.GET.get("model", ""))
    if reflection_model is None:
        return render(
            request,
            "reflections/reflection_choose_model.html",
            {"models": MODELS.values(), "situation": situation, "deployment": deployment},
        )
    initial = {"date": timezone.localdate(), "situation": situation, "deployment": deployment}
    if deployment is not None:
        initial["date"] = deployment.date
        initial["title"] = gettext("Reflection on %(activity)s") % {
            "activity": deployment.activity_name
        }
    form = ReflectionForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        instance=Reflection(author=request.user),
        user=request.user,
        reflection_model=reflection_model,
    )
    if form.is_valid():
        reflection = form.save()
        record_confirmations(request.user, form)
        messages.success(
            request,
            gettext(
                "Your reflection has been saved as a draft. Only you can read it. Submit it "
                "to your team lead when it is finished."
            ),
        )
        return redirect(reflection)
    return render(
        request,
        "reflections/reflection_form.html",
        {"form": form, "reflection_model": reflection_model, "situation": situation},
    )


def _render_detail(request, reflection, status=200, response_form=None):
    actions = workflow.allowed_actions(request.user, reflection)
    events = list(reflection.events.select_related("actor"))
    context = {
        "reflection": reflection,
        "actions": actions,
        "feedback_list": reflection.feedback.select_related("author"),
        "events": events,
        "changes": changes_since_previous_submission(reflection, events),
        "is_author": request.user.pk == reflection.author_id,
        # The author always sees the title of the situation they linked; others only when
        # the situation is of their team, and only then as a link.
        "situation_visible": can_see_situation(request.user, reflection.situation),
    }
    if actions["comment"]:
        context["response_form"] = response_form or LeadResponseForm(reflection=reflection)
    return render(request, "reflections/reflection_detail.html", context, status=status)


def reflection_detail(request, pk):
    return _render_detail(request, get_reflection_for_user(request.user, pk))


@require_http_methods(["GET", "POST"])
def reflection_update(request, pk):
    """The author's edit form. When the reflection was saved in another window since this form
    was loaded, the form comes back rebased on what is stored, with per field what to keep
    (status 409)."""
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(policy.is_author(request.user, reflection))
    try:
        workflow.check_edit(request.user, reflection)
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(reflection)
    form = ReflectionForm(
        request.POST if request.method == "POST" else None,
        instance=reflection,
        user=request.user,
        reflection_model=reflection.reflection_model,
    )
    conflict = None
    if form.is_valid():
        loaded = loaded_from(form, kind=REFLECTION)
        try:
            workflow.reflection_save_changes(
                reflection=form.save(commit=False),
                user=request.user,
                version=loaded.version,
                base=loaded.base,
                pending=loaded.pending,
                choices=conflict_choices(request.POST, loaded.pending),
            )
        except workflow.ReflectionConflict as error:
            conflict = reflection_conflict_page(error, form)
            reflection = error.current
            form = ReflectionForm(
                rebased_reflection_data(request.POST, error),
                instance=reflection,
                user=request.user,
                reflection_model=reflection.reflection_model,
            )
            form.is_valid()
        except TransitionError as error:
            messages.error(request, error.message)
            return redirect(reflection)
        else:
            record_confirmations(request.user, form)
            messages.success(request, _saved_message(reflection))
            return redirect(reflection)
    context = {
        "form": form,
        "reflection_model": reflection.reflection_model,
        "reflection": reflection,
        "conflict": conflict,
    }
    return render(
        request, "reflections/reflection_form.html", context, status=409 if conflict else 200
    )


def _saved_message(reflection) -> str:
    if reflection.status == Reflection.Status.RETURNED:
        return gettext(
            "Your changes to the reflection have been saved. Submit it again when you are done."
        )
    return gettext("Your changes to the reflection have been saved.")


@require_POST
def reflection_submit(request, pk):
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(policy.is_author(request.user, reflection))
    resubmitted = reflection.status == Reflection.Status.RETURNED
    try:
        workflow.reflection_submit(reflection=reflection, user=request.user)
    except TransitionError as error:
        messages.error(request, error.message)
    else:
        if resubmitted:
            done = gettext(
                "Your reflection has been submitted again. Your team lead sees what you changed."
            )
        else:
            done = gettext("Your reflection has been submitted. Your team lead can now read it.")
        messages.success(request, done)
    return redirect(reflection)


@require_http_methods(["GET", "POST"])
def reflection_delete(request, pk):
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(policy.is_author(request.user, reflection))
    try:
        workflow.check_delete(request.user, reflection)
        if request.method == "POST":
            workflow.reflection_delete(reflection=reflection, user=request.user)
            messages.success(
                request,
                gettext("Your reflection “%(title)s” has been deleted.")
                % {"title": reflection.title},
            )
            return redirect("reflections:list")
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(reflection)
    return render(request, "reflections/reflection_confirm_delete.html", {"reflection": reflection})


@policy.required(policy.can_review_any)
def review_queue(request):
    page = Paginator(review_queue_for(request.user), PAGE_SIZE).get_page(request.GET.get("pagina"))
    for reflection in page.object_list:
        reflection.situation_visible = can_see_situation(request.user, reflection.situation)
    return render(request, "reflections/review_queue.html", {"page_obj": page})


# What the lead sees after each button: the message, and where to go next (the queue after a
# decision, the reflection after a comment).
LEAD_DONE = {
    workflow.LeadAction.COMMENT: (
        gettext_lazy("Your comment has been added. The author gets a notification."),
        None,
    ),
    workflow.LeadAction.RETURN: (
        gettext_lazy(
            "The reflection has been returned to the author for changes. The author gets a "
            "notification."
        ),
        "reflections:review_queue",
    ),
    workflow.LeadAction.REVIEW: (
        gettext_lazy("The reflection has been marked as reviewed. The author gets a notification."),
        "reflections:review_queue",
    ),
}


@require_POST
def reflection_respond(request, pk):
    """The lead's one form: comment, return or review, by the button pressed. The rule is
    checked first (a refusal becomes a message); a form error re-renders the page with what
    was typed and the message at the field."""
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(is_lead_of_author(request.user, reflection))
    try:
        workflow.check_lead_action(request.user, reflection, request.POST.get("action"))
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(reflection)
    form = LeadResponseForm(request.POST, reflection=reflection)
    if not form.is_valid():
        return _render_detail(request, reflection, response_form=form)
    action = form.cleaned_data["action"]
    try:
        workflow.lead_act(
            reflection=reflection, user=request.user, action=action, text=form.cleaned_data["text"]
        )
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(reflection)
    record_confirmations(request.user, form)
    done_message, done_url = LEAD_DONE[action]
    messages.success(request, done_message)
    return redirect(done_url or reflection)


@policy.required(policy.can_write_reflections)
def export(request):
    form = ExportForm(request.GET or None)
    export_format = request.GET.get("format")
    if export_format not in ("csv", "print") or not form.is_valid():
        return render(request, "reflections/export.html", {"form": form})
    reflections = reflections_for_author(request.user).order_by("date", "created_at")
    start, end = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    if start:
        reflections = reflections.filter(date__gte=start)
    if end:
        reflections = reflections.filter(date__lte=end)
    if export_format == "csv":
        return exports.csv_response(reflections, start, end)
    # Drafts are listed (marked as such) but never counted: only submitted work counts.
    totals = minutes_per_category(reflections.exclude(status=Reflection.Status.DRAFT))
    total_minutes = sum(row["minutes"] for row in totals)
    return render(
        request,
        "reflections/reflection_print.html",
        {
            "reflections": with_feedback(reflections.select_related("situation", "reviewed_by")),
            "totals": totals,
            "total_minutes": total_minutes,
            "total_hours": total_minutes / 60,
            "date_from": start,
            "date_to": end,
        },
    )
