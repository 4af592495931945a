"""Units named in cooperation on a project or an event: "we współpracy z …", "przy współudziale …", an
agreement's parties.

Cooperation is no partnership elsewhere ("współpracuje z Fundacją X"), and funders are left out: these cues
need their own context checks.
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import fold, matches_from
from extract.org_sentences import MAX_CUES
from extract.partner_cases import GENITIVE_HEADS, from_genitive
from extract.partner_heads import COUNT_WORDS
from extract.partner_lists import cued_list
from extract.partner_names import Found, partner_name
from extract.partner_sentences import sentence_of

# "we współpracy z Teatrem X", "przy współpracy m.in.: z A i B", "dzięki współpracy z …", "współpracuje z …":
# the units named right after it, read only in a sentence about a project or an event being prepared.
_COOPERATION = re.compile(
    r"\b(?P<prep>(?:we|przy|w|dzięki|we\s+wspólnej)\s+)?(?:(?:ścisłej|bliskiej|stałej|aktywnej)\s+)?współprac\w*"
    r"(?:\s+(?:m\.\s?in\.|między\s+innymi))?[ \t]*:?[ \t]*ze?\s+(?:(?:m\.\s?in\.|między\s+innymi)[ \t]*:?[ \t]*)?"
    r"(?:partner(?:em|ami)\s+[a-ząćęłńóśźż]+(?:im|imi|ymi)[ \t]*(?:[–—:-][ \t]*)?)?(?=[A-ZŁŚŻŹĆŃÓ„\"])",
    re.IGNORECASE,
)
# Bodies read after a cooperation or agreement cue that are no partners: the funders and paying agencies.
_FUNDER_NAME = re.compile(
    r"(?:Minist|Narodow\w*\s+(?:Fundusz|Centrum|Agencj)|Wojewódzk\w*\s+Fundusz|Państwow\w*\s+Fundusz|Fundusz"
    r"|Agencj\w*\s+Restrukturyzacji|Komisj\w*\s+Europejsk|Uni[aię]\s+Europejsk|Polsk\w*\s+Agencj\w*\s+Rozwoju"
    r"|Bank\s+Gospodarstwa|Urz[ąę]d\w*\s+Marszałkowsk|Kancelari\w*\s+Prezesa|Centrum\s+Projektów)",
    re.IGNORECASE,
)
# "porozumienie o wzajemnej współpracy z Uniwersytetem X", "umowę o współpracy partnerskiej między Powiatem A a
# Powiatem B", "porozumienie o współpracy na rzecz integracji społecznej z Województwem X": the parties named.
_COOPERATION_AGREEMENT = re.compile(
    r"\b(?:umow\w*|porozumieni\w*)\s+o\s+(?:wzajemnej\s+|partnerskiej\s+|dalszej\s+)?współpracy(?:\s+partnerskiej)?"
    r"(?:\s+[a-ząćęłńóśźż]+){0,5}?\s+(?:(?P<pair>pomiędzy|między)|ze?)\s+(?=[A-ZŁŚŻŹĆŃÓ„\"])",
    re.IGNORECASE,
)
# A project or an event being prepared: "we współpracy z" elsewhere ("prowadzi zbiórkę żywności we współpracy z
# Caritas") is ordinary cooperation.
_ACTIVITY = re.compile(r"projekt|realiz|zadani|przedsięwzię|wdraża|organiz|przygotow|program", re.IGNORECASE)


# "Porozumienie o wdrożeniu Modelu X zawarły trzy strony: A, B oraz C": the parties of an agreement to carry a
# project out together.  Not "umowa o realizację zadania" (a grant contract: a payer and its grantee).
_IMPLEMENTING_AGREEMENT = re.compile(
    r"\bporozumieni\w*\s+o\s+(?:wspóln\w+\s+)?(?:wdrożeni|wdrażani|realizacj|przeprowadzeni)\w*"
    # (a dot that ends no sentence may stand between: "podpisały 3 maja 2021 r. strony:")
    r"(?:[^.:\n]|\.(?![ \t]+(?-i:[A-ZŁŚŻŹĆŃÓ]))){0,160}?\b(?:zawarł\w*|zawarli|podpisał\w*|podpisali)\b"
    r"(?:[^.:\n]|\.(?![ \t]+(?-i:[A-ZŁŚŻŹĆŃÓ]))){0,60}?\bstron[ya]?[ \t]*:[ \t]*",
    re.IGNORECASE,
)


# A cooperation project of local action groups (PROW 2014-2020, poddziałanie 19.3 "Przygotowanie i realizacja działań
# w zakresie współpracy z lokalną grupą działania": a joint project of several LGDs) with its members counted and
# listed: "projekt współpracy trzech Lokalnych Grup Działania: LGD A, LGD B i Stowarzyszenie C".
_COOPERATION_PROJECT = re.compile(
    rf"\bprojekt\w*[ \t]+współpracy[ \t]+{COUNT_WORDS}[ \t]+[^.:\n]{{0,80}}?:[ \t]*",
    re.IGNORECASE,
)
# "przy współudziale Gminy Kikół i Fundacji Razem": co-implementers in the genitive.
_SHARED_PART = re.compile(r"\b(?:przy|we|dzięki|ze)\s+współudzia(?:le|łem)\s+(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))", re.IGNORECASE)


# "Projekt przewiduje współpracę Gminy A oraz Fundacji B", "Dzięki współpracy Urząd Miejski w X oraz Fundacja Y
# poszerzą …": the parties named right after the noun (no "z"), in the genitive or as the clause's subject.
# (lower case: "Programu Współpracy Interreg …" is a programme's name)
_PARTIES = re.compile(r"\bwspółprac[aęyą][ \t]+(?=[A-ZŁŚŻŹĆŃÓ„\"][^\n]{0,200}?[ \t](?:i|oraz)[ \t])")


# "dzięki współpracy Gminy A ze Stowarzyszeniem B", "współpraca Fundacji A z Gminą B i Powiatem C przy projekcie":
# the first party in the genitive, the others after "z" in the instrumental (as "partnerstwo Gminy A z B"), read in a
# sentence about a project or an event only ("współpraca Gminy A z mieszkańcami" names one unit: none).
_PROGRAMME_BEFORE = re.compile(r"(?i:program\w*)(?:[ \t]+\w+)?[ \t]+\Z")
_PLURAL_KIND = re.compile(r"\w+(?:ami|ymi|imi|mi)\b")  # "Organizacjami Pozarządowymi": a kind of bodies, in the plural
_WITH = re.compile(r"[ \t]ze?[ \t]+(?=[A-ZŁŚŻŹĆŃÓ„\"])")
_PARTIES_WITH = re.compile(r"\bwspółprac[aęyą][ \t]+(?=[A-ZŁŚŻŹĆŃÓ][^\n.;]{0,120}?[ \t]ze?[ \t]+[A-ZŁŚŻŹĆŃÓ„\"])")


def _cooperation_parties(text: str, cues: str, found: Found, beneficiary: str | None) -> None:
    """The units named as the parties of a cooperation, two or more, less the one that got the money (the
    beneficiary is no partner of its own project: "współpracę Stargardzkiego Centrum Kultury oraz Miasta X")."""
    key = fold(partner_name(beneficiary)) if beneficiary is not None else None
    for match in matches_from(_PARTIES, text, cues, ("współprac",)):
        items = [item for item in cued_list(text, match.end(), from_genitive) if not _FUNDER_NAME.match(item[0])]
        if len(items) < 2:  # "współpraca Fundacji X" alone: whose cooperation with whom is not said
            continue
        for name, position, marked in items:
            if fold(partner_name(name)) != key:
                found.add(position, name, marked)
    for match in itertools.islice(matches_from(_PARTIES_WITH, text, cues, ("współprac",)), MAX_CUES):
        head = text[match.end() : match.end() + 40].split(maxsplit=2)
        if not head or not any(word.lower() in GENITIVE_HEADS for word in head[:2]):
            continue  # the first party in the genitive: "współpracy Gminy A", not a name's own "Współpraca X"
        if not _ACTIVITY.search(sentence_of(text, match.start(), match.end())):
            continue
        if _PROGRAMME_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Program współpracy Gminy X z Organizacjami Pozarządowymi": a local act's name, no partnership
        with_ = _WITH.search(text, match.end(), match.end() + 160)
        if with_ is None:
            continue
        # the genitive party, read up to the "z" alone ("współpraca Caritas Polska z …" is no one name)
        first = [
            (from_genitive(name), at, marked) for name, at, marked in cued_list(text[: with_.start()], match.end())
        ]
        first = first[:1]
        others = cued_list(text, with_.end())  # the parties after "z", in the instrumental
        items = [
            item
            for item in [*first, *others]
            if not _FUNDER_NAME.match(partner_name(item[0]))
            and len(partner_name(item[0]).split()) > 1
            and not _PLURAL_KIND.match(partner_name(item[0]))
        ]  # a named unit each ("z Caritas trzech diecezji", "z Organizacjami Pozarządowymi" name none)
        for name, position, marked in items if first and others and len(items) == len(first) + len(others) else ():
            if fold(partner_name(name)) != key:
                found.add(position, name, marked)


def cooperation(text: str, cues: str, found: Found, beneficiary: str | None) -> None:
    """ "realizowany we współpracy z Lokalną Grupą Działania X", "A we współpracy z B, C i D prowadzą projekt",
    "przygotowanym przy współpracy m.in.: z Teatrem Zagłębia": the units listed after the cue, funders left out
    (and the `beneficiary`, the name of the unit that got the money, when the caller has read it)."""
    for match in matches_from(_COOPERATION, text, cues, ("we", "przy", "w", "dzięki", "współprac")):
        if not _ACTIVITY.search(sentence_of(text, match.start(), match.end())):
            continue  # "współpracuje z Fundacją X" outside a project or an event: ordinary cooperation
        for name, position, marked in cued_list(text, match.end()):
            if not _FUNDER_NAME.match(partner_name(name)):
                found.add(position, name, marked)
    for match in matches_from(_SHARED_PART, text, cues, ("przy", "we", "dzięki", "ze")) if "współudzia" in cues else ():
        if _ACTIVITY.search(sentence_of(text, match.start(), match.end())):
            for name, position, marked in cued_list(text, match.end(), from_genitive):
                if not _FUNDER_NAME.match(partner_name(name)):
                    found.add(position, name, marked)
    for match in matches_from(_IMPLEMENTING_AGREEMENT, text, cues, ("porozumieni",)) if "stron" in cues else ():
        items = [item for item in cued_list(text, match.end()) if not _FUNDER_NAME.match(partner_name(item[0]))]
        if len(items) >= 2:  # one party alone is a grantee, not a partnership
            for name, position, marked in items:
                found.add(position, name, marked)
    for match in matches_from(_COOPERATION_AGREEMENT, text, cues, ("umow", "porozumieni")):
        for name, position, marked in cued_list(text, match.end(), pair=bool(match.group("pair"))):
            if not _FUNDER_NAME.match(partner_name(name)):
                found.add(position, name, marked)
    projects = matches_from(_COOPERATION_PROJECT, text, cues, ("projekt",)) if "współpracy" in cues else iter(())
    for match in itertools.islice(projects, MAX_CUES):
        items = [item for item in cued_list(text, match.end()) if not _FUNDER_NAME.match(partner_name(item[0]))]
        if len(items) >= 2:  # the members counted and listed
            for name, position, marked in items:
                found.add(position, name, marked)
    _cooperation_parties(text, cues, found, beneficiary)
