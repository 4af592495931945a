"""Round 14's false merges as general guards (issue 16): each kind with reworded near-misses the code before joined
and a same pair that still joins. A facility's name opening with an adjective ("w Publicznej Szkole Podstawowej") is
no place; "w Mazowszu" is a village (the region is "na Mazowszu"); a facility named after a preposition of position
("przed remizą") is a landmark, not the works' object; a programme's period in its name is no record's time; and a
record naming no body, no place and no time on another site is anchored by a sum to the grosz only."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects
from scraper.project_objects import objects

KETY = "Gmina Kęty"


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Doposażenie kuchni w Publicznej Szkole Podstawowej w Zalesiu", [{"zal"}]),
        ("Remont w Samorządowym Przedszkolu w Bielanach", [{"bie"}]),
        ("Nowe boisko w Nowej Wsi", [{"now", "wie"}]),  # an adjective before a place's noun: a place
        ("Festyn w Starym Sączu", [{"sta", "sac"}]),
        ("Nowa kuchnia w Szkole Podstawowej w Mazowszu", [{"maz"}]),  # "w Mazowszu": a village
        ("Dotacje na Mazowszu i w Pomorskiem", []),  # the regions
    ],
)
def test_title_places_read_a_facilitys_adjective_and_a_na_region(title: str, places: list[set[str]]) -> None:
    assert projects.title_places(title) == frozenset(frozenset(place) for place in places)


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        (("Nowa kuchnia w Szkole Podstawowej w Mazowszu",), {"mazowszu"}),
        (("Remont świetlicy w Pomorzu",), set()),  # no body before it: the region
        (("Świetlica Wiejska w Pomorzu",), {"pomorzu"}),
        (("Szkoła Podstawowa w Mazowszanach",), {"mazowszanach"}),
    ],
)
def test_locatives_read_a_na_region_after_w_as_a_village(texts: tuple[str, ...], found: set[str]) -> None:
    assert projects.locatives(*texts) == frozenset(found)


@pytest.mark.parametrize(
    ("folded", "classes"),
    [
        ("wozy poswiecono przed remiza", set()),
        ("zbiorka krwi obok szkoly podstawowej", set()),
        ("parking naprzeciwko przedszkola gotowy", set()),
        ("remont remizy osp", {"fire station"}),
        ("zagospodarowanie terenu wokol osrodka zdrowia", {"health"}),  # the grounds around it are its site
        ("plac zabaw przy przedszkolu", {"playground", "kindergarten"}),
    ],
)
def test_objects_leave_a_landmark_out(folded: str, classes: set[str]) -> None:
    assert objects(folded) == frozenset(classes)


PAIRS: list[tuple[str, Record, Record, bool]] = [
    (
        "one gmina's canteens in two schools: the village's and the seat's, one programme, one day, one sum",
        rec(
            "Wyposażenie kuchni w Publicznej Szkole Podstawowej w Zalesiu – umowa z wojewodą podpisana",
            beneficiary=KETY,
            published="2023-09-12",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00", "total_cost": "75000.00"},
            site="ug-kety",
        ),
        rec(
            "Wyposażenie kuchni w Publicznej Szkole Podstawowej w Kętach – umowa z wojewodą podpisana",
            beneficiary=KETY,
            published="2023-09-12",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00", "total_cost": "75000.00"},
            site="ug-kety",
        ),
        False,
    ),
    (
        "the village school's canteen, the gmina's news and the local paper's, still join",
        rec(
            "Wyposażenie kuchni w Publicznej Szkole Podstawowej w Zalesiu – umowa z wojewodą podpisana",
            beneficiary=KETY,
            published="2023-09-12",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00", "total_cost": "75000.00"},
            site="ug-kety",
        ),
        rec(
            "Uczniowie z Zalesia zjedzą w lepiej wyposażonej kuchni",
            beneficiary="Gminie Kęty",
            published="2023-09-20",
            site="news-bielsko",
        ),
        True,
    ),
    (
        "a school in a village of a like name elsewhere: Mazowszany and Mazowsze, one programme, one sum",
        rec(
            "Wyposażenie kuchni w Publicznej Szkole Podstawowej w Mazowszanach – umowa z wojewodą",
            beneficiary="Gmina Jastrzębia",
            published="2023-08-28",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00"},
            site="ug-jastrzebia",
        ),
        rec(
            "Nowa stołówka w Szkole Podstawowej w Mazowszu – dotacja z programu Posiłek w szkole i w domu",
            published="2023-10-02",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00"},
            site="news-plock",
        ),
        False,
    ),
    (
        "the brigade's new engines blessed before the fire station, and the station's renovation a month before",
        rec(
            "Druhowie z Zalesia i Bielan mają nowe wozy. Poświęcenie przed remizą",
            published="2022-10-03",
            site="news-oswiecim",
        ),
        rec(
            "Remont remizy OSP w Zalesiu z dotacją samorządu województwa",
            beneficiary=KETY,
            published="2022-08-16",
            amounts={"grant": "25000.00"},
            site="ug-kety",
        ),
        False,
    ),
    (
        "the fire station's renovation, the gmina's notice and the local news at completion, still join",
        rec(
            "Remiza w Zalesiu po remoncie",
            published="2022-11-03",
            site="news-oswiecim",
        ),
        rec(
            "Remont remizy OSP w Zalesiu z dotacją samorządu województwa",
            beneficiary=KETY,
            published="2022-08-16",
            amounts={"grant": "25000.00"},
            site="ug-kety",
        ),
        True,
    ),
    (
        "a programme's stock headline and standard sum, undated and naming no body, against another gmina's",
        rec(
            "Dofinansowanie żłobka z programu MALUCH+ 2022-2029",
            programme="Maluch+",
            amounts={"grant": "300960.00"},
            site="ug-nowa-wies",
        ),
        rec(
            "Dofinansowanie żłobka z programu MALUCH+ 2022-2029",
            beneficiary="Gmina Nowa Wieś Wielka",
            published="2024-05-06",
            programme="Maluch+",
            amounts={"grant": "300960.00"},
            site="ug-nowa-wies-wielka",
        ),
        False,
    ),
    (
        "the same undated page against a record on its own site still joins",
        rec(
            "Dofinansowanie żłobka z programu MALUCH+ 2022-2029",
            programme="Maluch+",
            amounts={"grant": "300960.00"},
            site="ug-nowa-wies",
        ),
        rec(
            "Dofinansowanie żłobka z programu MALUCH+ 2022-2029",
            beneficiary="Gmina Nowa Wieś",
            published="2024-05-06",
            programme="Maluch+",
            amounts={"grant": "300960.00"},
            site="ug-nowa-wies",
        ),
        True,
    ),
    (
        "an undated page naming no body and a list on another site still join on a sum to the grosz",
        rec(
            "Dofinansowanie przebudowy drogi gminnej",
            programme="Rządowy Fundusz Rozwoju Dróg",
            amounts={"grant": "812345.67"},
            site="ug-nowa-wies",
        ),
        rec(
            "Lista zadań gminnych zakwalifikowanych do dofinansowania w 2023 roku",
            beneficiary="Gmina Nowa Wieś",
            published="2023-04-11",
            programme="Rządowy Fundusz Rozwoju Dróg",
            amounts={"grant": "812345.67"},
            site="uw-wroclaw",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS, ids=[case[0][:60] for case in PAIRS])
def test_round14_guards(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


def test_a_programmes_period_in_its_name_is_no_records_time() -> None:
    facts = projects._facts(rec("Dofinansowanie klubu dziecięcego z programu MALUCH+ 2022-2029", programme="Maluch+"))
    assert facts.years == frozenset() and facts.when is None
    kept = projects._facts(rec("Budowa drogi w latach 2021-2023", programme=None))
    assert kept.years == frozenset({2021, 2022, 2023})
