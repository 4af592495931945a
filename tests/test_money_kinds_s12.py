"""Amount kinds by mechanism (issue 13, s12): the constructions the amounts grid (tests/grid_amounts.py) showed broken,
each in its inflected forms and word orders, with near misses that must keep their kinds.

* the rest of a task's cost after its grant ("resztę, czyli X", "pozostała kwota, X, to …", "pozostałe X to …") is the
  recipient's own share, unless the rest of its clause names another source;
* grants counted in one sentence and taken item by item with an ordinal pronoun ("dwie promesy. Pierwsza opiewa na
  kwotę X, druga na kwotę Y") are grants;
* cue words the conventions settle and the head-word table missed: a named fund as the source before the sum ("Z
  Rządowego Funduszu … pochodzi X"), a contract with a contractor (`total_cost`), a contribution a unit brings in
  ("wniesie wkład finansowy": `own_share`) or one named as a ministry's or the state's (`grant`);
* an open call's sums (the page announces a call one can still apply to and names nobody who got money) are what an
  applicant may get, `other` (rule 2), whatever grant word names them;
* money a payer allots for grants ("Na dofinansowanie odnowy kapliczek samorząd przeznaczył 1,7 mln zł") is a pool,
  `other` (rule 3), unless the sentence names one recipient;
* numbers joined to a sum with a multiplier share its multiplier and currency ("kwotami 900 i 500 tys. zł");
* "tyś." (a misspelt "tys.") is a multiplier, never a counted noun ("dostało 150 tyś. zł" is no count of many).

Read through the entry point `scrape evaluate` uses for a passage (tests/conventions.py).  Hosts in the last column;
"invented" rows are variants of the same construction, "near miss" rows must not change.
"""

from __future__ import annotations

import pytest

from conventions import Row, amounts, amounts_of, row_ids
from extract import money_passes, money_ranges
from extract.lowered import lowered as lower_text

REST: list[Row] = [
    (
        "Ośrodek dostał na kontynuację projektu dofinansowanie w wysokości 2.757.890,59 zł (89,5% wartości projektu). "
        "Resztę, czyli kwotę 323.551,41 zł (10,5% wartości projektu), gmina musiała zapewnić ze swoich środków.",
        amounts_of(("grant", "2757890.59"), ("own_share", "323551.41")),
        "b12-mops-radom",
    ),
    (
        "Przez trzy lata otrzymaliśmy w sumie 80 000 złotych dotacji, a pozostałe 430 671 złotych to ofiary parafian.",
        amounts_of(("grant", "80000"), ("own_share", "430671")),
        "b23b-parafiaszprotawa",
    ),
    (
        "Przyznana dotacja wynosi 29 709,60 zł. Pozostałe 7 427,40 zł Gmina pokrywa z wkładu własnego.",
        amounts_of(("grant", "29709.60"), ("own_share", "7427.40")),
        "news-skarszewy",
    ),
    (
        "Dofinansowanie to 850 tys. zł, a pozostała kwota, 400.000 zł, to wkład własny gminy.",
        amounts_of(("grant", "850000"), ("own_share", "400000")),
        "invented: set off by commas, the cue after",
    ),
    (
        "Dotacja wyniesie 850 tys. zł, a resztę, czyli 400.000 zł, gmina pokryje ze środków własnych.",
        amounts_of(("grant", "850000"), ("own_share", "400000")),
        "invented: 'resztę, czyli', the verb after",
    ),
    (
        "Gmina otrzymała 120 000 zł dofinansowania; reszta – 35 000 zł – pochodzi od mieszkańców.",
        amounts_of(("grant", "120000"), ("own_share", "35000")),
        "invented: 'reszta –'",
    ),
    (
        "Stowarzyszenie dostało 60 tys. zł dotacji. Pozostałą kwotę 15 tys. zł zebrali członkowie.",
        amounts_of(("grant", "60000"), ("own_share", "15000")),
        "invented: accusative 'pozostałą kwotę'",
    ),
    # near misses: the rest's own clause names another source; no grant before it; money left over ("pozostało")
    (
        "Dotacja wyniesie 850 tys. zł, a resztę, czyli 400.000 zł, pokryje dotacja z budżetu państwa.",
        amounts_of(("grant", "850000"), ("grant", "400000")),
        "near miss: the rest's own cue",
    ),
    (
        "Pierwsza rata to 10 tys. zł, a pozostała kwota, 20 tys. zł, zostanie wypłacona w maju.",
        amounts_of(("other", "10000"), ("other", "20000")),
        "near miss: no grant before",
    ),
    (
        "Gmina otrzymała 50 tys. zł dotacji. Na koncie pozostało 5 tys. zł.",
        amounts_of(("grant", "50000"), ("other", "5000")),
        "near miss: the verb 'pozostało'",
    ),
]

ENUMERATION: list[Row] = [
    (
        "Wicestarosta odebrał dwie promesy na usuwanie skutków klęsk żywiołowych. Na skarpę w Ćmielowie pójdzie "
        "pierwsza, opiewająca na kwotę 3.788.000 zł. Druga, na kwotę 982.000 zł, posłuży do odbudowy skarpy.",
        amounts_of(("grant", "3788000"), ("grant", "982000")),
        "b16a-ostrowiecki",
    ),
    (
        "Gmina Dukla zdobyła dofinansowanie dwóch przedsięwzięć. Pierwsze to wymiana oświetlenia ulicznego "
        "(kwota 3 213 783,00 zł), drugie – modernizacja dróg gminnych (6 259 223,00 zł).",
        amounts_of(("grant", "3213783"), ("grant", "6259223")),
        "b18-glajt-dukla",
    ),
    (
        "W tym roku Uniwersytet Trzeciego Wieku dostał od miasta 2 dotacje. Pierwszą, w wysokości 27 420 zł, "
        "wydano na zajęcia. Druga, 9 000 zł, poszła na wyjazdy.",
        amounts_of(("grant", "27420"), ("grant", "9000")),
        "b17-utw-jozefow",
    ),
    (
        "Wojewoda przekazał gminie trzy dotacje: pierwszą w kwocie 50 tys. zł na drogę, drugą w kwocie 30 tys. zł "
        "na most, trzecią w kwocie 20 tys. zł na chodnik.",
        amounts_of(("grant", "50000"), ("grant", "30000"), ("grant", "20000")),
        "invented: accusative, three",
    ),
    (
        "Gmina ma dofinansowanie na dwa zadania. Pierwsze obejmuje remont świetlicy (80 000 zł), drugie – budowę "
        "placu zabaw (45 000 zł).",
        amounts_of(("grant", "80000"), ("grant", "45000")),
        "invented: 'na dwa zadania'",
    ),
    # near misses: counted things that are no grants; an ordinal before its noun
    (
        "Gmina ogłosiła dwa przetargi. Pierwszy opiewa na kwotę 50 tys. zł, drugi na kwotę 30 tys. zł.",
        amounts_of(("other", "50000"), ("other", "30000")),
        "near miss: tenders",
    ),
    (
        "Gmina złożyła dwa wnioski. Pierwszy na kwotę 50 tys. zł, drugi na kwotę 30 tys. zł.",
        amounts_of(("other", "50000"), ("other", "30000")),
        "near miss: applications",
    ),
    (
        "Gmina dostała dwie dotacje. W pierwszym etapie prac wydano 20 tys. zł.",
        amounts_of(("other", "20000")),
        "near miss: an ordinal before its noun",
    ),
]

HEADS: list[Row] = [
    (
        "Z Rządowego Funduszu Inwestycji Lokalnych pochodzi 1,2 mln zł.",
        amounts_of(("grant", "1200000")),
        "invented: a named fund before the sum",
    ),
    (
        "Ze środków Funduszu Dróg Samorządowych gmina wyremontuje drogę. Z Funduszu Dróg Samorządowych pochodzi "
        "412.300zł.",
        amounts_of(("grant", "412300")),
        "invented: 'z Funduszu' before 'pochodzi'",
    ),
    (
        "Z Europejskiego Funduszu Społecznego pochodzi 250 000 zł.",
        amounts_of(("eu_share", "250000")),
        "invented: an EU fund stays the EU share",
    ),
    (
        "Umowę z wykonawcą podpisano na kwotę 1,2 mln zł.",
        amounts_of(("total_cost", "1200000")),
        "invented: a contract with a contractor",
    ),
    (
        "Gmina zawarła umowę z firmą Budmax na kwotę 450 tys. zł.",
        amounts_of(("total_cost", "450000")),
        "invented: 'umowę z firmą'",
    ),
    (
        "Gmina Rybno wniesie wkład finansowy w wysokości 45 tys zł.",
        amounts_of(("own_share", "45000")),
        "invented: a unit brings in its contribution",
    ),
    (
        "Koszt inwestycji to 3 300 000 zł. Składały się na nią: wkład finansowy MKiDN 2 000 000 zł w ramach programu "
        "oraz wkład finansowy Gminy 1 300 000 zł.",
        amounts_of(("total_cost", "3300000"), ("grant", "2000000"), ("own_share", "1300000")),
        "b8-bibliotekaswiatki",
    ),
    (
        "Wkład Ministerstwa Kultury wyniósł 300 tys. zł.",
        amounts_of(("grant", "300000")),
        "invented: a ministry's contribution",
    ),
    # near misses: a sołectwo's fund is no grant; a funding agreement's sum stays a grant; the EU's contribution
    (
        "Z Funduszu Sołeckiego pochodzi 12 000 zł.",
        amounts_of(("other", "12000")),
        "near miss: a sołectwo's fund",
    ),
    (
        "Umowę z Urzędem Marszałkowskim zawarto na kwotę 80 000 zł dofinansowania.",
        amounts_of(("grant", "80000")),
        "near miss: a funding agreement",
    ),
    (
        "Wkład UE wyniesie 500 tys. zł.",
        amounts_of(("eu_share", "500000")),
        "near miss: the EU's contribution",
    ),
]

OPEN_CALL: list[Row] = [
    (
        "RZĄDOWY PROGRAM „KLUB”\n\nKto może wnioskować: kluby sportowe działające w formie stowarzyszenia.\n\n"
        "Wysokość wsparcia:\n– kluby jednosekcyjne – 12 tys. złotych,\n– kluby wielosekcyjne – 17 tys. złotych.",
        amounts_of(("other", "12000"), ("other", "17000")),
        "b11-cop-wloclawek",
    ),
    (
        "Stowarzyszenie LGD ogłasza nabór wniosków o przyznanie pomocy na podejmowanie działalności gospodarczej.\n\n"
        "Wnioski przyjmujemy od 30 marca do 13 kwietnia 2022 r.\n\nForma wsparcia – premia w wysokości 100 000,00 zł, "
        "wypłacana w dwóch transzach: 80% po podpisaniu umowy.",
        amounts_of(("other", "100000")),
        "b11-lgd-ujscie-baryczy",
    ),
    (
        "Nabór wniosków w programie „Aktywny samorząd” startuje od 1 marca; wniosek złożysz w PCPR.\n\n"
        "Zadanie 1: wkład własny – co najmniej 10% ceny; dofinansowanie – 70.000 zł.",
        amounts_of(("other", "70000")),
        "ops-pcprpiaseczno",
    ),
    (
        "Gmina ogłasza konkurs ofert na zadania z zakresu sportu. Termin składania wniosków mija 15 maja. Na jedno "
        "zadanie można uzyskać dotację do 20 tys. zł, a kluby dostaną wsparcie w wysokości 5 tys. zł.",
        amounts_of(("other", "20000"), ("other", "5000")),
        "invented: 'konkurs ofert', a future verb of getting without a named recipient",
    ),
    # near misses: a resolved call; a call page that says who got money; no call at all
    (
        "Rozstrzygnięto nabór wniosków. Kto może wnioskować, mógł złożyć do czterech wniosków. Gmina Rybno otrzyma "
        "dotację w wysokości 150 000 zł.",
        amounts_of(("grant", "150000")),
        "near miss: a resolved call",
    ),
    (
        "Gmina ogłasza nabór wniosków na rok 2024. W ubiegłym roku Klub Sportowy Orzeł otrzymał 12 tys. zł dotacji.",
        amounts_of(("grant", "12000")),
        "near miss: a grant got",
    ),
    (
        "Wysokość wsparcia dla Gminy Rybno wynosi 12 tys. zł.",
        amounts_of(("grant", "12000")),
        "near miss: no call",
    ),
]

ALLOTTED_FOR_GRANTS: list[Row] = [
    (
        "Na dofinansowanie odnowy przydrożnych kapliczek samorząd Małopolski przeznaczył z budżetu województwa 1,7 mln "
        "zł. Pozwoli to uratować 96 kapliczek.",
        amounts_of(("other", "1700000")),
        "b20b-dzieje",
    ),
    (
        "W tym roku władze regionu przyznały dotację na odnowienie kolejnych kapliczek – przeznaczono na to "
        "550 tys. zł.",
        amounts_of(("other", "550000")),
        "b20b-dzieje: 'na to' after a grant noun",
    ),
    (
        "Klub A dostał 24 tys. zł, a Klub B – 18 tys. zł. Na tę formę wsparcia gmina przeznaczyła łącznie 210 tys. zł.",
        amounts_of(("grant", "24000"), ("grant", "18000"), ("other", "210000")),
        "b15b-dkl24",
    ),
    (
        "Na dofinansowanie inicjatyw przeznaczono łącznie 34 000,00 zł.",
        amounts_of(("other", "34000")),
        "b8-bialanews",
    ),
    (
        "Na granty dla organizacji pozarządowych miasto przeznaczy 200 tys. zł.",
        amounts_of(("other", "200000")),
        "invented: future, 'na granty'",
    ),
    (
        "Samorząd województwa przeznaczył na dotacje dla kół gospodyń wiejskich 2 mln zł.",
        amounts_of(("other", "2000000")),
        "invented: the purpose after the verb",
    ),
    # near misses: one named recipient; the participle naming the grant; a task one named unit carries out
    (
        "Na dofinansowanie remontu świetlicy dla Gminy Rybno wojewoda przeznaczył 300 tys. zł.",
        amounts_of(("grant", "300000")),
        "near miss: 'dla Gminy Rybno'",
    ),
    (
        "Ministerstwo przeznaczyło z rezerwy budżetowej dla naszego powiatu dodatkowo ponad 1 mln zł dotacji.",
        amounts_of(("grant", "1000000")),
        "near miss: b20a-powiatwolowski",
    ),
    (
        "Wicestarosta odebrał dwie promesy. Na stabilizację skarpy przeznaczona zostanie pierwsza, opiewająca na kwotę "
        "3.788.000 zł.",
        amounts_of(("grant", "3788000")),
        "near miss: the participle",
    ),
]

SHARED_MULTIPLIER: list[Row] = [
    (
        "Świetlice w Sejnach i Poćkunach samorząd województwa wsparł dotacjami – odpowiednio kwotami 900 i 500 "
        "tys. zł.",
        amounts_of(("grant", "900000"), ("grant", "500000")),
        "b18-suwalki-info",
    ),
    (
        "Gmina Rybno dostała dwie dotacje: 2,5 oraz 1,5 mln zł.",
        amounts_of(("grant", "2500000"), ("grant", "1500000")),
        "invented: decimals, 'oraz'",
    ),
    (
        "Wartość trzech zadań to odpowiednio 5, 8 lub 10 tys. zł.",
        amounts_of(("total_cost", "5000"), ("total_cost", "8000"), ("total_cost", "10000")),
        "invented: a comma and 'lub'",
    ),
    # near misses: a reference number, a date, a year
    ("Zadanie nr 3 i 500 tys. zł dotacji.", amounts_of(("grant", "500000")), "near miss: 'nr 3'"),
    ("Umowę podpisano 12.05 i 500 tys. zł trafi do gminy.", amounts_of(("grant", "500000")), "near miss: a date"),
    ("W 2019 i 500 tys. zł dotacji.", amounts_of(("grant", "500000")), "near miss: a year"),
]

MISSPELT_THOUSANDS: list[Row] = [
    (
        "Stowarzyszenie „Razem” z Rybna dostało 150 tyś. zł dofinansowania.",
        amounts_of(("grant", "150000")),
        "invented: 'tyś.' after a singular neuter verb",
    ),
    (
        "Klub sportowy otrzymało 25 tyś. zł wsparcia.",
        amounts_of(("grant", "25000")),
        "invented: 'tyś.' (ungrammatical verb, as pages print)",
    ),
    # near miss: a count of recipients still makes the sum a pool
    (
        "Dofinansowanie dostało 150 organizacji, łącznie 2 mln zł.",
        amounts_of(("other", "2000000")),
        "near miss: 150 organisations",
    ),
]


# The review of the s12 amounts round (each finding: its reproduction, variants, near misses that keep their kinds).
REVIEW: list[Row] = [
    # 1. a done deal is no open call; a call's verb is a whole word ("trwał" is no "trwa")
    (
        "Gmina Wólka podpisała umowę o dofinansowanie w wysokości 500 000 zł na przebudowę drogi. Termin składania "
        "wniosków w naborze upłynął 10 marca.",
        amounts_of(("grant", "500000")),
        "review 1: a signed agreement",
    ),
    (
        "Nabór wniosków trwał do 15 maja. Dofinansowanie w wysokości 20 000 zł przypadło Stowarzyszeniu Razem.",
        amounts_of(("grant", "20000")),
        "review 1: 'trwał', 'przypadło'",
    ),
    (
        "Zawarto umowę o dofinansowanie na kwotę 300 000 zł. Termin składania wniosków w kolejnym naborze: 30 maja.",
        amounts_of(("grant", "300000")),
        "invented: 'zawarto umowę'",
    ),
    (
        "Nabór wniosków trwa do 15 maja. Dofinansowanie w wysokości 20 000 zł.",
        amounts_of(("other", "20000")),
        "near miss: the call still open",
    ),
    (
        "Termin składania wniosków upływa 10 marca. Z wybranymi gminami urząd podpisze umowy. Dotacja wynosi do "
        "50 000 zł.",
        amounts_of(("other", "50000")),
        "near miss: an agreement to be signed",
    ),
    # 2. money allotted for one work on one object is no pool of grants
    (
        "Na dofinansowanie przebudowy drogi gminnej w Kowalach Samorząd Województwa przeznaczył 200 000 zł.",
        amounts_of(("grant", "200000")),
        "review 2: one road",
    ),
    (
        "Na dofinansowanie termomodernizacji budynku szkoły marszałek przeznaczył 1,2 mln zł.",
        amounts_of(("grant", "1200000")),
        "invented: one building",
    ),
    (
        "Na dofinansowanie przebudowy dróg gminnych samorząd województwa przeznaczył 2 mln zł.",
        amounts_of(("other", "2000000")),
        "near miss: many roads",
    ),
    (
        "Na dofinansowanie budowy boisk przeznaczono 3 mln zł.",
        amounts_of(("other", "3000000")),
        "near miss: many pitches",
    ),
    # 3. a spaced decimal comma before a multiplier; a list of bare numbers ends with a conjunction
    (
        "Gmina otrzymała dotację w wysokości 12, 5 tys. zł.",
        amounts_of(("grant", "12500")),
        "review 3: '12, 5 tys.'",
    ),
    ("Dotacja wyniosła 2, 5 mln zł.", amounts_of(("grant", "2500000")), "review 3: '2, 5 mln'"),
    (
        "Koszt to 1,3 mln zł, z czego 85 proc. (1, 105 mln zł) pochodzi ze środków UE.",
        amounts_of(("total_cost", "1300000"), ("eu_share", "1105000")),
        "b30: three digits after a spaced decimal comma, '1, 105 mln zł'",
    ),
    (
        "Koszty trzech etapów wyniosą kolejno 100, 150, 200 tys. zł.",
        amounts_of(("other", "100000"), ("other", "150000"), ("other", "200000")),
        "near miss (s17 review): a list of three-digit numbers with commas only",
    ),
    (
        "Gmina dostała dwie dotacje: 120, 140 i 160 tys. zł.",
        amounts_of(("grant", "120000"), ("grant", "140000"), ("grant", "160000")),
        "near miss: a list of three-digit numbers ending in 'i'",
    ),
    (
        "Gmina dostała trzy dotacje: 2, 3 i 5 mln zł.",
        amounts_of(("grant", "2000000"), ("grant", "3000000"), ("grant", "5000000")),
        "near miss: a list ending in 'i'",
    ),
    # 4. counted grants only asked for, or one said not granted, are no grants
    (
        "Gmina złożyła wnioski o dwie dotacje. Pierwsza, na kwotę 50 000 zł, nie została przyznana.",
        amounts_of(("other", "50000")),
        "review 4: applied for, not granted",
    ),
    (
        "Stowarzyszenie ubiegało się o dwa granty. Pierwszy, w wysokości 30 000 zł, rozpatrzy komisja.",
        amounts_of(("other", "30000")),
        "invented: applied for, no verb of getting",
    ),
    (
        "Gmina otrzymała dwie dotacje. Pierwsza, na kwotę 50 000 zł, trafi na drogę.",
        amounts_of(("grant", "50000")),
        "near miss: got",
    ),
    # 5. the rest given back is no own share
    (
        "Gmina otrzymała dotację 8 000 zł, reszta 2 000 zł wróci do budżetu.",
        amounts_of(("grant", "8000"), ("other", "2000")),
        "review 5: 'wróci'",
    ),
    (
        "Dotacja wyniosła 50 000 zł, a pozostała kwota, 3 000 zł, zostanie zwrócona do urzędu.",
        amounts_of(("grant", "50000"), ("other", "3000")),
        "invented: 'zostanie zwrócona'",
    ),
    # 6. a gmina's or powiat's own fund is no outside grant (a budget line: `other` alone, `own_share` beside a grant)
    ("Z Funduszu Rozwoju Gminy pochodzi 10 000 zł.", amounts_of(("other", "10000")), "review 6: alone"),
    (
        "Dotacja wyniosła 20 000 zł, a 10 000 zł pochodzi z Funduszu Inicjatyw Lokalnych Powiatu.",
        amounts_of(("grant", "20000"), ("own_share", "10000")),
        "invented: after the sum, beside the grant",
    ),
    (
        "Z Funduszu Dróg Samorządowych pochodzi 412 300 zł.",
        amounts_of(("grant", "412300")),
        "near miss: a state fund",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), REST, ids=row_ids(REST))
def test_rest_of_cost_is_own_share(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


@pytest.mark.parametrize(("text", "want", "host"), ENUMERATION, ids=row_ids(ENUMERATION))
def test_enumerated_grants(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


@pytest.mark.parametrize(("text", "want", "host"), HEADS, ids=row_ids(HEADS))
def test_head_words(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


@pytest.mark.parametrize(("text", "want", "host"), OPEN_CALL, ids=row_ids(OPEN_CALL))
def test_open_call_offers(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


@pytest.mark.parametrize(("text", "want", "host"), ALLOTTED_FOR_GRANTS, ids=row_ids(ALLOTTED_FOR_GRANTS))
def test_allotted_for_grants(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


@pytest.mark.parametrize(("text", "want", "host"), SHARED_MULTIPLIER, ids=row_ids(SHARED_MULTIPLIER))
def test_shared_multiplier(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


@pytest.mark.parametrize(("text", "want", "host"), MISSPELT_THOUSANDS, ids=row_ids(MISSPELT_THOUSANDS))
def test_misspelt_thousands(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


def _open_call_unfiltered(text: str) -> bool:
    """`money_passes.open_call` without its literal shortcuts: the definition they must not change."""
    lowered = lower_text(text)
    return (
        not any(stem in lowered for stem in money_passes._RESOLVED_STEMS)
        and money_passes._GRANTED_PARTICIPLE.search(lowered) is None
        and money_passes._CALL_OPEN.search(text) is not None
    )


@pytest.mark.parametrize(
    "text",
    [row[0] for row in (*OPEN_CALL, *REST, *ENUMERATION, *HEADS, *ALLOTTED_FOR_GRANTS)]
    + [
        "Nabór wniosków trwa. Kto może wnioskować: gminy.",
        "Mogą ubiegać się kluby. Wysokość wsparcia: 5 tys. zł.",
        "Ogłoszenie o naborze wniosków.",
        "Gmina otrzymała 5 tys. zł. Nabór wniosków startuje.",
    ],
)
def test_open_call_shortcuts_keep_the_definition(text: str) -> None:
    assert money_passes.open_call(text, lower_text(text)) == _open_call_unfiltered(text)


@pytest.mark.parametrize(("text", "want", "host"), REVIEW, ids=row_ids(REVIEW))
def test_review_of_the_round(text: str, want: set[tuple[str, object]], host: str) -> None:
    assert amounts(text) == want, host


def test_resolved_stems_widen_the_past_ones() -> None:
    """Every stem of a past verb of getting (`GOT_PAST_STEMS`) is read in every tense by an open call's test."""
    for past in money_ranges.GOT_PAST_STEMS:
        assert money_ranges.GOT_STEMS_BY_TENSE[past]
        assert all(stem in money_passes._RESOLVED_STEMS for stem in money_ranges.GOT_STEMS_BY_TENSE[past])
