"""Organisations' names in Polish prose: cut out of the text, repaired, abbreviations spelled out.

A name is cut out of prose by an *org run*: consecutive capitalised words, abbreviations, numbers
and the few lower-case words names contain ("w", "i", "im.", "nr", "na rzecz", …), which must hold
an institution word (Ośrodek, Gmina, Fundacja, …) or a known abbreviation (OPS, ROPS, …).

>>> normalise_name("ROPS województwa Kujawsko - Pomorskiego")
'ROPS województwa Kujawsko-Pomorskiego'
>>> expand_abbreviations("MOPR w Opolu")
'Miejski Ośrodek Pomocy Rodzinie w Opolu'
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from extract.lowered import lowered, occurrences
from extract.org_adverbials import adverbials_start
from extract.place_forms import GEN
from extract.places import gmina_name


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # as written, spacing and hyphens repaired
    name_expanded: str | None = None  # abbreviations (OPS, ROPS, MOPR, …) spelled out, if any
    lead: bool = False  # partners only: partner wiodący / lider


ABBREVIATIONS: dict[str, str] = {
    "MGOPS": "Miejsko-Gminny Ośrodek Pomocy Społecznej",
    "M-GOPS": "Miejsko-Gminny Ośrodek Pomocy Społecznej",
    "GOPS": "Gminny Ośrodek Pomocy Społecznej",
    "MOPS": "Miejski Ośrodek Pomocy Społecznej",
    "MOPR": "Miejski Ośrodek Pomocy Rodzinie",
    "OPS": "Ośrodek Pomocy Społecznej",
    "PCPR": "Powiatowe Centrum Pomocy Rodzinie",
    "ROPS": "Regionalny Ośrodek Polityki Społecznej",
    "CUS": "Centrum Usług Społecznych",
    "UMiG": "Urząd Miasta i Gminy",
    "UM": "Urząd Miasta",
    "UG": "Urząd Gminy",
}

# Folded stems of the words that make a capitalised run an institution's name.
_ORG_STEMS = (
    "osrod", "centr", "gmin", "miast", "powiat", "wojewodztw", "urzad", "urzed", "starostw",
    "stowarzysz", "fundacj", "szkol", "przedszkol", "zlob", "zespol", "dom", "bibliotek", "klub",
    "spoldzielni", "uniwersytet", "akademi", "politechnik", "instytut", "szpital", "zaklad",
    "muzeum", "teatr", "parafi", "caritas", "towarzystw", "zwiaz", "izb", "agencj", "komend",
    "straz", "placowk", "swietlic", "warsztat", "biur", "jednostk", "solectw", "federacj",
    "kuratori", "poradni", "hospicj", "zgromadzeni", "uczelni", "kolo", "grupa", "orkiestr",
    "nadlesnictw", "pracowni", "uks", "bank", "dzialkow",
)  # fmt: skip
# Words (folded) that begin a new organisation after "i" / "oraz": nominative and instrumental.
_ORG_HEADS = frozenset([
    "osrodek", "osrodkiem", "centrum", "gmina", "miasto", "miastem", "powiat", "powiatem", "wojewodztwo",
    "wojewodztwem", "urzad", "urzedem", "starostwo", "starostwem", "stowarzyszenie", "stowarzyszeniem",
    "fundacja", "szkola", "przedszkole", "przedszkolem", "zlobek", "zlobkiem", "zespol", "zespolem", "dom",
    "domem", "biblioteka", "klub", "klubem", "spoldzielnia", "uniwersytet", "uniwersytetem", "akademia",
    "politechnika", "instytut", "instytutem", "szpital", "szpitalem", "zaklad", "zakladem", "muzeum",
    "teatr", "teatrem", "parafia", "caritas", "towarzystwo", "towarzystwem", "zwiazek", "zwiazkiem", "kolo",
    "kolem", "izba", "agencja", "komenda", "straz", "placowka", "swietlica", "biuro", "biurem",
    "kuratorium", "poradnia", "hospicjum", "federacja", "uczelnia", "uks", "pracownia", "lks", "kgw", "mks", "gks",
    "utw",
    # the accusative of the feminine heads: "przez Gminę A i Gminę B" names two units
    "gmine", "fundacje", "parafie", "biblioteke", "spoldzielnie", "akademie", "politechnike", "izbe", "agencje",
    "komende", "placowke", "swietlice", "federacje", "uczelnie", "poradnie", "szkole",
])  # fmt: skip
_CONNECTORS = frozenset([
    "w", "we", "i", "im", "im.", "nr", "nr.", "na", "z", "ze", "dla", "do", "ds.", "o", "przy", "pod",
    "rzecz", "św", "św.", "sp.", "oraz", "pw", "pw.", "bł", "bł.", "nad",
])  # fmt: skip
_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "na", "do", "od", "dla", "przy", "pod", "przez", "o"])
# A patron's title after "im." ("im. kard. Stefana Wyszyńskiego", "im. bł. o. Rafała"): a name word there only.
_PATRON_TITLES = frozenset([
    "ks.", "kard.", "gen.", "bp.", "abp.", "prof.", "dr", "dr.", "hm.", "phm.", "płk.", "ppłk.", "mjr.", "mjr",
    "kpt.", "por.", "ppor.", "marsz.", "o.", "bł.", "św.", "inż.",
])  # fmt: skip
_AFTER_PATRON = frozenset(["im.", "im", *_PATRON_TITLES])
# "Stowarzyszenie pn. „Orkiestra”", "Parafia p.w. św. Anny": "pod nazwą", "pod wezwaniem" after a body's word.
_NAMED_AS = frozenset(["pn.", "p.n.", "p.w.", "p.w"])
# Abbreviations inside a name that end no sentence and cut no name: "im." (imienia), "pw."/"p.w." (pod wezwaniem),
# "pn."/"p.n." (pod nazwą: "Stowarzyszenie P.N. „Orkiestra Dęta”"), a patron's title ("im. kard. Stefana
# Wyszyńskiego", "im. gen. Józefa Bema", "im. hm. Aleksandra Kamińskiego"), "sp. z o.o.".
NAME_ABBREVIATIONS = frozenset([
    "im", "św", "nr", "sp", "o", "ks", "bp", "abp", "gen", "prof", "dr", "inż", "pw", "p.w", "pn", "p.n", "bł", "kard",
    "hm", "phm", "płk", "ppłk", "mjr", "kpt", "por", "ppor", "marsz", "najśw",
])  # fmt: skip
# Abbreviations a full stop does not end a sentence after.
_DOT_WORDS = NAME_ABBREVIATIONS | frozenset(
    ["ul", "mgr", "p", "al", "pl", "os", "tzw", "tj", "tzn", "np", "m.in", "pt"]
)
# Abbreviated parts of towns' names ("Środa Wlkp.", "Mińsk Maz.", "Ruda Śl."): the dot is the name's.
_PLACE_ABBREVIATIONS = (" Wlkp", " Maz", " Śl", " Pom", " Kuj", " Lub", " Podl", " Dln", " Górn", " Gd", " Wlk")
# Abbreviations that stay inside a name ("Szkoła Podstawowa nr 1 im. Jana Pawła II", "sp. z o.o.").
_NAME_DOT_WORDS = NAME_ABBREVIATIONS

_FOLD_TABLE = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ–—‑‐", "acelnoszzACELNOSZZ----")
_COMPOUND_HYPHEN = re.compile(r"\b([^\W\d_]{2,}o)[ \t\u00a0]*[\-\u2010-\u2015\u2212][ \t\u00a0]*(?=[^\W\d_])")
_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
OPEN_QUOTES = "„«“"
_CLOSE_QUOTES = "”»"
_TRAILING = " \t.,;:–—-"
_ABBREVIATION = re.compile(
    r"(?<![\w\-])(M-GOPS|MGOPS|GOPS|MOPS|MOPR|OPS|PCPR|ROPS|CUS|UMiG|UM(?![ \t]+W[A-ZŁŚ])|UG)"
    r"(?:-?(?:ami|ach|owi|ów|om|em|ie|u|y|e))?(?![\w])"
)


def fold(text: str) -> str:
    return text.translate(_FOLD_TABLE).lower()


# Letters a case-insensitive regex reads as "i" or "s" that `str.lower` does not give as one: "İ"
# lowers to "i" and a combining dot, "ı" and "ſ" stay as they are.
_REGEX_CASE_TWINS = (("i\u0307", "i"), ("ı", "i"), ("ſ", "s"))


def cue_text(lowered: str) -> str:
    """`text.lower()` for the substring tests that decide whether a regex is worth running.

    A test ``"partnerem" in cue_text(...)`` is true whenever the (case-insensitive) regex that needs
    that word could match, so skipping the regex when it is false never changes a result.
    """
    if not lowered.isascii():
        for twin, plain in _REGEX_CASE_TWINS:
            if twin[-1] in lowered and twin in lowered:  # (one character is found at once, "i" and a dot is not)
                lowered = lowered.replace(twin, plain)
    return lowered


@functools.lru_cache(maxsize=4)
def text_cues(text: str) -> str:
    """`cue_text` of a whole text, kept for the last few: the parsers of one page all ask for it."""
    return cue_text(lowered(text))


@functools.lru_cache(maxsize=3)
def _offsets_in(cues: str) -> dict[str, list[int]]:
    """The offsets of the start words `matches_from` was asked for so far in `cues` (a page's `text_cues`, its lowered
    or folded text), filled as they are asked for: a page's parsers ask for the same words ("partner", "lider",
    "razem", "wspólnie") several times each.  Kept for the last few texts, as `lowered` and `text_cues` are."""
    return {}


def matches_from(
    pattern: re.Pattern[str],
    text: str,
    cues: str,
    starts: tuple[str, ...],
    gap: Callable[[str], bool] | None = None,
    *,
    where: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins with one of `starts` (lower case, in
    any case in the text): the pattern is tried only where one of them is, not at every position.

    With `gap`, for a pattern that opens with a greedy run of the characters `gap` accepts (white space,
    a line's bullets), it is tried where the run right before each of them begins.  `cues` is
    `cue_text(text.lower())`, where each letter stands at its offset in `text` unless a letter was
    lowered to two ("İ"): then the lengths differ and the text is scanned whole.  `where`, a regex over
    `cues`, adds the start of each of its matches: for a start too common as a bare substring ("z").
    """
    if len(cues) != len(text):
        return pattern.finditer(text)
    found = _offsets_in(cues)
    positions: list[int] | None = None  # (most calls find none of their words: no set, no sort, no generator)
    several = False  # offsets of two words or more: one place can hold both ("partner", "partnerami")
    for word in starts:
        offsets = found.get(word)
        if offsets is None:
            offsets = found[word] = occurrences(cues, word)
        if offsets:
            several = positions is not None
            positions = offsets if positions is None else positions + offsets
    if where is not None and (more := [m.start() for m in where.finditer(cues)]):
        several = positions is not None
        positions = more if positions is None else positions + more
    if positions is None:
        return iter(())
    return matches_at(pattern, text, set(positions) if several else positions, gap)


def matches_at(
    pattern: re.Pattern[str], text: str, positions: Iterable[int], gap: Callable[[str], bool] | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins at one of `positions` (`matches_from`)."""
    end = 0  # like finditer: the next match starts where the last one ended, or later
    match_at = pattern.match
    for at in sorted(positions):
        if at < end:
            continue
        if gap is None:
            match = match_at(text, at)
        else:
            run = at
            while run > end and gap(text[run - 1]):
                run -= 1
            match = match_at(text, run) or (match_at(text, at) if run < at else None)
        if match:
            end = match.end()
            yield match


def windows_before(haystack: str, word: str, *reaches: int) -> set[int]:
    """Every offset a match ending in `word` (a literal of the pattern, found with str.find) can begin at, for a
    pattern whose text before that word is, read backwards: white space, then at most `reaches[0]` characters, white
    space, at most `reaches[1]` characters, and so on ("IV osi priorytetowej": `"priorytet", 4, 6`).  Each white space
    is walked back over whole (`\\s` is `str.isspace`), so however long it is the window holds the match's start;
    give `matches_at` these offsets to try the pattern there, not at every position of the text."""
    return windows_before_each(haystack, occurrences(haystack, word), *reaches)


def windows_before_each(haystack: str, ends: Iterable[int], *reaches: int) -> set[int]:
    """`windows_before` for the places `ends` of what a match ends with, found otherwise (a regex of a literal first:
    the "." before a year's four digits)."""
    positions: set[int] = set()
    for found in ends:
        at = found
        for reach in reaches:
            while at > 0 and haystack[at - 1].isspace():
                at -= 1
            at = max(0, at - reach)
        positions.update(range(at, found + 1))
    return positions


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# --------------------------------------------------------------------------- names


# Any quote `_strip_quotes` looks at, and any dash `normalise_name` mends: most names hold neither, and one
# regex search says so faster than a count or an `in` test per character.
_ANY_QUOTE = re.compile(f'[{OPEN_QUOTES}{_CLOSE_QUOTES}"]')
_ANY_DASH = re.compile(f"[{re.escape(_DASH_CHARS)}]")
_ANY_APOSTROPHE = re.compile("[‘’'`“”]")


_CLOSE_OPENING = re.compile(r"(?:(?<=\s)|\A)[”»](?=\w)")
_OPEN_CLOSING = re.compile(r"(?<=\w)[«“](?=\s|\Z)")


def _strip_quotes(name: str) -> str:
    if not _ANY_QUOTE.search(name):
        return name  # no quote: nothing below applies
    return _strip_quotes_counted(name)


def _strip_quotes_counted(name: str) -> str:
    """The quotes around a name, or a lone one at its edge, taken off by counting its marks (any name)."""
    opens = sum(name.count(q) for q in OPEN_QUOTES)
    closes = sum(name.count(q) for q in _CLOSE_QUOTES)
    if opens and closes:  # a closing mark opening a word opens a quote, an opening one ending a word closes it:
        turned = len(_CLOSE_OPENING.findall(name)) - len(_OPEN_CLOSING.findall(name))  # ”Orzeł”, »Orzeł«, „Orzeł“
        opens, closes = opens + turned, closes - turned
    elif closes > 1:  # ”Orzeł”
        turned = len(_CLOSE_OPENING.findall(name))
        opens, closes = opens + turned, closes - turned
    first_opens = name[:1] in OPEN_QUOTES + '"' or _CLOSE_OPENING.match(name) is not None
    if first_opens and name[-1:] in _CLOSE_QUOTES + '"“«' and opens <= 1 and closes <= 1:
        return name[1:-1].strip()
    if name[-1:] in _CLOSE_QUOTES and closes > opens:
        return name[:-1].strip()
    if name[:1] in OPEN_QUOTES and opens > closes:
        return name[1:].strip()
    if name.count('"') % 2 == 1:
        return name.strip('"').strip()
    return name


# The apostrophe-like marks that open or close a quoted name as ,,…'', ‘…’, '…' (`_strip_quotes` reads „…”, «…»,
# "…"); a leading ",," is a trailing comma's to `normalise_name`, so a name may be left with its closing mark only.
_QUOTE_MARK = re.compile(r",,|''|``|[‘’]{2}|[‘’'`“”„«»\"]")
_APOSTROPHE_EDGES = re.compile(r"\A(?:''|``|[‘’]{2}|[‘’'`])?(?P<inner>.*?)(?:''|[‘’]{2}|[‘’'“])?\Z", re.DOTALL)


def _strip_apostrophe_quotes(name: str) -> str:
    """The name without the apostrophe-like quote marks around it: both marks of "‘Dom’", "''Arka''", or a lone
    mark left at one end ("Zaczarowany Domek''"); a name with a quoted part inside keeps its marks ("Przedszkole
    ,,Zaczarowany Domek''", "Stowarzyszenie 'Arka'")."""
    edges = _APOSTROPHE_EDGES.match(name)
    if edges is None or len(_QUOTE_MARK.findall(name)) > 2:
        return name
    inner = edges.group("inner")
    if inner == name or not inner.strip() or _QUOTE_MARK.search(inner):
        return name  # no mark at the edges, or one inside ("O'Neill" is a name's own)
    return inner.strip()


@functools.lru_cache(maxsize=128)
def normalise_name(raw: str) -> str:
    """Repair spacing and hyphens in an institution's name ("Kujawsko - Pomorskiego" -> "Kujawsko-Pomorskiego").

    Kept for the last names asked (a pure function of a short string): a page's readers repair the same names again
    and again (a list's partners are read by several rules and each found name is repaired once more when it is
    kept; on the realistic pages half the calls of a page repeat one of the same page)."""
    name = " ".join(raw.split())  # str.split() also splits on NBSP and the other Unicode spaces
    if _ANY_DASH.search(name):
        name = _COMPOUND_HYPHEN.sub(r"\1-", name)
    while True:  # each pass strips or stops: '"„„.A' needs as many passes as its stacked marks
        before = name
        name = _strip_quotes(name.strip(_TRAILING))
        if _ANY_APOSTROPHE.search(name):
            name = _strip_apostrophe_quotes(name)
        if name == before:
            break
    if name.endswith(_PLACE_ABBREVIATIONS):  # "w Środzie Wlkp.": the dot is the town's abbreviation's
        word = name.rsplit(" ", 1)[-1]  # the last word alone: the raw text's spaces may be any (NBSP, a line break)
        if (at := raw.rfind(word)) >= 0 and raw[at + len(word) : at + len(word) + 1] == ".":
            name += "."
    return name


# What every _ABBREVIATION match holds ("OPS" in GOPS, MOPS, MGOPS, M-GOPS, ROPS; "UM" in UMiG): a name with none
# of them is not scanned (the regex opens with a look-behind: it is tried at every position).
_ABBREVIATION_PARTS = ("OPS", "MOPR", "PCPR", "CUS", "UM", "UG")


def expand_abbreviations(name: str) -> str | None:
    """The name with OPS, GOPS, MGOPS, MOPS, MOPR, PCPR, ROPS, CUS, UM, UG spelled out; None if it has none."""
    if not any(part in name for part in _ABBREVIATION_PARTS):
        return None
    expanded, count = _ABBREVIATION.subn(lambda m: ABBREVIATIONS[m.group(1)], name)
    return expanded if count else None


# "otrzymała Gmina Zakrzew z Rządowego Funduszu Polski Ład": where the money came from is not the name
_SOURCE_TAIL = re.compile(
    r"\s+(?:z|ze)\s+(?:(?:środków|budżetu|Rządowego|Funduszu|Programu|Unii|Europejskiego|Narodowego)(?!\w)).*\Z",
    re.DOTALL,
)


# "Stowarzyszenie Rodzin Zastępczych „Dobra Rodzina” z Kędzierzyna-Koźla", "Fundacja Rozwoju Kultury Fizycznej z
# Pucka": an association's or foundation's seat after its registered name is prose, not the name (a club's or a
# circle's "z Czaplinka" is its name: "Klub Seniora z Czaplinka"; so is a short one's: "Stowarzyszenie Przyjaciół z
# Borek").
_SEAT_TAIL = re.compile(
    r"^(?:Stowarzyszenie|Fundacja)\s.+?\s(?:z|ze)\s+(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?)$"
)


def _without_seat(name: str) -> str:
    """The name without an association's or foundation's seat after it (`_SEAT_TAIL`), when the register knows the
    town in the genitive ("z Pucka"; "Stowarzyszenie „Dom z Sercem”" keeps its own words)."""
    seat = _SEAT_TAIL.match(name) if " z" in name else None
    if seat is None or not gmina_name(seat.group("town"), GEN):
        return name
    kept = name[: seat.start("town")].rstrip().removesuffix(" ze").removesuffix(" z").rstrip()
    # a whole name before the seat: a quoted one, or four words ("Stowarzyszenie Przyjaciół z Borek" is one name)
    return kept if kept[-1:] in _CLOSE_QUOTES + '"' or len(kept.split()) >= 4 else name


def org_mention(name: str, lead: bool = False) -> OrgMention:
    """A found name as the record holds it: as written, and with its abbreviations spelled out."""
    name = _without_seat(_SOURCE_TAIL.sub("", name) or name)
    return OrgMention(name=name, name_expanded=expand_abbreviations(name), lead=lead)


# --------------------------------------------------------------------------- org runs

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class OrgRun:
    text: str
    start: int  # offsets in the string the run was read from
    end: int


# Abbreviations that are a body's head, as whole words: "LKS Piast Wołowice", "KGW Czarna Owca w Czarnowcu".
_BODY_ABBREVIATIONS = frozenset(["lks", "kgw", "mks", "gks", "utw", "ks", "spzoz", "rod"])


def org_like(name: str) -> bool:
    words = name.split()
    if any(fold(w.strip('„”»«"()')).startswith(_ORG_STEMS) for w in words):
        return True
    if any(fold(w.strip('„”»«"(),.;:')) in _BODY_ABBREVIATIONS for w in words if w.isupper()):
        return True
    return bool(_ABBREVIATION.search(name))


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def org_run(text: str, start: int = 0, limit: int = 18) -> OrgRun | None:
    """The run of name words at `start` (capitalised words, connectors, numbers, quoted parts)."""
    tokens = itertools.islice(_TOKEN.finditer(text, start), limit)  # (read as far as the run goes, not `limit` far)
    kept: list[re.Match[str]] = []
    in_quote = False
    for token in tokens:
        if (
            kept
            and "\n" in text[kept[-1].end() : token.start()]
            and _BLANK_LINE.search(text, kept[-1].end(), token.start())
        ):
            break  # a name ends at a paragraph's end: "… na utworzenie CUS-ów\n\nRuszył nabór" is no "CUS-ów Ruszył"
        word = token.group(0)
        core = word.rstrip(",.;:!?)")
        tail = word[len(core) :]
        opened = 0  # the length of the quote mark opening this word
        if in_quote:
            ok = True
        elif core[:1] in _OPENING_FIRST and (opener := _OPENING_MARK.match(core)):
            opened = opener.end()
            ok = _is_capitalised(core[opened : opened + 1])
            in_quote = ok
        else:
            ok = (
                _is_capitalised(core)
                or core.lower() in _CONNECTORS
                or core.isdigit()
                or _compound_dash(kept, token, text)
                or _place_dash(kept, token, text)
                or _title_word(kept, word)
                or _lower_in_name(kept, core, text, token.end())
            )
        if not ok or not core:
            break
        if in_quote and _closes_quote(word, max(opened, 1)):
            in_quote = False
        kept.append(token)
        if tail and any(c in tail for c in ",;:!?)"):  # (a word's tail is mostly empty)
            break
        if "." in tail and core.lower() not in _NAME_DOT_WORDS:
            break
    while kept and kept[-1].group(0).rstrip(",.;:").lower() in _CONNECTORS:
        kept.pop()
    while kept and kept[0].group(0).lower() in _CONNECTORS:
        kept.pop(0)
    if not kept:
        return None
    run_start, run_end = kept[0].start(), kept[-1].end()
    return OrgRun(normalise_name(text[run_start:run_end]), run_start, run_end)


# The quote marks Polish pages open a name's quoted part with: „…”, "…", ,,…'', «…», »…«, “…”, ”…”, ‘…’, '…',
# ‘’…‘’ (two marks typed for one).
_OPENING_MARK = re.compile(r",,|``|''|[‘’]{2}|[„“”«»\"‘’']")
_OPENING_FIRST = frozenset(",`'„“”«»\"‘’")  # the first character of each: most words open with none
# A quoted part's end inside a word ("Dom”,", "Senior+”.", "Dąb»"), or an apostrophe-like mark ending it ("Domek'';",
# "SERCE ‘’.", "Arka'", "Wisła«"): an apostrophe inside a word ("Rock'n'Roll") ends nothing.
_CLOSING_INSIDE = re.compile(r'[”»"]')
_CLOSING_END = re.compile(r"(?:''|[‘’'“«])[,.;:!?)]*\Z")


def _closes_quote(word: str, start: int) -> bool:
    """Whether `word` (from offset `start`, past the mark that opened the quote) ends a quoted part."""
    return _CLOSING_INSIDE.search(word, start) is not None or _CLOSING_END.search(word, start) is not None


# Lower-case words inside a name (a name-boundary rule): a purpose's genitive after "na rzecz" right after a body's
# head ("Stowarzyszenie na Rzecz rozwoju wsi Orzeszków", "Fundacja na rzecz osób niepełnosprawnych"), the genitive
# after "Przyjaciół" / "Miłośników" ("Towarzystwo Przyjaciół dzieci w X"), and an organ's unit with its lower-case
# adjective of place ("Komitet Wykonawczy rejonu oszmiańskiego", "Samorząd rejonu wileńskiego").
_PURPOSE_HEADS = (
    *("stowarzysz", "fundacj", "towarzystw", "zwiaz", "koalicj", "porozumieni", "centrum", "instytut"),
    *("komitet", "rad", "forum", "klub", "federacj", "ruch", "inicjatyw", "spoldzielni", "kol", "sieci", "siec"),
)
_FRIENDS = frozenset(["Przyjaciół", "Miłośników", "Przyjaciele", "Miłośnicy", "Sympatyków"])
# A genitive's ending (singular and plural), and the few irregular plurals; a verb's ending is not one.
_GENITIVE_WORD = re.compile(
    r"[a-ząćęłńóśźż]+(?:ego|ej|ich|ych|ów|ości|u|a|i|y)|wsi|osób|dzieci|ludzi|kobiet|zwierząt|rodzin|gmin|miast|dzieł"
)
# (and the 3rd person of the "-a" conjugations, which a genitive's "-a" would take in: "wspiera", "zaprasza", "ogłasza",
# "zbiera", "otrzyma", "uzyska", "pomaga", "zachęca", "posiada", "przypomina", "udziela", "przedstawia", "zdobywa")
_VERB_ENDING = re.compile(
    r".*(?:ła|ło|ły|li|dzi|bi|wi|uje|ują|ają|eją|ie|asza|era|yma|yska|aga|ęca|aca|ina|ada|iela|awia|ywa|acza|ucza)"
    r"|ma|była|jest|są"
)
_ORGAN_HEADS = ("komitet", "samorzad", "administracj", "rad", "zarzad", "urzad")
_UNIT_GENITIVES = frozenset(["rejonu", "gminy", "powiatu", "miasta", "okręgu", "obwodu", "regionu", "województwa"])
_PLACE_ADJECTIVE = re.compile(r"[a-ząćęłńóśźż]+(?:skiego|ckiego|dzkiego|skiej|ckiej|dzkiej)")
_LOWER_REACH = 5  # lower-case words after the opener at most


def _lower_in_name(kept: list[re.Match[str]], core: str, text: str, end: int) -> bool:
    """Whether a lower-case word stays inside the name being read (see `_PURPOSE_HEADS`)."""
    if not kept or not core[:1].islower():
        return False
    before = kept[-1].group(0)
    # (the cheap gate: most runs end at a lower-case word after a capitalised one that opens nothing here)
    if before[:1].isupper() and before not in _FRIENDS and before != "Rzecz" and core not in _UNIT_GENITIVES:
        return False
    if before in _UNIT_GENITIVES and fold(kept[0].group(0)).startswith(_ORGAN_HEADS):
        return _PLACE_ADJECTIVE.fullmatch(core) is not None  # "Komitet Wykonawczy rejonu oszmiańskiego"
    if core in _UNIT_GENITIVES and fold(kept[0].group(0)).startswith(_ORGAN_HEADS):
        return _PLACE_ADJECTIVE.match(text, end + 1) is not None and text[end : end + 1] == " "
    if _GENITIVE_WORD.fullmatch(core) is None or _VERB_ENDING.fullmatch(core):
        return False
    for lower, k in enumerate(range(len(kept) - 1, -1, -1)):
        word = kept[k].group(0)
        if word.lower() == "rzecz" and k >= 2 and kept[k - 1].group(0) == "na":
            return fold(kept[k - 2].group(0)).startswith(_PURPOSE_HEADS) and lower < _LOWER_REACH
        if word in _FRIENDS:
            return lower < _LOWER_REACH
        if not word[:1].islower():
            return False
    return False


def _title_word(kept: list[re.Match[str]], word: str) -> bool:
    """A lower-case word that stays inside a name: a patron's title after "im." ("im. kard. Stefana"), or "pn." /
    "p.w." (pod nazwą, pod wezwaniem) after a body's word ("Stowarzyszenie pn. „Orkiestra”")."""
    if not kept:
        return False
    before = kept[-1].group(0).lower()
    lowered_word = word.lower()
    if lowered_word in _PATRON_TITLES:
        return before in _AFTER_PATRON
    return lowered_word in _NAMED_AS and org_like(kept[-1].group(0))


# A compound adjective printed with a spaced dash ("Towarzystwo Sportowo – Kulturalne", "Społeczno - Kulturalne"):
# the dash is inside the name when an "-o" stem comes before it and a capitalised adjective after it.
_ADJECTIVE_AFTER = re.compile(
    r"[ \t\u00a0]+(?!(?i:lider|partner|koordynator|realizator|beneficjent|wnioskodawc|operator))"
    r"[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:[eyaąi]|ego|emu|ej|ym|ymi|ych|ich)(?![\w])"
)


def _compound_dash(kept: list[re.Match[str]], token: re.Match[str], text: str) -> bool:
    """Whether a lone dash token joins the two halves of a compound adjective ("Sportowo – Kulturalne")."""
    if len(token.group(0)) != 1 or token.group(0) not in _DASH_CHARS or not kept:
        return False
    stem = kept[-1].group(0)
    return (
        _is_capitalised(stem)
        and stem.endswith("o")
        and len(stem) >= 5
        and _ADJECTIVE_AFTER.match(text, token.end()) is not None
    )


_WORD_AFTER = re.compile(r"[ \t\u00a0]+([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*)")


def _place_dash(kept: list[re.Match[str]], token: re.Match[str], text: str) -> bool:
    """Whether a lone dash token joins the halves of a town's double name printed with spaces ("w Busku - Zdroju",
    "w Gminie Gołymin – Ośrodek"): the two words joined by a hyphen name a gmina of the register."""
    if len(token.group(0)) != 1 or token.group(0) not in _DASH_CHARS or not kept:
        return False
    before = kept[-1].group(0)
    after = _WORD_AFTER.match(text, token.end())
    return _is_capitalised(before) and after is not None and gmina_name(f"{before}-{after.group(1)}") is not None


def _starts_org(words: list[str]) -> bool:
    """Do these words (after "i" / "oraz" / a comma) begin a new organisation's name?"""
    for word in words[:3]:
        core = fold(word.strip('„”«»",.;:()'))
        if core in _ORG_HEADS or _ABBREVIATION.fullmatch(word.strip('„”«»",.;:()')):
            return True
        if not _is_capitalised(word):
            return False
    return False


# The heads of a gmina with a town's rights, in every case form: "Gmina i Miasto X", "Miastem i Gminą X".
_JOINT_HEADS = frozenset(
    ["Gmina", "Gminy", "Gminie", "Gminę", "Gminą", "Miasto", "Miasta", "Miastu", "Miastem", "Mieście"]
)


def _joint_heads(first: str, following: list[re.Match[str]]) -> bool:
    """Whether "first i next" is the joint head of one unit: a gmina head and a town head, either order."""
    if not following or first not in _JOINT_HEADS:
        return False
    second = following[0].group(0)
    return second in _JOINT_HEADS and first[:3] != second[:3]


# Two nominative adjectives of one gender sharing the head after them: "Miejska i Powiatowa (Biblioteka)", "Miejski
# i Gminny (Ośrodek)", "Wojewódzkie i Miejskie (Centrum)".
_ADJECTIVE_GENDER = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:(?P<f>(?:sk|ck|ow|nn)a)|(?P<m>(?:sk|ck)i|(?:ow|nn)y)|(?P<n>(?:sk|ck|ow|nn)ie|(?:ow|nn)e))"
)


def _starts_org_after(tokens: list[re.Match[str]], at: int) -> bool:
    """Whether an organisation's name begins at token `at`, its two adjectives sharing a head too ("… oraz Miejska i
    Powiatowa Biblioteka")."""
    if _starts_org([t.group(0) for t in tokens[at : at + 3]]):
        return True
    pair = at + 2 < len(tokens) and tokens[at + 1].group(0) == "i"
    return (
        pair
        and _shared_adjectives(tokens[at].group(0), tokens[at + 2 : at + 3])
        and _starts_org([t.group(0) for t in tokens[at + 2 : at + 5]])
    )


def _shared_adjectives(first: str, following: list[re.Match[str]]) -> bool:
    """Whether "first i next" are two adjectives of one gender before one head ("Miejska i Powiatowa")."""
    if not following:
        return False
    one, two = _ADJECTIVE_GENDER.fullmatch(first), _ADJECTIVE_GENDER.fullmatch(following[0].group(0))
    return one is not None and two is not None and one.lastgroup == two.lastgroup


# A nominative adjective opening a body's name ("Regionalne Centrum", "Gminny Ośrodek", "Ochotnicza Straż"): not a
# place's locative or genitive ("Warckich", "Biskupim", "Gułowskiej"), which goes on with the seat.
_NOMINATIVE_OPENER = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż-]+(?:ny|na|ne|ni|ski|ska|skie|cki|cka|ckie|wy|wa|we)")
# The heads that open an organisation after a seat, in the nominative only (`_ORG_HEADS` also holds other cases).
_NOMINATIVE_HEADS = frozenset([
    "osrodek", "centrum", "gmina", "miasto", "powiat", "wojewodztwo", "urzad", "starostwo", "stowarzyszenie",
    "fundacja", "szkola", "przedszkole", "zlobek", "zespol", "dom", "biblioteka", "klub", "spoldzielnia",
    "uniwersytet", "akademia", "instytut", "szpital", "zaklad", "muzeum", "teatr", "parafia", "towarzystwo",
    "zwiazek", "kolo", "izba", "agencja", "komenda", "straz", "poradnia", "hospicjum", "federacja",
])  # fmt: skip


# Heads of bodies that get money in their own name, beside `_NOMINATIVE_HEADS`: "Bank Żywności", "LKS Piast".
_GETTER_HEADS = frozenset(
    [
        "bank",
        "orkiestra",
        "swietlica",
        "lks",
        "uks",
        "kgw",
        "osp",
        "mks",
        "gks",
        "ks",
        "utw",
        "spzoz",
        "samodzielny",
        "ogrod",
        "rod",
    ]
)


_REGION_OPENER = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż-]+dzk(?:i|a|ie)")  # "Wojewódzki", "Łódzki"


def nominative_body(name: str) -> bool:
    """Whether `name` opens with an organisation's head in the nominative ("Teatr Lalki i Aktora", "Muzeum Miasta
    X", "Bank Żywności w Y"), after at most one nominative adjective ("Śląski Bank Żywności", "Łowicki Uniwersytet
    Trzeciego Wieku"); a possessive ("Nasza Fundacja") or a genitive ("Domu Kultury") opens none."""
    words = name.split()
    if len(words) < 2:
        return False
    heads = _NOMINATIVE_HEADS | _GETTER_HEADS
    if fold(words[0]) in heads:
        return True
    return (
        not fold(words[0]).startswith("nasz")
        and bool(_NOMINATIVE_OPENER.fullmatch(words[0]) or _REGION_OPENER.fullmatch(words[0]))
        and fold(words[1]) in heads
        and len(words) > 2
    )


def _after_seat(current: list[re.Match[str]]) -> bool:
    """Whether a name's words end with its seat: "w"/"we" and one or two capitalised words ("w Świnicach Warckich")."""
    words = [token.group(0) for token in current[-3:]]
    if len(words) >= 2 and words[-2] in ("w", "we") and _is_capitalised(words[-1]):
        return True
    return len(words) == 3 and words[0] in ("w", "we") and _is_capitalised(words[1]) and _is_capitalised(words[2])


def _new_body(following: list[re.Match[str]]) -> bool:
    """Whether these words open another body's name: a nominative head, or a nominative adjective and then one."""
    words = [token.group(0).strip('„”«»",.;:()') for token in following]
    if not words:
        return False
    if fold(words[0]) in _NOMINATIVE_HEADS:
        return True
    return len(words) > 1 and _NOMINATIVE_OPENER.fullmatch(words[0]) is not None and fold(words[1]) in _NOMINATIVE_HEADS


def before_next_body(name: str) -> str:
    """A name read forward from its start, cut where its seat is followed by another body's name in the nominative:
    "Stowarzyszeniu X w Świnicach Warckich Regionalne Centrum Polityki Społecznej" -> "Stowarzyszeniu X w Świnicach
    Warckich" (a fronted object, then the subject); a run read back from a verb keeps its last body instead."""
    tokens = list(_TOKEN.finditer(name))
    for i in range(2, len(tokens)):
        if _after_seat(tokens[:i]) and _new_body(tokens[i : i + 3]):
            return name[: tokens[i - 1].end()]
    return name


def split_orgs(run: str, offset: int = 0) -> list[tuple[str, int]]:
    """ "A w Opolu i Fundacja B" -> [("A w Opolu", 0), ("Fundacja B", 12)]; commas always split."""
    tokens = list(_TOKEN.finditer(run))
    parts: list[tuple[str, int]] = []
    current: list[re.Match[str]] = []
    for i, token in enumerate(tokens):
        word = token.group(0)
        if word == "i" and len(current) == 1 and _joint_heads(current[0].group(0), tokens[i + 1 : i + 2]):
            current.append(token)  # "Gmina i Miasto Witkowo": one unit with a two-word head, not two bodies
            continue
        if word == "i" and len(current) == 1 and _shared_adjectives(current[0].group(0), tokens[i + 1 : i + 2]):
            current.append(token)  # "Miejska i Powiatowa Biblioteka Publiczna": two adjectives, one head
            continue
        if word.lower() in ("i", "oraz") and current and _starts_org_after(tokens, i + 1):
            parts.append((run[current[0].start() : current[-1].end()], current[0].start()))
            current = []
            continue
        current.append(token)
        if word.endswith((",", ";")):
            parts.append((run[current[0].start() : current[-1].end()], current[0].start()))
            current = []
    if current:
        parts.append((run[current[0].start() : current[-1].end()], current[0].start()))
    out = []
    for part, start in parts:
        name = normalise_name(_before_slashed_body(part) if "/" in part else part)
        if name:
            out.append((name, offset + start))
    return out


_SENTENCE_MARK = re.compile(r'[„«“”»"\n.!?]')


def sentence_end(text: str, start: int, limit: int | None = None) -> int:
    """Offset of the end of the sentence that runs from `start` (a newline or a final full stop); with `limit`, read
    as `sentence_end(text[:limit], start)` is, without the copy."""
    limit = len(text) if limit is None else min(limit, len(text))
    depth = 0
    for mark in _SENTENCE_MARK.finditer(text, start, limit):
        char, i = mark.group(0), mark.start()
        if char in OPEN_QUOTES:
            depth += 1
        elif char in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif char == '"':
            depth = 0 if depth else 1
        elif char == "\n":
            return i
        elif depth == 0 and (i + 1 == limit or text[i + 1].isspace()):
            word_start = max(text.rfind(" ", start, i), text.rfind("\u00a0", start, i)) + 1
            if text[word_start:i].lower().lstrip("(") not in _DOT_WORDS:
                return i
    return limit


def sentences_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The sentences holding `positions` (sorted), read line by line from each line's start.

    Linear on a page that is one long line: each walk resumes after the previous sentence found.
    """
    spans: list[tuple[int, int]] = []
    for position in positions:
        if spans and spans[-1][0] <= position < spans[-1][1]:
            continue
        start = text.rfind("\n", 0, position) + 1
        if spans and start <= spans[-1][1] < position:
            start = spans[-1][1] + 1  # the walk from the line's start reaches here anyway: resume, not restart
        while start <= position:
            while start < len(text) and text[start].isspace() and text[start] != "\n":
                start += 1
            end = sentence_end(text, start)
            if position < end or end >= len(text):
                spans.append((start, end))
                break
            start = end + 1
    return spans


# Where a labelled value's name ends ("X w partnerstwie z Y" / "we współpracy z Y": X is the value, Y its partner,
# which `extract.partners` reads).
# Its seat said apart ("X z siedzibą w Y", "X zs. w Y") is no part of the name (a record's `place`).
_NAME_END = re.compile(
    r"[;,(\[]|\s[\-–—]\s|\.(?=\s|$)|\s+tel\b|\s+ul\.|\s+(?:w\s+partnerstwie|we\s+wsp[óo][łl]pracy)\s+z\b"
    r"|\s+(?:z\s+siedzibą|zs\.)\s+(?:w|we)\s"
)
_LAST_WORD = re.compile(r"(\S+)$")
_SLASH = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*")


def _before_slashed_body(value: str) -> str:
    """A value cut before a slash that opens another body's name: "Miasto Nowy Sącz/Miejski Ośrodek Pomocy Społecznej
    w Nowym Sączu", "Województwo X / Regionalny Ośrodek …" name the unit, acting through its centre
    (tests/realtext/README.md, the fifth round); a slash inside a name ("Szkoła Podstawowa w A/B") stays."""
    for slash in _SLASH.finditer(value):
        if org_like(value[: slash.start()]) and _starts_org(value[slash.end() :].split()[:3]):
            return value[: slash.start()]
    return value


def cut_name(value: str) -> str:
    """A labelled value cut to the name: to a line end, comma, bracket, spaced dash, full stop or partnership."""
    value = value.split("\n", 1)[0]
    if "/" in value:
        value = _before_slashed_body(value)
    if _ANY_DASH.search(value):  # what _COMPOUND_HYPHEN needs (most values hold no dash)
        value = _COMPOUND_HYPHEN.sub(r"\1-", value)
    for match in _NAME_END.finditer(value):
        if match.group(0) == ".":
            word = _LAST_WORD.search(value[: match.start()])
            if word and word.group(1).lower() in _DOT_WORDS:
                continue
        value = value[: match.start()]
        break
    return normalise_name(value)[:200]


_SUBJECT_REACH = 300
# First words of a unit's name in the nominative: where a subject after a fronted phrase may start.
_SUBJECT_HEADS = frozenset([
    "Gmina", "Powiat", "Miasto", "Województwo", "Stowarzyszenie", "Fundacja", "Parafia", "Związek", "Spółdzielnia",
    "Ośrodek", "Towarzystwo", "Federacja", "Centrum", "Gminny", "Gminna", "Gminne", "Miejski", "Miejska", "Miejskie",
    "Miejsko-Gminny", "Powiatowy", "Powiatowa", "Powiatowe", "Regionalny", "Biblioteka", "Klub", "Koło",
    "Ochotnicza", "Instytut", "Uniwersytet", "Szkoła", "Dom", "Zespół", "Urząd",
])  # fmt: skip


_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([\w.]+)\Z")


def _full_stop_before(text: str, position: int) -> int:
    """Just after the last ". " before `position` that ends a sentence: not the dot of "im.", "nr", "św." inside a
    name ("Biblioteka w Zatorze im. Pawła z Zatora uzyskała"); 0 if none."""
    at = text.rfind(". ", 0, position)
    while at > 0:
        word = _WORD_BEFORE_STOP.search(text, max(0, at - 12), at)
        if not word or word.group(1).lower() not in _NAME_DOT_WORDS:
            return at + 1
        at = text.rfind(". ", 0, at)
    return at + 1


def subject_before(text: str, verb_start: int) -> str | None:
    """The organisation that is the subject right before a verb ("Ośrodek … w Nysie otrzymał"), also across the
    adverbials between them ("Ośrodek … w Nysie kolejny już rok realizuje": `extract.org_adverbials`)."""
    verb_start = adverbials_start(text, verb_start)
    sentence_start = max(text.rfind("\n", 0, verb_start), _full_stop_before(text, verb_start), 0)
    # a name is never longer than _SUBJECT_REACH: a long sentence is not read word by word from its start
    if verb_start - sentence_start > _SUBJECT_REACH:
        sentence_start = text.find(" ", verb_start - _SUBJECT_REACH, verb_start) + 1
    clause = text[sentence_start:verb_start]
    tokens = list(_TOKEN.finditer(clause))
    # a run stops after a word ending in a comma, colon, …: none starting before the last such word reaches the verb
    first = 0
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].group(0)[-1:] in ",;:!?)":
            first = k + 1
            break
    if not any(quote in clause for quote in OPEN_QUOTES + '"'):  # outside quotes a run holds only name words
        k = len(tokens)
        while k > first:
            core = tokens[k - 1].group(0).rstrip(",.;:!?)")
            # (a lone dash may join a town's double name: "w Busku - Zdroju"; `org_run` decides)
            if not core or not (
                _is_capitalised(core)
                or core.lower() in _CONNECTORS
                or core.isdigit()
                or (len(core) == 1 and core in _DASH_CHARS)
            ):
                break
            k -= 1
        first = k
    if first < len(tokens) and tokens[first].group(0).lower() in _PREPOSITIONS:
        # "Od Wojewody Gminny Ośrodek … dostał", "Przez Fundusz Sołecki Gmina X uzyskała": a fronted phrase, then
        # the subject, which opens with a unit's head in the nominative
        for token in tokens[first + 1 :]:
            if token.group(0) in _SUBJECT_HEADS:
                run = org_run(clause, token.start())
                if run and not clause[run.end :].strip() and org_like(run.text):
                    return run.text
    for i, token in enumerate(tokens[first:], first):
        word = token.group(0)
        if not _is_capitalised(word) or word.lower() in _CONNECTORS:
            continue
        if (i and tokens[i - 1].group(0).lower() in _PREPOSITIONS) or word.lower() in _PREPOSITIONS:
            continue
        run = org_run(clause, token.start())
        if run and not clause[run.end :].strip() and org_like(run.text):
            return run.text
    lower_name = tokens and tokens[-1].group(0)[:1].islower() and any(word in clause for word in _LOWER_OPENER_WORDS)
    if lower_name and _LOWER_OPENERS.search(clause):
        # a name ending in lower-case words ("Fundacja na rzecz osób niepełnosprawnych prowadzi"): read forward from
        # each capitalised word of the clause, the run that reaches the verb
        for token in tokens[:-1]:
            run = org_run(clause, token.start()) if _is_capitalised(token.group(0)) else None
            if run and not clause[run.end :].strip() and org_like(run.text):
                return run.text
    return None


# The words after which `_lower_in_name` keeps lower-case words in a name, from its own lists (so the two cannot drift).
_LOWER_OPENER_WORDS = ("zecz ", *sorted(_FRIENDS), *sorted(_UNIT_GENITIVES))  # the literal gate of the regex below
_LOWER_OPENERS = re.compile(
    r"\s[Rr]zecz\s|(?:" + "|".join(sorted(_FRIENDS)) + r")\s|\s(?:" + "|".join(sorted(_UNIT_GENITIVES)) + r")\s"
)
