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

from extract.org_names import OPEN_QUOTES, matches_from, split_orgs
from extract.org_sentences import MAX_CUES
from extract.partner_cases import _GENITIVE_HEADS, _HEADS, _NOMINATIVE_HEADS, from_genitive
from extract.partner_lists import _TOKEN, _split_units
from extract.partner_names import _Found, _is_unit, _run_at

_RELATIVE_PARTNER = re.compile(
    r"(?<=,\s)któr(?:y|a|e|zy)[ \t]+(?:(?:odtąd|nadal|wciąż|obecnie|także|również|też|już|od[ \t]+lat)[ \t]+){0,2}"
    r"(?:jest|był[aoy]?|byli|pozostaje|pozostają|pozostał[aoy]?|został[aoy]?|zostali|zostanie|zostaną|będzie|będą|są)"
    r"[ \t]+(?:(?:jednym|jedną)[ \t]+z[ \t]+(?:głównych[ \t]+)?partnerów|(?:(?:głównym|głównymi|stałym|stałymi)[ \t]+)?"
    r"(?:(?P<lead>liderem|partnerem[ \t]+wiodącym)|partner(?:em|ami)))"
    r"[ \t]+(?:projektu|przedsięwzięcia|zadania|partnerstwa|festiwalu|wydarzenia|imprezy|festynu|koncertu|konkursu"
    r"|inicjatywy|w[ \t]+projekcie)\b",
    re.IGNORECASE,
)


_ANY_HEAD = frozenset(_HEADS) | frozenset(_GENITIVE_HEADS) | _NOMINATIVE_HEADS
# An adjective before its head, in any case: "Urzędu Miejskiego", "Powiatowego Centrum", "Miejski Ośrodek".
_ADJECTIVE_END = ("ego", "ej", "ym", "ymi", "ą", "ie", "y", "a", "ski", "cki", "dzki", "ny", "wy", "ni")


def _name_before(text: str, end: int) -> tuple[str, int] | None:
    """The unit's name that ends right before `end`, in any case, after a preposition too ("od Urzędu Miejskiego w
    X|", "Dzięki Fundacji Y|"): the run that begins at a unit's head or at an adjective right before one."""
    floor = max(0, end - 300)
    stop = max(text.rfind(". ", floor, end), text.rfind("\n", floor, end), text.rfind(": ", floor, end))
    start = stop + 2 if stop >= 0 else floor
    clause = text[start:end]
    for token in list(_TOKEN.finditer(clause))[-30:]:
        words = clause[token.start() :].split(None, 2)
        first = words[0].strip(OPEN_QUOTES + '"')
        if not first[:1].isupper():
            continue
        second = words[1].lower() if len(words) > 1 else ""
        if not (
            first.lower() in _ANY_HEAD
            or first.isupper()
            or (first.lower().endswith(_ADJECTIVE_END) and second in _ANY_HEAD)
        ):
            continue  # "Dzięki Fundacji X": the run begins at the head, not at the word before it
        run = _run_at(clause, token.start())
        if run is not None and not clause[run.end :].strip(" \t,"):
            return run.text, start + run.start
    return None


def _relative_partners(text: str, cues: str, found: _Found) -> None:
    """The unit(s) right before ", który jest partnerem projektu", in the nominative."""
    for match in itertools.islice(matches_from(_RELATIVE_PARTNER, text, cues, ("któr",)), MAX_CUES):
        run = _name_before(text, match.start() - 2)  # before ", "
        if run is None:
            continue
        genitive = run[0].split()[0].lower() in _GENITIVE_HEADS
        for whole, at in split_orgs(*run):  # "z Gminą A i Gminą B, które są partnerami": each unit
            for name, position in _split_units(whole, at, genitive):
                named = from_genitive(name)
                if _is_unit(named):
                    found.add(position, named, lead=bool(match.group("lead")))
