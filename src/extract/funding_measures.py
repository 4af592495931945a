"""Priority axes and measures as printed ("Osi priorytetowej II.", "Poddziałanie 9.2.1"), and the
programmes their printed names point to (a number alone never identifies a programme)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.funding_aliases import norm_name
from extract.funding_tables import Measure, measures

_ROMAN = re.compile(r"(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}

_NUMBER = r"(\d{1,2}|[ivxl]{1,6})"
_AXIS = re.compile(
    rf"\b(?:(?:os|osi|osia)\s+(?:priorytetow\w*\s+)?|priorytet(?:u|em|ie)?\s+)(?:nr\.?\s*)?{_NUMBER}(?![\w]|\.\d)"
)
_MEASURE = re.compile(
    r"(?=[pd])\b(?:pod)?dzialani(?:e|a|u|em|ach|om)?\s+(?:nr\.?\s*)?(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?!\.?\d)"
    r"(?!\s*(?:mln|mld|tys|zl|%))"
)
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


def find_axes(text: str, folded: str) -> list[Numbered]:
    out: list[Numbered] = []
    for match in _AXIS.finditer(folded):
        printed = text[match.start(1) : match.end(1)]
        if printed.isdigit() and match.group(0).startswith("prior"):
            continue  # "Priorytet 1" is a strategy's priority; PO KL numbered priorities in Roman
        if not printed.isdigit() and (printed != printed.upper() or axis_number(printed) is None):
            continue  # "osi priorytetowej i działania": a lower-case "i" is the conjunction
        out.append(Numbered(printed, match.start(1), match.end(1)))
    return out


def find_measures(folded: str) -> list[Numbered]:
    return [Numbered(m.group(1), m.start(1), m.end(1)) for m in _MEASURE.finditer(folded)]


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
