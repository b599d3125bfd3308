"""Realistic Dutch descriptions of neighbourhood situations, as a professional would type them,
with the level a Dutch wijkwerker would choose and, where it is obvious, the triage answers,
the situation type and the target groups.

Written before the vocabulary synonyms were tuned. Do not edit an entry to make the text
analysis pass: add a new one instead. No names, addresses or phone numbers of residents.

Non-conflict situations (loneliness, not taking part) carry the level "ongemak": nobody is in
conflict, residents live past each other, and that is the level the Wijkverbinder gives it.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    text: str
    level: str
    phase: str | None = None  # "acute" | "aftercare" for escalatie when obvious
    parties: str | None = None  # groups | households | one_resident | nobody
    answers: dict = field(
        default_factory=dict
    )  # care_need / crime / addressable / acute_threat -> yes|no
    type: str | None = None
    groups: tuple[str, ...] = ()  # target groups a professional would tick


O, S, I, E = "ongemak", "spanning", "incidenten", "escalatie"  # noqa: E741

CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------------ ongemak
    Case(
        "In de nieuwe flat aan de rand van de wijk wonen veel mensen die elkaar niet kennen. In de lift "
        "kijkt iedereen naar de grond en bijna niemand zegt goedendag. Een paar bewoners vertelden me dat "
        "ze het jammer vinden, maar niet weten hoe ze contact moeten leggen.",
        O,
    ),
    Case("Portiek 3 hoog: bewoners groeten niet terug, weten niet wie er naast ze woont.", O),
    Case(
        "Sinds er arbeidsmigranten uit Polen in een paar huizen aan het plein wonen, is er weinig contact. "
        "Ze werken lange dagen en komen laat thuis. Oudere bewoners weten niet goed hoe ze hen moeten "
        "benaderen; de taal is een drempel. Er is geen ruzie of overlast, men leeft vooral langs elkaar heen.",
        O,
        groups=("arbeidsmigranten", "ouderen"),
    ),
    Case(
        "Bewoners ergeren zich aan vuilniszakken die naast de container staan en aan fietsen in het "
        "trappenhuis. Ze mopperen erover tegen de huismeester, maar spreken elkaar er niet op aan.",
        O,
    ),
    Case(
        "Er is wat gedoe over parkeren in de straat: mensen zetten hun auto half op de stoep en daar wordt "
        "over gezeurd. Niemand is echt boos, het zijn kleine ergernissen.",
        O,
    ),
    Case(
        "In het nieuwe woonblok wonen statushouders en mensen die er al jaren wonen. Iedereen leeft zijn "
        "eigen leven. De nieuwe bewoners komen niet naar het buurtfeest, waarschijnlijk omdat ze niet weten "
        "dat het er is of zich niet uitgenodigd voelen.",
        O,
        groups=("statushouders", "nieuwe-bewoners"),
    ),
    Case(
        "Huurders en kopers in het gemengde complex hebben nauwelijks contact met elkaar. Er zijn geen "
        "conflicten, maar de VvE en de huurdersvereniging praten ook niet met elkaar.",
        O,
    ),
    Case(
        "Een paar bewoners willen graag iets doen aan de grauwe binnentuin, maar ze kennen de andere "
        "bewoners niet en durven niet aan te bellen.",
        O,
    ),
    Case(
        "De muziek van de bovenburen is in het weekend soms wat hard. De onderburen hebben er nooit iets "
        "van gezegd, ze weten niet hoe ze het moeten aankaarten.",
        O,
        parties="households",
    ),
    Case(
        "In deze wijk wonen veel studenten en oudere bewoners door elkaar. Studenten fietsen hard over de "
        "stoep en zetten hun fietsen voor de deur, ouderen vinden dat onprettig en zeggen er thuis wat van, "
        "maar niet tegen de studenten zelf. Er zijn geen incidenten geweest en er is nooit gescholden. "
        "Bij de bewonersavond kwamen alleen ouderen. De studenten weten vaak niet eens dat er een "
        "bewonerscommissie is. Beide groepen zeggen dat ze best iets samen zouden willen doen, bijvoorbeeld "
        "een opruimdag of een burendag in het voorjaar.",
        O,
        groups=("ouderen",),
    ),
    Case(
        "Jaren geleden was er een flinke burenruzie in dit portiek, maar die buren zijn allang verhuisd. "
        "Nu wonen er vooral jonge gezinnen die elkaar nog niet goed kennen.",
        O,
    ),
    Case(
        "Ouderen in de seniorenflat en de jonge gezinnen uit de nieuwbouw ernaast kennen elkaar niet. Ze "
        "zien elkaar alleen bij de supermarkt.",
        O,
        groups=("ouderen",),
    ),
    Case(
        "De bewoners van het woonzorgcomplex voor mensen met een verstandelijke beperking zijn nieuw in de "
        "straat. Buren weten niet goed hoe ze met hen om moeten gaan en houden wat afstand. Er is geen "
        "overlast.",
        O,
        groups=("lvb",),
    ),
    Case(
        "Jaren geleden waren hier rellen, maar dat is voorbij. Nu ergeren bewoners zich vooral aan het "
        "afval naast de containers.",
        O,
    ),
    Case(
        "Nieuwe bewoners uit de nieuwbouw zeggen wel gedag, maar verder is er geen contact met de mensen "
        "uit de oude arbeidersbuurt. Een paar bewoners van beide kanten zouden samen iets willen doen met "
        "de speeltuin.",
        O,
        groups=("nieuwe-bewoners",),
    ),
    # ------------------------------------------------------------------ spanning
    Case(
        "In de buurtapp gaat het steeds vaker over 'die jongeren van het pleintje'. Mensen schrijven dat ze "
        "daar niks te zoeken hebben en dat het allemaal tuig is. De jongeren zelf doen eigenlijk niets "
        "verkeerd, ze hangen wat rond.",
        S,
        parties="groups",
        groups=("jongeren",),
    ),
    Case(
        "Sinds bekend is dat er een azc komt in de oude school, is de sfeer in de wijk omgeslagen. Op de "
        "informatieavond riepen mensen dat het niet veilig meer wordt voor hun dochters. Buren praten over "
        "'wij' en 'zij'.",
        S,
        parties="groups",
        groups=("statushouders",),
    ),
    Case(
        "Oude bewoners zeggen dat ze zich niet meer thuis voelen in hun eigen buurt sinds er zoveel nieuwe "
        "mensen zijn komen wonen. Ze hebben het over 'die yuppen' en 'die buitenlanders'.",
        S,
        parties="groups",
        groups=("nieuwe-bewoners",),
    ),
    Case(
        "Bewoners van de flat mijden de Marokkaanse moeders bij het schoolplein en andersom. Er wordt over "
        "elkaar geroddeld.",
        S,
        parties="groups",
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Er is onrust over de komst van een woonvoorziening voor mensen met psychische problemen. "
        "Omwonenden zijn boos dat ze niet eerder zijn ingelicht en wantrouwen de gemeente.",
        S,
        groups=("ggz",),
    ),
    Case(
        "Kort: wij-zij gevoel tussen oude bewoners en statushouders. Veel vooroordelen, nog geen incidenten.",
        S,
        parties="groups",
        groups=("statushouders",),
    ),
    Case(
        "Een paar buren mopperen over de Poolse arbeidsmigranten in het huis op de hoek: 'die zuipen alleen "
        "maar', 'die houden zich niet aan de regels'. Er is geen echte overlast gemeld, het zijn vooral "
        "verhalen en vooroordelen.",
        S,
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Rond de uitbreiding van de moskee worden in de supermarkt en in de Facebookgroep van de wijk "
        "discriminerende opmerkingen gemaakt. Moslimbewoners voelen zich niet meer welkom.",
        S,
        parties="groups",
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Mensen durven de jongeren op het pleintje niet aan te spreken omdat ze bang voor ze zijn. Er is "
        "niets gebeurd, maar de groep voelt voor veel ouderen bedreigend.",
        S,
        parties="groups",
        groups=("jongeren", "ouderen"),
    ),
    Case(
        "De sfeer in de straat is al maanden gespannen. Bewoners die er al dertig jaar wonen vinden dat de "
        "nieuwe huurders van de corporatie 'de buurt verpesten'. Men groet elkaar niet meer en op "
        "verjaardagen gaat het nergens anders over.",
        S,
        parties="groups",
        groups=("nieuwe-bewoners",),
    ),
    Case(
        "Een homostel dat net in de straat woont, merkt dat sommige buren hen negeren en dat er achter hun "
        "rug over hen wordt gepraat. Er zijn geen scheldpartijen geweest, maar ze voelen zich niet welkom.",
        S,
        groups=("lhbtiq",),
    ),
    Case(
        "In het wijkcentrum zitten de Turkse ouderen en de Nederlandse ouderen altijd aan aparte tafels. "
        "Als de een binnenkomt, gaat de ander weg. Er wordt gezegd dat 'zij' het centrum hebben overgenomen.",
        S,
        parties="groups",
        groups=("ouderen", "culturele-gemeenschappen"),
    ),
    Case(
        "Sinds er een opvang voor dak- en thuislozen in de straat zit, zijn buren wantrouwig. Ze houden hun "
        "kinderen binnen en praten negatief over de bewoners van de opvang, hoewel er nog niets is "
        "voorgevallen.",
        S,
        groups=("dak-en-thuislozen",),
    ),
    Case(
        "Er is veel wantrouwen tussen de bewoners van de sociale huurflat en de nieuwe kopers. Kopers "
        "klagen dat de huurders hun tuin verwaarlozen, huurders vinden de kopers arrogant. Ze gaan elkaar "
        "uit de weg.",
        S,
        parties="groups",
    ),
    Case(
        "Gezinnen die rond moeten komen van een minimum voelen zich weggezet door de nieuwe, rijkere "
        "bewoners. In de buurtapp wordt gespot met mensen die naar de voedselbank gaan en er wordt over "
        "'asociaal volk' gesproken.",
        S,
        parties="groups",
        groups=("armoede",),
    ),
    Case(
        "Veel onbegrip tussen jong en oud in de straat, vooroordelen over en weer.",
        S,
        parties="groups",
    ),
    Case(
        "In 2015 waren er rellen rond de opvang. Nu, jaren later, zijn de meeste bewoners gewend aan de "
        "statushouders, maar in de buurtapp wordt nog altijd negatief over 'die lui' gepraat en mensen "
        "houden afstand.",
        S,
        groups=("statushouders",),
    ),
    # ------------------------------------------------------------------ incidenten
    Case(
        "Al maanden komt er overlast van een adres in de flat: harde muziek 's nachts, geschreeuw en bezoek "
        "tot laat. De bewoner is verslaafd en reageert niet als buren aanbellen. Er zijn inmiddels tientallen "
        "meldingen bij de corporatie.",
        I,
        parties="one_resident",
        answers={"care_need": "yes", "addressable": "no"},
        type="overlast-een-bewoner",
        groups=("verslaving",),
    ),
    Case(
        "Burenruzie tussen twee gezinnen over de schutting. Ze schelden elkaar uit als ze elkaar zien en "
        "de ene buurman heeft de auto van de andere bekrast.",
        I,
        parties="households",
    ),
    Case(
        "Hangjongeren bij het winkelcentrum: de ruiten van het bushokje zijn ingegooid en winkelend publiek "
        "wordt nageroepen. Ondernemers hebben al vaak de politie gebeld.",
        I,
        parties="groups",
        groups=("jongeren",),
    ),
    Case(
        "Een oudere mevrouw met dementie belt 's nachts bij buren aan en loopt in de war over de galerij. "
        "Buren zijn bezorgd en soms boos, en hebben al een paar keer de politie gebeld.",
        I,
        parties="one_resident",
        answers={"care_need": "yes"},
        type="overlast-een-bewoner",
        groups=("dementie", "ouderen"),
    ),
    Case(
        "Mot in de portiek: de bovenbuurman en de onderbuurvrouw hebben al weken heibel over lekkage en "
        "herrie. Vorige week stonden ze op de trap tegen elkaar te schreeuwen.",
        I,
        parties="households",
        type="burenconflict",
    ),
    Case(
        "Een man met psychische problemen, waarschijnlijk een psychose, schreeuwt op straat tegen "
        "voorbijgangers en heeft brievenbussen vernield. Buren zijn bang. Hij is niet aanspreekbaar en "
        "weigert hulp.",
        I,
        parties="one_resident",
        answers={"care_need": "yes", "addressable": "no"},
        groups=("ggz",),
    ),
    Case(
        "Bij een Syrisch gezin in de flat zijn twee keer racistische briefjes in de bus gedaan en hun "
        "fietsbanden zijn lek gestoken.",
        I,
        answers={"crime": "yes"},
        type="strafbaar-feit",
    ),
    Case(
        "Op de voordeur van een Joodse bewoner is een hakenkruis gekrast. De bewoner durft niet meer alleen "
        "naar buiten.",
        I,
        answers={"crime": "yes"},
        type="strafbaar-feit",
    ),
    Case(
        "De buurman met een licht verstandelijke beperking wordt door jongeren uit de buurt gepest en "
        "uitgelachen; ze hebben zijn ramen met eieren bekogeld. Hij reageert door terug te schelden.",
        I,
        answers={"care_need": "yes"},
        groups=("lvb", "jongeren"),
    ),
    Case(
        "Bewoners klagen steeds over drugsoverlast bij het portiek: er wordt gedeald, er liggen spuiten en "
        "er is veel aanloop. Ouders laten hun kinderen daar niet meer spelen.",
        I,
        answers={"crime": "yes"},
    ),
    Case(
        "Galerijflat, twee buren ruzieden vorige week flink, er werd gedreigd.",
        I,
        parties="households",
    ),
    Case(
        "De arbeidsmigranten in het pand aan de dijk houden 's nachts feestjes met veel lawaai, en er ligt "
        "steeds afval op straat. Buren hebben al meerdere keren geklaagd bij de gemeente en de politie is "
        "twee keer langs geweest.",
        I,
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Een bewoner die net uit de gevangenis komt, wordt door buren beschuldigd van inbraken. In de "
        "buurtapp worden beschuldigingen geuit en iemand heeft 'dief' op zijn deur gespoten.",
        I,
        groups=("ex-gedetineerden",),
    ),
    Case(
        "Er komen elke week klachten over geluidsoverlast van een gezin met vijf kinderen. De onderburen "
        "voelen zich geïntimideerd door de vader, die dreigend voor hun deur stond.",
        I,
        parties="households",
    ),
    Case(
        "Een jonge vrouw met een licht verstandelijke beperking laat steeds vreemde mannen binnen in haar "
        "flat. Er is geschreeuw, rommel op de galerij en buren vinden naalden in het trappenhuis. Ze schaamt "
        "zich en wordt boos als buren er iets van zeggen.",
        I,
        parties="one_resident",
        answers={"care_need": "yes"},
        type="overlast-een-bewoner",
        groups=("lvb",),
    ),
    Case(
        "Gezeik met de buren over de heg is uitgelopen op schelden en dreigen. De buurman zegt dat hij "
        "'het zelf wel gaat regelen'.",
        I,
        parties="households",
    ),
    Case(
        "Bij de ruzie over de speeltuin is het gelukkig niet tot een vechtpartij gekomen, maar er werd wel "
        "hard gescholden en een vader heeft een andere vader geduwd.",
        I,
    ),
    # ------------------------------------------------------------------ escalatie
    Case(
        "Na een filmpje op TikTok over een vermeende aanranding bij het azc roepen mensen online op om "
        "zaterdag 'naar het azc te gaan'. Er wordt een demonstratie aangekondigd en er gaan geruchten rond.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("statushouders",),
    ),
    Case(
        "Gisteravond stonden twee groepen jongeren uit verschillende wijken tegenover elkaar op het plein; "
        "een paar hadden messen bij zich. De politie moest ingrijpen.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("jongeren",),
    ),
    Case(
        "Het conflict tussen twee families in de straat is uit de hand gelopen: er is gevochten, een man is "
        "met een honkbalknuppel geslagen en familieleden van buiten de wijk komen verhaal halen.",
        E,
        phase="acute",
        answers={"crime": "yes", "acute_threat": "yes"},
        type="strafbaar-feit",
    ),
    Case(
        "Sinds de rellen van vorige maand is het stil in de wijk. Bewoners zijn nog geschokt, jongeren "
        "voelen zich weggezet en het vertrouwen in de politie is weg.",
        E,
        phase="aftercare",
    ),
    Case(
        "Nasleep van de schietpartij bij de snackbar: ouders houden kinderen binnen, er is een herdenking "
        "geweest en bewoners willen praten over wat er gebeurd is.",
        E,
        phase="aftercare",
    ),
    Case(
        "Er is brand gesticht bij de woning van een gezin met een vluchtelingenachtergrond. Buren zijn "
        "geschrokken, maar op sociale media wordt ook gejuicht en er wordt gedreigd met meer.",
        E,
        phase="acute",
        answers={"crime": "yes"},
        type="strafbaar-feit",
        groups=("statushouders",),
    ),
    Case(
        "Knokpartij op de kermis tussen jongens uit de wijk en een groep Marokkaanse jongeren. Daarna "
        "vernielingen en bedreigingen over en weer op Snapchat, en er wordt opgeroepen om het vrijdag 'af "
        "te maken'.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("jongeren",),
    ),
    Case(
        "Na de steekpartij in het portiek vorige week zijn buren bang en boos. Er liggen bloemen bij de "
        "deur. De corporatie wil een bijeenkomst organiseren om over de gebeurtenis te praten.",
        E,
        phase="aftercare",
    ),
    Case(
        "Bewoners hebben een actiegroep opgericht tegen de opvang en blokkeren met auto's de toegangsweg. De "
        "sfeer is grimmig: er worden bouwhekken omgegooid en medewerkers van de gemeente worden "
        "uitgescholden. De burgemeester overweegt een noodbevel.",
        E,
        phase="acute",
        parties="groups",
    ),
    Case(
        "Groepen bewoners van de twee flats staan sinds het weekend letterlijk tegenover elkaar: er werden "
        "stenen gegooid en er is een auto in brand gestoken. De ME is in de wijk.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
    ),
    Case(
        "Een groep hooligans uit de stad mengt zich in het protest tegen de nieuwe moskee. Het bestuur van "
        "de moskee heeft doodsbedreigingen gekregen.",
        E,
        phase="acute",
        parties="groups",
        answers={"crime": "yes", "acute_threat": "yes"},
        type="strafbaar-feit",
    ),
    Case(
        "Na de onrust rond de sloop van de flat is het weer rustig, maar veel bewoners vertrouwen de "
        "corporatie en de gemeente niet meer. Jongerenwerkers en de wijkagent willen samen met "
        "sleutelfiguren het gesprek weer op gang brengen.",
        E,
        phase="aftercare",
    ),
    Case(
        "Massale vechtpartij tussen twee groepen bij het voetbalveldje, ME ingezet.",
        E,
        phase="acute",
        parties="groups",
    ),
    Case(
        "Vorig jaar is een jongen uit de wijk doodgestoken. Bewoners praten er nog steeds over, ouders "
        "zijn bang en er is veel wantrouwen tussen de families. Er is behoefte aan een plek om samen te "
        "rouwen en te praten.",
        E,
        phase="aftercare",
    ),
    Case(
        "De spanningen tussen de Eritrese en de Nederlandse jongeren in de wijk zijn de afgelopen weken "
        "flink opgelopen. Het begon met geruchten op Instagram over een meisje dat lastig gevallen zou zijn. "
        "Daarna volgden scheldpartijen bij de sporthal en vorige week is een Eritrese jongen in elkaar "
        "geslagen door een groep. Nu gaan er berichten rond waarin jongens van buiten de wijk worden "
        "opgetrommeld om 'wraak te nemen'. Ouders van beide kanten zijn bang, de jongerenwerkers horen dat "
        "er wapens in omloop zijn. De wijkagent en het jongerenwerk overleggen dagelijks; de school vraagt "
        "wat zij moet doen. Er is behoefte aan een duidelijke lijn: wie praat met wie, en wat zeggen we naar "
        "buiten toe?",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("jongeren",),
    ),
    # ------------------------------------------------------------------ no conflict: loneliness, taking part
    Case(
        "Een oudere weduwnaar komt sinds de dood van zijn vrouw nauwelijks nog buiten. Hij zegt dat hij "
        "niemand meer heeft om mee te praten. Buren zien hem soms voor het raam zitten.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("ouderen", "eenzame-bewoners"),
    ),
    Case(
        "Veel statushouders in de wijk doen niet mee aan activiteiten in het buurthuis. Ze vinden het "
        "moeilijk om aan te sluiten door de taal en weten niet wat er te doen is.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("statushouders",),
    ),
    Case(
        "Een alleenstaande moeder met schulden schaamt zich en zegt alle uitnodigingen af. Ze heeft geen "
        "geld voor de sportclub van de kinderen en zit veel thuis.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("armoede",),
    ),
    Case(
        "Een man met niet-aangeboren hersenletsel is sinds zijn ongeluk erg op zichzelf. Hij vindt drukte "
        "lastig en heeft zijn oude vrienden uit het oog verloren.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("nah",),
    ),
    Case(
        "Mantelzorgers in de wijk zijn overbelast en hebben geen tijd meer voor hun eigen sociale contacten. "
        "Ze voelen zich alleen staan.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("mantelzorgers",),
    ),
    Case(
        "Jongeren in de wijk zitten veel binnen achter de computer en doen niet mee aan sport of aan het "
        "jongerencentrum. Ouders maken zich zorgen dat ze vereenzamen.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("jongeren",),
    ),
    Case(
        "Een oudere vrouw met beginnende dementie woont alleen. Ze vergeet afspraken en komt niet meer naar "
        "de koffieochtend. Er is geen overlast, buren maken zich wel zorgen.",
        O,
        parties="nobody",
        answers={"care_need": "yes"},
        type="eenzaamheid-meedoen",
        groups=("dementie", "ouderen"),
    ),
    Case(
        "Laaggeletterde bewoners missen informatie over activiteiten en regelingen, want alles gaat via "
        "brieven en de website. Daardoor doen ze weinig mee.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("laaggeletterden",),
    ),
    # ------------------------------------------------------------------ added later
    # Written after the first vocabulary existed, without running them first: a check on how
    # well the synonyms carry over to new wording. Never edited to pass.
    Case(
        "Op de galerij hebben de bewoners weinig met elkaar. Iedereen doet de deur dicht en gaat naar "
        "binnen. Een oudere bewoonster zei dat ze na twintig jaar nog steeds niet weet hoe haar buren heten.",
        O,
        groups=("ouderen",),
    ),
    Case(
        "Bewoners storen zich aan de scooters die op de stoep geparkeerd worden en aan de rommel bij de "
        "glasbak, maar dat blijft bij wat gemopper onderling.",
        O,
    ),
    Case(
        "Een groep ouders op het schoolplein praat alleen met de eigen kring. Nieuwe gezinnen uit de "
        "nieuwbouw voelen zich buitengesloten, maar er is geen onvriendelijkheid.",
        O,
        groups=("nieuwe-bewoners",),
    ),
    Case(
        "Sommige oude bewoners noemen de nieuwe Oost-Europese buren 'profiteurs' en zeggen dat 'die lui' "
        "de huizen inpikken. Ze lopen met een boog om hen heen.",
        S,
        parties="groups",
        groups=("arbeidsmigranten",),
    ),
    Case(
        "Na de berichten in de krant over de sluiting van het buurthuis is er veel boosheid. Bewoners "
        "voelen zich niet gehoord door de gemeente en in de wijk wordt gezegd dat 'alles naar de "
        "nieuwkomers gaat'.",
        S,
    ),
    Case(
        "Er hangt een naar sfeertje rond het trapveldje. Ouderen zeggen dat de jongeren er 'niks te zoeken "
        "hebben'; de jongeren voelen zich weggekeken. Concrete voorvallen zijn er niet.",
        S,
        parties="groups",
        groups=("ouderen", "jongeren"),
    ),
    Case(
        "Een buurvrouw met een alcoholprobleem scheldt 's avonds laat op de galerij tegen iedereen die "
        "langsloopt. De buren hebben het bij de woningbouw gemeld, maar het houdt niet op.",
        I,
        parties="one_resident",
        answers={"care_need": "yes"},
        groups=("verslaving",),
    ),
    Case(
        "Twee huishoudens in de straat liggen al maanden met elkaar overhoop over een boom op de "
        "erfgrens. Vorige week is er een bloembak van de een kapotgetrapt en ze praten niet meer met "
        "elkaar.",
        I,
        parties="households",
    ),
    Case(
        "Jongens op scooters rijden steeds rondjes door het hofje en roepen vrouwen met een hoofddoek "
        "dingen na. Een paar bewoonsters durven niet meer alleen boodschappen te doen.",
        I,
        groups=("jongeren",),
    ),
    Case(
        "De man op nummer onbekend vervuilt zijn tuin, stookt afval en de hele straat ruikt het. Hij "
        "lijkt zwakbegaafd en snapt niet waarom buren boos zijn. Hij is wel aanspreekbaar.",
        I,
        parties="one_resident",
        answers={"care_need": "yes", "addressable": "yes"},
        groups=("lvb",),
    ),
    Case(
        "Afgelopen zaterdag is er bij de moskee een varkenskop neergelegd. De gemeenschap is gekwetst en "
        "boos, de politie onderzoekt het.",
        I,
        answers={"crime": "yes"},
        type="strafbaar-feit",
        groups=("culturele-gemeenschappen",),
    ),
    Case(
        "Op het plein is een grote groep jongeren met de politie slaags geraakt; er zijn agenten "
        "bekogeld en er brandden containers. Op sociale media wordt opgeroepen om morgen terug te komen.",
        E,
        phase="acute",
        parties="groups",
        answers={"acute_threat": "yes"},
        groups=("jongeren",),
    ),
    Case(
        "Een familievete loopt uit de hand: er zijn ruiten ingeslagen bij beide families en er is met "
        "een mes gezwaaid. Omwonenden zijn doodsbang.",
        E,
        phase="acute",
        answers={"acute_threat": "yes"},
    ),
    Case(
        "Drie maanden na de ongeregeldheden rond de opvang proberen we de draad weer op te pakken. Veel "
        "bewoners schamen zich voor wat er gebeurd is, anderen zijn nog steeds boos. Het contact met de "
        "opvang moet opnieuw opgebouwd worden.",
        E,
        phase="aftercare",
    ),
    Case(
        "Na de explosie bij de woning op de hoek is de buurt van slag. Kinderen slapen slecht en ouders "
        "vragen om een avond waar ze hun zorgen kwijt kunnen.",
        E,
        phase="aftercare",
    ),
    Case(
        "Een oudere buurman die slecht ter been is, komt zijn huis nauwelijks uit sinds de lift al "
        "maanden kapot is. Hij mist de markt en de kerk.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("ouderen",),
    ),
    Case(
        "Een vader die net uit detentie komt, zit de hele dag thuis. Hij schaamt zich, zegt niemand gedag "
        "en durft niet naar de ouderavond.",
        O,
        parties="nobody",
        type="eenzaamheid-meedoen",
        groups=("ex-gedetineerden",),
    ),
)

# How many of CASES (at the end) were written after the first vocabulary: reported apart.
LATER = 17
