"""The beneficiary as a funding agreement's party, a speaker who says "we got", or a recipient listed with its sum.

These readings need a whole sentence of parties, not a cue's neighbour: they have their own module.
"""

from __future__ import annotations

import functools
import itertools
import re

from extract.beneficiary_cues import (
    FUNDING_CONTEXT,
    GETS_SUM,
    GOODS_FOR,
    OFFICE_BEFORE,
    PARTY,
    PARTY_AUTHORITIES,
    PARTY_BOARD,
    PARTY_DIRECTOR,
    PARTY_LOWER,
    PARTY_OFFICE,
    PARTY_REPRESENTED,
    PARTY_REPRESENTED_WORDS,
    QUOTED,
    SIGNED,
    WORKS_CONTRACT,
    YEAR_ABBREVIATION,
    funding_beside,
)
from extract.beneficiary_getters import CLAUSE_BREAK, OFFICE_SIGNER, OFFICE_UNIT
from extract.local_offices import offices, powiat_seated_in
from extract.org_cases import HEAD_FORMS, from_accusative
from extract.org_names import cut_name, fold, org_like
from extract.org_roles import (
    UNIT_FIRST,
    acronym_body,
    cue_matches,
    genitive_at,
    named_unit,
    role_name,
    unit_named_at,
    without_person,
)
from extract.org_sentences import CAP, list_after, sentence_stop, start_of_sentence


def agreement_party(text: str, cues: str) -> tuple[str | None, str | None]:
    """The unit that signed a funding agreement: the party that is no funder, a voivodeship only when alone; and, as a
    second, weaker reading, a unit whose signers a later sentence names for an agreement told of earlier (used only when
    no verb of getting or granting names the beneficiary: a funder's representatives sign too)."""
    if "zawar" not in cues and "podpisa" not in cues and "między" not in cues:  # no word of SIGNED
        return None, None
    told = False
    late: str | None = None  # an earlier sentence told of a funding agreement and named none of its parties
    for signed in cue_matches(SIGNED, text, cues, ("zawar", "podpisa", "między", "pomiędzy")):
        start = start_of_sentence(text, signed.start())
        end = sentence_stop(text, signed.end(), 300)
        if YEAR_ABBREVIATION.search(text, max(start, end - 12), end):
            end = sentence_stop(text, end + 1, 300)
        sentence = text[start:end]
        # "Gmina X podpisała umowy na zadania:" over a list: the items say what the agreements fund
        listed = list_after(text, end) if sentence.rstrip().endswith(":") else ""
        # "Aneks podpisali …": an annex is signed by the agreement's parties ("aneks do umowy o dofinansowanie")
        if not ("umow" in sentence.lower() or "aneks" in sentence.lower()):
            continue
        if not (
            FUNDING_CONTEXT.search(sentence)
            or FUNDING_CONTEXT.search(listed)
            or (GETS_SUM.search(sentence) and not WORKS_CONTRACT.search(sentence))
            or funding_beside(text, end, sentence)
        ):
            # "Umowę o dofinansowanie podpisano w Starostwie … Za władze powiatu umowę podpisali wicestarosta X i …":
            # the signers of a funding agreement an earlier sentence told of, named in a sentence of their own; only
            # persons signing for a unit (not "Umowy podpisano w Urzędzie Marszałkowskim. … Umowę na budynek
            # podpisała gmina X" after "Gminy A, B, C i X dostały": one of several recipients)
            if (
                told
                and late is None
                and not WORKS_CONTRACT.search(sentence)
                and not _SECOND_PARTY.search(sentence)
                and (name := _signer_for_unit(text, start, sentence))
            ):
                late = name
            continue
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sentence)]
        found: list[tuple[int, int]] = [(m.start(), m.start()) for m in PARTY.finditer(sentence)]
        found += [(m.start(), m.start("unit")) for m in PARTY_BOARD.finditer(sentence)]
        found += [(m.start(), m.start("unit")) for m in PARTY_OFFICE.finditer(sentence)]
        found += [(m.start(), m.start()) for m in PARTY_LOWER.finditer(sentence)]
        found += [(m.start(), m.start("unit")) for m in PARTY_AUTHORITIES.finditer(sentence)]
        if name := _represented(text, start, sentence):
            return name, None
        parties = []
        # "Gmina X zbudowała plac na podstawie Umowy Nr …, zawartej w dniu …, o udzielenie dotacji": the unit acts on an
        # agreement whose parties are not printed, and is only its implementer (tests/realtext/README.md)
        basis = ON_AGREEMENT.search(sentence)
        if basis and PARTIES_PRINTED.search(sentence, basis.end()):
            basis = None  # "na podstawie umowy zawartej z Wojewodą Opolskim": the subject is the other party
        for at, unit_at in sorted(found):
            if basis and at < basis.start() <= signed.start() - start:
                continue
            if any(a <= at < b for a, b in quoted) or GOODS_FOR.search(sentence, max(0, at - 100), at):
                continue  # "umowę o dofinansowanie zakupu samochodów dla jednostek OSP X": the users, no party
            name = unit_named_at(text, start + unit_at)
            if name and unit_at > at and sentence.startswith(("Prezes", "prezes"), at):
                # "Prezes Stowarzyszenia X Jan Nowak i Sekretarz Anna Kowalska podpisali": the persons follow
                name = without_person(re.split(r"\s+(?:i|oraz)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", name)[0])
            if name and name.startswith("Miasto ") and sentence.startswith("Burmistrz", at):
                # a burmistrz heads the gmina: "Burmistrz Miasta Dąbie" signs for the "Gmina Dąbie" the page names
                gmina = "Gmina " + name.removeprefix("Miasto ")
                name = gmina if gmina in text else name
            if name and (OFFICE_BEFORE.search(sentence, 0, at) or sentence[unit_at].islower()):
                name = without_person(name)  # "prezes OSP Twardowice Czesław Dziedzic": his name follows
            if name and name.startswith("Lokaln"):
                name = from_accusative(name)  # "z Lokalną Grupą Działania …": the instrumental reads as the accusative
            if name:
                parties.append(name)
        # (an agreement of partnership, "umowę o partnerstwie", is no funding agreement)
        if not parties and "yrektor" in sentence and not PARTNERSHIP_DEAL.search(sentence):
            for director in itertools.islice(PARTY_DIRECTOR.finditer(sentence), 4):
                if any(a <= director.start() < b for a, b in quoted):
                    continue
                if (body := genitive_at(text, start + director.start("unit"))) and (signer := role_name(body)):
                    signer = re.split(r"\s+(?:i|oraz)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", signer)[0]
                    parties.append(without_person(signer))  # "… w Kozienicach Roman Wysocki": the body only
        parties.sort(key=lambda name: name.startswith("Województwo"))
        if parties:
            return parties[0], None
        if signer := _office_signer(text, start, sentence, signed):
            return signer, None
        told = True  # a funding agreement with no party named: a later sentence may name who signed it
    return None, late


def named_as_giver(text: str, name: str) -> bool:
    """Whether the passage names the unit `name` ("Powiat Lubartowski", "Gmina Rybno") as the one that gives the money:
    the subject of a verb of giving ("Powiat Lubartowski udzielił pomocy …") or the budget it comes from ("z budżetu
    Gminy Rybno", "ze środków powiatu kraśnickiego"); its signers then sign as the funder's."""
    words = name.split()
    if len(words) < 2 or words[0] not in _GIVER_HEADS:
        return False
    stem = re.escape(words[1][: max(3, len(words[1]) - 3)])
    forms = "|".join(form for form, nominative in HEAD_FORMS.items() if nominative == words[0])
    giver = re.compile(
        rf"(?<![\w-])(?i:{words[0]})\s+(?i:{stem})\w*\s+(?:[^\s.;]+\s+){{0,2}}?{_GIVES}"
        rf"|(?<![\w-])(?i:ze?\s+(?:budżetu|środków)\s+(?:{forms}))\s+(?i:{stem})"
    )
    return giver.search(text) is not None


_GIVER_HEADS = frozenset(["Gmina", "Powiat", "Miasto", "Województwo"])
# A verb of giving money in the past or future, any gender.
_GIVES = r"(?i:udziel|przekaz|przekaże|przyzna|przeznacz|dofinans|sfinans|dał|da\b)\w*"  # ("dała", "udzieli" too)


# A second party named by a common noun: "podpisali umowę ze stowarzyszeniem", "z fundacją": the signers may be the
# funder's, the other party the one that got the money.
_SECOND_PARTY = re.compile(
    r"(?<![\w])ze?\s+(?:stowarzyszeni|fundacj|gmin|powiat|klub|parafi|kołem|towarzystw|ochotnicz|osp\b|spółdzielni"
    r"|związkiem|szkoł|ośrodk|bibliotek|beneficjent|wnioskodawc|grantobiorc)\w*",
)


def _office_signer(text: str, start: int, sentence: str, signed: re.Match[str]) -> str | None:
    """The organ that signs, next to the verb: "Starosta Gryfiński podpisał …", "umowę zawarł Zarząd Powiatu w X",
    "podpisali się Starosta X i …"; or an officer named by title and person: "Starosta Jan Nowak podpisał umowę"."""
    for at, stop, signer in offices(sentence):
        before = signed.start() - 120 <= start + at and start + stop <= signed.start()
        after = signed.end() <= start + at and start + stop <= signed.end() + 40
        between = text[start + stop : signed.start()] if before else text[signed.end() : start + at]
        if (before or after) and not CLAUSE_BREAK.search(between):
            return signer
    office = OFFICE_SIGNER.search(sentence)  # "Starosta Jan Nowak podpisał umowę": the powiat named
    if office and (unit := named_unit(text, OFFICE_UNIT[office.group("office").capitalize()])):
        return unit
    return None


def _signer_for_unit(text: str, start: int, sentence: str) -> str | None:
    """A unit whose representatives or organ sign in `sentence` (at `start` of `text`), or None."""
    if name := _represented(text, start, sentence):
        return name
    for signed in SIGNED.finditer(text, start, start + len(sentence)):
        signer = _office_signer(text, start, sentence, signed)
        if signer and not (signer.split()[1:2] and _OFFICE_AFTER.match(" " + signer.split()[1])):
            return signer  # (not "gminy Wójt Jan Nowak" read as a gmina "Wójt")
    return None


def _represented(text: str, start: int, sentence: str) -> str | None:
    """The unit whose representatives sign in `sentence` (`PARTY_REPRESENTED`): "przedstawiciele powiatu X", a bare
    "przedstawiciele gminy" or "Za władze powiatu" (the one the passage names), "przedstawiciele OSP" (the one OSP)."""
    if not any(word in sentence for word in PARTY_REPRESENTED_WORDS):
        return None
    for m in PARTY_REPRESENTED.finditer(sentence):
        if acronym := m.group("acronym"):
            name = acronym_body(text, acronym) if fold(acronym) in UNIT_FIRST else None
        else:
            head = BARE_OWNER[m.group("bare").lower()]
            at = start + m.start("unit")
            name = None if _OFFICE_AFTER.match(text, start + m.end("unit")) else unit_named_at(text, at)
            if name is None and m.group(0)[0] in "Pp":  # "przedstawiciele gminy": the one gmina the passage names
                name = named_unit(text, head)
            elif name is None and head == "Powiat":  # "Za władze powiatu …": the powiat its office names
                name = _powiat_by_office(text)
        if name:
            return name
    return None


# An office-holder after a bare head: "W imieniu gminy Wójt Jan Nowak podpisał" (the office, not the gmina's name).
_OFFICE_AFTER = re.compile(r"\s+(?i:wójt|burmistrz|starosta|prezydent|wicestarosta|zastępca|skarbnik|sekretarz)\w*\b")
# The starostwo in any case, and its seat: "w Starostwie Powiatowym w Lubartowie" (the powiat's office).
_STAROSTWO = re.compile(
    rf"(?<![\w])Starostw(?:o|a|u|em|ie)\s+Powiatow(?:e|ego|emu|ym)\s+we?\s+(?P<seat>[{CAP}][\w-]+(?:\s+[{CAP}][\w-]+)?)"
)


def _powiat_by_office(text: str) -> str | None:
    """The one powiat the passage names through its office's seat ("Starostwie Powiatowym w Lubartowie" -> "Powiat
    Lubartowski"), or None (read once a text: each told sentence may ask)."""
    if "Starostw" not in text:
        return None
    return _powiat_by_office_in(text)


@functools.lru_cache(maxsize=4)
def _powiat_by_office_in(text: str) -> str | None:
    """`_powiat_by_office` for a text that names a starostwo."""
    found = {powiat_seated_in(m.group("seat")) for m in itertools.islice(_STAROSTWO.finditer(text), 8)} - {None}
    return found.pop() if len(found) == 1 else None


# "na podstawie umowy", "Na podstawie Umowy Nr …": what a unit does on an agreement.
ON_AGREEMENT = re.compile(r"(?<![\w])[Nn]a\s+podstawie\s+(?:\S+\s+){0,2}?[Uu]mow")
# An agreement's parties printed after it: "zawartej z Wojewodą X", "pomiędzy Skarbem Państwa a Gminą Y".
PARTIES_PRINTED = re.compile(rf"(?<![\w])(?:(?:po)?między|ze?\s+[{CAP}])")


# "wkład własny Fundacji X", "środki własne powiatu gołdapskiego": who adds its own share got the rest.
OWN_SHARE = re.compile(
    r"\b(?i:wkład\w*|środk\w*|udział\w*)\s+własn\w*\s+(?:(?P<head>Gminy|Powiatu|Miasta|Stowarzyszenia|Fundacji"
    r"|Federacji|Towarzystwa|Parafii|Związku|Spółdzielni|Ochotniczej\s+Straży\s+Pożarnej)\s"
    r"|(?P<lower>gminy|powiatu)\s+(?P<adjective>[a-ząćęłńóśźż]+(?:skiego|ckiego|dzkiego))\b"
    r"|(?P<bare>gminy|powiatu|województwa)\b)"  # "wkład własny powiatu": the one powiat the passage names
)
BARE_OWNER = {"gminy": "Gmina", "powiatu": "Powiat", "województwa": "Województwo"}
# A list entry: the recipient's name on its own line, over "Dotacja: 5500,00 zł".
SUM_LINE = re.compile(
    r"(?:Dotacja|Kwota\s+dotacji|Kwota\s+dofinansowania|Dofinansowanie|Kwota\s+grantu)"
    r"[ \t\u00a0]*:[ \t\u00a0]*\d"
)
# Bodies that carry out only what they got the money for: the implementer of a funded task is its beneficiary.
NGO_FIRST = frozenset(["stowarzyszenie", "fundacja", "towarzystwo", "federacja", "ochotnicza", "osp", "parafia"])
NGO_WORDS = ("stowarzysz", "fundacj", "towarzyst", "federacj", "ochotnicz", "osp ", "parafi")
# The money granted, allocated or received, not a project merely "co-financed" by a fund.
GRANT_WORDS = ("przyzna", "przeznacz", "otrzyma", "udziel")


def listed_recipient(text: str, line_start: int) -> str | None:
    """The unit on the line above a "Dotacja: …" line, or None."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    if not above or not org_like(above) or fold(above.split()[0]) not in UNIT_FIRST:
        return None
    return role_name(cut_name(above), unit=True)


# "Dotacje … otrzymało 17 podmiotów", "beneficjenci": the money went to many; the NGO running the scheme regrants it.
MANY_RECIPIENTS = re.compile(
    r"\b\d+\s+(?:podmiot|organizacj|stowarzysze|grup|inicjatyw|wnioskodawc|beneficjent|grantobiorc)\w*|\bbeneficjenci\b"
)


# A sum of money: "kwotę 130.000,00 zł", "5 tys. zł", "40 tysięcy złotych".
_SUM = re.compile(r"\d\s*(?:zł|pln|tys|mln|milion|złot)|kwot")
# The grant's source right after the verb: "przyznano dofinansowanie z Programu X", "Dotację przyznano z programu".
_FROM_PROGRAMME = re.compile(r"(?:przyznan|przyznał)\w*\s+(?:\w+\s+){0,2}?(?:z|ze)\s+(?:programu|funduszu|środków)")


def granted_from_programme(text: str, lowered: str) -> bool:
    """Whether the passage grants money only from a programme, with no sum ("Dotację na projekt przyznano z programu
    X"): a grant said to go to the project names no unit that got it (tests/realtext/README.md, `beneficiary`)."""
    said = False
    for word in GRANT_WORDS:
        at = lowered.find(word)
        while at >= 0:
            sentence = lowered[start_of_sentence(text, at) : sentence_stop(text, at, 200)]
            if _SUM.search(sentence):
                return False
            said = said or bool(_FROM_PROGRAMME.search(lowered, at, at + 80))
            at = lowered.find(word, at + 1)
    return said


# "… podpisali umowę o partnerstwie przy realizacji projektu": the party that is not the partner leads it.
PARTNERSHIP_DEAL = re.compile(r"\b(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie)", re.IGNORECASE)
