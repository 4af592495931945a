"""The implementer named by a role noun beside "realizator" (operator, coordinator of a project or task, "funkcję
realizatora pełni"), in either word order, by "wykonuje zadanie", by "za organizację projektu odpowiada", and with
adverbials between a verb and the unit after it ("Projekt realizuje od lipca X"); a programme's national operator,
a person, a contractor, an act's executor and co-runners after "wspólnie" are no implementer."""

from __future__ import annotations

import pytest

from extract.organisations import find_implementer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the role noun first, in the instrumental, the unit after the verb
        ("Operatorem projektu jest Fundacja Razem z Lipna.", "Fundacja Razem z Lipna"),
        (
            "Koordynatorem projektu jest Gminny Ośrodek Pomocy Społecznej w Rybnie.",
            "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        ),
        (
            "Koordynatorem całego przedsięwzięcia został Miejski Ośrodek Sportu w Lipnie.",
            "Miejski Ośrodek Sportu w Lipnie",
        ),
        ("Koordynatorem zadania „Zdrowy senior” będzie Stowarzyszenie Nowy Dom.", "Stowarzyszenie Nowy Dom"),
        # a programme's operator placed in the gmina or powiat
        (
            "Operatorem programu w gminie jest Gminny Ośrodek Pomocy Społecznej w Rybnie.",
            "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        ),
        (
            "Operatorem programu na terenie gminy został Gminny Ośrodek Kultury w Lipnie.",
            "Gminny Ośrodek Kultury w Lipnie",
        ),
        # the genitive after "funkcję" / "rolę … pełni"
        ("Funkcję realizatora pełni Centrum Usług Społecznych w Rybnie.", "Centrum Usług Społecznych w Rybnie"),
        ("Rolę realizatora programu pełni Centrum Usług Społecznych w Rybnie.", "Centrum Usług Społecznych w Rybnie"),
        ("Funkcję operatora projektu pełni Fundacja Razem.", "Fundacja Razem"),
        ("Rolę koordynatora projektu pełnić będzie Stowarzyszenie Nowy Dom.", "Stowarzyszenie Nowy Dom"),
        # the unit first
        (
            "Gminny Ośrodek Kultury w Lipnie jest operatorem programu na terenie gminy.",
            "Gminny Ośrodek Kultury w Lipnie",
        ),
        ("Stowarzyszenie Nowy Dom jest koordynatorem projektu „Razem”.", "Stowarzyszenie Nowy Dom"),
        (
            "Gminny Ośrodek Pomocy Społecznej w Rybnie pełni funkcję koordynatora projektu.",
            "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        ),
        ("Fundacja Razem pełniła rolę operatora zadania.", "Fundacja Razem"),
        # "wykonywać" a task, in either order
        ("Zadanie wykonuje Stowarzyszenie Rozwoju Wsi Rybno na zlecenie gminy.", "Stowarzyszenie Rozwoju Wsi Rybno"),
        ("Stowarzyszenie Rozwoju Wsi Rybno wykonuje to zadanie na zlecenie gminy.", "Stowarzyszenie Rozwoju Wsi Rybno"),
        ("Zadanie wykonywała Fundacja Razem.", "Fundacja Razem"),
        # organising or coordinating a project
        ("Za organizację projektu odpowiadał Gminny Ośrodek Kultury w Lipnie.", "Gminny Ośrodek Kultury w Lipnie"),
        ("Za koordynację zadania odpowiada Fundacja Razem.", "Fundacja Razem"),
        # adverbials between the verb and the unit after it
        ("Projekt realizuje od lipca Stowarzyszenie Aktywni Razem.", "Stowarzyszenie Aktywni Razem"),
        ("Projekt realizuje już trzeci rok Stowarzyszenie Aktywni Razem.", "Stowarzyszenie Aktywni Razem"),
        ("Program prowadzi po raz kolejny Fundacja Razem.", "Fundacja Razem"),
        ("Realizatorem projektu jest od 2020 r. Gminny Ośrodek Kultury w Lipnie.", "Gminny Ośrodek Kultury w Lipnie"),
    ],
)
def test_found(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Operatorem programu jest Narodowy Instytut Wolności.",  # a programme's national operator
        "Operatorem Priorytetu jest Instytut Książki.",
        "Funkcję operatora programu pełni Biblioteka Narodowa.",
        "Akademicki Związek Sportowy, który jest operatorem programu „Półkolonie”, przypomina o naborze.",
        "Koordynatorem projektu jest Anna Kowalska.",  # a person
        "Koordynatorem projektu jest dyrektor szkoły Jan Nowak.",
        "Inwestycję wykonała firma Drogbud z Rzeszowa.",  # a contractor
        "Firma Drogbud wykonała inwestycję w terminie.",
        "§ 3. Uchwałę wykonuje Wójt Gminy Rybno.",  # an act's executor
        "Za organizację festynu odpowiadał Gminny Ośrodek Kultury w Lipnie.",  # an event
        "Organizatorem konkursu jest Urząd Marszałkowski Województwa Lubelskiego.",  # a contest's organiser
        "Program aktywizacyjny prowadzą wspólnie Powiatowy Urząd Pracy i Klub Integracji Społecznej.",  # co-runners
    ],
)
def test_none(text: str) -> None:
    assert find_implementer(text) is None
