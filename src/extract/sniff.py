"""Is this body an HTML page at all?  A cheap look at its first bytes, before anything is parsed.

A PDF, a Word file or a picture saved under a page's name (or fed to `scrape extract`) must
be refused in one line that says what it is, not read into a record whose text is `%PDF-1.4 …`.
`why_not_html` looks at the first few KB only (past leading whitespace): magic numbers of the
document and image formats municipal sites link to, NUL bytes (binary data; UTF-16 with a
byte-order mark is fine), this project's own raw-store sidecar, and finally whether there is
any markup at all.
"""

from __future__ import annotations

import codecs
import re

WINDOW = 4096  # bytes looked at, after the leading whitespace

# (magic bytes at the start, what the file looks like, the magic as printed in the message)
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", "%PDF-"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls, .ppt)", "\\xD0\\xCF\\x11\\xE0"),
    (b"{\\rtf", "an RTF document", "{\\rtf"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "\\x89PNG"),
    (b"\xff\xd8\xff", "a JPEG image", "\\xFF\\xD8\\xFF"),
    (b"GIF87a", "a GIF image", "GIF87a"),
    (b"GIF89a", "a GIF image", "GIF89a"),
    (b"II*\x00", "a TIFF image", "II*\\x00"),
    (b"MM\x00*", "a TIFF image", "MM\\x00*"),
    (b"\x1f\x8b", "gzip-compressed data (a body saved without decompressing it?)", "\\x1F\\x8B"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "7z\\xBC\\xAF"),
    (b"Rar!\x1a\x07", "a RAR archive", "Rar!"),
)
_ZIP = b"PK\x03\x04"
_ODF = re.compile(rb"application/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)")
_ODF_NAMES = {b"text": ".odt", b"spreadsheet": ".ods", b"presentation": ".odp"}
_OOXML_PARTS = ((b"word/", ".docx"), (b"xl/", ".xlsx"), (b"ppt/", ".pptx"))
_WEBP = re.compile(rb"RIFF....WEBP", re.DOTALL)

_LEADING_SPACE = re.compile(rb"[ \t\r\n\f\v]*")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SIDECAR_URL = re.compile(rb'"url"\s*:\s*"')
_SIDECAR_KEYS = re.compile(rb'"(?:content_sha256|fetched_at)"\s*:')
_JSON_OBJECT = re.compile(rb'\{\s*"')
_ENTRY_LINE = re.compile(rb'\{"key": "[0-9a-f]{16}", ')  # how the store starts each line of `_entries.jsonl`


def _zip_kind(head: bytes) -> str:
    """Office files are ZIP archives; the first entries' names (stored uncompressed) tell which."""
    if found := _ODF.search(head):
        return f"an OpenDocument file ({_ODF_NAMES[found.group(1)]})"
    for part, suffix in _OOXML_PARTS:
        if part in head:
            return f"an Office Open XML document ({suffix})"
    if b"[Content_Types].xml" in head:
        return "an Office Open XML document (.docx, .xlsx or .pptx)"
    return "a ZIP archive (or an Office file in one: .docx, .xlsx, .odt)"


def _utf16_reason(body: bytes) -> str | None:
    text = body[2 : 2 + WINDOW].decode("utf-16-le" if body.startswith(codecs.BOM_UTF16_LE) else "utf-16-be", "replace")
    if not text.strip():
        if len(body) <= 2 + WINDOW:
            return f"empty file ({len(body)} bytes of UTF-16 whitespace): nothing to extract"
        return None  # a long run of whitespace: let the parser judge the rest
    if "<" not in text:
        return f"not an HTML page: UTF-16 text with no markup in its first {WINDOW} bytes"
    return None


def why_not_html(body: bytes) -> str | None:
    """None for a body that may be an HTML page; otherwise why not, in one line.

    Looks at no more than the leading whitespace and the WINDOW bytes after it.
    """
    if not body:
        return "empty file (0 bytes): nothing to extract"
    if body.startswith(_UTF16_BOMS):  # NUL bytes are expected here
        return _utf16_reason(body)
    start = len(codecs.BOM_UTF8) if body.startswith(codecs.BOM_UTF8) else 0
    match = _LEADING_SPACE.match(body, start)
    start = match.end() if match else start
    if start >= len(body):
        return f"empty file ({len(body)} bytes, only whitespace): nothing to extract"
    head = body[start : start + WINDOW]
    for magic, what, shown in SIGNATURES:
        if head.startswith(magic):
            return f"not an HTML page: looks like {what} (starts with {shown})"
    if head.startswith(_ZIP):
        return f"not an HTML page: looks like {_zip_kind(head)} (starts with PK\\x03\\x04)"
    if _WEBP.match(head):
        return "not an HTML page: looks like a WebP image (starts with RIFF….WEBP)"
    if (nul := head.find(b"\x00")) >= 0:
        if head.startswith((b"<\x00", b"\x00<")):
            return "not an HTML page: looks like UTF-16 text without a byte-order mark (NUL bytes between letters)"
        return f"not an HTML page: looks like binary data (a NUL byte at offset {start + nul})"
    if _JSON_OBJECT.match(head):
        if _SIDECAR_URL.search(head) and _SIDECAR_KEYS.search(head):
            if _ENTRY_LINE.match(head):
                return "this is a raw-store entries file (_entries.jsonl); pass a body, an .html file beside it"
            return "this is a raw-store sidecar (.json); pass its body, the .html file beside it"
        return 'not an HTML page: looks like JSON data (starts with {")'
    if b"<" not in head:
        return f"not an HTML page: no markup in its first {WINDOW} bytes (plain text?)"
    return None
