"""A table programme printed in a form its long aliases do not cover, in invented sentences (issue 13, fund2 round).

Three forms real pages use: the name after "program" unquoted ("Programu Kultura, który finansują …"), the
programme's own short name with its edition year ("Fundusz Pomocowy 2021"), and the ministry programme's resortowy
name without its age clause ("resortowego programu rozwoju instytucji opieki nad dziećmi „Maluch”"); and a new row
(MSiT's "Prozdrowotne wakacyjne półkolonie", read only after "program").  Each gives the table's canonical name and
the funder its row implies (or the one the text names); lower-case prose, a capitalised name the table lacks and a
dashed sub-name keep their old readings.
"""

from __future__ import annotations

import pytest

from conventions import record

RMPS = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
PAFW = "Polsko-Amerykańska Fundacja Wolności"

# (text, programme, funder)
ROWS = [
    (
        "Teatr dostanie 2 mln zł w naborze do Działania 2. Programu Kultura, który finansują Mechanizm Finansowy "
        "EOG i budżet państwa.",
        "Program Kultura",
        None,
    ),
    (
        "Nabór do programu Fundusz Pomocowy 2021 trwa do 30 kwietnia 2021 r.; dotacja wynosi najwyżej 30 000 zł.",
        "Fundusz Pomocowy dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich 2021",
        PAFW,
    ),
    (
        "Z resortowego programu rozwoju instytucji opieki nad dziećmi „Maluch” gmina dostanie dotację w wysokości "
        "52.300 zł na 10 miejsc w żłobku.",
        "Maluch+",
        RMPS,
    ),
    # near misses: lower-case prose; a capitalised name the table lacks; a dashed sub-name; aid funds in general;
    # another resortowy programme
    ("W programie kultura fizyczna ma ważne miejsce, a gmina dała klubowi dotację.", None, None),
    ("Gmina dostała dotację z Programu Kultura Fizyczna i Sport na 2022 rok.", None, None),
    (
        "Ośrodek dostał dofinansowanie z Programu Kultura – Interwencje 2022.",
        "Kultura – Interwencje",
        "Narodowe Centrum Kultury",
    ),
    ("Gmina korzysta z funduszy pomocowych na odbudowę dróg po powodzi.", None, None),
    ("Resortowy program rozwoju przedsiębiorczości wspiera firmy z regionu.", None, None),
    # a region's own programme, unquoted, where the text names no region
    ("Świetlicę wyremontowano w ramach Programu Inicjatywa Sołecka.", None, None),
    # a new row: MSiT's summer-camp programme, its name in the genitive inside the quotes; its named fund still pays
    (
        "Gmina dostała 4200 zł dofinansowania z Programu „Prozdrowotnych wakacyjnych półkolonii”.",
        "Prozdrowotne wakacyjne półkolonie",
        "Ministerstwo Sportu i Turystyki",
    ),
    (
        "Klub przystąpił do programu prozdrowotnych wakacyjnych półkolonii; pieniądze pochodzą z Funduszu Rozwoju "
        "Kultury Fizycznej.",
        "Prozdrowotne wakacyjne półkolonie",
        "Fundusz Rozwoju Kultury Fizycznej",
    ),
    ("Gmina zorganizowała prozdrowotne wakacyjne półkolonie dla 30 dzieci.", None, None),
]


@pytest.mark.parametrize(("text", "programme", "funder"), [pytest.param(*row, id=row[0][:50]) for row in ROWS])
def test_a_table_programme_in_a_short_form(text: str, programme: str | None, funder: str | None) -> None:
    found = record(text).funding
    assert (found.programme, found.funder) == (programme, funder)
