"""Places named in Polish text, in any grammatical case, read to their TERYT codes.

`find_places` reads the gminas, powiats and voivodeships a page names, in whatever grammatical case
it prints them ("Urząd Miasta Opola", "Ośrodek Pomocy Społecznej w Nysie", "powiatu nyskiego",
"w Województwie Lubuskim"), and `locate` maps one inflected name to its gmina.  Both read only
reliable syntactic contexts and never guess between gminas of the same name: an ambiguity is a warning.
The register itself is `extract.teryt`, the inflected forms `extract.place_forms`.

>>> found, _ = find_places("Ośrodek Pomocy Społecznej w Nysie, powiat nyski")
>>> [(m.text, m.teryt) for m in found]
[('w Nysie', '1607053'), ('powiat nyski', '1607000')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, NamedTuple

from extract.place_forms import ANY_CASE, GEN, LOC, NOM, declension
from extract.teryt import Hierarchy, Unit, find_gmina, hierarchy, is_gmina, unit, units
from extract.text import clean

__all__ = [
    "GEN",
    "LOC",
    "NOM",
    "Hierarchy",
    "PlaceMention",
    "Unit",
    "find_gmina",
    "find_places",
    "gmina_name",
    "hierarchy",
    "locate",
    "unit",
]

# The tests reach the register and the generated forms through this module.

# --------------------------------------------------------------------------- indexes (built once)

_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")


def _key(text: str) -> str:
    """Lookup key: lower case, one space between words and for every dash, spaced or not, so that
    "Kujawsko - Pomorskiego", "Bielsku-Białej" and "Bielsku Białej" are each one key."""
    return " ".join(_DASHES.sub(" ", text).split()).lower()


@cache
def _gmina_index() -> dict[str, tuple[tuple[Unit, int], ...]]:
    """Every generated form of every gmina name (lower case) -> (gmina, case bits) for each gmina it may name."""
    index: dict[str, dict[str, tuple[Unit, int]]] = {}
    for code, item in units().items():
        if not is_gmina(code):
            continue
        for case, forms in declension(item.name).items():
            for form in forms:
                slot = index.setdefault(_key(form), {})
                _, bits = slot.get(code, (item, 0))
                slot[code] = (item, bits | case)
    return {form: tuple(slot.values()) for form, slot in index.items()}


def _adjective_forms(name: str) -> set[str]:
    """All singular forms of an adjectival name (opolskie, nyski, łódzki wschodni): nominative, genitive,
    dative, locative/instrumental.  Only the last part of a compound declines (kujawsko-pomorskiego)."""
    words = name.split()
    per_word: list[list[str]] = []
    for word in words:
        head, _, last = word.rpartition("-")
        prefix = head + "-" if head else ""
        stem = last[:-2] if last.endswith("ie") else last[:-1]  # opolskie / nyski -> opolsk
        soft = last.endswith(("i", "ie")) or stem.endswith(("k", "g"))
        i, y = ("i", "i") if soft else ("", "y")
        endings = [last[len(stem) :], i + "ego", i + "emu", y + "m"]
        per_word.append([prefix + stem + e for e in endings])
    return {" ".join(forms) for forms in zip(*per_word, strict=True)}


@cache
def _voivodeship_index() -> dict[str, tuple[Unit, ...]]:
    return {
        _key(form): (item,)
        for code, item in units().items()
        if code.endswith("00000")
        for form in _adjective_forms(item.name)
    }


@cache
def _powiat_index() -> dict[str, tuple[Unit, ...]]:
    """Powiat adjectives in every case (powiat opolski is in opolskie and in lubelskie: both units)."""
    index: dict[str, list[Unit]] = {}
    for code, item in units().items():
        if code[2:4] != "00" and code[4:] == "000" and item.kind == "powiat":
            for form in _adjective_forms(item.name):
                index.setdefault(_key(form), []).append(item)
    return {form: tuple(items) for form, items in index.items()}


def powiat_forms() -> dict[str, tuple[Unit, ...]]:
    """Every case form of every powiat's adjective (lower case) -> the powiats of that name."""
    return _powiat_index()


def powiat_adjective(word: str) -> str | None:
    """A powiat's adjective printed in any case, in the register's nominative ("gryfińskiego" -> "gryfiński"), or
    None when no powiat, or powiats of different names, have it."""
    names = {item.name for item in _powiat_index().get(_key(word), ())}
    return names.pop() if len(names) == 1 else None


@cache
def _city_powiats() -> dict[str, Unit]:
    """Cities with powiat rights by their nominative ("Powiat: Opole" on metadata lines)."""
    return {
        _key(item.name): item
        for code, item in units().items()
        if code[2:4] != "00" and code[4:] == "000" and item.kind != "powiat"
    }


def city_with_powiat_rights(name: str) -> bool:
    """Whether the register's nominative `name` ("Leszno") is a city with powiat rights."""
    return _key(name) in _city_powiats()


# --------------------------------------------------------------------------- reading places in text

Level = Literal["wojewodztwo", "powiat", "gmina"]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str  # as printed, e.g. "powiatu nyskiego", "w Miliczu", "województwa opolskiego"
    start: int
    end: int
    level: Level
    teryt: str  # 7 digits (woj xx00000, powiat xxxx000, gmina WOJ+POW+GMI+RODZ)
    name: str  # the register's name in the nominative: "opolskie", "nyski", "Milicz"


_SP = r"[ \t\u00a0\u2007\u202f]"
_DASH = r"[-‐‑‒–—]"
_LETTERS = r"[^\W\d_]"
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME_WORD = rf"[{_UPPER}]{_LETTERS}*"
# A capitalised name of up to five words, hyphens spaced or not: "Zielonej Górze", "Kędzierzynie - Koźlu",
# "Nowym Mieście nad Pilicą".  The longest prefix found in the index is taken.
_NAME = rf"{_NAME_WORD}(?:(?:{_SP}*{_DASH}{_SP}*|{_SP}+)(?:(?:nad|pod){_SP}+)?{_NAME_WORD}){{0,4}}"
_NAME_RE = re.compile(_NAME)
_NAME_TOKEN = re.compile(rf"(?:nad|pod){_SP}+{_NAME_WORD}|{_NAME_WORD}")
# An adjective, compound ones spaced or not ("Kujawsko - Pomorskiego", "łódzkiego wschodniego").
_ADJ = rf"{_LETTERS}+(?:{_SP}*{_DASH}{_SP}*{_LETTERS}+)?"
_AFTER_KEYWORD = rf"(?:{_SP}*:{_SP}*\n?{_SP}*|{_SP}+)"  # "Województwo:" may end a table cell
_LIST_NEXT = re.compile(  # ", Pomorskiego", " i Zachodniopomorskiego", "(partner wiodący), ..."
    rf"(?:{_SP}*\([^()\n]{{0,80}}\))?(?:{_SP}*[,;]{_SP}*|{_SP}+(?:i|oraz|lub|albo){_SP}+)(?P<adj>{_ADJ})"
)

# Every pattern starts with a plain character class and checks the word boundary only after it: the
# regex engine then skips through the text at C speed to the next candidate letter (a leading lookbehind
# or a top-level alternation makes it try every position, six times slower).
_WORD_START = r"(?<![^\W\d_].)"  # placed after the first letter: no letter before it
_VOIVODESHIP_RE = re.compile(
    rf"[wW]{_WORD_START}(?i:ojewództw(?:o|a|ie|em|u|om|ach|ami)?|oj\.){_AFTER_KEYWORD}(?P<adj>{_ADJ})"
)
_POWIAT_RE = re.compile(
    rf"[pP]{_WORD_START}(?i:owiat(?:u|em|owi|y|ów|ach|ami)?|owiecie|ow\.){_AFTER_KEYWORD}"
    rf"(?P<adj>{_ADJ}(?:{_SP}+(?i:wschodni|zachodni){_LETTERS}*)?)"
)
# Gmina keywords, one pattern per first letter; the group that matched says which kind of gmina the
# keyword names (see `_kinds`).
_MIASTO = r"(?i:iast(?:o|a|u|em)|ie[śs]cie)"  # after the m
_GMINA = r"(?i:min(?:a|y|ie|ą|ę))"  # after the g
_GMINA_RES = (
    re.compile(
        rf"[mM]{_WORD_START}(?:"
        rf"(?P<both>{_MIASTO}{_SP}+i{_SP}+[gG]{_GMINA})"
        rf"|(?P<capital>(?i:iast(?:o|a|u|em){_SP}+stołeczn{_LETTERS}*|\.{_SP}*st\.))"
        rf"|(?P<town>{_MIASTO})"
        rf"){_AFTER_KEYWORD}(?P<name>{_NAME})"
    ),
    re.compile(
        rf"[gG]{_WORD_START}(?:"
        rf"(?P<both>{_GMINA}{_SP}+i{_SP}+[mM]{_MIASTO})"
        rf"|(?P<typed>{_GMINA}{_SP}+(?P<type>(?i:miejsko{_SP}*{_DASH}{_SP}*wiejsk|miejsk|wiejsk)){_LETTERS}*)"
        rf"|(?P<gmina>{_GMINA})"
        rf"){_AFTER_KEYWORD}(?P<name>{_NAME})"
    ),
    re.compile(rf"U{_WORD_START}(?:(?P<both>MiG|MIG)|(?P<town>M)|(?P<gmina>G)){_AFTER_KEYWORD}(?P<name>{_NAME})"),
)
_IN_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:we?){_SP}+$")  # "w mieście Opolu", "W Gminie Milicz"
# "... w Opolu", "... we Wrocławiu": read only after the name of an institution (below).
_IN_NAME = re.compile(rf"w{_WORD_START}e?{_SP}+(?P<name>{_NAME})")
# An institution's name runs up to "w": a head word, then capitalised words, numbers and the small words
# of Polish names ("Zespół Szkół nr 2 im. Jana Pawła II w ...", "Oddziałem Rejonowym Polskiego
# Czerwonego Krzyża w ...", "Ośrodka Pomocy Społecznej w ...").
_INSTITUTION = re.compile(
    r"[„\"«]?(?:(?i:"
    # long stems, any ending
    r"(?:o[śs]rod|urz[ąę]d|starostw|fundacj|uniwersytet|politechni|akademi|uczelni|instytut|stowarzysze"
    r"|towarzystw|szkoł|przedszkol|żłob|liceum|gimnazj|bibliotek|teatr|filharmoni|zakład|komend|prokuratur"
    r"|spółdziel|parafi|diecezj|caritas|inspektorat|agencj|szpital|hospic|przychodni|poradni|warsztat"
    r"|świetlic|schronisk|pogotowi|nadleśnictw|przedsiębiorstw|wydział|delegatur|siedzib|sanepid)[^\W\d_]*"
    # short stems, their case endings only (not Dominik, Filip, Krzyżanowski, ...)
    r"|dom(?:u|em|owi|y|ów)?|fili(?:a|i|ę|ą)|krzyż(?:a|u|em)|huf(?:iec|ca|cu|cem)|izb(?:a|y|ie|ę|ą)"
    r"|sąd(?:u|zie|em|owi|y)?|bank(?:u|iem|owi)?|klub(?:u|ie|em|owi)?|punkt(?:u|cie|em|owi)?"
    r"|biur(?:o|a|ze|em|u)|kuri(?:a|i|ę|ą)|zesp(?:ół|ołu|ole|ołem|ołowi)|muze(?:um|a|ów)"
    r"|centr(?:um|a|ów|ach)|związ(?:ek|ku|kiem|kowi|ki)|straż(?:y|ą)?|stacj(?:a|i|ę|ą)|spółk(?:a|i|ę|ą)"
    r"|oddział(?:u|em|owi|y)?|zarząd(?:u|zie|em|owi)?)"
    # acronyms, case as written
    r"|OPS|GOPS|MOPS|MGOPS|MOPR|PCPR|ROPS|PUP|WUP|ŚDS|WTZ|CIS|KIS|PCK|ZUS|KRUS|UM|UG|UMiG|MOK|GOK|MGOK"
    r"|OSP|KPP|KMP|ZOZ|SPZOZ|GBP|MBP|PBP|ZGK|MDK|OHP|CUS|ZSP|ZS|LO|SP)[”\"»]?"
)
_FILLER = re.compile(rf"[„\"«]?(?:[{_UPPER}][^\W\d_]*\.?|\d+|i|im\.|z|ze|dla|na|do|ds\.|nr|przy|św\.|pw\.)[”\"»]?")
_MAX_FILLERS = 8


def _kinds(match: re.Match[str]) -> str:
    """RODZ digits the keyword allows: the town for "Miasto X", both kinds for "Miasto i Gmina X"."""
    groups = match.groupdict()
    if groups.get("both"):
        return "3"
    if groups.get("typed"):
        kind = match["type"].lower()
        return "1" if kind == "miejsk" else "2" if kind == "wiejsk" else "3"
    if groups.get("capital") or groups.get("town"):
        return "13"
    return "123"


def _lookup(name: str, start: int, cases: int) -> tuple[int, list[Unit]]:
    """The longest prefix of a capitalised name run that is a gmina form in one of `cases`:
    (end offset, candidates).  A nominative reading wins ("gmina Wyszków"
    is Wyszków, not the genitive of Wyszki)."""
    index = _gmina_index()
    tokens = list(_NAME_TOKEN.finditer(name))
    for count in range(len(tokens), 0, -1):
        end = tokens[count - 1].end()
        entries = index.get(_key(name[:end]))
        if not entries:
            continue
        hits = [(item, bits) for item, bits in entries if bits & cases]
        if not hits:
            continue
        nominative = [item for item, bits in hits if bits & NOM]
        if nominative and cases & NOM:
            return start + end, nominative
        return start + end, [item for item, _ in hits]
    return start, []


def _narrow(candidates: list[Unit], kinds: str, powiats: set[str], voivodeships: set[str]) -> list[Unit]:
    """Keep the kind the keyword names ("Miasto Pokoju" is no town: Pokój is a gmina wiejska), then those
    in a powiat or voivodeship the text names; a place filter that would leave nothing is skipped (the
    text may name other places too)."""
    candidates = [u for u in candidates if u.code[6] in kinds]
    for wanted, digits in ((powiats, slice(0, 4)), (voivodeships, slice(0, 2))):
        if len(candidates) > 1:
            candidates = [u for u in candidates if u.code[digits] in wanted] or candidates
    return candidates


_WORD_END = re.compile(rf"{_LETTERS}+")


def _adjectives(text: str, match: re.Match[str], index: Mapping[str, tuple[Unit, ...]]) -> list[_Found]:
    """The adjective after a keyword, then any list that follows it ("z województw: Kujawsko - Pomorskiego
    (partner wiodący), Pomorskiego, ... i Zachodniopomorskiego").  The first span starts at the keyword."""
    found: list[_Found] = []
    start, (adj_start, adj_end) = match.start(), match.span("adj")
    while True:
        ends = [m.end() for m in _WORD_END.finditer(text, adj_start, adj_end)]
        hit = next(((end, index[key]) for end in reversed(ends) if (key := _key(text[adj_start:end])) in index), None)
        if hit is None:
            return found
        found.append(_Found(start, hit[0], hit[1], "123"))
        follow = _LIST_NEXT.match(text, hit[0])
        if follow is None:
            return found
        start, (adj_start, adj_end) = follow.start("adj"), follow.span("adj")


class _Found(NamedTuple):
    start: int
    end: int
    candidates: Sequence[Unit]
    kinds: str  # RODZ digits the context allows (gminas only)


def _institution_before(text: str, pos: int) -> bool:
    """Does an institution's name end right before the "w" at `pos`, on the same line?"""
    window = text[max(text.rfind("\n", 0, pos) + 1, pos - 160) : pos]
    if window[-1:].isalpha():
        return False
    for token in reversed(window.split()[-_MAX_FILLERS - 1 :]):
        if _INSTITUTION.fullmatch(token):
            return True
        if not _FILLER.fullmatch(token):
            return False
    return False


def _mention(text: str, found: _Found, level: Level) -> PlaceMention:
    item = found.candidates[0]
    return PlaceMention(text[found.start : found.end], found.start, found.end, level, item.code, item.name)


def _ambiguous(text: str, found: _Found, level: Level) -> str:
    codes = ", ".join(sorted(u.code for u in found.candidates))
    return f'ambiguous {level} "{" ".join(text[found.start : found.end].split())}": {codes}'


def find_places(text: str) -> tuple[list[PlaceMention], list[str]]:
    """Every gmina, powiat and voivodeship named in `text`, mapped to TERYT; warnings for ambiguous names.

    Voivodeships first: they settle powiats of the same name (powiat opolski is in opolskie and in
    lubelskie); then gminas, narrowed by the keyword (Miasto X -> the town) and by the powiats and
    voivodeships the text names.  A name still shared by several gminas gives a warning, not a guess."""
    mentions: list[PlaceMention] = []
    warnings: list[str] = []
    for match in _VOIVODESHIP_RE.finditer(text):
        mentions.extend(
            _mention(text, found, "wojewodztwo") for found in _adjectives(text, match, _voivodeship_index())
        )
    voivodeships = {m.teryt[:2] for m in mentions}

    for match in _POWIAT_RE.finditer(text):
        founds = _adjectives(text, match, _powiat_index())
        if not founds:  # "Powiat: Opole", a city with powiat rights
            city = _NAME_TOKEN.match(match["adj"])
            item = _city_powiats().get(_key(city[0])) if city else None
            if city is None or item is None:
                continue
            founds = [_Found(match.start(), match.start("adj") + city.end(), (item,), "123")]
        for found in founds:
            narrowed = [u for u in found.candidates if u.code[:2] in voivodeships]
            if len(found.candidates) > 1 and len(narrowed) == 1:
                found = found._replace(candidates=narrowed)
            if len(found.candidates) == 1:
                mentions.append(_mention(text, found, "powiat"))
            else:
                warnings.append(_ambiguous(text, found, "powiat"))
    powiats = {m.teryt[:4] for m in mentions if m.level == "powiat"}

    gminas: list[_Found] = []
    for pattern in _GMINA_RES:
        for match in pattern.finditer(text):
            end, candidates = _lookup(match["name"], match.start("name"), ANY_CASE)
            kinds = _kinds(match)
            if not candidates and match.groupdict().get("typed"):  # "Gminy Miejskiej Górki": a name, not a kind
                name = _NAME_RE.match(text, match.start("type"))
                if name:
                    end, candidates = _lookup(name[0], name.start(), ANY_CASE)
                    kinds = "123"
            if candidates:
                before = _IN_BEFORE.search(text, max(0, match.start() - 4), match.start())
                start = before.start() if before else match.start()
                gminas.append(_Found(start, end, candidates, kinds))
    for match in _IN_NAME.finditer(text):
        if _institution_before(text, match.start()):
            end, candidates = _lookup(match["name"], match.start("name"), LOC)
            if candidates:
                gminas.append(_Found(match.start(), end, candidates, "123"))
    last_end = -1
    for found in sorted(gminas, key=lambda f: (f.start, -f.end)):
        found = found._replace(candidates=_narrow(list(found.candidates), found.kinds, powiats, voivodeships))
        if found.start < last_end or not found.candidates:
            continue  # another reading of the same words, or no gmina of the kind the keyword names
        last_end = found.end
        if len(found.candidates) == 1:
            mentions.append(_mention(text, found, "gmina"))
        else:
            warnings.append(_ambiguous(text, found, "gmina"))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions, list(dict.fromkeys(warnings))


_IN = re.compile(rf"we?{_SP}+")
_VOIVODESHIP_WORD = re.compile(r"(?:województw\w*|woj\.)\s*:?\s*", re.IGNORECASE)
_POWIAT_WORD = re.compile(r"(?:powiat\w*|powiecie|pow\.)\s*:?\s*", re.IGNORECASE)


def _voivodeship_code(name: str) -> str | None:
    key = _key(_VOIVODESHIP_WORD.sub("", clean(name), count=1))
    items = _voivodeship_index().get(key)
    return items[0].code[:2] if items else None


def _powiat_codes(name: str) -> set[str]:
    """Powiat codes (4 digits) a county name may mean: "nyski", "powiatu nyskiego", "Opole" (a city)."""
    key = _key(_POWIAT_WORD.sub("", clean(name), count=1))
    items = _powiat_index().get(key) or ((city,) if (city := _city_powiats().get(key)) else ())
    return {u.code[:4] for u in items}


def locate(name: str, *, county: str | None = None, voivodeship: str | None = None) -> Unit | None:
    """A place name in any case ("Miliczu", "Nysie", "Zielonej Górze") to its gmina, narrowed by county/voivodeship.

    A keyword before the name is read as in `find_places` ("Miasto Bolesławiec" is the town, "w Nysie" a
    locative).  None when the name is unknown, when a stated county or voivodeship is unknown or does not
    hold it, or when several gminas remain."""
    text = clean(name)
    kinds, cases = "123", ANY_CASE
    keyword = next((m for pattern in _GMINA_RES if (m := pattern.fullmatch(text))), None)
    if keyword:
        kinds, text = _kinds(keyword), keyword["name"]
    elif preposition := _IN.match(text):
        text, cases = text[preposition.end() :], LOC
    end, candidates = _lookup(text, 0, cases)
    if end != len(text):
        return None
    if voivodeship is not None:
        code = _voivodeship_code(voivodeship)
        candidates = [u for u in candidates if u.code[:2] == code]
    if county is not None:
        codes = _powiat_codes(county)
        candidates = [u for u in candidates if u.code[:4] in codes]
    candidates = _narrow(candidates, kinds, set(), set())
    return candidates[0] if len(candidates) == 1 else None


@cache
def _gmina_names() -> frozenset[str]:
    """The gminas' names as the register prints them (the nominative): a cheap test before the full index."""
    return frozenset(_key(item.name) for code, item in units().items() if is_gmina(code))


def gmina_name(name: str, cases: int = ANY_CASE) -> str | None:
    """The register's nominative of a gmina's name printed in one of `cases` ("Rzeszowa" -> "Rzeszów"), or None
    when it names no gmina or gminas of different names.  Names of organisations are read with it, never prose."""
    key = _key(name)
    if cases == NOM and key not in _gmina_names():  # most capitalised words name no gmina: no index built for them
        return None
    found = {item.name for item, bits in _gmina_index().get(key, ()) if bits & cases}
    return found.pop() if len(found) == 1 else None
