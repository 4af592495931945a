"""Every local-government unit (JST) with its official website: the base of the site registry.

Read from `scraper/data/jst_websites.csv` (MSWiA "Baza teleadresowa JST", stan na 2026-04-16; see
data/README.md). A row that cannot be used is reported as a warning line naming the file, the line
and the reason, never as a traceback: one bad row must not stop a nightly run over 2,800 sites.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal, get_args
from urllib.parse import urlsplit

from extract.urls import host_of

# The unit's level, short (ids, `--level`): "miasto" is a miasto na prawach powiatu (a gmina that is also a
# powiat, 66 of them); "dzielnica" one of Warszawa's 18 districts, which the MSWiA list carries too.
Level = Literal["wojewodztwo", "powiat", "miasto", "gmina", "dzielnica"]
LEVELS: tuple[Level, ...] = get_args(Level)
LEVEL_NAMES: dict[Level, str] = {
    "wojewodztwo": "województwo",
    "powiat": "powiat",
    "miasto": "miasto na prawach powiatu",
    "gmina": "gmina",
    "dzielnica": "dzielnica Warszawy",
}
_CSV_LEVELS: dict[str, Level] = {
    "wojewodztwo": "wojewodztwo",
    "powiat": "powiat",
    "miasto_na_prawach_powiatu": "miasto",
    "gmina": "gmina",
    "dzielnica_warszawy": "dzielnica",
}
SOURCE = "MSWiA, Baza teleadresowa JST, stan na 2026-04-16"
_TERYT = re.compile(r"[0-9]{7}")


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit as the official list gives it; `homepage` is None when the list has no usable website."""

    teryt: str  # 7 digits, leading zeros kept
    name: str  # as TERC writes it ("Bolesławiec", "bolesławiecki"; voivodeships in lower case)
    level: Level
    kind: str  # the TERC type: "gmina miejska", "gmina wiejska", "powiat", "województwo", ...
    voivodeship: str  # lower case, with diacritics: "dolnośląskie"
    powiat: str | None  # the powiat's name ("milicki"; a city with powiat rights: its own name); None above
    homepage: str | None
    host: str | None
    notes: tuple[str, ...] = ()  # the list's flags: "gov_pl_profile", "idn_host", "duplicate_host_in_source", ...


@dataclass(frozen=True)
class Units:
    """The units read, and one warning line per row that could not be used as it stands."""

    units: tuple[Unit, ...]
    warnings: tuple[str, ...]

    def by_teryt(self) -> dict[str, Unit]:
        return {unit.teryt: unit for unit in self.units}

    @property
    def with_homepage(self) -> tuple[Unit, ...]:
        return tuple(unit for unit in self.units if unit.homepage)

    @property
    def without_homepage(self) -> tuple[Unit, ...]:
        return tuple(unit for unit in self.units if not unit.homepage)


def default_path() -> Path:
    return Path(str(files("scraper").joinpath("data", "jst_websites.csv")))


def fold(text: str) -> str:
    """Lower case without diacritics ("Małopolskie" -> "malopolskie"), for matching what a user types."""
    text = text.strip().lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    """A name as an id part: folded, every run of other characters one hyphen ("Kędzierzyn-Koźle")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _homepage(url: str) -> str | None:
    """The reason a homepage URL cannot be crawled, or None when it is an absolute http(s) URL with a host."""
    if url != url.strip() or any(c.isspace() for c in url):
        return "it contains whitespace"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as error:
        return str(error)
    if parts.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not parts.hostname:
        return "no host"
    return None


def _unit(row: dict[str, str], where: str, warnings: list[str]) -> Unit | None:
    teryt, level = row.get("teryt") or "", _CSV_LEVELS.get(row.get("jst_level") or "")
    if not _TERYT.fullmatch(teryt):
        warnings.append(f"{where}: teryt {teryt!r} is not a 7-digit code; row skipped")
        return None
    if level is None:
        known = ", ".join(_CSV_LEVELS)
        warnings.append(f"{where}: {teryt}: unknown jst_level {row.get('jst_level')!r} (known: {known}); row skipped")
        return None
    name = (row.get("nazwa") or "").strip()
    if not name:
        warnings.append(f"{where}: {teryt}: no name; row skipped")
        return None
    url = row.get("www_url") or ""
    if url and (reason := _homepage(url)):
        warnings.append(f"{where}: {teryt} {name}: homepage {url!r} is not usable ({reason}); kept without a website")
        url = ""
    return Unit(
        teryt=teryt,
        name=name.lower() if level == "wojewodztwo" else name,
        level=level,
        kind=(row.get("terc_typ") or "").strip(),
        voivodeship=(row.get("wojewodztwo") or "").lower(),
        powiat=(row.get("powiat") or None) if level != "wojewodztwo" else None,
        homepage=url or None,
        host=host_of(url) if url else None,
        notes=tuple(note for note in (row.get("www_notes") or "").split(";") if note),
    )


def read_units(text: str, name: str = "jst_websites.csv") -> Units:
    """The units of a CSV text; a duplicate code keeps its first row."""
    units: dict[str, Unit] = {}
    warnings: list[str] = []
    reader = csv.DictReader(io.StringIO(text))
    missing = {"teryt", "jst_level", "nazwa", "wojewodztwo", "powiat", "www_url"} - set(reader.fieldnames or ())
    if missing:
        return Units((), (f"{name}: missing column(s) {', '.join(sorted(missing))}; no unit read",))
    for row in reader:
        where = f"{name}:{reader.line_num}"
        unit = _unit(row, where, warnings)
        if unit is None:
            continue
        if unit.teryt in units:
            warnings.append(f"{where}: teryt {unit.teryt} appears twice; the first row kept")
            continue
        units[unit.teryt] = unit
    return Units(tuple(units.values()), tuple(warnings))


@cache
def load_units(path: Path | None = None) -> Units:
    """The shipped list (or `path`), read once per process; an unreadable file is one warning, no units."""
    path = path or default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return Units((), (f"{path}: cannot read the list of units: {error}",))
    return read_units(text, path.name)


def level_of_code(teryt: str) -> Level:
    """The level a 7-digit code's shape says (a site of a unit missing from the list): xx00000, xxxx000, else gmina."""
    if teryt[2:] == "00000":
        return "wojewodztwo"
    if teryt[4:] == "000":
        return "miasto" if int(teryt[2:4]) >= 61 else "powiat"
    if teryt[6] == "8":
        return "dzielnica"
    return "miasto" if int(teryt[2:4]) >= 61 and teryt[6] == "1" else "gmina"
