"""The community BIP list as hints: the shipped CSV read, bad rows as warnings, and the page check that guards it."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from scraper.bip_hints import (
    bip_hint,
    check_bip,
    default_path,
    load_hints,
    names_unit,
    read_hints,
    unit_bip_hint,
    unit_names,
)
from scraper.registry import Site
from scraper.units import Level

HEADER = "source_id,category,name,voivodeship,bip_url,www_url,teryt,teryt_name,teryt_unit_type,teryt_match,"
HEADER += "verified_by_source_author,mswia_www_url,bip_domain_vs_mswia_www\n"


def row(teryt: str, url: str, match: str = "matched", verified: str = "0", domain: str = "same_domain") -> str:
    return f"x,gmina_wiejska,X,opolskie,{url},,{teryt},X,gmina wiejska,{match},{verified},,{domain}\n"


def site(url: str, *, teryt: str | None, name: str = "Gmina Testowa", level: Level | None = None) -> Site:
    return Site(
        id="s", name=name, start_urls=(url,), follow=(), articles=(), extractor="generic", teryt=teryt, level=level
    )


# -- the shipped list ------------------------------------------------------------------------------------------


def test_the_shipped_list_is_read_whole() -> None:
    hints = load_hints()
    assert default_path().name == "jst_bip_sources.csv" and default_path().is_file()
    assert hints.rows == 2896 and hints.warnings == ()
    assert 2300 <= len(hints.hints) <= 2400  # units with a code; duplicates and unmatched rows folded away
    assert bip_hint("1465011") == "https://bip.warszawa.pl"  # checked by the list's author
    assert bip_hint("0213033") == "https://bip.milicz.pl"  # the town's row beats the guessed bip.ugmilicz.pl
    assert bip_hint("0200000") == "https://bip.dolnyslask.pl"  # the list's 2-digit code as 7 digits
    assert bip_hint("0201000") == "https://bip.powiatboleslawiecki.pl"  # 4 digits
    assert bip_hint("9999999") is None and bip_hint(None) is None


def test_the_hint_is_for_the_units_own_website_only() -> None:
    assert unit_bip_hint(site("https://www.milicz.pl/", teryt="0213033")) == "https://bip.milicz.pl"
    assert unit_bip_hint(site("https://milicz.pl/aktualnosci", teryt="0213033")) == "https://bip.milicz.pl"
    assert unit_bip_hint(site("https://opsmilicz.pl/aktualnosci", teryt="0213033")) is None  # its welfare centre
    assert unit_bip_hint(site("https://bip.milicz.pl/", teryt="0213033")) is None  # its BIP, an extra site
    assert unit_bip_hint(site("http://127.0.0.1:8001/", teryt="1601011")) is None  # a test site: no guess asked
    assert unit_bip_hint(site("https://www.milicz.pl/", teryt=None)) is None


def test_unit_names_are_the_sites_and_the_official_ones() -> None:
    assert unit_names(site("https://www.opole.pl/", teryt="1661011", name="Urząd Miasta Opola")) == (
        "Urząd Miasta Opola",
        "Opole",
    )
    assert unit_names(site("https://x.pl/", teryt=None)) == ("Gmina Testowa",)


# -- bad rows: warnings, never a traceback -------------------------------------------------------------------------


def test_rows_are_ranked_and_bad_ones_warned() -> None:
    text = HEADER
    text += row("1601011", "https://bip.guessed.pl", match="matched_other_type")  # line 2
    text += row("1601011", "https://bip.better.pl", domain="different_domain")  # line 3: an exact match wins
    text += row("16010x1", "https://bip.x.pl")  # line 4: bad code
    text += row("1602011", "bip.noscheme.pl")  # line 5: not a URL
    text += row("", "https://bip.nowhere.pl", match="no_match")  # documented, no code: silently skipped
    text += row("1603011", "https://bip.a.pl", domain="different_domain")
    text += row("1603011", "https://bip.b.pl", verified="1", domain="different_domain")  # checked by the author
    hints = read_hints(text, "test.csv")
    assert hints.rows == 7
    assert dict(hints.hints) == {"1601011": "https://bip.better.pl", "1603011": "https://bip.b.pl"}
    assert len(hints.warnings) == 2
    assert hints.warnings[0].startswith("test.csv:4: teryt '16010x1'")
    assert hints.warnings[1].startswith("test.csv:5: 1602011: bip_url 'bip.noscheme.pl'")


def test_a_file_without_the_columns_or_unreadable_is_one_warning(tmp_path: Path) -> None:
    hints = read_hints("teryt,url\n1601011,https://bip.x.pl\n", "bad.csv")
    assert dict(hints.hints) == {} and hints.warnings == (
        "bad.csv: missing column(s) bip_url, teryt_match; no hint read",
    )
    missing = load_hints(tmp_path / "none.csv")
    assert dict(missing.hints) == {} and "cannot read the BIP list" in missing.warnings[0]


# -- the page check --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "names", "named"),
    [
        ("Biuletyn Informacji Publicznej Urzędu Miasta Opola", ("Urząd Miasta Opola", "Opole"), "Urząd Miasta Opola"),
        ("Urząd Miejski w Opolu", ("Opole",), "Opole"),
        ("Gmina Bolesławiec – BIP", ("Gmina Bolesławiec",), "Gmina Bolesławiec"),
        ("Urząd Gminy w Bolesławcu", ("Bolesławiec",), "Bolesławiec"),
        ("URZĄD MIASTA ŁODZI", ("Łódź",), "Łódź"),
        ("Urząd Miasta Zielona Góra", ("Zielona Góra",), "Zielona Góra"),
        ("Starostwo Powiatowe – Powiat Nyski", ("Powiat nyski", "nyski"), "Powiat nyski"),
        ("Urząd Miasta Milanówka", ("Gmina Milicz", "Milicz"), None),  # another unit
        ("Urząd Gminy Zielonki", ("Zielona Góra",), None),  # one word of two is not the name
        ("Biuletyn Informacji Publicznej", ("Gmina Testowa",), None),
    ],
)
def test_names_unit(header: str, names: tuple[str, ...], named: str | None) -> None:
    assert names_unit(header, names) == named


BASE = "https://bip.x.pl/"


def verdict(html: str, names: tuple[str, ...] = ("Gmina Testowa", "Testowa"), level: Level | None = "gmina") -> str:
    return check_bip(LexborHTMLParser(html), BASE, names, level)[0]


def test_check_bip_verdicts() -> None:
    says = "<main>Biuletyn Informacji Publicznej</main>"
    assert verdict(f"<title>Urząd Gminy Testowa</title>{says}") == "bip"
    assert verdict(f'<div class="logo"><img alt="Gmina Testowa herb"></div>{says}') == "bip"  # name in a logo alt
    assert verdict('<h1>Gmina Testowa</h1><img src="/bip.png" alt="BIP">') == "bip"  # the BIP logo alone
    assert verdict('<h1>Gmina Testowa</h1><a href="https://bip.other.pl/"><img alt="BIP"></a>') == "not a BIP"
    assert verdict("<title>Gmina Testowa – oficjalny serwis</title><main>Aktualności</main>") == "not a BIP"
    assert verdict(f"<title>Urząd Gminy Przykładowa</title>{says}") == "another unit's BIP"
    assert verdict(f"<h1>Biuletyn Informacji Publicznej Gminy Testowa</h1>{says}") == "bip"
    # the powiat named after the same town: its BIP is not the gmina's
    assert verdict(f"<h1>Starostwo Powiatowe w Testowej</h1>{says}") == "another unit's BIP"
    assert verdict(f"<h1>Starostwo Powiatowe w Testowej</h1>{says}", level=None) == "bip"  # level unknown: no check
    verdict_, why = check_bip(LexborHTMLParser(f"<h1>Urząd Gminy Przykładowa</h1>{says}"), BASE, ("Testowa",), None)
    assert verdict_ == "another unit's BIP" and "Przykładowa" in why and "Testowa" in why
