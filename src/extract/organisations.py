"""Organisations in Polish prose: beneficiary, implementer, partners; the entry point and the beneficiary cascade.

Beneficiary and implementer are read from labels ("Wnioskodawca:", "Realizator projektu:")
and phrases ("Beneficjentem jest …", "Projekt realizowany przez …", "… otrzymał dofinansowanie");
partners in `extract.partners`, names in `extract.org_names`, their cases in `extract.org_cases`.
This module is the cascade; the readings are in their own modules: sentences in `extract.org_sentences`, which
names may fill a role in `extract.org_roles`, the beneficiary's patterns in `extract.beneficiary_cues`, its
subjects in `extract.beneficiary_getters`, its dative and genitive recipients in `extract.beneficiary_granted`,
agreements in `extract.beneficiary_agreements`, round-ups in `extract.beneficiary_round_up`, the implementer's
patterns in `extract.implementer_cues` and its readings in `extract.implementer_phrases`.

Every phrase is anchored on a cue word (a verb of getting money, a label, "umowę … zawarła", "trafi
do", "dla" after a sum), and the name next to it must be an organisation: a person, an office-holder
("Wójt Gminy …" stands for the gmina), a funder (Wojewoda, a ministry, a fund, a marshal's office)
or a bare "gmina" is never taken as the name, though a bare "gmina" that got the money is the one
gmina the passage names, when it names exactly one.
"""

from __future__ import annotations

import functools
import itertools
import re

from extract.beneficiary_agreements import (
    BARE_OWNER,
    GRANT_WORDS,
    MANY_RECIPIENTS,
    NGO_FIRST,
    NGO_WORDS,
    OWN_SHARE,
    SUM_LINE,
    agreement_party,
    granted_from_programme,
    listed_recipient,
    named_as_giver,
)
from extract.beneficiary_cues import (
    AMONG_GETTERS,
    ANOTHER_APPLICANT,
    APPLICATION,
    APPLIED,
    APPLIED_BY,
    AS_LEADER,
    BENEFICIARY_IS,
    BENEFICIARY_IS_STARTS,
    BENEFICIARY_LABEL,
    BENEFICIARY_ROW,
    BENEFICIARY_ROW_STARTS,
    CENTRE_GETS,
    CENTRE_GETS_STARTS,
    FOR_BODY,
    FOR_UNIT_STARTS,
    FRONTED_DATIVE,
    FRONTED_FOR,
    GOODS,
    GOT,
    GRANTED_BEFORE,
    HEADLINE_BENEFICIARY,
    IS_BENEFICIARY,
    LEADER_IS,
    LIST_ITEM,
    LIST_MARK,
    PENDING,
    PENDING_WORDS,
    RUNS,
    SUBMITTED_BY,
    SUBMITTED_BY_STARTS,
    THANKS_TO,
    UNIT_THEN_VERB,
    WITH_GRANT,
    grant_said,
    has_body_genitive,
)
from extract.beneficiary_getters import (
    as_printed,
    bare_head_getter,
    getter_after,
    getter_before,
    grant_user,
    opening_unit,
)
from extract.beneficiary_granted import (
    BOUGHT,
    GOT_BY,
    GOT_BY_STARTS,
    SEVERAL,
    agent_at,
    applying_body,
    body_applicant,
    buyer,
    fronted_recipient,
    granted_recipient,
)
from extract.beneficiary_round_up import (
    GOT_WORDS,
    GRANTED_STARTS,
    HAVE_PARTICIPLES,
    HAVE_WORDS,
    SEVERAL_UNITS,
    WITH_GRANT_WORDS,
    another_unit_after,
    different_getters,
    granted_patterns,
    other_body,
    other_unit,
    round_up,
)
from extract.beneficiary_speakers import WE_GOT, speaker_unit
from extract.implementer_cues import BARE_IMPLEMENTERS, full_name
from extract.implementer_phrases import OUR, centre_after, centre_running, one_welfare_centre, read_implementer
from extract.lowered import lowered as lower_text
from extract.org_cases import HEAD_FORMS, from_accusative
from extract.org_names import (
    OrgMention,
    cut_name,
    expand_abbreviations,
    fold,
    nominative_body,
    normalise_name,
    org_like,
    org_mention,
    org_run,
    split_orgs,
    subject_before,
    text_cues,
)
from extract.org_roles import (
    ACRONYM,
    COMMON_BODIES,
    KINDS_OF_SELF_GOVERNMENT,
    LOCAL_GOVERNMENT,
    NAMED_UNIT,
    TAIL_ADJECTIVE,
    UNIT_HEAD,
    cue_matches,
    genitive_at,
    getting_unit,
    named_unit,
    role_name,
    self_government_unit,
    spelled_out,
    unit_named_at,
)
from extract.org_sentences import MONEY, labelled_value, money_near, sentence_stop, start_of_sentence
from extract.partners import find_partners
from extract.personal_data import GIVEN_NAMES

__all__ = [
    "OrgMention",
    "expand_abbreviations",
    "find_beneficiary",
    "find_implementer",
    "find_partners",
    "normalise_name",
]


def _ngo_implementer(text: str, lowered: str) -> str | None:
    """An NGO said to carry out a task the passage says money was granted for: it is the one that got it
    (not when the money went to many recipients: then the NGO runs a grant scheme)."""
    if not any(word in lowered for word in GRANT_WORDS) or not any(word in lowered for word in NGO_WORDS):
        return None
    if MANY_RECIPIENTS.search(lowered) or granted_from_programme(text, lowered):
        return None
    found = find_implementer(text)
    if found is None or not any(fold(word) in NGO_FIRST for word in found.name.split()[:2]):
        return None
    return role_name(found.name)


def find_beneficiary(text: str) -> OrgMention | None:
    """Wnioskodawca / beneficjent, the unit that got the money, signed the funding agreement or applied for it; a gmina
    read through its officer under the name the passage prints for it (`as_printed`)."""
    found = _find_beneficiary(text)
    if found is not None and found.name.startswith("Gmina ") and (printed := as_printed(text, found.name)):
        return org_mention(printed)
    return found


def _find_beneficiary(text: str) -> OrgMention | None:
    """`find_beneficiary` before the name is checked against the passage."""
    lowered = lower_text(text)  # cheap substring checks decide which regexes are worth running
    cues = text_cues(text)
    labelled = "wnioskodawc" in lowered or "beneficjen" in lowered or "grantobiorc" in lowered
    starts = ("wnioskodawc", "beneficjen", "grantobiorc", "nazwa")
    for match in cue_matches(BENEFICIARY_LABEL, text, cues, starts) if labelled else ():
        value = labelled_value(text, match.end())
        if match.group(0).lower().startswith("beneficjenci") and LIST_ITEM.match(value):
            continue  # "Najwięksi beneficjenci:" over a list: many units, none of them the project's
        name = cut_name(LIST_MARK.sub("", value, count=1))  # "BENEFICJENT:\n• gmina,": the item, not its bullet
        if name and not name[0].islower():  # "Beneficjent: gmina, powiat lub związek": who may apply, no name
            return org_mention(name)
    for match in cue_matches(BENEFICIARY_ROW, text, cues, BENEFICIARY_ROW_STARTS) if labelled else ():
        name = cut_name(labelled_value(text, match.end()))
        if name and org_like(name):
            return org_mention(name)
    named_as = "beneficjent" in lowered or "grantobiorc" in lowered or "wnioskodawcą" in lowered
    for match in cue_matches(BENEFICIARY_IS, text, cues, BENEFICIARY_IS_STARTS) if named_as else ():
        run = org_run(text, match.end())
        if run and org_like(run.text):
            return org_mention(run.text)
    for match in cue_matches(IS_BENEFICIARY, text) if named_as else ():
        if found := role_name(subject_before(text, match.start())):
            return org_mention(found)
        if found := opening_unit(text[start_of_sentence(text, match.start()) : match.start()], named=True):
            return org_mention(found)  # "Dom Kultury X pierwszy raz w historii został beneficjentem …"
    for match in cue_matches(HEADLINE_BENEFICIARY, text) if "beneficjentem" in lowered else ():
        run = org_run(match.group("name"))  # "Gminny Ośrodek Kultury w X beneficjentem programu …" (a headline)
        if run and run.start == 0 and run.end == len(match.group("name")) and (found := role_name(run.text, unit=True)):
            return org_mention(found)
    for match in (
        cue_matches(AMONG_GETTERS, text, cues, ("wśród", "w gronie", "jednym", "jedną"))
        if "wśród" in cues or "gronie" in cues or "jedn" in cues
        else ()
    ):
        named_so = "beneficjent" in match.group().lower() or "grantobiorc" in match.group().lower()  # named so
        if match.group("relative") is not None and not GOT.search(match.group("relative")):
            continue  # "Jedną z gmin, które złożyły wnioski, jest gmina X": an applicant, not a getter
        if match.group("got"):  # "Jedną z nich dostała Gmina X": money in its sentence or the one before
            before = start_of_sentence(text, match.start())
            money = money_near(text, start_of_sentence(text, max(0, before - 1)), match.end())
        else:
            money = bool(named_so or MONEY.search(text))
        if money and (found := role_name(unit_named_at(text, match.end()), unit=True)):
            return org_mention(found)  # "Wśród nagrodzonych jest Koło Gospodyń Wiejskich w X"
    party, signers = agreement_party(text, cues) if "umow" in lowered or "aneks" in lowered else (None, None)
    if party:
        return org_mention(party)
    found_later = _found_beneficiary(text, lowered, cues)
    if found_later is not None and round_up(text, lowered, cues):
        return None  # "trzy stowarzyszenia dostały …", "dotacje przyznano 9 z nich": a round-up, no one beneficiary
    if found_later is None and signers and not named_as_giver(text, signers):
        return org_mention(signers)  # the signers of an agreement told of earlier: no getter named, nor the giver
    return found_later


def _found_beneficiary(text: str, lowered: str, cues: str) -> OrgMention | None:
    """The beneficiary named by a verb of getting, a grant to a unit, an application or the weaker wordings."""
    getters: list[str] = []
    have = any(word in cues for word in HAVE_PARTICIPLES)  # "Gmina X ma zapewnione 2 mln zł dotacji"
    starts = (*GOT_WORDS, *HAVE_WORDS) if have else GOT_WORDS
    got_verbs = list(cue_matches(GOT, text, cues, starts))  # (bounded: MAX_CUES; read again by the fallback)
    for verb in got_verbs:
        if not money_near(text, verb.start(), verb.end()):
            continue
        if found := getter_before(text, verb) or getter_after(text, verb):
            rest = found.removeprefix("Miasto i Gmina")
            parts = [part for part, _ in split_orgs(rest)]
            if len(parts) == 2 and TAIL_ADJECTIVE.fullmatch(parts[0]):
                parts = parts[1:]  # "Miejska i Powiatowa Biblioteka Publiczna w X": two adjectives of one body
            if SEVERAL_UNITS.search(rest) or len(parts) > 1 or another_unit_after(text, verb.end()):
                return None  # "Gmina A i Gmina B otrzymały", "Koło A oraz Koło B otrzymały", "…, a gmina B 1 mln zł"
            if getters and (other_unit(getters[0], found) or other_body(getters[0], found)):
                return None  # a round-up of several recipients names no one beneficiary
            getters.append(found)
    if getters:
        if ACRONYM.fullmatch(getters[0]) and (spelled := spelled_out(text, getters[0])):
            return org_mention(spelled)  # "MOPS dostanie 441.521 zł" after "Miejski Ośrodek Pomocy Społecznej złożył"
        return org_mention(getters[0])
    for match in cue_matches(GOT_BY, text, cues, GOT_BY_STARTS) if "przez" in cues else ():
        if money_near(text, match.start(), match.end()) and (found := agent_at(text, match.end())):
            return org_mention(found)  # "Środki pozyskane przez LGD …", "pozyskiwania przez Gminę X funduszy"
    patterns = granted_patterns(text, cues)  # (GRANTED_BEFORE among them: the text has a dative head's words)
    for pattern in patterns:
        matches = list(
            cue_matches(pattern, text, cues, GRANTED_STARTS[pattern])
        )  # (bounded: `cue_matches` is an islice)
        for number, match in enumerate(matches, 1):
            found = granted_recipient(text, pattern, match)
            if found == SEVERAL:
                return None  # "przekazał Gminie A 100 tys. zł, a Gminie B 200 tys. zł": no one beneficiary
            if found is None:
                continue
            # "Do OSP A trafiło 40.000 PLN. … 40.000 PLN trafiło też do OSP B": the same wording, another recipient
            if any(
                different_getters(found, other)
                for other in map(functools.partial(granted_recipient, text, pattern), matches[number:])
                if other
            ):
                return None
            return org_mention(found)
    for match in cue_matches(FRONTED_FOR, text, cues, ("dla",)) if "Dla " in text else ():
        if found := fronted_recipient(text, match.end()):
            return org_mention(found)  # "Dla LKS „Strumień” w X przyznaję dotację w wysokości 45.000,- zł"
    for match in (
        cue_matches(FRONTED_DATIVE, text, cues, GRANTED_STARTS[GRANTED_BEFORE]) if GRANTED_BEFORE in patterns else ()
    ):
        if found := fronted_recipient(text, match.end(), dative=True):
            return org_mention(found)  # "Gminie X Wojewoda przekazał 100 000 zł"
    for match in itertools.islice(_BARE_DATIVE_GRANTED.finditer(text), 4) if "Gminie " in text else ():
        if money_near(text, match.start(), match.end()) and (found := named_unit(text, "Gmina")):
            return org_mention(found)  # "Gminie przyznano 360 tys. zł": the one gmina the passage names, its title too
    centre = "Ośrodka Pomocy" in text or "Centrum Pomocy" in text or "Centrum Usług" in text
    for match in cue_matches(CENTRE_GETS, text, cues, CENTRE_GETS_STARTS) if centre else ():
        if money_near(text, match.start(), match.end()) and (found := genitive_at(text, match.start("centre"))):
            return org_mention(found)
    for match in cue_matches(FOR_BODY, text, cues, FOR_UNIT_STARTS) if has_body_genitive(text) else ():
        if GOODS.search(match.group(0)) or not money_near(text, match.start(), match.end()):
            continue  # "dotacja na zakup sprzętu dla Szkoły …": who uses the goods, not who got the money
        if found := genitive_at(text, match.start("body")):  # "Dotacja dla Gminnej Biblioteki Publicznej w X"
            return org_mention(found)
    for match in cue_matches(WITH_GRANT, text) if any(word in text for word in WITH_GRANT_WORDS) else ():
        subject = subject_before(text, match.start())  # (any body named in full: "Teatr Lalki X z dotacją")
        found = role_name(subject, unit=True) or (role_name(subject) if subject and nominative_body(subject) else None)
        if found and (getting_unit(found) or nominative_body(found)):
            return org_mention(found)  # "Biblioteka Publiczna w X z dofinansowaniem na …"
    # an applicant still waiting has got nothing (the scan only where an application may be named)
    waiting = any(word in lowered for word in PENDING_WORDS)
    granted = not (waiting and PENDING.search(lowered))
    for match in (
        cue_matches(APPLIED_BY, text, cues, ("wnios", "projekt", "ofert")) if "przez" in lowered and granted else ()
    ):
        if found := unit_named_at(text, match.end()):
            return org_mention(found)
    submitted = any(word in cues for word in SUBMITTED_BY_STARTS)
    # a body applicant only where money is said granted
    body_granted = granted and ("złożył" in lowered or submitted) and grant_said(lowered)
    for match in cue_matches(APPLIED, text) if "złożył" in lowered and granted else ():
        around = lowered[max(0, match.start() - 60) : match.end() + 30]
        if "wnios" in around or "ofert" in around:  # an application, not a report or a vow
            subject = subject_before(text, match.start())
            if subject and UNIT_HEAD.match(subject) and (found := role_name(subject)):
                return org_mention(found)
        if body_granted and (found := body_applicant(text, lowered, match)):
            return org_mention(found)
    for match in cue_matches(SUBMITTED_BY, text, cues, SUBMITTED_BY_STARTS) if body_granted else ():
        before = lowered[start_of_sentence(text, match.start()) : match.start()].rstrip()
        if APPLICATION.search(before) or before.endswith(("”", '"')):  # "„Tytuł” zgłoszony przez …"
            if ANOTHER_APPLICANT.search(text, match.end(), sentence_stop(text, match.end(), 250)):
                return None  # "dwie oferty: złożona przez A …, oraz przez B": several applicants
            found = unit_named_at(text, match.end())
            if found and applying_body(found):
                return org_mention(from_accusative(found))
    for match in cue_matches(THANKS_TO, text, cues, ("dzięki",)):
        start = start_of_sentence(text, match.start())
        if not text[start : match.start()].strip():  # "Dzięki pozyskanemu dofinansowaniu … OSP X zakupiło …"
            named = UNIT_THEN_VERB.search(text, match.end(), sentence_stop(text, match.end(), 250))
            if named and RUNS.match(text, named.start("verb")):
                continue  # "Dzięki dofinansowaniu Gmina X realizuje projekt": it carries the project out
            if named and (found := role_name(named.group("name"), unit=True)):
                return org_mention(found)
            continue
        found = unit_named_at(text, start)
        after = text[start : match.start()].split()
        if found and UNIT_HEAD.match(found) and len(after) > len(found.split()):
            word = after[len(found.split())]  # the unit is the subject: a verb follows its name
            if RUNS.search(" ".join(after[len(found.split()) :])):
                continue  # "Stowarzyszenie X realizuje Program Y dzięki dofinansowaniu z Z": its implementer only
            if word.endswith(("ł", "ła", "ło", "li", "ły", "uje", "ują")):
                return org_mention(found)
    for match in cue_matches(BOUGHT, text, cues, ("kupi", "zakupi")) if "kupi" in cues else ():
        if found := buyer(text, match):
            return org_mention(found)
    leader = "lider" in lowered and MONEY.search(text)  # a leader gets the money of a funded project only
    for match in cue_matches(LEADER_IS, text) if leader else ():
        if found := unit_named_at(text, match.end()):
            return org_mention(found)
    for match in cue_matches(AS_LEADER, text) if leader else ():
        if found := role_name(subject_before(text, match.start()), unit=True):
            return org_mention(found)
    return _fallback_beneficiary(text, lowered, cues, got_verbs)


def _fallback_beneficiary(text: str, lowered: str, cues: str, got_verbs: list[re.Match[str]]) -> OrgMention | None:
    """The weaker wordings, read when no stronger one names a beneficiary."""
    we_got = ("otrzymali", "pozyskali", "uzyskali", "dostali", "zdobyli")
    for match in cue_matches(WE_GOT, text, cues, we_got) if "liśmy" in cues else ():
        if found := speaker_unit(text, match.end()):
            return org_mention(found)
    for match in cue_matches(SUM_LINE, text, cues, ("dotacja", "kwota", "dofinansowanie")) if ":" in text else ():
        if found := listed_recipient(text, match.start()):
            return org_mention(found)
    if found := _ngo_implementer(text, lowered):
        return org_mention(found)
    own = "własn" in cues and any(word in cues for word in ("wkład", "środk", "udział"))
    for match in cue_matches(OWN_SHARE, text, cues, ("wkład", "środk", "udział")) if own else ():
        if match.group("head"):
            found = unit_named_at(text, match.start("head"))
        elif bare := match.group("bare"):
            found = named_unit(text, BARE_OWNER[bare])
        else:
            found = role_name(f"{match.group('lower').capitalize()} {match.group('adjective').capitalize()}")
        if found:
            return org_mention(found)
    for verb in got_verbs:  # the weakest: a body named again by its head word alone
        if money_near(text, verb.start(), verb.end()) and (found := bare_head_getter(text, verb)):
            return org_mention(found)
    if "skorzysta" in cues and (found := grant_user(text)):  # "Z dofinansowania skorzystała Szkoła X"
        return org_mention(found)
    return None


# A bare dative "Gminie" opening a clause before an impersonal grant: "Gminie przyznano na ten cel 360 tys. zł",
# "Gminie przekazano dotację" (the getter; README, bare "gmina" rule, seventh round); not "w Gminie przyznano" (a
# place, the capital after a preposition excluded by the clause's start).
_BARE_DATIVE_GRANTED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=:\s))Gminie\s+(?:(?:na\s+ten\s+cel|już|też|także)\s+)?"
    r"(?:przyznan[oay]|przekazan[oay]|przypadł[aoy]?|udzielon[oay]|przydzielon[oay])\b"
)


def _is_person(name: str) -> bool:
    """A person's given name and surname opening the name ("Jan Kowalski z Urzędu Gminy X"): a coordinator, no unit."""
    words = name.split()
    return len(words) >= 2 and fold(words[0]) in GIVEN_NAMES and words[1][:1].isupper() and words[1] not in HEAD_FORMS


# A body named as a programme's intermediate, managing or implementing institution: it runs the programme or the
# call, not the project ("Koordynatorem jest Centrum Projektów Polska Cyfrowa, instytucja pośrednicząca programu").
_INSTITUTION_AFTER = re.compile(
    r"[ \t]*(?:[,–—-][ \t]*|\([ \t]*|[ \t]+jako[ \t]+|[ \t]+pełniąc\w*[ \t]+(?:funkcj|rol)\w*[ \t]+)"
    r"(?i:instytucj\w*[ \t]+(?:pośrednicz|zarządzaj|wdrażaj|organizując)|operator\w*[ \t]+programu)"
)


def _intermediate_body(text: str, name: str) -> bool:
    """Whether the first time `text` prints `name` it is called an intermediate or managing institution."""
    at = text.find(name)
    return at >= 0 and _INSTITUTION_AFTER.match(text, at + len(name)) is not None


@functools.lru_cache(maxsize=4)  # find_beneficiary's NGO fallback asks for the same page's implementer
def find_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca, or the unit said to carry the project out."""
    found = read_implementer(text) or centre_running(text)
    if found is not None and (_is_person(found.name) or _intermediate_body(text, found.name)):
        return None  # "Koordynatorem projektu jest Jan Kowalski", "…, instytucja pośrednicząca programu"
    if found is not None and (our := OUR.match(found.name)):  # "Nasz Ośrodek realizuje …": the page's own unit
        head = found.name[our.end() :]
        full = named_unit(text, head) if head in NAMED_UNIT else one_welfare_centre(text)
        return org_mention(full) if full else None
    if found is not None and found.name in BARE_IMPLEMENTERS:  # "Instytut realizuje …": the one named in full
        centre = one_welfare_centre(text) if found.name in ("Ośrodek", "Centrum") else None
        full = centre or full_name(text, found.name)
        return org_mention(full) if full else None
    if found is not None and fold(found.name) in COMMON_BODIES:  # "Szkoła realizuje projekt": no body named
        return None
    if found is not None and fold(found.name) in KINDS_OF_SELF_GOVERNMENT:  # "realizuje Samorząd Powiatowy"
        return None
    if found is not None and LOCAL_GOVERNMENT.match(found.name + " ") and (centre := centre_after(text, found.name)):
        return org_mention(centre)  # "Realizator: Gmina X - Gminny Ośrodek …", "realizuje Gmina X / GOPS w X"
    if found is not None and (unit := self_government_unit(found.name)):
        return org_mention(unit)  # "Samorząd Województwa X zrealizował projekt": Województwo X, as the labels name it
    return found
