"""Priority axes and measures as printed ("Osi priorytetowej II.", "Poddziałanie 9.2.1"), and the
programmes their printed names point to (a number alone never identifies a programme)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.funding_aliases import norm_name
from extract.funding_tables import Measure, measures
from extract.org_names import matches_at, matches_from, windows_before

_ROMAN = re.compile(r"(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}

# A number, Roman or Arabic; an Arabic one may carry a letter ("Priorytet 1a" of PROO).
_NUMBER = r"(\d{1,2}(?:[a-f](?!\w))?|[ivxl]{1,6})"
_AXIS = re.compile(
    rf"\b(?:(?:os|osi|osia)\s+(?:priorytetow\w*\s+)?|priorytet(?:u|em|ie)?\s+)(?:nr\.?\s*)?{_NUMBER}(?![\w]|\.\d)"
)
# What every _AXIS match begins with (in the folded text): "priorytet", or an "os"/"osi"/"osia" and white
# space, found by a regex (`matches_from`'s `where`): a bare "os" is in every other Polish word ("osob",
# "kosztow") and each would be a try of _AXIS.
_AXIS_STARTS = ("priorytet",)
_AXIS_OS = re.compile(r"os(?:i|ia)?\s")
# The number before the word: "II Osi priorytetowej Efektywne polityki …", "zajmie się 4 priorytetem programu".
# Singular forms only: "2 osi priorytetowych" counts axes.
_AXIS_BEFORE = re.compile(
    r"(?<![\w.,/-])(\d{1,2}|[ivxl]{1,6})\s+(?:(?:os|osi|osia)\s+priorytetow(?:a|ej)\b|priorytet(?:u|em)\s+(?=program))"
)
# A priority numbered in Arabic is a programme's only when a programme is named right after it in the same
# sentence ("Priorytetem 4 „…” Programu Operacyjnego …", "Priorytetu 1-Rozbudowa … Zintegrowanego Programu
# Operacyjnego") or right before it ("PROO – Priorytet 1a"), and that programme is no local one.
_PROGRAMME_AFTER = re.compile(
    r"(?:[^.;\n]|\.(?=\d)){0,260}?(?<!gminnego )(?<!miejskiego )(?<!lokalnego )(?<!powiatowego )\bprogram"
)
_PROGRAMME_BEFORE = re.compile(r"\b(?:[Pp]rogram\w*|[A-Z]{3,6})[ \t]*[-–—:]?[ \t]*$")
# "Działanie 9.2.1", and with the axis in Roman as some RPOs print it: "Poddziałanie VI.1.1".
# The two forms share the word, matched once: a top-level alternation would try each at every position.
_MEASURE = re.compile(
    r"(?=[pd])\b(?:pod)?dzialani"
    r"(?:(?:e|a|u|em|ach|om)?(?:\s*[:-])?\s+(?:nr\.?\s*)?((?:\d{1,2}|[ivxl]{1,4})\.\d{1,2}(?:\.\d{1,2})?)"
    r"(?!\.?\d)(?!\s*(?:mln|mld|tys|zl|%))"
    # PROW 2007-2013 numbered its measures with three digits, printed after a label: "Działanie: 413."
    r"|e\s*:\s*([1-4][0-9]{2})(?![\d,])(?!\s*(?:mln|mld|tys|zl|%)))"
)
# What every _MEASURE match begins with: it is tried there only (`matches_from`), not at each "p" and "d" of the text
# ("działania", the plural of "działanie", is a common word: the scan had to run on most pages).
_MEASURE_STARTS = ("poddzialani", "dzialani")
_NAME_SKIP = " .:,-–—\t\n"


def axis_number(printed: str) -> int | None:
    """ "VIII" -> 8, "9" -> 9; None for anything else."""
    if printed.isdigit():
        return int(printed)
    if not printed or not _ROMAN.fullmatch(printed):
        return None
    total = 0
    for i, char in enumerate(printed):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[printed[i + 1]] if i + 1 < len(printed) else 0
        total += -value if value < following else value
    return total


def _name_follows(folded_window: str, name: str) -> bool:
    """Does `folded_window` (text after a number) start with `name`, as a whole word run?"""
    window = norm_name(folded_window).lstrip(_NAME_SKIP)
    if not window.startswith(name):
        return False
    rest = window[len(name) : len(name) + 1]
    return not rest or not rest.isalnum()


@dataclass(frozen=True, slots=True)
class Numbered:
    printed: str
    start: int
    end: int


def _programme_priority(text: str, folded: str, start: int, end: int) -> bool:
    """Whether an Arabic-numbered "Priorytet N" at start..end is a named programme's priority."""
    if _PROGRAMME_AFTER.match(folded, end):
        return True
    return _PROGRAMME_BEFORE.search(text[max(0, start - 40) : start]) is not None


def find_axes(text: str, folded: str) -> list[Numbered]:
    out: list[Numbered] = []
    for match in matches_from(_AXIS, folded, folded, _AXIS_STARTS, where=_AXIS_OS):  # only where one can begin
        printed = text[match.start(1) : match.end(1)]
        arabic = printed[0].isdigit()
        if arabic and match.group(0).startswith("prior"):
            if not _programme_priority(text, folded, match.start(), match.end()):
                continue  # "Priorytet 1" of a strategy; PO KL numbered priorities in Roman
        elif arabic and not printed.isdigit():
            continue  # a lettered number only as a programme's priority
        if not arabic and (printed != printed.upper() or axis_number(printed) is None):
            continue  # "osi priorytetowej i działania": a lower-case "i" is the conjunction
        out.append(Numbered(printed, match.start(1), match.end(1)))
    if "priorytet" in folded:
        # (tried only before each "priorytet": its number, white space, "os"/"osi"/"osia", white space)
        for match in matches_at(_AXIS_BEFORE, folded, windows_before(folded, "priorytet", 4, 6)):
            printed = text[match.start(1) : match.end(1)]
            if not printed.isdigit() and (printed != printed.upper() or axis_number(printed) is None):
                continue
            if any(a.start == match.start(1) for a in out):
                continue
            out.append(Numbered(printed, match.start(1), match.end(1)))
        out.sort(key=lambda a: a.start)
    return out


# A measure the text leaves out: "Priorytetu 3 (bez działania 3.4 – Mikroprzedsiębiorstwa)".
_EXCLUDED_BEFORE = re.compile(r"\b(?:bez|z\s+wyjatkiem|oprocz|poza)\s+$")


def find_measures(folded: str, text: str | None = None) -> list[Numbered]:
    """Measures as printed; a Roman axis part ("VI.1.1") only in capitals in `text` (the unfolded input)."""
    found: list[Numbered] = []
    for m in matches_from(_MEASURE, folded, folded, _MEASURE_STARTS):  # only where one can begin
        group = 1 if m.group(1) else 2
        start, end = m.start(group), m.end(group)
        printed = (text if text is not None else folded)[start:end]
        if not printed[0].isdigit():
            roman = printed.split(".")[0]
            if roman != roman.upper() or axis_number(roman) is None:
                continue
        if _EXCLUDED_BEFORE.search(folded, max(0, m.start() - 16), m.start()):
            continue
        found.append(Numbered(printed, start, end))
    return found


def measure_axis(printed: str) -> int | None:
    """The axis number a measure belongs to: "9.2.1" -> 9, "VI.1.1" -> 6; None for PROW's "413"."""
    head, dot, _ = printed.partition(".")
    return axis_number(head) if dot else None


def pick_measure(found: list[Numbered], warnings: list[str]) -> Numbered | None:
    """The sub-measure when both a measure and its sub-measure are named, else the first one."""
    if not found:
        return None
    deepest = found[0]
    for mention in found[1:]:
        if mention.printed.startswith(deepest.printed + "."):
            deepest = mention
    others = {
        m.printed for m in found if m.printed != deepest.printed and not deepest.printed.startswith(m.printed + ".")
    }
    if others:
        warnings.append(
            f"Several measures named ({', '.join([deepest.printed, *sorted(others)])}); kept {deepest.printed}."
        )
    return deepest


def pick_axis(found: list[Numbered], warnings: list[str]) -> Numbered | None:
    if not found:
        return None
    numbers = {axis_number(a.printed) for a in found}
    if len(numbers) > 1:
        printed = ", ".join(dict.fromkeys(a.printed for a in found))
        warnings.append(f"Several priority axes named ({printed}); kept {found[0].printed}.")
    return found[0]


def programmes_from_names(
    folded: str, axes: list[Numbered], measures_found: list[Numbered]
) -> tuple[set[str], set[str]]:
    """Programmes whose axis name / measure name follows a printed axis / measure number."""
    axis_index, measure_index = _measure_index()
    by_axis: set[str] = set()
    by_measure: set[str] = set()
    for axis in axes:
        window = folded[axis.end : axis.end + 240]
        for name, programme, _ in axis_index.get(axis_number(axis.printed) or -1, []):
            if _name_follows(window, name):
                by_axis.add(programme)
    for measure in measures_found:
        window = folded[measure.end : measure.end + 240]
        for name, row in measure_index.get(measure.printed, []):
            if _name_follows(window, name):
                by_measure.add(row.programme)
    return by_axis, by_measure


@cache
def _measure_index() -> tuple[dict[int, list[tuple[str, str, Measure]]], dict[str, list[tuple[str, Measure]]]]:
    """Axis rows by axis number (with the folded axis name) and measure rows by measure number."""
    axes: dict[int, list[tuple[str, str, Measure]]] = {}
    by_measure: dict[str, list[tuple[str, Measure]]] = {}
    for row in measures():
        number = axis_number(row.priority_axis)
        if number is not None and row.axis_name and not row.measure:
            axes.setdefault(number, []).append((norm_name(row.axis_name), row.programme, row))
        if row.measure and row.measure_name:
            by_measure.setdefault(row.measure, []).append((norm_name(row.measure_name), row))
    return axes, by_measure


# A call's number carries the programme's code and the measure: "konkurs nr RPSL.09.02.01-IZ.01-24-123/17"
# (9.2.1), "nabór nr POWR.01.02.01-IP.06-24-001/18" (1.2.1), "Konkurs zamknięty nr 1/POKL/7.2.1/IN/2011" (7.2.1).
# A project's or contract's number ("Numer umowy: RPPM.06.02.02-22-0010/21") is left undecoded, as the
# real-text labels leave it.
_CODED = re.compile(
    # (each code's first letter, then its look-behind: the regex engine skips to an R, P or F at C speed)
    r"(?P<code>R(?<![A-Za-z]R)P[A-Z]{2}|P(?<![A-Za-z]P)O(?:WR|IS|IR|PC|PW|KL)|F(?<![A-Za-z]F)E[A-Z]{2,4})"
    r"(?:[./](?P<a>\d{2})\.(?P<b>\d{2})(?:\.(?P<c>\d{2}))?(?![\d.])|/(?P<d>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)/)"
)
#: The regional programmes' codes and their voivodeships ("RPSL" -> śląskie): other "RP…" words are no codes.
CODE_VOIVODESHIPS = {
    "RPDS": "dolnośląskie", "RPKP": "kujawsko-pomorskie", "RPLU": "lubelskie", "RPLB": "lubuskie",
    "RPLD": "łódzkie", "RPMP": "małopolskie", "RPMA": "mazowieckie", "RPOP": "opolskie", "RPPK": "podkarpackie",
    "RPPD": "podlaskie", "RPPM": "pomorskie", "RPSL": "śląskie", "RPSW": "świętokrzyskie",
    "RPWM": "warmińsko-mazurskie", "RPWP": "wielkopolskie", "RPZP": "zachodniopomorskie",
}  # fmt: skip


_CALL_NUMBER_BEFORE = re.compile(r"(?i:konkurs\w*|nab[oó]r\w*)[^.\n]{0,30}?(?i:nr|numer)\.?\s*(?:\d{1,3}/)?\Z")


@dataclass(frozen=True, slots=True)
class Coded:
    code: str  # "RPSL", "POWR", …
    measure: str  # "9.2.1"
    start: int


def coded_measures(text: str) -> list[Coded]:
    """Measures read from call numbers, with the programme code they carry."""
    found: list[Coded] = []
    if not any(prefix in text for prefix in ("RP", "PO", "FE")):
        return found
    for m in _CODED.finditer(text):
        if not _CALL_NUMBER_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue
        code = m.group("code")
        if code.startswith("RP") and code not in CODE_VOIVODESHIPS:
            continue
        if m.group("d"):
            measure = m.group("d")
        else:
            parts = [m.group("a"), m.group("b"), *([m.group("c")] if m.group("c") and m.group("c") != "00" else [])]
            if "00" in parts[:2]:
                continue
            measure = ".".join(str(int(p)) for p in parts)
        found.append(Coded(code, measure, m.start()))
    return found
