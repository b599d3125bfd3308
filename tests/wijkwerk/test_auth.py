from django.urls import reverse

from tests.accounts.factories import PASSWORD


def test_the_login_page_is_dutch(client, db):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="nl">' in content
    assert "Inloggen" in content
    assert "Gebruikersnaam" in content
    assert 'href="#main"' in content  # skip link


def test_it_logs_in_and_lands_on_the_dashboard(client, worker):
    response = client.post(
        reverse("login"), {"username": worker.username, "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("dashboard")
    assert "Fijn dat je er bent" in response.content.decode()


def test_a_wrong_password_gives_a_dutch_error_and_keeps_the_user_name(client, worker):
    response = client.post(reverse("login"), {"username": worker.username, "password": "fout"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in content
    assert f'value="{worker.username}"' in content


def test_it_logs_out_with_a_post(login, worker):
    client = login(worker)
    response = client.post(reverse("logout"))
    assert "Je bent uitgelogd" in response.content.decode()
    assert client.get(reverse("dashboard")).status_code == 302


def test_it_changes_the_password(login, worker):
    client = login(worker)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Nieuw-wachtw00rd!",
            "new_password2": "Nieuw-wachtw00rd!",
        },
        follow=True,
    )
    assert "Je wachtwoord is gewijzigd" in response.content.decode()
    worker.refresh_from_db()
    assert worker.check_password("Nieuw-wachtw00rd!") is True


def test_english_is_selectable(login, worker):
    client = login(worker)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert "Good to see you" in client.get("/").content.decode()


def test_the_interface_is_dutch_even_for_an_english_browser(client, db):
    response = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert "Gebruikersnaam" in response.content.decode()
