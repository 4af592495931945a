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
        # traps: a standing programme, one unit, persons, participants, money "razem", "wspólnie z" (read elsewhere)
        ("Program aktywizacyjny prowadzą wspólnie Powiatowy Urząd Pracy i Klub Integracji Społecznej.", []),
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
