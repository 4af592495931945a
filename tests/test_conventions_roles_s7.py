"""Who got the money, round s7 of issue 13: classes of misses seen on three or more unrelated real sites.

Each row is a short passage invented for this file in the form the real page used (the source page of the form in
its last column), labelled by tests/realtext/README.md; near-misses (source "near-miss") are invented forms that
must keep their answer.
"""

from __future__ import annotations

import pytest

from conventions import record

# A public body named in full (a welfare centre, a parish, a culture centre, a school) filed the application the
# passage says was granted: it is the beneficiary, as a gmina or an NGO is (`_APPLIED`, `_SUBMITTED_BY`).
APPLICANTS = [
    (
        "Urząd dał znać, że przyjmuje ofertę, którą złożyła Parafia Świętego Jana w Lipnie na festyn „Rodzina”. "
        "Dotację przyznano w trybie małego grantu.",
        "Parafia Świętego Jana w Lipnie",
        "https://bytominfo.pl/wydzial-kultury-i-sportu-przyznaje-maly-grant-na-realizacje-projektu-parafiada/",
    ),
    (
        "Wśród 120 projektów, które dostały dofinansowanie, jest „Noc Kupały nad Wisłą” zgłoszony przez Dom "
        "Kultury w Rybnie.",
        "Dom Kultury w Rybnie",
        "http://kultura.wielun.pl/tag/etnopolska-2021/",
    ),
    (
        "W 2019 roku Ośrodek Pomocy Społecznej w Lipnie złożył w ministerstwie projekt pn. „Silny Ośrodek”. "
        "Po ocenie projekt wybrano do dofinansowania.",
        "Ośrodek Pomocy Społecznej w Lipnie",
        "http://gops-polankawielka.pl/?strona=1&artykul=31&con=2&contrast=0",
    ),
    (
        "Gminna Biblioteka Publiczna w Rybnie złożyła do Biblioteki Narodowej wniosek, który otrzymał dotację "
        "w kwocie 4 000 zł.",
        "Gminna Biblioteka Publiczna w Rybnie",
        "near-miss: a library, subject before the verb",
    ),
    (
        "W marcu Powiatowy Zarząd Dróg złożył wniosek o 7 milionów złotych z funduszy unijnych na drogę "
        "powiatową Lipno - Rybno.",
        None,
        "near-miss: an application alone, no money said granted",
    ),
    (
        "Dom Kultury w Rybnie złożył wniosek do programu. Czekamy na rozpatrzenie wniosku, który może "
        "przynieść dotację.",
        None,
        "near-miss: an applicant still waiting",
    ),
    (
        "Wybrano dwie oferty: złożoną przez Dom Kultury w Lipnie, który otrzymał 3 000 zł, oraz przez "
        "Szkołę Podstawową w Rybnie, która otrzymała 2 000 zł.",
        None,
        "near-miss: two applicants, each with its own grant",
    ),
    (
        "Sołtys złożył wniosek o remont świetlicy. Gmina Rybno otrzymała na ten cel 50 000 zł dotacji.",
        "Gmina Rybno",
        "near-miss: a person files, the gmina gets",
    ),
]


@pytest.mark.parametrize(("text", "beneficiary", "source"), APPLICANTS, ids=[row[2][:60] for row in APPLICANTS])
def test_a_public_body_that_applied_and_was_granted(text: str, beneficiary: str | None, source: str) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary
