"""`scrape schema`: the record's JSON Schema, or the exports' data dictionary with --markdown."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from scraper.commands.common import fail
from scraper.writer import WriteError, check_file_target, write_text_atomic


def schema(
    out_file: Annotated[Path | None, typer.Option("--out", metavar="FILE", help="Write to this file.")] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="The exports' data dictionary (docs/data-dictionary.md) instead.")
    ] = False,
) -> None:
    """Print the JSON Schema of a record (or, with --markdown, the data dictionary of `scrape export`).

    Example: scrape schema > record.schema.json
    """
    from extract.model import Record
    from scraper.dictionary import markdown as dictionary

    text = json.dumps(Record.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"
    text = dictionary() if markdown else text
    if out_file:
        try:
            check_file_target(out_file)
            write_text_atomic(out_file, text)
        except WriteError as error:
            fail(str(error))
    else:
        sys.stdout.write(text)
