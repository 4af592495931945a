"""What an investment's headline builds and how: the class of its object ("droga", "ulica" and "nawierzchnia" are
one road; "przedszkole", "żłobek", "świetlica", "wodociąg", "remiza") and of its works ("budowa", "rozbudowa",
"remont", "termomodernizacja"), read from a folded title (`scraper.projects.fold`).

Headlines of one investment at signing and at completion name its object and works in other words and other
case forms ("umowa na rozbudowę przedszkola" / "Przedszkole rozbudowane – dzieci w nowych salach"); the classes
say they are one object and one kind of works. Each class is a few word beginnings, so every inflected form
matches, and a literal prefilter skips a title naming none.
"""

from __future__ import annotations

import re
from functools import lru_cache


def words(text: str) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split())


# Objects a gmina has one or few of, and builds once in years: a school, a kindergarten, a nursery, a culture
# house, a library, a fire station, a sports hall, a health centre, a day care home for seniors.
FACILITIES = frozenset(
    {"school", "kindergarten", "nursery", "culture", "library", "fire station", "sports hall", "health", "senior"}
)
# Objects a gmina builds many of a year (roads, pipes, village halls, pitches, playgrounds): one needs a
# village both titles name to say which.
_ROAD_NOUNS = r"drog(?!ow)|drod|ulic|nawierzchn|jezdn"
_OBJECTS: tuple[tuple[str, str], ...] = (
    ("road", _ROAD_NOUNS),
    ("pavement", r"chodnik"),
    ("kindergarten", r"przedszkol"),
    ("nursery", r"zlob(?:ek|k)|klub\w* dzieciec"),
    ("school", r"szkol(?!en|n)"),
    ("culture", r"(?:dom|domu|centrum|osrod\w*) kultury|gok\b"),
    ("village hall", r"swietlic"),
    ("library", r"bibliotek"),
    ("fire station", r"remiz|straznic"),
    ("sports hall", r"hal\w* sportow|sal\w* gimnastyczn|hal\w* widowiskowo"),
    ("pitch", r"boisk|orlik|stadion"),
    ("health", r"przychodn|osrod\w* zdrowia"),
    ("senior", r"klub\w* senior|dzienn\w* dom\w*|dom\w* dziennego"),
    ("water", r"wodociag|kanalizac|oczyszczal|sieci? wodn|sieci? kanaliz|wod[- ]kan\b"),
    ("playground", r"plac\w* zabaw|silowni"),
    ("lighting", r"oswietl"),
)
_OBJECT = re.compile("|".join(rf"\b(?P<o{index}>{pattern})" for index, (_, pattern) in enumerate(_OBJECTS)))
# "Nowy" opens an object only when the object's noun follows it ("Nowy żłobek", not "Nowy wóz w remizie").
_NEW_OBJECT = r"now(?:y|a|e|ego|emu|ej|ym|ymi|ych)\s+(?:{})".format("|".join(pattern for _, pattern in _OBJECTS))
_WORKS: tuple[tuple[str, str], ...] = (
    ("extension", r"rozbud"),
    ("rebuilding", r"przebud"),
    ("thermal", r"termomoderni|docieple|moderniz\w* energetyczn"),
    ("modernisation", r"moderniz"),
    ("renovation", r"remon[ct]|wyremont"),
    ("equipment", r"wyposaz|doposaz"),
    ("building", r"budow(?!lan)|wybudow"),
    ("opening", rf"{_NEW_OBJECT}|otwar(?!\w* konkurs)|oddan|gotow|powsta"),  # "otwarty konkurs ofert" opens nothing
)
# The kinds of works in whole words, each of which `works` reads ("doposażenie" is equipment): `scraper.projects`
# cuts them to its stems: words every investment's headline has, which say not which one.
WORK_WORDS = words(
    "budowa rozbudowa przebudowa remont modernizacja termomodernizacja wyposazenie doposazenie docieplenie"
)
# An opening follows the building or the extension it opens ("budowa żłobka" / "Nowy żłobek gotowy").
_FOLLOWS = {"opening": frozenset({"building", "extension"})}
_WORK = re.compile("|".join(rf"\b(?P<w{index}>{pattern})" for index, (_, pattern) in enumerate(_WORKS)))
# Literal prefilters: a title with none of these names no object / no works, and skips the patterns.
_OBJECT_CUES = words(
    "drog drod ulic nawierzchn jezdn chodnik przedszkol zlob klub szkol kultury gok swietlic bibliotek remiz "
    "straznic hal sal boisk orlik stadion przychodn zdrowia dom oczyszczal wod kan zabaw silowni oswietl"
)
_WORK_CUES = words("bud moderni docieple remon posaz now otwar oddan gotow powsta")


@lru_cache(maxsize=1 << 14)
def objects(folded: str) -> frozenset[str]:
    """The classes of the objects a folded title names ("budowa drogi i chodnika" -> {"road"})."""
    if not any(cue in folded for cue in _OBJECT_CUES):
        return frozenset()
    return frozenset(
        _OBJECTS[int(str(found.lastgroup)[1:])][0]
        for found in _OBJECT.finditer(folded)
        if not _LANDMARK.search(folded, max(0, found.start() - 12), found.start())
    )


# A preposition of position right before an object's noun: the object is where something happens, a landmark,
# not what is built ("Wozy poświęcono przed remizą", "zbiórka obok szkoły").
_LANDMARK = re.compile(r"\b(?:przed|obok|kolo|naprzeciw|naprzeciwko)\s+$")


# "Budowa" after a word naming the works' site or its staff ("przekazanie placu budowy", "teren budowy", "kierownik
# budowy", "dziennik budowy") is the works in general, a repair's as well as a new building's: no kind of works.
_SITE_OF_WORKS = re.compile(r"\b(?:plac|teren|kierownik|dziennik)\w*\s+budow\w*")


@lru_cache(maxsize=1 << 14)
def works(folded: str) -> frozenset[str]:
    """The kinds of works a folded title names ("termomodernizacja" is not "modernizacja"; "rozbudowa",
    "przebudowa" and "budowa" are three kinds); "nowy", "otwarty", "gotowy" only when it names no other; the site
    of works ("placu budowy": `_SITE_OF_WORKS`) names none."""
    if not any(cue in folded for cue in _WORK_CUES):
        return frozenset()
    if "budow" in folded:
        folded = _SITE_OF_WORKS.sub(" ", folded)
    found = frozenset(_WORKS[int(str(found.lastgroup)[1:])][0] for found in _WORK.finditer(folded))
    return found - {"opening"} if len(found) > 1 else found  # "rozbudowane – nowe sale": the extension


def one_kind_of_works(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two titles' works are one: the same kinds, the same family of them ("remont" / "modernizacja"), or an
    opening and the one kind it follows."""
    if not a or not b:
        return False
    if a == b or (_family(a) and _family(a) == _family(b)):
        return True
    return any(x == {"opening"} and len(y) == 1 and y <= _FOLLOWS["opening"] for x, y in ((a, b), (b, a)))


def _family(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(_FAMILIES.get(kind, frozenset()) for kind in kinds))


# Kinds of works that name one investment in other words: a new object (a building, an extension), works on one
# that stands (a renovation, a modernisation), equipment; a rebuilding is said of both, and thermal works are
# works on one that stands but not every renovation is thermal works.
_FAMILIES = {
    "building": frozenset({"new"}),
    "extension": frozenset({"new"}),
    "rebuilding": frozenset({"new", "standing"}),
    "renovation": frozenset({"standing"}),
    "thermal": frozenset({"thermal", "standing"}),
    "modernisation": frozenset({"standing"}),
    "equipment": frozenset({"equipment"}),
}


def works_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two titles name works of no one family ("doposażenie świetlicy" / "remont świetlicy", "budowa świetlicy" /
    "termomodernizacja świetlicy"): two investments in one object. An opening ("nowa", "otwarta") says nothing."""
    left, right = _family(a), _family(b)
    return bool(left and right and not left & right)


# Whom a project is for: two headlines of one body naming different groups ("Klub Młodzieżowy" / "Klub Seniora")
# are two projects, however close in time.
_GROUPS: tuple[tuple[str, str], ...] = (
    ("seniors", r"senior|os\w* starsz|(?:60|65|70|75) ?(?:\+|plus)"),
    ("youth", r"mlodziez"),
    ("children", r"dziec|dzieci|uczni|przedszkolak"),
    ("disabled", r"niepelnospr|niesamodzieln"),
    ("unemployed", r"bezrobotn"),
)
_GROUP = re.compile("|".join(rf"\b(?P<g{index}>{pattern})" for index, (_, pattern) in enumerate(_GROUPS)))
_GROUP_CUES = words(
    "senior starsz 60 65 70 75 mlodziez dziec dzieci uczni przedszkolak niepelnospr niesamodzieln bezrobotn"
)


@lru_cache(maxsize=1 << 14)
def groups(folded: str) -> frozenset[str]:
    """The groups a folded title says a project is for ("zakupy dla seniorów 70+" -> {"seniors"})."""
    if not any(cue in folded for cue in _GROUP_CUES):
        return frozenset()
    return frozenset(_GROUPS[int(str(found.lastgroup)[1:])][0] for found in _GROUP.finditer(folded))


# The level of government a road belongs to ("droga powiatowa", "dróg wojewódzkich", "drogi gminne"): a
# voivodeship's road and a powiat's or gmina's road through the same village are two investments.
_ROAD_CLASS = re.compile(
    r"\b(?:drog|drod)\w*\s+(?:nr\s+\w+\s+)?(?:wojewodzk|powiatow|gminn)\w*"
    r"(?:\s+(?:i|oraz|lub)\s+(?:wojewodzk|powiatow|gminn)\w*)*"
)
_ROAD_CLASS_OF = {"wojewodzk": "voivodeship", "powiatow": "powiat", "gminn": "gmina"}
_ROAD_LEVEL = re.compile(r"\b(wojewodzk|powiatow|gminn)\w*")


# A road, its section or its surface ("drogi", "ulicy", "na odcinku", "nowa nawierzchnia", "po nowym asfalcie"):
# what a road section's two ends (`scraper.projects.section_ends`) are the ends of; "drogowy" (a sign, safety)
# names no road.
_ROAD = re.compile(rf"\b(?:{_ROAD_NOUNS}|odcin|asfal)")


def names_a_road(folded: str) -> bool:
    """A folded title names a road, a section of one or its surface ("z X do Y po nowym asfalcie")."""
    return _ROAD.search(folded) is not None


@lru_cache(maxsize=1 << 14)
def road_classes(folded: str) -> frozenset[str]:
    """The levels of the roads a folded title names ("przebudowa drogi powiatowej nr 1234W" -> {"powiat"},
    "drogi powiatowe i gminne" -> {"powiat", "gmina"}); empty when it names no road's level."""
    if "drog" not in folded and "drod" not in folded:
        return frozenset()
    found: set[str] = set()
    for match in _ROAD_CLASS.finditer(folded):
        found.update(_ROAD_CLASS_OF[level] for level in _ROAD_LEVEL.findall(match.group(0)))
    return frozenset(found)
