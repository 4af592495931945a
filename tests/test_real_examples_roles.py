"""Beneficiary and implementer in the wordings of real Polish pages: who got the money, who carries it out.

Each row is a full sentence of the kind local-government pages print, with the name the record must
hold, in the nominative ("przyznano Gminie Rybno" -> "Gmina Rybno").  The negatives are the traps:
a funder, a venue, a person, a bare "gmina" with no name anywhere.
"""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.org_cases import nominative
from extract.organisations import find_beneficiary, find_implementer

IMPLEMENTERS = [
    # the project's title in quotes opens the sentence, the verb comes before its subject
    (
        "„Aktywny Senior” od marca do listopada 2019 roku realizowało Stowarzyszenie Razem dla Wsi w partnerstwie "
        "z Gminą Lipno.",
        "Stowarzyszenie Razem dla Wsi",
    ),
    # the partner after "w partnerstwie z" is not part of the implementer's name
    (
        "Realizator projektu: Stowarzyszenie Przyjaciół Wsi „JUTRO” w partnerstwie z Gminą Lipno",
        "Stowarzyszenie Przyjaciół Wsi „JUTRO”",
    ),
    pytest.param(
        "Zadanie poprowadzi Fundacja „Srebrny Wiek”, a na jego realizację gmina przeznaczyła 40 tys. zł.",
        "Fundacja „Srebrny Wiek”",
        id="zadanie-poprowadzi",
    ),
    pytest.param(
        "Projekt „Razem łatwiej” Miejski Ośrodek Pomocy Społecznej w Lesku realizował w latach 2019–2021.",
        "Miejski Ośrodek Pomocy Społecznej w Lesku",
        id="object-subject-verb",
    ),
    pytest.param(
        "Festyn przygotowuje kilka instytucji. Gminny Ośrodek Kultury w Rybnie bezpośrednio odpowiada za jego organizację.",
        "Gminny Ośrodek Kultury w Rybnie",
        id="subject-odpowiada-za-organizacje",
    ),
    pytest.param(
        "Gmina Nowa Dęba, w imieniu której działa Dyrektor Gminnego Ośrodka Pomocy Społecznej w Nowej Dębie, podpisała umowę o dofinansowanie projektu.",
        "Gminny Ośrodek Pomocy Społecznej w Nowej Dębie",
        id="w-imieniu-ktorej-dziala",
    ),
    pytest.param(
        "Nowy projekt Powiatowego Centrum Pomocy Rodzinie w Łęcznej, „Rodzina w centrum”, obejmie 30 rodzin.",
        "Powiatowe Centrum Pomocy Rodzinie w Łęcznej",
        id="projekt-of-a-body-in-the-genitive",
    ),
    pytest.param(
        "Rozmawialiśmy z dyrektorem Instytutu Rozwoju Regionalnego Janem Nowakiem i jego zespołem.\n\nInstytut realizuje projekt od 2019 roku.",
        "Instytut Rozwoju Regionalnego",
        id="a-bare-head-stands-for-the-full-name",
    ),
    pytest.param(
        "Realizatorem zadania jest Gminny Ośrodek Pomocy Społecznej w Łukcie, który przyjmuje zgłoszenia do 15 marca.",
        "Gminny Ośrodek Pomocy Społecznej w Łukcie",
        id="realizatorem-zadania-jest",
    ),
    pytest.param(
        "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Kole we współpracy z Powiatowym Urzędem Pracy.",
        "Miejski Ośrodek Pomocy Społecznej w Kole",
        id="projekt-realizuje",
    ),
    pytest.param(
        "Za przeprowadzenie projektu odpowiada Powiatowe Centrum Pomocy Rodzinie w Górze, a nabór potrwa do końca maja.",
        "Powiatowe Centrum Pomocy Rodzinie w Górze",
        id="za-przeprowadzenie-projektu-odpowiada",
    ),
    pytest.param(
        "Zadanie realizowane przez Ośrodek Pomocy Społecznej w Kadzidle obejmie 25 seniorów z terenu gminy.",
        "Ośrodek Pomocy Społecznej w Kadzidle",
        id="zadanie-realizowane-przez",
    ),
    pytest.param(
        "Program bezpośrednio realizuje Ośrodek Pomocy Społecznej w Kadzidle.",
        "Ośrodek Pomocy Społecznej w Kadzidle",
        id="program-bezposrednio-realizuje",
    ),
    pytest.param(
        "W edycji 2022 Gmina Marciszów dostanie dofinansowanie, a Programem zajmie się jako realizator Gminny Ośrodek Pomocy Społecznej w Marciszowie.",
        "Gminny Ośrodek Pomocy Społecznej w Marciszowie",
        id="zajmie-sie-jako-realizator",
    ),
    pytest.param(
        "W województwie lubuskim rusza projekt „Efekt synergii”. Wdrażać go będzie Regionalny Ośrodek Polityki Społecznej w Zielonej Górze.",
        "Regionalny Ośrodek Polityki Społecznej w Zielonej Górze",
        id="wdrazac-go-bedzie",
    ),
    pytest.param(
        "Pozwoliło to zrealizować inwestycje prowadzone przez Zarząd Dróg Powiatowych w Rzeszowie o wartości 137 mln zł.",
        "Zarząd Dróg Powiatowych w Rzeszowie",
        id="prowadzone-przez",
    ),
    # (two units as the joint subject name no implementer since the seventh round: tests/realtext/README.md; the
    # row "Projekt realizować będą GOPS oraz Miejska i Powiatowa Biblioteka …" is in test_conventions_seventh_round)
    pytest.param(
        "Od lipca mieszkańcy mogą korzystać z Programu Opieka Wytchnieniowa, który prowadzi Miasto i Gmina Gąbin.",
        "Miasto i Gmina Gąbin",
        id="ktory-prowadzi-miasto-i-gmina",
    ),
    pytest.param(
        "W 2021 roku Gminny Ośrodek Pomocy Społecznej w Łukcie prowadzi wieloletni rządowy program „Posiłek w szkole i w domu”.",
        "Gminny Ośrodek Pomocy Społecznej w Łukcie",
        id="subject-prowadzi-program",
    ),
    pytest.param(
        "Ośrodek Pomocy Społecznej zaczął 01.04.2008 roku realizować projekt „Wiem, że potrafię”.",
        "Ośrodek Pomocy Społecznej",
        id="zaczal-realizowac-projekt",
    ),
    pytest.param(
        "Realizatorem programu na terenie Powiatu Testowego jest Powiatowe Centrum Pomocy Rodzinie w Testowie.",
        "Powiatowe Centrum Pomocy Rodzinie w Testowie",
        id="realizatorem-na-terenie",
    ),
    pytest.param(
        "Realizatorem zadania jest GCK w Dobrzycy. Całkowita wartość projektu to 151 255,59 zł.",
        "GCK w Dobrzycy",
        id="acronym-after-a-strong-cue",
    ),
]

NO_IMPLEMENTER = [
    pytest.param(
        "Projekt Centrum Aktywności Lokalnej ruszył w marcu, a zajęcia odbywają się w szkole.",
        id="a-project-titled-like-a-body",
    ),
    pytest.param(
        "Ośrodek realizuje projekt od maja, a zapisy trwają do końca miesiąca.", id="a-bare-head-named-nowhere"
    ),
    pytest.param("Projekt realizuje cele strategii rozwoju gminy na lata 2021-2027.", id="realizuje-cele"),
    pytest.param("Program prowadzi do poprawy jakości życia seniorów.", id="prowadzi-do"),
    pytest.param("Zajęcia w ramach projektu prowadzi Anna Kowalska, psycholog.", id="a-person"),
    pytest.param("Gmina prowadzi projekt od 2019 roku.", id="a-bare-gmina"),
]

BENEFICIARIES = [
    # money handed over to a unit in the dative
    ("Podczas wizyty posłanka wręczyła Gminie Wiśniowa promesę na 2 400 000 zł na przebudowę drogi.", "Gmina Wiśniowa"),
    # where the money came from is not part of the name
    ("4 200 000 zł otrzymała Gmina Lipowiec z Rządowego Funduszu Polski Ład na drogi.", "Gmina Lipowiec"),
    pytest.param(
        "Wnioskodawca/Realizator: Stowarzyszenie Przyjaciół Wsi Dobra\nKwota dotacji: 5 000,00 zł",
        "Stowarzyszenie Przyjaciół Wsi Dobra",
        id="wnioskodawca-realizator-label",
    ),
    pytest.param(
        "Fundacja Zielony Dom zawarła 3 marca 2021 roku z Ministerstwem Kultury umowę, która określa, jak zadanie zostanie sfinansowane.",
        "Fundacja Zielony Dom",
        id="agreement-sfinansowane",
    ),
    pytest.param(
        "Umowę o dotację podpisali 2 lipca 2021 r. Członek Zarządu Województwa Anna Nowak oraz członkowie Zarządu Stowarzyszenia „Nasza Wieś”: Jan Kowalski i Ewa Malec.",
        "Stowarzyszenie „Nasza Wieś”",
        id="agreement-signed-by-the-board",
    ),
    pytest.param(
        "Prezes Fundacji Wspólna Sprawa Jan Kowalski i Skarbnik Anna Nowak podpisali umowę o dotację z programu.",
        "Fundacja Wspólna Sprawa",
        id="agreement-signed-by-the-president",
    ),
    pytest.param(
        "Gmina Nowe Miasto nad Pilicą – Miejsko-Gminny Ośrodek Pomocy Społecznej w Nowym Mieście nad Pilicą otrzymał dotację w wysokości 20 000 zł.",
        "Gmina Nowe Miasto nad Pilicą",
        id="gmina-dash-its-unit",
    ),
    pytest.param(
        "Powiat kolski jest wśród 12 samorządów, które otrzymają dofinansowanie na remonty dróg.",
        "Powiat Kolski",
        id="jest-wsrod-ktore-otrzymaja",
    ),
    pytest.param(
        "Gmina Rybno znalazła się w gronie gmin, które dostały pieniądze z rządowego funduszu.",
        "Gmina Rybno",
        id="w-gronie-ktore-dostaly",
    ),
    pytest.param(
        "Wójt pozyskał 300 tys. zł na przebudowę świetlicy. Z nowej sali skorzystają mieszkańcy w gminie Rybno.",
        "Gmina Rybno",
        id="an-office-holder-for-the-one-gmina",
    ),
    pytest.param(
        "Burmistrz Miasta Dobra Jan Nowak podpisał umowę o dofinansowanie projektu. Gmina Dobra dołoży wkład własny.",
        "Gmina Dobra",
        id="burmistrz-miasta-signs-for-the-gmina",
    ),
    pytest.param(
        "– Otrzymaliśmy 8 000 zł dotacji na warsztaty – mówi Anna Nowak, prezes Stowarzyszenia Kobiet Aktywnych.",
        "Stowarzyszenie Kobiet Aktywnych",
        id="we-got-says-the-president",
    ),
    pytest.param(
        "Działaj Lokalnie 2020\n\n2. „Wspólne podwórko”\nFundacja Sąsiedzka z Rybna\nDotacja: 4 500,00 zł\n",
        "Fundacja Sąsiedzka z Rybna",
        id="a-listed-recipient-over-its-sum",
    ),
    pytest.param(
        "Projekt realizuje Stowarzyszenie Razem dla Wsi. Dotację na ten cel przyznał Narodowy Instytut Wolności.",
        "Stowarzyszenie Razem dla Wsi",
        id="an-ngo-implementer-of-a-granted-task",
    ),
    pytest.param(
        "Koszt zadania pokrywa dotacja z Ministerstwa oraz wkład własny Fundacji Pomocy Dzieciom w wysokości 5 tys. zł.",
        "Fundacja Pomocy Dzieciom",
        id="wklad-wlasny-of-a-body",
    ),
    pytest.param(
        "Inwestycję finansują środki własne powiatu łęczyńskiego oraz dotacja udzielona przez Wojewodę.",
        "Powiat Łęczyński",
        id="srodki-wlasne-powiatu-adjective",
    ),
    pytest.param(
        "Gmina Rybno otrzymała 150 000 zł dofinansowania na utworzenie Klubu Senior+.",
        "Gmina Rybno",
        id="gmina-otrzymala",
    ),
    pytest.param(
        "Wojewoda Warmińsko-Mazurski przyznał Gminie Rybno dotację celową w wysokości 39 168 zł.",
        "Gmina Rybno",
        id="przyznano-gminie-dative",
    ),
    pytest.param(
        "Gminie Czaplinek przyznano dotację w wysokości 38 400 zł.", "Gmina Czaplinek", id="dative-before-przyznano"
    ),
    pytest.param("Beneficjent: Gmina Rybno\nOkres realizacji: 2023", "Gmina Rybno", id="beneficjent-label"),
    pytest.param(
        "Beneficjent Gmina Makietowo\nWartość projektu 1 162 226,00 zł", "Gmina Makietowo", id="beneficjent-table-row"
    ),
    pytest.param(
        "Wnioskodawca: Stowarzyszenie „Razem dla Wsi”", "Stowarzyszenie „Razem dla Wsi”", id="wnioskodawca-label"
    ),
    pytest.param(
        "Na budowę kanalizacji Gmina Miłosław dostanie z Programu Inwestycji Strategicznych 1 880 000,00 złotych.",
        "Gmina Miłosław",
        id="dostanie-with-an-amount",
    ),
    pytest.param(
        "Gmina Pawłowice uzyskała we wrześniu 2020 r. z RFIL-u dofinansowanie w kwocie 2 418 349,00 zł brutto.",
        "Gmina Pawłowice",
        id="uzyskala-far-from-the-noun",
    ),
    pytest.param(
        "Jako jedyna w powiecie iławskim pieniądze z Rządowego Funduszu Inwestycji Lokalnych – 3 mln złotych – dostała Gmina Wiejska Lubawa.",
        "Gmina Wiejska Lubawa",
        id="subject-after-the-verb",
    ),
    pytest.param(
        "Urząd Marszałkowski podniósł kwotę dotacji unijnej, którą Gmina Gnojnik otrzymała na budowę budynku w Uszwi.",
        "Gmina Gnojnik",
        id="relative-clause-not-the-funder",
    ),
    pytest.param(
        "Poseł zabiegał o wsparcie i gmina Szczucin dostała dofinansowanie w kwocie 4 500 000,00 zł.",
        "Gmina Szczucin",
        id="lower-case-head",
    ),
    pytest.param(
        "Z funduszy unijnych Powiat Rzeszowski dostał do tej pory ponad 70 milionów złotych dofinansowania.",
        "Powiat Rzeszowski",
        id="powiat-dostal",
    ),
    pytest.param(
        "W ramach programu „Cyfrowa Gmina” do Gminy Połaniec trafi 99 999,75 złotych wsparcia finansowego.",
        "Gmina Połaniec",
        id="trafi-do-genitive",
    ),
    pytest.param("Dofinansowanie dla Gminy Myślibórz\n\nPodpisano umowę.", "Gmina Myślibórz", id="dla-gminy-headline"),
    pytest.param(
        "Więcej środków z PFRON dla Powiatu Jarocińskiego na rehabilitację.",
        "Powiat Jarociński",
        id="dla-powiatu-adjective",
    ),
    pytest.param(
        "Umowę o dofinansowanie projektu Gmina Skwierzyna, reprezentowana przez Burmistrza, zawarła 27 września 2019 r.",
        "Gmina Skwierzyna",
        id="umowe-zawarla-gmina",
    ),
    pytest.param(
        "Umowę nr 107/OPS/2021 zawarto pomiędzy Wojewodą Małopolskim a Gminą Ochotnica Dolna, reprezentowaną przez Wójta.",
        "Gmina Ochotnica Dolna",
        id="umowa-instrumental-not-the-wojewoda",
    ),
    pytest.param(
        "Ministerstwo Rodziny i Polityki Społecznej i Gmina Miasto Zgierz zawarły umowę o dofinansowanie projektu.",
        "Gmina Miasto Zgierz",
        id="umowa-not-the-ministry",
    ),
    pytest.param(
        "W dniu 10 maja 2021 r. Wójt Gminy Próbkowice podpisał z Wojewodą Opolskim umowę o dofinansowanie zadania.",
        "Gmina Próbkowice",
        id="the-wojt-signs-for-the-gmina",
    ),
    pytest.param(
        "Krzysztof Polesiak – Wójt Gminy Rogóźno odebrał tam voucher w wysokości 5 000 000 zł.",
        "Gmina Rogóźno",
        id="the-wojt-collects-for-the-gmina",
    ),
    pytest.param(
        "Gmina Nur dołożyła Powiatowi Ostrowskiemu kolejne 100 000,00 zł tytułem pomocy finansowej.",
        "Powiat Ostrowski",
        id="dolozyla-powiatowi",
    ),
    pytest.param(
        "Gminny Ośrodek Kultury w Luzinie znalazł się wśród beneficjentów programu „Kultura – Interwencje 2021”.",
        "Gminny Ośrodek Kultury w Luzinie",
        id="wsrod-beneficjentow",
    ),
    pytest.param(
        "Opieka wytchnieniowa w gminie Kadzidło.\n\nProgram Gmina Kadzidło finansuje z Funduszu Solidarnościowego; gmina otrzymała 39 412,00 zł.",
        "Gmina Kadzidło",
        id="a-bare-gmina-is-the-one-named",
    ),
    pytest.param(
        "Projekt zgłoszony przez Gminę Lesznowola obejmuje zajęcia dla seniorów, a dofinansowanie wynosi 20 tysięcy złotych.",
        "Gmina Lesznowola",
        id="zgloszony-przez-accusative",
    ),
    pytest.param(
        "Miasto Koło kupiło 60 zestawów dzięki dofinansowaniu ze środków budżetu państwa.",
        "Miasto Koło",
        id="dzieki-dofinansowaniu",
    ),
    pytest.param(
        "Gmina Ornontowice z dofinansowaniem z Polskiego Ładu\n\nRozstrzygnięto nabór wniosków.",
        "Gmina Ornontowice",
        id="z-dofinansowaniem-headline",
    ),
    pytest.param(
        "Liderem jest Gmina Osjaków, a partnerami Gmina Wieluń i Powiat Wieluński; projekt jest wart 1.737.468,96 zł.",
        "Gmina Osjaków",
        id="liderem-jest-in-a-funded-project",
    ),
]

NO_BENEFICIARY = [
    "Wójt wręczył Gminie Lipno dyplom za udział w konkursie.",  # handed over, but no money
    pytest.param("Wójt odebrał nagrodę dla najlepszego sołectwa w gminie Rybno.", id="an-office-holder-no-money"),
    pytest.param(
        "Projekt prowadzi Stowarzyszenie Razem dla Wsi; jest współfinansowany ze środków Unii Europejskiej.",
        id="an-ngo-implementer-no-grant-said",
    ),
    pytest.param(
        "Burmistrz odebrał dotację 20 tys. zł, ale strona nie podaje nazwy gminy.", id="an-office-holder-no-gmina-named"
    ),
    pytest.param("Wojewoda Małopolski otrzymał sprawozdanie i przekazał dotację gminom.", id="the-wojewoda"),
    pytest.param("Ministerstwo Rodziny otrzymało 300 wniosków o dofinansowanie.", id="the-ministry"),
    pytest.param("Pan Jan Kowalski otrzymał nagrodę w wysokości 5 000 zł.", id="a-person"),
    pytest.param("Gmina otrzymała dotację w wysokości 39 412,00 zł.", id="a-bare-gmina-named-nowhere"),
    pytest.param("Fundacja zdobędzie 200 tys. zł, jeśli wniosek przejdzie ocenę.", id="a-bare-fundacja"),
    pytest.param("Szkoły otrzymają wsparcie w postaci pomocy dydaktycznych.", id="schools-in-the-plural"),
    pytest.param("Gmina Rybno otrzymała wyróżnienie w konkursie na najładniejszą wieś.", id="no-money"),
    pytest.param(
        "Najwięksi beneficjenci:\n- Szczecin – 93.5 mln zł\n- Świnoujście – 21 mln zł", id="a-list-of-beneficiaries"
    ),
    pytest.param("Liderem projektu jest Gmina Wałbrzych, a pozostałe gminy są partnerami.", id="a-leader-no-money"),
    pytest.param("Zajęcia odbywają się w Gminnym Ośrodku Kultury w Rybnie, który otrzymał nowe krzesła.", id="a-venue"),
]


@pytest.mark.parametrize(("text", "expected"), IMPLEMENTERS)
def test_implementer(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_IMPLEMENTER)
def test_no_implementer(text: str) -> None:
    assert find_implementer(text) is None


@pytest.mark.parametrize(("text", "expected"), BENEFICIARIES)
def test_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_BENEFICIARY)
def test_no_beneficiary(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Gminie Rybno", "Gmina Rybno"),
        ("Gminy Kadzidło", "Gmina Kadzidło"),
        ("Gminą Ochotnica Dolna", "Gmina Ochotnica Dolna"),
        ("Gminie Miejskiej Kraków", "Gmina Miejska Kraków"),
        ("Gminy Puszcza Mariańska", "Gmina Puszcza Mariańska"),
        ("Powiatu Jarocińskiego", "Powiat Jarociński"),
        ("Powiatowi Ostrowskiemu", "Powiat Ostrowski"),
        ("Powiatem Nyskim", "Powiat Nyski"),
        ("Województwa Kujawsko-Pomorskiego", "Województwo Kujawsko-Pomorskie"),
        ("Miastu Stołecznemu Warszawa", "Miasto Stołeczne Warszawa"),
        ("Stowarzyszeniu „Razem”", "Stowarzyszenie „Razem”"),
        ("Ochotniczej Straży Pożarnej w Nowej Wsi", "Ochotnicza Straż Pożarna w Nowej Wsi"),
        ("Gmina Wiejska Lubawa", "Gmina Wiejska Lubawa"),
        ("Urząd Miasta Poznania", "Urząd Miasta Poznania"),
    ],
)
def test_nominative(name: str, expected: str) -> None:
    assert nominative(name) == expected
