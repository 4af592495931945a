"""The field-level diff that `scrape validate` prints."""

from __future__ import annotations

from decimal import Decimal

import pytest

from scraper.golden import diff


@pytest.mark.parametrize(
    ("expected", "actual", "lines"),
    [
        ({"a": 1}, {"a": 1}, []),
        ({"title": "A"}, {"title": "B"}, ['title: expected "A", got "B"']),
        ({"x": {"y": None}}, {"x": {"y": "2020-01-01"}}, ['x.y: expected null, got "2020-01-01"']),
        (
            {"v": Decimal("355075.00")},
            {"v": Decimal("355075.0")},
            ["v: expected 355075.00, got 355075.0"],
        ),
        ({"v": 1}, {"v": True}, ["v: expected 1, got true"]),
        ({"l": [1, 2]}, {"l": [1]}, ["l[1]: expected 2, missing"]),
        ({"l": [1]}, {"l": [1, 3]}, ["l[1]: unexpected 3"]),
        ({"a": 1}, {}, ["a: expected 1, missing"]),
        ({}, {"b": 1}, ["b: unexpected 1"]),
    ],
)
def test_diff(expected: object, actual: object, lines: list[str]) -> None:
    assert diff(expected, actual) == lines
