"""A run killed with SIGKILL at any moment leaves data a rerun can trust, and the rerun ends where an
uninterrupted run would.

Each case starts `scrape run` as a child process against the fake gmina site on 127.0.0.1 and has
it kill itself (`SCRAPE_CRASH_AT`, see `scraper.crashpoints`) at one moment: a fetch, an
extraction, a raw-store write (half a body, a body without its entry line, a line half appended),
a state transaction (before and after its commit), an article's record ids noted for the next
commit, a site file, `records.jsonl`, the report.
"first" cases kill a first run (empty data directory); "update" cases kill a run over a complete
earlier dataset after the site changed (one article rewritten, one removed).  After the kill the
dataset is valid JSONL and either the old one or the new one whole, the state database passes
`PRAGMA integrity_check` and every page it knows has its body stored whole; then a rerun in the
same directory gives the records of an uninterrupted run, and leaves no temporary file behind.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakesite import FakeSite, start_fake_site, write_registry
from killrun import (
    SITE,
    check_consistent,
    check_dataset,
    check_state,
    check_store,
    jsonl_lines,
    normalised,
    run_args,
    run_killed,
)
from scraper.cli import app
from scraper.state import STATE_FILE
from scraper.store_log import ENTRIES

runner = CliRunner()

# (phase, moment): the n-th time the named point is reached in that run.  A first run of the fake
# site fetches 8 pages (2 listings, 6 articles) and commits 12 state transactions: the run's start, one a
# page (its `seen`, carrying the record ids noted since the last commit), the ids noted after the last page,
# the site's count, the run's end.
FAST = [
    ("first", "fetch:1"),  # the first listing answered, nothing of it saved
    ("first", "extract:4"),  # an article saved and known to the state, its records not yet
    ("first", "raw.body.torn:3"),  # half a body in a temporary file
    ("first", "raw.between:2"),  # a body saved, its line not appended
    ("first", "raw.entry.torn:4"),  # half a line appended to the site's entries file
    ("first", "state.commit:6"),  # inside a transaction (a page's seen() and the record ids it carries)
    ("first", "state.later:4"),  # an article's record ids noted, not committed: lost, the page is read again
    ("first", "dataset.site.torn:1"),  # half the site's JSONL
    ("first", "dataset.combined.torn:1"),  # half records.jsonl
    ("update", "raw.body.unrenamed:1"),  # a changed article's new body synced, not yet in place
    ("update", "raw.between:1"),  # the new body in place, the old line the last for its key (hash mismatch)
    ("update", "dataset.site.unrenamed:1"),  # the state knows the new body and the 404, the dataset not yet
    ("update", "dataset.combined.torn:1"),  # half the new records.jsonl, the old one in place
]
MORE = [
    ("first", "fetch:6"),
    ("first", "extract:1"),  # the first listing, before its links are read
    ("first", "raw.body.unrenamed:5"),
    ("first", "raw.entry.unsynced:7"),  # a whole line written, not yet fsynced (a kill keeps it)
    ("first", "state.committed:9"),
    ("first", "state.commit:10"),  # the last pages' record ids, committed before the site file is written
    ("first", "state.later:6"),  # the last article's record ids noted
    ("first", "run.rebuild:1"),  # site file written, records.jsonl not yet
    ("first", "dataset.combined.unrenamed:1"),
    ("first", "run.report:1"),  # records.jsonl whole, the report and the run's end not saved
    ("update", "fetch:3"),
    ("update", "raw.entry.torn:1"),  # a changed page's new body in place, half its new line
    ("update", "state.commit:4"),
    ("update", "state.later:1"),  # the changed article's new body known to the state, its record ids not
    ("update", "run.report:1"),
]
CASES = FAST + MORE  # 29 runs: about 30 s on an idle 2-core machine, under 60 s loaded


@dataclass
class Phase:
    site: FakeSite
    sites: Path  # the registry
    start: Path | None  # the data directory a run of this phase starts from (None: empty)
    reference: list[str]  # records.jsonl of an uninterrupted run of this phase


def live(data: Path, sites: Path) -> None:
    result = runner.invoke(app, run_args(data, sites))
    assert result.exit_code == 0, result.output


def change(site: FakeSite) -> None:
    """The site after a complete first run: article 2 rewritten, article 5 gone (404)."""
    article = site.articles[2]
    article.body += "<p>Aktualizacja: umowa została aneksowana, wartość projektu bez zmian.</p>"
    article.last_modified = article.last_modified.replace(day=2)
    site.remove_article(5)


@pytest.fixture(scope="module")
def phases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Phase]]:
    """One fake site per phase (records hold its port, so references are made on the same site)."""
    root = tmp_path_factory.mktemp("kill")
    first, update = start_fake_site(crawl_delay=0.01), start_fake_site(crawl_delay=0.01)
    try:
        first_sites = write_registry(root / "first.toml", first)
        update_sites = write_registry(root / "update.toml", update)
        live(root / "first-ref", first_sites)
        live(root / "update-start", update_sites)  # a complete run of the site before it changed
        change(update)
        shutil.copytree(root / "update-start", root / "update-ref")
        live(root / "update-ref", update_sites)
        yield {
            "first": Phase(first, first_sites, None, jsonl_lines(root / "first-ref" / "clean" / "records.jsonl")),
            "update": Phase(
                update,
                update_sites,
                root / "update-start",
                jsonl_lines(root / "update-ref" / "clean" / "records.jsonl"),
            ),
        }
    finally:
        first.stop()
        update.stop()


def test_the_phases_differ(phases: dict[str, Phase]) -> None:
    """The update phase has real work: its reference is not the dataset it starts from."""
    start = phases["update"].start
    assert start is not None
    before = jsonl_lines(start / "clean" / "records.jsonl")
    assert len(before) == 6 and len(phases["update"].reference) == 6  # the removed page keeps its record
    assert normalised(before) != normalised(phases["update"].reference)


@pytest.mark.parametrize(("phase", "moment"), CASES, ids=[f"{p}-{m}" for p, m in CASES])
def test_a_run_killed_at_any_moment_is_recoverable(
    phases: dict[str, Phase], tmp_path: Path, phase: str, moment: str
) -> None:
    chosen = phases[phase]
    data = tmp_path / "data"
    before: list[str] | None = None
    if chosen.start is not None:
        shutil.copytree(chosen.start, data)
        before = jsonl_lines(data / "clean" / "records.jsonl")

    run_killed(data, chosen.sites, moment)

    # What the kill left: the old dataset or the new one, whole; never a mix, never a torn file.
    after = check_dataset(data)
    if after is not None and after != before:
        assert normalised(after) == normalised(chosen.reference), "records.jsonl is neither the old nor the new one"
    assert before is None or after is not None, "the old records.jsonl is gone"
    # Only an update replaces a body that has an entry: until its new line is whole, the entry is broken.
    window = phase == "update" and moment.startswith(("raw.between", "raw.entry.torn"))
    torn = moment.startswith("raw.entry.torn")
    if torn:  # the kill tore a line: a reader reports and skips it, the rerun cuts it off
        assert not (data / "raw" / SITE / ENTRIES).read_bytes().endswith(b"\n")
    check_store(data, may_be_broken=window, torn=torn)
    check_state(data, may_be_broken=window)

    # A rerun in the same directory ends where an uninterrupted run ends.
    live(data, chosen.sites)
    assert normalised(jsonl_lines(data / "clean" / "records.jsonl")) == normalised(chosen.reference)
    check_consistent(data)


def test_record_ids_not_yet_committed_are_lost_with_a_kill_and_made_again(
    phases: dict[str, Phase], tmp_path: Path
) -> None:
    """Record ids wait for the next commit (`State.set_records_later`): a kill before it leaves the page known
    (its body stored and hashed) without them, and the rerun reads the page again instead of trusting them."""
    data, sites = tmp_path / "data", phases["first"].sites
    run_killed(data, sites, "state.later:6")  # the last article's ids noted; no page is fetched after it
    killed = _ids(data)
    live(data, sites)
    done = _ids(data)
    articles = {url for url, ids in done.items() if ids != "[]"}
    assert len(articles) == 6
    assert [url for url in articles if killed.get(url) == "[]"], "every article's ids were committed before the kill"
    assert normalised(jsonl_lines(data / "clean" / "records.jsonl")) == normalised(phases["first"].reference)


def _ids(data: Path) -> dict[str, str]:
    """{url: record ids as committed} of the pages the state knows with a body."""
    with sqlite3.connect(data / STATE_FILE) as db:
        rows = db.execute("SELECT url, record_ids FROM pages WHERE content_sha256 IS NOT NULL").fetchall()
    return dict(rows)
