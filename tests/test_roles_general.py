"""Beneficiary and implementer: general wordings of Polish administrative prose (issue 13, round four).

Each rule has sentences written for this file (not copied from any page) and the near-misses it must
not take: a participant, a school's owner, a partner, a bare head word, a list of many recipients.
"""

from __future__ import annotations

import pytest

from extract.organisations import find_implementer

IMPLEMENTERS = [
    # "X jest realizatorem": the subject before the cue
    pytest.param(
        "Ośrodek Pomocy Społecznej w Nowinach jest realizatorem projektu „Aktywni razem”.",
        "Ośrodek Pomocy Społecznej w Nowinach",
        id="jest-realizatorem",
    ),
    pytest.param(
        "Od 2021 roku Fundacja Dobra Wola pozostaje jedynym realizatorem programu w powiecie.",
        "Fundacja Dobra Wola",
        id="pozostaje-jedynym-realizatorem",
    ),
    pytest.param(
        "Centrum Usług Społecznych w Lipinach pełni funkcję realizatora zadania.",
        "Centrum Usług Społecznych w Lipinach",
        id="pelni-funkcje-realizatora",
    ),
    # "Realizatorem programu w gminie jest …"
    pytest.param(
        "Realizatorem programu w gminie jest Gminny Ośrodek Pomocy Społecznej w Jasieniu.",
        "Gminny Ośrodek Pomocy Społecznej w Jasieniu",
        id="realizatorem-w-gminie-jest",
    ),
    # other verbs of carrying out, the subject before them, across an adverb
    pytest.param(
        "Miejski Ośrodek Pomocy Społecznej w Zgierzu przystąpił do realizacji programu „Asystent osobisty”.",
        "Miejski Ośrodek Pomocy Społecznej w Zgierzu",
        id="przystapil-do-realizacji",
    ),
    pytest.param(
        "Gminny Ośrodek Pomocy Społecznej w Lipnie ponownie rusza z projektem „Pomocna dłoń”.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        id="ponownie-rusza-z-projektem",
    ),
    pytest.param(
        "Miejski Ośrodek Pomocy Rodzinie w Opolu kontynuuje realizację projektu „Nowy start”.",
        "Miejski Ośrodek Pomocy Rodzinie w Opolu",
        id="kontynuuje-realizacje",
    ),
    pytest.param(
        "Gminny Ośrodek Pomocy Społecznej w Sulęcinie informuje, że realizuje program „Wspieraj Seniora”.",
        "Gminny Ośrodek Pomocy Społecznej w Sulęcinie",
        id="informuje-ze-realizuje",
    ),
    # a gmina and its welfare centre named together: the gmina got the money, the centre carries it out
    pytest.param(
        "Program realizowały Gmina Kłodawa oraz Miejski Ośrodek Pomocy Społecznej w Kłodawie.",
        "Miejski Ośrodek Pomocy Społecznej w Kłodawie",
        id="gmina-and-its-centre",
    ),
    pytest.param(
        "Projekt realizuje Miasto Brzeg i MOPS w Brzegu.",
        "MOPS w Brzegu",
        id="miasto-and-its-centre-abbreviated",
    ),
    # a welfare centre reports that its gmina runs the programme: the centre carries it out
    pytest.param(
        "MOPS w Lesznie informuje, że Gmina Miejska Leszno przystąpiła do realizacji programu „Opieka wytchnieniowa”.",
        "MOPS w Lesznie",
        id="centre-reports-its-gmina-joined",
    ),
    # the body that runs the funded place
    pytest.param(
        "Dotacja pokryje bieżące koszty Klubu „Senior+” prowadzonego przez Gminny Ośrodek Pomocy Społecznej w Dobrej.",
        "Gminny Ośrodek Pomocy Społecznej w Dobrej",
        id="klub-prowadzony-przez",
    ),
    pytest.param(
        "Środki przeznaczono na Dzienny Dom „Senior+” prowadzony przez Fundację Złota Jesień.",
        "Fundacja Złota Jesień",
        id="dom-prowadzony-przez-accusative",
    ),
]

NO_IMPLEMENTER = [
    pytest.param("Gmina Rybno jest współrealizatorem projektu.", id="a-co-implementer-is-a-partner"),
    pytest.param("Partnerstwa, które kontynuują udział w projekcie, spotkały się w Rzeszowie.", id="kontynuuja-udzial"),
    pytest.param("Ośrodek jest realizatorem programu od 2020 roku.", id="a-bare-head-named-nowhere"),
    pytest.param(
        "Dotacja trafi do szkół prowadzonych przez Powiat Leski, a zajęcia ruszą we wrześniu.", id="a-schools-owner"
    ),
    pytest.param(
        "Gminny Ośrodek Pomocy Społecznej informuje, że od 1 lutego realizowany jest program „Wspieraj Seniora”.",
        id="informuje-passive-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPLEMENTERS)
def test_implementer(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_IMPLEMENTER)
def test_no_implementer(text: str) -> None:
    assert find_implementer(text) is None
