"""`scrape --help` stays fast (issue 17) because the command modules import their heavy modules lazily,
and the command modules never import scraper.cli (it imports them: a cycle). Both checked in a fresh
interpreter, where sys.modules shows what an import really pulled in."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest
import typer

import scraper.commands
from scraper.cli import app

MODULES = sorted(m.name for m in pkgutil.iter_modules(scraper.commands.__path__))
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
# What a command imports when it runs, never for its help: the network, the records, the extractor, the stores.
HEAVY = (
    "httpx",
    "extract.pipeline",
    "extract.model",
    "scraper.fetch",
    "scraper.registry",
    "scraper.discovering",
    "duckdb",
)


def modules_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("args", [["--help"], *([command, "--help"] for command in COMMANDS)])
def test_help_imports_nothing_heavy(args: list[str]) -> None:
    code = (
        "import contextlib, io\nfrom scraper.cli import app\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    try:\n        app({args!r})\n"
        "    except SystemExit as done:\n        assert done.code == 0, done.code"
    )
    assert "scraper.commands.run" in (loaded := modules_after(code))  # the commands were registered
    assert [name for name in HEAVY if name in loaded] == []


@pytest.mark.parametrize("name", MODULES)
def test_a_command_module_does_not_import_the_cli(name: str) -> None:
    loaded = modules_after(f"import scraper.commands.{name}")
    assert f"scraper.commands.{name}" in loaded
    assert "scraper.cli" not in loaded


# The field parsers and page objects: about half a second of CPU to import (their patterns compile).
EXTRACTOR = ("extract.pipeline", "extract.generic", "extract.article", "extract.fields", "extract.personal_data")


def test_a_live_run_imports_no_extractor_in_its_own_process() -> None:
    """Its pages are read in worker processes (`scraper.extract_pool`, whose fork server preloads the extractor):
    the modules a live run imports and its registry's check leave the extractor out of the run's own process."""
    code = (
        "from pathlib import Path\nimport scraper.commands.run, scraper.runs, scraper.coverage, scraper.walk\n"
        "import scraper.sources, scraper.extract_pool, scraper.fetch\nfrom scraper.registry import load_sites\n"
        "import scraper\nload_sites(Path(scraper.__file__).parent / 'sites.toml')"
    )
    loaded = modules_after(code)
    assert "scraper.walk" in loaded and "scraper.registry" in loaded
    assert [name for name in EXTRACTOR if name in loaded] == []


def test_the_workers_fork_server_preloads_the_extractor() -> None:
    loaded = modules_after("import extract.preload")
    assert [name for name in EXTRACTOR if name not in loaded] == []
