"""The catalogue loader and dumper: idempotent, curators' changes survive, dump -> load."""

import copy
import json

import pytest
from django.core.management import CommandError, call_command

from activities.catalogue_io import (
    CatalogueError,
    dump_catalogue,
    load_catalogue,
    read_fixtures,
    write_fixtures,
)
from activities.models import Activity, Goal, Level, LevelFit, TargetGroup


def vocabulary():
    return {
        "levels": [
            {
                "slug": slug,
                "order": order,
                "name": slug.title(),
                "short": f"Korte regel over {slug}.",
                "description": f"Uitleg over {slug}.",
                "signals": [f"Signaal een bij {slug}", f"Signaal twee bij {slug}"],
                "desired_situation": "Bewoners kennen en respecteren elkaar.",
            }
            for order, slug in enumerate(["ongemak", "spanning", "incidenten", "escalatie"], 1)
        ],
        "goals": [
            {"slug": "kennismaken", "name": "Kennismaken", "description": "Elkaar leren kennen."},
            {"slug": "de-escaleren", "name": "De-escaleren", "description": "Rust brengen."},
        ],
        "target_groups": [
            {"slug": "jongeren", "name": "Jongeren", "description": ""},
            {"slug": "ouderen", "name": "Ouderen", "description": "Oudere bewoners."},
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
        "evidence": "Praktijkervaring.",
        "source_name": "KIS",
        "source_url": "https://www.kis.nl/",
        "keywords": ["barbecue", "straatfeest"],
        "published": True,
        "fits": {
            "ongemak": {"fit": "recommended", "reason": "Goed om kennis te maken."},
            "spanning": {"fit": "avoid", "reason": "Lost spanning niet op."},
        },
    }
    data.update(overrides)
    return data


def catalogue(*activities):
    return {"activities": list(activities) or [activity(), activity("dialoogbijeenkomst")]}


@pytest.mark.django_db
class TestLoad:
    def test_it_adds_everything_on_an_empty_database(self):
        report = load_catalogue(vocabulary(), catalogue())
        assert report.levels.added == ["ongemak", "spanning", "incidenten", "escalatie"]
        assert report.activities.added == ["buurt-bbq", "dialoogbijeenkomst"]
        assert report.total("added") == 10
        bbq = Activity.objects.get(slug="buurt-bbq")
        assert bbq.step_list == ["Vraag wat je wilt bereiken", "Nodig persoonlijk uit"]
        assert bbq.keywords == "barbecue, straatfeest"
        assert bbq.is_published is True
        assert {g.slug for g in bbq.goals.all()} == {"kennismaken"}
        assert {g.slug for g in bbq.target_groups.all()} == {"jongeren", "ouderen"}
        assert bbq.fits.get(level="spanning").fit == "avoid"
        assert Level.objects.get(slug="spanning").signal_list == [
            "Signaal een bij spanning",
            "Signaal twee bij spanning",
        ]

    def test_it_is_idempotent(self):
        load_catalogue(vocabulary(), catalogue())
        report = load_catalogue(vocabulary(), catalogue())
        assert report.total("added") == report.total("kept") == report.total("updated") == 0
        assert report.total("unchanged") == 10
        assert Activity.objects.count() == 2
        assert LevelFit.objects.count() == 4

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

    def test_it_keeps_a_curators_change_to_a_fit_goal_or_vocabulary(self):
        load_catalogue(vocabulary(), catalogue())
        LevelFit.objects.filter(activity__slug="buurt-bbq", level="spanning").update(
            fit="conditional"
        )
        Activity.objects.get(slug="dialoogbijeenkomst").goals.add(
            Goal.objects.get(slug="de-escaleren")
        )
        Goal.objects.filter(slug="kennismaken").update(description="Nieuwe uitleg.")
        Level.objects.filter(slug="escalatie").update(signals="Een eigen signaal")
        report = load_catalogue(vocabulary(), catalogue())
        assert report.activities.kept == ["buurt-bbq", "dialoogbijeenkomst"]
        assert report.goals.kept == ["kennismaken"]
        assert report.levels.kept == ["escalatie"]
        assert (
            LevelFit.objects.get(activity__slug="buurt-bbq", level="spanning").fit == "conditional"
        )
        assert Goal.objects.get(slug="kennismaken").description == "Nieuwe uitleg."

    def test_it_replaces_a_curators_change_with_overwrite(self):
        load_catalogue(vocabulary(), catalogue())
        bbq = Activity.objects.get(slug="buurt-bbq")
        bbq.summary = "Door de beheerder herschreven."
        bbq.save()
        bbq.fits.filter(level="spanning").delete()
        LevelFit.objects.create(activity=bbq, level_id="escalatie", fit="avoid", reason="Nee.")
        bbq.target_groups.clear()
        TargetGroup.objects.filter(slug="ouderen").update(name="Senioren")
        report = load_catalogue(vocabulary(), catalogue(), overwrite=True)
        assert report.activities.updated == ["buurt-bbq"]
        assert report.target_groups.updated == ["ouderen"]
        bbq.refresh_from_db()
        assert bbq.summary == "Een gezellige maaltijd voor de straat."
        assert sorted(bbq.fits.values_list("level", "fit")) == [
            ("ongemak", "recommended"),
            ("spanning", "avoid"),
        ]
        assert bbq.target_groups.count() == 2
        assert TargetGroup.objects.get(slug="ouderen").name == "Ouderen"

    def test_overwrite_can_swap_the_order_of_two_levels(self):
        load_catalogue(vocabulary(), catalogue())
        changed = vocabulary()
        changed["levels"][0]["order"], changed["levels"][1]["order"] = 2, 1
        report = load_catalogue(changed, catalogue(), overwrite=True)
        assert report.levels.updated == ["ongemak", "spanning"]
        assert list(Level.objects.values_list("slug", flat=True))[:2] == ["spanning", "ongemak"]

    def test_a_published_activity_without_fits_is_refused_and_nothing_is_loaded(self):
        broken = activity("zonder-fits", fits={})
        with pytest.raises(
            CatalogueError, match="zonder-fits: a published activity needs at least one level fit"
        ):
            load_catalogue(vocabulary(), catalogue(activity(), broken))
        assert Activity.objects.count() == 0
        assert Level.objects.count() == 0

    def test_an_unpublished_activity_may_have_no_fits_yet(self):
        report = load_catalogue(
            vocabulary(), catalogue(activity("concept", fits={}, published=False))
        )
        assert report.activities.added == ["concept"]

    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"goals": ["bestaat-niet"]}, "unknown goal 'bestaat-niet'"),
            ({"target_groups": ["niemand"]}, "unknown target group 'niemand'"),
            ({"fits": {"paniek": {"fit": "avoid", "reason": "x"}}}, "unknown level 'paniek'"),
            (
                {"fits": {"ongemak": {"fit": "misschien", "reason": "x"}}},
                "fit at ongemak must be one of",
            ),
            (
                {"fits": {"ongemak": {"fit": "avoid", "reason": ""}}},
                "the fit at ongemak has no reason",
            ),
            ({"kind": "feest"}, "kind"),
            ({"source_url": "geen url"}, "source_url"),
        ],
    )
    def test_it_refuses_invalid_entries(self, overrides, message):
        with pytest.raises(CatalogueError, match=message):
            load_catalogue(vocabulary(), catalogue(activity(**overrides)))
        assert Activity.objects.count() == 0

    def test_it_refuses_duplicate_slugs(self):
        with pytest.raises(CatalogueError, match="buurt-bbq: the slug appears more than once"):
            load_catalogue(vocabulary(), catalogue(activity(), activity()))


@pytest.mark.django_db
class TestDump:
    def test_dump_gives_back_what_was_loaded(self):
        load_catalogue(vocabulary(), catalogue())
        dumped_vocabulary, dumped_catalogue = dump_catalogue()
        assert dumped_vocabulary["levels"] == vocabulary()["levels"]
        assert {g["slug"] for g in dumped_vocabulary["goals"]} == {"kennismaken", "de-escaleren"}
        assert dumped_catalogue["activities"][0] == activity()

    def test_dump_then_load_reports_everything_unchanged(self):
        load_catalogue(vocabulary(), catalogue())
        Activity.objects.filter(slug="buurt-bbq").update(name="Straat-bbq", keywords="bbq,  eten ,")
        dumped = dump_catalogue()
        report = load_catalogue(*dumped)
        assert report.total("unchanged") == 10
        assert report.total("kept") == 0
        assert dumped[1]["activities"][0]["keywords"] == ["bbq", "eten"]

    def test_a_dump_loads_into_an_empty_database_as_the_same_catalogue(self):
        load_catalogue(vocabulary(), catalogue())
        dumped = copy.deepcopy(dump_catalogue())
        LevelFit.objects.all().delete()
        Activity.objects.all().delete()
        Level.objects.all().delete()
        Goal.objects.all().delete()
        TargetGroup.objects.all().delete()
        load_catalogue(*dumped)
        assert dump_catalogue() == dumped

    def test_write_keeps_the_order_of_the_existing_files(self, tmp_path):
        load_catalogue(vocabulary(), catalogue())
        existing = {"activities": [{"slug": "dialoogbijeenkomst"}, {"slug": "buurt-bbq"}]}
        (tmp_path / "catalogue.json").write_text(json.dumps(existing), encoding="utf-8")
        (tmp_path / "vocabulary.json").write_text(json.dumps(vocabulary()), encoding="utf-8")
        load_catalogue(vocabulary(), catalogue(activity("aardige-actie")))
        write_fixtures(tmp_path)
        _vocabulary, written = read_fixtures(tmp_path)
        assert [a["slug"] for a in written["activities"]] == [
            "dialoogbijeenkomst",
            "buurt-bbq",
            "aardige-actie",
        ]

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

    def test_load_reports_added_then_unchanged(self, tmp_path, capsys):
        self._write(tmp_path)
        call_command("load_catalogue", path=tmp_path)
        assert (
            "added 10, kept 0 (changed by a curator; use --overwrite), updated 0, unchanged 0"
            in capsys.readouterr().out
        )
        call_command("load_catalogue", path=tmp_path)
        assert (
            "added 0, kept 0 (changed by a curator; use --overwrite), updated 0, unchanged 10"
            in capsys.readouterr().out
        )

    def test_load_keeps_and_then_overwrites(self, tmp_path, capsys):
        self._write(tmp_path)
        call_command("load_catalogue", path=tmp_path)
        Activity.objects.filter(slug="buurt-bbq").update(duration="een hele dag")
        call_command("load_catalogue", path=tmp_path)
        assert "kept 1 (changed by a curator" in capsys.readouterr().out
        assert Activity.objects.get(slug="buurt-bbq").duration == "een hele dag"
        call_command("load_catalogue", "--overwrite", path=tmp_path)
        assert "updated 1, unchanged 9" in capsys.readouterr().out
        assert Activity.objects.get(slug="buurt-bbq").duration == "een middag"

    def test_load_fails_clearly_on_a_missing_folder(self, tmp_path):
        with pytest.raises(CommandError, match="catalogue was not loaded"):
            call_command("load_catalogue", path=tmp_path / "nergens")

    def test_dump_writes_both_files_that_load_reads(self, tmp_path, capsys):
        load_catalogue(vocabulary(), catalogue())
        call_command("dump_catalogue", path=tmp_path)
        assert "catalogue.json" in capsys.readouterr().out
        assert read_fixtures(tmp_path) == dump_catalogue()
        call_command("load_catalogue", path=tmp_path)
        assert "unchanged 10" in capsys.readouterr().out

    def test_the_real_fixtures_load_twice_without_changes(self, capsys):
        call_command("load_catalogue")
        first = capsys.readouterr().out
        assert "kept 0" in first and "updated 0" in first
        call_command("load_catalogue")
        assert (
            "added 0, kept 0 (changed by a curator; use --overwrite), updated 0"
            in capsys.readouterr().out
        )
