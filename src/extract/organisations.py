"""Organisations in Polish prose: beneficiary, implementer, partners; grouped by provenance.

Beneficiary and implementer are read here, from labels ("Wnioskodawca:", "Realizator projektu:")
and phrases ("Beneficjentem jest …", "Projekt realizowany przez …", "… otrzymał dofinansowanie");
partners in `extract.partners`, names in `extract.org_names`, their cases in `extract.org_cases`.

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
from collections.abc import Iterator

from extract.local_offices import GMINA_NAMED, POWIAT_HEAD, head_unit, offices, powiat_seated_in
from extract.lowered import lowered as lower_text
from extract.org_cases import BODY_DATIVES, HEAD_FORMS, from_accusative, from_body_dative, from_dative, nominative
from extract.org_names import (
    NAME_ABBREVIATIONS,
    OPEN_QUOTES,
    OrgMention,
    OrgRun,
    before_next_body,
    cut_name,
    expand_abbreviations,
    fold,
    matches_from,
    nominative_body,
    normalise_name,
    org_like,
    org_mention,
    org_run,
    split_orgs,
    subject_before,
    text_cues,
)
from extract.partner_cases import nominative as instrumental_nominative
from extract.partners import find_partners, from_genitive
from extract.personal_data import GIVEN_NAMES
from extract.place_forms import GEN
from extract.places import NOM, city_with_powiat_rights, gmina_name

__all__ = [
    "OrgMention",
    "expand_abbreviations",
    "find_beneficiary",
    "find_implementer",
    "find_partners",
    "normalise_name",
]

_CAP = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME_REACH = 300  # characters: no name is longer
_MAX_CUES = 40


def _either(words: tuple[str, ...]) -> str:
    """A regex group of these words (a space in one matches any run of spaces): a scan built from the word tuple
    its gate tests, so the two cannot drift apart."""
    return "(?:" + "|".join(re.escape(word).replace("\\ ", r"\s+") for word in words) + ")"


# A sentence stop's mark: a line break, or a full stop before a capital ("… 2020 r. z RFIL-u" goes on; "pt. Dzienny
# Dom" too).  A class first, which the regex engine skips to at C speed; the stop's word is read back from there
# (a regex with a look-behind first, tests/test_sentence_stops.py's reference, is tried at every position).
_STOP_MARK = re.compile(rf"\n|[.!?](?=[ \t\u00a0]+[{_CAP}„\"])")


def _sentence_stops(text: str, start: int, end: int) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, word) of each sentence stop in text[start:end]: a line break (no word), or a mark after the
    run of word characters and dots right before it, its word (None if the run is empty).

    A run that began before `start` is no stop there (its first letter lies outside the scan, every later one has
    a letter before it)."""
    for mark in _STOP_MARK.finditer(text, start, end):
        at = mark.start()
        if text[at] == "\n":
            yield at, at + 1, None
            continue
        word = at
        while word > start and _word_char(text[word - 1]):  # read back no further than the scan's window
            word -= 1
        if word > start or not (start and _word_char(text[start - 1])):
            yield word, at + 1, text[word:at] or None


def _word_char(char: str) -> bool:
    """`[\\w.]`: a character of a stop's word."""
    return char.isalnum() or char in "_."


_NOT_STOPS = NAME_ABBREVIATIONS | frozenset(["pt", "ul", "mgr", "np", "tzw", "m.in", "al", "p", "tj", "ok", "k"])

# --------------------------------------------------------------------------- what may be a beneficiary

# First words (folded) of a unit that can get money in its own name: local government, NGOs, welfare centres.
_UNIT_FIRST = frozenset([
    "gmina", "powiat", "miasto", "wojewodztwo", "stowarzyszenie", "fundacja", "parafia", "zwiazek",
    "spoldzielnia", "osrodek", "centrum", "towarzystwo", "federacja", "gminny", "gminne", "gminna", "miejski",
    "miejskie", "miejska", "miejsko-gminny", "miejsko-gminne", "powiatowe", "powiatowy", "powiatowa",
    "regionalny", "ochotnicza", "osp", "kolo", "uczniowski", "ludowy", "lokalna", "klub", "biblioteka",
    "pracownia", "uks", "liceum", "muzeum", "lks", "kgw", "mks", "gks", "ks",
])  # fmt: skip
# Folded common nouns for bodies that name none alone ("Szkoła otrzymała 5 000 zł").
_COMMON_BODIES = frozenset([
    "szkola", "przedszkole", "zlobek", "urzad", "muzeum", "swietlica", "solectwo", "szpital", "przychodnia",
    "uczelnia", "teatr", "kosciol", "dom", "instytut", "uniwersytet", "zespol", "placowka", "jednostka",
])  # fmt: skip
_UNIT_OR_BODY = _UNIT_FIRST | _COMMON_BODIES  # a body's head word after a capitalised adjective
# Folded starts of names that pay rather than get: a payer in the subject of "przekazał" is no beneficiary.
_FUNDERS = (
    "wojewod", "wicewojewod", "minist", "urzad marszalk", "urzad wojewodzk", "zarzad wojewodztw",
    "samorzad wojewodztw", "fundusz", "narodow", "bank gospodarstw", "panstwow", "pfron", "nfos", "wfos",
    "instytucj", "agencj", "skarb panstw", "rzad", "kancelari", "centrum projektow", "marszal", "wicemarszal",
    "premier", "prezes rady", "biblioteka narodowa",
)  # fmt: skip
# Office-holders: "Wójt Gminy Rogóźno odebrał voucher" is the gmina's; any other person is nobody's name.
# A voivodeship's own hospital, library or theatre gets money, unlike its office or fund ("Wojewódzki Szpital
# Zespolony" beside "Wojewódzki Fundusz Ochrony Środowiska").
_REGIONAL_BODY = re.compile(
    r"wojewodzk\w*\s+(?:szpital|zespol|bibliotek|dom|muzeum|teatr|przychodni|pogotowi|osrodek\s+kultury)"
)
_OFFICES = (
    "wojt", "burmistrz", "prezydent", "starost", "wicestarost", "zastepca", "sekretarz", "skarbnik",
    "dyrektor", "prezes", "kierownik", "soltys", "radn", "posel", "senator", "przewodnicz", "czlon",
)  # fmt: skip
_OFFICE_OF_UNIT = re.compile(r"^(?:Wójt|Burmistrz|Prezydent|Starosta|Zarząd)\s+(?=(?:Gminy|Miasta|Powiatu)\s)")
_STRAY_CLOSE = re.compile(r"^[^„«“\"]*[”»]\s*")
_TAIL_HEADS = frozenset(["Gmina", "Powiat", "Miasto", "Stowarzyszenie", "Fundacja", "Parafia", "Biblioteka", "Ośrodek"])
# Nominative adjectives that open a body's name before its head ("Gminna Biblioteka", "Miejski Ośrodek").
_TAIL_ADJECTIVE = re.compile(
    r"(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow|Wojewódzk|Regionaln|Publiczn|Pedagogiczn|Samorządow)(?:a|y|i|e)"
)
# Folded names of a kind of school alone, with no place, number or patron: no body named.
_KINDS_OF_SCHOOL = frozenset([
    "zespol szkol", "szkola podstawowa", "publiczna szkola podstawowa", "zespol szkolno-przedszkolny",
    "przedszkole publiczne", "publiczne przedszkole", "liceum ogolnoksztalcace", "zespol szkol i przedszkoli",
])  # fmt: skip
# A level of self-government named by its kind, no unit ("program realizuje Samorząd Powiatowy": every powiat's).
_KINDS_OF_SELF_GOVERNMENT = frozenset([
    "samorzad powiatowy", "samorzad gminny", "samorzad wojewodzki", "samorzad terytorialny", "samorzad lokalny",
    "samorzad wojewodztwa", "samorzad powiatu", "samorzad gminy",
])  # fmt: skip
_BARE_HEADS = frozenset([
    "gmina", "powiat", "miasto", "wojewodztwo", "gminy", "powiatu", "miasta", "nasza gmina", "nasz powiat",
    "nasze miasto",
])  # fmt: skip


def _register_gmina_end(words: list[str]) -> int:
    """How many words open `words` as a gmina head and the register's whole name of a gmina ("Gminy Kazimierz
    Biskupi Grzegorz Nowak" -> 3: the name "Kazimierz Biskupi", not "Kazimierz"); 0 when they name none."""
    if len(words) < 2 or HEAD_FORMS.get(words[0]) not in ("Gmina", "Miasto"):
        return 0
    for end in range(min(len(words), 4), 1, -1):  # the longest name first: no gmina's name has more than 3 words
        if gmina_name(" ".join(words[1:end])) is not None:
            return end
    return 0


def _without_person(name: str) -> str:
    """A unit's name without the office-holder's name after it ("Gminy Bolesławiec Andrzej Dutkowski"); a gmina's
    name the register knows is kept whole ("Gmina Kazimierz Biskupi Grzegorz" -> "Gmina Kazimierz Biskupi")."""
    words = name.split()
    if (whole := _register_gmina_end(words)) and whole < len(words) and fold(words[whole]) in GIVEN_NAMES:
        return " ".join(words[:whole])
    if len(words) >= 4 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]) and words[-2] not in HEAD_FORMS:
        return " ".join(words[:-2])
    return name


# Office-holders who sign beside a wójt or burmistrz: the agreement's other party or a second signer.
_CO_SIGNERS = frozenset([
    "Marszałek", "Wicemarszałek", "Wojewoda", "Wicewojewoda", "Starosta", "Wicestarosta", "Minister", "Wiceminister",
    "Członek", "Członkowie", "Prezes", "Dyrektor", "Sekretarz", "Skarbnik", "Przewodniczący", "Zastępca",
])  # fmt: skip


def _office_unit(name: str) -> str | None:
    """The unit an office-holder heads, without the persons named after it: "Gminy Lipno Jan Nowak i Skarbnik
    Gminy" -> "Gminy Lipno", "Gminy Rybno Pan Jan Nowak" -> "Gminy Rybno" (a given name or "Pan" ends the unit's
    name); "Gminy Jan Nowak", only a person after the head -> None."""
    words = name.split()
    whole = _register_gmina_end(words)  # "Gminy Kazimierz Biskupi Jan Nowak": "Kazimierz" is the gmina's, no person's
    for i, word in enumerate(words[1:], 1):
        if (word in ("Pan", "Pani") or fold(word) in GIVEN_NAMES) and i >= whole:
            words = words[:i]
            break
        if word in ("i", "oraz") and words[i + 1 : i + 2] and words[i + 1] in _CO_SIGNERS:
            words = words[:i]  # "Gminy Sompolno i Wicemarszałek Województwa …": the other signer, no part of it
            break
    while len(words) > 1 and words[-1] in ("i", "oraz", "a"):
        words.pop()  # "Gminy Szczytniki i Krzysztof Grabowski": the "i" joined the two persons, not the name
    return _without_person(" ".join(words)) if len(words) > 1 else None


# "Wniosek Gminy X", "Projekt Powiatu Y", "Samorząd Województwa Z": the unit whose application, project it is.
_OWNER_PREFIX = re.compile(
    r"^(?:Wniosek|Projekt|Oferta|Zadanie|Samorząd|Władze|Budżet)\s+"
    r"(?=(?:Gminy|Powiatu|Miasta|Województwa|Stowarzyszenia|Fundacji|Parafii|Związku|Towarzystwa)\s)"
)
# "Wniosek Miejsko-Gminnego Ośrodka Kultury w X dostał dotację", "Wniosek Muzeum uzyskał …": an application got the
# money for the body it is of, named after it in the genitive (a bare head, "Muzeum", names none).
_APPLICATION_OF = re.compile(rf"^(?:Wniosek|Oferta)\s+(?=[{_CAP}])")


# A payer in the instrumental after a unit's name: the other party of "podpisało umowę z …", not the name.
_WITH_PAYER = re.compile(
    r"\s+ze?\s+(?:Wojewod|Wicewojewod|Marszałk|Minist|Zarząd|Urzęd|Fundusz|Skarb|Województw|Narodow|Bank)\w*\b"
)


_LOCAL_UNITS = frozenset(["Gmina", "Powiat", "Miasto", "Województwo"])


def _role_name(name: str | None, *, unit: bool = False) -> str | None:
    """`name` as a beneficiary in the nominative, or None: a funder, a person, an office-holder, a bare "Gmina"."""
    if not name:
        return None
    if office := _OFFICE_OF_UNIT.match(name):  # "Wójt Gminy Bolesławiec Andrzej Dutkowski": the gmina
        if (headed := _office_unit(name[office.end() :])) is None:
            return None
        name = headed
    if close := _STRAY_CLOSE.match(name):  # "Cyfrowa Gmina” Gmina Rozogi": the end of a quoted title
        name = name[close.end() :]
    if owner := _OWNER_PREFIX.match(name):  # "Wniosek Gminy Lipowa uzyskał …": the gmina's
        name = name[owner.end() :]
    elif owner := _APPLICATION_OF.match(name):  # "Wniosek Stowarzyszenia X dostał …": the body's, in the genitive
        name = from_genitive(name[owner.end() :])
    if other := _WITH_PAYER.search(name):  # "Stowarzyszenie X z Wojewodą" (podpisało umowę): the other party
        name = name[: other.start()]
    name = nominative(name)
    if name.startswith("Powiat w ") and (seated := powiat_seated_in(name.removeprefix("Powiat w "))):
        name = seated  # "Zarząd Powiatu w Lubinie otrzymał …": the powiat by its name, not its seat
    parts = name.split()
    if len(parts) > 2 and parts[1] in _LOCAL_UNITS and parts[0] not in _LOCAL_UNITS:
        name = " ".join(parts[1:])  # "Łącznie Gmina Byczyna pozyskała …": the sentence's first word is no part of it
    folded = fold(name)
    words = folded.split()
    if not words or folded in _BARE_HEADS or folded.startswith(_OFFICES):
        return None
    if folded.startswith(_FUNDERS) and not _REGIONAL_BODY.match(folded):
        return None
    if len(words) == 1 and (words[0] in _UNIT_FIRST or words[0] in _COMMON_BODIES or name in HEAD_FORMS):
        return None  # "Fundacja zdobędzie …", "Szkoła otrzymała …": a kind of body, not a named one
    if folded in _KINDS_OF_SCHOOL:
        return None  # "Zespół Szkół pozyskał dotację" on the school's own page: a kind, no place, number or patron
    if unit and words[0] not in _UNIT_FIRST and not expand_abbreviations(name.split()[0]):
        return None
    return name


def _cues(
    pattern: re.Pattern[str],
    text: str,
    cues: str | None = None,
    starts: tuple[str, ...] = (),
    where: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """The pattern's first _MAX_CUES matches: a page never has more cues, a pathological text costs no more.

    With `cues` and `starts` (the words every match begins with, see `matches_from`, and `where`'s matches)
    it is tried only there.
    """
    found = matches_from(pattern, text, cues, starts, where=where) if cues is not None else pattern.finditer(text)
    return itertools.islice(found, _MAX_CUES)


def _near(
    pattern: re.Pattern[str], text: str, cues: str, word: str, before: int, after: int
) -> Iterator[re.Match[str]]:
    """The pattern's matches that hold `word` (lower case), searched only in a window around each occurrence:
    a pattern that may begin several words before its cue word is not tried at every position of the text."""
    if len(cues) != len(text):
        yield from _cues(pattern, text)
        return
    end = 0
    at = cues.find(word)
    for _ in range(_MAX_CUES):
        if at < 0:
            return
        match = pattern.search(text, max(end, at - before), at + len(word) + after)
        if match and match.start() <= at < match.end():
            end = match.end()
            yield match
        at = cues.find(word, max(at + 1, end))


def _run_at(text: str, start: int, limit: int = 18) -> OrgRun | None:
    """The org run at `start`, read to the end of its line at most (names never run over a line break)."""
    end = text.find("\n", start, start + _NAME_REACH)
    run = org_run(text[start : start + _NAME_REACH if end < 0 else end], 0, limit)
    return OrgRun(run.text, run.start + start, run.end + start) if run else None


# A local government named with a lower-case head: "gminy Nowa Słupia", "powiatowi buskiemu", "miasto Rzeszów".
_LOWER_UNIT = re.compile(
    r"(?P<head>miast(?:o|a|u|em)\s+i\s+gmin(?:a|y|ie|ę|ą)|gmin(?:a|y|ie|ę|ą)|powiat(?:u|owi|em)?|miast(?:o|a|u|em)"
    r"|województw(?:o|a|u|em))[ \t\u00a0]+"  # on one line: "Promesa dla powiatu\n\nOpublikowano: …" names none
    rf"(?P<name>[{_CAP}][\w-]*(?:[ \t\u00a0]+(?:nad|pod|[{_CAP}][\w-]*)){{0,2}}"
    r"|(?P<adjective>[a-ząćęłńóśźż]+(?:-[a-ząćęłńóśźż]+)?(?:sk|ck|dzk)(?:i|a|ie|iego|iej|iemu|im|ą)))\b"
)


def _lower_unit_at(text: str, start: int) -> str | None:
    """The unit at `start` named with a lower-case head, in the nominative ("powiatu buskiego" -> "Powiat Buski")."""
    match = _LOWER_UNIT.match(text, start)
    if match is None:
        return None
    if adjective := match.group("adjective"):
        if not match.group("head").startswith(("powiat", "województw")):
            return None  # "gmina wiejska", "miasto stołeczne": a kind of gmina, not its name (gminas bear nouns)
        name = "-".join(part.capitalize() for part in adjective.split("-"))
    else:
        name = " ".join(match.group("name").split())
    head = " ".join(word if word == "i" else word.capitalize() for word in match.group("head").split())
    return _role_name(f"{head} {name}")


def _unit_at(text: str, start: int) -> str | None:
    """The unit named at `start` ("Gminą Wielka Wieś a …" -> "Gmina Wielka Wieś"), or None."""
    if text[start : start + 1].islower():
        return _lower_unit_at(text, start)
    run = _run_at(text, start, limit=12)
    if run is None or run.start != start:
        return None
    name = before_next_body(split_orgs(run.text)[0][0])  # "Stowarzyszeniu X w Y Regionalne Centrum …": X in Y
    if name.endswith(")") and "(" not in name:  # "lider projektu (Miasto Opole)"
        name = name[:-1]
    words = name.split()
    for i, word in enumerate(words[1:], 1):  # "Gminie Rybno 100 000 zł": a sum, not a number in the name
        if word[:1].isdigit() and words[i - 1].lower() not in ("nr", "nr."):
            words = words[:i]
            name = " ".join(words)
            break
    if len(words) > 2 and len(words[-1]) == 1 and words[-1].isupper():  # "Wójt Gminy X P. Jan Nowak": "Pan"
        words = words[:-1]
        name = " ".join(words)
    if HEAD_FORMS.get(words[0]) in _LOCAL_UNITS:
        # "Powiat Wąbrzeski i Instytucja Pośrednicząca": a unit's name ends at "i", but not "Miasto i Gmina …"
        for i, word in enumerate(words[1:], 1):
            if word in ("i", "oraz", "a") and not (i == 1 and words[2:3] and words[2] in HEAD_FORMS):
                name = " ".join(words[:i])
                break
            if i >= 2 and HEAD_FORMS.get(word) in _LOCAL_UNITS and not (i == 2 and words[1] == "i"):
                name = " ".join(words[:i])  # "Gminie Zielonki Województwo Małopolskie udzieliło": the next unit
                break
    return _role_name(name)


# --------------------------------------------------------------------------- beneficiary cues

_BENEFICIARY_LABEL = re.compile(
    r"(?<![\w])(?:Wnioskodawc[ay]|Beneficjen(?:t|ci)(?:\s+projektu)?|Grantobiorc[ay]|Nazwa\s+(?:beneficjenta|wnioskodawcy))"
    r"(?:[ \t\u00a0]*/[ \t\u00a0]*Realizator(?:\s+projektu|\s+zadania)?)?"  # "Wnioskodawca/Realizator:"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
# A table row flattened to a line: "Beneficjent Gmina Makietowo".
_BENEFICIARY_ROW = re.compile(rf"^(?:Beneficjent|Wnioskodawca|Grantobiorca)[ \t\u00a0]+(?=[{_CAP}])", re.MULTILINE)
_BENEFICIARY_ROW_STARTS = ("beneficjent", "wnioskodawca", "grantobiorca")  # where its matches begin
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d+[.)])\s")
_LIST_MARK = re.compile(r"^\s*[•*▪◦·]\s*")
_BENEFICIARY_IS = re.compile(
    r"\b(?:(?:główn|jedyn|bezpośredni|ostateczn)\w*\s+)?(?:Beneficjent|Grantobiorc|Wnioskodawc)(?:em|ami|ą)\s+"
    r"(?:(?:i|oraz|a\s+zarazem)\s+realizatorem\s+)?"  # "Beneficjentem i realizatorem projektu jest …": both
    r"(?:(?:projektu|zadania|dotacji|środków|programu|grantu|dofinansowania|wsparcia)\s+)?"
    r"(?:jest|są|był[aoy]?|został[aoy]?)\s+",
    re.IGNORECASE,
)
_BENEFICIARY_IS_STARTS = ("główn", "jedyn", "bezpośredni", "ostateczn", "beneficjent", "grantobiorc", "wnioskodawc")
# "Gminny Ośrodek Kultury w Luzinie znalazł się wśród beneficjentów", "Gmina X jest beneficjentem".
_IS_BENEFICIARY = re.compile(
    r"\b(?:(?:jest|był[aoy]?|został[aoy]?|zostanie)\s+(?:jednym\s+z\s+|jedną\s+z\s+|zarówno\s+)?(?:beneficjent(?:em|ów)|grantobiorc(?:ą|ów))"
    r"|znalazł[aoy]?\s+się\s+(?:wśród|w\s+gronie)\s+beneficjentów)\b",
    re.IGNORECASE,
)
# A headline with no verb: "Gminny Ośrodek Kultury w X beneficjentem programu Narodowego Centrum Kultury".
_HEADLINE_BENEFICIARY = re.compile(
    r"^(?P<name>[^\n]{3,150}?)[ \t]+beneficjentem[ \t]+(?:programu|projektu|konkursu|naboru|dotacji)\b", re.MULTILINE
)
# "Wśród nagrodzonych jest Koło X", "W gronie beneficjentów znalazła się Gmina Y": one unit among those who got
# money, named after a singular verb ("Wśród nagrodzonych są koła z …" names many).  Also "Jednym z beneficjentów
# jest także Gmina X", "Jedną z gmin, które dostały dofinansowanie, jest gmina Y" (the relative clause must say they
# got it) and "Jedną z nich dostała Gmina Z" (a verb of getting: money must be said in its sentence or the one
# before, where "nich" points).
_AMONG_GETTERS = re.compile(
    r"(?<![\w])(?:(?i:wśród|w\s+gronie)|(?i:jednym|jedną)\s+z)\s+(?:(?i:nagrodzonych|beneficjentów|wyróżnionych"
    r"|dofinansowanych|laureatów|grantobiorców|zwycięzców|nich)"
    r"|(?i:gmin|powiatów|samorządów|miast|jednostek|organizacji|stowarzyszeń|parafii|szkół|kół|klubów)"
    r",?\s+(?i:które|którzy)\s+(?P<relative>[^,.;:\n]{1,100}?),)"
    r"\s+(?i:(?:programu|projektu|konkursu|naboru|dotacji|grantu|zadania|edycji)\s+)?"
    r"(?:(?i:jest|był[aoy]?|został[aoy]?|znalazł[aoy]?\s+się|znajduje\s+się)"
    r"|(?P<got>(?i:dostał[aoy]?|otrzymał[aoy]?|dostanie|otrzyma)))\s+"
    r"(?:(?i:także|również|też|m\.\s?in\.)\s+)?"
    rf"(?=[{_CAP}]|(?:gmin[ay]|powiat|miasto)\s+[{_CAP}a-ząćęłńóśźż])"
)
# Verbs of getting money; a singular form of any of them (and the past of otrzymać/pozyskać/uzyskać) takes any
# organisation as its subject ("Teatr Lalki i Aktora dostał", "Muzeum X otrzyma"), a plural only a unit ("Szkoły
# otrzymają wsparcie" names no beneficiary).
_GOT = re.compile(
    r"\b(?:(?P<past>otrzymał|pozyskał|uzyskał)[aoyi]?|otrzymali|pozyskali|uzyskali"
    r"|otrzymuj[eą]|otrzyma(?:ją)?|pozyskuj[eą]|pozyska(?:ją)?|uzyskuj[eą]|uzyska(?:ją)?"
    # the imperfective past: "Gmina X otrzymywała co roku dotację", "Stowarzyszenie Y pozyskiwało środki"
    r"|(?:otrzymyw|pozyskiw|uzyskiw|dostaw|zdobyw)a(?:ł[aoy]?|li)"
    r"|dostał[aoyi]?|dostali|dostaj[eą]|dostanie|dostaną"
    r"|zdobył[aoyi]?|zdobyli|zdobywa(?:ją)?|zdobędzie|zdobędą|odebrał[aoyi]?|odebrali|wywalczył[aoyi]?"
    r"|wywalczy(?:ła|li)?)\b",
    re.IGNORECASE,
)
# A sum or a word for money: what makes "otrzymała …" a grant and not a prize or a letter.
_MONEY = re.compile(
    r"dofina|dotac|dotow|wsparci|(?<![\w])środk|grant|subwencj|promes|pieni[ąę]d|\bczek|voucher|kwot"
    r"|\bzł|złot|zlot|\bPLN|\bmln\b|\btys\b|milion|miliard|budżetu\s+państwa",  # "pozyskał z budżetu państwa"
    re.IGNORECASE,
)
# "… i gmina Szczucin dostała": a lower-case head before a capitalised name.
_LOWER_HEAD = re.compile(
    rf"(?<![\w])([Gg]mina|[Pp]owiat|[Mm]iasto)\s+((?:[{_CAP}][\w-]*\s+){{1,3}}|[a-ząćęłńóśźż]+(?:ski|cki|dzki)\s+)$"
)
# "… gmina dostanie 642 736,57 zł", "Nasza gmina dostała …": the gmina the passage names.
_BARE_SUBJECT = re.compile(r"(?<![\w])(?:[Nn]asza\s+)?([Gg]mina|[Pp]owiat)(?:\s+[a-ząćęłńóśźż]+){0,5}\s*$")
# A pronoun for the money between "i" and the second verb: "Gmina X wystąpiła z wnioskiem i je dostała".
_OBJECT = r"(?:\s+(?:je|ją|go|to|ich))?"
_COORDINATION_END = re.compile(rf"\s(?:i|oraz){_OBJECT}\s*$")
# "…, gmina po raz drugi przystąpiła do projektu i uzyskała …": a bare gmina, the subject of both verbs.
_BARE_COORDINATED = re.compile(
    rf"(?<![\w])(?:[Nn]asza\s+)?([Gg]mina|[Pp]owiat)\s+[a-ząćęłńóśźż][^,.;:\n]{{0,80}}?\s(?:i|oraz){_OBJECT}\s*$"
)
# "… gmina Trzcianka stanęła do naboru i dostała …": a lower-case head and its name, the subject of both verbs.
_LOWER_COORDINATED = re.compile(
    rf"(?<![\w])([Gg]mina|[Pp]owiat|[Mm]iasto)\s+((?:[{_CAP}][\w-]*\s+){{1,3}})[a-ząćęłńóśźż][^,.;:\n]{{0,80}}?\s(?:i|oraz){_OBJECT}\s*$"
)
# The verb phrase between a sentence's subject and "i" + a second verb ("… wystartowało w konkursie i zdobyło").
_COORDINATED = re.compile(rf"\s[a-ząćęłńóśźż][^,.;:\n]{{0,150}}?\s(?:i|oraz){_OBJECT}\s*$")
_NAMED_UNIT = {
    "Gmina": GMINA_NAMED,  # (local_offices reads the same heads for a bare organ's unit)
    "Powiat": re.compile(rf"{POWIAT_HEAD}(?=[{_CAP}])"),
    "Województwo": re.compile(rf"(?<![\w-])[Ww]ojewództw(?:o|a|u|em|ie)[ \t\u00a0]+(?=[{_CAP}])"),
}
# Heads whose name is an adjective ("Powiatu Tomaszowskiego"): a capitalised word that is none is not the name
# ("Skarbnik Powiatu Barbara Nowak").
_ADJECTIVE_NAMED = frozenset(["Powiat", "Województwo"])
_ADJECTIVE_WORD = re.compile(r"[\w-]*(?:sk|ck|dzk)\w*")
_UNIT_HEAD = re.compile(r"(?:Gmina|Powiat|Miasto|Województwo|Stowarzyszenie|Fundacja|Parafia|Związek|Spółdzielnia)\b")
# "Projekt zgłoszony przez Gminę Lesznowola", "Wnioski złożone przez Gminę Udanin": the applicant.
_APPLIED_BY = re.compile(
    r"\b(?i:wnios\w*|projekt\w*|ofert\w*)\s+(?:pn\.\s+)?(?:[^\s.]+\s+){0,3}?"
    r"(?i:złożon[aeyią]|zgłoszon[aeyią]|przygotowan[aeyią]|złożony|zgłoszony|przygotowany)\s+przez\s+"
    r"(?=(?:Gminę|Powiat|Miasto|Stowarzyszenie|Fundację|Parafię|Spółdzielnię|Związek"
    # "wniosek złożony przez Miejsko-Gminny Ośrodek Kultury w X": a public body's whole name
    r"|(?:Miejsko-Gminny|Gminny|Miejski|Powiatowy)\s+Ośrodek|Ośrodek|Centrum)\s)"
)
# "… wniosek, który Gmina Dolsk złożyła …": the applicant is the unit that gets the money, unless the text says the
# application still waits ("Czekamy na rozpatrzenie wniosków": an applicant only; tests/realtext/README.md).
_PENDING = re.compile(
    r"\b(?:czeka\w*|oczekuj\w*)\s+(?:\w+\s+)?na\s+(?:rozpatrzeni|rozstrzygnięci|wynik|ocen|decyzj)\w*"
    r"|\bw\s+trakcie\s+(?:oceny|rozpatrywania)|\bzostan(?:ie|ą)\s+rozpatrzon\w*"
)
_PENDING_WORDS = ("czeka", "oczekuj", "trakcie", "rozpatrzon")  # each branch of _PENDING holds one
_APPLIED = re.compile(r"\bzłożył(?:a|o|y|i)?\b", re.IGNORECASE)
# A public body named in full as the applicant, not only a local government or an NGO: "Ośrodek Pomocy Społecznej
# w X złożył … projekt", "ofertą, którą złożyła Parafia X", "„Tytuł” zgłoszony przez Dom Kultury w X".
_SUBMITTED_BY_STARTS = ("złożon", "zgłoszon", "przygotowan")  # where its matches begin
_SUBMITTED_BY = re.compile(rf"\b(?i:{_either(_SUBMITTED_BY_STARTS)})\w*\s+przez\s+(?=[{_CAP}])")
_APPLICATION = re.compile(r"wnios|ofert|projekt")  # on the lower-cased text
_ANOTHER_APPLICANT = re.compile(rf"\s(?:i|oraz|a)\s+przez\s+[{_CAP}]")
# The passage says money was granted: a body's application alone names no beneficiary ("Zarząd Dróg złożył wniosek").
_GRANT_SAID = ("przyznan", "przyznał", "otrzyma", "dostał", "dostan", "uzyskał", "pozyskał")
_GRANT_SAID_PHRASE = re.compile(r"wybran\w*\s+do\s+(?:dotacji|dofinansowania)|umow\w*\s+o\s+dofinansowanie")


def _grant_said(lowered: str) -> bool:
    """Whether the (lower-cased) passage says money was granted (`_GRANT_SAID`, `_GRANT_SAID_PHRASE`)."""
    if any(word in lowered for word in _GRANT_SAID):
        return True
    return ("wybran" in lowered or "umow" in lowered) and bool(_GRANT_SAID_PHRASE.search(lowered))


# The common lower-case heads first: the `any(head in text …)` tests stop at the first one found.
_UNIT_DATIVES = (
    r"gminie|powiatowi|miastu"  # a lower-case head needs a name after it ("gminie Rybno", "powiatowi buskiemu")
    r"|Gminie|Powiatowi|Miastu|Województwu|Stowarzyszeniu|Fundacji|Parafii|Ośrodkowi|Związkowi|Bibliotece"
    r"|Ochotniczej\s+Straży\s+Pożarnej"  # "dotacja udzielona Ochotniczej Straży Pożarnej w X przez Gminę Y"
)
_HEADS_DATIVE = (
    _UNIT_DATIVES
    # any body that gets money in its own name, after one adjective at most: "przyznali Śląskiemu Bankowi Żywności"
    # (not a locative of the same form: "przekazano w Szkole Podstawowej")
    + rf"|(?<![Ww]\s)(?<![Ww]e\s)(?<!przy\s)(?<![\s(]o\s)(?:[{_CAP}][a-ząćęłńóśźż-]+(?:emu|ej)\s+)?"
    + rf"(?:{'|'.join(BODY_DATIVES)}|(?:Muzeum|Hospicjum|Centrum)(?=\s+[{_CAP}][\w-]*emu\b))"
)
_HEADS_GENITIVE = (
    r"gminy|powiatu|miasta|województwa|Gminy|Powiatu|Miasta|Województwa|Stowarzyszenia|Fundacji|Parafii|Związku"
    r"|Spółdzielni|Ochotniczej\s+Straży\s+Pożarnej|OSP"
)
# The heads' first words as printed: a text with none of them has no match of the patterns that need one.
_DATIVE_WORDS = (*(head.split("\\")[0] for head in _UNIT_DATIVES.split("|")), *BODY_DATIVES)
# The adjective of a dative head ("Gminnemu Ośrodkowi Pomocy Społecznej"), right before it.
_DATIVE_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:Gminnemu|Miejskiemu|Miejsko-[Gg]minnemu|Powiatowemu|Regionalnemu"
    r"|Gminnej|Miejskiej|Miejsko-[Gg]minnej|Powiatowej|Publicznej|Wojewódzkiej)\s+$"  # "Publicznej Bibliotece …"
)
_GENITIVE_WORDS = tuple(head.split("\\")[0] for head in _HEADS_GENITIVE.split("|"))
# "wręczyła wójtowi gminy Rybno czek": the unit the office-holder heads, named in the genitive after the office.
# (or the town in the genitive: "wręczył burmistrzowi Rybna promesę")
_OFFICE_DATIVE = (
    r"(?i:wójtowi|burmistrzowi|staroście|prezydentowi)\s+"
    rf"(?:(?P<of>(?i:gminy|miasta|powiatu))|(?P<town>[{_CAP}][a-ząćęłńóśźż-]+(?=[\s,.])))"
)
_OFFICE_DATIVES = ("wójtowi", "burmistrzowi", "staroście", "prezydentowi")
# "przyznano Gminie Rybno …", "Wojewoda przekazał Powiatowi Nyskiemu …", "Gmina Nur dołożyła Powiatowi …".
_GRANTED_TO = re.compile(
    # every person and tense: "przyznali Śląskiemu Bankowi Żywności", "przekażą Gminie X", "udzielili Klubowi Y"
    r"\b(?i:przyznan[oay]|przyzna(?:ł[aoy]?|li|je|ją)?|przekazan[oay]|przekazał[aoy]?|przekazali|przekazuj[eą]"
    r"|przekaż[eą]|przydzielon[oay]|przydzielił[aoy]?|przydzielili|dołożył[aoy]?|dołożyli"
    r"|przypadł[aoy]?|przypadnie|przypadną"
    r"|udzielił[aoy]?|udzielili|udzielon[oay]|udziela(?:ją)?|udziel[iąa]"  # "Województwo udzieliło Gminie Zielonki …"
    # "Wniosek przyniósł Bibliotece X 2810 zł"
    r"|(?P<brought>przyniósł|przyniosł[aoy]|przynieśli|przyniesie|przyniosą))\s+"
    rf"(?:[^\s.]+\s+){{0,6}}?(?P<head>{_HEADS_DATIVE}|{_OFFICE_DATIVE}|(?P<acronym>[{_CAP}]{{3,6}}))\s",
)
# "wręczyła ona Gminie Gołcza dwie promesy": handed over to a unit (money must be near: not a diploma).
_HANDED_TO = re.compile(
    rf"\b(?i:wręczył[aoy]?|wręczyli|wręcza(?:ją)?|wręczy)\s+(?:[^\s.]+\s+){{0,3}}?"
    rf"(?P<head>{_HEADS_DATIVE}|{_OFFICE_DATIVE})\s"
)
# "Gminie Czaplinek przyznano dotację": the dative before the verb.
_GRANTED_BEFORE = re.compile(
    # the name's words, its seat and number too ("Ochotniczej Straży Pożarnej w X", "Szkole Podstawowej nr 1 w Y"),
    # never after a preposition ("w Gminie X przyznano 20 stypendiów": a place)
    rf"(?<![\w])(?<![Ww]\s)(?<![Ww]e\s)(?P<head>{_HEADS_DATIVE})\s+"
    rf"(?:(?:[{_CAP}„][\w”-]*|w|we|nr|im\.|pw\.|\d+)\s+){{1,8}}"
    r"(?i:przyznan[oay]|przekazan[oay]|przypadł[aoy]?|przypadnie|udzielon[oay]|udzielił[aoy]?|udzieliło"
    r"|udało\s+się\s+(?:pozyskać|uzyskać|zdobyć|otrzymać|wywalczyć)"
    # a resolution's impersonal grant, of money only: "Gminie X udziela się dotacji", "Stowarzyszeniu Y przyznaje się
    # dotację celową" ("Gminie X powierza się zadanie", "udziela się pełnomocnictwa" give no money)
    r"|(?:udziela|przyznaje|przekazuje)\s+się\s+(?=(?:\S+\s+){0,3}?(?:dotacj|pomoc\w*\s+finansow|dofinansowa|środk|grant))"
    r"|(?:zostanie|zostaje|został[aoy]?)\s+(?:udzielon|przyznan|przekazan)[aeoy]\s+"
    r"(?=(?:\S+\s+){0,2}?(?:dotacj|pomoc\w*\s+finansow|dofinansowa|środk|grant|kwot)))\b"
)
# A public body named in the genitive after money and "dla"/"do": "Dotacja dla Gminnej Biblioteki Publicznej w X",
# "… trafi do Muzeum Regionalnego w Y" (a library, a culture centre, a museum, a club, a school named in full).
_BODY_GENITIVE = (
    rf"(?:[{_CAP}][a-ząćęłńóśźż-]+(?:ej|ego)\s+){{0,2}}"
    r"(?:Biblioteki|(?:Ośrodka|Centrum|Domu)\s+Kultury|Muzeum|Koła\s+Gospodyń|Klubu|Teatru|Towarzystwa"
    # a hospital, a care home, a hospice, a food bank, a UTW, a parish ("40 tys. zł dla Szpitala Powiatowego w X")
    r"|Szkoły\s+Podstawowej|Zespołu\s+Szkół|Szpitala|Domu\s+Pomocy|Hospicjum|Banku\s+Żywności|Uniwersytetu|Parafii)"
)
# "do Gminy Połaniec trafi 99 999,75 zł", "trafi do Gminy Puszcza Mariańska".
# Every tense of "trafić", and its infinitive after a modal ("ma trafić", "miało trafić"); "na rzecz" for "do".
_GOES_TO = re.compile(
    rf"\btraf(?:i|ią|iło|iła|ił|iły|ia|iają|ić)\s+(?:[^\s.]+\s+){{0,4}}?do\s+(?:budżetu\s+|kasy\s+)?"
    rf"(?P<head>{_HEADS_GENITIVE})\s"
    rf"|(?<![\w])(?:[Dd]o|[Nn]a\s+rzecz)\s+(?P<head2>{_HEADS_GENITIVE}|{_BODY_GENITIVE})\s+"
    rf"(?:(?:[{_CAP}„][\w”-]*|w|we|im\.|nr)\s+){{1,6}}"
    r"(?:(?:ma|mają|miał[aoy]?|może|mogą)\s+)?traf(?:i|ią|iło|iła|ił|iły|ia|iają|ić)\b"
)
# "trafi do Gminnego Ośrodka Pomocy Społecznej w X", "dotacja dla Ośrodka …": a welfare centre got the money.
_CENTRE_GETS = re.compile(
    r"(?:\btraf(?:i|ią|iło|iła|ił|iły)\s+(?:[^\s.]+\s+){0,4}?do"
    r"|(?i:dofinansowa\w*|dotacj\w*|grant\w*|środk\w*|wsparci\w*|zł|złotych)\s+(?:[^\s.]+\s+){0,6}?dla)\s+"
    r"(?P<centre>(?:(?:Gminnego|Miejskiego|Miejsko-[Gg]minnego|Powiatowego|Regionalnego)\s+)?"
    r"(?:Ośrodka\s+Pomocy|Centrum\s+(?:Pomocy|Usług)))"
)
_CENTRE_GETS_STARTS = ("traf", "dofinansowa", "dotacj", "grant", "środk", "wsparci", "zł")
# "Dofinansowanie dla Gminy Myślibórz", "Grant Ministerstwa … dla Miasta Włocławek".
_FOR_UNIT = re.compile(
    r"(?i:dofinansowa\w*|dotacj\w*|grant\w*|środk\w*|pieniądz\w*|pieniędz\w*|wsparci\w*|promes\w*|zł|złotych)"
    rf"\s+(?:[^\s.]+\s+){{0,6}}?dla\s+(?P<head>{_HEADS_GENITIVE})\s"
)
_BODY_HEAD = re.compile(_BODY_GENITIVE)  # (not a unit's head: "do gminy Pilzno trafi" reads as a unit)
_BODY_GENITIVE_WORDS = (
    "Bibliotek", "Kultury", "Muzeum", "Koła", "Klubu", "Teatru", "Towarzystwa", "Szkoły", "Zespołu", "Szpitala",
    "Domu", "Hospicjum", "Banku", "Uniwersytetu", "Parafii",
)  # fmt: skip
_FOR_BODY = re.compile(
    r"(?i:dofinansowa\w*|dotacj\w*|grant\w*|środk\w*|pieniądz\w*|pieniędz\w*|wsparci\w*|promes\w*|zł|złotych)"
    rf"\s+(?:[^\s.]+\s+){{0,6}}?(?:dla|do)\s+(?P<body>{_BODY_GENITIVE})\s"
)
_FOR_UNIT_STARTS = ("dofinansowa", "dotacj", "grant", "środk", "pieniądz", "pieniędz", "wsparci", "promes", "zł")
# Goods bought with the money: a unit they are "dla" uses them; the money went to whoever bought them.
_GOODS_WORDS = r"zakup|wyposaż|sprzęt|samochod|pojazd"
_GOODS = re.compile(rf"{_GOODS_WORDS}|\bwoz[uy]\b|\bwóz\b", re.IGNORECASE)
_GOODS_FOR = re.compile(
    rf"(?:{_GOODS_WORDS})\w*[^.;:\n]{{0,50}}?\bdla\s+(?:\w+\s+)?(?:[^.;:\n]{{1,40}}?\s(?:i|oraz)\s+)?$",
    re.IGNORECASE,
)
# Things handed over that are no money: a body given a banner, a cup or books got no grant ("przekazali Szkole X
# sztandar", "wręczył Bibliotece Y dyplom").
_GIFTS = re.compile(
    rf"{_GOODS.pattern}|(?<![\w])(?:sztandar|dyplom|puchar|medal|statuet|certyfikat|tablic|odznak|podziękowa|upomin"
    r"|książ)",
    re.IGNORECASE,
)
# "Gmina Ornontowice z dofinansowaniem z Polskiego Ładu" (a headline).
_WITH_GRANT = re.compile(r"\s+z\s+(?:dofinansowaniem|dotacją|grantem|promesą)\b")
# Funding agreements: "Umowę o dofinansowanie … Gmina Skwierzyna … zawarła", "umowy … zawartej między Gminą …".
_SIGNED = re.compile(
    r"\b(?:zawar(?:ł[aoy]?|li|ły|to|t[aąeyi]|tej)|podpisał[aoy]?|podpisali|podpisały|podpisano|(?:po)?między)\b",
    re.IGNORECASE,
)
# A voivodeship's board or self-government as the other party pays (regional programmes, LEADER); "umowa o
# przyznaniu pomocy" is the PROW agreement's own name.
_FUNDING_CONTEXT = re.compile(
    r"finans|dotac|grant|wojewod|minist|marszał|fundusz|instytucj|przyznaniu\s+pomocy"
    r"|(?:zarząd|samorząd)\w*\s+województw|województwem|skarb\w*\s+państwa",
    re.IGNORECASE,
)
# A party said to get a sum ("umowy podpisano z gminą X, która otrzyma 25 tys. zł"), in no works contract (where the
# contractor is paid: "z firmą Y, która otrzyma 2 mln zł za budowę").
_GETS_SUM = re.compile(r"\b(?:otrzyma|dostan|dostał)\w*\s+(?:ponad\s+|około\s+|blisko\s+|prawie\s+)?\d", re.IGNORECASE)
_WORKS_CONTRACT = re.compile(r"wykonaw|firm|przetarg|wynagrodz|\bza\s+(?:budow|wykonani|remont|dostaw)", re.IGNORECASE)
# The parties of an agreement, named in the nominative or the instrumental ("… a Gminą Ochotnica Dolna").
_PARTY = re.compile(
    r"(?<![\w])(?:(?:Wójt|Burmistrz|Prezydent|Starosta)\s+(?:Gminy|Miasta(?:\s+i\s+Gminy)?|Powiatu)"
    r"|Gmin[aą](?:\s+i\s+Miast(?:o|em))?|Powiat(?:em)?|Miast(?:o|em)(?:\s+i\s+Gmin[aą])?|Stowarzyszeni(?:e|em)|Fundacj[aą]|Parafi[aą]"
    rf"|Spółdzielni[aą]|Związek|Związkiem|Województw(?:o|em)|Ochotnicz[aą]\s+Straż[ą]?\s+Pożarn[aą]|OSP"
    # "Miejsko-Gminny Ośrodek Pomocy Społecznej w X podpisał umowę", "umowę z Lokalną Grupą Działania „Y”"
    r"|(?:(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow)[ey]\s+)?(?:Ośrodek\s+Pomocy|Centrum\s+(?:Pomocy|Usług))"
    rf"|Lokaln[aą]\s+Grup[aą]\s+Działania)\s+(?=[{_CAP}„\"]|p\.\s?w\.|pw\.|pod\s+wezwaniem\s)"  # "Parafia pw. Św. X"
)
# "… oraz członkowie Zarządu Stowarzyszenia „Dom z Sercem”", "Prezes Fundacji X": the board signs for its body.
_PARTY_BOARD = re.compile(
    r"(?<![\w])(?:[Cc]złonk(?:owie|ów)\s+)?(?:Zarząd(?:u)?|[Pp]rezes(?:a)?)\s+"
    r"(?P<unit>Stowarzyszenia|Fundacji|Towarzystwa|Federacji|Spółdzielni|Związku|Ochotniczej\s+Straży\s+Pożarnej)\s"
)
# A public body's director signs its funding agreement for it: "Dyrektor Samodzielnego Publicznego Zespołu Zakładów
# Opieki Zdrowotnej w X Jan Nowak", "dyrektor Muzeum Regionalnego w Y" (the body, named in the genitive).
_PARTY_DIRECTOR = re.compile(
    rf"(?<![\w])[Dd]yrektor(?:a|ka|ki)?\s+(?P<unit>(?:[{_CAP}][a-ząćęłńóśźż-]+(?:ego|ej)\s+){{0,3}}"
    r"(?:Szpitala|Zespołu|Zakładu|Muzeum|Biblioteki|Domu|Ośrodka|Centrum|Teatru|Szkoły|Przedszkola|Hospicjum|Banku)\s)"
)
# "podpisali wójt gminy Lipowa i wojewoda": an office-holder written in lower case before a lower-case unit.
_PARTY_OFFICE = re.compile(
    rf"(?<![\w])(?:[Ww]ójt|[Bb]urmistrz|[Ss]tarosta|[Pp]rezydent)\s+(?P<unit>(?:gminy|miasta|powiatu)\s+(?=[{_CAP}a-ząćęłńóśźż]))"
)
# A party written with a lower-case head, then its name or adjective: "podpisał z powiatem białogardzkim", "umowy
# podpisano z gminą Gryfów Śląski" (`_unit_at` reads it); "Władze Gminy Sompolno … podpisali": the unit's authorities.
_PARTY_LOWER = re.compile(
    r"(?<![\w])(?:gmin[aą]|powiat(?:em)?|miast(?:o|em))[ \t\u00a0]+"
    rf"(?=[{_CAP}]|[a-ząćęłńóśźż-]+(?:sk|ck|dzk)(?:i|im|ą)\b)"
)
_PARTY_AUTHORITIES = re.compile(
    r"(?<![\w])[Ww]ładz(?:e|om|ami)\s+(?P<unit>(?:Gminy|Miasta|Powiatu|gminy|miasta|powiatu)\s)"
)
# A unit's representatives sign for it: "przedstawiciele powiatu człuchowskiego", "przedstawiciele Gminy Rybno", a
# bare "przedstawiciele gminy" (the one gmina the passage names).
_PARTY_REPRESENTED = re.compile(
    r"(?<![\w])[Pp]rzedstawiciel(?:e|i|ami)\s+(?P<unit>(?P<bare>gminy|powiatu|Gminy|Powiatu)\b)"
)


def _funding_beside(text: str, end: int, sentence: str) -> bool:
    """Whether the sentence right after an agreement's sentence says what it funds (`_FUNDING_CONTEXT`): "Umowę
    podpisał powiat X. Dofinansowanie wynosi …"; never a works contract (a contractor, a tender) in the sentence
    itself.  (The sentence before is no such clue: "… dostały cztery gminy. Umowę podpisała gmina X" is a round-up.)"""
    if _WORKS_CONTRACT.search(sentence):
        return False
    return bool(_FUNDING_CONTEXT.search(text, end, _sentence_stop(text, min(len(text), end + 1), 300)))


# A date's "r." before a capital ends no sentence still lacking its parties ("… 2020 r. Wicemarszałek …").
_YEAR_ABBREVIATION = re.compile(r"\d\s*r\.\s*$")
_OFFICE_BEFORE = re.compile(r"\b(?:prezes|wójt|burmistrz|starosta|dyrektor|kierownik|przewodnicząc\w*)\s+$")
_QUOTED = re.compile(r"„[^”\n]*”|\"[^\"\n]*\"")
_LOCAL_GOVERNMENT = re.compile(r"(?:Gmina|Powiat|Miasto|Województwo)\s")
# "Liderem projektu jest Gmina Osjaków": the leader of a partnership signs the funding agreement.
_LEADER_IS = re.compile(
    r"\bLiderem\s+(?:projektu\s+|partnerstwa\s+)?(?:jest|był[aoy]?|został[aoy]?)\s+"
    r"|\b[Ll]ider(?:em)?\s+(?:projektu|partnerstwa)\s+\(\s*"
    r"|(?<![\w])Lider(?:\s+projektu|\s+partnerstwa)?[ \t\u00a0]*:[ \t\u00a0]*"
)
# "Gmina Iwaniska, działając jako Lider Projektu, …": the subject before.
_AS_LEADER = re.compile(r",\s+(?:działając\s+|występując\s+)?jako\s+[Ll]ider(?:\s+[Pp]rojektu|\s+[Pp]artnerstwa)?\b")
# "Miasto Koło kupiło 60 zestawów dzięki dofinansowaniu …": the unit that opens the sentence.
_THANKS_TO = re.compile(
    r"\bdzięki\s+(?:(?:pozyskanemu|otrzymanemu|uzyskanemu|przyznanemu|pozyskanej|otrzymanej|uzyskanej|przyznanej"
    r"|pozyskanym|otrzymanym|uzyskanym|przyznanym)\s+)?(?:dofinansowaniu|dotacji|środkom|wsparciu|grantowi|pieniądzom)\b",
    re.IGNORECASE,
)
# A verb of carrying a project out (any person, tense or aspect, or its infinitive after a modal: "mogło zrealizować"):
# a unit that runs a project the money went to is its implementer, not said to get the money (tests/realtext/README.md,
# `beneficiary`: "Gmina X realizuje projekt … współfinansowany …" names no beneficiary).
_RUNS = re.compile(r"(?<![\w])(?:z?realiz|(?:po|prze)?prowadz|wdraż)\w*", re.IGNORECASE)
# After a fronted "Dzięki pozyskanemu dofinansowaniu …": the unit and the verb it is the subject of.
_UNIT_THEN_VERB = re.compile(
    rf"(?<![\w])(?P<name>[{_CAP}][\w-]*(?:\s+(?:[{_CAP}„][\w”-]*|w|we|nr|im\.))*)"
    r"\s+(?P<verb>[a-ząćęłńóśźż]+(?:ł|ła|ło|li|ły|uje|ują))\b"
)


def _labelled_value(text: str, end: int) -> str:
    """The value after a label: the rest of the line, or the next line when the label ends one."""
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)]
    if line.strip() or line_end < 0:
        return line
    following = text[line_end + 1 :].lstrip("\n \t\u00a0")
    return following.split("\n", 1)[0]


_STOP_LOOK = 4  # characters past a position a stop before it may need to see (the spaces and capital after its mark)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts: after a line break or a full stop before a capital (a sentence's
    first letter starts its own sentence: the scan sees the capital after the stop, not a stop after `position`)."""
    window = max(0, position - 400)
    start = window
    for stop_start, stop_end, word in _sentence_stops(text, window, min(len(text), position + _STOP_LOOK)):
        if stop_end > position:
            break  # a stop at or after `position` (a line break right at it ends the sentence holding it)
        if text[stop_start] != "\n" and text.rfind("„", start, stop_start) > text.rfind("”", start, stop_start):
            continue  # "pn. „Stargard i Greifswald razem dla kultury. 8. Art. Festiwal”": inside a quoted title
        if word is None or word.lower() not in _NOT_STOPS:
            start = stop_end
    return start


def _sentence_stop(text: str, position: int, limit: int = 100) -> int:
    """Where the sentence holding `position` ends, at most `limit` characters on."""
    for _, stop_end, word in _sentence_stops(text, position, position + limit):
        if word is None or word.lower() not in _NOT_STOPS:
            return stop_end
    return min(len(text), position + limit)


def _money_near(text: str, start: int, end: int, *, sentences: int = 1) -> bool:
    """A sum or a word for money in the sentence of text[start:end] (and the `sentences` - 1 after it)."""
    stop = end
    for _ in range(sentences):  # (a sentence may put a programme's long name between the verb and the money)
        stop = _sentence_stop(text, stop + 1, limit=200)
    if text[end : end + 3].lstrip(" \t").startswith(":"):  # "Gmina X otrzymała:\n– dofinansowanie: 131.824,80 zł"
        stop = max(stop, end + len(_list_after(text, end)))
    return bool(_MONEY.search(text, _sentence_start(text, start), stop))


@functools.lru_cache(maxsize=16)  # asked once per bare "gmina"; the answer is the passage's
def _named_unit(text: str, head: str) -> str | None:
    """The one gmina (powiat) the passage names, in any case ("Gminie Kadzidło", "gminy Kadzidło"); None if not one."""
    names = set()
    for match in _NAMED_UNIT[head].finditer(text):
        run = _run_at(text, match.end(), limit=4)
        if run is None or run.start != match.end():
            continue
        words = run.text.split()
        if head in _ADJECTIVE_NAMED:
            words = list(itertools.takewhile(_ADJECTIVE_WORD.fullmatch, words))
            if not words:
                continue
        named = f"{match.group(0).strip().capitalize()} {' '.join(words)}"
        # "Gminy Lipno Jan Nowak" -> "Gminy Lipno"; "Gminy Jan Nowak": a person
        if head == "Gmina" and (named := _office_unit(named)) is None:  # type: ignore[assignment]
            continue
        if " i " in named or " oraz " in named:
            return None  # "z gminą Kleczew i Ślesin": two gminas named together, not the one the passage names
        name = nominative(named)
        names.add(name)
        if len({n.casefold() for n in names}) > 1:
            return None
    return names.pop() if names else None


def _unit_tail(run: str | None) -> str | None:
    """The unit closing a longer run: "Klubu Senior+ w Skrzydlnej Gmina Dobra" -> "Gmina Dobra",
    "Biblioteki Narodowej Gminna Biblioteka Publiczna w X" -> "Gminna Biblioteka Publiczna w X"."""
    words = run.split() if run else []
    for i in range(len(words) - 1, 0, -1):
        if words[i] in _TAIL_HEADS and words[i - 1] not in ("w", "we", "i", "oraz"):
            while i > 1 and _TAIL_ADJECTIVE.fullmatch(words[i - 1]) and words[i - 2] not in ("w", "we", "i", "oraz"):
                i -= 1  # the head's own nominative adjective: "Gminna Biblioteka", "Miejski Ośrodek"
            return " ".join(words[i:])
    return None


# A bare body head that got money ("Biblioteka dostała …") is the one body of that head the passage names
# in full, in the nominative ("Gminna Biblioteka Publiczna w X"); its nominative adjectives by gender.
_BODY_HEADS = {
    "Biblioteka": "a", "Fundacja": "a", "Parafia": "a", "Spółdzielnia": "a", "Szkoła": "a",
    "Ośrodek": "yi", "Klub": "yi", "Związek": "yi",
    "Stowarzyszenie": "e", "Towarzystwo": "e", "Centrum": "e", "Koło": "e", "Przedszkole": "e",
}  # fmt: skip


@functools.lru_cache(maxsize=16)  # asked once per bare head; the answer is the passage's
def _named_body(text: str, head: str) -> str | None:
    """The one body with this head the passage names in full in the nominative; None if none or several."""
    endings = tuple(_BODY_HEADS[head])
    names: dict[str, str] = {}
    for match in re.finditer(rf"(?<![\w-]){head}(?![\w-])", text):
        start = match.start()
        while True:  # back over the head's capitalised nominative adjectives ("Gminna Miejska …")
            word = re.search(rf"(?<![\w-])([{_CAP}][\w-]*)[ \t\u00a0]+$", text[max(0, start - 40) : start])
            if word is None or not word.group(1).endswith(endings) or not _TAIL_ADJECTIVE.fullmatch(word.group(1)):
                break
            start -= len(word.group(0))
        run = _run_at(text, start, limit=12)
        if run is None or run.start != start or len(run.text.split()) < 2:
            continue
        name = _role_name(split_orgs(run.text)[0][0])
        if name and len(name.split()) > 1:
            names.setdefault(fold(name), name)
        if len(names) > 1:
            return None
    return next(iter(names.values()), None)


# "Powiat rawski jest w gronie 37 gmin i 11 powiatów, które dostaną …": the subject of "jest w gronie".
_AMONG = re.compile(
    r"\s(?:jest|są|był[aoy]?|byli|znalazł[aoy]?\s+się|znalazły\s+się|znajduje\s+się)\s+(?:w\s+gronie|wśród|pośród"
    r"|na\s+(?:[^\s.]+\s+){0,3}?liście)"  # "znalazł się na pierwszym miejscu na liście instytucji, które otrzymały …"
    r"\s+[^.;:\n]{1,150}?,?\s+(?:które|którzy|która|który)\s*$"
)
_ADJECTIVE_UNIT = re.compile(r"(?<![\w])([Gg]mina|[Pp]owiat)\s+([a-ząćęłńóśźż]+(?:ski|cki|dzki))\s*$")
# "Gmina Krościenko nad Dunajcem – Gminny Ośrodek Pomocy Społecznej … dostała": the gmina acting through its unit.
_GMINA_DASH = re.compile(rf"(?<![\w])((?:Gmina|Miasto|Powiat)\s+[{_CAP}][^–—\n]{{1,60}}?)\s+[–—-]\s*$")
# What may not stand between a signing organ and its verb: a sentence's end, or another verb's clause
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\b(?:spotkał|spotkali|który|która|którzy)\b")
# "Burmistrz Obornik zdobył pieniądze", "Wójt pozyskał dotację": the office-holder's gmina (powiat).
_OFFICE_SUBJECT = re.compile(rf"(?<![\w])(?P<office>Wójt|Burmistrz|Starosta)(?:\s+[{_CAP}][\w-]*)?\s*$")
_OFFICE_UNIT = {"Wójt": "Gmina", "Burmistrz": "Gmina", "Starosta": "Powiat"}
# An office-holder signing with no unit named after the office: "Starosta Jan Nowak i Skarbnik Powiatu … podpisali".
_OFFICE_SIGNER = re.compile(
    rf"(?<![\w])(?P<office>[Ww]ójt|[Bb]urmistrz|[Ss]tarosta)(?=\s+[{_CAP}][a-ząćęłńóśźż]+\s+[{_CAP}]|\s*,)"
)


def _gmina_before(text: str, subject: str | None, verb_start: int) -> str | None:
    """The gmina printed before its own unit ("Gmina X – Gminny Ośrodek … w X"), or None."""
    at = text.rfind(subject, max(0, verb_start - _NAME_REACH), verb_start) if subject else -1
    if at < 0 or not fold(subject or "").startswith(("gminn", "miejsk", "osrod", "centrum", "urzad")):
        return None
    dash = _GMINA_DASH.search(text, max(0, at - 80), at)
    return _role_name(dash.group(1)) if dash else None


# Between a unit and its verb: "Miasto Siedlce na prawach powiatu otrzymało", "Gmina X, jako jedna z 12 gmin, …".
# Between a unit and its verb, its companions: "Biblioteka X razem z Grupą Y otrzymała", "Gmina X wraz z partnerami …".
_TOGETHER_WITH = re.compile(r"\s+(?:razem|wraz|wspólnie)\s+ze?\s+[^,.;:\n]{1,80}?\s*$")
_CITY_RIGHTS = re.compile(
    r"\s+na\s+prawach\s+powiatu\s*$|,?\s+jako\s+jed(?:en|na|no)\s+z\s+[^,.;:\n]{1,50}?,?\s*$"
    # "Biblioteka Publiczna Gminy X z siedzibą w Y dostaje …", "Stowarzyszenie X, z siedzibą w Y, otrzymało …"
    r"|,?\s+z\s+siedzibą\s+(?:w|we|przy)\s+[^,.;:\n]{1,50}?,?\s*$"
    # "Szkoła Podstawowa nr 1 w X po raz kolejny dostała grant": how often, between the subject and its verb
    r"|\s+(?:(?:już|znów|znowu|ponownie)\s+)?po\s+raz\s+(?:kolejny|pierwszy|drugi|trzeci|czwarty|piąty|\d+\.?)\s*$"
    # "Powiat X, który o to wnioskował, dostał …": a relative clause between the subject and its verb
    r"|,\s+któr(?:y|a|e|zy)\s+[^,.;:\n]{1,50}?,\s*$"
)
_PLACE_OR_NUMBER = re.compile(r"\s(?:w|we|[Nn]r)\s")
# ("Dotację przyznaną przez Zarząd Powiatu w X otrzymał Klub Y": the agent of the grant pays, the getter follows)
_PAYER_BEFORE = re.compile(
    r"(?<![\w])(?:(?:z|ze)\s+(?:budżetu|środków)"
    r"|(?i:przyznan|przekazan|udzielon|ufundowan|sfinansowan|dofinansowan|finansowan|wypłacon)\w*\s+przez"
    rf"(?:\s+[{_CAP}]\w*){{0,2}})\s+$"  # the subject read may start inside the agent: "przez Zarząd [Powiatu …]"
)
# "…, jest Powiat Lipnowski, który otrzymał 880 tys. zł": the verb of a relative clause has the unit before it.
_RELATIVE = re.compile(r",\s+któr(?:y|a|e)\s+$")
# "Samorząd gminy Lipowa otrzymał …", "Władze powiatu przasnyskiego otrzymały …", "samorząd Leszna pozyskał …": the
# self-government or the authorities of a unit are the unit (tests/realtext/README.md, `beneficiary`).
_SELF_GOVERNMENT = re.compile(
    r"(?<![\w])(?:[Ss]amorząd|[Ww]ładze)\s+(?:(?P<head>(?i:gminy|powiatu|miasta|województwa))\s+"
    rf"(?P<name>(?:[{_CAP}][\w-]*\s+){{1,3}}|[a-ząćęłńóśźż-]+(?:skiego|ckiego|dzkiego)\s+)"
    rf"|(?P<town>[{_CAP}][\w-]*(?:\s+[{_CAP}][\w-]*)?)\s+)$"
)


# "GOPS w Grybowie podaje, że dostał dotację": the reporting body is the getter when no subject follows "że".
_REPORTED = re.compile(
    r"\s(?:(?:uprzejmie|niniejszym|z\s+radością|z\s+dumą)\s+)?(?:informuj[eą]|podaj[eą]|ogłasza(?:ją)?"
    r"|zawiadamia(?:ją)?|przypomina(?:ją)?|potwierdza(?:ją)?|poinformował[aoy]?|podał[aoy]?),?\s+(?:że|iż)\s+"
    r"(?:w\s+(?:\d{4}|tym|bieżącym|ubiegłym|zeszłym)\s+(?:r\.|roku)\s+)?(?:(?:również|także|ponownie|już)\s+)?$"
)


# A voivodeship named in the nominative (a subject): "Województwo Kujawsko-Pomorskie".
_VOIVODESHIP_SUBJECT = re.compile(rf"Województwo\s+[{_CAP}][\w-]*kie")
_GRANT_NOUN = re.compile(r"dotac|dofinans|\bgrant|promes|subwencj", re.IGNORECASE)
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


def _getter_before(text: str, verb: re.Match[str]) -> str | None:
    """The unit that is the subject right before a verb of getting money."""
    unit = not _any_getter(verb)
    verb_start = verb.start()
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
    if together and (found := _role_name(subject_before(text, together.start()), unit=True)):
        return found
    subject = subject_before(text, verb_start)
    at = text.rfind(subject, max(0, verb_start - _NAME_REACH), verb_start) if subject else -1
    if at > 0 and _PAYER_BEFORE.search(text, max(0, at - 60), at):
        return None  # "Dotacje z budżetu Powiatu X otrzymały gminy …": the payer, not the subject
    if subject and _VOIVODESHIP_SUBJECT.fullmatch(subject):
        # "Województwo Pomorskie dostanie z budżetu państwa dotację": a payer elsewhere, the getter of a grant here (not
        # of a region's allocation: "dostanie w latach 2021-2027 mniej pomocy unijnej")
        return subject if _GRANT_NOUN.search(text, verb.end(), verb.end() + 80) else None
    if gmina := _gmina_before(text, subject, verb_start):
        return gmina
    tail = _unit_tail(subject)
    if tail and subject and _FUNDER_BEFORE_UNIT.search(fold(subject[: subject.rfind(tail)])):
        subject = tail  # "Ze środków Funduszu X Gmina Y pozyskała": the source runs into the getter's name
    found = _role_name(subject, unit=not verb.group("past")) or _role_name(tail, unit=True)
    if found:
        return found
    if not unit and subject and nominative_body(subject) and (found := _role_name(subject)):
        return found  # "Teatr Lalki i Aktora dostał …", "Muzeum X dostanie …": any body named in full, in a singular
    # "Szkoła Podstawowa nr 1 w X dostała grant": a public body named in full, its place or number said
    found = _role_name(subject) if verb.group(0).lower() in ("dostał", "dostała", "dostało") else None
    if found and _public_body(found) and _PLACE_OR_NUMBER.search(found):
        return found
    past = verb.group(0).endswith(("ł", "ła", "ło", "li", "ły"))  # "Fundacja zdobędzie …" is a hope, not a grant
    if past and subject in _BODY_HEADS and (found := _named_body(text, subject)):
        return found  # "Biblioteka dostała …": the one library the passage names
    reported = _REPORTED.search(text, max(0, verb_start - 90), verb_start)
    if reported and (found := _role_name(subject_before(text, reported.start() + 1), unit=True)):
        return found
    sentence_start = _sentence_start(text, verb.start())
    clause = text[sentence_start : verb.start()]
    if among := _AMONG.search(clause):
        before = clause[: among.start()]
        if adjective := _ADJECTIVE_UNIT.search(before):
            return _role_name(f"{adjective.group(1).capitalize()} {adjective.group(2).capitalize()}")
        return _role_name(subject_before(text, sentence_start + among.start()), unit=True)
    named = _OFFICE_NAMED_SUBJECT.search(clause, max(0, len(clause) - 90))
    if named and named.group("office") in _OFFICE_UNIT and (found := _officer_unit(clause, named)):
        return found  # "Burmistrz Rybna Anna Nowak odebrała …", "Starosta Lipnowski Jan Nowak odebrał …"
    if office := _OFFICE_SUBJECT.search(clause):
        return _named_unit(text, _OFFICE_UNIT[office.group("office")])
    if lower := _LOWER_HEAD.search(clause) or _LOWER_COORDINATED.search(clause, max(0, len(clause) - 160)):
        return _role_name(f"{lower.group(1).capitalize()} {lower.group(2).strip().title()}")
    # "Stowarzyszenie X wystartowało w konkursie i zdobyło …": the unit opening the sentence
    coordinated = _COORDINATION_END.search(clause, max(0, len(clause) - 12))
    opening = _run_at(clause, len(clause) - len(clause.lstrip())) if coordinated else None
    if opening and _COORDINATED.match(clause, opening.end) and (found := _role_name(opening.text, unit=True)):
        return found
    if bare := _BARE_SUBJECT.search(clause) or _BARE_COORDINATED.search(clause, max(0, len(clause) - 120)):
        return _named_unit(text, bare.group(1).capitalize())
    if self_government := _SELF_GOVERNMENT.search(clause, max(0, len(clause) - 120)):
        if town := self_government.group("town"):
            return _town_unit(town)
        return _unit_at(clause, self_government.start("head"))
    if past and (found := _opening_unit(clause)):
        return found
    return _town_subject(clause)


def _town_unit(genitive: str) -> str | None:
    """The unit a town printed in the genitive names ("samorząd Leszna" -> "Miasto Leszno", a city with powiat rights;
    "władze Lipna" -> "Gmina Lipno"), or None when the register knows no such gmina."""
    name = gmina_name(genitive, GEN)
    if name is None:
        return None
    return f"Miasto {name}" if city_with_powiat_rights(name) else f"Gmina {name}"


_FRONTED_TIME = re.compile(r"(?:W|We)\s+(?:[a-ząćęłńóśźż]+\s+)?\d{4}\s*(?:r\.|roku)\s+")
_YEAR_AFTER = re.compile(r"\s+(?:w|we|z|ze|od)\s+\d{4}$")


def _opening_unit(clause: str, *, named: bool = False) -> str | None:
    """The unit opening a clause whose verb comes after a phrase of time or source and no comma: "Gminna Biblioteka
    Publiczna w X w 2017 r. ze środków Ministra … otrzymała", "Uczniowski Klub Sportowy Y decyzją Ministra … otrzymał";
    any body's name when the verb names it so ("… został beneficjentem"), else only a unit that gets money."""
    start = len(clause) - len(clause.lstrip())
    if fronted := _FRONTED_TIME.match(clause, start):  # "W kwietniu 2017 r. Liceum … otrzymało"
        start = fronted.end()
    run = _run_at(clause, start)
    if run is None or run.start != start or "," in clause[run.end :] or len(clause) - run.end > 100:
        return None
    name = _YEAR_AFTER.sub("", run.text)
    # any body named in full from its head, when only a phrase of time or source stands before the verb ("Teatr X w 2019
    # r. z programu Y otrzymał …"), not a verb of its own ("Szkoła Podstawowa w X napisała projekt i dostała …")
    body = nominative_body(name) and not _COORDINATION_END.search(clause, max(0, len(clause) - 12))
    found = _role_name(name, unit=not named) or (_role_name(name) if body else None)
    if not found or len(found.split()) < 2:
        return None
    return found if (org_like(found) if named else _getting_unit(found) or body) else None


# "Świnoujście dostanie 515 000 zł", "W tym roku Kraków otrzymał …": a town (a gmina's own name) as the subject.
_TOWN_SUBJECT = re.compile(
    r"(?:^|[,;:–—(]\s*|(?<![\w])(?P<word>[a-ząćęłńóśźż]+)\s+)"
    rf"(?P<name>[{_CAP}][\w-]*(?:[ ](?:nad|pod|[{_CAP}][\w-]*)){{0,2}})\s*$"
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


def _antecedent(text: str, position: int) -> str | None:
    """The unit opening the sentence before `position`'s ("Gminna Biblioteka … złożyła wniosek. … otrzymała ona"):
    what a pronoun after a verb of getting stands for, when that sentence opens with a unit's name."""
    start = _sentence_start(text, position)
    before = _sentence_start(text, start - 1) if start > 1 else start
    while before < start and text[before] in " \t\n\u00a0":
        before += 1
    run = _run_at(text, before, limit=12) if before < start else None
    if run is None or run.start != before:
        return None
    return _role_name(split_orgs(run.text)[0][0], unit=True)


# "… dostanie tylko jedna organizacja – Stowarzyszenie X": one of a kind, then its name after a dash.
_ONE_OF_KIND = re.compile(r"(?:(?:tylko|jedynie)\s+)?jed(?:na|en|no)\s+[a-ząćęłńóśźż]+\s*[–—-]\s*(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# A body's head in lower case after a verb of getting, after a place's adjective at most, with its name after it:
# "… dostała krzeszowicka parafia pw. Św. Marcina", "… otrzymało stowarzyszenie „Razem”".
_LOWER_BODY_AFTER = re.compile(
    r"(?:[a-ząćęłńóśźż]+(?:sk|ck|dzk)(?:a|i|ie)\s+)?"
    r"(?P<head>parafia|stowarzyszenie|fundacja|biblioteka|klub|koło|muzeum|teatr|ośrodek|towarzystwo|spółdzielnia)"
    rf"\s+(?=(?:pw\.|pod\s+wezwaniem|im\.)\s|[{_CAP}„\"])"
)
# An office-holder named right after a verb of getting, with what it heads: "otrzymała Burmistrz Sępopola", "odebrał
# Wójt Gminy Rybno", "dostał Starosta Gryfiński" (tests/realtext/README.md: a unit gets money through its officers).
_OFFICE_AFTER = re.compile(
    rf"(?P<office>Wójt|Burmistrz|Prezydent|Starosta)[ \t\u00a0]+(?:(?P<of>Gminy|Miasta|Powiatu)[ \t\u00a0]+)?"
    rf"(?P<name>[{_CAP}][\w-]*)"
)


# The same office-holder as the subject before the verb, the person's name after what it heads (a wójt, burmistrz or
# starosta, as `_OFFICE_SUBJECT`: "Prezydent Świnoujścia dostał ponadto …" came in a ministry's list of 169 recipients).
_OFFICE_NAMED_SUBJECT = re.compile(
    rf"(?<![\w]){_OFFICE_AFTER.pattern}(?:[ \t\u00a0]+[{_CAP}][\w-]*){{0,3}}[ \t\u00a0]*$"
)


def _officer_unit(text: str, office: re.Match[str]) -> str | None:
    """The unit an office-holder after a verb of getting heads: "Wójt Gminy X" -> "Gmina X", "Burmistrz Sępopola"
    -> "Gmina Sępopol" (a town in the genitive), "Starosta Gryfiński" -> "Powiat Gryfiński"; None for a person."""
    if office.group("of"):  # "Starosta Powiatu Piskiego Andrzej Nowicki": the unit, without the person
        run = _run_at(text, office.start("of"), limit=12)
        return _role_name(_office_unit(run.text)) if run and run.start == office.start("of") else None
    name = office.group("name")
    if office.group("office") == "Starosta":
        if fold(name) in GIVEN_NAMES:
            return None  # "Starosta Jan Nowak": a person, no unit named
        return _role_name(f"Powiat {name}") if _ADJECTIVE_WORD.fullmatch(name) and name.endswith("ki") else None
    headed = head_unit(office.group("office"), text[office.start("name") : office.start("name") + 80].split())
    return headed[0] if headed else None  # (not "Wójt Jan Nowak": a person, no unit named)


def _getter_after(text: str, verb: re.Match[str]) -> str | None:
    """The unit right after the verb: "… pieniądze dostała Gmina Wiejska Lubawa"."""
    start = verb.end()
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    if filler := _FILLER_AFTER.match(text, start):  # "Dotację dostało m.in. Koło …", "… otrzymała także Gmina …"
        start = filler.end()
    if _PRONOUN_AFTER.match(text, start):  # "… dzięki czemu otrzymała ona dotację": the unit named before
        return _antecedent(text, verb.start())
    words = text[start : start + 60].split(" ", 2)
    word = words[0]
    plural = verb.group(0).lower().endswith(_PLURAL_ENDINGS)
    if plural and (run := _run_at(text, start)) and run.start == start and len(split_orgs(run.text)) > 1:
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
        found = _role_name(_unit_at(named, 0))
        return found if found and nominative_body(found) else None
    if _any_getter(verb) and fold(word) in _COMMON_BODIES and HEAD_FORMS.get(word) != word:
        # "… otrzymała Szkoła Podstawowa nr 2 w X": a public body named in full (its place or number), as before it
        found = _role_name(_unit_at(text, start))
        return found if found and _public_body(found) and _PLACE_OR_NUMBER.search(found) else None
    if _any_getter(verb) and (run := _run_at(text, start, limit=12)) and run.start == start:
        body = split_orgs(run.text)[0][0]  # "… dostał Bank Żywności w X": any body named in full from its head
        if nominative_body(body) and HEAD_FORMS.get(word) != word and (found := _role_name(body)):
            return found
    if HEAD_FORMS.get(word) != word and fold(word) not in _UNIT_FIRST:
        # "ocenę otrzymało Stargardzkie Centrum Kultury": a capitalised adjective before a body's head (past tense)
        head = words[1] if len(words) > 1 else ""
        if not (_any_getter(verb) and word[:1].isupper() and fold(head) in _UNIT_OR_BODY):
            return None
        return _role_name(_unit_at(text, start))
    return _role_name(_unit_at(text, start), unit=True)


def _list_after(text: str, position: int) -> str:
    """The lines after a colon up to the paragraph's end (600 characters at most): a list's items."""
    stop = text.find("\n\n", position)
    return text[position : stop if stop >= 0 else len(text)][:600]


def _agreement_party(text: str, cues: str) -> str | None:
    """The unit that signed a funding agreement: the party that is no funder, a voivodeship only when alone."""
    if "zawar" not in cues and "podpisa" not in cues and "między" not in cues:  # no word of _SIGNED
        return None
    for signed in _cues(_SIGNED, text, cues, ("zawar", "podpisa", "między", "pomiędzy")):
        start = _sentence_start(text, signed.start())
        end = _sentence_stop(text, signed.end(), 300)
        if _YEAR_ABBREVIATION.search(text, max(start, end - 12), end):
            end = _sentence_stop(text, end + 1, 300)
        sentence = text[start:end]
        # "Gmina X podpisała umowy na zadania:" over a list: the items say what the agreements fund
        listed = _list_after(text, end) if sentence.rstrip().endswith(":") else ""
        # "Aneks podpisali …": an annex is signed by the agreement's parties ("aneks do umowy o dofinansowanie")
        if not ("umow" in sentence.lower() or "aneks" in sentence.lower()) or not (
            _FUNDING_CONTEXT.search(sentence)
            or _FUNDING_CONTEXT.search(listed)
            or (_GETS_SUM.search(sentence) and not _WORKS_CONTRACT.search(sentence))
            or _funding_beside(text, end, sentence)
        ):
            continue
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
        found: list[tuple[int, int]] = [(m.start(), m.start()) for m in _PARTY.finditer(sentence)]
        found += [(m.start(), m.start("unit")) for m in _PARTY_BOARD.finditer(sentence)]
        found += [(m.start(), m.start("unit")) for m in _PARTY_OFFICE.finditer(sentence)]
        found += [(m.start(), m.start()) for m in _PARTY_LOWER.finditer(sentence)]
        found += [(m.start(), m.start("unit")) for m in _PARTY_AUTHORITIES.finditer(sentence)]
        represented = [m for m in _PARTY_REPRESENTED.finditer(sentence)] if "przedstawiciel" in sentence else []
        for m in represented:  # "przedstawiciele powiatu człuchowskiego", "przedstawiciele gminy" (the one named)
            if name := _unit_at(text, start + m.start("unit")) or _named_unit(
                text, _BARE_OWNER[m.group("bare").lower()]
            ):
                return name
        parties = []
        # "Gmina X zbudowała plac na podstawie Umowy Nr …, zawartej w dniu …, o udzielenie dotacji": the unit acts on an
        # agreement whose parties are not printed, and is only its implementer (tests/realtext/README.md)
        basis = _ON_AGREEMENT.search(sentence)
        if basis and _PARTIES_PRINTED.search(sentence, basis.end()):
            basis = None  # "na podstawie umowy zawartej z Wojewodą Opolskim": the subject is the other party
        for at, unit_at in sorted(found):
            if basis and at < basis.start() <= signed.start() - start:
                continue
            if any(a <= at < b for a, b in quoted) or _GOODS_FOR.search(sentence, max(0, at - 100), at):
                continue  # "umowę o dofinansowanie zakupu samochodów dla jednostek OSP X": the users, no party
            name = _unit_at(text, start + unit_at)
            if name and unit_at > at and sentence.startswith(("Prezes", "prezes"), at):
                # "Prezes Stowarzyszenia X Jan Nowak i Sekretarz Anna Kowalska podpisali": the persons follow
                name = _without_person(re.split(r"\s+(?:i|oraz)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", name)[0])
            if name and name.startswith("Miasto ") and sentence.startswith("Burmistrz", at):
                # a burmistrz heads the gmina: "Burmistrz Miasta Dąbie" signs for the "Gmina Dąbie" the page names
                gmina = "Gmina " + name.removeprefix("Miasto ")
                name = gmina if gmina in text else name
            if name and (_OFFICE_BEFORE.search(sentence, 0, at) or sentence[unit_at].islower()):
                name = _without_person(name)  # "prezes OSP Twardowice Czesław Dziedzic": his name follows
            if name and name.startswith("Lokaln"):
                name = from_accusative(name)  # "z Lokalną Grupą Działania …": the instrumental reads as the accusative
            if name:
                parties.append(name)
        # (an agreement of partnership, "umowę o partnerstwie", is no funding agreement)
        if not parties and "yrektor" in sentence and not _PARTNERSHIP_DEAL.search(sentence):
            for director in itertools.islice(_PARTY_DIRECTOR.finditer(sentence), 4):
                if any(a <= director.start() < b for a, b in quoted):
                    continue
                if (body := _genitive_at(text, start + director.start("unit"))) and (signer := _role_name(body)):
                    signer = re.split(r"\s+(?:i|oraz)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", signer)[0]
                    parties.append(_without_person(signer))  # "… w Kozienicach Roman Wysocki": the body only
        parties.sort(key=lambda name: name.startswith("Województwo"))
        if parties:
            return parties[0]
        # the organ that signs, next to the verb: "Starosta Gryfiński podpisał …", "umowę zawarł Zarząd Powiatu w X"
        for at, stop, signer in offices(sentence):
            before = signed.start() - 120 <= start + at and start + stop <= signed.start()
            after = signed.end() <= start + at and start + stop <= signed.end() + 40
            between = text[start + stop : signed.start()] if before else text[signed.end() : start + at]
            if (before or after) and not _CLAUSE_BREAK.search(between):
                return signer
        office = _OFFICE_SIGNER.search(sentence)  # "Starosta Jan Nowak podpisał umowę": the powiat named
        if office and (unit := _named_unit(text, _OFFICE_UNIT[office.group("office").capitalize()])):
            return unit
    return None


# "na podstawie umowy", "Na podstawie Umowy Nr …": what a unit does on an agreement.
_ON_AGREEMENT = re.compile(r"(?<![\w])[Nn]a\s+podstawie\s+(?:\S+\s+){0,2}?[Uu]mow")
# An agreement's parties printed after it: "zawartej z Wojewodą X", "pomiędzy Skarbem Państwa a Gminą Y".
_PARTIES_PRINTED = re.compile(rf"(?<![\w])(?:(?:po)?między|ze?\s+[{_CAP}])")


# "wkład własny Fundacji X", "środki własne powiatu gołdapskiego": who adds its own share got the rest.
_OWN_SHARE = re.compile(
    r"\b(?i:wkład\w*|środk\w*|udział\w*)\s+własn\w*\s+(?:(?P<head>Gminy|Powiatu|Miasta|Stowarzyszenia|Fundacji"
    r"|Federacji|Towarzystwa|Parafii|Związku|Spółdzielni|Ochotniczej\s+Straży\s+Pożarnej)\s"
    r"|(?P<lower>gminy|powiatu)\s+(?P<adjective>[a-ząćęłńóśźż]+(?:skiego|ckiego|dzkiego))\b"
    r"|(?P<bare>gminy|powiatu|województwa)\b)"  # "wkład własny powiatu": the one powiat the passage names
)
_BARE_OWNER = {"gminy": "Gmina", "powiatu": "Powiat", "województwa": "Województwo"}
# "… dostaliśmy 10 000 zł dotacji … – mówi Jan Kowalski, prezes Stowarzyszenia X": "we" is the speaker's body.
_WE_GOT = re.compile(r"\b(?:otrzymaliśmy|pozyskaliśmy|uzyskaliśmy|dostaliśmy|zdobyliśmy)\b", re.IGNORECASE)
# The office before the person as well: "– mówi dyrektor Gminnej Biblioteki Publicznej Anna Nowak".
_SPEAKER = re.compile(
    r"[–—-]\s*(?:mówi|powiedział[aoy]?|informuje|podkreśla|dodaje|wyjaśnia|zaznacza|cieszy\s+się)\s+"
    r"(?:[^,\n–—]{3,60},\s+|(?P<first>))(?:prezes\w*|dyrektor\w*|przewodnicząc\w*|kierownik\w*)(?:\s+zarządu)?\s+"
    rf"(?=[{_CAP}])",
    re.IGNORECASE,
)
# A list entry: the recipient's name on its own line, over "Dotacja: 5500,00 zł".
_SUM_LINE = re.compile(
    r"(?:Dotacja|Kwota\s+dotacji|Kwota\s+dofinansowania|Dofinansowanie|Kwota\s+grantu)"
    r"[ \t\u00a0]*:[ \t\u00a0]*\d"
)
# Bodies that carry out only what they got the money for: the implementer of a funded task is its beneficiary.
_NGO_FIRST = frozenset(["stowarzyszenie", "fundacja", "towarzystwo", "federacja", "ochotnicza", "osp", "parafia"])
_NGO_WORDS = ("stowarzysz", "fundacj", "towarzyst", "federacj", "ochotnicz", "osp ", "parafi")
# The money granted, allocated or received, not a project merely "co-financed" by a fund.
_GRANT_WORDS = ("przyzna", "przeznacz", "otrzyma", "udziel")


def _speaker_unit(text: str, start: int) -> str | None:
    """The body of the one who says "dostaliśmy": "– mówi …, prezes Stowarzyszenia X" within the paragraph."""
    end = text.find("\n", start)
    speaker = _SPEAKER.search(text, start, end if end >= 0 else len(text))
    if speaker is None:
        return None
    run = _run_at(text, speaker.end(), limit=12)
    if run is None or run.start != speaker.end():
        return None
    words = split_orgs(run.text)[0][0].split()
    for i, word in enumerate(words[2:], 2):  # "Gminnej Biblioteki Publicznej Anna Nowak": the person ends the body
        if fold(word) in GIVEN_NAMES and i >= _register_gmina_end(words):
            words = words[:i]
            break
    else:
        if (
            speaker.group("first") is not None and text[run.end : run.end + 1] != ","
        ):  # the office first: the person follows
            words = _without_person(" ".join(words)).split()  # (not "…, dyrektor GBP w X, Anna Nowak")
    name = " ".join(words)
    return _role_name(from_genitive(name)) if org_like(name) else None  # the body, named in the genitive


def _listed_recipient(text: str, line_start: int) -> str | None:
    """The unit on the line above a "Dotacja: …" line, or None."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    if not above or not org_like(above) or fold(above.split()[0]) not in _UNIT_FIRST:
        return None
    return _role_name(cut_name(above), unit=True)


# "Dotacje … otrzymało 17 podmiotów", "beneficjenci": the money went to many; the NGO running the scheme regrants it.
_MANY_RECIPIENTS = re.compile(
    r"\b\d+\s+(?:podmiot|organizacj|stowarzysze|grup|inicjatyw|wnioskodawc|beneficjent|grantobiorc)\w*|\bbeneficjenci\b"
)


# A sum of money: "kwotę 130.000,00 zł", "5 tys. zł", "40 tysięcy złotych".
_SUM = re.compile(r"\d\s*(?:zł|pln|tys|mln|milion|złot)|kwot")
# The grant's source right after the verb: "przyznano dofinansowanie z Programu X", "Dotację przyznano z programu".
_FROM_PROGRAMME = re.compile(r"(?:przyznan|przyznał)\w*\s+(?:\w+\s+){0,2}?(?:z|ze)\s+(?:programu|funduszu|środków)")


def _granted_from_programme(text: str, lowered: str) -> bool:
    """Whether the passage grants money only from a programme, with no sum ("Dotację na projekt przyznano z programu
    X"): a grant said to go to the project names no unit that got it (tests/realtext/README.md, `beneficiary`)."""
    said = False
    for word in _GRANT_WORDS:
        at = lowered.find(word)
        while at >= 0:
            sentence = lowered[_sentence_start(text, at) : _sentence_stop(text, at, 200)]
            if _SUM.search(sentence):
                return False
            said = said or bool(_FROM_PROGRAMME.search(lowered, at, at + 80))
            at = lowered.find(word, at + 1)
    return said


def _ngo_implementer(text: str, lowered: str) -> str | None:
    """An NGO said to carry out a task the passage says money was granted for: it is the one that got it
    (not when the money went to many recipients: then the NGO runs a grant scheme)."""
    if not any(word in lowered for word in _GRANT_WORDS) or not any(word in lowered for word in _NGO_WORDS):
        return None
    if _MANY_RECIPIENTS.search(lowered) or _granted_from_programme(text, lowered):
        return None
    found = find_implementer(text)
    if found is None or not any(fold(word) in _NGO_FIRST for word in found.name.split()[:2]):
        return None
    return _role_name(found.name)


# Words (lower case) one of which each pattern's every match holds: without them the scan is skipped.
# also where _GOT's matches begin
_GOT_WORDS = ("otrzym", "pozysk", "uzysk", "dosta", "zdoby", "zdobę", "odebra", "wywalcz")
_GRANTED_WORDS = ("przyzna", "przekaz", "przekaż", "przydziel", "dołoży", "przypad", "przyni", "udziel")
_WITH_GRANT_WORDS = ("dofinansowaniem", "dotacją", "grantem", "promesą")  # as printed: _WITH_GRANT is case-sensitive


# Where each granted pattern's matches begin (see `matches_from`): tried there only, not at every position.
_GRANTED_STARTS = {
    _GRANTED_TO: _GRANTED_WORDS,
    _GRANTED_BEFORE: tuple(head.lower() for head in _DATIVE_WORDS),
    _HANDED_TO: ("wręcz",),
    _GOES_TO: ("traf", "do", "na rzecz"),
    _FOR_UNIT: ("dofinansowa", "dotacj", "grant", "środk", "pieniądz", "pieniędz", "wsparci", "promes", "zł"),
}


def _granted_patterns(text: str, cues: str) -> list[re.Pattern[str]]:
    """The patterns of money granted or going to a unit that the text has the words for, in their order."""
    dative = any(head in text for head in _DATIVE_WORDS)
    genitive = any(head in text for head in _GENITIVE_WORDS)
    needed = (
        (_GRANTED_TO, any(word in cues for word in _GRANTED_WORDS)),  # its head may be an acronym
        (
            _GRANTED_BEFORE,
            dative and any(word in cues for word in ("przyzna", "przekaz", "przypad", "udało", "udziel")),
        ),
        (_HANDED_TO, (dative or any(office in cues for office in _OFFICE_DATIVES)) and "ręcz" in text),
        (_GOES_TO, "traf" in text and (genitive or any(word in text for word in _BODY_GENITIVE_WORDS))),
        (_FOR_UNIT, genitive and "dla" in text),
    )
    return [pattern for pattern, worth in needed if worth]


# Several bodies counted as the ones that got money: "trzy stowarzyszenia z powiatu dostały dofinansowanie", "dotacje
# przyznano 9 z nich", "przekazał pół miliona złotych 173 jednostkom OSP", "skorzysta 29 jednostek" (lower case).
# ("dwie" for feminine bodies: "Dwie parafie dostaną dotacje"; "dw[aie]" read "dwa" only, never "dwie")
_COUNT = r"(?:\d+|dwa|dwie|dwoje|dwóch|trzy|trzech|cztery|czterech|pięć|sześć|siedem|osiem|dziewięć|dziesięć)"
# The counted bodies before a plural verb of getting; tried only around the bodies' words (`_ROUND_UP_NOUNS`).
_ROUND_UP_NOUNS = (
    "jednost", "stowarzysze", "organizacj", "klub", "kół", "koła", "podmiot", "szkół", "szkoły", "parafi", "osp",
)  # fmt: skip
_COUNTED_VERBS = ("dostały", "dostaną", "dostało", "otrzymały", "otrzymają", "otrzymało")
_COUNTED_GOT = re.compile(
    rf"\b{_COUNT}\s+(?:[a-ząćęłńóśźż]+\s+)?{_either(_ROUND_UP_NOUNS)}\w*\b[^.;\n]{{0,80}}?\b{_either(_COUNTED_VERBS)}\b"
)
# A verb of giving before the counted bodies in the dative: "przekazał pół miliona złotych 173 jednostkom".
_GIVEN_TO_COUNT_STARTS = ("przyzna", "przekaza")
_DATIVE_PLURALS = (
    "z nich", "jednostkom", "organizacjom", "stowarzyszeniom", "klubom", "podmiotom", "szkołom", "parafiom",
)  # fmt: skip
_GIVEN_TO_COUNT = re.compile(
    rf"(?:przyznano|przyznał\w*|przekazał\w*|przekazano)\s+(?:[^\s.]+\s+){{0,4}}?{_COUNT}\s+"
    rf"{_either(_DATIVE_PLURALS)}\b"
)
# Applications counted before "z nich" ("wpłynęło ponad 900 wniosków, a dotacje przyznano 112 z nich"): a call's
# statistics, no round-up of recipients (the one body the passage names as getting money stays its beneficiary).
_APPLICATIONS = re.compile(r"\b(?:wniosk|ofert|zgłosze)\w*")
# A verb of benefiting before the counted bodies: "skorzysta 29 jednostek", "do 456 jednostek popłynie".
_COUNT_BENEFITS = re.compile(
    rf"(?:skorzysta|skorzystają|popłynie|trafi|trafią)\s+(?:[^\s.]+\s+){{0,3}}?{_COUNT}\s+(?:jednost|organizacj"
    r"|stowarzysze|klub|podmiot|szkół)\w*"
)
_COUNT_BENEFITS_STARTS = ("skorzysta", "popłynie", "trafi")


# A plural verb of getting with its subject after it (a plural subject: several recipients): counted ("Dotacje dostały
# trzy samorządy") or listed ("Dostali je: powiat X, Gmina Y, Gmina Z", "Dotacje otrzymały: Gmina A (10 000 zł) oraz
# Gmina B"); tests/realtext/README.md: several units each getting money name no beneficiary.
_PLURAL_GOT_WORDS = ("dostali", "dostały", "dostaną", "otrzymali", "otrzymały", "otrzymają")
_PLURAL_GOT = re.compile(
    rf"(?<![\w])(?i:{_either(_PLURAL_GOT_WORDS)})(?![\w])"
    r"(?:\s+(?:je|one|ją|go|ich|też|także|również))?[ \t\u00a0]*:?\s*"
)
_COUNTED_AFTER = re.compile(
    rf"{_COUNT}\s+(?:[a-ząćęłńóśźż]+\s+)?(?:samorząd|gmin|powiat|miast|{_either(_ROUND_UP_NOUNS)})", re.IGNORECASE
)
# A recipient's head with its name after it ("Gmina Brody", "powiat starachowicki", "OSP Bielice").
_RECIPIENT_HEAD = re.compile(
    r"(?<![\w])(?:[Gg]min[aąy]|[Pp]owiat|[Mm]iast[oa]|Stowarzyszeni[ea]|Fundacj[ae]|Parafi[ae]|Koł[oa]|OSP"
    r"|Ochotnicz\w+|Klub|Ośrod\w+|Centrum)[ \t\u00a0]+"
    rf"(?=[{_CAP}„\"]|[a-ząćęłńóśźż]+(?:ski|cki|dzki)\b)"
)


def _plural_recipients(text: str, cues: str) -> bool:
    """Whether a plural verb of getting has several recipients after it (`_PLURAL_GOT`): counted, or two named units
    listed in its sentence (its list, after a colon), the first right after the verb."""
    if len(cues) != len(text) or not any(word in cues for word in _PLURAL_GOT_WORDS):
        return False
    for verb in _cues(_PLURAL_GOT, text, cues, _PLURAL_GOT_WORDS):
        colon = ":" in verb.group(0)
        stop = verb.end() + len(_list_after(text, verb.end())) if colon else _sentence_stop(text, verb.end(), 300)
        start = _sentence_start(text, verb.start())
        if not _MONEY.search(text, _sentence_start(text, max(0, start - 1)), stop):
            continue  # money in its sentence or the one before ("… wręczył promesy. Dostali je: …"), not prizes
        if _COUNTED_AFTER.match(text, verb.end()):
            return True
        heads = list(itertools.islice(_RECIPIENT_HEAD.finditer(text, verb.end(), stop), 2))
        if len(heads) == 2 and heads[0].start() == verb.end():
            return True
    return False


def _round_up(text: str, lowered: str, cues: str) -> bool:
    """Whether the passage counts out money to several bodies (`_COUNTED_GOT`, `_GIVEN_TO_COUNT`, `_COUNT_BENEFITS`,
    `_plural_recipients`), each scan tried only where its verb and its bodies' words are (the rare plural verbs
    tested first)."""
    if _plural_recipients(text, cues):
        return True
    counted = any(verb in cues for verb in _COUNTED_VERBS)
    benefits = any(word in cues for word in _COUNT_BENEFITS_STARTS)
    if counted or benefits:
        nouns = [noun for noun in _ROUND_UP_NOUNS if noun in cues]
        if counted and any(next(_near(_COUNTED_GOT, lowered, cues, noun, 40, 140), None) for noun in nouns):
            return True
        if nouns and benefits and next(_cues(_COUNT_BENEFITS, lowered, cues, _COUNT_BENEFITS_STARTS), None):
            return True
    given = any(word in cues for word in _DATIVE_PLURALS) and any(word in cues for word in _GIVEN_TO_COUNT_STARTS)
    for match in _cues(_GIVEN_TO_COUNT, lowered, cues, _GIVEN_TO_COUNT_STARTS) if given else ():
        start = _sentence_start(lowered, match.start())
        if match.group(0).endswith("z nich") and _APPLICATIONS.search(lowered, start, match.start()):
            continue  # "wpłynęło 900 wniosków, a dotacje przyznano 112 z nich": a call's applications counted
        return True
    return False


# Several local governments named together as the ones that got money: no one of them is the beneficiary.
# ("i Powiatowa Biblioteka": an adjective of one body's name, no second unit)
_SEVERAL_UNITS = re.compile(r"\s(?:i|oraz)\s+(?:Gmin[aąy]|Powiat(?:u|em|owi)?|Miast[oa]|Wojew\w*)\b")
_LOCAL_HEADS = ("Gmina ", "Powiat ", "Miasto ", "Województwo ")
# ", a gmina Pałecznica ponad 1,2 mln zł": the same verb left out before another unit and its own sum.
_ANOTHER_UNIT = re.compile(
    rf",\s+(?:a|zaś|natomiast)\s+(?:[Gg]min[aęy]|[Pp]owiat\w*|[Mm]iast[oau])\s+(?:[{_CAP}][\w-]*|[a-ząćęłńóśźż]+(?:ski|cki|dzki))"
    r"\s+(?:[a-ząćęłńóśźż]+\s+){0,2}\d"
    # any other body named in full with its own sum: "…, a Muzeum Regionalne w X 20 tys. zł"
    rf"|,\s+(?:a|zaś|natomiast)\s+(?P<body>[{_CAP}][\w-]*\s+(?:(?:[{_CAP}„][\w”-]*|w|we|nr|im\.)\s+){{1,6}})\d"
)


# Another local government in the same sentence, in the dative or the genitive, after "i", "oraz", "a" or a comma.
_NEXT_RECIPIENT = re.compile(
    r"(?:\s(?:i|oraz|a)\s+|,\s*(?:a\s+)?)(?:do\s+|dla\s+)?"
    r"(?P<head>(?:[Gg]min(?:ie|y)|[Pp]owiat(?:owi|u)|[Mm]iast(?:u|a))\s)"
)


def _another_recipient(text: str, start: int, found: str) -> bool:
    """Whether the sentence names, after the recipient at `start`, another local government getting money too."""
    stop = _sentence_stop(text, start, 250)
    for match in itertools.islice(_NEXT_RECIPIENT.finditer(text, start, stop), 6):
        other = _unit_at(text, match.start("head"))
        if other and other.split()[0] == found.split()[0] and _other_unit(found, other):
            return True  # the same level: "Gminie A …, a Gminie B …" (a gmina and its powiat is an address)
    return False


def _another_unit_after(text: str, position: int) -> bool:
    """Whether the clause after a verb of getting money adds another unit with its own sum."""
    another = _ANOTHER_UNIT.search(text, position, _sentence_stop(text, position, 200))
    return bool(another and (another.group("body") is None or nominative_body(another.group("body"))))


def _other_body(first: str, second: str) -> bool:
    """Whether two getters are different bodies, each named in full ("Suwalski Szpital Wojewódzki", "Wojewódzki
    Szpital Zespolony w Białymstoku"; "LKS „Dąb” Rybno", "KS Szczypiorniak"): two recipients, not one name spelled
    twice (local governments: `_other_unit`)."""
    if first.startswith(_LOCAL_HEADS) or second.startswith(_LOCAL_HEADS):
        return False
    return nominative_body(first) and nominative_body(second) and _different_getters(first, second)


def _other_unit(first: str, second: str) -> bool:
    """Whether two getters are different local governments ("Gmina Rabka-Zdrój", "Gmina Wojnicz")."""
    if not (first.startswith(_LOCAL_HEADS) and second.startswith(_LOCAL_HEADS)):
        return False
    return fold(first.split(" ", 1)[1]) != fold(second.split(" ", 1)[1])


@functools.lru_cache(maxsize=64)
def _initials_pattern(acronym: str) -> re.Pattern[str]:
    """Capitalised words with these initials, connectors allowed between ("TMZC": "Towarzystwo Miłośników …")."""
    between = r"(?:\s+(?:w|we|i|na|rzecz|dla|z|ze|im\.))*\s+"
    return re.compile(r"(?<![\w])" + between.join(rf"{letter}[\w-]+" for letter in acronym) + r"(?![\w-])")


def _spelled_out(text: str, acronym: str) -> str | None:
    """The one name in the passage an acronym stands for, in the nominative; None if none or several."""
    names = set()
    for match in itertools.islice(_initials_pattern(acronym).finditer(text), _MAX_CUES):
        name = _genitive_at(text, match.start())
        if name:
            names.add(name)
    return names.pop() if len(names) == 1 else None


def find_beneficiary(text: str) -> OrgMention | None:
    """Wnioskodawca / beneficjent, the unit that got the money, signed the funding agreement or applied for it."""
    lowered = lower_text(text)  # cheap substring checks decide which regexes are worth running
    cues = text_cues(text)
    labelled = "wnioskodawc" in lowered or "beneficjen" in lowered or "grantobiorc" in lowered
    starts = ("wnioskodawc", "beneficjen", "grantobiorc", "nazwa")
    for match in _cues(_BENEFICIARY_LABEL, text, cues, starts) if labelled else ():
        value = _labelled_value(text, match.end())
        if match.group(0).lower().startswith("beneficjenci") and _LIST_ITEM.match(value):
            continue  # "Najwięksi beneficjenci:" over a list: many units, none of them the project's
        name = cut_name(_LIST_MARK.sub("", value, count=1))  # "BENEFICJENT:\n• gmina,": the item, not its bullet
        if name and not name[0].islower():  # "Beneficjent: gmina, powiat lub związek": who may apply, no name
            return org_mention(name)
    for match in _cues(_BENEFICIARY_ROW, text, cues, _BENEFICIARY_ROW_STARTS) if labelled else ():
        name = cut_name(_labelled_value(text, match.end()))
        if name and org_like(name):
            return org_mention(name)
    named_as = "beneficjent" in lowered or "grantobiorc" in lowered or "wnioskodawcą" in lowered
    for match in _cues(_BENEFICIARY_IS, text, cues, _BENEFICIARY_IS_STARTS) if named_as else ():
        run = org_run(text, match.end())
        if run and org_like(run.text):
            return org_mention(run.text)
    for match in _cues(_IS_BENEFICIARY, text) if named_as else ():
        if found := _role_name(subject_before(text, match.start())):
            return org_mention(found)
        if found := _opening_unit(text[_sentence_start(text, match.start()) : match.start()], named=True):
            return org_mention(found)  # "Dom Kultury X pierwszy raz w historii został beneficjentem …"
    for match in _cues(_HEADLINE_BENEFICIARY, text) if "beneficjentem" in lowered else ():
        run = org_run(match.group("name"))  # "Gminny Ośrodek Kultury w X beneficjentem programu …" (a headline)
        if (
            run
            and run.start == 0
            and run.end == len(match.group("name"))
            and (found := _role_name(run.text, unit=True))
        ):
            return org_mention(found)
    for match in (
        _cues(_AMONG_GETTERS, text, cues, ("wśród", "w gronie", "jednym", "jedną"))
        if "wśród" in cues or "gronie" in cues or "jedn" in cues
        else ()
    ):
        named_so = "beneficjent" in match.group().lower() or "grantobiorc" in match.group().lower()  # named so
        if match.group("relative") is not None and not _GOT.search(match.group("relative")):
            continue  # "Jedną z gmin, które złożyły wnioski, jest gmina X": an applicant, not a getter
        if match.group("got"):  # "Jedną z nich dostała Gmina X": money in its sentence or the one before
            before = _sentence_start(text, match.start())
            money = _money_near(text, _sentence_start(text, max(0, before - 1)), match.end())
        else:
            money = bool(named_so or _MONEY.search(text))
        if money and (found := _role_name(_unit_at(text, match.end()), unit=True)):
            return org_mention(found)  # "Wśród nagrodzonych jest Koło Gospodyń Wiejskich w X"
    if ("umow" in lowered or "aneks" in lowered) and (found := _agreement_party(text, cues)):
        return org_mention(found)
    found_later = _found_beneficiary(text, lowered, cues)
    if found_later is not None and _round_up(text, lowered, cues):
        return None  # "trzy stowarzyszenia dostały …", "dotacje przyznano 9 z nich": a round-up, no one beneficiary
    return found_later


_SEVERAL = "\x00several"  # `_granted_recipient`'s answer for a sentence naming several recipients


def _granted_recipient(text: str, pattern: re.Pattern[str], match: re.Match[str]) -> str | None:
    """The unit a granted pattern's match names as getting money (`_SEVERAL` when its sentence adds another), or
    None when the match says no money or names no unit."""
    head = "head" if match.group("head") else "head2"
    if pattern is _GOES_TO and not _money_near(text, match.start(), match.end(), sentences=2):
        return None
    if pattern is _HANDED_TO and not _money_near(text, match.start(), match.end()):
        return None
    if pattern is _FOR_UNIT and _GOODS.search(match.group(0)):
        return None  # "dofinansowanie zakupu wyposażenia dla OSP X": who uses the goods, not who got the money
    if pattern is _GRANTED_TO and match.group("brought") and not _money_near(text, match.start(), match.end()):
        return None  # "przyniósł Gminie X rozgłos": money must be said
    if pattern is _GRANTED_TO and match.group("acronym"):  # "przekaże TMZC darowiznę": the name it stands for
        found = _role_name(_spelled_out(text, match.group("acronym")))
    elif adjective := _DATIVE_ADJECTIVE.search(text, max(0, match.start(head) - 30), match.start(head)):
        found = _unit_at(text, adjective.start())  # "przyznano Gminnemu Ośrodkowi …": the whole name
        found = from_dative(found) if found else None
    elif match.groupdict().get("of"):  # "wójtowi gminy Rybno": the gmina
        found = _unit_at(text, match.start("of"))
    elif match.groupdict().get("town"):  # "burmistrzowi Rybna": the gmina of the town, not a person
        at = match.start("town")
        headed = head_unit(match.group(head).split()[0], text[at : at + 80].split())
        found = headed[0] if headed else None
    elif (body := from_body_dative(match.group(head))) is not None:  # "przyznali Śląskiemu Bankowi Żywności"
        if not _money_near(text, match.start(), match.end()) or _gift_first(text, match):
            return None  # "przekazał Szkole sztandar": money must be said, and be what is handed over
        named = _unit_at(text, match.start(head)) or body  # (a head `nominative` knows is read back already)
        found = _role_name(from_body_dative(named) or named)
        found = found if found and len(found.split()) > 1 else None
    elif match.group(head).startswith("Województwu"):  # "przekazana Województwu Lubuskiemu": no payer here
        found = _voivodeship_at(text, match.start(head))
    elif pattern is _GOES_TO and _BODY_HEAD.fullmatch(match.group(head)):  # "Do Szpitala Powiatowego w X trafi"
        found = _genitive_at(text, match.start(head))
    else:
        found = _unit_at(text, match.start(head))
    if found and _SOURCE_NAME.match(found):
        return None  # "przyznano z RPOWP dofinansowanie": a programme or fund named as the source, no recipient
    if found and _another_recipient(text, match.start(head), found):
        return _SEVERAL
    return found


def _gift_first(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of a grant to a body, from its verb on, names goods before any money (or none): what is
    handed over is the goods ("przekazali Szkole X sztandar", "wręczył sztandar Szkole X, wart 5 tys. zł")."""
    stop = _sentence_stop(text, match.end(), 200)
    gift = _GIFTS.search(text, match.start(), stop)
    if gift is None:
        return False
    money = _MONEY.search(text, match.start(), stop)
    return money is None or gift.start() < money.start()


# A programme's or a fund's name (in the genitive of "z …"), never a unit that gets money.
_SOURCE_NAME = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w*\s+){0,2}(?:Program(?:u|ów)?|Funduszu|Funduszy)(?!\w)")


def _different_getters(first: str, second: str) -> bool:
    """Whether two recipients are different bodies, not one name spelled twice (one holding the other)."""
    a, b = fold(first), fold(second)
    return a not in b and b not in a


# The agent of a participle or a verbal noun of getting: "Środki pozyskane przez Powiat X", "dotacja otrzymana przez
# Fundację Y", "w historii pozyskiwania przez Gminę Z funduszy unijnych" (without "przez" they name no getter).
_GOT_BY_STARTS = ("pozysk", "otrzym", "uzysk", "zdoby", "wywalcz")
_GOT_BY = re.compile(
    r"(?<![\w])(?i:pozysk(?:an|iwan)|otrzym(?:an|ywan)|uzysk(?:an|iwan)|zdoby(?:t|wan)|wywalczon)\w*"
    rf"\s+przez\s+(?=[{_CAP}]|(?:gmin|powiat|miast)\w*\s+[{_CAP}])"
)


def _agent_at(text: str, start: int) -> str | None:
    """The body named at `start` after "przez" (the accusative), in the nominative: a unit, a body named in full, or
    an acronym the passage spells out ("przez LGD" -> "Lokalna Grupa Działania X"); None for a person or a payer."""
    if (acronym := _ACRONYM_AT.match(text, start)) and not text[acronym.end() : acronym.end() + 1].isalpha():
        spelled = _spelled_out(text, acronym.group(0))
        return _role_name(spelled) if spelled else None
    found = _unit_at(text, start)
    if found is None:
        return None
    found = from_accusative(found)
    return found if _getting_unit(found) or nominative_body(found) else None


def _found_beneficiary(text: str, lowered: str, cues: str) -> OrgMention | None:
    """The beneficiary named by a verb of getting, a grant to a unit, an application or the weaker wordings."""
    getters: list[str] = []
    for verb in _cues(_GOT, text, cues, _GOT_WORDS):
        if not _money_near(text, verb.start(), verb.end()):
            continue
        if found := _getter_before(text, verb) or _getter_after(text, verb):
            rest = found.removeprefix("Miasto i Gmina")
            parts = [part for part, _ in split_orgs(rest)]
            if len(parts) == 2 and _TAIL_ADJECTIVE.fullmatch(parts[0]):
                parts = parts[1:]  # "Miejska i Powiatowa Biblioteka Publiczna w X": two adjectives of one body
            if _SEVERAL_UNITS.search(rest) or len(parts) > 1 or _another_unit_after(text, verb.end()):
                return None  # "Gmina A i Gmina B otrzymały", "Koło A oraz Koło B otrzymały", "…, a gmina B 1 mln zł"
            if getters and (_other_unit(getters[0], found) or _other_body(getters[0], found)):
                return None  # a round-up of several recipients names no one beneficiary
            getters.append(found)
    if getters:
        if _ACRONYM.fullmatch(getters[0]) and (spelled := _spelled_out(text, getters[0])):
            return org_mention(spelled)  # "MOPS dostanie 441.521 zł" after "Miejski Ośrodek Pomocy Społecznej złożył"
        return org_mention(getters[0])
    for match in _cues(_GOT_BY, text, cues, _GOT_BY_STARTS) if "przez" in cues else ():
        if _money_near(text, match.start(), match.end()) and (found := _agent_at(text, match.end())):
            return org_mention(found)  # "Środki pozyskane przez LGD …", "pozyskiwania przez Gminę X funduszy"
    for pattern in _granted_patterns(text, cues):
        matches = list(_cues(pattern, text, cues, _GRANTED_STARTS[pattern]))  # (bounded: `_cues` is an islice)
        for number, match in enumerate(matches, 1):
            found = _granted_recipient(text, pattern, match)
            if found == _SEVERAL:
                return None  # "przekazał Gminie A 100 tys. zł, a Gminie B 200 tys. zł": no one beneficiary
            if found is None:
                continue
            # "Do OSP A trafiło 40.000 PLN. … 40.000 PLN trafiło też do OSP B": the same wording, another recipient
            if any(
                _different_getters(found, other)
                for other in map(functools.partial(_granted_recipient, text, pattern), matches[number:])
                if other
            ):
                return None
            return org_mention(found)
    centre = "Ośrodka Pomocy" in text or "Centrum Pomocy" in text or "Centrum Usług" in text
    for match in _cues(_CENTRE_GETS, text, cues, _CENTRE_GETS_STARTS) if centre else ():
        if _money_near(text, match.start(), match.end()) and (found := _genitive_at(text, match.start("centre"))):
            return org_mention(found)
    for match in _cues(_FOR_BODY, text, cues, _FOR_UNIT_STARTS) if any(w in text for w in _BODY_GENITIVE_WORDS) else ():
        if _GOODS.search(match.group(0)) or not _money_near(text, match.start(), match.end()):
            continue  # "dotacja na zakup sprzętu dla Szkoły …": who uses the goods, not who got the money
        if found := _genitive_at(text, match.start("body")):  # "Dotacja dla Gminnej Biblioteki Publicznej w X"
            return org_mention(found)
    for match in _cues(_WITH_GRANT, text) if any(word in text for word in _WITH_GRANT_WORDS) else ():
        subject = subject_before(text, match.start())  # (any body named in full: "Teatr Lalki X z dotacją")
        found = _role_name(subject, unit=True) or (
            _role_name(subject) if subject and nominative_body(subject) else None
        )
        if found and (_getting_unit(found) or nominative_body(found)):
            return org_mention(found)  # "Biblioteka Publiczna w X z dofinansowaniem na …"
    # an applicant still waiting has got nothing (the scan only where an application may be named)
    waiting = any(word in lowered for word in _PENDING_WORDS)
    granted = not (waiting and _PENDING.search(lowered))
    for match in (
        _cues(_APPLIED_BY, text, cues, ("wnios", "projekt", "ofert")) if "przez" in lowered and granted else ()
    ):
        if found := _unit_at(text, match.end()):
            return org_mention(found)
    submitted = any(word in cues for word in _SUBMITTED_BY_STARTS)
    # a body applicant only where money is said granted
    body_granted = granted and ("złożył" in lowered or submitted) and _grant_said(lowered)
    for match in _cues(_APPLIED, text) if "złożył" in lowered and granted else ():
        around = lowered[max(0, match.start() - 60) : match.end() + 30]
        if "wnios" in around or "ofert" in around:  # an application, not a report or a vow
            subject = subject_before(text, match.start())
            if subject and _UNIT_HEAD.match(subject) and (found := _role_name(subject)):
                return org_mention(found)
        if body_granted and (found := _body_applicant(text, lowered, match)):
            return org_mention(found)
    for match in _cues(_SUBMITTED_BY, text, cues, _SUBMITTED_BY_STARTS) if body_granted else ():
        before = lowered[_sentence_start(text, match.start()) : match.start()].rstrip()
        if _APPLICATION.search(before) or before.endswith(("”", '"')):  # "„Tytuł” zgłoszony przez …"
            if _ANOTHER_APPLICANT.search(text, match.end(), _sentence_stop(text, match.end(), 250)):
                return None  # "dwie oferty: złożona przez A …, oraz przez B": several applicants
            found = _unit_at(text, match.end())
            if found and _applying_body(found):
                return org_mention(from_accusative(found))
    for match in _cues(_THANKS_TO, text, cues, ("dzięki",)):
        start = _sentence_start(text, match.start())
        if not text[start : match.start()].strip():  # "Dzięki pozyskanemu dofinansowaniu … OSP X zakupiło …"
            named = _UNIT_THEN_VERB.search(text, match.end(), _sentence_stop(text, match.end(), 250))
            if named and _RUNS.match(text, named.start("verb")):
                continue  # "Dzięki dofinansowaniu Gmina X realizuje projekt": it carries the project out
            if named and (found := _role_name(named.group("name"), unit=True)):
                return org_mention(found)
            continue
        found = _unit_at(text, start)
        after = text[start : match.start()].split()
        if found and _UNIT_HEAD.match(found) and len(after) > len(found.split()):
            word = after[len(found.split())]  # the unit is the subject: a verb follows its name
            if _RUNS.search(" ".join(after[len(found.split()) :])):
                continue  # "Stowarzyszenie X realizuje Program Y dzięki dofinansowaniu z Z": its implementer only
            if word.endswith(("ł", "ła", "ło", "li", "ły", "uje", "ują")):
                return org_mention(found)
    for match in _cues(_BOUGHT, text, cues, ("kupi", "zakupi")) if "kupi" in cues else ():
        if found := _buyer(text, match):
            return org_mention(found)
    leader = "lider" in lowered and _MONEY.search(text)  # a leader gets the money of a funded project only
    for match in _cues(_LEADER_IS, text) if leader else ():
        if found := _unit_at(text, match.end()):
            return org_mention(found)
    for match in _cues(_AS_LEADER, text) if leader else ():
        if found := _role_name(subject_before(text, match.start()), unit=True):
            return org_mention(found)
    return _fallback_beneficiary(text, lowered, cues)


# "Gmina X kupiła samochód …", "Nowy bus …, kupiła Gmina Y.": a unit that bought something with money a grant paid.
_BOUGHT = re.compile(r"\b(?:za)?kupi(?:ł|ła|ło|li|ły)\b", re.IGNORECASE)
# A grant paid for it (not "finansowany z budżetu gminy", "ze środków własnych"): in the verb's sentence or the three
# after (a page about a purchase says what it cost and who paid after what it is for).
_GRANT_PAID = re.compile(r"dofina|dotac|\bgrant|ze\s+środków\s+(?!własn)|\bpromes", re.IGNORECASE)


def _buyer(text: str, verb: re.Match[str]) -> str | None:
    """The unit that is the subject of a verb of buying, before it or right after it, when its sentence or the three
    after it say a grant paid (`_GRANT_PAID`); None otherwise."""
    end = verb.end()
    for _ in range(4):
        end = _sentence_stop(text, end + 1, 300)
    if not _GRANT_PAID.search(text, _sentence_start(text, verb.start()), end):
        return None
    if found := _role_name(subject_before(text, verb.start()), unit=True):
        return found
    start = verb.end()
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    first = text[start : start + 30].split(" ", 1)[0]
    return _role_name(_unit_at(text, start), unit=True) if HEAD_FORMS.get(first) == first else None


_VOIVODESHIP_DATIVE = re.compile(rf"Województwu\s+(?P<name>[{_CAP}][\w-]*(?:sk|ck)iemu)\b")


def _voivodeship_at(text: str, start: int) -> str | None:
    """The voivodeship named in the dative at `start` ("Województwu Lubuskiemu" -> "Województwo Lubuskie"), or None:
    a voivodeship given money, which `_role_name` reads as a payer elsewhere."""
    match = _VOIVODESHIP_DATIVE.match(text, start)
    return nominative(match.group(0)) if match else None


def _applying_body(name: str) -> bool:
    """Whether `name` may have filed an application in its own name: a unit that gets money (`_getting_unit`) or a
    public body named in full (`_public_body`)."""
    return _getting_unit(name) or _public_body(name)


def _public_body(name: str) -> bool:
    """Whether `name` is a public body named in full by its head ("Dom Kultury w X", "Szkoła Podstawowa nr 1 w Y",
    "Miejska Biblioteka Publiczna w Z"); an office ("Urząd Gminy X") stands for its unit and is none."""
    words = name.split()
    if len(words) < 2:
        return False
    first, second = fold(words[0]), fold(words[1])
    if "urzad" in (first, second):
        return False
    return first in _UNIT_OR_BODY or bool(_TAIL_ADJECTIVE.fullmatch(words[0]) and second in _UNIT_OR_BODY)


def _body_applicant(text: str, lowered: str, verb: re.Match[str]) -> str | None:
    """The public body that filed the application of a "złożył" clause: its subject before the verb ("Ośrodek X
    złożył w ministerstwie projekt"), or the name right after it ("ofertą, którą złożyła Parafia X")."""
    start = _sentence_start(text, verb.start())
    before = lowered[max(start, verb.start() - 60) : verb.start()]
    after = lowered[verb.end() : _sentence_stop(text, verb.end(), 80)]
    subject = subject_before(text, verb.start())
    if subject and _APPLICATION.search(after):
        found = _role_name(subject)
        return found if found and _public_body(found) else None
    following = verb.end() + 1
    named = text[following : following + 1].isupper() or _LOWER_UNIT.match(text, following)  # "złożyła gmina X"
    if not subject and _APPLICATION.search(before) and named:
        found = _unit_at(text, following)
        return found if found and _applying_body(found) else None
    return None


def _getting_unit(name: str) -> bool:
    """Whether `name` is a unit that gets money in its own name: a local government, an NGO, or a public body named
    in full ("Gminna Biblioteka Publiczna w X", "Miejski Ośrodek Pomocy Społecznej w Y")."""
    return bool(_UNIT_HEAD.match(name)) or (len(name.split()) > 1 and fold(name.split()[0]) in _UNIT_FIRST)


def _fallback_beneficiary(text: str, lowered: str, cues: str) -> OrgMention | None:
    """The weaker wordings, read when no stronger one names a beneficiary."""
    we_got = ("otrzymali", "pozyskali", "uzyskali", "dostali", "zdobyli")
    for match in _cues(_WE_GOT, text, cues, we_got) if "liśmy" in cues else ():
        if found := _speaker_unit(text, match.end()):
            return org_mention(found)
    for match in _cues(_SUM_LINE, text, cues, ("dotacja", "kwota", "dofinansowanie")) if ":" in text else ():
        if found := _listed_recipient(text, match.start()):
            return org_mention(found)
    if found := _ngo_implementer(text, lowered):
        return org_mention(found)
    own = "własn" in cues and any(word in cues for word in ("wkład", "środk", "udział"))
    for match in _cues(_OWN_SHARE, text, cues, ("wkład", "środk", "udział")) if own else ():
        if match.group("head"):
            found = _unit_at(text, match.start("head"))
        elif bare := match.group("bare"):
            found = _named_unit(text, _BARE_OWNER[bare])
        else:
            found = _role_name(f"{match.group('lower').capitalize()} {match.group('adjective').capitalize()}")
        if found:
            return org_mention(found)
    return None


# --------------------------------------------------------------------------- implementer cues

_IMPLEMENTER_LABEL = re.compile(
    r"(?<![\w])(?:Realizator(?:\s+projektu|\s+zadania|\s+programu)?(?:\s+(?:w\s+imieniu|z\s+ramienia)\s+\w+(?:\s+[A-ZŁŚŻĆŹ]\w+){0,2})?|Jednostka\s+(?:realizująca|wdrażająca)(?:\s+projekt)?"
    r"|Podmiot\s+realizujący(?:\s+projekt)?|Instytucja\s+realizująca(?:\s+projekt)?)"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
_IMPLEMENTER_LABEL_STARTS = ("realizator", "jednostka", "podmiot", "instytucja")  # where its matches begin
_ITEM = r"(?:projekt\w*|zadani\w*|program\w*|przedsięwzięci\w*|inwestycj\w*)"
# "jest realizowany", "zostało zrealizowane przez", "będą prowadzone przez"
_AUX = r"(?:jest|są|był[aoy]?|były|będzie|będą|został[aoy]?|zostały|zostanie|zostaną)"
# "realizowanego w 2022 r. przez", "realizowany w latach 2019-2021 przez": when, between the participle and "przez".
_WHEN = r"(?:(?:w|od)\s+(?:latach\s+)?\d{4}(?:\s*[-–]\s*\d{4})?(?:\s*r\.|\s+roku)?\s+)?"
# Between the project's word and its participle: "publiczne", its title in quotes, "który był" ("Projekt „Razem”
# jest realizowany przez …", "zadanie publiczne realizowane przez …", "projekt „X”, który był realizowany przez …").
_TITLED = r"(?:publiczn\w*\s+)?(?:(?:pn\.|pt\.)\s*)?(?:[„\"][^”\"\n]{1,150}[”\"]\s*,?\s+(?:któr[yaeą]\s+)?)?"
_IMPLEMENTER_IS = re.compile(
    rf"\b(?:(?:Realizator(?:em|ami)|Organizatorem(?=\s+{_ITEM})"
    r"|(?:Jednostką|Podmiotem|Instytucją)\s+(?:realizując|wdrażając)(?:ą|ym))\s+"
    rf"(?:{_ITEM}\s+)?(?:(?:na\s+terenie|w\s+ramach|w|we)\s+(?:[^\s.]+\s+){{1,3}}?)?"
    r"(?:jest|są|był[aoy]?|byli|został[aoy]?|będzie|będą)"
    rf"|(?P<item>{_ITEM}|on[aoe]?(?=\s))\s+{_TITLED}(?:{_AUX}\s+)?(?:z?realizowan|prowadzon|wdrażan|przeprowadzon)"
    rf"(?P<ending>[aey]|ego|ej|ym)\s+(?:{_AUX}\s+)?(?:w\s+partnerstwie\s+|wspólnie\s+)?{_WHEN}(?P<by>przez)"
    rf"|za\s+(?:przeprowadzenie|realizację|wykonanie|prowadzenie)\s+(?:{_ITEM}\s+)?"
    r"(?:odpowiada(?:ł[aoy]?|ją)?|odpowiedzialn[yaei]\s+(?:jest|był[aoy]?|będzie)))\s+",
    re.IGNORECASE,
)
_ITEM_WORD = re.compile(rf"\b{_ITEM}", re.IGNORECASE)
_WORK_BEFORE = re.compile(r"(?<![\w])(?i:realizacj[ęa]|prowadzenie|wykonanie|przeprowadzenie)(?![\w])")
# "Realizację zadania powierzono Stowarzyszeniu X", "Gmina zleciła prowadzenie programu Fundacji Y": the dative.
_ENTRUSTED = re.compile(
    r"\b(?i:powierzon[oay]|powierzył[aoy]?|powierzyli|powierza(?:ją)?|zlecon[oay]|zlecił[aoy]?|zlecili"
    r"|powierzeni[ae])\s+"  # a resolution's title: "w sprawie powierzenia Gminie X prowadzenia zadania"
    rf"(?:(?i:realizacj\w*|prowadzeni\w*|wykonani\w*|przeprowadzeni\w*)\s+(?:{_ITEM}\s+)?(?:[„\"][^”\"\n]*[”\"]\s+)?)?"
    rf"(?=[{_CAP}])"
)
# "Gminie X powierza się zadanie …", "Stowarzyszeniu Y zlecono realizację projektu": the dative before the verb (a
# resolution's impersonal form); the work entrusted follows the verb.
_ENTRUSTED_BEFORE = re.compile(
    rf"(?<![\w])(?P<head>{_HEADS_DATIVE})\s+(?:[{_CAP}][\w-]*\s+){{1,3}}"
    r"(?i:powierza\s+się|powierzono|powierzył[aoy]?|zleca\s+się|zlecono|zlecił[aoy]?)\s+(?:\S+\s+){0,2}?"
    r"(?i:realizacj|prowadzeni|wykonani|zadani|projekt|program)"
)
# The work entrusted named after the name: "powierzenia Gminie X prowadzenia i finansowania zadania".
_WORK_AFTER = re.compile(r"(?i:realizacj|prowadzeni|wykonani|przeprowadzeni|zadani)")
# "Realizujemy projekt …", "W 2023 r. zrealizowaliśmy program …": the first person of a welfare centre's own page.
_WE_RUN = re.compile(
    r"\b(?:realizujemy|zrealizowaliśmy|realizowaliśmy|prowadzimy|wdrażamy|przystąpiliśmy\s+do\s+realizacji"
    r"|rozpoczęliśmy\s+realizację|kontynuujemy\s+realizację)"
    rf"\s+(?:(?:[^\s.]|\.(?=\S))+\s+){{0,3}}?{_ITEM}\b",
    re.IGNORECASE,
)
_WE_RUN_STARTS = (
    *("realizujemy", "zrealizowaliśmy", "realizowaliśmy", "prowadzimy", "wdrażamy", "przystąpiliśmy"),
    *("rozpoczęliśmy", "kontynuujemy"),
)
# "Klubu „Senior+” prowadzonego przez MGOPS w Rysikowie": the body running the funded place (a club, a day centre,
# a training flat), not an institution's owner (a school, a care home, a culture centre).
_PLACE_WORD = re.compile(
    r"(?<![\w])(?:[Kk]lub\w*|(?:Dzienn|Środowiskow)\w+\s+Dom(?:u|em)?|[Śś]wietlic\w*|[Mm]ieszkani\w*)\b"
)
_PLACE_RUN_BY = re.compile(
    r"(?<![\w])(?:[Kk]lub\w*|(?:Dzienn|Środowiskow)\w+\s+Dom(?:u|em)?|[Śś]wietlic\w*|[Mm]ieszkani\w*)"
    r"\s+(?:[^\s.]+\s+){0,3}?prowadzon\w*\s+(?:jest\s+|był[aoy]?\s+)?przez\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
)
# "Ośrodek Pomocy Społecznej w Nowinach jest realizatorem projektu": the subject before ("współrealizatorem": partner).
_IS_IMPLEMENTER = re.compile(
    r",\s*(?:jako|będąc)\s+(?:(?:główny|jedyny|bezpośredni)\s+)?realizator(?:em)?\b"  # "GOPS, jako realizator …"
    r"|(?<![\w])(?:jest|są|był[aoy]?|byli|będzie|będą|został[aoy]?|zostanie|pozostaje)\s+"
    r"(?:(?:głównym|jedynym|bezpośrednim|wyłącznym|faktycznym)\s+)?"
    # "jest beneficjentem i realizatorem", "jest zarówno beneficjentem, jak i realizatorem": both roles
    r"(?:(?:zarówno\s+)?beneficjentem(?:\s+(?:i|oraz|a\s+zarazem|i\s+zarazem)|,\s+jak\s+i)\s+)?realizator(?:em|ami)\b"
    r"|(?<![\w])pełni(?:ł[aoy]?)?\s+(?:funkcję|rolę)\s+realizatora\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:go|je|ją|nim|nią|tym|to)\b", re.IGNORECASE)  # "Wdrażać go będzie …", "Odpowiada za to …"
# The implementer after the verb, the project before it ("Program bezpośrednio realizuje OPS w Kadzidle",
# "Wdrażać go będzie Regionalny Ośrodek …", "Programem zajmie się jako realizator GOPS …").
_DOES_AFTER = re.compile(
    r"\b(?:(?:bezpośrednio|faktycznie|obecnie|nadal)\s+)?(?:"
    r"realizuj[eą]|realizował[aoy]?|zrealizował[aoy]?|zrealizuj[eą]|przeprowadził[aoy]?|przeprowadza|przeprowadz[ią]"
    r"|wdraża|wdrażał[aoy]?|(?:realizować|wdrażać|przeprowadzić)\s+(?:go\s+|je\s+|ją\s+)?będ(?:zie|ą)"
    r"|będ(?:zie|ą)\s+(?:go\s+|je\s+|ją\s+)?(?:realizować|wdrażać|przeprowadzać)"
    r"|zajm(?:uje|ie|ował[aoy]?)\s+się(?:\s+(?:nim|nią|tym|nimi))?(?:\s+jako\s+realizator)?"
    r"|odpowiada(?:ł[aoy]?)?\s+za\s+(?:to|realizację|prowadzenie|wdrażanie)"
    r"|(?:ma|mają)\s+(?:go\s+|je\s+|ją\s+)?(?:realizować|wdrażać|przeprowadzić)"  # "ma go realizować Ośrodek X"
    r"|(?P<weak>prowadzi|prowadzą|prowadził[aoy]?|poprowadz[ią]|koordynuje|wykona(?:ją|ł[aoy]?)?|(?:prowadzić)\s+(?:go\s+|je\s+|ją\s+)?będ(?:zie|ą)"
    r"|(?:ma|mają)\s+(?:go\s+|je\s+|ją\s+)?prowadzić))\s+"
    r"(?:(?:go|je|ją)\s+)?"  # "…, a zrealizowało go Centrum X": the project as a pronoun after the verb
    r"(?:u\s+nas\s+|w\s+naszej\s+gminie\s+)?"  # "Program X prowadzi u nas Gminny Ośrodek …": where, on its own page
    # "Projekt realizuje w latach 2011 – 2013 Miejski Ośrodek …": when, between the verb and the unit
    r"(?:w\s+latach\s+\d{4}\s*[-–]\s*\d{4}\s+|w\s+(?:roku\s+)?\d{4}(?:\s*r\.|\s+roku)?\s+"
    # "Projekt „X” realizuje od 1 marca 2021 r. Fundacja Y", "… od stycznia 2024 roku …"
    r"|od\s+(?:\d{1,2}\s+[a-ząćęłńóśźż]+\s+|\d{1,2}\.\d{1,2}\.|[a-ząćęłńóśźż]+\s+)?\d{4}(?:\s*r\.|\s+roku)?\s+)?",
    re.IGNORECASE,
)
# The implementer before the verb, the project after it ("GOPS w Świlczy prowadzi ten projekt",
# "Ośrodek Pomocy Społecznej zaczął 01.04.2008 roku realizować projekt").
_TOGETHER_OPENING = re.compile(r"\s*(?:Razem|Wspólnie|Wraz)\s+ze?\s")
_DOES_BEFORE = re.compile(
    r"\b(?:realizuj[eą]|realizował[aoy]?|realizowali|zrealizował[aoy]?|zrealizowali|zrealizuj[eą]|wdrażaj?[ąa]"
    r"|przyst(?:ąpi(?:ł[aoy]?|li|ły|ą)?|ępuj[eą])\s+do\s+realizacji"
    r"|kontynu(?:uj[eą]|ował[aoy]?)(?=\s+(?:realizacj|prowadzeni|wdrażani|projekt|program|zadani))"
    # a modal before the infinitive: "Stowarzyszenie X mogło zrealizować projekt", "Gmina Y może realizować program"
    r"|(?:może|mogą|mógł|mogł[aoy]|mogli)\s+(?:z?realizować|wdrażać|wdrożyć|przeprowadzić)"
    r"|rusz(?:a|ają|ył[aoy]?|yli)\s+z(?:e)?|startuje\s+z"
    r"|(?P<weak>prowadz[ią]|prowadził[aoy]?|prowadzili"
    r"|zaczyna|rozpoczyna|zaczął|zaczęł[aoy]|rozpoczął|rozpoczęł[aoy]|koordynuje))"
    # "Gmina X realizuje pomoc dla mieszkańców w ramach rządowego programu …": the work done under the item
    # (the item may open a quoted title: "przystąpił do realizacji „Programu …”")
    rf"\s+(?:(?:[^\s.]|\.(?=\S))+\s+){{0,4}}?(?:w\s+ramach\s+(?:[^\s.,;]+\s+){{0,2}}?)?[„\"]?{_ITEM}\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(rf"^[{_CAP}]{{2,6}}\b")

# The relative pronoun as the object and the subject after it, before the verb: "projektu „X”, który ILO realizuje",
# "program, który Gminny Ośrodek Kultury prowadzi".
_ACRONYM_AT = re.compile(rf"[{_CAP}]{{2,6}}\b")
_RELATIVE_OBJECT = re.compile(rf",\s*(?:który|którą|które)\s+(?=[{_CAP}][^,.;:\n]{{0,60}}$)")


def _acronym_named(text: str, start: int) -> str | None:
    """The one name the passage spells out for the acronym at `start` ("GOK w X" -> "Gminny Ośrodek Kultury w X"), or
    None: an acronym after a verb of running names the body the passage names in full."""
    acronym = _ACRONYM_AT.match(text, start)
    return _spelled_out(text, acronym.group(0)) if acronym else None


# "Gminny Ośrodek Kultury w Lasecznie bezpośrednio odpowiada za jej organizację": the subject before.
_ANSWERS_FOR = re.compile(
    r"\b(?:(?:bezpośrednio|wyłącznie)\s+)?odpowiada(?:ł[aoy]?|ją)?\s+za\s+"
    rf"(?:(?:jej|jego|ich)\s+(?:organizację|realizację|przeprowadzenie|wdrożenie|prowadzenie)"
    rf"|(?:organizację|realizację|przeprowadzenie|wdrożenie|prowadzenie)\s+{_ITEM})",
    re.IGNORECASE,
)
# "Gmina Miasto Zgierz, w imieniu której działał Dyrektor Miejskiego Ośrodka …, zawarły umowę": the acting unit.
_ON_BEHALF = re.compile(
    r"\bw\s+imieniu\s+któr(?:ej|ego)\s+(?:działa(?:ł[aoy]?)?|występuje|występował[aoy]?)\s+"
    rf"(?:(?i:dyrektor|kierownik|prezes)\s+)?(?=[{_CAP}])"
)
# "Nowy projekt Miejskiego Ośrodka Pomocy Społecznej, „…”, ma …": the body whose project it is.
# Read on the lower-cased text (its literal start is searched fast); the case is checked on the text itself.
_PROJECT_OF = re.compile(
    r"projekt(?:u|em)?[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?"
    r"(?:ośrodka|centrum|stowarzyszenia|fundacji|towarzystwa|instytutu|gminy|powiatu)\s"
)
_OWNER_START = re.compile(rf"[Pp]rojekt(?:u|em)?\s+(?=[{_CAP}][\w-]+\s)")
_OWNER_GENITIVE = re.compile(r"\S+(?:ego|iej|ej|a|i|u|y)\s")  # "projekt Centrum Integracji …" may be its own title
# Single head words that stand for a body the passage names in full ("Instytut realizuje projekt …").
_BARE_IMPLEMENTERS = frozenset(
    ["Instytut", "Ośrodek", "Centrum", "Fundacja", "Stowarzyszenie", "Towarzystwo", "Związek"]
)
# After a genitive head, an instrumental word is a person's name ("Instytutu Działalności Publicznej Adamem …").
_INSTRUMENTAL = re.compile(r"(?:em|ą)$")


_WELFARE_CENTRE = re.compile(r"\b(?:Ośrodek\s+Pomocy|Centrum\s+(?:Pomocy\s+Rodzinie|Usług\s+Społecznych))\b")


def _is_welfare_centre(name: str) -> bool:
    """A welfare centre (OPS, GOPS, MOPS, MOPR, PCPR, CUS), by its name or its abbreviation."""
    return bool(_WELFARE_CENTRE.search(expand_abbreviations(name) or name))


_CENTRE_IN_RUN = re.compile(
    r"\s(?=(?:(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow|Regionaln)\w*\s+)?(?:Ośrodek|Centrum)\s+(?:Pomocy|Usług)\b"
    r"|(?:M-GOPS|MGOPS|GOPS|MOPS|MOPR|OPS|PCPR|CUS)\b)"
)
_LOCAL_ANY_CASE = re.compile(r"(?:Gmin(?:a|y|ie|ę|ą)|Powiat(?:u|owi|em)?|Miast(?:o|a|u|em)|Województw(?:o|a|u|em))\s")
_DASH_AFTER = re.compile(r"[ \t\u00a0]*[–—/-][ \t\u00a0]+")  # "Gmina X – GOPS w X", "Gmina X / GOPS w X"


def _centre_of_unit(text: str, run: OrgRun) -> str | None:
    """The welfare centre a local government's name runs into or is followed by after a dash, or None."""
    if inside := _CENTRE_IN_RUN.search(run.text):
        return split_orgs(run.text[inside.end() :])[0][0]
    return _centre_after_dash(text, run.end)


def _centre_after_dash(text: str, position: int) -> str | None:
    """The welfare centre named after a dash or a slash at `position` ("Gmina X – GOPS w X"), or None."""
    dash = _DASH_AFTER.match(text, position)
    following = _run_at(text, dash.end()) if dash else None
    if dash and following is not None and following.start == dash.end() and _is_welfare_centre(following.text):
        return split_orgs(following.text)[0][0]
    return None


def _implementer_at(text: str, start: int, *, acronym: bool = False) -> str | None:
    """The organisation named at `start`, the first of a list ("GOPS oraz Biblioteka …")."""
    run = _run_at(text, start)
    if run is None:
        return None
    parts = [part for part, _ in split_orgs(run.text)]
    if len(parts) > 1 and _LOCAL_GOVERNMENT.match(parts[0] + " ") and _is_welfare_centre(parts[1]):
        return parts[1]  # "Miasto Koło oraz MOPS w Kole": the gmina got the money, its welfare centre carries it out
    if _LOCAL_ANY_CASE.match(run.text) and (centre := _centre_of_unit(text, run)):
        return centre  # "przez Gminę Zawiercie Miejski Ośrodek …", "Powiat X – Powiatowe Centrum Pomocy Rodzinie …"
    whole = run.text.split(" oraz ", 1)[0]
    name = split_orgs(whole)[0][0]
    if name in HEAD_FORMS:  # "Miasto i Gmina Gąbin" is one unit
        name = whole
    if org_like(name) or (acronym and _ACRONYM.match(name)):
        return name
    return None


# Words (lower case) one of which each pattern's every match holds: without them the scan is skipped.
_PARTICIPLES = ("realizowan", "prowadzon", "wdrażan")  # "przeprowadzon" holds "prowadzon"
_ITEM_WORDS = ("projekt", "zadani", "program", "przedsięwzięci", "inwestycj")
# Where the patterns' matches begin (see `matches_from`).
# ("one", "ona", "ono", "on": the project as a pronoun, "Będą one realizowane przez …")
_IMPLEMENTER_IS_STARTS = ("realizator", "organizatorem", "jednostką", "podmiotem", "instytucją", *_ITEM_WORDS, "on")
# The same without the project's words, which start only its "<projekt> realizowany … przez" branch: enough in a
# text without "przez" or a participle (a project's words are in nearly every text, each a try of the pattern).
_IMPLEMENTER_NAMED_STARTS = ("realizator", "organizatorem", "jednostką", "podmiotem", "instytucją")
# Its "za przeprowadzenie … odpowiada" branch begins with "za" and white space (a bare "za" starts "zadanie",
# "zakres", "zajęcia": a try each).
_IMPLEMENTER_ZA = re.compile(r"za\s")
_DOES_AFTER_STARTS = (
    *("bezpośrednio", "faktycznie", "obecnie", "nadal"),
    *(
        "realiz",
        "zrealiz",
        "przeprowadz",
        "wdraża",
        "będ",
        "zajm",
        "odpowiada",
        "prowadz",
        "poprowadz",
        "koordynuje",
        "wykona",
        "ma ",
        "mają",
    ),
)
_DOES_BEFORE_STARTS = (
    *("realiz", "zrealiz", "wdraża", "prowadz", "zacz", "rozpocz", "koordynuje"),
    *("przyst", "kontynu", "rusz", "startuje", "może", "mogą", "mógł", "mogł", "mogli"),
)


# The implementer in apposition to "realizator" after a dash, as a label with a dash for its colon: "Realizator
# projektu – Gmina Lipno", "kontakt z realizatorem Programu – Ośrodkiem Pomocy Społecznej w Dębnie" (the instrumental).
_IMPLEMENTER_APPOSITION = re.compile(
    rf"(?<![\w])(?i:realizator(?P<em>em)?)(?:\s+(?i:{_ITEM}))?[ \t\u00a0]+[–—-][ \t\u00a0]+(?=[{_CAP}])"
)
# The work's noun with its doer, as "realizowany przez" (tests/realtext/README.md, `implementer`): "zgoda na
# realizację przez Gminny Ośrodek … projektu", "realizacja zadania przez Fundację X".
_WORK_BY = re.compile(rf"(?<![\w])(?i:realizacj[aięą])(?:\s+(?i:{_ITEM}))?\s+przez\s+(?=[{_CAP}])")
_SELECTED_FOR = re.compile(r"(?i:\bdo|wybra\w*|przyję\w*|zakwalifikowa\w*|skierowa\w*)\s+$")


def _plural_items(item: str, ending: str) -> bool:
    """Whether "<item> realizowane" names several tasks ("zadania"), parts of a project, not one ("zadanie")."""
    return ending == "e" and item.lower() == "zadania"


# "Nadleśnictwo Leśny Dwór, które realizuje projekt": the unit a relative clause hangs on.
_RELATIVE_BEFORE = re.compile(r",\s*(?:któr[aey]|którzy)(?:\s+(?:obecnie|nadal|również|też|wspólnie))?\s*$")
# "Caritas Polska we współpracy z Caritas Diecezji … prowadzą wspólnie projekt": the subject before its company.
_COMPANY_BEFORE = re.compile(
    r"\s+(?:(?:we|przy)\s+współpracy|w\s+partnerstwie|wraz|razem|wspólnie)\s+z(?:e)?\s+[^.;:!?\n]*$"
)
_COMPANY_WORDS = re.compile(r"współpracy|partnerstwie|wraz|razem|wspólnie")
# "realizuje rzeszowski WUP": a lower-case adjective of place before an office's acronym.
_LOCAL_ACRONYM = re.compile(r"[a-ząćęłńóśźż]+(?:ski|cki|dzki|ska|cka|dzka|skie|ckie|dzkie)\s+[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}\b")


# Words between a subject and its verb: "MOPS w Sosnowcu znów rusza z projektem", "GOPS informuje, że realizuje".
_ADVERB_BEFORE = re.compile(
    r"\s(?:znów|znowu|ponownie|również|także|też|nadal|wciąż|już|obecnie|aktualnie|właśnie|wspólnie)\s*$"
    r"|\s(?:od|w|we|do)\s+(?:[^\s,.]+\s+)?(?:\d{4}\s*(?:roku|r\.)?|roku|lat)\s*$"  # "od 2019 roku", "od wielu lat"
    r"|\s(?:informuje|informował[aoy]?|przypomina|zawiadamia|ogłasza),?\s+(?:że|iż)\s*$",
    re.IGNORECASE,
)


# An aside between the subject and its verb: "– tak jak w poprzednich latach –", "(po raz trzeci)"; a role in
# brackets ("A i B (partner wiodący) realizowali") is no aside: it marks a partnership.
_ASIDE_BEFORE = re.compile(
    r"\s+(?:[–—]\s+[^–—\n.;]{1,60}?\s+[–—]|\((?![^()\n]*(?i:partner|lider|realizator|beneficjent))[^()\n]{1,60}\))\s*$"
    # "Gmina X, jako lider partnerstwa, realizuje …", "Gmina X, lider projektu, realizuje …": the lead's own role
    r"|,\s+(?:(?:jako|będąc)\s+)?(?:lider\w*|beneficjent\w*)(?:\s+(?:projektu|partnerstwa|zadania))?\s*,\s*$"
)


# A subject never opens with a genitive: "Na zlecenie Miejskiego Ośrodka … w Gdańsku Polskie Stowarzyszenie …
# realizuje" is read as one capitalised run, and the subject is the nominative name closing it.
_GENITIVE_OPENER = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:ego|iej|ej)$|(?:Ośrodka|Gminy|Powiatu|Miasta|Urzędu|Starostwa)$")
_NOMINATIVE_ADJECTIVE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:sk|ck|dzk|n|w)(?:i|ie|a|e|y)$")


def _nominative_tail(name: str) -> str | None:
    """The nominative unit closing a run that opens with a genitive (None if none does), or `name` as it is."""
    words = name.split()
    if not words or not _GENITIVE_OPENER.match(words[0]):
        return name
    for i in range(1, len(words)):
        if HEAD_FORMS.get(words[i]) == words[i] or words[i] in _BARE_IMPLEMENTERS:  # a head in the nominative
            while i > 1 and _NOMINATIVE_ADJECTIVE.match(words[i - 1]):
                i -= 1
            return " ".join(words[i:])
    return None  # "Na zlecenie Gminy Lipy Jan Nowak realizuje": a person, no unit


# A unit's seat between it and its verb: "Stowarzyszenie X z siedzibą w Rybnie prowadzi", "Fundacja X zs.\nw Y".
_SEAT_BEFORE = re.compile(
    r",?\s+(?:z\s+siedzibą|zs\.)\s+(?:w|we)\s+[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]*)?,?\s*\Z"
)


def _subject_of(text: str, verb_start: int) -> str | None:
    """The unit that is the subject of a verb, also across a relative pronoun, a "wraz z …" phrase, an adverb or
    "informuje, że"."""
    found = _subject_run(text, verb_start)
    return _nominative_tail(found) if found else None


def _subject_run(text: str, verb_start: int) -> str | None:
    """`_subject_of` before its genitive opener is cut."""
    window_start = max(0, verb_start - _NAME_REACH)
    window = text[window_start:verb_start]
    if adverb := _ADVERB_BEFORE.search(window, max(0, len(window) - 40)):
        return _subject_run(text, window_start + adverb.start())
    if aside := _ASIDE_BEFORE.search(window, max(0, len(window) - 80)):
        return _subject_run(text, window_start + aside.start())  # "Powiat X – jak co roku – przystąpił …"
    if ("siedzib" in window[-60:] or "zs." in window[-60:]) and (seat := _SEAT_BEFORE.search(window)):
        return _subject_run(text, window_start + seat.start())  # "Fundacja X z siedzibą w Y prowadzi …"
    company = _COMPANY_BEFORE.search(window) if " z" in window and _COMPANY_WORDS.search(window) else None
    if company and (found := subject_before(text, window_start + company.start())):
        return found
    if found := subject_before(text, verb_start):
        return found
    cut = _RELATIVE_BEFORE.search(window, max(0, len(window) - 40)) if "któr" in window[-40:] else None
    return subject_before(text, window_start + cut.start()) if cut else None


# "Gmina X realizuje program poprzez Gminny Ośrodek …": the unit the local government carries it out through.
_THROUGH = re.compile(rf"\s(?:poprzez|za\s+pośrednictwem)\s+(?=[{_CAP}])")


def _through_unit(text: str, position: int) -> str | None:
    """The unit named after "poprzez" / "za pośrednictwem" in the rest of the sentence from `position`, or None."""
    through = _THROUGH.search(text, position, _sentence_stop(text, position, 200))
    found = _genitive_at(text, through.end()) if through else None  # "za pośrednictwem Gminnego Ośrodka …"
    if through and text.startswith("poprzez", through.start() + 1):
        found = _implementer_at(text, through.end())  # "poprzez Gminny Ośrodek …": the accusative
        found = from_accusative(found) if found else None
    return found if found and org_like(found) else None


# "MOPS w Opolu informuje, że Gmina Opole przystąpiła do realizacji programu": the centre carries it out.
_REPORTS = re.compile(r"\s+(?:informuje|informował[aoy]?|przypomina|zawiadamia|ogłasza),?\s+(?:że|iż)\s")


def _reporting_centre(text: str, position: int) -> str | None:
    """The welfare centre that opens the sentence saying its gmina (powiat) runs a programme, or None."""
    start = _sentence_start(text, position)
    report = _REPORTS.search(text, start, position)
    if report is None:
        return None
    subject = subject_before(text, report.start())
    return subject if subject and _is_welfare_centre(subject) else None


def _local_acronym(text: str, start: int) -> str | None:
    match = _LOCAL_ACRONYM.match(text, start)
    return match.group(0) if match else None


def _genitive_at(text: str, start: int) -> str | None:
    """The body named at `start` in the genitive ("Miejskiego Ośrodka Pomocy Społecznej w Zgierzu"), nominative."""
    run = _run_at(text, start)
    if run is None or run.start != start:
        return None
    name = split_orgs(run.text.split(" oraz ", 1)[0])[0][0]
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if _INSTRUMENTAL.search(word) and word[:1].isupper() and i > 1:
            name = " ".join(words[:i])
            break
    name = from_genitive(name)
    if not org_like(name) or fold(name).startswith(_FUNDERS):
        return None
    return nominative(name)


_CAPITALISED_BEFORE = re.compile(rf"(?<![\w])[{_CAP}][a-ząćęłńóśźż]+(?:ego|ym|y|i|a|ej|e)[ \t\u00a0]+$")


def _full_name(text: str, bare: str) -> str | None:
    """The one longer name the passage gives a body it then calls by its head word alone, or None."""
    names = set()
    for match in re.finditer(rf"(?<![\w]){bare[:5]}\w*\s+(?=[{_CAP}])", text):
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Gminny Ośrodek Kultury": the head inside a longer name, not a name of its own
        name = _genitive_at(text, match.start())
        if name and name.split()[0] == bare and len(name.split()) > 1:
            names.add(name)
    return names.pop() if len(names) == 1 else None


@functools.lru_cache(maxsize=4)  # find_beneficiary's NGO fallback asks for the same page's implementer
def find_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca, or the unit said to carry the project out."""
    found = _find_implementer(text) or _centre_running(text)
    if found is not None and (our := _OUR.match(found.name)):  # "Nasz Ośrodek realizuje …": the page's own unit
        head = found.name[our.end() :]
        full = _named_unit(text, head) if head in _NAMED_UNIT else _one_welfare_centre(text)
        return org_mention(full) if full else None
    if found is not None and found.name in _BARE_IMPLEMENTERS:  # "Instytut realizuje …": the one named in full
        centre = _one_welfare_centre(text) if found.name in ("Ośrodek", "Centrum") else None
        full = centre or _full_name(text, found.name)
        return org_mention(full) if full else None
    if found is not None and fold(found.name) in _COMMON_BODIES:  # "Szkoła realizuje projekt": no body named
        return None
    if found is not None and fold(found.name) in _KINDS_OF_SELF_GOVERNMENT:  # "realizuje Samorząd Powiatowy"
        return None
    if found is not None and _LOCAL_GOVERNMENT.match(found.name + " ") and (centre := _centre_after(text, found.name)):
        return org_mention(centre)  # "Realizator: Gmina X - Gminny Ośrodek …", "realizuje Gmina X / GOPS w X"
    return found


# Running or joining a project before a welfare centre's name in its sentence, the centre the subject after it:
# "W związku z tym, że realizuje program …, GOPS w X informuje", "Do programu … chce się przyłączyć CUS w Y".
_RUNNING_WORDS = ("realizuj", "realizowa", "przyłącz", "przystąp", "przystęp")  # not "realizatorów": who may run it
_RUNNING = re.compile(_either(_RUNNING_WORDS))
_WELFARE_WORDS = ("Pomocy", "Usług", "OPS", "MOPR", "PCPR", "CUS")  # one is in each of `_WELFARE_NAME`'s matches


def _centre_running(text: str) -> OrgMention | None:
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
    if not any(item in cues for item in _ITEM_WORDS):
        return None
    for word in _RUNNING_WORDS:  # each running word, and the first centre's name after it (a rarer word than heads)
        at = cues.find(word)
        while at >= 0:
            # the first centre's name that ends within 170 characters of the word; it counts when the 100 characters
            # before it, in its sentence, hold a running word and a project's or programme's word
            match = _WELFARE_NAME.search(text, at + len(word), at + 170)
            if match:
                before = cues[max(_sentence_start(text, match.start()), match.start() - 100) : match.start()]
                if _RUNNING.search(before) and _ITEM_WORD.search(before):
                    centre = _one_welfare_centre(text)
                    return org_mention(centre) if centre else None
            at = cues.find(word, at + 1)
    return None


def _centre_after(text: str, name: str) -> str | None:
    """The welfare centre named right after `name` and a dash or a slash, or None."""
    return next(filter(None, (_centre_after_dash(text, m.end()) for m in re.finditer(re.escape(name), text))), None)


_LOWER_CENTRE = re.compile(
    r"(?<![\w])(?:[Nn]asz\s+)?(?:ośrodek|centrum)\s+(?:(?:też|także|również|nadal|obecnie)\s+)?$"
)
_OUR = re.compile(r"^(?:[Nn]asz[aey]?|[Nn]aszego|[Nn]aszym)\s+")
# A welfare centre named in full, in any case: "Miejskiego Ośrodka Pomocy Społecznej w Lipnie", "GOPS w Lipnie".
_WELFARE_NAME = re.compile(
    r"(?<![\w])(?:(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow|Regionaln)\w*\s+)?"
    r"(?:Ośrod\w*\s+Pomocy|Centr\w*\s+(?:Pomocy\s+Rodzinie|Usług\s+Społecznych))"
    r"|(?<![\w-])(?:M-GOPS|MGOPS|GOPS|MOPS|MOPR|OPS|PCPR|CUS)\s+w\s"
)


def _one_welfare_centre(text: str) -> str | None:
    """The one welfare centre the passage names in full (its place said), in the nominative; None if not one."""
    names: dict[str, str] = {}
    for match in itertools.islice(_WELFARE_NAME.finditer(text), _MAX_CUES):
        name = _genitive_at(text, match.start())
        if name and " w " in name:
            names.setdefault(fold(expand_abbreviations(name) or name), name)
    return next(iter(names.values())) if len(names) == 1 else None


def _find_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca, or the unit said to carry the project out."""
    lowered = lower_text(text)
    cues = text_cues(text)
    labelled = any(w in lowered for w in ("realizator", "realizując", "wdrażając"))
    for match in _cues(_IMPLEMENTER_LABEL, text, cues, _IMPLEMENTER_LABEL_STARTS) if labelled else ():
        name = cut_name(_labelled_value(text, match.end()))
        if name:
            return org_mention(name)
    done_by = "przez" in cues and any(word in cues for word in _PARTICIPLES)  # "<projekt> realizowany przez"
    implementer_is = (
        "realizator" in cues
        or "realizując" in cues
        or "wdrażając" in cues
        or "organizatorem" in cues
        or "odpowiada" in cues
        or "odpowiedzialn" in cues
        or done_by
    )
    starts = _IMPLEMENTER_IS_STARTS if done_by else _IMPLEMENTER_NAMED_STARTS
    for match in _cues(_IMPLEMENTER_IS, text, cues, starts, where=_IMPLEMENTER_ZA) if implementer_is else ():
        if match.group("by") and _plural_items(match.group("item"), match.group("ending")):
            continue  # "na zadania realizowane przez X przypada …": some of the tasks, not the project
        if found := _implementer_at(text, match.end(), acronym=True):
            return org_mention(from_accusative(found) if match.group("by") else found)
    weak: list[tuple[int, str]] = []  # "prowadzi", "zaczyna": read only when no stronger wording names one
    strong: list[tuple[int, str]] = []
    for match in _cues(_DOES_AFTER, text, cues, _DOES_AFTER_STARTS):
        before = text[_sentence_start(text, match.start()) : match.start()]
        # the project named before the verb: a word for it, a pronoun, or its title in quotes opening the
        # sentence ("„Strefę 60+” od maja do grudnia 2017 roku realizowało Stowarzyszenie …")
        titled = before.lstrip()[:1] in OPEN_QUOTES + '"'
        place = match.group("weak") and _PLACE_WORD.search(before)  # "Mieszkanie treningowe prowadzi MOPS …"
        if not _ITEM_WORD.search(before) and not _PRONOUN.search(match.group(0)) and not titled and not place:
            continue
        if found := (
            _implementer_at(text, match.end()) or _local_acronym(text, match.end()) or _acronym_named(text, match.end())
        ):
            (weak if match.group("weak") else strong).append((match.start(), found))
        elif (subject := subject_before(text, match.start())) and (found := _object_first(before, subject)):
            # "Projekt „Model lokalnej współpracy” Gminny Ośrodek … prowadził w okresie od …": object, subject, verb
            (weak if match.group("weak") else strong).append((match.start(), found))
    for match in _near(_IS_IMPLEMENTER, text, cues, "realizator", 40, 30):
        found = _subject_of(text, match.start())
        if found and fold(found) not in _BARE_HEADS and not fold(found).startswith(_OFFICES):
            strong.append((match.start(), found))
    for match in (
        _cues(_ANSWERS_FOR, text, cues, ("bezpośrednio", "wyłącznie", "odpowiada")) if "odpowiada" in cues else ()
    ):
        found = _subject_of(text, match.start())
        if found and fold(found) not in _BARE_HEADS and not fold(found).startswith(_OFFICES):
            strong.append((match.start(), found))
    for match in _cues(_ON_BEHALF, text, cues, ("w imieniu",)) if "imieniu" in cues else ():
        sentence = text[match.start() : _sentence_stop(text, match.end(), 300)]
        if _ITEM_WORD.search(sentence) and (found := _genitive_at(text, match.end())):
            strong.append((match.start(), found))
    does_before = any(item in cues for item in _ITEM_WORDS)
    for match in _cues(_DOES_BEFORE, text, cues, _DOES_BEFORE_STARTS) if does_before else ():
        opening = _TOGETHER_OPENING.match(text, _sentence_start(text, match.start()))
        # "Gmina X dostała … . Razem z gminami: A, B zrealizuje projekt …": the subject of the sentence before
        found = _antecedent(text, match.start()) if opening else _subject_of(text, match.start())
        if found is None and (relative := _RELATIVE_OBJECT.search(text, max(0, match.start() - 80), match.start())):
            found = _implementer_at(text, relative.end(), acronym=True)  # "projektu „X”, który ILO realizuje"
        if found and _LOCAL_GOVERNMENT.match(found + " "):
            found = _reporting_centre(text, match.start()) or _through_unit(text, match.end()) or found
        elif found is None and _LOWER_CENTRE.search(text, max(0, match.start() - 30), match.start()):
            found = _one_welfare_centre(text)  # "… że ośrodek realizuje projekt": the centre the passage names
        if found and _ITEM_WORD.match(found):
            continue  # "Projekt „Zielony domek” prowadzi Przedszkole …; projekt …": a project's title is no unit
        if found and fold(found) not in _BARE_HEADS and not fold(found).startswith(_OFFICES):
            (weak if match.group("weak") else strong).append((match.start(), found))
    for match in _cues(_ENTRUSTED, text, cues, ("powierz", "zlec")) if "powierz" in cues or "zlec" in cues else ():
        sentence = text[_sentence_start(text, match.start()) : match.end()]
        # "Realizację ministerstwo powierzyło Fundacji X": the work entrusted, named before the verb
        after = text[match.end() : _sentence_stop(text, match.end(), 120)]
        if (
            _ITEM_WORD.search(sentence)
            or _WORK_BEFORE.search(sentence)
            or (match.group(0).lower().startswith("powierzeni") and _WORK_AFTER.search(after))
        ) and (found := _implementer_at(text, match.end())):
            strong.append((match.start(), from_dative(found)))
    entrust = ("powierza", "powierzon", "powierzył", "zleca", "zlecon", "zlecił")
    dative = any(word in cues for word in entrust) and any(head in text for head in _DATIVE_WORDS)
    for match in _cues(_ENTRUSTED_BEFORE, text, cues, _GRANTED_STARTS[_GRANTED_BEFORE]) if dative else ():
        if found := _unit_at(text, match.start("head")):  # "Gminie X powierza się zadanie": the gmina
            strong.append((match.start(), found))
    for match in (
        _cues(_WE_RUN, text, cues, _WE_RUN_STARTS)
        if any(end in cues for end in ("liśmy", "jemy", "zimy", "żamy"))
        else ()
    ):
        if found := _one_welfare_centre(text):  # "Od marca realizujemy projekt …" on a welfare centre's page
            weak.append((match.start(), found))
    for match in _near(_PLACE_RUN_BY, text, cues, "prowadzon", 90, 40):
        if found := _implementer_at(text, match.end()):
            weak.append((match.start(), from_accusative(found)))
    for match in _cues(_ON_AGREEMENT, text, cues, ("na podstawie",)) if "podstawie" in cues else ():
        if found := _acting_on_agreement(text, match):
            strong.append((match.start(), found))
    for match in _cues(_IMPLEMENTER_APPOSITION, text, cues, ("realizator",)) if "realizator" in cues else ():
        if found := _implementer_at(text, match.end()):
            strong.append((match.start(), instrumental_nominative(found) if match.group("em") else found))
    for match in _cues(_WORK_BY, text, cues, ("realizacj",)) if "realizacj" in cues and "przez" in cues else ():
        if _SELECTED_FOR.search(text, max(0, match.start() - 30), match.start()):
            continue  # "wybrane do realizacji przez Komisję": who chose the projects, not who carries them out
        sentence = text[match.start() : _sentence_stop(text, match.end(), 200)]
        if _ITEM_WORD.search(sentence) and (found := _implementer_at(text, match.end())):
            strong.append((match.start(), from_accusative(found)))
    for found_list in (strong, weak):
        if found_list:
            return org_mention(min(found_list)[1])
    deal = ("partnersk" in cues or "partnerstwie" in cues) and ("umow" in cues or "porozumieni" in cues)
    if deal and (leader := _partnership_leader(text, cues)):
        return org_mention(leader)
    owner_text = cues if len(cues) == len(text) else text.lower()
    for match in itertools.islice(_PROJECT_OF.finditer(owner_text), _MAX_CUES):
        if match.start() and text[match.start() - 1].isalnum():  # "…projekt" inside a longer word
            continue
        start = _OWNER_START.match(text, match.start())
        if start and _OWNER_GENITIVE.match(text, start.end()) and (found := _genitive_at(text, start.end())):
            return org_mention(found)
    return None


def _acting_on_agreement(text: str, basis: re.Match[str]) -> str | None:
    """The unit opening the sentence and doing its work "na podstawie umowy … o udzielenie dotacji" whose parties are
    not printed ("Gmina X zbudowała plac zabaw na podstawie Umowy Nr …, zawartej w dniu …, o udzielenie dotacji"):
    its implementer only (tests/realtext/README.md, `beneficiary`); None otherwise."""
    start = _sentence_start(text, basis.start())
    while start < basis.start() and text[start] in " \t\n\u00a0":
        start += 1
    agreement = text[basis.end() : _sentence_stop(text, basis.end(), 300)]
    if not _GRANT_NOUN.search(agreement) or _PARTY.search(agreement) or _PARTIES_PRINTED.search(agreement):
        return None  # no grant, or the parties printed ("zawartej pomiędzy Skarbem Państwa a Gminą Dobra")
    opening = _UNIT_THEN_VERB.match(text, start, basis.start())
    return _role_name(opening.group("name"), unit=True) if opening else None


# "… podpisali umowę o partnerstwie przy realizacji projektu": the party that is not the partner leads it.
_PARTNERSHIP_DEAL = re.compile(r"\b(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie)", re.IGNORECASE)
_SIGNATORY = re.compile(
    rf"(?<![\w])(?:[Dd]yrektor\w*|[Pp]rezes\w*|[Kk]ierownik\w*|[Ww]ójt\w*|[Bb]urmistrz\w*|[Ss]tarost\w*)\s+(?=[{_CAP}])"
)
_SIGNED_WORDS = re.compile(r"podpisa|zawar", re.IGNORECASE)


def _partnership_leader(text: str, cues: str) -> str | None:
    """The one signatory's body of a partnership agreement that the passage does not name as a partner."""
    deal = next(_near(_PARTNERSHIP_DEAL, text, cues, "partner", 30, 20), None)
    if deal is None:
        return None
    sentence = text[_sentence_start(text, deal.start()) : _sentence_stop(text, deal.end(), 300)]
    partners = {fold(partner.name) for partner in find_partners(text)[0]}
    if not partners or not _SIGNED_WORDS.search(sentence):
        return None
    leaders = set()
    for match in itertools.islice(_SIGNATORY.finditer(sentence), _MAX_CUES):
        name = _genitive_at(sentence, match.end())
        name = _without_person(re.split(r"\s+(?:i|oraz)\s+", name)[0]) if name else None
        if name and fold(name) not in partners:
            leaders.add(name)
    return leaders.pop() if len(leaders) == 1 else None


def _object_first(before: str, subject: str) -> str | None:
    """The subject of a clause that names the project first ("Projekt „X” GOPS w Y realizował …"), or None."""
    title_end = max(subject.rfind("”"), subject.rfind('"'))
    if _ITEM_WORD.match(subject) and title_end > 0:  # "Projekt „X” GOPS …" read as one capitalised run
        subject = subject[title_end + 1 :].strip()
        object_end = len(before)
    elif title_end > 0:  # "Projekt pn. „Droga Rybno k. Lipna” Gmina Rybno zrealizowała": the title's end is no name
        subject = subject[title_end + 1 :].strip()
        object_end = before.rfind(subject)
    else:
        object_end = before.rfind(subject)
    folded = fold(subject)
    if object_end <= 0 or not _ITEM_WORD.search(before, 0, object_end) or not org_like(subject):
        return None
    if folded in _BARE_HEADS or folded.startswith(_OFFICES) or folded.startswith(_FUNDERS):
        return None
    return subject
