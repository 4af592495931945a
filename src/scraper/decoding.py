"""Content-Encoding removal in bounded steps, so a gzip or deflate bomb never inflates in one go."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

STEP = 65_536  # most bytes one zlib call may produce


class TooLarge(Exception):
    """A body over its cap, on the wire or decoded."""


class BodyDecoder:
    """Removes one Content-Encoding (gzip, deflate, identity); each zlib call yields at most STEP bytes."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._first = True
        self._obj = self._new()

    def _new(self) -> zlib._Decompress | None:
        if self.coding in ("", "identity"):
            return None
        if self.coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate (tried on the first error).
        return zlib.decompressobj(zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        obj = self._obj
        if obj is None:
            yield data
            return
        while data:
            try:
                out = obj.decompress(data, STEP)
            except zlib.error:
                if not (self._first and self.coding == "deflate"):
                    raise
                obj = self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                out = obj.decompress(data, STEP)
            self._first = False
            yield out
            data = obj.unconsumed_tail
            if obj.eof:
                # Another gzip member may follow; anything else after the end is ignored, as browsers do.
                rest = obj.unused_data
                if not rest.startswith(b"\x1f\x8b") or self.coding == "deflate":
                    return
                data = rest
                obj = self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def flush(self) -> bytes:
        return self._obj.flush() if self._obj is not None else b""
