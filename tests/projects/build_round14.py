"""Builds pairs_round14.jsonl: a fourteenth held-out round, to be scored once by the lead, never tuned on.

Built as rounds 6 to 13 were, apart from the grouping rule (its code was not read and it was not run on these
pairs). Each seed starts from a real passage of the development real-text set that no earlier round used
(build_pairs.py, seeds_round2.py, build_holdout.py and build_round5.py to build_round13.py name theirs), and from
none of the prospective gates' batches (b19, b24, b26, b28): b20a-urszulin-termomodernizacja-urzedu-rpo-wl,
b21a-paczkow-interreg-cz-pl-mikroprojekt-wniosek, b17-gops-lipinki-senior-plus-2021,
nc-raciaz-opieka-wytchnieniowa-2022, b18-gilowice-asystent-osobisty-2026, b11-psp-mazowszany-posilek-modul-3,
b10-krzyzanow-klub-malucha-maluch-fers, nb-zakrzew-polski-lad-drogi, b16b-ksnaw-wtz-piaseczno-minibus-pwrmr,
b10-klukowo-osp-samochody-260-tys, eu-dziennikpolski24-krzeszowice-sala-2023,
b15a-korczyna-ppow-kombornia-osrodek-zdrowia-2024, b12-gops-sedziejowice-uslugi-opiekuncze-trwalosc and
b25-sporzeszkow-orzeszkowski-las-stowarzyszenie-winsko (a gmina office's thermal retrofit from the RPO WL, an
Interreg V-A Czech-Polish micro-project at its application, Senior+ (a club's running year), Opieka
wytchnieniowa in a town named like its rural gmina, Asystent osobisty, Posiłek w szkole i w domu's module 3 for
one school, Maluch+ 2022-2029's running part paid from FERS, a Polski Ład grant for six villages' roads in a
gmina named like another voivodeship's, a WTZ minibus from PFRON's Program wyrównywania różnic między regionami
III, two OSP vehicles paid from two sources, a powiat's sports hall at a town's liceum, a voivodeship's village
renewal programme, an RPO WŁ welfare project with its contract number and a village association's task paid by
its gmina).

The first variant restates the passage (its headline, or the URL's headline when the text has none, as the title;
its hand labels as the fields, `published` only when the passage states it; one sum of a kind where the passage
labels several: for Klukowo the 260,000 zł both grants make, not its two parts). The other variants are how the
gmina, its OPS, school or club, the BIP, the powiat or its PCPR, the voivodeship, the wojewoda, an implementing
agency, a euroregion, the partner town, a local news site or a later report would word the same project (written for
this set: other titles with few shared words, names in other grammatical cases, often without amounts or period, a
report's spent sum, a tender's estimate, a second source's grant for the same purchase, an application's total, the
powiat's office named for its seat, a publication months later). The near-misses are the next or previous edition of
a yearly programme, the neighbouring gmina, powiat, school or workshop in the same call (at times with the very same
sum: Maluch+'s per-place rate, Opieka wytchnieniowa's sum, the village renewal programme's round grant, module 3's
cap, a marshal's OSP grant, PFRON's bus), another module, part, stage or programme (Maluch+'s building part from the
KPO, stage II of the office, the next Interreg), the same body's other project of the same months (at times on the
same building, village, club or road), a gmina of the same or a like name elsewhere (Zakrzew in the lubelski powiat,
Krzyżanowice by Racibórz, Lipinki Łużyckie, a school in Mazowsze), a town named like its rural gmina (Raciąż, whose
rural gmina's notice bears the same headline) and a near-identical headline of another project (another school's
"Nasza szkoła z dofinansowaniem…", another gmina's "… aplikuje o środki w Euroregionie Pradziad", the euroregion's
next list, another gmina's "260 000 zł dofinansowania na zakup samochodu…", the same partners' sequel "… II"). Every
two variants of a seed are a same pair; each near-miss is paired with one to three variants (the restated passage
and the variants it is likeliest to be confused with), so that about 40 % of the pairs are the same. Labels were
written by reading each record, never from the grouping's output.

    python tests/projects/build_round14.py   # rewrites pairs_round14.jsonl; deterministic
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

RPO_WL = "RPO WL 2014-2020"
RPO_WLD = "RPO WŁ 2014-2020"
INTERREG_CZ = "Interreg V-A Republika Czeska – Polska"
SENIOR = "Senior+"
OW = "Opieka wytchnieniowa"
AOON = "Asystent osobisty osoby z niepełnosprawnością"
POSILEK = "Posiłek w szkole i w domu"
MALUCH = "Maluch+"
RFPL = "Rządowy Fundusz Polski Ład"
PIS = "Program Inwestycji Strategicznych"
RFRD = "Rządowy Fundusz Rozwoju Dróg"
RFIL = "Rządowy Fundusz Inwestycji Lokalnych"
PWRMR = "Program wyrównywania różnic między regionami"
PPOW = "Podkarpacki Program Odnowy Wsi"
GM_URSZULIN = "Gmina Urszulin"
GM_PACZKOW = "Gmina Paczków"
GM_LIPINKI = "Gmina Lipinki"
GOPS_LIPINKI = "Gminny Ośrodek Pomocy Społecznej w Lipinkach"
M_RACIAZ = "Miasto Raciąż"
MOPS_RACIAZ = "Miejski Ośrodek Pomocy Społecznej w Raciążu"
GOPS_GILOWICE = "Gminny Ośrodek Pomocy Społecznej w Gilowicach"
GM_JASTRZEBIA = "Gmina Jastrzębia"
GM_KRZYZANOW = "Gmina Krzyżanów"
GM_ZAKRZEW = "Gmina Zakrzew"
P_PIASECZNO = "Powiat Piaseczyński"
GM_KLUKOWO = "Gmina Klukowo"
P_KRAKOWSKI = "Powiat Krakowski"
GM_KORCZYNA = "Gmina Korczyna"
GM_SEDZIEJOWICE = "Gmina Sędziejowice"
GOPS_SEDZIEJOWICE = "Gminny Ośrodek Pomocy Społecznej w Sędziejowicach"
SEDZ_CONTRACT = "RPLD.09.02.01-10-D002/22"
ORZESZKOW = "Stowarzyszenie na Rzecz rozwoju wsi Orzeszków"

ROUND14: list[Seed] = [
    (
        "Urszulin: the gmina office's thermal retrofit, stage I, RPO WL "
        "(b20a-urszulin-termomodernizacja-urzedu-rpo-wl)",
        [
            (
                r(
                    "Termomodernizacja Urzędu Gminy Urszulin: pierwszy etap za nami",
                    "ug-urszulin",
                    impl=GM_URSZULIN,
                    grant="926071.49",
                    prog=RPO_WL,
                ),
                "the passage restated (the gmina's news at completion)",
            ),
            (
                r(
                    "Umowa z marszałkiem podpisana – budynek urzędu w Urszulinie zostanie docieplony",
                    "ug-urszulin",
                    "2021-03-18",
                    ben=GM_URSZULIN,
                    total="1284300.00",
                    grant="926071.49",
                    prog="Regionalny Program Operacyjny Województwa Lubelskiego na lata 2014-2020",
                ),
                "the gmina's news at signing, the programme in full",
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania w ramach Działania 5.2 Efektywność energetyczna "
                    "sektora publicznego",
                    "lawp-lublin",
                    "2020-12-22",
                    ben="Gmina Urszulin",
                    total="1284300.00",
                    eu="926071.49",
                    prog=RPO_WL,
                ),
                "the implementing agency's list of selected projects",
            ),
            (
                r(
                    "Przetarg nieograniczony: termomodernizacja budynku administracyjnego gminy – etap I",
                    "bip-urszulin",
                    "2021-05-10",
                    ben="Gminę Urszulin",
                    total="1150000.00",
                ),
                "the BIP's tender, the estimate, the body in the accusative",
            ),
            (
                r(
                    "Urzędnicy w Urszulinie pracują w ciepłym budynku, a na dachu stanęły panele fotowoltaiczne",
                    "news-wlodawa",
                    "2022-02-14",
                ),
                "local news, no body, no sum, no programme",
            ),
        ],
        [
            (
                r(
                    "Przebudowa wnętrz budynku Urzędu Gminy Urszulin – II etap",
                    "ug-urszulin",
                    "2022-08-30",
                    ben=GM_URSZULIN,
                    total="780000.00",
                    prog=RFPL,
                ),
                "stage II of the same building, another programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Termomodernizacja budynku Szkoły Podstawowej w Wereszczynie",
                    "ug-urszulin",
                    "2021-03-18",
                    ben=GM_URSZULIN,
                    total="845000.00",
                    eu="610450.20",
                    prog=RPO_WL,
                ),
                "the same gmina's school retrofit in the same call, signed the same day",
                (1, 2),
            ),
            (
                r(
                    "Termomodernizacja budynku Urzędu Gminy w Hańsku",
                    "ug-hansk",
                    "2021-03-25",
                    ben="Gmina Hańsk",
                    total="1190000.00",
                    eu="842300.00",
                    prog=RPO_WL,
                ),
                "the neighbouring gmina's office retrofit in the same call",
                (0, 1, 2),
            ),
            (
                r(
                    "Termomodernizacja urzędu w Starym Brusie zakończona. Urzędnicy w ciepłym budynku",
                    "news-wlodawa",
                    "2022-01-20",
                    ben="Gmina Stary Brus",
                ),
                "the same news site on the neighbouring gmina's office a month before",
                (0, 4),
            ),
            (
                r(
                    "Wymiana oświetlenia ulicznego na energooszczędne LED w gminie Urszulin",
                    "ug-urszulin",
                    "2021-11-05",
                    ben=GM_URSZULIN,
                    total="520000.00",
                    grant="415000.00",
                    prog=RPO_WL,
                ),
                "the same gmina's other energy project from the same programme",
                (0, 3),
            ),
            (
                r(
                    "Wymiana pokrycia dachowego budynku Urzędu Gminy w Urszulinie",
                    "bip-urszulin",
                    "2016-07-12",
                    ben=GM_URSZULIN,
                    total="210000.00",
                ),
                "earlier works on the same building, paid by the gmina",
                (1, 3),
            ),
        ],
    ),
    (
        "Paczków: the Interreg V-A CZ-PL micro-project with Javorník, Euroregion Pradziad "
        "(b21a-paczkow-interreg-cz-pl-mikroprojekt-wniosek)",
        [
            (
                r("Gmina Paczków aplikuje o środki w Euroregionie Pradziad", "um-paczkow", prog=INTERREG_CZ),
                "the passage restated (the gmina's news of the application; no body, sum or period labelled)",
            ),
            (
                r(
                    "Promocja turystyczna pogranicza paczkowsko-javornickiego – mikroprojekt z dofinansowaniem",
                    "um-paczkow",
                    "2019-06-12",
                    ben=GM_PACZKOW,
                    total="28450.00",
                    eu="24182.50",
                    start="2019-07-01",
                    end="2020-06-30",
                    prog="Interreg V-A Republika Czeska-Polska 2014-2020",
                ),
                "the gmina's news at approval, the project's name as title",
            ),
            (
                r(
                    "Euroregionalny Komitet Sterujący zatwierdził kolejne mikroprojekty",
                    "euroregion-pradziad",
                    "2019-05-28",
                    ben="Gmina Paczków",
                    eu="24182.50",
                    prog="Interreg CZ-PL",
                ),
                "the euroregion's list of approved micro-projects, the EFRR share",
            ),
            (
                r(
                    "Javorník i Paczków wydały wspólny przewodnik po pograniczu",
                    "mesto-javornik",
                    "2020-05-20",
                ),
                "the partner town's news of the project's guidebook, no body, no sum",
            ),
            (
                r(
                    "Rozliczenie mikroprojektu „Promocja turystyczna pogranicza paczkowsko-javornickiego”",
                    "bip-paczkow",
                    "2020-09-15",
                    ben="Gminy Paczków",
                    total="27910.36",
                    start="2019-07-01",
                    end="2020-06-30",
                ),
                "the BIP's settlement, the spent sum, the body in the genitive",
            ),
        ],
        [
            (
                r(
                    "Gmina Otmuchów aplikuje o środki w Euroregionie Pradziad",
                    "um-otmuchow",
                    "2019-03-14",
                    ben="Gmina Otmuchów",
                    prog=INTERREG_CZ,
                ),
                "the neighbouring gmina's application in the same fund, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Wspólne dziedzictwo Paczkowa i Javorníka – mikroprojekt w osi priorytetowej 2",
                    "um-paczkow",
                    "2018-04-10",
                    ben=GM_PACZKOW,
                    total="41200.00",
                    start="2018-05-01",
                    end="2018-12-31",
                    prog=INTERREG_CZ,
                ),
                "the same partners' earlier micro-project, another axis",
                (0, 1, 4),
            ),
            (
                r(
                    "Paczków i Javorník razem w nowym programie Interreg Czechy – Polska",
                    "um-paczkow",
                    "2023-09-05",
                    ben=GM_PACZKOW,
                    total="36500.00",
                    prog="Interreg Czechy – Polska 2021-2027",
                ),
                "the same partners' micro-project in the next programme",
                (0, 3),
            ),
            (
                r(
                    "Euroregionalny Komitet Sterujący zatwierdził kolejne mikroprojekty",
                    "euroregion-pradziad",
                    "2019-11-26",
                    ben="Gmina Głuchołazy",
                    eu="18744.00",
                    prog="Interreg CZ-PL",
                ),
                "the euroregion's next list (the same headline), another gmina's micro-project",
                (2,),
            ),
            (
                r(
                    "Promocja turystyczna pogranicza nysko-jesenickiego",
                    "powiat-nyski",
                    "2019-06-20",
                    ben="Powiat Nyski",
                    total="29800.00",
                    start="2019-07-01",
                    end="2020-06-30",
                    prog=INTERREG_CZ,
                ),
                "the powiat's like-named micro-project of the same months",
                (0, 1),
            ),
            (
                r(
                    "Paczków z dotacją ministra kultury na remont murów obronnych",
                    "um-paczkow",
                    "2019-06-25",
                    ben=GM_PACZKOW,
                    grant="150000.00",
                ),
                "the same gmina's other grant of the same weeks",
                (1, 4),
            ),
            (
                r(
                    "Promocja turystyczna pogranicza paczkowsko-javornickiego II – kolejny mikroprojekt",
                    "um-paczkow",
                    "2021-03-15",
                    ben=GM_PACZKOW,
                    total="31000.00",
                    start="2021-05-01",
                    end="2022-04-30",
                    prog=INTERREG_CZ,
                ),
                "the same partners' sequel micro-project, the name with a numeral",
                (1, 3, 4),
            ),
        ],
    ),
    (
        "Lipinki (gorlicki): Senior+ 2021, the club's running year (b17-gops-lipinki-senior-plus-2021)",
        [
            (
                r(
                    "Program wieloletni „Senior +” na lata 2021-2025 Edycja 2021",
                    "gops-lipinki",
                    total="54000.24",
                    grant="24029.96",
                    prog=SENIOR,
                ),
                "the passage restated (the GOPS's page; no body labelled)",
            ),
            (
                r(
                    "Klub Senior+ w Lipinkach z dotacją na 2021 rok",
                    "ug-lipinki",
                    "2021-04-20",
                    ben=GM_LIPINKI,
                    grant="24029.96",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog=SENIOR,
                ),
                "the gmina's news of the grant",
            ),
            (
                r(
                    "Wojewoda Małopolski podpisał umowy z gminami na prowadzenie placówek Senior+ w 2021 roku",
                    "muw-krakow",
                    "2021-04-08",
                    ben="Gmina Lipinki",
                    grant="24029.96",
                    prog="Program Wieloletni Senior+ na lata 2021-2025",
                ),
                "the wojewoda's list of agreements",
            ),
            (
                r(
                    "Rozliczenie dotacji z programu Senior+ za 2021 rok – klub w Lipinkach",
                    "bip-lipinki",
                    "2022-01-28",
                    impl=GOPS_LIPINKI,
                    total="53612.80",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog=SENIOR,
                ),
                "the BIP's settlement in January, the spent sum",
            ),
            (
                r(
                    "Seniorzy z Lipinek spotykają się w klubie: gimnastyka, rękodzieło i wycieczki",
                    "news-gorlice",
                    "2021-10-12",
                ),
                "local news, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Program wieloletni „Senior +” na lata 2021-2025 Edycja 2022",
                    "gops-lipinki",
                    "2022-04-25",
                    total="56200.00",
                    grant="25400.00",
                    prog=SENIOR,
                ),
                "the next edition of the same programme, the same club",
                (0, 1, 3),
            ),
            (
                r(
                    "Klub Senior+ w Lipinkach Łużyckich z dotacją na 2021 rok",
                    "ug-lipinki-luzyckie",
                    "2021-05-05",
                    ben="Gmina Lipinki Łużyckie",
                    grant="24000.00",
                    start="2021-01-01",
                    end="2021-12-31",
                    prog=SENIOR,
                ),
                "a like-named gmina in lubuskie, the same edition",
                (1, 4),
            ),
            (
                r(
                    "Wojewoda Małopolski podpisał umowy z gminami na prowadzenie placówek Senior+ w 2021 roku",
                    "muw-krakow",
                    "2021-04-08",
                    ben="Gmina Biecz",
                    grant="38400.00",
                    prog="Program Wieloletni Senior+ na lata 2021-2025",
                ),
                "the neighbouring gmina's line of the same list",
                (2,),
            ),
            (
                r(
                    "Utworzenie Klubu Senior+ w Krygu – moduł I, edycja 2021",
                    "ug-lipinki",
                    "2021-06-01",
                    ben=GM_LIPINKI,
                    grant="150000.00",
                    prog=SENIOR,
                ),
                "another module of the same edition (a new club in another village)",
                (0, 1),
            ),
            (
                r(
                    "Program „Wspieraj Seniora” 2021 w gminie Lipinki",
                    "gops-lipinki",
                    "2021-02-10",
                    impl=GOPS_LIPINKI,
                    grant="4800.00",
                    prog="Wspieraj Seniora",
                ),
                "the GOPS's other programme for seniors in the same year",
                (0, 3),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Gorlicach z dotacją na 2021 rok",
                    "um-gorlice",
                    "2021-04-21",
                    ben="Miasto Gorlice",
                    grant="120000.00",
                    prog=SENIOR,
                ),
                "the powiat town's centre in the same edition",
                (1, 2, 4),
            ),
            (
                r(
                    "Klub Senior+ w Lipinkach – dotacja na 2020 rok",
                    "ug-lipinki",
                    "2020-04-15",
                    ben=GM_LIPINKI,
                    grant="23500.00",
                    start="2020-01-01",
                    end="2020-12-31",
                    prog=SENIOR,
                ),
                "the previous edition (the programme of 2015-2020), the same club",
                (1, 2, 4),
            ),
        ],
    ),
    (
        "Raciąż (town): Opieka wytchnieniowa 2022 (nc-raciaz-opieka-wytchnieniowa-2022)",
        [
            (
                r(
                    "Informacja w sprawie Program „Opieka wytchnieniowa” – edycja 2022",
                    "um-raciaz",
                    prog=OW,
                ),
                "the passage restated (the town's notice; no body, sum or period labelled)",
            ),
            (
                r(
                    "Miasto Raciąż z dofinansowaniem z programu Opieka wytchnieniowa 2022",
                    "um-raciaz",
                    "2022-05-12",
                    ben=M_RACIAZ,
                    grant="43200.00",
                    start="2022-06-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the town's news of the grant",
            ),
            (
                r(
                    "Nabór uczestników – usługa opieki wytchnieniowej w 2022 roku",
                    "mops-raciaz",
                    "2022-05-20",
                    impl=MOPS_RACIAZ,
                    start="2022-06-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the town's MOPS recruiting carers",
            ),
            (
                r(
                    "Wojewoda Mazowiecki: umowy na realizację programu Ministra Rodziny i Polityki Społecznej "
                    "w edycji 2022",
                    "muw-warszawa",
                    "2022-04-28",
                    ben="Miastu Raciąż",
                    grant="43200.00",
                    prog="Program Ministra Rodziny i Polityki Społecznej „Opieka wytchnieniowa” – edycja 2022",
                ),
                "the wojewoda's list, the body in the dative",
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu „Opieka wytchnieniowa” – edycja 2022",
                    "mops-raciaz",
                    "2023-01-25",
                    impl="MOPS w Raciążu",
                    total="39870.50",
                    start="2022-06-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the MOPS's report in January, the spent sum, the body abbreviated",
            ),
        ],
        [
            (
                r(
                    "Gmina Raciąż z dofinansowaniem z programu Opieka wytchnieniowa 2022",
                    "ug-raciaz",
                    "2022-05-16",
                    ben="Gmina Raciąż",
                    grant="43200.00",
                    start="2022-06-01",
                    end="2022-12-31",
                    prog=OW,
                ),
                "the rural gmina named like the town, the same edition and the same sum",
                (0, 1, 3),
            ),
            (
                r(
                    "Informacja w sprawie Program „Opieka wytchnieniowa” – edycja 2023",
                    "um-raciaz",
                    "2023-03-02",
                    prog=OW,
                ),
                "the next edition's notice",
                (0, 2),
            ),
            (
                r(
                    "Sprawozdanie z realizacji programu „Opieka wytchnieniowa” – edycja 2021",
                    "mops-raciaz",
                    "2022-01-20",
                    impl=MOPS_RACIAZ,
                    total="18640.00",
                    start="2021-07-01",
                    end="2021-12-31",
                    prog=OW,
                ),
                "the previous edition's report",
                (2, 4),
            ),
            (
                r(
                    "Miasto Raciąż z dofinansowaniem z programu Asystent osobisty osoby niepełnosprawnej 2022",
                    "um-raciaz",
                    "2022-05-12",
                    ben=M_RACIAZ,
                    grant="61500.00",
                    start="2022-06-01",
                    end="2022-12-31",
                    prog=AOON,
                ),
                "the town's other programme announced the same day",
                (1, 2),
            ),
            (
                r(
                    "Opieka wytchnieniowa 2022 w Płońsku – przyjmujemy zgłoszenia",
                    "mops-plonsk",
                    "2022-05-18",
                    impl="Miejski Ośrodek Pomocy Społecznej w Płońsku",
                    grant="89000.00",
                    prog=OW,
                ),
                "the neighbouring town's MOPS in the same edition",
                (0, 2),
            ),
            (
                r(
                    "Powiat Płoński w programie Opieka wytchnieniowa – edycja 2022",
                    "powiat-plonski",
                    "2022-05-10",
                    ben="Powiat Płoński",
                    grant="120000.00",
                    prog=OW,
                ),
                "the powiat's own project in the same edition",
                (1, 3),
            ),
            (
                r(
                    "Informacja w sprawie Program „Opieka wytchnieniowa” – edycja 2022",
                    "ug-raciaz",
                    "2022-03-01",
                    ben="Gmina Raciąż",
                    prog=OW,
                ),
                "the rural gmina's notice of the same edition, the same headline",
                (0, 2),
            ),
        ],
    ),
    (
        "Gilowice: Asystent osobisty osoby z niepełnosprawnością 2026 (b18-gilowice-asystent-osobisty-2026)",
        [
            (
                r(
                    "Program „Asystent osobisty osoby z niepełnosprawnością” dla Jednostek Samorządu "
                    "Terytorialnego − edycja 2026, finansowany z państwowego funduszu celowego – Funduszu "
                    "Solidarnościowego",
                    "ug-gilowice",
                    "2026-02-26",
                    impl=GOPS_GILOWICE,
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=AOON,
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Asystencja osobista w 2026 roku – usługi dla 63 mieszkańców",
                    "gops-gilowice",
                    "2026-01-15",
                    impl="GOPS w Gilowicach",
                    grant="1398852.00",
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=AOON,
                ),
                "the GOPS's page, the grant, the body abbreviated",
            ),
            (
                r(
                    "Wojewoda Śląski przekazał gminom i powiatom dotacje na asystencję osobistą",
                    "suw-katowice",
                    "2026-01-28",
                    ben="Gmina Gilowice",
                    grant="1398852.00",
                    prog="Asystent osobisty osoby z niepełnosprawnością dla JST – edycja 2026",
                ),
                "the wojewoda's list, the programme abbreviated",
            ),
            (
                r(
                    "Szukamy asystentów osobistych na przyszły rok",
                    "gops-gilowice",
                    "2025-12-10",
                    impl=GOPS_GILOWICE,
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=AOON,
                ),
                "the GOPS recruiting assistants a month before the start",
            ),
            (
                r(
                    "Ponad 25 tysięcy godzin wsparcia. Asystenci pomagają mieszkańcom Gilowic i Rychwałdu",
                    "news-zywiec",
                    "2026-03-09",
                ),
                "local news, no body, no sum, no programme",
            ),
        ],
        [
            (
                r(
                    "Program „Asystent osobisty osoby z niepełnosprawnością” dla Jednostek Samorządu "
                    "Terytorialnego − edycja 2025",
                    "ug-gilowice",
                    "2025-02-20",
                    impl=GOPS_GILOWICE,
                    grant="1120400.00",
                    start="2025-01-01",
                    end="2025-12-31",
                    prog=AOON,
                ),
                "the previous edition",
                (0, 1, 3),
            ),
            (
                r(
                    "Asystencja osobista w 2026 roku – usługi dla 48 mieszkańców gminy Łodygowice",
                    "gops-lodygowice",
                    "2026-01-16",
                    impl="Gminny Ośrodek Pomocy Społecznej w Łodygowicach",
                    grant="1050000.00",
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=AOON,
                ),
                "the neighbouring gmina's GOPS in the same edition",
                (1, 4),
            ),
            (
                r(
                    "Powiat Żywiecki realizuje program Asystent osobisty – edycja 2026",
                    "powiat-zywiec",
                    "2026-02-05",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Żywcu",
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=AOON,
                ),
                "the powiat's PCPR in the same edition",
                (0, 2),
            ),
            (
                r(
                    "Program „Opieka wytchnieniowa” dla Jednostek Samorządu Terytorialnego − edycja 2026",
                    "ug-gilowice",
                    "2026-02-26",
                    impl=GOPS_GILOWICE,
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=OW,
                ),
                "the same GOPS's other programme, announced the same day",
                (0, 4),
            ),
            (
                r(
                    "Asystent rodziny w 2026 roku – dotacja dla GOPS Gilowice",
                    "gops-gilowice",
                    "2026-03-02",
                    impl="GOPS w Gilowicach",
                    grant="12000.00",
                    prog="Program asystent rodziny",
                ),
                "the GOPS's family-assistant grant (no personal assistance)",
                (1, 3),
            ),
            (
                r(
                    "Program „Asystent osobisty osoby z niepełnosprawnością” dla Jednostek Samorządu "
                    "Terytorialnego − edycja 2026",
                    "ug-slemien",
                    "2026-02-24",
                    impl="Gminny Ośrodek Pomocy Społecznej w Ślemieniu",
                    start="2026-01-01",
                    end="2026-12-31",
                    prog=AOON,
                ),
                "the neighbouring gmina's notice of the same edition, a near-identical headline",
                (0, 3),
            ),
        ],
    ),
    (
        "Mazowszany (gmina Jastrzębia): Posiłek w szkole i w domu, module 3, the school canteen "
        "(b11-psp-mazowszany-posilek-modul-3)",
        [
            (
                r(
                    "Nasza szkoła z dofinansowaniem w ramach programu „Posiłek w szkole i w domu”",
                    "psp-mazowszany",
                    grant="80000",
                    prog=POSILEK,
                ),
                "the passage restated (the school's news; the URL's headline)",
            ),
            (
                r(
                    "Doposażenie stołówki w Publicznej Szkole Podstawowej w Mazowszanach – umowa z wojewodą",
                    "ug-jastrzebia",
                    "2022-08-30",
                    ben=GM_JASTRZEBIA,
                    total="100000.00",
                    grant="80000.00",
                    prog=POSILEK,
                ),
                "the gmina's news of the agreement, the total",
            ),
            (
                r(
                    "Moduł 3 programu rządowego: lista szkół z dofinansowaniem stołówek – PSP w Mazowszanach",
                    "muw-warszawa",
                    "2022-08-10",
                    ben="Gmina Jastrzębia",
                    grant="80000.00",
                    prog="Wieloletni rządowy program „Posiłek w szkole i w domu” na lata 2019-2023",
                ),
                "the wojewoda's list",
            ),
            (
                r(
                    "Nowe szafy chłodnicze i piec konwekcyjny w szkolnej kuchni",
                    "psp-mazowszany",
                    "2022-12-05",
                    total="99850.00",
                ),
                "the school's news at completion, the spent sum, no body",
            ),
            (
                r(
                    "Uczniowie z Mazowszan zjedzą w lepiej wyposażonej stołówce",
                    "news-radom",
                    "2022-09-06",
                    ben="Gminie Jastrzębia",
                ),
                "local news, the body in the locative, no sum",
            ),
        ],
        [
            (
                r(
                    "Doposażenie stołówki w Publicznej Szkole Podstawowej w Jastrzębi – umowa z wojewodą",
                    "ug-jastrzebia",
                    "2022-08-30",
                    ben=GM_JASTRZEBIA,
                    total="100000.00",
                    grant="80000.00",
                    prog=POSILEK,
                ),
                "the same gmina's other school in the same module and year, the same sums",
                (0, 1, 2),
            ),
            (
                r(
                    "Posiłek w szkole i w domu 2022 – dożywianie uczniów i mieszkańców gminy Jastrzębia",
                    "gops-jastrzebia",
                    "2022-03-15",
                    impl="Gminny Ośrodek Pomocy Społecznej w Jastrzębi",
                    grant="64000.00",
                    prog=POSILEK,
                ),
                "the meals module of the same programme and year",
                (1, 2),
            ),
            (
                r(
                    "Adaptacja pomieszczenia na jadalnię w szkole w Mazowszanach – program na lata 2024-2028",
                    "ug-jastrzebia",
                    "2024-09-12",
                    ben=GM_JASTRZEBIA,
                    total="125000.00",
                    grant="100000.00",
                    prog=POSILEK,
                ),
                "the same school's later project in the next programme",
                (0, 1, 4),
            ),
            (
                r(
                    "Nasza szkoła z dofinansowaniem w ramach programu „Posiłek w szkole i w domu”",
                    "sp-jedlinsk",
                    "2022-09-02",
                    grant="80000.00",
                    prog=POSILEK,
                ),
                "a neighbouring gmina's school, the same headline and the same cap",
                (0, 3),
            ),
            (
                r(
                    "Laboratoria Przyszłości w naszej szkole",
                    "psp-mazowszany",
                    "2022-03-10",
                    grant="60000.00",
                    prog="Laboratoria Przyszłości",
                ),
                "the same school's other programme of the same year",
                (0, 3),
            ),
            (
                r(
                    "Nowa kuchnia w Szkole Podstawowej w Mazowszu – dotacja z programu Posiłek w szkole i w domu",
                    "news-plock",
                    "2022-10-04",
                    grant="80000.00",
                    prog=POSILEK,
                ),
                "a school in a like-named village elsewhere, the same sum",
                (4, 1),
            ),
        ],
    ),
    (
        "Krzyżanów: Maluch+ 2022-2029, the club's places run for 36 months from FERS "
        "(b10-krzyzanow-klub-malucha-maluch-fers)",
        [
            (
                r(
                    "Dofinansowanie klubu dziecięcego z programu MALUCH+ 2022-2029",
                    "ug-krzyzanow",
                    grant="481536.00",
                    prog=MALUCH,
                ),
                "the passage restated (the gmina's notice; no body labelled)",
            ),
            (
                r(
                    "Klub Malucha „Pod bocianim skrzydłem” – umowa na funkcjonowanie miejsc opieki",
                    "ug-krzyzanow",
                    "2024-03-21",
                    ben=GM_KRZYZANOW,
                    grant="481536.00",
                    start="2023-09-01",
                    end="2026-08-31",
                    prog="Maluch+ 2022-2029",
                ),
                "the gmina's news of the agreement, the club's name",
            ),
            (
                r(
                    "Wojewoda Łódzki podpisał umowy na funkcjonowanie miejsc opieki nad dziećmi do lat 3 (FERS)",
                    "luw-lodz",
                    "2024-03-14",
                    ben="Gmina Krzyżanów",
                    grant="481536.00",
                    prog="Resortowy program rozwoju instytucji opieki nad dziećmi w wieku do lat 3 Maluch+ 2022-2029",
                ),
                "the wojewoda's list, the programme in full",
            ),
            (
                r(
                    "Szesnaścioro maluchów pod opieką w Krzyżanowie. Rodzice płacą mniej dzięki unijnym pieniądzom",
                    "news-kutno",
                    "2024-05-06",
                ),
                "local news, no body, no sum, no programme",
            ),
            (
                r(
                    "Wniosek o dofinansowanie funkcjonowania miejsc w klubie dziecięcym w Krzyżanowie",
                    "bip-krzyzanow",
                    "2023-10-30",
                    ben="Gminę Krzyżanów",
                    total="535040.00",
                    prog=MALUCH,
                ),
                "the BIP's application, the total, the body in the accusative",
            ),
        ],
        [
            (
                r(
                    "Utworzenie Klubu Malucha „Pod bocianim skrzydłem” w Krzyżanowie ze środków KPO",
                    "ug-krzyzanow",
                    "2023-02-10",
                    ben=GM_KRZYZANOW,
                    grant="599200.00",
                    start="2022-10-01",
                    end="2023-08-31",
                    prog=MALUCH,
                ),
                "the building part of the same programme for the same club (KPO), before the places opened",
                (0, 1, 3),
            ),
            (
                r(
                    "Dofinansowanie klubu dziecięcego z programu MALUCH+ 2022-2029",
                    "ug-krzyzanowice",
                    "2024-04-15",
                    ben="Gmina Krzyżanowice",
                    grant="481536.00",
                    prog=MALUCH,
                ),
                "a like-named gmina by Racibórz: the same headline and, for 16 places, the same sum",
                (0, 2),
            ),
            (
                r(
                    "Żłobek w Wierzbiu – funkcjonowanie miejsc opieki z FERS",
                    "ug-kutno",
                    "2024-03-20",
                    ben="Gmina Kutno",
                    grant="722304.00",
                    start="2023-09-01",
                    end="2026-08-31",
                    prog=MALUCH,
                ),
                "the neighbouring gmina's nursery in the same call",
                (1, 2),
            ),
            (
                r(
                    "Dzienny Dom Senior+ w Krzyżanowie – edycja 2024",
                    "ug-krzyzanow",
                    "2024-03-25",
                    ben=GM_KRZYZANOW,
                    grant="120000.00",
                    prog=SENIOR,
                ),
                "the same gmina's other care project of the same week",
                (1, 4),
            ),
            (
                r(
                    "Klub Malucha w Krzyżanowie w programie Aktywny Rodzic",
                    "ug-krzyzanow",
                    "2024-10-15",
                    ben=GM_KRZYZANOW,
                    grant="64000.00",
                    prog="Aktywny Rodzic",
                ),
                "the same club's fees paid from another programme",
                (1, 3),
            ),
            (
                r(
                    "Klub dziecięcy w Krzyżanowicach – wniosek do programu Maluch+",
                    "bip-krzyzanowice",
                    "2023-10-27",
                    ben="Gmina Krzyżanowice",
                    total="535040.00",
                    prog=MALUCH,
                ),
                "the like-named gmina's application with the same total",
                (4,),
            ),
        ],
    ),
    (
        "Zakrzew (radomski): Polski Ład roads in six villages (nb-zakrzew-polski-lad-drogi)",
        [
            (
                r(
                    "Następne pieniądze z budżetu państwa",
                    "ug-zakrzew",
                    ben=GM_ZAKRZEW,
                    grant="12350000",
                    prog=RFPL,
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Przebudowa dróg gminnych w Wacynie, Cerekwi, Zakrzewskiej Woli, Milejowicach, Zdziechowie "
                    "i Gulinie – wstępna promesa",
                    "ug-zakrzew",
                    "2022-06-02",
                    ben="Gminę Zakrzew",
                    grant="12350000.00",
                    prog=PIS,
                ),
                "the gmina's page of the promise, the six villages",
            ),
            (
                r(
                    "Przetarg na przebudowę dróg gminnych w sześciu miejscowościach",
                    "bip-zakrzew",
                    "2022-11-15",
                    ben=GM_ZAKRZEW,
                    total="13000000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Gminy z powiatu radomskiego z milionami z Polskiego Ładu. Zakrzew dostał ponad 12 mln zł",
                    "news-radom",
                    "2022-06-01",
                    ben="Gmina Zakrzew",
                    grant="12350000",
                    prog="Polski Ład",
                ),
                "local news of the results",
            ),
            (
                r(
                    "Nowy asfalt w Gulinie i Zdziechowie – odebrano pierwsze odcinki",
                    "news-radom",
                    "2023-09-20",
                ),
                "local news at a partial completion, two of the villages, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Gmina Zakrzew z Polskiego Ładu: przebudowa dróg w Zakrzewie i Studziankach",
                    "ug-zakrzew-lubelski",
                    "2022-06-03",
                    ben=GM_ZAKRZEW,
                    grant="4750000.00",
                    prog=PIS,
                ),
                "the gmina of the same name in the lubelski powiat, the same round of the same fund",
                (0, 1, 3),
            ),
            (
                r(
                    "Następne pieniądze z budżetu państwa – kanalizacja w Jaszowicach",
                    "ug-zakrzew",
                    "2023-01-10",
                    ben=GM_ZAKRZEW,
                    grant="8550000.00",
                    prog=PIS,
                ),
                "the same gmina's next grant of the same fund, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Przebudowa drogi gminnej w Wacynie z Rządowego Funduszu Rozwoju Dróg",
                    "ug-zakrzew",
                    "2021-02-18",
                    ben=GM_ZAKRZEW,
                    total="1900000.00",
                    grant="950000.00",
                    prog=RFRD,
                ),
                "an earlier road in one of the villages, another fund",
                (1, 4),
            ),
            (
                r(
                    "Przebudowa dróg gminnych w gminie Jedlińsk z Polskiego Ładu",
                    "ug-jedlinsk",
                    "2022-06-02",
                    ben="Gmina Jedlińsk",
                    grant="7125000.00",
                    prog=PIS,
                ),
                "the neighbouring gmina's roads in the same round",
                (1, 3),
            ),
            (
                r(
                    "Budowa hali sportowej w Zakrzewie – Polski Ład",
                    "ug-zakrzew",
                    "2021-08-30",
                    ben=GM_ZAKRZEW,
                    grant="5700000.00",
                    prog=PIS,
                ),
                "the same gmina's grant of the fund's first round, another object",
                (0, 3),
            ),
            (
                r(
                    "Przebudowa drogi powiatowej Cerekiew – Zakrzew",
                    "powiat-radomski",
                    "2022-06-08",
                    ben="Powiat Radomski",
                    grant="6300000.00",
                    prog=PIS,
                ),
                "the powiat's road through one of the villages in the same round",
                (1, 4),
            ),
        ],
    ),
    (
        "Piaseczno: the KSNAW workshop's minibus from PFRON's Program wyrównywania różnic między regionami III "
        "(b16b-ksnaw-wtz-piaseczno-minibus-pwrmr)",
        [
            (
                r(
                    '"Program wyrównywania szans między regionami III"',
                    "ksnaw",
                    "2021-02-02",
                    total="135000.00",
                    grant="81000",
                    prog=PWRMR,
                ),
                "the passage restated (the association's news)",
            ),
            (
                r(
                    "Nowy minibus dla Warsztatu Terapii Zajęciowej w Piasecznie",
                    "powiat-piaseczno",
                    "2020-12-18",
                    ben=P_PIASECZNO,
                    grant="81000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the powiat's news of the purchase",
            ),
            (
                r(
                    "Umowa z PFRON w obszarze D – minibus dla warsztatu terapii zajęciowej KSNAW w Piasecznie",
                    "pcpr-piaseczno",
                    "2020-09-22",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Piasecznie",
                    grant="81000.00",
                    prog=PWRMR,
                ),
                "the PCPR's agreement with PFRON",
            ),
            (
                r(
                    "Uczestnicy warsztatów z ul. Modrzewiowej w Piasecznie dojeżdżają nowym renaultem",
                    "news-piaseczno",
                    "2021-02-10",
                ),
                "local news, no body, no sum",
            ),
            (
                r(
                    "Sprawozdanie merytoryczne stowarzyszenia za 2020 rok – zakup samochodu dla uczestników WTZ",
                    "ksnaw",
                    "2021-06-30",
                    impl="Stowarzyszenie KSNAW",
                    total="135000.00",
                ),
                "the association's yearly report, the total",
            ),
        ],
        [
            (
                r(
                    "Nowy bus dla Warsztatu Terapii Zajęciowej w Górze Kalwarii",
                    "powiat-piaseczno",
                    "2020-12-18",
                    ben=P_PIASECZNO,
                    grant="81000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "another workshop of the same powiat in the same call, the same sum the same day",
                (0, 1, 2),
            ),
            (
                r(
                    "Program wyrównywania różnic między regionami III – remont pracowni warsztatu",
                    "ksnaw",
                    "2021-11-20",
                    grant="56000.00",
                    prog=PWRMR,
                ),
                "the same workshop's next PFRON project, another object",
                (0, 4),
            ),
            (
                r(
                    "Nowy samochód dla uczestników WTZ w Grodzisku Mazowieckim",
                    "powiat-grodziski",
                    "2021-01-20",
                    ben="Powiat Grodziski",
                    grant="81000.00",
                    prog=PWRMR,
                ),
                "the neighbouring powiat's workshop in the same programme, the same sum",
                (1, 3),
            ),
            (
                r(
                    "Aktywny samorząd 2021 – nabór wniosków",
                    "pcpr-piaseczno",
                    "2021-03-01",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Piasecznie",
                    prog="Aktywny samorząd",
                ),
                "the PCPR's other PFRON programme",
                (2,),
            ),
            (
                r(
                    "Nowy samochód dla warsztatu – program wyrównywania różnic między regionami II",
                    "ksnaw",
                    "2014-10-08",
                    total="110000.00",
                    grant="70000.00",
                    prog="Program wyrównywania różnic między regionami II",
                ),
                "the same workshop's earlier vehicle from the programme's second edition",
                (0, 1, 3),
            ),
            (
                r(
                    "Winda w budynku starostwa w Piasecznie z dofinansowaniem PFRON",
                    "powiat-piaseczno",
                    "2020-12-18",
                    ben=P_PIASECZNO,
                    grant="150000.00",
                    prog="Program wyrównywania różnic między regionami III",
                ),
                "the powiat's own project in the same programme, the same day",
                (1, 2),
            ),
        ],
    ),
    (
        "Klukowo: two light fire engines for OSP Kuczyn and OSP Trojanowo, the marshal's and the COVID-19 fund's "
        "grants (b10-klukowo-osp-samochody-260-tys)",
        [
            (
                r(
                    "260 000 zł dofinansowania na zakup samochodów dla OSP",
                    "ug-klukowo",
                    grant="260000",
                ),
                "the passage restated (the gmina's news; the grants' sum, its two parts left out)",
            ),
            (
                r(
                    "Zakup dwóch lekkich samochodów ratowniczo-pożarniczych dla jednostek OSP z terenu gminy",
                    "bip-klukowo",
                    "2021-07-20",
                    ben=GM_KLUKOWO,
                    total="298000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Marszałek podpisał umowy z gminami na wsparcie ochotniczych straży pożarnych",
                    "wrotapodlasia",
                    "2021-06-09",
                    ben="Gmina Klukowo",
                    grant="60000.00",
                ),
                "the voivodeship's news of the signing, the marshal's part",
            ),
            (
                r(
                    "Strażacy z Kuczyna i Trojanowa mają nowe auta. Wozy poświęcono przed remizą",
                    "news-wysokie",
                    "2021-10-04",
                ),
                "local news at delivery, no body, no sum",
            ),
            (
                r(
                    "Sprzęt ratowniczo-gaśniczy dla OSP w gminie Klukowo z Rządowego Funduszu Inwestycji Lokalnych",
                    "ug-klukowo",
                    "2021-02-15",
                    ben="Gminy Klukowo",
                    grant="200000.00",
                    prog=RFIL,
                ),
                "the gmina's news of the fund's grant for the same purchase, the body in the genitive",
            ),
        ],
        [
            (
                r(
                    "Średni samochód ratowniczo-gaśniczy dla OSP Klukowo",
                    "ug-klukowo",
                    "2022-06-15",
                    ben=GM_KLUKOWO,
                    grant="90000.00",
                ),
                "the next year's fire engine for another brigade of the same gmina",
                (0, 2, 3),
            ),
            (
                r(
                    "Lekki samochód dla OSP w Dąbrówce Kościelnej z dotacją marszałka",
                    "ug-szepietowo",
                    "2021-06-09",
                    ben="Gmina Szepietowo",
                    grant="60000.00",
                ),
                "the neighbouring gmina's brigade in the same signing, the same sum",
                (2, 0),
            ),
            (
                r(
                    "Rządowy Fundusz Inwestycji Lokalnych – przebudowa drogi gminnej w Kuczynie",
                    "ug-klukowo",
                    "2021-02-15",
                    ben=GM_KLUKOWO,
                    grant="1150000.00",
                    prog=RFIL,
                ),
                "the same fund's other grant to the same gmina the same day, in one of the villages",
                (4, 1),
            ),
            (
                r(
                    "Remont strażnicy OSP w Kuczynie z dotacją samorządu województwa",
                    "ug-klukowo",
                    "2021-08-11",
                    ben=GM_KLUKOWO,
                    grant="25000.00",
                ),
                "the same brigade's fire station, another project",
                (3, 2),
            ),
            (
                r(
                    "Sprzęt ratowniczy dla OSP Trojanowo z Funduszu Sprawiedliwości",
                    "ug-klukowo",
                    "2021-09-02",
                    ben=GM_KLUKOWO,
                    grant="29500.00",
                    prog="Fundusz Sprawiedliwości",
                ),
                "the same brigade's equipment from another fund",
                (0, 3),
            ),
            (
                r(
                    "260 000 zł dofinansowania na zakup samochodu dla OSP w Ciechanowcu",
                    "um-ciechanowiec",
                    "2021-06-10",
                    ben="Gmina Ciechanowiec",
                    grant="260000.00",
                ),
                "the neighbouring gmina's fire engine, the same sum and a near-identical headline",
                (0, 3),
            ),
        ],
    ),
    (
        "Krzeszowice: the krakowski powiat's sports hall at the town's liceum "
        "(eu-dziennikpolski24-krzeszowice-sala-2023)",
        [
            (
                r(
                    "Nowa sala sportowa przy zabytkowym budynku krzeszowickiego ogólniaka. Nowoczesny budynek "
                    "kosztował ponad 10 mln zł",
                    "news-krakow",
                    total="10821000",
                ),
                "the passage restated (a news site's interview with the starosta; the URL's headline)",
            ),
            (
                r(
                    "Budowa sali gimnastycznej przy Liceum Ogólnokształcącym w Krzeszowicach – umowa z wykonawcą",
                    "powiat-krakowski",
                    "2021-09-14",
                    ben=P_KRAKOWSKI,
                    total="9940000.00",
                ),
                "the powiat's news at signing with the builder, the contract's sum",
            ),
            (
                r(
                    "Powiat Krakowski z Polskiego Ładu na salę sportową w Krzeszowicach",
                    "powiat-krakowski",
                    "2021-12-03",
                    ben="Powiatowi Krakowskiemu",
                    grant="7500000.00",
                    prog=PIS,
                ),
                "the powiat's news of the grant, the body in the dative",
            ),
            (
                r(
                    "Uroczyste otwarcie naszej nowej sali sportowej",
                    "lo-krzeszowice",
                    "2023-09-29",
                    impl="Liceum Ogólnokształcące w Krzeszowicach",
                ),
                "the school's news of the opening",
            ),
            (
                r(
                    "Rozliczenie inwestycji: sala sportowa przy liceum w Krzeszowicach",
                    "bip-powiat-krakowski",
                    "2024-02-20",
                    ben="Starostwo Powiatowe w Krakowie",
                    total="10821000.00",
                ),
                "the BIP's settlement, the powiat named by its office in its seat",
            ),
        ],
        [
            (
                r(
                    "Nowa sala gimnastyczna przy Szkole Podstawowej w Tenczynku",
                    "ug-krzeszowice",
                    "2023-09-01",
                    ben="Gmina Krzeszowice",
                    total="8400000.00",
                ),
                "the gmina's own hall at a primary school in a village of the same gmina, the same weeks",
                (0, 3),
            ),
            (
                r(
                    "Budowa sali gimnastycznej przy Zespole Szkół w Skawinie – umowa z wykonawcą",
                    "powiat-krakowski",
                    "2021-09-14",
                    ben=P_KRAKOWSKI,
                    total="7650000.00",
                ),
                "the same powiat's hall at another school, signed the same day",
                (1, 2),
            ),
            (
                r(
                    "Powiat Krakowski z Polskiego Ładu na przebudowę dróg powiatowych",
                    "powiat-krakowski",
                    "2021-12-03",
                    ben=P_KRAKOWSKI,
                    grant="12000000.00",
                    prog=PIS,
                ),
                "the same powiat's other grant of the same round",
                (2,),
            ),
            (
                r(
                    "Termomodernizacja zabytkowego budynku liceum w Krzeszowicach",
                    "powiat-krakowski",
                    "2019-05-10",
                    ben=P_KRAKOWSKI,
                    total="3200000.00",
                    prog="Regionalny Program Operacyjny Województwa Małopolskiego na lata 2014-2020",
                ),
                "earlier works on the same school's old building",
                (0, 1, 4),
            ),
            (
                r(
                    "Boisko wielofunkcyjne przy liceum w Krzeszowicach oddane do użytku",
                    "powiat-krakowski",
                    "2017-08-20",
                    ben=P_KRAKOWSKI,
                    total="780000.00",
                ),
                "the same school's pitch years before",
                (3, 4),
            ),
            (
                r(
                    "Sala sportowa przy liceum w Skale oddana do użytku",
                    "powiat-krakowski",
                    "2023-10-05",
                    ben=P_KRAKOWSKI,
                    total="10420000.00",
                ),
                "the same powiat's like hall at another town's liceum, opened weeks later, a near sum",
                (0, 3, 4),
            ),
        ],
    ),
    (
        "Korczyna: the grounds of the Kombornia health centre, Podkarpacki Program Odnowy Wsi 2024 "
        "(b15a-korczyna-ppow-kombornia-osrodek-zdrowia-2024)",
        [
            (
                r(
                    "Pozyskano środki na zagospodarowanie terenu wokół Ośrodka Zdrowia w Komborni",
                    "ug-korczyna",
                    "2024-06-27",
                    ben=GM_KORCZYNA,
                    total="53500",
                    grant="20000.00",
                    prog=PPOW,
                ),
                "the passage restated (the gmina's news)",
            ),
            (
                r(
                    "Umowy z gminami w ramach programu odnowy wsi podpisane w Rzeszowie",
                    "podkarpackie",
                    "2024-06-26",
                    ben="Gmina Korczyna",
                    grant="20000.00",
                    prog="Podkarpacki Program Odnowy Wsi na lata 2021-2025",
                ),
                "the voivodeship's news of the signing",
            ),
            (
                r(
                    "Przetarg: rozbiórka garażu i wiaty oraz budowa ogrodzenia przy przychodni w Komborni",
                    "bip-korczyna",
                    "2024-07-15",
                    ben=GM_KORCZYNA,
                    total="55000.00",
                ),
                "the BIP's tender, the estimate",
            ),
            (
                r(
                    "Nowe ogrodzenie przy ośrodku zdrowia w Komborni, stary garaż rozebrany",
                    "ug-korczyna",
                    "2024-10-22",
                    ben="Gminy Korczyna",
                    total="51870.00",
                ),
                "the gmina's news at completion, the spent sum, the body in the genitive",
            ),
            (
                r(
                    "Teren przy przychodni w Komborni wreszcie uporządkowany. Mieszkańcy wpisali to "
                    "do strategii sołectwa",
                    "news-krosno",
                    "2024-11-05",
                ),
                "local news, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Modernizacja placu zabaw przy Szkole Podstawowej w Komborni",
                    "ug-korczyna",
                    "2023-06-28",
                    ben=GM_KORCZYNA,
                    grant="20000.00",
                    prog=PPOW,
                ),
                "the previous edition, the same village and the same round sum",
                (0, 1, 4),
            ),
            (
                r(
                    "Dokończenie ogrodzenia stadionu sportowego i wymiana piłkochwytów w Komborni",
                    "ug-korczyna",
                    "2022-07-05",
                    ben=GM_KORCZYNA,
                    grant="20000.00",
                    prog=PPOW,
                ),
                "an earlier edition, the same village, another fence",
                (0, 3),
            ),
            (
                r(
                    "Pozyskano środki na zagospodarowanie centrum wsi Krościenko Wyżne",
                    "ug-kroscienko-wyzne",
                    "2024-06-27",
                    ben="Gmina Krościenko Wyżne",
                    grant="20000.00",
                    prog=PPOW,
                ),
                "the neighbouring gmina in the same signing, the same sum and a near-identical headline",
                (0, 1),
            ),
            (
                r(
                    "Termomodernizacja Ośrodka Zdrowia w Komborni",
                    "ug-korczyna",
                    "2024-05-10",
                    ben=GM_KORCZYNA,
                    total="640000.00",
                    prog="FEP 2021-2027",
                ),
                "other works on the same building, another programme, the same months",
                (0, 2, 3),
            ),
            (
                r(
                    "Pozyskano środki na zagospodarowanie terenu wokół Ośrodka Zdrowia w Korczynie",
                    "ug-korczyna",
                    "2025-06-25",
                    ben=GM_KORCZYNA,
                    grant="20000.00",
                    prog=PPOW,
                ),
                "the next edition, another village's health centre, a near-identical headline",
                (0, 2),
            ),
            (
                r(
                    "Budowa ogrodzenia i zagospodarowanie terenu wokół Domu Ludowego w Iskrzyni",
                    "ug-korczyna",
                    "2019-06-20",
                    ben=GM_KORCZYNA,
                    total="48000.00",
                    grant="20000.00",
                    prog=PPOW,
                ),
                "an earlier edition in another village, like works",
                (2, 3),
            ),
        ],
    ),
    (
        "Sędziejowice: „Usługi opiekuńcze na terenie gminy Sędziejowice”, RPO WŁ 9.2.1 "
        "(b12-gops-sedziejowice-uslugi-opiekuncze-trwalosc)",
        [
            (
                r(
                    "Informacja o zachowaniu trwałości projektu pn. „Usługi opiekuńcze na terenie gminy Sędziejowice”",
                    "gops-sedziejowice",
                    prog=RPO_WLD,
                    contract=SEDZ_CONTRACT,
                ),
                "the passage restated (the GOPS's notice of durability; the contract number)",
            ),
            (
                r(
                    "Gmina Sędziejowice z dofinansowaniem na usługi opiekuńcze dla seniorów",
                    "ug-sedziejowice",
                    "2022-09-14",
                    ben=GM_SEDZIEJOWICE,
                    total="612480.00",
                    eu="520608.00",
                    start="2022-10-01",
                    end="2023-11-30",
                    prog=RPO_WLD,
                ),
                "the gmina's news of the grant, no contract number",
            ),
            (
                r(
                    "Rekrutacja uczestników projektu – opieka w domu dla osób niesamodzielnych",
                    "gops-sedziejowice",
                    "2022-10-03",
                    impl=GOPS_SEDZIEJOWICE,
                    start="2022-10-01",
                    end="2023-11-30",
                    prog=RPO_WLD,
                    contract="RPLD.09.02.01-10-D002/22",
                ),
                "the GOPS recruiting participants, the contract number",
            ),
            (
                r(
                    "Lista projektów wybranych do dofinansowania w naborze RPLD.09.02.01-IZ.00-10-002/22",
                    "rpo-lodzkie",
                    "2022-08-25",
                    ben="Gmina Sędziejowice",
                    total="612480.00",
                    eu="520608.00",
                    prog="Regionalny Program Operacyjny Województwa Łódzkiego na lata 2014-2020",
                ),
                "the managing authority's list of selected projects (the call's number, not the contract's)",
            ),
            (
                r(
                    "Opiekunki odwiedzają seniorów w domach. Jedenaście osób z gminy Sędziejowice pod opieką",
                    "news-lask",
                    "2023-02-15",
                ),
                "local news, no body, no sum",
            ),
        ],
        [
            (
                r(
                    "Usługi opiekuńcze na terenie gminy Widawa",
                    "gops-widawa",
                    "2022-09-20",
                    ben="Gmina Widawa",
                    total="540000.00",
                    eu="459000.00",
                    start="2022-10-01",
                    end="2023-11-30",
                    prog=RPO_WLD,
                    contract="RPLD.09.02.01-10-D004/22",
                ),
                "the neighbouring gmina's project of the same call and months, a like name",
                (0, 1, 3),
            ),
            (
                r(
                    "Usługi opiekuńcze na terenie gminy Sędziejowice II",
                    "gops-sedziejowice",
                    "2024-05-10",
                    impl=GOPS_SEDZIEJOWICE,
                    total="780000.00",
                    start="2024-07-01",
                    end="2026-06-30",
                    prog="FEŁ 2021-2027",
                ),
                "the follow-up project in the next programme",
                (0, 2),
            ),
            (
                r(
                    "Klub Seniora w Sędziejowicach z unijnym dofinansowaniem",
                    "ug-sedziejowice",
                    "2022-09-14",
                    ben=GM_SEDZIEJOWICE,
                    total="380000.00",
                    eu="323000.00",
                    start="2022-10-01",
                    end="2023-11-30",
                    prog=RPO_WLD,
                ),
                "the same gmina's other project of the same call and months",
                (1, 4),
            ),
            (
                r(
                    "Usługi opiekuńcze w powiecie łaskim – projekt powiatowego centrum",
                    "pcpr-lask",
                    "2022-10-10",
                    impl="Powiatowe Centrum Pomocy Rodzinie w Łasku",
                    total="450000.00",
                    start="2022-10-01",
                    end="2023-11-30",
                    prog=RPO_WLD,
                ),
                "the powiat's project of the same kind and months",
                (2, 4),
            ),
            (
                r(
                    "Informacja o zachowaniu trwałości projektu pn. „Aktywna integracja w gminie Sędziejowice”",
                    "gops-sedziejowice",
                    "2023-12-01",
                    impl=GOPS_SEDZIEJOWICE,
                    prog=RPO_WLD,
                    contract="RPLD.09.01.01-10-B017/19",
                ),
                "the same GOPS's other project's durability notice, another contract",
                (0, 2),
            ),
            (
                r(
                    "Uchwała w sprawie szczegółowych warunków przyznawania usług opiekuńczych",
                    "bip-sedziejowice",
                    "2023-03-01",
                    ben=GM_SEDZIEJOWICE,
                ),
                "the council's resolution on the gmina's own care services, no project",
                (1,),
            ),
        ],
    ),
    (
        "Orzeszków (gmina Wińsko): the village association's task paid by the gmina "
        "(b25-sporzeszkow-orzeszkowski-las-stowarzyszenie-winsko)",
        [
            (
                r(
                    "„Dobry czas by poznać orzeszkowski las”",
                    "sp-orzeszkow",
                    impl=ORZESZKOW,
                ),
                "the passage restated (the school's news of the task; the funder has no field)",
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert na 2021 rok – kultura i tradycje regionu",
                    "bip-winsko",
                    "2021-04-12",
                    ben="Stowarzyszenie na Rzecz Rozwoju Wsi Orzeszków",
                    grant="4500.00",
                ),
                "the BIP's results of the gmina's contest, the name capitalised",
            ),
            (
                r(
                    "Spływ kajakowy Jezierzycą na pożegnanie wakacji",
                    "ug-winsko",
                    "2021-09-03",
                    impl="Stowarzyszenie na rzecz Rozwoju Wsi Orzeszków",
                ),
                "the gmina's news of the task's closing event",
            ),
            (
                r(
                    "Poznajemy orzeszkowski las: rajd, zielnik i spotkanie z leśnikiem",
                    "sp-orzeszkow",
                    "2021-06-18",
                    impl="Stowarzyszeniem na Rzecz rozwoju wsi Orzeszków",
                ),
                "the school's news of an earlier event, the body in the instrumental",
            ),
            (
                r(
                    "Sprawozdanie z wykonania zadania publicznego „Dobry czas by poznać orzeszkowski las”",
                    "bip-winsko",
                    "2021-12-20",
                    ben="Stowarzyszenie na Rzecz Rozwoju Wsi Orzeszków",
                    total="5210.00",
                    grant="4500.00",
                    start="2021-05-01",
                    end="2021-11-30",
                ),
                "the BIP's report, the total and the period",
            ),
        ],
        [
            (
                r(
                    "„Orzeszkowski las przez cały rok” – zadanie stowarzyszenia z dotacją gminy",
                    "sp-orzeszkow",
                    "2022-09-05",
                    impl=ORZESZKOW,
                    grant="5000.00",
                ),
                "the same association's task of the next year",
                (0, 2, 3),
            ),
            (
                r(
                    "Rozstrzygnięcie otwartego konkursu ofert na 2021 rok – sport i rekreacja",
                    "bip-winsko",
                    "2021-04-12",
                    ben="Stowarzyszenie Przyjaciół Krzelowa",
                    grant="4500.00",
                ),
                "another village's association in the same gmina's contests, the same day and sum",
                (1, 4),
            ),
            (
                r(
                    "Spływ kajakowy Jezierzycą – wakacje z ośrodkiem kultury",
                    "ug-winsko",
                    "2021-08-20",
                    impl="Gminny Ośrodek Kultury w Wińsku",
                ),
                "the gmina's culture centre's trip on the same river two weeks before",
                (2,),
            ),
            (
                r(
                    "Stowarzyszenie z Orzeszkowa z grantem Działaj Lokalnie na plac zabaw",
                    "sp-orzeszkow",
                    "2021-07-08",
                    impl="Stowarzyszenie na Rzecz Rozwoju Wsi Orzeszków",
                    grant="6000.00",
                    prog="Działaj Lokalnie",
                ),
                "the same association's other grant of the same months",
                (0, 3),
            ),
            (
                r(
                    "Leśne lekcje w Szkole Podstawowej w Orzeszkowie",
                    "sp-orzeszkow",
                    "2021-10-10",
                    impl="Szkoła Podstawowa w Orzeszkowie",
                ),
                "the school's own lessons in the same forest",
                (3, 0),
            ),
            (
                r(
                    "Sprawozdanie z wykonania zadania publicznego „Poznaj orzeszkowskie tradycje”",
                    "bip-winsko",
                    "2020-12-18",
                    ben="Stowarzyszenie na Rzecz Rozwoju Wsi Orzeszków",
                    total="4300.00",
                    grant="4000.00",
                    start="2020-05-01",
                    end="2020-11-30",
                ),
                "the same association's task of the previous year, its report",
                (4, 1),
            ),
        ],
    ),
]


def main() -> None:
    write_role_pairs(HERE / "pairs_round14.jsonl", "r14s", ROUND14)


if __name__ == "__main__":
    main()
