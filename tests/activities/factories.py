import factory

LEVELS = {
    # slug: (order, name, short)
    "ongemak": (1, "Ongemak", "Bewoners leven langs elkaar heen."),
    "spanning": (2, "Spanning", "Bewoners begrijpen elkaar niet."),
    "incidenten": (3, "Incidenten", "Bewoners hebben negatieve beelden van elkaar."),
    "escalatie": (4, "Escalatie", "Confrontaties kunnen uit de hand lopen."),
}


class LevelFactory(factory.django.DjangoModelFactory):
    """One of the fixed four levels (get_or_create on the slug)."""

    class Meta:
        model = "activities.Level"
        django_get_or_create = ["slug"]

    slug = "ongemak"
    order = factory.LazyAttribute(lambda o: LEVELS[o.slug][0])
    name = factory.LazyAttribute(lambda o: LEVELS[o.slug][1])
    short = factory.LazyAttribute(lambda o: LEVELS[o.slug][2])


def all_levels():
    """The four levels, in order."""
    return [LevelFactory(slug=slug) for slug in LEVELS]


class SignalFactory(factory.django.DjangoModelFactory):
    """A signal of a level (ongemak by default); pass ``phase="aftercare"`` with escalatie."""

    class Meta:
        model = "activities.Signal"

    slug = factory.Sequence(lambda n: f"signaal-{n}")
    level = factory.SubFactory(LevelFactory)
    order = factory.Sequence(lambda n: n)
    text = factory.Sequence(lambda n: f"Bewoners groeten elkaar niet ({n})")
    phase = ""
    synonyms = "groet niet terug\nkijken langs elkaar heen"


SITUATION_TYPES = {
    # slug: (order, name)
    "tussen-groepen": (1, "Spanning tussen groepen"),
    "burenconflict": (2, "Conflict tussen buren"),
    "overlast-een-bewoner": (3, "Overlast door één bewoner"),
    "strafbaar-feit": (4, "Een strafbaar feit of discriminatie"),
    "eenzaamheid-meedoen": (5, "Eenzaamheid en meedoen"),
}


class SituationTypeFactory(factory.django.DjangoModelFactory):
    """One of the five situation types (get_or_create on the slug)."""

    class Meta:
        model = "activities.SituationType"
        django_get_or_create = ["slug"]

    slug = "tussen-groepen"
    order = factory.LazyAttribute(lambda o: SITUATION_TYPES.get(o.slug, (9, ""))[0])
    name = factory.LazyAttribute(lambda o: SITUATION_TYPES.get(o.slug, (9, o.slug))[1])
    description = "Wat voor situatie het is."
    synonyms = "groepen\nclubjes"


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "activities.Goal"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"doel-{n}")
    name = factory.Sequence(lambda n: f"Doel {n}")
    description = "Een doel van een activiteit."


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "activities.TargetGroup"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"doelgroep-{n}")
    name = factory.Sequence(lambda n: f"Doelgroep {n}")


class LevelFitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "activities.LevelFit"

    activity = factory.SubFactory("tests.activities.factories.ActivityFactory", fits={})
    level = factory.SubFactory(LevelFactory)
    phase = ""
    fit = "recommended"
    reason = "Dit past goed bij dit niveau."


class ContraIndicationFactory(factory.django.DjangoModelFactory):
    """Pass ``condition="target_group", target_group=...`` for a target group."""

    class Meta:
        model = "activities.ContraIndication"

    activity = factory.SubFactory("tests.activities.factories.ActivityFactory")
    condition = "care_need"
    target_group = None
    reason = "Niet bij onbehandelde psychische problemen: eerst zorg."


class ActivityFactory(factory.django.DjangoModelFactory):
    """A published meeting format. ``fits`` maps level slugs (or "nazorg" for the aftercare
    of an escalation) to a fit, or to (fit, reason); by default it fits at ongemak. Pass
    ``goals=[...]``, ``target_groups=[...]`` and ``situation_types=[...]``."""

    class Meta:
        model = "activities.Activity"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Activiteit {n}")
    slug = factory.Sequence(lambda n: f"activiteit-{n}")
    kind = "meeting_format"
    summary = "Een korte beschrijving van de activiteit."
    description = "Wat een professional moet weten om dit te doen."
    steps = "Bereid het voor\nVoer het uit\nKijk samen terug"
    participants = "Bewoners en een sociaal werker"
    effort = "medium"
    duration = "Twee uur"
    group_size = "10 tot 30 mensen"
    evidence = "Praktijkervaring van wijkteams."
    source_name = "De Wijkverbinder"
    source_url = "https://www.dewijkverbinder.nl/"
    is_published = True

    @factory.post_generation
    def fits(self, create, extracted, **kwargs):
        if not create:
            return
        wanted = {"ongemak": "recommended"} if extracted is None else extracted
        for slug, value in wanted.items():
            fit, reason = value if isinstance(value, tuple) else (value, f"Reden bij {slug}.")
            aftercare = slug == "nazorg"
            LevelFitFactory(
                activity=self,
                level=LevelFactory(slug="escalatie" if aftercare else slug),
                phase="aftercare" if aftercare else "",
                fit=fit,
                reason=reason,
            )

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            self.goals.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def situation_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.situation_types.set(extracted)
