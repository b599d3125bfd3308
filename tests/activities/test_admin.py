"""Curation in the admin: a curator (staff + Beheerder, not superuser) manages the catalogue."""

import re

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from activities.admin import AFTERCARE_ONLY_ESCALATION, CONDITION_TWICE, TARGET_GROUP_NEEDED
from activities.models import Activity, ContraIndication, Signal

from .factories import (
    ActivityFactory,
    ContraIndicationFactory,
    GoalFactory,
    SignalFactory,
    SituationTypeFactory,
    TargetGroupFactory,
    all_levels,
)

pytestmark = pytest.mark.django_db

LEVEL_SLUGS = ["ongemak", "spanning", "incidenten", "escalatie"]
# The rows of the level fit inline: the four levels and the escalation's aftercare.
FIT_SLOTS = [(slug, "") for slug in LEVEL_SLUGS] + [("escalatie", "aftercare")]


def nl(text):
    """``text`` as the Dutch admin shows it (the msgid until the translation is there)."""
    with translation.override("nl"):
        return gettext(str(text))


def escaped(text):
    return str(text).replace("“", "&ldquo;").replace("”", "&rdquo;")


# The knowledge base v2 models the curator must be able to edit.
V2_MODELS = ["signal", "situationtype", "contraindication"]


@pytest.fixture
def curator_client(login, curator):
    all_levels()
    return login(curator)


def test_the_curator_role_may_edit_the_v2_models(curator):
    for model in V2_MODELS:
        for action in ("view", "add", "change", "delete"):
            assert curator.has_perm(f"activities.{action}_{model}"), f"{action}_{model}"


def activity_form(**overrides):
    data = {
        "name": "Straatgesprek",
        "slug": "straatgesprek",
        "kind": "meeting_format",
        "is_published": "on",
        "summary": "Een kort gesprek op straat.",
        "description": "Je loopt door de straat en praat met bewoners.",
        "steps": "Loop rond\nVraag hoe het gaat",
        "participants": "",
        "effort": "low",
        "duration": "",
        "group_size": "",
        "evidence": "",
        "source_name": "",
        "source_url": "",
        "keywords": "",
        "evidence_basis": "",
        "editorial_note": "",
        "fits-TOTAL_FORMS": "5",
        "fits-INITIAL_FORMS": "0",
        "fits-MIN_NUM_FORMS": "0",
        "fits-MAX_NUM_FORMS": "5",
        "contra_indications-TOTAL_FORMS": "1",
        "contra_indications-INITIAL_FORMS": "0",
        "contra_indications-MIN_NUM_FORMS": "0",
        "contra_indications-MAX_NUM_FORMS": "1000",
        "contra_indications-0-condition": "",
        "contra_indications-0-target_group": "",
        "contra_indications-0-reason": "",
    }
    for index, (slug, phase) in enumerate(FIT_SLOTS):
        data[f"fits-{index}-level"] = slug
        data[f"fits-{index}-phase"] = phase
        data[f"fits-{index}-fit"] = ""
        data[f"fits-{index}-reason"] = ""
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class TestAccess:
    @pytest.mark.parametrize("model", ["activity", "level", "goal", "targetgroup", "situationtype"])
    def test_a_curator_can_open_the_changelist_add_and_change_pages(self, curator_client, model):
        objects = {
            "activity": lambda: (
                ActivityFactory(
                    goals=[GoalFactory()],
                    situation_types=[SituationTypeFactory()],
                    fits={"escalatie": "avoid", "nazorg": "recommended"},
                ).pk
            ),
            "level": lambda: SignalFactory(level__slug="spanning").level_id,
            "goal": lambda: GoalFactory().pk,
            "targetgroup": lambda: TargetGroupFactory().pk,
            "situationtype": lambda: SituationTypeFactory().pk,
        }
        pk = objects[model]()
        base = f"/admin/activities/{model}/"
        for url in (base, f"{base}add/", f"{base}{pk}/change/"):
            assert curator_client.get(url).status_code == 200, url

    def test_the_admin_index_shows_the_catalogue_but_not_the_users(self, curator_client):
        html = curator_client.get("/admin/").content.decode()
        assert "Activiteiten" in html and "Niveaus" in html
        assert "/admin/accounts/user/" not in html

    def test_a_curator_cannot_open_the_user_admin(self, curator_client):
        assert curator_client.get("/admin/accounts/user/").status_code == 403

    @pytest.mark.parametrize("person", ["worker", "lead"])
    def test_professionals_are_not_let_into_the_admin(self, request, login, person):
        response = login(request.getfixturevalue(person)).get("/admin/activities/activity/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_the_changelist_filters_work(self, curator_client):
        ActivityFactory(name="Buurt-bbq", fits={"spanning": "avoid"})
        ActivityFactory(name="Dialoog", fits={"spanning": "recommended"})
        response = curator_client.get(
            "/admin/activities/activity/?fits__level__slug__exact=spanning&fits__fit__exact=avoid"
        )
        html = response.content.decode()
        assert "Buurt-bbq" in html and "Dialoog<" not in html

    def test_the_changelist_shows_the_fits_without_a_query_per_row(self, curator_client):
        def count_queries():
            with CaptureQueriesContext(connection) as captured:
                assert curator_client.get("/admin/activities/activity/").status_code == 200
            return len(captured)

        ActivityFactory(fits={"ongemak": "recommended", "spanning": "avoid"})
        few = count_queries()
        for _ in range(20):
            ActivityFactory(fits={"ongemak": "recommended", "spanning": "avoid"})
        assert count_queries() == few
        html = curator_client.get("/admin/activities/activity/").content.decode()
        assert "Ongemak: past<br>Spanning: niet doen" in html


class TestEditing:
    def test_the_add_page_offers_a_row_for_each_level_and_the_aftercare(self, curator_client):
        response = curator_client.get("/admin/activities/activity/add/")
        html = response.content.decode()
        for index, slug in enumerate(LEVEL_SLUGS):
            assert f'name="fits-{index}-level"' in html
            assert f'<option value="{slug}" selected>' in html
        assert 'name="fits-5-level"' not in html
        formset = response.context["inline_admin_formsets"][0].formset
        assert [(form.initial["level"], form.initial["phase"]) for form in formset] == FIT_SLOTS
        aftercare_row = re.search(r'<select name="fits-4-phase".*?</select>', html, re.S)[0]
        assert '<option value="aftercare" selected>' in aftercare_row

    def test_a_published_activity_without_a_fit_is_refused_in_dutch(self, curator_client):
        response = curator_client.post("/admin/activities/activity/add/", activity_form())
        assert response.status_code == 200
        assert (
            "Een gepubliceerde activiteit moet bij minstens één niveau" in response.content.decode()
        )
        assert not Activity.objects.exists()

    def test_an_unpublished_activity_without_a_fit_can_be_saved(self, curator_client):
        response = curator_client.post(
            "/admin/activities/activity/add/", activity_form(is_published=None)
        )
        assert response.status_code == 302
        assert Activity.objects.get(slug="straatgesprek").is_published is False

    def test_a_published_activity_with_a_fit_is_saved_with_its_fits(self, curator_client):
        goal = GoalFactory(slug="kennismaken", name="Kennismaken")
        data = activity_form(
            **{
                "goals": [goal.pk],
                "fits-0-fit": "recommended",
                "fits-0-reason": "Goed om kennis te maken.",
                "fits-3-fit": "avoid",
                "fits-3-reason": "Eerst de veiligheid.",
            }
        )
        response = curator_client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 302
        activity = Activity.objects.get(slug="straatgesprek")
        assert sorted(activity.fits.values_list("level", "fit")) == [
            ("escalatie", "avoid"),
            ("ongemak", "recommended"),
        ]
        assert list(activity.goals.values_list("slug", flat=True)) == ["kennismaken"]

    def test_the_change_page_offers_rows_only_for_levels_without_a_fit(self, curator_client):
        activity = ActivityFactory(fits={"spanning": "avoid"})
        html = curator_client.get(
            f"/admin/activities/activity/{activity.pk}/change/"
        ).content.decode()
        assert 'name="fits-4-level"' in html and 'name="fits-5-level"' not in html
        assert 'href="/admin/r/' in html  # "view on site"

    def test_deleting_the_last_fit_of_a_published_activity_is_refused(self, curator_client):
        activity = ActivityFactory(fits={"spanning": "avoid"})
        fit = activity.fits.get()
        data = activity_form(
            name=activity.name,
            slug=activity.slug,
            **{
                "fits-TOTAL_FORMS": "1",
                "fits-INITIAL_FORMS": "1",
                "fits-0-id": str(fit.pk),
                "fits-0-activity": str(activity.pk),
                "fits-0-level": "spanning",
                "fits-0-fit": "avoid",
                "fits-0-reason": fit.reason,
                "fits-0-DELETE": "on",
            },
        )
        for index in (1, 2, 3, 4):
            for field in ("level", "phase", "fit", "reason"):
                data.pop(f"fits-{index}-{field}")
        response = curator_client.post(f"/admin/activities/activity/{activity.pk}/change/", data)
        assert response.status_code == 200
        assert (
            "Een gepubliceerde activiteit moet bij minstens één niveau" in response.content.decode()
        )
        assert activity.fits.count() == 1

    def test_publish_and_unpublish_actions_say_how_many(self, curator_client):
        ready = ActivityFactory(is_published=False, fits={"ongemak": "recommended"})
        not_ready = ActivityFactory(is_published=False, fits={})
        response = curator_client.post(
            "/admin/activities/activity/",
            {"action": "publish", "_selected_action": [ready.pk, not_ready.pk]},
            follow=True,
        )
        html = response.content.decode()
        assert "1 activiteit gepubliceerd." in html
        assert "1 activiteit is niet gepubliceerd, omdat er nog geen niveau is beoordeeld." in html
        ready.refresh_from_db()
        not_ready.refresh_from_db()
        assert ready.is_published is True and not_ready.is_published is False
        response = curator_client.post(
            "/admin/activities/activity/",
            {"action": "unpublish", "_selected_action": [ready.pk]},
            follow=True,
        )
        assert "1 activiteit is niet meer gepubliceerd." in response.content.decode()
        ready.refresh_from_db()
        assert ready.is_published is False

    def test_publishing_and_unpublishing_are_in_the_audit_trail(self, curator_client, curator):
        activity = ActivityFactory(is_published=False, fits={"ongemak": "recommended"})
        already = ActivityFactory(is_published=True, fits={"ongemak": "recommended"})
        url = "/admin/activities/activity/"
        curator_client.post(url, {"action": "publish", "_selected_action": [activity.pk]})
        curator_client.post(
            url, {"action": "unpublish", "_selected_action": [activity.pk, already.pk]}
        )
        changes = [
            (entry.object_pk, entry.changes["is_published"], entry.actor_id)
            for entry in LogEntry.objects.get_for_objects(Activity.objects.all())
            .filter(action=LogEntry.Action.UPDATE)
            .order_by("pk")
        ]
        assert changes == [
            (str(activity.pk), ["False", "True"], curator.pk),
            (str(activity.pk), ["True", "False"], curator.pk),
            (str(already.pk), ["True", "False"], curator.pk),
        ]

    def test_a_level_neutral_activity_can_be_published_without_a_fit(self, curator_client):
        response = curator_client.post(
            "/admin/activities/activity/add/", activity_form(kind="casework")
        )
        assert response.status_code == 302
        assert Activity.objects.get(slug="straatgesprek").is_published is True

    def test_the_publish_action_publishes_level_neutral_activities_without_fits(
        self, curator_client
    ):
        learning = ActivityFactory(kind="learning", is_published=False, fits={})
        response = curator_client.post(
            "/admin/activities/activity/",
            {"action": "publish", "_selected_action": [learning.pk]},
            follow=True,
        )
        assert "1 activiteit gepubliceerd." in response.content.decode()
        learning.refresh_from_db()
        assert learning.is_published is True

    def test_the_changelist_names_the_aftercare_and_level_neutral_items(self, curator_client):
        ActivityFactory(name="Dialoog", fits={"escalatie": "avoid", "nazorg": "recommended"})
        ActivityFactory(name="Genogram", kind="casework", fits={})
        html = curator_client.get("/admin/activities/activity/").content.decode()
        aftercare = nl("%(level)s, aftercare") % {"level": "Escalatie"}
        assert f"Escalatie: niet doen<br>{aftercare}: past" in html
        assert nl("fits every level alike") in html


class TestNewFields:
    def test_an_activity_is_saved_with_contra_indications_aftercare_and_situation_types(
        self, curator_client
    ):
        groups = TargetGroupFactory(slug="jongeren", name="Jongeren")
        types = [SituationTypeFactory(slug="burenconflict"), SituationTypeFactory()]
        data = activity_form(
            **{
                "situation_types": [t.pk for t in types],
                "target_groups": [groups.pk],
                "target_groups_required": "on",
                "evidence_basis": "ccv",
                "editorial_note": "Bron nog nagaan.",
                "fits-3-fit": "avoid",
                "fits-3-reason": "Niet tijdens de escalatie.",
                "fits-4-fit": "recommended",
                "fits-4-reason": "Na de escalatie helpt praten.",
                "contra_indications-TOTAL_FORMS": "2",
                "contra_indications-0-condition": "acute_threat",
                "contra_indications-0-reason": "Eerst de veiligheid.",
                "contra_indications-1-condition": "target_group",
                "contra_indications-1-target_group": str(groups.pk),
                "contra_indications-1-reason": "Jongeren komen hier niet op af.",
            }
        )
        response = curator_client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 302, response.context["errors"]
        activity = Activity.objects.get(slug="straatgesprek")
        assert sorted(activity.fits.values_list("level", "phase", "fit")) == [
            ("escalatie", "", "avoid"),
            ("escalatie", "aftercare", "recommended"),
        ]
        assert sorted(activity.situation_types.values_list("slug", flat=True)) == [
            "burenconflict",
            "tussen-groepen",
        ]
        assert sorted(activity.contra_indications.values_list("condition", "target_group")) == [
            ("acute_threat", None),
            ("target_group", groups.pk),
        ]
        assert activity.target_groups_required is True
        assert (activity.evidence_basis, activity.editorial_note) == ("ccv", "Bron nog nagaan.")

    def test_a_contra_indication_can_be_changed_and_deleted(self, curator_client):
        activity = ActivityFactory(fits={"spanning": "avoid"})
        contra = ContraIndicationFactory(activity=activity, condition="crime")
        fit = activity.fits.get()
        data = activity_form(
            name=activity.name,
            slug=activity.slug,
            **{
                "fits-TOTAL_FORMS": "1",
                "fits-INITIAL_FORMS": "1",
                "fits-0-id": str(fit.pk),
                "fits-0-activity": str(activity.pk),
                "fits-0-level": "spanning",
                "fits-0-fit": "avoid",
                "fits-0-reason": fit.reason,
                "contra_indications-TOTAL_FORMS": "2",
                "contra_indications-INITIAL_FORMS": "1",
                "contra_indications-0-id": str(contra.pk),
                "contra_indications-0-activity": str(activity.pk),
                "contra_indications-0-condition": "crime",
                "contra_indications-0-reason": contra.reason,
                "contra_indications-0-DELETE": "on",
                "contra_indications-1-condition": "no_consent",
                "contra_indications-1-reason": "Alleen met toestemming van de bewoner.",
            },
        )
        for index in (1, 2, 3, 4):
            for field in ("level", "phase", "fit", "reason"):
                data.pop(f"fits-{index}-{field}")
        response = curator_client.post(f"/admin/activities/activity/{activity.pk}/change/", data)
        assert response.status_code == 302
        assert list(activity.contra_indications.values_list("condition", flat=True)) == [
            "no_consent"
        ]

    @pytest.mark.parametrize("row", [0, 1, 2])
    def test_aftercare_at_another_level_than_escalation_is_refused(self, curator_client, row):
        data = activity_form(
            **{
                f"fits-{row}-phase": "aftercare",
                f"fits-{row}-fit": "recommended",
                f"fits-{row}-reason": "Na afloop.",
            }
        )
        response = curator_client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 200
        html = response.content.decode()
        assert escaped(nl(AFTERCARE_ONLY_ESCALATION)) in html
        assert "levelfit_aftercare_only_escalation" not in html  # no raw constraint message
        assert not Activity.objects.exists()

    def test_a_target_group_contra_indication_needs_a_group(self, curator_client):
        data = activity_form(
            **{
                "fits-0-fit": "recommended",
                "fits-0-reason": "Goed.",
                "contra_indications-0-condition": "target_group",
                "contra_indications-0-reason": "Niet voor deze groep.",
            }
        )
        response = curator_client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 200
        assert nl(TARGET_GROUP_NEEDED) in response.content.decode()
        assert not ContraIndication.objects.exists()

    def test_a_condition_twice_or_a_group_with_another_condition_is_refused(self, curator_client):
        group = TargetGroupFactory()
        data = activity_form(
            **{
                "fits-0-fit": "recommended",
                "fits-0-reason": "Goed.",
                "contra_indications-TOTAL_FORMS": "3",
                "contra_indications-0-condition": "crime",
                "contra_indications-0-reason": "Een.",
                "contra_indications-1-condition": "crime",
                "contra_indications-1-reason": "Twee.",
                "contra_indications-2-condition": "care_need",
                "contra_indications-2-target_group": str(group.pk),
                "contra_indications-2-reason": "Drie.",
            }
        )
        response = curator_client.post("/admin/activities/activity/add/", data)
        assert response.status_code == 200
        formset = response.context["inline_admin_formsets"][1].formset
        assert formset.forms[1].errors["condition"] == [nl(CONDITION_TWICE)]
        assert "target_group" in formset.forms[2].errors
        assert not Activity.objects.exists()

    def test_the_editorial_note_has_its_own_fieldset(self, curator_client):
        response = curator_client.get("/admin/activities/activity/add/")
        html = response.content.decode()
        assert nl("For curators") in html and nl("Never shown to professionals.") in html
        assert 'name="editorial_note"' in html
        assert 'name="situation_types"' in html and 'name="target_groups_required"' in html
        assert 'name="evidence_basis"' in html

    @pytest.mark.parametrize(
        "url",
        [
            "/admin/activities/activity/add/",
            "/admin/activities/level/escalatie/change/",
        ],
    )
    def test_every_inline_field_is_named_for_screen_readers(self, curator_client, url):
        SignalFactory(level__slug="escalatie")
        html = curator_client.get(url).content.decode()
        inline_fields = re.findall(
            r'<(?:input|select|textarea)\b[^>]*\bname="(?:fits|contra_indications|signals)-\d+-'
            r'[^"]*"[^>]*>',
            html,
        )
        visible = [tag for tag in inline_fields if 'type="hidden"' not in tag]
        assert len(visible) >= 6
        unnamed = [tag for tag in visible if "aria-label=" not in tag]
        assert unnamed == []

    def test_the_situation_type_list_counts_its_activities(self, curator_client):
        kind = SituationTypeFactory(slug="burenconflict")
        ActivityFactory(situation_types=[kind])
        ActivityFactory(situation_types=[kind, SituationTypeFactory()])
        html = curator_client.get("/admin/activities/situationtype/").content.decode()
        assert re.search(
            r"Conflict tussen buren.*?<td class=\"field-activity_count\">2</td>", html, re.S
        )

    def test_a_curator_edits_the_synonyms_of_a_target_group(self, curator_client):
        group = TargetGroupFactory()
        response = curator_client.post(
            f"/admin/activities/targetgroup/{group.pk}/change/",
            {
                "name": group.name,
                "slug": group.slug,
                "description": "",
                "synonyms": "jeugd\nhangjongeren",
            },
        )
        assert response.status_code == 302
        group.refresh_from_db()
        assert group.synonym_list == ["jeugd", "hangjongeren"]


def level_form(slug, **overrides):
    levels = {"spanning": (2, "Spanning"), "escalatie": (4, "Escalatie")}
    order, name = levels[slug]
    data = {
        "order": str(order),
        "name": name,
        "short": "Een korte regel.",
        "description": "",
        "desired_situation": "",
        "signals-TOTAL_FORMS": "1",
        "signals-INITIAL_FORMS": "0",
        "signals-MIN_NUM_FORMS": "0",
        "signals-MAX_NUM_FORMS": "1000",
        "signals-0-order": "1",
        "signals-0-text": "Bewoners roddelen over elkaar",
        "signals-0-phase": "",
        "signals-0-synonyms": "geroddel\nkletsen over",
        "signals-0-slug": f"{slug}-roddel",
    }
    data.update(overrides)
    return data


class TestSignals:
    def test_a_curator_adds_a_signal_with_synonyms_to_a_level(self, curator_client):
        response = curator_client.post(
            "/admin/activities/level/spanning/change/", level_form("spanning")
        )
        assert response.status_code == 302
        signal = Signal.objects.get(slug="spanning-roddel")
        assert signal.level_id == "spanning"
        assert signal.text == "Bewoners roddelen over elkaar"
        assert signal.synonym_list == ["geroddel", "kletsen over"]

    def test_a_curator_changes_a_signal(self, curator_client):
        signal = SignalFactory(level__slug="spanning", slug="spanning-oud")
        data = level_form(
            "spanning",
            **{
                "signals-INITIAL_FORMS": "1",
                "signals-0-id": str(signal.pk),
                "signals-0-level": "spanning",
                "signals-0-slug": "spanning-oud",
                "signals-0-text": "Klachten over geluid",
            },
        )
        assert (
            curator_client.post("/admin/activities/level/spanning/change/", data).status_code == 302
        )
        signal.refresh_from_db()
        assert signal.text == "Klachten over geluid"

    def test_an_aftercare_signal_is_only_accepted_at_escalation(self, curator_client):
        refused = curator_client.post(
            "/admin/activities/level/spanning/change/",
            level_form("spanning", **{"signals-0-phase": "aftercare"}),
        )
        assert refused.status_code == 200
        assert escaped(nl(AFTERCARE_ONLY_ESCALATION)) in refused.content.decode()
        assert not Signal.objects.exists()
        accepted = curator_client.post(
            "/admin/activities/level/escalatie/change/",
            level_form("escalatie", **{"signals-0-phase": "aftercare"}),
        )
        assert accepted.status_code == 302
        assert Signal.objects.get().phase == "aftercare"

    def test_the_level_list_counts_the_signals(self, curator_client):
        for _ in range(3):
            SignalFactory(level__slug="incidenten")
        html = curator_client.get("/admin/activities/level/").content.decode()
        assert '<td class="field-signal_count">3</td>' in html
