"""Voivodeships a text names by their own names ("Mazowsze", "Łódzkie", "dolnośląskiego"), and the names of a
voivode and a marshal's office with and without their region: a programme or a payer is often regional only through
the region named elsewhere on the page."""

from __future__ import annotations

import re

from extract.funding_aliases import fold
from extract.funding_measures import CODE_VOIVODESHIPS

GENERIC_VOIVODE = "Wojewoda"
GENERIC_MARSHAL = "Urząd Marszałkowski"


def marshal_office(voivodeship: str) -> str:
    """ "kujawsko-pomorskie" -> "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego"."""
    genitive = "-".join(part.capitalize() for part in voivodeship.split("-"))[:-1] + "ego"
    return f"Urząd Marszałkowski Województwa {genitive}"


def names_region(folded: str, voivodeship: str) -> bool:
    """Whether the text names the region ("dolnośląskie" -> "Dolnośląskiego", "Dolny Śląsk"), also by its own name
    ("Mazowsze dla seniorów" names mazowieckie)."""
    stem = fold(voivodeship)[:-3]  # "dolnoslask", "kujawsko-pomorsk"
    if re.search(stem.replace("-", r"\s*-?\s*"), folded) is not None:
        return True
    return any(region == voivodeship and pattern.search(folded) for pattern, region in _REGION_NOUNS)


# A region's own name (a noun, never an adjective that also ends a town's name: "Gorzów Wielkopolski",
# "Tomaszów Mazowiecki"), folded: "program „Mazowsze dla …”", "na Podkarpaciu".
_REGION_NOUNS = (
    (re.compile(r"\bmazowsz(?:e|a|u|em)\b"), "mazowieckie"),
    (re.compile(r"\bmalopolsk(?:a|i|e|ie)\b"), "małopolskie"),
    (re.compile(r"\bpodkarpaci(?:e|a|u|em)\b"), "podkarpackie"),
    (re.compile(r"\bpodlasi(?:e|a|u|em)\b"), "podlaskie"),
    (re.compile(r"\blubelszczyzn\w*"), "lubelskie"),
    (re.compile(r"\bopolszczyzn\w*"), "opolskie"),
    (re.compile(r"\bwarmi\w*\s+i\s+mazur\w*"), "warmińsko-mazurskie"),
    (re.compile(r"\bdoln\w*\s+slask\w*|\bdolnoslazak\w*"), "dolnośląskie"),
)


# A voivodeship named by its adjective alone, as a noun ("Łódzkie znowu wspiera …", "gminy z Zachodniopomorskiego",
# "w Małopolskiem"): the neuter forms at a line's or sentence's start or after a preposition, never after another
# word ("Gorzowa Wielkopolskiego", "Koleje Mazowieckie": a name's last word), on folded text.
_REGION_ADJECTIVE = re.compile(
    r"(?:^|(?<=[.!?:] )|"
    + "|".join(
        rf"(?<=\b{word} )" for word in ("z", "ze", "w", "we", "na", "po", "dla", "cale", "calym", "calego", "i", "oraz")
    )
    + ")"
    r"(?P<stem>"
    + "|".join(sorted((fold(v)[:-2] for v in CODE_VOIVODESHIPS.values()), key=len, reverse=True))
    + r")(?:ie|iego|iem)\b",
    re.MULTILINE,
)
_REGION_BY_STEM = {fold(v)[:-2]: v for v in CODE_VOIVODESHIPS.values()}


def named_regions(folded: str) -> set[str]:
    """The regions the text names by their own names ("Mazowsze", "Łódzkie")."""
    found = {region for pattern, region in _REGION_NOUNS if pattern.search(folded)}
    if "kie" in folded:
        found |= {_REGION_BY_STEM[m.group("stem")] for m in _REGION_ADJECTIVE.finditer(folded)}
    return found


def named_region(folded: str) -> str:
    """The one region the text names by its own name, or "" when none or several."""
    found = named_regions(folded)
    return found.pop() if len(found) == 1 else ""
