"""The whole-text scans that s16 narrowed to where their matches can begin find exactly what the whole scan finds.

Each pattern below was scanned with `finditer` (or `search`) over the whole text; it is now tried only at the
occurrences of a literal word every match begins with (`matches_from`) or in the windows before a literal word
every match ends with (`windows_before`).  A speed-up only: for every one, the matches must equal the whole scan's
on texts made of the words the pattern is about, their look-alikes, and the white space between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import (
    beneficiary_cues,
    contacts,
    funding_measures,
    funding_printed_payers,
    funding_programmes,
    money_amounts,
    participants,
    partner_cues,
    partner_names,
    partner_voivodeships,
    periods,
)
from extract.figures import figure_spans
from extract.funding_aliases import fold
from extract.org_names import OPEN_QUOTES, cue_text, matches_at, matches_from, windows_before, windows_before_each

SPACES = (" ", "  ", "\n", "\t", "\u2009", "\u00a0", " \n ")


def spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def pieces(*words: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from((*words, *SPACES, ".", ",", ":", "-", "a", "İ", "ı")), max_size=24).map("".join)


# ------------------------------------------------------------------ windows before a word


@given(
    text=st.text(alphabet=st.sampled_from("ab \n\t\u2009x"), max_size=30),
    word=st.sampled_from(["x", "ab", "b x"]),
    reaches=st.lists(st.integers(0, 4), max_size=3),
)
def test_windows_before_hold_every_start_the_reaches_allow(text: str, word: str, reaches: list[int]) -> None:
    """Every offset from which, read forwards, at most reaches[-1] characters, white space, …, at most reaches[0]
    characters and white space lead to an occurrence of `word` is in the windows (brute force: every offset tried)."""
    windows = windows_before(text, word, *reaches)
    shape = re.compile("(?s:" + "".join(rf".{{0,{reach}}}\s*" for reach in reversed(reaches)) + ")")
    for end in (m.start() for m in re.finditer(f"(?={re.escape(word)})", text)):
        for start in range(end + 1):
            if shape.fullmatch(text, start, end):
                assert start in windows, (start, end)


AXIS_BEFORE_PIECES = (
    *("os", "osi", "osia", "kos", "priorytet", "priorytetu", "priorytetem", "priorytetowa", "priorytetowej"),
    *("program", "programu", "2", "12", "123", "iv", "xiii", "viiiiii", "i", "l", "x", "1.2", "/", "(", "„"),
)


@settings(max_examples=400)
@given(text=pieces(*AXIS_BEFORE_PIECES))
@example(text="12 \t osia \n priorytetowej")
@example(text="iv  os  priorytetowa, 4 priorytetem programu")
def test_axis_before_scan_in_windows_equals_whole_scan(text: str) -> None:
    """The number before "osi priorytetowej" / "priorytetu": tried only in the windows before each "priorytet"."""
    folded = fold(text)
    found = matches_at(funding_measures._AXIS_BEFORE, folded, windows_before(folded, "priorytet", 4, 6))
    assert spans(found) == spans(funding_measures._AXIS_BEFORE.finditer(folded))


DISTRIBUTIVE_PIECES = (
    *("ROPS-ami", "ROPS", "-ami", "OPS-y", "MOPR-ach", "ABCDEFG-ami", "Rops-ami", "-", "ami", "z", "ze", "Z"),
    *("województw", "Województw", "województwa", "województwie", "ojewództw", "wraz", "partner", ":"),
)


@settings(max_examples=400)
@given(text=pieces(*DISTRIBUTIVE_PIECES))
@example(text="wraz z ROPS-ami \n z \t województw: łódzkiego")
def test_distributive_scan_in_windows_equals_whole_scan(text: str) -> None:
    """ "ROPS-ami z województw": tried only in the windows before each "ojewództw"."""
    pattern = partner_voivodeships._DISTRIBUTIVE
    found = matches_at(pattern, text, windows_before(text, "ojewództw", 1, 1, 10))
    assert spans(found) == spans(pattern.finditer(text))


AND_PARTNER_PIECES = (
    *("a", "A", "natomiast", "NATOMIAST", "zaś", "ZAŚ", "z kolei", "partnerem", "Partnerem", "PARTNERAMI"),
    *("partnerami", "liderem", "Liderem", "członkami", "partner", "lider", "jest", "są", "będzie", "biorącymi"),
    *("udział", "w", "projekcie", "–", "Gmina Lipno", "Fundacja X", "ami", "em"),
)


@settings(max_examples=400)
@given(text=pieces(*AND_PARTNER_PIECES))
@example(text="Liderem jest Gmina, natomiast \n partnerami są: Fundacja X, a liderem zaś –  Gmina Lipno")
def test_and_partner_scan_in_windows_equals_whole_scan(text: str) -> None:
    """ ", a partnerem X", "liderem zaś …": tried only at the role words and the word before them."""
    cues = cue_text(text.lower())
    assert spans(partner_cues._and_partner(text, cues)) == spans(partner_cues._AND_PARTNER.finditer(text))


# ------------------------------------------------------------------ scans from their first words


MEASURE_PIECES = (
    *("dzialanie", "dzialania", "dzialaniem", "poddzialanie", "poddzialania", "pod", "dzialani", "podd", "zialanie"),
    *("Działanie", "PODDZIAŁANIE", "9.2.1", "vi.1.1", "VI.1.1", "1.2", "413", "12", "nr", "nr.", "mln", "zl", "%"),
)


@settings(max_examples=400)
@given(text=pieces(*MEASURE_PIECES))
@example(text="poddzialanie 9.2.1 i dzialanie: 413")
def test_measure_scan_from_starts_equals_whole_scan(text: str) -> None:
    """ "Działanie 9.2.1", "Poddziałanie VI.1.1", "Działanie: 413.": tried only where "(pod)dzialani" is."""
    folded = fold(text)
    found = matches_from(funding_measures._MEASURE, folded, folded, funding_measures._MEASURE_STARTS)
    assert spans(found) == spans(funding_measures._MEASURE.finditer(folded))


PARTICIPANT_PIECES = (
    *("wsparciem", "Wsparcie", "WSPARCIEM", "objętych", "Objęte", "skorzysta", "skorzystało", "uczestniczy"),
    *("uczestników", "udział", "Udział", "weźmie", "zostanie", "łącznie", "120", "1 250", "7", "osób", "osoby"),
    *("dzieci", "rodzin", "uczestniczek", "kobiet"),
)


@settings(max_examples=400)
@given(text=pieces(*PARTICIPANT_PIECES))
@example(text="Wsparciem zostanie objętych 1 250 osób.")
def test_participants_first_match_equals_search(text: str) -> None:
    """The count of people supported: the first match tried from the support words is `search`'s."""
    found = next(
        matches_from(participants._PARTICIPANTS, text, cue_text(text.lower()), participants._PARTICIPANTS_STARTS), None
    )
    whole = participants._PARTICIPANTS.search(text)
    assert (found.span() if found else None) == (whole.span() if whole else None)


STARTS_SCANS = {
    "honoured": (contacts._HONOURED, ("pan",)),
    "quoted programme": (funding_programmes._QUOTED_PROGRAMME, funding_programmes._PROGRAMME_WORDS),
    "signed with": (funding_printed_payers._SIGNED_WITH, ("zawar", "podpisa")),
}
STARTS_PIECES = (
    *("Pan", "Pani", "pan", "PAN", "Panią", "Jan Kowalski", "Anna Nowak", "tel.", "Span", "Kowalski"),
    *("program", "Programu", "PROGRAM", "konkursu", "Konkurs", "grantowego", "Instrument", "Wsparcia", "projektu"),
    *("„Moje miejsce”", '"Senior+"', "”Odporność”", "pn.", "rządowego", "Ministra", "i", "oraz", "Ministerstwa"),
    *("zawarła", "Zawarto", "podpisała", "PODPISANO", "umowę", "z", "ze", "Z", "Gminą", "Województwem", "Lipno"),
)


@pytest.mark.parametrize("name", list(STARTS_SCANS))
@settings(max_examples=300)
@given(text=pieces(*STARTS_PIECES))
def test_scans_from_their_first_words_equal_whole_scans(name: str, text: str) -> None:
    pattern, starts = STARTS_SCANS[name]
    assert spans(matches_from(pattern, text, cue_text(text.lower()), starts)) == spans(pattern.finditer(text))


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("honoured", "Informacji udziela Pani Anna Nowak, tel. 1, oraz Pan Jan Kowalski", 2),
        ("quoted programme", 'w ramach programu „Moje miejsce” i Konkursu grantowego "Senior+"', 2),
        ("signed with", "Gmina zawarła z Województwem umowę, PODPISANO ze Skarbem", 2),
    ],
)
def test_scans_from_their_first_words_find_their_cues(name: str, text: str, count: int) -> None:
    """The equalities above are not between two empty lists."""
    pattern, starts = STARTS_SCANS[name]
    found = list(matches_from(pattern, text, cue_text(text.lower()), starts))
    assert len(found) == count
    assert spans(found) == spans(pattern.finditer(text))


def test_window_scans_find_their_cues() -> None:
    """The window scans' examples hold matches."""
    folded = fold("12 \t osia \n priorytetowej, Poddziałanie VI.1.1 i działanie: 413")
    windows = windows_before(folded, "priorytet", 4, 6)
    assert [m.group(1) for m in matches_at(funding_measures._AXIS_BEFORE, folded, windows)] == ["12"]
    found = matches_from(funding_measures._MEASURE, folded, folded, funding_measures._MEASURE_STARTS)
    assert [m.group(1) or m.group(2) for m in found] == ["vi.1.1", "413"]
    text = "wraz z ROPS-ami z  województw: A i B, a partnerami są C i D"
    found = matches_at(partner_voivodeships._DISTRIBUTIVE, text, windows_before(text, "ojewództw", 1, 1, 10))
    assert [m.group(1) for m in found] == ["ROPS"]
    assert [m.group("role") for m in partner_cues._and_partner(text, text.lower())] == ["partnerami"]


CURRENCY_PIECES = (
    *("zł", "Zł", "ZŁ", "złotych", "ZŁOTYCH", "złote", "Złoty", "zl", "zlotych", "PLN", "pln", "Pln", "pLN"),
    *("EURO", "EUR", "Euro", "euro", "eUR", "€", "12", "1 000", "5,50", "tys.", "zło", "Europa", "plnu", "x"),
)


@settings(max_examples=400)
@given(text=pieces(*CURRENCY_PIECES))
@example(text="12 zł, 5 EURO, 3 Pln i 7€")
def test_currency_word_scan_from_starts_equals_whole_scan(text: str) -> None:
    """The currency words `unreadable` warns about: tried only where a lowered currency word's start is."""
    pattern = money_amounts.CURRENCY_WORD
    found = matches_from(pattern, text, cue_text(text.lower()), money_amounts._CURRENCY_STARTS)
    assert spans(found) == spans(pattern.finditer(text))


MONTH_RANGE_PIECES = (
    *("październik", "PAŹDZIERNIK", "Październik", "maj", "Maj", "czerwca", "lipiec", "wrzesień", "luty", "grudnia"),
    *("2020", "2021", "21", "2020/2021", "/", "-", "–", "—", "‐", "05", "12", "1", "09", ".2023", ".", "r.", "roku"),
    *("w", "od", "do", "a", "x"),
)


@settings(max_examples=500)
@given(text=pieces(*MONTH_RANGE_PIECES))
@example(text="październik \t –  maj 2020 / 2021, w okresie 05 - 12.2023 r.")
def test_month_range_scans_in_windows_equal_whole_scans(text: str) -> None:
    """ "październik - maj 2020/2021" (before each "/"), "05-12.2023" (before each "." of a year)."""
    over_years = periods._MONTHS_OVER_YEARS
    windows = windows_before(text, "/", 4, periods._MONTH_LENGTH, 1, periods._MONTH_LENGTH)
    assert spans(matches_at(over_years, text, windows)) == spans(over_years.finditer(text))
    dashed = periods._MONTHS_DASHED
    dots = windows_before_each(text, (m.start() for m in periods._DOT_YEAR.finditer(text)), 2, 1, 2)
    assert spans(matches_at(dashed, text, dots)) == spans(dashed.finditer(text))


def test_month_range_scans_find_their_cues() -> None:
    text = "październik \t –  maj 2020 / 2021, w okresie 05 - 12.2023 r."
    windows = windows_before(text, "/", 4, periods._MONTH_LENGTH, 1, periods._MONTH_LENGTH)
    assert [m.group("a") for m in matches_at(periods._MONTHS_OVER_YEARS, text, windows)] == ["październik"]
    dots = windows_before_each(text, (m.start() for m in periods._DOT_YEAR.finditer(text)), 2, 1, 2)
    assert [m.group("a") for m in matches_at(periods._MONTHS_DASHED, text, dots)] == ["05"]


# The check `_may_hold_at` made before: a bracket or white space, then an "at" word, anywhere in the text.
_AT_WORD_BEFORE = re.compile(r"[ \t\u00a0\[\(\{<](?:at|AT|At|małpa|malpa|MAŁPA)")
AT_PIECES = (
    *("at", "AT", "At", "aT", "małpa", "MAŁPA", "Małpa", "malpa", "MALPA", "lata", "dat", "(", "[", "{", "<", ")"),
    *("jan.kowalski", "gmina.pl", "kontakt", "@"),
)


@settings(max_examples=400)
@given(text=pieces(*AT_PIECES))
@example(text="jan(at)gmina.pl")
@example(text="jan [ małpa ] gmina.pl")
def test_at_word_check_from_its_words_equals_the_whole_search(text: str) -> None:
    """Whether an obfuscated e-mail's "at" word may be in the text: tried only where its lowered letters are."""
    assert contacts._may_hold_at(text) == ("@" in text or _AT_WORD_BEFORE.search(text) is not None)


YEAR_THEN_PIECES = (
    *("w", "W", "we", "WE", "nowe", "2018", "20189", "018", "r.", "roku", "rok", ",", "od", "OD", "Od", "do", "DO"),
    *("marca", "czerwca", "Lipca", "maja", "5", "x"),
)


@settings(max_examples=500)
@given(text=pieces(*YEAR_THEN_PIECES))
@example(text="realizowany w \t 2018 roku, od marca do czerwca; WE 2019 r. OD maja DO lipca")
def test_year_then_months_scan_in_windows_equals_whole_scan(text: str) -> None:
    """ "w 2018 roku, od marca do czerwca": tried only before each run of four digits."""
    pattern = periods._YEAR_THEN_MONTHS
    years = (start for start, end in figure_spans(text) if end - start == 4)
    assert spans(matches_at(pattern, text, windows_before_each(text, years, 2))) == spans(pattern.finditer(text))
    if "realizowany" in text:
        assert [m.group("y") for m in pattern.finditer(text)] == ["2018", "2019"]


# ------------------------------------------------------------------ lists of words found by one scan

HEAD_WORD_PIECES = (
    *beneficiary_cues.DATIVE_WORDS,
    *beneficiary_cues.BODY_GENITIVE_WORDS,
    *("Gmini", "gmin", "GMINIE", "Szkol", "Kol", "Dom", "Bibliote", "Kultur", "muzeum", "Bibliotekę", "x", "ą"),
)


@settings(max_examples=500)
@given(text=st.lists(st.sampled_from((*HEAD_WORD_PIECES, *SPACES)), max_size=8).map("".join))
def test_head_word_checks_equal_any_of_their_words(text: str) -> None:
    """Whether a dative head ("Gminie", "Stowarzyszeniu") or a body's genitive ("Szkoły") is printed: one regex."""
    assert beneficiary_cues.has_dative_head(text) == any(word in text for word in beneficiary_cues.DATIVE_WORDS)
    assert beneficiary_cues.has_body_genitive(text) == any(w in text for w in beneficiary_cues.BODY_GENITIVE_WORDS)


@pytest.mark.parametrize(
    "word", [*beneficiary_cues.DATIVE_WORDS, *beneficiary_cues.BODY_GENITIVE_WORDS, "Ośrodkowi Pomocy", "gminy"]
)
def test_head_word_checks_find_each_word(word: str) -> None:
    text = f"Dotacja dla {word} w Lipnie."
    assert beneficiary_cues.has_dative_head(text) == (word.split()[0] in beneficiary_cues.DATIVE_WORDS)
    assert beneficiary_cues.has_body_genitive(text) == any(w in word for w in beneficiary_cues.BODY_GENITIVE_WORDS)


# ------------------------------------------------------------------ runs that cannot reach a clause's end


def _run_before_reading_every_run(text: str, end: int) -> tuple[str, int] | None:
    """`partner_names.run_before` as it was: a run read from every capitalised word of the clause."""
    floor = max(0, end - 400)
    stop = text.rfind(". ", floor, end)
    start = max(text.rfind("\n", floor, end) + 1, stop + 2 if stop >= 0 else 0, floor)
    clause = text[start:end]
    tokens = list(re.finditer(r"\S+", clause))[-30:]
    for i, token in enumerate(tokens):
        word = token.group(0)
        if not (word[:1].isupper() or word[:1] in OPEN_QUOTES):
            continue
        if i and tokens[i - 1].group(0).lower() in partner_names._PREPOSITIONS:
            continue
        run = partner_names.run_at(clause, token.start())
        if run is not None and not clause[run.end :].strip(" \t,"):
            return run.text, start + run.start
    return None


RUN_PIECES = (
    *("Regionalny", "Ośrodek", "Polityki", "Społecznej", "Górze", "Gmina", "Lipno", "Fundacja", "Syntea", "Edukator"),
    *("w", "we", "z", "i", "oraz", "na", "rzecz", "im.", "nr", "1", "o", "do", "uprzejmie", "informuje,", "Górze;"),
    *("Sp.", "sp.", "z o.o.", "o.o.", "o.o.,", "S.A.", "S.A", "S.A.,", "sp.j.", "sp.k", "Wrocławiu", "Wrocławiu,"),
    *("„Razem”", "„Razem", "Razem”,", "(lider)", "X)", "A:", "Opolu!", "B?", ",", ",,", ")", "-", "–", "Przyjaciół"),
    *("dzieci", "rejonu", "oszmiańskiego", "Komitet", "Kujawsko", "Pomorskiego", "I", "Liceum", "."),
)


@settings(max_examples=1500)
@given(words=st.lists(st.sampled_from(RUN_PIECES), min_size=1, max_size=14), gaps=st.randoms(use_true_random=False))
@example(
    words=["Regionalny", "Ośrodek", "Polityki", "Społecznej", "w", "Zielonej", "Górze", "uprzejmie", "informuje,"],
    gaps=None,
)
@example(words=["Edukator", "Sp.", "z", "o.o.,", "Gmina", "Lipno"], gaps=None)
@example(words=["Syntea", "S.A.", "we", "Wrocławiu"], gaps=None)  # the seat after a legal form's full stop
@example(words=["Edukator", "sp.", "z", "o.o.", "we", "Wrocławiu"], gaps=None)
@example(words=["Gmina", "Lipno", ",", ","], gaps=None)  # only commas after the mark
def test_run_before_skipping_runs_that_stop_early_finds_the_same(words: list[str], gaps: object) -> None:
    """The name right before a cue: the runs from words before the clause's last stop mark are not read."""
    separators = [" ", " ", " ", "\n", "  ", "\t"]
    text = words[0]
    for word in words[1:]:
        text += (separators[gaps.randrange(len(separators))] if gaps is not None else " ") + word  # type: ignore[attr-defined]
    text += " jest partnerem"
    end = len(text) - len(" jest partnerem")
    assert partner_names.run_before(text, end) == _run_before_reading_every_run(text, end)
