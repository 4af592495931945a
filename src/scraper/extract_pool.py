"""Extraction in worker processes for a live run, so fetching never waits for a page to be read.

A live crawl spends most of its CPU reading pages (a few ms each) and little fetching them; run
on the event loop, every extraction stops every fetch.  `ExtractPool` runs `read_page` (a page
into its JSON lines) and `read_listing` (a listing into its links and its items' dates) in a
process pool fed from the loop (`run_in_executor`), at most `pending` pages queued, so the walk
only waits for a listing's links or for a free slot.  Articles go in batches (`read`: BATCH a
task, or what came within BATCH_WAIT), listings one by one, in one task each (the walk waits for
them: its site's next request waits for the listing's links and dates).  What a worker
returns is exactly what the walk computed on the loop before (the same functions, the same
lines), so records do not change.

Workers come from a fork server that has imported the extractors once (no fork of a process
with threads and open sockets); they ignore SIGINT and SIGTERM (the run's own stop handling
decides, and drains what was queued) and never act on `SCRAPE_CRASH_AT`: the run reaches the
crash point "extract" itself when it hands a page over.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import select
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from extract import bounds, jsonl
from extract.page import SiteInfo
from scraper import cores, crashpoints
from scraper.pages import run_page
from scraper.registry import Site
from scraper.store import StoredPage, StoreError

if TYPE_CHECKING:
    from extract.pipeline import Role

T = TypeVar("T")
log = logging.getLogger(__name__)
BATCH = 8  # articles one task carries to a worker (`ExtractPool.read`)
BATCH_WAIT = 0.02  # seconds an article waits for others before its batch leaves anyway
PENDING_A_WORKER = 32  # pages handed to the pool and not yet read, a worker, before a walk waits for a slot
START_WAIT = 20.0  # seconds a walk waits for the workers to come up (they take about a second)


@dataclass
class PageRead:
    """A page read in a worker: what `SiteWalk` needs of its `Extraction`, with the records as JSON lines."""

    store_error: str | None = None  # the stored body is missing or altered
    error: str | None = None
    fallback: str | None = None
    limits: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (record id, JSON line), in the record order
    dates: dict[str, date] | None = None  # a listing's items' dates, when its walk may bound it (`read_listing`)


def read_page(
    page: StoredPage,
    site: SiteInfo,
    extractor: str | None,
    role: Role,
    update: Mapping[str, object] | None,
    personal_data: bool,
) -> PageRead:
    """Extract a stored page; articles' records get `update` (first_seen, removed) and become JSON lines."""
    try:
        result = run_page(page, site, extractor=extractor, role=role)
    except StoreError as error:
        return PageRead(store_error=str(error))
    read = PageRead(error=result.error, fallback=result.fallback, limits=list(result.limits))
    if result.error:
        return read
    read.links = list(result.links)
    if role == "article":
        records = [r.model_copy(update=dict(update or {})) for r in result.records]
        if not personal_data:
            from extract.personal_data import drop_personal_data

            records = [drop_personal_data(record) for record in records]
        read.lines = [(record.id, jsonl.record_line(record)) for record in records]
    return read


def read_pages(calls: list[tuple[Any, ...]]) -> list[PageRead | Exception]:
    """`read_page(*call)` for each call, in one task: one round trip to a worker for several articles.

    A page that raises gives its exception in its place (its own future fails, not its batch's).
    """
    reads: list[PageRead | Exception] = []
    for call in calls:
        try:
            reads.append(read_page(*call))
        except Exception as error:
            reads.append(error)
    return reads


def read_listing(page: StoredPage, site: Site, personal_data: bool, dated: bool) -> PageRead:
    """A listing's `read_page` and, when `dated` (the walk may bound the listing), its items' dates: one task.

    Why one: the walk waits for both before its site's next request, and a second task waited for
    the queue again (a site waited a median 0.59 s after a listing for a 0.2 s delay, 0.23 after an
    article).  The items are the ones the walk takes from the links it gets (`scraper.walk.page_items`),
    so the dates are the ones it read itself before.
    """
    from scraper.walk import item_dates, page_items

    read = read_page(page, site.info, site.extractor, "listing", None, personal_data)
    if dated and not read.store_error and not read.error and (items := page_items(site, read.links)):
        read.dates = item_dates(page, set(items), site.hosts)
    return read


def _nothing() -> None:
    """The first task: the pool is ready once a worker has run it."""


def _worker_start(budget: float, run: int) -> None:
    cores.ignore_stop_signals()
    crashpoints._PLAN.clear()  # the parent reaches "extract" when it hands the page over
    bounds.configure(budget)
    threading.Thread(target=_exit_with, args=(run,), daemon=True).start()


def _exit_with(run: int) -> None:
    """End this worker as soon as the run's process is gone (SIGKILL, a crash): nothing else would.

    The workers hold each other's end of the task queue, and the fork server lives while they do:
    orphaned, they would wait forever, holding the run's stdout and stderr open.
    """
    try:
        watched = os.pidfd_open(run)
    except (AttributeError, OSError):  # not Linux 5.3+: ask every half second
        while True:
            time.sleep(0.5)
            try:
                os.kill(run, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
    select.select([watched], [], [])  # readable once the process has ended
    os._exit(1)


def _context() -> Any:
    """The fork server's context, its preload set (spawned workers where there is none: Windows)."""
    try:
        context: Any = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["scraper.extract_pool", "scraper.walk", "extract.preload"])
    except ValueError:
        return multiprocessing.get_context("spawn")
    return context


def start_early() -> None:
    """Start the workers' fork server now, so that it imports the extractors while the run loads its registry.

    Why: the server takes about a second to import the extractors, and until the pool is ready a
    live walk's pages wait for it (`ExtractPool.started`; before, they were read on the event loop:
    in the crawl benchmark the first 126 listing pages, about 0.6 s of the run's own CPU with every
    fetch stopped).  Started before the registry is read, the server is ready about when the first
    pages come.
    Returns at once (the server is a new process); it ends with the run's process.
    """
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def default_workers() -> int:
    """One worker a core, or SCRAPE_WORKERS (the fetching itself takes a small part of one core)."""
    return cores.workers()


class ExtractPool:
    """Worker processes for extraction; use as `async with ExtractPool() as pool: await (await pool.submit(...))`."""

    def __init__(self, workers: int | None = None, pending: int | None = None) -> None:
        self.workers = workers or default_workers()
        # A walk that finds no free slot waits, and its site's next request with it: with 4 a worker the
        # sites' requests came 0.46-0.58 s apart for a 0.2 s delay (benchmarks/crawl_results.md).  A queued
        # page is a StoredPage (the body stays on disk), so a deeper queue costs little memory.
        self._slots = asyncio.Semaphore(pending or PENDING_A_WORKER * self.workers)
        self._executor: ProcessPoolExecutor | None = None
        self._warm: asyncio.Future[None] | None = None
        self._broken = False  # a worker died (killed, out of memory): the walk reads on the loop again
        self._batch: list[tuple[tuple[Any, ...], asyncio.Future[PageRead]]] = []  # articles not yet sent
        self._timer: asyncio.TimerHandle | None = None  # sends the batch when BATCH_WAIT is over

    @property
    def ready(self) -> bool:
        """Are the workers up?  Starting them takes about a second (a fork server importing the extractors)."""
        warm = self._warm
        return not self._broken and warm is not None and warm.done() and not warm.cancelled() and not warm.exception()

    async def started(self) -> bool:
        """Wait until the workers are up; False when they cannot be had (the walk then reads on the loop).

        Why wait: a page read on the loop costs the run's own process a few ms of CPU with every
        fetch stopped, and the workers (a fork server importing the extractors) are up about when the
        first pages come; the walk waits for them instead, and its pages queue for them.
        """
        warm = self._warm
        if warm is not None and not warm.done():
            # its failure or cancellation is read by `ready`, not raised here; a fork server that hangs is waited
            # for no longer than START_WAIT (the walk then reads its pages on the loop, as with no workers)
            await asyncio.wait({warm}, timeout=START_WAIT)
        return self.ready

    async def __aenter__(self) -> ExtractPool:
        context = _context()
        self._executor = ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_worker_start, initargs=(bounds.default_budget(), os.getpid())
        )
        executor = self._executor

        def start() -> None:  # in a thread: starting the fork server blocks until it has imported the extractors
            try:
                executor.submit(_nothing).result()
            except (OSError, RuntimeError, BrokenProcessPool) as error:  # no workers to be had: read on the loop
                log.warning("extraction stays in this process: cannot start worker processes (%s)", error)
                raise

        self._warm = asyncio.get_running_loop().run_in_executor(None, start)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._executor is not None:
            if self._warm is not None and not self._warm.done():
                self._warm.cancel()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            for _, future in self._batch:  # never sent: nobody waits for them any more
                future.cancel()
            self._batch = []
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    async def submit(self, func: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Queue `func(*args)` in a worker once a slot is free (the queue is bounded); returns its future."""
        if self._executor is None:
            raise RuntimeError("ExtractPool used outside 'async with'")
        await self._slots.acquire()
        try:
            future = asyncio.get_running_loop().run_in_executor(self._executor, func, *args)
        except BaseException as error:
            self._slots.release()
            self._broken = self._broken or isinstance(error, BrokenProcessPool)
            raise
        future.add_done_callback(self._done)
        return future

    async def read(
        self,
        page: StoredPage,
        site: SiteInfo,
        extractor: str | None,
        role: Role,
        update: Mapping[str, object] | None,
        personal_data: bool,
    ) -> asyncio.Future[PageRead]:
        """`submit(read_page, ...)` for articles, sent in batches of BATCH (or after BATCH_WAIT seconds).

        Why: every task costs the run's process a hand-over to the pool's two threads, a pickled
        call, a result and a wake-up of the loop (about 0.2 ms a page in all); an article's records
        are applied whenever they come, so it can wait a few milliseconds for others.  Each page
        still takes one slot of the bounded queue.  BrokenProcessPool at once when the workers are
        gone (the walk reads the page on the loop), on the future when they die with it queued.
        """
        if self._executor is None:
            raise RuntimeError("ExtractPool used outside 'async with'")
        if self._broken:
            raise BrokenProcessPool("the extraction workers are gone")
        await self._slots.acquire()
        if self._executor is None or self._broken:  # closed or broken while this read waited for a slot
            self._slots.release()
            if self._executor is None:
                raise RuntimeError("ExtractPool used outside 'async with'")
            raise BrokenProcessPool("the extraction workers are gone")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[PageRead] = loop.create_future()
        future.add_done_callback(self._release)
        self._batch.append(((page, site, extractor, role, update, personal_data), future))
        if len(self._batch) >= BATCH:
            self._send()
        elif self._timer is None:
            self._timer = loop.call_later(BATCH_WAIT, self._send)
        return future

    def _send(self) -> None:
        """Hand the waiting articles to a worker as one task; each page's future gets its own answer."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._batch = self._batch, []
        if not batch:
            return
        futures = [future for _, future in batch]
        if self._executor is None:  # closed under them: each waiting page gets an answer, never a hang
            _fail(futures, RuntimeError("ExtractPool closed before the batch was sent"))
            return
        try:
            sent = asyncio.get_running_loop().run_in_executor(self._executor, read_pages, [call for call, _ in batch])
        except (BrokenProcessPool, RuntimeError) as error:  # broken, or shut down under it
            self._broken = self._broken or isinstance(error, BrokenProcessPool)
            _fail(futures, error)
            return
        sent.add_done_callback(lambda done: self._deliver(futures, done))

    def _deliver(
        self, futures: list[asyncio.Future[PageRead]], done: asyncio.Future[list[PageRead | Exception]]
    ) -> None:
        if done.cancelled():
            for future in futures:
                future.cancel()
            return
        if (error := done.exception()) is not None:
            self._broken = self._broken or isinstance(error, BrokenProcessPool)
            _fail(futures, error)
            return
        for future, read in zip(futures, done.result(), strict=True):
            if future.done():
                continue
            if isinstance(read, Exception):
                future.set_exception(read)
            else:
                future.set_result(read)

    def _release(self, future: asyncio.Future[Any]) -> None:
        self._slots.release()

    def _done(self, future: asyncio.Future[Any]) -> None:
        self._slots.release()
        if not future.cancelled() and isinstance(future.exception(), BrokenProcessPool):
            self._broken = True


def _fail(futures: list[asyncio.Future[PageRead]], error: BaseException) -> None:
    for future in futures:
        if not future.done():
            future.set_exception(error)
