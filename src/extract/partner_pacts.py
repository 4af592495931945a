"""Two named units and more joined by a partnership with no project named: "umowa partnerska pomiędzy powiatami A i
B", "porozumienie partnerskie między Gminą A a Gminą B", "Powiat A i Powiat B … nawiązują relacje partnerskie".

They are partners (tests/realtext/README.md, the fifth and seventh rounds).  The word "partnerski"/"partnerstwo"
must stand in the cue: a cooperation the passage does not call a partnership ("nawiązała współpracę z gminą Lipno")
is no partnership, nor one unit's agreement whose other party is not named ("Gmina A podpisała umowę partnerską").
A party printed by its acronym is the name the passage spells out ("między UKW a Kołem Seniora X", `partner_acronyms`).
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import matches_from
from extract.org_sentences import MAX_CUES
from extract.partner_acronyms import spelled
from extract.partner_jointly import subjects_before
from extract.partner_lists import cued_list
from extract.partner_names import Found, is_unit

# "umowa partnerska pomiędzy powiatami Görlitz i Zgorzelec", "porozumienia partnerskiego między Gminą A a Gminą B",
# "umowę o partnerstwie między …": the parties after "(po)między", capitalised or under a unit type's plural.
_PACT_BETWEEN = re.compile(
    r"\b(?:umow\w*|porozumieni\w*)[ \t]+(?:partnersk\w*|o[ \t]+partnerstwie)"
    r"(?:[ \t]+[a-ząćęłńóśźż]+){0,3}?[ \t]+(?:pomiędzy|między)[ \t]+"
    r"(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"])|(?:gminami|powiatami|miastami)[ \t])",
    re.IGNORECASE,
)
# A plural verb of entering a partnership: "nawiązują relacje partnerskie", "zawarły umowę partnerską", "podpisały
# porozumienie partnerskie", "nawiązali partnerstwo" (plural: the subject is two units and more).
_PACT_VERB = re.compile(
    r"(?<![\w-])(?:nawiąz(?:ują|ały|ali|ą)|zawarł[yi]|zawierają|zawrą|podpisał[yi]|podpisują|podpiszą)"
    r"[ \t]+(?:(?:relacj\w*|współprac\w*|umow\w*|porozumieni\w*|stosunki)[ \t]+partnersk\w*|partnerstw\w*)",
    re.IGNORECASE,
)
_REACH = 300  # how far back the sentence's subject may begin


def partnership_pacts(text: str, cues: str, found: Found) -> None:
    """The parties of a partnership with no project: two named units and more, after "umowa partnerska pomiędzy" or
    as the plural subject of "nawiązują relacje partnerskie" in the same sentence."""
    between = "między" in cues and ("umow" in cues or "porozumieni" in cues)
    for match in (
        itertools.islice(matches_from(_PACT_BETWEEN, text, cues, ("umow", "porozumieni")), MAX_CUES) if between else ()
    ):
        items = [(spelled(text, name), at, marked) for name, at, marked in cued_list(text, match.end(), pair=True)]
        units = [item for item in items if is_unit(item[0])]
        if len(units) >= 2:
            for name, position, marked in units:
                found.add(position, name, marked)
    starts = ("nawiąz", "zawar", "zawier", "zawrą", "podpis")
    for match in itertools.islice(matches_from(_PACT_VERB, text, cues, starts), MAX_CUES):
        names = subjects_before(text, match.start(), touching=False)  # the clause opens with them, or no subject
        if not names or names[0][1] < match.start() - _REACH:
            continue
        units = [item for item in names if is_unit(item[0])]
        if len(units) >= 2:
            for name, position, marked in units:
                found.add(position, name, marked)
