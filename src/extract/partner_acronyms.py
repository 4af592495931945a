"""A party named by its acronym, read as the name the passage spells out elsewhere: "umowa partnerska między UKW a
Kołem Seniora" in a passage that names "Uniwersytet Kazimierza Wielkiego" -> Uniwersytet Kazimierza Wielkiego.

The acronym's letters are the initials of the capitalised words of one name in the passage (connectors such as "w",
"i", "na rzecz" allowed between them); an acronym with no such name, or with two different ones, stays unread.
"""

from __future__ import annotations

import functools
import itertools
import re

from extract.org_names import split_orgs
from extract.org_sentences import MAX_CUES
from extract.partner_cases import GENITIVE_HEADS, from_genitive, nominative
from extract.partner_names import is_unit, run_at

# An acronym standing alone as a list item: "UKW", "PCPR", "GOKSiR" (capitals, at most two lower-case letters inside).
ACRONYM = re.compile(r"[A-ZŁŚŻŹĆŃÓ](?:[A-ZŁŚŻŹĆŃÓ]|[a-ząćęłńóśźż](?=[A-ZŁŚŻŹĆŃÓ])){1,6}")


@functools.lru_cache(maxsize=64)
def _initials(acronym: str) -> re.Pattern[str]:
    """Capitalised words with the acronym's capitals as initials ("UKW": "Uniwersytet Kazimierza Wielkiego")."""
    between = r"(?:\s+(?:w|we|i|na|rzecz|dla|z|ze|im\.))*\s+"
    letters = [letter for letter in acronym if letter.isupper()]
    return re.compile(r"(?<![\w])" + between.join(rf"{letter}[\w-]+" for letter in letters) + r"(?![\w-])")


@functools.lru_cache(maxsize=16)  # a list's items ask about one acronym many times: one scan of the text each
def spelled_out(text: str, acronym: str) -> str | None:
    """The one unit's name in the passage whose initials the acronym gives, in the nominative; None if none, if
    several, or if `acronym` is no acronym."""
    if ACRONYM.fullmatch(acronym) is None:
        return None
    names = set()
    for match in itertools.islice(_initials(acronym).finditer(text), MAX_CUES):
        run = run_at(text, match.start())
        if run is None or run.start != match.start():
            continue
        name = split_orgs(run.text)[0][0]
        first = name.split()[0].lower()
        name = from_genitive(name) if first in GENITIVE_HEADS and from_genitive(name) != name else nominative(name)
        if is_unit(name) and len(name.split()) >= len([c for c in acronym if c.isupper()]):
            names.add(name)
    return names.pop() if len(names) == 1 else None


def spelled(text: str, name: str) -> str:
    """A list item as a partner's name: an acronym as the name it stands for in the passage, any other as it is."""
    return (spelled_out(text, name) or name) if ACRONYM.fullmatch(name) else name
