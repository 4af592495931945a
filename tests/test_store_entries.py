"""The raw store's one file a site (`_entries.jsonl`): the last line for a key wins, a torn last line is
skipped and cut off before the next append, the older layout's sidecars read the same, and whatever a
store instance holds in memory is what a fresh one reads from disk."""

from __future__ import annotations

import json
import shutil
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scraper.crashpoints
import scraper.store
from extract.urls import url_id
from scraper.canonical import canonical_url
from scraper.store import RawStore, StoredPage, StoreError, entry_for_body, is_sidecar
from scraper.store_log import ENTRIES

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
HTML = {"content-type": "text/html"}


def _entries(store: RawStore) -> list[StoredPage | str]:
    """What a scan gives, errors as their messages (StoreError compares by identity)."""
    return [str(e) if isinstance(e, StoreError) else e for e in store.scan()]


def _fields(entry: StoredPage | str) -> tuple[object, ...]:
    """An entry's fields, its body's path by name only (the two stores are in different folders)."""
    if isinstance(entry, str):
        return (entry,)
    return (
        entry.site,
        entry.url,
        entry.status,
        dict(entry.headers),
        entry.fetched_at,
        entry.content_sha256,
        entry.body_path.name,
    )


def to_sidecars(root: Path) -> None:
    """Rewrite a store in the older layout: each line's entry as `<key>.json` beside its body, no entries file."""
    for entries_file in sorted(root.glob(f"*/{ENTRIES}")):
        for line in entries_file.read_text(encoding="utf-8").splitlines():
            meta = json.loads(line)
            key = meta.pop("key")
            (entries_file.parent / f"{key}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
        entries_file.unlink()


def to_lines(root: Path) -> None:
    """Rewrite an older layout's store with one entries file a site (keys in sorted order), no sidecars."""
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        lines = []
        for sidecar in sorted(p for p in folder.iterdir() if is_sidecar(p)):
            meta = {"key": sidecar.stem, **json.loads(sidecar.read_text(encoding="utf-8"))}
            lines.append(json.dumps(meta, ensure_ascii=False) + "\n")
            sidecar.unlink()
        (folder / ENTRIES).write_text("".join(lines), encoding="utf-8")


def test_the_last_line_for_a_key_wins(tmp_path: Path) -> None:
    """A page fetched again: its new line comes after the old one, and a fresh store reads the new one."""
    store = RawStore(tmp_path)
    store.save("s", "https://a.pl/1", b"<p>old</p>", headers=HTML, fetched_at=WHEN)
    store.save("s", "https://a.pl/2", b"<p>two</p>", headers=HTML, fetched_at=WHEN)
    later = WHEN + timedelta(days=1)
    store.save("s", "https://a.pl/1", b"<p>new</p>", headers=HTML, fetched_at=later)
    assert len((tmp_path / "s" / ENTRIES).read_text().splitlines()) == 3
    for reader in (store, RawStore(tmp_path)):
        page = reader.get("s", "https://a.pl/1")
        assert page is not None and (page.body(), page.fetched_at) == (b"<p>new</p>", later)
    assert [(p.url, p.body()) for p in RawStore(tmp_path).pages()] == [
        (url, body)
        for url, body in sorted(
            [("https://a.pl/1", b"<p>new</p>"), ("https://a.pl/2", b"<p>two</p>")], key=lambda x: url_id(x[0])
        )
    ]


def test_a_torn_last_line_is_skipped_then_cut_off_by_the_next_append(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    store.save("s", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    entries_file = tmp_path / "s" / ENTRIES
    whole = entries_file.read_bytes()
    torn = json.dumps({"key": url_id("https://a.pl/2"), "url": "https://a.pl/2"}).encode()[:30]
    (tmp_path / "s" / f"{url_id('https://a.pl/2')}.html").write_bytes(b"<p>2</p>")  # its body was in place
    entries_file.write_bytes(whole + torn)  # a kill in the middle of the append
    fresh = RawStore(tmp_path)
    scanned = [e.url if isinstance(e, StoredPage) else str(e) for e in fresh.scan()]
    assert len(scanned) == 2 and scanned[1] == "https://a.pl/1"  # reported, not silently skipped
    assert f"{entries_file}:2: unterminated last line" in scanned[0] and "\n" not in scanned[0]
    assert not fresh.holds("s", "https://a.pl/2")
    fresh.save("s", "https://a.pl/3", b"<p>3</p>", headers=HTML, fetched_at=WHEN)
    text = entries_file.read_bytes()
    assert text.startswith(whole) and torn not in text and text.endswith(b"\n")
    assert [json.loads(line)["url"] for line in text.splitlines()] == ["https://a.pl/1", "https://a.pl/3"]
    assert sorted(p.url for p in RawStore(tmp_path).pages()) == ["https://a.pl/1", "https://a.pl/3"]


def test_a_file_that_is_only_a_torn_line_is_cut_to_nothing(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / ENTRIES).write_bytes(b'{"key": "00')
    store = RawStore(tmp_path)
    scanned = [str(e) for e in store.scan()]
    assert len(scanned) == 1 and "unterminated last line" in scanned[0]
    assert store.get_key("s", "00" * 8) is None and not store.holds_key("s", "00" * 8)
    store.save("s", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    assert (tmp_path / "s" / ENTRIES).read_bytes().startswith(b'{"key": "' + url_id("https://a.pl/1").encode())


def test_a_whole_last_line_without_its_newline_is_an_entry_and_kept_by_the_next_append(tmp_path: Path) -> None:
    """A line written whole but for its newline (a kill just before it, or a tool that omits it) is read,
    and the next append ends it with a newline first instead of cutting it off."""
    store = RawStore(tmp_path)
    for number in (1, 2):
        store.save("s", f"https://a.pl/{number}", b"<p>%d</p>" % number, headers=HTML, fetched_at=WHEN)
    store.close()
    entries_file = tmp_path / "s" / ENTRIES
    whole = entries_file.read_bytes()
    entries_file.write_bytes(whole[:-1])
    fresh = RawStore(tmp_path)
    assert all(isinstance(e, StoredPage) for e in fresh.scan())
    assert sorted(e.url for e in fresh.pages()) == ["https://a.pl/1", "https://a.pl/2"]
    page = fresh.get("s", "https://a.pl/2")
    assert page is not None and page.body() == b"<p>2</p>"
    fresh.save("s", "https://a.pl/3", b"<p>3</p>", headers=HTML, fetched_at=WHEN)
    fresh.close()
    text = entries_file.read_bytes()
    assert text.startswith(whole) and text.endswith(b"\n") and len(text.splitlines()) == 3
    assert sorted(e.url for e in RawStore(tmp_path).pages()) == [f"https://a.pl/{n}" for n in (1, 2, 3)]


def test_a_line_nested_too_deeply_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    for number in (1, 2):
        store.save("s", f"https://a.pl/{number}", b"<p>%d</p>" % number, headers=HTML, fetched_at=WHEN)
    store.close()
    deep = b'{"key": ' + b"[" * 200_000 + b"]" * 200_000 + b"}\n"
    entries_file = tmp_path / "s" / ENTRIES
    lines = entries_file.read_bytes().splitlines(keepends=True)
    entries_file.write_bytes(lines[0] + deep + lines[1])
    fresh = RawStore(tmp_path)
    assert fresh.holds_any("s") and fresh.holds("s", "https://a.pl/1")
    page = fresh.get("s", "https://a.pl/2")
    assert page is not None and page.body() == b"<p>2</p>"
    scanned = [e.url if isinstance(e, StoredPage) else str(e) for e in fresh.scan()]
    assert len(scanned) == 3 and f"{entries_file}:2: unreadable entry line" in scanned[0]
    assert sorted(scanned[1:]) == ["https://a.pl/1", "https://a.pl/2"] and len(scanned[0]) < 300


def test_a_sidecar_nested_too_deeply_is_a_broken_entry_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "0123456789abcdef.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    store = RawStore(tmp_path)
    with pytest.raises(StoreError, match=r"0123456789abcdef\.json: unreadable store entry"):
        store.get_key("s", "0123456789abcdef")
    scanned = list(store.scan())
    assert len(scanned) == 1 and isinstance(scanned[0], StoreError)


def test_an_entries_file_that_cannot_be_read_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """`_entries.jsonl` a folder (a copy gone wrong): readers see no entries and a scan says why, in one line."""
    (tmp_path / "s" / ENTRIES).mkdir(parents=True)
    store = RawStore(tmp_path)
    assert not store.holds("s", "https://a.pl/1") and store.get("s", "https://a.pl/1") is None
    scanned = [str(e) for e in store.scan()]
    assert len(scanned) == 1 and scanned[0].startswith(f"{tmp_path / 's' / ENTRIES}: unreadable entries file")
    assert "\n" not in scanned[0]
    assert entry_for_body(tmp_path / "s" / "0123456789abcdef.html") is None


def test_holds_any_looks_at_the_folder_without_reading_the_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An offline run asks it of every generated site: a non-empty entries file or a sidecar, no line read."""
    RawStore(tmp_path).save("lines", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    RawStore(tmp_path / "old").save("sidecars", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    to_sidecars(tmp_path / "old")
    (tmp_path / "old" / "sidecars").rename(tmp_path / "sidecars")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ENTRIES).write_bytes(b"")
    (tmp_path / "body-only").mkdir()
    (tmp_path / "body-only" / "0123456789abcdef.html").write_bytes(b"<p>half-written</p>")
    (tmp_path / "folder" / ENTRIES).mkdir(parents=True)
    read: list[Path] = []

    def read_lines(path: Path) -> tuple[dict[str, bytes], list[str]]:
        read.append(path)
        return {}, []

    monkeypatch.setattr(scraper.store_log, "read_lines", read_lines)
    store = RawStore(tmp_path)
    held = {site: store.holds_any(site) for site in ("lines", "sidecars", "empty", "body-only", "folder", "none")}
    assert held == {"lines": True, "sidecars": True, "empty": False, "body-only": False, "folder": False, "none": False}
    assert read == []


def test_stores_merge_as_the_docs_say(tmp_path: Path) -> None:
    """A site in one store only: its folder copied.  A site in both: its bodies copied and its lines appended
    (copying the folder over instead loses the destination's entries)."""
    dst, src = RawStore(tmp_path / "dst"), RawStore(tmp_path / "src")
    dst.save("both", "https://a.pl/old", b"<p>old</p>", headers=HTML, fetched_at=WHEN)
    dst.save("both", "https://a.pl/same", b"<p>dst</p>", headers=HTML, fetched_at=WHEN)
    src.save("both", "https://a.pl/same", b"<p>src</p>", headers=HTML, fetched_at=WHEN + timedelta(days=1))
    src.save("both", "https://a.pl/new", b"<p>new</p>", headers=HTML, fetched_at=WHEN)
    src.save("only", "https://b.pl/1", b"<p>b</p>", headers=HTML, fetched_at=WHEN)
    dst.close()
    src.close()
    naive = tmp_path / "naive"
    shutil.copytree(dst.root, naive)
    shutil.copytree(src.root, naive, dirs_exist_ok=True)
    assert "https://a.pl/old" not in {p.url for p in RawStore(naive).pages()}  # what the docs warn of
    for folder in src.root.iterdir():
        into = dst.root / folder.name
        if not into.exists():
            shutil.copytree(folder, into)
            continue
        for file in folder.iterdir():
            if file.name != ENTRIES:
                shutil.copy2(file, into / file.name)
        with (into / ENTRIES).open("ab") as entries_file:
            entries_file.write((folder / ENTRIES).read_bytes())
    merged = {(p.site, p.url): p.body() for p in RawStore(dst.root).pages()}
    assert merged == {
        ("both", "https://a.pl/old"): b"<p>old</p>",
        ("both", "https://a.pl/same"): b"<p>src</p>",
        ("both", "https://a.pl/new"): b"<p>new</p>",
        ("only", "https://b.pl/1"): b"<p>b</p>",
    }


def test_an_older_sidecar_store_reads_the_same_as_its_lines(tmp_path: Path, root: Path) -> None:
    """The fixtures (sidecars) and the same pages as lines give equal entries, in the same order."""
    sidecars, lines = tmp_path / "sidecars", tmp_path / "lines"
    shutil.copytree(root / "tests" / "fixtures", sidecars)
    shutil.copytree(root / "tests" / "fixtures", lines)
    to_lines(lines)
    assert not [p for p in lines.glob("*/*.json") if is_sidecar(p)]
    old, new = _entries(RawStore(sidecars)), _entries(RawStore(lines))
    assert old and all(isinstance(e, StoredPage) for e in old)
    assert [_fields(e) for e in old] == [_fields(e) for e in new]
    page = old[0]
    assert isinstance(page, StoredPage)
    got = RawStore(lines).get(page.site, page.url)
    assert got is not None and got.body() == page.body()


def test_a_store_written_now_and_rewritten_as_sidecars_reads_the_same(tmp_path: Path) -> None:
    store = RawStore(tmp_path / "raw")
    for number in range(5):
        headers = {"Content-Type": "text/html; charset=windows-1250", "ETag": f'"{number}"'}
        store.save(f"site-{number % 2}", f"https://a.pl/{number}", b"<p>%d</p>" % number, headers=headers)
    store.close()
    before = _entries(RawStore(tmp_path / "raw"))
    to_sidecars(tmp_path / "raw")
    assert not list((tmp_path / "raw").glob(f"*/{ENTRIES}"))
    assert _entries(RawStore(tmp_path / "raw")) == before


def test_when_a_key_has_both_a_line_and_a_sidecar_the_line_wins(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    store.save("s", "https://a.pl/1", b"<p>old</p>", headers=HTML, fetched_at=WHEN)
    to_sidecars(tmp_path)  # an older store ...
    newer = WHEN + timedelta(hours=1)
    RawStore(tmp_path).save("s", "https://a.pl/1", b"<p>new</p>", headers=HTML, fetched_at=newer)  # ... saved into
    assert (tmp_path / "s" / f"{url_id('https://a.pl/1')}.json").is_file()
    for reader in (RawStore(tmp_path), store):
        entries = list(reader.scan())
        assert len(entries) == 1 and isinstance(entries[0], StoredPage) and entries[0].fetched_at == newer
    page = RawStore(tmp_path).get("s", "https://a.pl/1")
    assert page is not None and page.body() == b"<p>new</p>"


def test_a_line_whose_body_is_missing_or_not_a_file_name_is_a_broken_entry(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    saved = store.save("s", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    line = json.loads((tmp_path / "s" / ENTRIES).read_text())
    with (tmp_path / "s" / ENTRIES).open("a") as entries_file:
        entries_file.write(json.dumps(line | {"key": "0" * 16, "body": "../../etc/passwd"}) + "\n")
    saved.body_path.unlink()
    errors = [str(e) for e in RawStore(tmp_path).scan()]
    assert len(errors) == 2 and "is not a file name" in errors[0] and "is missing" in errors[1]


def test_entry_for_body_reads_a_line_or_a_sidecar(tmp_path: Path) -> None:
    """`scrape extract` given a store's body finds its URL and time, in either layout."""
    store = RawStore(tmp_path)
    saved = store.save("s", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    found = entry_for_body(saved.body_path)
    assert found is not None and (found.url, found.fetched_at) == ("https://a.pl/1", WHEN)
    other = tmp_path / "s" / "0123456789abcdef.html"
    other.write_bytes(b"<p>x</p>")
    assert entry_for_body(other) is None  # a body without its line
    to_sidecars(tmp_path)
    found = entry_for_body(saved.body_path)
    assert found is not None and found.url == "https://a.pl/1"


def test_a_released_site_is_read_again_when_asked_for(tmp_path: Path) -> None:
    store, other = RawStore(tmp_path), RawStore(tmp_path)
    store.save("s", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    other.save("s", "https://a.pl/2", b"<p>2</p>", headers=HTML, fetched_at=WHEN)  # another writer, after
    assert not store.holds("s", "https://a.pl/2")  # kept in memory: not looked for on disk
    store.release("s")
    assert store.holds("s", "https://a.pl/2") and store.holds("s", "https://a.pl/1")
    store.save("s", "https://a.pl/3", b"<p>3</p>", headers=HTML, fetched_at=WHEN)  # the file opened again
    assert [p.url for p in RawStore(tmp_path).pages()] == sorted(
        ["https://a.pl/1", "https://a.pl/2", "https://a.pl/3"], key=lambda url: url_id(url)
    )
    store.close()
    other.close()


def test_saves_from_many_threads_over_more_sites_than_stay_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live run saves from threads; files beyond MAX_OPEN_SITES closed and reopened, sites beyond MAX_SITES_KEPT
    read again: no line lost or torn."""
    monkeypatch.setattr(scraper.store, "MAX_OPEN_SITES", 3)
    monkeypatch.setattr(scraper.store, "MAX_SITES_KEPT", 4)
    store = RawStore(tmp_path)
    saved: dict[tuple[str, str], bytes] = {}

    def work(worker: int) -> None:
        for number in range(40):
            site, url = f"site-{(worker + number) % 7}", f"https://a.pl/{worker}/{number}"
            body = f"<p>{worker} {number}</p>".encode()
            store.save(site, url, body, headers=HTML, fetched_at=WHEN)
            saved[site, url] = body

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.close()
    for entries_file in tmp_path.glob(f"*/{ENTRIES}"):
        assert all(json.loads(line)["key"] for line in entries_file.read_text().splitlines())
    read = {(p.site, p.url): p.body() for p in RawStore(tmp_path).pages()}
    assert read == saved


def _open_files(path: Path) -> int:
    """How many of this process's file descriptors are open on `path`."""
    return sum(1 for fd in Path("/proc/self/fd").iterdir() if fd.resolve() == path.resolve())


def test_a_save_that_ends_after_its_site_was_let_go_does_not_hide_the_new_open_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thread A appends, the site is released and saved into again (thread B opens the file anew), then A notes
    its write: the file B opened must stay the one counted open, so it is closed beyond MAX_OPEN_SITES."""
    monkeypatch.setattr(scraper.store, "MAX_OPEN_SITES", 1)
    store = RawStore(tmp_path)
    written, late = store._written, list[str]()

    def after_a_release_and_another_save(site: str, known: scraper.store._Site) -> None:
        if not late:  # the first save's note comes late: another thread released the site and saved meanwhile
            late.append(site)
            store.release(site)
            store.save(site, "https://a.pl/2", b"<p>2</p>", headers=HTML, fetched_at=WHEN)
        written(site, known)

    monkeypatch.setattr(store, "_written", after_a_release_and_another_save)
    store.save("s", "https://a.pl/1", b"<p>1</p>", headers=HTML, fetched_at=WHEN)
    assert _open_files(tmp_path / "s" / ENTRIES) == 1
    store.save("t", "https://a.pl/3", b"<p>3</p>", headers=HTML, fetched_at=WHEN)  # one file open at most: s's closed
    assert _open_files(tmp_path / "s" / ENTRIES) == 0 and _open_files(tmp_path / "t" / ENTRIES) == 1
    assert store.holds("s", "https://a.pl/1") and store.holds("s", "https://a.pl/2")
    store.close()
    assert _open_files(tmp_path / "t" / ENTRIES) == 0


def test_letting_a_site_go_while_its_save_syncs_holds_up_no_other_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A walk ends (release) while its last save is in its fsync: other sites' saves go on meanwhile; a save
    into the released site waits for that append, then opens the file anew, and no line is lost or torn."""
    slow, synced = threading.Event(), threading.Event()
    reach = scraper.crashpoints.reach

    def slow_sync(point: str) -> None:
        if point == "raw.entry.unsynced" and threading.current_thread().name == "slow":
            slow.set()
            synced.wait(10)
        reach(point)

    monkeypatch.setattr(scraper.crashpoints, "reach", slow_sync)
    store = RawStore(tmp_path)
    store.save("t", "https://b.pl/0", b"<p>t0</p>", headers=HTML, fetched_at=WHEN)  # t known, its file open

    def save(site: str, url: str) -> threading.Thread:
        return threading.Thread(target=store.save, args=(site, url, url.encode()), kwargs={"headers": HTML})

    threads = [threading.Thread(target=store.save, args=("s", "https://a.pl/1", b"1"), name="slow")]
    threads[0].start()
    assert slow.wait(10)
    threads += [threading.Thread(target=store.release, args=("s",)), save("s", "https://a.pl/2")]
    threads[1].start()
    threads[2].start()
    time.sleep(0.2)  # the release and the save into s reach their wait (before the fix: holding the store's lock)
    other = save("t", "https://b.pl/1")
    other.start()
    try:
        other.join(5)
        assert not other.is_alive(), "a save into another site waited for the released site's fsync"
    finally:
        synced.set()
        for thread in [*threads, other]:
            thread.join(10)
    assert not any(thread.is_alive() for thread in [*threads, other])
    assert store.holds("s", "https://a.pl/1") and store.holds("s", "https://a.pl/2")
    store.close()
    lines = (tmp_path / "s" / ENTRIES).read_bytes().splitlines()
    assert sorted(json.loads(line)["url"] for line in lines) == ["https://a.pl/1", "https://a.pl/2"]
    assert [p.url for p in RawStore(tmp_path).pages()] == [
        *sorted(["https://a.pl/1", "https://a.pl/2"], key=url_id),
        *sorted(["https://b.pl/0", "https://b.pl/1"], key=url_id),
    ]


_SITES = st.sampled_from(["site-a", "site-b", "site-c", "site-d"])
_URLS = st.sampled_from([f"https://gmina.example/{path}" for path in ("", "a", "b?x=1", "c#frag", "ż", "d/e")])
_BODIES = st.binary(max_size=40)
_TYPES = st.sampled_from(["text/html", "application/pdf", "application/xml", "text/html; charset=utf-8", "x/y"])
_SAVES = st.lists(st.tuples(_SITES, _URLS, _BODIES, _TYPES, st.integers(0, 10**6)), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(saves=_SAVES)
def test_any_saves_then_a_fresh_store_read_what_the_store_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saves: list[tuple[str, str, bytes, str, int]]
) -> None:
    monkeypatch.setattr(scraper.store, "MAX_OPEN_SITES", 2)  # files closed and opened again in between
    monkeypatch.setattr(scraper.store, "MAX_SITES_KEPT", 3)  # sites let go and read again in between
    root = tmp_path / f"raw-{len(list(tmp_path.iterdir()))}"
    store = RawStore(root)
    latest: dict[tuple[str, str], tuple[bytes, datetime]] = {}
    for site, url, body, content_type, seconds in saves:
        when = WHEN + timedelta(seconds=seconds)
        store.save(site, url, body, headers={"Content-Type": content_type}, fetched_at=when)
        latest[site, url_id(canonical_url(url))] = (body, when)
    held = {
        (site, key): store.get_key(site, key)
        for site in ("site-a", "site-b", "site-c", "site-d")
        for key in {k for s, k in latest if s == site}
    }
    fresh = RawStore(root)
    scanned = [e for e in fresh.scan()]
    assert all(isinstance(e, StoredPage) for e in scanned)
    assert {(e.site, e.key): e for e in scanned if isinstance(e, StoredPage)} == held
    assert [(e.site, e.key) for e in scanned if isinstance(e, StoredPage)] == sorted(latest)
    for (site, key), (body, when) in latest.items():
        page = fresh.get_key(site, key)
        assert page is not None and (page.body(), page.fetched_at) == (body, when)
        assert fresh.holds_key(site, key)
    store.close()
