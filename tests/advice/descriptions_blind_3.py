"""Blind descriptions, third and fourth round.

BLIND_3 was written before reading the cue words, the vocabulary synonyms or the earlier
description sets; its failures were used afterwards to find general weaknesses (never by pasting
its words into the vocabulary). BLIND_4 was written after those changes and before looking at any
result on it; it was never tuned on.

The texts imitate how different professionals type: a wijkagent's colleague, a woonconsulent of a
corporatie, a jongerenwerker, a wijkverpleegkundige, an opbouwwerker. Shorthand, slips and
abbreviations are on purpose. No names, addresses or phone numbers of residents.
"""

from situations import triage
from tests.advice.descriptions import Case

O, S, I, E = "ongemak", "spanning", "incidenten", "escalatie"  # noqa: E741
YES, NO = triage.YES, triage.NO

BLIND_3: tuple[Case, ...] = (
    # ------------------------------------------------------------------ ongemak
    Case(
        "Dhr. 84 jr, sinds overlijden echtgenote vorig jaar alleen. Komt de deur nauwelijks meer "
        "uit, kinderen wonen ver weg. Zegt zelf dat de dagen lang duren. Geen contact met buren.",
        O,
        parties=triage.NOBODY,
        type=triage.TYPE_NO_CONFLICT,
        groups=("ouderen", "eenzame-bewoners"),
    ),
    Case(
        "In de nieuwbouwwijk doen bewoners weinig samen; op de buurtbarbecue kwamen zes mensen. "
        "Lang geleden was er ooit een burenruzie waar nog wel eens over gepraat wordt, maar nu leven "
        "mensen vooral langs elkaar heen.",
        O,
    ),
    Case(
        "mw klaagt over de etenslucht van de onderburen, vindt het vervelend maar heeft het er nooit "
        "met ze over gehad. geen ruzie, gewoon ergernis.",
        O,
    ),
    Case(
        "Jongeren uit de wijk komen nauwelijks naar het jongerencentrum, ze blijven liever thuis "
        "gamen. Een paar meiden zeggen dat er voor hen niks te doen is.",
        O,
        parties=triage.NOBODY,
        groups=("jongeren",),
    ),
    Case(
        "Statushoudersgezin woont sinds 3 mnd in de straat. Spreken nog weinig Nederlands, buren "
        "weten niet goed hoe ze contact moeten maken. Wel nieuwsgierig, niemand doet vervelend.",
        O,
        groups=("statushouders",),
    ),
    Case(
        "Beetje gemopper over fietsen in de gang van het portiek en vuilniszakken die te vroeg "
        "buiten worden gezet. Niks ernstigs, bewoners spreken elkaar er alleen niet op aan.",
        O,
    ),
    Case(
        "Oudere huurders in het complex en de studenten die er sinds kort wonen leven langs elkaar "
        "heen. Ouderen vinden de studenten wat luidruchtig op vrijdag, maar er zijn geen klachten "
        "binnengekomen.",
        O,
    ),
    Case(
        "Mevr. met beginnende dementie, dochter is mantelzorger en overbelast. Mevr. zit de hele dag "
        "alleen achter het raam, wil niet naar de dagbesteding. Buren groeten wel maar verder geen "
        "contact.",
        O,
        parties=triage.NOBODY,
        groups=("dementie", "mantelzorgers"),
    ),
    Case(
        "Turkse en Marokkaanse moeders staan op het schoolplein steeds apart van de Nederlandse "
        "ouders. Niet vijandig hoor, gewoon ieder in z'n eigen groepje.",
        O,
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Arbeidsmigranten in de twee huurwoningen aan het eind vd straat werken in ploegendiensten, "
        "buren zien ze bijna nooit. Af en toe wat ergernis over busjes die voor de deur geparkeerd "
        "staan.",
        O,
        groups=("arbeidsmigranten",),
    ),
    # ------------------------------------------------------------------ spanning
    Case(
        "Sinds de komst van de opvang voor asielzoekers wordt er in de buurt veel gepraat over 'die "
        "mensen'. Bewoners zeggen dat ze 's avonds niet meer over het pad langs de opvang lopen. Er "
        "is verder niks gebeurd.",
        S,
        groups=("statushouders",),
    ),
    Case(
        "Bewoners van het blok mailen ons regelmatig over 'de Polen' in de vier woningen op de hoek: "
        "die zouden dronken zijn en de boel vervuilen. Bij navraag geen concrete voorvallen.",
        S,
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Oudere bewoners rond het plein vinden dat 'de jeugd' overal rondhangt en niemand "
        "respecteert. De jongeren voelen zich op hun beurt weggekeken. Wederzijds onbegrip, nog geen "
        "incidenten.",
        S,
        parties=triage.GROUPS,
        groups=("ouderen", "jongeren"),
    ),
    Case(
        "In de buurtapp gaat het steeds over 'criminelen uit de nieuwe flat'. De toon wordt "
        "grimmiger, mensen delen foto's van onbekenden. Bij ons zijn geen meldingen binnengekomen.",
        S,
    ),
    Case(
        "Veel boosheid over het besluit van de gemeente om het buurthuis te sluiten. Bewoners voelen "
        "zich niet gehoord en vertrouwen de gemeente niet meer.",
        S,
    ),
    Case(
        "Spanningen in het complex tussen de oude bewoners en de mensen uit de beschermd "
        "wonen-voorziening. Men is bang voor ze, kinderen mogen niet meer alleen naar buiten. Er is "
        "nooit iets voorgevallen.",
        S,
        groups=("ggz",),
    ),
    Case(
        "bew. vd galerij roddelen over mw op de 3e, zou 'gek' zijn en drugs gebruiken. mw voelt zich "
        "buitengesloten en durft niet meer naar de koffieochtend.",
        S,
    ),
    Case(
        "Er is een wij-zij gevoel ontstaan tussen de koopwoningen en de sociale huur aan de overkant "
        "van de singel. Kopers denken dat de huurders hun huizen minder waard maken.",
        S,
        parties=triage.GROUPS,
    ),
    Case(
        "Meiden met een hoofddoek krijgen in de sportkantine opmerkingen over hun geloof en voelen "
        "zich er niet welkom. Ze gaan er daarom niet meer naartoe.",
        S,
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Huurders klagen dat de nieuwe bewoners (veel uitstroom uit de maatschappelijke opvang) 'niet "
        "in de buurt passen'. Sfeer in het trappenhuis is gespannen, mensen lopen elkaar voorbij "
        "zonder iets te zeggen.",
        S,
    ),
    # ------------------------------------------------------------------ incidenten
    Case(
        "Al maanden geluidsoverlast van bovenburen: harde muziek tot 3 uur snachts, gestamp. "
        "Onderbuurvrouw heeft het 4x gemeld, vorige week hebben ze elkaar in het trappenhuis "
        "uitgescholden.",
        I,
        parties=triage.HOUSEHOLDS,
        type=triage.TYPE_HOUSEHOLDS,
    ),
    Case(
        "Melding: buurman heeft de auto van de overbuurman bekrast na een conflict over een "
        "parkeerplek. Aangifte is gedaan.",
        I,
        answers={triage.CRIME: YES},
    ),
    Case(
        "Groepje jongens van 14-16 hangt elke avond in de portiek, rookt blowtjes en laat rommel "
        "achter. Bewoners die er iets van zeggen worden uitgelachen en nageroepen.",
        I,
        groups=("jongeren",),
    ),
    Case(
        "Op de deur van een Surinaams gezin is met stift 'rot op' geschreven. Tweede keer deze maand. "
        "Het gezin durft nauwelijks nog naar buiten.",
        I,
        answers={triage.CRIME: YES},
    ),
    Case(
        "Client (psych. problematiek, zorgmijdend) gooit vuilnis van het balkon en schreeuwt tegen "
        "voorbijgangers. Buren hebben meerdere keren de politie gebeld.",
        I,
        parties=triage.ONE_RESIDENT,
        answers={triage.CARE_NEED: YES},
        groups=("ggz",),
    ),
    Case(
        "mw. 2e verd. wordt al weken gepest door kinderen vd buren: aanbellen en wegrennen, eieren "
        "tegen het raam. Ouders reageren niet als ze erop aangesproken worden.",
        I,
    ),
    Case(
        "Dealen vanuit een woning in de flat, veel aanloop 's nachts. Bewoners voelen zich onveilig "
        "in de lift en hebben het via Meld Misdaad Anoniem doorgegeven.",
        I,
        answers={triage.CRIME: YES},
    ),
    Case(
        "Tijdens de bewonersvergadering liep het uit op een schreeuwpartij tussen twee bewoners. De "
        "ene dreigde de andere 'wel even te pakken'. Niemand gewond.",
        I,
    ),
    Case(
        "Buurvrouw word door buurman geintimideerd, hij gaat voor haar deur staan en maakt filmpjes "
        "van haar. Ze is bang en wil verhuizen.",
        I,
        parties=triage.HOUSEHOLDS,
    ),
    Case(
        "Het speeltoestel in het park is voor de 3e keer vernielt en de bankjes zijn beklad met "
        "graffiti. Bewoners wijzen naar de jongeren van het plein, maar niemand heeft het gezien.",
        I,
    ),
    # ------------------------------------------------------------------ escalatie
    Case(
        "Zaterdagavond vechtpartij tussen twee families op het plein, ca 20 man betrokken, een "
        "persoon met steekwond naar het ziekenhuis. ME was nodig.",
        E,
        phase=triage.ACUTE,
        parties=triage.GROUPS,
    ),
    Case(
        "Via TikTok en whatsapp wordt opgeroepen om vrijdag 'met z'n allen' naar het azc te gaan. Er "
        "worden ook mensen van buiten de wijk opgetrommeld.",
        E,
        phase=triage.ACUTE,
    ),
    Case(
        "Vannacht is er brand gesticht in de berging van het gezin waar al maanden ruzie mee is. "
        "Brandweer was er snel, bewoners zijn erg geschrokken.",
        E,
    ),
    Case(
        "Twee weken na de rellen bij het winkelcentrum is het rustig, maar bewoners zijn nog erg "
        "aangeslagen. Ouders vragen om een bijeenkomst om te praten over wat er gebeurd is.",
        E,
        phase=triage.AFTERCARE,
    ),
    Case(
        "Groep jongeren uit Noord en een groep uit de Oostwijk staan al een paar avonden tegenover "
        "elkaar bij het station, er zijn messen gezien.",
        E,
        phase=triage.ACUTE,
        parties=triage.GROUPS,
        groups=("jongeren",),
    ),
    Case(
        "gisteravond mishandeling bij de snackbar, slachtoffer (jongen 17) geschopt toen hij op de "
        "grond lag. Familie van slachtoffer zint op wraak, het loopt op.",
        E,
        phase=triage.ACUTE,
    ),
    Case(
        "Na de explosie bij de woning op de hoek vorige maand slapen veel buren slecht. Het vertrouwen "
        "in elkaar en in de politie is weg. We willen een herstelbijeenkomst organiseren.",
        E,
        phase=triage.AFTERCARE,
    ),
    Case(
        "Demonstratie tegen de komst van statushouders liep uit de hand: stenen naar de politie, een "
        "auto in brand. Burgemeester heeft een noodbevel afgegeven.",
        E,
    ),
    Case(
        "Buurman is met een honkbalknuppel op de bovenburen afgegaan en heeft hun deur ingeslagen. "
        "Politie heeft hem aangehouden. Het hele portiek is in rep en roer.",
        E,
        answers={triage.CRIME: YES},
    ),
    Case(
        "Sinds de steekpartij op het schoolplein vorige maand houden ouders hun kinderen binnen. Ze "
        "willen weten wat er gebeurd is en of het veilig is. Wij willen met school en bewoners in "
        "gesprek.",
        E,
        phase=triage.AFTERCARE,
    ),
)

BLIND_4: tuple[Case, ...] = (
    # ------------------------------------------------------------------ ongemak
    Case(
        "Opbouwwerk: in het hofje wonen vooral 75-plussers. Veel mensen zien elkaar alleen bij de "
        "brievenbus. Er is behoefte aan een plek om koffie te drinken, maar niemand neemt het "
        "initiatief.",
        O,
        parties=triage.NOBODY,
        groups=("ouderen",),
    ),
    Case(
        "Mw (alleenstaande moeder, 3 kids) net verhuisd naar de wijk, kent nog niemand en weet niet "
        "waar ze terecht kan. Geen problemen met buren.",
        O,
    ),
    Case(
        "buren ergeren zich aan de trampoline en het geschreeuw van spelende kinderen in de tuin "
        "ernaast, zeggen er zelf niks van maar bellen wel de corporatie",
        O,
    ),
    Case(
        "Jonge Eritrese mannen in de flat zijn vriendelijk maar hebben geen contact met de rest van "
        "de portiek, taal is een drempel. Bewoners vinden dat jammer.",
        O,
        groups=("statushouders",),
    ),
    Case(
        "Wijkverpleging: dhr woont na scheiding alleen, verwaarloost zijn sociale contacten en komt "
        "weinig buiten. Buren maken zich zorgen maar er is geen overlast.",
        O,
        parties=triage.NOBODY,
    ),
    # ------------------------------------------------------------------ spanning
    Case(
        "Sinds de moskee uitbreidingsplannen heeft, wordt er in de straat veel negatief gepraat over "
        "'de moslims'. Een paar buren hebben een petitie tegen de bouw rondgestuurd.",
        S,
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Jongerenwerk: de jongens van het pleintje voelen zich steeds weggezet door de "
        "buurtpreventie-app, elke keer dat ze er staan wordt er een foto van ze gedeeld. Er is nog "
        "niks voorgevallen.",
        S,
        groups=("jongeren",),
    ),
    Case(
        "Woonconsulent: huurders in blok B klagen over de arbeidsmigranten op de bovenste verdieping, "
        "ze zouden hun afval niet scheiden. Mensen willen er niet naast wonen.",
        S,
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Oudere bewoners durven 's avonds het park niet meer door omdat er groepjes jongeren zitten. "
        "Die jongeren doen eigenlijk niks, maar het voelt intimiderend.",
        S,
    ),
    Case(
        "Na het besluit om flexwoningen voor statushouders op het veldje te zetten is de stemming in "
        "de buurt omgeslagen. Op bewonersavonden wordt gemopperd en mensen zeggen dat de gemeente "
        "hen niet serieus neemt.",
        S,
    ),
    # ------------------------------------------------------------------ incidenten
    Case(
        "Bovenbuurman (vermoedelijk alcoholprobleem) slaat 's nachts met deuren en schreeuwt tegen "
        "zijn vriendin, benedenburen bellen regelmatig de politie. Gesprek met hem loopt stroef.",
        I,
    ),
    Case(
        "Jongeren gooien met stenen naar de ramen van het buurthuis, 2 ruiten kapot. Niemand gewond. "
        "Jongerenwerk gaat met ze in gesprek.",
        I,
        groups=("jongeren",),
    ),
    Case(
        "Een homostel in de portiek wordt al een paar weken nageroepen door een groepje "
        "buurtbewoners en er is een keer poep voor hun deur gelegd.",
        I,
        groups=("lhbtiq",),
    ),
    Case(
        "Conflict tussen twee buren over de erfafscheiding is afgelopen weekend uit de hand gelopen, "
        "ze hebben elkaar uitgescholden en de ene heeft de schutting van de ander kapotgetrapt.",
        I,
        parties=triage.HOUSEHOLDS,
        type=triage.TYPE_HOUSEHOLDS,
    ),
    Case(
        "In het pand wonen steeds wisselende mannen, veel komen en gaan. Bewoners worden aangesproken "
        "om pakketjes aan te nemen en voelen zich onder druk gezet.",
        I,
    ),
    # ------------------------------------------------------------------ escalatie
    Case(
        "Afgelopen nacht is er een explosief afgegaan bij de voordeur van een woning in de straat. "
        "Bewoners zijn in paniek, er gaan allerlei verhalen rond over wie het was.",
        E,
    ),
    Case(
        "Twee families liggen al maanden met elkaar overhoop, gisteren kwam het tot een massale "
        "vechtpartij met ook neven en ooms van buiten de stad. Politie heeft de straat afgezet.",
        E,
        phase=triage.ACUTE,
        parties=triage.GROUPS,
    ),
    Case(
        "Jongerenwerker: er gaat een filmpje rond van een meisje dat wordt geslagen, in de groepsapps "
        "roepen jongeren op om de dader vanavond 'op te zoeken'. We verwachten een grote groep bij het "
        "winkelcentrum.",
        E,
        phase=triage.ACUTE,
    ),
    Case(
        "Een maand na de schietpartij bij de snackbar zijn veel ouders nog steeds bang. Er is behoefte "
        "aan een buurtavond waar mensen hun verhaal kwijt kunnen.",
        E,
        phase=triage.AFTERCARE,
    ),
    Case(
        "Bij de protestactie tegen het azc werden eieren en vuurwerk naar de bussen gegooid, ME moest "
        "de menigte uit elkaar drijven.",
        E,
        phase=triage.ACUTE,
    ),
)
