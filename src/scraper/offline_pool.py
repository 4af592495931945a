"""Both cores for `scrape extract` and `scrape run --offline`: extraction in worker processes, output unchanged.

Extraction is pure CPU (parse, layout, field parsers) and each page is independent, so it runs in
a pool of forked workers (`ordered_map`): pages go out in chunks, at most two chunks per worker in
flight (memory stays bounded however many pages there are), and results come back in the input
order, so the output is byte-identical to a run in one process.

`scrape run --offline` keeps its walk (`scraper.walk`) as it is: while it walks, `prepared`
extracts the saved pages of the chosen sites in the pool, in the order the walk reads the sites,
and keeps each result, pickled and compressed (about 1.5 KB a page), until the walk asks for it
(`take`, from `scraper.pages.extract_stored`); a page the pool could not read
(a body altered since it was saved, a crash) is simply read again in process, where its error is
reported as before.

Small runs do not pay the pool's start-up: below `THRESHOLD` pages (or with one worker:
`SCRAPE_WORKERS=1`, or a machine with one core) everything runs in this process.  Workers ignore
SIGINT and SIGTERM: Ctrl-C stops the parent, which cancels the chunks not started and waits for
the few in flight, so a stop leaves no orphan and no traceback.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from scraper.cores import ignore_stop_signals, workers

if TYPE_CHECKING:
    from extract.pipeline import Extraction, Role
    from scraper.registry import Site
    from scraper.store import RawStore, StoredPage

T = TypeVar("T")
R = TypeVar("R")

THRESHOLD = 200  # pages: below it the pool's start-up (fork, warm caches) costs more than it saves
CHUNK = 8  # pages a task: few enough to spread evenly, enough to make a round trip cheap
IN_FLIGHT = 2  # chunks a worker may have queued: keeps both cores busy, bounds what waits in memory

Key = tuple[str, str, str, str | None, str]  # site id, URL, body digest, extractor, role
_prepared: dict[Key, bytes] = {}
log = logging.getLogger(__name__)


def use_pool(pages: int) -> bool:
    """Is a pool worth starting for this many pages (and can this platform fork)?"""
    return pages >= THRESHOLD and workers() > 1 and "fork" in multiprocessing.get_all_start_methods()


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_map(func: Callable[[T], R], items: Iterable[T], *, chunk: int = CHUNK) -> Generator[R, None, None]:
    """`map(func, items)` in forked worker processes, in input order, with a bounded number of chunks in flight.

    `func` must be a module-level function; the workers are forked, so they share this process's
    warmed caches (the extractor registry, compiled patterns) and need no start-up of their own.
    A worker that dies (killed, out of memory) is not the end of the run: what was not done yet is
    done here, in order, after one warning.
    """
    count = workers()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(count, mp_context=context, initializer=ignore_stop_signals) as pool:
        pending: deque[tuple[Future[list[R]] | None, list[T]]] = deque()  # in input order, not yet yielded
        chunks = _chunks(items, chunk)
        try:
            for part in chunks:
                pending.append((None, part))
                pending[-1] = (pool.submit(_run_chunk, func, part), part)
                if len(pending) >= count * IN_FLIGHT:
                    break
            while pending:
                future, _ = pending[0]
                assert future is not None
                results = future.result()
                pending.popleft()
                yield from results
                for part in chunks:  # one more chunk, if any is left
                    pending.append((None, part))
                    pending[-1] = (pool.submit(_run_chunk, func, part), part)
                    break
        except BrokenProcessPool:
            log.warning("a worker process died; the remaining pages are read in this process")
            for part in (*(p for _, p in pending), *chunks):
                yield from _run_chunk(func, part)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# -- scrape run --offline ------------------------------------------------------------------------


def _key(site_id: str, page: StoredPage, extractor: str | None, role: str) -> Key:
    return (site_id, page.url, page.content_sha256, extractor, role)


def _extract_job(job: tuple[Site, StoredPage, Role]) -> tuple[Key, bytes | None]:
    """In a worker: one saved page's extraction, pickled; None when it raised (read again in process)."""
    from scraper.pages import extract_page

    site, page, role = job
    key = _key(site.id, page, site.extractor, role)
    try:
        result = extract_page(page, site.info, extractor=site.extractor, role=role)
    except Exception:  # the walk reads the page again, in process, and reports what it raises
        return key, None
    return key, zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _jobs(sites: list[Site], store: RawStore) -> list[tuple[Site, StoredPage, Role]]:
    from scraper.pages import role_of
    from scraper.store import StoreError

    jobs = []
    for site in sites:
        for entry in store.scan(site.id):
            if isinstance(entry, StoreError) or entry.status != 200:
                continue
            role = role_of(site, entry.url)
            if role is not None:
                jobs.append((site, entry, role))
    return jobs


def _warm(jobs: list[tuple[Site, StoredPage, Role]]) -> int:
    """Extract one article here first (its index is returned): the workers fork with the lazily built
    tables already made, instead of each building them."""
    for index, (site, page, role) in enumerate(jobs):
        if role == "article":
            key, done = _extract_job((site, page, role))
            if done is not None:
                _prepared[key] = done
            return index
    return -1


class _Results:
    """The pool's results as the walk asks for them: read from `ordered_map` up to the page asked for.

    The walk goes site by site in the order the jobs were made (`scraper.runs`), so what is read
    ahead and kept (`_prepared`) is about one site's pages, and the workers extract the next
    pages while the walk writes the last ones.
    """

    def __init__(
        self, stream: Generator[tuple[Key, bytes | None], None, None], expected: set[Key], sites: list[str]
    ) -> None:
        self.stream = stream
        self.expected = expected  # keys the pool will still give
        self.rank = {site: index for index, site in enumerate(sites)}  # the order the walk reads the sites in
        self.current = -1  # the rank of the site the walk is reading

    def pull(self, key: Key) -> None:
        """Read results until `key`'s (when the pool has it coming): each kept in `_prepared`.

        Once the walk asks for a later site, what the earlier ones left (pages a walk bounded by
        max_pages did not read) is dropped: it will not be asked for.
        """
        rank = self.rank.get(key[0], -1)
        if rank > self.current:
            self.current = rank
            for old in [k for k in _prepared if self.rank.get(k[0], -1) < rank]:
                del _prepared[old]
        while key in self.expected:
            try:
                done_key, done = next(self.stream)
            except StopIteration:  # (not expected: every job gives a result) the walk reads the rest itself
                self.expected.clear()
                return
            self.expected.discard(done_key)
            if done is not None and self.rank.get(done_key[0], -1) >= self.current:
                _prepared[done_key] = done


_results: _Results | None = None


@contextmanager
def prepared(sites: list[Site], store: RawStore) -> Iterator[int]:
    """Extract the sites' saved pages in the pool while the walk reads them; yields how many will be.

    Below `THRESHOLD` pages nothing is done (0): the walk extracts in process as before.
    """
    global _results
    jobs = _jobs(sites, store)
    stream: Generator[tuple[Key, bytes | None], None, None] | None = None
    try:
        if not use_pool(len(jobs)):
            yield 0
            return
        warmed = _warm(jobs)
        expected = {_key(site.id, page, site.extractor, role) for site, page, role in jobs}
        expected -= set(_prepared)
        stream = ordered_map(_extract_job, (job for index, job in enumerate(jobs) if index != warmed))
        _results = _Results(stream, expected, [site.id for site in sites])
        del jobs
        yield len(expected) + len(_prepared)
    finally:
        _results = None
        if stream is not None:
            stream.close()  # (a stop, or a walk that asked for fewer pages) the chunks not started are cancelled
        _prepared.clear()


def take(site_id: str, page: StoredPage, extractor: str | None, role: str) -> Extraction | None:
    """The pool's result for this page (once: it is dropped), or None when it has none."""
    key = _key(site_id, page, extractor, role)
    if _results is not None:
        _results.pull(key)
    done = _prepared.pop(key, None)
    return None if done is None else pickle.loads(zlib.decompress(done))  # our own workers' bytes
