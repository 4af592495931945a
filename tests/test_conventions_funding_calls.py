"""A grant call's announcer as the payer, in invented sentences (issue 13, the fund2 round).

A body of src/extract/data/funders.csv that announces a call for money ("ogłosił nabór wniosków o dofinansowanie",
"Nabór … ogłosiła Fundacja X") is the funder when nothing else names one and no national programme implies one.
An EU call's authority only runs the call (the money is the programme's), a contest with no money is no call for
grants, and a programme's own payer still wins over its call's announcer.
"""

from __future__ import annotations

import pytest

from conventions import record

RMPS = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"

# (text, funder); the rows mirror the tune part's hosts of the class (a voivode announcing a roads call, a board
# announcing a monuments call, contests announced by a gmina's head, a foundation announcing its programme's call)
ROWS = [
    (
        "Wojewoda lubuski ogłosił dla gmin i powiatów nabór wniosków o dofinansowanie przebudowy dróg lokalnych "
        "w 2020 roku. Wnioski przyjmuje urząd do 15 września.",
        "Wojewoda Lubuski",
    ),
    (
        "Zarząd Województwa Lubelskiego ogłosił 3 marca 2021 r. nabór wniosków o dotacje na prace konserwatorskie "
        "przy zabytkach wpisanych do rejestru. Na ten cel przeznaczono 80 000,00 zł.",
        "Urząd Marszałkowski Województwa Lubelskiego",
    ),
    (
        "Marszałek Województwa Opolskiego ogłasza otwarty konkurs ofert na realizację zadań publicznych z zakresu "
        "kultury fizycznej w 2023 roku.",
        "Urząd Marszałkowski Województwa Opolskiego",
    ),
    (
        "Nabór do programu Granty dla Wolontariuszy 2021 ogłosiła Polsko-Amerykańska Fundacja Wolności. Dotacja "
        "wynosi najwyżej 20 000 zł.",
        "Polsko-Amerykańska Fundacja Wolności",
    ),
    # near misses: an EU call's authority; a contest with no money; a national programme's own payer; a list of
    # winners is no call; "ogłosił" about something else
    (
        "Zarząd Województwa Opolskiego ogłasza nabór wniosków o dofinansowanie projektów ze środków Europejskiego "
        "Funduszu Społecznego.",
        None,
    ),
    ("Wojewoda Lubelski ogłosił konkurs na najpiękniejszą wieś regionu. Nagrodą jest puchar.", None),
    (
        "Wojewoda Zachodniopomorski ogłosił nabór wniosków w programie „Senior+” na 2022 rok.",
        RMPS,
    ),
    (
        "Urząd Marszałkowski Województwa Łódzkiego ogłosił listę rankingową wniosków o dofinansowanie.",
        None,
    ),
    (
        "Wojewoda Śląski ogłosił alarm przeciwpowodziowy; gminy czekają na nabór wniosków o dotacje na usuwanie "
        "skutków powodzi, który ma ruszyć jesienią.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "funder"), [pytest.param(*row, id=row[0][:50]) for row in ROWS])
def test_a_grant_calls_announcer_pays_when_no_one_else_does(text: str, funder: str | None) -> None:
    assert record(text).funding.funder == funder
