"""Lower-case words inside a name (`extract.org_names._lower_in_name`): a purpose's genitive after "na rzecz" right
after a body's head, the genitive after "Przyjaciół" / "Miłośników", an organ's unit with its adjective of place; the
name stops at a verb, at the next body and where "na rzecz" follows a whole name."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.org_names import org_run, subject_before
from extract.organisations import find_beneficiary, find_implementer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Stowarzyszenie na Rzecz rozwoju wsi Orzeszków i współfinansowane",
            "Stowarzyszenie na Rzecz rozwoju wsi Orzeszków",
        ),
        ("Stowarzyszenie na rzecz rozwoju wsi Orzeszków.", "Stowarzyszenie na rzecz rozwoju wsi Orzeszków"),
        ("Stowarzyszenia na rzecz rozwoju wsi Orzeszków otrzymało", "Stowarzyszenia na rzecz rozwoju wsi Orzeszków"),
        (
            "Fundacji na rzecz osób niepełnosprawnych „Razem” w Rybnie przyznano",
            "Fundacji na rzecz osób niepełnosprawnych „Razem” w Rybnie",
        ),
        ("Fundacja na rzecz osób niepełnosprawnych realizuje", "Fundacja na rzecz osób niepełnosprawnych"),
        (
            "Stowarzyszenie na rzecz dzieci i młodzieży Razem w Rybnie prowadzi",
            "Stowarzyszenie na rzecz dzieci i młodzieży Razem w Rybnie",
        ),
        ("Polskie Towarzystwo na rzecz ochrony przyrody oraz", "Polskie Towarzystwo na rzecz ochrony przyrody"),
        ("Towarzystwo Przyjaciół dzieci w Rybnie zorganizowało", "Towarzystwo Przyjaciół dzieci w Rybnie"),
        ("Stowarzyszenie Miłośników ziemi rybnickiej zorganizowało", "Stowarzyszenie Miłośników ziemi rybnickiej"),
        ("Komitet Wykonawczy rejonu oszmiańskiego oraz samorząd", "Komitet Wykonawczy rejonu oszmiańskiego"),
        ("Samorząd rejonu wileńskiego razem z partnerami", "Samorząd rejonu wileńskiego"),
        ("Administracja rejonu solecznickiego podpisała", "Administracja rejonu solecznickiego"),
        # traps: the name stops where its lower-case words stop being a name's
        ("Gmina Rybno na rzecz seniorów realizuje", "Gmina Rybno"),  # "na rzecz" after a whole name: the clause's
        ("Fundacja Nowy Dom na rzecz dzieci prowadzi", "Fundacja Nowy Dom"),
        ("Zarząd powiatu zdecydował", "Zarząd"),  # no adjective of place after the unit
        ("Stowarzyszenie na rzecz dzieci prowadziło zajęcia", "Stowarzyszenie na rzecz dzieci"),  # a verb ends it
        ("Stowarzyszenie na rzecz dzieci otrzymała", "Stowarzyszenie na rzecz dzieci"),
        ("Komitet Wykonawczy rejonu zdecydował", "Komitet Wykonawczy"),
    ],
)
def test_name_boundaries(text: str, name: str) -> None:
    run = org_run(text)
    assert run is not None and run.text == name


def test_roles_with_lower_case_names() -> None:
    text = "Zadanie „Dobry czas” jest realizowane przez Stowarzyszenie na Rzecz rozwoju wsi Orzeszków i współfinansowane ze środków Gminy Wińsko."
    found = find_implementer(text)
    assert found is not None and found.name == "Stowarzyszenie na Rzecz rozwoju wsi Orzeszków"
    found = find_implementer("Fundacja na rzecz osób niepełnosprawnych od lat prowadzi projekt „Razem”.")
    assert found is not None and found.name == "Fundacja na rzecz osób niepełnosprawnych"
    found = find_beneficiary("Stowarzyszenie na rzecz rozwoju wsi Orzeszków otrzymało dotację 5 000 zł.")
    assert found is not None and found.name == "Stowarzyszenie na rzecz rozwoju wsi Orzeszków"
    found = find_implementer("Towarzystwo Przyjaciół dzieci realizuje projekt „Razem”.")
    assert found is not None and found.name == "Towarzystwo Przyjaciół dzieci"


@pytest.mark.parametrize("friends", ["Przyjaciół", "Miłośników", "Sympatyków"])
def test_subject_with_every_friends_word(friends: str) -> None:
    # the subject reader's gate is built from `_lower_in_name`'s own words: each of them reaches the verb
    text = f"Towarzystwo {friends} zwierząt domowych prowadzi projekt."
    assert subject_before(text, text.index("prowadzi")) == f"Towarzystwo {friends} zwierząt domowych"


def test_subject_traps() -> None:
    # a lower-case tail that is no part of a name: no subject
    text = "Pieniądze na rzecz dzieci realizuje"
    assert subject_before(text, text.index("realizuje")) is None
    # the project area in the clause is no name: "mieszkańcy gminy rybnickiej" has no organ head
    text = "Mieszkańcy gminy rybnickiej otrzymali"
    assert subject_before(text, text.index("otrzymali")) is None
