"""Who pays and which programme, session s10 of issue 13: the funder and programme classes of tune3's misses.

Each row is a short passage invented for this file (reworded; names, numbers and cues kept as the real forms print
them), labelled by tests/realtext/README.md; the last column names the rule or the real pages' form it stands for
and "near-miss" marks a form that must keep its answer.
"""

from __future__ import annotations

import pytest

from extract.funding import find_funding

FUNDERS = [
    # Adverbs of time or repetition between the payer and its verb take no part of the subject (Polish word order;
    # powiatgorlicki.pl)
    (
        "Minister Zdrowia znowu w tym roku przyznał powiatom dotacje; 500 tys. zł dostał Powiat Nowotarski.",
        "Ministerstwo Zdrowia",
        "adverbials 'znowu w tym roku' before 'przyznał'",
    ),
    (
        "Ministerstwo Sportu i Turystyki już po raz kolejny zwiększyło środki na program dla gmin.",
        "Ministerstwo Sportu i Turystyki",
        "adverbials 'już po raz kolejny' before 'zwiększyło'",
    ),
    (
        "Minister Zdrowia w tym roku odwiedził szpital, który remontuje oddział za 2 mln zł.",
        None,
        "near-miss: adverbials before a verb that pays nothing",
    ),
    # The perfective participles of paying before "przez" name the payer as its agent (biblioteka.kesowo.pl)
    (
        "Zakup nowości wydawniczych jest sfinansowany przez Bibliotekę Narodową w ramach Narodowego Programu Rozwoju "
        "Czytelnictwa.",
        "Biblioteka Narodowa",
        "'sfinansowany przez' beats the programme's own payer",
    ),
    (
        "Świetlicę współfinansowaną przez Ministerstwo Sportu i Turystyki otwarto w maju.",
        "Ministerstwo Sportu i Turystyki",
        "'współfinansowaną przez'",
    ),
    (
        "Zakup nowości wydawniczych sfinansowano w ramach Narodowego Programu Rozwoju Czytelnictwa.",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
        "near-miss: no agent, the programme's row implies its payer",
    ),
    # Voivodes in the plural with their region's adjective (nominative "-scy/-ccy", genitive "-skich"), and a promise
    # or cheque handed over by its giver (malopolska.uw.gov.pl)
    (
        "Promesy na odbudowę dróg po powodzi wręczyli wicewojewodowie pomorscy Jan Kowal i Adam Nowak.",
        "Wojewoda Pomorski",
        "plural 'wicewojewodowie pomorscy' after 'Promesy … wręczyli'",
    ),
    (
        "Czeki na remont mostów przekazali gminom wojewodowie mazowieccy.",
        "Wojewoda Mazowiecki",
        "plural 'wojewodowie mazowieccy' after 'Czeki … przekazali'",
    ),
    (
        "Dziś wojewodowie przekazali samorządom w całym kraju wyniki naboru do Rządowego Funduszu Inwestycji "
        "Lokalnych.",
        "Fundusz Przeciwdziałania COVID-19",
        "near-miss: voivodes of every region are no single payer; the programme's row implies it",
    ),
    # A voivodeship's self-government, marshal or authorities named with the region's own name in the genitive
    # ("samorząd Małopolski", "Marszałek Mazowsza"; dzieje.pl)
    (
        "Na odnowę przydrożnych kapliczek samorząd Podkarpacia przeznaczył z budżetu województwa 1,2 mln zł.",
        "Urząd Marszałkowski Województwa Podkarpackiego",
        "'samorząd Podkarpacia'",
    ),
    (
        "W tym roku Marszałek Mazowsza przyznał dotacje trzydziestu klubom sportowym.",
        "Urząd Marszałkowski Województwa Mazowieckiego",
        "'Marszałek Mazowsza'",
    ),
    (
        "Mieszkańcy Mazowsza dostali dotacje z Ministerstwa Zdrowia.",
        "Ministerstwo Zdrowia",
        "near-miss: the region's name without its self-government",
    ),
    # "woj." is the voivodeship's usual abbreviation: its money in a list of sources (soleckujawski.pl), never an
    # address or where a body comes from
    (
        "Źródła finansowania:\nŚrodki woj. małopolskiego: 120 000,00 zł\nŚrodki gminy: 80 000 zł",
        "Urząd Marszałkowski Województwa Małopolskiego",
        "'Środki woj. małopolskiego'",
    ),
    (
        "Gmina Bolesław, woj. małopolskie, dostała dotację z Ministerstwa Zdrowia.",
        "Ministerstwo Zdrowia",
        "near-miss: 'woj.' in an address",
    ),
    (
        "Stowarzyszenia z woj. małopolskiego dostały dotacje z budżetu państwa.",
        None,
        "near-miss: 'z woj. X' says where they are from",
    ),
    # A self-government of a voivodeship named without its region that pays from its budget is the generic office
    # (tests/realtext/README.md, third round: "z budżetu samorządu województwa"; warmia.mazury.pl)
    (
        "W 2024 roku na zadania z zakresu sportu pójdzie z budżetu samorządu województwa 60 tys. zł.",
        "Urząd Marszałkowski",
        "'z budżetu samorządu województwa'",
    ),
    (
        "Sejmik uchwalił budżet samorządu województwa na 2024 rok.",
        None,
        "near-miss: a budget passed, no money from it",
    ),
    # The verb of signing before the party and the agreement after it: the party signs as the payer
    # (lgdzapiecek.pl; the same order on bip pages: "podpisała z Wojewodą Mazowieckim umowę")
    (
        "Stowarzyszenie LGD zawarło z Województwem Opolskim umowę na realizację operacji własnej.",
        "Urząd Marszałkowski Województwa Opolskiego",
        "'zawarło z Województwem X umowę'",
    ),
    (
        "Wójt podpisał z firmą z województwa opolskiego umowę na remont drogi.",
        None,
        "near-miss: a contractor 'z województwa X' is where it comes from",
    ),
    (
        "Stowarzyszenie zawarło z Województwem Opolskim porozumienie o współpracy przy festynie.",
        None,
        "near-miss: no agreement word after the party",
    ),
    # A cue line wrapped right before the payer's name (a logo's caption: cieploiserce.pl); a paragraph break is no wrap
    (
        "DOFINANSOWANO ZE ŚRODKÓW\nPAŃSTWOWEGO FUNDUSZU REHABILITACJI OSÓB NIEPEŁNOSPRAWNYCH\n\nNazwa zadania: Budowa "
        "hospicjum",
        "PFRON",
        "'ze środków' at a line's end, the payer on the next line",
    ),
    (
        "Zajęcia finansujemy ze środków własnych.\n\nPaństwowy Fundusz Rehabilitacji Osób Niepełnosprawnych ogłosił "
        "nabór.",
        None,
        "near-miss: a paragraph break after the cue",
    ),
    # "pochodzić z województwa X" with no money before it says where a body comes from (rops.lubelskie.pl)
    (
        "Dotacje przyznano 65 podmiotom, a 6 z nich pochodzi z województwa lubelskiego.",
        None,
        "'6 z nich pochodzi z województwa X': origin",
    ),
    (
        "Pieniądze na remont świetlicy pochodzą z Województwa Lubelskiego.",
        "Urząd Marszałkowski Województwa Lubelskiego",
        "near-miss: money comes from the voivodeship",
    ),
]


@pytest.mark.parametrize(("text", "funder", "source"), FUNDERS, ids=[row[2][:60] for row in FUNDERS])
def test_who_pays(text: str, funder: str | None, source: str) -> None:
    assert find_funding(text)[0].funder == funder


PROGRAMMES = [
    # A facility named after a programme names the place, not the money's source (tests/realtext/README.md,
    # funding.programme; trzcianka.pl, lgd-szlakiemgranitu.pl, the in-house a20)
    (
        "Dawny budynek ośrodka mieści kuchnię, Dzienny Dom Senior + i Klub Senior +.",
        None,
        "facility: 'Dzienny Dom Senior +', 'Klub Senior +'",
    ),
    (
        "Festyn odbędzie się we wrześniu w Klubie Seniora SENIOR + w Udaninie.",
        None,
        "facility: 'w Klubie Seniora SENIOR +'",
    ),
    (
        "Gmina dostała dotację z programu „Senior+” na działalność Klubu „Senior+”.",
        "Senior+",
        "near-miss: the programme is named as the money's source too",
    ),
    # KLUB, the sport minister's programme, canonical as the ministry prints it (README, fourth round); its edition
    # dropped
    (
        "Dotacje z Rządowego Programu „Klub 2024” dostały trzy kluby z gminy.",
        "KLUB",
        "quoted 'Klub 2024'",
    ),
    (
        "Nabór w Rządowym Programie Klub 2022 rozstrzygnięto w czerwcu.",
        "KLUB",
        "unquoted after 'Rządowym Programie'",
    ),
    (
        "Program Klubu Seniora obejmuje wycieczki i zajęcia ruchowe.",
        None,
        "near-miss: a club's own programme",
    ),
    # Małopolska Pamięta, the self-government's contest, without its subtitle (README, fourth round; malopolska.pl)
    (
        "Zadanie dofinansowano z programu pn. „Małopolska Pamięta - zachowanie miejsc pamięci narodowej i "
        "martyrologii”, z budżetu województwa małopolskiego.",
        "Małopolska Pamięta",
        "quoted with its subtitle",
    ),
    (
        "Zarząd Województwa Małopolskiego ogłosił konkurs „Małopolska Pamięta” dla gmin i powiatów.",
        "Małopolska Pamięta",
        "quoted, capitalised",
    ),
    (
        "Małopolska pamięta o swoich bohaterach – mówił wojewoda.",
        None,
        "near-miss: the ordinary sentence",
    ),
    # Dom Kultury+ printed without its subtitle after "program"
    (
        "Projekt jest częścią programu Dom Kultury+ Edycja 2024, który finansuje Ministerstwo Kultury.",
        "Dom Kultury+ Inicjatywy Lokalne",
        "'programu Dom Kultury+'",
    ),
    ("Gminny Dom Kultury zaprasza na zajęcia plastyczne.", None, "near-miss: a culture centre"),
    # The small projects' fund of Interreg Polska–Saksonia, its edition by the years printed (euroregion-nysa.pl)
    (
        "Komitet Sterujący Funduszem Małych Projektów Polska – Saksonia 2021-2027 przyznał dofinansowanie.",
        "Interreg Polska – Saksonia",
        "FMP Polska – Saksonia 2021-2027",
    ),
    (
        "Mikroprojekt dofinansowano z Funduszu Małych Projektów Interreg Polska – Saksonia 2014-2022.",
        "Interreg Polska-Saksonia 2014-2020",
        "FMP Interreg Polska – Saksonia 2014-2022",
    ),
    # A year glued to its "r." still chooses the edition of a programme printed without years
    (
        "Umowę o przyznaniu pomocy podpisano 26 maja 2017r. w ramach inicjatywy LEADER.",
        "PROW 2014-2020",
        "'2017r.' chooses PROW 2014-2020",
    ),
    (
        "Umowę o przyznaniu pomocy podpisano 26 maja 2024r. w ramach inicjatywy LEADER.",
        "PS WPR 2023-2027",
        "near-miss: '2024r.' chooses the plan of 2023-2027",
    ),
]


@pytest.mark.parametrize(("text", "programme", "source"), PROGRAMMES, ids=[row[2][:60] for row in PROGRAMMES])
def test_which_programme(text: str, programme: str | None, source: str) -> None:
    assert find_funding(text)[0].programme == programme
