"""The personal-data detector: each kind is caught, ordinary neighbourhood text is not."""

import pytest

from situations import privacy
from situations.privacy import bsn_is_valid, find_personal_data, iban_is_valid, phone_is_valid


def kinds(text):
    return [finding.kind for finding in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        (
            "Mail hem op jan.de.vries@example.nl als het weer gebeurt.",
            "email",
            "jan.de.vries@example.nl",
        ),
        ("contact: buurtvader+wijk@mail.example.com", "email", "buurtvader+wijk@mail.example.com"),
        ("Ze is bereikbaar op 06-12345678.", "phone", "06-12345678"),
        ("bel 0612345678 na vijven", "phone", "0612345678"),
        ("nummer 06 1234 5678", "phone", "06 1234 5678"),
        ("nummer 06 12 34 56 78", "phone", "06 12 34 56 78"),
        ("nummer +31 6 1234 5678", "phone", "+31 6 1234 5678"),
        ("nummer +31612345678", "phone", "+31612345678"),
        ("nummer +31 (0)6 12345678", "phone", "+31 (0)6 12345678"),
        ("nummer 0031 20 123 4567", "phone", "0031 20 123 4567"),
        ("het vaste nummer is 020-1234567", "phone", "020-1234567"),
        ("het vaste nummer is 0201234567", "phone", "0201234567"),
        ("het vaste nummer is 010 - 123 45 67", "phone", "010 - 123 45 67"),
        ("het vaste nummer is (0591) 123456", "phone", "(0591) 123456"),
        ("BSN 123456782 staat in het dossier", "bsn", "123456782"),
        ("BSN 1234.56.782", "bsn", "1234.56.782"),
        ("BSN 123 456 782", "bsn", "123 456 782"),
        ("Rekening NL91ABNA0417164300 voor de huur", "iban", "NL91ABNA0417164300"),
        ("Rekening NL91 ABNA 0417 1643 00 voor de huur", "iban", "NL91 ABNA 0417 1643 00"),
        ("rekening nl91abna0417164300", "iban", "nl91abna0417164300"),
        ("Belgische rekening BE68 5390 0754 7034 voor de borg", "iban", "BE68 5390 0754 7034"),
        ("Duitse rekening DE89370400440532013000", "iban", "DE89370400440532013000"),
        ("Ze woont op 1234 AB 12.", "postcode", "1234 AB 12"),
        ("adres 1234AB 12a", "postcode", "1234AB 12a"),
        ("adres 1234 AB, 7", "postcode", "1234 AB, 7"),
        ("adres 1234ab 7", "postcode", "1234ab 7"),
        ("Kerkstraat 12, 1234 AB Amsterdam", "postcode", "12, 1234 AB"),
        ("De overlast komt van Kerkstraat 12.", "address", "Kerkstraat 12"),
        ("Melding over Molenweg 7b", "address", "Molenweg 7b"),
    ],
)
def test_it_catches_each_kind_of_personal_data(text, kind, excerpt):
    findings = find_personal_data(text)
    assert [(f.kind, f.excerpt) for f in findings] == [(kind, excerpt)]
    assert text[findings[0].start : findings[0].end] == excerpt


@pytest.mark.parametrize(
    "text",
    [
        "de buurt aan de Kerkstraat",
        "Het speelt al sinds 2024 in de buurt aan de Kerkstraat.",
        "In 2023 en 2024 waren er klachten; 3 van de 4 keer ging het om geluid.",
        "De bijeenkomst was op 12-03-2024 om 19:30 in het buurthuis.",
        "op 05-06-2024 10:30 en op 1-2-2025",
        "van 9.00 tot 17.00 uur, tussen 10.00 en 12.00 uur",
        "ongeveer 120 bewoners en 35 woningen, 80% huurders",
        "de huur steeg met € 1.250,00 per jaar",
        "week 12, de jaren 80 en 90, 06 januari",
        "Rond postcode 1234 AB is het rustig.",
        "de Kerkstraat 3 keer per week, Molenweg 2 jaar geleden",
        "bel 0800-1234 of 112 bij nood",
        "een getal als 123456789 zonder 11-proef",
        "1 2 3 4 5 6 7 8 9 10",
        "in 1998, 2004 en 2012 verhuisden veel gezinnen",
        "Bewoners met LVB voelen zich buitengesloten; het schuurt in het dagelijks leven.",
        "Wijkteam Noord werkt samen met de corporatie en de wijkagent.",
        "2024 EN 2025",
        "",
    ],
)
def test_it_leaves_ordinary_neighbourhood_text_alone(text):
    assert find_personal_data(text) == []


def test_it_reports_several_findings_in_order_of_appearance():
    text = "Bel 06-12345678 of mail info@example.org; zij woont op 1234 AB 5."
    assert kinds(text) == ["phone", "email", "postcode"]


def test_an_iban_is_not_also_reported_as_a_phone_number():
    assert kinds("NL91 ABNA 0417 1643 00") == ["iban"]


def test_long_excerpts_are_shortened():
    address = "a" * 60 + "@example.nl"
    (finding,) = find_personal_data(address)
    assert len(finding.excerpt) == privacy.EXCERPT_LENGTH
    assert finding.excerpt.endswith("…")


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("123456782", True),
        ("111222333", True),
        ("123456789", False),
        ("000000000", False),
        ("12345678", False),
    ],
)
def test_the_bsn_eleven_proof(digits, valid):
    assert bsn_is_valid(digits) is valid


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("NL91ABNA0417164300", True),
        ("NL91 ABNA 0417 1643 00", True),
        ("NL92ABNA0417164300", False),
        ("GB82WEST12345698765432", True),
        ("NL91ABNA04171643", False),
    ],
)
def test_the_iban_mod_97_check(iban, valid):
    assert iban_is_valid(iban) is valid


@pytest.mark.parametrize(
    ("written", "valid"),
    [
        ("06-12345678", True),
        ("+31 6 12345678", True),
        ("0031 6 12345678", True),
        ("+32 6 12345678", False),
        ("0012345678", False),
        ("06-1234567", False),
    ],
)
def test_the_phone_number_rules(written, valid):
    assert phone_is_valid(written) is valid
