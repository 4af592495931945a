"""Publication dates in metadata lines that carry more than the publication (issue 13, session 9): a publication
row followed by the last update on the same line, one row labelled for both, and a "Dodane:" label after a
category on one line (seen on a gmina's BIP, a town's CMS and a gmina's WordPress theme).  Invented passages, read
through `scrape evaluate`'s entry point; near misses that must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from conventions import record

D = date
T = "Dotacja na remont świetlicy w Lipnie"
B = (
    "Gmina Lipno otrzymała dotację celową z budżetu państwa na remont świetlicy wiejskiej w Lipnie, w której od lat "
    "spotykają się mieszkańcy sołectwa, koło gospodyń wiejskich i młodzież z okolicznych wsi."
)

PUBLISHED: list[tuple[str, date | None]] = [
    (
        f"{T}\n\n{B}\n\nPrzewodniczący Rady\nJan Nowak\n\ndata publikacji: 14.03.2019, ostatnia aktualizacja: "
        "20.03.2019, odsłon: 512",
        D(2019, 3, 14),
    ),
    (f"{T}\n\n{B}\n\nData publikacji: 2021-05-04 10:12, Data modyfikacji: 2021-06-01 08:00", D(2021, 5, 4)),
    (f"{T}\n\nData publikacji/aktualizacji: 2022-10-11 09:15:02\n\n{B}", D(2022, 10, 11)),
    (f"{T}\n\nKategoria: Aktualności Dodane: 14.02.2025\n\n{B}", D(2025, 2, 14)),
    (f"{T}\n\nKategoria: Ogłoszenia, Dodana: 3.11.2024\n\n{B}", D(2024, 11, 3)),
    # near misses: no publication date
    (f"{T}\n\n{B}\n\nostatnia aktualizacja: 20.03.2019, odsłon: 512", None),  # the last update only
    (f"{T}\n\n{B}\n\nData modyfikacji: 2021-06-01 08:00", None),
    (f"{T}\n\n{B}\n\ndata publikacji zmian w regulaminie, ostatnia aktualizacja: 20.03.2019", None),  # no value
    (f"{T}\n\nKategoria: Aktualności Dodane przez: Jan Nowak\n\n{B}", None),  # a name, no date
]


def _id(text: str) -> str:
    """The row's metadata lines, without the title and the prose."""
    return " / ".join(line for line in text.split("\n") if line and line not in (T, B))[:60]


@pytest.mark.parametrize(("text", "want"), PUBLISHED, ids=[_id(row[0]) for row in PUBLISHED])
def test_a_publication_label_in_a_line_of_several(text: str, want: date | None) -> None:
    assert record(text).published == want
