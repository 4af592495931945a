"""A payer printed without its region ("Wojewoda", "Urząd Marszałkowski", "WFOŚiGW") made specific by the region the
page names elsewhere: its programme's, another body's, a powiat's or its own name."""

from __future__ import annotations

from extract.funding_payers import Payer
from extract.funding_regions import GENERIC_MARSHAL, GENERIC_VOIVODE, marshal_office, named_region, named_regions
from extract.local_offices import powiat_regions


def regional_payer(generic: str, mentions: list[Payer], voivodeship: str, folded: str = "") -> str:
    """A generic voivode / marshal's office made specific by the programme's region or another mention; any other
    payer as it is.  A marshal's office whose region nothing names stays the generic office ("Urząd Marszałkowski",
    tests/realtext/README.md, funding.funder)."""
    if generic not in (GENERIC_VOIVODE, GENERIC_MARSHAL):
        return generic
    if generic == GENERIC_MARSHAL and voivodeship:
        return marshal_office(voivodeship)
    prefix = "Wojewoda " if generic == GENERIC_VOIVODE else "Urząd Marszałkowski Województwa "
    named = [p.funder for p in mentions if p.funder.startswith(prefix)]
    if named:
        return named[0]
    if generic == GENERIC_MARSHAL and (region := named_region(folded)):
        return marshal_office(region)  # "Urząd Marszałkowski dał …" on a page about "Mazowsze dla …"
    return generic


GENERIC_WFOS = "WFOŚiGW"
# Each voivodeship's fund for environmental protection and water management, by its seat (the funders.csv rows).
REGIONAL_WFOS = {
    "dolnośląskie": "WFOŚiGW we Wrocławiu", "kujawsko-pomorskie": "WFOŚiGW w Toruniu",
    "lubelskie": "WFOŚiGW w Lublinie", "lubuskie": "WFOŚiGW w Zielonej Górze", "łódzkie": "WFOŚiGW w Łodzi",
    "małopolskie": "WFOŚiGW w Krakowie", "mazowieckie": "WFOŚiGW w Warszawie", "opolskie": "WFOŚiGW w Opolu",
    "podkarpackie": "WFOŚiGW w Rzeszowie", "podlaskie": "WFOŚiGW w Białymstoku", "pomorskie": "WFOŚiGW w Gdańsku",
    "śląskie": "WFOŚiGW w Katowicach", "świętokrzyskie": "WFOŚiGW w Kielcach",
    "warmińsko-mazurskie": "WFOŚiGW w Olsztynie", "wielkopolskie": "WFOŚiGW w Poznaniu",
    "zachodniopomorskie": "WFOŚiGW w Szczecinie",
}  # fmt: skip


def voivode_of_region(text: str, folded: str, every: list[Payer]) -> str:
    """A voivode printed without the region, made specific by the one voivodeship the text names, else by the one
    voivodeship of the powiats it names (a voivode funds units of his own voivodeship: "wicewojewoda podpisał umowę z
    powiatem białogardzkim" is the Wojewoda Zachodniopomorski); the generic name when they name none or several."""
    region = one_region(every, "", folded)
    if not region:
        regions = powiat_regions(text)
        region = regions.pop() if len(regions) == 1 else ""
    if not region:
        return GENERIC_VOIVODE
    return "Wojewoda " + "-".join(part.capitalize() for part in region.split("-"))[:-1]


def one_region(every: list[Payer], voivodeship: str, folded: str) -> str:
    """The one voivodeship the text names, through its marshal's office or "województwa X" (a funders.csv mention),
    its programme or its own name; "" when none or several."""
    regions = {v for v in REGIONAL_WFOS if any(p.funder == marshal_office(v) for p in every)}
    regions |= named_regions(folded) | ({voivodeship} if voivodeship else set())
    return regions.pop() if len(regions) == 1 else ""
