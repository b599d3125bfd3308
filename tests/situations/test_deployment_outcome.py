"""Filling in how a recorded activity went, after the fact."""

import pytest
from django.urls import reverse

from situations import services
from situations.forms import DEPLOYMENT, loaded_initial
from tests.situations.factories import DeploymentFactory


@pytest.fixture
def deployment(situation):
    return DeploymentFactory(situation=situation, outcome="unknown", note="")


def url(deployment):
    return reverse("situations:deployment_update", args=[deployment.situation_id, deployment.pk])


def outcome_post(deployment, **overrides):
    """The outcome form as loaded now (version and signed snapshot), with ``overrides``."""
    data = {
        **loaded_initial(
            kind=DEPLOYMENT, instance=deployment, values=services.deployment_snapshot(deployment)
        ),
        "outcome": deployment.outcome,
        "note": deployment.note,
    }
    data.update(overrides)
    return data


def test_it_saves_the_outcome_and_note(login, worker, deployment):
    response = login(worker).post(
        url(deployment),
        outcome_post(deployment, outcome="worked", note="Bewoners bleven na afloop nog praten."),
        follow=True,
    )
    deployment.refresh_from_db()
    assert (deployment.outcome, deployment.note) == (
        "worked",
        "Bewoners bleven na afloop nog praten.",
    )
    assert response.redirect_chain[-1][0] == deployment.situation.get_absolute_url()
    assert "is opgeslagen" in response.content.decode()


def test_the_detail_page_links_to_outcome_and_reflection(login, worker, deployment):
    content = login(worker).get(deployment.situation.get_absolute_url()).content.decode()
    assert f'href="{url(deployment)}"' in content
    assert f"?inzet={deployment.pk}" in content
    assert f"?situatie={deployment.situation_id}" in content


def test_personal_data_in_the_note_is_refused_and_kept(login, worker, deployment):
    response = login(worker).post(
        url(deployment), outcome_post(deployment, outcome="partly", note="Bel haar op 06-12345678.")
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "telefoonnummer" in content
    assert "Bel haar op 06-12345678." in content
    deployment.refresh_from_db()
    assert deployment.outcome == "unknown"


def test_another_team_gets_404(login, outsider, deployment):
    client = login(outsider)
    assert client.get(url(deployment)).status_code == 404
    assert client.post(url(deployment), {"outcome": "worked"}).status_code == 404
    deployment.refresh_from_db()
    assert deployment.outcome == "unknown"


def test_a_deployment_of_another_situation_is_not_found(login, worker, situation, other_situation):
    foreign = DeploymentFactory(situation=other_situation)
    wrong = reverse("situations:deployment_update", args=[situation.pk, foreign.pk])
    assert login(worker).get(wrong).status_code == 404
