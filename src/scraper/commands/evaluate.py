"""`scrape evaluate`: score an extractor on a hand-labelled set, pin its floors, or check every pinned set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from scraper.commands.common import err, fail, out
from scraper.writer import WriteError, check_file_target, write_text_atomic


def evaluate_command(
    set_dir: Annotated[
        Path,
        typer.Option("--set", metavar="DIR", help="Pages (pages/NAME.html + labels/NAME.json) or passages (ID.json)."),
    ] = Path("tests/evaluation"),
    extractor: Annotated[
        str, typer.Option("--extractor", metavar="NAME", help="Extractor to score (a page object's name).")
    ] = "generic",
    json_file: Annotated[
        Path | None, typer.Option("--json", metavar="FILE", help="Also write the report as JSON here.")
    ] = None,
    misses: Annotated[bool, typer.Option("--misses", help="Print every miss, page by page.")] = False,
    pin: Annotated[
        Path | None,
        typer.Option("--pin", metavar="FILE", help="Pin this set's scores as its floors in the baseline FILE."),
    ] = None,
    allow_lower: Annotated[
        bool, typer.Option("--allow-lower", help="With --pin: allow lowering a floor (say why in the commit).")
    ] = False,
    check: Annotated[
        Path | None,
        typer.Option(
            "--check", metavar="FILE", help="Score every set pinned in the baseline FILE; exit 1 on any drop."
        ),
    ] = None,
) -> None:
    """Score an extractor against a hand-labelled set (pages, or real-text passages): P, R, F1, accuracy per field.

    Exit 0 whatever the scores (it measures, it does not judge), except with --check: 1 when a
    pinned score dropped below its floor; 2 on a missing or malformed set.

    Example: scrape evaluate --set tests/realtext/dev --misses --json /tmp/evaluation.json
    """
    from scraper import evaluate as evaluation
    from scraper import evaluation_gate as gate

    if check is not None:
        try:
            baseline = gate.read_baseline(check)
            drops = []
            for name, pinned in sorted(baseline["sets"].items()):
                report = evaluation.evaluate(Path(name), extractor=pinned.get("extractor", extractor))
                drops += gate.check(report, Path(name), baseline)
                out.print(f"{name}: {len(report.pages)} scored, {report.all_right} with every field right")
        except evaluation.EvaluationError as error:
            fail(str(error))
        for line in drops:
            err.print(f"Error: {line}", highlight=False, markup=False)
        out.print(f"{len(baseline['sets'])} sets checked against {check}, {len(drops)} drop(s)", highlight=False)
        raise typer.Exit(1 if drops else 0)
    try:
        if json_file:
            check_file_target(json_file)
        report = evaluation.evaluate(set_dir, extractor=extractor)
    except (evaluation.EvaluationError, WriteError) as error:
        fail(str(error))
    out.print(report.table())
    pages, errors = len(report.pages), report.errors
    out.print(f"{pages} pages, {errors} without a record, {report.all_right} with every field right", highlight=False)
    for problem in report.problems:
        err.print(f"warning: {problem}", highlight=False, markup=False)
    if misses:
        for line in report.miss_lines():
            out.print(line, highlight=False, markup=False)
    if json_file:
        try:
            write_text_atomic(json_file, evaluation.report_json(report))
        except WriteError as error:
            fail(str(error))
        out.print(f"report -> {json_file}", highlight=False)
    if pin is not None:
        try:
            lowered = gate.pin(report, set_dir, pin, allow_lower=allow_lower)
        except (evaluation.EvaluationError, WriteError) as error:
            fail(str(error))
        for line in lowered:
            err.print(f"warning: floor lowered: {line}", highlight=False, markup=False)
        out.print(f"floors pinned -> {pin}", highlight=False)
