"""A sum one named unit got keeps its cue's kind however large (rule 3); a headline names its source instead."""

from __future__ import annotations

import re

from extract.model import AmountKind
from extract.money_kinds import EU_SOURCE, OWN_FUND, heads_in

# One unit said to have got the sum: a singular verb of receiving ("Projekt otrzymał dofinansowanie …", "…, otrzymała
# Gdynia"; not the neuter "otrzymało", which a count of many takes: "otrzymało 17 gmin"), or a list item that is a
# name and its sum ("- Świnoujście – 21 mln zł"; not "• dotacja KSRG – 44,9 mln zł", whose label is a cue).
_ONE_GOT_STEMS = ("otrzymał", "dostał", "uzyskał", "pozyskał")  # looked for first, at C speed (got_by_one)
ONE_GOT = re.compile(r"\b(?:" + "|".join(_ONE_GOT_STEMS) + r")a?\b", re.I)
# ... or a singular future ("Województwo Pomorskie dostanie … dotację") or a "we" ("Na zakup autobusów dostaniemy …"):
# one unit's getting, where a count of many takes a plural or the neuter (PLURAL_GOT, _COUNTED)
_ONE_WILL_GET_STEMS = ("otrzyma", "dostan", "uzyska", "pozyska", "dostali")
_ONE_WILL_GET = re.compile(
    r"\b(?:otrzyma|dostanie|uzyska|pozyska|(?:otrzyma|dostanie|uzyska|pozyska)my"
    r"|(?:otrzymali|dostali|uzyskali|pozyskali)śmy)\b",
    re.I,
)
# ... unless what got it is the country or a region (named in the nominative, as a subject), whose allocation its
# samorządy share: "Małopolska otrzymała 50 mln zł" (not "z RPO Województwa Pomorskiego", a programme's name).
_REGION_GOT = re.compile(
    r"\b(?:Polska|[Rr]egion|Lubelszczyzna|Wielkopolska|Mazowsze|Małopolska|Podkarpacie|Pomorze|Podlasie|Opolszczyzna"
    r"|Kujawy|Warmia|Dolny\s+Śląsk|Górny\s+Śląsk|Śląsk|Ziemia\s+Lubuska)\b"
)
NAMED_ITEM = re.compile(
    r"\A[\s\-–—•*·]*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^\W\d]+(?:[ \u00a0][^\W\d]+){0,2}(?:[ \u00a0]*\([^()\n]{0,40}\))?"
    r"[ \u00a0]*[-–—][ \u00a0]*\Z"
)


def got_by_one(text: str, lowered: str, clause: int, start: int, stop: int) -> bool:
    """Whether the amount's sentence (`clause` to `stop`) says one unit got it (see ONE_GOT, NAMED_ITEM).

    `lowered`: the text lowered (the verbs' stems are looked for there first, at C speed; a letter lowered to two
    shifts its offsets, and then the sentence is lowered alone)."""
    sentence = lowered[clause:stop] if len(lowered) == len(text) else text[clause:stop].lower()
    for stems, verb in ((_ONE_GOT_STEMS, ONE_GOT), (_ONE_WILL_GET_STEMS, _ONE_WILL_GET)):
        if any(stem in sentence for stem in stems) and verb.search(text, clause, stop):
            return not _REGION_GOT.search(text, clause, stop)
    item = text[clause:start]
    if _FOR_NAMED.search(text, max(clause, start - 120), start):
        return True  # "oraz dla Wojewódzkiego Szpitala Specjalistycznego w Ostrołęce (15 mln zł)": one named unit's sum
    # ("Dotacje otrzymało 12 organizacji, w tym Stowarzyszenie Rybno – 400 tys. zł": the named item after "w tym")
    part = item[split:] if (split := _after_last_in_which(item)) is not None else item
    return NAMED_ITEM.match(part) is not None and not heads_in(part)


_IN_WHICH = re.compile(r"(?<!\w)w[ \u00a0]+tym:?[ \u00a0]+", re.I)
_IN_WHICH_ANY = re.compile(r"(?<!\w)w[ \u00a0]+tym\b", re.I)


def _after_last_in_which(item: str) -> int | None:
    """Where the words after the last "w tym" of `item` begin, or None when it has none or a bare "w tym" follows it
    (one pass: a look-ahead for a later "w tym" after each one rescanned the rest, quadratic in a long clause)."""
    last = None
    for found in _IN_WHICH.finditer(item):
        last = found
    if last is None or _IN_WHICH_ANY.search(item, last.end()):
        return None
    return last.end()


# A sum right after the one unit it is for, named with a capital after "dla" (any case of the name: "dla Gminy Rybno –",
# "dla Wojewódzkiego Szpitala … (", "dla Stowarzyszenia „Razem” w kwocie"): rule 3 of tests/realtext/README.md, a sum
# for one named recipient.  Not a plural noun of many ("dla Gmin Powiatu", "dla Kół Gospodyń": a genitive plural).
# (nor an adjective in the genitive plural first: "dla Ochotniczych Straży Pożarnych (15 mln zł)" names many)
ONE_NAMED = (
    r"(?!(?-i:Gmin|Powiatów|Samorządów|Kół|Klubów|Szkół|Organizacji|Jednostek|Stowarzyszeń)\b)"
    r"(?![^\W\d]+(?:ych|ich)\b)(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^\W\d]+"
)
_FOR_NAMED = re.compile(
    rf"(?<!\w)dla[ \u00a0]+{ONE_NAMED}(?:[ \u00a0]+[^\W\d.,;:()]+){{0,6}}?[ \u00a0]*"
    r"(?:[(–—-]|w[ \u00a0]+kwocie|w[ \u00a0]+wysokości)[ \u00a0]*\Z"
)


# A payer, fund or programme named anywhere in a headline line: the sources of _SOURCE_AFTER, a programme or payer
# by its capitalised name after "z"/"ze"/"od" ("Z Inicjatywy Sołeckiej 50 000 zł dla Rększowic"), or a state fund
# after "na" ("233 406,00 zł na FOGR").
_LINE_SOURCE = re.compile(
    r"(?<!\w)(?:ze?|od)[ \u00a0]+"
    rf"(?:(?:(?-i:R)ządow\w*[ \u00a0]+)?(?-i:Fundusz)\w*(?!{OWN_FUND})"
    r"|(?-i:Program)\w*|program\w*[ \u00a0]+[„\"«]"
    r"|(?-i:Polski\w*[ \u00a0]+Ład\w*|RFIL|PFRON|[WN]FOŚ\w*|FOGR|FDS|RFRD|MKiDN|MSWiA|MSiT)\b"
    r"|marszałk\w*|wojewod\w*|minist\w*|rząd\w*|premier\w*|budżetu[ \u00a0]+(?:państwa|województwa)"
    r"|(?-i:Urz)ęd\w*[ \u00a0]+(?-i:M)arszałkowsk\w*|samorząd\w*[ \u00a0]+województwa"
    # (a name in the genitive "z" governs, not an instrumental "Z Nowym Rokiem": no word ending in -m or -ą)
    r"|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?<![mą])[ \u00a0]+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?<![mą]))(?!\w))"
    r"|(?<!\w)na[ \u00a0]+(?-i:FOGR|RFIL|FDS|RFRD|PFRON)\b",
    re.I,
)
_HEADLINE_LENGTH = 200  # characters: a longer line is a paragraph, not a headline


def headline_source(text: str, start: int, end: int) -> AmountKind | None:
    """The kind a headline line gives the sum it prints: a headline is one clause (tests/realtext/README.md, third
    round: "a sum there takes the kind its own words give", the payer, fund or programme named as the source, and an
    EU cue "inside the sum's own … headline line"), across a "!" or "." inside it ("800.000 zł dla szkół! Z Unii
    Europejskiej"): `eu_share` for an EU source, `grant` for another named source, None when the line names none or
    is no headline.  A headline line is a paragraph of one line, not ending as a sentence or a label does (".", ":",
    ";")."""
    low = max(0, start - _HEADLINE_LENGTH)
    line_start = text.rfind("\n", low, start) + 1
    if (line_start == 0 and low > 0) or (line_start > 1 and text[line_start - 2] != "\n"):
        return None
    line_end = text.find("\n", end, end + _HEADLINE_LENGTH)
    line_end = len(text) if line_end < 0 and len(text) - end < _HEADLINE_LENGTH else line_end
    if line_end < 0 or (line_end < len(text) and text[line_end + 1 : line_end + 2] != "\n"):
        return None
    line = text[line_start:line_end]
    if len(line) > _HEADLINE_LENGTH or line.rstrip().endswith((".", ":", ";")):
        return None
    if EU_SOURCE.search(line):
        return "eu_share"
    return "grant" if _LINE_SOURCE.search(line) else None
