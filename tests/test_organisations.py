"""Organisations: names, abbreviations, beneficiary, implementer, partners; grouped by provenance."""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.organisations import (
    OrgMention,
    expand_abbreviations,
    find_beneficiary,
    find_implementer,
    find_partners,
    normalise_name,
)

O = OrgMention  # noqa: E741
ROPS_EXPANDED = "Regionalny Ośrodek Polityki Społecznej województwa "

# --------------------------------------------------------------------------- from the seed pages

BDP_000 = (
    "a z drugiej - świadczenie profesjonalnego i interdyscyplinarnego wsparcia rodzinom rozdzielonym zagranicznymi "
    "wyjazdami zarobkowymi. Regionalny Ośrodek Polityki Społecznej w Opolu i Diecezjalna Fundacja Obrony Życia w "
    "Opolu\u00a0 (partner wiodący) realizowali projekt „Razem ale osobno... Program kompleksowej pomocy "
    'profilaktyczno-terapeutycznej dla rodzin doświadczających problemów spowodowanych migracją zarobkową". '
    "Działania skierowano do rodzin. Realizatorzy projektu podjęli się analizy problemu migracji na Opolszczyźnie."
)
BDP_000_METRYKA = (
    "Metryka praktyki\nData wprowadzenia do BDP:\u00a0\u00a02012-08-06\n\nTyp jednostki:\u00a0\u00a0powiat grodzki\n"
    "Miejscowość:\u00a0\u00a0Opole\nKod pocztowy i Poczta:\u00a0\u00a045-315 Opole\n"
    "Jednostka wdrażająca:\u00a0\u00a0Regionalny Ośrodek Polityki Społecznej\nUlica:\u00a0\u00a0ul. Głogowska 25c\n"
    "Osoby kontaktowe:\u00a0\u00a0Beata Balicka-Błagitka\n\u00a0tel. (77) 441 02 60\n\u00a0e@mail: biuro@dfoz.pl\n"
)
OPOLE_001 = (
    'Tytuł projektu: "Trudny start, lepsza przyszłość 2" - program wsparcia rodzin i pieczy zastępczej w mieście '
    "Opolu\n\nOkres realizacji projektu: 04.10.2020 r. – 31.10.2022 r.\n\nFundusz: Europejski Fundusz Społeczny\n\n"
    "Wnioskodawca: Miasto Opole\n\nRealizator projektu: Miejski Ośrodek Pomocy Rodzinie w Opolu\n\n"
    "Wartość dofinansowania: 335 545,87 zł (w tym ze środków europejskich: 301 813,75 zł)\n\n"
    "Kontaktdaten\nUrząd Miasta Opola\nul. Rynek 1A\n45-015 Opole\n77 45 11 800\nurzad [at] um.opole.pl\nLage"
)
NYSA_002 = (
    "Napisane przez Źródło: UMiG Nysa (tekst i foto www.nysa.eu)\n\n"
    "Ośrodek Pomocy Społecznej w Nysie otrzymał dofinansowanie z Ministerstwa Rodziny Pracy i Polityki Społecznej "
    "na realizację projektu pn. : „Program asystent rodziny\u00a0 i koordynator rodzinnej pieczy zastępczej”...\n\n"
    "IWarsztaty aktywizacyjne dla niepełnosprawnych w OPSDofinansowanie z Ministerstwa Rodziny Pracy i Polityki "
    "Społecznej wynosi 51\u00a0120,\u00a0 zł\n\nInformacja: Ośrodek Pomocy Społecznej w Nysie"
)
ROPS_003 = (
    "Zapraszamy do udziału w projekcie „Kooperacja – efektywna i skuteczna”\n\n"
    "Regionalny Ośrodek Polityki Społecznej w Zielonej Górze uprzejmie informuje, że przystąpił do realizacji "
    "partnerskiego projektu „Kooperacja – efektywna i skuteczna” wraz z ROPS-ami z województw: Kujawsko - "
    "Pomorskiego (partner wiodący), Pomorskiego, Warmińsko – Mazurskiego, Wielkopolskiego i Zachodniopomorskiego. "
    "Partnerem jest również Uniwersytet Mikołaja Kopernika w Toruniu. Projekt trwa do 31.03.20121 r. "
    "Dofinansowany jest przez Europejski Fundusz Społeczny w ramach Osi priorytetowej II.\n\n"
    "W Województwie Lubuskim do udziału w projekcie zapraszamy 3 powiaty i 5 gmin miejsko – wiejskich.\n\n"
    "Powyższe spotkania poprowadzą przedstawiciele Uniwersytetu Mikołaja Kopernika w Toruniu.\n\n"
    "Kontakt w sprawie – Pani Renata Mach tel. 068 32 31\u00a0880."
)
MILICZ_004 = (
    "Program został opracowany na podstawie sprawozdań Ośrodka Pomocy Społecznej w Miliczu.\n\nZbiórki Żywności\n\n"
    "2019-01-27\nZbiórki Żywności - Bożonarodzeniowa i Wielkanocna. Jak co roku Ośrodek we współpracy z Caritas, "
    "Oddziałem Rejonowym Polskiego Czerwonego Krzyża w Miliczu prowadzi zbiórkę żywności dla najuboższych "
    "mieszkańców naszej Gminy.\n© 2018 Ośrodek Pomocy Społecznej w Miliczu"
)

ROPS_003_PARTNERS = [
    O("Regionalny Ośrodek Polityki Społecznej w Zielonej Górze"),
    O("ROPS województwa kujawsko-pomorskiego", ROPS_EXPANDED + "kujawsko-pomorskiego", lead=True),
    O("ROPS województwa pomorskiego", ROPS_EXPANDED + "pomorskiego"),
    O("ROPS województwa warmińsko-mazurskiego", ROPS_EXPANDED + "warmińsko-mazurskiego"),
    O("ROPS województwa wielkopolskiego", ROPS_EXPANDED + "wielkopolskiego"),
    O("ROPS województwa zachodniopomorskiego", ROPS_EXPANDED + "zachodniopomorskiego"),
    O("Uniwersytet Mikołaja Kopernika w Toruniu"),
]
BDP_000_PARTNERS = [
    O("Regionalny Ośrodek Polityki Społecznej w Opolu"),
    O("Diecezjalna Fundacja Obrony Życia w Opolu", lead=True),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(BDP_000, BDP_000_PARTNERS, id="000-a-i-b-partner-wiodacy"),
        pytest.param(ROPS_003, ROPS_003_PARTNERS, id="003-distributive-voivodeships"),
        pytest.param(OPOLE_001, [], id="001-applicant-and-implementer-are-not-partners"),
        pytest.param(NYSA_002, [], id="002-no-partnership"),
        pytest.param(MILICZ_004, [], id="004-we-wspolpracy-z-is-not-a-partnership"),
        pytest.param(BDP_000_METRYKA, [], id="000-metryka"),
    ],
)
def test_partners_from_seed_pages(text: str, expected: list[OrgMention]) -> None:
    partners, warnings = find_partners(text)
    assert partners == expected
    assert warnings == []


@pytest.mark.parametrize(
    ("finder", "text", "expected"),
    [
        pytest.param(find_beneficiary, OPOLE_001, O("Miasto Opole"), id="001-wnioskodawca"),
        pytest.param(
            find_implementer,
            OPOLE_001,
            O("Miejski Ośrodek Pomocy Rodzinie w Opolu"),
            id="001-realizator",
        ),
        pytest.param(
            find_beneficiary,
            NYSA_002,
            O("Ośrodek Pomocy Społecznej w Nysie"),
            id="002-otrzymal-dofinansowanie",
        ),
        pytest.param(find_implementer, NYSA_002, None, id="002-no-implementer"),
        pytest.param(
            find_implementer,
            BDP_000_METRYKA,
            O("Regionalny Ośrodek Polityki Społecznej"),
            id="000-jednostka-wdrazajaca",
        ),
        pytest.param(find_implementer, BDP_000, None, id="000-realizatorzy-is-no-label"),
        pytest.param(find_beneficiary, BDP_000, None, id="000-no-beneficiary"),
        pytest.param(find_beneficiary, ROPS_003, None, id="003-no-beneficiary"),
        pytest.param(find_implementer, ROPS_003, None, id="003-no-implementer"),
        pytest.param(find_beneficiary, MILICZ_004, None, id="004-no-beneficiary"),
        pytest.param(find_implementer, MILICZ_004, None, id="004-no-implementer"),
    ],
)
def test_beneficiary_and_implementer_from_seed_pages(
    finder: Callable[[str], OrgMention | None], text: str, expected: OrgMention | None
) -> None:
    assert finder(text) == expected


def _seeds() -> dict[str, str]:
    from seed_texts import SEEDS

    return dict(SEEDS)


@pytest.mark.parametrize(
    ("key", "partners", "beneficiary", "implementer"),
    [
        ("000", BDP_000_PARTNERS, None, O("Regionalny Ośrodek Polityki Społecznej")),
        ("001", [], O("Miasto Opole"), O("Miejski Ośrodek Pomocy Rodzinie w Opolu")),
        ("002", [], O("Ośrodek Pomocy Społecznej w Nysie"), None),
        ("003", ROPS_003_PARTNERS, None, None),
        ("004", [], None, None),
    ],
)
def test_whole_seed_pages(
    key: str,
    partners: list[OrgMention],
    beneficiary: OrgMention | None,
    implementer: OrgMention | None,
) -> None:
    seeds = _seeds()
    assert find_partners(seeds[key])[0] == partners
    assert find_beneficiary(seeds[key]) == beneficiary
    assert find_implementer(seeds[key]) == implementer


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kujawsko - Pomorskiego", "Kujawsko-Pomorskiego"),
        ("Warmińsko – Mazurskiego", "Warmińsko-Mazurskiego"),
        ("Warmińsko—Mazurskiego", "Warmińsko-Mazurskiego"),
        (
            "  Miejsko -  Gminny Ośrodek Pomocy Społecznej ",
            "Miejsko-Gminny Ośrodek Pomocy Społecznej",
        ),
        ("Bielsko - Biała", "Bielsko-Biała"),
        ("Urząd\u00a0Miasta\u00a0 Opola", "Urząd Miasta Opola"),
        ("„Stowarzyszenie Razem”", "Stowarzyszenie Razem"),
        ("Stowarzyszenie „Razem dla Nysy”", "Stowarzyszenie „Razem dla Nysy”"),
        ('Fundacja "Dom"', 'Fundacja "Dom"'),
        ("Miasto Opole.", "Miasto Opole"),
        ("Gmina Nysa,", "Gmina Nysa"),
        # negatives: real dashes stay
        ("Gmina Nysa – Urząd Miejski", "Gmina Nysa – Urząd Miejski"),
        ("Centrum Kultury - Filia nr 2", "Centrum Kultury - Filia nr 2"),
        ("", ""),
    ],
)
def test_normalise_name(raw: str, expected: str) -> None:
    assert normalise_name(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("OPS w Nysie", "Ośrodek Pomocy Społecznej w Nysie"),
        ("GOPS w Lubszy", "Gminny Ośrodek Pomocy Społecznej w Lubszy"),
        ("MGOPS w Głuchołazach", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Głuchołazach"),
        ("M-GOPS w Otmuchowie", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Otmuchowie"),
        ("MOPS w Krakowie", "Miejski Ośrodek Pomocy Społecznej w Krakowie"),
        ("MOPR w Opolu", "Miejski Ośrodek Pomocy Rodzinie w Opolu"),
        ("PCPR w Nysie", "Powiatowe Centrum Pomocy Rodzinie w Nysie"),
        ("ROPS w Opolu", "Regionalny Ośrodek Polityki Społecznej w Opolu"),
        ("CUS w Nysie", "Centrum Usług Społecznych w Nysie"),
        ("UMiG Nysa", "Urząd Miasta i Gminy Nysa"),
        ("UM Opole", "Urząd Miasta Opole"),
        ("UG Lubsza", "Urząd Gminy Lubsza"),
        ("ROPS-u w Opolu", "Regionalny Ośrodek Polityki Społecznej w Opolu"),
        ("ROPS-ami", "Regionalny Ośrodek Polityki Społecznej"),
        ("GOPS-ie w Lubszy", "Gminny Ośrodek Pomocy Społecznej w Lubszy"),
        ("MOPS-em", "Miejski Ośrodek Pomocy Społecznej"),
        # negatives
        ("Urząd Miasta Opola", None),
        ("OPSDofinansowanie", None),  # glued teaser text, not an abbreviation
        ("UM WO", None),  # Urząd Marszałkowski Województwa Opolskiego, not Urząd Miasta
        ("Caritas", None),
        ("", None),
    ],
)
def test_expand_abbreviations(name: str, expected: str | None) -> None:
    assert expand_abbreviations(name) == expected


# --------------------------------------------------------------------------- beneficiary / implementer formats

BENEFICIARIES = [
    ("Wnioskodawca: Miasto Opole", O("Miasto Opole")),
    ("Wnioskodawca:\nMiasto Opole\n", O("Miasto Opole")),
    ("Beneficjent: Gmina Nysa, ul. Marszałka 1", O("Gmina Nysa")),
    (
        "Beneficjent projektu: MOPS w Krakowie",
        O("MOPS w Krakowie", "Miejski Ośrodek Pomocy Społecznej w Krakowie"),
    ),
    ("Beneficjentem projektu jest Powiat Nyski.", O("Powiat Nyski")),
    (
        "Nazwa beneficjenta: Szkoła Podstawowa nr 1 im. Jana Pawła II w Nysie",
        O("Szkoła Podstawowa nr 1 im. Jana Pawła II w Nysie"),
    ),
    (
        "W 2019 roku Gminny Ośrodek Pomocy Społecznej w Lubszy otrzymał dotację z budżetu państwa.",
        O("Gminny Ośrodek Pomocy Społecznej w Lubszy"),
    ),
    ("Gmina Nysa otrzymała dofinansowanie w wysokości 100 000 zł.", O("Gmina Nysa")),
    ("W Nysie Ośrodek Pomocy Społecznej otrzymał wsparcie.", O("Ośrodek Pomocy Społecznej")),
    ("Stowarzyszenie „Razem” pozyskało środki na remont.", O("Stowarzyszenie „Razem”")),
    # negatives
    ("Pan Jan Kowalski otrzymał dofinansowanie.", None),
    ("Mieszkańcy otrzymali wsparcie.", None),
    ("Wnioskodawcy mogą składać wnioski do 30 czerwca.", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), BENEFICIARIES)
def test_beneficiary_formats(text: str, expected: OrgMention | None) -> None:
    assert find_beneficiary(text) == expected


IMPLEMENTERS = [
    (
        "Realizator projektu: Miejski Ośrodek Pomocy Rodzinie w Opolu",
        O("Miejski Ośrodek Pomocy Rodzinie w Opolu"),
    ),
    ("Realizator: MOPR w Opolu", O("MOPR w Opolu", "Miejski Ośrodek Pomocy Rodzinie w Opolu")),
    (
        "Jednostka realizująca: Gminny Ośrodek Kultury w Lubszy",
        O("Gminny Ośrodek Kultury w Lubszy"),
    ),
    (
        "Jednostka wdrażająca:  Regionalny Ośrodek Polityki Społecznej",
        O("Regionalny Ośrodek Polityki Społecznej"),
    ),
    (
        "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Krakowie.",
        O("Miejski Ośrodek Pomocy Społecznej w Krakowie"),
    ),
    (
        "Projekt realizowany przez Powiatowe Centrum Pomocy Rodzinie w Nysie, we współpracy z gminami.",
        O("Powiatowe Centrum Pomocy Rodzinie w Nysie"),
    ),
    (
        "Projekt jest realizowany przez PCPR w Nysie.",
        O("PCPR w Nysie", "Powiatowe Centrum Pomocy Rodzinie w Nysie"),
    ),
    (
        "Realizatorem projektu jest Fundacja Rozwoju Opolszczyzny.",
        O("Fundacja Rozwoju Opolszczyzny"),
    ),
    (
        "Realizator projektu: Miejsko - Gminny Ośrodek Pomocy Społecznej – filia",
        O("Miejsko-Gminny Ośrodek Pomocy Społecznej"),
    ),
    # negatives
    ("Realizatorzy projektu podjęli się analizy", None),
    ("Projekt realizuje cele strategii.", None),
    ("Projekt realizowany jest w ramach RPO WO 2014-2020", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), IMPLEMENTERS)
def test_implementer_formats(text: str, expected: OrgMention | None) -> None:
    assert find_implementer(text) == expected


# --------------------------------------------------------------------------- partner formats

PARTNERS = [
    pytest.param(
        "Partnerami projektu są: Gmina Nysa, Powiat Nyski i Stowarzyszenie „Razem”.",
        [O("Gmina Nysa"), O("Powiat Nyski"), O("Stowarzyszenie „Razem”")],
        id="partnerami-sa-list",
    ),
    pytest.param(
        "Partnerem jest również Uniwersytet Mikołaja Kopernika w Toruniu. Projekt trwa do końca roku.",
        [O("Uniwersytet Mikołaja Kopernika w Toruniu")],
        id="partnerem-jest-rowniez",
    ),
    pytest.param(
        "Liderem projektu jest Gmina Opole, a partnerem Fundacja Rozwoju Opolszczyzny.",
        [O("Gmina Opole", lead=True), O("Fundacja Rozwoju Opolszczyzny")],
        id="liderem-jest-a-partnerem",
    ),
    pytest.param(
        "Partnerem wiodącym jest Fundacja Rozwoju Śląska.",
        [O("Fundacja Rozwoju Śląska", lead=True)],
        id="partnerem-wiodacym",
    ),
    pytest.param(
        "Gmina Nysa w partnerstwie z Fundacją Rozwoju Opolszczyzny i Stowarzyszeniem Aktywni realizuje projekt „Razem”.",
        [O("Gmina Nysa", lead=True), O("Fundacja Rozwoju Opolszczyzny"), O("Stowarzyszenie Aktywni")],
        id="w-partnerstwie-z-nominative-the-subject-leads",
    ),
    pytest.param(
        "Projekt jest realizowany w partnerstwie z Urzędem Miasta i Gminy Nysa.",
        [O("Urząd Miasta i Gminy Nysa")],
        id="i-inside-a-name-does-not-split",
    ),
    pytest.param(
        "Partnerzy projektu:\n- Gmina Nysa (lider)\n- Caritas Diecezji Opolskiej\n- Uniwersytet Opolski\n\nCel projektu",
        [O("Gmina Nysa", lead=True), O("Caritas Diecezji Opolskiej"), O("Uniwersytet Opolski")],
        id="bulleted-list",
    ),
    pytest.param(
        "Partner wiodący: Powiat Nyski\nPartner 1: Gmina Nysa\nPartner 2: Gmina Otmuchów",
        [O("Powiat Nyski", lead=True), O("Gmina Nysa"), O("Gmina Otmuchów")],
        id="table-rows",
    ),
    pytest.param(
        "Miejski Ośrodek Kultury i Sportu w Nysie oraz Fundacja Aktywni (lider) realizują projekt.",
        [O("Miejski Ośrodek Kultury i Sportu w Nysie"), O("Fundacja Aktywni", lead=True)],
        id="a-oraz-b-lider-realizuja",
    ),
    pytest.param(
        "Projekt partnerski realizowany jest przez PCPR w Nysie (partner wiodący) i OPS w Nysie.",
        [
            O("PCPR w Nysie", "Powiatowe Centrum Pomocy Rodzinie w Nysie", lead=True),
            O("OPS w Nysie", "Ośrodek Pomocy Społecznej w Nysie"),
        ],
        id="projekt-partnerski-realizowany-przez",
    ),
    pytest.param(
        "Partnerami są: Gmina Nysa, Gmina Nysa i Powiat Nyski.",
        [O("Gmina Nysa"), O("Powiat Nyski")],
        id="deduplicated-in-order",
    ),
    pytest.param(
        "Projekt realizują MOPS-y z województw: opolskiego, śląskiego (lider) i małopolskiego.",
        [
            O(
                "MOPS województwa opolskiego",
                "Miejski Ośrodek Pomocy Społecznej województwa opolskiego",
            ),
            O(
                "MOPS województwa śląskiego",
                "Miejski Ośrodek Pomocy Społecznej województwa śląskiego",
                lead=True,
            ),
            O(
                "MOPS województwa małopolskiego",
                "Miejski Ośrodek Pomocy Społecznej województwa małopolskiego",
            ),
        ],
        id="distributive-other-abbreviation",
    ),
    # negatives
    pytest.param("Zapraszamy partnerów do współpracy.", [], id="invitation-to-partners"),
    pytest.param("Ośrodek we współpracy z Caritas prowadzi zbiórkę żywności.", [], id="we-wspolpracy-z"),
    pytest.param("Wnioskodawca: Miasto Opole\nRealizator: MOPR w Opolu", [], id="applicant-and-implementer"),
    pytest.param("Partnerstwo publiczno-prywatne to forma współpracy.", [], id="ppp-prose"),
    pytest.param(
        "Przystąpiliśmy wraz z ROPS-ami z województw: opolskiego i śląskiego.",
        [],
        id="distributive-without-partnership",
    ),
    pytest.param("", [], id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERS)
def test_partner_formats(text: str, expected: list[OrgMention]) -> None:
    assert find_partners(text)[0] == expected


def test_non_voivodeship_in_distributive_list_warns() -> None:
    partners, warnings = find_partners(
        "Projekt partnerski realizujemy wraz z ROPS-ami z województw: Opolskiego i Bawarii."
    )
    assert partners == [O("ROPS województwa opolskiego", ROPS_EXPANDED + "opolskiego")]
    assert any("Bawarii" in w for w in warnings)


def test_two_leads_warn() -> None:
    partners, warnings = find_partners("Partner wiodący: Powiat Nyski\nLider projektu: Gmina Nysa")
    assert [p.lead for p in partners] == [True, True]
    assert any("Several lead partners" in w for w in warnings)


# --------------------------------------------------------------------------- known gaps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Przystąpił do projektu partnerskiego wraz z regionalnymi ośrodkami polityki społecznej z województw: "
            "opolskiego i śląskiego.",
            [
                O("Regionalny Ośrodek Polityki Społecznej województwa opolskiego"),
                O("Regionalny Ośrodek Polityki Społecznej województwa śląskiego"),
            ],
            marks=pytest.mark.xfail(strict=True, reason="the distributive form is read only after an abbreviation"),
        ),
        pytest.param(
            "Partnerami są Caritas i PCK.",
            [O("Caritas"), O("PCK")],
            marks=pytest.mark.xfail(
                strict=True,
                reason="'i' splits only before an institution word or known abbreviation",
            ),
        ),
    ],
)
def test_known_gaps(text: str, expected: list[OrgMention]) -> None:
    assert find_partners(text)[0] == expected


# --------------------------------------------------------------------------- properties


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    normalise_name(text)
    expand_abbreviations(text)
    find_beneficiary(text)
    find_implementer(text)
    partners, _ = find_partners(text)
    assert all(isinstance(p, OrgMention) and p.name for p in partners)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Partnerem",
                "Partnerami",
                "jest",
                "są:",
                "Gmina",
                "Nysa",
                "i",
                "oraz",
                ",",
                "(partner wiodący)",
                "(lider)",
                "ROPS-ami",
                "z",
                "województw:",
                "Kujawsko",
                "-",
                "–",
                "Pomorskiego",
                "„Razem”",
                ".",
                "\n",
                "- ",
                "Partnerzy:",
                "w partnerstwie z",
                "Fundacją",
                "otrzymał",
                "dofinansowanie",
                "Realizator:",
                "Wnioskodawca:",
                "OPS",
                "im.",
                "nr",
                "1",
            ]
        ),
        max_size=40,
    )
)
def test_never_raises_on_near_misses(words: list[str]) -> None:
    text = " ".join(words)
    find_partners(text)
    find_beneficiary(text)
    find_implementer(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='abcdefghijklmnopąęłóśżźABCDEŁŚŻ -–—„”"., ', max_size=80))
@example('"„„.A')  # stacked quotes and a dot: more than three passes to strip
def test_normalise_name_is_idempotent(raw: str) -> None:
    once = normalise_name(raw)
    assert normalise_name(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # wordings of real pages (issue 13): the unit that got the money
        ("Gmina Dwikozy dostała dotację w kwocie 35 637,08 zł.", "Gmina Dwikozy"),
        ("Wojewoda rozpatrzył wniosek, który Gmina Dolsk złożyła o wsparcie finansowe.", "Gmina Dolsk"),
        ("Przyznano Gminie Rybno 100 000 zł na klub seniora.", "Gmina Rybno"),
        ("Wojewoda przyznał Gminie Miejskiej Kraków dotację celową.", "Gmina Miejska Kraków"),
        ("Zarząd Województwa przekazał Powiatowi Nyskiemu środki na drogę.", "Powiat Nyski"),
        ("Stowarzyszenie Razem zdobyło grant na warsztaty.", "Stowarzyszenie Razem"),
    ],
)
def test_beneficiary_in_real_wordings(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [  # not a beneficiary: a school or a department is not a unit that applies, a report is not an application
        "Szkoły otrzymają wsparcie w postaci pomocy dydaktycznych.",
        "Dyrektor złożył sprawozdanie z wykonania budżetu.",
    ],
)
def test_no_beneficiary_from_other_subjects(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # who carries the project out, in the wordings of real pages (issue 13)
        (
            "Realizatorem zadania jest Gminny Ośrodek Pomocy Społecznej w Rybnie.",
            "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        ),
        ("Realizatorem programu jest Ośrodek Pomocy Społecznej w Radlinie.", "Ośrodek Pomocy Społecznej w Radlinie"),
        (
            "Za przeprowadzenie projektu odpowiada Powiatowe Centrum Pomocy Rodzinie w Krośnie.",
            "Powiatowe Centrum Pomocy Rodzinie w Krośnie",
        ),
        (
            "Zadanie realizowane przez Gminny Ośrodek Pomocy Społecznej w Dobrej.",
            "Gminny Ośrodek Pomocy Społecznej w Dobrej",
        ),
        ("Program realizuje GOPS w Bestwinie.", "GOPS w Bestwinie"),
    ],
)
def test_implementer_in_real_wordings(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


# --------------------------------------------------------------------------- general realisation wordings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "przez X" reads the accusative: back to the nominative
        ("Konkurs to program realizowany przez Fundację Dobrych Serc w powiecie.", "Fundacja Dobrych Serc"),
        (
            "Projekt jest prowadzony przez Miejską Bibliotekę Publiczną w Zgórzu.",
            "Miejska Biblioteka Publiczna w Zgórzu",
        ),
        ("Zadanie realizowane przez Gminny Ośrodek Kultury w Lasku potrwa rok.", "Gminny Ośrodek Kultury w Lasku"),
        (
            "Inwestycje prowadzone przez Zarząd Dróg Powiatowych w Mielcu kosztowały 5 mln zł.",
            "Zarząd Dróg Powiatowych w Mielcu",
        ),
        # the subject across a relative pronoun or a company phrase
        ("Beneficjentem jest Nadleśnictwo Gromnik, które realizuje projekt z partnerami.", "Nadleśnictwo Gromnik"),
        (
            "Stowarzyszenie Razem we współpracy z Fundacją Ala i Parafią Bór prowadzą wspólnie projekt „Dom”.",
            "Stowarzyszenie Razem",
        ),
        ("Fundacja Ola wraz z Gminą Bór realizują projekt „Sad” od maja.", "Fundacja Ola"),
        # a lower-case adjective of place before an office's acronym
        ("Projekt „Praca dla wszystkich” realizuje opolski WUP.", "opolski WUP"),
    ],
)
def test_implementer_general_wordings(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [
        # tasks (plural) carried out by a partner are a part of the project
        "Budżet wynosi 650 000 zł, na zadania realizowane przez Fundację Ala przypada 190 000 zł.",
        # a relative clause about something else than carrying out
        "Spotkanie odbyło się w Domu Kultury, które prowadzi zajęcia dla dzieci.",
        # no acronym after the adjective
        "Projekt realizuje opolski samorząd.",
    ],
)
def test_no_implementer_from_general_wordings(text: str) -> None:
    assert find_implementer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Głównym beneficjentem jest Nadleśnictwo Gromnik, które realizuje projekt.", "Nadleśnictwo Gromnik"),
        ("Jedynym beneficjentem projektu jest Gmina Bór.", "Gmina Bór"),
    ],
)
def test_beneficiary_with_adjective(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an NGO that runs a grant scheme for many recipients did not get the money itself
        ("Działaj Lokalnie to program realizowany przez Fundację Ala. Dotacje otrzymało 17 podmiotów.", None),
        ("Projekt realizowany przez Fundację Ala otrzymał dotację 20 tys. zł.", "Fundacja Ala"),
    ],
)
def test_beneficiary_of_an_ngo_scheme(text: str, expected: str | None) -> None:
    found = find_beneficiary(text)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fundację Pokolenia", "Fundacja Pokolenia"),
        ("Lokalną Grupę Działania Stowarzyszenie Ala", "Lokalna Grupa Działania Stowarzyszenie Ala"),
        ("Parafię pw. Św. Jana", "Parafia pw. Św. Jana"),
        ("Miejski Ośrodek Pomocy Społecznej", "Miejski Ośrodek Pomocy Społecznej"),
        ("Stowarzyszenie Razem", "Stowarzyszenie Razem"),
    ],
)
def test_from_accusative(name: str, expected: str) -> None:
    from extract.org_cases import from_accusative

    assert from_accusative(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted phrase opening with a capitalised preposition is not the subject's name
        (
            "Od Wojewody Miejski Ośrodek Pomocy Rodzinie w Borku dostał dotację 12 000,00 zł.",
            "Miejski Ośrodek Pomocy Rodzinie w Borku",
        ),
        ("Z rezerwy budżetu państwa Gmina Nowa Wola otrzymała 80 tys. zł.", "Gmina Nowa Wola"),
        ("Dla seniorów Stowarzyszenie Jutrzenka pozyskało grant 9 500 zł.", "Stowarzyszenie Jutrzenka"),
        ("Od Gminy Borki Stowarzyszenie Jutrzenka otrzymało dotację 3 000 zł.", "Stowarzyszenie Jutrzenka"),
        ("Przez Fundusz Sołecki Gmina Borki uzyskała 7 000 zł.", "Gmina Borki"),
        # the reporting body is the getter when "że" is followed straight by the verb
        (
            "Gminny Ośrodek Pomocy Społecznej w Lesie informuje, że otrzymał dotację celową 40 000 zł.",
            "Gminny Ośrodek Pomocy Społecznej w Lesie",
        ),
        ("Fundacja Srebrna Nić z radością ogłasza, iż dostała wsparcie 15 tys. zł.", "Fundacja Srebrna Nić"),
        ("Miasto Dolne podaje, że uzyskało dofinansowanie 2 mln zł.", "Miasto Dolne"),
        (
            "Stowarzyszenie Brzask uprzejmie informuje, że w 2024 roku ponownie otrzymało grant 8 000 zł.",
            "Stowarzyszenie Brzask",
        ),
        # a funder's name run into the getter's: the unit closing the run
        ("Ze środków Krajowego Funduszu Drogowego Gmina Brzozowa pozyskała 400 000 zł.", "Gmina Brzozowa"),
        ("Z Rządowego Programu Odbudowy Zabytków Powiat Górski dostał 1,2 mln zł.", "Powiat Górski"),
        # a library gets grants in its own name
        (
            "W konkursie grantowym dotację 5 000 zł dostała Biblioteka Publiczna w Jarach.",
            "Biblioteka Publiczna w Jarach",
        ),
        ("Biblioteka Miejska w Rudce otrzyma dofinansowanie 30 tys. zł.", "Biblioteka Miejska w Rudce"),
        # a bare gmina as the subject of two coordinated verbs: the one gmina the passage names
        (
            "Samorząd gminy Stara Kuźnia szuka pieniędzy. W tym roku gmina złożyła wniosek i uzyskała 50 000 zł.",
            "Gmina Stara Kuźnia",
        ),
        ("Gmina Wrzosy ma plan; gmina przystąpiła do programu oraz otrzymała dotację 20 tys. zł.", "Gmina Wrzosy"),
        # a bare gmina with adverbials before its verb
        ("Samorząd gminy Stara Kuźnia dba o szkoły. Gmina już po raz trzeci pozyskała 5 000 zł.", "Gmina Stara Kuźnia"),
        (
            "Samorząd gminy Stara Kuźnia dba o szkoły. W tym roku gmina po raz kolejny dostała 5 000 zł.",
            "Gmina Stara Kuźnia",
        ),
        # a dative adjective before the head belongs to the name; a payer after "z" does not
        (
            "Dofinansowanie 7 000 zł przyznano Gminnemu Ośrodkowi Pomocy Społecznej w Jarach.",
            "Gminny Ośrodek Pomocy Społecznej w Jarach",
        ),
        (
            "Wojewoda przekazał Miejskiemu Ośrodkowi Pomocy Rodzinie w Lesie 9 000 zł.",
            "Miejski Ośrodek Pomocy Rodzinie w Lesie",
        ),
        ("Umowę o dofinansowanie 5 000 zł podpisało Stowarzyszenie Cis z Wojewodą.", "Stowarzyszenie Cis"),
        ("Stowarzyszenie Przyjaciół z Borek otrzymało 5 000 zł.", "Stowarzyszenie Przyjaciół z Borek"),
        # companions between the unit and its verb
        (
            "Biblioteka Publiczna Gminy Wrzosy razem z kołem seniorów otrzymała 5 000 zł.",
            "Biblioteka Publiczna Gminy Wrzosy",
        ),
        ("Powiat Dębiński wraz z trzema partnerami dostał 2 mln zł.", "Powiat Dębiński"),
        # a named unit opening the sentence, the subject of two coordinated verbs
        ("Stowarzyszenie Brzask wystartowało w konkursie i zdobyło grant 8 000 zł.", "Stowarzyszenie Brzask"),
        (
            "Ośrodek Pomocy Społecznej w Rudce przystąpił do programu i otrzymał 40 tys. zł.",
            "Ośrodek Pomocy Społecznej w Rudce",
        ),
    ],
)
def test_beneficiary_subject_wordings(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no named getter
        ("Urząd Gminy Lipy informuje, że otrzymał pismo od Wojewody w sprawie dotacji 5 000 zł."),
        ("Wójt informuje, że otrzymał dotację 5 000 zł."),
        ("Biblioteki otrzymają wsparcie 5 000 zł."),
        ("Gmina Lipy i gmina Rudka ruszyły. W tym roku gmina złożyła wniosek i uzyskała 5 000 zł."),
        ("W gminie Lipy szkoła złożyła wniosek i uzyskała dotację 5 000 zł."),
        ("Podaje, że dostał dotację 5 000 zł."),
        ("Wójt Jan Nowak złożył wniosek i otrzymał dotację 5 000 zł."),
        ("Szkoła Podstawowa w Lipach napisała projekt i dostała 5 000 zł."),
        ("W tym roku gmina złożyła wniosek i uzyskała 5 000 zł."),
        ("Szkoła razem z Gminą Lipy otrzymała 5 000 zł."),
        ("Przedszkole otrzymało dotację 5 000 zł."),
        ("Gmina już po raz trzeci pozyskała 5 000 zł."),
        ("Gmina Lipy i gmina Rudka się starały. Gmina po raz kolejny dostała 5 000 zł."),
    ],
)
def test_no_beneficiary_from_subject_near_misses(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the work done under a programme named after "w ramach"
        (
            "W 2025 roku Gmina Mszana realizuje pomoc dla mieszkańców w ramach rządowego programu „Ciepły Posiłek”.",
            "Gmina Mszana",
        ),
        (
            "Ośrodek Pomocy Społecznej w Rybach realizuje usługi w ramach projektu „Razem”.",
            "Ośrodek Pomocy Społecznej w Rybach",
        ),
    ],
)
def test_implementer_of_work_under_a_programme(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Mszana realizuje pomoc dla mieszkańców.",
        "Gmina Mszana realizuje pomoc dla mieszkańców, a w ramach akcji zbiera dary.",
        "Szkoła realizuje zajęcia w ramach projektu gminy.",
        "Przedszkole realizuje program „Zdrowy Maluch”.",
    ],
)
def test_no_implementer_without_a_programme(text: str) -> None:
    assert find_implementer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat between the unit and its verb
        (
            "Miejska Biblioteka Publiczna z siedzibą w Lipnie otrzymuje dotację 3 000 zł.",
            "Miejska Biblioteka Publiczna",
        ),
        ("Stowarzyszenie Zorza, z siedzibą we Wrzosach, dostało 4 000 zł.", "Stowarzyszenie Zorza"),
        # a payer's name running into the getter's, whose nominative adjective opens its name
        (
            "Z programu Instytutu Książki Gminna Biblioteka Publiczna w Borkach dostała dotację 6 000 zł.",
            "Gminna Biblioteka Publiczna w Borkach",
        ),
        # a bare head in the past: the one body of that head the passage names in full
        (
            "Gminna Biblioteka Publiczna w Dębach bierze udział w programie.\n\nW 2021 r. Biblioteka dostała 3 100 zł.",
            "Gminna Biblioteka Publiczna w Dębach",
        ),
        (
            "Stowarzyszenie Przystań prowadzi świetlicę. W maju Stowarzyszenie otrzymało grant 9 000 zł.",
            "Stowarzyszenie Przystań",
        ),
        # an office-holder's title initial ("P." for Pan/Pani) after the unit is not part of its name
        (
            "Umowa zawarta przez Wojewodę Lubuskiego i Gminę Dębno, za którą działa Wójt Gminy Dębno P. Jan Nowak, przyznaje dotację.",
            "Gmina Dębno",
        ),
        # money "brought" to a unit in the dative, a library's dative adjective before its head
        (
            "Wniosek złożony w maju przyniósł Gminnej Bibliotece Publicznej w Borkach dotację 4 200 zł.",
            "Gminna Biblioteka Publiczna w Borkach",
        ),
        ("Konkurs przyniesie Stowarzyszeniu Brzask grant w kwocie 9 000 zł.", "Stowarzyszenie Brzask"),
        ("Minister przyznał Bibliotece Pedagogicznej w Lasku 3 000 zł.", "Biblioteka Pedagogiczna w Lasku"),
        # one unit named after a singular verb among those who got money
        (
            "Dotacje dostało 30 organizacji. Wśród nagrodzonych jest Koło Gospodyń Wiejskich w Borkach.",
            "Koło Gospodyń Wiejskich w Borkach",
        ),
        ("W gronie beneficjentów znalazła się Gmina Dębno; dostanie 50 tys. zł.", "Gmina Dębno"),
    ],
)
def test_beneficiary_seat_and_bare_body(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare head in the future is a hope, not a grant
        "Stowarzyszenie Przystań złoży wniosek; jest szansa, że Stowarzyszenie zdobędzie 9 000 zł.",
        # two libraries named in full: a bare one is neither
        "Gminna Biblioteka Publiczna w Dębach i Miejska Biblioteka Publiczna w Lasach piszą wnioski. "
        "Biblioteka dostała 3 100 zł.",
        # the operator paying the grant is no beneficiary
        "Priorytet prowadzi Biblioteka Narodowa. Biblioteka dostała 3 100 zł.",
        # no body named in full
        "Biblioteka dostała 3 100 zł na nowości.",
        # many units after a plural verb, or no money said at all
        "Dotacje dostało 30 organizacji. Wśród nagrodzonych są koła z Borek i Lasku.",
        "Wśród wyróżnionych jest Koło Gospodyń Wiejskich w Borkach, które zdobyło puchar.",
        # something brought that is no money
        "Festyn przyniósł Gminnej Bibliotece Publicznej w Borkach wielu nowych czytelników.",
    ],
)
def test_no_beneficiary_from_a_bare_body(text: str) -> None:
    assert find_beneficiary(text) is None
