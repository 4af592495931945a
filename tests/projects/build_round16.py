"""Builds pairs_round16.jsonl: a sixteenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 15 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round15.py name theirs), and from
none of the prospective gates' batches (b19, b24, b26, b27, b28): b18-wzg-zielona-gora-poiis-autobusy-30-mln,
b15a-podegrodzie-zahradne-umowa-partnerska-mikroprojekt, ops-echosredzkie-udanin-senior-2023,
b20b-mops-rumia-opieka-wytchnieniowa-2023-nabor, b9-mgops-staporkow-aoon-nabor-2022, b9-mgops-pisz-posilek-2024,
b10-wirtualnygarwolin-zlobek-miastkow, b18-glajt-dukla-polski-lad-oswietlenie-drogi,
b17-starcza-droga-klepaczka-czek-umws-2023, b18-powiatlwowecki-pfron-wyrownywanie-roznic-winda,
b21b-doba-osp-krzelkow-orlen, b23a-ops-ozarow-uslugi-opiekuncze-2019, b16a-powiat-gniezno-technikum-mrirw-2007 and
b18-serokomla-stowarzyszenie-asos-2015-oferta (a city's electric buses from POIiŚ 6.1, an Interreg PL-SK 2007-2013
micro-project of a gmina and its Slovak partner, a new Senior+ club, Opieka wytchnieniowa at a town's MOPS,
Asystent osobisty at an MGOPS, Posiłek w szkole i w domu, a rural gmina's nursery, a Polski Ład (PIS) grant for
street lighting, a marshal's farm-road grant, a powiat's lift from PFRON's Program wyrównywania różnic między
regionami III, an OSP's grant from the Orlen foundation, a ministry's care-services programme at an OPS, a powiat
school's equipment from the agriculture ministry and a village association's ASOS offer).

The first variant restates the passage (its headline, or the URL's headline when the text has none, as the title;
its hand labels as the fields, `published` only when the passage states it; the partners Podegrodzie's labels
list have no field in a record and are left out). Four passages announce two projects of one body at once (Udanin's
new club and Konary's running one, Dukla's lighting and roads, Lwówek's lift and its school's barriers, Gniezno's two
technical schools): the seed is the project of the first sum the labels give (178 000 zł, 3 213 783,00 zł,
142 842,62 zł, the 99 000 zł of the Technikum Agrobiznesu), the restated passage carries that sum only, and the
other project is a near-miss paired only with variants that name the seed's project alone, never with the restated
passage, whose headline covers both. The other variants are how the body itself, its OPS, school, nursery or
association, the BIP, the powiat, the voivodeship, the wojewoda, a ministry, a fund, a euroregion, the partner gmina,
a local news site or a later report would word the same project (written for this set: other titles with few
shared words, names in other grammatical cases, often without amounts or period, a report's spent sum, a tender's
estimate, a contractor's price, an abbreviated body or programme, a publication months later). The near-misses
are the next or previous edition of a yearly programme or contest, the neighbouring gmina, powiat, city, OSP or
association in the same call (at times with the very same sum: Senior+'s module I grant, Opieka wytchnieniowa's
and the care programme's sums, AOON's, the marshal's cheque, Orlen's grant, the ministry's school grant, the ASOS
grant), another module, round or programme (Posiłek's module 3, the next Interreg, a later PIS round, FEnIKS), the
same body's other project of the same months (at times on the same building, school or village), a gmina, village
or OSP of the same or a like name elsewhere (Ożarów by Opatów, Miastkowo by Łomża, Klepaczka of Wręczyca Wielka,
Krzelów of Wińsko), the town or gmina of a powiat's seat (Lwówek Śląski, Gniezno) and a near-identical headline of
another project (the same MOPS's next call, another city's "Mamy to!", another gmina's "Program wieloletni posiłek
w szkole i w domu…", the association's next "Konkurs ASOS – edycja …"). Every two variants of a seed are a same
pair; each near-miss is paired with one to three variants (the restated passage and the variants it is likeliest
to be confused with), so that about 40 % of the pairs are the same. Labels were written by reading each record,
never from the grouping's output.

    python tests/projects/build_round16.py   # rewrites pairs_round16.jsonl; deterministic
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

POIIS = "POIiŚ 2014-2020"
PL_SK_0713 = "Program Współpracy Transgranicznej Rzeczpospolita Polska – Republika Słowacka 2007-2013"
SENIOR = "Senior+"
OW = "Opieka wytchnieniowa"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
POSILEK = "Posiłek w szkole i w domu"
PIS = "Program Inwestycji Strategicznych"
PWRMR = "Program wyrównywania różnic między regionami"
ORLEN = "ORLEN. Jesteśmy Razem"
UON = "Usługi opiekuńcze dla osób niepełnosprawnych"
ASOS = "Rządowy Program na rzecz Aktywności Społecznej Osób Starszych"
ZG = "Miasto Zielona Góra"
GM_PODEGRODZIE = "Gmina Podegrodzie"
GM_UDANIN = "Gmina Udanin"
GM_RUMIA = "Gmina Miejska Rumia"
MOPS_RUMIA = "Miejski Ośrodek Pomocy Społecznej w Rumi"
GM_STAPORKOW = "Gmina Stąporków"
MGOPS_STAPORKOW = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Stąporkowie"
GM_PISZ = "Gmina Pisz"
MGOPS_PISZ = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Piszu"
GM_MIASTKOW = "Gmina Miastków Kościelny"
GM_DUKLA = "Gmina Dukla"
GM_STARCZA = "Gmina Starcza"
P_LWOWECKI = "Powiat Lwówecki"
OSP_KRZELKOW = "Ochotnicza Straż Pożarna z Krzelkowa"
GM_OZAROW = "Gmina Ożarów Mazowiecki"
OPS_OZAROW = "Ośrodek Pomocy Społecznej w Ożarowie Mazowieckim"
P_GNIEZNO = "Powiat Gnieźnieński"
SMGS = "Stowarzyszenie Mieszkańców Gminy Serokomla"

ROUND16: list[Seed] = [
    (
        "Zielona Góra: electric buses from POIiŚ 6.1, the call POIiŚ.6.1/1/18 "
        "(b18-wzg-zielona-gora-poiis-autobusy-30-mln)",
        [
            (
                r(
                    "Mamy to! 30 mln na kolejne autobusy elektryczne",
                    "wzg",
                    ben="Zielona Góra",
                    grant="30000000",
                    prog=POIIS,
                ),
                "the passage restated (local news quoting the mayor; the round 30 million)",
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania w konkursie nr POIiŚ.6.1/1/18",
                    "cupt",
                    "2019-11-13",
                    ben="Gmina Miasto Zielona Góra",
                    grant="30412756.20",
                    prog="Program Operacyjny Infrastruktura i Środowisko 2014-2020",
                ),
                "the transport projects centre's list, the exact grant",
            ),
            (
                r(
                    "Kolejne bezemisyjne pojazdy wyjadą na zielonogórskie linie",
                    "mzk-zielonagora",
                    "2019-11-20",
                    impl="Miejski Zakład Komunikacji w Zielonej Górze",
                ),
                "the city's bus company, no sum, the city in an adjective",
            ),
            (
                r(
                    "Umowa podpisana: Zielona Góra kupi e-busy za unijne miliony",
                    "gazetalubuska",
                    "2020-02-18",
                    ben="Zielonej Górze",
                    eu="30412756.20",
                    prog="POIiŚ",
                ),
                "regional news at signing, the body in the locative, the programme abbreviated",
            ),
            (
                r(
                    "Rozliczenie projektu zakupu taboru elektrycznego dla komunikacji miejskiej",
                    "bip-zielonagora",
                    "2021-06-10",
                    ben=ZG,
                    total="35581400.00",
                    prog=POIIS,
                ),
                "the BIP's settlement a year and a half later, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Zielona Góra z unijnym wsparciem na 47 autobusów elektrycznych i centrum przesiadkowe",
                    "wzg",
                    "2016-12-05",
                    ben=ZG,
                    eu="130600000.00",
                    prog=POIIS,
                ),
                "the city's earlier, larger e-bus project from the same programme",
                (0, 1, 3),
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania w konkursie nr POIiŚ.6.1/1/18",
                    "cupt",
                    "2019-11-13",
                    ben="Gmina Miasto Rzeszów",
                    grant="28740000.00",
                    prog="Program Operacyjny Infrastruktura i Środowisko 2014-2020",
                ),
                "another city on the same list",
                (1, 0),
            ),
            (
                r(
                    "Mamy to! 30 mln na nowe autobusy elektryczne dla Koszalina",
                    "koszalin-news",
                    "2019-11-15",
                    ben="Gmina Miasto Koszalin",
                    grant="30000000",
                    prog=POIIS,
                ),
                "another city's near-identical headline with the same round sum",
                (0, 3),
            ),
            (
                r(
                    "Zielona Góra po raz trzeci: autobusy wodorowe z FEnIKS",
                    "wzg",
                    "2024-09-03",
                    ben=ZG,
                    grant="25300000.00",
                    prog="FEnIKS 2021-2027",
                ),
                "the city's next bus project from the next programme",
                (0, 2, 4),
            ),
            (
                r(
                    "Węzeł przesiadkowy przy dworcu PKP z dofinansowaniem z POIiŚ",
                    "um-zielonagora",
                    "2019-12-10",
                    ben=ZG,
                    grant="19200000.00",
                    prog=POIIS,
                ),
                "the same city's other POIiŚ project of the same months",
                (1, 3),
            ),
            (
                r(
                    "MZK kupi pięć autobusów hybrydowych – pożyczka z NFOŚiGW",
                    "mzk-zielonagora",
                    "2020-03-04",
                    impl="Miejski Zakład Komunikacji w Zielonej Górze",
                    total="6150000.00",
                    prog="Zielony Transport Publiczny",
                ),
                "the same bus company's other purchase from another fund",
                (2, 4),
            ),
            (
                r(
                    "Nowa Sól kupi autobusy elektryczne – 12 mln zł z POIiŚ",
                    "nowasol-news",
                    "2019-11-14",
                    ben="Gmina Nowa Sól – Miasto",
                    grant="12100000.00",
                    prog=POIIS,
                ),
                "a town of the same voivodeship on the same list, its own buses",
                (0, 3, 4),
            ),
        ],
    ),
    (
        "Podegrodzie and Záhradné: the PL-SK 2007-2013 micro-project „Pomoc w rozwoju sportu i folkloru” "
        "(b15a-podegrodzie-zahradne-umowa-partnerska-mikroprojekt)",
        [
            (
                r(
                    "Gmina Podegrodzie i Gmina Záhradné podpisały umowę partnerską",
                    "ug-podegrodzie",
                    prog=PL_SK_0713,
                ),
                "the passage restated (the gmina's news of the partner agreement; the partners have no field)",
            ),
            (
                r(
                    "Mikroprojekty zatwierdzone przez Komitet Sterujący: Pomoc w rozwoju sportu i folkloru",
                    "euroregion-tatry",
                    "2012-06-20",
                    ben=GM_PODEGRODZIE,
                    total="45000.00",
                    eu="38250.00",
                    prog="PWT PL-SK 2007-2013",
                ),
                "the euroregion's list of approved micro-projects, the project's name",
            ),
            (
                r(
                    "Folklor i sport ponad granicą – Podegrodzie ze słowackim partnerem",
                    "sadeczanin",
                    "2012-08-02",
                    ben="Gminę Podegrodzie",
                ),
                "local news after the signing, the body in the accusative, no sum",
            ),
            (
                r(
                    "Turniej piłkarski i festiwal zespołów regionalnych z Záhradného i Podegrodzia",
                    "zahradne-sk",
                    "2012-09-15",
                    ben=GM_PODEGRODZIE,
                ),
                "the Slovak partner's page on the joint events, the places in the genitive",
            ),
            (
                r(
                    "Rozliczenie mikroprojektu „Pomoc w rozwoju sportu i folkloru”",
                    "bip-podegrodzie",
                    "2013-03-12",
                    ben=GM_PODEGRODZIE,
                    total="43612.80",
                    prog="Program Współpracy Transgranicznej PL-SK 2007-2013",
                ),
                "the BIP's settlement months later, the spent sum",
            ),
        ],
        [
            (
                r(
                    "Gmina Podegrodzie i Obec Plaveč podpisały umowę partnerską",
                    "ug-podegrodzie",
                    "2012-10-04",
                    ben=GM_PODEGRODZIE,
                    prog=PL_SK_0713,
                ),
                "the same gmina's other micro-project with another Slovak partner, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Mikroprojekty zatwierdzone przez Komitet Sterujący: Lachy i Górale – wspólne tradycje",
                    "euroregion-tatry",
                    "2012-06-20",
                    ben="Gmina Łącko",
                    total="45000.00",
                    eu="38250.00",
                    prog="PWT PL-SK 2007-2013",
                ),
                "the neighbouring gmina's micro-project on the same list, the same sums",
                (1, 2),
            ),
            (
                r(
                    "Podegrodzie i Záhradné znów razem – nowy mikroprojekt z Interreg V-A",
                    "ug-podegrodzie",
                    "2017-05-22",
                    ben=GM_PODEGRODZIE,
                    total="52000.00",
                    prog="Interreg V-A Polska-Słowacja 2014-2020",
                ),
                "the same partners' next micro-project in the next programme",
                (0, 3, 4),
            ),
            (
                r(
                    "Umowa partnerska Gminy Chełmiec z gminą Záhradné",
                    "ug-chelmiec",
                    "2012-07-25",
                    ben="Gmina Chełmiec",
                    prog=PL_SK_0713,
                ),
                "another Polish gmina's agreement with the same Slovak partner, the same summer",
                (0, 3),
            ),
            (
                r(
                    "Boisko wielofunkcyjne w Podegrodziu oddane do użytku",
                    "ug-podegrodzie",
                    "2012-09-28",
                    ben=GM_PODEGRODZIE,
                    total="610000.00",
                    prog="PROW 2007-2013",
                ),
                "the same gmina's sports pitch of the same months, another programme",
                (2, 4),
            ),
            (
                r(
                    "Wspólna publikacja o folklorze – mikroprojekt Podegrodzia i Záhradného",
                    "ug-podegrodzie",
                    "2011-04-12",
                    ben=GM_PODEGRODZIE,
                    eu="24000.00",
                    prog=PL_SK_0713,
                ),
                "the same partners' earlier micro-project of the same programme",
                (0, 3),
            ),
        ],
    ),
    (
        "Udanin: a new Klub Seniora in Udanin, Senior+ 2023 module I (ops-echosredzkie-udanin-senior-2023)",
        [
            (
                r(
                    "Kolejne dofinasowania płyną do gminy Udanin",
                    "echosredzkie",
                    ben=GM_UDANIN,
                    grant="178000",
                    prog=SENIOR,
                ),
                "the passage restated (local news of the ministry's results; the new club's 178 000 zł)",
            ),
            (
                r(
                    "Powstanie Klub Seniora w Udaninie – 178 tys. zł z programu Senior+",
                    "ug-udanin",
                    "2023-03-08",
                    ben=GM_UDANIN,
                    grant="178000.00",
                    prog=SENIOR,
                ),
                "the gmina's news, the new club alone",
            ),
            (
                r(
                    "Program wieloletni Senior+ na lata 2021-2025, edycja 2023 – wyniki konkursu, moduł I",
                    "gov-mrips",
                    "2023-02-28",
                    ben="Gmina Udanin",
                    total="222500.00",
                    grant="178000.00",
                    prog="Program wieloletni „Senior+” na lata 2021–2025",
                ),
                "the ministry's results list, the club's creation (module I)",
            ),
            (
                r(
                    "Seniorzy mają swoje miejsce. Otwarcie klubu w centrum wsi",
                    "echosredzkie",
                    "2023-11-20",
                    ben="Gminy Udanin",
                ),
                "local news at the opening months later, the body in the genitive, no sum",
            ),
            (
                r(
                    "Nabór uczestników do nowego Klubu „Senior+” w Udaninie",
                    "gops-udanin",
                    "2023-10-05",
                    ben=GM_UDANIN,
                    impl="Gminny Ośrodek Pomocy Społecznej w Udaninie",
                    prog=SENIOR,
                ),
                "the GOPS's call for members before the opening",
            ),
        ],
        [
            (
                r(
                    "Klub Seniora w Konarach działa dalej – 38 tys. zł z programu Senior+",
                    "ug-udanin",
                    "2023-03-08",
                    ben=GM_UDANIN,
                    grant="38000.00",
                    prog=SENIOR,
                ),
                "the same gmina's other club's running year, the same results (module II)",
                (1, 2),
            ),
            (
                r(
                    "Senior+ 2024: 40 tys. zł na działalność Klubu Seniora w Udaninie",
                    "ug-udanin",
                    "2024-02-27",
                    ben=GM_UDANIN,
                    grant="40000.00",
                    prog=SENIOR,
                ),
                "the same club's first running year, the next edition",
                (1, 3, 4),
            ),
            (
                r(
                    "Program wieloletni Senior+ na lata 2021-2025, edycja 2023 – wyniki konkursu, moduł I",
                    "gov-mrips",
                    "2023-02-28",
                    ben="Gmina Malczyce",
                    total="222500.00",
                    grant="178000.00",
                    prog="Program wieloletni „Senior+” na lata 2021–2025",
                ),
                "the neighbouring gmina's new club on the same list, the same sums",
                (2, 1),
            ),
            (
                r(
                    "Świetlica w Udaninie po remoncie – Odnowa Dolnośląskiej Wsi 2023",
                    "ug-udanin",
                    "2023-06-14",
                    ben=GM_UDANIN,
                    grant="30000.00",
                    prog="Odnowa Dolnośląskiej Wsi",
                ),
                "the same village's hall from another programme, the same year",
                (3, 0),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Środzie Śląskiej z dotacją ministerstwa",
                    "um-sroda-slaska",
                    "2023-03-02",
                    ben="Gmina Środa Śląska",
                    grant="300000.00",
                    prog=SENIOR,
                ),
                "the powiat town's Senior+ day home of the same edition",
                (0, 3),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2023 w gminie Udanin – opaski bezpieczeństwa",
                    "gops-udanin",
                    "2023-03-15",
                    ben=GM_UDANIN,
                    impl="Gminny Ośrodek Pomocy Społecznej w Udaninie",
                    grant="12650.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same GOPS's other programme for seniors, the same months",
                (4, 1),
            ),
            (
                r(
                    "Powstanie Klub Seniora w Konarach – 150 tys. zł z programu Senior+",
                    "ug-udanin",
                    "2021-03-10",
                    ben=GM_UDANIN,
                    grant="150000.00",
                    prog=SENIOR,
                ),
                "the same gmina's earlier club in another village, a near-identical headline two editions before",
                (1, 2),
            ),
        ],
    ),
    (
        "Rumia: Opieka wytchnieniowa, edycja 2023 (b20b-mops-rumia-opieka-wytchnieniowa-2023-nabor)",
        [
            (
                r("Opieka wytchnieniowa 2023 – nabór wniosków", "mops-rumia", prog=OW),
                "the passage restated (the MOPS's note of the ministry's call; no body labelled)",
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023: gminy województwa pomorskiego z przyznanymi środkami",
                    "uw-gdansk",
                    "2023-01-19",
                    ben=GM_RUMIA,
                    grant="198720.00",
                    prog=OW,
                ),
                "the wojewoda's list of granted gminas",
            ),
            (
                r(
                    "Ruszają zapisy: godziny odpoczynku dla opiekunów osób z niepełnosprawnościami",
                    "mops-rumia",
                    "2023-02-14",
                    ben=GM_RUMIA,
                    impl=MOPS_RUMIA,
                    grant="198720.00",
                    start="2023-01-01",
                    end="2023-12-31",
                    prog=OW,
                ),
                "the MOPS's call for participants once the grant came",
            ),
            (
                r(
                    "Opiekunowie z Rumi odpoczną – pieniądze z Funduszu Solidarnościowego",
                    "nadmorski24",
                    "2023-03-02",
                    ben="Gminie Miejskiej Rumia",
                ),
                "local news, the body in the dative, no sum",
            ),
            (
                r(
                    "Sprawozdanie z działalności MOPS w Rumi za 2023 rok",
                    "bip-rumia",
                    "2024-03-20",
                    impl="MOPS w Rumi",
                    total="187312.40",
                    prog=OW,
                ),
                "the BIP's yearly report, the spent sum, the body abbreviated",
            ),
        ],
        [
            (
                r("Opieka wytchnieniowa 2024 – nabór wniosków", "mops-rumia", "2023-11-06", prog=OW),
                "the next edition's call, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2022 w Rumi zakończona",
                    "mops-rumia",
                    "2022-12-12",
                    ben=GM_RUMIA,
                    impl=MOPS_RUMIA,
                    total="95400.00",
                    prog=OW,
                ),
                "the previous edition's close",
                (3, 4, 0),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023: gminy województwa pomorskiego z przyznanymi środkami",
                    "uw-gdansk",
                    "2023-01-19",
                    ben="Gmina Miasto Reda",
                    grant="198720.00",
                    prog=OW,
                ),
                "the neighbouring town on the same list with the same sum",
                (1, 2),
            ),
            (
                r(
                    "Asystent osobisty osoby z niepełnosprawnością – edycja 2023 w Rumi",
                    "mops-rumia",
                    "2023-02-10",
                    ben=GM_RUMIA,
                    impl=MOPS_RUMIA,
                    grant="312400.00",
                    prog=AOON,
                ),
                "the same MOPS's other Solidarity Fund programme, the same edition",
                (2, 3),
            ),
            (
                r("Opieka wytchnieniowa 2023 – nabór wniosków", "mops-reda", impl="MOPS w Redzie", prog=OW),
                "the neighbouring town's MOPS's identical headline",
                (0, 2),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2023 – MOPS w Rumi zaprasza",
                    "mops-rumia",
                    "2023-02-20",
                    impl=MOPS_RUMIA,
                    grant="46800.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same MOPS's programme for seniors, the same months",
                (0, 3),
            ),
            (
                r(
                    "Opieka wytchnieniowa – edycja 2023 w gminie Wejherowo",
                    "gops-wejherowo",
                    "2023-02-16",
                    ben="Gmina Wejherowo",
                    impl="Gminny Ośrodek Pomocy Społecznej w Wejherowie",
                    grant="176400.00",
                    prog=OW,
                ),
                "a neighbouring rural gmina's edition of the same year",
                (1, 3),
            ),
        ],
    ),
    (
        "Stąporków: Asystent osobisty osoby niepełnosprawnej, edycja 2022 (b9-mgops-staporkow-aoon-nabor-2022)",
        [
            (
                r(
                    "Zaproszenie do udziału w Programie „Asystent osobisty osoby niepełnosprawnej” edycja 2022",
                    "mgops-staporkow",
                    prog=AOON,
                ),
                "the passage restated (the MGOPS's note of the ministry's call; no body labelled)",
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022: środki dla gmin województwa "
                    "świętokrzyskiego",
                    "uw-kielce",
                    "2022-03-24",
                    ben=GM_STAPORKOW,
                    grant="146880.00",
                    prog=AOON,
                ),
                "the wojewoda's list of granted gminas",
            ),
            (
                r(
                    "Umowa z Wojewodą Świętokrzyskim na usługi asystenckie podpisana",
                    "ug-staporkow",
                    "2022-04-12",
                    ben="Gmina Stąporków",
                    grant="146880.00",
                    start="2022-04-01",
                    end="2022-12-31",
                ),
                "the gmina's news at signing, the period, no programme named",
            ),
            (
                r(
                    "Przyjmujemy zgłoszenia osób, którym pomoże asystent",
                    "mgops-staporkow",
                    "2022-04-20",
                    impl=MGOPS_STAPORKOW,
                    prog="AOON",
                ),
                "the MGOPS's call for participants, the programme abbreviated",
            ),
            (
                r(
                    "Asystenci wesprą niepełnosprawnych mieszkańców Stąporkowa",
                    "news-konskie",
                    "2022-05-10",
                    impl="MGOPS w Stąporkowie",
                ),
                "local news, the centre abbreviated, no sum",
            ),
        ],
        [
            (
                r(
                    "Zaproszenie do udziału w Programie „Asystent osobisty osoby z niepełnosprawnością” edycja 2023",
                    "mgops-staporkow",
                    "2023-01-16",
                    prog=AOON,
                ),
                "the next edition's call, a near-identical headline",
                (0, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2022: środki dla gmin województwa "
                    "świętokrzyskiego",
                    "uw-kielce",
                    "2022-03-24",
                    ben="Gmina Końskie",
                    grant="146880.00",
                    prog=AOON,
                ),
                "the neighbouring gmina on the same list with the same sum",
                (1, 2),
            ),
            (
                r(
                    "Umowa z Wojewodą Świętokrzyskim na opiekę wytchnieniową podpisana",
                    "ug-staporkow",
                    "2022-04-12",
                    ben=GM_STAPORKOW,
                    grant="98000.00",
                    start="2022-04-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the same gmina's other Solidarity Fund programme signed the same day",
                (2, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej w powiecie koneckim",
                    "pcpr-konskie",
                    "2022-04-25",
                    ben="Powiat Konecki",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Końskich",
                    grant="210000.00",
                    prog=AOON,
                ),
                "the powiat's own edition of the same programme, run by its PCPR",
                (4, 1, 0),
            ),
            (
                r(
                    "Posiłek w szkole i w domu – MGOPS w Stąporkowie przyjmuje wnioski",
                    "mgops-staporkow",
                    "2022-03-01",
                    impl=MGOPS_STAPORKOW,
                    prog=POSILEK,
                ),
                "the same centre's other programme, the same months",
                (3, 4),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – edycja 2021 w gminie Stąporków",
                    "ug-staporkow",
                    "2021-05-18",
                    ben=GM_STAPORKOW,
                    grant="98000.00",
                    start="2021-06-01",
                    end="2021-12-31",
                    prog=AOON,
                ),
                "the same gmina's previous edition",
                (2, 4),
            ),
        ],
    ),
    (
        "Pisz: Posiłek w szkole i w domu 2024 (b9-mgops-pisz-posilek-2024)",
        [
            (
                r(
                    "Program wieloletni posiłek w szkole i w domu na lata 2024-2028",
                    "mgops-pisz",
                    "2024-03-13",
                    total="462935.00",
                    grant="326935.00",
                    prog=POSILEK,
                ),
                "the passage restated (the MGOPS's board; no body labelled)",
            ),
            (
                r(
                    "Gmina Pisz z dotacją na posiłki dla dzieci i seniorów",
                    "ug-pisz",
                    "2024-02-20",
                    ben=GM_PISZ,
                    grant="326935.00",
                    prog=POSILEK,
                ),
                "the gmina's news, the grant",
            ),
            (
                r(
                    "Umowy z gminami w module 1 programu na 2024 rok",
                    "uw-olsztyn",
                    "2024-02-05",
                    ben="Gmina Pisz",
                    total="462935.00",
                    grant="326935.00",
                    prog="Posiłek w szkole i w domu na lata 2024-2028",
                ),
                "the wojewoda's list of agreements",
            ),
            (
                r(
                    "Sprawozdanie z realizacji pomocy w zakresie dożywiania w 2024 r.",
                    "bip-pisz",
                    "2025-03-25",
                    impl=MGOPS_PISZ,
                    total="455210.37",
                    prog=POSILEK,
                ),
                "the BIP's yearly report, the spent sum",
            ),
            (
                r(
                    "Ciepłe obiady w piskich szkołach – 327 tys. zł z budżetu państwa",
                    "news-pisz",
                    "2024-03-20",
                    ben="Gminie Pisz",
                ),
                "local news, the body in the dative, the sum rounded in the headline",
            ),
        ],
        [
            (
                r(
                    "Program posiłek w szkole i w domu – edycja 2025",
                    "mgops-pisz",
                    "2025-03-10",
                    total="478000.00",
                    grant="334600.00",
                    prog=POSILEK,
                ),
                "the next edition on the same board",
                (0, 1),
            ),
            (
                r(
                    "Nowa stołówka w Szkole Podstawowej nr 1 w Piszu – moduł 3",
                    "ug-pisz",
                    "2024-06-18",
                    ben=GM_PISZ,
                    grant="80000.00",
                    prog=POSILEK,
                ),
                "the same gmina's canteen from the programme's module 3, the same year",
                (0, 1, 4),
            ),
            (
                r(
                    "Umowy z gminami w module 1 programu na 2024 rok",
                    "uw-olsztyn",
                    "2024-02-05",
                    ben="Gmina Orzysz",
                    total="303430.00",
                    grant="212400.00",
                    prog="Posiłek w szkole i w domu na lata 2024-2028",
                ),
                "the neighbouring gmina on the same list",
                (2, 1),
            ),
            (
                r(
                    "Program wieloletni posiłek w szkole i w domu na lata 2024-2028",
                    "ops-ruciane-nida",
                    "2024-03-18",
                    total="290400.00",
                    grant="203280.00",
                    prog=POSILEK,
                ),
                "the neighbouring gmina's identical headline on its own board",
                (0,),
            ),
            (
                r(
                    "Gmina Pisz z dotacją na posiłki dla dzieci i seniorów",
                    "ug-pisz",
                    "2023-02-21",
                    ben=GM_PISZ,
                    grant="301200.00",
                    prog=POSILEK,
                ),
                "the previous edition, the same headline a year before",
                (1, 4, 2),
            ),
            (
                r(
                    "Korpus Wsparcia Seniorów 2024 – MGOPS w Piszu",
                    "mgops-pisz",
                    "2024-03-13",
                    impl=MGOPS_PISZ,
                    grant="52000.00",
                    prog="Korpus Wsparcia Seniorów",
                ),
                "the same centre's other programme on the same day",
                (3, 0),
            ),
            (
                r(
                    "Umowy z gminami w module 1 programu na 2024 rok",
                    "uw-olsztyn",
                    "2024-02-05",
                    ben="Gmina Biała Piska",
                    total="345140.00",
                    grant="241600.00",
                    prog="Posiłek w szkole i w domu na lata 2024-2028",
                ),
                "another gmina of the powiat on the same list",
                (2, 4),
            ),
        ],
    ),
    (
        "Miastków Kościelny: the gmina's nursery in the building at ul. Rynek (b10-wirtualnygarwolin-zlobek-miastkow)",
        [
            (
                r(
                    "Żłobek w Miastkowie strzałem w dziesiątkę",
                    "wirtualnygarwolin",
                    total="840000",
                    grant="545000",
                ),
                "the passage restated (local news two weeks after the opening; no body or programme labelled)",
            ),
            (
                r(
                    "Pierwsze dzieci w gminnym żłobku",
                    "ug-miastkow",
                    "2019-09-02",
                    ben=GM_MIASTKOW,
                    impl="Gminny Żłobek w Miastkowie Kościelnym",
                ),
                "the gmina's news at the opening, no sum",
            ),
            (
                r(
                    "Umowa na utworzenie i prowadzenie żłobka podpisana",
                    "ug-miastkow",
                    "2018-11-20",
                    ben="Gmina Miastków Kościelny",
                    total="840000.00",
                    grant="545000.00",
                    start="2018-11-01",
                    end="2021-08-31",
                ),
                "the gmina's news at signing, the period",
            ),
            (
                r(
                    "Przetarg: adaptacja pomieszczeń budynku przy ul. Rynek na potrzeby żłobka",
                    "bip-miastkow",
                    "2019-03-05",
                    ben="Gminę Miastków Kościelny",
                ),
                "the BIP's tender for the works, the body in the accusative, no sum",
            ),
            (
                r(
                    "Rodzice z gminy Miastków Kościelny nie płacą za opiekę nad maluchami",
                    "news-garwolin",
                    "2019-10-14",
                    ben="Gmina Miastków Kościelny",
                ),
                "another local paper a month later, no sum",
            ),
        ],
        [
            (
                r(
                    "Żłobek miejski w Garwolinie z nowymi miejscami",
                    "um-garwolin",
                    "2019-09-09",
                    ben="Miasto Garwolin",
                    grant="360000.00",
                ),
                "the powiat town's nursery, the same months",
                (0, 4),
            ),
            (
                r(
                    "Drugi oddział żłobka w Miastkowie Kościelnym – Maluch+ 2022-2029",
                    "ug-miastkow",
                    "2023-05-16",
                    ben=GM_MIASTKOW,
                    grant="332000.00",
                    prog="Maluch+",
                ),
                "the same nursery's second room years later, another project",
                (0, 1, 3),
            ),
            (
                r(
                    "Żłobek w Miastkowie otwarty",
                    "ug-miastkowo",
                    "2021-09-06",
                    ben="Gmina Miastkowo",
                    grant="600000.00",
                    prog="Maluch+",
                ),
                "the gmina Miastkowo by Łomża: its own nursery, the same locative",
                (0, 1, 4),
            ),
            (
                r(
                    "Przebudowa kuchni w szkole w Miastkowie Kościelnym",
                    "ug-miastkow",
                    "2019-08-12",
                    ben=GM_MIASTKOW,
                    total="210000.00",
                ),
                "the same gmina's school kitchen (which cooks for the nursery), the same months",
                (0, 1),
            ),
            (
                r(
                    "Klub dziecięcy w Borowiu – umowa na utworzenie i prowadzenie podpisana",
                    "ug-borowie",
                    "2018-11-22",
                    ben="Gmina Borowie",
                    total="780000.00",
                    grant="545000.00",
                ),
                "the neighbouring gmina's children's club, the same grant and the same week",
                (2, 0),
            ),
            (
                r(
                    "Dotacja na funkcjonowanie żłobka w Miastkowie Kościelnym w 2022 r.",
                    "ug-miastkow",
                    "2022-03-08",
                    ben=GM_MIASTKOW,
                    grant="48000.00",
                    prog="Maluch+",
                ),
                "the same nursery's running grant after the project's end, another project",
                (1, 2, 4),
            ),
        ],
    ),
    (
        "Dukla: LED street lighting from the second round of the Polski Ład PIS "
        "(b18-glajt-dukla-polski-lad-oswietlenie-drogi)",
        [
            (
                r(
                    "Środki na nowe oświetlenie uliczne i na drogi",
                    "glajt-dukla",
                    ben=GM_DUKLA,
                    grant="3213783.00",
                    prog=PIS,
                ),
                "the passage restated (the town's news of the round; the lighting's grant)",
            ),
            (
                r(
                    "Oświetlenie LED w gminie Dukla – umowa z wykonawcą",
                    "ug-dukla",
                    "2022-09-14",
                    ben=GM_DUKLA,
                    total="3382930.00",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "the gmina's news at the contract, the contractor's price",
            ),
            (
                r(
                    "Wyniki drugiego naboru Programu Inwestycji Strategicznych – województwo podkarpackie",
                    "gov-pl",
                    "2022-01-12",
                    ben="Gmina Dukla",
                    grant="3213783.00",
                    prog=PIS,
                ),
                "the government's list of the round",
            ),
            (
                r(
                    "Energooszczędne lampy zamiast starych opraw. Jaśniej na ulicach",
                    "news-krosno",
                    "2023-04-20",
                    ben="Gminy Dukla",
                ),
                "local news at completion, the body in the genitive, no sum",
            ),
            (
                r(
                    "Przetarg nieograniczony: wymiana opraw na LED i budowa nowych odcinków oświetlenia",
                    "bip-dukla",
                    "2022-07-05",
                    ben=GM_DUKLA,
                    total="3390000.00",
                ),
                "the BIP's tender, the estimate",
            ),
        ],
        [
            (
                r(
                    "Modernizacja dróg z terenu Gminy Dukla – 6,26 mln zł z Polskiego Ładu",
                    "ug-dukla",
                    "2022-01-15",
                    ben=GM_DUKLA,
                    grant="6259223.00",
                    prog=PIS,
                ),
                "the same gmina's road project of the same round",
                (1, 2, 4),
            ),
            (
                r(
                    "Oświetlenie LED w gminie Iwonicz-Zdrój – umowa z wykonawcą",
                    "ug-iwonicz",
                    "2022-09-20",
                    ben="Gmina Iwonicz-Zdrój",
                    total="2150000.00",
                    prog="Rządowy Fundusz Polski Ład",
                ),
                "the neighbouring gmina's lighting from the same fund, a near-identical headline",
                (1, 3),
            ),
            (
                r(
                    "Modernizacja oświetlenia ulicznego w Dukli z funduszy unijnych",
                    "ug-dukla",
                    "2018-05-09",
                    ben=GM_DUKLA,
                    eu="1200000.00",
                    prog="RPO WP 2014-2020",
                ),
                "the same gmina's earlier lighting project from the RPO",
                (0, 3, 4),
            ),
            (
                r(
                    "Polski Ład: Gmina Dukla z kolejnymi środkami na kanalizację",
                    "glajt-dukla",
                    "2022-12-01",
                    ben=GM_DUKLA,
                    grant="4750000.00",
                    prog=PIS,
                ),
                "the same gmina's sewer project of the next round",
                (0, 2),
            ),
            (
                r(
                    "Wyniki drugiego naboru Programu Inwestycji Strategicznych – województwo podkarpackie",
                    "gov-pl",
                    "2022-01-12",
                    ben="Gmina Chorkówka",
                    grant="2990000.00",
                    prog=PIS,
                ),
                "another gmina of the powiat on the same list",
                (2,),
            ),
            (
                r(
                    "Lampy solarne przy drogach w sołectwach gminy Dukla",
                    "ug-dukla",
                    "2023-06-07",
                    ben=GM_DUKLA,
                    total="48000.00",
                    prog="fundusz sołecki",
                ),
                "the same gmina's small lighting works paid from the village funds",
                (3, 1),
            ),
        ],
    ),
    (
        "Starcza: a farm road in Klepaczka, plot 195, the Śląskie marshal's grant "
        "(b17-starcza-droga-klepaczka-czek-umws-2023)",
        [
            (
                r(
                    "160 000 zł na budowę drogi dojazdowej do pól w Klepaczce",
                    "gminastarcza",
                    "2023-05-19",
                    ben=GM_STARCZA,
                    grant="160000",
                ),
                "the passage restated (the gmina's news of the cheque; no programme labelled)",
            ),
            (
                r(
                    "Czeki na drogi dojazdowe do gruntów rolnych dla gmin powiatu częstochowskiego",
                    "umws",
                    "2023-05-18",
                    ben="Gmina Starcza",
                    grant="160000.00",
                ),
                "the marshal's office's news of the cheques",
            ),
            (
                r(
                    "Przetarg: budowa drogi dojazdowej do gruntów rolnych w msc. Klepaczka, dz. nr 195",
                    "bip-starcza",
                    "2023-07-10",
                    ben=GM_STARCZA,
                    total="287000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Rolnicy z Klepaczki dojadą do pól po asfalcie",
                    "news-czestochowa",
                    "2023-10-12",
                    ben="Gminy Starcza",
                ),
                "local news at completion, the body in the genitive, no sum",
            ),
            (
                r(
                    "Uchwała Zarządu Województwa Śląskiego w sprawie pomocy finansowej na drogi dojazdowe w 2023 r.",
                    "bip-slaskie",
                    "2023-04-20",
                    ben="Gminie Starcza",
                    grant="160000.00",
                ),
                "the voivodeship board's resolution, the body in the dative",
            ),
        ],
        [
            (
                r(
                    "Czeki na drogi dojazdowe do gruntów rolnych dla gmin powiatu częstochowskiego",
                    "umws",
                    "2023-05-18",
                    ben="Gmina Poczesna",
                    grant="160000.00",
                ),
                "another gmina's cheque of the same day with the same sum",
                (1, 4),
            ),
            (
                r(
                    "150 000 zł na budowę drogi dojazdowej do pól w Łyścu",
                    "gminastarcza",
                    "2024-05-24",
                    ben=GM_STARCZA,
                    grant="150000",
                ),
                "the same gmina's farm road in another village a year later, a like headline",
                (0, 2),
            ),
            (
                r(
                    "Modernizacja drogi dojazdowej do pól w Klepaczce – dz. nr 412",
                    "gminastarcza",
                    "2022-06-03",
                    ben=GM_STARCZA,
                    grant="120000.00",
                ),
                "the same village's other farm road a year before, another plot",
                (0, 3, 2),
            ),
            (
                r(
                    "Droga w Klepaczce z nową nawierzchnią",
                    "ug-wreczyca",
                    "2023-08-30",
                    ben="Gmina Wręczyca Wielka",
                    total="410000.00",
                ),
                "a village of the same name in the gmina Wręczyca Wielka, its own road, the same year",
                (0, 3),
            ),
            (
                r(
                    "Przebudowa ulicy Szkolnej w Starczy z Rządowego Funduszu Rozwoju Dróg",
                    "gminastarcza",
                    "2023-05-30",
                    ben=GM_STARCZA,
                    grant="620000.00",
                    prog="Rządowy Fundusz Rozwoju Dróg",
                ),
                "the same gmina's street of the same months, another programme",
                (1, 3),
            ),
            (
                r(
                    "5 tys. zł od marszałka dla Koła Gospodyń Wiejskich w Klepaczce",
                    "gminastarcza",
                    "2023-05-22",
                    ben="Koło Gospodyń Wiejskich w Klepaczce",
                    grant="5000",
                ),
                "the same village's women's circle's grant from the same marshal, the same week",
                (0, 1),
            ),
            (
                r(
                    "Budowa drogi dojazdowej do gruntów rolnych w Starczy – dz. nr 704",
                    "gminastarcza",
                    "2023-05-19",
                    ben=GM_STARCZA,
                    grant="95000.00",
                ),
                "the same gmina's second farm road of the same cheques, in another village",
                (0, 1, 2),
            ),
        ],
    ),
    (
        "Powiat Lwówecki: a lift and parking places at the Starostwo, PFRON's Program wyrównywania różnic między "
        "regionami III (b18-powiatlwowecki-pfron-wyrownywanie-roznic-winda)",
        [
            (
                r(
                    "Środki z PFRON-u",
                    "powiatlwowecki",
                    ben=P_LWOWECKI,
                    grant="142842.62",
                    prog=PWRMR,
                ),
                "the passage restated (the URL's headline; the lift's grant)",
            ),
            (
                r(
                    "Budowa windy w budynku Starostwa Powiatowego w Lwówku Śląskim – zapytanie ofertowe",
                    "bip-powiatlwowecki",
                    "2023-06-12",
                    ben="Powiat Lwówecki",
                    total="238000.00",
                ),
                "the BIP's request for offers, the estimate",
            ),
            (
                r(
                    "Obszar B programu wyrównywania różnic między regionami III – umowy z powiatami dolnośląskimi",
                    "pfron-wroclaw",
                    "2023-05-17",
                    ben="Powiat Lwówecki",
                    grant="142842.62",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "PFRON's branch's list of agreements, the lift's row",
            ),
            (
                r(
                    "Urząd bez barier: winda i miejsca parkingowe dla osób z niepełnosprawnościami",
                    "news-lwowek",
                    "2023-11-28",
                    ben="Powiatu Lwóweckiego",
                ),
                "local news at completion, the body in the genitive, no sum",
            ),
            (
                r(
                    "Dostępne starostwo – wniosek powiatu w obszarze B",
                    "pcpr-lwowek",
                    "2023-03-30",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Lwówku Śląskim",
                    prog="PWRMR III",
                ),
                "the PCPR, which handles PFRON's programmes, at the application, the programme abbreviated",
            ),
        ],
        [
            (
                r(
                    "Likwidacja barier architektonicznych w SOSW przy ul. Parkowej – 150 tys. zł z PFRON",
                    "powiatlwowecki",
                    "2023-05-19",
                    ben=P_LWOWECKI,
                    grant="150000.00",
                    prog=PWRMR,
                ),
                "the same powiat's other project of the same programme and call, its special school",
                (1, 3, 2),
            ),
            (
                r(
                    "Środki z PFRON-u na nowy samochód do przewozu osób z niepełnosprawnościami",
                    "powiatlwowecki",
                    "2024-06-04",
                    ben=P_LWOWECKI,
                    grant="96000.00",
                    prog=PWRMR,
                ),
                "the same powiat's project of the programme's next year (area D, a vehicle)",
                (0, 4),
            ),
            (
                r(
                    "Budowa windy w Starostwie Powiatowym w Bolesławcu",
                    "bip-powiatboleslawiecki",
                    "2023-07-03",
                    ben="Powiat Bolesławiecki",
                    total="255000.00",
                    prog=PWRMR,
                ),
                "the neighbouring powiat's lift from the same programme",
                (1, 3),
            ),
            (
                r(
                    "Winda w Urzędzie Gminy i Miasta Lwówek Śląski",
                    "um-lwowek",
                    "2023-09-15",
                    ben="Gmina Lwówek Śląski",
                    total="310000.00",
                ),
                "the gmina of the powiat's seat, its own lift in its own office",
                (1, 3),
            ),
            (
                r(
                    "Termomodernizacja budynku Starostwa Powiatowego w Lwówku Śląskim",
                    "bip-powiatlwowecki",
                    "2023-06-20",
                    ben=P_LWOWECKI,
                    total="1850000.00",
                ),
                "the same building's thermal retrofit, the same months",
                (1, 4),
            ),
            (
                r(
                    "Winda w Zespole Szkół Ponadgimnazjalnych w Lubaniu z programu PFRON",
                    "powiatlubanski",
                    "2023-05-22",
                    ben="Powiat Lubański",
                    grant="142000.00",
                    prog=PWRMR,
                ),
                "the neighbouring powiat's lift of the same call, a near sum",
                (2, 0),
            ),
        ],
    ),
    (
        "Krzelków: the OSP's grant from the programme „Orlen – jesteśmy razem” (b21b-doba-osp-krzelkow-orlen)",
        [
            (
                r(
                    "Druhowie z Krzelkowa dostali od Orlenu kilkanaście tysięcy złotych. Na co pójdą pieniądze?",
                    "doba",
                    ben=OSP_KRZELKOW,
                    grant="16000",
                    prog=ORLEN,
                ),
                "the passage restated (local news of the gala)",
            ),
            (
                r(
                    "Dwa aparaty ochrony dróg oddechowych dzięki grantowi Fundacji Orlen",
                    "osp-krzelkow",
                    "2024-11-29",
                    ben="OSP Krzelków",
                    grant="16000.00",
                ),
                "the brigade's own page, the body abbreviated",
            ),
            (
                r(
                    "Strażacy z Krzelkowa nagrodzeni na gali w Operze Narodowej",
                    "ug-ziebice",
                    "2024-12-02",
                    ben="OSP w Krzelkowie",
                    prog="Orlen – jesteśmy razem",
                ),
                "the gmina's news, no sum",
            ),
            (
                r(
                    "Lista laureatów programu grantowego „ORLEN – jesteśmy razem”",
                    "fundacja-orlen",
                    "2024-11-28",
                    ben="Ochotnicza Straż Pożarna w Krzelkowie",
                    grant="16000.00",
                    prog=ORLEN,
                ),
                "the foundation's list of grantees",
            ),
            (
                r(
                    "Nowe aparaty powietrzne już w remizie",
                    "doba",
                    "2025-02-10",
                    ben="OSP Krzelków",
                ),
                "the same news site at the purchase, months later, no sum",
            ),
        ],
        [
            (
                r(
                    "Lista laureatów programu grantowego „ORLEN – jesteśmy razem”",
                    "fundacja-orlen",
                    "2024-11-28",
                    ben="Ochotnicza Straż Pożarna w Bardzie",
                    grant="16000.00",
                    prog=ORLEN,
                ),
                "another brigade of the flooded region on the same list with the same sum",
                (3, 1),
            ),
            (
                r(
                    "Nowy wóz dla druhów z Krzelkowa – dotacja MSWiA po powodzi",
                    "doba",
                    "2024-12-18",
                    ben=OSP_KRZELKOW,
                    grant="250000.00",
                ),
                "the same brigade's fire engine from another payer, the same weeks",
                (0, 2, 4),
            ),
            (
                r(
                    "Druhowie z Krzelowa z grantem Orlenu na sprzęt",
                    "ug-winsko",
                    "2024-11-29",
                    ben="OSP Krzelów",
                    grant="15000.00",
                    prog=ORLEN,
                ),
                "a brigade of a like-named village in the gmina Wińsko, its own grant of the same gala",
                (0, 2, 1),
            ),
            (
                r(
                    "OSP Krzelków ponownie wśród laureatów programu Orlen",
                    "osp-krzelkow",
                    "2025-11-27",
                    ben="OSP Krzelków",
                    grant="20000.00",
                    prog=ORLEN,
                ),
                "the next year's grant of the same programme",
                (0, 4, 1),
            ),
            (
                r(
                    "Lista laureatów programu grantowego „ORLEN – jesteśmy razem”",
                    "fundacja-orlen",
                    "2024-11-28",
                    ben="Koło Gospodyń Wiejskich w Krzelkowie",
                    grant="8000.00",
                    prog=ORLEN,
                ),
                "the same village's women's circle on the same list",
                (2, 3),
            ),
            (
                r(
                    "Nowe umundurowanie dla OSP Krzelków z dotacji gminy",
                    "ug-ziebice",
                    "2024-11-21",
                    ben="OSP Krzelków",
                    grant="6000.00",
                ),
                "the same brigade's grant from its gmina, the same weeks",
                (1, 3),
            ),
        ],
    ),
    (
        "Ożarów Mazowiecki: the ministry's programme Usługi opiekuńcze dla osób niepełnosprawnych 2019 at the OPS "
        "(b23a-ops-ozarow-uslugi-opiekuncze-2019)",
        [
            (
                r(
                    "Program Ministra Rodziny, Pracy i Polityki Społecznej „Usługi opiekuńcze dla osób "
                    "niepełnosprawnych”",
                    "ops-ozarow",
                    impl="Osrodek Pomocy Społecznej",
                    start="2019-03-01",
                    end="2019-12-31",
                    prog=UON,
                ),
                "the passage restated (the OPS's page; the body as printed, typo and all)",
            ),
            (
                r(
                    "Dotacja z Solidarnościowego Funduszu na opiekę nad niepełnosprawnymi mieszkańcami",
                    "ug-ozarow",
                    "2019-03-15",
                    ben=GM_OZAROW,
                    grant="86400.00",
                    prog=UON,
                ),
                "the gmina's news, the grant",
            ),
            (
                r(
                    "Usługi opiekuńcze dla osób niepełnosprawnych – edycja 2019: gminy województwa mazowieckiego",
                    "uw-warszawa",
                    "2019-02-20",
                    ben="Gmina Ożarów Mazowiecki",
                    grant="86400.00",
                    prog=UON,
                ),
                "the wojewoda's list of gminas",
            ),
            (
                r(
                    "Sprawozdanie z działalności Ośrodka Pomocy Społecznej w Ożarowie Mazowieckim za 2019 r.",
                    "bip-ozarow",
                    "2020-03-30",
                    impl=OPS_OZAROW,
                    total="84120.55",
                    prog=UON,
                ),
                "the BIP's yearly report, the spent sum",
            ),
            (
                r(
                    "Opiekunki przyjdą do domu. Pomoc dla osób ze znacznym stopniem niepełnosprawności",
                    "news-warszawazachod",
                    "2019-04-05",
                    impl="OPS w Ożarowie Mazowieckim",
                ),
                "local news, the centre abbreviated, no sum",
            ),
        ],
        [
            (
                r(
                    "Usługi opiekuńcze dla osób niepełnosprawnych – MGOPS w Ożarowie",
                    "mgops-ozarow",
                    "2019-04-10",
                    ben="Gmina Ożarów",
                    impl="Miejsko-Gminny Ośrodek Pomocy Społecznej w Ożarowie",
                    grant="42000.00",
                    start="2019-04-01",
                    end="2019-12-31",
                    prog=UON,
                ),
                "Ożarów by Opatów (świętokrzyskie): the same programme and year in a gmina of a like name",
                (0, 4, 1),
            ),
            (
                r(
                    "Opieka wytchnieniowa 2019 w Ożarowie Mazowieckim",
                    "ops-ozarow",
                    "2019-04-02",
                    impl=OPS_OZAROW,
                    grant="45000.00",
                    start="2019-04-01",
                    end="2019-12-31",
                    prog=OW,
                ),
                "the same OPS's other Solidarity Fund programme of the same year",
                (0, 1, 4),
            ),
            (
                r(
                    "Usługi opiekuńcze dla osób niepełnosprawnych – edycja 2019: gminy województwa mazowieckiego",
                    "uw-warszawa",
                    "2019-02-20",
                    ben="Gmina Stare Babice",
                    grant="86400.00",
                    prog=UON,
                ),
                "the neighbouring gmina on the same list with the same sum",
                (2, 1),
            ),
            (
                r(
                    "Usługi opiekuńcze dla osób niepełnosprawnych – edycja 2020",
                    "ops-ozarow",
                    "2020-05-12",
                    impl=OPS_OZAROW,
                    start="2020-05-01",
                    end="2020-12-31",
                    prog=UON,
                ),
                "the same OPS's next edition",
                (0, 3),
            ),
            (
                r(
                    "Asystent osobisty osoby niepełnosprawnej – OPS w Ożarowie Mazowieckim",
                    "ops-ozarow",
                    "2019-06-18",
                    impl=OPS_OZAROW,
                    grant="64000.00",
                    start="2019-07-01",
                    end="2019-12-31",
                    prog=AOON,
                ),
                "the same OPS's assistance programme, the same year",
                (0, 3),
            ),
            (
                r(
                    "Specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi w 2019 r.",
                    "ops-ozarow",
                    "2019-01-15",
                    impl=OPS_OZAROW,
                    grant="52000.00",
                    start="2019-01-01",
                    end="2019-12-31",
                ),
                "the same OPS's commissioned care services of the same year, another task",
                (0, 4),
            ),
        ],
    ),
    (
        "Powiat Gnieźnieński: the agriculture ministry's grant for the Technikum Agrobiznesu's multimedia room and "
        "language lab, ZSP nr 1 (b16a-powiat-gniezno-technikum-mrirw-2007)",
        [
            (
                r("Fundusze dla ,,rolnika’’", "powiat-gniezno", "2007-11-15", grant="99000"),
                "the passage restated (the starostwo's news; no body or programme labelled)",
            ),
            (
                r(
                    "Sala multimedialna i pracownia językowa w Technikum Agrobiznesu gotowe",
                    "zsp1-gniezno",
                    "2008-01-21",
                    ben=P_GNIEZNO,
                    impl="Zespół Szkół Ponadgimnazjalnych nr 1 w Gnieźnie",
                ),
                "the school's news when the rooms were ready, no sum",
            ),
            (
                r(
                    "Zmiany w budżecie powiatu: dotacja ministerstwa na pracownie Technikum Agrobiznesu",
                    "bip-powiat-gniezno",
                    "2007-11-28",
                    ben="Powiatu Gnieźnieńskiego",
                    grant="99000.00",
                ),
                "the BIP's budget resolution, the body in the genitive",
            ),
            (
                r(
                    "Umowa z MRiRW: wyposażenie sali multimedialnej i pracowni językowej Technikum Agrobiznesu",
                    "minrol",
                    "2007-11-09",
                    ben="Powiat Gnieźnieński",
                    grant="99000.00",
                ),
                "the ministry's note of the agreement, the ministry abbreviated",
            ),
            (
                r(
                    "Gnieźnieńscy uczniowie uczą się języków w nowej pracowni",
                    "news-gniezno",
                    "2008-02-11",
                ),
                "local news months later, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Technikum Rolnicze w Gnieźnie kupi ciągnik i narzędzia za 99 tys. zł",
                    "powiat-gniezno",
                    "2007-11-20",
                    ben=P_GNIEZNO,
                    grant="99000.00",
                ),
                "the other school of the same complex, the same ministry, day and sum",
                (1, 2, 3),
            ),
            (
                r(
                    "Fundusze dla ,,rolnika’’ – kolejna dotacja ministerstwa",
                    "powiat-gniezno",
                    "2008-10-22",
                    ben=P_GNIEZNO,
                    grant="85000.00",
                ),
                "the same school's grant of the next year, for a computer lab",
                (0, 1),
            ),
            (
                r(
                    "Umowa z MRiRW: wyposażenie pracowni mechanizacji rolnictwa w Zespole Szkół w Marszewie",
                    "minrol",
                    "2007-11-09",
                    ben="Powiat Pleszewski",
                    grant="99000.00",
                ),
                "another powiat's agricultural school on the same day with the same sum",
                (3, 2),
            ),
            (
                r(
                    "Sala multimedialna w Gimnazjum nr 2 w Gnieźnie",
                    "um-gniezno",
                    "2007-12-05",
                    ben="Miasto Gniezno",
                    grant="40000.00",
                ),
                "the town's own school's multimedia room, the same months",
                (1, 4),
            ),
            (
                r(
                    "Termomodernizacja budynku ZSP nr 1 w Gnieźnie",
                    "bip-powiat-gniezno",
                    "2007-10-17",
                    ben=P_GNIEZNO,
                    total="1200000.00",
                ),
                "the same school's building works, another project of the same months",
                (0, 1, 2),
            ),
            (
                r(
                    "Pracownia komputerowa w szkole w Jankowie Dolnym",
                    "ug-gniezno",
                    "2007-11-22",
                    ben="Gmina Gniezno",
                    grant="45000.00",
                ),
                "the rural gmina Gniezno's school lab, the same weeks",
                (1, 4),
            ),
        ],
    ),
    (
        "Serokomla: the village association's ASOS 2015 offer (b18-serokomla-stowarzyszenie-asos-2015-oferta)",
        [
            (
                r("Konkurs ASOS – edycja 2015", "stowarzyszenie-serokomla", "2015-01-30", prog=ASOS),
                "the passage restated (the association's note of its offer; no body labelled)",
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert ASOS 2015 – oferty z dofinansowaniem",
                    "mrpips",
                    "2015-04-14",
                    ben=SMGS,
                    grant="38500.00",
                    prog="Program ASOS 2014-2020",
                ),
                "the ministry's results, the programme abbreviated",
            ),
            (
                r(
                    "Udało się! Nasz projekt dla seniorów z dofinansowaniem",
                    "stowarzyszenie-serokomla",
                    "2015-04-20",
                    ben=SMGS,
                    grant="38500.00",
                    start="2015-05-01",
                    end="2015-12-31",
                ),
                "the association's news of the result, the period",
            ),
            (
                r(
                    "Seniorzy z gminy Serokomla na warsztatach i wycieczkach",
                    "ug-serokomla",
                    "2015-07-08",
                    impl="Stowarzyszenie Mieszkańców Gminy Serokomla",
                ),
                "the gmina's news during the project, no sum",
            ),
            (
                r(
                    "Sprawozdanie końcowe z realizacji zadania publicznego w ramach ASOS",
                    "stowarzyszenie-serokomla",
                    "2016-01-25",
                    ben="Stowarzyszenia Mieszkańców Gminy Serokomla",
                    total="44800.00",
                    prog=ASOS,
                ),
                "the association's final report, the body in the genitive, the whole cost",
            ),
        ],
        [
            (
                r("Konkurs ASOS – edycja 2014", "stowarzyszenie-serokomla", "2014-01-28", prog=ASOS),
                "the previous year's offer (not funded), a near-identical headline",
                (0, 2),
            ),
            (
                r("Konkurs ASOS – edycja 2016", "stowarzyszenie-serokomla", "2016-01-27", prog=ASOS),
                "the next year's offer, a near-identical headline",
                (0, 4, 3),
            ),
            (
                r(
                    "Wyniki otwartego konkursu ofert ASOS 2015 – oferty z dofinansowaniem",
                    "mrpips",
                    "2015-04-14",
                    ben="Stowarzyszenie „Razem dla Kocka”",
                    grant="38500.00",
                    prog="Program ASOS 2014-2020",
                ),
                "another association of the region on the same list with the same sum",
                (1, 2),
            ),
            (
                r(
                    "Działaj Lokalnie 2015: nasz projekt „Zielona Serokomla”",
                    "stowarzyszenie-serokomla",
                    "2015-06-10",
                    ben=SMGS,
                    grant="5000.00",
                    prog="Działaj Lokalnie",
                ),
                "the same association's other project of the same months",
                (2, 3),
            ),
            (
                r(
                    "Klub seniora w Serokomli – gmina z dotacją z programu Senior-WIGOR",
                    "ug-serokomla",
                    "2015-09-14",
                    ben="Gmina Serokomla",
                    grant="150000.00",
                    prog="Senior-WIGOR",
                ),
                "the gmina's own seniors' project of the same year, another programme",
                (3, 0),
            ),
            (
                r("Konkurs ASOS – edycja 2015", "stowarzyszenie-wojcieszkow", "2015-02-02", prog=ASOS),
                "another village association's note of its own offer, the identical headline",
                (0, 1),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round16.jsonl", "r16s", ROUND16)


if __name__ == "__main__":
    main()
