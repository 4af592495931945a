"""The third round of funding knowledge (issue 13): programmes and payers from the public lists of ministries, state
funds, institutions, voivodeships, company foundations and the EU's older programmes, read in the forms pages print
with the payer each row implies, and not in the ordinary phrases that look like them.  Sentences are written for
these tests."""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.funding_tables import programmes, read_csv

MSIT = "Ministerstwo Sportu i Turystyki"
MEN = "Ministerstwo Edukacji Narodowej"
ORLEN = "Fundacja ORLEN"
ORANGE = "Fundacja Orange"

# Every row of this round, so that a row cannot silently disappear.
ROUND_3 = [
    "Pomoc osobom niepełnosprawnym poszkodowanym w wyniku żywiołu"
    " lub sytuacji kryzysowych wywołanych chorobami zakaźnymi",
    "Mieszkanie dla absolwenta",
    "Praca – Integracja",
    "Pegaz",
    "Komputer dla Homera",
    "Student – kształcenie ustawiczne osób niepełnosprawnych",
    "Szansa – Rozwój – Niezależność",
    "Program Aktywizacja i Integracja",
    "Bezpieczna i przyjazna szkoła",
    "Książki naszych marzeń",
    "Polsko-Ukraińska Rada Wymiany Młodzieży",
    "Polsko-Litewski Fundusz Wymiany Młodzieży",
    "Sportowe Wakacje+",
    "Lekkoatletyka dla każdego!",
    "Lokalny Animator Sportu",
    "Animator – Moje Boisko Orlik 2012",
    "Patriotyzm Jutra",
    "Lato w teatrze",
    "Wspieranie działań archiwalnych",
    "Wspólnie dla dziedzictwa",
    "Kultura+",
    "Biblioteka+",
    "Ogólnopolski program finansowania usuwania wyrobów zawierających azbest",
    "Ciepłownictwo powiatowe",
    "Energia dla Wsi",
    "Ryś – termomodernizacja budynków jednorodzinnych",
    "Racjonalna gospodarka odpadami",
    "Polska Geotermia Plus",
    "System Zielonych Inwestycji",
    "Rządowy program budowy lub modernizacji przejść dla pieszych",
    "Program wsparcia budownictwa socjalnego i komunalnego",
    "Profilaktyka 40 PLUS",
    "Narodowy Program Zwalczania Chorób Nowotworowych",
    "Program Certyfikowanych Wojskowych Klas Mundurowych",
    "Polska pomoc rozwojowa",
    "Dyplomacja publiczna",
    "Cyfrowy Powiat",
    "Młodzież w działaniu",
    "Uczenie się przez całe życie",
    "Comenius",
    "Grundtvig",
    "Leonardo da Vinci",
    "ISPA",
    "INTERREG IIIA Polska – Republika Czeska",
    "INTERREG IIIA Polska – Słowacja",
    "INTERREG IIIA Polska – Saksonia",
    "INTERREG IIIA Polska – Brandenburgia",
    "INTERREG IIIA Meklemburgia-Pomorze Przednie/Brandenburgia – Polska",
    "Program Sąsiedztwa Polska – Białoruś – Ukraina INTERREG IIIA/TACIS CBC",
    "INTERREG IIIB CADSES",
    "INTERREG IIIB Region Morza Bałtyckiego",
    "INTERREG IIIC",
    "Program Współpracy Transgranicznej Polska (Województwo Lubuskie) – Brandenburgia 2007-2013",
    "Program Operacyjny Współpracy Transgranicznej Meklemburgia-Pomorze Przednie/Brandenburgia – Polska 2007-2013",
    "Program Współpracy Transgranicznej Litwa – Polska – Rosja 2007-2013",
    "Program Współpracy Transgranicznej Litwa – Polska 2007-2013",
    "Program Regionu Morza Bałtyckiego 2007-2013",
    "Program Europa Środkowa 2007-2013",
    "INTERREG IVC",
    "ORLEN dla Strażaków",
    "ORLEN na straży",
    "ORLEN. Jesteśmy Razem",
    "ORLEN. Razem dla bezpieczeństwa",
    "Pracownie Orange",
    "Akademia Orange",
    "MegaMisja",
    "mPotęga",
    "Seniorzy w akcji",
    "English Teaching",
    "Tu mieszkam, tu zmieniam",
    "Bank Dziecięcych Uśmiechów",
    "Dobro procentuje",
    "Na dobry początek!",
    "Dolnośląski Fundusz Pomocy Rozwojowej",
    "Mazowieckie Strażnice OSP",
    "Mazowsze dla straży pożarnych",
    "Kultura 2000",
    "Sokrates",
    "Owoce i warzywa w szkole",
    "Szklanka mleka",
    "Marszałkowski Budżet Obywatelski",
    "Fundusz Wsparcia Gmin i Powiatów",
    "Kapliczki Podlaskie – ocalić od zapomnienia",
    "Pomorskie OSP",
    "Lubelskie wspiera OSP",
]
ROUND_3_PAYERS = [
    "Muzeum Historii Polski",
    "Instytut Teatralny im. Zbigniewa Raszewskiego",
    "Naczelna Dyrekcja Archiwów Państwowych",
    "Narodowy Instytut Dziedzictwa",
    "Fundacja Orange",
    "Fundacja mBanku",
    "Fundacja Santander Bank Polska",
    "Fundacja PKO Banku Polskiego",
    "Polsko-Niemiecka Współpraca Młodzieży",
    "Fundacja Współpracy Polsko-Niemieckiej",
    "Międzynarodowy Fundusz Wyszehradzki",
]


@pytest.mark.parametrize("name", ROUND_3)
def test_each_row_of_the_round_is_in_the_table_with_its_source(name: str) -> None:
    row = next(r for r in read_csv("programmes.csv") if r["programme"] == name)
    assert len(row["source"]) > 40 and row["kind"], name
    payers = {r["funder"] for r in read_csv("funders.csv")}
    assert row["kind"] == "eu" or row["funder"] in payers, name  # a national row names a payer the table has


@pytest.mark.parametrize("name", ROUND_3_PAYERS)
def test_each_payer_of_the_round_is_in_the_table_with_a_note(name: str) -> None:
    row = next(r for r in read_csv("funders.csv") if r["funder"] == name)
    assert row["aliases"] and len(row["note"]) > 20, name


def test_the_eu_rows_of_the_round_imply_no_payer() -> None:
    eu = [name for name in ROUND_3 if programmes()[name].kind == "eu"]
    assert len(eu) >= 20
    assert all(not programmes()[name].funder for name in eu)


PROGRAMMES = [
    # (text, programme, funder): at least one row per ten programmes of the round, as a page prints them
    (
        "Powiat kupił sprzęt dla poszkodowanych z programu „Pomoc osobom niepełnosprawnym poszkodowanym w wyniku"
        " żywiołu lub sytuacji kryzysowych wywołanych chorobami zakaźnymi”.",
        "Pomoc osobom niepełnosprawnym poszkodowanym w wyniku żywiołu lub sytuacji kryzysowych wywołanych chorobami"
        " zakaźnymi",
        "PFRON",
    ),
    (
        "Dom kultury dostał grant w programie Lato w Teatrze 2024.",
        "Lato w teatrze",
        "Instytut Teatralny im. Zbigniewa Raszewskiego",
    ),
    ("Projekt zrealizowano w ramach INTERREG IIIB CADSES.", "INTERREG IIIB CADSES", None),
    (
        "Powiat realizuje pilotażowy program „Mieszkanie dla absolwenta”.",
        "Mieszkanie dla absolwenta",
        "PFRON",
    ),
    ("Wnioski w programie PEGAZ 2010 przyjmuje PCPR.", "Pegaz", "PFRON"),
    (
        "Ośrodek realizuje Program Aktywizacja i Integracja wspólnie z Powiatowym Urzędem Pracy.",
        "Program Aktywizacja i Integracja",
        "Fundusz Pracy",
    ),
    (
        "Szkoła otrzymała dotację w ramach rządowego programu „Bezpieczna i przyjazna szkoła”.",
        "Bezpieczna i przyjazna szkoła",
        MEN,
    ),
    ("Biblioteka szkolna kupiła książki z programu „Książki naszych marzeń”.", "Książki naszych marzeń", MEN),
    ("Gmina zorganizowała zajęcia w ramach programu Sportowe Wakacje+.", "Sportowe Wakacje+", MSIT),
    (
        "Gmina zatrudniła animatorów w programie „Lokalny Animator Sportu” 2023.",
        "Lokalny Animator Sportu",
        MSIT,
    ),
    ("Stowarzyszenie otrzymało dotację z programu „Patriotyzm Jutra”.", "Patriotyzm Jutra", "Muzeum Historii Polski"),
    (
        "Dom kultury dostał grant w programie „Lato w teatrze”.",
        "Lato w teatrze",
        "Instytut Teatralny im. Zbigniewa Raszewskiego",
    ),
    (
        "Gmina otrzymała dotację z programu „Wspólnie dla dziedzictwa”.",
        "Wspólnie dla dziedzictwa",
        "Narodowy Instytut Dziedzictwa",
    ),
    (
        "Biblioteka rozbudowana w ramach programu wieloletniego Kultura+.",
        "Kultura+",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    ("Mediatekę urządzono dzięki Programowi Biblioteka+.", "Biblioteka+", "Instytut Książki"),
    (
        "Gmina usunęła azbest w ramach Ogólnopolskiego programu finansowania usuwania wyrobów zawierających azbest.",
        "Ogólnopolski program finansowania usuwania wyrobów zawierających azbest",
        "NFOŚiGW",
    ),
    ("Gmina złożyła wniosek do programu Energia dla Wsi.", "Energia dla Wsi", "NFOŚiGW"),
    (
        "Mieszkańcy mogą składać wnioski w programie „Ryś – termomodernizacja budynków jednorodzinnych”.",
        "Ryś – termomodernizacja budynków jednorodzinnych",
        "NFOŚiGW",
    ),
    ("Termomodernizację szkoły sfinansowano z Systemu Zielonych Inwestycji.", "System Zielonych Inwestycji", "NFOŚiGW"),
    (
        "Gmina otrzymała dofinansowanie w ramach Rządowego programu budowy lub modernizacji przejść dla pieszych.",
        "Rządowy program budowy lub modernizacji przejść dla pieszych",
        "Rządowy Fundusz Rozwoju Dróg",
    ),
    (
        "Szkoła otrzymała dotację w ramach Programu Certyfikowanych Wojskowych Klas Mundurowych.",
        "Program Certyfikowanych Wojskowych Klas Mundurowych",
        "Ministerstwo Obrony Narodowej",
    ),
    (
        "Projekt sfinansowano w ramach programu polskiej pomocy rozwojowej.",
        "Polska pomoc rozwojowa",
        "Ministerstwo Spraw Zagranicznych",
    ),
    ("Starostwo otrzymało grant w konkursie Cyfrowy Powiat.", "Cyfrowy Powiat", None),
    ("Wymianę młodzieży dofinansowano z programu „Młodzież w działaniu”.", "Młodzież w działaniu", None),
    ("Szkoła realizuje projekt partnerski programu Comenius.", "Comenius", None),
    ("Oczyszczalnię zbudowano w 2003 r. z funduszu ISPA.", "ISPA", None),
    (
        "Projekt współfinansowany z Programu Inicjatywy Wspólnotowej INTERREG IIIA Polska – Republika Czeska.",
        "INTERREG IIIA Polska – Republika Czeska",
        None,
    ),
    (
        "Ścieżkę zbudowano z Programu Współpracy Transgranicznej Litwa – Polska – Rosja 2007-2013.",
        "Program Współpracy Transgranicznej Litwa – Polska – Rosja 2007-2013",
        None,
    ),
    ("Jednostka OSP otrzymała grant w programie „ORLEN dla Strażaków”.", "ORLEN dla Strażaków", ORLEN),
    ("OSP otrzymała 50 tys. zł z programu ORLEN na straży.", "ORLEN na straży", ORLEN),
    ("Świetlica w Zagórzu działa jako Pracownia Orange.", "Pracownie Orange", ORANGE),
    ("Biblioteka otrzymała dotację w programie „Orange dla bibliotek”.", "Akademia Orange", ORANGE),
    ("Szkoła otrzymała grant w programie mPotęga.", "mPotęga", "Fundacja mBanku"),
    (
        "Stowarzyszenie otrzymało grant w programie „Tu mieszkam, tu zmieniam”.",
        "Tu mieszkam, tu zmieniam",
        "Fundacja Santander Bank Polska",
    ),
    (
        "Przedszkole otrzymało grant z programu „Na dobry początek!”.",
        "Na dobry początek!",
        "Fundacja Banku Gospodarstwa Krajowego im. J. K. Steczkowskiego",
    ),
    (
        "Gmina otrzymała dotację z Dolnośląskiego Funduszu Pomocy Rozwojowej na przebudowę drogi.",
        "Dolnośląski Fundusz Pomocy Rozwojowej",
        "Urząd Marszałkowski Województwa Dolnośląskiego",
    ),
    (
        "Samorząd Województwa Mazowieckiego przyznał gminie pomoc w ramach zadania „Mazowieckie Strażnice OSP 2021”.",
        "Mazowieckie Strażnice OSP",
        "Urząd Marszałkowski Województwa Mazowieckiego",
    ),
    (
        "Zadanie zrealizowano w ramach Marszałkowskiego Budżetu Obywatelskiego Województwa Śląskiego.",
        "Marszałkowski Budżet Obywatelski",
        "Urząd Marszałkowski Województwa Śląskiego",
    ),
    (
        "Szkoła przyłączyła się do programu „Owoce i warzywa w szkole”.",
        "Owoce i warzywa w szkole",
        "Krajowy Ośrodek Wsparcia Rolnictwa",
    ),
    ("Gmina realizuje program Profilaktyka 40 PLUS.", "Profilaktyka 40 PLUS", "Ministerstwo Zdrowia"),
    (
        "Gmina otrzymała 300 tys. zł z Funduszu Wsparcia Gmin i Powiatów Samorządu Województwa Podlaskiego.",
        "Fundusz Wsparcia Gmin i Powiatów",
        "Urząd Marszałkowski Województwa Podlaskiego",
    ),
    (
        "Do OSP w Gostomiu trafi 10 tys. zł z programu „Pomorskie OSP 2023”.",
        "Pomorskie OSP",
        "Urząd Marszałkowski Województwa Pomorskiego",
    ),
    (
        "Jednostka OSP otrzymała 10 tys. zł w konkursie „Lubelskie wspiera OSP”.",
        "Lubelskie wspiera OSP",
        "Urząd Marszałkowski Województwa Lubelskiego",
    ),
]


@pytest.mark.parametrize(("text", "programme", "funder"), PROGRAMMES)
def test_programmes_of_the_round_with_the_payer_they_imply(text: str, programme: str, funder: str | None) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


PAYERS = [
    ("Wymianę dofinansowała Polsko-Niemiecka Współpraca Młodzieży.", "Polsko-Niemiecka Współpraca Młodzieży"),
    ("Remont kaplicy dofinansowała Fundacja Współpracy Polsko-Niemieckiej.", "Fundacja Współpracy Polsko-Niemieckiej"),
    ("Projekt otrzymał grant z Międzynarodowego Funduszu Wyszehradzkiego.", "Międzynarodowy Fundusz Wyszehradzki"),
    (
        "Dotację na konserwację przyznała Naczelna Dyrekcja Archiwów Państwowych.",
        "Naczelna Dyrekcja Archiwów Państwowych",
    ),
    ("Szkoła dostała grant od Fundacji PKO Banku Polskiego.", "Fundacja PKO Banku Polskiego"),
]


@pytest.mark.parametrize(("text", "funder"), PAYERS)
def test_payers_of_the_round(text: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


NEAR_MISSES = [
    # (text, programme that must not be read): the ordinary phrase, or the same words in another sense
    ("Spędź lato w teatrze miejskim – zapraszamy na warsztaty.", "Lato w teatrze"),
    ("Naszym celem jest bezpieczna i przyjazna szkoła dla każdego ucznia.", "Bezpieczna i przyjazna szkoła"),
    ("Archiwum prowadzi wspieranie działań archiwalnych parafii.", "Wspieranie działań archiwalnych"),
    ("Działamy wspólnie dla dziedzictwa naszej gminy.", "Wspólnie dla dziedzictwa"),
    ("Kultura + sport = zdrowie, mówi dyrektor.", "Kultura+"),
    ("Gmina przyjęła Program racjonalnej gospodarki odpadami na lata 2020-2025.", "Racjonalna gospodarka odpadami"),
    ("Szklanka mleka dziennie to zdrowie – mówi dietetyk.", "Szklanka mleka"),
    ("Owoce i warzywa w szkole są ważne dla uczniów.", "Owoce i warzywa w szkole"),
    ("Gmina zatrudniła lokalnego animatora sportu na Orliku.", "Lokalny Animator Sportu"),
    ("Na dobry początek gmina wyremontowała świetlicę.", "Na dobry początek!"),
    ("Seniorzy w akcji: wycieczka klubu seniora do Krakowa.", "Seniorzy w akcji"),
    ("Program rysunku technicznego dla uczniów klasy 3.", "Ryś – termomodernizacja budynków jednorodzinnych"),
    ("Hotel Pegaz zaprasza na wesela.", "Pegaz"),
    ("Dobro procentuje – mówi proboszcz o wolontariacie.", "Dobro procentuje"),
    ("Polska pomoc rozwojowa to ważny element polityki zagranicznej.", "Polska pomoc rozwojowa"),
    ("Wystawa prac Leonardo da Vinci w muzeum.", "Leonardo da Vinci"),
    ("Kierowca zatankował na stacji ORLEN na trasie.", "ORLEN na straży"),
    ("Cyfrowy świat seniora – szkolenia w bibliotece.", "Cyfrowy Powiat"),
    ("Projekt „Aktywizacja i integracja osób starszych” realizuje GOPS.", "Program Aktywizacja i Integracja"),
    ("Dom Kultury+ Inicjatywy lokalne 2023: gmina otrzymała dotację z NCK.", "Kultura+"),
    ("Stowarzyszenie „Patriotyzm” otrzymało dotację z budżetu gminy.", "Patriotyzm Jutra"),
    ("Nauczycielka prowadzi lekcje English teaching w Anglii.", "English Teaching"),
    ("Program Europa Środkowa 2014-2020 wsparł badania.", "Program Europa Środkowa 2007-2013"),
    ("Kapliczki podlaskie są piękne – mówi przewodnik.", "Kapliczki Podlaskie – ocalić od zapomnienia"),
    ("Pomorskie OSP wyjechały do pożaru lasu.", "Pomorskie OSP"),
]


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_near_misses_are_not_read(text: str, name: str) -> None:
    found, _ = find_funding(text)
    assert found.programme != name


def test_a_regional_programme_of_the_round_is_not_read_without_its_region() -> None:
    found, _ = find_funding("Gmina otrzymała dotację z Marszałkowskiego Budżetu Obywatelskiego na plac zabaw.")
    assert found.programme is None
