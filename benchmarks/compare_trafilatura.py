"""Our extractor against trafilatura (title, date, main text) and htmldate (date) on the evaluation set.

    .venv/bin/pip install -e '.[compare]'
    .venv/bin/python benchmarks/compare_trafilatura.py [--set DIR] [--extractor NAME] [--misses] [--balanced]

One run, the same pages, the same labels and the same scoring as `scrape evaluate`
(scraper/evaluate.py): title exact and similarity, published exact, and the main-text checks
text_first / text_last / clean.  Ours reads the raw bytes (the page declares its charset);
trafilatura and htmldate get the text `extract.decode.decode_html` makes of the same bytes, the
decoding our extractor uses, so no side wins or loses on charsets.

trafilatura runs with favor_precision=True: the record's `text` promises precision first (no menus,
widgets or related-news lists; README), which is what that mode aims at, and on the evaluation set
it is trafilatura's stronger mode (more pages clean, the same or better on every other row), so the
comparison does not flatter ours.  `--balanced` measures its default mode.  Both date finders
are told the same "today" as our extractor (the evaluation's fixed fetch day, max_date), so a
rerun next year gives the same numbers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from extract.decode import decode_html
from scraper.evaluate import (
    DEFAULT_SET,
    FETCHED_AT,
    TEXT_FIELDS,
    EvaluationError,
    FieldScore,
    Prediction,
    Report,
    Sample,
    check_extractor,
    fmt,
    load_set,
    predict,
    score,
)

MAX_DATE = FETCHED_AT.strftime("%Y-%m-%d")


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def trafilatura_prediction(sample: Sample, favor_precision: bool = True) -> Prediction:
    import trafilatura

    html = decode_html(sample.body).text
    try:
        document: Any = trafilatura.bare_extraction(
            html,
            url=sample.label.url,
            with_metadata=True,
            favor_precision=favor_precision,
            date_extraction_params={"original_date": True, "extensive_search": True, "max_date": MAX_DATE},
        )
    except Exception as error:  # a library failure on one page is that page's miss, not the run's end
        return Prediction(error=f"trafilatura: {type(error).__name__}: {error}")
    if document is None:
        return Prediction(error="trafilatura: no main text")
    return Prediction(title=document.title or None, published=_day(document.date), text=document.text or None)


def htmldate_prediction(sample: Sample) -> Prediction:
    import htmldate

    html = decode_html(sample.body).text
    try:
        found = htmldate.find_date(
            html, url=sample.label.url, original_date=True, outputformat="%Y-%m-%d", max_date=MAX_DATE
        )
    except Exception as error:  # as above: one page's miss
        return Prediction(error=f"htmldate: {type(error).__name__}: {error}")
    return Prediction(published=_day(found))


def _cell(row: FieldScore | None) -> str:
    if row is None:
        return "–"
    if row.kind in ("check", "mean"):
        return fmt(row.accuracy)
    return f"{fmt(row.precision)} / {fmt(row.recall)} / {fmt(row.f1)}"


def _row(report: Report, name: str) -> FieldScore | None:
    try:
        return report.score_of(name)
    except KeyError:
        return None


def markdown(ours: Report, theirs: Report, dates: Report, pages: int, mode: str) -> str:
    lines = [
        f"Pages: {pages} ({ours.set_dir}); ours = `{ours.extractor}`, trafilatura {mode}.",
        "",
        "| field | ours P/R/F1 | trafilatura P/R/F1 | htmldate |",
        "|---|---|---|---|",
    ]
    for name in TEXT_FIELDS:
        lines.append(
            f"| {name} | {_cell(_row(ours, name))} | {_cell(_row(theirs, name))} | {_cell(_row(dates, name))} |"
        )
    lines += [
        "",
        "P / R / F1 for title and published (exact match; null against null is outside P/R);",
        "title.similarity is the mean difflib ratio; the text_* rows are shares of pages passing.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", dest="set_dir", type=Path, default=DEFAULT_SET, help="evaluation set folder")
    parser.add_argument("--extractor", default="generic", help="our extractor to score (default: generic)")
    parser.add_argument("--misses", action="store_true", help="print every miss of both sides, page by page")
    parser.add_argument("--balanced", action="store_true", help="trafilatura's default mode, not favor_precision")
    args = parser.parse_args(argv)
    try:
        import htmldate  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura and htmldate are not installed: pip install -e '.[compare]'", file=sys.stderr)
        return 2
    try:
        check_extractor(args.extractor)
        samples, skipped = load_set(args.set_dir)
    except EvaluationError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    favor_precision = not args.balanced
    mode = "favor_precision=True" if favor_precision else "default (balanced)"
    sides: list[tuple[str, Callable[[Sample], Prediction], tuple[str, ...]]] = [
        ("ours", lambda s: predict(s, args.extractor), TEXT_FIELDS),
        ("trafilatura", lambda s: trafilatura_prediction(s, favor_precision), TEXT_FIELDS),
        ("htmldate", htmldate_prediction, ("published",)),
    ]
    ours, theirs, dates = (
        score(
            samples,
            [run(sample) for sample in samples],
            extractor=args.extractor if name == "ours" else name,
            set_dir=str(args.set_dir),
            fields=fields,
            problems=skipped,
        )
        for name, run, fields in sides
    )
    print(markdown(ours, theirs, dates, len(samples), mode))
    for problem in ours.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.misses:
        for title, report in (("ours", ours), ("trafilatura", theirs), ("htmldate", dates)):
            print(f"\n## Misses: {title}\n")
            print("\n".join(report.miss_lines()) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
