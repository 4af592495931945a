"""Community BIP URLs as hints only: a guess discovery may try once and must verify before it keeps it.

`data/jst_bip_sources.csv` (GitHub Timeless987/BipScraper, 2026-01-09; see data/README.md) is an
unverified, probably LLM-generated list: many URLs are mechanical guesses (`bip.ug<name>.pl`), some
units never existed.  So nothing here is trusted: `bip_hint` gives the best-looking guess for a unit,
and `check_bip` decides from the fetched page whether it is the Biuletyn Informacji Publicznej of
*this* unit (it says so and names the unit).  A bad row is a warning line, never a traceback.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.discover_links import fold
from scraper.registry import Site
from scraper.units import Level, Unit, load_units

SOURCE = "community BIP list (GitHub Timeless987/BipScraper, 2026-01-09), unverified"
BIP_PHRASE = "biuletyn informacji publicznej"
# How well a row's name matched TERC: an exact match beats a town mapped to its gmina beats another type.
_MATCH_RANK = {"matched": 0, "matched_as_town_in_gmina_miejsko_wiejska": 1, "matched_other_type": 2}
_UNMATCHED = ("no_match", "not_jst", "ambiguous")  # documented rows without a code: skipped silently
_CODE = re.compile(r"[0-9]{2}(?:[0-9]{2}(?:[0-9]{3})?)?")
_WORDS = re.compile(r"[a-z0-9]+")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words of an institution's name that do not name the unit ("Urząd Miasta i Gminy", "Starostwo Powiatowe w").
_INSTITUTION = _set(
    "urzad urzedu gmina gminy gminie gminny miasto miasta miescie miejski miejska miejskiej i w we z "
    "powiat powiatu powiatowe powiatowy starostwo wojewodztwo wojewodztwa marszalkowski samorzad "
    "stoleczne stolecznego m st dzielnica dzielnicy bip biuletyn informacji publicznej"
)
_GMINA_WORDS = _set("gmina gminy gminie miasto miasta miejski miejska wojt burmistrz prezydent")
_POWIAT_WORDS = _set("powiat powiatu powiatowe powiatowy starostwo starosta")
_WOJ_WORDS = _set("wojewodztwo wojewodztwa marszalkowski marszalek sejmik")
_HEADER_CSS = (
    "title, h1, header, [id*=header], [class*=header], [id*=naglowek], [class*=naglowek], [id*=logo], [class*=logo]"
)
MAX_HEADER_CHARS = 3000  # the header text read for the unit's name (a page whose "header" is the whole page)

Verdict = Literal["bip", "not a BIP", "another unit's BIP"]


@dataclass(frozen=True)
class BipHints:
    """The hint URL per 7-digit TERYT, the rows read, and one warning per row that could not be used."""

    hints: Mapping[str, str]
    rows: int
    warnings: tuple[str, ...]


def default_path() -> Path:
    return Path(str(files("scraper").joinpath("data", "jst_bip_sources.csv")))


def _teryt7(code: str) -> str:
    """The list's 2/4/7-digit code as the registry's 7 digits: "02" -> "0200000", "0201" -> "0201000"."""
    return code.ljust(7, "0") if len(code) < 7 else code


def _rank(row: dict[str, str], line: int) -> tuple[int, int, int, int]:
    """Lower is better: checked by the list's author, matched exactly, on the official site's domain, earlier."""
    match = row.get("teryt_match") or ""
    rank = 0 if match.startswith("matched_renamed") else _MATCH_RANK.get(match, 3)
    verified = 0 if row.get("verified_by_source_author") == "1" else 1
    domain = 0 if row.get("bip_domain_vs_mswia_www") == "same_domain" else 1
    return verified, rank, domain, line


def read_hints(text: str, name: str = "jst_bip_sources.csv") -> BipHints:
    """The best hint per unit of a CSV text; rows without a usable code or URL are skipped (with a warning)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"teryt", "bip_url", "teryt_match"} - set(reader.fieldnames or ())
    if missing:
        return BipHints({}, 0, (f"{name}: missing column(s) {', '.join(sorted(missing))}; no hint read",))
    best: dict[str, tuple[tuple[int, int, int, int], str]] = {}
    warnings: list[str] = []
    rows = 0
    for row in reader:
        rows += 1
        where = f"{name}:{reader.line_num}"
        code, url = (row.get("teryt") or "").strip(), (row.get("bip_url") or "").strip()
        if not code and (row.get("teryt_match") or "").startswith(_UNMATCHED):
            continue
        if not _CODE.fullmatch(code):
            warnings.append(f"{where}: teryt {code!r} is not a 2-, 4- or 7-digit code; row skipped")
            continue
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
            warnings.append(f"{where}: {code}: bip_url {url!r} is not an http(s) URL; row skipped")
            continue
        teryt, rank = _teryt7(code), _rank(row, reader.line_num)
        if teryt not in best or rank < best[teryt][0]:
            best[teryt] = (rank, url)
    return BipHints({teryt: url for teryt, (_, url) in best.items()}, rows, tuple(warnings))


@cache
def load_hints(path: Path | None = None) -> BipHints:
    """The shipped list (or `path`), read once per process; an unreadable file is one warning, no hints."""
    path = path or default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return BipHints({}, 0, (f"{path}: cannot read the BIP list: {error}",))
    return read_hints(text, path.name)


def bip_hint(teryt: str | None) -> str | None:
    """The community list's BIP URL for a unit (7-digit TERYT), or None: a guess, to be verified."""
    return load_hints().hints.get(teryt) if teryt else None


@cache
def _units() -> dict[str, Unit]:
    return load_units().by_teryt()


def _bare(netloc: str) -> str:
    return netloc.lower().removeprefix("www.")


def unit_bip_hint(site: Site) -> str | None:
    """The hint for the unit's own website only: not for its welfare centre, a news portal or its BIP (same TERYT)."""
    unit = _units().get(site.teryt or "")
    if unit is None or unit.host is None:
        return None
    hosts = {_bare(urlsplit(url).netloc) for url in site.start_urls} | {_bare(h) for h in site.allowed_hosts}
    return bip_hint(site.teryt) if _bare(unit.host) in hosts else None


def unit_names(site: Site) -> tuple[str, ...]:
    """The names a unit's BIP may give it: the site's name ("Gmina Milicz") and the official one ("Milicz")."""
    unit = _units().get(site.teryt or "")
    return tuple(dict.fromkeys(n for n in (site.name, unit.name if unit else "") if n))


def _distinctive(name: str) -> tuple[str, ...]:
    """The words of a name that name the unit: "Urząd Miasta i Gminy Nowa Dęba" -> ("nowa", "deba")."""
    return tuple(w for w in _WORDS.findall(fold(name)) if w not in _INSTITUTION)


def _same_word(name_word: str, page_word: str) -> bool:
    """One word however declined: the page word starts with the name word less a few letters ("Opole" ~ "Opolu")."""
    n = len(name_word)
    slack = 0 if n <= 3 else 1 if n <= 6 else 2 if n <= 9 else 3  # "Bolesławiec" -> "Bolesławca"
    return page_word.startswith(name_word[: max(3, n - slack)]) and len(page_word) <= n + 6


def names_unit(text: str, names: tuple[str, ...]) -> str | None:
    """The first name whose every distinctive word is in `text` (declined forms accepted), or None."""
    words = set(_WORDS.findall(fold(text)))
    for name in names:
        wanted = _distinctive(name)
        if wanted and all(any(_same_word(w, p) for p in words) for w in wanted):
            return name
    return None


def _level_clash(text: str, level: Level | None) -> str | None:
    """The page's header names a unit of another level ("Starostwo Powiatowe" on a gmina's hint), or None."""
    words = set(_WORDS.findall(fold(text)))
    gmina, powiat, woj = bool(words & _GMINA_WORDS), bool(words & _POWIAT_WORDS), bool(words & _WOJ_WORDS)
    if level in ("gmina", "dzielnica") and not gmina and (powiat or woj):
        return "a powiat's" if powiat else "a voivodeship's"
    if level == "powiat" and not powiat and (gmina or woj):
        return "a gmina's" if gmina else "a voivodeship's"
    if level == "miasto" and not (gmina or powiat) and woj:
        return "a voivodeship's"
    if level == "wojewodztwo" and not woj and (gmina or powiat):
        return "a gmina's" if gmina else "a powiat's"
    return None


def _linked_elsewhere(node: LexborNode, netloc: str) -> bool:
    """An image inside a link to another host: a BIP logo linking *to* a BIP, not this page being one."""
    current: LexborNode | None = node.parent
    for _ in range(10):
        if current is None:
            return False
        if current.tag == "a":
            href = current.attributes.get("href") or ""
            return href.startswith(("http://", "https://", "//")) and urlsplit(href).netloc not in ("", netloc)
        current = current.parent
    return False


def _bip_evidence(tree: LexborHTMLParser, url: str) -> str | None:
    """Why the page is a BIP: it says "Biuletyn Informacji Publicznej", or shows the BIP logo; None if neither."""
    title = tree.css_first("title")
    body = tree.body
    text = fold(" ".join(n.text(deep=True, separator=" ") for n in (title, body) if n is not None))
    if BIP_PHRASE in text:
        return 'says "Biuletyn Informacji Publicznej"'
    netloc = urlsplit(url).netloc
    for node in tree.css("img"):
        label = fold(f"{node.attributes.get('alt') or ''} {node.attributes.get('title') or ''}")
        if (BIP_PHRASE in label or "bip" in _WORDS.findall(label)) and not _linked_elsewhere(node, netloc):
            return f'BIP logo (alt/title "{label.strip()}")'
    return None


def header_text(tree: LexborHTMLParser) -> str:
    """The page's title, h1 and header (logo alt texts included): where a BIP names its unit."""
    parts: list[str] = []
    for node in tree.css(_HEADER_CSS):
        parts.append(node.text(deep=True, separator=" "))
        parts += [img.attributes.get("alt") or "" for img in node.css("img")]
        if sum(len(p) for p in parts) > MAX_HEADER_CHARS:
            break
    return " ".join(" ".join(parts).split())[:MAX_HEADER_CHARS]


def check_bip(tree: LexborHTMLParser, url: str, names: tuple[str, ...], level: Level | None) -> tuple[Verdict, str]:
    """Is this page the BIP of the unit called `names`?  The verdict and the evidence for it, for review."""
    bip = _bip_evidence(tree, url)
    header = header_text(tree)
    shown = header[:120]
    if bip is None:
        return "not a BIP", f'no "Biuletyn Informacji Publicznej" nor a BIP logo; header "{shown}"'
    named = names_unit(header, names)
    if named is None:
        return "another unit's BIP", f'{bip}, but the header "{shown}" names none of {", ".join(names)}'
    clash = _level_clash(header, level)
    if clash is not None:
        return "another unit's BIP", f'{bip}, but the header "{shown}" is {clash}'
    return "bip", f'{bip}; the header names "{named}"'
