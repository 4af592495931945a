"""Units joining a partnership project (`extract.partner_joining`): the subject of "przystąpił(a/o/y/li) do projektu
partnerskiego / do partnerstwa" (a reporting "informuje, że" between), and the units listed after a joining cue's
colon ("Chęć przystąpienia do projektu zgłosiły:", "Udział w projekcie partnerskim zgłosiły:"), bullets with blank
lines between them."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def names(text: str) -> list[str]:
    return [partner.name for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of joining (b8, ops.cewice.pl), every gender and number of the verb
        ("Gmina Kikół informuje, że przystąpiła do projektu partnerskiego „Troskliwe Gminy”.", ["Gmina Kikół"]),
        ("Powiat Lipnowski przystąpił do partnerstwa w 2020 roku.", ["Powiat Lipnowski"]),
        (
            "Stowarzyszenie Przyjaciół Kikoła przystąpiło już do projektu partnerskiego.",
            ["Stowarzyszenie Przyjaciół Kikoła"],
        ),
        (
            "W 2021 r. Gmina Skępe i Gmina Wielgie przystąpiły do partnerskiego projektu.",
            ["Gmina Skępe", "Gmina Wielgie"],
        ),
        # units listed after a joining cue's colon (b6, dolinagrabi.pl), bullets with blank lines, a comma list
        (
            "Do 15 kwietnia chęć przystąpienia do projektu zgłosiły dwie grupy:\n\n- Fundacja Rozwoju Gmin „Razem”\n\n- Stowarzyszenie LGD „Dolina Odry”\n\nA. Nowak",
            ["Fundacja Rozwoju Gmin „Razem”", "Stowarzyszenie LGD „Dolina Odry”"],
        ),
        (
            "Udział w projekcie partnerskim zgłosiły: Gmina Kikół, Fundacja Razem oraz Koło Gospodyń Wiejskich w Kikole.",
            ["Gmina Kikół", "Fundacja Razem", "Koło Gospodyń Wiejskich w Kikole"],
        ),
        # traps: a project that is no partnership, an association, a programme, an event, a count, persons
        ("Powiatowe Centrum Pomocy Rodzinie w Lipnie przystąpiło do międzynarodowego projektu.", []),
        ("Gmina należy do Fundacji LGD Wieczno, do której przystąpiła w 2007 r.", []),
        ("Ostatecznie do programu przystąpiło 56 samorządów.", []),
        ("W wydarzeniu weźmie udział 10 ośrodków z terenu powiatu, tj.: WTZ Olewin, ŚDS w Lipnie, DPS w Rybnie.", []),
        ("Do umowy partnerstwa w projekcie przystąpiło 10 gmin północnej części województwa.", []),
        ("Udział w projekcie zgłosili: Jan Kowalski, Anna Nowak i Piotr Wiśniewski.", []),
        ("Udział w projekcie zgłosiła: Gmina Kikół.", []),  # one name: the applicant, no list of members
        # people join, not the units listed after them (s16 review)
        (
            "Partnerami projektu są Fundacja Razem i Gmina Iłów. Dołączają do nich uczniowie szkół: Szkoły Podstawowej nr 1 i Gimnazjum w Iłowie.",
            ["Fundacja Razem", "Gmina Iłów"],
        ),
        (
            "Partnerem projektu jest Fundacja Razem. Dołączają do nich mieszkańcy: Stowarzyszenie Brzozów i Koło Gospodyń Wiejskich w Zalesiu.",
            ["Fundacja Razem"],
        ),
        ("Udział w projekcie zgłosili mieszkańcy sołectw: Sołectwo Brzozów i Sołectwo Zalesie.", []),
        (  # kept: people words that describe the units (the s17 review)
            "Udział w projekcie zgłosiły organizacje seniorów: Stowarzyszenie Emerytów w Lipnie i Klub Seniora „Jesień” w Dobrej.",
            ["Stowarzyszenie Emerytów w Lipnie", "Klub Seniora „Jesień” w Dobrej"],
        ),
        (
            "Do projektu dołączyły szkoły, w których uczy się 800 uczniów: Szkoła Podstawowa nr 1 w Lipnie i Szkoła Podstawowa w Dobrej.",
            ["Szkoła Podstawowa nr 1 w Lipnie", "Szkoła Podstawowa w Dobrej"],
        ),
        (  # kept: units joining
            "Partnerem projektu jest Fundacja Razem. Dołączają do nich instytucje pozarządowe: Stowarzyszenie Brzozów i Koło Gospodyń Wiejskich w Zalesiu.",
            ["Fundacja Razem", "Stowarzyszenie Brzozów", "Koło Gospodyń Wiejskich w Zalesiu"],
        ),
    ],
)
def test_units_joining_a_partnership(text: str, expected: list[str]) -> None:
    assert names(text) == expected
