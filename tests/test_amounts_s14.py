"""Amount kinds and values on real text, session 14: each mechanism with its reworded examples and its near misses."""

from __future__ import annotations

import pytest

from extract.money import find_amounts


def kinds_values(text: str) -> list[tuple[str, str]]:
    return [(m.kind, str(m.value)) for m in find_amounts(text)[0]]


# A sum printed with grosze and no currency word after a form of "wynieść"/"wynosić" under a money cue, or after a
# colon with dot groups and a comma after it: money (tests/realtext/README.md: "a sum without a currency word is an
# amount when the passage makes it money").  Hosts kock.naszgok.pl, pceluban.pl.
NO_CURRENCY_AFTER_VERB = [
    ("Całkowita wartość zadania wyniesie 189 617,80 .", [("total_cost", "189617.80")]),
    (
        "Koszt całkowity wyniósł 1 250 000,00, a dotacja wyniosła 900 000,00.",
        [("total_cost", "1250000.00"), ("grant", "900000.00")],
    ),
    ("Dofinansowanie wynosi 35 000,00.", [("grant", "35000.00")]),
    ("Wkład własny gminy wynosił 4 500,00.", [("own_share", "4500.00")]),
    (
        "Wartość projektu wynosiłaby 120 000,00; dotacja wyniesie 90 000,00.",
        [("total_cost", "120000.00"), ("grant", "90000.00")],
    ),
    ("Koszty kwalifikowalne wyniosły 88 000,00.", [("eligible", "88000.00")]),
    ("Wydano 330.400,04 zł, w tym dofinansowanie ze środków unijnych: 279.065,71, a wkład własny: 51.334,33 zł.", None),
    # near misses: no money cue before the verb (a length, an area, a head count), too short a number
    ("Długość drogi wynosi 1 500,00 m.", []),
    ("Powierzchnia działki wynosi 6 243,75, a długość 1 163,46.", []),
    ("Liczba mieszkańców wynosi 12 345,00.", []),
    ("Dotacja wynosiła 12,50.", []),
    ("Rok wcześniej wskaźnik wyniósł 1 250,5.", []),
    # a measurement after the verb in a clause that has a money cue: the unit after the figure says it is no sum
    # (review s14, H4: the near misses above had no money cue, so they could not fail)
    ("Dotacja na przebudowę drogi, której długość wynosi 1 250,00 m.", []),
    ("Dofinansowanie objęło salę, której powierzchnia wyniesie 1 228,35 m2.", []),
    ("Z dotacji wyremontowano odcinek, który wynosi 2 100,50 mb.", []),
    ("Dotacja obejmie teren, którego powierzchnia wynosi 1 250,00 ha.", []),
    ("Dotacja na drogę: jej długość wyniosła 3 400,00 km.", []),
]


@pytest.mark.parametrize(("text", "expected"), NO_CURRENCY_AFTER_VERB)
def test_a_sum_with_no_currency_after_a_verb_of_amounting(text: str, expected: list[tuple[str, str]] | None) -> None:
    got = kinds_values(text)
    if expected is None:  # the dotted, comma-followed figure after a colon: read, with the kind its label gives
        assert ("eu_share", "279065.71") in got
    else:
        assert got == expected


# An agreement with a public payer (wojewoda, marszałek, zarząd/urząd/samorząd województwa, a ministry, PFRON, a state
# fund) is a grant agreement: its sum is the grant, in either word order and whichever side is the subject; an
# agreement with a contractor stays the works' cost, an agreement with no party named stays `other`.
PAYER_AGREEMENT = [
    ("Umowa z wojewodą opiewa na kwotę 350 tys. zł.", "grant"),
    ("Umowa z Marszałkiem Województwa opiewa na 350 tys. zł.", "grant"),
    ("Gmina podpisała umowę z wojewodą na kwotę 350 tys. zł.", "grant"),
    ("Gmina podpisała z Wojewodą Lubelskim umowę na 350 tys. zł na remont drogi.", "grant"),
    ("Wojewoda podpisał z gminą umowę na 350 tys. zł.", "grant"),
    ("Marszałek Województwa zawarł z gminą umowę na kwotę 350 tys. zł.", "grant"),
    ("Umowę z Urzędem Marszałkowskim podpisano na 350 tys. zł.", "grant"),
    ("Umowy z Zarządem Województwa Mazowieckiego opiewają na 350 tys. zł.", "grant"),
    ("Gmina zawarła umowę z Ministerstwem Kultury na 350 tys. zł.", "grant"),
    ("Umowę z PFRON gmina podpisała na kwotę 350 tys. zł.", "grant"),
    ("Umowa z dnia 12.03.2023 r. z Wojewodą Lubelskim opiewa na 350 tys. zł.", "grant"),
    # near misses
    ("Umowa opiewa na kwotę 350 tys. zł.", "other"),
    ("Umowę z wykonawcą podpisano na kwotę 350 tys. zł.", "total_cost"),
    ("Gmina podpisała umowę z firmą Budex na kwotę 350 tys. zł.", "total_cost"),
    ("Po podpisaniu umowy z wojewodą gmina ogłosi przetarg; wartość robót to 350 tys. zł.", "total_cost"),
    ("Umowa z wojewodą przewiduje wkład własny gminy 350 tys. zł.", "own_share"),
    ("Gmina podpisała umowę z wojewodą, a koszt zadania to 350 tys. zł.", "total_cost"),
]


@pytest.mark.parametrize(("text", "kind"), PAYER_AGREEMENT)
def test_an_agreement_with_a_public_payer_is_a_grant_agreement(text: str, kind: str) -> None:
    assert kinds_values(text) == [(kind, "350000")]


# A line wrapped inside a sentence: after an abbreviation that stands before a number ("ok.", "ca.", "tj."), or
# between a number and its multiplier, the sum keeps its clause's cue and its value.  Hosts skomlin.com.pl,
# przegladkoninski.pl.
WRAPPED = [
    ("Ministerstwo przyznało środki w kwocie ok.\n350 tys. zł. Prace potrwają do jesieni.", [("grant", "350000")]),
    ("Ministerstwo przyznało dotację, tj.\n350 tys. zł, na remont.", [("grant", "350000")]),
    ("Wojewoda przekazał gminie ca.\n350 tys. zł.", [("grant", "350000")]),
    ("Zadanie ma kosztować w sumie 977\ntysięcy złotych; gmina dostała dofinansowanie.", [("total_cost", "977000")]),
    ("Gmina otrzymała 1,5\nmln zł dotacji.", [("grant", "1500000")]),
    # near misses: a year over a column header's multiplier; a numbered line after "ok." keeps its own clause
    ("Plan 2023\ntys. zł\n150", []),
    ("Wykonanie 2019\nmln zł", []),
    ("Spotkanie trwało ok.\n2. Dotacja dla klubu: 350 tys. zł.", [("grant", "350000")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_line_wrapped_inside_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


# A sentence may begin with its sum: after a full stop that ends a word of five letters or more (no abbreviation
# before a number is that long: "ok.", "r.", "br.", "tys.", "godz."), the sum's clause is its own sentence, so the
# previous sentence's words (a sharing-out among many: "rozdzielił dotacje") are not its.  Host krzeszowiceone.pl.
SENTENCE_OPENS_WITH_SUM = [
    ("Urząd rozdzielił dotacje. 20 tysięcy złotych na konserwację okien i witraży dostała parafia.", "grant"),
    ("Pieniądze rozdzielono między gminy. 20 tysięcy złotych otrzymała Gmina Rybno.", "grant"),
    ("Urząd rozdzielił dotacje! 20 tysięcy złotych trafiło do parafii w Rybnie.", "grant"),
    # near misses: an abbreviation before the number keeps one sentence; a sum beginning a sentence with no cue
    ("Gmina dostała w br. 20 tysięcy złotych.", "grant"),
    ("Dotację przyznano ok. 20 tysięcy złotych temu klubowi.", "grant"),
    ("Gmina otrzymała dotację. 20 tysięcy złotych wydano na paliwo.", "other"),
    # an abbreviation of five letters or more before a number ends no sentence (review s14, M3)
    ("Gmina otrzymała dotację zgodnie z rozdz. 3 w kwocie 20 tysięcy złotych.", "grant"),
    ("Dotację przyznano na mocy zarządz. 12 w kwocie 20 tysięcy złotych.", "grant"),
    ("Gmina otrzymała dotację wg paragr. 4 w kwocie 20 tysięcy złotych.", "grant"),
    ("Gmina otrzymała dotację zgodnie z załącz. 2 w kwocie 20 tysięcy złotych.", "grant"),
]


@pytest.mark.parametrize(("text", "kind"), SENTENCE_OPENS_WITH_SUM)
def test_a_sentence_may_begin_with_its_sum(text: str, kind: str) -> None:
    assert kinds_values(text) == [(kind, "20000")]


# Requested sums are `other` (rule 1) unless the passage says they were granted: several requests that add up exactly
# to one granted sum of the passage were each granted in full.  Host puszcza-marianska.pl (with the value format of
# the first commit); exact Decimal sums, no wording.
REQUESTS_SUMMED = [
    (
        "Etap I. Kwota wnioskowanych środków: 4.987.500,00 zł\nEtap II. Kwota wnioskowanych środków: 7.600.000,00 zł\n"
        "Z Funduszu gmina dostanie w sumie 12.587.500,00 zł.",
        [("grant", "4987500.00"), ("grant", "7600000.00"), ("grant", "12587500.00")],
    ),
    (
        "Wnioskowana kwota: 120 000,00 zł.\nWnioskowana kwota: 80 000,00 zł.\nGmina otrzymała 200 000 zł "
        "dofinansowania ze środków unijnych.",
        [("eu_share", "120000.00"), ("eu_share", "80000.00"), ("eu_share", "200000")],
    ),
    # near misses: requests that do not add up to the grant, a single request beside a different grant
    (
        "Wnioskowana kwota: 120 000,00 zł.\nWnioskowana kwota: 80 000,00 zł.\nGmina otrzymała 150 000 zł dotacji.",
        [("other", "120000.00"), ("other", "80000.00"), ("grant", "150000")],
    ),
    (
        "Wnioskowana kwota: 120 000,00 zł.\nGmina otrzymała 100 000 zł dotacji.",
        [("other", "120000.00"), ("grant", "100000")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTS_SUMMED)
def test_requests_adding_up_to_the_grant_were_granted(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


# A numeral governs the first noun after it: in "dla 120 uczniów szkół" it counts pupils (people a project serves),
# in "Na realizację 3 projektów gmina otrzymała" projects; neither is a count of recipients (schools, gminy), so the
# one unit's grant stays a grant.  And one named item of a counted many with its own sum after "w tym" is that
# recipient's grant (rule 3: "each entry of a list of named recipients with their own sums").
COUNTED_NOUN = [
    ("Gmina Rybno otrzyma 400 tys. zł na zajęcia dla 120 uczniów szkół podstawowych.", "grant"),
    ("Gmina Rybno otrzyma 400 tys. zł na opiekę dla 35 seniorów z gminy.", "grant"),
    ("Na realizację 3 projektów gmina otrzymała 400 tys. zł.", "grant"),
    ("Na wykonanie 2 zadań powiat dostał 400 tys. zł.", "grant"),
    ("Dotacje otrzymało 12 organizacji, w tym Stowarzyszenie Rybno – 400 tys. zł.", "grant"),
    ("Wsparcie dostało 9 klubów, w tym Klub Sportowy Orzeł – 400 tys. zł.", "grant"),
    # near misses: the many still counted (an adjective between, a count in the item, a total)
    ("Dotacje otrzymało 12 organizacji, w tym 5 stowarzyszeń – 400 tys. zł.", "other"),
    ("Dotacje otrzymało 12 organizacji, w tym dotacja celowa – 400 tys. zł.", "other"),
    ("Wsparcie otrzymało 17 podmiotów na łączną kwotę 400 tys. zł.", "other"),
    ("Dotacje otrzymało 17 nowych podmiotów, łącznie 400 tys. zł.", "other"),
    ("Wsparcie trafi do 12 wiejskich gmin, łącznie 400 tys. zł.", "other"),
]


@pytest.mark.parametrize(("text", "kind"), COUNTED_NOUN)
def test_a_count_governs_its_first_noun(text: str, kind: str) -> None:
    assert kinds_values(text) == [(kind, "400000")]


# A contest's scale of prizes ("Za pierwsze miejsce miejscowość otrzyma 30 000 zł, za drugie 20 000 zł") is a rule of
# the contest, `other` (tests/realtext/README.md: "the contest's fixed amounts for future winners"), in every form of
# the ordinal; a prize a named winner got or gets stays a grant.  And "po" before a price makes it each one's price
# ("uczestnicy zapłacą po 300 zł"): `other`, not a project's cost.  Hosts pomorskie.eu, szczytno.com.pl.
PRIZES_AND_PRICES = [
    (
        "Za pierwsze miejsce miejscowość otrzyma 30 000 zł., za drugie 20 000 zł, a za trzecie 10 000 zł.",
        [("other", "30000"), ("other", "20000"), ("other", "10000")],
    ),
    ("Za zajęcie II miejsca drużyna dostanie 2 000 zł.", [("other", "2000")]),
    ("Za 1. miejsce zwycięzca otrzyma nagrodę 5 000 zł.", [("other", "5000")]),
    ("Za trzecie miejsce przewidziano nagrodę w wysokości 1 000 zł.", [("other", "1000")]),
    ("Za udział w kursie uczestnicy zapłacą po 300 zł.", [("other", "300")]),
    ("Bilety kosztują po 20 zł.", [("other", "20")]),
    ("Sprzęt kosztował po ok. 2 000 zł za sztukę.", [("other", "2000")]),
    # near misses: a named winner, a past award, a period "za drugie półrocze", a price with no "po", each recipient's
    # grant with "po"
    ("Za pierwsze miejsce Gmina Rybno otrzyma 5 000 zł.", [("grant", "5000")]),
    ("Za pierwsze miejsce sołectwo Rybno otrzymało 5 000 zł.", [("grant", "5000")]),
    ("Za drugie półrocze gmina otrzyma 20 000 zł dotacji.", [("grant", "20000")]),
    ("Za remont drogi gmina zapłaci 300 tys. zł.", [("total_cost", "300000")]),
    ("Gminy A i B otrzymały po 5 000 zł.", [("grant", "5000")]),
]


@pytest.mark.parametrize(("text", "expected"), PRIZES_AND_PRICES)
def test_a_prize_scale_and_a_price_each_are_other(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


# The aid granted ("pomoc", the word the LEADER and PROW agreements use for their grants) as the subject of "wynieść"
# or "to", and aid given with "udzielić" in any form, is a grant; the welfare service ("pomoc społeczna") is not.
# Host szlakziemilukowskiej.pl.
AID = [
    ("Pomoc wynosi 74 000 zł, a jej Beneficjentem jest LGD.", "grant"),
    ("Wysokość pomocy to 74 000 zł.", "grant"),
    ("Pomoc wyniesie 74 000 zł.", "grant"),
    ("Pomocy udzielono na kwotę 74 000 zł.", "grant"),
    ("Gmina udzieliła powiatowi pomocy w wysokości 74 000 zł.", "grant"),
    ("Udzielona pomoc wyniosła 74 000 zł.", "grant"),
    # near misses: the welfare service
    ("Pomoc społeczna to 74 000 zł wydatków gminy.", "other"),
    ("Wysokość pomocy społecznej wynosi 74 000 zł.", "other"),
    ("Ośrodek udziela pomocy społecznej; wydatki wyniosły 74 000 zł.", "other"),
    # welfare aid to households or people counted, or a rate per person or month (review s14, M2)
    ("W 2022 r. pomocy udzielono 120 rodzinom na łączną kwotę 74 000 zł.", "other"),
    ("Pomocy udzielono 35 osobom na kwotę 74 000 zł.", "other"),
    ("Wysokość pomocy to 74 000 zł na osobę.", "other"),
    ("Pomoc wynosi 74 000 zł miesięcznie.", "other"),
    ("Ośrodek udzielił pomocy 12 rodzinom w wysokości 74 000 zł.", "other"),
]


@pytest.mark.parametrize(("text", "kind"), AID)
def test_aid_granted_is_a_grant(text: str, kind: str) -> None:
    assert kinds_values(text) == [(kind, "74000")]


# The next clause of the sum's own sentence naming where "the money" comes from speaks of that sum: an EU source there
# makes the grant the EU share; the next sentence does not (tests/realtext/README.md), nor a clause about the rest
# of the money, nor a cost.  Host zycieczestochowy.pl.
MONEY_COMES_FROM = [
    ("Gmina otrzyma blisko pół miliona złotych; pieniądze pochodzić będą z Unii Europejskiej.", "eu_share"),
    ("Gmina otrzyma 500 tys. zł, a pieniądze pochodzą z Unii Europejskiej.", "eu_share"),
    ("Gmina otrzyma 500 tys. zł, a środki te pochodzą z EFRR.", "eu_share"),
    ("Gmina dostała 500 tys. zł dotacji, a pieniądze mają pochodzić z Funduszu Spójności.", "eu_share"),
    # near misses
    ("Gmina otrzyma 500 tys. zł. Pieniądze pochodzą z Unii Europejskiej.", "grant"),
    ("Gmina otrzyma 500 tys. zł; środki pochodzą z budżetu państwa.", "grant"),
    ("Gmina otrzyma 500 tys. zł, a reszta środków pochodzi z Unii Europejskiej.", "grant"),
    ("Projekt kosztował 500 tys. zł, a pieniądze pochodzą z Unii Europejskiej.", "total_cost"),
]


@pytest.mark.parametrize(("text", "kind"), MONEY_COMES_FROM)
def test_the_money_of_the_next_clause_is_the_sum(text: str, kind: str) -> None:
    assert kinds_values(text) == [(kind, "500000")]


# Sums in words and halves: "N i pół <mnożnik>" is N and a half of the multiplier (digits or words), "półtora" one
# and a half, "tysiąca" the genitive singular "półtora" and "i pół" take, and millions may follow billions ("1 miliard
# 12 milionów złotych").  Before, "8 i pół miliona złotych" read as 500 000 (the "pół miliona" alone).  Hosts
# rzeszow.tvp.pl, tko.pl.
HALVES_AND_COMPOUNDS = [
    ("Gmina dostanie 8 i pół miliona złotych.", "8500000"),
    ("Gmina dostanie dwa i pół miliona złotych.", "2500000"),
    ("Gmina dostanie półtora miliona złotych.", "1500000"),
    ("Gmina dostanie 12 i pół tysiąca złotych.", "12500"),
    ("Gmina dostanie półtora tysiąca złotych.", "1500"),
    ("Gmina dostanie trzy i pół miliarda złotych.", "3500000000"),
    ("Samorządy dostaną ponad 1 miliarda 12 milionów złotych.", "1012000000"),
    ("Samorządy dostaną 2 mld 300 mln zł.", "2300000000"),
    # near misses: the forms that were read already keep their values
    ("Gmina dostanie 3 miliony 200 tysięcy złotych.", "3200000"),
    ("Gmina dostanie 4 mln 132 tys. 500 zł.", "4132500"),
    ("Gmina dostanie pół miliona złotych.", "500000"),
    ("Gmina dostanie 2,5 miliona złotych.", "2500000"),
]


@pytest.mark.parametrize(("text", "value"), HALVES_AND_COMPOUNDS)
def test_halves_and_compound_multipliers(text: str, value: str) -> None:
    assert [v for _, v in kinds_values(text)] == [value]


def test_halves_are_no_money_without_a_currency_or_a_cue() -> None:
    # a head count and a year's "i pół roku" stay out
    assert kinds_values("Dwa i pół tysiąca osób wzięło udział.") == []
    assert kinds_values("Półtora miliona Polaków skorzysta.") == []
    assert [v for _, v in kinds_values("W 2019 i pół roku później gmina dostała 5 mln zł.")] == ["5000000"]
    # millions after thousands: no one number, but two sums, as before this session (review s14, L1)
    assert kinds_values("Gmina dostanie 5 tys. 12 milionów zł.") == [("grant", "5000"), ("grant", "12000000")]


# "Podstawowa kwota dotacji" is the statutory yearly sum per pupil the gmina pays every non-public school or preschool
# (ustawa o finansowaniu zadań oświatowych): a rate, `other`, in any case form.  Host glowno.bip.net.pl.
# A contractor doing the works for the sum, said after it ("… wykona firma Domax"), makes it the works' price,
# `total_cost` (tests/realtext/README.md: a contract with a contractor), a gross or net mark in brackets being the
# sum's own.  Host gazetacz.com.pl.
RATES_AND_CONTRACTORS = [
    ("Po aktualizacji podstawowa kwota dotacji dla przedszkoli wynosi – 11 566,50 zł", [("other", "11566.50")]),
    ("Podstawową kwotę dotacji dla szkół ustalono na 9 120,50 zł.", [("other", "9120.50")]),
    ("Prace za 2.999.569 zł (brutto) wykona firma Domax.", [("total_cost", "2999569")]),
    ("Za 300 tys. zł prace wykonała firma Budex.", [("total_cost", "300000")]),
    ("Roboty za 1,2 mln zł wykonają przedsiębiorstwa z regionu.", [("total_cost", "1200000")]),
    # near misses: a grant in the gmina's own amount of it, spending with no contractor, a grant with a contractor in
    # the next clause, a gross mark on a grant
    ("Gmina otrzymała dotację w kwocie 11 566,50 zł.", [("grant", "11566.50")]),
    ("W ubiegłym roku wykonano prace za 140 000 zł.", [("other", "140000")]),
    ("Gmina otrzymała 300 tys. zł dotacji; prace wykona firma Budex.", [("grant", "300000")]),
    ("Dotacja 300 tys. zł (brutto) trafi do gminy.", [("grant", "300000")]),
]


@pytest.mark.parametrize(("text", "expected"), RATES_AND_CONTRACTORS)
def test_a_statutory_rate_and_a_contractors_price(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


# Parts a grant is split into by who pays them ("z tego", "z czego", "w tym"), with no cue of their own, that add up
# exactly to it are grants too (tests/realtext/README.md: each part of a split dofinansowanie takes the grant kind);
# a split by purpose, parts that do not add up, or parts in the next sentence keep their reading.  Host
# powiat.hajnowka.pl (b25d).
GRANT_PARTS = [
    (
        "Wartość całkowita projektu: 23 710,38 zł; dofinansowanie: 17 283,50zł (z tego wkład fundacji 13310,71 zł, a "
        "partnera niemieckiego 3972,79 zł)",
        [("total_cost", "23710.38"), ("grant", "17283.50"), ("grant", "13310.71"), ("grant", "3972.79")],
    ),
    (
        "Dotacja wyniosła 300 000 zł (z tego wkład fundacji 200 000 zł, a partnera 100 000 zł).",
        [("grant", "300000"), ("grant", "200000"), ("grant", "100000")],
    ),
    # near misses
    (
        "Gmina otrzymała 347 380 zł dotacji, z czego 247 380 zł przeznaczono na Moduł I, a 100 000 zł na Moduł II.",
        [("grant", "347380"), ("other", "247380"), ("other", "100000")],
    ),
    (
        "Dotacja wyniosła 300 000 zł (z tego wkład fundacji 200 000 zł, a partnera 90 000 zł).",
        [("grant", "300000"), ("other", "200000"), ("other", "90000")],
    ),
    (
        "Dotacja wyniosła 300 000 zł. Z tego 200 000 zł wydano, a 100 000 zł zwrócono.",
        [("grant", "300000"), ("other", "200000"), ("other", "100000")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GRANT_PARTS)
def test_parts_adding_up_to_a_grant_are_grants(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


# A personal pronoun as the subject of "wynieść"/"opiewać" stands for the noun of the sentence before ("Gmina uzyskała
# dofinansowanie. Wynosi ono 120 tys. zł"), in either word order and tense; and a grant noun before "zadania/projektu
# … opiewa" keeps the sum the grant ("Dofinansowanie zadania opiewa na X"), where the project noun alone makes it the
# project's whole ("Zadanie opiewa w całości na kwotę X").  General grammar (anaphora, a genitive complement), from
# probes: no tune6 page changes.
PRONOUN_AND_GENITIVE = [
    ("Gmina uzyskała dofinansowanie. Wynosi ono 120 tys. zł.", "grant"),
    ("Gmina uzyskała dofinansowanie. Ono wynosi 120 tys. zł.", "grant"),
    ("Przyznano nam dotację. Opiewa ona na kwotę 120 tys. zł.", "grant"),
    ("Policzyliśmy koszt całego zadania. Wyniósł on aż 120 tys. zł.", "total_cost"),
    ("Dofinansowanie zadania opiewa na 120 tys. zł.", "grant"),
    ("Kwota dofinansowania projektu opiewa na 120 tys. zł.", "grant"),
    ("Dotacja na zadanie opiewa na 120 tys. zł.", "grant"),
    # near misses: a noun that is no money head, a sentence with no noun of money, the project's whole
    ("Gmina złożyła wniosek. Wynosi on 120 tys. zł.", "other"),
    # the head named as what a request asks for, and a pronoun that agrees with another noun (review s14, M1)
    ("Gmina złożyła wniosek o dofinansowanie. Wynosi ono 120 tys. zł.", "other"),
    ("Gmina złożyła wniosek o dotację. Opiewa on na 120 tys. zł.", "other"),
    ("Gmina złożyła wniosek o dotację. Opiewa ona na 120 tys. zł.", "other"),
    ("Złożyliśmy wniosek o grant. On wynosi 120 tys. zł.", "other"),
    ("Gmina uzyskała dotację. Opiewa on na 120 tys. zł.", "other"),
    ("Mieszkańcy są zadowoleni. Wynosi ono 120 tys. zł.", "other"),
    ("Zadanie opiewa w całości na kwotę 120 tys. zł.", "total_cost"),
]


@pytest.mark.parametrize(("text", "kind"), PRONOUN_AND_GENITIVE)
def test_a_pronoun_subject_and_a_grants_genitive(text: str, kind: str) -> None:
    assert kinds_values(text) == [(kind, "120000")]


# A count before a dotted sum is no group of it: after a cue that numbers an item ("poz.", "§", "nr"), a space group
# joins dot groups only before grosze ("1 228.285,35 zł"), so "poz. 3 120.000 zł" is no 3 120 000 (review s14, M5);
# and a multiplier after a multiplier is a lower part only when it is lower ("4 mln 132 tys.", "1 miliard 12
# milionów"): "5 mln 12 mln zł" is two sums, not none (review s14, L1).
GROUPS_AND_PARTS = [
    ("Dotacja: poz. 3 120.000 zł dla gminy.", []),
    ("W § 2 100.000 zł dotacji.", []),
    ("Dotacja: nr 4 250.000 zł dla gminy.", []),
    ("Dotacja w kwocie 12 500.000 zł.", [("grant", "12500000")]),
    ("Dotacja w kwocie 1 228.285,35 zł.", [("grant", "1228285.35")]),
    ("Dotacja w kwocie 1.088. 000 zł.", [("grant", "1088000")]),
    ("Dotacja w kwocie 1.234 567 zł.", [("grant", "1234567")]),
    ("Gmina otrzymała 5 mln 12 mln zł.", [("grant", "5000000"), ("grant", "12000000")]),
    ("Gmina otrzymała 5 tys. 12 tys. zł.", [("grant", "5000"), ("grant", "12000")]),
    ("Gmina otrzymała 5 tys. 12 mln zł.", [("grant", "5000"), ("grant", "12000000")]),
    ("Gmina otrzymała 4 mln 132 tys. 500 złotych.", [("grant", "4132500")]),
    ("Gmina otrzymała 2 mln 300 tys. na drogę.", [("grant", "2300000")]),
    ("Gmina otrzymała milion 700 tysięcy zł.", [("grant", "1700000")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_AND_PARTS)
def test_digit_groups_and_multiplier_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


# One list of the forms of "wynieść"/"wynosić" (extract.money_words.AMOUNTS_TO) serves the sum with no currency, the
# aid head and the pronoun subject (review s14, D2): each reads the conditional forms the others did.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pomoc wyniosłaby 74 000 zł.", [("grant", "74000")]),
        ("Pomoc wynosiłaby 74 000 zł.", [("grant", "74000")]),
        ("Gmina uzyskała dofinansowanie. Wyniosłoby ono 120 tys. zł.", [("grant", "120000")]),
        ("Dofinansowanie wyniosłoby 35 000,00.", [("grant", "35000.00")]),
        ("Pomoc społeczna wyniosłaby 74 000 zł.", [("other", "74000")]),
    ],
)
def test_one_list_of_the_forms_of_wyniesc(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected
