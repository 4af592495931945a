"""Where the item happens, read only where a page says so in so many words.

Two cues count, and nothing else (an institution's seat, "Ośrodek Pomocy Społecznej w Nysie", and
the publisher's seat are not where a project happens):

- a unit after "na terenie" or "realizowany (jest) w": "na terenie Gminy Milicz", "realizowany w gminie
  Nysa", "na terenie powiatu nyskiego", "na terenie województwa opolskiego".  The unit is read by
  `places.find_places` over the whole text (so the powiats and voivodeships the page names settle
  a shared name); an ambiguous or unknown unit, a unit whose name the page continues ("Gminy Nowe
  Testowo" is not the gmina Nowe) or a list of units ("gminy X i gminy Y") gives nothing.
- "w miejscowości X" in the first two paragraphs (the title and the lead, which state what the page
  is about; further down a village is often one item of many, "nadanie nazwy ulicy w miejscowości X"
  on a council session's agenda): the place as printed, mapped to the gmina of the same name only
  inside the publisher's county (a village may share its name with a gmina elsewhere).

When the cues name different places the page is about several, and no location is given.

>>> found = find_location("Zadanie realizowane na terenie Gminy Milicz.")
>>> found.municipality, found.teryt
('Milicz', '0213033')
"""

from __future__ import annotations

import re

from extract import places
from extract.model import Location

# Right before a unit keyword ("gminy", "mieście", "powiatu", "województwa"), which the lookahead checks.
# A plain character class first, the word boundary after it: the engine skips at C speed to candidates.
_UNIT_CUE = re.compile(
    r"[nNrR](?<![^\W\d_].)(?i:a\s+terenie|ealizowan\w*\s+(?:(?:jest|są|będzie|będą|był[aoy]?|zostanie|zostaną)\s+)?we?)"
    r"\s+(?=(?i:gmin|miast|mieście|powiat|powiecie|województw)[^\W\d_]*\b)"
)
# Every cue holds one of these words: the regex is tried only around them (str.find is 10x faster).
_UNIT_WORDS = ("terenie", "ealizowan", "TERENIE", "EALIZOWAN")
# "w miejscowości Próbkowice Górne", "W miejscowości Kędzierzyn - Koźle".
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_SP = r"[ \t\u00a0]"  # a name never runs on to the next line (the title's end, a paragraph's)
_WORD = rf"[{_UPPER}][^\W\d_]*"
_PLACE_CUE = re.compile(
    rf"[wW](?<![^\W\d_].){_SP}+miejscowości{_SP}+"
    rf"(?P<name>{_WORD}(?:(?:{_SP}*[-‐‑–—]{_SP}*|{_SP}+)(?:(?:nad|pod){_SP}+)?{_WORD}){{0,3}})"
)
# Another place right after the one read: "Gminy Milicz i Gminy Krośnice", "powiatów nyskiego i prudnickiego".
_LIST_JOIN = re.compile(r"\s*(?:,|;|\s(?:i|oraz|lub|a)\s)\s*")
# The name goes on past the unit found: "Gminy Nowe Testowo" is not the gmina Nowe.
_NAME_GOES_ON = re.compile(rf"[ \t\u00a0]*[-‐‑–—]?[ \t\u00a0]*[{_UPPER}]")


def _unit_location(mention: places.PlaceMention) -> Location:
    if mention.level == "gmina":
        return Location(municipality=mention.name, teryt=mention.teryt)
    if mention.level == "powiat":
        return Location(county=mention.name, teryt=mention.teryt)
    return Location(voivodeship=mention.name, teryt=mention.teryt)


def _unit_cues(text: str) -> list[int]:
    """Where the unit of each cue starts: the ends of `_UNIT_CUE`'s matches, looked for around its words."""
    ends: set[int] = set()
    for word in _UNIT_WORDS:
        at = text.find(word)
        while at >= 0:
            # "na" and its spaces before "terenie"; "realizowany jest we" and its spaces after "ealizowan".
            if match := _UNIT_CUE.search(text, max(0, at - 16), at + 120):
                ends.add(match.end())
            at = text.find(word, at + 1)
    return sorted(ends)


def _units(text: str) -> list[Location]:
    starts = _unit_cues(text)
    if not starts:
        return []
    mentions, _ = places.find_places(text)  # ambiguities are not this field's to report
    begins = {mention.start for mention in mentions}
    found: list[Location] = []
    for start in starts:
        mention = next((m for m in mentions if m.start <= start < m.end), None)
        if mention is None or _NAME_GOES_ON.match(text, mention.end):
            continue
        join = _LIST_JOIN.match(text, mention.end)
        if join and join.end() in begins:
            continue  # several units: not one location
        found.append(_unit_location(mention))
    return found


def _lead(text: str) -> str:
    """The first two paragraphs: in the shared pass's text, the title and the main text's first paragraph."""
    first = text.find("\n\n")
    second = text.find("\n\n", first + 2) if first >= 0 else -1
    return text if second < 0 else text[:second]


def _places(text: str, county: str | None) -> list[Location]:
    found: list[Location] = []
    if "miejscowości" not in text:  # most pages
        return found
    for match in _PLACE_CUE.finditer(_lead(text)):
        name = " ".join(match["name"].split())
        gmina = places.locate(name, county=county) if county else None
        if gmina is None:
            found.append(Location(place=name))
        else:
            found.append(Location(place=name, municipality=gmina.name, teryt=gmina.code))
    return found


def find_location(text: str, *, county: str | None = None) -> Location | None:
    """The one place `text` says the item happens in, or None (no cue, or cues naming different places).

    `text`: paragraphs split by a blank line, the title first (the shared pass's text).
    `county`: the publisher's powiat, the only area where "w miejscowości X" is mapped to a gmina.
    """
    found = _units(text) + _places(text, county)
    if not found or any(location != found[0] for location in found[1:]):
        return None
    return found[0]
