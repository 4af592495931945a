"""Partners named through their officials: "przedstawiciele partnerów: Starosta Gryfiński X, Wójt Gminy Banie Y"
and the signatories of a cooperation agreement ("porozumienie o współpracy … podpisali starosta sulęciński X i …")
give "Powiat Gryfiński", "Gmina Banie", "Powiat Sulęciński".

Read only where the officials stand for partners: a list after "przedstawiciele partnerów …:", or the people who
sign a cooperation agreement.  A grant contract's signatories (a payer and its grantee), a partnership agreement's
(the one no partner cue names leads it: the implementer's rule), a "Prezydent
Gniezna" (a town's genitive the tables cannot turn back) and an official anywhere else give nothing.  A gmina's or
a powiat's name is taken only when the TERYT register knows it, so the official's own name after it ("Wójt Gminy
Banie Arkadiusz Augustyniak") is never read as part of the unit's.
"""

from __future__ import annotations

import re

from extract.local_offices import place_at, powiat_of_adjective
from extract.partner_cases import from_genitive
from extract.partner_names import Found
from extract.partner_sentences import end_of_sentence
from extract.place_forms import NOM

# An official's title (any case, a deputy's too), then the unit it heads: "Wójt Gminy", "Zastępca Burmistrza Miasta
# i Gminy", "Starosta Powiatu", "Starosta Gryfiński", "Marszałek Województwa", "prezes Fundacji".
_OFFICIAL = re.compile(
    r"\b(?:wice)?(?P<title>wójt|burmistrz|starost(?!w)|marszał(?!kowsk)|prezes)\w*\s+(?:zarządu\s+)?"
    r"(?:(?P<gmina>(?:miasta\s+i\s+)?gminy)\s+|(?P<unit>powiatu|województwa|fundacji|stowarzyszenia)\s+"
    r"|(?=[a-ząćęłńóśźżA-ZŁŚŻŹĆŃÓ]+(?:ski|cki|dzki|skiego|ckiego|dzkiego)\b))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]*")
_QUOTED = re.compile(r"[„\"«][^”\"»\n]{1,80}[”\"»]")
# "przedstawiciele wszystkich partnerów Partnerstwa X:": the list after the colon names the partners by officials.
_REPRESENTATIVES = re.compile(
    r"\bprzedstawiciel\w*\s+(?:(?:wszystkich|obu|naszych)\s+)?partnerów\b[^:.\n]{0,80}:", re.IGNORECASE
)
# The agreement the passage is about is one of cooperation (not a grant contract).
_COOPERATION_AGREEMENT = re.compile(
    r"\b(?:umow|porozumieni)\w*\s+o\s+(?:wzajemnej\s+|dalszej\s+)?współpracy", re.IGNORECASE
)
_SIGNED = re.compile(
    r"\bporozumieni\w*\b[^.\n]{0,60}?\b(?:podpisa|zawar)(?:li|ły)\b"
    r"|\b(?:podpisa|zawar)(?:li|ły)\b[^.\n]{0,30}?\bporozumieni",
    re.IGNORECASE,
)
# A grant contract's words (its signatories are a payer and its grantee), and a partnership agreement's: there the
# signatory no partner cue names leads the project (`implementer_phrases._partnership_leader` reads it as the
# implementer).
_NOT_PARTNERS = re.compile(
    r"dofinansow|dotacj|grant|umow\w*\s+o\s+(?:realizacj|przyznani)|partnersk|o\s+partnerstwie", re.IGNORECASE
)


def _unit(text: str, match: re.Match[str]) -> str | None:
    """The unit an official heads, in the nominative, or None when its name cannot be told from the person's."""
    following = text[match.end() : match.end() + 80]
    words = [word.group(0) for word in _WORD.finditer(following)]
    if match.group("gmina"):
        place = place_at(following.split(), NOM)  # the longest name the register knows, as printed after the title
        return f"{'Miasto i Gmina' if ' i ' in match.group('gmina') else 'Gmina'} {place[0]}" if place else None
    head = match.group("unit")
    if head is None or head.lower() == "powiatu":
        adjective = following.split()[0].rstrip(",;.") if following.split() else ""
        if head is None and match.group("title").lower() != "starost":
            return None
        return powiat_of_adjective(adjective)
    if head.lower() == "województwa":
        return from_genitive(f"Województwa {words[0]}") if words and following.startswith(words[0]) else None
    quoted = _QUOTED.match(following)
    if quoted:
        return from_genitive(f"{head.capitalize()} {quoted.group(0)}")
    return None  # "prezes Fundacji Kreolia Joanna …": where the name ends and the person's begins is unknown


def _officials_in(text: str, start: int, end: int, found: Found) -> None:
    for match in _OFFICIAL.finditer(text, start, end):
        name = _unit(text, match)
        if name:
            found.add(match.start(), name)


def officials(text: str, lowered: str, found: Found) -> None:
    """Units whose officials represent the partners, or sign a cooperation agreement for them."""
    if "przedstawiciel" in lowered and "partnerów" in lowered:
        for match in _REPRESENTATIVES.finditer(text):
            _officials_in(text, match.end(), end_of_sentence(text, match.end()), found)
    if "porozumieni" in lowered and "współprac" in lowered and _COOPERATION_AGREEMENT.search(text):
        for match in _SIGNED.finditer(text):
            begin = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
            end = end_of_sentence(text, match.end())
            if not _NOT_PARTNERS.search(text, begin, end):
                _officials_in(text, begin, end, found)
