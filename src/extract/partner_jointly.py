"""Units that do something together, named as the subject of a plural verb with "wspólnie"/"razem", in either order:
"A, B i C prowadzą wspólnie projekt", "A oraz B wspólnie zorganizowały festyn", "Warsztaty przygotowały wspólnie gmina
A i stowarzyszenie B" (the object first, the subject after the verb), "Festyn razem przygotowali A i B"; and the
co-applicants of one application ("wniosek złożony przez Gminę A i Stowarzyszenie B", "wspólny wniosek złożony
przez …").

Co-implementers are partners (tests/realtext/README.md, `partners`).  Doing something together is no partnership on
its own: two units and more, named in the nominative right before the verb (the clause's start, nothing but the
names before it) or right after the adverb, and a project's or an event's word in the sentence (not a standing
programme: "Program aktywizacyjny prowadzą wspólnie PUP i KIS" names two offices at their statutory work).
"Wspólnie z …" (`partner_together`) names the others with the one doing it, and is read there.
"""

from __future__ import annotations

import itertools
import re

from extract.org_adverbials import adverbials_start
from extract.org_names import matches_from
from extract.org_sentences import MAX_CUES
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
# What is done together: a project or an event, named first (not a programme, an office's standing work).
_DEED = re.compile(
    r"(?P<programme>\bprogram)|projek|zadani|przedsięwzię|inicjatyw|warsztat|festiwal|festyn|koncert|wydarzeni|imprez|akcj[eiaę]|konkurs"
    r"|spotkani|wystaw|piknik|turniej|rajd|konferencj|kiermasz|jarmark|zaję|obchod|wniosek|wniosk",
    re.IGNORECASE,
)
# Where a clause begins: a sentence's end, a line's, a colon ("Przypomnijmy: A, B i C prowadzą …").
_CLAUSE_STOPS = (". ", "\n", ": ", "! ", "? ")
_REACH = 400  # how far back a subject list may begin
_GAP = re.compile(r"[ \t\"”»]*")


def _subject_after(text: str, start: int) -> list[tuple[str, int, bool]]:
    """The units named right after the verb ("przygotowały wspólnie gmina A i stowarzyszenie B")."""
    begin = start + len(_GAP.match(text, start).group(0))  # type: ignore[union-attr]
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


def _subject_before(text: str, end: int) -> list[tuple[str, int, bool]]:
    """The units named from the clause's start to `end`, adverbials at most between (`org_adverbials`: "A, B i C|
    prowadzą wspólnie", "A i B od 2019 r.| wspólnie prowadzą")."""
    begin = _clause_start(text, end)
    if begin >= end or not (text[begin].isupper() or text[begin] in '„"'):
        return []  # the clause opens with no name ("Warsztaty przygotowały …" is read after the verb)
    names = cued_list(text, begin)
    if len(names) < 2 or names[0][1] != begin:  # "W Lipnie Gmina A i …": a place before the subject, no name
        return []
    last_name, last_at, _ = names[-1]
    name_end = last_at + len(last_name)
    while name_end < end and text[name_end] in "\"”»’'":
        name_end += 1
    if name_end > end or text[name_end : adverbials_start(text, end)].strip():
        return []  # the list stops before the verb: other words than adverbials stand between (a title, a clause)
    return names


def jointly_done(text: str, cues: str, found: Found) -> None:
    """Two units and more, the subject of a plural verb of doing a project or an event together."""
    for match in itertools.islice(matches_from(_JOINTLY, text, cues, ("wspólnie", "razem")), MAX_CUES):
        verb_before = _PLURAL_BEFORE.search(text, max(0, match.start() - 40), match.start())
        verb_after = _PLURAL_AFTER.match(text, match.end())
        if not (verb_before or verb_after):
            continue
        sentence_start = max(0, text.rfind(". ", max(0, match.start() - _REACH), match.start()))
        sentence = text[sentence_start : end_of_sentence(text, match.end())]
        deed = _DEED.search(sentence)  # the first one named is what is done ("Program … prowadzą": a programme)
        if deed is None or deed.group("programme"):
            continue
        verb_start = verb_before.start() if verb_before else match.start()
        names = _subject_before(text, verb_start)
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
