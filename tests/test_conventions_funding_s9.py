"""Who pays, session s9 of issue 13: the funder and programme classes of tune2's misses (b17/b18 included).

Each row is a short passage invented for this file (reworded; names, numbers and cues kept as the real forms print
them), labelled by tests/realtext/README.md; the last column names the rule or the real pages' form it stands for
and "near-miss" marks an invented form that must keep its answer.
"""

from __future__ import annotations

import pytest

from extract.funding import find_funding

FUNDERS = [
    # A marshal's office whose region the passage does not name is the labels' generic "Urząd Marszałkowski" (README,
    # third round), also beside an EU programme when the office is named as the payer (lgdgromnik.pl).
    (
        "Operacje realizowane są w ramach PROW 2014-2020. Granty pochodzą z umowy z Urzędem Marszałkowskim, "
        "zawartej na kwotę 262 315,00 zł.",
        "Urząd Marszałkowski",
        "generic office: an agreement with it, under an EU programme",
    ),
    (
        "Na konkurs samorządu województwa wpłynęło 66 wniosków; dotacje dostały w końcu 54 koła gospodyń.",
        "Urząd Marszałkowski",
        "generic office: a self-government's contest (wspolczesna.pl)",
    ),
    (
        "Jan Nowak z Urzędu Marszałkowskiego powiedział, że gmina dostała dotację na świetlicę.",
        None,
        "near-miss: a person from the office",
    ),
    # ... its region from the region's own name used as a noun (szczercow.pl, twojeradio.fm)
    (
        "Łódzkie znowu wspiera swoje organizacje. Marszałkowskie dotacje dostały 203 koła gospodyń.",
        "Urząd Marszałkowski Województwa Łódzkiego",
        "region by its name: 'Łódzkie' at a sentence's start",
    ),
    (
        "Gminy z Zachodniopomorskiego przebudują drogi. Dotacje Urzędu Marszałkowskiego pochodzą z opłat rolnych.",
        "Urząd Marszałkowski Województwa Zachodniopomorskiego",
        "region by its name: 'z Zachodniopomorskiego'",
    ),
    (
        "Dotacje Urzędu Marszałkowskiego dostał klub z Gorzowa Wielkopolskiego.",
        "Urząd Marszałkowski",
        "near-miss: a town's adjective is no region",
    ),
    (
        "Dotacje Urzędu Marszałkowskiego dostały koła z Łódzkiego i z Mazowieckiego.",
        "Urząd Marszałkowski",
        "near-miss: two regions named",
    ),
    # A marshal, vice-marshal or board member who signs or hands over a funding agreement signs for the awarding
    # voivodeship (README, third round): kozienicepowiat.pl, archiwum.dobrzyn.pl, dprow.pomorskie.eu,
    # stowarzyszeniesgd.pl
    (
        "Zawarto umowę o dofinansowanie projektu z RPO WO 2014-2020. Pod umową podpisali się Marszałek Województwa "
        "Opolskiego Jan Kowal i dyrektor szpitala.",
        "Urząd Marszałkowski Województwa Opolskiego",
        "board: the marshal signs ('podpisali się')",
    ),
    (
        "Gmina otrzymała dofinansowanie z PROW 2014-2020. Umowy uroczyście wręczyli wicemarszałek województwa "
        "lubuskiego Jan Nowak i członek zarządu województwa.",
        "Urząd Marszałkowski Województwa Lubuskiego",
        "board: the vice-marshal hands over the agreements",
    ),
    (
        "Marszałkowie województwa pomorskiego Jan Nowak i Adam Kowal podpisali umowy z lokalnymi grupami "
        "działania: trafi do nich 343 mln zł środków europejskich.",
        "Urząd Marszałkowski Województwa Pomorskiego",
        "board: the marshals sign, their names between",
    ),
    (
        "Stowarzyszenie LGD podpisało umowę o przyznaniu pomocy w ramach PROW 2014-2020. Zarząd Województwa "
        "reprezentował przy podpisaniu Wicemarszałek Województwa Jan Nowak. Wsparcie wynosi 74.000 zł.",
        "Urząd Marszałkowski",
        "board: the board represented at the signing, no region named",
    ),
    (
        "Gmina otrzymała dotację z PROW 2014-2020. Umowę podpisano w Urzędzie Marszałkowskim Województwa Opolskiego.",
        None,
        "near-miss: the office only as the venue",
    ),
    (
        "Marszałek Województwa Opolskiego podpisał umowę z wykonawcą przebudowy drogi wojewódzkiej za 3 mln zł.",
        None,
        "near-miss: a works contract",
    ),
    # A voivode who signs a grant agreement is the payer (README); his region from the one voivodeship, else the one
    # powiat the passage names (glosgdanska.pl, s-pl.pl, se.pl)
    (
        "Województwo Pomorskie dostanie z budżetu państwa dotację na drogi. Stosowną umowę Wojewoda Pomorski już "
        "podpisał.",
        "Wojewoda Pomorski",
        "voivode: signs, after the agreement",
    ),
    (
        "Szpital dostanie milion złotych. Umowę w tej sprawie wicewojewoda Jan Nowak podpisał dziś z powiatem "
        "gryfińskim.",
        "Wojewoda Zachodniopomorski",
        "voivode: region from the powiat named",
    ),
    (
        "Powiat dostanie 1,5 mln zł dotacji. Umowę o dofinansowanie zadania wojewoda Jan Nowak podpisał z powiatem "
        "średzkim.",
        "Wojewoda",
        "near-miss: a powiat's name two voivodeships share",
    ),
    (
        "Gmina dostała dotację na drogę. Wojewoda Lubuski podpisał rozporządzenie o zakazie wstępu do lasów.",
        None,
        "near-miss: no agreement signed",
    ),
    # The State Treasury's party to an agreement and the body acting for it (jodlownik.pl, witkowo.pl, um.sejny.pl)
    (
        "Podstawą dofinansowania jest umowa zawarta pomiędzy Skarbem Państwa – Wojewodą Opolskim a Gminą Rybno.",
        "Wojewoda Opolski",
        "State Treasury: '– Wojewodą X'",
    ),
    (
        "Umowę o powierzenie grantu na 1 298 000,00 zł zawarły Gmina Rybno oraz Skarb Państwa, za który działa "
        "Centrum Projektów Polska Cyfrowa.",
        "Centrum Projektów Polska Cyfrowa",
        "State Treasury: 'za który działa X'",
    ),
    (
        "Skarb Państwa jest właścicielem działki, na której gmina zbuduje boisko.",
        None,
        "near-miss: the Treasury as an owner",
    ),
    # Subjects joined by "i" share their plural verb: the first named pays (naszagazeta.info)
    (
        "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Opolu i Narodowy Fundusz Ochrony Środowiska "
        "i Gospodarki Wodnej chcą przeznaczyć na wozy 17 mln zł.",
        "WFOŚiGW w Opolu",
        "joined subjects, a plural verb",
    ),
    (
        "Po rozmowach w NFOŚiGW i Wojewoda Opolski przyznał gminie 100 tys. zł dotacji.",
        "Wojewoda Opolski",
        "near-miss: the singular verb is the last body's",
    ),
    # The regional fund printed without its seat, on a page naming its voivodeship (kadimex.pl)
    (
        "Dotacje WFOŚiGW dla OSP. Nabór jest dla jednostek z województwa opolskiego: do 300 tys. zł na pojazd.",
        "WFOŚiGW w Opolu",
        "regional fund: its voivodeship named",
    ),
    (
        "Dotacje WFOŚiGW dla OSP. Nabór jest dla jednostek z województwa opolskiego i z Mazowieckiego.",
        "WFOŚiGW",
        "near-miss: two voivodeships named",
    ),
    # A voivode handing over promises of a state fund the programme names (super-polska.pl)
    (
        "Wojewoda Opolski wręczył promesy na zadania z Funduszu Dróg Samorządowych gminom Rybno i Lipno.",
        "Rządowy Fundusz Rozwoju Dróg",
        "voivode hands over: the programme's fund pays",
    ),
    (
        "Wojewoda Opolski wręczył promesy gminom Rybno i Lipno na usuwanie skutków powodzi.",
        "Wojewoda Opolski",
        "near-miss: no source named",
    ),
    # A capitals form of a payer's abbreviation (tchorzewski.pl)
    ("Miasto dostało 7 032 525 złotych dotacji z NFOŚIGW na autobusy.", "NFOŚiGW", "abbreviation in capitals"),
]


@pytest.mark.parametrize(("text", "funder", "source"), FUNDERS, ids=[row[2][:60] for row in FUNDERS])
def test_who_pays(text: str, funder: str | None, source: str) -> None:
    assert find_funding(text)[0].funder == funder


PROGRAMMES = [
    # printed forms of table programmes (pilzno.um.gov.pl, zielonagora.naszemiasto.pl, tokfm.pl)
    (
        "Bus kupiono ze środków PFRON w ramach „Programu wyrównywania szans między regionami III”.",
        "Program wyrównywania różnic między regionami",
        "PFRON's programme: 'szans' for 'różnic'",
    ),
    (
        "Z Programu wyrównania różnic między regionami III gminy mogą starać się o dofinansowanie busa.",
        "Program wyrównywania różnic między regionami",
        "PFRON's programme: 'wyrównania'",
    ),
    (
        "Gmina prowadzi program wyrównywania szans edukacyjnych dla uczniów.",
        None,
        "near-miss: another programme of equal chances",
    ),
    (
        "O pieniądze z NoweFIO, a do podziału jest 109 milionów zł, mogą się ubiegać organizacje.",
        "Fundusz Inicjatyw Obywatelskich NOWEFIO",
        "NOWEFIO in mixed case",
    ),
]


@pytest.mark.parametrize(("text", "programme", "source"), PROGRAMMES, ids=[row[2][:60] for row in PROGRAMMES])
def test_which_programme(text: str, programme: str | None, source: str) -> None:
    assert find_funding(text)[0].programme == programme
