"""Partners under a label: "Partnerzy projektu: A, B", "Lider – Gmina X", a heading over a name a line.

Labels and headings are layout, not sentences: read by line, apart from the cue phrases.
"""

from __future__ import annotations

import re

from extract.org_names import cut_name, matches_from
from extract.partner_heads import HEAD_KIND, powiat_name, shared_head, unit_head
from extract.partner_lists import BULLET, LEAD_MARKER, cut_listed_name, list_items
from extract.partner_names import Found, is_unit

_OF_WHAT = r"(?:(?:mikro)?projektu|zadania|przedsięwzięcia|operacji|inicjatywy)"
# A label at a line's start (any case), or inside a line when capitalised ("Lider: A oraz Partnerzy: B, C").
_PARTNER_LABEL = re.compile(
    r"(?:^[ \t\-•*·]*(?P<first>(?i:(?:projekt)?partner(?:zy)?(?:\s+wiodący|\s+wspomagający|\s+wspierający)?|lider"
    r"|współorganizator(?:zy)?|lead\s+partner))"
    r"|(?<=[\s,;])(?P<inner>Partner(?:zy)?(?:\s+wiodący)?|Lider|Współorganizator(?:zy)?)"
    # "Wnioskodawca i lider projektu:", "Beneficjent/lider:": a lower-case label joined to another one
    r"|(?:(?<=\si\s)|(?<=\soraz\s)|(?<=/)|(?<=;\s))(?P<joined>(?i:partner(?:zy)?(?:\s+wiodący)?|lider)))"
    # what the partner is of: "projektu", "mikroprojektu", "zadania", "operacji" (LGD grants), ...
    rf"(?i:\s+{_OF_WHAT})?(?:[ \t]+(?:nr\s*)?\d+)?[ \t]*[:|\t][ \t]*",
    re.MULTILINE,
)
# A heading alone on its line over a list of names: "Partnerzy projektu", "Partnerzy:".
_PARTNER_HEADING = re.compile(
    r"^[ \t]*(?:Partnerzy|Partnerzy\s+projektu|Partnerami\s+projektu\s+są|Współorganizatorzy)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Partner projektu – Fundacja X", "Lider – Gmina Y" at a line's start, or capitalised after a comma or colon
# ("w partnerstwie: Lider – Gmina A, Partner – Fundacja B").
_PARTNER_DASH_LABEL = re.compile(
    r"(?:^[ \t•*·]*(?P<label>(?i:partner(?:zy)?(?:\s+wiodący)?|lider))"
    r"|(?:(?<=[,;:])[ \t]*|(?<=\soraz\s)|(?<=\si\s)|(?<=\sprzez\s))"
    r"(?P<inner>(?i:partner(?:zy|a|ów|em|ami)?(?:\s+wiodąc\w+)?|lider(?:a|em)?))"
    r"|(?<=\s)(?P<capital>Partner(?:zy|a|ów|em|ami)?(?:\s+wiodąc\w+)?|Lider(?:a|em)?))"  # capitalised: a label anywhere
    rf"(?i:\s+(?:{_OF_WHAT}|partnerstwa))?[ \t]+[–—-][ \t]+",
    re.MULTILINE,
)
# The words a _PARTNER_HEADING match begins with after its line's spaces and tabs (`matches_from`: tried there, not
# at every line of the text).
_HEADING_STARTS = ("partnerzy", "partnerami", "współorganizatorzy")
_HEADING_RUN = " \t".__contains__
# What the opening runs of _PARTNER_LABEL and _PARTNER_DASH_LABEL hold (see `matches_from`).
_LABEL_RUN = " \t-•*·".__contains__
_DASH_LABEL_RUN = " \t•*·".__contains__


# A unit's address printed after its name: a street, a postcode, a phone, a tax number.
_ADDRESS = re.compile(r"(?:ul|al|pl|os)\.|\d{2}-\d{3}|tel|fax|e-mail|NIP|KRS|REGON|www\.", re.IGNORECASE)


def labelled_lists(text: str, cues: str, found: Found) -> None:
    """ "Partnerzy projektu: A, B" on one line (or several labels on it: "Lider: A oraz Partnerzy: B, C"),
    a label followed by a list of names, table rows."""
    labelled = any(mark in text for mark in ":|\t")
    starts = ("partner", "lider", "współorganiz", "lead", "projektpartner")
    labels = list(matches_from(_PARTNER_LABEL, text, cues, starts, _LABEL_RUN)) if labelled else []
    for number, match in enumerate(labels):
        label = (match.group("first") or match.group("inner") or match.group("joined")).lower()
        lead = "wiodący" in label or label.startswith(("lider", "lead"))
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        value_end = line_end
        if number + 1 < len(labels) and labels[number + 1].start() < line_end:
            value_end = labels[number + 1].start()
        value = re.sub(r"[\s,;]+(?:oraz|i|a)?\s*$", "", text[match.end() : value_end])
        if value.strip():
            items = list_items(text, match.end(), match.end() + len(value))
            for number_in_list, (name, position, marked) in enumerate(items):
                name = cut_listed_name(name)
                if _ADDRESS.match(name):
                    continue  # "Lider: Gmina X, ul. Polna 2, 87-620 X": the unit's address, no unit
                # a singular label's first name whatever it is ("Partner: WiseEuropa"); any other, a unit's
                if is_unit(name) or (number_in_list == 0 and not label.startswith(("partnerzy", "współorganiz"))):
                    found.add(position, name, lead or marked)
            continue
        if value_end == line_end:
            labelled_bullets(text, line_end + 1, found, lead)
    heading = any(word in cues for word in _HEADING_STARTS)
    for match in matches_from(_PARTNER_HEADING, text, cues, _HEADING_STARTS, _HEADING_RUN) if heading else ():
        labelled_bullets(text, match.end() + 1, found, False)
    dashed = list(matches_from(_PARTNER_DASH_LABEL, text, cues, ("partner", "lider"), _DASH_LABEL_RUN))
    for number, match in enumerate(dashed):  # "Partner projektu – Fundacja X": units only
        label = match.group("label") or match.group("inner") or match.group("capital")
        lead = label.lower().startswith(("lider", "partner wiodąc"))
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if number + 1 < len(dashed) and dashed[number + 1].start() < line_end:
            line_end = dashed[number + 1].start()
        value = re.sub(r"[\s,;]+(?:oraz|i|a)?\s*$", "", text[match.end() : line_end])  # "A oraz| partnerzy – B"
        for name, position, marked in list_items(text, match.end(), match.end() + len(value)):
            name = cut_listed_name(name)
            if is_unit(name):
                found.add(position, name, lead or marked)


# "Partner Wiodący – Gmina A", "Lider: Fundacja B": the lead's role printed before its name in a list's item.
_LEAD_FIRST = re.compile(
    r"\s*(?:partner(?:em)?\s+wiodąc\w*|lider(?:em)?)(?:\s+(?:projektu|partnerstwa))?\s*[–—:-]\s*", re.IGNORECASE
)
# A name, a spaced dash and a lower-case note on it: "Stowarzyszenie Aktywni – prowadzi kluby seniora."
_DESCRIBED = re.compile(r"(.{3,150}?)[ \t]+[–—-][ \t]+(?=[a-ząćęłńóśźż])")


def labelled_bullets(text: str, position: int, found: Found, lead: bool) -> None:
    """The names right after a label that ends its line ("Partnerzy:", then "- A", "- B", or a name a line).
    A unit type's sub-heading among them ("• powiaty:", "miasta na prawach powiatu:", or with its names on its
    line: "gminy: Lipno, Kikół") gives the bare names under it their head ("• aleksandrowski" -> "Powiat
    Aleksandrowski", "• Toruń" -> "Miasto Toruń"), to the list's end or the next sub-heading."""
    lines = text[position : position + _LIST_WINDOW].split("\n")[:_LIST_LINES]
    named = False
    head: str | None = None  # the unit type of the sub-heading the lines are under
    table = False  # rows of a table read: a blank line after them ends the list
    for number, line in enumerate(lines):
        if table and not line.strip():
            return
        bullet = BULLET.match(line)
        item = bullet.group(1) if bullet else line.strip()
        at = position + line.find(item) if item else position
        if _HEADER_ROW.fullmatch(item):  # "Lp. Nazwa Adres": a table's header whose cells the text ran together
            position += len(line) + 1
            continue
        cells = [cell.strip() for cell in _CELL.split(item)] if _CELL.search(item) else []
        if cells:  # a table row flattened to a line: "1 | Gmina Lipno | Lipno", its header ("Lp. | Nazwa") left out
            unit = next((cell for cell in cells if is_unit(cell) and not _ADDRESS.match(cell)), None)
            if unit is None:
                if any(_TABLE_HEADER.fullmatch(cell) for cell in cells):
                    position += len(line) + 1
                    continue
                return
            marked = any(_LEAD_CELL.fullmatch(cell) for cell in cells) or bool(LEAD_MARKER.search(item))
            found.add(position + line.find(unit), _cut_list_name(unit), lead or marked)
            named = table = True
            position += len(line) + 1
            continue
        typed = _TYPE_HEADING.fullmatch(item.rstrip())
        if typed:  # "• powiaty:": the units of this type follow, a line each
            head, named = unit_head(typed.group(1)), True
            position += len(line) + 1
            continue
        if _TYPE_HEADING.match(item) and (shared := shared_head(text, at)):
            for name, offset, marked in shared:  # "gminy: Lipno, Kikół, Skępe" on its own line
                found.add(offset, name, lead or marked)
            named = True
            position += len(line) + 1
            continue
        under = _under_head(head, item) if head and item else None
        if under:
            found.add(at, under, lead)
            position += len(line) + 1
            continue
        if not (bullet or named or head) and "," in item and not any(earlier.strip() for earlier in lines[:number]):
            # the heading's first line holds the whole list ("PARTNERZY PROJEKTU", then "A, B, C"): its units
            # (a lower-case item is a note on the name before it: "…, działająca przy Szkole X")
            units = [(n, p, m) for n, p, m in list_items(text, at, at + len(item)) if n[:1].isupper() and is_unit(n)]
            if len(units) >= 2:
                for name, offset, marked in units:
                    found.add(offset, name, lead or marked)
                return
        described = None if bullet or _name_line(item) else _DESCRIBED.match(item)
        if described and _name_line(described.group(1)):
            item = described.group(1)  # "Fundacja Razem – organizacja działająca od 2001 r.": the name, not its note
        if not bullet and not _name_line(item):
            if line.strip() and not (named and _name_shaped(item) and _next_is_name(lines, number + 1)):
                return  # a name the unit words miss ("Mezeum …") is read only between two units' lines
            if not line.strip():
                head = None  # a blank line ends a sub-heading's part ("Kontakt" after it is no gmina)
                position += len(line) + 1
                continue
        named = True
        first = _LEAD_FIRST.match(item)  # "• Partner Wiodący – Województwo X": the role before the name
        name = _cut_list_name(LEAD_MARKER.sub(" ", item[first.end() :] if first else item))
        # "• powiaty:" heads a part of the list, "• aleksandrowski" is a unit's adjective without its head: no names
        if name and not item.rstrip().endswith(":") and any(char.isupper() for char in name):
            found.add(position + line.find(item), name, lead or bool(first) or bool(LEAD_MARKER.search(item)))
        position += len(line) + 1


# A table's cell separator once the table is flattened to lines: "|" or a tab.
_CELL = re.compile(r"[ \t]*[|\t][ \t]*")
# A table's header cells: "Lp.", "L.p.", "Nazwa partnera", "Siedziba", "Adres", "Rola".
_TABLE_HEADER = re.compile(
    r"(?i:l\.?\s?p\.?|nr|nazwa(?:\s+\w+){0,2}|siedziba|adres(?:\s+\w+)?|rola(?:\s+w\s+projekcie)?)"
)
_HEADER_ROW = re.compile(
    r"(?i:l\.?\s?p\.?|nr)(?:[ \t]+(?i:nazwa(?:[ \t]+(?:partnera|podmiotu|jednostki|instytucji))?|siedziba|adres|rola"
    r"(?:[ \t]+w[ \t]+projekcie)?))+"
)
# A role cell that marks the lead: "Lider", "Partner wiodący", "Lider projektu".
_LEAD_CELL = re.compile(r"(?i:lider(?:\s+projektu)?|partner\s+wiodący)")


# The longest list read under one label: lists of 20 and more units (every powiat of a voivodeship) fit.
_LIST_LINES = 80
_LIST_WINDOW = 12000
# A unit type's sub-heading alone on its line: "powiaty:", "Gminy wiejskie:", "miasta na prawach powiatów:" (the
# kinds `partner_heads` reads after the same plurals).
_TYPE_HEADING = re.compile(rf"(gminy|powiaty|miasta){HEAD_KIND}[ \t]*:", re.I)


# A bare place under a gmina's or town's sub-heading: capitalised words, "nad"/"pod"/"na" between them.
_BARE_PLACE_LINE = re.compile(
    r"[A-ZŁŚŻŹĆŃÓ][^\W\d_]*(?:-[A-ZŁŚŻŹĆŃÓ][^\W\d_]*)?(?:[ \t]+(?:nad|pod|na|[A-ZŁŚŻŹĆŃÓ][\w-]*)){0,3}"
)


def _under_head(head: str, item: str) -> str | None:
    """An item of a sub-heading's part of a list given its unit's head ("aleksandrowski" under "powiaty:" ->
    "Powiat Aleksandrowski", "Toruń" under "miasta:" -> "Miasto Toruń"); None for a unit's own name (read as
    any item) or a line that is no bare name."""
    item = item.strip().rstrip(",;.")
    if head == "Powiat":
        return powiat_name(item)
    if _BARE_PLACE_LINE.fullmatch(item) and not is_unit(item):
        return f"{head} {item}"
    return None


def _next_is_name(lines: list[str], number: int) -> bool:
    following = next((line.strip() for line in lines[number:] if line.strip()), "")
    return _name_line(following)


_NAME_SHAPE = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:[A-ZŁŚŻŹĆŃÓ„\"][^\s]*|w|we|i|im\.|nr|na|z|ze|dla|o|–))*")


def _name_shaped(line: str) -> bool:
    """A line of capitalised words and the few lower-case words of names, nothing else."""
    return len(line) <= 150 and not line.endswith((".", ":")) and bool(_NAME_SHAPE.fullmatch(line))


# "Wejherowskie Centrum Kultury – Filharmonia Kaszubska": a dash before a capitalised word that is not a role
# joins one name; "Gmina X – lider", "Fundacja Y – Partner projektu" end it.
_NAME_DASH = re.compile(
    r"\s[–—-]\s(?=[A-ZŁŚŻŹĆŃÓ][\w-]*\s+[A-ZŁŚŻŹĆŃÓ])(?!(?i:partner|lider|koordynator|organizator|współorganizator|realizator"
    r"|beneficjent|patron|sponsor|wnioskodawca)\b)"
)


def _cut_list_name(item: str) -> str:
    """`cut_name` keeping a dash that joins one name's two parts."""
    return cut_name(_NAME_DASH.sub("\x00", item)).replace("\x00", " – ")


def _name_line(line: str) -> bool:
    """A line that holds a unit's name and nothing else (a list under a heading, no bullets)."""
    line = LEAD_MARKER.sub(" ", line).strip()
    return (
        0 < len(line) <= 150
        and line[0].isupper()
        and not line.endswith((".", ":"))
        and not re.search(r"\d{3}", line)
        and is_unit(line)
        and len(line.split()) <= 14
    )
