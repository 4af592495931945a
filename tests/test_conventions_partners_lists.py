"""Long partner lists and their layout (issue 13, the s9 partners round): a list's sub-headings of unit types over
bare names, powiats named by their adjective, lists of twenty and more, table rows flattened to lines, and the
sentence of a cue that a title's "pn." does not end.

Each row restates a form met on a public page (the form, never the page's sentence; names invented or kept as
the page's units, as the rules need them) with its source, and the partners the labelling rules of
tests/realtext/README.md give.  A powiat is named by its adjective ("powiat aleksandrowski", the TERYT name
"Powiat Aleksandrowski"), so a list's "powiaty:" over bare adjectives names the powiats; "miasta na prawach
powiatu:" over bare names names the cities ("Miasto X", the README's name for a city with powiat rights); "gminy:"
over bare names names the gminy.  Traps: the area a partnership covers ("Gminy położone na obszarze powiatów: …"),
an LGD's area by gmina type, units that did not join, participants ("przy udziale mieszkańców"), a table with no
partner label, a paragraph after the list.  The sources are in tests/realtext/partners_survey.md (s9 section).
"""

from __future__ import annotations

import pytest

from conventions import record
from extract.partner_heads import powiat_name


def P(name: str, lead: bool = False) -> tuple[str, bool]:
    return (name, lead)


_KUJAWSKIE_POWIATS = [
    "aleksandrowski",
    "brodnicki",
    "bydgoski",
    "chełmiński",
    "golubsko-dobrzyński",
    "grudziądzki",
    "inowrocławski",
    "lipnowski",
    "mogileński",
    "nakielski",
    "radziejowski",
    "rypiński",
    "sępoleński",
    "świecki",
    "toruński",
    "tucholski",
    "wąbrzeski",
    "włocławski",
    "żniński",
]

# (source, text, partners as (name, lead))
ROWS: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (  # a label over bullets: the lead's role before its name, sub-headings of unit types over bare names
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Partnerzy projektu:\n\n • Partner Wiodący – Województwo Opolskie\n • powiaty:\n • nyski\n • brzeski\n"
        " • miasta na prawach powiatów:\n • Opole",
        [P("Województwo Opolskie", True), P("Powiat Nyski"), P("Powiat Brzeski"), P("Miasto Opole")],
    ),
    (  # the same list, every powiat of a voivodeship (19) and four cities: a list of twenty and more
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Partnerzy projektu:\n\n • Partner Wiodący – Województwo Kujawsko-Pomorskie\n • powiaty:\n"
        + "".join(f" • {adjective}\n" for adjective in _KUJAWSKIE_POWIATS)
        + " • miasta na prawach powiatów:\n • Bydgoszcz\n • Toruń\n • Grudziądz\n • Włocławek\n"
        " • Fundacja Dobry Start",
        [
            P("Województwo Kujawsko-Pomorskie", True),
            *(P(name) for name in sorted(str(powiat_name(a)) for a in _KUJAWSKIE_POWIATS)),
            *(P(f"Miasto {town}") for town in ("Bydgoszcz", "Toruń", "Grudziądz", "Włocławek")),
            P("Fundacja Dobry Start"),
        ],
    ),
    (  # the sub-headings with their names on the label's line, ";" between them
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Partnerzy projektu: powiaty: lipnowski, rypiński, golubsko-dobrzyński; miasta na prawach powiatu: Toruń, "
        "Włocławek",
        [
            P("Powiat Lipnowski"),
            P("Powiat Rypiński"),
            P("Powiat Golubsko-Dobrzyński"),
            P("Miasto Toruń"),
            P("Miasto Włocławek"),
        ],
    ),
    (  # in a sentence, after the verb; "oraz" before the next sub-heading
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Partnerami projektu są powiaty: nyski i brzeski oraz miasta na prawach powiatu: Opole.",
        [P("Powiat Nyski"), P("Powiat Brzeski"), P("Miasto Opole")],
    ),
    (  # "w partnerstwie z" a count and the instrumental plural over adjectives in the instrumental
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Projekt prowadzi Województwo Opolskie w partnerstwie z 3 powiatami: nyskim, brzeskim i kluczborskim.",
        [P("Województwo Opolskie", True), P("Powiat Nyski"), P("Powiat Brzeski"), P("Powiat Kluczborski")],
    ),
    (  # sub-headings by gmina type over bare names, a name a bullet; the unit that did not join is no partner
        "http://infostrada.mojregion.info/index.php/powiat-bydgoski/",
        "Partnerzy projektu:\n • gminy miejskie:\n • Koronowo\n • Solec Kujawski\n • gminy wiejskie:\n • Dobrcz\n"
        " • Osielsko\nDo projektu nie przystąpiła gmina Sicienko.",
        [P("Gmina Koronowo"), P("Gmina Solec Kujawski"), P("Gmina Dobrcz"), P("Gmina Osielsko")],
    ),
    (  # a sub-heading with its names on its own line, then another
        "http://tyszowce.pl/index.php/component/content/article/215-ponadregionalna-wspopraca-drog-do-rozwoju-polski-wschodniej",
        "Partnerzy:\ngminy: Tyszowce, Żmudź, Dubienka\npowiaty: chełmski, tomaszowski",
        [P("Gmina Tyszowce"), P("Gmina Żmudź"), P("Gmina Dubienka"), P("Powiat Chełmski"), P("Powiat Tomaszowski")],
    ),
    (  # a name a line under a sub-heading; the paragraph after a blank line is no gmina
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Partnerzy projektu:\ngminy:\nLipno\nKikół\n\nKontakt\nUrząd Gminy Lipno, tel. 54 288 00 00",
        [P("Gmina Lipno"), P("Gmina Kikół")],
    ),
    (  # "w partnerstwie z:" and the instrumental list on the next line
        "https://aktywnizawodowo.powiat-gdanski.pl/aktualnosci",
        "Projekt pn. „Bezpieczne Rzeki” realizowany przez Powiat Gdański\nw partnerstwie z: Gminą Pruszcz Gdański, "
        "Gminą Cedry Wielkie oraz Gminą Suchy Dąb bierze udział w plebiscycie.",
        [P("Gmina Pruszcz Gdański"), P("Gmina Cedry Wielkie"), P("Gmina Suchy Dąb")],
    ),
    (  # the lead's role in apposition, the partners after "z Partnerami Projektu:"
        "http://www.wof.wloclawek.eu/partnerzy/",
        "Gmina Miasto Włocławek, jako Lider Projektu, zawarła z Partnerami Projektu: Gminą Brześć Kujawski, "
        "Gminą Lubanie oraz Gminą Fabianki umowę partnerską.",
        [P("Gmina Miasto Włocławek", True), P("Gmina Brześć Kujawski"), P("Gmina Lubanie"), P("Gmina Fabianki")],
    ),
    (  # a cooperation cue in a project's sentence that a title's "pn." does not end
        "https://www.um.sejny.pl/author/pszkarnulis/",
        "Dotacja pokryje część wkładu własnego do projektu pn. „Ratusz – wymiana okien”, który miasto prowadzi we "
        "współpracy z Województwem Podlaskim.",
        [P("Województwo Podlaskie")],
    ),
    (  # a table flattened to lines under a label: the header left out, the unit's cell read, the lead's role cell
        "layout: a table's rows as passage_page makes them (one line a row, cells by '|')",
        "Partnerzy projektu:\nLp. | Nazwa | Rola\n1 | Gmina Lipno | Lider\n2 | Fundacja Razem | Partner\n"
        "3 | Stowarzyszenie Aktywni | Partner\n\nKontakt: Urząd Gminy Lipno",
        [P("Gmina Lipno", True), P("Fundacja Razem"), P("Stowarzyszenie Aktywni")],
    ),
    (  # cells the text ran together (tabs collapse to spaces): the header row left out, the street cut off
        "layout: a table's rows as the extracted text gives them (one line a row, cells by spaces)",
        "Partnerzy projektu:\nLp.\tNazwa\tAdres\n1.\tGmina Lipno\tul. Polna 2\n2.\tFundacja Razem\tul. Leśna 3",
        [P("Gmina Lipno"), P("Fundacja Razem")],
    ),
    # --- traps
    (  # the area a partnership covers, by powiat
        "https://www.studzienice.pl/aktualnosci/strategia-terytorialna-partnerstwa-rezerwatu-biosfery-bory-tucholskie/",
        "Trwają prace nad strategią Partnerstwa Borów, w skład którego wchodzą Gminy położone na obszarze "
        "powiatów: kościerskiego, chojnickiego i bytowskiego.",
        [],
    ),
    (  # an LGD's area by gmina type
        "http://www.kujawiaki.pl/charakterystyka-obszaru.html",
        "Obszar Stowarzyszenia LGD obejmuje cały powiat włocławski, z czego:\n• gminą o statusie miejskim jest "
        "miasto Kowal;\n• gminami o statusie miejsko-wiejskim są: Brześć Kujawski, Chodecz, Lubraniec;\n"
        "• gminami wiejskimi są: Boniewo, Fabianki, Lubanie.",
        [],
    ),
    (  # participants
        "https://www.brzozie.pl/strategia-partnerstwa-wspieramy-rozwoj-naszych-malych-ojczyzn-uspolecznienie/",
        "Zadanie zrealizowano przy udziale mieszkańców i sołtysów.",
        [],
    ),
    (  # a table under no partner label
        "layout: a table's rows as passage_page makes them (one line a row, cells by '|')",
        "Harmonogram warsztatów:\nLp. | Nazwa | Miejsce\n1 | Warsztaty ceramiki | Gminny Ośrodek Kultury w Lipnie",
        [],
    ),
    (  # the beneficiaries of a programme by powiat: no partner cue
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Z programu skorzystają powiaty: aleksandrowski, brodnicki i golubsko-dobrzyński.",
        [],
    ),
]

# Forms met once or twice, no rule written: strict xfails.
OPEN: list[tuple[str, str, list[tuple[str, bool]], str]] = [
    (
        "https://www.ziemiachelmska.pl/pl-by-ua-2014-2020/11430-strat-projektu-dziedzictwo",
        "Projekt realizowany jest w partnerstwie LGD „Ziemi Chełmskiej” i gmin: Białopole, Dorohusk oraz "
        "ukraińskiej gminy Rivne.",
        [P("LGD „Ziemi Chełmskiej”"), P("Gmina Białopole"), P("Gmina Dorohusk"), P("Gmina Rivne")],
        "one host: a genitive after 'w partnerstwie' that begins with an abbreviation, then 'gmin:' over bare names",
    ),
    (
        "https://suchy-dab.pl/urzad-gminy/aktualnosci/kampania-promocyjna-zulaw",
        "Zainicjowano wspólny projekt promocji regionu. Gminy, które zgłosiły udział w projekcie to: Stegna, "
        "Suchy Dąb i Nowy Staw.",
        [P("Gmina Stegna"), P("Gmina Suchy Dąb"), P("Gmina Nowy Staw")],
        "one host: the units' plural as a clause's subject, the bare names after 'to:'",
    ),
    (
        "https://www.ropstorun.home.pl/2-uncategorised",
        "Projekt prowadzi Województwo Opolskie w partnerstwie z miastami na prawach powiatu: Opolem i Nysą.",
        [P("Województwo Opolskie", True), P("Miasto Opole"), P("Miasto Nysa")],
        "no host: a town's bare name in the instrumental under 'miastami:' (its nominative is not derivable)",
    ),
]


@pytest.mark.parametrize(("source", "text", "partners"), ROWS, ids=[f"{i}:{row[0][:60]}" for i, row in enumerate(ROWS)])
def test_partner_lists(source: str, text: str, partners: list[tuple[str, bool]]) -> None:
    assert sorted((p.name, p.lead) for p in record(text).partners) == sorted(partners)


@pytest.mark.parametrize(
    ("source", "text", "partners"),
    [pytest.param(s, t, p, marks=pytest.mark.xfail(strict=True, reason=why)) for s, t, p, why in OPEN],
)
def test_open_partner_list_forms(source: str, text: str, partners: list[tuple[str, bool]]) -> None:
    assert sorted((p.name, p.lead) for p in record(text).partners) == sorted(partners)


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("aleksandrowski", "Powiat Aleksandrowski"),
        ("golubsko-dobrzyński", "Powiat Golubsko-Dobrzyński"),
        ("Lipnowski", "Powiat Lipnowski"),
        ("lipnowskim", "Powiat Lipnowski"),  # after "powiatami:"
        ("rypińskiego", "Powiat Rypiński"),  # after "powiatów:"
        ("grudziądzki", "Powiat Grudziądzki"),
        ("nowotarski", "Powiat Nowotarski"),
        ("Toruń", None),  # a town, no adjective
        ("gminy", None),
        ("polskie", None),  # a neuter plural: no powiat's name
    ],
)
def test_powiat_name(word: str, name: str | None) -> None:
    assert powiat_name(word) == name
