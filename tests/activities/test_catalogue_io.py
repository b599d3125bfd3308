"""The catalogue loader and dumper (fixture format v2): idempotent, curators' changes survive,
every problem reported, dump -> load unchanged."""

import copy
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import ngettext

from activities.catalogue_io import (
    CatalogueError,
    dump_catalogue,
    load_catalogue,
    read_fixtures,
    write_fixtures,
)
from activities.models import (
    Activity,
    ContraIndication,
    Goal,
    Level,
    LevelFit,
    Signal,
    SituationType,
    TargetGroup,
)

LEVELS = ["ongemak", "spanning", "incidenten", "escalatie"]
# 4 levels, 5 signals, 2 situation types, 2 goals, 2 target groups, 2 activities.
TOTAL = 17


def vocabulary():
    return {
        "levels": [
            {
                "slug": slug,
                "order": order,
                "name": slug.title(),
                "short": f"Korte regel over {slug}.",
                "description": f"Uitleg over {slug}.",
                "desired_situation": "Bewoners kennen en respecteren elkaar.",
            }
            for order, slug in enumerate(LEVELS, 1)
        ],
        "signals": [
            {
                "slug": f"{slug}-signaal",
                "level": slug,
                "order": 1,
                "text": f"Een signaal bij {slug}",
                "phase": "",
                "synonyms": [f"woord bij {slug}", "nog een woord"],
            }
            for slug in LEVELS
        ]
        + [
            {
                "slug": "escalatie-nazorg-angst",
                "level": "escalatie",
                "order": 2,
                "text": "Na de rellen durven bewoners niet naar buiten",
                "phase": "aftercare",
                "synonyms": ["bang na de rellen"],
            }
        ],
        "situation_types": [
            {
                "slug": "tussen-groepen",
                "order": 1,
                "name": "Spanning tussen groepen",
                "description": "Groepen bewoners botsen.",
                "synonyms": ["groepen", "clubjes"],
            },
            {
                "slug": "burenconflict",
                "order": 2,
                "name": "Conflict tussen buren",
                "description": "",
                "synonyms": [],
            },
        ],
        "goals": [
            {"slug": "kennismaken", "name": "Kennismaken", "description": "Elkaar leren kennen."},
            {"slug": "de-escaleren", "name": "De-escaleren", "description": "Rust brengen."},
        ],
        "target_groups": [
            {"slug": "jongeren", "name": "Jongeren", "description": "", "synonyms": ["jeugd"]},
            {
                "slug": "ouderen",
                "name": "Ouderen",
                "description": "Oudere bewoners.",
                "synonyms": ["senioren", "bejaarden"],
            },
        ],
    }


def activity(slug="buurt-bbq", **overrides):
    data = {
        "slug": slug,
        "name": slug.replace("-", " ").capitalize(),
        "kind": "meeting_format",
        "summary": "Een gezellige maaltijd voor de straat.",
        "description": "Bewoners eten samen en maken kennis.",
        "steps": ["Vraag wat je wilt bereiken", "Nodig persoonlijk uit"],
        "participants": "Bewoners, een sociaal werker",
        "effort": "medium",
        "duration": "een middag",
        "group_size": "hele straat",
        "goals": ["kennismaken"],
        "target_groups": ["jongeren", "ouderen"],
        "target_groups_required": False,
        "situation_types": ["burenconflict", "tussen-groepen"],
        "evidence": "Praktijkervaring.",
        "evidence_basis": "practice",
        "source_name": "KIS",
        "source_url": "https://www.kis.nl/",
        "keywords": ["barbecue", "straatfeest"],
        "editorial_note": "Bron nog nagaan.",
        "published": True,
        "fits": {
            "ongemak": {"fit": "recommended", "reason": "Goed om kennis te maken."},
            "spanning": {"fit": "avoid", "reason": "Lost spanning niet op."},
            "escalatie": {"fit": "avoid", "reason": "Niet tijdens de escalatie."},
            "nazorg": {"fit": "conditional", "reason": "Pas als het weer rustig is."},
        },
        "contra_indications": [
            {"condition": "acute_threat", "reason": "Niet bij acute dreiging: eerst veiligheid."},
            {
                "condition": "target_group",
                "target_group": "jongeren",
                "reason": "Niet voor jongeren alleen: zij komen niet.",
            },
        ],
    }
    data.update(overrides)
    return data


def catalogue(*activities, retired=None):
    data = {"activities": list(activities) or [activity(), activity("dialoogbijeenkomst")]}
    if retired is not None:
        data["retired"] = retired
    return data


def problems_of(vocab=None, cat=None):
    with pytest.raises(CatalogueError) as error:
        load_catalogue(vocab or vocabulary(), cat or catalogue())
    return error.value.problems


@pytest.mark.django_db
class TestLoad:
    def test_it_adds_everything_on_an_empty_database(self):
        report = load_catalogue(vocabulary(), catalogue())
        assert report.levels.added == LEVELS
        assert len(report.signals.added) == 5
        assert report.situation_types.added == ["tussen-groepen", "burenconflict"]
        assert report.activities.added == ["buurt-bbq", "dialoogbijeenkomst"]
        assert report.total("added") == TOTAL
        bbq = Activity.objects.get(slug="buurt-bbq")
        assert bbq.step_list == ["Vraag wat je wilt bereiken", "Nodig persoonlijk uit"]
        assert bbq.keywords == "barbecue, straatfeest"
        assert bbq.is_published is True
        assert bbq.evidence_basis == "practice"
        assert bbq.editorial_note == "Bron nog nagaan."
        assert bbq.target_groups_required is False
        assert {g.slug for g in bbq.goals.all()} == {"kennismaken"}
        assert {g.slug for g in bbq.target_groups.all()} == {"jongeren", "ouderen"}
        assert {t.slug for t in bbq.situation_types.all()} == {"burenconflict", "tussen-groepen"}
        assert bbq.fits.get(level="spanning").fit == "avoid"

    def test_nazorg_is_the_aftercare_fit_of_escalatie(self):
        load_catalogue(vocabulary(), catalogue())
        fits = LevelFit.objects.filter(activity__slug="buurt-bbq", level="escalatie")
        assert sorted(fits.values_list("phase", "fit")) == [
            ("", "avoid"),
            ("aftercare", "conditional"),
        ]
        assert fits.get(phase="aftercare").key == "nazorg"

    def test_it_loads_contra_indications(self):
        load_catalogue(vocabulary(), catalogue())
        contras = ContraIndication.objects.filter(activity__slug="buurt-bbq")
        assert sorted(contras.values_list("condition", "target_group__slug")) == [
            ("acute_threat", None),
            ("target_group", "jongeren"),
        ]
        assert contras.get(condition="acute_threat").reason.startswith("Niet bij acute dreiging")

    def test_it_loads_signals_situation_types_and_synonyms(self):
        load_catalogue(vocabulary(), catalogue())
        signal = Signal.objects.get(slug="escalatie-nazorg-angst")
        assert signal.level_id == "escalatie" and signal.phase == "aftercare"
        assert signal.synonym_list == ["bang na de rellen"]
        assert list(Signal.objects.filter(level="spanning").values_list("text", flat=True)) == [
            "Een signaal bij spanning"
        ]
        assert SituationType.objects.get(slug="tussen-groepen").synonym_list == [
            "groepen",
            "clubjes",
        ]
        assert TargetGroup.objects.get(slug="ouderen").synonyms == "senioren\nbejaarden"

    def test_it_is_idempotent(self):
        load_catalogue(vocabulary(), catalogue())
        report = load_catalogue(vocabulary(), catalogue())
        assert report.total("added") == report.total("kept") == report.total("updated") == 0
        assert report.total("unchanged") == TOTAL
        assert Activity.objects.count() == 2
        assert LevelFit.objects.count() == 8
        assert ContraIndication.objects.count() == 4

    def test_the_order_of_lists_in_an_entry_does_not_count_as_a_change(self):
        load_catalogue(vocabulary(), catalogue())
        shuffled = activity()
        shuffled["situation_types"].reverse()
        shuffled["contra_indications"].reverse()
        shuffled["fits"] = dict(reversed(list(shuffled["fits"].items())))
        report = load_catalogue(vocabulary(), catalogue(shuffled, activity("dialoogbijeenkomst")))
        assert report.activities.unchanged == ["buurt-bbq", "dialoogbijeenkomst"]

    def test_it_adds_new_entries_to_an_existing_catalogue(self):
        load_catalogue(vocabulary(), catalogue())
        report = load_catalogue(
            vocabulary(),
            catalogue(activity(), activity("dialoogbijeenkomst"), activity("buurtschouw")),
        )
        assert report.activities.added == ["buurtschouw"]
        assert report.activities.unchanged == ["buurt-bbq", "dialoogbijeenkomst"]

    def test_it_keeps_a_curators_change_to_an_activity(self):
        load_catalogue(vocabulary(), catalogue())
        Activity.objects.filter(slug="buurt-bbq").update(summary="Door de beheerder herschreven.")
        report = load_catalogue(vocabulary(), catalogue())
        assert report.activities.kept == ["buurt-bbq"]
        assert report.activities.unchanged == ["dialoogbijeenkomst"]
        assert Activity.objects.get(slug="buurt-bbq").summary == "Door de beheerder herschreven."

    @pytest.mark.parametrize(
        "change",
        [
            lambda bbq: bbq.contra_indications.filter(condition="acute_threat").update(
                reason="Eigen reden."
            ),
            lambda bbq: bbq.contra_indications.filter(condition="acute_threat").delete(),
            lambda bbq: bbq.fits.filter(phase="aftercare").update(fit="recommended"),
            lambda bbq: bbq.situation_types.clear(),
            lambda bbq: Activity.objects.filter(pk=bbq.pk).update(editorial_note="Nagekeken."),
            lambda bbq: Activity.objects.filter(pk=bbq.pk).update(evidence_basis="research"),
            lambda bbq: Activity.objects.filter(pk=bbq.pk).update(target_groups_required=True),
        ],
        ids=[
            "contra-reason",
            "contra-deleted",
            "aftercare-fit",
            "types",
            "note",
            "basis",
            "required",
        ],
    )
    def test_it_keeps_a_curators_change_to_the_new_fields(self, change):
        load_catalogue(vocabulary(), catalogue())
        bbq = Activity.objects.get(slug="buurt-bbq")
        change(bbq)
        before = dump_catalogue()
        report = load_catalogue(vocabulary(), catalogue())
        assert report.activities.kept == ["buurt-bbq"]
        assert dump_catalogue() == before

    def test_it_keeps_a_curators_change_to_the_vocabulary(self):
        load_catalogue(vocabulary(), catalogue())
        Goal.objects.filter(slug="kennismaken").update(description="Nieuwe uitleg.")
        Signal.objects.filter(slug="spanning-signaal").update(synonyms="eigen woord")
        SituationType.objects.filter(slug="burenconflict").update(name="Burenruzie")
        TargetGroup.objects.filter(slug="jongeren").update(synonyms="")
        Level.objects.filter(slug="escalatie").update(short="Eigen regel.")
        report = load_catalogue(vocabulary(), catalogue())
        assert report.goals.kept == ["kennismaken"]
        assert report.signals.kept == ["spanning-signaal"]
        assert report.situation_types.kept == ["burenconflict"]
        assert report.target_groups.kept == ["jongeren"]
        assert report.levels.kept == ["escalatie"]
        assert Signal.objects.get(slug="spanning-signaal").synonyms == "eigen woord"

    def test_it_replaces_a_curators_change_with_overwrite(self):
        load_catalogue(vocabulary(), catalogue())
        bbq = Activity.objects.get(slug="buurt-bbq")
        bbq.summary = "Door de beheerder herschreven."
        bbq.save()
        bbq.fits.filter(level="spanning").delete()
        bbq.fits.filter(phase="aftercare").update(fit="avoid", reason="Nee.")
        LevelFit.objects.create(activity=bbq, level_id="incidenten", fit="avoid", reason="Nee.")
        bbq.contra_indications.filter(condition="acute_threat").delete()
        ContraIndication.objects.create(
            activity=bbq, condition="crime", reason="Niet bij een feit."
        )
        bbq.target_groups.clear()
        TargetGroup.objects.filter(slug="ouderen").update(name="Senioren")
        Signal.objects.filter(slug="ongemak-signaal").update(text="Anders")
        report = load_catalogue(vocabulary(), catalogue(), overwrite=True)
        assert report.activities.updated == ["buurt-bbq"]
        assert report.target_groups.updated == ["ouderen"]
        assert report.signals.updated == ["ongemak-signaal"]
        bbq.refresh_from_db()
        assert bbq.summary == "Een gezellige maaltijd voor de straat."
        assert sorted(bbq.fits.values_list("level", "phase", "fit")) == [
            ("escalatie", "", "avoid"),
            ("escalatie", "aftercare", "conditional"),
            ("ongemak", "", "recommended"),
            ("spanning", "", "avoid"),
        ]
        assert sorted(bbq.contra_indications.values_list("condition", flat=True)) == [
            "acute_threat",
            "target_group",
        ]
        assert bbq.target_groups.count() == 2
        assert TargetGroup.objects.get(slug="ouderen").name == "Ouderen"
        assert load_catalogue(vocabulary(), catalogue()).total("unchanged") == TOTAL

    def test_overwrite_can_swap_the_order_of_two_levels(self):
        load_catalogue(vocabulary(), catalogue())
        changed = vocabulary()
        changed["levels"][0]["order"], changed["levels"][1]["order"] = 2, 1
        report = load_catalogue(changed, catalogue(), overwrite=True)
        assert report.levels.updated == ["ongemak", "spanning"]
        assert list(Level.objects.values_list("slug", flat=True))[:2] == ["spanning", "ongemak"]

    @pytest.mark.parametrize("kind", ["meeting_format", "tool"])
    def test_a_published_meeting_format_or_tool_without_fits_is_refused(self, kind):
        broken = activity("zonder-fits", kind=kind, fits={})
        with pytest.raises(
            CatalogueError, match=f"zonder-fits: a published {kind} needs at least one level fit"
        ):
            load_catalogue(vocabulary(), catalogue(activity(), broken))
        assert Activity.objects.count() == 0
        assert Level.objects.count() == 0

    @pytest.mark.parametrize("kind", ["casework", "learning", "reflection"])
    def test_a_level_neutral_activity_may_have_no_fits(self, kind):
        report = load_catalogue(
            vocabulary(), catalogue(activity("genogram", kind=kind, fits={}, published=True))
        )
        assert report.activities.added == ["genogram"]
        assert Activity.objects.get(slug="genogram").fits.count() == 0
        again = load_catalogue(vocabulary(), catalogue(activity("genogram", kind=kind, fits={})))
        assert again.activities.unchanged == ["genogram"]

    def test_an_unpublished_activity_may_have_no_fits_yet(self):
        report = load_catalogue(
            vocabulary(), catalogue(activity("concept", fits={}, published=False))
        )
        assert report.activities.added == ["concept"]

    def test_missing_optional_fields_take_the_defaults(self):
        minimal = {
            "slug": "kort",
            "name": "Kort",
            "kind": "learning",
            "summary": "Kort.",
            "description": "Kort en goed.",
            "published": True,
        }
        load_catalogue(vocabulary(), catalogue(minimal))
        kort = Activity.objects.get(slug="kort")
        assert (kort.evidence_basis, kort.editorial_note, kort.effort) == ("", "", "medium")
        assert kort.target_groups_required is False
        assert load_catalogue(vocabulary(), catalogue(minimal)).activities.unchanged == ["kort"]

    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"goals": ["bestaat-niet"]}, "unknown goal 'bestaat-niet'"),
            ({"target_groups": ["niemand"]}, "unknown target group 'niemand'"),
            ({"situation_types": ["ruzie"]}, "unknown situation type 'ruzie'"),
            ({"situation_types": "tussen-groepen"}, "situation_types must be a list"),
            ({"fits": {"paniek": {"fit": "avoid", "reason": "x"}}}, "invalid fit key 'paniek'"),
            ({"fits": {"acute": {"fit": "avoid", "reason": "x"}}}, "invalid fit key 'acute'"),
            ({"fits": ["ongemak"]}, "fits must be an object"),
            (
                {"fits": {"ongemak": {"fit": "misschien", "reason": "x"}}},
                "fit at ongemak must be one of",
            ),
            (
                {"fits": {"ongemak": {"fit": "avoid", "reason": ""}}},
                "the fit at ongemak has no reason",
            ),
            (
                {"fits": {"nazorg": {"fit": "avoid", "reason": " "}}},
                "the fit at nazorg has no reason",
            ),
            (
                {"fits": {"spanning": {"fit": "avoid", "reason": "x", "phase": "aftercare"}}},
                "the fit at spanning has a phase; aftercare is only for escalatie",
            ),
            (
                {"fits": {"ongemak": {"fit": "avoid", "reason": "x", "niveau": "2"}}},
                "unknown field 'niveau'",
            ),
            (
                {"contra_indications": [{"condition": "crime", "reason": ""}]},
                r"contra-indication #1 \(crime\) has no reason",
            ),
            (
                {"contra_indications": [{"condition": "target_group", "reason": "x"}]},
                "the condition target_group needs a target_group",
            ),
            (
                {
                    "contra_indications": [
                        {"condition": "crime", "target_group": "jongeren", "reason": "x"}
                    ]
                },
                "a target_group belongs only to the condition target_group",
            ),
            (
                {
                    "contra_indications": [
                        {"condition": "target_group", "target_group": "kinderen", "reason": "x"}
                    ]
                },
                "unknown target group 'kinderen'",
            ),
            (
                {"contra_indications": [{"condition": "regen", "reason": "x"}]},
                "condition must be one of",
            ),
            (
                {
                    "contra_indications": [
                        {"condition": "crime", "reason": "x"},
                        {"condition": "crime", "reason": "y"},
                    ]
                },
                "contra-indication #2: crime appears more than once",
            ),
            ({"contra_indications": {"crime": "x"}}, "contra_indications must be a list"),
            ({"kind": "feest"}, "kind"),
            ({"evidence_basis": "gevoel"}, "evidence_basis"),
            ({"source_url": "geen url"}, "source_url"),
            ({"contraindications": []}, "unknown field 'contraindications'"),
        ],
    )
    def test_it_refuses_invalid_entries(self, overrides, message):
        with pytest.raises(CatalogueError, match=message):
            load_catalogue(vocabulary(), catalogue(activity(**overrides)))
        assert Activity.objects.count() == 0
        assert Level.objects.count() == 0

    def test_it_reports_every_problem_at_once(self):
        problems = problems_of(
            cat=catalogue(
                activity(goals=["x"], situation_types=["y"]),
                activity("tweede", fits={"paniek": {"fit": "avoid", "reason": "z"}}),
                activity("derde", kind="feest"),
            )
        )
        assert problems == [
            "activity buurt-bbq: unknown goal 'x'",
            "activity buurt-bbq: unknown situation type 'y'",
            "activity tweede: invalid fit key 'paniek' "
            "(use one of ongemak, spanning, incidenten, escalatie, nazorg)",
        ]
        problems = problems_of(cat=catalogue(activity("derde", kind="feest", effort="veel")))
        assert len(problems) == 1 and "kind" in problems[0] and "effort" in problems[0]
        assert Activity.objects.count() == 0

    def test_field_errors_of_several_entries_are_all_reported(self):
        problems = problems_of(
            cat=catalogue(activity("een", kind="feest"), activity("twee", source_url="nee"))
        )
        assert [problem.split(":")[0] for problem in problems] == ["activity een", "activity twee"]
        assert Level.objects.count() == 0

    def test_it_refuses_aftercare_signals_outside_escalatie(self):
        vocab = vocabulary()
        vocab["signals"][0]["phase"] = "aftercare"
        vocab["signals"][1]["phase"] = "nazorg"
        vocab["signals"][2]["level"] = "paniek"
        assert problems_of(vocab) == [
            "signal ongemak-signaal: the aftercare phase is only for escalatie signals",
            "signal spanning-signaal: phase must be '' or 'aftercare', not 'nazorg'",
            "signal incidenten-signaal: unknown level 'paniek'",
        ]
        assert Signal.objects.count() == 0

    def test_it_refuses_the_old_format_with_a_hint(self):
        vocab = vocabulary()
        vocab["levels"][0]["signals"] = ["Bewoners groeten elkaar niet"]
        vocab["themes"] = []
        problems = problems_of(vocab)
        assert problems[0].startswith("vocabulary.json: unknown key 'themes'")
        assert problems[1] == (
            "level ongemak: unknown field 'signals' "
            "(signals are a list of their own now: vocabulary 'signals')"
        )

    def test_it_refuses_duplicate_slugs(self):
        with pytest.raises(CatalogueError, match="buurt-bbq: the slug appears more than once"):
            load_catalogue(vocabulary(), catalogue(activity(), activity()))
        vocab = vocabulary()
        vocab["signals"].append(vocab["signals"][0])
        with pytest.raises(CatalogueError, match="ongemak-signaal: the slug appears more"):
            load_catalogue(vocab, catalogue())

    def test_an_unchanged_load_uses_a_fixed_number_of_queries(self):
        def count(cat):
            load_catalogue(vocabulary(), cat)
            with CaptureQueriesContext(connection) as captured:
                report = load_catalogue(vocabulary(), cat)
            assert report.total("added") == report.total("kept") == 0
            return len(captured)

        few = count(catalogue(activity(), retired=["oud"]))
        many = catalogue(*(activity(f"extra-{n}") for n in range(15)), retired=["oud"])
        assert count(many) == few

    def test_references_may_point_to_vocabulary_already_in_the_database(self):
        load_catalogue(vocabulary(), catalogue())
        report = load_catalogue({}, catalogue(activity("nog-een")))
        assert report.activities.added == ["nog-een"]


@pytest.mark.django_db
class TestRetired:
    def test_retired_activities_are_unpublished_and_reported(self):
        load_catalogue(vocabulary(), catalogue(activity(), activity("oud")))
        report = load_catalogue(
            vocabulary(), catalogue(activity(), retired=["oud", "nooit-geladen"])
        )
        assert report.retired == ["oud"]
        assert report.already_retired == ["nooit-geladen"]
        assert Activity.objects.get(slug="oud").is_published is False
        assert Activity.objects.get(slug="buurt-bbq").is_published is True
        again = load_catalogue(vocabulary(), catalogue(activity(), retired=["oud"]))
        assert again.retired == [] and again.already_retired == ["oud"]
        assert again.total("unchanged") == TOTAL - 1

    def test_retired_is_applied_also_without_overwrite(self):
        load_catalogue(vocabulary(), catalogue(activity(), activity("oud")))
        Activity.objects.filter(slug="oud").update(summary="Door een beheerder aangepast.")
        report = load_catalogue(vocabulary(), catalogue(activity(), retired=["oud"]))
        assert report.retired == ["oud"]
        assert Activity.objects.get(slug="oud").is_published is False

    def test_an_activity_both_listed_and_retired_is_refused(self):
        with pytest.raises(CatalogueError, match="retired buurt-bbq: also listed under activities"):
            load_catalogue(vocabulary(), catalogue(activity(), retired=["buurt-bbq"]))

    def test_retired_must_be_a_list_of_slugs(self):
        with pytest.raises(CatalogueError, match="retired: must be a list of activity slugs"):
            load_catalogue(vocabulary(), catalogue(activity(), retired="oud"))


@pytest.mark.django_db
class TestDump:
    def test_dump_gives_back_what_was_loaded(self):
        load_catalogue(vocabulary(), catalogue())
        dumped_vocabulary, dumped_catalogue = dump_catalogue()
        assert dumped_vocabulary == {
            **vocabulary(),
            "goals": sorted(vocabulary()["goals"], key=lambda goal: goal["slug"]),
        }
        assert dumped_catalogue["activities"][0] == activity()
        assert list(dumped_catalogue["activities"][0]) == list(activity())
        assert list(dumped_catalogue["activities"][0]["fits"]) == [
            "ongemak",
            "spanning",
            "escalatie",
            "nazorg",
        ]
        assert "retired" not in dumped_catalogue

    def test_dump_then_load_reports_everything_unchanged(self):
        load_catalogue(vocabulary(), catalogue())
        Activity.objects.filter(slug="buurt-bbq").update(name="Straat-bbq", keywords="bbq,  eten ,")
        Signal.objects.filter(slug="spanning-signaal").update(synonyms="een\n\n twee ")
        dumped = dump_catalogue()
        report = load_catalogue(*dumped)
        assert report.total("unchanged") == TOTAL
        assert report.total("kept") == 0
        assert dumped[1]["activities"][0]["keywords"] == ["bbq", "eten"]

    def test_a_dump_loads_into_an_empty_database_as_the_same_catalogue(self):
        load_catalogue(vocabulary(), catalogue(activity(), activity("genogram", kind="casework")))
        dumped = copy.deepcopy(dump_catalogue())
        Activity.objects.all().delete()
        Signal.objects.all().delete()
        Level.objects.all().delete()
        for model in (Goal, TargetGroup, SituationType):
            model.objects.all().delete()
        load_catalogue(*dumped)
        assert dump_catalogue() == dumped

    def test_the_dump_keeps_the_retired_list_and_leaves_those_activities_out(self):
        load_catalogue(vocabulary(), catalogue(activity(), activity("oud"), activity("weer")))
        load_catalogue(vocabulary(), catalogue(activity(), retired=["oud", "weer", "weg"]))
        Activity.objects.filter(slug="weer").update(is_published=True)  # a curator brought it back
        previous = (vocabulary(), catalogue(activity(), retired=["oud", "weer", "weg"]))
        _vocabulary, dumped = dump_catalogue(previous)
        assert dumped["retired"] == ["oud", "weg"]
        assert [entry["slug"] for entry in dumped["activities"]] == ["buurt-bbq", "weer"]
        report = load_catalogue(*dump_catalogue(previous))
        assert report.retired == [] and report.total("kept") == 0

    def test_the_dump_uses_a_fixed_number_of_queries(self, django_assert_num_queries):
        load_catalogue(vocabulary(), catalogue())
        # levels, signals with levels, situation types, goals, target groups; activities,
        # their goals, target groups, situation types, fits, contra-indications with groups.
        with django_assert_num_queries(11):
            dump_catalogue()
        load_catalogue(
            vocabulary(), catalogue(*(activity(f"extra-{number}") for number in range(10)))
        )
        with django_assert_num_queries(11):
            dump_catalogue()

    def test_write_keeps_the_order_of_the_existing_files(self, tmp_path):
        load_catalogue(vocabulary(), catalogue())
        existing = {"activities": [{"slug": "dialoogbijeenkomst"}, {"slug": "buurt-bbq"}]}
        (tmp_path / "catalogue.json").write_text(json.dumps(existing), encoding="utf-8")
        reordered = vocabulary()
        reordered["signals"].reverse()
        (tmp_path / "vocabulary.json").write_text(json.dumps(reordered), encoding="utf-8")
        load_catalogue(vocabulary(), catalogue(activity("aardige-actie")))
        write_fixtures(tmp_path)
        written_vocabulary, written = read_fixtures(tmp_path)
        assert [a["slug"] for a in written["activities"]] == [
            "dialoogbijeenkomst",
            "buurt-bbq",
            "aardige-actie",
        ]
        assert written_vocabulary["signals"] == reordered["signals"]

    def test_the_files_are_readable_utf8_with_two_space_indent(self, tmp_path):
        load_catalogue(vocabulary(), catalogue(activity(name="Café-ontmoeting")))
        write_fixtures(tmp_path)
        text = (tmp_path / "catalogue.json").read_text(encoding="utf-8")
        assert "Café-ontmoeting" in text
        assert text.startswith('{\n  "activities": [\n    {\n      "slug"')


@pytest.mark.django_db
class TestCommands:
    def _write(self, directory, vocab=None, cat=None):
        (directory / "vocabulary.json").write_text(
            json.dumps(vocab or vocabulary()), encoding="utf-8"
        )
        (directory / "catalogue.json").write_text(json.dumps(cat or catalogue()), encoding="utf-8")

    def test_load_reports_per_model_added_then_unchanged(self, tmp_path, capsys):
        self._write(tmp_path)
        call_command("load_catalogue", path=tmp_path)
        out = capsys.readouterr().out
        assert "  levels: added 4, kept 0, updated 0, unchanged 0\n" in out
        assert "  signals: added 5, kept 0, updated 0, unchanged 0\n" in out
        assert "  situation types: added 2, kept 0, updated 0, unchanged 0\n" in out
        assert "  target groups: added 2, kept 0, updated 0, unchanged 0\n" in out
        assert "  activities: added 2, kept 0, updated 0, unchanged 0\n" in out
        assert "retired" not in out and "--overwrite" not in out
        call_command("load_catalogue", path=tmp_path)
        out = capsys.readouterr().out
        assert "  activities: added 0, kept 0, updated 0, unchanged 2\n" in out
        assert "  signals: added 0, kept 0, updated 0, unchanged 5\n" in out

    def test_load_ends_with_what_the_catalogue_pages_show(self, tmp_path, capsys):
        """The summary counts published activities as the catalogue lists them, not fixture
        entries: a retired activity is in the per-model lines but not in the summary."""
        self._write(tmp_path, cat=catalogue(activity(), activity("oud")))
        call_command("load_catalogue", path=tmp_path)
        self._write(tmp_path, cat=catalogue(activity(), retired=["oud"]))
        call_command("load_catalogue", path=tmp_path)
        out = capsys.readouterr().out
        published = Activity.objects.filter(is_published=True).count()
        assert published == 1
        expected = ngettext("%(count)d activity", "%(count)d activities", 1) % {"count": 1}
        assert f"{expected} (" in out.splitlines()[-1]
        assert (
            ngettext("%(count)d target group", "%(count)d target groups", 2) % {"count": 2}
            in out.splitlines()[-1]
        )

    def test_load_keeps_and_then_overwrites(self, tmp_path, capsys):
        self._write(tmp_path)
        call_command("load_catalogue", path=tmp_path)
        Activity.objects.filter(slug="buurt-bbq").update(duration="een hele dag")
        call_command("load_catalogue", path=tmp_path)
        out = capsys.readouterr().out
        assert "activities: added 0, kept 1, updated 0, unchanged 1" in out
        assert "1 kept: changed by a curator" in out and "--overwrite (-v 2 lists them)" in out
        assert Activity.objects.get(slug="buurt-bbq").duration == "een hele dag"
        call_command("load_catalogue", "--overwrite", path=tmp_path, verbosity=2)
        assert "activities: added 0, kept 0, updated 1, unchanged 1" in capsys.readouterr().out
        assert Activity.objects.get(slug="buurt-bbq").duration == "een middag"

    def test_load_lists_kept_slugs_when_verbose(self, tmp_path, capsys):
        self._write(tmp_path)
        call_command("load_catalogue", path=tmp_path)
        Activity.objects.filter(slug="buurt-bbq").update(duration="een hele dag")
        call_command("load_catalogue", path=tmp_path, verbosity=2)
        assert "    kept buurt-bbq\n" in capsys.readouterr().out

    def test_load_reports_retired_activities(self, tmp_path, capsys):
        self._write(tmp_path, cat=catalogue(activity(), activity("oud")))
        call_command("load_catalogue", path=tmp_path)
        self._write(tmp_path, cat=catalogue(activity(), retired=["oud"]))
        call_command("load_catalogue", path=tmp_path)
        out = capsys.readouterr().out
        assert "retired activities: unpublished 1 (oud), already out of the catalogue 0" in out

    def test_load_fails_clearly_on_a_missing_folder(self, tmp_path):
        with pytest.raises(CommandError, match="catalogue was not loaded"):
            call_command("load_catalogue", path=tmp_path / "nergens")

    def test_load_lists_every_problem(self, tmp_path):
        self._write(tmp_path, cat=catalogue(activity(goals=["x"], target_groups=["y"])))
        with pytest.raises(CommandError) as error:
            call_command("load_catalogue", path=tmp_path)
        message = str(error.value)
        assert message.startswith("The catalogue was not loaded (2 problems):\n")
        assert "unknown goal 'x'" in message and "unknown target group 'y'" in message

    def test_dump_writes_both_files_that_load_reads(self, tmp_path, capsys):
        load_catalogue(vocabulary(), catalogue())
        call_command("dump_catalogue", path=tmp_path)
        out = capsys.readouterr().out
        assert "vocabulary.json: levels 4, signals 5, situation types 2, goals 2" in out
        assert "catalogue.json: activities 2, retired 0" in out
        assert read_fixtures(tmp_path) == dump_catalogue()
        call_command("load_catalogue", path=tmp_path)
        assert "activities: added 0, kept 0, updated 0, unchanged 2" in capsys.readouterr().out

    def test_the_real_fixtures_load_twice_without_changes(self, capsys):
        call_command("load_catalogue")
        first = capsys.readouterr().out
        assert "kept 0" in first and "updated 0" in first and ", kept 1" not in first
        call_command("load_catalogue")
        second = capsys.readouterr().out
        assert "added 0, kept 0, updated 0" in second
        assert all(
            "added 0, kept 0, updated 0" in line
            for line in second.splitlines()
            if ": added" in line
        )
