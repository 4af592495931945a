"""A voivodeship's self-government as the payer when no cue names one: its marshal, board or office named in a
sentence about a grant, or a board member signing a grant's agreement (tests/realtext/README.md, funding.funder)."""

from __future__ import annotations

import re

from extract.funding_calls import EuMoney
from extract.funding_payers import FUNDING_CONTEXT, WORKS_CONTRACT, Payer, source_from
from extract.funding_regional_payers import regional_payer
from extract.funding_regions import GENERIC_MARSHAL, marshal_office, named_region
from extract.funding_sentences import SENTENCE_REACH, sentence_span

# A voivodeship's self-government named by its marshal, board, sejmik or office in any form ("dotację od marszałka",
# "umowy podpisano w Urzędzie Marszałkowskim", "konkurs samorządu województwa"), on folded text.
_SELF_GOVERNMENT = re.compile(r"\b(?:marszal|wicemarszal|sejmik|(?:samorzad|zarzad)\w*\s+wojewodztw)")
# money given, not asked for: "wniosków o dofinansowanie", "ubiegać się o dotację" name no grant
# (and the budget money is paid from: "pójdzie z budżetu samorządu województwa 80 tys. zł")
_GRANT_WORDS = re.compile(r"(?<!\bo )\b(?:dotacj|dofinansow|grant|pieniadz|pieniedz|srodk|z\s+budzetu)")


def self_government(text: str, folded: str, every: list[Payer], eu_money: EuMoney) -> tuple[str, str] | None:
    """(marshal's office, as printed) when nothing else names a payer but a sentence about a grant names a
    voivodeship's self-government, and the text one voivodeship (its office or "województwa X" in such a sentence,
    or its own name anywhere: "Warmia i Mazury")."""
    if "marszal" not in folded and "sejmik" not in folded and "wojewodztw" not in folded:
        return None
    if eu_money():
        return None  # an EU programme's money: its managing authority runs the call, it does not pay
    spans = []
    checked = 0  # where the last sentence looked at stops: a match inside it has the same sentence
    for match in _SELF_GOVERNMENT.finditer(folded):
        if match.start() < checked:
            continue
        head = _OFFICE_WORD_BEFORE.search(folded, max(0, match.start() - 12), match.start())
        if source_from(text, head.start() if head else match.start()):
            continue  # "Jan Nowak z Urzędu Marszałkowskiego powiedział": where a person works
        if head and _VENUE_BEFORE.search(folded, max(0, head.start() - 16), head.start()):
            continue  # "Umowy podpisano w Urzędzie Marszałkowskim": the place of signing pays nothing
        if match.group(0).startswith(("samorzad ", "zarzad ")) and _GOT_AFTER.match(folded, match.end()):
            continue  # "Samorząd Województwa X dostał pieniądze": a getter, no payer
        begin, stop = sentence_span(folded, match.start(), match.end(), reach=SENTENCE_REACH, dated=True)
        checked = stop
        if _GRANT_WORDS.search(folded, begin, stop):
            spans.append((begin, stop))
    if not spans:
        return None  # "Jan Nowak z Urzędu Marszałkowskiego powiedział …": a source of news, not a payer
    named = [p for p in every if p.funder.startswith(_MARSHAL_PREFIX) and any(a <= p.start < b for a, b in spans)]
    if len({p.funder for p in named}) > 1:
        return None
    if named:
        return named[0].funder, " ".join(named[0].printed.split())
    region = named_region(folded)
    office = marshal_office(region) if region else GENERIC_MARSHAL  # no region named: the labels' generic office
    return office, office


# The office as the place of signing, on folded text: "podpisano w Urzędzie Marszałkowskim", "w siedzibie Urzędu …"
# (tests/realtext/README.md, the third and seventh rounds).
_VENUE_BEFORE = re.compile(r"\bw\s+(?:siedzibie\s+)?\Z")
# A self-government said only to have got money, the nominative subject with its verb right after its name
# ("Samorząd Województwa X dostał dodatkowe pieniądze …"; seventh round; not "od marszałka województwa dostanie"),
# on folded text: the getter, not a payer.
_GOT_AFTER = re.compile(
    r"\w*(?:\s+[\w-]+){0,2}?\s+(?:(?:tez|takze|juz)\s+)?"
    r"(?:dostal|otrzymal|pozyskal|zdobyl|uzyskal|dostanie|otrzyma|pozyska|zdobedzie|uzyska)\w{0,2}\b"
)
_MARSHAL_PREFIX = "Urząd Marszałkowski Województwa "
_OFFICE_WORD_BEFORE = re.compile(r"\burz\w*\s+\Z")  # "Urzędu " before "Marszałkowskiego"

# A marshal, vice-marshal or member of a voivodeship's board who signs or hands over an agreement signs it for the
# awarding voivodeship (tests/realtext/README.md): "Pod umową podpisali się Marszałek Województwa X …", "Umowy
# wręczyli wicemarszałek województwa X i członek zarządu …", "Zarząd Województwa reprezentował przy podpisaniu
# Wicemarszałek …".  Not the office's adjective ("w Urzędzie Marszałkowskim podpisano": a venue), on folded text.
_BOARD_MEMBER = re.compile(r"\b(?:(?:wice)?marszal(?!kowsk)\w*|zarzad\w*\s+wojewodztw\w*)")
_SIGNED = re.compile(r"\b(?:podpis|zawar|wreczy)\w*")


def signing_board(folded: str, every: list[Payer], voivodeship: str) -> tuple[str, str] | None:
    """(marshal's office, as printed) when a voivodeship's board member signs or hands over an agreement (the word
    "umowa" in that sentence or the one before it) on a page about money; None for a works contract."""
    if "umow" not in folded or ("marszal" not in folded and "zarzad" not in folded):
        return None
    for match in _BOARD_MEMBER.finditer(folded):
        begin, stop = sentence_span(folded, match.start(), match.end(), reach=SENTENCE_REACH)
        if not _SIGNED.search(folded, begin, stop):
            continue
        previous, _ = sentence_span(folded, max(0, begin - 2), max(0, begin - 1), reach=SENTENCE_REACH)
        if "umow" not in folded[previous:stop] or WORKS_CONTRACT.search(folded, previous, stop):
            continue
        if not FUNDING_CONTEXT.search(folded):
            return None
        office = regional_payer(GENERIC_MARSHAL, every, voivodeship, folded)
        return office, office
    return None
