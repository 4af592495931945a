"""Organisations in Polish prose: beneficiary, implementer and partners, names repaired and expanded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # as written, spacing and hyphens repaired
    name_expanded: str | None = None  # abbreviations (OPS, ROPS, MOPR, …) spelled out, if any
    lead: bool = False  # partners only: partner wiodący / lider


def normalise_name(raw: str) -> str:
    """Repair spacing and hyphens in an institution's name ("Kujawsko - Pomorskiego" -> "Kujawsko-Pomorskiego")."""
    raise NotImplementedError


def expand_abbreviations(name: str) -> str | None:
    """The name with OPS, GOPS, MGOPS, MOPS, MOPR, PCPR, ROPS, CUS spelled out; None if it has none."""
    raise NotImplementedError


def find_beneficiary(text: str) -> OrgMention | None:
    """Wnioskodawca / beneficjent, or the subject of "… otrzymał dofinansowanie"."""
    raise NotImplementedError


def find_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca."""
    raise NotImplementedError


def find_partners(text: str) -> tuple[list[OrgMention], list[str]]:
    """Partners of a partnership project, the lead marked, plus warnings."""
    raise NotImplementedError
