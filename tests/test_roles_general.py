"""Beneficiary and implementer: general wordings of Polish administrative prose (issue 13, round four).

Each rule has sentences written for this file (not copied from any page) and the near-misses it must
not take: a participant, a school's owner, a partner, a bare head word, a list of many recipients.
"""

from __future__ import annotations

import pytest

from extract.org_cases import nominative
from extract.organisations import find_beneficiary, find_implementer
from extract.places import GEN, LOC, NOM, gmina_name

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
    # the subject across a time phrase or "przy współpracy z"; "X, jako realizator …"
    pytest.param(
        "Gminny Ośrodek Pomocy Społecznej w Lipowej od 2019 roku realizuje projekt „Razem”.",
        "Gminny Ośrodek Pomocy Społecznej w Lipowej",
        id="subject-across-a-time-phrase",
    ),
    pytest.param(
        "Ośrodek Pomocy Społecznej w Dąbiu przy współpracy z Gminą Dąbie realizuje projekt „Razem”.",
        "Ośrodek Pomocy Społecznej w Dąbiu",
        id="subject-across-przy-wspolpracy",
    ),
    pytest.param(
        "Miejski Ośrodek Pomocy Społecznej w Żywcu, jako realizator programu, przyjmuje wnioski.",
        "Miejski Ośrodek Pomocy Społecznej w Żywcu",
        id="jako-realizator",
    ),
    # the task entrusted to a body, named in the dative
    pytest.param(
        "Realizację zadania powierzono Gminnemu Ośrodkowi Pomocy Społecznej w Lipnie.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        id="powierzono-dative-adjective-first",
    ),
    pytest.param("Gmina zleciła realizację programu Fundacji Złota Jesień.", "Fundacja Złota Jesień", id="zlecila"),
    pytest.param(
        "Zadanie powierzono Miejskiemu Centrum Usług Społecznych w Opolu.",
        "Miejskie Centrum Usług Społecznych w Opolu",
        id="powierzono-centrum",
    ),
    # the first person of a welfare centre's own page: the one centre it names in full
    pytest.param(
        "Nasz Ośrodek realizuje projekt „Razem”. Miejski Ośrodek Pomocy Społecznej w Lipnie zaprasza seniorów.",
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        id="nasz-osrodek",
    ),
    pytest.param(
        "Od marca realizujemy projekt „Razem”. Zapisy w siedzibie Gminnego Ośrodka Pomocy Społecznej w Lipnie.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        id="realizujemy-genitive-name",
    ),
    # a funded place run by a body, the place named before the verb
    pytest.param(
        "Mieszkanie treningowe prowadzi Miejski Ośrodek Pomocy Społecznej w Lipnie.",
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        id="mieszkanie-prowadzi",
    ),
    # a partnership agreement: the signatory's body the passage does not call a partner leads the project
    pytest.param(
        "Dyrektor Gminnego Ośrodka Pomocy Społecznej w Lipnie Anna Nowak i Prezes Fundacji Ala Jan Lis podpisali "
        "umowę partnerską przy projekcie „Razem”. Fundacja Ala będzie partnerem projektu.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        id="partnership-agreement-leader",
    ),
    # a local government, then a dash or a slash and its welfare centre: the centre carries it out
    pytest.param(
        "Program „Opieka 75+” realizuje Gmina Lutowiska / Gminny Ośrodek Pomocy Społecznej w Lutowiskach.",
        "Gminny Ośrodek Pomocy Społecznej w Lutowiskach",
        id="gmina-slash-centre",
    ),
    pytest.param(
        "REALIZATOR PROJEKTU: Gmina Oświęcim - Gminny Ośrodek Pomocy Społecznej w Oświęcimiu.",
        "Gminny Ośrodek Pomocy Społecznej w Oświęcimiu",
        id="label-gmina-dash-centre",
    ),
    pytest.param("Projekt realizuje Gmina Lipno - Urząd Gminy w Lipnie.", "Gmina Lipno", id="gmina-dash-its-office"),
    # when, between the verb and the unit; a modal verb before the infinitive
    pytest.param(
        "Projekt realizuje w latach 2011 – 2013 Miejski Ośrodek Pomocy Społecznej w Ostródzie.",
        "Miejski Ośrodek Pomocy Społecznej w Ostródzie",
        id="realizuje-w-latach-x",
    ),
    pytest.param(
        "Projekt realizuje w 2023 r. Gminny Ośrodek Kultury w Lipnie.",
        "Gminny Ośrodek Kultury w Lipnie",
        id="realizuje-w-roku",
    ),
    pytest.param(
        "W gminie program ma prowadzić Dom Pomocy Społecznej, a wsparcie trafi do seniorów.",
        "Dom Pomocy Społecznej",
        id="ma-prowadzic",
    ),
    pytest.param(
        "Program ma realizować Gminny Ośrodek Pomocy Społecznej w Lipnie.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        id="ma-realizowac",
    ),
    # the passive with "zostać": "zostało zrealizowane przez", "został zrealizowany przez"
    pytest.param(
        "Zadanie zrealizowane zostało przez Ośrodek Pomocy Społecznej w Żarowie.",
        "Ośrodek Pomocy Społecznej w Żarowie",
        id="zrealizowane-zostalo-przez",
    ),
    pytest.param(
        "Projekt został zrealizowany przez Gminny Ośrodek Kultury w Lipnie.",
        "Gminny Ośrodek Kultury w Lipnie",
        id="zostal-zrealizowany-przez",
    ),
    # a local government and its welfare centre in one name, or after a dash: the centre
    pytest.param(
        "Projekt jest realizowany przez Gminę Zawiercie Miejski Ośrodek Pomocy Społecznej.",
        "Miejski Ośrodek Pomocy Społecznej",
        id="gmina-run-into-its-centre",
    ),
    pytest.param(
        "Projekt realizowany jest przez Powiat Ostrowiecki – Powiatowe Centrum Pomocy Rodzinie w Ostrowcu.",
        "Powiatowe Centrum Pomocy Rodzinie w Ostrowcu",
        id="powiat-dash-its-centre",
    ),
    pytest.param("Projekt realizuje Gmina Lipno – lider partnerstwa.", "Gmina Lipno", id="gmina-dash-no-centre"),
    pytest.param(
        "Zadanie realizuje Gminny Ośrodek Pomocy Społecznej w Rokitnie.",
        "Gminny Ośrodek Pomocy Społecznej w Rokitnie",
        id="gminny-is-no-gmina",
    ),
    # "Organizatorem projektu jest", "Za realizację projektu odpowiedzialny jest", a participle in the genitive
    pytest.param(
        "Organizatorem projektu jest Gminny Ośrodek Kultury w Lipowej.",
        "Gminny Ośrodek Kultury w Lipowej",
        id="organizatorem-projektu",
    ),
    pytest.param(
        "Za realizację projektu odpowiedzialny jest Miejski Ośrodek Pomocy Społecznej w Żywcu.",
        "Miejski Ośrodek Pomocy Społecznej w Żywcu",
        id="odpowiedzialny-jest",
    ),
    pytest.param(
        "Zajęcia odbywają się w ramach projektu realizowanego przez Fundację Zielony Most.",
        "Fundacja Zielony Most",
        id="projektu-realizowanego-przez",
    ),
    pytest.param(
        "Projekt jest realizowany w partnerstwie przez Gminę Lipowa i Stowarzyszenie Razem.",
        "Gmina Lipowa",
        id="realizowany-w-partnerstwie-przez",
    ),
    # a welfare centre called "Ośrodek" / "ośrodek" after the passage names it in full
    pytest.param(
        "Miejski Ośrodek Pomocy Społecznej w Lipnie zaprasza seniorów. Ośrodek realizuje projekt „Razem”.",
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        id="bare-osrodek-adjective-first-name",
    ),
    pytest.param(
        "Dyrektor Miejskiego Ośrodka Pomocy Społecznej w Lipnie mówi, że ośrodek realizuje projekt „Razem”.",
        "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        id="lower-case-osrodek",
    ),
    # "Jednostką realizującą projekt jest", "Podmiotem realizującym zadanie jest" ("Realizatorami projektu są A i B"
    # names no one implementer since the seventh round, tests/realtext/README.md: tests/test_conventions_seventh_round)
    pytest.param(
        "Jednostką realizującą projekt jest Gminny Ośrodek Pomocy Społecznej w Lipowej.",
        "Gminny Ośrodek Pomocy Społecznej w Lipowej",
        id="jednostka-realizujaca-jest",
    ),
    pytest.param("Podmiotem realizującym zadanie jest Fundacja Ala.", "Fundacja Ala", id="podmiotem-realizujacym"),
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
    pytest.param("Wójt powierzył obowiązki Sekretarzowi Gminy.", id="powierzyl-no-project"),
    pytest.param("Gmina zleciła Firmie Budex wykonanie projektu technicznego.", id="zlecila-a-contractor"),
    pytest.param("Realizujemy projekt „Razem”. GOPS w Lipnie i MOPS w Opolu zapraszają.", id="realizujemy-two-centres"),
    pytest.param("Realizujemy projekt „Razem”, zapraszamy do udziału.", id="realizujemy-no-centre-named"),
    pytest.param("Dom Pomocy Społecznej, który prowadzi Fundacja Ala, dostał grant.", id="a-care-home-owner"),
    pytest.param("Mieszkanie prowadzi do samodzielności.", id="prowadzi-do"),
    pytest.param("Wójt Gminy Lipno i Prezes Fundacji Ala podpisali umowę partnerską.", id="agreement-no-partner-named"),
    pytest.param("Organizatorem koncertu jest Gminny Ośrodek Kultury w Lipowej.", id="organizer-of-an-event"),
    pytest.param("Na zadań realizowanych przez Fundację Ala przypada 190 tys. zł.", id="tasks-in-the-plural-genitive"),
    pytest.param(
        "Gminny Ośrodek Kultury w Lipnie zaprasza. Ośrodek realizuje projekt „Razem”.",
        id="bare-head-inside-a-longer-name",
    ),
    pytest.param("Ośrodek realizuje projekt. Zapraszają GOPS w Lipnie i MOPS w Opolu.", id="bare-osrodek-two-centres"),
    pytest.param("Ma to być dobra zabawa dla całej rodziny.", id="ma-no-infinitive"),
]


@pytest.mark.parametrize(("text", "expected"), IMPLEMENTERS)
def test_implementer(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_IMPLEMENTER)
def test_no_implementer(text: str) -> None:
    assert find_implementer(text) is None


BENEFICIARIES = [
    # "udzielić pomocy" gives to the dative, before or after the verb; the name ends where the next unit begins
    pytest.param(
        "Gminie Zielonki Województwo Małopolskie udzieliło pomocy finansowej z budżetu województwa.",
        "Gmina Zielonki",
        id="dative-before-udzielilo",
    ),
    pytest.param(
        "Województwo Małopolskie udzieliło Gminie Zielonki pomocy finansowej.", "Gmina Zielonki", id="udzielilo-dative"
    ),
    pytest.param("Przyznano dotację Gminie Miasto Płock.", "Gmina Miasto Płock", id="gmina-miasto-is-one-name"),
    # a sentence's first word before a local government's name is no part of it
    pytest.param(
        "Łącznie Gmina Byczyna pozyskała z Rządowego Funduszu Inwestycji Lokalnych 2.689.785,00 zł.",
        "Gmina Byczyna",
        id="adverb-before-gmina",
    ),
    pytest.param(
        "Miasto i Gmina Gąbin otrzymało 200 tys. zł dotacji.", "Miasto i Gmina Gąbin", id="miasto-i-gmina-whole"
    ),
    # the money named after a programme's long name in brackets, still in the sentence
    pytest.param(
        "Gminna Biblioteka Publiczna w Lipnie otrzymała z Narodowego Programu Rozwoju Czytelnictwa (Priorytet 2 "
        "„Infrastruktura bibliotek 2016 – 2020”) dofinansowanie zadania.",
        "Gminna Biblioteka Publiczna w Lipnie",
        id="money-after-a-long-programme-name",
    ),
    # one of the laureates of a grant programme
    pytest.param(
        "Jednym z laureatów została Biblioteka Publiczna Gminy Gronowo Elbląskie. Za grant kupimy sprzęt.",
        "Biblioteka Publiczna Gminy Gronowo Elbląskie",
        id="jednym-z-laureatow",
    ),
    # a lower-case head after the verb, before the verb, or after a preposition; back to the nominative
    pytest.param("Promesę na 800 tys. zł otrzymała gmina Nowa Słupia.", "Gmina Nowa Słupia", id="otrzymala-gmina-x"),
    pytest.param(
        "Blisko 4 mln zł dostał powiat buski na odbudowę mostów.", "Powiat Buski", id="dostal-powiat-adjective"
    ),
    pytest.param("Powiat buski dostał blisko 4 mln zł na mosty.", "Powiat Buski", id="powiat-adjective-dostal"),
    pytest.param("Dofinansowanie 300 tys. zł otrzyma miasto Rzeszów.", "Miasto Rzeszów", id="otrzyma-miasto-x"),
    pytest.param("Ponad 2 mln zł trafi do gminy Kowale na budowę drogi.", "Gmina Kowale", id="trafi-do-gminy-x"),
    pytest.param("Dotacja dla powiatu kieleckiego wynosi 1 mln zł.", "Powiat Kielecki", id="dla-powiatu-adjective"),
    pytest.param("Wojewoda przyznał gminie Bodzentyn 400 tys. zł.", "Gmina Bodzentyn", id="przyznal-gminie-x"),
    # a town's name declines as a noun: back to the register's nominative
    pytest.param("Dotacja w kwocie 2 mln zł dla Miasta Rzeszowa.", "Miasto Rzeszów", id="dla-miasta-genitive-town"),
    pytest.param("Miasto i Gmina Pińczów otrzymało 1,2 mln zł dotacji.", "Miasto i Gmina Pińczów", id="miasto-i-gmina"),
    # a town (a gmina's own name) as the subject of a verb of getting money
    pytest.param("Łomża dostanie 3 mln zł na remont szkół.", "Łomża", id="a-town-as-subject"),
    pytest.param("W tym roku Kraków otrzymał 12 mln zł z programu.", "Kraków", id="a-town-after-a-time-phrase"),
    # a funding agreement "między A a B" with no signing verb; the voivodeship is the payer when a gmina is named
    pytest.param(
        "Na mocy umowy między Wojewodą Lubelskim a Gminą Ryki dotacja wyniesie 80 000 zł.",
        "Gmina Ryki",
        id="umowa-miedzy",
    ),
    pytest.param(
        "Umowa o dofinansowanie pomiędzy Województwem Opolskim a Gminą Nysa opiewa na 2 mln zł.",
        "Gmina Nysa",
        id="umowa-pomiedzy-voivodeship-and-gmina",
    ),
    # an office-holder signs for the unit the passage names; "Miasta i Gminy" is one unit
    pytest.param(
        "Starosta Jan Nowak i Skarbnik Powiatu Anna Lis podpisali umowę o dofinansowanie projektu. "
        "Uczniowie Powiatu Leskiego skorzystają.",
        "Powiat Leski",
        id="starosta-signs-for-the-powiat",
    ),
    pytest.param(
        "Burmistrz Miasta i Gminy Łagów podpisał umowę o dofinansowanie z Urzędem Marszałkowskim.",
        "Miasto i Gmina Łagów",
        id="burmistrz-miasta-i-gminy",
    ),
    # "wkład własny powiatu": the one powiat (voivodeship) the passage names
    pytest.param(
        "Marszałek Województwa Opolskiego ogłosił start projektu. Wkład własny województwa to 1,2 mln zł.",
        "Województwo Opolskie",
        id="own-share-of-the-voivodeship",
    ),
    # "Grantobiorca" names the recipient as "Beneficjent" does
    pytest.param(
        "Grantobiorcą jest Stowarzyszenie Przyjaciół Wsi Brzozowo.",
        "Stowarzyszenie Przyjaciół Wsi Brzozowo",
        id="grantobiorca-jest",
    ),
    pytest.param("Grantobiorca: Fundacja Zielony Most", "Fundacja Zielony Most", id="grantobiorca-label"),
    # the unit whose application, project or self-government got the money
    pytest.param("Wniosek Gminy Lipowa uzyskał dofinansowanie w kwocie 200 tys. zł.", "Gmina Lipowa", id="wniosek"),
    pytest.param("Samorząd Powiatu Żywieckiego pozyskał 3 mln zł na drogi.", "Powiat Żywiecki", id="samorzad-powiatu"),
    pytest.param("Samorząd gminy Lipowa otrzymał 3 mln zł na drogi.", "Gmina Lipowa", id="samorzad-gminy-lower"),
    # other verbs: "przypadło" with the dative, "wywalczyła"; "na prawach powiatu" after the name
    pytest.param("Gminie Lipowa przypadło 300 tys. zł.", "Gmina Lipowa", id="dative-przypadlo"),
    pytest.param("Najwięcej, bo 2 mln zł, przypadnie powiatowi żywieckiemu.", "Powiat Żywiecki", id="przypadnie"),
    pytest.param("Gmina Lipowa wywalczyła 2 mln zł z programu.", "Gmina Lipowa", id="wywalczyla"),
    pytest.param("Miasto Siedlce na prawach powiatu otrzymało 4 mln zł.", "Miasto Siedlce", id="na-prawach-powiatu"),
    pytest.param("Umowę o dofinansowanie podpisali wójt gminy Lipowa i wojewoda.", "Gmina Lipowa", id="lower-wojt"),
    pytest.param(
        "Największą dotację, 400 tys. zł, otrzyma miasto i gmina Jędrzejów.",
        "Miasto i Gmina Jędrzejów",
        id="lower-miasto-i-gmina",
    ),
    # an acronym in the dative after "przekaże": the one name in the passage it stands for
    pytest.param(
        "Towarzystwo Przyjaciół Ziemi Lipskiej zgłosiło projekt. Darczyńca przekaże TPZL darowiznę 7 000 zł.",
        "Towarzystwo Przyjaciół Ziemi Lipskiej",
        id="acronym-spelled-out",
    ),
    # "udało się pozyskać" after the dative, "do budżetu gminy", a welfare centre in the genitive, a club
    pytest.param("Gminie Lipowa udało się pozyskać 2 mln zł dofinansowania.", "Gmina Lipowa", id="udalo-sie-pozyskac"),
    pytest.param("Powiatowi Żywieckiemu udało się uzyskać 500 tys. zł.", "Powiat Żywiecki", id="udalo-sie-powiatowi"),
    pytest.param("Ponad milion złotych trafi do budżetu gminy Lipowa.", "Gmina Lipowa", id="do-budzetu-gminy"),
    pytest.param(
        "Dotacja w wysokości 40 tys. zł trafi do Gminnego Ośrodka Pomocy Społecznej w Lipowej.",
        "Gminny Ośrodek Pomocy Społecznej w Lipowej",
        id="trafi-do-osrodka",
    ),
    pytest.param(
        "Dofinansowanie dla Ośrodka Pomocy Społecznej w Lipowej wynosi 40 tys. zł.",
        "Ośrodek Pomocy Społecznej w Lipowej",
        id="dla-osrodka",
    ),
    pytest.param(
        "Wsparcie w kwocie 9 tys. zł otrzymał Klub Sportowy Orzeł Lipowa.", "Klub Sportowy Orzeł Lipowa", id="a-club"
    ),
    # "Beneficjentem środków jest", "Wnioskodawcą projektu była"; "jako jedna z 12 gmin" between subject and verb
    pytest.param("Beneficjentem środków jest Gmina Lipowa.", "Gmina Lipowa", id="beneficjentem-srodkow"),
    pytest.param("Wnioskodawcą projektu była Fundacja Ala.", "Fundacja Ala", id="wnioskodawca-byla"),
    pytest.param(
        "Gmina Lipowa, jako jedna z 12 gmin, otrzymała dofinansowanie.", "Gmina Lipowa", id="jako-jedna-z-gmin"
    ),
    pytest.param(
        "Dofinansowanie dla Gminy Lipowa, powiatu żywieckiego, wynosi 2 mln zł.",
        "Gmina Lipowa",
        id="a-gmina-and-its-powiat",
    ),
]

NO_BENEFICIARY = [
    # a lower-case head at a line's end and a capitalised word on another line are no name
    pytest.param(
        "Promesa dla powiatu\n\nOpublikowano: 26/07/2018\n\nSamorządy odebrały promesy.", id="head-across-lines"
    ),
    # several local governments that each got money: a round-up names no one beneficiary
    pytest.param("Gmina Alfa otrzyma 2 mln zł, a gmina Beta 1,5 mln zł.", id="a-second-unit-with-its-own-sum"),
    pytest.param(
        "Najwięcej, 6 mln zł, dostanie gmina Lipno. Gmina Rybno otrzyma 2 mln zł dofinansowania na drogę.",
        id="two-getters",
    ),
    pytest.param("Gmina Alfa i Gmina Beta otrzymały promesy na 300 tys. zł.", id="two-units-as-one-subject"),
    # a surname, a town after a preposition, a powiat's official named by person only
    pytest.param("Jan Kowal otrzymał nagrodę 5000 zł.", id="a-person-named-like-a-town"),
    pytest.param("Mieszkańcy Rzeszowa dostali 300 zł bonu.", id="a-town-in-the-genitive"),
    pytest.param(
        "Starosta Jan Nowak i Skarbnik Powiatu Anna Lis podpisali umowę o dofinansowanie projektu.",
        id="starosta-no-powiat-named",
    ),
    pytest.param("Wkład własny powiatu wynosi 61 684,00 zł.", id="own-share-no-powiat-named"),
    pytest.param("Grantobiorcy otrzymają wsparcie w wysokości do 10 tys. zł.", id="grantobiorcy-many"),
    pytest.param("Wojewoda przekaże ABCD 20 tys. zł.", id="acronym-not-spelled-out"),
    pytest.param("Środki przekazał PFRON w wysokości 20 tys. zł.", id="a-funder-acronym"),
    pytest.param(
        "Pracownicy trafią do Gminnego Ośrodka Pomocy Społecznej w Lipowej na staż.", id="no-money-to-a-centre"
    ),
    pytest.param("Beneficjentem środków jest każda gmina w powiecie.", id="beneficjentem-no-name"),
    pytest.param("Wojewoda przekazał Gminie Alfa 100 tys. zł, a Gminie Beta 200 tys. zł.", id="two-datives"),
    pytest.param("Promesy na 300 tys. zł trafią do Gminy Alfa i Gminy Beta.", id="two-genitives"),
    pytest.param("Do Gminy Alfa trafi 100 tys. zł, do Gminy Beta 50 tys. zł.", id="two-goes-to"),
]


@pytest.mark.parametrize(("text", "expected"), BENEFICIARIES)
def test_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_BENEFICIARY)
def test_no_beneficiary(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    ("name", "cases", "expected"),
    [
        ("Rzeszowa", GEN | LOC, "Rzeszów"),
        ("Puszczy Mariańskiej", GEN | LOC, "Puszcza Mariańska"),
        ("Świnoujście", NOM, "Świnoujście"),
        ("Rzeszowa", NOM, None),  # a genitive is no nominative
        ("Nowak", NOM, None),  # a surname
    ],
)
def test_gmina_name(name: str, cases: int, expected: str | None) -> None:
    assert gmina_name(name, cases) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Miasta Rzeszowa", "Miasto Rzeszów"),
        ("Miasta Piotrkowa Trybunalskiego", "Miasto Piotrków Trybunalski"),
        ("Miasta i Gminy Łagów", "Miasto i Gmina Łagów"),
        ("Gminy Puszcza Mariańska", "Gmina Puszcza Mariańska"),  # already the nominative
        ("Gminie Miejskiej Kraków", "Gmina Miejska Kraków"),  # an adjective first: not a town's name
        ("Miasto Rzeszów", "Miasto Rzeszów"),
    ],
)
def test_nominative_of_a_town(name: str, expected: str) -> None:
    assert nominative(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # the head's own adjectives agree with it ...
        ("Gminy Miejskiej Kraków", "Gmina Miejska Kraków"),
        ("Powiatu Nowosądeckiego", "Powiat Nowosądecki"),
        # ... the words after a noun in the genitive agree with that noun and stay
        ("Fundacji Rozwoju Kultury Fizycznej", "Fundacja Rozwoju Kultury Fizycznej"),
        ("Stowarzyszenia Przyjaciół Ziemi Dobrzyńskiej", "Stowarzyszenie Przyjaciół Ziemi Dobrzyńskiej"),
        ("Fundacji Wspierania Wsi Polskiej", "Fundacja Wspierania Wsi Polskiej"),
    ],
)
def test_nominative_stops_at_a_genitive_noun(name: str, expected: str) -> None:
    assert nominative(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the work entrusted, named before the verb
        (
            "Realizację ministerstwo powierzyło Fundacji Rozwoju Sportu Wiejskiego.",
            "Fundacja Rozwoju Sportu Wiejskiego",
        ),
        ("Prowadzenie świetlicy gmina zleciła Stowarzyszeniu Brzask.", "Stowarzyszenie Brzask"),
        # the project as a pronoun after the verb
        (
            "Projekt „Zielony skwer” dostał grant, a zrealizowało go Stowarzyszenie Brzask.",
            "Stowarzyszenie Brzask",
        ),
        # an aside between the subject and its verb
        ("Powiat Borecki – jak co roku – przystąpił do realizacji programu „Aktywny Samorząd”.", "Powiat Borecki"),
        ("Gmina Jary (po raz trzeci) przystąpiła do realizacji programu „Senior+”.", "Gmina Jary"),
    ],
)
def test_implementer_round_three(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [
        # something entrusted that is no work on a project
        "Klucze do sali wójt powierzył Stowarzyszeniu Brzask.",
        # a pronoun after the verb, then a person, not a body
        "Projekt „Zielony skwer” dostał grant, a zrealizował go Jan Nowak.",
        # an aside with no verb of carrying out after it
        "Powiat Borecki – jak co roku – zorganizował festyn.",
    ],
)
def test_no_implementer_round_three(text: str) -> None:
    assert find_implementer(text) is None


def test_a_role_in_brackets_is_no_aside() -> None:
    text = "Gmina Jary i Fundacja Zielony Most (partner wiodący) realizowali projekt „Razem”."
    assert find_implementer(text) is None  # two bodies, one the lead partner: a partnership, no one implementer


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Biblioteki Publicznej w Lasku", "Biblioteka Publiczna w Lasku"),
        ("Bibliotece Pedagogicznej", "Biblioteka Pedagogiczna"),
        ("Biblioteką Publiczną Gminy Dęby", "Biblioteka Publiczna Gminy Dęby"),
    ],
)
def test_nominative_of_a_library(name: str, expected: str) -> None:
    assert nominative(name) == expected
