"""The TERYT register: a 7-digit code to its gmina, powiat and voivodeship, and a gmina's name to its code.

The table is GUS TERC (stan na 2026-01-01), shipped in extract/data (see its README).
Codes are written with 7 digits throughout the dataset: a voivodeship is xx00000,
a powiat xxxx000, a gmina WOJ+POW+GMI+RODZ.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from extract.text import clean


@dataclass(frozen=True, slots=True)
class Unit:
    code: str  # 7 digits
    name: str
    kind: str  # NAZWA_DOD as GUS writes it: "gmina miejska", "powiat", "województwo", ...


@cache
def units() -> dict[str, Unit]:
    """The register by 7-digit code, read once."""
    raw = files("extract.data").joinpath("teryt_terc.csv").read_text(encoding="utf-8")
    table: dict[str, Unit] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        code = row["TERC"].ljust(7, "0")
        name = row["NAZWA"].lower() if len(row["TERC"]) == 2 else row["NAZWA"]
        table[code] = Unit(code, name, row["NAZWA_DOD"])
    return table


def unit(code: str) -> Unit | None:
    return units().get(code)


@dataclass(frozen=True, slots=True)
class Hierarchy:
    municipality: str | None
    county: str | None
    voivodeship: str | None


def hierarchy(code: str) -> Hierarchy:
    """Names of the gmina, powiat and voivodeship a 7-digit code belongs to (None above its level)."""
    table = units()
    woj = table.get(code[:2] + "00000")
    powiat = table.get(code[:4] + "000") if code[2:4] != "00" else None
    gmina = table.get(code) if code[4:] != "000" else None
    return Hierarchy(gmina.name if gmina else None, powiat.name if powiat else None, woj.name if woj else None)


@cache
def _gminas_by_name() -> dict[tuple[str, str], list[Unit]]:
    index: dict[tuple[str, str], list[Unit]] = {}
    for code, item in units().items():
        if is_gmina(code):
            woj = units()[code[:2] + "00000"].name
            index.setdefault((item.name.lower(), woj), []).append(item)
    return index


def find_gmina(name: str, voivodeship: str, county: str | None = None) -> Unit | None:
    """The gmina called `name` (nominative) in `voivodeship`; `county` breaks ties. None if unknown or ambiguous."""
    candidates = _gminas_by_name().get((clean(name).lower(), clean(voivodeship).lower()), [])
    if county and len(candidates) > 1:
        wanted = clean(county).lower()
        candidates = [c for c in candidates if (hierarchy(c.code).county or "").lower() == wanted]
    return candidates[0] if len(candidates) == 1 else None


def is_gmina(code: str) -> bool:
    """A gmina-level unit (not a voivodeship, a powiat, or the town or rural part of a gmina)."""
    return code[4:] != "000" and code[6] in "123"
