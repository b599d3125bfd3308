"""Demo reflections: the demo worker and colleague get reflections in every status, so a team
lead's first look at the review queue is not empty and every step of the review can be tried.

- a draft (half done), a submitted one, one returned for changes, one reviewed with feedback,
  and one submitted again after it was returned (so the lead sees the changes since the
  previous submission);
- linked to a demo situation and an activity used there where that makes sense;
- written for the demo only, in our own plain Dutch, without names or other personal data
  (the personal-data guard passes every text: tests/wijkwerk/test_demo.py).

Every step goes through the workflow (reflections/workflow.py), so the history, the copies of
what was submitted and the author's notifications are those of real use. Idempotent: a
reflection that already exists (same author and title) is left alone, so people's changes
stay. The ``demo`` management command calls ``create_demo_reflections`` after the situations.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from reflections import workflow
from reflections.models import Reflection
from situations.models import Deployment, Situation

SUBMIT, COMMENT, RETURN, REVIEW, EDIT = "submit", "comment", "return", "review", "edit"
LEAD_STEPS = {COMMENT, RETURN, REVIEW}
TIMESTAMPS = ["created_at", "updated_at", "submitted_at", "reviewed_at"]


@dataclass(frozen=True)
class Step:
    action: str
    text: str = ""  # the lead's words (comment, return, review)
    answers: dict = field(default_factory=dict)  # the author's edits (edit)
    learning_points: str = ""  # the author's new learning points (edit), when given


@dataclass(frozen=True)
class DemoReflection:
    author: str  # a demo username
    title: str
    model: str
    category: str
    minutes: int
    answers: dict
    learning_points: str = ""
    days_ago: int = 7  # when it was written (and the activity's date when there is no activity)
    situation: str = ""  # the title of a demo situation
    activity: str = ""  # the slug of an activity used in that situation
    steps: tuple[Step, ...] = ()


DEMO_REFLECTIONS = (
    DemoReflection(
        author="werker",
        title="Intervisie: nee zeggen tegen extra taken",
        model="korthagen",
        category="intervisie",
        minutes=90,
        days_ago=3,
        answers={
            "acting": (
                "In de intervisie bracht ik in dat ik vaak ja zeg als bewoners of partners iets "
                "vragen. Daardoor schuift mijn eigen werk op."
            ),
            "looking_back": (
                "Ik wilde behulpzaam zijn. Ik voelde me schuldig als ik nee zei. Collega's "
                "vroegen wat ik zelf belangrijk vind."
            ),
        },
    ),
    DemoReflection(
        author="werker",
        title="Welkomstpakket brengen in de flat aan het water",
        model="starr",
        category="reflectie",
        minutes=45,
        days_ago=12,
        situation="Nieuwe bewoners in de flat aan het water",
        activity="welkomstpakket",
        answers={
            "situation": (
                "Samen met een vrijwilliger bracht ik welkomstpakketten rond bij nieuwe bewoners "
                "in de flat. Niet iedereen deed open."
            ),
            "task": (
                "Ik wilde kennismaken en laten weten waar bewoners terechtkunnen met vragen over "
                "de buurt."
            ),
            "action": (
                "Ik hield het kort: wie we zijn, wat er in het pakket zit en wanneer de "
                "koffieochtend is. Bij de deuren die dicht bleven, liet ik een kaartje achter."
            ),
            "result": (
                "Bij de helft van de deuren hadden we een kort gesprek. Drie bewoners kwamen "
                "later naar de koffieochtend."
            ),
            "reflection": (
                "Een kort verhaal werkt beter dan een lang verhaal aan de deur. Volgende keer "
                "kies ik een tijd waarop meer mensen thuis zijn, bijvoorbeeld vroeg in de avond."
            ),
        },
        learning_points="Kort en vriendelijk aan de deur. Een kaartje achterlaten helpt.",
        steps=(Step(SUBMIT),),
    ),
    DemoReflection(
        author="werker",
        title="Gesprek met bewoners over afspraken in het portiek",
        model="short",
        category="reflectie",
        minutes=30,
        days_ago=9,
        situation="Begrip voor bewoners met LVB: goed in gesprek, schuren in het dagelijks leven",
        activity="dialoogbijeenkomst",
        answers={
            "conversation": (
                "Het gesprek ging over afval in het portiek. Het begon gespannen en werd rustiger."
            ),
            "own_part": "Ik legde uit waarom we bij elkaar zaten en vroeg iedereen om de beurt.",
            "what_worked": "Korte zinnen en een tekening van het portiek op tafel.",
            "take_along": "Ik wil vaker iets laten zien in plaats van alleen te praten.",
        },
        learning_points="Eenvoudige taal en iets om naar te kijken helpen iedereen mee te doen.",
        steps=(
            Step(SUBMIT),
            Step(
                RETURN,
                text=(
                    "Goed dat je een tekening gebruikte. Schrijf nog op wat je deed toen het "
                    "gespannen was. Wat zei je, en wat gebeurde er daarna?"
                ),
            ),
        ),
    ),
    DemoReflection(
        author="werker",
        title="Kennismaken in de vernieuwde straat",
        model="starr",
        category="reflectie",
        minutes=60,
        days_ago=15,
        situation="Kennismaken in de vernieuwde straat",
        activity="kennismakingsactiviteit",
        answers={
            "situation": (
                "Na de renovatie woonden er veel nieuwe mensen in de straat. We hielden een "
                "kennismaking op straat met koffie en een kleine speurtocht voor kinderen."
            ),
            "task": "Ik organiseerde de middag met twee vrijwilligers uit de straat.",
            "action": (
                "Ik liet de vrijwilligers de bewoners welkom heten en bleef zelf op de "
                "achtergrond. Ik sprak vooral mensen aan die aan de kant bleven staan."
            ),
            "result": (
                "Er kwamen ongeveer dertig bewoners. Twee buren spraken af om samen de "
                "geveltuintjes bij te houden."
            ),
            "reflection": (
                "Het werkte goed dat bewoners zelf de gastheer waren. Ik wil dat vaker doen: "
                "minder zelf vooraan staan."
            ),
        },
        learning_points="Bewoners zelf laten ontvangen. Letten op wie aan de kant blijft.",
        steps=(
            Step(SUBMIT),
            Step(COMMENT, text="Mooi dat je de vrijwilligers vooraan zette."),
            Step(
                REVIEW,
                text=(
                    "Een heldere reflectie. Je leerpunt over minder zelf vooraan staan past "
                    "goed bij je rol. Neem het mee naar het volgende teamoverleg."
                ),
            ),
        ),
    ),
    DemoReflection(
        author="werker",
        title="Contact met jongeren bij het winkelplein",
        model="starr",
        category="reflectie",
        minutes=75,
        days_ago=6,
        situation="Intimiderende sfeer bij het winkelplein",
        activity="contact-jongeren-op-straat",
        answers={
            "situation": (
                "Op een doordeweekse avond liep ik met een collega van het jongerenwerk over het "
                "winkelplein. Er stond een groep jongeren bij de ingang van de supermarkt."
            ),
            "task": "Ik wilde contact maken en horen wat zij van het plein vinden.",
            "action": "Ik stapte op de groep af en vroeg hoe het ging.",
            "result": "De jongeren reageerden kort. Na een paar minuten liepen we verder.",
            "reflection": "Ik had meer tijd moeten nemen.",
        },
        learning_points="Tijd nemen voor contact.",
        steps=(
            Step(SUBMIT),
            Step(
                RETURN,
                text=(
                    "Je schrijft dat je meer tijd had moeten nemen. Wat deed je precies toen je "
                    "op de groep afstapte, en wat wil je de volgende keer anders doen?"
                ),
            ),
            Step(
                EDIT,
                answers={
                    "action": (
                        "Ik stapte met mijn collega op de groep af. Ik stelde me voor en vroeg "
                        "hoe het ging. Ik bleef staan terwijl zij op een bankje zaten."
                    ),
                    "reflection": (
                        "Ik begon te snel met vragen. Staan terwijl zij zitten voelde als "
                        "controle. Volgende keer ga ik erbij zitten, laat ik mijn collega van "
                        "het jongerenwerk beginnen en kom ik vaker terug."
                    ),
                },
                learning_points=(
                    "Tijd nemen voor contact. Op gelijke hoogte gaan zitten. Vaker terugkomen "
                    "op vaste momenten."
                ),
            ),
            Step(SUBMIT),
        ),
    ),
    DemoReflection(
        author="collega",
        title="Buurtbarbecue bij het speelveld",
        model="short",
        category="reflectie",
        minutes=40,
        days_ago=5,
        situation="Jong en oud rond het speelveld",
        activity="buurt-bbq",
        answers={
            "conversation": (
                "Tijdens de barbecue sprak ik met oudere bewoners en met jongeren over het "
                "speelveld. Het was gezellig en soms wat stroef."
            ),
            "own_part": "Ik bracht de twee groepen bij elkaar aan één tafel.",
            "what_worked": "Samen eten maakte het makkelijker om te praten.",
            "take_along": "Ik wil een vervolg organiseren waarin de jongeren iets laten zien.",
        },
        learning_points="Samen iets doen werkt beter dan alleen praten.",
        steps=(Step(SUBMIT),),
    ),
    DemoReflection(
        author="collega",
        title="Supervisie: omgaan met boze reacties online",
        model="korthagen",
        category="supervisie",
        minutes=60,
        days_ago=20,
        answers={
            "acting": "Ik reageerde in een buurtgroep online op een boze reactie over de opvang.",
            "looking_back": (
                "Ik wilde de feiten rechtzetten. Ik voelde me aangevallen. De schrijver wilde "
                "vooral gehoord worden."
            ),
            "essential_aspects": "Feiten alleen helpen niet als iemand zich niet gehoord voelt.",
            "alternatives": (
                "Eerst erkennen dat iemand zich zorgen maakt. Een gesprek aanbieden buiten de "
                "groep. Of niet reageren en het aan de beheerder laten."
            ),
            "trying_out": "Bij de volgende reactie erken ik eerst de zorg en bied ik een gesprek aan.",
        },
        learning_points="Eerst erkennen, dan uitleggen.",
        steps=(Step(SUBMIT), Step(REVIEW)),
    ),
)


def demo_texts() -> list[str]:
    """Every text of the demo reflections, for the personal-data check."""
    texts = []
    for demo in DEMO_REFLECTIONS:
        texts += [demo.title, demo.learning_points, *demo.answers.values()]
        for step in demo.steps:
            texts += [step.text, step.learning_points, *step.answers.values()]
    return [text for text in texts if text]


def create_demo_reflections(users) -> str:
    """Add the demo reflections of the demo worker and colleague; returns a one-line summary.
    ``users`` are the demo users by username; the team lead ("teamleider") returns and
    reviews."""
    lead = users.get("teamleider")
    created = skipped = 0
    with transaction.atomic():
        for demo in DEMO_REFLECTIONS:
            author = users.get(demo.author)
            needs_lead = any(step.action in LEAD_STEPS for step in demo.steps)
            if author is None or (needs_lead and lead is None):
                skipped += 1
                continue
            if Reflection.objects.filter(author=author, title=demo.title).exists():
                continue
            _create(demo, author, lead)
            created += 1
    summary = (
        f"Demo reflections: {created} new, "
        f"{len(DEMO_REFLECTIONS) - created - skipped} already there."
    )
    if skipped:
        summary += f" {skipped} skipped (their author or the team lead is missing)."
    return summary


def _linked(demo: DemoReflection, author) -> tuple[Situation | None, Deployment | None]:
    """The demo situation and activity used that the reflection is about, when they exist."""
    if not demo.situation:
        return None, None
    situation = (
        Situation.objects.filter(team_id__in=author.team_ids(), title=demo.situation)
        .order_by("pk")
        .first()
    )
    if situation is None or not demo.activity:
        return situation, None
    deployment = situation.deployments.filter(activity__slug=demo.activity).order_by("date").first()
    return situation, deployment


def _create(demo: DemoReflection, author, lead) -> Reflection:
    situation, deployment = _linked(demo, author)
    if deployment is not None:
        date = deployment.date
    else:
        date = timezone.localdate() - datetime.timedelta(days=demo.days_ago)
    reflection = Reflection(
        author=author,
        model=demo.model,
        title=demo.title,
        answers=dict(demo.answers),
        learning_points=demo.learning_points,
        minutes=demo.minutes,
        category=demo.category,
        date=date,
        situation=situation,
        deployment=deployment,
    )
    reflection.full_clean()
    reflection.save()
    for step in demo.steps:
        _take(step, reflection, author, lead)
    _move_back(reflection, days=demo.days_ago)
    return reflection


def _move_back(reflection: Reflection, *, days: int) -> None:
    """The steps above all ran just now. Move them ``days`` back (never before the activity),
    as if the reflection had been written then: the review queue's "oldest first" and the
    dates on the pages then look like real use."""
    today = timezone.localdate()
    shift = today - max(reflection.date, today - datetime.timedelta(days=days))
    if not shift:
        return
    Reflection.objects.filter(pk=reflection.pk).update(
        **{name: F(name) - shift for name in TIMESTAMPS}
    )
    reflection.events.update(created_at=F("created_at") - shift)
    reflection.feedback.update(created_at=F("created_at") - shift)
    reflection.refresh_from_db(fields=TIMESTAMPS)


def _take(step: Step, reflection: Reflection, author, lead) -> None:
    if step.action == SUBMIT:
        workflow.reflection_submit(reflection=reflection, user=author)
    elif step.action == COMMENT:
        workflow.feedback_add(reflection=reflection, user=lead, text=step.text)
    elif step.action == RETURN:
        workflow.reflection_return(reflection=reflection, user=lead, text=step.text)
    elif step.action == REVIEW:
        workflow.reflection_review(reflection=reflection, user=lead, text=step.text)
    elif step.action == EDIT:
        reflection.answers = {**reflection.answers, **step.answers}
        if step.learning_points:
            reflection.learning_points = step.learning_points
        workflow.reflection_save_changes(reflection=reflection, user=author)
    else:
        raise ValueError(f"unknown demo step {step.action!r}")
