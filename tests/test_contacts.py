"""Contacts: e-mails, phones, contact persons; tables grouped by provenance, negatives beside positives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.contacts import ContactMention, find_contacts, find_emails, find_phones

C = ContactMention

# --------------------------------------------------------------------------- from the seed pages

BDP_000 = (
    "1.552.911\ngości odwiedziło nas\nod 1 kwietnia 2008 r.\n\n"
    "Metryka praktyki\nData wprowadzenia do BDP:\u00a0\u00a02012-08-06\n\nTyp jednostki:\u00a0\u00a0powiat grodzki\n"
    "Miejscowość:\u00a0\u00a0Opole\nPowiat:\u00a0\u00a0Opole\nWojewództwo:\u00a0\u00a0opolskie\n"
    "Kod pocztowy i Poczta:\u00a0\u00a045-315 Opole\n"
    "Jednostka wdrażająca:\u00a0\u00a0Regionalny Ośrodek Polityki Społecznej\nUlica:\u00a0\u00a0ul. Głogowska 25c\n"
    "Wirtyna internetowa:\u00a0\u00a0www.rops-opole.pl\nLiczba mieszkańców:\u00a0\u00a0125.710\n"
    "Osoby kontaktowe:\u00a0\u00a0Beata Balicka-Błagitka\n\u00a0tel. (77) 441 02 60\n\u00a0e@mail: biuro@dfoz.pl\n\n"
    ".: \u00a0 Skrót i Metryka -> Pełna prezentacja -> Załączniki \u00a0 :."
)
OPOLE_001 = (
    "E-mail\n\nurzadatum [dot] opole [dot] pl\n\nFlaga Unii Europejskiej\n"
    "Okres realizacji projektu: 04.10.2020 r. – 31.10.2022 r.\n\n"
    "Wartość dofinansowania: 335 545,87 zł (w tym ze środków europejskich: 301 813,75 zł)\n\n"
    "Całkowite koszty projektu: 355 075,00 zł\n\n \n\nlogo\n\n \n\n"
    "Kontaktdaten\nUrząd Miasta Opola\nul. Rynek 1A\n45-015 Opole\n77 45 11 800\nurzad [at] um.opole.pl\nLage"
)
NYSA_002 = (
    "piątek, 16 listopad 2018 09:05\n\nDofinansowanie z Ministerstwa Rodziny Pracy i Polityki Społecznej wynosi "
    "51\u00a0120,\u00a0 zł\n\nInformacja: Ośrodek Pomocy Społecznej w Nysie"
)
ROPS_003 = (
    "Projekt trwa do 31.03.20121 r. W Województwie Lubuskim do udziału w projekcie zapraszamy 3 powiaty i 5 gmin.\n\n"
    "Powiatowe Grupy Decydentów (15 osób). Spotkania 1 dniowe.\n\n"
    "Prosimy o nadsyłanie zgłoszeń do dnia 27 kwietnia br.\n\n"
    "Kontakt w sprawie – Pani Renata Mach tel. 068 32 31\u00a0880.\n\n \n\n \n\n \n\n"
    "Sierpień\n\u00a0 \u00a0 \u00a0 1 2 3 4\n5 6 7 8 9 10 11\n12 13 14 15 16 17 18\n19 20 21 22 23 24 25\n"
    "26 27 28 29 30 31\u00a0 \n\nMultimedia"
)
MILICZ_004 = (
    "Gminny Program Wspierania Rodziny na lata 2019-2021\n\n2019-01-27\n\nW nocy z 13 na 14 lutego 2019 r. odbyło się "
    "ogólnopolskie badanie.\n© 2018 Ośrodek Pomocy Społecznej w Miliczu"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            BDP_000,
            [C("Beata Balicka-Błagitka", "+48774410260", "(77) 441 02 60", "biuro@dfoz.pl")],
            id="000-osoby-kontaktowe",
        ),
        pytest.param(
            ROPS_003,
            [C("Renata Mach", "+48683231880", "068 32 31 880", None)],
            id="003-kontakt-w-sprawie-pani",
        ),
        pytest.param(
            OPOLE_001,
            [C(None, "+48774511800", "77 45 11 800", "urzad@um.opole.pl")],
            id="001-footer-phone-and-email",
        ),
        pytest.param(NYSA_002, [], id="002-amount-is-no-phone"),
        pytest.param(MILICZ_004, [], id="004-dates-are-no-phones"),
    ],
)
def test_contacts_from_seed_pages(text: str, expected: list[ContactMention]) -> None:
    assert find_contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(BDP_000, ["biuro@dfoz.pl"], id="000-e@mail-label-is-no-address"),
        pytest.param(OPOLE_001, ["urzad@um.opole.pl"], id="001-spamspan-glued-and-at-brackets"),
        pytest.param(ROPS_003, [], id="003-none"),
    ],
)
def test_emails_from_seed_pages(text: str, expected: list[str]) -> None:
    assert find_emails(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(BDP_000, ["+48774410260"], id="000-counter-postcode-population-are-no-phones"),
        pytest.param(OPOLE_001, ["+48774511800"], id="001-amounts-dates-postcode-are-no-phones"),
        pytest.param(ROPS_003, ["+48683231880"], id="003-calendar-widget-is-no-phone"),
        pytest.param(NYSA_002, [], id="002-amount"),
    ],
)
def test_phones_from_seed_pages(text: str, expected: list[str]) -> None:
    assert [p.e164 for p in find_phones(text)] == expected


def _seeds() -> dict[str, str]:
    from seed_texts import SEEDS

    return dict(SEEDS)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("000", [C("Beata Balicka-Błagitka", "+48774410260", "(77) 441 02 60", "biuro@dfoz.pl")]),
        ("001", [C(None, "+48774511800", "77 45 11 800", "urzad@um.opole.pl")]),
        ("002", []),
        ("003", [C("Renata Mach", "+48683231880", "068 32 31 880", None)]),
        ("004", []),
    ],
)
def test_whole_seed_pages(key: str, expected: list[ContactMention]) -> None:
    seeds = _seeds()
    assert find_contacts(seeds[key]) == expected


# --------------------------------------------------------------------------- e-mail formats

EMAILS = [
    ("biuro@dfoz.pl", ["biuro@dfoz.pl"]),
    ("e@mail: biuro@dfoz.pl", ["biuro@dfoz.pl"]),
    ("urzad [at] um.opole.pl", ["urzad@um.opole.pl"]),
    ("urzad(at)um.opole.pl", ["urzad@um.opole.pl"]),
    ("urzad {at} um.opole.pl", ["urzad@um.opole.pl"]),
    ("urzad (małpa) um.opole.pl", ["urzad@um.opole.pl"]),
    ("urzad małpa um.opole.pl", ["urzad@um.opole.pl"]),
    ("urzad [małpa] um [kropka] opole [kropka] pl", ["urzad@um.opole.pl"]),
    ("urzad [at] um [dot] opole [dot] pl", ["urzad@um.opole.pl"]),
    ("urzad [AT] um [DOT] opole [DOT] pl", ["urzad@um.opole.pl"]),
    ("urzad at um dot opole dot pl", ["urzad@um.opole.pl"]),
    ("urzadatum [dot] opole [dot] pl", ["urzad@um.opole.pl"]),
    ("jan [dot] kowalski [at] gmina [dot] pl", ["jan.kowalski@gmina.pl"]),
    ("Jan.Kowalski@Gmina.PL.", ["Jan.Kowalski@gmina.pl"]),
    ("a@b.pl, c@d.pl i znowu a@b.pl", ["a@b.pl", "c@d.pl"]),
    ("sekretariat@ops-nysa.pl;", ["sekretariat@ops-nysa.pl"]),
    ("x@um.opole.pl dot com", ["x@um.opole.pl"]),
    # negatives
    ("look at example.com", []),
    ("www.rops-opole.pl", []),
    ("a@b", []),
    ("e@mail:", []),
    ("www [dot] opole [dot] pl", []),  # no "at" at all
    ("sekretariatatum [dot] opole [dot] pl", []),  # two "at": ambiguous, not guessed
    ("@gmina.pl", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), EMAILS)
def test_email_formats(text: str, expected: list[str]) -> None:
    assert find_emails(text) == expected


# --------------------------------------------------------------------------- phone formats

PHONES = [
    ("(77) 441 02 60", "+48774410260", "(77) 441 02 60"),
    ("77 45 11 800", "+48774511800", "77 45 11 800"),
    ("068 32 31 880", "+48683231880", "068 32 31 880"),
    ("+48 77 441 02 60", "+48774410260", "+48 77 441 02 60"),
    ("+48 600 123 456", "+48600123456", "+48 600 123 456"),
    ("+48600123456", "+48600123456", "+48600123456"),
    ("0048 600 123 456", "+48600123456", "0048 600 123 456"),
    ("(+48) 77 441 02 60", "+48774410260", "(+48) 77 441 02 60"),
    ("600-123-456", "+48600123456", "600-123-456"),
    ("600 123 456", "+48600123456", "600 123 456"),
    ("tel. 68 323 88 87", "+48683238887", "68 323 88 87"),
    ("tel./fax 77 123 45 67", "+48771234567", "77 123 45 67"),
    ("tel. 600123456", "+48600123456", "600123456"),
    ("tel.600 123 456", "+48600123456", "600 123 456"),
    ("Tel.: 77 441-02-60", "+48774410260", "77 441-02-60"),
    ("kom. 600 12 34 56", "+48600123456", "600 12 34 56"),
    ("nr tel. 77 4410260", "+48774410260", "77 4410260"),
    ("telefon: 77.441.02.60", "+48774410260", "77.441.02.60"),
    ("(077) 441 02 60", "+48774410260", "(077) 441 02 60"),
    ("(0-77) 441 02 60", "+48774410260", "(0-77) 441 02 60"),
    ("tel. +48 (77) 441 02 60", "+48774410260", "+48 (77) 441 02 60"),
    ("tel. 77\u00a0441\u00a002\u00a060", "+48774410260", "77 441 02 60"),
    ("w latach 2014-2020 77 441 02 60", "+48774410260", "77 441 02 60"),
    ("tel. 77 441 02 60 wew. 25", "+48774410260", "77 441 02 60"),
]


@pytest.mark.parametrize(("text", "e164", "printed"), PHONES)
def test_phone_formats(text: str, e164: str, printed: str) -> None:
    phones = find_phones(text)
    assert [(p.e164, p.text) for p in phones] == [(e164, printed)]
    assert " ".join(text[phones[0].start : phones[0].end].split()) == printed


@pytest.mark.parametrize("text", ["tel. 77 441 02 60, 77 441 02 61", "tel. 77 441 02 60 77 441 02 61"])
def test_two_phones_in_a_row(text: str) -> None:
    assert [p.e164 for p in find_phones(text)] == ["+48774410260", "+48774410261"]


NOT_PHONES = [
    "335 545,87 zł",
    "301 813,75 zł",
    "123 456 789 zł",
    "123 456 789 PLN",
    "123 456 789 osób",
    "45-315 Opole",
    "NIP 754-10-12-345",
    "NIP: 7541012345",
    "REGON 531413285",
    "REGON: 531 413 285",
    "KRS 0000123456",
    "nr konta 12 1020 1026 0000 0402 0357 8971",
    "12 1020 1026 0000 0402 0357 8971",
    "2014-2020",
    "04.10.2020 r. – 31.10.2022 r.",
    "2019-01-27",
    "1.552.911",
    "125.710",
    "123.456.789",
    "600123456",  # nine bare digits without a cue
    "600 123 456 789",  # nine digits inside a longer run
    "5 6 7 8 9 10 11\n12 13 14 15 16 17 18\n19 20 21 22 23 24 25",
    "ISBN 978-83-61609-08-7",
    "umowa nr 123-456-789",
    "09:05",
    "",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_not_phones(text: str) -> None:
    assert find_phones(text) == []


# --------------------------------------------------------------------------- contact persons

CONTACTS = [
    pytest.param(
        "Dodatkowych informacji udziela Agata Dorocka - nr telefonu 68 323 88 87",
        [C("Agata Dorocka", "+48683238887", "68 323 88 87", None)],
        id="informacji-udziela",
    ),
    pytest.param(
        "Osoba do kontaktu: mgr Jan Nowak, tel. 600 123 456, e-mail: jan.nowak@ops.nysa.pl",
        [C("Jan Nowak", "+48600123456", "600 123 456", "jan.nowak@ops.nysa.pl")],
        id="osoba-do-kontaktu-title-dropped",
    ),
    pytest.param(
        "Koordynator projektu: Anna Kowalska-Nowak\ntel. 77 441 02 61\nanna [at] ops [dot] pl",
        [C("Anna Kowalska-Nowak", "+48774410261", "77 441 02 61", "anna@ops.pl")],
        id="koordynator-multi-line",
    ),
    pytest.param(
        "Szczegółów udziela Pan Piotr Zieliński tel. 77 441 02 62.",
        [C("Piotr Zieliński", "+48774410262", "77 441 02 62", None)],
        id="honorific-with-phone-after",
    ),
    pytest.param(
        "Osoby kontaktowe: Anna Nowak tel. 77 441 02 60, Jan Kowalski tel. 77 441 02 61",
        [
            C("Anna Nowak", "+48774410260", "77 441 02 60", None),
            C("Jan Kowalski", "+48774410261", "77 441 02 61", None),
        ],
        id="two-persons",
    ),
    pytest.param(
        "Sekretariat: tel. 77 441 02 60\n\nZapraszamy.\n\nDane: tel. 77 441 02 60",
        [C(None, "+48774410260", "77 441 02 60", None)],
        id="same-phone-once",
    ),
    pytest.param("e-mail: biuro@dfoz.pl", [C(None, None, None, "biuro@dfoz.pl")], id="email-alone"),
    pytest.param(
        "Kontakt: tel. 77 441 02 60\n\nwww.ops.pl\n\nbiuro@ops.pl",
        [C(None, "+48774410260", "77 441 02 60", None), C(None, None, None, "biuro@ops.pl")],
        id="blank-line-keeps-apart",
    ),
    # negatives
    pytest.param("Kontakt\nUrząd Miasta Opola", [], id="institution-is-no-person"),
    pytest.param("Kontaktdaten\nLage", [], id="german-footer"),
    pytest.param("Pani Anna Nowak otrzymała nagrodę.", [], id="honorific-without-contact-data"),
]


@pytest.mark.parametrize(("text", "expected"), CONTACTS)
def test_contact_formats(text: str, expected: list[ContactMention]) -> None:
    assert find_contacts(text) == expected


# --------------------------------------------------------------------------- known gaps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "tel. 77 441 02 60 / 61",
            ["+48774410260", "+48774410261"],
            marks=pytest.mark.xfail(strict=True, reason="a shared prefix with alternative endings is not expanded"),
        ),
        pytest.param(
            "tel. 22 123 45 67 (wew. 100)",
            ["+48221234567;ext=100"],
            marks=pytest.mark.xfail(strict=True, reason="extensions are not kept"),
        ),
    ],
)
def test_phone_gaps(text: str, expected: list[str]) -> None:
    assert [p.e164 for p in find_phones(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "kontakt z Panią Anną Nowak, tel. 77 441 02 60",
            [C("Anna Nowak", "+48774410260", "77 441 02 60", None)],
            marks=pytest.mark.xfail(strict=True, reason="names in the instrumental are not turned into the nominative"),
        ),
    ],
)
def test_contact_gaps(text: str, expected: list[ContactMention]) -> None:
    assert find_contacts(text) == expected


# --------------------------------------------------------------------------- properties


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    find_emails(text)
    for phone in find_phones(text):
        assert phone.e164.startswith("+48") and len(phone.e164) == 12
    find_contacts(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -.()+/\u00a0tel:@[]atdokropkamałpa\n,zł", max_size=120))
def test_never_raises_on_near_misses(text: str) -> None:
    find_emails(text)
    find_phones(text)
    find_contacts(text)


def _spellings(d: str) -> list[str]:
    """Nine national digits printed every way the parser supports."""
    return [
        f"+48 {d[:3]} {d[3:6]} {d[6:]}",
        f"+48{d}",
        f"0048 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
        f"({d[:2]}) {d[2:5]} {d[5:7]} {d[7:]}",
        f"(0{d[:2]}) {d[2:5]} {d[5:7]} {d[7:]}",
        f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
        f"{d[:3]} {d[3:6]} {d[6:]}",
        f"{d[:3]}-{d[3:6]}-{d[6:]}",
        f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"0{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"tel. {d}",
        f"tel. {d[:2]}-{d[2:5]}-{d[5:7]}-{d[7:]}",
        f"tel.\u00a0{d[:3]}\u00a0{d[3:6]}\u00a0{d[6:]}",
    ]


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[1-9][0-9]{8}", fullmatch=True))
def test_phone_round_trip(digits: str) -> None:
    for printed in _spellings(digits):
        phones = find_phones(f"Sekretariat: {printed} (pn.–pt.)")
        assert [p.e164 for p in phones] == ["+48" + digits], printed


_LOCAL = st.from_regex(r"[a-z][a-z0-9]{0,9}(\.[a-z][a-z0-9]{0,6})?", fullmatch=True)
_HOST = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5})?(\.[a-z][a-z0-9]{0,8})?", fullmatch=True)
_TLDS = st.sampled_from(["pl", "eu", "com", "org", "net", "gov.pl", "info"])
_ATS = ["@", " [at] ", "(at)", " (at) ", " {at} ", " (małpa) ", " [małpa] ", " małpa "]
_DOTS = [".", " [dot] ", " [kropka] ", "(dot)", " (kropka) "]


@settings(max_examples=200, deadline=None)
@given(_LOCAL, _HOST, _TLDS, st.sampled_from(_ATS), st.sampled_from(_DOTS))
def test_email_round_trip(local: str, host: str, tld: str, at: str, dot: str) -> None:
    domain = f"{host}.{tld}"
    if at == "@" and dot != ".":
        dot = "."  # a real "@" comes with real dots
    printed = (local + at + domain).replace(".", dot) if dot != "." else local + at + domain
    if at != "@":
        printed = local.replace(".", dot) + at + domain.replace(".", dot)
    assert find_emails(f"Napisz: {printed} – odpowiemy.") == [f"{local}@{domain}"], printed
