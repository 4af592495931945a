"""Who pays and which programme, session s11 of issue 13: the payer and programme classes of tune5's misses.

Each row is a short passage invented for this file (reworded; names, numbers and cues kept as the real forms print
them), labelled by tests/realtext/README.md; the last column names the rule or the real pages' form it stands for
and "near-miss" marks a form that must keep its answer.
"""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.local_offices import head_unit, offices
from extract.org_names import org_run

FUNDERS = [
    # A state fund named as the frame the money comes in is the source (README, fifth round: "w ramach Funduszu
    # Ochrony Gruntów Rolnych"); mops.rumia.pl, bądkowo.pl
    (
        "Program, realizowany w ramach Funduszu Solidarnościowego, wspiera opiekunów osób z niepełnosprawnościami. "
        "Program „Opieka wytchnieniowa” to dotacja dla gmin.",
        "Fundusz Solidarnościowy",
        "'realizowany w ramach Funduszu Solidarnościowego' beats the row's ministry",
    ),
    (
        "Drogę dojazdową do pól przebudowano w ramach Funduszu Ochrony Gruntów Rolnych, dofinansowanie wyniosło 80 "
        "tys. zł.",
        "Fundusz Ochrony Gruntów Rolnych",
        "'w ramach Funduszu Ochrony Gruntów Rolnych'",
    ),
    (
        "Program jest realizowany w ramach państwowego funduszu celowego – Fundusz Solidarnościowy.",
        "Fundusz Solidarnościowy",
        "'w ramach państwowego funduszu celowego – Fundusz X'",
    ),
    (
        "Gmina złożyła wniosek w ramach Rządowego Funduszu Inwestycji Lokalnych i dostała 2 mln zł.",
        "Fundusz Przeciwdziałania COVID-19",
        "near-miss: a fund that is a programme's name (an umbrella of calls) keeps its row's payer",
    ),
    (
        "Mikroprojekt dofinansowano w ramach Funduszu Małych Projektów Interreg Polska-Saksonia 2014-2022.",
        None,
        "near-miss: an EU programme's small projects' fund is no state fund",
    ),
    # The information card of a task paid from a state fund (the 2021 regulation's form): "…z państwowych funduszy
    # celowych: Fundusz X" (pcpr.monki.pl)
    (
        "Zadanie opłacane lub dofinansowane z budżetu państwa albo z państwowych funduszy celowych: Fundusz "
        "Solidarnościowy. Program MRPiPS „Asystent osobisty osoby z niepełnosprawnością” – edycja 2025.",
        "Fundusz Solidarnościowy",
        "'z państwowych funduszy celowych: Fundusz X' beats the programme's author",
    ),
    # What a grant is for is not who gives it: "dofinansowanie na X" (radiomaryja.pl)
    (
        "Gminy mogą składać wnioski o dofinansowanie na utworzenie CUS-ów\n\nRuszył nabór wniosków gmin.",
        None,
        "near-miss: 'dofinansowanie na utworzenie CUS-ów' and a headline's end",
    ),
    (
        "Gmina dostała dotację na remont Szkoły Podstawowej w Bieli.",
        None,
        "near-miss: 'dotację na remont Szkoły …': the thing funded",
    ),
    (
        "Pieniądze na projekt pochodzą od Fundacji Wspólna Droga.",
        "Fundacja Wspólna Droga",
        "'na projekt pochodzą od': the giver after 'pochodzą'",
    ),
    # A gmina's head named by the place in the genitive ("Burmistrz Dzierzgonia", "Prezydent Skierniewic") acts for
    # the unit (README, funder rule), and an organ that settles or gives the results of its open call pays
    # (bip.dzierzgon.pl, psmk.org.pl)
    (
        "Burmistrz Dzierzgonia podaje wyniki otwartego konkursu na realizację zadań publicznych w roku 2015. "
        "Stowarzyszeniu przyznano 5.000,00 zł.",
        "Gmina Dzierzgoń",
        "'Burmistrz Dzierzgonia podaje wyniki otwartego konkursu'",
    ),
    (
        "Prezydent Miasta Skierniewice rozstrzygnął konkurs dla organizacji pozarządowych działających m.in. w "
        "kulturze. W efekcie dostaliśmy dofinansowanie w kwocie 20 000 zł.",
        "Miasto Skierniewice",
        "'rozstrzygnął konkurs', the grant in the next sentence",
    ),
    (
        "Prezydent Skierniewic rozstrzygnął otwarty konkurs na realizację zadań publicznych z zakresu sportu.",
        "Miasto Skierniewice",
        "'Prezydent Skierniewic' (a city with powiat rights) 'rozstrzygnął otwarty konkurs'",
    ),
    (
        "Wójt Kościeliska rozstrzygnął konkurs fotograficzny. Laureaci dostali aparaty.",
        None,
        "near-miss: a contest with no grant",
    ),
    (
        "Burmistrz Dzierzgonia ogłosił wyniki konkursu na logo gminy. Zwycięzca dostał nagrodę rzeczową.",
        None,
        "near-miss: results of a contest that grants no money",
    ),
    # A verb of paying before its subject (Polish object-verb-subject order), and "otrzymaliśmy z X" with money in
    # its sentence: the giver of a body the table does not know, as printed in the nominative
    (
        "Zakup defibrylatora sfinansowała Fundacja Banku Spółdzielczego w Żywcu.",
        "Fundacja Banku Spółdzielczego w Żywcu",
        "'sfinansowała Fundacja X' (object first)",
    ),
    (
        "Wyjazd dzieci nad morze dofinansowało Starostwo Powiatowe w Kłodzku.",
        "Powiat Kłodzki",
        "'dofinansowało Starostwo Powiatowe w X': the office's unit",
    ),
    (
        "Stroje dla zespołu ufundowało Stowarzyszenie Przyjaciół Ziemi Kłodzkiej.",
        "Stowarzyszenie Przyjaciół Ziemi Kłodzkiej",
        "'ufundowało Stowarzyszenie X'",
    ),
    ("Zakup sfinansował Jan Kowalski.", None, "near-miss: a person is no organisation"),
    ("Projekt sfinansowała Unia Europejska.", None, "near-miss: the EU is no body of the tables' kind"),
    (
        "Otrzymaliśmy z Fundacji Wspólna Droga 5 tys. zł dotacji.",
        "Fundacja Wspólna Droga",
        "'otrzymaliśmy z Fundacji X 5 tys. zł': the sum is no part of the name",
    ),
    (
        "Dofinansowanie otrzymaliśmy z Urzędu Miasta Kłodzka.",
        "Miasto Kłodzko",
        "'otrzymaliśmy z Urzędu Miasta X'",
    ),
    ("Uczniowie otrzymali z Gminy Kłodzko dyplomy.", None, "near-miss: 'otrzymali z' with no money"),
    # "im." (imienia) is printed with its dot, in any case (spoleszno.pl)
    (
        "Pieniądze na projekt dała Fundacja LOTTO im. HALINY KONOPACKIEJ.",
        "Fundacja LOTTO im. Haliny Konopackiej",
        "'Fundacja LOTTO im. HALINY KONOPACKIEJ': the table's name",
    ),
    (
        "Grant przyznała Fundacja LOTTO im Haliny Konopackiej.",
        "Fundacja LOTTO im. Haliny Konopackiej",
        "'im' without its dot",
    ),
    (
        "Dotację przekazała Fundacja LOTTO Milion Marzeń.",
        "Fundacja LOTTO Milion Marzeń",
        "near-miss: another body of the same company, as printed",
    ),
    # A state fund named first as the money's source, in the future tense too: "pieniądze zapewni rezerwa Funduszu
    # Pracy" before the ministry that signs (README fifth round; polskatimes.pl)
    (
        "Projekt kosztuje 850 tys. zł, a pieniądze zapewni rezerwa Funduszu Pracy. Umowę podpisano z Ministerstwem "
        "Rodziny i Polityki Społecznej.",
        "Fundusz Pracy",
        "'pieniądze zapewni rezerwa Funduszu Pracy' before the signing ministry",
    ),
    (
        "Umowę podpisano z Ministerstwem Rodziny i Polityki Społecznej; pieniądze zapewnią Fundusz Pracy i gmina.",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        "near-miss: the ministry named first keeps its place",
    ),
    # The government named first as the money's source, a voivode after it only signing: the programme's ministry
    # (README third round, "rząd dał"; forsal.pl)
    (
        "Rząd obiecał samorządom pieniądze na Korpus Wsparcia Seniorów, a umowy z wojewodą gminy dostały dopiero w "
        "grudniu.",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        "'rząd obiecał pieniądze' before 'umowy z wojewodą'",
    ),
    (
        "Wojewoda Opolski podpisał umowy w ramach programu Korpus Wsparcia Seniorów; rząd dał 100 mln zł.",
        "Wojewoda Opolski",
        "near-miss: the voivode named first",
    ),
    # (the government as a noun giving, not "dalej", "dalsze", "rządowego", "rzadko", "nie da się": review 1d)
    (
        "Rząd dalej pracuje nad ustawą o sporcie. Wojewoda Mazowiecki przekazał gminie 50 tys. zł z programu Aktywni+.",
        "Wojewoda Mazowiecki",
        "near-miss: 'rząd dalej pracuje' gives nothing",
    ),
    (
        "Rządowego wsparcia dalsze losy są nieznane, rzadko daleko planujemy. Wojewoda Mazowiecki przekazał gminie 50 "
        "tys. zł z programu Aktywni+.",
        "Wojewoda Mazowiecki",
        "near-miss: 'rządowego … dalsze', 'rzadko daleko'",
    ),
    (
        "Rządu nie da się przekonać do zmian. Wojewoda Mazowiecki przekazał gminie 50 tys. zł z programu Aktywni+.",
        "Wojewoda Mazowiecki",
        "near-miss: 'nie da się'",
    ),
    (
        "Przedstawiciele rządu obiecali pieniądze na kluby seniora. Wojewoda Mazowiecki przekazał gminie 50 tys. zł z "
        "programu Aktywni+.",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        "'przedstawiciele rządu obiecali' before the voivode",
    ),
    (
        "Rząd przekaże na ten cel 30 mln zł. Wojewoda Mazowiecki podpisał umowę z gminą w ramach programu Aktywni+.",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        "'rząd przekaże' (the future) before the voivode",
    ),
    # Releasing money is paying: "Minister Finansów uruchomił rezerwę celową" (arkadia.dobrcz.pl)
    (
        "Minister Finansów uruchomił rezerwę celową budżetu państwa na ośrodki wsparcia. Urząd Wojewódzki w "
        "Bydgoszczy przekazał w związku z tym, że gminie przyznano środki.",
        "Ministerstwo Finansów",
        "'uruchomił rezerwę celową'",
    ),
    (
        "Minister Zdrowia uruchomił infolinię dla seniorów; Wojewoda Opolski przyznał gminom dotacje.",
        "Wojewoda Opolski",
        "near-miss: 'uruchomił infolinię' releases no money",
    ),
    # A body only named as carrying the project out is no payer (README: `implementer`; powiat.losice.pl)
    (
        "Gminy przystąpiły do projektu „Pilotaż Centrum Wsparcia Doradczego”, który realizuje Urząd Marszałkowski "
        "Województwa Mazowieckiego.",
        None,
        "'projektu …, który realizuje Urząd X': the implementer",
    ),
    (
        "Projekt wsparcia gmin realizowany przez Urząd Marszałkowski Województwa Mazowieckiego ruszył w maju.",
        None,
        "'realizowany przez Urząd X'",
    ),
    (
        "Projekt wsparcia gmin dofinansował Urząd Marszałkowski Województwa Mazowieckiego.",
        "Urząd Marszałkowski Województwa Mazowieckiego",
        "near-miss: the same body with a verb of paying",
    ),
    # After a sum's noun alone the giver stands in the genitive ("Dotacja Fundacji X"); a nominative there opens the
    # next clause (mojelipsko.info)
    (
        "Do otrzymanej dotacji Powiat Lipski dołoży ze swoich środków 92 800 zł.",
        None,
        "'dotacji Powiat Lipski dołoży': the subject of the next verb",
    ),
    (
        "Dotacja Fundacji Wspólna Droga pozwoliła kupić sprzęt.",
        "Fundacja Wspólna Droga",
        "near-miss: 'Dotacja Fundacji X', the genitive giver",
    ),
]


@pytest.mark.parametrize(("text", "funder", "source"), FUNDERS, ids=[row[2][:60] for row in FUNDERS])
def test_who_pays(text: str, funder: str | None, source: str) -> None:
    assert find_funding(text)[0].funder == funder


PROGRAMMES = [
    # The owner read once, with kinds and naming words before and after it (review 2a: the owner left the repeated
    # qualifiers, which made each "program" cost every split of them)
    (
        "Gmina otrzymała dotację z programu rządowego Ministra Kultury pn. Ochrona zabytków na remont kościoła.",
        "Ochrona zabytków",
        "'programu rządowego Ministra X pn. Y'",
    ),
    (
        "Gmina otrzymała dotację z programu Ministra Kultury i Dziedzictwa Narodowego pn. „Ochrona zabytków”.",
        "Ochrona zabytków",
        "'programu Ministra X (six words) pn. „Y”'",
    ),
    # The Minister of Culture's programmes were "Programy Operacyjne" in 2004-2010: "operacyjny" qualifies the name
    # as "rządowy" or "wieloletni" does (biblioteka.debowiec.com.pl)
    (
        "Biblioteka kupiła książki z dotacji w ramach Programu Operacyjnego Promocja Czytelnictwa (Priorytet 1).",
        "Promocja czytelnictwa",
        "'Programu Operacyjnego Promocja Czytelnictwa'",
    ),
    (
        "Remont sali sfinansowano z Programu Operacyjnego Infrastruktura Kultury w 2008 roku.",
        "Infrastruktura kultury",
        "'Programu Operacyjnego Infrastruktura Kultury'",
    ),
    (
        "Zadanie dofinansował Minister w ramach Programu Operacyjnego „Dziedzictwo kulturowe”.",
        "Dziedzictwo kulturowe",
        "'Programu Operacyjnego „Dziedzictwo kulturowe”' (quoted)",
    ),
    ("Projekt z Programu Operacyjnego Kapitał Ludzki.", "PO KL 2007-2013", "near-miss: an EU programme keeps its row"),
    # The programme's owner, and the edition's year, between "program" and the name (um.sejny.pl): "Programu
    # Ministra KiDN 2020 Ochrona zabytków", as the quoted "programu Ministerstwa X „Y”" is read
    (
        "Zadanie wchodzi do Programu Ministra KiDN 2020 Ochrona zabytków.",
        "Ochrona zabytków",
        "'Programu Ministra KiDN 2020 Ochrona zabytków'",
    ),
    (
        "Dotacja w ramach Programu Ministra Kultury i Dziedzictwa Narodowego Kultura Dostępna.",
        "Kultura Dostępna",
        "'Programu Ministra Kultury i Dziedzictwa Narodowego Kultura Dostępna'",
    ),
    (
        "Gmina dostała dotację z programu MRiPS Opieka wytchnieniowa – edycja 2024.",
        "Opieka wytchnieniowa",
        "'programu MRiPS Opieka wytchnieniowa'",
    ),
    (
        "Klub otrzymał dotację z programu Ministra Sportu i Turystyki Sport dla Wszystkich.",
        "Sport dla Wszystkich",
        "'programu Ministra Sportu i Turystyki Sport dla Wszystkich'",
    ),
    (
        "Dotacja z Programu Ministra Kultury na remont dachu kościoła.",
        None,
        "near-miss: an owner with no programme's name after it",
    ),
    ("Projekt z Programu Operacyjnego Polska Cyfrowa.", "POPC 2014-2020", "near-miss: POPC keeps its row"),
    # RPO WM 2014-2020's axes and measures by name (ps1.wieliszew.pl, funduszedlamazowsza.eu)
    (
        "Oś priorytetowa X Edukacja dla rozwoju regionu.\nDziałanie 10.1 Kształcenie i rozwój dzieci i młodzieży.\n"
        "Poddziałanie 10.1.4 Edukacja przedszkolna.",
        "RPO WM 2014-2020 (mazowieckie)",
        "RPO WM axis X and measure 10.1.4 by name",
    ),
    (
        "Projekt w ramach Osi Priorytetowej IX Wspieranie włączenia społecznego i walka z ubóstwem, Działania 9.1 "
        "Aktywizacja społeczno-zawodowa osób wykluczonych i przeciwdziałanie wykluczeniu społecznemu.",
        "RPO WM 2014-2020 (mazowieckie)",
        "RPO WM axis IX and measure 9.1 by name",
    ),
    ("Poddziałanie 10.1.4, nabór dla przedszkoli.", None, "near-miss: a measure's number alone names no programme"),
    # The 2007-2013 generator's document numbers: "WND-" (application) and "UDA-" (agreement) before the programme's
    # code (bip-stmonki.wrotapodlasia.pl)
    ("Koordynator projektu nr WND-POKL.09.05.00-20-206/08 przedstawił aneks.", "PO KL 2007-2013", "'WND-POKL.…'"),
    ("Umowa nr UDA-POKL.07.01.01-02-001/08-00 o dofinansowanie.", "PO KL 2007-2013", "'UDA-POKL.…'"),
    ("Umowa nr XWND-POKL.07.01 zmieniona.", None, "near-miss: 'WND-' inside a longer code"),
    ("Umowa nr DPT/POKL/109/13 zmieniona.", None, "near-miss: a code after '/' is a document number's part"),
    # The small projects' funds of the euroregions name their Interreg programme, the edition by the years printed
    # (README fifth round; interreg6a.net, euroregion-silesia.pl, pradziad.pl, viadrina.org.pl); sck.stargard.pl
    (
        "W Funduszu Małych Projektów Interreg VIA Euroregion Pomerania oceniono wniosek o dofinansowanie.",
        "Interreg VI-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska",
        "FMP 'Interreg VIA Euroregion Pomerania'",
    ),
    (
        "Projekt dofinansowano z Funduszu Małych Projektów Euroregionu Pomerania w 2019 r.",
        "Interreg V-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska",
        "FMP Euroregionu Pomerania, 2019",
    ),
    (
        "Projekt dofinansowano z Funduszu Mikroprojektów w Euroregionie Glacensis w 2011 r.",
        "Program Operacyjny Współpracy Transgranicznej Republika Czeska – Rzeczpospolita Polska 2007-2013",
        "FM w Euroregionie Glacensis, 2011",
    ),
    (
        "Mikroprojekt dofinansowano z Funduszu Mikroprojektów w Euroregionie Pradziad w 2019 r.",
        "Interreg V-A Republika Czeska – Polska",
        "FM w Euroregionie Pradziad, 2019",
    ),
    (
        "Stowarzyszenie dostało grant z Funduszu Małych Projektów w Euroregionie Śląsk Cieszyński w 2024 r.",
        "Interreg Czechy – Polska",
        "FMP w Euroregionie Śląsk Cieszyński, 2024",
    ),
    (
        "Projekt dofinansowano z Funduszu Małych Projektów w Euroregionie Pro Europa Viadrina w 2019 r.",
        "Interreg V-A Brandenburgia – Polska",
        "FMP w Euroregionie Pro Europa Viadrina, 2019",
    ),
    (
        "Gmina wysłała wniosek do Funduszu Mikroprojektów w Euroregionie Pradziad, działającego w ramach Programu "
        "Interreg V-A Republika Czeska – Polska.",
        "Interreg V-A Republika Czeska – Polska",
        "an edition named in full settles the fund's edition",
    ),
    ("Euroregion Pradziad zaprasza na festyn w 2019 r.", None, "near-miss: a euroregion alone names no programme"),
    # The PGR grants, "Cyfrowa Gmina – Wsparcie dzieci z rodzin pegeerowskich w rozwoju cyfrowym – Granty PPGR", are a
    # call inside POPC, read as POPC (src/extract/data/README.md); dopiewo.pl, biala.gmina.pl
    (
        "Gmina dostała grant w konkursie grantowym Cyfrowa Gmina – Wsparcie dzieci z rodzin pegeerowskich w rozwoju "
        "cyfrowym. Projekt realizowany w ramach Programu Operacyjnego Polska Cyfrowa na lata 2014-2020.",
        "POPC 2014-2020",
        "'Cyfrowa Gmina – Wsparcie dzieci z rodzin pegeerowskich' beside POPC",
    ),
    (
        "Cyfrowa Gmina Biała - granty PPGR\n\nGrant pochodzi z Programu Operacyjnego Polska Cyfrowa.",
        "POPC 2014-2020",
        "a headline 'Cyfrowa Gmina X - granty PPGR'",
    ),
    (
        "Gmina dostała 100 tys. zł z programu Cyfrowa Gmina.\n\nZ programu CYFROWA GMINA „Granty PPGR” kupi laptopy.",
        "Cyfrowa Gmina",
        "near-miss: 'Cyfrowa Gmina' named alone first",
    ),
    (
        "Gmina dostała grant z programu Cyfrowa Gmina na cyberbezpieczeństwo, w ramach Programu Operacyjnego Polska "
        "Cyfrowa.",
        "Cyfrowa Gmina",
        "near-miss: the Cyfrowa Gmina grant itself",
    ),
    # A quoted name that a copula then calls a programme (powiat.pisz.pl; the survey's "tak nazywa się" row)
    (
        "Szkoły dostały granty w projekcie „Potrafię, decyduję, działam”. „Potrafię, decyduję, działam” to pierwszy "
        "program strategiczny samorządu województwa.",
        "Potrafię, decyduję, działam",
        "'„X” to pierwszy program strategiczny'",
    ),
    (
        "„Aktywny Senior” jest programem gminy dla osób starszych.",
        "Aktywny Senior",
        "'„X” jest programem'",
    ),
    (
        "„Remont drogi” to zadanie, które gmina sfinansowała z programu rządowego.",
        None,
        "near-miss: the quoted name is called a task, the programme comes later",
    ),
    (
        "„Nasza świetlica” to projekt realizowany w ramach programu Działaj Lokalnie.",
        "Działaj Lokalnie",
        "near-miss: a project within a named programme",
    ),
    # Voivodeships' programmes (wrotapodlasia.pl, lapy.pl; sadecki.news)
    (
        "Ze środków pozyskanych w ramach „Programu Odnowy Wsi Województwa Podlaskiego - Kreatywna wieś” "
        "wyremontowano świetlicę.",
        "Program Odnowy Wsi Województwa Podlaskiego – Kreatywna wieś",
        "'Programu Odnowy Wsi Województwa Podlaskiego - Kreatywna wieś'",
    ),
    (
        "Z Małopolskiego Programu Rozwoju Bazy Sportowej gmina pozyskała 851 tysięcy złotych.",
        "Małopolski Program Rozwoju Bazy Sportowej",
        "'Z Małopolskiego Programu Rozwoju Bazy Sportowej'",
    ),
    (
        "Program Odnowy Wsi Województwa Opolskiego wspiera sołectwa.",
        "Program Odnowy Wsi Województwa Opolskiego",
        "near-miss: another region's village programme",
    ),
]


@pytest.mark.parametrize(("text", "programme", "source"), PROGRAMMES, ids=[row[2][:60] for row in PROGRAMMES])
def test_which_programme(text: str, programme: str | None, source: str) -> None:
    assert find_funding(text)[0].programme == programme


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        (
            "Gmina dostała dotację z Programu Odnowy Wsi Województwa Podlaskiego na świetlicę.",
            "Urząd Marszałkowski Województwa Podlaskiego",
        ),
        # paid by the voivodeship and the sports ministry's programme: the row names no single payer
        ("Z Małopolskiego Programu Rozwoju Bazy Sportowej gmina pozyskała 851 tysięcy złotych.", None),
    ],
)
def test_new_rows_imply_their_payer(text: str, funder: str | None) -> None:
    assert find_funding(text)[0].funder == funder


OFFICES = [
    ("Burmistrz Dzierzgonia podaje", "Burmistrz Dzierzgonia", "Gmina Dzierzgoń"),  # an urban-rural gmina
    # an urban gmina: still "Gmina X" where nothing else names it (tests/realtext/README.md, sixth round)
    ("Burmistrz Łowicza ogłosił", "Burmistrz Łowicza", "Gmina Łowicz"),
    ("Prezydent Gdańska Aleksandra Dulkiewicz", "Prezydent Gdańska", "Miasto Gdańsk"),  # a city with powiat rights
    ("Wójt Kościeliska Roman Krupa", "Wójt Kościeliska", "Gmina Kościelisko"),
    ("Wójt Łowicza ogłosił", "Wójt Łowicza", "Gmina Łowicz"),  # the rural gmina of the same name
]
NOT_OFFICES = [
    "Wójt Marek Wolszczak podpisał umowę",  # a given name, though "Marek" is the genitive of Marki
    "Burmistrz Jan Nowak",
    "Zastępca Burmistrza Dzierzgonia",  # a deputy's title in the genitive
    "Burmistrz Xyzowa",  # no gmina of the register
]


@pytest.mark.parametrize(("text", "printed", "unit"), OFFICES)
def test_head_by_place_in_genitive(text: str, printed: str, unit: str) -> None:
    assert [(text[a:b], found) for a, b, found in offices(text)] == [(printed, unit)]


@pytest.mark.parametrize("text", NOT_OFFICES)
def test_head_by_place_near_miss(text: str) -> None:
    assert offices(text) == []


# One reading of a head and its town in the genitive for the payer's organs and the beneficiary's officers (review 3):
# the head in any case, the town in one or more words.
HEADS = [
    ("Burmistrz", "Dzierzgonia podaje", ("Gmina Dzierzgoń", 1)),
    ("burmistrzowi", "Dobrzynia nad Wisłą czek", ("Gmina Dobrzyń nad Wisłą", 3)),
    ("Prezydent", "Otwocka Jan Nowak", ("Miasto Otwock", 1)),  # a prezydent's city, with powiat rights or not
    ("prezydentowi", "Gdańska promesę", ("Miasto Gdańsk", 1)),
    ("Wójt", "Łowicza ogłosił", ("Gmina Łowicz", 1)),
    ("Wójt", "Marek Wolszczak", None),  # near-miss: a given name
    ("staroście", "Lipna czek", None),  # near-miss: a starosta heads a powiat, not the town's gmina
    ("Burmistrz", "Xyzowa", None),  # near-miss: no gmina of the register
]


@pytest.mark.parametrize(("head", "words", "unit"), HEADS)
def test_the_unit_a_head_of_a_town_heads(head: str, words: str, unit: tuple[str, int] | None) -> None:
    assert head_unit(head, words.split()) == unit


def test_a_name_ends_at_a_blank_line() -> None:
    text = "na utworzenie CUS-ów\n\nRuszył nabór"
    run = org_run(text, text.index("CUS"))
    assert run is not None and run.text == "CUS-ów"
    wrapped = "Stowarzyszenie Przyjaciół\nZiemi Kłodzkiej"  # a line wrapped inside a name still joins
    run = org_run(wrapped)
    assert run is not None and run.text.split() == ["Stowarzyszenie", "Przyjaciół", "Ziemi", "Kłodzkiej"]
