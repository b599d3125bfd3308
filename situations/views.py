"""Pages for situations. Thin: access helper, form, service, redirect."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from situations import selectors, services, triage
from situations.access import get_situation_for_user
from situations.filters import SituationFilter
from situations.forms import (
    DEPLOYMENT,
    SITUATION,
    DeploymentForm,
    DeploymentOutcomeForm,
    ObservationForm,
    SituationForm,
    activity_initial,
    conflict_choices,
    deployment_conflict_page,
    handoff_initial,
    learning_question_formset,
    loaded_from,
    rebased_deployment_data,
    rebased_situation_data,
    situation_conflict_page,
)
from situations.models import Answer, Parties, Situation
from situations.trajectory import Entry, LevelStep, trajectory_chart
from wijkwerk.accounts import policy
from wijkwerk.privacy.forms import record_confirmations

PAGE_SIZE = 20


def situation_list(request):
    filterset = SituationFilter(
        request.GET or None, queryset=selectors.situation_list(user=request.user), request=request
    )
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("pagina"))
    context = {
        "filter": filterset,
        "page": page,
        "has_team": policy.can_add_situation(request.user),
        "is_filtered": any(
            value for key, value in request.GET.items() if key not in ("pagina", "sorteer")
        ),
    }
    return render(request, "situations/situation_list.html", context)


def situation_create(request):
    """The create form. A POST with ``van_advies=1`` comes from the advice ("Maak hier een situatie
    van"): its values fill the form as a start, unvalidated and unsaved, so nothing is retyped and
    the description never travels in a URL."""
    if not policy.can_add_situation(request.user):
        return _forbidden(request, _("You are not in a team yet, so you cannot add situations."))
    from_advice = request.method == "POST" and request.POST.get("van_advies") == "1"
    if from_advice:
        form = SituationForm(initial=handoff_initial(request.POST), user=request.user)
        formset = learning_question_formset()
    else:
        form = SituationForm(request.POST or None, user=request.user)
        formset = learning_question_formset(data=request.POST or None)
    if request.method == "POST" and not from_advice and _all_valid(form, formset):
        try:
            situation = services.situation_create(
                user=request.user, team=form.chosen_team, **form.service_values(formset.questions())
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            record_confirmations(request.user, form, formset)
            messages.success(request, _("The situation has been saved."))
            return redirect(situation)
    context = {
        "form": form,
        "formset": formset,
        "has_neighbourhoods": form.fields["neighbourhood"].queryset.exists(),
        "from_advice": from_advice,
    }
    return render(request, "situations/situation_form.html", context)


def situation_detail(request, pk):
    situation = get_situation_for_user(request.user, pk, selectors.situation_detail_queryset())
    observations = list(situation.observations.all())
    levels = list(selectors.levels())
    chart = trajectory_chart(
        levels=[LevelStep(slug=level.slug, name=level.name, order=level.order) for level in levels],
        entries=[Entry(date=obs.date, level_slug=obs.level_id) for obs in observations],
    )
    deployments = list(situation.deployments.all())
    context = {
        "situation": situation,
        "observations": observations,
        "deployments": deployments,
        "removable": {
            deployment.pk
            for deployment in deployments
            if policy.can_remove_deployment(request.user, deployment)
        },
        "undo": _undoable(request, deployments),
        "undo_minutes": UNDO_MINUTES,
        "chart": chart,
        "can_delete": policy.can_delete_situation(request.user, situation),
        "triage": triage_summary(situation),
    }
    return render(request, "situations/situation_detail.html", context)


UNDO_MINUTES = int(services.UNDO_WITHIN.total_seconds() // 60)

# The marker the one-click record adds to the situation's URL: /situaties/12/?ingezet=34.
RECORDED_MARKER = "ingezet"


def _undoable(request, deployments):
    """The deployment named by ``?ingezet=`` when this user may still undo it, else None."""
    marker = request.GET.get(RECORDED_MARKER, "")
    if not marker.isdigit():
        return None
    for deployment in deployments:
        if deployment.pk == int(marker):
            return deployment if services.can_undo_deployment(request.user, deployment) else None
    return None


def triage_summary(situation: Situation) -> dict:
    """The triage answers in plain words: what was answered (question, answer) and which questions
    are still open ("don't know"). The consent question only counts when someone has a care need;
    the escalation's phase only at escalatie."""
    answered, open_questions = [], []

    def add(name, unknown):
        field = Situation._meta.get_field(name)
        question = capfirst(field.verbose_name)
        if getattr(situation, name) == unknown:
            open_questions.append(question)
        else:
            answered.append((question, capfirst(getattr(situation, f"get_{name}_display")())))

    add("parties", Parties.UNKNOWN)
    for name in triage.QUESTIONS:
        if name == triage.CONSENT and situation.care_need != Answer.YES:
            continue
        add(name, Answer.UNKNOWN)
    if situation.level_id == services.ESCALATION:
        add("phase", "")
    return {"answered": answered, "open": open_questions}


def situation_update(request, pk):
    """The edit form. A conflict (someone saved since the form was loaded) shows the form again,
    rebased on what is stored now, with per field what to keep (status 409)."""
    situation = get_situation_for_user(request.user, pk, selectors.situation_form_queryset())
    form = SituationForm(request.POST or None, instance=situation, user=request.user)
    formset = learning_question_formset(data=request.POST or None, situation=situation)
    conflict = None
    if request.method == "POST" and _all_valid(form, formset):
        values = form.service_values(formset.questions())
        loaded = loaded_from(form, kind=SITUATION)
        try:
            services.situation_update(
                situation=situation,
                user=request.user,
                version=loaded.version,
                base=loaded.base,
                pending=loaded.pending,
                choices=conflict_choices(request.POST, loaded.pending),
                **values,
            )
        except services.SituationConflict as error:
            conflict = situation_conflict_page(error, values, user=request.user)
            data = rebased_situation_data(request.POST, error)
            situation = error.current
            form = SituationForm(data, instance=situation, user=request.user)
            formset = learning_question_formset(data=data, situation=situation)
            _all_valid(form, formset)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            record_confirmations(request.user, form, formset)
            messages.success(request, _("Your changes have been saved."))
            return redirect(situation)
    context = {"form": form, "formset": formset, "situation": situation, "conflict": conflict}
    return render(
        request, "situations/situation_form.html", context, status=409 if conflict else 200
    )


def situation_delete(request, pk):
    situation = get_situation_for_user(request.user, pk)
    if not policy.can_delete_situation(request.user, situation):
        return _forbidden(
            request, _("Only the owner of this situation or a team lead can delete it."), situation
        )
    if request.method == "POST":
        services.situation_delete(situation=situation, user=request.user)
        messages.success(
            request, _("The situation “%(title)s” has been deleted.") % {"title": situation.title}
        )
        return redirect("situations:list")
    return render(request, "situations/situation_confirm_delete.html", {"situation": situation})


def observation_add(request, pk):
    situation = get_situation_for_user(request.user, pk)
    form = ObservationForm(request.POST or None, initial={"level": situation.level_id})
    if request.method == "POST" and form.is_valid():
        try:
            services.observation_record(situation=situation, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            record_confirmations(request.user, form)
            messages.success(request, _("The observation has been added to the trajectory."))
            return redirect(situation)
    return render(
        request, "situations/observation_form.html", {"form": form, "situation": situation}
    )


def deployment_add(request, pk):
    situation = get_situation_for_user(request.user, pk)
    initial = {"activity": activity_initial(request.GET.get("activiteit"))}
    form = DeploymentForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.deployment_record(situation=situation, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            record_confirmations(request.user, form)
            messages.success(request, _("The activity and its outcome have been recorded."))
            return redirect(situation)
    return render(
        request, "situations/deployment_form.html", {"form": form, "situation": situation}
    )


def deployment_update(request, pk, deployment_pk):
    situation = get_situation_for_user(request.user, pk)
    deployment = get_object_or_404(
        situation.deployments.select_related("activity", "level"), pk=deployment_pk
    )
    form = DeploymentOutcomeForm(request.POST or None, instance=deployment)
    conflict = None
    if request.method == "POST" and form.is_valid():
        loaded = loaded_from(form, kind=DEPLOYMENT)
        try:
            services.deployment_update(
                deployment=deployment,
                user=request.user,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                version=loaded.version,
                base=loaded.base,
                pending=loaded.pending,
                choices=conflict_choices(request.POST, loaded.pending),
            )
        except services.DeploymentConflict as error:
            conflict = deployment_conflict_page(error, deployment, user=request.user)
            form = DeploymentOutcomeForm(
                rebased_deployment_data(request.POST, error), instance=error.current
            )
            form.is_valid()
        else:
            record_confirmations(request.user, form)
            messages.success(
                request,
                _("The outcome of “%(name)s” has been saved.") % {"name": deployment.activity_name},
            )
            return redirect(situation)
    context = {"form": form, "situation": situation, "deployment": deployment, "conflict": conflict}
    return render(
        request,
        "situations/deployment_outcome_form.html",
        context,
        status=409 if conflict else 200,
    )


def deployment_delete(request, pk, deployment_pk):
    """Remove a deployment: a confirmation page (GET), then the removal (POST). Only for the
    person who recorded it; the audit trail keeps that it was removed."""
    situation = get_situation_for_user(request.user, pk)
    deployment = get_object_or_404(
        situation.deployments.select_related("activity", "level", "recorded_by"), pk=deployment_pk
    )
    if not policy.can_remove_deployment(request.user, deployment):
        return _forbidden(request, services.ONLY_RECORDER, situation)
    if request.method == "POST":
        services.deployment_remove(deployment=deployment, user=request.user)
        messages.success(
            request,
            _("“%(name)s” has been removed from this situation.")
            % {"name": deployment.activity_name},
        )
        return redirect(situation)
    context = {
        "situation": situation,
        "deployment": deployment,
        "reflection_count": services.linked_reflection_count(deployment),
    }
    return render(request, "situations/deployment_confirm_delete.html", context)


@require_POST
def deployment_undo(request, pk, deployment_pk):
    """Take back a one-click record (the "Undo" button after "Record as tried")."""
    situation = get_situation_for_user(request.user, pk)
    deployment = situation.deployments.select_related("activity").filter(pk=deployment_pk).first()
    if deployment is None:
        # Undone already (a second click on Undo): nothing left to do.
        messages.info(request, _("This activity is not recorded (any more)."))
        return redirect(situation)
    if not policy.can_remove_deployment(request.user, deployment):
        return _forbidden(request, services.ONLY_RECORDER, situation)
    version = request.POST.get("version", "")
    try:
        services.deployment_undo(
            deployment=deployment,
            user=request.user,
            version=int(version) if version.isdigit() else -1,
        )
    except services.TooLateToUndo:
        messages.error(
            request,
            _(
                "“%(name)s” can no longer be undone: an outcome or a note was added, or it was "
                "recorded more than %(minutes)d minutes ago. To take it out, choose “Remove” in "
                "the list of activities used."
            )
            % {
                "name": deployment.activity_name,
                "minutes": UNDO_MINUTES,
            },
        )
        return redirect(situation)
    messages.success(
        request, _("Undone: “%(name)s” is no longer recorded.") % {"name": deployment.activity_name}
    )
    return redirect(situation)


@require_POST
def situation_close(request, pk):
    situation = get_situation_for_user(request.user, pk)
    services.situation_close(situation=situation, user=request.user)
    messages.success(request, _("The situation is closed. You can reopen it at any time."))
    return redirect(situation)


@require_POST
def situation_reopen(request, pk):
    situation = get_situation_for_user(request.user, pk)
    services.situation_reopen(situation=situation, user=request.user)
    messages.success(request, _("The situation is open again."))
    return redirect(situation)


def _all_valid(form, formset) -> bool:
    # Validate both, so every error shows at once.
    form_valid = form.is_valid()
    return formset.is_valid() and form_valid


def _forbidden(request, reason: str, situation: Situation | None = None):
    html = render_to_string(
        "situations/forbidden.html", {"reason": reason, "situation": situation}, request=request
    )
    return HttpResponseForbidden(html)
