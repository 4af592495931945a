"""The means named between an implementer and its verb ("GOPS w X ze środków Funduszu Y realizuje", "… dzięki dotacji
…", "… na podstawie umowy z Wojewodą …", "… przy wsparciu finansowym Wojewody …"): the phrase may hold capitalised
names, so the adverbials' reading (lower-case words only) does not skip it; the subject is the name before it."""

from __future__ import annotations

import pytest

from extract.organisations import find_implementer

MOPS = "Miejski Ośrodek Pomocy Społecznej w Rybniku"


@pytest.mark.parametrize(
    "means",
    [
        "ze środków Funduszu Solidarnościowego",
        "dzięki dotacji",
        "dzięki wsparciu Wojewody Śląskiego",
        "na podstawie umowy z Wojewodą Śląskim",
        "przy wsparciu finansowym Wojewody Śląskiego",
        "przy wsparciu Gminy Rybnik",
        "z dotacji celowej z budżetu państwa",
        "w ramach Funduszu Solidarnościowego",
    ],
)
def test_found(means: str) -> None:
    found = find_implementer(f"{MOPS} {means} realizuje program „Opieka wytchnieniowa”.")
    assert found is not None and found.name == MOPS


@pytest.mark.parametrize(
    "text",
    [
        # the means open the sentence: no subject stands before them, and the one after them is the implementer
        "Dzięki dotacji Wojewody Śląskiego Stowarzyszenie Razem realizuje program „Opieka wytchnieniowa”.",
        "W ramach Funduszu Solidarnościowego Stowarzyszenie Razem realizuje program „Opieka wytchnieniowa”.",
    ],
)
def test_subject_after_fronted_means(text: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == "Stowarzyszenie Razem"


def test_no_unit_before_the_means() -> None:
    assert find_implementer("Wszyscy dzięki dotacji Wojewody realizujemy program „Opieka wytchnieniowa”.") is None


GOPS = "Gminny Ośrodek Pomocy Społecznej w Rybnie"


@pytest.mark.parametrize(
    "text",
    [
        # the unit a gmina works through is the implementer wherever the sentence names it
        "Gmina Rybno realizuje program „Senior+” za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Rybnie.",
        "Gmina Rybno za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Rybnie realizuje program „Senior+”.",
        "Gmina Rybno, za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Rybnie, realizuje program „Senior+”.",
        f"Gmina Rybno poprzez {GOPS} realizuje program „Senior+”.",
        f"Program „Opieka 75+” realizuje Gmina Rybno poprzez {GOPS}.",
    ],
)
def test_through_the_unit(text: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == GOPS


def test_through_in_another_sentence() -> None:
    text = "Gmina Rybno realizuje program „Senior+”. Wnioski przyjmujemy za pośrednictwem poczty."
    found = find_implementer(text)
    assert found is not None and found.name == "Gmina Rybno"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Projekt zrealizował Samorząd Województwa Pomorskiego.", "Województwo Pomorskie"),
        ("Samorząd Powiatu Kolneńskiego realizuje projekt „E-usługi”.", "Powiat Kolneński"),
        ("Projekt realizuje Samorząd Gminy Rybno.", "Gmina Rybno"),
        ("Projekt realizują Władze Powiatu Lipnowskiego.", "Powiat Lipnowski"),
    ],
)
def test_self_government_is_its_unit(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


ROPS = "Regionalny Ośrodek Polityki Społecznej w Rzeszowie"


@pytest.mark.parametrize(
    "text",
    [
        # the lead's role with no commas, then its company, then an adverbial of time before the project
        f"{ROPS} jako Lider wspólnie z Regionalnym Ośrodkiem Polityki Społecznej w Kielcach prowadzi w okresie od "
        "01.01.2020 do 31.07.2021. projekt partnerski pt. „Kompetencje plus”.",
        f"{ROPS} jako Lider prowadzi projekt partnerski pt. „Kompetencje plus”.",
        f"{ROPS} prowadzi w okresie od 01.01.2020 do 31.07.2021 projekt „Kompetencje plus”.",
        f"{ROPS} realizuje od 1 marca do 30 czerwca 2021 r. projekt „Kompetencje plus”.",
    ],
)
def test_lead_role_and_time_between(text: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == ROPS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # review of s18: an office works through its centre too; a fronted phrase's intermediary is no implementer
        ("Urząd Gminy w Rybnie za pośrednictwem GOPS realizuje program „Posiłek w szkole i w domu”.", "GOPS"),
        (
            "Urząd Miasta Lipna poprzez Miejski Ośrodek Pomocy Społecznej realizuje program „Senior+”.",
            "Miejski Ośrodek Pomocy Społecznej",
        ),
        (
            "Ze środków otrzymanych za pośrednictwem Mazowieckiej Jednostki Wdrażania Programów Unijnych Gmina Rybno "
            "realizuje projekt „Cyfrowa szkoła”.",
            "Gmina Rybno",
        ),
    ],
)
def test_review_through(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


def test_an_office_after_the_verb_works_through_its_centre() -> None:
    text = "Program „Senior+” realizuje Urząd Gminy w Rybnie poprzez Gminny Ośrodek Pomocy Społecznej w Rybnie."
    found = find_implementer(text)
    assert found is not None and found.name == "Gminny Ośrodek Pomocy Społecznej w Rybnie"


def test_a_genitive_before_the_means_is_no_subject() -> None:
    text = "Rodzice uczniów Szkoły Podstawowej w Rybnie za pośrednictwem Rady Rodziców realizują projekt „Droga”."
    assert find_implementer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "GOPS w Rybnie " + "jako Lider wspólnie z Fundacją X " * 5000 + "prowadzi projekt „Y”.",
        "Gmina Rybno " + "w ramach programu X (po raz trzeci) " * 4500 + "realizuje projekt „Y”.",
        "dzięki dotacji Wojewody – jak co roku – " * 4500,
    ],
)
def test_a_run_on_sentence_ends_the_reading(text: str) -> None:
    find_implementer(text)  # no RecursionError: the steps back are bounded


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short title with no quotes between the item and its participle (b32b)
        ("Projekt (Od)Nowa realizowany przez Fundację Kaktus odpowiada temu celowi.", "Fundacja Kaktus"),
        ("Projekt Nowa Szansa realizowany przez Fundację Kaktus odpowiada temu celowi.", "Fundacja Kaktus"),
        # a BIP's "podaje do wiadomości, że" as "informuje, że" (b32a)
        (
            "Miejski Ośrodek Pomocy Społecznej w Jordanowie podaje do wiadomości, że prowadzi „Program Asystent "
            "rodziny w 2023 r.”.",
            "Miejski Ośrodek Pomocy Społecznej w Jordanowie",
        ),
    ],
)
def test_untitled_item_and_notice(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


def test_a_lower_case_word_is_no_title() -> None:
    # the participle's own clause with no "przez": no implementer
    assert find_implementer("Projekt bardzo potrzebny realizowany będzie w 2024 roku.") is None
