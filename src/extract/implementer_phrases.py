"""The implementer's readings, most reliable first: labels, "realizowany przez", a subject, an agreement.

`extract.organisations.find_implementer` settles the bare names these readings return.
"""

from __future__ import annotations

import itertools
import re

from extract.beneficiary_agreements import ON_AGREEMENT, PARTIES_PRINTED, PARTNERSHIP_DEAL
from extract.beneficiary_cues import GRANTED_BEFORE, PARTY, UNIT_THEN_VERB, has_dative_head
from extract.beneficiary_getters import GRANT_NOUN, antecedent
from extract.beneficiary_round_up import GRANTED_STARTS
from extract.implementer_cues import (
    ANSWERS_FOR,
    DOES_AFTER,
    DOES_AFTER_STARTS,
    DOES_BEFORE,
    DOES_BEFORE_STARTS,
    ENTRUSTED,
    ENTRUSTED_BEFORE,
    IMPLEMENTER_APPOSITION,
    IMPLEMENTER_IS,
    IMPLEMENTER_IS_STARTS,
    IMPLEMENTER_LABEL,
    IMPLEMENTER_LABEL_STARTS,
    IMPLEMENTER_NAMED_STARTS,
    IMPLEMENTER_ZA,
    IS_IMPLEMENTER,
    ITEM_WORD,
    ITEM_WORDS,
    ON_BEHALF,
    OWNER_GENITIVE,
    OWNER_START,
    PARTICIPLES,
    PLACE_RUN_BY,
    PLACE_WORD,
    PROJECT_OF,
    PRONOUN,
    RELATIVE_OBJECT,
    SELECTED_FOR,
    TOGETHER_OPENING,
    WE_RUN,
    WE_RUN_STARTS,
    WORK_AFTER,
    WORK_BEFORE,
    WORK_BY,
    acronym_named,
    centre_after_dash,
    implementer_at,
    local_acronym,
    plural_items,
    reporting_centre,
    subject_of,
    through_unit,
)
from extract.implementer_roles import role_noun_implementers
from extract.lowered import lowered as lower_text
from extract.org_adverbials import adverbials_end
from extract.org_cases import from_accusative, from_dative
from extract.org_names import (
    OPEN_QUOTES,
    OrgMention,
    cut_name,
    expand_abbreviations,
    fold,
    org_like,
    org_mention,
    org_run,
    subject_before,
    text_cues,
)
from extract.org_roles import (
    BARE_HEADS,
    FUNDERS,
    LOCAL_GOVERNMENT,
    OFFICES,
    cue_matches,
    genitive_at,
    matches_near,
    role_name,
    unit_named_at,
    without_person,
)
from extract.org_sentences import CAP, MAX_CUES, either, labelled_value, sentence_stop, start_of_sentence
from extract.partner_cases import GENITIVE_HEADS, nominative
from extract.partner_jointly import joint_subject, jointly_run_before
from extract.partners import find_partners

# Running or joining a project before a welfare centre's name in its sentence, the centre the subject after it:
# "W związku z tym, że realizuje program …, GOPS w X informuje", "Do programu … chce się przyłączyć CUS w Y".
_RUNNING_WORDS = ("realizuj", "realizowa", "przyłącz", "przystąp", "przystęp")  # not "realizatorów": who may run it
_RUNNING = re.compile(either(_RUNNING_WORDS))
_RESOLUTION = re.compile(r"(?i:uchwał|zarządzeni)")  # an act's executor ("Uchwałę wykonuje Wójt")
_WELFARE_WORDS = ("Pomocy", "Usług", "OPS", "MOPR", "PCPR", "CUS")  # one is in each of `_WELFARE_NAME`'s matches


def centre_running(text: str) -> OrgMention | None:
    """The one welfare centre the passage names in full, when its sentence runs or joins a project or programme
    before its name and no cue names an implementer: a centre's own page about its programme (not "GOPS … uzyskał
    dofinansowanie na realizację programu": the money's purpose, after the name)."""
    if not any(word in text for word in _WELFARE_WORDS):
        return None
    cues = text_cues(text)
    if len(cues) != len(text):  # an "i" with a combining dot made one letter: each letter at its place, as elsewhere
        cues = text.lower()
    if not any(word in cues for word in _RUNNING_WORDS):
        return None
    if not any(item in cues for item in ITEM_WORDS):
        return None
    for word in _RUNNING_WORDS:  # each running word, and the first centre's name after it (a rarer word than heads)
        at = cues.find(word)
        while at >= 0:
            # the first centre's name that ends within 170 characters of the word; it counts when the 100 characters
            # before it, in its sentence, hold a running word and a project's or programme's word
            match = _WELFARE_NAME.search(text, at + len(word), at + 170)
            if match:
                before = cues[max(start_of_sentence(text, match.start()), match.start() - 100) : match.start()]
                if _RUNNING.search(before) and ITEM_WORD.search(before):
                    if jointly_run_before(text, match.start()):
                        return None  # "Program X realizują GOPS w Y i Biblioteka Z": co-runners, no implementer
                    centre = one_welfare_centre(text)
                    return org_mention(centre) if centre else None
            at = cues.find(word, at + 1)
    return None


def centre_after(text: str, name: str) -> str | None:
    """The welfare centre named right after `name` and a dash or a slash, or None."""
    return next(filter(None, (centre_after_dash(text, m.end()) for m in re.finditer(re.escape(name), text))), None)


_LOWER_CENTRE = re.compile(
    r"(?<![\w])(?:[Nn]asz\s+)?(?:ośrodek|centrum)\s+(?:(?:też|także|również|nadal|obecnie)\s+)?$"
)
OUR = re.compile(r"^(?:[Nn]asz[aey]?|[Nn]aszego|[Nn]aszym)\s+")
# A welfare centre named in full, in any case: "Miejskiego Ośrodka Pomocy Społecznej w Lipnie", "GOPS w Lipnie".
_WELFARE_NAME = re.compile(
    r"(?<![\w])(?:(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow|Regionaln)\w*\s+)?"
    r"(?:Ośrod\w*\s+Pomocy|Centr\w*\s+(?:Pomocy\s+Rodzinie|Usług\s+Społecznych))"
    r"|(?<![\w-])(?:M-GOPS|MGOPS|GOPS|MOPS|MOPR|OPS|PCPR|CUS)\s+w\s"
)


def one_welfare_centre(text: str) -> str | None:
    """The one welfare centre the passage names in full (its place said), in the nominative; None if not one."""
    names: dict[str, str] = {}
    for match in itertools.islice(_WELFARE_NAME.finditer(text), MAX_CUES):
        name = genitive_at(text, match.start())
        if name and " w " in name:
            names.setdefault(fold(expand_abbreviations(name) or name), name)
    return next(iter(names.values())) if len(names) == 1 else None


_OFFICES_OF_UNITS = ("Urząd ", "Starostwo ")  # a unit's office acting for it, which may work through its centre


def _works_through_centre(name: str) -> bool:
    """Whether `name` is a local government or its office, which may carry a programme out through its centre
    ("… poprzez / za pośrednictwem GOPS", `through_unit`)."""
    return bool(LOCAL_GOVERNMENT.match(name + " ")) or name.startswith(_OFFICES_OF_UNITS)


def read_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca, or the unit said to carry the project out."""
    lowered = lower_text(text)
    cues = text_cues(text)
    labelled = any(w in lowered for w in ("realizator", "realizując", "wdrażając"))
    for match in cue_matches(IMPLEMENTER_LABEL, text, cues, IMPLEMENTER_LABEL_STARTS) if labelled else ():
        name = cut_name(labelled_value(text, match.end()))
        if name:
            return org_mention(name)
    done_by = "przez" in cues and any(word in cues for word in PARTICIPLES)  # "<projekt> realizowany przez"
    implementer_is = (
        "realizator" in cues
        or "realizując" in cues
        or "wdrażając" in cues
        or "organizatorem" in cues
        or "odpowiada" in cues
        or "odpowiedzialn" in cues
        or done_by
    )
    starts = IMPLEMENTER_IS_STARTS if done_by else IMPLEMENTER_NAMED_STARTS
    for match in cue_matches(IMPLEMENTER_IS, text, cues, starts, where=IMPLEMENTER_ZA) if implementer_is else ():
        if match.group("by") and plural_items(match.group("item"), match.group("ending")):
            continue  # "na zadania realizowane przez X przypada …": some of the tasks, not the project
        if match.group(0).lower().startswith("realizatorami") and joint_subject(
            text, match.end(), match.end(), before=False
        ):
            continue  # "Realizatorami projektu są A i B": co-implementers, partners all, none the implementer
        if found := implementer_at(text, adverbials_end(text, match.end()), acronym=True):
            return org_mention(from_accusative(found) if match.group("by") else found)
    weak: list[tuple[int, str]] = []  # "prowadzi", "zaczyna": read only when no stronger wording names one
    strong: list[tuple[int, str]] = []
    for match in cue_matches(DOES_AFTER, text, cues, DOES_AFTER_STARTS):
        before = text[start_of_sentence(text, match.start()) : match.start()]
        # the project named before the verb: a word for it, a pronoun, or its title in quotes opening the
        # sentence ("„Strefę 60+” od maja do grudnia 2017 roku realizowało Stowarzyszenie …")
        titled = before.lstrip()[:1] in OPEN_QUOTES + '"'
        place = match.group("weak") and PLACE_WORD.search(before)  # "Mieszkanie treningowe prowadzi MOPS …"
        if not ITEM_WORD.search(before) and not PRONOUN.search(match.group(0)) and not titled and not place:
            continue
        if match.group(0)[:5].lower() == "wykon" and _RESOLUTION.search(before):
            continue  # "§ 3. Uchwałę wykonuje Wójt Gminy X": who executes a resolution, no project
        if joint_subject(text, match.start(), match.end(), before=False):
            continue  # "Projekt realizują A i B": co-implementers, partners all, none the implementer
        unit_at = adverbials_end(text, match.end())  # "Projekt realizuje od lipca Stowarzyszenie X"
        if found := (implementer_at(text, unit_at) or local_acronym(text, unit_at) or acronym_named(text, unit_at)):
            if _works_through_centre(found):  # "Program realizuje Gmina X poprzez GOPS w X": the GOPS
                found = through_unit(text, unit_at) or found
            (weak if match.group("weak") else strong).append((match.start(), found))
        elif (subject := subject_before(text, match.start())) and (found := _object_first(before, subject)):
            # "Projekt „Model lokalnej współpracy” Gminny Ośrodek … prowadził w okresie od …": object, subject, verb
            (weak if match.group("weak") else strong).append((match.start(), found))
    organiser = matches_near(IS_IMPLEMENTER, text, cues, "organizator", 40, 30) if "organizatorem" in cues else ()
    for match in itertools.chain(matches_near(IS_IMPLEMENTER, text, cues, "realizator", 40, 30), organiser):
        if match.group(0).lower().endswith("ami") and joint_subject(text, match.start(), match.end(), after=False):
            continue  # "A i B są realizatorami projektu": co-implementers, partners all
        found = subject_of(text, match.start())
        if found and fold(found) not in BARE_HEADS and not fold(found).startswith(OFFICES):
            strong.append((match.start(), found))
    strong.extend(role_noun_implementers(text, cues))  # "Operatorem projektu jest X", "X jest koordynatorem zadania"
    for match in (
        cue_matches(ANSWERS_FOR, text, cues, ("bezpośrednio", "wyłącznie", "odpowiada")) if "odpowiada" in cues else ()
    ):
        found = subject_of(text, match.start())
        if found and fold(found) not in BARE_HEADS and not fold(found).startswith(OFFICES):
            strong.append((match.start(), found))
    for match in cue_matches(ON_BEHALF, text, cues, ("w imieniu",)) if "imieniu" in cues else ():
        sentence = text[match.start() : sentence_stop(text, match.end(), 300)]
        if ITEM_WORD.search(sentence) and (found := genitive_at(text, match.end())):
            strong.append((match.start(), found))
    does_before = any(item in cues for item in ITEM_WORDS)
    for match in cue_matches(DOES_BEFORE, text, cues, DOES_BEFORE_STARTS) if does_before else ():
        if joint_subject(text, match.start(), match.end(), after=False):
            continue  # "A, B i C prowadzą wspólnie projekt": co-implementers, partners all, none the implementer
        opening = TOGETHER_OPENING.match(text, start_of_sentence(text, match.start()))
        # "Gmina X dostała … . Razem z gminami: A, B zrealizuje projekt …": the subject of the sentence before
        found = antecedent(text, match.start()) if opening else subject_of(text, match.start())
        if found is None and (relative := RELATIVE_OBJECT.search(text, max(0, match.start() - 80), match.start())):
            found = implementer_at(text, relative.end(), acronym=True)  # "projektu „X”, który ILO realizuje"
        if found and _works_through_centre(found):
            # "Gmina X realizuje program za pośrednictwem GOPS …", "Gmina X, za pośrednictwem GOPS …, realizuje",
            # "Urząd Gminy w X poprzez GOPS realizuje": the unit it works through, named after the subject (not in a
            # fronted phrase before it: "Ze środków otrzymanych za pośrednictwem Jednostki Y Gmina X realizuje")
            sentence_at = start_of_sentence(text, match.start())
            subject_at = text.find(found, sentence_at, match.start())
            through = through_unit(text, subject_at if subject_at >= 0 else match.start())
            found = reporting_centre(text, match.start()) or through or found
        elif found is None and _LOWER_CENTRE.search(text, max(0, match.start() - 30), match.start()):
            found = one_welfare_centre(text)  # "… że ośrodek realizuje projekt": the centre the passage names
        if found and ITEM_WORD.match(found):
            continue  # "Projekt „Zielony domek” prowadzi Przedszkole …; projekt …": a project's title is no unit
        if found and fold(found) not in BARE_HEADS and not fold(found).startswith(OFFICES):
            (weak if match.group("weak") else strong).append((match.start(), found))
    for match in cue_matches(ENTRUSTED, text, cues, ("powierz", "zlec")) if "powierz" in cues or "zlec" in cues else ():
        sentence = text[start_of_sentence(text, match.start()) : match.end()]
        # "Realizację ministerstwo powierzyło Fundacji X": the work entrusted, named before the verb
        after = text[match.end() : sentence_stop(text, match.end(), 120)]
        if (
            ITEM_WORD.search(sentence)
            or WORK_BEFORE.search(sentence)
            or (match.group(0).lower().startswith("powierzeni") and WORK_AFTER.search(after))
        ) and (found := implementer_at(text, match.end())):
            strong.append((match.start(), from_dative(found)))
    entrust = ("powierza", "powierzon", "powierzył", "zleca", "zlecon", "zlecił")
    dative = any(word in cues for word in entrust) and has_dative_head(text)
    for match in cue_matches(ENTRUSTED_BEFORE, text, cues, GRANTED_STARTS[GRANTED_BEFORE]) if dative else ():
        if found := unit_named_at(text, match.start("head")):  # "Gminie X powierza się zadanie": the gmina
            strong.append((match.start(), found))
    for match in (
        cue_matches(WE_RUN, text, cues, WE_RUN_STARTS)
        if any(end in cues for end in ("liśmy", "jemy", "zimy", "żamy"))
        else ()
    ):
        if found := one_welfare_centre(text):  # "Od marca realizujemy projekt …" on a welfare centre's page
            weak.append((match.start(), found))
    for match in matches_near(PLACE_RUN_BY, text, cues, "prowadzon", 90, 40):
        if found := implementer_at(text, match.end()):
            weak.append((match.start(), from_accusative(found)))
    for match in cue_matches(ON_AGREEMENT, text, cues, ("na podstawie",)) if "podstawie" in cues else ():
        if found := _acting_on_agreement(text, match):
            strong.append((match.start(), found))
    for match in cue_matches(IMPLEMENTER_APPOSITION, text, cues, ("realizator",)) if "realizator" in cues else ():
        if found := implementer_at(text, match.end()):
            strong.append((match.start(), nominative(found) if match.group("em") else found))
    for match in cue_matches(WORK_BY, text, cues, ("realizacj",)) if "realizacj" in cues and "przez" in cues else ():
        if SELECTED_FOR.search(text, max(0, match.start() - 30), match.start()):
            continue  # "wybrane do realizacji przez Komisję": who chose the projects, not who carries them out
        sentence = text[match.start() : sentence_stop(text, match.end(), 200)]
        if ITEM_WORD.search(sentence) and (found := implementer_at(text, match.end())):
            strong.append((match.start(), from_accusative(found)))
    for found_list in (strong, weak):
        if found_list:
            return org_mention(min(found_list)[1])
    deal = ("partnersk" in cues or "partnerstwie" in cues) and ("umow" in cues or "porozumieni" in cues)
    if deal and (leader := _partnership_leader(text, cues)):
        return org_mention(leader)
    owner_text = cues if len(cues) == len(text) else text.lower()
    for match in itertools.islice(PROJECT_OF.finditer(owner_text), MAX_CUES):
        if match.start() and text[match.start() - 1].isalnum():  # "…projekt" inside a longer word
            continue
        start = OWNER_START.match(text, match.start())
        if start and OWNER_GENITIVE.match(text, start.end()) and (found := genitive_at(text, start.end())):
            if _another_owner(text, start.end()):
                continue  # "partnerskim projektem Gminy A i czeskiej Gminy B": partners' project, no one implementer
            return org_mention(found)
    return None


# A second owner right after the first: "projektem Gminy A i (czeskiej) Gminy B", "projekt Fundacji A oraz
# Stowarzyszenia B"; not a second genitive later in the sentence ("Projekt Fundacji Orzeł skierowany jest do
# mieszkańców Lipna i Gminy Rybno": the project's one owner, then its audience).
_AND_OWNER = re.compile(r"\s*,?\s(?:i|oraz)\s+(?:[a-ząćęłńóśźż]+\s+)?([A-ZĄĆĘŁŃÓŚŹŻ]\w*)")


def _another_owner(text: str, start: int) -> bool:
    """Whether the owner named at `start` is followed right after its name by "i"/"oraz" and another owner's
    genitive, or holds them inside its run."""
    run = org_run(text, start)
    if run is None:
        return False
    end = run.start + len(run.text) if text.startswith(run.text, run.start) else run.end
    inside = itertools.islice(_AND_OWNER.finditer(text, start, end), 4)
    after = _AND_OWNER.match(text, end)
    return any(other.group(1).lower() in GENITIVE_HEADS for other in (*inside, *([after] if after else [])))


def _acting_on_agreement(text: str, basis: re.Match[str]) -> str | None:
    """The unit opening the sentence and doing its work "na podstawie umowy … o udzielenie dotacji" whose parties are
    not printed ("Gmina X zbudowała plac zabaw na podstawie Umowy Nr …, zawartej w dniu …, o udzielenie dotacji"):
    its implementer only (tests/realtext/README.md, `beneficiary`); None otherwise."""
    start = start_of_sentence(text, basis.start())
    while start < basis.start() and text[start] in " \t\n\u00a0":
        start += 1
    agreement = text[basis.end() : sentence_stop(text, basis.end(), 300)]
    if not GRANT_NOUN.search(agreement) or PARTY.search(agreement) or PARTIES_PRINTED.search(agreement):
        return None  # no grant, or the parties printed ("zawartej pomiędzy Skarbem Państwa a Gminą Dobra")
    opening = UNIT_THEN_VERB.match(text, start, basis.start())
    return role_name(opening.group("name"), unit=True) if opening else None


_SIGNATORY = re.compile(
    rf"(?<![\w])(?:[Dd]yrektor\w*|[Pp]rezes\w*|[Kk]ierownik\w*|[Ww]ójt\w*|[Bb]urmistrz\w*|[Ss]tarost\w*)\s+(?=[{CAP}])"
)
_SIGNED_WORDS = re.compile(r"podpisa|zawar", re.IGNORECASE)


def _partnership_leader(text: str, cues: str) -> str | None:
    """The one signatory's body of a partnership agreement that the passage does not name as a partner."""
    deal = next(matches_near(PARTNERSHIP_DEAL, text, cues, "partner", 30, 20), None)
    if deal is None:
        return None
    sentence = text[start_of_sentence(text, deal.start()) : sentence_stop(text, deal.end(), 300)]
    partners = {fold(partner.name) for partner in find_partners(text)[0]}
    if not partners or not _SIGNED_WORDS.search(sentence):
        return None
    leaders = set()
    for match in itertools.islice(_SIGNATORY.finditer(sentence), MAX_CUES):
        name = genitive_at(sentence, match.end())
        name = without_person(re.split(r"\s+(?:i|oraz)\s+", name)[0]) if name else None
        if name and fold(name) not in partners:
            leaders.add(name)
    return leaders.pop() if len(leaders) == 1 else None


def _object_first(before: str, subject: str) -> str | None:
    """The subject of a clause that names the project first ("Projekt „X” GOPS w Y realizował …"), or None."""
    title_end = max(subject.rfind("”"), subject.rfind('"'))
    if ITEM_WORD.match(subject) and title_end > 0:  # "Projekt „X” GOPS …" read as one capitalised run
        subject = subject[title_end + 1 :].strip()
        object_end = len(before)
    elif title_end > 0:  # "Projekt pn. „Droga Rybno k. Lipna” Gmina Rybno zrealizowała": the title's end is no name
        subject = subject[title_end + 1 :].strip()
        object_end = before.rfind(subject)
    else:
        object_end = before.rfind(subject)
    folded = fold(subject)
    if object_end <= 0 or not ITEM_WORD.search(before, 0, object_end) or not org_like(subject):
        return None
    if folded in BARE_HEADS or folded.startswith(OFFICES) or folded.startswith(FUNDERS):
        return None
    return subject
