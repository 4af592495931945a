"""The beneficiary as the body of one who says "we got" (issue 13, s14): reported speech in its Polish forms.

Written for this file (no page's sentence): the speaker tag after the quote in every person, gender and number of its
verb ("mówi", "mówiła", "mówiły", "powiedzieli", "podkreślał"), a date between the verb and the speaker, a board's
members ("członkinie zarządu KGW") and a quote over several paragraphs with its tag on the line after it; the
speaker before the quote, by a verb of saying or writing and a colon. The near-misses: a speaker with no body, a
payer's officer, a speaker in another paragraph, a person with no office before the colon, an acronym that several
bodies share.
"""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary

SPEAKERS = [
    pytest.param(
        "„Dostaliśmy 20 tys. zł dotacji na stroje” – mówiła Anna Nowak, prezeska Fundacji Dobry Start.",
        "Fundacja Dobry Start",
        id="mowila-prezeska-after",
    ),
    pytest.param(
        "– W tym roku dostaliśmy 15 000 zł na warsztaty – powiedzieli członkowie zarządu Stowarzyszenia Przyjaciół "
        "Lipna.",
        "Stowarzyszenie Przyjaciół Lipna",
        id="powiedzieli-czlonkowie-zarzadu",
    ),
    pytest.param(
        "– Otrzymaliśmy 8 tys. zł na nowe książki – podkreślał 5 maja dyrektor Gminnej Biblioteki Publicznej w "
        "Rybnie Jan Nowak.",
        "Gminna Biblioteka Publiczna w Rybnie",
        id="podkreslal-date-between",
    ),
    pytest.param(
        "Koło liczy 30 członkiń. Umowę podpisały dwie panie z zarządu.\n"
        "„Na projekt „Razem w Lipniku” dostaliśmy dofinansowanie w kwocie 5500 zł.\n"
        "Za te pieniądze KGW Złoty Kłos w Lipniku kupi stroje i naczynia.„\n"
        "– mówiły 13. października członkinie zarządu KGW.",
        "KGW Złoty Kłos w Lipniku",
        id="quote-over-paragraphs-mowily-czlonkinie-kgw",
    ),
    pytest.param(
        "Burmistrz Sępopola Jan Nowak napisał w mediach społecznościowych: Z programu Sportowa Polska "
        "pozyskaliśmy dofinansowanie w wysokości 851 tysięcy złotych.",
        "Gmina Sępopol",
        id="burmistrz-napisal-colon-before",
    ),
    pytest.param(
        "Starosta Gryfiński Jan Nowak poinformował: dostaliśmy 300 tys. zł na remont drogi.",
        "Powiat Gryfiński",
        id="starosta-poinformowal-colon-before",
    ),
]

NOT_SPEAKERS = [
    pytest.param("„Dostaliśmy 20 tys. zł dotacji na stroje” – mówi Jan Kowalski.", id="speaker-with-no-body"),
    pytest.param(
        "„Dostaliśmy 20 tys. zł na busa” – mówi Jan Nowak, dyrektor oddziału PFRON.",
        id="payer-officer-speaks",
    ),
    pytest.param(
        "Burmistrz Sępopola Jan Nowak napisał w mediach społecznościowych o nowej hali.\n\nPozyskaliśmy "
        "dofinansowanie w wysokości 851 tysięcy złotych.",
        id="speaker-in-another-paragraph",
    ),
    pytest.param("Jan Nowak napisał: pozyskaliśmy 851 tys. zł na halę.", id="person-with-no-office-before-colon"),
    pytest.param(
        "„Dostaliśmy 5 tys. zł na stroje” – mówiły członkinie zarządu KGW. Dotacje dostały też KGW w Lipnie i KGW w "
        "Brodach.",
        id="acronym-of-several-bodies",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker_of_we_got_is_the_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NOT_SPEAKERS)
def test_no_beneficiary_from_these_speakers(text: str) -> None:
    assert find_beneficiary(text) is None
