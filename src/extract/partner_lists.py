"""Reading the names of a list after a partner cue: where it ends, its separators, bullets, lines and lead markers.

Every cue of `extract.partners` ends where a list of names begins; this is how all of them read it, so that a
list is cut the same way whatever introduced it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from extract.org_names import OPEN_QUOTES, cut_name, fold, normalise_name, split_orgs
from extract.partner_cases import GENITIVE_HEADS, HEADS, NOMINATIVE_HEADS, ROMAN
from extract.partner_heads import PLURAL_HEADS, distribute_heads, powiat_name, shared_head
from extract.partner_names import (
    BRAND,
    FOREIGN_UNIT,
    LEGAL_FORM_END,
    PERSON,
    SEAT,
    adjective_pair,
    folded_ascii,
    is_unit,
    run_at,
)
from extract.partner_sentences import end_of_sentence

# The lead partner's marker after a name: "(partner wiodący)", "(lider projektu)", "– Lider KPP".
LEAD_MARKER = re.compile(
    r"\(\s*(?:partner(?:em|a)?\s+wiodąc\w*|lider\w*)(?:\s+projektu)?\s*\)"
    # "– Lider KPP": the project's acronym after the role is no part of the name
    r"|[–—-]\s*(?:partner(?:a|em)?\s+wiodąc\w*|lider(?:a|em)?)\b(?:\s+(?:projektu|partnerstwa|konsorcjum"
    r"|(?-i:[A-ZŁŚŻŹĆŃÓ]{2,8})(?=[ \t]*(?:$|[\n,;.)]))))?",
    re.IGNORECASE,
)
# "Gmina A, Gmina B – Partnerzy", "Fundacja C – partner projektu": a role after a name, no part of it.
_PARTNER_MARKER = re.compile(
    r"[ \t]+[–—-][ \t]*partner(?:zy|em|ami)?(?:\s+(?:projektu|partnerstwa|konsorcjum))?\b", re.I
)
BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪►◦○✓]|\d{1,2}[.)]|[a-h]\))[ \t]+(.+)$")  # "- A", "2. B", "b) C"
# A unit's head printed in lower case inside a list ("gminę Secemin", "stowarzyszenie HOP z Wolgastu", "parafia pw.
# Św. Jana", "z fundacją „Razem”"), in any case form, before a capitalised name, a quote or "pw."/"im.": read as a name.
LOWER_UNIT_HEAD = re.compile(
    r"(?<![\w-])(?:gmin[aęąy]|powiat(?:em|u)?|miast(?:o|em|a)|stowarzyszeni(?:e|a|em|u)|fundacj(?:a|i|ę|ą)"
    r"|parafi(?:a|i|ę|ą)|nadleśnictw(?:o|a|em|u)|spółdzielni(?:a|ę|ą))"
    r"(?=[ \t]+(?:[A-ZŁŚŻŹĆŃÓ„\"]|pw\.|im\.))"
)
_SEPARATOR = re.compile(
    r"(?:[\s,;:•·*]|[-–—](?=\s)|(?<!\w)(?:i|oraz|a\s+także|jak\s+również|a)(?:\s+ze?(?=\s+[A-ZŁŚŻŹĆŃÓ„\"]))?(?!\w)"
    r"|(?<!\w)(?:tj\.|m\.[ \t]?in\.|czyli|między\s+innymi|a\s+mianowicie|takimi\s+jak)(?=\s))+"  # "…, tj. A, B"
)
# Lower-case items of a list that are not names ("gminami i organizacjami pozarządowymi"): skipped.
_COMMON_ITEM = re.compile(
    r"(?:[a-ząćęłńóśźż]+(?:ami|mi|oma|ema)|\d{1,2}|i|oraz|z|ze|w|we|innymi|lokalnymi|m\.\s?in\.|tj\.|takimi\s+jak)"
    r"(?:\s+|$)"
)
# A partner's country before its name ("z litewską Savivaldybė …", "z partnerem czeskim – Městem …",
# "ze słowackimi partnerami: …"): read past, the name after it kept.
_COUNTRY_WORDS = re.compile(
    r"(?:(?:partner\w*+|instytucj\w*+|organizacj\w*+|samorząd\w*+|gmin\w*+|miast\w*+)\s++)?"
    r"(?:polsk|czesk|słowack|niemieck|saksońsk|brandenbursk|litewsk|łotewsk|estońsk|ukraińsk|białorusk|rosyjsk"
    r"|słoweńsk|węgiersk|rumuńsk|chorwack|austriack|duńsk|szwedzk|norwesk|fińsk|francusk|hiszpańsk|portugalsk"
    r"|włosk|greck|bułgarsk|holendersk|belgijsk|irlandzk|gruzińsk|mołdawsk|serbsk|tureck)\w*+"
    r"(?:\s++(?:partner\w*+|stron\w*+))?[ \t]*+(?:[–—-][ \t]*+|:[ \t]*+)?(?=[A-ZŁŚŻŹĆŃÓ„\"])"
)
_LOWER_PIECE = re.compile(r"[a-ząćęłńóśźż\d][^,;:\n]*?(?=[,;:]|\s+(?:i|oraz)\s+(?=[A-ZŁŚŻŹĆŃÓ„])|$)")
_LIST_GOES_ON = re.compile(r"\S?\s*(?:i|oraz|a\s+także|jak\s+również)\s")
_PAIR = re.compile(r"\S?\s*a\s")
# A unit's head, a few lower-case words and its quoted proper name: "Stowarzyszenie na rzecz dzieci „Razem”".
_QUOTED_NAME = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]+(?:[ \t]+[a-ząćęłńóśźż][\w-]*){1,8}[ \t]+„[^”\n]{1,80}”")


_LINES_WINDOW = 8000  # the longest list of a name a line or a bullet (every powiat of a voivodeship: 20 and more)
_LINES = 80


_LIST_JOIN = re.compile(r"(?:a\s+także|jak\s+również|a\s+ponadto|i|oraz|a)\s+(?=[A-ZŁŚŻŹĆŃÓ„\"])")


# The numbers of a numbered list flattened into one line ("Partnerzy: 1. Gmina A 2. Gmina B"), not "nr 2".
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?<![Nn][Rr]\s)(?<!\bnr\.\s)\d{1,2}[.)](?=[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ])")


def list_items(text: str, start: int, end: int) -> list[tuple[str, int, bool]]:
    """Names in a list between `start` and `end`, each with its offset and lead marker; brackets left out."""
    shared = shared_head(text[:end], start)
    if shared:
        return shared
    # "starostwo X oraz gminy: A, B": a sub-heading in the list (only where a colon follows the list's start)
    heading = _LATER_HEADING.search(text, start, end) if text.find(":", start, end) != -1 else None
    if heading is not None and (later := shared_head(text[:end], heading.end())):
        return [*list_items(text, start, heading.start()), *later]
    segment = text[start:end]
    leads: list[int] = []
    cleaned = segment
    for marker in LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
        cleaned = cleaned[: marker.start()] + " " * (marker.end() - marker.start()) + cleaned[marker.end() :]
    cleaned = re.sub(r"\([^()\n]{0,300}\)", lambda m: " " * len(m.group(0)), cleaned)
    cleaned = LOWER_UNIT_HEAD.sub(lambda m: m.group(0).capitalize(), cleaned)  # "fundacja „Razem” i parafia pw. …"
    cleaned = _INLINE_NUMBER.sub(lambda m: "," + " " * (len(m.group(0)) - 1), cleaned)  # "1. A 2. B": flattened
    out: list[tuple[str, int, bool]] = []
    for name, offset in split_orgs(cleaned):
        joined = _LIST_JOIN.match(name)  # ", a także Ochotnicza Straż Pożarna": the joining words left out
        if joined:
            name, offset = name[joined.end() :], offset + joined.end()
        out.extend((part, start + at, False) for part, at in split_oraz(name, offset))
    out = _comma_names(text, out)
    out = [(_lower_powiat(name), at, lead) for name, at, lead in out]
    for lead_at in leads:  # the marker belongs to the item right before it
        before = [i for i, (_, offset, _) in enumerate(out) if offset - start < lead_at]
        if before:
            name, offset, _ = out[before[-1]]
            out[before[-1]] = (name, offset, True)
    return out


# A unit type's plural heading the rest of a list after a first item: "…: starostwo kartuskie oraz gminy: Kartuzy,
# Żukowo", "…: Fundacja Razem, a także gminy: A i B" (the plural and its colon read by `shared_head`).
_LATER_HEADING = re.compile(
    r"(?:[ \t]*[,;][ \t]*|[ \t]+)(?:(?:oraz|i|a[ \t]+także)[ \t]+)?"
    r"(?=(?:gmin|powiat|miast)\w*(?:[ \t]+[a-ząćęłńóśźż-]+){0,4}?[ \t]*:)"
)
# A powiat named by its office or its type and adjective in lower case: "starostwo kartuskie", "powiat kartuski"
# (a list item: the powiat by its TERYT name, as a list under "powiaty:" gives it).
_LOWER_POWIAT = re.compile(r"(?:starostwo|powiat)[ \t]+(?P<adjective>[a-ząćęłńóśźż-]+?)(?:ie|i)(?![\w-])")


def _lower_powiat(name: str) -> str:
    """ "starostwo kartuskie" -> "Powiat Kartuski"; any other name as it is."""
    match = _LOWER_POWIAT.fullmatch(name)
    if match is None:
        return name
    return powiat_name(match.group("adjective") + "i") or name


def lower_powiat_at(text: str, position: int) -> str | None:
    """The powiat a lower-case "starostwo kartuskie" / "powiat kartuski" at `position` names ("Rolę lidera pełni
    starostwo kartuskie" -> "Powiat Kartuski"), or None."""
    match = _LOWER_POWIAT.match(text, position)
    return powiat_name(match.group("adjective") + "i") if match else None


# A foreign body's name with lower-case words, to the list's next separator: "Regionalna razvojna agencija Posavje".
# (a name never runs on into "w ramach …", "ze środków …", "dzięki …": "Gmina Větřkovice w ramach Funduszu
# Mikroprojektów Euroregionu Silesia" names the fund's programme after the unit)
_FOREIGN_PIECE = re.compile(
    r"[^\s,;.()][^,;.()\n]{0,120}?(?=\s*(?:[,;.()\n]|$|\s(?:i|oraz|and|und|w\s+ramach|ze\s+środków|dzięki)\s))"
)


# A unit's nominative head right after a complete name, no separator before it: "Gminą Skępe Gmina Kikół" (a list's
# last name, then the clause's subject).  Heads that rarely stand inside another unit's name only ("Fundacja Dom
# Dziecka", "Stowarzyszenie Klub Seniora" keep theirs: one word before the head is no complete name).
_BARE_NEXT_HEAD = re.compile(
    r"[ \t]+(?=(?:Gmina|Powiat|Miasto|Fundacja|Stowarzyszenie|Województwo|Parafia|Nadleśnictwo)[ \t]+[A-ZŁŚŻŹĆŃÓ„\"])"
)
_NOT_AFTER = frozenset(["i", "oraz", "a", "z", "ze", "w", "we", "na", "dla", "przy", "pod", "im.", "pw.", "–", "-"])


def _bare_next_head(run: str) -> int | None:
    """Where a second unit's name begins inside `run` with no separator before it, or None."""
    for match in _BARE_NEXT_HEAD.finditer(run):
        words = run[: match.start()].split()
        if len(words) >= 2 and words[-1].lower() not in _NOT_AFTER and words[-1].lower() not in _TOWN_AND_GMINA:
            return match.start()
    return None


def read_list(text: str, start: int, pair: bool = False, genitive: bool = False) -> list[tuple[str, int, bool]]:
    """The names listed from `start` to where the list ends ("z Fundacją A, Stowarzyszeniem B oraz Parafią C
    realizuje …"): lower-case items of no name ("gminami") skipped, brackets left out, lead markers read;
    with `pair`, "a" joins names too ("pomiędzy Gminą A a Fundacją B"); `genitive`: the names are in it."""
    shared = shared_head(text, start)
    if shared:
        return shared
    end = end_of_sentence(text, start)
    for _ in range(10):  # "TAURON Polska Energia S.A. i Miejskie Przedsiębiorstwo …": no sentence ends at "S.A."
        tail = text[max(start, end - 8) : end]
        if end >= len(text) or text[end] != "." or not LEGAL_FORM_END.search(tail):
            break
        end = end_of_sentence(text, end + 1)
    if BULLET.match(text[start : start + 300].split("\n", 1)[0]):  # "w partnerstwie z:", then "- A", "- B"
        return _bullet_items(text, start)
    if text[max(0, start - 4) : start].rstrip(" \t\n").endswith(":") and "\n" in text[max(0, start - 4) : start]:
        return _line_items(text, start)  # "w partnerstwie z:", then a name a line, no bullets
    segment = text[start:end]
    leads: list[int] = []
    for marker in LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
    masked = LEAD_MARKER.sub(lambda m: " " * len(m.group(0)), segment)
    masked = _PARTNER_MARKER.sub(lambda m: " " * len(m.group(0)), masked)
    masked = re.sub(r"\([^()\n]{0,300}\)", lambda m: " " * len(m.group(0)), masked)
    masked = LOWER_UNIT_HEAD.sub(lambda m: m.group(0).capitalize(), masked)  # "gminę Secemin" -> "Gminę Secemin"
    masked = _INLINE_NUMBER.sub(lambda m: "," + " " * (len(m.group(0)) - 1), masked)  # "1. A 2. B": a flattened list
    items: list[tuple[str, int, bool]] = []
    position = 0
    for _ in range(40):
        separator = _SEPARATOR.match(masked, position)
        if separator:
            position = separator.end()
        if position >= len(masked):
            break
        char = masked[position]
        if char.isupper() or char in OPEN_QUOTES + '"':
            quoted = _QUOTED_NAME.match(masked, position)
            if quoted and is_unit(quoted.group(0).split()[0] + " X"):  # "Stowarzyszenie na rzecz … „Dla Rodziny”"
                items.append((normalise_name(quoted.group(0)), start + position, False))
                position = quoted.end()
            else:
                run = run_at(masked, position)
                if run is None:
                    break
                run_text, run_end = run.text, run.end
                bare = _bare_next_head(run_text)  # "z gminą Skępe Gmina Kikół realizuje": the list's name ends
                if bare:
                    run_text, run_end = run_text[:bare].rstrip(), run.start + bare
                parts = [
                    (part, a)
                    for whole, at in _split_run(run_text, run.start)
                    for name, offset in split_oraz(whole, at)  # "…, F oraz Regionalna razvojna agencija"
                    for part, a in split_units(name, offset, genitive)
                ]
                position = run_end
                foreign = _FOREIGN_PIECE.match(masked, parts[-1][1]) if parts else None
                if foreign and foreign.end() > run_end and FOREIGN_UNIT.search(fold(foreign.group(0))):
                    parts[-1] = (foreign.group(0), parts[-1][1])  # "Regionalna razvojna agencija Posavje"
                    position = foreign.end()
                items.extend((part, start + a, False) for part, a in parts)
                if bare:
                    break  # the next unit's name, no separator before it: the clause's subject, no list item
            seat = SEAT.match(masked, position)
            if seat:
                position = seat.end()
            # from the run's last character ("A," goes on), past a bracket left out ("A (…), B")
            rest = masked[position - 1] + masked[position:].lstrip() if masked[position - 1] in ",;" else ""
            rest = rest or masked[position:].lstrip()
            if rest and not (rest[0] in ",;•·*-–—" or _LIST_GOES_ON.match(rest) or (pair and _PAIR.match(rest))):
                break  # "… z Fundacją A realizuje projekt": the list ends with its last name
            continue
        country = _COUNTRY_WORDS.match(masked, position)
        if country:
            position = country.end()
            continue
        piece = _LOWER_PIECE.match(masked, position)
        if piece is None or _COMMON_ITEM.sub("", piece.group(0)).strip():
            break
        position = piece.end()
    for lead_at in leads:  # the marker belongs to the item right before it
        before = [i for i, (_, offset, _) in enumerate(items) if offset - start < lead_at]
        if before:
            name, offset, _ = items[before[-1]]
            items[before[-1]] = (name, offset, True)
    return _comma_names(text, items)


# The tail of a name that enumerates after a comma: "Kultury i Sportu" in "Fundacja Rozwoju Regionu, Kultury i Sportu".
_ENUMERATED_TAIL = re.compile(
    r"[A-ZŁŚŻŹĆŃÓ][\w-]*+(?:[ \t]++[A-ZŁŚŻŹĆŃÓ][\w-]*+)*+[ \t]+i[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]*+"
    r"(?:[ \t]++(?:[A-ZŁŚŻŹĆŃÓ][\w-]*+|w|we|nr|im\.))*+"  # "…, Rencistów i Inwalidów Oddział Rejonowy w Lipnie"
)


def _split_run(run: str, offset: int) -> list[tuple[str, int]]:
    """`split_orgs`, but "Miasto i Gmina Morawica" stays one unit (a town and its gmina under one name)."""
    out: list[tuple[str, int]] = []
    for name, position in split_orgs(run, offset):
        if out and fold(out[-1][0]) in ("miasto", "miasta", "miastem") and fold(name).startswith("gmin"):
            out[-1] = (f"{out[-1][0]} i {name}", out[-1][1])
            continue
        start = 0
        for joint in _AND_FOREIGN.finditer(name):  # "Město Náchod i Obec Hronov": a foreign head begins a unit
            if _FOREIGN_HEAD.fullmatch(folded_ascii(joint.group(1))):
                out.append((name[start : joint.start()], position + start))
                start = joint.start(1)
        out.append((name[start:], position + start))
    return out


_AND_FOREIGN = re.compile(r"[ \t]+i[ \t]+([A-ZŁŚŻŹĆŃÓ][^\W\d_]+)")
# Heads that open a foreign body's name (Czech, Slovak, German, Lithuanian, Ukrainian).
_FOREIGN_HEAD = re.compile(
    r"obec|mesto|mestys|gemeinde|stadt|landkreis|kreis|amt|savivaldybe|hromada|euroregion|okres|kraj|spolek|verein"
)


# A noun's genitive endings: the words a name enumerates after its comma ("Regionu, Kultury i Sportu",
# "Emerytów, Rencistów i Inwalidów"), unlike bare place names in the nominative ("Kikół, Skępe i Wielgie").
_GENITIVE_ENDINGS = ("u", "y", "i", "ów", "ego", "ej", "ych", "ich", "a")
_BARE_WORDS = re.compile(r"[A-ZŁŚŻŹĆŃÓ][^\W\d_]*+(?:[ \t][A-ZŁŚŻŹĆŃÓ][^\W\d_]*+){0,2}")


def cut_listed_name(name: str) -> str:
    """`cut_name`, keeping a comma that `_comma_names` found inside a name ("Fundacja Rozwoju Regionu, Kultury i
    Sportu")."""
    head, comma, tail = name.partition(", ")
    if comma and _ENUMERATED_TAIL.fullmatch(tail):
        return f"{cut_name(head)}, {tail}"
    return cut_name(name)


def _comma_names(text: str, items: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """A unit's name holding a comma ("Fundacja Rozwoju Regionu, Kultury i Sportu") read as one: an item that is no
    unit, only capitalised words joined by "i", right after a unit and its comma, is that unit's name going on."""
    joined: list[tuple[str, int, bool]] = []
    for name, position, marked in items:  # "Kultury", "Sportu" split at their "i": one tail again
        bare = joined and _BARE_WORDS.fullmatch(name) and _BARE_WORDS.fullmatch(joined[-1][0])
        if bare and not is_unit(name) and not is_unit(joined[-1][0]):
            previous, at, lead = joined[-1]
            if text[at + len(previous) : position] == " i ":
                joined[-1] = (f"{previous} i {name}", at, lead or marked)
                continue
        joined.append((name, position, marked))
    out: list[tuple[str, int, bool]] = []
    for name, position, marked in joined:
        if out and " i " in name and _ENUMERATED_TAIL.fullmatch(name) and not is_unit(name):
            previous, at, lead = out[-1]
            if fold(previous.split()[0]) in PLURAL_HEADS:
                out.append((name, position, marked))
                continue  # "Nadleśnictwa Czarnobór, Borne Sulinowo i Czaplinek": places under one plural
            between = text[at + len(previous) : position]
            genitives = all(w.endswith(_GENITIVE_ENDINGS) for w in (previous.split()[-1], name.split()[0]))
            if between.strip() == "," and genitives and is_unit(previous):  # not "Gmina A, Skępe i Wielgie"
                out[-1] = (f"{previous}, {name}", at, lead or marked)
                continue
        out.append((name, position, marked))
    return out


# A bullet's name ends at a comma or dash before a lower-case word, a street or a phone, or a trailing "z Litwy".
_BULLET_TAIL = re.compile(
    r"\s*(?:[,;]|\s[-–—])\s+(?=[a-ząćęłńóśźż\d]|ul\.|tel)|\s+(?:z|ze)\s+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+[ay]\s*[,;.]?\s*$"
)


_COMMA_WORD = re.compile(r",\s+(\S+)")


def _split_at_heads(name: str) -> list[tuple[str, int]]:
    """ "Gmina Lipno, Fundacja Razem" -> two; a comma before anything but a unit's head stays in the name."""
    out: list[tuple[str, int]] = []
    start = 0
    for match in _COMMA_WORD.finditer(name):
        word = match.group(1).strip(OPEN_QUOTES + '"').lower()
        if word in NOMINATIVE_HEADS or word in HEADS:
            out.append((name[start : match.start()], start))
            start = match.start(1)
    out.append((name[start:], start))
    return out


# "… w Dorzeczu Wieprzy, Grabowej i Unieści": places enumerated inside a name, after "w" (the comma stays).
_PLACES_IN_NAME = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]+(?:,\s*[A-ZŁŚŻŹĆŃÓ][\w-]+)*\s+(?:i|oraz)\s+[A-ZŁŚŻŹĆŃÓ][\w-]+")
_LOCATIVE = re.compile(r"\s(?:w|we|na)\s+[A-ZŁŚŻŹĆŃÓ][\w-]+(?:\s+[A-ZŁŚŻŹĆŃÓ][\w-]+)?$")


def _cut_at_comma(name: str) -> str:
    """A bullet's name to its first comma ("Fundacja Razem, Warszawa"), but for a comma before a unit's head (a
    second unit, split later) and one inside places enumerated after "w" ("w Dorzeczu Wieprzy, Grabowej i Unieści")."""
    for match in _COMMA_WORD.finditer(name):
        word = match.group(1).strip(OPEN_QUOTES + '"').lower()
        if word in NOMINATIVE_HEADS or word in HEADS:
            continue
        if _LOCATIVE.search(name, 0, match.start()) and _PLACES_IN_NAME.fullmatch(name, match.start(1)):
            break
        return name[: match.start()]
    return name


def _numbered_pieces(item: str) -> list[tuple[str, int]]:
    """An item cut at the numbers of a numbered list flattened into it ("Gmina A 2. Gmina B"), with offsets."""
    cuts = [0, *(m.start() for m in _INLINE_NUMBER.finditer(item) if m.start() > 0), len(item)]
    pieces = []
    for a, b in itertools.pairwise(cuts):
        number = _INLINE_NUMBER.match(item, a) if a else None
        begin = number.end() if number else a
        pieces.append((item[begin:b], begin))
    return pieces


def _bullet_items(text: str, start: int) -> list[tuple[str, int, bool]]:
    """A bulleted list, a name a bullet ("• Darłowska Lokalna Grupa Rybacka w Dorzeczu Wieprzy, Grabowej i Unieści
    (DLGR)"): its brackets and trailing punctuation left out, lead markers read."""
    items: list[tuple[str, int, bool]] = []
    position = start
    for line in text[start : start + _LINES_WINDOW].split("\n")[:_LINES]:
        bullet = BULLET.match(line)
        if not bullet and not line.strip():  # a blank line between two bullets ("- A", "", "- B"): the list goes on
            position += len(line) + 1
            continue
        if not bullet:
            break
        for item, shift in _numbered_pieces(bullet.group(1)):  # "1. A 2. B" flattened onto one line: two items
            lead = bool(LEAD_MARKER.search(item))
            item = re.sub(r"\([^()]{0,300}\)", " ", LEAD_MARKER.sub(" ", item))
            tail = _BULLET_TAIL.search(item)
            name = _cut_at_comma(normalise_name(item[: tail.start()] if tail else item))
            if name:
                parts = [unit for piece in _split_at_heads(name) for unit in split_units(*piece, False)]
                at = position + bullet.start(1) + shift
                items.extend(
                    (part, at + offset, lead and i == len(parts) - 1) for i, (part, offset) in enumerate(parts)
                )
        position += len(line) + 1
    return items


_LINE_JOIN = re.compile(r"(?:oraz|i|a\s+także)[ \t]+(?:ze?[ \t]+)?")


def _line_items(text: str, start: int) -> list[tuple[str, int, bool]]:
    """A name a line after a cue that ends its line ("w partnerstwie z:", then "Gminą A,", "Fundacją B oraz"):
    read while each line is one unit's name, to the first line that is not."""
    items: list[tuple[str, int, bool]] = []
    position = start
    for line in text[start : start + _LINES_WINDOW].split("\n")[:_LINES]:
        at = position + len(line) - len(line.lstrip())
        position += len(line) + 1
        joined = _LINE_JOIN.match(text, at)
        at = joined.end() if joined else at
        run = run_at(text, at)
        rest = text[run.end : position - 1].strip(" \t,;.") if run else "x"
        if run is None or run.start != at or (rest and not LEAD_MARKER.fullmatch(rest)):
            break
        name = run.text.rstrip(",;")
        if not is_unit(name):
            break
        items.append((name, run.start, bool(rest)))
    return items


# " i Fundacji X", " z Fundacją Y" inside one run of capitalised words: where a second unit begins.
_NEXT_UNIT = re.compile(r"\s+(?:i|oraz|a|ze?)\s+(?=(?P<words>(?:[A-ZŁŚŻŹĆŃÓ][\w-]*\s+){0,2}[A-ZŁŚŻŹĆŃÓ][\w-]*))")


_UNIT_ABBREVIATION = re.compile(r"(?:[A-ZŁŚŻŹĆŃÓ]{2,6}|[A-ZŁŚŻŹĆŃÓ]{1,3}[a-z][A-ZŁŚŻŹĆŃÓ]{1,3})")
_TOWN_AND_GMINA = frozenset(["miasta", "miasto", "miastem", "gminy", "gmina", "gminą", "gminę"])


# A second unit's head in a list of any case but the genitive: the instrumental or accusative ("i Fundacją", "i
# Gminę") or the nominative ("Gmina Lubawka i Nadleśnictwo Kamienna Góra").
_LIST_HEADS = frozenset(HEADS) | NOMINATIVE_HEADS
_ADJECTIVE_ENDINGS = ("ym", "im", "ą", "ego", "ej", "ymi", "imi", "ych", "ich")


def split_units(name: str, position: int, genitive: bool) -> list[tuple[str, int]]:
    """ "Gminy Lipno i Fundacji Razem", "Gminę Lipno i Fundację Razem", "Gminą Lipno z Fundacją Razem" -> two
    names: split before a second head in the list's case (never "Urzędu Miasta i Gminy Nysa")."""
    out: list[tuple[str, int]] = []
    start = 0
    for match in _NEXT_UNIT.finditer(name):
        words = [w.lower() for w in match.group("words").split()]
        connector = match.group(0).split()[0].lower()
        before = name[: match.start()].rsplit(None, 1)[-1].lower()
        if before in _TOWN_AND_GMINA and words[0] in _TOWN_AND_GMINA:
            continue  # "Urzędu Miasta i Gminy Nysa": one name
        lone = name[start : match.start()].strip()
        if connector in ("i", "oraz") and " " not in lone and adjective_pair(lone, words[0]):
            continue  # "Uniwersyteckiego i Hanzeatyckiego Miasta X": an adjective alone shares the next one's head
        heads = GENITIVE_HEADS if genitive and connector not in ("z", "ze") else _LIST_HEADS
        head_at = next((i for i, w in enumerate(words) if w in heads), None)
        # the words before the head are its adjectives ("i Miejskim Ośrodkiem"), not a name's nouns ("Rencistów
        # i Inwalidów Oddziałem": one name goes on)
        adjectives = head_at is not None and all(w.endswith(_ADJECTIVE_ENDINGS) for w in words[:head_at])
        head = words[head_at] if head_at is not None and adjectives else ""
        first = match.group("words").split()[0]
        abbreviation = _UNIT_ABBREVIATION.fullmatch(first) and not ROMAN.fullmatch(first)
        if connector in ("i", "oraz") and abbreviation and is_unit(name[start : match.start()]):
            head = first  # "LGD Dolina Wełny i LGD Gościnna Wielkopolska": an abbreviated unit begins
            connector = "i"
        elif (
            connector in ("i", "oraz")
            and PERSON.match(person := name[start : match.start()].strip())
            and (" " not in person)
        ):
            head = first  # "Sołtys i Rada Sołecka Wsi Zalesie": a person's title, then a unit
        # after "z" only an instrumental starts a unit: "z Fundacją", "ze Stowarzyszeniem"
        if head.endswith(("ą", "em", "um")) if connector in ("z", "ze") else head:
            out.append((name[start : match.start()], position + start))
            start = match.end()
    out.append((name[start:], position + start))
    return [(n.strip(), p) for n, p in out if n.strip()]


_ORAZ = re.compile(r"\s+oraz\s+(?:ze?\s+)?(?=[A-ZŁŚŻŹĆŃÓ„])")


def split_oraz(name: str, position: int) -> list[tuple[str, int]]:
    """A list's "oraz" always joins two items (no unit's name holds it): "Grupa Działania oraz Regionalna" -> two."""
    out: list[tuple[str, int]] = []
    start = 0
    for match in _ORAZ.finditer(name):
        out.append((name[start : match.start()], position + start))
        start = match.end()
    out.append((name[start:], position + start))
    return out


_UNIT_THROUGH_CENTRE = re.compile(r"(?:Województw|Gmin|Powiat|Miast)\w*\s+[A-ZŁŚŻŹĆŃÓ]")
_CENTRE = re.compile(
    r"(?:(?:Regionaln|Miejsk|Gminn|Powiatow|Miejsko-[Gg]minn)\w*\s+)?(?:Ośrod|Centr)\w*\s+(?:Polityki|Pomocy|Usług)"
    r"|(?:ROPS|MOPS|GOPS|MGOPS|M-GOPS|OPS|MOPR|PCPR|CUS)\b"
)


def cued_list(
    text: str, start: int, convert: Callable[[str], str] | None = None, pair: bool = False
) -> list[tuple[str, int, bool]]:
    """The names of a list after an explicit partner cue: its units, and the other names that look like one
    ("WiseEuropa", "PKO") when the list has a unit; names given back through `convert` (the genitive)."""
    items: list[tuple[str, int, bool]] = []
    for name, position, marked in distribute_heads(read_list(text, start, pair, genitive=convert is not None)):
        previous = items[-1] if items else None
        between = text[previous[1] : position] if previous else ""
        if (
            previous
            and between.endswith((" – ", " — "))
            and not re.search(r"[,;\n]", between)
            and (is_unit(previous[0]) or previous[0].isupper())  # "EPP RETAIL – Galeria Echo"
            and is_unit(name)
        ):
            if not _UNIT_THROUGH_CENTRE.match(previous[0]) or not _CENTRE.match(name):
                items[-1] = (
                    f"{previous[0]} – {convert(name) if convert else name}",
                    previous[1],
                    previous[2] or marked,
                )
            # "z Województwem Lubelskim – Regionalnym Ośrodkiem …": a unit acting through its centre is the unit
            # (tests/realtext/README.md, the fifth round); another apposition joins ("EPP RETAIL – Galeria Echo")
            continue
        items.append((convert(name) if convert else name, position, marked))
    if not any(is_unit(name) for name, _, _ in items):
        return []
    return [item for item in items if is_unit(item[0]) or (BRAND.fullmatch(item[0]) and not PERSON.match(item[0]))]
