"""Trimming the edges of an article's text: labels, buttons and date lines left at its start and end.

"Drukuj", "Liczba odsłon: 12", "Opublikowano: …", the headline repeated, a section's name above
the article or a related list's heading below it: dropped line by line, never from the middle.
"""

from __future__ import annotations

import re

from extract.boilerplate_words import RELATED_HEADING
from extract.date_lines import PUBLISHED_CUE, date_only
from extract.dates import parse_date
from extract.title_text import SECTION, norm_title

_EDGE_PHRASE = re.compile(
    r"^\W*(?:rejestr\s+zmian|historia\s+zmian|drukuj|wydrukuj|wersja\s+do\s+druku|pdf|e-?mail|poleć|udostępnij"
    r"(?:\s+\w+){0,2}|powrót(?:\s+do\s+.{0,50})?|wróć(?:\s+do\s+.{0,50})?|wstecz|do\s+góry|na\s+górę"
    r"|czytaj\s+(?:więcej|dalej)|więcej|zobacz\s+(?:też|także|więcej|również)|poprzedni(?:\s+(?:artykuł|wpis))?"
    r"|następny(?:\s+(?:artykuł|wpis))?|szczegóły|powiększ|zamknij|tweet|lubię\s+to!?|facebook|twitter"
    r"|metryczka|metryka|informacje\s+o\s+publikacji|a\+?|a-|aa|[-–—*•|·_=\s«»‹›<>]*)\W*$",
    re.IGNORECASE,
)
_EDGE_LABEL = re.compile(
    r"^\W*(?:podmiot\w*\s+udostępniając\w*|osob\w+\s+(?:sporządzając|wytwarzając|odpowiedzialn|udostępniając"
    r"|wprowadzając|publikując)\w*|wytworzył\w*|informację\s+wytworzył\w*|udostępnił\w*|opublikował\w*"
    r"|wprowadził\w*|zmodyfikował\w*|redagował\w*|data\s+\w+|opublikowano|utworzono|zmodyfikowano|dodano"
    r"|aktualizacja|ostatni\w*\s+\w+|autor\w*|napisane\s+przez|kategori\w*|tagi|tags|odsłon\w*"
    r"|wyświetle\w*|liczba\s+\w+|czytano|hits|źródło\s+zdjęć|fot\.?|foto)\b(?:\s+[\w()]+){0,3}\s*:",
    re.IGNORECASE,
)
_BAR = re.compile(r"\s[|•·/]\s")
_EDGE_COUNTER = re.compile(r"^\W*(?:odsłon\w*|wyświetle\w*|czytano|hits|odsłony)\W*\d[\d\s]*(?:razy)?\W*$", re.I)


def _edge_junk(line: str, headline: str) -> bool:
    """A line at the start or end of the text that is a label, a button or a date, not the article."""
    if headline and norm_title(line) == headline:
        return True
    if len(line) <= 40 and (SECTION.match(norm_title(line)) or RELATED_HEADING.match(line)):
        return True  # a section's name above the article ("Aktualności"), a list's heading below it
    if _EDGE_PHRASE.match(line) or _EDGE_COUNTER.match(line) or date_only(line):
        return True
    if len(line) <= 80 and _BAR.search(line) and all(_EDGE_PHRASE.match(part) for part in _BAR.split(line)):
        return True  # "Drukuj | Powrót", "PDF • E-mail"
    if len(line) <= 200 and _EDGE_LABEL.match(line):
        return True
    return bool(len(line) <= 120 and PUBLISHED_CUE.match(line) and parse_date(line))


def trim_edges(text: str, headline: str = "") -> str:
    """Drop label, button and date lines from both ends of a text (at most 25 from each)."""
    lines = text.split("\n")
    wanted = norm_title(headline) if headline else ""
    start, stop = 0, len(lines)
    for _ in range(25):
        while start < stop and not lines[start].strip():
            start += 1
        if start < stop and _edge_junk(lines[start], wanted):
            start += 1
        else:
            break
    for _ in range(25):
        while stop > start and not lines[stop - 1].strip():
            stop -= 1
        if stop > start and _edge_junk(lines[stop - 1], "") and not _labelled_value(lines, start, stop - 1):
            stop -= 1
        else:
            break
    trimmed = _clean_lines(lines[start:stop])
    # Nothing dropped from a clean text: the text itself (equal), so the record model's `clean_block` knows it.
    return text if trimmed == text else trimmed


def _labelled_value(lines: list[str], start: int, at: int) -> bool:
    """Whether the date line `lines[at]` is the value of the article's own label above it ("Okres realizacji
    projektu:" / "01.01.2023 - 31.12.2023"), not a date stamp: the line before ends with a colon and is no
    metadata label ("Data publikacji:")."""
    before = lines[at - 1].strip() if at > start else ""
    return before.endswith(":") and not _edge_junk(before, "") and date_only(lines[at]) is not None


def _clean_lines(lines: list[str]) -> str:
    return re.sub(r"\n\s*\n+", "\n\n", "\n".join(lines)).strip()
