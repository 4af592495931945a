"""Builds pairs_round19.jsonl: a nineteenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 18 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round18.py name theirs), and from
none of the prospective gates' batches (b19a and b19b, b24, b26, b27, b28, b29, b30, b31a, b31b):
b10-mikolow-kamionka-zwiekszenie-dofinansowania, b9-gops-wierzchoslawice-klub-senior-plus-2021,
b14-radomskie24-bialobrzegi-asystent-2023-wniosek, b11-cus-pniewy-opieka-75-2025, eu-jerzmanowa-rfil-2020,
nb-gozdowo-pis-pgr-drogi, b16b-cieploiserce-hospicjum-tarnobrzeg-pfron, b15a-lipsk-azbest-wfosigw-bialystok-2013,
b20a-wymiarki-osa-witoszyn-nabor, b16b-muzeum-karkonoskie-pracownia-wdm-2023, b14-uw-poznan-turek-szpital-sprzet-2019,
b15a-krzywin-fogr-droga-nowy-dwor-sejmik-2017, b21b-serca-rcps-lodz-swietlica-2011 and
b16b-zaczarowany-domek-przedszkole-rpo-wz (a town district's road layout from the RPO WSL 2007-2013 whose grant was
raised to 100 %, a village's Klub Senior+ year, a powiat's application for the personal assistant programme, a
town-and-gmina CUS's Opieka 75+ year, a gmina's first RFIL grant, a Polski Ład grant from the edition for former PGR
areas, a foundation's hospice build with a PFRON grant, a gmina's asbestos removal from the WFOŚiGW, a ministry's
Otwarta Strefa Aktywności, a museum's conservation studio from "Wspieranie działań muzealnych", a powiat's hospital
equipment with the voivode's grant, the voivodeship's FOGR grant for a gmina's farm road, an association's
after-school club grant from the regional social-policy centre and a private preschool's places from the RPO WZ).

The first variant restates the passage (its headline as the title, or the project's own name where the headline says
nothing of the project: Tarnobrzeg's "Dofinansowano ze środków PFRON", Lipsk's "Informacja", Świnice Warckie's
"Regionalne Centrum Polityki Społecznej"; where the text has no headline, the programme's name for Pniewy, the page's
title as its address gives it for Jerzmanowa and the lead sentence reworded for Białobrzegi's news; its hand labels
as the fields, `published` only when the passage states it; a record has fields for the total cost, the grant and the
EU share only, so the sums the labels call `other` or `own_share` are left out: Mikołów's raise by 480 989,87 zł,
Wierzchosławice's own funds, Krzywiń's 0,5 mln zł in the budget, Turek's own share). The other variants are how the
body itself, its OPS, CUS, PCPR, hospital or parish, the BIP, the powiat, the voivodeship, the wojewoda, a ministry,
a fund, a local news site or a later report would word the same project (written for this set: other titles with few
shared words, names in other grammatical cases, often without amounts or period, a report's spent sum, a tender's
estimate, a rounded sum beside the exact one, the grant before its raise, an abbreviated body or programme, a
publication months later). The near-misses are the next or previous edition of a yearly programme, the neighbouring
gmina, powiat, museum, NGO or preschool in the same call or list (at times with the very same sum: OSA's 50 000 zł of
100 000 zł, FOGR's 116 250 zł, RCPS's 5 000 zł, Opieka 75+'s 67 927 zł, AOON's 412 560 zł, the voivode's 400 000 zł
of 500 000 zł, the museum programme's 117 000 zł, RPO WZ's per-place 529 920 zł), another stage or module (Kamionka's
stage II, the studio's stage I, the Senior+ club's module I, Nowy Dwór's road stage II, Rękawczyn's stage II), the
same body's other project of the same months (at times in the same village or from the same fund), a place or body of
the same or a like name elsewhere (Gmina Kamionka in Lubelskie, Wierzchosławice near Bolków, Białobrzegi near Łańcut,
Pniewy in the powiat grójecki, Jerzmanowice-Przeginia, Gozdnica, Tarnów, Lipsko, Witoszów, the Karpacz museum, Nowy
Dwór near Zbąszyń, Warta, another "Zaczarowany Domek"), a town or rural gmina named like a powiat or its seat (Turek,
Żagań, Białobrzegi, Tarnobrzeg) and a near-identical headline of another project. Every two variants of a seed are a
same pair; each near-miss is paired with one to three variants (the restated passage and the variants it is likeliest
to be confused with), so that about 40 % of the pairs are the same. Labels were written by reading each record, never
from the grouping's output.

    python tests/projects/build_round19.py   # rewrites pairs_round19.jsonl; deterministic
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from build_pairs import RoleSeed, r, write_role_pairs  # noqa: E402

Record = dict[str, Any]
# (name, variants as (record, who says it), near-misses as (record, why not the same, variant indices to pair))
Seed = RoleSeed

RPO_WSL = "RPO WSL 2007-2013"
SENIOR = "Senior+"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
OPIEKA75 = "Opieka 75+"
RFIL = "Rządowy Fundusz Inwestycji Lokalnych"
PIS = "Program Inwestycji Strategicznych"
OSA = "Otwarte Strefy Aktywności"
WDM = "Wspieranie działań muzealnych"
RPO_WZ = "RPO WZ 2014-2020"
GM_MIKOLOW = "Gmina Mikołów"
GM_WIERZCH = "Gmina Wierzchosławice"
P_BIALOBRZEGI = "Powiat Białobrzeski"
PCPR_BIALOBRZEGI = "Powiatowe Centrum Pomocy Rodzinie w Białobrzegach"
CUS_PNIEWY = "Gmina Pniewy Centrum Usług Społecznych"
GM_JERZMANOWA = "Gmina Jerzmanowa"
GM_GOZDOWO = "Gmina Gozdowo"
CIEPLO = "Fundacja Parafii pw. Matki Bożej Nieustającej Pomocy w Tarnobrzegu ‘’CIEPŁO I SERCE ‘’"
GM_LIPSK = "Gmina Lipsk"
GM_WYMIARKI = "Gmina Wymiarki"
MUZ_KARK = "Muzeum Karkonoskie w Jeleniej Górze"
P_TURECKI = "Powiat Turecki"
GM_KRZYWIN = "Gmina Krzywiń"
SERCA = "Stowarzyszenie „Mamy Wielkie Serca” w Świnicach Warckich"
DOMEK = "Przedszkole Ekologiczno-Językowe ,,Zaczarowany Domek''"

KAMIONKA_LIST = "Lista projektów wybranych do dofinansowania – drogi lokalne, RPO WSL 2007-2013"
SENIOR_LIST = (
    "Program wieloletni Senior+ na lata 2021-2025 – edycja 2021, moduł II: wyniki dla województwa małopolskiego"
)
AOON_LIST = (
    "Lista rekomendowanych wniosków w Programie „Asystent osobisty osoby niepełnosprawnej” – edycja 2023 "
    "(województwo mazowieckie)"
)
OPIEKA_LIST = "Opieka 75+ – edycja 2025: podział środków dla gmin województwa wielkopolskiego"
RFIL_LIST = "Rządowy Fundusz Inwestycji Lokalnych – podział środków dla gmin województwa dolnośląskiego"
PIS_LIST = (
    "Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych – edycja III (PGR), lista wniosków "
    "z dofinansowaniem – mazowieckie"
)
ASBEST_LIST = "Usuwanie azbestu 2013 – lista gmin województwa podlaskiego z dotacją Funduszu"
OSA_LIST = "Program Otwarte Strefy Aktywności 2019 – lista zadań z dofinansowaniem (nabór I)"
WDM_LIST = "Wspieranie działań muzealnych 2023 – wyniki naboru"
FOGR_LIST = (
    "Uchwała Sejmiku Województwa Wielkopolskiego w sprawie udzielenia pomocy finansowej gminom na budowę "
    "i modernizację dróg dojazdowych do gruntów rolnych w 2017 roku"
)
RCPS_LIST = "Wyniki otwartego konkursu ofert RCPS w Łodzi na 2011 rok – wspieranie rodziny, świetlice środowiskowe"
RPO_WZ_LIST = "Lista projektów wybranych do dofinansowania – edukacja przedszkolna, nabór 2017, RPO WZ 2014-2020"

ROUND19: list[Seed] = [
    (
        "Mikołów: the road layout of the Kamionka district from the RPO WSL 2007-2013, its grant raised to 100 % "
        "(b10-mikolow-kamionka-zwiekszenie-dofinansowania)",
        [
            (
                r(
                    "Zwiększenie dofinansowania dla projektu pn. Przebudowa układu komunikacyjnego w dzielnicy "
                    "Kamionka w Mikołowie",
                    "um-mikolow",
                    ben=GM_MIKOLOW,
                    grant="3206599.10",
                    prog=RPO_WSL,
                ),
                "the passage restated (the town's news; the 480 989,87 zł raise left out, no date: '11 maja br.')",
            ),
            (
                r(
                    KAMIONKA_LIST,
                    "rpo-slaskie",
                    "2012-09-18",
                    ben=GM_MIKOLOW,
                    grant="2725609.23",
                    prog="Regionalny Program Operacyjny Województwa Śląskiego na lata 2007-2013",
                ),
                "the managing authority's list at the signing, the grant before its raise, the programme in full",
            ),
            (
                r(
                    "Kamionka z nowymi ulicami i rondem – przebudowa zakończona",
                    "mikolow-info",
                    "2014-10-02",
                    total="3410000",
                ),
                "local news at the handover, no body named, a rounded cost",
            ),
            (
                r(
                    "Przetarg nieograniczony: przebudowa ulic w dzielnicy Kamionka – układ komunikacyjny",
                    "bip-mikolow",
                    "2012-03-14",
                    ben=GM_MIKOLOW,
                    total="3150000.00",
                ),
                "the BIP's tender, its estimate as the cost",
            ),
            (
                r(
                    "Śląskie: wyższe dofinansowanie dla Mikołowa – 100% kosztów kwalifikowanych",
                    "slaskie-pl",
                    "2013-05-13",
                    ben="Gminie Mikołów",
                    grant="3200000",
                    prog="RPO WSL",
                ),
                "the marshal's office news of the raise, the gmina in the dative, the rounded grant, the programme "
                "abbreviated",
            ),
        ],
        [
            (
                r(
                    "Przebudowa układu komunikacyjnego w dzielnicy Mokre w Mikołowie",
                    "um-mikolow",
                    "2014-06-10",
                    ben=GM_MIKOLOW,
                    grant="2940000.00",
                    prog=RPO_WSL,
                ),
                "the same gmina's road layout of another district from the same programme, a near-identical headline",
                (0, 1, 3),
            ),
            (
                r(
                    "Zwiększenie dofinansowania dla projektu pn. Rewitalizacja Rynku w Mikołowie",
                    "um-mikolow",
                    "2013-05-20",
                    ben=GM_MIKOLOW,
                    grant="1520431.56",
                    prog=RPO_WSL,
                ),
                "the same gmina's other project whose grant the marshal raised in the same weeks",
                (0, 4),
            ),
            (
                r(
                    "Przebudowa układu komunikacyjnego w centrum Kamionki",
                    "kamionka-gmina",
                    "2013-08-22",
                    ben="Gmina Kamionka",
                    grant="1890000.00",
                    prog="RPO WL 2007-2013",
                ),
                "a like-named gmina in Lubelskie, its own road layout from its own programme",
                (0, 2),
            ),
            (
                r(
                    KAMIONKA_LIST,
                    "rpo-slaskie",
                    "2012-09-18",
                    ben="Gmina Orzesze",
                    grant="2418000.00",
                    prog="Regionalny Program Operacyjny Województwa Śląskiego na lata 2007-2013",
                ),
                "the neighbouring gmina on the same list, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Przebudowa układu komunikacyjnego w dzielnicy Kamionka w Mikołowie – etap II (ul. Gliwicka)",
                    "um-mikolow",
                    "2016-04-19",
                    ben=GM_MIKOLOW,
                    total="4600000.00",
                    prog="RPO WSL 2014-2020",
                ),
                "the second stage in the same district from the next programme",
                (0, 2, 3),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej ul. Gliwickiej w Mikołowie-Kamionce",
                    "powiat-mikolowski",
                    "2013-07-02",
                    ben="Powiat Mikołowski",
                    grant="2100000.00",
                    prog=RPO_WSL,
                ),
                "the powiat named like the town, its own road in the same district from the same programme",
                (0, 2),
            ),
            (
                r(
                    "Nowe oświetlenie uliczne w Kamionce z budżetu obywatelskiego",
                    "um-mikolow",
                    "2015-09-08",
                    ben=GM_MIKOLOW,
                    total="85000.00",
                ),
                "the same district's street lighting from the town's civic budget",
                (2,),
            ),
        ],
    ),
    (
        "Wierzchosławice: the Klub Senior+ in the Dom Ludowy, its 2021 year from the Senior+ programme "
        "(b9-gops-wierzchoslawice-klub-senior-plus-2021)",
        [
            (
                r(
                    "SENIOR+ DOFINANSOWANIE ZE ŚRODKÓW BUDŻETU PAŃSTWA",
                    "gops-wierzchoslawice",
                    ben=GM_WIERZCH,
                    total="68859.01",
                    grant="30642.26",
                    prog=SENIOR,
                ),
                "the passage restated (the GOPS page; the own funds left out, 'w 2021 r.' no period)",
            ),
            (
                r(
                    "Klub Senior+ w Domu Ludowym im. Wincentego Witosa – zajęcia dla seniorów w 2021 roku",
                    "wierzchoslawice",
                    "2021-03-08",
                    impl="Gminny Ośrodek Pomocy Społecznej w Wierzchosławicach",
                    prog=SENIOR,
                ),
                "the gmina's news of the club's year, the GOPS as the body, no sum",
            ),
            (
                r(
                    SENIOR_LIST,
                    "muw-krakow",
                    "2021-02-26",
                    ben=GM_WIERZCH,
                    grant="30642.26",
                    prog="Program wieloletni „Senior+” na lata 2021-2025",
                ),
                "the voivode's list of module II grants, the programme in full",
            ),
            (
                r(
                    "Seniorzy z Wierzchosławic z rządowym wsparciem – ponad 30,6 tys. zł na klub",
                    "tarnow-news",
                    "2021-04-14",
                    ben="Gminy Wierzchosławice",
                    grant="30600",
                ),
                "local news, the gmina in the genitive, the rounded grant",
            ),
            (
                r(
                    "Sprawozdanie z działalności GOPS w Wierzchosławicach za 2021 rok – Klub Senior+",
                    "bip-wierzchoslawice",
                    "2022-03-30",
                    impl="GOPS w Wierzchosławicach",
                    total="68412.55",
                    grant="30642.26",
                    prog=SENIOR,
                ),
                "the GOPS's yearly report, the spent sum, the centre abbreviated",
            ),
        ],
        [
            (
                r(
                    "Senior+ – dofinansowanie ze środków budżetu państwa na 2022 rok",
                    "gops-wierzchoslawice",
                    "2022-05-10",
                    ben=GM_WIERZCH,
                    total="71200.00",
                    grant="31680.00",
                    prog=SENIOR,
                ),
                "the next year's edition of the same club's grant",
                (0, 1, 4),
            ),
            (
                r(
                    SENIOR_LIST,
                    "muw-krakow",
                    "2021-02-26",
                    ben="Gmina Lisia Góra",
                    grant="28800.00",
                    prog="Program wieloletni „Senior+” na lata 2021-2025",
                ),
                "the neighbouring gmina's club on the same list, the identical headline",
                (2, 0),
            ),
            (
                r(
                    "Utworzenie Klubu Senior+ w Wierzchosławicach – moduł I, edycja 2019",
                    "gops-wierzchoslawice",
                    "2019-06-18",
                    ben=GM_WIERZCH,
                    total="187000.00",
                    grant="150000.00",
                    prog=SENIOR,
                ),
                "the module I grant that set the same club up two years before",
                (0, 1, 3),
            ),
            (
                r(
                    "Spotkania seniorów w świetlicy w Wierzchosławicach – dotacja z Odnowy Dolnośląskiej Wsi",
                    "bolkow",
                    "2021-07-19",
                    ben="Gmina Bolków",
                    grant="25000.00",
                    prog="Odnowa Dolnośląskiej Wsi",
                ),
                "a like-named village near Bolków in another voivodeship, its seniors' meetings",
                (0, 3),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Tarnowie – dotacja z programu Senior+ na 2021 rok",
                    "mops-tarnow",
                    "2021-03-02",
                    ben="Gmina Miasta Tarnowa",
                    grant="124800.00",
                    prog=SENIOR,
                ),
                "the nearby city's day home from the same programme and year",
                (0, 3),
            ),
            (
                r(
                    "Opieka 75+ w Gminie Wierzchosławice na 2021 rok",
                    "gops-wierzchoslawice",
                    "2021-04-20",
                    ben=GM_WIERZCH,
                    total="24000.00",
                    grant="12000.00",
                    prog=OPIEKA75,
                ),
                "the same GOPS's other seniors' programme of the same year",
                (0, 1),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2021 – opaski bezpieczeństwa dla mieszkańców Wierzchosławic",
                    "gops-wierzchoslawice",
                    "2021-09-06",
                    ben=GM_WIERZCH,
                    grant="9600.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same GOPS's third seniors' programme of the same year",
                (1, 4),
            ),
        ],
    ),
    (
        "Białobrzegi: the powiat's application for the personal assistant programme, edition 2023 "
        "(b14-radomskie24-bialobrzegi-asystent-2023-wniosek)",
        [
            (
                r(
                    "Powiat Białobrzeski znów wystąpił o środki z Funduszu Solidarnościowego na program „Asystent "
                    "osobisty osoby niepełnosprawnej” w 2023 roku",
                    "radomskie24",
                    prog=AOON,
                ),
                "the passage restated (news with no headline: its lead sentence reworded; the powiat only applied, "
                "so no beneficiary and no sum)",
            ),
            (
                r(
                    AOON_LIST,
                    "gov-mrips",
                    "2023-01-25",
                    ben=P_BIALOBRZEGI,
                    grant="412560.00",
                    prog="Asystent osobisty osoby niepełnosprawnej – edycja 2023",
                ),
                "the ministry's list of recommended applications, the programme's old name",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2023: przyjmujemy zgłoszenia",
                    "pcpr-bialobrzegi",
                    "2023-02-10",
                    impl=PCPR_BIALOBRZEGI,
                    prog="AOON 2023",
                ),
                "the PCPR's call for participants, the programme abbreviated",
            ),
            (
                r(
                    "Umowa z Wojewodą Mazowieckim na realizację programu asystencji osobistej podpisana",
                    "bialobrzegi-powiat",
                    "2023-03-06",
                    ben=P_BIALOBRZEGI,
                    grant="412560.00",
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the starostwo's news of the agreement, the year as the period",
            ),
            (
                r(
                    "Podsumowanie programu asystencji w powiecie białobrzeskim w 2023 r. – 18 uczestników",
                    "radomskie24",
                    "2024-02-15",
                    ben="Powiatu Białobrzeskiego",
                    total="398214.37",
                    prog=AOON,
                ),
                "the same news site's report a year later, the powiat in the genitive, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022 w powiecie białobrzeskim",
                    "pcpr-bialobrzegi",
                    "2022-03-01",
                    ben=P_BIALOBRZEGI,
                    grant="301440.00",
                    start="2022-01-01",
                    end="2022-12-31",
                ),
                "the previous edition of the same powiat's programme",
                (0, 2, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością dla Jednostek Samorządu Terytorialnego – "
                    "edycja 2024",
                    "pcpr-bialobrzegi",
                    "2024-01-30",
                    ben=P_BIALOBRZEGI,
                    grant="540000.00",
                    prog=AOON,
                ),
                "the next edition of the same powiat's programme",
                (2, 4),
            ),
            (
                r(
                    AOON_LIST,
                    "gov-mrips",
                    "2023-01-25",
                    ben="Powiat Grójecki",
                    grant="412560.00",
                    prog="Asystent osobisty osoby niepełnosprawnej – edycja 2023",
                ),
                "the neighbouring powiat on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Gmina Białobrzegi w programie Asystent osobisty osoby z niepełnosprawnością 2023 – MGOPS "
                    "przyjmuje wnioski",
                    "mgops-bialobrzegi",
                    "2023-02-20",
                    impl="Miejsko-Gminny Ośrodek Pomocy Społecznej w Białobrzegach",
                    prog=AOON,
                ),
                "the town-and-gmina named like the powiat, its own edition of the same year",
                (0, 2, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2023 w Gminie Białobrzegi (powiat "
                    "łańcucki)",
                    "gops-bialobrzegi-podkarpacie",
                    "2023-03-14",
                    ben="Gmina Białobrzegi",
                    grant="86400.00",
                    prog=AOON,
                ),
                "a like-named gmina in Podkarpacie, its own edition of the same year",
                (0, 3),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023 w Powiecie Białobrzeskim",
                    "pcpr-bialobrzegi",
                    "2023-02-10",
                    ben=P_BIALOBRZEGI,
                    grant="98000.00",
                    prog="Opieka wytchnieniowa",
                ),
                "the same PCPR's respite care programme of the same year and day",
                (2, 0),
            ),
            (
                r(
                    "Aktywny samorząd 2023 – PCPR w Białobrzegach przyjmuje wnioski",
                    "pcpr-bialobrzegi",
                    "2023-03-01",
                    impl="PCPR w Białobrzegach",
                    prog="Aktywny samorząd",
                ),
                "the same PCPR's PFRON programme of the same year",
                (2,),
            ),
        ],
    ),
    (
        "Pniewy: the CUS's Opieka 75+ for 2025 (b11-cus-pniewy-opieka-75-2025)",
        [
            (
                r(
                    "Program „Opieka 75+” na rok 2025",
                    "cus-pniewy",
                    impl=CUS_PNIEWY,
                    total="113211.67",
                    grant="67927.00",
                    prog=OPIEKA75,
                ),
                "the passage restated (the CUS page has no headline: the programme's name and year; signed in "
                "August 2025, no period)",
            ),
            (
                r(
                    OPIEKA_LIST,
                    "uw-poznan",
                    "2025-06-12",
                    ben="Gmina Pniewy",
                    grant="67927.00",
                    prog="Program „Opieka 75+” – edycja 2025",
                ),
                "the voivode's list for the gminas, the gmina as the beneficiary",
            ),
            (
                r(
                    "Usługi opiekuńcze dla seniorów 75+ w gminie Pniewy – umowa z wojewodą podpisana",
                    "pniewy",
                    "2025-08-28",
                    ben="Gmina Pniewy",
                    total="113000",
                    grant="67927",
                ),
                "the gmina's news of the agreement, the rounded cost",
            ),
            (
                r(
                    "Zarządzenie Burmistrza Gminy Pniewy w sprawie zmian w budżecie na 2025 rok – dotacja celowa "
                    "na usługi opiekuńcze",
                    "bip-pniewy",
                    "2025-09-05",
                    ben="Gmina Pniewy",
                    grant="67927.00",
                ),
                "the BIP's budget order, no programme named",
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu Opieka 75+ w 2025 roku – Centrum Usług Społecznych w Pniewach",
                    "cus-pniewy",
                    "2026-01-20",
                    impl="Centrum Usług Społecznych w Pniewach",
                    total="109874.20",
                    grant="67927.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog=OPIEKA75,
                ),
                "the CUS's report months later, the spent sum and the year as the period",
            ),
        ],
        [
            (
                r(
                    "Program „Opieka 75+” na rok 2024",
                    "cus-pniewy",
                    impl=CUS_PNIEWY,
                    total="98540.00",
                    grant="59124.00",
                    prog=OPIEKA75,
                ),
                "the previous year's edition of the same programme at the same CUS",
                (0, 4, 1),
            ),
            (
                r(
                    "Program „Opieka 75+” na rok 2026",
                    "cus-pniewy",
                    "2026-07-30",
                    impl=CUS_PNIEWY,
                    total="121000.00",
                    grant="72600.00",
                    prog=OPIEKA75,
                ),
                "the next year's edition of the same programme at the same CUS",
                (0, 3),
            ),
            (
                r(
                    OPIEKA_LIST,
                    "uw-poznan",
                    "2025-06-12",
                    ben="Gmina Lwówek",
                    grant="41220.00",
                    prog="Program „Opieka 75+” – edycja 2025",
                ),
                "the neighbouring gmina on the same list, the identical headline",
                (1, 3),
            ),
            (
                r(
                    OPIEKA_LIST,
                    "uw-poznan",
                    "2025-06-12",
                    ben="Gmina Kwilcz",
                    grant="67927.00",
                    prog="Program „Opieka 75+” – edycja 2025",
                ),
                "another neighbouring gmina on the same list with the very same sum",
                (1, 2),
            ),
            (
                r(
                    "Program „Opieka 75+” na 2025 rok w Gminie Pniewy (powiat grójecki)",
                    "gops-pniewy-grojecki",
                    "2025-07-15",
                    impl="Gminny Ośrodek Pomocy Społecznej w Pniewach",
                    total="30400.00",
                    grant="18240.00",
                    prog=OPIEKA75,
                ),
                "a like-named gmina in Mazowsze, its own edition of the same year",
                (0, 2, 4),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów na rok 2025 – Centrum Usług Społecznych w Pniewach",
                    "cus-pniewy",
                    impl=CUS_PNIEWY,
                    total="42500.00",
                    grant="34000.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same CUS's other seniors' programme of the same year",
                (0, 4),
            ),
            (
                r(
                    "Program „Opieka wytchnieniowa” dla Jednostek Samorządu Terytorialnego – edycja 2025",
                    "cus-pniewy",
                    impl=CUS_PNIEWY,
                    grant="88560.00",
                    prog="Opieka wytchnieniowa",
                ),
                "the same CUS's respite care of the same year",
                (0,),
            ),
        ],
    ),
    (
        "Jerzmanowa: the gmina's first grant from the RFIL, 2020 (eu-jerzmanowa-rfil-2020)",
        [
            (
                r(
                    "Dofinansowanie ze środków Rządowego Funduszu Inwestycji Lokalnych",
                    "jerzmanowa",
                    grant="1166734",
                    end="2022-12-31",
                    prog=RFIL,
                ),
                "the passage restated (the text has no headline: the page's title as its address gives it; "
                "'Gmina' unnamed, so no beneficiary; spent by the end of 2022)",
            ),
            (
                r(
                    RFIL_LIST,
                    "gov-rfil",
                    "2020-08-20",
                    ben=GM_JERZMANOWA,
                    grant="1166734.00",
                    prog="RFIL",
                ),
                "the government's list for the voivodeship, the fund abbreviated",
            ),
            (
                r(
                    "Ponad 1,17 mln zł z rządowej tarczy dla Jerzmanowej",
                    "glogow-news",
                    "2020-09-15",
                    ben="Gminy Jerzmanowa",
                    grant="1170000",
                ),
                "local news, the gmina in the genitive, the rounded grant, the fund by its nickname",
            ),
            (
                r(
                    "Uchwała w sprawie zmian budżetu Gminy Jerzmanowa na 2020 rok – środki z Funduszu Przeciwdziałania "
                    "COVID-19",
                    "bip-jerzmanowa",
                    "2020-09-29",
                    ben=GM_JERZMANOWA,
                    grant="1166734.00",
                ),
                "the council's budget resolution, the paying fund instead of the programme",
            ),
            (
                r(
                    "Rozliczenie środków RFIL: przebudowa dróg gminnych w Jaczowie i Smardzowie",
                    "jerzmanowa",
                    "2022-11-30",
                    ben=GM_JERZMANOWA,
                    total="1398220.15",
                    grant="1166734.00",
                    prog=RFIL,
                ),
                "the gmina's settlement two years later, what the grant paid for and its whole cost",
            ),
        ],
        [
            (
                r(
                    "Rządowy Fundusz Inwestycji Lokalnych dla gmin popegeerowskich – Jerzmanowa z dotacją na świetlicę "
                    "w Jaczowie",
                    "jerzmanowa",
                    "2021-08-24",
                    ben=GM_JERZMANOWA,
                    grant="500000.00",
                    prog=RFIL,
                ),
                "the same fund's later round for former PGR villages, another task",
                (0, 1, 4),
            ),
            (
                r(
                    RFIL_LIST,
                    "gov-rfil",
                    "2020-08-20",
                    ben="Gmina Kotla",
                    grant="1032518.00",
                    prog="RFIL",
                ),
                "another gmina of the powiat głogowski on the same list, the identical headline",
                (1, 3),
            ),
            (
                r(
                    "Rządowy Fundusz Inwestycji Lokalnych dla Gminy Jerzmanowice-Przeginia",
                    "jerzmanowice",
                    "2020-09-10",
                    ben="Gmina Jerzmanowice-Przeginia",
                    grant="1435912.00",
                    prog=RFIL,
                ),
                "a like-named gmina in Małopolska, its own grant from the same round",
                (0, 2, 3),
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Łagoszowie Wielkim z Funduszu Dróg Samorządowych",
                    "jerzmanowa",
                    "2020-10-05",
                    ben=GM_JERZMANOWA,
                    grant="890000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the same gmina's road of the same months from another government fund",
                (0, 4),
            ),
            (
                r(
                    "Powiat Głogowski z 3,9 mln zł z Rządowego Funduszu Inwestycji Lokalnych",
                    "powiat-glogowski",
                    "2020-09-02",
                    ben="Powiat Głogowski",
                    grant="3900000",
                    prog=RFIL,
                ),
                "the powiat over the gmina, its own grant from the same round",
                (2, 0),
            ),
            (
                r(
                    "Rządowy Fundusz Inwestycji Lokalnych – II nabór: Jerzmanowa z dotacją na kanalizację w Smardzowie",
                    "jerzmanowa",
                    "2021-01-12",
                    ben=GM_JERZMANOWA,
                    grant="2500000.00",
                    prog=RFIL,
                ),
                "the same fund's second, competitive round, another task of the same gmina",
                (0, 1, 3),
            ),
        ],
    ),
    (
        "Gozdowo: roads in Rękawczyn, crushed stone and a bus from Polski Ład's Programme of Strategic Investments, "
        "edition III for former PGR areas (nb-gozdowo-pis-pgr-drogi)",
        [
            (
                r(
                    "Gmina Gozdowo z kolejnymi środkami!",
                    "gozdowo",
                    ben=GM_GOZDOWO,
                    grant="2781999.00",
                    prog=PIS,
                ),
                "the passage restated (the gmina's news; 'Edycja III- PGR' an edition's name, no date)",
            ),
            (
                r(
                    PIS_LIST,
                    "gov-polski-lad",
                    "2022-10-20",
                    ben=GM_GOZDOWO,
                    grant="2781999.00",
                    prog="Rządowy Fundusz Polski Ład – Program Inwestycji Strategicznych",
                ),
                "the government's list of the edition, the programme in full",
            ),
            (
                r(
                    "Nowy autobus i drogi w Rękawczynie – Gozdowo z prawie 2,8 mln zł z Polskiego Ładu",
                    "sierpc-news",
                    "2022-11-18",
                    grant="2800000",
                    prog="Polski Ład",
                ),
                "regional news, no body as a name, the rounded grant, the fund's short name",
            ),
            (
                r(
                    "Modernizacja dróg gminnych na terenie Gminy Gozdowo wraz z zakupem kruszywa – przetarg (Polski "
                    "Ład, edycja PGR)",
                    "bip-gozdowo",
                    "2023-03-22",
                    ben=GM_GOZDOWO,
                    total="2928420.00",
                ),
                "the BIP's tender, its estimate as the cost",
            ),
            (
                r(
                    "Raport o stanie Gminy Gozdowo za 2023 rok – inwestycje drogowe z Polskiego Ładu",
                    "bip-gozdowo",
                    "2024-05-20",
                    ben=GM_GOZDOWO,
                    total="2896115.40",
                    grant="2781999.00",
                    prog="RFPŁ",
                ),
                "the wójt's yearly report, the spent sum, the fund abbreviated",
            ),
        ],
        [
            (
                r(
                    "Gmina Gozdowo z dofinansowaniem z Polskiego Ładu – przebudowa stacji uzdatniania wody",
                    "gozdowo",
                    "2021-12-02",
                    ben=GM_GOZDOWO,
                    grant="4750000.00",
                    prog=PIS,
                ),
                "the same gmina's grant from the programme's first edition, another task",
                (0, 2, 4),
            ),
            (
                r(
                    PIS_LIST,
                    "gov-polski-lad",
                    "2022-10-20",
                    ben="Gmina Mochowo",
                    grant="2450000.00",
                    prog="Rządowy Fundusz Polski Ład – Program Inwestycji Strategicznych",
                ),
                "the neighbouring gmina on the same list, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Gmina Rościszewo z kolejnymi środkami z Polskiego Ładu na drogi",
                    "rosciszewo",
                    "2022-11-20",
                    ben="Gmina Rościszewo",
                    grant="1980000.00",
                    prog=PIS,
                ),
                "another neighbouring gmina's roads from the same edition, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Gmina Gozdnica z kolejnymi środkami z Polskiego Ładu",
                    "gozdnica",
                    "2022-11-04",
                    ben="Gmina Gozdnica",
                    grant="1900000.00",
                    prog=PIS,
                ),
                "a gmina of a like name in Lubuskie, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Przebudowa drogi gminnej Gozdowo – Lelice z Rządowego Funduszu Rozwoju Dróg",
                    "gozdowo",
                    "2022-08-30",
                    ben=GM_GOZDOWO,
                    total="1220000.00",
                    grant="732000.00",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "the same gmina's road of the same months from another fund",
                (0, 3),
            ),
            (
                r(
                    "Powiat Sierpecki z Polskiego Ładu: przebudowa drogi powiatowej przez Rękawczyn",
                    "powiat-sierpecki",
                    "2022-11-10",
                    ben="Powiat Sierpecki",
                    grant="3400000.00",
                    prog=PIS,
                ),
                "the powiat's own road through the same village from the same edition",
                (0, 1, 2),
            ),
            (
                r(
                    "Modernizacja dróg w Rękawczynie – etap II (ul. Leśna)",
                    "gozdowo",
                    "2024-06-11",
                    ben=GM_GOZDOWO,
                    total="850000.00",
                    prog=PIS,
                ),
                "a later stage in the same village",
                (0, 4),
            ),
        ],
    ),
    (
        "Tarnobrzeg: a parish foundation's palliative hospice build with a PFRON grant "
        "(b16b-cieploiserce-hospicjum-tarnobrzeg-pfron)",
        [
            (
                r(
                    "Budowa hospicjum paliatywnego w Tarnobrzegu",
                    "cieploiserce",
                    impl=CIEPLO,
                    grant="914204.00",
                    start="2015-01-01",
                ),
                "the passage restated (the foundation's page; its headline names only PFRON, so the task's name; "
                "the build since 2015 as the start)",
            ),
            (
                r(
                    "Konkurs PFRON: lista wniosków z dofinansowaniem – województwo podkarpackie",
                    "pfron",
                    "2023-03-16",
                    ben="Fundacja Parafii pw. Matki Bożej Nieustającej Pomocy w Tarnobrzegu „Ciepło i Serce”",
                    grant="914204.00",
                ),
                "the fund's list of grants, the foundation as the beneficiary, the quotes written otherwise",
            ),
            (
                r(
                    "Hospicjum w Tarnobrzegu bliżej ukończenia – ponad 914 tys. zł z PFRON",
                    "tarnobrzeg-news",
                    "2023-05-04",
                    impl="Fundacja „Ciepło i Serce”",
                    grant="914000",
                ),
                "local news, the foundation's short name, the rounded grant",
            ),
            (
                r(
                    "Budowa hospicjum przy parafii Matki Bożej Nieustającej Pomocy – umowa z PFRON podpisana",
                    "parafia-mbnp-tarnobrzeg",
                    "2023-04-27",
                    impl="Fundacji Ciepło i Serce",
                    grant="914204",
                ),
                "the parish's news the day after the signing, the foundation in the genitive",
            ),
            (
                r(
                    "Rozliczenie dofinansowania PFRON: budowa hospicjum w Tarnobrzegu zakończona",
                    "cieploiserce",
                    "2024-11-20",
                    impl=CIEPLO,
                    grant="912887.40",
                ),
                "the foundation's settlement a year and a half later, the sum spent of the grant",
            ),
        ],
        [
            (
                r(
                    "Zakup samochodu do przewozu osób niepełnosprawnych dla hospicjum domowego – PFRON",
                    "cieploiserce",
                    "2022-09-14",
                    impl=CIEPLO,
                    grant="90000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the same foundation's other PFRON project, a year before",
                (0, 2),
            ),
            (
                r(
                    "Budowa hospicjum stacjonarnego w Mielcu",
                    "hospicjum-mielec",
                    "2023-05-11",
                    impl="Stowarzyszenie Hospicjum Mieleckie",
                    grant="1250000.00",
                ),
                "another hospice's build in the same voivodeship from the same call, a near-identical title",
                (0, 1, 2),
            ),
            (
                r(
                    "Budowa hospicjum stacjonarnego w Tarnowie – dofinansowanie PFRON",
                    "hospicjum-tarnow",
                    "2023-05-22",
                    impl="Fundacja Hospicjum Tarnowskie",
                    grant="880000.00",
                ),
                "a city of a like name in Małopolska, its own hospice build from the same fund",
                (0, 2, 3),
            ),
            (
                r(
                    "Wyposażenie hospicjum paliatywnego w Tarnobrzegu – dotacja Województwa Podkarpackiego",
                    "cieploiserce",
                    "2024-02-08",
                    impl=CIEPLO,
                    grant="150000.00",
                ),
                "the same hospice's equipment, a later task from another funder",
                (0, 4),
            ),
            (
                r(
                    "Likwidacja barier architektonicznych w Urzędzie Miasta Tarnobrzega – PFRON",
                    "um-tarnobrzeg",
                    "2023-06-19",
                    ben="Miasto Tarnobrzeg",
                    grant="298000.00",
                ),
                "the city's own PFRON project of the same months",
                (2, 0),
            ),
            (
                r(
                    "Powiat Tarnobrzeski z 1,2 mln zł z PFRON na rehabilitację społeczną w 2023 roku",
                    "powiat-tarnobrzeski",
                    "2023-03-09",
                    ben="Powiat Tarnobrzeski",
                    grant="1200000",
                ),
                "the powiat named like the city, its yearly PFRON allocation",
                (2, 0),
            ),
            (
                r(
                    "Parafialny Zespół Caritas w Tarnobrzegu: projekt „Senior w parafii” z dotacją miasta",
                    "parafia-mbnp-tarnobrzeg",
                    "2023-06-01",
                    ben="Parafia pw. Matki Bożej Nieustającej Pomocy w Tarnobrzegu",
                    grant="15000.00",
                ),
                "the same parish's other project of the same months",
                (3,),
            ),
        ],
    ),
    (
        "Lipsk: asbestos removal in 2013 with the WFOŚiGW in Białystok's and the NFOŚiGW's grant "
        "(b15a-lipsk-azbest-wfosigw-bialystok-2013)",
        [
            (
                r(
                    "Usuwanie wyrobów zawierających azbest z terenu Gminy Lipsk w 2013 roku",
                    "lipsk",
                    ben=GM_LIPSK,
                    grant="56624.42",
                ),
                "the passage restated (its headline 'Informacja' says nothing: the task's name; no programme named)",
            ),
            (
                r(
                    ASBEST_LIST,
                    "wfosigw-bialystok",
                    "2013-06-12",
                    ben=GM_LIPSK,
                    grant="56624.42",
                    prog="Usuwanie wyrobów zawierających azbest",
                ),
                "the fund's list for the voivodeship",
            ),
            (
                r(
                    "Zapytanie ofertowe: demontaż, transport i unieszkodliwienie wyrobów zawierających azbest "
                    "z posesji na terenie Gminy Lipsk",
                    "bip-lipsk",
                    "2013-07-03",
                    ben=GM_LIPSK,
                    total="58900.00",
                ),
                "the BIP's request for quotes, its estimate as the cost",
            ),
            (
                r(
                    "Azbest usunięty z 38 posesji w gminie Lipsk – podsumowanie roku",
                    "lipsk",
                    "2013-11-21",
                    ben="Gminy Lipsk",
                    total="54980.10",
                    start="2013-08-01",
                    end="2013-10-31",
                ),
                "the gmina's summary at the end, the spent sum and the works' months",
            ),
            (
                r(
                    "Gmina Lipsk pozbędzie się azbestu – 56,6 tys. zł z funduszu ochrony środowiska",
                    "augustow-news",
                    "2013-06-20",
                    ben=GM_LIPSK,
                    grant="56600",
                ),
                "regional news, the rounded grant",
            ),
        ],
        [
            (
                r(
                    "Usuwanie wyrobów zawierających azbest z terenu Gminy Lipsk w 2014 roku",
                    "lipsk",
                    "2014-06-30",
                    ben=GM_LIPSK,
                    grant="48310.75",
                ),
                "the next year's edition of the same task",
                (0, 2, 4),
            ),
            (
                r(
                    ASBEST_LIST,
                    "wfosigw-bialystok",
                    "2013-06-12",
                    ben="Gmina Płaska",
                    grant="39720.18",
                    prog="Usuwanie wyrobów zawierających azbest",
                ),
                "another gmina of the same powiat on the same list, the identical headline",
                (1, 4),
            ),
            (
                r(
                    "Usuwanie wyrobów zawierających azbest z terenu Gminy Lipsko w 2013 roku",
                    "lipsko",
                    "2013-07-09",
                    ben="Gmina Lipsko",
                    grant="61200.00",
                ),
                "a gmina of a like name in Mazowsze, the same task from its own voivodeship's fund, a "
                "near-identical headline",
                (0, 4, 2),
            ),
            (
                r(
                    "Termomodernizacja budynku Szkoły Podstawowej w Lipsku – dotacja WFOŚiGW w Białymstoku",
                    "lipsk",
                    "2013-09-17",
                    ben=GM_LIPSK,
                    grant="120000.00",
                ),
                "the same gmina's other project of the same months from the same fund",
                (0, 4),
            ),
            (
                r(
                    "Program usuwania azbestu dla Powiatu Augustowskiego – aktualizacja 2013",
                    "powiat-augustowski",
                    "2013-04-25",
                    ben="Powiat Augustowski",
                ),
                "the powiat's programme document of the same year, no grant",
                (0, 3),
            ),
            (
                r(
                    "Usuwanie wyrobów zawierających azbest z terenu Gminy Lipsk w 2012 roku",
                    "lipsk",
                    "2012-10-04",
                    ben=GM_LIPSK,
                    grant="32140.00",
                ),
                "the previous year's edition of the same task",
                (0, 1, 3),
            ),
        ],
    ),
    (
        "Wymiarki: an Otwarta Strefa Aktywności in Witoszyn, extended variant, from the ministry's first call "
        "(b20a-wymiarki-osa-witoszyn-nabor)",
        [
            (
                r(
                    "Otwarta Strefa Aktywności w Witoszynie z dofinansowaniem",
                    "wymiarki",
                    ben=GM_WYMIARKI,
                    total="100000",
                    grant="50000",
                    prog=OSA,
                ),
                "the passage restated (the gmina's news; 'ok.' and 'blisko' sums as printed)",
            ),
            (
                r(
                    OSA_LIST,
                    "msit",
                    "2019-05-24",
                    ben=GM_WYMIARKI,
                    total="99970.00",
                    grant="49985.00",
                    prog="Otwarte Strefy Aktywności 2019",
                ),
                "the ministry's list, the exact sums behind the rounded ones",
            ),
            (
                r(
                    "Zapytanie ofertowe: budowa Otwartej Strefy Aktywności w miejscowości Witoszyn – wariant "
                    "rozszerzony",
                    "bip-wymiarki",
                    "2019-07-11",
                    ben=GM_WYMIARKI,
                    total="97500.00",
                ),
                "the BIP's request for quotes, its estimate",
            ),
            (
                r(
                    "Siłownia pod chmurką i strefa relaksu – w Witoszynie otwarto OSA",
                    "zagan-news",
                    "2019-10-17",
                    total="98740.22",
                    prog="OSA",
                ),
                "local news at the opening, no body named, the spent sum, the programme abbreviated",
            ),
            (
                r(
                    "OSA w Witoszynie: gmina Wymiarki z ministerialnym wsparciem",
                    "powiat-zaganski",
                    "2019-06-05",
                    ben="Gminie Wymiarki",
                    grant="50000",
                ),
                "the powiat's news, the gmina in the dative",
            ),
        ],
        [
            (
                r(
                    "Otwarta Strefa Aktywności w Wymiarkach – edycja 2020",
                    "wymiarki",
                    "2020-06-16",
                    ben=GM_WYMIARKI,
                    total="100000",
                    grant="50000",
                    prog=OSA,
                ),
                "the same gmina's zone in its seat village from the next edition, the very same sums",
                (0, 4, 1),
            ),
            (
                r(
                    OSA_LIST,
                    "msit",
                    "2019-05-24",
                    ben="Gmina Iłowa",
                    total="100000.00",
                    grant="50000.00",
                    prog="Otwarte Strefy Aktywności 2019",
                ),
                "the neighbouring gmina on the same list, the identical headline and the very same rounded sums",
                (1, 0),
            ),
            (
                r(
                    "Otwarta Strefa Aktywności w Witoszowie Dolnym",
                    "gmina-swidnica",
                    "2019-06-27",
                    ben="Gmina Świdnica",
                    total="100000",
                    grant="50000",
                    prog=OSA,
                ),
                "a village of a like name in another voivodeship, the very same sums",
                (0, 3),
            ),
            (
                r(
                    "Boisko wielofunkcyjne w Witoszynie z programu rozwoju małej infrastruktury sportowej",
                    "wymiarki",
                    "2020-08-04",
                    ben=GM_WYMIARKI,
                    grant="75000.00",
                    prog="Program rozwoju małej infrastruktury sportowej Województwa Lubuskiego",
                ),
                "the same village's other sports project, a year later, from the voivodeship",
                (0, 2),
            ),
            (
                r(
                    "Plac zabaw w Witoszynie z funduszu sołeckiego",
                    "wymiarki",
                    "2018-09-12",
                    ben=GM_WYMIARKI,
                    total="18000.00",
                ),
                "the same village's playground from the village fund, a year before",
                (3, 0),
            ),
            (
                r(
                    "Siłownia zewnętrzna w Wymiarkach – projekt z LGD Bory Dolnośląskie",
                    "wymiarki",
                    "2019-08-20",
                    ben=GM_WYMIARKI,
                    grant="30000.00",
                    prog="PROW 2014-2020",
                ),
                "the same gmina's other outdoor gym of the same months, another programme",
                (3, 0),
            ),
            (
                r(
                    "Otwarta Strefa Aktywności w Bożnowie (gmina Żagań)",
                    "gmina-zagan",
                    "2019-06-12",
                    ben="Gmina Żagań",
                    total="100000",
                    grant="50000",
                    prog=OSA,
                ),
                "the rural gmina of the powiat's seat, its own zone from the same call with the very same sums",
                (0, 2),
            ),
        ],
    ),
    (
        'Jelenia Góra: the Muzeum Karkonoskie\'s conservation studio from "Wspieranie działań muzealnych 2023" '
        "(b16b-muzeum-karkonoskie-pracownia-wdm-2023)",
        [
            (
                r(
                    "Wyposażenie pracowni konserwatorskiej Muzeum Karkonoskiego w Jeleniej Górze – video i fotorelacja",
                    "muzeumkarkonoskie",
                    ben=MUZ_KARK,
                    total="157105.36",
                    grant="117000.00",
                    prog=WDM,
                ),
                "the passage restated (the museum's page; the voivodeship's share has no sum)",
            ),
            (
                r(
                    WDM_LIST,
                    "nimoz",
                    "2022-12-21",
                    ben=MUZ_KARK,
                    grant="117000.00",
                    prog="Wspieranie działań muzealnych 2023",
                ),
                "the managing institute's list of the edition",
            ),
            (
                r(
                    "Nowy sprzęt dla konserwatorów Muzeum Karkonoskiego – 117 tys. zł od ministra",
                    "jelonka",
                    "2023-06-14",
                    ben="Muzeum Karkonoskiego",
                    grant="117000",
                ),
                "local news, the museum in the genitive",
            ),
            (
                r(
                    "Zapytanie ofertowe: dostawa wyposażenia pracowni konserwacji zbiorów – Muzeum Karkonoskie",
                    "bip-muzeumkarkonoskie",
                    "2023-04-05",
                    ben=MUZ_KARK,
                    total="148000.00",
                ),
                "the museum's request for quotes, its estimate",
            ),
            (
                r(
                    "Samorząd Województwa Dolnośląskiego współfinansuje wyposażenie pracowni konserwatorskiej "
                    "w Jeleniej Górze",
                    "umwd",
                    "2023-03-15",
                    ben="Muzeum Karkonoskie",
                    total="157105.36",
                ),
                "the voivodeship's news as the co-funder, the museum without its city",
            ),
        ],
        [
            (
                r(
                    "Muzeum Karkonoskie w Jeleniej Górze – digitalizacja kolekcji szkła z programu Wspieranie działań "
                    "muzealnych 2024",
                    "muzeumkarkonoskie",
                    "2024-05-09",
                    ben=MUZ_KARK,
                    total="98500.00",
                    grant="78800.00",
                    prog=WDM,
                ),
                "the same museum's task from the next edition",
                (0, 1, 2),
            ),
            (
                r(
                    WDM_LIST,
                    "nimoz",
                    "2022-12-21",
                    ben="Muzeum Przyrodnicze w Jeleniej Górze",
                    grant="117000.00",
                    prog="Wspieranie działań muzealnych 2023",
                ),
                "another museum of the same city on the same list with the very same sum",
                (1,),
            ),
            (
                r(
                    "Wyposażenie pracowni konserwatorskiej Muzeum Regionalnego w Jaworze",
                    "muzeum-jawor",
                    "2023-07-03",
                    ben="Muzeum Regionalne w Jaworze",
                    total="64200.00",
                    grant="48000.00",
                    prog=WDM,
                ),
                "another museum's studio from the same edition, a near-identical headline",
                (0, 3),
            ),
            (
                r(
                    "Muzeum Sportu i Turystyki w Karpaczu – wyposażenie pracowni z programu Wspieranie działań "
                    "muzealnych",
                    "muzeum-karpacz",
                    "2023-05-30",
                    ben="Muzeum Sportu i Turystyki w Karpaczu",
                    grant="52000.00",
                    prog=WDM,
                ),
                "a Karkonosze museum of a like name, its own studio from the same programme",
                (0, 2),
            ),
            (
                r(
                    "Wystawa „Szkło karkonoskie” w Muzeum Karkonoskim dofinansowana z programu Kolekcje",
                    "muzeumkarkonoskie",
                    "2023-09-12",
                    ben=MUZ_KARK,
                    grant="95000.00",
                    prog="Kolekcje",
                ),
                "the same museum's other ministry grant of the same year",
                (0, 4),
            ),
            (
                r(
                    "Dom Carla i Gerharta Hauptmannów w Szklarskiej Porębie – remont dachu z programu Ochrona zabytków",
                    "muzeumkarkonoskie",
                    "2023-08-22",
                    ben=MUZ_KARK,
                    grant="210000.00",
                    prog="Ochrona zabytków",
                ),
                "the same museum's branch, its roof of the same year from another programme",
                (0, 3),
            ),
            (
                r(
                    "Wyposażenie pracowni konserwatorskiej Muzeum Karkonoskiego w Jeleniej Górze – etap I",
                    "muzeumkarkonoskie",
                    "2021-10-18",
                    ben=MUZ_KARK,
                    total="84000.00",
                    grant="67200.00",
                    prog="Wspieranie działań muzealnych 2021",
                ),
                "the first stage of the same studio's fitting, two editions before, a near-identical headline",
                (0, 2, 3),
            ),
        ],
    ),
    (
        "Turek: the powiat's medical equipment for the SP ZOZ with the Wielkopolska voivode's grant, 2019 "
        "(b14-uw-poznan-turek-szpital-sprzet-2019)",
        [
            (
                r(
                    "Dofinansowanie zakupu sprzętu medycznego dla szpitala w Turku",
                    "uw-poznan",
                    "2019-11-29",
                    ben=P_TURECKI,
                    total="500000",
                    grant="400000",
                ),
                "the passage restated (the voivode's office page; the powiat's own 100 000 zł left out)",
            ),
            (
                r(
                    "Aparat do znieczuleń i wideokolonoskop dla turkowskiego szpitala – umowa z wojewodą",
                    "powiat-turecki",
                    "2019-11-28",
                    ben=P_TURECKI,
                    total="500000.00",
                    grant="400000.00",
                ),
                "the starostwo's news of the signing, what the sum buys",
            ),
            (
                r(
                    "SP ZOZ w Turku z nowym sterylizatorem i napędem ortopedycznym",
                    "szpital-turek",
                    "2020-02-12",
                    impl="SP ZOZ w Turku",
                    total="497350.00",
                ),
                "the hospital's news months later, the hospital as the body, the spent sum",
            ),
            (
                r(
                    "Uchwała Rady Powiatu Tureckiego w sprawie zabezpieczenia wkładu własnego na zakup sprzętu "
                    "medycznego dla SP ZOZ w Turku",
                    "bip-powiat-turecki",
                    "2019-10-30",
                    ben=P_TURECKI,
                    total="500000.00",
                ),
                "the council's resolution on the own share a month before, the cost only",
            ),
            (
                r(
                    "Pół miliona na sprzęt dla szpitala w Turku, z czego 400 tys. od wojewody",
                    "turek-news",
                    "2019-11-30",
                    ben="Powiatu Tureckiego",
                    total="500000",
                    grant="400000",
                ),
                "local news, the powiat in the genitive",
            ),
        ],
        [
            (
                r(
                    "Dofinansowanie zakupu sprzętu medycznego dla szpitala w Kole",
                    "uw-poznan",
                    "2019-12-04",
                    ben="Powiat Kolski",
                    total="500000",
                    grant="400000",
                ),
                "the neighbouring powiat's hospital from the same voivode's pool, a near-identical headline and the "
                "very same sums",
                (0, 4),
            ),
            (
                r(
                    "Dofinansowanie zakupu aparatu RTG dla szpitala w Turku",
                    "uw-poznan",
                    "2020-10-15",
                    ben=P_TURECKI,
                    total="750000",
                    grant="600000",
                ),
                "the same powiat's hospital equipment the next year",
                (0, 1),
            ),
            (
                r(
                    "Miasto Turek z dotacją na remont przychodni miejskiej",
                    "um-turek",
                    "2019-11-22",
                    ben="Miasto Turek",
                    grant="400000",
                ),
                "the town named like the powiat, its own health project of the same weeks with the very same grant",
                (0, 4),
            ),
            (
                r(
                    "Modernizacja bloku operacyjnego szpitala w Turku z WRPO 2014+",
                    "szpital-turek",
                    "2018-06-07",
                    impl="SP ZOZ w Turku",
                    total="6800000",
                    prog="WRPO 2014+",
                ),
                "the same hospital's EU project of the year before",
                (0, 2, 1),
            ),
            (
                r(
                    "Gmina Turek z dotacją wojewody na usuwanie skutków nawałnicy",
                    "uw-poznan",
                    "2019-09-18",
                    ben="Gmina Turek",
                    grant="400000",
                ),
                "the rural gmina named like the powiat's seat, the voivode's other grant with the very same sum",
                (0, 3),
            ),
            (
                r(
                    "Dotacja wojewody dla SP ZOZ w Turku na przeciwdziałanie COVID-19",
                    "szpital-turek",
                    "2020-04-21",
                    impl="SP ZOZ w Turku",
                    grant="260000",
                ),
                "the voivode's later grant to the same hospital",
                (2, 0),
            ),
            (
                r(
                    "Nowa karetka dla szpitala w Turku z Ministerstwa Zdrowia",
                    "szpital-turek",
                    "2019-08-26",
                    impl="SP ZOZ w Turku",
                    total="520000",
                ),
                "the same hospital's ambulance of the same year, another funder",
                (1, 2),
            ),
        ],
    ),
    (
        "Krzywiń: the voivodeship's FOGR grant for a farm road in Nowy Dwór, 2017 "
        "(b15a-krzywin-fogr-droga-nowy-dwor-sejmik-2017)",
        [
            (
                r(
                    "„Kasa” na drogę w Nowym Dworze!",
                    "krzywin",
                    "2017-04-14",
                    ben=GM_KRZYWIN,
                    grant="116250.00",
                ),
                "the passage restated (the gmina's news; the 0,5 mln zł in the budget left out; 'FOGR' no programme "
                "field)",
            ),
            (
                r(
                    FOGR_LIST,
                    "bip-umww",
                    "2017-03-27",
                    ben=GM_KRZYWIN,
                    grant="116250.00",
                ),
                "the Sejmik's resolution on the day it decided",
            ),
            (
                r(
                    "Przetarg nieograniczony: budowa drogi gminnej w miejscowości Nowy Dwór",
                    "bip-krzywin",
                    "2017-05-18",
                    ben=GM_KRZYWIN,
                    total="478900.00",
                ),
                "the BIP's tender, its estimate",
            ),
            (
                r(
                    "Nowa droga w Nowym Dworze oddana do użytku",
                    "krzywin",
                    "2017-10-06",
                    ben=GM_KRZYWIN,
                    total="452318.64",
                    grant="116250.00",
                    end="2017-09-29",
                ),
                "the gmina's news at the handover, the spent sum and the end of works",
            ),
            (
                r(
                    "Drogi rolnicze w powiecie kościańskim z pieniędzmi z FOGR – Krzywiń wśród beneficjentów",
                    "koscian-news",
                    "2017-04-03",
                    ben="Gminie Krzywiń",
                    grant="116000",
                ),
                "regional news, the gmina in the dative, the rounded grant",
            ),
        ],
        [
            (
                r(
                    FOGR_LIST,
                    "bip-umww",
                    "2017-03-27",
                    ben="Gmina Czempiń",
                    grant="116250.00",
                ),
                "the neighbouring gmina in the same resolution with the very same sum",
                (1, 4),
            ),
            (
                r(
                    "Budowa drogi dojazdowej do gruntów rolnych w Nowym Dworze (gmina Zbąszyń)",
                    "zbaszyn",
                    "2017-04-11",
                    ben="Gmina Zbąszyń",
                    grant="98000.00",
                ),
                "a like-named village of another gmina of the same voivodeship, its own farm road from the same "
                "resolution",
                (0, 2, 3),
            ),
            (
                r(
                    "„Kasa” na kolejną drogę rolniczą – Krzywiń z dotacją FOGR na 2018 rok (Jerka)",
                    "krzywin",
                    "2018-04-10",
                    ben=GM_KRZYWIN,
                    grant="120000.00",
                ),
                "the next year's edition of the same grant, another village",
                (0, 4),
            ),
            (
                r(
                    "Przebudowa drogi gminnej Krzywiń – Bieżyń z dofinansowaniem wojewody",
                    "krzywin",
                    "2017-03-02",
                    ben=GM_KRZYWIN,
                    total="1650000.00",
                    grant="825000.00",
                    prog="Program rozwoju gminnej i powiatowej infrastruktury drogowej na lata 2016-2019",
                ),
                "the same gmina's other road of the same months from the government programme",
                (0, 2),
            ),
            (
                r(
                    "Budowa drogi w Nowym Dworze – etap II, wniosek do Sejmiku o pomoc z FOGR",
                    "krzywin",
                    "2018-01-16",
                    ben=GM_KRZYWIN,
                    grant="90000.00",
                ),
                "the next stage of the same road, applied for the next year",
                (0, 3, 2),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej Krzywiń – Nowy Dwór",
                    "powiat-koscianski",
                    "2017-06-20",
                    ben="Powiat Kościański",
                    total="2300000.00",
                ),
                "the powiat's own road to the same village",
                (0, 2),
            ),
        ],
    ),
    (
        "Świnice Warckie: an association's after-school club grant from the RCPS in Łódź, 2011 "
        "(b21b-serca-rcps-lodz-swietlica-2011)",
        [
            (
                r(
                    "ŚWIETLICA TWÓRCZYCH INSPIRACJI",
                    "serca",
                    ben=SERCA,
                    grant="5000",
                    start="2011-04-01",
                ),
                "the passage restated (the association's page; its headline names only the funder, so the task's "
                "name; funded from 1 April)",
            ),
            (
                r(
                    RCPS_LIST,
                    "rcps-lodz",
                    "2011-03-17",
                    ben="Stowarzyszenie „Mamy Wielkie Serca”",
                    grant="5000.00",
                ),
                "the centre's list of the contest, the association without its place",
            ),
            (
                r(
                    "Świetlica „Razem” w Świnicach Warckich działa dalej dzięki dotacji z Łodzi",
                    "swinice-warckie",
                    "2011-04-12",
                    ben="Stowarzyszenia „Mamy Wielkie Serca”",
                    grant="5000",
                ),
                "the gmina's news, the venue's name, the association in the genitive",
            ),
            (
                r(
                    "Sprawozdanie z realizacji zadania „Świetlica twórczych inspiracji” – 2011",
                    "serca",
                    "2012-01-24",
                    ben="Stowarzyszenie Mamy Wielkie Serca",
                    total="6420.00",
                    grant="5000.00",
                    start="2011-04-01",
                    end="2011-12-31",
                ),
                "the association's report months later, the whole cost with its own funds, the period",
            ),
            (
                r(
                    "Dzieci ze Świnic Warckich mają gdzie się podziać po lekcjach",
                    "leczyca-news",
                    "2011-05-05",
                    grant="5000",
                ),
                "regional news, no body named",
            ),
        ],
        [
            (
                r(
                    "Świetlica Twórczych Inspiracji 2012 – dotacja RCPS",
                    "serca",
                    "2012-04-02",
                    ben=SERCA,
                    grant="6000",
                    start="2012-01-01",
                ),
                "the next year's edition of the same task",
                (0, 3, 1),
            ),
            (
                r(
                    RCPS_LIST,
                    "rcps-lodz",
                    "2011-03-17",
                    ben="Stowarzyszenie „Razem dla Dzieci” w Poddębicach",
                    grant="5000.00",
                ),
                "another association on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Wakacje z Mamy Wielkie Serca – półkolonie 2011 z dotacji Gminy Świnice Warckie",
                    "serca",
                    "2011-06-20",
                    ben=SERCA,
                    grant="3500",
                ),
                "the same association's other task of the same year, another funder",
                (0, 2),
            ),
            (
                r(
                    "Świetlica Twórczych Inspiracji w Warcie",
                    "warta",
                    "2011-04-26",
                    ben="Stowarzyszenie Przyjaciół Ziemi Warckiej",
                    grant="5000",
                ),
                "a like-named town's association, the very same title and sum",
                (0, 4),
            ),
            (
                r(
                    "Gmina Świnice Warckie: remont świetlicy wiejskiej w Głogowcu z PROW",
                    "swinice-warckie",
                    "2011-08-09",
                    ben="Gmina Świnice Warckie",
                    grant="98000.00",
                    prog="PROW 2007-2013",
                ),
                "the gmina's own village hall of the same year",
                (2, 0),
            ),
            (
                r(
                    "SOSW w Świnicach Warckich: projekt „Razem możemy więcej” z PO KL",
                    "sosw-swinice",
                    "2011-02-14",
                    ben="Specjalny Ośrodek Szkolno-Wychowawczy w Świnicach Warckich",
                    grant="48000",
                    prog="PO KL 2007-2013",
                ),
                "the volunteers' school's own project of the same year",
                (0, 2),
            ),
            (
                r(
                    "Świetlica Twórczych Inspiracji – dotacja RCPS na 2010 rok",
                    "serca",
                    "2010-04-06",
                    ben=SERCA,
                    grant="4000",
                    start="2010-04-01",
                ),
                "the previous year's edition of the same task",
                (0, 3),
            ),
        ],
    ),
    (
        '"Zaczarowany Domek": a private preschool\'s 40 places for children of 3 and 4 from the RPO WZ 2014-2020 '
        "(b16b-zaczarowany-domek-przedszkole-rpo-wz)",
        [
            (
                r(
                    "Zaczarowany domek - szansą na zapewnienie równego dostępu do miejsc wychowania przedszkolnego "
                    "dla dzieci w wieku 3-4 lata",
                    "zaczarowany-domek",
                    impl=DOMEK,
                    total="630720.00",
                    eu="529920.00",
                    start="2017-06-01",
                    end="2019-08-31",
                    prog=RPO_WZ,
                ),
                "the passage restated (the preschool's project page, its headline the project's name)",
            ),
            (
                r(
                    RPO_WZ_LIST,
                    "rpo-wzp",
                    "2017-05-08",
                    ben="Przedszkole Ekologiczno-Językowe „Zaczarowany Domek”",
                    total="630720.00",
                    eu="529920.00",
                    prog="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
                ),
                "the managing authority's list, the quotes written otherwise, the programme in full",
            ),
            (
                r(
                    "40 nowych miejsc w przedszkolu „Zaczarowany Domek” dzięki funduszom unijnym",
                    "regionalne-news",
                    "2017-09-04",
                    impl="Zaczarowany Domek",
                    eu="530000",
                ),
                "regional news, the preschool's short name, the rounded EU share",
            ),
            (
                r(
                    "Podsumowanie projektu: 40 dzieci z nowymi miejscami w przedszkolu Zaczarowany Domek",
                    "zaczarowany-domek",
                    "2019-09-10",
                    impl=DOMEK,
                    total="628114.90",
                    start="2017-06-01",
                    end="2019-08-31",
                ),
                "the preschool's summary at the end, the spent sum",
            ),
            (
                r(
                    "Rekrutacja dzieci 3-4 letnich do projektu w Przedszkolu Zaczarowany Domek – rok szkolny 2017/2018",
                    "zaczarowany-domek",
                    "2017-06-02",
                    prog="RPO WZ",
                    start="2017-06-01",
                    end="2019-08-31",
                ),
                "the preschool's call for children, no body as a field, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Zaczarowany domek 2 – kolejne miejsca wychowania przedszkolnego dla dzieci 3-4 letnich",
                    "zaczarowany-domek",
                    "2019-10-01",
                    impl=DOMEK,
                    total="702400.00",
                    eu="597040.00",
                    start="2019-09-01",
                    end="2021-08-31",
                    prog=RPO_WZ,
                ),
                "the next edition of the same preschool's project",
                (0, 3, 1),
            ),
            (
                r(
                    RPO_WZ_LIST,
                    "rpo-wzp",
                    "2017-05-08",
                    ben="Niepubliczne Przedszkole „Bajkowy Świat”",
                    total="630720.00",
                    eu="529920.00",
                    prog="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
                ),
                "another preschool on the same list with the very same per-place sums",
                (1, 0, 2),
            ),
            (
                r(
                    "Nowe miejsca w przedszkolu „Zaczarowany Domek” w Chełmży z RPO WK-P",
                    "chelmza",
                    "2018-02-13",
                    impl="Przedszkole „Zaczarowany Domek” w Chełmży",
                    total="410000.00",
                    eu="348500.00",
                    prog="RPO WK-P 2014-2020",
                ),
                "a preschool of the same name in another voivodeship, its own places from its own programme",
                (0, 2, 4),
            ),
            (
                r(
                    "Żłobek „Zaczarowany Domek” w programie Maluch+ 2018",
                    "zaczarowany-domek",
                    "2018-03-20",
                    ben="Żłobek „Zaczarowany Domek”",
                    grant="180000.00",
                    prog="Maluch+",
                ),
                "a nursery of the same name beside the preschool, another programme",
                (0, 2),
            ),
            (
                r(
                    "Równy start – nowe miejsca przedszkolne w Gminie Białogard",
                    "gmina-bialogard",
                    "2017-06-21",
                    ben="Gmina Białogard",
                    total="812000.00",
                    eu="690200.00",
                    prog=RPO_WZ,
                ),
                "a rural gmina's preschool places in the same area from the same call",
                (0, 4, 1),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round19.jsonl", "r19s", ROUND19)


if __name__ == "__main__":
    main()
