"""The advice pages and the JSON API, against the real catalogue loaded into the database."""

from pathlib import Path

import pytest
from django.urls import reverse

from activities.catalogue_io import load_catalogue, read_fixtures
from tests.activities.factories import ActivityFactory

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def catalogue(db):
    load_catalogue(*read_fixtures(FIXTURES))


@pytest.fixture
def client_in(login, worker, catalogue):
    return login(worker)


def get_json(client, **params):
    return client.get(reverse("advice"), {"format": "json", **params})


def test_the_questionnaire_shows_the_four_levels_with_their_signals(client_in):
    content = client_in.get(reverse("advice")).content.decode()
    for name in ("Ongemak", "Spanning", "Incidenten", "Escalatie"):
        assert f">{name}</span>" in content
    assert "Signalen" in content
    assert "Wat speelt er?" in content
    assert "Het advies verschijnt hier." in content


def test_it_gives_advice_with_reasons_and_warnings_without_javascript(client_in):
    response = client_in.get(reverse("advice"), {"niveau": "spanning", "doel": "begrip-vergroten"})
    content = response.content.decode()
    assert "Advies voor het niveau Spanning" in content
    assert "Dialoogbijeenkomst" in content
    assert "dient je doel: begrip vergroten" in content
    warnings = content.split("Liever nu niet")[1].split("</ul>")[0]
    assert "Buurt-bbq" in warnings
    assert 'value="spanning" checked' in content


def test_it_suggests_a_level_from_the_description(client_in):
    content = client_in.get(
        reverse("advice"), {"q": "Er is veel onbegrip, mensen mijden elkaar en er is wantrouwen."}
    ).content.decode()
    assert "Op basis van je beschrijving gaan we uit van: Spanning" in content
    assert "onbegrip" in content


def test_it_shows_both_when_choice_and_description_differ(client_in):
    content = client_in.get(
        reverse("advice"),
        {"niveau": "ongemak", "q": "Er was een vechtpartij en er wordt opgeroepen tot geweld."},
    ).content.decode()
    assert "Je koos Ongemak. Je beschrijving lijkt meer op Escalatie." in content


def test_an_unknown_level_gives_a_dutch_error_and_keeps_the_input(client_in):
    content = client_in.get(
        reverse("advice"), {"niveau": "paniek", "q": "Mijn tekst"}
    ).content.decode()
    assert "Dit niveau bestaat niet" in content
    assert "Mijn tekst" in content


def test_the_json_api_gives_ranked_advice(client_in):
    data = get_json(client_in, niveau="spanning", doel="begrip-vergroten").json()
    assert data["level"] == "spanning"
    assert data["level_source"] == "chosen"
    formats = [item["slug"] for item in data["recommended"] if item["kind"] == "meeting_format"]
    assert "dialoogbijeenkomst" in formats[:3]
    assert {"buurt-bbq", "informatieavond"} <= {w["slug"] for w in data["warnings"]}
    first = data["recommended"][0]
    assert set(first) == {"slug", "name", "kind", "score", "reasons"}
    assert first["reasons"][0].startswith("past bij spanning")
    scores = [item["score"] for item in data["recommended"]]
    assert scores == sorted(scores, reverse=True)
    assert data["learning"]


def test_the_json_api_suggests_a_level_from_q_and_says_so(client_in):
    data = get_json(client_in, q="Herhaald overlast en een ruzie in het portiek.").json()
    assert (data["level"], data["level_source"], data["suggested_level"]) == (
        "incidenten",
        "suggested",
        "incidenten",
    )
    assert "ruzie" in data["signals"]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "niveau"),
        ({"q": "Mooie wijk."}, "niveau"),
        ({"niveau": "paniek"}, "niveau"),
        ({"niveau": "spanning", "doel": "geluk"}, "doel"),
        ({"niveau": "spanning", "doelgroep": "marsmannetjes"}, "doelgroep"),
        ({"niveau": "spanning", "q": "x" * 2001}, "q"),
    ],
)
def test_the_json_api_names_the_wrong_parameter(client_in, params, parameter):
    response = get_json(client_in, **params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert response.json()["error"]


def test_practice_evidence_shows_up_in_the_reasons(client_in, worker):
    from tests.situations.factories import DeploymentFactory

    for outcome in ("worked", "worked", "worked", "did_not_work"):
        DeploymentFactory(activity__slug="dialoogbijeenkomst", level_id="spanning", outcome=outcome)
    data = get_json(client_in, niveau="spanning").json()
    dialogue = next(i for i in data["recommended"] if i["slug"] == "dialoogbijeenkomst")
    assert (
        "werkte 3 van de 4 keer bij collega's in een vergelijkbare situatie" in dialogue["reasons"]
    )


def test_the_json_api_uses_a_fixed_number_of_queries(login, worker, db, django_assert_num_queries):
    client = login(worker)
    ActivityFactory.create_batch(3, fits={"spanning": "recommended"})

    # session, user, niveau lookup, 5 candidate queries (activities, fits, goals, target
    # groups, evidence at the level), 3 vocabulary name queries (levels, goals, target groups)
    with django_assert_num_queries(11):
        assert get_json(client, niveau="spanning").status_code == 200
    ActivityFactory.create_batch(40, fits={"spanning": "recommended", "ongemak": "avoid"})
    with django_assert_num_queries(11):
        assert len(get_json(client, niveau="spanning").json()["recommended"]) == 8


# ------------------------------------------------------------ advice for a saved situation


@pytest.fixture
def tense_situation(worker, team, catalogue):
    from activities.models import Goal
    from tests.situations.factories import NeighbourhoodFactory, SituationFactory, level

    situation = SituationFactory(
        title="Oud en nieuw in de flat",
        description="Oude en nieuwe bewoners begrijpen elkaar niet en mijden elkaar.",
        team=team,
        neighbourhood=NeighbourhoodFactory(name="Molenkwartier", teams=[team]),
        owner=worker,
        level=level("spanning"),
    )
    situation.goals.add(Goal.objects.get(slug="begrip-vergroten"))
    return situation


def test_a_situation_gets_advice_from_its_own_traits(client_in, tense_situation):
    url = reverse("situations:advice", args=[tense_situation.pk])
    content = client_in.get(url).content.decode()
    assert "Advies voor ‘Oud en nieuw in de flat’" in content
    assert "Dialoogbijeenkomst" in content
    assert "Vastleggen als ingezet" in content
    assert "Buurt-bbq" in content.split("Liever nu niet")[1].split("</ul>")[0]


def test_one_click_records_an_advised_activity_as_tried(client_in, tense_situation):
    url = reverse("situations:advice_deploy", args=[tense_situation.pk, "dialoogbijeenkomst"])
    response = client_in.post(url, follow=True)
    deployment = tense_situation.deployments.get()
    assert (deployment.activity.slug, deployment.outcome, deployment.level_id) == (
        "dialoogbijeenkomst",
        "unknown",
        "spanning",
    )
    assert response.redirect_chain[-1][0] == tense_situation.get_absolute_url()
    assert "is vastgelegd als vandaag ingezet" in response.content.decode()


def test_recording_needs_a_post(client_in, tense_situation):
    url = reverse("situations:advice_deploy", args=[tense_situation.pk, "dialoogbijeenkomst"])
    assert client_in.get(url).status_code == 405
    assert not tense_situation.deployments.exists()


def test_another_team_gets_404_on_a_situations_advice(login, outsider, tense_situation):
    client = login(outsider)
    assert client.get(reverse("situations:advice", args=[tense_situation.pk])).status_code == 404
    url = reverse("situations:advice_deploy", args=[tense_situation.pk, "dialoogbijeenkomst"])
    assert client.post(url).status_code == 404
    assert not tense_situation.deployments.exists()


def test_an_unpublished_activity_cannot_be_recorded(client_in, tense_situation):
    from activities.models import Activity

    Activity.objects.filter(slug="dialoogbijeenkomst").update(is_published=False)
    url = reverse("situations:advice_deploy", args=[tense_situation.pk, "dialoogbijeenkomst"])
    assert client_in.post(url).status_code == 404
