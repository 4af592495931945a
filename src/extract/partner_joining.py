"""Units that join a partnership project or take part in it: "Gmina A informuje, że przystąpiła do projektu
partnerskiego", "Powiat B przystąpił do partnerstwa", "Chęć przystąpienia do projektu zgłosiły dwie grupy: - C - D",
"Udział w projekcie partnerskim zgłosiły: E, F".

Joining is a partner's act only where what is joined is a partnership ("projekt partnerski", "partnerstwo") or where
the units are listed after the joining cue with its colon (the list is the project's members); joining a project
alone ("przystąpiło do międzynarodowego projektu"), an association ("do której przystąpiła w 2007 r.") or a
programme ("do programu przystąpiło 56 samorządów") names no partner, nor does taking part in an event.
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import matches_from, split_orgs
from extract.org_sentences import MAX_CUES
from extract.partner_cues import PARTNER_WORD  # the partners "nich" stands for
from extract.partner_heads import shared_head
from extract.partner_lists import cued_list
from extract.partner_names import Found, is_unit, run_before

# The subject's verb of joining a partnership: "przystąpiła do projektu partnerskiego", "przystąpił już do
# partnerstwa", "przystąpiły do partnerskiego projektu".
_JOINED = re.compile(
    r"\bprzystąpi(?:ł|ła|ło|ły|li)(?:[ \t]+(?:już|także|również|też|jako[ \t]+partner))?[ \t]+do[ \t]+"
    r"(?:(?:projektu[ \t]+partnerskiego|partnerskiego[ \t]+projektu|partnerstwa)\b)",
    re.IGNORECASE,
)
# What may stand between the subject and its verb: a reporting verb ("informuje, że"), an adverb.
_REPORTING = re.compile(
    r"(?:[ \t]+(?:informuje|informował[ao]?|ogłasza|zawiadamia|podaje)[ \t]*,[ \t]*że)?(?:[ \t]+(?:już|także|również))?"
    r"[ \t]*$"
)
# A joining cue, its colon ahead in its sentence: "Chęć przystąpienia do projektu zgłosiły dwie LGD:", "Udział w
# projekcie partnerskim zgłosiły:".
# Also a verb of joining the project, its partners or "them" (the partners of the sentence before): "Do projektu
# dołączyły dwie fundacje: A i B", "Dołączają do nich instytucje pozarządowe: A i B" (the list is the joiners).
_JOINING = re.compile(
    r"\b(?:przystąpieni[ae]|udział)[ \t]+(?:do|w)[ \t]+(?:tego[ \t]+|naszego[ \t]+)?(?:projek|partnerstw)\w*"
    r"|\bdołącz(?:ył[aoy]?|yli|ają|ą)[ \t]+(?:(?:też|także|również)[ \t]+)?do[ \t]+(?:projektu|partnerstwa|partnerów"
    r"|konsorcjum|(?P<them>nich))"
    r"|\bdo[ \t]+(?:projektu|partnerstwa|konsorcjum)[ \t]+dołącz(?:ył[aoy]?|yli|ają|ą)",
    re.IGNORECASE,
)
_COLON_REACH = 150
# People as the joiners: residents, pupils, volunteers, seniors … of the units listed after the colon.
# (the head word of who joins, after a verb or an adverb: "Udział w projekcie zgłosili mieszkańcy sołectw:"; not a word
# describing units: "organizacje seniorów:", "szkoły, w których uczy się 800 uczniów:")
_PEOPLE = re.compile(
    r"(?i:mieszkańc|uczni|uczennic|wolontariusz|senior|dzieci|rodzic|goście|gości|osoby|osób|młodzież"
    r"|uczestni|członkowie|nauczyciel|studen|kobiet|mężczyźn)\w*"
)
_VERB_OR_ADVERB = re.compile(
    r"\w+(?:ły|li|ła|ło|ją|ął|ęli|iły|ili)|też|także|również|już|się|chęć|swój|swoją", re.IGNORECASE
)


def _people_join(words_before_colon: str) -> bool:
    """Whether the head word after the joining cue (past its verbs and adverbs) names people."""
    for word in words_before_colon.split()[:4]:
        word = word.strip(",;")
        if _VERB_OR_ADVERB.fullmatch(word):
            continue
        return _PEOPLE.fullmatch(word) is not None
    return False


# The verb after what is joined, its subject a unit type's plural over bare names: "Do projektu przystąpiły Gminy:
# Pilchowice, Rudziniec", "do partnerstwa przystąpiły też gminy: …".
_JOINED_AFTER = re.compile(
    r"\bdo[ \t]+(?:[a-ząćęłńóśźż]+[ \t]+)?(?:projekt|partnerstw)\w*(?:[ \t]+[^\s.:]+){0,6}?[ \t]+"
    r"przystąpi(?:ły|li|ło)(?:[ \t]+(?:też|także|również|już))?[ \t]+",
    re.IGNORECASE,
)


def joined(text: str, cues: str, found: Found) -> None:
    """The unit that joined a partnership project (the subject before its verb), and units listed after a joining
    cue's colon."""
    for match in itertools.islice(matches_from(_JOINED, text, cues, ("przystąpi",)), MAX_CUES):
        floor = max(0, match.start() - 300)
        before = text[floor : match.start()]
        reporting = _REPORTING.search(before)
        end = floor + (reporting.start() if reporting else len(before))
        run = run_before(text, end)
        for name, position in split_orgs(*run) if run is not None else ():  # "Gmina A i Gmina B przystąpiły"
            if is_unit(name):
                found.add(position, name)
    for match in (
        itertools.islice(matches_from(_JOINED_AFTER, text, cues, ("do",)), MAX_CUES) if "przystąpi" in cues else ()
    ):
        for name, position, marked in shared_head(text, match.end()):  # "przystąpiły Gminy: A, B" -> "Gmina A", …
            found.add(position, name, marked)
    starts = ("przystąpieni", "udział", "dołącz", "do") if "dołącz" in cues else ("przystąpieni", "udział")
    for match in itertools.islice(matches_from(_JOINING, text, cues, starts), MAX_CUES):
        if match.group("them") and not PARTNER_WORD.search(text, max(0, match.start() - 300), match.start()):
            continue  # "dołączają do nich": the partners named just before, or no partnership
        ahead = text[match.end() : match.end() + _COLON_REACH]
        colon = ahead.find(":")
        if colon < 0 or any(mark in ahead[:colon] for mark in ".!?\n") or _people_join(ahead[:colon]):
            continue  # "Dołączają do nich uczniowie szkół: …": people join, not the units listed
        start = match.end() + colon + 1
        while start < len(text) and text[start].isspace():
            start += 1
        names = [item for item in cued_list(text, start) if is_unit(item[0])]
        if len(names) >= 2:  # the members listed: one name is no such list
            for name, position, marked in names:
                found.add(position, name, marked)
