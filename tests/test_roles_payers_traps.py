"""Traps of the s13 roles and payers rules (a fresh-eyes review's findings): a recipient read as a payer, a name run
on into a verb, an owner's words read from prose, a slogan read as a programme, a partner town's owner or a person read
as a town, a second genitive read as a second owner, an event's programme read as a project, a person in capitals read
as a partner.  Each trap with the near-miss that must keep working."""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.funding_printed_payers import agreement_party, giver_subject, printed_payer
from extract.organisations import find_beneficiary, find_implementer
from extract.partners import find_partners

# --- 1. the other party of a funding agreement: not a recipient unit, not the party of a signer that awards money


@pytest.mark.parametrize(
    "text",
    [
        "Stowarzyszenie Lokalna Grupa Działania Dolina Raby podpisało z Gminą Nysa umowę o powierzenie grantu.",
        "Marszałek Województwa Opolskiego podpisał z Gminą Nysa umowę o dofinansowanie projektu.",
        "Lokalna Grupa Działania Razem podpisała z Fundacją Abc Def umowę o powierzenie grantu na kwotę 20 000 zł.",
        "Zarząd Województwa Lubelskiego zawarł ze Stowarzyszeniem Rozwoju Wsi Kraśnik umowę o dofinansowanie projektu.",
        "Fundacja Wspólna Droga zawarła ze Stowarzyszeniem Razem umowę o udzielenie dotacji.",
        "Starosta zawarł z Miastem Lipno umowę o udzielenie dotacji.",
        "Wojewoda podpisał z Powiatem Nyskim umowę o dofinansowanie zadania.",
    ],
)
def test_no_recipient_as_agreement_party(text: str) -> None:
    assert agreement_party(text) is None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Stowarzyszenie Orzeł zawarło z Lokalną Grupą Działania Dolina Raby umowę o powierzenie grantu.",
            "Lokalna Grupa Działania Dolina Raby",
        ),
        (
            "Fundacja Abc podpisała z Lokalną Grupą Działania Razem umowę o powierzenie grantu.",
            "Lokalna Grupa Działania Razem",
        ),
        ("Stowarzyszenie podpisało z Fundacją Rozwoju Wsi umowę o dofinansowanie projektu.", "Fundacja Rozwoju Wsi"),
        (
            "Gmina zawarła z Województwem Małopolskim umowę o dofinansowanie projektu.",
            "Urząd Marszałkowski Województwa Małopolskiego",
        ),
    ],
)
def test_agreement_party_of_a_recipient(text: str, party: str) -> None:
    assert agreement_party(text) == party


def test_no_recipient_unit_as_funder() -> None:
    text = "Stowarzyszenie Lokalna Grupa Działania Dolina Raby podpisało z Gminą Nysa umowę o powierzenie grantu."
    assert find_funding(text)[0].funder != "Gmina Nysa"


# --- 2. the subject of a verb of giving: not a recipient spending or passing on what it got


@pytest.mark.parametrize(
    "text",
    [
        "Klub Sportowy Orzeł Lipno przekazał otrzymaną dotację 5000 zł na zakup sprzętu.",
        "Stowarzyszenie Przyjaciół Szkoły sfinansowało z otrzymanej dotacji zakup strojów.",
        "Stowarzyszenie Przyjaciół Szkoły sfinansowało ze środków projektu zakup strojów.",
        "Klub Sportowy Orzeł przekazał pozyskane środki na remont szatni.",
        "Fundacja Razem przekazała uzyskany grant na zakup książek.",
    ],
)
def test_recipient_spending_is_no_giver(text: str) -> None:
    assert giver_subject(text) is None
    assert find_funding(text)[0].funder is None


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Fundacja Wspólna Droga przyznała stowarzyszeniu grant 8 tys. zł.", "Fundacja Wspólna Droga"),
        ("Fundacja Wspólna Droga już kolejny raz przyznała stowarzyszeniu grant.", "Fundacja Wspólna Droga"),
        ("Fundacja Wspólna Droga w 2023 roku przyznała szkole grant.", "Fundacja Wspólna Droga"),
        ("Bank Spółdzielczy w Sokółce sfinansował ze środków własnych zakup strojów.", "Bank Spółdzielczy w Sokółce"),
        ("Nadleśnictwo Krosno przekazało darowiznę 2 tys. zł na ścieżkę.", "Nadleśnictwo Krosno"),
    ],
)
def test_giver_subject_still_read(text: str, giver: str) -> None:
    assert giver_subject(text) == giver


# --- 3. a verb of giving before its giver: the money its clause-initial object, no "przeznaczył", no person


@pytest.mark.parametrize(
    "text",
    [
        "Otrzymaną dotację w kwocie 5 000 zł przeznaczyło Stowarzyszenie Sportowe Orzeł na zakup strojów.",
        "Otrzymaną dotację w kwocie 5 000 zł przekazało Stowarzyszenie Sportowe Orzeł na zakup strojów.",
        "Informację o dotacji 5000 zł przekazał Prezes Stowarzyszenia Orzeł Lipno.",
        "Dotację w kwocie 5000 zł przekazał Prezes Stowarzyszenia Orzeł Lipno.",
        "Wyniki naboru na dotacje przekazał Dyrektor Szkoły Podstawowej w Lipnie.",
    ],
)
def test_no_giver_after_its_verb(text: str) -> None:
    assert printed_payer(text) is None
    assert find_funding(text)[0].funder is None


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("Dotację w wysokości 5 000 zł przekazał Burmistrz Miasta Olecko.", "Miasto Olecko"),
        ("Środki na wyjazd przyznał Zarząd Powiatu Gorlickiego.", "Powiat Gorlicki"),
        ("Na festyn 3 tys. zł przyznała Fundacja Wspólna Droga.", "Fundacja Wspólna Droga"),
        ("Szkoła otrzymała grant, który przyznała Fundacja Wspólna Droga.", "Fundacja Wspólna Droga"),
    ],
)
def test_giver_after_its_verb_still_read(text: str, funder: str) -> None:
    assert find_funding(text)[0].funder == funder


# --- 4. a name with lower-case words stops before a verb of the "-a" conjugations

_PRESENT_A = ["wspiera", "zaprasza", "ogłasza", "zbiera", "otrzyma", "uzyska", "pomaga", "zachęca", "posiada"]
_PRESENT_A += ["przypomina", "udziela", "przedstawia", "zdobywa", "przeznacza"]


@pytest.mark.parametrize("verb", _PRESENT_A)
def test_lower_name_stops_at_a_present_verb(verb: str) -> None:
    text = f"Gmina Lipno ogłasza nabór. Projekt realizuje Stowarzyszenie na rzecz rozwoju wsi {verb} mieszkańców."
    found = find_implementer(text)
    assert found is not None and found.name == "Stowarzyszenie na rzecz rozwoju wsi"


def test_beneficiary_name_stops_at_a_present_verb() -> None:
    found = find_beneficiary("Fundacja na rzecz dzieci wspiera szkoły w regionie. Fundacja otrzymała dotację 5000 zł.")
    assert found is not None and found.name == "Fundacja na rzecz dzieci"


@pytest.mark.parametrize(
    "name",
    [
        "Stowarzyszenie na rzecz rozwoju wsi Orzeszków",
        "Fundacja na rzecz zdrowia dziecka",
        "Fundacja na rzecz ochrony środowiska",
        "Fundacja na rzecz bezpieczeństwa ruchu drogowego",
        "Stowarzyszenie na rzecz rozwoju miasta",
        "Towarzystwo Przyjaciół dzieci",
    ],
)
def test_lower_name_with_genitive_a_words_kept(name: str) -> None:
    found = find_implementer(f"Gmina Lipno ogłasza nabór. Projekt realizuje {name}.")
    assert found is not None and found.name == name


# --- 5. a programme's owner: no clause of prose between "programie Centrum …" and a table name


@pytest.mark.parametrize(
    "text",
    [
        "W programie Centrum Kultury na sobotę są ballady i romanse Mickiewicza.",
        "Do programu Centrum Usług Społecznych, w którym pracuje asystent rodziny, przystąpiło 20 rodzin.",
        "W programie Urzędu Miasta jest też asystent rodziny.",
    ],
)
def test_no_owner_read_across_prose(text: str) -> None:
    found = find_funding(text)[0]
    assert (found.programme, found.funder) == (None, None)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Środki z programu Ministra Kultury i Dziedzictwa Narodowego Ochrona Zabytków.", "Ochrona zabytków"),
        ("Gmina dostała grant z programu Narodowego Centrum Kultury Kultura – Interwencje.", "Kultura – Interwencje"),
        ("Środki z programu MRiPS Opieka wytchnieniowa trafią do gminy.", "Opieka wytchnieniowa"),
        ("Projekt dofinansowano z programu Fundacji PGE Filantropia.", "Filantropia"),
        # unquoted (a quoted name is read without the owner rule): the owner's words, then the name
        ("Biblioteka otrzymała środki z programu Biblioteki Narodowej Ballady i romanse.", "Ballady i romanse"),
        ("Mieszkańcy skorzystali z programu priorytetowego Stop Smog.", "Stop Smog"),
        ("Gmina realizuje program priorytetowy Stop Smog.", "Stop Smog"),
    ],
)
def test_owner_before_a_programme_still_read(text: str, programme: str) -> None:
    assert find_funding(text)[0].programme == programme


# --- 6. a local contest's slogan that begins with a programme's name; "program nosi nazwę" of a local one


@pytest.mark.parametrize(
    "text",
    [
        "Gmina ogłasza konkurs „Działaj lokalnie – myśl globalnie” dla szkół.",
        "Ogłaszamy konkurs fotograficzny „działaj lokalnie” dla mieszkańców.",
        "Program nosi nazwę Maluch i jest realizowany przez żłobek.",
    ],
)
def test_no_programme_from_a_slogan(text: str) -> None:
    found = find_funding(text)[0]
    assert (found.programme, found.funder) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Trwa nabór w konkursie „Działaj lokalnie” Polsko-Amerykańskiej Fundacji Wolności.",
        "Stowarzyszenie dostało 6 tys. zł w konkursie Działaj lokalnie 2021.",
        "Stowarzyszenie dostało grant w konkursie „Działaj Lokalnie – edycja 2021”.",
        # the qualifiers after "konkurs*": a naming word before the name in lower case (no alias reads it alone)
        "Stowarzyszenie wygrało w konkursie pn. działaj lokalnie 5 tys. zł.",
        "Stowarzyszenie wygrało w konkursie grantowym pt. działaj lokalnie 5 tys. zł.",
    ],
)
def test_programme_after_konkurs_still_read(text: str) -> None:
    assert find_funding(text)[0].programme == "Działaj Lokalnie"


def test_contest_motto_after_a_dash_kept() -> None:
    text = "Sołectwo Kępa zdobyło 13 tys. zł w konkursie „Piękna wieś Opolska – siła w ludziach!”."
    assert find_funding(text)[0].programme == "Piękna Wieś Opolska"


def test_long_quoted_programme_name_after_a_dash_kept() -> None:
    text = "Powiat przystąpił do programu „Uczeń na wsi – pomoc w zdobyciu wykształcenia przez osoby niepełnosprawne”."
    assert find_funding(text)[0].funder == "PFRON"


# --- 7. a partner town in apposition: nominative, no person, no officer


@pytest.mark.parametrize(
    "text",
    [
        "Delegacja z miasta partnerskiego Wadowic odwiedziła Gminę Lipno.",
        "Goście z miasta partnerskiego Nowego Sącza przyjechali na festyn.",
        "W miastach partnerskich Lipna odbyły się koncerty.",
        "Spotkanie z miastem partnerskim Burmistrz Jan Kowalski otworzył uroczyście.",
        "Spotkanie z miastem partnerskim Jan Kowalski otworzył uroczyście.",
    ],
)
def test_no_partner_town_from_an_owner_or_person(text: str) -> None:
    assert find_partners(text)[0] == []


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Delegacja z miasta partnerskiego Wadowice odwiedziła Gminę Lipno.", ["Wadowice"]),
        ("Spotkanie z miastem partnerskim Nowy Sącz.", ["Nowy Sącz"]),
        ("Goście z miasta partnerskiego Javornik przyjechali.", ["Javornik"]),
        ("W miastach partnerskich Hoorn i Lipsk odbyły się koncerty.", ["Hoorn", "Lipsk"]),
    ],
)
def test_partner_town_in_the_nominative_still_read(text: str, towns: list[str]) -> None:
    assert [o.name for o in find_partners(text)[0]] == towns


# --- 8. a second owner right after the first, not a genitive later in the sentence


def test_single_owner_before_an_audience_kept() -> None:
    found = find_implementer("Projekt Fundacji Orzeł skierowany jest do mieszkańców Lipna i Gminy Rybno.")
    assert found is not None and found.name == "Fundacja Orzeł"


@pytest.mark.parametrize(
    "text",
    [
        "To partnerski projekt Gminy Świerklany i czeskiej Gminy Větřkovice.",
        "Projekt Fundacji Orzeł oraz Stowarzyszenia Razem jest gotowy.",
        "Projekt Gminy Lipno i Gminy Rybno jest gotowy.",
    ],
)
def test_two_owners_name_no_implementer(text: str) -> None:
    assert find_implementer(text) is None


# --- 9. the organiser of an event's programme is no project's implementer


def test_organiser_of_a_programme_is_no_implementer() -> None:
    assert find_implementer("Dom Kultury w Rybnie jest organizatorem programu artystycznego festynu.") is None


@pytest.mark.parametrize("item", ["projektu Lato z kulturą", "zadania publicznego", "mikroprojektu"])
def test_organiser_of_a_project_is_its_implementer(item: str) -> None:
    found = find_implementer(f"Dom Kultury w Rybnie jest organizatorem {item}.")
    assert found is not None and found.name == "Dom Kultury w Rybnie"


# --- 10. a person in capitals before "partner projektu"


@pytest.mark.parametrize(
    "text", ["ANNA NOWAK, partner projektu, przygotowała.", "DYREKTOR SZKOŁY, partner projektu, zaprasza."]
)
def test_person_in_capitals_is_no_partner(text: str) -> None:
    assert find_partners(text)[0] == []


def test_body_in_capitals_still_a_partner() -> None:
    assert [o.name for o in find_partners("TERRAM PACIS, partner w realizacji projektu, przygotowała.")[0]] == [
        "TERRAM PACIS"
    ]
