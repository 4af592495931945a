"""Who got the money and who carries it out on text the rules had not seen (issue 13, round 2 of s10: batches b20/b21).

Each row is a short passage invented for this file (reworded, names and cues kept), labelled by
tests/realtext/README.md; the last column says which mechanism it stands for, and near-misses ("near-miss") are
invented forms that must keep their answer.  Each mechanism is a Polish construction in its inflected forms, not
one page's wording.
"""

from __future__ import annotations

import pytest

from conventions import record
from extract.organisations import find_beneficiary

# (text, beneficiary, implementer, class)
ROWS = [
    # A gmina's name the register knows is kept whole before an officer's name: "wójt gminy Kazimierz Biskupi Grzegorz
    # Nowak" names Gmina Kazimierz Biskupi ("Kazimierz" alone is both a gmina's first word and a given name).
    (
        "Umowę o przekazaniu środków z programu Senior+ podpisali wicewojewoda wielkopolski i wójt gminy Kazimierz "
        "Biskupi Grzegorz Nowak.",
        "Gmina Kazimierz Biskupi",
        None,
        "a two-word gmina name before the wójt's name, lower-case office",
    ),
    (
        "Wójt Gminy Kazimierz Biskupi Jan Kowal podpisał umowę o dofinansowanie budowy drogi z Funduszu Dróg "
        "Samorządowych.",
        "Gmina Kazimierz Biskupi",
        None,
        "a two-word gmina name, its first word a given name, after the capitalised office",
    ),
    (
        "Burmistrz Gminy Kazimierz Dolny Anna Nowak podpisała umowę o dofinansowanie remontu rynku.",
        "Gmina Kazimierz Dolny",
        None,
        "another two-word gmina name, a woman's name after it",
    ),
    (
        "Wójt Gminy Bolesławiec Andrzej Nowak podpisał umowę o dofinansowanie przebudowy świetlicy.",
        "Gmina Bolesławiec",
        None,
        "near-miss: a one-word gmina name, the officer's given name and surname after it",
    ),
    # A name ends with its seat when another body's head follows in the nominative (the granting body named after the
    # recipient in a fronted-object sentence): "Stowarzyszeniu X w Świnicach Warckich Regionalne Centrum … przyznało".
    (
        "5000 zł dotacji przyznało Stowarzyszeniu „Mamy Wielkie Serca” w Świnicach Warckich Regionalne Centrum "
        "Polityki Społecznej w Łodzi – na zadanie „Świetlica”.",
        "Stowarzyszenie „Mamy Wielkie Serca” w Świnicach Warckich",
        None,
        "a two-word seat, then a nominative adjective and a body's head",
    ),
    (
        "Dotację 8 000 zł przekazał Fundacji Dobry Start w Rybnie Gminny Ośrodek Kultury na warsztaty.",
        "Fundacja Dobry Start w Rybnie",
        None,
        "a one-word seat, then 'Gminny Ośrodek'",
    ),
    (
        "Grant 10 000 zł przyznało Stowarzyszeniu Gospodyń w Lipnie Starostwo Powiatowe w Rypinie.",
        "Stowarzyszenie Gospodyń w Lipnie",
        None,
        "a seat, then 'Starostwo' (a head with no adjective before it)",
    ),
    (
        "Dotację w kwocie 30 000 zł przyznano Stowarzyszeniu Przyjaciół w Kazimierzu Biskupim na festyn.",
        "Stowarzyszenie Przyjaciół w Kazimierzu Biskupim",
        None,
        "near-miss: a two-word seat whose adjective is the place's locative, not a new body",
    ),
    # A unit's representatives sign its funding agreement or the agreement's annex (hosts rpo.pomorskie.eu,
    # frydman.com.pl, bip-stmonki; tests/realtext/README.md, `beneficiary`: signed the funding agreement as its
    # recipient, through its organ or officers): "przedstawiciele powiatu człuchowskiego", "przedstawiciele Gminy X",
    # a bare "przedstawiciele gminy" (the one gmina named); an annex ("Aneks podpisali") is signed by the parties.
    (
        "Zarząd Województwa Pomorskiego zwiększył dofinansowanie projektu szkół w Człuchowie.\n\nAneks podpisali "
        "marszałek województwa pomorskiego Mieczysław Struk i przedstawiciele powiatu człuchowskiego w piątek.",
        "Powiat Człuchowski",
        None,
        "an annex signed by the marshal and the powiat's representatives (lower case, adjective)",
    ),
    (
        "Umowę o dofinansowanie budowy świetlicy podpisali w Urzędzie Marszałkowskim przedstawiciele Gminy Rybno.",
        "Gmina Rybno",
        None,
        "a funding agreement signed by the representatives of a capitalised gmina",
    ),
    (
        "Gmina Rybno złożyła wniosek do programu Maluch+. Umowę o dofinansowanie z wojewodą podpisali przedstawiciele "
        "gminy: wójt i skarbnik.",
        "Gmina Rybno",
        None,
        "a bare 'przedstawiciele gminy': the one gmina the passage names",
    ),
    (
        "Aneks do umowy z wykonawcą przebudowy drogi podpisali przedstawiciele powiatu rypińskiego i firmy Drogbud.",
        None,
        None,
        "near-miss: an annex to a works contract, no funding said",
    ),
    # The sentence after an agreement's says what it funds (hosts bialobrzegipowiat.pl and the in-sentence rule):
    # "Umowę … podpisał powiat X. Dofinansowanie wynosi …"; the sentence before is no such clue (a round-up of
    # several recipients, then one signer, names none: the Goraj precedent).
    (
        "Umowę na przebudowę drogi powiatowej Wojciechów – Młodynie podpisał powiat białobrzeski. Dofinansowanie "
        "wynosi 398 119,51 zł.",
        "Powiat Białobrzeski",
        None,
        "the funding named in the sentence after the agreement's",
    ),
    (
        "Gminy Ruda Maleniecka, Sędziszów, Bogoria i Zawichost dostały ponad dwa miliony złotych z pieniędzy "
        "unijnych na świetlice.\n\nUmowę na przebudowę świetlicy w Koliszowach podpisała gmina Ruda Maleniecka.",
        None,
        None,
        "near-miss: the funding only before the agreement's sentence, several recipients",
    ),
    (
        "Umowę na przebudowę drogi podpisał powiat białobrzeski z firmą Drogbud. Dofinansowanie wynosi 398 119,51 zł.",
        None,
        None,
        "near-miss: a works contract with a firm, the funding after it",
    ),
    # A resolution's impersonal grant with the recipient in the dative before the verb: "Gminie X udziela się
    # dotacji", "Stowarzyszeniu Y przyznaje się dotację", "Gminie X zostanie udzielona pomoc finansowa"; and the task
    # entrusted to it: "w sprawie powierzenia Gminie X prowadzenia zadania", "Gminie X powierza się zadanie".
    (
        "UCHWAŁA NR XLII/288/2017 RADY POWIATU BIAŁOSTOCKIEGO w sprawie powierzenia Gminie Czarna Białostocka "
        "prowadzenia zadania z zakresu dróg powiatowych\n\n§ 1. Gminie Czarna Białostocka powierza się zadanie: "
        "„Przebudowa skrzyżowania ul. Świerkowej”.\n\n§ 2. Gminie Czarna Białostocka udziela się dotacji w "
        "wysokości 84 382,00 zł na to zadanie.",
        "Gmina Czarna Białostocka",
        "Gmina Czarna Białostocka",
        "a council resolution: the dative before 'udziela się dotacji' and 'powierza się zadanie'",
    ),
    (
        "Rada Gminy Lipno postanawia: § 1. Stowarzyszeniu Przyjaciół Rybna przyznaje się dotację celową w kwocie "
        "12 000 zł na prowadzenie świetlicy.",
        "Stowarzyszenie Przyjaciół Rybna",
        None,
        "the dative before 'przyznaje się dotację'",
    ),
    (
        "Zarząd Powiatu postanowił, że Gminie Rybno zostanie udzielona pomoc finansowa w kwocie 50 000 zł na "
        "remont drogi powiatowej.",
        "Gmina Rybno",
        None,
        "the dative before 'zostanie udzielona pomoc finansowa'",
    ),
    (
        "Rada Powiatu postanawia: § 1. Gminie Rybno powierza się zarządzanie drogą powiatową nr 1420 B. § 2. Wójtowi "
        "Gminy Rybno udziela się pełnomocnictwa do podpisania porozumienia.",
        None,
        None,
        "near-miss: 'udziela się pełnomocnictwa' and 'powierza się zarządzanie' give no money and no project",
    ),
    # The subject of a verb of getting set off from it by an aside between commas: a participle ("działający przy"),
    # "z siedzibą w" or a relative clause ("które prowadzi świetlicę").
    (
        "Uczniowski Klub Sportowy „Długosz”, działający przy Zespole Szkół im. ks. Jana Długosza we Włocławku, "
        "dostał – zgodnie z decyzją Ministra Sportu – dofinansowanie w kwocie 18.300,00 zł na zajęcia.",
        "Uczniowski Klub Sportowy „Długosz”",
        None,
        "a participle aside with a patron's abbreviations between the club and 'dostał'",
    ),
    (
        "Stowarzyszenie Przyjaciół Rybna, z siedzibą w Rybnie, otrzymało 20 000 zł dotacji na festyn.",
        "Stowarzyszenie Przyjaciół Rybna",
        None,
        "a 'z siedzibą w' aside",
    ),
    (
        "Koło Gospodyń Wiejskich w Lipnie, które prowadzi świetlicę dla dzieci, otrzymało 8 000 zł grantu od fundacji.",
        "Koło Gospodyń Wiejskich w Lipnie",
        None,
        "a relative-clause aside",
    ),
    (
        "W konkursie, który ogłosił minister, otrzymało dofinansowanie 120 klubów z całego kraju.",
        None,
        None,
        "near-miss: an aside after no unit, many recipients",
    ),
    # "Dostaliśmy …" said by a speaker named after the quote with the office before the person: "– mówi dyrektor
    # Gminnej Biblioteki Publicznej Anna Nowak" names the library (in the nominative, without the person).
    (
        "– Dostaliśmy dotację celową w wysokości 8 tys. zł i kupiliśmy 399 książek – mówi dyrektor Gminnej Biblioteki "
        "Publicznej Wioletta Olech.",
        "Gminna Biblioteka Publiczna",
        None,
        "the office before the speaker's name",
    ),
    (
        "– Otrzymaliśmy 15 000 zł z programu Działaj Lokalnie – mówi prezes Stowarzyszenia Przyjaciół Rybna Jan Kowal.",
        "Stowarzyszenie Przyjaciół Rybna",
        None,
        "the office before the speaker's name, a given name on the list",
    ),
    (
        "– Pozyskaliśmy 40 000 zł na nowy wóz – mówi Jan Kowal, prezes Ochotniczej Straży Pożarnej w Rybnie.",
        "Ochotnicza Straż Pożarna w Rybnie",
        None,
        "near-miss: the person first, the office and body after a comma",
    ),
    (
        "– Dostaliśmy 5 000 zł nagrody za wystawę – mówi dyrektor Anna Nowak.",
        None,
        None,
        "near-miss: the office with no body, only a person",
    ),
]


@pytest.mark.parametrize(
    ("text", "beneficiary", "implementer"), [row[:3] for row in ROWS], ids=[row[3] for row in ROWS]
)
def test_roles_s10_fresh(text: str, beneficiary: str | None, implementer: str | None) -> None:
    got = record(text)
    assert (got.beneficiary.name if got.beneficiary else None) == beneficiary
    assert (got.implementer.name if got.implementer else None) == implementer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a programme or fund named as the money's source after "z" is no recipient (b22b, dwutygodniksuwalski.pl)
        ("Projektom kulturalnym przyznano z RPOWP dofinansowanie w wysokości 3 mln zł.", None),
        ("Zadaniom sportowym przyznano z Funduszu Rozwoju Kultury Fizycznej 300 tys. zł.", None),
        # the dative recipient stays read
        ("Gminie Rybno przyznano dotację w wysokości 3 mln zł.", "Gmina Rybno"),
    ],
)
def test_a_source_named_after_z_is_no_recipient(text: str, want: str | None) -> None:
    found = find_beneficiary(text)
    assert (found.name if found else None) == want
