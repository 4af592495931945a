"""The site registry: the shipped file loads; every mistake is found at load, all of them at once,
each on its own line naming file, site and key."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from extract.regex_safety import catastrophic
from scraper import registry
from scraper.registry import SiteRegistryError, load_sites, site_for_url

ROOT = Path(__file__).resolve().parents[1]

# One good site, key by key (the TOML text of each value); a test changes, adds or drops keys.
GOOD_KEYS: dict[str, str] = {
    "id": '"gmina-x"',
    "name": '"Urząd Gminy X"',
    "teryt": '"0213033"',
    "start_urls": '["https://x.pl/aktualnosci"]',
    "follow": "['^https://x\\.pl/aktualnosci$']",
    "articles": "['^https://x\\.pl/aktualnosci/\\d+$']",
    "extractor": '"generic"',
}


def site_toml(**changes: str | None) -> str:
    """A [[site]] entry: GOOD_KEYS with `changes` applied (None drops the key)."""
    keys = {**GOOD_KEYS, **changes}
    return "[[site]]\n" + "".join(f"{key} = {value}\n" for key, value in keys.items() if value is not None)


GOOD = site_toml()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(SiteRegistryError) as caught:
        load_sites(path)
    return caught.value.problems


# -- good files ---------------------------------------------------------------------------------------------


def test_shipped_registry_loads() -> None:
    sites = load_sites()
    ids = [s.id for s in sites]
    assert ids and len(set(ids)) == len(ids)
    assert all(s.start_urls and s.articles for s in sites)
    # Every fixture folder is a shipped site's (else `scrape validate` reads it without its page object).
    fixture_sites = {p.name for p in (ROOT / "tests" / "fixtures").iterdir() if p.is_dir()}
    assert fixture_sites <= set(ids), fixture_sites - set(ids)


def test_the_fake_site_registry_loads() -> None:
    (site,) = load_sites(ROOT / "tests" / "fake_site.toml")
    assert site.id == "gmina-testowa"
    assert site.delay == 0.2
    assert site.sitemaps == ("http://127.0.0.1:8765/sitemap.xml",)
    assert site.feeds == ("http://127.0.0.1:8765/rss.xml",)


def test_patterns_and_hosts(tmp_path: Path) -> None:
    (site,) = load_sites(write(tmp_path, GOOD))
    assert site.is_article("https://x.pl/aktualnosci/12")
    assert site.is_listing("https://x.pl/aktualnosci")
    assert not site.is_article("https://x.pl/kontakt")
    assert site.hosts == {"x.pl", "www.x.pl"}
    assert site_for_url([site], "https://www.x.pl/aktualnosci/3") is site
    assert site_for_url([site], "https://y.pl/") is None


def test_every_optional_key_is_read_with_its_type(tmp_path: Path) -> None:
    text = site_toml(
        delay="2",
        max_pages="10",
        allowed_hosts='["bip.x.pl", "127.0.0.1:8080", "gmina-łódź.pl"]',
        sitemaps='["https://x.pl/sitemap.xml"]',
        feeds='["http://x.pl/rss"]',
        selectors='{ title = "h1.tytul", date = "span.data", body = "div.tresc > p" }',
        may_be_empty="true",
    )
    (site,) = load_sites(write(tmp_path, text))
    assert site.delay == 2.0 and isinstance(site.delay, float)
    assert site.max_pages == 10
    assert site.allowed_hosts == ("bip.x.pl", "127.0.0.1:8080", "gmina-łódź.pl")
    assert "bip.x.pl" in site.hosts
    assert site.sitemaps == ("https://x.pl/sitemap.xml",)
    assert site.feeds == ("http://x.pl/rss",)
    assert site.selectors == {"title": "h1.tytul", "date": "span.data", "body": "div.tresc > p"}
    assert site.info.selectors == site.selectors
    assert site.may_be_empty is True
    assert site.teryt == "0213033"


@pytest.mark.parametrize(
    "teryt",
    [
        "1661011",  # the shipped registry's codes: Opole (gmina miejska), Nysa (gmina miejsko-wiejska),
        "1607053",
        "0800000",  # lubuskie (a voivodeship),
        "0213033",  # Milicz (gmina miejsko-wiejska)
        "0201000",  # powiat bolesławiecki
        "1661000",  # Opole, a city with powiat rights
        "0201022",  # Bolesławiec, gmina wiejska
        "1465011",  # Warszawa
    ],
)
def test_a_teryt_code_of_a_voivodeship_powiat_or_gmina_loads(tmp_path: Path, teryt: str) -> None:
    (site,) = load_sites(write(tmp_path, site_toml(teryt=f'"{teryt}"')))
    assert site.teryt == teryt


def test_the_terc_date_named_in_messages_is_the_shipped_register_s() -> None:
    register = (ROOT / "src" / "extract" / "data" / "teryt_terc.csv").read_text(encoding="utf-8")
    assert set(re.findall(r",(\d{4}-\d{2}-\d{2}),", register)) == {registry.TERC_DATE}


def test_defaults_are_the_site_defaults(tmp_path: Path) -> None:
    (site,) = load_sites(write(tmp_path, site_toml(teryt=None)))
    defaults = registry.Site(id="a", name="b", start_urls=(), follow=(), articles=(), extractor="generic")
    assert (site.teryt, site.delay, site.max_pages, site.may_be_empty) == (None, 1.0, 500, False)
    assert (site.teryt, site.delay, site.max_pages, site.may_be_empty) == (
        defaults.teryt,
        defaults.delay,
        defaults.max_pages,
        defaults.may_be_empty,
    )
    assert (site.allowed_hosts, site.sitemaps, site.feeds, site.selectors) == ((), (), (), {})


# -- one mistake in one site: exactly one problem, naming file, site and key -------------------------------

KNOWN_EXTRACTORS = "dobrepraktyki, generic, nasza-nysa, ops-milicz, rops-zielona-gora, um-opole"

ONE_KEY_MISTAKES: list[tuple[dict[str, str | None], str, str]] = [
    # (changes to the good site, key named, message)
    ({"delay": '"fast"'}, "delay", 'must be a number of seconds from 0 to 3600, got "fast"'),
    ({"delay": "-3"}, "delay", "must be a number of seconds from 0 to 3600, got -3"),
    ({"delay": "3601"}, "delay", "must be a number of seconds from 0 to 3600, got 3601"),
    ({"delay": "nan"}, "delay", "must be a number of seconds from 0 to 3600, got nan"),
    ({"delay": "true"}, "delay", "must be a number of seconds from 0 to 3600, got true"),
    ({"max_pages": "0"}, "max_pages", "must be a whole number >= 1, got 0"),
    ({"max_pages": "1.5"}, "max_pages", "must be a whole number >= 1, got 1.5"),
    ({"max_pages": '"10"'}, "max_pages", 'must be a whole number >= 1, got "10"'),
    (
        {"may_be_empty": '"false"'},
        "may_be_empty",
        'must be true or false (a TOML boolean, without quotes), got "false"',
    ),
    ({"may_be_empty": "0"}, "may_be_empty", "must be true or false (a TOML boolean, without quotes), got 0"),
    ({"selectors": '"h1"'}, "selectors", 'must be a table of CSS selectors, e.g. { title = "h1", body = "article" }'),
    ({"selectors": '{ titel = "h1" }'}, "selectors.titel", "unknown selector (did you mean 'title'?)"),
    ({"selectors": '{ links = "a" }'}, "selectors.links", "unknown selector (known: body, date, title)"),
    ({"selectors": '{ body = "div >" }'}, "selectors.body", 'not a valid CSS selector: "div >"'),
    ({"selectors": '{ date = "" }'}, "selectors.date", 'not a valid CSS selector: ""'),
    ({"selectors": "{ title = 3 }"}, "selectors.title", "must be a string (a CSS selector), got 3"),
    (
        {"start_urls": '["x.pl/aktualnosci"]'},
        "start_urls",
        '"x.pl/aktualnosci" is not an absolute http(s) URL (no scheme; did you mean "https://x.pl/aktualnosci"?)',
    ),
    ({"start_urls": '["ftp://x.pl/a"]'}, "start_urls", "(scheme 'ftp', not http or https)"),
    (
        {"start_urls": '["https:///aktualnosci"]'},
        "start_urls",
        '"https:///aktualnosci" is not an absolute http(s) URL (no host)',
    ),
    # a string urllib rejects (ValueError) is not a valid URL, and says why: not "must be a string"
    ({"start_urls": '["http://[::1/x"]'}, "start_urls", '"http://[::1/x" is not a valid URL (Invalid IPv6 URL)'),
    ({"sitemaps": '["http://[::1/x"]'}, "sitemaps", '"http://[::1/x" is not a valid URL (Invalid IPv6 URL)'),
    ({"feeds": '["https://x.pl]/rss"]'}, "feeds", '"https://x.pl]/rss" is not a valid URL (Invalid IPv6 URL)'),
    ({"start_urls": '["http://[abc]/"]'}, "start_urls", "\"http://[abc]/\" is not a valid URL ('abc' does not appear"),
    ({"feeds": '["http://a\uff03b.pl/rss"]'}, "feeds", "\"http://a＃b.pl/rss\" is not a valid URL (netloc 'a＃b.pl'"),
    (
        {"start_urls": '["http://a.pl:99999/"]'},
        "start_urls",
        '"http://a.pl:99999/" is not a valid URL (bad port 99999: more than 65535)',
    ),
    (
        {"sitemaps": '["http://[::1]:99999/sitemap.xml"]'},
        "sitemaps",
        '"http://[::1]:99999/sitemap.xml" is not a valid URL (bad port 99999: more than 65535)',
    ),
    (
        {"feeds": '["https://x.pl:port/rss"]'},
        "feeds",
        "\"https://x.pl:port/rss\" is not a valid URL (bad port 'port': not a number)",
    ),
    ({"start_urls": '["https://x.pl/a b"]'}, "start_urls", "(it contains whitespace)"),
    ({"start_urls": '"https://x.pl/aktualnosci"'}, "start_urls", "must be a non-empty list of absolute http(s) URLs"),
    ({"start_urls": "[]"}, "start_urls", "must be a non-empty list of absolute http(s) URLs, got []"),
    ({"start_urls": "[3]"}, "start_urls", "item 1 must be a string (an absolute http(s) URL), got 3"),
    # a path is not a host: no "https://sitemap.xml"
    (
        {"sitemaps": '["sitemap.xml"]'},
        "sitemaps",
        '"sitemap.xml" is not an absolute http(s) URL (a path: give the whole URL, https://host/sitemap.xml)',
    ),
    (
        {"sitemaps": '["/sitemap.xml"]'},
        "sitemaps",
        '"/sitemap.xml" is not an absolute http(s) URL (a path: give the whole URL, https://host/sitemap.xml)',
    ),
    (
        {"feeds": '["rss"]'},
        "feeds",
        '"rss" is not an absolute http(s) URL (a path: give the whole URL, https://host/rss)',
    ),
    (
        {"feeds": '["index.php?format=feed"]'},
        "feeds",
        "(a path: give the whole URL, https://host/index.php?format=feed)",
    ),
    (
        {"start_urls": '["aktualnosci.html"]'},
        "start_urls",
        "(a path: give the whole URL, https://host/aktualnosci.html)",
    ),
    # ... while a host name still gets its https://
    (
        {"sitemaps": '["www.x.pl"]'},
        "sitemaps",
        '"www.x.pl" is not an absolute http(s) URL (no scheme; did you mean "https://www.x.pl"?)',
    ),
    ({"feeds": '["x.pl:8080/rss.xml"]'}, "feeds", '(no scheme; did you mean "https://x.pl:8080/rss.xml"?)'),
    (
        {"start_urls": '["//x.pl/a"]'},
        "start_urls",
        '"//x.pl/a" is not an absolute http(s) URL (no scheme; did you mean "https://x.pl/a"?)',
    ),
    (
        {"feeds": '["mailto:a@x.pl"]'},
        "feeds",
        "\"mailto:a@x.pl\" is not an absolute http(s) URL (scheme 'mailto', not http or https)",
    ),
    (
        {"start_urls": '["https:/x.pl/a"]'},
        "start_urls",
        '"https:/x.pl/a" is not an absolute http(s) URL (no host: "https:" must be followed by "//" and the host)',
    ),
    ({"feeds": '["x.pl/rss"]'}, "feeds", '"x.pl/rss" is not an absolute http(s) URL (no scheme'),
    ({"feeds": '"https://x.pl/rss"'}, "feeds", 'must be a list of absolute http(s) URLs, got "https://x.pl/rss"'),
    (
        {"follow": "['(unclosed']"},
        "follow",
        'bad regular expression "(unclosed": missing ), unterminated subpattern at position 0',
    ),
    ({"articles": "['x\\d[']"}, "articles", "bad regular expression 'x\\d[': unterminated character set at position 3"),
    (
        {"follow": "'^https://x\\.pl/$'"},
        "follow",
        "must be a list of regular expressions (strings), got '^https://x\\.pl/$'",
    ),
    ({"follow": "['^x$', 2]"}, "follow", "item 2 must be a string (a regular expression), got 2"),
    ({"articles": "[]"}, "articles", "must be a non-empty list of regular expressions (strings), got []"),
    ({"teryt": '"213033"'}, "teryt", 'must be a 7-digit string, quoted (e.g. "0213033"), got "213033"'),
    ({"teryt": "213033"}, "teryt", 'must be a 7-digit string, quoted (e.g. "0213033"), got 213033'),
    ({"teryt": '"02-13-033"'}, "teryt", "must be a 7-digit string"),
    # 7 digits, but no such unit in the shipped TERC register
    (
        {"teryt": '"9999999"'},
        "teryt",
        '"9999999" is not a TERYT code of any voivodeship, powiat or gmina (TERC 2026-01-01)',
    ),
    ({"teryt": '"0299999"'}, "teryt", '"0299999" is not a TERYT code of any voivodeship, powiat or gmina'),
    ({"teryt": '"0299000"'}, "teryt", '"0299000" is not a TERYT code of any'),
    (
        {"teryt": '"1607054"'},
        "teryt",
        '"1607054" is Nysa (miasto), a part of a gmina, not a gmina: use "1607053" (Nysa, gmina miejsko-wiejska)',
    ),
    (
        {"teryt": '"1465108"'},
        "teryt",
        '"1465108" is Śródmieście (dzielnica), a part of a gmina, not a gmina: use "1465011" (Warszawa, gmina miejska',
    ),
    ({"extractor": '"nope"'}, "extractor", f'unknown extractor "nope" (known: {KNOWN_EXTRACTORS})'),
    ({"extractor": "3"}, "extractor", "must be the name of an extractor (a string), got 3"),
    ({"name": None}, "name", "missing (a required key)"),
    ({"start_urls": None}, "start_urls", "missing (a required key)"),
    ({"name": '"  "'}, "name", 'must not be blank, got "  "'),
    ({"name": "3"}, "name", "must be a non-empty string, got 3"),
    ({"colour": '"red"'}, "colour", "unknown key (known: allowed_hosts, articles, delay,"),
    ({"teryr": '"0213033"'}, "teryr", "unknown key (did you mean 'teryt'?)"),
    ({"start_url": '["https://x.pl/"]'}, "start_url", "unknown key (did you mean 'start_urls'?)"),
    ({"allowed_hosts": '"x.pl"'}, "allowed_hosts", 'must be a list of host names (strings), got "x.pl"'),
    ({"allowed_hosts": '["https://x.pl"]'}, "allowed_hosts", '"https://x.pl" is not a host name (write just the host'),
    ({"allowed_hosts": '["x.pl/bip"]'}, "allowed_hosts", '"x.pl/bip" is not a host name'),
    ({"allowed_hosts": '["BIP.x.pl"]'}, "allowed_hosts", '"BIP.x.pl": host names must be lower-case'),
    ({"allowed_hosts": "[3]"}, "allowed_hosts", "item 1 must be a string (a host name), got 3"),
]


@pytest.mark.parametrize(
    ("changes", "key", "message"), ONE_KEY_MISTAKES, ids=[f"{k}-{n}" for n, (_, k, _) in enumerate(ONE_KEY_MISTAKES)]
)
def test_a_mistake_is_one_problem_naming_file_site_and_key(
    tmp_path: Path, changes: dict[str, str | None], key: str, message: str
) -> None:
    path = write(tmp_path, site_toml(**changes))
    with pytest.raises(SiteRegistryError) as caught:
        load_sites(path)
    (problem,) = caught.value.problems
    assert problem.startswith(f"{path}: site 'gmina-x', key '{key}': ")
    assert message in problem
    assert str(caught.value) == problem  # one problem: one line, as the CLI prints it after "Error: "


@pytest.mark.parametrize(
    ("id_value", "label", "message"),
    [
        ('"Gmina X"', "site 'Gmina X'", 'must be lower-case letters, digits and hyphens (a string), got "Gmina X"'),
        ('"-x"', "site '-x'", 'must be lower-case letters, digits and hyphens (a string), got "-x"'),
        ("5", "site #1", "must be lower-case letters, digits and hyphens (a string), got 5"),
        ('""', "site #1", 'must be lower-case letters, digits and hyphens (a string), got ""'),
    ],
)
def test_a_bad_id_names_the_site_by_its_text_or_number(tmp_path: Path, id_value: str, label: str, message: str) -> None:
    path = write(tmp_path, site_toml(id=id_value))
    assert problems_of(path) == [f"{path}: {label}, key 'id': {message}"]


def test_a_site_without_an_id_is_named_by_its_number(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + site_toml(id=None))
    assert problems_of(path) == [f"{path}: site #2, key 'id': missing (a required key)"]


def test_duplicate_id(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + GOOD)
    assert problems_of(path) == [f"{path}: site 'gmina-x' (#2), key 'id': duplicate id (site #1 has it too)"]


# -- mistakes in the file's shape ---------------------------------------------------------------------------

FILE_MISTAKES: list[tuple[str, list[str]]] = [
    # (the whole file, its problems after "<path>: ")
    ("", ["no [[site]] entries"]),
    ("# the registry\n\n", ["no [[site]] entries"]),
    (
        GOOD.replace("[[site]]", "[[sites]]"),
        ["unknown top-level key 'sites' (did you mean 'site'?)", "no [[site]] entries"],
    ),
    (GOOD.replace("[[site]]", "[site]"), ["[site] is a single table: use [[site]] (an array of tables)"]),
    ('site = "gmina-x"\n', ["key 'site': use [[site]] (an array of tables), got \"gmina-x\"", "no [[site]] entries"]),
    ("site = []\n", ["no [[site]] entries"]),
    ("site = [1]\n", ["site #1: must be a table of site keys ([[site]]), got 1"]),
    ("delay = 2\n" + GOOD, ["unknown top-level key 'delay' (a site key: put it under its [[site]])"]),
    ("version = 2\n" + GOOD, ["unknown top-level key 'version' (known: site)"]),
]


@pytest.mark.parametrize(("text", "expected"), FILE_MISTAKES)
def test_mistakes_in_the_file_shape(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = write(tmp_path, text)
    assert problems_of(path) == [f"{path}: {problem}" for problem in expected]


def test_a_single_site_table_is_still_checked(tmp_path: Path) -> None:
    path = write(tmp_path, site_toml(delay='"fast"').replace("[[site]]", "[site]"))
    assert problems_of(path) == [
        f"{path}: [site] is a single table: use [[site]] (an array of tables)",
        f"{path}: site 'gmina-x', key 'delay': must be a number of seconds from 0 to 3600, got \"fast\"",
    ]


# -- all problems at once ------------------------------------------------------------------------------------


def test_three_bad_keys_give_three_lines(tmp_path: Path) -> None:
    path = write(tmp_path, site_toml(delay='"fast"', selectors='"h1"', may_be_empty='"false"'))
    with pytest.raises(SiteRegistryError) as caught:
        load_sites(path)
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{path}: 3 problems in the site registry:"
    assert lines[1:] == [f"  {problem}" for problem in caught.value.problems]
    assert [re.sub(r".*key '([^']+)'.*", r"\1", line) for line in lines[1:]] == ["delay", "selectors", "may_be_empty"]


def test_two_bad_sites_give_lines_for_both(tmp_path: Path) -> None:
    text = site_toml(max_pages="0") + site_toml(id='"gmina-y"', start_urls='["y.pl"]', extractor='"nope"')
    path = write(tmp_path, text)
    problems = problems_of(path)
    assert [p.split(": ", 2)[1] for p in problems] == [
        "site 'gmina-x', key 'max_pages'",
        "site 'gmina-y', key 'start_urls'",
        "site 'gmina-y', key 'extractor'",
    ]


def test_problems_follow_the_file_key_order_missing_keys_last(tmp_path: Path) -> None:
    text = '[[site]]\nid = "gmina-x"\nextractor = "nope"\ndelay = -1\ncolour = "red"\n'
    keys = [re.sub(r".*key '([^']+)'.*", r"\1", p) for p in problems_of(write(tmp_path, text))]
    # follow and articles may be left out: discovery finds the patterns
    assert keys == ["extractor", "delay", "colour", "name", "start_urls"]


def test_a_site_without_patterns_is_left_to_discovery(tmp_path: Path) -> None:
    text = '[[site]]\nid = "gmina-x"\nname = "Gmina X"\nstart_urls = ["https://x.pl/"]\nextractor = "generic"\n'
    (site,) = registry.load_sites(write(tmp_path, text))
    assert site.needs_discovery and site.follow == () and site.articles == ()


def test_a_valid_site_next_to_a_bad_one_is_not_returned(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + site_toml(id='"gmina-y"', delay='"fast"'))
    assert len(problems_of(path)) == 1


# -- errors before the model: one line naming the file ----------------------------------------------------


def test_not_toml(tmp_path: Path) -> None:
    path = write(tmp_path, "[[site]\n")
    with pytest.raises(SiteRegistryError, match="not valid TOML") as caught:
        load_sites(path)
    assert str(caught.value).startswith(f"{path}: not valid TOML: ")
    assert "\n" not in str(caught.value)
    assert caught.value.problems == [str(caught.value)]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_bytes(GOOD.encode("cp1250"))
    with pytest.raises(SiteRegistryError) as caught:
        load_sites(path)
    assert str(caught.value).startswith(f"{path}: cannot read the site registry: ")
    assert "\n" not in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(SiteRegistryError) as caught:
        load_sites(path)
    assert str(caught.value).startswith(f"{path}: cannot read the site registry: ")
    assert caught.value.problems == [str(caught.value)]


# -- the model stays in step with its users ------------------------------------------------------------------


def test_selector_keys_are_the_ones_the_generic_extractor_reads() -> None:
    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "extract").glob("generic*.py"))
    assert set(re.findall(r"_select\(\"(\w+)\"\)", source)) == set(registry.SELECTOR_KEYS)


def test_a_value_error_from_a_check_is_not_reported_as_a_type_error() -> None:
    """A ValueError a check lets through names the value and the reason, never "must be a string"."""
    detail: Any = {
        "type": "value_error",
        "loc": ("start_urls", 0),
        "msg": "Value error, something odd",
        "input": "https://x.pl/",
        "ctx": {"error": ValueError("something odd")},
    }
    assert registry._explain(detail) == ("start_urls", 'item 1 "https://x.pl/" is not valid (something odd)')


def test_every_key_has_an_explanation_and_a_site_field() -> None:
    assert set(registry._EXPECTED) == set(registry.SITE_KEYS)
    # level, voivodeship, powiat, generated: filled from the official list of units, never written in TOML
    assert set(registry.SITE_KEYS) | set(registry.UNIT_FIELDS) == set(registry.Site.__dataclass_fields__)
    assert not set(registry.SITE_KEYS) & set(registry.UNIT_FIELDS)


# -- patterns that could run away on a long URL (extract.regex_safety) ---------------------------------------


@pytest.mark.parametrize(
    ("key", "pattern"),
    [
        ("articles", "(a+)+$"),
        ("follow", "(\\\\w+\\\\.?)+/x"),
        ("articles", "^https://x\\\\.pl/.*\\\\d+\\\\d+$"),
    ],
)
def test_a_pattern_that_backtracks_catastrophically_is_refused_in_one_line(
    tmp_path: Path, key: str, pattern: str
) -> None:
    path = write(tmp_path, site_toml(**{key: f'["{pattern}"]'}))
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}: site 'gmina-x', key '{key}': regular expression ")
    assert "may never finish on a long URL" in problem


def test_a_nested_pattern_with_a_delimiter_loads_and_matches(tmp_path: Path) -> None:
    """Each turn of `(?:[\\w-]+/)*` ends at a "/", which its inner repeat cannot match: no runaway."""
    text = site_toml(articles="['^https://x\\.pl/(?:[\\w-]+/)*[\\w-]+$']")
    (site,) = load_sites(write(tmp_path, text))
    assert site.is_article("https://x.pl/a/b-c/d")
    assert not site.is_article("https://x.pl/a/b c")


def test_a_url_past_the_length_cap_is_no_page_of_the_site(tmp_path: Path) -> None:
    (site,) = load_sites(write(tmp_path, site_toml(articles="['^https://x\\.pl/aktualnosci/.+$']")))
    base = "https://x.pl/aktualnosci/"
    assert site.is_article(base + "a" * (registry.MAX_URL_CHARS - len(base)))
    assert not site.is_article(base + "a" * (registry.MAX_URL_CHARS - len(base) + 1))


@pytest.mark.parametrize("first", [True, False])
def test_the_safety_check_reads_each_pattern_with_its_own_flags(first: bool) -> None:
    """Its characters are probed once and kept; `(?i)` makes `[a-z]` match the delimiter "A": the
    same class gives another verdict under other flags, whichever pattern is checked first."""
    plain, folded = r"^(?:[a-z]+A)+$", r"(?i)^(?:[a-z]+A)+$"
    for pattern in [plain, folded] if first else [folded, plain]:
        assert (catastrophic(pattern) is None) is (pattern == plain)


def test_a_refused_pattern_is_refused_again_in_the_next_file(tmp_path: Path) -> None:
    """The verdicts are kept a process long: the second file with the pattern is refused as the first."""
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        path = write(tmp_path / name, site_toml(articles='["(a+)+$"]'))
        (problem,) = problems_of(path)
        assert "may never finish on a long URL" in problem
