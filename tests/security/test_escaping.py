"""What people type is shown as text, never run as HTML or script, on every page that shows it."""

from django.urls import reverse

from tests.reflections.factories import FeedbackFactory, ReflectionFactory
from tests.situations.factories import DeploymentFactory, ObservationFactory

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_situation_texts_are_escaped_everywhere(login, worker, situation):
    situation.title = f"Titel {SCRIPT}"
    situation.description = f"Beschrijving {SCRIPT}"
    situation.themes = f"thema {SCRIPT}"
    situation.save()
    ObservationFactory(situation=situation, note=f"Waarneming {SCRIPT}")
    DeploymentFactory(situation=situation, note=f"Inzet {SCRIPT}")
    ReflectionFactory(author=worker, situation=situation, title=f"Reflectie {SCRIPT}")
    client = login(worker)
    for url in (
        reverse("situations:list"),
        reverse("situations:detail", args=[situation.pk]),
        reverse("situations:update", args=[situation.pk]),
        reverse("situations:delete", args=[situation.pk]),
        reverse("advice:situation", args=[situation.pk]),
        reverse("situations:observation_add", args=[situation.pk]),
        reverse("reflections:list"),
        reverse("reflections:create") + f"?situatie={situation.pk}",
        reverse("reflections:create") + "?model=starr",
        reverse("reflections:export") + "?format=print",
    ):
        content = client.get(url).content.decode()
        assert SCRIPT not in content, url
    assert ESCAPED in client.get(reverse("situations:detail", args=[situation.pk])).content.decode()


def test_reflection_texts_and_feedback_are_escaped(login, worker, lead):
    reflection = ReflectionFactory(
        author=worker,
        status="submitted",
        title=f"Titel {SCRIPT}",
        learning_points=f"Leerpunt {SCRIPT}",
        answers={"situation": SCRIPT, "task": "x", "action": "x", "result": "x", "reflection": "x"},
    )
    FeedbackFactory(reflection=reflection, author=lead, text=f"Feedback {SCRIPT}")
    for user in (worker, lead):
        client = login(user)
        for url in (reflection.get_absolute_url(), reverse("reflections:review_queue")):
            response = client.get(url)
            if response.status_code == 200:
                assert SCRIPT not in response.content.decode(), (user, url)


def test_the_advice_questionnaire_escapes_what_was_typed(login, worker, levels):
    client = login(worker)
    response = client.post(reverse("advice:questionnaire"), {"q": SCRIPT})
    assert SCRIPT not in response.content.decode()
    response = client.post(reverse("advice:questionnaire"), {"q": SCRIPT, "niveau": "spanning"})
    assert SCRIPT not in response.content.decode()
    response = client.get(reverse("advice:questionnaire"), {"doel": SCRIPT})
    assert SCRIPT not in response.content.decode()
