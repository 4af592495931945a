"""A run's memory does not grow with its pages: site files written as each walk ends, records.jsonl streamed.

The dataset's bytes must not change for it: `dataset.rebuild` is compared with the whole-file
reading it replaced (`read_site` of every file, one dict), on the awkward cases that reading has.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Generator
from pathlib import Path

import pytest

from fixture_pages import FIXTURES
from scraper import dataset, offline_pool, writer
from scraper.registry import load_sites
from scraper.runs import run_sites


def _line(key: str, text: str) -> str:
    return json.dumps({"id": key, "text": text}, ensure_ascii=False)


def _whole_file_rebuild(clean: Path, redact: Callable[[str], str] | None = None) -> list[str]:
    """The reading `rebuild` replaced: every site file into one dict, later files winning."""
    lines: dict[str, str] = {}
    for path in sorted((clean / "sites").glob("*.jsonl")):
        for key, line in dataset.read_site(clean, path.stem).items():
            lines[key] = redact(line) if redact else line
    return [lines[key] for key in sorted(lines)]


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    sites = tmp_path / "clean" / "sites"
    sites.mkdir(parents=True)
    (sites / "a.jsonl").write_text(
        "\n".join([_line("k3", "trzy"), _line("k1", "jeden"), "not json", _line("k1", "jeden, later")]) + "\n",
        encoding="utf-8",
    )
    (sites / "b.jsonl").write_text(_line("k2", "dwa ąę") + "\n" + _line("k1", "jeden, from b"), encoding="utf-8")
    (sites / "c.jsonl").write_text(_line("k4", "line\u2028separator") + "\n\n", encoding="utf-8")
    return tmp_path / "clean"


def test_rebuild_gives_the_bytes_of_the_whole_file_reading(clean: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        count = dataset.rebuild(clean)
    written = (clean / dataset.COMBINED).read_text(encoding="utf-8")
    expected = _whole_file_rebuild(clean)
    assert written == "".join(f"{line}\n" for line in expected)
    assert count == len(expected)
    assert "record k1 appears in two site files; keeping the one from b.jsonl" in caplog.text
    assert "a.jsonl:3: not a record line; ignored" in caplog.text


def test_rebuild_redacts_every_line(clean: Path) -> None:
    def redact(line: str) -> str:
        return line.replace("jeden", "***")

    dataset.rebuild(clean, redact=redact)
    written = (clean / dataset.COMBINED).read_text(encoding="utf-8").splitlines()
    assert written == [line.replace("jeden", "***") for line in _whole_file_rebuild(clean)]


def test_rebuild_over_more_files_than_it_keeps_open(clean: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset, "_OPEN_FILES", 2)
    for number in range(7):
        dataset.write_site(clean, f"s{number}", {f"x{number}-{i}": _line(f"x{number}-{i}", "ż" * i) for i in range(9)})
    dataset.rebuild(clean)
    assert (clean / dataset.COMBINED).read_text(encoding="utf-8").splitlines() == _whole_file_rebuild(clean)


@pytest.mark.parametrize("count", [0, 1, 511, 512, 513, 1500])
def test_write_jsonl_streams_any_number_of_lines(tmp_path: Path, count: int) -> None:
    lines = (_line(f"k{i}", "ł" * (i % 7)) for i in range(count))
    path = tmp_path / "out.jsonl"
    assert writer.write_jsonl(path, lines) == count
    assert path.read_text(encoding="utf-8") == "".join(f"{_line(f'k{i}', 'ł' * (i % 7))}\n" for i in range(count))


def test_each_site_file_is_written_when_its_walk_ends(tmp_path: Path) -> None:
    """Offline, site by site: while a site is read, every site before it is on disk already."""
    shutil.copytree(FIXTURES, tmp_path / "raw")
    chosen = [site for site in load_sites() if (tmp_path / "raw" / site.id).is_dir()]
    assert len(chosen) > 1
    order = [site.id for site in chosen]
    clean = tmp_path / "data" / "clean"
    seen_written: dict[str, set[str]] = {}

    def on_page(site_id: str, url: str) -> None:
        written = {path.stem for path in (clean / "sites").glob("*.jsonl")}
        seen_written.setdefault(site_id, written)

    run_sites(chosen, tmp_path / "data", mode="offline", pages=tmp_path / "raw", on_page=on_page)
    for index, site_id in enumerate(order):
        if site_id in seen_written:
            assert seen_written[site_id] == set(order[:index])


def test_the_walk_takes_the_pools_results_as_it_asks_for_them() -> None:
    """Results are read from the pool up to the page asked for, not all before the walk."""
    produced: list[int] = []
    keys = [("site", f"https://gmina.example/{n}", "sha", None, "article") for n in range(6)]

    def stream() -> Generator[tuple[offline_pool.Key, bytes | None], None, None]:
        for number, key in enumerate(keys):
            produced.append(number)
            yield key, b"result" if number != 2 else None

    results = offline_pool._Results(stream(), set(keys), ["site"])
    try:
        results.pull(keys[3])
        assert produced == [0, 1, 2, 3]
        assert set(offline_pool._prepared) == {keys[0], keys[1], keys[3]}  # key 2: the pool failed, read in process
        results.pull(keys[1])  # already read: nothing more is asked
        results.pull(("site", "https://gmina.example/other", "sha", None, "article"))  # not the pool's
        assert produced == [0, 1, 2, 3]
    finally:
        offline_pool._prepared.clear()


def test_what_an_earlier_site_left_is_dropped_when_the_walk_moves_on() -> None:
    """A walk bounded by max_pages leaves pages of its site unread: they do not pile up for the run."""
    keys = [(site, f"https://{site}.example/{n}", "sha", None, "article") for site in ("a", "b") for n in range(3)]
    results = offline_pool._Results(((key, b"result") for key in keys), set(keys), ["a", "b"])
    try:
        results.pull(keys[1])  # site a's second page; a's first is kept, its third not read yet
        assert set(offline_pool._prepared) == {keys[0], keys[1]}
        results.pull(keys[4])  # the walk is on site b: a's pages go, b's first is kept
        assert set(offline_pool._prepared) == {keys[3], keys[4]}
    finally:
        offline_pool._prepared.clear()
