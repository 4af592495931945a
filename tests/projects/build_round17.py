"""Builds pairs_round17.jsonl: a seventeenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 16 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round16.py name theirs), and from
none of the prospective gates' batches (b19, b24, b26, b27, b28, b29): b10-lubliniec-szafera-dzierzonia-rpo-wsl,
b16b-hospicjum-police-tanowo-rpo-wz-9-1, b9-wfosigw-rzeszow-zgdw-wisloka-poiis,
b13-denkmal-pomysl-interreg-zgorzelec, news-oborniki-senior-plus-klub-2017, b8-gopsjasieniec-asystent-2022,
eu-e-lubawa-rfil-drugi-nabor, b15a-sepopol-droga-smolanka-zarzad-wojewodztwa-2024,
b16b-tygodnikits-wtz-skierniewice-samochod, b7-kolno-gmina-osp-remizy-wojewodztwo-2019,
b9-polanka-wielka-lks-strumien-dotacja-2011, b21a-powiatchoszczno-sprzet-sportowy-sejmik-2018,
b25-gops-smoldzino-stop-wykluczeniu-2010 and b20a-dlugosiodlo-osa-piec-obiektow-frkf (a town's street from the RPO
WSL 2007-2013's extra money, an association's hospice from RPO WZ 9.1, a union of gminas' sewer programme stage II
from POIiŚ 1.1, an Interreg Polska-Saksonia project of a twin city's culture houses, a new Senior+ club, Asystent
osobisty at a GOPS, a rural gmina's RFIL second-round grant, a marshal's grant for a farm road, a PFRON car for a
WTZ, a voivodeship's aid for three OSP stations, a sports club's grant from its gmina's contest, a powiat's sports
gear from the sejmik, a GOPS's yearly POKL systemic project and five Otwarte Strefy Aktywności from the FRKF).

The first variant restates the passage (its headline as the title, or its lead sentence where the headline says
nothing of the project: Lubliniec's "Informacja", Zgorzelec's "Finansowanie", Smołdzino's page with no headline; its
hand labels as the fields, `published` only when the passage states it; a record has fields for the total cost, the
grant and the EU share only, so the sums the labels call `other` are left out (Wisłoka's requested grant, the
parents' and donors' money for Skierniewice's car, Lubawa's national and regional totals and its two tasks' shares),
and so are the eligible costs of the hospice and Długosiodło's own funds). The other variants are how the body
itself, its OPS, school, club or culture house, the BIP, the powiat, the voivodeship, the wojewoda, a ministry, a
fund, the partner town, a member gmina, a local news site or a later report would word the same project (written for
this set: other titles with few shared words, names in other grammatical cases, often without amounts or period, a
report's spent sum, a tender's estimate, a rounded sum beside the exact one, an abbreviated body or programme, a
publication months later). The near-misses are the next or previous edition of a yearly programme, contest or
systemic project, the neighbouring gmina, powiat, club or WTZ in the same call (at times with the very same sum:
Senior+'s 55 000 zł, AOON's, the RFIL's round 3 mln zł, the marshal's 30 000 zł for stations, the sejmik's 20 000
zł, the FRKF's 125 000 zł, the PFRON car's 119 700 zł, the club's 45 000 zł), another stage or programme (Wisłoka's
stages I and III, the next Interreg, a later RPO, PROW, PIS, the FEPZ 2021-2027), the same body's other project of
the same months (at times on the same street, building, village or school), a body or place of the same or a like
name elsewhere (Oborniki Śląskie, Jasienica, the Wisłok's union, Kolno in Podlasie, a club named Strumień in the
town of Strumień, a project also called "Stop wykluczeniu", a street named Dzierżonia in another town, a Smolanka in
another gmina), a town named like its rural gmina (Lubawa, Zgorzelec, Kolno) or a powiat's seat (Choszczno,
Skierniewice) and a near-identical headline of another project. Every two variants of a seed are a same pair; each
near-miss is paired with one to three variants (the restated passage and the variants it is likeliest to be confused
with), so that about 40 % of the pairs are the same. Labels were written by reading each record, never from the
grouping's output.

    python tests/projects/build_round17.py   # rewrites pairs_round17.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import RoleSeed, r, write_role_pairs  # noqa: E402

Record = dict[str, Any]
# (name, variants as (record, who says it), near-misses as (record, why not the same, variant indices to pair))
Seed = RoleSeed

RPO_WSL = "RPO WSL 2007-2013"
RPO_WZ = "RPO WZ 2014-2020"
POIIS_0713 = "POIiŚ 2007-2013"
INTERREG_PLSN = "Interreg Polska-Saksonia 2014-2020"
SENIOR = "Senior+"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
RFIL = "Rządowy Fundusz Inwestycji Lokalnych"
PWRMR = "Program wyrównywania różnic między regionami III"
POKL = "PO KL 2007-2013"
OSA = "Otwarte Strefy Aktywności"
HOSPICE = "Stowarzyszenie Hospicjum Królowej Apostołów w Policach"
ZGDW = "Związek Gmin Dorzecza Wisłoki"
GM_OBORNIKI = "Gmina Oborniki"
GM_JASIENIEC = "Gmina Jasieniec"
GOPS_JASIENIEC = "Gminny Ośrodek Pomocy Społecznej w Jasieńcu"
GM_LUBAWA = "Gmina Wiejska Lubawa"
GM_SEPOPOL = "Gmina Sępopol"
WTZ_SKIERNIEWICE = "Warsztat Terapii Zajęciowej w Skierniewicach"
GM_KOLNO = "Gmina Kolno"
LKS_STRUMIEN = "LKS „Strumień” w Polance Wielkiej"
P_CHOSZCZNO = "Powiat Choszczeński"
GOPS_SMOLDZINO = "Gminny Ośrodek Pomocy Społecznej w Smołdzinie"
GM_DLUGOSIODLO = "Gmina Długosiodło"

ROUND17: list[Seed] = [
    (
        "Lubliniec: the RPO WSL 2007-2013's extra money for the streets Szafera and Dzierżonia "
        "(b10-lubliniec-szafera-dzierzonia-rpo-wsl)",
        [
            (
                r(
                    "Zarząd Województwa Śląskiego przyznał dodatkowe środki na projekty drogowe 33 miastom, "
                    "wśród nich na modernizację nawierzchni ul. Szafera i Dzierżonia w Lublińcu",
                    "um-lubliniec",
                    grant="1306224.24",
                    prog=RPO_WSL,
                ),
                "the passage restated (the city's notice, its lead sentence: the headline is 'Informacja')",
            ),
            (
                r(
                    "Zwiększenie dofinansowania projektów drogowych w miastach – uchwała Zarządu Województwa",
                    "slaskie-rpo",
                    "2011-03-29",
                    ben="Gmina Miasto Lubliniec",
                    grant="1306224.24",
                    prog="Regionalny Program Operacyjny Województwa Śląskiego na lata 2007-2013",
                ),
                "the managing authority's resolution, the programme in full",
            ),
            (
                r(
                    "Nowy asfalt i chodniki na Szafera oraz Dzierżonia",
                    "dziennik-lubliniecki",
                    "2011-08-17",
                    ben="Lublińca",
                ),
                "local news during the works, the city in the genitive, no sum",
            ),
            (
                r(
                    "Przetarg nieograniczony na przebudowę jezdni ulic Szafera i Dzierżonia",
                    "bip-lubliniec",
                    "2011-05-06",
                    ben="Miasto Lubliniec",
                    total="2150000.00",
                ),
                "the BIP's tender, the estimate as the cost",
            ),
            (
                r(
                    "Rozliczenie projektu „Modernizacja nawierzchni ul. Szafera i Dzierżonia w Lublińcu”",
                    "bip-lubliniec",
                    "2012-02-14",
                    ben="Miasto Lubliniec",
                    total="2012455.18",
                    eu="1306224.24",
                    prog="RPO WSL",
                ),
                "the settlement months later, the spent sum, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Przebudowa ul. Oleskiej w Lublińcu z dofinansowaniem z RPO WSL",
                    "um-lubliniec",
                    "2010-09-21",
                    ben="Miasto Lubliniec",
                    grant="2870400.00",
                    prog=RPO_WSL,
                ),
                "the same city's other road project from the same programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Zwiększenie dofinansowania projektów drogowych w miastach – uchwała Zarządu Województwa",
                    "slaskie-rpo",
                    "2011-03-29",
                    ben="Gmina Tarnowskie Góry",
                    grant="986310.57",
                    prog="Regionalny Program Operacyjny Województwa Śląskiego na lata 2007-2013",
                ),
                "another of the 33 towns on the same resolution, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Remont ul. Dzierżonia w Kluczborku zakończony",
                    "kluczbork",
                    "2011-10-03",
                    ben="Gmina Kluczbork",
                    total="1640000.00",
                    prog="RPO WO 2007-2013",
                ),
                "a street of the same name in another town, another voivodeship's programme",
                (2, 3),
            ),
            (
                r(
                    "Przebudowa ulicy Szafera w Lublińcu – etap II",
                    "um-lubliniec",
                    "2017-06-12",
                    ben="Miasto Lubliniec",
                    grant="1120000.00",
                    prog="RPO WSL 2014-2020",
                ),
                "a later stage on the same street from the next programme",
                (0, 2, 4),
            ),
            (
                r(
                    "Powiat Lubliniecki przebuduje drogę powiatową w Kochanowicach z RPO",
                    "powiat-lubliniec",
                    "2011-04-02",
                    ben="Powiat Lubliniecki",
                    grant="1306000.00",
                    prog=RPO_WSL,
                ),
                "the powiat of the same name's road from the same extra money, a sum near the seed's",
                (0, 1, 3),
            ),
            (
                r(
                    "Termomodernizacja Szkoły Podstawowej nr 2 w Lublińcu – umowa podpisana",
                    "bip-lubliniec",
                    "2011-06-20",
                    ben="Miasto Lubliniec",
                    total="1480000.00",
                    prog=RPO_WSL,
                ),
                "the same city's other project of the same months, a school",
                (3, 4),
            ),
            (
                r(
                    "Ulica Sobieskiego w Lublińcu do przebudowy – pieniądze z Funduszu Dróg Samorządowych",
                    "um-lubliniec",
                    "2019-09-02",
                    ben="Miasto Lubliniec",
                    grant="2450000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same city's later road from another fund",
                (2, 3, 0),
            ),
        ],
    ),
    (
        "Police: the association's stationary hospice in Tanowo from RPO WZ 9.1 "
        "(b16b-hospicjum-police-tanowo-rpo-wz-9-1)",
        [
            (
                r(
                    "Otwarcie hospicjum stacjonarnego w Tanowie",
                    "hospicjum-police",
                    impl=HOSPICE,
                    grant="3999459.93",
                    prog=RPO_WZ,
                ),
                "the passage restated (the association's page; the eligible sum has no field and is left out)",
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania – Działanie 9.1 Ochrona zdrowia",
                    "rpo-wzp",
                    "2017-04-11",
                    ben="Stowarzyszenie Hospicjum Królowej Apostołów",
                    grant="3999459.93",
                    prog="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
                ),
                "the managing authority's list, the body without its seat",
            ),
            (
                r(
                    "Dawny dom w Tanowie zamieniony w hospicjum – prawie 4 mln zł z Unii",
                    "gs24",
                    "2018-05-09",
                    impl="Stowarzyszenia Hospicjum Królowej Apostołów",
                    eu="4000000",
                ),
                "regional news at the opening, the body in the genitive, the rounded sum",
            ),
            (
                r(
                    "Pierwsi pacjenci w hospicjum stacjonarnym – gratulacje dla wolontariuszy",
                    "gmina-police",
                    "2018-06-01",
                    impl="Hospicjum Królowej Apostołów",
                ),
                "the gmina's news weeks after the opening, no sum",
            ),
            (
                r(
                    "Przebudowa i rozbudowa budynku mieszkalnego na potrzeby hospicjum stacjonarnego – umowa z RPO WZ",
                    "hospicjum-police",
                    "2017-07-03",
                    impl=HOSPICE,
                    total="5780000.00",
                    grant="3999459.93",
                    prog="RPO WZ",
                    contract="RPZP.09.01.00-32-0014/17",
                ),
                "the association's note of the signing, the contract number, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Hospicjum domowe w Policach – nowy projekt z RPO WZ",
                    "hospicjum-police",
                    "2019-02-20",
                    impl=HOSPICE,
                    grant="812300.00",
                    prog=RPO_WZ,
                ),
                "the same association's other project (home care) from the same programme",
                (0, 4, 1),
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania – Działanie 9.1 Ochrona zdrowia",
                    "rpo-wzp",
                    "2017-04-11",
                    ben="Fundacja Hospicjum Stargardzkie",
                    grant="2740112.50",
                    prog="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
                ),
                "another hospice on the same list, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Budowa hospicjum paliatywnego w Tarnobrzegu z dofinansowaniem PFRON",
                    "cieploiserce",
                    "2023-04-26",
                    impl="Fundacja „Ciepło i Serce” w Tarnobrzegu",
                    grant="914204.00",
                ),
                "another town's hospice from another fund",
                (0, 2),
            ),
            (
                r(
                    "Świetlica wiejska w Tanowie po modernizacji",
                    "gmina-police",
                    "2018-07-15",
                    ben="Gmina Police",
                    total="310000.00",
                    prog="PROW 2014-2020",
                ),
                "the gmina's own project in the same village of the same months",
                (3, 2),
            ),
            (
                r(
                    "Hospicjum w Tanowie rozbuduje się o oddział dzienny",
                    "hospicjum-police",
                    "2023-09-12",
                    impl=HOSPICE,
                    grant="2150000.00",
                    prog="FEPZ 2021-2027",
                ),
                "the same hospice's later extension from the next programme",
                (0, 3, 2),
            ),
            (
                r(
                    "Otwarcie hospicjum stacjonarnego w Wałczu",
                    "hospicjum-walcz",
                    "2018-03-02",
                    impl="Stowarzyszenie Hospicjum Matki Bożej Królowej Apostołów w Wałczu",
                    grant="3100000.00",
                    prog=RPO_WZ,
                ),
                "a like-named hospice association elsewhere, a near-identical headline",
                (0, 1),
            ),
            (
                r(
                    "Termomodernizacja przychodni w Policach z Działania 9.1 RPO WZ",
                    "gmina-police",
                    "2017-04-20",
                    ben="Gmina Police",
                    grant="1850000.00",
                    prog=RPO_WZ,
                ),
                "the gmina's own project on the same list of the same months",
                (1, 3),
            ),
        ],
    ),
    (
        "Związek Gmin Dorzecza Wisłoki: the Wisłoka clean-water programme stage II from POIiŚ 1.1 "
        "(b9-wfosigw-rzeszow-zgdw-wisloka-poiis)",
        [
            (
                r(
                    "Związek Gmin Dorzecza Wisłoki otrzymał Potwierdzenie ws. przyznania dofinansowania "
                    "na realizację projektu unijnego",
                    "wfosigw-rzeszow",
                    ben=ZGDW,
                    total="54755263.97",
                    prog=POIIS_0713,
                ),
                "the passage restated (the WFOŚiGW's BIP; the requested grant has no field)",
            ),
            (
                r(
                    "Umowa o dofinansowanie drugiego etapu programu poprawy czystości zlewni Wisłoki podpisana",
                    "zgdw",
                    "2012-03-15",
                    ben=ZGDW,
                    total="54755263.97",
                    eu="27907034.13",
                    prog="Program Operacyjny Infrastruktura i Środowisko",
                ),
                "the union's note of the signing, the granted sum",
            ),
            (
                r(
                    "Kanalizacja w Brzostku i okolicach z projektu związku gmin",
                    "ug-brzostek",
                    "2013-05-28",
                    ben="Związku Gmin Dorzecza Wisłoki",
                ),
                "a member gmina's news of its works within the project, the union in the genitive, no sum",
            ),
            (
                r(
                    "Lista projektów indywidualnych POIiŚ – gospodarka wodno-ściekowa, aktualizacja",
                    "mrr",
                    "2011-12-20",
                    ben="ZGDW",
                    grant="27907034.13",
                    prog="POIiŚ",
                ),
                "the ministry's list, the body by its abbreviation",
            ),
            (
                r(
                    "Zakończyliśmy drugi etap programu czystości Wisłoki – podsumowanie",
                    "zgdw",
                    "2015-10-02",
                    ben=ZGDW,
                    total="51203118.40",
                    start="2011-09-26",
                    end="2015-09-30",
                    prog=POIIS_0713,
                ),
                "the union's final report years later, the spent sum and the period",
            ),
        ],
        [
            (
                r(
                    "Program poprawy czystości zlewni rzeki Wisłoki – Etap I zakończony",
                    "zgdw",
                    "2010-11-18",
                    ben=ZGDW,
                    total="38410220.00",
                    prog="Fundusz Spójności",
                ),
                "the first stage, earlier, another fund",
                (0, 1, 4),
            ),
            (
                r(
                    "Związek Gmin Dorzecza Wisłoki z dofinansowaniem na etap III",
                    "wfosigw-rzeszow",
                    "2017-02-08",
                    ben=ZGDW,
                    total="61900000.00",
                    prog="POIiŚ 2014-2020",
                ),
                "the third stage, the next programme, a near-identical headline",
                (0, 3),
            ),
            (
                r(
                    "Związek Gmin Dorzecza Wisłoka otrzymał potwierdzenie dofinansowania projektu",
                    "wfosigw-rzeszow",
                    "2011-10-20",
                    ben="Związek Gmin Dorzecza Wisłoka",
                    total="48120000.00",
                    prog=POIIS_0713,
                ),
                "a union of a like name (the Wisłok, another river) in the same month, a near-identical headline",
                (0, 1, 3),
            ),
            (
                r(
                    "Gmina Miasto Rzeszów otrzymała Potwierdzenie przyznania dofinansowania",
                    "wfosigw-rzeszow",
                    "2011-10-18",
                    ben="Gmina Miasto Rzeszów",
                    total="92400000.00",
                    prog=POIIS_0713,
                ),
                "another beneficiary's confirmation on the same page and day",
                (0, 3),
            ),
            (
                r(
                    "Kanalizacja Kamienicy Dolnej – gmina Brzostek z dotacją z PROW",
                    "ug-brzostek",
                    "2013-06-10",
                    ben="Gmina Brzostek",
                    grant="1450000.00",
                    prog="PROW 2007-2013",
                ),
                "the member gmina's own sewer project of the same months, another programme",
                (2, 4),
            ),
            (
                r(
                    "Związek Gmin Dorzecza Wisłoki uczy segregacji – kampania edukacyjna w szkołach",
                    "zgdw",
                    "2012-05-14",
                    ben=ZGDW,
                    total="310000.00",
                    prog="WFOŚiGW w Rzeszowie",
                ),
                "the same union's other project of the same months",
                (1, 2),
            ),
        ],
    ),
    (
        "Zgorzelec and Görlitz: „Pomyśl: Nasze Dziedzictwo – Twoja Przyszłość” from Interreg Polska-Saksonia "
        "(b13-denkmal-pomysl-interreg-zgorzelec)",
        [
            (
                r(
                    "„Pomyśl: Nasze Dziedzictwo - Twoja Przyszłość” jest projektem, który finansuje program "
                    "współpracy INTERREG Polska - Saksonia 2014–2020",
                    "denkmal-pomysl",
                    total="2657575",
                    start="2019-08-30",
                    end="2021-08-27",
                    prog=INTERREG_PLSN,
                ),
                "the passage restated (the project's page, its lead sentence: the headline is 'Finansowanie')",
            ),
            (
                r(
                    "Remont Miejskiego Domu Kultury w ramach polsko-niemieckiego projektu",
                    "mdk-zgorzelec",
                    "2020-02-10",
                    impl="Miejski Dom Kultury w Zgorzelcu",
                    prog="INTERREG PL-SN",
                ),
                "the culture house's own news, the programme abbreviated, no sum",
            ),
            (
                r(
                    "Przetarg: przebudowa i termomodernizacja budynku MDK przy ul. Parkowej",
                    "bip-zgorzelec",
                    "2019-11-05",
                    ben="Miasto Zgorzelec",
                ),
                "the city's BIP tender, no sum",
            ),
            (
                r(
                    "Stara Słodownia w Tivoli przebudowana – wspólny projekt Görlitz i Zgorzelca",
                    "goerlitz-de",
                    "2021-06-18",
                    ben="Miasto Görlitz",
                    eu="2258938.75",
                    prog="Interreg Polska – Saksonia",
                ),
                "the German partner's page, the EU's share in euro",
            ),
            (
                r(
                    "Dni Dziedzictwa Kulturowego nad Nysą zamknęły projekt Pomyśl",
                    "zgorzelec-info",
                    "2021-08-30",
                    impl="MDK w Zgorzelcu",
                    end="2021-08-27",
                ),
                "local news at the close, the culture house abbreviated, the end date",
            ),
        ],
        [
            (
                r(
                    "Wspólne zarządzanie kryzysowe w Europamieście Görlitz/Zgorzelec – projekt Interreg",
                    "um-zgorzelec",
                    "2019-10-14",
                    ben="Miasto Zgorzelec",
                    total="1180000",
                    prog=INTERREG_PLSN,
                ),
                "the same twin city's other Interreg project of the same years",
                (0, 2, 3),
            ),
            (
                r(
                    "Dziedzictwo nad Nysą 2.0 – MDK z nowym projektem transgranicznym",
                    "mdk-zgorzelec",
                    "2024-03-20",
                    impl="Miejski Dom Kultury w Zgorzelcu",
                    total="1450000",
                    prog="Interreg Polska – Saksonia 2021-2027",
                ),
                "the culture house's next project from the next programme",
                (1, 4),
            ),
            (
                r(
                    "Świetlice pogranicza – Gmina Zgorzelec z partnerem z Markersdorfu",
                    "gmina-zgorzelec",
                    "2019-09-02",
                    ben="Gmina Zgorzelec",
                    total="640000",
                    prog=INTERREG_PLSN,
                ),
                "the rural gmina named like the town, its own Interreg project of the same year",
                (0, 2, 1),
            ),
            (
                r(
                    "Dni Dziedzictwa Kulturowego nad Nysą 2018 – mikroprojekt Euroregionu Nysa",
                    "mdk-zgorzelec",
                    "2018-09-10",
                    impl="Miejski Dom Kultury w Zgorzelcu",
                    total="24800",
                    prog="Fundusz Małych Projektów Euroregionu Nysa",
                ),
                "an earlier edition of the festival as a micro-project, before the project began",
                (4, 1),
            ),
            (
                r(
                    "„Pomyśl o sąsiedzie” – Słubice i Frankfurt nad Odrą z projektem o wspólnym dziedzictwie",
                    "slubice",
                    "2019-09-25",
                    ben="Miasto Słubice",
                    total="2100000",
                    prog="Interreg Brandenburgia-Polska 2014-2020",
                ),
                "another twin town's heritage project with a like headline, another programme",
                (0, 3),
            ),
            (
                r(
                    "Termomodernizacja budynku Miejskiego Domu Kultury w Zgorzelcu zakończona",
                    "um-zgorzelec",
                    "2012-11-06",
                    ben="Miasto Zgorzelec",
                    total="1950000",
                    prog="RPO WD 2007-2013",
                ),
                "an earlier project on the same building from another programme",
                (1, 2),
            ),
        ],
    ),
    (
        "Oborniki: a new Klub Senior+ from the 2017 edition (news-oborniki-senior-plus-klub-2017)",
        [
            (
                r(
                    "Są pieniądze dla seniorów",
                    "oborniki-com",
                    "2017-05-21",
                    ben=GM_OBORNIKI,
                    grant="55000",
                    prog=SENIOR,
                ),
                "the passage restated (local news)",
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert Senior+ edycja 2017 – moduł I, województwo wielkopolskie",
                    "poznan-uw",
                    "2017-05-15",
                    ben="Gmina Oborniki",
                    grant="55000.00",
                    prog="Program Wieloletni „Senior+” na lata 2015-2020",
                ),
                "the wojewoda's list of the module I grants",
            ),
            (
                r(
                    "Klub dla obornickich seniorów powstanie przy ul. Łopuskiej",
                    "um-oborniki",
                    "2017-06-08",
                    ben="Gminę Oborniki",
                ),
                "the town's news, the gmina in the accusative, no sum",
            ),
            (
                r(
                    "Uroczyste otwarcie Klubu „Senior+” w Obornikach",
                    "ops-oborniki",
                    "2017-11-03",
                    impl="Ośrodek Pomocy Społecznej w Obornikach",
                ),
                "the OPS's news of the opening months later",
            ),
            (
                r(
                    "Sprawozdanie z realizacji zadania: utworzenie Klubu Senior+ w Obornikach",
                    "bip-oborniki",
                    "2018-01-22",
                    ben=GM_OBORNIKI,
                    total="73420.50",
                    grant="55000.00",
                    start="2017-06-01",
                    end="2017-12-31",
                    prog="Senior+ 2015-2020",
                ),
                "the BIP's report, the whole cost and the period",
            ),
        ],
        [
            (
                r(
                    "Są pieniądze dla seniorów z Obornik Śląskich",
                    "oborniki-slaskie",
                    "2017-05-24",
                    ben="Gmina Oborniki Śląskie",
                    grant="55000",
                    prog=SENIOR,
                ),
                "a gmina of a like name in another voivodeship, the same sum and a near-identical headline",
                (0, 1, 2),
            ),
            (
                r(
                    "Klub Senior+ w Obornikach działa dalej – dotacja na 2018 rok",
                    "um-oborniki",
                    "2018-04-16",
                    ben=GM_OBORNIKI,
                    grant="14400.00",
                    prog=SENIOR,
                ),
                "the next edition's module II, keeping the club running",
                (0, 3, 4),
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert Senior+ edycja 2017 – moduł I, województwo wielkopolskie",
                    "poznan-uw",
                    "2017-05-15",
                    ben="Gmina Rogoźno",
                    grant="55000.00",
                    prog="Program Wieloletni „Senior+” na lata 2015-2020",
                ),
                "the neighbouring gmina on the same list with the same sum",
                (1, 0),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Obornikach – gmina zdobyła dotację",
                    "oborniki-com",
                    "2019-05-28",
                    ben=GM_OBORNIKI,
                    grant="300000",
                    prog=SENIOR,
                ),
                "the same gmina's later Senior+ project, a day house",
                (0, 2),
            ),
            (
                r(
                    "Powiat Obornicki z programem dla seniorów „Aktywni 60+”",
                    "powiat-obornicki",
                    "2017-06-02",
                    ben="Powiat Obornicki",
                    total="38000.00",
                ),
                "the powiat of the same name's own senior project of the same months, no programme",
                (0, 2, 3),
            ),
            (
                r(
                    "Otwarcie Klubu „Senior+” w Obornikach Śląskich",
                    "oborniki-slaskie",
                    "2017-11-10",
                    impl="Ośrodek Pomocy Społecznej w Obornikach Śląskich",
                ),
                "the like-named gmina's club opening, a near-identical headline",
                (3, 2),
            ),
        ],
    ),
    (
        "Jasieniec: Asystent osobisty osoby niepełnosprawnej, edition 2022, at the GOPS "
        "(b8-gopsjasieniec-asystent-2022)",
        [
            (
                r(
                    "Program „Asystent osobisty osoby niepełnosprawnej” – edycja 2022",
                    "gops-jasieniec",
                    grant="30140",
                    prog=AOON,
                ),
                "the passage restated (the GOPS's page)",
            ),
            (
                r(
                    "Gmina Jasieniec otrzymała dofinansowanie na usługi asystencji osobistej",
                    "jasieniec",
                    "2022-03-09",
                    ben=GM_JASIENIEC,
                    grant="30140.00",
                    prog="Asystent osobisty osoby niepełnosprawnej 2022",
                ),
                "the gmina's site",
            ),
            (
                r(
                    "Lista gmin zakwalifikowanych do programu AOON – edycja 2022, województwo mazowieckie",
                    "muw",
                    "2022-02-25",
                    ben="Gmina Jasieniec",
                    grant="30140",
                    prog="AOON",
                ),
                "the wojewoda's list, the programme abbreviated",
            ),
            (
                r(
                    "Nabór uczestników do usług asystenta osobistego na 2022 rok",
                    "gops-jasieniec",
                    "2022-03-14",
                    impl=GOPS_JASIENIEC,
                ),
                "the GOPS's call for participants, no sum",
            ),
            (
                r(
                    "Sprawozdanie z realizacji usług asystencji osobistej w 2022 r.",
                    "bip-jasieniec",
                    "2023-01-27",
                    ben="Gminy Jasieniec",
                    total="28960.00",
                    start="2022-03-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the BIP's report a year later, the spent sum, the body in the genitive",
            ),
        ],
        [
            (
                r(
                    "Program „Asystent osobisty osoby z niepełnosprawnością” – edycja 2023",
                    "gops-jasieniec",
                    "2023-02-20",
                    grant="42800",
                    prog=AOON,
                ),
                "the next edition at the same GOPS, a near-identical headline",
                (0, 3),
            ),
            (
                r(
                    "Program „Asystent osobisty osoby niepełnosprawnej” – edycja 2021",
                    "gops-jasieniec",
                    "2021-04-02",
                    grant="24500",
                    prog=AOON,
                ),
                "the previous edition, a near-identical headline",
                (0, 1, 4),
            ),
            (
                r(
                    "Lista gmin zakwalifikowanych do programu AOON – edycja 2022, województwo mazowieckie",
                    "muw",
                    "2022-02-25",
                    ben="Gmina Chynów",
                    grant="30140",
                    prog="AOON",
                ),
                "the neighbouring gmina on the same list with the same sum",
                (2, 0),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej 2022 w gminie Jasienica",
                    "gops-jasienica",
                    "2022-03-11",
                    impl="Gminny Ośrodek Pomocy Społecznej w Jasienicy",
                    grant="61200",
                    prog=AOON,
                ),
                "a gmina of a like name in another voivodeship, the same edition",
                (0, 3, 2),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2022 w gminie Jasieniec",
                    "gops-jasieniec",
                    "2022-03-18",
                    impl=GOPS_JASIENIEC,
                    grant="30140",
                    prog="Opieka wytchnieniowa",
                ),
                "the same GOPS's other programme of the same months (with the same sum)",
                (0, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – Powiat Grójecki, edycja 2022",
                    "pcpr-grojec",
                    "2022-03-02",
                    ben="Powiat Grójecki",
                    grant="118000",
                    prog=AOON,
                ),
                "the powiat's own AOON project in the same edition",
                (1, 2),
            ),
            (
                r(
                    "Program „Asystent osobisty osoby niepełnosprawnej” – edycja 2022 w gminie Belsk Duży",
                    "gops-belsk",
                    "2022-03-07",
                    impl="Gminny Ośrodek Pomocy Społecznej w Belsku Dużym",
                    grant="45210",
                    prog=AOON,
                ),
                "the neighbouring gmina's page of the same edition, a near-identical headline",
                (0, 3),
            ),
        ],
    ),
    (
        "Gmina Wiejska Lubawa: 3 mln zł from the RFIL's second round (eu-e-lubawa-rfil-drugi-nabor)",
        [
            (
                r(
                    "Gmina Wiejska Lubawa otrzymała 3 mln zlotych z Rządowego Funduszu Inwestycji Lokalnych",
                    "e-lubawa",
                    ben=GM_LUBAWA,
                    grant="3000000",
                    prog=RFIL,
                ),
                "the passage restated (local news from PAP; the national and regional totals left out)",
            ),
            (
                r(
                    "Trzy miliony na kanalizację w Grabowie i Wałdykach oraz drogę gminną",
                    "gmina-lubawa",
                    "2021-04-01",
                    ben="Gmina Lubawa",
                    grant="3000000.00",
                    prog="RFIL",
                ),
                "the gmina's own site, the fund abbreviated",
            ),
            (
                r(
                    "Rozstrzygnięcie drugiego naboru wniosków – lista samorządów Warmii i Mazur",
                    "uw-olsztyn",
                    "2021-03-31",
                    ben="Gmina Lubawa",
                    grant="3000000",
                    prog="Rządowy Fundusz Inwestycji Lokalnych – II nabór",
                ),
                "the wojewoda's list on the day",
            ),
            (
                r(
                    "Jedyna w powiecie iławskim – pieniądze z funduszu trafią do gminy wiejskiej",
                    "kurier-ilawski",
                    "2021-04-02",
                    ben="Gminy Lubawa",
                ),
                "powiat news, the gmina in the genitive, no sum",
            ),
            (
                r(
                    "Uchwała w sprawie zmian w budżecie gminy – dochody z RFIL",
                    "bip-gmina-lubawa",
                    "2021-04-28",
                    ben=GM_LUBAWA,
                    grant="3000000.00",
                    prog=RFIL,
                ),
                "the BIP's budget resolution a month later",
            ),
        ],
        [
            (
                r(
                    "Miasto Lubawa z dofinansowaniem z Rządowego Funduszu Inwestycji Lokalnych",
                    "um-lubawa",
                    "2020-08-04",
                    ben="Gmina Miejska Lubawa",
                    grant="1850000",
                    prog=RFIL,
                ),
                "the town named like the rural gmina, the first round",
                (0, 1, 3),
            ),
            (
                r(
                    "Pierwsze pieniądze z RFIL dla gminy Lubawa – na drogi",
                    "gmina-lubawa",
                    "2020-08-10",
                    ben="Gmina Lubawa",
                    grant="1120000",
                    prog=RFIL,
                ),
                "the same gmina's first-round grant",
                (0, 1, 3),
            ),
            (
                r(
                    "Rozstrzygnięcie drugiego naboru wniosków – lista samorządów Warmii i Mazur",
                    "uw-olsztyn",
                    "2021-03-31",
                    ben="Gmina Kozłowo",
                    grant="3000000",
                    prog="Rządowy Fundusz Inwestycji Lokalnych – II nabór",
                ),
                "another gmina of the region on the same list with the same round sum",
                (2, 0),
            ),
            (
                r(
                    "Gmina Wiejska Lubawa z Polskiego Ładu: 6 mln zł na szkołę w Fijewie",
                    "e-lubawa",
                    "2021-12-03",
                    ben=GM_LUBAWA,
                    grant="6000000",
                    prog="Program Inwestycji Strategicznych",
                ),
                "the same gmina's next government grant from another fund",
                (0, 4, 1),
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Fijewie z Funduszu Dróg Samorządowych",
                    "gmina-lubawa",
                    "2021-05-12",
                    ben="Gmina Lubawa",
                    grant="980000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same gmina's other road project of the same months, another fund",
                (1, 3),
            ),
            (
                r(
                    "Gmina Lubawa w trzecim naborze RFIL dla gmin popegeerowskich",
                    "gmina-lubawa",
                    "2021-10-22",
                    ben="Gmina Lubawa",
                    grant="1500000",
                    prog=RFIL,
                ),
                "the same gmina's grant in a later round of the fund",
                (0, 2, 4),
            ),
        ],
    ),
    (
        "Sępopol: the marshal's grant for the gmina road in Smolanka "
        "(b15a-sepopol-droga-smolanka-zarzad-wojewodztwa-2024)",
        [
            (
                r(
                    "Dotacja Zarządu Województwa Warmińsko-Mazurskiego na drogę gminną w Smolance kolonii",
                    "sepopol",
                    ben=GM_SEPOPOL,
                ),
                "the passage restated (the town's news; no sum)",
            ),
            (
                r(
                    "Ochrona gruntów rolnych: dotacje na drogi dojazdowe w 2024 roku – lista gmin",
                    "warmia-mazury",
                    "2024-03-20",
                    ben="Gmina Sępopol",
                    grant="120000.00",
                ),
                "the marshal's list with the sum",
            ),
            (
                r(
                    "Zapytanie ofertowe: budowa odcinka drogi gminnej w miejscowości Smolanka",
                    "bip-sepopol",
                    "2024-05-06",
                    ben=GM_SEPOPOL,
                    total="245000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Nowy asfalt w Smolance – mieszkańcy kolonii dojadą suchą stopą",
                    "bartoszyce-news",
                    "2024-10-02",
                    ben="Sępopola",
                ),
                "local news at the end, the town in the genitive, no sum",
            ),
            (
                r(
                    "Odbiór końcowy drogi w Smolance – rozliczenie dotacji z budżetu województwa",
                    "sepopol",
                    "2024-09-24",
                    ben="Gminy Sępopol",
                    total="238410.77",
                    grant="120000.00",
                ),
                "the town's settlement, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Dotacja Zarządu Województwa Warmińsko-Mazurskiego na drogę gminną w Rygarbach",
                    "sepopol",
                    "2024-06-11",
                    ben=GM_SEPOPOL,
                    grant="95000.00",
                ),
                "the same gmina's other farm road from the same marshal, a near-identical headline",
                (0, 4),
            ),
            (
                r(
                    "Budowa odcinka drogi gminnej w Smolance – etap I gotowy",
                    "sepopol",
                    "2023-09-28",
                    ben=GM_SEPOPOL,
                    total="198000.00",
                    grant="100000.00",
                ),
                "the previous stage of the road in the same village",
                (0, 3, 4),
            ),
            (
                r(
                    "Ochrona gruntów rolnych: dotacje na drogi dojazdowe w 2024 roku – lista gmin",
                    "warmia-mazury",
                    "2024-03-20",
                    ben="Gmina Bartoszyce",
                    grant="120000.00",
                ),
                "the neighbouring gmina on the same list with the same sum",
                (1, 0),
            ),
            (
                r(
                    "Droga w Smolance przebudowana – gmina Szczuczyn z dotacją samorządu województwa",
                    "szczuczyn",
                    "2024-08-30",
                    ben="Gmina Szczuczyn",
                    grant="110000.00",
                ),
                "a village of the same name in another gmina and voivodeship",
                (3, 0),
            ),
            (
                r(
                    "Sępopol z Funduszu Dróg Samorządowych: ulica Kolejowa do remontu",
                    "sepopol",
                    "2024-03-25",
                    ben=GM_SEPOPOL,
                    grant="620000.00",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "the same gmina's road project of the same weeks, another fund",
                (0, 2, 3),
            ),
            (
                r(
                    "Kolejny odcinek drogi w Smolance z dotacją województwa w 2025 roku",
                    "sepopol",
                    "2025-04-08",
                    ben=GM_SEPOPOL,
                    grant="130000.00",
                ),
                "the next stage of the road in the same village, a year later",
                (0, 1, 3),
            ),
        ],
    ),
    (
        "Skierniewice: a PFRON-funded car for the Warsztat Terapii Zajęciowej "
        "(b16b-tygodnikits-wtz-skierniewice-samochod)",
        [
            (
                r(
                    "Dzień spełniania marzeń, czyli nowy samochód dla podopiecznych Warsztatów Terapii "
                    "Zajęciowej [ZDJĘCIA]",
                    "tygodnikits",
                    grant="119700",
                ),
                "the passage restated (local news; the parents' and donors' sum has no field)",
            ),
            (
                r(
                    "Nowy Ford Transit wozi uczestników warsztatów",
                    "wtz-skierniewice",
                    "2019-03-01",
                    impl=WTZ_SKIERNIEWICE,
                    grant="119700.00",
                ),
                "the WTZ's own page",
            ),
            (
                r(
                    "Umowa z PFRON na zakup samochodu do przewozu osób niepełnosprawnych dla WTZ",
                    "um-skierniewice",
                    "2018-10-19",
                    ben="Miasto Skierniewice",
                    grant="119700.00",
                    prog=PWRMR,
                ),
                "the city's note of the agreement, the programme named",
            ),
            (
                r(
                    "Bus dla niepełnosprawnych ze Skierniewic – 120 tys. zł z Funduszu",
                    "skierniewice-naszemiasto",
                    "2019-02-28",
                    impl="WTZ w Skierniewicach",
                    grant="120000",
                ),
                "other local news, the workshop abbreviated, the rounded sum",
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu wyrównywania różnic między regionami w 2019 roku – obszar D",
                    "bip-skierniewice",
                    "2020-03-10",
                    ben="Miasta Skierniewice",
                    total="217700.00",
                    grant="119700.00",
                    prog="PFRON – wyrównywanie różnic między regionami III",
                ),
                "the city's report a year later, the whole cost",
            ),
        ],
        [
            (
                r(
                    "Nowy samochód dla Warsztatów Terapii Zajęciowej w Głuchowie",
                    "powiat-skierniewicki",
                    "2019-03-05",
                    impl="Warsztat Terapii Zajęciowej w Głuchowie",
                    grant="119700",
                    prog=PWRMR,
                ),
                "another WTZ of the land powiat around the city, the same sum, a near-identical headline",
                (0, 1, 3),
            ),
            (
                r(
                    "Pracownia komputerowa w skierniewickim WTZ z dofinansowaniem PFRON",
                    "wtz-skierniewice",
                    "2020-05-14",
                    impl=WTZ_SKIERNIEWICE,
                    grant="42300.00",
                ),
                "the same workshop's next PFRON grant, another object",
                (1, 3),
            ),
            (
                r(
                    "Likwidacja barier w Urzędzie Miasta Skierniewice – winda dla interesantów",
                    "um-skierniewice",
                    "2018-11-07",
                    ben="Miasto Skierniewice",
                    grant="89500.00",
                    prog=PWRMR,
                ),
                "the same city's other project of the same months from the same programme",
                (2, 4),
            ),
            (
                r(
                    "Powiat Skierniewicki kupi samochód dla Domu Pomocy Społecznej",
                    "powiat-skierniewicki",
                    "2018-10-25",
                    ben="Powiat Skierniewicki",
                    grant="108000.00",
                    prog=PWRMR,
                ),
                "the land powiat named after its seat, its own car of the same call",
                (2, 0),
            ),
            (
                r(
                    "Warsztaty Terapii Zajęciowej w Skierniewicach dostały busa",
                    "tygodnikits",
                    "2003-06-11",
                    impl=WTZ_SKIERNIEWICE,
                    grant="68000",
                ),
                "the workshop's earlier car (the one the new Ford replaced), a near-identical headline",
                (0, 1, 3),
            ),
            (
                r(
                    "Nowy samochód dla podopiecznych Warsztatów Terapii Zajęciowej w Łowiczu",
                    "lowicz-news",
                    "2019-04-17",
                    impl="Warsztat Terapii Zajęciowej w Łowiczu",
                    grant="112000",
                ),
                "another town's workshop, a near-identical headline",
                (0, 3),
            ),
        ],
    ),
    (
        "Kolno (powiat olsztyński): the voivodeship's 2019 aid for three OSP stations "
        "(b7-kolno-gmina-osp-remizy-wojewodztwo-2019)",
        [
            (
                r(
                    "Umowa na dofinansowanie OSP podpisana",
                    "kolno-gmina",
                    ben=GM_KOLNO,
                    grant="30000.00",
                    end="2019-11-29",
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Pomoc finansowa dla gmin na budowę i modernizację remiz OSP w 2019 roku – uchwała Sejmiku",
                    "warmia-mazury",
                    "2019-06-25",
                    ben="Gmina Kolno (powiat olsztyński)",
                    grant="30000",
                ),
                "the sejmik's resolution, the gmina told apart by its powiat",
            ),
            (
                r(
                    "Zarządzenie Wójta w sprawie zmian w budżecie – dotacja celowa z budżetu Województwa na remizy",
                    "bip-kolno",
                    "2019-09-05",
                    ben=GM_KOLNO,
                    grant="30000.00",
                ),
                "the BIP's budget order",
            ),
            (
                r(
                    "Remizy w Lutrach, Kruzach i Kolnie odnowione",
                    "kolno-gmina",
                    "2019-12-03",
                    ben="Gminy Kolno",
                    total="43500.00",
                ),
                "the gmina's news of the end, the body in the genitive, the whole cost",
            ),
            (
                r(
                    "Marszałek wspiera strażaków ochotników: 30 tys. zł dla gminy pod Biskupcem",
                    "gazeta-olsztynska",
                    "2019-08-29",
                    ben="Gminie Kolno",
                    grant="30000",
                ),
                "regional news of the signing, the body in the dative",
            ),
        ],
        [
            (
                r(
                    "Umowa na dofinansowanie OSP podpisana",
                    "gmina-kolno-podlaskie",
                    "2019-07-10",
                    ben="Gmina Kolno",
                    grant="25000.00",
                ),
                "the gmina of the same name in Podlasie (powiat kolneński), the identical headline",
                (0, 2, 4),
            ),
            (
                r(
                    "OSP Kolno z nowym wozem – miasto dołożyło do zakupu",
                    "um-kolno",
                    "2019-10-15",
                    ben="Miasto Kolno",
                    total="790000.00",
                ),
                "the town of Kolno in Podlasie, another project of the same months",
                (0, 3),
            ),
            (
                r(
                    "Kolejna umowa na dofinansowanie remiz OSP w gminie Kolno",
                    "kolno-gmina",
                    "2020-08-20",
                    ben=GM_KOLNO,
                    grant="30000.00",
                    end="2020-11-30",
                ),
                "the next year's grant from the same programme, the same round sum",
                (0, 2, 4),
            ),
            (
                r(
                    "Pomoc finansowa dla gmin na budowę i modernizację remiz OSP w 2019 roku – uchwała Sejmiku",
                    "warmia-mazury",
                    "2019-06-25",
                    ben="Gmina Bisztynek",
                    grant="30000",
                ),
                "the neighbouring gmina on the same resolution with the same sum",
                (1, 0),
            ),
            (
                r(
                    "Plac zabaw w Kruzach gotowy – gmina Kolno z funduszu sołeckiego",
                    "kolno-gmina",
                    "2019-09-12",
                    ben=GM_KOLNO,
                    total="18500.00",
                ),
                "the same gmina's other project of the same months in one of the same villages",
                (3, 2),
            ),
            (
                r(
                    "OSP Kolno z dotacją na sprzęt ratowniczy z budżetu państwa",
                    "kolno-gmina",
                    "2019-09-18",
                    ben=GM_KOLNO,
                    grant="12000.00",
                ),
                "the same gmina's other OSP grant of the same months, another funder",
                (0, 4, 2),
            ),
        ],
    ),
    (
        "Polanka Wielka: the gmina's 2011 sports contest grant to LKS „Strumień” "
        "(b9-polanka-wielka-lks-strumien-dotacja-2011)",
        [
            (
                r(
                    "Zarządzenie Nr 59/2011 Wójta Gminy Polanka Wielka z dnia 27 lipca 2011 roku w sprawie wyników "
                    "konkursu na zadanie publiczne z zakresu upowszechniania kultury fizycznej i sportu na terenie "
                    "Gminy Polanka Wielka w 2011 roku",
                    "polanka-wielka",
                    "2011-07-27",
                    ben=LKS_STRUMIEN,
                    grant="45000",
                ),
                "the passage restated (the wójt's order)",
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert – sport 2011",
                    "bip-polanka-wielka",
                    "2011-07-28",
                    ben="Ludowy Klub Sportowy „Strumień” Polanka Wielka",
                    grant="45000.00",
                ),
                "the BIP's results, the club's name in full",
            ),
            (
                r(
                    "Gmina wsparła nasz klub – 45 tysięcy na piłkę nożną",
                    "lks-strumien",
                    "2011-08-02",
                    ben="LKS Strumień",
                    grant="45000",
                ),
                "the club's own page",
            ),
            (
                r(
                    "Piłkarze ze Strumienia trenują dzieci i młodzież za gminne pieniądze",
                    "oswiecim-news",
                    "2011-10-19",
                    ben="Strumienia Polanka Wielka",
                ),
                "powiat news in the autumn, the club in the genitive, no sum",
            ),
            (
                r(
                    "Sprawozdanie z wykonania zadania publicznego: zajęcia piłki nożnej oraz szkolenie i "
                    "współzawodnictwo sportowe w 2011 roku",
                    "bip-polanka-wielka",
                    "2012-01-30",
                    ben=LKS_STRUMIEN,
                    total="52300.00",
                    grant="45000.00",
                    start="2011-08-01",
                    end="2011-12-31",
                ),
                "the club's report months later, the whole cost and the period",
            ),
        ],
        [
            (
                r(
                    "Zarządzenie Nr 41/2012 Wójta Gminy Polanka Wielka w sprawie wyników konkursu na zadanie "
                    "publiczne z zakresu kultury fizycznej i sportu w 2012 roku",
                    "polanka-wielka",
                    "2012-04-16",
                    ben=LKS_STRUMIEN,
                    grant="48000",
                ),
                "the next year's contest for the same club, a near-identical headline",
                (0, 2, 4),
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert – sport 2010",
                    "bip-polanka-wielka",
                    "2010-06-30",
                    ben="Ludowy Klub Sportowy „Strumień” Polanka Wielka",
                    grant="40000.00",
                ),
                "the previous year's contest for the same club, a near-identical headline",
                (1, 0),
            ),
            (
                r(
                    "Wyniki konkursu ofert na zadania z zakresu sportu w gminie Przeciszów w 2011 roku",
                    "przeciszow",
                    "2011-07-20",
                    ben="LKS „Błyskawica” Przeciszów",
                    grant="45000",
                ),
                "the neighbouring gmina's club in the same year with the same sum",
                (0, 1, 3),
            ),
            (
                r(
                    "KS Strumień z dotacją miasta na szkolenie piłkarzy",
                    "strumien-miasto",
                    "2011-06-14",
                    ben="Klub Sportowy „Strumień” w Strumieniu",
                    grant="60000",
                ),
                "a club of the same name in the town of Strumień (powiat cieszyński)",
                (2, 3),
            ),
            (
                r(
                    "Wyniki konkursu na zadania z zakresu kultury – Koło Gospodyń Wiejskich w Polance Wielkiej",
                    "polanka-wielka",
                    "2011-07-27",
                    ben="Koło Gospodyń Wiejskich w Polance Wielkiej",
                    grant="6000",
                ),
                "the same wójt's other contest of the same day, another grantee",
                (0, 1),
            ),
            (
                r(
                    "LKS Strumień z dotacją województwa na modernizację boiska",
                    "lks-strumien",
                    "2011-09-05",
                    ben="LKS Strumień",
                    grant="45000",
                ),
                "the same club's other grant of the same months, the same sum",
                (2, 3, 0),
            ),
        ],
    ),
    (
        "Powiat Choszczeński: the sejmik's 2018 grant for three units' sports gear "
        "(b21a-powiatchoszczno-sprzet-sportowy-sejmik-2018)",
        [
            (
                r(
                    "Dofinansowanie infrastruktury sportowej",
                    "powiat-choszczno",
                    "2018-07-02",
                    ben=P_CHOSZCZNO,
                    grant="20000",
                ),
                "the passage restated (the powiat's news)",
            ),
            (
                r(
                    "Sejmik wspiera sport w samorządach – umowy na 2018 rok",
                    "wzp",
                    "2018-07-04",
                    ben="Powiat Choszczeński",
                    grant="20000.00",
                ),
                "the voivodeship's list of signed agreements",
            ),
            (
                r(
                    "Poprawa infrastruktury sportowej poprzez doposażenie w sprzęt trzech jednostek organizacyjnych "
                    "powiatu – zapytanie ofertowe",
                    "bip-powiat-choszczno",
                    "2018-08-09",
                    ben="Starostwo Powiatowe w Choszcznie",
                    total="40000.00",
                ),
                "the BIP's request for quotes, the powiat by its office",
            ),
            (
                r(
                    "Nowe bramki, materace i piłki w powiatowych szkołach",
                    "choszczno-news",
                    "2018-10-11",
                    ben="Powiatu Choszczeńskiego",
                ),
                "local news when the gear arrived, the body in the genitive, no sum",
            ),
            (
                r(
                    "Rozliczenie dotacji z budżetu województwa na sprzęt sportowy",
                    "bip-powiat-choszczno",
                    "2018-12-18",
                    ben=P_CHOSZCZNO,
                    total="39870.00",
                    grant="19935.00",
                ),
                "the BIP's settlement, the spent sum and the grant at half of it",
            ),
        ],
        [
            (
                r(
                    "Dofinansowanie infrastruktury sportowej dla gminy Choszczno",
                    "um-choszczno",
                    "2018-07-03",
                    ben="Gmina Choszczno",
                    grant="20000",
                ),
                "the gmina of the powiat's seat from the same programme, the same sum, a near-identical headline",
                (0, 1, 3),
            ),
            (
                r(
                    "Sejmik wspiera sport w samorządach – umowy na 2018 rok",
                    "wzp",
                    "2018-07-04",
                    ben="Powiat Pyrzycki",
                    grant="20000.00",
                ),
                "the neighbouring powiat on the same list with the same sum",
                (1, 0),
            ),
            (
                r(
                    "Dofinansowanie infrastruktury sportowej – kolejna umowa z województwem",
                    "powiat-choszczno",
                    "2019-06-27",
                    ben=P_CHOSZCZNO,
                    grant="25000",
                ),
                "the next year's grant to the same powiat, a near-identical headline",
                (0, 4),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej w Reczu z pomocą samorządu województwa",
                    "powiat-choszczno",
                    "2018-07-16",
                    ben=P_CHOSZCZNO,
                    grant="150000",
                ),
                "the same powiat's other voivodeship grant of the same month",
                (0, 2, 1),
            ),
            (
                r(
                    "Hala sportowa przy Zespole Szkół w Choszcznie z dofinansowaniem ministerstwa sportu",
                    "powiat-choszczno",
                    "2018-09-20",
                    ben=P_CHOSZCZNO,
                    grant="1200000.00",
                    prog="Sportowa Polska",
                ),
                "the same powiat's school sports hall of the same year, another funder",
                (3, 2),
            ),
            (
                r(
                    "Dofinansowanie infrastruktury sportowej",
                    "powiat-lobez",
                    "2018-07-05",
                    ben="Powiat Łobeski",
                    grant="20000",
                ),
                "another powiat's page of the same programme, the identical headline and sum",
                (0, 3),
            ),
        ],
    ),
    (
        "Smołdzino: the GOPS's POKL systemic project „Stop wykluczeniu”, its third edition in 2010 "
        "(b25-gops-smoldzino-stop-wykluczeniu-2010)",
        [
            (
                r(
                    "W 2010 roku Gminny Ośrodek Pomocy Społecznej w Smołdzinie realizuje III edycję projektu "
                    "systemowego „STOP WYKLUCZENIU”",
                    "gops-smoldzino",
                    impl=GOPS_SMOLDZINO,
                    start="2010-01-01",
                    end="2010-12-31",
                ),
                "the passage restated (the GOPS's page, its lead sentence: it has no headline)",
            ),
            (
                r(
                    "Projekt systemowy „Stop wykluczeniu” w 2010 roku – aktywizacja mieszkańców gminy",
                    "smoldzino",
                    "2010-02-15",
                    ben="Gmina Smołdzino",
                    total="98450.00",
                    start="2010-01-01",
                    end="2010-12-31",
                    prog=POKL,
                ),
                "the gmina's site, the cost and the programme",
            ),
            (
                r(
                    "Młodzież z Kluk i Łokciowego w programie aktywności lokalnej",
                    "gops-smoldzino",
                    "2010-06-21",
                    impl="GOPS Smołdzino",
                ),
                "the GOPS's news of one of the project's groups, the centre abbreviated",
            ),
            (
                r(
                    "Kontrakty socjalne i warsztaty dla kobiet ze Smołdzina",
                    "glos-slupska",
                    "2010-09-08",
                    impl="Gminnego Ośrodka Pomocy Społecznej w Smołdzinie",
                    prog="Program Operacyjny Kapitał Ludzki",
                ),
                "regional news, the centre in the genitive, no sum",
            ),
            (
                r(
                    "Podsumowanie III edycji projektu „Stop wykluczeniu”",
                    "gops-smoldzino",
                    "2011-01-20",
                    impl=GOPS_SMOLDZINO,
                    total="95210.33",
                    prog=POKL,
                ),
                "the GOPS's summary weeks later, the spent sum",
            ),
        ],
        [
            (
                r(
                    "W 2009 roku GOPS w Smołdzinie realizuje II edycję projektu systemowego „Stop wykluczeniu”",
                    "gops-smoldzino",
                    "2009-03-02",
                    impl=GOPS_SMOLDZINO,
                    start="2009-01-01",
                    end="2009-12-31",
                ),
                "the previous edition of the same systemic project, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "IV edycja projektu „Stop wykluczeniu” w 2011 roku",
                    "gops-smoldzino",
                    "2011-02-14",
                    impl=GOPS_SMOLDZINO,
                    total="104300.00",
                    start="2011-01-01",
                    end="2011-12-31",
                    prog=POKL,
                ),
                "the next edition, published weeks after the third's summary",
                (0, 4, 1),
            ),
            (
                r(
                    "Projekt systemowy „Stop wykluczeniu” realizuje GOPS w Kobylnicy",
                    "gops-kobylnica",
                    "2010-03-10",
                    impl="Gminny Ośrodek Pomocy Społecznej w Kobylnicy",
                    total="112000.00",
                    start="2010-01-01",
                    end="2010-12-31",
                    prog=POKL,
                ),
                "another gmina's project of the same name and year in the same powiat",
                (0, 1, 3),
            ),
            (
                r(
                    "Aktywna integracja w gminie Główczyce – projekt GOPS na 2010 rok",
                    "gops-glowczyce",
                    "2010-02-26",
                    impl="Gminny Ośrodek Pomocy Społecznej w Główczycach",
                    total="98450.00",
                    start="2010-01-01",
                    end="2010-12-31",
                    prog=POKL,
                ),
                "the neighbouring gmina's systemic project of the same year with the same sum",
                (1, 0),
            ),
            (
                r(
                    "Dożywianie uczniów w 2010 roku – GOPS Smołdzino",
                    "gops-smoldzino",
                    "2010-02-05",
                    impl=GOPS_SMOLDZINO,
                    grant="41200.00",
                    prog="Pomoc państwa w zakresie dożywiania",
                ),
                "the same GOPS's other programme of the same year",
                (0, 2),
            ),
            (
                r(
                    "GOPS w Smołdzinie rozpoczyna projekt systemowy „Stop wykluczeniu”",
                    "gops-smoldzino",
                    "2008-05-12",
                    impl=GOPS_SMOLDZINO,
                    total="61200.00",
                    start="2008-05-01",
                    end="2008-12-31",
                    prog=POKL,
                ),
                "the first edition of the same systemic project",
                (0, 3, 4),
            ),
        ],
    ),
    (
        "Długosiodło: five Otwarte Strefy Aktywności from the FRKF, edition 2018 "
        "(b20a-dlugosiodlo-osa-piec-obiektow-frkf)",
        [
            (
                r(
                    "Budowa Otwartych Stref Aktywności",
                    "dlugosiodlo",
                    total="252386.95",
                    grant="125000.00",
                    prog=OSA,
                ),
                "the passage restated (the gmina's investments page; own funds have no field)",
            ),
            (
                r(
                    "Lista zadań zakwalifikowanych do dofinansowania – OSA edycja 2018",
                    "msit",
                    "2018-06-12",
                    ben=GM_DLUGOSIODLO,
                    grant="125000.00",
                    prog="Program Rozwoju Małej Infrastruktury Sportowo-Rekreacyjnej – Otwarte Strefy Aktywności",
                ),
                "the ministry's list, the programme in full",
            ),
            (
                r(
                    "Zapytanie ofertowe: siłownie plenerowe i strefy relaksu w pięciu miejscowościach",
                    "bip-dlugosiodlo",
                    "2018-07-18",
                    ben=GM_DLUGOSIODLO,
                    total="260000.00",
                ),
                "the BIP's request for quotes, the estimate",
            ),
            (
                r(
                    "W Starym Bosewie, Blochach i Dalekim już można ćwiczyć pod chmurką",
                    "wyszkow-news",
                    "2018-10-22",
                    ben="gminie Długosiodło",
                    total="252386.95",
                ),
                "powiat news at the end, the gmina in the locative, the whole cost",
            ),
            (
                r(
                    "Strefy OSA w pięciu wsiach gminy odebrane",
                    "dlugosiodlo",
                    "2018-10-30",
                    ben="Gminy Długosiodło",
                    grant="125000",
                    prog="OSA 2018",
                ),
                "the gmina's news of the handover, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Budowa Otwartej Strefy Aktywności w Przetyczy – edycja 2019",
                    "dlugosiodlo",
                    "2019-09-05",
                    ben=GM_DLUGOSIODLO,
                    total="61000.00",
                    grant="25000.00",
                    prog=OSA,
                ),
                "the next edition in another village of the same gmina, a like headline",
                (0, 4),
            ),
            (
                r(
                    "Lista zadań zakwalifikowanych do dofinansowania – OSA edycja 2018",
                    "msit",
                    "2018-06-12",
                    ben="Gmina Brańszczyk",
                    grant="125000.00",
                    prog="Program Rozwoju Małej Infrastruktury Sportowo-Rekreacyjnej – Otwarte Strefy Aktywności",
                ),
                "the neighbouring gmina on the same list with the same sum",
                (1, 0),
            ),
            (
                r(
                    "Budowa Otwartych Stref Aktywności w gminie Rząśnik",
                    "rzasnik",
                    "2018-11-08",
                    ben="Gmina Rząśnik",
                    total="248900.00",
                    grant="125000.00",
                    prog=OSA,
                ),
                "another gmina of the same powiat, the same edition and sum, a near-identical headline",
                (0, 3),
            ),
            (
                r(
                    "Boisko wielofunkcyjne przy szkole w Długosiodle – dotacja z programu Sportowa Polska",
                    "dlugosiodlo",
                    "2018-08-14",
                    ben=GM_DLUGOSIODLO,
                    grant="410000.00",
                    prog="Sportowa Polska",
                ),
                "the same gmina's other sports project of the same months, another programme",
                (0, 2, 3),
            ),
            (
                r(
                    "Świetlica w Starym Bosewie wyremontowana z PROW",
                    "dlugosiodlo",
                    "2018-10-05",
                    ben=GM_DLUGOSIODLO,
                    total="180000.00",
                    prog="PROW 2014-2020",
                ),
                "the same gmina's other work of the same weeks in one of the same villages",
                (3, 4),
            ),
            (
                r(
                    "Budowa Otwartych Stref Aktywności w gminie Somianka",
                    "somianka",
                    "2018-10-26",
                    ben="Gmina Somianka",
                    total="131500.00",
                    grant="50000.00",
                    prog=OSA,
                ),
                "another gmina of the same powiat, the same edition, a near-identical headline",
                (0, 2),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round17.jsonl", "r17s", ROUND17)


if __name__ == "__main__":
    main()
