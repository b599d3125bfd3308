"""Second blind set of Dutch test sentences for the personal-data guard.

Written independently of the guard implementation and of the first blind set.
PERSONAL holds (kind, sentence) pairs that contain invented personal data of
residents and must be caught; ORDINARY holds realistic professional notes of
neighbourhood social workers without personal data that must NOT be refused.
All names, numbers and addresses are invented. BSNs pass the 11-proof and
IBANs pass mod-97, except the two IBANs marked as typo, which fail on purpose.
"""

PERSONAL = [  # (kind, sentence)
    # ------------------------------------------------------------------ phone
    (
        "phone",
        "Gesprek gehad bij de voordeur, ze was erg onrustig en wilde niet binnen praten. Ze vroeg of ik haar na drie uur terugbel op 06 41 83 29 57 want dan zijn de kinderen naar bed. Daarna zelf contact opgenomen met de huisarts.",
    ),
    (
        "phone",
        "bewoner belde over de lekkage in het portiek, had al 3x de corporatie gebeld zonder resultaat. terugbellen op 010-4127736 of anders haar werk 078-6134295 graag voor vrijdag. situatie lijkt urgent",
    ),
    (
        "phone",
        "Hij schreef de nummers op een bierviltje: 020.638.41.95 of 035.624.18.70 en zei dat zijn zus meestal opneemt. Ik heb beloofd dat ik deze week bel.",
    ),
    (
        "phone",
        "Overdracht aan collega: meneer is vaak niet thuis overdag, beter bellen naar 030/2719463 (vaste lijn) na 18u of naar zijn werk in Zwolle 038/4217650. Hij spreekt redelijk Nederlands.",
    ),
    (
        "phone",
        "In de buurtkamer liet een vrouw haar nummer achter voor de kookgroep, (070) 345 67 12. Ze wil graag helpen met de inkoop. Volgende week koppelen aan de vrijwilligerscoördinator.",
    ),
    (
        "phone",
        "Doorgestuurd uit whatsapp: 'hoi ik ben de dochter van de buurvrouw, u kunt mij bereiken op +31 6 2847 1936 als er iets is'. Ik heb gereageerd dat ik morgen langskom.",
    ),
    (
        "phone",
        "Zoon woont in Eindhoven en wil betrokken worden bij het gesprek. Zijn nummer is 0031 (0)40 2457 813, hij werkt in ploegendienst. Zijn vrouw werkt in Maastricht: 043-3256187. Afspraak volgt in overleg.",
    ),
    (
        "phone",
        "mevr wil geen post meer van de gemeente maar wel gebeld worden +31(0)6-19384726 svp niet voor 10 uur, ze slaapt slecht door de pijn",
    ),
    (
        "phone",
        "Het gezin is tijdelijk bij familie in Antwerpen. De moeder is bereikbaar via +32 486 27 19 04 en komt over twee weken terug naar de wijk.",
    ),
    (
        "phone",
        "Opa woont in België en belt regelmatig. Hij gaf zijn vaste nummer 0032 3 218 45 67 op voor als de kleinkinderen niet naar school gaan. Dit met de intern begeleider besproken.",
    ),
    (
        "phone",
        "nieuw nummer van de jongen (belgisch abonnement want goedkoper) 0497 12 83 44. hij reageert beter op sms dan op bellen. verder rustig gesprek gehad",
    ),
    (
        "phone",
        "Tante in Brussel wil opvang regelen tijdens de opname. Haar nummers: 02/513 27 89 of op het werk in Gent 09 223 41 76. Ik heb uitgelegd wat wij wel en niet kunnen doen.",
    ),
    (
        "phone",
        "Ze spelde het nummer cijfer voor cijfer want ze was bang dat ik het fout zou noteren: 0 6 3 8 1 2 7 4 5 9. Daarna vertelde ze over de schulden en de brieven die ze niet meer opent.",
    ),
    (
        "phone",
        "snel getypt tijdens huisbezoek: tel o6-28I94O37 bellen ivm formulier huurtoeslag. geen tolk nodig, dochter vertaalt",
    ),
    (
        "phone",
        "Via de buurtapp kwam een melding binnen van een bewoner met nummer 06\u201347291836 over overlast van brommers. Samen met de wijkagent opgepakt.",
    ),
    (
        "phone",
        "Adviseur van de huurdersvereniging in Nijmegen doorgegeven: 024\u00a0356\u00a07812. De bewoner wil dat we samen bellen, ze durft het niet alleen.",
    ),
    (
        "phone",
        "Hij komt oorspronkelijk uit Groningen en zijn broer daar houdt een oogje in het zeil. Broer: 050\u2009312\u202f45\u202f67, liever niet in het weekend bellen.",
    ),
    (
        "phone",
        "Mob: 06\u200b2938\u200d47\u206015 (gekopieerd uit de mail van de bewoner). Ze vraagt hulp bij het invullen van de aanvraag bijzondere bijstand. Afspraak dinsdag in het wijkcentrum.",
    ),
    (
        "phone",
        "Bericht van de buurvrouw doorgestuurd, haar nummer stond er zo in: ０６－３９１８４７２６. Zij maakt zich zorgen om de man op de hoek die al dagen niet buiten is geweest.",
    ),
    (
        "phone",
        "Contactpersonen genoteerd voor het netwerkberaad. Dochter in Tilburg 013-5364821, zoon in Haarlem 023 - 531 92 04 een nicht in Arnhem 026 4438190 en een neef in Leiden 071-5148263. Niet alle drie weten van elkaar dat ze benaderd worden.",
    ),
    (
        "phone",
        "whatsapp van de vader (werkt in de kassen) via 074-2628391, thuis 0546 87 23 19 bij zijn zwager in Almelo. Hij wil zijn kinderen graag bij de sportclub hebben maar weet niet hoe dat moet.",
    ),
    (
        "phone",
        "Voor de ouderenmiddag belt vrijwilliger tel.0318-642197 de deelnemers in Veenendaal na, en 0475 33 82 16 in Roermond. Ook nog 0113 231456 (Goes), 0161-452873 (Gilze) en 0299-417352 genoteerd van twee mantelzorgers.",
    ),
    # ------------------------------------------------------------------ email
    (
        "email",
        "Ze wil het verslag liever per mail ontvangen op fatima.elamrani@hotmail.com omdat de post vaak kwijtraakt. Ik heb gezegd dat we geen medische info mailen.",
    ),
    (
        "email",
        "Vader gaf zijn mailadres: J.deVries1978@Gmail.COM, hij checkt dat alleen in het weekend. Daarom de uitnodiging voor het keukentafelgesprek ruim van tevoren gestuurd.",
    ),
    (
        "email",
        "aanmelding buurtmoestuin binnengekomen van kees_bakker64@ziggo.nl, hij heeft vroeger bij de plantsoenendienst gewerkt en wil de jongeren iets leren",
    ),
    (
        "email",
        "De jongerenwerker noteerde het adres zoals de jongen het uitsprak: sanne dot meijer at outlook dot com. Ik stuur haar de flyer van het huiswerkcafé.",
    ),
    (
        "email",
        "Mailadres van mevrouw r.ramsaran(at)kpnmail(punt)nl voor de nieuwsbrief van de bewonerscommissie. Zij wil ook graag meedenken over het buurtbudget.",
    ),
    (
        "email",
        "Hij wil geen whatsapp maar wel mail, adres is yusuf.kaya[@]live.nl. Volgende stap: informatie over schuldhulp sturen en over twee weken nabellen.",
    ),
    (
        "email",
        "Via de telefoon doorgegeven: m punt bos apenstaartje gmail punt com. Ze zoekt een maatje voor haar moeder die net weduwe is geworden.",
    ),
    (
        "email",
        "In het whatsapp-bericht stond het zo: henk . postma @ planet . nl (spaties zaten erin). Hij is penningmeester van de speeltuinvereniging en wil de begroting doorsturen.",
    ),
    (
        "email",
        "De buurvrouw mailde vanaf anouk.visser\uff20xs4all.nl en zette de moeder van het gezin in de cc op d.jansen\ufe6bkpnplanet.nl. Ze maken zich allebei zorgen over de kinderen.",
    ),
    (
        "email",
        "Kopie van de mail bewaard, afzender lotte\u200b.smit@\u200dgmail\u2060.com. Ze klaagt over geluidsoverlast van de bovenburen en wil een buurtbemiddelingstraject.",
    ),
    # ------------------------------------------------------------------ bsn
    (
        "bsn",
        "Bij het invullen van het formulier voor de kwijtschelding had ze haar pas niet bij zich. Later stuurde ze een foto, daarop stond 725763863. Ik heb de foto direct verwijderd.",
    ),
    (
        "bsn",
        "Volgens de brief van de Belastingdienst is het nummer van meneer 1785.98.835 maar die brief is al oud. Graag checken bij het wijkteam voordat we iets aanvragen.",
    ),
    (
        "bsn",
        "Notitie voor de aanvraag WMO: bsn 162 275 869, toestemming gegeven voor het opvragen van gegevens. Ergotherapeut komt volgende week.",
    ),
    (
        "bsn",
        "de dochter gaf telefonisch het BSN-nummer door 192-285-142 zodat we de aanvraag voor de bijzondere bijstand konden afmaken. morgen verder",
    ),
    (
        "bsn",
        "Op de kopie van de verblijfsvergunning stond burgerservicenummer: 691682483. Die kopie hoort niet in ons systeem, teruggegeven aan de bewoner.",
    ),
    (
        "bsn",
        "Hij had zijn oude sofinr nog uit zijn hoofd, 688 13 61 38, en dacht dat hij dat nodig had voor de energietoeslag. Uitgelegd dat we dat niet vastleggen.",
    ),
    (
        "bsn",
        "Aanmelding schuldhulp, BSN 3211.46.487, inkomsten uit uitkering en een bijbaantje. Hij wil snel geholpen worden omdat er een deurwaarder is geweest.",
    ),
    (
        "bsn",
        "Op de envelop van het UWV had iemand met pen 187891151 geschreven en dat blijkt haar nummer te zijn. Zij vroeg of ik de envelop wilde bewaren, dat heb ik niet gedaan.",
    ),
    # ------------------------------------------------------------------ iban
    (
        "iban",
        "Voor de terugbetaling van de eigen bijdrage gaf ze haar rekeningnummer NL48 RABO 9197 0232 48. Ik heb gezegd dat ze dit rechtstreeks aan de gemeente moet doorgeven.",
    ),
    (
        "iban",
        "mevrouw las het nummer voor van haar pasje nl24ingb1895823848 en vroeg of wij de huur kunnen overmaken. uitgelegd dat wij geen geld beheren",
    ),
    (
        "iban",
        "De voedselbank vraagt om een rekening voor de bijdrage, hij gaf NL71.ABNA.7646.8628.47 op. Dat ga ik niet in het dossier zetten.",
    ),
    (
        "iban",
        "In het whatsapp-gesprek stond: 'kunt u het geld storten op NL10-SNSB-6495-0478-10 dan betaal ik de boodschappen'. Gesprek gevoerd over wat wel en niet kan.",
    ),
    (
        "iban",
        "Bewindvoerder heeft twee rekeningen geopend: leefgeldrekening NL40KNAB2969965264 en een vaste-lastenrekening NL30 RBRB 5742 5026 04. Zo houdt ze overzicht.",
    ),
    (
        "iban",
        "Toeslagen komen sinds maart binnen op NL12 ASNB 7381 2381 59, de oude rekening is geblokkeerd. Ze is opgelucht dat er weer ruimte is.",
    ),
    (
        "iban",
        "Hij gebruikt een app-bank, nl87 bunq 6947 7664 77, en zijn vrouw heeft NL47TRIO2059386986 voor de kinderbijslag. Het overzicht van de uitgaven maken we samen.",
    ),
    (
        "iban",
        "De familie in België betaalt mee aan de huur via BE92 4607 6341 7423. Onduidelijk of dit als inkomen geldt, navragen bij de consulent.",
    ),
    (
        "iban",
        "Zijn loon van het uitzendbureau in Duitsland komt binnen op DE62 5001 0517 4418 2039 67 en dat geeft problemen met de toeslagen. Doorverwezen naar het Juridisch Loket.",
    ),
    (
        "iban",
        "Ze schreef haar rekeningnummer met de hand op het formulier, NL08 RABO 6394 9192 05, maar volgens de bank klopt het nummer niet. Samen haar bankpas erbij gepakt.",
    ),
    (
        "iban",
        "rekening voor de teruggave (let op tikfout mogelijk) NL02SNSB2622798742 volgens de mail van de zoon. nog even checken met mevrouw zelf",
    ),
    # --------------------------------------------------------------- address
    (
        "address",
        "Melding van de buren over een sterke gaslucht. Het gaat om de woning Kerkstraat 12A, de bewoner doet niet open. Netbeheerder en wijkagent ingeschakeld.",
    ),
    (
        "address",
        "Ze woont sinds de scheiding met haar twee kinderen op Populierenlaan 31 a, een kleine bovenwoning zonder lift. Ze vraagt of we kunnen helpen met een urgentieverklaring.",
    ),
    (
        "address",
        "huisbezoek gedaan jan steenstraat 48-A, keuken vol met spullen en een sterke urinelucht. collega GGZ erbij betrokken",
    ),
    (
        "address",
        "Het adres voor de kerstpakketten is Eerste Oosterparkstraat 112-1. Hij kan zelf de trap niet meer af dus we brengen het boven.",
    ),
    (
        "address",
        "Meneer woont op Bilderdijkstraat 67 I en heeft al weken last van schimmel in de slaapkamer. Foto's gemaakt voor de corporatie.",
    ),
    (
        "address",
        "De jongeren hangen vaak rond bij de portiek van Kinkerstraat 140-hoog, de bewoner daar voelt zich geintimideerd. Afspraak met jongerenwerk gemaakt.",
    ),
    (
        "address",
        "Rotterdamse notatie aangehouden: Gerdesiaweg 23 zw, de bel doet het niet dus kloppen. Daarna doorgelopen naar Zaagmolenkade 41 rd voor het tweede huisbezoek.",
    ),
    (
        "address",
        "Ze is verhuisd naar Schiedamseweg 190 bg omdat ze geen trappen meer kan lopen. De nieuwe buren weten nog niet dat ze slechtziend is.",
    ),
    (
        "address",
        "Gesprek op het adres Oudegracht 214, 2e etage, met de moeder en de oudste zoon. Er ligt een stapel ongeopende post op tafel.",
    ),
    (
        "address",
        "Hij staat ingeschreven op Pr. Hendrikstr. 3 maar slaapt meestal bij een vriend. Voor de uitkering moet dat worden uitgezocht.",
    ),
    (
        "address",
        "De ouderensoos wil de mevrouw van de Burg. Visserlaan 20 ophalen met de buurtbus, ze rijdt niet meer zelf. Vrijwilliger geregeld.",
    ),
    (
        "address",
        "Overlastmelding: muziek tot diep in de nacht uit Mr. de Kempenaerstraat 8. Buurtbemiddeling is al eens langs geweest, zonder resultaat.",
    ),
    (
        "address",
        "nieuw adres van het gezin wilhelminastraat 27b, ze hebben nog geen meubels. aanvraag inrichtingskosten loopt",
    ),
    (
        "address",
        "Vandaag langs geweest bij SPOORSINGEL 14 (zo stond het op de doorverwijzing van de huisarts). Meneer deed open in zijn ochtendjas en wilde even praten.",
    ),
    (
        "address",
        "Voor de taxi naar het ziekenhuis het adres doorgegeven als 3514 BG 7, de chauffeur kon het eerst niet vinden. Volgende keer zelf meerijden.",
    ),
    (
        "address",
        "postcode en huisnummer uit het aanmeldformulier: 2512xc-41. bewoonster wil hulp bij het aanvragen van een scootmobiel",
    ),
    (
        "address",
        "De kleindochter gaf het adres van opa door: 6821 HT, nr. 5. Hij is de laatste tijd verward en loopt 's nachts op straat.",
    ),
    (
        "address",
        "Voor de aanmelding bij de voedselbank: postcode 3011 HJ huisnr 14, drie kinderen en geen vast inkomen. Intake gepland voor donderdag.",
    ),
    (
        "address",
        "Ze woont op huisnummer 9 aan de Zeestraat, de deur met de kapotte brievenbus. Ze durft niet meer naar buiten sinds de inbraak.",
    ),
    (
        "address",
        "Op nr 31 op de Ringdijk woont een man die al maanden de tuin niet bijhoudt, buren klagen over ratten. Ik heb aangebeld maar er deed niemand open.",
    ),
    (
        "address",
        "Mevrouw is tijdelijk ondergebracht bij haar zus op Oude Delft 45 en komt daarna terug naar de wijk. De zus werkt overdag, dus we bellen 's avonds.",
    ),
    (
        "address",
        "Het jongerenwerk zag hem gisteren bij de snackbar, hij woont inmiddels op Nieuwe Binnenweg 210b en heeft een kamer gehuurd zonder contract. Zorgen over uitbuiting.",
    ),
    (
        "address",
        "Na de brand slaapt het gezin tijdelijk in een hotelkamer; post gaat naar Hofplein 7 waar een kennis woont. Ook de school is ingelicht.",
    ),
    (
        "address",
        "De oude man op Lijnbaan 12 zit veel alleen en vraagt of er iemand langs kan komen. Breestraat 3 heeft een vergelijkbare vraag ingediend via de huisarts.",
    ),
    # ------------------------------------------------------------------ name
    (
        "name",
        "Gesprek bij de bushalte met mevrouw Jansen die net terugkwam van de dagbesteding. Ze vertelde dat ze zich sinds het overlijden van haar man erg eenzaam voelt.",
    ),
    (
        "name",
        "Mevr. El Idrissi wil graag deelnemen aan de taalcafé, maar heeft geen oppas voor haar jongste. Kinderopvang in het wijkcentrum nagevraagd.",
    ),
    (
        "name",
        "afspraak met mw. van dijk verzet naar volgende week want ze moest naar het ziekenhuis. geen nieuws over de huurachterstand",
    ),
    (
        "name",
        "In de wachtkamer sprak ik meneer Özdemir, hij vroeg hulp bij een brief van het CJIB. We hebben samen een betalingsregeling aangevraagd.",
    ),
    (
        "name",
        "Mnr. Bakker belde boos op over de vuilcontainers en dreigde naar de krant te stappen. Ik heb hem uitgenodigd voor het bewonersoverleg.",
    ),
    (
        "name",
        "Overleg met de corporatie over de woning van dhr. Ramdin, er is al drie keer een reparatieverzoek ingediend voor de cv-ketel. Nog geen monteur geweest.",
    ),
    (
        "name",
        "Na de bijeenkomst bleef de heer Martina nog even hangen om te vertellen over zijn zoon die in de problemen zit. Volgende week vervolggesprek.",
    ),
    (
        "name",
        "De intern begeleider vertelde dat juffrouw Veenstra zich zorgen maakt over een leerling die vaak zonder ontbijt komt. Ik ga met school en ouders in gesprek.",
    ),
    (
        "name",
        "IN DE OPMERKINGEN STOND: MEVROUW DE GROOT WIL NIET DAT DE BUREN WETEN DAT ZE HULP KRIJGT. Daar houden we rekening mee bij de huisbezoeken.",
    ),
    (
        "name",
        "Bij de moestuin kwam Samira Ait Taleb vragen of ze een eigen bakje kon krijgen. Ze wil met haar dochters groenten leren kweken.",
    ),
    (
        "name",
        "Tijdens het koffie-uurtje vertelde Hatice Demirci dat haar man sinds zijn ontslag niet meer uit bed komt. Ik heb de huisarts en het wijkteam genoemd.",
    ),
    (
        "name",
        "Vrijwilliger radjesh mahabier helpt sinds kort met de formulierenbrigade, hij is heel goed met de DigiD-vragen. Zijn vrouw wil ook meedoen.",
    ),
    (
        "name",
        "De buurtvader Shurandy Maduro heeft de jongeren bij het pleintje aangesproken en het is sindsdien rustiger. Hij wil graag een training volgen.",
    ),
    (
        "name",
        "Agnieszka Kowalczyk woont met vier collega's in een kleine woning en werkt via een uitzendbureau. Zij vroeg om informatie over huurrecht.",
    ),
    (
        "name",
        "Rami Al-Hassan kwam naar het spreekuur met een stapel brieven van de IND en de gemeente. Zijn broer is nog in Libanon.",
    ),
    (
        "name",
        "Bij de moedergroep vertelde Hodan Warsame dat haar zoon gepest wordt op school. We hebben afgesproken dat ik meega naar het oudergesprek.",
    ),
    (
        "name",
        "Statushouder Tesfay Gebremedhin wil graag vrijwilligerswerk doen in de fietsenwerkplaats. Taalniveau nog laag, maar heel gemotiveerd.",
    ),
    (
        "name",
        "Olena Kovalenko vangt in haar woning ook nog haar moeder en een neefje op. Het wordt te vol en ze vraagt of er een grotere woning mogelijk is.",
    ),
    (
        "name",
        "Er zijn opnieuw klachten over de familie Kaya vanwege de hond die de hele dag blaft. Ook fam. Ramsaran van drie hoog heeft een melding gedaan.",
    ),
    (
        "name",
        "Het gezin de Boer staat al twee jaar op de wachtlijst voor een aangepaste woning. De oudste dochter gebruikt een rolstoel.",
    ),
    (
        "name",
        "bovenbuurvrouw Ilse komt elke dag even kijken en doet de boodschappen. de zoon van mevrouw, Jordy, komt alleen in het weekend en is overbelast",
    ),
    (
        "name",
        "In de groep was het onrustig, maar toen kwam Priscilla binnen en werd het stil. Dewi had daarna het hoogste woord over de ruzie bij de snackbar.",
    ),
    # ----------------------------------------------------------------- birth
    (
        "birth",
        "Voor de aanmelding bij de dagbesteding is gevraagd naar gegevens: mevrouw is geboren op 4-11-1958 en woont alleen. De mantelzorg komt volledig bij haar dochter terecht.",
    ),
    (
        "birth",
        "Uit het doorverwijsformulier overgenomen: meneer geb. 17/02/63, alleenstaand, geen netwerk in de buurt. Contact gezocht met de huisartsenpraktijk.",
    ),
    (
        "birth",
        "Op de aanvraag voor de ooievaarspas stond bij het kind geboortedatum 23.08.2011 en bij de moeder niets ingevuld. Formulier samen aangevuld.",
    ),
    (
        "birth",
        "Gegevens voor de thuiszorg: geb.dat. 9 januari 1947, weduwe, gebruikt een rollator. Ze wil graag zo lang mogelijk thuis blijven wonen.",
    ),
    (
        "birth",
        "Hij zei dat hij op 3 mrt '91 geboren is, maar op zijn paspoort staat een andere datum. Dit speelt een rol bij de aanvraag en moet uitgezocht worden.",
    ),
    (
        "birth",
        "moeder belde in paniek, Jordy (16) is van school gestuurd en hangt nu de hele dag op straat. moeder weet niet meer wat ze moet doen",
    ),
    (
        "birth",
        "Buren maken zich zorgen om meneer Kaya, 79 jaar, die niet meer eet sinds zijn vrouw is opgenomen. Ik ga er morgen samen met de wijkverpleegkundige langs.",
    ),
    (
        "birth",
        "Volgens de jongerenwerker is de 14-jarige Sem betrokken bij het vandalisme bij het buurthuis. Ouders worden uitgenodigd voor een gesprek.",
    ),
    (
        "birth",
        "aanmelding voor de zomerschool, geb 02-07-2009, ouders spreken beperkt Nederlands. broertje wil ook mee maar is te jong",
    ),
    (
        "birth",
        "Op het intakeformulier stond: geboren: 30 sept. 1972, drie kinderen, sinds kort gescheiden. Ze heeft vooral behoefte aan rust en overzicht.",
    ),
]

ORDINARY = [
    "In de Havenstraat 4 uur geflyerd voor de buurtbarbecue, de reacties waren overwegend positief. Volgende keer met twee collega's.",
    "Op het Kerkplein 2 weken lang een pop-up koffiebar gehouden. Veel bewoners kwamen voor het eerst naar een activiteit van het buurthuis.",
    "Aan de Rijnkade 3 portieken langsgelopen om te vragen naar de ervaringen met de nieuwe verlichting. In twee portieken deed niemand open.",
    "De bijeenkomst over de herinrichting van het Thorbeckeplein is verplaatst naar 1-12-2026. De uitnodiging gaat via de bewonerscommissie.",
    "Bewonersavond gepland op 12 maart van 19.30-21.00 uur in het wijkcentrum. De wethouder heeft toegezegd aanwezig te zijn.",
    "Maandag 3/11 overleg met het sociaal wijkteam over de signalen uit de flats. Starttijd 19:30, graag iets eerder aanwezig voor de opbouw.",
    "Het project liep van 2019-2024 en is nu geëvalueerd. De belangrijkste les: bewoners willen vooral zelf bepalen waar het budget heen gaat.",
    "Voor het buurtfeest is € 2.500 beschikbaar uit het bewonersbudget, waarvan 1.250 euro al is uitgegeven aan de springkussens. Ongeveer 35% van de deelnemers kwam uit de nieuwbouw.",
    "De melding is geregistreerd onder zaaknummer Z-2026-0143. Terugkoppeling volgt binnen tien werkdagen via de gemeente.",
    "Zie dossier 2026/118 voor de afspraken met de corporatie over het onderhoud van de binnentuinen.",
    "Bewoners met vragen over schulden kunnen terecht bij de gemeente via 14 010 of bij het Juridisch Loket. Bij acuut gevaar altijd 112 bellen.",
    "Bij zorgen over huiselijk geweld kan iedereen anoniem Veilig Thuis bellen op 0800-2000. Dat hebben we op de flyer gezet.",
    "De GGD is op werkdagen bereikbaar via het algemene nummer 088-0054000, maar voor de wijk gebruiken we liever de vaste contactpersoon.",
    "De Kindertelefoon (0800-0432) en 113 zijn op de poster in de hal gehangen. Informatielijnen die met 0900 beginnen kosten geld, dat hebben we erbij gezet.",
    "Het overleg vindt plaats in lokaal 2.14 op de tweede verdieping. Neem bus 33 of lijn 7 tot de halte bij het winkelcentrum.",
    "Alle huishoudens in postcode 3011 krijgen een brief over de werkzaamheden. Ook 3011 AB en omgeving valt binnen het project.",
    "We hebben de boodschappenactie samen met de Albert Heijn en de Jan Linders georganiseerd. Beide filiaalmanagers waren enthousiast.",
    "Op de Willem de Zwijgerschool starten we na de herfstvakantie met Kanjertraining in groep 5 tot en met 8.",
    "Basisschool De Regenboog wil graag meedoen aan het project over gezonde voeding. De directeur stuurt een voorstel.",
    "Stichting Humanitas levert vrijwilligers voor de thuisadministratie. Zij werken volgens een vast protocol met een intake en een afsluiting.",
    "Voor ouders met jonge kinderen bieden we Triple P en Marte Meo aan. De opkomst bij de eerste sessie was hoger dan verwacht.",
    "Sterk Huis is betrokken bij de begeleiding van jongeren met een licht verstandelijke beperking in de wijk.",
    "De bewonerscommissie van de Willem Barentszstraat wil de binnenplaats groener maken. Er is een ontwerp gemaakt door een landschapsarchitect.",
    "Tijdens de ramadan schuiven we de avondactiviteiten op naar na de iftar. Het Suikerfeest vieren we samen in het buurthuis.",
    "Rond Keti Koti organiseren we een wijkontbijt samen met de Surinaamse en Antilliaanse verenigingen. Ook Sinterklaas en Koningsdag staan in de planning.",
    "In april en mei is de opkomst bij de moestuin het hoogst. In de zomervakantie valt er veel weg omdat gezinnen op familiebezoek gaan.",
    "Steeds meer Poolse en Roemeense arbeidsmigranten wonen in de oude eengezinswoningen. Ze zijn moeilijk te bereiken omdat ze lange dagen maken.",
    "De Eritrese en Syrische statushouders vormen samen een hechte groep. Er is behoefte aan een ontmoetingsplek voor vrouwen.",
    "De wijkagent vertelde dat de overlast bij het winkelcentrum sinds de zomer is afgenomen. Mijn teamleider wil hier een korte evaluatie over.",
    "De GGZ-verpleegkundige sluit voortaan eens per maand aan bij het wijkteamoverleg. Dat scheelt veel tijd bij de doorverwijzingen.",
    "Een vrouw van 80 vertelde dat ze al twee weken niemand had gesproken. Ik heb haar gewezen op de belcirkel van de ouderenbond.",
    "Voor jongeren van 12-16 jaar is er op woensdagmiddag een inloop in het jongerencentrum. Gemiddeld komen er zo'n 25 jongeren.",
    "Een bewoner zei: 'Ik voel me hier niet meer thuis.' Dat hoorden we vaker tijdens de gesprekken aan de deur.",
    "Een moeder vertelde: 'Mijn kinderen kunnen nergens buiten spelen, overal staan auto's.' Dit nemen we mee in het gesprek met de gemeente.",
    "Situatie: in de flat is sprake van veel onderlinge spanningen. Taak: ik wilde bewoners met elkaar in gesprek brengen. Actie: ik organiseerde een portiekgesprek. Resultaat: er kwamen acht huishoudens.",
    "Reflectie: ik merk dat ik snel in de oplossingen schiet. Volgende keer wil ik eerst beter doorvragen naar wat de bewoner zelf wil.",
    "Leervraag: hoe kan ik bewoners die wantrouwig zijn tegenover de gemeente toch betrekken bij het buurtplan?",
    "Feedback van de teamleider: je verslagen zijn helder, maar let op dat je observaties en interpretaties uit elkaar houdt.",
    "Observatie: op dinsdagochtend zitten er steeds dezelfde vijf oudere mannen op het bankje bij de Marktstraat. Ze lijken elkaar goed te kennen.",
    "Bij de Jumbo aan het Stationsplein hebben we een informatietafel neergezet. In twee uur spraken we ruim veertig bewoners.",
    "De speeltuin aan de Lindelaan is al sinds 2023 gesloten. Ouders willen weten wanneer de renovatie begint.",
    "In de Prins Hendrikstraat zijn drie nieuwe bankjes geplaatst. Bewoners zijn er blij mee, al wordt er 's avonds ook gehangen.",
    "Het buurthuis aan de Zeestraat is open van 9.00 tot 17.00 uur. Op vrijdag sluiten we om 15.00 uur.",
    "Op de Ringdijk lopen we elke eerste woensdag van de maand een schouw met de corporatie en de gemeente.",
    "Kamer 1.07 is gereserveerd voor het spreekuur van de formulierenbrigade. Daar staan ook twee laptops voor bewoners.",
    "In Utrecht Overvecht en Rotterdam Zuid zijn vergelijkbare projecten gestart. Ik wil contact leggen met de collega's daar.",
    "Mijn collega uit Den Haag stuurde een handreiking over outreachend werken. Die bespreken we in de intervisie van week 48.",
    "Het werkplan voor 2027 moet uiterlijk 15 januari bij de manager liggen. Daarin komen ook de resultaten van de bewonersenquête.",
    "Van de 120 benaderde huishoudens reageerden er 43. Dat is een respons van ongeveer 36%.",
    "Het buurtbudget van 7.500 euro wordt verdeeld over vier initiatieven. Het grootste deel gaat naar de moestuin.",
    "Er waren 18 aanmeldingen voor de cursus Nederlands, waarvan 11 vrouwen. De lessen zijn op dinsdag en donderdag van 13.30 tot 15.00 uur.",
    "Vrijwilligers krijgen een onkostenvergoeding van maximaal € 190 per maand. Dit is afgestemd met de financiële afdeling.",
    "Stichting Present en de Voedselbank werken samen bij de kerstactie. Ook het Leger des Heils is betrokken.",
    "De Hoge Raad heeft geen rol in deze zaak, maar de huurcommissie wel. Ik leg bewoners uit hoe ze een procedure kunnen starten.",
    "Samen met de opbouwwerker van de Vogelwijk organiseren we een netwerkbijeenkomst voor sleutelfiguren. Doel is elkaar beter leren kennen.",
    "Morgen om 10.15 uur vertrekt de buurtbus bij het Hofplein naar de kinderboerderij. Er is plek voor twaalf ouderen.",
    "Het team bestaat uit een wijkverpleegkundige, twee maatschappelijk werkers, een jeugdconsulent en een opbouwwerker.",
    "Gisteren stonden we met de fietsenwerkplaats op het Marktplein. Er werden 14 fietsen gerepareerd.",
    "De Sint Janskerk stelt haar zaal beschikbaar voor de inloop. De koster opent om 9 uur.",
    "Jongeren gaven aan dat ze het Johan Cruijff Court vaker willen gebruiken. De sleutel ligt nu bij de beheerder.",
    "Onze methodiek is gebaseerd op Asset Based Community Development en de Kracht van de Buurt. Dat bespreken we in de teamdag.",
    "Vanaf week 3 start de cursus Grip op je Geld. Deelname is gratis voor inwoners met een laag inkomen.",
    "Wat mij opviel: bewoners uit de hoogbouw komen minder vaak naar activiteiten dan bewoners uit de laagbouw. Ik wil onderzoeken waar dat aan ligt.",
    "De huisartsenpraktijk verwijst steeds vaker eenzame ouderen door naar de wijkwerkers. We bespreken dit in het overleg van 24 november.",
]
