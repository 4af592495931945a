"""Programmes and payers on text the rules had not seen (issue 13, s10 round 2: the fresh b20/b21 passages).

Each row is a short passage invented for this file (reworded; names, numbers and cues kept as real pages print
them), labelled by tests/realtext/README.md; the last column names the mechanism, and "near-miss" marks a form that
must keep its answer.
"""

from __future__ import annotations

import pytest

from extract.funding import find_funding

PROGRAMMES = [
    # The qualifiers Polish puts between "program(u)" and a programme's name (skansen.lublin.pl and the forms of
    # every ministry's programme pages)
    (
        "Magazyn zbiorów zbudowano w ramach programu rządowego Infrastruktura Kultury.",
        "Infrastruktura kultury",
        "'programu rządowego' before the name",
    ),
    (
        "Dotację przyznano z programu rządowego INFRASTRUKTURA KULTURY na 2019 rok.",
        "Infrastruktura kultury",
        "the name in capitals after the qualifier",
    ),
    (
        "Pieniądze pochodzą z programu wieloletniego „Niepodległa” na lata 2017-2022.",
        "Niepodległa",
        "'programu wieloletniego' and quotes",
    ),
    (
        "Żłobek powstanie z programu resortowego pn. „Maluch+” – edycja 2022.",
        "Maluch+",
        "'resortowego pn.' before the quoted name",
    ),
    (
        "Środki przyznano w ramach programu pod nazwą Infrastruktura kultury.",
        "Infrastruktura kultury",
        "'pod nazwą'",
    ),
    (
        "Programu rządowego dla kultury nie ogłoszono w tym roku.",
        None,
        "near-miss: a qualifier and no programme's name",
    ),
    # A dot in a programme's name reads any stop or dash between its words (doba.pl: "Orlen – jesteśmy razem" for
    # "ORLEN. Jesteśmy Razem")
    (
        "Granty programu „Orlen – jesteśmy razem” wręczono w Warszawie.",
        "ORLEN. Jesteśmy Razem",
        "a dash where the name has a dot",
    ),
    ("Strażacy dostali grant z programu ORLEN: Jesteśmy razem.", "ORLEN. Jesteśmy Razem", "a colon"),
    ("Strażacy dostali grant z programu ORLEN Jesteśmy Razem.", "ORLEN. Jesteśmy Razem", "no stop at all"),
    # The Rządowy Program Odbudowy Zabytków, printed as a fund and as "odnowy"/"ochrony" (gawluszowice.pl, nj24.pl,
    # miejska-gorka.pl)
    (
        "Dofinansowanie z Rządowego Funduszu Odnowy Zabytków wyniesie 398 000,00 zł.",
        "Rządowy Program Odbudowy Zabytków",
        "'Rządowy Fundusz Odnowy Zabytków'",
    ),
    (
        "Wnioski do Rządowego Funduszu Odbudowy Zabytków składały gminy.",
        "Rządowy Program Odbudowy Zabytków",
        "'Rządowy Fundusz Odbudowy Zabytków'",
    ),
    (
        "Gmina dostała promesę z Rządowego Programu Odnowy Zabytków.",
        "Rządowy Program Odbudowy Zabytków",
        "'Rządowy Program Odnowy Zabytków'",
    ),
    (
        "Gminny Fundusz Odnowy Zabytków wspiera właścicieli kamienic.",
        None,
        "near-miss: a gmina's own fund for monuments",
    ),
    # A national programme named first, the EU plan only as the source of its money after a bare "z" (radomsko.pl)
    (
        "Utworzenie żłobka w ramach programu „MALUCH+” 2022 - 2029.\nDofinansowanie:\nz KPO 1.147.584,00 zł,\n"
        "z budżetu państwa 154 832,03 zł.",
        "Maluch+",
        "'z KPO' under the Maluch+ task",
    ),
    (
        "Projekt dofinansowano z KPO. Część miejsc powstała wcześniej w programie Maluch+.",
        "Krajowy Plan Odbudowy i Zwiększania Odporności",
        "near-miss: the EU plan named first",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), PROGRAMMES, ids=[row[2] for row in PROGRAMMES])
def test_programme(text: str, expected: str | None, why: str) -> None:
    assert find_funding(text)[0].programme == expected, why


FUNDERS = [
    # A voivodeship's council that resolves to grant: a date's "r." or "br." inside its sentence does not end it
    # (kujawsko-pomorskie.pl, ngo.lodzkie.pl)
    (
        "22 czerwca 2015 r. Sejmik Województwa Kujawsko-Pomorskiego zmienił uchwałę z 30 marca 2015 r. o udzieleniu "
        "dotacji na prace przy zabytkach.",
        "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego",
        "'2015 r.' inside the sejmik's sentence",
    ),
    (
        "Publikujemy uchwałę Sejmiku Województwa Łódzkiego z 29 maja br. o pomocy finansowej na dofinansowanie zakupu "
        "sprzętu dla OSP.",
        "Urząd Marszałkowski Województwa Łódzkiego",
        "'29 maja br.' inside the sejmik's sentence",
    ),
    (
        "Sejmik Województwa Opolskiego obradował 3 marca 2020 r. Gminy złożyły wnioski o dotacje.",
        None,
        "near-miss: the grant word only in the next sentence",
    ),
    # A voivodeship's regional social-policy centre that awards a grant (serca.org.pl; each region's centre, a unit of
    # its self-government)
    (
        "5000 zł dotacji przyznało Stowarzyszeniu „Mamy Wielkie Serca” w Świnicach Warckich Regionalne Centrum "
        "Polityki Społecznej w Łodzi.",
        "Regionalne Centrum Polityki Społecznej w Łodzi",
        "the Łódź centre after the verb",
    ),
    (
        "Dotację na świetlicę dał Regionalny Ośrodek Polityki Społecznej w Krakowie.",
        "Regionalny Ośrodek Polityki Społecznej w Krakowie",
        "the Kraków centre",
    ),
    (
        "Stowarzyszenie otrzymało dotację z ROPS w Toruniu.",
        "Regionalny Ośrodek Polityki Społecznej w Toruniu",
        "the abbreviation with its seat",
    ),
    # A gmina, city or powiat named as the payer by the unit itself (zkmp.pl, zdunskawola.naszemiasto.pl,
    # utw-jozefow, zkaszub.info)
    (
        "Zakład Komunikacji otrzymał od gminy Polkowice dotację celową w wysokości 929 450,00 zł.",
        "Gmina Polkowice",
        "'otrzymał od gminy X'",
    ),
    (
        "Na sport powiat zduńskowolski przeznaczył w 2023 roku 40 tys. zł.",
        "Powiat Zduńskowolski",
        "'powiat X przeznaczył … zł'",
    ),
    (
        "Uniwersytet Trzeciego Wieku dostał od Władz Józefowa 2 dotacje.",
        "Miasto Józefów",
        "'od Władz X' of a town: the city",
    ),
    (
        "Organizacje dostaną od Wójta Gminy Stężyca wsparcie finansowe na zadania publiczne.",
        "Gmina Stężyca",
        "'od Wójta Gminy X': the organ's genitive, its unit",
    ),
    (
        "Konkurs w gminie Rybno. Na kulturę gmina przeznaczyła łącznie 50 tys. zł.",
        "Gmina Rybno",
        "a bare 'gmina' that pays: the one gmina named",
    ),
    (
        "Powiat zduńskowolski przekazał informację o naborze.",
        None,
        "near-miss: a verb of handing over with no money",
    ),
    (
        "Mieszkańcy gminy Polkowice dostali od sąsiadów pomoc przy sprzątaniu.",
        None,
        "near-miss: the gmina only as where people live",
    ),
    # A body that sets a sum aside ("przygotowała na ten cel 40 mln zł", finanse.wp.pl)
    (
        "Agencja Restrukturyzacji i Modernizacji Rolnictwa przygotowała na ten cel w tym roku 40 mln zł.",
        "Agencja Restrukturyzacji i Modernizacji Rolnictwa",
        "'przygotowała … 40 mln zł'",
    ),
    (
        "Agencja Restrukturyzacji i Modernizacji Rolnictwa przygotowała nowy regulamin naboru.",
        None,
        "near-miss: 'przygotowała' a document, no sum",
    ),
    # A sum or a verb of getting, then "od" and the giver (nowoscihandlowe.pl)
    (
        "Trzy miliony złotych od Fundacji Biedronki na hospicja",
        "Fundacja Biedronki",
        "'złotych od Fundacji X' in a headline",
    ),
    (
        "Świetlica otrzymała od Fundacji Biedronki grant na zajęcia.",
        "Fundacja Biedronki",
        "'otrzymała od Fundacji X'",
    ),
    (
        "Od Fundacji Biedronki przyszedł list z podziękowaniem.",
        None,
        "near-miss: 'od' with no sum and no verb of getting",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), FUNDERS, ids=[row[2] for row in FUNDERS])
def test_funder(text: str, expected: str | None, why: str) -> None:
    assert find_funding(text)[0].funder == expected, why


UNIT_PAYER_NEAR_MISSES = [
    # review of the round: the money of the next clause is not the unit's gift
    ("Gmina Rybno przekazała lokal na świetlicę, a środki na jej wyposażenie zdobyło stowarzyszenie.", None),
    ("Gmina Rybno przeznaczyła budynek na świetlicę, którą stowarzyszenie wyposażyło ze środków własnych.", None),
    # a sum "od gminy" that is the gmina's own share is no payment
    ("Koło dostało 5 000 zł dotacji. Wymagane jest 2 000 zł od gminy Polkowice jako wkład własny.", None),
    # and the forms the round read stay read
    ("Klub otrzymał od gminy Polkowice dotację 5 000 zł.", "Gmina Polkowice"),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_PAYER_NEAR_MISSES)
def test_unit_payer_near_misses(text: str, expected: str | None) -> None:
    found, _ = find_funding(text)
    assert found.funder == expected


def test_a_bare_gmina_giving_looks_for_the_one_gmina_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page printing "gmina przeznaczyła środki" on every line costs one whole-text unit search, not one a line
    (100 KB once took 9-13 s)."""
    from extract import unit_payers

    calls: list[str] = []
    one_unit = unit_payers.one_unit

    def counted(text: str, level: str) -> str | None:
        calls.append(level)
        return one_unit(text, level)

    monkeypatch.setattr(unit_payers, "one_unit", counted)
    text = "Dotacje w gminie Lipno i w gminie Rybno\n" + "gmina przeznaczyła środki\n" * 300
    assert unit_payers.unit_payer(text) is None  # two gminas named: the bare one is none of them
    assert calls == ["gmina"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review of the mends: a list's or an aside's comma keeps the clause; the own share is its sentence's
        ("Gmina Rybno przeznaczyła na remont drogi, chodnika i oświetlenia 200 tys. zł.", "Gmina Rybno"),
        ("Gmina Rybno przeznaczyła, jak co roku, 50 tys. zł na stypendia.", "Gmina Rybno"),
        (
            "Klub otrzymał 50 tys. zł dotacji od gminy Polkowice. Wkład własny klubu wyniósł 5 tys. zł.",
            "Gmina Polkowice",
        ),
    ],
)
def test_unit_payer_after_the_review(text: str, expected: str | None) -> None:
    found, _ = find_funding(text)
    assert found.funder == expected
