"""Curators manage neighbourhoods in the admin; situations stay out of it."""

from django.urls import NoReverseMatch, reverse

from situations.models import Neighbourhood, Situation


def test_a_curator_manages_neighbourhoods(login, curator, team):
    client = login(curator)
    assert client.get(reverse("admin:situations_neighbourhood_changelist")).status_code == 200
    response = client.post(
        reverse("admin:situations_neighbourhood_add"),
        {
            "name": "Molenkwartier",
            "municipality": "Voorbeeldstad",
            "cbs_code": "",
            "teams": [team.pk],
        },
    )
    assert response.status_code == 302
    assert list(Neighbourhood.objects.get().teams.all()) == [team]


def test_the_neighbourhood_list_shows_counts_not_situation_content(login, curator, situation):
    content = (
        login(curator).get(reverse("admin:situations_neighbourhood_changelist")).content.decode()
    )
    assert "Molenkwartier" in content
    assert "Geluidsoverlast in het portiek" not in content


def test_deleting_a_neighbourhood_in_use_names_no_situation(login, curator, situation):
    url = reverse("admin:situations_neighbourhood_delete", args=[situation.neighbourhood_id])
    content = login(curator).get(url).content.decode()
    assert "Geluidsoverlast in het portiek" not in content
    assert "1 situatie van een team ligt in deze wijk" in content
    assert Situation.objects.count() == 1


def test_situations_are_not_in_the_admin():
    try:
        reverse("admin:situations_situation_changelist")
    except NoReverseMatch:
        return
    raise AssertionError("situations must stay out of the admin")
