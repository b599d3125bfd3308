"""Triage answers, situation type, the signal checklist and the hand-off from the advice, on the
situation form, in the services, on the detail page and in edit conflicts."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst

from situations import services
from situations.forms import SituationForm, handoff_initial
from situations.models import Answer, Situation
from situations.services import PHASE_ONLY_AT_ESCALATION
from tests.situations.factories import (
    ActivityFactory,
    GoalFactory,
    ObservationFactory,
    SignalFactory,
    SituationTypeFactory,
    level,
)
from tests.situations.formdata import DESCRIPTION, situation_post


@pytest.fixture(autouse=True)
def _levels(levels):
    """Every test here needs the four levels."""


@pytest.fixture
def types(db):
    """The five curated situation types, by slug."""
    slugs = ("tussen-groepen", "burenconflict", "overlast-een-bewoner", "strafbaar-feit")
    return {slug: SituationTypeFactory(slug=slug) for slug in (*slugs, "eenzaamheid-meedoen")}


@pytest.fixture
def signals(levels):
    """Two signals at ongemak, one at spanning, one at incidenten, one aftercare signal."""
    return {
        "groeten": SignalFactory(slug="ongemak-groeten", level=level("ongemak"), order=1),
        "kennen": SignalFactory(slug="ongemak-kennen", level=level("ongemak"), order=2),
        "wij-zij": SignalFactory(slug="spanning-wij-zij", level=level("spanning"), order=1),
        "ruzie": SignalFactory(slug="incidenten-ruzie", level=level("incidenten"), order=1),
        "nazorg": SignalFactory(
            slug="escalatie-nazorg", level=level("escalatie"), order=1, phase="aftercare"
        ),
    }


def create(client, neighbourhood, **overrides):
    return client.post(reverse("situations:create"), situation_post(neighbourhood, **overrides))


def edit(client, situation, **overrides):
    situation = Situation.objects.get(pk=situation.pk)
    return client.post(
        reverse("situations:update", args=[situation.pk]),
        situation_post(situation=situation, **overrides),
    )


def dutch(message) -> str:
    with translation.override("nl"):
        return str(message)


# The form: answers, type, phase --------------------------------------------------------------


def test_it_stores_the_triage_answers_signals_and_the_type_that_follows_from_them(
    login, worker, neighbourhood, types, signals
):
    response = create(
        login(worker),
        neighbourhood,
        parties="households",
        care_need="no",
        crime="no",
        addressable="yes",
        acute_threat="no",
        signals=[signals["groeten"].pk, signals["wij-zij"].pk],
        level="spanning",
    )
    situation = Situation.objects.get()
    assert response.status_code == 302
    assert situation.triage_answers() == {
        "parties": "households",
        "care_need": "no",
        "crime": "no",
        "addressable": "yes",
        "acute_threat": "no",
        "consent": "unknown",
    }
    assert situation.phase == ""
    assert situation.situation_type.slug == "burenconflict"
    assert set(situation.signals.values_list("slug", flat=True)) == {
        "ongemak-groeten",
        "spanning-wij-zij",
    }


def test_a_care_need_between_households_makes_it_nuisance_by_one_resident(
    login, worker, neighbourhood, types
):
    create(login(worker), neighbourhood, parties="households", care_need="yes")
    assert Situation.objects.get().situation_type.slug == "overlast-een-bewoner"


def test_a_chosen_type_wins_over_the_answers(login, worker, neighbourhood, types):
    create(
        login(worker),
        neighbourhood,
        parties="groups",
        crime="yes",
        situation_type=types["tussen-groepen"].pk,
    )
    assert Situation.objects.get().situation_type.slug == "tussen-groepen"


def test_without_answers_everything_is_dont_know_and_there_is_no_type(
    login, worker, neighbourhood, types
):
    response = create(login(worker), neighbourhood)
    situation = Situation.objects.get()
    assert response.status_code == 302
    assert set(situation.triage_answers().values()) == {"unknown"}
    assert situation.situation_type is None


def test_a_phase_below_escalatie_is_refused_with_a_clear_message(login, worker, neighbourhood):
    response = create(login(worker), neighbourhood, level="spanning", phase="acute")
    assert response.status_code == 200
    assert not Situation.objects.exists()
    errors = response.context["form"].errors["phase"]
    assert errors == [dutch(PHASE_ONLY_AT_ESCALATION)]
    assert 'aria-describedby="id_phase_helptext id_phase_error"' in response.content.decode()


@pytest.mark.parametrize("phase", ["acute", "aftercare", ""])
def test_at_escalatie_the_phase_may_be_given_or_left_unknown(login, worker, neighbourhood, phase):
    response = create(login(worker), neighbourhood, level="escalatie", phase=phase)
    assert response.status_code == 302
    assert Situation.objects.get().phase == phase


def test_wrong_answers_get_messages_and_nothing_is_saved(login, worker, neighbourhood, types):
    response = create(
        login(worker), neighbourhood, care_need="perhaps", parties="everyone", situation_type=999
    )
    errors = response.context["form"].errors
    assert response.status_code == 200
    assert not Situation.objects.exists()
    assert set(errors) == {"care_need", "parties", "situation_type"}
    with translation.override("nl"):
        form = SituationForm(user=worker)
        assert errors["care_need"] == [
            str(form.fields["care_need"].error_messages["invalid_choice"])
        ]
        assert errors["situation_type"] == [
            str(form.fields["situation_type"].error_messages["invalid_choice"])
        ]


def test_an_unknown_signal_is_refused(login, worker, neighbourhood, signals):
    response = create(login(worker), neighbourhood, signals=[signals["groeten"].pk, 9999])
    assert response.status_code == 200
    assert "signals" in response.context["form"].errors
    assert 'id="div_id_signals"' in response.content.decode()
    assert 'aria-describedby="id_signals_helptext id_signals_errors"' in response.content.decode()


# The signal checklist and the level it points to ---------------------------------------------


def test_the_checklist_groups_the_signals_per_level_with_fieldset_and_legend(
    login, worker, neighbourhood, signals
):
    content = login(worker).get(reverse("situations:create")).content.decode()
    checklist = content[content.index('id="div_id_signals"') : content.index('id="div_id_level"')]
    assert checklist.count('<fieldset class="signal-level') == 4  # ongemak .. escalatie
    assert checklist.index("badge-level-ongemak") < checklist.index("badge-level-spanning")
    assert checklist.index(signals["groeten"].text) < checklist.index(signals["kennen"].text)
    assert 'id="id_signals_ongemak_short"' in checklist
    assert checklist.count('type="checkbox"') == 5
    assert 'data-level="incidenten" data-level-order="3"' in checklist
    # Nothing ticked yet: the level hint is there for the script, but hidden.
    assert 'id="signal-level-hint"' in content
    assert content[content.index('id="signal-level-hint"') :].split(">")[0].endswith("hidden")


def test_after_a_submit_the_ticked_signals_point_to_the_highest_level_with_the_reason(
    login, worker, neighbourhood, signals
):
    response = create(
        login(worker),
        neighbourhood,
        title="",
        level="ongemak",
        signals=[signals["groeten"].pk, signals["wij-zij"].pk],
    )
    form = response.context["form"]
    hint = form.signal_level()
    assert hint["level"].slug == "spanning"
    assert [s.slug for s in hint["signals"]] == ["spanning-wij-zij"]
    assert hint["other_level_chosen"] is True
    content = response.content.decode()
    shown = content[content.index('id="signal-level-hint"') :]
    assert "<strong data-signal-level>Spanning</strong>" in shown
    assert f"<span data-signal-reasons>{signals['wij-zij'].text}</span>" in shown
    # The ticks stay, and the professional's own level choice stays too.
    assert content.count("checked\n                         data-level=") == 2
    assert 'value="ongemak" checked' in content


def test_the_professional_may_save_another_level_than_the_signals_say(
    login, worker, neighbourhood, signals
):
    response = create(login(worker), neighbourhood, level="ongemak", signals=[signals["ruzie"].pk])
    assert response.status_code == 302
    assert Situation.objects.get().level_id == "ongemak"


def test_the_include_marks_suggested_signals_with_the_words_behind_them(signals, worker):
    form = SituationForm(user=worker)
    html = render_to_string(
        "includes/signal_checklist.html",
        {"field": form["signals"], "suggested": {"spanning-wij-zij": ["wij", "die lui"]}},
    )
    assert html.count("signal-suggested-by") == 1
    assert "“wij”, “die lui”" in html
    box = f'id="id_signals_{list(signals).index("wij-zij")}"'
    assert box in html
    assert 'aria-describedby="id_signals_2_suggested"' in html


# Edit: type following the answers, conflicts ---------------------------------------------------


def test_a_type_that_follows_from_the_answers_keeps_following_them(login, worker, situation, types):
    client = login(worker)
    edit(client, situation, parties="households", care_need="no")
    situation.refresh_from_db()
    assert situation.situation_type.slug == "burenconflict"
    form = client.get(reverse("situations:update", args=[situation.pk])).context["form"]
    assert form.initial["situation_type"] is None
    edit(client, situation, parties="households", care_need="yes", situation_type="")
    situation.refresh_from_db()
    assert situation.situation_type.slug == "overlast-een-bewoner"


def test_a_chosen_type_stays_chosen_in_the_edit_form(login, worker, situation, types):
    client = login(worker)
    edit(client, situation, parties="households", situation_type=types["tussen-groepen"].pk)
    form = client.get(reverse("situations:update", args=[situation.pk])).context["form"]
    assert form.initial["situation_type"] == types["tussen-groepen"].pk


def test_editing_stores_the_answers_and_signals(login, worker, situation, signals):
    edit(login(worker), situation, crime="yes", signals=[signals["ruzie"].pk], level="incidenten")
    situation.refresh_from_db()
    assert situation.crime == "yes"
    assert list(situation.signals.values_list("slug", flat=True)) == ["incidenten-ruzie"]
    assert situation.version == 2


def test_a_colleagues_triage_change_is_a_conflict_with_labelled_rows(
    login, worker, colleague, situation, signals, types
):
    stale = situation_post(situation=situation)
    edit(
        login(colleague),
        situation,
        crime="yes",
        signals=[signals["wij-zij"].pk],
        level="spanning",
    )
    stale.update(crime="no", signals=[signals["groeten"].pk])
    response = login(worker).post(reverse("situations:update", args=[situation.pk]), stale)
    assert response.status_code == 409
    conflict = response.context["conflict"]
    # Both changed the answer and the signals: a choice each. Only the colleague changed the
    # level, and with the answer the type followed: kept, shown as information.
    choose = {row.field: row for row in conflict.choose}
    assert set(choose) == {"crime", "signals"}
    assert {row.field for row in conflict.taken} == {"level", "situation_type"}
    with translation.override("nl"):
        assert choose["crime"].theirs == capfirst(str(Answer.YES.label))
        assert choose["crime"].mine == capfirst(str(Answer.NO.label))
        label = capfirst(str(Situation._meta.get_field("crime").verbose_name))
        assert str(choose["crime"].label) == label
    assert choose["signals"].theirs == signals["wij-zij"].text
    assert choose["signals"].mine == signals["groeten"].text
    taken = {row.field: row for row in conflict.taken}
    assert taken["situation_type"].theirs == types["strafbaar-feit"].name
    situation.refresh_from_db()
    assert situation.crime == "yes"


def test_a_stale_form_that_agrees_with_the_triage_change_is_no_conflict(
    login, worker, colleague, situation, signals
):
    stale = situation_post(situation=situation)
    edit(login(colleague), situation, acute_threat="no", signals=[signals["kennen"].pk])
    stale.update(acute_threat="no", signals=[signals["kennen"].pk])
    response = login(worker).post(reverse("situations:update", args=[situation.pk]), stale)
    assert response.status_code == 302
    situation.refresh_from_db()
    assert situation.version == 3
    assert list(situation.signals.all()) == [signals["kennen"]]


def test_the_service_compares_triage_fields_signals_and_type(situation, signals, types):
    current = Situation.objects.get(pk=situation.pk)
    values = {
        "parties": "unknown",
        "care_need": "unknown",
        "crime": "yes",
        "phase": "",
        "signals": [signals["groeten"]],
        "situation_type": types["strafbaar-feit"],
    }
    assert services.situation_differences(current, values) == [
        "crime",
        "situation_type",
        "signals",
    ]


# Services ------------------------------------------------------------------------------------


def test_the_services_refuse_a_phase_below_escalatie(worker, team, neighbourhood, levels):
    with pytest.raises(ValidationError) as error:
        services.situation_create(
            user=worker,
            team=team,
            title="Onrust",
            description=DESCRIPTION,
            neighbourhood=neighbourhood,
            level=level("incidenten"),
            phase="aftercare",
        )
    assert error.value.message_dict["phase"] == [str(PHASE_ONLY_AT_ESCALATION)]
    assert not Situation.objects.exists()


def test_the_service_refuses_an_answer_that_is_no_choice(worker, situation):
    with pytest.raises(ValidationError) as error:
        services.situation_update(
            situation=situation,
            user=worker,
            version=situation.version,
            title=situation.title,
            description=situation.description,
            neighbourhood=situation.neighbourhood,
            level=situation.level,
            crime="maybe",
        )
    assert "crime" in error.value.message_dict
    situation.refresh_from_db()
    assert situation.crime == "unknown"


# The deployment's phase snapshot -------------------------------------------------------------


def record(situation, user, days_ago=0):
    return services.deployment_record(
        situation=situation,
        user=user,
        activity=ActivityFactory(),
        date=timezone.localdate() - timedelta(days=days_ago),
    )


def test_a_deployment_at_escalatie_keeps_the_phase(worker, situation):
    Situation.objects.filter(pk=situation.pk).update(level="escalatie", phase="aftercare")
    situation.refresh_from_db()
    ObservationFactory(
        situation=situation, date=timezone.localdate() - timedelta(days=3), level=level("escalatie")
    )
    deployment = record(situation, worker)
    assert (deployment.level_id, deployment.phase) == ("escalatie", "aftercare")


def test_a_deployment_below_escalatie_has_no_phase(worker, situation):
    Situation.objects.filter(pk=situation.pk).update(level="escalatie", phase="acute")
    situation.refresh_from_db()
    ObservationFactory(
        situation=situation, date=timezone.localdate() - timedelta(days=20), level=level("spanning")
    )
    ObservationFactory(
        situation=situation, date=timezone.localdate() - timedelta(days=2), level=level("escalatie")
    )
    deployment = record(situation, worker, days_ago=10)
    assert (deployment.level_id, deployment.phase) == ("spanning", "")


# The detail page ------------------------------------------------------------------------------


def test_the_detail_page_shows_type_answers_open_questions_and_signals(
    login, worker, situation, signals, types
):
    Situation.objects.filter(pk=situation.pk).update(
        parties="households", care_need="yes", crime="no", situation_type=types["burenconflict"]
    )
    situation.signals.set([signals["groeten"], signals["wij-zij"], signals["kennen"]])
    content = login(worker).get(reverse("situations:detail", args=[situation.pk])).content.decode()
    assert f"<strong>{types['burenconflict'].name}</strong>" in content
    with translation.override("nl"):
        care = str(Situation._meta.get_field("care_need").verbose_name)
        consent = str(Situation._meta.get_field("consent").verbose_name)
        acute = str(Situation._meta.get_field("acute_threat").verbose_name)
        yes = capfirst(str(Answer.YES.label))
    answers = content[content.index('<dl class="triage-answers">') :]
    answers = answers[: answers.index("</dl>")]
    assert f"<dt>{care[0].upper()}{care[1:]}</dt><dd>{yes}</dd>" in answers
    # Open questions: "don't know" answers; consent counts because someone has a care need.
    open_part = content[content.index("</dl>") : content.index('id="signals-heading"')]
    assert acute[0].upper() + acute[1:] in open_part
    assert consent[0].upper() + consent[1:] in open_part
    signals_part = content[content.index('id="signals-heading"') : content.index("aims-heading")]
    assert signals_part.index("badge-level-ongemak") < signals_part.index("badge-level-spanning")
    assert signals_part.count('class="signal-item"') == 3


def test_the_detail_page_without_type_or_signals_says_so(login, worker, situation):
    content = login(worker).get(reverse("situations:detail", args=[situation.pk])).content.decode()
    assert '<dl class="triage-answers">' not in content
    assert 'class="signal-item"' not in content
    assert reverse("situations:update", args=[situation.pk]) in content


# The hand-off from the advice ------------------------------------------------------------------


def handoff(client, **values):
    return client.post(reverse("situations:create"), {"van_advies": "1", **values})


def test_the_advice_hands_over_to_an_unbound_create_form(
    login, worker, neighbourhood, signals, types
):
    goal = GoalFactory()
    description = "Twee huishoudens in het portiek hebben ruzie over geluid & de trap."
    response = handoff(
        login(worker),
        description=description,
        level="incidenten",
        goals=[str(goal.pk)],
        situation_type=str(types["burenconflict"].pk),
        signals=[str(signals["ruzie"].pk), str(signals["groeten"].pk)],
        parties="households",
        care_need="yes",
        crime="no",
        addressable="unknown",
        acute_threat="no",
        consent="no",
        phase="",
    )
    assert response.status_code == 200
    assert not Situation.objects.exists()
    form = response.context["form"]
    assert form.is_bound is False
    assert not form.errors
    assert response.context["from_advice"] is True
    content = response.content.decode()
    assert 'id="error-summary"' not in content
    assert 'class="alert alert-info" role="status"' in content
    assert content.count("ruzie over geluid &amp; de trap") == 1
    assert ">\nTwee huishoudens in het portiek" in content  # inside the textarea
    assert 'value="incidenten" checked' in content
    assert f'value="{goal.pk}"  id="id_goals_0" checked' in content
    assert f'<option value="{types["burenconflict"].pk}" selected>' in content
    assert 'name="care_need" value="yes"  id="id_care_need_0" checked' in content
    assert 'name="consent" value="no"  id="id_consent_1" checked' in content
    assert content.count("checked\n                         data-level=") == 2
    assert "<strong data-signal-level>Incidenten</strong>" in content
    # The hand-off marker is not part of the form: the next POST is an ordinary save.
    assert 'name="van_advies"' not in content


def test_the_hand_off_never_puts_the_description_in_a_url(login, worker, neighbourhood):
    client = login(worker)
    response = handoff(client, description="Geheim verhaal over de buren")
    assert response.status_code == 200
    assert "Location" not in response.headers
    content = response.content.decode()
    assert '<form method="post" novalidate class="situation-form">' in content
    assert "Geheim" not in response.request["PATH_INFO"]
    assert "Geheim" not in response.request.get("QUERY_STRING", "")
    for attribute in ("href=", "action=", "src="):
        for chunk in content.split(attribute)[1:]:
            assert "Geheim" not in chunk.split(">")[0]


def test_the_hand_off_ignores_values_that_are_no_choice(login, worker, neighbourhood):
    data = QueryDict(mutable=True)
    data.update({"level": "heel-erg", "parties": "iedereen", "care_need": "misschien"})
    data.update({"phase": "acute", "situation_type": "abc", "title": "  "})
    data.setlist("goals", ["1", "x"])
    assert handoff_initial(data) == {"phase": "acute", "goals": [1]}
    response = handoff(login(worker), level="heel-erg", care_need="misschien")
    assert response.status_code == 200
    assert not response.context["form"].errors


def test_saving_after_the_hand_off_creates_the_situation(login, worker, neighbourhood, signals):
    client = login(worker)
    handoff(client, description=DESCRIPTION, level="spanning", signals=[signals["wij-zij"].pk])
    response = create(client, neighbourhood, level="spanning", signals=[signals["wij-zij"].pk])
    assert response.status_code == 302
    assert Situation.objects.get().signals.get() == signals["wij-zij"]


def test_an_outsider_without_a_team_cannot_use_the_hand_off(login, curator):
    response = handoff(login(curator), description=DESCRIPTION)
    assert response.status_code == 403
    assert not Situation.objects.exists()
