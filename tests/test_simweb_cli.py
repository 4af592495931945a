"""Issue 14 as an operator checks it: `scrape discover` and `scrape run --resolve-file` over the simulated web.

The web runs in-process (as `python -m simweb serve` runs it); its sites.toml and resolve.txt are
written the same way, and the commands go through the CLI itself, so option parsing, the resolve
transport, discovery before a run and the second run's conditional requests are all the real ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from scraper.cli import app
from scraper.resolve import ResolvingTransport
from simweb import SimWeb, start_sim_web
from simweb.operator import score, write_operator_files

runner = CliRunner()


@pytest.fixture()
def web() -> Iterator[SimWeb]:
    started = start_sim_web()
    try:
        yield started
    finally:
        started.stop()


def test_discover_and_run_over_the_simulated_web(web: SimWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sites, resolve = write_operator_files(web, tmp_path / "simweb")
    data = tmp_path / "simdata"
    asked: set[str] = set()  # every host the CLI's transport was asked for, mapped or not
    handle = ResolvingTransport.handle_async_request

    async def recording(self: ResolvingTransport, request: httpx.Request) -> httpx.Response:
        asked.add(request.url.host)
        return await handle(self, request)

    monkeypatch.setattr(ResolvingTransport, "handle_async_request", recording)
    common = ["--sites", str(sites), "--resolve-file", str(resolve), "--data", str(data)]
    common += ["--contact", "tests@example.org", "--concurrency", "32"]

    discovered = runner.invoke(app, ["discover", *common])
    assert discovered.exit_code == 0, discovered.output
    assert score(web, data).section_share >= 0.95
    discovery_log = web.requests
    web.clear_log()

    first = runner.invoke(app, ["run", *common, "--since", "2015-01-01"])
    assert first.exit_code == 0, first.output
    records = (data / "clean" / "records.jsonl").read_bytes()
    figures = score(web, data)
    print("\n" + "\n".join(figures.lines()))
    assert figures.item_share >= 0.95
    assert "coverage: all 58 units gave records" in first.stdout

    second = runner.invoke(app, ["run", *common, "--since", "2015-01-01"])
    assert second.exit_code == 0, second.output
    assert (data / "clean" / "records.jsonl").read_bytes() == records
    assert any(r.status == 304 for r in web.requests)

    # nothing left the units: every host asked is one of theirs (discovery may ask a shared host's own
    # /sitemap.xml), and every request of the runs is inside one of the units' sites
    own = set().union(*(t.hosts | t.dead_hosts for t in web.truths))
    assert asked and asked <= own, sorted(asked - own)[:5]
    assert {r.host for r in discovery_log} <= own
    outside = [r for r in web.requests if not any(t.owns(f"http://{r.host}{r.path}") for t in web.truths)]
    assert not outside, outside[:5]
    # the web does hold hosts a unit links to but does not own (sibling schools, other units), so the
    # check above had something to catch
    assert set().union(*(t.forbidden_hosts for t in web.truths)) - own


def test_a_run_that_discovers_first_asks_each_robots_txt_once(web: SimWeb, tmp_path: Path) -> None:
    """Discovery and the crawl of one run share their robots.txt verdicts: one request per host a night."""
    sites, resolve = write_operator_files(web, tmp_path / "simweb")
    common = ["--sites", str(sites), "--resolve-file", str(resolve), "--data", str(tmp_path / "simdata")]
    run = runner.invoke(app, ["run", *common, "--contact", "tests@example.org", "--concurrency", "32"])
    assert run.exit_code == 0, run.output
    assert "discovering 58 unknown sites" in run.output
    robots = Counter(r.host for r in web.requests if r.path == "/robots.txt")
    crawled = {r.host for r in web.requests if r.path != "/robots.txt" and r.status == 200}
    assert crawled <= set(robots)  # every host crawled was asked for its robots.txt first ...
    assert set(robots.values()) == {1}, robots.most_common(3)  # ... once, by discovery or by the crawl
    useful = [r for r in web.requests if r.status is not None]
    print(f"\n{len(useful)} requests in a run that discovers first, {sum(robots.values())} of them robots.txt")
