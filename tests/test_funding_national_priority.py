"""A national programme's numbered priority ("Priorytet 3 Narodowego Programu Rozwoju Czytelnictwa", "PROO Priorytet
5", "Fundusz Patriotyczny, Priorytet II") is no EU priority axis (tests/realtext/README.md, priority_axis); an EU
programme's priority stays one."""

from __future__ import annotations

import pytest

from extract.funding import find_funding


@pytest.mark.parametrize(
    "text",
    [
        "Szkoła otrzymała 3000 zł w ramach Priorytetu 3 Narodowego Programu Rozwoju Czytelnictwa 2.0.",
        "Dotacja z Programu Rozwoju Organizacji Obywatelskich na lata 2018-2030 PROO – Priorytet 5 – Wsparcie doraźne.",
        "Muzeum dostało grant z Funduszu Patriotycznego, edycja 2021, Priorytet II.",
    ],
)
def test_national_priority_is_no_axis(text: str) -> None:
    found = find_funding(text)[0]
    assert found.programme is not None and found.priority_axis is None


def test_eu_priority_stays() -> None:
    found = find_funding(
        "Projekt realizowany w ramach Programu Operacyjnego Kapitał Ludzki, Priorytet VII, Działanie 7.1."
    )[0]
    assert (found.programme, found.priority_axis) == ("PO KL 2007-2013", "VII")
