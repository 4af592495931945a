"""The scans that try a regex only where its match can begin find exactly what a whole-text scan finds.

`matches_from` (and its `where` regex) is a speed-up only: for every pattern scanned that way, its
matches must equal `pattern.finditer(text)`'s on texts made of the words the pattern is about.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import (
    beneficiary_cues,
    beneficiary_round_up,
    contacts,
    dates,
    deadlines,
    figures,
    funding_measures,
    funding_tables,
    implementer_cues,
    money,
    money_amounts,
    money_clauses,
    money_kinds,
    money_lists,
    money_pools,
    money_ranges,
    org_names,
    org_roles,
    participants,
    partner_cues,
    partner_labels,
    partner_together,
    periods,
)
from extract.funding_aliases import fold
from extract.lowered import lowered
from extract.org_names import cue_text, matches_from, text_cues

# Pieces the patterns below are built from, and their near misses, glued in any order.
PIECES = (
    *("partner", "partnerów", "Partnerzy", "partnerami", "partnerem", "Partnerstwo", "partnerstwa", "partnerstwie"),
    *("z", "Z", "ze", "wraz", "razem", "wspólnie", "dwóch", "trzema", "12", "123", "7", "nowi", "pozostałych"),
    *("nowpartnerów", "współpartnerzy", "gmin", "organizacji", "projektu", "czyli", "tj.", "m.in.", "Gmina Lipno"),
    *(" ", "  ", "\n", "\t", "\u00a0", ":", ",", ".", "-", "a", "İ", "ı"),
    *("w", "W", "skład", "SKŁAD", "którego", "wchodzą", "konsorcjum", "Konsorcjum", "tworzą", "członkami", "są"),
    *("przez", "między", "pomiędzy", "uczestniczą", "projektowe", "w składzie", "projekcie", "partnerskim"),
)
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

# A count of people as one regex would find it: what `participants._counted` answers without it.
_COUNT = re.compile(r"\d\s+(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b", re.IGNORECASE)

SCANS = {
    "partners colon": (partner_cues._PARTNERS_COLON, (), None),  # scanned by `partner_cues._partners_colon`
    "with partners": (partner_together._WITH_PARTNERS, ("wraz", "razem", "wspólnie"), partner_together._Z_WORD),
    "partnership of places": (partner_cues._PARTNERSHIP_OF_PLACES, ("partnerstw",), None),
    "partnership of kind": (partner_cues._PARTNERSHIP_OF_KIND, ("partnerstw",), None),
    "partnership of": (partner_cues._PARTNERSHIP_OF, ("partnerstw",), None),
    "partnership members": (partner_cues._PARTNERSHIP_MEMBERS, partner_cues._MEMBERS_STARTS, partner_cues._W_BEFORE),
    "partnership between": (partner_cues._PARTNERSHIP_BETWEEN, partner_cues._BETWEEN_STARTS, partner_cues._W_BEFORE),
}


def scan(name: str, text: str) -> list[re.Match[str]]:
    """The matches of one of SCANS as the parser finds them: only where they can begin."""
    cues = cue_text(text.lower())
    if name == "partners colon":
        return list(partner_cues._partners_colon(text, cues))
    pattern, starts, where = SCANS[name]
    return list(matches_from(pattern, text, cues, starts, where=where))


def spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(SCANS))
@given(text=texts)
def test_scan_from_starts_equals_whole_scan(name: str, text: str) -> None:
    assert spans(scan(name, text)) == spans(SCANS[name][0].finditer(text))


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("partners colon", "Projekt ma 12 partnerów: Gmina A i Gmina B.", 1),
        ("partners colon", "dwóch nowych partnerów z Czech, czyli A i B", 1),
        ("partners colon", "Nasi współpartnerzy: A, B", 0),
        ("partners colon", "Nasi partnerzy: A, B", 1),
        ("with partners", "realizowany wraz z trzema partnerami: A, B", 1),
        ("with partners", "Z partnerem projektu, Gminą A", 1),
        ("with partners", "raz partnerem", 0),
        ("partnership of", "w partnerstwie Gminy Lipno i Fundacji Razem", 1),
        ("partnership members", "W skład partnerstwa wchodzą: Gmina A, Fundacja B.", 1),
        ("partnership members", "Konsorcjum tworzą A i B. Partnerstwo projektowe zawiązały C i D.", 2),
        ("partnership members", "Związek, w  skład którego wchodzą gminy, oraz konsorcjum w składzie: A", 2),
        ("partnership members", "Członkami partnerstwa są A i B; w partnerstwie uczestniczą C i D", 2),
        ("partnership members", "W SKŁAD PARTNERSTWA WCHODZĄ: A", 1),
        ("partnership between", "realizowany w partnerstwie przez A i B, w\npartnerstwie pomiędzy C a D", 2),
        ("partnership between", "w partnerstwie:\nA; W partnerstwie przez B", 1),
        ("partnership between", "Nowe partnerstwo pomiędzy Fundacją A a Gminą B", 1),
        ("partnership members", "W projekcie partnerskim uczestniczą także A oraz B", 1),
    ],
)
def test_scan_finds_the_cue(name: str, text: str, count: int) -> None:
    found = scan(name, text)
    assert len(found) == count
    assert spans(found) == spans(SCANS[name][0].finditer(text))


def test_where_adds_positions() -> None:
    """A `where` regex alone (no start words) finds the matches that begin where it matches."""
    text = "a z b ze c"
    found = matches_from(re.compile(r"ze?\s"), text, text, (), where=re.compile("z"))
    assert [m.group(0) for m in found] == ["z ", "ze "]


def reference_starts(roots: list[str], families: dict[str, tuple[str, ...]], haystack: str) -> dict[int, list[str]]:
    """Every occurrence of every root found with `str.find`, kept at a word start (the plain way)."""
    starts: dict[int, list[str]] = {}
    for root in roots:
        at = haystack.find(root)
        while at >= 0:
            if not at or not (haystack[at - 1].isalnum() or haystack[at - 1] in "-_/"):
                starts[at] = [p for p in families[root] if haystack.startswith(p, at)]
            at = haystack.find(root, at + 1)
    return starts


ALIAS_INDEXES = {
    "programme names": lambda: funding_tables.programme_aliases().names,
    "programme abbreviations": lambda: funding_tables.programme_aliases().abbreviations,
    "funder names": lambda: funding_tables.funder_aliases().names,
    "funder abbreviations": lambda: funding_tables.funder_aliases().abbreviations,
}
ALIAS_PIECES = (
    *("program", "programu", "po", "pomoc", "regionalnego", "fundusz", "funduszu", "wojewoda", "wojewodztwa"),
    *("minist", "ministerstwo", "rzadowy", "RPO", "WRPO", "PO", "PROW", "MRPiPS", "PFRON", "NFOŚ", "FE", "FIO"),
    *(" ", "-", "/", "_", "1", "a", "x", "é", "\n", ".", "(", "„"),
)


@pytest.mark.parametrize("name", list(ALIAS_INDEXES))
@given(text=st.lists(st.sampled_from(ALIAS_PIECES), max_size=25).map("".join))
def test_alias_index_finds_every_word_start_of_a_root(name: str, text: str) -> None:
    index = ALIAS_INDEXES[name]()
    haystack = fold(text) if name.endswith("names") else text
    assert index._starts(haystack) == reference_starts(list(index.families), index.families, haystack)


def test_alias_roots_at_word_starts_only() -> None:
    index = funding_tables.programme_aliases().names
    haystack = fold("Program XYZ, współprogram i programu-program")
    assert sorted(index._starts(haystack)) == [0, 28]  # not inside a word, nor after a hyphen


@given(text=st.text(alphabet=st.sampled_from("aZąĄİıſK \n-" + "\u212a"), max_size=20))
def test_shared_lowered_text_is_the_plain_one(text: str) -> None:
    """The parsers' shared lower-case copy and cue text are what each used to compute for itself."""
    assert lowered(text) == text.lower()
    assert text_cues(text) == cue_text(text.lower())


def test_shared_lowered_text_is_made_once() -> None:
    text = "Partnerem projektu jest Gmina Lipno. " * 3
    assert lowered(text) is lowered(text)
    assert text_cues(text) is text_cues(text)


# The figures' alternation as money_amounts had it compiled (its `_Figures` now tries `_AMOUNT` at the same places).
_FIGURES = re.compile(rf"(?=[\dP])(?:{money_amounts._AMOUNTS})")
AMOUNT_PIECES = (
    *("1", "12", "150", "2,5", "1 000", "3.500", ",00", " ", "  ", "\n", "\u00a0", ".", ",", ":", "-", "(", "x"),
    *("zł", "PLN", "P", "złotych", "tys.", "mln", "milion", "miliona", "milionów", "tysięcy", "tysiące", "tysi"),
    *("trzy", "dwa", "pięć", "sto", "dwadzieścia", "pół", "Dwa", "jeden", "osób", "mili", "militarny", "słownie"),
    *("12.04.2022", "2022", "٣", "_", "a1", "PLN5", "Pln", "– ", ": "),
)


@given(text=st.lists(st.sampled_from(AMOUNT_PIECES), max_size=30).map("".join))
def test_amount_scan_equals_the_whole_regex(text: str) -> None:
    """`money_amounts.amount_matches` finds exactly what `_AMOUNT.finditer` finds, sums in words included."""
    assert spans(money_amounts.amount_matches(text)) == spans(money_amounts._AMOUNT.finditer(text))


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Gmina dostała trzy miliony zł i 20 tys. zł.", ["trzy miliony zł", "20 tys. zł"]),
        ("dwadzieścia pięć tysięcy złotych", ["dwadzieścia pięć tysięcy złotych"]),
        ("milion 700 tysięcy zł", ["milion 700 tysięcy zł"]),
        ("militarny 5 zł", ["5 zł"]),
    ],
)
def test_amount_scan_finds_sums_in_words(text: str, printed: list[str]) -> None:
    assert [m.group(0).strip() for m in money_amounts.amount_matches(text)] == printed


# The bare-year regex as it was written before its first digit was moved in front of the look-behind.
_YEAR_BEFORE = re.compile(
    rf"(?=\d)(?<![\w.,/:])(?P<y>\d{{4}})(?![\d]|[.,:/]\d)(?P<suffix>{periods._HS}?(?:r\.|r(?![^\W\d_])|roku(?!\w)))?"
)


@given(
    text=st.lists(
        st.sampled_from(("2019", "20", "1", "12345", " ", "r.", "roku", "a", ".", ",", "/", ":", "-", "_", "\n", "²")),
        max_size=20,
    ).map("".join)
)
def test_year_regex_unchanged(text: str) -> None:
    assert [(m.span(), m.group("y")) for m in periods._YEAR.finditer(text)] == [
        (m.span(), m.group("y")) for m in _YEAR_BEFORE.finditer(text)
    ]


@given(
    text=st.lists(
        st.sampled_from(
            (
                "os",
                "osi",
                "osia",
                "priorytet",
                "priorytetu",
                "priorytetowej",
                "nr",
                "2",
                "iv",
                "ii",
                "1.2",
                " ",
                "\n",
                ".",
                "-",
                "kos",
                "a",
                "x",
                "\u2009",
                "\t",
            )
        ),
        max_size=20,
    ).map("".join)
)
def test_axis_scan_from_starts_equals_whole_scan(text: str) -> None:
    folded = fold(text)
    found = matches_from(
        funding_measures._AXIS, folded, folded, funding_measures._AXIS_STARTS, where=funding_measures._AXIS_OS
    )
    assert spans(found) == spans(funding_measures._AXIS.finditer(folded))


def alternation(words: list[str]) -> str:
    """The plain regex `dates.prefix_tree` stands for: every word, longest first."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@given(
    words=st.lists(st.text(alphabet="abł", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet="abł ", max_size=30),
)
def test_prefix_tree_matches_as_the_longest_first_alternation(words: list[str], text: str) -> None:
    """Same matches, and the same order of tries: a pattern after the words backtracks into them alike."""
    for after in ("", "b", "(?![^\\W\\d_])", "a?b"):
        tree, plain = (
            re.compile(f"(?:{dates.prefix_tree(words)}){after}"),
            re.compile(f"(?:{alternation(words)}){after}"),
        )
        assert spans(tree.finditer(text)) == spans(plain.finditer(text))


MONTH_PIECES = (*dates.MONTH_WORDS, *("lut", "Maj", "maj", "a", "u", "ym", " ", "1", "2020", "r.", "br.", ".", "/"))


@given(text=st.lists(st.sampled_from(MONTH_PIECES), max_size=20).map("".join))
def test_dates_regex_with_the_month_tree_equals_the_alternation(text: str) -> None:
    """`find_dates`' regex with the month words as a tree finds what it found with them listed longest first."""
    plain = re.compile(dates._DATE.pattern.replace(dates.MONTH_PATTERN, alternation(dates.MONTH_WORDS)))
    assert dates.MONTH_PATTERN in dates._DATE.pattern
    found = [(m.span(), m.groupdict()) for m in dates._DATE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


# Words the scans below begin with, their look-alikes, and what may stand around them.
CUE_PIECES = (
    *("Realizator", "realizatorem", "Jednostka", "realizująca", "Podmiot", "Instytucja", "wdrażająca", "projektu"),
    *("Beneficjent", "beneficjentem", "Wnioskodawca", "wnioskodawcą", "Grantobiorca", "główny", "jedynym", "jest"),
    *("rok", "roku", "Rok", "r.", "R.", "szkolny", "szk.", "2023", "/", "24", "osoba", "osoby", "kontakt"),
    *("informacji", "Koordynator", "Gmina", "İ", "ı", "K", "ſ", " ", "\n", "\t", "\u00a0", ":", ",", ".", "-", "a"),
    *("złożony", "ZGŁOSZONA", "przygotowane", "przez", "Dom", "złożył", "złoż"),
)
cue_texts = st.lists(st.sampled_from(CUE_PIECES), max_size=30).map("".join)

CUE_SCANS = {
    "implementer label": (implementer_cues.IMPLEMENTER_LABEL, implementer_cues.IMPLEMENTER_LABEL_STARTS),
    "beneficiary row": (beneficiary_cues.BENEFICIARY_ROW, beneficiary_cues.BENEFICIARY_ROW_STARTS),
    "beneficiary is": (beneficiary_cues.BENEFICIARY_IS, beneficiary_cues.BENEFICIARY_IS_STARTS),
    "school year": (periods._SCHOOL_YEAR, periods._SCHOOL_YEAR_STARTS),
    "submitted by": (beneficiary_cues.SUBMITTED_BY, beneficiary_cues.SUBMITTED_BY_STARTS),
}


@pytest.mark.parametrize("name", list(CUE_SCANS))
@given(text=cue_texts)
def test_cue_scans_from_starts_equal_whole_scans(name: str, text: str) -> None:
    pattern, starts = CUE_SCANS[name]
    assert spans(matches_from(pattern, text, cue_text(text.lower()), starts)) == spans(pattern.finditer(text))


@given(text=cue_texts)
def test_contact_label_scan_equals_the_whole_scan(text: str) -> None:
    """`contacts._persons` scans the lowered text for its labels only where their words are."""
    low = text.lower()
    found = matches_from(contacts._LABEL_TRIGGER, low, low, contacts._LABEL_TRIGGER_STARTS)
    assert spans(found) == spans(contacts._LABEL_TRIGGER.finditer(low))


@pytest.mark.parametrize(
    ("scan", "text", "count"),
    [
        ("implementer label", "Realizator projektu: Gmina Lipno", 1),
        ("beneficiary row", "Dane\nBeneficjent Gmina Lipno", 1),
        ("beneficiary is", "Głównym beneficjentem projektu jest Gmina Lipno.", 1),
        ("implementer label", "Jednostka realizująca: Gmina Lipno", 1),
        ("implementer label", "PODMIOT REALIZUJĄCY PROJEKT: Gmina Lipno", 1),
        ("implementer label", "Instytucja realizująca: Urząd", 1),
        ("beneficiary row", "Dane\nWnioskodawca Gmina Lipno", 1),
        ("beneficiary row", "Grantobiorca Fundacja Razem", 1),
        ("beneficiary is", "Jedynym wnioskodawcą jest Gmina Lipno.", 1),
        ("beneficiary is", "Grantobiorcą zadania był Klub.", 1),
        ("beneficiary is", "Bezpośrednim beneficjentem są szkoły, ostatecznymi beneficjentami są uczniowie.", 2),
        ("school year", "w roku szkolnym 2023/2024", 1),
        ("school year", "Rok szkolny 2023/24 i r. szk. 2024/25", 2),
        ("submitted by", "Wniosek ZŁOŻONY przez Dom Kultury, oferta zgłoszona przez Parafię", 2),
    ],
)
def test_cue_scans_find_their_cue(scan: str, text: str, count: int) -> None:
    pattern, starts = CUE_SCANS[scan]
    found = list(matches_from(pattern, text, cue_text(text.lower()), starts))
    assert len(found) == count
    assert spans(found) == spans(pattern.finditer(text))


@pytest.mark.parametrize(
    "text",
    [
        "Osoba do kontaktu: Jan Kowalski",
        "osoby kontaktowe",
        "Szczegółowych informacji udziela Pani Anna",
        "bliższych, wszelkich, dodatkowych informacji",
        "Koordynator projektu: Jan Nowak",
    ],
)
def test_contact_label_scan_finds_each_label(text: str) -> None:
    low = text.lower()
    found = list(matches_from(contacts._LABEL_TRIGGER, low, low, contacts._LABEL_TRIGGER_STARTS))
    assert found
    assert spans(found) == spans(contacts._LABEL_TRIGGER.finditer(low))


# The two regexes as they were written before their first character was matched as a class.
_BOUNDARY_BEFORE = re.compile(
    r"\n(?!(?<=[a-ząćęłńóśźż,]\n)[a-ząćęłńóśźż\d])(?!(?<=[A-ZĄĆĘŁŃÓŚŹŻ]\n)\d)(?!(?<=(?<!\w)(?:ok|ca|tj)\.\n)\d)"
    r"|;|[.!?](?=[ \u00a0]+(?:[–—][ \u00a0]+)?[A-ZĄĆĘŁŃÓŚŹŻ„\"])|(?<=[a-ząćęłńóśźż]{5})[.!?](?=[ \u00a0]+\d)"
)
_AT_ANCHOR_BEFORE = re.compile(
    rf"@|{contacts._OPEN}[ \t]*(?:at|AT|At|małpa|malpa|MAŁPA)[ \t]*{contacts._CLOSE}"
    r"|[ \t\u00a0](?:at|małpa|malpa)[ \t\u00a0]"
)
CLASS_PIECES = (
    *(
        "\n",
        ";",
        ".",
        "!",
        "?",
        " ",
        "\u00a0",
        "\t",
        "–",
        "a",
        "ż",
        "1",
        ",",
        "A",
        "Ż",
        "„",
        '"',
        "x",
        "ok",
        "tj",
        "dotacje",
        "r",
    ),
    *("@", "[", "]", "(", ")", "{", "}", "<", ">", "at", "AT", "At", "małpa", "malpa", "MAŁPA", "dot"),
)


@given(text=st.lists(st.sampled_from(CLASS_PIECES), max_size=30).map("".join))
def test_class_first_regexes_unchanged(text: str) -> None:
    assert spans(money_clauses._BOUNDARY.finditer(text)) == spans(_BOUNDARY_BEFORE.finditer(text))
    assert spans(contacts._AT_ANCHOR.finditer(text)) == spans(_AT_ANCHOR_BEFORE.finditer(text))


_CURRENCY_WORD_BEFORE = re.compile(rf"(?=[zZPpEe€Cf])(?<!\w){money_amounts._CUR}(?!\w)")
CURRENCY_PIECES = (
    *money_amounts._CURRENCIES,
    *("z", "ł", "złotówka", "EUROPA", "Pl", "1", "5", " ", "\u00a0", ".", "_", "a"),
)


@given(text=st.lists(st.sampled_from(CURRENCY_PIECES), max_size=20).map("".join))
def test_currency_word_regex_unchanged(text: str) -> None:
    assert spans(money_amounts.CURRENCY_WORD.finditer(text)) == spans(_CURRENCY_WORD_BEFORE.finditer(text))


PHONE_PIECES = (
    *("1", "22", "123", "600", "48", "0", "+48", "0048", "(22)", "(0 22)", "(+48)", "(", ")", "+"),
    *(" ", "\u00a0", "-", ".", "/", " - ", "\n", "tel.", "NIP", "a", "zł", ","),
)


@given(text=st.lists(st.sampled_from(PHONE_PIECES), max_size=24).map("".join))
def test_phone_candidates_with_few_digits_hold_no_phone(text: str) -> None:
    """`find_phones` skips a candidate of fewer than nine digits: reading it whole finds nothing there."""
    for match in contacts._PHONE_CANDIDATE.finditer(text):
        if contacts._digit_count(match) < 9:
            assert contacts._candidate_phones(text, match) == []


NAME_PIECES = (
    *("Gmina", "Kujawsko", "Pomorskie", "a", "o", "1"),
    *(" ", "  ", "\u00a0", "-", " - ", "–", "—", "\u2212"),
)
NAME_PIECES += (*org_names.OPEN_QUOTES, *org_names._CLOSE_QUOTES, '"', ".", ",", ";", ":")


@given(name=st.lists(st.sampled_from(NAME_PIECES), max_size=12).map("".join))
def test_name_shortcuts_unchanged(name: str) -> None:
    """A name with no quote is returned as is, and one with no dash skips the hyphen repair: as the full work does."""
    assert org_names._strip_quotes(name) == org_names._strip_quotes_counted(name)
    if not any(dash in name for dash in org_names._DASH_CHARS):
        assert org_names._COMPOUND_HYPHEN.sub(r"\1-", name) == name


OPEN_ENDED_PIECES = (
    *("Projekt", "trwa", "realizowany", "prowadzone", "realizacja", "zadanie", "planowana", "zaplanowano"),
    *("do", "DO", "od", "Od", "dnia", "DNIA", "końca", "KOŃCA", "roku", "na", "rok", "się", "w", "we", "a"),
    *("zakończono", "ukończone", "dobiegł", "kończy", "rozpoczął", "zaczęto", "ROZPOCZĘTO", "İ", "ı", "x", "1", "."),
)
SPACES = st.sampled_from((" ", "  ", "\u00a0", "\t", "\u2009", "\u202f", "\n", ""))
# A sentence shaped as the cues are (a verb, a few words, a closing word, white space), its pieces drawn freely.
open_ended_texts = st.lists(st.tuples(st.sampled_from(OPEN_ENDED_PIECES), SPACES), max_size=10).map(
    lambda pairs: "".join(piece + space for piece, space in pairs)
)


@settings(max_examples=400)
@given(text=open_ended_texts)
def test_open_ended_cues_need_their_last_word(text: str) -> None:
    """`_open_ended` searches a cue regex before a date only when its closing word (or verb) is there."""
    word = periods._last_word(text, 0, len(text))
    verbs = cue_text(text.lower())
    if periods._END_CUE.search(text):
        assert word.endswith(("do", "dnia", "końca", "roku"))
    if periods._START_CUE.search(text):  # "od", or the noun after it: "trwa od roku", "od dnia"
        assert word.endswith(("od", "dnia", *periods._OD_NOUN_ENDS))
    if periods._END_VERB_BEFORE.search(text):
        assert "końc" in verbs
    if periods._START_VERB_BEFORE.search(text):
        assert "cz" in verbs
    if periods._PLANNED_BEFORE.search(text):
        assert word.endswith(("na", "rok"))


HEAD_PIECES = (
    *("koszt", "całkowity", "wartość", "projektu", "dofinansowanie", "wkład", "własny", "dotacji"),
    " ",
    ",",
    "5",
)


@given(text=st.lists(st.sampled_from(HEAD_PIECES), max_size=12).map("".join))
def test_kept_head_words_are_the_scans(text: str) -> None:
    """The kept answers stand for `_HEADS.search` and `_HEADS.finditer`, asked again or for the first time."""
    for _ in range(2):
        assert spans(money_kinds.heads_in(text)) == spans(money_kinds._HEADS.finditer(text))
        first = money_kinds._first_head(text)
        plain = money_kinds._HEADS.search(text)
        assert (first.span(), first.lastgroup) == (plain.span(), plain.lastgroup) if plain else first is None


IMPLEMENTER_PIECES = (
    *("Realizatorem", "Organizatorem", "Jednostką", "realizującą", "Podmiotem", "wdrażającym", "projekt", "projektu"),
    *("zadanie", "Zadania", "programu", "inwestycja", "realizowany", "prowadzone", "zrealizowane", "przez", "PRZEZ"),
    *("jest", "był", "została", "za", "Za", "ZA", "zakres", "realizację", "odpowiada", "odpowiedzialny", "w", "Gmina"),
    *(" ", " ", "\n", "\u00a0", ",", ".", "İ", "ı"),
)


@settings(max_examples=300)
@given(text=st.lists(st.sampled_from(IMPLEMENTER_PIECES), max_size=14).map(" ".join))
def test_implementer_scan_without_its_project_words(text: str) -> None:
    """`implementer_phrases.read_implementer` leaves the project's words out of the scan's starts where "przez" or a
    participle is missing: the pattern is tried where it can begin all the same."""
    cues = cue_text(text.lower())
    pattern = implementer_cues.IMPLEMENTER_IS
    whole = spans(pattern.finditer(text))
    za = implementer_cues.IMPLEMENTER_ZA
    assert spans(matches_from(pattern, text, cues, implementer_cues.IMPLEMENTER_IS_STARTS, where=za)) == whole
    if not ("przez" in cues and any(word in cues for word in implementer_cues.PARTICIPLES)):
        assert spans(matches_from(pattern, text, cues, implementer_cues.IMPLEMENTER_NAMED_STARTS, where=za)) == whole


def test_long_contexts_are_not_kept() -> None:
    """A context longer than the kept size is scanned, not kept: the cache never holds a page-long string."""
    money_kinds._kept_heads.cache_clear()
    long_context = "koszt projektu " * 100 + "dotacja"
    assert [m.lastgroup for m in money_kinds.heads_in(long_context)][-1] == "grant"
    assert money_kinds._kept_heads.cache_info().currsize == 0
    assert money_kinds.heads_in("koszt projektu")  # a short one is kept
    assert money_kinds._kept_heads.cache_info().currsize == 1


PEOPLE_PIECES = (
    *("osób", "OSÓB", "osoby", "Osoby", "uczestników", "UCZESTNICZEK", "dzieci", "DZİECİ", "dzıeci", "rodzin"),
    *("rodzinny", "osóbka", "1", "23", "٣", " ", "  ", "\u00a0", "\n", "\t", "a", "-", ".", "İ", "ı", "ſ"),
)


@given(text=st.lists(st.sampled_from(PEOPLE_PIECES), max_size=20).map("".join))
def test_people_count_check_equals_the_regex(text: str) -> None:
    assert participants._counted(text) == bool(_COUNT.search(text))


AT_PIECES = (
    *("@", "[", "]", "(", ")", "{", "}", "<", ">", "at", "AT", "At", "aT", "małpa", "malpa", "MAŁPA", "dot"),
    *(" ", "\t", "\u00a0", "\n", "lat", "x", "tel", "TEL", "mail", "E-MAİL", "telefon", "Jan Nowak", ",", ":"),
)


@given(text=st.lists(st.sampled_from(AT_PIECES), max_size=24).map("".join))
def test_contact_prefilters_skip_only_what_cannot_match(text: str) -> None:
    """The substring tests before the e-mail anchors' and the listed persons' scans are false only where they find
    nothing."""
    if not contacts._may_hold_at(text):
        assert contacts._AT_ANCHOR.search(text) is None
    cues = text_cues(text)
    if not ("tel" in cues or "mail" in cues):
        assert contacts._LISTED.search(text) is None


@given(text=st.lists(st.sampled_from(AMOUNT_PIECES), max_size=30).map("".join), pos=st.integers(0, 40))
def test_figure_search_from_its_starts_equals_the_regex(text: str, pos: int) -> None:
    """`money_amounts._Figures.search` tries `_FIGURES` only where `_FIGURE_START` says a match can begin: the same
    first match."""
    found, expected = money_amounts._Figures(text).search(pos), _FIGURES.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@given(
    text=st.lists(
        st.sampled_from((*AMOUNT_PIECES, "IV", "X", "I 2", "12.04.202287", "1.2.2022", "Ṕ", "²")), max_size=30
    ).map("".join),
    steps=st.lists(st.integers(0, 30), max_size=6),
)
@example(text="12.04.202287 000,00 zł, 12.04.2022 87 000,00 zł, PLN 5 000, xPLN 5, 1,5 mln zł", steps=[0, 5, 5, 30])
def test_figure_starts_from_the_page_figures_equal_the_regex(text: str, steps: list[int]) -> None:
    """In a long text `money_amounts._figure_starts` reads the page's figures (`extract.figures`) and `_Figures.search`
    never goes back: every place `_FIGURE_START` finds, and at each `pos` of a rising sequence `_FIGURES.search`'s
    match."""
    for padded in (
        text,
        text + " " * money_amounts._SHORT,
        "ą" * money_amounts._SHORT + text,
        text * (1 + money_amounts._SHORT // (len(text) + 1)),
    ):
        assert money_amounts._figure_starts(padded) == [m.start() for m in money_amounts._FIGURE_START.finditer(padded)]
        figures, pos = money_amounts._Figures(padded), 0
        for step in steps:
            pos += step
            found, expected = figures.search(pos), _FIGURES.search(padded, pos)
            assert (found and found.span()) == (expected and expected.span())


RUN_PIECES = (
    *(
        "1",
        "12",
        "150",
        "2023",
        "٣",
        "1'000",
        "1’000",
        "3.500",
        "1,250,000.00",
        ",00",
        ",5",
        ",-",
        ".-",
        ",–",
        ".",
        ",",
    ),
    *(" ", "  ", "\u00a0", "\u2009", "\u202f", "\n", "-", "–", "—", "‐", "z", "zł", "ZŁ", "PLN", "pln", "EUR", "€"),
    *(
        "euro",
        "mln",
        "Mln",
        "MLN",
        "tys.",
        "TYS",
        "ty.",
        "tysięcy",
        "mld",
        "miliona",
        "r.",
        "osób",
        "(słownie: dwa zł)",
    ),
    *("na", "dla", ":", "kwotę ", "x", "a", "12.04.2022", "İ", "ſ", " " * 40, "1 " * 20),
    *("P", "PL", "PLN", "PLN 5", "Pln", "Program", "Pięć", "Pół", "PIĘĆ", "Milion", "milion", "trzy", "pięć"),
)


@given(text=st.lists(st.sampled_from(RUN_PIECES), max_size=30).map("".join))
@example(text="1 " * 40 + "000 zł")
@example(text="150zł, 12 ZŁ, 3 PLN, 4 pln, 5 EUR, 6 €, 7 euro, 2,5 mln, 3 Mln, 1 MLN, 150 tys., 9 TYS, 150 ty. zł")
@example(text="Wartość: 1 928 433,60. Kwota 1 940 200,00 z EFS; 254 056,50\nzł, 150.- zł, 1'000 zł, 2\u202f000\u2009zł")
def test_figure_run_skips_no_match(text: str) -> None:
    """`money_amounts.may_begin` says no only at a digit or a "P" where `_FIGURES` matches nothing: a date, a year, a
    count, a capital word."""
    for at, char in enumerate(text):
        if (char.isdecimal() or char == "P") and not money_amounts.may_begin(text, at):
            assert _FIGURES.match(text, at) is None


SOURCE_PIECES = (
    *("środków", "ŚRODKI", "Unii", "UNII", "Uni", "unia", "Europejskiej", "EUROPEJSKI", "europ", "ejsk", "unijnych"),
    *("UNIJNE", "Spójności", "SPÓJNOŚCI", "wspólnotowych", "WSPÓLNOTOWE", "UE", "ue", "EFS", "efs", "EFRR", "FS", "EU"),
    *("E", "F", "fundusz", "Funduszu", "FUNDUSZ", "budżetu", "BUDŻET", "budżecie", "państwa", "gminy", "ministra"),
    *("MINISTERSTWO", "wojewody", "WOJEWODA", "krajowych", "KRAJOWE", "współfinansowania", "finansowanie", "wkład"),
    *("pracy", "solidarnościowego", "PFRON", "pfron", "NFOŚiGW", "WFOŚiGW", "nfośigw", "MRPiPS", "MRiPS", "z", "ze"),
    *(" ", "\n", "\u00a0", ",", "ı", "İ", "ſ", "\u212a", "europejſk", "mınister", "KRAJOWYCH", "Państwa"),
)


def _source_skip_holds(before: str) -> None:
    if any(letter in before for letter in money_kinds.FOLDED):
        return
    low = before.lower()
    if not money_kinds.may_hold(before, low, money_kinds.EU_WORDS, money_kinds.EU_MARKS):
        assert money_kinds.EU_SOURCE.search(before) is None
    if not money_kinds.may_hold(before, low, money_kinds.OTHER_WORDS, money_kinds.OTHER_MARKS):
        assert money_kinds._OTHER_SOURCE.search(before) is None


# One source each, found by one of the words or marks alone
SOURCES = (
    *("Funduszu Europejskiego", "środków unijnych", "Funduszu Spójności", "środków wspólnotowych", "z UE", "EFRR"),
    *("z FS", "EU", "z Unii", "budżetu państwa", "ministra", "wojewody", "Funduszu Pracy", "środków krajowych"),
    *("PFRON", "NFOŚiGW", "MRPiPS", "MRiPS", "finansowania krajowego"),
)


@given(
    before=st.one_of(
        st.lists(st.sampled_from(SOURCE_PIECES), max_size=14).map("".join),
        st.lists(st.sampled_from(SOURCE_PIECES + SOURCES), max_size=4).map(" ".join),
    )
)
@example(before="ze środków Unii Europejskiej")
@example(before="z budżetu państwa i Funduszu Pracy, środki krajowe, EFS+, PFRON, WFOŚiGW")
@example(before="mınistra")  # (case folding reads "ı" and "İ" as "i" …)
@example(before="MİNİSTRA, środków unİjnych")
@example(before="z Funduszu ſpójności, z Funduſzu Pracy")  # (… and "ſ" as "s": those words are scanned)
def test_source_words_skip_only_what_cannot_match(before: str) -> None:
    """`cued_kind` scans an amount's words before it for an EU or another payer's source only where
    `money_kinds.may_hold` finds a word every such match holds (or the words hold a letter case folding reads
    otherwise): elsewhere neither regex finds anything."""
    _source_skip_holds(before)


@pytest.mark.parametrize("source", SOURCES)
def test_each_source_word_is_needed(source: str) -> None:
    """Each word or mark of the two lists is what lets one source through (a word left out fails one of these)."""
    _source_skip_holds(source)
    assert money_kinds.EU_SOURCE.search(source) or money_kinds._OTHER_SOURCE.search(source)


BEFORE_PIECES = ("od", "Od", "OD", "pod", " ", "\u00a0", "\n", "EURO", "euro", "=", "(", "słownie", "SŁOWNIE", "a", "1")


@given(before=st.lists(st.sampled_from(BEFORE_PIECES), max_size=12).map("".join))
def test_money_context_shortcuts_unchanged(before: str) -> None:
    """The shortcuts of the tests on an amount's words before it find what a search of the whole string finds."""
    assert bool(money_ranges.SLOWNIE.match(before)) == bool(money_ranges.SLOWNIE.search(before))
    assert bool("=" in before and money_ranges.RATE_BEFORE.search(before)) == bool(
        money_ranges.RATE_BEFORE.search(before)
    )
    tail = money_ranges.RANGE_FROM.search(before, max(0, len(before.rstrip(" \u00a0")) - 2))
    assert bool(tail) == bool(money_ranges.RANGE_FROM.search(before))


HEADING_PIECES = (
    *("Partnerzy", "PARTNERZY", "partnerzy", "Partnerami projektu są", "Współorganizatorzy", "projektu", "Partner"),
    *(" ", "\t", "\n", ":", "  ", "-", "A", "İ", "ı"),
)


@given(text=st.lists(st.sampled_from(HEADING_PIECES), max_size=16).map("".join))
def test_partner_heading_scan_equals_whole_scan(text: str) -> None:
    cues = cue_text(text.lower())
    found = matches_from(
        partner_labels._PARTNER_HEADING, text, cues, partner_labels._HEADING_STARTS, partner_labels._HEADING_RUN
    )
    assert spans(found) == spans(partner_labels._PARTNER_HEADING.finditer(text))


DEADLINE_PIECES = (
    *("Zgłoszenia", "ZGŁOSZENIA", "nadsyłać", "składania wniosków", "Termin naboru", "terminie", "przyjmowane są"),
    *("do", "do dnia", "w terminie do", " ", "\n", ".", "ſ", "İ", "ı", "a", "x" * 30, "Składanie ofert"),
)


@given(window=st.lists(st.sampled_from(DEADLINE_PIECES), max_size=12).map("".join))
def test_deadline_cue_needs_one_of_its_words(window: str) -> None:
    """`find_deadline` skips the cue regex where the cues of the 80 characters before a date hold none of its
    words: the regex finds nothing there."""
    cues = cue_text(window.lower())
    if len(cues) == len(window) and not any(word in cues for word in deadlines._CUE_WORDS):
        assert deadlines._DEADLINE_CUE.search(window) is None


SCHOOL_PIECES = (
    *("rok", "Rok", "ROKU", "r.", "R.", "szkolny", "Szkolnym", "SZKOLNY", "szk.", "Szk.", "szkoła", "szkół"),
    *("2023", "/", "24", "2024", " ", "\u00a0", "\n", "ſ", "a"),
)


@given(text=st.lists(st.sampled_from(SCHOOL_PIECES), max_size=14).map("".join))
def test_school_year_needs_its_word(text: str) -> None:
    """`periods._tokens` scans for a school year only where the cues hold "szkoln" or "szk.": none elsewhere."""
    cues = text_cues(text)
    if not ("szkoln" in cues or "szk." in cues):
        assert periods._SCHOOL_YEAR.search(text) is None


def _cut_name_before(value: str) -> str:
    """`org_names.cut_name` as it was, with no shortcut (the compound-hyphen repair run on every value)."""
    value = org_names._COMPOUND_HYPHEN.sub(r"\1-", value.split("\n", 1)[0])
    for match in org_names._NAME_END.finditer(value):
        if match.group(0) == ".":
            word = re.search(r"(\S+)$", value[: match.start()])
            if word and word.group(1).lower() in org_names._DOT_WORDS:
                continue
        value = value[: match.start()]
        break
    return org_names.normalise_name(value)[:200]


CUT_PIECES = (
    *("Gmina", "Kujawsko", "Społeczno", "Kulturalne", "Pomorskie", "GOPS", "M-GOPS", "UMiG", "UM", "UG", "CUS", "im."),
    *(" ", "\n", "-", " - ", "–", "\u2212", ",", ".", ". ", "(", " tel", " ul.", " w partnerstwie z ", "nr", "o"),
)


@given(value=st.lists(st.sampled_from(CUT_PIECES), max_size=16).map("".join))
def test_name_cut_and_abbreviations_unchanged(value: str) -> None:
    assert org_names.cut_name(value) == _cut_name_before(value)
    expanded, count = org_names._ABBREVIATION.subn(lambda m: org_names.ABBREVIATIONS[m.group(1)], value)
    assert org_names.expand_abbreviations(value) == (expanded if count else None)


@given(
    text=st.lists(st.sampled_from(CLASS_PIECES), max_size=40).map("".join),
    pos=st.integers(0, 60),
    width=st.sampled_from((0, 1, 3, 256)),
)
def test_boundaries_found_near_a_place_are_the_whole_scans(text: str, pos: int, width: int) -> None:
    """`money_clauses.Boundaries` looks for clause boundaries around an amount; the answers are the whole scan's."""
    whole = [m.start() for m in money_clauses._BOUNDARY.finditer(text)]
    bounds = money_clauses.Boundaries(text)
    assert bounds.clause_start(pos) == max((b + 1 for b in whole if b < pos), default=0)
    # (a boundary at `pos` itself counts: the full stop right after an amount ends its sentence)
    assert bounds.sentence_end(pos) == min((b for b in whole if b >= pos), default=len(text))
    low = max(0, pos - width)  # a scan started anywhere finds the whole scan's boundaries from there on
    assert [m.start() for m in money_clauses._BOUNDARY.finditer(text, low)] == [b for b in whole if b >= low]


@given(
    text=st.lists(st.sampled_from(CLASS_PIECES), max_size=40).map("".join),
    places=st.lists(st.integers(0, 60), max_size=12),
)
def test_boundaries_asked_many_times_answer_as_the_whole_scan(text: str, places: list[int]) -> None:
    """One `Boundaries` keeps its last answers (amounts ask in reading order); asked in any order, every answer is
    still the whole scan's."""
    whole = [m.start() for m in money_clauses._BOUNDARY.finditer(text)]
    bounds = money_clauses.Boundaries(text)
    for pos in places + sorted(places):
        assert bounds.clause_start(pos) == max((b + 1 for b in whole if b < pos), default=0)
        assert bounds.sentence_end(pos) == min((b for b in whole if b >= pos), default=len(text))


def test_amounts_in_a_text_with_no_boundary_are_all_read() -> None:
    """A 60 KB run with no clause end (a flattened table): every amount is found, each read in its own clause."""
    unit = "dotacja 12 500 zł i wkład własny 3 000 zł oraz "
    mentions, _ = money.find_amounts(unit * 1250)
    assert len(mentions) == 2500
    assert {(m.kind, m.value) for m in mentions[:2]} == {("grant", Decimal("12500")), ("own_share", Decimal("3000"))}


@pytest.mark.parametrize("gap", [10, 255, 256, 300, 1100, 5000])
def test_boundary_far_before_an_amount(gap: int) -> None:
    """The clause start is found however far back the last boundary lies (the window widens until it does)."""
    text = "Wstęp; " + "x " * gap + "kwota 5 zł"
    pos = text.index("5 zł")
    assert money_clauses.Boundaries(text).clause_start(pos) == text.index(";") + 1
    assert money_clauses.Boundaries("x " * gap + "5 zł").clause_start(2 * gap) == 0


@given(text=st.lists(st.sampled_from(PHONE_PIECES), max_size=24).map("".join))
def test_phone_candidates_need_nine_digits_close_together(text: str) -> None:
    """`find_phones` returns at once when `_NINE_DIGITS` finds nothing: then no candidate has nine digits."""
    if contacts._NINE_DIGITS.search(text) is None:
        assert all(contacts._digit_count(match) < 9 for match in contacts._PHONE_CANDIDATE.finditer(text))


MANY_PIECES = (
    *("do", "podziału", "w", "całym", "kraju", "z", "całej", "Polski", "samorządy", "jednostkom", "samorządu"),
    *("wszystkich", "gmin", "gminom", "Klubom", "szkołom", "beneficjenci", "dla", "wśród", "między", "nowych"),
    *("powiatów", "organizacji", "pozarządowych", "kół", "całego", "regionu", "kilkanaście", "wiele", "setki"),
    *("co", "druga", "gmina", "wartość", "projektów", "zadań", "na", "dotacje", "Lubelszczyznę", "Dolnego", "Śląska"),
    *("Ziemię", "Lubuską", "17", "203", "KGW", "domy", "dziennych", "osób", "os.", "firm", "najmniejszy", "grant"),
    *("to", "każdy", "UTW", "dostanie", "rozdzielono", "każdego", "stawka", "dotacji", "ſetki", "KAŻDY", "İ", "ı"),
    *(" ", " ", "\n", ",", ".", "2023", "zł", "projektu", "gminy", "otrzymało", "x"),
)


@given(window=st.lists(st.sampled_from(MANY_PIECES), max_size=10).map(" ".join))
def test_many_recipients_need_an_anchor(window: str) -> None:
    """`money_pools.many_recipients` skips the regex where the cues hold none of `_MANY_ANCHORS`: it finds nothing
    there, and where they do it answers as the regex does."""
    cues = text_cues(window)
    aligned = cues if len(cues) == len(window) else None
    expected = money_pools._MANY_RECIPIENTS.search(window) is not None
    assert money_pools.many_recipients(window, aligned, 0, len(window)) == expected


@pytest.mark.parametrize(
    "window",
    [
        "do podziału",
        "w całym kraju",
        "z całej Polski",
        "samorządom",
        "wszystkich gmin",
        "jednostki samorządu",
        "gminom",
        "beneficjentów",
        "dla nowych gmin",
        "wśród organizacji pozarządowych",
        "kilkanaście samorządów",
        "co druga gmina",
        "wartość projektów",
        "na dotacje",
        "na Lubelszczyznę",
        "do Ziemi Lubuskiej",
        "otrzymało 17 podmiotów",
        "dla 203 KGW",
        "pomoc otrzymało 500 osób",
        "najmniejszy grant to",
        "każdy UTW dostanie",
        "rozdzielono",
        "dla każdego koła",
        "stawka dotacji",
        "dla 12 dziennych domów",
        "na jedno miejsce",
        "na każdy miesiąc",
    ],
)
def test_many_recipients_anchors_let_each_alternative_through(window: str) -> None:
    assert money_pools._MANY_RECIPIENTS.search(window) is not None
    assert money_pools.many_recipients(window, text_cues(window), 0, len(window))


# Words of the round-up scans (`beneficiary_round_up.round_up`), their look-alikes, and what may stand around them.
ROUND_UP_PIECES = (
    *("trzy", "9", "173", "dwie", "stowarzyszenia", "jednostek", "jednostkom", "klubów", "osp", "z nich", "szkół"),
    *("dostały", "otrzymają", "dostała", "przyznano", "przekazał", "skorzysta", "popłynie", "trafi", "do", "pół"),
    *("miliona", "złotych", "dotacje", "lokalnych", " ", "  ", "\n", ".", ",", "a", "przyzna", "trafią"),
    *("dostali", "otrzymały", "je", ":", "gmina rybno", "Gmina Lipno", "powiat lipnowski"),
)
round_up_texts = st.lists(st.sampled_from(ROUND_UP_PIECES), max_size=30).map("".join)


@given(text=round_up_texts)
def test_round_up_scans_from_their_words_equal_whole_scans(text: str) -> None:
    """The round-up scans tried only at their verbs (or around their bodies' words) find what whole scans find."""
    low = cue_text(text.lower())
    for pattern, starts in (
        (beneficiary_round_up.GIVEN_TO_COUNT, beneficiary_round_up.GIVEN_TO_COUNT_STARTS),
        (beneficiary_round_up.COUNT_BENEFITS, beneficiary_round_up.COUNT_BENEFITS_STARTS),
        (beneficiary_round_up.PLURAL_GOT, beneficiary_round_up.PLURAL_GOT_WORDS),
    ):
        assert spans(matches_from(pattern, low, low, starts)) == spans(pattern.finditer(low))
    near = any(
        next(org_roles.matches_near(beneficiary_round_up.COUNTED_GOT, low, low, noun, 40, 140), None)
        for noun in beneficiary_round_up.ROUND_UP_NOUNS
    )
    assert near == bool(beneficiary_round_up.COUNTED_GOT.search(low))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("trzy stowarzyszenia z powiatu dostały dofinansowanie", True),
        ("dotacje przyznano 9 z nich", True),
        ("przekazał pół miliona złotych 173 jednostkom osp", True),
        ("skorzysta 29 jednostek", True),
        ("stowarzyszenie dostało 9 tys. zł", False),
        ("dotacje dostały trzy samorządy", True),
        ("Promesy wręczono. Dostali je: powiat lipnowski, Gmina Rybno i Gmina Kikół", True),
        ("Dostali je: powiat lipnowski, Gmina Rybno", False),  # no money in its sentence or the one before
    ],
)
def test_round_up_finds_its_forms(text: str, found: bool) -> None:
    assert beneficiary_round_up.round_up(text, text.lower(), cue_text(text.lower())) is found


OFFER_PIECES = (
    *("Do zdobycia", "do\u00a0ZDOBYCIA", "do", "zdobycia", "da", "DA", "daje", "dają", "przyznaje", "Przyznają"),
    *("oferuje", "oferują", "dać", "przyznał", " w nim", " W NIEJ", " w szóstej edycji", " w naborze", " w Konkursie"),
    *("w", "nim", "edycji", " ", "\u00a0", "\n", ".", ",", "ı", "İ", " 50 zł"),
)


@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(OFFER_PIECES), max_size=25).map("".join))
@example("Fundacja da w nim 50 zł")
@example("W naborze oferują 50 zł")
@example("do\u00a0ZDOBYCIA 50 zł")
def test_offer_prefilter_lets_every_offer_through(text: str) -> None:
    """`money_pools.offered` with the lowered text to look at first finds what the regexes alone (no lowered text: "")
    find: the lowered words only skip."""
    assert money_pools.offered(text, lowered(text), 0, len(text)) == money_pools.offered(text, "", 0, len(text))


# Dates' pieces, their look-alikes and what may stand around them: `find_dates` tries its regex only where a match
# can begin (`dates._date_matches`), which must find what a whole-text scan finds.
DATE_PIECES = (
    *("stycznia", "Lutego", "MARCA", "maj", "Maja", "w", "lipcu", "październik", "pazdziernika", "lipiec", "grudnia"),
    *("1", "12", "2020", "2023", "٢٠٢٠", "１２", "I", "II", "IV", "VII", "XII", "X", "kw.", "kwartał", "półrocze"),
    *("br.", "b.r.", "br", "bież. r.", "bieżącego roku", "r.", "roku", "’", "'", "`", "´", "22", "zł", "osób", "bm"),
    *(" ", " ", "  ", "\u00a0", "\u2009", "\u202f", "\t", "\n", ".", ",", "/", "-", "–", "„", "”", "a", "_", "xmaja"),
    *("go", "-go", "ego", "123", "12345", "2019-01-27", "2019.01.27", "2019/01/27", "4-10-2020", "04/10/2020", "1 000"),
)


@given(text=st.lists(st.sampled_from(DATE_PIECES), max_size=40).map("".join))
@example(text="w styczniu 2020, kwietnia br., lipiec’22, 2 kw. 2021, VII.2022, 04.10.2020 i 16 XI 2018")
@example(text="xmaja 2020 Maja 2020 pazdziernika b.r. 12.2020 ١٢.٢٠٢٠ I półrocze 2022")
# (each character that may follow a date's first digits: `dates._AFTER_DAY`, `dates._AFTER_YEAR`)
@example(text="1-go stycznia 2023, 1go lutego 2023, 2ego marca 2023, 2019-01-27, 2019.01.27, 2019/01/27, 4-10-2020")
@example(text="04/10/2020, 1.XI.2018, 3\u202fmaja 2020, 3\u2009maja 2020, 3\tmaja 2020, 3\u00a0maja 2020, 5 maja 2021")
@settings(max_examples=300)
def test_dates_tried_where_they_can_begin_equal_the_whole_scan(text: str) -> None:
    """Only the places `figures.figure_spans` and `_MONTH_REVERSED` give are tried, on a text long enough for it."""
    for padded in (text + " " * dates._SHORT, "ą" * dates._SHORT + text, text * (1 + dates._SHORT // (len(text) + 1))):
        found = [(m.span(), m.groupdict()) for m in dates._date_matches(padded)]
        assert found == [(m.span(), m.groupdict()) for m in dates._DATE.finditer(padded)]


# Figures and what stands around them: the period's bare years and the phones' prefilter try their regexes only where
# a run of digits begins (`extract.figures`, found once a page), which must find what a whole-text scan finds.
FIGURE_PIECES = (
    *("1", "12", "123", "2020", "2023", "20231", "٢٠٢٠", "１２", "²", "0", "600", "123 456 789", "(77) 441 02 60"),
    *("I", "V", "X", "IV", "r.", "r", "roku", "rok", "zł", "a", "_", "x", "tel."),
    *(" ", "  ", "\u00a0", "\t", "\n", ".", ",", "/", ":", "-", ")", "(", "–"),
)
figure_texts = st.lists(st.sampled_from(FIGURE_PIECES), max_size=40).map("".join)


def _padded(text: str) -> tuple[str, ...]:
    """`text` as it is, and made long enough for the figures' index: padded after, before, and repeated."""
    size = periods._SHORT
    return text, text + " " * size, "ą" * size + text, text * (1 + size // (len(text) + 1))


@given(text=figure_texts)
@example(text="w latach 2020-2023, 2021r. i 2022 roku, 12.2023, 20231, 2019/2020, 2024:")
@example(text="٢٠٢٠ １２３４ 2²023 I2020 x2020 _2020 V 2021")
@settings(max_examples=300)
def test_years_tried_at_figures_equal_the_whole_scan(text: str) -> None:
    """`periods._years` (only the runs of four digits tried) finds `_YEAR.finditer`'s matches."""
    for padded in _padded(text):
        found = [(m.span(), m.groupdict()) for m in periods._years(padded)]
        assert found == [(m.span(), m.groupdict()) for m in periods._YEAR.finditer(padded)]


@given(text=figure_texts)
@example(text="tel. 600 123 456, (77) 441 02 60")
@example(text="12.04.2023 12 345 678 9 and 1-2-3-4-5-6-7-8-9 and 1²23456789")
@settings(max_examples=300)
def test_nine_digits_tried_at_figures_equal_the_whole_scan(text: str) -> None:
    """`contacts._nine_digits` (only the runs' starts tried) answers as `_NINE_DIGITS.search` does."""
    for padded in _padded(text):
        assert contacts._nine_digits(padded) == (contacts._NINE_DIGITS.search(padded) is not None)


@given(text=figure_texts)
@settings(max_examples=200)
def test_figure_spans_are_the_date_figures(text: str) -> None:
    """The shared index is the dates' own scan: every whole run of digits, every I, V, X after no word character."""
    for padded in _padded(text):
        assert figures.figure_spans(padded) == tuple(m.span() for m in re.finditer(r"\d+|(?<!\w)[IVX]", padded))


@given(pages=st.lists(texts, min_size=1, max_size=6), order=st.lists(st.integers(0, 5), max_size=12))
@example(pages=["wraz z Gmina Lipno, partnerstwo", "partnerstwo Gmina Lipno, wraz z"], order=[0, 1, 0])
@settings(max_examples=100)
def test_start_offsets_kept_for_a_page_equal_a_fresh_scan(pages: list[str], order: list[int]) -> None:
    """`matches_from` keeps the offsets of the words it found in the last few cue texts (a page's parsers ask for the
    same words): asked again, for pages in any order, with tuples sharing words, and for an equal text that is another
    object, it finds what a whole scan finds."""
    cues = [text_cues(page) for page in pages]
    for k in [*range(len(pages)), *order]:
        page, cue = pages[k % len(pages)], cues[k % len(pages)]
        for name in ("with partners", "partnership of", "partnership members", "partnership between"):
            pattern, starts, where = SCANS[name]
            assert spans(matches_from(pattern, page, cue, starts, where=where)) == spans(pattern.finditer(page))
            copy = "".join(list(cue))  # equal, another object
            assert spans(matches_from(pattern, page, copy, starts, where=where)) == spans(pattern.finditer(page))


@given(text=st.text(alphabet="AaĄąİıŁłŻż „”–—\u00a0\t-", max_size=30))
def test_fold_with_the_lowered_text_equals_fold(text: str) -> None:
    """`funding_aliases.fold` given the page's lowered text (`extract.lowered`) folds as it does alone."""
    assert fold(text, lowered(text)) == fold(text)


@given(text=st.text(alphabet="iİıſs\u0307aą Partner", max_size=20))
@example(text="İ partner ı ſ i\u0307")
def test_cue_text_equals_every_twin_replaced(text: str) -> None:
    """`cue_text` (a twin looked for only when its last character is there) is the lowered text with every letter a
    case-insensitive regex reads as "i" or "s" replaced."""
    plain = text.lower()
    for twin, letter in org_names._REGEX_CASE_TWINS:
        plain = plain.replace(twin, letter)
    assert cue_text(text.lower()) == plain


LIST_PIECES = (
    *("\n", "\n", "\n", "Dotacje:", "Wkład własny 5 000,00 zł, w podziale na:", "Wykaz:", "1. Gmina A kwotę "),
    *("12 000,00", "5 000 zł", "3050zł", "- ", "Szkoła ", "tekst ", "   ", ":", "Kwota dofinansowania 9 zł:"),
)


def _list_heading_walked(text: str, line_end: int) -> str:
    """The list heading walk as it was before `ListLines` kept each line's: up at most a dozen lines per call."""
    for _ in range(money_lists._HEADING_REACH):
        start = text.rfind("\n", 0, line_end) + 1
        said = money_lists._heading_line(text, start, line_end)
        if said is not None:
            return said
        line_end = start - 1
    return ""


@given(text=st.lists(st.sampled_from(LIST_PIECES), max_size=60).map("".join), order=st.randoms())
@example(text="Dotacje:\n" + "1. Gmina A kwotę 12 000,00\n" * 14, order=random.Random(0))  # (the walk's reach)
def test_list_headings_kept_by_line_equal_the_walk(text: str, order: object) -> None:
    """`money_lists.ListLines.heading`, which keeps each line's walk and goes one more line from the one above, finds
    the heading the dozen-line walk up from each line finds, whatever order the lines are asked in."""
    ends = [i for i, c in enumerate(text) if c == "\n"]
    order.shuffle(ends)  # type: ignore[attr-defined]
    lines = money_lists.ListLines(text)
    for end in ends:
        assert lines.heading(end) == _list_heading_walked(text, end)
