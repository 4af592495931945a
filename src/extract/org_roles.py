"""Which names may fill a role: a unit, a body or an office-holder's unit, never a person, a payer or a bare head.

The beneficiary and implementer readers ask this of every candidate; it lives apart from their cue patterns.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from extract.local_offices import GMINA_NAMED, POWIAT_HEAD, powiat_seated_in
from extract.org_cases import HEAD_FORMS, nominative
from extract.org_names import (
    OrgRun,
    before_next_body,
    expand_abbreviations,
    fold,
    matches_from,
    org_like,
    org_run,
    split_orgs,
)
from extract.org_sentences import CAP, MAX_CUES, NAME_REACH
from extract.partners import from_genitive
from extract.personal_data import GIVEN_NAMES
from extract.places import gmina_name

# First words (folded) of a unit that can get money in its own name: local government, NGOs, welfare centres.
UNIT_FIRST = frozenset([
    "gmina", "powiat", "miasto", "wojewodztwo", "stowarzyszenie", "fundacja", "parafia", "zwiazek",
    "spoldzielnia", "osrodek", "centrum", "towarzystwo", "federacja", "gminny", "gminne", "gminna", "miejski",
    "miejskie", "miejska", "miejsko-gminny", "miejsko-gminne", "powiatowe", "powiatowy", "powiatowa",
    "regionalny", "ochotnicza", "osp", "kolo", "uczniowski", "ludowy", "lokalna", "klub", "biblioteka",
    "pracownia", "uks", "liceum", "muzeum", "lks", "kgw", "mks", "gks", "ks",
])  # fmt: skip
# Folded common nouns for bodies that name none alone ("Szkoła otrzymała 5 000 zł").
COMMON_BODIES = frozenset([
    "szkola", "przedszkole", "zlobek", "urzad", "muzeum", "swietlica", "solectwo", "szpital", "przychodnia",
    "uczelnia", "teatr", "kosciol", "dom", "instytut", "uniwersytet", "zespol", "placowka", "jednostka",
])  # fmt: skip
UNIT_OR_BODY = UNIT_FIRST | COMMON_BODIES  # a body's head word after a capitalised adjective
# The kinds' stems, their last letter cut ("szkol", "przedszkol", "gmin"), and a case's ending: a plural or another case
# of a kind's word alone ("Szkoły", "Przedszkola") names no body either (kinds of five letters and more: "dom" would
# cut to "do").
_KIND_FORM = re.compile(
    rf"(?:{'|'.join(sorted({kind[:-1] for kind in UNIT_OR_BODY if len(kind) >= 5}))})(?:a|y|i|e|om|ami|ach|ow|u|ie|o)?"
)  # (an ending of a case, not any letters: "Miastko" is a town)
# Folded starts of names that pay rather than get: a payer in the subject of "przekazał" is no beneficiary.
FUNDERS = (
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
OFFICES = (
    "wojt", "burmistrz", "prezydent", "starost", "wicestarost", "zastepca", "sekretarz", "skarbnik",
    "dyrektor", "prezes", "kierownik", "soltys", "radn", "posel", "senator", "przewodnicz", "czlon",
)  # fmt: skip
_OFFICE_OF_UNIT = re.compile(r"^(?:Wójt|Burmistrz|Prezydent|Starosta|Zarząd)\s+(?=(?:Gminy|Miasta|Powiatu)\s)")
_STRAY_CLOSE = re.compile(r"^[^„«“\"]*[”»]\s*")
_TAIL_HEADS = frozenset(["Gmina", "Powiat", "Miasto", "Stowarzyszenie", "Fundacja", "Parafia", "Biblioteka", "Ośrodek"])
# Nominative adjectives that open a body's name before its head ("Gminna Biblioteka", "Miejski Ośrodek").
TAIL_ADJECTIVE = re.compile(
    r"(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow|Wojewódzk|Regionaln|Publiczn|Pedagogiczn|Samorządow)(?:a|y|i|e)"
)
# Folded names of a kind of school alone, with no place, number or patron: no body named.
_KINDS_OF_SCHOOL = frozenset([
    "zespol szkol", "szkola podstawowa", "publiczna szkola podstawowa", "zespol szkolno-przedszkolny",
    "przedszkole publiczne", "publiczne przedszkole", "liceum ogolnoksztalcace", "zespol szkol i przedszkoli",
])  # fmt: skip
# A level of self-government named by its kind, no unit ("program realizuje Samorząd Powiatowy": every powiat's).
KINDS_OF_SELF_GOVERNMENT = frozenset([
    "samorzad powiatowy", "samorzad gminny", "samorzad wojewodzki", "samorzad terytorialny", "samorzad lokalny",
    "samorzad wojewodztwa", "samorzad powiatu", "samorzad gminy",
])  # fmt: skip
BARE_HEADS = frozenset([
    "gmina", "powiat", "miasto", "wojewodztwo", "gminy", "powiatu", "miasta", "nasza gmina", "nasz powiat",
    "nasze miasto",
])  # fmt: skip


def register_gmina_end(words: list[str]) -> int:
    """How many words open `words` as a gmina head and the register's whole name of a gmina ("Gminy Kazimierz
    Biskupi Grzegorz Nowak" -> 3: the name "Kazimierz Biskupi", not "Kazimierz"); 0 when they name none."""
    if len(words) < 2 or HEAD_FORMS.get(words[0]) not in ("Gmina", "Miasto"):
        return 0
    for end in range(min(len(words), 4), 1, -1):  # the longest name first: no gmina's name has more than 3 words
        if gmina_name(" ".join(words[1:end])) is not None:
            return end
    return 0


def without_person(name: str) -> str:
    """A unit's name without the office-holder's name after it ("Gminy Bolesławiec Andrzej Dutkowski"); a gmina's
    name the register knows is kept whole ("Gmina Kazimierz Biskupi Grzegorz" -> "Gmina Kazimierz Biskupi")."""
    words = name.split()
    if (whole := register_gmina_end(words)) and whole < len(words) and fold(words[whole]) in GIVEN_NAMES:
        return " ".join(words[:whole])
    if len(words) >= 4 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]) and words[-2] not in HEAD_FORMS:
        return " ".join(words[:-2])
    return name


# Office-holders who sign beside a wójt or burmistrz: the agreement's other party or a second signer.
_CO_SIGNERS = frozenset([
    "Marszałek", "Wicemarszałek", "Wojewoda", "Wicewojewoda", "Starosta", "Wicestarosta", "Minister", "Wiceminister",
    "Członek", "Członkowie", "Prezes", "Dyrektor", "Sekretarz", "Skarbnik", "Przewodniczący", "Zastępca",
])  # fmt: skip


def office_unit(name: str) -> str | None:
    """The unit an office-holder heads, without the persons named after it: "Gminy Lipno Jan Nowak i Skarbnik
    Gminy" -> "Gminy Lipno", "Gminy Rybno Pan Jan Nowak" -> "Gminy Rybno" (a given name or "Pan" ends the unit's
    name); "Gminy Jan Nowak", only a person after the head -> None."""
    words = name.split()
    whole = register_gmina_end(words)  # "Gminy Kazimierz Biskupi Jan Nowak": "Kazimierz" is the gmina's, no person's
    for i, word in enumerate(words[1:], 1):
        if (word in ("Pan", "Pani") or fold(word) in GIVEN_NAMES) and i >= whole:
            words = words[:i]
            break
        if word in ("i", "oraz") and words[i + 1 : i + 2] and words[i + 1] in _CO_SIGNERS:
            words = words[:i]  # "Gminy Sompolno i Wicemarszałek Województwa …": the other signer, no part of it
            break
    while len(words) > 1 and words[-1] in ("i", "oraz", "a"):
        words.pop()  # "Gminy Szczytniki i Krzysztof Grabowski": the "i" joined the two persons, not the name
    return without_person(" ".join(words)) if len(words) > 1 else None


# "Wniosek Gminy X", "Projekt Powiatu Y", "Samorząd Województwa Z": the unit whose application, project it is.
_OWNER_PREFIX = re.compile(
    r"^(?:Wniosek|Projekt|Oferta|Zadanie|Samorząd|Władze|Budżet)\s+"
    r"(?=(?:Gminy|Powiatu|Miasta|Województwa|Stowarzyszenia|Fundacji|Parafii|Związku|Towarzystwa)\s)"
)


def self_government_unit(name: str) -> str | None:
    """The unit a name through its self-government or authorities names ("Samorząd Województwa Pomorskiego",
    "Władze Powiatu X"), in the nominative, or None (`_OWNER_PREFIX`'s own reading, for a role other than getting)."""
    owner = _OWNER_PREFIX.match(name)
    if owner is None or not name.startswith(("Samorząd ", "Władze ")):
        return None
    unit = nominative(name[owner.end() :])
    return unit if unit.startswith(("Gmina ", "Powiat ", "Miasto ", "Województwo ")) else None


# "Wniosek Miejsko-Gminnego Ośrodka Kultury w X dostał dotację", "Wniosek Muzeum uzyskał …": an application got the
# money for the body it is of, named after it in the genitive (a bare head, "Muzeum", names none).
_APPLICATION_OF = re.compile(rf"^(?:Wniosek|Oferta)\s+(?=[{CAP}])")


# A payer in the instrumental after a unit's name: the other party of "podpisało umowę z …", not the name.
_WITH_PAYER = re.compile(
    r"\s+ze?\s+(?:Wojewod|Wicewojewod|Marszałk|Minist|Zarząd|Urzęd|Fundusz|Skarb|Województw|Narodow|Bank)\w*\b"
)


_LOCAL_UNITS = frozenset(["Gmina", "Powiat", "Miasto", "Województwo"])


def role_name(name: str | None, *, unit: bool = False) -> str | None:
    """`name` as a beneficiary in the nominative, or None: a funder, a person, an office-holder, a bare "Gmina"."""
    if not name:
        return None
    if office := _OFFICE_OF_UNIT.match(name):  # "Wójt Gminy Bolesławiec Andrzej Dutkowski": the gmina
        if (headed := office_unit(name[office.end() :])) is None:
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
    if not words or folded in BARE_HEADS or folded.startswith(OFFICES):
        return None
    if folded.startswith(FUNDERS) and not _REGIONAL_BODY.match(folded):
        return None
    if len(words) == 1 and (
        words[0] in UNIT_FIRST or words[0] in COMMON_BODIES or name in HEAD_FORMS or _KIND_FORM.fullmatch(words[0])
    ):
        return None  # "Fundacja zdobędzie …", "Szkoła otrzymała …", "Szkoły otrzymały …": a kind of body, no name
    if folded in _KINDS_OF_SCHOOL:
        return None  # "Zespół Szkół pozyskał dotację" on the school's own page: a kind, no place, number or patron
    if unit and words[0] not in UNIT_FIRST and not expand_abbreviations(name.split()[0]):
        return None
    return name


def cue_matches(
    pattern: re.Pattern[str],
    text: str,
    cues: str | None = None,
    starts: tuple[str, ...] = (),
    where: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """The pattern's first MAX_CUES matches: a page never has more cues, a pathological text costs no more.

    With `cues` and `starts` (the words every match begins with, see `matches_from`, and `where`'s matches)
    it is tried only there.
    """
    found = matches_from(pattern, text, cues, starts, where=where) if cues is not None else pattern.finditer(text)
    return itertools.islice(found, MAX_CUES)


def matches_near(
    pattern: re.Pattern[str], text: str, cues: str, word: str, before: int, after: int
) -> Iterator[re.Match[str]]:
    """The pattern's matches that hold `word` (lower case), searched only in a window around each occurrence:
    a pattern that may begin several words before its cue word is not tried at every position of the text."""
    if len(cues) != len(text):
        yield from cue_matches(pattern, text)
        return
    end = 0
    at = cues.find(word)
    for _ in range(MAX_CUES):
        if at < 0:
            return
        match = pattern.search(text, max(end, at - before), at + len(word) + after)
        if match and match.start() <= at < match.end():
            end = match.end()
            yield match
        at = cues.find(word, max(at + 1, end))


def run_at(text: str, start: int, limit: int = 18) -> OrgRun | None:
    """The org run at `start`, read to the end of its line at most (names never run over a line break)."""
    end = text.find("\n", start, start + NAME_REACH)
    run = org_run(text[start : start + NAME_REACH if end < 0 else end], 0, limit)
    return OrgRun(run.text, run.start + start, run.end + start) if run else None


# A local government named with a lower-case head: "gminy Nowa Słupia", "powiatowi buskiemu", "miasto Rzeszów".
LOWER_UNIT = re.compile(
    r"(?P<head>miast(?:o|a|u|em)\s+i\s+gmin(?:a|y|ie|ę|ą)|gmin(?:a|y|ie|ę|ą)|powiat(?:u|owi|em)?|miast(?:o|a|u|em)"
    r"|województw(?:o|a|u|em))[ \t\u00a0]+"  # on one line: "Promesa dla powiatu\n\nOpublikowano: …" names none
    rf"(?P<name>[{CAP}][\w-]*(?:[ \t\u00a0]+(?:nad|pod|[{CAP}][\w-]*)){{0,2}}"
    r"|(?P<adjective>[a-ząćęłńóśźż]+(?:-[a-ząćęłńóśźż]+)?(?:sk|ck|dzk)(?:i|a|ie|iego|iej|iemu|im|ą)))\b"
)


def _lower_unit_at(text: str, start: int) -> str | None:
    """The unit at `start` named with a lower-case head, in the nominative ("powiatu buskiego" -> "Powiat Buski")."""
    match = LOWER_UNIT.match(text, start)
    if match is None:
        return None
    if adjective := match.group("adjective"):
        if not match.group("head").startswith(("powiat", "województw")):
            return None  # "gmina wiejska", "miasto stołeczne": a kind of gmina, not its name (gminas bear nouns)
        name = "-".join(part.capitalize() for part in adjective.split("-"))
    else:
        name = " ".join(match.group("name").split())
    head = " ".join(word if word == "i" else word.capitalize() for word in match.group("head").split())
    return role_name(f"{head} {name}")


def unit_named_at(text: str, start: int) -> str | None:
    """The unit named at `start` ("Gminą Wielka Wieś a …" -> "Gmina Wielka Wieś"), or None."""
    if text[start : start + 1].islower():
        return _lower_unit_at(text, start)
    run = run_at(text, start, limit=12)
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
    return role_name(name)


NAMED_UNIT = {
    "Gmina": GMINA_NAMED,  # (local_offices reads the same heads for a bare organ's unit)
    "Powiat": re.compile(rf"{POWIAT_HEAD}(?=[{CAP}])"),
    "Województwo": re.compile(rf"(?<![\w-])[Ww]ojewództw(?:o|a|u|em|ie)[ \t\u00a0]+(?=[{CAP}])"),
}
# Heads whose name is an adjective ("Powiatu Tomaszowskiego"): a capitalised word that is none is not the name
# ("Skarbnik Powiatu Barbara Nowak").
_ADJECTIVE_NAMED = frozenset(["Powiat", "Województwo"])
ADJECTIVE_WORD = re.compile(r"[\w-]*(?:sk|ck|dzk)\w*")
UNIT_HEAD = re.compile(r"(?:Gmina|Powiat|Miasto|Województwo|Stowarzyszenie|Fundacja|Parafia|Związek|Spółdzielnia)\b")
LOCAL_GOVERNMENT = re.compile(r"(?:Gmina|Powiat|Miasto|Województwo)\s")


# An office-holder's title right after a bare head ("gminy Wójt …", "powiatu Starosta …"): no unit's name.
_OFFICE_TITLE = re.compile(r"Wójt|Burmistrz|Starosta|Prezydent|Marszałek|Sekretarz|Skarbnik|Sołtys|Zastępca")


@functools.lru_cache(maxsize=16)  # asked once per bare "gmina"; the answer is the passage's
def named_unit(text: str, head: str) -> str | None:
    """The one gmina (powiat) the passage names, in any case ("Gminie Kadzidło", "gminy Kadzidło"); None if not one."""
    names = set()
    for match in NAMED_UNIT[head].finditer(text):
        run = run_at(text, match.end(), limit=4)
        if run is None or run.start != match.end():
            continue
        words = run.text.split()
        if _OFFICE_TITLE.fullmatch(words[0]):
            continue  # "W imieniu gminy Wójt Jan Nowak podpisał": the office after a bare head, no name
        if head in _ADJECTIVE_NAMED:
            words = list(itertools.takewhile(ADJECTIVE_WORD.fullmatch, words))
            if not words:
                continue
        named = f"{match.group(0).strip().capitalize()} {' '.join(words)}"
        # "Gminy Lipno Jan Nowak" -> "Gminy Lipno"; "Gminy Jan Nowak": a person
        if head == "Gmina" and (named := office_unit(named)) is None:  # type: ignore[assignment]
            continue
        if " i " in named or " oraz " in named:
            return None  # "z gminą Kleczew i Ślesin": two gminas named together, not the one the passage names
        name = nominative(named)
        names.add(name)
        if len({n.casefold() for n in names}) > 1:
            return None
    return names.pop() if names else None


def unit_tail(run: str | None) -> str | None:
    """The unit closing a longer run: "Klubu Senior+ w Skrzydlnej Gmina Dobra" -> "Gmina Dobra",
    "Biblioteki Narodowej Gminna Biblioteka Publiczna w X" -> "Gminna Biblioteka Publiczna w X"."""
    words = run.split() if run else []
    for i in range(len(words) - 1, 0, -1):
        if words[i] in _TAIL_HEADS and words[i - 1] not in ("w", "we", "i", "oraz"):
            while i > 1 and TAIL_ADJECTIVE.fullmatch(words[i - 1]) and words[i - 2] not in ("w", "we", "i", "oraz"):
                i -= 1  # the head's own nominative adjective: "Gminna Biblioteka", "Miejski Ośrodek"
            return " ".join(words[i:])
    return None


# A bare body head that got money ("Biblioteka dostała …") is the one body of that head the passage names
# in full, in the nominative ("Gminna Biblioteka Publiczna w X"); its nominative adjectives by gender.
BODY_HEADS = {
    "Biblioteka": "a", "Fundacja": "a", "Parafia": "a", "Spółdzielnia": "a", "Szkoła": "a",
    "Ośrodek": "yi", "Klub": "yi", "Związek": "yi",
    "Stowarzyszenie": "e", "Towarzystwo": "e", "Centrum": "e", "Koło": "e", "Przedszkole": "e",
}  # fmt: skip


@functools.lru_cache(maxsize=16)  # asked once per bare head; the answer is the passage's
def named_body(text: str, head: str) -> str | None:
    """The one body with this head the passage names in full in the nominative; None if none or several."""
    endings = tuple(BODY_HEADS[head])
    names: dict[str, str] = {}
    for match in re.finditer(rf"(?<![\w-]){head}(?![\w-])", text):
        start = match.start()
        while True:  # back over the head's capitalised nominative adjectives ("Gminna Miejska …")
            word = re.search(rf"(?<![\w-])([{CAP}][\w-]*)[ \t\u00a0]+$", text[max(0, start - 40) : start])
            if word is None or not word.group(1).endswith(endings) or not TAIL_ADJECTIVE.fullmatch(word.group(1)):
                break
            start -= len(word.group(0))
        run = run_at(text, start, limit=12)
        if run is None or run.start != start or len(run.text.split()) < 2:
            continue
        name = role_name(split_orgs(run.text)[0][0])
        if name and len(name.split()) > 1:
            names.setdefault(fold(name), name)
        if len(names) > 1:
            return None
    return next(iter(names.values()), None)


@functools.lru_cache(maxsize=64)
def _initials_pattern(acronym: str) -> re.Pattern[str]:
    """Capitalised words with these initials, connectors allowed between ("TMZC": "Towarzystwo Miłośników …")."""
    between = r"(?:\s+(?:w|we|i|na|rzecz|dla|z|ze|im\.))*\s+"
    return re.compile(r"(?<![\w])" + between.join(rf"{letter}[\w-]+" for letter in acronym) + r"(?![\w-])")


def spelled_out(text: str, acronym: str) -> str | None:
    """The one name in the passage an acronym stands for, in the nominative; None if none or several."""
    names = set()
    for match in itertools.islice(_initials_pattern(acronym).finditer(text), MAX_CUES):
        name = genitive_at(text, match.start())
        if name:
            names.add(name)
    return names.pop() if len(names) == 1 else None


def acronym_body(text: str, acronym: str) -> str | None:
    """The one body an acronym that names a kind of body stands for ("OSP", "KGW", "LKS"): its first printing in the
    passage, with its seat or name after the acronym ("OSP we Frydmanie złożyła …") or spelled out in full
    ("Ochotnicza Straż Pożarna w Zachorzowie …"); None when the passage prints neither, or several bodies by it ("KGW w
    Grudusku, KGW w Opinogórze": the acronym is no one body's)."""
    printed: dict[str, int] = {}
    for match in itertools.islice(_printed_pattern(acronym).finditer(text), MAX_CUES):
        run = run_at(text, match.start(), limit=8)
        if run is not None and run.start == match.start():
            name = before_next_body(split_orgs(run.text)[0][0])
            if len(name.split()) > 1:
                printed.setdefault(name, match.start())
    spelled_at = next(_initials_pattern(acronym).finditer(text), None)
    spelled = spelled_out(text, acronym) if spelled_at else None
    if len(printed) > 1 or (spelled_at and spelled is None):
        return None
    if printed and (spelled_at is None or min(printed.values()) < spelled_at.start()):
        return next(iter(printed))
    return spelled


def _printed_pattern(acronym: str) -> re.Pattern[str]:
    """The acronym with the body's seat or name after it: "OSP we Frydmanie", "LKS „Orzeł”", "KGW Złote Kłosy"."""
    return re.compile(rf"(?<![\w-]){re.escape(acronym)}[ \t\u00a0]+(?=(?:w|we|z|ze)[ \t\u00a0]+[{CAP}]|[{CAP}„\"])")


def public_body(name: str) -> bool:
    """Whether `name` is a public body named in full by its head ("Dom Kultury w X", "Szkoła Podstawowa nr 1 w Y",
    "Miejska Biblioteka Publiczna w Z"); an office ("Urząd Gminy X") stands for its unit and is none."""
    words = name.split()
    if len(words) < 2:
        return False
    first, second = fold(words[0]), fold(words[1])
    if "urzad" in (first, second):
        return False
    return first in UNIT_OR_BODY or bool(TAIL_ADJECTIVE.fullmatch(words[0]) and second in UNIT_OR_BODY)


def getting_unit(name: str) -> bool:
    """Whether `name` is a unit that gets money in its own name: a local government, an NGO, or a public body named
    in full ("Gminna Biblioteka Publiczna w X", "Miejski Ośrodek Pomocy Społecznej w Y")."""
    return bool(UNIT_HEAD.match(name)) or (len(name.split()) > 1 and fold(name.split()[0]) in UNIT_FIRST)


ACRONYM = re.compile(rf"^[{CAP}]{{2,6}}\b")

# The relative pronoun as the object and the subject after it, before the verb: "projektu „X”, który ILO realizuje",
# "program, który Gminny Ośrodek Kultury prowadzi".
ACRONYM_AT = re.compile(rf"[{CAP}]{{2,6}}\b")
# After a genitive head, an instrumental word is a person's name ("Instytutu Działalności Publicznej Adamem …").
_INSTRUMENTAL = re.compile(r"(?:em|ą)$")


def genitive_at(text: str, start: int) -> str | None:
    """The body named at `start` in the genitive ("Miejskiego Ośrodka Pomocy Społecznej w Zgierzu"), nominative."""
    run = run_at(text, start)
    if run is None or run.start != start:
        return None
    name = split_orgs(run.text.split(" oraz ", 1)[0])[0][0]
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if _INSTRUMENTAL.search(word) and word[:1].isupper() and i > 1:
            name = " ".join(words[:i])
            break
    name = from_genitive(name)
    if not org_like(name) or fold(name).startswith(FUNDERS):
        return None
    return nominative(name)
