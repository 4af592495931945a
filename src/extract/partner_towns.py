"""Partners named through what they are to each other: a partner town ("z miastem partnerskim Javornik", "miast
partnerskich: Dzierżoniów – Bischofsheim") and the owners of a partnership or joint project in the genitive
("partnerskim projektem Gminy Świerklany i czeskiej Gminy Větřkovice", "wspólny projekt Powiatu A i Fundacji B").

A partner town is its printed name (tests/realtext/README.md, the fifth round: "z miastem partnerskim Javornik" ->
Javornik), the beneficiary's own town left out; a project's owners are read as "w partnerstwie Gminy A i Fundacji B"
is (`extract.partner_cues`), two or more of them, with the derived adjective ("partnerski", "wspólny") in every case
in place of the noun.
"""

from __future__ import annotations

import itertools
import re

from extract.org_names import fold, matches_from, org_like
from extract.org_sentences import MAX_CUES
from extract.partner_cases import GENITIVE_HEADS, from_genitive
from extract.partner_heads import bare_places, unit_head
from extract.partner_lists import cued_list
from extract.partner_names import PERSON, Found
from extract.personal_data import GIVEN_NAMES
from extract.place_forms import GEN, NOM
from extract.places import gmina_name

# "z miastem partnerskim Javornik", "miasto partnerskie Hoorn", "miast partnerskich: A – B", "miastach partnerskich A i
# B": the noun in any case, then its town(s) capitalised; a lower-case word after it names none ("Oba miasta partnerskie
# wspólnie …").
_PARTNER_TOWN = re.compile(
    r"\bmiast(?:o|a|u|em|ach|om|ami)?\s+partnersk(?:ie|iego|iemu|im|ich|imi)\b[ \t]*:?[ \t]*"
    r"(?=[A-ZŁŚŻŹĆŃÓ])(?!(?:Gmin|Miast|Powiat|Wojew|Nasz)\w*\s)",  # "miasto partnerskie Gminy X": its owner, no town
    re.IGNORECASE,
)
_TOWN = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:nad|pod|na|[A-ZŁŚŻŹĆŃÓ][\w-]*)){0,2}(?![\w-])")
_TOWN_SEPARATOR = re.compile(r"[ \t]*(?:,|[–—-]|\bi\b|\boraz\b)[ \t]*")
# The next town opens with a capital letter (the separator then reads on).
_TOWN_WORDS = re.compile(r"[A-ZŁŚŻŹĆŃÓ]")

# "partnerskim projektem Gminy A i czeskiej Gminy B", "projekt partnerski Powiatu A i Fundacji B", "wspólny projekt
# Gminy A oraz Stowarzyszenia B": the adjective beside the project's word, then the owners in the genitive.
# Also a joint initiative or undertaking ("wspólna inicjatywa gminy A i Stowarzyszenia B", "wspólne przedsięwzięcie
# Powiatu A i Fundacji B"), its first owner's head in lower case too ("gminy Śmigiel").
_PROJECT_OF_PARTNERS = re.compile(
    r"\b(?:(?:partnersk|wspóln)\w*\s+(?:mikro)?projek\w*|(?:mikro)?projek\w*\s+(?:partnersk|wspóln)\w*"
    r"|wspóln\w*\s+(?:inicjatyw|przedsięwzię)\w*|(?:inicjatyw|przedsięwzię)\w*\s+wspóln\w*)"
    r"\s+(?=[A-ZŁŚŻŹĆŃÓ]|(?-i:(?:gminy|powiatu|miasta|stowarzyszenia|fundacji|parafii)\s+[A-ZŁŚŻŹĆŃÓ„\"]))",
    re.IGNORECASE,
)

# A partnership or joint project of bare places under their kind's genitive plural: "wspólny projekt gmin Lipno, Kikół
# i Skępe", "partnerski projekt powiatów lipnowskiego i rypińskiego" (each place a unit, `bare_places`).
_PROJECT_OF_PLACES = re.compile(
    r"\b(?:(?:partnersk|wspóln)\w*\s+(?:mikro)?projek\w*|(?:mikro)?projek\w*\s+(?:partnersk|wspóln)\w*"
    r"|wspóln\w*\s+(?:inicjatyw|przedsięwzię)\w*)\s+(?P<head>(?-i:gmin|miast))\s+(?=[A-ZŁŚŻŹĆŃÓ])",
    re.IGNORECASE,
)
# The join of a second owner (its literal gate: `cued_list` is read only where one stands near the first).
_SECOND_OWNER_JOIN = re.compile(r"\s(?:i|oraz)\s|,")
_OWNERS_REACH = 120


def _genitive_town(name: str) -> bool:
    """Whether `name` is a Polish town's genitive and no town's nominative ("Wadowic", "Nowego Sącza", "Lipna"): the
    owner of the partner town, not the town in apposition, which stands in the nominative ("z miastem partnerskim
    Wadowice", "miasta partnerskiego Javornik")."""
    return gmina_name(name, NOM) is None and gmina_name(name, GEN) is not None


def partner_towns(text: str, cues: str, found: Found, beneficiary: str | None) -> None:
    """The towns named after "miasto partnerskie" in any case; not the beneficiary's own."""
    own = fold(beneficiary).split() if beneficiary else []
    for match in itertools.islice(matches_from(_PARTNER_TOWN, text, cues, ("miast",)), MAX_CUES):
        position = match.end()
        for _ in range(8):
            town = _TOWN.match(text, position)
            if town is None:
                break
            name = town.group(0)
            if org_like(name) or PERSON.match(name) or fold(name.split()[0]) in GIVEN_NAMES:
                break  # "… Hoorn i Lipsk oraz Fundację X": a body after the towns, no town; nor an officer or a person
            if _genitive_town(name):
                break  # "z miasta partnerskiego Wadowic": the partner town of Wadowice, unnamed (a town's genitive)
            if not own or fold(name).split() != own[-len(name.split()) :]:
                found.add(town.start(), name)
            separator = _TOWN_SEPARATOR.match(text, town.end())
            if separator is None or separator.end() == town.end() or not _TOWN_WORDS.match(text, separator.end()):
                break
            position = separator.end()


def partner_project_owners(text: str, cues: str, found: Found) -> None:
    """Two or more owners of a partnership or joint project, named in the genitive after it, or as bare places under
    their kind's genitive plural ("wspólny projekt gmin Lipno, Kikół i Skępe")."""
    starts = ("partnersk", "wspóln", "projek", "mikroprojek", "inicjatyw", "przedsięwzię")
    places = " gmin " in cues or " miast " in cues  # the genitive plural of the kind must stand in the text
    for match in itertools.islice(matches_from(_PROJECT_OF_PLACES, text, cues, starts), MAX_CUES) if places else ():
        for name, position, marked in bare_places(text, match.end(), unit_head(match.group("head"))):
            found.add(position, name, marked)
    for match in itertools.islice(matches_from(_PROJECT_OF_PARTNERS, text, cues, starts), MAX_CUES):
        head = text[match.end() : match.end() + 40].split(maxsplit=2)
        if not head or not any(word.lower() in GENITIVE_HEADS for word in head[:2]):
            continue  # "projekt partnerski „Razem”": a title, no owner
        if not _SECOND_OWNER_JOIN.search(text, match.end(), match.end() + _OWNERS_REACH):
            continue  # no "i"/"oraz" (nor a comma) soon after the first owner: one owner, no partnership to read
        names = cued_list(text, match.end(), from_genitive)
        if len(names) >= 2:  # one owner alone is the project's, not a partnership's
            for name, position, marked in names:
                found.add(position, name, marked)
