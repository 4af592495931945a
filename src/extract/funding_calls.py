"""Payers read from what a body does with a call for grants, when no cue names a payer: a table body announcing a
call or taking its applications, a local organ granting or announcing an open call; never where EU money is named
(an EU call's authority runs it, the money is the programme's)."""

from __future__ import annotations

import re

from extract.funding_payers import FUNDING_CONTEXT, Payer
from extract.funding_regional_payers import regional_payer
from extract.funding_sentences import (
    SENTENCE_REACH,
    SENTENCE_STOP_BEFORE_CAPITAL,
    sentence_begin,
    sentence_span,
    stop_after,
)
from extract.local_offices import bare_offices, offices

# A grant call's announcer, named just before its verb or just after it: "Wojewoda X ogłosił dla gmin nabór wniosków o
# dofinansowanie", "Nabór do programu … ogłosiła Fundacja Y".  Read only when nothing else names a payer, and never
# where EU money is named: an EU call's authority runs it, the money is the programme's.
_ANNOUNCES_AFTER = re.compile(
    r"\W{0,3}\s*(?:[\w.-]+\s+){0,3}?(?:oglosil|oglasza)\w*\s+(?:[^\s,;:()]+\s+){0,5}?(?:nabor|konkurs)\w*\b"
)
_ANNOUNCES_BEFORE = re.compile(r"\b(?:nabor|konkurs)\w*\b[^.\n]{0,120}?\s(?:oglosil|oglasza)\w*\s+\Z")
_EU_MONEY = re.compile(
    r"\bunii\s+europejskiej\b|\bunijn|\beuropejsk\w*\s+fundusz|\bfundusz\w*\s+europejsk|\b(?:ue|efs|efrr)\b"
)


class EuMoney:
    """Whether the folded text names EU money, searched at most once a page (four payer looks ask, each only after
    its own cheaper prefilter passes)."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._found: bool | None = None

    def __call__(self) -> bool:
        if self._found is None:
            self._found = _EU_MONEY.search(self._folded) is not None
        return self._found


def call_announcer(folded: str, named: list[Payer], voivodeship: str, eu_money: EuMoney) -> tuple[str, str] | None:
    """(funder, as printed) of the first table body that announces a call for money ("nabór", "konkurs") in a
    sentence about money, a generic voivode or office made specific as a payer's is; None when EU money is named."""
    if ("oglos" not in folded and "oglasza" not in folded) or eu_money():
        return None
    for payer in named:
        end = payer.start + len(payer.printed)
        after = _ANNOUNCES_AFTER.match(folded, end)
        before = _ANNOUNCES_BEFORE.search(folded, max(0, payer.start - 200), payer.start)
        if after is None and before is None:
            continue
        rest = after.end() if after else end
        stop = folded.find(". ", rest, rest + SENTENCE_REACH)  # bounded: a text with no full stop is no one sentence
        sentence = folded[before.start() if before else payer.start : stop if stop >= 0 else rest + SENTENCE_REACH]
        if not (FUNDING_CONTEXT.search(sentence) or "ofert" in sentence):
            continue
        funder = regional_payer(payer.funder, named, voivodeship, folded)
        return funder, " ".join(payer.printed.split())
    return None


# The body that takes or judges the applications for money: "Do Ministerstwa X starostwo złożyło dwa wnioski o
# dofinansowanie", "Biura Powiatowe ARiMR przyjęły wnioski o pomoc", "ubiegać się w Ministerstwie X o fundusze".
_TAKES_APPLICATIONS = re.compile(
    r"\W{0,3}\s*(?:[\w.-]+\s+){0,3}?(?:przyjal|przyjel|przyjmuj|przyjmie|zaopiniowal|rozpatr)\w*\s+(?:\S+\s+){0,3}?wnios"
)
_APPLIED_TO = re.compile(r"\b(?:do|w|we)\s+\Z")
_MONEY_APPLIED_FOR = re.compile(
    r"\bwnios\w*\s+(?:\S+\s+){0,2}?o\s+(?:dofinansow|dotacj|pomoc|przyznani|srodk|fundusz|grant|wsparci)"
    r"|\bubiega\w*\s+sie\b[^.\n]{0,80}?\bo\s+(?:dofinansow|dotacj|srodk|fundusz|grant|pomoc)"
)


def application_body(folded: str, named: list[Payer], voivodeship: str, eu_money: EuMoney) -> tuple[str, str] | None:
    """(funder, as printed) of the first table body that takes or judges applications for money in its sentence, read
    as `call_announcer` reads a call's announcer (last, and never where EU money is named)."""
    if "wnios" not in folded or eu_money():
        return None
    for payer in named:
        end = payer.start + len(payer.printed)
        takes = _TAKES_APPLICATIONS.match(folded, end)
        if not (takes or _APPLIED_TO.search(folded, max(0, payer.start - 8), payer.start)):
            continue
        begin, stop = sentence_span(folded, payer.start, end, SENTENCE_REACH)
        if not _MONEY_APPLIED_FOR.search(folded, begin, stop):
            continue
        return regional_payer(payer.funder, named, voivodeship, folded), " ".join(payer.printed.split())
    return None


# A local organ that grants, or announces a call for grants or its results: "Wójt Gminy X ogłasza otwarty konkurs
# ofert", "Konkurs ofert ogłosił Zarząd Powiatu w Y", "Burmistrz Z podaje do wiadomości, że … przyznano dotację",
# "Wójt Gminy X, działając na podstawie …, zarządza: § 1 … przyznaję dotację".  Its unit's budget pays.
_GRANTS_AFTER = re.compile(
    r"(?:[^.\n]|(?<=\d\sr)\.|(?<=\dr)\.){0,200}?\b(?:ogłasza|ogłosił\w*|przyznaje|przyznał\w*|udziela|udzielił\w*|podaje\s+do\s+(?:publicznej\s+)?"
    # "Rada Gminy X postanowiła udzielić pomocy finansowej gminom": a decision to grant
    r"wiadomości|zarządza|(?:postanowił|zdecydował)\w*\s+(?:się\s+)?(?:udzielić|przyznać|przekazać)"
    # "Rada Powiatu X zdecydowała o udzieleniu z budżetu powiatu dotacji", "Rada Gminy X postanawia: § 1 … otrzyma
    # pomoc finansową" (a council's resolution to grant), "Wójt Gminy X podaje wyniki konkursu ofert"
    r"|(?:postanowił|zdecydował)\w*\s+o\s+(?:udzieleniu|przyznaniu|przekazaniu)|postanawia|podaje\s+wyniki"
    # "Prezydent Miasta X rozstrzygnął konkurs dla organizacji pozarządowych": the results of its own call
    r"|(?P<settles>rozstrzyg(?:nął|nęła|nęło|a|nie)))\b",
    re.IGNORECASE,
)
# ("Wyniki podaje Wójt Gminy X": the organ after its verb)
_GRANTS_BEFORE = re.compile(r"\b(?:ogłasza|ogłosił\w*|przyznał\w*|podaje|podał[aoy]?)\s+\Z", re.IGNORECASE)
_GRANT_CALL = re.compile(
    # (an "otwarty konkurs" is the public-benefit act's call for grants: "otwartego konkursu na realizację zadań")
    r"\bkonkurs\w*\s+ofert|\botwart\w*\s+konkurs|\bdotacj|\bnab[oó]r\w*\s+wniosków\s+o\s+(?:dotacj|dofinansowa)|\bpomoc\w*\s+finansow",
    re.I,
)


# A settled call's grant, in the sentence after the organ's: "W efekcie dostaliśmy dofinansowanie w kwocie 20 000 zł".
_SETTLED_GRANT = re.compile(r"\b(?:dotacj|dofinansowa|grant)|\bpomoc\w*\s+finansow", re.I)
# The participle before an organ named as its agent ("ogłoszone przez", "przyznanej przez").
_GRANTED_BY = re.compile(r"\b(?:ogłoszon|przyznan|udzielon|rozstrzygnięt)\w*\s+\Z", re.IGNORECASE)
_FIRST_PERSON_GRANT = re.compile(r"\b(?:przyznaję|udzielam)\b\s+(?:\S+\s+){0,3}?dotacj", re.IGNORECASE)


_RESULTS_BEFORE = re.compile(r"\bwynik\w*\s+(?:\w+\s+){0,2}?pod(?:aje|ał[aoy]?)\s+\Z", re.IGNORECASE)
_RESOLVES = re.compile(r"[^.\n]{0,200}?\bpostanawia\s*:", re.IGNORECASE)


def _calls_for_grants(
    text: str, start: int, end: int, *, dated: bool = False, results: bool = False, following: bool = False
) -> bool:
    """Whether the sentence of the organ at `start`..`end` names a grant or a call for them (`_GRANT_CALL`), read at
    most `SENTENCE_REACH` characters either side: a page of organs with no full stop costs a bounded look per
    organ, not a whole-text scan each.  `dated`: a date's "r." does not stop the sentence (`stop_after`);
    `results`: the organ gives a call's results, and the call is read from the reach before it too; `following`: it
    settles a call, and the grant is read in the next sentence too."""
    low, high = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    begin = low if results else sentence_begin(text, low, start)
    stop = stop_after(text, end, high) if dated else text.find(". ", end, high)
    if _GRANT_CALL.search(text, begin, stop if stop >= 0 else high) is not None:
        return True
    if not following or stop < 0:
        return False
    # the next sentence ("W efekcie dostaliśmy dofinansowanie …"), past the abbreviations' stops ("m.in. w kulturze")
    sentences = SENTENCE_STOP_BEFORE_CAPITAL.finditer(text, stop, high)
    first = next(sentences, None)
    after = next(sentences, None)
    begin = first.end() if first else stop
    return _SETTLED_GRANT.search(text, begin, after.start() if after else high) is not None


def granting_office(text: str, folded: str, eu_money: EuMoney) -> tuple[str, str] | None:
    """(unit, as printed) of the first local organ that grants or calls for grants in its sentence (or signs a
    first-person grant act); None when the text names EU money (an EU call's money is the programme's)."""
    # (the prefilter holds every form `_GRANT_CALL` reads: "pomoc finansową", "pomocy finansowej")
    if ("dotacj" not in folded and "konkurs" not in folded and " finansow" not in folded) or eu_money():
        return None
    found = offices(text)
    if found and _FIRST_PERSON_GRANT.search(text):
        start, end, unit = found[0]  # the act's author: the first organ it names
        return unit, " ".join(text[start:end].split())
    for start, end, unit in found:
        grants = _GRANTS_AFTER.match(text, end)
        before = None if grants else _GRANTS_BEFORE.search(text, max(0, start - 20), start)
        if not (grants or before):
            continue
        # (a date's "r." between the organ and its verb, or in a resolution's paragraphs after "postanawia:", "§ 1
        # W 2017 r. Powiat X otrzyma pomoc …", does not end the sentence; "Wyniki podaje Wójt Gminy X" gives the
        # results of the call the sentence before names)
        dated = grants is not None and ("r." in grants.group(0) or _RESOLVES.match(text, end) is not None)
        results = before is not None and _RESULTS_BEFORE.search(text, max(0, start - 40), start) is not None
        # ("rozstrzygnął konkurs …. W efekcie dostaliśmy dofinansowanie": a settled call's grant in the next sentence)
        settles = grants is not None and grants.group("settles") is not None
        if _calls_for_grants(text, start, end, dated=dated, results=results, following=settles):
            return unit, " ".join(text[start:end].split())
    for start, end, unit in bare_offices(text, lambda end: bool(_GRANTS_AFTER.match(text, end))):
        # "Zarząd Powiatu ogłosił nabór wniosków o dotacje …" on a page naming one powiat: that powiat pays
        if _calls_for_grants(text, start, end, dated=True):
            return unit, " ".join(text[start:end].split())
    for start, end, unit in offices(text, agent=True):  # "konkursy ofert ogłoszone przez Wójta Gminy X"
        if _GRANTED_BY.search(text, max(0, start - 40), start) and _calls_for_grants(text, start, end):
            return unit, " ".join(text[start:end].split()[1:])
    return None
