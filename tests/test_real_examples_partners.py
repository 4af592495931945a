"""Partners in real Polish wordings (tests/realtext/README.md, "Labelling conventions"): the units named as
partners or co-implementers, in the nominative, the named leader marked; never a venue, the area served,
the funder or the one carrying the project out with them."""

from __future__ import annotations

import pytest

from extract.org_names import OrgMention
from extract.partners import find_partners, from_genitive, nominative


def P(name: str, lead: bool = False) -> tuple[str, bool]:
    return (name, lead)


def found(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.lead) for p in find_partners(text)[0]]


PARTNERS = [
    # a lower-case label after a semicolon is a label, not a lead's second name
    pytest.param(
        "Partner wiodący: Miasto Zgorzelec; partner: Stadt Görlitz.",
        [P("Miasto Zgorzelec", True), P("Stadt Görlitz")],
        id="semicolon-lower-case-label",
    ),
    # one plural head over bare names, in the nominative as in the instrumental
    pytest.param(
        "Liderem projektu jest Powiat Gnieźnieński, a partnerami gminy Kłecko i Witkowo.",
        [P("Powiat Gnieźnieński", True), P("Gmina Kłecko"), P("Gmina Witkowo")],
        id="a-partnerami-gminy-x-i-y",
    ),
    pytest.param("Partnerem jest Fundacja Ala z gminy Lipno.", [P("Fundacja Ala")], id="z-gminy-one-name-is-no-list"),
    # a numbered list flattened onto one line, after a label or a cue; "nr 2" is no list number
    pytest.param(
        "Partnerzy: 1. Gmina Lipno 2. Gmina Rybno 3. Stowarzyszenie Razem",
        [P("Gmina Lipno"), P("Gmina Rybno"), P("Stowarzyszenie Razem")],
        id="flattened-numbered-list-after-a-label",
    ),
    pytest.param(
        "Partnerzy: 1) Gmina Lipno, 2) Gmina Rybno.", [P("Gmina Lipno"), P("Gmina Rybno")], id="numbers-in-brackets"
    ),
    pytest.param(
        "Projekt realizowany w partnerstwie z: 1. Gminą Lipno 2. Gminą Rybno",
        [P("Gmina Lipno"), P("Gmina Rybno")],
        id="flattened-numbered-list-after-a-cue",
    ),
    pytest.param(
        "Partnerzy: Szkoła Podstawowa Nr 3 w Lipnie i Fundacja Ala.",
        [P("Szkoła Podstawowa Nr 3 w Lipnie"), P("Fundacja Ala")],
        id="nr-3-is-no-list-number",
    ),
    # the lead in a relative clause set off by commas
    pytest.param(
        "Minister i Powiat Starogardzki, który jest Liderem Projektu, zawarli umowę dotacji.",
        [P("Powiat Starogardzki", True)],
        id="ktory-jest-liderem-projektu",
    ),
    # a named owner of the role, the project in the locative ("w projekcie")
    pytest.param(
        "Partnerem Gminy Lipno w projekcie jest Stowarzyszenie Razem.",
        [P("Stowarzyszenie Razem")],
        id="partnerem-gminy-x-w-projekcie",
    ),
    pytest.param(
        "Projekt „Razem w Iłowie” realizowany przez Gminę Iłów wspólnie z Fundacją Nowy Dom oraz Parafią w Iłowie "
        "potrwa do końca 2024 roku.",
        [P("Fundacja Nowy Dom"), P("Parafia w Iłowie")],
        id="issue-wspolnie-z-the-implementer-is-not-a-partner",
    ),
    pytest.param(
        "Gmina Kórnik realizuje projekt wraz z trzema partnerami: Fundacją Pomocy Rodzinie, Stowarzyszeniem "
        "„Aktywni Razem” i Powiatem Poznańskim. Projekt potrwa dwa lata.",
        [P("Fundacja Pomocy Rodzinie"), P("Stowarzyszenie „Aktywni Razem”"), P("Powiat Poznański")],
        id="wraz-z-trzema-partnerami",
    ),
    pytest.param(
        "Lider: Gmina Osjaków oraz Partnerzy: Gmina Wieluń, Powiat Wieluński i Fundacja Rozwoju Ziemi Wieluńskiej.",
        [
            P("Gmina Osjaków", lead=True),
            P("Gmina Wieluń"),
            P("Powiat Wieluński"),
            P("Fundacja Rozwoju Ziemi Wieluńskiej"),
        ],
        id="lider-oraz-partnerzy-on-one-line",
    ),
    pytest.param(
        "Projekt realizujemy w partnerstwie z:\n- Miejsko-Gminnym Ośrodkiem Pomocy Społecznej w Wieluniu,\n"
        "- Powiatowym Centrum Pomocy Rodzinie w Wieluniu,\n- Biblioteką Publiczną Gminy Osjaków.\n\nZapraszamy.",
        [
            P("Miejsko-Gminny Ośrodek Pomocy Społecznej w Wieluniu"),
            P("Powiatowe Centrum Pomocy Rodzinie w Wieluniu"),
            P("Biblioteka Publiczna Gminy Osjaków"),
        ],
        id="instrumental-bullet-list",
    ),
    pytest.param(
        "Projekt realizuje Stowarzyszenie Pomysł na Józefosław w partnerstwie z Biblioteką Publiczną w Piasecznie. "
        "Spotkanie odbędzie się w sali widowiskowej Biblioteki Publicznej w Piasecznie.",
        [P("Stowarzyszenie Pomysł na Józefosław", lead=True), P("Biblioteka Publiczna w Piasecznie")],
        id="w-partnerstwie-z-the-subject-leads",
    ),
    pytest.param(
        "Liderem jest Gmina Osjaków (Gminny Ośrodek Pomocy Społecznej w Osjakowie), a partnerami: Gmina Wieluń "
        "(Miejsko-Gminny Ośrodek Pomocy Społecznej w Wieluniu), Powiat Wieluński (Powiatowe Centrum Pomocy Rodzinie "
        "w Wieluniu) i Fundacja na Rzecz Rozwoju Powiatu Wieluńskiego z siedzibą w Wieluniu.",
        [
            P("Gmina Osjaków", lead=True),
            P("Gmina Wieluń"),
            P("Powiat Wieluński"),
            P("Fundacja na Rzecz Rozwoju Powiatu Wieluńskiego"),
        ],
        id="a-partnerami-with-their-units-in-brackets",
    ),
    pytest.param(
        "Projekt realizować będą Gminny Ośrodek Pomocy Społecznej oraz Biblioteka Publiczna w Kartuzach, a partnerem "
        "– wybranym w konkursie i odpowiedzialnym za część zadań – jest Spółdzielnia Socjalna Pasja w Kartuzach.",
        # the joint subject of "realizować będą" are partners too (tests/realtext/README.md, seventh round)
        [
            P("Gminny Ośrodek Pomocy Społecznej"),
            P("Biblioteka Publiczna w Kartuzach"),
            P("Spółdzielnia Socjalna Pasja w Kartuzach"),
        ],
        id="a-partnerem-dash-aside-jest",
    ),
    pytest.param(
        "Projekt prowadzi Urząd Marszałkowski wspólnie z gminami i organizacjami pozarządowymi, Polskim Związkiem "
        "Niewidomych i Caritas Polska.",
        [P("Polski Związek Niewidomych"), P("Caritas Polska")],
        id="wspolnie-z-common-nouns-skipped",
    ),
    pytest.param(
        "FUNDACJA WINDA, jako partner spoza sektora finansów publicznych, poprowadzi zadanie dla 10 uczestników.",
        [P("Fundacja Winda")],
        id="capitals-jako-partner",
    ),
    pytest.param(
        "Gmina Iwaniska, działając jako Lider Projektu, ogłasza otwarty nabór Partnera. Wybrany Partner ma wspólnie "
        "z Gminą zrealizować projekt.",
        [P("Gmina Iwaniska", lead=True)],
        id="dzialajac-jako-lider-and-a-bare-head-is-no-partner",
    ),
    pytest.param(
        "Równocześnie lider projektu (Miasto Opole) złożył korektę wniosku o przyznanie dotacji.",
        [P("Miasto Opole", lead=True)],
        id="lider-projektu-in-brackets",
    ),
    pytest.param(
        # a voivodeship acting through its centre is the unit (tests/realtext/README.md, the fifth round)
        "Projekt partnerski realizujemy wspólnie z Województwem Śląskim/ROPS w Katowicach.",
        [P("Województwo Śląskie")],
        id="wojewodztwem-slaskim-rops",
    ),
    pytest.param(
        "Miejski Ośrodek Pomocy Społecznej w Ołówkowie w partnerstwie ze Stowarzyszeniem „Pogodna Jesień” realizuje "
        "projekt.\nLider projektu: Gmina Ołówkowo\nPartner: Stowarzyszenie „Pogodna Jesień”",
        [P("Stowarzyszenie „Pogodna Jesień”"), P("Gmina Ołówkowo", lead=True)],
        id="a-named-leader-outranks-the-subject",
    ),
    pytest.param(
        "Partnerzy projektu\nWojewództwo Opolskie – lider\nPowiat Makietowski\nFundacja „Dom Otwarty”\n"
        "Najważniejsze informacje o projekcie.",
        [P("Województwo Opolskie", lead=True), P("Powiat Makietowski"), P("Fundacja „Dom Otwarty”")],
        id="heading-over-a-list-without-bullets",
    ),
    # generalised phrasings (each a general Polish wording, sentences written here)
    pytest.param(
        "Partnerem realizacji projektu jest Edukator Sp. z o.o. z Rzeszowa, wyłoniony w otwartym naborze partnera.",
        [P("Edukator Sp. z o.o.")],
        id="partnerem-realizacji-projektu-jest-a-company-without-its-town",
    ),
    pytest.param(
        "Partnerem merytorycznym przedsięwzięcia będzie Fundacja Rozwoju Przedsiębiorczości.",
        [P("Fundacja Rozwoju Przedsiębiorczości")],
        id="partnerem-merytorycznym-bedzie",
    ),
    pytest.param(
        "Partnerami gminy w projekcie są Stowarzyszenie Przyjaciół Lipna i Klub Sportowy Orzeł Lipno.",
        [P("Stowarzyszenie Przyjaciół Lipna"), P("Klub Sportowy Orzeł Lipno")],
        id="partnerami-gminy-w-projekcie-sa",
    ),
    pytest.param(
        "Partnerzy projektu to: Gmina Skępe, Powiat Lipnowski i Fundacja Razem dla Regionu.",
        [P("Gmina Skępe"), P("Powiat Lipnowski"), P("Fundacja Razem dla Regionu")],
        id="partnerzy-projektu-to",
    ),
    pytest.param(
        "Do projektu przystąpiło trzech partnerów: Gmina Skępe, Stowarzyszenie na rzecz osób starszych „Złota Jesień” "
        "oraz Lipnowskie Towarzystwo Przyjaciół Dzieci.",
        [
            P("Gmina Skępe"),
            P("Stowarzyszenie na rzecz osób starszych „Złota Jesień”"),
            P("Lipnowskie Towarzystwo Przyjaciół Dzieci"),
        ],
        id="counted-partners-colon-list-with-a-lower-case-name",
    ),
    pytest.param(
        "Projekt przygotowało partnerstwo trzech organizacji: EkoLogika, Fundacji Zielone Miasto i Lokalnej Grupy "
        "Działania Ziemi Lipnowskiej.",
        [P("EkoLogika"), P("Fundacja Zielone Miasto"), P("Lokalna Grupa Działania Ziemi Lipnowskiej")],
        id="partnerstwo-organizacji-genitive-list",
    ),
    pytest.param(
        "Projekt jest realizowany w partnerstwie Gminy Lipno i Miejskiego Ośrodka Pomocy Społecznej w Skępem.",
        [P("Gmina Lipno"), P("Miejski Ośrodek Pomocy Społecznej w Skępem")],
        id="w-partnerstwie-genitive-names",
    ),
    pytest.param(
        "Zadanie wykonujemy na podstawie umowy partnerskiej zawartej pomiędzy Gminą Skępe a Stowarzyszeniem Aktywni.",
        [P("Gmina Skępe"), P("Stowarzyszenie Aktywni")],
        id="umowa-partnerska-zawarta-pomiedzy-a",
    ),
    pytest.param(
        "Projekt prowadzimy na podstawie porozumienia partnerskiego zawartego przez Fundację Razem, gminę Skępe "
        "i Stowarzyszenie Przyjaciół Lipna.",
        [P("Fundacja Razem"), P("Gmina Skępe"), P("Stowarzyszenie Przyjaciół Lipna")],
        id="porozumienie-partnerskie-zawarte-przez-accusative",
    ),
    pytest.param(
        "W ramach projektu Gmina Lipno podpisała umowę partnerską z Fundacją Razem.",
        [P("Fundacja Razem")],
        id="umowe-partnerska-z-the-signer-is-not-listed",
    ),
    pytest.param(
        "Gmina Skępe i Fundacja Razem podpisały umowę partnerską dotyczącą realizacji projektu „Aktywni razem”.",
        [P("Gmina Skępe"), P("Fundacja Razem")],
        id="parties-signed-umowa-partnerska",
    ),
    pytest.param(
        "Fundacja Razem jest partnerem projektu „Aktywni seniorzy”, który potrwa do 2025 roku.",
        [P("Fundacja Razem")],
        id="x-jest-partnerem-projektu",
    ),
    pytest.param(
        "Powiat Lipnowski liderem projektu „Lepsza opieka”",
        [P("Powiat Lipnowski", lead=True)],
        id="headline-x-liderem-projektu",
    ),
    pytest.param(
        "W skład partnerstwa wchodzą: Gmina Lipno, Gmina Skępe i Fundacja Razem.",
        [P("Gmina Lipno"), P("Gmina Skępe"), P("Fundacja Razem")],
        id="w-sklad-partnerstwa-wchodza",
    ),
    pytest.param(
        "Partnerstwo tworzą Gmina Lipno, Gmina Skępe oraz Stowarzyszenie Aktywni.",
        [P("Gmina Lipno"), P("Gmina Skępe"), P("Stowarzyszenie Aktywni")],
        id="partnerstwo-tworza",
    ),
    pytest.param(
        "Partner projektu – Fundacja Razem z siedzibą w Lipnie\nLider projektu – Gmina Lipno",
        [P("Fundacja Razem"), P("Gmina Lipno", lead=True)],
        id="dash-labels-at-line-start",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie: Lider – Gmina Lipno, Partner – Fundacja Razem.",
        [P("Gmina Lipno", lead=True), P("Fundacja Razem")],
        id="dash-labels-inside-a-line",
    ),
    pytest.param(
        "Fundacja Razem pełni w projekcie rolę partnera odpowiedzialnego za szkolenia.",
        [P("Fundacja Razem")],
        id="pelni-role-partnera",
    ),
    pytest.param(
        "Jako partner do projektu przystąpiła Fundacja Razem.",
        [P("Fundacja Razem")],
        id="jako-partner-przystapila-x",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie przez Gminę Lipno (lider) i Fundację Razem.",
        [P("Gmina Lipno", lead=True), P("Fundacja Razem")],
        id="w-partnerstwie-przez-accusative-with-lead-marker",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie pomiędzy Gminą Lipno a Biblioteką Publiczną w Skępem.",
        [P("Gmina Lipno"), P("Biblioteka Publiczna w Skępem")],
        id="w-partnerstwie-pomiedzy-a",
    ),
    pytest.param(
        "Projekt realizują Gmina Lipno (lider) oraz Stowarzyszenie Aktywni (partner).",
        [P("Gmina Lipno", lead=True), P("Stowarzyszenie Aktywni")],
        id="role-markers-after-names",
    ),
    # not partners: a venue, the area served, the funder, a person, a programme's runner
    pytest.param(
        "Projekt realizowany jest wspólnie z mieszkańcami na terenie województw: śląskiego i opolskiego, w sali "
        "Gminnego Ośrodka Kultury w Iłowie.",
        [],
        id="area-and-venue-are-not-partners",
    ),
    pytest.param(
        "Zadanie dofinansowano ze środków Województwa Śląskiego. Umowę podpisał wójt wspólnie ze Skarbnikiem Gminy "
        "Iłów; projekt realizuje Gmina Iłów.",
        [],
        id="funder-and-person-are-not-partners",
    ),
    pytest.param(
        "Laboratoria Przyszłości to program, który Ministerstwo Edukacji i Nauki prowadzi razem z Centrum GovTech.",
        [],
        id="a-programme-run-together-is-no-project-partnership",
    ),
    pytest.param(
        "Program prowadzi Minister Rodziny i Polityki Społecznej w partnerstwie z Wojewodą Dolnośląskim.",
        [],
        id="an-office-holder-is-not-a-unit",
    ),
    pytest.param(
        "Projekt prowadzi Urząd Miasta Poznania razem z 15 Partnerami w okresie 01.03.2017-29.02.2020.",
        [],
        id="partners-counted-not-named",
    ),
    pytest.param(
        "Do projektu dołączyło dwóch partnerów, których wyłoniono w otwartym naborze.",
        [],
        id="partners-counted-no-list",
    ),
    pytest.param(
        "Miasto Lipno podpisało umowę partnerską z Miastem Stryj; współpraca obejmie wymianę młodzieży i kulturę.",
        [],
        id="twin-town-agreement-is-no-project-partnership",
    ),
    pytest.param(
        "Każdy obecny tu starosta, wójt i burmistrz jest partnerem tego programu. Burmistrz Lipna jest liderem "
        "projektu.",
        [],
        id="people-called-partners-are-not-units",
    ),
    pytest.param(
        "Beneficjentem projektu jest Powiat Lipnowski, a realizatorem – Powiatowe Centrum Pomocy Rodzinie w Lipnie. "
        "Partnerem projektu jest Stowarzyszenie Aktywni.",
        [P("Stowarzyszenie Aktywni")],
        id="the-name-ending-the-previous-sentence-is-no-partner",
    ),
    pytest.param(
        "Partnerem akcji było Radio Lipno, a partnerem gminy jest miasto Stryj.",
        [],
        id="partner-of-an-event-or-a-gmina",
    ),
    pytest.param(
        "Spotkali się przedstawiciele Partnerstwa Gmin Powiatu Lipnowskiego – m.in. Wójt Gminy Skępe. Projekt "
        "potrwa rok.",
        [],
        id="a-partnership-s-own-name-is-no-list",
    ),
    pytest.param(
        "W skład partnerstwa wchodzą Lipno, Skępe i Wielgie.",
        [],
        id="bare-place-names-are-not-units",
    ),
    # a unit's plural over bare place names names each unit: "gminy: A, B" -> "Gmina A", "Gmina B"
    pytest.param(
        "W skład partnerstwa wchodzą gminy: Lipno, Skępe i Wielgie.",
        [P("Gmina Lipno"), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="shared-plural-head-over-place-names",
    ),
    pytest.param(
        "Liderem została w niej Gmina Brodnica, a jako partnerzy projektu przystąpiły Gminy: Zbiczno, Bobrowo "
        "oraz Jabłonowo Pomorskie.",
        [P("Gmina Brodnica", lead=True), P("Gmina Zbiczno"), P("Gmina Bobrowo"), P("Gmina Jabłonowo Pomorskie")],
        id="jako-partnerzy-projektu-przystapily-gminy-colon",
    ),
    pytest.param(
        "Projekt realizujemy wspólnie z gminami: Lipno, Skępe i Wielgie.",
        [P("Gmina Lipno"), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="wspolnie-z-gminami-colon",
    ),
    # the owner of the partners, in a sentence about a project
    pytest.param(
        "Liderem projektu jest Uniwersytet Rolniczy. Partnerami uczelni są: Agromex Sp. z o.o., Instytut Zootechniki "
        "i Fundacja Wsi Polskiej.",
        [
            P("Uniwersytet Rolniczy", lead=True),
            P("Agromex Sp. z o.o."),
            P("Instytut Zootechniki"),
            P("Fundacja Wsi Polskiej"),
        ],
        id="partnerami-uczelni-sa-colon",
    ),
    pytest.param(
        "Partnerami fundacji są: Bank Lipno i Fundacja Orlen.",
        [],
        id="partners-of-an-owner-outside-a-project",
    ),
    # a consortium's members are partners
    pytest.param(
        "Konsorcjum tworzą Politechnika Gdańska, Uniwersytet Gdański oraz Energa S.A. w Gdańsku.",
        [P("Politechnika Gdańska"), P("Uniwersytet Gdański"), P("Energa S.A. w Gdańsku")],
        id="konsorcjum-tworza-legal-form-with-seat",
    ),
    pytest.param(
        "Konsorcjum zawiązały cztery uczelnie i dwie spółki: Politechnika Opolska, Uniwersytet Opolski, Akademia "
        "Muzyczna w Katowicach, Uniwersytet Śląski, Opolgaz S.A. i Miejskie Wodociągi Sp. z o.o.",
        [
            P("Politechnika Opolska"),
            P("Uniwersytet Opolski"),
            P("Akademia Muzyczna w Katowicach"),
            P("Uniwersytet Śląski"),
            P("Opolgaz S.A."),
            P("Miejskie Wodociągi Sp. z o.o."),
        ],
        id="konsorcjum-counted-members-after-colon",
    ),
    pytest.param(
        "W skład konsorcjum wchodzą: Instytut Włókiennictwa i Fundacja Nauki.",
        [P("Instytut Włókiennictwa"), P("Fundacja Nauki")],
        id="w-sklad-konsorcjum-wchodza",
    ),
    # units counted, carrying something out together, then named after a colon
    pytest.param(
        "Projekt prowadzimy wspólnie z 3 stowarzyszeniami:\n• Stowarzyszenie Nasza Wieś (SNW),\n• Lokalna Grupa "
        "Działania w Dolinie Bugu, Narwi i Liwca\n• Kaunas District FLAG z Litwy\n\nZapraszamy.",
        [
            P("Stowarzyszenie Nasza Wieś"),
            P("Lokalna Grupa Działania w Dolinie Bugu, Narwi i Liwca"),
            P("Kaunas District FLAG"),
        ],
        id="wspolnie-z-counted-units-then-bullets",
    ),
    pytest.param(
        "Projekt realizuje wspólnie 4 organizacje – 3 z Polski i jedna z Czech: Fundacja Razem, Stowarzyszenie "
        "Aktywni, Lokalna Grupa Działania Dolina Odry oraz Obec Hať.",
        [P("Fundacja Razem"), P("Stowarzyszenie Aktywni"), P("Lokalna Grupa Działania Dolina Odry"), P("Obec Hať")],
        id="realizuje-wspolnie-n-units-colon-oraz-ends-an-item",
    ),
    pytest.param(
        "Spotkali się przedstawiciele dwóch grup działania, które chcą go przeprowadzić razem: LGD Dolina Raby "
        "i LGD Kraina Lasów.",
        [P("LGD Dolina Raby"), P("LGD Kraina Lasów")],
        id="counted-then-razem-colon-abbreviated-units",
    ),
    pytest.param(
        "Razem z rodzicami przygotowaliśmy 3 atrakcje: Gminny Ośrodek Kultury zapewnił scenę.",
        [],
        id="razem-counted-one-name-is-no-list",
    ),
    # co-organisers are co-implementers; one organiser is the implementer
    pytest.param(
        "ORGANIZATOR:\nStowarzyszenie Kulturalne Lipno\n\nWSPÓŁORGANIZATORZY:\nUrząd Gminy Lipno\nStarostwo "
        "Powiatowe w Lipnie\nMiejskie Centrum Kultury – Teatr Lalek\nGaleria Sztuki Współczesnej\nMuzeum Ziemi "
        "Lipnowskiej\n\nDYREKTOR FESTIWALU:\nJan Nowak",
        [
            P("Urząd Gminy Lipno"),
            P("Starostwo Powiatowe w Lipnie"),
            P("Miejskie Centrum Kultury – Teatr Lalek"),
            P("Galeria Sztuki Współczesnej"),
            P("Muzeum Ziemi Lipnowskiej"),
        ],
        id="wspolorganizatorzy-heading-over-name-lines",
    ),
    pytest.param(
        "Organizatorami wydarzenia byli Urząd Gminy Skępe i Gminny Ośrodek Kultury w Skępem.",
        [P("Urząd Gminy Skępe"), P("Gminny Ośrodek Kultury w Skępem")],
        id="organizatorami-byli-two-units",
    ),
    pytest.param(
        "Współorganizatorem festynu był Gminny Ośrodek Kultury w Skępem. Organizatorem rajdu był Klub Sportowy Skępe.",
        [P("Gminny Ośrodek Kultury w Skępem")],
        id="wspolorganizatorem-byl-x-one-organiser-is-not",
    ),
    pytest.param(
        "W organizację zaangażowani są także Sołtys i Rada Sołecka Wsi Zalesie (gospodarze), Stowarzyszenie Przyjaciół "
        "Zalesia oraz Ochotnicza Straż Pożarna w Zalesiu.",
        [
            P("Rada Sołecka Wsi Zalesie"),
            P("Stowarzyszenie Przyjaciół Zalesia"),
            P("Ochotnicza Straż Pożarna w Zalesiu"),
        ],
        id="w-organizacje-zaangazowani-sa",
    ),
    pytest.param(
        "Organizatorami byli uczniowie i nauczyciele. Współorganizatorem był Jan Kowalski.",
        [],
        id="organisers-who-are-people",
    ),
    pytest.param(
        "Partnerzy:\n- Fundacja Razem, Warszawa\n- Gmina Lipno (lider)\nPartnerzy:\nFundacja Zdrowie – Kraków\n",
        [P("Fundacja Razem"), P("Gmina Lipno", lead=True), P("Fundacja Zdrowie")],
        id="a-bullet-s-name-ends-at-a-comma-or-a-dash-before-a-town",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERS)
def test_partners_in_real_wordings(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Fundacją Nowy Dom", "Fundacja Nowy Dom"),
        ("Biblioteką Publiczną w Piasecznie", "Biblioteka Publiczna w Piasecznie"),
        ("Gminę Iłów", "Gmina Iłów"),
        ("Polskim Związkiem Niewidomych", "Polski Związek Niewidomych"),
        ("Powiatowym Centrum Pomocy Rodzinie", "Powiatowe Centrum Pomocy Rodzinie"),
        ("Ochotniczą Strażą Pożarną w Zalesiu", "Ochotnicza Straż Pożarna w Zalesiu"),
        ("Urzędem Miasta i Gminy Nysa", "Urząd Miasta i Gminy Nysa"),
        ("ROPS-em w Katowicach", "ROPS w Katowicach"),
        ("Stowarzyszeniem „Pogodna Jesień”", "Stowarzyszenie „Pogodna Jesień”"),
        # already nominative, or no institution word: as printed
        ("Stowarzyszenie Pomysł na Józefosław", "Stowarzyszenie Pomysł na Józefosław"),
        ("Caritas Polska", "Caritas Polska"),
        ("Centrum Usług Społecznych", "Centrum Usług Społecznych"),
        ("Wojewodą Dolnośląskim", "Wojewodą Dolnośląskim"),
    ],
)
def test_nominative(printed: str, expected: str) -> None:
    assert nominative(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Fundacji Polki Razem", "Fundacja Polki Razem"),
        ("Koalicji na rzecz Rodzinnej Opieki", "Koalicja na rzecz Rodzinnej Opieki"),
        ("Polskiego Związku Niewidomych", "Polski Związek Niewidomych"),
        ("Powiatu Lipnowskiego", "Powiat Lipnowski"),
        ("Gminy Miejskiej Lipno", "Gmina Miejska Lipno"),
        ("Województwa Wielkopolskiego", "Województwo Wielkopolskie"),
        ("Biblioteki Publicznej w Skępem", "Biblioteka Publiczna w Skępem"),
        ("Fundacji Rozwoju Ziemi Lipnowskiej", "Fundacja Rozwoju Ziemi Lipnowskiej"),
        ("EkoLogika", "EkoLogika"),
        ("Gmina Lipno", "Gmina Lipno"),
    ],
)
def test_from_genitive(printed: str, expected: str) -> None:
    assert from_genitive(printed) == expected


def test_expanded_name_follows_the_nominative() -> None:
    partners, _ = find_partners("Projekt realizujemy w partnerstwie z MOPS-em w Nysie.")
    assert partners == [OrgMention("MOPS w Nysie", "Miejski Ośrodek Pomocy Społecznej w Nysie")]


@pytest.mark.parametrize("size", [2_000, 20_000])
def test_long_lists_and_near_misses_end(size: int) -> None:
    """Lone head words and lower-case nouns in endless lists are no partners (speed: benchmarks, not here)."""
    text = ("wspólnie z " + "Fundacją, " * 50 + "gminami i " * 50 + "w partnerstwie z ( " * 20) * (size // 1_500)
    names, _ = find_partners(text)
    assert names == []


# General mechanisms: cooperation cues, cooperation agreements, list introducers, roles held, plural heads over
# places, foreign bodies, "reprezentowana przez" cut; each with negatives (own sentences).
GENERAL = [
    pytest.param(
        "Projekt będzie realizowany we współpracy z Lokalną Grupą Działania „Dolina Wkry”.",
        [P("Lokalna Grupa Działania „Dolina Wkry”")],
        id="we-wspolpracy-z-in-a-project-sentence",
    ),
    pytest.param(
        "Festyn przygotowano przy współpracy m.in.: z Teatrem Miejskim i Parkiem Krajobrazowym „Dolina Bobru”.",
        [P("Teatr Miejski"), P("Park Krajobrazowy „Dolina Bobru”")],
        id="przy-wspolpracy-m-in-a-list",
    ),
    pytest.param(
        "Projekt jest możliwy dzięki współpracy z Ministerstwem Spraw Zagranicznych RP.",
        [],
        id="negative-cooperation-with-the-funder",
    ),
    pytest.param("Ośrodek we współpracy z Fundacją Razem prowadzi zbiórkę odzieży.", [], id="negative-no-project"),
    pytest.param(
        "Podpisano porozumienie o wzajemnej współpracy z Uniwersytetem Przyrodniczym w Lublinie.",
        [P("Uniwersytet Przyrodniczy w Lublinie")],
        id="porozumienie-o-wspolpracy-z",
    ),
    pytest.param(
        "UMOWĘ O WSPÓŁPRACY PARTNERSKIEJ między Powiatem Kolskim a Powiatem Tureckim podpisano w maju.",
        [P("Powiat Kolski"), P("Powiat Turecki")],
        id="umowa-o-wspolpracy-miedzy-a-a-b",
    ),
    pytest.param("Porozumienie o współpracy podpisali starosta i wójt.", [], id="negative-agreement-signed-by-persons"),
    pytest.param(
        "Nadleśnictwo realizuje projekt wraz z partnerami, tj. Fundacją „Las”, Parafią pw. Św. Anny oraz "
        "Nadleśnictwem Bytów.",
        [P("Fundacja „Las”"), P("Parafia pw. Św. Anny"), P("Nadleśnictwo Bytów")],
        id="wraz-z-partnerami-tj-list",
    ),
    pytest.param(
        "Rolę Lidera Projektu pełni Gmina Kowal. Partnerami Projektu są: Gmina Lubień reprezentowana przez "
        "Wójta Jana Nowaka oraz Gmina Baruchowo reprezentowana przez Wójta Anny Kowal.",
        [P("Gmina Kowal", lead=True), P("Gmina Lubień"), P("Gmina Baruchowo")],
        id="role-held-and-represented-by-cut",
    ),
    pytest.param(
        "Jako partnerzy w projekcie występują Fundacja Echo oraz Gmina Chęciny.",
        [P("Fundacja Echo"), P("Gmina Chęciny")],
        id="jako-partnerzy-wystepuja",
    ),
    pytest.param(
        "Organizatorami akcji były Nadleśnictwa Lipusz, Kościerzyna i Bytów oraz Liceum Ogólnokształcące w Bytowie.",
        [
            P("Nadleśnictwo Lipusz"),
            P("Nadleśnictwo Kościerzyna"),
            P("Nadleśnictwo Bytów"),
            P("Liceum Ogólnokształcące w Bytowie"),
        ],
        id="plural-head-over-places",
    ),
    pytest.param(
        "Organizatorami akcji były Gminy Lipno i Fundacja Razem.",
        [P("Gminy Lipno"), P("Fundacja Razem")],
        id="negative-plural-head-before-a-unit-is-not-distributed",
    ),
    pytest.param(
        "Projekt realizuje wspólnie 3 grupy: LGD Kraina, LGD Zalew oraz Regionalna razvojna agencija Posavje.",
        [P("LGD Kraina"), P("LGD Zalew"), P("Regionalna razvojna agencija Posavje")],
        id="foreign-body-with-lower-case-words",
    ),
    pytest.param(
        "Współorganizator działał we współpracy z OSP w Lgocie i ZUK w Kamienicy.",
        [P("OSP w Lgocie"), P("ZUK w Kamienicy")],
        id="abbreviated-units-with-a-seat",
    ),
    pytest.param(
        "Zawarli porozumienie o współpracy na rzecz seniorów z Województwem Opolskim – Regionalnym Ośrodkiem "
        "Polityki Społecznej w Opolu.",
        # a voivodeship acting through its centre is the unit (tests/realtext/README.md, the fifth round)
        [P("Województwo Opolskie")],
        id="apposition-in-the-instrumental",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERAL)
def test_general_partner_mechanisms(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


# Long lists of many shapes, written for these rules (reworded municipal wordings, fictional or generic names):
# consortia and partnerships "w składzie", lists over lines, foreign bodies, inflected names; with near-misses.
LISTS = [
    pytest.param(
        "Zadanie prowadzi konsorcjum w składzie: Gmina Sośnie (lider), Stowarzyszenie Rozwoju Wsi Kąty oraz Szkoła "
        "Podstawowa im. Jana Pawła II w Sośniu.",
        [
            P("Gmina Sośnie", lead=True),
            P("Stowarzyszenie Rozwoju Wsi Kąty"),
            P("Szkoła Podstawowa im. Jana Pawła II w Sośniu"),
        ],
        id="konsorcjum-w-skladzie",
    ),
    pytest.param(
        "Projekt realizowany był przez Partnerstwo w składzie: Powiat Gorlicki – Lider Partnerstwa, Gmina Gorlice, "
        "Gmina Biecz – Partnerzy.",
        [P("Powiat Gorlicki", lead=True), P("Gmina Gorlice"), P("Gmina Biecz")],
        id="partnerstwo-w-skladzie-roles-after-the-names",
    ),
    pytest.param(
        "Inwestycję prowadzi partnerstwo: Gmina Baranów (lider), Gmina Dobrzyca, Gmina Kobyla Góra.",
        [P("Gmina Baranów", lead=True), P("Gmina Dobrzyca"), P("Gmina Kobyla Góra")],
        id="prowadzi-partnerstwo-colon",
    ),
    pytest.param(
        "Zadanie wykonano w partnerstwie z Fundacją Wspólna Droga, Parafią Rzymskokatolicką pw. św. Marcina w Lipnie "
        "oraz Zespołem Szkół nr 2 w Lipnie.",
        [
            P("Fundacja Wspólna Droga"),
            P("Parafia Rzymskokatolicka pw. św. Marcina w Lipnie"),
            P("Zespół Szkół nr 2 w Lipnie"),
        ],
        id="a-saint-s-title-inside-a-name",
    ),
    pytest.param(
        "Gmina Lipno realizuje projekt w partnerstwie z:\n• Stowarzyszeniem Kobiet Aktywnych,\n"
        "• Szkołą Podstawową nr 1 w Lipnie,\n• Hufcem ZHP Lipno.",
        [
            P("Gmina Lipno", lead=True),
            P("Stowarzyszenie Kobiet Aktywnych"),
            P("Szkoła Podstawowa nr 1 w Lipnie"),
            P("Hufiec ZHP Lipno"),
        ],
        id="the-subject-before-its-predicate-leads-a-bullet-list",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie z:\nGminą Kikół,\nStowarzyszeniem Rozwoju Gminy Skępe,\n"
        "Zespołem Szkół w Lipnie.\nZapisy trwają do końca miesiąca.",
        [P("Gmina Kikół"), P("Stowarzyszenie Rozwoju Gminy Skępe"), P("Zespół Szkół w Lipnie")],
        id="a-name-a-line-without-bullets",
    ),
    pytest.param(
        "Partnerami projektu są Gmina Borki, Fundacja Dom Nadziei, a także Ochotnicza Straż Pożarna w Borkach.",
        [P("Gmina Borki"), P("Fundacja Dom Nadziei"), P("Ochotnicza Straż Pożarna w Borkach")],
        id="a-takze-joins-the-last-partner",
    ),
    pytest.param(
        "Zadanie realizowane jest w partnerstwie z organizacjami pozarządowymi: Stowarzyszeniem „Na Rzecz Dzieci”, "
        "Fundacją Przystań oraz Klubem Sportowym Orzeł Lipno.",
        [P("Stowarzyszenie „Na Rzecz Dzieci”"), P("Fundacja Przystań"), P("Klub Sportowy Orzeł Lipno")],
        id="a-lower-case-kind-then-a-colon",
    ),
    pytest.param(
        "Zajęcia prowadzimy w partnerstwie z 3 szkołami: Szkołą Podstawową w Kikole, Szkołą Podstawową w Wichowie "
        "i Przedszkolem w Kikole.",
        [P("Szkoła Podstawowa w Kikole"), P("Szkoła Podstawowa w Wichowie"), P("Przedszkole w Kikole")],
        id="a-count-and-a-kind-then-a-colon",
    ),
    pytest.param(
        "Akcję przeprowadzono w partnerstwie z Polskim Czerwonym Krzyżem Oddziałem Rejonowym w Lipnie oraz z Caritas "
        "Diecezji Włocławskiej.",
        [P("Polski Czerwony Krzyż Oddział Rejonowy w Lipnie"), P("Caritas Diecezji Włocławskiej")],
        id="oraz-z-before-the-next-name",
    ),
    pytest.param(
        "Przedsięwzięcie zrealizowano wspólnie ze Związkiem Harcerstwa Polskiego Chorągwią Mazowiecką oraz "
        "Przedsiębiorstwem Usługowym Eko-Trans Sp. z o.o.",
        [P("Związek Harcerstwa Polskiego Chorągiew Mazowiecka"), P("Przedsiębiorstwo Usługowe Eko-Trans Sp. z o.o.")],
        id="instrumental-apposition-and-a-company",
    ),
    pytest.param(
        "Organizatorem pikniku był Gminny Ośrodek Kultury we współpracy z Kołem Gospodyń Wiejskich z Kątów "
        "i Ochotniczą Strażą Pożarną w Kątach.",
        [P("Koło Gospodyń Wiejskich z Kątów"), P("Ochotnicza Straż Pożarna w Kątach")],
        id="a-name-with-z-and-its-place",
    ),
    pytest.param(
        "Lider projektu: Powiat Kłodzki. Partnerzy: Město Náchod, Stowarzyszenie Gmin Ziemi Kłodzkiej, "
        "Euroregion Glacensis.",
        [
            P("Powiat Kłodzki", lead=True),
            P("Město Náchod"),
            P("Stowarzyszenie Gmin Ziemi Kłodzkiej"),
            P("Euroregion Glacensis"),
        ],
        id="czech-town-and-a-euroregion",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie z litewską Savivaldybė Alytaus rajono oraz ukraińską Lwowską "
        "Obwodową Radą.",
        [P("Savivaldybė Alytaus rajono"), P("Lwowska Obwodowa Rada")],
        id="a-country-adjective-before-each-name",
    ),
    pytest.param(
        "Partnerem projektu po stronie słowackiej jest Obec Zuberec, a po stronie polskiej Gmina Kościelisko.",
        [P("Obec Zuberec"), P("Gmina Kościelisko")],
        id="both-sides-of-a-border",
    ),
    pytest.param(
        "Projekt „Wspólne dziedzictwo” realizuje Gmina Sejny we współpracy z partnerem litewskim – Samorządem Rejonu "
        "Łoździejskiego.",
        [P("Samorząd Rejonu Łoździejskiego")],
        id="a-partner-s-country-then-a-dash",
    ),
    pytest.param(
        "Liderem projektu jest Województwo Lubelskie, a partnerami Wołyńska Obwodowa Administracja Państwowa oraz "
        "Lubelska Fundacja Rozwoju.",
        [
            P("Województwo Lubelskie", lead=True),
            P("Wołyńska Obwodowa Administracja Państwowa"),
            P("Lubelska Fundacja Rozwoju"),
        ],
        id="a-ukrainian-administration",
    ),
    pytest.param(
        "Partnerem wiodącym projektu jest Gmina Bogatynia, a partnerami: Mesto Hrádek nad Nisou oraz Stadt Zittau.",
        [P("Gmina Bogatynia", lead=True), P("Mesto Hrádek nad Nisou"), P("Stadt Zittau")],
        id="oraz-between-two-foreign-names",
    ),
    pytest.param(
        "Projekt jest realizowany przez Gminę Lipno (Lidera) w partnerstwie z Uniwersytetem Mikołaja Kopernika "
        "w Toruniu i Fundacją Edukacji Nowoczesnej.",
        [
            P("Gmina Lipno", lead=True),
            P("Uniwersytet Mikołaja Kopernika w Toruniu"),
            P("Fundacja Edukacji Nowoczesnej"),
        ],
        id="a-lead-marker-in-another-case",
    ),
    pytest.param(
        "W ramach projektu partnerami Gminy Lipno zostały: Fundacja Rozwoju, Stowarzyszenie Sportowe Lipno.",
        [P("Fundacja Rozwoju"), P("Stowarzyszenie Sportowe Lipno")],
        id="the-partners-of-a-named-unit-in-a-project",
    ),
    pytest.param(
        "Projekt realizowany jest w ramach partnerstwa gmin Lipno, Kikół i Skępe.",
        [P("Gmina Lipno"), P("Gmina Kikół"), P("Gmina Skępe")],
        id="a-partnership-of-gminy-over-bare-places",
    ),
    pytest.param(
        "Umowę partnerską podpisały: Gmina Kikół, Gmina Skępe i Fundacja „Razem”. Projekt ruszy w maju.",
        [P("Gmina Kikół"), P("Gmina Skępe"), P("Fundacja „Razem”")],
        id="the-signatories-after-the-verb",
    ),
    pytest.param(
        "Badacze pracują w instytucjach partnerskich projektu: DataLab, Fundacji Otwarta Szkoła i Koalicji na rzecz "
        "Nauczycieli.\n\nDataLab (lider projektu) to pracownia analiz.",
        [P("DataLab", lead=True), P("Fundacja Otwarta Szkoła"), P("Koalicja na rzecz Nauczycieli")],
        id="partner-bodies-listed-and-a-brand-s-lead-marker",
    ),
    pytest.param(
        "Projekt realizują wspólnie Miejski Ośrodek Pomocy Społecznej w Lipnie oraz Powiatowe Centrum Pomocy Rodzinie "
        "w Lipnie.",
        [P("Miejski Ośrodek Pomocy Społecznej w Lipnie"), P("Powiatowe Centrum Pomocy Rodzinie w Lipnie")],
        id="carried-out-together-by-two-units",
    ),
    pytest.param(
        "Współrealizatorem zadania jest Stowarzyszenie Przyjaciół Kikoła.",
        [P("Stowarzyszenie Przyjaciół Kikoła")],
        id="a-co-implementer",
    ),
    pytest.param(
        "Zadanie realizowane jest w partnerstwie z Fundacją Rozwoju Regionu, Kultury i Sportu oraz Gminą Lipno.",
        [P("Fundacja Rozwoju Regionu, Kultury i Sportu"), P("Gmina Lipno")],
        id="a-name-holding-a-comma",
    ),
    pytest.param(
        "Partnerzy: OSP w Kątach, KGW „Kikolanki”, PCK Oddział w Lipnie, UTW w Lipnie.",
        [P("OSP w Kątach"), P("KGW „Kikolanki”"), P("PCK Oddział w Lipnie"), P("UTW w Lipnie")],
        id="abbreviated-local-units",
    ),
    pytest.param(
        "Wspólnie z OSP Kikół i KGW Wichowo gmina przygotowała festyn w ramach projektu.",
        [P("OSP Kikół"), P("KGW Wichowo")],
        id="abbreviations-before-a-place",
    ),
    pytest.param(
        "Wnioskodawca i lider projektu: Gmina Kikół. Partnerzy: Gmina Skępe, Gmina Wielgie.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="a-lower-case-lead-label-after-i",
    ),
    pytest.param(
        "W projekcie biorą udział: lider projektu – Gmina Kikół oraz partnerzy – Gmina Skępe i Fundacja Razem.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Fundacja Razem")],
        id="lower-case-dash-labels-in-a-sentence",
    ),
    pytest.param(
        "Projekt jest realizowany przez Gminę Kikół jako lidera oraz Gminę Skępe i Gminę Wielgie jako partnerów.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="jako-partnerow-after-two-accusatives",
    ),
    pytest.param(
        "Do projektu jako partnerzy przystąpiły: Gmina Skępe, Gmina Wielgie i Fundacja Razem.",
        [P("Gmina Skępe"), P("Gmina Wielgie"), P("Fundacja Razem")],
        id="jako-partnerzy-przystapily-a-list",
    ),
    pytest.param(
        "Partnerami w projekcie są szkoły: Szkoła Podstawowa w Kikole i Szkoła Podstawowa w Wichowie.",
        [P("Szkoła Podstawowa w Kikole"), P("Szkoła Podstawowa w Wichowie")],
        id="a-kind-before-the-partners-colon",
    ),
    pytest.param(
        "Porozumienie partnerskie w sprawie realizacji projektu zawarto pomiędzy Gminą Kikół a Fundacją Razem.",
        [P("Gmina Kikół"), P("Fundacja Razem")],
        id="an-agreement-with-a-longer-subject",
    ),
    pytest.param(
        "Festyn odbył się w Kątach. Jako partnerzy w projekcie występują AGRO-MAX – Centrum Handlowe Kąty oraz Miasto "
        "i Gmina Lipno.",
        [P("AGRO-MAX – Centrum Handlowe Kąty"), P("Miasto i Gmina Lipno")],
        id="a-company-in-apposition-and-a-town-with-its-gmina",
    ),
    pytest.param(
        "Współorganizatorami byli: Rada Sołecka i Sołtys Wsi Zalesie oraz Koło Gospodyń Wiejskich w Zalesiu.",
        [P("Rada Sołecka Wsi Zalesie"), P("Koło Gospodyń Wiejskich w Zalesiu")],
        id="a-unit-and-its-officer-share-a-name",
    ),
    pytest.param(
        "Zadanie prowadzone jest na podstawie umowy partnerskiej pomiędzy Fundacją Stokrotka, gminą Lipno "
        "i Stowarzyszeniem Rozwoju Gminy Lipno.",
        [P("Fundacja Stokrotka"), P("Gmina Lipno"), P("Stowarzyszenie Rozwoju Gminy Lipno")],
        id="umowa-partnerska-pomiedzy-a-list",
    ),
    pytest.param(
        "Partnerstwo 4 gmin: Kikół, Skępe, Wielgie i Tłuchowo realizuje projekt „Dolina Mieni”.",
        [P("Gmina Kikół"), P("Gmina Skępe"), P("Gmina Wielgie"), P("Gmina Tłuchowo")],
        id="places-of-a-partnership-before-its-verb",
    ),
    pytest.param(
        "Projekt realizowany jest przez Gminę Kikół – Lidera Projektu oraz Partnerów: Gminę Skępe, Gminę Wielgie.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="a-dash-lead-marker-in-the-accusative",
    ),
    pytest.param(
        "Zadanie wykonuje Lider – Gmina Kikół oraz Partner – Fundacja Razem. Projekt realizowany jest przez Lidera "
        "– Gminę Wielgie oraz Partnera – Fundację Nadzieja.",
        [P("Gmina Kikół", lead=True), P("Fundacja Razem"), P("Gmina Wielgie", lead=True), P("Fundacja Nadzieja")],
        id="dash-labels-in-the-accusative-after-przez",
    ),
    pytest.param(
        "Gmina Kikół pozyskała partnerów do projektu – są nimi Fundacja Razem oraz Stowarzyszenie Aktywni.",
        [P("Fundacja Razem"), P("Stowarzyszenie Aktywni")],
        id="partners-then-sa-nimi",
    ),
    pytest.param(
        "Lider: Gmina Kikół, ul. Plac Kościuszki 7, 87-620 Kikół\n"
        "Partner: Fundacja Razem, ul. Polna 2, tel. 56 111 22 33",
        [P("Gmina Kikół", lead=True), P("Fundacja Razem")],
        id="a-label-s-unit-without-its-address",
    ),
    pytest.param(
        "Liderem jest Gmina Kikół, partnerami zaś Gmina Skępe oraz Gmina Wielgie.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="partnerami-zas-the-verb-left-out",
    ),
    pytest.param(
        "Partnerami projektu zostały Gmina Kikół i Gmina Skępe, natomiast liderem – Powiat Lipnowski.",
        [P("Gmina Kikół"), P("Gmina Skępe"), P("Powiat Lipnowski", lead=True)],
        id="natomiast-liderem-the-lead-after-a-dash",
    ),
    pytest.param(
        "Zadanie prowadzi partnerstwo, którego liderem jest Gmina Kikół, a członkami Gmina Skępe i Gmina Wielgie.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="a-czlonkami-of-a-partnership",
    ),
    pytest.param(
        "Gmina Kikół, lider projektu, podpisała umowę z partnerami: Gminą Skępe i Fundacją Razem.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Fundacja Razem")],
        id="the-lead-in-apposition",
    ),
    pytest.param(
        "Projekt realizowany jest przez konsorcjum, w skład którego wchodzą: Uniwersytet Mikołaja Kopernika "
        "w Toruniu, Politechnika Bydgoska i Fundacja Razem.",
        [P("Uniwersytet Mikołaja Kopernika w Toruniu"), P("Politechnika Bydgoska"), P("Fundacja Razem")],
        id="konsorcjum-w-sklad-ktorego-wchodza",
    ),
    pytest.param(
        "Zajęcia prowadzimy w partnerstwie z Warsztatem Terapii Zajęciowej w Lipnie, Gminną Komisją Rozwiązywania "
        "Problemów Alkoholowych w Kikole i Państwowym Gospodarstwem Leśnym Lasy Państwowe Nadleśnictwem Lipno.",
        [
            P("Warsztat Terapii Zajęciowej w Lipnie"),
            P("Gminna Komisja Rozwiązywania Problemów Alkoholowych w Kikole"),
            P("Państwowe Gospodarstwo Leśne Lasy Państwowe Nadleśnictwo Lipno"),
        ],
        id="more-heads-in-the-instrumental",
    ),
    pytest.param(
        "Mieszkańcy wsi, a członkami stowarzyszenia są rolnicy, przygotowali festyn z Gminą Kikół.",
        [],
        id="negative-czlonkami-of-no-partnership",
    ),
    pytest.param(
        "Partnerzy projektu:\nFundacja Razem – organizacja działająca na rzecz seniorów od 2001 r.\n"
        "Stowarzyszenie Aktywni – prowadzi kluby seniora.\n\nKontakt: tel. 56 111 22 33",
        [P("Fundacja Razem"), P("Stowarzyszenie Aktywni")],
        id="a-name-a-line-with-a-note-after-a-dash",
    ),
    pytest.param(
        "Projekt prowadzony jest z udziałem partnerów: Gminy Kikół, Fundacji Razem i Stowarzyszenia Aktywni.",
        [P("Gmina Kikół"), P("Fundacja Razem"), P("Stowarzyszenie Aktywni")],
        id="partnerow-then-genitives",
    ),
    pytest.param(
        "Festyn zorganizowano przy współudziale Gminy Kikół, Ochotniczej Straży Pożarnej w Kikole i Koła Gospodyń "
        "Wiejskich.",
        [P("Gmina Kikół"), P("Ochotnicza Straż Pożarna w Kikole"), P("Koło Gospodyń Wiejskich")],
        id="przy-wspoludziale-genitives",
    ),
    pytest.param(
        "Projekt zrealizowano przy współudziale Wojewódzkiego Funduszu Ochrony Środowiska. Remont odbył się przy "
        "współudziale mieszkańców.",
        [],
        id="negative-wspoludzial-of-a-funder-or-of-people",
    ),
    pytest.param(
        "Umowę podpisali przedstawiciele Gminy Kikół – lidera projektu oraz Fundacji Razem – partnera projektu.",
        [P("Gmina Kikół", lead=True), P("Fundacja Razem")],
        id="a-role-in-the-genitive-agrees-with-its-name",
    ),
    pytest.param(
        "Partnerzy zagraniczni: Obec Ždiar, Mesto Kežmarok.\nPartnerzy krajowi: Gmina Bukowina Tatrzańska.",
        [P("Obec Ždiar"), P("Mesto Kežmarok"), P("Gmina Bukowina Tatrzańska")],
        id="partners-by-side",
    ),
    pytest.param(
        "Do współpracy przy projekcie zaprosiliśmy partnerów z Czech: Město Náchod i Obec Hronov.",
        [P("Město Náchod"), P("Obec Hronov")],
        id="partners-from-a-country-and-i-before-a-foreign-head",
    ),
    pytest.param(
        "Partnerzy medialni: Radio Kikół, Tygodnik Lipnowski. Partnerzy strategiczni: Bank Spółdzielczy w Lipnie.",
        [],
        id="negative-media-and-strategic-partners",
    ),
    pytest.param(
        "Projekt realizuje partnerstwo pod przewodnictwem Gminy Kikół, w skład którego wchodzą także Gmina Skępe "
        "i Gmina Wielgie.",
        [P("Gmina Kikół", lead=True), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="a-partnership-led-by-a-genitive",
    ),
    pytest.param(
        "Lead Partner: Gmina Kikół\nPartnerzy: Obec Ždiar, Mesto Kežmarok",
        [P("Gmina Kikół", lead=True), P("Obec Ždiar"), P("Mesto Kežmarok")],
        id="lead-partner-label",
    ),
    pytest.param(
        "Spotkanie odbyło się pod przewodnictwem Wójta Gminy Kikół. Związek Gmin Ziemi Dobrzyńskiej, w skład którego "
        "wchodzą Gmina Kikół i Gmina Skępe, realizuje projekt.",
        [],
        id="negative-chaired-and-a-union-s-members",
    ),
    pytest.param(
        "Projekt realizowany w partnerstwie z I Liceum Ogólnokształcącym im. Adama Mickiewicza w Lipnie oraz "
        "Zespołem Szkolno-Przedszkolnym w Kikole.",
        [P("I Liceum Ogólnokształcące im. Adama Mickiewicza w Lipnie"), P("Zespół Szkolno-Przedszkolny w Kikole")],
        id="a-school-s-roman-numeral",
    ),
    pytest.param(
        "Zadanie wykonano wspólnie z Polskim Związkiem Emerytów, Rencistów i Inwalidów Oddziałem Rejonowym w Lipnie "
        "i Uniwersytetem Trzeciego Wieku.",
        [
            P("Polski Związek Emerytów, Rencistów i Inwalidów Oddział Rejonowy w Lipnie"),
            P("Uniwersytet Trzeciego Wieku"),
        ],
        id="a-comma-name-going-on-in-the-instrumental",
    ),
    pytest.param(
        "Partnerzy: Fundacja Rozwoju Regionu, Kultury i Sportu, Stowarzyszenie Aktywni.",
        [P("Fundacja Rozwoju Regionu, Kultury i Sportu"), P("Stowarzyszenie Aktywni")],
        id="a-comma-name-in-a-labelled-list",
    ),
    pytest.param(
        "Partnerzy: Gmina Kikół, Skępe i Wielgie.",
        [P("Gmina Kikół")],
        id="bare-places-after-a-singular-unit-are-no-part-of-its-name",
    ),
    pytest.param(
        "Współorganizatorzy wydarzenia: Gminny Ośrodek Kultury w Kikole, Koło Gospodyń Wiejskich w Kikole.",
        [P("Gminny Ośrodek Kultury w Kikole"), P("Koło Gospodyń Wiejskich w Kikole")],
        id="co-organisers-of-an-event-label",
    ),
    pytest.param(
        "Organizatorzy: Gmina Kikół, Gminny Ośrodek Kultury w Kikole oraz Ochotnicza Straż Pożarna w Kikole.",
        [P("Gmina Kikół"), P("Gminny Ośrodek Kultury w Kikole"), P("Ochotnicza Straż Pożarna w Kikole")],
        id="organisers-label-with-several-units",
    ),
    pytest.param(
        "Festyn współorganizowali: Koło Gospodyń Wiejskich w Kikole i Ochotnicza Straż Pożarna w Kikole. Wydarzenie "
        "współorganizowane było także przez Gminę Skępe.",
        [P("Koło Gospodyń Wiejskich w Kikole"), P("Ochotnicza Straż Pożarna w Kikole"), P("Gmina Skępe")],
        id="co-organised-by-a-verb",
    ),
    pytest.param("Organizatorzy: Gminny Ośrodek Kultury w Kikole.", [], id="negative-one-organiser-implements"),
    pytest.param(
        "Projekt realizujemy wspólnie z gminami Kikół, Skępe i Wielgie oraz w partnerstwie z powiatami Lipnowskim "
        "i Rypińskim.",
        [
            P("Gmina Kikół"),
            P("Gmina Skępe"),
            P("Gmina Wielgie"),
            P("Powiat Lipnowski"),
            P("Powiat Rypiński"),
        ],
        id="an-instrumental-plural-over-places",
    ),
    pytest.param(
        "Projekt realizowany w partnerstwie z gminami Unii Europejskiej.", [], id="negative-one-name-after-gminami"
    ),
    pytest.param(
        "Partnerami projektu są m.in.: Gmina Kikół, Fundacja Razem i Stowarzyszenie Aktywni.",
        [P("Gmina Kikół"), P("Fundacja Razem"), P("Stowarzyszenie Aktywni")],
        id="partners-sa-m-in",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie z trzema gminami, tj. Gminą Kikół, Gminą Skępe i Gminą Wielgie.",
        [P("Gmina Kikół"), P("Gmina Skępe"), P("Gmina Wielgie")],
        id="a-kind-then-tj-then-the-list",
    ),
    pytest.param(
        "Partnerzy projektu, czyli Gmina Kikół i Fundacja Razem, przygotowali zajęcia. Projekt realizowany "
        "w partnerstwie m.in. z Klubem Seniora „Razem”.",
        [P("Gmina Kikół"), P("Fundacja Razem"), P("Klub Seniora „Razem”")],
        id="czyli-and-m-in-before-the-names",
    ),
    pytest.param(
        "Projekt realizowany w partnerstwie z:\na) Gminą Kikół,\nb) Fundacją Razem,\nc) Stowarzyszeniem Aktywni.\n\n"
        "Partnerzy wydarzenia:\n▪ Koło Gospodyń Wiejskich w Kikole\n▪ Klub Seniora w Kikole",
        [
            P("Gmina Kikół"),
            P("Fundacja Razem"),
            P("Stowarzyszenie Aktywni"),
        ],
        id="letter-bullets-and-an-event-s-partners-apart",
    ),
    pytest.param(
        "Projekt realizowany jest w partnerstwie z miastem Lipno i gminą Kikół.",
        [P("Miasto Lipno"), P("Gmina Kikół")],
        id="lower-case-heads-before-names",
    ),
    # the joint subject of a plural verb of carrying out, with no "wspólnie": co-implementers, partners all
    # (tests/realtext/README.md, seventh round)
    pytest.param(
        "Projekt realizować będą Gminny Ośrodek Kultury oraz Biblioteka Publiczna w Lipnie.",
        [P("Gminny Ośrodek Kultury"), P("Biblioteka Publiczna w Lipnie")],
        id="implementers-without-wspolnie",
    ),
    # near-misses: no partners
    pytest.param(
        "Projekt realizować będzie Gminny Ośrodek Kultury w Lipnie.",
        [],
        id="negative-one-implementer",
    ),
    pytest.param(
        "Umowę partnerską podpisały miasta Lipno i Kowel, które od lat wymieniają delegacje.",
        [],
        id="negative-twin-towns-sign-an-agreement",
    ),
    pytest.param(
        "Projekt realizuje Partnerstwo Gmin Dolnego Śląska i Opolszczyzny.", [], id="negative-a-partnership-s-name"
    ),
    pytest.param(
        "Sponsorami festynu byli Bank Spółdzielczy w Lipnie i Przedsiębiorstwo Handlowe Ala Sp. z o.o. Partnerem "
        "medialnym było Radio Lipno.",
        [],
        id="negative-sponsors-and-a-media-partner",
    ),
    pytest.param(
        "Patronat honorowy objęli Marszałek Województwa Łódzkiego oraz Starosta Wieluński, a patronat medialny – "
        "Tygodnik Wieluński.",
        [],
        id="negative-patrons",
    ),
    pytest.param(
        "Projekt obejmuje teren gmin: Lipno, Kikół i Skępe. Zajęcia odbywają się w Szkole Podstawowej w Kikole.",
        [],
        id="negative-the-area-and-the-venue",
    ),
    pytest.param(
        "W konkursie wzięły udział: Szkoła Podstawowa nr 1, Szkoła Podstawowa nr 2 i Gimnazjum w Lipnie.",
        [],
        id="negative-participants",
    ),
    pytest.param(
        "W partnerstwie z rodzicami zajęcia prowadzą nauczyciele z litewskiej szkoły.", [], id="negative-no-unit-named"
    ),
    pytest.param(
        "Partnerami Gminy Lipno są miasta Kowel i Stryj, z którymi gmina wymienia delegacje.",
        [],
        id="negative-a-named-unit-s-twin-towns",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_partner_lists_of_many_shapes(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of running the project, the role, then the unit; a foreign unit's country is not its name
        ("Projekt prowadzi i koordynuje jako lider Landkreis Oberwald w Niemczech.", [("Landkreis Oberwald", True)]),
        ("Zadanie koordynuje jako lider Powiat Leśny.", [("Powiat Leśny", True)]),
        ("Jako lider projekt prowadzi Gmina Jary.", [("Gmina Jary", True)]),
        ("Jako partner zadanie realizuje Fundacja Brzask.", [("Fundacja Brzask", False)]),
        (
            "Partnerzy projektu: Gmina Jary, Kreis Talheim w Niemczech.",
            [("Gmina Jary", False), ("Kreis Talheim", False)],
        ),
        (
            "Partnerzy projektu: Gmina Jary, Uniwersytet w Nowym Borku.",
            [("Gmina Jary", False), ("Uniwersytet w Nowym Borku", False)],
        ),
        ("Projekt realizuje jako partner Fundacja Zielony Most.", [("Fundacja Zielony Most", False)]),
        ("Program prowadzi jako partner wiodący Město Horní na Słowacji.", [("Město Horní", True)]),
        # near-misses: no unit after the role, or the role without a verb of running
        ("Projekt prowadzi jako lider od 2020 roku.", []),
        ("Gmina prowadzi jako lider Nowy Program.", []),
    ],
)
def test_unit_after_running_as_a_role(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parties of an agreement to carry a project out together
        (
            "Porozumienie o wdrożeniu projektu podpisały 3 maja 2021 r. strony: Gmina Jary, Powiat Borecki "
            "oraz Fundacja Zielony Most.",
            [("Gmina Jary", False), ("Powiat Borecki", False), ("Fundacja Zielony Most", False)],
        ),
        (
            "Porozumienie o wspólnej realizacji zadania zawarły dwie strony: Gmina Jary i Stowarzyszenie Brzask.",
            [("Gmina Jary", False), ("Stowarzyszenie Brzask", False)],
        ),
        # near-misses: a grant contract (umowa), one party, a funder among the parties, no "strony:" list
        ("Umowę o realizację zadania publicznego zawarły strony: Gmina Jary i Stowarzyszenie Brzask.", []),
        ("Porozumienie o realizacji projektu podpisały strony: Gmina Jary.", []),
        (
            "Porozumienie o realizacji projektu podpisały strony: Ministerstwo Cyfryzacji i Gmina Jary.",
            [],
        ),
        ("Porozumienie o realizacji projektu podpisali wójt i starosta.", []),
    ],
)
def test_parties_of_an_implementing_agreement(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected
