"""Builds pairs_round10.jsonl: a tenth held-out round, scored once by the lead, never tuned on.

Built as rounds 6 to 9 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round9.py name theirs), and from
none of the prospective gates' batches (b19, b24): b21a-dlugoleka-dolnoslaskie-zlobki-ii-kielczow,
b21b-gok-info-dzienny-dom-senior-kazimierz, b21b-mopsgostynin-wytchnieniowa-asystent-2022,
b15a-powiatjanowski-polski-lad-droga-dzwola-goraj, b18-wietrzychowice-fds-miechowice-wielkie-2018,
eu-szczucin-rfil-biblioteka, b15b-lokalna24-fio-opolskie-dobra-rodzina-2019,
b22b-gopszabierzow-asystent-rodziny-2021, b21a-powiatlukowski-pfron-winda-mikrobus-wtz,
news-echo24-ksztalcenie-zawodowe-dolny-slask, b10-polanka-wielka-kanalizacja-nfosigw-2018,
b16a-dobre-boisko-dropie-ministerstwo-sportu, ops-pcprpiaseczno-aktywny-samorzad-2024 and
b12-zmudz-pis-szatnia-boisko (an EU nursery project of a gmina; Senior+, Opieka wytchnieniowa, a powiat's
Polski Ład road, a gmina's Fundusz Dróg Samorządowych road, RFIL for a library, an NGO's FIO grant, the family
assistant programme, a powiat's PFRON contract, a voivodeship's vocational project with partners, a sewer from
NFOŚiGW, a school sports field, a PCPR's Aktywny samorząd edition and a Polski Ład changing-room building).

The first variant restates the passage (its headline, or its lead sentence when the page has none, as the
title; its hand labels as the fields, `published` only when the passage states it; one grant where the passage
labels several, the headline's). The other variants are how the gmina, its OPS or school, the BIP, the powiat,
the voivodeship or the wojewoda, a local news site or a later report would word the same project (written for
this set: other titles with few shared words, names in other grammatical cases, often without amounts or
period, a report's spent sum, a promesa larger than the grant after the tender, an abbreviated body). The
near-misses are the next or previous edition of a yearly programme, the neighbouring gmina or powiat in the same
call (at times with the very same sums), another stage, module or section of a road, the same body's other
project of the same months (at times on the same building or field), a gmina of the same or a like name
elsewhere (Dobre in the radziejowski powiat and in the miński one, Gostynin town and rural gmina, Gostyń,
Szczuczyn, Żmigród), and another voivodeship with a like name. Every two variants of a seed are a same pair;
each near-miss is paired with one or two variants (the restated passage and the variant it is likeliest to be
confused with), so that about 40 % of the pairs are the same. Labels were written by reading each record, never
from the grouping's output.

    python tests/projects/build_round10.py   # rewrites pairs_round10.jsonl; deterministic
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

RPO_WD = "RPO WD 2014-2020"
SENIOR = "Senior+"
OW = "Opieka wytchnieniowa"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
PIS = "Program Inwestycji Strategicznych"
RFIL = "Rządowy Fundusz Inwestycji Lokalnych"
RFRD = "Rządowy Fundusz Rozwoju Dróg"
FDS_PROG = "Program rozwoju gminnej i powiatowej infrastruktury drogowej"
FIO = "Fundusz Inicjatyw Obywatelskich"
AR = "Asystent rodziny i koordynator rodzinnej pieczy zastępczej"
PWRMR = "Program wyrównywania różnic między regionami"
AS = "Aktywny samorząd"
PROW = "PROW 2014-2020"
DOBRA_RODZINA = "Stowarzyszenie Rodzin Zastępczych „Dobra Rodzina”"
MOPS_GOSTYNIN = "Miejski Ośrodek Pomocy Społecznej w Gostyninie"
PCPR_PIASECZNO = "Powiatowe Centrum Pomocy Rodzinie w Piasecznie"
ZABIERZOW_UMOWA = "142/AR/FP/2021"

ROUND10: list[Seed] = [
    (
        "Długołęka: Dolnośląskie Żłobki II, the Kiełczów nursery (b21a-dlugoleka-dolnoslaskie-zlobki-ii-kielczow)",
        [
            (
                r(
                    "Dolnośląskie Żłobki II",
                    "ug-dlugoleka",
                    ben="Gmina Długołęka",
                    total="14833511.00",
                    grant="12608484.35",
                    start="2021-01-01",
                    end="2022-12-31",
                    prog=RPO_WD,
                ),
                "the passage restated (the gmina's EU project page)",
            ),
            (
                r(
                    "Gminny Żłobek w Kiełczowie przyjmuje pierwsze dzieci – 150 miejsc w sześciu grupach",
                    "zlobek-kielczow",
                    "2021-02-01",
                    impl="Gminny Żłobek w Kiełczowie",
                ),
                "the nursery's own news, no amounts",
            ),
            (
                r(
                    "Pieniądze z Unii na prowadzenie nowego żłobka – umowa Gminy Długołęka podpisana",
                    "news-wroclaw",
                    "2020-12-14",
                    ben="Gminy Długołęka",
                    grant="6515814.00",
                    prog="Regionalny Program Operacyjny Województwa Dolnośląskiego 2014-2020",
                ),
                "local news (the gmina's part of the grant), beneficiary in the genitive",
            ),
            (
                r(
                    "Sprawozdanie z realizacji projektu „Dolnośląskie Żłobki II” w Gminie Długołęka za lata 2021-2022",
                    "bip-dlugoleka",
                    "2023-02-20",
                    ben="Gmina Długołęka",
                    total="7812340.55",
                    start="2021-01-01",
                    end="2022-12-31",
                ),
                "the BIP's report (the gmina's spent budget)",
            ),
            (
                r(
                    "Opieka nad maluchami do lat 3 w Kiełczowie współfinansowana ze środków unijnych",
                    "ug-dlugoleka",
                    "2021-01-12",
                    ben="Gmina Długołęka",
                    grant="6515814.00",
                    prog=RPO_WD,
                ),
                "the gmina's news at the start, its part of the grant",
            ),
        ],
        [
            (
                r(
                    "Budowa Gminnego Żłobka w Kiełczowie",
                    "ug-dlugoleka",
                    "2019-06-04",
                    ben="Gmina Długołęka",
                    total="9850000.00",
                    grant="2430000.00",
                    start="2019-05-01",
                    end="2020-11-30",
                    prog="Maluch+",
                ),
                "the building of the same nursery, an earlier project from another programme",
                (0, 3),
            ),
            (
                r(
                    "Gmina Czernica tworzy nowe miejsca w żłobku dzięki RPO WD",
                    "ug-czernica",
                    "2021-01-20",
                    ben="Gmina Czernica",
                    grant="1120500.00",
                    start="2021-01-01",
                    end="2022-12-31",
                    prog=RPO_WD,
                ),
                "the neighbouring gmina's nursery project in the same programme and months",
                (0, 4),
            ),
            (
                r(
                    "Dolnośląskie Żłobki III – kolejne miejsca opieki w Gminie Długołęka",
                    "ug-dlugoleka",
                    "2023-08-30",
                    ben="Gmina Długołęka",
                    grant="3120000.00",
                    start="2023-09-01",
                    end="2025-08-31",
                    prog="FEDS 2021-2027",
                ),
                "the next edition of the project under the next programme",
                (0, 3),
            ),
            (
                r(
                    "Żłobek w Kiełczewie – Gmina Kościan z dofinansowaniem",
                    "ug-koscian",
                    "2021-02-03",
                    ben="Gmina Kościan",
                    grant="842000.00",
                    prog="Maluch+",
                ),
                "a nursery in a like-named village (Kiełczewo) of another gmina",
                (0, 1),
            ),
            (
                r(
                    "Termomodernizacja Szkoły Podstawowej w Kiełczowie",
                    "ug-dlugoleka",
                    "2021-03-15",
                    ben="Gmina Długołęka",
                    total="3400000.00",
                    eu="2100000.00",
                    start="2021-03-01",
                    end="2022-10-31",
                    prog=RPO_WD,
                ),
                "the same gmina's other EU project in the same village and months",
                (0, 4),
            ),
            (
                r(
                    "Dolnośląskie Żłobki – pierwsza edycja w Gminie Długołęka",
                    "ug-dlugoleka",
                    "2019-03-10",
                    ben="Gmina Długołęka",
                    total="2310400.00",
                    start="2019-01-01",
                    end="2020-06-30",
                    prog=RPO_WD,
                ),
                "the project's first edition (another nursery, earlier years)",
                (0, 3),
            ),
            (
                r(
                    "Klub dziecięcy w Borowej – Gmina Długołęka z programu Maluch+ 2021",
                    "ug-dlugoleka",
                    "2021-03-09",
                    ben="Gmina Długołęka",
                    grant="456000.00",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog="Maluch+",
                ),
                "the same gmina's other childcare place of the same year, another programme",
                (0, 2),
            ),
        ],
    ),
    (
        "Kazimierz Biskupi: Senior+ 2020 module II, the centre's running (b21b-gok-info-dzienny-dom-senior-kazimierz)",
        [
            (
                r(
                    "72 tysiące złotych dostał Dzienny Dom „Senior+”",
                    "news-gok-info",
                    ben="Gmina Kazimierz Biskupi",
                    grant="72000",
                    prog=SENIOR,
                ),
                "the passage restated (local news)",
            ),
            (
                r(
                    "Wicewojewoda podpisała umowę na funkcjonowanie Dziennego Domu Senior+ w Kazimierzu Biskupim",
                    "uw-poznan",
                    "2020-05-26",
                    ben="Gminą Kazimierz Biskupi",
                    grant="72000.00",
                    prog="Senior+ edycja 2020 moduł II",
                ),
                "the wojewoda's note of the contract, beneficiary in the instrumental",
            ),
            (
                r(
                    "Program Senior+ 2020 – moduł II – zapewnienie funkcjonowania placówki",
                    "ug-kazimierz-biskupi",
                    "2020-06-02",
                    ben="Gmina Kazimierz Biskupi",
                    grant="72000.00",
                    total="120000.00",
                    start="2020-01-01",
                    end="2020-12-31",
                    prog="Rządowy Program Wieloletni Senior+ na lata 2015-2020",
                ),
                "the gmina's programme page with the task's cost",
            ),
            (
                r(
                    "Seniorzy z Kazimierza Biskupiego aktywni także w czasie pandemii",
                    "dds-kazimierz-biskupi",
                    "2020-09-14",
                    impl="Dzienny Dom Senior+ w Kazimierzu Biskupim",
                    prog=SENIOR,
                ),
                "the day centre's news of its 2020 activities, no amounts",
            ),
            (
                r(
                    "Sprawozdanie z realizacji zadania „Zapewnienie funkcjonowania Dziennego Domu Senior+” w 2020 r.",
                    "bip-kazimierz-biskupi",
                    "2021-01-28",
                    ben="Gmina Kazimierz Biskupi",
                    grant="71460.22",
                    total="118940.50",
                    start="2020-01-01",
                    end="2020-12-31",
                    prog=SENIOR,
                ),
                "the BIP's report (spent sums)",
            ),
        ],
        [
            (
                r(
                    "Utworzenie Dziennego Domu Senior+ w Kazimierzu Biskupim",
                    "ug-kazimierz-biskupi",
                    "2019-07-10",
                    ben="Gmina Kazimierz Biskupi",
                    grant="239907.00",
                    total="299884.40",
                    start="2019-06-01",
                    end="2019-12-31",
                    prog=SENIOR,
                ),
                "the same centre's creation (module I, 2019), which the passage recalls",
                (0, 2),
            ),
            (
                r(
                    "Dzienny Dom Senior+ z dotacją na 2021 rok",
                    "news-gok-info",
                    "2021-05-12",
                    ben="Gmina Kazimierz Biskupi",
                    grant="72000",
                    prog=SENIOR,
                ),
                "the next edition's running grant, the very same sum",
                (0, 1),
            ),
            (
                r(
                    "Klub Senior+ w Kleczewie otrzymał dotację na działalność",
                    "news-konin",
                    "2020-05-27",
                    ben="Gmina Kleczew",
                    grant="38400",
                    prog=SENIOR,
                ),
                "the neighbouring gmina's Senior+ running grant the same week",
                (0, 1),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Kazimierzu Dolnym z dofinansowaniem na 2020 rok",
                    "ug-kazimierz-dolny",
                    "2020-05-20",
                    ben="Gmina Kazimierz Dolny",
                    grant="72000",
                    prog=SENIOR,
                ),
                "a like-named gmina (Kazimierz Dolny) with the same sum the same month",
                (0, 2),
            ),
            (
                r(
                    "Gmina Kazimierz Biskupi z pieniędzmi na opiekę wytchnieniową",
                    "ug-kazimierz-biskupi",
                    "2020-06-10",
                    ben="Gmina Kazimierz Biskupi",
                    grant="28800.00",
                    start="2020-06-01",
                    end="2020-12-31",
                    prog=OW,
                ),
                "the same gmina's other programme of the same months",
                (0, 2),
            ),
            (
                r(
                    "Klub Senior+ w Bieniszewie – gmina utworzy drugą placówkę",
                    "ug-kazimierz-biskupi",
                    "2020-06-18",
                    ben="Gmina Kazimierz Biskupi",
                    grant="150000.00",
                    start="2020-06-01",
                    end="2020-12-31",
                    prog="Senior+ edycja 2020 moduł I",
                ),
                "the same gmina's module I project (a new club) of the same edition",
                (0, 1),
            ),
        ],
    ),
    (
        "Gostynin (town): Opieka wytchnieniowa 2022 (b21b-mopsgostynin-wytchnieniowa-asystent-2022)",
        [
            (
                r(
                    "Programy resortowe MRiPS 2022",
                    "mops-gostynin",
                    "2022-03-30",
                    ben="Gmina Miasta Gostynina",
                    grant="61200.00",
                    prog=OW,
                ),
                "the passage restated (the MOPS's page; the respite programme's first tranche)",
            ),
            (
                r(
                    "Umowa z Wojewodą Mazowieckim na Opiekę wytchnieniową 2022 zawarta",
                    "muw-warszawa",
                    "2022-02-22",
                    ben="Gminą Miasta Gostynina",
                    prog="Opieka wytchnieniowa – edycja 2022",
                ),
                "the wojewoda's note of the contract, no amounts, beneficiary in the instrumental",
            ),
            (
                r(
                    "Wsparcie dla opiekunów osób z niepełnosprawnością – zapisy do programu",
                    "mops-gostynin",
                    "2022-04-05",
                    impl=MOPS_GOSTYNIN,
                    start="2022-04-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the MOPS's call for participants, the period",
            ),
            (
                r(
                    "Podsumowanie programu „Opieka wytchnieniowa” – edycja 2022",
                    "mops-gostynin",
                    "2023-01-16",
                    impl="MOPS w Gostyninie",
                    total="181944.00",
                    start="2022-03-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the MOPS's closing report (spent sum), abbreviated body",
            ),
            (
                r(
                    "Gostynin: ponad 63 tys. zł z Funduszu Solidarnościowego na wytchnienie dla opiekunów",
                    "news-gostynin",
                    "2022-03-12",
                    ben="Gmina Miasta Gostynina",
                    grant="63648.00",
                ),
                "local news of the first tranche (services and handling together)",
            ),
        ],
        [
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022 w Gostyninie",
                    "mops-gostynin",
                    "2022-03-30",
                    ben="Gmina Miasta Gostynina",
                    grant="153015.00",
                    prog=AOON,
                ),
                "the other programme of the same contract day and page",
                (0, 1),
            ),
            (
                r(
                    "Program „Opieka wytchnieniowa” – edycja 2023 w Gostyninie",
                    "mops-gostynin",
                    "2023-02-20",
                    ben="Gmina Miasta Gostynina",
                    grant="96000.00",
                    prog=OW,
                ),
                "the next edition",
                (0, 2),
            ),
            (
                r(
                    "Gmina Gostynin realizuje program Opieka wytchnieniowa 2022",
                    "gops-gostynin",
                    "2022-03-15",
                    ben="Gmina Gostynin",
                    impl="Gminny Ośrodek Pomocy Społecznej w Gostyninie",
                    grant="61200.00",
                    prog=OW,
                ),
                "the rural gmina of the same name (its GOPS), the same edition and sum",
                (0, 2),
            ),
            (
                r(
                    "Opieka wytchnieniowa 2022 w Gostyniu",
                    "ops-gostyn",
                    "2022-03-08",
                    ben="Gmina Gostyń",
                    grant="58560.00",
                    prog=OW,
                ),
                "a like-named town (Gostyń, wielkopolskie), the same edition",
                (0, 4),
            ),
            (
                r(
                    "Program „Opieka wytchnieniowa” – edycja 2021",
                    "mops-gostynin",
                    "2021-05-10",
                    ben="Gmina Miasta Gostynina",
                    grant="42840.00",
                    prog=OW,
                ),
                "the previous edition",
                (0, 1),
            ),
            (
                r(
                    "Gmina Łąck z dofinansowaniem na opiekę wytchnieniową",
                    "ug-lack",
                    "2022-02-25",
                    ben="Gmina Łąck",
                    grant="61200.00",
                    prog=OW,
                ),
                "the neighbouring gmina in the same edition, the same sum",
                (0, 4),
            ),
            (
                r(
                    "Opieka wytchnieniowa dla rodzin osób z niepełnosprawnością – PCPR w Gostyninie",
                    "pcpr-gostynin",
                    "2022-03-02",
                    ben="Powiat Gostyniński",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Gostyninie",
                    grant="48000.00",
                    prog=OW,
                ),
                "the powiat of the same name (its PCPR), the same edition",
                (0, 3),
            ),
        ],
    ),
    (
        "Powiat Janowski: Polski Ład for the Dzwola – Goraj road (b15a-powiatjanowski-polski-lad-droga-dzwola-goraj)",
        [
            (
                r(
                    "Środki z Rządowego Funduszu Polski Ład Program Inwestycji Strategicznych "
                    "trafią do naszego powiatu!",
                    "powiat-janowski",
                    ben="Powiat Janowski",
                    grant="14250000",
                    prog=PIS,
                ),
                "the passage restated (the powiat's news)",
            ),
            (
                r(
                    "Przebudowa drogi powiatowej Dzwola – Goraj",
                    "pzd-janow",
                    "2022-06-10",
                    impl="Powiatowy Zarząd Dróg w Janowie Lubelskim",
                    total="15012000.00",
                    start="2022-07-01",
                    end="2023-10-31",
                ),
                "the road authority's page of the works",
            ),
            (
                r(
                    "Czeki z Polskiego Ładu dla samorządów ziemi janowskiej",
                    "news-janow",
                    "2021-12-03",
                    ben="Powiatowi Janowskiemu",
                    grant="14250000",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "local news of the cheques, beneficiary in the dative",
            ),
            (
                r(
                    "Umowa z wykonawcą przebudowy drogi Dzwola–Goraj podpisana",
                    "powiat-janowski",
                    "2022-06-28",
                    ben="Powiat Janowski",
                    total="15012000.00",
                    prog=PIS,
                ),
                "the powiat's news of the works contract",
            ),
            (
                r("Powiat przebuduje drogę z Goraja do Dzwoli", "ug-goraj", "2022-07-15", ben="Powiat Janowski"),
                "the neighbouring gmina's news, no amounts",
            ),
        ],
        [
            (
                r(
                    "Przebudowa drogi powiatowej Janów Lubelski – Łążek Ordynacki z Polskiego Ładu",
                    "powiat-janowski",
                    "2021-12-03",
                    ben="Powiat Janowski",
                    grant="8550000",
                    prog=PIS,
                ),
                "the same powiat's other road from the same call",
                (0, 3),
            ),
            (
                r(
                    "Gmina Dzwola z czekiem na 4,5 mln zł z Polskiego Ładu",
                    "ug-dzwola",
                    "2021-12-03",
                    ben="Gmina Dzwola",
                    grant="4500000",
                    prog=PIS,
                ),
                "the gmina Dzwola's own grant handed over the same day",
                (0, 4),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej Goraj – Dzwola na odcinku w powiecie biłgorajskim",
                    "powiat-bilgorajski",
                    "2022-05-10",
                    ben="Powiat Biłgorajski",
                    grant="6300000",
                    prog=PIS,
                ),
                "the neighbouring powiat's section of the same road, its own grant",
                (1, 4),
            ),
            (
                r(
                    "Drugi etap przebudowy drogi Dzwola – Goraj z kolejnej edycji Polskiego Ładu",
                    "powiat-janowski",
                    "2022-11-15",
                    ben="Powiat Janowski",
                    grant="5700000",
                    prog=PIS,
                ),
                "the road's next stage from the next edition",
                (0, 1),
            ),
            (
                r(
                    "Gmina Janów Podlaski przebuduje drogę gminną dzięki Polskiemu Ładowi",
                    "ug-janow-podlaski",
                    "2021-12-06",
                    ben="Gmina Janów Podlaski",
                    grant="4250000",
                    prog=PIS,
                ),
                "a like-named gmina (Janów Podlaski) in the same call",
                (0, 2),
            ),
            (
                r(
                    "Powiat Janowski z Rządowego Funduszu Rozwoju Dróg – droga w Momotach",
                    "powiat-janowski",
                    "2022-03-22",
                    ben="Powiat Janowski",
                    grant="1240000",
                    prog=RFRD,
                ),
                "the same powiat's other road from another fund in the same months",
                (0, 3),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej Dzwola – Kocudza",
                    "pzd-janow",
                    "2022-08-22",
                    impl="Powiatowy Zarząd Dróg w Janowie Lubelskim",
                    total="2630000.00",
                    start="2022-09-01",
                    end="2023-06-30",
                ),
                "the same road authority's other road from the same village, the same months",
                (1, 3),
            ),
        ],
    ),
    (
        "Wietrzychowice: FDS for the Miechowice Wielkie road (b18-wietrzychowice-fds-miechowice-wielkie-2018)",
        [
            (
                r(
                    "GMINA WIETRZYCHOWICE Z KOLEJNYM DOFINANSOWANIEM REMONTU DRÓG – 93 364,00 ZŁ",
                    "ug-wietrzychowice",
                    ben="Gmina Wietrzychowice",
                    grant="93364.00",
                    prog=FDS_PROG,
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Remont drogi gminnej nr 202824K w Miechowicach Wielkich",
                    "ug-wietrzychowice",
                    "2019-05-20",
                    ben="Gmina Wietrzychowice",
                    total="187120.00",
                    start="2019-05-01",
                    end="2019-08-31",
                ),
                "the gmina's page of the works, the cost",
            ),
            (
                r(
                    "Wojewoda przekazał promesę na drogę przez wieś w Miechowicach Wielkich",
                    "muw-krakow",
                    "2019-02-14",
                    ben="Gminie Wietrzychowice",
                    grant="93364",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the wojewoda's note of the promesa, beneficiary in the dative",
            ),
            (
                r(
                    "Nowa nawierzchnia na drodze w Miechowicach Wielkich",
                    "news-tarnow",
                    "2019-09-10",
                    ben="Gmina Wietrzychowice",
                    total="183540.27",
                ),
                "local news after the works (spent sum)",
            ),
            (
                r(
                    "Zawiadomienie o wyborze oferty – remont drogi „Miechowice Wielkie przez Wieś”",
                    "bip-wietrzychowice",
                    "2019-04-15",
                    ben="Gmina Wietrzychowice",
                    total="183540.27",
                ),
                "the BIP's tender result",
            ),
        ],
        [
            (
                r(
                    "Gmina Wietrzychowice z dofinansowaniem remontu drogi w Sieradzy",
                    "ug-wietrzychowice",
                    "2018-10-05",
                    ben="Gmina Wietrzychowice",
                    grant="120500.00",
                    prog=FDS_PROG,
                ),
                "the same gmina's previous road grant (the passage's „kolejne”)",
                (0, 1),
            ),
            (
                r(
                    "Gmina Żabno z Funduszu Dróg Samorządowych – remont drogi w Siedliszowicach",
                    "ug-zabno",
                    "2018-12-20",
                    ben="Gmina Żabno",
                    grant="215400.00",
                    prog=FDS_PROG,
                ),
                "the neighbouring gmina on the same list",
                (0, 2),
            ),
            (
                r(
                    "Remont drogi gminnej 202824K Miechowice Wielkie przez Wieś – etap II (km 2+114 – 2+750)",
                    "ug-wietrzychowice",
                    "2020-03-18",
                    ben="Gmina Wietrzychowice",
                    grant="101200.00",
                    prog=FDS_PROG,
                ),
                "the same road's next section, the next year's list",
                (0, 1),
            ),
            (
                r(
                    "Przebudowa drogi w Miechowicach Małych",
                    "ug-wietrzychowice",
                    "2019-06-12",
                    ben="Gmina Wietrzychowice",
                    total="145000.00",
                    prog=PROW,
                ),
                "the same gmina's road in the neighbouring village (Miechowice Małe), the same months",
                (1, 3),
            ),
            (
                r(
                    "Gmina Wierzchosławice z dofinansowaniem remontu drogi z FDS",
                    "ug-wierzchoslawice",
                    "2018-12-20",
                    ben="Gmina Wierzchosławice",
                    grant="98210.00",
                    prog=FDS_PROG,
                ),
                "a like-named gmina of the same powiat on the same list",
                (0, 2),
            ),
            (
                r(
                    "Remont drogi gminnej Wietrzychowice – Przybysławice z Funduszu Dróg Samorządowych",
                    "ug-wietrzychowice",
                    "2019-11-20",
                    ben="Gmina Wietrzychowice",
                    grant="150000.00",
                    prog=FDS_PROG,
                ),
                "the same gmina's road from the next year's list",
                (0, 2),
            ),
            (
                r(
                    "Remont świetlicy wiejskiej w Miechowicach Wielkich",
                    "ug-wietrzychowice",
                    "2019-06-03",
                    ben="Gmina Wietrzychowice",
                    total="90000.00",
                    prog=PROW,
                ),
                "the same gmina's other works in the same village and months",
                (1, 3),
            ),
        ],
    ),
    (
        "Szczucin: RFIL for the new public library building (eu-szczucin-rfil-biblioteka)",
        [
            (
                r(
                    "Rozstrzygnięcie naboru wniosków do Rządowego Funduszu Inwestycji Lokalnych",
                    "ug-szczucin",
                    ben="Gmina Szczucin",
                    grant="4500000.00",
                    prog=RFIL,
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "4,5 mln zł na nową siedzibę biblioteki w Szczucinie",
                    "news-dabrowa",
                    "2020-07-24",
                    ben="Gmina Szczucin",
                    grant="4500000",
                    prog="Tarcza dla samorządów",
                ),
                "local news, the fund by its nickname",
            ),
            (
                r(
                    "Budowa budynku Biblioteki Publicznej w Szczucinie – ogłoszenie o zamówieniu",
                    "bip-szczucin",
                    "2021-02-15",
                    ben="Gmina Szczucin",
                    total="5230000.00",
                ),
                "the BIP's tender notice (estimated cost)",
            ),
            (
                r(
                    "Książki przeprowadziły się do nowego budynku – uroczyste otwarcie",
                    "biblioteka-szczucin",
                    "2022-09-20",
                    impl="Biblioteka Publiczna w Szczucinie",
                    total="5187440.12",
                    prog=RFIL,
                ),
                "the library's news at the opening (the final cost)",
            ),
            (
                r(
                    "Uchwała w sprawie zmian w budżecie gminy na 2020 rok – środki z RFIL",
                    "bip-szczucin",
                    "2020-08-27",
                    ben="Gmina Szczucin",
                    grant="4500000.00",
                ),
                "the BIP's budget resolution taking the grant in",
            ),
        ],
        [
            (
                r(
                    "Gmina Szczucin z RFIL dla terenów popegeerowskich – przebudowa drogi w Delastowicach",
                    "ug-szczucin",
                    "2021-08-10",
                    ben="Gmina Szczucin",
                    grant="1200000.00",
                    prog=RFIL,
                ),
                "the same gmina's grant from the fund's later (PGR) call, another investment",
                (0, 4),
            ),
            (
                r(
                    "Gmina Radgoszcz otrzymała pieniądze z Rządowego Funduszu Inwestycji Lokalnych",
                    "ug-radgoszcz",
                    "2020-07-24",
                    ben="Gmina Radgoszcz",
                    grant="4500000.00",
                    prog=RFIL,
                ),
                "the neighbouring gmina in the same call, the very same sum",
                (0, 1),
            ),
            (
                r(
                    "Gmina Szczuczyn z RFIL na rozbudowę biblioteki",
                    "ug-szczuczyn",
                    "2020-07-28",
                    ben="Gmina Szczuczyn",
                    grant="2300000.00",
                    prog=RFIL,
                ),
                "a like-named gmina (Szczuczyn, podlaskie) with a library from the same call",
                (0, 2),
            ),
            (
                r(
                    "Nowości w bibliotece dzięki Narodowemu Programowi Rozwoju Czytelnictwa",
                    "biblioteka-szczucin",
                    "2022-06-14",
                    impl="Biblioteka Publiczna w Szczucinie",
                    grant="9200.00",
                    prog="Narodowy Program Rozwoju Czytelnictwa",
                ),
                "the library's own book-buying grant of the same year",
                (2, 3),
            ),
            (
                r(
                    "Modernizacja oczyszczalni ścieków w Szczucinie",
                    "ug-szczucin",
                    "2020-07-30",
                    ben="Gmina Szczucin",
                    total="3800000.00",
                    grant="2400000.00",
                    prog=PROW,
                ),
                "the same gmina's other investment of the same weeks",
                (0, 2),
            ),
            (
                r(
                    "Wyposażenie nowej siedziby biblioteki w Szczucinie z programu Infrastruktura bibliotek",
                    "ug-szczucin",
                    "2022-05-09",
                    ben="Gmina Szczucin",
                    grant="310000.00",
                    prog="Infrastruktura bibliotek 2021-2025",
                ),
                "the same building's furnishing, another programme",
                (2, 3),
            ),
        ],
    ),
    (
        "Kędzierzyn-Koźle: „Dobra Rodzina” FIO 2019 project (b15b-lokalna24-fio-opolskie-dobra-rodzina-2019)",
        [
            (
                r(
                    "Więcej mocy dla lokalnych społeczników",
                    "news-lokalna24",
                    ben=DOBRA_RODZINA,
                    grant="54780",
                    prog=FIO,
                ),
                "the passage restated (local news; the first year's grant)",
            ),
            (
                r(
                    "Partnerstwo na rzecz rodzicielstwa zastępczego – ruszamy!",
                    "ngo-dobra-rodzina",
                    "2019-05-06",
                    ben=DOBRA_RODZINA,
                    grant="185480.00",
                    start="2019-05-01",
                    end="2020-12-31",
                    prog="FIO 2014-2020",
                ),
                "the association's news (both years' grant together, the period)",
            ),
            (
                r(
                    "Rodziny zastępcze z Kędzierzyna-Koźla działają razem z PCPR",
                    "news-kk",
                    "2019-09-18",
                    ben="Stowarzyszenia Rodzin Zastępczych „Dobra Rodzina”",
                ),
                "local news of the activities, no amounts, beneficiary in the genitive",
            ),
            (
                r(
                    "„Partnerstwo na rzecz rodzicielstwa zastępczego” – wyniki konkursu FIO 2019",
                    "niw-crso",
                    "2019-04-10",
                    ben="Stowarzyszenie Rodzin Zastępczych Dobra Rodzina",
                    grant="54780.00",
                    prog="Program Fundusz Inicjatyw Obywatelskich na lata 2014-2020",
                ),
                "the operator's results row (name without quotes)",
            ),
            (
                r(
                    "Sprawozdanie z pierwszego roku projektu",
                    "ngo-dobra-rodzina",
                    "2020-01-30",
                    ben=DOBRA_RODZINA,
                    total="54512.40",
                    start="2019-05-01",
                    end="2019-12-31",
                    prog=FIO,
                ),
                "the association's first-year report (spent sum)",
            ),
        ],
        [
            (
                r(
                    "Akademia rodzica zastępczego – nowy projekt z NOWEFIO",
                    "ngo-dobra-rodzina",
                    "2021-06-02",
                    ben=DOBRA_RODZINA,
                    grant="98000.00",
                    start="2021-06-01",
                    end="2022-12-31",
                    prog="Fundusz Inicjatyw Obywatelskich NOWEFIO",
                ),
                "the same association's later project from the programme's next edition",
                (0, 1),
            ),
            (
                r(
                    "Stowarzyszenie „Razem dla Rodziny” z Opola z dotacją FIO 2019",
                    "news-opole",
                    "2019-04-12",
                    ben="Stowarzyszenie „Razem dla Rodziny”",
                    grant="54780",
                    prog=FIO,
                ),
                "another organisation of the region in the same edition, the same sum",
                (0, 3),
            ),
            (
                r(
                    "Fundacja „Dobra Rodzina” z Krakowa z dotacją na wsparcie rodzin zastępczych",
                    "news-krakow",
                    "2019-04-15",
                    ben="Fundacja „Dobra Rodzina”",
                    grant="60000.00",
                    prog=FIO,
                ),
                "a like-named foundation elsewhere, the same edition",
                (0, 2),
            ),
            (
                r(
                    "Piknik rodzin zastępczych z małym grantem miasta",
                    "ngo-dobra-rodzina",
                    "2019-06-10",
                    ben=DOBRA_RODZINA,
                    grant="5000.00",
                    start="2019-06-01",
                    end="2019-06-30",
                ),
                "the same association's city small grant of the same months",
                (1, 2),
            ),
            (
                r(
                    "Program wsparcia rodzinnej pieczy zastępczej w powiecie kędzierzyńsko-kozielskim na 2019 rok",
                    "pcpr-kk",
                    "2019-03-20",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Kędzierzynie-Koźlu",
                    grant="120000.00",
                    start="2019-01-01",
                    end="2019-12-31",
                ),
                "the powiat's own foster-care programme the association works beside",
                (1, 2),
            ),
            (
                r(
                    "Szkolenia dla kandydatów na rodziny zastępcze – zadanie zlecone przez powiat",
                    "ngo-dobra-rodzina",
                    "2019-08-28",
                    ben=DOBRA_RODZINA,
                    grant="24000.00",
                    start="2019-09-01",
                    end="2019-12-31",
                ),
                "the same association's task commissioned by the powiat, inside the project's months",
                (1, 4),
            ),
        ],
    ),
    (
        "Zabierzów: Asystent rodziny 2021, the one-off bonus (b22b-gopszabierzow-asystent-rodziny-2021)",
        [
            (
                r(
                    "Program „Asystent Rodziny na rok 2021”",
                    "gops-zabierzow",
                    ben="Gmina Zabierzów",
                    grant="2320.00",
                    total="2784",
                    prog=AR,
                    contract=ZABIERZOW_UMOWA,
                ),
                "the passage restated (the GOPS's page, the contract number it prints)",
            ),
            (
                r(
                    "Dodatek dla asystentów rodziny – umowa z Wojewodą Małopolskim",
                    "ug-zabierzow",
                    "2021-11-18",
                    ben="Gmina Zabierzów",
                    grant="2320.00",
                    contract=ZABIERZOW_UMOWA,
                ),
                "the gmina's news of the contract",
            ),
            (
                r(
                    "Jednorazowy dodatek dla asystentów rodziny wypłacony",
                    "gops-zabierzow",
                    "2021-12-20",
                    impl="Gminny Ośrodek Pomocy Społecznej w Zabierzowie",
                    total="2784.00",
                ),
                "the GOPS's news of the payment",
            ),
            (
                r(
                    "Informacja o realizacji umowy nr 142/AR/FP/2021",
                    "bip-zabierzow",
                    "2022-01-15",
                    ben="Gmina Zabierzów",
                    grant="2320.00",
                    contract=ZABIERZOW_UMOWA,
                ),
                "the BIP's settlement note (the contract number as title)",
            ),
        ],
        [
            (
                r(
                    "Program „Asystent rodziny na rok 2022”",
                    "gops-zabierzow",
                    "2022-06-20",
                    ben="Gmina Zabierzów",
                    grant="26400.00",
                    prog=AR,
                ),
                "the next year's programme",
                (0, 1),
            ),
            (
                r(
                    "Program „Asystent Rodziny na rok 2021” – Gmina Wielka Wieś",
                    "gops-wielka-wies",
                    "2021-12-02",
                    ben="Gmina Wielka Wieś",
                    grant="2320.00",
                    total="2784",
                    prog=AR,
                    contract="118/AR/FP/2021",
                ),
                "the neighbouring gmina with the very same sums, its own contract",
                (0, 1),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2021 w Gminie Zabierzów",
                    "gops-zabierzow",
                    "2021-10-28",
                    ben="Gmina Zabierzów",
                    grant="23100.00",
                    prog=OW,
                ),
                "the same gmina's other programme of the same months",
                (0, 2),
            ),
            (
                r(
                    "Dodatek dla asystentki rodziny z Zabierzowa Bocheńskiego",
                    "gops-rzezawa",
                    "2021-12-06",
                    ben="Gmina Rzezawa",
                    grant="1160.00",
                    prog=AR,
                ),
                "a gmina with a like-named village (Zabierzów Bocheński), the same programme",
                (0, 2),
            ),
            (
                r(
                    "Dofinansowanie wynagrodzeń asystentów rodziny w 2021 roku",
                    "gops-zabierzow",
                    "2021-03-10",
                    ben="Gmina Zabierzów",
                    grant="14400.00",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog=AR,
                ),
                "the same gmina's yearly wage grant for the assistants, another part of the programme",
                (0, 3),
            ),
            (
                r(
                    "Program „Asystent Rodziny na rok 2021” – dodatek dla asystentów w Gminie Zielonki",
                    "gops-zielonki",
                    "2021-11-30",
                    ben="Gmina Zielonki",
                    grant="4640.00",
                    total="5568",
                    prog=AR,
                    contract="131/AR/FP/2021",
                ),
                "the neighbouring gmina's contract of the same programme",
                (0, 3),
            ),
        ],
    ),
    (
        "Powiat Łukowski: PFRON contract, PWRMR III areas B and D (b21a-powiatlukowski-pfron-winda-mikrobus-wtz)",
        [
            (
                r(
                    "Środki PFRON pozyskane przez Powiat Łukowski",
                    "powiat-lukowski",
                    ben="Powiat Łukowski",
                    impl="Powiat Łukowski",
                    grant="240319.89",
                    prog=PWRMR,
                ),
                "the passage restated (the powiat's news; the contract's total grant)",
            ),
            (
                r(
                    "Winda w SP nr 5 i dwa busy – umowa starosty z PFRON",
                    "news-lukow",
                    "2021-06-15",
                    ben="Powiatem Łukowskim",
                    grant="240319.89",
                ),
                "local news, beneficiary in the instrumental",
            ),
            (
                r(
                    "Sprawozdanie z realizacji Programu wyrównywania różnic między regionami III w 2021 r.",
                    "bip-powiat-lukowski",
                    "2022-02-24",
                    ben="Powiat Łukowski",
                    grant="239880.12",
                    start="2021-06-14",
                    end="2021-12-31",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the BIP's report (spent sum, the period)",
            ),
            (
                r(
                    "Uchwała Zarządu Powiatu w sprawie wniosków do PFRON w obszarach B i D",
                    "bip-powiat-lukowski",
                    "2021-05-20",
                    ben="Powiat Łukowski",
                    grant="240319.89",
                    prog="PWRMR III",
                ),
                "the board's resolution before the contract, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Środki PFRON z Programu wyrównywania różnic między regionami 2022 dla Powiatu Łukowskiego",
                    "powiat-lukowski",
                    "2022-06-21",
                    ben="Powiat Łukowski",
                    grant="162000.00",
                    prog=PWRMR,
                ),
                "the next year's contract",
                (0, 1),
            ),
            (
                r(
                    "Powiat Radzyński pozyskał środki PFRON na trzy projekty",
                    "powiat-radzynski",
                    "2021-06-16",
                    ben="Powiat Radzyński",
                    grant="198400.00",
                    prog=PWRMR,
                ),
                "the neighbouring powiat in the same programme the same week",
                (0, 1),
            ),
            (
                r(
                    "Miasto Łuków z dofinansowaniem PFRON na windę w urzędzie",
                    "um-lukow",
                    "2021-06-18",
                    ben="Miasto Łuków",
                    grant="95000.00",
                    prog=PWRMR,
                ),
                "the town of the powiat's seat with its own PFRON lift, the same weeks",
                (0, 3),
            ),
            (
                r(
                    "Aktywny samorząd 2021 w Powiecie Łukowskim – nabór wniosków",
                    "pcpr-lukow",
                    "2021-03-01",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Łukowie",
                    prog=AS,
                ),
                "the same powiat's other PFRON programme",
                (0, 2),
            ),
            (
                r(
                    "Dotacja na zakup rezonansu magnetycznego dla szpitala w Łukowie",
                    "spzoz-lukow",
                    "2021-05-01",
                    ben="Powiat Łukowski",
                    grant="4000000",
                ),
                "the same powiat's wojewoda grant of the same months",
                (0, 3),
            ),
            (
                r(
                    "Powiat Łosicki pozyskał środki PFRON na windę w szkole",
                    "powiat-losicki",
                    "2021-06-15",
                    ben="Powiat Łosicki",
                    grant="79500.00",
                    prog=PWRMR,
                ),
                "a neighbouring powiat of a like name, the same programme the same day",
                (0, 1),
            ),
        ],
    ),
    (
        "Województwo Dolnośląskie: vocational project, ten partners (news-echo24-ksztalcenie-zawodowe-dolny-slask)",
        [
            (
                r(
                    "Samorząd wspiera kształcenie zawodowe",
                    "news-echo24",
                    ben="Województwo Dolnośląskie",
                    total="11500000",
                ),
                "the passage restated (local news; the own share has no field here)",
            ),
            (
                r(
                    "Staże i praktyki dla 2300 uczniów szkół zawodowych z Dolnego Śląska",
                    "umwd-wroclaw",
                    "2021-02-12",
                    ben="Województwo Dolnośląskie",
                    total="11500000.00",
                    start="2021-01-01",
                    end="2022-12-31",
                    prog=RPO_WD,
                ),
                "the marshal's office (programme and period)",
            ),
            (
                r(
                    "Powiat oleśnicki partnerem marszałka – praktyki dla uczniów naszych techników",
                    "powiat-olesnicki",
                    "2021-03-04",
                    ben="Województwa Dolnośląskiego",
                ),
                "a partner powiat's news, the leader in the genitive, no amounts",
            ),
            (
                r(
                    "Umowa partnerska podpisana: siedem powiatów i trzy gminy w projekcie edukacji zawodowej",
                    "dolnyslask-pl",
                    "2021-02-10",
                    ben="Samorząd Województwa Dolnośląskiego",
                    total="11500000",
                ),
                "the voivodeship's portal, its self-government as named body",
            ),
            (
                r(
                    "Podsumowanie projektu: 2280 uczniów po stażach i egzaminach",
                    "umwd-wroclaw",
                    "2023-01-20",
                    ben="Województwo Dolnośląskie",
                    total="11214530.77",
                    start="2021-01-01",
                    end="2022-12-31",
                ),
                "the closing report (spent sum)",
            ),
        ],
        [
            (
                r(
                    "Kształcenie zawodowe na Dolnym Śląsku – projekt na lata 2017-2019",
                    "umwd-wroclaw",
                    "2017-08-21",
                    ben="Województwo Dolnośląskie",
                    total="23000000.00",
                    start="2017-09-01",
                    end="2019-08-31",
                    prog=RPO_WD,
                ),
                "the voivodeship's earlier vocational project",
                (0, 1),
            ),
            (
                r(
                    "Województwo Opolskie wspiera szkoły zawodowe – staże dla uczniów",
                    "opolskie-pl",
                    "2021-02-15",
                    ben="Województwo Opolskie",
                    total="8000000.00",
                ),
                "another voivodeship's project of the same kind the same month",
                (0, 1),
            ),
            (
                r(
                    "Nowe pracownie w szkołach zawodowych powiatu oleśnickiego z RPO WD",
                    "powiat-olesnicki",
                    "2021-03-18",
                    ben="Powiat Oleśnicki",
                    total="2400000.00",
                    prog=RPO_WD,
                ),
                "a partner powiat's own project of the same months",
                (2, 3),
            ),
            (
                r(
                    "Dolnośląski program stypendialny dla zdolnych uczniów 2021",
                    "umwd-wroclaw",
                    "2021-02-18",
                    ben="Województwo Dolnośląskie",
                    total="4200000.00",
                    start="2021-01-01",
                    end="2022-06-30",
                    prog=RPO_WD,
                ),
                "the same voivodeship's other education project of the same months",
                (0, 1),
            ),
            (
                r(
                    "Województwo Śląskie: staże dla uczniów techników za 11,5 mln zł",
                    "slaskie-pl",
                    "2021-02-22",
                    ben="Województwo Śląskie",
                    total="11500000",
                ),
                "a like-named voivodeship, the very same sum",
                (0, 3),
            ),
            (
                r(
                    "Kształcenie zawodowe na Dolnym Śląsku – nowy projekt z FEDS na lata 2023-2025",
                    "umwd-wroclaw",
                    "2023-05-18",
                    ben="Województwo Dolnośląskie",
                    total="15000000.00",
                    start="2023-09-01",
                    end="2025-08-31",
                    prog="FEDS 2021-2027",
                ),
                "the voivodeship's follow-up project under the next programme",
                (0, 4),
            ),
        ],
    ),
    (
        "Polanka Wielka: sewer, stage I part 2, NFOŚiGW (b10-polanka-wielka-kanalizacja-nfosigw-2018)",
        [
            (
                r(
                    "DOFINANSOWANIE DLA GMINY POLANKA WIELKA",
                    "ug-polanka-wielka",
                    ben="Gmina Polanka Wielka",
                    total="7492302.29",
                    grant="3928265.82",
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Budowa kanalizacji sanitarnej w miejscowości Polanka Wielka - etap I - część 2 zadanie 1-5",
                    "ug-polanka-wielka",
                    "2018-08-20",
                    ben="Gmina Polanka Wielka",
                    total="7492302.29",
                    grant="3928265.82",
                    start="2018-09-01",
                    end="2020-06-30",
                ),
                "the gmina's project page (the project's name, the period)",
            ),
            (
                r(
                    "Kanalizacja wzdłuż Ogrodowej, Słonecznej i Długiej",
                    "news-oswiecim",
                    "2019-04-03",
                    ben="Gminy Polanka Wielka",
                ),
                "local news of the works, no amounts, beneficiary in the genitive",
            ),
            (
                r(
                    "Umowa z Narodowym Funduszem podpisana – blisko 3,93 mln zł na sieć",
                    "ug-polanka-wielka",
                    "2018-08-17",
                    ben="Gmina Polanka Wielka",
                    grant="3928265.82",
                ),
                "the gmina's note of the signing day",
            ),
            (
                r(
                    "Prawie 18 km nowej sieci – zakończenie budowy kanalizacji",
                    "ug-polanka-wielka",
                    "2020-07-10",
                    ben="Gmina Polanka Wielka",
                    total="7310458.60",
                ),
                "the gmina's closing news (spent sum)",
            ),
        ],
        [
            (
                r(
                    "Budowa kanalizacji sanitarnej w miejscowości Polanka Wielka - etap I - część 1",
                    "ug-polanka-wielka",
                    "2016-09-12",
                    ben="Gmina Polanka Wielka",
                    total="5100000.00",
                    grant="2700000.00",
                    start="2016-10-01",
                    end="2017-12-31",
                ),
                "the first part of the same stage, earlier",
                (0, 1),
            ),
            (
                r(
                    "Budowa kanalizacji sanitarnej w Polance Wielkiej – etap II",
                    "ug-polanka-wielka",
                    "2021-05-25",
                    ben="Gmina Polanka Wielka",
                    total="6200000.00",
                    grant="3100000.00",
                    prog=RFIL,
                ),
                "the next stage from another fund",
                (1, 4),
            ),
            (
                r(
                    "Gmina Przeciszów z dofinansowaniem Narodowego Funduszu na kanalizację",
                    "ug-przeciszow",
                    "2018-08-21",
                    ben="Gmina Przeciszów",
                    total="6900000.00",
                    grant="3400000.00",
                ),
                "the neighbouring gmina's sewer grant the same week",
                (0, 3),
            ),
            (
                r(
                    "Kanalizacja w Polance – gmina Myślenice z dofinansowaniem",
                    "ug-myslenice",
                    "2018-09-04",
                    ben="Gmina Myślenice",
                    total="4200000.00",
                    grant="2100000.00",
                ),
                "a like-named village (Polanka) of another gmina",
                (0, 2),
            ),
            (
                r(
                    "Modernizacja stacji uzdatniania wody w Polance Wielkiej",
                    "ug-polanka-wielka",
                    "2018-09-18",
                    ben="Gmina Polanka Wielka",
                    total="950000.00",
                    grant="600000.00",
                    prog=PROW,
                ),
                "the same gmina's water project of the same months",
                (0, 2),
            ),
            (
                r(
                    "Przydomowe oczyszczalnie ścieków w Gminie Polanka Wielka z dotacją WFOŚiGW",
                    "ug-polanka-wielka",
                    "2018-10-08",
                    ben="Gmina Polanka Wielka",
                    total="380000.00",
                    grant="190000.00",
                ),
                "the same gmina's other sewage project of the same autumn",
                (0, 3),
            ),
        ],
    ),
    (
        "Dobre (miński): the Dropie school's field, Ministry of Sport (b16a-dobre-boisko-dropie-ministerstwo-sportu)",
        [
            (
                r(
                    "Gmina Dobre otrzymała dofinansowanie z Ministerstwa Sportu "
                    "na budowę boiska wielofunkcyjnego w Dropiu",
                    "ug-dobre",
                    ben="Gmina Dobre",
                    grant="316000.00",
                    total="632088.00",
                ),
                "the passage restated (its lead sentence as title; the gmina's news)",
            ),
            (
                r(
                    "Budowa boiska wielofunkcyjnego w Dropiu – ogłoszenie o przetargu",
                    "bip-dobre",
                    "2020-06-08",
                    ben="Gmina Dobre",
                    total="598400.00",
                ),
                "the BIP's tender notice (the estimated cost)",
            ),
            (
                r(
                    "Nowe boisko przy naszej szkole już otwarte!",
                    "sp-dropie",
                    "2020-10-02",
                    impl="Szkoła Podstawowa w Dropiu",
                ),
                "the school's news, no amounts",
            ),
            (
                r(
                    "Ministerialne pieniądze na obiekt sportowy w Dropiu",
                    "news-minsk",
                    "2020-04-21",
                    ben="Gminie Dobre",
                    grant="316000",
                ),
                "local news, beneficiary in the dative",
            ),
        ],
        [
            (
                r(
                    "Gmina Dobre z dofinansowaniem na boisko przy szkole w Dobrem",
                    "ug-dobre-kujawy",
                    "2020-04-24",
                    ben="Gmina Dobre",
                    grant="316000.00",
                    total="640000.00",
                ),
                "the gmina of the same name in the radziejowski powiat, the same grant, another village",
                (0, 1),
            ),
            (
                r(
                    "Budowa boiska wielofunkcyjnego w Rudzienku",
                    "ug-dobre",
                    "2021-04-12",
                    ben="Gmina Dobre",
                    grant="290000.00",
                    total="590000.00",
                ),
                "the same gmina's field in another village a year later",
                (0, 1),
            ),
            (
                r(
                    "Termomodernizacja Szkoły Podstawowej w Dropiu",
                    "ug-dobre",
                    "2020-05-15",
                    ben="Gmina Dobre",
                    total="1200000.00",
                    eu="780000.00",
                    prog="RPO WM 2014-2020",
                ),
                "the same school's other works of the same months",
                (0, 2),
            ),
            (
                r(
                    "Gmina Jakubów z dofinansowaniem na budowę boiska wielofunkcyjnego",
                    "ug-jakubow",
                    "2020-04-22",
                    ben="Gmina Jakubów",
                    grant="287000.00",
                    total="574000.00",
                ),
                "the neighbouring gmina in the same ministry's call",
                (0, 3),
            ),
            (
                r(
                    "Oświetlenie boiska w Dropiu z Mazowieckiego Instrumentu Wsparcia Infrastruktury Sportowej",
                    "ug-dobre",
                    "2022-06-30",
                    ben="Gmina Dobre",
                    grant="50000.00",
                    total="100000.00",
                    prog="Mazowiecki Instrument Wsparcia Infrastruktury Sportowej",
                ),
                "the same field's lighting, a later project of the voivodeship's programme",
                (0, 2),
            ),
            (
                r(
                    "Plac zabaw przy szkole w Dropiu",
                    "ug-dobre",
                    "2020-07-06",
                    ben="Gmina Dobre",
                    total="120000.00",
                    grant="60000.00",
                    prog="Mazowiecki Instrument Aktywizacji Sołectw",
                ),
                "the same gmina's other works at the same school the same summer",
                (0, 2),
            ),
        ],
    ),
    (
        "Powiat Piaseczyński: the PCPR's Aktywny samorząd 2024 (ops-pcprpiaseczno-aktywny-samorzad-2024)",
        [
            (
                r(
                    "Nabór wniosków w programie „Aktywny samorząd 2024” startuje od 1 marca 2024 r.",
                    "pcpr-piaseczno",
                    prog=AS,
                ),
                "the passage restated (its lead sentence; the caps are no field here)",
            ),
            (
                r(
                    "Powiat Piaseczyński podpisał umowę z PFRON na realizację Aktywnego samorządu",
                    "powiat-piaseczno",
                    "2024-04-11",
                    ben="Powiat Piaseczyński",
                    impl=PCPR_PIASECZNO,
                    grant="1845000.00",
                    prog=AS,
                ),
                "the powiat's news of the PFRON contract for the edition",
            ),
            (
                r(
                    "Dopłata do prawa jazdy i oprzyrządowania auta – wnioski w PCPR",
                    "news-piaseczno",
                    "2024-02-28",
                    impl="PCPR w Piasecznie",
                    prog=AS,
                ),
                "local news, abbreviated body",
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu „Aktywny samorząd” w 2024 roku",
                    "bip-pcpr-piaseczno",
                    "2025-03-14",
                    impl=PCPR_PIASECZNO,
                    total="1790230.45",
                    start="2024-03-01",
                    end="2024-12-31",
                    prog="Aktywny samorząd 2024",
                ),
                "the BIP's report (spent sum, the period)",
            ),
        ],
        [
            (
                r("Nabór wniosków w programie „Aktywny samorząd 2023”", "pcpr-piaseczno", "2023-02-27", prog=AS),
                "the previous edition's call",
                (0, 2),
            ),
            (
                r(
                    "Aktywny samorząd 2025 – wnioski od 1 marca",
                    "pcpr-piaseczno",
                    "2025-02-26",
                    impl=PCPR_PIASECZNO,
                    prog=AS,
                ),
                "the next edition's call",
                (0, 1),
            ),
            (
                r(
                    "Aktywny samorząd 2024 w powiecie grodziskim – ruszył nabór",
                    "pcpr-grodzisk",
                    "2024-03-01",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Grodzisku Mazowieckim",
                    prog=AS,
                ),
                "the neighbouring powiat's edition",
                (0, 2),
            ),
            (
                r(
                    "Program wyrównywania różnic między regionami III – nabór 2024",
                    "pcpr-piaseczno",
                    "2024-02-20",
                    impl=PCPR_PIASECZNO,
                    prog=PWRMR,
                ),
                "the same PCPR's other PFRON programme of the same weeks",
                (0, 2),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością 2024 w Gminie Piaseczno",
                    "ops-piaseczno",
                    "2024-02-15",
                    impl="Ośrodek Pomocy Społecznej w Piasecznie",
                    prog=AOON,
                ),
                "the town's welfare centre's programme of the same months (the gmina of the powiat's seat)",
                (1, 2),
            ),
            (
                r(
                    "Powiat Piski podpisał umowę z PFRON na Aktywny samorząd 2024",
                    "powiat-piski",
                    "2024-04-12",
                    ben="Powiat Piski",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Piszu",
                    grant="1845000.00",
                    prog=AS,
                ),
                "another powiat's contract of the same edition, the very same sum",
                (0, 1),
            ),
        ],
    ),
    (
        "Żmudź: the changing-room building at the sports field, Polski Ład (b12-zmudz-pis-szatnia-boisko)",
        [
            (
                r(
                    "Trwają prace na boisku sportowym w Żmudzi",
                    "ug-zmudz",
                    total="1299313.05",
                    grant="1169381.74",
                    prog=PIS,
                ),
                "the passage restated (the gmina's news, no body labelled)",
            ),
            (
                r(
                    "Budowa budynku szatni na boisku sportowym",
                    "ug-zmudz",
                    "2022-08-01",
                    ben="Gmina Żmudź",
                    total="1299313.05",
                    grant="1169381.74",
                    prog=PIS,
                ),
                "the gmina's Polski Ład page (the task's name)",
            ),
            (
                r(
                    "Gmina Żmudź z promesą z Polskiego Ładu na szatnię przy boisku",
                    "news-chelm",
                    "2021-12-02",
                    ben="Gmina Żmudź",
                    grant="1425000.00",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "local news of the promesa (the grant before the tender lowered it)",
            ),
            (
                r(
                    "Piłkarze LKS mają nowe zaplecze – odbiór szatni w Żmudzi",
                    "news-chelm",
                    "2023-05-16",
                    ben="Gmina Żmudź",
                ),
                "local news of the hand-over, no amounts",
            ),
            (
                r(
                    "Ogłoszenie o zamówieniu: budowa budynku szatni – Żmudź",
                    "bip-zmudz",
                    "2022-04-20",
                    ben="Gmina Żmudź",
                    total="1299313.05",
                ),
                "the BIP's tender notice",
            ),
        ],
        [
            (
                r(
                    "Przebudowa drogi gminnej w Dryszczowie z Polskiego Ładu",
                    "ug-zmudz",
                    "2021-12-02",
                    ben="Gmina Żmudź",
                    grant="2850000.00",
                    prog=PIS,
                ),
                "the same gmina's other promesa of the same day",
                (0, 2),
            ),
            (
                r(
                    "Budowa szatni przy stadionie w Żmigrodzie z Polskiego Ładu",
                    "um-zmigrod",
                    "2022-07-21",
                    ben="Gmina Żmigród",
                    total="1350000.00",
                    grant="1215000.00",
                    prog=PIS,
                ),
                "a like-named gmina (Żmigród) with a changing room from the same programme",
                (0, 1),
            ),
            (
                r(
                    "Budowa budynku szatni na boisku sportowym w Wierzbicy",
                    "ug-wierzbica",
                    "2022-08-05",
                    ben="Gmina Wierzbica",
                    total="980000.00",
                    grant="931000.00",
                    prog=PIS,
                ),
                "the neighbouring gmina's building with the same task name, the same months",
                (0, 1),
            ),
            (
                r(
                    "Trybuny i piłkochwyty na boisku w Żmudzi",
                    "ug-zmudz",
                    "2021-09-14",
                    ben="Gmina Żmudź",
                    total="210000.00",
                    grant="105000.00",
                ),
                "the same field's earlier works",
                (0, 3),
            ),
            (
                r(
                    "Budowa boiska sportowego w Żmudzi",
                    "ug-zmudz",
                    "2013-06-10",
                    ben="Gmina Żmudź",
                    total="1800000.00",
                    prog="PROW 2007-2013",
                ),
                "the field itself, built years before",
                (0, 1),
            ),
            (
                r(
                    "Remont szatni w Szkole Podstawowej w Żmudzi",
                    "ug-zmudz",
                    "2022-07-11",
                    ben="Gmina Żmudź",
                    total="180000.00",
                ),
                "the same gmina's other changing room (the school's) of the same months",
                (0, 1),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round10.jsonl", "r10s", ROUND10)


if __name__ == "__main__":
    main()
