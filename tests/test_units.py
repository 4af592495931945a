"""The official list of units and the full registry built on it: counts, codes, generated sites, overrides."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scraper.full_registry import load_registry, merge, shared_scopes, site_id, unit_site
from scraper.registry import Site, load_sites
from scraper.scopes import in_scope
from scraper.units import Unit, default_path, load_units, read_units

ROOT = Path(__file__).resolve().parents[1]
HEADER = (
    "teryt,jst_level,nazwa,terc_typ,wojewodztwo,powiat,www_raw,www_url,www_host,www_alt_raw,www_notes,scheme_in_source"
)
SEED_IDS = ["dobrepraktyki", "um-opole", "nasza-nysa", "rops-zielona-gora", "ops-milicz"]


def test_the_shipped_list_gives_every_unit_it_holds() -> None:
    units = load_units()
    assert units.warnings == ()
    assert Counter(u.level for u in units.units) == {
        "wojewodztwo": 16,
        "powiat": 312,  # of 314: świdnicki (dolnośląskie) and wołowski are missing from the source
        "miasto": 66,
        "gmina": 2410,  # of 2,413: Baborów, Śniadowo, Włoszczowa missing
        "dzielnica": 18,
    }
    assert [(u.teryt, u.name) for u in units.without_homepage] == [("2005042", "Czyże")]  # a postal address
    assert len(units.with_homepage) == 2821
    assert all(re.fullmatch(r"[0-9]{7}", u.teryt) for u in units.units)
    by_teryt = units.by_teryt()
    boleslawiec = by_teryt["0201011"]  # leading zero kept
    assert (boleslawiec.name, boleslawiec.level, boleslawiec.voivodeship, boleslawiec.powiat) == (
        "Bolesławiec",
        "gmina",
        "dolnośląskie",
        "bolesławiecki",
    )
    assert by_teryt["0200000"].name == "dolnośląskie" and by_teryt["0200000"].powiat is None
    assert by_teryt["1661011"].level == "miasto" and by_teryt["1661011"].host == "www.opole.pl"
    assert by_teryt["0602063"].notes == ("gov_pl_profile",)  # a profile page on the government portal, not its own site
    assert sum("gov_pl_profile" in u.notes for u in units.units) == 36


def test_the_whole_list_loads() -> None:
    """Every row of the shipped list becomes a unit (its speed, about 0.04 s, is a benchmark matter)."""
    units = read_units(default_path().read_text(encoding="utf-8"))
    assert len(units.units) == 2822


def test_the_list_ships_with_the_package_and_its_readme_names_its_hash() -> None:
    path = default_path()
    assert path.is_file() and path.parent == ROOT / "src" / "scraper" / "data"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest in (path.parent / "README.md").read_text(encoding="utf-8")
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "data/*.csv" in package_data["package-data"]["scraper"]


def test_bad_rows_are_warnings_not_tracebacks() -> None:
    rows = [
        "215022,gmina,Zły kod,gmina wiejska,DOLNOŚLĄSKIE,x,,https://a.pl,a.pl,,,no",
        "0201022,gmina,Dobra,gmina wiejska,DOLNOŚLĄSKIE,bolesławiecki,,htp:/zle,,,,no",
        "0201022,gmina,Drugi raz,gmina wiejska,DOLNOŚLĄSKIE,bolesławiecki,,https://b.pl,b.pl,,,no",
        "0201032,wies,Poziom,gmina wiejska,DOLNOŚLĄSKIE,bolesławiecki,,https://c.pl,c.pl,,,no",
        "0201042,gmina,Spacja,gmina wiejska,DOLNOŚLĄSKIE,bolesławiecki,,https://d .pl,,,,no",
    ]
    units = read_units("\n".join([HEADER, *rows]) + "\n", "t.csv")
    assert [u.teryt for u in units.units] == ["0201022", "0201042"]
    assert units.units[0].homepage is None and units.units[1].homepage is None
    assert units.warnings == (
        "t.csv:2: teryt '215022' is not a 7-digit code; row skipped",
        "t.csv:3: 0201022 Dobra: homepage 'htp:/zle' is not usable (not an http(s) URL); kept without a website",
        "t.csv:4: teryt 0201022 appears twice; the first row kept",
        "t.csv:5: 0201032: unknown jst_level 'wies' (known: wojewodztwo, powiat, miasto_na_prawach_powiatu, gmina, "
        "dzielnica_warszawy); row skipped",
        "t.csv:6: 0201042 Spacja: homepage 'https://d .pl' is not usable (it contains whitespace); "
        "kept without a website",
    )
    assert read_units("teryt,nazwa\n0201011,X\n", "t.csv").warnings[0].startswith("t.csv: missing column(s) jst_level")
    missing = load_units(Path("/nonexistent/units.csv"))
    assert missing.units == () and "cannot read the list of units" in missing.warnings[0]


# -- the full registry ------------------------------------------------------------------------------


def test_every_unit_with_a_website_is_a_site_that_needs_discovery() -> None:
    registry = load_registry()
    ids = [site.id for site in registry]
    assert len(ids) == len(set(ids)) == 2821 + 5 - 1  # um-opole stands in for Opole's generated site
    assert ids[:5] == SEED_IDS  # hand-written first: they win a host they share
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)
    milicz = next(site for site in registry if site.id == "gmina-milicz-0213033")
    assert milicz.start_urls == ("https://www.milicz.pl",) and milicz.hosts == {"www.milicz.pl", "milicz.pl"}
    assert milicz.needs_discovery and milicz.generated and milicz.extractor == "generic"
    assert (milicz.name, milicz.level, milicz.voivodeship, milicz.powiat) == (
        "Gmina Milicz",
        "gmina",
        "dolnośląskie",
        "milicki",
    )
    assert {s.id for s in registry if s.teryt == "2005042"} == set()  # no website: no site
    names = {s.id: s.name for s in registry}
    assert names["miasto-krakow-1261011"] == "Miasto Kraków" and names["powiat-nyski-1607000"] == "Powiat nyski"
    assert names["wojewodztwo-kujawsko-pomorskie-0400000"] == "Województwo kujawsko-pomorskie"
    assert names["miasto-warszawa-1465011"] == "Miasto Stołeczne Warszawa"


def test_the_hand_written_site_replaces_the_generated_one_and_extras_join() -> None:
    registry = {site.id: site for site in load_registry()}
    assert "miasto-opole-1661011" not in registry  # same teryt, same host www.opole.pl
    opole = registry["um-opole"]
    assert (opole.level, opole.voivodeship, opole.powiat, opole.generated) == ("miasto", "opolskie", "Opole", False)
    assert [s.id for s in registry.values() if "www.opole.pl" in s.hosts] == ["um-opole"]
    # other hosts: added alongside their unit's generated site, with the unit's place
    assert "gmina-milicz-0213033" in registry and registry["ops-milicz"].powiat == "milicki"
    assert "gmina-nysa-1607053" in registry and registry["nasza-nysa"].voivodeship == "opolskie"
    assert "wojewodztwo-lubuskie-0800000" in registry and registry["rops-zielona-gora"].level == "wojewodztwo"
    assert registry["dobrepraktyki"].level is None  # a national portal: no unit


def test_load_sites_still_gives_the_seed_sites_as_written() -> None:
    sites = load_sites()
    assert [s.id for s in sites] == SEED_IDS
    assert all(s.level is None and s.voivodeship is None and not s.generated and not s.needs_discovery for s in sites)


def written(site_id_: str, teryt: str | None, url: str) -> Site:
    return Site(site_id_, "X", (url,), (), (re.compile("x"),), "generic", teryt=teryt)


def test_an_override_by_id_or_by_unit_and_host() -> None:
    units = load_units()
    milicz, nysa = units.by_teryt()["0213033"], units.by_teryt()["1607053"]
    sites = [
        written(site_id(milicz), None, "https://elsewhere.pl"),  # takes the generated id: replaces it
        written("um-nysa", "1607053", "https://nysa.eu/aktualnosci"),  # www twin of www.nysa.eu: replaces
        written("gops-nysa", "1607053", "https://gops.nysa.pl"),  # another host: added
        written(
            "ops-baborow", "1602013", "https://ops.baborow.pl"
        ),  # Baborów is missing from the list: its place comes from TERC
    ]
    merged = {site.id: site for site in merge(sites, units)}
    assert merged[site_id(milicz)].start_urls == ("https://elsewhere.pl",) and not merged[site_id(milicz)].generated
    assert site_id(nysa) not in merged and "um-nysa" in merged and "gops-nysa" in merged
    assert len(merged) == 2821 + 4 - 2
    baborow = merged["ops-baborow"]
    assert (baborow.level, baborow.voivodeship, baborow.powiat) == ("gmina", "opolskie", "głubczycki")


def test_generated_ids_are_level_slug_teryt() -> None:
    by_teryt = load_units().by_teryt()
    assert site_id(by_teryt["1603011"]) == "gmina-kedzierzyn-kozle-1603011"
    assert unit_site(by_teryt["1465028"]).id == "dzielnica-bemowo-1465028"
    assert unit_site(by_teryt["0201011"]).id == "gmina-boleslawiec-0201011"  # gmina miejska
    assert unit_site(by_teryt["0201011"]).name == "Miasto Bolesławiec"
    assert unit_site(by_teryt["0201022"]).id == "gmina-boleslawiec-0201022"  # gmina wiejska, same name
    with pytest.raises(AssertionError):
        unit_site(by_teryt["2005042"])  # no homepage: no site


def _unit(teryt: str, homepage: str) -> Unit:
    host = urlsplit(homepage).hostname
    return Unit(teryt, "x", "gmina", "gmina wiejska", "lubelskie", "x", homepage, host)


def test_units_on_a_shared_host_own_only_their_path() -> None:
    units = [  # a portal serving units under paths (a fictional host; the real one is kept for other checks)
        _unit("0602063", "https://portal.example.pl/web/gmina-goraj"),
        _unit("0603102", "https://portal.example.pl/web/gmina-sawin/strona-glowna"),
        _unit("0607000", "https://www.portal.example.pl/web/powiat-krasnicki"),
        _unit("1016103", "https://www.ujazd.pl"),  # two units, one site: no path to tell them apart
        _unit("1611063", "https://www.ujazd.pl"),
        _unit("0201011", "https://www.boleslawiec.pl/"),
    ]
    assert shared_scopes(units) == {
        "0602063": "portal.example.pl/web/gmina-goraj/",
        "0603102": "portal.example.pl/web/gmina-sawin/",  # its homepage's last segment is its own page
        "0607000": "www.portal.example.pl/web/powiat-krasnicki/",
    }


def test_the_registry_keeps_a_portal_unit_to_its_own_pages() -> None:
    sites = {site.id: site for site in load_registry()}
    sawin = sites["gmina-sawin-0603102"]
    portal = urlsplit(sawin.start_urls[0]).netloc  # the government portal, as the official list gives it
    assert sawin.scopes == (f"{portal}/web/gmina-sawin/",)
    assert in_scope(f"https://{portal}/web/gmina-sawin/aktualnosci", sawin.scopes)
    assert not in_scope(f"https://{portal}/web/gmina-goraj/aktualnosci", sawin.scopes)
    assert not in_scope(f"https://{portal}/web/gmina-sawin/../gmina-goraj/", sawin.scopes)
    scoped = [site for site in sites.values() if site.scopes]
    assert len(scoped) == 36
    assert {s.scopes[0].split("/")[0].removeprefix("www.") for s in scoped} == {portal.removeprefix("www.")}
    assert sites["gmina-ujazd-1016103"].scopes == ()
