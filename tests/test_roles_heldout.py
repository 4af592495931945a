"""Beneficiary and implementer: rules of the held-out round (issue 13), each kept only when a check part of the
real dev set, never read, did not drop. Sentences are written for this file (reworded, not copied from any
page), each rule with the near-misses it must not take.
"""

from __future__ import annotations

import pytest

from extract.org_names import subject_before
from extract.organisations import find_beneficiary, find_implementer

# A full stop inside a name ("im.", "nr", "św.") ends no sentence: the subject is the whole name before the verb.
SUBJECTS = [
    pytest.param(
        "W 2023 r. Gminna Biblioteka w Lisowie im. Marii Konopnickiej",
        "Gminna Biblioteka w Lisowie im. Marii Konopnickiej",
        id="im-inside-name",
    ),
    pytest.param(
        "W 2020 r. Szkoła Podstawowa nr. 3 im. św. Jadwigi w Borkach",
        "Szkoła Podstawowa nr. 3 im. św. Jadwigi w Borkach",
        id="nr-and-sw-inside-name",
    ),
    pytest.param(
        "Pismo podpisał dyrektor im. Nowak. Gmina Borki",
        "Gmina Borki",
        id="stop-after-a-plain-word",
    ),
]


@pytest.mark.parametrize(("clause", "expected"), SUBJECTS)
def test_subject_before_reads_across_a_name_dot(clause: str, expected: str) -> None:
    assert subject_before(clause + " otrzymała dotację", len(clause) + 1) == expected


BENEFICIARIES = [
    pytest.param(
        "W 2021 r. Miejska Biblioteka Publiczna im. Jana Kochanowskiego w Lisowie uzyskała dotację w kwocie 8 200 zł.",
        "Miejska Biblioteka Publiczna im. Jana Kochanowskiego w Lisowie",
        id="library-with-patron-got",
    ),
    pytest.param(
        "W maju Dom Kultury im. Marii Curie w Borkach znalazł się wśród beneficjentów, którym dano 90 000 zł.",
        "Dom Kultury im. Marii Curie w Borkach",
        id="culture-house-with-patron-among",
    ),
]
# The party of a funding agreement with a voivodeship's board, or of the PROW "umowa o przyznaniu pomocy".
AGREEMENT_PARTIES = [
    pytest.param(
        "Stowarzyszenie Lokalna Grupa Działania Razem podpisało z Zarządem Województwa Lubuskiego umowę, dzięki "
        "której wdroży strategię rozwoju. Umowa jest warta 2 mln zł.",
        "Stowarzyszenie Lokalna Grupa Działania Razem",
        id="with-voivodeship-board",
    ),
    pytest.param(
        "W czerwcu Fundacja Wspólna Wieś podpisała umowę o przyznaniu pomocy w ramach PROW. Pomoc wynosi 50.000 zł.",
        "Fundacja Wspólna Wieś",
        id="umowa-o-przyznaniu-pomocy",
    ),
    pytest.param(
        "Gmina Rudka zawarła z Samorządem Województwa Opolskiego umowę na przebudowę drogi za 90 000 zł.",
        "Gmina Rudka",
        id="with-voivodeship-self-government",
    ),
    # "podpisała umowy na zadania:" over a list whose items say what the agreements fund
    pytest.param(
        "Gmina Rudka podpisała umowy na zadania:\n– modernizację drogi – 30.000,-zł;\n– dofinansowanie zakupu "
        "wyposażenia dla OSP Borki – 20,000,-zł;",
        "Gmina Rudka",
        id="agreements-over-a-list-of-funded-tasks",
    ),
]
NO_AGREEMENT_PARTY = [
    # a list of works with no funding word, and a funding word only in a later paragraph
    pytest.param(
        "Gmina Lipy podpisała umowy na zadania:\n– remont drogi;\n– budowę boiska.\n\nDotację 5 zł dano komuś.",
        id="list-of-works-no-funding",
    ),
    # an agreement with no payer: the voivodeship only mentioned, a contractor, a partner
    pytest.param("Gmina Lipy podpisała umowę o współpracy z Gminą Rudka w sprawie promocji województwa.", id="promo"),
    pytest.param("Gmina Lipy podpisała umowę z firmą Budex na remont drogi.", id="contractor"),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENT_PARTIES)
def test_agreement_party(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_AGREEMENT_PARTY)
def test_no_agreement_party(text: str) -> None:
    assert find_beneficiary(text) is None


# "z budżetu państwa" says money: the unit that got it from there is the beneficiary.
STATE_BUDGET = [
    pytest.param(
        "Gmina Lipy i Powiat Borkowski dają po 25%, a resztę (50%) Powiat Borkowski pozyskał z budżetu państwa.",
        "Powiat Borkowski",
        id="pozyskal-z-budzetu-panstwa",
    ),
    pytest.param(
        "Na remont remizy Gmina Rudka otrzymała środki z budżetu państwa.", "Gmina Rudka", id="otrzymala-srodki"
    ),
]
NO_STATE_BUDGET = [
    # the state budget named, but nothing got: a report, not money
    pytest.param("Gmina Lipy otrzymała pismo w sprawie ustawy o budżecie.", id="letter-no-money"),
    pytest.param("Powiat Borkowski uzyskał zgodę na budowę drogi.", id="permit-no-money"),
]


@pytest.mark.parametrize(("text", "expected"), STATE_BUDGET)
def test_state_budget_getter(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_STATE_BUDGET)
def test_no_state_budget_getter(text: str) -> None:
    assert find_beneficiary(text) is None


# A local government named with a lower-case head, the subject of a second, coordinated verb of getting.
LOWER_COORDINATED = [
    pytest.param(
        "Przypomnijmy: gmina Lipy stanęła do naboru i dostała 3,125 mln złotych dofinansowania.",
        "Gmina Lipy",
        id="gmina-coordinated",
    ),
    pytest.param(
        "Jak co roku powiat Nowy Targ złożył wniosek i otrzymał 50 000 zł.", "Powiat Nowy Targ", id="powiat-two-words"
    ),
]
NO_LOWER_COORDINATED = [
    # the gmina is a place, not the subject
    pytest.param("Drogę w gminie Lipy wyremontowano i otrzymała 5 000 zł nowa świetlica.", id="locative-place"),
    # no money got
    pytest.param("Latem gmina Lipy stanęła do konkursu i otrzymała wyróżnienie.", id="no-money"),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_COORDINATED)
def test_lower_head_coordinated(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_LOWER_COORDINATED)
def test_no_lower_head_coordinated(text: str) -> None:
    assert find_beneficiary(text) is None


# A unit that goods bought with the money are "dla" uses them: the money went to whoever bought them.
GOODS_BUYER = [
    pytest.param(
        "Gmina Lipy podpisała z Wojewodą umowę o dofinansowanie zakupu samochodu dla OSP Borki na 300 000 zł.",
        "Gmina Lipy",
        id="agreement-party-not-the-goods-user",
    ),
    pytest.param(
        "Gmina Lipy podpisała umowy na zadania: dofinansowanie zakupu wyposażenia dla OSP Borki – 20 000 zł.",
        "Gmina Lipy",
        id="task-list-goods-user",
    ),
    # money "dla" a unit with no goods between is the unit's
    pytest.param("Dotacja 20 000 zł dla OSP Borki na działalność statutową.", "OSP Borki", id="grant-for-unit"),
    pytest.param("Dofinansowanie dla Gminy Lipy wyniesie 50 000 zł.", "Gmina Lipy", id="headline-for-gmina"),
]
NO_GOODS_BUYER = [
    # the buyer unnamed ("Wójt podpisał", "gmina"): the users of the cars are no beneficiary
    pytest.param(
        "Wójt podpisał umowę o dofinansowanie z Urzędu Marszałkowskiego w wysokości 60 000 zł na zakup dwóch "
        "samochodów dla jednostek OSP Lipy i OSP Borki.",
        id="cars-for-two-osp",
    ),
    pytest.param("Gmina dostała 90 000 zł na zakup sprzętu dla OSP Borki.", id="equipment-for-osp"),
]


@pytest.mark.parametrize(("text", "expected"), GOODS_BUYER)
def test_goods_buyer(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_GOODS_BUYER)
def test_no_goods_user(text: str) -> None:
    assert find_beneficiary(text) is None


NO_BENEFICIARY = [
    # the patron's name alone is no unit: the verb's subject must be an organisation
    pytest.param(
        "Nagrodę im. Jana Nowaka otrzymał w 2020 r. pan Adam Kowal, a wraz z nią 5 000 zł.", id="prize-person"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BENEFICIARIES)
def test_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_BENEFICIARY)
def test_no_beneficiary(text: str) -> None:
    assert find_beneficiary(text) is None


IMPLEMENTERS = [
    # a genitive opening the capitalised run ("Na zlecenie X …") is no part of the subject: the nominative name is
    pytest.param(
        "Na zlecenie Miejskiego Ośrodka Pomocy Rodzinie w Lipach Polskie Towarzystwo Pomocy Dzieciom Koło w Lipach "
        "realizuje zadanie „Asystent”.",
        "Polskie Towarzystwo Pomocy Dzieciom Koło w Lipach",
        id="commissioned-by-genitive-then-adjective-name",
    ),
    pytest.param(
        "Na zlecenie Gminy Lipy Fundacja Razem realizuje projekt „Dobry sąsiad”.",
        "Fundacja Razem",
        id="commissioned-by-gmina-then-foundation",
    ),
    # a name that opens in the nominative keeps its genitive part
    pytest.param(
        "Gminny Ośrodek Kultury Gminy Lipy realizuje projekt „Lato”.",
        "Gminny Ośrodek Kultury Gminy Lipy",
        id="nominative-name-with-genitive-kept",
    ),
]
NO_IMPLEMENTER = [
    # a run opening with a genitive and closing with no unit's head in the nominative: a person, no subject body
    pytest.param("Na zlecenie Gminy Lipy Jan Nowak realizuje projekt „Lato”.", id="commissioned-person"),
    pytest.param(
        "Na zlecenie Miejskiego Ośrodka Pomocy Rodzinie w Lipach Kierownik Jan Nowak realizuje projekt „Lato”.",
        id="commissioned-by-centre-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPLEMENTERS)
def test_implementer(text: str, expected: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NO_IMPLEMENTER)
def test_no_implementer(text: str) -> None:
    assert find_implementer(text) is None
