"""The publication date on real page shapes, through the generic extractor: only a date the page prints as its
publication (a dateline under or above the title, "Dodano: …", "Opublikowano …", "Data publikacji: …", a BIP
metadata table after the article), never the date of an event the text announces."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest

from extract.date_lines import badge_date, bracketed_date, byline_date, cued_date, dateline, stamped_headline
from extract.generic import GenericArticle
from extract.page import Document, SiteInfo

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SITE = SiteInfo(id="test", name="Serwis testowy")
ARTICLE = (
    "<p>Gmina Rybno otrzymała dotację w wysokości 150 000 zł na prowadzenie klubu Senior+ w 2021 roku. "
    "Zadanie realizuje Gminny Ośrodek Pomocy Społecznej w Rybnie.</p>"
    "<p>Wszystkich seniorów zapraszamy do udziału w zajęciach klubu od poniedziałku do piątku.</p>"
)


def published(body: str, url: str = "https://bip.rybno.example/artykul/1") -> date | None:
    head = '<meta charset="utf-8"><title>Dotacja na klub seniora - BIP Gmina Rybno</title>'
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    raw = html.encode()
    document = Document(url, raw, content_type=None, fetched_at=WHEN, content_sha256=hashlib.sha256(raw).hexdigest())
    return GenericArticle(document, SITE).record().published


def _rows(*rows: tuple[str, str], cell: str = "th") -> str:
    return "".join(f"<tr><{cell}>{label}</{cell}><td>{value}</td></tr>" for label, value in rows)


BIP_ROWS = (
    ("Podmiot udostępniający", "Urząd Gminy Rybno"),
    ("Data wytworzenia", "2021-07-20"),
    ("Data publikacji", "2021-07-26 13:47"),
    ("Ostatnia modyfikacja", "2021-08-02 09:10"),
)


def test_issue_bip_metadata_rows_after_the_article_give_the_publication_day() -> None:
    """The issue's page: <th> label / <td> value rows after the article body, in a table of no telling class."""
    body = f'<div id="content"><h2>Dotacja na klub seniora</h2>{ARTICLE}</div><table>{_rows(*BIP_ROWS)}</table>'
    assert published(body) == date(2021, 7, 26)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1>{ARTICLE}<table class="metryka">'
            f"{_rows(*BIP_ROWS, cell='td')}</table></div>",
            id="td-rows-inside-the-article",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1>{ARTICLE}</div><div class="metryczka">'
            "<p>Data wytworzenia: 2021-07-20</p><p>Data publikacji: 2021-07-26 13:47</p>"
            "<p>Ostatnia modyfikacja: 2021-08-02 09:10</p></div>",
            id="metadata-lines-after-the-article",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1>{ARTICLE}'
            "<p>Metryka: Data utworzenia: 2021-07-20, Data publikacji: 2021-07-26, Liczba odwiedzin: 2706.</p></div>",
            id="metadata-run-into-one-line",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1><p class="info">26.07.2021</p>{ARTICLE}</div>',
            id="a-dateline-under-the-title",
        ),
        pytest.param(
            f'<div id="tresc"><p>26 lipca 2021</p><h1>Dotacja na klub seniora</h1>{ARTICLE}</div>',
            id="a-dateline-above-the-title",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1><p>Dodano: 26.07.2021 r.</p>{ARTICLE}</div>',
            id="dodano",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1><p>opublikowano 2021-07-26 13:47</p>{ARTICLE}</div>',
            id="opublikowano",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1>{ARTICLE}<p>Data publikacji: 26.07.2021</p></div>',
            id="data-publikacji-after-the-text",
        ),
        pytest.param(
            '<div id="tresc"><p>Z prac Gminy Dotacja na klub seniora 2021-07-26 13:30 Dodano przez: J.M.</p>'
            f"{ARTICLE}</div>",
            id="byline-run-into-the-title",
        ),
    ],
)
def test_printed_publication_dates(body: str) -> None:
    assert published(body) == date(2021, 7, 26)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            '<div id="tresc"><h1>Zebranie wiejskie</h1><p>Zebranie wiejskie odbędzie się 12 maja 2023 r. w świetlicy '
            "w Rybnie. Zapraszamy wszystkich mieszkańców sołectwa na wspólne omówienie funduszu sołeckiego.</p>"
            "<p>Porządek obrad zostanie przedstawiony na miejscu przez sołtysa i radnych gminy.</p></div>",
            id="an-event-date-in-the-text",
        ),
        pytest.param(
            f'<div id="tresc"><h1>Dotacja na klub seniora</h1>{ARTICLE}<table>'
            f"{_rows(('Ostatnia modyfikacja', '2021-08-02 09:10'), ('Termin składania ofert', '2021-09-01'))}"
            "</table></div>",
            id="a-modification-and-a-deadline",
        ),
        pytest.param(
            '<div id="tresc"><h1>Nabór do klubu</h1><p>Termin: 12.05.2023</p><p>Nabór uczestników do klubu Senior+ '
            "potrwa do końca miesiąca, a zgłoszenia przyjmuje Gminny Ośrodek Pomocy Społecznej w Rybnie.</p></div>",
            id="a-deadline-line-under-the-title",
        ),
    ],
)
def test_dates_that_are_not_the_publication(body: str) -> None:
    assert published(body) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("25-07-2022", date(2022, 7, 25)),
        ("4 Lut 2020", date(2020, 2, 4)),
        ("Monday, 15 October 2018r. Inwestycje", date(2018, 10, 15)),
        ("October 15, 2018", date(2018, 10, 15)),
        ("27.07.2021 Paweł Cerkanowicz", date(2021, 7, 27)),
        ("11.07.2014 16:17", date(2014, 7, 11)),
        ("Iwaniska, dnia 13-09-2017 r.", date(2017, 9, 13)),
        ("2022-01-05 13:30 Dodano przez: J.M.", date(2022, 1, 5)),
        ("15 października 2022 r. zapraszamy na festyn", None),
        ("12.05.2023 Zebranie wiejskie w świetlicy", None),
        ("Termin: 12.05.2023", None),
        ("Spotkanie 12.05.2023", None),
    ],
)
def test_datelines(line: str, expected: date | None) -> None:
    assert dateline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Metryka: Data utworzenia: 2016-04-27, Data publikacji: 2016-04-28, Liczba odwiedzin: 2706.",
            date(2016, 4, 28),
        ),
        ("Z prac Gminy Cyfrowa Gmina 2022-01-05 13:30 Dodano przez: J.M.", date(2022, 1, 5)),
        ("Opublikowano 12 maja 2020 r. ogłoszenie o naborze", None),
        ("Ostatnia modyfikacja: 2020-01-01", None),
    ],
)
def test_cues_inside_a_line(line: str, expected: date | None) -> None:
    assert cued_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a label before the date
        ("Data: 03-05-2021", date(2021, 5, 3)),
        ("By 12 marca, 2022 Brak komentarzy", date(2022, 3, 12)),
        ("Dodano 4.10.2019 r.", date(2019, 10, 4)),
        # a comma between the month and the year, the month in the nominative
        ("9 czerwca, 2021", date(2021, 6, 9)),
        ("Opublikowano 3 grudzień, 2017 | przez Anna Nowak", date(2017, 12, 3)),
        # an author or category set off by a separator before the date
        ("Jan Kowalski | Aktualności | 02-03-2020", date(2020, 3, 2)),
        # counts and a source after the date, an edit note in brackets
        ("14.08.2023 09:15 3 KP/Starostwo Powiatowe", date(2023, 8, 14)),
        ("2019-06-11 08:02:13 (ost. akt: 2019-06-12 10:00:00)", date(2019, 6, 11)),
    ],
)
def test_more_datelines(line: str, expected: date) -> None:
    assert dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a title with a date in it, no separator: an event, not a dateline
        "Dzień Dziecka w Parku Miejskim 1 czerwca 2022",
        "Festyn rodzinny odbędzie się 9 czerwca, 2021 na stadionie",
        # "By" inside a word is no label
        "Bytom 12 marca 2022 wielki festyn",
    ],
)
def test_not_more_datelines(line: str) -> None:
    assert dateline(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "środa, 07 marca 2018 11:05 Poprawiony: piątek, 13 kwietnia 2018 08:40 Wpisany przez Ewa Lis",
            date(2018, 3, 7),
        ),
        ("Poprawiony: 13.04.2018 Wpisany przez Ewa Lis dnia 07.03.2018", date(2018, 3, 7)),
        ("Dodane przez admin dnia Listopad 08 2019 10:12:40", date(2019, 11, 8)),
        ("Autor: Jan Nowak, 5 maja 2020", date(2020, 5, 5)),
        # no byline cue: a sentence's date is not the publication
        ("Zebranie odbyło się 5 maja 2020 w świetlicy wiejskiej.", None),
    ],
)
def test_bylines(line: str, expected: date | None) -> None:
    assert byline_date(line) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Tekst artykułu.", "15", "MAJ", "2018", "1527", "razy"], date(2018, 5, 15)),
        (["3", "lis", "2021"], date(2021, 11, 3)),
        (["31", "LUT", "2021"], None),
        (["12", "osób", "2021"], None),
    ],
)
def test_date_badges(lines: list[str], expected: date | None) -> None:
    found = next((d for k in range(len(lines)) if (d := badge_date(lines, k)) is not None), None)
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"<div id='tresc'><h1>Dotacja na klub seniora</h1>{ARTICLE}<p>Informację wytworzył: Jan Lis, dnia "
            "20.07.2021<br>Informację wprowadził: Ewa Lis, dnia 26.07.2021<br>Ostatnia zmiana: 02.08.2021</p></div>",
            id="informacje-wprowadzil-after-wytworzyl",
        ),
        pytest.param(
            f"<div id='tresc'><h1>Dotacja na klub seniora</h1>{ARTICLE}"
            "<p>Wprowadził: Ewa Lis dnia 26.07.2021 r.</p></div>",
            id="wprowadzil-dnia",
        ),
        pytest.param(
            f"<div id='tresc'><h1>Dotacja na klub seniora</h1><p>Dodany: 26.07.2021 przez redakcja</p>{ARTICLE}</div>",
            id="dodany",
        ),
        pytest.param(
            f"<div id='tresc'><h1>Dotacja na klub seniora</h1><p>Wpis z dnia 26.07.2021</p>{ARTICLE}</div>",
            id="wpis-z-dnia",
        ),
        pytest.param(
            f"<div id='tresc'><h1>Dotacja na klub seniora</h1><p>Kategoria: Aktualności, 26.07.2021</p>{ARTICLE}</div>",
            id="category-then-date",
        ),
        pytest.param(
            f"<div id='tresc'><p>Dotacja na klub seniora<br>26 lipca, 2021</p>{ARTICLE}</div>",
            id="no-headline-comma-before-the-year",
        ),
    ],
)
def test_more_printed_publication_dates(body: str) -> None:
    assert published(body) == date(2021, 7, 26)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Data i godzina publikacji: 2021-07-26 10:00", date(2021, 7, 26)),
        ("Data publ.: 26.07.2021", date(2021, 7, 26)),
        ("Opublikowany: 2021-07-26", date(2021, 7, 26)),
        # a cue before its date wins over one after an earlier date
        ("Wytworzono: 20.07.2021 | Opublikowano: 26.07.2021 | Aktualizacja: 02.08.2021", date(2021, 7, 26)),
        # a trailing cue still names the date before it
        ("2021-07-26 13:30 Dodano przez: J.M.", date(2021, 7, 26)),
    ],
)
def test_more_cues_inside_a_line(line: str, expected: date) -> None:
    assert cued_date(line) == expected


def test_a_dateline_with_separated_category_and_author() -> None:
    assert dateline("26.07.2021 / Aktualności / Jan Nowak") == date(2021, 7, 26)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a BIP notice's row: "Ogłoszono dnia:", "Data ogłoszenia:"
        ("Ogłoszono dnia: 2019-03-14 przez Anna Kos", date(2019, 3, 14)),
        ("Ogłoszono: 14.03.2019", date(2019, 3, 14)),
        ("Data ogłoszenia: 14.03.2019 r.", date(2019, 3, 14)),
        # near-misses: results announced, a meeting announced for a day
        ("Ogłoszono wyniki konkursu 14.03.2019", None),
        ("Ogłoszono, że zebranie odbędzie się 14.03.2019 r.", None),
    ],
)
def test_announcement_rows(line: str, expected: date | None) -> None:
    assert cued_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Zarządzenie nr 12/2020 w sprawie konkursu na zadanie z kultury 05.03.2020 r.", date(2020, 3, 5)),
        ("Klub seniora w Lipnie – 2020-03-05", date(2020, 3, 5)),
        ("Komunikat dyrektora ośrodka [05.03.2020]", date(2020, 3, 5)),
        # near-misses: a date the headline's words govern, a deadline, a date in words, a date mid-line
        ("Umowę podpisano w dniu 05.03.2020 r.", None),
        ("Wnioski do 05.03.2020", None),
        ("Termin składania ofert 05.03.2020", None),
        ("Koniec naboru wniosków 2020-03-05", None),
        ("Spotkanie z seniorami 5 marca 2020 r.", None),
        ("Komunikat z dnia 05.03.2020 r.", None),
        ("Od 05.03.2020 r. zmiana godzin pracy ośrodka", None),
    ],
)
def test_a_date_stamped_at_a_headlines_end(line: str, expected: date | None) -> None:
    assert stamped_headline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[05.03.2020 r.]", date(2020, 3, 5)),
        ("(2020-03-05)", date(2020, 3, 5)),
        ("05.03.2020 r.", None),  # unbracketed: only a dateline before the prose
        ("[aktualizacja: zmiana regulaminu]", None),
        ("(art. 5 ust. 3)", None),
    ],
)
def test_bracketed_stamps(line: str, expected: date | None) -> None:
    assert bracketed_date(line) == expected


def test_a_bracketed_stamp_after_the_lead_paragraph_dates_the_notice() -> None:
    lead = "Zarząd Powiatu Lipnowskiego ogłasza nabór wniosków na dofinansowanie zadań z zakresu kultury. " * 2
    body = f"<div><p>Nabór zakończony</p><p>{lead}</p><p>[05.03.2020 r.]<br>KOMUNIKAT</p><p>{lead}</p></div>"
    assert published(body) == date(2020, 3, 5)


def test_an_unbracketed_date_after_the_lead_paragraph_is_not_the_publication() -> None:
    lead = "Zarząd Powiatu Lipnowskiego zaprasza na spotkanie informacyjne dla organizacji pozarządowych. " * 2
    body = f"<div><p>Spotkanie dla organizacji</p><p>{lead}</p><p>05.03.2020 r.<br>godz. 10:00</p></div>"
    assert published(body, "https://bip.lipno.example/aktualnosci/spotkanie") is None


def test_a_metadata_table_with_its_labels_over_its_values_gives_the_publication_column() -> None:
    """bip.biblioteka.zywiec.pl's 'Informacje o publikacji dokumentu': one row of labels, one row of values."""
    lead = "Gmina Rybno otrzymała dotację celową na remont świetlicy wiejskiej w Rybnie, z której korzystają seniorzy. "
    heads = ("Data wytworzenia", "Wytwarzający", "Data udostępnienia (Udostępniający)", "Data modyfikacji")
    values = ("2010-12-20", "Anna Lis", "2010-12-21 08:20:04 (Anna Lis)", "2010-12-22 12:19:54 (Jan Nowak)")
    table = (
        "<table><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for v in values) + "</tr></table>"
    )  # fmt: skip
    body = f"<div><h1>Dotacja na świetlicę</h1><p>{lead * 2}</p><h3>Informacje o publikacji dokumentu</h3>{table}</div>"
    assert published(body) == date(2010, 12, 21)
