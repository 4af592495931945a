"""On the seeds' whole text (menus, counters, calendars, related lists, footers) the parsers find
only what is really there: no phone, postcode, counter or calendar day read as money or a date,
and no partner where there is no partnership.  Each expectation was read off the seed by eye."""

from __future__ import annotations

import pytest

from extract import contacts, dates, money, organisations
from seed_texts import SEEDS

EXPECTED_DATES = {
    "000": [
        ("1 kwietnia 2008 r.", "2008-04-01"),
        ("2012-08-06", "2012-08-06"),
    ],  # visitor counter, date entered
    "001": [("04.10.2020 r.", "2020-10-04"), ("31.10.2022 r.", "2022-10-31")],
    "002": [("16 listopad 2018", "2018-11-16")],
    "003": [
        ("31.03.20121 r.", None),
        ("27 kwietnia br.", None),
    ],  # impossible; relative without a reference
    "004": [
        ("2019-01-27", "2019-01-27"),
        ("2019-02-19", "2019-02-19"),
        ("14 lutego 2019 r.", "2019-02-14"),
        ("2019-01-27", "2019-01-27"),
        ("8 lutego 2019 r.", "2019-02-08"),
        ("2019-01-27", "2019-01-27"),
        ("2019-01-27", "2019-01-27"),
    ],
}
EXPECTED_AMOUNTS = {
    "000": [],  # 1.552.911 visitors, 125.710 inhabitants, (77) 441 02 60, 45-315: none is money
    "001": [("grant", "335545.87"), ("eu_share", "301813.75"), ("total_cost", "355075.00")],
    "002": [("grant", "51120")],
    "003": [],  # 068 32 31 880, "15 osób", calendar days
    "004": [],
}
EXPECTED_PARTNERS = {
    "000": [
        ("Regionalny Ośrodek Polityki Społecznej w Opolu", False),
        ("Diecezjalna Fundacja Obrony Życia w Opolu", True),
    ],
    "001": [],
    "002": [],
    "003": [
        ("Regionalny Ośrodek Polityki Społecznej w Zielonej Górze", False),
        ("ROPS województwa kujawsko-pomorskiego", True),
        ("ROPS województwa pomorskiego", False),
        ("ROPS województwa warmińsko-mazurskiego", False),
        ("ROPS województwa wielkopolskiego", False),
        ("ROPS województwa zachodniopomorskiego", False),
        ("Uniwersytet Mikołaja Kopernika w Toruniu", False),
    ],
    "004": [],  # "we współpracy z Caritas" in a related-news teaser is not a partnership
}
EXPECTED_PHONES = {
    "000": ["+48774410260"],
    "001": ["+48774511800"],  # the footer's switchboard
    "002": [],
    "003": ["+48683231880"],
    "004": [],
}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_dates(seed: str) -> None:
    found = [(m.text, m.value.isoformat() if m.value else None) for m in dates.find_dates(SEEDS[seed])]
    assert found == EXPECTED_DATES[seed]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_amounts(seed: str) -> None:
    found, _ = money.find_amounts(SEEDS[seed])
    assert [(m.kind, str(m.value)) for m in found] == EXPECTED_AMOUNTS[seed]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_partners(seed: str) -> None:
    found, _ = organisations.find_partners(SEEDS[seed])
    assert [(p.name, p.lead) for p in found] == EXPECTED_PARTNERS[seed]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_phones(seed: str) -> None:
    assert [p.e164 for p in contacts.find_phones(SEEDS[seed])] == EXPECTED_PHONES[seed]
