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
from extract.partner_names import COUNTRY_AFTER, Found
from extract.partner_sentences import end_of_sentence

# A plural verb of getting (the subject two units and more).
_GOT_PLURAL = re.compile(
    r"(?<![\w-])(?:otrzymały|otrzymali|otrzymają|uzyskały|uzyskali|uzyskają|pozyskały|pozyskali|pozyskają"
    r"|dostały|dostali|dostaną|zdobyły|zdobyli)(?![\w-])",
    re.IGNORECASE,
)
# The project called joint or a partnership's: "wspólnego projektu", "wspólnych przedsięwzięć", "na wspólną
# realizację", "projekt partnerski".
# (each match begins at "wspóln" or "partnersk": "projekt" stands on every page, the two words on few)
_JOINT = re.compile(
    r"wspóln\w*[ \t]+(?:projekt|przedsięwzię|realizacj|zadani|inicjatyw|inwestycj)"
    r"|(?:(?<=projekt )|(?<=projektu )|(?<=projektem )|(?<=projekcie )|(?<=projekty )|(?<=projektów ))partnersk"
    r"|partnersk\w*[ \t]+projekt",
    re.IGNORECASE,
)
_JOINT_STARTS = ("wspóln", "partnersk")
# The verb and the joint word in one clause: not across "…, a wspólny projekt dopiero powstaje", "; …", "…, choć …".
_CLAUSE_BREAK = re.compile(
    r";|,[ \t]+(?:a|ale|lecz|choć|chociaż|jednak|zaś|natomiast|podczas[ \t]+gdy)(?![\w-])"
    r"|(?<![\w-])(?:lecz|ale)(?![\w-])",
    re.IGNORECASE,
)
_REACH = 300  # characters between the verb and the joint word at most: a run-on page's verbs are not all read back
# A joint word denied ("nie na wspólny projekt", "ani wspólnego zadania").
_DENIED = re.compile(r"(?<![\w-])(?:nie|ani)(?:[ \t]+\w+)?[ \t]+\Z", re.IGNORECASE)


def jointly_funded(text: str, cues: str, found: Found) -> None:
    """The joint subject of "otrzymały/pozyskały/uzyskały …" in a sentence that calls the project joint (the joint
    words are rarer than the verbs: the sentences holding one are found first, the verbs looked for in them)."""
    seen = -1
    for joint in itertools.islice(matches_from(_JOINT, text, cues, _JOINT_STARTS), MAX_CUES):
        begin = max(text.rfind(". ", 0, joint.start()), text.rfind("\n", 0, joint.start()), 0)
        if begin <= seen:
            continue  # this sentence's verbs already read
        seen = begin
        if not _said_of_the_project(text, begin, joint):
            continue
        for match in _GOT_PLURAL.finditer(text, max(begin, joint.start() - _REACH), end_of_sentence(text, joint.end())):
            low, high = min(match.end(), joint.end()), max(match.start(), joint.start())
            if high - low > _REACH or _CLAUSE_BREAK.search(text, low, high):
                continue  # the joint word is another clause's (or too far from the verb to be its object's)
            units = joint_subject(text, match.start(), match.end()) or _bare_subject(text, begin, match.start())
            for name, position, marked in units:
                found.add(position, name, marked)


def _said_of_the_project(text: str, begin: int, joint: re.Match[str]) -> bool:
    """Whether the joint word calls this project joint: not denied, not a word of a quoted or capitalised name
    ("z programu „Wspólne inicjatywy”")."""
    if _DENIED.search(text, max(begin, joint.start() - 24), joint.start()):
        return False
    if joint.group(0)[0].isupper() and text[begin : joint.start()].strip(" \t.\n"):
        return False  # a capital inside the sentence: a name's word
    at = joint.start()
    closed = max(text.rfind("”", begin, at), text.rfind("“", begin, at))
    return text.rfind("„", begin, at) <= closed


# A subject of bare place names, each or each group with its region or country after it: "Bobowa i Sękowa w
# Małopolsce oraz Stropkov i Nizna Polianka na Słowacji" (nothing but the places before the verb).
_PLACE = r"[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźżěščřžýáíéůňťď-]+(?:[ \t]+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźżěščřžýáíéůňťď-]+){0,2}"
_BARE_ITEM = re.compile(rf"(?P<place>{_PLACE})(?P<where>[ \t]+(?:w|we|na)[ \t]+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+)?")
_BARE_SEPARATOR = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:i|oraz)[ \t]+")


def _bare_subject(text: str, begin: int, verb_start: int) -> list[tuple[str, int, bool]]:
    """Two places and more, the whole clause before the verb, each a unit: "Gmina X" where the passage names the place
    as a gmina ("gmina Bobowa", "Wójt Gminy Sękowa"), a foreign place under its country as printed ("Stropkov … na
    Słowacji", the fifth round's foreign partner town); [] if any place is neither."""
    while begin < verb_start and not text[begin].isalpha():
        begin += 1
    items: list[tuple[str, int, str]] = []
    position = begin
    for _ in range(12):
        item = _BARE_ITEM.match(text, position)
        if item is None:
            return []
        items.append((item.group("place"), item.start(), item.group("where") or ""))
        separator = _BARE_SEPARATOR.match(text, item.end())
        if separator is None:
            position = item.end()
            break
        position = separator.end()
    if len(items) < 2 or text[position:verb_start].strip():
        return []
    out: list[tuple[str, int, bool]] = []
    where = ""
    for place, at, own in reversed(items):  # a group's region or country is printed after its last place
        where = own or where
        if re.search(rf"(?i:gmin[aęyą]|gminie)[ \t]+{re.escape(place)}(?![\w-])", text):
            out.append((f"Gmina {place}", at, False))
        elif where and COUNTRY_AFTER.search(where):
            out.append((place, at, False))
        else:
            return []
    return out[::-1]
