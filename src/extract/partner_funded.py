"""Units that got money together for one joint project: "Gmina A i Gmina B otrzymały dofinansowanie na realizację
wspólnego projektu", "Dofinansowanie na wspólny projekt pozyskały Gmina A oraz Fundacja B", "A i B uzyskały środki
na projekt partnerski".

The joint subject of a plural verb of getting, two units and more, with the project called joint or a partnership's
in the same sentence: co-implementers of one project, so partners (tests/realtext/README.md, the partners line and
its seventh round).  Without that word it is a list of recipients, each of its own grant ("Gminy A i B otrzymały
dofinansowanie na swoje projekty"), and nothing is read.
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import matches_from
from extract.org_sentences import MAX_CUES
from extract.partner_jointly import joint_subject
from extract.partner_names import Found
from extract.partner_sentences import end_of_sentence

# A plural verb of getting (the subject two units and more).
_GOT_PLURAL = re.compile(
    r"(?<![\w-])(?:otrzymały|otrzymali|otrzymają|uzyskały|uzyskali|uzyskają|pozyskały|pozyskali|pozyskają"
    r"|dostały|dostali|dostaną|zdobyły|zdobyli)(?![\w-])",
    re.IGNORECASE,
)
_GOT_STARTS = ("otrzyma", "uzyska", "pozyska", "dosta", "zdoby")
# The project called joint or a partnership's: "wspólnego projektu", "wspólnych przedsięwzięć", "na wspólną
# realizację", "projekt partnerski".
_JOINT = re.compile(
    r"wspóln\w*[ \t]+(?:projekt|przedsięwzię|realizacj|zadani|inicjatyw|inwestycj)"
    r"|projekt\w*[ \t]+partnersk|partnersk\w*[ \t]+projekt",
    re.IGNORECASE,
)


def jointly_funded(text: str, cues: str, found: Found) -> None:
    """The joint subject of "otrzymały/pozyskały/uzyskały …" in a sentence that calls the project joint."""
    for match in itertools.islice(matches_from(_GOT_PLURAL, text, cues, _GOT_STARTS), MAX_CUES):
        begin = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()), 0)
        if not _JOINT.search(text, begin, end_of_sentence(text, match.end())):
            continue
        for name, position, marked in joint_subject(text, match.start(), match.end()):
            found.add(position, name, marked)
