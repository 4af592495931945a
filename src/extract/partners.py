"""Partners of a partnership project, read only where the text says "partner"; the lead partner marked.

Labels ("Partnerzy projektu:"), "Partnerem jest …", "w partnerstwie z …", "(partner wiodący)" /
"(lider)" markers, the distributive "ROPS-ami z województw: A, B i C", and the subject of a
sentence about a partnership project.  "We współpracy z …" is ordinary cooperation, not a project
partnership, and is never read as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.org_names import (
    OPEN_QUOTES,
    OrgMention,
    cut_name,
    fold,
    normalise_name,
    org_like,
    org_mention,
    org_run,
    sentence_end,
    sentences_at,
    split_orgs,
)

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
_LEAD_MARKER = re.compile(
    r"\(\s*(?:partner(?:em|a)?\s+wiodąc\w*|lider\w*)(?:\s+projektu)?\s*\)|[–—-]\s*(?:partner\s+wiodący|lider)\b",
    re.IGNORECASE,
)
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
            self.items.append((position, org_mention(name, lead)))


def _list_items(text: str, start: int, end: int) -> list[tuple[str, int, bool]]:
    """Names in a list between `start` and `end`, each with its offset and lead marker."""
    segment = text[start:end]
    leads: list[int] = []
    cleaned = segment
    for marker in _LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
        cleaned = cleaned[: marker.start()] + " " * (marker.end() - marker.start()) + cleaned[marker.end() :]
    out: list[tuple[str, int, bool]] = []
    for name, offset in split_orgs(cleaned):
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
        end = sentence_end(text, match.end())
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
            key = fold(adjective)
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
                if org_like(name) or not label.startswith("partnerzy"):
                    found.add(position, cut_name(name), lead or marked)
            continue
        _labelled_bullets(text, match.end() + 1, found, lead)


def _partner_is(text: str, found: _Found) -> None:
    """ "Partnerem jest również X.", "Partnerami projektu są: A, B i C.", "Liderem jest X." """
    for match in _PARTNER_IS.finditer(text):
        label = match.group(1).lower()
        lead = label.startswith(("liderem", "partnerem wiodącym"))
        end = sentence_end(text, match.end())
        if end == match.end() or not text[match.end() : end].strip():
            _labelled_bullets(text, end + 1, found, lead)
            continue
        if label.startswith("partnerami"):
            for name, position, marked in _list_items(text, match.end(), end):
                if _is_list_name(name):
                    found.add(position, cut_name(name), marked)
            continue
        run = org_run(text, match.end(), limit=30)  # one partner (or "A oraz B"), not a clause list
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_list_name(name):
                    found.add(position, name, lead)


def _partnership_lists(text: str, found: _Found) -> None:
    """ ", a partnerem X", "projekt partnerski realizowany jest przez A (partner wiodący) i B" """
    for pattern in (_AND_PARTNER, _PARTNERSHIP_BY):
        for match in pattern.finditer(text):
            end = sentence_end(text, match.end())
            for name, position, marked in _list_items(text, match.end(), end):
                if _is_list_name(name) and org_like(name):
                    found.add(position, cut_name(name), marked)


def _is_list_name(name: str) -> bool:
    """A list item that can be a name: it starts with a capital letter or a quote."""
    return bool(name) and (name[0].isupper() or name[0] in OPEN_QUOTES + '"') and len(name.split()) <= 20


def _labelled_bullets(text: str, position: int, found: _Found, lead: bool) -> None:
    """The bulleted names right after a label that ends its line ("Partnerzy:", then "- A", "- B")."""
    for line in text[position:].split("\n")[:30]:
        bullet = _BULLET.match(line)
        if not bullet:
            if line.strip():
                return
            position += len(line) + 1
            continue
        name = cut_name(_LEAD_MARKER.sub(" ", bullet.group(1)))
        if name:
            found.add(position + bullet.start(1), name, lead or bool(_LEAD_MARKER.search(bullet.group(1))))
        position += len(line) + 1


def _in_partnership(text: str, found: _Found) -> None:
    """ "… w partnerstwie z Fundacją X i Stowarzyszeniem Y realizuje …" """
    for match in _IN_PARTNERSHIP.finditer(text):
        run = org_run(text, match.end(), limit=30)
        if run is None:
            continue
        for name, position in split_orgs(run.text, run.start):
            if org_like(name):
                found.add(position, name)


def _sentence_subjects(text: str, found: _Found, taken: list[tuple[int, int]]) -> None:
    """Subjects of partnership sentences and "A i B (partner wiodący) realizowali projekt"."""
    hits = sorted(
        {m.start() for m in _LEAD_MARKER.finditer(text)} | {m.start() for m in _PARTNERSHIP_WORD.finditer(text)}
    )
    if not hits:
        return
    for start, end in sentences_at(text, hits):
        sentence = text[start:end]
        marker = _LEAD_MARKER.search(sentence)
        is_partnership = bool(_PARTNERSHIP_WORD.search(sentence) and _JOINING_VERB.search(sentence))
        if not marker and not is_partnership:
            continue
        lead_start = sentence.find("(") if marker and marker.group(0).startswith("(") else -1
        run = org_run(sentence, 0, limit=30)
        if run is None or run.start > 3:
            continue
        names = [(n, p) for n, p in split_orgs(run.text, start + run.start) if org_like(n)]
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
        key = " ".join(fold(mention.name).split())
        if key in index:
            if mention.lead and not partners[index[key]].lead:
                partners[index[key]] = replace(partners[index[key]], lead=True)
            continue
        index[key] = len(partners)
        partners.append(mention)
    if sum(p.lead for p in partners) > 1:
        found.warnings.append("Several lead partners marked: " + "; ".join(p.name for p in partners if p.lead) + ".")
    return partners, found.warnings
