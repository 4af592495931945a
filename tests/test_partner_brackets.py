"""A partner named inside an aside keeps no bracket of the aside ("(w partnerstwie z Gimnazjum w Łubiance)" gave
"Gimnazjum w Łubiance)"); a name's own balanced brackets stay.  Passages invented; the bug was met on a school's
project page.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conventions import record
from extract.partner_names import partner_name

NAMES: list[tuple[str, str]] = [
    ("Gimnazjum w Łubiance)", "Gimnazjum w Łubiance"),
    ("Fundacja Nowy Dom))", "Fundacja Nowy Dom"),
    ("Stowarzyszenie Razem]", "Stowarzyszenie Razem"),
    ("Fundacja Pomocy (Polska)", "Fundacja Pomocy (Polska)"),  # its own brackets, balanced: kept
    ("Stowarzyszenie „Razem” (KGW)", "Stowarzyszenie „Razem” (KGW)"),
]


@pytest.mark.parametrize(("found", "expected"), NAMES)
def test_an_asides_bracket_is_not_part_of_the_name(found: str, expected: str) -> None:
    assert partner_name(found) == expected


PASSAGES: list[tuple[str, set[str]]] = [
    (
        "Szkoła Podstawowa w Łubiance realizuje projekt „Mali odkrywcy” (w partnerstwie z Gimnazjum w Łubiance) "
        "ze środków Unii Europejskiej.",
        {"Gimnazjum w Łubiance"},
    ),
    ("Projekt realizuje Gmina Kikół (we współpracy z Fundacją Nowy Dom).", {"Fundacja Nowy Dom"}),
    ("Gmina poprowadzi festiwal pieśni (w partnerstwie z Zespołem Szkół w Rybnie).", {"Zespół Szkół w Rybnie"}),
    ("Projekt realizuje Gmina Kikół [w partnerstwie z Fundacją Nowy Dom].", {"Fundacja Nowy Dom"}),
]


@pytest.mark.parametrize(("text", "partners"), PASSAGES)
def test_a_partner_in_an_aside(text: str, partners: set[str]) -> None:
    assert {p.name for p in record(text).partners} == partners


@given(st.text(alphabet="abcXYZ ()[]", max_size=30))
def test_a_name_never_ends_in_an_unbalanced_bracket(name: str) -> None:
    out = partner_name("Fundacja " + name)
    assert not (out.endswith(")") and out.count(")") > out.count("("))
    assert not (out.endswith("]") and out.count("]") > out.count("["))
