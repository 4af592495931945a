"""The fixture pages of tests/fixtures/, read the way tests need them.

Each saved page sits beside its expected records (`<site>/<key>.html`, the raw-store sidecar
`<key>.json`, and `<key>.expected.json`). Tests that count pages or records, or list the
shipped sites, ask this module and the registry instead of hard-coding "5 records", so adding a
site (a registry entry and its fixture pages) changes no test.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from extract import jsonl
from scraper.golden import expected_path
from scraper.registry import load_sites
from scraper.store import RawStore, StoredPage

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@dataclass(frozen=True)
class FixturePage:
    entry: StoredPage
    expected: dict[str, Any]  # the page's <key>.expected.json, numbers exact

    @property
    def site(self) -> str:
        return self.entry.site

    @property
    def url(self) -> str:
        return self.entry.url

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def role(self) -> str:
        return str(self.expected["role"])

    @property
    def records(self) -> list[dict[str, Any]]:
        return list(self.expected.get("records", []))

    @property
    def body(self) -> Path:
        return self.entry.body_path

    @property
    def sidecar(self) -> Path:
        return self.entry.body_path.with_name(f"{self.key}.json")


def shipped_site_ids() -> list[str]:
    """The shipped registry's site ids, in its order."""
    return [site.id for site in load_sites()]


def fixture_pages(site: str | None = None, root: Path = FIXTURES) -> list[FixturePage]:
    """Every fixture page (of one site), sorted by site and key, with its expected records."""
    return [
        FixturePage(entry, jsonl.loads(expected_path(root, entry.site, entry.key).read_text(encoding="utf-8")))
        for entry in RawStore(root).pages(site)
    ]


def shipped_pages(site: str | None = None) -> list[FixturePage]:
    """The fixture pages of the shipped registry's sites: what `scrape run --offline` replays."""
    ids = set(shipped_site_ids())
    return [page for page in fixture_pages(site) if page.site in ids]


def expected_records(site: str | None = None) -> list[dict[str, Any]]:
    """The records an offline run over the fixtures gives (of one site), as the expected files say them."""
    return [record for page in shipped_pages(site) if page.role == "article" for record in page.records]


def expected_amounts() -> list[Decimal]:
    """Every amount of every expected record, exact, sorted."""
    return sorted(Decimal(str(a["value"])) for record in expected_records() for a in record["amounts"])
