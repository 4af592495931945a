"""Partner forms met in the s7 round's tuning material (issue 13: dev's tuning part and b15's dev part) whose
class had fewer than three unrelated hosts there, so no rule was written for them: they were strict xfails until a
rule reached them, and then moved to the passing table below.
Passages invented.
"""

from __future__ import annotations

import pytest

from conventions import record

# Every form this file held open is reached since s14 (the sub-headings over adjectives and bare names in s9:
# tests/test_conventions_partners_lists.py; a partner's title in apposition in s13: tests/test_partner_apposition.py;
# joining a partnership project and the units listed after a joining cue in s14: below and
# tests/test_partner_joining.py). A form met again and not read goes back in as a strict xfail.

# Forms that were open here and pass now: (text, partners' names, the round that reached them).
REACHED: list[tuple[str, set[str], str]] = [
    (
        "Na podstawie art. 33 ustawy z dnia 11 lipca 2014 r. o zasadach realizacji programów w zakresie polityki "
        "spójności finansowanych w perspektywie finansowej 2014-2020 Gmina Rybno informuje, że przystąpiła do "
        "projektu partnerskiego pt. „Razem”. Partnerem wiodącym jest Stowarzyszenie Razem z siedzibą w Lipnie.",
        {"Gmina Rybno", "Stowarzyszenie Razem"},
        "s14: joining a partnership project, the subject before 'informuje, że' (extract.partner_joining)",
    ),
    (
        "Chęć przystąpienia do projektu zgłosiły dwie lokalne grupy działania:\n\n- Stowarzyszenie LGD „Dolina Odry”"
        "\n\n- Fundacja Rozwoju Gmin „Razem”",
        {"Stowarzyszenie LGD „Dolina Odry”", "Fundacja Rozwoju Gmin „Razem”"},
        "s14: the units listed after a joining cue's colon, blank lines between bullets (extract.partner_joining)",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), REACHED)
def test_reached_partner_forms(text: str, expected: set[str], why: str) -> None:
    assert {partner.name for partner in record(text).partners} == expected, why
