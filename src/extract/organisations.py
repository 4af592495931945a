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
# Wordings real pages use besides those: read only when a local-government unit or an NGO is the subject.
_RECEIVED_MORE = re.compile(
    r"\b(?:dostał|zdobył|otrzyma|pozyska|uzyska)(?:a|o|y|i)?\s+(?:[^\s.]+\s+){0,4}?"
    r"(?:dofinansowa|dotacj|wsparci|środk|grant|subwencj|promes|pieniądz)",
    re.IGNORECASE,
)
_UNIT_HEAD = re.compile(r"(?:Gmina|Powiat|Miasto|Województwo|Stowarzyszenie|Fundacja|Parafia|Związek|Spółdzielnia)\b")
# "… wniosek, który Gmina Dolsk złożyła …": the applicant is the unit that gets the money.
_APPLIED = re.compile(r"\bzłożył(?:a|o|y|i)?\b", re.IGNORECASE)
# "przyznano Gminie Rybno …", "Wojewoda przekazał Powiatowi Nyskiemu …": the unit in the dative.
_GRANTED_TO = re.compile(
    r"\b(?i:przyznan[oay]|przyznał[aoy]?|przekazan[oay]|przekazał[aoy]?|przydzielon[oay])\s+"
    r"(?:[^\s.]+\s+){0,6}?"
    r"(?P<head>Gminie|Powiatowi|Miastu|Województwu|Stowarzyszeniu|Fundacji|Parafii|Ośrodkowi|Związkowi)"
    r"(?P<rest>(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|i|w|nad|pod)){1,4})",
)
_DATIVE_HEADS = {
    "Gminie": "Gmina",
    "Powiatowi": "Powiat",
    "Miastu": "Miasto",
    "Województwu": "Województwo",
    "Stowarzyszeniu": "Stowarzyszenie",
    "Fundacji": "Fundacja",
    "Parafii": "Parafia",
    "Ośrodkowi": "Ośrodek",
    "Związkowi": "Związek",
}


def _nominative(head: str, rest: str) -> str:
    """The head and its adjectives back to the nominative: "Gminie Miejskiej Kraków" -> "Gmina Miejska Kraków"."""
    nominative = _DATIVE_HEADS[head]
    words = rest.split()
    if nominative.endswith("a"):  # feminine: -iej/-ej adjectives -> -a
        words = [re.sub(r"(?<=\w)(?:iej|ej)$", "a", w) if w[:1].isupper() and w.endswith("ej") else w for w in words]
    elif nominative in ("Powiat", "Związek", "Ośrodek"):  # masculine: -emu -> -y/-i
        words = [re.sub(r"emu$", "y", re.sub(r"([kg])iemu$", r"\1i", w)) for w in words]
    while words and words[-1] in ("i", "w", "nad", "pod"):
        words.pop()
    return " ".join([nominative, *words])


_IMPLEMENTER_LABEL = re.compile(
    r"(?<![\w])(?:Realizator(?:\s+projektu|\s+zadania)?|Jednostka\s+(?:realizująca|wdrażająca)(?:\s+projekt)?"
    r"|Podmiot\s+realizujący(?:\s+projekt)?|Instytucja\s+realizująca(?:\s+projekt)?)"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
_ITEM = r"(?:projekt\w*|zadani\w*|program\w*|przedsięwzięci\w*|inwestycj\w*)"
_IMPLEMENTER_IS = re.compile(
    rf"\b(?:Realizatorem\s+(?:{_ITEM}\s+)?(?:jest|był[aoy]?|został[aoy]?|będzie)"
    rf"|{_ITEM}\s+(?:jest\s+|był[aoy]?\s+|będzie\s+)?realizowan[aey]\s+(?:jest\s+|był[aoy]?\s+|będzie\s+)?przez"
    rf"|{_ITEM}\s+realizuj[eą]"
    rf"|za\s+(?:przeprowadzenie|realizację|wykonanie)\s+(?:{_ITEM}\s+)?odpowiada(?:ł[aoy]?|ją)?)\s+",
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
    more = any(verb in lowered for verb in ("otrzyma", "pozyska", "uzyska", "dostał", "zdobył"))
    for match in _RECEIVED_MORE.finditer(text) if more else ():
        subject = subject_before(text, match.start())
        if subject and _UNIT_HEAD.match(subject):
            return org_mention(subject)
    for match in _GRANTED_TO.finditer(text) if ("przyzna" in lowered or "przekaza" in lowered) else ():
        return org_mention(_nominative(match.group("head"), match.group("rest")))
    for match in _APPLIED.finditer(text) if "złożył" in lowered else ():
        around = lowered[max(0, match.start() - 60) : match.end() + 30]
        if "wnios" in around or "ofert" in around:  # an application, not a report or a vow
            subject = subject_before(text, match.start())
            if subject and _UNIT_HEAD.match(subject):
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
    phrased = "realizator" in lowered or "realizowan" in lowered or " realizuj" in lowered or "odpowiada" in lowered
    for match in _IMPLEMENTER_IS.finditer(text) if phrased else ():
        run = org_run(text, match.end())
        if run and org_like(run.text):
            return org_mention(run.text)
    return None
