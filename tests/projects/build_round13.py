"""Builds pairs_round13.jsonl: a thirteenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 12 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round12.py name theirs), and from
none of the prospective gates' batches (b19, b24, b26, b28): b25-hlbokenadvahom-istebna-mikroprojekt-plsk,
b18-kozienicepowiat-termomodernizacja-budynek-d-spzzoz, news-kalisz-naszemiasto-przedszkole-wrpo-2020,
b16b-cus-trzcianka-klub-senior-plus-2021, b8-gops-wojnicz-wytchnieniowa-2024-nabor,
b22b-pcpr-monki-asystent-osobisty-2025, b15a-jodlownik-posilek-2021-umowa-wojewoda,
b21a-radomsko-maluch-kpo-zlobek-sokola, news-serock-droga-wierzbica-pis-2023,
b20a-tarnowiec-fds-droga-wrocanka-potakowka, b17-zielonagora-naszemiasto-swidnica-bus-pfron,
news-goniec-gornoslaski-osp-twardowice-2021, b25-eopoczno-osp-zachorzow-grant-lgd-dolina-pilicy and
b16a-kaluszyn-miwis-2018-boisko (an Interreg PL-SK micro-project of a gmina and its Slovak partner, a powiat
hospital's RPO WM thermal retrofit, a gmina's WRPO (EFS) kindergarten project, Senior+ (a club's running
module, with the wojewoda's contract number), Opieka wytchnieniowa, a PCPR's Asystent osobisty, Posiłek w
szkole i w domu with the wojewoda's agreement, a town's Maluch+ nursery paid from the KPO, a Polski Ład road
in a village named like another gmina, a Fundusz Dróg Samorządowych road between two villages, a gmina's
PFRON bus from the Program wyrównywania różnic między regionami III, an OSP's fire engine from the WFOŚiGW, an
OSP's LGD grant and a voivodeship's sports-infrastructure instrument).

The first variant restates the passage (its headline, or the project's name, the URL's headline or the item's
heading when the page has none, as the title; its hand labels as the fields, `published` only when the passage
states it; one sum of a kind where the passage labels several: for Radomsko the whole grant, 1,302,416.03 zł,
not its KPO and VAT parts, for Serock the first of the two own-share lines left out, since a record carries no
own share; a sum the labels call `other`, Świdnica's 120,000 zł cap and Kałuszyn's call total, is left out).
The other variants are how the gmina, its OPS, CUS, school or nursery, the BIP, the powiat or its PCPR, the
voivodeship, the wojewoda, a fund or an LGD, a local news site or a later report would word the same project
(written for this set: other titles with few shared words, names in other grammatical cases, often without
amounts or period, a report's spent sum, an annex's lowered grant, a tender's estimate, a second source's grant
for one purchase, another year's spending on one road, an abbreviated body or programme, a publication months
later). The near-misses are the next or previous edition of a yearly programme, the neighbouring gmina, powiat
or grantee in the same call (at times with the very same sum: Maluch+'s per-place rate, PFRON's cap), another
module, call, building or stage, the same body's other project of the same months (at times on the same
building, street or pitch), a gmina, town or village of the same or a like name elsewhere (Świdnica in the
świdnicki powiat and the town, Brzeziny in łódzkie, Gmina Wierzbica and Serock by Pruszcz, Wrocanka of Miejsce
Piastowe, Bobrowniki by Lipno, Sławno in the sławieński powiat, Trzcianne, Radom), a town named like its
rural gmina (Radomsko, Mońki) and a near-identical headline of another project ("Grant dla OSP", "Kolejni
strażacy ochotnicy z dofinansowaniem…", a project name another gmina used). Every two variants of a seed are a
same pair; each near-miss is paired with one to three variants (the restated passage and the variants it is
likeliest to be confused with), so that about 40 % of the pairs are the same. Labels were written by reading
each record, never from the grouping's output.

    python tests/projects/build_round13.py   # rewrites pairs_round13.jsonl; deterministic
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

INTERREG_PLSK = "Interreg V-A Polska – Słowacja"
INTERREG_CZ = "Interreg V-A Republika Czeska – Polska"
RPO_WM = "RPO WM 2014-2020"
WRPO = "WRPO 2014+"
RPO_WL = "RPO WŁ 2014-2020"
SENIOR = "Senior+"
KWS = "Korpus Wsparcia Seniorów"
OW = "Opieka wytchnieniowa"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
POSILEK = "Posiłek w szkole i w domu"
MALUCH = "Maluch+"
PIS = "Program Inwestycji Strategicznych"
RFRD = "Rządowy Fundusz Rozwoju Dróg"
PWRMR = "Program wyrównywania różnic między regionami"
PROW = "PROW 2014-2020"
MIWIS = "Mazowiecki Instrument Wsparcia Infrastruktury Sportowej"
GM_ISTEBNA = "Gmina Istebna"
SPZZOZ_KOZIENICE = "Samodzielny Publiczny Zespół Zakładów Opieki Zdrowotnej w Kozienicach"
GM_BRZEZINY = "Gmina Brzeziny"
CUS_TRZCIANKA = "Centrum Usług Społecznych w Trzciance"
GOPS_WOJNICZ = "Gminny Ośrodek Pomocy Społecznej w Wojniczu"
PCPR_MONKI = "Powiatowe Centrum Pomocy Rodzinie w Mońkach"
GM_JODLOWNIK = "Gmina Jodłownik"
GOPS_JODLOWNIK = "Gminny Ośrodek Pomocy Społecznej w Jodłowniku"
M_RADOMSKO = "Miasto Radomsko"
MG_SEROCK = "Miasto i Gmina Serock"
GM_TARNOWIEC = "Gmina Tarnowiec"
GM_SWIDNICA = "Gmina Świdnica"
OSP_TWARDOWICE = "OSP Twardowice"
OSP_ZACHORZOW = "Ochotnicza Straż Pożarna w Zachorzowie Kolonii"
GM_KALUSZYN = "Gmina Kałuszyn"

ROUND13: list[Seed] = [
    (
        "Istebna: the Interreg PL-SK micro-project with Hlboké nad Váhom, 2020-2021 "
        "(b25-hlbokenadvahom-istebna-mikroprojekt-plsk)",
        [
            (
                r(
                    "Promocja dziedzictwa przyrodniczego i kulurowego gmin Hlboke nad Vahom i Istebna",
                    "hlbokenadvahom-info",
                    total="129167.98",
                    start="2020-01-01",
                    end="2021-10-31",
                    prog=INTERREG_PLSK,
                ),
                "the passage restated (the micro-project's page; the project's name, its typo kept)",
            ),
            (
                r(
                    "Park im. Pawła Stelmacha odzyska dawny blask – wspólny mikroprojekt ze słowacką gminą",
                    "ug-istebna",
                    "2020-02-12",
                    ben=GM_ISTEBNA,
                    start="2020-01-01",
                    end="2021-10-31",
                    prog="Program Interreg V-A Polska-Słowacja 2014-2020",
                ),
                "the gmina's news at the start, no sum",
            ),
            (
                r(
                    "Fundusz Mikroprojektów Euroregionu Beskidy – mikroprojekty zatwierdzone przez Komitet Regionalny",
                    "euroregion-beskidy",
                    "2019-12-05",
                    ben=GM_ISTEBNA,
                    eu="109792.78",
                    prog="Interreg PL-SK",
                ),
                "the euroregion's list of approved micro-projects, the EFRR share",
            ),
            (
                r(
                    "Przyroda pogranicza w obiektywie – znamy laureatów polsko-słowackiego konkursu fotograficznego",
                    "ug-istebna",
                    "2021-05-20",
                    ben="Gminę Istebna",
                ),
                "the gmina's news of the project's photo contest, the body in the accusative",
            ),
            (
                r(
                    "Słowacy przyjechali na otwarcie odnowionego parku. W Istebnej pokazano też zdjęcia przyrody",
                    "news-cieszyn",
                    "2021-10-11",
                ),
                "local news of the closing event, no body, no sum, no programme",
            ),
        ],
        [
            (
                r(
                    "Na trójstyku bez granic – mikroprojekt Gminy Istebna i obce Čierne",
                    "ug-istebna",
                    "2020-03-03",
                    ben=GM_ISTEBNA,
                    total="41230.00",
                    start="2020-04-01",
                    end="2021-03-31",
                    prog=INTERREG_PLSK,
                ),
                "the gmina's other micro-project with another Slovak partner, overlapping months",
                (0, 1, 3),
            ),
            (
                r(
                    "Promocja dziedzictwa przyrodniczego i kulturowego gmin Rajcza i Novoť",
                    "ug-rajcza",
                    "2019-12-10",
                    ben="Gmina Rajcza",
                    total="98450.00",
                    start="2020-01-01",
                    end="2021-06-30",
                    prog=INTERREG_PLSK,
                ),
                "another gmina's micro-project in the same call, a near-identical title",
                (0, 1, 2),
            ),
            (
                r(
                    "Plac zabaw w parku im. Pawła Stelmacha w Istebnej – umowa z LGD podpisana",
                    "ug-istebna",
                    "2022-07-14",
                    ben=GM_ISTEBNA,
                    grant="85000.00",
                    prog=PROW,
                ),
                "a later LEADER project in the same park",
                (1, 3, 4),
            ),
            (
                r(
                    "Istebna i Hrčava razem – mikroprojekt z Funduszu Mikroprojektów Euroregionu Śląsk Cieszyński",
                    "ug-istebna",
                    "2020-09-08",
                    ben=GM_ISTEBNA,
                    total="28600.00",
                    start="2020-10-01",
                    end="2021-09-30",
                    prog=INTERREG_CZ,
                ),
                "the gmina's Czech-Polish micro-project of the same years, another programme",
                (0, 1, 3),
            ),
            (
                r(
                    "Dziedzictwo przyrodnicze pogranicza II – kolejny mikroprojekt Istebnej i Hlbokégo nad Váhom",
                    "ug-istebna",
                    "2024-05-06",
                    ben=GM_ISTEBNA,
                    total="74800.00",
                    start="2024-07-01",
                    end="2025-12-31",
                    prog="Interreg Polska – Słowacja 2021-2027",
                ),
                "the same partners' next micro-project, in the next programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Fundusz Mikroprojektów Euroregionu Beskidy – mikroprojekty zatwierdzone w czerwcu 2020 r.",
                    "euroregion-beskidy",
                    "2020-06-18",
                    ben="Gmina Milówka",
                    eu="52318.40",
                    prog="Interreg PL-SK",
                ),
                "the euroregion's next list, another gmina's micro-project",
                (1, 2),
            ),
            (
                r(
                    "Jesień w Trójwsi w obiektywie – wyniki konkursu fotograficznego",
                    "ug-istebna",
                    "2022-10-24",
                    ben=GM_ISTEBNA,
                ),
                "the gmina's own photo contest a year after the project",
                (3, 4),
            ),
        ],
    ),
    (
        "Kozienice: the powiat hospital's thermal retrofit of building D, RPO WM 4.2 "
        "(b18-kozienicepowiat-termomodernizacja-budynek-d-spzzoz)",
        [
            (
                r(
                    "Termomodernizacja budynku D Samodzielnego Publicznego Zespołu Zakładów Opieki Zdrowotnej "
                    "w Kozienicach",
                    "powiat-kozienice",
                    "2021-07-09",
                    ben=SPZZOZ_KOZIENICE,
                    total="2769333.22",
                    eu="1228285.35",
                    prog=RPO_WM,
                ),
                "the passage restated (the powiat's news of the signing; no headline, the project's name)",
            ),
            (
                r(
                    "Umowa podpisana: budynek D naszego szpitala zostanie docieplony",
                    "szpital-kozienice",
                    "2021-07-08",
                    ben="SP ZZOZ w Kozienicach",
                    eu="1228285.35",
                    prog="Regionalny Program Operacyjny Województwa Mazowieckiego na lata 2014-2020",
                ),
                "the hospital's own news, the body abbreviated",
            ),
            (
                r(
                    "Mniejsze rachunki za energię w kozienickim szpitalu – 1,2 mln zł z funduszy europejskich",
                    "mazovia",
                    "2021-07-07",
                    ben="Samodzielnemu Publicznemu Zespołowi Zakładów Opieki Zdrowotnej w Kozienicach",
                    eu="1228285.35",
                    prog=RPO_WM,
                ),
                "the marshal's office on the signing day, the body in the dative",
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania – Działanie 4.2 Efektywność energetyczna, "
                    "konkurs RPMA.04.02.00-IP.01-14-112/20",
                    "mjwpu",
                    "2021-04-28",
                    ben=SPZZOZ_KOZIENICE,
                    total="2769333.22",
                    eu="1228285.35",
                    prog=RPO_WM,
                ),
                "the implementing agency's list of selected projects",
            ),
            (
                r(
                    "Odbiór prac w szpitalu: budynek D ma nowe okna, ocieplenie i pompy ciepła",
                    "news-kozienice",
                    "2022-10-19",
                    total="2690118.40",
                ),
                "local news at completion, the settled cost, no body named",
            ),
        ],
        [
            (
                r(
                    "Termomodernizacja budynku C Samodzielnego Publicznego Zespołu Zakładów Opieki Zdrowotnej "
                    "w Kozienicach",
                    "szpital-kozienice",
                    "2022-03-15",
                    ben=SPZZOZ_KOZIENICE,
                    total="1945200.00",
                    eu="980400.00",
                    prog=RPO_WM,
                ),
                "the hospital's next building, in a later call",
                (0, 1, 3),
            ),
            (
                r(
                    "Termomodernizacja budynku Zespołu Szkół Ponadgimnazjalnych nr 1 w Kozienicach",
                    "powiat-kozienice",
                    "2021-07-09",
                    ben="Powiat Kozienicki",
                    total="1580000.00",
                    eu="790000.00",
                    prog=RPO_WM,
                ),
                "the powiat's own retrofit of a school in the same call, the same day",
                (0, 2, 3),
            ),
            (
                r(
                    "Termomodernizacja budynku głównego Samodzielnego Publicznego Zakładu Opieki Zdrowotnej w Zwoleniu",
                    "szpital-zwolen",
                    "2021-07-12",
                    ben="Samodzielny Publiczny Zakład Opieki Zdrowotnej w Zwoleniu",
                    total="2310500.00",
                    eu="1155250.00",
                    prog=RPO_WM,
                ),
                "the neighbouring powiat's hospital in the same call",
                (0, 2, 3),
            ),
            (
                r(
                    "Nowy tomograf dla kozienickiego szpitala – umowa z samorządem województwa",
                    "szpital-kozienice",
                    "2021-07-20",
                    ben="SP ZZOZ w Kozienicach",
                    total="3450000.00",
                    eu="2587500.00",
                    prog=RPO_WM,
                ),
                "the hospital's other RPO project of the same weeks",
                (1, 2, 4),
            ),
            (
                r(
                    "Termomodernizacja budynku Urzędu Miejskiego w Kozienicach – umowa z marszałkiem",
                    "um-kozienice",
                    "2021-07-14",
                    ben="Gmina Kozienice",
                    total="2150000.00",
                    eu="1075000.00",
                    prog=RPO_WM,
                ),
                "the town's retrofit in the same call, the same weeks",
                (0, 2, 4),
            ),
            (
                r(
                    "Wymiana dźwigu osobowego w budynku D szpitala w Kozienicach",
                    "szpital-kozienice",
                    "2020-11-03",
                    ben=SPZZOZ_KOZIENICE,
                    total="389000.00",
                ),
                "other works in the same building, paid by the powiat the year before",
                (1, 2, 4),
            ),
        ],
    ),
    (
        "Brzeziny (kaliski): the gmina's WRPO (EFS) kindergarten project „Radosny świat przedszkolaka” "
        "(news-kalisz-naszemiasto-przedszkole-wrpo-2020)",
        [
            (
                r(
                    "Radosny świat przedszkolaka w gminie Brzeziny",
                    "news-kalisz",
                    total="464000",
                    grant="394500",
                    prog=WRPO,
                ),
                "the passage restated (local news; no headline in the text, the URL's headline)",
            ),
            (
                r(
                    "Podpisaliśmy umowę na projekt przedszkolny z Urzędem Marszałkowskim",
                    "ug-brzeziny-kaliskie",
                    "2020-02-18",
                    ben=GM_BRZEZINY,
                    total="464212.50",
                    grant="394580.62",
                    prog="Wielkopolski Regionalny Program Operacyjny na lata 2014-2020",
                ),
                "the gmina's news of the signing, the exact sums",
            ),
            (
                r(
                    "Rekrutacja dzieci na zajęcia dodatkowe w przedszkolu – projekt unijny",
                    "przedszkole-brzeziny",
                    "2020-08-24",
                    ben=GM_BRZEZINY,
                    impl="Publiczne Przedszkole w Brzezinach",
                    start="2020-09-01",
                    end="2021-08-31",
                    prog=WRPO,
                ),
                "the kindergarten's recruitment notice",
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania – Poddziałanie 8.1.1 Wychowanie przedszkolne",
                    "wrpo-umww",
                    "2019-12-20",
                    ben="Gmina Brzeziny (powiat kaliski)",
                    total="464212.50",
                    grant="394580.62",
                    prog="WRPO 2014+",
                ),
                "the marshal's list of selected projects",
            ),
            (
                r(
                    "Dwadzieścia nowych miejsc dla trzylatków – podsumowanie projektu przedszkolnego",
                    "ug-brzeziny-kaliskie",
                    "2021-09-15",
                    ben="Gminy Brzeziny",
                    total="458930.20",
                    start="2020-09-01",
                    end="2021-08-31",
                ),
                "the gmina's closing report, the spent sum, the body in the genitive",
            ),
        ],
        [
            (
                r(
                    "Nowe miejsca w Przedszkolu Miejskim nr 1 w Brzezinach dzięki funduszom unijnym",
                    "um-brzeziny",
                    "2020-03-03",
                    ben="Miasto Brzeziny",
                    total="512000.00",
                    grant="435200.00",
                    prog=RPO_WL,
                ),
                "the town of Brzeziny in łódzkie, a like project in another region",
                (0, 1, 2),
            ),
            (
                r(
                    "Gmina Brzeziny z dofinansowaniem na wychowanie przedszkolne w Szymaniszkach",
                    "ug-brzeziny-lodzkie",
                    "2020-01-21",
                    ben=GM_BRZEZINY,
                    total="389000.00",
                    grant="330650.00",
                    prog=RPO_WL,
                ),
                "the rural gmina Brzeziny of the brzeziński powiat, the same name in łódzkie",
                (0, 1, 3),
            ),
            (
                r(
                    "Przedszkolaki z gminy Godziesze Wielkie z nowymi zajęciami – projekt z WRPO",
                    "ug-godziesze-wielkie",
                    "2020-02-20",
                    ben="Gmina Godziesze Wielkie",
                    total="471300.00",
                    grant="400605.00",
                    prog=WRPO,
                ),
                "the neighbouring gmina's project in the same call",
                (0, 1, 3),
            ),
            (
                r(
                    "Przedszkole na szóstkę – projekt zakończony",
                    "ug-brzeziny-kaliskie",
                    "2019-06-28",
                    ben=GM_BRZEZINY,
                    total="298000.00",
                    start="2017-09-01",
                    end="2019-06-30",
                    prog=WRPO,
                ),
                "the gmina's previous kindergarten project",
                (0, 1, 4),
            ),
            (
                r(
                    "Termomodernizacja szkoły w Brzezinach – umowa z Urzędem Marszałkowskim",
                    "ug-brzeziny-kaliskie",
                    "2020-02-18",
                    ben=GM_BRZEZINY,
                    total="1240000.00",
                    eu="980000.00",
                    prog=WRPO,
                ),
                "the gmina's other WRPO project signed the same day",
                (1, 3),
            ),
            (
                r(
                    "Warsztaty dla dzieci w Gminnym Ośrodku Kultury w Brzezinach z programu Kultura Dostępna",
                    "news-kalisz",
                    "2020-02-25",
                    ben="Gminny Ośrodek Kultury w Brzezinach",
                    grant="18000.00",
                ),
                "the culture centre where the contract was signed, its own grant",
                (0, 1),
            ),
            (
                r(
                    "„Radosny świat przedszkolaka” – projekt Gminy Łubnice z Regionalnego Programu Operacyjnego",
                    "ug-lubnice",
                    "2020-04-06",
                    ben="Gmina Łubnice",
                    total="520000.00",
                    grant="442000.00",
                    prog=RPO_WL,
                ),
                "another gmina's project of the same name, in another region",
                (0, 1, 2),
            ),
        ],
    ),
    (
        "Trzcianka: Senior+ module II, the CUS's club's running in 2021 (b16b-cus-trzcianka-klub-senior-plus-2021)",
        [
            (
                r(
                    "Senior + moduł II – Zapewnienie funkcjonowania Dziennego Domu Senior +, Edycja 2021",
                    "cus-trzcianka",
                    ben="Klub Senior+",
                    total="113518.50",
                    grant="41518.50",
                    prog=SENIOR,
                    contract="7/2021/K/II/16",
                ),
                "the passage restated (the CUS's programme page, its heading as printed)",
            ),
            (
                r(
                    "Program wieloletni „Senior+” na lata 2021-2025 – wyniki konkursu, Moduł II, edycja 2021",
                    "wuw-poznan",
                    "2021-06-24",
                    ben="Gmina Trzcianka",
                    grant="41518.50",
                    prog="Program Wieloletni „Senior+” na lata 2021-2025",
                ),
                "the wojewoda's list of the call's results",
            ),
            (
                r(
                    "Zarządzenie Burmistrza Trzcianki w sprawie zmian w budżecie – dotacja na funkcjonowanie "
                    "Klubu Senior+",
                    "bip-trzcianka",
                    "2021-08-30",
                    ben="Gmina Trzcianka",
                    grant="41518.50",
                ),
                "the BIP's budget change bringing the grant in",
            ),
            (
                r(
                    "Klub Senior+ w 2021 roku – podsumowanie zadania",
                    "cus-trzcianka",
                    "2022-01-20",
                    impl=CUS_TRZCIANKA,
                    total="112904.17",
                    grant="41518.50",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog=SENIOR,
                ),
                "the CUS's year-end report, the spent cost",
            ),
            (
                r(
                    "Seniorzy z Trzcianki ćwiczą, tańczą i gotują. Klub przy CUS dostał rządowe pieniądze",
                    "news-trzcianka",
                    "2021-09-10",
                    impl="CUS w Trzciance",
                ),
                "local news, no sum, no programme",
            ),
        ],
        [
            (
                r(
                    "Senior + moduł II – Zapewnienie funkcjonowania Klubu Senior +, Edycja 2022",
                    "cus-trzcianka",
                    ben="Klub Senior+",
                    total="118000.00",
                    grant="43200.00",
                    prog=SENIOR,
                    contract="5/2022/K/II/16",
                ),
                "the next edition of the club's running module",
                (0, 2, 3),
            ),
            (
                r(
                    "Utworzenie Klubu Senior+ w Trzciance – moduł I, edycja 2020",
                    "ug-trzcianka",
                    "2020-07-15",
                    ben="Gmina Trzcianka",
                    total="187500.00",
                    grant="150000.00",
                    prog=SENIOR,
                ),
                "the club's creation, the building module of the year before",
                (0, 1, 2),
            ),
            (
                r(
                    "Senior+ moduł II – funkcjonowanie Klubu Senior+ w Gminie Czarnków, edycja 2021",
                    "ug-czarnkow",
                    "2021-08-26",
                    ben="Gmina Czarnków",
                    grant="38400.00",
                    prog=SENIOR,
                ),
                "the neighbouring gmina's club in the same module and edition",
                (0, 1, 4),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Wieleniu – dofinansowanie działalności w 2021 roku",
                    "ug-wielen",
                    "2021-09-02",
                    ben="Gmina Wieleń",
                    grant="62500.00",
                    prog=SENIOR,
                ),
                "another gmina of the powiat, a day centre in the same edition",
                (0, 1, 4),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów w Trzciance – opaski bezpieczeństwa dla seniorów",
                    "cus-trzcianka",
                    "2021-08-19",
                    impl=CUS_TRZCIANKA,
                    grant="24600.00",
                    prog=KWS,
                ),
                "the CUS's other programme for seniors, the same weeks",
                (3, 4),
            ),
            (
                r(
                    "Klub Senior+ w Trzciannem – funkcjonowanie w 2021 roku",
                    "ug-trzcianne",
                    "2021-09-13",
                    ben="Gmina Trzcianne",
                    grant="41400.00",
                    prog=SENIOR,
                ),
                "a gmina of a like name in podlaskie, its club in the same edition",
                (0, 1, 4),
            ),
            (
                r(
                    "Program Senior+ – wyniki konkursu na 2022 rok, Moduł II",
                    "wuw-poznan",
                    "2022-05-12",
                    ben="Gmina Trzcianka",
                    grant="43200.00",
                    prog="Program Wieloletni „Senior+” na lata 2021-2025",
                ),
                "the wojewoda's list of the next edition",
                (1, 2),
            ),
        ],
    ),
    (
        "Wojnicz: Opieka wytchnieniowa 2024, the GOPS's call for applications "
        "(b8-gops-wojnicz-wytchnieniowa-2024-nabor)",
        [
            (
                r(
                    "Program „Opieka wytchnieniowa” edycja 2024 r.",
                    "gops-wojnicz",
                    "2024-03-11",
                    impl=GOPS_WOJNICZ,
                    prog=OW,
                ),
                "the passage restated (the GOPS's notice; no headline in the text, the URL's)",
            ),
            (
                r(
                    "Gmina Wojnicz z dotacją z Funduszu Solidarnościowego na opiekę wytchnieniową",
                    "ug-wojnicz",
                    "2024-02-27",
                    ben="Gmina Wojnicz",
                    grant="67200.00",
                    prog=OW,
                ),
                "the gmina's news of the grant",
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024: gminy i powiaty województwa małopolskiego, które "
                    "otrzymają środki",
                    "muw-krakow",
                    "2024-02-20",
                    ben="Gmina Wojnicz",
                    grant="67200.00",
                    prog="Program „Opieka wytchnieniowa” dla Jednostek Samorządu Terytorialnego – edycja 2024",
                ),
                "the wojewoda's list",
            ),
            (
                r(
                    "Uchwała Rady Miejskiej w Wojniczu w sprawie zmian w budżecie gminy na 2024 rok – środki "
                    "Funduszu Solidarnościowego na usługi opieki wytchnieniowej",
                    "bip-wojnicz",
                    "2024-04-25",
                    ben="Gminy Wojnicz",
                    grant="67200.00",
                ),
                "the BIP's budget resolution, the body in the genitive",
            ),
            (
                r(
                    "Sześć osób skorzystało z całodobowego pobytu wytchnieniowego – informacja o realizacji programu",
                    "gops-wojnicz",
                    "2024-12-18",
                    impl="GOPS w Wojniczu",
                    total="64315.20",
                    start="2024-01-01",
                    end="2024-12-31",
                ),
                "the GOPS's year-end report, the spent sum, the body abbreviated",
            ),
        ],
        [
            (
                r(
                    "Program „Opieka wytchnieniowa” edycja 2023 r.",
                    "gops-wojnicz",
                    "2023-03-14",
                    impl=GOPS_WOJNICZ,
                    prog=OW,
                ),
                "the previous edition's notice",
                (0, 1, 4),
            ),
            (
                r(
                    "Opieka wytchnieniowa 2025 – przyjmujemy karty zgłoszenia",
                    "gops-wojnicz",
                    "2025-02-24",
                    impl=GOPS_WOJNICZ,
                    prog=OW,
                ),
                "the next edition's notice",
                (0, 3, 4),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024 w Gminie Zakliczyn",
                    "gops-zakliczyn",
                    "2024-03-12",
                    impl="Gminny Ośrodek Pomocy Społecznej w Zakliczynie",
                    grant="67200.00",
                    prog=OW,
                ),
                "a neighbouring gmina's edition, the very same sum",
                (0, 1, 2),
            ),
            (
                r(
                    "Program „Asystent osobisty osoby z niepełnosprawnością” – edycja 2024, nabór",
                    "gops-wojnicz",
                    "2024-03-11",
                    impl=GOPS_WOJNICZ,
                    prog=AOON,
                ),
                "the same GOPS's other programme, the same day",
                (0, 4),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024 w Powiecie Tarnowskim",
                    "pcpr-tarnow",
                    "2024-03-20",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Tarnowie",
                    grant="124800.00",
                    prog=OW,
                ),
                "the powiat's own edition in the same weeks",
                (0, 1, 2),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2024: gminy i powiaty województwa małopolskiego, które "
                    "otrzymają środki",
                    "muw-krakow",
                    "2024-02-20",
                    ben="Gmina Dębno",
                    grant="53760.00",
                    prog="Program „Opieka wytchnieniowa” dla Jednostek Samorządu Terytorialnego – edycja 2024",
                ),
                "another gmina's line of the same list",
                (2,),
            ),
        ],
    ),
    (
        "Mońki (powiat): the PCPR's Asystent osobisty, edition 2025 (b22b-pcpr-monki-asystent-osobisty-2025)",
        [
            (
                r(
                    "Zadanie: Program „Asystent osobisty osoby z niepełnosprawnością” dla jednostek samorządu "
                    "Terytorialnego – edycja 2025",
                    "pcpr-monki",
                    total="2191572.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog=AOON,
                ),
                "the passage restated (the PCPR's programme page)",
            ),
            (
                r(
                    "Ponad 2,1 mln zł na asystencję osobistą w powiecie monieckim",
                    "powiat-monki",
                    "2025-01-14",
                    ben="Powiat Moniecki",
                    grant="2191572.00",
                    prog=AOON,
                ),
                "the powiat's news of the grant",
            ),
            (
                r(
                    "Nabór uczestników do programu Asystent osobisty – edycja 2025",
                    "pcpr-monki",
                    "2024-12-09",
                    impl=PCPR_MONKI,
                    prog="Asystent osobisty osoby z niepełnosprawnością dla JST – edycja 2025",
                ),
                "the PCPR's recruitment of participants in December",
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2025: podział środków dla jednostek "
                    "samorządu województwa podlaskiego",
                    "puw-bialystok",
                    "2024-12-30",
                    ben="Powiat Moniecki",
                    grant="2191572.00",
                    prog=AOON,
                ),
                "the wojewoda's list",
            ),
            (
                r(
                    "Uchwała Zarządu Powiatu Monieckiego w sprawie zawarcia umowy z Wojewodą Podlaskim na "
                    "realizację programu",
                    "bip-powiat-monki",
                    "2025-01-20",
                    ben="Powiatu Monieckiego",
                    start="2025-01-01",
                    end="2025-12-31",
                ),
                "the BIP's board resolution, the body in the genitive, no programme named",
            ),
            (
                r(
                    "Asystenci pomogą mieszkańcom powiatu z niepełnosprawnościami przez cały rok",
                    "news-monki",
                    "2025-02-03",
                ),
                "local news, no body, no sum, no programme",
            ),
        ],
        [
            (
                r(
                    "Zadanie: Program „Asystent osobisty osoby z niepełnosprawnością” dla jednostek samorządu "
                    "terytorialnego – edycja 2024",
                    "pcpr-monki",
                    total="1865340.00",
                    start="2024-01-01",
                    end="2024-12-31",
                    prog=AOON,
                ),
                "the previous edition's page",
                (0, 2, 5),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2025 w Gminie Mońki",
                    "mgops-monki",
                    "2025-01-16",
                    impl="Miejsko-Gminny Ośrodek Pomocy Społecznej w Mońkach",
                    grant="412800.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog=AOON,
                ),
                "the gmina of the seat's name, its own edition 2025",
                (0, 1, 5),
            ),
            (
                r(
                    "Powiat Sokólski z dotacją na asystencję osobistą w 2025 roku",
                    "powiat-sokolka",
                    "2025-01-10",
                    ben="Powiat Sokólski",
                    grant="1980000.00",
                    prog=AOON,
                ),
                "the neighbouring powiat's edition 2025",
                (1, 3, 5),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2025 w Powiecie Monieckim",
                    "pcpr-monki",
                    "2025-01-22",
                    impl=PCPR_MONKI,
                    grant="318000.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog=OW,
                ),
                "the PCPR's other programme of the same year",
                (0, 2, 4),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2025: podział środków dla jednostek "
                    "samorządu województwa podlaskiego",
                    "puw-bialystok",
                    "2024-12-30",
                    ben="Powiat Grajewski",
                    grant="1742400.00",
                    prog=AOON,
                ),
                "another powiat's line of the same list",
                (1, 3),
            ),
            (
                r(
                    "Uchwała Zarządu Powiatu Monieckiego w sprawie przystąpienia do programu „Aktywny samorząd” "
                    "w 2025 roku",
                    "bip-powiat-monki",
                    "2025-01-20",
                    ben="Powiat Moniecki",
                    prog="Aktywny samorząd",
                ),
                "the same board's other resolution of the same day",
                (4,),
            ),
        ],
    ),
    (
        "Jodłownik: Posiłek w szkole i w domu, the 2021 grant agreed with the wojewoda "
        "(b15a-jodlownik-posilek-2021-umowa-wojewoda)",
        [
            (
                r(
                    "Wieloletni program rządowy „Posiłek w szkole i w domu” na lata 2019-2023",
                    "ug-jodlownik",
                    "2021-07-27",
                    ben=GM_JODLOWNIK,
                    total="119185",
                    grant="98985",
                    prog=POSILEK,
                ),
                "the passage restated (the gmina's page; its heading says nothing, the URL's title)",
            ),
            (
                r(
                    "Dożywianie w 2021 roku – posiłki dla uczniów i osób potrzebujących",
                    "gops-jodlownik",
                    "2021-02-08",
                    impl=GOPS_JODLOWNIK,
                    start="2021-01-01",
                    end="2021-12-31",
                    prog=POSILEK,
                ),
                "the GOPS's notice, no sum",
            ),
            (
                r(
                    "Zarządzenie Wójta Gminy Jodłownik w sprawie zmian w budżecie na 2021 rok – dotacja celowa "
                    "na dożywianie",
                    "bip-jodlownik",
                    "2021-01-25",
                    ben=GM_JODLOWNIK,
                    grant="98985.00",
                ),
                "the BIP's budget change, no programme named",
            ),
            (
                r(
                    "Posiłek w szkole i w domu – podział środków na 2021 rok dla gmin województwa małopolskiego",
                    "muw-krakow",
                    "2021-01-12",
                    ben=GM_JODLOWNIK,
                    grant="98985.00",
                    prog=POSILEK,
                ),
                "the wojewoda's list",
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu osłonowego w zakresie dożywiania za 2021 rok",
                    "gops-jodlownik",
                    "2022-02-16",
                    impl="GOPS w Jodłowniku",
                    total="117460.30",
                    start="2021-01-01",
                    end="2021-12-31",
                ),
                "the GOPS's report a year later, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Wieloletni program rządowy „Posiłek w szkole i w domu” – dotacja na 2020 rok",
                    "ug-jodlownik",
                    "2020-07-21",
                    ben=GM_JODLOWNIK,
                    total="118750.00",
                    grant="95000.00",
                    prog=POSILEK,
                ),
                "the previous year's grant",
                (0, 2, 3),
            ),
            (
                r(
                    "Wieloletni program rządowy „Posiłek w szkole i w domu” – dotacja na 2022 rok",
                    "ug-jodlownik",
                    "2022-07-19",
                    ben=GM_JODLOWNIK,
                    total="130750.00",
                    grant="104600.00",
                    prog=POSILEK,
                ),
                "the next year's grant",
                (0, 1, 4),
            ),
            (
                r(
                    "Posiłek w szkole i w domu – doposażenie stołówki w Szkole Podstawowej w Wilkowisku",
                    "ug-jodlownik",
                    "2021-07-27",
                    ben=GM_JODLOWNIK,
                    total="80000.00",
                    grant="64000.00",
                    prog=POSILEK,
                ),
                "the canteen module of the same programme and year",
                (0, 1, 2),
            ),
            (
                r(
                    "Posiłek w szkole i w domu – podział środków na 2021 rok dla gmin województwa małopolskiego",
                    "muw-krakow",
                    "2021-01-12",
                    ben="Gmina Łososina Dolna",
                    grant="112400.00",
                    prog=POSILEK,
                ),
                "a neighbouring gmina's line of the same list",
                (3,),
            ),
            (
                r(
                    "Wieloletni program rządowy „Posiłek w szkole i w domu” – Gmina Dobra, 2021",
                    "ug-dobra",
                    "2021-07-29",
                    ben="Gmina Dobra",
                    total="108000.00",
                    grant="86400.00",
                    prog=POSILEK,
                ),
                "a neighbouring gmina's grant of the same year",
                (0, 1, 3),
            ),
            (
                r(
                    "Program „Opieka 75+” w Gminie Jodłownik w 2021 roku",
                    "gops-jodlownik",
                    "2021-03-10",
                    impl=GOPS_JODLOWNIK,
                    grant="21600.00",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog="Opieka 75+",
                ),
                "the GOPS's other programme of the same year",
                (1, 4),
            ),
        ],
    ),
    (
        "Radomsko: the town's nursery for 32 children at ul. Sokola 6, Maluch+ 2022-2029 from the KPO "
        "(b21a-radomsko-maluch-kpo-zlobek-sokola)",
        [
            (
                r(
                    "Nowe miejsca opieki nad dziećmi do lat 3 w ramach Programu rozwoju instytucji opieki nad "
                    "dziećmi w wieku do lat 3 „MALUCH+” 2022 - 2029",
                    "um-radomsko",
                    total="4243500.00",
                    grant="1302416.03",
                    start="2024-01-01",
                    end="2026-06-30",
                    prog=MALUCH,
                ),
                "the passage restated (the town's programme page)",
            ),
            (
                r(
                    "Umowa na budowę żłobka przy ul. Sokolej podpisana",
                    "um-radomsko",
                    "2024-06-12",
                    ben=M_RADOMSKO,
                    grant="1302416.03",
                ),
                "the town's news of the builder's contract",
            ),
            (
                r(
                    "Maluch+ 2022-2029: wyniki naboru dla gmin województwa łódzkiego",
                    "luw-lodz",
                    "2023-03-16",
                    ben="Gmina Miasto Radomsko",
                    grant="1302416.03",
                    prog="Program rozwoju instytucji opieki nad dziećmi w wieku do lat 3 „Maluch+” 2022-2029",
                ),
                "the wojewoda's list of the call's results",
            ),
            (
                r(
                    "Żłobek na 32 dzieci rośnie przy Sokolej. Miasto wyda ponad 4 mln zł",
                    "news-radomsko",
                    "2025-04-08",
                    total="4243500",
                ),
                "local news during the works, no body",
            ),
            (
                r(
                    "Nowy żłobek gotowy – ruszają zapisy na wrzesień",
                    "um-radomsko",
                    "2026-05-19",
                    ben="Miasta Radomska",
                    total="4189240.55",
                    start="2024-01-01",
                    end="2026-06-30",
                    prog=MALUCH,
                ),
                "the town's news at completion, the settled cost, the body in the genitive",
            ),
        ],
        [
            (
                r(
                    "Utworzenie żłobka w Strzałkowie – Gmina Radomsko z dofinansowaniem z programu Maluch+",
                    "ug-radomsko",
                    "2023-03-20",
                    ben="Gmina Radomsko",
                    grant="1024000.00",
                    prog=MALUCH,
                ),
                "the rural gmina named like the town, its own nursery in the same call",
                (0, 1, 2),
            ),
            (
                r(
                    "Utworzenie 20 nowych miejsc w Żłobku Miejskim nr 1 przy ul. Jagiellońskiej – Maluch+ 2022-2029",
                    "um-radomsko",
                    "2024-05-06",
                    ben=M_RADOMSKO,
                    total="1380000.00",
                    grant="813760.00",
                    start="2024-01-01",
                    end="2025-08-31",
                    prog=MALUCH,
                ),
                "the town's other Maluch+ task in the same programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Maluch+ 2019 – dofinansowanie funkcjonowania miejsc w Żłobku Miejskim w Radomsku",
                    "um-radomsko",
                    "2019-06-11",
                    ben=M_RADOMSKO,
                    grant="86400.00",
                    prog=MALUCH,
                ),
                "an earlier edition's running grant for another nursery",
                (0, 1),
            ),
            (
                r(
                    "Nowy żłobek dla 32 dzieci w Bełchatowie z programu Maluch+ 2022-2029",
                    "um-belchatow",
                    "2024-05-28",
                    ben="Miasto Bełchatów",
                    total="4010000.00",
                    grant="1302416.03",
                    start="2024-01-01",
                    end="2026-06-30",
                    prog=MALUCH,
                ),
                "another town's nursery of 32 places in the same call: the per-place rate gives the same grant",
                (0, 2, 3),
            ),
            (
                r(
                    "Przebudowa ulicy Sokolej w Radomsku – umowa z wykonawcą",
                    "um-radomsko",
                    "2024-08-22",
                    ben=M_RADOMSKO,
                    total="2870000.00",
                    grant="2296000.00",
                    prog=RFRD,
                ),
                "the town's road works in the same street, the same months",
                (1, 3),
            ),
            (
                r(
                    "Żłobek przy ul. Sowińskiego w Radomiu z dofinansowaniem z programu Maluch+",
                    "um-radom",
                    "2024-04-17",
                    ben="Gmina Miasta Radomia",
                    grant="2412000.00",
                    prog=MALUCH,
                ),
                "a city of a like name, its nursery in the same programme",
                (0, 2, 3),
            ),
        ],
    ),
    (
        "Serock: the Polski Ład rebuilding of the gmina road in Wierzbica, 2023-2024 "
        "(news-serock-droga-wierzbica-pis-2023)",
        [
            (
                r(
                    "Przebudowa drogi gminnej w Wierzbicy",
                    "um-serock",
                    total="7113187.55",
                    grant="4180974",
                    end="2024-12-31",
                    prog=PIS,
                ),
                "the passage restated (the town's investments page for 2023, the item's heading)",
            ),
            (
                r(
                    "Umowa na przebudowę drogi w Wierzbicy podpisana – wykonawca wchodzi na budowę",
                    "um-serock",
                    "2023-04-18",
                    ben=MG_SEROCK,
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "the town's news of the builder's contract, no sum",
            ),
            (
                r(
                    "Przetarg nieograniczony: przebudowa drogi gminnej w miejscowości Wierzbica",
                    "bip-serock",
                    "2023-02-07",
                    ben="Gmina Serock",
                    total="12364500.00",
                ),
                "the BIP's tender, the estimate of the whole two-year works",
            ),
            (
                r(
                    "Nowy asfalt, chodnik i zjazdy. Droga przez Wierzbicę gotowa",
                    "news-legionowo",
                    "2024-09-26",
                ),
                "local news at completion, no body, no sum",
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Wierzbicy – wydatki 2024 r.",
                    "um-serock",
                    total="3100400.00",
                    grant="1852000.00",
                    end="2024-12-31",
                    prog=PIS,
                ),
                "the same page's next year, that year's spending on the same road",
            ),
        ],
        [
            (
                r(
                    "Przebudowa drogi gminnej w Wierzbicy z Rządowego Funduszu Polski Ład",
                    "ug-wierzbica",
                    "2023-05-09",
                    ben="Gmina Wierzbica",
                    total="3560000.00",
                    grant="2850000.00",
                    prog=PIS,
                ),
                "the gmina Wierzbica of the radomski powiat, a road in its seat, a near-identical title",
                (0, 1, 3),
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Zegrzu Południowym",
                    "um-serock",
                    total="5200000.00",
                    grant="3120000.00",
                    end="2024-12-31",
                    prog=PIS,
                ),
                "the town's other Polski Ład road on the same page",
                (0, 1, 4),
            ),
            (
                r(
                    "Budowa chodnika w Wierzbicy – etap I zakończony",
                    "um-serock",
                    "2021-08-30",
                    ben=MG_SEROCK,
                    total="640000.00",
                ),
                "an earlier pavement in the same village",
                (0, 3),
            ),
            (
                r(
                    "Przebudowa drogi w Serocku – gmina Pruszcz z Polskim Ładem",
                    "ug-pruszcz",
                    "2023-03-28",
                    ben="Gmina Pruszcz",
                    grant="1900000.00",
                    prog=PIS,
                ),
                "a village Serock in the świecki powiat, another gmina's road",
                (0, 1, 2),
            ),
            (
                r(
                    "Świetlica wiejska w Wierzbicy po remoncie",
                    "um-serock",
                    "2023-10-12",
                    ben=MG_SEROCK,
                    total="380000.00",
                ),
                "the town's other works in the same village, the same year",
                (1, 3),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej nr 1807W Wierzbica – Serock",
                    "powiat-legionowski",
                    "2023-06-14",
                    ben="Powiat Legionowski",
                    grant="3800000.00",
                    prog=PIS,
                ),
                "the powiat's road from the same village, the same programme and months",
                (0, 1, 3),
            ),
        ],
    ),
    (
        "Tarnowiec: the Fundusz Dróg Samorządowych road 113752R Wrocanka – Potakówka, 2019 "
        "(b20a-tarnowiec-fds-droga-wrocanka-potakowka)",
        [
            (
                r(
                    "Przebudowa drogi gminnej Nr 113752R Wrocanka - Potakówka",
                    "ug-tarnowiec",
                    total="1259567.31",
                    grant="1007653.85",
                    prog=RFRD,
                ),
                "the passage restated (the gmina's page)",
            ),
            (
                r(
                    "Fundusz Dróg Samorządowych – lista zadań gminnych zakwalifikowanych do dofinansowania "
                    "w 2019 roku, województwo podkarpackie",
                    "puw-rzeszow",
                    "2019-04-11",
                    ben=GM_TARNOWIEC,
                    total="1259567.31",
                    grant="1007653.85",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "the wojewoda's list",
            ),
            (
                r(
                    "Przetarg nieograniczony na przebudowę drogi gminnej nr 113752R w miejscowościach Wrocanka "
                    "i Potakówka",
                    "bip-tarnowiec",
                    "2019-05-16",
                    ben=GM_TARNOWIEC,
                ),
                "the BIP's tender",
            ),
            (
                r(
                    "Nowa nawierzchnia na drodze z Wrocanki do Potakówki",
                    "news-jaslo",
                    "2019-10-22",
                ),
                "local news at completion, no body, no sum",
            ),
            (
                r(
                    "Aneks do umowy na dofinansowanie drogi Wrocanka – Potakówka: mniejsza dotacja po przetargu",
                    "ug-tarnowiec",
                    "2019-08-06",
                    ben="Gminę Tarnowiec",
                    total="1205263.00",
                    grant="964210.40",
                    prog="FDS",
                ),
                "the gmina's news of the annex, the lowered grant, the body in the accusative",
            ),
        ],
        [
            (
                r(
                    "Przebudowa drogi gminnej w miejscowości Wrocanka – Fundusz Dróg Samorządowych 2019",
                    "ug-miejsce-piastowe",
                    "2019-04-15",
                    ben="Gmina Miejsce Piastowe",
                    total="890000.00",
                    grant="712000.00",
                    prog=RFRD,
                ),
                "a village Wrocanka of another gmina (krośnieński powiat), a road in the same list",
                (0, 1, 3),
            ),
            (
                r(
                    "Przebudowa drogi gminnej Nr 113760R Tarnowiec – Łubienko",
                    "ug-tarnowiec",
                    total="980400.12",
                    grant="784320.10",
                    prog=RFRD,
                ),
                "the gmina's other road in the same fund and year",
                (0, 1, 4),
            ),
            (
                r(
                    "Przebudowa drogi gminnej Nr 113752R Wrocanka - Potakówka – etap II",
                    "ug-tarnowiec",
                    "2021-05-10",
                    ben=GM_TARNOWIEC,
                    total="1120300.00",
                    grant="896240.00",
                    prog=RFRD,
                ),
                "the same road's second stage, two years later",
                (0, 2, 3),
            ),
            (
                r(
                    "Fundusz Dróg Samorządowych – lista zadań gminnych zakwalifikowanych do dofinansowania "
                    "w 2019 roku, województwo podkarpackie",
                    "puw-rzeszow",
                    "2019-04-11",
                    ben="Gmina Jasło",
                    total="1350000.00",
                    grant="1080000.00",
                    prog="Fundusz Dróg Samorządowych",
                ),
                "a neighbouring gmina's line of the same list",
                (1,),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej nr 1845R Tarnowiec – Potakówka",
                    "powiat-jaslo",
                    "2019-06-03",
                    ben="Powiat Jasielski",
                    total="2450000.00",
                    grant="1960000.00",
                    prog=RFRD,
                ),
                "the powiat's road through the same village, in the same fund and year",
                (0, 2, 3),
            ),
            (
                r(
                    "Remont remizy OSP we Wrocance zakończony",
                    "ug-tarnowiec",
                    "2019-10-28",
                    ben=GM_TARNOWIEC,
                    total="120000.00",
                ),
                "the gmina's other works in the same village, the same weeks",
                (2, 3),
            ),
        ],
    ),
    (
        "Świdnica (zielonogórski): a bus for disabled pupils from PFRON's Program wyrównywania różnic między "
        "regionami III (b17-zielonagora-naszemiasto-swidnica-bus-pfron)",
        [
            (
                r(
                    "Nowy bus w gminie Świdnica. Będą nim jeździć osoby z niepełnosprawnościami",
                    "news-zielonagora",
                    ben=GM_SWIDNICA,
                    prog=PWRMR,
                ),
                "the passage restated (local news; the cap it names is left out)",
            ),
            (
                r(
                    "Samochód do przewozu dzieci z niepełnosprawnościami już jeździ po gminie",
                    "ug-swidnica-lubuska",
                    "2023-04-27",
                    ben=GM_SWIDNICA,
                    total="229600.00",
                    grant="120000.00",
                    prog="PFRON",
                ),
                "the gmina's news of the handing over, the price and PFRON's part",
            ),
            (
                r(
                    "Program wyrównywania różnic między regionami III – umowa z Gminą Świdnica na zakup samochodu",
                    "powiat-zielonogorski",
                    "2022-10-05",
                    ben="Gminą Świdnica",
                    grant="120000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the starostwo's news of its agreement passing PFRON's money on, the body in the instrumental",
            ),
            (
                r(
                    "Lubuski oddział PFRON: pierwsze busy z programu wyrównywania różnic już w gminach",
                    "pfron-lubuskie",
                    "2023-04-28",
                    ben="Gmina Świdnica (powiat zielonogórski)",
                    prog=PWRMR,
                ),
                "the fund's regional news, no sum",
            ),
            (
                r(
                    "Dostawa samochodu przystosowanego do przewozu osób niepełnosprawnych – zapytanie ofertowe",
                    "bip-swidnica-lubuska",
                    "2022-11-14",
                    ben=GM_SWIDNICA,
                    total="235000.00",
                ),
                "the BIP's request for offers, the estimate",
            ),
        ],
        [
            (
                r(
                    "Gmina Świdnica z nowym busem dla niepełnosprawnych uczniów – dofinansowanie PFRON",
                    "ug-swidnica-dolnoslaska",
                    "2023-05-11",
                    ben=GM_SWIDNICA,
                    total="245000.00",
                    grant="120000.00",
                    prog=PWRMR,
                ),
                "the gmina Świdnica of the świdnicki powiat (dolnośląskie), the same programme and cap",
                (0, 1, 3),
            ),
            (
                r(
                    "Miejski bus dla osób z niepełnosprawnościami z programu PFRON",
                    "um-swidnica",
                    "2023-03-30",
                    ben="Gmina Miasto Świdnica",
                    grant="110000.00",
                    prog=PWRMR,
                ),
                "the town Świdnica's own bus",
                (0, 1),
            ),
            (
                r(
                    "Gmina Zabór kupiła samochód do przewozu osób niepełnosprawnych z pomocą PFRON",
                    "ug-zabor",
                    "2023-06-06",
                    ben="Gmina Zabór",
                    grant="120000.00",
                    prog=PWRMR,
                ),
                "a neighbouring gmina of the same powiat, the same cap",
                (0, 1, 2),
            ),
            (
                r(
                    "Likwidacja barier w szkole w Letnicy – Gmina Świdnica z dofinansowaniem PFRON na 2024 rok",
                    "ug-swidnica-lubuska",
                    "2024-06-18",
                    ben=GM_SWIDNICA,
                    grant="85000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the same gmina's next project in the programme",
                (0, 2),
            ),
            (
                r(
                    "Mikrobus dla Warsztatów Terapii Zajęciowej w Sulechowie",
                    "powiat-zielonogorski",
                    "2022-10-05",
                    ben="Powiat Zielonogórski",
                    grant="150000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the powiat's own vehicle from the same programme, the same day",
                (2,),
            ),
            (
                r(
                    "Nowy autobus szkolny dla gminy Świdnica z Rządowego Funduszu Polski Ład",
                    "ug-swidnica-lubuska",
                    "2023-03-14",
                    ben=GM_SWIDNICA,
                    total="690000.00",
                    grant="655500.00",
                    prog=PIS,
                ),
                "the same gmina's school bus from another fund, weeks earlier",
                (0, 1, 4),
            ),
        ],
    ),
    (
        "Bobrowniki (będziński): OSP Twardowice's fire engine from the WFOŚiGW in Katowice, 2021 "
        "(news-goniec-gornoslaski-osp-twardowice-2021)",
        [
            (
                r(
                    "Następni strażacy ochotnicy z dofinansowaniem od WFOŚiGW w Katowicach",
                    "news-goniec",
                    "2021-08-27",
                    ben=OSP_TWARDOWICE,
                    total="800000",
                ),
                "the passage restated (local news)",
            ),
            (
                r(
                    "Umowa z OSP Twardowice na zakup średniego samochodu ratowniczo-gaśniczego",
                    "wfosigw-katowice",
                    "2021-08-26",
                    ben="Ochotnicza Straż Pożarna w Twardowicach",
                    grant="420000.00",
                ),
                "the fund's news of the agreement, its grant",
            ),
            (
                r(
                    "Nowy wóz bojowy dla strażaków z Twardowic",
                    "ug-bobrowniki",
                    "2021-11-30",
                    ben="OSP w Twardowicach",
                    total="812000.00",
                ),
                "the gmina's news at delivery, the price",
            ),
            (
                r(
                    "Średni samochód ratowniczo-gaśniczy GBA dotarł do naszej jednostki",
                    "osp-twardowice",
                    "2021-12-02",
                ),
                "the brigade's own post, no body named, no sum",
            ),
            (
                r(
                    "Uchwała Rady Gminy Bobrowniki w sprawie udzielenia dotacji celowej Ochotniczej Straży "
                    "Pożarnej w Twardowicach na zakup samochodu",
                    "bip-bobrowniki",
                    "2021-06-24",
                    ben="Ochotniczej Straży Pożarnej w Twardowicach",
                    grant="150000.00",
                ),
                "the BIP's resolution, the gmina's own grant for the same purchase, the body in the dative",
            ),
        ],
        [
            (
                r(
                    "OSP Rogoźnik z nowym samochodem – umowa z WFOŚiGW w Katowicach",
                    "wfosigw-katowice",
                    "2022-07-19",
                    ben="OSP Rogoźnik",
                    total="790000.00",
                    grant="400000.00",
                ),
                "another brigade of the same gmina, the next year",
                (1, 2),
            ),
            (
                r(
                    "Sprzęt ratowniczy dla OSP Twardowice z Funduszu Sprawiedliwości",
                    "ug-bobrowniki",
                    "2020-10-15",
                    ben=OSP_TWARDOWICE,
                    grant="18500.00",
                ),
                "the same brigade's earlier equipment grant",
                (0, 2),
            ),
            (
                r(
                    "Kolejni strażacy ochotnicy z dofinansowaniem od WFOŚiGW w Katowicach",
                    "news-goniec",
                    "2021-08-13",
                    ben="OSP Pogwizdów",
                    total="760000.00",
                ),
                "the same series' previous item, another brigade's engine, a near-identical headline",
                (0, 1),
            ),
            (
                r(
                    "Nowy wóz bojowy dla strażaków z Bobrownik",
                    "ug-bobrowniki-lipnowskie",
                    "2021-11-22",
                    ben="OSP Bobrowniki",
                    total="830000.00",
                    grant="400000.00",
                ),
                "the brigade of Bobrowniki in the lipnowski powiat, a like headline the same weeks",
                (0, 2),
            ),
            (
                r(
                    "Lekki samochód ratowniczy dla OSP Twardowice",
                    "ug-bobrowniki",
                    "2023-09-05",
                    ben=OSP_TWARDOWICE,
                    total="210000.00",
                    grant="105000.00",
                ),
                "the same brigade's next vehicle, two years later",
                (0, 2, 3),
            ),
            (
                r(
                    "Termomodernizacja remizy OSP w Twardowicach",
                    "ug-bobrowniki",
                    "2021-09-21",
                    ben="Gmina Bobrowniki",
                    total="460000.00",
                    grant="230000.00",
                ),
                "the gmina's works on the same brigade's station, the same months",
                (2, 3),
            ),
        ],
    ),
    (
        "Sławno (opoczyński): OSP Zachorzów Kolonia's LGD grant for a social-integration spot, 2019 "
        "(b25-eopoczno-osp-zachorzow-grant-lgd-dolina-pilicy)",
        [
            (
                r(
                    "Grant dla OSP",
                    "news-eopoczno",
                    "2019-09-06",
                    ben=OSP_ZACHORZOW,
                    grant="44994.63",
                ),
                "the passage restated (local news)",
            ),
            (
                r(
                    "Umowy o powierzenie grantu podpisane – projekt grantowy „Aktywni razem”",
                    "lgd-dolina-pilicy",
                    "2019-09-04",
                    ben="Ochotnicza Straż Pożarna w Zachorzowie-Kolonii",
                    grant="44994.63",
                    prog=PROW,
                ),
                "the LGD's news of the grant agreements",
            ),
            (
                r(
                    "Altana, urządzenia do zabawy i pojemnik na odpady w Zachorzowie – strażacy z grantem",
                    "ug-slawno",
                    "2019-09-10",
                    ben="OSP Zachorzów Kolonia",
                ),
                "the gmina's news, no sum",
            ),
            (
                r(
                    "Centrum integracji w Zachorzowie otwarte – mieszkańcy mają nowe miejsce spotkań",
                    "ug-slawno",
                    "2020-06-22",
                    total="44812.40",
                ),
                "the gmina's news at the opening, the settled cost, no body named",
            ),
            (
                r(
                    "Lista wybranych grantobiorców – nabór 2/2019/G, aktywizacja społeczności lokalnej",
                    "lgd-dolina-pilicy",
                    "2019-06-27",
                    ben="OSP w Zachorzowie Kolonii",
                    grant="44994.63",
                    prog="Program Rozwoju Obszarów Wiejskich na lata 2014-2020",
                ),
                "the LGD's list of selected grantees",
            ),
        ],
        [
            (
                r(
                    "Utworzenie strefy rekreacji w Owczarach – grant LGD dla strażaków",
                    "lgd-dolina-pilicy",
                    "2019-09-04",
                    ben="Ochotnicza Straż Pożarna w Owczarach",
                    grant="45000.00",
                    prog=PROW,
                ),
                "another brigade's grant in the same call, signed the same day",
                (0, 1, 4),
            ),
            (
                r(
                    "Stroje ludowe dla Koła Gospodyń Wiejskich w Zachorzowie – grant LGD",
                    "lgd-dolina-pilicy",
                    "2019-09-04",
                    ben="Koło Gospodyń Wiejskich w Zachorzowie",
                    grant="20000.00",
                    prog=PROW,
                ),
                "another body of the same village, a grant of the same call",
                (0, 1, 2),
            ),
            (
                r(
                    "Strefa integracji mieszkańców w Warszynie – gmina Sławno z grantem LGD",
                    "ug-slawno-pomorskie",
                    "2019-09-17",
                    ben="Gmina Sławno",
                    grant="49800.00",
                    prog=PROW,
                ),
                "the gmina Sławno of the sławieński powiat, a like project of another LGD",
                (0, 2),
            ),
            (
                r(
                    "Sprzęt ratowniczy dla OSP Zachorzów Kolonia z Funduszu Sprawiedliwości",
                    "ug-slawno",
                    "2020-08-18",
                    ben="OSP Zachorzów Kolonia",
                    grant="12000.00",
                ),
                "the same brigade's equipment grant the next year",
                (0, 2),
            ),
            (
                r(
                    "Kolejny grant dla strażaków z Zachorzowa – wyposażenie świetlicy",
                    "news-eopoczno",
                    "2020-10-12",
                    ben=OSP_ZACHORZOW,
                    grant="24500.00",
                    prog=PROW,
                ),
                "the same brigade's grant in the LGD's next call",
                (0, 2, 3),
            ),
            (
                r(
                    "Grant dla OSP",
                    "news-eopoczno",
                    "2019-07-15",
                    ben="Ochotnicza Straż Pożarna w Sielcu",
                    grant="30000.00",
                ),
                "the same news site's item of the same title, another brigade's grant",
                (0,),
            ),
        ],
    ),
    (
        "Kałuszyn: the football pitch's new surface from the Mazowiecki Instrument Wsparcia Infrastruktury "
        "Sportowej 2018 (b16a-kaluszyn-miwis-2018-boisko)",
        [
            (
                r(
                    "Mazowiecki Instrument Wsparcia Infrastruktury Sportowej MAZOWSZE 2018",
                    "ug-kaluszyn",
                    ben=GM_KALUSZYN,
                    grant="198075.00",
                    prog=MIWIS,
                ),
                "the passage restated (the gmina's page; the call's total left out)",
            ),
            (
                r(
                    "Sejmik przyjął listę zadań z instrumentu wsparcia infrastruktury sportowej",
                    "mazovia",
                    "2018-05-22",
                    ben=GM_KALUSZYN,
                    grant="198075.00",
                    prog="MIWIS 2018",
                ),
                "the voivodeship's list of the aided tasks",
            ),
            (
                r(
                    "Nowa nawierzchnia na stadionie miejskim w Kałuszynie gotowa",
                    "ug-kaluszyn",
                    "2018-10-09",
                    ben="Gminy Kałuszyn",
                    total="412300.00",
                ),
                "the gmina's news at completion, the whole cost, the body in the genitive",
            ),
            (
                r(
                    "Przetarg: modernizacja boiska piłkarskiego – wymiana nawierzchni na stadionie w Kałuszynie",
                    "bip-kaluszyn",
                    "2018-06-12",
                    ben=GM_KALUSZYN,
                    total="420000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Piłkarze z Kałuszyna zagrają na nowej murawie",
                    "news-minsk",
                    "2018-09-18",
                ),
                "local news, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Mazowiecki Instrument Wsparcia Infrastruktury Sportowej MAZOWSZE 2019",
                    "ug-kaluszyn",
                    "2019-05-28",
                    ben=GM_KALUSZYN,
                    grant="150000.00",
                    prog=MIWIS,
                ),
                "the next edition's grant, for a running track",
                (0, 1, 2),
            ),
            (
                r(
                    "Gmina Mrozy z dotacją z instrumentu MAZOWSZE 2018 na boisko przy szkole",
                    "ug-mrozy",
                    "2018-05-25",
                    ben="Gmina Mrozy",
                    grant="200000.00",
                    prog=MIWIS,
                ),
                "the neighbouring gmina in the same call",
                (0, 1),
            ),
            (
                r(
                    "Mazowiecki Instrument Aktywizacji Sołectw MAZOWSZE 2018 – sołectwa z gminy Kałuszyn",
                    "ug-kaluszyn",
                    "2018-06-19",
                    ben=GM_KALUSZYN,
                    grant="40000.00",
                    prog="Mazowiecki Instrument Aktywizacji Sołectw",
                ),
                "the voivodeship's other instrument of the same year, for the villages",
                (0, 2),
            ),
            (
                r(
                    "Modernizacja boiska przy Szkole Podstawowej w Kałuszynie",
                    "ug-kaluszyn",
                    "2018-08-21",
                    ben=GM_KALUSZYN,
                    total="250000.00",
                    grant="125000.00",
                    prog="Sportowa Polska",
                ),
                "the school's pitch from another programme, the same months",
                (0, 2, 3),
            ),
            (
                r(
                    "Sejmik przyjął listę zadań z instrumentu wsparcia infrastruktury sportowej",
                    "mazovia",
                    "2018-05-22",
                    ben="Powiat Miński",
                    grant="300000.00",
                    prog="MIWIS 2018",
                ),
                "the powiat's line of the same list",
                (1,),
            ),
            (
                r(
                    "Oświetlenie stadionu w Kałuszynie z dotacją Samorządu Województwa Mazowieckiego",
                    "ug-kaluszyn",
                    "2021-07-13",
                    ben=GM_KALUSZYN,
                    grant="110000.00",
                    prog=MIWIS,
                ),
                "later works on the same stadium, a later edition",
                (2, 3),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round13.jsonl", "r13s", ROUND13)


if __name__ == "__main__":
    main()
