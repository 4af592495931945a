"""The site registry: the shipped file loads; every mistake names file, site and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.registry import SiteRegistryError, load_sites

GOOD = """
[[site]]
id = "gmina-x"
name = "Urząd Gminy X"
teryt = "0213033"
start_urls = ["https://x.pl/aktualnosci"]
follow = ['^https://x\\.pl/aktualnosci$']
articles = ['^https://x\\.pl/aktualnosci/\\d+$']
extractor = "generic"
"""


def test_shipped_registry_loads() -> None:
    sites = load_sites()
    assert [s.id for s in sites] == [
        "dobrepraktyki",
        "um-opole",
        "nasza-nysa",
        "rops-zielona-gora",
        "ops-milicz",
    ]
    assert all(s.start_urls and s.articles for s in sites)


def test_patterns_and_hosts(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text(GOOD, encoding="utf-8")
    (site,) = load_sites(path)
    assert site.is_article("https://x.pl/aktualnosci/12")
    assert site.is_listing("https://x.pl/aktualnosci")
    assert not site.is_article("https://x.pl/kontakt")
    assert site.hosts == {"x.pl", "www.x.pl"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('extractor = "generic"', 'extractor = "nope"'),
            "key 'extractor': unknown extractor 'nope'",
        ),
        (
            ("follow = ['^https://x\\.pl/aktualnosci$']", "follow = ['(unclosed']"),
            "key 'follow': bad regular expression",
        ),
        (('teryt = "0213033"', 'teryt = "213033"'), "key 'teryt': must be a 7-digit string"),
        (('teryt = "0213033"', 'colour = "red"'), "key 'colour': unknown key"),
        (('name = "Urząd Gminy X"\n', ""), "key 'name': missing"),
    ],
)
def test_errors_name_file_site_and_key(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = tmp_path / "sites.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(SiteRegistryError) as caught:
        load_sites(path)
    assert str(path) in str(caught.value)
    assert "site 'gmina-x'" in str(caught.value)
    assert message in str(caught.value)


def test_duplicate_id(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text(GOOD + GOOD, encoding="utf-8")
    with pytest.raises(SiteRegistryError, match="duplicate id"):
        load_sites(path)


def test_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text("[[site]\n", encoding="utf-8")
    with pytest.raises(SiteRegistryError, match="not valid TOML"):
        load_sites(path)
