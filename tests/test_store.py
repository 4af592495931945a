"""The raw store: bodies kept byte for byte, entry lines last, broken entries reported not fatal.

A site's entries are lines of one file (`_entries.jsonl`, appended); the older layout's
sidecars (`<key>.json`, the fixtures) are read as they are.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extract.urls import url_id
from scraper.store import RawStore, StoreError
from scraper.store_log import ENTRIES
from scraper.writer import TEMP_SUFFIX, WriteError

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    body = "Ośrodek Pomocy Społecznej".encode("cp1250")
    saved = store.save(
        "ops-milicz",
        "https://opsmilicz.pl/a#x",
        body,
        headers={"Content-Type": "text/html"},
        fetched_at=WHEN,
    )
    assert saved.body_path.read_bytes() == body
    assert saved.body_path.name == f"{url_id('https://opsmilicz.pl/a')}.html"
    loaded = store.get("ops-milicz", "https://opsmilicz.pl/a")
    assert loaded is not None
    assert (loaded.url, loaded.status, loaded.fetched_at, loaded.headers["content-type"]) == (
        "https://opsmilicz.pl/a",
        200,
        WHEN,
        "text/html",
    )
    assert loaded.body() == body
    (line,) = (tmp_path / "ops-milicz" / ENTRIES).read_text(encoding="utf-8").splitlines()
    meta = json.loads(line)
    assert (meta["key"], meta["fetched_at"], meta["body"]) == (saved.key, "2026-11-20T09:00:00Z", f"{saved.key}.html")
    assert sorted(p.name for p in (tmp_path / "ops-milicz").iterdir()) == sorted([ENTRIES, f"{saved.key}.html"])


def test_tampered_body_is_detected(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    saved = store.save("s", "https://a.pl/x", b"<p>one</p>", headers={"content-type": "text/html"}, fetched_at=WHEN)
    saved.body_path.write_bytes(b"<p>two</p>")
    with pytest.raises(StoreError, match="SHA-256"):
        store.get("s", "https://a.pl/x").body()  # type: ignore[union-attr]


def test_broken_entry_does_not_stop_a_scan(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    store.save("s", "https://a.pl/1", b"1", headers={"content-type": "text/html"}, fetched_at=WHEN)
    (tmp_path / "s" / "0000000000000000.json").write_text("{not json")  # an older layout's broken sidecar
    with (tmp_path / "s" / ENTRIES).open("a") as entries_file:
        entries_file.write('{"key": "0000000000000001", "url": 5}\n')  # a line with a key, unusable
        entries_file.write("[not an entry]\n")  # a whole line naming no key
    store.save("s", "https://a.pl/2", b"2", headers={"content-type": "text/html"}, fetched_at=WHEN)
    entries = list(store.scan("s"))
    assert sum(isinstance(e, StoreError) for e in entries) == 3
    assert RawStore(tmp_path).holds_key("s", "0000000000000001")  # a broken entry is still the page's place
    with pytest.raises(StoreError, match="0000000000000001"):
        RawStore(tmp_path).get_key("s", "0000000000000001")
    assert sorted(e.url for e in entries if not isinstance(e, StoreError)) == [
        "https://a.pl/1",
        "https://a.pl/2",
    ]


def test_body_without_its_line_or_sidecar_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "abcdef0123456789.html").write_bytes(b"half-written")
    assert list(RawStore(tmp_path).scan()) == []
    store = RawStore(tmp_path)
    assert not store.holds_any("s") and store.get_key("s", "abcdef0123456789") is None


def test_only_sidecars_named_by_a_key_are_entries(tmp_path: Path) -> None:
    """A fixtures folder is a raw store: expected files, READMEs and other JSON beside the pages are not entries."""
    store = RawStore(tmp_path)
    saved = store.save("s", "https://a.pl/1", b"<p>1</p>", headers={"content-type": "text/html"}, fetched_at=WHEN)
    folder = tmp_path / "s"
    (folder / f"{saved.key}.expected.json").write_text('{"url": "https://a.pl/1", "role": "article", "records": []}')
    (folder / "README.json").write_text('{"url": "https://a.pl/x", "body": "x.html"}')
    (folder / f"{saved.key.upper()}.json").write_text("{}")  # keys are lower-case hex
    (folder / "0123.json").write_text("{}")
    (folder / "README.md").write_text("notes")
    (tmp_path / "README.md").write_text("what these pages are")
    (tmp_path / "notes.json").write_text("{}")
    assert store.sites() == ["s"]
    assert [e.url if not isinstance(e, StoreError) else e for e in store.scan()] == ["https://a.pl/1"]
    assert [p.url for p in store.pages("s")] == ["https://a.pl/1"]
    got = store.get("s", "https://a.pl/1")
    assert got is not None and got.body() == b"<p>1</p>"


def test_the_fixtures_folder_reads_as_a_raw_store(root: Path) -> None:
    fixtures = root / "tests" / "fixtures"
    entries = list(RawStore(fixtures).scan())
    assert entries and not [e for e in entries if isinstance(e, StoreError)]
    pages = [e for e in entries if not isinstance(e, StoreError)]
    # one entry per sidecar, each with its expected records beside it, and nothing else read as a page
    assert sorted(p.body_path.with_name(f"{p.key}.json") for p in pages) == sorted(
        fixtures.glob("*/" + "[0-9a-f]" * 16 + ".json")
    )
    assert sorted(p.body_path.with_name(f"{p.key}.expected.json") for p in pages) == sorted(
        fixtures.glob("*/*.expected.json")
    )
    assert all(p.body() for p in pages)  # bodies match their recorded SHA-256


# -- nothing from a URL or a header names a file outside the store ------------------------------------------------

HOSTILE_URLS = [
    "http://gmina.pl/../../../../etc/passwd",
    "http://gmina.pl/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "http://gmina.pl/..%2f..%2f..%2fetc%2fpasswd",
    "http://gmina.pl/..\\..\\..\\windows\\win.ini",
    "http://gmina.pl//etc/passwd",
    "http://gmina.pl/a\x00b.html",
    "http://gmina.pl/" + "a" * 300,  # a path segment over 255 bytes
    "http://gmina.pl/" + "/".join(["b" * 200] * 30),  # over 4096 bytes in all
    "http://żółw.example.pl/strona",  # IDN
    "http://xn--w-uga1v8h.example.pl/strona",
    "http://[::1]:8080/a/../../b",
    "http://[2001:db8::1]/x",
    "http://gmina.pl:8443/x/..",
    "http://gmina.pl/CON/aux.txt",
]


def _inside(root: Path) -> list[Path]:
    files = [p for p in root.rglob("*") if p.is_file()]
    assert all(p.resolve().is_relative_to(root.resolve()) for p in files)
    return files


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_hostile_url_names_no_file_outside_the_store(tmp_path: Path, url: str) -> None:
    root = tmp_path / "raw"
    store = RawStore(root)
    saved = store.save("gmina", url, b"<html>x</html>", headers={"Content-Type": "text/html"})
    files = _inside(tmp_path)
    assert {p.parent for p in files} == {root / "gmina"}
    assert sorted(p.name for p in files) == sorted([f"{saved.key}.html", ENTRIES])
    assert all(len(p.name.encode()) <= 255 for p in files)
    loaded = store.get("gmina", url)
    assert loaded is not None and loaded.body() == b"<html>x</html>"


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Disposition": 'attachment; filename="../../../etc/passwd"'},
        {"Content-Disposition": "attachment; filename*=UTF-8''..%2F..%2Fevil.sh"},
        {"Content-Type": "text/html/../../../x"},
        {"Content-Type": "../../evil"},
        {"Content-Location": "/../../etc/cron.d/x", "X-Filename": "/etc/passwd"},
    ],
)
def test_headers_name_no_file(tmp_path: Path, headers: dict[str, str]) -> None:
    store = RawStore(tmp_path / "raw")
    saved = store.save("gmina", "http://gmina.pl/plik", b"data", headers=headers)
    files = _inside(tmp_path)
    assert sorted(p.name for p in files) == sorted([saved.body_path.name, ENTRIES])
    assert saved.body_path.name in (f"{saved.key}.html", f"{saved.key}.bin")


@pytest.mark.parametrize("site", ["..", "../x", "a/b", "/etc", "a\x00b", "x" * 200, "", ".hidden", "A-B", "a\\b"])
def test_a_site_id_that_is_not_one_safe_folder_is_refused(tmp_path: Path, site: str) -> None:
    store = RawStore(tmp_path / "raw")
    with pytest.raises(StoreError):
        store.save(site, "http://gmina.pl/", b"x")
    with pytest.raises(StoreError):
        store.get(site, "http://gmina.pl/")
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_a_site_folder_removed_between_saves_is_made_again(tmp_path: Path) -> None:
    """The store makes a site's folder once, not once a file; a folder gone since is made again."""
    store = RawStore(tmp_path / "raw")
    store.save("gmina-a", "https://a.example/1", b"<p>one</p>", headers={"content-type": "text/html"})
    shutil.rmtree(tmp_path / "raw" / "gmina-a")
    page = store.save("gmina-a", "https://a.example/2", b"<p>two</p>", headers={"content-type": "text/html"})
    assert page.body() == b"<p>two</p>"
    assert [p.url for p in store.pages("gmina-a")] == ["https://a.example/2"]


def test_a_directory_where_an_entry_goes_is_a_write_error_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = RawStore(tmp_path / "raw")
    store.save("gmina-a", "https://a.example/1", b"<p>one</p>", headers={"content-type": "text/html"})
    blocker = tmp_path / "raw" / "gmina-a" / f"{url_id('https://a.example/2')}.html"
    blocker.mkdir()
    with pytest.raises(WriteError, match="is a directory; give a file path"):
        store.save("gmina-a", "https://a.example/2", b"<p>two</p>", headers={"content-type": "text/html"})
    assert not [p for p in (tmp_path / "raw" / "gmina-a").iterdir() if p.name.endswith(TEMP_SUFFIX)]
