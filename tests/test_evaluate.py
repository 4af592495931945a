"""The evaluation scorer: hand-computed numbers on a three-page fixture set, and `scrape evaluate`.

The fixture (tests/evaluate_fixture/) is sorted by name: festyn (news, iso-8859-2, a date, nothing
else), partnerstwo (windows-1250, no date, an implementer and two partners, the first one lead),
wodociag (utf-8, a date, a period, two amounts, EU funding, a beneficiary).  Scores are computed on
made-up predictions, so they do not move when the generic extractor improves.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from scraper.cli import app
from scraper.evaluate import (
    FIELDS,
    EvaluationError,
    Label,
    Prediction,
    Report,
    Sample,
    check_text,
    load_set,
    page_text,
    parse_label,
    predict,
    score,
)
from scraper.evaluation_scoring import comparable_name

FIXTURE = Path(__file__).resolve().parent / "evaluate_fixture"
runner = CliRunner()


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    found, problems = load_set(FIXTURE)
    assert problems == []
    return found


def perfect(label: Label) -> Prediction:
    return Prediction(
        title=label.title,
        published=label.published,
        period=label.period,
        amounts=label.amounts,
        funding=label.funding,
        beneficiary=label.beneficiary,
        implementer=label.implementer,
        partners=label.partners,
        kind=label.kind,
        text=f"{label.text_first}\n\nŚrodek artykułu.\n\n{label.text_last}",
    )


def scored(samples: list[Sample], changes: dict[str, dict[str, Any]]) -> Report:
    """Perfect predictions, except the fields `changes` sets on the named pages."""
    predictions = [replace(perfect(s.label), **changes.get(s.name, {})) for s in samples]
    return score(samples, predictions, extractor="test")


def numbers(report: Report, name: str) -> tuple[float | None, float | None, float | None, float | None]:
    row = report.score_of(name)
    return row.precision, row.recall, row.f1, row.accuracy


def test_the_fixture_loads_with_its_labels(samples: list[Sample]) -> None:
    assert [s.name for s in samples] == ["festyn", "partnerstwo", "wodociag"]
    water = samples[2].label
    assert water.amounts == {("total_cost", Decimal("1250000.00")), ("eu_share", Decimal("850000.00"))}
    assert water.period == (date(2024, 6, 1), date(2024 + 1, 9, 30))
    assert samples[1].label.partners == (("Stowarzyszenie Razem dla Dębinki", True), ("Fundacja Dobry Start", False))


def test_a_perfect_extraction_scores_one_everywhere(samples: list[Sample]) -> None:
    report = scored(samples, {})
    for row in report.fields:
        if row.n == 0:  # participants: the fixture's labels predate it, so no page is scored on it
            continue
        assert row.accuracy == 1.0, row.field
        assert row.precision in (1.0, None) and row.recall in (1.0, None) and row.f1 in (1.0, None), row.field
    assert [row.field for row in report.fields] == list(FIELDS)
    assert all(not page.misses for page in report.pages)
    # funder is null on every page: null-null is correct but outside P/R.
    assert numbers(report, "funding.funder") == (None, None, None, 1.0)


WRONG = date(2020, 1, 1)

CASES: list[tuple[str, dict[str, dict[str, Any]], str, tuple[float | None, ...]]] = [
    # (what, changes per page, field, (P, R, F1, accuracy)) - worked out by hand from the fixture.
    ("one wrong date of two", {"wodociag": {"published": WRONG}}, "published", (0.5, 0.5, 0.5, 2 / 3)),
    (
        "every stated date wrong",
        {"wodociag": {"published": WRONG}, "festyn": {"published": WRONG}},
        "published",
        (0.0, 0.0, 0.0, 1 / 3),  # partnerstwo: null-null, right but outside P/R
    ),
    ("a date where the page shows none", {"partnerstwo": {"published": WRONG}}, "published", (2 / 3, 1.0, 0.8, 2 / 3)),
    (
        "no dates at all",
        {"wodociag": {"published": None}, "festyn": {"published": None}},
        "published",
        (None, 0.0, 0.0, 1 / 3),
    ),
    (
        "a missing amount",
        {"wodociag": {"amounts": frozenset({("total_cost", Decimal("1250000.00"))})}},
        "amounts",
        (1.0, 0.5, 2 / 3, 2 / 3),
    ),
    (
        "an extra amount",
        {"festyn": {"amounts": frozenset({("other", Decimal("300000"))})}},
        "amounts",
        (2 / 3, 1.0, 0.8, 2 / 3),
    ),
    (
        "right value, wrong kind",
        {"wodociag": {"amounts": frozenset({("total_cost", Decimal("1250000.00")), ("grant", Decimal("850000.00"))})}},
        "amounts",
        (0.5, 0.5, 0.5, 2 / 3),
    ),
    (
        "right value, wrong kind: values only",
        {"wodociag": {"amounts": frozenset({("total_cost", Decimal("1250000.00")), ("grant", Decimal("850000.00"))})}},
        "amounts.value",
        (1.0, 1.0, 1.0, 1.0),
    ),
    (
        "amounts compare as numbers, not strings",
        {"wodociag": {"amounts": frozenset({("total_cost", Decimal("1250000")), ("eu_share", Decimal("850000.0"))})}},
        "amounts",
        (1.0, 1.0, 1.0, 1.0),
    ),
    ("a period end wrong", {"wodociag": {"period": (date(2024, 6, 1), WRONG)}}, "period.start", (1.0, 1.0, 1.0, 1.0)),
    ("a period end wrong", {"wodociag": {"period": (date(2024, 6, 1), WRONG)}}, "period.end", (0.0, 0.0, 0.0, 2 / 3)),
    ("a period end wrong", {"wodociag": {"period": (date(2024, 6, 1), WRONG)}}, "period", (0.0, 0.0, 0.0, 2 / 3)),
    (
        "an axis in Arabic numerals",
        {"wodociag": {"funding": (("fund", "EFRR"), ("programme", "RPO WO 2014-2020"), ("priority_axis", "5"))}},
        "funding.priority_axis",
        (0.0, 0.0, 0.0, 2 / 3),
    ),
    (
        "names fold case and whitespace",
        {
            "wodociag": {"beneficiary": "GMINA  Dębinka"},
            "partnerstwo": {"implementer": "miejski ośrodek pomocy\nspołecznej w Dębince"},
        },
        "beneficiary",
        (1.0, 1.0, 1.0, 1.0),
    ),
    ("an implementer missed", {"partnerstwo": {"implementer": None}}, "implementer", (None, 0.0, 0.0, 2 / 3)),
    (
        "a partner missed",
        {"partnerstwo": {"partners": (("Stowarzyszenie Razem dla Dębinki", True),)}},
        "partners",
        (1.0, 0.5, 2 / 3, 2 / 3),
    ),
    (
        "lead flag on the wrong partner",
        {"partnerstwo": {"partners": (("Stowarzyszenie Razem dla Dębinki", False), ("Fundacja Dobry Start", True))}},
        "partners",
        (1.0, 1.0, 1.0, 1.0),
    ),
    (
        "lead flag on the wrong partner",
        {"partnerstwo": {"partners": (("Stowarzyszenie Razem dla Dębinki", False), ("Fundacja Dobry Start", True))}},
        "partners.lead",
        (0.0, 0.0, 0.0, 2 / 3),
    ),
    ("a wrong kind", {"festyn": {"kind": "project"}}, "kind", (2 / 3, 2 / 3, 2 / 3, 2 / 3)),
    ("title spacing is repaired", {"wodociag": {"title": " Budowa  wodociągu\nw Lipowej Woli "}}, "title", (1.0,) * 4),
    ("a cut title", {"wodociag": {"title": "Budowa wodociągu"}}, "title", (2 / 3, 2 / 3, 2 / 3, 2 / 3)),
]


@pytest.mark.parametrize(("what", "changes", "name", "expected"), CASES, ids=[f"{c[2]}: {c[0]}" for c in CASES])
def test_hand_computed_scores(
    samples: list[Sample],
    what: str,
    changes: dict[str, dict[str, Any]],
    name: str,
    expected: tuple[float | None, ...],
) -> None:
    got = numbers(scored(samples, changes), name)
    assert got == pytest.approx(expected), what


NAMES = [
    # (label, extracted, same name when scored)
    ("Kaszubskie Towarzystwo Sportowo – Kulturalne", "Kaszubskie Towarzystwo Sportowo-Kulturalne", True),
    ("Zespół Szkół w Busku - Zdroju", "zespół szkół w busku-zdroju", True),
    ("Gmina Kędzierzyn—Koźle", "Gmina Kędzierzyn ‐ Koźle", True),  # em dash, Unicode hyphen
    ("EPP RETAIL – Galeria Echo", "EPP RETAIL - Galeria Echo", True),
    ("Towarzystwo Sportowo Kulturalne", "Towarzystwo Sportowo-Kulturalne", False),  # a dash is not a space
    ("Gmina Kędzierzyn-Koźle", "Gmina Kędzierzyn", False),
]


@pytest.mark.parametrize(("label", "got", "same"), NAMES, ids=[n[0] for n in NAMES])
def test_names_compare_without_case_or_dash_spacing(label: str, got: str, same: bool) -> None:
    assert (comparable_name(label) == comparable_name(got)) is same


_WORD = st.text(alphabet="abcdeęłóśżABCŁŚŻ", min_size=1, max_size=8)


@given(_WORD, _WORD, st.sampled_from("-‐‑‒–—―−"), st.sampled_from(["", " ", "  ", "\u00a0"]), st.booleans())
def test_any_dash_with_any_spacing_is_one_hyphen(first: str, second: str, dash: str, space: str, left: bool) -> None:
    spaced = f"{first}{space if left else ''}{dash}{space}{second}"
    assert comparable_name(spaced) == comparable_name(f"{first}-{second}")


def test_title_similarity_is_a_mean_ratio(samples: list[Sample]) -> None:
    report = scored(samples, {"wodociag": {"title": "Budowa wodociągu"}, "festyn": {"title": None}})
    # wodociag: difflib ratio 2*16/(16+31); festyn: 0; partnerstwo: 1.
    assert report.score_of("title.similarity").accuracy == pytest.approx((32 / 47 + 0 + 1) / 3)


def test_misses_name_the_field_the_label_and_the_output(samples: list[Sample]) -> None:
    report = scored(
        samples,
        {
            "wodociag": {"published": WRONG, "amounts": frozenset({("total_cost", Decimal("1250000.00"))})},
            "partnerstwo": {"implementer": "MOPS Dębinka"},
        },
    )
    by_page = {page.name: [(m.field, m.expected, m.got) for m in page.misses] for page in report.pages}
    assert by_page["festyn"] == []
    assert by_page["wodociag"] == [
        ("published", "2024-03-14", "2020-01-01"),
        ("amounts", "eu_share 850000.00", ""),
        ("amounts.value", "850000.00", ""),
    ]
    assert by_page["partnerstwo"] == [("implementer", "Miejski Ośrodek Pomocy Społecznej w Dębince", "MOPS Dębinka")]
    lines = report.miss_lines()
    assert lines[0] == "partnerstwo https://mops-debinka.example/projekty/aktywni-razem.html"
    assert '  published: expected "2024-03-14", got "2020-01-01"' in lines


# --- main text ---------------------------------------------------------------------------------------------

FIRST = "Gmina Dębinka rozpoczęła budowę sieci wodociągowej w miejscowości Lipowa Wola."
LAST = "Inwestycja obejmie 4,2 km sieci i 56 przyłączy do budynków mieszkalnych."
MIDDLE = "Beneficjentem projektu jest Gmina Dębinka."
MENU = "Strona główna Aktualności Projekty unijne Kontakt"
RELATED = "Zobacz także Nowe chodniki w Dębince 01.02.2024"
FOOTER = "Nr konta: 12 3456 7890 0000 0000 1234 5678"

TEXTS = [
    # (what, text, (starts, contains first, ends, contains last, clean))
    ("the main text exactly", f"{FIRST}\n\n{MIDDLE}\n\n{LAST}", (True, True, True, True, True)),
    ("the headline on top is allowed", f"Budowa wodociągu w Lipowej Woli\n\n{FIRST}\n\n{LAST}", (True,) * 5),
    ("the menu before it", f"{MENU}\n{FIRST}\n\n{LAST}", (False, True, True, True, False)),
    ("the related news after it", f"{FIRST}\n\n{LAST}\n\n{RELATED}", (True, True, False, True, False)),
    ("the first paragraph cut, nothing else", f"{MIDDLE}\n\n{LAST}", (False, False, True, True, True)),
    ("the last paragraph cut, the footer in", f"{FIRST}\n\n{MIDDLE}\n\n{FOOTER}", (True, True, False, False, False)),
    ("both ends cut, menu on top", f"{MENU} {MIDDLE}", (False, False, False, False, False)),
    ("no text at all", "", (False, False, False, False, False)),
]


@pytest.mark.parametrize(("what", "text", "expected"), TEXTS, ids=[t[0] for t in TEXTS])
def test_main_text_checks(samples: list[Sample], what: str, text: str, expected: tuple[bool, ...]) -> None:
    water = samples[2]
    checks = check_text(text, FIRST, LAST, titles=(water.label.title,), page=page_text(water.body))
    assert (checks.starts, checks.has_first, checks.ends, checks.has_last, checks.clean) == expected, what
    assert checks.anchored


def test_a_first_sentence_that_starts_like_the_title_is_not_cut(samples: list[Sample]) -> None:
    water = samples[2]
    checks = check_text(f"{FIRST}\n\n{LAST}", FIRST, LAST, titles=("Gmina Dębinka",), page=page_text(water.body))
    assert checks.starts and checks.clean


def test_text_checks_are_shares_of_pages(samples: list[Sample]) -> None:
    report = scored(samples, {"wodociag": {"text": f"{MENU}\n{FIRST}\n\n{LAST}"}, "festyn": {"text": None}})
    assert report.score_of("text_first.starts").accuracy == pytest.approx(1 / 3)
    assert report.score_of("text_first.contains").accuracy == pytest.approx(2 / 3)
    assert report.score_of("text.clean").accuracy == pytest.approx(1 / 3)
    assert report.score_of("text.clean").precision is None
    misses = {m.field: m.got for page in report.pages if page.name == "wodociag" for m in page.misses}
    assert misses["text.clean"] == f"before: {MENU}"


def test_a_label_sentence_missing_from_its_page_is_reported(samples: list[Sample]) -> None:
    water = samples[2]
    broken = replace(water, label=replace(water.label, text_first="Tego zdania nie ma na stronie."))
    report = score([broken], [perfect(water.label)], extractor="test")
    assert report.problems == ["wodociag: the label's text_first or text_last is not on the page"]


# --- the real extractor, loading, the command ----------------------------------------------------------------


def test_pages_go_to_the_extractor_as_bytes_in_their_declared_charset(samples: list[Sample]) -> None:
    for sample in samples:
        got = predict(sample)
        assert got.error is None and got.text, sample.name
        assert "\ufffd" not in got.text
    assert "Ośrodek Pomocy Społecznej" in (predict(samples[1]).text or "")  # windows-1250, declared in <meta>
    assert "niedzielę" in (predict(samples[0]).text or "")  # iso-8859-2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[]", "a label is a JSON object"),
        ('{"title": "x"}', "url: expected a non-empty string"),
        ('{"url": "https://a.example/", "published": "12.05.2023"}', "published: expected an ISO date"),
        ('{"url": "https://a.example/", "amounts": [{"kind": "total", "value": "1"}]}', "amounts[0].kind"),
        ('{"url": "https://a.example/", "amounts": [{"kind": "grant", "value": 1.5}]}', "amounts[0].value"),
        ('{"url": "https://a.example/", "partners": [{"name": "X", "lead": "yes"}]}', "partners[0].lead"),
        ('{"url": "https://a.example/", "kind": "article"}', "kind: expected one of"),
        ("{", "not a readable JSON file"),
    ],
)
def test_a_malformed_label_names_its_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "page.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"page\.json") as caught:
        parse_label(path)
    assert message in str(caught.value)


def test_unpaired_files_are_listed_not_scored(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "labels").mkdir()
    (tmp_path / "pages" / "a.html").write_bytes((FIXTURE / "pages" / "festyn.html").read_bytes())
    (tmp_path / "labels" / "a.json").write_bytes((FIXTURE / "labels" / "festyn.json").read_bytes())
    (tmp_path / "pages" / "draft.html").write_text("<p>w toku</p>", encoding="utf-8")
    (tmp_path / "labels" / "orphan.json").write_text("{}", encoding="utf-8")
    found, problems = load_set(tmp_path)
    assert [s.name for s in found] == ["a"]
    assert [p.rsplit("/", 1)[-1] for p in problems] == ["draft.html: no label", "orphan.json: no page"]


def test_cli_prints_the_table(samples: list[Sample]) -> None:
    result = runner.invoke(app, ["evaluate", "--set", str(FIXTURE), "--misses"])
    assert result.exit_code == 0, result.output
    for name in ("field", "accuracy", "published", "amounts.value", "partners.lead", "text.clean"):
        assert name in result.output
    assert "3 pages, 0 without a record" in result.output


def test_cli_writes_the_report_as_json(tmp_path: Path) -> None:
    target = tmp_path / "out" / "evaluation.json"
    result = runner.invoke(app, ["evaluate", "--set", str(FIXTURE), "--json", str(target)])
    assert result.exit_code == 0, result.output
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["pages"] == 3 and report["extractor"] == "generic"
    assert [row["field"] for row in report["fields"]] == list(FIELDS)
    assert {page["name"] for page in report["page_results"]} == {"festyn", "partnerstwo", "wodociag"}
    title = report["fields"][0]
    assert set(title) >= {"precision", "recall", "f1", "accuracy", "n"} and title["n"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--set", "no-such-set"], "needs pages/ and labels/"), (["--extractor", "nope"], "no extractor named 'nope'")],
)
def test_cli_bad_usage_is_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["evaluate", "--set", str(FIXTURE), *args])
    assert result.exit_code == 2
    assert message in result.output
