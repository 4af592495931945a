"""Live runs read pages in worker processes (scraper.extract_pool): the same records, counts and links as
reading them on the event loop, also after the workers died; and the fetcher's per-host pools."""

from __future__ import annotations

import asyncio
import importlib.machinery
import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, ClassVar

import httpcore
import httpx
import pytest

import scraper.fetch  # noqa: F401  (marks sniffio absent when it is not installed)
from scraper.extract_pool import ExtractPool
from scraper.netguard import PerHostTransport
from scraper.pages import role_of
from scraper.registry import Site, load_sites
from scraper.report import SiteReport
from scraper.sources import OfflineSource
from scraper.state import PageState
from scraper.store import RawStore
from scraper.walk import Mode, SiteWalk, WalkOptions

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class LiveFixtures(OfflineSource):
    """The saved fixture pages as if fetched live: listings are bounded (`since`), records remembered."""

    mode: Mode = "live"

    def __init__(self) -> None:
        super().__init__(RawStore(FIXTURES))
        self.remembered: dict[str, list[str]] = {}

    async def unreachable(self, site: Site, report: SiteReport) -> str | None:
        return None

    def history(self, url: str) -> PageState | None:
        return None

    def remember(self, url: str, record_ids: list[str]) -> None:
        self.remembered[url] = record_ids


Walked = list[tuple[dict[str, str], dict[str, Any], dict[str, list[str]]]]


async def walk_all(pool: ExtractPool | None) -> Walked:
    """Every shipped site over its fixture pages: its lines, its report's figures, the record ids it remembered."""
    results = []
    for site in load_sites():
        source = LiveFixtures()
        walk = SiteWalk(site, source, previous={}, options=WalkOptions(), pool=pool)
        report = await walk.run()
        walk.finish()
        counts = {k: v for k, v in vars(report).items() if k != "problems"}
        results.append((walk.lines, counts | {"problems": sorted(report.problems)}, source.remembered))
    return results


async def ready(pool: ExtractPool) -> None:
    deadline = time.monotonic() + 60
    while not pool.ready:
        assert time.monotonic() < deadline, "the workers did not start"
        await asyncio.sleep(0.02)


@pytest.fixture(scope="module")
def on_the_loop() -> Walked:
    results = asyncio.run(walk_all(None))
    assert sum(len(lines) for lines, _, _ in results) >= 5  # the fixtures give records to compare
    return results


def test_pages_read_in_workers_give_the_same_records_counts_and_links(on_the_loop: Walked) -> None:
    async def main() -> Walked:
        async with ExtractPool(workers=2, pending=2) as pool:
            await ready(pool)
            return await walk_all(pool)

    assert asyncio.run(main()) == on_the_loop


def test_pages_wait_for_workers_still_starting_and_none_is_read_on_the_loop(
    on_the_loop: Walked, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_loop: list[str] = []
    read_here = SiteWalk._extract

    def counted(walk: SiteWalk, page: Any, *args: Any, **kwargs: Any) -> list[str]:
        on_loop.append(page.url)
        return read_here(walk, page, *args, **kwargs)

    monkeypatch.setattr(SiteWalk, "_extract", counted)

    async def main() -> tuple[bool, Walked]:
        async with ExtractPool(workers=1) as pool:
            starting = not pool.ready  # the walk begins before the workers are up
            return starting, await walk_all(pool)

    starting, walked = asyncio.run(main())
    assert starting
    assert walked == on_the_loop
    assert on_loop == []


def test_a_pool_that_never_comes_up_is_waited_for_no_longer_than_start_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hung fork server must not hang every walk: started() gives up after START_WAIT and says not ready."""
    import scraper.extract_pool as extract_pool

    monkeypatch.setattr(extract_pool, "START_WAIT", 0.05)

    async def main() -> tuple[bool, float]:
        pool = ExtractPool(workers=1)
        pool._warm = asyncio.get_running_loop().create_future()  # never resolved: a fork server that hangs
        began = time.monotonic()
        ready = await asyncio.wait_for(pool.started(), 5)  # unbounded, a regression would hang the suite
        pool._warm.cancel()
        return ready, time.monotonic() - began

    ready, waited = asyncio.run(main())
    assert not ready
    assert waited < 2.0  # START_WAIT (0.05 s) was kept to, not wait_for's 5 s


def test_a_listing_goes_to_the_workers_once_with_its_links_and_its_items_dates(on_the_loop: Walked) -> None:
    """One task a listing (`read_listing`): before, its items' dates were a second task, a second wait in the queue."""
    from scraper.extract_pool import read_listing, read_pages

    sent: list[tuple[Any, tuple[Any, ...]]] = []

    async def main() -> Walked:
        async with ExtractPool(workers=2) as pool:
            await ready(pool)
            assert pool._executor is not None
            submit = pool._executor.submit

            def recorded(func: Any, *args: Any, **kwargs: Any) -> Any:
                sent.append((func, args))
                return submit(func, *args, **kwargs)

            pool._executor.submit = recorded  # type: ignore[method-assign]
            return await walk_all(pool)

    assert asyncio.run(main()) == on_the_loop
    assert {func for func, _ in sent} == {read_listing, read_pages}
    listings = [args[0].url for func, args in sent if func is read_listing]
    articles = [call[0].url for func, args in sent if func is read_pages for call in args[0]]
    sites = {site.id: site for site in load_sites()}
    saved = {page.url: role_of(sites[page.site], page.url) for page in RawStore(FIXTURES).pages() if page.site in sites}
    assert sorted(listings) == sorted(url for url, role in saved.items() if role == "listing")  # each once
    assert not set(listings) & set(articles)
    assert all(args[3] for func, args in sent if func is read_listing)  # live, `since` set: dates asked
    # the dates were used: old items were not fetched (as on the loop, compared above)
    assert sum(counts["not_followed"].get("since_items", 0) for _, counts, _ in on_the_loop) > 0


def test_when_the_workers_die_pages_are_read_on_the_loop(on_the_loop: Walked) -> None:
    async def main() -> Walked:
        async with ExtractPool(workers=1) as pool:
            await ready(pool)
            pid = await (await pool.submit(os.getpid))
            os.kill(pid, signal.SIGKILL)
            with pytest.raises(BrokenProcessPool):
                await (await pool.submit(os.getpid))
            assert not pool.ready
            return await walk_all(pool)

    assert asyncio.run(main()) == on_the_loop


def test_the_queue_of_pages_is_bounded() -> None:
    async def main() -> tuple[int, bool]:
        async with ExtractPool(workers=1, pending=2) as pool:
            await ready(pool)
            first = await pool.submit(time.sleep, 0.3)
            second = await pool.submit(time.sleep, 0.3)
            third = asyncio.ensure_future(pool.submit(time.sleep, 0))
            await asyncio.sleep(0.1)
            waiting = not third.done()  # no slot until one of the first two is done
            await asyncio.gather(first, second)
            await (await third)
            return pool.workers, waiting

    assert asyncio.run(main()) == (1, True)


class Recording(httpx.AsyncBaseTransport):
    """A stand-in for one host's guarded pool: answers 200, remembers whether it was closed."""

    made: ClassVar[list[Recording]] = []

    def __init__(self) -> None:
        self.hosts: list[str] = []
        self.closed = False
        Recording.made.append(self)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert not self.closed, "a closed pool was used"
        self.hosts.append(request.url.host)
        return httpx.Response(200, stream=httpx.ByteStream(b"ok"))

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture()
def recording() -> Iterator[type[Recording]]:
    Recording.made = []
    yield Recording


def test_one_pool_per_host_and_idle_ones_closed_beyond_keep(recording: type[Recording]) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(transport=PerHostTransport(recording, keep=3)) as client:
            held = await client.send(client.build_request("GET", "http://a.example/1"), stream=True)  # still open
            for host in ("b", "b", "c", "d"):
                (await client.get(f"http://{host}.example/")).raise_for_status()
            assert [pool.hosts for pool in recording.made] == [
                ["a.example"],
                ["b.example"] * 2,
                ["c.example"],
                ["d.example"],
            ]
            # keep=3: opening d closed the least recently used idle pool (b), never a's, whose answer is unread
            assert [pool.closed for pool in recording.made] == [False, True, False, False]
            await held.aclose()
            (await client.get("http://e.example/")).raise_for_status()
            assert recording.made[0].closed  # a was idle by then, and the oldest
        assert all(pool.closed for pool in recording.made)  # closing the client closes every pool

    asyncio.run(main())


def test_a_failed_request_leaves_its_pool_idle(recording: type[Recording]) -> None:
    class Failing(Recording):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.host == "a.example":
                raise httpx.ConnectError("refused", request=request)
            return await super().handle_async_request(request)

    async def main() -> None:
        async with httpx.AsyncClient(transport=PerHostTransport(Failing, keep=1)) as client:
            with pytest.raises(httpx.ConnectError):
                await client.get("http://a.example/")
            (await client.get("http://b.example/")).raise_for_status()
            assert recording.made[0].closed  # a was not counted busy after its failure

    asyncio.run(main())


def test_httpcore_asks_for_the_async_library_without_searching_for_a_module(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    original = importlib.machinery.PathFinder.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        searched.append(name)
        return original(name, *args, **kwargs)

    monkeypatch.setattr(importlib.machinery.PathFinder, "find_spec", find_spec)

    async def main() -> list[str]:
        return [httpcore._synchronization.current_async_library() for _ in range(100)]

    assert set(asyncio.run(main())) == {"asyncio"}
    assert "sniffio" not in searched


def test_articles_go_to_the_workers_in_batches_each_with_its_own_answer() -> None:
    """`ExtractPool.read`: BATCH articles a task (one more waits BATCH_WAIT), each future its page's read."""
    from scraper.extract_pool import BATCH, read_page

    store = RawStore(FIXTURES)
    sites = {site.id: site for site in load_sites()}
    saved = [page for page in store.pages() if page.site in sites]
    pages = [saved[n % len(saved)] for n in range(BATCH * 2 + 1)]  # the ten fixture pages, some twice
    calls = [(page, sites[page.site].info, sites[page.site].extractor, "article", None, True) for page in pages]
    expected = [read_page(*call) for call in calls]

    async def main() -> tuple[list[Any], int]:
        async with ExtractPool(workers=2) as pool:
            await ready(pool)
            assert pool._executor is not None
            tasks = 0
            submit = pool._executor.submit

            def counted(*args: Any, **kwargs: Any) -> Any:
                nonlocal tasks
                tasks += 1
                return submit(*args, **kwargs)

            pool._executor.submit = counted  # type: ignore[method-assign]
            futures = [await pool.read(*call) for call in calls]  # type: ignore[arg-type]
            return list(await asyncio.gather(*futures)), tasks

    reads, tasks = asyncio.run(main())
    assert len(pages) == BATCH * 2 + 1
    assert reads == expected and tasks == 3


def test_a_page_that_raises_in_a_batch_fails_alone() -> None:
    from scraper.extract_pool import read_pages

    page = next(RawStore(FIXTURES).pages())
    site = {site.id: site for site in load_sites()}[page.site]
    good = (page, site.info, site.extractor, "article", None, True)
    reads = read_pages([good, (None, site.info, site.extractor, "article", None, True), good])
    assert isinstance(reads[1], Exception)
    assert reads[0] == reads[2] and not isinstance(reads[0], Exception) and reads[0].lines


def test_a_read_waiting_for_a_slot_when_the_pool_closes_gets_an_error_not_a_hang() -> None:
    """A walk cancelled mid-run closes the pool; a read still waiting for a slot must not get a dead future."""
    page = next(RawStore(FIXTURES).pages())
    site = {site.id: site for site in load_sites()}[page.site]
    call = (page, site.info, site.extractor, "article", None, True)

    async def main() -> tuple[bool, str]:
        pool = ExtractPool(workers=1, pending=1)
        await pool.__aenter__()
        await ready(pool)
        first = await pool.read(*call)  # type: ignore[arg-type]  # takes the one slot; its batch waits
        second = asyncio.ensure_future(pool.read(*call))  # type: ignore[arg-type]  # waits for the slot
        await asyncio.sleep(0)
        await pool.__aexit__(None, None, None)  # cancels the unsent batch: the slot comes free
        try:
            await asyncio.wait_for(second, 5)
        except RuntimeError as error:
            return first.cancelled(), str(error)
        return first.cancelled(), "no error"

    cancelled, error = asyncio.run(main())
    assert cancelled and "outside 'async with'" in error


def test_the_fork_server_started_early_is_the_one_the_pool_uses() -> None:
    """`start_early` starts the workers' server at once (a live run calls it before reading its registry)."""
    from multiprocessing import forkserver

    from scraper.extract_pool import start_early

    start_early()
    server = forkserver._forkserver._forkserver_pid
    assert server is not None and os.waitpid(server, os.WNOHANG) == (0, 0)  # running

    async def one() -> int:
        async with ExtractPool(workers=1) as pool:
            return await (await pool.submit(os.getppid))

    assert asyncio.run(one()) == server  # the pool's worker was forked by that server
    start_early()
    assert forkserver._forkserver._forkserver_pid == server  # not a second one
