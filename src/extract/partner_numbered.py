"""Numbered units of one kind named together by their kind's plural: "Szkoły Podstawowe nr 8, 32 i 36 w Częstochowie"
-> Szkoła Podstawowa nr 8 w Częstochowie, Szkoła Podstawowa nr 32 w Częstochowie, Szkoła Podstawowa nr 36 w
Częstochowie (one unit for each number, the seat after the last number each one's).

Read as partners where they carry a project out together: the agent of a passive participle of carrying out
("projektu realizowanego przez Szkoły Podstawowe nr 8, 32, 36 w X", "Projekt jest prowadzony przez Przedszkola
Miejskie nr 1 i 2") or the subject of a plural verb of it ("Zespoły Szkół nr 1 i 2 w X realizują projekt", "Projekt
realizują wspólnie Szkoły Podstawowe nr 3 i 5"), a project's or a programme's word in the sentence: the joint subject
of the seventh labelling round (tests/realtext/README.md), none of them the implementer.  A plural with one number, a
list of pupils' schools or venues ("zajęcia odbędą się w Szkołach Podstawowych nr 1 i 2") is not read.
"""

from __future__ import annotations

import itertools
import re

from extract.dates import MONTH_PATTERN_ANY_CASE
from extract.org_sentences import MAX_CUES
from extract.partner_names import Found
from extract.partner_sentences import end_of_sentence

# A kind's plural (nominative/accusative or genitive) and its singular: "Szkoły Podstawowe" / "Szkół Podstawowych"
# -> "Szkoła Podstawowa".
_KINDS = {
    "Szkoły Podstawowe": "Szkoła Podstawowa", "Szkół Podstawowych": "Szkoła Podstawowa",
    "Przedszkola Publiczne": "Przedszkole Publiczne", "Przedszkoli Publicznych": "Przedszkole Publiczne",
    "Przedszkola Miejskie": "Przedszkole Miejskie", "Przedszkoli Miejskich": "Przedszkole Miejskie",
    "Przedszkola Samorządowe": "Przedszkole Samorządowe", "Przedszkoli Samorządowych": "Przedszkole Samorządowe",
    "Przedszkola": "Przedszkole", "Przedszkoli": "Przedszkole",
    "Zespoły Szkół": "Zespół Szkół", "Zespołów Szkół": "Zespół Szkół",
    "Zespoły Szkolno-Przedszkolne": "Zespół Szkolno-Przedszkolny",
    "Zespołów Szkolno-Przedszkolnych": "Zespół Szkolno-Przedszkolny",
    "Gimnazja": "Gimnazjum", "Gimnazjów": "Gimnazjum",
    "Licea Ogólnokształcące": "Liceum Ogólnokształcące", "Liceów Ogólnokształcących": "Liceum Ogólnokształcące",
    "Żłobki Miejskie": "Żłobek Miejski", "Żłobków Miejskich": "Żłobek Miejski",
}  # fmt: skip
_KIND = "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
# The kind, two numbers and more ("nr 8 , 32, 36", "nr 1 i nr 3", "nr 2, 4 oraz 7") and a seat after them.
_NUMBERED = re.compile(
    rf"(?P<kind>{_KIND})[ \t]+nr\.?[ \t]*(?P<numbers>\d{{1,3}}(?:[ \t]*(?:,|i|oraz)[ \t]*(?:nr\.?[ \t]*)?"
    r"\d{1,3}(?![\d.,]\d))+)(?P<seat>[ \t]+(?:w|we)[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]+(?:[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]+)?)?"
)
_NUMBER = re.compile(r"\d{1,3}")
# Carrying out the project, done by the numbered units: the project's word, then a passive participle before
# "przez" ("projektu realizowanego przez", "Projekt jest prowadzony przez", "Program będzie wdrażany wspólnie przez"),
# or a plural verb ("Projekt realizują …", "… realizują wspólnie projekt").  The word must be the verb's own: in
# "W ramach projektu zajęcia prowadzą …" or "Zajęcia w ramach projektu są prowadzone przez …" the units hold classes.
_DEED_WORD = r"(?<![\w-])(?<!ramach )(?:projekt|program|przedsięwzię|zadani|inicjatyw)\w*"
# What may stand between the project's word and its verb: its adjective ("Projekt edukacyjny", "unijny"), its quoted
# name, a time ("od września", "w tym roku", "w 2024 r."), an auxiliary or "wspólnie"; not a noun of its own ("Dzięki
# projektowi warsztaty zorganizowały …": the workshops were organised).
_BETWEEN = (
    r"(?:[ \t]+(?:„[^”\n]{1,80}”|[a-ząćęłńóśźż]+(?:ny|ni|wy|wi|ki|ski|cki|czny|jny)|od[ \t]+(?:"
    + MONTH_PATTERN_ANY_CASE  # (every pattern with _BETWEEN is compiled with re.IGNORECASE)
    + r")(?!\w)|w[ \t]+tym[ \t]+roku|(?:w|od)[ \t]+\d{4}(?:[ \t]+r\.|[ \t]+roku)?|jest|był[aoy]?|będzie|są|były|będą"
    r"|zostanie|zostaną|został[aoy]?|zostały|wspólnie|razem|też|także|również)){0,4}"
)
_AGENT_BEFORE = re.compile(
    rf"{_DEED_WORD}{_BETWEEN}[ \t]+"
    r"(?:z?realizowan|(?:prze)?prowadzon|wdrażan|wdrożon|przygotowan|z?organizowan)\w*"
    rf"{_BETWEEN}[ \t]+przez[ \t]+$",
    re.IGNORECASE,
)
_RUN = (
    r"(?:z?realiz(?:ują|owały)|(?:prze)?prowadz(?:ą|iły)|przygot(?:owują|owały)|z?organiz(?:ują|owały)|wdraż(?:ają|ały)"
    r"|będą[ \t]+(?:z?realizować|(?:prze)?prowadzić|przygotować|z?organizować|wdrażać))"
)
_VERB_BEFORE = re.compile(rf"{_DEED_WORD}{_BETWEEN}[ \t]+{_RUN}{_BETWEEN}[ \t]+$", re.IGNORECASE)
_VERB_AFTER = re.compile(rf"{_BETWEEN}[ \t]+{_RUN}{_BETWEEN}[ \t]+{_DEED_WORD}", re.IGNORECASE)
_SEVERAL = re.compile(r"projekty|projektów|programy|programów|przedsięwzięcia|zadania", re.IGNORECASE)
# The kinds' literal stems: the text is scanned only where one of them is.
_STEM = re.compile(r"Sz(?:koły|kół) Podstawow|Przedszkol|Zespoł(?:y|ów) |Gimnazj|Lice|Żłob")


def numbered_units(match: re.Match[str]) -> list[tuple[str, int, bool]]:
    """One unit for each number of a numbered plural: "Szkoły Podstawowe nr 8, 32 i 36 w X" -> "Szkoła Podstawowa nr 8
    w X", …, each at the plural's offset (one character apart, to keep their order)."""
    kind = _KINDS[match.group("kind")]
    seat = match.group("seat") or ""
    seat = " ".join(seat.split())
    names = [f"{kind} nr {number}" + (f" {seat}" if seat else "") for number in _NUMBER.findall(match.group("numbers"))]
    return [(name, match.start() + at, False) for at, name in enumerate(dict.fromkeys(names))]


def numbered_partners(text: str, found: Found) -> None:
    """The numbered units of a plural that carry a project out together, each a partner."""
    if _STEM.search(text) is None:
        return
    for match in itertools.islice(_NUMBERED.finditer(text), MAX_CUES):
        before = text[max(0, match.start() - 80) : match.start()]
        acting = _AGENT_BEFORE.search(before) or _VERB_BEFORE.search(before) or _VERB_AFTER.match(text, match.end())
        if acting is None:
            continue
        begin = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()), 0)
        end = end_of_sentence(text, match.end())
        if _SEVERAL.search(text, begin, end):
            continue  # "projekty realizowane przez …": each its own
        units = numbered_units(match)
        if len(units) >= 2:
            for name, position, marked in units:
                found.add(position, name, marked)
