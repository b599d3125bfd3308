"""Demo situations for the demo team: a few per level, with a trajectory and activities used.

Written for the demo only, in our own words, without names or other personal data. Idempotent:
a situation that already exists (same team and title) is left alone, so people's changes stay.
The ``demo`` management command calls ``create_demo_situations`` after creating the accounts.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from activities.models import Activity, Goal, Level, Signal, SituationType, TargetGroup
from situations import triage
from situations.models import (
    Answer,
    Deployment,
    LearningQuestion,
    Neighbourhood,
    Observation,
    Parties,
    Phase,
    Situation,
)

YES, NO, UNKNOWN = Answer.YES, Answer.NO, Answer.UNKNOWN

MUNICIPALITY = "Voorbeeldstad"
NEIGHBOURHOODS = ("Molenkwartier", "Rivierenbuurt")


@dataclass(frozen=True)
class DemoStep:
    days_ago: int
    level: str
    note: str = ""


@dataclass(frozen=True)
class DemoDeployment:
    days_ago: int
    activity: str | tuple[str, ...]  # a slug, or slugs to try in order (renamed activities)
    outcome: str
    note: str = ""

    @property
    def slugs(self) -> tuple[str, ...]:
        return (self.activity,) if isinstance(self.activity, str) else self.activity


@dataclass(frozen=True)
class DemoTriage:
    """The triage answers; ``situation_type`` only when the professional chose it, otherwise it
    follows from the answers (triage.situation_type_for)."""

    parties: str = Parties.UNKNOWN
    care_need: str = UNKNOWN
    crime: str = UNKNOWN
    addressable: str = UNKNOWN
    acute_threat: str = UNKNOWN
    consent: str = UNKNOWN
    phase: str = Phase.NONE
    situation_type: str | None = None

    def type_slug(self) -> str | None:
        return self.situation_type or triage.situation_type_for(
            self.parties, self.care_need, self.crime
        )


@dataclass(frozen=True)
class DemoSituation:
    title: str
    neighbourhood: str
    description: str
    trajectory: tuple[DemoStep, ...]
    goals: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    themes: str = ""
    learning_questions: tuple[str, ...] = ()
    deployments: tuple[DemoDeployment, ...] = ()
    triage: DemoTriage = DemoTriage()
    signals: tuple[
        str, ...
    ] = ()  # signal slugs of fixtures/vocabulary.json; missing ones are skipped
    owner: str = "werker"
    closed: bool = False


DEMO_SITUATIONS = (
    # Ongemak ------------------------------------------------------------------------------
    DemoSituation(
        title="Nieuwe bewoners in de flat aan het water",
        neighbourhood="Rivierenbuurt",
        description=(
            "Sinds de oplevering van de nieuwe flat wonen er veel nieuwe huishoudens. Bewoners "
            "groeten elkaar nauwelijks in de lift en weten niet wie er naast hen woont. Er zijn "
            "kleine ergernissen over fietsen in de gang en zakken afval naast de containers. "
            "Niemand is vijandig, maar bewoners klagen liever bij de corporatie dan dat ze elkaar "
            "aanspreken."
        ),
        trajectory=(DemoStep(120, "ongemak"),),
        goals=("kennismaken",),
        target_groups=("nieuwe-bewoners",),
        themes="afval, kennismaken, gemeenschappelijke ruimtes",
        learning_questions=(
            "Hoe bereik ik bewoners die niet naar een bijeenkomst komen?",
            "Wat maakt het voor bewoners makkelijker om elkaar zelf aan te spreken?",
        ),
        deployments=(
            DemoDeployment(
                75,
                "burendag-koffie",
                "worked",
                "Koffie in de hal op zaterdagochtend trok meer mensen dan verwacht.",
            ),
            DemoDeployment(
                40,
                "welkomstpakket",
                "partly",
                "Goed ontvangen, maar weinig bewoners reageerden op de uitnodiging erin.",
            ),
        ),
        triage=DemoTriage(
            parties=Parties.GROUPS, care_need=NO, crime=NO, addressable=YES, acute_threat=NO
        ),
        signals=(
            "ongemak-groeten-niet",
            "ongemak-kennen-elkaar-niet",
            "ongemak-kleine-ergernissen",
            "ongemak-klagen-bij-derden",
        ),
    ),
    DemoSituation(
        title="Jong en oud rond het speelveld",
        neighbourhood="Molenkwartier",
        description=(
            "Rond het speelveld komen 's avonds jongeren samen. Oudere bewoners in de "
            "seniorenwoningen ernaast ergeren zich aan geluid en brommers, maar kennen de "
            "jongeren niet. De jongeren weten niet dat ze overlast geven. Er is geen ruzie; beide "
            "groepen leven langs elkaar heen."
        ),
        trajectory=(DemoStep(90, "ongemak"), DemoStep(30, "ongemak", "Rustiger sinds de zomer.")),
        goals=("kennismaken", "begrip-vergroten"),
        target_groups=("jongeren", "ouderen"),
        themes="geluid, speelveld, jong en oud",
        learning_questions=("Hoe breng ik jongeren en ouderen op een luchtige manier samen?",),
        deployments=(
            DemoDeployment(
                50,
                "buurt-bbq",
                "worked",
                "Jongeren hielpen met de barbecue; ouderen bleven langer dan gedacht.",
            ),
        ),
        triage=DemoTriage(
            parties=Parties.GROUPS, care_need=NO, crime=NO, addressable=YES, acute_threat=NO
        ),
        signals=(
            "ongemak-groepen-naast-elkaar",
            "ongemak-kleine-ergernissen",
            "ongemak-kennen-elkaar-niet",
        ),
        owner="collega",
    ),
    DemoSituation(
        title="Kennismaken in de vernieuwde straat",
        neighbourhood="Rivierenbuurt",
        description=(
            "Na de renovatie kwamen er veel nieuwe bewoners in de straat. Mensen wisten niet goed "
            "bij wie ze terecht konden. Na een paar kleine activiteiten kennen bewoners elkaar nu "
            "van gezicht en is er een groepje dat zelf iets organiseert."
        ),
        trajectory=(
            DemoStep(200, "ongemak"),
            DemoStep(60, "ongemak", "Bewoners organiseren zelf."),
        ),
        goals=("kennismaken",),
        target_groups=("nieuwe-bewoners",),
        themes="renovatie, kennismaken",
        deployments=(DemoDeployment(150, "kennismakingsactiviteit", "worked"),),
        triage=DemoTriage(
            parties=Parties.GROUPS, care_need=NO, crime=NO, addressable=YES, acute_threat=NO
        ),
        signals=("ongemak-kennen-elkaar-niet", "ongemak-samen-iets-doen"),
        closed=True,
    ),
    # Spanning -----------------------------------------------------------------------------
    DemoSituation(
        # Built on the practice situation "Begrip in de wijk voor verschillen" (seed 000).
        title="Begrip voor bewoners met LVB: goed in gesprek, schuren in het dagelijks leven",
        neighbourhood="Molenkwartier",
        description=(
            "In een deel van de wijk wonen bewoners met een licht verstandelijke beperking, "
            "sommigen zelfstandig met ambulante begeleiding. Zij vinden moeilijk aansluiting bij "
            "de andere bewoners. Buren ergeren zich aan harde muziek laat op de avond, rommel bij "
            "de voordeur en stank in het portiek.\n\n"
            "Als we met alle bewoners in gesprek gaan, is er veel begrip en lijkt er niets aan de "
            "hand. In het dagelijks leven schuurt het toch steeds weer. Sommige bewoners haken af "
            "omdat het 'toch niet verandert', en de bewoners met LVB trekken zich terug. Zo komt "
            "hun plek in de buurt onder druk te staan."
        ),
        trajectory=(
            DemoStep(150, "spanning", "Begrip in gesprekken, maar veel losse klachten."),
            DemoStep(
                95,
                "incidenten",
                "Herhaalde meldingen over geluid en afval; een buur sprak een bewoner boos aan.",
            ),
            DemoStep(
                30,
                "spanning",
                "Na de huisbezoeken bij de buren zijn er afspraken; de toon is rustiger.",
            ),
        ),
        goals=("begrip-vergroten", "gezamenlijk-belang-vinden"),
        target_groups=("lvb",),
        themes="geluid, afval, sociale inclusie",
        learning_questions=(
            "Welke nieuwe werkwijzen zijn er om de sociale samenhang in deze buurt te versterken?",
            "Met welke methodes vind ik een gezamenlijk belang waar alle bewoners achter staan?",
        ),
        deployments=(
            DemoDeployment(
                120,
                "dialoogbijeenkomst",
                "partly",
                "Veel begrip in de zaal, maar de bewoners met LVB waren er nauwelijks bij.",
            ),
            DemoDeployment(
                70,
                ("huisbezoek-buren", "keukentafelgesprek"),  # renamed in the catalogue v2
                "worked",
                "Kleine gesprekken met begeleiders erbij; buren maakten concrete afspraken.",
            ),
        ),
        # Households with a care need (LVB): the care-and-safety route; consent still open.
        triage=DemoTriage(
            parties=Parties.HOUSEHOLDS,
            care_need=YES,
            crime=NO,
            addressable=YES,
            acute_threat=NO,
        ),
        signals=(
            "ongemak-kleine-ergernissen",
            "spanning-onbegrip",
            "spanning-klachten-over-groep",
            "spanning-mijden",
        ),
    ),
    DemoSituation(
        title="Wij-zij-gesprekken over de nieuwe opvanglocatie",
        neighbourhood="Rivierenbuurt",
        description=(
            "Sinds bekend is dat er een opvanglocatie komt, gaan er verhalen rond in de buurtapp. "
            "Bewoners spreken over 'zij' en 'wij' en er is onzekerheid over veiligheid. Er zijn "
            "geen incidenten. Een deel van de bewoners wil juist helpen, maar durft dat niet "
            "hardop te zeggen."
        ),
        trajectory=(DemoStep(100, "ongemak"), DemoStep(80, "spanning", "Onrust in de buurtapp.")),
        goals=("begrip-vergroten", "vooroordelen-verminderen"),
        target_groups=("statushouders",),
        themes="opvang, buurtapp, beeldvorming",
        learning_questions=("Hoe voorkom ik dat een bijeenkomst vooral zorgen versterkt?",),
        deployments=(
            DemoDeployment(
                78,
                "informatieavond",
                "did_not_work",
                "Een volle zaal waar vooral boosheid het woord kreeg; beelden werden sterker.",
            ),
            DemoDeployment(
                45,
                "dialoogbijeenkomst",
                "worked",
                "In kleine groepen met nieuwe bewoners erbij ging het gesprek over de buurt zelf.",
            ),
        ),
        triage=DemoTriage(
            parties=Parties.GROUPS, care_need=NO, crime=NO, addressable=YES, acute_threat=NO
        ),
        signals=(
            "spanning-wij-zij",
            "spanning-online-discussie",
            "spanning-boos-om-besluit",
            "spanning-bang-voor-groep",
        ),
        owner="collega",
    ),
    # Incidenten ---------------------------------------------------------------------------
    DemoSituation(
        title="Intimiderende sfeer bij het winkelplein",
        neighbourhood="Molenkwartier",
        description=(
            "Bij het winkelplein hangt 's avonds een groep. Winkeliers en bewoners melden "
            "intimidatie, vernielde bankjes en rommel. Oudere bewoners mijden het plein na "
            "donker. Er zijn meerdere meldingen bij de wijkagent."
        ),
        trajectory=(
            DemoStep(130, "spanning"),
            DemoStep(100, "incidenten", "Vernielingen en meldingen van intimidatie."),
        ),
        goals=("veiligheid-herstellen", "spanning-verminderen"),
        target_groups=("jongeren",),
        themes="plein, veiligheid, vernieling",
        learning_questions=(
            "Hoe werk ik samen met politie en jongerenwerk zonder dat jongeren afhaken?",
        ),
        deployments=(
            DemoDeployment(
                90,
                "contact-jongeren-op-straat",
                "partly",
                "Contact met een deel van de groep; anderen bleven op afstand.",
            ),
            DemoDeployment(
                20, "casusoverleg-partners", "unknown", "Afspraken gemaakt; nog te vroeg."
            ),
        ),
        # Vandalism is a crime, but the worker chose the type: tension between groups.
        triage=DemoTriage(
            parties=Parties.GROUPS,
            crime=YES,
            acute_threat=NO,
            situation_type=triage.TYPE_GROUPS,
        ),
        signals=(
            "incidenten-vernieling",
            "incidenten-dreigen",
            "incidenten-onveilig",
            "incidenten-meldingen",
        ),
    ),
    DemoSituation(
        title="Burenruzie in een portiek loopt op",
        neighbourhood="Rivierenbuurt",
        description=(
            "In een portiek lopen de ruzies tussen twee huishoudens op: over geluid, over de trap "
            "en over wie wat heeft gezegd. Andere bewoners kiezen partij. Een van de betrokkenen "
            "lijkt psychisch kwetsbaar en is moeilijk aanspreekbaar."
        ),
        trajectory=(
            DemoStep(60, "spanning"),
            DemoStep(
                35, "incidenten", "Een schreeuwpartij in het trappenhuis; buren belden de politie."
            ),
        ),
        goals=("spanning-verminderen", "zorg-en-veiligheid-verbinden"),
        target_groups=("ggz",),
        themes="geluid, portiek, zorg",
        deployments=(
            DemoDeployment(
                30,
                "buurtbemiddeling",
                "did_not_work",
                "Een partij was niet aanspreekbaar; bemiddeling past hier niet. Zorg ingeschakeld.",
            ),
        ),
        triage=DemoTriage(
            parties=Parties.HOUSEHOLDS,
            care_need=YES,
            crime=NO,
            addressable=NO,
            acute_threat=NO,
        ),
        signals=(
            "incidenten-ruzie",
            "incidenten-schelden",
            "incidenten-politie-gebeld",
            "incidenten-verward-gedrag",
        ),
        owner="collega",
    ),
    # Escalatie ----------------------------------------------------------------------------
    DemoSituation(
        title="Confrontaties op het plein na geruchten online",
        neighbourhood="Molenkwartier",
        description=(
            "Na een incident gingen er geruchten rond op sociale media. Groepen bewoners zochten "
            "elkaar op het plein op; het bleef bij duwen en schreeuwen, maar de politie moest "
            "ingrijpen. Er wordt online opgeroepen om opnieuw te komen."
        ),
        trajectory=(
            DemoStep(50, "spanning"),
            DemoStep(25, "incidenten", "Het incident en de eerste geruchten."),
            DemoStep(14, "escalatie", "Groepen op het plein, politie aanwezig."),
        ),
        goals=("de-escaleren", "veiligheid-herstellen"),
        target_groups=("culturele-gemeenschappen", "jongeren"),
        themes="geruchten, sociale media, openbare orde",
        learning_questions=("Wat is mijn rol naast politie en gemeente als het escaleert?",),
        deployments=(
            DemoDeployment(
                12,
                "inzet-sleutelfiguren",
                "worked",
                "Sleutelfiguren riepen in hun eigen netwerk op om thuis te blijven.",
            ),
            DemoDeployment(10, "kernteam-samos", "unknown"),
        ),
        triage=DemoTriage(
            parties=Parties.GROUPS, care_need=NO, acute_threat=YES, phase=Phase.ACUTE
        ),
        signals=(
            "incidenten-duwen",
            "escalatie-groepen-tegenover-elkaar",
            "escalatie-geruchten",
            "escalatie-oproepen",
            "escalatie-openbare-orde",
        ),
    ),
    DemoSituation(
        title="Onrust rond het buurthuis: na de escalatie",
        neighbourhood="Rivierenbuurt",
        description=(
            "Na een avond met bedreigingen bij het buurthuis is de rust op straat teruggekeerd, "
            "maar het vertrouwen niet. Bewoners durven het buurthuis niet meer in en verwijten "
            "elkaar wat er gebeurde. De nazorg begint nu."
        ),
        trajectory=(
            DemoStep(70, "incidenten"),
            DemoStep(42, "escalatie", "Bedreigingen bij het buurthuis."),
            DemoStep(10, "escalatie", "Rustig op straat, maar nog veel wantrouwen."),
        ),
        goals=("herstel-na-incident", "veiligheid-herstellen"),
        target_groups=("culturele-gemeenschappen",),
        themes="buurthuis, nazorg, vertrouwen",
        learning_questions=("Hoe organiseer ik nazorg zonder de onrust opnieuw aan te wakkeren?",),
        deployments=(
            DemoDeployment(
                30,
                "de-escalerende-communicatie",
                "partly",
                "Feiten gedeeld via vaste kanalen; geruchten namen af maar verdwenen niet.",
            ),
        ),
        triage=DemoTriage(
            parties=Parties.GROUPS,
            care_need=NO,
            crime=YES,
            addressable=YES,
            acute_threat=NO,
            phase=Phase.AFTERCARE,
        ),
        signals=(
            "escalatie-zware-bedreiging",
            "escalatie-nazorg-vertrouwen",
            "escalatie-nazorg-praten",
        ),
        owner="collega",
    ),
)


def create_demo_situations(*, team, users) -> str:
    """Add the demo neighbourhoods and situations to ``team``; returns a one-line summary."""
    levels = Level.objects.in_bulk()
    needed = {step.level for demo in DEMO_SITUATIONS for step in demo.trajectory}
    if not needed <= set(levels):
        return "Demo situations skipped: load the catalogue first (manage.py load_catalogue)."
    owners = [user for user in users.values() if team.pk in user.team_ids()]
    if not owners:
        return "Demo situations skipped: the demo team has no members."
    with transaction.atomic():
        neighbourhoods = {}
        for name in NEIGHBOURHOODS:
            neighbourhood, _created = Neighbourhood.objects.get_or_create(
                municipality=MUNICIPALITY, name=name
            )
            neighbourhood.teams.add(team)
            neighbourhoods[name] = neighbourhood
        existing = set(Situation.objects.filter(team=team).values_list("title", flat=True))
        created = skipped_deployments = 0
        for demo in DEMO_SITUATIONS:
            if demo.title in existing:
                continue
            owner = users.get(demo.owner) or owners[0]
            skipped_deployments += _create(demo, team, owner, neighbourhoods, levels)
            created += 1
    summary = (
        f"Demo situations: {created} new, {len(DEMO_SITUATIONS) - created} already there, "
        f"in {len(NEIGHBOURHOODS)} neighbourhoods."
    )
    if skipped_deployments:
        summary += f" {skipped_deployments} activities used were skipped (not in the catalogue)."
    return summary


def _create(demo: DemoSituation, team, owner, neighbourhoods, levels) -> int:
    """Create one situation with its history; returns how many deployments were skipped."""
    today = timezone.localdate()
    current = levels[demo.trajectory[-1].level]
    answers = demo.triage
    phase = answers.phase if current.pk == triage.LEVEL_ORDER[-1] else Phase.NONE
    situation = Situation.objects.create(
        title=demo.title,
        description=demo.description,
        neighbourhood=neighbourhoods[demo.neighbourhood],
        team=team,
        level=current,
        themes=demo.themes,
        owner=owner,
        parties=answers.parties,
        care_need=answers.care_need,
        crime=answers.crime,
        addressable=answers.addressable,
        acute_threat=answers.acute_threat,
        consent=answers.consent,
        phase=phase,
        situation_type=SituationType.objects.filter(slug=answers.type_slug()).first(),
    )
    situation.goals.set(Goal.objects.filter(slug__in=demo.goals))
    situation.target_groups.set(TargetGroup.objects.filter(slug__in=demo.target_groups))
    situation.signals.set(Signal.objects.filter(slug__in=demo.signals))
    LearningQuestion.objects.bulk_create(
        LearningQuestion(situation=situation, text=text, order=order)
        for order, text in enumerate(demo.learning_questions, start=1)
    )
    previous = None
    for step in demo.trajectory:
        Observation.objects.create(
            situation=situation,
            date=today - timedelta(days=step.days_ago),
            level=levels[step.level],
            previous_level=previous,
            note=step.note,
            recorded_by=owner,
        )
        previous = levels[step.level]
    activities = Activity.objects.filter(
        slug__in=[slug for d in demo.deployments for slug in d.slugs], is_published=True
    ).in_bulk(field_name="slug")
    skipped = 0
    for deployment in demo.deployments:
        activity = next((activities[slug] for slug in deployment.slugs if slug in activities), None)
        if activity is None:
            skipped += 1
            continue
        level = levels[_level_on(demo.trajectory, deployment.days_ago)]
        Deployment.objects.create(
            situation=situation,
            activity=activity,
            level=level,
            # As deployment_record does: the phase only at escalatie.
            phase=phase if level.pk == triage.LEVEL_ORDER[-1] else Phase.NONE,
            date=today - timedelta(days=deployment.days_ago),
            outcome=deployment.outcome,
            note=deployment.note,
            recorded_by=owner,
        )
    status = Situation.Status.OPEN
    if demo.closed:
        status = Situation.Status.CLOSED
    elif len(activities):
        status = Situation.Status.ONGOING
    if status != situation.status:
        Situation.objects.filter(pk=situation.pk).update(status=status)
    return skipped


def _level_on(trajectory: tuple[DemoStep, ...], days_ago: int) -> str:
    """The level on a day in the demo trajectory (the last step on or before it)."""
    level = trajectory[0].level
    for step in trajectory:
        if step.days_ago >= days_ago:
            level = step.level
    return level
