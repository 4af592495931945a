"""A party of a partnership agreement printed by its acronym, read as the name the passage spells out ("umowy
partnerskiej między UKW a Kołem Seniora X" where the passage names Uniwersytet Kazimierza Wielkiego), and left
unread where the passage spells out none, or two."""

from __future__ import annotations

import pytest

from extract.organisations import find_partners
from extract.partner_acronyms import spelled_out


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


_UNIVERSITY = "Patronat nad kołem objął Uniwersytet Kazimierza Wielkiego. "
_CENTRE = "Powiatowe Centrum Pomocy Rodzinie w Lipnie prowadzi zajęcia. "


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            _UNIVERSITY + "Podpisanie umowy partnerskiej między UKW a Kołem Seniora „Wrzos” nastąpi jutro.",
            [("Uniwersytet Kazimierza Wielkiego", False), ("Koło Seniora „Wrzos”", False)],
        ),
        (
            _UNIVERSITY + "Umowa partnerska pomiędzy Kołem Seniora „Wrzos” a UKW obowiązuje od stycznia.",
            [("Koło Seniora „Wrzos”", False), ("Uniwersytet Kazimierza Wielkiego", False)],
        ),
        (
            "Wykłady dla seniorów prowadzą pracownicy Uniwersytetu Kazimierza Wielkiego. "
            "Porozumienie partnerskie między UKW a Stowarzyszeniem Nasza Wieś podpisano w maju.",
            [("Uniwersytet Kazimierza Wielkiego", False), ("Stowarzyszenie Nasza Wieś", False)],
        ),
        (
            _CENTRE + "Projekt realizowany jest na podstawie umowy partnerskiej zawartej przez PCPR i Fundację Razem.",
            [("Powiatowe Centrum Pomocy Rodzinie w Lipnie", False), ("Fundacja Razem", False)],
        ),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        "Podpisanie umowy partnerskiej między UKW a Kołem Seniora „Wrzos” nastąpi jutro.",  # no name spelled out
        _UNIVERSITY + "Koło Seniora „Wrzos” nawiązało współpracę z UKW.",  # a cooperation, not called a partnership
        _UNIVERSITY + "Uniwersytet przyznał UKW Koła Seniora stypendia.",  # no agreement at all
    ],
)
def test_not_found(text: str) -> None:
    assert _partners(text) == []


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "Gminny Ośrodek Kultury i Sportu w Lipnie zaprasza. GOKiS",
            "GOKiS",
            "Gminny Ośrodek Kultury i Sportu w Lipnie",
        ),
        ("Dyrektor Uniwersytetu Kazimierza Wielkiego przemawiał.", "UKW", "Uniwersytet Kazimierza Wielkiego"),
        ("Uniwersytet Kazimierza Wielkiego i Urząd Kultury Wsi.", "UKW", None),  # two names: none
        ("Jan Kowalski Wójcik przemawiał.", "JKW", None),  # a person, no unit
        ("Uniwersytet Kazimierza Wielkiego.", "Ukw", None),  # no acronym
    ],
)
def test_spelled_out(text: str, acronym: str, name: str | None) -> None:
    assert spelled_out(text, acronym) == name
