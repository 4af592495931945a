"""Who got the money, round s7 of issue 13: classes of misses seen on three or more unrelated real sites.

Each row is a short passage invented for this file in the form the real page used (the source page of the form in
its last column), labelled by tests/realtext/README.md; near-misses (source "near-miss") are invented forms that
must keep their answer.
"""

from __future__ import annotations

import pytest

from conventions import record

# A public body named in full (a welfare centre, a parish, a culture centre, a school) filed the application the
# passage says was granted: it is the beneficiary, as a gmina or an NGO is (`_APPLIED`, `_SUBMITTED_BY`).
APPLICANTS = [
    (
        "Urząd dał znać, że przyjmuje ofertę, którą złożyła Parafia Świętego Jana w Lipnie na festyn „Rodzina”. "
        "Dotację przyznano w trybie małego grantu.",
        "Parafia Świętego Jana w Lipnie",
        "https://bytominfo.pl/wydzial-kultury-i-sportu-przyznaje-maly-grant-na-realizacje-projektu-parafiada/",
    ),
    (
        "Wśród 120 projektów, które dostały dofinansowanie, jest „Noc Kupały nad Wisłą” zgłoszony przez Dom "
        "Kultury w Rybnie.",
        "Dom Kultury w Rybnie",
        "http://kultura.wielun.pl/tag/etnopolska-2021/",
    ),
    (
        "W 2019 roku Ośrodek Pomocy Społecznej w Lipnie złożył w ministerstwie projekt pn. „Silny Ośrodek”. "
        "Po ocenie projekt wybrano do dofinansowania.",
        "Ośrodek Pomocy Społecznej w Lipnie",
        "http://gops-polankawielka.pl/?strona=1&artykul=31&con=2&contrast=0",
    ),
    (
        "Gminna Biblioteka Publiczna w Rybnie złożyła do Biblioteki Narodowej wniosek, który otrzymał dotację "
        "w kwocie 4 000 zł.",
        "Gminna Biblioteka Publiczna w Rybnie",
        "near-miss: a library, subject before the verb",
    ),
    (
        "W marcu Powiatowy Zarząd Dróg złożył wniosek o 7 milionów złotych z funduszy unijnych na drogę "
        "powiatową Lipno - Rybno.",
        None,
        "near-miss: an application alone, no money said granted",
    ),
    (
        "Dom Kultury w Rybnie złożył wniosek do programu. Czekamy na rozpatrzenie wniosku, który może "
        "przynieść dotację.",
        None,
        "near-miss: an applicant still waiting",
    ),
    (
        "Wybrano dwie oferty: złożoną przez Dom Kultury w Lipnie, który otrzymał 3 000 zł, oraz przez "
        "Szkołę Podstawową w Rybnie, która otrzymała 2 000 zł.",
        None,
        "near-miss: two applicants, each with its own grant",
    ),
    (
        "Sołtys złożył wniosek o remont świetlicy. Gmina Rybno otrzymała na ten cel 50 000 zł dotacji.",
        "Gmina Rybno",
        "near-miss: a person files, the gmina gets",
    ),
]


@pytest.mark.parametrize(("text", "beneficiary", "source"), APPLICANTS, ids=[row[2][:60] for row in APPLICANTS])
def test_a_public_body_that_applied_and_was_granted(text: str, beneficiary: str | None, source: str) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary


# An NGO that carries out a project whose grant is said to come from a programme, with no sum and no unit said to get
# it, is the implementer only (tests/realtext/README.md, `beneficiary`); a task with its sum allocated stays the NGO's.
PROJECT_GRANTS = [
    (
        "Wycieczkę przygotowały seniorki w ramach projektu „Aktywni razem”, na który przyznano dofinansowanie z "
        "Programu ASOS.\n\nRealizator projektu: Stowarzyszenie Przyjaciół Rybna „Razem” w partnerstwie z Gminą Rybno.",
        None,
        "https://senior.babice.pl/jesien-seniora-w-ogrodzie-i-fali/",
    ),
    (
        "Projekt realizuje Stowarzyszenie Nasze Lipno w partnerstwie z Biblioteką Publiczną w Lipnie.\n\nDotację "
        "na projekt przyznano z programu Aktywni Obywatele – Fundusz Krajowy.",
        None,
        "https://pomyslnajozefoslaw.pl/zaproszenie-na-inauguracje-projektu/",
    ),
    (
        "Zadanie poprowadzi Stowarzyszenie „Jak w domu”, a na jego realizację w 2023 r. przeznaczono kwotę "
        "130.000,00 zł z pieniędzy PFRON.",
        "Stowarzyszenie „Jak w domu”",
        "near-miss: the task's sum allocated (tokis.pl form)",
    ),
    (
        "Stowarzyszenie Nasze Lipno otrzymało dotację z programu Aktywni Obywatele na projekt „Sąsiedzi”.",
        "Stowarzyszenie Nasze Lipno",
        "near-miss: the NGO said to get the grant",
    ),
    (
        "Projekt realizuje Fundacja Dobry Start. Fundacja otrzymała dotację z programu FIO w kwocie 60 000 zł.",
        "Fundacja Dobry Start",
        "near-miss: the grant and its sum said",
    ),
]
# Rows of the class no general change fixes today (strict: a row that starts passing must lose its mark).
PROJECT_GRANT_GAPS = [
    pytest.param(
        "Milion złotych przeznaczyła dla organizacji pozarządowych Fundacja Wolności. „Fundusz Pomocowy 2020” "
        "realizuje Fundacja Edukacja dla Rybna.",
        None,
        "http://poradnik-row.pl/index.php/dzialalnosc-non-profit/rekomendacje/240-fundusz-pomocowy-pafw-dla-ngo-2020",
        marks=pytest.mark.xfail(strict=True, reason="a sum for many organisations (no count) reads as the NGO's grant"),
        id="poradnik-row.pl",
    )
]


@pytest.mark.parametrize(
    ("text", "beneficiary", "source"),
    [*PROJECT_GRANTS, *PROJECT_GRANT_GAPS],
    ids=[row[2][:60] for row in PROJECT_GRANTS] + ["poradnik-row.pl"],
)
def test_an_ngo_running_a_project_granted_from_a_programme(text: str, beneficiary: str | None, source: str) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary


# Money counted out to several bodies ("trzy stowarzyszenia dostały", "dotacje przyznano 9 z nich", "173 jednostkom
# OSP", "skorzysta 29 jednostek") is a round-up: the one body a sentence then names is no beneficiary (`_ROUND_UP`).
ROUND_UPS = [
    (
        "Co roku gmina dzieli pieniądze między kluby, a dotacje przyznano 7 z nich. Klub Sportowy „Orzeł” Lipno "
        "dostał łącznie 62 tys. zł, LKS Rybno - 40 tys. zł.",
        None,
        "http://www.dkl24.pl/pl/a/11980/od-samorzadu-na-zajecia-sportowe.html",
    ),
    (
        "W poniedziałek trzy stowarzyszenia z powiatu lipskiego dostały dofinansowanie z Urzędu Marszałkowskiego. "
        "Na festiwal rockowy 5 tysięcy złotych otrzyma Stowarzyszenie Rockowe Lipno.",
        None,
        "https://zlotoryja1211.pl/2017/03/28/stowarzyszenia-z-pieniedzmi-od-marszalka/",
    ),
    (
        "Na Podkarpaciu z rządowego dofinansowania skorzysta 29 jednostek, w tym 3 z naszego powiatu: lekki samochód "
        "otrzyma OSP Lipno.",
        None,
        "https://wbieszczady.pl/aktualnosci/trzy-bieszczadzkie-jednostki-osp-otrzymaja-dofinansowania-na-zakup-wozow-strazackich/vPfMVcJoGRDnk6i1LvjW",
    ),
    (
        "Pół miliona złotych dla strażaków - m.in. wsparcie dla OSP Rybno\nSejmik Województwa przekazał pół "
        "miliona złotych 173 jednostkom OSP z całego regionu.",
        None,
        "https://wizjalokalna.pl/index.php?np=354&page=news&s=19535",
    ),
    (
        "Wśród 308 projektów, które dostały dofinansowanie, jest „Noc Kupały” zgłoszony przez Dom Kultury w Lipnie.",
        "Dom Kultury w Lipnie",
        "near-miss: projects counted, one body singled out",
    ),
    (
        "Stowarzyszenie Razem w Lipnie otrzymało 20 000 zł dotacji. Z zajęć skorzysta 30 seniorów.",
        "Stowarzyszenie Razem w Lipnie",
        "near-miss: a count of people, not of recipients",
    ),
    (
        "Gmina Rybno jako jedna z 12 gmin otrzymała 300 tys. zł na drogi.",
        "Gmina Rybno",
        "near-miss: one of many gminas, named as the getter",
    ),
    (
        "Gmina Miasto Lipno otrzymała na ten cel dofinansowanie 1 484 475,40 zł. Projekt obejmie także 12 jednostek "
        "podległych Gminie Miasto Lipno, które dostaną 216 zestawów komputerowych.",
        "Gmina Miasto Lipno",
        "near-miss (b30): counted units get computers, no money",
    ),
]


@pytest.mark.parametrize(("text", "beneficiary", "source"), ROUND_UPS, ids=[row[2][:60] for row in ROUND_UPS])
def test_a_round_up_of_counted_recipients_names_no_beneficiary(text: str, beneficiary: str | None, source: str) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary


# The subject of a verb of getting money, not read: a public body named in full with "dostała" after "po raz
# kolejny", a body whose name coordinates two adjectives ("Miejska i Powiatowa Biblioteka …", not two bodies).
GETTERS = [
    (
        "Szkoła Podstawowa Nr 2 w Lipnie po raz kolejny dostała grant na międzynarodowy projekt Erasmus+.",
        "Szkoła Podstawowa Nr 2 w Lipnie",
        "https://sp1.choszczno.edu.pl/nowy-projekt-wspolpracy-miedzynarodowej-erasmus/",
    ),
    (
        "Miejska i Powiatowa Biblioteka Publiczna im. Jana Nowaka w Rybniku pozyskała z funduszu Ministra Kultury "
        "dotację na zakup nowości wydawniczych.",
        "Miejska i Powiatowa Biblioteka Publiczna im. Jana Nowaka w Rybniku",
        "https://www.naszraciborz.pl/site/art/8-telegraf/0-/91994-biblioteka-z-dotacja-ministerstwa--szykuje-sie-jesien-pelna-nowosci",
    ),
    (
        "Szkoły po raz kolejny dostały pieniądze na laptopy dla uczniów.",
        None,
        "near-miss: a kind of body in the plural",
    ),
    (
        "Szkoła po raz pierwszy dostała grant na wyjazdy uczniów.",
        None,
        "near-miss: a kind of body, no place or number",
    ),
    (
        "Gmina Rybno i Powiat Lipnowski otrzymały 100 000 zł na wspólną drogę.",
        None,
        "near-miss: two units coordinated",
    ),
    (
        "Gmina Rybno i Gmina Lipno otrzymały 100 000 zł na wspólną drogę.",
        None,
        "near-miss: two gminas coordinated",
    ),
]
GETTER_GAPS = [
    pytest.param(
        "Informujemy, że 21 października 2020r. Dom Pomocy Społecznej „Przystań” s.c Anna Nowak, Jan Kowal "
        "dostał grant na walkę z epidemią.",
        "Dom Pomocy Społecznej „Przystań” s.c Anna Nowak, Jan Kowal",
        "http://pensjonatmecenat.pl/pl/wsparcie_dla_mazowsza.html",
        marks=pytest.mark.xfail(strict=True, reason="a civil partnership's owners (persons, a comma) end the name"),
        id="pensjonatmecenat.pl",
    )
]


@pytest.mark.parametrize(
    ("text", "beneficiary", "source"),
    [*GETTERS, *GETTER_GAPS],
    ids=[row[2][:60] for row in GETTERS] + ["pensjonatmecenat.pl"],
)
def test_the_subject_of_a_verb_of_getting(text: str, beneficiary: str | None, source: str) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary


# A welfare centre's own page: the one centre named in full, in a sentence that runs or joins the project or programme
# next to its name, is the implementer when no cue names one (`_centre_running`).
def implementer_of(text: str) -> str | None:
    found = record(text).implementer
    return found.name if found else None


CENTRES = [
    (
        "W związku z tym, że realizuje program „Opieka wytchnieniowa” edycja 2024 r., Gminny Ośrodek Pomocy "
        "Społecznej w Lipnie informuje: karty zgłoszenia można składać od 14.03.2024 r.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        "http://gops.wojnicz.pl/2024/03/11/program-opieka-wytchnieniowa-edycja-2024-r/",
    ),
    (
        "Do programu „Korpus Wsparcia Seniorów” – edycja 2026 chce się przyłączyć Centrum Usług Społecznych w "
        "Rybnie.\n\nZ programu mogą korzystać wszystkie gminy.",
        "Centrum Usług Społecznych w Rybnie",
        "https://cus-krynicamorska.pl/korpus-wsparcia-seniora-edycja-2026r",
    ),
    (
        "Zgodnie z komunikatem PFRON – informuje Powiatowe Centrum Pomocy Rodzinie w Lipnie – Zarząd PFRON przyjął "
        "warunki obowiązujące realizatorów programu „Aktywny Samorząd”.",
        None,
        "near-miss: who may run the programme, not a centre running it",
    ),
    (
        "Program „Posiłek w szkole i w domu” pomaga dzieciom z rodzin w trudnej sytuacji przez cały rok szkolny, "
        "a rodzice mogą z niego skorzystać bez wychodzenia z domu.\n\nKontakt: Gminny Ośrodek Pomocy Społecznej "
        "w Rybnie, tel. 89 641 21 04.",
        None,
        "near-miss: a centre named only as the contact",
    ),
    (
        "Gminny Ośrodek Pomocy Społecznej w Rybnie i Miejski Ośrodek Pomocy Społecznej w Lipnie przystąpiły do "
        "programu „Asystent osobisty”.",
        None,
        "near-miss: two centres named",
    ),
    (
        "Gości z Ki\u0307jowa powitano w sali. W związku z tym, że realizuje program „Opieka wytchnieniowa”, Gminny "
        "Ośrodek Pomocy Społecznej w Lipnie informuje o naborze.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        "a letter with a combining dot (its cue text one letter shorter) earlier in the text",
    ),
]
CENTRE_GAPS = [
    pytest.param(
        "Projekt „Centrum Integracji”, współfinansowany ze środków EFS, dobiegł końca. Gminny Ośrodek Pomocy "
        "Społecznej w Lipnie zapewnia, że rezultaty zostaną utrzymane co najmniej przez tyle miesięcy, ile trwała "
        "realizacja projektu.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        "https://gopsklobuck.pl/centrum-integracji-i-aktywnosci-spolecznej",
        marks=pytest.mark.xfail(strict=True, reason="the project's running said over 100 characters from the centre"),
        id="gopsklobuck.pl",
    )
]


@pytest.mark.parametrize(
    ("text", "implementer", "source"),
    [*CENTRES, *CENTRE_GAPS],
    ids=[row[2][:60] for row in CENTRES] + ["gopsklobuck.pl"],
)
def test_a_welfare_centre_running_its_own_programme(text: str, implementer: str | None, source: str) -> None:
    assert implementer_of(text) == implementer
