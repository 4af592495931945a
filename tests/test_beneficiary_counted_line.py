"""A round-up counts bodies with a number on the noun's own line: a number ending the line above (a page's title
that is its URL, ".../aktualnosci/1") or a count of one is no round-up, so the one body that got the money stays the
beneficiary; a count of several bodies on one line still names none."""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "https://www.gmina.pl/aktualnosci/1\n\nStowarzyszenie Nasza Wieś otrzymało dotację 20 tys. zł.",
            "Stowarzyszenie Nasza Wieś",
        ),
        (
            "https://www.gmina.pl/news/2024\n\nStowarzyszenie Kobiet Aktywnych otrzymało 20 tys. zł.",
            "Stowarzyszenie Kobiet Aktywnych",
        ),
    ],
)
def test_number_above_is_no_count(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Pięć stowarzyszeń otrzymało dotacje po 20 tys. zł, w tym Stowarzyszenie Nasza Wieś.",
        "Dotacje 12 organizacji otrzymały w sumie 200 tys. zł; Stowarzyszenie Nasza Wieś otrzymało 20 tys. zł.",
        "W tym roku 3 kluby sportowe otrzymały 90 tys. zł. Klub Sportowy Orlik otrzymał 30 tys. zł.",
    ],
)
def test_counted_bodies_name_none(text: str) -> None:
    assert find_beneficiary(text) is None
