"""Sessions that lose nothing: idle timeout and maximum, the keep-alive, and a form posted after
the session ended coming back after logging in (wijkwerk/sessions.py)."""

import json
import re
import time

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext

from reflections.models import Reflection
from situations.models import Situation
from tests.accounts.factories import PASSWORD, make_worker
from tests.situations.factories import NeighbourhoodFactory, SituationFactory, all_levels
from tests.situations.formdata import situation_post
from wijkwerk import sessions

MINUTE = 60
CREATE = "/situaties/nieuw/"


def nl(msgid, context=None):
    """The text as the Dutch interface shows it (the msgid until it is translated)."""
    with translation.override("nl"):
        return str(pgettext(context, msgid) if context else gettext(msgid))


def log_in(client, user, next_url=None):
    """Log in through the log-in page, as a browser does (that starts the session's clock)."""
    url = reverse("login") + (f"?next={next_url}" if next_url else "")
    data = {"username": user.username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def go_back_in_time(client, *, idle=0, since_login=0):
    """Pretend the last request was ``idle`` seconds ago and the log-in ``since_login`` seconds
    before that moment."""
    session = client.session
    session[sessions.LAST_ACTIVITY] -= idle
    session[sessions.LOGIN_AT] -= idle + since_login
    session.save()


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def restored_data(response):
    match = re.search(
        r'<script id="restored-form-data" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    return json.loads(match.group(1)) if match else None


@pytest.fixture
def place(team):
    all_levels()
    return NeighbourhoodFactory(name="Molenkwartier", teams=[team])


# Idle timeout and maximum ---------------------------------------------------------------------


def test_it_starts_the_clock_when_logging_in(client, worker):
    before = time.time()
    log_in(client, worker)
    session = client.session
    assert before <= session[sessions.LOGIN_AT] <= time.time()
    assert session[sessions.LAST_ACTIVITY] == session[sessions.LOGIN_AT]


def test_it_logs_out_after_the_idle_time(client, worker):
    log_in(client, worker)
    go_back_in_time(client, idle=30 * MINUTE + 1)
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/"
    assert logged_in(client) is False
    page = client.get(response["Location"]).content.decode()
    assert nl("You were inactive for too long and have been logged out. Log in again.") in page


def test_a_request_within_the_idle_time_keeps_the_session(client, worker):
    log_in(client, worker)
    go_back_in_time(client, idle=29 * MINUTE)
    assert client.get("/").status_code == 200
    assert time.time() - client.session[sessions.LAST_ACTIVITY] < 5
    assert logged_in(client) is True


def test_it_writes_the_last_activity_at_most_once_a_minute(client, worker):
    log_in(client, worker)
    go_back_in_time(client, idle=30)
    stored = client.session[sessions.LAST_ACTIVITY]
    assert client.get("/").status_code == 200
    assert client.session[sessions.LAST_ACTIVITY] == stored
    go_back_in_time(client, idle=31)  # now 61 seconds ago
    assert client.get("/").status_code == 200
    assert client.session[sessions.LAST_ACTIVITY] > stored


def test_it_logs_out_after_the_maximum_even_when_active(client, worker):
    log_in(client, worker)
    go_back_in_time(client, since_login=12 * 60 * MINUTE)
    response = client.get("/situaties/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert logged_in(client) is False
    page = client.get(response["Location"]).content.decode()
    assert (
        nl("You were logged in for the maximum time and have been logged out. Log in again.")
        in page
    )


def test_the_maximum_follows_the_setting(client, worker, settings):
    settings.SESSION_COOKIE_AGE = 60 * MINUTE
    log_in(client, worker)
    go_back_in_time(client, since_login=59 * MINUTE)
    assert client.get("/").status_code == 200
    go_back_in_time(client, since_login=2 * MINUTE)
    assert client.get("/").status_code == 302


def test_a_session_made_without_the_clock_is_not_written_on_every_request(login, worker):
    """Sessions from before the timestamps (and a test's force_login) are not written just to
    add them: the query counts of the pages stay as they were. (Not the start page: it keeps
    the previous visit in the session on purpose.)"""
    client = login(worker)
    assert client.get("/situaties/").status_code == 200
    assert sessions.LAST_ACTIVITY not in client.session


# The status check and the keep-alive ----------------------------------------------------------


def test_the_status_check_says_how_long_is_left_and_is_no_activity(client, worker):
    log_in(client, worker)
    go_back_in_time(client, idle=20 * MINUTE)
    stored = client.session[sessions.LAST_ACTIVITY]
    answer = client.get(reverse("session")).json()
    assert 9 * MINUTE <= answer["remaining"] <= 10 * MINUTE
    assert answer["warning"] == 3 * MINUTE
    assert 11 * 60 * MINUTE < answer["maximum_remaining"] <= 12 * 60 * MINUTE - 20 * MINUTE
    assert client.session[sessions.LAST_ACTIVITY] == stored


def test_polling_does_not_keep_a_session_alive(client, worker):
    log_in(client, worker)
    for _ in range(3):
        go_back_in_time(client, idle=11 * MINUTE)
        client.get(reverse("session"))
    assert logged_in(client) is False


def test_the_keep_alive_resets_the_idle_timer(client, worker):
    log_in(client, worker)
    go_back_in_time(client, idle=28 * MINUTE)
    answer = client.post(reverse("session")).json()
    assert answer["remaining"] >= 30 * MINUTE - 5
    go_back_in_time(client, idle=20 * MINUTE)  # 48 minutes after the last page
    assert client.get("/").status_code == 200


def test_the_keep_alive_needs_the_csrf_token(worker):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(worker)
    assert client.post(reverse("session")).status_code == 403
    token = client.get("/").context["csrf_token"]
    assert client.post(reverse("session"), HTTP_X_CSRFTOKEN=str(token)).status_code == 200


def test_the_keep_alive_cannot_revive_an_ended_session(client, worker):
    log_in(client, worker)
    go_back_in_time(client, idle=31 * MINUTE)
    response = client.post(reverse("session"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert logged_in(client) is False


def test_a_logged_in_page_carries_the_warning_and_its_script(client, worker):
    log_in(client, worker)
    content = client.get("/").content.decode()
    assert 'id="session-warning"' in content and 'role="alertdialog"' in content
    assert 'data-warning="180"' in content and 'data-url="/sessie/"' in content
    assert re.search(r'data-remaining="(17\d\d|1800)"', content)
    assert 'data-csrf-token="' in content
    assert "js/session.js" in content
    assert nl("Stay logged in") in content


def test_the_log_in_page_has_no_warning(client, db):
    content = client.get(reverse("login")).content.decode()
    assert "session-warning" not in content and "js/session.js" not in content


# A form posted after the session ended --------------------------------------------------------


def post_after_expiry(client, worker, data, url=CREATE, referer=CREATE):
    log_in(client, worker)
    assert client.get(referer).status_code == 200
    go_back_in_time(client, idle=31 * MINUTE)
    return client.post(url, data, HTTP_REFERER=f"http://testserver{referer}")


def test_a_form_posted_after_the_session_ended_is_kept_and_comes_back(client, worker, place):
    data = situation_post(
        place,
        title="Ruzie om de parkeerplaatsen",
        questions=["Wie praat er met wie?"],
        csrfmiddlewaretoken="abc",
    )
    response = post_after_expiry(client, worker, data)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/situaties/nieuw/"
    assert Situation.objects.count() == 0
    login_page = client.get(response["Location"]).content.decode()
    assert (
        nl(
            "You were inactive for too long and have been logged out. Log in again; what you "
            "typed is still there."
        )
        in login_page
    )

    assert log_in(client, worker, next_url=CREATE)["Location"] == CREATE
    page = client.get(CREATE)
    kept = restored_data(page)
    assert kept["action"] == CREATE
    fields = dict(kept["fields"])
    assert fields["title"] == "Ruzie om de parkeerplaatsen"
    assert fields["leervragen-0-text"] == "Wie praat er met wie?"
    assert "csrfmiddlewaretoken" not in fields
    assert page.wsgi_request.restored_form_data["description"] == data["description"]
    content = page.content.decode()
    assert nl("Not saved yet") in content
    assert "Ruzie om de parkeerplaatsen" in content  # also readable without JavaScript
    assert Situation.objects.count() == 0  # shown, never saved by itself

    # Used once.
    assert restored_data(client.get(CREATE)) is None
    # The user saves again, with the fresh page's token: a normal save.
    response = client.post(CREATE, dict(kept["fields"]) | {"csrfmiddlewaretoken": "x"})
    situation = Situation.objects.get()
    assert response["Location"] == situation.get_absolute_url()
    assert situation.title == "Ruzie om de parkeerplaatsen"
    assert list(situation.learning_questions.values_list("text", flat=True)) == [
        "Wie praat er met wie?"
    ]


def test_the_restored_form_needs_a_fresh_csrf_token_to_be_saved(worker, place):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    page = client.get(reverse("login"))
    token = str(page.context["csrf_token"])
    client.post(
        reverse("login"),
        {"username": worker.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    token = str(client.get(CREATE).context["csrf_token"])
    go_back_in_time(client, idle=31 * MINUTE)
    data = situation_post(place, title="Zwerfafval bij de speeltuin")
    response = client.post(CREATE, data | {"csrfmiddlewaretoken": token})
    assert response["Location"].startswith("/accounts/login/")
    token = str(client.get(response["Location"]).context["csrf_token"])
    client.post(
        reverse("login") + f"?next={CREATE}",
        {"username": worker.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    page = client.get(CREATE)
    assert restored_data(page) is not None
    # Without a token the restored data is refused like any POST.
    assert client.post(CREATE, data).status_code == 403
    fresh = str(page.context["csrf_token"])
    assert client.post(CREATE, data | {"csrfmiddlewaretoken": fresh}).status_code == 302
    assert Situation.objects.get().title == "Zwerfafval bij de speeltuin"


def test_passwords_tokens_and_files_are_never_kept(client, worker, place):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = situation_post(place) | {
        "password": "geheim",
        "old_password": "geheim",
        "new_password1": "geheim",
        "otp_token": "123456",
        "csrfmiddlewaretoken": "abc",
        "bijlage": SimpleUploadedFile("notitie.txt", b"inhoud"),
    }
    post_after_expiry(client, worker, data)
    kept = client.session[sessions.KEPT][0]
    names = {name for name, _value in kept["fields"]}
    assert "title" in names
    assert not names & {"password", "old_password", "new_password1", "otp_token", "bijlage"}
    assert "csrfmiddlewaretoken" not in names
    assert "geheim" not in json.dumps(kept)


def test_restoring_never_saves_even_where_the_view_saves_every_valid_form(client, worker):
    """The reflection views save whenever the form is valid: the kept data never reaches them
    as a POST."""
    url = reverse("reflections:create") + "?model=short"
    data = {
        "title": "Gesprek bij de bushalte",
        "date": "2025-04-02",
        "category": "reflectie",
        "minutes": "45",
        "answer_conversation": "Rustig, na een stroeve start.",
        "answer_own_part": "Ik vroeg door.",
        "answer_what_worked": "Stiltes laten vallen.",
        "answer_take_along": "Meer samenvatten.",
        "learning_points": "Geduld loont.",
    }
    response = post_after_expiry(client, worker, data, url=url, referer=url)
    assert response["Location"] == "/accounts/login/?next=/reflecties/nieuw/%3Fmodel%3Dshort"
    log_in(client, worker, next_url=url)
    page = client.get(url)
    assert (
        dict(restored_data(page)["fields"])["answer_conversation"]
        == "Rustig, na een stroeve start."
    )
    assert Reflection.objects.count() == 0
    assert client.post(url, data).status_code == 302
    assert Reflection.objects.get().title == "Gesprek bij de bushalte"


def test_a_form_posted_elsewhere_comes_back_on_the_page_it_was_on(client, worker, team, place):
    situation = SituationFactory(team=team, neighbourhood=place, owner=worker)
    detail = situation.get_absolute_url()
    action = reverse("situations:close", args=[situation.pk])
    response = post_after_expiry(
        client, worker, {"note": "Afgerond na het buurtgesprek"}, url=action, referer=detail
    )
    assert response["Location"] == f"/accounts/login/?next={detail}"
    log_in(client, worker, next_url=detail)
    kept = restored_data(client.get(detail))
    assert kept == {"action": action, "fields": [["note", "Afgerond na het buurtgesprek"]]}
    situation.refresh_from_db()
    assert situation.status != "closed"


def test_a_post_with_nothing_to_keep_goes_back_to_its_page(client, worker, team, place):
    situation = SituationFactory(team=team, neighbourhood=place, owner=worker)
    detail = situation.get_absolute_url()
    action = reverse("situations:close", args=[situation.pk])
    response = post_after_expiry(
        client, worker, {"csrfmiddlewaretoken": "x"}, url=action, referer=detail
    )
    assert response["Location"] == f"/accounts/login/?next={detail}"
    assert sessions.KEPT not in client.session


def test_a_post_from_a_logged_out_browser_is_kept_too(client, worker, place):
    data = situation_post(place, title="Geluid in de nacht")
    response = client.post(CREATE, data, HTTP_REFERER=f"http://testserver{CREATE}")
    assert response["Location"] == "/accounts/login/?next=/situaties/nieuw/"
    log_in(client, worker, next_url=CREATE)
    assert dict(restored_data(client.get(CREATE))["fields"])["title"] == "Geluid in de nacht"


def test_a_referer_from_elsewhere_is_not_followed(client, worker, place):
    response = client.post(
        CREATE, situation_post(place), HTTP_REFERER="https://example.com/situaties/nieuw/"
    )
    assert response["Location"] == "/accounts/login/?next=/situaties/nieuw/"


def test_what_one_user_typed_is_never_shown_to_another(client, worker, team, place):
    post_after_expiry(client, worker, situation_post(place, title="Van Sanne"))
    colleague = make_worker(team, username="ahmed")
    log_in(client, colleague, next_url=CREATE)
    assert restored_data(client.get(CREATE)) is None
    assert sessions.KEPT not in client.session


def test_after_logging_out_what_was_typed_stays_with_that_user(client, worker, team, place):
    log_in(client, worker)
    client.post(reverse("logout"))
    client.post(CREATE, situation_post(place, title="Van Sanne"))
    colleague = make_worker(team, username="ahmed")
    log_in(client, colleague, next_url=CREATE)
    assert restored_data(client.get(CREATE)) is None


def test_the_same_user_gets_it_back_after_logging_out(client, worker, place):
    log_in(client, worker)
    client.post(reverse("logout"))
    client.post(CREATE, situation_post(place, title="Van Sanne"))
    log_in(client, worker, next_url=CREATE)
    assert dict(restored_data(client.get(CREATE))["fields"])["title"] == "Van Sanne"


def test_two_forms_are_both_kept(client, worker, team, place):
    situation = SituationFactory(team=team, neighbourhood=place, owner=worker)
    edit = reverse("situations:update", args=[situation.pk])
    post_after_expiry(client, worker, situation_post(place, title="Nieuw"))
    client.post(
        edit,
        situation_post(situation=situation, title="Gewijzigd"),
        HTTP_REFERER=f"http://testserver{edit}",
    )
    log_in(client, worker, next_url=edit)
    assert dict(restored_data(client.get(edit))["fields"])["title"] == "Gewijzigd"
    assert dict(restored_data(client.get(CREATE))["fields"])["title"] == "Nieuw"


def test_the_api_is_not_kept(client, worker, db):
    log_in(client, worker)
    go_back_in_time(client, idle=31 * MINUTE)
    response = client.post("/advies/", {"format": "json", "q": "Ruzie tussen buren"})
    assert response.status_code == 302
    assert sessions.KEPT not in client.session


def test_every_app_form_page_gets_kept_text_back(client, worker, team, place):
    """The generic part: observation, deployment and advice pages show what was kept too."""
    situation = SituationFactory(team=team, neighbourhood=place, owner=worker)
    for url, field in (
        (reverse("situations:observation_add", args=[situation.pk]), "note"),
        (reverse("situations:deployment_add", args=[situation.pk]), "note"),
        ("/advies/", "q"),
    ):
        client.logout()
        post_after_expiry(client, worker, {field: "Wat ik typte"}, url=url, referer=url)
        log_in(client, worker, next_url=url)
        kept = restored_data(client.get(url))
        assert kept == {"action": url, "fields": [[field, "Wat ik typte"]]}, url


def test_the_warning_and_the_draft_texts_are_translatable(client, worker, place):
    log_in(client, worker)
    content = client.get(CREATE).content.decode()
    assert "js/drafts.js" in content
    assert 'data-form-bound="false"' in content
    assert f'data-clear-text="{nl("Clear", "draft")}"' in content
    assert f'data-draft-user="{worker.pk}"' in content
