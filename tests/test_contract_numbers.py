"""Contract numbers (extract.contract_numbers): formats seen on project pages, one spelling each, and look-alikes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import contract_numbers
from extract.contract_numbers import find_contract_number, normalise_contract


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # formats seen on project pages
        ("Numer umowy: RPOP.08.01.00-16-0001/20", "RPOP.08.01.00-16-0001/20"),
        ("na podstawie umowy nr POWR.02.05.00-00-0320/19-00 z dnia 31.12.2019 r.", "POWR.02.05.00-00-0320/19-00"),
        ("Nr projektu: RPDS.09.02.01-02-0001/19.", "RPDS.09.02.01-02-0001/19"),
        ("umowa FEOP.06.01-IZ.00-0001/23", "FEOP.06.01-IZ.00-0001/23"),
        ("POKL.07.01.01-16-012/09", "POKL.07.01.01-16-012/09"),
        # normalised: one spelling per number
        ("umowa nr rpop.08.01.00-16-0001/20", "RPOP.08.01.00-16-0001/20"),
        ("umowa nr RPOP.08.01.00 - 16 - 0001/20", "RPOP.08.01.00-16-0001/20"),
        # the first of several
        ("RPOP.08.01.00-16-0001/20 oraz RPOP.08.01.00-16-0002/20", "RPOP.08.01.00-16-0001/20"),
        # negatives: not a contract number
        ("Działanie 8.1, oś VIII", None),
        ("tel. 77 441 02 60, NIP 754-10-12-345", None),
        ("RPO WO 2014-2020", None),
        ("konto 12 1020 3147 0000 1234 5678 9012", None),
        ("RPOP.08.01.00-16-0001/2020x", None),
        ("", None),
    ],
)
def test_contract_number(text: str, number: str | None) -> None:
    assert find_contract_number(text) == number


@given(st.text(max_size=400))
def test_never_raises_and_gives_one_spelling(text: str) -> None:
    found = find_contract_number(text)
    if found is not None:
        assert found == normalise_contract(found) and not re.search(r"\s", found)


@given(st.sampled_from(["rpop", "RPOP", "Rpop"]), st.sampled_from(["", " "]))
def test_spelling_does_not_change_the_number(prefix: str, space: str) -> None:
    text = f"umowa nr {prefix}.08.01.00{space}-{space}16{space}-{space}0001/20 z dnia"
    assert find_contract_number(text) == "RPOP.08.01.00-16-0001/20"


# Numbers and near misses: each slot of the format, right or wrong.
SLOTS = [
    ["RPOP", "powr", "FEOP", "XYZ"],
    [".", " . "],
    ["08.01", "08.01.00", "8.01"],
    ["-", " - ", "–"],
    ["16", "IZ.00"],
    ["-", " - "],
    ["0001", "012", "1"],
    ["/", "\\"],
    ["20", "2020"],
    ["", "-00", "x", " r."],
]


@given(st.tuples(*(st.sampled_from(slot) for slot in SLOTS)).map("".join))
def test_the_quick_look_never_hides_a_number(text: str) -> None:
    """`_YEAR_SUFFIX` only skips texts the full pattern cannot match."""
    match = contract_numbers._CONTRACT.search(text)
    assert find_contract_number(text) == (normalise_contract(match.group(1)) if match else None)
