"""A partner label names what it is the partner of: "Partner projektu:", and as often "mikroprojektu", "zadania",
"przedsięwzięcia", "operacji" (LGD grants) or "inicjatywy". The label reads the same whichever genitive follows it
(b25-hlbokenadvahom-istebna-mikroprojekt-plsk: a euroregion's micro-project, "Partner wiodący mikroprojektu:")."""

from __future__ import annotations

import pytest

from extract.partners import find_partners

ROWS = [
    (
        "Partner wiodący mikroprojektu: Gmina Istebna\nPartner mikroprojektu: Gmina Hlboké nad Váhom\n"
        "Okres realizacji: 01/2020 – 10/2021",
        [("Gmina Istebna", True), ("Gmina Hlboké nad Váhom", False)],
    ),
    (
        "Partner zadania: Stowarzyszenie Przyjaciół Ziemi Kłodzkiej\nWartość zadania: 10 000 zł",
        [("Stowarzyszenie Przyjaciół Ziemi Kłodzkiej", False)],
    ),
    (
        "Lider przedsięwzięcia – Gmina Iłów\nPartner przedsięwzięcia – Fundacja Nowy Dom",
        [("Gmina Iłów", True), ("Fundacja Nowy Dom", False)],
    ),
    (
        "Partnerzy operacji: Gmina Rybno, Koło Gospodyń Wiejskich w Rybnie",
        [("Gmina Rybno", False), ("Koło Gospodyń Wiejskich w Rybnie", False)],
    ),
    ("Partner projektu: Fundacja Nowy Dom", [("Fundacja Nowy Dom", False)]),
    # near misses: no label (a sentence about partners, a partnership's name as a heading)
    ("Partner zadania nie jest wymagany.\nWartość: 5 000 zł", []),
    ("Partnerstwo samorządów – Powiat Hajnowski i Amt Nordsee-Treene\n\nTermin realizacji: 01.05.2009", []),
    ("Partnera zadania wybierze komisja: oferty do 30 maja.", []),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_partner_label_with_any_genitive(text: str, want: list[tuple[str, bool]]) -> None:
    mentions, _ = find_partners(text)
    assert [(m.name, m.lead) for m in mentions] == want
