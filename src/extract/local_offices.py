"""A gmina's or powiat's organ or office, named as a payer or as the signer of a funding agreement, read as the
unit it acts for.

Payers and beneficiaries are labelled as the unit ("Wójt Gminy Polanka Wielka przyznaje dotację" is paid from
the budget of Gmina Polanka Wielka, "Zarząd Powiatu w Lubinie ogłosił konkurs ofert" from Powiat Lubiński): the
office-holder changes, the unit's budget pays and signs.  A name is taken only when the TERYT register knows
it, so the official's own name after a title ("Wójt Gminy Banie Jan Kowal") never becomes part of the unit's.
A voivodeship's organs have their own canonical payer (the marshal's office, `funders.csv`), and a voivode is
state administration: neither is read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extract.funding_aliases import fold
from extract.personal_data import GIVEN_NAMES
from extract.place_forms import ANY_CASE, GEN, LOC
from extract.places import gmina_name, powiat_adjective
from extract.teryt import hierarchy, is_gmina, units

# The organ, then what it is the organ of: "Wójt Gminy", "Burmistrz Miasta i Gminy", "Prezydent Miasta",
# "Rada Gminy", "Urząd Miasta", "Zarząd Powiatu", "Starosta", "Starostwo Powiatowe w".
_OFFICE = re.compile(
    r"(?<![\w-])(?:(?:Wójt|Burmistrz|Prezydent|Rada|Urząd)\s+"
    r"(?P<of>Gminy\s+i\s+Miasta|Miasta\s+i\s+Gminy|Gminy|Miasta)"
    r"|Zarząd\s+Powiatu|Rada\s+Powiatu|Starostwo\s+Powiatowe|Starosta"
    # the head of a gmina by its place in the genitive: "Burmistrz Dzierzgonia", "Wójt Kościeliska", "Prezydent
    # Skierniewic" (the place must be a gmina the register knows in the genitive: not "Burmistrz Jan Nowak")
    r"|(?P<head>Wójt|Burmistrz|Prezydent)(?=[ \t\u00a0]+[A-ZŁŚŻŹĆŃÓ]))"
    r"(?=[\s\u00a0])"
)
# The same organs as the agent of a passive participle, in the accusative: "konkursy ogłoszone przez Wójta Gminy
# Kościan", "dotacje przyznane przez Zarząd Powiatu w Lubinie" (`offices(text, agent=True)`).
_OFFICE_AGENT = re.compile(
    r"(?<![\w-])przez[ \t\u00a0]+(?:(?:Wójta|Burmistrza|Prezydenta|Radę|Urząd)\s+"
    r"(?P<of>Gminy\s+i\s+Miasta|Miasta\s+i\s+Gminy|Gminy|Miasta)"
    r"|Zarząd\s+Powiatu|Radę\s+Powiatu|Starostwo\s+Powiatowe|Starostę)"
    r"(?=[\s\u00a0])"
)
_UNIT_OF = {
    "gminy i miasta": "Gmina i Miasto",
    "miasta i gminy": "Miasto i Gmina",
    "gminy": "Gmina",
    "miasta": "Miasto",
}
_WORD = re.compile(r"\S+")
_ADJECTIVE = re.compile(r"[A-ZŁŚŻŹĆŃÓa-ząćęłńóśźż-]+(?:ski|cki|dzki)(?:ego|i)?\b")


@cache
def _powiats() -> dict[str, list[str]]:
    """Powiat names ("lubiński") to their codes."""
    by_name: dict[str, list[str]] = {}
    for code, unit in units().items():
        if unit.kind == "powiat":
            by_name.setdefault(unit.name.lower(), []).append(code)
    return by_name


@cache
def _seats() -> dict[str, list[str]]:
    """Gmina names to their 7-digit codes (a powiat's seat is named by its gmina)."""
    found: dict[str, list[str]] = {}
    for code, unit in units().items():
        if is_gmina(code):
            found.setdefault(unit.name, []).append(code)
    return found


# The rural powiats seated in a city with powiat rights (pl.wikipedia.org, "Lista powiatów w Polsce", the seat of
# each powiat), by the city's name and the powiat's as the TERYT register writes them: "Starostwo Powiatowe
# w Lublinie" is powiat lubelski's office, not the city's (a city's starosta is its prezydent). Gdańsk, Szczecin
# and Warszawa seat none (powiat gdański sits in Pruszcz Gdański, policki in Police, warszawski zachodni in
# Ożarów Mazowiecki); Jelenia Góra seats powiat karkonoski.
RURAL_POWIAT_SEATS = {
    "Jelenia Góra": "karkonoski",
    "Legnica": "legnicki",
    "Wałbrzych": "wałbrzyski",
    "Wrocław": "wrocławski",
    "Bydgoszcz": "bydgoski",
    "Grudziądz": "grudziądzki",
    "Toruń": "toruński",
    "Włocławek": "włocławski",
    "Biała Podlaska": "bialski",
    "Chełm": "chełmski",
    "Lublin": "lubelski",
    "Zamość": "zamojski",
    "Gorzów Wielkopolski": "gorzowski",
    "Zielona Góra": "zielonogórski",
    "Łódź": "łódzki wschodni",
    "Piotrków Trybunalski": "piotrkowski",
    "Skierniewice": "skierniewicki",
    "Kraków": "krakowski",
    "Nowy Sącz": "nowosądecki",
    "Tarnów": "tarnowski",
    "Ostrołęka": "ostrołęcki",
    "Płock": "płocki",
    "Radom": "radomski",
    "Siedlce": "siedlecki",
    "Opole": "opolski",
    "Krosno": "krośnieński",
    "Przemyśl": "przemyski",
    "Rzeszów": "rzeszowski",
    "Tarnobrzeg": "tarnobrzeski",
    "Białystok": "białostocki",
    "Łomża": "łomżyński",
    "Suwałki": "suwalski",
    "Słupsk": "słupski",
    "Bielsko-Biała": "bielski",
    "Częstochowa": "częstochowski",
    "Gliwice": "gliwicki",
    "Rybnik": "rybnicki",
    "Kielce": "kielecki",
    "Elbląg": "elbląski",
    "Olsztyn": "olsztyński",
    "Kalisz": "kaliski",
    "Konin": "koniński",
    "Leszno": "leszczyński",
    "Poznań": "poznański",
    "Koszalin": "koszaliński",
}


def powiat_of_seat(seat: str) -> str | None:
    """The TERYT name of the powiat seated in a town printed in the nominative ("Zgorzelec" -> "zgorzelecki"), None
    for a town no powiat or several could sit in."""
    return _powiat_of_seat(seat)


def _powiat_of_seat(seat: str) -> str | None:
    """The powiat seated in a town: the powiat its gmina lies in, or, for a city with powiat rights, the rural powiat
    seated there (`RURAL_POWIAT_SEATS`: "w Rzeszowie" -> "rzeszowski", "w Lublinie" -> "lubelski"; Gdańsk none)."""
    table = units()
    names = set()
    for code in _seats().get(seat, ()):
        powiat = table.get(code[:4] + "000")
        if powiat is not None and powiat.kind == "powiat":
            names.add(powiat.name)
        elif rural := RURAL_POWIAT_SEATS.get(seat):
            names.add(rural)
    return names.pop() if len(names) == 1 else None


def place_at(words: list[str], cases: int = ANY_CASE) -> tuple[str, int] | None:
    """The longest run of the first words (up to four) that the register knows as a gmina printed in one of
    `cases`: (its nominative, how many words).  "Dobrzyń nad Wisłą Anna Kowal": the place, not the person."""
    for size in range(min(len(words), 4), 0, -1):
        if any(word[-1:] in ",;:." for word in words[: size - 1]):
            continue
        printed = " ".join(words[:size]).rstrip(",;:.")
        if printed[:1].isupper() and (name := gmina_name(printed, cases)):
            return name, size
    return None


def powiat_of_adjective(word: str) -> str | None:
    """ "gryfińskiego" / "Gryfiński" -> "Powiat Gryfiński" when the register has that powiat, else None."""
    powiat = powiat_adjective(word)
    return f"Powiat {powiat[:1].upper()}{powiat[1:]}" if powiat else None


def _read(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """(the unit of the office `_OFFICE` matched, in the nominative; where its name ends in `text`, without a
    comma or full stop after it), or None when the register cannot tell the unit."""
    spans = list(_WORD.finditer(text, match.end(), match.end() + 80))
    words = [word.group(0) for word in spans]
    if head := match.groupdict().get("head"):
        headed = head_unit(head, words)
        if headed is None:
            return None
        unit, size = headed
    elif match.group("of"):
        place = place_at(words)
        if place is None:
            return None
        unit, size = f"{_UNIT_OF[' '.join(match.group('of').lower().split())]} {place[0]}", place[1]
    else:
        if words and words[0] == "w":  # "Zarząd Powiatu w Lubinie", "Starostwo Powiatowe w Oświęcimiu"
            seat = gmina_name(words[1].rstrip(",;:."), LOC) if len(words) > 1 else None
            powiat, size = (_powiat_of_seat(seat) if seat else None), 2
        else:  # "Zarząd Powiatu Lubińskiego", "Starosta Gryfiński"
            adjective = _ADJECTIVE.match(words[0]) if words else None
            powiat, size = (powiat_adjective(adjective.group(0)) if adjective else None), 1
        if powiat is None:
            return None
        unit = f"Powiat {powiat[:1].upper()}{powiat[1:]}"
    return unit, spans[size - 1].end() - (len(words[size - 1]) - len(words[size - 1].rstrip(",;:.")))


def head_unit(head: str, words: list[str]) -> tuple[str, int] | None:
    """(the unit, how many of `words` name it) that a wójt, burmistrz or prezydent (`head`, in any case: "Burmistrz",
    "prezydentowi") heads, named by the place in the genitive that `words` open with: "Burmistrz Dzierzgonia" ->
    "Gmina Dzierzgoń", "prezydentowi Skierniewic" -> "Miasto Skierniewice"; None for another head, a place the register
    does not know in the genitive, or a person ("Wójt Marek Wolszczak": a given name, whatever gmina's genitive it
    equals, "Marki").

    A prezydent heads only a city: "Miasto X"; a wójt's or burmistrz's unit is "Gmina X", a town's urban gmina too
    (tests/realtext/README.md, sixth round: the passage's words decide, not the register's gmina type)."""
    office = fold(head)
    if not office.startswith(("wojt", "burmistrz", "prezydent")) or not words or fold(words[0]) in GIVEN_NAMES:
        return None
    place = place_at(words, GEN)
    if place is None:
        return None
    return f"{'Miasto' if office.startswith('prezydent') else 'Gmina'} {place[0]}", place[1]


def office_unit(name: str) -> str | None:
    """ "Burmistrz Miasta Rumi" -> "Miasto Rumia": a payer's name that is a local organ, as its unit; else None."""
    match = _OFFICE.match(name.strip())
    read = _read(name.strip(), match) if match else None
    return read[0] if read else None


def offices(text: str, *, agent: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, unit) of every local organ or office named in `text` whose unit the register knows; the span
    holds the title and the unit's name ("Wójt Gminy Polanka Wielka"); with `agent`, the organs named after "przez"
    instead (the span opens with "przez")."""
    found: list[tuple[int, int, str]] = []
    if agent and "przez" not in text:
        return found
    for match in (_OFFICE_AGENT if agent else _OFFICE).finditer(text):
        read = _read(text, match)
        if read:
            found.append((match.start(), read[1], read[0]))
    return found


def powiat_seated_in(locative: str) -> str | None:
    """ "Lubinie" -> "Powiat Lubiński": the powiat a town in the locative is the seat of ("Powiat w Lubinie", a
    form pages print but no powiat's name), or None when the register cannot tell it."""
    seat = gmina_name(locative.strip().rstrip(",;:."), LOC)
    powiat = _powiat_of_seat(seat) if seat else None
    return f"Powiat {powiat[:1].upper()}{powiat[1:]}" if powiat else None


# An organ with no unit's name after it ("Zarząd Powiatu 14 marca ogłosił …", "Wójt ogłasza …"): the level it heads.
_BARE_OFFICE = re.compile(
    r"(?<![\w-])(?P<powiat>Zarząd\s+Powiatu|Rada\s+Powiatu|Starosta)(?![\w-])(?!\s+(?:w\s|[A-ZŁŚŻŹĆŃÓ]|[a-ząćęłńóśźż-]+(?:ski|cki|dzki)))"
    r"|(?<![\w-])(?P<gmina>Wójt|Burmistrz|Rada\s+Gminy)(?![\w-])(?!\s+(?:[A-ZŁŚŻŹĆŃÓ]|gminy|miasta))"
)
_BARE_FIRST_WORDS = ("Zarząd", "Rada", "Starosta", "Wójt", "Burmistrz")
# A powiat or gmina named in any case: "obszarze Powiatu Oświęcimskiego", "gminy Kościan", "Gminie Kościan"
# (on one line: "… w gminie\n\nZa pozyskane pieniądze …" names no gmina "Za"); organisations reads both heads too.
POWIAT_HEAD = r"(?<![\w-])[Pp]o(?:wiat(?:u|owi|em)?|wiecie)[ \t\u00a0]+"
GMINA_NAMED = re.compile(r"(?<![\w-])[Gg]min(?:a|y|ie|ę|ą)[ \t\u00a0]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_POWIAT_NAMED = re.compile(POWIAT_HEAD + r"([\w-]+(?:sk|ck|dzk)\w*)")  # (the adjective in either case)


def one_unit(text: str, level: str) -> str | None:
    """The one powiat (`level` "powiat") or gmina (any other) the text names, in the nominative; None when it names
    none or several."""
    names = set()
    if level == "powiat":
        for match in _POWIAT_NAMED.finditer(text):
            if unit := powiat_of_adjective(match.group(1)):
                names.add(unit)
    else:
        for match in GMINA_NAMED.finditer(text):
            place = place_at([word.group(0) for word in _WORD.finditer(text, match.end(), match.end() + 60)])
            if place:
                names.add(f"Gmina {place[0]}")
    return names.pop() if len(names) == 1 else None


def powiat_regions(text: str) -> set[str]:
    """The voivodeships of the powiats the text names ("z powiatem białogardzkim" -> "zachodniopomorskie"); a name
    that powiats of two voivodeships share ("średzki") gives both."""
    if "owia" not in text:
        return set()
    regions = set()
    for match in _POWIAT_NAMED.finditer(text):
        if powiat := powiat_adjective(match.group(1)):
            regions |= {region for code in _powiats().get(powiat, []) if (region := hierarchy(code).voivodeship)}
    return regions


def bare_offices(text: str, keep: Callable[[int], bool] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, unit) of every organ printed without its unit's name ("Zarząd Powiatu ogłosił …"), read as the
    one powiat or gmina the text names (`one_unit`); none when the text names none or several.  `keep(end)`, when
    given, is asked first, so the whole-text unit search runs only for organs the caller wants, and at most once
    per level: a page printing "Wójt" a hundred times stays linear."""
    if not any(word in text for word in _BARE_FIRST_WORDS):
        return []  # every organ `_BARE_OFFICE` reads begins with one of these words, whatever spaces follow
    found = []
    units_by_level: dict[str, str | None] = {}
    for match in _BARE_OFFICE.finditer(text):
        if keep is not None and not keep(match.end()):
            continue
        level = "powiat" if match.group("powiat") else "gmina"
        if level not in units_by_level:
            units_by_level[level] = one_unit(text, level)
        if unit := units_by_level[level]:
            found.append((match.start(), match.end(), unit))
    return found
