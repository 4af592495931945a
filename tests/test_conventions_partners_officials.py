"""Partners named through their officials (issue 13, the part2 round): the units whose mayors, starosts or presidents
represent a partnership's partners or sign a cooperation agreement, in the nominative; and the officials that
stand for no partner (a grant contract's signatories, an agreement that is not one of cooperation, representatives
of whole partnerships, an official met elsewhere).  Passages invented; each form was met on three real sites.
"""

from __future__ import annotations

import pytest

from conventions import record

# (text, partners' names)
ROWS: list[tuple[str, set[str]]] = [
    # representatives of every partner, listed by their officials' titles (a county partnership's meeting)
    (
        "Na posiedzeniu Rady Partnerstwa byli przedstawiciele wszystkich partnerów Partnerstwa Powiatu Lipnowskiego: "
        "Starosta Lipnowski Jan Nowak, Burmistrz Gminy Dobrzyń nad Wisłą Anna Kowal, Wójt Gminy Kikół Adam Lis "
        "z zastępcą Piotrem Mazurem oraz Zastępca Wójta Gminy Skępe Ewa Wrona.",
        {"Powiat Lipnowski", "Gmina Dobrzyń nad Wisłą", "Gmina Kikół", "Gmina Skępe"},
    ),
    # the signatories of a cooperation agreement, a starost's adjective in lower case
    (
        "W starostwie podpisano porozumienie o wzajemnej współpracy z Akademią Pomorską w Słupsku. W imieniu "
        "zarządu powiatu porozumienie podpisali starosta bytowski Tomasz Malinowski i wicestarosta Jan Zieliński.",
        {"Akademia Pomorska w Słupsku", "Powiat Bytowski"},
    ),
    # a foundation's president and a town's mayor conclude a cooperation agreement with a third party
    (
        "Burmistrz Miasta Lęborka Jan Kos i prezes Fundacji „Nowy Horyzont” Ewa Mak zawarli porozumienie o "
        "współpracy na rzecz osób starszych z Powiatem Lęborskim.",
        {"Fundacja „Nowy Horyzont”", "Powiat Lęborski"},
    ),
    # a genitive starost and a marshal over a cooperation agreement
    (
        "Porozumienie o współpracy przy projekcie „Razem dla rodziny” podpisali Starosta Powiatu Bocheńskiego "
        "Adam Kruk i Marszałek Województwa Małopolskiego Jan Sowa.",
        {"Powiat Bocheński", "Województwo Małopolskie"},
    ),
    # --- near-misses: officials that name no partner
    # a grant contract's signatories are a payer and its grantee
    (
        "Wójt Gminy Kikół Adam Lis i Marszałek Województwa Kujawsko-Pomorskiego Piotr Całbecki podpisali umowę "
        "o dofinansowanie budowy świetlicy. Wartość projektu to 300 000 zł.",
        set(),
    ),
    # an agreement setting out the parties' duties, not a cooperation or partnership agreement
    (
        "Wicewójt gminy Kikół Ewa Zawrot, burmistrz Lipna Jan Kos i prezes Fundacji „Senior” Anna Góra podpisały "
        "porozumienie, które określa prawa i obowiązki stron przy realizacji zadania publicznego.",
        set(),
    ),
    # representatives of whole partnerships (each a group of gminas), not the project's partners
    (
        "Przyjechali przedstawiciele trzech Partnerstw:\nPartnerstwo Gmin Powiatu Kolbuszowskiego – m.in. Wójt Gminy "
        "Niwiska Anna Wróbel i Wójt Gminy Cmolas Jan Galek.",
        set(),
    ),
    # a partnership agreement's signatories: the one no partner cue names leads it (the implementer's rule)
    (
        "Wójt Gminy Łapanów Maria Sowa i prezes Fundacji „Ala” Jan Kos podpisali umowę partnerską. Partnerem "
        "projektu jest Fundacja „Ala”.",
        {"Fundacja „Ala”"},
    ),
    # officials met outside a partner cue
    (
        "Wójt Gminy Kikół Adam Lis wręczył nagrody, a Starosta Lipnowski Jan Nowak pogratulował laureatom.",
        set(),
    ),
    # a town's president in the genitive the tables cannot turn back; a foundation's name with no quotes
    (
        "Prezydent Słupska Jan Kos i prezes Fundacji Kreolia Ewa Mak zawarli porozumienie o współpracy "
        "z Uniwersytetem Gdańskim.",
        {"Uniwersytet Gdański"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_partners_named_through_officials(text: str, expected: set[str]) -> None:
    assert {partner.name for partner in record(text).partners} == expected
