"""Round-ups and several recipients: a passage that says many units got money names no one beneficiary.

Kept apart so the cascade in `extract.organisations` asks one question: is this a round-up?
"""

from __future__ import annotations

import itertools
import re

from extract.beneficiary_cues import (
    DATIVE_WORDS,
    FOR_UNIT,
    GENITIVE_WORDS,
    GOES_TO,
    GRANTED_BEFORE,
    GRANTED_TO,
    HANDED_TO,
    OFFICE_DATIVES,
    has_body_genitive,
    has_dative_head,
)
from extract.org_names import fold, nominative_body
from extract.org_roles import cue_matches, matches_near, unit_named_at
from extract.org_sentences import CAP, MONEY, either, list_after, money_near, sentence_stop, start_of_sentence

# Words (lower case) one of which each pattern's every match holds: without them the scan is skipped.
# also where GOT's matches begin
GOT_WORDS = (
    *("otrzym", "pozysk", "uzysk", "dosta", "zdoby", "zdobę", "odebra", "wywalcz"),
    *("ma otrzym", "ma dost", "mają otrzym", "mają dost"),
)
# Where GOT's "mieć" with a grant's participle begins ("ma zapewnione", "miał już przyznaną"), tried only where one of
# the participles is (`HAVE_PARTICIPLES`): a bare "ma"/"miał" is in most texts.
HAVE_WORDS = ("ma ", "mają ", "miał", "mieli ")
HAVE_PARTICIPLES = ("zapewnion", "zagwarantowan", "przyznane", "przyznaną", "przyznany")
_GRANTED_WORDS = ("przyzna", "przekaz", "przekaż", "przydziel", "dołoży", "przypad", "przyni", "udziel")
WITH_GRANT_WORDS = ("dofinansowaniem", "dotacją", "grantem", "promesą")  # as printed: WITH_GRANT is case-sensitive


# Where each granted pattern's matches begin (see `matches_from`): tried there only, not at every position.
GRANTED_STARTS = {
    GRANTED_TO: _GRANTED_WORDS,
    GRANTED_BEFORE: tuple(head.lower() for head in DATIVE_WORDS),
    HANDED_TO: ("wręcz",),
    GOES_TO: ("traf", "do", "na rzecz"),
    FOR_UNIT: ("dofinansowa", "dotacj", "grant", "środk", "pieniądz", "pieniędz", "wsparci", "promes", "zł"),
}


def granted_patterns(text: str, cues: str) -> list[re.Pattern[str]]:
    """The patterns of money granted or going to a unit that the text has the words for, in their order."""
    dative = has_dative_head(text)
    genitive = any(head in text for head in GENITIVE_WORDS)
    needed = (
        (GRANTED_TO, any(word in cues for word in _GRANTED_WORDS)),  # its head may be an acronym
        (
            GRANTED_BEFORE,
            dative and any(word in cues for word in ("przyzna", "przekaz", "przypad", "udało", "udziel")),
        ),
        (HANDED_TO, (dative or any(office in cues for office in OFFICE_DATIVES)) and "ręcz" in text),
        (GOES_TO, "traf" in text and (genitive or has_body_genitive(text))),
        (FOR_UNIT, genitive and "dla" in text),
    )
    return [pattern for pattern, worth in needed if worth]


# Several bodies counted as the ones that got money: "trzy stowarzyszenia z powiatu dostały dofinansowanie", "dotacje
# przyznano 9 z nich", "przekazał pół miliona złotych 173 jednostkom OSP", "skorzysta 29 jednostek" (lower case).
# ("dwie" for feminine bodies: "Dwie parafie dostaną dotacje"; "dw[aie]" read "dwa" only, never "dwie")
_COUNT = r"(?:\d+|dwa|dwie|dwoje|dwóch|trzy|trzech|cztery|czterech|pięć|sześć|siedem|osiem|dziewięć|dziesięć)"
# The counted bodies before a plural verb of getting; tried only around the bodies' words (`ROUND_UP_NOUNS`).
ROUND_UP_NOUNS = (
    "jednost", "stowarzysze", "organizacj", "klub", "kół", "koła", "podmiot", "szkół", "szkoły", "parafi", "osp",
)  # fmt: skip
_COUNTED_VERBS = ("dostały", "dostaną", "dostało", "otrzymały", "otrzymają", "otrzymało")
# (a count and its noun stand on one line, and one body is no count: "…/aktualnosci/1" as the title above
# "Stowarzyszenie X otrzymało" counts nothing)
COUNTED_GOT = re.compile(
    rf"\b(?!1\b){_COUNT}[ \t\u00a0]+(?:[a-ząćęłńóśźż]+[ \t\u00a0]+)?{either(ROUND_UP_NOUNS)}\w*\b"
    rf"[^.;\n]{{0,80}}?\b{either(_COUNTED_VERBS)}\b"
)
# A verb of giving before the counted bodies in the dative: "przekazał pół miliona złotych 173 jednostkom".
GIVEN_TO_COUNT_STARTS = ("przyzna", "przekaza")
_DATIVE_PLURALS = (
    "z nich", "jednostkom", "organizacjom", "stowarzyszeniom", "klubom", "podmiotom", "szkołom", "parafiom",
)  # fmt: skip
GIVEN_TO_COUNT = re.compile(
    rf"(?:przyznano|przyznał\w*|przekazał\w*|przekazano)\s+(?:[^\s.]+\s+){{0,4}}?{_COUNT}\s+"
    rf"{either(_DATIVE_PLURALS)}\b"
)
# Applications counted before "z nich" ("wpłynęło ponad 900 wniosków, a dotacje przyznano 112 z nich"): a call's
# statistics, no round-up of recipients (the one body the passage names as getting money stays its beneficiary).
_APPLICATIONS = re.compile(r"\b(?:wniosk|ofert|zgłosze)\w*")
# A verb of benefiting before the counted bodies: "skorzysta 29 jednostek", "do 456 jednostek popłynie".
COUNT_BENEFITS = re.compile(
    rf"(?:skorzysta|skorzystają|popłynie|trafi|trafią)\s+(?:[^\s.]+\s+){{0,3}}?{_COUNT}\s+(?:jednost|organizacj"
    r"|stowarzysze|klub|podmiot|szkół)\w*"
)
COUNT_BENEFITS_STARTS = ("skorzysta", "popłynie", "trafi")


# A plural verb of getting with its subject after it (a plural subject: several recipients): counted ("Dotacje dostały
# trzy samorządy") or listed ("Dostali je: powiat X, Gmina Y, Gmina Z", "Dotacje otrzymały: Gmina A (10 000 zł) oraz
# Gmina B"); tests/realtext/README.md: several units each getting money name no beneficiary.
PLURAL_GOT_WORDS = ("dostali", "dostały", "dostaną", "otrzymali", "otrzymały", "otrzymają")
PLURAL_GOT = re.compile(
    rf"(?<![\w])(?i:{either(PLURAL_GOT_WORDS)})(?![\w])"
    r"(?:\s+(?:je|one|ją|go|ich|też|także|również))?[ \t\u00a0]*:?\s*"
)
_COUNTED_AFTER = re.compile(
    rf"{_COUNT}\s+(?:[a-ząćęłńóśźż]+\s+)?(?:samorząd|gmin|powiat|miast|{either(ROUND_UP_NOUNS)})", re.IGNORECASE
)
# A recipient's head with its name after it ("Gmina Brody", "powiat starachowicki", "OSP Bielice").
_RECIPIENT_HEAD = re.compile(
    r"(?<![\w])(?:[Gg]min[aąy]|[Pp]owiat|[Mm]iast[oa]|Stowarzyszeni[ea]|Fundacj[ae]|Parafi[ae]|Koł[oa]|OSP"
    r"|Ochotnicz\w+|Klub|Ośrod\w+|Centrum)[ \t\u00a0]+"
    rf"(?=[{CAP}„\"]|[a-ząćęłńóśźż]+(?:ski|cki|dzki)\b)"
)


def _plural_recipients(text: str, cues: str) -> bool:
    """Whether a plural verb of getting has several recipients after it (`PLURAL_GOT`): counted, or two named units
    listed in its sentence (its list, after a colon), the first right after the verb."""
    if len(cues) != len(text) or not any(word in cues for word in PLURAL_GOT_WORDS):
        return False
    for verb in cue_matches(PLURAL_GOT, text, cues, PLURAL_GOT_WORDS):
        colon = ":" in verb.group(0)
        stop = verb.end() + len(list_after(text, verb.end())) if colon else sentence_stop(text, verb.end(), 300)
        start = start_of_sentence(text, verb.start())
        if not MONEY.search(text, start_of_sentence(text, max(0, start - 1)), stop):
            continue  # money in its sentence or the one before ("… wręczył promesy. Dostali je: …"), not prizes
        if _COUNTED_AFTER.match(text, verb.end()):
            return True
        heads = list(itertools.islice(_RECIPIENT_HEAD.finditer(text, verb.end(), stop), 2))
        if len(heads) == 2 and heads[0].start() == verb.end():
            return True
    return False


def round_up(text: str, lowered: str, cues: str) -> bool:
    """Whether the passage counts out money to several bodies (`COUNTED_GOT`, `GIVEN_TO_COUNT`, `COUNT_BENEFITS`,
    `_plural_recipients`), each scan tried only where its verb and its bodies' words are (the rare plural verbs
    tested first)."""
    if _plural_recipients(text, cues):
        return True
    counted = any(verb in cues for verb in _COUNTED_VERBS)
    benefits = any(word in cues for word in COUNT_BENEFITS_STARTS)
    if counted or benefits:
        nouns = [noun for noun in ROUND_UP_NOUNS if noun in cues]
        if counted and any(
            money_near(text, match.start(), match.end())  # "12 jednostek … dostaną 216 zestawów": goods, no round-up
            for noun in nouns
            for match in matches_near(COUNTED_GOT, lowered, cues, noun, 40, 140)
        ):
            return True
        if nouns and benefits and next(cue_matches(COUNT_BENEFITS, lowered, cues, COUNT_BENEFITS_STARTS), None):
            return True
    given = any(word in cues for word in _DATIVE_PLURALS) and any(word in cues for word in GIVEN_TO_COUNT_STARTS)
    for match in cue_matches(GIVEN_TO_COUNT, lowered, cues, GIVEN_TO_COUNT_STARTS) if given else ():
        start = start_of_sentence(lowered, match.start())
        if match.group(0).endswith("z nich") and _APPLICATIONS.search(lowered, start, match.start()):
            continue  # "wpłynęło 900 wniosków, a dotacje przyznano 112 z nich": a call's applications counted
        return True
    return False


# Several local governments named together as the ones that got money: no one of them is the beneficiary.
# ("i Powiatowa Biblioteka": an adjective of one body's name, no second unit)
SEVERAL_UNITS = re.compile(r"\s(?:i|oraz)\s+(?:Gmin[aąy]|Powiat(?:u|em|owi)?|Miast[oa]|Wojew\w*)\b")
_LOCAL_HEADS = ("Gmina ", "Powiat ", "Miasto ", "Województwo ")
# ", a gmina Pałecznica ponad 1,2 mln zł": the same verb left out before another unit and its own sum.
_ANOTHER_UNIT = re.compile(
    rf",\s+(?:a|zaś|natomiast)\s+(?:[Gg]min[aęy]|[Pp]owiat\w*|[Mm]iast[oau])\s+(?:[{CAP}][\w-]*|[a-ząćęłńóśźż]+(?:ski|cki|dzki))"
    r"\s+(?:[a-ząćęłńóśźż]+\s+){0,2}\d"
    # any other body named in full with its own sum: "…, a Muzeum Regionalne w X 20 tys. zł"
    rf"|,\s+(?:a|zaś|natomiast)\s+(?P<body>[{CAP}][\w-]*\s+(?:(?:[{CAP}„][\w”-]*|w|we|nr|im\.)\s+){{1,6}})\d"
)


# Another local government in the same sentence, in the dative or the genitive, after "i", "oraz", "a" or a comma.
_NEXT_RECIPIENT = re.compile(
    r"(?:\s(?:i|oraz|a)\s+|,\s*(?:a\s+)?)(?:do\s+|dla\s+)?"
    r"(?P<head>(?:[Gg]min(?:ie|y)|[Pp]owiat(?:owi|u)|[Mm]iast(?:u|a))\s)"
)


def another_recipient(text: str, start: int, found: str) -> bool:
    """Whether the sentence names, after the recipient at `start`, another local government getting money too."""
    stop = sentence_stop(text, start, 250)
    for match in itertools.islice(_NEXT_RECIPIENT.finditer(text, start, stop), 6):
        other = unit_named_at(text, match.start("head"))
        if other and other.split()[0] == found.split()[0] and other_unit(found, other):
            return True  # the same level: "Gminie A …, a Gminie B …" (a gmina and its powiat is an address)
    return False


def another_unit_after(text: str, position: int) -> bool:
    """Whether the clause after a verb of getting money adds another unit with its own sum."""
    another = _ANOTHER_UNIT.search(text, position, sentence_stop(text, position, 200))
    return bool(another and (another.group("body") is None or nominative_body(another.group("body"))))


def other_body(first: str, second: str) -> bool:
    """Whether two getters are different bodies, each named in full ("Suwalski Szpital Wojewódzki", "Wojewódzki
    Szpital Zespolony w Białymstoku"; "LKS „Dąb” Rybno", "KS Szczypiorniak"): two recipients, not one name spelled
    twice (local governments: `other_unit`)."""
    if first.startswith(_LOCAL_HEADS) or second.startswith(_LOCAL_HEADS):
        return False
    return nominative_body(first) and nominative_body(second) and different_getters(first, second)


def other_unit(first: str, second: str) -> bool:
    """Whether two getters are different local governments ("Gmina Rabka-Zdrój", "Gmina Wojnicz")."""
    if not (first.startswith(_LOCAL_HEADS) and second.startswith(_LOCAL_HEADS)):
        return False
    return fold(first.split(" ", 1)[1]) != fold(second.split(" ", 1)[1])


# A programme's or a fund's name (in the genitive of "z …"), never a unit that gets money.
SOURCE_NAME = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w*\s+){0,2}(?:Program(?:u|ów)?|Funduszu|Funduszy)(?!\w)")


def different_getters(first: str, second: str) -> bool:
    """Whether two recipients are different bodies, not one name spelled twice (one holding the other)."""
    a, b = fold(first), fold(second)
    return a not in b and b not in a
