"""scan_personal_data: old notes that the guard would now refuse or hold, reported by model, id,
field and kind — never the text itself."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.reflections.factories import FeedbackFactory, ReflectionFactory
from tests.situations.factories import DeploymentFactory, ObservationFactory, SituationFactory


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("scan_personal_data", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error.returncode
    return out.getvalue(), err.getvalue(), 0


def rows(output):
    return sorted(tuple(line.split("\t")) for line in output.splitlines() if "\t" in line)


@pytest.mark.django_db
def test_clean_records_report_nothing(levels):
    SituationFactory(description="Geluid in het portiek, 3 keer per week.")
    out, _err, code = run()
    assert code == 0
    assert "0 finding(s)." in out


@pytest.mark.django_db
def test_it_reports_model_id_field_and_kind_and_never_the_text(levels):
    situation = SituationFactory(description="Bel mevrouw op 06-12345678.", themes="geluid")
    observation = ObservationFactory(situation=situation, note="Woont op Kerkstraat 12a.")
    deployment = DeploymentFactory(situation=situation, note="Mevrouw Jansen kwam ook.")
    reflection = ReflectionFactory(
        answers={"situatie": "Hij mailde vanaf piet@example.nl"}, learning_points="Rust."
    )
    feedback = FeedbackFactory(reflection=reflection, text="Geboren op 12-03-1985? Weglaten.")
    out, err, code = run()
    assert code == 1
    assert rows(out) == sorted(
        [
            ("situations.situation", str(situation.pk), "description", "phone", "refused"),
            ("situations.observation", str(observation.pk), "note", "address", "refused"),
            ("situations.deployment", str(deployment.pk), "note", "name", "held"),
            ("reflections.reflection", str(reflection.pk), "answers", "email", "refused"),
            ("reflections.feedback", str(feedback.pk), "text", "birth_date", "refused"),
        ]
    )
    for secret in ("06-12345678", "Kerkstraat", "Jansen", "piet@", "1985"):
        assert secret not in out + err
    assert "5 finding(s)." in err


@pytest.mark.django_db
def test_hard_only_leaves_out_possible_names(levels):
    SituationFactory(description="Mevrouw Jansen klaagt.")
    out, _err, code = run("--hard-only")
    assert (rows(out), code) == ([], 0)
