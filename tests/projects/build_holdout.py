"""Builds pairs_holdout.jsonl: labelled pairs held out from tuning, scored only to report (third round).

Built after the grouping rule's second tuning and committed before its third. Each seed starts from a
real page of the development real-text set (`tests/realtext/dev/`: its headline as the title and its
hand labels as the fields: amounts, programme, beneficiary, implementer, period, contract), restated as
the other publishers of the same project word it (gmina, OPS, powiat, school, LGD, local news; written
for this set), with near-misses: the next edition, the same programme in the neighbouring gmina (at
times with the same sum), one gmina's other project or programme on the same day, another stage, the
same headline another year, a rural gmina named like its town. No record here is in pairs.jsonl.
Labels were written by reading each record, not from the grouping's output.

FRESH, a fourth round (ids "ms…"), was built the same way after the third round's rule was committed
and scored, to measure that rule again on pairs nobody tuned on; the rule was not changed after it.

    python tests/projects/build_holdout.py   # rewrites pairs_holdout.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import r, write_pairs  # noqa: E402

OPS_MARCISZOW = "Gminny Ośrodek Pomocy Społecznej w Marciszowie"
MOPS_OLSZTYN = "Miejski Ośrodek Pomocy Społecznej w Olsztynie"
MOPS_KRASNYSTAW = "Miejski Ośrodek Pomocy Społecznej w Krasnymstawie"
GOK_SULIKOW = "Gminny Ośrodek Kultury w Sulikowie"
AOON = "Asystent osobisty osoby z niepełnosprawnością"

# (name, variants, near-misses as (record, note)); the first variant restates the real-text passage named
HOLDOUT: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Marciszów: Opieka wytchnieniowa 2022 (ops-gops-marciszow-wytchnieniowa-2022)",
        [
            r(
                "Wyniki naboru do Programu „Opieka wytchnieniowa” – edycja 2022",
                "gops-marciszow",
                "2022-03-10",
                ben="Gmina Marciszów",
                impl=OPS_MARCISZOW,
                total="43968",
                grant="39168",
                prog="Opieka wytchnieniowa",
            ),
            r(
                "Marciszów: 39 tys. zł na opiekę wytchnieniową dla opiekunów osób z niepełnosprawnościami",
                "ug-marciszow",
                "2022-03-15",
                ben="Gmina Marciszów",
                grant="39168.00",
            ),
            r(
                "Opiekunowie z gminy Marciszów odpoczną – ruszają usługi opieki wytchnieniowej",
                "news-kamienna-gora",
                "2022-05-02",
                ben="Gmina Marciszów",
                start="2022-05-01",
                end="2022-12-31",
            ),
        ],
        [
            (
                r(
                    "Wyniki naboru do Programu „Opieka wytchnieniowa” – edycja 2023",
                    "gops-marciszow",
                    "2023-02-20",
                    ben="Gmina Marciszów",
                    impl=OPS_MARCISZOW,
                    total="58400",
                    grant="52800",
                    prog="Opieka wytchnieniowa",
                ),
                "next year's edition, same headline",
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2022 w gminie Kamienna Góra",
                    "ug-kamienna-gora",
                    "2022-03-12",
                    ben="Gmina Kamienna Góra",
                    grant="61440.00",
                    prog="Opieka wytchnieniowa",
                ),
                "the same programme and year in the neighbouring gmina",
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2022",
                    "gops-marciszow",
                    "2022-03-10",
                    ben="Gmina Marciszów",
                    impl=OPS_MARCISZOW,
                    grant="27300.00",
                    prog=AOON,
                ),
                "the same gmina's other programme, announced the same day",
            ),
        ],
    ),
    (
        "Olsztyn: Za życiem, house for mothers (ops-olsztyn-za-zyciem-dom-matek)",
        [
            r(
                "Rozwój sieci domów dla matek z małoletnimi dziećmi i kobiet w ciąży",
                "um-olsztyn",
                "2020-11-05",
                impl=MOPS_OLSZTYN,
                total="172800",
                grant="138240",
                prog="Za życiem",
            ),
            r(
                "Nowy piec i dźwiękoszczelne drzwi w Ośrodku Wsparcia dla Matek z Małoletnimi Dziećmi",
                "mops-olsztyn",
                "2020-12-10",
                impl=MOPS_OLSZTYN,
                grant="138240.00",
            ),
        ],
        [
            (
                r(
                    "Rozwój sieci domów dla matek z małoletnimi dziećmi i kobiet w ciąży",
                    "um-elblag",
                    "2020-10-20",
                    impl="Miejski Ośrodek Pomocy Społecznej w Elblągu",
                    total="98500",
                    grant="78800",
                    prog="Za życiem",
                ),
                "the same headline in another city",
            ),
            (
                r(
                    "Rozwój sieci domów dla matek z małoletnimi dziećmi i kobiet w ciąży – 2021",
                    "um-olsztyn",
                    "2021-10-12",
                    impl=MOPS_OLSZTYN,
                    total="150000",
                    grant="120000",
                    prog="Za życiem",
                ),
                "next year's task, same headline, other amount",
            ),
        ],
    ),
    (
        "Siemianowice Śląskie: personal assistant 2023 (ops-siemianowice-aoon-2023)",
        [
            r(
                "„Asystent osobisty osoby niepełnosprawnej” – edycja 2023",
                "um-siemianowice",
                "2023-04-14",
                impl="Fundacja Modus Vivendi",
                total="532083.00",
                grant="532083.00",
                end="2023-12-31",
                prog=AOON,
            ),
            r(
                "Asystencja osobista w Siemianowicach Śląskich – rekrutacja do programu",
                "fundacja-modus",
                "2023-04-20",
                impl="Fundacja Modus Vivendi",
            ),
            r(
                "Siemianowice: ponad pół miliona złotych na asystentów osób niepełnosprawnych",
                "news-siemianowice",
                "2023-04-18",
                grant="532083",
            ),
        ],
        [
            (
                r(
                    "„Asystent osobisty osoby niepełnosprawnej” – edycja 2024",
                    "um-siemianowice",
                    "2024-03-28",
                    impl="Fundacja Modus Vivendi",
                    total="610000.00",
                    grant="610000.00",
                    end="2024-12-31",
                    prog=AOON,
                ),
                "next year's edition",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2023 w Czeladzi",
                    "um-czeladz",
                    "2023-04-12",
                    ben="Gmina Czeladź",
                    grant="289500.00",
                    end="2023-12-31",
                ),
                "the same programme and year in the neighbouring city",
            ),
        ],
    ),
    (
        "Skarszewy: Poznaj Polskę 2022 (news-skarszewy-poznaj-polske-wycieczki-2022)",
        [
            r(
                "Dofinansowanie wycieczek szkolnych dla uczniów",
                "gwik-skarszewy",
                "2022-10-05",
                ben="Gmina Skarszewy",
                total="37137.00",
                grant="29709.60",
                end="2022-12-15",
                prog="Poznaj Polskę",
            ),
            r(
                "Skarszewy: blisko 30 tys. zł z programu Poznaj Polskę na wycieczki szkolne",
                "ug-skarszewy",
                "2022-10-10",
                ben="Gmina Skarszewy",
                grant="29709.60",
            ),
        ],
        [
            (
                r(
                    "Dofinansowanie wycieczek szkolnych dla uczniów",
                    "gwik-skarszewy",
                    "2023-09-20",
                    ben="Gmina Skarszewy",
                    total="41250.00",
                    grant="33000.00",
                    end="2023-12-15",
                    prog="Poznaj Polskę",
                ),
                "the same headline a year later, other amount",
            ),
            (
                r(
                    "Poznaj Polskę – wycieczki szkolne w gminie Dębnica Kaszubska",
                    "ug-debnica",
                    "2023-06-01",
                    ben="Gmina Dębnica Kaszubska",
                    grant="34879.40",
                    prog="Poznaj Polskę",
                ),
                "the same programme in another gmina",
            ),
        ],
    ),
    (
        "Zbrosławice: sports hall in Kopienica (news-zbroslawice-sala-kopienica-msit)",
        [
            r(
                "Budowa sali gimnastycznej przy Szkole Podstawowej w Kopienicy",
                "ug-zbroslawice",
                "2019-09-02",
                ben="Gmina Zbrosławice",
                grant="800000.00",
                total="2632222.28",
            ),
            r(
                "Uczniowie z Kopienicy mają nową salę gimnastyczną",
                "news-tarnowskie-gory",
                "2019-09-04",
                total="2632222.28",
            ),
            r(
                "Ministerstwo Sportu dołoży 800 tys. zł do sali w Kopienicy",
                "gazeta-zbroslawice",
                "2018-06-20",
                ben="Gmina Zbrosławice",
                grant="800000",
            ),
        ],
        [
            (
                r(
                    "Budowa sali gimnastycznej przy Szkole Podstawowej w Wilkowicach",
                    "ug-zbroslawice",
                    "2021-08-30",
                    ben="Gmina Zbrosławice",
                    grant="900000.00",
                    total="3100000.00",
                ),
                "the same gmina's hall at another school",
            ),
            (
                r(
                    "Budowa sali gimnastycznej przy Szkole Podstawowej w Kopienicy – II etap: wyposażenie",
                    "ug-zbroslawice",
                    "2020-03-10",
                    ben="Gmina Zbrosławice",
                    grant="120000.00",
                    total="180000.00",
                ),
                "the investment's second stage",
            ),
        ],
    ),
    (
        "Sulików: Interreg small project 2021 (eu-gok-sulikow-tradycje-swiateczne-hohendubrau-2021)",
        [
            r(
                "Poznajemy tradycje świąteczne na pograniczu polsko-saksońskim",
                "gok-sulikow",
                "2021-09-20",
                ben=GOK_SULIKOW,
                start="2021-09-15",
                end="2021-12-31",
                prog="Interreg Polska-Saksonia 2014-2022",
            ),
            r(
                "Warsztaty świąteczne z partnerami z Hohendubrau – projekt GOK Sulików",
                "ug-sulikow",
                "2021-12-08",
                ben=GOK_SULIKOW,
            ),
        ],
        [
            (
                r(
                    "Poznajemy tradycje wielkanocne na pograniczu polsko-saksońskim",
                    "gok-sulikow",
                    "2022-03-15",
                    ben=GOK_SULIKOW,
                    start="2022-03-01",
                    end="2022-06-30",
                    prog="Interreg Polska-Saksonia 2014-2022",
                ),
                "the same partners' next project, a look-alike title",
            ),
            (
                r(
                    "Poznajemy tradycje świąteczne na pograniczu polsko-czeskim",
                    "gok-bogatynia",
                    "2021-10-05",
                    ben="Gminny Ośrodek Kultury w Bogatyni",
                    start="2021-10-01",
                    end="2021-12-31",
                    prog="Interreg Czechy – Polska",
                ),
                "a look-alike project of the neighbouring gmina, same season",
            ),
        ],
    ),
    (
        "Będzino: Dom Ludowy in Mścice (eu-bedzino-dom-ludowy-mscice-2014)",
        [
            r(
                "Budowa Domu Ludowego w Mścicach",
                "ug-bedzino",
                "2015-01-10",
                total="1214123.38",
                grant="446640.00",
                start="2013-06-14",
                end="2014-12-19",
                prog="PROW 2007-2013",
                contract="0100-6930-UM1630388/13",
            ),
            r(
                "Mścice mają Dom Ludowy: biblioteka i sala widowiskowa otwarte",
                "news-koszalin",
                "2015-01-20",
                ben="Gmina Będzino",
            ),
            r(
                "Dom Ludowy w Mścicach – operacja z Lokalnej Strategii Rozwoju dofinansowana",
                "lgd-bedzino",
                "2014-01-15",
                grant="446640",
                prog="PROW 2007-2013",
            ),
        ],
        [
            (
                r(
                    "Budowa Domu Ludowego w Dobrzycy",
                    "ug-bedzino",
                    "2016-05-10",
                    total="980000.00",
                    grant="500000.00",
                    start="2015-04-01",
                    end="2016-04-30",
                    prog="PROW 2014-2020",
                ),
                "the same gmina's house in another village",
            ),
            (
                r(
                    "Budowa świetlicy wiejskiej w Mścicach",
                    "ug-bedzino",
                    "2012-05-01",
                    total="210000.00",
                    start="2011-06-01",
                    end="2012-04-30",
                ),
                "an earlier building in the same village",
            ),
        ],
    ),
    (
        "Powiat Ostrowski: road 2608W (news-powiatostrowmaz-droga-2608w-2025)",
        [
            r(
                "Gmina Nur zwiększyła pomoc finansową na rozbudowę drogi powiatowej",
                "news-ostrowmaz",
                "2025-01-22",
                ben="Powiat Ostrowski",
                grant="14000000.00",
                prog="Program Inwestycji Strategicznych",
            ),
            r(
                "Rozbudowa drogi powiatowej nr 2608W na odcinku Szulborze Wielkie – Zuzela",
                "powiat-ostrowski",
                "2024-10-30",
                ben="Powiat Ostrowski",
                grant="14000000",
                prog="Program Inwestycji Strategicznych",
            ),
            r(
                "Droga Szulborze Wielkie – Zuzela po rozbudowie",
                "ug-szulborze",
                "2024-11-15",
                ben="Powiat Ostrowski",
            ),
        ],
        [
            (
                r(
                    "Rozbudowa drogi powiatowej nr 2611W na odcinku Nur – Zaręby Kościelne",
                    "powiat-ostrowski",
                    "2024-06-10",
                    ben="Powiat Ostrowski",
                    grant="9500000.00",
                    prog="Program Inwestycji Strategicznych",
                ),
                "the same powiat's other road in the same programme",
            ),
            (
                r(
                    "Rozbudowa drogi powiatowej nr 2608W – etap II",
                    "powiat-ostrowski",
                    "2025-05-12",
                    ben="Powiat Ostrowski",
                    grant="6000000.00",
                ),
                "the road's second stage",
            ),
        ],
    ),
    (
        "Krasnystaw: Krasnostawski Aktywny Senior (eu-mopskrasnystaw-aktywny-senior-partner)",
        [
            r(
                "Umowa partnerska przy projekcie „Krasnostawski Aktywny Senior”",
                "mops-krasnystaw",
                "2021-03-02",
                impl=MOPS_KRASNYSTAW,
                start="2021-05-01",
                end="2023-08-31",
                prog="RPO WL 2014-2020",
            ),
            r(
                "Krasnostawski Aktywny Senior – miasto z dofinansowaniem z RPO",
                "um-krasnystaw",
                "2021-04-15",
                ben="Miasto Krasnystaw",
                prog="RPO WL 2014-2020",
            ),
            r(
                "Seniorzy z Krasnegostawu zapraszani do klubu – rusza projekt MOPS i Fundacji Winda",
                "news-krasnystaw",
                "2021-05-06",
                impl=MOPS_KRASNYSTAW,
                start="2021-05-01",
            ),
        ],
        [
            (
                r(
                    "Krasnostawski Aktywny Senior 2",
                    "mops-krasnystaw",
                    "2023-10-02",
                    impl=MOPS_KRASNYSTAW,
                    start="2023-10-01",
                    end="2025-09-30",
                    prog="FEL 2021-2027",
                ),
                "the project's second edition",
            ),
            (
                r(
                    "Aktywny Senior w gminie Krasnystaw",
                    "gops-krasnystaw",
                    "2021-06-01",
                    impl="Gminny Ośrodek Pomocy Społecznej w Krasnymstawie",
                    start="2021-07-01",
                    end="2022-06-30",
                ),
                "the rural gmina named like the town, a look-alike project",
            ),
        ],
    ),
    (
        "Korzenna: Dzienny Dom Senior+ 2024 (ops-korzenna-dzienny-dom-senior-2024)",
        [
            r(
                "Dofinansowanie z budżetu państwa na funkcjonowanie Dziennego Domu Senior+ w 2024 roku",
                "ug-korzenna",
                "2024-03-20",
                ben="Gmina Korzenna",
                total="179940.00",
                grant="65520",
                prog="Senior+",
            ),
            r(
                "Dzienny Dom Senior+ w Korzennej – 15 miejsc dla seniorów także w 2024 roku",
                "dds-korzenna",
                "2024-02-05",
                ben="Gmina Korzenna",
                start="2024-01-01",
                end="2024-12-31",
            ),
        ],
        [
            (
                r(
                    "Dofinansowanie z budżetu państwa na funkcjonowanie Dziennego Domu Senior+ w 2023 roku",
                    "ug-korzenna",
                    "2023-03-22",
                    ben="Gmina Korzenna",
                    total="171200.00",
                    grant="62400",
                    prog="Senior+",
                ),
                "last year's edition, same headline",
            ),
            (
                r(
                    "Dofinansowanie z budżetu państwa na funkcjonowanie Klubu Senior+ w Łososinie Dolnej w 2024 roku",
                    "ug-lososina",
                    "2024-03-25",
                    ben="Gmina Łososina Dolna",
                    total="96000.00",
                    grant="38400",
                    prog="Senior+",
                ),
                "the same programme and year in the neighbouring gmina",
            ),
        ],
    ),
    (
        "Rokiciny: Korpus Wsparcia Seniorów 2023 (ops-rokiciny-kws-2023)",
        [
            r(
                "Korpus Wsparcia Seniorów – edycja 2023 w gminie Rokiciny",
                "ug-rokiciny",
                "2023-06-28",
                ben="Gmina Rokiciny",
                impl="Gminny Ośrodek Pomocy Społecznej w Rokicinach",
                grant="7525.00",
                total="12480.00",
                prog="Korpus Wsparcia Seniorów",
            ),
            r(
                "Opaski bezpieczeństwa dla seniorów – GOPS Rokiciny opłaca system także w 2023 roku",
                "gops-rokiciny",
                "2023-07-10",
                impl="Gminny Ośrodek Pomocy Społecznej w Rokicinach",
                total="12480.00",
            ),
        ],
        [
            (
                r(
                    "Korpus Wsparcia Seniorów – edycja 2022 w gminie Rokiciny",
                    "ug-rokiciny",
                    "2022-05-30",
                    ben="Gmina Rokiciny",
                    grant="35200.00",
                    total="44000.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "last year's edition",
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów – edycja 2023 w gminie Ujazd",
                    "ug-ujazd",
                    "2023-06-30",
                    ben="Gmina Ujazd",
                    grant="7525.00",
                    total="9406.25",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same headline, year and grant in the neighbouring gmina",
            ),
        ],
    ),
]


GOPS_KETY = "Gminny Ośrodek Pomocy Społecznej w Kętach"
GOPS_ZEMBRZYCE = "Gminny Ośrodek Pomocy Społecznej w Zembrzycach"
PROW = "PROW 2014-2020"
POLSKI_LAD = "Rządowy Fundusz Polski Ład"
MMO = "Moja Mała Ojczyzna"

# The fourth round: built after the third round's rule was committed and scored, never tuned on.
FRESH: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Kęty: social welfare development 2021 (ops-gops-kety-rozwoj-pomocy-spolecznej-2021)",
        [
            r(
                "Rozwój pomocy społecznej na rok 2021",
                "gops-kety",
                "2021-03-15",
                ben="Gmina Kęty",
                grant="85537.00",
                start="2021-01-01",
                end="2021-12-31",
            ),
            r(
                "Kęty: 85,5 tys. zł od wojewody na rozwój pomocy społecznej",
                "ug-kety",
                "2021-03-20",
                ben="Gmina Kęty",
                grant="85537",
            ),
            r(
                "Projekty socjalne GOPS w Kętach dla seniorów i rodzin w 2021 roku",
                "gops-kety",
                "2021-06-01",
                impl=GOPS_KETY,
                start="2021-01-01",
                end="2021-12-31",
            ),
        ],
        [
            (
                r(
                    "Rozwój pomocy społecznej na rok 2022",
                    "gops-kety",
                    "2022-03-14",
                    ben="Gmina Kęty",
                    grant="91200.00",
                    start="2022-01-01",
                    end="2022-12-31",
                ),
                "next year's edition, same headline",
            ),
            (
                r(
                    "Rozwój pomocy społecznej na rok 2021",
                    "gops-osiek",
                    "2021-03-18",
                    ben="Gmina Osiek",
                    grant="42310.00",
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "the same headline and year in the neighbouring gmina",
            ),
            (
                r(
                    "Usługi opiekuńcze dla seniorów w 2021 roku",
                    "gops-kety",
                    "2021-03-15",
                    ben="Gmina Kęty",
                    impl=GOPS_KETY,
                    grant="64800.00",
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "the same gmina's other task, announced the same day",
            ),
        ],
    ),
    (
        "Myślibórz: village hall in Dalsze (news-chojna24-mysliborz-swietlica-dalsze-2018)",
        [
            r(
                "Dofinansowanie dla Gminy Myślibórz",
                "news-chojna",
                "2018-10-03",
                ben="Gmina Myślibórz",
                total="410178.71",
                grant="260996.00",
                prog=PROW,
            ),
            r(
                "Budowa i wyposażenie świetlicy wiejskiej w miejscowości Dalsze – umowa podpisana",
                "ug-mysliborz",
                "2018-10-02",
                ben="Gmina Myślibórz",
                grant="260996.00",
                prog=PROW,
            ),
            r(
                "Nowa świetlica w Dalszem otwarta",
                "ug-mysliborz",
                "2019-11-12",
                ben="Gmina Myślibórz",
                total="410178.71",
            ),
        ],
        [
            (
                r(
                    "Budowa i wyposażenie świetlicy wiejskiej w miejscowości Golenice",
                    "ug-mysliborz",
                    "2019-04-10",
                    ben="Gmina Myślibórz",
                    total="388000.00",
                    grant="246900.00",
                    prog=PROW,
                ),
                "the same gmina's hall in another village",
            ),
            (
                r(
                    "Dofinansowanie dla Gminy Dębno",
                    "news-chojna",
                    "2018-10-05",
                    ben="Gmina Dębno",
                    total="512300.00",
                    grant="325970.00",
                    prog=PROW,
                ),
                "the same headline for the neighbouring gmina",
            ),
        ],
    ),
    (
        "Gnojnik: multi-purpose building in Uszew (eu-gnojnik-uszew-rpowm-2018)",
        [
            r(
                "Plus 400 tys. zł",
                "ug-gnojnik",
                "2018-10-15",
                ben="Gmina Gnojnik",
                eu="1730000",
                total="8500000",
                prog="RPO WM 2014-2020",
            ),
            r(
                "Budowa budynku wielofunkcyjnego w Uszwi – dotacja z RPO zwiększona do 1,73 mln zł",
                "news-brzesko",
                "2018-10-18",
                ben="Gmina Gnojnik",
                eu="1730000",
            ),
            r(
                "Budynek wielofunkcyjny w Uszwi otwarty",
                "ug-gnojnik",
                "2020-09-01",
                ben="Gmina Gnojnik",
                total="8500000",
            ),
        ],
        [
            (
                r(
                    "Budowa budynku wielofunkcyjnego w Gnojniku",
                    "ug-gnojnik",
                    "2021-05-10",
                    ben="Gmina Gnojnik",
                    total="6200000",
                    eu="2100000",
                ),
                "the same gmina's building in another village",
            ),
            (
                r(
                    "Plus 250 tys. zł",
                    "ug-gnojnik",
                    "2019-03-04",
                    ben="Gmina Gnojnik",
                    grant="250000",
                    prog="RPO WM 2014-2020",
                ),
                "the same gmina's look-alike headline on another grant",
            ),
        ],
    ),
    (
        "Cekcyn: sewer to Rudzki Most (news-pomorska-cekcyn-kanalizacja-2022)",
        [
            r(
                "Gmina Cekcyn. Miliony na nową sieć kanalizacyjną do Rudzkiego Mostu",
                "news-pomorska",
                "2022-03-10",
                ben="Gmina Cekcyn",
                grant="10450000",
                prog=POLSKI_LAD,
            ),
            r(
                "Budowa sieci kanalizacji sanitarnej do Rudzkiego Mostu z Polskiego Ładu",
                "ug-cekcyn",
                "2022-02-28",
                ben="Gmina Cekcyn",
                grant="10450000.00",
                prog=POLSKI_LAD,
            ),
            r("Przetarg na budowę kanalizacji Cekcyn – Rudzki Most", "bip-cekcyn", "2022-09-15", ben="Gmina Cekcyn"),
        ],
        [
            (
                r(
                    "Gmina Cekcyn. Miliony na nowe drogi w Wielkim Mędromierzu",
                    "news-pomorska",
                    "2022-03-12",
                    ben="Gmina Cekcyn",
                    grant="3800000",
                    prog=POLSKI_LAD,
                ),
                "the same gmina's other investment from the same programme",
            ),
            (
                r(
                    "Gmina Lubiewo. Miliony na nową sieć kanalizacyjną w Bysławiu",
                    "news-pomorska",
                    "2022-03-11",
                    ben="Gmina Lubiewo",
                    grant="8900000",
                    prog=POLSKI_LAD,
                ),
                "a look-alike headline of the neighbouring gmina",
            ),
        ],
    ),
    (
        "Dwikozy: asbestos removal 2020 (eu-dwikozy-azbest-2020)",
        [
            r(
                "Realizacja programu usuwania azbestu w 2020 roku w Gminie Dwikozy",
                "ug-dwikozy",
                "2020-06-15",
                ben="Gmina Dwikozy",
                grant="35637.08",
            ),
            r(
                "Dwikozy: ponad 35 tys. zł na usuwanie azbestu",
                "news-sandomierz",
                "2020-06-20",
                ben="Gmina Dwikozy",
                grant="35637.08",
            ),
        ],
        [
            (
                r(
                    "Realizacja programu usuwania azbestu w 2021 roku w Gminie Dwikozy",
                    "ug-dwikozy",
                    "2021-06-10",
                    ben="Gmina Dwikozy",
                    grant="29880.40",
                ),
                "next year's edition",
            ),
            (
                r(
                    "Realizacja programu usuwania azbestu w 2020 roku w Gminie Samborzec",
                    "ug-samborzec",
                    "2020-06-18",
                    ben="Gmina Samborzec",
                    grant="41200.16",
                ),
                "the same headline and year in the neighbouring gmina",
            ),
        ],
    ),
    (
        "Wąsosz: drainage ditch (news-wasosz-melioracja-dotacja-sejmiku-2019)",
        [
            r(
                "Kolejna dotacja z budżetu Województwa Dolnośląskiego",
                "ug-wasosz",
                "2019-06-25",
                ben="Gmina Wąsosz",
                grant="10190.00",
            ),
            r(
                "Konserwacja rowu melioracyjnego w miejscowości Kamień Górowski",
                "bip-wasosz",
                "2019-09-30",
                ben="Gmina Wąsosz",
                grant="10190.00",
            ),
        ],
        [
            (
                r(
                    "Kolejna dotacja z budżetu Województwa Dolnośląskiego",
                    "ug-wasosz",
                    "2019-03-12",
                    ben="Gmina Wąsosz",
                    grant="45000.00",
                ),
                "the same headline on another grant, other amount",
            ),
            (
                r(
                    "Konserwacja rowu melioracyjnego w miejscowości Wiklina",
                    "bip-wasosz",
                    "2020-08-20",
                    ben="Gmina Wąsosz",
                    grant="9870.00",
                ),
                "the same gmina's ditch in another village, a year later",
            ),
        ],
    ),
    (
        "Olsztyn (śląskie): square by the Borowe ponds (eu-radiojura-olsztyn-skwer-borowe)",
        [
            r(
                "Gmina Olsztyn pozyskała ponad 700 tysięcy złotych unijnych dotacji",
                "news-radiojura",
                "2019-05-10",
                ben="Gmina Olsztyn",
                eu="700000",
                total="1000000",
            ),
            r(
                "Zagospodarowanie skweru przy stawach Borowe",
                "ug-olsztyn-slaski",
                "2019-05-06",
                ben="Gmina Olsztyn",
                total="1000000.00",
                prog="RPO WSL 2014-2020",
            ),
            r("Skwer przy stawach Borowe gotowy", "ug-olsztyn-slaski", "2020-07-01", ben="Gmina Olsztyn"),
        ],
        [
            (
                r(
                    "Gmina Olsztyn pozyskała ponad 500 tysięcy złotych na drogi",
                    "news-radiojura",
                    "2019-08-20",
                    ben="Gmina Olsztyn",
                    grant="520000",
                ),
                "the same gmina's look-alike headline on roads",
            ),
            (
                r(
                    "Zagospodarowanie terenu przy stawie w Poraju",
                    "ug-poraj",
                    "2019-05-20",
                    ben="Gmina Poraj",
                    total="1000000.00",
                    eu="700000",
                ),
                "the neighbouring gmina's look-alike project with the same round sums",
            ),
        ],
    ),
    (
        "Zembrzyce: Kompleksowa pomoc rodzinie 2021 (ops-gops-zembrzyce-kompleksowa-pomoc-rodzinie)",
        [
            r(
                "Kompleksowa pomoc rodzinie",
                "gops-zembrzyce",
                "2021-02-10",
                impl=GOPS_ZEMBRZYCE,
                grant="22928.00",
                total="28700.00",
            ),
            r(
                "Zembrzyce: GOPS kontynuuje projekt „Kompleksowa pomoc rodzinie”",
                "news-sucha",
                "2021-02-25",
                impl=GOPS_ZEMBRZYCE,
                total="28700",
            ),
        ],
        [
            (
                r(
                    "Kompleksowa pomoc rodzinie",
                    "gops-zembrzyce",
                    "2020-02-12",
                    impl=GOPS_ZEMBRZYCE,
                    grant="19800.00",
                    total="24750.00",
                ),
                "the 2020 project it continues: same title, other amount",
            ),
            (
                r(
                    "Kompleksowa pomoc rodzinie",
                    "gops-budzow",
                    "2021-02-15",
                    impl="Gminny Ośrodek Pomocy Społecznej w Budzowie",
                    grant="22928.00",
                    total="30100.00",
                ),
                "the same title and grant in the neighbouring gmina",
            ),
        ],
    ),
    (
        "Zduny: Sołectwo na plus, Bogoria Dolna 2021 (nb-zduny-bogoria-dolna-solectwo-na-plus)",
        [
            r(
                "Bogoria Dolna 2021 – Sołectwo na plus",
                "ug-zduny",
                "2021-10-05",
                grant="9929.00",
                prog="Sołectwo na plus",
            ),
            r(
                "Nowe stoły i piec konwekcyjny w świetlicy w Bogorii Dolnej",
                "solectwo-bogoria",
                "2021-11-20",
                ben="Gmina Zduny",
                grant="9929",
            ),
        ],
        [
            (
                r(
                    "Bogoria Górna 2021 – Sołectwo na plus",
                    "ug-zduny",
                    "2021-10-05",
                    grant="9980.00",
                    prog="Sołectwo na plus",
                ),
                "the neighbouring village, same year and programme",
            ),
            (
                r(
                    "Bogoria Dolna 2022 – Sołectwo na plus",
                    "ug-zduny",
                    "2022-09-28",
                    grant="10000.00",
                    prog="Sołectwo na plus",
                ),
                "next year's edition",
            ),
        ],
    ),
    (
        "Sposowo: Dębowy zakątek (eu-sp-sposowo-debowy-zakatek-2018)",
        [
            r(
                "Dębowy zakątek",
                "sp-sposowo",
                "2018-10-25",
                grant="30000",
                start="2019-01-07",
                end="2019-07-15",
                prog=MMO,
            ),
            r(
                "Szkoła w Sposowie z grantem Moja Mała Ojczyzna na Dębowy Zakątek",
                "news-brodnica",
                "2018-11-05",
                grant="30000",
            ),
            r("Dębowy Zakątek gotowy – uczniowie odpoczywają na przerwach", "sp-sposowo", "2019-07-16"),
        ],
        [
            (
                r(
                    "Zielony zakątek przy szkole w Grzybnie z programu Moja Mała Ojczyzna",
                    "sp-grzybno",
                    "2018-10-30",
                    grant="30000",
                    prog=MMO,
                ),
                "another school's look-alike project, same programme and sum",
            ),
            (
                r(
                    "Dębowy zakątek 2 – ścieżka edukacyjna",
                    "sp-sposowo",
                    "2019-10-20",
                    grant="20000",
                    start="2020-03-01",
                    end="2020-06-30",
                    prog=MMO,
                ),
                "the project's second edition",
            ),
        ],
    ),
    (
        "Wietrzychowice: keeping the GOPS 2021 (ops-gops-wietrzychowice-utrzymanie-2021)",
        [
            r(
                "Dofinansowanie utrzymania GOPS w Wietrzychowicach w 2021 roku",
                "gops-wietrzychowice",
                "2021-04-01",
                ben="Gmina Wietrzychowice",
                total="32804",
                start="2021-01-01",
                end="2021-12-31",
            ),
            r(
                "Wietrzychowice: 32,8 tys. zł na działalność ośrodka pomocy społecznej",
                "news-tarnow",
                "2021-04-09",
                ben="Gmina Wietrzychowice",
                total="32804.00",
            ),
        ],
        [
            (
                r(
                    "Dofinansowanie utrzymania GOPS w Wietrzychowicach w 2022 roku",
                    "gops-wietrzychowice",
                    "2022-03-30",
                    ben="Gmina Wietrzychowice",
                    total="35100",
                    start="2022-01-01",
                    end="2022-12-31",
                ),
                "next year's edition",
            ),
            (
                r(
                    "Dofinansowanie utrzymania GOPS w Żabnie w 2021 roku",
                    "gops-zabno",
                    "2021-04-02",
                    ben="Gmina Żabno",
                    total="61250",
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "the same headline and year in another gmina",
            ),
        ],
    ),
]


def main() -> None:
    write_pairs(HERE / "pairs_holdout.jsonl", [("k", HOLDOUT), ("m", FRESH)])


if __name__ == "__main__":
    main()
