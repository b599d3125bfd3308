from django.urls import reverse

from wijkwerk.navigation import nav_items_for


def nav_names(user):
    return {item["url_name"] for item in nav_items_for(user)}


def test_the_dashboard_greets_the_user_in_dutch_with_role_and_team(login, worker):
    content = login(worker).get(reverse("dashboard")).content.decode()
    assert "Sociaal werker" in content
    assert "Wijkteam Noord" in content
    assert 'aria-label="Hoofdmenu"' in content
    assert "<main" in content and "<footer" in content


def test_only_curators_see_catalogue_management(worker, lead, curator):
    assert "admin:index" in nav_names(curator)
    assert "admin:index" not in nav_names(worker)
    assert "admin:index" not in nav_names(lead)


def test_a_user_without_a_role_is_told_so(login, db):
    from tests.accounts.factories import UserFactory

    content = login(UserFactory()).get("/").content.decode()
    assert "Je hebt nog geen rol" in content


def test_the_404_page_is_dutch(login, worker):
    response = login(worker).get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina is niet gevonden" in response.content.decode()


def test_the_500_page_is_dutch_and_needs_no_database(db, rf, django_assert_num_queries):
    from wijkwerk.views import error_500

    with django_assert_num_queries(0):
        response = error_500(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
