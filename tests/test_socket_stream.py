"""The guarded transport's own sockets (scraper.socket_stream): what httpcore needs of a network stream.

Real connections on 127.0.0.1, served by a small asyncio server each test starts: TLS with a
certificate of the test's own (tests/tls/, for 127.0.0.1 only, trusted only where a test says
so), a body far larger than the read buffer, a server that says nothing, one that hangs up in
the middle of a body, one that closes a kept-alive connection between two requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpcore
import httpx
import pytest

from scraper import socket_stream
from scraper.fetch import network_cause
from scraper.netguard import GuardedTransport

TLS = Path(__file__).parent / "tls"
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def answer(body: bytes, *, close: bool = False) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
    return (head + ("Connection: close\r\n" if close else "") + "\r\n").encode() + body


async def read_request(reader: asyncio.StreamReader) -> bool:
    """Read one request's head; False at the end of the stream."""
    try:
        await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return False
    return True


async def fetch_all(
    handler: Handler, paths: list[str], *, tls: ssl.SSLContext | None = None, trust: ssl.SSLContext | None = None
) -> list[httpx.Response | Exception]:
    """Serve `handler` on 127.0.0.1 and GET each path in turn through one guarded transport."""
    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    scheme = "https" if tls else "http"
    transport = GuardedTransport(concurrency=2, allow_loopback=True, ssl_context=trust)
    results: list[httpx.Response | Exception] = []
    try:
        async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(0.5)) as client:
            for path in paths:
                try:
                    response = await client.get(f"{scheme}://127.0.0.1:{port}{path}")
                    results.append(response)
                except httpx.HTTPError as error:
                    results.append(error)
    finally:
        server.close()
        await server.wait_closed()
    return results


def serve_body(body: bytes, *, close_after: int | None = None) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        served = 0
        while await read_request(reader):
            writer.write(answer(body))
            await writer.drain()
            served += 1
            if close_after is not None and served >= close_after:
                break
        writer.close()

    return handle


def test_a_body_far_larger_than_the_read_buffer_arrives_whole_over_one_kept_connection() -> None:
    body = bytes(range(256)) * 8192  # 2 MB: the socket is paused and resumed as it is read
    results = asyncio.run(fetch_all(serve_body(body), ["/a", "/b"]))
    assert [r.content if isinstance(r, httpx.Response) else r for r in results] == [body, body]


def test_a_connection_the_server_closed_between_requests_is_not_used_again() -> None:
    results = asyncio.run(fetch_all(serve_body(b"<p>ok</p>", close_after=1), ["/a", "/b", "/c"]))
    assert all(isinstance(r, httpx.Response) and r.status_code == 200 for r in results), results


def test_a_server_that_says_nothing_is_a_read_timeout() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(2)
        writer.close()

    [result] = asyncio.run(fetch_all(silent, ["/"]))
    assert isinstance(result, httpx.ReadTimeout)


def test_a_body_cut_short_is_an_error_not_a_short_page() -> None:
    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer(b"x" * 10_000)[:5_000])
        await writer.drain()
        writer.close()

    [result] = asyncio.run(fetch_all(cut, ["/"]))
    assert isinstance(result, httpx.RemoteProtocolError | httpx.ReadError), result


def server_context() -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")
    return context


def test_tls_to_a_trusted_certificate_reads_the_page() -> None:
    trust = ssl.create_default_context(cafile=str(TLS / "cert.pem"))
    body = b"<p>zaszyfrowane</p>" * 5000
    results = asyncio.run(fetch_all(serve_body(body), ["/a", "/b"], tls=server_context(), trust=trust))
    assert [r.content if isinstance(r, httpx.Response) else r for r in results] == [body, body]


def test_tls_to_a_certificate_nobody_vouches_for_is_refused() -> None:
    [result] = asyncio.run(fetch_all(serve_body(b"secret"), ["/"], tls=server_context()))
    assert isinstance(result, httpx.ConnectError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(result)


def test_a_refused_connection_says_so() -> None:
    async def run() -> Exception:
        server = await asyncio.start_server(serve_body(b""), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        transport = GuardedTransport(concurrency=1, allow_loopback=True)
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.raises(httpx.ConnectError) as caught:
                await client.get(f"http://127.0.0.1:{port}/")
        return caught.value

    assert network_cause(asyncio.run(run())) == "connection refused"  # the fetcher's one line: the OS's reason


@contextlib.asynccontextmanager
async def quiet_peer(seconds: float) -> AsyncIterator[int]:
    """A server on 127.0.0.1 that accepts, reads and writes nothing for `seconds`, then hangs up; yields its port."""

    async def quiet(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(seconds)
        writer.close()

    server = await asyncio.start_server(quiet, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def test_closing_a_connection_with_unsent_bytes_frees_its_socket_at_once() -> None:
    """A peer that stopped reading: aclose() aborts (close() would hold the socket until the bytes drain)."""

    async def check() -> tuple[bool, bool]:
        async with quiet_peer(1.0) as port:
            stream = await socket_stream.connect_tcp("127.0.0.1", port)
            sock = stream.get_extra_info("socket")
            timed_out = False
            try:
                await stream.write(b"x" * 32_000_000, timeout=0.2)
            except httpcore.WriteTimeout:
                timed_out = True
            await stream.aclose()
            await asyncio.sleep(0)  # the loop's connection_lost runs on the next turn
            return timed_out, sock.fileno() < 0

    assert asyncio.run(check()) == (True, True)


def test_two_reads_waiting_at_once_is_a_program_error() -> None:
    async def check() -> str:
        async with quiet_peer(0.5) as port:
            stream = await socket_stream.connect_tcp("127.0.0.1", port)
            first = asyncio.create_task(stream.read(1024, timeout=0.3))
            await asyncio.sleep(0.01)
            with pytest.raises(RuntimeError) as second:
                await stream.read(1024, timeout=0.3)
            with pytest.raises(httpcore.ReadTimeout):
                await first  # the first read still waits, and times out as its own
            await stream.aclose()
            return str(second.value)

    assert asyncio.run(check()) == "another read is already waiting on this connection"


def test_a_refused_socket_option_is_a_connect_error() -> None:
    async def check() -> None:
        async with quiet_peer(0.1) as port:
            with pytest.raises(httpcore.ConnectError):
                await socket_stream.connect_tcp("127.0.0.1", port, socket_options=[(-1, -1, 1)])

    asyncio.run(check())
