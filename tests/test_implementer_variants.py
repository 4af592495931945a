"""The implementer's cues with the words Polish puts between their parts (issue 13, s14).

Written for this file (no page's sentence): a determiner before the project's word ("Realizatorem tego zadania
jest …"), the future of "odpowiadać" in either order ("Za realizację zadania odpowiadać będzie …"), the participle as
an aside after a comma ("Projekt, realizowany przez X, …"), a place between the participle and "przez" ("realizowany na
terenie gminy przez …"), a year's "r." between the verb and the project ("X realizowało w 2022 r. zadanie …"). The
near-misses: several tasks realised by many, a year's "r." that ends a sentence, a verb of ending a call, a bare
plural doer.
"""

from __future__ import annotations

import pytest

from extract.organisations import find_implementer

IMPLEMENTERS = [
    pytest.param("Realizatorem tego zadania jest Stowarzyszenie Przyjaciół Lipna.", id="tego-zadania"),
    pytest.param("Realizatorem całego projektu jest Stowarzyszenie Przyjaciół Lipna.", id="calego-projektu"),
    pytest.param("Za realizację zadania odpowiadać będzie Stowarzyszenie Przyjaciół Lipna.", id="odpowiadac-bedzie"),
    pytest.param(
        "Za realizację tego zadania będzie odpowiadać Stowarzyszenie Przyjaciół Lipna.", id="bedzie-odpowiadac"
    ),
    pytest.param("Projekt, realizowany przez Stowarzyszenie Przyjaciół Lipna, kosztuje 5 000 zł.", id="aside-comma"),
    pytest.param(
        "Projekt realizowany na terenie gminy przez Stowarzyszenie Przyjaciół Lipna kosztuje 5 000 zł.",
        id="na-terenie-przez",
    ),
    pytest.param(
        "Program realizowany w gminie Lipno przez Stowarzyszenie Przyjaciół Lipna wspiera seniorów.",
        id="w-gminie-przez",
    ),
    pytest.param("Stowarzyszenie Przyjaciół Lipna realizowało w 2022 r. zadanie „Razem”.", id="year-r-between"),
]

NOT_IMPLEMENTERS = [
    pytest.param(
        "Zadania realizowane w gminie Lipno przez Stowarzyszenie Przyjaciół Lipna kosztują 5 000 zł.",
        id="plural-tasks",
    ),
    pytest.param(
        "Stowarzyszenie Przyjaciół Lipna podsumowało 2022 r. Projekt „Razem” ruszy w maju.", id="year-r-ends-sentence"
    ),
    pytest.param("Gmina Lipno zakończyła nabór wniosków do programu „Razem”.", id="call-ended"),
    pytest.param("Projekty, realizowane przez gminy, kosztują 5 000 zł.", id="bare-plural-doer"),
]


@pytest.mark.parametrize("text", IMPLEMENTERS)
def test_implementer_read_across_the_words_between(text: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == "Stowarzyszenie Przyjaciół Lipna"


@pytest.mark.parametrize("text", NOT_IMPLEMENTERS)
def test_no_implementer(text: str) -> None:
    assert find_implementer(text) is None
