"""Adverbials between a subject and its verb (`extract.org_adverbials`): the subject is read back across them, for
the implementer and the beneficiary alike; a name's own capitalised words are never skipped."""

from __future__ import annotations

import pytest

from extract.org_adverbials import adverbials_start
from extract.org_names import subject_before
from extract.organisations import find_beneficiary, find_implementer

GOPS = "Gminny Ośrodek Pomocy Społecznej w Rybnie"


@pytest.mark.parametrize(
    "between",
    [
        "kolejny już rok",
        "już kolejny rok",
        "drugi rok z rzędu",
        "po raz kolejny",
        "po raz trzeci",
        "po raz 3.",
        "od lat",
        "od wielu lat",
        "od kilku lat regularnie",
        "od 2019 roku",
        "od 2019 r.",
        "w 2024 r.",
        "w tym roku",
        "w bieżącym roku również",
        "w latach 2019-2021",
        "w okresie od 1 czerwca 2013r. do 30 kwietnia 2014r.",
        "od 01.03.2021 r. do 31.12.2022 r.",
        "od marca 2024 roku",
        "w marcu",
        "ponownie",
        "również",
        "także w tym roku",
        "nadal",
        "jak co roku",
        "– tak jak w poprzednich latach –",
        "(po raz drugi)",
    ],
)
def test_implementer_across_adverbials(between: str) -> None:
    text = f"{GOPS} {between} realizuje projekt „Aktywni razem” współfinansowany z EFS."
    found = find_implementer(text)
    assert found is not None and found.name == GOPS


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Czernice w okresie od 1 czerwca 2013r. do 30 kwietnia 2014r. realizuje projekt w ramach PROW.",
        "Stowarzyszenie Dobry Start od 2019 r. prowadzi projekt „Razem”.",
        "Fundacja Nowy Dom, jak co roku, realizuje program „Senior+”.",
    ],
)
def test_implementer_variants(text: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name in text and found.name.split()[0] in ("Gmina", "Stowarzyszenie", "Fundacja")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fundacja Nowy Dom po raz trzeci otrzymała dotację w kwocie 5 000 zł.", "Fundacja Nowy Dom"),
        ("Gmina Rybno w 2023 r. otrzymała dofinansowanie 120 000 zł.", "Gmina Rybno"),
        (
            "Stowarzyszenie Przyjaciół Wsi Rybno kolejny rok otrzymało dotację 5 000 zł.",
            "Stowarzyszenie Przyjaciół Wsi Rybno",
        ),
        ("Gminny Ośrodek Kultury w Rybnie – jak co roku – otrzymał grant 8 000 zł.", "Gminny Ośrodek Kultury w Rybnie"),
    ],
)
def test_beneficiary_across_adverbials(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a name's capitalised word is no adverb ("Teraz", "Razem"): nothing skipped
        ("Fundacja Razem Teraz realizuje projekt.", "realizuje"),
        # no adverbial: the verb's own position
        (f"{GOPS} realizuje projekt.", "realizuje"),
        # a year inside a quoted title is no adverbial of the subject (the word before the verb is a quote)
        ("Projekt „Lato 2024” realizuje Fundacja X.", "realizuje"),
        # a start day alone is left out (the in-house label of b07-old-gops-projekt-pokl reads no implementer there)
        ("Gminny Ośrodek Pomocy Społecznej w Rybnie od 1 stycznia 2012 r. realizuje projekt.", "realizuje"),
        # a comma alone is no aside: "A, B realizuje" keeps the comma
        ("Gmina Lipy, Gmina Rudka realizuje projekt.", "realizuje"),
    ],
)
def test_nothing_skipped(text: str, verb: str) -> None:
    at = text.index(verb)
    assert adverbials_start(text, at) == at


def test_traps() -> None:
    # the adverbials are skipped, but the word before them must still be a unit: a person is no implementer
    assert find_implementer("Jan Kowalski od lat realizuje projekt „Razem”.") is None
    # a time phrase opening the sentence leaves no subject before it
    assert subject_before("W tym roku realizuje projekt.", len("W tym roku ")) is None
    # a partner's role in brackets is no aside: "(partner wiodący)" marks a partnership, read by the partners' rules
    text = "Gmina Lipy i Fundacja Rudka (partner wiodący) realizują projekt „Razem”."
    assert adverbials_start(text, text.index("realizują")) == text.index("realizują")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gmina Rybno, podobnie jak w ubiegłym roku, otrzymała dofinansowanie 100 000 zł.", "Gmina Rybno"),
        ("Stowarzyszenie Razem, działające od 2010 roku, otrzymało dotację 5 000 zł.", "Stowarzyszenie Razem"),
        ("Fundacja Nowy Dom, jak co roku, dostała grant 8 000 zł.", "Fundacja Nowy Dom"),
        ("Gmina Rybno ma otrzymać 100 tys. zł na budowę drogi.", "Gmina Rybno"),
        ("Powiat Lipnowski ma dostać 2 mln zł dofinansowania.", "Powiat Lipnowski"),
        # a comitative "wraz z" before a singular verb is no second subject
        ("Fundacja Razem, wraz z partnerską gminą Lipy, otrzymała 5 000 zł.", "Fundacja Razem"),
    ],
)
def test_beneficiary_comma_aside_and_modal(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Rybno może otrzymać do 100 tys. zł dofinansowania.",  # a cap: who may apply, no grant
        "Gmina Rybno, a także gmina Lipy, otrzymały po 5 000 zł.",  # a second subject between commas: no aside
        "Fundacja Razem, wraz z gminą Lipy, otrzymały 5 000 zł.",  # a plural verb: both are its subject
    ],
)
def test_beneficiary_traps(text: str) -> None:
    assert find_beneficiary(text) is None


# The mechanism itself (each text above holds one organisation, which the fallbacks would find without it): the
# subject read back from the verb across the adverbials, and a distractor organisation earlier in the text kept out.
@pytest.mark.parametrize(
    "between",
    [
        "kolejny już rok",
        "drugi rok z rzędu",
        "po raz 3.",
        "od kilku lat regularnie",
        "od 2019 r.",
        "w latach 2019-2021",
        "w okresie od 1 czerwca 2013r. do 30 kwietnia 2014r.",
        "od marca 2024 roku",
        "także w tym roku",
        "jak co roku",
        "– tak jak w poprzednich latach –",
        "(po raz drugi)",
    ],
)
def test_subject_before_across_adverbials(between: str) -> None:
    text = f"Projekt ogłosiła Fundacja Nowy Dom. {GOPS} {between} realizuje projekt „Aktywni razem”."
    assert subject_before(text, text.index(" realizuje") + 1) == GOPS


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        ("Stowarzyszenie Dobry Start od 2019 r. prowadzi projekt „Razem”.", "prowadzi", "Stowarzyszenie Dobry Start"),
        ("Fundacja Nowy Dom po raz trzeci otrzymała dotację.", "otrzymała", "Fundacja Nowy Dom"),
        ("Stowarzyszenie Razem, działające od 2010 roku, otrzymało dotację.", "otrzymało", "Stowarzyszenie Razem"),
        ("Gmina Rybno, podobnie jak w ubiegłym roku, otrzymała środki.", "otrzymała", "Gmina Rybno"),
    ],
)
def test_subject_before_variants(text: str, verb: str, name: str) -> None:
    assert subject_before(text, text.index(verb)) == name
