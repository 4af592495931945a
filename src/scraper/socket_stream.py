"""httpcore's network stream on asyncio's own transport, for the guarded backend (scraper.netguard).

Why: httpcore's default backend goes through anyio, which for every read and write of every
request opens a cancel scope with a timer (`fail_after`), maps exceptions through a generator,
takes a resource guard, yields to the loop once more after each write and switches the socket's
reading on and off around each read (two `epoll_ctl` calls): about a quarter of the Fetcher's CPU
in the crawl benchmark.  Here a protocol reads what arrives into a queue (pausing the socket only
when a quarter of a megabyte waits unread), a read takes what is there and waits, with a plain
`asyncio.timeout`, only when nothing is; a write hands the bytes to the transport and waits only
when its buffer is full.  The errors are httpcore's, as the anyio backend raises them (a socket
option refused too), with the OS's error as their cause (the fetcher reads "connection refused" from
there).  One read and one write wait at a time, as httpcore's HTTP/1.1 uses a stream; a second read
waiting at once is a program error.
"""

from __future__ import annotations

import asyncio
import select
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any

import httpcore

_HIGH = 256 * 1024  # unread bytes at which the socket stops being read until a read takes some


class _Protocol(asyncio.Protocol):
    """What arrived and not yet read, the end of the stream, and the waits for either and for writing."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.size = 0
        self.eof = False
        self.error: BaseException | None = None
        self.closed = False  # connection_lost was called
        self._paused = False
        self._reader: asyncio.Future[None] | None = None
        self._writable: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > _HIGH and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake_reader()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake_reader()
        return False  # close the transport: HTTP/1.1 never writes after the server's end

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof, self.closed, self.error = True, True, exc
        self._wake_reader()
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def pause_writing(self) -> None:
        if self._writable is None or self._writable.done():
            self._writable = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def _wake_reader(self) -> None:
        if self._reader is not None and not self._reader.done():
            self._reader.set_result(None)

    async def wait_readable(self) -> None:
        if self._reader is not None:
            raise RuntimeError("another read is already waiting on this connection")
        self._reader = asyncio.get_running_loop().create_future()
        try:
            await self._reader
        finally:
            self._reader = None

    async def wait_writable(self) -> None:
        if self._writable is not None and not self._writable.done():
            # shielded: a write cancelled (or timed out) while waiting must not mark the shared wait as over
            await asyncio.shield(self._writable)

    def take(self, max_bytes: int) -> bytes:
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            chunk, rest = chunk[:max_bytes], chunk[max_bytes:]
            self.chunks.appendleft(rest)
        self.size -= len(chunk)
        if self._paused and self.size <= _HIGH // 4 and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        return chunk


class SocketStream(httpcore.AsyncNetworkStream):
    """One connection (plain TCP, or TLS once `start_tls` made it so) as httpcore's stream."""

    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.chunks:
            if protocol.eof:
                return self._ended(httpcore.ReadError)
            try:
                async with asyncio.timeout(timeout):
                    await protocol.wait_readable()
            except TimeoutError as error:
                raise httpcore.ReadTimeout(str(error) or "read timed out") from error
            if not protocol.chunks:
                return self._ended(httpcore.ReadError)
        return protocol.take(max_bytes)

    def _ended(self, kind: type[httpcore.NetworkError]) -> bytes:
        """The end of the stream: b"" as httpcore expects, or the error that ended it."""
        error = self._protocol.error
        if error is not None:
            raise kind(str(error) or type(error).__name__) from error
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._protocol.closed or self._transport.is_closing():
            self._ended(httpcore.WriteError)
            raise httpcore.WriteError("the connection is closed")
        try:
            self._transport.write(buffer)
        except (OSError, RuntimeError) as error:
            raise httpcore.WriteError(str(error)) from error
        try:
            async with asyncio.timeout(timeout):
                await self._protocol.wait_writable()
        except TimeoutError as error:
            raise httpcore.WriteTimeout(str(error) or "write timed out") from error
        if self._protocol.error is not None:
            self._ended(httpcore.WriteError)

    async def aclose(self) -> None:
        # abort, not close: close() would keep the socket until unsent bytes drain, with no time limit (a peer
        # that stopped reading), and on TLS wait for the peer's close_notify; anyio's stream aborts too
        self._transport.abort()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError as error:  # loop.start_tls has closed the transport on any error
            raise httpcore.ConnectTimeout(str(error) or "TLS handshake timed out") from error
        except (OSError, ssl.SSLError) as error:
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        assert isinstance(transport, asyncio.Transport)
        self._protocol.transport = transport
        return SocketStream(transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self._readable()
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None

    def _readable(self) -> bool:
        """httpcore's check of an idle connection: data or the end waiting, or a socket already closed."""
        protocol = self._protocol
        if protocol.chunks or protocol.eof or self._transport.is_closing():
            return True
        sock = self._transport.get_extra_info("socket")
        if sock is None or sock.fileno() < 0:
            return True
        poller = select.poll()  # what the loop has not read yet: the kernel knows
        poller.register(sock.fileno(), select.POLLIN)
        return bool(poller.poll(0))


async def connect_tcp(
    host: str,
    port: int,
    timeout: float | None = None,
    local_address: str | None = None,
    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
) -> SocketStream:
    """A TCP connection to an address (already checked: no name is resolved here), with TCP_NODELAY."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            transport, protocol = await loop.create_connection(
                _Protocol, host, port, local_addr=(local_address, 0) if local_address else None
            )
    except TimeoutError as error:
        raise httpcore.ConnectTimeout(str(error) or "connect timed out") from error
    except OSError as error:
        raise httpcore.ConnectError(str(error)) from error
    assert isinstance(transport, asyncio.Transport)
    sock = transport.get_extra_info("socket")  # asyncio has set TCP_NODELAY, as anyio did
    try:
        for option in socket_options or ():
            sock.setsockopt(*option)
    except OSError as error:
        transport.abort()
        raise httpcore.ConnectError(str(error)) from error
    return SocketStream(transport, protocol)
