"""Builds pairs_round5.jsonl: a fifth held-out round, scored only to report, never tuned on.

Built before the precision-first rewrite of the grouping rule and committed before any change to it.
Each seed starts from a real page of the development real-text set (`tests/realtext/dev/`: its headline
as the title and its hand labels as the fields), one not used by an earlier round, restated as the other
publishers of the same project word it (gmina, OPS, powiat, LGD, local news; written for this set), with
near-misses: the next or previous edition, the same programme in the neighbouring gmina (at times with the
same round sum), one body's other project, another stage, a rural gmina named like its town. Labels were
written by reading each record, not from the grouping's output.

    python tests/projects/build_round5.py   # rewrites pairs_round5.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import r, write_pairs  # noqa: E402

MOPS_ZGIERZ = "Miejski Ośrodek Pomocy Społecznej im. bł. o. Rafała Chylińskiego w Zgierzu"
PARAFIA = "Parafia Rzymsko-Katolicka pw. Matki Bożej Nieustającej Pomocy w Mogilnie"

ROUND5: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Skwierzyna: Klub dziecięcy nr 2 (news-skwierzyna-klub-dzieciecy-rpo-lubuskie-2019)",
        [
            r(
                "Utworzenie Klubu Dziecięcego nr 2 w Gminie Skwierzyna",
                "um-skwierzyna",
                "2019-10-25",
                ben="Gmina Skwierzyna",
                total="643208.13",
                grant="546726.91",
                prog="Lubuskie 2020",
            ),
            r(
                "Skwierzyna: drugi klub dziecięcy powstanie za unijne pieniądze",
                "news-gazeta-lubuska",
                "2019-10-29",
                ben="Gmina Skwierzyna",
                grant="546726.91",
            ),
            r(
                "Nowy klub dziecięcy nr 2 otwarty – zapisy dzieci do lat 3",
                "um-skwierzyna",
                "2020-03-02",
                ben="Gmina Skwierzyna",
                start="2019-11-01",
                end="2021-06-30",
                prog="Lubuskie 2020",
            ),
        ],
        [
            (
                r(
                    "Utworzenie Klubu Dziecięcego nr 1 w Gminie Skwierzyna",
                    "um-skwierzyna",
                    "2018-05-14",
                    ben="Gmina Skwierzyna",
                    total="512400.00",
                    grant="435540.00",
                    prog="Lubuskie 2020",
                    start="2018-06-01",
                    end="2019-08-31",
                ),
                "the first club, an earlier project of the same gmina",
            ),
            (
                r(
                    "Utworzenie klubu dziecięcego w Gminie Przytoczna",
                    "ug-przytoczna",
                    "2019-10-28",
                    ben="Gmina Przytoczna",
                    total="398115.20",
                    grant="338397.92",
                    prog="Lubuskie 2020",
                ),
                "the neighbouring gmina's club in the same call",
            ),
        ],
    ),
    (
        "Dobrzyca: remont GCK, Kulisy kultury (news-gck-dobrzyca-kulisy-kultury-2023)",
        [
            r(
                "Remont i poprawa funkcjonowania Gminnego Centrum Kultury w Dobrzycy",
                "gck-dobrzyca",
                "2023-05-10",
                ben="Gmina Dobrzyca",
                impl="GCK w Dobrzycy",
                total="151255.59",
                grant="85000.00",
                end="2023-10-31",
                prog="Kulisy kultury",
            ),
            r(
                "Gmina Dobrzyca z umową na 85 tys. zł dla centrum kultury",
                "ug-dobrzyca",
                "2023-05-12",
                ben="Gmina Dobrzyca",
                grant="85000",
                prog="Kulisy kultury",
            ),
            r(
                "Zakończył się remont Gminnego Centrum Kultury w Dobrzycy",
                "news-zycie-pleszewa",
                "2023-11-08",
                impl="Gminne Centrum Kultury w Dobrzycy",
                total="151255.59",
            ),
        ],
        [
            (
                r(
                    "Remont sali widowiskowej Gminnego Centrum Kultury w Dobrzycy – Kulisy kultury 2024",
                    "gck-dobrzyca",
                    "2024-04-22",
                    ben="Gmina Dobrzyca",
                    impl="GCK w Dobrzycy",
                    total="120480.00",
                    grant="85000.00",
                    prog="Kulisy kultury",
                ),
                "next year's grant of the same programme to the same centre (same round sum)",
            ),
            (
                r(
                    "Remont i poprawa funkcjonowania Domu Kultury w Koźminie Wielkopolskim",
                    "um-kozmin",
                    "2023-05-11",
                    ben="Gmina Koźmin Wielkopolski",
                    total="102300.00",
                    grant="85000.00",
                    prog="Kulisy kultury",
                ),
                "a neighbouring gmina's centre, same programme and round sum",
            ),
        ],
    ),
    (
        "Mała Wieś: droga w Brodach Dużych (news-malawies-rfrd-brody-duze-2023)",
        [
            r(
                "Remont drogi gminnej nr 290819W w m. Brody Duże",
                "ug-mala-wies",
                "2023-02-14",
                ben="Gmina Mała Wieś",
                grant="642736.57",
                prog="Rządowy Fundusz Rozwoju Dróg",
            ),
            r(
                "Kolejne dofinansowanie dla Gminy Mała Wieś – 642 tys. zł na drogę w Brodach Dużych",
                "news-plock24",
                "2023-02-16",
                ben="Gmina Mała Wieś",
                grant="642736.57",
            ),
            r(
                "Brody Duże: ruszył remont drogi gminnej, dwa odcinki o długości 1186 m",
                "ug-mala-wies",
                "2023-07-03",
                ben="Gmina Mała Wieś",
                prog="Rządowy Fundusz Rozwoju Dróg",
            ),
        ],
        [
            (
                r(
                    "Remont drogi gminnej nr 290822W w m. Zakrzewo Kościelne",
                    "ug-mala-wies",
                    "2023-02-14",
                    ben="Gmina Mała Wieś",
                    grant="418250.11",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "the same gmina's other road in the same call",
            ),
            (
                r(
                    "Remont drogi powiatowej w m. Brody Duże – powiat z dofinansowaniem",
                    "powiat-plocki",
                    "2023-03-01",
                    ben="Powiat Płocki",
                    grant="1250000.00",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "the powiat's road through the same village, another body",
            ),
        ],
    ),
    (
        "Dobra: Klub Senior+ w Skrzydlnej 2024 (ops-gminadobra-klub-senior-skrzydlna-2024)",
        [
            r(
                "Klub Senior+ w Skrzydlnej z dofinansowaniem",
                "ug-dobra",
                "2024-02-20",
                ben="Gmina Dobra",
                total="68961.60",
                grant="29653.00",
                start="2024-01-01",
                end="2024-12-31",
                prog="Senior+",
            ),
            r(
                "Prawie 30 tys. zł na działalność Klubu Senior+ w Skrzydlnej w 2024 roku",
                "gops-dobra",
                "2024-02-22",
                impl="Gminny Ośrodek Pomocy Społecznej w Dobrej",
                grant="29653.00",
            ),
            r(
                "Seniorzy ze Skrzydlnej – podsumowanie roku w klubie",
                "news-limanowa-in",
                "2024-12-18",
                ben="Gmina Dobra",
                prog="Senior+",
                start="2024-01-01",
                end="2024-12-31",
            ),
        ],
        [
            (
                r(
                    "Klub Senior+ w Skrzydlnej z dofinansowaniem na 2023 rok",
                    "ug-dobra",
                    "2023-03-01",
                    ben="Gmina Dobra",
                    total="66120.00",
                    grant="28800.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog="Senior+",
                ),
                "the previous year's grant for the same club",
            ),
            (
                r(
                    "Klub Senior+ w Dobrej z dofinansowaniem",
                    "ug-dobra",
                    "2024-02-20",
                    ben="Gmina Dobra",
                    total="70210.00",
                    grant="30240.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog="Senior+",
                ),
                "the same gmina's other club, same day",
            ),
        ],
    ),
    (
        "Lubanie: Klub Młodzieżowy, LGD grant (news-lubanie-klub-mlodziezowy-lgd-2022)",
        [
            r(
                "Klub Młodzieżowy w Gminie Lubanie",
                "ug-lubanie",
                "2022-04-20",
                ben="Gmina Lubanie",
                impl="Gmina Lubanie",
                total="52683.35",
                eu="50000",
                start="2022-04-01",
                end="2022-07-31",
            ),
            r(
                "Młodzież z Lubania na zajęciach w klubie – projekt grantowy LGD",
                "gok-lubanie",
                "2022-05-06",
                impl="Gminny Ośrodek Kultury w Lubaniu",
                total="52683.35",
            ),
            r(
                "LGD Dorzecze Zgłowiączki: Klub Młodzieżowy w Gminie Lubanie zakończony",
                "lgd-zglowiaczka",
                "2022-08-10",
                ben="Gmina Lubanie",
                eu="50000.00",
                start="2022-04-01",
                end="2022-07-31",
            ),
        ],
        [
            (
                r(
                    "Klub Seniora w Gminie Lubanie",
                    "ug-lubanie",
                    "2022-04-20",
                    ben="Gmina Lubanie",
                    total="53120.00",
                    eu="50000",
                    start="2022-05-01",
                    end="2022-09-30",
                ),
                "the same gmina's other LGD grant, same round sum",
            ),
            (
                r(
                    "Klub Młodzieżowy w Gminie Bądkowo",
                    "ug-badkowo",
                    "2022-04-22",
                    ben="Gmina Bądkowo",
                    total="51870.00",
                    eu="50000",
                    start="2022-04-01",
                    end="2022-07-31",
                ),
                "the neighbouring gmina's club from the same LGD call",
            ),
        ],
    ),
    (
        "Mogilno: Dzienny Dom Pobytu II (ops-parafiambnp-dom-dziennego-pobytu-ii)",
        [
            r(
                "Dom Dziennego Pobytu II – „Dom jest tam gdzie ludzie są razem”",
                "parafia-mbnp-mogilno",
                "2021-04-15",
                impl=PARAFIA,
                total="1928433.60",
                eu="1639168.56",
                start="2021-04-01",
                end="2023-02-28",
                prog="RPO WK-P 2014-2020",
                contract="RPKP.09.03.02-04-0054/20",
            ),
            r(
                "Dzienny Dom Pobytu „Radość Życia” – II edycja: 25 miejsc dla mieszkańców powiatu mogileńskiego",
                "powiat-mogilno",
                "2021-05-04",
                impl=PARAFIA,
                eu="1639168.56",
            ),
            r(
                "Parafia w Mogilnie prowadzi Dzienny Dom Pobytu „Radość Życia” do lutego 2023",
                "news-paluki",
                "2022-01-19",
                impl="Parafia pw. Matki Bożej Nieustającej Pomocy w Mogilnie",
                start="2021-04-01",
                end="2023-02-28",
            ),
        ],
        [
            (
                r(
                    "Dzienny Dom Pobytu „Radość Życia” – projekt zakończony",
                    "parafia-mbnp-mogilno",
                    "2020-12-30",
                    impl=PARAFIA,
                    total="1512300.00",
                    eu="1285455.00",
                    start="2018-10-01",
                    end="2020-12-31",
                    prog="RPO WK-P 2014-2020",
                    contract="RPKP.09.03.02-04-0021/18",
                ),
                "the first edition, ended before the second began",
            ),
            (
                r(
                    "Dzienny Dom Pobytu w Strzelnie – 20 miejsc dla seniorów",
                    "um-strzelno",
                    "2021-05-10",
                    ben="Gmina Strzelno",
                    total="1450210.00",
                    eu="1232678.50",
                    start="2021-05-01",
                    end="2023-04-30",
                    prog="RPO WK-P 2014-2020",
                ),
                "a neighbouring town's day-care home from the same measure",
            ),
        ],
    ),
    (
        "Gołdap: Dom dla matek, Za życiem (news-goldap-dom-dla-matek-za-zyciem-2021)",
        [
            r(
                "Ze Starostwa. Powstaje nowy ośrodek",
                "powiat-goldap",
                "2021-07-08",
                ben="Powiat Gołdapski",
                total="226502.69",
                grant="181387.00",
                prog="Za życiem",
            ),
            r(
                "Dom dla matek z małoletnimi dziećmi i kobiet w ciąży powstaje na poddaszu PCPR w Gołdapi",
                "pcpr-goldap",
                "2021-07-12",
                impl="Powiatowe Centrum Pomocy Rodzinie w Gołdapi",
                grant="181387.00",
                prog="Za życiem",
            ),
            r(
                "Gołdap: otwarto dom dla matek z dziećmi w budynku PCPR",
                "news-goldap-info",
                "2021-12-20",
                ben="Powiat Gołdapski",
                total="226502.69",
            ),
        ],
        [
            (
                r(
                    "Dom dla matek z małoletnimi dziećmi i kobiet w ciąży w Olecku",
                    "powiat-olecko",
                    "2021-07-15",
                    ben="Powiat Olecki",
                    total="240000.00",
                    grant="192000.00",
                    prog="Za życiem",
                ),
                "the neighbouring powiat's home from the same programme",
            ),
            (
                r(
                    "PCPR w Gołdapi: mieszkanie chronione dla wychowanków pieczy zastępczej",
                    "pcpr-goldap",
                    "2021-09-01",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Gołdapi",
                    total="98400.00",
                    grant="78720.00",
                ),
                "the same PCPR's other project the same year",
            ),
        ],
    ),
    (
        "Dębno: świetlica w Jaworsku 2022 (news-informator-brzeski-debno-swietlica-jaworsko-2022)",
        [
            r(
                "30 tysięcy złotych dofinansowania na doposażenie świetlicy w Jaworsku",
                "news-informator-brzeski",
                "2022-08-05",
                ben="Gmina Dębno",
                grant="29997",
                prog="Małopolskie świetlice wiejskie",
            ),
            r(
                "Małopolskie świetlice wiejskie 2022 – wyposażenie świetlicy wiejskiej w Jaworsku",
                "ug-debno",
                "2022-08-01",
                ben="Gmina Dębno",
                grant="29997.00",
                prog="Małopolskie świetlice wiejskie",
            ),
            r(
                "Świetlica w Jaworsku z nowym wyposażeniem: cymbergaj, piłkarzyki i stół do tenisa",
                "ug-debno",
                "2022-11-14",
                ben="Gmina Dębno",
            ),
        ],
        [
            (
                r(
                    "Małopolskie świetlice wiejskie 2023 – remont świetlicy wiejskiej w Jaworsku",
                    "ug-debno",
                    "2023-07-20",
                    ben="Gmina Dębno",
                    grant="30000.00",
                    prog="Małopolskie świetlice wiejskie",
                ),
                "next year's edition for the same świetlica",
            ),
            (
                r(
                    "Wyposażenie świetlicy wiejskiej w Pojawiu z dofinansowaniem",
                    "ug-szczurowa",
                    "2022-08-03",
                    ben="Gmina Szczurowa",
                    grant="30000.00",
                    prog="Małopolskie świetlice wiejskie",
                ),
                "the other gmina funded in the same call",
            ),
        ],
    ),
    (
        "Miłosław: kanalizacja w Bagatelce (news-miloslaw-pis-kanalizacja-bagatelka-2022)",
        [
            r(
                "Budowa kanalizacji sanitarnej w m. Bagatelka wraz z infrastrukturą drogową",
                "um-miloslaw",
                "2022-06-08",
                ben="Gmina Miłosław",
                grant="1880000.00",
                prog="Program Inwestycji Strategicznych",
            ),
            r(
                "Miłosław z 1,88 mln zł z Polskiego Ładu na kanalizację",
                "news-wrzesnia-info",
                "2022-06-09",
                ben="Gmina Miłosław",
                grant="1880000",
            ),
            r(
                "Podpisano umowę na budowę kanalizacji w Bagatelce",
                "um-miloslaw",
                "2023-03-21",
                ben="Gmina Miłosław",
                total="2410500.00",
                prog="Program Inwestycji Strategicznych",
            ),
        ],
        [
            (
                r(
                    "Budowa kanalizacji sanitarnej w m. Orzechowo",
                    "um-miloslaw",
                    "2023-01-12",
                    ben="Gmina Miłosław",
                    grant="2350000.00",
                    prog="Program Inwestycji Strategicznych",
                ),
                "the same gmina's next sewer from a later edition",
            ),
            (
                r(
                    "Budowa kanalizacji sanitarnej w m. Bieganowo",
                    "ug-kolaczkowo",
                    "2022-06-08",
                    ben="Gmina Kołaczkowo",
                    grant="1880000.00",
                    prog="Program Inwestycji Strategicznych",
                ),
                "a neighbouring gmina's sewer, same edition and same round sum",
            ),
        ],
    ),
    (
        "Zgierz: Nowy schemat – wyższy standard (news-mopszgierz-nowy-schemat-power-2020)",
        [
            r(
                "Projekt „NOWY SCHEMAT – WYŻSZY STANDARD”",
                "mops-zgierz",
                "2020-02-04",
                ben="Gmina Miasto Zgierz",
                impl=MOPS_ZGIERZ,
                grant="843895.00",
                eu="711234.70",
                start="2020-01-01",
                end="2021-01-31",
                prog="PO WER 2014-2020",
            ),
            r(
                "Zgierski MOPS z unijnym projektem dla pracowników socjalnych",
                "um-zgierz",
                "2020-02-10",
                ben="Gmina Miasto Zgierz",
                eu="711234.70",
            ),
            r(
                "Nowy schemat – wyższy standard: MOPS w Zgierzu podsumowuje projekt",
                "mops-zgierz",
                "2021-02-12",
                impl=MOPS_ZGIERZ,
                start="2020-01-01",
                end="2021-01-31",
            ),
        ],
        [
            (
                r(
                    "Projekt „Nowy schemat – wyższy standard” w Gminnym Ośrodku Pomocy Społecznej w Zgierzu",
                    "gops-gmina-zgierz",
                    "2020-02-11",
                    ben="Gmina Zgierz",
                    impl="Gminny Ośrodek Pomocy Społecznej w Zgierzu",
                    grant="412380.00",
                    eu="347556.26",
                    start="2020-01-01",
                    end="2021-01-31",
                    prog="PO WER 2014-2020",
                ),
                "the rural gmina of the same name in the same call",
            ),
            (
                r(
                    "Projekt „Aktywny Zgierz” – rekrutacja uczestników",
                    "mops-zgierz",
                    "2020-03-02",
                    impl=MOPS_ZGIERZ,
                    total="1204500.00",
                    eu="1023825.00",
                    start="2020-03-01",
                    end="2022-02-28",
                ),
                "the same MOPS's other project",
            ),
        ],
    ),
    (
        "Lesznowola: Aktywność siłą Lesznowolskiego Seniora (news-lesznowola-rady-seniorow-2022)",
        [
            r(
                "Kolejne dofinansowanie dla Lesznowoli",
                "news-lesznowola-info",
                "2022-06-14",
                ben="Gmina Lesznowola",
                grant="20000",
                prog="Samorządowy Instrument Wsparcia Inicjatyw Rad Seniorów",
            ),
            r(
                "Projekt „Aktywność siłą Lesznowolskiego Seniora” z dofinansowaniem Województwa Mazowieckiego",
                "ug-lesznowola",
                "2022-06-10",
                ben="Gmina Lesznowola",
                total="25000.00",
                grant="20000.00",
                prog="Samorządowy Instrument Wsparcia Inicjatyw Rad Seniorów",
            ),
            r(
                "Aktywność siłą Lesznowolskiego Seniora – warsztaty i wyjazdy Rady Seniorów",
                "gops-lesznowola",
                "2022-09-05",
                impl="Gminny Ośrodek Pomocy Społecznej w Lesznowoli",
                start="2022-07-01",
                end="2022-11-30",
            ),
        ],
        [
            (
                r(
                    "Projekt „Lesznowolscy Seniorzy w ruchu” z dofinansowaniem Województwa Mazowieckiego",
                    "ug-lesznowola",
                    "2023-06-12",
                    ben="Gmina Lesznowola",
                    total="25000.00",
                    grant="20000.00",
                    prog="Samorządowy Instrument Wsparcia Inicjatyw Rad Seniorów",
                ),
                "next year's edition: the council's other project, same round sums",
            ),
            (
                r(
                    "Kolejne dofinansowanie dla Piaseczna – inicjatywa Rady Seniorów",
                    "um-piaseczno",
                    "2022-06-15",
                    ben="Gmina Piaseczno",
                    grant="20000",
                    prog="Samorządowy Instrument Wsparcia Inicjatyw Rad Seniorów",
                ),
                "the neighbouring gmina's grant in the same call, same round sum",
            ),
        ],
    ),
]


def main() -> None:
    write_pairs(HERE / "pairs_round5.jsonl", [("r5", ROUND5)])


if __name__ == "__main__":
    main()
