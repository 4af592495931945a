"""One row per project (issue 16): what an investment's headline builds and how, the bodies' keys, the programmes
a headline names, and the pair rules that read them (reworded examples and the near-misses that stay apart)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import project_objects, projects
from scraper.project_objects import groups, objects, one_kind_of_works, road_classes, works, works_differ
from scraper.projects import fold, project_id_of


@pytest.mark.parametrize(
    ("title", "kinds", "done"),
    [
        ("Umowa na rozbudowę przedszkola w Wólce podpisana", {"kindergarten"}, {"extension"}),
        ("Przedszkole w Wólce rozbudowane – dzieci w nowych salach", {"kindergarten"}, {"extension"}),
        ("Termomodernizacja budynku szkoły podstawowej", {"school"}, {"thermal"}),
        ("Docieplenie szkoły w Kopanicy zakończone", {"school"}, {"thermal"}),
        ("Modernizacja energetyczna budynku szkoły", {"school"}, {"thermal"}),
        ("Budowa drogi i chodnika w m. Bagatelka", {"road", "pavement"}, {"building"}),
        ("Nowy autobus szkolny dla gminy", set(), set()),  # "szkolny" is for a school, not one; "nowy" a bus
        ("Nowy wóz strażacki w remizie", {"fire station"}, set()),  # what is new is not the fire station
        ("Nowa nawierzchnia ulicy Polnej", {"road"}, {"opening"}),
        ("Przebudowa drogi gminnej w Brodach", {"road"}, {"rebuilding"}),
        ("Remont świetlicy wiejskiej w Jaworsku", {"village hall"}, {"renovation"}),
        ("Świetlica w Jaworsku po remoncie", {"village hall"}, {"renovation"}),  # every case form
        ("Nowy żłobek gotowy – 60 miejsc dla dzieci", {"nursery"}, {"opening"}),
        ("Wybudowano kanalizację sanitarną w Orzechowie", {"water"}, {"building"}),
        ("Remiza OSP w Kupie po modernizacji", {"fire station"}, {"modernisation"}),
        ("Prace budowlane w Gminnym Ośrodku Kultury", {"culture"}, set()),  # "budowlane" says no kind of works
        ("Szkolenie dla pracowników socjalnych", set(), set()),  # training, not a school
        ("Rządowy Fundusz Rozwoju Dróg: wnioski drogowe", {"road"}, set()),
        ("Opieka wytchnieniowa – edycja 2024", set(), set()),
        ("Umowa z wykonawcą sieci wod-kan podpisana", {"water"}, set()),  # "wod-kan": water supply and sewers
        ("Wodne kanały w parku", set(), set()),
    ],
)
def test_objects_and_works(title: str, kinds: set[str], done: set[str]) -> None:
    folded = " ".join(fold(title).split())
    assert objects(folded) == kinds
    assert works(folded) == done


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"building"}, {"building"}, True),
        ({"opening"}, {"building"}, True),  # the opening of what was built
        ({"extension"}, {"opening"}, True),
        ({"renovation"}, {"opening"}, False),
        ({"thermal"}, {"renovation"}, False),  # not every renovation is thermal works
        ({"renovation"}, {"modernisation"}, True),  # one family: "remont" / "modernizacja"
        ({"building"}, {"rebuilding"}, False),
        (set(), {"building"}, False),
    ],
)
def test_one_kind_of_works(a: set[str], b: set[str], expected: bool) -> None:
    assert one_kind_of_works(frozenset(a), frozenset(b)) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"equipment"}, {"renovation"}, True),  # "doposażenie świetlicy" / "remont świetlicy"
        ({"building"}, {"thermal"}, True),
        ({"extension"}, {"modernisation"}, True),
        ({"rebuilding"}, {"renovation"}, False),  # "przebudowa" / "remont" of one road: said of one works
        ({"rebuilding"}, {"building"}, False),
        ({"renovation", "equipment"}, {"equipment"}, False),
        ({"thermal"}, {"renovation"}, False),  # thermal works stand on a building, as a renovation does
        ({"opening"}, {"renovation"}, False),  # "nowa", "otwarta" say nothing of the works
        (set(), {"renovation"}, False),
    ],
)
def test_works_differ(a: set[str], b: set[str], expected: bool) -> None:
    assert works_differ(frozenset(a), frozenset(b)) is expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Miejski Ośrodek Pomocy Społecznej im. bł. o. Rafała Chylińskiego w Zgierzu", {"zgi"}),  # a patron
        ("Parafia pw. Matki Bożej Nieustającej Pomocy w Mogilnie", {"par", "mog"}),
        ("Miejsko-Gminny Ośrodek Pomocy Społecznej w Dolsku", {"dol"}),
        ("Gminne Centrum Kultury w Dobrzycy", {"dob"}),
        ("Regionalny Ośrodek Polityki Społecznej w Opolu", {"opo"}),
        ("Biblioteka Publiczna Gminy Żukowice", {"bib", "pub", "zuk"}),  # a library is a body of its own
        ("Gmina Dobrzeń Wielki", {"dob", "wie"}),
        ("Parafia pw. św. Jana Chrzciciela", {"par", "pw", "sw", "jan", "chr"}),  # no seat: the patron says which
        ("Parafia pw. Matki Bożej Częstochowskiej", {"par", "pw", "mat", "boz", "cze"}),
        ("Szkoła Podstawowa im. Marii Konopnickiej", {"pod", "im", "mar", "kon"}),
    ],
)
def test_org_key_keeps_the_place_not_the_kind_or_patron(name: str, key: set[str]) -> None:
    assert projects.org_key(name) == key


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Miłosław z 1,88 mln zł z Polskiego Ładu na kanalizację", {"Rządowy Fundusz Polski Ład"}),
        ("Budowa żłobka w Skarbimierzu w ramach programu Maluch+", {"Maluch+"}),
        ("„Bezpiecznie na boisku w Czernej” z dotacją Działaj Lokalnie 2020", {"Działaj Lokalnie"}),
        ("Remont drogi gminnej w Brodach", set()),
        (None, set()),
    ],
)
def test_named_programmes(text: str | None, found: set[str]) -> None:
    assert projects.named_programmes(text) == found


@pytest.mark.parametrize(
    ("left", "right", "differ"),
    [
        ("Maluch+ 2022-2029", "Maluch+", False),  # one programme, printed two ways
        ("Program Operacyjny Wiedza Edukacja Rozwój", "PO WER 2014-2020", False),
        ("Program Inwestycji Strategicznych", "Rządowy Fundusz Polski Ład", False),  # the fund that pays it
        ("Fundusz Dróg Samorządowych", "Rządowy Fundusz Rozwoju Dróg", False),
        ("PO WER 2014-2020", "FERS 2021-2027", True),  # two programmes
        ("Rządowy Fundusz Rozwoju Dróg", "Senior+", True),  # a fund that is its own payer pays no other
        ("Senior+", "Wielkopolska Odnowa Wsi", True),
        ("Konkurs „Aktywna wieś” Gminy Wólka", "Konkurs „Zdrowa wieś” Gminy Wólka", True),  # unknown: as printed
        # a call and the programme it is part of (the table's description names it, same period and kind)
        ("Cyfrowa Gmina", "Program Operacyjny Polska Cyfrowa 2014-2020, oś V REACT-EU", False),
        ("Cyfrowy Powiat", "POPC 2014-2020", False),
        ("Comenius", "Uczenie się przez całe życie", False),
        ("Cyfrowa Gmina", "FERC 2021-2027", True),  # the next period's digital programme
        ("Cyfrowa Gmina", "Cyfrowy Powiat", True),  # two calls of one programme
    ],
)
def test_programmes_differ_by_canonical_name(left: str, right: str, differ: bool) -> None:
    a = projects._facts(rec("Dotacja", programme=left))
    b = projects._facts(rec("Dotacja", "b", programme=right))
    assert projects._programmes_differ(a, b) is differ
    assert projects._programmes_differ(b, a) is differ


WOLKA = {"beneficiary": "Gmina Wólka"}
GRANT = {"grant": "96480.00"}
CASES = [
    (
        "near-miss: one village hall's equipment and its renovation, the same words else (a veto, whatever rule)",
        rec("Doposażenie świetlicy wiejskiej w Jaworsku", published="2022-05-10", **WOLKA),
        rec("Remont świetlicy wiejskiej w Jaworsku", published="2022-09-01", **WOLKA),
        False,
    ),
    (
        "near-miss: one body in a fortnight, one word (sportowy) of two objects: a weak link refused",
        rec("Hala sportowa gotowa", published="2023-05-04", **WOLKA),
        rec("Boisko sportowe otwarte", published="2023-05-18", **WOLKA),
        False,
    ),
    (
        "near-miss: a weak link between two sites of a gmina name many gminas bear (Dąbrowa)",
        rec(
            "Wypożyczalnia sprzętu rehabilitacyjnego otwarta",
            published="2023-03-01",
            beneficiary="Gmina Dąbrowa",
            site="ug-dabrowa",
        ),
        rec(
            "Łóżka i wózki z wypożyczalni dla chorych",
            published="2023-03-20",
            beneficiary="Gmina Dąbrowa",
            site="ops-dabrowa",
        ),
        False,
    ),
    (
        "near-miss: one investment's title dates its works to a year, the other published the next year",
        rec("Termomodernizacja szkoły – plan na 2021", published="2021-02-01", **WOLKA),
        rec("Szkoła po termomodernizacji", published="2022-10-01", **WOLKA),
        False,
    ),
    (
        "near-miss: a kindergarten of a village one title names, the other naming none (a gmina has several)",
        rec("Rozbudowa przedszkola w Kopanicy – umowa", published="2021-03-02", **WOLKA),
        rec("Przedszkole rozbudowane – nowe sale", published="2022-09-05", **WOLKA),
        False,
    ),
    *(
        (
            f"near-miss: one body within a month, two events of a kind ({left} / {right})",
            rec(left, published="2023-05-04", **WOLKA),
            rec(right, published="2023-05-20", **WOLKA),
            False,
        )
        for left, right in (
            ("Konkurs plastyczny w Wólce", "Konkurs fotograficzny – wyniki"),
            ("Wycieczka do Krakowa", "Wycieczka nad morze"),
            ("Warsztaty kulinarne w GOPS", "Warsztaty rękodzieła – zapraszamy"),
            ("Dzień Matki w GOPS", "Dzień Ojca – spotkanie"),
            ("Spotkanie z dietetykiem", "Spotkanie wigilijne"),
            ("Zbiórka odzieży dla potrzebujących", "Zbiórka krwi w remizie"),
        )
    ),
    *(
        (
            f"near-miss: a facility and what is at or for it ({left} / {right})",
            rec(left, published="2022-03-02", **WOLKA),
            rec(right, published="2023-06-01", **WOLKA),
            False,
        )
        for left, right in (
            ("Budowa przedszkola – umowa podpisana", "Nowy plac zabaw przy przedszkolu"),
            ("Rozbudowa szkoły – umowa podpisana", "Nowe boisko przy szkole gotowe"),
            ("Budowa szkoły – umowa", "Nowy autobus szkolny dla gminy"),
            ("Budowa remizy OSP – umowa", "Nowy wóz strażacki w remizie"),
            ("Budowa drogi w Kowalach – umowa", "Nowy chodnik w Kowalach"),
        )
    ),
    (
        "a facility's new name after 'nowy' is its opening (budowa / nowa biblioteka)",
        rec("Budowa biblioteki – umowa podpisana", published="2022-03-02", **WOLKA),
        rec("Nowa biblioteka w Wólce", published="2023-06-01", **WOLKA),
        True,
    ),
    *(
        (
            "near-miss: two parishes named by their patrons alone, one gmina's site, one round sum in two months",
            rec(left, published="2023-03-01", beneficiary="Parafia pw. św. Jana Chrzciciela", **kwargs),
            rec(right, published="2023-04-28", beneficiary="Parafia pw. Matki Bożej Częstochowskiej", **kwargs),
            False,
        )
        for left, right, kwargs in (
            ("Remont kościoła z dotacją", "Renowacja kościoła – dotacja", {"amounts": {"grant": "100000"}}),
            (
                "Dotacja na remont kościoła",
                "Dotacja na renowację organów",
                {"amounts": {"grant": "100000"}, "programme": "Rządowy Program Odbudowy Zabytków"},
            ),
        )
    ),
    (
        "near-miss: a body only one record names, a gmina name many gminas bear (Dąbrowa), two sites",
        rec(
            "Umowa na rozbudowę przedszkola w Dąbrowie",
            published="2021-03-02",
            beneficiary="Gmina Dąbrowa",
            site="ug-dabrowa",
        ),
        rec("Przedszkole w Dąbrowie rozbudowane", published="2022-09-05", site="news-x"),
        False,
    ),
    (
        "a body only one record names, a gmina name one gmina bears (Kopanica... Wólka is none): one investment",
        rec(
            "Umowa na rozbudowę przedszkola w Kluczewsku",
            published="2021-03-02",
            beneficiary="Gmina Kluczewsko",
            site="ug-kluczewsko",
        ),
        rec("Przedszkole w Kluczewsku rozbudowane", published="2022-09-05", site="news-x"),
        True,
    ),
    (
        "one investment at signing and at completion, 18 months apart, in other words (extension of a kindergarten)",
        rec("Umowa na rozbudowę przedszkola podpisana", published="2019-03-05", **WOLKA),
        rec("Przedszkole rozbudowane – dzieci w nowych salach", published="2020-09-03", site="sp-wolka", **WOLKA),
        True,
    ),
    (
        "a nursery built and opened: 'budowa' and 'nowy … gotowy' are one kind of works",
        rec("Ponad 1,9 mln zł na budowę żłobka", published="2022-03-20", **WOLKA),
        rec("Nowy żłobek gotowy – 60 miejsc dla dzieci", published="2023-09-01", **WOLKA),
        True,
    ),
    (
        "thermal works on one school of one village, the body named on one side only",
        rec("Umowa na docieplenie szkoły w Kopanicy", published="2021-03-02", **WOLKA),
        rec("Szkoła w Kopanicy po termomodernizacji", published="2022-09-05", site="sp-kopanica"),
        True,
    ),
    (
        "near-miss: one school, other works (thermal works, then a renovation)",
        rec("Umowa na docieplenie szkoły", published="2021-03-02", **WOLKA),
        rec("Remont szkoły zakończony", published="2022-09-05", **WOLKA),
        False,
    ),
    (
        "near-miss: roads are many a year; without a village both titles name they stay apart",
        rec("Przebudowa drogi gminnej – umowa podpisana", published="2021-03-02", **WOLKA),
        rec("Przebudowana ulica Polna oddana do użytku", published="2022-05-05", **WOLKA),
        False,
    ),
    (
        "near-miss: one village hall's equipment and its renovation, one body, a village both name, in a year",
        rec("Doposażenie świetlicy w Jaworsku – nowe stoły", published="2022-05-10", **WOLKA),
        rec("Jaworsko: remont świetlicy wiejskiej rusza", published="2022-09-01", **WOLKA),
        False,
    ),
    (
        "the same village hall's renovation in other words (remont / modernizacja: one family of works)",
        rec("Umowa na modernizację świetlicy w Jaworsku", published="2022-05-10", **WOLKA),
        rec("Świetlica w Jaworsku po remoncie", published="2022-09-01", **WOLKA),
        True,
    ),
    (
        "a road of one village, other words for it (droga / ulica)",
        rec("Przebudowa drogi w m. Bagatelka – umowa", published="2021-03-02", **WOLKA),
        rec("Bagatelka: przebudowa ulicy zakończona", published="2022-05-05", **WOLKA),
        True,
    ),
    (
        "near-miss: sewage in two villages of one gmina",
        rec("Umowa na budowę kanalizacji w Gościęcinie", published="2021-03-02", **WOLKA),
        rec("Budowa kanalizacji sanitarnej w m. Orzechowo", published="2021-06-05", **WOLKA),
        False,
    ),
    (
        "near-miss: over two years apart",
        rec("Umowa na rozbudowę przedszkola podpisana", published="2018-03-05", **WOLKA),
        rec("Przedszkole rozbudowane", published="2020-09-03", **WOLKA),
        False,
    ),
    (
        "near-miss: a gmina name several powiats' gminas bear, on two sites",
        rec("Umowa na rozbudowę przedszkola", published="2019-03-05", beneficiary="Gmina Dąbrowa"),
        rec("Przedszkole rozbudowane", published="2020-09-03", beneficiary="Gmina Dąbrowa", site="news"),
        False,
    ),
    (
        "a gmina's culture centre is the gmina's body: its works announced by both, one call",
        rec(
            "Gmina Dobrzyca z umową na 85 tys. zł dla centrum kultury",
            published="2023-05-12",
            beneficiary="Gmina Dobrzyca",
            programme="Kulisy kultury",
            amounts={"grant": "85000"},
        ),
        rec(
            "Remont sali w GCK zakończony – Kulisy kultury",
            published="2023-11-08",
            implementer="Gminne Centrum Kultury w Dobrzycy",
            site="news",
        ),
        True,
    ),
    (
        "near-miss: a library's grant and the gmina's own works at one pitch are two bodies",
        rec(
            "„Bezpiecznie na boisku w Czernej” z dotacją Działaj Lokalnie",
            published="2020-08-26",
            beneficiary="Biblioteka Publiczna Gminy Żukowice",
            amounts={"grant": "6000"},
        ),
        rec(
            "Bezpieczne boisko w Czernej – nowe ogrodzenie",
            published="2020-10-15",
            beneficiary="Gmina Żukowice",
            amounts={"total_cost": "46300"},
        ),
        False,
    ),
    (
        "a programme one headline names and the other's programme field, one sum, in a quarter",
        rec(
            "Gmina Wólka z 640 tys. zł z Polskiego Ładu",
            published="2023-02-16",
            amounts={"grant": "640000"},
            **WOLKA,
        ),
        rec(
            "Umowa na 640 tys. zł podpisana",
            published="2023-04-03",
            programme="Rządowy Fundusz Polski Ład",
            amounts={"grant": "640000"},
            **WOLKA,
        ),
        True,
    ),
    (
        "one programme printed two ways is no veto: one body, one specific sum, in a quarter",
        rec(
            "Żłobek w Wólce z dofinansowaniem",
            published="2022-03-20",
            programme="Maluch+ 2022-2029",
            amounts={"grant": "1981500"},
            **WOLKA,
        ),
        rec(
            "Umowa na budowę żłobka podpisana",
            published="2022-05-02",
            programme="Maluch+",
            amounts={"grant": "1981500"},
            **WOLKA,
        ),
        True,
    ),
    (
        "near-miss: two programmes (PO WER and FERS), one body, one sum",
        rec("Kadry pomocy społecznej", published="2022-03-20", programme="PO WER 2014-2020", amounts=GRANT, **WOLKA),
        rec("Kadry pomocy społecznej", published="2022-05-02", programme="FERS 2021-2027", amounts=GRANT, **WOLKA),
        False,
    ),
    (
        "one specific sum to the złoty within one programme, a body named on one side only, headlines reworded",
        rec(
            "Laptopy dla uczniów z programu Cyfrowa Gmina",
            published="2021-11-02",
            amounts={"grant": "47300"},
            site="news",
        ),
        rec(
            "Umowa o powierzenie grantu podpisana",
            published="2021-10-14",
            programme="Cyfrowa Gmina",
            amounts={"grant": "47300"},
            **WOLKA,
        ),
        True,
    ),
    (
        "near-miss: a round sum (a programme's standard grant) within one programme, no body on one side",
        rec("Klub seniora z dotacją z programu Senior+", published="2021-11-02", amounts={"grant": "300000"}),
        rec("Senior+: umowa podpisana", published="2021-10-14", programme="Senior+", amounts={"grant": "300000"}),
        False,
    ),
    (
        "a sum of five significant digits, grosze too, in both: one budget, whatever the headlines say",
        rec("20 dzieci więcej dzięki pieniądzom z EFS", published="2011-08-10", amounts={"eu_share": "41811.50"}),
        rec("Nowy oddział w przedszkolu", published="2011-09-01", amounts={"grant": "41811.50"}, site="news"),
        True,
    ),
    (
        "near-miss: a sum of four significant digits alone (96 480 zł) is no budget's fingerprint",
        rec("Opieka wytchnieniowa w Wólce", published="2021-08-10", amounts={"grant": "96480"}),
        rec("Asystent osobisty w Kupie", published="2021-09-01", amounts={"grant": "96480"}, site="news"),
        False,
    ),
    (
        "one body within a month and one content word: a weak link (a pair alone joins)",
        rec("Wypożyczalnia sprzętu rehabilitacyjnego w Wólce otwarta", published="2023-03-01", **WOLKA),
        rec(
            "Łóżka i wózki z wypożyczalni dla chorych",
            published="2023-03-20",
            implementer="Ośrodek Pomocy Społecznej w Wólce",
            site="ops-wolka",
        ),
        True,
    ),
    (
        "near-miss: one body on one day, one word, two groups it is for (youth / seniors)",
        rec("Klub Młodzieżowy w Wólce", published="2022-04-20", **WOLKA),
        rec("Klub Seniora w Wólce", published="2022-04-20", **WOLKA),
        False,
    ),
    (
        "near-miss: one body and one content word over a month apart",
        rec("Wypożyczalnia sprzętu rehabilitacyjnego w Wólce otwarta", published="2023-03-01", **WOLKA),
        rec("Łóżka i wózki z wypożyczalni dla chorych", published="2023-04-20", **WOLKA),
        False,
    ),
    (
        "near-miss: one round sum and one body in a quarter, no programme both name",
        rec("Gmina Wólka z 640 tys. zł", published="2023-02-16", amounts={"grant": "640000"}, **WOLKA),
        rec("Umowa na 640 tys. zł podpisana", published="2023-04-03", amounts={"grant": "640000"}, **WOLKA),
        False,
    ),
    (
        "one body, a call one record names and a village both headlines name, three months apart",
        rec(
            "Gmina Wólka nagrodzona w konkursie „Małopolska Wieś 2023” – pieniądze pójdą do Zalesia",
            published="2023-07-20",
            programme="Małopolska Wieś 2023",
            amounts={"grant": "40000"},
            **WOLKA,
        ),
        rec("Sala wiejska w Zalesiu odnowiona, mieszkańcy mają nową kuchnię", published="2023-10-25", **WOLKA),
        True,
    ),
    (
        "near-miss: one call and one body, another village",
        rec(
            "Gmina Wólka nagrodzona w konkursie „Małopolska Wieś 2023” – pieniądze pójdą do Zalesia",
            published="2023-07-20",
            programme="Małopolska Wieś 2023",
            **WOLKA,
        ),
        rec("Sala wiejska w Brzózkach odnowiona, mieszkańcy mają nową kuchnię", published="2023-10-25", **WOLKA),
        False,
    ),
    (
        "near-miss: a fund of many projects (an RPO) is no call, one body, one village",
        rec(
            "Unijne pieniądze dla Zalesia",
            published="2023-07-20",
            programme="RPO WM 2014-2020 (małopolskie)",
            **WOLKA,
        ),
        rec("Sala wiejska w Zalesiu odnowiona, mieszkańcy mają nową kuchnię", published="2023-10-25", **WOLKA),
        False,
    ),
    (
        "near-miss: one call, one body, one village, eight months apart",
        rec(
            "Pieniądze z konkursu „Małopolska Wieś” dla Zalesia",
            published="2023-02-20",
            programme="Małopolska Wieś 2023",
            **WOLKA,
        ),
        rec("Sala wiejska w Zalesiu odnowiona, mieszkańcy mają nową kuchnię", published="2023-10-25", **WOLKA),
        False,
    ),
    (
        "a call's edition year and the village hall's news of the next January, a village both name",
        rec(
            "Wyniki konkursu „Świetlice Wiejskie 2023” – dofinansowanie dla Zalesia",
            published="2023-07-14",
            programme="Małopolskie Świetlice Wiejskie",
            **WOLKA,
        ),
        rec("Nowa kuchnia i zmywarka w świetlicy w Zalesiu", published="2024-01-05", site="news"),
        True,
    ),
    (
        "near-miss: the same news in March, past the January that sums up the year before",
        rec(
            "Wyniki konkursu „Świetlice Wiejskie 2023” – dofinansowanie dla Zalesia",
            published="2023-07-14",
            programme="Małopolskie Świetlice Wiejskie",
            **WOLKA,
        ),
        rec("Nowa kuchnia i zmywarka w świetlicy w Zalesiu", published="2024-03-05", site="news"),
        False,
    ),
    (
        "near-miss: water supply and sewers in one village, no works named, one body, three months",
        rec("Wodociąg w Zalesiu – umowa z wykonawcą", published="2023-06-20", **WOLKA),
        rec("Kanalizacja w Zalesiu – przetarg ogłoszony", published="2023-09-22", **WOLKA),
        False,
    ),
    (
        "near-miss: a call's village hall and a pavement in the same village, one body, three months",
        rec(
            "Małopolskie Świetlice Wiejskie 2023: remont świetlicy w Zalesiu z dotacją",
            published="2023-07-20",
            programme="Małopolskie Świetlice Wiejskie",
            **WOLKA,
        ),
        rec("Nowy chodnik w Zalesiu gotowy", published="2023-10-25", **WOLKA),
        False,
    ),
    (
        "one body, a village both name and one object, its works named by one headline only, eight months apart",
        rec("Kanalizacja w Zalesiu coraz bliżej – gmina ma promesę", published="2023-09-20", **WOLKA),
        rec("Umowa z wykonawcą sieci wod-kan w Zalesiu podpisana", published="2024-05-22", **WOLKA),
        True,
    ),
    (
        "near-miss: one body and one village, two objects (a road, a sewer), no works on one side",
        rec("Droga w Zalesiu coraz bliżej – gmina ma promesę", published="2023-09-20", **WOLKA),
        rec("Umowa z wykonawcą sieci wod-kan w Zalesiu podpisana", published="2024-05-22", **WOLKA),
        False,
    ),
    (
        "near-miss: one body and one object, a village only one headline names",
        rec("Kanalizacja coraz bliżej – gmina ma promesę", published="2023-09-20", **WOLKA),
        rec("Umowa z wykonawcą sieci wod-kan w Zalesiu podpisana", published="2024-05-22", **WOLKA),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), CASES, ids=[case[0] for case in CASES])
def test_pair_rule(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
    assert same(b, a) is expected, why


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Zakupy dla seniorów 70+ w Strumieniu", {"seniors"}),
        ("Opieka 75+ – edycja 2021", {"seniors"}),
        ("Klub Młodzieżowy w Gminie Lubanie", {"youth"}),
        ("Wyprawka dla uczniów", {"children"}),
        ("Asystent osobisty osoby niepełnosprawnej", {"disabled"}),
        ("Integracja seniorów i młodzieży", {"seniors", "youth"}),
        ("Remont drogi gminnej", set()),
    ],
)
def test_groups(title: str, found: set[str]) -> None:
    assert groups(" ".join(fold(title).split())) == found


def test_a_weak_link_joins_no_chain() -> None:
    """A weak link (one body, one word, a month) joins a group only when it holds with every record of it: the
    playground's contract and its announcement are one project; a children's day a fortnight later shares a
    word with the announcement only, so it stays apart from the contract and from them both."""
    contract = rec("Plac zabaw – umowa podpisana", published="2023-01-05", amounts={"grant": "123456.78"}, **WOLKA)
    news = rec("Plac zabaw dla dzieci", published="2023-03-01", amounts={"grant": "123456.78"}, site="n", **WOLKA)
    fete = rec("Dzień dziecka w Wólce", published="2023-03-15", site="sp-wolka", **WOLKA)
    assert same(news, fete)  # alone, the weak link joins
    ids = project_id_of([contract, news, fete])
    assert ids[contract.id] == ids[news.id] != ids[fete.id]


@pytest.mark.parametrize("word", sorted(project_objects.WORK_WORDS))
def test_every_work_word_names_a_kind_of_works(word: str) -> None:
    """`scraper.projects` drops these words' stems from a weak link's evidence: each must be a kind of works."""
    assert works(word)


def _titles() -> list[str]:
    """Every headline of the pairs files, folded as the grouping folds it."""
    found = []
    for path in sorted((Path(__file__).parent / "projects").glob("pairs*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line)
            found += [" ".join(fold(pair[side]["title"]).split()) for side in ("a", "b")]
    return found


def _plain(pattern: re.Pattern[str], kinds: tuple[tuple[str, str], ...], folded: str) -> frozenset[str]:
    landmark = project_objects._LANDMARK if pattern is project_objects._OBJECT else None  # "przed remizą"
    return frozenset(
        kinds[int(str(found.lastgroup)[1:])][0]
        for found in pattern.finditer(folded)
        if landmark is None or not landmark.search(folded, max(0, found.start() - 12), found.start())
    )


@pytest.mark.parametrize(
    ("read", "pattern", "kinds"),
    [
        (objects, project_objects._OBJECT, project_objects._OBJECTS),
        (groups, project_objects._GROUP, project_objects._GROUPS),
    ],
    ids=["objects", "groups"],
)
def test_the_literal_prefilters_skip_no_match(
    read: Callable[[str], frozenset[str]], pattern: re.Pattern[str], kinds: tuple[tuple[str, str], ...]
) -> None:
    """`objects` and `groups` skip a title holding none of their cue words; the cue lists are kept by hand beside
    the patterns, so every headline of the pairs files must read the same with the skip and without it."""
    titles = _titles()
    assert len(titles) > 2000
    for folded in titles:
        assert read(folded) == _plain(pattern, kinds, folded), folded


def test_the_works_prefilter_skips_no_match() -> None:
    """`works` reads what the plain pattern reads once the site of works ("placu budowy") is left out."""
    for folded in _titles():
        plain = _plain(project_objects._WORK, project_objects._WORKS, project_objects._SITE_OF_WORKS.sub(" ", folded))
        assert works(folded) == (plain - {"opening"} if len(plain) > 1 else plain), folded


@pytest.mark.parametrize(
    ("title", "levels"),
    [
        ("Przebudowa drogi powiatowej nr 1234W", {"powiat"}),
        ("Rezerwa na drogi powiatowe i gminne", {"powiat", "gmina"}),
        ("Remonty dróg wojewódzkich", {"voivodeship"}),
        ("Na drodze gminnej w Zalesiu", {"gmina"}),
        ("Droga w Zalesiu", set()),
        ("Gminny ośrodek kultury", set()),  # a level, but of no road
    ],
)
def test_road_classes(title: str, levels: set[str]) -> None:
    assert road_classes(fold(title)) == levels
