"""Partners of a partnership project, read only where the text says so; the lead marked; names in the nominative.

Labels ("Partnerzy projektu:", "Lider: … oraz Partnerzy: …", a heading over a list of names),
"Partnerem jest …", "a partnerami: …", "w partnerstwie z …" (its subject is the leader unless another
one is named), "wspólnie z / wraz z …" in a sentence about carrying a project out, "wraz z trzema
partnerami: …", "X, działając jako Lider Projektu", "lider projektu (X)", "(partner wiodący)" /
"(lider)" markers, the distributive "ROPS-ami z województw: A, B i C", and the subject of a sentence
about a partnership project.  Also: "Partnerem realizacji projektu jest", "Partnerzy projektu to:", "dwóch
partnerów: A oraz B", "W skład partnerstwa wchodzą: …", "Partnerstwo tworzą …", "w partnerstwie przez/pomiędzy A
a B", the genitive "partnerstwo trzech organizacji: A, Fundacji B" / "w partnerstwie Gminy A i Fundacji B", "umowy
partnerskiej zawartej przez A, B i C" (read only in a sentence about a project: twin towns sign them too),
"X jest partnerem projektu", "X pełni rolę partnera", "Jako partner przystąpiła X", "A (lider) oraz B (partner)"
and "Lider – A, Partner – B".  "We współpracy z …" is ordinary cooperation, not a project partnership,
and is never read as one; a venue, the area served or a person is never a partner.  Names printed in
the instrumental ("z Biblioteką Publiczną w Piasecznie") or the accusative ("przez Gminę Iłów") are
given back in the nominative, a name printed in capitals ("FUNDACJA WINDA") in its ordinary case.
Also: a consortium's members ("Konsorcjum tworzą …", "W skład konsorcjum wchodzą: …"), units counted and
then named ("Projekt prowadzimy wspólnie z 6 grupami:", "… chcą go przeprowadzić razem: A, B i C"),
co-organisers ("Współorganizatorzy:", "Współorganizatorem był X", "Organizatorami byli A i B", "W organizację
zaangażowani są …"), a unit's plural over bare place names ("przystąpiły Gminy: A, B" -> "Gmina A", "Gmina B")
and the owner of the partners in a project sentence ("Partnerami uczelni są: …").
Long lists of every shape: "konsorcjum w składzie:", "partnerstwo: A (lider), B", "A – Lider Partnerstwa, B –
Partnerzy", a name a line after "w partnerstwie z:", "a także", "oraz z", "tj.", "m.in.", a kind or a count before
the colon, names holding a comma ("Fundacja Rozwoju Regionu, Kultury i Sportu"), saints' titles, schools' numerals,
abbreviated local units ("KGW „X”"), foreign bodies (Město, Obec, Stadt, Savivaldybė, a Ukrainian administration)
with their country's adjective read past; signatories ("Umowę partnerską podpisały: …"), co-implementers carrying a
project out "wspólnie", co-organisers by label or verb, "przy współudziale" and "z udziałem partnerów:" (genitives),
the lead "pod przewodnictwem", in apposition ("Gmina X, lider projektu,") or after "natomiast liderem –".
Units named through their officials: "przedstawiciele partnerów: Starosta Gryfiński X, Wójt Gminy Banie Y" and
the signatories of a cooperation agreement ("porozumienie podpisali starosta sulęciński X i …").
The parties of a cooperation, two or more, right after the noun ("współpracę Gminy A oraz Fundacji B", "Dzięki
współpracy A oraz B poszerzą …"; the beneficiary left out) and the subject pair of "zakończyły wspólną realizację".
Partner towns ("z miastem partnerskim Javornik": the town's printed name, the beneficiary's own left out) and the
owners of a partnership or joint project in the genitive ("partnerskim projektem Gminy A i czeskiej Gminy B"), in
`partner_towns`.

Since the seventh labelling round: the joint subject of a plural verb of carrying out or preparing, with or without
"wspólnie" ("A i B realizują projekt", "Projekt realizują dwie gminy: A i B"; `partner_jointly`, none of them the
implementer), and two named units in a partnership with no project ("umowa partnerska pomiędzy powiatami A i B",
"A i B nawiązują relacje partnerskie"; `partner_pacts`), and numbered units of one kind carrying a project out
("projektu realizowanego przez Szkoły Podstawowe nr 8, 32 i 36 w X"; `partner_numbered`) or getting money for one
joint project ("A i B otrzymały dofinansowanie na realizację wspólnego projektu"; `partner_funded`).

This module runs the readers in order and merges what they find.  The readers live in the `extract.partner_*`
modules by the kind of cue they read (`partner_labels`, `partner_cues`, `partner_roles`, `partner_together`,
`partner_cooperation`, `partner_officials`, `partner_voivodeships`, `partner_towns`, `partner_jointly`,
`partner_pacts`); they share the list reading of
`partner_lists` and `partner_heads`, the sentence bounds of `partner_sentences`, the names of `partner_names` and the
cases of `partner_cases`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.lowered import lowered as lower_text
from extract.org_names import OrgMention, fold, text_cues
from extract.partner_cases import from_genitive, nominative
from extract.partner_cooperation import cooperation
from extract.partner_cues import in_partnership, partner_cues, partner_is, partnership_lists
from extract.partner_funded import jointly_funded
from extract.partner_joining import joined
from extract.partner_jointly import joint_application, jointly_done, jointly_run, named_implementers
from extract.partner_labels import labelled_lists
from extract.partner_names import COUNTRY_AFTER, Found, partner_name, without_country
from extract.partner_numbered import numbered_partners
from extract.partner_officials import officials
from extract.partner_pacts import partnership_pacts
from extract.partner_relative import relative_partners
from extract.partner_roles import partner_roles, roles, sentence_subjects
from extract.partner_together import co_implementers, co_organisers, joint_project, jointly_counted, together
from extract.partner_towns import partner_project_owners, partner_towns
from extract.partner_voivodeships import VOIVODESHIPS_GENITIVE, distributive

__all__ = ["VOIVODESHIPS_GENITIVE", "find_partners", "from_genitive", "nominative", "partner_name"]


_CUES = (
    *("partner", "lider", "wspóln", "wraz z", "wraz ze", "razem", "organizator", "konsorcj", "zaangażow", "włączy"),
    *("współprac", "współrealizator", "współudzia", "współorganiz", "porozumieni"),
)
# The cues of joining a project and of a joint application: a text with these alone runs only their readers.
_JOINING_CUES = ("przystąpi", "udział w", "złożon", "dołącz")
# The plural verbs of carrying out or preparing: "A i B realizują projekt" (`jointly_run`).
_RUN_CUES = ("realiz", "prowadz", "przygot", "organiz", "wdraż", "wdroż")


def _joining(text: str, lowered: str, cues: str, found: Found) -> None:
    """Units joining a partnership project and co-applicants ("przystąpiła do projektu partnerskiego",
    "Chęć przystąpienia do projektu zgłosiły:", "wniosek złożony przez A i B")."""
    if "złożon" in lowered and "przez" in lowered:
        joint_application(text, cues, found)
    if "przystąpi" in lowered or "udział" in lowered or "dołącz" in lowered:
        joined(text, cues, found)


def find_partners(text: str, beneficiary: str | None = None) -> tuple[list[OrgMention], list[str]]:
    """Partners of a partnership project, the lead marked, plus warnings.  `beneficiary`, the name of the unit
    the caller read as the one that got the money, is left out of a cooperation's parties (the record's fields
    pass it; organisations' own reading of the partners, which the beneficiary may rest on, passes none)."""
    found = Found([], [])
    if not text:
        return [], []
    lowered = lower_text(text)
    if not any(cue in lowered for cue in _CUES):
        runs = any(cue in lowered for cue in _RUN_CUES)
        if not runs and not any(cue in lowered for cue in _JOINING_CUES):
            return [], []
        cues = text_cues(text)
        _joining(text, lowered, cues, found)
        if runs:
            jointly_run(text, cues, found)
            if " nr" in text:  # "projektu realizowanego przez Szkoły Podstawowe nr 8, 32 i 36"
                numbered_partners(text, found)
        if "realizatorami" in lowered:  # "Realizatorami projektu są A i B"
            named_implementers(text, cues, found)
        return _merged(found)
    cues = text_cues(text)  # which regexes below are worth running over the text
    taken = distributive(text, found) if "ojewództw" in text else []
    partner_word = "partner" in lowered or "lider" in lowered
    if partner_word or "współorganizator" in lowered:
        labelled_lists(text, cues, found)
    if partner_word:
        if any(word in lowered for word in ("partnerem", "partnerami", "partnerzy", "liderem")):
            partner_is(text, cues, found)
        if any(
            word in lowered
            for word in (" a partner", " a liderem", "partnersk", "zaś", "natomiast", "kolei", "członkami")
        ):
            partnership_lists(text, cues, found)
        if "partnerstw" in lowered:
            in_partnership(text, found)
        if "jako" in lowered or "(" in lowered or "w roli" in lowered:
            roles(text, cues, found)
        partner_roles(text, cues, found)
        if "któr" in lowered:  # "Urzędu Miejskiego w X, który jest partnerem festiwalu"
            relative_partners(text, cues, found)
        sentence_subjects(text, cues, found, taken)
    if partner_word or "konsorcj" in lowered:
        partner_cues(text, cues, found)
    if "organizator" in lowered or "współorganiz" in lowered or "zaangażow" in lowered or "włączy" in lowered:
        co_organisers(text, cues, found)
    # (each word looked for once: a whole-text search each, and most pages hold none of them)
    joint = "wspóln" in lowered
    jointly = (joint and "wspólnie" in lowered) or "razem" in lowered
    partnership = "partnersk" in lowered
    if ":" in text and jointly:
        jointly_counted(text, cues, found)
    together(text, cues, found)
    if jointly or "współrealizator" in lowered:
        co_implementers(text, cues, found)
    if joint and ("projekt" in lowered or "realizacj" in lowered):
        joint_project(text, cues, found)
    if joint or partnership:  # (the joint word found first, its sentence's verbs after)
        jointly_funded(text, cues, found)  # "A i B otrzymały dofinansowanie na realizację wspólnego projektu"
    if jointly:  # "A, B i C prowadzą wspólnie projekt"
        jointly_done(text, cues, found)
    if any(cue in lowered for cue in _RUN_CUES):  # "A i B realizują projekt", "Projekt realizują A i B"
        jointly_run(text, cues, found)
        if " nr" in text:  # "projektu realizowanego przez Szkoły Podstawowe nr 8, 32 i 36"
            numbered_partners(text, found)
    if "realizatorami" in lowered:  # "Realizatorami projektu są A i B"
        named_implementers(text, cues, found)
    _joining(text, lowered, cues, found)  # "Gmina A przystąpiła do projektu partnerskiego", "wniosek złożony przez"
    if partnership and "miast" in lowered:  # "z miastem partnerskim Javornik"
        partner_towns(text, cues, found, beneficiary)
    if (partnership or joint) and (
        "projek" in lowered or "inicjatyw" in lowered or "przedsięwzię" in lowered
    ):  # "partnerskim projektem Gminy A i B", "wspólna inicjatywa gminy A i Stowarzyszenia B"
        partner_project_owners(text, cues, found)
    if "współprac" in lowered or "współudzia" in lowered or ("porozumieni" in lowered and "stron" in lowered):
        cooperation(text, cues, found, beneficiary)
    if partnership or "partnerstw" in lowered:  # "umowa partnerska pomiędzy A i B", "nawiązują relacje
        partnership_pacts(text, cues, found)  # partnerskie": a partnership with no project
    if "przedstawiciel" in lowered or "porozumieni" in lowered:  # officials' only two cues
        officials(text, lowered, found)
    if found.subjects and not any(mention.lead for _, mention in found.items):
        for position, name in found.subjects[:1]:
            found.add(position, name, lead=True)
    return _merged(found)


# A name and its seat: "akademia gorniczo-hutnicza w krakowie" -> "akademia gorniczo-hutnicza".
_SEAT = re.compile(r"(.+?) (?:w|we) [^ ]+(?: [^ ]+)?$")


def _merged(found: Found) -> tuple[list[OrgMention], list[str]]:
    """The names found, in text order, each once (its lead kept), the country after a foreign one left out."""
    partners: list[OrgMention] = []
    index: dict[str, int] = {}
    for _, mention in sorted(found.items, key=lambda item: item[0]):
        if COUNTRY_AFTER.search(mention.name):
            mention = replace(mention, name=without_country(mention.name))
        key = " ".join(fold(mention.name).split())
        if seated := _SEAT.match(key):  # "Akademia X w Krakowie" after "Akademia X": one unit, the seat kept
            short = seated.group(1)
            if short in index and not partners[index[short]].name.startswith(mention.name):
                at = index.pop(short)
                partners[at] = replace(mention, lead=mention.lead or partners[at].lead)
                index[key] = at
                continue
        elif any(other.startswith(key + " w ") or other.startswith(key + " we ") for other in index):
            continue  # "Akademia X" after "Akademia X w Krakowie": the unit named in full before
        if key in index:
            if mention.lead and not partners[index[key]].lead:
                partners[index[key]] = replace(partners[index[key]], lead=True)
            continue
        index[key] = len(partners)
        partners.append(mention)
    if sum(p.lead for p in partners) > 1:
        found.warnings.append("Several lead partners marked: " + "; ".join(p.name for p in partners if p.lead) + ".")
    return partners, found.warnings
