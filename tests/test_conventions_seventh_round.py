"""The seventh labelling round of issue 13 (tests/realtext/README.md, "A seventh round of issue 13 …"), read as
general mechanisms: reworded passages in their inflected variants and the near-misses that must not change.

- several named units as the joint subject of one verb of carrying out or preparing are all partners and none is
  the implementer; one unit made the subject with the others attached is the implementer, the others partners;
- co-runners never called partners are partners, a standing programme's too;
- two named units in a partnership with no project are partners (a powiat printed by its seat under "powiatami"
  by its TERYT name);
- a marshal's office named only as the place of signing, and a self-government said only to have got money, pay
  nothing;
- "Gminie przyznano …" names the one gmina the passage names, its headline too.
"""

from __future__ import annotations

import pytest

from conventions import record

# (text, implementer, partners in text order)
JOINT_SUBJECTS = [
    # the subject before the plural verb, with and without "wspólnie", in several tenses
    (
        "Przypomnijmy: Stowarzyszenie Kulturalne „Brzeg”, Gmina Rybno i Nadleśnictwo Lipno prowadzą wspólnie "
        "projekt grantowy „Ścieżka nad Wisłą”.",
        None,
        ["Stowarzyszenie Kulturalne „Brzeg”", "Gmina Rybno", "Nadleśnictwo Lipno"],
    ),
    (
        "Gmina Rybno i Stowarzyszenie Rozwoju Wsi Lipno realizują projekt „Aktywni razem”.",
        None,
        ["Gmina Rybno", "Stowarzyszenie Rozwoju Wsi Lipno"],
    ),
    (
        "Gminny Ośrodek Kultury w Rybnie oraz Fundacja Nowy Dom zrealizowały w 2023 r. projekt „Lato w mieście”.",
        None,
        ["Gminny Ośrodek Kultury w Rybnie", "Fundacja Nowy Dom"],
    ),
    (
        "Gmina Rybno i Fundacja Nowy Dom będą realizować projekt „Senior w sieci”.",
        None,
        ["Gmina Rybno", "Fundacja Nowy Dom"],
    ),
    # the subject after the verb, a count and the units' kind before a colon too
    (
        "Projekt „Aktywni razem” realizują Gmina Rybno i Stowarzyszenie Rozwoju Wsi Lipno.",
        None,
        ["Gmina Rybno", "Stowarzyszenie Rozwoju Wsi Lipno"],
    ),
    (
        "Przedsięwzięcie prowadzą dwie uczelnie techniczne: Politechnika Lubelska i Akademia Morska w Gdyni.",
        None,
        ["Politechnika Lubelska", "Akademia Morska w Gdyni"],
    ),
    (
        "Projekt poprowadzą trzy organizacje: Fundacja Nowy Dom, Stowarzyszenie Rozwoju Wsi Lipno i Gminny Ośrodek "
        "Kultury w Rybnie.",
        None,
        ["Fundacja Nowy Dom", "Stowarzyszenie Rozwoju Wsi Lipno", "Gminny Ośrodek Kultury w Rybnie"],
    ),
    (
        "Projekt, który przeprowadziły Gmina Rybno oraz Fundacja Nowy Dom, zakończył się w czerwcu.",
        None,
        ["Gmina Rybno", "Fundacja Nowy Dom"],
    ),
    (
        "Warsztaty przygotowały wspólnie gmina Rybno i stowarzyszenie Brzeg.",
        None,
        ["Gmina Rybno", "Stowarzyszenie Brzeg"],
    ),
    (
        "Projekt realizować będą Gminny Ośrodek Pomocy Społecznej oraz Miejska i Powiatowa Biblioteka Publiczna "
        "w Kartuzach.",
        None,
        ["Gminny Ośrodek Pomocy Społecznej", "Miejska i Powiatowa Biblioteka Publiczna w Kartuzach"],
    ),
    # named together as the organisers
    (
        "Organizatorami festynu byli Gminny Ośrodek Kultury w Rybnie i Stowarzyszenie Rozwoju Wsi Lipno.",
        None,
        ["Gminny Ośrodek Kultury w Rybnie", "Stowarzyszenie Rozwoju Wsi Lipno"],
    ),
    # co-runners of a standing programme, never called partners
    (
        "Program aktywizacyjny prowadzą wspólnie Powiatowy Urząd Pracy i Klub Integracji Społecznej MOPS.",
        None,
        ["Powiatowy Urząd Pracy", "Klub Integracji Społecznej MOPS"],
    ),
    (
        "Program „Aktywny senior” realizują Gminny Ośrodek Pomocy Społecznej w Rybnie i Gminna Biblioteka "
        "Publiczna w Rybnie.",
        None,
        ["Gminny Ośrodek Pomocy Społecznej w Rybnie", "Gminna Biblioteka Publiczna w Rybnie"],
    ),
    # one unit singled out, the others attached to it: the implementer and its partners
    (
        "Gmina Rybno we współpracy z Fundacją Nowy Dom i Stowarzyszeniem Brzeg prowadzi projekt „Aktywni razem”.",
        "Gmina Rybno",
        ["Fundacja Nowy Dom", "Stowarzyszenie Brzeg"],
    ),
    (
        "Gmina Rybno wspólnie z Fundacją Nowy Dom prowadzi projekt „Aktywni razem”.",
        "Gmina Rybno",
        ["Fundacja Nowy Dom"],
    ),
    # near-misses: one unit, units getting money, several projects, a call's organisers, persons
    ("Projekt „Aktywni razem” realizuje Gminny Ośrodek Pomocy Społecznej w Rybnie.", None, []),
    ("Gmina Rybno i Gmina Lipno otrzymały dofinansowanie na projekt „Drogi”.", None, []),
    ("Gmina Rybno i Gmina Lipno realizują projekty z programu regionalnego.", None, []),
    ("Konkurs organizują Fundacja Nowy Dom i Gmina Rybno.", None, []),
    ("Projekt realizują Wójt Jan Nowak i Sekretarz Anna Kowal.", None, []),
    ("W projekcie wezmą udział uczniowie szkół z Rybna i Lipna, które przygotowały prace konkursowe.", None, []),
]


@pytest.mark.parametrize(("text", "implementer", "partners"), JOINT_SUBJECTS, ids=[r[0][:50] for r in JOINT_SUBJECTS])
def test_joint_subjects_are_partners_and_no_implementer(
    text: str, implementer: str | None, partners: list[str]
) -> None:
    found = record(text)
    got_implementer = found.implementer.name if found.implementer else None
    if partners or implementer:
        assert got_implementer == implementer
    assert [p.name for p in found.partners] == partners


# "Projekt realizują …" singles no one out even when the project has an implementer's cue elsewhere in a sentence
# of its own: that unit stays the implementer.
def test_a_unit_singled_out_by_a_sentence_of_its_own_stays_the_implementer() -> None:
    found = record(
        "Realizatorem projektu jest Gmina Rybno. Warsztaty w ramach projektu przygotowały wspólnie Fundacja Nowy Dom "
        "i Stowarzyszenie Brzeg."
    )
    assert found.implementer is not None and found.implementer.name == "Gmina Rybno"
    assert [p.name for p in found.partners] == ["Fundacja Nowy Dom", "Stowarzyszenie Brzeg"]


PACTS = [
    (
        "Od 2012 roku istnieje umowa partnerska pomiędzy powiatami Görlitz i Zgorzelec.",
        ["Powiat Görlitz", "Powiat Zgorzelecki"],
    ),
    ("Umowę partnerską pomiędzy Gminą Rybno a Gminą Lipno podpisano w 2019 roku.", ["Gmina Rybno", "Gmina Lipno"]),
    (
        "Porozumienie partnerskie między Powiatem Lipnowskim a Powiatem Rypińskim obowiązuje od maja.",
        ["Powiat Lipnowski", "Powiat Rypiński"],
    ),
    (
        "Powiat Legionowski i Powiat Rypiński szukają nowych pól współpracy, dlatego nawiązują relacje partnerskie.",
        ["Powiat Legionowski", "Powiat Rypiński"],
    ),
    ("Gmina Rybno i Miasto Lipno zawarły porozumienie partnerskie.", ["Gmina Rybno", "Miasto Lipno"]),
    # near-misses: a cooperation not called a partnership, one party, persons
    ("Gmina Borsuki nawiązała współpracę z gminą Lipno.", []),
    ("Gmina Rybno i Gmina Lipno nawiązały współpracę w dziedzinie kultury.", []),
    ("Gmina Rybno podpisała umowę partnerską.", []),
    ("Wójt Jan Nowak i Burmistrz Adam Kowal podpisali umowę partnerską.", []),
]


@pytest.mark.parametrize(("text", "partners"), PACTS, ids=[r[0][:50] for r in PACTS])
def test_a_partnership_with_no_project(text: str, partners: list[str]) -> None:
    assert [p.name for p in record(text).partners] == partners


PAYERS = [
    # the office as the venue, the self-government only getting money: no payer
    (
        "Samorząd Województwa Opolskiego otrzymał dodatkowe środki na świetlice wiejskie. Umowy z gminami podpisano "
        "w Urzędzie Marszałkowskim Województwa Opolskiego.",
        None,
    ),
    ("Samorząd Województwa Opolskiego dostanie z budżetu państwa pieniądze na drogi.", None),
    ("Umowę o dofinansowanie podpisano w siedzibie Urzędu Marszałkowskiego Województwa Opolskiego.", None),
    # near-misses: a self-government paying, a grant "od marszałka"
    (
        "Dotację przyznał Zarząd Województwa Opolskiego. Umowy podpisano w Urzędzie Marszałkowskim Województwa "
        "Opolskiego.",
        "Urząd Marszałkowski Województwa Opolskiego",
    ),
    (
        "Z powiatu rybnickiego dotację od marszałka województwa opolskiego dostanie tylko jedno stowarzyszenie.",
        "Urząd Marszałkowski Województwa Opolskiego",
    ),
    (
        "Samorząd Województwa Opolskiego przekazał dotację, którą otrzymała Gmina Rybno.",
        "Urząd Marszałkowski Województwa Opolskiego",
    ),
]


@pytest.mark.parametrize(("text", "funder"), PAYERS, ids=[r[0][:50] for r in PAYERS])
def test_a_venue_or_a_getter_pays_nothing(text: str, funder: str | None) -> None:
    found = record(text).funding
    assert (found.funder if found else None) == funder


GMINA_GRANTED = [
    (
        "Nowe świetlice w gminie Lipno\nW imieniu gminy Wójt Adam Kowal podpisał umowy. Gminie przyznano na ten cel "
        "ponad 120 tys. zł.",
        "Gmina Lipno",
    ),
    ("Remonty dróg w gminie Rybno\nGminie przekazano 80 tys. zł dotacji na remont drogi.", "Gmina Rybno"),
    # near-misses: two gminas named, a place, no money
    ("Dotacje dla gmin Lipno i Rybno\nGminie przyznano 120 tys. zł.", None),
    ("Stypendia w gminie Lipno\nW Gminie przyznano 20 stypendiów dla uczniów.", None),
    ("Nagroda dla gminy Lipno\nGminie przyznano wyróżnienie w konkursie.", None),
]


@pytest.mark.parametrize(("text", "beneficiary"), GMINA_GRANTED, ids=[r[0][:40] for r in GMINA_GRANTED])
def test_a_bare_gmina_granted_money(text: str, beneficiary: str | None) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary


# A gmina, town or powiat given by its place name after the common noun of its kind is "Gmina X" / "Miasto X" / the
# powiat's TERYT name, a participle between the kind and its colon too; in a joint subject as well.
PLACES = [
    ("Do projektu przystąpiły Gminy: Pilchowice, Rudziniec.", ["Gmina Pilchowice", "Gmina Rudziniec"]),
    (
        "Do projektu partnerskiego przystąpiły też gminy: Pilchowice, Rudziniec i Toszek.",
        ["Gmina Pilchowice", "Gmina Rudziniec", "Gmina Toszek"],
    ),
    (
        "W partnerstwie biorą udział gminy wybrane w otwartym naborze partnerów: Mikołów, Czechowice-Dziedzice "
        "oraz Kamienica-Polska.",
        ["Gmina Mikołów", "Gmina Czechowice-Dziedzice", "Gmina Kamienica-Polska"],
    ),
    ("Projekt realizują 2 gminy: Lipno i Rybno.", ["Gmina Lipno", "Gmina Rybno"]),
    ("Projekt „Czyste rzeki” realizują wspólnie dwie gminy: Lipno i Rybno.", ["Gmina Lipno", "Gmina Rybno"]),
    ("Projekt realizują gminy Lipno i Rybno.", ["Gmina Lipno", "Gmina Rybno"]),
    (
        "Umowa partnerska pomiędzy powiatami Żnin i Rypin obowiązuje od 2015 roku.",
        ["Powiat Żniński", "Powiat Rypiński"],
    ),
    # near-misses: a programme joined by a count, one gmina joining, the area served
    ("Do programu przystąpiło 56 samorządów.", []),
    ("Do projektu przystąpiła Gmina Lipno.", []),
    ("Projekt obejmuje teren gmin: Lipno, Rybno i Skępe.", []),
]


@pytest.mark.parametrize(("text", "partners"), PLACES, ids=[r[0][:50] for r in PLACES])
def test_bare_place_names_under_their_kind(text: str, partners: list[str]) -> None:
    assert [p.name for p in record(text).partners] == partners


# Names: two adjectives sharing one head are one unit ("Miejska i Powiatowa Biblioteka"); a unit named once without
# and once with its seat is one partner under the fuller name.
NAMES = [
    (
        "Partnerami projektu są: Gminny Ośrodek Pomocy Społecznej oraz Miejska i Gminna Biblioteka Publiczna w Lipnie.",
        ["Gminny Ośrodek Pomocy Społecznej", "Miejska i Gminna Biblioteka Publiczna w Lipnie"],
    ),
    (
        "Partnerami projektu są: Miejski i Gminny Ośrodek Kultury w Lipnie oraz Fundacja Nowy Dom.",
        ["Miejski i Gminny Ośrodek Kultury w Lipnie", "Fundacja Nowy Dom"],
    ),
    (
        "Przedsięwzięcie prowadzą dwie uczelnie: Politechnika Lubelska i Akademia Rolnicza. Konsorcjum tworzą: "
        "Politechnika Lubelska, Akademia Rolnicza w Lublinie i Uniwersytet Rzeszowski.",
        ["Politechnika Lubelska", "Akademia Rolnicza w Lublinie", "Uniwersytet Rzeszowski"],
    ),
    # near-misses: two units, each its own name
    (
        "Partnerami projektu są: Fundacja Polska i Stowarzyszenie Lipno.",
        ["Fundacja Polska", "Stowarzyszenie Lipno"],
    ),
    (
        "Partnerami projektu są: Gminny Ośrodek Kultury w Lipnie i Gminny Ośrodek Kultury w Rybnie.",
        ["Gminny Ośrodek Kultury w Lipnie", "Gminny Ośrodek Kultury w Rybnie"],
    ),
]


@pytest.mark.parametrize(("text", "partners"), NAMES, ids=[r[0][:50] for r in NAMES])
def test_partner_names_shared_heads_and_seats(text: str, partners: list[str]) -> None:
    assert [p.name for p in record(text).partners] == partners


# Named together as the implementers, after the noun or before it: all partners, none the implementer; one unit so
# named is the implementer.
IMPLEMENTERS_NAMED = [
    ("Realizatorami projektu są Gmina Rybno i Fundacja Nowy Dom.", None, ["Gmina Rybno", "Fundacja Nowy Dom"]),
    (
        "Realizatorami projektu są: Gminny Ośrodek Kultury w Rybnie, Fundacja Nowy Dom oraz Stowarzyszenie Brzeg.",
        None,
        ["Gminny Ośrodek Kultury w Rybnie", "Fundacja Nowy Dom", "Stowarzyszenie Brzeg"],
    ),
    (
        "Gmina Rybno i Fundacja Nowy Dom są realizatorami projektu „Razem”.",
        None,
        ["Gmina Rybno", "Fundacja Nowy Dom"],
    ),
    ("Realizatorem projektu jest Gmina Rybno.", "Gmina Rybno", []),
    ("Gmina Rybno jest realizatorem projektu.", "Gmina Rybno", []),
    ("Realizatorami projektu są nauczyciele i uczniowie Szkoły Podstawowej w Rybnie.", None, []),
]


@pytest.mark.parametrize(
    ("text", "implementer", "partners"), IMPLEMENTERS_NAMED, ids=[r[0][:50] for r in IMPLEMENTERS_NAMED]
)
def test_units_named_together_as_implementers(text: str, implementer: str | None, partners: list[str]) -> None:
    found = record(text)
    assert (found.implementer.name if found.implementer else None) == implementer
    assert [p.name for p in found.partners] == partners
