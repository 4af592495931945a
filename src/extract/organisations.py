"""Organisations in Polish prose: beneficiary, implementer, partners; grouped by provenance.

Beneficiary and implementer are read here, from labels ("Wnioskodawca:", "Realizator projektu:")
and phrases ("Beneficjentem jest …", "Projekt realizowany przez …", "… otrzymał dofinansowanie");
partners in `extract.partners`, names in `extract.org_names`.
"""

from __future__ import annotations

import re

from extract.org_names import (
    OrgMention,
    cut_name,
    expand_abbreviations,
    normalise_name,
    org_like,
    org_mention,
    org_run,
    subject_before,
)
from extract.partners import find_partners

__all__ = [
    "OrgMention",
    "expand_abbreviations",
    "find_beneficiary",
    "find_implementer",
    "find_partners",
    "normalise_name",
]

_BENEFICIARY_LABEL = re.compile(
    r"(?<![\w])(?:Wnioskodawc[ay]|Beneficjen(?:t|ci)(?:\s+projektu)?|Nazwa\s+(?:beneficjenta|wnioskodawcy))"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
_BENEFICIARY_IS = re.compile(
    r"\bBeneficjent(?:em|ami)\s+(?:projektu\s+|zadania\s+)?(?:jest|są|był[aoy]?|został[aoy]?)\s+",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(?:otrzymał|pozyskał|uzyskał)(?:a|o|y|i)?\s+(?:[^\s.]+\s+){0,4}?"
    r"(?:dofinansowa|dotacj|wsparci|środk|grant|subwencj|dofinansowani)",
    re.IGNORECASE,
)
_IMPLEMENTER_LABEL = re.compile(
    r"(?<![\w])(?:Realizator(?:\s+projektu|\s+zadania)?|Jednostka\s+(?:realizująca|wdrażająca)(?:\s+projekt)?"
    r"|Podmiot\s+realizujący(?:\s+projekt)?|Instytucja\s+realizująca(?:\s+projekt)?)"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
_IMPLEMENTER_IS = re.compile(
    r"\b(?:Realizatorem\s+(?:projektu\s+|zadania\s+)?(?:jest|był[aoy]?|został[aoy]?|będzie)"
    r"|Projekt\s+(?:jest\s+|był\s+|będzie\s+)?realizowany\s+(?:jest\s+|był\s+|będzie\s+)?przez"
    r"|Projekt\s+realizuj[eą])\s+",
    re.IGNORECASE,
)


def _labelled_value(text: str, end: int) -> str:
    """The value after a label: the rest of the line, or the next line when the label ends one."""
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)]
    if line.strip() or line_end < 0:
        return line
    following = text[line_end + 1 :].lstrip("\n \t\u00a0")
    return following.split("\n", 1)[0]


def find_beneficiary(text: str) -> OrgMention | None:
    """Wnioskodawca / beneficjent, or the subject of "… otrzymał dofinansowanie"."""
    lowered = text.lower()  # cheap substring checks decide which regexes are worth running
    labelled = "wnioskodawc" in lowered or "beneficjen" in lowered
    for match in _BENEFICIARY_LABEL.finditer(text) if labelled else ():
        name = cut_name(_labelled_value(text, match.end()))
        if name:
            return org_mention(name)
    for match in _BENEFICIARY_IS.finditer(text) if "beneficjent" in lowered else ():
        run = org_run(text, match.end())
        if run and org_like(run.text):
            return org_mention(run.text)
    received = any(verb in lowered for verb in ("otrzymał", "pozyskał", "uzyskał"))
    for match in _RECEIVED.finditer(text) if received else ():
        subject = subject_before(text, match.start())
        if subject:
            return org_mention(subject)
    return None


def find_implementer(text: str) -> OrgMention | None:
    """Realizator / jednostka realizująca or wdrażająca."""
    lowered = text.lower()
    labelled = any(w in lowered for w in ("realizator", "realizując", "wdrażając"))
    for match in _IMPLEMENTER_LABEL.finditer(text) if labelled else ():
        name = cut_name(_labelled_value(text, match.end()))
        if name:
            return org_mention(name)
    phrased = "realizator" in lowered or "projekt realiz" in lowered or "realizowany" in lowered
    for match in _IMPLEMENTER_IS.finditer(text) if phrased else ():
        run = org_run(text, match.end())
        if run and org_like(run.text):
            return org_mention(run.text)
    return None
