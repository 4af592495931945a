"""How Polish public sites print a post's publication date, form by form, and the dates that are not it.

Each row is a short invented passage in the way one form appears on real pages (a dateline before or after
the headline, a byline, a BIP metadata block after the article), run through the entry point `scrape
evaluate` uses for a passage (`conventions.record`), with the `published` the labelling rule of
tests/realtext/README.md gives: the date the passage prints as its publication date, never an event's date,
a deadline, a resolution's or an agreement's date, a modification date or a programme's years.

The last column names where the form was seen (a site that prints it, or the CMS or BIP system whose
template does); the passages are reworded and the names, numbers and dates are invented.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import record

D = date
T = "Dotacja na remont świetlicy w Lipnie"
# Paragraphs as long as real ones (a line over 120 characters is prose: a dateline after it closes the text).
B = (
    "Gmina Lipno otrzymała dotację celową z budżetu państwa na remont świetlicy wiejskiej w Lipnie, w której od lat "
    "spotykają się mieszkańcy sołectwa, koło gospodyń wiejskich i młodzież z okolicznych wsi."
)
B2 = (
    "Wartość zadania oszacowano na podstawie kosztorysu inwestorskiego, a wykonawca zostanie wybrany w przetargu, "
    "który gmina ogłosi jeszcze w tym miesiącu."
)

# Any dateline closing the text after its last long paragraph (a bare date, a version list's first entry) was read by
# a rule tried in this round: the tuning part of dev gained nothing and the check part lost one passage (published F1
# 0.933 -> 0.925), so only a signature on the last line ("Jan Nowak, 12.03.2021") is read there now.
_CLOSING = pytest.mark.xfail(
    strict=True, reason="a dateline closing the text after its prose is read only as a signature"
)
# A first line over 120 characters with no sentence end read as a long headline (so the dateline under it counts) was
# tried too: no gain on the tuning part, one passage lost on the check part (published F1 0.933 -> 0.916).
_LONG_HEADLINE = pytest.mark.xfail(strict=True, reason="a headline over 120 characters is taken for prose")
LONG_T = (
    "Informacja o dofinansowaniu zadania pn. „Remont i wyposażenie świetlicy wiejskiej w Lipnie” ze środków "
    "Rządowego Funduszu Polski Ład: Program Inwestycji Strategicznych"
)

# (passage, expected published, where the form was seen)
FORMS: list[Any] = [
    # --- BIP metadata blocks after the article ("Metryka", "Informacje o publikacji dokumentu")
    (
        f"{T}\n\n{B}\n\nMetryka\nAutor lub odpowiedzialny za treść Anna Lis\nOpublikował Anna Lis\n"
        "Data publikacji 2012-05-22 11:41\nOstatnio zmodyfikował Jan Nowak\nOstatnia modyfikacja 2012-11-08 11:20",
        D(2012, 5, 22),
        "kluczbork.eu (metryka: label and value with no colon)",
    ),
    (
        f"{T}\n\n{B}\n\nMetryka strony\nUdostępniający: Wojewódzki Urząd Pracy\nData wytworzenia: 2017-08-04\n"
        "Wprowadzający: Anna Lis\nData wprowadzenia: 2012-02-21\nData modyfikacji: 2022-01-04\n"
        "Opublikował: Anna Lis\nData publikacji: 2012-02-21",
        D(2012, 2, 21),
        "bip.wup.wrotapodlasia.pl (metryka strony, eight rows)",
    ),
    (
        f"{T}\n\n{B}\n\nudostępnił: Wydział Organizacyjny,\nwytworzono: 2012/05/07,\nodpowiedzialny/a: kierownik,\n"
        "wprowadził/a: Jan Nowak,\ndnia: 2019/11/06 08:39:36",
        D(2019, 11, 6),
        "bip.um.szczecin.pl (slashed ISO dates; 'wprowadził … dnia:' on its own row)",
    ),
    (
        f"{T}\n\n{B}\n\nInformacje o publikacji dokumentu\n"
        "Data wytworzenia | Wytwarzający/Odpowiadający | Data udostępnienia (Udostępniający) | Data modyfikacji\n"
        "2010-12-20 | Anna Lis | 2010-12-21 08:20:04 (Anna Lis) | 2010-12-22 12:19:54 (Jan Nowak)",
        D(2010, 12, 21),
        "bip.biblioteka.zywiec.pl (a header row of labels over a row of values)",
    ),
    (
        f"{T}\n\n{B}\n\nOpublikowano: 06.05.2010 15:11      Utworzono: 05.05.2010 15:11      "
        "Poprawiono: 28.05.2018 13:48\nModyfikujący: Jan Nowak     Udostępniający: Anna Lis",
        D(2010, 5, 6),
        "bip.parp.gov.pl (three stamps on one line)",
    ),
    (
        f"Data utworzenia: 2022-03-11\n\n{B}\n\n{B2}",
        D(2022, 3, 11),
        "bip.miastojaroslaw.pl (creation date atop the text, no other)",
    ),
    pytest.param(
        f"{T}\n\n{B}\n\nWszystkie wersje tej strony:\n- 21-06-2011 - Utworzenie treści",
        D(2011, 6, 21),
        "zspslodz.bip.wikom.pl (version list: the content's creation)",
        marks=_CLOSING,
    ),
    (
        f"{T}\n\n{B}\n\nmetryczka\nWytworzył: Anna Lis (10 marca 2021)\n"
        "Opublikował: Anna Lis (12 marca 2021, 09:14:27)\n"
        "Ostatnia zmiana: Jan Nowak (20 marca 2021, 10:02:11)\nZmieniono: Aktualizacja informacji\nLiczba odsłon: 1558",
        D(2021, 3, 12),
        "bip.mrocza.pl (metryczka: the date in words in brackets after each name)",
    ),
    (
        f"{T}\n\n{B}\n\nWytworzył: Anna Lis (2021-03-10)\nWprowadził: Jan Nowak (2021-03-12 09:14)",
        D(2021, 3, 12),
        "bip.mrocza.pl's metryczka with ISO dates and 'Wprowadził'",
    ),
    (
        f"{T}\n\n{B}\n\nInformację wytworzył: Anna Lis, dnia: 10.03.2021\n"
        "Informację wprowadził: Jan Nowak, dnia: 12.03.2021",
        D(2021, 3, 12),
        "bip.um.szczecin.pl's 'wprowadził … dnia' row with the label in full",
    ),
    (
        f"{T}\n\n{B}\n\nData wprowadzenia: 2021-03-12\nData ostatniej modyfikacji: 2021-03-20",
        D(2021, 3, 12),
        "bip.wup.wrotapodlasia.pl (Data wprowadzenia with a later Data modyfikacji)",
    ),
    (
        f"{T}\n\n{B}\n\nCzas publikacji: 2012-02-16 14:46:21",
        D(2012, 2, 16),
        "bip.gminaolawa.pl ('Czas publikacji')",
    ),
    # --- datelines before the headline
    (f"Komunikaty\n\n28 lutego 2014 09:57\n\n{T}\n\n{B}", D(2014, 2, 28), "sp2sulejow.biposwiata.pl"),
    (f"2015-05-06\n\n{T.upper()}\n\n{B}", D(2015, 5, 6), "magnolia.bip.gov.pl (ISO date alone above the title)"),
    (f"Aktualności\n22.10.2014r.\n{T}\n{B}", D(2014, 10, 22), "tworog.pl ('r.' glued to the date)"),
    (f"Aktualności\n• 06-05-2020\n{T}\n{B}", D(2020, 5, 6), "szprotawa.pl (a bulleted dd-mm-yyyy)"),
    (f"3_03_2010\n{T}\n{B}", D(2010, 3, 3), "bip-stmonki.wrotapodlasia.pl (underscores)"),
    (f"Aktualności 12.03.2021\n\n{T}\n\n{B}", D(2021, 3, 12), "a date glued to the category (municipal CMSs)"),
    (f"12.03.2021 {T}\n\n{B}", D(2021, 3, 12), "a date before the title on its line (news lists)"),
    pytest.param(
        f"{LONG_T}\n\n12.03.2021\n\n{B}",
        D(2021, 3, 12),
        "erzeszow.pl (a headline of 200+ characters)",
        marks=_LONG_HEADLINE,
    ),
    (f"29 sierpnia 2018\n\n{T}\n\n{B}", D(2018, 8, 29), "bpkomorowo.blogspot.com (Blogger's date header)"),
    (f"1 marca, 2024\n\n{T}\n\n{B}", D(2024, 3, 1), "kuratorium.bialystok.pl ('j F, Y' above each post)"),
    (f"www.lipno.example\n\n29.12.2019\n\n{T.upper()}\n\n{B}", D(2019, 12, 29), "szkolapl.ayz.pl"),
    # --- datelines after the headline
    (f"{T}\nopublikowano: 18 listopada 2013 - 15:12, admin\n\n{B}", D(2013, 11, 18), "warszawarodzinna.um.warszawa.pl"),
    (f"{T}\n\nponiedziałek, 19.09.2022 11:04\n\n{B}", D(2022, 9, 19), "pupslubice.pl"),
    (f"{T}\n\n3.03.2018 18:44\n{B}", D(2018, 3, 3), "genealogia.okiem.pl"),
    (f"{T}\nDziennikarz J. Nowak, 4 września 2019\n{B}", D(2019, 9, 4), "radiokaszebe.pl (role, name, date)"),
    (f"{T}\n\nPoniedziałek, 15 listopada 2021\n\n{B}", D(2021, 11, 15), "bo.nowysacz.pl (weekday capitalised)"),
    (f"{T}\n\nLipno, dnia 13 grudnia 2018 roku\n\n{B}", D(2018, 12, 13), "polanka-wielka.pl (place and day)"),
    (
        f"Dzisiaj jest poniedziałek\n25 listopada 2024\n\nGmina Lipno, dodano: 2020-03-11, godz.16:42\n\n{T}\n\n{B}",
        D(2020, 3, 11),
        "naszwyrzysk.pl (a today's-date widget, then 'category, dodano: …, godz.')",
    ),
    (f"{T}\n\npon., 12/03/2021 - 10:15\n\n{B}", D(2021, 3, 12), "Drupal (pl): 'pon., dd/mm/yyyy - HH:MM'"),
    (f"{T}\n\nOpublikowane przez admin, pt., 12/03/2021 - 10:15\n\n{B}", D(2021, 3, 12), "Drupal (pl) 'submitted'"),
    (f"{T}\n\nUtworzono: czwartek, 12 marzec 2021 10:15\n\n{B}", D(2021, 3, 12), "Joomla (pl) 'Utworzono' LC2"),
    (f"{T}\n\nCzw, 12 Marzec 2021\n\n{B}", D(2021, 3, 12), "Joomla/K2 short weekday, nominative month"),
    (f"{T}\n\n12 mar 2021\n\n{B}", D(2021, 3, 12), "WordPress themes ('j M Y', pl)"),
    (f"{T}\n\n12.03.2021 r., godz. 10:15\n\n{B}", D(2021, 3, 12), "municipal CMSs ('r., godz.')"),
    (f"{T}\n\n2021-03-12 10:15:00\n\n{B}", D(2021, 3, 12), "BIP and custom CMSs (SQL timestamp)"),
    (f"{T}\n\n12.III.2021 r.\n\n{B}", D(2021, 3, 12), "a Roman-numeral month (older municipal sites)"),
    (f"{T}\n\n12 III 2021\n\n{B}", D(2021, 3, 12), "a Roman-numeral month with spaces"),
    (f"{T}\n\npiątek, 12 marca 2021\n\n{B}", D(2021, 3, 12), "WordPress (pl) 'l, j F Y'"),
    (f"{T}\n\n12 marca 2021 | Aktualności\n\n{B}", D(2021, 3, 12), "WordPress themes (date | category)"),
    (f"{T}\n\nJan Nowak | 12.03.2021 | Aktualności\n\n{B}", D(2021, 3, 12), "news portals (author | date | section)"),
    (f"{T}\n\nOpublikowano w: Aktualności | 12 marca 2021\n\n{B}", D(2021, 3, 12), "WordPress themes (category first)"),
    (f"{T}\n\nDodano: 12.03.2021 r. | Kategoria: Aktualności\n\n{B}", D(2021, 3, 12), "municipal CMSs"),
    (f"{T}\n\nData: 12.03.2021\n\n{B}", D(2021, 3, 12), "school and library sites ('Data:')"),
    (f"{T}\n\nData dodania: 12.03.2021\n\n{B}", D(2021, 3, 12), "OPS and school CMSs ('Data dodania')"),
    (f"{T}\n\nWiadomość z dnia 12.03.2021\n\n{B}", D(2021, 3, 12), "gmina news ('Wiadomość z dnia')"),
    (f"{T}\n\nInformacja z dnia 12 marca 2021 r.\n\n{B}", D(2021, 3, 12), "OPS notices ('Informacja z dnia')"),
    (f"{T}\n\nNapisał(a): admin dnia 12.03.2021 o 10:15\n\n{B}", D(2021, 3, 12), "WebsiteBaker News (pl)"),
    (f"{T}\n\nOpublikował: Jan Nowak, dnia 12.03.2021\n\n{B}", D(2021, 3, 12), "BIP-style byline"),
    (f"{T}\n\nWprowadził: Jan Nowak, 12.03.2021\n\n{B}", D(2021, 3, 12), "BIP-style byline"),
    (f"{T}\n\n2021.03.12\n\n{B}", D(2021, 3, 12), "skierniewice.praca.gov.pl prints dates year first with dots"),
    (f"{T}\n\nWysłane przez admin w pt., 2021-03-12 10:15\n\n{B}", D(2021, 3, 12), "Drupal 7 (pl) 'submitted'"),
    (f"{T}\n\nDodano: 12 Mar 2021 o 10:15\n\n{B}", D(2021, 3, 12), "WebsiteBaker News (pl): 'dnia … o HH:MM'"),
    (f"{T}\n\nIlość wyświetleń: 120 | 12.03.2021\n\n{B}", D(2021, 3, 12), "municipal CMSs (a count, then the date)"),
    (f"{T}\n\nKomunikat z dnia 12.03.2021 r.\n\n{B}", D(2021, 3, 12), "OPS notices ('Komunikat z dnia')"),
    (f"{T}\n\nAktualność z dnia 12.03.2021 r.\n\n{B}", D(2021, 3, 12), "gmina news ('Aktualność z dnia')"),
    (f"{T}\n\nArtykuł z dnia 12.03.2021 r.\n\n{B}", D(2021, 3, 12), "local news ('Artykuł z dnia')"),
    (f"{T}\n\n{B}\n\nData umieszczenia: 12.03.2021", D(2021, 3, 12), "BIP metadata ('Data umieszczenia')"),
    (
        f"{T}\n\nOpublikowano: piątek, 12 marca 2021 10:15\n\n{B}",
        D(2021, 3, 12),
        "Joomla (pl) LC2 after 'Opublikowano'",
    ),
    (f"{T}\n\nmarzec 12, 2021\n\n{B}", D(2021, 3, 12), "month-first CMS format in Polish"),
    (f"{T}\n\nwt., 12 mar 2021\n\n{B}", D(2021, 3, 12), "WordPress themes ('D., j M Y', pl)"),
    (f"{T}\n\nGOPS Lipno, 12.03.2021\n\n{B}", D(2021, 3, 12), "OPS notices (the centre and the day)"),
    (f"{T}\n\nDodał(a): Jan Nowak, 12.03.2021\n\n{B}", D(2021, 3, 12), "school sites ('Dodał(a)')"),
    (
        f"Region\n\nOpublikowano 4 kwiecień, 2018 | przez Anna Lis\n\n{T}\n\n{B}",
        D(2018, 4, 4),
        "rkold.radiokaszebe.pl (a WordPress theme: nominative month, comma, '| przez')",
    ),
    (f"{T}\n\n13.08.2022., 12:08h\n\n{B}", D(2022, 8, 13), "tygodnik-rolniczy.pl ('dd.mm.yyyy., HH:MMh')"),
    # --- the date after the article
    (f"{T}\n\n{B}\n\n{B2}\n\nDodane:22 Luty 2025 20:04:54 | Inne", D(2025, 2, 22), "starostwokolskie.pl"),
    (f"{T}\n\n{B}\n\nAutor: Jan Nowak\n\n2021-04-23", D(2021, 4, 23), "local news reposts (source, author, date)"),
    (
        f"{T}\n\n{B}\n\nJan Nowak, 12.03.2021",
        D(2021, 3, 12),
        "NGO and school posts (signature with the date)",
    ),
    (
        f"{T}\n\n{B}\n\nopr. Anna Lis, 12.03.2021 r.",
        D(2021, 3, 12),
        "centrumkultury.eu-style 'fot./opr.' signature",
    ),
    (f"{T}\n\n{B}\n\n{B2}\n\n[12.03.2021]", D(2021, 3, 12), "a bracketed stamp after the text (BIP notices)"),
    (f"{T}\n\n{B}\n\nŹródło: UG Lipno, 12.03.2021", D(2021, 3, 12), "reposts ('Źródło: …, date')"),
    (f"{T}\n\n{B}\n\nOpublikowano: 12.03.2021, Aktualizacja: 20.03.2021", D(2021, 3, 12), "news portals"),
    # --- not the publication date: a modification alone, an event, a deadline, a resolution, an agreement
    (f"{T}\n\n{B}\n\nData ostatniej modyfikacji: 2021-03-20", None, "BIP metadata: a modification only"),
    (f"{T}\n\nAktualizacja: 20.03.2021\n\n{B}", None, "news portals: an update only"),
    (
        f"{T}\n\n{B}\n\nWersja zmieniona dnia: 07.09.2009\nPowód wprowadzenia zmian: zmiana treści",
        None,
        "mbp.slupsk.pl (an archived version's change date)",
    ),
    (f"{T}\n\nLipno, lipiec 2008\n\n{B}", None, "bip.ugbobrowniki.pl (a place and a month: no day)"),
    (
        f"{T}\n\nZwołuję sesję Rady Gminy Lipno, która odbędzie się w dniu 27 października 2022 r. (czwartek) "
        "o godz. 15:00.",
        None,
        "rzekun.pl (a session's date in the notice)",
    ),
    (
        f"ZARZĄDZENIE Nr 83/2015 Burmistrza Lipna z dnia 17 listopada 2015 r.\n\n{B}",
        None,
        "bip.czlopa.pl (an order's date atop the text)",
    ),
    (
        f"Uchwała Nr XXXI/230/05 Rady Gminy Lipno z dnia 30grudnia 2005r\n\n{B}",
        None,
        "sztutowo.bipgmina.pl (a resolution's date glued to its month)",
    ),
    (f"Boiska otwarte – 1 lipca 2020 r.\n\n{B}", None, "spslemien.edu.pl (an opening day in the headline, in words)"),
    (
        f"{T}\n\nData wejścia w życie: 2010-04-25\nData podjęcia/podpisania: 2010-01-29\n"
        "Publikacja w Dz. Urz. Woj. z roku: 2010 nr 38 pozycja 702, opublikowano dnia: 2010-03-26\n\n{B}",
        None,
        "bip.gminasorkwity.pl (an act's dates: in force, adopted, in the official journal)",
    ),
    (f"{T}\n\nData podjęcia (podpisania): 02.11.2016\n\n{B}", None, "bip.opolskie.pl (a resolution's date)"),
    (f"{T}\n\nobowiązuje od 27.10.2016 r.\n\n{B}", None, "bip.czestochowa.pl (in force from)"),
    (f"{T}\n\nData uchwalenia aktu1998.12.17\n\n{B}", None, "skierniewice.praca.gov.pl (an act's adoption)"),
    (
        f"{T}\n\nWójt zarządzeniem nr 9/2020 z dnia 19 marca 2020 r. ogłosił konkurs. Termin składania ofert "
        "upływa 17 kwietnia 2020 r.",
        None,
        "nowa.wodynie.eu (an order's date and a deadline in the text)",
    ),
    (f"{T}\n\nData wydarzenia: 15.04.2023\n\n{B}", None, "GOK and library sites (an event's date)"),
    (f"{T}\n\nTermin: 20.05.2023, godz. 17:00\n\n{B}", None, "event announcements ('Termin')"),
    (f"{T}\n\nTermin składania wniosków: do 31.03.2021\n\n{B}", None, "calls for applications (a deadline)"),
    (f"{T}\n\nData zawarcia umowy: 12.03.2021\n\n{B}", None, "funding notices (an agreement's date)"),
    (f"Uchwała Nr XII/123/2021 Rady Gminy Lipno z dnia 12 marca 2021 r.\n\n{B}", None, "BIP acts (headline)"),
    (f"{T}\n\nW dniu 12 marca 2021 r. w urzędzie odbyło się spotkanie. {B}", None, "an event in the prose"),
    (f"{T}\n\nProjekt na lata 2021-2027.\n\n{B}", None, "a programme's years"),
    (
        f"{T}\n\nW dniu 14 października 2021 roku\nMinister zaakceptował listę rankingową bibliotek.\n\n{B}",
        None,
        "okgggorlice.info (an event's day broken onto its own line)",
    ),
    (
        f"{T}\n\nUczniowie w dniach 31.05– 02.06.2023 r. uczestniczyli w wycieczce do Warszawy.\n\n{B}",
        None,
        "splazany.oswiata.eu (a trip's days)",
    ),
    (f"{T}\n\nZadanie zrealizowano w okresie maj – sierpień 2017.\n\n{B}", None, "szkolapl.ayz.pl (months only)"),
    (
        f"{T}\n\nW dniu 22 października 2023 roku odbył się kongres kół gospodyń wiejskich.\n\n{B}",
        None,
        "zakrzowek.pl (an event's day opening the text)",
    ),
    (f"{T}\n\nTermin nadsyłania zgłoszeń to 12 marca 2023 r.\n\n{B}", None, "tuwiazowna.pl (a deadline)"),
    # ... nor a date closing a text that announces it, nor a day with its hour on the next line
    (f"{T}\n\n{B}\n\nUroczyste otwarcie świetlicy odbędzie się:\n15 maja 2023 r.", None, "event notices (colon)"),
    (
        f"{T}\n\n{B} Wójt zaprasza mieszkańców na uroczyste otwarcie świetlicy po remoncie.\n\n15.05.2023 r.",
        None,
        "event notices (an invitation, then its day)",
    ),
    (f"{T}\n\n{B}\n\n15.05.2023 r.\ngodz. 17:00", None, "event notices (the day, then its hour)"),
    (f"{T}\n\n{B}\n\n{B2}\n\nOstatnia aktualizacja: 20.03.2021", None, "a closing update line only"),
    (f"{T}\n\n{B}\n\nTermin zgłoszeń, 30.04.2021", None, "a closing deadline in the signature's shape"),
    (f"{T}\n\n{B}\n\nSpotkanie informacyjne, 15.05.2023", None, "a closing event in the signature's shape"),
    (
        f"{T}\n\n{B}\n\nniedziela, 25 października 2020r.\nGminny Ośrodek Pomocy Społecznej\nul. Długa 61\n"
        "tel. 33 848 80 19",
        None,
        "a date widget above the footer (weekday and day, then the address)",
    ),
    (f"Środa, 2024.01.24 :: imieniny: Felicji, Rafała\n\n{T}\n\n{B}", None, "palowice.net (today's date widget)"),
    # a BIP's row "Data upublicznienia" under a resolution dated later, its month in three letters (s18, b31a)
    (
        f"Uchwała Nr XII/97/2014 Rady Powiatu\nz dnia: 26 września 2014 roku\n\n{B}\n\n"
        "Data upublicznienia: poniedziałek, 16 cze 2014 09:16\nOpublikował(a): Anna Lis",
        D(2014, 6, 16),
        "powiatlomzynski.pl (BIP: 'Data upublicznienia', an abbreviated month)",
    ),
    (
        f"{T}\n\nDodano: wt., 3 lis 2021\n\n{B}",
        D(2021, 11, 3),
        "a CMS byline with a weekday and a month's three letters",
    ),
]


def _param(row: Any) -> Any:
    """A row as a pytest param with its source as its id (a marked row keeps its marks)."""
    if hasattr(row, "marks"):
        return pytest.param(*row.values, marks=row.marks, id=row.values[2][:60])
    return pytest.param(*row, id=row[2][:60])


@pytest.mark.parametrize(("text", "want", "source"), [_param(row) for row in FORMS])
def test_published_form(text: str, want: date | None, source: str) -> None:
    assert record(text).published == want, source
