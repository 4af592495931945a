"""The pages the tests check live apart from the operator's runs: a live run in the repository writes
`data/`, `scrape validate` reads `tests/fixtures/`, so the README's test command still passes after it.

The run goes to the fake gmina site on 127.0.0.1 (tests/fakesite.py), from a temporary directory
laid out like the repository (its `tests/fixtures/` a copy of the shipped one), with the default data
directory (`./data`) and validate's defaults, exactly as an operator would type them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakesite import FakeSite, start_fake_site, write_registry
from fixture_pages import FIXTURES, fixture_pages
from scraper.cli import app
from scraper.store import RawStore

runner = CliRunner()


def fake_registry(path: Path, site: FakeSite) -> Path:
    return write_registry(path, site)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_live_run_in_the_repository_then_the_test_command_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES, repo / "tests" / "fixtures")
    before = snapshot(repo / "tests" / "fixtures")
    monkeypatch.delenv("SCRAPE_DATA", raising=False)  # the default data directory: ./data
    monkeypatch.chdir(repo)
    site = start_fake_site(crawl_delay=0.01)
    try:
        sites = fake_registry(tmp_path / "sites.toml", site)
        result = runner.invoke(
            app, ["run", "--live", "--allow-loopback", "--contact", "t@example.org", "--sites", str(sites)]
        )
        assert result.exit_code == 0, result.output
    finally:
        site.stop()
    saved = list(RawStore(repo / "data" / "raw").pages())
    assert saved and {page.site for page in saved} == {"gmina-testowa"}  # the run wrote its pages into ./data
    assert (repo / "data" / "clean" / "records.jsonl").is_file()
    assert snapshot(repo / "tests" / "fixtures") == before  # and touched no fixture

    result = runner.invoke(app, ["validate"])  # the README's test command, from the repository
    assert result.exit_code == 0, result.output
    assert f"\n{len(fixture_pages())} pages checked, 0 failed" in result.output
    assert "gmina-testowa" not in result.output  # the run's pages are not what validate checks

    # Adding a site, step 3: a run's pages copied into a fixtures folder become fixtures with `--update`.
    fixtures = tmp_path / "new-site"
    shutil.copytree(repo / "data" / "raw" / "gmina-testowa", fixtures / "gmina-testowa")
    code = runner.invoke(app, ["validate", "--fixtures", str(fixtures), "--sites", str(sites)])
    assert code.exit_code == 1 and "no expected file" in code.output
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures), "--sites", str(sites), "--update"])
    assert result.exit_code == 0, result.output
    assert len(list(fixtures.glob("gmina-testowa/*.expected.json"))) == len(saved)
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures), "--sites", str(sites)])
    assert result.exit_code == 0, result.output
    assert f"{len(saved)} pages checked, 0 failed" in result.output
