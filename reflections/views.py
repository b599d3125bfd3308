"""Reflection pages. Access goes through selectors.get_reflection_for_user (404 for outsiders);
every status change goes through workflow.py, whose refusals become Dutch messages."""

import csv

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST

from reflections import workflow
from reflections.filters import ReflectionFilter
from reflections.forms import (
    REFLECTION,
    CommentForm,
    ExportForm,
    ReflectionForm,
    ReturnForm,
    ReviewForm,
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
        initial["title"] = gettext("Reflection on %(activity)s") % {"activity": deployment.activity}
    form = ReflectionForm(
        request.POST or None,
        initial=initial,
        instance=Reflection(author=request.user),
        user=request.user,
        reflection_model=reflection_model,
    )
    if form.is_valid():
        reflection = form.save()
        record_confirmations(request.user, form)
        messages.success(request, gettext("Your reflection has been saved as a draft."))
        return redirect(reflection)
    return render(
        request,
        "reflections/reflection_form.html",
        {"form": form, "reflection_model": reflection_model, "situation": situation},
    )


def _render_detail(request, reflection, status=200, **forms):
    actions = workflow.allowed_actions(request.user, reflection)
    context = {
        "reflection": reflection,
        "actions": actions,
        "feedback_list": reflection.feedback.select_related("author"),
        "events": reflection.events.select_related("actor"),
        "is_author": request.user.pk == reflection.author_id,
        # The author always sees the title of the situation they linked; others only when
        # the situation is of their team, and only then as a link.
        "situation_visible": can_see_situation(request.user, reflection.situation),
    }
    if actions["comment"]:
        context["comment_form"] = forms.get("comment_form") or CommentForm(reflection=reflection)
        context["return_form"] = forms.get("return_form") or ReturnForm(reflection=reflection)
        context["review_form"] = forms.get("review_form") or ReviewForm(reflection=reflection)
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
        request.POST or None,
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
            messages.success(request, gettext("Your changes have been saved."))
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


@require_POST
def reflection_submit(request, pk):
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(policy.is_author(request.user, reflection))
    try:
        workflow.reflection_submit(reflection=reflection, user=request.user)
    except TransitionError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, gettext("Your reflection has been submitted. Your team lead can now read it.")
        )
    return redirect(reflection)


@require_http_methods(["GET", "POST"])
def reflection_delete(request, pk):
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(policy.is_author(request.user, reflection))
    try:
        workflow.check_delete(request.user, reflection)
        if request.method == "POST":
            workflow.reflection_delete(reflection=reflection, user=request.user)
            messages.success(request, gettext("The reflection has been deleted."))
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


def _lead_action(request, pk, *, form_class, form_name, check, perform, done_message, done_url):
    """The shape of the lead's three POST actions: check the rule, validate the form (errors
    re-render the page with what was typed), perform, then redirect with a message."""
    reflection = get_reflection_for_user(request.user, pk)
    policy.deny_unless(is_lead_of_author(request.user, reflection))
    try:
        check(request.user, reflection)
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(reflection)
    form = form_class(request.POST, reflection=reflection)
    if not form.is_valid():
        return _render_detail(request, reflection, **{form_name: form})
    try:
        perform(reflection=reflection, user=request.user, text=form.cleaned_data["text"])
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(reflection)
    record_confirmations(request.user, form)
    messages.success(request, done_message)
    return redirect(done_url or reflection)


@require_POST
def reflection_feedback(request, pk):
    return _lead_action(
        request,
        pk,
        form_class=CommentForm,
        form_name="comment_form",
        check=workflow.check_comment,
        perform=workflow.feedback_add,
        done_message=gettext("Your feedback has been added."),
        done_url=None,
    )


@require_POST
def reflection_return(request, pk):
    return _lead_action(
        request,
        pk,
        form_class=ReturnForm,
        form_name="return_form",
        check=workflow.check_return,
        perform=workflow.reflection_return,
        done_message=gettext("The reflection has been returned to the author with your feedback."),
        done_url="reflections:review_queue",
    )


@require_POST
def reflection_review(request, pk):
    return _lead_action(
        request,
        pk,
        form_class=ReviewForm,
        form_name="review_form",
        check=workflow.check_review,
        perform=workflow.reflection_review,
        done_message=gettext("The reflection has been marked as reviewed."),
        done_url="reflections:review_queue",
    )


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
        return _export_csv(reflections.select_related("situation"), start, end)
    # Drafts are listed (marked as such) but never counted: only submitted work counts.
    totals = minutes_per_category(reflections.exclude(status=Reflection.Status.DRAFT))
    total_minutes = sum(row["minutes"] for row in totals)
    return render(
        request,
        "reflections/reflection_print.html",
        {
            "reflections": reflections.select_related("situation", "reviewed_by"),
            "totals": totals,
            "total_minutes": total_minutes,
            "total_hours": total_minutes / 60,
            "date_from": start,
            "date_to": end,
        },
    )


def csv_header() -> list[str]:
    return [
        gettext("Date"),
        gettext("Title"),
        gettext("Category"),
        gettext("Minutes"),
        gettext("Reflection model"),
        gettext("Situation"),
        gettext("Learning points"),
        gettext("Status"),
    ]


# What a spreadsheet reads as the start of a formula, also in full width (＝, ＋, ＠, －).
_FORMULA_STARTS = ("=", "+", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff20", "\uff0d")
# What a formula needs to reach beyond its cell: a function call, DDE, another sheet.
_FORMULA_REACH = ("(", "|", "!", "=", "+", "@")


def _cell(text: str) -> str:
    """Text as a spreadsheet shows it, never as a formula: a cell that starts like one gets a
    leading apostrophe (CSV injection). A list dash ("- point") stays as typed, unless what
    follows could make a formula do something ("- 1+cmd|'/C calc'!A0")."""
    first = text[:1]
    if first in _FORMULA_STARTS:
        return "'" + text
    if first == "-" and len(text) > 1:
        is_list_dash = text[1] == " " and not any(char in text for char in _FORMULA_REACH)
        if not is_list_dash:
            return "'" + text
    return text


def csv_row(reflection: Reflection) -> list[str]:
    cells = [
        reflection.date.isoformat(),
        reflection.title,
        str(reflection.get_category_display()),
        str(reflection.minutes),
        str(reflection.get_model_display()),
        reflection.situation.title if reflection.situation else "",
        reflection.learning_points,
        str(reflection.get_status_display()),
    ]
    return [_cell(cell) for cell in cells]


def _export_csv(reflections, start, end):
    """UTF-8 with a byte order mark and semicolons, so Excel with Dutch settings opens it
    in columns with ë, é and ü intact."""
    filename = "reflecties-{}-{}.csv".format(
        start.isoformat() if start else "begin", end.isoformat() if end else "nu"
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(csv_header())
    for reflection in reflections.iterator(chunk_size=500):
        writer.writerow(csv_row(reflection))
    return response
