"""Amount kinds on typical text, issue 13 round s9: classes of the tuning passages' misses, by construction.

Each class is a mechanism the rules lacked, read from the misses of the real-text tuning passages; its table has one
invented passage per host of the class, in the shape that host printed (reworded, never a copied sentence), and
near-miss rows that must keep their kinds.  The last column names the host whose page showed the form (or "near
miss").  Read through the entry point `scrape evaluate` uses for a passage (tests/conventions.py).
"""

from __future__ import annotations

import pytest

from conventions import Row, Want, amounts, amounts_of, row_ids

# ---- A payer, fund or programme named as the source right after the sum is a grant (README `grant`: "z budżetu
# państwa", "z Funduszu …"; a headline's "z Polskiego Ładu", "od marszałka")
SOURCE_AFTER: list[Row] = [
    (
        "Blisko 5 mln zł z Polskiego Ładu\n\nGmina buduje centrum kultury.",
        amounts_of(("grant", "5000000")),
        "pilzno.um.gov.pl",
    ),
    (
        "5 tysięcy złotych od marszałka na dożynki\n\nStowarzyszenie zorganizuje święto wsi.",
        amounts_of(("grant", "5000")),
        "zytkiejmy.org.pl",
    ),
    (
        "Stowarzyszenie dostało grant. Środki w wysokości ponad 209 tys. pochodzą z Programu Operacyjnego Wiedza "
        "Edukacja Rozwój.",
        amounts_of(("grant", "209000")),
        "domzsercem.pl",
    ),
    (
        "Na remont świetlicy przyjdzie 80 000 zł z Rządowego Funduszu Inwestycji Lokalnych.",
        amounts_of(("grant", "80000")),
        "invented: a verb before the source",
    ),
    # near misses: a sołectwo's fund (the gmina's own money), a fee per person, an EU fund, the gmina's budget
    ("Mieszkańcy wydali 12 000 zł z funduszu sołeckiego na plac zabaw.", amounts_of(("other", "12000")), "near miss"),
    ("Wpisowe wynosi 300 zł od osoby za cały kurs.", amounts_of(("other", "300")), "near miss"),
    ("Na projekt przyjdzie 90 000 zł z EFS.", amounts_of(("eu_share", "90000")), "near miss"),
    ("Remont drogi kosztował 500 000 zł z budżetu państwa i gminy.", amounts_of(("total_cost", "500000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), SOURCE_AFTER, ids=row_ids(SOURCE_AFTER))
def test_a_source_named_after_the_sum_makes_it_a_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A programme's lower bound ("co najmniej", "minimum") is a rule like its cap (README rule 2)
LOWER_BOUND: list[Row] = [
    (
        "Grant wyniesie co najmniej 100 000 PLN, a najwyżej 2 000 000 PLN.",
        amounts_of(("other", "100000"), ("other", "2000000")),
        "2clickportal.pl",
    ),
    ("Dotacja dla jednego klubu to minimum 5 000 zł.", amounts_of(("other", "5000")), "invented: 'minimum'"),
    # near misses: a count with "co najmniej", and a sum awarded
    (
        "W zajęciach weźmie udział co najmniej 20 osób; gmina otrzymała dotację 40 000 zł.",
        amounts_of(("grant", "40000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), LOWER_BOUND, ids=row_ids(LOWER_BOUND))
def test_a_programmes_lower_bound_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- "wspólnotowe" money is the EU's (README, third round: "wspólnotowe" is an EU cue)
COMMUNITY: list[Row] = [
    (
        "Budżet projektu to 630 720,00 zł, z czego dofinansowanie ze środków wspólnotowych: 529 920,00 zł",
        amounts_of(("total_cost", "630720.00"), ("eu_share", "529920.00")),
        "przedszkole.zaczarowany-domek.pl",
    ),
    # near miss: community activities (a parish's, a village's) are no EU cue
    (
        "Na działania wspólnotowe parafia dostała dotację 15 000 zł od wojewody.",
        amounts_of(("grant", "15000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), COMMUNITY, ids=row_ids(COMMUNITY))
def test_community_money_is_eu_money(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A total over many projects or grants ("projekty warte łącznie", "7000 dotacji o łącznej wartości") is `other`
# (README rule 3: "łącznie" for many samorządy/projects), unless one unit is said to have got it
MANY_PROJECTS: list[Row] = [
    (
        "Sołectwa przeprowadziły 70 000 projektów o łącznej wartości 370 mln zł.",
        amounts_of(("other", "370000000")),
        "odnowawsi.opolskie.pl",
    ),
    (
        "Ośrodki przyznały w konkursach ponad 7000 dotacji o łącznej wartości ponad 29 mln zł.",
        amounts_of(("other", "29000000")),
        "dowes.pl",
    ),
    (
        "Do 2029 roku projekty będą warte łącznie około 528 mln zł, co pozwoli aktywizować wiele osób.",
        amounts_of(("other", "528000000")),
        "zielonalinia.gov.pl",
    ),
    (
        "Metropolia złożyła 3 wnioski. Zgłoszone projekty są warte łącznie 605 mln zł.",
        amounts_of(("other", "605000000")),
        "nowinytyskie.pl",
    ),
    (
        "Pieniądze dostało ponad 20 gmin z regionu. Dotacje wynoszą razem prawie 3 miliony złotych.",
        amounts_of(("other", "3000000")),
        "agroradio.pl",
    ),
    (
        "W powiecie zrealizowanych zostanie 10 przedsięwzięć za kwotę 245 000 zł.",
        amounts_of(("other", "245000")),
        "czadrow24.pl",
    ),
    # near misses: one unit's two projects, one project's total
    (
        "Powiat dostał ze środków PFRON dofinansowanie w łącznej kwocie 292 842,20 zł na dwa projekty.",
        amounts_of(("grant", "292842.20")),
        "near miss (powiatlwowecki.pl)",
    ),
    ("Łączna wartość projektu to 1 664 758,47 zł.", amounts_of(("total_cost", "1664758.47")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), MANY_PROJECTS, ids=row_ids(MANY_PROJECTS))
def test_a_total_over_many_projects_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- "Razem dało to X" sums up: "dało to" gives nothing (no grant cue)
SUMMED: list[Row] = [
    (
        "Wpływy za wodę wyniosły 47 991,65 zł, a wpłaty mieszkańców 22 475,00 zł. Razem dało to 70 466,65 zł.",
        amounts_of(("other", "47991.65"), ("other", "22475.00"), ("other", "70466.65")),
        "bip.ugbobrowniki.pl",
    ),
    # near miss: a payer that gave
    ("Ministerstwo dało 40 000 zł na remont kościoła.", amounts_of(("grant", "40000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), SUMMED, ids=row_ids(SUMMED))
def test_a_sum_that_sums_up_is_no_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- The own share said with the reflexive "swój" ("dołoży ze swoich środków")
OWN_REFLEXIVE: list[Row] = [
    (
        "Powiat dostał 371 200 zł dotacji, a do niej dołoży ze swoich środków 92 800 zł.",
        amounts_of(("grant", "371200"), ("own_share", "92800")),
        "mojelipsko.info",
    ),
    # near miss: a payer adding its money
    ("Marszałek dołoży 40 000 zł na remont remizy.", amounts_of(("grant", "40000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), OWN_REFLEXIVE, ids=row_ids(OWN_REFLEXIVE))
def test_the_own_share_said_with_the_reflexive(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A gmina's own budget line is `other` unless it stands beside the grant in a list of sources (README, last
# section: "a gmina's own budget line ("zabezpieczając kwotę", a "fundusz sołecki") is other unless …")
BUDGET_LINE: list[Row] = [
    (
        "Sejmik dał gminie pomoc w kwocie 116 250,00 zł.\n\nBudowę drogi wpisano do budżetu gminy na 2017 rok, "
        "zabezpieczając na nią kwotę 0,5 mln zł.",
        amounts_of(("grant", "116250.00"), ("other", "500000")),
        "krzywin.pl",
    ),
    (
        "Gmina wyodrębniła w kwocie 678 000 zł budżet obywatelski w postaci Funduszu sołeckiego.",
        amounts_of(("other", "678000")),
        "stegna.pl",
    ),
    # near misses: lines of a project's list of sources beside the grant
    (
        "Montaż finansowy:\nBudżet gminy Miękinia – 850 594,39 PLN Dofinansowanie z UE – 500 000,00 PLN",
        amounts_of(("own_share", "850594.39"), ("eu_share", "500000.00")),
        "near miss (miekinia.pl)",
    ),
    (
        "Kwota dofinansowania: 4 180 974 zł\nKwota z budżetu gminy: 2 932 213,64 zł (w ramach funduszu sołeckiego "
        "31 428,69 zł)",
        amounts_of(("grant", "4180974"), ("own_share", "2932213.64"), ("own_share", "31428.69")),
        "near miss (serock.pl)",
    ),
    ("Wkład własny z budżetu gminy wyniesie 20 000 zł.", amounts_of(("own_share", "20000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), BUDGET_LINE, ids=row_ids(BUDGET_LINE))
def test_a_gminas_budget_line_is_an_own_share_only_beside_the_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A plural subject of recipients in more words ("Ochotnicze straże pożarne dostały", "strażacy dostają"): a pool
PLURAL_SUBJECT: list[Row] = [
    (
        "Ochotnicze straże pożarne z regionu dostały sprzęt za kwotę 80 tys. złotych. Cieszą się strażacy z kraju.",
        amounts_of(("other", "80000")),
        "24kurier.pl",
    ),
    (
        "Województwo znowu wspiera organizacje: strażacy ochotnicy dostają trzy miliony złotych.",
        amounts_of(("other", "3000000")),
        "szczercow.pl",
    ),
    # near misses: one named unit, in the present and in the past
    ("OSP w Bielicach otrzymuje 40 000 zł na sprzęt.", amounts_of(("grant", "40000")), "near miss"),
    ("Straż w Rybnie dostała 30 000 zł od gminy.", amounts_of(("grant", "30000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), PLURAL_SUBJECT, ids=row_ids(PLURAL_SUBJECT))
def test_a_plural_subject_in_more_words_makes_a_pool(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A sentence ends at the full stop right after the sum ("… 60 193,42 zł. Dofinansowanie …"): the next sentence's
# words (many projects, recipients) are not the sum's
SENTENCE_END: list[Row] = [
    (
        "Zadanie kosztowało w sumie 60 193,42 zł. Dofinansowanie pokryje 50% kosztów zgłoszonych przedsięwzięć, to "
        "jest 25.000 zł.",
        amounts_of(("total_cost", "60193.42"), ("grant", "25000")),
        "wasilkow.pl",
    ),
    # near miss: the many in the sum's own sentence
    (
        "Gmina przeznaczyła łącznie 210 000 zł na dotacje dla 9 klubów. Kluby się cieszą.",
        amounts_of(("other", "210000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), SENTENCE_END, ids=row_ids(SENTENCE_END))
def test_the_sums_sentence_ends_at_the_stop_after_it(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A label's "=" is no exchange rate ("Dofinansowanie = 172.200,00 zł"); a price of a currency is no money
RATES: list[Row] = [
    (
        "Termin wykonania – 2017 rok.\n\nCałkowity koszt zadania = 750.420,72 zł\n\nDofinansowanie = 172.200,00 zł",
        amounts_of(("total_cost", "750420.72"), ("grant", "172200.00")),
        "wiszniamala.pl",
    ),
    (
        "Limit środków w naborze – 157 874,34 euro (631 497,36 zł po kursie 4zł/euro)",
        amounts_of(("other", "157874.34"), ("other", "631497.36")),
        "ujsciebaryczy.pl",
    ),
    # near misses: exchange rates
    ("Przeliczono po kursie 1 EURO = 4,30 PLN.", amounts_of(), "near miss"),
    ("Kurs wyniósł 4,27 zł/EUR.", amounts_of(), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), RATES, ids=row_ids(RATES))
def test_a_labels_equals_sign_is_no_rate(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- "za kwotę X" is a price paid: the total cost (README `total_cost`: "kosztował"), unless a relative clause
# after it says what the money is
PRICE: list[Row] = [
    (
        "OSP Mieroszów pozyskała 20.000,00 PLN na ubrania, a za kwotę 20.000,00 PLN sprzęt łączności kupi też "
        "OSP Sokołowsko.",
        amounts_of(("grant", "20000.00"), ("total_cost", "20000.00")),
        "mieroszow.pl",
    ),
    (
        "Do końca listopada biblioteki powiększą księgozbiór o nowości za łączną kwotę 6000 zł.",
        amounts_of(("total_cost", "6000")),
        "biblioteka.kesowo.pl",
    ),
    # near misses: a relative clause naming the grant, many counted undertakings
    (
        "Kupiliśmy 1 289 książek za kwotę 30 000 złotych, na które dostaliśmy dofinansowanie ze środków Ministerstwa.",
        amounts_of(("grant", "30000")),
        "near miss (stoczeklukowski)",
    ),
    (
        "Gminy z powiatu zrealizują 12 zadań za kwotę 300 000 zł.",
        amounts_of(("other", "300000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), PRICE, ids=row_ids(PRICE))
def test_a_price_paid_is_the_total_cost(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A big grant a singular subject "will get" (or "we" get) is one unit's, not an unnamed pool (README rule 3: a sum
# for one named recipient takes its cue's kind; the past "otrzymała Gdynia" was read, the future and "we" were not)
ONE_WILL_GET: list[Row] = [
    (
        "Dotacja na drogi\n\nWojewództwo Pomorskie dostanie z budżetu państwa dotację w wysokości 16 708 979 złotych.",
        amounts_of(("grant", "16708979")),
        "glosgdanska.pl",
    ),
    (
        "Jest! Na zakup autobusów dostaniemy ponad 30 mln zł dofinansowania.",
        amounts_of(("grant", "30000000")),
        "wzg.net.pl",
    ),
    # near misses: many units, and no recipient at all
    ("Samorządy z regionu dostaną 30 mln zł na drogi.", amounts_of(("other", "30000000")), "near miss"),
    ("Na drogi lokalne trafi w tym roku dotacja 25 mln zł.", amounts_of(("other", "25000000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), ONE_WILL_GET, ids=row_ids(ONE_WILL_GET))
def test_a_big_grant_one_unit_will_get_is_no_pool(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A requested sum the passage says was granted takes the grant's kind (README rule 1: "unless the passage says
# that same sum was granted"); asked for and not granted, it stays `other`
REQUEST_GRANTED: list[Row] = [
    (
        "Beneficjent: Gminny Ośrodek Kultury\n\nWnioskowana kwota dofinansowania: 23 765,00 zł\nOtrzymana kwota "
        "dofinansowania: 23 765,00 zł",
        amounts_of(("grant", "23765.00")),
        "lesnykrag.pl",
    ),
    # near misses: granted less than asked, and a request alone
    (
        "Wnioskowana kwota dofinansowania: 30 000,00 zł\nOtrzymana kwota dofinansowania: 25 000,00 zł",
        amounts_of(("other", "30000.00"), ("grant", "25000.00")),
        "near miss",
    ),
    ("Gmina złożyła 3 wnioski na kwotę ponad 83 mln zł.", amounts_of(("other", "83000000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), REQUEST_GRANTED, ids=row_ids(REQUEST_GRANTED))
def test_a_requested_sum_said_granted_is_a_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A cheque is a grant noun (README, headlines: "czek"), not the verb "czekać"
CHEQUE: list[Row] = [
    (
        "Czek na 20 tysięcy złotych dla proboszcza parafii\n\nW konkursie urząd rozdzielił dotacje.",
        amounts_of(("grant", "20000")),
        "krzeszowiceone.pl",
    ),
    # near miss: waiting for a sum asked for
    ("Gmina czeka na 2 mln zł, o które prosiła w marcu.", amounts_of(("other", "2000000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), CHEQUE, ids=row_ids(CHEQUE))
def test_a_cheque_is_a_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want
