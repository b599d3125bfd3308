"""The reflection models, defined once: each with its ordered prompts and plain-Dutch help.

Plain code, no database: a reflection stores its model's ``key`` and its answers as
``{prompt_key: text}``, so every reflection can be shown, exported and compared whatever
model it used. Adding a model means adding one ``ReflectionModel`` to ``MODELS``.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Prompt:
    key: str
    label: str
    help_text: str


@dataclass(frozen=True)
class ReflectionModel:
    key: str
    label: str
    description: str
    prompts: tuple[Prompt, ...]

    @property
    def prompt_keys(self) -> tuple[str, ...]:
        return tuple(prompt.key for prompt in self.prompts)

    def prompt(self, key: str) -> Prompt:
        for prompt in self.prompts:
            if prompt.key == key:
                return prompt
        raise KeyError(key)


STARR = ReflectionModel(
    key="starr",
    label=_("STARR"),
    description=_(
        "Five steps from what happened to what you learned. Good for one concrete event, such as a "
        "conversation or a meeting."
    ),
    prompts=(
        Prompt(
            "situation",
            pgettext_lazy("reflection prompt", "Situation"),
            _(
                "What happened? Where and when was it, and who were there? Describe roles, not "
                "names of residents."
            ),
        ),
        Prompt(
            "task",
            pgettext_lazy("reflection prompt", "Task"),
            _("What was your task or your goal? What did others expect of you?"),
        ),
        Prompt(
            "action",
            pgettext_lazy("reflection prompt", "Action"),
            _("What did you do and say? What did you think and feel while you did it?"),
        ),
        Prompt(
            "result",
            pgettext_lazy("reflection prompt", "Result"),
            _("What came of it? How did the others react? Did you reach your goal?"),
        ),
        Prompt(
            "reflection",
            pgettext_lazy("reflection prompt", "Reflection"),
            _(
                "Look back: what went well, and what would you do differently next time? What "
                "does this say about how you work?"
            ),
        ),
    ),
)

KORTHAGEN = ReflectionModel(
    key="korthagen",
    label=_("Korthagen's reflection cycle"),
    description=_(
        "Five phases that go round in a circle. You look at thoughts and feelings too, of yourself "
        "and of the other. Good when you want to dig deeper or try something new."
    ),
    prompts=(
        Prompt(
            "acting",
            pgettext_lazy("reflection prompt", "1. Acting"),
            _("Describe the experience: what did you do, and what did you want to achieve?"),
        ),
        Prompt(
            "looking_back",
            pgettext_lazy("reflection prompt", "2. Looking back"),
            _(
                "What did you want, do, think and feel? And what do you think the other person "
                "wanted, did, thought and felt?"
            ),
        ),
        Prompt(
            "essential_aspects",
            pgettext_lazy("reflection prompt", "3. Becoming aware of essential aspects"),
            _(
                "What is the core? What strikes you when you compare your answers? What does this "
                "mean for you?"
            ),
        ),
        Prompt(
            "alternatives",
            pgettext_lazy("reflection prompt", "4. Developing alternatives"),
            _(
                "What else could you do next time? Think of more than one option, and the pros "
                "and cons of each."
            ),
        ),
        Prompt(
            "trying_out",
            pgettext_lazy("reflection prompt", "5. Trying out"),
            _(
                "Which option will you try, and when? How will you know whether it worked? This "
                "is the start of your next cycle."
            ),
        ),
    ),
)

SHORT = ReflectionModel(
    key="short",
    label=_("Short reflection: four questions"),
    description=_(
        "Four short questions about a conversation you had or led. Quick to fill in, for example "
        "right after a meeting with residents with different backgrounds."
    ),
    prompts=(
        Prompt(
            "conversation",
            _("How did the conversation go?"),
            _("Tell briefly what the conversation was about and how it went."),
        ),
        Prompt(
            "own_part",
            _("What did you do?"),
            _("What was your part? Think of what you said, asked or left out."),
        ),
        Prompt(
            "what_worked",
            _("What worked?"),
            _("What helped the conversation? What did you see or hear that tells you so?"),
        ),
        Prompt(
            "take_along",
            _("What do you take along?"),
            _("What will you do the same or differently in your next conversations?"),
        ),
    ),
)

MODELS: dict[str, ReflectionModel] = {model.key: model for model in (STARR, KORTHAGEN, SHORT)}

MODEL_CHOICES = [(model.key, model.label) for model in MODELS.values()]


def get_model(key: str) -> ReflectionModel | None:
    """The reflection model with this key, or None for an unknown key."""
    return MODELS.get(key)


def answer_errors(model_key: str, answers) -> list[str]:
    """English reasons why ``answers`` does not fit the model's prompts (empty list: it fits).

    Answers are a mapping ``{prompt_key: text}``; missing prompts are allowed (a draft may be
    half done), unknown prompts and non-text values are not.
    """
    model = get_model(model_key)
    if model is None:
        return [f"unknown reflection model {model_key!r}"]
    if not isinstance(answers, dict):
        return ["answers must be a mapping of prompt keys to texts"]
    errors = [f"unknown prompt {key!r}" for key in answers if key not in model.prompt_keys]
    errors += [
        f"the answer to {key!r} is not text"
        for key, value in answers.items()
        if not isinstance(value, str)
    ]
    return errors


def ordered_answers(model_key: str, answers: dict) -> list[tuple[Prompt, str]]:
    """The model's prompts in order, each with its answer ('' when not answered)."""
    model = get_model(model_key)
    if model is None:
        return []
    return [(prompt, (answers or {}).get(prompt.key, "")) for prompt in model.prompts]
