"""The one funder of a text, from the most to the least reliable reading: an explicit payer, a board signing a
grant's agreement, the programme's own payer, a body near funding words, then the bodies that act as payers (a
call's announcer, a local unit, a payer printed after the money, a granting organ, the self-government)."""

from __future__ import annotations

import re

from extract.funding_aliases import Spans, fold
from extract.funding_calls import EuMoney, application_body, call_announcer, granting_office
from extract.funding_payers import Payer, find_all_mentions, find_payers
from extract.funding_printed_payers import agreement_party, giver_subject, printed_payer, role_payers
from extract.funding_programmes import implied_payer
from extract.funding_regional_payers import GENERIC_WFOS, REGIONAL_WFOS, one_region, regional_payer, voivode_of_region
from extract.funding_regions import GENERIC_VOIVODE
from extract.funding_self_government import self_government, signing_board
from extract.funding_tables import programmes, state_funds
from extract.local_offices import office_unit
from extract.unit_payers import unit_payer


def choose_funder(
    text: str, folded: str, programme: str | None, spans: tuple[Spans, Spans], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(canonical funder, as printed): an explicit payer, else the programme's own payer, else a body nearby.

    `spans` are the programme and the funder tables' alias matches in the text.
    """
    funder, printed = _choose_named_funder(text, folded, programme, spans, warnings)
    entry = programmes().get(programme) if programme else None
    at = folded.find(f"przez {fold(printed)}") if printed and entry is not None and entry.kind == "eu" else -1
    if at > 0 and _ANNOUNCED_BEFORE.search(folded, max(0, at - 30), at):
        return None, None  # "Konkurs ogłoszony przez Zarząd Województwa … w ramach RPO …": an EU call's authority
    if funder == GENERIC_WFOS:  # the fund of a region when the text names it elsewhere
        every = find_all_mentions(text, spans[1])
        named = [p for p in every if p.funder.startswith(GENERIC_WFOS + " ")]
        if named:
            return named[0].funder, named[0].printed
        # ... or names its voivodeship: each region has one fund, seated in its capital ("WFOŚiGW" on a page about
        # "jednostki OSP z województwa małopolskiego" is the WFOŚiGW w Krakowie)
        region = one_region(every, entry.voivodeship if entry else "", folded)
        if region:
            return REGIONAL_WFOS[region], printed
    return funder, printed


_ANNOUNCED_BEFORE = re.compile(r"\bogloszon\w*\s+\Z")


def _choose_named_funder(
    text: str, folded: str, programme: str | None, spans: tuple[Spans, Spans], warnings: list[str]
) -> tuple[str | None, str | None]:
    """`choose_funder` before a generic regional fund is made specific."""
    programme_spans, funder_spans = spans
    entry = programmes().get(programme) if programme else None
    implied = implied_payer(entry, folded) if entry else None
    voivodeship = entry.voivodeship if entry else ""
    every = find_all_mentions(text, funder_spans)
    payers = [p for p in find_payers(text, folded, programme_spans, funder_spans) if p.funder != programme]
    for tier in (1, 2):
        chosen = [p for p in payers if p.tier == tier]
        if not chosen:
            continue
        payer = _awarding(chosen, every, folded, implied)
        funder = regional_payer(payer.funder, every, voivodeship, folded)
        if funder == GENERIC_VOIVODE:
            funder = voivode_of_region(text, folded, every)
        distinct = list(dict.fromkeys(p.funder for p in chosen))
        if len(distinct) > 1:
            warnings.append(f"Several payers named ({'; '.join(distinct)}); kept {funder}.")
        return funder, payer.printed or None
    signer = signing_board(folded, every, voivodeship)
    if signer is not None:
        return signer
    if implied:
        return implied, next((" ".join(p.printed.split()) for p in every if p.funder == implied), None)
    weak = [p for p in payers if p.tier == 3]
    if weak:
        return weak[0].funder, weak[0].printed
    party = agreement_party(text)  # "zawarła z Lokalną Grupą Działania X umowę o powierzenie grantu"
    if party is not None:
        return office_unit(party) or party, party
    if entry is None or entry.kind != "eu":  # an EU programme alone implies no payer
        eu_money = EuMoney(folded)
        announcer = call_announcer(folded, every, voivodeship, eu_money) or application_body(
            folded, every, voivodeship, eu_money
        )
        if announcer is not None:
            return announcer
        unit = unit_payer(text)  # "otrzymał od gminy Polkowice dotację", "powiat X przeznaczył 40 tys. zł"
        if unit is not None:
            return unit, unit
        # "Instytucja finansująca: X", "Grantodawcą jest X"; a prize's sponsor, "Fundatorem nagrody jest X", apart
        role, prize = role_payers(text)
        if role is not None:
            return office_unit(role) or role, role
        printed = printed_payer(text, [(a, b) for a, b, _ in programme_spans])
        if printed is not None:
            return office_unit(printed) or printed, printed  # "Prezydent Miasta X ogłasza …": Miasto X pays
        giver = giver_subject(text)  # "Fundacja X przyznała stowarzyszeniu grant 8 tys. zł"
        if giver is not None:
            return office_unit(giver) or giver, giver
        granting = granting_office(text, folded, eu_money)
        if granting is not None:
            return granting
        regional = self_government(text, folded, every, eu_money)
        if regional is not None:
            return regional
        if prize is not None:  # a prize's sponsor when no other giver is named
            return office_unit(prize) or prize, prize
    return None, None


# "Wojewoda … przekazał czeki / wręczyła promesy": the voivode hands over what a ministry awarded.
_HANDS_OVER = re.compile(r"\b(?:wreczyl|przekazal)\w*\s+(?:\S+\s+){0,3}?(?:czek|promes)")
# The government named first as the money's source ("rząd obiecał im pieniądze", "Rząd dał 100 mln zł"): a voivode
# after it only hands the money over or signs for it (tests/realtext/README.md, third round: "rząd dał").
# (folded: the noun as the giver or his ("rząd", "przedstawiciele rządu", "rządy"), not the adjective ("rządowego") nor
# "rzadko"; each verb's forms whole (past, present, future), not "dalej", "dalsze" or "daleko", nor "da się")
_GAVE_PAST = r"(?:da|dawa|obieca|przeznaczy|przeznacza|zapewni|zapewnia|przekaza|wylozy|sfinansowa|finansowa)l[aioy]?"
_GOVERNMENT_GAVE = re.compile(
    rf"\brzad(?:u|y)?\s+(?:\w+\s+){{0,3}}?(?:{_GAVE_PAST}|daj[ea]|dadza|da(?!\s+sie\b)|obiecuj[ea]|obieca(?:ja)?"
    r"|przeznacza(?:ja)?|przeznaczy|zapewnia(?:ja)?|zapewni|przekazuj[ea]|przekaz[ea]|wyloz[ay]|s?finansuj[ea])\b"
)
_GOVERNMENT_REACH = 2000  # characters before the voivode the government's sentence is looked for in


def _awarding(chosen: list[Payer], named: list[Payer], folded: str, implied: str | None = None) -> Payer:
    """The first payer, unless it is a voivode handing over cheques while a ministry is named as payer too (in any
    sentence: "Ministerstwo X dokonało podziału dotacji …. Wojewoda Y przekazał czeki"), or else a state fund
    ("wręczyła promesy na zadania z Funduszu Dróg Samorządowych": the fund's money, the voivode's hands), or the
    state payer `implied` by the programme named (printed "" when the text names it only through the programme)."""
    first = chosen[0]
    if first.funder.startswith(GENERIC_VOIVODE) and _HANDS_OVER.search(folded, first.start, first.start + 160):
        ministry = next((p for p in chosen + named if p.funder.startswith("Ministerstwo")), None)
        fund = next((p for p in chosen + named if p.funder in state_funds()), None)
        if ministry is not None:
            return ministry
        if fund is not None:
            return fund
        if implied is not None and (implied.startswith("Ministerstwo") or implied in state_funds()):
            return Payer(first.start, implied, "", first.tier)
    if (
        first.funder.startswith(GENERIC_VOIVODE)
        and implied is not None
        and (implied.startswith("Ministerstwo") or implied in state_funds())
        and "rzad" in folded
        and _GOVERNMENT_GAVE.search(folded, max(0, first.start - _GOVERNMENT_REACH), first.start)
    ):
        return Payer(first.start, implied, "", first.tier)  # "rząd obiecał im pieniądze …, umowy z wojewodą"
    return first
