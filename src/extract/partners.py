"""Partners of a partnership project, read only where the text says so; the lead marked; names in the nominative.

Labels ("Partnerzy projektu:", "Lider: … oraz Partnerzy: …", a heading over a list of names),
"Partnerem jest …", "a partnerami: …", "w partnerstwie z …" (its subject is the leader unless another
one is named), "wspólnie z / wraz z …" in a sentence about carrying a project out, "wraz z trzema
partnerami: …", "X, działając jako Lider Projektu", "lider projektu (X)", "(partner wiodący)" /
"(lider)" markers, the distributive "ROPS-ami z województw: A, B i C", and the subject of a sentence
about a partnership project.  "We współpracy z …" is ordinary cooperation, not a project partnership,
and is never read as one; a venue, the area served or a person is never a partner.  Names printed in
the instrumental ("z Biblioteką Publiczną w Piasecznie") or the accusative ("przez Gminę Iłów") are
given back in the nominative, a name printed in capitals ("FUNDACJA WINDA") in its ordinary case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.org_names import (
    OPEN_QUOTES,
    OrgMention,
    OrgRun,
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
# ", a partnerem X", ", a partnerami: A, B i C", ", a partnerem – wybranym w konkursie – jest X"
_AND_PARTNER = re.compile(
    r"\ba\s+(?:partner(?:em|ami)|liderem)(?:\s+[–—-]\s[^–—\n]{1,160}?\s[–—-])?"
    r"(?:\s+(?:projektu\s+)?(?:jest|są|był[aoy]?|byli|został[aoy]?|będzie|będą))?[ \t]*:?\s+",
    re.IGNORECASE,
)
_PARTNERSHIP_BY = re.compile(
    r"(?:projekt\w*\s+partnersk\w*|partnersk\w*\s+projekt\w*)[^.\n]{0,80}?"
    r"\b(?:realizowan\w*\s+(?:jest\s+|był\s+|będzie\s+)?przez|realizuj[ąe]|realizowa(?:ć|li|ły)\s+będą)\s+",
    re.IGNORECASE,
)
# A label at a line's start (any case), or inside a line when capitalised ("Lider: A oraz Partnerzy: B, C").
_PARTNER_LABEL = re.compile(
    r"(?:^[ \t\-•*·]*(?P<first>(?i:partner(?:zy)?(?:\s+wiodący)?|lider))"
    r"|(?<=[\s,;])(?P<inner>Partner(?:zy)?(?:\s+wiodący)?|Lider))"
    r"(?i:\s+projektu)?(?:\s+(?:nr\s*)?\d+)?[ \t]*[:|\t][ \t]*",
    re.MULTILINE,
)
# A heading alone on its line over a list of names: "Partnerzy projektu", "Partnerzy:".
_PARTNER_HEADING = re.compile(
    r"^[ \t]*(?:Partnerzy|Partnerzy\s+projektu|Partnerami\s+projektu\s+są)[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_BULLET = re.compile(r"^[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+(.+)$")
_IN_PARTNERSHIP = re.compile(r"\bw\s+partnerstwie\s+ze?(?:\s+następującymi\s+podmiotami)?[ \t]*:?\s+", re.IGNORECASE)
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
# "wraz z trzema partnerami: …", "razem z partnerami", "z następującymi partnerami:"
_WITH_PARTNERS = re.compile(
    r"\b(?:(?:wraz|razem|wspólnie)\s+)?ze?\s+(?:(?:\d{1,2}|dwoma|dwójką|trzema|czterema|pięcioma|sześcioma"
    r"|siedmioma|ośmioma|dziewięcioma|dziesięcioma|kilkoma|kilkunastoma|następującymi|swoimi|naszymi"
    r"|pozostałymi)\s+)*partner(?:ami|em)(?:\s+projektu)?[ \t]*:?\s+",
    re.IGNORECASE,
)
# "wspólnie z …", "wraz z …": co-implementers, read only in a sentence about carrying something out.
_TOGETHER = re.compile(r"\b(?:wspólnie|wraz|razem)\s+ze?[ \t]*:?\s+", re.IGNORECASE)
_CARRYING_OUT = re.compile(r"realiz|wdraż|projekt|przedsięwzię|partner|zadani", re.IGNORECASE)
# "Gmina Iwaniska, działając jako Lider Projektu", "FUNDACJA WINDA, jako partner spoza sektora …"
_AS_ROLE = re.compile(
    r",?\s+(?:(?:działając\w*|występując\w*|będąc\w*|przystąpił\w*|przystępuj\w*|uczestnicz\w*)"
    r"(?:\s+do\s+projektu)?\s+)?jako\s+(?:(?P<lead>lider\w*|partner\w*\s+wiodąc\w*)|partner\w*)\b",
    re.IGNORECASE,
)
# "lider projektu (Miasto Opole)", "partnera (Fundacji X)" is not read: only a nominative in brackets.
_ROLE_BRACKET = re.compile(
    r"\b(?:(?P<lead>lider|partner\s+wiodący)|partner)(?:\s+(?:projektu|partnerstwa))?\s*\(\s*(?=[A-ZŁŚŻŹĆŃÓ„])",
    re.IGNORECASE,
)
# Titles of people: "wspólnie z Dyrektorem Szkoły" names a person, not a unit.
_PERSON = re.compile(
    r"(?:wójt|burmistrz|prezydent|starost|marszał|wicemarszał|wojewod|wicewojewod|minist|dyrektor|prezes"
    r"|kierownik|skarbnik|sekretarz|radn|przewodnicz|sołty|ksi[ęą]d|proboszcz|pan|pani|posł|senator)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"(?:[\s,;:•·*]|[-–—](?=\s)|(?<!\w)(?:i|oraz|a\s+także|jak\s+również|a)(?!\w))+")
_SEAT = re.compile(r"\s+z\s+siedzibą\s+(?:w|we)\s+\S+?(?=[\s,;.)]|$)", re.IGNORECASE)
# Lower-case items of a list that are not names ("gminami i organizacjami pozarządowymi"): skipped.
_COMMON_ITEM = re.compile(r"(?:[a-ząćęłńóśźż]+(?:ami|mi)|i|oraz|z|ze|w|we|innymi|lokalnymi)(?:\s+|$)")
_LOWER_PIECE = re.compile(r"[a-ząćęłńóśźż][^,;\n]*?(?=[,;]|\s+(?:i|oraz)\s+(?=[A-ZŁŚŻŹĆŃÓ„])|$)")
_TOKEN = re.compile(r"\S+")
_LIST_GOES_ON = re.compile(r"\S?\s*(?:i|oraz|a\s+także|jak\s+również)\s")
_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "na", "do", "od", "dla", "przy", "pod", "o", "po", "u"])

# --------------------------------------------------------------------------- nominative

# Head nouns of institutions in the instrumental ("z Fundacją") and the feminine accusative ("przez
# Gminę"), by folded form: their nominative and gender (f, m, n), which their adjectives follow.
_HEADS: dict[str, tuple[str, str]] = {}
for _nominative in (
    "Fundacja", "Gmina", "Parafia", "Biblioteka", "Spółdzielnia", "Szkoła", "Akademia", "Politechnika", "Izba",
    "Agencja", "Komenda", "Placówka", "Świetlica", "Poradnia", "Federacja", "Uczelnia", "Spółka", "Grupa",
    "Jednostka", "Organizacja", "Wspólnota", "Diecezja", "Rada", "Kongregacja", "Misja",
):  # fmt: skip
    _stem = _nominative[:-1].lower()
    _HEADS[_stem + "ą"] = _HEADS[_stem + "ę"] = (_nominative, "f")
for _nominative, _gender, _instrumental in (
    ("Straż", "f", "strażą"), ("Ośrodek", "m", "ośrodkiem"), ("Powiat", "m", "powiatem"),
    ("Urząd", "m", "urzędem"), ("Związek", "m", "związkiem"), ("Klub", "m", "klubem"), ("Dom", "m", "domem"),
    ("Zespół", "m", "zespołem"), ("Instytut", "m", "instytutem"), ("Uniwersytet", "m", "uniwersytetem"),
    ("Szpital", "m", "szpitalem"), ("Zakład", "m", "zakładem"), ("Teatr", "m", "teatrem"),
    ("Żłobek", "m", "żłobkiem"), ("Kościół", "m", "kościołem"), ("Zarząd", "m", "zarządem"),
    ("Oddział", "m", "oddziałem"), ("Bank", "m", "bankiem"), ("Fundusz", "m", "funduszem"),
    ("Krzyż", "m", "krzyżem"), ("Stowarzyszenie", "n", "stowarzyszeniem"), ("Miasto", "n", "miastem"),
    ("Województwo", "n", "województwem"), ("Starostwo", "n", "starostwem"), ("Przedszkole", "n", "przedszkolem"),
    ("Towarzystwo", "n", "towarzystwem"), ("Koło", "n", "kołem"), ("Biuro", "n", "biurem"),
    ("Sołectwo", "n", "sołectwem"), ("Zgromadzenie", "n", "zgromadzeniem"), ("Centrum", "n", "centrum"),
    ("Muzeum", "n", "muzeum"), ("Kuratorium", "n", "kuratorium"), ("Hospicjum", "n", "hospicjum"),
    ("Liceum", "n", "liceum"), ("Gimnazjum", "n", "gimnazjum"), ("Caritas", "f", "caritas"),
):  # fmt: skip
    _HEADS[_instrumental] = (_nominative, _gender)
# Nominative heads: a name that starts with one needs no change.
_NOMINATIVE_HEADS = frozenset(nominative.lower() for nominative, _ in _HEADS.values())
_INFLECTED_ABBREVIATION = re.compile(r"^([A-ZŁŚŻŹĆŃÓ]{2,6})-?(?:em|iem|ami|ą|ę)$")
_ADJECTIVE = {
    "f": re.compile(r"^([\w-]{2,})ą$"),
    "m": re.compile(r"^([\w-]{2,}[^\W\d_])(y|i)m$"),
    "n": re.compile(r"^([\w-]{2,}[^\W\d_])(y|i)m$"),
}
_NAME_CONNECTORS = frozenset(["w", "we", "i", "na", "z", "ze", "im.", "nr", "dla", "do", "o", "przy", "pod", "pw."])


def _adjective_nominative(word: str, gender: str) -> str | None:
    """ "Publiczną" -> "Publiczna" (f), "Wieluńskim" -> "Wieluński" (m) / "Śląskie" (n); None if not one."""
    core, slash, tail = word.partition("/")
    match = _ADJECTIVE[gender].match(core)
    if match is None or not core[:1].isupper():
        return None
    if gender == "f":
        nominative = match.group(1) + "a"
    elif gender == "m":
        nominative = match.group(1) + match.group(2)
    else:
        nominative = match.group(1) + ("e" if match.group(2) == "y" else "ie")
    return nominative + slash + tail


def _title_case(words: list[str]) -> list[str]:
    """ "FUNDACJA WINDA" -> "Fundacja Winda": a name printed in capitals, its abbreviations kept."""
    out = []
    for word in words:
        if word.isupper() and len(word) > 3:
            word = word[:1] + word[1:].lower()
        elif word.lower() in _NAME_CONNECTORS and word.isupper():
            word = word.lower()
        out.append(word)
    return out


def nominative(name: str) -> str:
    """An institution's name in the instrumental ("z Biblioteką Publiczną w Piasecznie") or the feminine
    accusative ("przez Gminę Iłów") back to the nominative; any other name as it is."""
    words = name.split()
    if not words:
        return name
    if words[0].isupper() and len(words[0]) > 3 and words[0].lower() in _NOMINATIVE_HEADS | _HEADS.keys():
        words = _title_case(words)
    abbreviation = _INFLECTED_ABBREVIATION.match(words[0])
    if abbreviation:
        return " ".join([abbreviation.group(1), *words[1:]])
    head_at = next((i for i, w in enumerate(words[:3]) if w.strip(OPEN_QUOTES + '"').lower() in _HEADS), None)
    if head_at is None:
        return " ".join(words)
    key = words[head_at].strip(OPEN_QUOTES + '"').lower()
    if any(w.lower() in _NOMINATIVE_HEADS for w in words[:head_at]):
        return " ".join(words)  # a nominative head comes first: "Fundacja Domem Silni"
    head, gender = _HEADS[key]
    before = [_adjective_nominative(w, gender) for w in words[:head_at]]
    if any(b is None for b in before):
        return " ".join(words)  # the words before the head are not its adjectives: not a name read here
    out = [b for b in before if b is not None]
    changed = bool(out) or head.lower() != key
    out.append(head)
    rest = words[head_at + 1 :]
    for i, word in enumerate(rest):
        adjective = _adjective_nominative(word, gender)
        if adjective is None:
            out.extend(rest[i:])
            break
        out.append(adjective)
        changed = True
    return " ".join(out) if changed else " ".join(words)


_WINDOW = 1500  # the longest list (or sentence around it) read from one cue; keeps a run-on page linear


def _run_at(text: str, start: int, limit: int = 30) -> OrgRun | None:
    """`org_run` on a window from `start` (it tokenises what it is given to the end)."""
    return org_run(text[: start + 600], start, limit=limit)


def _end_of_sentence(text: str, start: int) -> int:
    return sentence_end(text[: start + _WINDOW], start)


def partner_name(name: str) -> str:
    """A found name as a partner's: in the nominative, without "z siedzibą w …"."""
    return nominative(_SEAT.sub("", name).strip())


def _is_unit(name: str) -> bool:
    """A unit's name (not a bare "Gminą", not a person's title): an institution word among its first words."""
    words = name.split()
    if not words or _PERSON.match(words[0]):
        return False
    if len(words) == 1 and not (words[0].isupper() or fold(words[0]) == "caritas"):
        return False  # "z Gminą": the unit is named elsewhere
    return org_like(" ".join(words[:3]))


@dataclass
class _Found:
    items: list[tuple[int, OrgMention]]
    warnings: list[str]
    subjects: list[tuple[int, str]] = field(default_factory=list)  # leaders unless another one is named

    def add(self, position: int, name: str, lead: bool = False) -> None:
        name = partner_name(normalise_name(name))
        if name:
            self.items.append((position, org_mention(name, lead)))


def _list_items(text: str, start: int, end: int) -> list[tuple[str, int, bool]]:
    """Names in a list between `start` and `end`, each with its offset and lead marker; brackets left out."""
    segment = text[start:end]
    leads: list[int] = []
    cleaned = segment
    for marker in _LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
        cleaned = cleaned[: marker.start()] + " " * (marker.end() - marker.start()) + cleaned[marker.end() :]
    cleaned = re.sub(r"\([^()\n]{0,300}\)", lambda m: " " * len(m.group(0)), cleaned)
    out: list[tuple[str, int, bool]] = []
    for name, offset in split_orgs(cleaned):
        out.append((name, start + offset, False))
    for lead_at in leads:  # the marker belongs to the item right before it
        before = [i for i, (_, offset, _) in enumerate(out) if offset - start < lead_at]
        if before:
            name, offset, _ = out[before[-1]]
            out[before[-1]] = (name, offset, True)
    return out


def _read_list(text: str, start: int) -> list[tuple[str, int, bool]]:
    """The names listed from `start` to where the list ends ("z Fundacją A, Stowarzyszeniem B oraz Parafią C
    realizuje …"): lower-case items of no name ("gminami") skipped, brackets left out, lead markers read."""
    end = _end_of_sentence(text, start)
    if _BULLET.match(text[start : start + 300].split("\n", 1)[0]):  # "w partnerstwie z:", then "- A", "- B"
        end = start
        for line in text[start : start + _WINDOW].split("\n"):
            if not _BULLET.match(line):
                break
            end += len(line) + 1
    segment = text[start:end]
    leads: list[int] = []
    for marker in _LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
    masked = _LEAD_MARKER.sub(lambda m: " " * len(m.group(0)), segment)
    masked = re.sub(r"\([^()\n]{0,300}\)", lambda m: " " * len(m.group(0)), masked)
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
            run = _run_at(masked, position)
            if run is None:
                break
            items.extend((name, start + offset, False) for name, offset in split_orgs(run.text, run.start))
            position = run.end
            seat = _SEAT.match(masked, position)
            if seat:
                position = seat.end()
            rest = masked[position - 1 :].lstrip()  # from the run's last character: "A," goes on
            if rest and not (rest[0] in ",;•·*-–—" or _LIST_GOES_ON.match(rest)):
                break  # "… z Fundacją A realizuje projekt": the list ends with its last name
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
    return items


def _run_before(text: str, end: int) -> tuple[str, int] | None:
    """The name that ends right before `end` in its sentence ("Projekt realizuje Stowarzyszenie X| w partnerstwie")."""
    floor = max(0, end - 400)
    stop = text.rfind(". ", floor, end)
    start = max(text.rfind("\n", floor, end) + 1, stop + 2 if stop >= 0 else 0, floor)
    clause = text[start:end]
    tokens = list(_TOKEN.finditer(clause))[-30:]
    for i, token in enumerate(tokens):
        word = token.group(0)
        if not (word[:1].isupper() or word[:1] in OPEN_QUOTES):
            continue
        if i and tokens[i - 1].group(0).lower() in _PREPOSITIONS:
            continue
        run = _run_at(clause, token.start())
        if run is not None and not clause[run.end :].strip(" \t,"):
            return run.text, start + run.start
    return None


def _distributive(text: str, found: _Found) -> list[tuple[int, int]]:
    """ "wraz z ROPS-ami z województw: A (partner wiodący), B i C" -> a partner per voivodeship."""
    spans = []
    for match in _DISTRIBUTIVE.finditer(text):
        abbreviation = match.group(1).upper()
        end = _end_of_sentence(text, match.end())
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
    """ "Partnerzy projektu: A, B" on one line (or several labels on it: "Lider: A oraz Partnerzy: B, C"),
    a label followed by a list of names, table rows."""
    labels = list(_PARTNER_LABEL.finditer(text))
    for number, match in enumerate(labels):
        label = (match.group("first") or match.group("inner")).lower()
        lead = "wiodący" in label or label.startswith("lider")
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        value_end = line_end
        if number + 1 < len(labels) and labels[number + 1].start() < line_end:
            value_end = labels[number + 1].start()
        value = re.sub(r"[\s,;]+(?:oraz|i|a)?\s*$", "", text[match.end() : value_end])
        if value.strip():
            for name, position, marked in _list_items(text, match.end(), match.end() + len(value)):
                name = cut_name(name)
                if org_like(name) or not label.startswith("partnerzy"):
                    found.add(position, name, lead or marked)
            continue
        if value_end == line_end:
            _labelled_bullets(text, line_end + 1, found, lead)
    for match in _PARTNER_HEADING.finditer(text):
        _labelled_bullets(text, match.end() + 1, found, False)


def _partner_is(text: str, found: _Found) -> None:
    """ "Partnerem jest również X.", "Partnerami projektu są: A, B i C.", "Liderem jest X." """
    for match in _PARTNER_IS.finditer(text):
        label = match.group(1).lower()
        lead = label.startswith(("liderem", "partnerem wiodącym"))
        end = _end_of_sentence(text, match.end())
        if end == match.end() or not text[match.end() : end].strip():
            _labelled_bullets(text, end + 1, found, lead)
            continue
        if label.startswith("partnerami"):
            for name, position, marked in _list_items(text, match.end(), end):
                if _is_list_name(name):
                    found.add(position, cut_name(name), marked)
            continue
        run = _run_at(text, match.end())  # one partner (or "A oraz B"), not a clause list
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_list_name(name):
                    found.add(position, name, lead)


def _partnership_lists(text: str, found: _Found) -> None:
    """ ", a partnerem X", "projekt partnerski realizowany jest przez A (partner wiodący) i B" """
    for pattern in (_AND_PARTNER, _PARTNERSHIP_BY):
        for match in pattern.finditer(text):
            end = _end_of_sentence(text, match.end())
            for name, position, marked in _list_items(text, match.end(), end):
                name = cut_name(name)
                if _is_list_name(name) and org_like(name):
                    found.add(position, name, marked)


def _is_list_name(name: str) -> bool:
    """A list item that can be a name: it starts with a capital letter or a quote."""
    return bool(name) and (name[0].isupper() or name[0] in OPEN_QUOTES + '"') and len(name.split()) <= 20


def _labelled_bullets(text: str, position: int, found: _Found, lead: bool) -> None:
    """The names right after a label that ends its line ("Partnerzy:", then "- A", "- B", or a name a line)."""
    for line in text[position:].split("\n")[:30]:
        bullet = _BULLET.match(line)
        item = bullet.group(1) if bullet else line.strip()
        if not bullet and not _name_line(item):
            if line.strip():
                return
            position += len(line) + 1
            continue
        name = cut_name(_LEAD_MARKER.sub(" ", item))
        if name:
            found.add(position + line.find(item), name, lead or bool(_LEAD_MARKER.search(item)))
        position += len(line) + 1


def _name_line(line: str) -> bool:
    """A line that holds a unit's name and nothing else (a list under a heading, no bullets)."""
    line = _LEAD_MARKER.sub(" ", line).strip()
    return (
        0 < len(line) <= 150
        and line[0].isupper()
        and not line.endswith((".", ":"))
        and not re.search(r"\d{3}", line)
        and _is_unit(line)
        and len(line.split()) <= 14
    )


def _in_partnership(text: str, found: _Found) -> None:
    """ "Projekt realizuje Stowarzyszenie X w partnerstwie z Biblioteką Y" -> Y, and X as the leader."""
    for match in _IN_PARTNERSHIP.finditer(text):
        names = [(n, p, m) for n, p, m in _read_list(text, match.end()) if _is_unit(n)]
        for name, position, marked in names:
            found.add(position, name, marked)
        subject = _run_before(text, match.start())
        if names and subject is not None and _is_unit(subject[0]):
            found.subjects.append((subject[1], subject[0]))


def _together(text: str, found: _Found) -> None:
    """ "realizowany przez Gminę Iłów wspólnie z Fundacją Nowy Dom oraz Parafią w Iłowie", "wraz z trzema
    partnerami: …": the units named with it (not the one carrying the project out)."""
    for pattern, needs_context in ((_WITH_PARTNERS, False), (_TOGETHER, True)):
        for match in pattern.finditer(text):
            if needs_context:
                floor = max(0, match.start() - 600)
                sentence = text[
                    max(text.rfind("\n", floor, match.start()), floor) : _end_of_sentence(text, match.end())
                ]
                if not _CARRYING_OUT.search(sentence):
                    continue
            for name, position, marked in _read_list(text, match.end()):
                if _is_unit(name):
                    found.add(position, name, marked)


def _roles(text: str, found: _Found) -> None:
    """ "Gmina Iwaniska, działając jako Lider Projektu", "FUNDACJA WINDA, jako partner …",
    "lider projektu (Miasto Opole)"."""
    for match in _AS_ROLE.finditer(text):
        subject = _run_before(text, match.start())
        if subject is not None and _is_unit(subject[0]):
            found.add(subject[1], subject[0], lead=bool(match.group("lead")))
    for match in _ROLE_BRACKET.finditer(text):
        run = _run_at(text, match.end(), limit=20)
        if run is None:
            continue
        closed = run.text.endswith(")") or text[run.end : run.end + 3].lstrip().startswith(")")
        name = run.text.removesuffix(")").strip()
        if closed and "(" not in name and _is_unit(name):
            found.add(run.start, name, lead=bool(match.group("lead")))


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
        run = _run_at(sentence, 0)
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
            if _IN_PARTNERSHIP.search(sentence):
                continue  # "X w partnerstwie z Y": X is the leader, or the one acting for it (read apart)
            name, position = names[0]
            found.add(position, name)


_CUES = ("partner", "lider", "wspólnie z", "wspólnie ze", "wraz z", "wraz ze", "razem z", "razem ze")


def find_partners(text: str) -> tuple[list[OrgMention], list[str]]:
    """Partners of a partnership project, the lead marked, plus warnings."""
    found = _Found([], [])
    if not text:
        return [], []
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return [], []
    taken = _distributive(text, found) if "ojewództw" in text else []
    if "partner" in lowered or "lider" in lowered:
        _labelled_lists(text, found)
        if any(word in lowered for word in ("partnerem", "partnerami", "liderem")):
            _partner_is(text, found)
        if " a partner" in lowered or " a liderem" in lowered or "partnersk" in lowered:
            _partnership_lists(text, found)
        if "partnerstw" in lowered:
            _in_partnership(text, found)
        if "jako" in lowered or "(" in lowered:
            _roles(text, found)
        _sentence_subjects(text, found, taken)
    _together(text, found)
    if found.subjects and not any(mention.lead for _, mention in found.items):
        for position, name in found.subjects[:1]:
            found.add(position, name, lead=True)

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
