"""Every detector of the personal-data guard, with sentences that must be caught (and what is
quoted back) and sentences that must pass. The words are our own, written like hasty notes."""

import pytest

from wijkwerk.privacy import guard
from wijkwerk.privacy.guard import scan
from wijkwerk.privacy.numbers import e164, phone_number


def found(text):
    return [(finding.kind, finding.excerpt) for finding in scan(text)]


CAUGHT = [
    # Phone numbers: Dutch and Belgian, every common notation.
    ("Ze is bereikbaar op 06-12345678.", "phone", "06-12345678"),
    ("bel 0612345678 na vijven", "phone", "0612345678"),
    ("nummer 06 1234 5678", "phone", "06 1234 5678"),
    ("nummer 06 12 34 56 78", "phone", "06 12 34 56 78"),
    ("app 06.12.34.56.78", "phone", "06.12.34.56.78"),
    ("mob: 06/12345678", "phone", "06/12345678"),
    ("nummer +31 6 1234 5678", "phone", "+31 6 1234 5678"),
    ("nummer +31612345678", "phone", "+31612345678"),
    ("nummer +31 (0)6 12345678", "phone", "+31 (0)6 12345678"),
    ("whatsapp +31(0)6-19384726", "phone", "+31(0)6-19384726"),
    ("nummer 0031 20 123 4567", "phone", "0031 20 123 4567"),
    ("het vaste nummer is 020-1234567", "phone", "020-1234567"),
    ("het vaste nummer is 010 - 123 45 67", "phone", "010 - 123 45 67"),
    ("het vaste nummer is (0591) 123456", "phone", "(0591) 123456"),
    ("in Zierikzee: 0111 412345", "phone", "0111 412345"),
    ("cijfers los getypt: 0 6 1 2 3 4 5 6 7 8", "phone", "0 6 1 2 3 4 5 6 7 8"),
    ("letters als cijfers O6-l2345678", "phone", "O6-l2345678"),
    ("gedachtestreep 06\u201312345678", "phone", "06\u201312345678"),
    ("harde spatie 06\u00a012\u00a034\u00a056\u00a078", "phone", "06 12 34 56 78"),
    ("smalle spatie 020\u2009123\u20094567", "phone", "020 123 4567"),
    ("breed getypt ０６１２３４５６７８", "phone", "０６１２３４５６７８"),
    ("verstopt 06\u200b1234\u200b5678", "phone", "0612345678"),
    ("Belgisch mobiel +32 470 12 34 56", "phone", "+32 470 12 34 56"),
    ("Belgisch 0470/12.34.56", "phone", "0470/12.34.56"),
    ("Brussel 02 123 45 67", "phone", "02 123 45 67"),
    ("Belgisch internationaal 0032 470 123456", "phone", "0032 470 123456"),
    # E-mail, plain and written out.
    (
        "Mail hem op jan.de.vries@example.nl als het weer gebeurt.",
        "email",
        "jan.de.vries@example.nl",
    ),
    ("contact: buurtvader+wijk@mail.example.com", "email", "buurtvader+wijk@mail.example.com"),
    ("HOOFDLETTERS: PIET@EXAMPLE.COM", "email", "PIET@EXAMPLE.COM"),
    ("met spaties piet @ example . nl", "email", "piet @ example . nl"),
    ("p.jansen(at)example(dot)nl", "email", "p.jansen(at)example(dot)nl"),
    ("mail anja [at] example [.] nl", "email", "anja [at] example [.] nl"),
    ("piet punt jansen at example punt com", "email", "piet punt jansen at example punt com"),
    ("jan apenstaartje example punt nl", "email", "jan apenstaartje example punt nl"),
    ("breed apenstaartje jan＠example．nl", "email", "jan＠example．nl"),
    # BSN and sofinummer: the 11-proof with any separators, or a label.
    ("BSN 123456782 staat in het dossier", "bsn", "123456782"),
    ("1234.56.782 in de brief", "bsn", "1234.56.782"),
    ("nummer 123 456 782 op de pas", "bsn", "123 456 782"),
    ("123-45-6782 genoteerd", "bsn", "123-45-6782"),
    ("BSN: 12345678 (niet compleet)", "bsn", "12345678"),
    ("sofinummer 111222333", "bsn", "111222333"),
    ("burgerservicenummer 123456789 klopt niet eens", "bsn", "123456789"),
    # IBAN: every country, separators, lower case, and a Dutch typo.
    ("Rekening NL91ABNA0417164300 voor de huur", "iban", "NL91ABNA0417164300"),
    ("Rekening NL91 ABNA 0417 1643 00 voor de huur", "iban", "NL91 ABNA 0417 1643 00"),
    ("rekening nl91abna0417164300", "iban", "nl91abna0417164300"),
    ("met punten NL91.ABNA.0417.1643.00", "iban", "NL91.ABNA.0417.1643.00"),
    ("met een tikfout NL91-ABNA-0417-1643-01", "iban", "NL91-ABNA-0417-1643-01"),
    ("Belgische rekening BE68 5390 0754 7034 voor de borg", "iban", "BE68 5390 0754 7034"),
    ("Duitse rekening DE89370400440532013000", "iban", "DE89370400440532013000"),
    # Addresses: street with number and additions, number before street, postcode with number.
    ("De overlast komt van Kerkstraat 12.", "address", "Kerkstraat 12"),
    ("Melding over Molenweg 7b", "address", "Molenweg 7b"),
    ("afgekort kerkstr. 12a", "address", "kerkstr. 12a"),
    ("HOOFDLETTERS KERKSTRAAT 12-II", "address", "KERKSTRAAT 12-II"),
    ("Lindelaan 4 hs heeft lekkage", "address", "Lindelaan 4 hs"),
    ("Dorpsweg 7 3 hoog", "address", "Dorpsweg 7 3 hoog"),
    ("Rapenburg 56 3hoog", "address", "Rapenburg 56 3hoog"),
    ("bij v. Heutszstraat 4 belt niemand open", "address", "Heutszstraat 4"),
    ("Lange Voorhout 12 is een kantoor", "address", "Lange Voorhout 12"),
    ("Achter de Kerk 5 staat leeg", "address", "Achter de Kerk 5"),
    ("nummer 14 van de Dorpsstraat", "address", "nummer 14 van de Dorpsstraat"),
    ("op nr. 7 in de Lindelaan", "address", "nr. 7 in de Lindelaan"),
    ("Kerkstraat nummer 12", "address", "Kerkstraat nummer 12"),
    ("Ze woont op 1234 AB 12.", "address", "1234 AB 12"),
    ("adres 1234AB 12a", "address", "1234AB 12a"),
    ("adres 3512AB, huisnummer 4", "address", "3512AB, huisnummer 4"),
    ("postcode en huisnummer 2512xc-41", "address", "2512xc-41"),
    ("Kerkstraat 12, 1234 AB Amsterdam", "address", "Kerkstraat 12, 1234 AB"),
    # Possible names: held, not refused.
    ("Mevrouw Jansen klaagt over het geluid.", "name", "Mevrouw Jansen"),
    ("mevrouw jansen klaagt over het geluid", "name", "mevrouw jansen"),
    ("Gesprek met dhr. de Vries over de tuin.", "name", "dhr. de Vries"),
    ("afspraak met mw. van dijk verzet", "name", "mw. van dijk"),
    ("dhr. bouzid belde over de huur", "name", "dhr. bouzid"),
    ("de heer Bakker wil meedoen", "name", "heer Bakker"),
    ("Piet de Vries en zijn buurman ruziën al maanden.", "name", "Piet de Vries"),
    ("Ik sprak Fatima El Idrissi bij de school.", "name", "Fatima El Idrissi"),
    ("De familie El Amrani voelt zich niet welkom.", "name", "familie El Amrani"),
    ("fam. Jansen is verhuisd", "name", "fam. Jansen"),
    ("buurvrouw Anja heeft last van de hangjongeren", "name", "buurvrouw Anja"),
    ("Ik sprak met Ahmed over de overlast.", "name", "Ahmed"),
    ("Noor zegt dat ze niet meer naar buiten durft.", "name", "Noor"),
    ("Senait vertelde over haar kinderen.", "name", "Senait"),
    ("Olena Kovalenko vangt haar moeder op.", "name", "Olena Kovalenko"),
    ("gesprek met shanti jagessar over mantelzorg", "name", "shanti jagessar"),
    # Dates of birth, and an age next to a name.
    ("geboren op 12-03-1985 in Utrecht", "birth_date", "geboren op 12-03-1985"),
    ("geb. 3 mei 1990", "birth_date", "geb. 3 mei 1990"),
    ("geboortedatum: 01/02/1975", "birth_date", "geboortedatum: 01/02/1975"),
    ("geb.dat. 9 januari 1947, weduwe", "birth_date", "geb.dat. 9 januari 1947"),
    ("Geboortedatum cliënt: 1991-11-23", "birth_date", "Geboortedatum cliënt: 1991-11-23"),
    ("hij is op 3 mrt '91 geboren", "birth_date", "3 mrt '91 geboren"),
    ("Ahmed (15) gooit stenen.", "age", "Ahmed (15)"),
    ("mevrouw Jansen, 82 jaar, valt vaak", "age", "mevrouw Jansen, 82 jaar"),
    ("de 17-jarige Kevin hangt op het plein", "age", "17-jarige Kevin"),
]


@pytest.mark.parametrize(("text", "kind", "excerpt"), CAUGHT)
def test_it_catches_personal_data_and_quotes_it_as_typed(text, kind, excerpt):
    (finding,) = scan(text)
    assert (finding.kind, finding.excerpt) == (kind, excerpt)
    # The span points at the words as typed (spaces of any kind shown as plain ones).
    assert (
        "".join(c for c in " ".join(text[finding.start : finding.end].split()) if c.isprintable())
        == excerpt
    )


PASSES = [
    "de buurt aan de Kerkstraat",
    "Het speelt al sinds 2024 in de buurt aan de Kerkstraat.",
    "In 2023 en 2024 waren er klachten; 3 van de 4 keer ging het om geluid.",
    "De bijeenkomst was op 12-03-2024 om 19:30 in het buurthuis.",
    "op 05-06-2024 10:30 en op 1-2-2025",
    "01-11-2026 20.00 uur: buurtoverleg",
    "van 9.00 tot 17.00 uur, tussen 10.00 en 12.00 uur, 09.00-10.00 inloop",
    "ongeveer 120 bewoners en 35 woningen, 80% huurders, 12,5% jongeren",
    "de huur steeg met € 1.250,00 per jaar; een subsidie van € 125.000.000",
    "week 12, de jaren 80 en 90, 06 januari",
    "Rond postcode 1234 AB is het rustig.",
    "rond 3512 en in 1102 wonen veel gezinnen",
    "de Kerkstraat 3 keer per week, Molenweg 2 jaar geleden",
    "langs de Molenweg 2 avonden gelopen",
    "op het Marktplein 40 mensen, in de Havenstraat 4 uur geflyerd",
    "Langs de Prinses Beatrixlaan 6 lantaarnpalen kapot",
    "bel 0800-1234 of 112 bij nood, politie 0900-8844, gemeente 14 020",
    "de GGD is bereikbaar op 088 308 3000",
    "een getal als 123456789 zonder 11-proef",
    "1 2 3 4 5 6 7 8 9 10",
    "in 1998, 2004 en 2012 verhuisden veel gezinnen",
    "zaaknummer Z-2026-0143 en dossier 2026/118",
    "Bewoners met LVB voelen zich buitengesloten; het schuurt in het dagelijks leven.",
    "Wijkteam Noord werkt samen met de corporatie en de wijkagent.",
    "2024 EN 2025",
    "We deden boodschappen bij de Albert Heijn en de Jumbo.",
    "op het Anne Frankplein staat een nieuwe speeltuin",
    "aan de Jan van Galenstraat is het rustig",
    "Jongeren willen het Johan Cruijff Court vaker gebruiken.",
    "Voor ouders bieden we Triple P en Marte Meo aan.",
    "Stichting Present en het Leger des Heils werken samen.",
    "Tijdens de Ramadan en het Suikerfeest is het laat nog druk.",
    "In april en mei was het rustiger; op Koningsdag niet.",
    "Marokkaanse jongeren en Poolse arbeidsmigranten kennen elkaar niet.",
    "De wijkagent en mijn collega van het sociaal team gingen langs.",
    "jongeren van 14 tot 18 jaar, een man van in de 60",
    "Een bewoner zei: 'Ik voel me hier niet meer thuis.'",
    "In zaal 2 van het buurthuis, met lijn 18 erheen.",
    "meneer van de overkant en mevrouw van hiernaast",
    "De buurman van nummer 12 klaagt.",
    "Deep Democracy werkte goed bij de bewonersavond.",
    "geboren en getogen in de wijk, sinds 1985",
    "",
]


@pytest.mark.parametrize("text", PASSES)
def test_ordinary_neighbourhood_text_passes(text):
    assert found(text) == []


def test_several_findings_come_in_reading_order():
    text = "Bel 06-12345678 of mail info@example.org; zij woont op 1234 AB 5."
    assert [kind for kind, _excerpt in found(text)] == ["phone", "email", "address"]


def test_the_longest_finding_wins_an_overlap():
    # The IBAN's digits look like a phone number, "+31 ... 4567" contains a valid BSN.
    assert found("NL91 ABNA 0417 1643 00") == [("iban", "NL91 ABNA 0417 1643 00")]
    assert found("nummer 0031 20 123 4567") == [("phone", "0031 20 123 4567")]


def test_only_names_are_held_everything_else_is_hard():
    kinds = {kind for _text, kind, _excerpt in CAUGHT}
    assert kinds == set(guard.KINDS)
    assert [kind for kind in guard.KINDS if kind not in guard.HARD_KINDS] == [guard.NAME]


def test_long_excerpts_are_shortened():
    (finding,) = scan("a" * 60 + "@example.nl")
    assert len(finding.excerpt) == guard.EXCERPT_LENGTH
    assert finding.excerpt.endswith("…")


def test_the_teams_own_number_may_be_written_in_any_notation():
    allowed = frozenset({e164(phone_number("020-1234567"))})
    assert guard.scan("bel het wijkteam: (020) 123 45 67", allowed_phones=allowed) == []
    assert [f.kind for f in guard.scan("bel 020-7654321", allowed_phones=allowed)] == ["phone"]
