"""Funding sources: EU fund, operational programme, priority axis, measure, non-EU funder.

A cascade from the most to the least reliable reading, each step table-driven:

1. the EU fund as printed ("Europejskiego Funduszu Społecznego", "EFS+", …);
2. the programme as printed, from the aliases in ``data/programmes.csv`` (full names in any
   grammatical case, case-sensitive abbreviations, the years printed after them);
3. the priority axis and measure numbers as printed ("Osi priorytetowej II.", "Poddziałanie 9.2.1");
4. the programme derived from ``data/programme_measures.csv`` when the text names an axis or a
   measure together with its *name* (a number alone never identifies a programme);
5. the fund derived from the tables when the text names none;
6. a ministry / state payer from ``data/funders.csv``, normalised to its current name, and a
   ministry programme ("Maluch+", "Senior+", …) when no EU programme was found.

Disagreements never raise: the explicit reading wins and a warning says what disagreed.
Axes and measures are read in `extract.funding_measures`, the tables loaded in `extract.funding_tables`.

>>> found, _ = find_funding("RPO WO 2014-2020, oś priorytetowa VIII – Integracja społeczna")
>>> found.programme, found.priority_axis, found.fund
('RPO WO 2014-2020', 'VIII', 'EFS')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import cast, get_args

from extract.funding_aliases import fold, norm_name
from extract.funding_measures import (
    CODE_VOIVODESHIPS,
    Numbered,
    axis_number,
    coded_measures,
    find_axes,
    find_measures,
    measure_axis,
    pick_axis,
    pick_measure,
    programmes_from_names,
)
from extract.funding_tables import Programme, funder_aliases, measures, programme_aliases, programmes, read_csv
from extract.local_offices import bare_offices, office_unit, offices, powiat_regions
from extract.lowered import lowered as lower_text
from extract.lowered import occurrences
from extract.model import Fund
from extract.org_cases import nominative
from extract.org_names import org_like, org_run
from extract.personal_data import GIVEN_NAMES
from extract.regex_starts import led
from extract.unit_payers import unit_payer

__all__ = ["FundingMention", "find_funding", "measures", "programmes"]


def as_fund(name: str | None) -> Fund | None:
    """A fund name from the text or the tables as the model's Fund; a name the model does not know is a bug."""
    if name is None:
        return None
    if name not in get_args(Fund):
        raise ValueError(f"{name!r} is not one of the model's funds {get_args(Fund)}")
    return cast(Fund, name)


@dataclass(frozen=True, slots=True)
class FundingMention:
    fund: Fund | None = None  # one of model.Fund
    programme: str | None = None  # canonical, e.g. "RPO WO 2014-2020"
    priority_axis: str | None = None  # as printed, e.g. "VIII", "II"
    measure: str | None = None  # e.g. "8.1", "9.2.1"
    funder: str | None = None  # normalised ministry / payer name
    funder_text: str | None = None  # the payer's name as the page wrote it


# --------------------------------------------------------------------------- EU funds

# Each EU fund name, from its "fundusz" on; all but the Cohesion Fund follow "europejski".
_FUND_PATTERNS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("EFS+", True, re.compile(r"fundusz\w*\s+spoleczn\w*\s*(?:\+|plus\b)")),
    (
        "EFRROW",
        True,
        re.compile(r"fundusz\w*\s+roln\w*\s+na\s+rzecz\s+rozwoju\s+obszarow\s+wiejskich"),
    ),
    ("EFRR", True, re.compile(r"fundusz\w*\s+rozwoju\s+regionaln\w*")),
    ("EFS", True, re.compile(r"fundusz\w*\s+spoleczn\w*")),
    ("FS", False, re.compile(r"fundusz\w*\s+spojnosci\b")),
)
_EUROPEAN_BEFORE = re.compile(r"\beuropejsk\w*\s+$")
_FUND_ABBREVIATIONS = re.compile(r"\b(EFS\s?\+|EFS\s+Plus\b|EFRROW|EFRR|EFS)(?![\w+])")
_FUND_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:fundusz|źródło\s+finansowania|zrodlo\s+finansowania)\s*:\s*$", re.I)


def _find_funds(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """(position, fund, labelled) for every EU fund named, in order."""
    found: list[tuple[int, str, bool]] = []
    at = folded.find("fundusz")
    while at >= 0:
        european = _EUROPEAN_BEFORE.search(folded, max(0, at - 30), at)
        for fund, needs_european, pattern in _FUND_PATTERNS:
            if needs_european and european is None:
                continue
            if pattern.match(folded, at):
                start = european.start() if european and needs_european else at
                labelled = bool(_FUND_LABEL.search(text[max(0, start - 40) : start]))
                found.append((start, fund, labelled))
                break
        at = folded.find("fundusz", at + 1)
    for match in _FUND_ABBREVIATIONS.finditer(text) if "EF" in text else ():
        if match.start() and text[match.start() - 1] == "-":
            continue
        raw = match.group(1)
        fund = "EFS+" if raw.startswith("EFS") and raw != "EFS" else raw
        found.append((match.start(), fund, False))
    found.sort()
    return found


# --------------------------------------------------------------------------- programmes

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


@dataclass(frozen=True, slots=True)
class _ProgrammeMention:
    start: int
    candidates: tuple[str, ...]
    printed: str


# (start, end, table keys) of every alias match: each table is scanned once per text.
_Spans = list[tuple[int, int, tuple[str, ...]]]


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


def _find_programmes(text: str, folded: str, spans: _Spans, warnings: list[str]) -> list[_ProgrammeMention]:
    """The programmes named in `spans` (the programme table's alias matches), with the years printed after them."""
    table = programmes()
    found: list[_ProgrammeMention] = []
    # the programmes some mention names alone: an edition named elsewhere in full ("w ramach Programu Interreg V-A
    # Republika Czeska – Polska") settles a mention every edition answers to ("Fundusz Mikroprojektów w Euroregionie X")
    named_alone = {keys[0] for _, _, keys in spans if len(keys) == 1}
    for start, end, keys in spans:
        if _OTHER_OWNER_BEFORE.search(folded, max(0, start - 20), start) and all(table[k].kind != "eu" for k in keys):
            continue  # "Regionalny Fundusz Inwestycji Lokalnych" is not the government's one
        if _FACILITY_BEFORE.search(folded, max(0, start - 30), start):
            continue  # "Klub Senior+": a facility's name
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
            if table[k].kind == "eu" or not table[k].voivodeship or _names_region(folded, table[k].voivodeship)
        )
        if not candidates:
            continue
        found.append(_ProgrammeMention(start, candidates, printed))
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


def _names_region(folded: str, voivodeship: str) -> bool:
    """Whether the text names the region ("dolnośląskie" -> "Dolnośląskiego", "Dolny Śląsk"), also by its own name
    ("Mazowsze dla seniorów" names mazowieckie)."""
    stem = fold(voivodeship)[:-3]  # "dolnoslask", "kujawsko-pomorsk"
    if re.search(stem.replace("-", r"\s*-?\s*"), folded) is not None:
        return True
    return any(region == voivodeship and pattern.search(folded) for pattern, region in _REGION_NOUNS)


def _resolve_programme(
    mentions: list[_ProgrammeMention], derived: set[str], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(EU programme, ministry programme) from the mentions, the table-derived set breaking ties."""
    table = programmes()
    eu: list[_ProgrammeMention] = []
    other: list[_ProgrammeMention] = []
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


def _eu_money_of(programme: str, ministry: str, mentions: list[_ProgrammeMention], folded: str) -> bool:
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


def _quoted_programme(text: str) -> str | None:
    """The quoted name of a programme the table does not know, as printed."""
    if not any(mark in text for mark in _OPENING_QUOTES):
        return None
    lowered = lower_text(text)
    if not any(word in lowered for word in ("program", "konkurs", "grantow", "instrument")):
        return None
    for m in _QUOTED_PROGRAMME.finditer(text):
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


def _named_programme(text: str) -> str | None:
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
        if found is not None and (not region or _names_region(folded_text, region)):
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
    return programmes()[programme].kind == "budget" or programme in _funder_names()


@cache
def _funder_names() -> frozenset[str]:
    return frozenset(row["funder"] for row in read_csv("funders.csv"))


# --------------------------------------------------------------------------- funders

_FUNDING_CONTEXT = re.compile(
    r"(?:dofinansow|wspolfinansow|sfinansow|finansow|dotacj|srodk|budzet|grant|przyzna|otrzyma|pozyska|pozyczk"
    r"|program|wsparci|subwencj|dzieki|fundator|platnik)"
)
# A payer's own verb right after its name ("Wojewoda Łódzki przyznał", "Zarząd … dołożył"); a verb of
# speech followed by "że" ("MFiPR przekazało w czwartek, że …") is not one.
_PAYER_VERBS = (
    r"(?:przyzna(?!n|wan)|przekazal|przekaze|dofinansowal|dofinansuje|sfinansowal|sfinansuje|finansuje|ufundowal"
    # any tense: "Samorząd Województwa X przeznaczy 19 mln zł", "Wojewoda udzieli dotacji"; not the impersonal
    # passive ("…; dotacje przyznano", "przeznaczono"): the name before it is not its subject
    r"|przeznacz(?!on|an)|udziel(?!on|an)|wreczyl|rozdziel(?!on|an)|zatwierdzil|zdecydowal|podniosl|zwiekszyl|dolozyl|pokryje|pokryl"
    r"|daje|dal|daly|dala|wspiera|wesprze|rozpatrzyl|rozstrzygnal|rozstrzygnie|zawarl|zawarly|zawarli|oplaca"
    # releasing money: "Minister Finansów uruchomił rezerwę celową budżetu państwa" (not "uruchomił infolinię")
    r"|uruchomil(?=\w*\s+(?:\S+\s+){0,2}?(?:rezerw|srodk|pieniadz|pieniedz|dotacj|fundusz))"
    r"|postanowil\w*\s+przekazac|zdecydowal\w*\s+(?:sie\s+)?przekazac"  # "Zarząd postanowił przekazać 2 mln zł"
    # setting a sum aside: "Agencja X przygotowała na ten cel 40 mln zł" (a sum within six words: not "przygotował
    # regulamin")
    r"|(?:przygotowal|zarezerwowal|wyasygnowal)(?=\w*\s+(?:\S+\s+){0,6}?\d[\d\s.,]*(?:tys|mln|mld|zl)))\w*\b"
)
# What a verb of handing over hands that is no money: "Wojewoda przekazał informację / podziękowania".
_NO_MONEY_WORDS = (
    r"(?:informacj|wiadomos|wiesc|podziekowan|gratulacj|zyczeni|pozdrowieni|slow|apel|komunikat|list\b|dane\b"
    r"|kompetencj|uprawnieni)"
)
_HANDED_NO_MONEY = r"\s+(?:\w+\s+){0,2}?" + _NO_MONEY_WORDS  # the verb's object, up to two words on
_NO_MONEY_HANDED = "(?!" + _HANDED_NO_MONEY + ")"
# A body whose own verb hands no money is no payer in that sentence, even one about agreements ("Minister przekazał
# wojewodom kompetencje do zawierania umów dotacji").
_HANDS_NO_MONEY = re.compile(r"^\W{0,3}\s*(?:[\w.-]+\s+){0,2}?(?:przekaz|udziel)\w*" + _HANDED_NO_MONEY)
# Adverbs of time or repetition between a payer and its verb ("Minister X znowu w tym roku przyznał", "Ministerstwo X
# już kolejny raz zwiększyło środki"): they take no part of the subject, so they do not count among its two words.
_ADVERBIALS = (
    r"(?:(?:juz|znow|znowu|ponownie|rowniez|takze|wlasnie|dzis|wczoraj|kolejny\s+raz|po\s+raz\s+\w+"
    r"|w\s+tym\s+roku|w\s+(?:19|20)\d\d\s*r(?:oku|\.)?)\s+){0,3}"
)
_FUNDER_AFTER = re.compile(
    r"^\W{0,3}\s*"
    + _ADVERBIALS
    + r"(?:[\w.-]+\s+){0,2}?"
    + _PAYER_VERBS
    + r"(?!\s+(?:[\w,]+\s+){0,2}ze\b)"
    + _NO_MONEY_HANDED
)
# Cues just before the name that make it the payer: "z/ze środków …", "od …", "przez …", "dotacja …",
# "dofinansowanie z …", "ze wsparciem …", "umowę z … / pomiędzy …", "po stronie …", "w imieniu …".
_PAYER_BEFORE = led(
    r"(?:\b(?:z|ze|od|(?:przekazan|przyznan|udzielon|finansowan|dofinansowan|sfinansowan|wspolfinansowan|ufundowan|wyplacan|ogloszon)\w*\s+przez)\s+(?:(?:srodkow|budzetu|pieniedzy|funduszu|dotacji|grantu|programu)\s+)?"
    r"(?:skarbu\s+panstwa\s*-\s*|(?:panstwow\w*\s+)?fundusz\w*\s+celow\w*\s*(?:-\s*|:\s*|pn\.\s*|pod\s+nazwa\s+)?)?"
    # "o środki budżetu Województwa Łódzkiego": the budget's owner pays
    r"|\b(?:dotacj\w*|grant\w*|dofinansowani\w*|wsparci\w*|srodk\w*|promes\w*)\s+(?:celow\w*\s+)?(?:(?:z|ze|od)\s+)?"
    r"(?:budzetu\s+)?"
    r"|\b(?:trafi\w*|przekazan\w*|przekazyw\w*|wyplacan\w*)\s+(?:\S+\s+){0,4}?za\s+posrednictwem\s+"
    r"|\bumow\w*\s+(?:\S+\s+){0,3}?(?:z|ze)\s+|\bpomiedzy\s+|\bpo\s+stronie\s+|\bw\s+imieniu\s+"
    # the State Treasury as a party and the body acting for it: "pomiędzy Skarbem Państwa – Wojewodą X a Gminą Y",
    # "Skarb Państwa, za który działa Centrum Projektów Polska Cyfrowa", "w imieniu którego występował Minister X"
    r"|\bskarb\w*\s+panstwa\s*(?:-\s*|,\s*(?:za\s+ktory\s+dziala\w*|w\s+imieniu\s+ktorego\s+(?:\S+\s+)?"
    r"(?:dziala|wystepow|wystepuj)\w*|reprezentowan\w*\s+przez)\s+)"
    # a promise or cheque handed over by the payer's officer: "z rąk wiceministra MSWiA", "z rąk Wojewody X"
    r"|\bz\s+rak\s+(?:\S+\s+){0,3}?"
    r"|\b(?:zdecydowal\w*(?:\s+o\s+tym)?|wystawia|przyznaje|przyznal\w*|udziela|udzielil\w*|oplaca"
    # the payer after its verb: "Program finansuje Fundusz Solidarnościowy"
    r"|finansuje|sfinansuje|sfinansowal\w*|dofinansowuje|dofinansuje|dofinansowal\w*"
    # "Pieniądze na program daje Fundusz X", "środki wykłada Ministerstwo Y"
    r"|daje|daja|wyklada|wykladaja|dal|dala|dalo|daly|dali"  # "pieniądze na niego dała Fundacja X"
    # "współfinansują go Ministerstwo X oraz Urząd Y": the first co-payer named
    r"|wspolfinansuj\w*|wspolfinansowal\w*)\s+(?:\S+\s+){0,3}?"
    # "Program finansuje państwowy fundusz celowy pn. Fundusz Solidarnościowy": the fund is named after its kind
    r"(?:(?:panstwow\w*\s+)?fundusz\w*\s+celow\w*\s*(?:-\s*|pn\.\s*|pod\s+nazwa\s+))?"
    # "Umowa nr 12/2023 – zawarta przez Wojewodę X, …, i Gminę Y – przyznaje dotację": the first party pays
    # (the agreement's number and date may hold dots: "umowa nr WPS-I.946.1.157.2023 z dnia 15.06.2023 r., zawarta
    # przez Wojewodę X", "umowy, którą 29.05.2024 r. zawarli Wojewoda X i Wójt Gminy Y")
    r"|\bumow\w*[^\n]{0,120}?(?:podpisal\w*(?:\s+sie)?|zawart\w*\s+przez|zawarl\w*)\s+"
    # "Środki na program „Senior+” przekazał Wojewoda X", "Pieniądze … zapewnia Fundusz Y": the money first, then
    # the verb, then its payer (not "Jak przekazał zespół wojewody", a verb of speech)
    # ("120 tys. zł przekazał wojewoda X": the sum itself before the verb)
    # ("Promesy na usuwanie skutków klęsk wręczyli wicewojewodowie X": a grant's promise or cheque handed by its giver)
    r"|\b(?:(?:srodk|pieniadz|pieniedz|dotacj|dofinansowan|kwot|promes|czek)\w*|zl|zlotych)\s+(?:\S+\s+){0,6}?"
    r"(?:przekazal\w*|przekazuje|przekaze|wyplacil\w*|wyplaca|zapewnia|zapewnil\w*|zapewni|wreczyl\w*"
    r"|wrecza)\s+(?:\S+\s+){0,3}?"
    # the owner of a call for grants: "konkurs Zarządu Województwa …"
    r"|\bkonkurs\w*\s+)$"
)
# The verb of signing before the party and the agreement after it ("zawarła z Województwem Lubelskim umowę na
# operację", "podpisało z Zarządem Województwa Pomorskiego umowę"), the word order "umowę z X" has reversed.
_SIGNED_WITH_BEFORE = re.compile(r"\b(?:zawar|podpis)\w*\s+(?:(?!ze?\s)\S+\s+){0,2}?(?:z|ze)\s+\Z")
_AGREEMENT_AFTER = re.compile(r"[^.\n]{0,40}?\bumow")
_SIGNS_AFTER = re.compile(r"\W{0,3}\s*(?:[\w.-]+\s+){0,2}?(?:podpisal|zawarl)\w*\b")
_AND_NEXT = re.compile(r"\s*(?:i|oraz)\s+")
_PLURAL_VERB = re.compile(r"\w(?:li|ły|ą)\b")  # "przyznali", "przyznały", "przeznaczą", "chcą"
# A name after a place word is where something happened, not who paid ("w siedzibie Urzędu …").
_PLACE_BEFORE = re.compile(r"\b(?:w|we|do|na)\s+(?:siedzib|biur|delegatur|oddzial|sal|stron)\w*\s+(?:\S+\s+){0,2}$")
# ... unless its officer hands the money over there: "odebrali w siedzibie Ministerstwa X, z rąk Sekretarza Stanu …".
_HANDED_AT_SEAT = re.compile(r"\s*,?\s*z\s+rak\s")
# ... nor one the work is done with ("kupiony w porozumieniu z Wojewodą"), nor the author of a law or an order
# ("w rozumieniu rozporządzenia Ministra …").
_WITH_OR_LAW_BEFORE = re.compile(
    r"\b(?:(?:w\s+)?(?:porozumieniu|wspolpracy|uzgodnieniu|partnerstwie)\s+z|wspolnie\s+z|razem\s+z"
    r"|wplat\w*\s+(?:z|ze)"  # "Fundusz zasilają wpłaty z NFOŚiGW": what feeds a fund, not a project's payer
    r"|(?:rozporzadzeni|obwieszczeni|ustaw)\w*)\s+$"
)
# A bare "z/ze" after a word that is no money nor a verb of paying: a body's origin ("gminy z województwa X").
_ORIGIN_BEFORE = re.compile(
    r"(?<!\w)(?!(?:dotacj|dofinansow|srodk|pieniadz|pieniedz|wsparci|grant|pomoc|budzet|kwot|zl|finansow"
    r"|sfinansow|wspolfinansow|oplac|pokry|pochodz|pozyska|otrzyma|uzyska|dosta)\w*)[a-z]\w*\s+(?:z|ze)\s+\Z"
)
# "pochodzi z województwa X" with no money before the verb: where a body comes from ("6 z nich pochodzi z województwa
# lubelskiego"), not where money does ("Środki pochodzą z …" has its money word, "z budżetu województwa" its budget)
_COMES_FROM = re.compile(
    r"(?:(?!srodk|pieniadz|pieniedz|dotacj|dofinansow|kwot|zl\b|zlotych|grant|wsparci).)*\bpochodz\w*\s+z\s+\Z"
)


def _comes_from(before: str) -> bool:
    """Whether `before` ends with "pochodzi z" whose own clause (after the last comma) names no money."""
    return _COMES_FROM.match(before, max(before.rfind(","), before.rfind(";")) + 1) is not None


# The implementer's cue right before a body: it carries the project out, which says nothing of who pays
# (tests/realtext/README.md: `implementer`).
_RUNS_BEFORE = re.compile(r"\b(?:realizuj\w*|realizowan\w*\s+przez|koordynuj\w*|koordynowan\w*\s+przez)\s+\Z")
# A person, by name (a known given name first: `_source_from`) or post, or a message before the "z/ze" of a body:
# "Jan Nowak z Urzędu …", "przedstawiciele z Urzędu …", "Informacja ze Świętokrzyskiego Urzędu Wojewódzkiego" (on
# the printed text: a first name and a surname are capitalised): where they work or it comes from, not who pays.
_SOURCE_FROM = re.compile(
    r"(?:(?<![\w-])(?!(?:Gmin|Powiat|Miast|Wojew|Urz|Stowarzysz|Fundacj|Zarz|Rad|Ministerst|Program|Fundusz|Projekt)\w*)"
    r"(?P<person>[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+\s+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+(?:-[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+)?)"
    r"|(?i:\b(?:dyrektor|wicedyrektor|kierownik|naczelnik|pracowni|przedstawiciel|rzecznik|specjalist|inspektor"
    r"|urzędni|ekspert|delegacj|gość|gości|informacj|komunikat|wiadomoś|pism)\w*"
    r"(?:\s+[a-ząćęłńóśźż]+){0,2}))\s+(?:z|ze)\s+\Z"  # (a post may take two words: "dyrektor departamentu z")
)


def _source_from(text: str, start: int) -> bool:
    """Whether the body at `start` follows a person or a message and its "z/ze" (`_SOURCE_FROM`); two capitalised
    words after a third are the end of a longer name ("Stowarzyszenie Nowa Wieś z …"), unless it is a post
    ("Dyrektor Jan Nowak z …")."""
    if not _z_before(text, start):
        return False  # the pattern ends with "z/ze" right before the body: most bodies have none
    match = _SOURCE_FROM.search(text, max(0, start - _SOURCE_REACH), start)
    if match is None:
        return False
    if match.group("person"):
        if fold(match.group("person").split()[0]) not in GIVEN_NAMES:
            return False  # "Dom Kultury z Ministerstwa …": two capitalised words of a name, no person's
        before = text[max(0, match.start() - 40) : match.start()].split()
        return not (before and before[-1][:1].isupper()) or bool(_POST.fullmatch(before[-1]))
    return True


_SOURCE_REACH = 60  # characters before a body `_SOURCE_FROM` is tried on


def _z_before(text: str, start: int) -> bool:
    """Whether the last word of the reach before `start` is "z" or "ze", as `_SOURCE_FROM` needs (case-sensitive)."""
    return text[max(0, start - _SOURCE_REACH) : start].split()[-1:] in (["z"], ["ze"])


_POST = re.compile(r"(?i:dyrektor|wicedyrektor|kierownik|naczelnik|prezes|wiceprezes|rzecznik|inspektor|pan|pani)\w*")


# A programme's operator runs the calls; the money is another body's ("Programu „Kultura”, którego Operatorem jest
# Ministerstwo X"; "Fundacja X jako operator programu").
_OPERATOR_BEFORE = re.compile(r"\boperator\w*\s+(?:\w+\s+){0,2}?(?:jest\s+|byl\w*\s+|zostal\w*\s+)?\Z")
_OPERATOR_AFTER = re.compile(r"\s*,?\s*(?:jako|-)\s+operator")
# An agreement sentence: its funding party is the payer when no stronger cue names one.
_AGREEMENT = re.compile(r"\bumow\w*\s+(?:\w+\s+){0,2}?(?:o\s+|na\s+)?(?:dofinansowani|dotacj|udzieleni|przyznani)")

# A voivodeship named bare ("Województwo X", "woj. X"): a payer only by an explicit cue, never by origin ("z woj. X")
_VOIVODESHIP_WORDS = ("wojewodztw", "woj.")
_GENERIC_VOIVODE = "Wojewoda"
_GENERIC_MARSHAL = "Urząd Marszałkowski"


@dataclass(frozen=True, slots=True)
class _Payer:
    start: int
    funder: str  # canonical (or one of the generic names above)
    printed: str
    tier: int  # 1 an explicit payer cue, 2 the funding party of an agreement, 3 a body in a funding context


def _find_payers(text: str, folded: str, programme_spans: _Spans, funder_spans: _Spans) -> list[_Payer]:
    """Every funders.csv body the text names as, or near, a payer, with how sure the reading is."""
    found: list[_Payer] = []
    names = [(a, b) for a, b, _ in programme_spans]
    starts = sorted(a for a, _, _ in funder_spans)  # (sorted: the next body after a name is a bisection away)
    ends = {a: b for a, b, _ in funder_spans}
    for start, end, keys in funder_spans:
        if any(a <= start < b for a, b in names):
            continue  # "Regionalnego Programu Operacyjnego Województwa Śląskiego" names a programme, not a payer
        line_start = folded.rfind("\n", 0, start)
        if line_start > 0 and not folded[line_start + 1 : start].strip() and folded[line_start - 1] != "\n":
            # a cue line wrapped right before the name ("DOFINANSOWANO ZE ŚRODKÓW\nPAŃSTWOWEGO FUNDUSZU …"): one break
            # inside a phrase, not a paragraph's
            line_start = folded.rfind("\n", 0, line_start)
        sentence_start = max(0, _sentence_end_before(text, folded, start), line_start, start - 160)
        newline = folded.find("\n", end)
        paragraph_end = min(end + 400, newline if newline >= 0 else len(folded))
        before = folded[sentence_start:start]
        handed = _HANDED_AT_SEAT.match(folded, end)  # "w siedzibie Ministerstwa X, z rąk Sekretarza Stanu"
        if (_PLACE_BEFORE.search(before[-60:]) and not handed) or _WITH_OR_LAW_BEFORE.search(before[-40:]):
            continue
        if _OPERATOR_BEFORE.search(before[-40:]) or _OPERATOR_AFTER.match(folded, end):
            continue  # "którego Operatorem jest Ministerstwo X", "Związek X jako operator programu": it runs, not pays
        after = _FUNDER_AFTER.match(folded[end : end + 80])
        if after and (nearest := bisect_right(starts, end)) < len(starts) and starts[nearest] < end + after.end():
            after = None  # "w dyspozycji Województwa X Wojewoda X rozdzielił": the verb is the next body's
        if after is None and (joined := _AND_NEXT.match(folded, end)) and joined.end() in ends:
            # "Fundusz X i Fundusz Y przeznaczą": subjects joined by "i"/"oraz" share the plural verb after the last
            # (not "NFOŚiGW i Wojewoda X przyznał": the singular verb is the last body's alone)
            last = ends[joined.end()]
            shared = _FUNDER_AFTER.match(folded[last : last + 80])
            after = shared if shared and _PLURAL_VERB.search(text, last, last + shared.end()) else None
        if after is None and (signs := _SIGNS_AFTER.match(folded, end, end + 60)):
            # "Stosowną umowę Wojewoda Pomorski już podpisał": a body signing a grant's agreement signs as its payer
            begin, stop = _sentence_span(folded, start, signs.end(), reach=_SENTENCE_REACH)
            if "umow" in folded[begin:stop] and not _WORKS_CONTRACT.search(folded, begin, stop):
                after = signs
        cue = _PAYER_BEFORE.search(before[-80:])
        # "LGD zawarła z Województwem X umowę": the party of an agreement signed with it pays
        signed = _SIGNED_WITH_BEFORE.search(before[-60:]) if _AGREEMENT_AFTER.match(folded, end) else None
        if (
            cue
            and not signed
            and folded.startswith(_VOIVODESHIP_WORDS, start)
            and (_ORIGIN_BEFORE.search(before[-60:]) or _comes_from(before[-60:]))
        ):
            cue = None  # "Lokalne Grupy Działania z województwa łódzkiego": where they are from, not who pays
        cue = cue or signed or _frame(keys[0], before)
        if _source_from(text, start):
            continue  # "Jan Nowak z Urzędu Marszałkowskiego powiedział": where a person works
        following = folded[end : end + 80]
        if not cue and ("przekaz" in following or "udziel" in following) and _HANDS_NO_MONEY.match(following):
            continue
        if cue or after or handed:
            tier = 1
        elif _AGREEMENT.search(folded, sentence_start, paragraph_end):
            tier = 2
        elif _FUNDING_CONTEXT.search(before) and not _RUNS_BEFORE.search(before[-40:]):
            tier = 3  # (not a body that only carries the project out: "projektu …, który realizuje Urząd X")
        else:
            continue
        funder = keys[0]
        if tier > 1 and (
            funder in (_GENERIC_VOIVODE, _GENERIC_MARSHAL) or folded.startswith(_VOIVODESHIP_WORDS, start)
        ):
            continue  # a voivode or an office without its region, or a bare "Województwo X", only as an explicit payer
        found.append(_Payer(start, funder, " ".join(text[start:end].split()), tier))
    return found


# A state fund named as the frame the money comes in ("Program, realizowany w ramach Funduszu Solidarnościowego",
# "drogi dofinansowane w ramach Funduszu Ochrony Gruntów Rolnych"): the fund is the source (tests/realtext/README.md,
# fifth round); a fund that is also a programme's name (RFIL, RFPŁ, RFRD: an umbrella of calls) is not read so.
_FRAME_BEFORE = re.compile(r"\bw\s+ramach\s+(?:(?:panstwow\w*\s+)?fundusz\w*\s+celow\w*\s*(?:-\s*|:\s*)?)?\Z")


def _frame(funder: str, before: str) -> re.Match[str] | None:
    """The "w ramach" that `before` (folded) ends with before a state fund that names no programme, if any."""
    if funder not in _state_funds() or funder in programmes():
        return None
    return _FRAME_BEFORE.search(before[-60:])


def _sentence_end_before(text: str, folded: str, start: int) -> int:
    """Where the last full stop before `start` ends a sentence (a capital after it): not "29.05.2024 r. zawarli",
    nor a name's abbreviation ("fundusz celowy pn. Fundusz Solidarnościowy")."""
    at = start
    for _ in range(20):
        at = folded.rfind(". ", max(0, start - 200), at)
        if at >= 0 and _NAMING_ABBREVIATION.search(folded, max(0, at - 12), at):
            continue
        if at < 0 or not text[at + 2 : at + 3].islower():
            return at
    return -1


_NAMING_ABBREVIATION = re.compile(r"(?<!\w)(?:pn|pt|tzw|im)\Z")


def _marshal_office(voivodeship: str) -> str:
    """ "kujawsko-pomorskie" -> "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego"."""
    genitive = "-".join(part.capitalize() for part in voivodeship.split("-"))[:-1] + "ego"
    return f"Urząd Marszałkowski Województwa {genitive}"


# A region's own name (a noun, never an adjective that also ends a town's name: "Gorzów Wielkopolski",
# "Tomaszów Mazowiecki"), folded: "program „Mazowsze dla …”", "na Podkarpaciu".
_REGION_NOUNS = (
    (re.compile(r"\bmazowsz(?:e|a|u|em)\b"), "mazowieckie"),
    (re.compile(r"\bmalopolsk(?:a|i|e|ie)\b"), "małopolskie"),
    (re.compile(r"\bpodkarpaci(?:e|a|u|em)\b"), "podkarpackie"),
    (re.compile(r"\bpodlasi(?:e|a|u|em)\b"), "podlaskie"),
    (re.compile(r"\blubelszczyzn\w*"), "lubelskie"),
    (re.compile(r"\bopolszczyzn\w*"), "opolskie"),
    (re.compile(r"\bwarmi\w*\s+i\s+mazur\w*"), "warmińsko-mazurskie"),
    (re.compile(r"\bdoln\w*\s+slask\w*|\bdolnoslazak\w*"), "dolnośląskie"),
)


# A voivodeship named by its adjective alone, as a noun ("Łódzkie znowu wspiera …", "gminy z Zachodniopomorskiego",
# "w Małopolskiem"): the neuter forms at a line's or sentence's start or after a preposition, never after another
# word ("Gorzowa Wielkopolskiego", "Koleje Mazowieckie": a name's last word), on folded text.
_REGION_ADJECTIVE = re.compile(
    r"(?:^|(?<=[.!?:] )|"
    + "|".join(
        rf"(?<=\b{word} )" for word in ("z", "ze", "w", "we", "na", "po", "dla", "cale", "calym", "calego", "i", "oraz")
    )
    + ")"
    r"(?P<stem>"
    + "|".join(sorted((fold(v)[:-2] for v in CODE_VOIVODESHIPS.values()), key=len, reverse=True))
    + r")(?:ie|iego|iem)\b",
    re.MULTILINE,
)
_REGION_BY_STEM = {fold(v)[:-2]: v for v in CODE_VOIVODESHIPS.values()}


def _named_regions(folded: str) -> set[str]:
    """The regions the text names by their own names ("Mazowsze", "Łódzkie")."""
    found = {region for pattern, region in _REGION_NOUNS if pattern.search(folded)}
    if "kie" in folded:
        found |= {_REGION_BY_STEM[m.group("stem")] for m in _REGION_ADJECTIVE.finditer(folded)}
    return found


def _named_region(folded: str) -> str:
    """The one region the text names by its own name, or "" when none or several."""
    found = _named_regions(folded)
    return found.pop() if len(found) == 1 else ""


def _regional(generic: str, mentions: list[_Payer], voivodeship: str, folded: str = "") -> str:
    """A generic voivode / marshal's office made specific by the programme's region or another mention; any other
    payer as it is.  A marshal's office whose region nothing names stays the generic office ("Urząd Marszałkowski",
    tests/realtext/README.md, funding.funder)."""
    if generic not in (_GENERIC_VOIVODE, _GENERIC_MARSHAL):
        return generic
    if generic == _GENERIC_MARSHAL and voivodeship:
        return _marshal_office(voivodeship)
    prefix = "Wojewoda " if generic == _GENERIC_VOIVODE else "Urząd Marszałkowski Województwa "
    named = [p.funder for p in mentions if p.funder.startswith(prefix)]
    if named:
        return named[0]
    if generic == _GENERIC_MARSHAL and (region := _named_region(folded)):
        return _marshal_office(region)  # "Urząd Marszałkowski dał …" on a page about "Mazowsze dla …"
    return generic


def _choose_funder(
    text: str, folded: str, programme: str | None, spans: tuple[_Spans, _Spans], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(canonical funder, as printed): an explicit payer, else the programme's own payer, else a body nearby.

    `spans` are the programme and the funder tables' alias matches in the text.
    """
    funder, printed = _choose_named_funder(text, folded, programme, spans, warnings)
    entry = programmes().get(programme) if programme else None
    at = folded.find(f"przez {fold(printed)}") if printed and entry is not None and entry.kind == "eu" else -1
    if at > 0 and _ANNOUNCED_BEFORE.search(folded, max(0, at - 30), at):
        return None, None  # "Konkurs ogłoszony przez Zarząd Województwa … w ramach RPO …": an EU call's authority
    if funder == _GENERIC_WFOS:  # the fund of a region when the text names it elsewhere
        every = _find_all_mentions(text, spans[1])
        named = [p for p in every if p.funder.startswith(_GENERIC_WFOS + " ")]
        if named:
            return named[0].funder, named[0].printed
        # ... or names its voivodeship: each region has one fund, seated in its capital ("WFOŚiGW" on a page about
        # "jednostki OSP z województwa małopolskiego" is the WFOŚiGW w Krakowie)
        region = _one_region(every, entry.voivodeship if entry else "", folded)
        if region:
            return _REGIONAL_WFOS[region], printed
    return funder, printed


_GENERIC_WFOS = "WFOŚiGW"
# Each voivodeship's fund for environmental protection and water management, by its seat (the funders.csv rows).
_REGIONAL_WFOS = {
    "dolnośląskie": "WFOŚiGW we Wrocławiu", "kujawsko-pomorskie": "WFOŚiGW w Toruniu",
    "lubelskie": "WFOŚiGW w Lublinie", "lubuskie": "WFOŚiGW w Zielonej Górze", "łódzkie": "WFOŚiGW w Łodzi",
    "małopolskie": "WFOŚiGW w Krakowie", "mazowieckie": "WFOŚiGW w Warszawie", "opolskie": "WFOŚiGW w Opolu",
    "podkarpackie": "WFOŚiGW w Rzeszowie", "podlaskie": "WFOŚiGW w Białymstoku", "pomorskie": "WFOŚiGW w Gdańsku",
    "śląskie": "WFOŚiGW w Katowicach", "świętokrzyskie": "WFOŚiGW w Kielcach",
    "warmińsko-mazurskie": "WFOŚiGW w Olsztynie", "wielkopolskie": "WFOŚiGW w Poznaniu",
    "zachodniopomorskie": "WFOŚiGW w Szczecinie",
}  # fmt: skip


def _voivode_of_region(text: str, folded: str, every: list[_Payer]) -> str:
    """A voivode printed without the region, made specific by the one voivodeship the text names, else by the one
    voivodeship of the powiats it names (a voivode funds units of his own voivodeship: "wicewojewoda podpisał umowę z
    powiatem białogardzkim" is the Wojewoda Zachodniopomorski); the generic name when they name none or several."""
    region = _one_region(every, "", folded)
    if not region:
        regions = powiat_regions(text)
        region = regions.pop() if len(regions) == 1 else ""
    if not region:
        return _GENERIC_VOIVODE
    return "Wojewoda " + "-".join(part.capitalize() for part in region.split("-"))[:-1]


def _one_region(every: list[_Payer], voivodeship: str, folded: str) -> str:
    """The one voivodeship the text names, through its marshal's office or "województwa X" (a funders.csv mention),
    its programme or its own name; "" when none or several."""
    regions = {v for v in _REGIONAL_WFOS if any(p.funder == _marshal_office(v) for p in every)}
    regions |= _named_regions(folded) | ({voivodeship} if voivodeship else set())
    return regions.pop() if len(regions) == 1 else ""


_ANNOUNCED_BEFORE = re.compile(r"\bogloszon\w*\s+\Z")


def _choose_named_funder(
    text: str, folded: str, programme: str | None, spans: tuple[_Spans, _Spans], warnings: list[str]
) -> tuple[str | None, str | None]:
    """`_choose_funder` before a generic regional fund is made specific."""
    programme_spans, funder_spans = spans
    entry = programmes().get(programme) if programme else None
    implied = _implied_payer(entry, folded) if entry else None
    voivodeship = entry.voivodeship if entry else ""
    every = _find_all_mentions(text, funder_spans)
    payers = [p for p in _find_payers(text, folded, programme_spans, funder_spans) if p.funder != programme]
    for tier in (1, 2):
        chosen = [p for p in payers if p.tier == tier]
        if not chosen:
            continue
        payer = _awarding(chosen, every, folded, implied)
        funder = _regional(payer.funder, every, voivodeship, folded)
        if funder == _GENERIC_VOIVODE:
            funder = _voivode_of_region(text, folded, every)
        distinct = list(dict.fromkeys(p.funder for p in chosen))
        if len(distinct) > 1:
            warnings.append(f"Several payers named ({'; '.join(distinct)}); kept {funder}.")
        return funder, payer.printed or None
    signer = _signing_board(folded, every, voivodeship)
    if signer is not None:
        return signer
    if implied:
        return implied, next((" ".join(p.printed.split()) for p in every if p.funder == implied), None)
    weak = [p for p in payers if p.tier == 3]
    if weak:
        return weak[0].funder, weak[0].printed
    if entry is None or entry.kind != "eu":  # an EU programme alone implies no payer
        eu_money = _EuMoney(folded)
        announcer = _call_announcer(folded, every, voivodeship, eu_money) or _application_body(
            folded, every, voivodeship, eu_money
        )
        if announcer is not None:
            return announcer
        unit = unit_payer(text)  # "otrzymał od gminy Polkowice dotację", "powiat X przeznaczył 40 tys. zł"
        if unit is not None:
            return unit, unit
        printed = _printed_payer(text, [(a, b) for a, b, _ in programme_spans])
        if printed is not None:
            return office_unit(printed) or printed, printed  # "Prezydent Miasta X ogłasza …": Miasto X pays
        granting = _granting_office(text, folded, eu_money)
        if granting is not None:
            return granting
        regional = _self_government(text, folded, every, eu_money)
        if regional is not None:
            return regional
    return None, None


_SENTENCE_REACH = 400  # characters a sentence is read on either side of its match, as `_find_payers` reads


def _sentence_begin(text: str, low: int, at: int) -> int:
    """Where the sentence holding `at` begins, looked for from `low` on: after the last ". " or line break before
    `at`, else `low` (a bounded look: a text with no full stop costs no whole-text scan)."""
    return max(text.rfind(". ", low, at) + 1, text.rfind("\n", low, at) + 1, low)


def _sentence_span(
    text: str, start: int, end: int, reach: int | None = None, *, dated: bool = False
) -> tuple[int, int]:
    """(begin, stop) of the sentence holding text[start:end]: from after the last ". " or line break before it to
    the next one after it; with `reach`, at most that many characters either side, so a text with no full stop
    costs a bounded look per match, not a whole-text scan.  `dated`: a date's "r."/"br." after the text does not
    stop it ("zmienił uchwałę z 30 marca 2015 r. o udzieleniu dotacji", `_stop_after`)."""
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), end + reach)
    begin = _sentence_begin(text, low, start)
    full_stop = _stop_after(text, end, high) if dated else text.find(". ", end, high)
    stop = min(x for x in (full_stop, text.find("\n", end, high), high) if x >= 0)
    return begin, stop


# A voivodeship's self-government named by its marshal, board, sejmik or office in any form ("dotację od marszałka",
# "umowy podpisano w Urzędzie Marszałkowskim", "konkurs samorządu województwa"), on folded text.
_SELF_GOVERNMENT = re.compile(r"\b(?:marszal|wicemarszal|sejmik|(?:samorzad|zarzad)\w*\s+wojewodztw)")
# money given, not asked for: "wniosków o dofinansowanie", "ubiegać się o dotację" name no grant
# (and the budget money is paid from: "pójdzie z budżetu samorządu województwa 80 tys. zł")
_GRANT_WORDS = re.compile(r"(?<!\bo )\b(?:dotacj|dofinansow|grant|pieniadz|pieniedz|srodk|z\s+budzetu)")


def _self_government(text: str, folded: str, every: list[_Payer], eu_money: _EuMoney) -> tuple[str, str] | None:
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
        if _source_from(text, head.start() if head else match.start()):
            continue  # "Jan Nowak z Urzędu Marszałkowskiego powiedział": where a person works
        begin, stop = _sentence_span(folded, match.start(), match.end(), reach=_SENTENCE_REACH, dated=True)
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
    region = _named_region(folded)
    office = _marshal_office(region) if region else _GENERIC_MARSHAL  # no region named: the labels' generic office
    return office, office


_MARSHAL_PREFIX = "Urząd Marszałkowski Województwa "
_OFFICE_WORD_BEFORE = re.compile(r"\burz\w*\s+\Z")  # "Urzędu " before "Marszałkowskiego"

# A marshal, vice-marshal or member of a voivodeship's board who signs or hands over an agreement signs it for the
# awarding voivodeship (tests/realtext/README.md): "Pod umową podpisali się Marszałek Województwa X …", "Umowy
# wręczyli wicemarszałek województwa X i członek zarządu …", "Zarząd Województwa reprezentował przy podpisaniu
# Wicemarszałek …".  Not the office's adjective ("w Urzędzie Marszałkowskim podpisano": a venue), on folded text.
_BOARD_MEMBER = re.compile(r"\b(?:(?:wice)?marszal(?!kowsk)\w*|zarzad\w*\s+wojewodztw\w*)")
_SIGNED = re.compile(r"\b(?:podpis|zawar|wreczy)\w*")
_WORKS_CONTRACT = re.compile(r"\b(?:wykonaw|przetarg)")


def _signing_board(folded: str, every: list[_Payer], voivodeship: str) -> tuple[str, str] | None:
    """(marshal's office, as printed) when a voivodeship's board member signs or hands over an agreement (the word
    "umowa" in that sentence or the one before it) on a page about money; None for a works contract."""
    if "umow" not in folded or ("marszal" not in folded and "zarzad" not in folded):
        return None
    for match in _BOARD_MEMBER.finditer(folded):
        begin, stop = _sentence_span(folded, match.start(), match.end(), reach=_SENTENCE_REACH)
        if not _SIGNED.search(folded, begin, stop):
            continue
        previous, _ = _sentence_span(folded, max(0, begin - 2), max(0, begin - 1), reach=_SENTENCE_REACH)
        if "umow" not in folded[previous:stop] or _WORKS_CONTRACT.search(folded, previous, stop):
            continue
        if not _FUNDING_CONTEXT.search(folded):
            return None
        office = _regional(_GENERIC_MARSHAL, every, voivodeship, folded)
        return office, office
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
_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-ZŁŚŻŹĆŃÓ\d„\"])")
# A settled call's grant, in the sentence after the organ's: "W efekcie dostaliśmy dofinansowanie w kwocie 20 000 zł".
_SETTLED_GRANT = re.compile(r"\b(?:dotacj|dofinansowa|grant)|\bpomoc\w*\s+finansow", re.I)
# The participle before an organ named as its agent ("ogłoszone przez", "przyznanej przez").
_GRANTED_BY = re.compile(r"\b(?:ogłoszon|przyznan|udzielon|rozstrzygnięt)\w*\s+\Z", re.IGNORECASE)
_FIRST_PERSON_GRANT = re.compile(r"\b(?:przyznaję|udzielam)\b\s+(?:\S+\s+){0,3}?dotacj", re.IGNORECASE)


_YEAR_MARK = re.compile(r"(?:\d\s?r|(?<!\w)br)\Z")  # "2018 r.", "29 maja br." (bieżącego roku)
_RESULTS_BEFORE = re.compile(r"\bwynik\w*\s+(?:\w+\s+){0,2}?pod(?:aje|ał[aoy]?)\s+\Z", re.IGNORECASE)
_RESOLVES = re.compile(r"[^.\n]{0,200}?\bpostanawia\s*:", re.IGNORECASE)


def _stop_after(text: str, end: int, high: int) -> int:
    """Where the sentence after `end` stops before `high`: the next ". " that closes no date's "r." ("14 marca
    2018 r. ogłosił"); -1 when none does."""
    stop = text.find(". ", end, high)
    while stop >= 0 and _YEAR_MARK.search(text, max(0, stop - 4), stop):
        stop = text.find(". ", stop + 1, high)
    return stop


def _calls_for_grants(
    text: str, start: int, end: int, *, dated: bool = False, results: bool = False, following: bool = False
) -> bool:
    """Whether the sentence of the organ at `start`..`end` names a grant or a call for them (`_GRANT_CALL`), read at
    most `_SENTENCE_REACH` characters either side: a page of organs with no full stop costs a bounded look per
    organ, not a whole-text scan each.  `dated`: a date's "r." does not stop the sentence (`_stop_after`);
    `results`: the organ gives a call's results, and the call is read from the reach before it too; `following`: it
    settles a call, and the grant is read in the next sentence too."""
    low, high = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    begin = low if results else _sentence_begin(text, low, start)
    stop = _stop_after(text, end, high) if dated else text.find(". ", end, high)
    if _GRANT_CALL.search(text, begin, stop if stop >= 0 else high) is not None:
        return True
    if not following or stop < 0:
        return False
    # the next sentence ("W efekcie dostaliśmy dofinansowanie …"), past the abbreviations' stops ("m.in. w kulturze")
    sentences = _SENTENCE_STOP.finditer(text, stop, high)
    first = next(sentences, None)
    after = next(sentences, None)
    begin = first.end() if first else stop
    return _SETTLED_GRANT.search(text, begin, after.start() if after else high) is not None


def _granting_office(text: str, folded: str, eu_money: _EuMoney) -> tuple[str, str] | None:
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


def _implied_payer(entry: Programme, folded: str) -> str | None:
    """The payer a programme's row implies: where the paying body changed, the one of the years the text prints."""
    if entry.funder_years:
        years = [int(y) for y in _YEAR.findall(folded)]
        counts = [(sum(first <= y <= last for y in years), funder) for first, last, funder in entry.funder_years]
        count, funder = max(counts, key=lambda c: c[0])
        if count:
            return funder
    return entry.funder or None


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


class _EuMoney:
    """Whether the folded text names EU money, searched at most once a page (four payer looks ask, each only after
    its own cheaper prefilter passes)."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._found: bool | None = None

    def __call__(self) -> bool:
        if self._found is None:
            self._found = _EU_MONEY.search(self._folded) is not None
        return self._found


def _call_announcer(folded: str, named: list[_Payer], voivodeship: str, eu_money: _EuMoney) -> tuple[str, str] | None:
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
        stop = folded.find(". ", rest, rest + _SENTENCE_REACH)  # bounded: a text with no full stop is no one sentence
        sentence = folded[before.start() if before else payer.start : stop if stop >= 0 else rest + _SENTENCE_REACH]
        if not (_FUNDING_CONTEXT.search(sentence) or "ofert" in sentence):
            continue
        funder = _regional(payer.funder, named, voivodeship, folded)
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


def _application_body(folded: str, named: list[_Payer], voivodeship: str, eu_money: _EuMoney) -> tuple[str, str] | None:
    """(funder, as printed) of the first table body that takes or judges applications for money in its sentence, read
    as `_call_announcer` reads a call's announcer (last, and never where EU money is named)."""
    if "wnios" not in folded or eu_money():
        return None
    for payer in named:
        end = payer.start + len(payer.printed)
        takes = _TAKES_APPLICATIONS.match(folded, end)
        if not (takes or _APPLIED_TO.search(folded, max(0, payer.start - 8), payer.start)):
            continue
        begin, stop = _sentence_span(folded, payer.start, end, _SENTENCE_REACH)
        if not _MONEY_APPLIED_FOR.search(folded, begin, stop):
            continue
        return _regional(payer.funder, named, voivodeship, folded), " ".join(payer.printed.split())
    return None


# A payer the funder table does not know, named right after the money: "dotację od Gminy Płużnica", "grant ze
# Stowarzyszenia Lokalna Grupa Działania …", "dotacja ze środków Fundacji …", "Dotacja Ministerstwa Spraw
# Zagranicznych RP" (a grant's genitive is its giver).  Read as printed, in the nominative.
_PRINTED_PAYER = re.compile(
    r"(?<!\w)(?:(?P<gift>(?i:dotacj|grant|dofinansowani|dofinasowani|wsparci|darowizn)\w*)"
    # "Projekt dofinansowany przez Powiat X", "dzięki przyznanym przez Fundację Y dotacjom": the agent pays
    r"|(?P<by>(?i:dofinansowan|sfinansowan|finansowan|współfinansowan|ufundowan|przyznan)\w*\s+(?i:przez))"
    r"|(?i:środk\w*|pieniądz\w*|pieniędzy)"
    # "udzielić z budżetu Powiatu X pomocy", "Z budżetu Gminy Y pójdzie 250.000 zł": the budget's owner pays
    r"|(?P<budget>(?:(?<=\b[zZ] )|(?<=\b[zZ]e ))(?i:budżetu))"
    # a sum or a verb of getting, then "od" and the giver: "Trzy miliony złotych od Fundacji X", "otrzymał od Fundacji
    # Y grant"
    r"|(?P<got>(?i:złotych|zł|dosta[łlnć]\w*|otrzyma\w*))(?=\s+(?i:od)\s)"
    # a verb of paying before its subject (Polish puts the object first): "Nagrodę ufundował Bank Spółdzielczy w X",
    # "Zakup sfinansowała Fundacja Y"; "Dofinansowanie otrzymaliśmy z Urzędu Miasta Z": the giver after "z"
    r"|(?P<funded>(?i:sfinansowa|ufundowa|dofinansowa|współfinansowa)(?:ł[aoy]?|li))"
    r"|(?P<got_from>(?i:otrzyma|dosta)(?:ł[aoy]?|li|liśmy|łyśmy|łem|łam))(?=\s+(?i:z|ze)\s))"
    r"(?:\s+(?i:celow|finansow|pieniężn|otrzyman|przyznan|przekazan|pochodząc)\w*)?"
    # "Pieniądze na projekt pochodzą w części od Ministerstwa X": where the money comes from
    r"(?P<purpose>\s+(?i:na)\s+\S+)?(?P<comes>\s+(?i:pochodz\w*)(?:\s+(?i:w\s+części|w\s+całości|głównie|częściowo))?)?"
    # "pieniądze na niego dała Fundacja X": the giver after its verb
    r"(?:\s+(?P<gave>(?i:dał[aoy]?|dali|daje|dają|wyłożył[aoy]?|wyłożyli|ufundował[aoy]?|przekazał[aoy]?)))?"
    # (a line may wrap inside the phrase, a paragraph may not: a headline's last word is no cue of the next line)
    r"(?:\s+(?P<from>(?i:z|ze|od))(?:\s+(?i:środków|budżetu))?)?[ \t\u00a0]*\n?[ \t\u00a0]*(?<=\s)(?=[A-ZŁŚŻŹĆŃÓ])"
)
_MARSHAL_FORMS = ("marszal", "wicemarszal", "urzad marszalk", "zarzad wojewodztw", "sejmik")
_SUM_AFTER_NAME = re.compile(r"\s+(?:na|w|o|do)\s+\d[\d\s.,]*$")
# heads `nominative` leaves alone; a local organ's title in the genitive ("dostaną od Wójta Gminy X") for `office_unit`
_PAYER_HEADS = {
    "Ministerstwa": "Ministerstwo",
    "Kancelarii": "Kancelaria",
    "Wójta": "Wójt",
    "Burmistrza": "Burmistrz",
    "Prezydenta": "Prezydent",
    "Starosty": "Starosta",
}
_PAYER_STEMS = ("ministerstw", "kancelari", "narodow", "lokaln", "samorzad")
_NOT_A_PAYER = ("fundusz", "program", "budzet", "europejsk", "uni", "rzadow", "srodk", "skarb", "regionaln", "ue",
                "mikrogrant", "grant", "konkurs", "projekt", "edycj", "nabor")  # fmt: skip


_PAYER_NOUNS = (
    "dotacj",
    "grant",
    "dofinasowani",
    "wsparci",
    "darowizn",
    "środk",
    "pieniądz",
    "pieniędzy",
    "budżetu",
    "dofinansowa",  # (the participles "dofinansowany", "sfinansowane", … and the verbs "dofinansował", …)
    "sfinansowa",
    "finansowan",
    "współfinansowa",
    "ufundowa",
    "przyznan",
    "zł",
    "dosta",
    "otrzyma",
)
# A sum's word in the sentence of "otrzymaliśmy z X": "Dofinansowanie otrzymaliśmy z Urzędu …", not "dyplomy".
_MONEY_IN_SENTENCE = re.compile(
    r"(?i:dofinansow|dotacj|grant|środk|pieniądz|pieniędz|wsparci|zł\b|złotych|pln\b|\d\s*(?:tys|mln|mld)\b)"
)
# A sum a name's run took in: "z Fundacji Wspólna Droga 5 tys. zł" is no "Fundacja Wspólna Droga 5".
_NUMBER_TAIL = re.compile(r"\s+\d[\d\s.,]*$")
_MONEY_UNIT_AFTER = re.compile(r"[\s.,]*(?i:tys|mln|mld|zł|złotych|pln)")
# "Zadanie finansowane ze środków Fundacji X": the funded thing, then "ze środków" and the giver
_FUNDED_FROM_BEFORE = re.compile(r"(?:finansowan|sfinansowan|współfinansowan|ufundowan)\w*\s+ze\s+\Z")


def _only_gift(m: re.Match[str]) -> bool:
    """Whether a sum's noun alone ("dotacji", "grant") cues the name after it: its giver then stands in the genitive."""
    return bool(m.group("gift")) and not any(
        m.group(g) for g in ("from", "funded", "got_from", "gave", "budget", "by", "got", "comes")
    )


def _money_in_sentence(text: str, at: int) -> bool:
    """Whether the sentence around `at` (at most 150 characters either side) names a sum or money."""
    begin = _sentence_begin(text, max(0, at - 150), at)
    stop = _SENTENCE_STOP.search(text, at, at + 150)  # (not at "tys. zł": a capital opens the next sentence)
    return _MONEY_IN_SENTENCE.search(text, begin, stop.start() if stop else min(len(text), at + 150)) is not None


def _printed_payer(text: str, names: Sequence[tuple[int, int]] = ()) -> str | None:
    """The first payer named right after a sum's noun that is an organisation and no fund or programme; a noun
    inside a programme's name (`names`: its spans, "… poprzez Wsparcie Lokalnej Infrastruktury …") names none."""
    lowered = lower_text(text)
    starts = sorted({at for stem in _PAYER_NOUNS for at in occurrences(lowered, stem)})  # one try a position
    for at in starts:
        if any(a <= at < b for a, b in names):
            continue
        m = _PRINTED_PAYER.match(text, at)
        cue = m is not None and (
            m.group("from")
            or m.group("funded")
            or (m.group("got_from") and m.group("from"))
            or m.group("gift")
            or m.group("gave")
            or m.group("budget")
            or m.group("by")
            or m.group("got")
        )
        if m is None or not (cue or _FUNDED_FROM_BEFORE.search(lowered, max(0, at - 40), at)):
            continue  # "środki Gminy …" without "z"/"od" is the gmina's own money
        if m.group("purpose") and not (m.group("comes") or m.group("gave") or m.group("from")):
            continue  # "dofinansowanie na utworzenie CUS-ów": what the money is for, not who gives it
        if m.group("got_from") and not _money_in_sentence(text, at):
            continue  # "Uczniowie otrzymali z Gminy X dyplomy": no money
        run = org_run(text, m.end(), limit=10)
        if run is None or run.start != m.end():
            continue
        printed = _SUM_AFTER_NAME.sub("", run.text)  # "z Urzędu Marszałkowskiego na 60 000 zł": not the name's
        if _MONEY_UNIT_AFTER.match(text, run.end) and (tail := _NUMBER_TAIL.search(printed)):
            printed = printed[: tail.start()]  # "z Fundacji X 5 tys. zł"
        head, _, rest = printed.partition(" ")
        name = f"{_PAYER_HEADS[head]} {rest}".strip() if head in _PAYER_HEADS else nominative(printed)
        if _only_gift(m) and head not in _PAYER_HEADS and name.partition(" ")[0] == head:
            continue  # "do otrzymanej dotacji Powiat X dołoży …": a nominative opens the next clause, no genitive giver
        folded_name = fold(name)
        if folded_name.startswith(_MARSHAL_FORMS):  # "od Marszałka Województwa": its office, by the labels' name
            named = [v for v in CODE_VOIVODESHIPS.values() if re.search(rf"\b{fold(v)[:-2]}", folded_name)]
            region = max(named, key=len, default="")  # "kujawsko-pomorskiego" names no "pomorskie"
            return _marshal_office(region) if region else _GENERIC_MARSHAL
        if folded_name.startswith(_NOT_A_PAYER) or not (org_like(name) or folded_name.startswith(_PAYER_STEMS)):
            continue
        if m.group("budget") and " " not in name:
            continue  # "Z budżetu Powiatu przeznaczono …": a bare head names no one
        return name
    return _open_call_announcer(text)


# An open call for public tasks under the public-benefit act ("otwarty konkurs ofert") is paid from the budget of
# the office that announces it: "Prezydent Miasta X ogłasza otwarty konkurs ofert", "Burmistrz Y ogłosił II Otwarty
# Konkurs Ofert".  Any other call's announcer may only run it (an EU programme's authority, a bank, an operator).
_OPEN_CALL = re.compile(r"o(?<=\so)g(?:łasza|łosił[aoy]?|łosili)\s+(?:\S+\s+){0,2}?(?i:otwart\w*\s+konkurs\w*\s+ofert)")
_NAME_START = re.compile(r"(?<![\w-])[A-ZŁŚŻŹĆŃÓ]")


def _open_call_announcer(text: str) -> str | None:
    """The office named right before "ogłasza otwarty konkurs ofert", as printed (the subject: nominative)."""
    if "konkurs" not in text.lower():
        return None
    for m in _OPEN_CALL.finditer(text):
        stop = text.rfind(". ", 0, m.start())
        sentence_start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        for start in (w.start() for w in _NAME_START.finditer(text, sentence_start, m.start())):
            run = org_run(text, start, limit=10)
            if run is None:
                continue
            # "Burmistrz Gminy X, działając na podstawie …, ogłasza …": a clause between commas
            # (from the name's last letter: the run's end may lie past a comma after it)
            name_end = run.start + len(run.text) if text.startswith(run.text, run.start) else run.end
            between = text[name_end : m.start()].strip()
            if between and not (between.startswith(",") and between.endswith(",")):
                continue
            name = run.text.rstrip(",")
            if " " in name and org_like(name) and not fold(name).startswith(_NOT_A_PAYER):
                return name
            break
    return None


# "Wojewoda … przekazał czeki / wręczyła promesy": the voivode hands over what a ministry awarded.
_HANDS_OVER = re.compile(r"\b(?:wreczyl|przekazal)\w*\s+(?:\S+\s+){0,3}?(?:czek|promes)")
# The government named first as the money's source ("rząd obiecał im pieniądze", "Rząd dał 100 mln zł"): a voivode
# after it only hands the money over or signs for it (tests/realtext/README.md, third round: "rząd dał").
# (folded: the noun as the giver or his ("rząd", "przedstawiciele rządu", "rządy"), not the adjective ("rządowego") nor
# "rzadko"; each verb's forms whole (past, present, future), not "dalej", "dalsze" or "daleko", nor "da się")
_GAVE_PAST = r"(?:da|dawa|obieca|przeznaczy|przeznacza|zapewni|zapewnia|przekaza|wylozy|sfinansowa|finansowa)l[aioy]?"
_GOVERNMENT_GAVE = re.compile(
    rf"\brzad(?:u|y)?\s+(?:\w+\s+){{0,3}}?(?:{_GAVE_PAST}|daj[ea]|dadza|da(?!\s+sie\b)|obiecuj[ea]|obieca(?:ja)?"
    r"|przeznacza(?:ja)?|przeznaczy|zapewnia(?:ja)?|zapewni|przekazuj[ea]|przekaz[ea]|wyloz[ay]|s?finansuj[ea])\b"
)
_GOVERNMENT_REACH = 2000  # characters before the voivode the government's sentence is looked for in


def _awarding(chosen: list[_Payer], named: list[_Payer], folded: str, implied: str | None = None) -> _Payer:
    """The first payer, unless it is a voivode handing over cheques while a ministry is named as payer too (in any
    sentence: "Ministerstwo X dokonało podziału dotacji …. Wojewoda Y przekazał czeki"), or else a state fund
    ("wręczyła promesy na zadania z Funduszu Dróg Samorządowych": the fund's money, the voivode's hands), or the
    state payer `implied` by the programme named (printed "" when the text names it only through the programme)."""
    first = chosen[0]
    if first.funder.startswith(_GENERIC_VOIVODE) and _HANDS_OVER.search(folded, first.start, first.start + 160):
        ministry = next((p for p in chosen + named if p.funder.startswith("Ministerstwo")), None)
        fund = next((p for p in chosen + named if p.funder in _state_funds()), None)
        if ministry is not None:
            return ministry
        if fund is not None:
            return fund
        if implied is not None and (implied.startswith("Ministerstwo") or implied in _state_funds()):
            return _Payer(first.start, implied, "", first.tier)
    if (
        first.funder.startswith(_GENERIC_VOIVODE)
        and implied is not None
        and (implied.startswith("Ministerstwo") or implied in _state_funds())
        and "rzad" in folded
        and _GOVERNMENT_GAVE.search(folded, max(0, first.start - _GOVERNMENT_REACH), first.start)
    ):
        return _Payer(first.start, implied, "", first.tier)  # "rząd obiecał im pieniądze …, umowy z wojewodą"
    return first


@cache
def _state_funds() -> frozenset[str]:
    """The state's funds of funders.csv (kind "fund"), not a region's own (WFOŚiGW)."""
    return frozenset(
        row["funder"] for row in read_csv("funders.csv") if row["kind"] == "fund" and "WFOŚiGW" not in row["funder"]
    )


def _find_all_mentions(text: str, funder_spans: _Spans) -> list[_Payer]:
    """Every funders.csv body named anywhere (for making a generic voivode or office specific)."""
    return [_Payer(start, keys[0], text[start:end], 0) for start, end, keys in funder_spans]


# --------------------------------------------------------------------------- the cascade


def _table_fund(programme: str | None, axis: Numbered | None, measure: Numbered | None) -> str | None:
    """The fund the tables give for this programme / measure / axis, most specific first."""
    if programme is None:
        return None
    rows = [r for r in measures() if r.programme == programme]
    if measure is not None:
        row = next((r for r in rows if r.measure == measure.printed and r.fund), None)
        if row:
            return row.fund
    if axis is not None:
        number = axis_number(axis.printed)
        row = next(
            (r for r in rows if not r.measure and r.fund and axis_number(r.priority_axis) == number),
            None,
        )
        if row:
            return row.fund
    entry = programmes().get(programme)
    return entry.fund if entry and entry.fund else None


def find_funding(text: str) -> tuple[FundingMention, list[str]]:
    """What `text` says about where the money comes from, plus warnings."""
    warnings: list[str] = []
    if not text:
        return FundingMention(), warnings
    folded = fold(text, lower_text(text))  # (the page's text lowered once for all the parsers)

    funds = _find_funds(text, folded)
    axes = find_axes(text, folded)
    measures_found = find_measures(folded, text) if "dzialani" in folded else []
    axis = pick_axis(axes, warnings)
    measure = pick_measure(measures_found, warnings)
    coded = coded_measures(text) if measure is None else []
    if axis and measure:
        number = axis_number(axis.printed)
        if number is not None and measure_axis(measure.printed) not in (None, number):
            warnings.append(f"Measure {measure.printed} does not belong to priority axis {axis.printed}.")

    by_axis, by_measure = programmes_from_names(folded, axes, measures_found)
    if by_axis and by_measure:
        derived = by_axis & by_measure
        if not derived:
            warnings.append(
                f"Axis name points to {'; '.join(sorted(by_axis))} but measure name to "
                f"{'; '.join(sorted(by_measure))}; programme not derived."
            )
    else:
        derived = by_axis or by_measure

    programme_spans = programme_aliases().scan(text, folded)
    mentions = _find_programmes(text, folded, programme_spans, warnings)
    programme, ministry_programme = _resolve_programme(mentions, derived, warnings)
    if programme and ministry_programme and _eu_money_of(programme, ministry_programme, mentions, folded):
        programme = None  # "Maluch+ … utworzono ze środków KPO": the national programme, paid from EU money
    if measure is None and coded:
        measure = Numbered(coded[0].measure, coded[0].start, coded[0].start)

    # Axis / measure rows speak for the chosen programme only when the printed names did not
    # point elsewhere ("RPO WO …, Osi priorytetowej II Efektywne polityki publiczne …").
    trust_rows = not derived or programme in derived
    table_fund = _table_fund(programme, axis if trust_rows else None, measure if trust_rows else None)
    fund: str | None = None
    if funds:
        distinct = list(dict.fromkeys(f for _, f, _ in funds))
        labelled = [f for _, f, is_labelled in funds if is_labelled]
        fund = labelled[0] if labelled else (table_fund if table_fund in distinct else distinct[0])
        if len(distinct) > 1:
            warnings.append(f"Several EU funds named ({', '.join(distinct)}); kept {fund}.")
        if table_fund and fund != table_fund:
            warnings.append(f"The text names {fund} but {programme} is {table_fund} in the table; kept {fund}.")
    else:
        fund = table_fund

    if programme is None and ministry_programme is not None:
        programme = ministry_programme
    if programme is None and not derived:
        programme = _quoted_programme(text) or _named_programme(text)
    spans = (programme_spans, funder_aliases().scan(text, folded))
    funder, funder_text = _choose_funder(text, folded, programme, spans, warnings)

    return (
        FundingMention(
            fund=as_fund(fund),
            programme=programme,
            priority_axis=(axis.printed if axis.printed[0].isdigit() else axis.printed.upper()) if axis else None,
            measure=measure.printed if measure else None,
            funder=funder,
            funder_text=funder_text,
        ),
        warnings,
    )
