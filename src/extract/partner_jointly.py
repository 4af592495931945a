"""Units that do something together, named as the subject of a plural verb with "wspólnie"/"razem", in either order:
"A, B i C prowadzą wspólnie projekt", "A oraz B wspólnie zorganizowały festyn", "Warsztaty przygotowały wspólnie gmina
A i stowarzyszenie B" (the object first, the subject after the verb), "Festyn razem przygotowali A i B"; and the
co-applicants of one application ("wniosek złożony przez Gminę A i Stowarzyszenie B", "wspólny wniosek złożony
przez …").

Co-implementers are partners (tests/realtext/README.md, `partners`, and its seventh round): two units and more,
named in the nominative right before the verb (the clause's start, nothing but the names before it) or right after
it or the adverb, and a project's, a programme's or an event's word in the sentence ("Program aktywizacyjny prowadzą
wspólnie PUP i KIS": both partners, though never called so).  Without the adverb, the joint subject of a plural verb
of carrying out or preparing is read the same way ("A i B realizują projekt", "Przedsięwzięcie prowadzą dwie uczelnie:
A i B", "projekt, który przeprowadziły A oraz B"), and none of them is the implementer (`joint_subject`, which the
implementer's readers ask).  "Wspólnie z …" (`partner_together`) names the others with the one doing it, and is
read there, as "A we współpracy z B prowadzą" is A's (the names must reach the verb).
"""

from __future__ import annotations

import itertools
import re

from extract.lowered import lowered
from extract.org_adverbials import adverbials_start
from extract.org_names import matches_from
from extract.org_sentences import MAX_CUES
from extract.partner_heads import COUNT_WORDS, shared_head
from extract.partner_lists import LOWER_UNIT_HEAD, cued_list
from extract.partner_names import Found, is_unit
from extract.partner_sentences import end_of_sentence

# The adverb, not "wspólnie z" nor "razem ze" (the companion reading) nor a label's "Razem:".
_JOINTLY = re.compile(r"\b(?:wspólnie|razem)\b(?![ \t]+ze?[ \t])(?![ \t]*:)", re.IGNORECASE)
# A finite plural verb (3rd person): "prowadzą", "realizują", "przygotowały", "zorganizowali"; "będą" with an
# infinitive; a short particle between it and the adverb ("też", "także", "już").
_PLURAL_BEFORE = re.compile(
    r"(?<![\w-])(?:[a-ząćęłńóśźż]{3,}(?:ły|li|ą)|będą[ \t]+[a-ząćęłńóśźż]{3,}ć)(?:[ \t]+(?:też|także|już))?[ \t]+$"
)
_PLURAL_AFTER = re.compile(
    r"[ \t]+(?:(?:też|także|już)[ \t]+)?(?:(?:będą|mogą)[ \t]+[a-ząćęłńóśźż]{3,}ć|[a-ząćęłńóśźż]{3,}(?:ły|li|ą))"
    r"(?![\w-])"
)
# What is done together: a project, a programme or an event, named first.
# (Searched in the lowered sentence: case-folding alternatives made each search about three times slower.)
_DEED = re.compile(
    r"\bprogram|projek|zadani|przedsięwzię|inicjatyw|warsztat|festiwal|festyn|koncert|wydarzeni|imprez|akcj[eiaę]|konkurs"
    r"|spotkani|wystaw|piknik|turniej|rajd|konferencj|kiermasz|jarmark|zaję|obchod|wniosek|wniosk",
)
# Where a clause begins: a sentence's end, a line's, a colon ("Przypomnijmy: A, B i C prowadzą …").
_CLAUSE_STOPS = (". ", "\n", ": ", "! ", "? ")
_REACH = 400  # how far back a subject list may begin
_ADVERB_AFTER = re.compile(r"[ \t]+(?:wspólnie|razem)(?![\w-])")  # "prowadzą wspólnie A i B"
_GAP = re.compile(r"[ \t]*:?[ \t\"”»]*")  # (a colon before a list: "są: A, B oraz C")


def _deed(text: str, start: int, end: int) -> tuple[int, int, re.Match[str] | None]:
    """The sentence around `start`-`end` (looking back at most `_REACH` characters, not to the text's start) and the
    first deed word in it (a project, a programme, an event), which is what is done together."""
    reach = max(0, start - _REACH)
    stop = text.rfind(". ", reach, start)
    begin = stop if stop >= 0 else reach
    finish = end_of_sentence(text, end)
    return begin, finish, _DEED.search(lowered(text)[begin:finish])


_NUMERAL = re.compile(r"(?i:dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem)[ \t]+")
# A count and the units' kind before a colon: "dwie czołowe uczelnie techniczne: ", "trzy gminy: ", "2 fundacje: ".
_COUNTED = re.compile(
    r"(?i:dwa|dwie|dwóch|dwoje|trzy|trzech|troje|cztery|czterech|pięć|sześć|siedem|osiem|\d{1,2})"
    r"(?:[ \t]+[a-ząćęłńóśźż-]+){1,4}:[ \t]*"
)


def _subject_after(text: str, start: int) -> list[tuple[str, int, bool]]:
    """The units named right after the verb ("przygotowały wspólnie gmina A i stowarzyszenie B"), a count and their
    kind at most before them ("prowadzą dwie uczelnie techniczne: A i B")."""
    begin = start + len(_GAP.match(text, start).group(0))  # type: ignore[union-attr]
    numeral = _NUMERAL.match(text, begin)
    if shared := shared_head(text, numeral.end() if numeral else begin):  # "dwie gminy: Lipno i Rybno"
        return shared
    if counted := _COUNTED.match(text, begin):
        begin = counted.end()
    if begin >= len(text) or not (text[begin].isupper() or text[begin] in '„"' or LOWER_UNIT_HEAD.match(text, begin)):
        return []  # "prowadzą wspólnie projekt": an object, no subject after the verb
    names = cued_list(text, begin)
    if len(names) < 2 or names[0][1] > begin + 2:
        return []
    return names


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at `end` begins: after a line's end, a colon or a sentence's full stop (not the
    full stop of an abbreviation before a lower-case word: "od 2019 r. wspólnie")."""
    floor = max(0, end - _REACH)
    begin = floor
    for stop in _CLAUSE_STOPS:
        at = text.rfind(stop, floor, end)
        while at >= 0 and stop == ". " and text[at + 2 : at + 3].islower():
            at = text.rfind(stop, floor, at)
        if at >= 0:
            begin = max(begin, at + len(stop))
    while begin < end and text[begin] in " \t-–•*":
        begin += 1
    return begin


# A count and a unit type's plural opening the clause before its colon: "Trzy gminy: A, B i C wspólnie realizują …"
# (the names under the plural's head, `shared_head`).
_COUNTED_HEAD = re.compile(
    rf"(?:^|(?<=[.\n]))[ \t]*{COUNT_WORDS}[ \t]+(?P<head>(?:gmin|powiat|miast)\w*[ \t]*:)[ \t]*$", re.IGNORECASE
)


def subjects_before(text: str, end: int, *, touching: bool = True) -> list[tuple[str, int, bool]]:
    """The units named from the clause's start to `end`, adverbials at most between (`org_adverbials`: "A, B i C|
    prowadzą wspólnie", "A i B od 2019 r.| wspólnie prowadzą"); with `touching` false, any words between the last
    name and `end` ("Powiat A i Powiat B od lat … nawiązują relacje partnerskie", `partner_pacts`)."""
    begin = _clause_start(text, end)
    if begin >= end or not (text[begin].isupper() or text[begin] in '„"'):
        return []  # the clause opens with no name ("Warsztaty przygotowały …" is read after the verb)
    counted = _COUNTED_HEAD.search(text, max(0, begin - 40), begin)  # "Trzy gminy: Lipno, Kikół i Skępe realizują"
    shared = shared_head(text, counted.start("head")) if counted else []
    names = shared or cued_list(text, begin)
    if len(names) < 2 or names[0][1] != begin:  # "W Lipnie Gmina A i …": a place before the subject, no name
        return []
    last_name, last_at, _ = names[-1]
    name_end = last_at + len(last_name.partition(" ")[2] if shared else last_name)  # a place under its head
    while name_end < end and text[name_end] in "\"”»’'":
        name_end += 1
    if name_end > end or (touching and text[name_end : adverbials_start(text, end)].strip()):
        return []  # the list stops before the verb: other words than adverbials stand between (a title, a clause)
    return names


def jointly_done(text: str, cues: str, found: Found) -> None:
    """Two units and more, the subject of a plural verb of doing a project or an event together."""
    for match in itertools.islice(matches_from(_JOINTLY, text, cues, ("wspólnie", "razem")), MAX_CUES):
        verb_before = _PLURAL_BEFORE.search(text, max(0, match.start() - 40), match.start())
        verb_after = _PLURAL_AFTER.match(text, match.end())
        if not (verb_before or verb_after):
            continue
        if _deed(text, match.start(), match.end())[2] is None:
            continue
        verb_start = verb_before.start() if verb_before else match.start()
        names = subjects_before(text, verb_start)
        if not names:
            names = _subject_after(text, verb_after.end() if verb_after else match.end())
        units = [(name, position, marked) for name, position, marked in names if is_unit(name)]
        if len(units) >= 2:
            for name, position, marked in units:
                found.add(position, name, marked)


# One application filed by two units and more: "wniosek złożony przez Gminę A i Stowarzyszenie B", "wspólny wniosek
# złożony wspólnie przez …", "ofertę złożoną przez …", "wniosku złożonego przez …" (the noun and its participle in
# any case, one application: not "wnioski złożone przez", several); the units in the accusative after "przez"; one
# unit alone is the applicant, the beneficiary's business.
_JOINT_APPLICATION = re.compile(
    r"\b(?:wspóln\w+[ \t]+)?(?:wniosek|wniosku|wnioskiem|wnioskowi|ofert[aęyąie]|aplikacj[aęią]),?[ \t]+"
    r"(?:\w+[ \t]+)?złożon(?:y|ego|ym|emu|a|ą|ej)[ \t]+(?:wspólnie[ \t]+)?przez[ \t]+",
    re.IGNORECASE,
)


def joint_application(text: str, cues: str, found: Found) -> None:
    """The co-applicants of one application, two and more, named after "złożony przez"."""
    starts = ("wniosk", "wniosek", "wspóln", "ofert", "aplikacj")
    for match in itertools.islice(matches_from(_JOINT_APPLICATION, text, cues, starts), MAX_CUES):
        units = [item for item in cued_list(text, match.end()) if is_unit(item[0])]
        if len(units) >= 2:
            for name, position, marked in units:
                found.add(position, name, marked)


# A plural verb of carrying out or preparing, with no adverb: "realizują", "zrealizowały", "prowadzą",
# "przeprowadzili", "przygotowały", "zorganizują", "wdrażają", "będą realizować", "realizować będą".
_RUN_PLURAL = re.compile(
    r"(?<![\w-])(?:z?realiz(?:ują|owały|owali)|(?:prze|po)?prowadz(?:ą|iły|ili)|przygot(?:owują|ują|owały|owali)"
    r"|z?organiz(?:ują|owały|owali)|wdraż(?:ają|ały|ali)|wdroż(?:ą|yły|yli)"
    r"|będą[ \t]+(?:z?realizować|(?:prze|po)?prowadzić|przygotować|z?organizować|wdrażać|wdrożyć)"
    r"|(?:z?realizować|(?:prze|po)?prowadzić|przygotować|z?organizować|wdrażać|wdrożyć)[ \t]+będą)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_RUN_STARTS = (
    *("realiz", "zrealiz", "prowadz", "przeprowadz", "poprowadz", "przygot", "organiz", "zorganiz", "wdr", "będą"),
)
# Several projects, each unit's own ("A i B realizują projekty"), or a call for others ("Konkurs organizują A i B"):
# no joint deed.
_NOT_JOINT = re.compile(r"(?i:projekty|projektów|programy|programów|konkurs|zadania[ \t]+publiczne)")


def joint_subject(
    text: str, verb_start: int, verb_end: int, *, before: bool = True, after: bool = True
) -> list[tuple[str, int, bool]]:
    """The units, two and more, named as the joint subject of the verb at `verb_start`-`verb_end`: right before it
    from the clause's start ("A, B i C prowadzą"), or right after it or its adverb ("Projekt realizują A i B",
    "prowadzą wspólnie A i B"); [] for one unit, a unit with others attached ("A we współpracy z B prowadzą") or
    names that are not units (persons)."""
    names: list[tuple[str, int, bool]] = []
    if before and _PLURAL_VERB.search(text, verb_start, verb_end):
        begin = _clause_start(text, verb_start)
        last = text[begin : adverbials_start(text, verb_start)].rsplit(None, 1)[-1:]  # the word the names end with
        named = bool(last) and (last[0][0].isupper() or last[0][-1] in '"”»')
        names = subjects_before(text, verb_start) if named and _AND.search(text, begin, verb_start) else []
    if not names and after:
        start = verb_end
        if jointly := _ADVERB_AFTER.match(text, verb_end):
            start = jointly.end()
        if not _AND.search(text, start, min(len(text), start + _AFTER_REACH)):
            return []  # no second name within reach: one unit at most
        names = _subject_after(text, start)
    units = [(name, position, marked) for name, position, marked in names if is_unit(name)]
    for (_, first, _), (_, second, _) in itertools.pairwise(units):
        if not _AND.search(text, first, second):
            return []  # "Gmina Lipno - Urząd Gminy w Lipnie": a unit and its office, one subject
    return units if len(units) >= 2 else []


_AFTER_REACH = 250  # how far after the verb a second name of its subject may begin
# A plural verb (the subject before it two units and more): "prowadzą", "zrealizowały", "realizowali", "będą …".
_PLURAL_VERB = re.compile(r"(?:ą|ły|li)\b|\b(?:będą|mają|mogą)\b")
# Units joined as one subject: a comma or a conjunction between them.
_AND = re.compile(r",|[ \t](?:i|oraz|a[ \t]+także)[ \t]")


def jointly_run_before(text: str, name_start: int) -> bool:
    """Whether the name at `name_start` opens a joint subject right after a plural verb of carrying out ("realizują
    GOPS w X i Biblioteka Y")."""
    verb = next(reversed(list(_RUN_PLURAL.finditer(text, max(0, name_start - 40), name_start))), None)
    if verb is None or text[verb.end() : name_start].strip(' \t"”»'):
        return False
    return bool(joint_subject(text, verb.start(), verb.end()))


def jointly_run(text: str, cues: str, found: Found) -> None:
    """Two units and more, the joint subject of a plural verb of carrying out or preparing a project, a programme or an
    event, with no "wspólnie" (`jointly_done` reads it with)."""
    for match in itertools.islice(matches_from(_RUN_PLURAL, text, cues, _RUN_STARTS), MAX_CUES):
        begin, finish, deed = _deed(text, match.start(), match.end())
        if deed is None or _NOT_JOINT.match(text, begin + deed.start(), finish):
            continue
        for name, position, marked in joint_subject(text, match.start(), match.end()):
            found.add(position, name, marked)


# Units named together as the implementers: "Realizatorami projektu są A i B", "A i B są realizatorami projektu" (as
# "Organizatorami wydarzenia byli A i B"; tests/realtext/README.md, seventh round): all partners, none the implementer.
_IMPLEMENTERS_ARE = re.compile(
    r"\b(?:Współ)?[Rr]ealizatorami(?:[ \t]+[a-ząćęłńóśźż„”\"]+){0,3}?[ \t]+(?:są|byli|były|będą|zostały|zostali)"
    r"|(?<![\w-])(?:są|byli|były|będą|zostały|zostali)[ \t]+(?:współ)?realizatorami(?![\w-])"
)


def named_implementers(text: str, cues: str, found: Found) -> None:
    """Two units and more named together as a project's implementers, after the noun or before it."""
    starts = ("realizatorami", "współrealizatorami", "są", "byli", "były", "będą", "zostały", "zostali")
    for match in itertools.islice(matches_from(_IMPLEMENTERS_ARE, text, cues, starts), MAX_CUES):
        after = match.group(0)[:1] in "RrWw"
        for name, position, marked in joint_subject(text, match.start(), match.end(), before=not after, after=after):
            found.add(position, name, marked)
