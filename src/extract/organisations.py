"""Organisations in Polish prose: beneficiary, implementer, partners; names repaired and expanded.

A name is cut out of prose by an *org run*: consecutive capitalised words, abbreviations, numbers
and the few lower-case words names contain ("w", "i", "im.", "nr", "na rzecz", …), which must hold
an institution word (Ośrodek, Gmina, Fundacja, …) or a known abbreviation (OPS, ROPS, …).

Partners are read only where the text says "partner": labels ("Partnerzy projektu:"), "Partnerem
jest …", "w partnerstwie z …", "(partner wiodący)" / "(lider)" markers, the distributive "ROPS-ami
z województw: A, B i C", and the subject of a sentence about a partnership project.  "We
współpracy z …" is ordinary cooperation, not a project partnership, and is never read as one.

>>> normalise_name("ROPS województwa Kujawsko - Pomorskiego")
'ROPS województwa Kujawsko-Pomorskiego'
>>> expand_abbreviations("MOPR w Opolu")
'Miejski Ośrodek Pomocy Rodzinie w Opolu'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # as written, spacing and hyphens repaired
    name_expanded: str | None = None  # abbreviations (OPS, ROPS, MOPR, …) spelled out, if any
    lead: bool = False  # partners only: partner wiodący / lider


# --------------------------------------------------------------------------- small tables

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

#: Voivodeship adjectives, genitive singular as the names print them, by folded form.
VOIVODESHIPS_GENITIVE: dict[str, str] = {
    "dolnoslaskiego": "dolnośląskiego",
    "kujawsko-pomorskiego": "kujawsko-pomorskiego",
    "lubelskiego": "lubelskiego",
    "lubuskiego": "lubuskiego",
    "lodzkiego": "łódzkiego",
    "malopolskiego": "małopolskiego",
    "mazowieckiego": "mazowieckiego",
    "opolskiego": "opolskiego",
    "podkarpackiego": "podkarpackiego",
    "podlaskiego": "podlaskiego",
    "pomorskiego": "pomorskiego",
    "slaskiego": "śląskiego",
    "swietokrzyskiego": "świętokrzyskiego",
    "warminsko-mazurskiego": "warmińsko-mazurskiego",
    "wielkopolskiego": "wielkopolskiego",
    "zachodniopomorskiego": "zachodniopomorskiego",
}

# Folded stems of the words that make a capitalised run an institution's name.
_ORG_STEMS = (
    "osrod", "centr", "gmin", "miast", "powiat", "wojewodztw", "urzad", "urzed", "starostw",
    "stowarzysz", "fundacj", "szkol", "przedszkol", "zlob", "zespol", "dom", "bibliotek", "klub",
    "spoldzielni", "uniwersytet", "akademi", "politechnik", "instytut", "szpital", "zaklad",
    "muzeum", "teatr", "parafi", "caritas", "towarzystw", "zwiaz", "izb", "agencj", "komend",
    "straz", "placowk", "swietlic", "warsztat", "biur", "jednostk", "solectw", "federacj",
    "kuratori", "poradni", "hospicj", "zgromadzeni", "uczelni", "kolo", "grupa", "orkiestr",
)  # fmt: skip
# Words (folded) that begin a new organisation after "i" / "oraz": nominative and instrumental.
_ORG_HEADS = frozenset(
    [
        "osrodek",
        "osrodkiem",
        "centrum",
        "gmina",
        "miasto",
        "miastem",
        "powiat",
        "powiatem",
        "wojewodztwo",
        "wojewodztwem",
        "urzad",
        "urzedem",
        "starostwo",
        "starostwem",
        "stowarzyszenie",
        "stowarzyszeniem",
        "fundacja",
        "szkola",
        "przedszkole",
        "przedszkolem",
        "zlobek",
        "zlobkiem",
        "zespol",
        "zespolem",
        "dom",
        "domem",
        "biblioteka",
        "klub",
        "klubem",
        "spoldzielnia",
        "uniwersytet",
        "uniwersytetem",
        "akademia",
        "politechnika",
        "instytut",
        "instytutem",
        "szpital",
        "szpitalem",
        "zaklad",
        "zakladem",
        "muzeum",
        "teatr",
        "teatrem",
        "parafia",
        "caritas",
        "towarzystwo",
        "towarzystwem",
        "zwiazek",
        "zwiazkiem",
        "kolo",
        "kolem",
        "izba",
        "agencja",
        "komenda",
        "straz",
        "placowka",
        "swietlica",
        "biuro",
        "biurem",
        "kuratorium",
        "poradnia",
        "hospicjum",
        "federacja",
        "uczelnia",
    ]
)
_CONNECTORS = frozenset(
    [
        "w",
        "we",
        "i",
        "im",
        "im.",
        "nr",
        "nr.",
        "na",
        "z",
        "ze",
        "dla",
        "do",
        "ds.",
        "o",
        "przy",
        "pod",
        "rzecz",
        "św.",
        "sp.",
        "oraz",
    ]
)
_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "na", "do", "od", "dla", "przy", "pod", "przez", "o"])
# Abbreviations a full stop does not end a sentence after.
_DOT_WORDS = frozenset(
    [
        "im",
        "św",
        "ul",
        "nr",
        "ks",
        "bp",
        "abp",
        "gen",
        "dr",
        "prof",
        "inż",
        "mgr",
        "p",
        "sp",
        "o",
        "al",
        "pl",
        "os",
        "tzw",
        "np",
        "m.in",
    ]
)
# Abbreviations that stay inside a name ("Szkoła Podstawowa nr 1 im. Jana Pawła II", "sp. z o.o.").
_NAME_DOT_WORDS = frozenset(["im", "św", "nr", "sp", "o", "ks", "bp", "abp", "gen", "prof", "dr", "inż"])

_FOLD_TABLE = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ–—‑‐", "acelnoszzACELNOSZZ----")
_COMPOUND_HYPHEN = re.compile(r"\b([^\W\d_]{2,}o)[ \t\u00a0]*[\-\u2010-\u2015\u2212][ \t\u00a0]*(?=[^\W\d_])")
_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_OPEN_QUOTES = "„«“"
_CLOSE_QUOTES = "”»"
_TRAILING = " \t.,;:–—-"
_ABBREVIATION = re.compile(
    r"(?<![\w\-])(M-GOPS|MGOPS|GOPS|MOPS|MOPR|OPS|PCPR|ROPS|CUS|UMiG|UM(?![ \t]+W[A-ZŁŚ])|UG)"
    r"(?:-?(?:ami|ach|owi|ów|om|em|ie|u|y|e))?(?![\w])"
)
_LEAD_MARKER = re.compile(
    r"\(\s*(?:partner(?:em|a)?\s+wiodąc\w*|lider\w*)(?:\s+projektu)?\s*\)|[–—-]\s*(?:partner\s+wiodący|lider)\b",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    return text.translate(_FOLD_TABLE).lower()


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# --------------------------------------------------------------------------- names


def _strip_quotes(name: str) -> str:
    opens = sum(name.count(q) for q in _OPEN_QUOTES)
    closes = sum(name.count(q) for q in _CLOSE_QUOTES)
    if name[:1] in _OPEN_QUOTES + '"' and name[-1:] in _CLOSE_QUOTES + '"' and opens <= 1 and closes <= 1:
        return name[1:-1].strip()
    if name[-1:] in _CLOSE_QUOTES and closes > opens:
        return name[:-1].strip()
    if name[:1] in _OPEN_QUOTES and opens > closes:
        return name[1:].strip()
    if name.count('"') % 2 == 1:
        return name.strip('"').strip()
    return name


def normalise_name(raw: str) -> str:
    """Repair spacing and hyphens in an institution's name ("Kujawsko - Pomorskiego" -> "Kujawsko-Pomorskiego")."""
    name = " ".join(raw.split())  # str.split() also splits on NBSP and the other Unicode spaces
    if any(dash in name for dash in _DASH_CHARS):
        name = _COMPOUND_HYPHEN.sub(r"\1-", name)
    for _ in range(3):
        before = name
        name = _strip_quotes(name.strip(_TRAILING))
        if name == before:
            break
    return name


def expand_abbreviations(name: str) -> str | None:
    """The name with OPS, GOPS, MGOPS, MOPS, MOPR, PCPR, ROPS, CUS spelled out; None if it has none."""
    expanded, count = _ABBREVIATION.subn(lambda m: ABBREVIATIONS[m.group(1)], name)
    return expanded if count else None


def _mention(name: str, lead: bool = False) -> OrgMention:
    return OrgMention(name=name, name_expanded=expand_abbreviations(name), lead=lead)


# --------------------------------------------------------------------------- org runs

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    start: int  # offsets in the string the run was read from
    end: int


def _org_like(name: str) -> bool:
    words = name.split()
    if any(_fold(w.strip('„”»«"()')).startswith(_ORG_STEMS) for w in words):
        return True
    return bool(_ABBREVIATION.search(name))


def _org_run(text: str, start: int = 0, limit: int = 18) -> _Run | None:
    """The run of name words at `start` (capitalised words, connectors, numbers, quoted parts)."""
    tokens = list(_TOKEN.finditer(text, start))[:limit]
    kept: list[re.Match[str]] = []
    in_quote = False
    for token in tokens:
        word = token.group(0)
        core = word.rstrip(",.;:!?)")
        tail = word[len(core) :]
        if in_quote:
            ok = True
        elif core[:1] in _OPEN_QUOTES + '"':
            ok = _is_capitalised(core[1:2])
            in_quote = ok
        else:
            ok = _is_capitalised(core) or core.lower() in _CONNECTORS or core.isdigit()
        if not ok or not core:
            break
        if in_quote and any(q in word[1:] for q in _CLOSE_QUOTES + '"'):
            in_quote = False
        kept.append(token)
        if any(c in tail for c in ",;:!?)"):
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
    return _Run(normalise_name(text[run_start:run_end]), run_start, run_end)


def _starts_org(words: list[str]) -> bool:
    """Do these words (after "i" / "oraz" / a comma) begin a new organisation's name?"""
    for word in words[:3]:
        core = _fold(word.strip('„”«»",.;:()'))
        if core in _ORG_HEADS or _ABBREVIATION.fullmatch(word.strip('„”«»",.;:()')):
            return True
        if not _is_capitalised(word):
            return False
    return False


def _split_orgs(run: str, offset: int = 0) -> list[tuple[str, int]]:
    """ "A w Opolu i Fundacja B" -> [("A w Opolu", 0), ("Fundacja B", 12)]; commas always split."""
    tokens = list(_TOKEN.finditer(run))
    parts: list[tuple[str, int]] = []
    current: list[re.Match[str]] = []
    for i, token in enumerate(tokens):
        word = token.group(0)
        following = [t.group(0) for t in tokens[i + 1 : i + 4]]
        if word.lower() in ("i", "oraz") and current and _starts_org(following):
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
        name = normalise_name(part)
        if name:
            out.append((name, offset + start))
    return out


_SENTENCE_MARK = re.compile(r'[„«“”»"\n.!?]')


def _sentence_end(text: str, start: int) -> int:
    """Offset of the end of the sentence that runs from `start` (a newline or a final full stop)."""
    depth = 0
    for mark in _SENTENCE_MARK.finditer(text, start):
        char, i = mark.group(0), mark.start()
        if char in _OPEN_QUOTES:
            depth += 1
        elif char in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif char == '"':
            depth = 0 if depth else 1
        elif char == "\n":
            return i
        elif depth == 0 and (i + 1 == len(text) or text[i + 1].isspace()):
            word_start = max(text.rfind(" ", start, i), text.rfind("\u00a0", start, i)) + 1
            if text[word_start:i].lower().lstrip("(") not in _DOT_WORDS:
                return i
    return len(text)


def _sentences_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The sentences holding `positions` (sorted), read line by line from each line's start."""
    spans: list[tuple[int, int]] = []
    for position in positions:
        if spans and spans[-1][0] <= position < spans[-1][1]:
            continue
        start = text.rfind("\n", 0, position) + 1
        while start <= position:
            while start < len(text) and text[start].isspace() and text[start] != "\n":
                start += 1
            end = _sentence_end(text, start)
            if position < end or end >= len(text):
                spans.append((start, end))
                break
            start = end + 1
    return spans


def _cut_name(value: str) -> str:
    """A labelled value cut to the name: to a line end, comma, bracket, spaced dash or full stop."""
    value = _COMPOUND_HYPHEN.sub(r"\1-", value.split("\n", 1)[0])
    for match in re.finditer(r"[;,(\[]|\s[\-–—]\s|\.(?=\s|$)|\s+tel\b|\s+ul\.", value):
        if match.group(0) == ".":
            word = re.search(r"(\S+)$", value[: match.start()])
            if word and word.group(1).lower() in _DOT_WORDS:
                continue
        value = value[: match.start()]
        break
    return normalise_name(value)[:200]


# ------------------------------------------------------------------- beneficiary / implementer

_BENEFICIARY_LABEL = re.compile(
    r"(?<![\w])(?:Wnioskodawc[ay]|Beneficjen(?:t|ci)(?:\s+projektu)?|Nazwa\s+(?:beneficjenta|wnioskodawcy))"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
_BENEFICIARY_IS = re.compile(
    r"\bBeneficjent(?:em|ami)\s+(?:projektu\s+|zadania\s+)?(?:jest|są|był[aoy]?|został[aoy]?)\s+",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(?:otrzymał|pozyskał|uzyskał)(?:a|o|y|i)?\s+(?:[^\s.]+\s+){0,4}?"
    r"(?:dofinansowa|dotacj|wsparci|środk|grant|subwencj|dofinansowani)",
    re.IGNORECASE,
)
_IMPLEMENTER_LABEL = re.compile(
    r"(?<![\w])(?:Realizator(?:\s+projektu|\s+zadania)?|Jednostka\s+(?:realizująca|wdrażająca)(?:\s+projekt)?"
    r"|Podmiot\s+realizujący(?:\s+projekt)?|Instytucja\s+realizująca(?:\s+projekt)?)"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
_IMPLEMENTER_IS = re.compile(
    r"\b(?:Realizatorem\s+(?:projektu\s+|zadania\s+)?(?:jest|był[aoy]?|został[aoy]?|będzie)"
    r"|Projekt\s+(?:jest\s+|był\s+|będzie\s+)?realizowany\s+(?:jest\s+|był\s+|będzie\s+)?przez"
    r"|Projekt\s+realizuj[eą])\s+",
    re.IGNORECASE,
)


def _labelled_value(text: str, end: int) -> str:
    """The value after a label: the rest of the line, or the next line when the label ends one."""
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)]
    if line.strip() or line_end < 0:
        return line
    following = text[line_end + 1 :].lstrip("\n \t\u00a0")
    return following.split("\n", 1)[0]


def _subject_before(text: str, verb_start: int) -> str | None:
    """The organisation that is the subject right before a verb ("Ośrodek … w Nysie otrzymał")."""
    sentence_start = max(text.rfind("\n", 0, verb_start), text.rfind(". ", 0, verb_start) + 1, 0)
    clause = text[sentence_start:verb_start]
    tokens = list(_TOKEN.finditer(clause))
    for i, token in enumerate(tokens):
        word = token.group(0)
        if not _is_capitalised(word) or word.lower() in _CONNECTORS:
            continue
        if i and tokens[i - 1].group(0).lower() in _PREPOSITIONS:
            continue
        run = _org_run(clause, token.start())
        if run and not clause[run.end :].strip() and _org_like(run.text):
            return run.text
    return None


def find_beneficiary(text: str) -> OrgMention | None:
    """Wnioskodawca / beneficjent, or the subject of "… otrzymał dofinansowanie"."""
    lowered = text.lower()  # cheap substring checks decide which regexes are worth running
    labelled = "wnioskodawc" in lowered or "beneficjen" in lowered
    for match in _BENEFICIARY_LABEL.finditer(text) if labelled else ():
        name = _cut_name(_labelled_value(text, match.end()))
        if name:
            return _mention(name)
    for match in _BENEFICIARY_IS.finditer(text) if "beneficjent" in lowered else ():
        run = _org_run(text, match.end())
        if run and _org_like(run.text):
            return _mention(run.text)
    received = any(verb in lowered for verb in ("otrzymał", "pozyskał", "uzyskał"))
    for match in _RECEIVED.finditer(text) if received else ():
        subject = _subject_before(text, match.start())
        if subject:
            return _mention(subject)
    return None


def find_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca."""
    lowered = text.lower()
    labelled = any(w in lowered for w in ("realizator", "realizując", "wdrażając"))
    for match in _IMPLEMENTER_LABEL.finditer(text) if labelled else ():
        name = _cut_name(_labelled_value(text, match.end()))
        if name:
            return _mention(name)
    phrased = "realizator" in lowered or "projekt realiz" in lowered or "realizowany" in lowered
    for match in _IMPLEMENTER_IS.finditer(text) if phrased else ():
        run = _org_run(text, match.end())
        if run and _org_like(run.text):
            return _mention(run.text)
    return None


# --------------------------------------------------------------------------- partners

_DISTRIBUTIVE = re.compile(r"\b([A-ZŁŚŻŹĆŃÓ]{2,6})-(?:ami|ach|ów|om|y|e)\s+z\s+[Ww]ojewództw\s*:?\s*")
_PARTNER_IS = re.compile(
    r"\b(Partnerem\s+wiodącym|Liderem|Partner(?:em|ami))(?:\s+(?:projektu|przedsięwzięcia|zadania))?"
    r"\s+(?:jest|są|był[aoy]?|byli|będzie|będą|został[aoy]?|zostały|zostali)"
    r"(?:\s+(?:również|także|też|ponadto))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_AND_PARTNER = re.compile(
    r"\ba\s+(?:partner(?:em|ami)|liderem)(?:\s+(?:projektu\s+)?(?:jest|są|był[aoy]?|byli|został[aoy]?))?\s+",
    re.IGNORECASE,
)
_PARTNERSHIP_BY = re.compile(
    r"(?:projekt\w*\s+partnersk\w*|partnersk\w*\s+projekt\w*)[^.\n]{0,80}?"
    r"\b(?:realizowan\w*\s+(?:jest\s+|był\s+|będzie\s+)?przez|realizuj[ąe]|realizowa(?:ć|li|ły)\s+będą)\s+",
    re.IGNORECASE,
)
_PARTNER_LABEL = re.compile(
    r"^[ \t\-•*·]*(Partner(?:zy)?(?:\s+wiodący)?|Lider)(?:\s+projektu)?(?:\s+(?:nr\s*)?\d+)?"
    r"[ \t]*[:|\t][ \t]*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET = re.compile(r"^[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+(.+)$")
_IN_PARTNERSHIP = re.compile(r"\bw\s+partnerstwie\s+ze?\s+", re.IGNORECASE)
_PARTNERSHIP_WORD = re.compile(r"partnersk|partnerstw", re.IGNORECASE)
_PARTNER_WORD = re.compile(r"partner|lider", re.IGNORECASE)
_JOINING_VERB = re.compile(
    r"\b(?:przystąpi\w*|realizuj\w*|realizowa\w*|zrealizowa\w*|wdraża\w*|uczestnicz\w*|bierze\s+udział|wraz\s+z)",
    re.IGNORECASE,
)
_ACTING_VERB = re.compile(
    r"^\s*(?:wspólnie\s+)?(?:z?realiz\w+|prowadz\w+|przeprowadzi\w*|wdraża\w*|wdrożył\w*|przystąpi\w*)\b",
    re.IGNORECASE,
)


@dataclass
class _Found:
    items: list[tuple[int, OrgMention]]
    warnings: list[str]

    def add(self, position: int, name: str, lead: bool = False) -> None:
        name = normalise_name(name)
        if name:
            self.items.append((position, _mention(name, lead)))


def _list_items(text: str, start: int, end: int) -> list[tuple[str, int, bool]]:
    """Names in a list between `start` and `end`, each with its offset and lead marker."""
    segment = text[start:end]
    leads: list[int] = []
    cleaned = segment
    for marker in _LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
        cleaned = cleaned[: marker.start()] + " " * (marker.end() - marker.start()) + cleaned[marker.end() :]
    out: list[tuple[str, int, bool]] = []
    for name, offset in _split_orgs(cleaned):
        out.append((name, start + offset, False))
    for lead_at in leads:  # the marker belongs to the item right before it
        before = [i for i, (_, offset, _) in enumerate(out) if offset - start < lead_at]
        if before:
            name, offset, _ = out[before[-1]]
            out[before[-1]] = (name, offset, True)
    return out


def _distributive(text: str, found: _Found) -> list[tuple[int, int]]:
    """ "wraz z ROPS-ami z województw: A (partner wiodący), B i C" -> a partner per voivodeship."""
    spans = []
    for match in _DISTRIBUTIVE.finditer(text):
        abbreviation = match.group(1).upper()
        end = _sentence_end(text, match.end())
        sentence_start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()), 0)
        if not _PARTNER_WORD.search(text[sentence_start:end]):
            continue  # "wraz z ROPS-ami z województw" outside a partnership is not a partner list
        spans.append((match.start(), end))
        segment = text[match.end() : end]
        leads = list(_LEAD_MARKER.finditer(segment))
        masked = _LEAD_MARKER.sub(lambda m: "\x00" * len(m.group(0)), segment)
        offset = 0
        for piece in re.split(r",|\s+i\s+|\s+oraz\s+", masked):
            position = masked.find(piece, offset)
            offset = position + len(piece)
            adjective = normalise_name(piece.replace("\x00", " "))
            if not adjective:
                continue
            key = _fold(adjective)
            genitive = VOIVODESHIPS_GENITIVE.get(key) or VOIVODESHIPS_GENITIVE.get(key[:-1] + "ego")
            if genitive is None:
                found.warnings.append(f"{adjective!r} in a list of voivodeships is not a voivodeship; skipped.")
                continue
            lead = any(position <= m.start() <= offset for m in leads)
            found.add(match.end() + position, f"{abbreviation} województwa {genitive}", lead)
    return spans


def _labelled_lists(text: str, found: _Found) -> None:
    """ "Partnerzy projektu: A, B" on one line, or followed by a bulleted list, or table rows."""
    for match in _PARTNER_LABEL.finditer(text):
        label = match.group(1).lower()
        lead = "wiodący" in label or label.startswith("lider")
        if match.group(2).strip():
            for name, position, marked in _list_items(text, match.start(2), match.end(2)):
                if _org_like(name) or not label.startswith("partnerzy"):
                    found.add(position, _cut_name(name), lead or marked)
            continue
        position = match.end() + 1
        for line in text[position:].split("\n")[:30]:
            bullet = _BULLET.match(line)
            if not bullet:
                if line.strip():
                    break
                position += len(line) + 1
                continue
            marked = bool(_LEAD_MARKER.search(bullet.group(1)))
            name = _cut_name(_LEAD_MARKER.sub(" ", bullet.group(1)))
            if name:
                found.add(position + bullet.start(1), name, lead or marked)
            position += len(line) + 1


def _partner_is(text: str, found: _Found) -> None:
    """ "Partnerem jest również X.", "Partnerami projektu są: A, B i C.", "Liderem jest X." """
    for match in _PARTNER_IS.finditer(text):
        label = match.group(1).lower()
        lead = label.startswith(("liderem", "partnerem wiodącym"))
        end = _sentence_end(text, match.end())
        if end == match.end() or not text[match.end() : end].strip():
            _labelled_bullets(text, end + 1, found, lead)
            continue
        if label.startswith("partnerami"):
            for name, position, marked in _list_items(text, match.end(), end):
                if _is_list_name(name):
                    found.add(position, _cut_name(name), marked)
            continue
        run = _org_run(text, match.end(), limit=30)  # one partner (or "A oraz B"), not a clause list
        if run is not None:
            for name, position in _split_orgs(run.text, run.start):
                if _is_list_name(name):
                    found.add(position, name, lead)


def _partnership_lists(text: str, found: _Found) -> None:
    """ ", a partnerem X", "projekt partnerski realizowany jest przez A (partner wiodący) i B" """
    for pattern in (_AND_PARTNER, _PARTNERSHIP_BY):
        for match in pattern.finditer(text):
            end = _sentence_end(text, match.end())
            for name, position, marked in _list_items(text, match.end(), end):
                if _is_list_name(name) and _org_like(name):
                    found.add(position, _cut_name(name), marked)


def _is_list_name(name: str) -> bool:
    """A list item that can be a name: it starts with a capital letter or a quote."""
    return bool(name) and (name[0].isupper() or name[0] in _OPEN_QUOTES + '"') and len(name.split()) <= 20


def _labelled_bullets(text: str, position: int, found: _Found, lead: bool) -> None:
    for line in text[position:].split("\n")[:30]:
        bullet = _BULLET.match(line)
        if not bullet:
            if line.strip():
                return
            position += len(line) + 1
            continue
        name = _cut_name(_LEAD_MARKER.sub(" ", bullet.group(1)))
        if name:
            found.add(position + bullet.start(1), name, lead or bool(_LEAD_MARKER.search(bullet.group(1))))
        position += len(line) + 1


def _in_partnership(text: str, found: _Found) -> None:
    """ "… w partnerstwie z Fundacją X i Stowarzyszeniem Y realizuje …" """
    for match in _IN_PARTNERSHIP.finditer(text):
        run = _org_run(text, match.end(), limit=30)
        if run is None:
            continue
        for name, position in _split_orgs(run.text, run.start):
            if _org_like(name):
                found.add(position, name)


def _sentence_subjects(text: str, found: _Found, taken: list[tuple[int, int]]) -> None:
    """Subjects of partnership sentences and "A i B (partner wiodący) realizowali projekt"."""
    hits = sorted(
        {m.start() for m in _LEAD_MARKER.finditer(text)} | {m.start() for m in _PARTNERSHIP_WORD.finditer(text)}
    )
    if not hits:
        return
    for start, end in _sentences_at(text, hits):
        sentence = text[start:end]
        marker = _LEAD_MARKER.search(sentence)
        is_partnership = bool(_PARTNERSHIP_WORD.search(sentence) and _JOINING_VERB.search(sentence))
        if not marker and not is_partnership:
            continue
        lead_start = sentence.find("(") if marker and marker.group(0).startswith("(") else -1
        run = _org_run(sentence, 0, limit=30)
        if run is None or run.start > 3:
            continue
        names = [(n, p) for n, p in _split_orgs(run.text, start + run.start) if _org_like(n)]
        if not names:
            continue
        if marker and marker.start() >= run.end and _ACTING_VERB.match(sentence[marker.end() :]):
            if any(s <= start + marker.start() < e for s, e in taken):
                continue
            for i, (name, position) in enumerate(names):
                found.add(position, name, lead=i == len(names) - 1 and lead_start >= run.end - 3)
        elif is_partnership and not any(s <= start + run.start < e for s, e in taken):
            name, position = names[0]
            found.add(position, name)


def find_partners(text: str) -> tuple[list[OrgMention], list[str]]:
    """Partners of a partnership project, the lead marked, plus warnings."""
    found = _Found([], [])
    if not text:
        return [], []
    lowered = text.lower()
    if "partner" not in lowered and "lider" not in lowered:
        return [], []
    taken = _distributive(text, found) if "ojewództw" in text else []
    _labelled_lists(text, found)
    if any(word in lowered for word in ("partnerem", "partnerami", "liderem")):
        _partner_is(text, found)
    if " a partner" in lowered or " a liderem" in lowered or "partnersk" in lowered:
        _partnership_lists(text, found)
    if "partnerstw" in lowered:
        _in_partnership(text, found)
    _sentence_subjects(text, found, taken)

    partners: list[OrgMention] = []
    index: dict[str, int] = {}
    for _, mention in sorted(found.items, key=lambda item: item[0]):
        key = " ".join(_fold(mention.name).split())
        if key in index:
            if mention.lead and not partners[index[key]].lead:
                partners[index[key]] = replace(partners[index[key]], lead=True)
            continue
        index[key] = len(partners)
        partners.append(mention)
    if sum(p.lead for p in partners) > 1:
        found.warnings.append("Several lead partners marked: " + "; ".join(p.name for p in partners if p.lead) + ".")
    return partners, found.warnings
