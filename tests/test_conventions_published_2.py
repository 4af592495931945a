"""A second survey of how Polish public sites place a post's date: after the text, between paragraphs, under a
long headline, in brackets, with a two-digit year or a weekday, relative ("wczoraj, 14:35"), and in URL shapes;
with the traps found in the same places (a deadline or an event's day on the last line, a letter's or an act's
date, a counter's start date, a today's-date widget).

Same format as tests/test_conventions_published.py: a short invented passage in the way the form appears, run
through `conventions.record`, with the `published` the labelling rule of tests/realtext/README.md gives; the last
column is the page where the form was seen (reworded: names, numbers and dates are invented).

Relative dates ("wczoraj, 14:35", "2 dni temu", "3 godziny temu") give no publication date: the day they name is
relative to the day the page was rendered, which the fetch time matches only for a live fetch (not for a cached
copy or a stored page read again, nor for the passages, which all share one fixed fetch time), so the project does
not guess it; the URL's date, when there is one, is used instead.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import URL, record
from test_conventions_published import B2, LONG_T, B, T

D = date

_BETWEEN = pytest.mark.xfail(
    strict=True, reason="a bare date between two paragraphs is not read: an event's day stands there as often"
)
_WORDS_IN_BRACKETS = pytest.mark.xfail(
    strict=True, reason="a date in words ending a headline is read as the event the headline names"
)
_CLOSING_PLAIN = pytest.mark.xfail(
    strict=True, reason="a closing date line in dd.mm.yyyy with no time is not read (an event's day as often)"
)
_LONG_HEADLINE = pytest.mark.xfail(strict=True, reason="a headline over 120 characters is taken for prose")
_GLUED_NAME = pytest.mark.xfail(
    strict=True, reason="a date glued to the author's name ('Nowak12 marca') is not split off"
)
_LONG_BYLINE = pytest.mark.xfail(
    strict=True, reason="a dateline followed by more than four words of labels ('| Author: … | Category: …') is prose"
)

# (passage, expected published, where the form was seen)
FORMS: list[Any] = [
    # --- a date line after the text
    (
        f"{T}\n\n{B}\n\n{B2}\n\n2021-03-12 13:18:00",
        D(2021, 3, 12),
        "https://gostyn24.pl/pl/fotorelacje/inne/forum-kgw-na-hali-w-pepowie/13797,4 (a timestamp closing the text)",
    ),
    (f"{T}\n\n{B}\n\n{B2}\n\n2021-03-12", D(2021, 3, 12), "https://gostyn24.pl/ (an ISO date alone closing the text)"),
    (
        f"{T}\n{B}\n12.03.2021 15:07:44\n628",
        D(2021, 3, 12),
        "https://tv-kwidzyn.pl/tag/artykuly/zarzad-drog-wojewodzkich (stamp, then views)",
    ),
    pytest.param(
        f"{T}\n\n{B}\n\n{B2}\n\n12.03.2021",
        D(2021, 3, 12),
        "the brief's closing dd.mm.yyyy alone",
        marks=_CLOSING_PLAIN,
    ),
    (
        f"{T}\n\n{B}\n\n{B2}\n\nDodano 12.03.2021",
        D(2021, 3, 12),
        "https://suchy-dab.pl/urzad-gminy/aktualnosci/komunikaty/nowe-standardy-pcpr ('Dodano' closing)",
    ),
    (
        f"{T}\n\n{B}\n\n{B2}\n\nAnna Lis, 12 marca 2021",
        D(2021, 3, 12),
        "the brief's 'Autor, 12 marca 2021' closing the text (a name, a comma, the day)",
    ),
    (
        f"{T}\n\n{B}\n\nRedaktor: Jan Nowak\nOpublikowano: 12 marca 2021",
        D(2021, 3, 12),
        "https://powiat.poznan.pl/o-pomocy-spolecznej-na-sesji/ (editor, then 'Opublikowano')",
    ),
    pytest.param(
        f"{T}\n\n{B}\n\n{B2}\n\nJan Nowak12 marca 2021",
        D(2021, 3, 12),
        "https://normydin.pl/pozwolenie-na-budowe-2026-komplet-dokumentow-i-jak-uniknac-bledow (name glued "
        "to the date)",
        marks=_GLUED_NAME,
    ),
    # --- a date between two paragraphs, under a long headline
    (
        f"{T}\n\n{B}\n\nDodano: 12.03.2021\n\n{B2}",
        D(2021, 3, 12),
        "https://nysainfo.pl/tag/odnowa-wsi/ (a cue line between lead and body)",
    ),
    pytest.param(
        f"{T}\n\n{B}\n\n12.03.2021\n\n{B2}", D(2021, 3, 12), "a bare date between lead and body", marks=_BETWEEN
    ),
    (
        f"{LONG_T}\n\nDodano: 12.03.2021\n\n{B}",
        D(2021, 3, 12),
        "https://bip.ugwejherowo.pl/ (a 150-character headline, then a cue)",
    ),
    pytest.param(
        f"{LONG_T}\n\n12.03.2021 r.\n\n{B}",
        D(2021, 3, 12),
        "https://bip.powiatswidwinski.pl/ (a long headline, then a bare date)",
        marks=_LONG_HEADLINE,
    ),
    # --- datelines before or under the headline
    (
        f"2021-03-12 {T}\n{B}",
        D(2021, 3, 12),
        "https://suchy-dab.pl/urzad-gminy/aktualnosci/komunikaty/nowe-standardy-pcpr (ISO date glued before the title)",
    ),
    (
        f"{T}\n\n2021-03-12 1526\nArt. czytany: 1041 razy\n\n{B}",
        D(2021, 3, 12),
        "https://www.ugskarzysko.bip.doc.pl/drukuj.php?id=140115&t=0 (date, a glued hour, a read count)",
    ),
    (
        f"{T}\nTue, 2021-03-12 18:35 - 215 reads\n{B}",
        D(2021, 3, 12),
        "https://archiwum.polnocna.tv/node/326 (Drupal, English weekday and count)",
    ),
    (
        "Zebranie wiejskie\n12.03.2021.\nW dniu 25 marca 2021 roku (czwartek) o godzinie 18:00 w świetlicy "
        "w Lipnie odbędzie się zebranie wiejskie w sprawie funduszu sołeckiego na rok 2022.",
        D(2021, 3, 12),
        "http://www.starywegliniec.pl/cms/index.php?option=com_content&task=view&id=1350&Itemid=100 "
        "(dateline with a dot, then the meeting)",
    ),
    pytest.param(
        f"{T}\n\nMarch 12, 2021 | Author: Jan Nowak | Category: N/A\n\n{B}",
        D(2021, 3, 12),
        "https://silo.tips/ (English month first, author, category)",
        marks=_LONG_BYLINE,
    ),
    (f"{T}\n\nMarch 12, 2021\n\n{B}", D(2021, 3, 12), "English-style CMS date on a Polish site (silo.tips's form)"),
    (f"{T}\n\nMar 12, 2021\n\n{B}", D(2021, 3, 12), "English-style abbreviated month first (silo.tips's form, short)"),
    (
        f"Poniedziałek, 12 marca 2021\n\n{T}\n\n{B}",
        D(2021, 3, 12),
        "https://www.krotoszyce.pl/56-aktualnosci/2886-bonus-frekwencyjny (weekday above the title)",
    ),
    (
        f"{T}\n\nŚroda, 17.03.2021 r.\n\n{B}",
        D(2021, 3, 17),
        "https://rogow.eu/wiadomosci/11112/229-rocznica-uchwalenia-konstytucji-3-maja (weekday, figures, 'r.')",
    ),
    (
        f"{T}\n\nSobota, 13 marca 2021, 10:15\n\n{B}",
        D(2021, 3, 13),
        "https://gorzkowice-strony2.alfatv.pl/ (weekday, day, hour)",
    ),
    (
        f"dnia 12.03.2021 r.\n\n{T}\n\n{B}",
        D(2021, 3, 12),
        "https://mgops-staporkow.pl/informacja-nt-placowki-wsparcia-dziennego/ ('dnia … r.' atop)",
    ),
    (f"{T}\n\ndnia 12.03.2021 r.\n\n{B}", D(2021, 3, 12), "https://mgops-staporkow.pl/ ('dnia … r.' under the title)"),
    (
        f"{T}\n\n12.03.21\n\n{B}",
        D(2021, 3, 12),
        "https://www.wirtualnygarwolin.pl/artykul/10882,zlobek-w-miastkowie-strzalem-w-dziesiatke (two-digit year)",
    ),
    (f"{T}\n\n12.03.21 r.\n\n{B}", D(2021, 3, 12), "https://doxa.fm/audycja/ (two-digit year with 'r.')"),
    (f"{T}\n\nOpublikowano: 12.03.21\n\n{B}", D(2021, 3, 12), "https://doxa.fm/ (a cue, then a two-digit year)"),
    (
        f"{T}\n\nDodano 12.03.21 r.\n\n{B}",
        D(2021, 3, 12),
        "https://www.wirtualnygarwolin.pl/ ('Dodano', two-digit year, 'r.')",
    ),
    (f"{T}\n\n12.03.2021, 14:35 | 215 wyświetleń\n\n{B}", D(2021, 3, 12), "https://tv-kwidzyn.pl/ (date, hour, views)"),
    (
        f"{T} (12.03.2021)\n\n{B}",
        D(2021, 3, 12),
        "https://wolow.pl/290/projekt-pod-bialo-czerwona.html (a stamp in brackets ending the title)",
    ),
    pytest.param(
        f"{T} (12 marca 2021)\n\n{B}",
        D(2021, 3, 12),
        "https://wolow.pl/ (the stamp in words in brackets)",
        marks=_WORDS_IN_BRACKETS,
    ),
    # --- relative dates: not read (see the module's docstring)
    (f"{T}\n\nwczoraj, 14:35\n\n{B}", None, "https://www.wirtualnygarwolin.pl/ (a news portal's 'wczoraj, HH:MM')"),
    (f"{T}\n\n2 dni temu\n\n{B}", None, "https://radom.eska.pl/ (a relative age)"),
    (f"{T}\n\nDodano: 3 godziny temu\n\n{B}", None, "https://gostyn24.pl/ (a relative age after a cue)"),
    (f"{T}\n\ndzisiaj, 09:12\n\n{B}", None, "https://tvregion.pl/category/lokalne-dzialania/ ('dzisiaj, HH:MM')"),
    # --- not the publication date
    (
        f"{T}\n\n{B}\n\nGłosować można do 11 listopada 2020 r.",
        None,
        "https://wolow.pl/290/projekt-pod-bialo-czerwona.html (a deadline closing the text)",
    ),
    (
        f"{T}\n\n{B}\n\nTermin: 12.03.2021",
        None,
        "https://koczala.pl/aktualnosci/zebrania-wiejskie-2/ ('Termin:' closing)",
    ),
    (
        f"{T}\n\n{B}\n\nWnioski przyjmujemy do:\n31.03.2021",
        None,
        "https://nowasol.pl/?p=20557 (a deadline's day under its label)",
    ),
    (
        f"{T}\n\n{B}\n\nTermin\n2023-03-31",
        None,
        "https://koczala.pl/ (a deadline's ISO day under its label with no colon)",
    ),
    (
        f"{T}\n\n{B}\n\nData spotkania\n2023-03-31 17:00:00",
        None,
        "https://www.gmina.tarnow.pl/ (a meeting's stamp under its label)",
    ),
    (f"{T}\n\n{B}\n\nData wydarzenia: 15.04.2023", None, "https://gok.platerow.com.pl/ ('Data wydarzenia' closing)"),
    (
        f"{T}\n\n{B}\n\nZapraszamy!\n\n15.05.2023",
        None,
        "https://www.gmina.tarnow.pl/ (an invitation, then the day alone)",
    ),
    (
        f"{T}\n\n{B}\n\n15.05.2023, godz. 17:00",
        None,
        "https://www.gmina.tarnow.pl/ (an event's day with its hour, closing)",
    ),
    (
        f"{T}\n\n{B}\n\nLipno, dnia 12.03.2021 r.\nWójt Gminy Lipno\nJan Nowak",
        None,
        "https://mgops-staporkow.pl/informacja-na-temat-funkcjonowania-placowki-wsparcia-dziennego-dobra-przestrzen/ "
        "(a letter's place and day before its signature)",
    ),
    (
        f"{T}\n\n{B}\n\nWarszawa, 10 lipca 2021 roku\n\nKomunikat 05/2021 Komitetu do spraw klimatu\n\n{B2}",
        None,
        "https://naukaoklimacie.pl/aktualnosci/ (a quoted statement's heading after the lead)",
    ),
    (f"{T}\n\n{B}\n\nSkan pisma Wojewody z dnia 12.03.2021 r.", None, "https://zychlin.eu/ (a scan's caption)"),
    (f"{T}\n\n{B}\n\nfot. Pismo z 12.03.2021 r.", None, "https://zychlin.eu/ (a photo caption with the letter's date)"),
    (f"{T}\n\n2021-06\n\n{B}", None, "https://gazetalubuska.pl/ (a year and month: no day)"),
    (
        f"Zebrania wiejskie marzec 2020 r.\n\n{B}",
        None,
        "https://www.gmina.tarnow.pl/nowastrona/index.php/441-zapraszamy-mieszkancow-na-zebrania-wiejskie-2 "
        "(a month in the title)",
    ),
    (
        f"{T}\n\n{B}\n\nLiczba odwiedzin: 2934264 od 04 lipca 2008",
        None,
        "http://pze.bip.net.pl/?c=1335 (a counter's start day)",
    ),
    (
        f"UCHWAŁA NR XXI/273/2020 w sprawie dotacji celowych\n\nUchwała Nr XXI/273/2020\nRady Gminy Lipno\n\n"
        f"z dnia 25 listopada 2020 r.\n\n{B}",
        None,
        "https://bip.ugwejherowo.pl/artykul/uchwala-nr-xxi-273-2020- (an act's 'z dnia' on its own line)",
    ),
    (
        f"{T}\n\nOśrodek informuje, że zarządzeniem Nr 1/2020 Kierownika Ośrodka z dnia 17 marca 2020 r. wprowadzono "
        "procedurę dostarczania posiłków.",
        None,
        "https://www.lelis.pl/index.php/gmina-lelis/koronawirus-komunikaty/ (an order's date in the text)",
    ),
    (
        f"{T}\n\n12 marca 2021 r. została podpisana umowa w sprawie wsparcia finansowego na realizację zadania.\n\n{B}",
        None,
        "http://www.zlobekstrzelce.pl/program-maluch2021-dofinansowanie-miejsc-opieki-w-zlobku/ (an "
        "agreement's day opening the text)",
    ),
    (
        f"{T}\n\n27 marca 2023 roku rusza nabór wniosków w programie grantowym.\n\n{B}",
        None,
        "https://tvregion.pl/category/lokalne-dzialania/ (a call's start opening the text)",
    ),
    (
        f"Dzisiaj jest piątek, 12 marca 2021\nImieniny: Grzegorza, Bernarda\n\n{T}\n\n{B}",
        None,
        "https://bierawa.pl/8210/komunikat-w-sprawie-wydluzenia-terminu.html (a today's-date widget)",
    ),
    (
        f"W dniu 10 listopada 2025r. (poniedziałek) Centrum będzie nieczynne.\n\n{T}\n\n{B}\n\nUwagi można zgłaszać "
        "do dnia 23 października 2025 roku do godziny 15:00.\n\nAnna Lis\nDyrektor",
        None,
        "https://pcpr-zuromin.pl/aktualnosci/ (a closure notice above the title, a deadline below)",
    ),
    (
        f"{T}\n\nDnia 10 lipca dwie jednostki otrzymały promesę.\n\n{B}",
        None,
        "https://www.wasosz.eu/ (a day without its year)",
    ),
    (
        f"{T}\n\nProjekt trwa od 25.09.2021r. do 25.06.2022r.\n\n{B}",
        None,
        "https://sp4dzialdowo.pl/piekna-nasza-polska-cala/ (a period)",
    ),
    (f"{T}\n\n{B}\n\nautor: DBK", None, "https://doxa.fm/ (an author's initials, no date)"),
    (f"{T}\n\n{B}\n\nWpisany przez: MS", None, "https://gorzkowice-strony2.alfatv.pl/ (a byline with no date)"),
    (f"{T}\n\n{B}\n\nAnna Lis\nDyrektor", None, "http://gok.mogilany.pl/ (a signature with no date)"),
]

# (url, passage, expected published, where the form was seen): the date in the URL's path when the text prints none
URL_FORMS: list[Any] = [
    (
        "https://www.lipno.example/2021/03/12/dotacja-na-swietlice/",
        f"{T}\n\n{B}",
        D(2021, 3, 12),
        "https://witrynawiejska.org.pl/2023/05/17/ (WordPress)",
    ),
    (
        "https://www.lipno.example/2021/03/12/",
        f"{T}\n\n{B}",
        D(2021, 3, 12),
        "https://dzwola.eu/2021/12/23/ (a day's archive of one post)",
    ),
    (
        "https://www.lipno.example/2021-03-12-dotacja-na-swietlice",
        f"{T}\n\n{B}",
        D(2021, 3, 12),
        "the brief's /yyyy-mm-dd-title",
    ),
    ("https://www.lipno.example/20210312/", f"{T}\n\n{B}", D(2021, 3, 12), "the brief's /yyyymmdd/"),
    (
        "https://www.lipno.example/2021.03.12-dotacja.html",
        f"{T}\n\n{B}",
        D(2021, 3, 12),
        "https://prawodlasamorzadu.pl/2014.09.29-… (dots)",
    ),
    (
        "https://www.lipno.example/?date=2021-03-12",
        f"{T}\n\n{B}",
        None,
        "the brief's ?date= (a query: a calendar's filter, not the path)",
    ),
    (
        "https://www.lipno.example/?m=20210312",
        f"{T}\n\n{B}",
        None,
        "https://gowarczow.pl/?m=20180417 (WordPress's day archive in the query)",
    ),
    ("https://www.lipno.example/aktualnosci/2021/03/", f"{T}\n\n{B}", None, "the brief's /yyyy/mm/ (a month: no day)"),
    (
        "https://www.lipno.example/2021/03/dotacja.html",
        f"{T}\n\n{B}",
        None,
        "https://www.chojna24.pl/2022/05/… (Blogger: a month)",
    ),
    (
        "https://www.lipno.example/2021/page/35",
        f"{T}\n\n{B}",
        None,
        "https://leczyca24.eu/2023/page/35 (a year's list)",
    ),
    (
        "https://www.lipno.example/2021/03/12/",
        f"{T}\n\nwczoraj, 14:35\n\n{B}",
        D(2021, 3, 12),
        "a relative dateline: the URL's day instead",
    ),
    (
        "https://www.lipno.example/2021/12/23/",
        f"{T}\n\nW dniu 23 grudnia 2021 r. gmina zakupiła sprzęt dla jednostek OSP.",
        D(2021, 12, 23),
        "https://dzwola.eu/2021/12/23/ (the path's day; the text's day is an event's)",
    ),
    (
        "https://www.lipno.example/2021/03/12/dotacja/",
        f"{T}\n\nDodano: 10.03.2021\n\n{B}",
        D(2021, 3, 10),
        "https://zychlin.eu/2022/02/07/ (the printed date wins)",
    ),
]


def _param(row: Any) -> Any:
    if hasattr(row, "marks"):
        return pytest.param(*row.values, marks=row.marks, id=row.values[-1][:70])
    return pytest.param(*row, id=row[-1][:70])


@pytest.mark.parametrize(("text", "want", "source"), [_param(row) for row in FORMS])
def test_published_form(text: str, want: date | None, source: str) -> None:
    assert record(text).published == want, source


@pytest.mark.parametrize(("url", "text", "want", "source"), [_param(row) for row in URL_FORMS])
def test_published_url_form(url: str, text: str, want: date | None, source: str) -> None:
    assert url != URL
    assert record(text, url).published == want, source
