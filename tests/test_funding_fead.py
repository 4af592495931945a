"""The food aid's EU fund, FEAD ("Europejski Fundusz Pomocy Najbardziej Potrzebującym", PO PŻ 2014-2020's only fund):
read as the fund, implied by the programme, an EU cue for a sum; and the state's "Fundusz Pomocy" (aid to Ukraine's
citizens) printed inside its name is no payer."""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.money import find_amounts


@pytest.mark.parametrize(
    "text",
    [
        "Program, który współfinansuje Europejski Fundusz Pomocy Najbardziej Potrzebującym, wspiera osoby ubogie.",
        "Pomoc żywnościowa jest współfinansowana z Europejskiego Funduszu Pomocy Najbardziej Potrzebującym.",
        "Żywność wydajemy w ramach Programu Operacyjnego Pomoc Żywnościowa 2014-2020.",  # the programme's only fund
        "Program jest współfinansowany ze środków FEAD.",
    ],
)
def test_fund(text: str) -> None:
    found = find_funding(text)[0]
    assert found.fund == "FEAD"
    assert found.funder is None


def test_the_state_fund_alone_still_pays() -> None:
    assert find_funding("Gmina otrzymała 50 tys. zł z Funduszu Pomocy na zadania dla obywateli Ukrainy.")[0].funder == (
        "Fundusz Pomocy"
    )


def test_a_sum_from_fead_is_the_eu_share() -> None:
    mentions, _ = find_amounts("Z Europejskiego Funduszu Pomocy Najbardziej Potrzebującym pokryto 12 000 zł kosztów.")
    assert [m.kind for m in mentions] == ["eu_share"]
