"""Units doing a project or an event together (`extract.partner_jointly`): two or more, the subject of a plural verb
with "wspólnie"/"razem", before the verb or after it, in every tense and order; unit heads printed in lower case in a
list ("gmina", "stowarzyszenie", "parafia pw.", "fundacja „X”") read as names (`extract.partner_lists`); a nominative
list split at each unit's head ("Gmina A i Nadleśnictwo B")."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def names(text: str) -> list[str]:
    return [partner.name for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object first, the subject after the verb (b27, igryfino.pl), lower-case heads
        (
            "Zajęcia plastyczne przygotowały wspólnie gmina Banie i stowarzyszenie HOP z Wolgastu.",
            ["Gmina Banie", "Stowarzyszenie HOP z Wolgastu"],
        ),
        (
            "Festyn razem przygotowali Gmina Lipno i Koło Gospodyń Wiejskich w Karnkowie.",
            ["Gmina Lipno", "Koło Gospodyń Wiejskich w Karnkowie"],
        ),
        (
            "Warsztaty wspólnie zorganizowały fundacja „Razem” oraz parafia pw. Św. Jana w Lipnie.",
            ["Fundacja „Razem”", "Parafia pw. Św. Jana w Lipnie"],
        ),
        # the subject first (b27, turystyka.lubawka.eu): three units, a colon before them, a nominative list
        (
            "Przypomnijmy: Stowarzyszenie Przyjaciół Gór, Gmina Lubawka i Nadleśnictwo Kamienna Góra prowadzą wspólnie projekt grantowy „Ścieżka”.",
            ["Stowarzyszenie Przyjaciół Gór", "Gmina Lubawka", "Nadleśnictwo Kamienna Góra"],
        ),
        (
            "Gmina Lipno oraz Fundacja Razem wspólnie zorganizowały piknik rodzinny.",
            ["Gmina Lipno", "Fundacja Razem"],
        ),
        (
            "Powiat Lipnowski i Stowarzyszenie Lokalna Grupa Działania „Ziemia Dobrzyńska” będą wspólnie realizować projekt.",
            ["Powiat Lipnowski", "Stowarzyszenie Lokalna Grupa Działania „Ziemia Dobrzyńska”"],
        ),
        (
            "Ośrodek Kultury w Skępem i Biblioteka Publiczna w Skępem razem przygotowały konkurs recytatorski.",
            ["Ośrodek Kultury w Skępem", "Biblioteka Publiczna w Skępem"],
        ),
        # co-organisers whose list opens with a lower-case head (b27, koscianiak.pl)
        (
            "Współorganizatorami koncertu byli: parafia pw. Św. Marcina w Kikole, Centrum Kultury w Kikole oraz Zakład Stolarski „Dąb”.",
            ["Parafia pw. Św. Marcina w Kikole", "Centrum Kultury w Kikole", "Zakład Stolarski „Dąb”"],
        ),
        # the singular noun with a plural verb names several organisers
        (
            "Organizatorem rajdu byli gmina Kikół i stowarzyszenie Przyjaciół Kikoła.",
            ["Gmina Kikół", "Stowarzyszenie Przyjaciół Kikoła"],
        ),
        ("Organizatorem festynu była Gmina Kikół.", []),  # one organiser: the implementer, no partner
        # a standing programme's co-runners are partners too (tests/realtext/README.md, seventh round)
        (
            "Program aktywizacyjny prowadzą wspólnie Powiatowy Urząd Pracy i Klub Integracji Społecznej.",
            ["Powiatowy Urząd Pracy", "Klub Integracji Społecznej"],
        ),
        # traps: one unit, persons, participants, money "razem", "wspólnie z" (read elsewhere)
        ("Gmina Lipno wspólnie przygotowała festyn.", []),
        ("Wójt Jan Kowalski i Anna Nowak wspólnie przygotowali projekt.", []),
        ("Projekt przygotowali wspólnie uczniowie i nauczyciele Szkoły Podstawowej w Lipnie.", []),
        ("Dotacje z Ministerstwa Kultury i Urzędu Miejskiego w Lipnie dały razem 65 100 zł na festiwal.", []),
        ("Wszystkie gminy powiatu otrzymały razem 74 mln zł na projekty drogowe.", []),
        ("Oba miasta partnerskie wspólnie zorganizują festiwal.", []),
        ("Mieszkańcy Gminy Lipno i Gminy Kikół spędzili razem dzień na festynie.", []),
    ],
)
def test_units_doing_it_together(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owners of a joint initiative or undertaking in the genitive (b27, koscianiak.pl), in every order
        (
            "Kiermasz to wspólna inicjatywa gminy Kikół i Stowarzyszenia „Dobre Serce”.",
            ["Gmina Kikół", "Stowarzyszenie „Dobre Serce”"],
        ),
        (
            "Festyn jest wspólnym przedsięwzięciem Powiatu Lipnowskiego oraz Fundacji Razem.",
            ["Powiat Lipnowski", "Fundacja Razem"],
        ),
        (
            "To inicjatywa wspólna Gminy Kikół i Koła Gospodyń Wiejskich w Kikole.",
            ["Gmina Kikół", "Koło Gospodyń Wiejskich w Kikole"],
        ),
        # traps: one owner, the residents, a title
        ("Akcja to wspólna inicjatywa Gminy Kikół.", []),
        ("To wspólna inicjatywa mieszkańców gminy Kikół.", []),
        ("To wspólna inicjatywa „Razem dla Kikoła”.", []),
    ],
)
def test_owners_of_a_joint_initiative(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading alone on its line, the whole list on the next line, commas between (b27, sieckultury.pl)
        (
            "O PROJEKCIE\nUczniowie poznają region.\n\nPARTNERZY PROJEKTU\nSzkoła Podstawowa im. płk. S. Dąbka w Sychowie, "
            "Szkoła Podstawowa im. A. Loreta w Łęczycach, Gminna Biblioteka Publiczna w Luzinie, działająca przy Szkole "
            "Podstawowej w Kębłowie\n\nOKRES REALIZACJI\n2018",
            [
                "Szkoła Podstawowa im. płk. S. Dąbka w Sychowie",
                "Szkoła Podstawowa im. A. Loreta w Łęczycach",
                "Gminna Biblioteka Publiczna w Luzinie",
            ],
        ),
        (
            "Partnerzy projektu:\nGmina Lipno, Fundacja Razem i Stowarzyszenie Przyjaciół Kikoła",
            ["Gmina Lipno", "Fundacja Razem", "Stowarzyszenie Przyjaciół Kikoła"],
        ),
        # traps: people and groups, no unit
        ("Partnerzy projektu:\nuczniowie, nauczyciele, rodzice", []),
        ("PARTNERZY\nmieszkańcy, seniorzy, młodzież z Lipna", []),
    ],
)
def test_a_heading_over_a_list_on_one_line(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one application filed by two units and more (b27, jarosławska.pl), the noun and participle in every case
        (
            "Dofinansowanie dostał wniosek złożony przez Gminę Kańczuga i Stowarzyszenie Na Rzecz Rozwoju Wsi.",
            ["Gmina Kańczuga", "Stowarzyszenie Na Rzecz Rozwoju Wsi"],
        ),
        (
            "Wniosek, złożony wspólnie przez Powiat Lipnowski, Gminę Skępe i Koło Gospodyń Wiejskich w Kikole, przeszedł ocenę.",
            ["Powiat Lipnowski", "Gmina Skępe", "Koło Gospodyń Wiejskich w Kikole"],
        ),
        (
            "Ofertę złożoną przez Stowarzyszenie Razem i Parafię w Kikole oceniono najwyżej.",
            ["Stowarzyszenie Razem", "Parafia w Kikole"],
        ),
        (
            "Na liście jest projekt z wniosku złożonego przez Gminę Kikół oraz Fundację Razem.",
            ["Gmina Kikół", "Fundacja Razem"],
        ),
        # traps: one applicant, several applications, persons
        ("Wniosek złożony przez Gminę Kikół dostał dofinansowanie.", []),
        ("Wnioski złożone przez Gminę Kikół i Gminę Skępe dostały dofinansowanie.", []),
        ("Wniosek złożony przez wójta Jana Kowalskiego i skarbnika Annę Nowak zatwierdzono.", []),
    ],
)
def test_co_applicants_of_one_application(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial between the subject and its verb (the full stop of "r." ends no clause)
        ("Gmina Lipno i Fundacja Razem od 2019 r. wspólnie prowadzą projekt „Dom”.", ["Gmina Lipno", "Fundacja Razem"]),
        (
            "Gmina Lipno oraz Fundacja Razem kolejny już rok wspólnie organizują festyn.",
            ["Gmina Lipno", "Fundacja Razem"],
        ),
        # an aside between commas is skipped as the other role readers skip it (`org_adverbials`): the two are
        # still the subject of "wspólnie zorganizowały"
        (
            "Gmina Lipno i Fundacja Razem, które od lat współpracują, wspólnie zorganizowały festyn.",
            ["Gmina Lipno", "Fundacja Razem"],
        ),
        # trap: a place before the subject (read as no name)
        ("W Lipnie Gmina Lipno i Fundacja Razem wspólnie zorganizowały festyn.", []),
    ],
)
def test_an_adverbial_between_subject_and_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # organising an event together with another unit names it a co-organiser ("wspólnie z", "razem z")
        ("Gmina Kikół wspólnie z Fundacją Razem zorganizowała warsztaty dla dzieci.", ["Fundacja Razem"]),
        (
            "Gmina Kikół razem ze Stowarzyszeniem Przyjaciół Kikoła organizuje festyn rodzinny.",
            ["Stowarzyszenie Przyjaciół Kikoła"],
        ),
        # a foreign partner's country of origin is no part of its name
        ("Partnerem zagranicznym projektu jest Obec Malá Lhota ze Słowacji.", ["Obec Malá Lhota"]),
        # traps: residents, an official, children with parents
        ("Wójt wspólnie z mieszkańcami zorganizował festyn.", []),
        ("Gmina razem z Komendantem Policji zorganizowała akcję.", []),
        ("Dzieci razem z rodzicami przygotowały warsztaty.", []),
    ],
)
def test_co_organisers_with_wspolnie_z(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Organizatorzy:" ending its line, the organisers a line or a bullet each (two and more: co-organisers)
        ("Organizatorzy:\n- Gmina Kikół\n- Fundacja Razem", ["Gmina Kikół", "Fundacja Razem"]),
        ("Organizatorzy:\nGmina Kikół\nFundacja Razem\n\nKontakt: 54 123 45 67", ["Gmina Kikół", "Fundacja Razem"]),
        # traps: one organiser (the implementer), the singular label
        ("Organizatorzy:\n- Gmina Kikół\n\nKontakt: 54 123 45 67", []),
        ("Organizator:\n- Gmina Kikół", []),
    ],
)
def test_organisers_under_a_label_ending_its_line(text: str, expected: list[str]) -> None:
    assert names(text) == expected
