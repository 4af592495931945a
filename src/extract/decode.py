"""Bytes to text the way browsers do for Polish sites: BOM, then HTTP charset, then <meta>, then a guess.

Polish municipal sites still serve windows-1250 and ISO-8859-2, often declared
only in a <meta> tag, sometimes not at all; a wrong guess turns "ą" into "š"
and silently corrupts every name.  When nothing is declared we try UTF-8 (strict)
and fall back to windows-1250, the commoner of the two legacy Polish encodings.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG labels that Python spells differently or that browsers remap.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-cp1250": "cp1250",
    "utf8": "utf-8",
}
_META_WINDOW = 4096


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    declared_by: str  # "http", "bom", "meta", "guess"


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return _codec(match.group(1)) if match else None


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML body; undecodable bytes become U+FFFD rather than an exception.

    A byte-order mark outranks the HTTP charset, as in browsers (WHATWG "BOM sniff"): a UTF-16
    file served as `charset=utf-8` is UTF-16, not text with a NUL between every two letters.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(codec, "replace"), codec, "bom")
    if encoding := charset_from_content_type(content_type):
        return Decoded(body.decode(encoding, "replace"), encoding, "http")
    match = _META_CHARSET.search(body[:_META_WINDOW])
    encoding = _codec(match.group(1).decode("ascii", "ignore")) if match else None
    # A page served as UTF-16 cannot carry an ASCII <meta>; such a declaration is wrong.
    if encoding and not encoding.startswith("utf-16"):
        return Decoded(body.decode(encoding, "replace"), encoding, "meta")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "guess")
    except UnicodeDecodeError:
        return Decoded(body.decode("cp1250", "replace"), "cp1250", "guess")
