"""`--resolve HOST=ADDRESS:PORT` and `--resolve-file`: a named host reached on a loopback server, Host unchanged."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scraper.cli import app
from scraper.fetch import Fetcher, FetchPolicy
from scraper.resolve import ResolveError, Resolver, Target, parse_entry

runner = CliRunner()
HOST = "www.gmina-x.test"


class Recorder:
    """A loopback server answering every GET with a small page, recording (Host header, path)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                recorder.seen.append((self.headers.get("Host", ""), self.path))
                body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else b"<html><title>ok</title></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture()
def server() -> Iterator[Recorder]:
    started = Recorder()
    try:
        yield started
    finally:
        started.stop()


def fetch(resolver: Resolver, url: str) -> tuple[int | None, str | None]:
    async def go() -> tuple[int | None, str | None]:
        async with Fetcher(FetchPolicy(delay=0, retries=0, timeout=5), transport=resolver.transport(2)) as fetcher:
            result = await fetcher.fetch(url, allowed_hosts=frozenset({HOST}))
            return result.status, result.error

    return asyncio.run(asyncio.wait_for(go(), 20))


def test_a_mapped_host_reaches_the_server_with_its_own_host_header(server: Recorder) -> None:
    resolver = Resolver.build([f"{HOST}=127.0.0.1:{server.port}"])
    assert fetch(resolver, f"http://{HOST}/aktualnosci?page=2") == (200, None)
    assert server.seen == [(HOST, "/robots.txt"), (HOST, "/aktualnosci?page=2")]


def test_https_to_a_mapped_host_fails_in_one_clear_line(server: Recorder) -> None:
    status, error = fetch(Resolver.build([f"{HOST}=127.0.0.1:{server.port}"]), f"https://{HOST}/")
    assert status is None and error is not None and "plain http only" in error and "\n" not in error
    assert server.seen == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("WWW.Gmina-X.test=127.0.0.1:8080", ("www.gmina-x.test", Target("127.0.0.1", 8080))),
        ("x.test = 127.0.0.2:80", ("x.test", Target("127.0.0.2", 80))),
        ("x.test=[::1]:8443", ("x.test", Target("::1", 8443))),
    ],
)
def test_entries_parse(text: str, target: tuple[str, Target]) -> None:
    assert parse_entry(text) == target


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("x.test=10.0.0.5:80", "not a loopback address"),
        ("x.test=192.168.1.10:80", "not a loopback address"),
        ("x.test=[2001:db8::1]:80", "not a loopback address"),
        ("x.test=localhost:80", "not an IP address"),
        ("x.test=127.0.0.1", "has no port"),
        ("x.test=127.0.0.1:0", "port '0'"),
        ("x.test 127.0.0.1:80", "expected HOST=ADDRESS:PORT"),
        ("http://x.test/=127.0.0.1:80", "not a host name"),
    ],
)
def test_bad_entries_are_refused(text: str, says: str) -> None:
    with pytest.raises(ResolveError, match=says):
        parse_entry(text)


def test_a_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "resolve.txt"
    path.write_text(
        "# staging\nwww.x.test=127.0.0.1:8080  # the main site\n\nbip.x.test=10.1.2.3:80\n", encoding="utf-8"
    )
    with pytest.raises(ResolveError) as raised:
        Resolver.build([], path)
    assert str(raised.value).startswith(f"{path}:4: 10.1.2.3 is not a loopback address")


def test_a_host_mapped_twice_differently_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "resolve.txt"
    path.write_text("www.x.test=127.0.0.1:8080\n", encoding="utf-8")
    assert Resolver.build(["www.x.test=127.0.0.1:8080"], path).targets == {"www.x.test": Target("127.0.0.1", 8080)}
    with pytest.raises(ResolveError, match=r"already mapped to 127.0.0.1:8080 \(.*resolve.txt:1\)"):
        Resolver.build(["www.x.test=127.0.0.1:9090"], path)


def test_nothing_mapped_keeps_the_clients_own_transport() -> None:
    assert Resolver.build([]).transport(8) is None


@pytest.mark.parametrize("command", ["run", "discover"])
def test_the_cli_refuses_bad_entries_in_one_line(tmp_path: Path, command: str) -> None:
    data = ["--data", str(tmp_path / "data"), "--contact", "tests@example.org"]
    result = runner.invoke(app, [command, *data, "--resolve", "www.x.test=8.8.8.8:80"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: --resolve 'www.x.test=8.8.8.8:80': 8.8.8.8 is not a loopback address: only 127.0.0.0/8 and ::1 "
        "are allowed for now (private addresses wait for a policy)"
    ]
    bad = tmp_path / "resolve.txt"
    bad.write_text("www.x.test=127.0.0.1:8080\nnonsense\n", encoding="utf-8")
    result = runner.invoke(app, [command, *data], env={"SCRAPE_RESOLVE_FILE": str(bad)})
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: {bad}:2: expected HOST=ADDRESS:PORT, e.g. www.gmina-x.sim=127.0.0.1:8080"
    ]
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, [command, *data, "--resolve-file", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: --resolve-file {missing}: cannot read it: No such file or directory"


def test_scrape_discover_reaches_a_mapped_host(tmp_path: Path, server: Recorder) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(
        f'[[site]]\nid = "gmina-x"\nname = "Gmina X"\nstart_urls = ["http://{HOST}/"]\nextractor = "generic"\n'
        "delay = 0\n",
        encoding="utf-8",
    )
    args = ["discover", "--sites", str(sites), "--data", str(tmp_path / "data"), "--contact", "tests@example.org"]
    result = runner.invoke(app, [*args, "--resolve", f"{HOST}=127.0.0.1:{server.port}", "--max-requests", "5"])
    assert result.exit_code == 0, result.output
    assert server.seen[:2] == [(HOST, "/robots.txt"), (HOST, "/")]
    assert {host for host, _ in server.seen} == {HOST}
