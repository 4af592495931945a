"""Kinds that follow only from the amounts around one (a cost's rest, a counted grant, a budget line):
passes over the amounts found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from decimal import Decimal

from extract.model import AmountKind
from extract.money_amounts import MoneyMention
from extract.money_clauses import SENTENCE_END, Boundaries, after_stop, amount_sentence_end
from extract.money_kinds import OWN_FUND, cued_kind
from extract.money_pools import GRANT_KINDS
from extract.money_ranges import GOT_STEMS_BY_TENSE
from extract.money_recipients import ONE_NAMED
from extract.regex_starts import led

# "Resztę, czyli kwotę 323.551,41 zł", "a pozostała kwota, 400.000 zł, to …", "pozostałe 430 671 złotych to ofiary
# parafian": the rest of what a task costs, said right before the sum (an adjective "pozostałe"/"pozostała kwota", not
# the verb "pozostało": money left over).
_REST_BEFORE = led(
    r"(?<!\w)(?:reszt[aęy]|pozostał[eą]|pozostał[aąey][ \u00a0]+(?:kwot|sum|częś|środk)\w*)"
    r"(?:[ \u00a0]+(?:kwot|sum|częś|środk)\w*)?(?:[ \u00a0]*,)?(?:[ \u00a0]+(?:czyli|tj\.|to))?"
    r"(?:[ \u00a0]+(?:kwot[ęyaą]|w[ \u00a0]+(?:wysokości|kwocie)))?"
    r"(?:[ \u00a0]+(?:ok\.|około|ponad|prawie|blisko|niemal))?[ \u00a0:–—-]*\Z",
    re.I,
)
_REST_REACH = 400  # characters back to the grant the rest is counted off
_BRACKETED = re.compile(r"\([^()]{0,120}\)")
# The rest given back, not spent ("reszta 2 000 zł wróci do budżetu", "pozostałą kwotę zwrócono", "zostanie oddana"):
# money left over, `other`, no own share.
_GIVEN_BACK_AFTER = re.compile(r"\b(?:wr[óo]c|wraca|zwr[óo]c|zwraca|zwrot|oddan|odda[ćłn]|oddaj)\w*", re.I)


def rest_kind(text: str, bounds: Boundaries, mentions: list[MoneyMention], start: int, end: int) -> AmountKind | None:
    """The kind of "the rest" of a task's cost with no cue of its own (`_REST_BEFORE` right before it) after a grant:
    what the grant leaves is the recipient's own share (tests/realtext/README.md, `own_share`).  Set off by commas ("a
    pozostała kwota, 400.000 zł, to wkład własny", "resztę, czyli 400.000 zł, gmina pokryje ze środków własnych"), its
    clause goes on after the closing comma: a cue there decides ("resztę, czyli X, pokryje dotacja z budżetu
    państwa")."""
    if not _REST_BEFORE.search(text, max(0, start - 60), start):
        return None
    if not any(n.kind in GRANT_KINDS and start - n.end < _REST_REACH for n in mentions[-3:]):
        return None
    rest = _BRACKETED.sub(" ", text[end : amount_sentence_end(text, bounds, end)])
    if _GIVEN_BACK_AFTER.search(rest):
        return "other"
    found = cued_kind("", rest)
    return found if found != "other" else "own_share"


# A grant counted in an earlier sentence and then taken item by item with an ordinal used as a pronoun: "odebrał dwie
# promesy. Pierwsza opiewa na kwotę X, druga na kwotę Y", "zdobyła dofinansowanie dwóch przedsięwzięć. Pierwsze to …
# (kwota X), drugie – … (Y)", "dostał 2 dotacje. Pierwszą, w wysokości X, …": each sum is one of the grants.
_COUNT_WORD = r"(?:dwa|dwie|dwóch|dwu|dwoma|dwiema|trzy|trzech|trzema|cztery|czterech|obie|oba|obu|obydw\w*|[2-5])"
COUNTED_GRANT = re.compile(
    rf"(?<!\w){_COUNT_WORD}[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?(?:promes|dotacj|grant(?!obior|odaw)|czek|subwencj)\w*"
    rf"|(?:dofinansowa|dotacj|promes)\w*[ \u00a0]+(?:(?:na|dla)[ \u00a0]+)?{_COUNT_WORD}[ \u00a0]+[^\W\d]",
    re.I,
)
# An ordinal standing for the noun (a pronoun: a stop, a dash or a short word after it), not an ordinal before its noun
# ("Za pierwsze miejsce", "W pierwszym rozdaniu").
_ORDINAL_ITEM = led(
    r"(?<!\w)(?:pierwsz|drug|trzec|czwart|piąt)(?:a|ą|e|i|y|ego|ej|ym)(?=[ \u00a0]*[,;:(–—-]|[ \u00a0]+(?:to|na|w|z|ze"
    r"|opiewa\w*|wynosi\w*|wyniesie|wyniosł\w*|dotyczy\w*|obejmuje|posłuży|zostanie|został\w*|przeznacz\w*)\b)",
    re.I,
)
ORDINAL_STEMS = ("pierwsz", "drug", "trzec", "czwart", "piąt")  # `_ORDINAL_ITEM`'s, looked for in the lowered text
COUNTED_STEMS = ("promes", "dotacj", "grant", "czek", "subwencj", "dofinansowa")  # one is in each `COUNTED_GRANT`
_ENUMERATION_REACH = 300  # characters back from the ordinal to the counted grants
# The counted grants got ("odebrał dwie promesy", "zdobyła dofinansowanie dwóch", "dostał 2 dotacje", "przekazał gminie
# trzy dotacje", "ma dofinansowanie na dwa"), in the count's sentence before it; not asked for ("złożyła wnioski o dwie
# dotacje") ...
_GOT_COUNTED = re.compile(
    r"\b(?:otrzym|dost(?:ał|al|an|aj)|uzysk|pozysk|zdoby|odebra|odbier|przekaza|przyzna(?!ni)|wywalczy|trafi|przypad)\w*"
    r"|\b(?:ma|mają|miał\w*)\b",
    re.I,
)
# ... nor said in the ordinal's sentence not to have been granted ("Pierwsza … nie została przyznana").
_NOT_GRANTED = re.compile(
    r"\bnie\s+(?:(?:został|była|był|będzie|zostanie)\w*\s+)?(?:przyzna|otrzym|dost(?:ał|an))\w*", re.I
)


def enumerated_kind(text: str, counted: list[tuple[int, int]], clause: int, start: int, stop: int) -> AmountKind | None:
    """`grant` for a sum with no cue whose sentence (`clause` to `stop`) takes one of grants counted and got before it
    (`counted`: the text's `COUNTED_GRANT` spans, in order; `_GOT_COUNTED`) by an ordinal pronoun (`_ORDINAL_ITEM`)
    and does not deny the grant (`_NOT_GRANTED`); None otherwise."""
    low = max(clause, start - 200)
    ordinal = _ORDINAL_ITEM.search(text, low, start)
    if ordinal is None:
        return None
    at = bisect_left(counted, (ordinal.start() - _ENUMERATION_REACH, 0))
    if at == len(counted) or counted[at][1] > ordinal.start():
        return None  # (no count ends between the reach and the ordinal)
    if _NOT_GRANTED.search(text, ordinal.start(), stop) is not None:
        return None
    count_start, count_end = counted[at]
    return "grant" if _GOT_COUNTED.search(text, after_stop(text, count_start, 160), count_end) else None


# A payer's verb of allotting ("przeznaczył", "przeznaczono", "przeznaczy"; not the participle "przeznaczona zostanie
# pierwsza", which names the grant) with grants as the purpose ("na dofinansowanie …", "na dotacje", "na tę formę
# wsparcia", or "na to"/"na ten cel" after a grant noun of the sentence): the sum pays for grants, a pool
# (tests/realtext/README.md, rule 3; dev labels every such sum `other`: b6-farmer, b7-zarnow, b8-bialanews,
# nc-lewica-rypin, news-pfp-zporr, b15b-dkl24, b20b-dzieje).
_ALLOT_VERB = led(r"\bprzeznacz(?:ył\w*|yli|ono|a|ają|ać|yć|y)\b", re.I)
_GRANT_PURPOSE = led(
    r"\bna\s+(?:(?:tę|ten|te|tą)\s+(?:form\w*\s+)?)?(?:dofinansowa\w*|dotacj\w*|wsparci\w*|grant\w*|dopłat\w*)"
    r"|\bna\s+(?P<that>to|ten\s+cel)\b",
    re.I,
)
_GRANT_NOUN = re.compile(r"\b(?:dofinansowa|dotacj|wsparci|grant)\w*", re.I)
# One work on one object as the purpose, right after a singular grant noun: a works noun in the genitive singular and
# then the end of the phrase or one object in the genitive singular ("na dofinansowanie przebudowy drogi gminnej",
# "remontu świetlicy", "zakupu samochodu"; not "odnowy przydrożnych kapliczek", "budowy boisk", "remontu dróg"): the
# money of one project, whoever gets it, no pool of grants (rule 3 holds a pool for many objects or recipients).
_ONE_WORK = re.compile(
    r"\s+(?:(?:prze|roz|nad)?budowy|remontu|(?:termo)?modernizacji|zakupu|wymiany|renowacji|rewitalizacji|adaptacji"
    r"|odnowy|wykonania|utworzenia|(?:do)?posażenia)"
    r"(?:\s+(?![^\W\d]*(?:ych|ich)\b)[^\W\d]*(?:y|i|a|u|ej|ego)\b|(?=\s*(?:[,.;:(–—-]|(?:w|we|na|przy|z|ze|dla)\b|\Z)))",
    re.I,
)


# One named recipient anywhere in the sentence (`ONE_NAMED` after "dla": "dla Gminy Rybno"; "dla naszego powiatu"):
# a sum allotted to it is its grant (rule 3), wherever the sum stands (`_FOR_NAMED` wants it right after the name).
_FOR_ONE = re.compile(rf"\bdla\s+(?:(?i:nasz\w*)\s+(?i:gmin|powiat|miast|szkoł|parafi|bibliotek|klub)\w*|{ONE_NAMED})")


def allotted_for_grants(text: str, clause: int, start: int, stop: int) -> bool:
    """Whether the sum's sentence before it allots money for grants (`_ALLOT_VERB`, `_GRANT_PURPOSE`) to more than one
    work (not `_ONE_WORK`) and names no one recipient (`_FOR_ONE`) before the sentence's end `stop` (the caller's
    `got_by_one` reads the verbs of one unit's getting)."""
    low = max(clause, start - 300)
    if _ALLOT_VERB.search(text, low, start) is None:
        return False
    if _FOR_ONE.search(text, low, min(stop, start + 300)) is not None:
        return False
    purpose = _GRANT_PURPOSE.search(text, low, start)
    if purpose is None:
        return False
    if purpose.group("that") is not None:
        return _GRANT_NOUN.search(text, low, purpose.start()) is not None
    return _ONE_WORK.match(text, purpose.end(), start) is None


# An open call: the page announces a call one can still apply to ("ogłasza nabór wniosków", "Nabór wniosków … startuje",
# "Kto może wnioskować", "Wnioski przyjmujemy", "termin składania wniosków") ...
_CALL_OPEN = led(
    r"ogłasza\w*\s+(?:nabór|konkurs)|ogłoszeni\w*\s+o\s+naborze"
    r"|nab(?:ór|oru)\s+wniosków\s+(?:rusza|startuje|trwa|potrwa|będzie)\b"
    r"|(?:kto|mogą|może)\s+(?:wnioskować|ubiegać\s+się|składać\s+wnios)"
    r"|wnios\w*\s+(?:można|należy)\s+składać|wnioski\s+przyjmujemy|wnioski\s+będą\s+przyjmowane|wniosek\s+złożysz"
    r"|termin\w*\s+składania\s+wniosków",
    re.I,
)
# ... and says nobody has got anything: no verb of getting or granting in any tense (`GOT_STEMS_BY_TENSE`, looked for
# in the lowered text: "otrzymała", "otrzymuje", "dostanie", "pozyskano", "zdobyła"; "trafi", "przypadło"), no call's
# resolution ("rozstrzygnięcie", "lista rankingowa"), no deal done ("podpisała umowę", "zawarto umowę"), no deadline
# passed ("termin … upłynął"), no participle of granting ("przyznano", "przyznane"; not the noun "przyznanie": "nabór
# wniosków o przyznanie pomocy" asks).
_RESOLVED_STEMS = (
    *(stem for stems in GOT_STEMS_BY_TENSE.values() for stem in stems),
    *("trafi", "przypadł", "rozstrzyg", "rankingow"),
    *("podpisał", "podpisali", "podpisano", "zawarł", "zawarli", "zawarto", "upłynął", "upłynęł"),
)
_GRANTED_PARTICIPLE = re.compile(r"przyznan(?:[oaeyą]|ych|ej|ym)\b")  # (a literal first: scanned for at C speed)
_CALL_GATES = ("wnios", "ogłas", "ogłosz", "ubiegać")  # one of them is in each of `_CALL_WORDS`' phrases' texts
# Literal phrases one of `_CALL_OPEN`'s holds (looked for in the lowered text before it is run).
_CALL_WORDS = (
    *("ogłas", "ogłosz", "nabór wniosków", "naboru wniosków", "wnioskować", "ubiegać", "składać"),
    *("przyjmujemy", "przyjmowane", "złożysz", "składania wniosków"),
)


def open_call(text: str, lowered: str) -> bool:
    """Whether the page is an open call with no recipient yet (`_CALL_OPEN`; no `_RESOLVED_STEMS`, no
    `_GRANTED_PARTICIPLE`): its sums are what an applicant may get ("Wysokość wsparcia: – kluby jednosekcyjne – 12 tys.
    złotych", "Forma wsparcia – premia w wysokości 100 000,00 zł", "Zadanie 1 …: dofinansowanie – 70.000 zł"), a
    programme's per-applicant amounts, `other` (tests/realtext/README.md, rule 2), whatever grant word names them.
    (Only the sums from the call's paragraph on, tried in s12: gate2 fell 25 -> 24, amounts F1 0.88 -> 0.84.)"""
    # (the cheapest tests first: most pages with a grant say "otrzym…", most others hold none of the call's words)
    if "otrzym" in lowered or not any(word in lowered for word in _CALL_GATES):
        return False
    if any(stem in lowered for stem in _RESOLVED_STEMS) or not any(word in lowered for word in _CALL_WORDS):
        return False
    return _GRANTED_PARTICIPLE.search(lowered) is None and _CALL_OPEN.search(text) is not None


# The project's own share named beside a cueless total, in any of its words, with its sum ("wkład własny w wysokości
# 3000 zł", "Środki własne gminy wyniosą łącznie: 38 216, 75 zł", "dołoży ze swoich środków 92 800 zł"; not a call's
# "wkład własny – co najmniej 10%"), or the rest that the unit covers ("a pozostałą kwotę pokrywają środki
# Organizatora").
_OWN_SOURCE = re.compile(
    r"(?:wkład\w*\s+własn|środk\w*\s+własn|własn\w*\s+środk|\bze\s+swoich\s+środk)[^.;\n%\d]{0,60}\d[\d \u00a0.,]*"
    r"(?:zł|złotych|PLN)(?!\w)"
    r"|\b(?:pozostał\w*|reszt[aęy])\s+(?:[^\W\d]+\s+){0,2}?(?:pokry|zapewni|sfinansow|dołoż|dokłada|wyłoż)\w*",
    re.I,
)
_SOURCES_REACH = 600  # characters either side of a total where its parts are looked for


def sources_summed(text: str, start: int, end: int) -> bool:
    """Whether a total said with "razem"/"ogółem"/"łącznie" and no cue of its own adds up the project's sources
    (tests/realtext/README.md, fourth round: "co razem daje X", "Ogółem na program przeznaczono X", "Razem mamy do
    wydania X" are the task's `total_cost`): its own share is printed near it, beside the grant."""
    return _OWN_SOURCE.search(text, max(0, start - _SOURCES_REACH), min(len(text), end + _SOURCES_REACH)) is not None


# A sum asked for, in its clause right before it ("Wnioskowana kwota dofinansowania: 23 765,00 zł", "prosiła o").
_ASKED = re.compile(r"wnioskowan\w*|\b(?:prosi|wnioskowa[łl]|ubiega|wystąpi[łl])\w*", re.I)


def granted_requests(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A requested sum the passage says was granted takes the granted sum's kind (tests/realtext/README.md, rule 1:
    "unless the passage says that same sum was granted"): "Wnioskowana kwota dofinansowania: 23 765,00 zł\nOtrzymana
    kwota dofinansowania: 23 765,00 zł" are two grants.  The same value, read as a grant or EU share elsewhere; or
    several requested sums that add up exactly to one granted sum ("Kwota wnioskowanych środków: 4.987.500,00 zł" and
    "…: 7.600.000,00 zł", then "gmina dostanie w sumie 12.587.500,00 PLN"): each request was granted in full."""
    granted = {(m.value, m.currency): m.kind for m in mentions if m.kind in GRANT_KINDS}
    if not granted:
        return mentions
    result = list(mentions)
    asked: list[int] = []  # the requests no granted sum repeats
    for i, mention in enumerate(mentions):
        if mention.kind != "other" or not _ASKED.search(text, after_stop(text, mention.start, 80), mention.start):
            continue
        kind = granted.get((mention.value, mention.currency))
        if kind is not None:
            result[i] = replace(mention, kind=kind)
        else:
            asked.append(i)
    if len(asked) >= 2 and len(currencies := {mentions[i].currency for i in asked}) == 1:
        whole = granted.get((sum((mentions[i].value for i in asked), Decimal(0)), currencies.pop()))
        if whole is not None:
            for i in asked:
                result[i] = replace(mentions[i], kind=whole)
    return result


# "dofinansowanie: 17 283,50 zł (z tego wkład fundacji 13310,71 zł, a partnera niemieckiego 3972,79 zł)": the parts a
# grant is split into by who pays them, with no cue of their own, add up exactly to it: each part is a grant too
# (tests/realtext/README.md: each part of a split dofinansowanie takes the grant kind).  Not a split by purpose, what
# the unit spends the grant on ("z czego 247 380 zł przeznaczono na Moduł I, a 100 000 zł na Moduł II").
_PARTS_OPEN = re.compile(r"\b(?:z\s+(?:tego|czego)|w\s+tym)\b", re.I)
_SPENT_ON = re.compile(r"[ \u00a0]*(?:\)[ \u00a0]*)?(?:na\s|przeznacz|wyda|poszł|pójdzie)", re.I)
_PARTS_REACH = 80  # characters between a grant and its first part, and between two parts


def grant_parts(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """Parts of a grant that add up exactly to it, opened by "z tego"/"z czego"/"w tym", take its kind."""
    result = list(mentions)
    for g, whole in enumerate(mentions):
        if whole.kind not in GRANT_KINDS:
            continue
        parts: list[int] = []
        total = Decimal(0)
        previous = whole.end
        for k in range(g + 1, min(len(mentions), g + 5)):
            part = mentions[k]
            between = text[previous : part.start]
            if (
                part.kind != "other"
                or part.currency != whole.currency
                or len(between) > _PARTS_REACH
                or SENTENCE_END_OR_LINE_BREAK.search(between)
                or (not parts and not _PARTS_OPEN.search(between))
                or _SPENT_ON.match(text, part.end, part.end + 20)
            ):
                break
            parts.append(k)
            total += part.value
            previous = part.end
            if total >= whole.value:
                break
        if len(parts) >= 2 and total == whole.value:
            for k in parts:
                result[k] = replace(mentions[k], kind=whole.kind)
    return result


# `SENTENCE_END` or a bare line break: a grant's parts ("z tego …") stand on its line, a sum on the next is none.
SENTENCE_END_OR_LINE_BREAK = re.compile(SENTENCE_END.pattern + r"|\n")


# A gmina's own budget named before the sum ("wpisano do budżetu gminy, zabezpieczając kwotę 0,5 mln zł", "w kwocie
# 678 000 zł … Funduszu sołeckiego"), with no "wkład/środki własne" in its clause.
_BUDGET_LINE = re.compile(rf"budże[tc]\w*\s+(?:gminy|miasta|powiatu)|fundusz\w*{OWN_FUND}", re.I)
_OWN_WORDS = re.compile(r"własn|swoi|swoj", re.I)
_NEIGHBOUR = 250  # characters between a budget line's sum and the grant it stands beside


def budget_lines(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A gmina's own budget line is an own share only beside the grant (tests/realtext/README.md, last section).

    "Budżet gminy Miękinia – 850 594,39 PLN Dofinansowanie z UE – 500 000,00 PLN", "budżet Gminy Drużbice – 596,00 zł"
    after the marshal's 2 900 zł: one line of a project's list of sources, `own_share`.  Alone ("Budowę drogi wpisano do
    budżetu gminy, zabezpieczając na nią kwotę 0,5 mln zł", a year's "Fundusz sołecki" of 678 000 zł) it is the gmina's
    spending, `other`: a grant or EU share must stand near it (`_NEIGHBOUR`), with no blank line between.
    """
    result = list(mentions)
    grants = sorted((n.start, n.end) for n in mentions if n.kind in GRANT_KINDS)  # looked up by start, not scanned
    starts = [start for start, _ in grants]
    for i, mention in enumerate(mentions):
        if mention.kind != "own_share":
            continue
        clause = after_stop(text, mention.start, 120)  # (both sides read in bounded windows, as every rule here)
        stops = [at for c in ".;\n" if (at := text.find(c, mention.end, mention.end + 80)) >= 0]
        own = text[clause : min(stops, default=mention.end + 80)]
        if not _BUDGET_LINE.search(own) or _OWN_WORDS.search(own):
            continue
        near = grants[
            bisect_left(starts, mention.start - _NEIGHBOUR) : bisect_right(starts, mention.start + _NEIGHBOUR)
        ]
        if not any("\n\n" not in text[min(end, mention.end) : max(start, mention.start)] for start, end in near):
            result[i] = replace(mention, kind="other")
    return result
