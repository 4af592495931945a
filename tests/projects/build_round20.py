"""Builds pairs_round20.jsonl: a twentieth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 19 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round19.py name theirs), and from
none of the prospective gates' batches (b19a and b19b, b24, b26, b27, b28, b29, b30, b31a, b31b, b32a, b32b):
b10-echocianow-powiat-polkowicki-praktycznie-to-umiem, eu-debica-tv-zgrana-paka-mops-2022,
b6-gops-stryszow-opieka-75-2023, b14-pcpr-zywiec-asystent-2023-lista-rekomendowanych, eu-ornontowice-polski-lad-pis,
b10-powiatbialostocki-pfron-wyrownywanie-roznic-2019, ops-tokis-powiat-tucholski-jak-w-rodzinie-pfron-2023,
b20a-sabnie-azbest-wfosigw-warszawa-2011, b12-wieprz-umiem-plywac-2014, news-gokrachanie-nck-etnopolska-2022,
b18-um-sejny-ratusz-stolarka-ochrona-zabytkow-2020, b22b-pcprradziejow-piecza-zastepcza-2025,
b18-miechowski-malopolskie-remizy-golcza-2019 and news-lgd-odra-dzialaj-lokalnie-zaborowa-kraina-2017 (a powiat's
vocational-school project from the RPO WD 2014-2020, a town MOPS's day-care project from the RPO WP 2014-2020, a
gmina's Opieka 75+ year, a PCPR's personal assistant year of 2023, a gmina's multi-purpose hall from the second
Polski Ład PIS call, a powiat's removal of barriers from PFRON's regional programme, an association's PFRON-funded
workshops let by a powiat's call, a gmina's asbestos removal from the WFOŚiGW in Warsaw, a gmina's "Umiem pływać"
grant, a cultural centre's folk costumes from "EtnoPolska", a town hall's windows, stage II, from the minister's
"Ochrona zabytków", a powiat's foster-care grant from the Fundusz Pracy, a gmina's fire-station repair from
"Małopolskie Remizy" and an association's "Działaj Lokalnie" grant).

The first variant restates the passage (its headline as the title, or the project's own name where the headline says
nothing of the project or names more than one: Polkowice's "Wspieramy zawodowstwo", Ornontowice's and Białystok's
headlines over three and two projects, Sejny's author page; Gołcza's headline is the ceremony of two grants, so the
task in the passage's words; where the text has no headline, the item's line for Rachanie, the project's name for
the Działaj Lokalnie list and the page's title as its address gives it for Radziejów); its hand labels as the
fields, `published` only when the passage states it; a record has fields for the total cost, the grant and the EU
share only, so the sums the labels call `other` or `own_share` are left out: Polkowice's requested 1 581 520,54 zł
and 5,5 mln, Rachanie's requested 57.000,00 zł, the Działaj Lokalnie list's totals. Where the passage names several
projects, the seed is one of them (Ornontowice's hall, Białystok's barriers, Gołcza's remiza in Szreniawa) and the
others are its near-misses. The other variants are how the body itself, its OPS, PCPR, GOK, school or association,
the BIP, the powiat, the voivodeship, the wojewoda, a ministry, a fund, the National Centre for Culture, a local
news site or a later report would word the same project (written for this set: other titles with few shared words,
names in other grammatical cases, often without amounts or period, a report's spent sum, a tender's estimate, a
rounded sum beside the exact one, an abbreviated body or programme, a publication months later; Sejny's voivodeship
page of the project whose own share the minister's grant covers). The near-misses are the next or previous edition
of a yearly programme, the neighbouring gmina, powiat, GOK or NGO in the same call or list (at times with the very
same sum: Opieka 75+'s 20 140 zł, PIS's 5 400 000 zł, the swimming grant's 30 000 zł, EtnoPolska's 32 000 zł,
"Ochrona zabytków"'s 50 000 zł, the foster-care 10 615 zł, the remizy's 48 000 zł, Działaj Lokalnie's 6 000 zł, the
PFRON call's 130 000 zł), another stage (Sejny's stages I and III, Ornontowice's hall stage II, Szreniawa's stage
II, Białystok's barriers stage II), the passage's other projects (Ornontowice's PSZOK and roads, Białystok's
professional activation, Gołcza's remiza in Maków, Rachanie's DK+ and Kultura – Interwencje, Wieprz's earlier
swimming lessons from the voivodeship), the same body's other project of the same months (at times from the same
fund), a place or body of the same or a like name elsewhere (Stryszawa, Radziechowy-Wieprz, Sobienie-Jeziory,
Żyrardów, Orneta, Szreniawa near Poznań, Zaborów near Warsaw, another "Jak w rodzinie", another "Zgrana Paka", other
"Urwisy", another "Razem możemy więcej"), a town or rural gmina named like a powiat or its seat (Żywiec, Białystok,
Polkowice, Dębica, Sejny, Radziejów) and a near-identical headline of another project. Every two variants of a seed
are a same pair; each near-miss is paired with one to three variants (the restated passage and the variants it is
likeliest to be confused with), so that about 40 % of the pairs are the same. Labels were written by reading each
record, never from the grouping's output.

    python tests/projects/build_round20.py   # rewrites pairs_round20.jsonl; deterministic
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

RPO_WD = "RPO WD 2014-2020"
RPO_WP = "RPO WP 2014-2020"
OPIEKA75 = "Opieka 75+"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
PIS = "Program Inwestycji Strategicznych"
PWRR = "Program wyrównywania różnic między regionami"
UMIEM = "Umiem pływać"
ETNO = "EtnoPolska"
OZ = "Ochrona zabytków"
PIECZA = "Rządowy program wsparcia powiatu w organizacji i tworzeniu rodzinnych form pieczy zastępczej"
REMIZY = "Małopolskie Remizy"
DL = "Działaj Lokalnie"
P_POLKOWICE = "Powiat Polkowicki"
MOPS_DEBICA = "Miejski Ośrodek Pomocy Społecznej w Dębicy"
GM_DEBICA = "Gmina Miasto Dębica"
GM_STRYSZOW = "Gmina Stryszów"
PCPR_ZYWIEC = "Powiatowe Centrum Pomocy Rodzinie w Żywcu"
P_ZYWIEC = "Powiat Żywiecki"
GM_ORNONTOWICE = "Gmina Ornontowice"
P_BIALYSTOK = "Powiat Białostocki"
JAK_W_RODZINIE = "Tucholskie Stowarzyszenie „Jak w rodzinie”"
GM_SABNIE = "Gmina Sabnie"
GM_WIEPRZ = "Gmina Wieprz"
GOK_RACHANIE = "Gminny Ośrodek Kultury w Rachaniach"
M_SEJNY = "Miasto Sejny"
P_RADZIEJOW = "Powiat Radziejowski"
GM_GOLCZA = "Gmina Gołcza"
ZABOROWA = "Stowarzyszenie „Zaborowa Kraina”"

PRAKTYCZNIE = "Praktycznie to umiem – przygotowanie zawodowe uczniów do potrzeb rynku pracy"
DIP_LIST = (
    "Lista projektów wybranych do dofinansowania w konkursie dla działania 10.4 Dostosowanie systemów kształcenia "
    "i szkolenia zawodowego do potrzeb rynku pracy"
)
WUP_LIST = "Lista projektów wybranych do dofinansowania – działanie 8.4 RPO WP 2014-2020, nabór 2020"
OPIEKA_LIST = "Opieka 75+ – edycja 2023: podział środków dla gmin województwa małopolskiego"
AOON_LIST = (
    "Program „Asystent osobisty osoby niepełnosprawnej” – edycja 2023: podział środków dla gmin i powiatów "
    "województwa śląskiego"
)
PIS_LIST = "Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych – edycja II, wyniki naboru – śląskie"
HALL = "Budowa budynku wielofunkcyjnego – etap I (sala widowiskowa)"
BARRIERS = "Likwidacja barier architektonicznych w budynku Starostwa Powiatowego w Białymstoku"
PFRON_LIST = "Umowy w „Programie wyrównywania różnic między regionami III” podpisane z powiatami Podlasia"
TUCHOLA_CALL = (
    "Rozstrzygnięcie otwartego konkursu ofert nr 1/PFRON/2023 na realizację zadań Powiatu Tucholskiego "
    "z zakresu rehabilitacji społecznej osób niepełnosprawnych"
)
ASBEST_LIST = (
    "Uchwała Zarządu WFOŚiGW w Warszawie w sprawie dotacji dla gmin na usuwanie wyrobów zawierających azbest "
    "w 2011 roku"
)
UMIEM_LIST = "Program powszechnej nauki pływania „Umiem Pływać” 2014 – lista podmiotów z dofinansowaniem"
ETNO_LIST = "EtnoPolska. Edycja 2022 – wyniki naboru wniosków"
OZ_LIST = "Ochrona zabytków 2020 – wyniki naboru wniosków, lista zadań z dofinansowaniem"
PIECZA_PAGE = (
    "Informacja o realizacji zadania Program wsparcia powiatu w organizacji i tworzeniu rodzinnych form pieczy "
    "zastępczej w 2025 roku"
)
PIECZA_LIST = (
    "Podział środków Funduszu Pracy na wsparcie powiatów w tworzeniu rodzinnych form pieczy zastępczej w 2025 r. "
    "– województwo kujawsko-pomorskie"
)
REMIZY_LIST = "Małopolskie Remizy 2019 – lista zadań z pomocą finansową Województwa (powiat miechowski)"
DL_LIST = "Działaj Lokalnie 2017 – wyniki konkursu grantowego: 13 dotacji na łączną kwotę 55 000 zł"

ROUND20: list[Seed] = [
    (
        "Polkowice: the powiat's vocational project 'Praktycznie to umiem' for two schools, RPO WD 2014-2020 "
        "measure 10.4 (b10-echocianow-powiat-polkowicki-praktycznie-to-umiem)",
        [
            (
                r(
                    PRAKTYCZNIE,
                    "echocianow",
                    impl=P_POLKOWICE,
                    total="1664758.47",
                    prog=RPO_WD,
                ),
                "the passage restated (the news 'Wspieramy zawodowstwo' names nothing of the project, so the "
                "project's name; the applied-for 1 581 520,54 zł and 5,5 mln left out)",
            ),
            (
                r(
                    DIP_LIST,
                    "dip-wroclaw",
                    "2016-09-12",
                    ben=P_POLKOWICE,
                    total="1664758.47",
                    grant="1581520.54",
                    prog="Regionalny Program Operacyjny Województwa Dolnośląskiego 2014-2020",
                ),
                "the intermediate body's list of the call, the grant now awarded, the programme in full",
            ),
            (
                r(
                    "Staże u pracodawców i nowa pracownia reklamy – uczniowie ZS w Chocianowie w projekcie powiatu",
                    "zs-chocianow",
                    "2016-10-05",
                    impl="Zespół Szkół w Chocianowie",
                    prog="RPO WD",
                    start="2016-09-01",
                    end="2018-06-30",
                ),
                "one of the two schools, its own title, the programme abbreviated, the period",
            ),
            (
                r(
                    "Przetarg nieograniczony: doposażenie pracowni organizacji reklamy, informatycznej i obsługi "
                    "turystycznej – projekt „Praktycznie to umiem”",
                    "bip-polkowice-powiat",
                    "2016-11-17",
                    ben=P_POLKOWICE,
                    total="214600.00",
                ),
                "the powiat's BIP tender for the project's equipment, its estimate",
            ),
            (
                r(
                    "1,58 mln zł z Unii na praktyki zawodowe uczniów z Polkowic i Chocianowa",
                    "polkowice-news",
                    "2016-09-20",
                    ben="Powiatu Polkowickiego",
                    grant="1580000",
                ),
                "local news, the powiat in the genitive, the rounded grant, no programme",
            ),
        ],
        [
            (
                r(
                    "Praktycznie to umiem 2 – kształcenie zawodowe w Zespole Szkół w Chocianowie",
                    "powiat-polkowicki",
                    "2019-03-26",
                    ben=P_POLKOWICE,
                    total="1928400.00",
                    grant="1831980.00",
                    prog=RPO_WD,
                ),
                "the next edition of the same powiat's vocational project",
                (0, 2, 4),
            ),
            (
                r(
                    DIP_LIST,
                    "dip-wroclaw",
                    "2016-09-12",
                    ben="Powiat Lubiński",
                    total="1652300.00",
                    grant="1569685.00",
                    prog="Regionalny Program Operacyjny Województwa Dolnośląskiego 2014-2020",
                ),
                "the neighbouring powiat on the same list, the identical headline and a near sum",
                (1, 0),
            ),
            (
                r(
                    "Nowoczesne pracownie zawodowe w Zespole Szkół Politechnicznych w Polkowicach",
                    "powiat-polkowicki",
                    "2016-07-04",
                    ben=P_POLKOWICE,
                    total="3912000.00",
                    prog=RPO_WD,
                ),
                "the same powiat's other application of the same year to the same programme (school buildings)",
                (0, 1, 3),
            ),
            (
                r(
                    "Kompetencje kluczowe uczniów szkół podstawowych Gminy Polkowice",
                    "um-polkowice",
                    "2016-10-11",
                    ben="Gmina Polkowice",
                    total="1210500.00",
                    prog=RPO_WD,
                ),
                "the town-and-gmina named like the powiat, its own schools' project from the same programme",
                (0, 4),
            ),
            (
                r(
                    "Rozbudowa Szkoły Podstawowej w Chocianowie o salę gimnastyczną",
                    "echocianow",
                    "2016-08-30",
                    ben="Gmina Chocianów",
                    total="2450000.00",
                ),
                "the gmina of one of the schools, its own school build on the same site",
                (2,),
            ),
            (
                r(
                    "Praktycznie przygotowani – staże zawodowe dla uczniów Zespołu Szkół w Głogowie",
                    "powiat-glogowski",
                    "2016-09-27",
                    ben="Powiat Głogowski",
                    total="1598000.00",
                    prog=RPO_WD,
                ),
                "a near-identical title of the neighbouring powiat's project in the same measure",
                (0, 2),
            ),
            (
                r(
                    "Staże zagraniczne dla uczniów Zespołu Szkół w Chocianowie – Erasmus+ 2016",
                    "zs-chocianow",
                    "2016-06-20",
                    ben="Powiat Polkowicki",
                    grant="168420.00",
                    prog="Erasmus+",
                ),
                "the same powiat's other vocational project at the same school, another programme",
                (2, 4),
            ),
        ],
    ),
    (
        "Dębica: the MOPS's day-care project 'Lepsza przyszłość Zgranej Paki' for 45 families, RPO WP 2014-2020 "
        "(eu-debica-tv-zgrana-paka-mops-2022)",
        [
            (
                r(
                    "„Lepsza przyszłość Zgranej Paki” w Placówkach Wsparcia Dziennego. 45 rodzin otrzyma wsparcie",
                    "debica-tv",
                    impl="Miejski Ośrodek Pomocy Społecznej",
                    total="770000",
                    eu="716000",
                    end="2022-06-30",
                    prog="RPO WP 2014-2020 (podkarpackie)",
                ),
                "the passage restated (the news; the MOPS with no town, 'przekracza 770 tys.', 'ponad 716 tys.')",
            ),
            (
                r(
                    "Projekt „Lepsza przyszłość Zgranej Paki” współfinansowany ze środków Unii Europejskiej",
                    "mops-debica",
                    "2020-11-02",
                    impl=MOPS_DEBICA,
                    total="771836.25",
                    eu="716380.12",
                    start="2020-10-01",
                    end="2022-06-30",
                    prog="Regionalny Program Operacyjny Województwa Podkarpackiego na lata 2014-2020",
                ),
                "the MOPS's project page, the exact sums, the whole period, the programme in full",
            ),
            (
                r(
                    WUP_LIST,
                    "wup-rzeszow",
                    "2020-09-28",
                    ben=GM_DEBICA,
                    total="771836.25",
                    eu="716380.12",
                    prog=RPO_WP,
                ),
                "the intermediate body's list, the town as the beneficiary",
            ),
            (
                r(
                    "Rodzinne pikniki i 15 nowych miejsc w świetlicach – unijny projekt dębickiego MOPS",
                    "um-debica",
                    "2021-05-17",
                    ben=GM_DEBICA,
                ),
                "the town's news, no sum",
            ),
            (
                r(
                    "Sprawozdanie z działalności MOPS w Dębicy za 2022 rok – projekty współfinansowane z EFS",
                    "bip-mops-debica",
                    "2023-03-29",
                    impl="MOPS w Dębicy",
                    total="758412.30",
                    end="2022-06-30",
                ),
                "the MOPS's report months later, the spent sum, the body abbreviated",
            ),
        ],
        [
            (
                r(
                    "Zgrana Paka – utworzenie placówek wsparcia dziennego w Dębicy",
                    "mops-debica",
                    "2017-02-14",
                    impl=MOPS_DEBICA,
                    total="1240000.00",
                    eu="1054000.00",
                    start="2017-01-01",
                    end="2019-12-31",
                    prog="Regionalny Program Operacyjny Województwa Podkarpackiego na lata 2014-2020",
                ),
                "the earlier project that set the same day-care centres up",
                (0, 1, 4),
            ),
            (
                r(
                    "Świetlice środowiskowe „Razem raźniej” w gminie Dębica z unijnym wsparciem",
                    "gmina-debica",
                    "2020-12-08",
                    ben="Gmina Dębica",
                    total="770000",
                    eu="654500",
                    prog=RPO_WP,
                ),
                "the rural gmina named like the town, its own day-care project, the same rounded cost",
                (0, 2, 3),
            ),
            (
                r(
                    WUP_LIST,
                    "wup-rzeszow",
                    "2020-09-28",
                    ben="Gmina Miejska Mielec",
                    total="768420.00",
                    eu="712950.00",
                    prog=RPO_WP,
                ),
                "a neighbouring town on the same list, the identical headline and a near sum",
                (2, 0),
            ),
            (
                r(
                    "Aktywni dębiczanie – aktywizacja społeczno-zawodowa klientów MOPS w Dębicy",
                    "mops-debica",
                    "2020-11-20",
                    impl=MOPS_DEBICA,
                    total="1150000.00",
                    eu="977500.00",
                    prog="Regionalny Program Operacyjny Województwa Podkarpackiego na lata 2014-2020",
                ),
                "the same MOPS's other EU project of the same months",
                (1, 4, 2),
            ),
            (
                r(
                    "Rodzina w centrum – wsparcie rodzin zastępczych w powiecie dębickim",
                    "pcpr-debica",
                    "2021-02-03",
                    ben="Powiat Dębicki",
                    total="890000.00",
                    prog=RPO_WP,
                ),
                "the powiat named like the town, its PCPR's family project from the same programme",
                (0, 3),
            ),
            (
                r(
                    "Świetlica „Zgrana Paka” w Kielcach z dotacją miasta na 2021 rok",
                    "kielce-news",
                    "2021-01-19",
                    ben="Stowarzyszenie „Zgrana Paka”",
                    grant="45000",
                ),
                "a like-named day-care centre elsewhere, run by an association",
                (0, 3),
            ),
        ],
    ),
    (
        "Stryszów: the gmina's Opieka 75+ year 2023, agreement 218/OPS/2023 with the voivode "
        "(b6-gops-stryszow-opieka-75-2023)",
        [
            (
                r(
                    "Program Opieka 75+ - 2023 r.",
                    "gopsstryszow",
                    "2023-06-20",
                    ben=GM_STRYSZOW,
                    total="41285",
                    grant="20140",
                    prog=OPIEKA75,
                    contract="218/OPS/2023",
                ),
                "the passage restated (the GOPS page with no headline, so its category; the agreement's number)",
            ),
            (
                r(
                    OPIEKA_LIST,
                    "muw-krakow",
                    "2023-03-10",
                    ben=GM_STRYSZOW,
                    grant="20140.00",
                    prog="Program „Opieka 75+” – edycja 2023",
                ),
                "the voivode's list of the edition, the programme in full",
            ),
            (
                r(
                    "Sprawozdanie z realizacji Programu „Opieka 75+” w Gminie Stryszów za 2023 rok",
                    "bip-stryszow",
                    "2024-01-25",
                    impl="Gminny Ośrodek Pomocy Społecznej w Stryszowie",
                    total="39870.00",
                    grant="19935.00",
                ),
                "the BIP's report months later, the spent sums, the GOPS as the body",
            ),
            (
                r(
                    "Ponad 20 tys. zł od wojewody na opiekę nad seniorami w gminie Stryszów",
                    "wadowice-news",
                    "2023-07-03",
                    ben="Gminy Stryszów",
                    grant="20000",
                ),
                "local news, the gmina in the genitive, the rounded grant, no programme",
            ),
            (
                r(
                    "Usługi opiekuńcze w domu dla osób w wieku 75 lat i więcej – GOPS Stryszów informuje",
                    "gopsstryszow",
                    "2023-02-06",
                    impl="GOPS w Stryszowie",
                    prog=OPIEKA75,
                    start="2023-01-01",
                    end="2023-12-31",
                ),
                "the GOPS's notice to residents, the body abbreviated, no sum, the year as the period",
            ),
        ],
        [
            (
                r(
                    "Program Opieka 75+ - 2024 r.",
                    "gopsstryszow",
                    "2024-05-14",
                    ben=GM_STRYSZOW,
                    total="48600",
                    grant="24300",
                    prog=OPIEKA75,
                    contract="143/OPS/2024",
                ),
                "the next year's edition, the near-identical headline",
                (0, 1, 4),
            ),
            (
                r(
                    "Program Opieka 75+ - 2022 r.",
                    "gopsstryszow",
                    "2022-06-02",
                    ben=GM_STRYSZOW,
                    total="36920",
                    grant="18460",
                    prog=OPIEKA75,
                ),
                "the previous year's edition",
                (0, 2),
            ),
            (
                r(
                    OPIEKA_LIST,
                    "muw-krakow",
                    "2023-03-10",
                    ben="Gmina Mucharz",
                    grant="20140.00",
                    prog="Program „Opieka 75+” – edycja 2023",
                ),
                "the neighbouring gmina on the same list with the very same grant",
                (1, 3, 0),
            ),
            (
                r(
                    "Opieka 75+ w Gminie Stryszawa – dotacja na 2023 rok",
                    "gops-stryszawa",
                    "2023-04-18",
                    ben="Gmina Stryszawa",
                    total="41000",
                    grant="20500",
                    prog=OPIEKA75,
                ),
                "a like-named gmina of another powiat, its own year of the same programme",
                (0, 3, 1),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2023 – moduł II w Gminie Stryszów",
                    "gopsstryszow",
                    "2023-06-20",
                    ben=GM_STRYSZOW,
                    grant="18000",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same GOPS's other senior programme, posted the same day",
                (0, 4),
            ),
            (
                r(
                    "Umowa nr 301/OPS/2023 – Posiłek w szkole i w domu, Gmina Stryszów",
                    "gopsstryszow",
                    "2023-07-11",
                    ben=GM_STRYSZOW,
                    total="52000",
                    grant="41600",
                    prog="Posiłek w szkole i w domu",
                    contract="301/OPS/2023",
                ),
                "the same gmina's other agreement with the voivode of the same year",
                (0, 2),
            ),
        ],
    ),
    (
        "Żywiec: the PCPR's personal assistant year of 2023, 'Asystent osobisty osoby niepełnosprawnej' "
        "(b14-pcpr-zywiec-asystent-2023-lista-rekomendowanych)",
        [
            (
                r(
                    "LISTA REKOMENDOWANYCH WNIOSKÓW WOJEWÓDZTW W PROGRAMIE „ASYSTENT OSOBISTY OSOBY NIEPEŁNOSPRAWNEJ” "
                    "– EDYCJA 2023 OPUBLIKOWANA",
                    "pcpr-zywiec",
                    prog=AOON,
                ),
                "the passage restated (the PCPR's page: no sum, no body labelled, no date of its own)",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2023: umowa z wojewodą podpisana",
                    "pcpr-zywiec",
                    "2023-02-20",
                    impl=PCPR_ZYWIEC,
                    grant="286944.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog="Asystent osobisty osoby niepełnosprawnej – edycja 2023",
                ),
                "the PCPR's news of the agreement, the sum and the year",
            ),
            (
                r(
                    AOON_LIST,
                    "katowice-uw",
                    "2023-01-27",
                    ben=P_ZYWIEC,
                    grant="286944.00",
                    prog="Asystent osobisty osoby niepełnosprawnej",
                ),
                "the voivode's list, the powiat as the beneficiary",
            ),
            (
                r(
                    "Asystenci osobiści dla 24 mieszkańców powiatu żywieckiego – 287 tys. zł z Funduszu "
                    "Solidarnościowego",
                    "zywiec-powiat",
                    "2023-03-14",
                    ben=P_ZYWIEC,
                    grant="287000",
                    prog="AOON",
                ),
                "the powiat's news, the rounded grant, the programme abbreviated",
            ),
            (
                r(
                    "Nabór osób z niepełnosprawnościami do usług asystencji osobistej w 2023 roku",
                    "pcpr-zywiec",
                    "2023-02-27",
                    impl="PCPR w Żywcu",
                    prog=AOON,
                ),
                "the PCPR's call for participants, the body abbreviated, no sum",
            ),
        ],
        [
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością dla Jednostek Samorządu Terytorialnego – "
                    "edycja 2024",
                    "pcpr-zywiec",
                    "2024-01-30",
                    impl=PCPR_ZYWIEC,
                    grant="512000.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=AOON,
                ),
                "the next edition of the same PCPR's programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2023 w Mieście Żywiec",
                    "mops-zywiec",
                    "2023-02-15",
                    ben="Gmina Miejska Żywiec",
                    grant="98400.00",
                    prog="Asystent osobisty osoby niepełnosprawnej – edycja 2023",
                ),
                "the town named like the powiat's seat, its own MOPS's year of the same edition",
                (0, 1, 3),
            ),
            (
                r(
                    AOON_LIST,
                    "katowice-uw",
                    "2023-01-27",
                    ben="Powiat Bielski",
                    grant="286944.00",
                    prog="Asystent osobisty osoby niepełnosprawnej",
                ),
                "the neighbouring powiat on the same list with the very same sum",
                (2, 3),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023: PCPR w Żywcu podpisał umowę",
                    "pcpr-zywiec",
                    "2023-03-01",
                    impl=PCPR_ZYWIEC,
                    grant="154080.00",
                    prog="Opieka wytchnieniowa",
                ),
                "the same PCPR's other Solidarity Fund programme of the same months",
                (0, 1, 4),
            ),
            (
                r(
                    "Aktywny samorząd 2023 – przyjmowanie wniosków w PCPR w Żywcu",
                    "pcpr-zywiec",
                    "2023-03-06",
                    impl=PCPR_ZYWIEC,
                    prog="Aktywny samorząd",
                ),
                "the same PCPR's PFRON programme of the same year",
                (3, 4),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2023 w PCPR w Żyrardowie",
                    "pcpr-zyrardow",
                    "2023-02-22",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Żyrardowie",
                    grant="301200.00",
                    prog="Asystent osobisty osoby niepełnosprawnej – edycja 2023",
                ),
                "a like-named powiat's PCPR in another voivodeship, the same edition",
                (0, 1),
            ),
        ],
    ),
    (
        "Ornontowice: the multi-purpose building's stage I (a theatre hall) from the second Polski Ład PIS call "
        "(eu-ornontowice-polski-lad-pis)",
        [
            (
                r(
                    HALL,
                    "ornontowice",
                    ben=GM_ORNONTOWICE,
                    grant="5400000.00",
                    prog=PIS,
                ),
                "the passage restated (its headline names three tasks, so the hall's own line and grant)",
            ),
            (
                r(
                    PIS_LIST,
                    "gov-pl",
                    "2022-05-30",
                    ben=GM_ORNONTOWICE,
                    grant="5400000.00",
                    prog="Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych",
                ),
                "the government's list of the call, the programme in full",
            ),
            (
                r(
                    "Przetarg nieograniczony: budowa budynku wielofunkcyjnego w Ornontowicach – etap I, sala "
                    "widowiskowa",
                    "bip-ornontowice",
                    "2023-03-09",
                    ben=GM_ORNONTOWICE,
                    total="6120000.00",
                ),
                "the BIP's tender, its estimate as the cost",
            ),
            (
                r(
                    "Ornontowice zbudują salę widowiskową. 5,4 mln zł z Polskiego Ładu",
                    "mikolow-news",
                    "2022-06-02",
                    ben="Gminie Ornontowice",
                    grant="5400000",
                    prog="Polski Ład",
                ),
                "local news, the gmina in the dative, the umbrella's name",
            ),
            (
                r(
                    "Sala widowiskowa w Ornontowicach otwarta – pierwszy etap budynku wielofunkcyjnego gotowy",
                    "ornontowice",
                    "2024-11-22",
                    ben=GM_ORNONTOWICE,
                    total="6384210.55",
                    grant="5400000.00",
                    end="2024-10-31",
                ),
                "the gmina's news at the opening, the spent sum and the end of works",
            ),
        ],
        [
            (
                r(
                    "Modernizacja PSZOK-u",
                    "ornontowice",
                    ben=GM_ORNONTOWICE,
                    grant="2660000.00",
                    prog=PIS,
                ),
                "the passage's second task, from the same call",
                (0, 1, 3),
            ),
            (
                r(
                    "Modernizacja dróg gminnych",
                    "ornontowice",
                    ben=GM_ORNONTOWICE,
                    grant="1710000.00",
                    prog=PIS,
                ),
                "the passage's third task, from the same call",
                (0, 1, 3),
            ),
            (
                r(
                    "Budowa budynku wielofunkcyjnego – etap II (biblioteka i sale dydaktyczne)",
                    "ornontowice",
                    "2023-12-18",
                    ben=GM_ORNONTOWICE,
                    grant="3800000.00",
                    prog=PIS,
                ),
                "the building's second stage from a later call",
                (0, 2, 4),
            ),
            (
                r(
                    PIS_LIST,
                    "gov-pl",
                    "2022-05-30",
                    ben="Gmina Orzesze",
                    grant="5400000.00",
                    prog="Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych",
                ),
                "the neighbouring gmina on the same list with the very same sum",
                (1, 3),
            ),
            (
                r(
                    "Orneta z salą widowiskową w domu kultury – 5,4 mln zł z Polskiego Ładu",
                    "orneta-news",
                    "2022-06-03",
                    ben="Gminie Orneta",
                    grant="5400000",
                    prog="Polski Ład",
                ),
                "a like-named town in another voivodeship, its own hall with the same sum",
                (0, 3),
            ),
            (
                r(
                    "Gminny Ośrodek Kultury w Ornontowicach: remont sali widowiskowej w Domu Kultury",
                    "gok-ornontowice",
                    "2021-08-16",
                    ben="Gminny Ośrodek Kultury w Ornontowicach",
                    total="480000.00",
                ),
                "the gmina's cultural centre's repair of its old hall before the new building",
                (2, 4),
            ),
        ],
    ),
    (
        "Białystok: the powiat's removal of barriers at its starostwo from PFRON's regional programme III, 2019 "
        "(b10-powiatbialostocki-pfron-wyrownywanie-roznic-2019)",
        [
            (
                r(
                    BARRIERS,
                    "powiatbialostocki",
                    "2019-06-13",
                    ben=P_BIALYSTOK,
                    grant="21758.00",
                    prog=PWRR,
                ),
                "the passage restated (its headline names two tasks, so the task's name; the other task's PUP left "
                "out)",
            ),
            (
                r(
                    PFRON_LIST,
                    "pfron-podlaski",
                    "2019-06-14",
                    ben=P_BIALYSTOK,
                    grant="21758.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the fund's branch news of the agreements, the edition in the programme",
            ),
            (
                r(
                    "Zapytanie ofertowe: montaż platformy dla osób na wózkach i remont schodów przed budynkiem "
                    "starostwa przy ul. Borsuczej",
                    "bip-st-bialystok",
                    "2019-07-22",
                    ben=P_BIALYSTOK,
                    total="72500.00",
                ),
                "the BIP's request for quotes, its estimate",
            ),
            (
                r(
                    "Platforma dla osób na wózkach przed starostwem już działa",
                    "powiatbialostocki",
                    "2019-10-30",
                    ben=P_BIALYSTOK,
                    total="71940.00",
                    grant="21582.00",
                ),
                "the powiat's news at the end, the spent cost and the grant at 30 % of it",
            ),
            (
                r(
                    "Informacja o wykorzystaniu środków PFRON w 2019 r. – bariery architektoniczne w siedzibie "
                    "starostwa",
                    "bip-st-bialystok",
                    "2020-03-20",
                    ben="Powiatu Białostockiego",
                    grant="21758",
                    prog="PWRR III",
                ),
                "the BIP's yearly account months later, the powiat in the genitive, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Aktywizacja zawodowa osób niepełnosprawnych, poprzez działania podejmowane przez samorząd "
                    "Powiatu Białostockiego w roku 2019",
                    "powiatbialostocki",
                    "2019-06-13",
                    ben=P_BIALYSTOK,
                    impl="Powiatowy Urząd Pracy w Białymstoku",
                    grant="50750.00",
                    prog=PWRR,
                ),
                "the passage's other task, signed the same day from the same programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Likwidacja barier architektonicznych w budynku Urzędu Miejskiego w Białymstoku",
                    "bialystok-um",
                    "2019-07-08",
                    ben="Miasto Białystok",
                    grant="30000.00",
                    prog=PWRR,
                ),
                "the city named like the powiat, its own town hall's barriers from the same programme",
                (0, 2, 3),
            ),
            (
                r(
                    PFRON_LIST,
                    "pfron-podlaski",
                    "2019-06-14",
                    ben="Powiat Sokólski",
                    grant="24120.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the neighbouring powiat in the same news of agreements",
                (1, 0),
            ),
            (
                r(
                    "Likwidacja barier architektonicznych w budynku Starostwa Powiatowego w Białymstoku – winda",
                    "powiatbialostocki",
                    "2018-05-29",
                    ben=P_BIALYSTOK,
                    grant="35000.00",
                    prog=PWRR,
                ),
                "the previous year's barrier task in the same building (the lift)",
                (0, 3),
            ),
            (
                r(
                    "Likwidacja barier w Domu Pomocy Społecznej w Czerewkach",
                    "powiatbialostocki",
                    "2019-06-27",
                    ben=P_BIALYSTOK,
                    grant="40200.00",
                    prog=PWRR,
                ),
                "the same powiat's barrier task at its care home, the same programme",
                (0, 2),
            ),
            (
                r(
                    BARRIERS + " – etap II (toalety)",
                    "powiatbialostocki",
                    "2020-06-17",
                    ben="Powiat Białostocki",
                    grant="18600.00",
                    prog="Program wyrównywania różnic między regionami",
                ),
                "the next year's barrier task in the same building, a near-identical headline",
                (0, 1, 4),
            ),
        ],
    ),
    (
        "Tuchola: an association's PFRON-funded workshops and support groups let by the powiat's call 1/PFRON/2023 "
        "(ops-tokis-powiat-tucholski-jak-w-rodzinie-pfron-2023)",
        [
            (
                r(
                    "Powiat tucholski: umowa na usługi społeczne podpisana",
                    "tokis",
                    "2023-07-13",
                    ben=JAK_W_RODZINIE,
                    impl=JAK_W_RODZINIE,
                    grant="130000.00",
                ),
                "the passage restated (the news; the call's number and 'w 2023 r.' no period)",
            ),
            (
                r(
                    TUCHOLA_CALL,
                    "bip-tuchola-powiat",
                    "2023-06-28",
                    ben=JAK_W_RODZINIE,
                    grant="130000.00",
                ),
                "the powiat's BIP result of the call",
            ),
            (
                r(
                    "Warsztaty i grupy wsparcia dla osób z niepełnosprawnościami – rusza nabór uczestników",
                    "jakwrodzinie",
                    "2023-07-20",
                    impl="Stowarzyszenie „Jak w rodzinie”",
                    start="2023-08-01",
                    end="2023-12-15",
                ),
                "the association's call for participants, its short name, the dates of the classes",
            ),
            (
                r(
                    "130 tys. zł z PFRON na zajęcia dla niepełnosprawnych. Poprowadzi je stowarzyszenie z Tucholi",
                    "tygodnik-tucholski",
                    "2023-07-14",
                    ben="Tucholskiego Stowarzyszenia „Jak w rodzinie”",
                    grant="130000",
                ),
                "the local weekly, the association in the genitive",
            ),
            (
                r(
                    "Sprawozdanie z realizacji zadań z zakresu rehabilitacji społecznej finansowanych ze środków "
                    "PFRON w Powiecie Tucholskim w 2023 roku",
                    "bip-tuchola-powiat",
                    "2024-03-22",
                    ben="Tucholskie Stowarzyszenie Jak w rodzinie",
                    grant="128940.00",
                ),
                "the powiat's report months later, the spent grant, the quotes dropped",
            ),
        ],
        [
            (
                r(
                    "Powiat tucholski: stowarzyszenie znów poprowadzi zajęcia dla osób niepełnosprawnych (2022)",
                    "tokis",
                    "2022-06-30",
                    ben=JAK_W_RODZINIE,
                    impl=JAK_W_RODZINIE,
                    grant="120000.00",
                ),
                "the previous year's edition of the same task, the first call",
                (0, 1, 3),
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert nr 1/PFRON/2024 na realizację zadań Powiatu "
                    "Tucholskiego z zakresu rehabilitacji społecznej osób niepełnosprawnych",
                    "bip-tuchola-powiat",
                    "2024-06-26",
                    ben=JAK_W_RODZINIE,
                    grant="140000.00",
                ),
                "the next year's call with the same association, a near-identical headline",
                (1, 4, 0),
            ),
            (
                r(
                    TUCHOLA_CALL,
                    "bip-tuchola-powiat",
                    "2023-06-28",
                    ben="Fundacja „Bory Razem”",
                    grant="30000.00",
                ),
                "another NGO's task in the same call, the identical headline",
                (1, 0),
            ),
            (
                r(
                    "Warsztat Terapii Zajęciowej prowadzony przez Stowarzyszenie „Jak w rodzinie” – dofinansowanie "
                    "na 2023 rok",
                    "jakwrodzinie",
                    "2023-02-10",
                    ben=JAK_W_RODZINIE,
                    grant="1104000.00",
                ),
                "the same association's workshop for occupational therapy, a yearly PFRON grant",
                (0, 2, 3),
            ),
            (
                r(
                    "Fundacja „Jak w rodzinie” w Chełmie z dotacją PFRON na zajęcia dla niepełnosprawnych",
                    "chelm-news",
                    "2023-07-05",
                    ben="Fundacja „Jak w rodzinie”",
                    grant="130000.00",
                ),
                "a like-named foundation in another voivodeship with the very same sum",
                (0, 3),
            ),
            (
                r(
                    "Podział środków PFRON na zadania z zakresu rehabilitacji społecznej i zawodowej w Powiecie "
                    "Tucholskim w 2023 roku",
                    "bip-tuchola-powiat",
                    "2023-03-15",
                    ben="Powiat Tucholski",
                    grant="2418600.00",
                ),
                "the powiat's whole PFRON allocation of the year, of which the call's tasks are one item",
                (1, 4),
            ),
        ],
    ),
    (
        "Sabnie: the gmina's asbestos removal from 22 properties with the WFOŚiGW in Warsaw's grant, 2011 "
        "(b20a-sabnie-azbest-wfosigw-warszawa-2011)",
        [
            (
                r(
                    "Dotacja z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Warszawie na wymianę "
                    "pokryć azbestowo-cementowych – w kwocie 19.748,90 zł",
                    "sabnie",
                    ben=GM_SABNIE,
                    grant="19748.90",
                ),
                "the passage restated (the gmina's page, no date; 'w 2011 roku' no period)",
            ),
            (
                r(
                    ASBEST_LIST,
                    "wfosigw-warszawa",
                    "2011-06-16",
                    ben=GM_SABNIE,
                    grant="19748.90",
                ),
                "the fund's board resolution",
            ),
            (
                r(
                    "Zapytanie ofertowe: demontaż, transport i unieszkodliwienie wyrobów zawierających azbest z terenu "
                    "Gminy Sabnie",
                    "bip-sabnie",
                    "2011-07-12",
                    ben=GM_SABNIE,
                    total="23352.00",
                ),
                "the BIP's request for quotes, its estimate",
            ),
            (
                r(
                    "Eternit zniknął z 22 posesji w gminie Sabnie",
                    "sokolow-news",
                    "2011-10-04",
                    grant="19700",
                ),
                "local news, no body named, the rounded grant",
            ),
            (
                r(
                    "Sprawozdanie z realizacji Programu usuwania wyrobów zawierających azbest z terenu Gminy Sabnie "
                    "za 2011 rok",
                    "bip-sabnie",
                    "2012-02-08",
                    ben=GM_SABNIE,
                    total="23352.00",
                    grant="19748.90",
                    prog="Program usuwania wyrobów zawierających azbest",
                ),
                "the gmina's report months later, the whole cost beside the grant",
            ),
        ],
        [
            (
                r(
                    "Dotacja z WFOŚiGW w Warszawie na usuwanie azbestu w 2012 roku – w kwocie 24.310,40 zł",
                    "sabnie",
                    "2012-07-03",
                    ben=GM_SABNIE,
                    grant="24310.40",
                ),
                "the next year's grant for the same work, a near-identical headline",
                (0, 1, 4),
            ),
            (
                r(
                    ASBEST_LIST,
                    "wfosigw-warszawa",
                    "2011-06-16",
                    ben="Gmina Sterdyń",
                    grant="18962.50",
                ),
                "the neighbouring gmina in the same resolution",
                (1, 0, 4),
            ),
            (
                r(
                    "Sobienie-Jeziory: dotacja WFOŚiGW na usuwanie azbestu w 2011 roku",
                    "sobienie-jeziory",
                    "2011-09-20",
                    ben="Gmina Sobienie-Jeziory",
                    grant="21300.00",
                ),
                "a like-named gmina of the same voivodeship, its own removal from the same fund",
                (0, 3, 1),
            ),
            (
                r(
                    "Dotacja z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Warszawie na zakup "
                    "samochodu dla OSP w Sabniach",
                    "sabnie",
                    "2011-08-25",
                    ben=GM_SABNIE,
                    grant="60000.00",
                ),
                "the same gmina's other grant from the same fund in the same year",
                (0, 2),
            ),
            (
                r(
                    "Wymiana pokrycia dachowego z eternitu na budynku szkoły w Sabniach",
                    "bip-sabnie",
                    "2011-05-30",
                    ben=GM_SABNIE,
                    total="145000.00",
                ),
                "the gmina's own school roof of the same months, its own tender",
                (0, 2, 3),
            ),
            (
                r(
                    "Usuwanie wyrobów zawierających azbest z terenu Gminy Sabnie w 2016 roku – dotacja NFOŚiGW i "
                    "WFOŚiGW",
                    "sabnie",
                    "2016-09-14",
                    ben=GM_SABNIE,
                    grant="31200.00",
                ),
                "a later year's removal, the report's likeliest double",
                (4,),
            ),
        ],
    ),
    (
        "Wieprz: the gmina's swimming lessons for 90 pupils from the sports ministry's 'Umiem pływać', 2014 "
        "(b12-wieprz-umiem-plywac-2014)",
        [
            (
                r(
                    "Umiem pływać – jak Ministerstwo Sportu podzieliło pieniądze na naukę pływania",
                    "wieprz",
                    ben=GM_WIEPRZ,
                    grant="30000",
                    prog=UMIEM,
                ),
                "the passage restated (the gmina's news; the own share has no sum, 'w 2014 roku' no period)",
            ),
            (
                r(
                    UMIEM_LIST,
                    "msit",
                    "2014-03-21",
                    ben=GM_WIEPRZ,
                    grant="30000.00",
                    prog="Program powszechnej nauki pływania „Umiem Pływać”",
                ),
                "the ministry's list, the programme in full",
            ),
            (
                r(
                    "Zapytanie ofertowe na dowóz uczniów na krytą pływalnię w ramach programu „Umiem Pływać” 2014",
                    "bip-wieprz",
                    "2014-04-08",
                    ben=GM_WIEPRZ,
                    total="14500.00",
                ),
                "the BIP's request for quotes for the buses, its estimate",
            ),
            (
                r(
                    "Gmina Wieprz wśród 25 gmin z ministerialną dotacją na naukę pływania",
                    "wadowice-news",
                    "2014-03-25",
                    ben=GM_WIEPRZ,
                    grant="30000",
                ),
                "local news, no programme",
            ),
            (
                r(
                    "Podsumowanie programu „Umiem Pływać” – 90 uczniów z Gminy Wieprz nauczyło się pływać",
                    "wieprz",
                    "2014-12-09",
                    ben=GM_WIEPRZ,
                    total="41280.00",
                    grant="30000.00",
                    start="2014-04-01",
                    end="2014-11-28",
                ),
                "the gmina's summary at the end, the whole cost with its own share and the period",
            ),
        ],
        [
            (
                r(
                    "Nauka pływania na basenie w Wadowicach dla uczniów klas I–VI z Gminy Wieprz",
                    "wieprz",
                    "2014-02-27",
                    ben=GM_WIEPRZ,
                    grant="18000.00",
                    prog="Program Województwa Małopolskiego nauki pływania",
                ),
                "the passage's other, earlier swimming project, from the voivodeship",
                (0, 3, 4),
            ),
            (
                r(
                    "Umiem pływać 2015 – Gmina Wieprz znów z dotacją ministerstwa",
                    "wieprz",
                    "2015-03-30",
                    ben=GM_WIEPRZ,
                    grant="30000.00",
                    prog=UMIEM,
                ),
                "the next year's edition with the very same sum",
                (0, 1, 4),
            ),
            (
                r(
                    UMIEM_LIST,
                    "msit",
                    "2014-03-21",
                    ben="Gmina Tomice",
                    grant="30000.00",
                    prog="Program powszechnej nauki pływania „Umiem Pływać”",
                ),
                "the neighbouring gmina on the same list with the very same sum",
                (1, 3),
            ),
            (
                r(
                    "Umiem pływać 2014 w Gminie Radziechowy-Wieprz",
                    "radziechowy-wieprz",
                    "2014-04-02",
                    ben="Gmina Radziechowy-Wieprz",
                    grant="24000.00",
                    prog=UMIEM,
                ),
                "a gmina of a like name in the Żywiec powiat, the same edition",
                (0, 3, 1),
            ),
            (
                r(
                    "Budowa boiska wielofunkcyjnego przy Szkole Podstawowej we Frydrychowicach",
                    "bip-wieprz",
                    "2014-05-13",
                    ben=GM_WIEPRZ,
                    total="420000.00",
                    grant="200000.00",
                ),
                "the same gmina's other sports project of the same months",
                (0, 2, 3),
            ),
            (
                r(
                    "Przetarg: dowóz uczniów do szkół na terenie Gminy Wieprz w roku szkolnym 2014/2015",
                    "bip-wieprz",
                    "2014-07-15",
                    ben="Gmina Wieprz",
                    total="382000.00",
                ),
                "the same gmina's yearly school transport tender, the buses of the same pupils",
                (2,),
            ),
        ],
    ),
    (
        "Rachanie: the GOK's folk costumes for the 'Urwisy' group from the NCK's 'EtnoPolska. Edycja 2022' "
        "(news-gokrachanie-nck-etnopolska-2022)",
        [
            (
                r(
                    "EtnoPolska. Edycja 2022",
                    "gokrachanie",
                    ben=GOK_RACHANIE,
                    grant="32000.00",
                    prog=ETNO,
                ),
                "the passage restated (no headline: the item's own line; the requested 57.000,00 zł left out)",
            ),
            (
                r(
                    ETNO_LIST,
                    "nck",
                    "2022-03-15",
                    ben=GOK_RACHANIE,
                    grant="32000.00",
                    prog="EtnoPolska. Edycja 2022",
                ),
                "the National Centre for Culture's results, the edition in the programme",
            ),
            (
                r(
                    "Nowe stroje ludowe dla średniej grupy zespołu „Urwisy”",
                    "rachanie",
                    "2022-09-12",
                    impl="GOK w Rachaniach",
                    grant="32000",
                ),
                "the gmina's news, the body abbreviated, no programme",
            ),
            (
                r(
                    "Urwisy z Rachań zatańczą w strojach z dotacji Narodowego Centrum Kultury",
                    "tomaszow-news",
                    "2022-10-03",
                    ben="Gminnego Ośrodka Kultury w Rachaniach",
                    prog=ETNO,
                ),
                "regional news, the GOK in the genitive, no sum",
            ),
            (
                r(
                    "Sprawozdanie z działalności Gminnego Ośrodka Kultury w Rachaniach za 2022 rok",
                    "bip-rachanie",
                    "2023-03-28",
                    ben=GOK_RACHANIE,
                    total="35600.00",
                    grant="32000.00",
                    prog=ETNO,
                ),
                "the GOK's yearly report, the whole cost with its own share",
            ),
        ],
        [
            (
                r(
                    "DK+ Inicjatywy lokalne. Edycja 2022",
                    "gokrachanie",
                    ben=GOK_RACHANIE,
                    grant="25000.00",
                    prog="Dom Kultury+ Inicjatywy Lokalne",
                ),
                "the passage's other application, to another NCK programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Kultura – Interwencje. Edycja 2022",
                    "gokrachanie",
                    ben=GOK_RACHANIE,
                    prog="Kultura – Interwencje",
                ),
                "the passage's third application, still undecided, no sum granted",
                (0, 4),
            ),
            (
                r(
                    "EtnoPolska. Edycja 2023 – stroje dla najmłodszej grupy „Urwisów”",
                    "gokrachanie",
                    "2023-04-11",
                    ben=GOK_RACHANIE,
                    grant="28000.00",
                    prog=ETNO,
                ),
                "the next edition for the same ensemble's youngest group",
                (0, 2, 3),
            ),
            (
                r(
                    ETNO_LIST,
                    "nck",
                    "2022-03-15",
                    ben="Gminny Ośrodek Kultury w Tyszowcach",
                    grant="32000.00",
                    prog="EtnoPolska. Edycja 2022",
                ),
                "the neighbouring gmina's GOK on the same list with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Zespół „Urwisy” z Krasnobrodu w nowych strojach",
                    "krasnobrod",
                    "2022-08-30",
                    impl="Krasnobrodzki Dom Kultury",
                    grant="20000",
                ),
                "a like-named children's ensemble of another gmina nearby",
                (2, 3),
            ),
            (
                r(
                    "Stroje dla zespołu „Urwisy” z budżetu Gminy Rachanie na 2021 rok",
                    "rachanie",
                    "2021-04-20",
                    impl="Gminny Ośrodek Kultury w Rachaniach",
                    grant="8000.00",
                ),
                "the same ensemble's costumes of the year before, from the gmina's own budget",
                (0, 2, 3),
            ),
        ],
    ),
    (
        "Sejny: the town hall's windows, stage II, from the minister's 'Ochrona zabytków' 2020 "
        "(b18-um-sejny-ratusz-stolarka-ochrona-zabytkow-2020)",
        [
            (
                r(
                    "Sejny, Ratusz (XIX w.): wymiana stolarki okiennej – etap II",
                    "um-sejny",
                    ben=M_SEJNY,
                    grant="50000.00",
                    prog=OZ,
                ),
                "the passage restated (an author page with no headline, so the task's name; no date: '16 września')",
            ),
            (
                r(
                    OZ_LIST,
                    "mkidn",
                    "2020-07-29",
                    ben="Gmina Miasto Sejny",
                    grant="50000.00",
                    prog="Program Ministra Kultury i Dziedzictwa Narodowego „Ochrona zabytków” 2020",
                ),
                "the ministry's results, the gmina's formal name, the programme in full",
            ),
            (
                r(
                    "Ratusz w Sejnach – wymiana stolarki okiennej – II etap.",
                    "wrotapodlasia",
                    "2020-05-19",
                    ben=M_SEJNY,
                    total="186400.00",
                ),
                "the voivodeship's page of the project whose own share the minister's grant helps to cover",
            ),
            (
                r(
                    "Przetarg: wymiana 20 okien na parterze budynku Ratusza w Sejnach",
                    "bip-sejny",
                    "2020-08-24",
                    ben=M_SEJNY,
                    total="171300.00",
                ),
                "the BIP's tender, its estimate",
            ),
            (
                r(
                    "Sejneński ratusz z nowymi oknami na parterze",
                    "sejny-news",
                    "2020-12-07",
                    end="2020-11-30",
                ),
                "local news at the end of works, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Sejny, Ratusz (XIX w.): wymiana stolarki okiennej – etap I",
                    "um-sejny",
                    "2019-09-10",
                    ben=M_SEJNY,
                    grant="60000.00",
                    prog=OZ,
                ),
                "the first stage of the same windows, a year earlier",
                (0, 1, 3),
            ),
            (
                r(
                    "Ratusz w Sejnach – wymiana stolarki okiennej – III etap (piętro)",
                    "um-sejny",
                    "2021-06-15",
                    ben=M_SEJNY,
                    total="204000.00",
                    grant="55000.00",
                    prog=OZ,
                ),
                "the third stage, the first floor's windows",
                (0, 2, 4),
            ),
            (
                r(
                    OZ_LIST,
                    "mkidn",
                    "2020-07-29",
                    ben="Gmina Szczuczyn",
                    grant="50000.00",
                    prog="Program Ministra Kultury i Dziedzictwa Narodowego „Ochrona zabytków” 2020",
                ),
                "another town's hall in the same results with the very same sum",
                (1, 0),
            ),
            (
                r(
                    "Sejny, kamienica przy ul. Piłsudskiego (XIX w.): remont elewacji frontowej",
                    "um-sejny",
                    "2020-09-22",
                    ben=M_SEJNY,
                    grant="40000.00",
                    prog=OZ,
                ),
                "the same town's other monument from the same programme in the same months",
                (0, 1, 3),
            ),
            (
                r(
                    "Wymiana stolarki okiennej w budynku Starostwa Powiatowego w Sejnach",
                    "powiat-sejny",
                    "2020-08-11",
                    ben="Powiat Sejneński",
                    total="120000.00",
                ),
                "the powiat named like the town, its own building's windows in the same months",
                (2, 3, 4),
            ),
            (
                r(
                    "Sejny, kaplica cmentarna (XIX w.): remont dachu – dotacja Województwa Podlaskiego 2020",
                    "wrotapodlasia",
                    "2020-05-19",
                    ben="Miasto Sejny",
                    grant="30000.00",
                ),
                "the same town's other monument in the voivodeship's grants of the same day",
                (2, 0),
            ),
        ],
    ),
    (
        "Radziejów: the powiat's foster-care grant from the Fundusz Pracy, 2025 "
        "(b22b-pcprradziejow-piecza-zastepcza-2025)",
        [
            (
                r(
                    PIECZA_PAGE,
                    "pcprradziejow",
                    impl=P_RADZIEJOW,
                    total="10615.00",
                    grant="10615.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog=PIECZA,
                ),
                "the passage restated (no headline: the page's title as its address gives it)",
            ),
            (
                r(
                    PIECZA_LIST,
                    "bydgoszcz-uw",
                    "2025-12-17",
                    ben=P_RADZIEJOW,
                    grant="10615.00",
                ),
                "the voivode's list, no programme named",
            ),
            (
                r(
                    "Dotacja z Funduszu Pracy na wynagrodzenia rodzin zastępczych zawodowych w powiecie radziejowskim",
                    "radziejow-powiat",
                    "2025-12-22",
                    ben="Powiatowi Radziejowskiemu",
                    grant="10600",
                ),
                "the powiat's news, the powiat in the dative, the rounded grant",
            ),
            (
                r(
                    "Sprawozdanie z działalności Powiatowego Centrum Pomocy Rodzinie w Radziejowie za 2025 rok – "
                    "rodzinna piecza zastępcza",
                    "bip-pcprradziejow",
                    "2026-01-30",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Radziejowie",
                    total="10615.00",
                    start="2025-01-01",
                    end="2025-12-31",
                ),
                "the PCPR's report months later, the PCPR as the body",
            ),
            (
                r(
                    "Uchwała Zarządu Powiatu Radziejowskiego w sprawie zmian w budżecie – dotacja celowa na wsparcie "
                    "rodzinnej pieczy zastępczej",
                    "bip-radziejow",
                    "2025-12-19",
                    ben=P_RADZIEJOW,
                    grant="10615.00",
                ),
                "the powiat board's budget change, no programme",
            ),
        ],
        [
            (
                r(
                    "Informacja o realizacji zadania Program wsparcia powiatu w organizacji i tworzeniu rodzinnych "
                    "form pieczy zastępczej w 2024 roku",
                    "pcprradziejow",
                    "2024-12-12",
                    impl=P_RADZIEJOW,
                    total="9870.00",
                    grant="9870.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=PIECZA,
                ),
                "the previous year's edition, the near-identical headline",
                (0, 3, 1),
            ),
            (
                r(
                    PIECZA_LIST,
                    "bydgoszcz-uw",
                    "2025-12-17",
                    ben="Powiat Aleksandrowski",
                    grant="10615.00",
                ),
                "the neighbouring powiat on the same list with the very same sum",
                (1, 4),
            ),
            (
                r(
                    "Asystent rodziny i koordynator rodzinnej pieczy zastępczej na rok 2025 – Powiat Radziejowski",
                    "pcprradziejow",
                    "2025-05-08",
                    impl=P_RADZIEJOW,
                    grant="14400.00",
                    prog="Program asystent rodziny i koordynator rodzinnej pieczy zastępczej",
                ),
                "the same powiat's other foster-care programme of the same year",
                (0, 2, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością dla JST – edycja 2025 w Powiecie Radziejowskim",
                    "pcprradziejow",
                    "2025-02-17",
                    impl=P_RADZIEJOW,
                    grant="240000.00",
                    prog=AOON,
                ),
                "the same PCPR's other programme of the same year",
                (0, 3),
            ),
            (
                r(
                    "Gmina Radziejów: asystent rodziny w 2025 roku z dotacją wojewody",
                    "gmina-radziejow",
                    "2025-04-02",
                    ben="Gmina Radziejów",
                    grant="8000.00",
                ),
                "the rural gmina named like the powiat's seat, its own family programme",
                (2, 4),
            ),
            (
                r(
                    PIECZA_PAGE,
                    "pcpr-inowroclaw",
                    "2025-12-29",
                    impl="Powiat Inowrocławski",
                    total="31840.00",
                    grant="31840.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog="Rządowy program wsparcia powiatu w organizacji i tworzeniu rodzinnych form pieczy zastępczej",
                ),
                "the neighbouring powiat's page of the same programme and year, the identical headline",
                (0, 3, 2),
            ),
        ],
    ),
    (
        "Gołcza: the fire station in Szreniawa from 'Małopolskie Remizy 2019' "
        "(b18-miechowski-malopolskie-remizy-golcza-2019)",
        [
            (
                r(
                    "Modernizacja remizy OSP w Szreniawie – Małopolskie Remizy 2019",
                    "miechowski",
                    "2019-05-21",
                    ben=GM_GOLCZA,
                    grant="48000",
                    prog=REMIZY,
                ),
                "the passage restated (its headline is the ceremony of two grants, so the task's name; Maków's "
                "27 560 zł is a near-miss)",
            ),
            (
                r(
                    REMIZY_LIST,
                    "malopolska",
                    "2019-04-15",
                    ben=GM_GOLCZA,
                    grant="48000.00",
                    prog="Małopolskie Remizy 2019",
                ),
                "the voivodeship's list, one line of the gmina's two",
            ),
            (
                r(
                    "Nowy dach i elewacja – remont strażnicy w Szreniawie zakończony",
                    "osp-szreniawa",
                    "2019-10-14",
                    impl="OSP Szreniawa",
                    total="96500.00",
                ),
                "the fire brigade's page at the end, the whole cost",
            ),
            (
                r(
                    "Przetarg: modernizacja budynku strażnicy Ochotniczej Straży Pożarnej w Szreniawie",
                    "bip-golcza",
                    "2019-06-18",
                    ben=GM_GOLCZA,
                    total="98000.00",
                ),
                "the BIP's tender, its estimate",
            ),
            (
                r(
                    "48 tys. zł od Województwa Małopolskiego na strażnicę w Szreniawie",
                    "golcza",
                    "2019-05-23",
                    ben="Gminie Gołcza",
                    grant="48000",
                ),
                "the gmina's news, the gmina in the dative, no programme",
            ),
        ],
        [
            (
                r(
                    "Modernizacja remizy OSP w Makowie – Małopolskie Remizy 2019",
                    "miechowski",
                    "2019-05-21",
                    ben=GM_GOLCZA,
                    grant="27560",
                    prog=REMIZY,
                ),
                "the passage's other fire station, the same gmina, edition and ceremony",
                (0, 1, 4),
            ),
            (
                r(
                    REMIZY_LIST,
                    "malopolska",
                    "2019-04-15",
                    ben=GM_GOLCZA,
                    grant="27560.00",
                    prog="Małopolskie Remizy 2019",
                ),
                "the same list's other line for the same gmina (Maków)",
                (1, 0),
            ),
            (
                r(
                    "Małopolskie Remizy 2020: remont strażnicy w Szreniawie – etap II (garaże)",
                    "golcza",
                    "2020-05-12",
                    ben=GM_GOLCZA,
                    grant="35000",
                    prog=REMIZY,
                ),
                "the next stage of the same station from the next edition",
                (0, 2, 3),
            ),
            (
                r(
                    REMIZY_LIST,
                    "malopolska",
                    "2019-04-15",
                    ben="Gmina Charsznica",
                    grant="48000.00",
                    prog="Małopolskie Remizy 2019",
                ),
                "the neighbouring gmina on the same list with the very same sum",
                (1, 4, 0),
            ),
            (
                r(
                    "Remont remizy OSP w Szreniawie z funduszu sołeckiego",
                    "komorniki",
                    "2019-07-09",
                    ben="Gmina Komorniki",
                    total="62000.00",
                ),
                "a like-named village near Poznań, its own fire station",
                (0, 2),
            ),
            (
                r(
                    "Nowy samochód ratowniczo-gaśniczy dla OSP Wysocice z dotacją WFOŚiGW w Krakowie",
                    "golcza",
                    "2019-06-04",
                    ben="Gmina Gołcza",
                    grant="200000.00",
                ),
                "the same gmina's other fire-brigade project of the same months",
                (0, 4),
            ),
        ],
    ),
    (
        "Miękinia / Środa Śląska: the association's 'RAZEM MOŻEMY WIĘCEJ' from the 'Działaj Lokalnie' grants of 2017 "
        "(news-lgd-odra-dzialaj-lokalnie-zaborowa-kraina-2017)",
        [
            (
                r(
                    "„RAZEM MOŻEMY WIĘCEJ” (Gmina Miękinia i Środa Śląska)",
                    "lgdodra",
                    ben=ZABOROWA,
                    impl=ZABOROWA,
                    total="6833.51",
                    grant="6000.00",
                    prog=DL,
                ),
                "the passage restated (a year's list with no headline of its own, so the project's line; the "
                "programme's 55 000 zł and 105 488,17 zł left out)",
            ),
            (
                r(
                    DL_LIST,
                    "lgdodra",
                    "2017-06-09",
                    ben="Stowarzyszenie Zaborowa Kraina",
                    grant="6000.00",
                    prog="Program Działaj Lokalnie Polsko-Amerykańskiej Fundacji Wolności",
                ),
                "the local grant centre's results, the quotes dropped, the programme in full",
            ),
            (
                r(
                    "Dzieci z Miękini i ze Środy Śląskiej razem uczą się pierwszej pomocy i ekologii",
                    "miekinia",
                    "2017-09-18",
                    impl="Stowarzyszenia „Zaborowa Kraina”",
                ),
                "the gmina's news, the association in the genitive, no sum",
            ),
            (
                r(
                    "Podsumowanie projektu Razem możemy więcej – puzzle, spotkania z myśliwymi i kurs z OSP",
                    "zaborowakraina",
                    "2017-11-20",
                    ben=ZABOROWA,
                    total="6833.51",
                    grant="6000.00",
                ),
                "the association's summary months later",
            ),
            (
                r(
                    "6 tys. zł na wspólne zajęcia dzieci z „Ostoi” i ich rówieśników z Miękini",
                    "sroda-news",
                    "2017-07-06",
                    grant="6000",
                    prog="Działaj Lokalnie",
                ),
                "the neighbouring town's news, no body named",
            ),
        ],
        [
            (
                r(
                    "Zaborowa Kraina z grantem Działaj Lokalnie 2018 – „Ekologiczny Zaborów”",
                    "zaborowakraina",
                    "2018-06-14",
                    ben=ZABOROWA,
                    grant="5500.00",
                    prog=DL,
                ),
                "the same association's project of the next edition",
                (0, 1, 3),
            ),
            (
                r(
                    DL_LIST,
                    "lgdodra",
                    "2017-06-09",
                    ben="Grupa nieformalna „Aktywne Brzezinki”",
                    grant="6000.00",
                    prog="Program Działaj Lokalnie Polsko-Amerykańskiej Fundacji Wolności",
                ),
                "another grantee on the same list with the very same sum",
                (1, 0, 4),
            ),
            (
                r(
                    "„Razem możemy więcej” – projekt MOPS w Oleśnicy z RPO WD 2014-2020",
                    "mops-olesnica",
                    "2017-05-22",
                    impl="Miejski Ośrodek Pomocy Społecznej w Oleśnicy",
                    total="980000.00",
                    eu="833000.00",
                    prog="RPO WD 2014-2020",
                ),
                "the same common title of a welfare centre's EU project in the same voivodeship",
                (0, 3),
            ),
            (
                r(
                    "Zaborowskie lato – Działaj Lokalnie 2017 w gminie Leszno",
                    "leszno-gmina",
                    "2017-07-04",
                    ben="Stowarzyszenie Przyjaciół Zaborowa",
                    grant="5000.00",
                    prog=DL,
                ),
                "an association of a like-named village near Warsaw, the same year of the same programme",
                (0, 2, 4),
            ),
            (
                r(
                    "MPDz „Ostoja” w Środzie Śląskiej: turnus rehabilitacyjny z dofinansowaniem PFRON",
                    "sroda-news",
                    "2017-08-02",
                    ben="Stowarzyszenie MPDz „Ostoja”",
                    grant="12000",
                ),
                "the participants' own association's project of the same months",
                (2, 4),
            ),
            (
                r(
                    "Zaborowa Kraina: wakacyjne warsztaty przyrodnicze z dotacji Gminy Miękinia",
                    "miekinia",
                    "2017-06-27",
                    ben="Stowarzyszenie „Zaborowa Kraina”",
                    grant="3000.00",
                ),
                "the same association's other task of the same months, from the gmina",
                (0, 2),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round20.jsonl", "r20s", ROUND20)


if __name__ == "__main__":
    main()
