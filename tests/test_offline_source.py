"""What an offline replay may drop: a page gone from a site's saved pages, never a site whose entries are unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.registry import Site
from scraper.sources import OfflineSource
from scraper.store import RawStore
from scraper.store_log import ENTRIES

SITE = Site(
    id="gmina-x",
    name="Gmina X",
    start_urls=("https://gmina-x.example/aktualnosci",),
    follow=(),
    articles=(),
    extractor="generic",
)
SAVED = "https://gmina-x.example/a/1"
GONE = "https://gmina-x.example/a/2"


def test_a_page_no_longer_saved_is_dropped_when_the_site_has_readable_entries(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    store.save(SITE.id, SAVED, b"<html><body>1</body></html>", headers={"Content-Type": "text/html"})
    source = OfflineSource(RawStore(tmp_path))
    assert source.may_drop(SITE, GONE)
    assert not source.may_drop(SITE, SAVED)


@pytest.mark.parametrize("garbage", [b"not json\n", b'{"key": 1}\n{"half', b"[" * 100_000 + b"\n"])
def test_a_site_whose_entries_are_all_unreadable_drops_nothing(tmp_path: Path, garbage: bytes) -> None:
    folder = tmp_path / SITE.id
    folder.mkdir()
    (folder / ENTRIES).write_bytes(garbage)
    source = OfflineSource(RawStore(tmp_path))
    assert not source.may_drop(SITE, GONE)


def test_a_site_never_saved_drops_nothing(tmp_path: Path) -> None:
    assert not OfflineSource(RawStore(tmp_path)).may_drop(SITE, GONE)
