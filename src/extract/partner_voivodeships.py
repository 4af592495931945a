"""A unit's kind distributed over voivodeships: "wraz z ROPS-ami z województw: A (partner wiodący), B i C".

One partner a voivodeship, named from the adjective; apart because it reads adjectives, not names.
"""

from __future__ import annotations

import re

from extract.org_names import fold, matches_at, normalise_name, windows_before
from extract.partner_cues import PARTNER_WORD
from extract.partner_lists import LEAD_MARKER
from extract.partner_names import Found
from extract.partner_sentences import end_of_sentence

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
_DISTRIBUTIVE = re.compile(r"\b([A-ZŁŚŻŹĆŃÓ]{2,6})-(?:ami|ach|ów|om|y|e)\s+z\s+[Ww]ojewództw\s*:?\s*")


def distributive(text: str, found: Found) -> list[tuple[int, int]]:
    """ "wraz z ROPS-ami z województw: A (partner wiodący), B i C" -> a partner per voivodeship."""
    spans = []
    # (tried only before each "ojewództw": "[Ww]", white space, "z", white space, "ROPS-ami")
    for match in matches_at(_DISTRIBUTIVE, text, windows_before(text, "ojewództw", 1, 1, 10)):
        abbreviation = match.group(1).upper()
        end = end_of_sentence(text, match.end())
        sentence_start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()), 0)
        if not PARTNER_WORD.search(text[sentence_start:end]):
            continue  # "wraz z ROPS-ami z województw" outside a partnership is not a partner list
        spans.append((match.start(), end))
        segment = text[match.end() : end]
        leads = list(LEAD_MARKER.finditer(segment))
        masked = LEAD_MARKER.sub(lambda m: "\x00" * len(m.group(0)), segment)
        offset = 0
        for piece in re.split(r",|\s+i\s+|\s+oraz\s+", masked):
            position = masked.find(piece, offset)
            offset = position + len(piece)
            adjective = normalise_name(piece.replace("\x00", " "))
            if not adjective:
                continue
            key = fold(adjective)
            genitive = VOIVODESHIPS_GENITIVE.get(key) or VOIVODESHIPS_GENITIVE.get(key[:-1] + "ego")
            if genitive is None:
                found.warnings.append(f"{adjective!r} in a list of voivodeships is not a voivodeship; skipped.")
                continue
            lead = any(position <= m.start() <= offset for m in leads)
            found.add(match.end() + position, f"{abbreviation} województwa {genitive}", lead)
    return spans
