"""The beneficiary read from who signs a funding agreement for a unit, and from a body's acronym (issue 13, s14).

Written for this file (no page's sentence): a funding agreement told of in one sentence and its signers named in
another ("Za władze powiatu umowę podpisali …", "Pod umowami podpisali się Starosta X …"), a unit's or a body's
representatives signing ("przedstawiciele OSP – prezes i skarbnik – podpisali"), and an acronym as the subject of a
verb of getting ("OSP otrzymała grant"), read as the one body the passage names by it.  The near-misses: one of
several recipients signing, a works contract, signers with no funding agreement told, a funder's acronym, two bodies
the acronym could stand for, a bare acronym, the office where an agreement is signed.
"""

from __future__ import annotations

import pytest

from extract.org_roles import acronym_body
from extract.organisations import find_beneficiary

SIGNERS = [
    pytest.param(
        "Umowę o dofinansowanie zakupu busa podpisano 3 maja w Starostwie Powiatowym w Kraśniku. Za władze powiatu "
        "umowę podpisali wicestarosta Jan Nowak i członek zarządu Anna Kowal.",
        "Powiat Kraśnicki",
        id="za-wladze-powiatu-after-agreement-told",
    ),
    pytest.param(
        "W Lublinie podpisano umowę w projekcie grantowym, który dofinansowuje Unia Europejska. W imieniu Powiatu "
        "Opolskiego umowę podpisał starosta Jan Nowak.",
        "Powiat Opolski",
        id="w-imieniu-powiatu-named-there",
    ),
    pytest.param(
        "Dwie umowy podpisano 15 września w siedzibie Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych. "
        "Pierwsza dotyczy busa, druga windy. Pod obiema umowami podpisali się Starosta Nyski Jan Nowak oraz "
        "dyrektor oddziału PFRON Anna Kowal.",
        "Powiat Nyski",
        id="podpisali-sie-starosta-in-later-sentence",
    ),
    pytest.param(
        "Umowa o dofinansowanie z Urzędem Marszałkowskim została zawarta w piątek. Umowę podpisali przedstawiciele "
        "gminy Rybno.",
        "Gmina Rybno",
        id="przedstawiciele-gminy-after-agreement-told",
    ),
    pytest.param(
        "OSP w Kamionce złożyła wniosek o grant. W maju przedstawiciele OSP – prezes i skarbnik – podpisali umowę "
        "z Urzędem Marszałkowskim w Lublinie na 40 tys. zł.",
        "OSP w Kamionce",
        id="przedstawiciele-osp-acronym-printed-with-seat",
    ),
    pytest.param(
        "Koło Gospodyń Wiejskich w Lipniku ma nowe stroje. Przedstawicielki KGW podpisały umowę o dotację z "
        "Zarządem Województwa Mazowieckiego.",
        "Koło Gospodyń Wiejskich w Lipniku",
        id="przedstawicielki-kgw-spelled-out",
    ),
    pytest.param(
        "Ochotnicza Straż Pożarna w Dębinie zawarła z Lokalną Grupą Działania umowę na operację. Stanie altana. "
        "OSP otrzymała na to grant w wysokości 30 000 zł.",
        "Ochotnicza Straż Pożarna w Dębinie",
        id="osp-subject-spelled-out-before",
    ),
    pytest.param(
        "KGW Złote Kłosy z Lipnika złożyło wniosek w konkursie. KGW otrzymało dotację w kwocie 5000 zł.",
        "KGW Złote Kłosy z Lipnika",
        id="kgw-subject-printed-with-name",
    ),
]

NOT_SIGNERS = [
    pytest.param(
        "Cztery gminy regionu dostały ponad 2 mln zł z pieniędzy unijnych. Umowy podpisano w Urzędzie "
        "Marszałkowskim. Umowę na przebudowę świetlicy podpisała gmina Rybno.",
        id="one-of-several-recipients-signs",
    ),
    pytest.param(
        "Umowę o dofinansowanie podpisano w marcu. Za władze powiatu umowę z wykonawcą, firmą Budex, podpisał "
        "starosta Jan Nowak. Powiat Kraśnicki ogłosi przetarg.",
        id="works-contract-signed-later",
    ),
    pytest.param(
        "Za władze powiatu umowę podpisali wicestarosta Jan Nowak i członek zarządu Anna Kowal. Powiat Kraśnicki "
        "kupi bus.",
        id="signers-with-no-funding-agreement",
    ),
    pytest.param(
        "Umowę o dofinansowanie podpisano w Lublinie. W imieniu PFRON umowę podpisał dyrektor oddziału Jan Nowak.",
        id="funder-acronym-signs",
    ),
    pytest.param(
        "Ochotnicza Straż Pożarna w Rybnie i Ochotnicza Straż Pożarna w Łące ćwiczyły razem. OSP otrzymała 5 000 zł.",
        id="acronym-of-two-bodies",
    ),
    pytest.param("OSP otrzymała na to grant w wysokości 30 000 zł.", id="bare-acronym"),
    pytest.param(
        "Zarząd Województwa dał kołom gospodyń pieniądze. Przedstawicielki KGW podpisały umowy o dotację wczoraj. "
        "Dotacje dostały: KGW w Lipnie, KGW Złote Kłosy w Łące i KGW w Brodach.",
        id="acronym-of-many-listed-bodies",
    ),
    pytest.param(
        "Umowę o dofinansowanie podpisano w Starostwie Powiatowym w Kraśniku.",
        id="office-as-venue-only",
    ),
    pytest.param(
        "Umowę o dofinansowanie podpisano w Lublinie. W imieniu gminy Wójt Jan Nowak podpisał umowę.",
        id="office-holder-after-bare-head",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNERS)
def test_signers_name_the_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NOT_SIGNERS)
def test_no_beneficiary_from_these_signers(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        ("OSP we Frydmanie złożyła wniosek. Ochotnicza Straż Pożarna we Frydmanie gra.", "OSP", "OSP we Frydmanie"),
        ("Ochotnicza Straż Pożarna w Łące gra. OSP w Łące złożyła wniosek.", "OSP", "Ochotnicza Straż Pożarna w Łące"),
        ("LKS „Orzeł” Dębina dostał 5 tys. zł.", "LKS", "LKS „Orzeł” Dębina"),
        ("OSP dostała 5 tys. zł.", "OSP", None),
        ("Dostały je KGW w Lipnie i KGW w Brodach.", "KGW", None),
    ],
)
def test_acronym_body_is_its_first_printing(text: str, acronym: str, expected: str | None) -> None:
    assert acronym_body(text, acronym) == expected


# The signers of an earlier agreement are read only when no verb of getting or granting names the beneficiary, and not
# when they sign with a second party the sentence names by a common noun ("ze stowarzyszeniem"): then they may be the
# funder's (review s14, H1).
SIGNERS_NOT_THE_GETTER = [
    pytest.param(
        "Stowarzyszenie Nasza Wieś otrzyma dotację z budżetu Gminy Rybno. Umowę o dotację podpisano w urzędzie. "
        "Przedstawiciele gminy podpisali umowę ze stowarzyszeniem.",
        "Stowarzyszenie Nasza Wieś",
        id="funder-gmina-signs-with-the-getter",
    ),
    pytest.param(
        "Powiat Lubartowski udzielił pomocy finansowej Gminie Serniki. Umowę o dofinansowanie podpisano w Starostwie "
        "Powiatowym w Lubartowie. Za władze powiatu umowę podpisali starosta i wicestarosta.",
        "Gmina Serniki",
        id="funder-powiat-signs-after-granting",
    ),
    pytest.param(
        "Fundacja Zielony Las dostała dotację z budżetu Powiatu Kraśnickiego. Umowę o dotację podpisano w piątek. "
        "Przedstawiciele powiatu Kraśnickiego podpisali umowę z fundacją.",
        "Fundacja Zielony Las",
        id="funder-powiat-signs-with-a-fundacja",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNERS_NOT_THE_GETTER)
def test_signers_of_the_funder_are_no_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "text",
    [
        # the signers' unit named as the giver: the subject of a verb of giving, or the budget the money comes from
        "Powiat Lubartowski udzielił pomocy finansowej gminie. Umowę o dofinansowanie podpisano w Starostwie "
        "Powiatowym w Lubartowie. Za władze powiatu umowę podpisali starosta i wicestarosta.",
        "Stowarzyszenie otrzyma dotację z budżetu Gminy Rybno. Umowę o dotację podpisano w urzędzie. Umowę podpisali "
        "przedstawiciele gminy Rybno.",
        "Ze środków powiatu kraśnickiego przekazano dotację. Umowę o dotację podpisano w piątek. Umowę podpisali "
        "przedstawiciele powiatu kraśnickiego.",
        "Umowę o dofinansowanie podpisano w urzędzie. Przedstawiciele gminy Rybno podpisali umowę ze stowarzyszeniem.",
        "Umowę o dotację zawarto w maju. Za władze powiatu umowę z fundacją podpisali starosta i wicestarosta. "
        "Powiat Kraśnicki przekaże pieniądze.",
    ],
)
def test_signers_with_a_second_party_name_no_beneficiary(text: str) -> None:
    assert find_beneficiary(text) is None
