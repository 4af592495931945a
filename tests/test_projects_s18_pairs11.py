"""Round 19's false merges and misses read as general mechanisms (issue 16, s18-pairs11): each kind with reworded
pairs the rule before got wrong, and pairs of its kind the rule already got right that stay so."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("Przedszkole Niepubliczne ,,Tęczowa Kraina''", {"teczowa kraina"}),  # two commas, two apostrophes
        ("Fundacja ‘’DOBRE SERCE ‘’", {"dobre serce"}),  # two single quotes
        ("Stowarzyszenie „Razem”", {"razem"}),
        ("Gmina Nowa Wieś", set()),
    ],
)
def test_org_quoted_reads_typed_quotes(name: str, quoted: set[str]) -> None:
    assert projects.org_quoted(name) == frozenset(quoted)


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("Muzeum Regionalne w Lesznie", {("muzeu", "reg")}),
        ("Biblioteka Pedagogiczna w Lesznie", {("bibli", "ped")}),
        ("Gminny Ośrodek Kultury w Lesznie", set()),  # a body's kind words say no name
        ("Gmina Leszno", set()),
    ],
)
def test_org_kind_names(name: str, kinds: set[tuple[str, str]]) -> None:
    assert projects.org_kind_names(name) == frozenset(kinds)


MUZEA = {"programme": "Wspieranie działań muzealnych 2022", "published": "2021-12-15", "site": "nimoz"}
PRZEDSZKOLA = {"amounts": {"eu_share": "611204.00", "total_cost": "719064.00"}, "programme": "RPO WP 2014-2020"}
FALSE_MERGES: list[tuple[str, Record, Record, bool]] = [
    (
        "one ministry list, one headline and one sum, two museums of one city: their names differ after the kind",
        rec(
            "Wspieranie działań muzealnych 2022 – wyniki naboru",
            beneficiary="Muzeum Regionalne w Lesznie",
            amounts={"grant": "84350.00"},
            **MUZEA,
        ),
        rec(
            "Wspieranie działań muzealnych 2022 – wyniki naboru",
            beneficiary="Muzeum Okręgowe w Lesznie",
            amounts={"grant": "84350.00"},
            **MUZEA,
        ),
        False,
    ),
    (
        "one museum named once with its seat and once in the genitive without: one body",
        rec(
            "Wspieranie działań muzealnych 2022 – wyniki naboru",
            beneficiary="Muzeum Regionalne w Lesznie",
            amounts={"grant": "84350.00"},
            **MUZEA,
        ),
        rec(
            "Nowe gabloty w Muzeum Regionalnym – dotacja z programu Wspieranie działań muzealnych",
            published="2022-03-02",
            site="muzeum-leszno",
            beneficiary="Muzeum Regionalne w Lesznie",
            programme="Wspieranie działań muzealnych",
            amounts={"grant": "84350.00"},
        ),
        True,
    ),
    (
        "a preschool's project page, its name typed in commas and apostrophes, against another preschool on the list",
        rec(
            "Tęczowa Kraina – nowe miejsca wychowania przedszkolnego dla trzylatków",
            site="teczowa-kraina",
            implementer="Przedszkole Niepubliczne ,,Tęczowa Kraina''",
            period={"start": "2018-09-01", "end": "2020-06-30"},
            **PRZEDSZKOLA,
        ),
        rec(
            "Lista projektów wybranych do dofinansowania – edukacja przedszkolna, RPO WP 2014-2020",
            published="2018-07-20",
            site="rpo-wp",
            beneficiary="Przedszkole Niepubliczne „Wesoły Promyk”",
            **PRZEDSZKOLA,
        ),
        False,
    ),
    (
        "the preschool's page and the list naming that preschool in typographic quotes: one project",
        rec(
            "Tęczowa Kraina – nowe miejsca wychowania przedszkolnego dla trzylatków",
            site="teczowa-kraina",
            implementer="Przedszkole Niepubliczne ,,Tęczowa Kraina''",
            period={"start": "2018-09-01", "end": "2020-06-30"},
            **PRZEDSZKOLA,
        ),
        rec(
            "Lista projektów wybranych do dofinansowania – edukacja przedszkolna, RPO WP 2014-2020",
            published="2018-07-20",
            site="rpo-wp",
            beneficiary="Przedszkole Niepubliczne „Tęczowa Kraina”",
            **PRZEDSZKOLA,
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), FALSE_MERGES, ids=[case[0][:60] for case in FALSE_MERGES])
def test_round19s_false_merges_of_two_bodies_of_one_kind(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "lifts"),
    [
        ("Zapytanie ofertowe: dostawa sprzętu do pracowni ceramicznej", True),  # an estimate, as a tender's
        ("Wybór wykonawcy przebudowy świetlicy w Dąbrówce", True),
        ("Przetarg nieograniczony na budowę chodnika", True),
        ("Rozliczenie dotacji na remont remizy", True),
        ("Nowe wyposażenie pracowni ceramicznej", False),
    ],
)
def test_a_request_for_quotes_states_an_estimate(title: str, lifts: bool) -> None:
    assert projects.settles(title) is lifts


MUZEUM = {"beneficiary": "Muzeum Regionalne w Lesznie"}
ESTIMATES: list[tuple[str, Record, Record, bool]] = [
    (
        "a museum's request for quotes, its estimate 7 % under the cost the voivodeship's news gives, three weeks on",
        rec(
            "Zapytanie ofertowe: dostawa sprzętu do pracowni ceramicznej – Muzeum Regionalne",
            published="2022-05-10",
            site="bip-muzeum-leszno",
            amounts={"total_cost": "92000.00"},
            **MUZEUM,
        ),
        rec(
            "Województwo współfinansuje sprzęt dla pracowni ceramicznej w Lesznie",
            published="2022-04-20",
            site="umww",
            amounts={"total_cost": "98614.20"},
            **MUZEUM,
        ),
        True,
    ),
    (
        "the same request for quotes against a cost a quarter higher: two budgets",
        rec(
            "Zapytanie ofertowe: dostawa sprzętu do pracowni ceramicznej – Muzeum Regionalne",
            published="2022-05-10",
            site="bip-muzeum-leszno",
            amounts={"total_cost": "92000.00"},
            **MUZEUM,
        ),
        rec(
            "Województwo współfinansuje sprzęt dla pracowni ceramicznej w Lesznie",
            published="2022-04-20",
            site="umww",
            amounts={"total_cost": "121480.20"},
            **MUZEUM,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), ESTIMATES, ids=[case[0][:60] for case in ESTIMATES])
def test_a_request_for_quotes_estimate_against_the_cost(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "editions"),
    [
        ("Nowe miejsca w przedszkolu dla dzieci w wieku 3-4 lata", set()),  # an age range, no edition
        ("Nabór dzieci 5-6 letnich do projektu", set()),
        ("Zajęcia dla 10-12 uczniów – Trudny start 2", {2}),
        ("Etap 2 przebudowy drogi", {2}),
    ],
)
def test_a_range_of_ages_or_counts_is_no_edition(title: str, editions: set[int]) -> None:
    assert projects.edition_numbers(title) == frozenset(editions)


SLONECZKO = {"amounts": {"eu_share": "488110.00", "total_cost": "574248.00"}, "programme": "RPO WL 2014-2020"}
PROPER_NAMES: list[tuple[str, Record, Record, bool]] = [
    (
        "the managing authority's list naming the preschool with its kind words and quotes, the news by its name alone",
        rec(
            "Lista projektów wybranych do dofinansowania – wychowanie przedszkolne, RPO WL 2014-2020",
            published="2018-04-12",
            site="rpo-lubelskie",
            beneficiary="Niepubliczne Przedszkole Integracyjne „Wesołe Słoneczko”",
            **SLONECZKO,
        ),
        rec(
            "Wesołe Słoneczko otworzy nowy oddział dla przedszkolaków",
            published="2018-06-01",
            site="lubelskie-news",
            implementer="Wesołe Słoneczko",
            amounts={"eu_share": "488000"},
        ),
        True,
    ),
    (
        "the preschool's own page with its name and the recruitment's age range against the list: one project",
        rec(
            "Wesołe Słoneczko – nowe miejsca wychowania przedszkolnego dla dzieci w wieku 3-4 lata",
            site="wesole-sloneczko",
            implementer="Niepubliczne Przedszkole Integracyjne „Wesołe Słoneczko”",
            period={"start": "2018-09-01", "end": "2020-06-30"},
            **SLONECZKO,
        ),
        rec(
            "Lista projektów wybranych do dofinansowania – wychowanie przedszkolne, RPO WL 2014-2020",
            published="2018-04-12",
            site="rpo-lubelskie",
            beneficiary="Niepubliczne Przedszkole Integracyjne „Wesołe Słoneczko”",
            **SLONECZKO,
        ),
        True,
    ),
    (
        "a quoted name of two words only half in the other name (Słoneczko): two bodies may bear it",
        rec(
            "Lista projektów wybranych do dofinansowania – wychowanie przedszkolne, RPO WL 2014-2020",
            published="2018-04-12",
            site="rpo-lubelskie",
            beneficiary="Niepubliczne Przedszkole Integracyjne „Wesołe Słoneczko”",
            **SLONECZKO,
        ),
        rec(
            "Słoneczko otworzy nowy oddział dla dzieci w wieku 3-4 lata",
            published="2018-06-01",
            site="lubelskie-news",
            implementer="Słoneczko",
            amounts={"eu_share": "488000"},
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PROPER_NAMES, ids=[case[0][:60] for case in PROPER_NAMES])
def test_a_body_named_by_its_quoted_name_alone(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


BORY = {"beneficiary": "Gmina Borówno"}
SETTLED: list[tuple[str, Record, Record, bool]] = [
    (
        "the gmina's undated page of a fund's grant to be spent by the end of 2022 and the council's act of 2020",
        rec(
            "Dofinansowanie ze środków Rządowego Funduszu Inwestycji Lokalnych",
            site="borowno",
            programme="Rządowy Fundusz Inwestycji Lokalnych",
            period={"end": "2022-12-31"},
            amounts={"grant": "2084517"},
        ),
        rec(
            "Uchwała w sprawie zmian budżetu Gminy Borówno na 2020 rok – środki z Funduszu Przeciwdziałania COVID-19",
            published="2020-10-14",
            site="bip-borowno",
            amounts={"grant": "2084517.00"},
            **BORY,
        ),
        True,
    ),
    (
        "the council's act of 2020 and the gmina's settlement of the very grant two years and a quarter later",
        rec(
            "Uchwała w sprawie zmian budżetu Gminy Borówno na 2020 rok – środki z Funduszu Przeciwdziałania COVID-19",
            published="2020-10-14",
            site="bip-borowno",
            amounts={"grant": "2084517.00"},
            **BORY,
        ),
        rec(
            "Rozliczenie środków RFIL: przebudowa dróg gminnych w Borównie",
            published="2023-01-20",
            site="borowno",
            programme="Rządowy Fundusz Inwestycji Lokalnych",
            amounts={"grant": "2084517.00", "total_cost": "2390115.70"},
            **BORY,
        ),
        True,
    ),
    (
        "the same act against a news item two years and a quarter later with that sum but no settling headline",
        rec(
            "Uchwała w sprawie zmian budżetu Gminy Borówno na 2020 rok – środki z Funduszu Przeciwdziałania COVID-19",
            published="2020-10-14",
            site="bip-borowno",
            amounts={"grant": "2084517.00"},
            **BORY,
        ),
        rec(
            "Nowe drogi gminne w Borównie z funduszu rządowego",
            published="2023-01-20",
            site="borowno",
            amounts={"grant": "2084517.00"},
            **BORY,
        ),
        False,
    ),
    (
        "a settlement against an act of another year with a round sum of two significant digits: two grants",
        rec(
            "Uchwała w sprawie zmian budżetu Gminy Borówno na 2020 rok – środki z Funduszu Przeciwdziałania COVID-19",
            published="2020-10-14",
            site="bip-borowno",
            amounts={"grant": "1200000.00"},
            **BORY,
        ),
        rec(
            "Rozliczenie środków RFIL: przebudowa dróg gminnych w Borównie",
            published="2023-01-20",
            site="borowno",
            programme="Rządowy Fundusz Inwestycji Lokalnych",
            amounts={"grant": "1200000.00"},
            **BORY,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), SETTLED, ids=[case[0][:60] for case in SETTLED])
def test_a_half_open_period_and_a_settled_grant_years_on(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


SEATS: list[tuple[str, Record, Record, bool]] = [
    (
        "a museum's request for quotes and the voivodeship's news naming the town the museum's name holds as its seat",
        rec(
            "Zapytanie ofertowe: dostawa regałów do magazynu zbiorów – Muzeum Regionalne",
            published="2022-05-10",
            site="bip-muzeum-leszno",
            beneficiary="Muzeum Regionalne w Lesznie",
            amounts={"total_cost": "61500.00"},
        ),
        rec(
            "Województwo pomoże wyposażyć magazyn zbiorów w Lesznie",
            published="2022-04-20",
            site="umww",
            beneficiary="Muzeum Regionalne",
            amounts={"total_cost": "64870.15"},
        ),
        True,
    ),
    (
        "the same request for quotes against the news naming another town: a branch elsewhere",
        rec(
            "Zapytanie ofertowe: dostawa regałów do magazynu zbiorów – Muzeum Regionalne",
            published="2022-05-10",
            site="bip-muzeum-leszno",
            beneficiary="Muzeum Regionalne w Lesznie",
            amounts={"total_cost": "61500.00"},
        ),
        rec(
            "Województwo pomoże wyposażyć magazyn zbiorów w Rydzynie",
            published="2022-04-20",
            site="umww",
            beneficiary="Muzeum Regionalne",
            amounts={"total_cost": "64870.15"},
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), SEATS, ids=[case[0][:60] for case in SEATS])
def test_a_place_the_other_bodys_name_holds_is_matched(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


AOON = {"programme": "Asystent osobisty osoby niepełnosprawnej – edycja 2023", "published": "2023-01-25"}
UNIT_BODIES: list[tuple[str, Record, Record, bool]] = [
    (
        "news naming no body but a powiat by its unit word in its headline, and the ministry's list of the edition",
        rec(
            "Powiat Zwoleński znów złożył wniosek do programu „Asystent osobisty osoby niepełnosprawnej” na 2023 r.",
            site="radio-zwolen",
            programme="Asystent osobisty osoby z niepełnosprawnością",
        ),
        rec(
            "Lista rekomendowanych wniosków – Asystent osobisty osoby niepełnosprawnej, edycja 2023",
            site="gov-mrips",
            beneficiary="Powiat Zwoleński",
            amounts={"grant": "356880.00"},
            **AOON,
        ),
        True,
    ),
    (
        "the same news naming another powiat by its unit word: another applicant",
        rec(
            "Powiat Lipski znów złożył wniosek do programu „Asystent osobisty osoby niepełnosprawnej” na 2023 r.",
            site="radio-zwolen",
            programme="Asystent osobisty osoby z niepełnosprawnością",
        ),
        rec(
            "Lista rekomendowanych wniosków – Asystent osobisty osoby niepełnosprawnej, edycja 2023",
            site="gov-mrips",
            beneficiary="Powiat Zwoleński",
            amounts={"grant": "356880.00"},
            **AOON,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), UNIT_BODIES, ids=[case[0][:60] for case in UNIT_BODIES])
def test_a_body_a_headline_names_by_its_level(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("site", "body", "whose"),
    [
        ("borowno", "Gmina Borówno", True),  # the site is the gmina's name and nothing else
        ("gops-wierzchoslawice", "Gminny Ośrodek Pomocy Społecznej w Wierzchosławicach", True),  # a case apart
        ("wesole-sloneczko", "Niepubliczne Przedszkole „Wesołe Słoneczko”", True),  # the name the body quotes
        ("gmina-borowno-0402022", "Gmina Borówno", True),  # a registry id: kind, name and a rural gmina's TERYT
        ("pcpr-monki", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Mońkach", False),  # a powiat's site
        ("um-raciaz", "Gmina Raciąż", False),  # a town's office, the rural gmina of that name
        ("news-monki", "Gmina Mońki", False),  # a portal's word beside the name
        ("cus-trzcianka", "Gmina Trzcianne", False),  # another kind, another place of one stem
        ("pcpr-piaseczno", "Powiat Piski", False),  # "piaseczno" is no case of "piski"
    ],
)
def test_a_site_named_after_a_body(site: str, body: str, whose: bool) -> None:
    assert projects._site_of(site, projects._facts(rec("Aktualności", beneficiary=body))) is whose


DOMEK = {"site": "wesole-sloneczko", "period": {"start": "2018-09-01", "end": "2020-06-30"}}
SITE_BODIES: list[tuple[str, Record, Record, bool]] = [
    (
        "the preschool's site, a recruitment notice naming no body, and its project page naming the preschool",
        rec(
            "Rekrutacja do projektu: nowe miejsca dla przedszkolaków – rok szkolny 2018/2019",
            programme="RPO WL",
            **DOMEK,
        ),
        rec(
            "Wesołe Słoneczko – nowe miejsca wychowania przedszkolnego dla trzylatków",
            implementer="Niepubliczne Przedszkole Integracyjne „Wesołe Słoneczko”",
            programme="RPO WL 2014-2020",
            amounts={"eu_share": "488110.00"},
            **DOMEK,
        ),
        True,
    ),
    (
        "the same notice on a portal's site: whose preschool it is, nothing says",
        rec(
            "Rekrutacja do projektu: nowe miejsca dla przedszkolaków – rok szkolny 2018/2019",
            programme="RPO WL",
            site="lubelskie-news",
            period={"start": "2018-09-01", "end": "2020-06-30"},
        ),
        rec(
            "Wesołe Słoneczko – nowe miejsca wychowania przedszkolnego dla trzylatków",
            implementer="Niepubliczne Przedszkole Integracyjne „Wesołe Słoneczko”",
            programme="RPO WL 2014-2020",
            amounts={"eu_share": "488110.00"},
            **DOMEK,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), SITE_BODIES, ids=[case[0][:60] for case in SITE_BODIES])
def test_a_page_naming_no_body_on_its_bodys_site(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
