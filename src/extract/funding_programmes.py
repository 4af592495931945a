"""The programmes a text names: the table's aliases with the years printed after them, a region's own programme only
where the text names the region, a quoted or unquoted name the table does not know, and which of several the text is
funded by (an EU programme, a ministry one, or an EU one that only pays a national one)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from extract.funding_aliases import Spans, fold, norm_name
from extract.funding_regions import names_region
from extract.funding_tables import Programme, funder_names, programmes
from extract.lowered import lowered as lower_text
from extract.org_names import matches_from, text_cues

_YEARS_AFTER = re.compile(
    r"[ \t,]*(?:\(?\s*(?:na\s+lata|w\s+latach|lata|perspektyw\w*)\s+)?"
    r"((?:19|20)\d{2})\s*(?:-|/)\s*((?:19|20)\d{2})"
    r"|[ \t,]*((?:19|20)\d{2})\s*\+"
)


_OTHER_OWNER_BEFORE = re.compile(r"\b(?:regionaln|wojewodzk|powiatow|gminn|miejsk)\w*\s+$")
# A facility named after a programme ("Klub Senior+", "Dziennego Domu „Senior +”", "w Klubie Seniora SENIOR +") names
# the place, not the money's source (tests/realtext/README.md, funding.programme): its head noun right before the name.
# (not money "na kluby Senior+" or "dla domów Senior+", which is for the programme's facilities in general)
_FACILITY_BEFORE = re.compile(r"\b(?<!na )(?<!dla )(?:klub|dom)\w*\s+(?:senior\w*\s+)?\W{0,3}\Z")


# A programme whose name is also a common phrase ("działaj lokalnie", a slogan of many local contests: "konkurs
# „Działaj lokalnie – myśl globalnie” dla szkół") is read only with its owner or operator named, printed as a name
# (every word capitalised: "Działaj Lokalnie"), or with a grant or a sum near it in its paragraph ("dostało 6 tys. zł
# w konkursie Działaj lokalnie 2021").  (A contest's quoted motto after a dash is no sign: "w konkursie „Piękna wieś
# Opolska – siła w ludziach!”" is the programme's edition.)
_PHRASE_NAMES = {
    "Działaj Lokalnie": ("polsko-amerykansk", "pafw", "akademi rozwoju filantropii", "arfp", "osrod dzialaj lokalnie"),
}
_GRANT_OR_SUM = re.compile(r"(?:dotacj|grant|dofinansow|\bzl\b|zlotych|\bpln\b|\bnagrod)")


def _phrase_read(name: str, text: str, folded: str, start: int, end: int) -> bool:
    """Whether a programme named by a common phrase (`_PHRASE_NAMES`) is read at `start`."""
    if name not in _PHRASE_NAMES:
        return True
    if any(owner in folded for owner in _PHRASE_NAMES[name]) or name in text[start:end]:
        return True
    begin = folded.rfind("\n", max(0, start - 150), start) + 1 or max(0, start - 150)
    stop = folded.find("\n", end, end + 150)
    return _GRANT_OR_SUM.search(folded, begin, stop if stop >= 0 else end + 150) is not None


@dataclass(frozen=True, slots=True)
class ProgrammeMention:
    start: int
    candidates: tuple[str, ...]
    printed: str


# A grant competition inside an EU programme whose name begins with another table programme's: the PGR grants were
# called "Cyfrowa Gmina – Wsparcie dzieci z rodzin pegeerowskich w rozwoju cyfrowym – Granty PPGR", and are read as
# POPC as the other calls inside an EU programme are (src/extract/data/README.md); the words on the name's line that
# make it the inner call, and the programme it is read as.
_INNER_CALLS = {"Cyfrowa Gmina": (("ppgr", "pegeer", " pgr"), "POPC 2014-2020")}


def _inner_call_of(keys: Sequence[str], folded: str, end: int) -> str | None:
    """The EU programme whose inner call's name the programme `keys` name begins on its line (`_INNER_CALLS`)."""
    inner = _INNER_CALLS.get(keys[0]) if len(keys) == 1 else None
    if inner is None:
        return None
    stop = folded.find("\n", end, end + 120)
    line = folded[end : stop if stop >= 0 else end + 120]
    return inner[1] if any(mark in line for mark in inner[0]) else None


def find_programmes(text: str, folded: str, spans: Spans, warnings: list[str]) -> list[ProgrammeMention]:
    """The programmes named in `spans` (the programme table's alias matches), with the years printed after them."""
    table = programmes()
    found: list[ProgrammeMention] = []
    # the programmes some mention names alone: an edition named elsewhere in full ("w ramach Programu Interreg V-A
    # Republika Czeska – Polska") settles a mention every edition answers to ("Fundusz Mikroprojektów w Euroregionie X")
    named_alone = {keys[0] for _, _, keys in spans if len(keys) == 1}
    for start, end, keys in spans:
        if _OTHER_OWNER_BEFORE.search(folded, max(0, start - 20), start) and all(table[k].kind != "eu" for k in keys):
            continue  # "Regionalny Fundusz Inwestycji Lokalnych" is not the government's one
        if _FACILITY_BEFORE.search(folded, max(0, start - 30), start):
            continue  # "Klub Senior+": a facility's name
        if not all(_phrase_read(k, text, folded, start, end) for k in keys):
            continue  # "konkurs „Działaj lokalnie – myśl globalnie” dla szkół": a slogan
        if (outer := _inner_call_of(keys, folded, end)) is not None:
            keys = (outer,)  # "Cyfrowa Gmina – Wsparcie dzieci z rodzin pegeerowskich – Granty PPGR": POPC's call
        printed = text[start:end]
        years = _YEARS_AFTER.match(folded, end)
        candidates = tuple(keys)
        if years:
            first = years.group(1) or years.group(3)
            printed = text[start : years.end()].strip()
            candidates = tuple(k for k in keys if not table[k].period or table[k].period.startswith(first))
            if not candidates:
                warnings.append(f"Programme {printed!r} is not in the programme table for those years; not read.")
                continue
        elif len(candidates) > 1 and len(alone := [k for k in candidates if k in named_alone]) == 1:
            candidates = (alone[0],)
        elif len(candidates) > 1 and (edition := _by_years_printed(candidates, folded)):
            warnings.append(f"Programme {printed!r} printed without years; read as {edition}.")
            candidates = (edition,)
        # A region's own programme ("program Odnowy Wsi") only where the text names the region.
        candidates = tuple(
            k
            for k in candidates
            if table[k].kind == "eu" or not table[k].voivodeship or names_region(folded, table[k].voivodeship)
        )
        if not candidates:
            continue
        found.append(ProgrammeMention(start, candidates, printed))
    return found


_YEAR = re.compile(r"\b(20[0-3]\d)(?!\d)")  # "2017r." too: a year glued to its "r."


def _by_years_printed(candidates: tuple[str, ...], folded: str) -> str | None:
    """One programme's editions (PROW 2007-2013 / 2014-2020) printed without years: the one the text's
    years fall in, else the latest; candidates of different regions or kinds are left as they are."""
    table = programmes()
    rows = [table[k] for k in candidates]
    if len({(r.voivodeship, r.kind) for r in rows}) != 1 or not all(r.period for r in rows):
        return None
    years = [int(y) for y in _YEAR.findall(folded)]

    def score(row: Programme) -> tuple[int, str]:
        first, last = (int(y) for y in row.period.split("-"))
        return sum(first <= y <= last + 3 for y in years), row.period

    return max(rows, key=score).name


def resolve_programme(
    mentions: list[ProgrammeMention], derived: set[str], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(EU programme, ministry programme) from the mentions, the table-derived set breaking ties."""
    table = programmes()
    eu: list[ProgrammeMention] = []
    other: list[ProgrammeMention] = []
    for m in mentions:  # (one pass: "m not in eu" compared whole mentions, quadratic in their number)
        (eu if any(table[c].kind == "eu" for c in m.candidates) else other).append(m)
    certain = [m.candidates[0] for m in eu if len(m.candidates) == 1]
    certain_set = set(certain)
    explicit: list[str] = list(dict.fromkeys(certain))
    for mention in eu:
        if len(mention.candidates) == 1:
            continue
        known = [c for c in mention.candidates if c in certain_set or c in derived]
        if len(known) == 1:
            explicit.append(known[0])
        elif not certain:
            warnings.append(f"Programme {mention.printed!r} is ambiguous ({'; '.join(mention.candidates)}); not read.")
    explicit = list(dict.fromkeys(explicit))

    chosen: str | None = None
    if explicit:
        chosen = next((p for p in explicit if p in derived), explicit[0])
        if len(explicit) > 1:
            warnings.append(f"Several programmes named ({'; '.join(explicit)}); kept {chosen}.")
        if derived and chosen not in derived:
            warnings.append(
                f"The axis / measure names point to {'; '.join(sorted(derived))}, "
                f"but the text names {chosen}; kept {chosen}."
            )
    elif len(derived) == 1:
        chosen = next(iter(derived))
    elif len(derived) > 1:
        warnings.append(f"The axis / measure names fit several programmes ({'; '.join(sorted(derived))}); not read.")

    named = [m.candidates[0] for m in other if len(m.candidates) == 1]
    specific = [p for p in named if not _umbrella(p)]  # "RFPŁ: Program Inwestycji Strategicznych" -> the latter
    ministry = next(iter(specific or named), None)
    return chosen, ministry


# "ze środków KPO", "z funduszy KPO i FERS": an EU programme named as where the money comes from.
# ("z KPO (bez VAT) 1 147 584 zł" under a Maluch+ task: the bare "z" names the source too)
_MONEY_SOURCE_BEFORE = re.compile(r"\b(?:z|ze)\s+(?:(?:srodkow|funduszy|funduszu|pieniedzy)\s+)?(?:\S+\s+i\s+)?\Z")


def eu_money_of(programme: str, ministry: str, mentions: list[ProgrammeMention], folded: str) -> bool:
    """Whether the EU programme is only the source of a national programme's money: the national one is named
    first, and the EU one only after "ze środków" / "z funduszy"."""
    eu = [m.start for m in mentions if programme in m.candidates]
    national = [m.start for m in mentions if ministry in m.candidates]
    if not eu or not national or min(national) > min(eu):
        return False
    return all(_MONEY_SOURCE_BEFORE.search(folded, max(0, at - 40), at) for at in eu)


# "w ramach programu „Moje miejsce na Ziemi”", "konkursu grantowego „Świetlice wiejskie 2022”": a programme the
# table does not know, named in quotes after a word for a programme or a grant competition; read as printed,
# its edition or years dropped.  A bare "konkurs" only with money in its sentence (a contest is no programme).
_QUOTED_PROGRAMME = re.compile(
    # a region's "Instrument Wsparcia „…”" names a programme too
    r"(?=[pPkKgGiI])(?<!\w)(?<!(?i:projekt)\s)(?<!(?i:projektu)\s)(?P<word>(?i:program|konkurs|grantow|instrument)\w*)"
    r"(?:\s+(?i:pn\.|pt\.|p\.n\.|pod\s+nazw\w+|grantow\w*|rządow\w*|wieloletni\w*|resortow\w*|dotacyjn\w*"
    # the programme's owner between, its name's "i"/"oraz" and commas too: "programu Ministerstwa Rodziny, Pracy
    # i Polityki Społecznej „Aktywne place zabaw”"
    r"|konkurs\w*|program\w*|ministra|fundacji|i|oraz|[A-ZŁŚŻŹĆŃÓ][\w-]*,?)){0,7}"
    # a closing quote may open the name too: "w konkursie ” Rosnąca Odporność”"
    r"\s*(?:[„\"“«”]|,,)(?P<name>[^„”\"“«»\n]{3,80})[”\"“»]"
)
_EDITION_AFTER = re.compile(
    r"(?:\s*[-–—,]?\s*(?i:edycj\w*|na\s+lata|w\s+latach|w\s+roku|rok)?\s*(?:19|20)\d{2}(?:\s*[-/–]\s*(?:19|20)?\d{2})?"
    r"(?:\s*(?i:r\.|rok\w*))?|\s*[-–—,]?\s*(?i:edycj\w*)\s+[IVX\d]+)\s*$"
)
_MONEY_NEAR = re.compile(r"(?i:dofinansow|dotacj|grant|środk|dofinasow|wsparci|zł|pln)")


_OPENING_QUOTES = ("„", '"', ",,", "“", "«", "”")  # those _QUOTED_PROGRAMME opens a name with
_PROGRAMME_WORDS = ("program", "konkurs", "grantow", "instrument")  # what every _QUOTED_PROGRAMME match begins with


def quoted_programme(text: str) -> str | None:
    """The quoted name of a programme the table does not know, as printed."""
    if not any(mark in text for mark in _OPENING_QUOTES):
        return None
    lowered = lower_text(text)
    if not any(word in lowered for word in _PROGRAMME_WORDS):
        return None
    for m in matches_from(_QUOTED_PROGRAMME, text, text_cues(text), _PROGRAMME_WORDS):  # only where a word is
        word = m.group("word").lower()
        if word.startswith("konkurs") and "grantow" not in m.group(0).lower():
            # its sentence, read at most 300 characters either side (a text with no full stop is one sentence)
            low = max(0, m.start() - 300)
            sentence_start = max(text.rfind(".", low, m.start()), text.rfind("\n", low, m.start()), low - 1) + 1
            sentence_end = text.find(".", m.end(), m.end() + 300)
            if not _MONEY_NEAR.search(text, sentence_start, sentence_end if sentence_end >= 0 else m.end() + 300):
                continue
        name = _EDITION_AFTER.sub("", m.group("name")).strip(" –-,")
        if len(name) >= 3 and any(c.isalpha() for c in name):
            return _table_name(name)
    for m in _QUOTED_THEN_PROGRAMME.finditer(text):  # "„X” to pierwszy program strategiczny"
        name = _EDITION_AFTER.sub("", m.group("name")).strip(" –-,")
        if len(name) >= 3 and any(c.isalpha() for c in name):
            return _table_name(name)
    return None


# A quoted name that a copula then calls a programme: "„Potrafię, decyduję, działam” to pierwszy program
# strategiczny", "„Kobiety Gospodarne i Wyjątkowe” – tak nazywa się rządowy program", "„X” jest programem …".
_QUOTED_THEN_PROGRAMME = re.compile(
    r"(?:[„\"“«]|,,)(?P<name>[^„”\"“«»\n]{3,80})[”\"“»][ \t\u00a0]*(?:[-–—,][ \t\u00a0]*)?"
    r"(?:to|jest|był[aoy]?|czyli|(?:tak[ \t\u00a0]+)?nazywa[ \t\u00a0]+się)[ \t\u00a0]+"
    r"(?:[a-ząćęłńóśźż]+[ \t\u00a0]+){0,2}?(?i:program)"
)


# "Działania 1. … Programu Kultura, który finansują …": a table programme's canonical name printed unquoted after
# the word "program", capitalised, its words up to the first lower-case one (not a dashed sub-name after it).
# (the "P" first, its look-behind after it, here and in _OPEN_CALL: the regex engine skips to that letter at C speed)
_NAMED_PROGRAMME = re.compile(
    r"[Pp](?<!\w[Pp])rogram\w*\s+(?P<name>[A-ZŁŚŻŹĆŃÓ][\w+-]*(?:\s+[A-ZŁŚŻŹĆŃÓ][\w+-]*){0,5})"
    r"(?![\w+-]|\s*[-–—]\s*[A-ZŁŚŻŹĆŃÓ]|\s+[„\"“])"
)


def named_programme(text: str) -> str | None:
    """The first table programme named unquoted after "program" whose name the aliases do not cover."""
    if "rogram" not in text:
        return None
    folded_text = ""
    for m in _NAMED_PROGRAMME.finditer(text):
        folded = norm_name(m.group("name"))
        found = _canonical_names().get(f"program {folded}") or _canonical_names().get(folded)
        region = programmes()[found].voivodeship if found else ""
        if region and not folded_text:
            folded_text = fold(text)  # once, and only for a region's own programme
        if found is not None and (not region or names_region(folded_text, region)):
            return found  # a region's own programme only where the text names the region, as for an alias
    return None


def _table_name(name: str) -> str:
    """A quoted name that is a table programme's canonical name, with or without its "Program" ("programu
    „Kultura”" -> "Program Kultura"), as the table writes it; any other name as printed."""
    folded = norm_name(name)
    return _canonical_names().get(folded) or _canonical_names().get(f"program {folded}") or name


@cache
def _canonical_names() -> dict[str, str]:
    return {norm_name(key): key for key in programmes()}


def _umbrella(programme: str) -> bool:
    """A fund or budget line that several programmes draw on (RFPŁ, RFIL, a state-budget task)."""
    return programmes()[programme].kind == "budget" or programme in funder_names()


def implied_payer(entry: Programme, folded: str) -> str | None:
    """The payer a programme's row implies: where the paying body changed, the one of the years the text prints."""
    if entry.funder_years:
        years = [int(y) for y in _YEAR.findall(folded)]
        counts = [(sum(first <= y <= last for y in years), funder) for first, last, funder in entry.funder_years]
        count, funder = max(counts, key=lambda c: c[0])
        if count:
            return funder
    return entry.funder or None
