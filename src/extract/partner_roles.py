"""Units given a role in a sentence: "X jest partnerem projektu", "X (lider)", "jako partner przystąpiła X",
"Rolę lidera pełni X", and the subject of a sentence about a partnership.

One unit and its role in one sentence, the cue before or after the name; the cue phrases of `partner_cues`
introduce lists instead.
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import fold, matches_from, org_like, sentences_at, split_orgs
from extract.org_sentences import MAX_CUES
from extract.partner_cases import GENITIVE_HEADS, from_genitive
from extract.partner_cues import IN_PARTNERSHIP
from extract.partner_heads import shared_head
from extract.partner_lists import LEAD_MARKER, cued_list, lower_powiat_at, split_units
from extract.partner_names import BRAND, PERSON, Found, is_unit, name_before, run_at, run_before
from extract.personal_data import GIVEN_NAMES

# "Fundacja X jest partnerem projektu", "Gmina Y jest jednym z partnerów projektu", "Powiat Z liderem projektu"
# (a headline), "X pełni w projekcie rolę partnera": the unit right before the cue.
_IS_PARTNER = re.compile(
    r"\s+(?:(?:jest|był[aoy]?|będzie|został[aoy]?|zostanie|pozostaje|pozostał[aoy]?)\s+)?"
    r"(?:(?:również|także|też|ponadto|nadal|odtąd)\s+)?(?:(?:głównym|stałym)\s+)?"
    # "Gmina A jest liderem, a Fundacja B partnerem projektu": the lead's role, its of-what left to the partner's
    r"(?:(?P<lead3>liderem)(?=[ \t]*,[ \t]*(?:a|zaś|natomiast)[ \t]+[^.\n]{3,120}?\bpartner(?:em|ami)[ \t]+projektu)|"
    r"(?:(?:jednym|jedną)\s+z\s+partnerów|(?P<lead>liderem|partnerem\s+wiodącym)|partnerem)"
    r"(?:\s+(?:merytorycznym|strategicznym|krajowym|zagranicznym))?\s+(?:projektu|przedsięwzięcia|zadania|partnerstwa"
    # an event's partner too ("Gmina X jest głównym partnerem festiwalu"; a sponsor or a patron is no partner)
    r"|festiwalu|wydarzenia|imprezy|festynu|koncertu|konkursu|inicjatywy|w\s+projekcie)\b)"
    r"|\s+(?:pełni\w*|pełnić\s+będzie|będzie\s+pełnić|będzie\s+pełniła|będzie\s+pełnił)(?:\s+[a-ząćęłńóśźż]+){0,3}?"
    r"\s+(?:rolę|funkcję)\s+(?:(?P<lead2>lidera|partnera\s+wiodącego)|partnera)\b",
    re.IGNORECASE,
)
# "Jako partner do projektu przystąpiła Fundacja X": the unit after the verb.
_JOINED_AS = re.compile(
    r"\bjako\s+(?:(?P<lead>lider|partner\s+wiodący)|partner(?:zy)?)(?:\s+projektu|\s+w\s+projekcie)?\s+(?:do\s+projektu\s+)?"
    r"(?:przystąpił\w*|dołączył\w*|dołączyli|przystąpili|uczestnicz\w+|wystąpi\w*|występuj\w*)"
    r"(?:\s+(?:do\s+projektu|w\s+projekcie))?[ \t]*:?\s+",
    re.IGNORECASE,
)
# "Projekt prowadzi i koordynuje jako lider Powiat X": a verb of running the project, the role, then the unit.
_RUNS_VERB = r"(?:prowadz[ią]|koordynuj[eą]|realizuj[eą]|kieruj[eą]|zarządza(?:ją)?)"
_RUNS_AS = re.compile(
    rf"(?:\b{_RUNS_VERB}(?:\s+(?:i|oraz)\s+{_RUNS_VERB})?\s+jako\s+(?:(?P<lead>lider|partner\s+wiodący)|partner)"
    r"(?:\s+(?:projektu|partnerstwa))?"
    # "Jako lider projekt prowadzi Gmina X": the role first, the verb right before the unit
    r"|\bjako\s+(?:(?P<lead2>lider|partner\s+wiodący)|partner)(?:\s+(?:projekt|zadani|przedsięwzię)\w*)?"
    rf"\s+{_RUNS_VERB}(?:\s+(?:i|oraz)\s+{_RUNS_VERB})?)"
    r"[ \t]+(?=(?-i:[A-ZŁŚŻŹĆŃÓ]))",
    re.IGNORECASE,
)
# "Gmina A (lider) oraz Fundacja B (partner)", "Fundacja B – partner projektu": the name before the marker.
_ROLE_AFTER = re.compile(
    r"[ \t]*(?:\(\s*(?:(?P<lead>lider(?:a|em)?|partner(?:a|em)?\s+wiodąc\w+)|partner(?:a|em)?)(?:\s+projektu)?\s*\)"
    r"|[–—][ \t]+(?:(?:tj\.|czyli)[ \t]+)?(?:(?P<lead2>lider(?:a|em)?|partner(?:a|em)?\s+wiodąc\w+)|partner(?:a|em)?)"
    r"\s+projektu\b"
    # "Gmina X, lider projektu, podpisała …", "Gmina X, będąca liderem partnerstwa, …": the lead in apposition
    # ("Powiat X, który jest Liderem Projektu, zawarł …": the same in a relative clause)
    r"|,[ \t]+(?:(?:będąc\w*|któr[ya][ \t]+(?:jest|był[ao]?))[ \t]+)?(?P<lead3>lider(?:em)?|partner(?:em)?\s+wiodąc\w+)"
    r"\s+(?:projektu|partnerstwa)[ \t]*,"
    # a partner in apposition as well: "Fundacja X, partner projektu, przygotowała …", "TERRAM PACIS, partner w
    # realizacji projektu." (the role noun in the nominative, as the name; "partnerem" after "będąca/który jest")
    r"|,[ \t]+(?:(?:będąc\w*|któr[ya][ \t]+(?:jest|był[ao]?))[ \t]+)?partner(?:em)?"
    r"(?:[ \t]+(?:zagraniczn|krajow|merytoryczn)\w*)?"
    r"\s+(?:projektu|partnerstwa|zadania|w\s+(?:realizacji\s+)?(?:projektu|projekcie|zadania))[ \t]*[,.])",
    re.IGNORECASE,
)
# What the opening runs of _ROLE_AFTER hold (see `matches_from`).
_BLANK = " \t".__contains__
# The words _IS_PARTNER's matches begin with, after their white space.
_IS_PARTNER_STARTS = (
    *("jest", "był", "będzie", "zosta", "pozosta", "również", "także", "też", "ponadto"),
    *("jedn", "liderem", "partnerem", "pełni"),  # ("nadal", "głównym" … are read after a verb, where it starts)
)
_PARTNERSHIP_WORD = re.compile(r"partnersk|partnerstw", re.IGNORECASE)
_JOINING_VERB = re.compile(
    r"\b(?:przystąpi\w*|realizuj\w*|realizowa\w*|zrealizowa\w*|wdraża\w*|uczestnicz\w*|bierze\s+udział|wraz\s+z)",
    re.IGNORECASE,
)
_ACTING_VERB = re.compile(
    r"^\s*(?:wspólnie\s+)?(?:z?realiz\w+|prowadz\w+|przeprowadzi\w*|wdraża\w*|wdrożył\w*|przystąpi\w*)\b",
    re.IGNORECASE,
)
# "Gmina Iwaniska, działając jako Lider Projektu", "FUNDACJA WINDA, jako partner spoza sektora …"
_AS_ROLE = re.compile(
    r",?\s+(?:(?:działając\w*|występując\w*|będąc\w*|przystąpił\w*|przystępuj\w*|uczestnicz\w*)"
    # "w roli partnera/lidera" as "jako partner/lider" ("Gmina X przystąpiła do projektu w roli partnera")
    r"(?:\s+do\s+projektu)?\s+)?(?:jako|w\s+roli)\s+(?:(?P<lead>lider\w*|partner\w*\s+wiodąc\w*)|partner\w*)\b",
    re.IGNORECASE,
)
# "lider projektu (Miasto Opole)", "partnera (Fundacji X)" is not read: only a nominative in brackets.
_ROLE_BRACKET = re.compile(
    r"\b(?:(?P<lead>lider|partner\s+wiodący)|partner)(?:\s+(?:projektu|partnerstwa))?\s*\(\s*(?=[A-ZŁŚŻŹĆŃÓ„])",
    re.IGNORECASE,
)


_RUNS_STARTS = ("prowadz", "koordynuj", "realizuj", "kieruj", "zarządza", "jako")


def roles(text: str, cues: str, found: Found) -> None:
    """ "Gmina Iwaniska, działając jako Lider Projektu", "FUNDACJA WINDA, jako partner …",
    "lider projektu (Miasto Opole)"."""
    for match in _AS_ROLE.finditer(text) if "jako" in cues or "w roli" in cues else ():
        if match.start() and text[match.start() - 1] in ".!?:;":
            continue  # "… w Górce. Jako partnerzy występują …": a new sentence, the name before it is no subject
        subject = run_before(text, match.start())
        if subject is not None and is_unit(subject[0]):
            for name, position in split_units(*subject, False):  # "Gminę B i Gminę C jako partnerów"
                found.add(position, name, lead=bool(match.group("lead")))
    for match in matches_from(_ROLE_BRACKET, text, cues, ("lider", "partner")) if "(" in text else ():
        run = run_at(text, match.end(), limit=20)
        if run is None:
            continue
        closed = run.text.endswith(")") or text[run.end : run.end + 3].lstrip().startswith(")")
        name = run.text.removesuffix(")").strip()
        if closed and "(" not in name and is_unit(name):
            found.add(run.start, name, lead=bool(match.group("lead")))


def sentence_subjects(text: str, cues: str, found: Found, taken: list[tuple[int, int]]) -> None:
    """Subjects of partnership sentences and "A i B (partner wiodący) realizowali projekt"."""
    markers = matches_from(LEAD_MARKER, text, cues, ("(", "-", "–", "—")) if "lider" in cues or "wiodąc" in cues else ()
    words = matches_from(_PARTNERSHIP_WORD, text, cues, ("partners",))
    hits = sorted({m.start() for m in markers} | {m.start() for m in words})
    if not hits:
        return
    for start, end in sentences_at(text, hits):
        sentence = text[start:end]
        marker = LEAD_MARKER.search(sentence)
        is_partnership = bool(_PARTNERSHIP_WORD.search(sentence) and _JOINING_VERB.search(sentence))
        if not marker and not is_partnership:
            continue
        lead_start = sentence.find("(") if marker and marker.group(0).startswith("(") else -1
        run = run_at(sentence, 0)
        if run is None or run.start > 3:
            continue
        # a bare head word opening a sentence ("Jednostki będą realizować projekt partnerski") names no unit
        names = [
            (n, p)
            for n, p in split_orgs(run.text, start + run.start)
            if org_like(n) and (" " in n or BRAND.fullmatch(n))
        ]
        if not names:
            continue
        if marker and marker.start() >= run.end and _ACTING_VERB.match(sentence[marker.end() :]):
            if any(s <= start + marker.start() < e for s, e in taken):
                continue
            for i, (name, position) in enumerate(names):
                found.add(position, name, lead=i == len(names) - 1 and lead_start >= run.end - 3)
        elif is_partnership and not any(s <= start + run.start < e for s, e in taken):
            if IN_PARTNERSHIP.search(sentence):
                continue  # "X w partnerstwie z Y": X is the leader, or the one acting for it (read apart)
            name, position = names[0]
            found.add(position, name)


# "Rolę Lidera Projektu pełni Gmina X", "Funkcję partnera pełnić będzie Fundacja Y": the unit after the verb.
_ROLE_HELD = re.compile(
    r"\b(?:rolę|funkcję)\s+(?:(?P<lead>lidera|partnera\s+wiodącego)|partnera)(?:\s+(?:projektu|partnerstwa))?"
    r"\s+(?:pełni|pełnił[aoy]?|pełnić\s+będzie|będzie\s+pełnić|pełnią)\s+",
    re.IGNORECASE,
)


def partner_roles(text: str, cues: str, found: Found) -> None:
    """ "Fundacja X jest partnerem projektu", "Powiat Y liderem projektu", "X pełni rolę partnera",
    "Jako partner do projektu przystąpiła Fundacja Z"."""
    is_partner = any(word in cues for word in ("partnerów", "partnerem", "liderem")) or (
        "pełni" in cues and ("lidera" in cues or "partnera" in cues)
    )
    partner_cues = matches_from(_IS_PARTNER, text, cues, _IS_PARTNER_STARTS, str.isspace) if is_partner else iter(())
    for match in itertools.islice(partner_cues, MAX_CUES):
        cue = match.group(0)
        if "\n" in cue[: len(cue) - len(cue.lstrip())] or text[max(0, match.start() - 1)] in ".!?:;,":
            continue  # "… w Nowolesiu. Partnerem projektu jest": a new sentence, not this one's predicate
        subject = run_before(text, match.start())
        if subject is not None and is_unit(subject[0]):
            found.add(
                subject[1], subject[0], lead=bool(match.group("lead") or match.group("lead2") or match.group("lead3"))
            )
    for match in itertools.islice(matches_from(_ROLE_AFTER, text, cues, ("(", "–", "—", ","), _BLANK), MAX_CUES):
        # "Dzięki Fundacji X, która jest partnerem projektu": the name after a preposition, in its own case
        relative = "któr" in match.group(0)
        subject = name_before(text, match.start()) if relative else run_before(text, match.start())
        named = subject is not None and (is_unit(subject[0]) or bool(BRAND.fullmatch(subject[0])))
        if not named and match.group(0).lstrip().startswith("("):
            relative = True  # "z Fundacją X (partner)": the name after a preposition, in its own case
            subject = name_before(text, match.start())
        if subject is None:
            continue
        name, position = split_orgs(subject[0], subject[1])[-1]  # "A oraz B (lider)": the marker is B's
        if relative or re.search(r"(?i)(?:lider|partner)a\b", match.group(0)):
            name = from_genitive(name)  # "umowę podpisali przedstawiciele Gminy X – lidera projektu": X's case
        elif name.split()[0].lower() in GENITIVE_HEADS and name.split()[0] != from_genitive(name).split()[0]:
            name = from_genitive(name)  # "Projekt partnerski Gminy X (lider) i Gminy Y": the name in its genitive

        capitals = name.isupper() and len(name) <= 40 and text[match.start() : match.start() + 1] == ","
        if capitals and (PERSON.match(name) or fold(name.split()[0]) in GIVEN_NAMES):
            continue  # "ANNA NOWAK, partner projektu, …", "DYREKTOR SZKOŁY, partner …": a person in capitals
        if capitals:  # "TERRAM PACIS, partner w realizacji projektu": a foreign body's name in capitals, as printed
            found.add(position, name)
            continue
        if is_unit(name) or (BRAND.fullmatch(name) and not PERSON.match(name)):  # "WiseEuropa (Lider projektu)"
            found.add(position, name, lead=bool(match.group("lead") or match.group("lead2") or match.group("lead3")))
    for match in matches_from(_ROLE_HELD, text, cues, ("rolę", "funkcję")) if "pełni" in cues else ():
        if powiat := lower_powiat_at(text, match.end()):  # "Rolę lidera pełni starostwo kartuskie"
            found.add(match.end(), powiat, lead=bool(match.group("lead")))
            continue
        run = run_at(text, match.end())
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if is_unit(name):
                    found.add(position, name, lead=bool(match.group("lead")))
    for match in matches_from(_RUNS_AS, text, cues, _RUNS_STARTS):
        run = run_at(text, match.end())
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if is_unit(name):
                    found.add(position, name, lead=bool(match.group("lead") or match.group("lead2")))
    for match in matches_from(_JOINED_AS, text, cues, ("jako",)):
        shared = shared_head(text, match.end())  # "jako partnerzy przystąpiły Gminy: A, B i C"
        if shared:
            for name, position, _ in shared:
                found.add(position, name, lead=bool(match.group("lead")))
            continue
        if re.search(r"(?i)partnerzy", match.group(0)):  # "jako partnerzy przystąpiły: A, B i C": a list
            for name, position, marked in cued_list(text, match.end()):
                found.add(position, name, marked)
            continue
        run = run_at(text, match.end())
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if is_unit(name):
                    found.add(position, name, lead=bool(match.group("lead")))
