"""The implementer named by a role noun beside "realizator": an operator or coordinator of a project or task.

"Operatorem projektu jest X", "Koordynatorem zadania był X", "Funkcję realizatora pełni X", "Rolę koordynatora projektu
pełnić będzie X", and with the subject first, "X jest koordynatorem projektu", "X pełni funkcję operatora zadania"
(tests/realtext/README.md, `implementer`: the named unit said to carry the project out). The role noun stands in the
instrumental after "być"/"zostać" and in the genitive after "funkcję"/"rolę … pełnić", in either word order.

A programme's operator or coordinator is a national programme's intermediary ("Operatorem Priorytetu jest Instytut
Książki", "Akademicki Związek Sportowy, który jest operatorem Programu …"), no implementer of the project the passage
is about, unless the passage places it in a gmina or powiat ("Operatorem programu w gminie jest GOPS w X": the local
operator carries the programme out there). A contest's or event's organiser stays out (`implementer_cues`' organiser of
a project or task only); a person named as coordinator is no unit (`implementer_at` keeps organisations only).
"""

from __future__ import annotations

import re

from extract.implementer_cues import DETERMINER, implementer_at, subject_of
from extract.org_adverbials import adverbials_end
from extract.org_names import fold
from extract.org_roles import BARE_HEADS, OFFICES, cue_matches, matches_near
from extract.org_sentences import CAP

# What an operator or a coordinator carries out: a project, a task, an undertaking (a programme only with a place).
_CARRIED = r"(?:(?:mikro)?projekt(?:u|em)?|zadani(?:a|e|em)|przedsięwzięci(?:a|e|em))(?![\w])"
_TITLE = r"(?:\s+(?:(?:pn\.|pt\.)\s*)?[„\"][^”\"\n]{1,150}[”\"])?"
# The gmina or powiat the programme is run in: "w gminie", "na terenie gminy X", "w naszym powiecie", "w mieście".
_LOCAL = (
    r"(?:w|we|na\s+terenie|na\s+obszarze)\s+(?:naszej\s+|naszym\s+|całej\s+|całym\s+)?(?:gmin|powiat|miast|mieście)\w*"
)
_PROGRAMME_HERE = rf"program(?:u|em)?(?![\w]){_TITLE}(?=\s+{_LOCAL})"
_ROLE_ITEM = rf"{DETERMINER}(?:{_CARRIED}{_TITLE}|{_PROGRAMME_HERE})"
_VERB = (
    r"(?:jest|są|był[aoy]?|został[aoy]?|zostanie|będzie|pozostaje|pełni(?:ł[aoy]?)?|pełnić\s+będzie|będzie\s+pełnić)"
)
# The role first, the unit after the verb: "Operatorem projektu jest …", "Funkcję realizatora (projektu) pełni …".
ROLE_FIRST = re.compile(
    rf"(?<![\w])(?i:(?:operator|koordynator)em\s+{_ROLE_ITEM}"
    rf"|(?:funkcję|rolę)\s+(?:realizatora(?:\s+{DETERMINER}(?:{_CARRIED}|program(?:u|em)?(?![\w])){_TITLE})?"
    rf"|(?:operatora|koordynatora)\s+{_ROLE_ITEM}))"
    rf"(?:\s+{_LOCAL}(?:\s+[{CAP}][\w-]*)?)?\s+(?i:{_VERB})\s+"
)
ROLE_FIRST_STARTS = ("operatorem", "koordynatorem", "funkcję", "rolę")
# The unit first: "X jest koordynatorem projektu", "X pełni rolę operatora zadania", "X, jako operator projektu, …".
IS_ROLE = re.compile(
    r"(?<![\w])(?i:(?:jest|był[aoy]?|został[aoy]?|zostanie|będzie|pozostaje)\s+(?:operator|koordynator)em"
    rf"|pełni(?:ł[aoy]?)?\s+(?:funkcję|rolę)\s+(?:operatora|koordynatora))\s+(?i:{_ROLE_ITEM})"
)
_ROLE_WORDS = ("operatorem", "koordynatorem", "operatora", "koordynatora")


def role_noun_implementers(text: str, cues: str) -> list[tuple[int, str]]:
    """The units named as a project's operator or coordinator (or in the function of its "realizator"), each with
    where its cue begins; empty where the passage has no role word."""
    if not any(word in cues for word in (*_ROLE_WORDS, "realizatora")):
        return []
    found: list[tuple[int, str]] = []
    for match in cue_matches(ROLE_FIRST, text, cues, ROLE_FIRST_STARTS):
        if name := implementer_at(text, adverbials_end(text, match.end()), acronym=True):
            found.append((match.start(), name))
    for word in _ROLE_WORDS:
        if word not in cues:
            continue
        for match in matches_near(IS_ROLE, text, cues, word, 40, 220):
            name = subject_of(text, match.start())
            if name and fold(name) not in BARE_HEADS and not fold(name).startswith(OFFICES):
                found.append((match.start(), name))
    return found
