"""The payer among an agreement's signers when the recipient's officer signs first ("Umowę podpisali zastępca
burmistrza X Y i wicewojewoda Z", the day between), as when the payer signs first."""

from __future__ import annotations

import pytest

from extract.funding import find_funding


@pytest.mark.parametrize(
    "text",
    [
        "Umowę na 15 120 zł podpisali zastępca burmistrza Jan Nowak i wicewojewoda zachodniopomorski Tomasz Wójcik.",
        "Umowę na 15 120 zł podpisali 17 maja 2022 r. burmistrz Jan Nowak oraz Wojewoda Zachodniopomorski.",
        "Umowę na 15 120 zł podpisali wicewojewoda zachodniopomorski Tomasz Wójcik i zastępca burmistrza Jan Nowak.",
    ],
)
def test_voivode_among_signers(text: str) -> None:
    assert find_funding(text)[0].funder == "Wojewoda Zachodniopomorski"
