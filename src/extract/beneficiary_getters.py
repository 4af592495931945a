"""The unit a verb of getting money names as its subject, before the verb or after it, and a clause's opening unit.

Apart from the cascade in `extract.organisations`: the subject-reading rules are the longest part of the beneficiary.
"""

from __future__ import annotations

import itertools
import re

from extract.beneficiary_cues import (
    BARE_COORDINATED,
    BARE_SUBJECT,
    COORDINATED,
    COORDINATION_END,
    LOWER_COORDINATED,
    LOWER_HEAD,
)
from extract.local_offices import head_unit
from extract.org_adverbials import adverbials_start
from extract.org_cases import HEAD_FORMS
from extract.org_names import fold, nominative_body, org_like, split_orgs, subject_before
from extract.org_roles import (
    ADJECTIVE_WORD,
    BODY_HEADS,
    COMMON_BODIES,
    UNIT_FIRST,
    UNIT_OR_BODY,
    acronym_body,
    getting_unit,
    named_body,
    named_unit,
    office_unit,
    public_body,
    role_name,
    run_at,
    unit_named_at,
    unit_tail,
)
from extract.org_sentences import CAP, NAME_REACH, start_of_sentence
from extract.partner_sentences import end_of_sentence
from extract.personal_data import GIVEN_NAMES
from extract.place_forms import GEN
from extract.places import NOM, city_with_powiat_rights, gmina_name

# "Powiat rawski jest w gronie 37 gmin i 11 powiatów, które dostaną …": the subject of "jest w gronie".
_AMONG = re.compile(
    r"\s(?:jest|są|był[aoy]?|byli|znalazł[aoy]?\s+się|znalazły\s+się|znajduje\s+się)\s+(?:w\s+gronie|wśród|pośród"
    r"|na\s+(?:[^\s.]+\s+){0,3}?liście)"  # "znalazł się na pierwszym miejscu na liście instytucji, które otrzymały …"
    r"\s+[^.;:\n]{1,150}?,?\s+(?:które|którzy|która|który)\s*$"
)
_ADJECTIVE_UNIT = re.compile(r"(?<![\w])([Gg]mina|[Pp]owiat)\s+([a-ząćęłńóśźż]+(?:ski|cki|dzki))\s*$")
# "Gmina Krościenko nad Dunajcem – Gminny Ośrodek Pomocy Społecznej … dostała": the gmina acting through its unit.
_GMINA_DASH = re.compile(rf"(?<![\w])((?:Gmina|Miasto|Powiat)\s+[{CAP}][^–—\n]{{1,60}}?)\s+[–—-]\s*$")
# What may not stand between a signing organ and its verb: a sentence's end, or another verb's clause
CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\b(?:spotkał|spotkali|który|która|którzy)\b")
# "Burmistrz Obornik zdobył pieniądze", "Wójt pozyskał dotację": the office-holder's gmina (powiat).
_OFFICE_SUBJECT = re.compile(rf"(?<![\w])(?P<office>Wójt|Burmistrz|Starosta)(?:\s+[{CAP}][\w-]*)?\s*$")
OFFICE_UNIT = {"Wójt": "Gmina", "Burmistrz": "Gmina", "Starosta": "Powiat"}
# An office-holder signing with no unit named after the office: "Starosta Jan Nowak i Skarbnik Powiatu … podpisali".
OFFICE_SIGNER = re.compile(
    rf"(?<![\w])(?P<office>[Ww]ójt|[Bb]urmistrz|[Ss]tarosta)(?=\s+[{CAP}][a-ząćęłńóśźż]+\s+[{CAP}]|\s*,)"
)


def _gmina_before(text: str, subject: str | None, verb_start: int) -> str | None:
    """The gmina printed before its own unit ("Gmina X – Gminny Ośrodek … w X"), or None."""
    at = text.rfind(subject, max(0, verb_start - NAME_REACH), verb_start) if subject else -1
    if at < 0 or not fold(subject or "").startswith(("gminn", "miejsk", "osrod", "centrum", "urzad")):
        return None
    dash = _GMINA_DASH.search(text, max(0, at - 80), at)
    return role_name(dash.group(1)) if dash else None


# Between a unit and its verb: "Miasto Siedlce na prawach powiatu otrzymało", "Gmina X, jako jedna z 12 gmin, …".
# Between a unit and its verb, its companions: "Biblioteka X razem z Grupą Y otrzymała", "Gmina X wraz z partnerami …".
_TOGETHER_WITH = re.compile(r"\s+(?:razem|wraz|wspólnie)\s+ze?\s+[^,.;:\n]{1,80}?\s*$")
_CITY_RIGHTS = re.compile(
    r"\s+na\s+prawach\s+powiatu\s*$|,?\s+jako\s+jed(?:en|na|no)\s+z\s+[^,.;:\n]{1,50}?,?\s*$"
    # "Biblioteka Publiczna Gminy X z siedzibą w Y dostaje …", "Stowarzyszenie X, z siedzibą w Y, otrzymało …"
    r"|,?\s+z\s+siedzibą\s+(?:w|we|przy)\s+[^,.;:\n]{1,50}?,?\s*$"
    # "Powiat X, który o to wnioskował, dostał …": a relative clause between the subject and its verb
    r"|,\s+któr(?:y|a|e|zy)\s+[^,.;:\n]{1,50}?,\s*$"
)
_PLACE_OR_NUMBER = re.compile(r"\s(?:w|we|[Nn]r)\s")
# ("Dotację przyznaną przez Zarząd Powiatu w X otrzymał Klub Y": the agent of the grant pays, the getter follows)
_PAYER_BEFORE = re.compile(
    r"(?<![\w])(?:(?:z|ze)\s+(?:budżetu|środków)"
    r"|(?i:przyznan|przekazan|udzielon|ufundowan|sfinansowan|dofinansowan|finansowan|wypłacon)\w*\s+przez"
    rf"(?:\s+[{CAP}]\w*){{0,2}})\s+$"  # the subject read may start inside the agent: "przez Zarząd [Powiatu …]"
)
# "…, jest Powiat Lipnowski, który otrzymał 880 tys. zł": the verb of a relative clause has the unit before it.
_RELATIVE = re.compile(r",\s+któr(?:y|a|e)\s+$")
# "Samorząd gminy Lipowa otrzymał …", "Władze powiatu przasnyskiego otrzymały …", "samorząd Leszna pozyskał …": the
# self-government or the authorities of a unit are the unit (tests/realtext/README.md, `beneficiary`).
_SELF_GOVERNMENT = re.compile(
    r"(?<![\w])(?:[Ss]amorząd|[Ww]ładze)\s+(?:(?P<head>(?i:gminy|powiatu|miasta|województwa))\s+"
    rf"(?P<name>(?:[{CAP}][\w-]*\s+){{1,3}}|[a-ząćęłńóśźż-]+(?:skiego|ckiego|dzkiego)\s+)"
    rf"|(?P<town>[{CAP}][\w-]*(?:\s+[{CAP}][\w-]*)?)\s+)$"
)


# "GOPS w Grybowie podaje, że dostał dotację": the reporting body is the getter when no subject follows "że".
_REPORTED = re.compile(
    r"\s(?:(?:uprzejmie|niniejszym|z\s+radością|z\s+dumą)\s+)?(?:informuj[eą]|podaj[eą]|ogłasza(?:ją)?"
    r"|zawiadamia(?:ją)?|przypomina(?:ją)?|potwierdza(?:ją)?|poinformował[aoy]?|podał[aoy]?),?\s+(?:że|iż)\s+"
    r"(?:w\s+(?:\d{4}|tym|bieżącym|ubiegłym|zeszłym)\s+(?:r\.|roku)\s+)?(?:(?:również|także|ponownie|już)\s+)?$"
)


# A voivodeship named in the nominative (a subject): "Województwo Kujawsko-Pomorskie".
_VOIVODESHIP_SUBJECT = re.compile(rf"Województwo\s+[{CAP}][\w-]*kie")
GRANT_NOUN = re.compile(r"dotac|dofinans|\bgrant|promes|subwencj", re.IGNORECASE)
_FUNDER_BEFORE_UNIT = re.compile(r"(?:^|\s)(?:fundusz|program|budzet|rezerw|minister|wojewod|marszal)\w*\b")


# An aside between the subject and its verb, set off by commas: a participle or "z siedzibą" phrase ("Klub X,
# działający przy Szkole Y, dostał …", "Stowarzyszenie X, mające siedzibę w Y, otrzymało …", "Fundacja X, z siedzibą
# w Y, …") or a relative clause ("Koło X, które prowadzi świetlicę, otrzymało …").
_APPOSITION = re.compile(
    r",[ \t\u00a0]+(?:działając|prowadząc|mając|będąc|skupiając|zrzeszając|któr[yaeą]\w*\s|z\s+siedzibą\b)"
    r"(?:[^,.;:!?\n]|(?:(?<=\bim)|(?<=\bks)|(?<=\bśw)|(?<=\bul)|(?<=\bnr)|(?<=\bgen)|(?<=\bprof)|(?<=\bpw))\.){0,140}"
    r",[ \t\u00a0]*$"  # "przy Szkole im. ks. Jana X,": a patron's abbreviations end no sentence
)


_PLURAL_ENDINGS = ("ą", "li", "ły")  # "otrzymają", "dostaną", "dostali", "otrzymały"


def _any_getter(verb: re.Match[str]) -> bool:
    """Whether a verb of getting takes any organisation as its subject: a singular form in any tense, or the past of
    otrzymać/pozyskać/uzyskać (a plural of the others, "Szkoły otrzymają", names a kind of body, no beneficiary)."""
    word = verb.group(0).lower()
    return bool(verb.group("past")) or not word.endswith(_PLURAL_ENDINGS)


# A body named again by its head noun alone, right before the verb ("…, szkoła otrzymała", "Jednostka dostała",
# "nasze stowarzyszenie pozyskało"); not one of many ("każda szkoła", "kolejna biblioteka", "jedna z parafii").
_BARE_HEAD = re.compile(
    r"(?<![\w-])(?P<det>\w+[ \t\u00a0]+)?(?P<head>(?i:szkoła|biblioteka|fundacja|parafia|spółdzielnia|ośrodek|klub"
    r"|związek|stowarzyszenie|towarzystwo|centrum|koło|przedszkole|jednostka))[ \t\u00a0]+$"
)
_MANY_DETERMINERS = re.compile(r"(?i:każd|kolejn|inn|jedn|któr|żadn|niejedn|wszystk|obie|dwie|trzy|kilk)\w*\s$")
_OSP_WORDS = ("Straż", "OSP")


def bare_head_getter(text: str, verb: re.Match[str]) -> str | None:
    """The one body the passage names in full whose head word alone is the subject of a past verb of getting ("W
    ramach programu szkoła otrzymała …"; a fire brigade's "Jednostka dostała": the one OSP it names), or None."""
    if not verb.group(0).endswith(("ł", "ła", "ło")):
        return None  # "Fundacja zdobędzie …" is a hope, not a grant
    verb_start = adverbials_start(text, verb.start())
    bare = _BARE_HEAD.search(text, max(0, verb_start - 40), verb_start)
    if bare is None or (bare.group("det") and _MANY_DETERMINERS.match(bare.group("det"))):
        return None
    head = bare.group("head").capitalize()
    if head == "Jednostka":
        return acronym_body(text, "OSP") if any(word in text for word in _OSP_WORDS) else None
    return named_body(text, head) if head in BODY_HEADS else None


# "Z dofinansowania skorzystała Szkoła Podstawowa nr 2 w X", "Gminny Ośrodek Kultury w Y skorzystał z dotacji": the
# one body said to have used a grant (a singular past verb: "skorzystały …" is several). Read last
# (`extract.organisations`): where another unit is said to get the money, the body that used it is no beneficiary
# (tests/realtext/README.md, fifth round: "the school that 'skorzystała ze wsparcia' only used it").
_USED = re.compile(r"(?<![\w])(?i:skorzystał[ao]?)(?=[ \t\u00a0])")
_GRANT_USED = (
    r"(?i:ze?)[ \t\u00a0]+(?:(?i:[a-ząćęłńóśźż]+)[ \t\u00a0]+)?"
    r"(?i:dofinansowani|dotacj|grant|wsparci\w*[ \t\u00a0]+finansow|pomoc\w*[ \t\u00a0]+finansow)"
)
_GRANT_FIRST = re.compile(
    rf"[ \t\u00a0]*{_GRANT_USED}[^.;:\n]{{0,60}}?[ \t\u00a0]+(?:(?i:także|również|też)[ \t\u00a0]+)?\Z"
)
_GRANT_AFTER = re.compile(rf"[ \t\u00a0]+{_GRANT_USED}")
_ALSO_AFTER = re.compile(r"(?:także|również|też)[ \t\u00a0]+")  # (not "m.in.": one of several)
# Used as a guest or a participant, not as the one whose grant it was: "Ośrodek skorzystał z dofinansowania jako gość
# targów", "skorzystał jako uczestnik".
_AS_GUEST = re.compile(
    r"(?i:jako[ \t\u00a0]+(?:gość|gości|goście|uczestni)|w[ \t\u00a0]+charakterze[ \t\u00a0]+(?:gości|uczestni))"
)


def _clause_end(text: str, start: int) -> int:
    """Where the clause from `start` ends: its sentence's end or the first comma, 120 characters at most."""
    end = min(end_of_sentence(text, start), start + 120)
    comma = text.find(",", start, end)
    return comma if comma >= 0 else end


_ANOTHER_AFTER = re.compile(r"[ \t\u00a0]*(?:,|[ \t\u00a0](?:i|oraz)[ \t\u00a0])[ \t\u00a0]*[A-ZŁŚŻŹĆŃÓ]")


def grant_user(text: str) -> str | None:
    """The one body named as having used a grant, before or after "skorzystał(a/o)", or None (see `_USED`)."""
    if "korzysta" not in text:
        return None
    for verb in itertools.islice(_USED.finditer(text), 4):
        begin = start_of_sentence(text, verb.start())
        if _AS_GUEST.search(text, max(begin, text.rfind(", ", begin, verb.start()) + 1), _clause_end(text, verb.end())):
            continue  # a guest's or a participant's use, said in the verb's own clause
        if _GRANT_FIRST.match(text, begin, verb.start()):  # the grant first, the body after the verb
            start = verb.end() + 1
            if filler := _ALSO_AFTER.match(text, start):  # "… skorzystał także Gminny Ośrodek …"
                start = filler.end()
            run = run_at(text, start, limit=12)
            if run is None or run.start != start or _ANOTHER_AFTER.match(text, run.end):
                continue
            found = role_name(split_orgs(run.text)[0][0])
            if found and len(split_orgs(run.text)) == 1 and (getting_unit(found) or nominative_body(found)):
                return found
        elif _GRANT_AFTER.match(text, verb.end()):  # the body first, the grant after the verb
            found = role_name(subject_before(text, adverbials_start(text, verb.start())))
            if found and (getting_unit(found) or nominative_body(found)):
                return found
    return None


def getter_before(text: str, verb: re.Match[str]) -> str | None:
    """The unit that is the subject right before a verb of getting money."""
    unit = not _any_getter(verb)
    # "Szkoła Podstawowa nr 1 w X po raz kolejny dostała grant": the adverbials between the subject and its verb
    verb_start = adverbials_start(text, verb.start())
    if rights := _CITY_RIGHTS.search(text, max(0, verb_start - 70), verb_start):  # "Miasto Siedlce na prawach …"
        verb_start = rights.start()
    if "," in text[max(0, verb_start - 3) : verb_start] and (
        aside := _APPOSITION.search(text, max(0, verb_start - 160), verb_start)
    ):
        verb_start = aside.start()  # "Klub X, działający przy Szkole Y, dostał …": the subject before the aside
    relative = _RELATIVE.search(text, max(0, verb_start - 12), verb_start)
    if relative and verb.group(0).endswith(("ł", "ła", "ło")):  # "Powiat X, który otrzymał …" (one unit)
        verb_start = relative.start()
    together = _TOGETHER_WITH.search(text, max(0, verb_start - 90), verb_start)  # "X razem z kołem … dostała"
    if together and (found := role_name(subject_before(text, together.start()), unit=True)):
        return found
    subject = subject_before(text, verb_start)
    at = text.rfind(subject, max(0, verb_start - NAME_REACH), verb_start) if subject else -1
    if at > 0 and _PAYER_BEFORE.search(text, max(0, at - 60), at):
        return None  # "Dotacje z budżetu Powiatu X otrzymały gminy …": the payer, not the subject
    if subject and _VOIVODESHIP_SUBJECT.fullmatch(subject):
        # "Województwo Pomorskie dostanie z budżetu państwa dotację": a payer elsewhere, the getter of a grant here (not
        # of a region's allocation: "dostanie w latach 2021-2027 mniej pomocy unijnej")
        return subject if GRANT_NOUN.search(text, verb.end(), verb.end() + 80) else None
    if gmina := _gmina_before(text, subject, verb_start):
        return gmina
    tail = unit_tail(subject)
    if tail and subject and _FUNDER_BEFORE_UNIT.search(fold(subject[: subject.rfind(tail)])):
        subject = tail  # "Ze środków Funduszu X Gmina Y pozyskała": the source runs into the getter's name
    found = role_name(subject, unit=not verb.group("past")) or role_name(tail, unit=True)
    if found:
        return found
    acronym = text[start_of_sentence(text, verb_start) : verb_start].strip()
    if acronym.isupper() and fold(acronym) in UNIT_FIRST and (found := acronym_body(text, acronym)):
        return found  # "OSP otrzymała grant": the one OSP the passage names ("Ochotnicza Straż Pożarna w X …")
    if not unit and subject and nominative_body(subject) and (found := role_name(subject)):
        return found  # "Teatr Lalki i Aktora dostał …", "Muzeum X dostanie …": any body named in full, in a singular
    # "Szkoła Podstawowa nr 1 w X dostała grant": a public body named in full, its place or number said
    found = role_name(subject) if verb.group(0).lower() in ("dostał", "dostała", "dostało") else None
    if found and public_body(found) and _PLACE_OR_NUMBER.search(found):
        return found
    past = verb.group(0).endswith(("ł", "ła", "ło", "li", "ły"))  # "Fundacja zdobędzie …" is a hope, not a grant
    if past and subject in BODY_HEADS and (found := named_body(text, subject)):
        return found  # "Biblioteka dostała …": the one library the passage names
    reported = _REPORTED.search(text, max(0, verb_start - 90), verb_start)
    if reported and (found := role_name(subject_before(text, reported.start() + 1), unit=True)):
        return found
    sentence_start = start_of_sentence(text, verb.start())
    clause = text[sentence_start : verb.start()]
    if among := _AMONG.search(clause):
        before = clause[: among.start()]
        if adjective := _ADJECTIVE_UNIT.search(before):
            return role_name(f"{adjective.group(1).capitalize()} {adjective.group(2).capitalize()}")
        return role_name(subject_before(text, sentence_start + among.start()), unit=True)
    named = _OFFICE_NAMED_SUBJECT.search(clause, max(0, len(clause) - 90))
    officer = named and (named.group("office") in OFFICE_UNIT or named.group("office") == "Prezydent")
    if officer and named and (found := _officer_unit(clause, named)):
        return found  # "Burmistrz Rybna Anna Nowak odebrała …", "Starosta Lipnowski Jan Nowak odebrał …"
    if office := _OFFICE_SUBJECT.search(clause):
        return named_unit(text, OFFICE_UNIT[office.group("office")])
    if lower := LOWER_HEAD.search(clause) or LOWER_COORDINATED.search(clause, max(0, len(clause) - 160)):
        return role_name(f"{lower.group(1).capitalize()} {lower.group(2).strip().title()}")
    # "Stowarzyszenie X wystartowało w konkursie i zdobyło …": the unit opening the sentence
    coordinated = COORDINATION_END.search(clause, max(0, len(clause) - 12))
    opening = run_at(clause, len(clause) - len(clause.lstrip())) if coordinated else None
    if opening and COORDINATED.match(clause, opening.end) and (found := role_name(opening.text, unit=True)):
        return found
    if bare := BARE_SUBJECT.search(clause) or BARE_COORDINATED.search(clause, max(0, len(clause) - 120)):
        return named_unit(text, bare.group(1).capitalize())
    if self_government := _SELF_GOVERNMENT.search(clause, max(0, len(clause) - 120)):
        if town := self_government.group("town"):
            return _town_unit(town)
        return unit_named_at(clause, self_government.start("head"))
    if past and (found := opening_unit(clause)):
        return found
    if (
        _NO_SUBJECT.fullmatch(clause)
        and not verb.group(0).lower().endswith(_PLURAL_ENDINGS)
        and _unit_before_won(text, verb)
        and (found := antecedent(text, verb.start()))
    ):
        return found  # "Stowarzyszenie X zostało laureatem programu. Na swój projekt dostanie grant …": no subject
    return _town_subject(clause)


# A clause with no subject of its own before its verb: a fronted phrase or adverb, then lower-case words only ("Na swój
# projekt „X” dostanie …", "Dzięki temu otrzymała …"): the verb's subject is the unit opening the sentence before.
_NO_SUBJECT = re.compile(
    r"\s*(?:Na|W|We|Za|Z|Ze|Dzięki|Po|Od|Do|Teraz|Także|Również|Dodatkowo|Ponadto|Wkrótce|Obecnie|Wtedy|Dziś|Łącznie"
    r"|Następnie|Tym\s+razem|Tym\s+samym)(?:\s+[a-ząćęłńóśźż0-9][\w.,-]*|\s+[„\"][^„”\"\n]{1,80}[”\"],?){0,8}\s*"
)


# ... only when the verb's object is the money itself (no subject after the verb: "W tym roku dotację otrzymała
# Fundacja X", "… otrzymało 12 organizacji") and the sentence before says its unit won, applied or got something.
_MONEY_OBJECT_AFTER = re.compile(
    r"[ \t\u00a0]+(?i:grant|dotacj|dofinansowani|wsparci|środk|pieniądz|pieniędz|promes)\w*"
    r"|[ \t\u00a0]+\d[\d \u00a0.,]*(?:tys\.?|mln|mld)?[ \t\u00a0]*(?:zł|złotych|PLN)(?!\w)"
)
_WON_BEFORE = re.compile(
    r"(?i:laureat|wnios(?:ek|ki|ku)|złożył|zakwalifikowa|wśród|wygrał|zwycięz|zdobył|otrzymał|pozyskał|nagrodzon"
    r"|wyróżnion|zajęł|zajął)"
)


def _unit_before_won(text: str, verb: re.Match[str]) -> bool:
    """Whether the money is the verb's object and the sentence before says its opening unit won or applied."""
    if not _MONEY_OBJECT_AFTER.match(text, verb.end()):
        return False
    start = start_of_sentence(text, verb.start())
    before = start_of_sentence(text, start - 1) if start > 1 else start
    return _WON_BEFORE.search(text, before, start) is not None


def _town_unit(genitive: str) -> str | None:
    """The unit a town printed in the genitive names ("samorząd Leszna" -> "Miasto Leszno", a city with powiat rights;
    "władze Lipna" -> "Gmina Lipno"), or None when the register knows no such gmina."""
    name = gmina_name(genitive, GEN)
    if name is None:
        return None
    return f"Miasto {name}" if city_with_powiat_rights(name) else f"Gmina {name}"


_FRONTED_TIME = re.compile(r"(?:W|We)\s+(?:[a-ząćęłńóśźż]+\s+)?\d{4}\s*(?:r\.|roku)\s+")
_YEAR_AFTER = re.compile(r"\s+(?:w|we|z|ze|od)\s+\d{4}$")


def opening_unit(clause: str, *, named: bool = False) -> str | None:
    """The unit opening a clause whose verb comes after a phrase of time or source and no comma: "Gminna Biblioteka
    Publiczna w X w 2017 r. ze środków Ministra … otrzymała", "Uczniowski Klub Sportowy Y decyzją Ministra … otrzymał";
    any body's name when the verb names it so ("… został beneficjentem"), else only a unit that gets money."""
    start = len(clause) - len(clause.lstrip())
    if fronted := _FRONTED_TIME.match(clause, start):  # "W kwietniu 2017 r. Liceum … otrzymało"
        start = fronted.end()
    run = run_at(clause, start)
    if run is None or run.start != start or "," in clause[run.end :] or len(clause) - run.end > 100:
        return None
    name = _YEAR_AFTER.sub("", run.text)
    # any body named in full from its head, when only a phrase of time or source stands before the verb ("Teatr X w 2019
    # r. z programu Y otrzymał …"), not a verb of its own ("Szkoła Podstawowa w X napisała projekt i dostała …")
    body = nominative_body(name) and not COORDINATION_END.search(clause, max(0, len(clause) - 12))
    found = role_name(name, unit=not named) or (role_name(name) if body else None)
    if not found or len(found.split()) < 2:
        return None
    return found if (org_like(found) if named else getting_unit(found) or body) else None


# "Świnoujście dostanie 515 000 zł", "W tym roku Kraków otrzymał …": a town (a gmina's own name) as the subject.
_TOWN_SUBJECT = re.compile(
    r"(?:^|[,;:–—(]\s*|(?<![\w])(?P<word>[a-ząćęłńóśźż]+)\s+)"
    rf"(?P<name>[{CAP}][\w-]*(?:[ ](?:nad|pod|[{CAP}][\w-]*)){{0,2}})\s*$"
)
_NOT_BEFORE_TOWN = frozenset(
    # "i", "oraz": the last of several ("Gminy A, B i Zawichost dostały"), not one town
    ["w", "we", "z", "ze", "do", "dla", "od", "na", "przy", "pod", "przez", "o", "nad", "za", "u", "i", "oraz"]
)


def _town_subject(clause: str) -> str | None:
    """The town named, in the nominative, right before the verb and after no preposition, or None."""
    match = _TOWN_SUBJECT.search(clause, max(0, len(clause) - 80))
    if match is None:
        return None
    name = match.group("name")  # the whole run: "Jan Kowal" is a person, though Kowal is a gmina
    if (match.group("word") or "") in _NOT_BEFORE_TOWN or gmina_name(name, NOM) != name:
        return None
    before = clause[: match.start("word")].split()[-1:] if match.group("word") == "gminy" else ["-"]
    if before != ["imieniu"] and match.group("word") == "gminy":
        return None  # "Dotację od gminy X otrzymał Klub Y", "Mieszkańcy gminy X otrzymali": not the gmina's own
    return f"Gmina {name}" if match.group("word") == "gminy" else name  # "w imieniu gminy X odebrał": the gmina


_FILLER_AFTER = re.compile(
    r"(?:m\.\s?in\.|między\s+innymi|również|także|też|ponadto|w\s+tym"
    # a phrase of time between the verb and its subject: "… otrzymała w tym roku Gmina X", "… dostaje co roku Klub Y"
    r"|(?:co\s+roku|w\s+tym\s+roku|w\s+(?:\d{4}|ubiegłym|zeszłym)\s+(?:r\.|roku)|już|ponownie|po\s+raz\s+\w+)"
    r"(?:[ \t\u00a0]+(?:również|także|też))?)[ \t\u00a0]+"
)


_PRONOUN_AFTER = re.compile(r"(?:ona|on|ono)\s")


def antecedent(text: str, position: int) -> str | None:
    """The unit opening the sentence before `position`'s ("Gminna Biblioteka … złożyła wniosek. … otrzymała ona"):
    what a pronoun after a verb of getting stands for, when that sentence opens with a unit's name."""
    start = start_of_sentence(text, position)
    before = start_of_sentence(text, start - 1) if start > 1 else start
    while before < start and text[before] in " \t\n\u00a0":
        before += 1
    run = run_at(text, before, limit=12) if before < start else None
    if run is None or run.start != before:
        return None
    return role_name(split_orgs(run.text)[0][0], unit=True)


# "… dostanie tylko jedna organizacja – Stowarzyszenie X": one of a kind, then its name after a dash.
_ONE_OF_KIND = re.compile(r"(?:(?:tylko|jedynie)\s+)?jed(?:na|en|no)\s+[a-ząćęłńóśźż]+\s*[–—-]\s*(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# A body's head in lower case after a verb of getting, after a place's adjective at most, with its name after it:
# "… dostała krzeszowicka parafia pw. Św. Marcina", "… otrzymało stowarzyszenie „Razem”".
_LOWER_BODY_AFTER = re.compile(
    r"(?:[a-ząćęłńóśźż]+(?:sk|ck|dzk)(?:a|i|ie)\s+)?"
    r"(?P<head>parafia|stowarzyszenie|fundacja|biblioteka|klub|koło|muzeum|teatr|ośrodek|towarzystwo|spółdzielnia)"
    rf"\s+(?=(?:pw\.|pod\s+wezwaniem|im\.)\s|[{CAP}„\"])"
)
# An office-holder named right after a verb of getting, with what it heads: "otrzymała Burmistrz Sępopola", "odebrał
# Wójt Gminy Rybno", "dostał Starosta Gryfiński" (tests/realtext/README.md: a unit gets money through its officers).
_OFFICE_AFTER = re.compile(
    rf"(?P<office>Wójt|Burmistrz|Prezydent|Starosta)[ \t\u00a0]+(?:(?P<of>Gminy|Miasta|Powiatu)[ \t\u00a0]+)?"
    rf"(?P<name>[{CAP}][\w-]*)"
)


# The same office-holder as the subject before the verb, the person's name after what it heads (a wójt, burmistrz,
# starosta or prezydent: "Prezydent Świnoujścia dostał ponadto … 23 000 000 zł" names the city, "Miasto Świnoujście",
# also in a ministry's list of 169 counted recipients: tests/realtext/README.md, the sixth round).
_OFFICE_NAMED_SUBJECT = re.compile(
    rf"(?<![\w]){_OFFICE_AFTER.pattern}(?:[ \t\u00a0]+[{CAP}][\w-]*){{0,3}}[ \t\u00a0]*$"
)


def officer_before(clause: str) -> str | None:
    """The unit of the office-holder that ends `clause` ("… Wójt Kościeliska Jan Nowak" -> "Gmina Kościelisko"), or
    None when no office-holder of a named unit ends it."""
    named = _OFFICE_NAMED_SUBJECT.search(clause, max(0, len(clause) - 90))
    return _officer_unit(clause, named) if named else None


def _officer_unit(text: str, office: re.Match[str]) -> str | None:
    """The unit an office-holder after a verb of getting heads: "Wójt Gminy X" -> "Gmina X", "Burmistrz Sępopola"
    -> "Gmina Sępopol" (a town in the genitive), "Starosta Gryfiński" -> "Powiat Gryfiński"; None for a person."""
    if office.group("of"):  # "Starosta Powiatu Piskiego Andrzej Nowicki": the unit, without the person
        run = run_at(text, office.start("of"), limit=12)
        return role_name(office_unit(run.text)) if run and run.start == office.start("of") else None
    name = office.group("name")
    if office.group("office") == "Starosta":
        if fold(name) in GIVEN_NAMES:
            return None  # "Starosta Jan Nowak": a person, no unit named
        return role_name(f"Powiat {name}") if ADJECTIVE_WORD.fullmatch(name) and name.endswith("ki") else None
    headed = head_unit(office.group("office"), text[office.start("name") : office.start("name") + 80].split())
    return headed[0] if headed else None  # (not "Wójt Jan Nowak": a person, no unit named)


def getter_after(text: str, verb: re.Match[str]) -> str | None:
    """The unit right after the verb: "… pieniądze dostała Gmina Wiejska Lubawa"."""
    start = verb.end()
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    if filler := _FILLER_AFTER.match(text, start):  # "Dotację dostało m.in. Koło …", "… otrzymała także Gmina …"
        start = filler.end()
    if _PRONOUN_AFTER.match(text, start):  # "… dzięki czemu otrzymała ona dotację": the unit named before
        return antecedent(text, verb.start())
    words = text[start : start + 60].split(" ", 2)
    word = words[0]
    plural = verb.group(0).lower().endswith(_PLURAL_ENDINGS)
    if plural and (run := run_at(text, start)) and run.start == start and len(split_orgs(run.text)) > 1:
        return None  # "Granty otrzymały KGW z Rybna i KGW z Lipna": several recipients, none of them the one
    if office := _OFFICE_AFTER.match(text, start):  # "… otrzymała Burmistrz Sępopola": the officer's unit
        return _officer_unit(text, office)
    if one := _ONE_OF_KIND.match(text, start):  # "dostanie tylko jedna organizacja – Stowarzyszenie X": the name
        start = one.end()
        words = text[start : start + 60].split(" ", 2)
        word = words[0]
    elif _any_getter(verb) and (lower := _LOWER_BODY_AFTER.match(text, start)):
        head = lower.group("head")  # "… dostała krzeszowicka parafia pw. Św. Marcina": the body, named after its head
        line_end = text.find("\n", lower.start("head"))
        named = head.capitalize() + text[lower.end("head") : line_end if line_end >= 0 else len(text)]
        found = role_name(unit_named_at(named, 0))
        return found if found and nominative_body(found) else None
    if _any_getter(verb) and fold(word) in COMMON_BODIES and HEAD_FORMS.get(word) != word:
        # "… otrzymała Szkoła Podstawowa nr 2 w X": a public body named in full (its place or number), as before it
        found = role_name(unit_named_at(text, start))
        return found if found and public_body(found) and _PLACE_OR_NUMBER.search(found) else None
    if _any_getter(verb) and (run := run_at(text, start, limit=12)) and run.start == start:
        body = split_orgs(run.text)[0][0]  # "… dostał Bank Żywności w X": any body named in full from its head
        if nominative_body(body) and HEAD_FORMS.get(word) != word and (found := role_name(body)):
            return found
    if HEAD_FORMS.get(word) != word and fold(word) not in UNIT_FIRST:
        # "ocenę otrzymało Stargardzkie Centrum Kultury": a capitalised adjective before a body's head (past tense)
        head = words[1] if len(words) > 1 else ""
        if not (_any_getter(verb) and word[:1].isupper() and fold(head) in UNIT_OR_BODY):
            return None
        return role_name(unit_named_at(text, start))
    return role_name(unit_named_at(text, start), unit=True)


# The unit a passage prints for a town in other words than "Gmina X": "Urząd Miasta Dzierżoniów", "Miasto Koło",
# "projektów Gminy-Miasto Działdowo" (any case of the head; the town as the derived name has it).
_PRINTED_HEADS = r"(?:Gmin(?:a|y|ie|ę|ą)-Miast(?:o|a|u|em)|Miast(?:o|a|u|em|ie)|Gmin(?:a|y|ie|ę|ą)\s+Miejsk(?:a|iej|ą))"
_PRINTED_NOMINATIVE = {"gmin": "Gmina-Miasto", "miast": "Miasto"}
_GMINA_FORMS = ("Gmina", "Gminy", "Gminie", "Gminę", "Gminą")


def as_printed(text: str, unit: str) -> str | None:
    """The name the passage prints for the gmina `unit` ("Gmina X", read through its wójt or burmistrz, "Burmistrz
    Dzierżoniowa") when it never prints "Gmina X" itself but prints the town's unit otherwise ("Urząd Miasta
    Dzierżoniów" -> "Miasto Dzierżoniów", "Gminy-Miasto Działdowo" -> "Gmina-Miasto Działdowo":
    tests/realtext/README.md, the sixth round); None when it prints "Gmina X" or no other unit of the town, or
    several."""
    town = unit.removeprefix("Gmina ")
    if not town or ("Miast" not in text and "Miejsk" not in text):
        return None  # (the literal gate: no other unit of any town printed)
    if any(f"{head} {town}" in text for head in _GMINA_FORMS) and re.search(
        rf"(?<![\w-])Gmin(?:a|y|ie|ę|ą)\s+{re.escape(town)}(?![\w-])", text
    ):
        return None
    names = set()
    for match in re.finditer(rf"(?<![\w-])({_PRINTED_HEADS})\s+{re.escape(town)}(?![\w-])", text):
        head = match.group(1)
        if "Miejsk" in head:
            names.add(f"Gmina Miejska {town}")
        else:
            names.add(f"{_PRINTED_NOMINATIVE['gmin' if '-' in head else 'miast']} {town}")
    return names.pop() if len(names) == 1 else None
