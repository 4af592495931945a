"""The beneficiary, implementer and partners conventions of tests/realtext/README.md, in invented sentences.

`beneficiary` is the named unit that got, gets or was awarded the money, signed for it or is called
Beneficjent/Grantobiorca (null when unnamed, and null for a unit that only runs a state-funded programme
itself); `implementer` the named unit said to carry the project out, the beneficiary itself when the
passage says so; `partners` the units named as partners or co-implementers, with the one leader, never the
funder, a venue, the area served or the beneficiary itself.
"""

from __future__ import annotations

import pytest

from conventions import record

GOPS = "Gminny Ośrodek Pomocy Społecznej w Rybnie"

# (text, beneficiary, implementer)
ROLES = [
    # got, gets or was awarded the money, in the verbs either side and the dative
    ("Gmina Rybno otrzymała 20 000 zł dotacji na zakup sprzętu.", "Gmina Rybno", None),
    ("Przyznano Gminie Rybno dotację w wysokości 60 000 zł.", "Gmina Rybno", None),
    ("Dotację otrzymało Stowarzyszenie Nasze Lipno.", "Stowarzyszenie Nasze Lipno", None),
    ("Środki trafiły do Gminy Rybno.", "Gmina Rybno", None),
    ("Gminie Rybno przyznano promesę na 1,2 mln zł.", "Gmina Rybno", None),
    # signed the agreement as its recipient; called Beneficjent or Grantobiorca
    ("Umowę o dofinansowanie podpisała Gmina Rybno jako beneficjent.", "Gmina Rybno", None),
    ("Beneficjentem projektu jest Powiat Lipnowski.", "Powiat Lipnowski", None),
    ("Grantobiorca: Stowarzyszenie Razem dla Lipna.", "Stowarzyszenie Razem dla Lipna", None),
    ("W gronie beneficjentów programu jest Gmina Rybno.", "Gmina Rybno", None),
    ("Wśród laureatów konkursu jest Koło Gospodyń Wiejskich w Rybnie.", None, None),  # a prize, no money said
    # an applicant still waiting for the decision has got nothing
    ("Gmina Rybno złożyła wniosek o dotację. Czekamy na rozpatrzenie wniosku.", None, None),
    ("Wniosek złożony przez Gminę Rybno jest w trakcie oceny.", None, None),
    ("Gmina Rybno złożyła wniosek o dotację. Oczekujemy na rozpatrzenie wniosków.", None, None),
    ("Stowarzyszenie Razem złożyło ofertę w konkursie. Czekamy na rozpatrzenie.", None, None),
    ("Wniosek złożony przez Gminę Rybno został rozpatrzony pozytywnie.", "Gmina Rybno", None),
    ("Gmina Rybno złożyła wniosek i otrzymała dotację w wysokości 50 000 zł.", "Gmina Rybno", None),
    # an unnamed "gmina" gives none
    ("Gmina otrzymała 20 000 zł dotacji na zakup sprzętu.", None, None),
    # a unit that only runs a state-funded programme itself is its implementer; the beneficiary stays null
    (
        "W 2024 r. Gmina Rybno realizuje program „Posiłek w szkole i w domu” dofinansowany z budżetu państwa.",
        None,
        "Gmina Rybno",
    ),
    (
        "Powiat Lipnowski realizuje program „Asystent osobisty osoby z niepełnosprawnością” finansowany "
        "z Funduszu Solidarnościowego.",
        None,
        "Powiat Lipnowski",
    ),
    # ... and so does a project or task of its own that is funded, when no sentence says who got the money
    # (tests/realtext/README.md, settled in the fourth round: 18 of 19 dev passages)
    (
        "Gmina Rybno zrealizowała zadanie „Remont świetlicy” współfinansowane ze środków Województwa Lubuskiego.",
        None,
        "Gmina Rybno",
    ),
    # ... while a sentence saying it got the money names it
    (
        "Gmina Rybno zrealizowała zadanie „Remont świetlicy”. Gmina otrzymała na nie dotację Województwa Lubuskiego.",
        "Gmina Rybno",
        "Gmina Rybno",
    ),
    # the implementer: realizatorem jest, realizuje, realizowany przez, odpowiada za realizację
    ("Realizatorem projektu jest Gminny Ośrodek Pomocy Społecznej w Rybnie.", None, GOPS),
    ("Projekt realizuje Stowarzyszenie Przyjazna Wieś.", None, "Stowarzyszenie Przyjazna Wieś"),
    (
        "Za realizację projektu odpowiada Centrum Usług Społecznych w Lipnie.",
        None,
        "Centrum Usług Społecznych w Lipnie",
    ),
    ("Zadanie realizowane przez Gminny Ośrodek Kultury w Rybnie.", None, "Gminny Ośrodek Kultury w Rybnie"),
    # the subject across an aside naming its lead role
    (
        "Gmina Rybno, jako lider partnerstwa, realizuje projekt wraz z Fundacją Nowy Dom.",
        None,
        "Gmina Rybno",
    ),
    ("Fundacja Nowy Dom, jako partner, realizuje działania.", None, None),  # a partner's part is no implementer
    # two units after "przez" in the accusative are two names, the first the one named as implementer
    ("Projekt realizowany przez Gminę Lipno i Fundację Nowy Dom.", None, "Gmina Lipno"),
    (
        "Zadanie prowadzone przez Bibliotekę Publiczną w Lipnie i Szkołę Podstawową w Lipnie.",
        None,
        "Biblioteka Publiczna w Lipnie",
    ),
    # "wykona", "przeprowadzi", "poprowadzi": said to carry the task out; a contractor's works are no project
    ("Roboty budowlane wykonała firma Budex z Lipna.", None, None),
    ("Prace w ramach zadania wykonała firma Budex z Lipna.", None, None),
    ("Zadanie wykona Stowarzyszenie Przyjazna Wieś.", None, "Stowarzyszenie Przyjazna Wieś"),
    ("Zadanie wykonało Stowarzyszenie Przyjazna Wieś.", None, "Stowarzyszenie Przyjazna Wieś"),
    ("Projekt przeprowadzi Fundacja Nowy Dom.", None, "Fundacja Nowy Dom"),
    ("Zajęcia w ramach projektu poprowadzi Gminny Ośrodek Kultury w Rybnie.", None, "Gminny Ośrodek Kultury w Rybnie"),
    # wanting to join a programme carries nothing out
    ("Do programu chce się przyłączyć Gmina Rybno.", None, None),
    ("Do programu zamierza przystąpić Gmina Rybno.", None, None),
    # a seat after the name ("z siedzibą w", "zs. w") is not part of it
    (
        "Stowarzyszenie Przyjazna Wieś z siedzibą w Rybnie prowadzi projekt „Razem”.",
        None,
        "Stowarzyszenie Przyjazna Wieś",
    ),
    ("Fundacja Nowy Dom, z siedzibą w Lipnie, realizuje projekt „Razem”.", None, "Fundacja Nowy Dom"),
    ("Fundacja Nowy Dom zs.\nw Lipnie prowadzi projekt „Razem”.", None, "Fundacja Nowy Dom"),
    # the beneficiary itself when the passage says so
    ("Gmina Rybno jest beneficjentem i realizatorem projektu.", "Gmina Rybno", "Gmina Rybno"),
    ("Beneficjentem i realizatorem projektu jest Gmina Rybno.", "Gmina Rybno", "Gmina Rybno"),
    ("Gmina Rybno jest zarówno beneficjentem, jak i realizatorem zadania.", "Gmina Rybno", "Gmina Rybno"),
    ("Beneficjent: Gmina Rybno. Realizator: Gmina Rybno.", "Gmina Rybno", "Gmina Rybno"),
]

# (text, partners as (name, lead))
PARTNERS = [
    ("Projekt realizowany jest w partnerstwie z Fundacją Dobry Start.", [("Fundacja Dobry Start", False)]),
    (
        "Gmina Lipno realizuje projekt wspólnie z Stowarzyszeniem Razem oraz Parafią w Lipnie.",
        [("Stowarzyszenie Razem", False), ("Parafia w Lipnie", False)],
    ),
    (
        "Lider projektu: Gmina Rybno. Partnerzy: Fundacja Nowy Dom, Stowarzyszenie Razem.",
        [("Gmina Rybno", True), ("Fundacja Nowy Dom", False), ("Stowarzyszenie Razem", False)],
    ),
    (
        "Projekt realizowany przez Powiat Lipnowski (lider) oraz Gminę Rybno (partner).",
        [("Powiat Lipnowski", True), ("Gmina Rybno", False)],
    ),
    (
        "Partnerem projektu jest Miejska Biblioteka Publiczna w Lipnie.",
        [("Miejska Biblioteka Publiczna w Lipnie", False)],
    ),
    (
        "Partnerami projektu są: Fundacja Nowy Dom oraz Stowarzyszenie Razem.",
        [("Fundacja Nowy Dom", False), ("Stowarzyszenie Razem", False)],
    ),
    (
        "Projekt realizowany w partnerstwie: Gmina Rybno (Lider), Fundacja Nowy Dom (Partner).",
        [("Gmina Rybno", True), ("Fundacja Nowy Dom", False)],
    ),
    (
        "Partnerzy projektu: Gmina Lipno – Lider, Fundacja Nowy Dom, Stowarzyszenie Razem.",
        [("Gmina Lipno", True), ("Fundacja Nowy Dom", False), ("Stowarzyszenie Razem", False)],
    ),
    (  # a bullet list in the instrumental
        "Projekt realizowany jest w partnerstwie z:\n- Fundacją Nowy Dom,\n- Stowarzyszeniem Razem,\n"
        "- Parafią Rzymskokatolicką w Lipnie.",
        [("Fundacja Nowy Dom", False), ("Stowarzyszenie Razem", False), ("Parafia Rzymskokatolicka w Lipnie", False)],
    ),
    (
        "Projekt realizowany jest wraz z dwoma partnerami: Fundacją Nowy Dom i Stowarzyszeniem Razem.",
        [("Fundacja Nowy Dom", False), ("Stowarzyszenie Razem", False)],
    ),
    ("Współrealizatorem projektu jest Fundacja Nowy Dom.", [("Fundacja Nowy Dom", False)]),
    # a spaced dash inside a compound adjective is part of the name (written as one word, as names are normalised)
    (
        "Projekt realizowany jest w partnerstwie z Towarzystwem Sportowo – Kulturalnym „Orzeł”.",
        [("Towarzystwo Sportowo-Kulturalne „Orzeł”", False)],
    ),
    (
        "Partnerem projektu jest Stowarzyszenie Społeczno - Kulturalne Razem.",
        [("Stowarzyszenie Społeczno-Kulturalne Razem", False)],
    ),
    (
        "Partnerzy: Towarzystwo Sportowo – Kulturalne Orzeł, Fundacja Nowy Dom.",
        [("Towarzystwo Sportowo-Kulturalne Orzeł", False), ("Fundacja Nowy Dom", False)],
    ),
    # near-misses: a dash before a role word ends the name, whatever the stem before it
    (
        "Partnerzy projektu: Gmina Lipno – Lider, Towarzystwo Sportowo – Kulturalne Orzeł.",
        [("Gmina Lipno", True), ("Towarzystwo Sportowo-Kulturalne Orzeł", False)],
    ),
    (
        "Projekt realizowany w partnerstwie: Gmina Braniewo – Lider, Fundacja Nowy Dom – Partner.",
        [("Gmina Braniewo", True), ("Fundacja Nowy Dom", False)],
    ),
    pytest.param(
        "Partnerem projektu jest Towarzystwo Sportowo – Kulturalne Orzeł.",
        [("Towarzystwo Sportowo – Kulturalne Orzeł", False)],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the labels keep a spaced dash as printed, normalise_name joins it ('Kujawsko-Pomorskiego'); "
            "keeping it broke the golden pages and tests/test_organisations.py",
        ),
    ),
    # not the area served, nor a venue, nor the funder
    ("Projekt realizowany jest na terenie gmin: Lipno, Rybno i Dobra.", []),
    ("Zajęcia odbywają się w Szkole Podstawowej w Lipnie.", []),
    ("Projekt dofinansowany przez Wojewodę Lubuskiego realizuje Gmina Rybno.", []),
    ("Projekt obejmuje mieszkańców gmin: Rybno, Lipno i Dobra.", []),
    (
        "Projekt dofinansowany przez Wojewodę Lubuskiego realizuje Gmina Rybno wspólnie z Fundacją Nowy Dom.",
        [("Fundacja Nowy Dom", False)],
    ),
]


@pytest.mark.parametrize(
    ("text", "beneficiary", "implementer"),
    [row if hasattr(row, "marks") else pytest.param(*row, id=row[0][:50]) for row in ROLES],
)
def test_beneficiary_and_implementer_follow_the_written_rules(
    text: str, beneficiary: str | None, implementer: str | None
) -> None:
    found = record(text)
    got = (found.beneficiary.name if found.beneficiary else None, found.implementer.name if found.implementer else None)
    assert got == (beneficiary, implementer)


@pytest.mark.parametrize(
    ("text", "partners"), [row if hasattr(row, "marks") else pytest.param(*row, id=row[0][:50]) for row in PARTNERS]
)
def test_partners_are_the_named_partners_with_their_leader(text: str, partners: list[tuple[str, bool]]) -> None:
    assert [(p.name, p.lead) for p in record(text).partners] == partners
