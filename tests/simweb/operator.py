"""The simulated web as an operator meets it: a sites.toml and a resolve file for `scrape`, and the scores.

`write_operator_files` gives `scrape discover` / `scrape run --resolve-file` what they need to crawl
the running web like a staging server (every unit as a bare [[site]]: discovery fills in the rest).
`score` reads what those commands left in the data directory (DATA/discovery/*.json and
DATA/clean/records.jsonl) and compares it with the truth, so the figures need no test harness.
"""

from __future__ import annotations

import json
import socket
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scraper.discovery_store import load_discovery

from .server import SimWeb
from .templates import strip_noise
from .truth import UnitTruth

DELAY = 0.02  # seconds between two requests to one host: small for speed, enforced like any real delay
KINDS = ("news", "funding", "bip", "welfare")


def site_id(truth: UnitTruth) -> str:
    return f"sim-{truth.teryt}"


def sites_toml(web: SimWeb, delay: float = DELAY) -> str:
    """One bare [[site]] per unit (id, name, homepage, generic extractor, delay): discovery supplies the rest."""
    blocks = [
        "# The simulated web's units (tests/simweb); no follow/articles: `scrape discover` finds them.\n"
        "# Crawl it with --resolve-file resolve.txt (written beside this file).\n"
    ]
    for truth in web.truths:
        blocks.append(
            "[[site]]\n"
            f'id = "{site_id(truth)}"\n'
            f"name = {json.dumps(truth.name, ensure_ascii=False)}\n"
            f"start_urls = [{json.dumps(truth.homepage)}]\n"
            'extractor = "generic"\n'
            f"delay = {delay}\n"
        )
    return "\n".join(blocks)


def resolve_txt(web: SimWeb, dead: Mapping[str, int] | None = None) -> str:
    """Every served host -> the web's loopback port, for `scrape --resolve-file`; each `dead` host -> its port on
    127.0.0.1 where nothing listens (a host that refuses connections, never one left to the real DNS)."""
    lines = [f"# the simulated web on 127.0.0.1:{web.port}: {len(web.hosts)} hosts"]
    lines += [f"{host}=127.0.0.1:{web.port}" for host in sorted(web.hosts)]
    if dead:
        lines.append("# dead hosts (simweb serve --dead): nothing listens on their ports")
        lines += [f"{host}=127.0.0.1:{port}" for host, port in sorted(dead.items())]
    return "\n".join(lines) + "\n"


def closed_port() -> int:
    """A loopback port nothing listens on (just freed): connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_operator_files(web: SimWeb, out: Path, delay: float = DELAY, dead: Sequence[str] = ()) -> tuple[Path, Path]:
    """DIR/sites.toml and DIR/resolve.txt for the running `web` (the `dead` hosts taken off it, refusing
    connections); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    for host in dead:
        web.kill(host)
    sites, resolve = out / "sites.toml", out / "resolve.txt"
    sites.write_text(sites_toml(web, delay), encoding="utf-8")
    resolve.write_text(resolve_txt(web, {host: closed_port() for host in dead}), encoding="utf-8")
    return sites, resolve


def _key(url: str) -> tuple[str, str]:
    """One address however printed: scheme, www., a trailing slash and noise parameters aside."""
    parts = urlsplit(url)
    target = strip_noise(parts.path + (f"?{parts.query}" if parts.query else ""))
    path, _, query = target.partition("?")
    return (parts.netloc.lower().removeprefix("www."), (path.rstrip("/") or "/") + (f"?{query}" if query else ""))


def _primary_keys(web: SimWeb) -> Callable[[str], tuple[str, str]]:
    """url -> the key of the document it serves (an alias counts as its primary URL)."""
    aliases = {_key(alias): _key(primary) for truth in web.truths for alias, primary in truth.aliases.items()}

    def primary_key(url: str) -> tuple[str, str]:
        key = _key(url)
        return aliases.get(key, key)

    return primary_key


@dataclass(frozen=True)
class Score:
    """What `scrape discover` and `scrape run` achieved against the truth."""

    sections_found: int
    sections: int
    by_kind: dict[str, float]
    main_items_recorded: int
    main_items: int
    records: int

    @property
    def section_share(self) -> float:
        return self.sections_found / self.sections

    @property
    def item_share(self) -> float:
        return self.main_items_recorded / self.main_items if self.main_items else 0.0

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{k} {v:.3f}" for k, v in self.by_kind.items())
        return [
            f"truth sections found: {self.sections_found} of {self.sections} ({self.section_share:.3f}; {kinds})",
            f"main sites' news and project items with a record: {self.main_items_recorded} of {self.main_items}"
            f" ({self.item_share:.3f}); {self.records} records",
        ]


def score(web: SimWeb, data: Path) -> Score:
    """Sections found (DATA/discovery) and main-site items covered by records (DATA/clean/records.jsonl)."""
    primary_key = _primary_keys(web)
    urls: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted((data / "discovery").glob("*.json")):
        discovery = load_discovery(data, path.stem).discovery
        if discovery is None or not path.stem.startswith("sim-"):
            continue
        teryt = path.stem[4:11]
        for section in discovery.sections:
            urls[teryt][section.kind].add(primary_key(section.url))
        for extra in discovery.extra_sites:
            urls[teryt][extra.kind].add(primary_key(extra.url))
    found = {kind: 0 for kind in KINDS}
    wanted = {kind: 0 for kind in KINDS}
    for truth in web.truths:
        for kind, targets in truth.sections.items():
            wanted[kind] += 1
            found[kind] += any(primary_key(t) in urls[truth.teryt][kind] for t in targets)
    records_file = data / "clean" / "records.jsonl"
    lines = records_file.read_text(encoding="utf-8").splitlines() if records_file.is_file() else []
    recorded = {primary_key(json.loads(line)["url"]) for line in lines if line.strip()}
    main_items = {primary_key(url) for truth in web.truths for url in truth.site("main").items}
    return Score(
        sections_found=sum(found.values()),
        sections=sum(wanted.values()),
        by_kind={kind: found[kind] / wanted[kind] for kind in KINDS if wanted[kind]},
        main_items_recorded=len(main_items & recorded),
        main_items=len(main_items),
        records=len(lines),
    )
