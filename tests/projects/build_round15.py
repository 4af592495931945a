"""Builds pairs_round15.jsonl: a fifteenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 14 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round14.py name theirs), and from
none of the prospective gates' batches (b19, b24, b26, b28): b13-sck-stargard-greifswald-artfestiwal,
b22a-biplask-rpo-wl-modernizacja-transportu-refundacja, b25-mops-nowysacz-kooperacje-3d-umowa-2020,
nc-gops-zlawies-opieka-wytchnieniowa-2022, b12-slopnice-aoon-2022, b16b-kalwaria24-stryszow-klub-senior-plus,
b11-gops-gorlice-posilek-2024, b15a-pilzno-polski-lad-zawislocze-5-mln, b10-wola-krzysztoporska-2-mln-kanalizacja,
b16a-wielbark-osp-doposazenie-wfosigw-2019, b21b-zskdlugosz-uks-fzsdu-2020,
b9-sokolka-powiat-szudzialowo-droga-1273b-2018, b16a-lichnowy-boisko-kontrakt-wojewodzki-i-etap and
b17-pleszew-naszemiasto-chocz-droga-brudzewek (a culture centre's Interreg VI-A small project with its German
partner town, a town's RPO WŁ public-transport project seen in a budget resolution, a MOPS's share of a ROPS's
PO WER project, Opieka wytchnieniowa at a GOPS, Asystent osobisty, a Senior+ club's creation, Posiłek w szkole i
w domu in a rural gmina named like its town, a Polski Ład (PIS) grant for two culture buildings, a government
grant for sewers over four years, an OSP gear grant from a WFOŚiGW, a school sports club's grant from the
ministry's contest, a powiat road with its gmina's aid, a sports pitch's stage I from a voivodeship's contract and
a gmina's farm road paid by the marshal).

The first variant restates the passage (its headline, or the URL's headline when the text has none, as the title;
for Gorlice its lead sentence, since its headline is an earlier round's title;
its hand labels as the fields, `published` only when the passage states it; one sum of a kind where the passage
labels several: for the UKS the 2020 grant, not the earlier years'; sums the labels call `other`, Łask's refund
lines, the national totals of Opieka wytchnieniowa and of the sewer money, Pilzno's requested 83 mln zł, are left
out). The other variants are how the body itself, its OPS, school or club, the BIP, the powiat, the voivodeship,
the wojewoda, a fund, a ministry, a euroregion, a ROPS, a local news site or a later report would word the same
project (written for this set: other titles with few shared words, names in other grammatical cases, often
without amounts or period, a report's spent sum, a tender's estimate, an exact sum beside the page's rounded one,
a refund received, an abbreviated body or programme, a publication months later). The near-misses are the next or
previous edition of a yearly programme or festival, the neighbouring gmina, town, powiat or club in the same call
(at times with the very same sum: the Kooperacje 3D aid, Opieka wytchnieniowa's and AOON's sums, Senior+ module
I's 200 000 zł, the WFOŚiGW's grant, the ministry's sports grant, the meals grant), another module, stage, section
or part (the pitch's stage II, the road's second section, Posiłek's module 3, a club's running year, the other
part of one government decision), the same body's other project of the same months (at times on the same building,
village, district or club), a gmina, village or club of a like or the same name elsewhere (Stryszawa, Wieliczki,
Wielka Wieś, Łaskarzew, Nowy Targ, Lichnowy by Chojnice, Brudzew, UKS „Długosz” in Nowy Sącz, a road 1273S), a
town named like its rural gmina (Gorlice, Stargard) and a near-identical headline of another project (another
MOPS's agreement, another gmina's "Prawie 5 mln zł z Polskiego Ładu…", the same list with another grantee). Every
two variants of a seed are a same pair; each near-miss is paired with one to three variants (the restated passage
and the variants it is likeliest to be confused with), so that about 40 % of the pairs are the same. Labels were
written by reading each record, never from the grouping's output.

    python tests/projects/build_round15.py   # rewrites pairs_round15.jsonl; deterministic
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

INTERREG_MV = "Interreg VI-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska"
RPO_WLD = "RPO WŁ 2014-2020"
POWER = "PO WER 2014-2020"
OW = "Opieka wytchnieniowa"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
SENIOR = "Senior+"
POSILEK = "Posiłek w szkole i w domu"
PIS = "Program Inwestycji Strategicznych"
RFIL = "Rządowy Fundusz Inwestycji Lokalnych"
SDW = "Sport dla Wszystkich"
KW = "Kontrakt Wojewódzki"
FOGR = "Fundusz Ochrony Gruntów Rolnych"
SCK = "Stargardzkie Centrum Kultury"
GM_LASK = "Gmina Łask"
LASK_CONTRACT = "UDA-RPLD.03.01.02-10-0011/17-00"
MOPS_NS = "Miejski Ośrodek Pomocy Społecznej w Nowym Sączu"
GM_ZLAWIES = "Gmina Zławieś Wielka"
GOPS_ZLAWIES = "Gminny Ośrodek Pomocy Społecznej w Złejwsi Wielkiej"
GOPS_SLOPNICE = "Gminny Ośrodek Pomocy Społecznej w Słopnicach"
GM_STRYSZOW = "Gmina Stryszów"
GM_GORLICE = "Gmina Gorlice"
GOPS_GORLICE = "Gminny Ośrodek Pomocy Społecznej w Gorlicach"
GORLICE_CONTRACT = "37/OPS/D/2024"
GM_PILZNO = "Gmina Pilzno"
GM_WOLA = "Gmina Wola Krzysztoporska"
GM_WIELBARK = "Gmina Wielbark"
UKS_DLUGOSZ = "Uczniowski Klub Sportowy „Długosz”"
P_SOKOLSKI = "Powiat Sokólski"
GM_LICHNOWY = "Gmina Lichnowy"
GM_CHOCZ = "Gmina Chocz"

ROUND15: list[Seed] = [
    (
        "Stargard: the SCK's Interreg VI-A small project with Greifswald, the 8th ArtFestiwal "
        "(b13-sck-stargard-greifswald-artfestiwal)",
        [
            (
                r(
                    "Stargard i Greifswald razem dla kultury. 8. Art. Festiwal Stargard",
                    "sck-stargard",
                    ben=SCK,
                    total="49769.00",
                    grant="39815.00",
                    prog=INTERREG_MV,
                ),
                "the passage restated (the culture centre's project page; sums in euro)",
            ),
            (
                r(
                    "Artyści z Polski i Niemiec na ulicach miasta – ósma edycja ArtFestiwalu już 18 maja",
                    "um-stargard",
                    "2024-05-06",
                    impl="Stargardzkie Centrum Kultury",
                    prog="Fundusz Małych Projektów Interreg VI A",
                ),
                "the town's news before the festival, the small-projects fund named, no sum",
            ),
            (
                r(
                    "Komitet ds. Małych Projektów pozytywnie ocenił kolejne wnioski polsko-niemieckie",
                    "euroregion-pomerania",
                    "2024-02-27",
                    ben="Stargardzkie Centrum Kultury",
                    grant="39815.00",
                    prog=INTERREG_MV,
                ),
                "the euroregion's list of approved small projects, the grant only",
            ),
            (
                r(
                    "Greifswald zaprasza stargardzkich twórców – wspólny projekt kulturalny obu miast",
                    "news-stargard",
                    "2024-03-12",
                    ben="Stargardzkiemu Centrum Kultury",
                ),
                "local news on the partner town, the body in the dative, no sum",
            ),
            (
                r(
                    "Rozliczenie projektu partnerskiego SCK z Uniwersyteckim i Hanzeatyckim Miastem Greifswald",
                    "bip-stargard",
                    "2024-11-19",
                    ben="SCK w Stargardzie",
                    total="48912.40",
                    prog="Interreg VI-A Pomerania",
                ),
                "the BIP's settlement, the spent sum, the body abbreviated",
            ),
        ],
        [
            (
                r(
                    "Stargard i Greifswald razem dla kultury. 7. Art. Festiwal Stargard",
                    "sck-stargard",
                    "2023-03-20",
                    ben=SCK,
                    total="44200.00",
                    grant="35360.00",
                    prog=INTERREG_MV,
                ),
                "the previous festival's small project (the 7th edition), the same partners",
                (0, 2, 1),
            ),
            (
                r(
                    "Stargard i Greifswald razem dla kultury. 9. Art. Festiwal Stargard",
                    "sck-stargard",
                    "2025-02-14",
                    ben=SCK,
                    total="51300.00",
                    grant="41040.00",
                    prog=INTERREG_MV,
                ),
                "the next festival's small project (the 9th edition)",
                (0, 4, 2),
            ),
            (
                r(
                    "Polsko-niemieckie warsztaty teatralne dla młodzieży – projekt Stargardzkiego Centrum Kultury",
                    "sck-stargard",
                    "2024-04-02",
                    ben=SCK,
                    total="18400.00",
                    grant="14720.00",
                    prog=INTERREG_MV,
                ),
                "the same centre's other small project in the same fund, the same months",
                (0, 1),
            ),
            (
                r(
                    "Komitet ds. Małych Projektów pozytywnie ocenił kolejne wnioski polsko-niemieckie",
                    "euroregion-pomerania",
                    "2024-02-27",
                    ben="Gmina Miasto Goleniów",
                    grant="39815.00",
                    prog=INTERREG_MV,
                ),
                "the euroregion's same list, another grantee with the same sum",
                (2, 3),
            ),
            (
                r(
                    "Gmina Stargard i Gützkow razem dla sportu – mały projekt z Euroregionu Pomerania",
                    "ug-stargard",
                    "2024-03-05",
                    ben="Gmina Stargard",
                    total="22100.00",
                    prog=INTERREG_MV,
                ),
                "the rural gmina named like the town, its own small project with another German partner",
                (0, 3, 4),
            ),
            (
                r(
                    "Festiwal Muzyki Organowej w kolegiacie – dotacja miasta dla SCK",
                    "bip-stargard",
                    "2024-06-10",
                    ben="SCK w Stargardzie",
                    grant="25000.00",
                ),
                "the same centre's festival paid by the town, another project",
                (4, 1),
            ),
        ],
    ),
    (
        "Łask: Modernizacja transportu publicznego, RPO WŁ 3.1.2, the 2020 refund "
        "(b22a-biplask-rpo-wl-modernizacja-transportu-refundacja)",
        [
            (
                r(
                    "Uchwała Nr XXXII/416/2021 Rady Miejskiej w Łasku z dnia 16-06-2021 w sprawie zmian budżetu oraz "
                    "zmian w budżecie Gminy Łask na rok 2021",
                    "bip-lask",
                    ben=GM_LASK,
                    prog=RPO_WLD,
                ),
                "the passage restated (the council's budget resolution; the refund and its part are sums the "
                "labels call other, left out)",
            ),
            (
                r(
                    "Łask z unijną dotacją na nowe autobusy i centrum przesiadkowe",
                    "um-lask",
                    "2017-10-23",
                    ben=GM_LASK,
                    total="14680000.00",
                    eu="10725000.00",
                    prog="Regionalny Program Operacyjny Województwa Łódzkiego na lata 2014-2020",
                    contract=LASK_CONTRACT,
                ),
                "the town's news at signing, the programme in full, the contract number",
            ),
            (
                r(
                    "Modernizacja transportu publicznego w Łasku",
                    "rpo-lodzkie",
                    "2017-10-20",
                    ben="Gmina Łask",
                    eu="10725000.00",
                    start="2017-01-01",
                    end="2020-12-31",
                    prog=RPO_WLD,
                    contract=LASK_CONTRACT,
                ),
                "the managing authority's list of signed contracts, the project's name",
            ),
            (
                r(
                    "Nowe niskopodłogowe autobusy wyjechały na linie komunikacji miejskiej",
                    "news-lask",
                    "2019-09-02",
                    impl="Gminę Łask",
                ),
                "local news of the buses, the body in the accusative, no sum",
            ),
            (
                r(
                    "Sprawozdanie z wykonania budżetu Gminy Łask za 2021 rok – zwrot wydatków z RPO",
                    "bip-lask",
                    "2022-04-28",
                    ben="Gminy Łask",
                    eu="545074.44",
                    prog=RPO_WLD,
                    contract=LASK_CONTRACT,
                ),
                "the BIP's budget report: the refund received, the body in the genitive",
            ),
        ],
        [
            (
                r(
                    "Modernizacja transportu publicznego w Zduńskiej Woli",
                    "rpo-lodzkie",
                    "2017-10-20",
                    ben="Miasto Zduńska Wola",
                    eu="9870400.00",
                    start="2017-01-01",
                    end="2020-12-31",
                    prog=RPO_WLD,
                    contract="UDA-RPLD.03.01.02-10-0009/17-00",
                ),
                "the neighbouring town's project of the same name in the same measure, the same list",
                (2, 1, 0),
            ),
            (
                r(
                    "Uchwała Nr XXXII/417/2021 Rady Miejskiej w Łasku z dnia 16-06-2021 w sprawie zmian w "
                    "wieloletniej prognozie finansowej Gminy Łask",
                    "bip-lask",
                    ben=GM_LASK,
                ),
                "the same council's next resolution of the same day, the debt forecast",
                (0, 1),
            ),
            (
                r(
                    "Uchwała Nr XXXV/452/2021 Rady Miejskiej w Łasku w sprawie zmian budżetu Gminy Łask na rok 2021",
                    "bip-lask",
                    "2021-09-22",
                    ben=GM_LASK,
                    eu="318200.00",
                    prog=RPO_WLD,
                ),
                "the same council's later budget change: the refund for the cycle paths",
                (0, 4),
            ),
            (
                r(
                    "Budowa ścieżek rowerowych w Łasku z dofinansowaniem z RPO",
                    "um-lask",
                    "2018-03-14",
                    ben=GM_LASK,
                    total="4920000.00",
                    eu="3380000.00",
                    prog=RPO_WLD,
                    contract="UDA-RPLD.03.01.02-10-0024/17-00",
                ),
                "the same gmina's other low-emission transport project of the same programme",
                (1, 2, 3),
            ),
            (
                r(
                    "Modernizacja transportu publicznego – Łask, etap II: zakup autobusów elektrycznych",
                    "um-lask",
                    "2023-08-10",
                    ben=GM_LASK,
                    total="9200000.00",
                    prog="FEŁ 2021-2027",
                ),
                "the same gmina's stage II from the next programme",
                (1, 3, 4),
            ),
            (
                r(
                    "Gmina Łaskarzew kupi autobus szkolny",
                    "ug-laskarzew",
                    "2019-08-20",
                    ben="Gmina Łaskarzew",
                    total="420000.00",
                ),
                "a gmina of a like name elsewhere, another bus",
                (3, 4),
            ),
        ],
    ),
    (
        "Nowy Sącz: the MOPS's aid in Kooperacje 3D (PO WER), protective equipment, autumn 2020 "
        "(b25-mops-nowysacz-kooperacje-3d-umowa-2020)",
        [
            (
                r(
                    "Umowa o pomoc finansową dla MOPS w projekcie „Kooperacje 3D – model wielosektorowej współpracy "
                    "na rzecz wsparcia osób i rodzin”",
                    "mops-nowysacz",
                    ben="Miasto Nowy Sącz",
                    grant="60000.00",
                    start="2020-09-01",
                    end="2020-11-30",
                    prog=POWER,
                ),
                "the passage restated (the MOPS's news of the agreement)",
            ),
            (
                r(
                    "Środki ochrony i sprzęt do dezynfekcji dla pracowników ośrodka pomocy społecznej",
                    "mops-nowysacz",
                    "2020-11-26",
                    impl=MOPS_NS,
                    grant="59874.16",
                    prog=POWER,
                ),
                "the MOPS's news at delivery, the spent sum",
            ),
            (
                r(
                    "ROPS podpisał umowy z ośrodkami pomocy społecznej na wsparcie w czasie epidemii",
                    "rops-krakow",
                    "2020-09-15",
                    ben="Miasto Nowy Sącz",
                    grant="60000.00",
                    prog="Program Operacyjny Wiedza Edukacja Rozwój 2014-2020",
                ),
                "the ROPS's list of agreements with welfare centres",
            ),
            (
                r(
                    "Zarządzenie Prezydenta Miasta Nowego Sącza w sprawie zmian w planie finansowym MOPS",
                    "bip-nowysacz",
                    "2020-09-30",
                    ben="Miasta Nowego Sącza",
                    grant="60000.00",
                ),
                "the BIP's ordinance adding the aid to the centre's plan, the body in the genitive",
            ),
            (
                r(
                    "Sądecki MOPS dostał pieniądze na maseczki, przyłbice i ozonatory",
                    "news-sadecczyzna",
                    "2020-10-05",
                    impl="Miejski Ośrodek Pomocy Społecznej w Nowym Sączu",
                    start="2020-09-01",
                    end="2020-11-30",
                ),
                "local news, the period, no sum",
            ),
        ],
        [
            (
                r(
                    "Umowa o pomoc finansową dla MOPS w projekcie „Kooperacje 3D – model wielosektorowej współpracy "
                    "na rzecz wsparcia osób i rodzin”",
                    "mops-tarnow",
                    "2020-09-18",
                    ben="Gmina Miasta Tarnowa",
                    grant="60000.00",
                    start="2020-09-01",
                    end="2020-11-30",
                    prog=POWER,
                ),
                "another town's MOPS with the very same headline and sum",
                (0, 2, 1),
            ),
            (
                r(
                    "Umowa o pomoc finansową dla GOPS w Nawojowej – Kooperacje 3D",
                    "gops-nawojowa",
                    "2020-09-21",
                    ben="Gmina Nawojowa",
                    grant="20000.00",
                    prog=POWER,
                ),
                "the neighbouring rural gmina's welfare centre in the same project",
                (0, 4, 1),
            ),
            (
                r(
                    "Wsparcie dla DPS w Nowym Sączu w walce z COVID-19 – projekt „Bezpieczny DPS”",
                    "mops-nowysacz",
                    "2020-10-12",
                    ben="Miasto Nowy Sącz",
                    grant="145000.00",
                    start="2020-10-01",
                    end="2021-03-31",
                    prog=POWER,
                ),
                "the same town's other PO WER anti-epidemic grant of the same months, for its care homes",
                (0, 1),
            ),
            (
                r(
                    "Kooperacje 3D: pilotaż modelu współpracy w gminie – MOPS rekrutuje koordynatora",
                    "mops-nowysacz",
                    "2021-05-17",
                    impl=MOPS_NS,
                    start="2021-06-01",
                    end="2022-12-31",
                    prog=POWER,
                ),
                "the same project's later part: the pilot of the cooperation model, another task and period",
                (1, 4, 2),
            ),
            (
                r(
                    "Pomoc finansowa dla Gminy Nowy Targ na środki ochrony osobistej dla GOPS",
                    "gops-nowytarg",
                    "2020-09-25",
                    ben="Gmina Nowy Targ",
                    grant="30000.00",
                    prog=POWER,
                ),
                "a gmina of a like name in the same region, its own aid",
                (2, 3, 4),
            ),
            (
                r(
                    "Środki ochrony osobistej dla pracowników MOPS – zakup z budżetu miasta",
                    "mops-nowysacz",
                    "2020-04-08",
                    impl=MOPS_NS,
                    total="18500.00",
                ),
                "the same centre's purchase in spring, paid by the town",
                (1, 4),
            ),
        ],
    ),
    (
        "Zławieś Wielka: Opieka wytchnieniowa 2022 at the GOPS (nc-gops-zlawies-opieka-wytchnieniowa-2022)",
        [
            (
                r("Opieka wytchnieniowa w 2022 roku", "gops-zlawies", prog=OW),
                "the passage restated (the GOPS's programme page; the national sums are other, left out)",
            ),
            (
                r(
                    "Gmina Zławieś Wielka otrzymała środki na opiekę wytchnieniową – zapraszamy opiekunów",
                    "gops-zlawies",
                    "2022-04-11",
                    ben=GM_ZLAWIES,
                    impl=GOPS_ZLAWIES,
                    grant="84240.00",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the GOPS's call for carers, the grant and the year",
            ),
            (
                r(
                    "Wojewoda przekazał gminom pieniądze z Funduszu Solidarnościowego na wsparcie opiekunów",
                    "kujawsko-pomorski-uw",
                    "2022-03-29",
                    ben="Gmina Zławieś Wielka",
                    grant="84240.00",
                    prog="Program „Opieka wytchnieniowa” – edycja 2022",
                ),
                "the wojewoda's list of grants, the programme with its edition",
            ),
            (
                r(
                    "Zarządzenie Wójta Gminy Zławieś Wielka w sprawie zmian w budżecie gminy – Fundusz Solidarnościowy",
                    "bip-zlawies",
                    "2022-04-04",
                    ben="Gminy Zławieś Wielka",
                    grant="84240.00",
                ),
                "the BIP's ordinance adding the grant, the body in the genitive",
            ),
            (
                r(
                    "Sprawozdanie z realizacji Programu „Opieka wytchnieniowa” – edycja 2022",
                    "bip-zlawies",
                    "2023-01-24",
                    impl="GOPS w Złejwsi Wielkiej",
                    total="79310.50",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the BIP's report in January, the spent sum, the centre abbreviated",
            ),
        ],
        [
            (
                r(
                    "Opieka wytchnieniowa w 2023 roku",
                    "gops-zlawies",
                    "2023-03-08",
                    impl=GOPS_ZLAWIES,
                    grant="96120.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog=OW,
                ),
                "the next edition at the same GOPS, the same headline with the next year",
                (0, 1, 2),
            ),
            (
                r(
                    "Gmina Łubianka otrzymała środki na opiekę wytchnieniową",
                    "ug-lubianka",
                    "2022-04-13",
                    ben="Gmina Łubianka",
                    grant="84240.00",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the neighbouring gmina in the same edition with the very same sum",
                (1, 2, 3),
            ),
            (
                r(
                    "Opieka wytchnieniowa 2022 – GOPS w Lubiczu przyjmuje zgłoszenia",
                    "gops-lubicz",
                    "2022-04-20",
                    impl="Gminny Ośrodek Pomocy Społecznej w Lubiczu",
                    grant="120120.00",
                    prog=OW,
                ),
                "another gmina of the same powiat in the same edition",
                (0, 4),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022 w gminie Zławieś Wielka",
                    "gops-zlawies",
                    "2022-04-11",
                    ben=GM_ZLAWIES,
                    impl=GOPS_ZLAWIES,
                    grant="101520.00",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the same GOPS's other Fundusz Solidarnościowy programme, announced the same day",
                (1, 3, 2),
            ),
            (
                r(
                    "Opieka wytchnieniowa w gminie Wielka Wieś – edycja 2022",
                    "ug-wielkawies",
                    "2022-05-05",
                    ben="Gmina Wielka Wieś",
                    grant="62400.00",
                    prog=OW,
                ),
                "a gmina of a like name in the krakowski powiat",
                (0, 2, 3),
            ),
            (
                r(
                    "PCPR w Toruniu realizuje opiekę wytchnieniową dla rodziców dzieci z niepełnosprawnościami",
                    "pcpr-torun",
                    "2022-06-01",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Toruniu",
                    grant="48000.00",
                    prog=OW,
                ),
                "the powiat's own respite care in the same year",
                (0, 4),
            ),
        ],
    ),
    (
        "Słopnice: Asystent osobisty osoby niepełnosprawnej, edition 2022 (b12-slopnice-aoon-2022)",
        [
            (
                r(
                    "PROGRAM ASYSTENT OSOBISTY OSOBY NIEPEŁNOSPRAWNEJ EDYCJA 2022 R.",
                    "ug-slopnice",
                    total="101898.00",
                    grant="101898.00",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the passage restated (the gmina's programme page; no body labelled)",
            ),
            (
                r(
                    "Nabór uczestników do usług asystenta osobistego w gminie Słopnice",
                    "gops-slopnice",
                    "2022-02-09",
                    impl=GOPS_SLOPNICE,
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the GOPS's recruitment, the period, no sum",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022: podział środków dla gmin Małopolski",
                    "muw-krakow",
                    "2022-01-28",
                    ben="Gmina Słopnice",
                    grant="101898.00",
                    prog="Program „Asystent osobisty osoby niepełnosprawnej” – edycja 2022",
                ),
                "the wojewoda's distribution list",
            ),
            (
                r(
                    "Asystenci pomogą niepełnosprawnym mieszkańcom Słopnic",
                    "news-limanowa",
                    "2022-03-15",
                    impl="Gminnego Ośrodka Pomocy Społecznej w Słopnicach",
                ),
                "local news, the centre in the genitive, no sum",
            ),
            (
                r(
                    "Informacja o realizacji programu AOON w 2022 roku",
                    "bip-slopnice",
                    "2023-01-31",
                    impl="GOPS Słopnice",
                    total="97412.36",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the BIP's report, the spent sum, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "PROGRAM ASYSTENT OSOBISTY OSOBY Z NIEPEŁNOSPRAWNOŚCIĄ EDYCJA 2023 R.",
                    "ug-slopnice",
                    "2023-02-20",
                    total="148220.00",
                    grant="148220.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog=AOON,
                ),
                "the next edition on the same page, the same headline with the next year",
                (0, 4, 1),
            ),
            (
                r(
                    "Program Asystent osobisty osoby niepełnosprawnej – edycja 2022 w Gminie Tymbark",
                    "ug-tymbark",
                    "2022-02-14",
                    ben="Gmina Tymbark",
                    total="101898.00",
                    grant="101898.00",
                    prog=AOON,
                ),
                "the neighbouring gmina in the same edition with the very same sum",
                (0, 2, 1),
            ),
            (
                r(
                    "Asystent osobisty w gminie Limanowa – nabór 2022",
                    "gops-limanowa",
                    "2022-02-10",
                    impl="Gminny Ośrodek Pomocy Społecznej w Limanowej",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "another gmina of the same powiat in the same edition, a like call",
                (1, 3),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2022 w gminie Słopnice",
                    "gops-slopnice",
                    "2022-02-09",
                    impl=GOPS_SLOPNICE,
                    grant="64800.00",
                    start="2022-01-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the same GOPS's other Fundusz Solidarnościowy programme, published the same day",
                (1, 0, 2),
            ),
            (
                r(
                    "Asystent rodziny w Słopnicach – dofinansowanie na 2022 rok",
                    "gops-slopnice",
                    "2022-05-06",
                    impl=GOPS_SLOPNICE,
                    grant="12600.00",
                    prog="Program asystent rodziny i koordynator rodzinnej pieczy zastępczej",
                ),
                "the same GOPS's family assistant, another programme with a like name",
                (3, 4, 2),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2021 w gminie Słopnice",
                    "bip-slopnice",
                    "2021-06-22",
                    impl="GOPS Słopnice",
                    grant="44400.00",
                    start="2021-06-01",
                    end="2021-12-31",
                    prog=AOON,
                ),
                "the previous edition at the same centre",
                (4, 2),
            ),
        ],
    ),
    (
        "Stryszów: a Klub Senior+ created in the former LKS „Chełm” building, Senior+ 2021-2025 "
        "(b16b-kalwaria24-stryszow-klub-senior-plus)",
        [
            (
                r(
                    "We wtorek W Stryszowie oficjalnie otworzono Klub Senior +",
                    "news-kalwaria24",
                    ben=GM_STRYSZOW,
                    grant="200000",
                    prog=SENIOR,
                ),
                "the passage restated (local news of the opening)",
            ),
            (
                r(
                    "Gmina Stryszów z dotacją na utworzenie placówki dla seniorów",
                    "ug-stryszow",
                    "2022-05-24",
                    ben=GM_STRYSZOW,
                    total="285400.00",
                    grant="200000.00",
                    prog="Program Wieloletni „Senior+” na lata 2021-2025",
                ),
                "the gmina's news at signing, the total",
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert w programie Senior+ – moduł I, utworzenie placówek",
                    "muw-krakow",
                    "2022-04-14",
                    ben="Gmina Stryszów",
                    grant="200000.00",
                    prog=SENIOR,
                ),
                "the wojewoda's results of module I",
            ),
            (
                r(
                    "Przebudowa i remont budynku komunalnego po LKS „Chełm” na potrzeby seniorów",
                    "bip-stryszow",
                    "2022-07-18",
                    ben="Gminę Stryszów",
                    total="268000.00",
                ),
                "the BIP's tender for the rebuilding, the estimate, the body in the accusative",
            ),
            (
                r(
                    "Zapisy do nowego klubu: 64 miejsca, zajęcia pięć dni w tygodniu",
                    "gops-stryszow",
                    "2023-02-06",
                    impl="Gminny Ośrodek Pomocy Społecznej w Stryszowie",
                    prog=SENIOR,
                ),
                "the GOPS's enrolment, no sum",
            ),
        ],
        [
            (
                r(
                    "Klub Senior+ w Stryszowie z dotacją na działalność w 2024 roku",
                    "gops-stryszow",
                    "2024-03-11",
                    impl="Gminny Ośrodek Pomocy Społecznej w Stryszowie",
                    grant="38400.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=SENIOR,
                ),
                "module II: the same club's running year, another grant",
                (0, 4, 3),
            ),
            (
                r(
                    "Gmina Mucharz z dotacją na utworzenie Klubu Senior+",
                    "ug-mucharz",
                    "2022-05-26",
                    ben="Gmina Mucharz",
                    grant="200000.00",
                    prog=SENIOR,
                ),
                "the neighbouring gmina in the same module with the very same sum",
                (1, 2, 4),
            ),
            (
                r(
                    "W Stryszawie otwarto Klub Senior+",
                    "news-sucha",
                    "2023-03-02",
                    ben="Gmina Stryszawa",
                    grant="150000.00",
                    prog=SENIOR,
                ),
                "a gmina of a like name in the suski powiat, its own club",
                (0, 1),
            ),
            (
                r(
                    "Nowa szatnia i boisko LKS „Chełm” Stryszów – gmina z dotacją ministra sportu",
                    "ug-stryszow",
                    "2022-06-30",
                    ben=GM_STRYSZOW,
                    total="612000.00",
                    grant="300000.00",
                ),
                "the same gmina's other project for the sports club whose former building the seniors got",
                (3, 0, 1),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Kalwarii Zebrzydowskiej otwarty",
                    "news-kalwaria24",
                    "2023-03-14",
                    ben="Gmina Kalwaria Zebrzydowska",
                    grant="300000.00",
                    prog=SENIOR,
                ),
                "the same news site on another gmina's day home a month later",
                (0, 1),
            ),
            (
                r(
                    "Klub Seniora przy GOK w Stryszowie – zajęcia w ramach zadania publicznego",
                    "gok-stryszow",
                    "2021-09-20",
                    impl="Gminny Ośrodek Kultury w Stryszowie",
                    grant="8000.00",
                ),
                "the culture centre's earlier seniors' club, a small public task",
                (4, 1),
            ),
        ],
    ),
    (
        "Gorlice (rural gmina): Posiłek w szkole i w domu 2024 (b11-gops-gorlice-posilek-2024)",
        [
            (
                r(
                    "W 2024 r. Gmina Gorlice realizuje rządowy program „Posiłek w szkole i w domu” na lata 2024–2028",
                    "gops-gorlice",
                    impl=GM_GORLICE,
                    grant="177600.00",
                    total="277600.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=POSILEK,
                ),
                "the passage restated (the GOPS's page; its lead sentence as the title, since its headline, "
                "'Posiłek w szkole i w domu 2024', is an earlier round's title; the contract number is not labelled)",
            ),
            (
                r(
                    "Wojewoda Małopolski podpisał umowy z gminami na program posiłkowy w 2024 roku",
                    "muw-krakow",
                    "2024-02-02",
                    ben="Gmina Gorlice",
                    grant="177600.00",
                    prog="Posiłek w szkole i w domu na lata 2024-2028",
                    contract=GORLICE_CONTRACT,
                ),
                "the wojewoda's list of agreements, the contract number",
            ),
            (
                r(
                    "Pomoc w formie posiłku i zasiłku celowego na żywność – zasady w 2024 r.",
                    "gops-gorlice",
                    "2024-02-12",
                    impl=GOPS_GORLICE,
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=POSILEK,
                ),
                "the GOPS's notice of the rules, no sum",
            ),
            (
                r(
                    "Zarządzenie Wójta Gminy Gorlice w sprawie zmian w budżecie na 2024 rok",
                    "bip-gminagorlice",
                    "2024-02-15",
                    ben="Gminy Gorlice",
                    grant="177600.00",
                ),
                "the BIP's ordinance adding the grant, the body in the genitive",
            ),
            (
                r(
                    "Sprawozdanie z wykonania programu posiłkowego za 2024 rok",
                    "bip-gminagorlice",
                    "2025-01-29",
                    impl="GOPS w Gorlicach",
                    total="268915.40",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=POSILEK,
                    contract=GORLICE_CONTRACT,
                ),
                "the BIP's report, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Posiłek w szkole i w domu 2024 – Miasto Gorlice",
                    "mops-gorlice",
                    "2024-02-05",
                    impl="Miejski Ośrodek Pomocy Społecznej w Gorlicach",
                    ben="Miasto Gorlice",
                    grant="214000.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=POSILEK,
                    contract="12/OPS/D/2024",
                ),
                "the town named like its rural gmina, its own MOPS's grant of the same year",
                (0, 2, 3),
            ),
            (
                r(
                    "W 2023 r. Gmina Gorlice realizuje program „Posiłek w szkole i w domu” na lata 2019–2023",
                    "gops-gorlice",
                    "2023-02-07",
                    impl=GM_GORLICE,
                    grant="168000.00",
                    total="262000.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog=POSILEK,
                ),
                "the previous year's edition on the same page, the same lead sentence with the year and the "
                "programme's former span",
                (0, 4, 3),
            ),
            (
                r(
                    "Doposażenie stołówki w Szkole Podstawowej w Ropicy Polskiej – moduł 3 programu posiłkowego",
                    "ug-gorlice",
                    "2024-07-19",
                    ben=GM_GORLICE,
                    grant="80000.00",
                    total="100000.00",
                    prog=POSILEK,
                ),
                "the same gmina's school canteen: another module, the same year",
                (0, 3),
            ),
            (
                r(
                    "Gmina Sękowa realizuje program „Posiłek w szkole i w domu” w 2024 roku",
                    "gops-sekowa",
                    "2024-02-09",
                    impl="Gmina Sękowa",
                    grant="96000.00",
                    prog=POSILEK,
                ),
                "the neighbouring gmina in the same year",
                (0, 1, 4),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2024 – opaski bezpieczeństwa dla seniorów z gminy Gorlice",
                    "gops-gorlice",
                    "2024-02-12",
                    impl=GOPS_GORLICE,
                    grant="21600.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same GOPS's other programme posted the same day",
                (2, 0),
            ),
            (
                r(
                    "Wojewoda Podkarpacki podpisał umowy z gminami na program posiłkowy w 2024 roku",
                    "puw-rzeszow",
                    "2024-02-06",
                    ben="Gmina Jedlicze",
                    grant="177600.00",
                    prog=POSILEK,
                ),
                "another voivodeship's list with a near-identical headline, another gmina with the same sum",
                (1, 2),
            ),
        ],
    ),
    (
        "Pilzno: almost 5 mln zł from Polski Ład (PIS) for two culture buildings "
        "(b15a-pilzno-polski-lad-zawislocze-5-mln)",
        [
            (
                r("Prawie 5 mln zł z Polskiego Ładu", "um-pilzno", ben=GM_PILZNO, grant="5000000", prog=PIS),
                "the passage restated (the gmina's news; the requested 83 mln zł is other, left out)",
            ),
            (
                r(
                    "Rządowy Fundusz Polski Ład – wyniki pierwszego naboru w powiecie dębickim",
                    "powiat-debicki",
                    "2021-12-09",
                    ben="Gmina Pilzno",
                    grant="4940000.00",
                    prog="Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych",
                ),
                "the powiat's list of the first call's grants in its gminas, the exact sum",
            ),
            (
                r(
                    "Budynek parafialny przy Petrycego i nowe centrum kultury – dwie inwestycje w Pilźnie",
                    "news-debica",
                    "2021-12-14",
                    ben="gminie Pilzno",
                    prog="Polski Ład",
                ),
                "local news naming both buildings, the gmina in the locative, no sum",
            ),
            (
                r(
                    "Burmistrz odebrał promesę z Programu Inwestycji Strategicznych",
                    "um-pilzno",
                    "2022-01-21",
                    ben=GM_PILZNO,
                    grant="4940000.00",
                    prog=PIS,
                ),
                "the gmina's news of the promise handed over",
            ),
            (
                r(
                    "Kultura w Pilźnie z nową siedzibą: zakończono budowę Zawisłocza i przebudowę domu parafialnego",
                    "um-pilzno",
                    "2024-09-30",
                    ben=GM_PILZNO,
                    total="6285000.00",
                    grant="4940000.00",
                ),
                "the gmina's news at completion, the whole cost",
            ),
        ],
        [
            (
                r(
                    "Ponad 7 mln zł z Polskiego Ładu na wodociągi i kanalizację w gminie Pilzno",
                    "um-pilzno",
                    "2022-08-12",
                    ben=GM_PILZNO,
                    grant="7150000.00",
                    prog=PIS,
                ),
                "the same gmina's grant in the next call, for water and sewers",
                (0, 3, 2),
            ),
            (
                r(
                    "Prawie 5 mln zł z Polskiego Ładu dla gminy Brzostek",
                    "ug-brzostek",
                    "2021-12-10",
                    ben="Gmina Brzostek",
                    grant="4900000.00",
                    prog=PIS,
                ),
                "the neighbouring gmina in the same call, a near-identical headline and a near sum",
                (0, 1, 3),
            ),
            (
                r(
                    "Gmina Jodłowa z Polskim Ładem: przebudowa dróg gminnych",
                    "ug-jodlowa",
                    "2021-12-09",
                    ben="Gmina Jodłowa",
                    grant="2850000.00",
                    prog=PIS,
                ),
                "another gmina of the same powiat in the same list",
                (1, 4),
            ),
            (
                r(
                    "Rewitalizacja parku na Zawisłoczu w Pilźnie z dotacją z RPO",
                    "um-pilzno",
                    "2019-05-07",
                    ben=GM_PILZNO,
                    total="1820000.00",
                    eu="1290000.00",
                    prog="RPO WP 2014-2020 (podkarpackie)",
                ),
                "the same gmina's earlier project in the same district of the town, another programme",
                (2, 4, 0),
            ),
            (
                r(
                    "Pilzno z Rządowego Funduszu Inwestycji Lokalnych: 1,2 mln zł na drogi",
                    "um-pilzno",
                    "2020-12-18",
                    ben=GM_PILZNO,
                    grant="1200000.00",
                    prog=RFIL,
                ),
                "the same gmina's grant from another government fund a year before",
                (0, 3, 1),
            ),
            (
                r(
                    "Miejski Ośrodek Kultury w Dębicy rozbuduje siedzibę dzięki Polskiemu Ładowi",
                    "news-debica",
                    "2021-12-15",
                    ben="Gmina Miasto Dębica",
                    grant="5000000.00",
                    prog=PIS,
                ),
                "the same news site on the neighbouring town's culture centre, the same round sum",
                (2, 0),
            ),
        ],
    ),
    (
        "Wola Krzysztoporska: over 2 mln zł for sewer projects, 2021-2024 (b10-wola-krzysztoporska-2-mln-kanalizacja)",
        [
            (
                r(
                    "Mamy ponad 2 mln na projekty kanalizacyjne",
                    "ug-wolakrzysztoporska",
                    "2021-11-09",
                    ben=GM_WOLA,
                    grant="2000000",
                    start="2021-01-01",
                    end="2024-12-31",
                ),
                "the passage restated (the gmina's news; the 4 bln zł for all gminas is other, left out)",
            ),
            (
                r(
                    "Podział środków na inwestycje wodociągowe i kanalizacyjne – kwoty dla gmin województwa łódzkiego",
                    "lodzkie-uw",
                    "2021-11-05",
                    ben="Gmina Wola Krzysztoporska",
                    grant="2043125.00",
                ),
                "the government's list of sums per gmina, the exact sum",
            ),
            (
                r(
                    "Uchwała Rady Gminy Wola Krzysztoporska w sprawie zmian w budżecie na 2021 rok – środki na "
                    "wodociągi i kanalizację",
                    "bip-wolakrzysztoporska",
                    "2021-12-16",
                    ben="Gminy Wola Krzysztoporska",
                    grant="2043125.00",
                ),
                "the BIP's budget resolution taking the money in, the body in the genitive",
            ),
            (
                r(
                    "Rządowe pieniądze na sieć kanalizacyjną w gminie pod Piotrkowem",
                    "news-piotrkow",
                    "2021-11-12",
                    ben="Gminie Wola Krzysztoporska",
                    grant="2000000",
                ),
                "local news, the round sum, the body in the dative",
            ),
            (
                r(
                    "Sprawozdanie z wykorzystania środków rządowych na inwestycje wodno-kanalizacyjne",
                    "bip-wolakrzysztoporska",
                    "2025-02-20",
                    ben=GM_WOLA,
                    grant="2043125.00",
                    start="2021-01-01",
                    end="2024-12-31",
                ),
                "the BIP's report after the four years",
            ),
        ],
        [
            (
                r(
                    "Ponad 2 mln zł na wodociągi i kanalizację dla gminy Rozprza",
                    "ug-rozprza",
                    "2021-11-08",
                    ben="Gmina Rozprza",
                    grant="2011460.00",
                    start="2021-01-01",
                    end="2024-12-31",
                ),
                "the neighbouring gmina in the same distribution, a near sum",
                (0, 1, 2),
            ),
            (
                r(
                    "Gmina Wolbórz otrzyma środki na projekty kanalizacyjne",
                    "ug-wolborz",
                    "2021-11-10",
                    ben="Gmina Wolbórz",
                    grant="1764200.00",
                ),
                "another gmina of the same powiat in the same distribution",
                (0, 3, 4),
            ),
            (
                r(
                    "Dodatkowe 1,9 mln zł dla gminy Wola Krzysztoporska na dowolne inwestycje",
                    "ug-wolakrzysztoporska",
                    "2021-11-09",
                    ben=GM_WOLA,
                    grant="1900000.00",
                ),
                "the same government decision's other part for the same gmina (any investments), "
                "published the same day",
                (0, 1),
            ),
            (
                r(
                    "Kanalizacja sanitarna w Bogdanowie i Rokszycach z Polskiego Ładu",
                    "ug-wolakrzysztoporska",
                    "2022-06-02",
                    ben=GM_WOLA,
                    total="8700000.00",
                    grant="7900000.00",
                    prog=PIS,
                ),
                "the same gmina's sewer investment from another programme",
                (3, 4, 0),
            ),
            (
                r(
                    "Budowa sieci wodociągowej w gminie Wola Krzysztoporska z PROW",
                    "ug-wolakrzysztoporska",
                    "2019-04-15",
                    ben=GM_WOLA,
                    total="3150000.00",
                    eu="1990000.00",
                    prog="PROW 2014-2020",
                ),
                "the same gmina's earlier water-main project",
                (2, 0, 1),
            ),
            (
                r(
                    "Sprawozdanie z wykorzystania środków Rządowego Funduszu Inwestycji Lokalnych",
                    "bip-wolakrzysztoporska",
                    "2023-03-14",
                    ben=GM_WOLA,
                    grant="3600000.00",
                    prog=RFIL,
                ),
                "the same BIP's report on another government fund",
                (4, 1),
            ),
        ],
    ),
    (
        "Wielbark: protective gear for the gmina's OSP units, a WFOŚiGW Olsztyn grant, 2019 "
        "(b16a-wielbark-osp-doposazenie-wfosigw-2019)",
        [
            (
                r(
                    "Doposażenie Ochotniczych Straży Pożarnych z terenu Gminy Wielbark",
                    "ug-wielbark",
                    "2019-07-05",
                    ben=GM_WIELBARK,
                    total="9408.00",
                    grant="4610.00",
                ),
                "the passage restated (the gmina's news of the signing)",
            ),
            (
                r(
                    "Umowy dotacji dla gmin na wyposażenie jednostek OSP podpisane",
                    "wfosigw-olsztyn",
                    "2019-07-03",
                    ben="Gmina Wielbark",
                    total="9408.00",
                    grant="4610.00",
                ),
                "the fund's list of agreements of the same week",
            ),
            (
                r(
                    "Zapytanie ofertowe na dostawę ubrań specjalnych, rękawic i kominiarek dla jednostek OSP",
                    "bip-wielbark",
                    "2019-08-06",
                    ben="Gminę Wielbark",
                    total="9450.00",
                ),
                "the BIP's request for quotes, the estimate, the body in the accusative",
            ),
            (
                r(
                    "Nowe ubrania specjalne dla naszych druhów – dziękujemy za wsparcie",
                    "osp-wielbark",
                    "2019-10-14",
                ),
                "a fire brigade's thanks at delivery, no body, no sum",
            ),
            (
                r(
                    "Informacja o dotacjach z WFOŚiGW w Olsztynie wykorzystanych przez gminę w 2019 roku",
                    "bip-wielbark",
                    "2020-02-18",
                    ben="Gminy Wielbark",
                    total="9397.20",
                    grant="4610.00",
                ),
                "the BIP's report, the spent total",
            ),
        ],
        [
            (
                r(
                    "Doposażenie Ochotniczych Straży Pożarnych z terenu Gminy Wielbark w 2020 roku",
                    "ug-wielbark",
                    "2020-06-24",
                    ben=GM_WIELBARK,
                    total="12300.00",
                    grant="6000.00",
                ),
                "the next year's gear for the same units, the same headline with a year",
                (0, 4, 2),
            ),
            (
                r(
                    "Doposażenie Ochotniczych Straży Pożarnych z terenu Gminy Wieliczki",
                    "ug-wieliczki",
                    "2019-07-09",
                    ben="Gmina Wieliczki",
                    total="9200.00",
                    grant="4600.00",
                ),
                "a gmina of a like name (ełcki powiat), the same fund and headline, close sums",
                (0, 1, 3),
            ),
            (
                r(
                    "Umowy dotacji dla gmin na wyposażenie jednostek OSP podpisane",
                    "wfosigw-olsztyn",
                    "2019-07-03",
                    ben="Gmina Jedwabno",
                    total="9408.00",
                    grant="4610.00",
                ),
                "the neighbouring gmina on the fund's same list with the very same sums",
                (1, 4),
            ),
            (
                r(
                    "Nowy samochód ratowniczo-gaśniczy dla OSP Wielbark",
                    "ug-wielbark",
                    "2019-09-12",
                    ben=GM_WIELBARK,
                    total="780000.00",
                    grant="300000.00",
                ),
                "the same gmina's fire engine of the same year, another purchase",
                (0, 3, 1),
            ),
            (
                r(
                    "OSP Wielbark z dotacją MSWiA na sprzęt ratowniczy w ramach KSRG",
                    "osp-wielbark",
                    "2019-08-20",
                    impl="Ochotnicza Straż Pożarna w Wielbarku",
                    grant="12000.00",
                ),
                "one unit's own grant from the ministry for rescue equipment",
                (3, 2, 1),
            ),
            (
                r(
                    "Zapytanie ofertowe na dostawę ubrań specjalnych dla jednostek OSP",
                    "bip-szczytno",
                    "2019-08-08",
                    ben="Gminę Szczytno",
                    total="11200.00",
                ),
                "the neighbouring rural gmina's like request for quotes",
                (2, 3),
            ),
        ],
    ),
    (
        "Włocławek: UKS „Długosz”, the 2020 grant of the Fundusz Zajęć Sportowych dla Uczniów "
        "(b21b-zskdlugosz-uks-fzsdu-2020)",
        [
            (
                r(
                    "UKS „Długosz” trzeci raz z grantem Ministerstwa Sportu i Turystyki",
                    "zsk-dlugosz",
                    "2020-02-04",
                    ben=UKS_DLUGOSZ,
                    grant="18300.00",
                    start="2020-02-03",
                    end="2020-11-25",
                    prog=SDW,
                ),
                "the passage restated (the school's news; the earlier years' grants left out)",
            ),
            (
                r(
                    "Wyniki naboru na dofinansowanie w 2020 roku zajęć sportowych dla uczniów",
                    "msit",
                    "2020-01-31",
                    ben="Uczniowski Klub Sportowy „Długosz” we Włocławku",
                    grant="18300.00",
                    prog="Fundusz Zajęć Sportowych dla Uczniów",
                ),
                "the ministry's list of grants, the fund named",
            ),
            (
                r(
                    "Kluby z Włocławka z pieniędzmi ministra sportu na zajęcia dla dzieci",
                    "news-wloclawek",
                    "2020-02-07",
                    ben="UKS Długosz",
                    grant="18300.00",
                ),
                "local news on the town's clubs, the club without quotes",
            ),
            (
                r(
                    "Gimnastyka korekcyjna w sześciu grupach – przedszkolaki pierwszy raz na zajęciach klubu",
                    "zsk-dlugosz",
                    "2020-03-02",
                    impl="Uczniowskiego Klubu Sportowego „Długosz”",
                    start="2020-02-03",
                    end="2020-11-25",
                ),
                "the school's news at the start, the club in the genitive, no sum",
            ),
            (
                r(
                    "Zakończyliśmy zajęcia sportowe finansowane z Funduszu Zajęć Sportowych dla Uczniów",
                    "zsk-dlugosz",
                    "2020-12-03",
                    ben=UKS_DLUGOSZ,
                    total="22875.00",
                    grant="18300.00",
                    prog=SDW,
                ),
                "the school's closing news, the whole cost with the club's 20 %",
            ),
        ],
        [
            (
                r(
                    "UKS „Długosz” z grantem Ministerstwa Sportu na zajęcia w 2019 roku",
                    "zsk-dlugosz",
                    "2019-02-11",
                    ben=UKS_DLUGOSZ,
                    grant="15000.00",
                    start="2019-02-04",
                    end="2019-11-29",
                    prog=SDW,
                ),
                "the previous year's grant to the same club",
                (0, 4, 3),
            ),
            (
                r(
                    "UKS „Długosz” po raz czwarty z dofinansowaniem Ministerstwa Sportu",
                    "zsk-dlugosz",
                    "2021-02-15",
                    ben=UKS_DLUGOSZ,
                    grant="20000.00",
                    start="2021-02-15",
                    end="2021-11-30",
                    prog=SDW,
                ),
                "the next year's grant to the same club",
                (0, 3, 4),
            ),
            (
                r(
                    "Wyniki naboru na dofinansowanie w 2020 roku zajęć sportowych dla uczniów",
                    "msit",
                    "2020-01-31",
                    ben="Uczniowski Klub Sportowy „Jedynka” we Włocławku",
                    grant="18300.00",
                    prog="Fundusz Zajęć Sportowych dla Uczniów",
                ),
                "the same ministry list, another Włocławek club with the very same sum",
                (1, 2),
            ),
            (
                r(
                    "UKS „Długosz” Nowy Sącz z grantem na zajęcia sportowe dla uczniów",
                    "news-nowysacz",
                    "2020-02-10",
                    ben="Uczniowski Klub Sportowy „Długosz” w Nowym Sączu",
                    grant="16400.00",
                    prog=SDW,
                ),
                "a club of the same name in another town, the same call",
                (0, 2, 1),
            ),
            (
                r(
                    "Turniej piłki siatkowej o Puchar Dyrektora ZSK – dotacja Prezydenta Miasta Włocławek",
                    "zsk-dlugosz",
                    "2020-05-18",
                    ben=UKS_DLUGOSZ,
                    grant="3000.00",
                ),
                "the same club's small town grant of the same year",
                (3, 4, 1),
            ),
            (
                r(
                    "Aktywna tablica w Zespole Szkół Katolickich we Włocławku",
                    "zsk-dlugosz",
                    "2020-06-22",
                    impl="Zespół Szkół Katolickich im. ks. Jana Długosza we Włocławku",
                    grant="14000.00",
                    total="17500.00",
                    prog="Aktywna tablica",
                ),
                "the school's own grant of the same year from another programme",
                (3, 2),
            ),
        ],
    ),
    (
        "Powiat Sokólski: rebuilding the powiat road nr 1273B, km 0+000 to 2+500, with the gmina Szudziałowo "
        "(b9-sokolka-powiat-szudzialowo-droga-1273b-2018)",
        [
            (
                r("Przebudowa drogi powiatowej nr 1273B", "powiat-sokolski", "2018-08-10", ben=P_SOKOLSKI),
                "the passage restated (the powiat's news of the agreement; no sum printed)",
            ),
            (
                r(
                    "Gmina Szudziałowo dołoży się do przebudowy drogi powiatowej",
                    "ug-szudzialowo",
                    "2018-08-13",
                    ben="Powiatowi Sokólskiemu",
                ),
                "the gmina's news of its aid, the powiat in the dative, no sum",
            ),
            (
                r(
                    "Lista zadań powiatowych dofinansowanych w 2018 roku – Program rozwoju gminnej i powiatowej "
                    "infrastruktury drogowej",
                    "podlaskie-uw",
                    "2018-03-02",
                    ben="Powiat Sokólski",
                    total="2499600.00",
                    grant="1249800.00",
                    prog="Program rozwoju gminnej i powiatowej infrastruktury drogowej",
                ),
                "the wojewoda's list of the year's powiat tasks, the state's half",
            ),
            (
                r(
                    "Przetarg nieograniczony: przebudowa drogi nr 1273B od km 0+000 do km 2+500",
                    "bip-powiatsokolski",
                    "2018-06-20",
                    ben="Powiat Sokólski",
                    total="2499600.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Dwa i pół kilometra nowego asfaltu w gminie Szudziałowo – odbiór drogi",
                    "news-sokolka",
                    "2018-11-22",
                    total="2387410.55",
                ),
                "local news at completion, the spent sum, no body",
            ),
        ],
        [
            (
                r(
                    "Przebudowa drogi powiatowej nr 1273B – II etap, od km 2+500 do km 5+100",
                    "powiat-sokolski",
                    "2019-07-16",
                    ben=P_SOKOLSKI,
                    total="2860000.00",
                    grant="1430000.00",
                ),
                "the same road's next section a year later (stage II)",
                (0, 3, 4),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej nr 1274B",
                    "powiat-sokolski",
                    "2018-08-10",
                    ben=P_SOKOLSKI,
                    total="1640000.00",
                ),
                "another powiat road with a neighbouring number, announced the same day",
                (0, 4),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej nr 1273S",
                    "powiat-bielski-sl",
                    "2018-09-04",
                    ben="Powiat Bielski",
                    total="1980000.00",
                ),
                "a road with the same digits in another voivodeship (S: śląskie)",
                (0, 3),
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Szudziałowie – ul. Kościelna",
                    "ug-szudzialowo",
                    "2018-07-30",
                    ben="Gmina Szudziałowo",
                    total="640000.00",
                    grant="320000.00",
                    prog="Program rozwoju gminnej i powiatowej infrastruktury drogowej",
                ),
                "the gmina's own road from the same programme, the same summer",
                (1, 2, 0),
            ),
            (
                r(
                    "Porozumienie z Gminą Sokółka w sprawie przebudowy drogi powiatowej nr 1290B",
                    "powiat-sokolski",
                    "2018-08-10",
                    ben=P_SOKOLSKI,
                ),
                "the powiat's like agreement with another gmina the same day, another road",
                (0, 1, 2),
            ),
            (
                r(
                    "Lista zadań powiatowych dofinansowanych w 2018 roku – Program rozwoju gminnej i powiatowej "
                    "infrastruktury drogowej",
                    "podlaskie-uw",
                    "2018-03-02",
                    ben="Powiat Moniecki",
                    total="2210000.00",
                    grant="1105000.00",
                    prog="Program rozwoju gminnej i powiatowej infrastruktury drogowej",
                ),
                "the wojewoda's same list, another powiat's road",
                (2, 3),
            ),
        ],
    ),
    (
        "Lichnowy: modernising the sports pitch, stage I, from the Kontrakt Wojewódzki "
        "(b16a-lichnowy-boisko-kontrakt-wojewodzki-i-etap)",
        [
            (
                r(
                    "Modernizacja boiska sportowego w Lichnowach – I etap",
                    "ug-lichnowy",
                    "2016-03-24",
                    total="199959.99",
                    grant="99959.99",
                    prog=KW,
                ),
                "the passage restated (the URL's headline; no body labelled)",
            ),
            (
                r(
                    "Kontrakt Wojewódzki: zadania gmin powiatu malborskiego z dofinansowaniem samorządu województwa",
                    "pomorskie-umwp",
                    "2015-06-18",
                    ben=GM_LICHNOWY,
                    grant="99959.99",
                    prog="Kontrakt Wojewódzki dla Województwa Pomorskiego",
                ),
                "the voivodeship's list of the powiat's tasks",
            ),
            (
                r(
                    "Przetarg: nowe nawierzchnie asfaltowe boisk do koszykówki i siatkówki w Lichnowach",
                    "bip-lichnowy",
                    "2015-08-11",
                    ben="Gminę Lichnowy",
                    total="205000.00",
                ),
                "the BIP's tender, the estimate, the body in the accusative",
            ),
            (
                r(
                    "Dzieci z Lichnów mają gdzie grać – boisko po remoncie",
                    "news-malbork",
                    "2015-11-05",
                    ben="Gmina Lichnowy",
                ),
                "local news at completion, no sum",
            ),
            (
                r(
                    "Sprawozdanie z wykonania budżetu Gminy Lichnowy za 2015 rok – wydatki majątkowe",
                    "bip-lichnowy",
                    "2016-03-30",
                    ben="Gminy Lichnowy",
                    total="199959.99",
                    prog=KW,
                ),
                "the BIP's budget report a week after the page",
            ),
        ],
        [
            (
                r(
                    "Modernizacja boiska sportowego w Lichnowach – II etap",
                    "ug-lichnowy",
                    "2017-02-08",
                    ben=GM_LICHNOWY,
                    total="240500.00",
                    grant="120250.00",
                    prog=KW,
                ),
                "stage II of the same pitch",
                (0, 3, 4),
            ),
            (
                r(
                    "Boisko sportowe w Lichnowych z nową nawierzchnią",
                    "ug-chojnice",
                    "2016-05-12",
                    ben="Gmina Chojnice",
                    total="185000.00",
                ),
                "a village of a like name in the gmina Chojnice, its own pitch",
                (0, 3, 4),
            ),
            (
                r(
                    "Modernizacja boiska sportowego w Miłoradzu",
                    "ug-miloradz",
                    "2016-03-01",
                    ben="Gmina Miłoradz",
                    total="200000.00",
                    grant="100000.00",
                    prog=KW,
                ),
                "the neighbouring gmina's pitch from the same instrument, near sums",
                (0, 1),
            ),
            (
                r(
                    "Przebudowa świetlicy wiejskiej w Boręcie z Kontraktu Wojewódzkiego",
                    "ug-lichnowy",
                    "2015-10-20",
                    ben=GM_LICHNOWY,
                    total="310000.00",
                    grant="155000.00",
                    prog=KW,
                ),
                "the same gmina's other task of the same list and year",
                (1, 4, 0),
            ),
            (
                r(
                    "Boisko Orlik w Lichnowach otwarte",
                    "ug-lichnowy",
                    "2012-09-14",
                    ben=GM_LICHNOWY,
                    total="1150000.00",
                    grant="333000.00",
                    prog="Moje Boisko – Orlik 2012",
                ),
                "the same village's earlier pitch from another programme",
                (3, 2, 1),
            ),
            (
                r(
                    "Plac zabaw przy szkole w Lichnowach – zadanie z funduszu sołeckiego",
                    "bip-lichnowy",
                    "2015-09-02",
                    ben="Gminę Lichnowy",
                    total="18400.00",
                ),
                "the same gmina's small playground by the same village's school, the same autumn",
                (2, 3),
            ),
        ],
    ),
    (
        "Chocz: building the gmina road to the fields in Brudzewek, the marshal's grant "
        "(b17-pleszew-naszemiasto-chocz-droga-brudzewek)",
        [
            (
                r(
                    "Gmina Chocz. Trwa budowa drogi gminnej w Brudzewku",
                    "news-pleszew",
                    ben=GM_CHOCZ,
                    total="433000",
                ),
                "the passage restated (local news during the works; no programme labelled)",
            ),
            (
                r(
                    "Umowa z marszałkiem na drogę dojazdową do gruntów rolnych podpisana",
                    "ug-chocz",
                    "2022-04-26",
                    ben=GM_CHOCZ,
                    grant="173100.00",
                    prog=FOGR,
                ),
                "the gmina's news at signing, the marshal's grant",
            ),
            (
                r(
                    "Dofinansowanie budowy dróg dojazdowych do gruntów rolnych – lista gmin na 2022 rok",
                    "umww",
                    "2022-04-12",
                    ben="Gmina Chocz",
                    grant="173100.00",
                    prog="środki z tytułu wyłączenia gruntów z produkcji rolnej",
                ),
                "the marshal's list of the year's farm-road grants",
            ),
            (
                r(
                    "Przetarg nieograniczony: budowa drogi w miejscowości Brudzewek – nawierzchnia bitumiczna",
                    "bip-chocz",
                    "2022-05-09",
                    ben="Gminę Chocz",
                    total="452000.00",
                ),
                "the BIP's tender, the estimate, the body in the accusative",
            ),
            (
                r(
                    "Rolnicy z Brudzewka dojadą do pól asfaltem",
                    "ug-chocz",
                    "2022-09-15",
                    ben=GM_CHOCZ,
                    total="432780.15",
                ),
                "the gmina's news at completion, the sum to the grosz",
            ),
        ],
        [
            (
                r(
                    "Gmina Brudzew. Trwa budowa drogi gminnej w Koźmicach",
                    "news-turek",
                    "2022-07-20",
                    ben="Gmina Brudzew",
                    total="398000.00",
                ),
                "a gmina named like the village (turecki powiat), its own farm road, a near-identical headline",
                (0, 3),
            ),
            (
                r(
                    "Dofinansowanie budowy dróg dojazdowych do gruntów rolnych – lista gmin na 2022 rok",
                    "umww",
                    "2022-04-12",
                    ben="Gmina Czermin",
                    grant="160000.00",
                    prog="środki z tytułu wyłączenia gruntów z produkcji rolnej",
                ),
                "the neighbouring gmina on the marshal's same list",
                (2, 1, 4),
            ),
            (
                r(
                    "Gmina Chocz. Powstaje droga dojazdowa do pól w Kwileniu",
                    "news-pleszew",
                    "2023-07-11",
                    ben=GM_CHOCZ,
                    total="389000.00",
                ),
                "the same gmina's farm road in another village a year later, a like headline",
                (0, 4),
            ),
            (
                r(
                    "Utwardzenie drogi tłuczniem w Brudzewku",
                    "ug-chocz",
                    "2019-06-03",
                    ben=GM_CHOCZ,
                    total="96000.00",
                    grant="38400.00",
                    prog=FOGR,
                ),
                "the same village's earlier gravel road, another project three years before",
                (1, 4, 0),
            ),
            (
                r(
                    "Przebudowa ulicy Kaliskiej w Choczu – umowa z wykonawcą",
                    "ug-chocz",
                    "2022-05-30",
                    ben=GM_CHOCZ,
                    total="1240000.00",
                    prog=PIS,
                ),
                "the same gmina's town street of the same months, another programme",
                (3, 0, 1),
            ),
            (
                r(
                    "Gregbud z Nowego Oleśca wyremontuje drogę w Broniszewicach",
                    "news-pleszew",
                    "2022-08-02",
                    ben="Gmina Czermin",
                    total="512000.00",
                ),
                "the same contractor's road for another gmina, the same news site",
                (0, 2),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round15.jsonl", "r15s", ROUND15)


if __name__ == "__main__":
    main()
