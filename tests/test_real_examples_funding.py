"""Programme and payer readings on sentences shaped like the real-text passages (tests/realtext/dev).

Each national programme reads as its canonical `programmes.csv` name with the payer its row implies
when the text names none; a payer the text names (od Wojewody, Wojewoda … przekazał, PFRON
przeznaczył, Zarząd Województwa przyznał) beats the implied one; a body merely mentioned does not.
"""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.funding_tables import programmes, read_csv

MRPIPS = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
WSPARCIE = "Wsparcie finansowe zadań i programów realizacji zadań pomocy społecznej"


@pytest.mark.parametrize(
    ("text", "programme", "funder"),
    [
        ("Klub „Senior+” w Dobrej działa w programie wieloletnim „Senior+” na lata 2021-2025.", "Senior+", MRPIPS),
        ("Gmina realizuje Program „Opieka wytchnieniowa” – edycja 2024.", "Opieka wytchnieniowa", MRPIPS),
        (
            "Wyjazd sfinansowano z Programu Rządowego na rzecz Aktywności Społecznej Osób Starszych na lata 2014-2020.",
            "Rządowy Program na rzecz Aktywności Społecznej Osób Starszych",
            MRPIPS,
        ),
        (
            "Program „Asystent osobisty osoby z niepełnosprawnością” – edycja 2024 prowadzi GOPS.",
            "Asystent osobisty osoby z niepełnosprawnością",
            MRPIPS,
        ),
        ("Do programu „Korpus Wsparcia Seniora” – edycja 2026 przystąpi gmina.", "Korpus Wsparcia Seniorów", MRPIPS),
        (
            "Wieloletni rządowy program „Posiłek w szkole i w domu” na lata 2024-2028 – edycja 2024.",
            "Posiłek w szkole i w domu",
            MRPIPS,
        ),
        (
            "Program Asystent rodziny i koordynator rodzinnej pieczy zastępczej na rok 2021.",
            "Asystent rodziny i koordynator rodzinnej pieczy zastępczej",
            MRPIPS,
        ),
        ("Od 23.10.2020 r. działa rządowy program „Wspieraj Seniora”.", "Wspieraj Seniora", MRPIPS),
        ("Dofinansowanie z programu Maluch+ 2021 r. – 80 zł za miesiąc.", "Maluch+", MRPIPS),
        ("Nabór wniosków w programie „Aktywny samorząd 2024” startuje 1 marca.", "Aktywny samorząd", "PFRON"),
        (
            "Gmina otrzymała 3 mln zł z Rządowego Funduszu Inwestycji Lokalnych.",
            "Rządowy Fundusz Inwestycji Lokalnych",
            "Fundusz Przeciwdziałania COVID-19",
        ),
        (
            "Z pierwszej transzy Polskiego Ładu gmina zdobyła 10 mln 450 tys. zł.",
            "Rządowy Fundusz Polski Ład",
            "Rządowy Fundusz Polski Ład",
        ),
        (
            "Wyniki naboru do Rządowego Funduszu Polski Ład – Program Inwestycji Strategicznych.",
            "Program Inwestycji Strategicznych",
            "Rządowy Fundusz Polski Ład",
        ),
        (
            "Wsparcie finansowe zadań i programów realizacji zadań pomocy społecznej (2021 r.). "
            "Pieniądze pochodzą z dotacji celowej z budżetu państwa.",
            WSPARCIE,
            "Wojewoda",
        ),
        (
            "Z Funduszu Dróg Samorządowych gmina dostała dwie dotacje.",
            "Rządowy Fundusz Rozwoju Dróg",
            "Rządowy Fundusz Rozwoju Dróg",
        ),
        ("W ramach programu „Cyfrowa Gmina” do Gminy trafi 99 999,75 zł.", "Cyfrowa Gmina", None),
        (
            "Przedsięwzięcie sfinansowano z Programu Rozwoju Obszarów Wiejskich na lata 2007-2013.",
            "PROW 2007-2013",
            None,
        ),
        ("O dofinansowanie z Programu Rozwoju Obszarów Wiejskich wystąpiło 127 gmin.", "PROW 2014-2020", None),
        ("Projekt dofinansowano w ramach ZPORR.", "ZPORR 2004-2006", None),
    ],
)
def test_national_programmes_and_their_implied_payer(text: str, programme: str, funder: str | None) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("Kwota pochodzi ze środków otrzymanych od Wojewody w ramach dotacji celowej.", "Wojewoda"),
        ("Do 320 tys. przekazanych przez wojewodę miasto doda własne 20 proc.", "Wojewoda"),
        ("Wojewoda Mazowiecki przekazał gminie dotację na program.", "Wojewoda Mazowiecki"),
        # a marshal's office named by its seat: the voivodeship it serves
        (
            "Wniosek stowarzyszenia dofinansował Urząd Marszałkowski w Toruniu w konkursie ofert.",
            "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego",
        ),
        ("Dotację przyznał Urząd Marszałkowski w Zielonej Górze.", "Urząd Marszałkowski Województwa Lubuskiego"),
        # the voivode hands over cheques a ministry awarded: the ministry is the payer
        (
            "Wojewoda podkarpacki przekazał czeki pięciu gminom. Środki przyznało Ministerstwo Spraw Wewnętrznych "
            "i Administracji z rezerwy celowej budżetu państwa.",
            "Ministerstwo Spraw Wewnętrznych i Administracji",
        ),
        ("Wojewoda Wielkopolski pozytywnie rozpatrzył wniosek gminy o wsparcie finansowe.", "Wojewoda Wielkopolski"),
        ("PFRON przeznaczył na ten cel 2 mln zł.", "PFRON"),
        (
            "Zarząd województwa podlaskiego przyznał dotacje kołom gospodyń wiejskich.",
            "Urząd Marszałkowski Województwa Podlaskiego",
        ),
        (
            "Marszałek Województwa Lubelskiego Jarosław Stawiarski przekazał beneficjentom 15 umów.",
            "Urząd Marszałkowski Województwa Lubelskiego",
        ),
        (
            "Województwo Zachodniopomorskie udzieliło nam dotacji na zadanie.",
            "Urząd Marszałkowski Województwa Zachodniopomorskiego",
        ),
        (
            "Urząd Marszałkowski podniósł kwotę dotacji w Regionalnym Programie Operacyjnym Województwa "
            "Małopolskiego na lata 2014-2020.",
            "Urząd Marszałkowski Województwa Małopolskiego",
        ),
        (
            "Gmina, Małopolski Urząd Wojewódzki. Wojewoda przyznał gminie dotację w wysokości 105 793 zł.",
            "Wojewoda Małopolski",
        ),
        ("Umowę zawarto pomiędzy Wojewodą Małopolskim a Gminą Ochotnica Dolna.", "Wojewoda Małopolski"),
        (
            "Wiceminister spraw wewnętrznych i administracji Maciej Wąsik zatwierdził listę jednostek OSP.",
            "Ministerstwo Spraw Wewnętrznych i Administracji",
        ),
        (
            "Dofinansowanie z Banku Gospodarstwa Krajowego w ramach Programu Inwestycji Strategicznych.",
            "Bank Gospodarstwa Krajowego",
        ),
        (  # a payer named beats the programme's own
            "Senior+ 2024, Moduł II. Wartość dofinansowania Wojewody – 65 520 zł.",
            "Wojewoda",
        ),
        ("Opieka wytchnieniowa – gmina dostała z Funduszu Solidarnościowego 122 400,00 zł.", "Fundusz Solidarnościowy"),
    ],
)
def test_a_payer_the_text_names(text: str, funder: str) -> None:
    assert find_funding(text)[0].funder == funder


@pytest.mark.parametrize(
    ("text", "funder"),
    [  # a body merely mentioned is not the payer
        (
            "Laboratoria Przyszłości: pomagamy najmniejszym szkołom – podkreśla wojewoda opolski Sławomir Kłosowski.",
            "Ministerstwo Edukacji Narodowej",
        ),
        ("Ministerstwo Funduszy i Polityki Regionalnej przekazało w czwartek, że trwa nabór w programie.", None),
        ("Zasady przyznawania dofinansowania opisano na stronie Ministerstwa Funduszy i Polityki Regionalnej.", None),
        (
            "Projekt współfinansuje EFS w ramach Regionalnego Programu Operacyjnego Województwa Śląskiego "
            "na lata 2014-2020.",
            None,
        ),
        (
            "Konkurs ogłoszony przez Zarząd Województwa Świętokrzyskiego w ramach Regionalnego Programu "
            "Operacyjnego Województwa Świętokrzyskiego na lata 2014-2020.",
            None,
        ),
        (
            "Umowę podpisali Starosta i Wicestarosta w Biurze Zamiejscowym Urzędu Marszałkowskiego Województwa "
            "Zachodniopomorskiego w Koszalinie.",
            None,
        ),
        (
            "Listę gmin z dofinansowaniem RFIL opublikował Małopolski Urząd Wojewódzki.",
            "Fundusz Przeciwdziałania COVID-19",
        ),
    ],
)
def test_a_body_merely_mentioned(text: str, funder: str | None) -> None:
    assert find_funding(text)[0].funder == funder


def test_a_regions_own_programme_needs_the_region() -> None:
    assert find_funding("Promesa z programu „Odnowy Wsi” od Marszałka Województwa Dolnośląskiego.")[0].programme == (
        "Odnowa Dolnośląskiej Wsi"
    )
    assert find_funding("Gmina dostała pieniądze z programu Odnowy Wsi.")[0].programme is None


def test_every_programme_row_says_its_source() -> None:
    rows = read_csv("programmes.csv")
    assert len(rows) == len(programmes())
    assert [row["programme"] for row in rows if not row["source"].strip()] == []


def test_every_implied_payer_is_a_known_funder() -> None:
    funders = {row["funder"] for row in read_csv("funders.csv")}
    assert {p.funder for p in programmes().values() if p.funder} <= funders
