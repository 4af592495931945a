"""The period and published conventions of tests/realtext/README.md, rule by rule, in invented sentences.

`period` is the project's realisation period only (an extension moves its end), never a programme's
years, a call window, an application deadline or a publication date.  `published` is the date the
passage prints as its publication date, else the date in the URL path; an event's date never is.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import period, record

D = date

# A rule reading these as the programme's dates (a sentence whose subject is the programme) was tried: tune +1
# fully right, check level, but `scrape evaluate --check tests/evaluation_baseline.json` failed its period floors,
# so it was taken out (commit 5a5d62c, reverted).
_PROGRAMME_DATES = pytest.mark.xfail(
    strict=True, reason="a programme's own dates in a sentence it is the subject of are read as the period"
)

PERIODS = [
    # the realisation period, in the phrasings real pages use
    ("Projekt realizowany jest od 1 marca 2023 r. do 31 grudnia 2024 r.", (D(2023, 3, 1), D(2024, 12, 31))),
    ("Okres realizacji projektu: 01.02.2022 – 30.11.2022.", (D(2022, 2, 1), D(2022, 11, 30))),
    ("Zadanie będzie realizowane w okresie od 15.04.2024 r. do 15.10.2024 r.", (D(2024, 4, 15), D(2024, 10, 15))),
    ("Termin realizacji zadania: od 1 lipca do 30 września 2021 r.", (D(2021, 7, 1), D(2021, 9, 30))),
    ("Projekt potrwa od maja do października 2023 roku.", (D(2023, 5, 1), D(2023, 10, 31))),
    ("Zajęcia w ramach projektu prowadzone będą w latach 2019-2021.", (D(2019, 1, 1), D(2021, 12, 31))),
    ("Projekt realizowany jest w roku szkolnym 2023/2024.", (D(2023, 9, 1), D(2024, 8, 31))),
    ("Projekt realizowany jest w Roku Szkolnym 2023/2024.", (D(2023, 9, 1), D(2024, 8, 31))),
    ("Czas trwania projektu: 1.09.2020 - 31.08.2022.", (D(2020, 9, 1), D(2022, 8, 31))),
    ("Realizacja zadania rozpocznie się 1.06.2025 r. i potrwa do 30.09.2025 r.", (D(2025, 6, 1), D(2025, 9, 30))),
    # an extension moves the end
    (
        "Projekt realizowany był od 1.01.2020 r. do 31.12.2020 r. Aneksem okres realizacji przedłużono "
        "do 30.06.2021 r.",
        (D(2020, 1, 1), D(2021, 6, 30)),
    ),
    (
        "Okres realizacji: 01.03.2021 – 31.12.2021. Termin zakończenia projektu wydłużono do 31.03.2022 r.",
        (D(2021, 3, 1), D(2022, 3, 31)),
    ),
    # a bare year with a verb of running the project is the whole year; one naming the funding or an edition is none
    ("W roku 2022 Ośrodek realizował projekt „Razem”.", (D(2022, 1, 1), D(2022, 12, 31))),
    ("Projekt realizowany będzie w 2025 roku.", (D(2025, 1, 1), D(2025, 12, 31))),
    ("W 2024 r. Ośrodek Pomocy Społecznej w Lipnie realizuje program „Razem”.", (D(2024, 1, 1), D(2024, 12, 31))),
    ("W 2023 r. Gminny Ośrodek Pomocy Społecznej w Nowym Lipnie prowadzi zajęcia.", (D(2023, 1, 1), D(2023, 12, 31))),
    ("W 2024 r. Ośrodek Pomocy Społecznej w Lipnie otrzymał dotację, a zadanie realizuje szkoła.", None),
    ("Gmina Lipno otrzymała dotację na 2024 rok.", None),
    ("W 2019 roku Biblioteka Publiczna w Lipnie dostała dotację na zakup książek.", None),
    ("Program „Senior+” na rok 2023 realizuje Gmina Lipno.", None),
    # months without days, Roman months, figures with the year once
    ("Termin realizacji projektu: 01.2023 – 12.2023.", (D(2023, 1, 1), D(2023, 12, 31))),
    ("Działania potrwają od marca 2024 do lutego 2025.", (D(2024, 3, 1), D(2025, 2, 28))),
    ("Zadanie zrealizowano w terminie 03.05-28.09.2023.", (D(2023, 5, 3), D(2023, 9, 28))),
    # an extension alone: the work's end, no start printed; not a call's deadline nor a lease
    ("Okres realizacji projektu przedłużono do 31.12.2022 r.", (None, D(2022, 12, 31))),
    ("Realizację zadania wydłużono do 30 czerwca 2023 r.", (None, D(2023, 6, 30))),
    ("Termin składania wniosków przedłużono do 31.01.2023 r.", None),
    ("Gmina przedłużyła umowę najmu świetlicy do 31.12.2024 r.", None),
    # never a programme's years, a call window, a deadline or a publication date
    ("Projekt jest współfinansowany z EFS w ramach RPO na lata 2014-2020.", None),
    ("Nabór wniosków trwa od 02.03.2020 r. do 20.03.2020 r.", None),
    ("Wnioski można składać do 15 maja 2024 r.", None),
    ("Termin składania ofert upływa 30.09.2023 r.", None),
    ("Program Fundusze Europejskie dla Śląskiego 2021-2027 wspiera gminy.", None),
    ("„Aktywna szkoła” to program na lata 2017-2019, który wspiera szkoły.", None),
    ("Erasmus+ to unijny program na lata 2014-2020 w dziedzinie edukacji.", None),
    ("Senior+ jest rządowym programem na lata 2021-2025.", None),
    ("Projekt realizowany jest na lata 2019-2021.", (D(2019, 1, 1), D(2021, 12, 31))),  # the project's own years
    # a national programme's own dates (the scheme runs), not the project's
    pytest.param(
        *("Program będzie prowadzony od 1 stycznia 2024 r. do 31 grudnia 2028 r.", None), marks=_PROGRAMME_DATES
    ),
    pytest.param(
        *("Program „Posiłek w szkole i w domu” realizowany jest w latach 2019-2023.", None), marks=_PROGRAMME_DATES
    ),
    pytest.param(
        *("Program jest realizowany w latach 2024-2028 przez ministra właściwego do spraw pracy.", None),
        marks=_PROGRAMME_DATES,
    ),
    pytest.param(
        *("Edycja 2024 programu „Opieka wytchnieniowa” trwa od 1 stycznia do 31 grudnia 2024 r.", None),
        marks=_PROGRAMME_DATES,
    ),
    pytest.param(*("Rządowy program „Maluch+” będzie realizowany od 2022 do 2029 roku.", None), marks=_PROGRAMME_DATES),
    pytest.param(
        *("Programu „Senior+” realizacja przewidziana jest na okres od 1.01.2021 do 31.12.2025.", None),
        marks=_PROGRAMME_DATES,
    ),
    ("Program wieloletni „Senior+” prowadzony jest w okresie 2021-2025.", None),
    # near-misses: the unit runs the programme or the project within it, with its own dates
    (
        "Gmina Lipno realizuje program „Opieka wytchnieniowa” od 1 marca do 31 grudnia 2024 r.",
        (D(2024, 3, 1), D(2024, 12, 31)),
    ),
    ("Program będzie realizowany przez Gminę Lipno od 1.02.2023 r. do 31.12.2023 r.", (D(2023, 2, 1), D(2023, 12, 31))),
    ("Zadanie w ramach programu realizowane jest od 1.04.2024 do 31.12.2024.", (D(2024, 4, 1), D(2024, 12, 31))),
    ("Program realizowany jest od 1 marca do 30 listopada 2024 r.", (D(2024, 3, 1), D(2024, 11, 30))),  # the local run
    ("Program potrwa do 31 grudnia 2022 r.", (None, D(2022, 12, 31))),
    ("Data publikacji: 12.04.2022 r.", None),
    # the call window next to the realisation period
    (
        "Nabór uczestników trwa od 1 do 20 lutego 2024 r. Projekt realizowany jest od 1 marca do 30 listopada 2024 r.",
        (D(2024, 3, 1), D(2024, 11, 30)),
    ),
]

PUBLISHED = [
    # a dateline, "Data publikacji", "opublikowano", a BIP metadata row
    ("Opublikowano: 14.03.2023 r.\n\nGmina Lipno otrzymała dotację.", None, D(2023, 3, 14)),
    ("Data publikacji: 2021-07-26 13:47\n\nGmina Lipno otrzymała dotację.", None, D(2021, 7, 26)),
    (
        "Gmina Lipno otrzymała dotację.\n\nData publikacji 05.10.2022\nOstatnia modyfikacja 06.10.2022",
        None,
        D(2022, 10, 5),
    ),
    (
        "Gmina Lipno otrzymała dotację.\n\nPodmiot udostępniający: Urząd Gminy Lipno\n"
        "Data wytworzenia: 2020-02-01\nData publikacji: 2020-02-03",
        None,
        D(2020, 2, 3),
    ),
    ("Dodano: 8 czerwca 2022\n\nGmina Lipno otrzymała dotację.", None, D(2022, 6, 8)),
    (
        "Gmina Lipno otrzymała dotację.\n\nWytworzył: Jan Nowak (2021-07-20)\nOpublikował: Anna Lis (2021-07-26 13:47)",
        None,
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.\n\nOstatnia modyfikacja: 30.07.2021\nData publikacji: 26.07.2021",
        None,
        D(2021, 7, 26),
    ),
    ("Gmina Lipno otrzymała dotację.\n\nZmodyfikowano: 30.07.2021", None, None),  # a change is no publication
    # none printed: the date in the URL path
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/2022/06/08/dotacja/", D(2022, 6, 8)),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/aktualnosci/2011-03-02-dotacja",
        D(2011, 3, 2),
    ),
    # the URL-path forms the CMSs use (WordPress, Joomla, Drupal, municipal CMSs, BIP vendors)
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/2021/07/26/dotacja-dla-gminy/",
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/aktualnosci/20210726-dotacja",
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/news/dotacja_20210726.html",
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/aktualnosci/dotacja-26-07-2021",
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/art/dotacja-dla-gminy,26.07.2021.html",
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/wiadomosci/2021_07_26_dotacja",
        D(2021, 7, 26),
    ),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/wiadomosci/26_07_2021_dotacja",
        D(2021, 7, 26),
    ),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/art/2021.07.26-dotacja", D(2021, 7, 26)),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/news/2021-07-26/dotacja", D(2021, 7, 26)),
    # near-misses: a month without its day, an ID, a programme's years, a phone, a document number, a query
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/2021/11/dotacja-dla-gminy/", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/aktualnosci/202111-dotacja", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/artykul/20219876,dotacja", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/artykul/2021072612/dotacja", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/rpo-2014-2020/dotacja", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/kontakt-89-641-21-04", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/zarzadzenie-nr-12-2021", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/uchwala-xii-123-2021", None),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/news?data=2021-07-26", None),
    # an event's date in the slug is the event's, never the post's
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/aktualnosci/315-spotkanie-efs-15-12-2017",
        None,
    ),
    ("Gmina Lipno otrzymała dotację.", "https://www.gmina-przykladowa.example/szkolenie-dla-sołtysów-2021-07-26", None),
    (
        "Gmina Lipno otrzymała dotację.",
        "https://www.gmina-przykladowa.example/2021/07/26/spotkanie-z-mieszkancami/",
        D(2021, 7, 26),
    ),
    # an event's date never is, in words or in figures after the sentence's verb
    ("Spotkanie informacyjne odbędzie się 12 maja 2023 r. w świetlicy.", None, None),
    ("Festyn rodzinny zaplanowano na 24.06.2022 r.", None, None),
    ("Umowę o dofinansowanie podpisano 15.06.2023 r.", None, None),
    ("Piknik rodzinny odbył się 12.06.2022 r.", None, None),
    ("Umowę z wykonawcą zawarto 03.04.2024 r.", None, None),
    ("Konkurs rozstrzygnięto 15.06.2023", None, None),
    # near-misses: a headline stamped with its date stays the publication date
    ("Zarządzenie w sprawie ogłoszenia konkursu 09.04.2019 r.\n\nWójt ogłasza konkurs.", None, D(2019, 4, 9)),
    ("Posiłek w szkole i w domu – 2021-12-08\n\nGmina realizuje program.", None, D(2021, 12, 8)),
]


def _param(row: Any) -> Any:
    """A row as a pytest param with its id (a marked row keeps its marks)."""
    if hasattr(row, "marks"):  # a ParameterSet (itself a tuple)
        return pytest.param(*row.values, marks=row.marks, id=row.values[0][:50])
    return pytest.param(*row, id=row[0][:50])


@pytest.mark.parametrize(("text", "want"), [_param(row) for row in PERIODS])
def test_the_period_is_the_realisation_period_only(text: str, want: tuple[date | None, date] | None) -> None:
    assert period(text) == want


@pytest.mark.parametrize(
    ("text", "url", "want"), [pytest.param(t, u, w, id=t[:40] + (u or "")[-25:]) for t, u, w in PUBLISHED]
)
def test_published_is_the_printed_date_else_the_url_path_never_an_event(
    text: str, url: str | None, want: date | None
) -> None:
    found = record(text, url) if url else record(text)
    assert found.published == want
