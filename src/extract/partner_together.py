"""Co-implementers and co-organisers: "wspólnie z …", "wraz z trzema partnerami: …", "Współorganizatorem był X",
"Projekt realizują wspólnie A oraz B".

Doing something together is no partnership on its own: these readers want a sentence about carrying something
out ("wspólnie z"), a count or two units and more, or a co-organiser's or co-implementer's title.
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import matches_from, split_orgs
from extract.partner_cues import COUNT
from extract.partner_labels import labelled_bullets
from extract.partner_lists import cued_list, read_list, split_oraz
from extract.partner_names import Found, is_unit, run_at, run_before
from extract.partner_sentences import end_of_sentence

# Co-organisers are co-implementers: "Współorganizatorem festiwalu był X", "Organizatorami wydarzenia byli A i B"
# (organisers in the plural only: one organiser is the implementer), "W organizację zaangażowani są także: …".
_EVENTS = (
    r"(?:\s+(?:wydarzenia|imprezy|festiwalu|festynu|konkursu|przeglądu|akcji|spotkania|konferencji|święta"
    r"|projektu|zadania|przedsięwzięcia|rajdu|turnieju|pikniku|koncertu|wystawy|warsztatów|zawodów))?"
)
# Also a label ("Współorganizatorzy wydarzenia:", "Organizatorzy:") and the verb ("Festyn współorganizowali: A i B",
# "współorganizowane było przez A oraz B").
_CO_ORGANISERS = re.compile(
    # "Organizatorem warsztatów byli A i B": the singular noun with a plural verb names several too
    rf"\b(?:(?P<label>Współorganizator(?:em|ami|zy)|Organizatorami|Organizatorem(?={_EVENTS}\s+(?:są|byli|były|będą)\s)){_EVENTS}"
    r"\s+(?:jest|są|był[aoy]?|byli|będzie|będą|zostały|zostali|zostanie|zostaną)"
    rf"|(?P<colon>Współorganizatorzy|Organizatorzy){_EVENTS}(?=[ \t]*:)"
    r"|współorganizowa\w*(?:\s+(?:był[aoy]?|jest|są|został[aoy]?|zostały|zostanie))?"
    r"(?:\s+(?:także|również|też))?(?:\s+przez)?"
    r"|w\s+(?:organizację|realizację|przygotowanie)(?:\s+[a-ząćęłńóśźż]+){0,2}?\s+(?:zaangażowan[iey]|zaangażowali\s+się"
    r"|zaangażowały\s+się|włączyli\s+się|włączyły\s+się)(?:\s+(?:są|byli|były|będą|zostali|zostały))?)"
    r"(?:\s+(?:również|także|też|ponadto))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# "wraz z trzema partnerami: …", "razem z partnerami", "z następującymi partnerami:"
_WITH_PARTNERS = re.compile(
    r"\b(?:(?:wraz|razem|wspólnie)\s+)?ze?\s+(?:(?:\d{1,2}|dwoma|dwójką|trzema|czterema|pięcioma|sześcioma"
    r"|siedmioma|ośmioma|dziewięcioma|dziesięcioma|kilkoma|kilkunastoma|następującymi|swoimi|naszymi"
    r"|pozostałymi)\s+)*partner(?:ami|em)(?:\s+projektu)?"
    r"(?:[ \t]*,?[ \t]*(?:tj\.|tzn\.|czyli|m\.[ \t]?in\.|w\s+tym|takimi\s+jak))?[ \t]*:?\s+",
    re.IGNORECASE,
)
# "wspólnie z …", "wraz z …": co-implementers, read only in a sentence about carrying something out.
# Where _WITH_PARTNERS can begin with its "z"/"ze" (in `cue_text`): a "z" with no letter before it and "e" or
# a space after it; one scan for the literal "z" instead of a regex try at every "z" of the text.
_Z_WORD = re.compile(r"z(?<!\wz)(?=e|\s)")
_TOGETHER = re.compile(r"\b(?:wspólnie|wraz|razem)\s+ze?[ \t]*:?\s+", re.IGNORECASE)
# "w projekcie" too; organising an event together names its co-organisers ("Gmina A wspólnie z Fundacją B
# zorganizowała warsztaty", "razem ze Stowarzyszeniem C organizuje festyn")
_CARRYING_OUT = re.compile(
    r"realiz|wdraż|projek|przedsięwzię|partner|zadani|organiz|festiwal|festyn|warsztat|koncert|wydarzeni|imprez",
    re.IGNORECASE,
)


def together(text: str, cues: str, found: Found) -> None:
    """ "realizowany przez Gminę Iłów wspólnie z Fundacją Nowy Dom oraz Parafią w Iłowie", "wraz z trzema
    partnerami: …": the units named with it (not the one carrying the project out)."""
    with_partners = "partnerami" in cues or "partnerem" in cues  # _WITH_PARTNERS needs one, after its "z"
    for pattern, needs_context, starts, where in (
        (
            _WITH_PARTNERS,
            False,
            ("wraz", "razem", "wspólnie") if with_partners else (),
            _Z_WORD if with_partners else None,
        ),
        (_TOGETHER, True, ("wspólnie", "wraz", "razem"), None),
    ):
        for match in matches_from(pattern, text, cues, starts, where=where):
            if needs_context:
                floor = max(0, match.start() - 600)
                sentence = text[max(text.rfind("\n", floor, match.start()), floor) : end_of_sentence(text, match.end())]
                if not _CARRYING_OUT.search(sentence):
                    continue
            for name, position, marked in read_list(text, match.end()):
                if is_unit(name):
                    found.add(position, name, marked)


# "Projekt prowadzimy wspólnie z 6 Lokalnymi Grupami Rybackimi:", "Projekt prowadzi wspólnie 7 lokalnych grup: …",
# "trzech gmin, które chcą go przeprowadzić razem: A, B i C": a count of units carrying something out together,
# then their names after a colon.
_JOINTLY = re.compile(r"\b(?:wspólnie|razem)\b", re.IGNORECASE)
_JOINT_ACTION = re.compile(r"realiz|prowadz|wdraż|projekt|przedsięwzię|zadani|organiz|przygotow", re.IGNORECASE)


def jointly_counted(text: str, cues: str, found: Found) -> None:
    """The units listed after "wspólnie z 6 grupami:", "prowadzi wspólnie 7 grup …:", "… razem: A, B i C"."""
    for match in matches_from(_JOINTLY, text, cues, ("wspólnie", "razem")):
        colon = text.find(":", match.end(), match.end() + 160)
        if colon < 0 or any(mark in text[match.end() : colon] for mark in ".!?\n"):
            continue
        floor = max(0, match.start() - 300)
        begin = max(text.rfind("\n", floor, match.start()), text.rfind(". ", floor, match.start()), floor)
        clause = text[begin:colon]
        if not COUNT.search(clause) or not _JOINT_ACTION.search(clause):
            continue
        start = colon + 1
        while start < len(text) and text[start].isspace():
            start += 1
        names = cued_list(text, start)
        if len(names) >= 2:  # a count of units, then their names: one name is no such list
            for name, position, marked in names:
                found.add(position, name, marked)


def co_organisers(text: str, cues: str, found: Found) -> None:
    """ "Współorganizatorem był X", "Organizatorami wydarzenia byli A i B", "W organizację zaangażowani są także …"."""
    starts = (
        *("współorganiz", "organizatorami", "organizatorzy", "organizatorem"),
        *("w organizację", "w realizację", "w przygotowanie"),
    )
    for match in matches_from(_CO_ORGANISERS, text, cues, starts):
        label = (match.group("label") or match.group("colon") or "").lower()
        end = end_of_sentence(text, match.end())
        if label.startswith("współorganizatorem"):
            run = run_at(text, match.end())
            names = [(n, p, False) for n, p in split_orgs(run.text, run.start) if is_unit(n)] if run else []
        elif text[match.end() : end].strip():
            names = cued_list(text, match.end())
        elif match.group("colon") and text[match.end() : match.end() + 1] == "\n":
            listed = Found([], [])  # "Organizatorzy:", then "- A", "- B" or a name a line: the list under the label
            labelled_bullets(text, match.end() + 1, listed, False)
            names = [(mention.name, position, mention.lead) for position, mention in listed.items]
        else:
            names = []
        if label in ("organizatorami", "organizatorzy", "organizatorem") and len(names) < 2:
            continue  # one organiser is the implementer, not a partner
        for name, position, marked in names:
            found.add(position, name, marked)


# Co-implementers: "Projekt realizują wspólnie A oraz B", "Zadanie wspólnie prowadzą: A i B", "Współrealizatorem
# projektu jest C" (a plural verb with "wspólnie"/"razem" over two or more units).  "Projekt realizować będą A oraz
# B" alone names the implementers, not partners (a partner is then named apart: "a partnerem jest C").
_CO_IMPLEMENTERS = re.compile(
    r"\b(?:(?:projekt|zadani|przedsięwzię|program)\w*\s+(?:(?P<jointly>wspólnie|razem)\s+)?(?:realizują|realizowali"
    r"|realizowały|zrealizowali|zrealizowały|realizować\s+będą|będą\s+realizować|prowadzą|prowadzili|prowadziły"
    # "Projekt współrealizują A i B": the verb's prefix says "together"
    r"|(?P<co>współrealizują|współrealizowali|współrealizowały|współrealizować\s+będą|będą\s+współrealizować))"
    r"|(?P<label>współrealizator(?:em|ami|zy))(?:\s+(?:projektu|zadania|przedsięwzięcia))?"
    r"\s+(?:są|byli|były|będą|jest|był[aoy]?|będzie|zostali|zostały|zostanie))"
    r"(?:\s+(?P<jointly2>wspólnie|razem)|\s+(?:również|także|też))?[ \t]*:?[ \t]*(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))",
    re.IGNORECASE,
)


def co_implementers(text: str, cues: str, found: Found) -> None:
    """The units named as carrying a project out together (two or more), or as its co-implementers."""
    starts = ("projekt", "zadani", "przedsięwzię", "program", "współrealizator")
    for match in matches_from(_CO_IMPLEMENTERS, text, cues, starts):
        jointly = match.group("jointly") or match.group("jointly2") or match.group("co")
        if not (jointly or match.group("label")):
            continue
        names = cued_list(text, match.end())
        if len(names) >= 2 or match.group("label"):
            for name, position, marked in names:
                found.add(position, name, marked)


# "Gmina A oraz Miasto B realizują wspólny mikroprojekt": two or more units, the subject of a plural verb of carrying
# out a joint project (one unit alone is the implementer).
_JOINT_PROJECT = re.compile(
    r"\b(?:realizują|realizowały|realizowali|zrealizowały|zrealizowali|prowadzą|prowadziły|prowadzili)"
    r"\s+wspóln\w+\s+(?:mikro)?projekt",
    re.IGNORECASE,
)
# Also a plural verb over their joint carrying out: "A oraz B zakończyły wspólną realizację projektów" (found at
# "wspólną realizację", the verb read right before it).
_JOINT_REALISATION = re.compile(r"\bwspóln(?:ą|ej)\s+realizacj[ęiaą]", re.IGNORECASE)
_PLURAL_VERB_BEFORE = re.compile(r"\b[a-ząćęłńóśźż]+(?:ły|li|ją)\s+$")


def joint_project(text: str, cues: str, found: Found) -> None:
    """The units named before "realizują wspólny projekt", two or more."""
    starts = matches_from(_JOINT_PROJECT, text, cues, ("realizuj", "realizowa", "zrealizowa", "prowadz"))
    verbs = (
        verb.start() + max(0, match.start() - 40)
        for match in matches_from(_JOINT_REALISATION, text, cues, ("wspóln",))
        if (verb := _PLURAL_VERB_BEFORE.search(text[max(0, match.start() - 40) : match.start()]))
    )
    for start in itertools.chain((match.start() for match in starts), verbs):
        subject = run_before(text, start)
        if subject is None:
            continue
        names = [
            (name, position)
            for whole, at in split_orgs(*subject)
            for name, position in split_oraz(whole, at)  # "Gmina A oraz Město B": "oraz" joins two units
            if is_unit(name)
        ]
        if len(names) >= 2:
            for name, position in names:
                found.add(position, name)
