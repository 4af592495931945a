"""Builds pairs_round7.jsonl: a seventh held-out round, scored once by the lead, never tuned on.

Built as round 6 was. Each seed starts from a real passage of the development real-text set that no
earlier round used (build_pairs.py, seeds_round2.py, build_holdout.py, build_round5.py and build_round6.py
name theirs): ops-dzialoszyce-klub-senior-2019, ops-koluszki-klub-senior-2022,
ops-stezyca-wytchnieniowa-2024, ops-frysztak-posilek-2024, news-dobczyce-osp-nowa-wies-mswia,
news-ladek-zdroj-kanalizacja-trzebieszowice-pgr-2023, nb-gops-grybow-dotacja-utrzymanie-2023,
ops-lukow-posilek-2019-2023 and ops-gops-swilcza-ddp-bratkowice-2023. The first variant restates the
passage (its headline as the title, its hand labels as the fields); the others are how the gmina, its OPS,
the powiat's or local news site, or a later report would word the same project (written for this set: other
titles, names in other cases, often without amounts or period). The near-misses are the next or previous
edition, the neighbouring gmina in the same call (at times with the same round sum), another module or
stage, the same body's other project, a gmina of a like name and a rural gmina named like its town. Labels
were written by reading each record, never from the grouping's output; the grouping was not run on them.

    python tests/projects/build_round7.py   # rewrites pairs_round7.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import r, write_pairs  # noqa: E402

SENIOR = "Senior+"
WYTCHNIENIOWA = "Opieka wytchnieniowa"
POSILEK = "Posiłek w szkole i w domu"
PIS = "Program Inwestycji Strategicznych"
RPO_PK = "RPO WP 2014-2020 (podkarpackie)"
MGOPS_DZIALOSZYCE = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Działoszycach"
GOPS_STEZYCA = "Gminny Ośrodek Pomocy Społecznej w Stężycy"
GOPS_FRYSZTAK = "Gminny Ośrodek Pomocy Społecznej we Frysztaku"
OSP_NOWA_WIES = "Ochotnicza Straż Pożarna w Nowej Wsi"
GOPS_GRYBOW = "Gminny Ośrodek Pomocy Społecznej w Grybowie"
GOPS_SWILCZA = "Gminny Ośrodek Pomocy Społecznej w Świlczy"
UTRZYMANIE = "Wsparcie finansowe zadań i programów realizacji zadań pomocy społecznej"

ROUND7: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Działoszyce: Klub Senior+ 2019, module I (ops-dzialoszyce-klub-senior-2019)",
        [
            r(
                "Dotacja dla gminy na Klub „Senior+”",
                "umig-dzialoszyce",
                "2019-05-14",
                ben="Gmina Działoszyce",
                grant="24862.72",
                prog=SENIOR,
            ),
            r(
                "Utworzenie Klubu „Senior+” w Działoszycach – 18 miejsc dla seniorów",
                "mgops-dzialoszyce",
                "2019-06-11",
                ben="Gmina Działoszyce",
                impl=MGOPS_DZIALOSZYCE,
                prog=SENIOR,
                start="2019-06-01",
                end="2019-12-31",
            ),
            r(
                "Seniorzy z Działoszyc doczekają się własnego klubu",
                "news-pinczow",
                "2019-05-22",
                ben="Gmina Działoszyce",
                prog=SENIOR,
            ),
            r(
                "Klub Senior+ w Działoszycach otwarty. Pierwsi uczestnicy już na zajęciach",
                "umig-dzialoszyce",
                "2019-11-29",
                ben="Miasto i Gmina Działoszyce",
                impl=MGOPS_DZIALOSZYCE,
                total="31078.40",
            ),
            r(
                "Wyposażenie pomieszczeń Klubu Senior+ w Działoszycach – informacja o dofinansowaniu",
                "bip-dzialoszyce",
                "2019-07-03",
                ben="Gmina Działoszyce",
                grant="24862.72",
                total="31078.40",
                prog="Program wieloletni „Senior+” na lata 2015-2020, edycja 2019",
            ),
        ],
        [
            (
                r(
                    "Zapewnienie funkcjonowania Klubu „Senior+” w Działoszycach – edycja 2020",
                    "mgops-dzialoszyce",
                    "2020-03-10",
                    ben="Gmina Działoszyce",
                    impl=MGOPS_DZIALOSZYCE,
                    grant="14400.00",
                    prog=SENIOR,
                    start="2020-01-01",
                    end="2020-12-31",
                ),
                "next year's edition: the club's upkeep module, another project",
            ),
            (
                r(
                    "Gmina Michałów z dotacją na utworzenie Klubu „Senior+”",
                    "ug-michalow",
                    "2019-05-16",
                    ben="Gmina Michałów",
                    grant="118500.00",
                    prog=SENIOR,
                ),
                "the neighbouring gmina's club in the same edition, other amount",
            ),
        ],
    ),
    (
        "Koluszki: Klub Senior+ 2022, module 2 (ops-koluszki-klub-senior-2022)",
        [
            r(
                "Program SENIOR+ 2022",
                "um-koluszki",
                "2022-06-08",
                grant="65610.00",
                total="146610.00",
                prog=SENIOR,
            ),
            r(
                "Zapewnienie funkcjonowania Klubu „Senior+” w Koluszkach w 2022 roku",
                "mgops-koluszki",
                "2022-06-20",
                ben="Gmina Koluszki",
                impl="Miejsko-Gminny Ośrodek Pomocy Społecznej w Koluszkach",
                grant="65610.00",
                prog=SENIOR,
                start="2022-01-01",
                end="2022-12-31",
            ),
            r(
                "Klub seniora przy Budowlanych działa dalej. Jest pieniądz od wojewody",
                "news-koluszki",
                "2022-06-15",
                ben="Gmina Koluszki",
            ),
            r(
                "Sprawozdanie z realizacji zadania „Zapewnienie funkcjonowania Klubu Senior+ w Koluszkach” za 2022 r.",
                "um-koluszki",
                "2023-01-31",
                ben="Gmina Koluszki",
                grant="65610.00",
                total="145982.14",
                prog=SENIOR,
                start="2022-01-01",
                end="2022-12-31",
            ),
        ],
        [
            (
                r(
                    "Program SENIOR+ 2023",
                    "um-koluszki",
                    "2023-05-30",
                    ben="Gmina Koluszki",
                    grant="72000.00",
                    total="151200.00",
                    prog=SENIOR,
                ),
                "next year's edition of the same club's upkeep",
            ),
            (
                r(
                    "Funkcjonowanie Klubu „Senior+” w Andrespolu – edycja 2022",
                    "ug-andrespol",
                    "2022-06-09",
                    ben="Gmina Andrespol",
                    grant="48600.00",
                    total="97200.00",
                    prog=SENIOR,
                ),
                "the neighbouring gmina's club in the same module and edition",
            ),
        ],
    ),
    (
        "Stężyca (kartuski): Opieka wytchnieniowa 2024 (ops-stezyca-wytchnieniowa-2024)",
        [
            r(
                "Opieka wytchnieniowa – edycja 2024: wniosek gminy oceniony pozytywnie",
                "ug-stezyca",
                "2024-03-12",
                ben="Gmina Stężyca",
                grant="122400.00",
                prog=WYTCHNIENIOWA,
            ),
            r(
                "Nabór wniosków do programu „Opieka wytchnieniowa” dla Jednostek Samorządu Terytorialnego – "
                "pobyt dzienny",
                "gops-stezyca",
                "2024-05-06",
                ben="Gmina Stężyca",
                impl=GOPS_STEZYCA,
                prog=WYTCHNIENIOWA,
                start="2024-05-01",
                end="2024-12-31",
            ),
            r(
                "Ponad 122 tys. zł dla gminy Stężyca na odciążenie opiekunów osób z niepełnosprawnością",
                "news-kartuzy",
                "2024-03-15",
                ben="Gmina Stężyca",
                grant="122400.00",
            ),
            r(
                "Podpisaliśmy umowę z Wojewodą Pomorskim na realizację programu Opieka wytchnieniowa",
                "ug-stezyca",
                "2024-04-17",
                ben="Gmina Stężyca",
                impl=GOPS_STEZYCA,
                grant="122400.00",
                prog="Program Ministra Rodziny i Polityki Społecznej „Opieka wytchnieniowa” dla JST – edycja 2024",
            ),
        ],
        [
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024 w gminie Stężyca (powiat rycki)",
                    "ug-stezyca-lubelska",
                    "2024-03-14",
                    ben="Gmina Stężyca",
                    impl="Gminny Ośrodek Pomocy Społecznej w Stężycy (lubelskie)",
                    grant="86400.00",
                    prog=WYTCHNIENIOWA,
                ),
                "another gmina of the same name in another voivodeship, the same edition",
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023",
                    "ug-stezyca",
                    "2023-03-21",
                    ben="Gmina Stężyca",
                    grant="98640.00",
                    prog=WYTCHNIENIOWA,
                ),
                "the previous year's edition of the same gmina",
            ),
            (
                r(
                    "Gmina Sulęczyno z dofinansowaniem na opiekę wytchnieniową w 2024 roku",
                    "ug-suleczyno",
                    "2024-03-13",
                    ben="Gmina Sulęczyno",
                    grant="122400.00",
                    prog=WYTCHNIENIOWA,
                ),
                "the neighbouring gmina in the same edition, same round sum",
            ),
        ],
    ),
    (
        "Frysztak: Posiłek w szkole i w domu 2024, modules 1 and 2 (ops-frysztak-posilek-2024)",
        [
            r(
                "Wieloletni rządowy program „Posiłek w szkole i w domu” na lata 2024-2028 – edycja 2024",
                "ug-frysztak",
                "2024-03-26",
                total="357142.00",
                grant="257142.00",
                prog=POSILEK,
            ),
            r(
                "Pomoc w zakresie dożywiania w 2024 roku – posiłek, zasiłek celowy, paczki żywnościowe",
                "gops-frysztak",
                "2024-04-09",
                ben="Gmina Frysztak",
                impl=GOPS_FRYSZTAK,
                prog=POSILEK,
                start="2024-01-01",
                end="2024-12-31",
            ),
            r(
                "Frysztak: 257 tys. zł z budżetu państwa na ciepłe posiłki dla uczniów i seniorów",
                "news-strzyzow",
                "2024-03-29",
                ben="Gmina Frysztak",
                grant="257142.00",
            ),
            r(
                "Posiłek w szkole i w domu – edycja 2024 (moduł 1 i 2)",
                "bip-frysztak",
                "2024-03-27",
                ben="Gmina Frysztak",
                total="357142.00",
                grant="257142.00",
                prog="Posiłek w szkole i w domu na lata 2024-2028",
            ),
            r(
                "Informacja o realizacji programu „Posiłek w szkole i w domu” w 2024 r.",
                "gops-frysztak",
                "2025-02-12",
                ben="Gmina Frysztak",
                impl=GOPS_FRYSZTAK,
                total="349871.20",
                prog=POSILEK,
                start="2024-01-01",
                end="2024-12-31",
            ),
        ],
        [
            (
                r(
                    "Wieloletni rządowy program „Posiłek w szkole i w domu” – edycja 2025",
                    "ug-frysztak",
                    "2025-03-18",
                    ben="Gmina Frysztak",
                    total="362000.00",
                    grant="262000.00",
                    prog=POSILEK,
                ),
                "next year's edition of the same gmina",
            ),
            (
                r(
                    "Posiłek w szkole i w domu – moduł 3: doposażenie stołówki w Szkole Podstawowej we Frysztaku",
                    "ug-frysztak",
                    "2024-07-02",
                    ben="Gmina Frysztak",
                    total="80000.00",
                    grant="64000.00",
                    prog=POSILEK,
                ),
                "another module of the same programme and edition (the school canteen)",
            ),
        ],
    ),
    (
        "Dobczyce: a fire engine for OSP Nowa Wieś from MSWiA (news-dobczyce-osp-nowa-wies-mswia)",
        [
            r(
                "OSP Nowa Wieś z nowym samochodem",
                "um-dobczyce",
                "2023-11-24",
                ben=OSP_NOWA_WIES,
                grant="400000",
            ),
            r(
                "Nowy średni samochód ratowniczo-gaśniczy już w naszej remizie!",
                "osp-nowawies",
                "2023-11-20",
                ben="OSP Nowa Wieś",
            ),
            r(
                "Strażacy z Nowej Wsi mają nowy wóz. Pomogło MSWiA i gmina Dobczyce",
                "news-myslenice",
                "2023-11-27",
                ben="OSP w Nowej Wsi",
                grant="400000.00",
                total="1119930.00",
            ),
            r(
                "Dotacja MSWiA na zakup samochodu pożarniczego dla jednostki w Nowej Wsi",
                "um-dobczyce",
                "2023-06-14",
                ben=OSP_NOWA_WIES,
                grant="400000.00",
            ),
        ],
        [
            (
                r(
                    "OSP Dziekanowice z nowym samochodem",
                    "um-dobczyce",
                    "2023-12-08",
                    ben="Ochotnicza Straż Pożarna w Dziekanowicach",
                    grant="400000",
                ),
                "the same gmina's other OSP, same round sum",
            ),
            (
                r(
                    "Nowy wóz bojowy dla OSP Nowa Wieś – strażacy z gminy Kęty odebrali kluczyki",
                    "news-kety",
                    "2023-11-22",
                    ben="Ochotnicza Straż Pożarna w Nowej Wsi (gmina Kęty)",
                    grant="400000.00",
                ),
                "another OSP of a like name in another gmina, same round sum",
            ),
            (
                r(
                    "OSP Nowa Wieś z dotacją na sprzęt ratowniczy z Funduszu Sprawiedliwości",
                    "um-dobczyce",
                    "2023-09-05",
                    ben=OSP_NOWA_WIES,
                    grant="28500.00",
                    prog="Fundusz Sprawiedliwości",
                ),
                "the same OSP's other project in the same year",
            ),
        ],
    ),
    (
        "Lądek-Zdrój: sewers in Trzebieszowice, stage 1 (news-ladek-zdroj-kanalizacja-trzebieszowice-pgr-2023)",
        [
            r(
                "Ruszy I etap kanalizacji Trzebieszowic – gmina otrzymała dofinansowanie",
                "um-ladek",
                "2023-09-18",
                ben="Gmina Lądek-Zdrój",
                grant="1950000",
                prog=PIS,
            ),
            r(
                "Prawie 2 mln zł na wodociąg i kanalizację w Trzebieszowicach",
                "news-klodzko",
                "2023-09-20",
                ben="Gmina Lądek-Zdrój",
                prog="Polski Ład – PGR",
            ),
            r(
                "Budowa sieci wodno-kanalizacyjnej we wsi Trzebieszowice – Etap 1",
                "bip-ladek",
                "2024-03-05",
                ben="Gmina Lądek – Zdrój",
                grant="1950000.00",
                prog="Rządowy Program Inwestycji Strategicznych, edycja VI (PGR)",
            ),
            r(
                "Podpisano umowę z wykonawcą pierwszego etapu sieci wod-kan w Trzebieszowicach",
                "um-ladek",
                "2024-05-22",
                ben="Gmina Lądek-Zdrój",
                total="1989795.92",
                start="2024-05-22",
                end="2025-06-30",
            ),
            r(
                "Trzebieszowice: kanalizacja coraz bliżej. Gmina ma promesę z Polskiego Ładu",
                "news-ziemia-klodzka",
                "2023-10-03",
                ben="gmina Lądek-Zdrój",
                grant="1950000",
            ),
        ],
        [
            (
                r(
                    "Budowa sieci wodno-kanalizacyjnej we wsi Trzebieszowice – Etap 2",
                    "bip-ladek",
                    "2024-10-15",
                    ben="Gmina Lądek-Zdrój",
                    grant="3120000.00",
                    prog=PIS,
                ),
                "the next stage of the same investment",
            ),
            (
                r(
                    "Stronie Śląskie z dofinansowaniem na kanalizację w Starym Gierałtowie",
                    "um-stronie",
                    "2023-09-18",
                    ben="Gmina Stronie Śląskie",
                    grant="1950000",
                    prog=PIS,
                ),
                "the neighbouring gmina in the same PGR edition, same round sum",
            ),
        ],
    ),
    (
        "Grybów (rural gmina): state grant for keeping the GOPS, 2023 (nb-gops-grybow-dotacja-utrzymanie-2023)",
        [
            r(
                "Dotacja z budżetu państwa na utrzymanie ośrodka pomocy społecznej, w tym na zadania związane z "
                "rozwojem pomocy społecznej – 2023 rok",
                "gops-gminagrybow",
                "2023-02-20",
                ben=GOPS_GRYBOW,
                grant="266467.00",
                prog=UTRZYMANIE,
                start="2023-01-01",
                end="2023-12-31",
            ),
            r(
                "Informacja o dotacji celowej na utrzymanie GOPS w Grybowie w roku 2023",
                "ug-gminagrybow",
                "2023-02-22",
                ben="Gmina Grybów",
                impl=GOPS_GRYBOW,
                grant="266467.00",
            ),
            r(
                "Rozliczenie dotacji na utrzymanie ośrodka pomocy społecznej za 2023 rok",
                "gops-gminagrybow",
                "2024-01-25",
                ben=GOPS_GRYBOW,
                grant="266467.00",
                start="2023-01-01",
                end="2023-12-31",
            ),
        ],
        [
            (
                r(
                    "Dotacja celowa na utrzymanie Miejskiego Ośrodka Pomocy Społecznej w Grybowie w 2023 roku",
                    "mops-grybow",
                    "2023-02-17",
                    ben="Miejski Ośrodek Pomocy Społecznej w Grybowie",
                    grant="118240.00",
                    prog=UTRZYMANIE,
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the town's OPS (Miasto Grybów): the rural gmina named like its town",
            ),
            (
                r(
                    "Dotacja z budżetu państwa na utrzymanie ośrodka pomocy społecznej – 2024 rok",
                    "gops-gminagrybow",
                    "2024-02-19",
                    ben=GOPS_GRYBOW,
                    grant="281105.00",
                    prog=UTRZYMANIE,
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "next year's edition of the same grant",
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów na rok 2023 w Gminie Grybów",
                    "gops-gminagrybow",
                    "2023-03-02",
                    ben="Gmina Grybów",
                    impl=GOPS_GRYBOW,
                    grant="31680.00",
                    prog="Korpus Wsparcia Seniorów",
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the same OPS's other project in the same year",
            ),
        ],
    ),
    (
        "Łuków (town): Posiłek w szkole i w domu, one year's grant (ops-lukow-posilek-2019-2023)",
        [
            r(
                "Posiłek w szkole i w domu",
                "um-lukow",
                "2020-03-04",
                ben="Miasto Łuków",
                total="118000.00",
                grant="68000.00",
                prog="Wieloletni rządowy program „Posiłek w szkole i w domu” na lata 2019-2023",
            ),
            r(
                "Dożywianie w ramach programu „Posiłek w szkole i w domu” w 2020 roku",
                "mops-lukow",
                "2020-02-27",
                ben="Miasto Łuków",
                impl="Miejski Ośrodek Pomocy Społecznej w Łukowie",
                prog=POSILEK,
                start="2020-01-01",
                end="2020-12-31",
            ),
            r(
                "68 tys. zł od wojewody na posiłki dla łukowian",
                "news-lukow",
                "2020-03-06",
                ben="Miasto Łuków",
                grant="68000.00",
            ),
        ],
        [
            (
                r(
                    "Posiłek w szkole i w domu – Gmina Łuków 2020",
                    "ug-gminalukow",
                    "2020-03-05",
                    ben="Gmina Łuków",
                    impl="Gminny Ośrodek Pomocy Społecznej w Łukowie",
                    total="120000.00",
                    grant="96000.00",
                    prog=POSILEK,
                ),
                "the rural gmina named like its town, the same programme year",
            ),
            (
                r(
                    "Posiłek w szkole i w domu – dotacja na 2021 rok",
                    "um-lukow",
                    "2021-03-09",
                    ben="Miasto Łuków",
                    total="120000.00",
                    grant="70000.00",
                    prog=POSILEK,
                ),
                "next year's edition of the same town",
            ),
        ],
    ),
    (
        "Świlcza: Dzienny Dom Pomocy w Bratkowicach, RPO 8.3 (ops-gops-swilcza-ddp-bratkowice-2023)",
        [
            r(
                "Utworzenie i funkcjonowanie Dziennego Domu Pomocy w Bratkowicach – dokumentacja projektu",
                "gops-swilcza",
                "2023-01-16",
                impl=GOPS_SWILCZA,
                prog=RPO_PK,
                start="2023-01-01",
                end="2023-12-31",
            ),
            r(
                "Dzienny Dom Pomocy w Bratkowicach rozpoczął działalność",
                "ug-swilcza",
                "2023-02-07",
                ben="Gmina Świlcza",
                impl=GOPS_SWILCZA,
                total="812430.00",
                eu="690565.50",
                prog="Regionalny Program Operacyjny Województwa Podkarpackiego na lata 2014-2020",
                contract="RPPK.08.03.00-18-0042/22",
            ),
            r(
                "W Bratkowicach seniorzy mają swój dzienny dom. Pomogły fundusze unijne",
                "news-rzeszow",
                "2023-02-14",
                ben="Gmina Świlcza",
            ),
            r(
                "Rekrutacja uczestników do Dziennego Domu Pomocy w Bratkowicach",
                "gops-swilcza",
                "2022-12-12",
                impl=GOPS_SWILCZA,
                start="2023-01-01",
                end="2023-12-31",
            ),
        ],
        [
            (
                r(
                    "Utworzenie i funkcjonowanie Dziennego Domu Pomocy w Głogowie Małopolskim",
                    "ops-glogow-malopolski",
                    "2023-01-18",
                    ben="Gmina Głogów Małopolski",
                    impl="Ośrodek Pomocy Społecznej w Głogowie Małopolskim",
                    total="798200.00",
                    prog=RPO_PK,
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the neighbouring gmina's day house in the same call",
            ),
            (
                r(
                    "Dzienny Dom „Senior+” w Bratkowicach – dofinansowanie funkcjonowania w 2024 roku",
                    "gops-swilcza",
                    "2024-03-11",
                    impl=GOPS_SWILCZA,
                    grant="86400.00",
                    prog=SENIOR,
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "next year's edition: the day house's upkeep from another programme, another project",
            ),
            (
                r(
                    "Usługi opiekuńcze w gminie Świlcza – projekt współfinansowany z EFS",
                    "gops-swilcza",
                    "2023-03-01",
                    ben="Gmina Świlcza",
                    impl=GOPS_SWILCZA,
                    total="356800.00",
                    prog=RPO_PK,
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the same OPS's other project in the same programme and year",
            ),
        ],
    ),
]


def main() -> None:
    write_pairs(HERE / "pairs_round7.jsonl", [("r7", ROUND7)])


if __name__ == "__main__":
    main()
