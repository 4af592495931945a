"""Who got the money and who carries it out, round s9 of issue 13: classes of beneficiary and implementer misses.

Each row is a short passage invented for this file, labelled by tests/realtext/README.md; the last column says which
class it stands for (with the tune2 hosts that share it, or the written rule it follows), and near-misses
("near-miss") are invented forms that must keep their answer.
"""

from __future__ import annotations

import pytest

from conventions import record

# (text, beneficiary, implementer, class)
ROWS = [
    # One of the recipients named as such (hosts: orkiestra.kaluszyn.pl, gminastarcza.pl, tymbark.in).
    (
        "Samorząd województwa dał gminom pomoc finansową na boiska. Wsparcie dostało 40 jednostek. Jednym z "
        "Beneficjentów jest także Gmina Rybno: na modernizację boiska otrzyma 150 000,00 zł.",
        "Gmina Rybno",
        None,
        "one of the beneficiaries, with 'także'",
    ),
    (
        "Marszałek przekazał czeki na drogi dojazdowe do pól. Jedną z gmin, które dostały dofinansowanie, jest "
        "gmina Rybno: na drogę w Lipnie otrzyma 120 000 zł.",
        "Gmina Rybno",
        None,
        "one of the gminas which got the money, a lower-case head",
    ),
    (
        "Wojewoda wręczył wczoraj samorządom promesy na remonty dróg. Jedną z nich dostała Gmina Rybno. "
        "Pieniądze pójdą na drogę w Lipnie.",
        "Gmina Rybno",
        None,
        "one of them (the promesas of the sentence before) got",
    ),
    (
        "Marszałek przyjął wnioski na drogi dojazdowe do pól. Jedną z gmin, które złożyły wnioski, jest gmina "
        "Rybno. Wyniki naboru poznamy w maju, a pula wynosi 2 mln zł.",
        None,
        None,
        "near-miss: one of the applicants, not of the recipients",
    ),
    (
        "Wojewoda wręczył wczoraj dyplomy za udział w zawodach. Jeden z nich dostała Gmina Rybno.",
        None,
        None,
        "near-miss: one of the diplomas, no money said",
    ),
    # The authorities or the self-government of a unit got it (tests/realtext/README.md: "samorząd X", "władze
    # gminy X" that got or signed is the unit).
    (
        "Władze powiatu lipnowskiego otrzymały 1,5 mln zł dotacji na zakup tomografu dla szpitala.",
        "Powiat Lipnowski",
        None,
        "the authorities of a powiat, a lower-case adjective",
    ),
    (
        "Władze Gminy Rybno otrzymały 300 tys. zł na remont świetlicy.",
        "Gmina Rybno",
        None,
        "the authorities of a gmina, capitalised",
    ),
    (
        "Z Unii Europejskiej samorząd Leszna pozyskał 800.000 zł na zajęcia dla uczniów.",
        "Miasto Leszno",
        None,
        "the self-government of a city with powiat rights, the town in the genitive",
    ),
    (
        "Z Unii Europejskiej samorząd Lipna pozyskał 800.000 zł na zajęcia dla uczniów.",
        "Gmina Lipno",
        None,
        "the self-government of a town that is a gmina",
    ),
    (
        "Dotację od władz gminy Lipno otrzymał Klub Sportowy Orzeł w Lipnie.",
        "Klub Sportowy Orzeł w Lipnie",
        None,
        "bug/near-miss: the gmina after 'od' pays; the club after the verb got it",
    ),
    # The application of a body got the money (hosts: murowanydomkultury.pl, muzeum-drozdowo.pl, rypin-cry.pl).
    (
        "Wniosek Miejsko-Gminnego Ośrodka Kultury w Rybnie o dofinansowanie widowiska historycznego „Dzieje "
        "Rybna” pozytywnie przeszedł ocenę formalną i merytoryczną i dostał dotację w kwocie 250 000 zł.",
        "Miejsko-Gminny Ośrodek Kultury w Rybnie",
        None,
        "the application of a body in the genitive, two coordinated verbs",
    ),
    (
        "Wniosek Stowarzyszenia Nasza Wieś uzyskał dofinansowanie 20 000 zł z programu Działaj Lokalnie.",
        "Stowarzyszenie Nasza Wieś",
        None,
        "the application of an association",
    ),
    (
        "Wniosek Muzeum uzyskał dofinansowanie w programie Fundusz Patriotyczny na kwotę 600 000 zł.",
        None,
        None,
        "near-miss: a bare head names no body",
    ),
    # A public body named in full after the verb, as before it (tune2: soswslawoborze.pl; the word order of
    # "Szkoła Podstawowa nr 1 w X dostała grant", which the rules read).
    (
        "Łącznie 60 000 zł wsparcia w ramach programu otrzymała Szkoła Podstawowa nr 2 w Rybnie wraz z filią.",
        "Szkoła Podstawowa nr 2 w Rybnie",
        None,
        "a school named in full after the verb",
    ),
    (
        "Na wyposażenie pracowni 60 000 zł otrzymała Szkoła Podstawowa.",
        None,
        None,
        "near-miss: a kind of school, no place or number",
    ),
    # A parish named with "pw." signs a funding agreement (a parish's name: "Parafia pw. Św. X w Y").
    (
        "Parafia pw. Św. Stanisława BM w Rybnie zawarła umowę o dofinansowanie konserwacji ołtarza, które wspiera "
        "Minister Kultury. Dofinansowanie wynosi 60 000,00 zł.",
        "Parafia pw. Św. Stanisława BM w Rybnie",
        None,
        "a parish 'pw.' as the party of a funding agreement",
    ),
    # An association's or foundation's seat after its name is no part of it (hosts: lokalna24.pl, lzs-pomorski.pl,
    # ias24.eu); a club's or circle's is (dev partner labels "Klub Seniora z Czaplinka").
    (
        "Na swój projekt Stowarzyszenie Rodzin Zastępczych „Dobra Rodzina” z Kędzierzyna-Koźla dostało 54780 zł "
        "dotacji.",
        "Stowarzyszenie Rodzin Zastępczych „Dobra Rodzina”",
        None,
        "an association's seat after its name",
    ),
    (
        "Realizację ministerstwo powierzyło Fundacji Rozwoju Kultury Fizycznej z Pucka, która poprowadzi projekt.",
        None,
        "Fundacja Rozwoju Kultury Fizycznej",
        "a foundation's seat after its name (implementer)",
    ),
    (
        "Stowarzyszenie Przyjaciół z Borek otrzymało dotację 10 000 zł na warsztaty.",
        "Stowarzyszenie Przyjaciół z Borek",
        None,
        "near-miss: a short name whose 'z Borek' is its own",
    ),
    (
        "Stowarzyszenie „Dom z Sercem” otrzymało dotację 10 000 zł na warsztaty.",
        "Stowarzyszenie „Dom z Sercem”",
        None,
        "near-miss: 'z' inside the quoted name",
    ),
    # A unit that bought something paid by a grant got the grant (hosts: bialobrzegi.pl, pilzno.um.gov.pl,
    # ops-kolo: "Miasto Koło kupiło … dzięki dofinansowaniu").
    (
        "Gmina Rybno kupiła nowy samochód do przewozu osób niepełnosprawnych. Najpierw będzie dowoził uczniów do "
        "szkół. Posłuży też do rehabilitacji. Auto kupiono za pieniądze z budżetu gminy i z dofinansowania PFRON.",
        "Gmina Rybno",
        None,
        "the buyer before the verb, the grant three sentences on",
    ),
    (
        "Fabrycznie nowy samochód, przystosowany do wożenia osób na wózkach, kupiła Gmina Rybno. Koszt zakupu "
        "wyniósł 384 990 zł; 288 742,50 zł pochodziło ze środków PFRON.",
        "Gmina Rybno",
        None,
        "the buyer after the verb, the grant in the next sentence",
    ),
    (
        "Gmina Rybno kupiła nowy samochód do przewozu osób niepełnosprawnych. Auto kosztowało 200 000 zł, "
        "zapłacone w całości z budżetu gminy.",
        None,
        None,
        "near-miss: bought with its own money, no grant",
    ),
    # Every form of a getting verb, the subject apart from it (grammar, not one page's wording).
    (
        "Z przyjemnością informujemy, że Powiat Lipnowski, który o to wnioskował, dostał ze środków PFRON "
        "dofinansowanie w łącznej kwocie 292 842,2 zł.",
        "Powiat Lipnowski",
        None,
        "a relative clause between the subject and its verb (powiatlwowecki.pl)",
    ),
    (
        "Mieszkańcy gminy Rybno otrzymali 5 000 zł dofinansowania do wymiany pieców.",
        None,
        None,
        "bug/near-miss: the residents of a gmina, a plural verb of persons",
    ),
    (
        "Mieszkanki gminy Rybno otrzymały dotacje na szkolenia.",
        None,
        None,
        "bug/near-miss: the residents of a gmina, a plural verb",
    ),
    (
        "W imieniu gminy Rybno odebrał czek na 50 tys. zł.",
        "Gmina Rybno",
        None,
        "near-miss: 'w imieniu gminy X odebrał' stays the gmina's",
    ),
    (
        "Województwo Pomorskie dostanie z budżetu państwa dotację w wysokości 16 708 979 złotych na remonty dróg.",
        "Województwo Pomorskie",
        None,
        "a voivodeship in the nominative getting a grant (glosgdanska.pl)",
    ),
    (
        "Według propozycji rządu Województwo Pomorskie dostanie w latach 2021-2027 mniej pomocy unijnej: o 3 "
        "miliardy złotych mniej niż dotąd.",
        None,
        None,
        "near-miss: a region's EU allocation, no grant (pomorskieregion.eu)",
    ),
    (
        "Zgodnie z decyzją na rzecz Gminy Rybno miało trafić po 10 tysięcy złotych na każde sołectwo.",
        "Gmina Rybno",
        None,
        "'trafić' after a modal, 'na rzecz' for 'do' (zabiawola.pl)",
    ),
    (
        "Do Gminy Rybno ma trafić 500 tys. zł dotacji na drogi.",
        "Gmina Rybno",
        None,
        "'ma trafić' after the unit",
    ),
    (
        "Do Gminy Rybno ma trafić pismo w sprawie dróg.",
        None,
        None,
        "near-miss: no money goes to it",
    ),
    # An agreement whose parties are not printed: the unit acting on it is its implementer only (tests/realtext/
    # README.md: 'a unit that acts "na podstawie umowy … o udzielenie dotacji" whose parties are not printed').
    (
        "Gmina Rybno zbudowała plac zabaw w Lipnie na podstawie Umowy Nr 68/2011, zawartej w dniu 19.07.2011 r., o "
        "udzielenie dotacji celowej z budżetu państwa.",
        None,
        "Gmina Rybno",
        "acting on an agreement whose parties are not printed (grudusk.com)",
    ),
    (
        "Na podstawie umowy nr 25/2021, zawartej pomiędzy Skarbem Państwa a Gminą Rybno, zadanie realizuje Gminny "
        "Ośrodek Pomocy Społecznej w Rybnie. Dotacja wynosi 10 000 zł.",
        "Gmina Rybno",
        "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        "near-miss: the agreement's parties printed",
    ),
    (
        "Inwestycję zrealizował Powiat Lipnowski przy dofinansowaniu ze środków Rządowego Funduszu Rozwoju Dróg, na "
        "podstawie umowy zawartej z Wojewodą Opolskim.",
        "Powiat Lipnowski",
        "Powiat Lipnowski",
        "near-miss: the other party printed, the subject is the agreement's recipient (in-house a19)",
    ),
    (
        "Gmina Rybno zbudowała plac zabaw na podstawie umowy z wykonawcą.",
        None,
        None,
        "near-miss: a works contract, no grant",
    ),
    # Typography: "k." (koło) inside a place's name ends no sentence; a title in quotes opens with the item's word.
    (
        "Projekt pn. „Przebudowa drogi Rybno k. Lipna” Gmina Rybno zrealizowała z dofinansowaniem ze środków "
        "Europejskiego Funduszu Rolnego na rzecz Rozwoju Obszarów Wiejskich.",
        None,
        "Gmina Rybno",
        "'k.' in a title before the subject, the title's end no part of the name (wisniowa.pl)",
    ),
    (
        "Starosta informuje, że Powiat Lipnowski przystąpił do realizacji „Programu wyrównywania różnic między "
        "regionami III” w 2023 roku.",
        None,
        "Powiat Lipnowski",
        "the item's word opening a quoted title (radziejow.pl)",
    ),
]


@pytest.mark.parametrize(
    ("text", "beneficiary", "implementer"), [row[:3] for row in ROWS], ids=[row[3] for row in ROWS]
)
def test_roles_s9(text: str, beneficiary: str | None, implementer: str | None) -> None:
    got = record(text)
    assert (got.beneficiary.name if got.beneficiary else None) == beneficiary
    assert (got.implementer.name if got.implementer else None) == implementer
