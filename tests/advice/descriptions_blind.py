"""Blind descriptions for the free-text helper: written BEFORE reading the cue words
(advice/lexicon.py), the vocabulary synonyms (fixtures/vocabulary.json) or the tuned regression
set (tests/advice/descriptions.py). They measure how the analysis generalises to wording the team
never saw. Do not edit an entry to make the analysis pass: add a new one instead.

BLIND_1 was written first and used to find general weaknesses (the fixes are general: field
vocabulary, word forms, fallbacks, never these sentences' words one by one). BLIND_2 was written
after those fixes and before looking at any result on it, and was not tuned on.

Levels follow the Wijkverbinder definitions: ongemak = living past each other, small
irritations, no hostility; spanning = incomprehension, wij-zij, negative images, complaints,
avoidance, no concrete damage; incidenten = concrete events (burenruzie, repeated nuisance,
intimidation, threats, vandalism, discriminatory acts); escalatie = groups facing each other,
violence, weapons, arson, riots, mobilisation, public order, and the aftercare after it.
No names, addresses or phone numbers.
"""

from tests.advice.descriptions import Case

O, S, I, E = "ongemak", "spanning", "incidenten", "escalatie"  # noqa: E741

BLIND_1: tuple[Case, ...] = (
    # ------------------------------------------------------------------ ongemak
    Case(
        "Oudere mevrouw (87) woont alleen sinds haar man is overleden. Kinderen wonen ver weg, "
        "ze komt de deur bijna niet meer uit en zegt dat ze soms dagen niemand spreekt.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("ouderen", "eenzame-bewoners"),
    ),
    Case(
        "Man van middelbare leeftijd, afgekeurd, zit de hele dag binnen. Doet nergens aan mee, "
        "kent geen buren. Geen overlast, maar de buurvrouw maakt zich zorgen dat hij vereenzaamt.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("eenzame-bewoners",),
    ),
    Case(
        "Statushoudersgezin sinds een half jaar in de wijk. Kinderen gaan naar school maar de ouders "
        "komen nergens, spreken nog weinig Nederlands en weten niet waar ze terecht kunnen.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("statushouders",),
    ),
    Case(
        "Buurthuis organiseert elke week een koffieochtend maar er komt vrijwel niemand uit de "
        "nieuwbouw. Die mensen doen niet mee aan activiteiten.",
        O,
        parties="nobody",
        groups=("nieuwe-bewoners",),
    ),
    Case(
        "Jonge moeder met LVB, net verhuisd, heeft geen netwerk in de buurt en durft niemand om "
        "hulp te vragen. Ze zit veel alleen thuis met de kleine.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("lvb", "eenzame-bewoners"),
    ),
    Case(
        "Mantelzorger van een man met beginnende dementie geeft aan dat ze geïsoleerd raakt, ze komt "
        "nergens meer aan toe en heeft het contact met de buurt verloren.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("mantelzorgers", "dementie"),
    ),
    Case(
        "In de flat wonen steeds meer arbeidsmigranten, ze werken in ploegendiensten en je ziet ze "
        "eigenlijk nooit. Oudere bewoners weten niet wie er nu allemaal woont. Geen problemen verder.",
        O,
        parties="groups",
        groups=("arbeidsmigranten", "ouderen"),
    ),
    Case(
        "Bewoners ergeren zich een beetje aan fietsen die in de gang staan en aan de vuilniszakken die "
        "een dag te vroeg buiten worden gezet. Niemand zegt er wat van.",
        O,
    ),
    Case(
        "Hofje met vooral ouderen en sinds kort een paar jonge gezinnen. Men groet elkaar wel maar "
        "verder leeft iedereen langs elkaar heen.",
        O,
        groups=("ouderen", "nieuwe-bewoners"),
    ),
    Case(
        "Buurvrouw vertelde bij de wijkteamtafel dat ze last heeft van de blaffende hond van de "
        "overburen, maar ze durft het niet zelf te zeggen. Verder geen gedoe.",
        O,
        parties="households",
    ),
    Case(
        "Veel nieuwe gezichten in de straat na de renovatie van de corpo-woningen. Oude bewoners "
        "en nieuwkomers kennen elkaar nog niet, er is behoefte aan een buurtactiviteit.",
        O,
        groups=("nieuwe-bewoners",),
    ),
    Case(
        "Alleenstaande vader met schulden, schaamt zich en trekt zich terug. Komt niet meer bij de "
        "voedselbank-inloop en zegt geen contacten te hebben.",
        O,
        parties="nobody",
        groups=("armoede", "eenzame-bewoners"),
    ),
    # ------------------------------------------------------------------ spanning
    Case(
        "Sinds de opening van het azc wordt er in de buurt flink gemopperd. Mensen zeggen dat ze 's "
        "avonds niet meer over straat durven, al is er concreet nog niks gebeurd.",
        S,
        parties="groups",
        type="tussen-groepen",
        groups=("statushouders",),
    ),
    Case(
        "Ouderen in de flat praten over 'die Polen' alsof het allemaal zuipers zijn. Er is geen "
        "contact, men kijkt elkaar met de nek aan.",
        S,
        parties="groups",
        type="tussen-groepen",
        groups=("ouderen", "arbeidsmigranten"),
    ),
    Case(
        "In de buurtapp gaat het al weken over de hangjongeren bij het winkelcentrum. Veel "
        "negatieve berichten, mensen lopen met een boog om ze heen. Er is verder niks voorgevallen.",
        S,
        parties="groups",
        type="tussen-groepen",
        groups=("jongeren",),
    ),
    Case(
        "Bewoners zijn boos over het besluit van de gemeente om een opvang voor dak- en thuislozen "
        "in het oude schoolgebouw te maken. Er heerst veel wantrouwen richting gemeente.",
        S,
        groups=("dak-en-thuislozen",),
    ),
    Case(
        "Er wordt veel geroddeld over de nieuwe bewoner op nr. 12 die uit de GGZ-instelling komt. "
        "Mensen zijn bang voor hem, terwijl hij eigenlijk niks doet.",
        S,
        groups=("ggz",),
    ),
    Case(
        "Het is een 'wij' en 'zij' verhaal geworden tussen de koopwoningen en de huurflat. "
        "De kopers vinden dat de flatbewoners de buurt verpesten.",
        S,
        parties="groups",
        type="tussen-groepen",
    ),
    Case(
        "Op Facebook in de wijkgroep felle discussie over de komst van statushouders, veel "
        "vooroordelen en nare opmerkingen. In de straat zelf is het rustig.",
        S,
        parties="groups",
        groups=("statushouders",),
    ),
    Case(
        "Een aantal moeders durft niet meer naar de speeltuin omdat er vaak een groep jongens "
        "rondhangt. Er is niks gebeurd maar de sfeer voelt niet fijn.",
        S,
        groups=("jongeren",),
    ),
    Case(
        "Bewoners klagen bij de woonconsulent steeds over 'de buitenlanders' in het portiek, "
        "zonder dat er iets concreets is. Onbegrip over elkaars gewoontes, koken, bezoek tot laat.",
        S,
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "De lhbti-bewoners in de straat voelen zich niet meer welkom, er wordt over hen gepraat en "
        "naar ze gestaard. Ze voelen zich niet meer thuis in de wijk.",
        S,
        groups=("lhbtiq",),
    ),
    Case(
        "Gespannen sfeer rond de moskee sinds het nieuws uit het Midden-Oosten. Mensen gaan elkaar "
        "uit de weg en er wordt gepraat over 'die moslims'.",
        S,
        parties="groups",
        type="tussen-groepen",
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Oudere bewoners zien de jeugd als het probleem van de wijk en de jongeren voelen zich "
        "weggezet. Over en weer veel onbegrip.",
        S,
        parties="groups",
        type="tussen-groepen",
        groups=("ouderen", "jongeren"),
    ),
    # ------------------------------------------------------------------ incidenten
    Case(
        "Burenruzie op driehoog is uit de hand aan het lopen: geluidsoverlast 's nachts, er wordt "
        "over en weer gescholden en de ene buur heeft de andere bedreigd.",
        I,
        parties="households",
        type="burenconflict",
    ),
    Case(
        "Man met verward gedrag in de portiekflat, schreeuwt 's nachts, bonkt op muren. Buren hebben "
        "al meerdere keren de politie gebeld. GGZ is in beeld maar hij weigert zorg.",
        I,
        parties="one_resident",
        answers={"care_need": "yes"},
        type="overlast-een-bewoner",
        groups=("ggz",),
    ),
    Case(
        "Er wordt gedeald vanuit een woning in de straat, veel aanloop, scooters af en aan. "
        "Wijkagent is op de hoogte, meerdere meldingen bij de corpo.",
        I,
        parties="one_resident",
        answers={"crime": "yes"},
        groups=("verslaving",),
    ),
    Case(
        "Hangjongeren bij de bushalte intimideren voorbijgangers, roepen dingen naar meiden en "
        "hebben afgelopen week de abri vernield.",
        I,
        parties="groups",
        groups=("jongeren",),
    ),
    Case(
        "Op de deur van een Syrisch gezin is met stift 'rot op naar je eigen land' geschreven. "
        "Ze zijn erg geschrokken. Aangifte gedaan.",
        I,
        answers={"crime": "yes"},
        groups=("statushouders",),
    ),
    Case(
        "Bewoner met een alcoholverslaving veroorzaakt al maanden overlast: harde muziek, "
        "ruzie in het trappenhuis, lege flessen in de tuin.",
        I,
        parties="one_resident",
        type="overlast-een-bewoner",
        groups=("verslaving",),
    ),
    Case(
        "Jongen met LVB wordt in de buurt gepest en uitgescholden door een groepje kinderen, "
        "ze hebben ook zijn fiets gesloopt.",
        I,
        groups=("lvb", "jongeren"),
    ),
    Case(
        "Twee families in de straat liggen al tijden overhoop. Vorige week is er geduwd en "
        "getrokken bij de voordeur, buurtbewoners moesten ertussen.",
        I,
        parties="households",
        type="burenconflict",
    ),
    Case(
        "Mevrouw met dementie belt meerdere keren per nacht aan bij de buren en loopt 's nachts "
        "verward over straat. Buren zijn het zat en hebben de politie ingeschakeld.",
        I,
        parties="one_resident",
        answers={"care_need": "yes"},
        type="overlast-een-bewoner",
        groups=("dementie",),
    ),
    Case(
        "In het arbeidsmigrantenpand is het elk weekend feest met veel drank, buren worden wakker "
        "van het lawaai en er wordt wildgeplast in de tuinen. Veel klachten en meldingen.",
        I,
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Er zijn inbraken geweest in de schuurtjes en een paar auto's opengebroken. Bewoners voelen "
        "zich onveilig en wijzen naar de jongens van het azc.",
        I,
        answers={"crime": "yes"},
        groups=("statushouders", "jongeren"),
    ),
    Case(
        "Buurman spuugt naar een vrouw met hoofddoek als ze langs loopt en roept racistische "
        "dingen. Ze durft niet meer langs zijn huis.",
        I,
        answers={"crime": "yes"},
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Flink wat overlast van junks in de onderdoorgang, spuiten op de grond, mensen worden "
        "lastiggevallen om geld.",
        I,
        groups=("verslaving",),
    ),
    # ------------------------------------------------------------------ escalatie
    Case(
        "Gisteravond is het volledig uit de hand gelopen op het plein: twee groepen jongeren gingen "
        "met elkaar op de vuist, er werd met stenen gegooid en de ME moest ingrijpen.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("jongeren",),
    ),
    Case(
        "Via TikTok en Telegram wordt opgeroepen om zaterdag naar het azc te komen 'om het op te "
        "lossen'. Burgemeester overweegt een noodbevel.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("statushouders",),
    ),
    Case(
        "Vannacht is er brand gesticht in de portiek van het pand waar de arbeidsmigranten wonen. "
        "Politie gaat uit van opzet.",
        E,
        phase="acute",
        answers={"crime": "yes", "acute_threat": "yes"},
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Bij de ruzie tussen de twee families werd een mes getrokken, een man is met steekwonden "
        "naar het ziekenhuis gebracht.",
        E,
        phase="acute",
        answers={"crime": "yes", "acute_threat": "yes"},
    ),
    Case(
        "Na de rellen van vorige maand is de buurt nog steeds aangeslagen. We organiseren "
        "gesprekken om het vertrouwen tussen bewoners en politie te herstellen.",
        E,
        phase="aftercare",
    ),
    Case(
        "Nazorg na de schietpartij in de straat: bewoners zijn geschrokken, kinderen slapen slecht. "
        "Er is behoefte aan een bijeenkomst om erover te praten.",
        E,
        phase="aftercare",
    ),
    Case(
        "Demonstratie tegen de komst van de opvang, ruim 200 man, een deel kwam van buiten de "
        "gemeente. Er werd vuurwerk naar de politie gegooid.",
        E,
        phase="acute",
        parties="groups",
        groups=("statushouders",),
    ),
    Case(
        "Een groep buurtbewoners heeft zich verzameld voor de woning van een man over wie het "
        "gerucht gaat dat hij een pedo is. Er dreigt eigenrichting, wijkagent ter plaatse.",
        E,
        phase="acute",
        answers={"acute_threat": "yes"},
    ),
    Case(
        "Buurman is met een honkbalknuppel op de overbuurman afgegaan, die heeft flink letsel. "
        "Er wordt nu ook door familie gedreigd met wraak.",
        E,
        phase="acute",
        answers={"crime": "yes", "acute_threat": "yes"},
    ),
    Case(
        "Jongeren uit twee wijken hebben via Snapchat afgesproken om te knokken, er gaan filmpjes "
        "rond met messen. Politie houdt toezicht.",
        E,
        phase="acute",
        parties="groups",
        groups=("jongeren",),
    ),
    Case(
        "Auto's in brand gestoken bij de flat, derde keer deze maand. Bewoners zijn doodsbang.",
        E,
        phase="acute",
        answers={"crime": "yes"},
    ),
    Case(
        "De mishandeling van de homo-man vorige week heeft veel losgemaakt. We zijn nu bezig met "
        "nazorg en praten met bewoners over wat er gebeurd is.",
        E,
        phase="aftercare",
        groups=("lhbtiq",),
    ),
    Case(
        "Er werd een explosief bij de voordeur van een woning gelegd, de hele straat was wakker. "
        "Buurt is enorm geschrokken en mensen willen weten of het weer gebeurt.",
        E,
        answers={"crime": "yes"},
    ),
)

BLIND_2: tuple[Case, ...] = (
    # ------------------------------------------------------------------ ongemak
    Case(
        "Weduwnaar van in de 80, loopt slecht en kan niet meer naar de markt. Zijn dochter belde "
        "het wijkteam omdat hij aangeeft dat hij zich erg alleen voelt.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("ouderen", "eenzame-bewoners"),
    ),
    Case(
        "Gezin uit Eritrea zit sinds 2 maanden in de straat. De kinderen spelen nog niet met de "
        "andere kinderen en de moeder komt alleen buiten om boodschappen te doen.",
        O,
        groups=("statushouders",),
    ),
    Case(
        "Bij de nieuwe appartementen aan de dijk: jonge stellen, werken allebei, 's avonds laat "
        "thuis. Buren van de oude rijtjeshuizen zeggen dat ze nooit iemand zien.",
        O,
        groups=("nieuwe-bewoners",),
    ),
    Case(
        "Kleine irritaties op de galerij over schoenen en planten voor de deur. Men praat er "
        "onderling over maar niemand stapt op de ander af.",
        O,
    ),
    Case(
        "Man met NAH na een ongeluk, woont sinds kort zelfstandig. Hij kent nog niemand in de "
        "buurt en zou graag ergens vrijwilligerswerk doen.",
        O,
        parties="nobody",
        groups=("nah",),
    ),
    Case(
        "Laaggeletterde mevrouw haakt af bij alles wat via brieven of de app gaat, mist daardoor "
        "de buurtactiviteiten en staat een beetje aan de zijlijn.",
        O,
        parties="nobody",
        groups=("laaggeletterden",),
    ),
    # ------------------------------------------------------------------ spanning
    Case(
        "Na de komst van de flexwoningen voor spoedzoekers en statushouders is de toon in de "
        "straat veranderd. Langwonende bewoners zeggen 'zij krijgen alles en wij niks'.",
        S,
        parties="groups",
        type="tussen-groepen",
        groups=("statushouders", "nieuwe-bewoners"),
    ),
    Case(
        "Bij de school staan Turkse en Nederlandse moeders in aparte groepjes. Er wordt over "
        "elkaar gepraat, niet met elkaar. Sommige moeders voelen zich buitengesloten.",
        S,
        parties="groups",
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Huurders van de corpo voelen zich achtergesteld t.o.v. de kopers in het nieuwe deel. "
        "Ze hebben het gevoel dat er alleen naar 'die mensen met geld' geluisterd wordt.",
        S,
        parties="groups",
        type="tussen-groepen",
    ),
    Case(
        "Bewoners van het seniorencomplex willen niet dat de jongeren nog op het bankje bij de "
        "ingang zitten, ze vinden ze eng. De jongeren doen verder niks.",
        S,
        groups=("ouderen", "jongeren"),
    ),
    Case(
        "In de Facebookgroep van het dorp veel gescheld op de Roemenen van de champignonkwekerij, "
        "mensen posten foto's van hun busjes. Op straat merk je er weinig van.",
        S,
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Er heerst argwaan tegenover de man van beschermd wonen die op de hoek woont, ouders "
        "waarschuwen hun kinderen voor hem. Hij heeft nooit iemand iets gedaan.",
        S,
        groups=("ggz",),
    ),
    # ------------------------------------------------------------------ incidenten
    Case(
        "Bovenbuurman met psychische problemen staat soms midden in de nacht te schreeuwen op het "
        "balkon en gooit spullen naar beneden. Onderburen zijn bang en hebben al een paar keer 112 "
        "gebeld.",
        I,
        parties="one_resident",
        answers={"care_need": "yes"},
        type="overlast-een-bewoner",
        groups=("ggz",),
    ),
    Case(
        "Een oudere man met een rollator wordt steeds uitgelachen en nageroepen door een groepje "
        "pubers, laatst hebben ze zijn rollator in de sloot gegooid.",
        I,
        groups=("ouderen", "jongeren"),
    ),
    Case(
        "Woning wordt gebruikt als drugspand, buren zien veel loopverkeer en vinden regelmatig "
        "zakjes en lachgaspatronen in de bosjes. Woonconsulent en wijkagent zijn ingelicht.",
        I,
        answers={"crime": "yes"},
        groups=("verslaving",),
    ),
    Case(
        "Conflict tussen twee buren over de schutting is geëscaleerd tot beschuldigingen over en "
        "weer, gescheld over de heg en een kapotgetrapte plantenbak.",
        I,
        parties="households",
        type="burenconflict",
    ),
    Case(
        "Op de auto van een homostel is een scheldwoord gekrast. Ze hebben aangifte gedaan en "
        "voelen zich niet meer veilig in de straat.",
        I,
        answers={"crime": "yes"},
        groups=("lhbtiq",),
    ),
    Case(
        "Zwervers slapen in de bergingen van de flat, laten troep achter en bewoners worden "
        "aangesproken om geld. Corporatie heeft sloten vervangen maar het blijft gebeuren.",
        I,
        groups=("dak-en-thuislozen",),
    ),
    Case(
        "Buurvrouw stuurt al weken dreigende appjes naar de overburen omdat hun kat in haar tuin "
        "poept. Gisteren stond ze te schreeuwen voor hun raam.",
        I,
        parties="households",
        type="burenconflict",
    ),
    # ------------------------------------------------------------------ escalatie
    Case(
        "Vrijdagnacht grote vechtpartij bij de shoarmazaak tussen jongens uit de wijk en een groep "
        "van buiten, één jongen is neergestoken. Veel onrust, politie is massaal aanwezig.",
        E,
        phase="acute",
        parties="groups",
        answers={"crime": "yes", "acute_threat": "yes"},
        groups=("jongeren",),
    ),
    Case(
        "Bewoners blokkeren sinds vanochtend met trekkers de weg naar de nieuwe opvanglocatie, er "
        "komen steeds meer mensen bij. Burgemeester is onderweg.",
        E,
        phase="acute",
        parties="groups",
        groups=("statushouders",),
    ),
    Case(
        "Drie weken na de steekpartij in het park is het nog steeds onrustig in de buurt. Ouders "
        "zijn angstig, we willen met school en jongerenwerk een avond organiseren om te praten.",
        E,
        phase="aftercare",
        groups=("jongeren",),
    ),
    Case(
        "Filmpje van een ruzie tussen een buurtbewoner en een statushouder ging rond op TikTok, "
        "nu staan er elke avond groepjes voor de deur van het gezin en wordt er gedreigd hun huis "
        "in de fik te steken.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("statushouders",),
    ),
    Case(
        "Sinds de explosie bij de woning van de familie vorige maand zijn bewoners bang en "
        "wantrouwend naar elkaar. We zijn in gesprek met de corporatie over nazorg.",
        E,
        phase="aftercare",
    ),
    Case(
        "Twee Poolse mannen zijn na een ruzie in het pension met een mes op elkaar afgegaan, "
        "andere bewoners hebben ze uit elkaar gehaald. Politie heeft beide mannen meegenomen.",
        E,
        phase="acute",
        answers={"crime": "yes"},
        groups=("arbeidsmigranten",),
    ),
)
