"""Partners and the lead as Polish municipal, BIP, welfare-centre, school, library, NGO, LGD, university and
local-news pages name them: one invented passage a surveyed form (issue 13, the partners survey).

Each row restates a form met on a public page (the form, never the page's sentence; names invented) with the
partners the labelling rules of tests/realtext/README.md give: units named as partners, co-implementers or
co-organisers, in the nominative, the one leader marked; never the funder, a venue, the area served,
participants, the beneficiary itself, a sponsor, a media patron, a contractor or a partner country.  The source
of each form is in tests/realtext/partners_survey.md.
"""

from __future__ import annotations

import pytest

from conventions import record


def P(name: str, lead: bool = False) -> tuple[str, bool]:
    return (name, lead)


# (text, partners as (name, lead)) or a pytest.param with its reason
ROWS: list[tuple[str, list[tuple[str, bool]]] | object] = [
    # --- partnership agreements and their parties
    (
        "Projekt realizowany jest na podstawie umowy partnerskiej pomiędzy Fundacją Horyzont, gminą Rybno "
        "i Stowarzyszeniem Rozwoju Gminy Rybno.",
        [P("Fundacja Horyzont"), P("Gmina Rybno"), P("Stowarzyszenie Rozwoju Gminy Rybno")],
    ),
    (
        "Umowa Partnerska pomiędzy Powiatem Lipnowskim, a Gminą Miejską Lipno, Gminą Rybno oraz Gminą Dobra "
        "została zawarta 31 stycznia 2014 r. w celu wspólnej realizacji projektu.",
        [P("Powiat Lipnowski"), P("Gmina Miejska Lipno"), P("Gmina Rybno"), P("Gmina Dobra")],
    ),
    pytest.param(
        "Umowę partnerską w projekcie podpisało sześciu partnerów: powiat lipnowski, powiat rybnicki, gmina Dobra, "
        "gmina Lelów, gmina Miedźno oraz gmina Otyń.",
        [
            P("Powiat Lipnowski"),
            P("Powiat Rybnicki"),
            P("Gmina Dobra"),
            P("Gmina Lelów"),
            P("Gmina Miedźno"),
            P("Gmina Otyń"),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "units named with lower-case heads and adjectives ('powiat lipnowski, gmina Dobra') are not read "
                "as names; capitalising them would turn common nouns into units"
            ),
        ),
    ),
    (
        "Starosta podpisał umowę partnerską z Agencją Rozwoju Aglomeracji Lipnowskiej (ARAL) na realizację "
        "projektu „Nowa jakość zarządzania”.",
        [P("Agencja Rozwoju Aglomeracji Lipnowskiej")],
    ),
    pytest.param(
        "Porozumienie, na mocy którego powstanie Centrum Usług Środowiskowych, sygnowane jest przez kilka "
        "jednostek: Powiat Lipnowski, Gminę Rybno, Fundację im. Brata Alberta oraz Fundację Idee Razem. "
        "Jednostki będą realizować projekt partnerski.",
        [P("Powiat Lipnowski"), P("Gmina Rybno"), P("Fundacja im. Brata Alberta"), P("Fundacja Idee Razem")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'sygnowane jest przez kilka jednostek:' names signatories with no partner word in the sentence; "
                "reading any signed list would take grant contracts' parties too"
            ),
        ),
    ),
    pytest.param(
        "Dyrektor Ośrodka oraz Prezes FUNDACJI WINDA z siedzibą w Lipnie podpisali umowę o partnerstwie na rzecz "
        "realizacji projektu „Aktywny Senior”.",
        [P("Fundacja Winda")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=("a unit named only through its official in the genitive ('Prezes FUNDACJI X') is not read"),
        ),
    ),
    (
        "Podpisaliśmy umowę konsorcjum na realizację projektu z Konsorcjantami: Ośrodkiem Doradztwa Rolniczego "
        "w Lipnie oraz Fundacją Hodowców Gęsi.",
        [P("Ośrodek Doradztwa Rolniczego w Lipnie"), P("Fundacja Hodowców Gęsi")],
    ),
    # --- a partnership's members, a consortium's
    (
        "Nowo powstałe partnerstwo pomiędzy Fundacją Dolina, gminą Rybno, Fundacją Krajobrazy oraz Powiatem "
        "Lipnowskim przygotuje wspólny projekt.",
        [P("Fundacja Dolina"), P("Gmina Rybno"), P("Fundacja Krajobrazy"), P("Powiat Lipnowski")],
    ),
    (
        "W spotkaniu wzięli udział przedstawiciele trzech LGD, które zamierzają wspólnie realizować ten projekt: "
        "LGD Kraina Lipna, LGD Dolina Rybna i LGD Gościnna Ziemia.",
        [P("LGD Kraina Lipna"), P("LGD Dolina Rybna"), P("LGD Gościnna Ziemia")],
    ),
    (
        "Projekt, który 22 młodych osób z terenu gminy realizowało wspólnie ze Starostwem Powiatowym w Lipnie oraz "
        "Stowarzyszeniem Rdest, trwał trzy miesiące. Koordynatorami projektu byli Anna Nowak oraz Jan Kowalski.",
        [P("Starostwo Powiatowe w Lipnie"), P("Stowarzyszenie Rdest")],
    ),
    (
        "Partnerstwo przy realizacji projektu tworzyć będą: Gmina Lipno, Miasto Lipno, Powiat Lipnowski, "
        "Gmina Rybno i Gmina Dobra.",
        [P("Gmina Lipno"), P("Miasto Lipno"), P("Powiat Lipnowski"), P("Gmina Rybno"), P("Gmina Dobra")],
    ),
    pytest.param(
        "Partnerstwo, obejmujące Gminę Miejską Lipno, Gminę Lipno oraz Powiat Lipnowski, zawiązało się w celu "
        "wspólnej realizacji projektów.",
        [P("Gmina Miejska Lipno"), P("Gmina Lipno"), P("Powiat Lipnowski")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'obejmujące' also introduces the area served ('obejmująca obszarem gminy: …'), so it is no partner cue"
            ),
        ),
    ),
    # --- the lead: "Liderem … jest/będzie/ustanowiona została", "jako Lider", a dash or "tj." after the name
    (
        "Omówiono zadania projektu społecznego, którego liderem będzie Gmina Rybno.",
        [P("Gmina Rybno", True)],
    ),
    ("Liderem Partnerstwa ustanowiona została Gmina Miejska Lipno.", [P("Gmina Miejska Lipno", True)]),
    (
        "Gmina Rybno, występując jako Lider Projektu, ogłasza otwarty nabór na Partnera spoza sektora finansów "
        "publicznych.",
        [P("Gmina Rybno", True)],
    ),
    (
        "Impreza integracyjna była organizowana przez Regionalny Ośrodek Polityki Społecznej w Lipnie – tj. lidera "
        "projektu.",
        [P("Regionalny Ośrodek Polityki Społecznej w Lipnie", True)],
    ),
    (
        "Liderem projektu jest Gmina Rybno, a partnerami są Stowarzyszenie Razem oraz Fundacja Horyzont.",
        [P("Gmina Rybno", True), P("Stowarzyszenie Razem"), P("Fundacja Horyzont")],
    ),
    pytest.param(
        "Gmina Rybno jest liderem projektu, a ukraiński Klesiv partnerem.",
        [P("Gmina Rybno", True), P("Klesiv")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the name before the role with the verb left out ('a ukraiński X partnerem') is not read; only "
                "'a partnerem X'"
            ),
        ),
    ),
    (
        "Powiatowe Centrum Pomocy Rodzinie w Lipnie przystąpiło do międzynarodowego projektu. Liderem oraz "
        "koordynatorem projektu jest Landkreis Elbe-Heide w Niemczech. Projekt jest realizowany w partnerstwie "
        "z następującymi krajami: Niemcy, Węgry, Łotwa i Estonia.",
        [P("Landkreis Elbe-Heide", True)],
    ),
    (
        "Liderem projektu jest Gmina Lipno, natomiast partnerami biorącymi udział w realizacji projektu są gminy: "
        "Rybno, Dobra i Lelów.",
        [P("Gmina Lipno", True), P("Gmina Rybno"), P("Gmina Dobra"), P("Gmina Lelów")],
    ),
    pytest.param(
        "Liderem partnerstwa „Razem dla rozwoju” zostało miasto i gmina Lipno.",
        [P("Miasto i Gmina Lipno", True)],
        marks=pytest.mark.xfail(
            strict=True, reason="a quoted name after the role and a lower-case 'miasto i gmina X' are not read"
        ),
    ),
    pytest.param(
        "W skład partnerstwa wchodzą: miasto i gmina Lipno (lider), gm. Rybno, gm. Dobra, powiat lipnowski.",
        [P("Miasto i Gmina Lipno", True), P("Gmina Rybno"), P("Gmina Dobra"), P("Powiat Lipnowski")],
        marks=pytest.mark.xfail(
            strict=True, reason="lower-case heads and the abbreviation 'gm.' for 'Gmina' are not read as names"
        ),
    ),
    ("Liderem projektu jest gmina Lelów.", [P("Gmina Lelów", True)]),
    pytest.param(
        "W skład partnerstwa wchodzi 5 gmin: Stary Dwór i Wielkie Pole z powiatu lipnowskiego, Rybno z powiatu "
        "rybnickiego oraz Dobra i Lelów z powiatu dobrskiego.",
        [P("Gmina Stary Dwór"), P("Gmina Wielkie Pole"), P("Gmina Rybno"), P("Gmina Dobra"), P("Gmina Lelów")],
        marks=pytest.mark.xfail(
            strict=True, reason="bare places under a counted head ('5 gmin:'), each with its county, are not read"
        ),
    ),
    # --- labels and headings over lists
    (
        "Partnerzy projektu:\nUniwersytet Morski w Lipnie\nPolitechnika Rybnicka\nUniwersytet Lipnowski – Lider KPP",
        [P("Uniwersytet Morski w Lipnie"), P("Politechnika Rybnicka"), P("Uniwersytet Lipnowski", True)],
    ),
    (
        "UCZELNIE PARTNERSKIE: Akademia Muzyczna w Lipnie, Politechnika Rybnicka, Uniwersytet Lipnowski – lider "
        "projektu",
        [P("Akademia Muzyczna w Lipnie"), P("Politechnika Rybnicka"), P("Uniwersytet Lipnowski", True)],
    ),
    pytest.param(
        "Partnerzy projektu:\nmiasto Lipno miasto Stará Ves",
        [P("Miasto Lipno"), P("Miasto Stará Ves")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "two lower-case heads run together with no separator ('miasto A miasto B') are not split into units"
            ),
        ),
    ),
    (
        "Beneficjent: Gminny Ośrodek Kultury w Lipnie\nProjektpartner: Gemeinde Hohenwald",
        [P("Gemeinde Hohenwald")],
    ),
    (
        "Partnerzy wspomagający:\nMiejski Ośrodek Pomocy Społecznej w Lipnie – rekrutacja pracowników\n"
        "Powiatowy Urząd Pracy w Lipnie – rekrutacja bezrobotnych",
        [P("Miejski Ośrodek Pomocy Społecznej w Lipnie"), P("Powiatowy Urząd Pracy w Lipnie")],
    ),
    (
        "Jesienne książkobranie\n- Gminny Ośrodek Kultury w Lipnie\nDofinansowanie:\n- 7 000 zł\nPartnerzy:\n"
        "- Zespół Szkolno-Przedszkolny w Lipnie\nOpis projektu:\nUczestnikami projektu zostaną dzieci.\n"
        "Miejsca realizacji:\n- Lipno,\n- Rybno.",
        [P("Zespół Szkolno-Przedszkolny w Lipnie")],
    ),
    # --- co-organisers
    (
        "ORGANIZATORZY:\nStowarzyszenie Młodych Artystów\n\nWSPÓŁORGANIZATORZY:\nUrząd Miasta Lipno\n"
        "Starostwo Powiatowe w Lipnie\nDom Kultury w Rybnie\n\nPOD HONOROWYM PATRONATEM WÓJTA GMINY LIPNO",
        [P("Urząd Miasta Lipno"), P("Starostwo Powiatowe w Lipnie"), P("Dom Kultury w Rybnie")],
    ),
    (
        "W organizację tegorocznej imprezy zaangażowani są: Gminny Ośrodek Kultury w Lipnie (koordynator), "
        "Stowarzyszenie Na Rzecz Rozwoju Rybna, Rada Sołecka Wsi Rybno, Ochotnicza Straż Pożarna w Rybnie.",
        [
            P("Gminny Ośrodek Kultury w Lipnie"),
            P("Stowarzyszenie Na Rzecz Rozwoju Rybna"),
            P("Rada Sołecka Wsi Rybno"),
            P("Ochotnicza Straż Pożarna w Rybnie"),
        ],
    ),
    pytest.param(
        "Organizatorem warsztatów byli gmina Rybno i stowarzyszenie Most z Lipna.",
        # the seat "z Lipna" stays in the name, as the real-text labels keep it ("stowarzyszenie HOP z Wolgastu",
        # "Stowarzyszenie „Oliwskie Słoneczko” z Lubinia", "Klub Seniora z Czaplinka")
        [P("Gmina Rybno"), P("Stowarzyszenie Most z Lipna")],
        id="co-organisers-with-lower-case-heads",
    ),
    (
        "Organizatorami wydarzenia są: Kraj Vysočina i Województwo Lipnowskie.",
        [P("Kraj Vysočina"), P("Województwo Lipnowskie")],
    ),
    # --- w partnerstwie z, wspólnie z, wraz z, in the instrumental
    (
        "Projekt realizowany jest w partnerstwie z Lipnowskim Uniwersytetem Trzeciego Wieku. Patronat medialny nad "
        "projektem objęło Radio Lipno i Głos Rybna.",
        [P("Lipnowski Uniwersytet Trzeciego Wieku")],
    ),
    (
        "Przedsięwzięcie realizuje Urząd Marszałkowski w partnerstwie z gminami i organizacjami pozarządowymi, "
        "Polskim Związkiem Niewidomych i Caritas Polska.",
        [P("Urząd Marszałkowski", True), P("Polski Związek Niewidomych"), P("Caritas Polska")],  # the subject leads
    ),
    pytest.param(
        "Projekt realizowany będzie wspólnie Powiatowym Centrum Pomocy Rodzinie w Lipnie.",
        [P("Powiatowe Centrum Pomocy Rodzinie w Lipnie")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a typo: 'wspólnie' with its 'z' left out; reading a bare instrumental after 'wspólnie' would "
                "take adverbial phrases"
            ),
        ),
    ),
    (
        "Gmina Lipno wraz z Fundacją „Przedsiębiorczość” w Lipnie zapraszają do udziału w projekcie „Lipno 2030”.",
        [P("Fundacja „Przedsiębiorczość” w Lipnie")],
    ),
    (
        "Biblioteka Publiczna Gminy Rybno wraz z Grupą Kreatywni w Rybnie otrzymały dotację na projekt "
        "„Bezpieczne boisko”.",
        [P("Grupa Kreatywni w Rybnie")],
    ),
    (
        "Gmina Lipno wspólnie z Gminą Rybno i Powiatem Lipnowskim realizuje projekt „Razem”.",
        [P("Gmina Rybno"), P("Powiat Lipnowski")],
    ),
    (
        "Związek Gmin Lipnowskich jest partnerem w projekcie „Mosty”, realizowanym przez Związek Miast Rybnickich "
        "wspólnie z Radą Gmin Europy.",
        [P("Związek Gmin Lipnowskich"), P("Rada Gmin Europy")],
    ),
    (
        "Gmina Lipno oraz Město Stará Ves realizują wspólny mikroprojekt pn. „Przyjdźcie na …” współfinansowany "
        "z Funduszu Mikroprojektów.",
        [P("Gmina Lipno"), P("Město Stará Ves")],
    ),
    ("Gmina Lipno realizuje wspólny projekt z mieszkańcami wsi.", []),
    # --- genitives after "przedstawicieli", abbreviations with a seat
    pytest.param(
        "W bibliotece odbyło się spotkanie partnerów projektu „Biblioteka blisko”, tj. przedstawicieli Koła Gospodyń "
        "Wiejskich w Lipnie i Zespołu Szkół Ponadpodstawowych nr 3 w Rybnie oraz biblioteki.",
        [P("Koło Gospodyń Wiejskich w Lipnie"), P("Zespół Szkół Ponadpodstawowych nr 3 w Rybnie")],
        marks=pytest.mark.xfail(
            strict=True, reason="partners named only as the genitive of 'przedstawicieli' after 'tj.' are not read"
        ),
    ),
    (
        "W projekcie partnerskim uczestniczą także PCPR w Lipnie oraz GOPS w Rybnie.",
        [P("PCPR w Lipnie"), P("GOPS w Rybnie")],
    ),
    # --- traps: no partner named, or a unit that is no partner
    ("Pozyskaliśmy też partnerów w tych projektach, a każdy z nich miał konkretne zadania.", []),
    ("Na konferencji ponad 20 przedstawicieli różnych instytucji podpisało Pakt na Rzecz Współpracy Lokalnej.", []),
    ("Umowę o partnerstwie na rzecz realizacji projektu podpisały 23 podmioty.", []),
    (
        "Od maja Gminne Centrum Kultury w Lipnie realizuje projekt „Współpraca organizacji społecznych gminy "
        "Lipno i Rybno”.",
        [],
    ),
    ("Konsorcjum składa się z trzech instytucji badawczych i jednego przedsiębiorstwa.", []),
    ("Biblioteka Publiczna w Lipnie jest instytucją wspierającą nasz projekt.", []),
    ("Biblioteka znalazła się wśród zwycięzców programu grantowego Fundacji Energia.", []),
    (
        "Koło Gospodyń Wiejskich „Wapiennica” otrzymało 30 tysięcy złotych w programie. W jego realizację "
        "zaangażowały się całe pokolenia mieszkańców.",
        [],
    ),
    ("Gmina należy do Fundacji Lokalna Grupa Działania Wieczno, do której przystąpiła w 2007 r.", []),
    ("Omówiono zasady dalszej współpracy pomiędzy Gminą a Stowarzyszeniem LGD „Razem”.", []),
    ("Projekt został zrealizowany wspólnie ze szkołami z Turcji i Hiszpanii.", []),
    (
        "Szkołą koordynującą jest liceum z Dublina w Irlandii, a pozostałymi partnerami są szkoły średnie z Czech, "
        "Rumunii i Włoch.",
        [],
    ),
    ("W projekcie udział biorą następujące państwa: Polska, Rumunia, Portugalia i Grecja.", []),
    ("Szkoła partnerska z Peterlee w Anglii poprowadzi wirtualną wizytę w ramach projektu.", []),
    ("Celem projektu jest utrwalenie więzi między administracją obu Partnerów.", []),
    (
        "Podpisano umowy pomiędzy Gminą Lipno a organizacjami pozarządowymi: Uczniowskim Klubem Sportowym "
        "„Borowik” i Stowarzyszeniem Kobiet Wiejskich „Malwa”. W ramach umów zostanie zrealizowanych 9 projektów.",
        [],
    ),
    (
        "Uczestnikami warsztatów byli przedstawiciele organizacji, które wspierają projekt KGW, tj. Gminny Ośrodek "
        "Kultury i Stowarzyszenie „Nasze Marczyce”.",
        [],
    ),
    ("W wydarzeniu uczestniczyli wszyscy partnerzy oraz uczestnicy projektu.", []),
    (
        "Wójt Gminy Lipno wspólnie z Dyrektorem Straży Pożarnej w Raseiniai podpisali list intencyjny dotyczący "
        "wspólnego aplikowania o środki na projekt.",
        [],
    ),
    ("Partnerzy projektu opracują transgraniczny szlak turystyczny w okręgach Raseiniai, Lipno i Tauragė.", []),
    ("Udzielenie Patronatu Wójta jest równoznaczne z udzieleniem patronatu medialnego Gazety Lipnowskiej.", []),
    ("Projekt obejmie osoby niepełnosprawne, które są pod opieką Powiatowego Centrum Pomocy Rodzinie.", []),
    (
        "Program był wspólnym działaniem instytucji rynku pracy, pomocy społecznej, samorządu lokalnego i organizacji "
        "pozarządowych. W działania włączono osoby z sąsiednich gmin, takich jak: Blachownia, Kłomnice i Konopiska.",
        [],
    ),
    ("OSP Lipno i OSP Rybno otrzymają po 10 tys. zł dofinansowania na zakup sprzętu.", []),
    ("Wsparcia na zakup wozu udzielił WFOŚiGW w Lipnie oraz NFOŚiGW.", []),
    ("Środki na remont OSP Rybno przy pomocy Urzędu Gminy Lipno pozyskała z Funduszu Składkowego.", []),
    ("W wydarzeniu weźmie udział 10 ośrodków z terenu powiatu, tj.: WTZ Olewin, ŚDS w Lipnie, DPS w Rybnie.", []),
    ("Gmina Borsuki nawiązała współpracę z gminą Lipno.", []),
    (
        "Celem konferencji było zawiązanie partnerstwa na rzecz wspólnego przygotowania projektów. Nawiązanie "
        "współpracy koordynowało Stowarzyszenie Samorządów Euroregionu Bug.",
        [],
    ),
    # two units in a partnership agreement with no project are partners (README, fifth and seventh rounds)
    (
        "Od 2010 roku istnieje umowa partnerska pomiędzy powiatami Görlitz i Zgorzelec.",
        [P("Powiat Görlitz"), P("Powiat Zgorzelecki")],
    ),
    (
        "Działaj Lokalnie to program Fundacji Wolności, realizowany przez Akademię Rozwoju Filantropii oraz "
        "Fundację Pokolenia.",
        [],
    ),
    ("Podmioty-współorganizatorzy: lokalne władze, organizacje społeczne, kluby Rotary.", []),
    ("Z kim współpracujemy? Partnerami finansowymi są lokalne firmy z Lipna.", []),
    ("Dofinansowanie: Fundacja Wspomagania Wsi (FWW)", []),
    ("„Razem możemy więcej” (Gmina Lipno i Rybno)\nWnioskodawca/Realizator: Stowarzyszenie „Zaborowa Kraina”", []),
    ("W ramach Partnerstwa współpracuje sześć gmin i powiat.", []),
    (
        "Z terenu powiatu w projekcie ministerstwa bierze udział 6 gmin: Lipno, Rybno, Dobra oraz Powiat Lipnowski.",
        [],
    ),
    (
        "Organizator – Ministerstwo Funduszy i Polityki Regionalnej. Wykonawca – Agencja Reklamowa Lipno, "
        "odpowiedzialna za realizację akcji.",
        [],
    ),
    (
        "Stowarzyszenie „Olcha” realizuje projekt sfinansowany ze środków Fundacji LOTTO. Wykonawcy: p. Zofia Nowak "
        "– dyrektor szkoły, p. Anna Kowalczyk.",
        [],
    ),
    (
        "Środki finansowe pozyskało Stowarzyszenie „Nasz Ośrodek” w ramach dotacji ze Starostwa Powiatowego w Lipnie.",
        [],
    ),
    ("Urząd Marszałkowski podpisał umowę z Lokalną Grupą Działania „Zielona Dolina”.", []),
    (
        "Gmina Lipno rozpoczęła wdrażanie projektu, wykorzystując wiedzę specjalistów z Islandii oraz Fundacji "
        "Sendzimira.",
        [],
    ),
    ("Projekt dofinansowano ze środków Ministra Kultury.\nSponsorzy:\nBank Spółdzielczy w Lipnie\nPiekarnia Rybno", []),
    ("Ostatecznie do programu przystąpiło 56 samorządów.", []),
    ("Partnerstwo projektowe liczy 7 organizacji z Francji, Polski, Turcji oraz Hiszpanii.", []),
    ("Nasza szkoła będzie jedną z sześciu szkół partnerskich w projekcie.", []),
    (
        "Stowarzyszenie LGD jest partnerstwem przedstawicieli władz publicznych, partnerów społecznych, gospodarczych "
        "oraz mieszkańców z terenu Gminy Lipno i Gminy Rybno.",
        [],
    ),
    (
        "Gra odbywa się w ramach partnerskiego projektu pn. „Aktywne sąsiedztwo. Współpraca trzech miast "
        "partnerskich” dofinansowanego z EFRR.",
        [],
    ),
    ("Do umowy partnerstwa w projekcie przystąpiło 10 gmin północnej części województwa.", []),
    ("Gościliśmy grupę z Gminy Soblahov ze Słowacji. W 2004 r. podpisano porozumienie o partnerstwie.", []),
    (
        "W Lipnie odbyła się konferencja „15 lat współpracy miasta Stará Ves i Gminy Lipno” w ramach zakończenia "
        "projektu „Wielokulturowe dziedzictwo”.",
        [],
    ),
    ("Zadeklarowano możliwość współpracy transgranicznej w zakresie realizacji wspólnych projektów.", []),
    (
        "Grantobiorcą realizującym mikroprojekt może być gmina działająca samodzielnie lub w partnerstwie "
        "z organizacjami pozarządowymi.",
        [],
    ),
    (
        "Związek Gmin Lipnowskich we współpracy i przy finansowym wsparciu Fundacji Współpracy Polsko-Niemieckiej "
        "przygotował interaktywną mapę w ramach projektu.",
        [],
    ),
    ("Wydarzenia w ramach projektu były współorganizowane z różnymi organizacjami i instytucjami z gminy.", []),
    (
        "Projekt realizowany był przez Stowarzyszenie Przybyszewo. Organizatorzy dziękują Dorocie Wróbel "
        "za współpracę.",
        [],
    ),
    ("Realizatorem projektu będzie Gminny Ośrodek Kultury, Sportu i Turystyki w Lipnie.", []),
    (
        "Zadanie dofinansowano ze środków programu Fundacji Wolności realizowanego przez Akademię Rozwoju "
        "Filantropii oraz Ośrodek Działaj Lokalnie Stowarzyszenie LGD Pojezierze Razem.",
        [],
    ),
]


def _param(row: object) -> object:
    if hasattr(row, "marks"):
        text, partners = row.values  # type: ignore[attr-defined]
        return pytest.param(text, partners, marks=row.marks, id=text[:60])  # type: ignore[attr-defined]
    text, partners = row  # type: ignore[misc]
    return pytest.param(text, partners, id=text[:60])


@pytest.mark.parametrize(("text", "partners"), [_param(row) for row in ROWS])
def test_surveyed_partner_forms(text: str, partners: list[tuple[str, bool]]) -> None:
    assert [(p.name, p.lead) for p in record(text).partners] == partners
