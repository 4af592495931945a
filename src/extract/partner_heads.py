"""One unit's head over several bare place names: "Gminy: Pilchowice, Rudziniec i Toszek", "Nadleśnictwa A, B i C".

The list readers hand each place its own unit ("Gmina Pilchowice", ...); apart from them, since the places are no
units' names on their own.
"""

from __future__ import annotations

import re

from extract.local_offices import powiat_of_seat
from extract.org_names import fold
from extract.partner_cases import nominative
from extract.partner_names import is_unit
from extract.places import powiat_adjective

# Counts in any case, for "N units: A, B, C" ("piętnaście uczelni", "7 lokalnych grup", "sześcioma gminami").
COUNT_WORDS = (
    r"(?<!\w)(?:\d{1,2}|dw(?:a|ie|óch|oma|aj|óm)|trz(?:y|ech|ej|ema)|czter(?:y|ech|ej|ema)"
    r"|(?:pięć|sześć|siedem|osiem|dziewięć|dziesięć)|(?:pięci|sześci|siedmi|ośmi|dziewięci|dziesięci)(?:u|oma)"
    r"|(?:jede|dwa|trzy|czter|pięt|szes|siedem|osiem|dziewięt)na(?:ście|stu|stoma)|dwadzieścia|dwudziestu"
    r"|kilk(?:a|u|oma|anaście|unastu|unastoma))(?!\w)"
)
# The kind of a unit type's plural before its colon: "gminy wiejskie:", "powiaty ziemskie:", "miasta na prawach
# powiatu:" (a sub-heading of a partner list: the bare names under it are units of that type).
HEAD_KIND = (
    r"(?:[ \t]+(?:wiejsk|miejsk|miejsko-wiejsk|ziemsk|grodzk|partnersk)\w{0,3})?"
    r"(?:[ \t]+na[ \t]+prawach[ \t]+powiat(?:u|ów))?"
)
# A participle qualifying the units before the colon: "gminy wybrane w otwartym naborze partnerów:", "powiaty
# zakwalifikowane do projektu:" (at most five words after it).
_CHOSEN = (
    r"(?:[ \t]+(?:wybran|zakwalifikowan|wskazan|zrzeszon|należąc|uczestnicząc|biorąc\w*[ \t]+udział)\w*"
    r"(?:[ \t]+[a-ząćęłńóśźż]+){0,5}?)?"
)
# "Gminy: Pilchowice, Rudziniec i Toszek", "gmin: A, B": one head in the plural over bare place names.
# ... or an instrumental plural without the colon: "wspólnie z gminami Kikół, Skępe i Wielgie".
SHARED_HEAD = re.compile(
    rf"(?:{COUNT_WORDS}[ \t]+)?(?P<head>gmin(?:y|ami)?|powiat(?:y|ów|ami)|miast(?:a|ami)?)"
    rf"{HEAD_KIND}{_CHOSEN}[ \t]*:[ \t]*"
    r"|(?P<head2>(?-i:gminami|powiatami|miastami))[ \t]+(?=(?-i:[A-ZŁŚŻŹĆŃÓ]))"
    # "a partnerami gminy Kłecko i Witkowo": the nominative plural, lower case, over two or more names
    r"|(?P<head3>(?-i:gminy|powiaty|miasta))[ \t]+(?=(?-i:[A-ZŁŚŻŹĆŃÓ]))",
    re.IGNORECASE,
)
_SHARED_HEADS = {"gmin": "Gmina", "powiat": "Powiat", "miast": "Miasto"}
_PLACE = re.compile(
    r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:nad|pod|na|w|we|[A-ZŁŚŻŹĆŃÓ][\w-]*)){0,3}?"
    r"(?=[ \t]*(?:,|;|\.|$|\n|[ \t](?:i|oraz)[ \t])|[ \t]+[a-ząćęłńóśźż])"
)
_PLACE_SEPARATOR = re.compile(r"[ \t]*(?:,|;|[ \t](?:i|oraz)(?=[ \t]))[ \t]*(?:(?:i|oraz)[ \t]+)?")


def unit_head(plural: str) -> str:
    """The nominative head of a unit type's plural ("gminy", "powiatami", "miasta" -> "Gmina", "Powiat", "Miasto")."""
    word = plural.lower()
    return next(nominative for stem, nominative in _SHARED_HEADS.items() if word.startswith(stem))


def shared_head(text: str, start: int) -> list[tuple[str, int, bool]]:
    """ "Gminy: Pilchowice, Rudziniec i Toszek" -> Gmina Pilchowice, Gmina Rudziniec, Gmina Toszek (two or more
    bare names after a unit's plural and a colon); "powiaty: aleksandrowski, brodnicki; miasta na prawach powiatu:
    Toruń" -> Powiat Aleksandrowski, Powiat Brodnicki, Miasto Toruń (a powiat's bare adjective, and further
    sub-headings after the first); [] for anything else."""
    match = SHARED_HEAD.match(text, start)
    if match is None:
        return []
    head = unit_head(match.group("head") or match.group("head2") or match.group("head3"))
    if match.group("head2"):  # "powiatami Lipnowskim i Rypińskim": adjectives in the instrumental
        places = bare_places(text, match.end(), head)
        instrumental = {"Gmina": "Gminą", "Powiat": "Powiatem", "Miasto": "Miastem"}[head]
        named = [(nominative(instrumental + name[len(head) :]), at, lead) for name, at, lead in places]
        return [(_powiat_by_seat(name), at, lead) for name, at, lead in named] if head == "Powiat" else named
    if not match.group("head"):
        return bare_places(text, match.end(), head)
    items, end = _typed_places(text, match.end(), head)
    if len(items) < 2:
        return []
    for _ in range(8):  # "…; miasta na prawach powiatu: Bydgoszcz, Toruń": the next sub-heading of the same list
        joint = _NEXT_HEADING.match(text, end)
        following = SHARED_HEAD.match(text, joint.end()) if joint else None
        if following is None or not following.group("head"):
            break
        more, end = _typed_places(text, following.end(), unit_head(following.group("head")))
        if not more:
            break
        items.extend(more)
    return items


# Between one sub-heading's names and the next sub-heading: "; ", ", ", " oraz ", a line break.
_NEXT_HEADING = re.compile(r"[ \t]*(?:[;,][ \t]*|[ \t](?:oraz|i)[ \t]+|\n[ \t]*(?:[-–—•*·][ \t]+)?)")
# A powiat's bare adjective in any case a list prints it: "aleksandrowski", "golubsko-dobrzyński", "lipnowskim"
# (after "powiatami:"), "rypińskiego" (after "powiatów:"); capitalised or not.
_POWIAT_ADJECTIVE = re.compile(r"(?P<stem>[^\W\d_]+(?:-[^\W\d_]+)?(?:sk|ck|dzk|zk))(?:i|im|iego)(?![\w-])")


def powiat_name(adjective: str) -> str | None:
    """ "golubsko-dobrzyński" -> "Powiat Golubsko-Dobrzyński", "lipnowskim" -> "Powiat Lipnowski" (a powiat's
    adjective in the nominative, instrumental or genitive, as a list under "powiaty:" prints it); None for a word
    that is no powiat's adjective in the TERYT register ("Kowalski", "polskim")."""
    if _POWIAT_ADJECTIVE.fullmatch(adjective) is None or (found := powiat_adjective(adjective)) is None:
        return None
    return _powiat_titled(found)


def _powiat_titled(adjective: str) -> str:
    """ "golubsko-dobrzyński" -> "Powiat Golubsko-Dobrzyński": the register's adjective as a powiat's name."""
    return "Powiat " + "-".join(part[:1].upper() + part[1:] for part in adjective.split("-"))


def _powiat_by_seat(name: str) -> str:
    """ "Powiat Zgorzelec" -> "Powiat Zgorzelecki": a powiat printed by its seat's name under "powiatami" is named by
    its TERYT name (tests/realtext/README.md, seventh round); a foreign one ("Powiat Görlitz") and an adjective stay."""
    seat = name.partition(" ")[2]
    if _POWIAT_ADJECTIVE.fullmatch(seat.lower()) or (adjective := powiat_of_seat(seat)) is None:
        return name
    return _powiat_titled(adjective)


def _typed_places(text: str, position: int, head: str) -> tuple[list[tuple[str, int, bool]], int]:
    """The bare names after one unit type's sub-heading, each under `head` (a powiat's lower-case adjective too),
    and where they end."""
    if head != "Powiat":
        items = bare_places(text, position, head, least=1)
        return items, _after(text, items)
    out: list[tuple[str, int, bool]] = []
    end = position
    for _ in range(40):
        word = _WORD.match(text, position)
        name = powiat_name(word.group(0)) if word else None
        if word is None or name is None:
            break
        out.append((name, word.start(), False))
        end = word.end()
        separator = _PLACE_SEPARATOR.match(text, end)
        if separator is None or separator.end() == end:
            break
        position = separator.end()
    return out, end


_WORD = re.compile(r"[^\W\d_][\w-]*")


def _after(text: str, items: list[tuple[str, int, bool]]) -> int:
    """Where the last of `items` (each "Head Place" at the place's offset) ends in `text`."""
    if not items:
        return 0
    name, at, _ = items[-1]
    return at + len(name.partition(" ")[2])


def bare_places(text: str, position: int, head: str, least: int = 2) -> list[tuple[str, int, bool]]:
    """Bare place names from `position` ("Pilchowice, Rudziniec i Toszek"), each under `head`; [] for fewer than
    `least`."""
    items: list[tuple[str, int, bool]] = []
    for _ in range(40):
        place = _PLACE.match(text, position)
        if place is None or is_unit(place.group(0)):
            break  # "gminy Rybno i Stowarzyszenia Brzeg": a unit of its own ends the places
        items.append((f"{head} {place.group(0)}", place.start(), False))
        separator = _PLACE_SEPARATOR.match(text, place.end())
        if separator is None or separator.end() == place.end():
            break
        position = separator.end()
    return items if len(items) >= least else []


# A unit's plural over the bare names that follow it: "Nadleśnictwa Czarnobór, Borne Sulinowo i Czaplinek".
PLURAL_HEADS = {
    "nadlesnictwa": "Nadleśnictwo", "gminy": "Gmina", "powiaty": "Powiat", "miasta": "Miasto", "parafie": "Parafia",
    "solectwa": "Sołectwo", "starostwa": "Starostwo", "szkoly": "Szkoła", "przedszkola": "Przedszkole",
    "biblioteki": "Biblioteka", "fundacje": "Fundacja", "stowarzyszenia": "Stowarzyszenie", "kola": "Koło",
}  # fmt: skip
_BARE_PLACE = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:nad|pod|na|[A-ZŁŚŻŹĆŃÓ][\w-]*)){0,3}")
_AND = re.compile(r"[ \t]+(?:i|oraz)[ \t]+")


def distribute_heads(items: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """ "Nadleśnictwa Czarnobór", "Borne Sulinowo i Czaplinek" -> a unit per place, when a unit's plural is followed
    by bare place names (no unit's head among them); any other list as it is."""
    out: list[tuple[str, int, bool]] = []
    number = 0
    while number < len(items):
        name, position, marked = items[number]
        head, _, place = name.partition(" ")
        nominative_head = PLURAL_HEADS.get(fold(head))
        places: list[tuple[str, int, bool]] = []
        following = number + 1
        while nominative_head and following < len(items):
            parts = _AND.split(items[following][0])
            if not all(_BARE_PLACE.fullmatch(part) and not is_unit(part) for part in parts):
                break
            places.extend((f"{nominative_head} {part}", items[following][1], items[following][2]) for part in parts)
            following += 1
        if places and _BARE_PLACE.fullmatch(place):
            out.append((f"{nominative_head} {place}", position, marked))
            out.extend(places)
            number = following
            continue
        out.append(items[number])
        number += 1
    return out
