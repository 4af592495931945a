"""Real-text passages as an evaluation set: reworded passages of real pages, labelled by hand.

A passage set is a folder of `<id>.json` files (format in tests/realtext/README.md).  Each
passage is scored as a page: its text is wrapped in a bare article page and read by the
extractor, so the whole chain (main text, dates, the field parsers) is measured, and only the
fields a passage can show are scored.  A passage from a reserved host (kept for independent
checks) is refused when the set is loaded.
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from urllib.parse import urlsplit

from scraper.evaluation_scoring import CHECKS, FIELDS
from scraper.evaluation_set import EvaluationError, Sample, parse_label

# What a passage can show: every scored field but the page's own (its title, its text's edges) and
# the record's kind and head count, which a passage labels nowhere.
PASSAGE_FIELDS: tuple[str, ...] = tuple(
    name for name in FIELDS if name not in {"title", "title.similarity", "participants", "kind", *CHECKS}
)
RESERVED_HOSTS = Path("tests/realtext/reserved_hosts.txt")


def is_passage_set(directory: Path) -> bool:
    """A folder of passages (`<id>.json`), not a page set (`pages/` and `labels/`)."""
    return not (directory / "labels").is_dir() and any(directory.glob("*.json"))


def reserved_hosts(path: Path = RESERVED_HOSTS) -> frozenset[str]:
    """Hosts whose pages must never enter the project (one a line, # comments); `www.` is the same host."""
    if not path.is_file():
        raise EvaluationError(f"{path}: the reserved-hosts list is missing; a passage set is not loaded without it")
    hosts = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(host.removeprefix("www.") for host in hosts if host and not host.startswith("#"))


def passage_page(text: str) -> bytes:
    """The passage as a bare article page: one <p> a paragraph, a <br> between its lines (list items, table rows)."""
    paragraphs = "".join(
        "<p>" + "<br>".join(html.escape(line.strip()) for line in part.strip().splitlines()) + "</p>"
        for part in text.split("\n\n")
        if part.strip()
    )
    page = (
        f'<!doctype html><html><head><meta charset="utf-8"></head><body><article>{paragraphs}</article></body></html>'
    )
    return page.encode("utf-8")


def load_passages(directory: Path, *, reserved: frozenset[str] | None = None) -> list[Sample]:
    """Every passage of the set, by id; EvaluationError on a malformed one or one from a reserved host."""
    reserved = reserved_hosts() if reserved is None else reserved
    samples = []
    for path in sorted(directory.glob("*.json")):
        label = parse_label(path)
        host = (urlsplit(label.url).hostname or "").lower().removeprefix("www.")
        if blocked := next((r for r in reserved if host == r or host.endswith(f".{r}")), None):
            under = "" if host == blocked else f" (under {blocked})"
            raise EvaluationError(
                f"{path}: {host} is a reserved host{under} (kept for independent checks); remove the passage"
            )
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise EvaluationError(f"{path}: text: expected the reworded passage, got {text!r}")
        samples.append(Sample(path.stem, passage_page(text), label))
    if not samples:
        raise EvaluationError(f"no passages in {directory} (<id>.json, see tests/realtext/README.md)")
    return samples


def set_hash(directory: Path) -> str:
    """SHA-256 over the set's file names and contents: a pinned score belongs to one version of its set."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
