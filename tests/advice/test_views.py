"""The advice pages and the JSON API, against the real catalogue and vocabulary loaded into
the database: the questionnaire posts, reads the description once, shows its suggestions with
the words behind them, and advises on what the professional confirms."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext

from activities.catalogue_io import load_catalogue, read_fixtures
from activities.models import Signal, SituationType
from advice.forms import text_fingerprint
from tests.activities.factories import ActivityFactory

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
URL = "/advies/"

PSYCHOSIS = (
    "Een bewoner met een psychose schreeuwt 's nachts in het portiek en bonkt op de deuren. "
    "De buren zijn bang en bellen steeds de politie."
)


@pytest.fixture
def catalogue(db):
    load_catalogue(*read_fixtures(FIXTURES))


@pytest.fixture
def client_in(login, worker, catalogue):
    return login(worker)


def post(client, **data):
    return client.post(URL, data)


def get_json(client, **params):
    return client.get(URL, {"format": "json", **params})


def formats(data):
    return [item["slug"] for item in data["recommended"] if item["kind"] == "meeting_format"]


def is_checked(content, name, value):
    """Whether the checkbox or radio button ``name=value`` is rendered ticked."""
    pattern = rf'<input[^>]*name="{name}"[^>]*value="{re.escape(value)}"[^>]*checked'
    return re.search(pattern, content) is not None


def test_reverse_names_are_in_the_advice_app():
    assert reverse("advice:questionnaire") == URL
    assert reverse("advice:situation", args=[3]) == "/situaties/3/advies/"


def test_the_questionnaire_posts_and_shows_the_signal_checklist(client_in):
    content = client_in.get(URL).content.decode()
    assert 'method="post"' in content
    for name in ("Ongemak", "Spanning", "Incidenten", "Escalatie"):
        assert f'badge-level-{name.lower()} fs-6">{name}</span>' in content
    first = Signal.objects.order_by("level__order", "order").first()
    assert first.text in content
    assert "Tussen wie speelt het?" in content
    assert "Het advies verschijnt hier." in content


def test_a_description_is_read_once_and_its_suggestions_are_shown_with_their_words(client_in):
    content = post(client_in, q=PSYCHOSIS).content.decode()
    assert "We hebben je beschrijving gelezen." in content
    assert "voorgesteld" in content
    assert "psychose" in content.split("voorgesteld", 1)[1]
    assert f'name="gelezen" value="{text_fingerprint(PSYCHOSIS)}"' in content
    # The care need is suggested as "yes" and the level is only a suggestion: look first.
    assert is_checked(content, "zorgvraag", "yes")
    assert "Eerst: goed kijken" in content
    assert "Dit is een voorstel" in content


def test_what_the_professional_unticks_stays_unticked(client_in):
    first = post(client_in, q=PSYCHOSIS)
    ticked = [
        slug
        for slug in Signal.objects.values_list("slug", flat=True)
        if is_checked(first.content.decode(), "signaal", slug)
    ]
    # Confirm with one signal of the lowest level only: the description is not read again.
    calm = Signal.objects.get(level_id="ongemak", order=1)
    content = post(
        client_in, q=PSYCHOSIS, gelezen=text_fingerprint(PSYCHOSIS), signaal=[calm.slug]
    ).content.decode()
    assert "We hebben je beschrijving gelezen." not in content
    assert "Advies voor het niveau Ongemak" in content
    assert "Je vinkte aan:" in content and calm.text in content
    assert "Eerst: goed kijken" not in content
    assert ticked  # the first round did tick something
    assert is_checked(content, "signaal", calm.slug)
    assert not any(is_checked(content, "signaal", slug) for slug in ticked if slug != calm.slug)


def test_a_chosen_level_and_a_care_need_never_advise_mediation(client_in):
    content = post(
        client_in, niveau="incidenten", zorgvraag="yes", wie="one_resident"
    ).content.decode()
    approaches = content.split("Aanpakken die passen")[1].split("Hulpmiddelen")[0]
    assert "Mediation" not in approaches and "Buurtbemiddeling" not in approaches
    warnings = content.split("Liever nu niet")[1].split("</ul>")[0]
    assert "Buurtbemiddeling" in warnings or "Mediation" in warnings


def test_without_a_level_it_asks_for_the_missing_answer_instead_of_an_empty_advice(client_in):
    content = post(client_in, q="Het is een wijk met veel groen.").content.decode()
    assert "We missen nog één antwoord" in content
    assert "Advies voor het niveau" not in content


def test_a_get_link_never_carries_the_description(client_in):
    content = client_in.get(URL, {"q": "Geheime tekst", "niveau": "spanning"}).content.decode()
    assert "Geheime tekst" not in content
    assert "Advies voor het niveau Spanning" in content


def test_personal_data_in_the_description_is_refused_and_the_text_kept(client_in):
    text = "De buurman op Kerkstraat 12 maakt herrie."
    content = post(client_in, q=text, niveau="spanning").content.decode()
    assert "persoonsgegevens" in content
    assert text in content
    assert "Advies voor het niveau" not in content


def test_an_unknown_level_gives_a_dutch_error_and_keeps_the_input(client_in):
    content = post(client_in, niveau="paniek", q="Mijn tekst").content.decode()
    assert "Dit niveau bestaat niet" in content
    assert "Mijn tekst" in content


def test_the_advice_can_become_a_situation_without_retyping(client_in):
    content = post(client_in, q=PSYCHOSIS, niveau="incidenten").content.decode()
    handoff = content.split('action="/situaties/nieuw/"')[1].split("</form>")[0]
    assert 'name="van_advies" value="1"' in handoff
    assert "psychose" in handoff  # the description goes along, posted, never in a URL
    assert 'name="level" value="incidenten"' in handoff
    assert 'name="care_need" value="yes"' in handoff


def test_two_situations_at_one_level_but_of_different_types_get_different_advice(client_in):
    households = get_json(
        client_in, niveau="incidenten", wie="households", aanspreekbaar="yes"
    ).json()
    crime = get_json(client_in, niveau="incidenten", strafbaar="yes").json()
    assert households["situation_type"] == "burenconflict"
    assert crime["situation_type"] == "strafbaar-feit"
    assert formats(households)[:5] != formats(crime)[:5]
    assert "buurtbemiddeling" not in formats(crime)
    assert {"melding-antidiscriminatievoorziening", "steun-bij-aangifte"} & set(formats(crime)[:5])


# ------------------------------------------------------------ JSON API


def test_the_json_api_keeps_its_documented_parameters(client_in):
    data = get_json(client_in, niveau="spanning", doel="begrip-vergroten").json()
    assert (data["level"], data["level_source"], data["level_certain"]) == (
        "spanning",
        "chosen",
        True,
    )
    assert "dialoogbijeenkomst" in formats(data)
    between_groups = get_json(client_in, niveau="spanning", doel="begrip-vergroten", wie="groups")
    assert "dialoogbijeenkomst" in formats(between_groups.json())[:3]
    first = data["recommended"][0]
    assert set(first) == {"slug", "name", "kind", "fit", "score", "reasons"}
    assert first["reasons"][0].startswith("past bij spanning")
    fits = [item["fit"] for item in data["recommended"] if item["kind"] == "meeting_format"]
    assert fits == sorted(fits, key=lambda fit: fit != "recommended")
    assert sum(w["up_front"] for w in data["warnings"]) <= 3
    assert data["learning"]


def test_the_json_api_accepts_the_same_as_a_post(client_in):
    via_get = get_json(client_in, niveau="spanning", zorgvraag="no").json()
    via_post = client_in.post(
        URL, {"format": "json", "niveau": "spanning", "zorgvraag": "no"}
    ).json()
    assert via_get == via_post


def test_the_json_api_suggests_from_q_with_the_words_and_a_confidence(client_in):
    data = get_json(client_in, q=PSYCHOSIS).json()
    assert data["level_source"] == "suggested"
    assert data["level_certain"] is False
    suggestion = data["suggestion"]
    assert suggestion["confidence"] in {"low", "medium", "high"}
    assert suggestion["level"]["value"] == data["level"]
    assert suggestion["signals"] and all(s["words"] for s in suggestion["signals"])
    assert suggestion["triage"]["zorgvraag"]["answer"] == "yes"
    assert any("psychose" in word for word in suggestion["triage"]["zorgvraag"]["words"])
    assert [item["slug"] for item in data["look_first"]]
    assert "mediation-professionals" not in formats(data)
    assert "buurtbemiddeling" not in formats(data)


def test_ticked_signals_decide_the_level(client_in):
    signal = Signal.objects.filter(level_id="escalatie", phase="aftercare").first()
    data = get_json(client_in, signaal=signal.slug).json()
    assert (data["level"], data["level_source"], data["phase"]) == (
        "escalatie",
        "signals",
        "aftercare",
    )
    assert data["level_because"][0]["slug"] == signal.slug


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "niveau"),
        ({"q": "Mooie wijk."}, "niveau"),
        ({"niveau": "paniek"}, "niveau"),
        ({"niveau": "spanning", "doel": "geluk"}, "doel"),
        ({"niveau": "spanning", "doelgroep": "marsmannetjes"}, "doelgroep"),
        ({"niveau": "spanning", "zorgvraag": "misschien"}, "zorgvraag"),
        ({"niveau": "spanning", "signaal": "bestaat-niet"}, "signaal"),
        ({"niveau": "spanning", "q": "x" * 2001}, "q"),
    ],
)
def test_the_json_api_names_the_wrong_parameter(client_in, params, parameter):
    response = get_json(client_in, **params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert response.json()["error"]


def test_colleagues_outcomes_count_per_level_and_type_from_five_on(client_in):
    from tests.situations.factories import DeploymentFactory

    groups = SituationType.objects.get(slug="tussen-groepen")
    for outcome in ("worked", "worked", "worked", "did_not_work"):
        DeploymentFactory(
            activity__slug="dialoogbijeenkomst",
            level_id="spanning",
            outcome=outcome,
            situation__situation_type=groups,
        )
    params = {"niveau": "spanning", "wie": "groups"}

    def dialogue_reasons():
        data = get_json(client_in, **params).json()
        return next(i for i in data["recommended"] if i["slug"] == "dialoogbijeenkomst")["reasons"]

    assert not any("collega" in reason for reason in dialogue_reasons())
    DeploymentFactory(
        activity__slug="dialoogbijeenkomst",
        level_id="spanning",
        outcome="worked",
        situation__situation_type=groups,
    )
    assert (
        "werkte 4 van de 5 keer bij collega's op hetzelfde niveau en type situatie"
        in dialogue_reasons()
    )


def test_the_json_api_uses_a_fixed_number_of_queries(login, worker, db, django_assert_num_queries):
    client = login(worker)
    ActivityFactory.create_batch(3, fits={"spanning": "recommended"})
    # session, user, the role (must this user use a second factor?), form choices (levels),
    # signals, the catalogue's fingerprint, 6 queries to read the catalogue, colleagues'
    # outcomes, 4 vocabulary names (levels, goals, groups, types)
    with django_assert_num_queries(17):
        assert get_json(client, niveau="spanning").status_code == 200
    # Unchanged: the catalogue is not read again.
    with django_assert_num_queries(11):
        assert get_json(client, niveau="spanning").status_code == 200
    # A curator's change is seen at once, and more activities cost no more queries.
    ActivityFactory.create_batch(40, fits={"spanning": "recommended", "ongemak": "avoid"})
    with django_assert_num_queries(17):
        assert len(formats(get_json(client, niveau="spanning").json())) == 8


def test_the_cached_catalogue_follows_a_curators_edit(client_in):
    from activities.models import Activity

    params = {"niveau": "spanning", "wie": "groups", "doel": "begrip-vergroten"}
    assert "dialoogbijeenkomst" in formats(get_json(client_in, **params).json())
    dialogue = Activity.objects.get(slug="dialoogbijeenkomst")
    dialogue.fits.filter(level_id="spanning").update(fit="avoid")
    dialogue.save()  # the admin and the loader save the activity with its fits
    data = get_json(client_in, **params).json()
    assert "dialoogbijeenkomst" not in formats(data)
    assert "dialoogbijeenkomst" in {w["slug"] for w in data["warnings"]}
    Activity.objects.filter(slug="dialoogbijeenkomst").update(is_published=False)
    data = get_json(client_in, **params).json()
    assert "dialoogbijeenkomst" not in {w["slug"] for w in data["warnings"]}


# ------------------------------------------------------------ advice for a saved situation


@pytest.fixture
def vulnerable_situation(worker, team, catalogue):
    from tests.situations.factories import NeighbourhoodFactory, SituationFactory, level

    return SituationFactory(
        title="Onrust in het portiek",
        description="Een bewoner met verward gedrag maakt 's nachts lawaai.",
        team=team,
        neighbourhood=NeighbourhoodFactory(name="Molenkwartier", teams=[team]),
        owner=worker,
        level=level("incidenten"),
        parties="one_resident",
        care_need="yes",
        situation_type=SituationType.objects.get(slug="overlast-een-bewoner"),
    )


def test_a_saved_situation_gets_advice_from_its_own_triage(client_in, vulnerable_situation):
    content = client_in.get(
        reverse("advice:situation", args=[vulnerable_situation.pk])
    ).content.decode()
    assert "Advies voor ‘Onrust in het portiek’" in content
    approaches = content.split("Aanpakken die passen")[1].split("Hulpmiddelen")[0]
    assert "wijk-GGD" in approaches
    # The sentence specific to each activity stands out; shared traits are one short line.
    assert "past bij incidenten:" in approaches
    assert "Sluit aan bij:</span> deze soort situatie" in approaches
    assert "Mediation" not in approaches and "Buurtbemiddeling" not in approaches
    assert "Vastleggen als ingezet" in content


def test_one_click_records_an_advised_activity_as_tried(client_in, vulnerable_situation):
    url = reverse("advice:deploy", args=[vulnerable_situation.pk, "wijk-ggd-er"])
    response = client_in.post(url, follow=True)
    deployment = vulnerable_situation.deployments.get()
    assert (deployment.activity.slug, deployment.outcome, deployment.level_id) == (
        "wijk-ggd-er",
        "unknown",
        "incidenten",
    )
    assert response.redirect_chain[-1][0] == (
        f"{vulnerable_situation.get_absolute_url()}?ingezet={deployment.pk}"
    )
    content = response.content.decode()
    assert "is vastgelegd als vandaag ingezet" in content
    undo = reverse("situations:deployment_undo", args=[vulnerable_situation.pk, deployment.pk])
    assert f'action="{undo}"' in content


def test_a_second_click_on_record_as_tried_records_nothing_new(client_in, vulnerable_situation):
    url = reverse("advice:deploy", args=[vulnerable_situation.pk, "wijk-ggd-er"])
    first = client_in.post(url)
    second = client_in.post(url, follow=True)
    deployment = vulnerable_situation.deployments.get()
    assert first["Location"] == second.redirect_chain[-1][0]
    assert second.redirect_chain[-1][0].endswith(f"?ingezet={deployment.pk}")
    already = gettext("“%(name)s” was already recorded as tried. It is recorded once.")
    assert escape(already % {"name": deployment.activity.name}) in second.content.decode()


def test_recording_needs_a_post(client_in, vulnerable_situation):
    url = reverse("advice:deploy", args=[vulnerable_situation.pk, "wijk-ggd-er"])
    assert client_in.get(url).status_code == 405
    assert not vulnerable_situation.deployments.exists()


def test_another_team_gets_404_on_a_situations_advice(login, outsider, vulnerable_situation):
    client = login(outsider)
    assert (
        client.get(reverse("advice:situation", args=[vulnerable_situation.pk])).status_code == 404
    )
    url = reverse("advice:deploy", args=[vulnerable_situation.pk, "wijk-ggd-er"])
    assert client.post(url).status_code == 404
    assert not vulnerable_situation.deployments.exists()


def test_an_unpublished_activity_cannot_be_recorded(client_in, vulnerable_situation):
    from activities.models import Activity

    Activity.objects.filter(slug="wijk-ggd-er").update(is_published=False)
    url = reverse("advice:deploy", args=[vulnerable_situation.pk, "wijk-ggd-er"])
    assert client_in.post(url).status_code == 404
