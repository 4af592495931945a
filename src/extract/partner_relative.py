"""A partner named by a relative clause after its name: "… od Urzędu Miejskiego w Gnieźnie, który odtąd pozostaje
głównym partnerem festiwalu", "Fundacji X, która jest partnerem projektu", "Gminę A i Gminę B, które są partnerami
zadania", "Powiatem Y, który został liderem projektu".

The name stands in whatever case the sentence gives it (the genitive after "od", the accusative after "przez", the
instrumental after "z"): it is given back in the nominative.  The clause must name what the unit is a partner of (a
project, a task, a partnership or an event: "partnerem gminy" alone may be a twin town).
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import matches_from, split_orgs
from extract.org_sentences import MAX_CUES
from extract.partner_cases import GENITIVE_HEADS, from_genitive
from extract.partner_lists import split_units
from extract.partner_names import Found, is_unit, name_before

_RELATIVE_PARTNER = re.compile(
    r"(?<=,\s)któr(?:y|a|e|zy)[ \t]+(?:(?:odtąd|nadal|wciąż|obecnie|także|również|też|już|od[ \t]+lat)[ \t]+){0,2}"
    r"(?:jest|był[aoy]?|byli|pozostaje|pozostają|pozostał[aoy]?|został[aoy]?|zostali|zostanie|zostaną|będzie|będą|są)"
    r"[ \t]+(?:(?:jednym|jedną)[ \t]+z[ \t]+(?:głównych[ \t]+)?partnerów|(?:(?:głównym|głównymi|stałym|stałymi)[ \t]+)?"
    r"(?:(?P<lead>liderem|partnerem[ \t]+wiodącym)|partner(?:em|ami)))"
    r"[ \t]+(?:projektu|przedsięwzięcia|zadania|partnerstwa|festiwalu|wydarzenia|imprezy|festynu|koncertu|konkursu"
    r"|inicjatywy|w[ \t]+projekcie)\b",
    re.IGNORECASE,
)


def relative_partners(text: str, cues: str, found: Found) -> None:
    """The unit(s) right before ", który jest partnerem projektu", in the nominative."""
    for match in itertools.islice(matches_from(_RELATIVE_PARTNER, text, cues, ("któr",)), MAX_CUES):
        run = name_before(text, match.start() - 2)  # before ", "
        if run is None:
            continue
        genitive = run[0].split()[0].lower() in GENITIVE_HEADS
        for whole, at in split_orgs(*run):  # "z Gminą A i Gminą B, które są partnerami": each unit
            for name, position in split_units(whole, at, genitive):
                named = from_genitive(name)
                if is_unit(named):
                    found.add(position, named, lead=bool(match.group("lead")))
