"""The funding tables as knowledge: every alias is found, every payer is a row, and each group of rows
added from the public lists (issue 13) reads its programme and payer, in inflected forms, and not in
the ordinary phrases that look like them.  Sentences are written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.funding import find_funding
from extract.funding_aliases import fold
from extract.funding_tables import funder_aliases, programme_aliases, programmes, read_csv

KINDS = {"eu", "eea", "swiss", "ministry", "fund", "government", "regional", "institution", "foundation", "budget"}


def _expand(alias: str) -> list[str]:
    match = re.search(r"\{([^}]*)\}", alias)
    if not match:
        return [alias]
    return [alias[: match.start()] + option + alias[match.end() :] for option in match.group(1).split(",")]


def _sample(alias: str) -> str:
    """The shortest text an alias names: a stem alone, the optional comma written."""
    return alias.replace("*", "").replace(",?", ",")


def _table_aliases(name: str, key: str) -> list[tuple[str, str, bool]]:
    """(key, sample text, is an abbreviation) for every alias of the table."""
    found = []
    for row in read_csv(name):
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            found += [(row[key], _sample(expanded), False) for expanded in _expand(alias)]
        for abbreviation in filter(None, (a.strip() for a in row["abbreviations"].split("|"))):
            found.append((row[key], abbreviation, True))
    return found


PROGRAMME_ALIASES = _table_aliases("programmes.csv", "programme")
FUNDER_ALIASES = _table_aliases("funders.csv", "funder")


def _found(scan_keys: list[tuple[int, int, tuple[str, ...]]], text: str, key: str) -> bool:
    return any(start == 0 and end == len(text) and key in keys for start, end, keys in scan_keys)


@pytest.mark.parametrize(("key", "text", "abbreviation"), PROGRAMME_ALIASES)
def test_every_programme_alias_is_found_by_the_matcher(key: str, text: str, abbreviation: bool) -> None:
    assert _found(programme_aliases().scan(text, fold(text)), text, key), (key, text)


@pytest.mark.parametrize(("key", "text", "abbreviation"), FUNDER_ALIASES)
def test_every_funder_alias_is_found_by_the_matcher(key: str, text: str, abbreviation: bool) -> None:
    assert _found(funder_aliases().scan(text, fold(text)), text, key), (key, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([a for a in PROGRAMME_ALIASES if not a[2]]), st.sampled_from([str.upper, str.title]))
def test_a_name_matches_in_any_letter_case(alias: tuple[str, str, bool], case: object) -> None:
    key, text, _ = alias
    cased = case(text)  # type: ignore[operator]
    assert _found(programme_aliases().scan(cased, fold(cased)), cased, key)


def test_every_programme_names_a_payer_the_funder_table_has_and_its_source() -> None:
    funders = {row["funder"] for row in read_csv("funders.csv")}
    for row in read_csv("programmes.csv"):
        assert not row["funder"] or row["funder"] in funders, row["programme"]
        for span in filter(None, row["funder_years"].split("|")):
            years, _, funder = span.partition(":")
            assert re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", years) and funder in funders, (row["programme"], span)
        assert row["source"], row["programme"]
        assert row["kind"] in KINDS, row["programme"]
        if row["kind"] in ("eu", "eea", "swiss"):
            assert not row["funder"], f"{row['programme']}: a foreign donor's programme implies no payer"
        period = row["period"]
        assert not period or re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", period), row["programme"]


def test_every_abbreviation_starts_with_a_capital() -> None:
    """The abbreviation index then finds its roots by a plain scan for capitals (its fast path)."""
    for _, text, abbreviation in PROGRAMME_ALIASES + FUNDER_ALIASES:
        assert not abbreviation or text[0].isupper(), text


def test_no_two_rows_of_one_period_share_a_name() -> None:
    """Two editions may share an alias (the years pick one); two programmes of one period may not."""
    seen: dict[tuple[str, str, str], str] = {}
    table = programmes()
    for key, text, abbreviation in PROGRAMME_ALIASES:
        row = table[key]
        if row.voivodeship:  # regional abbreviations are shared on purpose (RPO WM, FEP): the region settles them
            continue
        slot = (fold(text) if not abbreviation else text, row.period, row.kind)
        assert seen.setdefault(slot, key) == key, (text, key, seen[slot])


# --------------------------------------------------------------------------- groups of rows, as pages write them

EU_PROGRAMMES = [
    # (text, programme, fund)
    ("Projekt dofinansowano z Programu Operacyjnego Innowacyjna Gospodarka 2007-2013.", "PO IG 2007-2013", "EFRR"),
    ("Umowę podpisano w ramach PO IG, działanie 8.3.", "PO IG 2007-2013", "EFRR"),
    ("Środki pochodzą z Programu Operacyjnego Rozwój Polski Wschodniej.", "PO RPW 2007-2013", "EFRR"),
    ("Inwestycję wsparł Program Operacyjny Infrastruktura i Środowisko 2007-2013.", "POIiŚ 2007-2013", None),
    ("Inwestycję wsparł Program Operacyjny Infrastruktura i Środowisko 2014-2020.", "POIiŚ 2014-2020", None),
    ("Szkolenia finansował Sektorowy Program Operacyjny Rozwój Zasobów Ludzkich.", "SPO RZL 2004-2006", "EFS"),
    ("Projekt współfinansowany w ramach SPO-RZL, działanie 1.5.", "SPO RZL 2004-2006", "EFS"),
    ("Zakup wsparł Sektorowy Program Operacyjny Wzrost Konkurencyjności Przedsiębiorstw.", "SPO WKP 2004-2006", "EFRR"),
    ("Pomoc przyznano z Sektorowego Programu Operacyjnego „Rolnictwo”.", "SPO ROL 2004-2006", None),
    ("Partnerstwo powstało w ramach Programu Inicjatywy Wspólnotowej EQUAL.", "PIW EQUAL 2004-2006", "EFS"),
    ("Przystań sfinansowano z PO RYBY 2007-2013.", "PO RYBY 2007-2013", None),
    (
        "Wniosek złożono do programu Fundusze Europejskie dla Rybactwa.",
        "Fundusze Europejskie dla Rybactwa 2021-2027",
        None,
    ),
    (
        "Operację wsparto z Planu Strategicznego dla Wspólnej Polityki Rolnej na lata 2023-2027.",
        "PS WPR 2023-2027",
        None,
    ),
    ("Grant przyznano w ramach podejścia LEADER w 2024 roku.", "PS WPR 2023-2027", None),
    ("Plac zabaw zbudowano w 2019 r. dzięki inicjatywie LEADER.", "PROW 2014-2020", "EFRROW"),
    ("Świetlicę wyremontowano w 2011 r. w ramach osi 4 Leader, inicjatywy LEADER.", "PROW 2007-2013", "EFRROW"),
    (
        "Mikroprojekt z programu Interreg V-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska.",
        "Interreg V-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska",
        None,
    ),
    (
        "Współpracę sfinansował Program Współpracy Transgranicznej Polska-Rosja 2014-2020.",
        "Program Współpracy Transgranicznej Polska-Rosja 2014-2020",
        None,
    ),
    (
        "Projekt wsparł Regionalny Program Operacyjny dla Województwa Dolnośląskiego na lata 2007-2013.",
        "RPO WD 2007-2013",
        "EFRR",
    ),
    ("Umowę podpisano w ramach RPO Województwa Łódzkiego na lata 2014-2020.", "RPO WŁ 2014-2020", None),
    (
        "Z Programu Operacyjnego Współpracy Transgranicznej Republika Czeska – Rzeczpospolita Polska 2007-2013",
        "Program Operacyjny Współpracy Transgranicznej Republika Czeska – Rzeczpospolita Polska 2007-2013",
        "EFRR",
    ),
    (
        "Most sfinansował Program Współpracy Transgranicznej Rzeczpospolita Polska – Republika Słowacka 2007-2013.",
        "Program Współpracy Transgranicznej Rzeczpospolita Polska – Republika Słowacka 2007-2013",
        "EFRR",
    ),
    (
        "Festyn dofinansował Program Operacyjny Współpracy Transgranicznej Polska-Saksonia 2007-2013.",
        "Program Operacyjny Współpracy Transgranicznej Polska – Saksonia 2007-2013",
        "EFRR",
    ),
    ("Miasto jest partnerem projektu programu Interreg Europa.", "Interreg Europa", None),
    ("Projekt programu Interreg Europa Środkowa prowadzi powiat.", "Interreg Europa Środkowa", None),
    ("Festiwal dofinansowano z programu Kreatywna Europa.", "Kreatywna Europa", None),
    ("Rolnicy dostali płatności z Planu Rozwoju Obszarów Wiejskich na lata 2004-2006.", "PROW 2004-2006", None),
    ("Koszty pokryto z programu Fundusze Europejskie na Pomoc Techniczną 2021-2027.", "FEPT 2021-2027", None),
    ("Gmina dostała bon WiFi4EU na hotspoty.", "WiFi4EU", None),
    ("Torfowisko odtworzono w ramach Programu LIFE.", "LIFE", None),
    ("Miasto jest partnerem projektu z programu Horyzont 2020.", "Horyzont 2020", None),
    ("Miasto jest partnerem projektu programu Horyzont Europa.", "Horyzont Europa", None),
    ("Spotkanie miast partnerskich sfinansował program Europa dla Obywateli.", "Europa dla Obywateli", None),
    ("Spotkanie dofinansował program Obywatele, Równość, Prawa i Wartości (CERV).", "CERV", None),
    ("Miasto prowadzi sieć URBACT o rewitalizacji.", "URBACT", None),
]


@pytest.mark.parametrize(("text", "programme", "fund"), EU_PROGRAMMES)
def test_eu_programmes_of_every_period(text: str, programme: str, fund: str | None) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.fund, found.funder) == (programme, fund, None)


DONOR_AND_NATIONAL = [
    # (text, programme, funder)
    (
        "Pieniądze przyznano z programu Środowisko, Energia i Zmiany Klimatu.",
        "Środowisko, Energia i Zmiany Klimatu",
        None,
    ),
    (
        "Kanalizację zbudowano ze Szwajcarsko-Polskiego Programu Współpracy.",
        "Szwajcarsko-Polski Program Współpracy",
        None,
    ),
    (
        "Urząd dostosowano w ramach Programu Dostępność Plus.",
        "Dostępność Plus",
        "Ministerstwo Funduszy i Polityki Regionalnej",
    ),
    ("Przystanek powstanie z programu Kolej Plus.", "Kolej+", "Ministerstwo Infrastruktury"),
    ("Most odbuduje gmina z programu Mosty dla Regionów.", "Mosty dla Regionów", "Ministerstwo Infrastruktury"),
    (
        "Linie autobusowe dofinansowuje Fundusz rozwoju przewozów autobusowych.",
        "Fundusz rozwoju przewozów autobusowych o charakterze użyteczności publicznej",
        "Fundusz rozwoju przewozów autobusowych o charakterze użyteczności publicznej",
    ),
    ("Badania przesiewowe w ramach Narodowego Programu Zdrowia.", "Narodowy Program Zdrowia", "Ministerstwo Zdrowia"),
    (
        "Schronisko działa dzięki programowi „Pokonać bezdomność. Program pomocy osobom bezdomnym”.",
        "Pokonać bezdomność. Program pomocy osobom bezdomnym",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    (
        "Remont sceny dofinansowano z programu Infrastruktura kultury 2022.",
        "Infrastruktura kultury",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Kościół odnowiono z programu Ochrona zabytków.",
        "Ochrona zabytków",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Warsztaty sfinansowano z programu Kultura Dostępna.",
        "Kultura Dostępna",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Festyn dofinansowano z programu Kultura ludowa i tradycyjna.",
        "Kultura ludowa i tradycyjna",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Biblioteka dostała dotację w programie Promocja czytelnictwa.",
        "Promocja czytelnictwa",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Tablicę odsłonięto w ramach Programu Wieloletniego „Niepodległa”.",
        "Niepodległa",
        "Biuro Programu „Niepodległa”",
    ),
    (
        "CIS dostało dotację w programie „Od wykluczenia do aktywizacji” na 2021 rok.",
        "Od wykluczenia do aktywizacji",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    (
        "Świetlicę prowadzono w ramach programu Świetlica - Dzieci - Praca.",
        "Świetlica – Dzieci – Praca",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    ("Monitoring szkolny kupiono z programu Bezpieczna+.", "Bezpieczna+", "Ministerstwo Edukacji Narodowej"),
    (
        "Podręczniki kupiono w ramach Rządowego programu pomocy uczniom „Wyprawka szkolna”.",
        "Wyprawka szkolna",
        "Ministerstwo Edukacji Narodowej",
    ),
    (
        "Rada młodzieżowa dostała grant z Rządowego Programu Fundusz Młodzieżowy.",
        "Fundusz Młodzieżowy",
        "Narodowy Instytut Wolności - Centrum Rozwoju Społeczeństwa Obywatelskiego",
    ),
    (
        "Wolontariusze działają w Korpusie Solidarności.",
        "Korpus Solidarności",
        "Narodowy Instytut Wolności - Centrum Rozwoju Społeczeństwa Obywatelskiego",
    ),
    ("Kurs prowadzi powiat w programie Rehabilitacja 25 plus.", "Rehabilitacja 25 plus", "PFRON"),
    ("Stanowisko pracy utworzono z programu Stabilne Zatrudnienie.", "Stabilne Zatrudnienie", "PFRON"),
    ("Windę zamontowano z programu Dostępna przestrzeń publiczna.", "Dostępna przestrzeń publiczna", "PFRON"),
    (
        "Pomnik odnowiono z programu Ministra „Groby i cmentarze wojenne w kraju”.",
        "Groby i cmentarze wojenne w kraju",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Tablicę wykonano w programie Miejsca pamięci i trwałe upamiętnienia w kraju.",
        "Miejsca pamięci i trwałe upamiętnienia w kraju",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    ("Koncerty nagrano dzięki programowi Kultura w sieci.", "Kultura w sieci", "Narodowe Centrum Kultury"),
    ("Warsztaty dofinansowano z programu Bardzo Młoda Kultura.", "Bardzo Młoda Kultura", "Narodowe Centrum Kultury"),
    (
        "Szkoła dostała laptopy z Rządowego programu „Cyfrowa szkoła”.",
        "Cyfrowa szkoła",
        "Ministerstwo Edukacji Narodowej",
    ),
    (
        "Żłobek utworzono w ramach Resortowego programu rozwoju instytucji opieki nad dziećmi w wieku do lat 3 MALUCH.",
        "Maluch+",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    (
        "Asystenta zatrudniono z Resortowego programu wspierania rodziny i systemu pieczy zastępczej.",
        "Asystent rodziny i koordynator rodzinnej pieczy zastępczej",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    (
        "Gmina odebrała folie w ramach programu Usuwanie folii rolniczych.",
        "Usuwanie folii rolniczych i innych odpadów pochodzących z działalności rolniczej",
        "NFOŚiGW",
    ),
    ("Kolektory zamontowano z programu „Prosument”.", "Prosument", "NFOŚiGW"),
    ("Azbest usunięto zgodnie z Programem Oczyszczania Kraju z Azbestu.", "Program Oczyszczania Kraju z Azbestu", None),
    ("Gmina wygrała w akcji Bitwa o remizy milion złotych na remizę.", "Bitwa o remizy", "NFOŚiGW"),
    ("OSP dostała wóz w Bitwie o wozy.", "Bitwa o wozy", None),
    ("Gmina kupiła samochód z programu Mój Elektryk.", "Mój Elektryk", "NFOŚiGW"),
    ("Pompy ciepła dofinansowuje program Moje Ciepło.", "Moje Ciepło", "NFOŚiGW"),
    ("Rolnik złożył wniosek do programu Agroenergia.", "Agroenergia", "NFOŚiGW"),
    ("Piece wymieniono z programu KAWKA.", "KAWKA", "NFOŚiGW"),
]


@pytest.mark.parametrize(("text", "programme", "funder"), DONOR_AND_NATIONAL)
def test_donor_and_national_programmes_with_their_payer(text: str, programme: str, funder: str | None) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


PAYER_BY_YEARS = [
    # (text, funder): where the body that pays a programme changed, the years printed choose it
    ("Stowarzyszenie wygrało konkurs Polonia i Polacy za granicą 2022.", "Kancelaria Prezesa Rady Ministrów"),
    ("Stowarzyszenie wygrało konkurs Polonia i Polacy za granicą 2024.", "Ministerstwo Spraw Zagranicznych"),
    ("Stowarzyszenie wygrało konkurs Polonia i Polacy za granicą.", "Kancelaria Prezesa Rady Ministrów"),
    (
        "Stowarzyszenie dostało w 2019 roku grant z Funduszu Inicjatyw Obywatelskich.",
        "Narodowy Instytut Wolności - Centrum Rozwoju Społeczeństwa Obywatelskiego",
    ),
    # before NIW-CRSO (2018) the ministry of labour and social policy ran FIO's calls (knowledge round 5)
    (
        "Stowarzyszenie dostało w 2015 roku grant z Funduszu Inicjatyw Obywatelskich.",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    # a payer the text names still wins over the years
    (
        "W 2024 r. Kancelaria Prezesa Rady Ministrów przyznała grant w konkursie Polonia i Polacy za granicą.",
        "Kancelaria Prezesa Rady Ministrów",
    ),
]


@pytest.mark.parametrize(("text", "funder"), PAYER_BY_YEARS)
def test_the_payer_of_the_years_printed(text: str, funder: str | None) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


REGIONAL = [
    # (text, programme, funder): read only where the region is named
    (
        "Świetlicę odnowiono w ramach Podkarpackiego Programu Odnowy Wsi, z budżetu województwa podkarpackiego.",
        "Podkarpacki Program Odnowy Wsi",
        "Urząd Marszałkowski Województwa Podkarpackiego",
    ),
    (
        "Zadanie PPOW 2023 sfinansował Samorząd Województwa Podkarpackiego.",
        "Podkarpacki Program Odnowy Wsi",
        "Urząd Marszałkowski Województwa Podkarpackiego",
    ),
    (
        "Gmina dostała pieniądze z programu Wielkopolska Odnowa Wsi województwa wielkopolskiego.",
        "Wielkopolska Odnowa Wsi",
        "Urząd Marszałkowski Województwa Wielkopolskiego",
    ),
    (
        "Remizę w Woli wyremontowano dzięki konkursowi Małopolskie Remizy województwa małopolskiego.",
        "Małopolskie Remizy",
        "Urząd Marszałkowski Województwa Małopolskiego",
    ),
    (
        "Boisko zmodernizowano w ramach projektu Małopolska Infrastruktura Rekreacyjno-Sportowa.",
        "Małopolska infrastruktura rekreacyjno-sportowa",
        "Urząd Marszałkowski Województwa Małopolskiego",
    ),
    (
        "Altanę sfinansowano z Mazowieckiego Instrumentu Aktywizacji Sołectw, z budżetu Województwa Mazowieckiego.",
        "Mazowiecki Instrument Aktywizacji Sołectw",
        "Urząd Marszałkowski Województwa Mazowieckiego",
    ),
    (
        "Siłownię plenerową dofinansował Mazowiecki Instrument Wsparcia Infrastruktury Sportowej (Mazowsze).",
        "Mazowiecki Instrument Wsparcia Infrastruktury Sportowej",
        "Urząd Marszałkowski Województwa Mazowieckiego",
    ),
    (
        "Świetlicę doposażono z konkursu Aktywna Wieś Warmii, Mazur i Powiśla (województwo warmińsko-mazurskie).",
        "Aktywna Wieś Warmii, Mazur i Powiśla",
        "Urząd Marszałkowski Województwa Warmińsko-Mazurskiego",
    ),
    (
        "Plac zabaw doposażono z nagrody w konkursie Aktywna lubelska wieś.",
        "Aktywna lubelska wieś",
        "Urząd Marszałkowski Województwa Lubelskiego",
    ),
    (
        "Dach remizy wymieniono z programu Granty Strażackie województwa zachodniopomorskiego.",
        "Granty Strażackie",
        "Urząd Marszałkowski Województwa Zachodniopomorskiego",
    ),
    (
        "Wiata powstała w ramach Programu Odnowy Wsi Województwa Opolskiego.",
        "Program Odnowy Wsi Województwa Opolskiego",
        "Urząd Marszałkowski Województwa Opolskiego",
    ),
    (
        "Sołectwo zdobyło nagrodę w konkursie Piękna Wieś Opolska 2023.",
        "Piękna Wieś Opolska",
        "Urząd Marszałkowski Województwa Opolskiego",
    ),
    (
        "Stroje kupiono z Marszałkowskiego Konkursu „Inicjatywa Sołecka” województwa śląskiego.",
        "Inicjatywa Sołecka",
        "Urząd Marszałkowski Województwa Śląskiego",
    ),
]


@pytest.mark.parametrize(("text", "programme", "funder"), REGIONAL)
def test_voivodeship_grant_programmes(text: str, programme: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


FUNDERS = [
    # (text, funder)
    (
        "Z Funduszu Ochrony Gruntów Rolnych Gmina Ryn dostała dotację na drogę dojazdową do pól.",
        "Fundusz Ochrony Gruntów Rolnych",
    ),
    ("Drogę do gruntów rolnych dofinansowano ze środków FOGR.", "Fundusz Ochrony Gruntów Rolnych"),
    ("Wiatę turystyczną sfinansowały Lasy Państwowe.", "Lasy Państwowe"),
    ("Dotację przekazało Biuro Programu „Niepodległa”.", "Biuro Programu „Niepodległa”"),
    ("Dofinansowano ze środków Funduszu Promocji Kultury.", "Fundusz Promocji Kultury"),
    ("Dotacja Ministerstwa Spraw Zagranicznych pozwoliła otworzyć świetlicę.", "Ministerstwo Spraw Zagranicznych"),
    ("Prace społecznie użyteczne sfinansowano ze środków Funduszu Pracy.", "Fundusz Pracy"),
    (
        "Umowę o dofinansowanie podpisano z Polską Agencją Rozwoju Przedsiębiorczości.",
        "Polska Agencja Rozwoju Przedsiębiorczości",
    ),
    ("Grant przyznało Centrum Projektów Polska Cyfrowa.", "Centrum Projektów Polska Cyfrowa"),
    ("Dotację na festyn przyznał Krajowy Ośrodek Wsparcia Rolnictwa.", "Krajowy Ośrodek Wsparcia Rolnictwa"),
    ("Dożynki dofinansowała Agencja Rynku Rolnego.", "Krajowy Ośrodek Wsparcia Rolnictwa"),
    ("Drogę przebudowano z dofinansowaniem z Funduszu Leśnego.", "Fundusz Leśny"),
    ("Badania przesiewowe sfinansował Narodowy Fundusz Zdrowia.", "Narodowy Fundusz Zdrowia"),
    ("Kino gminne dostało dotację z Polskiego Instytutu Sztuki Filmowej.", "Polski Instytut Sztuki Filmowej"),
    (
        "Szkoła podpisała umowę z Fundacją Rozwoju Systemu Edukacji na wyjazdy uczniów.",
        "Fundacja Rozwoju Systemu Edukacji",
    ),
    # historical names under the current ministry
    ("Dotację przyznało Ministerstwo Pracy i Polityki Socjalnej.", "Ministerstwo Rodziny, Pracy i Polityki Społecznej"),
    (
        "Środki przekazało Ministerstwo Gospodarki, Pracy i Polityki Społecznej.",
        "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
    ),
    ("Nabrzeże dofinansowało Ministerstwo Gospodarki Morskiej i Żeglugi Śródlądowej.", "Ministerstwo Infrastruktury"),
    ("Dotację przyznało Ministerstwo Transportu, Budownictwa i Gospodarki Morskiej.", "Ministerstwo Infrastruktury"),
    ("Inkubator powstał z dotacji Ministerstwa Gospodarki.", "Ministerstwo Rozwoju i Technologii"),
    ("Dotację na termomodernizację dał Narodowy Fundusz Ochrony Środowiska.", "NFOŚiGW"),
    ("Dotację na festyn przyznało Ministerstwo Rolnictwa.", "Ministerstwo Rolnictwa i Rozwoju Wsi"),
    ("Dotację przyznało Ministerstwo Funduszy.", "Ministerstwo Funduszy i Polityki Regionalnej"),
    ("Dotację na żłobek przyznało Ministerstwo Rodziny.", "Ministerstwo Rodziny, Pracy i Polityki Społecznej"),
    ("Dotację przekazał Urząd Wojewódzki w Łodzi.", "Wojewoda Łódzki"),
    ("Środki przekazał Urząd Wojewódzki w Gorzowie Wielkopolskim.", "Wojewoda Lubuski"),
    ("Dotację przyznało Ministerstwo Aktywów Państwowych.", "Ministerstwo Aktywów Państwowych"),
    ("Mieszkania komunalne powstały z dofinansowaniem z Funduszu Dopłat.", "Fundusz Dopłat"),
    (
        "Premię termomodernizacyjną wypłacono z Funduszu Termomodernizacji i Remontów.",
        "Fundusz Termomodernizacji i Remontów",
    ),
    ("Posiłki dla uchodźców z Ukrainy sfinansowano ze środków Funduszu Pomocy.", "Fundusz Pomocy"),
    ("Sprzęt dla OSP kupiono z dotacji z Funduszu Pomocy Pokrzywdzonym.", "Fundusz Sprawiedliwości"),
    ("Farmę dofinansowało Ministerstwo Energii.", "Ministerstwo Energii"),
]


@pytest.mark.parametrize(("text", "funder"), FUNDERS)
def test_payers_added_from_the_public_lists(text: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


NEAR_MISSES = [
    # (text, what must not be read): ordinary phrases that look like a new row's name
    ("Gmina przyjęła program opieki nad zabytkami i dba o ochronę zabytków.", "Ochrona zabytków"),
    ("Program rozwoju lokalnego gminy przyjęła rada.", "Rozwój lokalny"),
    ("LGD ogłosiła nabór w ramach programu Rozwój Lokalny Kierowany przez Społeczność.", "Rozwój lokalny"),
    ("Firma oferuje stabilne zatrudnienie i szkolenia.", "Stabilne Zatrudnienie"),
    ("Lider projektu, Leader of the project, podpisał umowę.", "PROW 2014-2020"),
    ("Pilotażowy Program LEADER+ działał w latach 2004-2006.", "PROW 2007-2013"),
    ("Innowacyjna gospodarka to cel strategii województwa.", "PO IG 2007-2013"),
    ("Life is good, said the LIFE magazine; dotację dała gmina.", "LIFE"),
    ("Na horyzoncie 2020 roku widać zmiany.", "Horyzont 2020"),
    ("Nasze lasy państwowe i prywatne zajmują 30% gminy; dotację dała gmina.", "Lasy Państwowe"),
    ("Kultura dostępna dla wszystkich to hasło festiwalu.", "Kultura Dostępna"),
    ("Przebudowa remizy OSP w Małopolsce; dotację dała gmina.", "Małopolskie Remizy"),
    ("Gmina realizuje własny program odnowy wsi.", "Odnowa Dolnośląskiej Wsi"),
    ("Gmina realizuje własny program odnowy wsi.", "Podkarpacki Program Odnowy Wsi"),
    ("Gminny Program Odnowy Wsi przyjęła rada gminy Strzelce Opolskie.", "Program Odnowy Wsi Województwa Opolskiego"),
    ("Świetlicę odnowiono w ramach Programu Odnowy Wsi.", "Program Odnowy Wsi Województwa Opolskiego"),
    ("Kupiliśmy wyprawkę szkolną dla dzieci z rodzin wielodzietnych.", "Wyprawka szkolna"),
    ("Prosument to osoba, która produkuje energię na własne potrzeby.", "Prosument"),
    ("Maluch płakał w żłobku; dotację dała gmina.", "Maluch+"),
    ("Zakład pracy ma fundusz socjalny; dotację dała gmina.", "Fundusz Pracy"),
    ("To droga od wykluczenia do aktywizacji zawodowej mieszkańców.", "Od wykluczenia do aktywizacji"),
]


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_near_misses_are_not_read(text: str, name: str) -> None:
    found, _ = find_funding(text)
    assert name not in (found.programme, found.funder)


def test_a_regional_programme_is_not_read_without_its_region() -> None:
    found, _ = find_funding("Świetlicę wyremontowano w ramach Programu Inicjatywa Sołecka.")
    assert found.programme != "Inicjatywa Sołecka"
    found, _ = find_funding("Boisko zmodernizowano w ramach projektu MIRS.")
    assert found.programme is None
