"""Builds pairs_round6.jsonl: a sixth held-out round, scored only to report, never tuned on.

Built as round 5 was and committed before any change to the grouping rule that round 5 informed. Each
seed starts from a real passage of the development real-text set (`tests/realtext/dev/nc-*`, which no
earlier round used: its headline as the title and its hand labels as the fields), restated as the other
publishers of the same project word it (gmina, OPS, powiat, local news; written for this set), with
near-misses: the next or previous edition, the same programme in the neighbouring gmina (at times with the
same round sum), one body's other project, a rural gmina named like its town. Labels were written by
reading each record, not from the grouping's output.

    python tests/projects/build_round6.py   # rewrites pairs_round6.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import r, write_pairs  # noqa: E402

ASYSTENT = "Asystent osobisty osoby niepełnosprawnej"
MOPS_STRUMIEN = "Miejski Ośrodek Pomocy Społecznej w Strumieniu"

ROUND6: list[tuple[str, list[dict[str, Any]], list[tuple[dict[str, Any], str]]]] = [
    (
        "Strzelce: asystent osobisty 2021 (nc-strzelce-asystent-osobisty-2021)",
        [
            r(
                "Asystent osobisty osoby niepełnosprawnej – edycja 2021",
                "ug-strzelce",
                "2021-03-15",
                ben="Gmina Strzelce",
                grant="254056.50",
                prog=ASYSTENT,
            ),
            r(
                "Gmina Strzelce z dofinansowaniem na asystentów dla osób z niepełnosprawnością",
                "news-kutno",
                "2021-03-19",
                ben="Gmina Strzelce",
                grant="254056.50",
            ),
            r(
                "Rusza nabór uczestników do programu „Asystent osobisty osoby niepełnosprawnej” – edycja 2021",
                "gops-strzelce",
                "2021-04-06",
                ben="Gmina Strzelce",
                impl="Gminny Ośrodek Pomocy Społecznej w Strzelcach",
                prog=ASYSTENT,
                start="2021-04-01",
                end="2021-12-31",
            ),
        ],
        [
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022",
                    "ug-strzelce",
                    "2022-02-28",
                    ben="Gmina Strzelce",
                    grant="281320.00",
                    prog=ASYSTENT,
                ),
                "next year's edition of the same gmina",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2021 w Gminie Krośniewice",
                    "um-krosniewice",
                    "2021-03-22",
                    ben="Gmina Krośniewice",
                    grant="198400.00",
                    prog=ASYSTENT,
                ),
                "the neighbouring gmina's project in the same call",
            ),
            (
                r(
                    "Gmina Strzelce z dofinansowaniem na opiekę wytchnieniową",
                    "ug-strzelce",
                    "2021-03-17",
                    ben="Gmina Strzelce",
                    grant="62880.00",
                    prog="Opieka wytchnieniowa",
                ),
                "the same gmina's other project in the same fund's call",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej 2021 – Strzelce Opolskie",
                    "um-strzelce-opolskie",
                    "2021-03-10",
                    ben="Gmina Strzelce Opolskie",
                    grant="412600.00",
                    prog=ASYSTENT,
                ),
                "another gmina of a like name, the same edition",
            ),
        ],
    ),
    (
        "Dąbie: klub seniora z Senior+ (nc-tygodniowa-dabie-klub-seniora)",
        [
            r(
                "W gminie powstanie klub seniora",
                "news-tygodniowa",
                "2021-05-12",
                ben="Gmina Dąbie",
                grant="170000",
                prog="Senior+",
            ),
            r(
                "Utworzenie Klubu Senior+ w Dąbiu",
                "ug-dabie",
                "2021-05-04",
                ben="Gmina Dąbie",
                grant="170000",
                total="212500.00",
                prog="Senior+",
                start="2021-05-01",
                end="2021-12-31",
            ),
            r(
                "Klub „Senior+” w Dąbiu otwarty",
                "ug-dabie",
                "2021-12-10",
                ben="Gmina Dąbie",
                total="212500.00",
                prog="Senior+",
            ),
        ],
        [
            (
                r(
                    "Funkcjonowanie Klubu Senior+ w Dąbiu w 2022 roku",
                    "ug-dabie",
                    "2022-03-02",
                    ben="Gmina Dąbie",
                    grant="28800.00",
                    prog="Senior+",
                    start="2022-01-01",
                    end="2022-12-31",
                ),
                "next year's edition: the club's upkeep module, another project",
            ),
            (
                r(
                    "Utworzenie Klubu Senior+ w Kłodawie",
                    "um-klodawa",
                    "2021-05-06",
                    ben="Gmina Kłodawa",
                    grant="170000",
                    prog="Senior+",
                    start="2021-05-01",
                    end="2021-12-31",
                ),
                "the neighbouring gmina's club, same round sum",
            ),
            (
                r(
                    "Gmina Dąbie z dotacją na remont świetlicy wiejskiej w Krzewatce",
                    "ug-dabie",
                    "2021-05-20",
                    ben="Gmina Dąbie",
                    grant="45000.00",
                    prog="Wielkopolska Odnowa Wsi",
                ),
                "the same gmina's other project",
            ),
            (
                r(
                    "Utworzenie Klubu Senior+ w Dąbiu (gmina Dąbie, powiat krośnieński)",
                    "ug-dabie-lubuskie",
                    "2021-05-07",
                    ben="Gmina Dąbie",
                    grant="150000.00",
                    prog="Senior+",
                    impl="Gminny Ośrodek Pomocy Społecznej w Dąbiu (lubuskie)",
                ),
                "another gmina of the same name, same call, other amount",
            ),
        ],
    ),
    (
        "Żukowice: Działaj Lokalnie, boisko w Czernej (nc-glogowextra-zukowice-dzialaj-lokalnie-2020)",
        [
            r(
                "Projekt biblioteki i Grupy Kreatywnej doceniony",
                "news-glogowextra",
                "2020-08-31",
                ben="Biblioteka Publiczna Gminy Żukowice",
                total="8200",
                grant="6000",
                prog="Działaj Lokalnie",
            ),
            r(
                "„Bezpiecznie, zdrowo i sportowo na boisku w Czernej” z dotacją Działaj Lokalnie 2020",
                "biblioteka-zukowice",
                "2020-08-26",
                ben="Biblioteka Publiczna Gminy Żukowice",
                grant="6000",
                prog="Działaj Lokalnie",
                start="2020-09-01",
                end="2020-11-30",
            ),
            r(
                "Bezpiecznie, zdrowo i sportowo na boisku w Czernej – podsumowanie projektu",
                "ug-zukowice",
                "2020-12-04",
                ben="Biblioteka Publiczna Gminy Żukowice",
                total="8200",
            ),
        ],
        [
            (
                r(
                    "Działaj Lokalnie 2021: dotacja dla biblioteki na warsztaty w Brzegu Głogowskim",
                    "biblioteka-zukowice",
                    "2021-08-30",
                    ben="Biblioteka Publiczna Gminy Żukowice",
                    grant="5500",
                    prog="Działaj Lokalnie",
                ),
                "next year's edition: the library's other project",
            ),
            (
                r(
                    "Stowarzyszenie z Kotli z dotacją Działaj Lokalnie 2020",
                    "news-glogowextra",
                    "2020-08-31",
                    ben="Stowarzyszenie Przyjaciół Kotli",
                    grant="6000",
                    prog="Działaj Lokalnie",
                ),
                "the neighbouring gmina's grant in the same round, same round sum",
            ),
            (
                r(
                    "Bezpiecznie, zdrowo i sportowo na boisku w Czernej – druga edycja",
                    "biblioteka-zukowice",
                    "2021-09-02",
                    ben="Biblioteka Publiczna Gminy Żukowice",
                    grant="5800",
                    prog="Działaj Lokalnie",
                ),
                "the project's second edition a year later",
            ),
            (
                r(
                    "Bezpieczne boisko w Czernej – nowe ogrodzenie z budżetu gminy",
                    "ug-zukowice",
                    "2020-10-15",
                    ben="Gmina Żukowice",
                    total="46300.00",
                ),
                "the gmina's own project at the same pitch, other amount",
            ),
        ],
    ),
    (
        "Opatów: wyposażenie czterech świetlic (nc-umopatow-swietlice-wyposazenie-um)",
        [
            r(
                "Pieniądze z Urzędu Marszałkowskiego. Cztery świetlice z wyposażeniem",
                "um-opatow",
                "2021-10-18",
                ben="Gmina Opatów",
                grant="12000",
                prog="Wsparcie funkcjonalności obszarów wiejskich",
            ),
            r(
                "Wyposażenie świetlic wiejskich w Brzeziu, Gojcowie, Karwowie i Kornacicach",
                "um-opatow",
                "2021-06-09",
                ben="Gmina Opatów",
                grant="12000",
                total="14900.00",
                prog="Wsparcie funkcjonalności obszarów wiejskich",
            ),
            r(
                "Nowe stoły i garnki w czterech świetlicach gminy Opatów",
                "news-opatow",
                "2021-10-22",
                ben="Gmina Opatów",
                total="14900.00",
            ),
        ],
        [
            (
                r(
                    "Wyposażenie świetlic wiejskich w Jurkowicach i Lipowej",
                    "um-opatow",
                    "2022-06-14",
                    ben="Gmina Opatów",
                    grant="15000",
                    prog="Wsparcie funkcjonalności obszarów wiejskich",
                ),
                "next year's edition: other świetlice of the same gmina",
            ),
            (
                r(
                    "Wyposażenie świetlic wiejskich w gminie Sadowie",
                    "ug-sadowie",
                    "2021-06-11",
                    ben="Gmina Sadowie",
                    grant="12000",
                    prog="Wsparcie funkcjonalności obszarów wiejskich",
                ),
                "the neighbouring gmina in the same call, same round sum",
            ),
            (
                r(
                    "Remont świetlicy w Karwowie z Funduszu Sołeckiego",
                    "um-opatow",
                    "2021-07-01",
                    ben="Gmina Opatów",
                    total="31200.00",
                ),
                "the same gmina's other project at one of the same świetlice",
            ),
        ],
    ),
    (
        "Kluczewsko: Posiłek w szkole i w domu 2024 (nc-gops-kluczewsko-posilek-2024)",
        [
            r(
                "Wieloletni rządowy program „Posiłek w szkole i w domu” na lata 2024-2028",
                "gops-kluczewsko",
                "2024-03-04",
                impl="Gmina Kluczewsko",
                prog="Posiłek w szkole i w domu",
                start="2024-01-01",
                end="2024-12-31",
            ),
            r(
                "Gmina Kluczewsko otrzymała dotację na posiłki dla mieszkańców w 2024 roku",
                "ug-kluczewsko",
                "2024-02-20",
                ben="Gmina Kluczewsko",
                grant="168000.00",
                prog="Posiłek w szkole i w domu",
            ),
            r(
                "Posiłek w szkole i w domu – dofinansowanie w 2024 r.",
                "ug-kluczewsko",
                "2024-06-11",
                ben="Gmina Kluczewsko",
                grant="168000.00",
                total="210000.00",
                prog="Posiłek w szkole i w domu",
                start="2024-01-01",
                end="2024-12-31",
            ),
        ],
        [
            (
                r(
                    "Wieloletni rządowy program „Posiłek w szkole i w domu” – rok 2025",
                    "gops-kluczewsko",
                    "2025-03-03",
                    impl="Gmina Kluczewsko",
                    prog="Posiłek w szkole i w domu",
                    start="2025-01-01",
                    end="2025-12-31",
                ),
                "next year's edition of the same gmina",
            ),
            (
                r(
                    "Posiłek w szkole i w domu – dofinansowanie w 2024 r. dla Gminy Secemin",
                    "ug-secemin",
                    "2024-06-12",
                    ben="Gmina Secemin",
                    grant="168000.00",
                    prog="Posiłek w szkole i w domu",
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "the neighbouring gmina's grant in the same programme year, same round sum",
            ),
            (
                r(
                    "Modernizacja stołówki szkolnej w Kluczewsku z programu „Posiłek w szkole i w domu”",
                    "ug-kluczewsko",
                    "2024-07-02",
                    ben="Gmina Kluczewsko",
                    grant="80000.00",
                    total="100000.00",
                    prog="Posiłek w szkole i w domu",
                ),
                "another module of the same programme: the canteen, another project",
            ),
            (
                r(
                    "Posiłek w szkole i w domu 2024 w Gminie Kluczbork",
                    "um-kluczbork",
                    "2024-02-22",
                    ben="Gmina Kluczbork",
                    grant="412000.00",
                    prog="Posiłek w szkole i w domu",
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "another gmina of a like name, the same programme year",
            ),
        ],
    ),
    (
        "Strumień: Wspieraj Seniora 2020 (nc-mops-strumien-wspieraj-seniora)",
        [
            r(
                "Program Wspieraj Seniora",
                "mops-strumien",
                "2020-11-03",
                impl=MOPS_STRUMIEN,
                prog="Wspieraj Seniora",
            ),
            r(
                "Gmina Strumień dołączyła do programu „Wspieraj Seniora”",
                "um-strumien",
                "2020-11-05",
                ben="Gmina Strumień",
                impl=MOPS_STRUMIEN,
                grant="24600.00",
                prog="Wspieraj Seniora",
            ),
            r(
                "Zakupy dla seniorów 70+ w Strumieniu – zadzwoń na infolinię",
                "news-cieszyn",
                "2020-11-09",
                ben="Gmina Strumień",
                impl=MOPS_STRUMIEN,
            ),
        ],
        [
            (
                r(
                    "Program Wspieraj Seniora – edycja 2021",
                    "mops-strumien",
                    "2021-01-18",
                    impl=MOPS_STRUMIEN,
                    grant="31200.00",
                    prog="Wspieraj Seniora",
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "next year's edition of the same OPS",
            ),
            (
                r(
                    "Gmina Chybie dołączyła do programu „Wspieraj Seniora”",
                    "ug-chybie",
                    "2020-11-06",
                    ben="Gmina Chybie",
                    impl="Gminny Ośrodek Pomocy Społecznej w Chybiu",
                    grant="24600.00",
                    prog="Wspieraj Seniora",
                ),
                "the neighbouring gmina in the same programme, same round sum",
            ),
            (
                r(
                    "Dodatek dla pracowników socjalnych MOPS w Strumieniu",
                    "mops-strumien",
                    "2020-11-10",
                    impl=MOPS_STRUMIEN,
                    grant="6000.00",
                ),
                "the same OPS's other project",
            ),
        ],
    ),
]


def main() -> None:
    write_pairs(HERE / "pairs_round6.jsonl", [("r6", ROUND6)])


if __name__ == "__main__":
    main()
