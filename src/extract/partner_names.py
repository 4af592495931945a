"""A partner's name: where a name's run ends (or begins, before a cue), whether it names a unit, and the name as a
record holds it.

Every reader of `extract.partners` asks the same two questions of what it found (is it a unit, not a person or
a place; what is its clean nominative name) and collects its finds in one `Found`: kept here, below them all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from extract.org_names import OPEN_QUOTES, OrgMention, OrgRun, fold, normalise_name, org_like, org_mention, org_run
from extract.partner_cases import GENITIVE_HEADS, HEADS, NOMINATIVE_HEADS, nominative

# Titles of people: "wspólnie z Dyrektorem Szkoły" names a person, not a unit.
PERSON = re.compile(
    r"(?:wójt|burmistrz|prezydent|starost(?!w)|marszał|wicemarszał|wojewod|wicewojewod|minist|dyrektor|prezes"
    r"|kierownik|skarbnik|sekretarz|radn|przewodnicz|sołty|ksi[ęą]d|proboszcz|pan|pani|posł|senator|komendan"
    r"|koordynator|nadleśnicz|rektor|dziekan|opiekun|instruktor|trener|naczelnik|kapelan)",
    re.IGNORECASE,
)
# "z siedzibą w X" after a name: where the unit sits, no part of its name.
SEAT = re.compile(r"\s+z\s+siedzibą\s+(?:w|we)\s+\S+?(?=[\s,;.)]|$)", re.IGNORECASE)


# A company's legal form the name runs stop in ("Edukator Sp. z o.o.", "Syntea S.A."): read on, its dot kept.
_LEGAL_FORM_TAIL = re.compile(r"[ \t]+z[ \t]+o\.[ \t]?o\.?|[ \t]+(?:S\.[ \t]?A|sp\.[ \t]?[jkp])\.?", re.IGNORECASE)
# A name ending in its legal form ("… Sp. z o.o", "… S.A"): no sentence ends at its full stop.
LEGAL_FORM_END = re.compile(r"(?:\bo\.[ \t]?o|\bS\.[ \t]?A|\bsp\.[ \t]?[jkp])$", re.IGNORECASE)


_LEGAL_FORM_SEAT = re.compile(r"[ \t]+(?:w|we)[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]+(?:[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]+)?")


# A Roman numeral opening a school's name ("I Liceum Ogólnokształcące", "II Liceum"); "I" reads as "i" elsewhere.
_ROMAN_NUMERAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})[ \t]+(?=(?:Liceum|Gimnazjum|Technikum|Zesp|Szkoł|LO\b))")


def run_at(text: str, start: int, limit: int = 30) -> OrgRun | None:
    """`org_run` on a window from `start` (it tokenises what it is given to the end)."""
    run = org_run(text[: start + 600], start, limit=limit)
    numeral = _ROMAN_NUMERAL.match(text, start) if run is not None and run.start > start else None
    if run is not None and numeral and numeral.end() == run.start:  # "I Liceum …": the numeral is the name's
        run = OrgRun(normalise_name(text[start : run.end]), start, run.end)
    if run is not None and re.search(r"(?i)\bsp\.?$", text[run.start : run.end]):
        tail = _LEGAL_FORM_TAIL.match(text, run.end)
        if tail:
            run = OrgRun(normalise_name(text[run.start : tail.end()]), run.start, tail.end())
    if run is not None and LEGAL_FORM_END.search(text[run.start : run.end].rstrip(".")):
        seat = _LEGAL_FORM_SEAT.match(text, run.end)  # "… Kanalizacji S.A. we Wrocławiu"
        if seat:
            run = OrgRun(normalise_name(text[run.start : seat.end()]), run.start, seat.end())
    return run


_TOKEN = re.compile(r"\S+")
# A capitalised word right after one of these opens no name of the run before a cue: "w Gminie X" says where.
_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "na", "do", "od", "dla", "przy", "pod", "o", "po", "u"])


_STOP_MARKS = ",;:!?)"  # a word whose tail holds one ends every org run that reaches it (`org_names.org_run`)


def _last_stop(tokens: list[re.Match[str]]) -> int:
    """The first of `tokens` a run that ends at the clause's end may begin at: after the last word with a mark of
    _STOP_MARKS in its tail ("informuje,") that has a word of more than commas after it.  A run from before that word
    ends at it or before it (`org_run` stops there), and no legal form's tail or seat `run_at` adds crosses the mark:
    the clause's end is out of its reach, so the runs from those words need not be read (the first words of a long
    name, each a run of its own, were each read to their end: "Regionalny", "Ośrodek", "Polityki", …)."""
    later = False  # whether a word after this one holds more than commas
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].group(0)
        tail = word[len(word.rstrip(",.;:!?)")) :]
        if later and any(mark in tail for mark in _STOP_MARKS):
            return k + 1
        later = later or bool(word.strip(","))
    return 0


def run_before(text: str, end: int) -> tuple[str, int] | None:
    """The name that ends right before `end` in its sentence ("Projekt realizuje Stowarzyszenie X| w partnerstwie")."""
    floor = max(0, end - 400)
    stop = text.rfind(". ", floor, end)
    start = max(text.rfind("\n", floor, end) + 1, stop + 2 if stop >= 0 else 0, floor)
    clause = text[start:end]
    tokens = list(_TOKEN.finditer(clause))[-30:]
    first = _last_stop(tokens)  # (the runs from the words before it cannot reach the clause's end)
    for i, token in enumerate(tokens[first:], first):
        word = token.group(0)
        if not (word[:1].isupper() or word[:1] in OPEN_QUOTES):
            continue
        if i and tokens[i - 1].group(0).lower() in _PREPOSITIONS:
            continue
        run = run_at(clause, token.start())
        if run is not None and not clause[run.end :].strip(" \t,"):
            return run.text, start + run.start
    return None


# A unit's head in any case the readers know (instrumental, accusative, genitive, nominative).
_ANY_HEAD = frozenset(HEADS) | frozenset(GENITIVE_HEADS) | NOMINATIVE_HEADS
# An adjective before its head, in any case: "Urzędu Miejskiego", "Powiatowego Centrum", "Miejski Ośrodek".
_ADJECTIVE_END = ("ego", "ej", "ym", "ymi", "ą", "ie", "y", "a", "ski", "cki", "dzki", "ny", "wy", "ni")


def name_before(text: str, end: int) -> tuple[str, int] | None:
    """The unit's name that ends right before `end`, in any case, after a preposition too ("od Urzędu Miejskiego w
    X|", "Dzięki Fundacji Y|"): the run that begins at a unit's head or at an adjective right before one."""
    floor = max(0, end - 300)
    stop = max(text.rfind(". ", floor, end), text.rfind("\n", floor, end), text.rfind(": ", floor, end))
    start = stop + 2 if stop >= 0 else floor
    clause = text[start:end]
    for token in list(_TOKEN.finditer(clause))[-30:]:
        words = clause[token.start() :].split(None, 2)
        first = words[0].strip(OPEN_QUOTES + '"')
        if not first[:1].isupper():
            continue
        second = words[1].lower() if len(words) > 1 else ""
        if not (
            first.lower() in _ANY_HEAD
            or first.isupper()
            or (first.lower().endswith(_ADJECTIVE_END) and second in _ANY_HEAD)
        ):
            continue  # "Dzięki Fundacji X": the run begins at the head, not at the word before it
        run = run_at(clause, token.start())
        if run is not None and not clause[run.end :].strip(" \t,"):
            return run.text, start + run.start
    return None


# What follows a unit's name and is no part of it: "Gmina X reprezentowana przez Wójta Y", "…, w imieniu której".
_REPRESENTED = re.compile(
    r",?\s+(?:reprezentowan\w*|w\s+imieniu\s+(?:któr\w+|\w+)|działając\w*\s+przez)\b.*$", re.DOTALL
)
# "Województwem Wielkopolskim – Regionalnym Ośrodkiem …": two names in apposition, each in the nominative.
_APPOSITION = " – "


# A person's title joined to a unit over the name they share: "Rada Sołecka i Sołtys Wsi Zalesie" (the unit partners,
# its officer does not).
_AND_PERSON = re.compile(
    r"(?<=\w)[ \t]+i[ \t]+(?:Sołtys|Wójt|Burmistrz|Prezydent|Starosta|Proboszcz|Dyrektor|Prezes|Kierownik)[ \t]+"
    r"(?=[A-ZŁŚŻŹĆŃÓ])"
)


# An adjective's case ending, soft or hard stem alike ("Wolnego"/"Hanzeatyckiego", "Miejskim"/"Gminnym"); a neuter's
# "-e" only after a stem adjectives end in ("Wolne", "Hanzeatyckie"), not a noun's ("Przedszkole", "Stowarzyszenie").
# No "-ą" or "-a": "Policją", "Gminą", "Fundacja" are nouns.
_ADJECTIVE_CASE = re.compile(
    r"\w\w(?:(?P<ego>ego)|(?P<ej>ej)|[yi](?:(?P<mi>mi)|(?P<ch>ch)|(?P<m>m))|(?P<e>(?:(?<=[kg]i)|(?<=[nwrtdłsm]))e))$"
)


def adjective_pair(first: str, second: str) -> bool:
    """ "Wolnego i Hanzeatyckiego", "Wolne i Hanzeatyckie": two adjectives in one case, sharing the next word's head
    (never two nouns: "Policją i Strażą")."""
    one, two = _ADJECTIVE_CASE.search(first.lower()), _ADJECTIVE_CASE.search(second.lower())
    return one is not None and two is not None and one.lastgroup == two.lastgroup


def partner_name(name: str) -> str:
    """A found name as a partner's: in the nominative, without "z siedzibą w …" or "reprezentowana przez …"."""
    name = _REPRESENTED.sub("", SEAT.sub("", name)).strip()
    while name.endswith((")", "]")) and name.count(name[-1]) > name.count("(" if name[-1] == ")" else "["):
        name = name[:-1].rstrip()  # "(w partnerstwie z Gimnazjum w Łubiance)": the aside's bracket, not the name's
    name = _AND_PERSON.sub(" ", name)  # "Rada Sołecka i Sołtys Wsi Zalesie" -> "Rada Sołecka Wsi Zalesie"
    name = _APPOSITION.join(nominative(part) for part in name.split(_APPOSITION))
    return name + "." if LEGAL_FORM_END.search(name) else name


_SEAT_AFTER_FORM = re.compile(r"(?<=\.)\s+(?:w|we)\s+[A-ZŁŚŻŹĆŃÓ][\w-]+(?:\s+[A-ZŁŚŻŹĆŃÓ][\w-]+)?$")
# A foreign unit's country after its name ("Landkreis X w Niemczech"): where it is, not part of its name.
COUNTRY_AFTER = re.compile(
    r"\s+(?:w|we|na)\s+(?:Niemczech|Czechach|Austrii|Szwecji|Norwegii|Danii|Finlandii|Holandii|Belgii|Francji"
    r"|Hiszpanii|Portugalii|Irlandii|Grecji|Estonii|Rumunii|Bułgarii|Serbii|Chorwacji|Słowenii|Islandii"
    r"|Włoszech|Węgrzech|Łotwie|Litwie|Słowacji|Ukrainie|Białorusi|Cyprze|Malcie)$"
    # the country it comes from: "Obec Malá Lhota ze Słowacji", "Stadt X z Niemiec" (the genitive after "z")
    r"|\s+(?:z|ze)\s+(?:Niemiec|Czech|Austrii|Szwecji|Norwegii|Danii|Finlandii|Holandii|Belgii|Francji|Hiszpanii"
    r"|Portugalii|Irlandii|Grecji|Estonii|Rumunii|Bułgarii|Serbii|Chorwacji|Słowenii|Islandii|Włoch|Węgier|Łotwy"
    r"|Litwy|Słowacji|Ukrainy|Białorusi|Cypru|Malty|Gruzji|Mołdawii|Turcji)$"
)


def without_country(name: str) -> str:
    """The unit's name without the country it sits in or comes from ("Landkreis X w Niemczech" -> "Landkreis X")."""
    return COUNTRY_AFTER.sub("", name)


def is_unit(name: str) -> bool:
    """A unit's name (not a bare "Gminą", not a person's title): an institution word among its first words."""
    words = name.split()
    if not words or PERSON.match(words[0]):
        return False
    if _APPOSITION in name:  # "EPP RETAIL – Galeria Echo": a unit when one of its two parts is
        return any(is_unit(part) for part in name.split(_APPOSITION))
    if len(words) > 1 and LEGAL_FORM_END.search(_SEAT_AFTER_FORM.sub("", name).rstrip(".")):
        return True  # "Syntea S.A.", "Edukator Sp. z o.o.", "Energa S.A. w Gdańsku"
    if len(words) == 1 and not (words[0].isupper() or fold(words[0]) == "caritas"):
        return False  # "z Gminą": the unit is named elsewhere
    if _ABBREVIATION_SEAT.match(name) or _UNIT_ABBREVIATION_NAME.match(name):
        return True  # "OSP w Lgocie Górnej", "KGW „Kikolanki”", "OSP Kikół": an abbreviated unit and its seat or name
    if org_like(" ".join(words[:3])) or _EXTRA_UNIT.match(fold(name)) or FOREIGN_UNIT.search(folded_ascii(name)):
        return True
    if len(words) > 3 and words[1] == "i" and adjective_pair(words[0], words[2]):
        return is_unit(" ".join(words[2:]))  # "Uniwersyteckie i Hanzeatyckie Miasto X": two adjectives, one head
    if not any(word.lower() in HEADS for word in words[:3]):
        return False  # no inflected head: the nominative would change nothing
    named = nominative(name)  # "Kołem Gospodyń Wiejskich", "Hufcem ZHP": a head the stems know in the nominative
    return named != name and (org_like(" ".join(named.split()[:3])) or bool(_EXTRA_UNIT.match(fold(named))))


def folded_ascii(name: str) -> str:
    """Folded, every diacritic dropped: "Město Náchod" -> "mesto nachod", "Savivaldybė" -> "savivaldybe"."""
    folded = fold(name)
    if folded.isascii():
        return folded  # Polish letters only: `fold` has done it
    return "".join(char for char in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(char))


# Abbreviations of local units that print before their own name: "KGW „Zielone Babki”", "OSP Kikół", "ZHP Hufiec X".
_UNIT_ABBREVIATION_NAME = re.compile(
    r"(?:OSP|KGW|ZHP|ZHR|PCK|LGD|LGR|UTW|LKS|GKS|MKS|UKS|KS|GOK|MOK|GCK|MGOK|GBP|MBP|PBP|ZSP|ZS|SP|PSP|DPS|ŚDS|WTZ"
    r"|ZAZ|CIS|KIS|ZOZ|SPZOZ|SP ZOZ|PTTK|PZW|PZERiI|TPD)[ \t]+(?:[„\"]|[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż])"
)
_ABBREVIATION_SEAT = re.compile(r"[A-ZŁŚŻŹĆŃÓ]{2,6}[ \t]+(?:w|we)[ \t]+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]")
# Foreign bodies' heads (cross-border partners printed in their own language): agencies, municipalities,
# universities, associations, foundations, chambers, councils.
FOREIGN_UNIT = re.compile(
    r"\b(?:agencij\w*|agentur\w*|agentuur|agence|agency|obcin\w*|obec|mesto|gemeinde|stadt|landkreis|kreis|kommune"
    r"|municipalit\w*|savivaldyb\w*|pasvaldiba|vald|univerzit\w*|universit\w*|hochschule|zavod|sdruzeni|spolek"
    r"|verein|stiftung|nadacia|nadace|fondazione|fundacion|foundation|association|asociac\w*|udruga|drustvo"
    r"|council|chamber|kamara|komora|institut\w*|institute|centre|center|zentrum|centar|regio\w*\s+razvoj\w*"
    r"|euroregion\w*|mestys|kraj|okres|amt|rajon\w*|rayon|hromad\w*|oblast\w*|sprava|spravy|urad|rada)\b"
)


# Heads of units `org_like` does not know: "Koalicja na rzecz …", "Firma Szkoleniowa X", "Konsorcjum X".
_EXTRA_UNIT = re.compile(
    r"(?:\w+\s+){0,2}?(?:koalicj|konsorcj|firm[aąęy]\b|przedsiebiorstw|kancelari|inkubator|instytucj"
    r"|organizacj|wspolnot|lokaln\w+\s+grup|siec\b|sieci\w*\s|r?lg[dr]\b|flag\b|rad[aey]\s+soleck|liceum|technikum"
    r"|gimnazjum|dyrekcj|nadlesnictw|park\w*\s+(?:krajobrazow|narodow)|galeri|filharmoni|oper[ay]\b|teatr"
    r"|politechnik|uniwersytet|akademi|uczelni|inspektorat|komend|hufiec|hufc|choragi?e?w|administracj|euroregion"
    r"|rad[aey]\s+(?:obwodow|rejonow|miejsk|gminy|powiatu)|policj|kosciol|zakon|klasztor|sanktuari|schronisk"
    r"|czerwon\w*\s+krzyz|samorzad|oddzial|gospodarstw\w*\s+lesn|zrzeszeni|bractw|cech\b|kuri|archidiecezj"
    r"|diecezj|posterun|komisj\w*\s+rozwiazywania)"
)


@dataclass
class Found:
    """What the readers found: names at their offsets, warnings, and the subjects that lead unless a lead is named."""

    items: list[tuple[int, OrgMention]]
    warnings: list[str]
    subjects: list[tuple[int, str]] = field(default_factory=list)  # leaders unless another one is named

    def add(self, position: int, name: str, lead: bool = False) -> None:
        name = partner_name(normalise_name(name))
        if name:
            self.items.append((position, org_mention(name, lead)))


# A name that is no unit by its words ("WiseEuropa", "PKO"): kept from a list that names a unit.
BRAND = re.compile(r"[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+[A-ZŁŚŻŹĆŃÓ][\w-]*|[A-ZŁŚŻŹĆŃÓ]{2,8}")
