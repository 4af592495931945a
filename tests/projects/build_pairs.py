"""Builds the development pairs, pairs.jsonl (tuned on; the held-out pairs are build_holdout.py's).

Every record below is written for this set in the style of Polish municipal announcements (no copied text,
no reserved host); the first seeds restate the records of the repository's offline dataset
(`scrape run --offline`: Opole, Nysa, Milicz, the Lubuskie ROPS). A seed is one project seen by several
publishers (its variants: every two of them are the same project) and its near-misses (another edition,
the same programme in another gmina, another stage, the same title with other amounts: not the same as
any variant). Every third seed was held out until its scores were reported (the README's first figures);
it is development material now, and so are the second round's held-out seeds (seeds_round2.py, scored
once); the current held-out set (build_holdout.py, pairs_holdout.jsonl) shares no record with them.

    python tests/projects/build_pairs.py   # rewrites pairs.jsonl; deterministic
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def r(
    title: str,
    site: str,
    published: str | None = None,
    *,
    ben: str | None = None,
    impl: str | None = None,
    total: str | None = None,
    grant: str | None = None,
    eu: str | None = None,
    start: str | None = None,
    end: str | None = None,
    prog: str | None = None,
    contract: str | None = None,
) -> dict[str, Any]:
    """A compact record."""
    amounts = {k: v for k, v in (("total_cost", total), ("grant", grant), ("eu_share", eu)) if v}
    return {
        "title": title,
        "published": published,
        "beneficiary": ben,
        "implementer": impl,
        "amounts": amounts,
        "period": {"start": start, "end": end} if start or end else None,
        "programme": prog,
        "contract_number": contract,
        "site": site,
    }


# (name, variants, near-misses as (record, note))
SEEDS: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Opole: Trudny start 2 (dataset record)",
        [
            r(
                "„Trudny start, lepsza przyszłość 2” – Program wsparcia rodzin i pieczy zastępczej w mieście Opolu",
                "um-opole",
                ben="Miasto Opole",
                total="355075.00",
                grant="335545.87",
                eu="301813.75",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Trwa realizacja projektu Trudny start, lepsza przyszłość 2",
                "mops-opole",
                "2020-03-11",
                impl="Miejski Ośrodek Pomocy Rodzinie w Opolu",
                total="355075.00",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Lista projektów wybranych do dofinansowania – Trudny start, lepsza przyszłość 2 (Opole)",
                "rops-opole",
                "2019-06-02",
                ben="Gmina Opole",
                grant="335545.87",
                prog="RPO WO 2014-2020",
                contract="RPOP.08.01.00-16-0012/19",
            ),
        ],
        [
            (
                r(
                    "Trudny start, lepsza przyszłość – podsumowanie projektu",
                    "mops-opole",
                    "2018-12-20",
                    impl="Miejski Ośrodek Pomocy Rodzinie w Opolu",
                    total="298400.00",
                    start="2017-01-01",
                    end="2018-12-31",
                    prog="RPO WO 2014-2020",
                ),
                "first edition of the same project, other amounts and years",
            ),
        ],
    ),
    (
        "Nysa: Asystent rodziny 2018 (dataset record)",
        [
            r(
                "Program asystent rodziny i koordynator rodzinnej pieczy zastępczej",
                "nasza-nysa",
                "2018-11-16",
                ben="Ośrodek Pomocy Społecznej w Nysie",
                grant="51120",
            ),
            r(
                "Asystent rodziny i koordynator rodzinnej pieczy zastępczej na rok 2018 – dotacja dla Nysy",
                "ops-nysa",
                "2018-05-04",
                ben="OPS w Nysie",
                grant="51120.00",
                start="2018-01-01",
                end="2018-12-31",
            ),
        ],
        [
            (
                r(
                    "Program Asystent rodziny i koordynator rodzinnej pieczy zastępczej na rok 2019",
                    "ops-nysa",
                    "2019-04-29",
                    ben="OPS w Nysie",
                    grant="48300.00",
                    start="2019-01-01",
                    end="2019-12-31",
                ),
                "next year's edition of the ministry programme",
            ),
            (
                r(
                    "Program asystent rodziny i koordynator rodzinnej pieczy zastępczej",
                    "gops-korfantow",
                    "2018-10-02",
                    ben="Gminny Ośrodek Pomocy Społecznej w Korfantowie",
                    grant="12400",
                ),
                "same programme in another gmina",
            ),
        ],
    ),
    (
        "Milicz: Gminny Program Wspierania Rodziny 2019-2021 (dataset record)",
        [
            r(
                "Gminny Program Wspierania Rodziny na lata 2019-2021",
                "ops-milicz",
                "2019-01-27",
                impl="Ośrodek Pomocy Społecznej w Miliczu",
                start="2019-01-01",
                end="2021-12-31",
            ),
            r(
                "Uchwała w sprawie Gminnego Programu Wspierania Rodziny w Gminie Milicz na lata 2019–2021",
                "bip-milicz",
                "2018-12-19",
                ben="Gmina Milicz",
                start="2019-01-01",
                end="2021-12-31",
            ),
        ],
        [
            (
                r(
                    "Gminny Program Wspierania Rodziny na lata 2022-2024",
                    "ops-milicz",
                    "2022-02-01",
                    impl="Ośrodek Pomocy Społecznej w Miliczu",
                    start="2022-01-01",
                    end="2024-12-31",
                ),
                "next three-year edition",
            ),
            (
                r(
                    "Gminny Program Wspierania Rodziny na lata 2019-2021",
                    "gops-krosnice",
                    "2019-03-12",
                    impl="Gminny Ośrodek Pomocy Społecznej w Krośnicach",
                    start="2019-01-01",
                    end="2021-12-31",
                ),
                "same programme title in the neighbouring gmina",
            ),
        ],
    ),
    (
        "Lubuskie ROPS: Kooperacja (dataset record)",
        [
            r(
                "Zapraszamy do udziału w projekcie „Kooperacja – efektywna i skuteczna”",
                "rops-zielona-gora",
                "2018-09-10",
                prog="PO WER 2014-2020",
                contract="POWR.02.05.00-00-0207/17",
            ),
            r(
                "Kooperacja – efektywna i skuteczna: szkolenia dla pracowników OPS i PCPR",
                "rops-zielona-gora",
                "2019-02-14",
                prog="PO WER 2014-2020",
                impl="Regionalny Ośrodek Polityki Społecznej w Zielonej Górze",
            ),
            r(
                "Nasi pracownicy w projekcie Kooperacja – efektywna i skuteczna",
                "ops-sulechow",
                "2019-05-06",
                prog="PO WER 2014-2020",
                contract="POWR.02.05.00-00-0207/17",
            ),
        ],
        [
            (
                r(
                    "Kooperacja – efektywna i skuteczna II",
                    "rops-zielona-gora",
                    "2022-03-01",
                    prog="FERS 2021-2027",
                    impl="Regionalny Ośrodek Polityki Społecznej w Zielonej Górze",
                ),
                "a second edition under the next programme",
            ),
        ],
    ),
    (
        "Opieka wytchnieniowa 2024 Kolonowskie",
        [
            r(
                "Opieka wytchnieniowa – edycja 2024",
                "gops-kolonowskie",
                "2024-03-05",
                impl="GOPS w Kolonowskiem",
                grant="96480.00",
                start="2024-03-01",
                end="2024-12-31",
            ),
            r(
                "Gmina Kolonowskie z dofinansowaniem na opiekę wytchnieniową w 2024 roku",
                "ug-kolonowskie",
                "2024-02-20",
                ben="Gmina Kolonowskie",
                grant="96480.00",
            ),
            r(
                "Rekrutacja do programu Opieka wytchnieniowa dla JST – edycja 2024 trwa",
                "gops-kolonowskie",
                "2024-04-11",
                impl="Gminny Ośrodek Pomocy Społecznej w Kolonowskiem",
            ),
        ],
        [
            (
                r(
                    "Opieka wytchnieniowa – edycja 2025",
                    "gops-kolonowskie",
                    "2025-02-27",
                    impl="GOPS w Kolonowskiem",
                    grant="102300.00",
                    start="2025-03-01",
                    end="2025-12-31",
                ),
                "next year's edition",
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024",
                    "gops-zawadzkie",
                    "2024-03-12",
                    impl="GOPS w Zawadzkiem",
                    grant="61200.00",
                    start="2024-03-01",
                    end="2024-12-31",
                ),
                "same edition in another gmina",
            ),
        ],
    ),
    (
        "Asystent osobisty 2024 Strzelce",
        [
            r(
                "Asystent osobisty osoby z niepełnosprawnością – edycja 2024",
                "ops-strzelce",
                "2024-01-30",
                impl="Ośrodek Pomocy Społecznej w Strzelcach Opolskich",
                grant="388920.00",
                start="2024-01-01",
                end="2024-12-31",
            ),
            r(
                "Strzelce Opolskie: 388 tys. zł na asystencję osobistą w 2024 r.",
                "um-strzelce",
                "2024-01-22",
                ben="Gmina Strzelce Opolskie",
                grant="388920.00",
            ),
        ],
        [
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością dla JST – edycja 2025",
                    "ops-strzelce",
                    "2025-02-05",
                    impl="Ośrodek Pomocy Społecznej w Strzelcach Opolskich",
                    grant="412000.00",
                    start="2025-01-01",
                    end="2025-12-31",
                ),
                "next year's edition",
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2024",
                    "pcpr-krapkowice",
                    "2024-02-14",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Krapkowicach",
                    grant="150400.00",
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "same edition run by a powiat",
            ),
        ],
    ),
    (
        "Termomodernizacja SP Dobrzeń stage I",
        [
            r(
                "Termomodernizacja budynku Szkoły Podstawowej w Dobrzeniu Małym – etap I",
                "ug-dobrzen",
                "2021-06-14",
                ben="Gmina Dobrzeń Wielki",
                total="1845600.00",
                grant="1290000.00",
                start="2021-05-01",
                end="2022-08-31",
                prog="RPO WO 2014-2020",
                contract="RPOP.03.02.00-16-0044/20",
            ),
            r(
                "Podpisano umowę na termomodernizację szkoły w Dobrzeniu Małym",
                "ug-dobrzen",
                "2021-03-02",
                ben="Gmina Dobrzeń Wielki",
                grant="1290000.00",
                contract="RPOP.03.02.00-16-0044/20",
            ),
            r(
                "Zakończyła się termomodernizacja budynku szkoły podstawowej w Dobrzeniu Małym (etap I)",
                "sp-dobrzen",
                "2022-09-05",
                total="1845600.00",
            ),
        ],
        [
            (
                r(
                    "Termomodernizacja budynku Szkoły Podstawowej w Dobrzeniu Małym – etap II",
                    "ug-dobrzen",
                    "2023-04-18",
                    ben="Gmina Dobrzeń Wielki",
                    total="920300.00",
                    start="2023-05-01",
                    end="2023-11-30",
                    prog="RPO WO 2014-2020",
                ),
                "second stage of the same investment",
            ),
            (
                r(
                    "Termomodernizacja budynku Szkoły Podstawowej w Dobrzeniu Wielkim",
                    "ug-dobrzen",
                    "2020-07-01",
                    ben="Gmina Dobrzeń Wielki",
                    total="2310000.00",
                    start="2019-06-01",
                    end="2020-09-30",
                ),
                "a similar investment at the other school of the gmina",
            ),
        ],
    ),
    (
        "Przebudowa drogi gminnej Ligota–Bielice (FDR)",
        [
            r(
                "Przebudowa drogi gminnej nr 106507O Ligota – Bielice",
                "ug-bielice",
                "2022-05-10",
                ben="Gmina Bielice",
                total="2450000.00",
                grant="1470000.00",
                prog="Rządowy Fundusz Rozwoju Dróg",
            ),
            r(
                "Droga Ligota – Bielice po przebudowie. Odbiór inwestycji",
                "ug-bielice",
                "2023-01-12",
                ben="Gmina Bielice",
                total="2450000.00",
            ),
            r(
                "Rządowy Fundusz Rozwoju Dróg: dofinansowanie przebudowy drogi Ligota – Bielice",
                "sp-powiat-bielice",
                "2022-03-01",
                ben="Gmina Bielice",
                grant="1470000.00",
                prog="Rządowy Fundusz Rozwoju Dróg",
            ),
        ],
        [
            (
                r(
                    "Przebudowa drogi gminnej Ligota – Bielice – etap 2",
                    "ug-bielice",
                    "2024-05-10",
                    ben="Gmina Bielice",
                    total="1980000.00",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "second stage of the road",
            ),
            (
                r(
                    "Przebudowa drogi gminnej nr 106507O Ligota – Bielice",
                    "ug-bielice",
                    "2019-09-01",
                    ben="Gmina Bielice",
                    total="640000.00",
                    grant="320000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same title, an earlier smaller job with other amounts",
            ),
        ],
    ),
    (
        "Senior+ Dzienny Dom Kup",
        [
            r(
                "Utworzenie Dziennego Domu Senior+ w Kupie",
                "ug-kup",
                "2021-04-15",
                ben="Gmina Kup",
                total="402500.00",
                grant="300000.00",
                prog="Senior+ 2021-2025",
                start="2021-04-01",
                end="2021-12-31",
            ),
            r("Dzienny Dom Senior+ w Kupie otwarty", "ug-kup", "2022-01-10", ben="Gmina Kup", total="402500.00"),
            r(
                "Dotacja z programu Senior+ na utworzenie Dziennego Domu w Kupie",
                "gops-kup",
                "2021-03-30",
                impl="GOPS w Kupie",
                grant="300000.00",
            ),
        ],
        [
            (
                r(
                    "Funkcjonowanie Dziennego Domu Senior+ w Kupie w 2023 roku",
                    "gops-kup",
                    "2023-02-14",
                    impl="GOPS w Kupie",
                    grant="86400.00",
                    prog="Senior+ 2021-2025",
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "running costs of the same centre in a later year",
            ),
            (
                r(
                    "Utworzenie Dziennego Domu Senior+ w Murowie",
                    "ug-murow",
                    "2021-05-20",
                    ben="Gmina Murów",
                    total="389000.00",
                    grant="300000.00",
                    prog="Senior+ 2021-2025",
                ),
                "same module in another gmina",
            ),
        ],
    ),
    (
        "Program Czyste Powietrze punkt konsultacyjny Głuchołazy",
        [
            r(
                "Punkt konsultacyjno-informacyjny programu Czyste Powietrze w Głuchołazach",
                "um-glucholazy",
                "2022-01-12",
                ben="Gmina Głuchołazy",
                impl="Urząd Miejski w Głuchołazach",
                prog="Czyste Powietrze",
            ),
            r(
                "Czyste Powietrze – punkt konsultacyjny w Urzędzie Miejskim w Głuchołazach czynny od lutego",
                "um-glucholazy",
                "2022-01-28",
                impl="Urząd Miejski w Głuchołazach",
                prog="Czyste Powietrze",
            ),
        ],
        [
            (
                r(
                    "Punkt konsultacyjno-informacyjny programu Czyste Powietrze w Nysie",
                    "um-nysa",
                    "2022-02-03",
                    ben="Gmina Nysa",
                    impl="Urząd Miejski w Nysie",
                    prog="Czyste Powietrze",
                ),
                "the same service in the neighbouring town",
            ),
        ],
    ),
    (
        "Klub Senior+ Walce 2020",
        [
            r(
                "Klub Senior+ w Walcach – modernizacja i wyposażenie",
                "ug-walce",
                "2020-06-22",
                ben="Gmina Walce",
                total="186000.00",
                grant="150000.00",
                start="2020-06-01",
                end="2020-12-15",
            ),
            r(
                "Walce: 150 tys. zł z programu Senior+ na klub dla seniorów",
                "powiat-krapkowicki",
                "2020-05-28",
                ben="Gmina Walce",
                grant="150000.00",
            ),
        ],
        [
            (
                r(
                    "Klub Senior+ w Walcach – dofinansowanie działalności w 2022 roku",
                    "ug-walce",
                    "2022-03-03",
                    ben="Gmina Walce",
                    grant="28600.00",
                    start="2022-01-01",
                    end="2022-12-31",
                ),
                "later running grant for the same club",
            ),
            (
                r(
                    "Klub Senior+ w Zdzieszowicach – modernizacja i wyposażenie",
                    "um-zdzieszowice",
                    "2020-07-01",
                    ben="Gmina Zdzieszowice",
                    total="172000.00",
                    grant="150000.00",
                ),
                "another gmina's club",
            ),
        ],
    ),
    (
        "Usługi opiekuńcze EFS Prudnik",
        [
            r(
                "Razem dla seniora – usługi opiekuńcze w Gminie Prudnik",
                "ops-prudnik",
                "2019-10-01",
                impl="OPS w Prudniku",
                total="1204336.80",
                eu="1023686.28",
                start="2019-10-01",
                end="2022-09-30",
                prog="RPO WO 2014-2020",
                contract="RPOP.08.01.00-16-0031/18",
            ),
            r(
                "Projekt „Razem dla seniora” – rekrutacja uczestników",
                "ops-prudnik",
                "2019-10-20",
                impl="Ośrodek Pomocy Społecznej w Prudniku",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Prudnik: umowa na projekt Razem dla seniora podpisana",
                "um-prudnik",
                "2019-09-12",
                ben="Gmina Prudnik",
                total="1204336.80",
                contract="RPOP.08.01.00-16-0031/18",
            ),
        ],
        [
            (
                r(
                    "Razem dla seniora – usługi opiekuńcze w Gminie Lubrza",
                    "gops-lubrza",
                    "2020-02-01",
                    impl="GOPS w Lubrzy",
                    total="612440.00",
                    start="2020-02-01",
                    end="2022-01-31",
                    prog="RPO WO 2014-2020",
                    contract="RPOP.08.01.00-16-0047/19",
                ),
                "a sister project in another gmina",
            ),
            (
                r(
                    "Razem dla seniora 2 – kontynuacja usług opiekuńczych w Gminie Prudnik",
                    "ops-prudnik",
                    "2023-05-04",
                    impl="OPS w Prudniku",
                    total="1560000.00",
                    start="2023-05-01",
                    end="2025-12-31",
                    prog="FEO 2021-2027",
                ),
                "follow-up project, numbered 2",
            ),
        ],
    ),
    (
        "Cyfrowa Gmina Olesno",
        [
            r(
                "Cyfrowa Gmina – Olesno otrzymało grant",
                "um-olesno",
                "2021-10-05",
                ben="Gmina Olesno",
                grant="254760.00",
                prog="POPC 2014-2020",
            ),
            r(
                "Realizacja projektu Cyfrowa Gmina w Oleśnie – zakup sprzętu komputerowego",
                "um-olesno",
                "2022-06-20",
                ben="Gmina Olesno",
                grant="254760.00",
                start="2021-10-01",
                end="2023-06-30",
            ),
        ],
        [
            (
                r(
                    "Cyfrowa Gmina – Gorzów Śląski otrzymał grant",
                    "ug-gorzow-slaski",
                    "2021-10-07",
                    ben="Gmina Gorzów Śląski",
                    grant="155450.00",
                    prog="POPC 2014-2020",
                ),
                "same call, another gmina",
            ),
            (
                r(
                    "Cyfrowy Powiat – Powiat Oleski otrzymał grant",
                    "powiat-oleski",
                    "2022-01-14",
                    ben="Powiat Oleski",
                    grant="303200.00",
                    prog="POPC 2014-2020",
                ),
                "the powiat's call of the same family",
            ),
        ],
    ),
    (
        "Posiłek w szkole i w domu Byczyna 2023",
        [
            r(
                "Posiłek w szkole i w domu – moduł II, 2023",
                "gops-byczyna",
                "2023-03-14",
                impl="GOPS w Byczynie",
                total="90000.00",
                grant="72000.00",
                start="2023-01-01",
                end="2023-12-31",
            ),
            r(
                "Byczyna: 72 tys. zł na stołówki szkolne w ramach programu Posiłek w szkole i w domu (2023)",
                "um-byczyna",
                "2023-02-10",
                ben="Gmina Byczyna",
                grant="72000.00",
            ),
        ],
        [
            (
                r(
                    "Posiłek w szkole i w domu – moduł II, 2024",
                    "gops-byczyna",
                    "2024-03-11",
                    impl="GOPS w Byczynie",
                    total="95000.00",
                    grant="76000.00",
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "next year",
            ),
            (
                r(
                    "Posiłek w szkole i w domu – moduł I, 2023",
                    "gops-byczyna",
                    "2023-03-14",
                    impl="GOPS w Byczynie",
                    total="40000.00",
                    grant="32000.00",
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the other module of the same year",
            ),
        ],
    ),
    (
        "Budowa żłobka Lewin Brzeski (Maluch+)",
        [
            r(
                "Budowa żłobka w Lewinie Brzeskim w ramach programu Maluch+",
                "um-lewin",
                "2022-04-04",
                ben="Gmina Lewin Brzeski",
                total="3120000.00",
                grant="1980000.00",
                prog="Maluch+ 2022-2029",
            ),
            r(
                "Nowy żłobek w Lewinie Brzeskim gotowy – 60 miejsc dla dzieci",
                "um-lewin",
                "2023-09-01",
                ben="Gmina Lewin Brzeski",
                total="3120000.00",
                start="2022-05-01",
                end="2023-08-31",
            ),
            r(
                "Maluch+: ponad 1,98 mln zł na budowę żłobka w Lewinie Brzeskim",
                "powiat-brzeski",
                "2022-03-20",
                ben="Gmina Lewin Brzeski",
                grant="1980000.00",
            ),
        ],
        [
            (
                r(
                    "Funkcjonowanie żłobka w Lewinie Brzeskim – Maluch+ 2024",
                    "um-lewin",
                    "2024-02-15",
                    ben="Gmina Lewin Brzeski",
                    grant="230400.00",
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "running grant for the finished nursery",
            ),
            (
                r(
                    "Budowa żłobka w Skarbimierzu w ramach programu Maluch+",
                    "ug-skarbimierz",
                    "2022-04-20",
                    ben="Gmina Skarbimierz",
                    total="2760000.00",
                    grant="1650000.00",
                ),
                "another gmina, same call",
            ),
        ],
    ),
    (
        "Kanalizacja Pawłowiczki PROW",
        [
            r(
                "Budowa kanalizacji sanitarnej w miejscowości Gościęcin",
                "ug-pawlowiczki",
                "2020-08-11",
                ben="Gmina Pawłowiczki",
                total="4870000.00",
                grant="2000000.00",
                prog="PROW 2014-2020",
                contract="00041-6921-UM0810123/19",
            ),
            r(
                "Gościęcin z kanalizacją – zakończenie budowy",
                "ug-pawlowiczki",
                "2021-11-25",
                ben="Gmina Pawłowiczki",
                total="4870000.00",
                prog="PROW 2014-2020",
            ),
            r(
                "Umowa na budowę kanalizacji w Gościęcinie podpisana w Urzędzie Marszałkowskim",
                "umwo-opole",
                "2020-02-18",
                ben="Gmina Pawłowiczki",
                grant="2000000.00",
                contract="00041-6921-UM0810123/19",
            ),
        ],
        [
            (
                r(
                    "Budowa kanalizacji sanitarnej w miejscowości Ostrożnica",
                    "ug-pawlowiczki",
                    "2023-05-08",
                    ben="Gmina Pawłowiczki",
                    total="3950000.00",
                    grant="2000000.00",
                    prog="PROW 2014-2020",
                ),
                "the next village's sewer, same grant ceiling",
            ),
        ],
    ),
    (
        "Aktywna integracja Głogówek",
        [
            r(
                "Aktywni razem – integracja społeczna i zawodowa mieszkańców Głogówka",
                "gops-glogowek",
                "2018-02-09",
                impl="Gminny Ośrodek Pomocy Społecznej w Głogówku",
                total="687420.50",
                start="2018-03-01",
                end="2019-12-31",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Projekt „Aktywni razem” – kolejni uczestnicy ukończyli kursy zawodowe",
                "gops-glogowek",
                "2019-06-30",
                impl="GOPS w Głogówku",
                start="2018-03-01",
                end="2019-12-31",
            ),
        ],
        [
            (
                r(
                    "Aktywni razem – integracja społeczna mieszkańców Białej",
                    "gops-biala",
                    "2018-04-03",
                    impl="GOPS w Białej",
                    total="512300.00",
                    start="2018-04-01",
                    end="2019-12-31",
                    prog="RPO WO 2014-2020",
                ),
                "look-alike title in another gmina",
            ),
            (
                r(
                    "Aktywni razem II – integracja społeczna i zawodowa mieszkańców Głogówka",
                    "gops-glogowek",
                    "2020-09-15",
                    impl="GOPS w Głogówku",
                    total="702000.00",
                    start="2020-10-01",
                    end="2022-06-30",
                ),
                "the second edition",
            ),
        ],
    ),
    (
        "Rewitalizacja rynku Paczków",
        [
            r(
                "Rewitalizacja Rynku w Paczkowie",
                "um-paczkow",
                "2019-05-06",
                ben="Gmina Paczków",
                total="5420000.00",
                eu="3800000.00",
                prog="RPO WO 2014-2020",
                contract="RPOP.10.03.00-16-0008/18",
            ),
            r(
                "Rynek w Paczkowie po rewitalizacji – uroczyste otwarcie",
                "um-paczkow",
                "2020-10-02",
                ben="Gmina Paczków",
                total="5420000.00",
            ),
        ],
        [
            (
                r(
                    "Rewitalizacja Rynku w Otmuchowie",
                    "um-otmuchow",
                    "2019-06-01",
                    ben="Gmina Otmuchów",
                    total="4380000.00",
                    eu="3100000.00",
                    prog="RPO WO 2014-2020",
                    contract="RPOP.10.03.00-16-0011/18",
                ),
                "the same measure in the next town",
            ),
            (
                r(
                    "Rewitalizacja parku miejskiego w Paczkowie",
                    "um-paczkow",
                    "2019-05-20",
                    ben="Gmina Paczków",
                    total="1250000.00",
                ),
                "another revitalisation in the same town",
            ),
        ],
    ),
    (
        "Fotowoltaika Powiat Kluczborski",
        [
            r(
                "Instalacje fotowoltaiczne na budynkach Starostwa Powiatowego w Kluczborku",
                "powiat-kluczbork",
                "2022-07-12",
                ben="Powiat Kluczborski",
                total="780000.00",
                grant="663000.00",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Panele fotowoltaiczne na budynkach starostwa – inwestycja Powiatu Kluczborskiego zakończona",
                "powiat-kluczbork",
                "2023-03-21",
                ben="Powiat Kluczborski",
                total="780000.00",
            ),
        ],
        [
            (
                r(
                    "Instalacje fotowoltaiczne na budynkach Urzędu Miejskiego w Kluczborku",
                    "um-kluczbork",
                    "2022-08-01",
                    ben="Gmina Kluczbork",
                    total="540000.00",
                ),
                "the gmina's own panels in the same town",
            ),
        ],
    ),
    (
        "Program Korpus Wsparcia Seniorów 2023 Ozimek",
        [
            r(
                "Korpus Wsparcia Seniorów – edycja 2023",
                "ops-ozimek",
                "2023-02-22",
                impl="OPS w Ozimku",
                grant="24900.00",
                start="2023-01-01",
                end="2023-12-31",
            ),
            r(
                "Opaski bezpieczeństwa dla seniorów z Ozimka – Korpus Wsparcia Seniorów 2023",
                "um-ozimek",
                "2023-04-03",
                ben="Gmina Ozimek",
                grant="24900.00",
            ),
        ],
        [
            (
                r(
                    "Korpus Wsparcia Seniorów – edycja 2022",
                    "ops-ozimek",
                    "2022-03-01",
                    impl="OPS w Ozimku",
                    grant="31800.00",
                    start="2022-01-01",
                    end="2022-12-31",
                ),
                "previous edition",
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów – edycja 2023",
                    "gops-chrzastowice",
                    "2023-03-01",
                    impl="GOPS w Chrząstowicach",
                    grant="12450.00",
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "same edition in another gmina",
            ),
        ],
    ),
    (
        "Świetlica wiejska Komorno (PROW)",
        [
            r(
                "Remont świetlicy wiejskiej w Komornie",
                "ug-reanska",
                "2021-03-29",
                ben="Gmina Reńska Wieś",
                total="298700.00",
                grant="190060.00",
                prog="PROW 2014-2020",
            ),
            r(
                "Świetlica w Komornie wyremontowana",
                "ug-reanska",
                "2021-10-14",
                ben="Gmina Reńska Wieś",
                grant="190060.00",
            ),
        ],
        [
            (
                r(
                    "Remont świetlicy wiejskiej w Większycach",
                    "ug-reanska",
                    "2021-03-29",
                    ben="Gmina Reńska Wieś",
                    total="315400.00",
                    grant="200000.00",
                    prog="PROW 2014-2020",
                ),
                "the twin project in the next village",
            ),
        ],
    ),
    (
        "Mieszkania chronione PCPR Nysa",
        [
            r(
                "Mieszkanie chronione dla usamodzielniających się wychowanków pieczy zastępczej",
                "pcpr-nysa",
                "2020-01-15",
                impl="Powiatowe Centrum Pomocy Rodzinie w Nysie",
                total="412900.00",
                start="2020-01-01",
                end="2021-06-30",
                prog="RPO WO 2014-2020",
                contract="RPOP.08.02.00-16-0019/19",
            ),
            r(
                "Powiat Nyski: mieszkanie chronione dla wychowanków pieczy zastępczej",
                "powiat-nyski",
                "2019-12-10",
                ben="Powiat Nyski",
                total="412900.00",
                contract="RPOP.08.02.00-16-0019/19",
            ),
        ],
        [
            (
                r(
                    "Mieszkanie chronione dla usamodzielniających się wychowanków pieczy zastępczej",
                    "pcpr-prudnik",
                    "2020-02-10",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Prudniku",
                    total="298000.00",
                    start="2020-02-01",
                    end="2021-06-30",
                    prog="RPO WO 2014-2020",
                    contract="RPOP.08.02.00-16-0023/19",
                ),
                "the same kind of project in another powiat",
            ),
        ],
    ),
    (
        "Wymiana pieców Krapkowice (Stop Smog)",
        [
            r(
                "Stop Smog w Krapkowicach – wymiana źródeł ciepła w budynkach jednorodzinnych",
                "um-krapkowice",
                "2021-09-09",
                ben="Gmina Krapkowice",
                total="1150000.00",
                grant="805000.00",
                prog="Stop Smog",
            ),
            r(
                "Krapkowice przystępują do programu Stop Smog: wymiana kopciuchów",
                "um-krapkowice",
                "2021-07-02",
                ben="Gmina Krapkowice",
                grant="805000.00",
                prog="Stop Smog",
            ),
        ],
        [
            (
                r(
                    "Stop Smog w Gogolinie – wymiana źródeł ciepła w budynkach jednorodzinnych",
                    "um-gogolin",
                    "2021-10-01",
                    ben="Gmina Gogolin",
                    total="900000.00",
                    grant="630000.00",
                    prog="Stop Smog",
                ),
                "same programme next door",
            ),
        ],
    ),
    (
        "Rodzina 500+ obsługa (news, not project) vs Dobry Start",
        [
            r(
                "Program Dobry Start 300+ – wnioski od 1 lipca 2021",
                "ops-tulowice",
                "2021-06-20",
                impl="OPS w Tułowicach",
                start="2021-07-01",
                end="2021-11-30",
            ),
            r(
                "Dobry Start 300+: wnioski przyjmujemy od 1 lipca 2021 r.",
                "ops-tulowice",
                "2021-06-28",
                impl="Ośrodek Pomocy Społecznej w Tułowicach",
            ),
        ],
        [
            (
                r(
                    "Program Dobry Start 300+ – wnioski od 1 lipca 2022",
                    "ops-tulowice",
                    "2022-06-21",
                    impl="OPS w Tułowicach",
                    start="2022-07-01",
                    end="2022-11-30",
                ),
                "next year's round",
            ),
            (
                r(
                    "Program Dobry Start 300+ – wnioski od 1 lipca 2021",
                    "gops-komprachcice",
                    "2021-06-22",
                    impl="GOPS w Komprachcicach",
                    start="2021-07-01",
                    end="2021-11-30",
                ),
                "same round, another gmina",
            ),
        ],
    ),
    (
        "Boisko Orlik modernizacja Skoroszyce",
        [
            r(
                "Modernizacja boiska wielofunkcyjnego w Skoroszycach",
                "ug-skoroszyce",
                "2022-05-23",
                ben="Gmina Skoroszyce",
                total="468000.00",
                grant="234000.00",
                start="2022-06-01",
                end="2022-09-30",
            ),
            r(
                "Boisko w Skoroszycach po modernizacji",
                "ug-skoroszyce",
                "2022-10-12",
                ben="Gmina Skoroszyce",
                total="468000.00",
            ),
            r(
                "Skoroszyce: dofinansowanie modernizacji boiska wielofunkcyjnego",
                "powiat-nyski",
                "2022-04-01",
                ben="Gmina Skoroszyce",
                grant="234000.00",
            ),
        ],
        [
            (
                r(
                    "Modernizacja boiska wielofunkcyjnego w Chróścinie",
                    "ug-skoroszyce",
                    "2023-05-10",
                    ben="Gmina Skoroszyce",
                    total="389000.00",
                    start="2023-06-01",
                    end="2023-09-30",
                ),
                "another pitch of the same gmina the next year",
            ),
        ],
    ),
    (
        "Szkolenia kadr pomocy społecznej ROPS Opole",
        [
            r(
                "Profesjonalne kadry pomocy społecznej w województwie opolskim",
                "rops-opole",
                "2017-03-15",
                impl="Regionalny Ośrodek Polityki Społecznej w Opolu",
                total="2340000.00",
                prog="PO WER 2014-2020",
                contract="POWR.02.08.00-00-0037/16",
            ),
            r(
                "Pracownicy GOPS na szkoleniu w projekcie Profesjonalne kadry pomocy społecznej",
                "gops-turawa",
                "2018-04-17",
                contract="POWR.02.08.00-00-0037/16",
            ),
            r(
                "Profesjonalne kadry pomocy społecznej – zaproszenie na szkolenia 2018",
                "rops-opole",
                "2018-01-22",
                impl="ROPS w Opolu",
                prog="PO WER 2014-2020",
            ),
        ],
        [
            (
                r(
                    "Profesjonalne kadry pomocy społecznej w województwie śląskim",
                    "rops-katowice",
                    "2017-04-02",
                    impl="Regionalny Ośrodek Polityki Społecznej w Katowicach",
                    total="3100000.00",
                    prog="PO WER 2014-2020",
                    contract="POWR.02.08.00-00-0041/16",
                ),
                "the same call in another voivodeship",
            ),
        ],
    ),
    (
        "Sprzęt dla OSP Domaszowice",
        [
            r(
                "Zakup lekkiego samochodu ratowniczego dla OSP Domaszowice",
                "ug-domaszowice",
                "2023-06-05",
                ben="Gmina Domaszowice",
                total="349000.00",
                grant="200000.00",
            ),
            r(
                "Nowy samochód dla druhów z OSP Domaszowice już w remizie",
                "ug-domaszowice",
                "2023-11-28",
                ben="Gmina Domaszowice",
                total="349000.00",
            ),
        ],
        [
            (
                r(
                    "Zakup lekkiego samochodu ratowniczego dla OSP Gręboszów",
                    "ug-domaszowice",
                    "2024-05-02",
                    ben="Gmina Domaszowice",
                    total="365000.00",
                    grant="200000.00",
                ),
                "the next unit's car a year later",
            ),
            (
                r(
                    "Zakup lekkiego samochodu ratowniczego dla OSP Domaszowice",
                    "ug-domaszowice",
                    "2016-04-11",
                    ben="Gmina Domaszowice",
                    total="212000.00",
                ),
                "the same title, an older purchase with other amount",
            ),
        ],
    ),
    (
        "Program Za życiem – koordynator Namysłów",
        [
            r(
                "Za życiem – wsparcie koordynatora dla rodzin w Namysłowie w 2022 r.",
                "ops-namyslow",
                "2022-03-09",
                impl="Ośrodek Pomocy Społecznej w Namysłowie",
                grant="18700.00",
                start="2022-01-01",
                end="2022-12-31",
            ),
            r(
                "Koordynator programu Za życiem dostępny w OPS Namysłów – 2022",
                "um-namyslow",
                "2022-03-15",
                impl="OPS w Namysłowie",
                grant="18700.00",
            ),
        ],
        [
            (
                r(
                    "Za życiem – wsparcie koordynatora dla rodzin w Namysłowie w 2023 r.",
                    "ops-namyslow",
                    "2023-03-06",
                    impl="Ośrodek Pomocy Społecznej w Namysłowie",
                    grant="20100.00",
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "next year",
            ),
        ],
    ),
    (
        "Centrum Usług Społecznych Tarnów Opolski",
        [
            r(
                "Utworzenie Centrum Usług Społecznych w Tarnowie Opolskim",
                "ug-tarnow-opolski",
                "2021-12-01",
                ben="Gmina Tarnów Opolski",
                total="1894500.00",
                start="2022-01-01",
                end="2023-06-30",
                prog="PO WER 2014-2020",
                contract="POWR.02.08.00-00-0120/21",
            ),
            r(
                "CUS w Tarnowie Opolskim rozpoczyna działalność",
                "cus-tarnow-opolski",
                "2022-01-04",
                impl="Centrum Usług Społecznych w Tarnowie Opolskim",
                start="2022-01-01",
                end="2023-06-30",
            ),
            r(
                "Tarnów Opolski z dofinansowaniem na utworzenie CUS",
                "ug-tarnow-opolski",
                "2021-10-20",
                ben="Gmina Tarnów Opolski",
                total="1894500.00",
                contract="POWR.02.08.00-00-0120/21",
            ),
        ],
        [
            (
                r(
                    "Utworzenie Centrum Usług Społecznych w Izbicku",
                    "ug-izbicko",
                    "2021-12-05",
                    ben="Gmina Izbicko",
                    total="1376000.00",
                    start="2022-01-01",
                    end="2023-06-30",
                    prog="PO WER 2014-2020",
                    contract="POWR.02.08.00-00-0131/21",
                ),
                "same call, another gmina",
            ),
        ],
    ),
    (
        "Ścieżka rowerowa Głubczyce–Pietrowice",
        [
            r(
                "Budowa ścieżki rowerowej Głubczyce – Pietrowice Wielkie",
                "um-glubczyce",
                "2018-05-14",
                ben="Gmina Głubczyce",
                total="6789000.00",
                eu="5120000.00",
                prog="Interreg V-A CZ-PL 2014-2020",
            ),
            r(
                "Ścieżka rowerowa z Głubczyc do Pietrowic Wielkich oddana do użytku",
                "um-glubczyce",
                "2019-08-19",
                ben="Gmina Głubczyce",
                total="6789000.00",
            ),
        ],
        [
            (
                r(
                    "Budowa ścieżki rowerowej Głubczyce – Pietrowice Wielkie – etap II (do granicy)",
                    "um-glubczyce",
                    "2021-04-21",
                    ben="Gmina Głubczyce",
                    total="2890000.00",
                ),
                "the second stage",
            ),
        ],
    ),
    (
        "Wyposażenie pracowni szkolnych Zębowice",
        [
            r(
                "Laboratoria Przyszłości w szkołach Gminy Zębowice",
                "ug-zebowice",
                "2022-02-07",
                ben="Gmina Zębowice",
                grant="138000.00",
            ),
            r(
                "Szkoły w Zębowicach z nowymi pracowniami – Laboratoria Przyszłości",
                "sp-zebowice",
                "2022-09-16",
                grant="138000.00",
            ),
        ],
        [
            (
                r(
                    "Laboratoria Przyszłości w szkołach Gminy Radłów",
                    "ug-radlow",
                    "2022-02-09",
                    ben="Gmina Radłów",
                    grant="96000.00",
                ),
                "same programme in another gmina",
            ),
        ],
    ),
    (
        "Projekt edukacyjny Lasowice (variants with different titles)",
        [
            r(
                "Szkoła ćwiczeń – nowe kompetencje nauczycieli w Lasowicach Wielkich",
                "ug-lasowice",
                "2020-09-01",
                ben="Gmina Lasowice Wielkie",
                total="825000.00",
                start="2020-09-01",
                end="2022-08-31",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Nauczyciele z Lasowic Wielkich podnoszą kompetencje w projekcie Szkoła ćwiczeń",
                "sp-lasowice",
                "2021-02-11",
                total="825000.00",
            ),
        ],
        [
            (
                r(
                    "Szkoła ćwiczeń – nowe kompetencje nauczycieli w Lasowicach Wielkich",
                    "ug-lasowice",
                    "2023-09-01",
                    ben="Gmina Lasowice Wielkie",
                    total="910000.00",
                    start="2023-09-01",
                    end="2025-08-31",
                    prog="FEO 2021-2027",
                ),
                "a new project with the same name under the next programme",
            ),
        ],
    ),
    (
        "Ogrzewanie domu kultury Popielów",
        [
            r(
                "Wymiana instalacji grzewczej w Gminnym Ośrodku Kultury w Popielowie",
                "ug-popielow",
                "2023-07-03",
                ben="Gmina Popielów",
                total="187300.00",
                grant="149840.00",
                prog="Rządowy Fundusz Polski Ład",
            ),
            r(
                "GOK w Popielowie z nowym ogrzewaniem – inwestycja zakończona",
                "gok-popielow",
                "2023-12-01",
                total="187300.00",
            ),
        ],
        [
            (
                r(
                    "Wymiana instalacji grzewczej w Szkole Podstawowej w Popielowie",
                    "ug-popielow",
                    "2023-07-03",
                    ben="Gmina Popielów",
                    total="243000.00",
                    grant="194400.00",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "a sibling investment announced the same day",
            ),
        ],
    ),
    (
        "Aktywne samorządy PFRON Głuchołazy 2022",
        [
            r(
                "Aktywny samorząd 2022 – nabór wniosków w PCPR",
                "pcpr-nysa",
                "2022-03-01",
                impl="PCPR w Nysie",
                start="2022-03-01",
                end="2022-08-31",
            ),
            r(
                "Program Aktywny samorząd – edycja 2022: wnioski do końca sierpnia",
                "powiat-nyski",
                "2022-03-04",
                impl="Powiatowe Centrum Pomocy Rodzinie w Nysie",
                start="2022-03-01",
                end="2022-08-31",
            ),
        ],
        [
            (
                r(
                    "Aktywny samorząd 2023 – nabór wniosków w PCPR",
                    "pcpr-nysa",
                    "2023-03-01",
                    impl="PCPR w Nysie",
                    start="2023-03-01",
                    end="2023-08-31",
                ),
                "next year's call",
            ),
            (
                r(
                    "Aktywny samorząd 2022 – nabór wniosków w PCPR",
                    "pcpr-brzeg",
                    "2022-03-02",
                    impl="PCPR w Brzegu",
                    start="2022-03-01",
                    end="2022-08-31",
                ),
                "same call, another powiat",
            ),
        ],
    ),
    (
        "Przedszkole Dąbrowa rozbudowa",
        [
            r(
                "Rozbudowa Publicznego Przedszkola w Dąbrowie",
                "ug-dabrowa",
                "2019-04-23",
                ben="Gmina Dąbrowa",
                total="2967000.00",
                eu="1845000.00",
                prog="RPO WO 2014-2020",
                contract="RPOP.09.01.01-16-0055/18",
            ),
            r(
                "Przedszkole w Dąbrowie rozbudowane – dzieci w nowych salach",
                "ug-dabrowa",
                "2020-09-03",
                ben="Gmina Dąbrowa",
                contract="RPOP.09.01.01-16-0055/18",
            ),
            r(
                "Dąbrowa: ponad 1,8 mln zł unijnego wsparcia na rozbudowę przedszkola",
                "umwo-opole",
                "2019-03-05",
                ben="Gmina Dąbrowa",
                eu="1845000.00",
            ),
        ],
        [
            (
                r(
                    "Rozbudowa Publicznego Przedszkola w Niemodlinie",
                    "um-niemodlin",
                    "2019-05-01",
                    ben="Gmina Niemodlin",
                    total="3300000.00",
                    prog="RPO WO 2014-2020",
                    contract="RPOP.09.01.01-16-0061/18",
                ),
                "the same measure in another gmina",
            ),
        ],
    ),
    (
        "Dzienny Dom Pomocy Branice",
        [
            r(
                "Dzienny Dom Pomocy w Branicach – utworzenie i prowadzenie",
                "gops-branice",
                "2020-11-02",
                impl="GOPS w Branicach",
                total="1540200.00",
                start="2020-11-01",
                end="2023-10-31",
                prog="RPO WO 2014-2020",
            ),
            r(
                "Dzienny Dom Pomocy w Branicach otwarty dla seniorów",
                "ug-branice",
                "2021-03-15",
                ben="Gmina Branice",
                start="2020-11-01",
                end="2023-10-31",
            ),
        ],
        [
            (
                r(
                    "Dzienny Dom Pomocy w Branicach – kontynuacja działalności 2024-2025",
                    "gops-branice",
                    "2024-01-10",
                    impl="GOPS w Branicach",
                    total="780000.00",
                    start="2024-01-01",
                    end="2025-12-31",
                ),
                "the continuation after the project ended",
            ),
        ],
    ),
    (
        "Wodociąg Baborów",
        [
            r(
                "Przebudowa sieci wodociągowej w Baborowie – ul. Raciborska",
                "um-baborow",
                "2022-08-01",
                ben="Gmina Baborów",
                total="1275000.00",
                grant="1100000.00",
                prog="Rządowy Fundusz Polski Ład",
            ),
            r(
                "Nowa sieć wodociągowa na ul. Raciborskiej w Baborowie",
                "um-baborow",
                "2023-06-14",
                ben="Gmina Baborów",
                total="1275000.00",
            ),
        ],
        [
            (
                r(
                    "Przebudowa sieci wodociągowej w Baborowie – ul. Kościuszki",
                    "um-baborow",
                    "2023-08-01",
                    ben="Gmina Baborów",
                    total="980000.00",
                    grant="900000.00",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "another street, next year",
            ),
        ],
    ),
    (
        "Program Wspieraj Seniora Polska Cerekiew",
        [
            r(
                "Wspieraj Seniora – pomoc dla osób 70+ w Polskiej Cerekwi",
                "gops-polska-cerekiew",
                "2020-10-27",
                impl="GOPS w Polskiej Cerekwi",
                grant="5300.00",
                start="2020-10-15",
                end="2020-12-31",
            ),
            r(
                "Seniorzy z Polskiej Cerekwi mogą liczyć na pomoc w ramach programu Wspieraj Seniora",
                "ug-polska-cerekiew",
                "2020-10-29",
                impl="Gminny Ośrodek Pomocy Społecznej w Polskiej Cerekwi",
            ),
        ],
        [
            (
                r(
                    "Wspieraj Seniora – pomoc dla osób 70+ w Pawłowiczkach",
                    "gops-pawlowiczki",
                    "2020-10-28",
                    impl="GOPS w Pawłowiczkach",
                    grant="4800.00",
                    start="2020-10-15",
                    end="2020-12-31",
                ),
                "the neighbouring gmina",
            ),
        ],
    ),
]


def pairs_of(
    index: int, seed: tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]
) -> list[dict[str, Any]]:
    """Positive pairs: every two variants; negative: every near-miss against every variant."""
    name, variants, misses = seed
    out = []
    for a, b in itertools.combinations(variants, 2):
        out.append({"a": a, "b": b, "same": True, "note": f"{name}: the same project, two announcements"})
    for miss, why in misses:
        for variant in variants:
            out.append({"a": variant, "b": miss, "same": False, "note": f"{name}: {why}"})
    return [{"id": f"s{index:02d}-{n}", **pair} for n, pair in enumerate(out)]


# A seed of the later rounds (9 on): (name, variants as (record, who says it), near-misses as (record, why not the
# same, the indices of the variants to pair it with)).
RoleSeed = tuple[str, list[tuple[dict[str, Any], str]], list[tuple[dict[str, Any], str, tuple[int, ...]]]]


def role_pairs(prefix: str, index: int, seed: RoleSeed) -> list[dict[str, Any]]:
    """Every two variants are the same project; each near-miss is paired with the variants it names."""
    name, variants, misses = seed
    out = []
    for (a, role_a), (b, role_b) in itertools.combinations(variants, 2):
        note = f"{name}: the same project, {role_a} / {role_b}"
        out.append({"a": a, "b": b, "same": True, "note": note})
    for miss, why, with_variants in misses:
        for i in with_variants:
            variant, role = variants[i]
            out.append(
                {"a": variant, "b": miss, "same": False, "note": f"{name}: not the same, {why} (against {role})"}
            )
    return [{"id": f"{prefix}{index:02d}-{n}", **pair} for n, pair in enumerate(out)]


def write_role_pairs(path: Path, prefix: str, seeds: list[RoleSeed]) -> None:
    """A later round's pairs (`role_pairs`, ids `<prefix><seed>-<n>`) into `path`, as `write_pairs` writes."""
    pairs = [pair for index, seed in enumerate(seeds) for pair in role_pairs(prefix, index, seed)]
    lines = (json.dumps(pair, ensure_ascii=False, sort_keys=True) for pair in pairs)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path.name, len(pairs), sum(p["same"] for p in pairs), "same")


def write_pairs(path: Path, rounds: list[tuple[str, list[Any]]]) -> None:
    """Every seed's pairs, ids prefixed per round, into `path` (one JSON line a pair, sorted keys)."""
    pairs = [
        {**pair, "id": prefix + pair["id"]} for prefix, seeds in rounds for index, seed in enumerate(seeds)
        for pair in pairs_of(index, seed)
    ]  # fmt: skip
    lines = (json.dumps(pair, ensure_ascii=False, sort_keys=True) for pair in pairs)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path.name, len(pairs), sum(p["same"] for p in pairs), "same")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from seeds_round2 import HOLDOUT as ROUND2  # the second round's held-out seeds, scored once

    write_pairs(HERE / "pairs.jsonl", [("", SEEDS), ("h", ROUND2)])


if __name__ == "__main__":
    main()
