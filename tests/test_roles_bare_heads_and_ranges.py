"""A body named again by its head word alone as the getter ("szkoła otrzymała", "Jednostka dostała": the one body of
that kind the passage names in full), read only when no stronger wording names a beneficiary; and adverbials between
"realizowany" and "przez" and a date range with its year once ("od 1 marca do 30 listopada 2024 r.") around a verb of
carrying out."""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary, find_implementer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nowe pracownie\n\nSzkoła Podstawowa im. Jana Pawła II w Rybnie ma nowe pracownie. W ramach programu szkoła"
            " otrzymała 60 tys. zł.",
            "Szkoła Podstawowa im. Jana Pawła II w Rybnie",
        ),
        (
            "Nowy wóz\n\nDruhowie z Ochotniczej Straży Pożarnej w Lipnie mają nowy samochód. Jednostka otrzymała"
            " dotację w wysokości 200 tys. zł.",
            "Ochotnicza Straż Pożarna w Lipnie",
        ),
        (
            "Koło Gospodyń Wiejskich w Woli cieszy się z sukcesu. Nasze koło otrzymało grant w kwocie 5 tys. zł.",
            "Koło Gospodyń Wiejskich w Woli",
        ),
        (
            "Biblioteka Publiczna Gminy Rybno kupi książki. Na ten cel biblioteka dostała 12 tys. zł.",
            "Biblioteka Publiczna Gminy Rybno",
        ),
        (
            "Stowarzyszenie Nowy Dom pomaga seniorom. W tym roku stowarzyszenie pozyskało 30 tys. zł dotacji.",
            "Stowarzyszenie Nowy Dom",
        ),
    ],
)
def test_bare_head_getter(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Nowe pracownie\n\nKażda szkoła otrzymała 60 tys. zł. Szkoła Podstawowa w Rybnie kupi drukarki.",  # one of many
        "Stowarzyszenie Razem i Stowarzyszenie Nowy Dom pisały wnioski. Stowarzyszenie otrzymało 20 tys. zł.",  # which?
        "Fundacja Nowy Dom pomaga seniorom. Fundacja zdobędzie 30 tys. zł, jeśli wygra.",  # a hope, not a grant
        "Szkoła Podstawowa w Rybnie ma nowe pracownie. Szkoła otrzymała gratulacje od kuratora.",  # no money
        "Jednostka otrzymała 200 tys. zł na nowy samochód.",  # no fire brigade named
        "Szkoły otrzymały całość kwoty, o którą prosiły, 437 600 zł.",  # a kind's plural alone (b30)
        "Przedszkola dostały dotacje po 20 tys. zł.",
    ],
)
def test_bare_head_names_none(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Projekt „Razem” realizowany jest od stycznia 2024 roku przez Stowarzyszenie Nowy Dom.",
            "Stowarzyszenie Nowy Dom",
        ),
        ("Program jest realizowany w tym roku przez Fundację Razem.", "Fundacja Razem"),
        ("Zadanie realizowane jest od 1 marca do 30 listopada 2024 r. przez Gminę Rybno.", "Gmina Rybno"),
        ("Fundacja Razem od lipca do października 2023 roku realizowała projekt „Lato”.", "Fundacja Razem"),
        ("Projekt realizuje od lipca do grudnia 2024 r. Fundacja Razem.", "Fundacja Razem"),
    ],
)
def test_adverbials_around_a_verb_of_carrying_out(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


def test_adverbials_before_przez_keep_the_task_plural_rule() -> None:
    """Some of the tasks realised by a body are no project it carries out, with a time between too."""
    assert find_implementer("Na zadania realizowane w tym roku przez Fundację Razem przypada 10 tys. zł.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Z dofinansowania skorzystała Szkoła Podstawowa nr 2 w Rybnie.", "Szkoła Podstawowa nr 2 w Rybnie"),
        (
            "Ze wsparcia finansowego skorzystał także Gminny Ośrodek Kultury w Lipnie.",
            "Gminny Ośrodek Kultury w Lipnie",
        ),
        ("Gminny Ośrodek Kultury w Lipnie skorzystał z dotacji na zakup strojów.", "Gminny Ośrodek Kultury w Lipnie"),
        ("Z grantu skorzystało Koło Gospodyń Wiejskich w Woli.", "Koło Gospodyń Wiejskich w Woli"),
        # another unit said to get the money first: it stays the beneficiary, the school only used it
        (
            "Gmina Rybno otrzymała 60 tys. zł. Szkoła Podstawowa w Rybnie skorzystała ze wsparcia finansowego.",
            "Gmina Rybno",
        ),
    ],
)
def test_grant_user(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Z dofinansowania skorzystają: Szkoła Podstawowa nr 1 w Rybnie, Szkoła Podstawowa w Lipnie.",  # several
        "Z dofinansowania skorzystało 40 seniorów.",  # a head count
        "Z dofinansowania w programie skorzystały: Wola, Lipno.",  # villages, several
        "Z programu skorzystała Szkoła Podstawowa nr 2 w Rybnie.",  # a programme, no grant said
        "Ze wsparcia skorzystał Gminny Ośrodek Kultury w Lipnie.",  # support, not money
        "Z dofinansowania skorzystała Szkoła Podstawowa nr 2 w Rybnie oraz Przedszkole nr 1 w Rybnie.",  # two
        "Z dotacji skorzystała m.in. Fundacja Razem.",  # one of several
        "Z okazji skorzystał Jan Kowalski.",  # a person, no grant
    ],
)
def test_grant_user_names_none(text: str) -> None:
    assert find_beneficiary(text) is None
