"""Builds pairs_round18.jsonl: an eighteenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 17 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round17.py name theirs), and from
none of the prospective gates' batches (b19, b24, b26, b27, b28, b29, b30): b14-polanow-rewitalizacja-rynku-rpo-wz,
b20a-rpodolnyslask-lubomierz-e-uslugi-etap-ii, b6-brwinow-klub-seniora-zolwin-2017,
b13-psoni-gdansk-asystent-osobisty-2022, b9-gabin-opieka-75-2023, b12-jakubow-rfil-pgr-swietlice-rzadza,
news-rogozno-polski-lad-voucher-2022, b18-jaworskie-pfron-dostepna-przestrzen-starostwo-2024,
eu-tworog-pone-wfos-2018, b23b-piastwolowice-klub-2022, b11-dk-kock-infrastruktura-domow-kultury-2023,
b17-powiat-gorlicki-promesa-mswia-czarna, b15a-kosowlacki-dotacja-mazowsze-siedziba-urzedu-2022 and
b15b-zytkiejmy-swieto-sekacza-dotacja-marszalka-2015 (a town's market square from RPO WZ 9.3, four gminas' e-services
stage II from the RPO WD, a new Senior+ club in a fire station, an NGO's city-commissioned personal assistance,
a town-and-gmina's Opieka 75+ year, an RFIL grant from the pool for former PGR villages, a Polski Ład voucher for
roads stage I, a powiat's PFRON "Dostępna przestrzeń publiczna" works at its office, a gmina's low-emission
programme from the WFOŚiGW, a village club's grant from the KLUB programme, a culture house's stage gear from
"Infrastruktura domów kultury", a powiat's MSWiA promesa for a flood-damaged road, a voivodeship's grant for a
gmina's new town hall and an association's festival grant from the marshal's culture contest).

The first variant restates the passage (its headline as the title, or the project's own name or the lead sentence
where the headline says nothing of the project: Lubomierz's "Bliżej mieszkańca", Jawor's "PFRON", Gorlice's page
with no headline, Kock's programme name; its hand labels as the fields, `published` only when the passage states it;
a record has fields for the total cost, the grant and the EU share only, so the sums the labels call `other` or
`own_share` are left out: Tworóg's residents' payments and own funds, Polanów's state-budget share, labelled a
second grant beside the whole one, Żytkiejmy's 300 000 zł for all the contest's winners). The other variants are how
the body itself, its OPS, club, culture house or association, the BIP, the powiat, the voivodeship, the wojewoda, a
ministry, a fund, a partner gmina, a local news site or a later report would word the same project (written for this
set: other titles with few shared words, names in other grammatical cases, often without amounts or period, a
report's spent sum, a tender's estimate, a rounded sum beside the exact one, an abbreviated body or programme, a
publication months later). The near-misses are the next or previous edition of a yearly programme or contest, the
neighbouring gmina, powiat, club, NGO or culture house in the same call (at times with the very same sum: KLUB's
10 000 zł, the RFIL's 600 000 zł, Polski Ład's round 5 mln zł, Kosów's 1,2 mln zł, the marshal's 5 000 zł, the
promesa's 840 000 zł, Opieka 75+'s 28 846 zł, the WFOŚiGW's 158 000 zł, Lubomierz's rounded 3,3 and 2,8 mln zł),
another stage (Lubomierz's stage I, Polanów's, Rogóźno's and Rządza's later stages), the same body's other project
of the same months (at times in the same building, street, village or from the same fund), a body or place of the
same or a like name elsewhere (Połaniec, Lubomierz near Mszana Dolna, PSONI Koło w Gdyni, Jakubowice Konińskie,
Rogoźno in Wielkopolska, Jaworzno, Twardogóra, Piast Wołów, Kodeń, the gmina of Czarna, Szypliszki's sękacz feast),
a town named like its rural gmina or a powiat's seat (Jawor, Sokołów Podlaski) and a near-identical headline of
another project. Every two variants of a seed are a same pair; each near-miss is paired with one to three variants
(the restated passage and the variants it is likeliest to be confused with), so that about 40 % of the pairs are the
same. Labels were written by reading each record, never from the grouping's output.

    python tests/projects/build_round18.py   # rewrites pairs_round18.jsonl; deterministic
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

RPO_WZ = "RPO WZ 2014-2020"
RPO_WD = "RPO WD 2014-2020"
SENIOR = "Senior+"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
OPIEKA75 = "Opieka 75+"
RFIL = "Rządowy Fundusz Inwestycji Lokalnych"
PIS = "Program Inwestycji Strategicznych"
DPP = "Dostępna przestrzeń publiczna"
KLUB = "KLUB"
IDK = "Infrastruktura domów kultury"
GM_POLANOW = "Gmina Polanów"
GM_LUBOMIERZ = "Gmina Lubomierz"
GM_BRWINOW = "Gmina Brwinów"
SOPS_BRWINOW = "Środowiskowy Ośrodek Pomocy Społecznej w Brwinowie"
PSONI_GDANSK = "Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Gdańsku"
MIG_GABIN = "Miasto i Gmina Gąbin"
MGOPS_GABIN = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Gąbinie"
GM_JAKUBOW = "Gmina Jakubów"
GM_ROGOZNO = "Gmina Rogóźno"
P_JAWOR = "Powiat Jaworski"
GM_TWOROG = "Gmina Tworóg"
PIAST = "LKS Piast Wołowice"
DK_KOCK = "Dom Kultury im. Księżnej Anny z Sapiehów Jabłonowskiej w Kocku"
P_GORLICE = "Powiat Gorlicki"
GM_KOSOW = "Gmina Kosów Lacki"
STRUGA = "Stowarzyszenie „Żytkiejmska Struga”"

ROUND18: list[Seed] = [
    (
        "Polanów: the market square's revitalisation from RPO WZ 2014-2020, measure 9.3 "
        "(b14-polanow-rewitalizacja-rynku-rpo-wz)",
        [
            (
                r(
                    "Rewitalizacja Rynku Miejskiego w Polanowie",
                    "um-polanow",
                    "2023-09-28",
                    total="4097912.49",
                    grant="3483225.55",
                    eu="3073434.31",
                    prog=RPO_WZ,
                ),
                "the passage restated (the town's project page; the '4.098 tys zł' beside the exact cost left out)",
            ),
            (
                r(
                    "Wyniki naboru w Działaniu 9.3 – rewitalizacja w sferze fizycznej, gospodarczej i społecznej",
                    "rpo-wzp",
                    "2020-12-10",
                    ben=GM_POLANOW,
                    grant="3483225.55",
                    prog="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
                ),
                "the managing authority's list, the programme in full",
            ),
            (
                r(
                    "Polanów odzyska swój rynek – ruszyła przebudowa centrum miasta",
                    "gk24",
                    "2021-05-12",
                    ben="Gminy Polanów",
                    total="4100000",
                ),
                "regional news when works began, the gmina in the genitive, the rounded cost",
            ),
            (
                r(
                    "Przetarg: rewitalizacja zdegradowanej przestrzeni rynku miejskiego wraz z otoczeniem w centrum "
                    "Polanowa",
                    "bip-polanow",
                    "2021-02-15",
                    ben=GM_POLANOW,
                    total="3950000.00",
                ),
                "the BIP's tender, the estimate as the cost",
            ),
            (
                r(
                    "Fontanna posadzkowa i budynek integracji społecznej – polanowski rynek po przebudowie",
                    "um-polanow",
                    "2022-11-24",
                    ben=GM_POLANOW,
                    total="4052310.77",
                    eu="3073434.31",
                    prog="RPO WZ",
                ),
                "the town's news at the handover, the spent sum, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Termomodernizacja Szkoły Podstawowej w Polanowie z dofinansowaniem z RPO WZ",
                    "um-polanow",
                    "2019-08-20",
                    ben=GM_POLANOW,
                    grant="1240000.00",
                    prog=RPO_WZ,
                ),
                "the same gmina's other project from the same programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Wyniki naboru w Działaniu 9.3 – rewitalizacja w sferze fizycznej, gospodarczej i społecznej",
                    "rpo-wzp",
                    "2020-12-10",
                    ben="Gmina Bobolice",
                    grant="3120400.00",
                    prog="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
                ),
                "the neighbouring gmina on the same list, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Rewitalizacja Rynku w Połańcu – umowa o dofinansowanie podpisana",
                    "polaniec",
                    "2019-10-08",
                    ben="Gmina Połaniec",
                    total="5600000.00",
                    prog="RPO WŚ 2014-2020",
                ),
                "a town of a like name in another voivodeship, its own market square from its own programme",
                (0, 2),
            ),
            (
                r(
                    "Rewitalizacja Rynku Miejskiego w Polanowie – etap II: ulice przyrynkowe",
                    "um-polanow",
                    "2024-06-03",
                    ben=GM_POLANOW,
                    total="2900000.00",
                    prog="FEPZ 2021-2027",
                ),
                "a later stage around the same square from the next programme",
                (0, 4, 3),
            ),
            (
                r(
                    "Nowe targowisko „Mój Rynek” w Polanowie przy ul. Koszalińskiej",
                    "um-polanow",
                    "2021-04-27",
                    ben=GM_POLANOW,
                    total="1150000.00",
                    grant="630000.00",
                    prog="PROW 2014-2020",
                ),
                "the same gmina's other market-place project of the same months, another programme",
                (2, 3),
            ),
            (
                r(
                    "Rewitalizacja Rynku Miejskiego w Barwicach",
                    "barwice",
                    "2021-06-14",
                    ben="Gmina Barwice",
                    total="4210000.00",
                    eu="3150000.00",
                    prog=RPO_WZ,
                ),
                "another town's square from the same measure, a near-identical headline",
                (0, 2, 4),
            ),
        ],
    ),
    (
        "Lubomierz: e-services of the offices of Lubomierz, Mirsk, Piechowice and Wleń, stage II "
        "(b20a-rpodolnyslask-lubomierz-e-uslugi-etap-ii)",
        [
            (
                r(
                    "Informatyzacja Urzędów Gmin Lubomierz, Mirsk, Piechowice, Wleń w celu wdrożenia e-usług "
                    "publicznych – etap II",
                    "rpo-dolnyslask",
                    ben=GM_LUBOMIERZ,
                    total="3300000",
                    eu="2800000",
                ),
                "the passage restated (the programme's good-practice page; its headline 'Bliżej mieszkańca' says "
                "nothing, so the project's title; 'prawie' sums, no programme named)",
            ),
            (
                r(
                    "Projekt partnerski czterech gmin: e-usługi publiczne w urzędach – etap II",
                    "lubomierz",
                    "2017-06-22",
                    ben=GM_LUBOMIERZ,
                    total="3287450.12",
                    eu="2794332.60",
                    prog=RPO_WD,
                ),
                "the lead gmina's project page, the exact sums and the programme",
            ),
            (
                r(
                    "E-urząd w Mirsku – wspólny projekt z sąsiednimi gminami zakończony",
                    "mirsk",
                    "2018-09-05",
                    ben="Gminą Lubomierz",
                ),
                "a partner gmina's news, the lead in the instrumental, no sum",
            ),
            (
                r(
                    "Sprawę w urzędzie w Piechowicach czy Wleniu załatwisz przez internet",
                    "nj24",
                    "2019-02-14",
                    total="3300000",
                    prog="RPO WD",
                ),
                "regional news of the results, no body as a name, the rounded cost, the programme abbreviated",
            ),
            (
                r(
                    "Dostawa sprzętu komputerowego i oprogramowania do wdrożenia e-usług w czterech urzędach gmin",
                    "bip-lubomierz",
                    "2017-10-20",
                    ben=GM_LUBOMIERZ,
                    total="1850000.00",
                ),
                "the BIP's tender for the supplies, its estimate",
            ),
        ],
        [
            (
                r(
                    "Informatyzacja Urzędów Gmin Lubomierz, Mirsk, Piechowice, Wleń w celu wdrożenia e-usług "
                    "publicznych – etap I",
                    "rpo-dolnyslask",
                    "2013-05-16",
                    ben=GM_LUBOMIERZ,
                    total="2100000",
                    eu="1780000",
                    prog="RPO WD 2007-2013",
                ),
                "the first stage of the same partnership from the previous programme",
                (0, 1, 4),
            ),
            (
                r(
                    "E-usługi dla mieszkańców gmin Stara Kamienica, Jeżów Sudecki i Janowice Wielkie",
                    "rpo-dolnyslask",
                    "2017-07-04",
                    ben="Gmina Stara Kamienica",
                    total="3300000",
                    eu="2800000",
                    prog=RPO_WD,
                ),
                "another partnership of neighbouring gminas from the same call, the very same rounded sums",
                (0, 3),
            ),
            (
                r(
                    "Termomodernizacja budynku Urzędu Miasta i Gminy Mirsk",
                    "mirsk",
                    "2018-08-28",
                    ben="Gmina Mirsk",
                    total="1460000.00",
                    prog=RPO_WD,
                ),
                "a partner gmina's own project of the same months on its office, the same programme",
                (2, 1),
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Pławnej z PROW",
                    "lubomierz",
                    "2017-09-12",
                    ben=GM_LUBOMIERZ,
                    total="780000.00",
                    prog="PROW 2014-2020",
                ),
                "the lead gmina's other project of the same months",
                (1, 4),
            ),
            (
                r(
                    "Cyfrowa szkoła w Lubomierzu – tablice interaktywne dla podstawówki",
                    "mszana-dolna",
                    "2018-03-19",
                    ben="Gmina Mszana Dolna",
                    total="180000.00",
                    prog="RPO WM 2014-2020",
                ),
                "a village of the same name in another gmina and voivodeship, a digital project",
                (0, 3),
            ),
            (
                r(
                    "Bliżej mieszkańca – e-usługi publiczne w Starostwie Powiatowym w Lwówku Śląskim",
                    "powiat-lwowecki",
                    "2017-11-07",
                    ben="Powiat Lwówecki",
                    total="2950000.00",
                    eu="2500000.00",
                    prog=RPO_WD,
                ),
                "the powiat over three of the four gminas, its own e-services, the passage's headline",
                (0, 2, 3),
            ),
            (
                r(
                    "Cyfrowa Gmina – Lubomierz kupi laptopy i zabezpieczy sieć urzędu",
                    "lubomierz",
                    "2021-11-30",
                    ben=GM_LUBOMIERZ,
                    grant="214000.00",
                    prog="POPC 2014-2020",
                ),
                "the lead gmina's later digital grant for its office, another programme",
                (0, 1),
            ),
        ],
    ),
    (
        "Brwinów: a new Klub Senior+ in the fire station of Żółwin, edition 2017 (b6-brwinow-klub-seniora-zolwin-2017)",
        [
            (
                r(
                    "Utworzenie Klubu Seniora w Żółwinie (2017)",
                    "brwinow",
                    total="172785",
                    grant="137287",
                    start="2017-01-01",
                    end="2017-12-31",
                    prog=SENIOR,
                ),
                "the passage restated (the gmina's page of government programmes; it names no body as such)",
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert w Programie Wieloletnim „Senior+” – edycja 2017, moduł I",
                    "mrpips",
                    "2017-04-28",
                    ben=GM_BRWINOW,
                    grant="137287.00",
                    prog="Program Wieloletni „Senior+” na lata 2015-2020",
                ),
                "the ministry's list of module I grants, the programme in full",
            ),
            (
                r(
                    "Klub Senior+ w Żółwinie zaprasza – zapisy dla osób po sześćdziesiątce",
                    "sops-brwinow",
                    "2017-10-09",
                    impl="ŚOPS w Brwinowie",
                ),
                "the welfare centre's news at the opening, the centre abbreviated, no sum",
            ),
            (
                r(
                    "Seniorzy z gminy Brwinów mają swój klub w remizie",
                    "gazeta-wpr",
                    "2017-12-05",
                    ben="gminy Brwinów",
                    grant="137000",
                ),
                "local news months later, the gmina in the genitive, the rounded grant",
            ),
            (
                r(
                    "Remont pomieszczeń w budynku OSP przy ul. Nadarzyńskiej 25 w Żółwinie na potrzeby klubu seniora",
                    "bip-brwinow",
                    "2017-07-12",
                    ben=GM_BRWINOW,
                    total="118500.00",
                ),
                "the BIP's request for quotes for the works, its estimate",
            ),
        ],
        [
            (
                r(
                    "Funkcjonowanie Klubu Senior+ w Żółwinie w 2018 roku",
                    "brwinow",
                    "2018-05-14",
                    ben=GM_BRWINOW,
                    total="64000",
                    grant="28800",
                    start="2018-01-01",
                    end="2018-12-31",
                    prog=SENIOR,
                ),
                "the next edition's module II, keeping the same club running",
                (0, 2, 3),
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert w Programie Wieloletnim „Senior+” – edycja 2017, moduł I",
                    "mrpips",
                    "2017-04-28",
                    ben="Gmina Nadarzyn",
                    grant="150000.00",
                    prog="Program Wieloletni „Senior+” na lata 2015-2020",
                ),
                "the neighbouring gmina on the same list, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Utworzenie Klubu Seniora w Brwinowie (2019)",
                    "brwinow",
                    "2019-06-17",
                    ben=GM_BRWINOW,
                    total="210400",
                    grant="150000",
                    start="2019-01-01",
                    end="2019-12-31",
                    prog=SENIOR,
                ),
                "the same gmina's second club from a later edition, a near-identical headline",
                (0, 4),
            ),
            (
                r(
                    "Przebudowa strażnicy OSP w Żółwinie z pomocą samorządu województwa",
                    "brwinow",
                    "2017-08-03",
                    ben=GM_BRWINOW,
                    grant="100000",
                ),
                "the same gmina's other works in the same building in the same months, another funder",
                (4, 3, 0),
            ),
            (
                r(
                    "Klub Senior+ w Podkowie Leśnej otwarty",
                    "podkowalesna",
                    "2017-11-20",
                    ben="Miasto Podkowa Leśna",
                    total="170000",
                    grant="136000",
                    prog=SENIOR,
                ),
                "the neighbouring town's club from the same edition, sums near the seed's",
                (0, 2, 3),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2022 w Gminie Brwinów",
                    "sops-brwinow",
                    "2022-03-10",
                    impl=SOPS_BRWINOW,
                    grant="46000.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same welfare centre's other senior programme, years later",
                (2, 3, 0),
            ),
        ],
    ),
    (
        "Gdańsk: PSONI's city-commissioned personal assistance, edition 2022 (b13-psoni-gdansk-asystent-osobisty-2022)",
        [
            (
                r(
                    "Zadanie publiczne „Gdański asystent osobisty osoby z niepełnosprawnościami 2022” w realizacji",
                    "psoni-gdansk",
                    impl=PSONI_GDANSK,
                    grant="926500",
                    start="2022-03-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the passage restated (the association's page)",
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert na realizację zadania „Gdański asystent osobisty osoby "
                    "z niepełnosprawnościami 2022”",
                    "mopr-gdansk",
                    "2022-02-25",
                    impl=PSONI_GDANSK,
                    grant="926500.00",
                    prog="Asystent osobisty osoby z niepełnosprawnością – edycja 2022",
                ),
                "the city's welfare centre's contest result",
            ),
            (
                r(
                    "Asystent pomoże w codziennych sprawach – PSONI szuka chętnych",
                    "trojmiasto",
                    "2022-03-08",
                    impl="PSONI Koło w Gdańsku",
                ),
                "local news at the start, the association abbreviated, no sum",
            ),
            (
                r(
                    "Podsumowanie projektu Gdański asystent osobisty 2022",
                    "psoni-gdansk",
                    "2023-01-30",
                    impl=PSONI_GDANSK,
                    total="918740.00",
                    end="2022-12-31",
                ),
                "the association's summary weeks later, the spent sum",
            ),
            (
                r(
                    "Asystenci osobiści dla gdańszczan z niepełnosprawnościami – ruszył program",
                    "gdansk-pl",
                    "2022-03-02",
                    impl="Polskiego Stowarzyszenia na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Gdańsku",
                    grant="926500",
                    prog="AOON 2022",
                ),
                "the city's news, the association in the genitive, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Zadanie publiczne „Gdański asystent osobisty osoby z niepełnosprawnościami 2023” w realizacji",
                    "psoni-gdansk",
                    "2023-03-06",
                    impl=PSONI_GDANSK,
                    grant="1140000",
                    start="2023-03-01",
                    end="2023-12-31",
                    prog=AOON,
                ),
                "the next edition of the same task, a near-identical headline",
                (0, 3, 1),
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert na realizację zadania „Gdański asystent osobisty osoby "
                    "z niepełnosprawnościami 2022” – część II",
                    "mopr-gdansk",
                    "2022-02-25",
                    impl="Fundacja Oparcia Społecznego Aleksandria",
                    grant="412000.00",
                    prog="Asystent osobisty osoby z niepełnosprawnością – edycja 2022",
                ),
                "another NGO given the contest's other part, a near-identical headline",
                (1, 0),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością 2022 – PSONI Koło w Gdyni",
                    "psoni-gdynia",
                    "2022-03-15",
                    impl="Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Gdyni",
                    grant="480000",
                    start="2022-03-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the same association's circle in the neighbouring city, the same edition and months",
                (0, 4),
            ),
            (
                r(
                    "Opieka wytchnieniowa 2022 – PSONI Koło w Gdańsku zaprasza opiekunów",
                    "psoni-gdansk",
                    "2022-04-11",
                    impl=PSONI_GDANSK,
                    grant="310000",
                    start="2022-04-01",
                    end="2022-12-31",
                    prog="Opieka wytchnieniowa",
                ),
                "the same association's other Solidarity Fund programme of the same year",
                (0, 2, 3),
            ),
            (
                r(
                    "Asystent osobisty dla dzieci z niepełnosprawnościami – MOPR w Gdańsku",
                    "mopr-gdansk",
                    "2022-03-21",
                    impl="Miejski Ośrodek Pomocy Rodzinie w Gdańsku",
                    grant="600000",
                    prog=AOON,
                ),
                "the city welfare centre's own assistance for children, the same programme and year",
                (4, 2, 0),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej 2019 – PSONI Koło w Gdańsku",
                    "psoni-gdansk",
                    "2019-07-01",
                    impl=PSONI_GDANSK,
                    grant="540000",
                    prog="Asystent osobisty osoby niepełnosprawnej",
                ),
                "the pilot edition of the programme at the same association",
                (0, 1, 3),
            ),
        ],
    ),
    (
        "Gąbin: the town-and-gmina's Opieka 75+, edition 2023 (b9-gabin-opieka-75-2023)",
        [
            (
                r(
                    "Program rządowy „Opieka 75+” edycja 2023 w Mieście i Gminie Gąbin",
                    "gabin",
                    ben=MIG_GABIN,
                    impl=MGOPS_GABIN,
                    grant="28846.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog=OPIEKA75,
                ),
                "the passage restated (the town's projects page; the agreement's number is no label)",
            ),
            (
                r(
                    "Wykaz gmin z dotacją w programie „Opieka 75+” na 2023 rok",
                    "uw-warszawa",
                    "2023-06-02",
                    ben=MIG_GABIN,
                    grant="28846.00",
                    prog="Program „Opieka 75+” na rok 2023",
                ),
                "the wojewoda's list of the year's grants",
            ),
            (
                r(
                    "Usługi opiekuńcze dla osób 75+ w 2023 roku",
                    "mgops-gabin",
                    "2023-07-04",
                    impl="MGOPS w Gąbinie",
                    prog=OPIEKA75,
                ),
                "the welfare centre's page, the centre abbreviated, no sum",
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu Opieka 75+ za 2023 r.",
                    "bip-gabin",
                    "2024-01-26",
                    ben="Gmina Gąbin",
                    total="58120.00",
                    grant="28846.00",
                    prog=OPIEKA75,
                ),
                "the BIP's report months later, the whole cost, the body shortened",
            ),
            (
                r(
                    "Gąbin: 28,8 tys. zł na opiekę dla seniorów",
                    "tygodnik-plocki",
                    "2023-06-22",
                    ben="Miastu i Gminie Gąbin",
                    grant="28800",
                ),
                "local news, the body in the dative, the rounded sum",
            ),
        ],
        [
            (
                r(
                    "Program rządowy „Opieka 75+” edycja 2022 w Mieście i Gminie Gąbin",
                    "gabin",
                    "2022-06-20",
                    ben=MIG_GABIN,
                    impl=MGOPS_GABIN,
                    grant="26730.00",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=OPIEKA75,
                ),
                "the previous edition, a near-identical headline",
                (0, 2, 3),
            ),
            (
                r(
                    "Wykaz gmin z dotacją w programie „Opieka 75+” na 2023 rok",
                    "uw-warszawa",
                    "2023-06-02",
                    ben="Gmina Słubice",
                    grant="28846.00",
                    prog="Program „Opieka 75+” na rok 2023",
                ),
                "the neighbouring gmina on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2023 – opaski bezpieczeństwa dla seniorów z Gąbina",
                    "mgops-gabin",
                    "2023-05-18",
                    impl=MGOPS_GABIN,
                    grant="18900.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same welfare centre's other senior programme of the same year",
                (0, 2),
            ),
            (
                r(
                    "Posiłek w szkole i w domu – Gąbin z dotacją na 2023 rok",
                    "gabin",
                    "2023-04-12",
                    ben=MIG_GABIN,
                    grant="64000.00",
                    prog="Posiłek w szkole i w domu",
                ),
                "the same body's other government programme of the same year",
                (2, 3),
            ),
            (
                r(
                    "Program rządowy „Opieka 75+” edycja 2023 w Gminie Sanniki",
                    "sanniki",
                    "2023-06-19",
                    ben="Gmina Sanniki",
                    grant="21500.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog=OPIEKA75,
                ),
                "the neighbouring gmina's same edition, a near-identical headline",
                (0, 4, 1),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023 w Mieście i Gminie Gąbin",
                    "gabin",
                    "2023-05-08",
                    ben=MIG_GABIN,
                    impl=MGOPS_GABIN,
                    grant="96000.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog="Opieka wytchnieniowa",
                ),
                "the same body's other care programme of the same year, a like headline",
                (0, 3, 4),
            ),
        ],
    ),
    (
        "Jakubów: RFIL for former PGR villages, rural day rooms and a boiler house in Rządza "
        "(b12-jakubow-rfil-pgr-swietlice-rzadza)",
        [
            (
                r(
                    "Utworzenie świetlic wiejskich wraz z opracowaniem dokumentacji projektowej i przebudową kotłowni "
                    "centralnego ogrzewania dla trzech budynków wielorodzinnych w Rządzy",
                    "jakubow",
                    ben=GM_JAKUBOW,
                    grant="600000.00",
                    prog=RFIL,
                ),
                "the passage restated (the gmina's page)",
            ),
            (
                r(
                    "Podział środków RFIL dla gmin, w których działały zlikwidowane państwowe przedsiębiorstwa "
                    "gospodarki rolnej",
                    "gov-rfil",
                    "2021-01-20",
                    ben=GM_JAKUBOW,
                    grant="600000",
                    prog="Rządowy Fundusz Inwestycji Lokalnych – gminy popegeerowskie",
                ),
                "the government's list of the PGR pool",
            ),
            (
                r(
                    "Świetlice i nowa kotłownia dla bloków w Rządzy",
                    "minsk-news",
                    "2021-06-15",
                    ben="Gminy Jakubów",
                ),
                "local news, the gmina in the genitive, no sum",
            ),
            (
                r(
                    "Przebudowa kotłowni c.o. dla budynków wielorodzinnych w Rządzy oraz adaptacja pomieszczeń na "
                    "świetlice – przetarg",
                    "bip-jakubow",
                    "2021-08-03",
                    ben=GM_JAKUBOW,
                    total="742000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Świetlice w Rządzy otwarte – inwestycja z RFIL zakończona",
                    "jakubow",
                    "2022-05-10",
                    ben=GM_JAKUBOW,
                    total="781360.52",
                    grant="600000.00",
                    prog="RFIL",
                ),
                "the gmina's news at the end, the spent sum, the fund abbreviated",
            ),
        ],
        [
            (
                r(
                    "Gmina Jakubów z dofinansowaniem z RFIL na przebudowę drogi w Szczytniku",
                    "jakubow",
                    "2020-12-02",
                    ben=GM_JAKUBOW,
                    grant="1100000.00",
                    prog=RFIL,
                ),
                "the same gmina's earlier grant from the fund's general pool",
                (0, 1, 4),
            ),
            (
                r(
                    "Podział środków RFIL dla gmin, w których działały zlikwidowane państwowe przedsiębiorstwa "
                    "gospodarki rolnej",
                    "gov-rfil",
                    "2021-01-20",
                    ben="Gmina Stanisławów",
                    grant="600000",
                    prog="Rządowy Fundusz Inwestycji Lokalnych – gminy popegeerowskie",
                ),
                "the neighbouring gmina on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Utworzenie świetlicy wiejskiej w Jakubowicach Konińskich",
                    "niemce",
                    "2021-04-09",
                    ben="Gmina Niemce",
                    grant="600000.00",
                    prog=RFIL,
                ),
                "a village of a like name in another gmina, the same pool and sum",
                (0, 2),
            ),
            (
                r(
                    "Granty PPGR – laptopy dla uczniów z rodzin popegeerowskich z gminy Jakubów",
                    "jakubow",
                    "2022-03-22",
                    ben=GM_JAKUBOW,
                    grant="180000.00",
                    prog="POPC 2014-2020",
                ),
                "the same gmina's other grant for former PGR families, another programme",
                (0, 2, 1),
            ),
            (
                r(
                    "Termomodernizacja budynków wielorodzinnych w Rządzy – etap II",
                    "jakubow",
                    "2023-04-18",
                    ben=GM_JAKUBOW,
                    grant="2400000.00",
                    prog=PIS,
                ),
                "a later stage on the same blocks from another fund",
                (0, 3, 4),
            ),
            (
                r(
                    "Utworzenie świetlicy wiejskiej w Mistowie",
                    "jakubow",
                    "2021-07-06",
                    ben=GM_JAKUBOW,
                    total="320000.00",
                    prog="PROW 2014-2020",
                ),
                "the same gmina's other day room of the same months in another village",
                (3, 2),
            ),
        ],
    ),
    (
        "Rogóźno: a Polski Ład voucher for the gmina's roads, stage I (news-rogozno-polski-lad-voucher-2022)",
        [
            (
                r(
                    "Voucher w wysokości 5 000 000 zł z Rządowego Funduszu Polski Ład Program Inwestycji "
                    "Strategicznych.",
                    "ug-rogozno",
                    ben=GM_ROGOZNO,
                    grant="5000000",
                    prog=PIS,
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Wyniki naboru – Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych, województwo "
                    "kujawsko-pomorskie",
                    "gov-pis",
                    "2022-05-30",
                    ben=GM_ROGOZNO,
                    grant="5000000.00",
                    prog="Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych",
                ),
                "the government's list of the round",
            ),
            (
                r(
                    "Promesy Polskiego Ładu wręczone w Toruniu",
                    "kujawsko-pomorski-uw",
                    "2022-06-10",
                    ben="gminy Rogóźno",
                    grant="5000000",
                ),
                "the wojewoda's news of the ceremony, the gmina in the genitive",
            ),
            (
                r(
                    "Przebudowa dróg gminnych na terenie Gminy Rogóźno – etap I: przetarg nieograniczony",
                    "bip-rogozno",
                    "2022-09-14",
                    ben=GM_ROGOZNO,
                    total="5380000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Nowe asfalty w gminie Rogóźno – pierwsze odcinki gotowe",
                    "grudziadz-news",
                    "2023-07-20",
                    ben="Gminie Rogóźno",
                    prog="Polski Ład",
                ),
                "local news a year later, the gmina in the locative, the fund abbreviated, no sum",
            ),
        ],
        [
            (
                r(
                    "Przebudowa dróg gminnych na terenie Gminy Rogóźno – etap II",
                    "ug-rogozno",
                    "2023-02-07",
                    ben=GM_ROGOZNO,
                    grant="4750000.00",
                    prog=PIS,
                ),
                "the next stage of the same roads from a later round",
                (0, 3, 4),
            ),
            (
                r(
                    "Voucher z Polskiego Ładu dla Rogoźna – 5 mln zł na drogi",
                    "rogozno-wlkp",
                    "2022-06-09",
                    ben="Gmina Rogoźno",
                    grant="5000000",
                    prog=PIS,
                ),
                "a gmina of a like name in Wielkopolska, the same round and the same sum",
                (0, 2),
            ),
            (
                r(
                    "Wyniki naboru – Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych, województwo "
                    "kujawsko-pomorskie",
                    "gov-pis",
                    "2022-05-30",
                    ben="Gmina Gruta",
                    grant="5000000.00",
                    prog="Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych",
                ),
                "the neighbouring gmina on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Budowa sieci wodociągowej w Rogóźnie-Zamku z Polskiego Ładu",
                    "ug-rogozno",
                    "2022-06-21",
                    ben=GM_ROGOZNO,
                    grant="2850000.00",
                    prog=PIS,
                ),
                "the same gmina's other task of the same round",
                (0, 1, 2),
            ),
            (
                r(
                    "Przebudowa drogi gminnej Rogóźno – Szembruczek z Funduszu Dróg Samorządowych",
                    "ug-rogozno",
                    "2020-05-26",
                    ben=GM_ROGOZNO,
                    grant="1200000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same gmina's earlier road from another fund",
                (3, 4, 0),
            ),
            (
                r(
                    "Voucher w wysokości 3 000 000 zł z Rządowego Funduszu Polski Ład Program Inwestycji "
                    "Strategicznych.",
                    "um-lasin",
                    "2022-06-13",
                    ben="Gmina Łasin",
                    grant="3000000",
                    prog=PIS,
                ),
                "the neighbouring gmina's voucher from the same ceremony, a near-identical headline",
                (0, 2),
            ),
        ],
    ),
    (
        "Jawor: the powiat's PFRON 'Dostępna przestrzeń publiczna' works at its office "
        "(b18-jaworskie-pfron-dostepna-przestrzen-starostwo-2024)",
        [
            (
                r(
                    "Modernizacja ciągów komunikacyjnych i parkingu przy Starostwie Powiatowym w Jaworze w celu "
                    "likwidacji barier dla osób niepełnosprawnych",
                    "powiat-jaworski",
                    "2024-05-17",
                    total="555501.86",
                    grant="439550.75",
                    start="2024-01-01",
                    end="2024-04-30",
                    prog=DPP,
                ),
                "the passage restated (the powiat's page; its headline 'PFRON' says nothing, so the task's name)",
            ),
            (
                r(
                    "Lista wniosków zakwalifikowanych do dofinansowania w programie „Dostępna przestrzeń publiczna”",
                    "pfron",
                    "2023-10-24",
                    ben=P_JAWOR,
                    grant="439550.75",
                    prog="Program „Dostępna przestrzeń publiczna”",
                ),
                "the fund's list",
            ),
            (
                r(
                    "Bez wysokich krawężników i z nowymi miejscami parkingowymi – przy starostwie łatwiej",
                    "jawor-info",
                    "2024-04-26",
                    ben="Powiatu Jaworskiego",
                    total="555500",
                ),
                "local news at the end of works, the powiat in the genitive, the rounded cost",
            ),
            (
                r(
                    "Przebudowa ciągów pieszych i parkingu przy budynku Starostwa Powiatowego w Jaworze – przetarg",
                    "bip-powiat-jaworski",
                    "2023-11-30",
                    ben=P_JAWOR,
                    total="598000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Informacja z posiedzenia Zarządu Powiatu – odbiór robót przy siedzibie starostwa",
                    "bip-powiat-jaworski",
                    "2024-05-08",
                    ben="Starostwo Powiatowe w Jaworze",
                    total="555501.86",
                    prog="DPP",
                ),
                "the board's minutes, the powiat by its office, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Lista wniosków zakwalifikowanych do dofinansowania w programie „Dostępna przestrzeń publiczna”",
                    "pfron",
                    "2023-10-24",
                    ben="Powiat Złotoryjski",
                    grant="412300.00",
                    prog="Program „Dostępna przestrzeń publiczna”",
                ),
                "the neighbouring powiat on the same list, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Aktywny samorząd 2024 – PCPR w Jaworze przyjmuje wnioski",
                    "pcpr-jawor",
                    "2024-03-04",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Jaworze",
                    grant="380000.00",
                    prog="Aktywny samorząd",
                ),
                "the same powiat's other PFRON programme of the same months",
                (0, 2),
            ),
            (
                r(
                    "Likwidacja barier przy Urzędzie Miejskim w Jaworze – dotacja PFRON",
                    "um-jawor",
                    "2024-06-11",
                    ben="Gmina Jawor",
                    total="420000.00",
                    grant="330000.00",
                    prog=DPP,
                ),
                "the town of the powiat's seat from the same programme, a like task at its own office",
                (0, 2, 3),
            ),
            (
                r(
                    "Termomodernizacja budynku Starostwa Powiatowego w Jaworze",
                    "powiat-jaworski",
                    "2024-03-19",
                    ben=P_JAWOR,
                    total="2400000.00",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "the same powiat's other works on the same building in the same months, another funder",
                (0, 3, 4),
            ),
            (
                r(
                    "Jaworzno: parking przy urzędzie miejskim dostępny dla osób z niepełnosprawnościami",
                    "jaworzno",
                    "2024-05-22",
                    ben="Miasto Jaworzno",
                    total="560000.00",
                    prog=DPP,
                ),
                "a city of a like name in another voivodeship, the same programme and a cost near the seed's",
                (0, 2),
            ),
            (
                r(
                    "Winda w Zespole Szkół w Jaworze – likwidacja barier z PFRON",
                    "powiat-jaworski",
                    "2022-09-12",
                    ben=P_JAWOR,
                    grant="140000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the same powiat's earlier PFRON barrier-removal project at a school",
                (0, 4),
            ),
        ],
    ),
    (
        "Tworóg: the low-emission programme (PONE) for 2018 from the WFOŚiGW in Katowice (eu-tworog-pone-wfos-2018)",
        [
            (
                r(
                    "Podpisanie umowy – PONE",
                    "tworog",
                    "2018-09-04",
                    ben=GM_TWOROG,
                    grant="158000.00",
                ),
                "the passage restated (the gmina's news; the residents' payments and own funds left out)",
            ),
            (
                r(
                    "Umowy dotacji zawarte w sierpniu 2018 r. – ochrona atmosfery",
                    "wfosigw-katowice",
                    "2018-08-31",
                    ben=GM_TWOROG,
                    grant="158000.00",
                ),
                "the fund's list of agreements",
            ),
            (
                r(
                    "Tworóg: nowe piece w domach mieszkańców z pomocą funduszu",
                    "tarnowskie-news",
                    "2018-09-12",
                    ben="Gminy Tworóg",
                    total="1050000",
                ),
                "local news, the gmina in the genitive, the whole cost as the three sources' sum",
            ),
            (
                r(
                    "Realizacja programu ograniczenia niskiej emisji na terenie Gminy Tworóg na rok 2018 – wybór "
                    "wykonawcy",
                    "bip-tworog",
                    "2018-06-18",
                    ben=GM_TWOROG,
                    total="1020000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "PONE 2018 rozliczony – 42 nowe źródła ciepła w gminie",
                    "tworog",
                    "2019-02-11",
                    ben=GM_TWOROG,
                    total="1038412.60",
                    grant="158000.00",
                    prog="PONE",
                ),
                "the gmina's settlement months later, the spent sum, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Realizacja programu ograniczenia niskiej emisji na terenie Gminy Tworóg na rok 2019 – umowa z "
                    "WFOŚiGW",
                    "tworog",
                    "2019-08-27",
                    ben=GM_TWOROG,
                    grant="171000.00",
                ),
                "the next year's edition of the same programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Podpisanie umowy – PONE",
                    "zbroslawice",
                    "2018-08-30",
                    ben="Gmina Zbrosławice",
                    grant="158000.00",
                ),
                "the neighbouring gmina's agreement with the same fund, the identical headline and sum",
                (0, 2),
            ),
            (
                r(
                    "Termomodernizacja Szkoły Podstawowej w Brynku z dotacją WFOŚiGW",
                    "tworog",
                    "2018-07-10",
                    ben=GM_TWOROG,
                    grant="240000.00",
                ),
                "the same gmina's other project from the same fund in the same months",
                (0, 3),
            ),
            (
                r(
                    "Usuwanie wyrobów zawierających azbest z terenu Gminy Tworóg w 2018 roku",
                    "tworog",
                    "2018-09-20",
                    ben=GM_TWOROG,
                    grant="21400.00",
                ),
                "the same gmina's yearly asbestos task from the same fund, the same year",
                (0, 2, 4),
            ),
            (
                r(
                    "Program ograniczenia niskiej emisji w Twardogórze – umowa z WFOŚiGW we Wrocławiu",
                    "twardogora",
                    "2018-09-06",
                    ben="Gmina Twardogóra",
                    grant="158000.00",
                ),
                "a gmina of a like name in another voivodeship, its own fund, the same sum",
                (0, 2),
            ),
            (
                r(
                    "Punkt konsultacyjny programu Czyste Powietrze w Urzędzie Gminy Tworóg",
                    "tworog",
                    "2021-03-15",
                    ben=GM_TWOROG,
                    grant="24000.00",
                    prog="Czyste Powietrze",
                ),
                "the same gmina's later programme for the same aim",
                (3, 4, 0),
            ),
        ],
    ),
    (
        "Wołowice: the village club's grant from the KLUB programme, edition 2022 (b23b-piastwolowice-klub-2022)",
        [
            (
                r(
                    "LKS Piast Wołowice beneficjentem programu KLUB 2022",
                    "piastwolowice",
                    ben=PIAST,
                    grant="10000",
                    prog=KLUB,
                ),
                "the passage restated (the club's news)",
            ),
            (
                r(
                    "Rządowy Program „KLUB” – edycja 2022: lista klubów z dofinansowaniem, województwo małopolskie",
                    "msit",
                    "2022-06-20",
                    ben="Ludowy Klub Sportowy Piast Wołowice",
                    grant="10000.00",
                    prog="Rządowy Program „KLUB” 2022",
                ),
                "the ministry's list, the club's name in full",
            ),
            (
                r(
                    "Kluby z gminy Czernichów w programie KLUB",
                    "czernichow",
                    "2022-07-01",
                    ben=PIAST,
                    grant="10000",
                    prog=KLUB,
                ),
                "the gmina's news of its clubs' grants",
            ),
            (
                r(
                    "Nowe bramki i piłki dla młodzików",
                    "piastwolowice",
                    "2022-10-14",
                    ben="LKS Piast",
                    prog=KLUB,
                ),
                "the club's news of the purchases, its name shortened, no sum",
            ),
            (
                r(
                    "Rozliczenie dotacji z programu KLUB 2022",
                    "piastwolowice",
                    "2023-01-18",
                    ben=PIAST,
                    total="11250.00",
                    grant="10000.00",
                    prog=KLUB,
                ),
                "the club's settlement months later, the whole cost",
            ),
        ],
        [
            (
                r(
                    "LKS Piast Wołowice beneficjentem programu KLUB 2023",
                    "piastwolowice",
                    "2023-06-29",
                    ben=PIAST,
                    grant="10000",
                    prog=KLUB,
                ),
                "the next edition for the same club, the same sum and a near-identical headline",
                (0, 4, 1),
            ),
            (
                r(
                    "Rządowy Program „KLUB” – edycja 2022: lista klubów z dofinansowaniem, województwo małopolskie",
                    "msit",
                    "2022-06-20",
                    ben="Uczniowski Klub Sportowy Czernichów",
                    grant="10000.00",
                    prog="Rządowy Program „KLUB” 2022",
                ),
                "another club of the same gmina on the same list with the very same sum",
                (1, 0, 2),
            ),
            (
                r(
                    "KS Piast Wołów z dotacją z programu KLUB 2022",
                    "piast-wolow",
                    "2022-06-27",
                    ben="KS Piast Wołów",
                    grant="10000",
                    prog=KLUB,
                ),
                "a club of a like name in a like-named town elsewhere, the same edition and sum",
                (0, 1),
            ),
            (
                r(
                    "Dotacja gminy Czernichów dla LKS Piast Wołowice na 2022 rok",
                    "czernichow",
                    "2022-02-10",
                    ben=PIAST,
                    grant="18000.00",
                ),
                "the same club's yearly grant from its gmina's contest, the same year",
                (0, 2, 3),
            ),
            (
                r(
                    "Modernizacja boiska w Wołowicach z programu Małopolska Infrastruktura Rekreacyjno-Sportowa",
                    "czernichow",
                    "2022-09-05",
                    ben="Gmina Czernichów",
                    grant="60000.00",
                    prog="Małopolska Infrastruktura Rekreacyjno-Sportowa",
                ),
                "the gmina's works on the club's pitch in the same months, another funder",
                (3, 4),
            ),
            (
                r(
                    "LKS Piast Wołowice z dofinansowaniem w programie KLUB 2021",
                    "piastwolowice",
                    "2021-07-02",
                    ben=PIAST,
                    grant="10000",
                    prog=KLUB,
                ),
                "the previous edition for the same club, the same sum",
                (0, 2),
            ),
        ],
    ),
    (
        "Kock: the culture house's stage roof and sound gear, „Na pełnej kulturze”, Infrastruktura domów kultury 2023 "
        "(b11-dk-kock-infrastruktura-domow-kultury-2023)",
        [
            (
                r(
                    "„Na pełnej kulturze” w programie Infrastruktura Domów Kultury 2023",
                    "dk-kock",
                    ben=DK_KOCK,
                    total="189617.80",
                    grant="149874.00",
                    prog=IDK,
                ),
                "the passage restated (the culture house's page; its headline is the programme's name, so the "
                "line under it)",
            ),
            (
                r(
                    "Wyniki naboru w programie Infrastruktura domów kultury 2023 – lista beneficjentów",
                    "nck",
                    "2023-09-07",
                    ben=DK_KOCK,
                    grant="149874.00",
                    prog="Infrastruktura domów kultury – edycja 2023",
                ),
                "the NCK's list",
            ),
            (
                r(
                    "Zadaszenie sceny, nagłośnienie i światła dla kockiego domu kultury",
                    "kock",
                    "2023-12-12",
                    ben="Domu Kultury w Kocku",
                    total="189617.80",
                ),
                "the gmina's news when the gear arrived, the house shortened and in the genitive",
            ),
            (
                r(
                    "Kock: prawie 150 tys. zł na sprzęt dla domu kultury",
                    "lubartow-news",
                    "2023-09-15",
                    ben="Domowi Kultury w Kocku",
                    grant="150000",
                ),
                "powiat news, the house in the dative, the rounded grant",
            ),
            (
                r(
                    "Zapytanie ofertowe – dostawa zadaszenia scenicznego oraz sprzętu nagłośnieniowego i "
                    "oświetleniowego",
                    "dk-kock",
                    "2023-10-05",
                    ben="Dom Kultury w Kocku",
                    total="188000.00",
                ),
                "the house's request for quotes, the estimate",
            ),
        ],
        [
            (
                r(
                    "Dom Kultury w Kocku z dotacją z programu EtnoPolska 2023",
                    "dk-kock",
                    "2023-05-16",
                    ben=DK_KOCK,
                    grant="40000.00",
                    prog="EtnoPolska",
                ),
                "the same house's other NCK grant of the same year",
                (0, 2, 3),
            ),
            (
                r(
                    "Infrastruktura domów kultury 2024 – kolejna dotacja dla domu kultury w Kocku",
                    "dk-kock",
                    "2024-08-29",
                    ben=DK_KOCK,
                    grant="120000.00",
                    prog=IDK,
                ),
                "the next edition for the same house, a like headline",
                (0, 1, 4),
            ),
            (
                r(
                    "Wyniki naboru w programie Infrastruktura domów kultury 2023 – lista beneficjentów",
                    "nck",
                    "2023-09-07",
                    ben="Gminny Ośrodek Kultury w Firleju",
                    grant="149800.00",
                    prog="Infrastruktura domów kultury – edycja 2023",
                ),
                "a neighbouring gmina's culture house on the same list with a sum near the seed's",
                (1, 3),
            ),
            (
                r(
                    "„Na pełnej kulturze” – Gminny Ośrodek Kultury w Kodniu z dotacją z Infrastruktury domów kultury",
                    "gok-koden",
                    "2023-09-20",
                    ben="Gminny Ośrodek Kultury w Kodniu",
                    grant="98000.00",
                    prog=IDK,
                ),
                "a culture house of a like-sounding place with a task of the same name, the same edition",
                (0, 2),
            ),
            (
                r(
                    "Pałac Jabłonowskich w Kocku – dotacja z Rządowego Programu Odbudowy Zabytków",
                    "kock",
                    "2023-07-11",
                    ben="Gmina Kock",
                    grant="3500000.00",
                    prog="Rządowy Program Odbudowy Zabytków",
                ),
                "the gmina's other culture investment of the same year, the patron's family name",
                (0, 2, 4),
            ),
            (
                r(
                    "Nowe krzesła w sali widowiskowej – Infrastruktura domów kultury 2019",
                    "dk-kock",
                    "2019-10-02",
                    ben=DK_KOCK,
                    grant="60000.00",
                    prog=IDK,
                ),
                "an earlier edition for the same house",
                (0, 4),
            ),
        ],
    ),
    (
        "Gorlice: the powiat's MSWiA promesa for the road Uście Gorlickie – Czarna – Śnietnica in Czarna "
        "(b17-powiat-gorlicki-promesa-mswia-czarna)",
        [
            (
                r(
                    "Minister Spraw Wewnętrznych i Administracji przyznał małopolskim samorządom promesy na usuwanie "
                    "skutków klęsk żywiołowych",
                    "powiat-gorlicki",
                    ben=P_GORLICE,
                    grant="840000",
                ),
                "the passage restated (the powiat's news, its lead sentence: the passage has no headline)",
            ),
            (
                r(
                    "Promesy na usuwanie skutków klęsk żywiołowych wręczone w Tarnowie",
                    "uw-krakow",
                    "2019-06-14",
                    ben=P_GORLICE,
                    grant="840000.00",
                ),
                "the wojewoda's news of the ceremony",
            ),
            (
                r(
                    "Remont drogi powiatowej Uście Gorlickie – Czarna – Śnietnica w m. Czarna – przetarg",
                    "bip-zdp-gorlice",
                    "2019-07-18",
                    ben=P_GORLICE,
                    total="1052000.00",
                ),
                "the powiat road authority's tender, the estimate",
            ),
            (
                r(
                    "Droga przez Czarną po remoncie",
                    "uscie-gorlickie",
                    "2019-11-05",
                    ben="Powiatu Gorlickiego",
                ),
                "the gmina's news at the end, the powiat in the genitive, no sum",
            ),
            (
                r(
                    "840 tysięcy złotych od MSWiA na drogę w Czarnej",
                    "gorlice-news",
                    "2019-06-17",
                    ben="powiatu gorlickiego",
                    grant="840000",
                ),
                "local news, the powiat in the genitive, the sum in the headline",
            ),
        ],
        [
            (
                r(
                    "Promesy na usuwanie skutków klęsk żywiołowych wręczone w Tarnowie",
                    "uw-krakow",
                    "2019-06-14",
                    ben="Gmina Ryglice",
                    grant="500000.00",
                ),
                "another unit given a promesa at the same ceremony, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Promesa MSWiA dla Powiatu Gorlickiego – odbudowa drogi w Wysowej",
                    "powiat-gorlicki",
                    "2020-07-09",
                    ben=P_GORLICE,
                    grant="900000",
                ),
                "the same powiat's next year's promesa for a road in another village",
                (0, 4, 2),
            ),
            (
                r(
                    "Gmina Czarna z promesą MSWiA na odbudowę drogi",
                    "gmina-czarna",
                    "2019-06-20",
                    ben="Gmina Czarna",
                    grant="840000",
                ),
                "a gmina named like the seed's village, in another voivodeship, the very same sum",
                (0, 3, 4),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej Uście Gorlickie – Wysowa z Funduszu Dróg Samorządowych",
                    "powiat-gorlicki",
                    "2019-09-24",
                    ben=P_GORLICE,
                    grant="2100000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same powiat's other road in the same gmina, another fund",
                (2, 3),
            ),
            (
                r(
                    "Promesa dla Gminy Uście Gorlickie na drogę gminną w Czarnej",
                    "uscie-gorlickie",
                    "2021-06-18",
                    ben="Gmina Uście Gorlickie",
                    grant="300000",
                ),
                "the gmina's own later promesa for another road in the same village",
                (0, 3),
            ),
            (
                r(
                    "MSWiA: 1,2 mln zł dla Powiatu Gorlickiego na usuwanie skutków klęsk żywiołowych",
                    "powiat-gorlicki",
                    "2018-07-12",
                    ben=P_GORLICE,
                    grant="1200000",
                ),
                "the same powiat's previous year's promesa",
                (0, 1),
            ),
        ],
    ),
    (
        "Kosów Lacki: the voivodeship's 1,2 mln zł for the new town hall in the old health centre "
        "(b15a-kosowlacki-dotacja-mazowsze-siedziba-urzedu-2022)",
        [
            (
                r(
                    "1,2 mln zł dotacji dla Gminy Kosów Lacki",
                    "kosowlacki",
                    "2022-09-02",
                    ben=GM_KOSOW,
                    grant="1200000",
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Umowy o pomocy finansowej z gminami subregionu siedleckiego podpisane",
                    "mazovia",
                    "2022-09-01",
                    ben="Miasto i Gmina Kosów Lacki",
                    grant="1200000.00",
                ),
                "the voivodeship's news of the signing, the body's other name",
            ),
            (
                r(
                    "Dawny ośrodek zdrowia w Kosowie Lackim zamieni się w urząd",
                    "sokolow-news",
                    "2022-09-08",
                    ben="gminy Kosów Lacki",
                    grant="1200000",
                ),
                "local news, the gmina in the genitive",
            ),
            (
                r(
                    "Przebudowa budynku dawnego ośrodka zdrowia na siedzibę Urzędu Miasta i Gminy Kosów Lacki wraz z "
                    "wyposażeniem – przetarg",
                    "bip-kosowlacki",
                    "2022-10-19",
                    ben=GM_KOSOW,
                    total="3450000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Urząd Miasta i Gminy w nowej siedzibie – otwarcie po przebudowie",
                    "kosowlacki",
                    "2023-11-14",
                    ben="Miasto i Gmina Kosów Lacki",
                    total="3612480.55",
                    grant="1200000.00",
                ),
                "the gmina's news at the opening a year later, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Mazowiecki Instrument Aktywizacji Sołectw 2022 – pięć sołectw gminy Kosów Lacki z dotacją",
                    "kosowlacki",
                    "2022-07-05",
                    ben=GM_KOSOW,
                    grant="50000.00",
                    prog="Mazowiecki Instrument Aktywizacji Sołectw",
                ),
                "the same gmina's other voivodeship grant of the same months",
                (0, 1),
            ),
            (
                r(
                    "Umowy o pomocy finansowej z gminami subregionu siedleckiego podpisane",
                    "mazovia",
                    "2022-09-01",
                    ben="Gmina Sterdyń",
                    grant="1200000.00",
                ),
                "the neighbouring gmina at the same signing with the very same sum, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "1,2 mln zł dotacji dla Gminy Sokołów Podlaski",
                    "gmina-sokolow",
                    "2022-09-05",
                    ben="Gmina Sokołów Podlaski",
                    grant="1200000",
                ),
                "the rural gmina named like the powiat's seat, the same sum, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Termomodernizacja ośrodka zdrowia w Kosowie Lackim",
                    "kosowlacki",
                    "2014-10-21",
                    ben=GM_KOSOW,
                    total="860000.00",
                    prog="RPO WM 2007-2013",
                ),
                "an earlier project on the same building while it was a health centre",
                (0, 3),
            ),
            (
                r(
                    "Przebudowa ulic w Kosowie Lackim z Polskiego Ładu",
                    "kosowlacki",
                    "2022-08-16",
                    ben=GM_KOSOW,
                    grant="4000000.00",
                    prog=PIS,
                ),
                "the same gmina's other investment of the same months, another funder",
                (0, 2, 4),
            ),
            (
                r(
                    "Budowa nowego ośrodka zdrowia w Kosowie Lackim",
                    "kosowlacki",
                    "2021-03-30",
                    ben=GM_KOSOW,
                    grant="2000000.00",
                    prog=RFIL,
                ),
                "the new health centre whose move freed the building, another fund",
                (2, 3, 4),
            ),
        ],
    ),
    (
        "Żytkiejmy: the association's Święto Sękacza 2015 from the marshal's culture contest "
        "(b15b-zytkiejmy-swieto-sekacza-dotacja-marszalka-2015)",
        [
            (
                r(
                    "5 tysięcy złotych od marszałka na Święto Sękacza",
                    "zytkiejmy",
                    "2015-03-12",
                    ben=STRUGA,
                    grant="5000",
                ),
                "the passage restated (the association's news; the contest's 300 000 zł for all winners left out)",
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert z zakresu kultury i ochrony dziedzictwa kulturowego na "
                    "2015 rok",
                    "warmia-mazury",
                    "2015-03-05",
                    ben=STRUGA,
                    grant="5000.00",
                ),
                "the marshal's office's contest result",
            ),
            (
                r(
                    "W sobotę Święto Sękacza w Żytkiejmach – degustacja i konkursy",
                    "goldap-news",
                    "2015-08-12",
                    ben="Stowarzyszenia „Żytkiejmska Struga”",
                ),
                "local news before the day, the association in the genitive, no sum",
            ),
            (
                r(
                    "Święto Sękacza 2015 dofinansowane przez Samorząd Województwa Warmińsko-Mazurskiego",
                    "dubeninki",
                    "2015-08-18",
                    ben="Stowarzyszenie Żytkiejmska Struga",
                ),
                "the gmina's page after the day, the name without quotes",
            ),
            (
                r(
                    "Sprawozdanie z realizacji zadania publicznego „Święto Sękacza 2015”",
                    "zytkiejmy",
                    "2015-10-09",
                    ben=STRUGA,
                    total="7850.00",
                    grant="5000.00",
                ),
                "the association's report months later, the whole cost",
            ),
        ],
        [
            (
                r(
                    "Święto Sękacza 2016 znów z dotacją marszałka",
                    "zytkiejmy",
                    "2016-03-15",
                    ben=STRUGA,
                    grant="5000",
                ),
                "the next year's edition of the same feast, the same sum",
                (0, 1, 4),
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert z zakresu kultury i ochrony dziedzictwa kulturowego na "
                    "2015 rok",
                    "warmia-mazury",
                    "2015-03-05",
                    ben="Stowarzyszenie Przyjaciół Ziemi Gołdapskiej",
                    grant="5000.00",
                ),
                "another NGO of the same powiat on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Powiat Gołdapski wspiera warsztaty rękodzieła w Żytkiejmach",
                    "powiat-goldap",
                    "2015-04-02",
                    ben=STRUGA,
                    grant="2000.00",
                ),
                "the same association's other task of the same year from the powiat",
                (0, 2),
            ),
            (
                r(
                    "Święto Sękacza w Szypliszkach z dotacją z budżetu województwa podlaskiego",
                    "szypliszki",
                    "2015-07-21",
                    ben="Gminny Ośrodek Kultury w Szypliszkach",
                    grant="5000",
                ),
                "a feast of the same name in another voivodeship, the same sum",
                (0, 2, 3),
            ),
            (
                r(
                    "Żytkiejmska Struga z grantem Działaj Lokalnie na plac zabaw",
                    "zytkiejmy",
                    "2015-06-23",
                    ben=STRUGA,
                    grant="6000.00",
                    prog="Działaj Lokalnie",
                ),
                "the same association's other project of the same year, another funder",
                (0, 3),
            ),
            (
                r(
                    "Święto Sękacza 2014 z pomocą marszałka",
                    "zytkiejmy",
                    "2014-03-20",
                    ben=STRUGA,
                    grant="4000",
                ),
                "the previous year's edition of the same feast",
                (0, 4, 1),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round18.jsonl", "r18s", ROUND18)


if __name__ == "__main__":
    main()
