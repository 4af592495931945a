"""Builds pairs_round8.jsonl: an eighth held-out round, scored once by the lead, never tuned on.

Built as rounds 6 and 7 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py, build_round5.py, build_round6.py and build_round7.py name
theirs): b6-gops-charsznica-asystent-osobisty-2024, b9-gminalubawa-opieka-75-2024,
b12-cus-myslenice-senior-plus-2021, b7-zielonki-malopolska-wies-dom-ludowy-bibice,
b12-kozlow-swietlice-przysieka-2023, nb-malczyce-odnowa-dolnoslaskiej-wsi-2020, b12-ryglice-fogr-2024,
ops-starozreby-posilek-dotacja-wojewody-2020, b9-gmina-osiek-com-bukowa-2023, news-polaniec-cyfrowa-gmina-2022
and b8-gops-swietajno-wspieraj-seniora-2020. The first variant restates the passage (its headline, or its lead
sentence or task name when the page has none, as the title; its hand labels as the fields); the others are how
the gmina, its OPS, the BIP, the voivodeship, a local news site or a later report would word the same project
(written for this set: other titles, names in other cases, often without amounts or period, a report's spent
sum, an annex's raised grant). The near-misses are the next or previous edition, the neighbouring gmina in the
same call (at times with the same round sum), another module, call or stage, the same body's other project, a
gmina of a like or the same name and a town named like its rural gmina. Labels were written by reading each
record, never from the grouping's output.

    python tests/projects/build_round8.py   # rewrites pairs_round8.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import r, write_pairs  # noqa: E402

AOON = "Asystent osobisty osoby z niepełnosprawnością"
OPIEKA75 = "Opieka 75+"
SENIOR = "Senior+"
POSILEK = "Posiłek w szkole i w domu"
MSW = "Małopolskie Świetlice Wiejskie"
ODW = "Odnowa Dolnośląskiej Wsi"
COM = "Centra opiekuńczo-mieszkalne"
WSPIERAJ = "Wspieraj Seniora"
GOPS_CHARSZNICA = "Gminny Ośrodek Pomocy Społecznej w Charsznicy"
OPS_GMINY_LUBAWA = "Ośrodek Pomocy Społecznej Gminy Lubawa"
CUS_MYSLENICE = "Centrum Usług Społecznych w Myślenicach"
GOPS_STAROZREBY = "Gminny Ośrodek Pomocy Społecznej w Staroźrebach"
MGOPS_OSIEK = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Osieku"
GOPS_SWIETAJNO = "Gminny Ośrodek Pomocy Społecznej w Świętajnie"

ROUND8: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Charsznica: Asystent osobisty 2024 (b6-gops-charsznica-asystent-osobisty-2024)",
        [
            r(
                "Asystent Osobisty Osoby z Niepełnosprawnością",
                "gops-charsznica",
                ben="Gmina Charsznica",
                grant="262781.17",
                prog=AOON,
            ),
            r(
                "Gmina Charsznica podpisała umowę na realizację programu „Asystent osobisty osoby z "
                "niepełnosprawnością” – edycja 2024",
                "ug-charsznica",
                "2024-03-04",
                ben="Gmina Charsznica",
                impl=GOPS_CHARSZNICA,
                grant="262781.17",
                prog="Resortowy program „Asystent osobisty osoby z niepełnosprawnością” dla JST – edycja 2024",
            ),
            r(
                "Asystenci pomogą trzynastu mieszkańcom gminy Charsznica",
                "news-miechow",
                "2024-03-08",
                impl="GOPS w Charsznicy",
            ),
            r(
                "Nabór uczestników – usługi asystencji osobistej w 2024 roku",
                "gops-charsznica",
                "2024-03-18",
                impl=GOPS_CHARSZNICA,
                prog=AOON,
                start="2024-03-01",
                end="2024-12-31",
            ),
            r(
                "Aneks do umowy – zwiększenie środków na asystencję osobistą w gminie Charsznica",
                "gops-charsznica",
                "2024-09-10",
                ben="Gmina Charsznica",
                grant="289059.29",
                prog=AOON,
            ),
        ],
        [
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2025",
                    "gops-charsznica",
                    "2025-02-27",
                    ben="Gmina Charsznica",
                    impl=GOPS_CHARSZNICA,
                    grant="301450.00",
                    prog=AOON,
                ),
                "next year's edition of the same gmina",
            ),
            (
                r(
                    "Gmina Gołcza z dofinansowaniem na asystencję osobistą w 2024 roku",
                    "ug-golcza",
                    "2024-03-06",
                    ben="Gmina Gołcza",
                    impl="Gminny Ośrodek Pomocy Społecznej w Gołczy",
                    grant="198432.00",
                    prog=AOON,
                ),
                "the neighbouring gmina in the same edition, other amount",
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024 w gminie Charsznica",
                    "gops-charsznica",
                    "2024-03-12",
                    ben="Gmina Charsznica",
                    impl=GOPS_CHARSZNICA,
                    grant="94800.00",
                    prog="Opieka wytchnieniowa",
                ),
                "the same body's other project from the same fund, the same month",
            ),
        ],
    ),
    (
        "Lubawa (rural gmina): Opieka 75+ 2024 (b9-gminalubawa-opieka-75-2024)",
        [
            r(
                "Program „Opieka 75+” edycja 2024",
                "ug-gmina-lubawa",
                ben="Gmina Lubawa",
                impl=OPS_GMINY_LUBAWA,
                grant="332707.00",
                total="554512.00",
                prog=OPIEKA75,
            ),
            r(
                "Usługi opiekuńcze dla mieszkańców w wieku 75 lat i więcej – OPS Gminy Lubawa realizuje program",
                "ops-gmina-lubawa",
                "2024-06-05",
                impl=OPS_GMINY_LUBAWA,
                prog=OPIEKA75,
            ),
            r(
                "Prawie 333 tys. zł na usługi opiekuńcze dla najstarszych mieszkańców gminy Lubawa",
                "news-ilawa",
                "2024-06-12",
                ben="Gmina Lubawa",
                grant="332707.00",
            ),
            r(
                "Gmina Lubawa podpisała umowę z wojewodą. Seniorzy 75+ dostaną więcej godzin opieki",
                "news-lubawa",
                "2024-05-31",
                ben="Gmina Lubawa",
            ),
            r(
                "Sprawozdanie z realizacji Programu Ministra Rodziny i Polityki Społecznej „Opieka 75+” w 2024 r.",
                "bip-gmina-lubawa",
                "2025-01-30",
                ben="Gmina Wiejska Lubawa",
                impl=OPS_GMINY_LUBAWA,
                grant="332707.00",
                total="548911.62",
                prog=OPIEKA75,
                start="2024-01-01",
                end="2024-12-31",
            ),
        ],
        [
            (
                r(
                    "Program „Opieka 75+” – edycja 2024 w Mieście Lubawa",
                    "um-lubawa",
                    "2024-06-03",
                    ben="Miasto Lubawa",
                    impl="Miejski Ośrodek Pomocy Społecznej w Lubawie",
                    grant="61200.00",
                    total="102000.00",
                    prog=OPIEKA75,
                ),
                "the town of the same name beside the rural gmina (town named like its rural gmina), same edition",
            ),
            (
                r(
                    "Program „Opieka 75+” edycja 2023",
                    "ug-gmina-lubawa",
                    "2023-06-14",
                    ben="Gmina Lubawa",
                    impl=OPS_GMINY_LUBAWA,
                    grant="287340.00",
                    total="478900.00",
                    prog=OPIEKA75,
                ),
                "the previous year's edition of the same gmina",
            ),
            (
                r(
                    "Gmina Kurzętnik realizuje program „Opieka 75+” w 2024 roku",
                    "ug-kurzetnik",
                    "2024-06-04",
                    ben="Gmina Kurzętnik",
                    grant="118260.00",
                    total="197100.00",
                    prog=OPIEKA75,
                ),
                "the neighbouring gmina in the same edition, other amount",
            ),
        ],
    ),
    (
        "Myślenice: Senior+ 2021, the day centre's upkeep (b12-cus-myslenice-senior-plus-2021)",
        [
            r(
                "Zadanie – Wspieranie aktywnego starzenia się (Senior +)",
                "cus-myslenice",
                ben="Gmina Myślenice",
                total="317030.00",
                grant="127897.45",
                prog=SENIOR,
                start="2021-01-01",
                end="2021-12-31",
                contract="WP-III.9421.15.11.2021",
            ),
            r(
                "Dzienny Dom „Senior+” w Myślenicach działa dalej dzięki dotacji z programu wieloletniego",
                "um-myslenice",
                "2021-03-22",
                ben="Gmina Myślenice",
                impl=CUS_MYSLENICE,
                grant="127897.45",
                prog=SENIOR,
            ),
            r(
                "Blisko 128 tys. zł od wojewody dla myślenickich seniorów",
                "news-myslenice",
                "2021-03-25",
                ben="Gmina Myślenice",
                grant="127897.45",
            ),
            r(
                "Umowa nr WP-III.9421.15.11.2021 z Wojewodą Małopolskim – „Senior+” edycja 2021",
                "bip-myslenice",
                "2021-02-15",
                ben="Gmina Myślenice",
                grant="127897.45",
                prog="Program wieloletni „Senior+” na lata 2021-2025, edycja 2021",
                contract="WP-III.9421.15.11.2021",
            ),
            r(
                "Podsumowanie roku 2021 w Dziennym Domu Senior+",
                "cus-myslenice",
                "2022-01-20",
                impl=CUS_MYSLENICE,
                total="309614.28",
                prog=SENIOR,
                start="2021-01-01",
                end="2021-12-31",
            ),
        ],
        [
            (
                r(
                    "Zadanie – Wspieranie aktywnego starzenia się (Senior +) – 2022",
                    "cus-myslenice",
                    "2022-03-10",
                    ben="Gmina Myślenice",
                    total="334120.00",
                    grant="134400.00",
                    prog=SENIOR,
                    start="2022-01-01",
                    end="2022-12-31",
                    contract="WP-III.9421.15.9.2022",
                ),
                "next year's edition of the same centre's upkeep",
            ),
            (
                r(
                    "Klub Senior+ w Sułkowicach z dofinansowaniem na 2021 rok",
                    "ug-sulkowice",
                    "2021-03-24",
                    ben="Gmina Sułkowice",
                    grant="48000.00",
                    total="96500.00",
                    prog=SENIOR,
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "the neighbouring gmina in the same edition, other amount",
            ),
            (
                r(
                    "Utworzenie Klubu „Senior+” w Jaworniku – Gmina Myślenice z dotacją",
                    "um-myslenice",
                    "2021-04-02",
                    ben="Gmina Myślenice",
                    impl=CUS_MYSLENICE,
                    grant="150000.00",
                    total="187500.00",
                    prog=SENIOR,
                ),
                "another module of the same programme and edition (a new club), the same gmina",
            ),
        ],
    ),
    (
        "Zielonki: Dom Ludowy w Bibicach, Małopolska Wieś 2022 (b7-zielonki-malopolska-wies-dom-ludowy-bibice)",
        [
            r(
                "Prace modernizacyjne i zakupy wyposażenia do budynku Domu Ludowego w Bibicach",
                "ug-zielonki",
                "2024-03-07",
                ben="Gmina Zielonki",
                total="57506.34",
                grant="46838.20",
                prog="Małopolska Wieś",
            ),
            r(
                "Gmina Zielonki wyróżniona w konkursie „Małopolska Wieś 2022” – pieniądze trafią do Bibic",
                "ug-zielonki",
                "2022-07-28",
                ben="Gmina Zielonki",
                grant="46838.20",
                prog="Małopolska Wieś 2022",
            ),
            r(
                "Dom Ludowy w Bibicach odnowiony. Nowa kuchnia i sala dla mieszkańców",
                "news-krakowski",
                "2022-11-05",
                ben="Gmina Zielonki",
            ),
            r(
                "Ruszyły prace w Domu Ludowym w Bibicach – modernizacja sali i nowe wyposażenie kuchni",
                "ug-zielonki",
                "2022-09-14",
                ben="Gmina Zielonki",
                total="57506.34",
                prog="Małopolska Wieś 2022",
            ),
            r(
                "Pomoc finansowa Województwa Małopolskiego dla sołectwa Bibice – umowa podpisana",
                "umwm-malopolska",
                "2022-08-09",
                ben="Gmina Zielonki",
                grant="46838.20",
                prog="Małopolska Wieś 2022",
            ),
        ],
        [
            (
                r(
                    "Termomodernizacja Domu Ludowego w Bibicach – etap II (elewacja i dach)",
                    "ug-zielonki",
                    "2023-08-02",
                    ben="Gmina Zielonki",
                    total="412000.00",
                    grant="120000.00",
                ),
                "the next stage at the same building, another project",
            ),
            (
                r(
                    "Gmina Michałowice nagrodzona w konkursie „Małopolska Wieś 2022” – świetlica w Raciborowicach",
                    "ug-michalowice",
                    "2022-07-29",
                    ben="Gmina Michałowice",
                    grant="50000.00",
                    prog="Małopolska Wieś 2022",
                ),
                "the neighbouring gmina in the same contest, other amount",
            ),
        ],
    ),
    (
        "Kozłów: świetlica w Przysiece, Małopolskie Świetlice Wiejskie 2023 (b12-kozlow-swietlice-przysieka-2023)",
        [
            r(
                "Zadanie współfinansowane ze środków finansowych Województwa Małopolskiego w konkursie "
                "„Małopolskie świetlice Wiejskie 2023”",
                "ug-kozlow",
                ben="Gmina Kozłów",
                total="29830.00",
                prog=MSW,
                start="2023-10-19",
                end="2023-12-29",
            ),
            r(
                "Wyniki konkursu Małopolskie Świetlice Wiejskie 2023 – dofinansowanie dla Przysieki",
                "ug-kozlow",
                "2023-07-14",
                ben="Gmina Kozłów",
                grant="20881.00",
                prog=MSW,
            ),
            r(
                "Nowa kuchnia i zmywarka w świetlicy w Przysiece",
                "news-miechow",
                "2024-01-05",
            ),
            r(
                "Lista zadań wybranych w konkursie „Małopolskie Świetlice Wiejskie 2023”: Gmina Kozłów – "
                "wyposażenie świetlicy w sołectwie Przysieka",
                "umwm-malopolska",
                "2023-06-27",
                ben="Gmina Kozłów",
                grant="20881.00",
                prog="Małopolskie Świetlice Wiejskie 2023",
            ),
        ],
        [
            (
                r(
                    "Małopolskie Świetlice Wiejskie 2022 – nowe wyposażenie świetlicy w Marcinkowicach",
                    "ug-kozlow",
                    "2022-11-30",
                    ben="Gmina Kozłów",
                    total="27400.00",
                    grant="19180.00",
                    prog=MSW,
                    start="2022-09-15",
                    end="2022-11-25",
                ),
                "the previous edition: another village's świetlica of the same gmina",
            ),
            (
                r(
                    "Doposażenie świetlicy wiejskiej w Tczycy w ramach „Małopolskich Świetlic Wiejskich 2023”",
                    "ug-charsznica",
                    "2023-12-20",
                    ben="Gmina Charsznica",
                    total="28571.43",
                    grant="20000.00",
                    prog=MSW,
                    start="2023-10-02",
                    end="2023-12-15",
                ),
                "the neighbouring gmina in the same call, other amount",
            ),
            (
                r(
                    "Wyposażenie świetlicy wiejskiej w Sarnowie",
                    "ug-kozlowo",
                    "2023-11-17",
                    ben="Gmina Kozłowo",
                    total="31000.00",
                    grant="21700.00",
                    prog="Wsparcie funkcjonalności świetlic wiejskich",
                ),
                "a gmina of a like name in another voivodeship, a like project the same autumn",
            ),
        ],
    ),
    (
        "Malczyce: Odnowa Dolnośląskiej Wsi 2020, ul. Pocztowa (nb-malczyce-odnowa-dolnoslaskiej-wsi-2020)",
        [
            r(
                "Gmina Malczyce otrzymała dofinansowanie w wysokości 30 000,00 zł w ramach Odnowy Dolnośląskiej "
                "Wsi 2020",
                "ug-malczyce",
                ben="Gmina Malczyce",
                grant="30000.00",
                prog=ODW,
            ),
            r(
                "Malczyce z pieniędzmi z Odnowy Dolnośląskiej Wsi. Przy Pocztowej powstanie miejsce spotkań",
                "news-sroda",
                "2020-06-18",
                ben="Gmina Malczyce",
                grant="30000",
            ),
            r(
                "Zagospodarowanie terenu przy ul. Pocztowej w Malczycach – zakończenie prac",
                "ug-malczyce",
                "2020-11-16",
                ben="Gmina Malczyce",
                total="74560.00",
                grant="30000.00",
                prog="Odnowa Dolnośląskiej Wsi 2020",
                start="2020-07-01",
                end="2020-10-30",
            ),
            r(
                "Teren rekreacyjny przy Pocztowej gotowy – mieszkańcy mają nowe miejsce do odpoczynku",
                "bip-malczyce",
                "2021-01-12",
                ben="Gmina Malczyce",
                total="74560.00",
            ),
        ],
        [
            (
                r(
                    "Gmina Malczyce z dotacją z Odnowy Dolnośląskiej Wsi 2021 – siłownia plenerowa w Chomiąży",
                    "ug-malczyce",
                    "2021-06-10",
                    ben="Gmina Malczyce",
                    grant="30000.00",
                    prog=ODW,
                ),
                "next year's edition of the same gmina, same round sum",
            ),
            (
                r(
                    "Odnowa Dolnośląskiej Wsi 2020: 30 tys. zł dla Gminy Udanin na plac w Konarach",
                    "ug-udanin",
                    "2020-06-19",
                    ben="Gmina Udanin",
                    grant="30000.00",
                    prog=ODW,
                ),
                "the neighbouring gmina in the same edition, same round sum",
            ),
            (
                r(
                    "Przebudowa ul. Pocztowej w Malczycach – umowa z wykonawcą podpisana",
                    "ug-malczyce",
                    "2020-08-05",
                    ben="Gmina Malczyce",
                    total="1240000.00",
                    grant="744000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same gmina's other project on the same street, the same year",
            ),
        ],
    ),
    (
        "Ryglice: Fundusz Ochrony Gruntów Rolnych 2024 (b12-ryglice-fogr-2024)",
        [
            r(
                "233 406,00 zł na FOGR",
                "ug-ryglice",
                "2024-04-10",
                ben="Gmina Ryglice",
                grant="233406.00",
                total="500000.00",
            ),
            r(
                "Ryglice z pieniędzmi na drogi polne",
                "news-tarnow",
                "2024-04-16",
                ben="Gmina Ryglice",
                grant="233406.00",
            ),
            r(
                "Przetarg: przebudowa dróg dojazdowych do gruntów rolnych w miejscowościach Zalasowa i Kowalowa",
                "bip-ryglice",
                "2024-06-03",
                ben="Gmina Ryglice",
                total="500000.00",
            ),
            r(
                "Dotacje z Funduszu Ochrony Gruntów Rolnych na 2024 rok – przebudowa dróg dojazdowych w gminie Ryglice",
                "umwm-malopolska",
                "2024-03-28",
                ben="Gmina Ryglice",
                grant="233406.00",
                prog="Fundusz Ochrony Gruntów Rolnych",
            ),
            r(
                "Drogi dojazdowe do pól w Zalasowej i Kowalowej przebudowane",
                "ug-ryglice",
                "2024-10-02",
                ben="Gmina Ryglice",
                total="487215.60",
                grant="233406.00",
            ),
        ],
        [
            (
                r(
                    "Ponad 190 tys. zł z FOGR na drogi rolnicze",
                    "ug-ryglice",
                    "2023-04-14",
                    ben="Gmina Ryglice",
                    grant="191250.00",
                    total="410000.00",
                ),
                "the previous year's edition of the same gmina's yearly grant",
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Joninach z Rządowego Funduszu Rozwoju Dróg",
                    "ug-ryglice",
                    "2024-05-08",
                    ben="Gmina Ryglice",
                    total="1150000.00",
                    grant="690000.00",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "the same gmina's other road project, the same spring",
            ),
        ],
    ),
    (
        "Staroźreby: Posiłek w szkole i w domu 2020 (ops-starozreby-posilek-dotacja-wojewody-2020)",
        [
            r(
                "Posiłek w szkole i w domu – dotacja celowa Wojewody",
                "ug-starozreby",
                "2020-04-24",
                ben="Gmina Staroźreby",
                grant="42017",
                total="80000",
                prog=POSILEK,
            ),
            r(
                "Wojewoda dofinansuje posiłki dla dzieci i dorosłych z gminy Staroźreby",
                "news-plock",
                "2020-04-28",
                ben="Gmina Staroźreby",
                grant="42017",
            ),
            r(
                "Pomoc w formie posiłku, świadczenia pieniężnego lub rzeczowego w 2020 r.",
                "gops-starozreby",
                "2020-05-06",
                impl=GOPS_STAROZREBY,
                prog=POSILEK,
                start="2020-01-01",
                end="2020-12-31",
            ),
            r(
                "Sprawozdanie z realizacji wieloletniego rządowego programu „Posiłek w szkole i w domu” za rok 2020",
                "bip-starozreby",
                "2021-02-26",
                ben="Gmina Staroźreby",
                impl=GOPS_STAROZREBY,
                grant="42017.00",
                total="78412.50",
                prog="Posiłek w szkole i w domu na lata 2019-2023",
                start="2020-01-01",
                end="2020-12-31",
            ),
            r(
                "Umowa z Wojewodą Mazowieckim o dotację na dożywianie w 2020 roku",
                "bip-starozreby",
                "2020-04-22",
                ben="Gmina Staroźreby",
                grant="42017.00",
            ),
        ],
        [
            (
                r(
                    "Posiłek w szkole i w domu – dotacja celowa Wojewody na 2021 rok",
                    "ug-starozreby",
                    "2021-04-20",
                    ben="Gmina Staroźreby",
                    grant="44800",
                    total="84000",
                    prog=POSILEK,
                ),
                "next year's edition of the same gmina",
            ),
            (
                r(
                    "Dotacja Wojewody Mazowieckiego na program „Posiłek w szkole i w domu” w 2020 roku",
                    "ug-bielsk",
                    "2020-04-27",
                    ben="Gmina Bielsk",
                    grant="36500",
                    total="73000",
                    prog=POSILEK,
                ),
                "the neighbouring gmina in the same programme year, other amount",
            ),
            (
                r(
                    "Doposażenie stołówki w Szkole Podstawowej w Staroźrebach – „Posiłek w szkole i w domu”, moduł 3",
                    "ug-starozreby",
                    "2020-07-15",
                    ben="Gmina Staroźreby",
                    grant="76320.00",
                    total="95400.00",
                    prog=POSILEK,
                ),
                "another module of the same programme and year (the school canteen)",
            ),
        ],
    ),
    (
        "Osiek (staszowski): Centrum opiekuńczo-mieszkalne w Bukowej 2023 (b9-gmina-osiek-com-bukowa-2023)",
        [
            r(
                "Gmina Osiek otrzymała 497 475 zł na działanie Centrum opiekuńczo-mieszkalnego w Bukowej",
                "ug-osiek",
                ben="Gmina Osiek",
                grant="497475",
                prog=COM,
            ),
            r(
                "Centrum Opiekuńczo-Mieszkalne w Bukowej – funkcjonowanie w 2023 roku",
                "mgops-osiek",
                "2023-02-14",
                ben="Miasto i Gmina Osiek",
                impl=MGOPS_OSIEK,
                prog="Program „Centra opiekuńczo-mieszkalne” – Moduł II",
                start="2023-01-01",
                end="2023-12-31",
            ),
            r(
                "Prawie pół miliona złotych na utrzymanie centrum dla niepełnosprawnych w Bukowej",
                "news-staszow",
                "2023-02-20",
                ben="Miasto i Gmina Osiek",
                grant="497475.00",
            ),
            r(
                "Sprawozdanie z działalności COM w Bukowej za 2023 rok",
                "bip-osiek",
                "2024-02-28",
                impl=MGOPS_OSIEK,
                total="612930.44",
                start="2023-01-01",
                end="2023-12-31",
            ),
        ],
        [
            (
                r(
                    "Centrum opiekuńczo-mieszkalne w Bukowej z dofinansowaniem na 2024 rok",
                    "ug-osiek",
                    "2024-01-30",
                    ben="Gmina Osiek",
                    grant="531600",
                    prog=COM,
                ),
                "next year's edition: the centre's upkeep in 2024",
            ),
            (
                r(
                    "Budowa Centrum Opiekuńczo-Mieszkalnego w Bukowej – umowa o dofinansowanie (Moduł I)",
                    "ug-osiek",
                    "2021-09-21",
                    ben="Gmina Osiek",
                    grant="2750000.00",
                    total="3120000.00",
                    prog=COM,
                ),
                "another module of the same programme: building the centre",
            ),
            (
                r(
                    "Centrum Opiekuńczo-Mieszkalne w Rytwianach – dotacja na 2023 rok",
                    "ug-rytwiany",
                    "2023-02-16",
                    ben="Gmina Rytwiany",
                    grant="412380.00",
                    prog=COM,
                ),
                "the neighbouring gmina's centre in the same year, other amount",
            ),
        ],
    ),
    (
        "Połaniec: Cyfrowa Gmina 2022 (news-polaniec-cyfrowa-gmina-2022)",
        [
            r(
                "Dofinansowanie z programu Cyfrowa Gmina",
                "umig-polaniec",
                "2022-01-05",
                ben="Gmina Połaniec",
                grant="99999.75",
                prog="Cyfrowa Gmina",
            ),
            r(
                "Połaniec dostanie prawie 100 tys. zł na cyberbezpieczeństwo",
                "news-staszow",
                "2022-01-10",
                ben="Gmina Połaniec",
                grant="99999.75",
            ),
            r(
                "Szkolenia z cyberbezpieczeństwa dla pracowników urzędu w ramach projektu „Cyfrowa Gmina”",
                "umig-polaniec",
                "2022-04-20",
                impl="Urząd Miasta i Gminy w Połańcu",
                prog="Cyfrowa Gmina",
            ),
            r(
                "Nowe komputery i szkolenia dla urzędników – Cyfrowa Gmina w Połańcu",
                "umig-polaniec",
                "2022-09-14",
                ben="Miasto i Gmina Połaniec",
                total="98640.00",
                prog="Program Operacyjny Polska Cyfrowa na lata 2014-2020, Oś V (REACT-EU)",
            ),
            r(
                "Projekt grantowy „Cyfrowa Gmina” zakończony – informacja o rozliczeniu",
                "bip-polaniec",
                "2023-06-30",
                ben="Gmina Połaniec",
                grant="98640.00",
                contract="4971/2/2022",
            ),
        ],
        [
            (
                r(
                    "Gmina Rytwiany z grantem z programu Cyfrowa Gmina",
                    "ug-rytwiany",
                    "2022-01-07",
                    ben="Gmina Rytwiany",
                    grant="100000.00",
                    prog="Cyfrowa Gmina",
                ),
                "the neighbouring gmina in the same call, nearly the same round sum",
            ),
            (
                r(
                    "Cyfrowa Gmina – Wsparcie dzieci z rodzin pegeerowskich: laptopy dla uczniów z gminy Połaniec",
                    "umig-polaniec",
                    "2022-03-02",
                    ben="Gmina Połaniec",
                    grant="72000.00",
                    prog="Cyfrowa Gmina",
                ),
                "another call of the same programme (Granty PPGR), another project of the same gmina",
            ),
            (
                r(
                    "Cyberbezpieczny Samorząd – Gmina Połaniec z dofinansowaniem",
                    "umig-polaniec",
                    "2024-02-12",
                    ben="Gmina Połaniec",
                    grant="851480.00",
                    total="851480.00",
                    prog="FERC 2021-2027",
                ),
                "the same body's later cybersecurity project from another programme",
            ),
        ],
    ),
    (
        "Świętajno (szczycieński): Wspieraj Seniora 2020 (b8-gops-swietajno-wspieraj-seniora-2020)",
        [
            r(
                "Projekty dofinansowane z budżetu Państwa",
                "gops-swietajno",
                ben="GOPS Świętajno",
                grant="12251",
                total="15314",
                prog=WSPIERAJ,
            ),
            r(
                "Pomoc w zakupach dla osób 70+ – zadzwoń na ogólnopolską infolinię",
                "gops-swietajno",
                "2020-10-28",
                impl=GOPS_SWIETAJNO,
                prog=WSPIERAJ,
            ),
            r(
                "Gmina Świętajno przystąpiła do Programu „Wspieraj Seniora” na rok 2020",
                "ug-swietajno",
                "2020-11-04",
                ben="Gmina Świętajno",
                impl=GOPS_SWIETAJNO,
                grant="12251.00",
                prog=WSPIERAJ,
            ),
            r(
                "Zakupy pod drzwi dla seniorów z gminy Świętajno",
                "news-szczytno",
                "2020-11-06",
                impl="GOPS w Świętajnie",
            ),
        ],
        [
            (
                r(
                    "Program „Wspieraj Seniora” w Gminie Świętajno (powiat olecki)",
                    "gops-swietajno-olecki",
                    "2020-11-02",
                    ben="Gmina Świętajno",
                    impl=GOPS_SWIETAJNO,
                    grant="9800.00",
                    prog=WSPIERAJ,
                ),
                "another gmina of the same name in another powiat, the same edition",
            ),
            (
                r(
                    "Wspieraj Seniora – kontynuacja programu w 2021 roku",
                    "gops-swietajno",
                    "2021-02-10",
                    impl=GOPS_SWIETAJNO,
                    grant="18400.00",
                    prog=WSPIERAJ,
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "next year's edition of the same OPS",
            ),
            (
                r(
                    "Gmina Jedwabno w programie „Wspieraj Seniora”",
                    "ug-jedwabno",
                    "2020-11-03",
                    ben="Gmina Jedwabno",
                    grant="11040.00",
                    prog=WSPIERAJ,
                ),
                "the neighbouring gmina in the same edition, other amount",
            ),
        ],
    ),
]


def main() -> None:
    write_pairs(HERE / "pairs_round8.jsonl", [("r8", ROUND8)])


if __name__ == "__main__":
    main()
