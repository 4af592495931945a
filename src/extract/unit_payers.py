"""A gmina, city or powiat named as the payer by the unit itself, as news and NGO pages print it: the subject of a
verb of giving money ("powiat zduńskowolski przeznaczył w 2023 roku 40 tys. zł", "gmina przeznaczyła łącznie 210
tys. zł") or the source after a verb or noun of getting ("otrzymał od gminy Polkowice dotację", "dostał od Władz
Józefowa 2 dotacje").

The unit is labelled in the nominative as the funder rule names a local payer (tests/realtext/README.md,
funding.funder): "Gmina X", "Miasto X" (a town that is its own gmina, named through its authorities), a powiat
under its TERYT name; a bare "gmina"/"powiat" is the one gmina (powiat) the text names.  A name is taken only when
the TERYT register knows it.
"""

from __future__ import annotations

import re
from functools import cache

from extract.local_offices import one_unit, place_at, powiat_of_adjective
from extract.lowered import lowered as lower_text
from extract.lowered import occurrences
from extract.org_names import matches_from, text_cues
from extract.teryt import units

_SPACE = r"[ \t\u00a0]+"
# The unit as the subject, its name (up to three words) or none, up to three adverbial words, then its verb of giving.
_UNIT_GIVES = re.compile(
    r"(?<![\w-])(?P<head>[Gg]mina|[Pp]owiat|[Mm]iasto)(?![\w-])"
    r"(?P<between>(?:"
    + _SPACE
    + r"[^\s.;:!?]+){0,4}?)"
    + _SPACE
    # every person and number (coordinated units share a plural verb: "Gmina X i Powiat Y dają po 25%"), and the
    # prefixed verbs of financing ("Powiat X dofinansował remont kwotą …", "współfinansuje")
    + r"(?:(?:przeznaczy|przyzna|udzieli|dołoży|(?:s|do|współ)finansowa|ufundowa|przekaza|wyłoży|da)(?:ł[aoy]?|li)"
    r"|przeznacza(?:ją)?|przyznaj[eą]|udziela(?:ją)?|dokłada(?:ją)?|(?:do|współ)?finansuj[eą]|(?:do|współ)finansowuj[eą]"
    r"|daj[eą])(?![\w-])"
)
# A unit co-financing its own project is no payer of it ("Gmina X dofinansowała zadanie z własnych środków kwotą …",
# "współfinansowała projekt wkładem własnym", "… kwotą 50 000 zł wkładu"): the clause of a verb of financing says
# "własn" or "wkład"; nor one passing on another payer's money, named as the source in that clause ("dofinansowała
# projekt z dotacji PFRON", "ze środków otrzymanych od Wojewody", "z Rządowego Funduszu …"; not "ze środków budżetu
# gminy", "z budżetu Gminy X": its own).
_OWN_MONEY = re.compile(
    r"[^.;!?\n]{0,80}?(?:\bwłasn|\bwkład"
    r"|(?<![\w-])ze?\s+(?:dotacj\w*|subwencj\w*|funduszu|programu|grantu"
    r"|środków\s+(?!(?:budżetu\s+)?(?:gmin|powiat|miast|własn|samorząd))"
    r"|(?!(?i:budżet|gmin|powiat|miast|kas))(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))",
    re.IGNORECASE,
)
# Money in the verb's own clause: a sum or a word for money (not "przeznaczył teren", "przekazał informację", nor
# "przekazała lokal na świetlicę, a środki na …": ", a", ", która" and the like open the next clause; a list's or an
# aside's comma does not: "przeznaczyła na remont drogi, chodnika i oświetlenia 200 tys. zł").
_MONEY_AFTER = re.compile(
    r"(?:(?!,[ \t\u00a0]*(?:a|ale|zaś|natomiast|lecz|któr\w*)(?!\w))[^.;!?\n]){0,60}?"
    r"(?:\d[\d \u00a0.,]*(?:tys\.|mln|mld)?\s*(?:zł|złotych|PLN)|pieniądz|pieniędz|środk|dotacj"
    r"|dofinansowani)",
    re.IGNORECASE,
)
# The unit as the source: a verb of getting or a word for money, then "od" and the unit in the genitive.
_FROM_UNIT = re.compile(
    r"(?<![\w-])(?:(?:dosta|otrzyma|uzyska)\w*|dotacj\w*|dofinansowani\w*|pieniądz\w*|pieniędzy|środk\w*"
    r"|grant\w*|wsparci\w*|zł|złotych)"
    + _SPACE
    + r"od"
    + _SPACE
    + r"(?P<head>gminy|powiatu|miasta|[Ww]ładz|samorządu)(?![\w-])"
)
_OWN_SHARE_NEAR = re.compile(r"wkład\w*\s+własn")
_UNIT_WORDS = ("gmin", "powiat", "miast", "ładz", "samorząd")
_FROM_CUES = (" od gminy", " od powiatu", " od miasta", " od władz", " od samorządu")
_HEADS = ("gmina", "powiat", "miasto")


def _sentence_around(lowered: str, at: int) -> tuple[int, int]:
    """The sentence holding `at`, at most 120 characters either side."""
    low, high = max(0, at - 120), at + 120
    start = max(lowered.rfind(stop, low, at) for stop in ".;!?\n") + 1
    ends = [end for stop in ".;!?\n" if (end := lowered.find(stop, at, high)) >= 0]
    return max(start, low), min(ends, default=min(high, len(lowered)))


def unit_payer(text: str) -> str | None:
    """The first gmina, city or powiat the text names as the payer by its own name (see the module's doc)."""
    lowered = lower_text(text)
    if not any(word in lowered for word in _UNIT_WORDS):
        return None
    found: list[tuple[int, str]] = []
    # (each form found by its literal words first: no regex is tried at every letter of a page)
    for at, cue in sorted((at, word) for word in _FROM_CUES for at in occurrences(lowered, word)):
        m = _FROM_UNIT.search(text, max(0, at - 40), at + len(cue) + 1)
        if m is not None and _OWN_SHARE_NEAR.search(lowered, *_sentence_around(lowered, at)):
            continue  # "Wymagane jest 2 000 zł od gminy jako wkład własny": the unit's own share, not a payment
        if m is not None and (unit := _named_unit(m.group("head").lower(), text, m.end())):
            found.append((m.start(), unit))
            break
    bare: dict[str, str | None] = {}  # the one gmina (powiat) the text names, looked for once a level
    for m in matches_from(_UNIT_GIVES, text, text_cues(text), _HEADS):
        if not _MONEY_AFTER.match(text, m.end()):
            continue
        if "finans" in m.group(0)[-16:] and _OWN_MONEY.match(text, m.end()):
            continue  # "Gmina X współfinansowała projekt wkładem własnym": its own share
        between = m.group("between").split()
        head = m.group("head").lower()
        unit = _named_unit(head, text, m.end("head")) if between else None
        if unit is None and not any(word[:1].isupper() for word in between) and head in ("gmina", "powiat"):
            if head not in bare:  # (once a level: a page printing "gmina przeznaczyła" a thousand times stays linear)
                bare[head] = one_unit(text, head)
            unit = bare[head]  # "gmina przeznaczyła łącznie 210 tys. zł": the one gmina the text names
        if unit:
            found.append((m.start(), unit))
            break
    return min(found)[1] if found else None


def _named_unit(head: str, text: str, end: int) -> str | None:
    """The unit `head` ("gminy", "powiat", "władz") names with the words after `end`, in the nominative."""
    words = text[end : end + 80].split()
    if not words:
        return None
    if head.startswith("powiat"):
        return powiat_of_adjective(words[0].rstrip(",;:."))
    place = place_at(words[:4])
    if place is None:
        return None
    name = place[0]
    if head.startswith("gmin"):
        return f"Gmina {name}"
    if head.startswith("miast"):
        return f"Miasto {name}"
    return f"Miasto {name}" if name in _towns() else f"Gmina {name}"  # "władz Józefowa": a town's authorities


@cache
def _towns() -> frozenset[str]:
    """Names of the towns that are gminas of their own (urban gminas, cities with powiat rights)."""
    return frozenset(u.name for u in units().values() if u.kind in ("gmina miejska", "miasto na prawach powiatu"))
