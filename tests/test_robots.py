"""robots.txt rules (scraper.robots over protego): tables of files, URLs and verdicts, RFC 9309 fallbacks."""

from __future__ import annotations

import pytest

from scraper.fetch import ROBOTS_TOKEN, USER_AGENT
from scraper.robots import ALLOW_ALL, RobotsRules, parse_robots, rules_for_response

BASE = "https://www.gmina-testowa.pl"

WILDCARDS = """\
User-agent: *
Disallow: /*.pdf$
Disallow: /*?sort=
Disallow: /szukaj*
Disallow: /aktualności/archiwum
"""

PRECEDENCE = """\
User-agent: *
Disallow: /bip/
Allow: /bip/publiczne
Allow: /strona
Disallow: /strona
Allow: /p
Disallow: /p/q
Disallow: /kalendarz
Allow: /kalendarz$
"""

GROUPS = """\
User-agent: *
Disallow: /

# our own group: only /tmp/ is closed to us
User-agent: JST-Funding-Scraper
User-agent: innybot
Disallow: /tmp/
Crawl-delay: 2

User-agent: googlebot
Disallow: /google-only/
Crawl-delay: 30
"""

# A group for a word in our full User-Agent header must not catch us (we match the product token).
TOKEN_ONLY = """\
User-agent: github
Disallow: /

User-agent: *
Allow: /
"""


@pytest.mark.parametrize(
    ("text", "path", "allowed"),
    [
        # wildcards and the $ anchor
        (WILDCARDS, "/files/uchwala.pdf", False),
        (WILDCARDS, "/files/uchwala.pdf?download=1", True),  # $ anchors the end
        (WILDCARDS, "/files/uchwala.pdfx", True),
        (WILDCARDS, "/aktualnosci?sort=asc", False),
        (WILDCARDS, "/aktualnosci?strona=2&sort=asc", True),  # "?sort=" must follow the path directly
        (WILDCARDS, "/aktualnosci?strona=2", True),
        (WILDCARDS, "/szukaj", False),
        (WILDCARDS, "/szukajka?q=dotacje", False),
        (WILDCARDS, "/aktualno%C5%9Bci/archiwum/2019", False),  # percent-encoded UTF-8 equals the raw path
        (WILDCARDS, "/aktualności/archiwum/2019", False),
        (WILDCARDS, "/aktualności/2024", True),
        # Allow vs Disallow: the longest match wins, Allow wins a tie
        (PRECEDENCE, "/bip/publiczne/uchwaly", True),
        (PRECEDENCE, "/bip/wewnetrzne", False),
        (PRECEDENCE, "/strona", True),
        (PRECEDENCE, "/p/x", True),
        (PRECEDENCE, "/p/q/r", False),
        (PRECEDENCE, "/kalendarz", True),  # "/kalendarz$" is longer than "/kalendarz"
        (PRECEDENCE, "/kalendarz?miesiac=2", False),
        (PRECEDENCE, "/robots.txt", True),
        # user-agent groups: our group, not "*", applies to us; names are case-insensitive
        (GROUPS, "/aktualnosci", True),
        (GROUPS, "/tmp/plik", False),
        (GROUPS, "/google-only/x", True),
        (TOKEN_ONLY, "/aktualnosci", True),
        # an empty Disallow allows everything; an empty file too
        ("User-agent: *\nDisallow:\n", "/cokolwiek", True),
        ("", "/cokolwiek", True),
        ("User-agent: *\nDisallow: /\n", "/cokolwiek", False),
        ("User-agent: *\nDisallow: /\n", "/robots.txt", True),  # robots.txt itself is always allowed
    ],
)
def test_allowed_table(text: str, path: str, allowed: bool) -> None:
    assert parse_robots(text).allowed(BASE + path, ROBOTS_TOKEN) is allowed


@pytest.mark.parametrize(
    ("agent", "path", "allowed"),
    [
        ("otherbot", "/aktualnosci", False),  # falls into "*"
        ("googlebot", "/google-only/x", False),
        ("googlebot", "/tmp/plik", True),
        ("innybot", "/tmp/plik", False),  # two User-agent lines, one group
    ],
)
def test_groups_for_other_agents(agent: str, path: str, allowed: bool) -> None:
    assert parse_robots(GROUPS).allowed(BASE + path, agent) is allowed


def test_the_full_user_agent_header_could_be_caught_by_a_stray_group() -> None:
    """Why the fetcher asks with ROBOTS_TOKEN: the header holds the contact, which a stray group could match."""
    rules = parse_robots(TOKEN_ONLY)
    agent = USER_AGENT.format(contact="https://github.com/operator")  # an operator's contact may say anything
    assert rules.allowed(BASE + "/x", ROBOTS_TOKEN)
    assert not rules.allowed(BASE + "/x", agent)


@pytest.mark.parametrize(
    ("text", "agent", "delay"),
    [
        ("User-agent: *\nCrawl-delay: 5\n", ROBOTS_TOKEN, 5.0),
        ("User-agent: *\nCrawl-delay: 0.5\n", ROBOTS_TOKEN, 0.5),
        (GROUPS, ROBOTS_TOKEN, 2.0),  # our group's, not "*"'s
        (GROUPS, "googlebot", 30.0),
        (GROUPS, "otherbot", None),
        ("User-agent: *\nCrawl-delay: szybko\n", ROBOTS_TOKEN, None),  # malformed: ignored
        ("User-agent: *\nCrawl-delay: -3\n", ROBOTS_TOKEN, None),
        ("User-agent: *\nDisallow: /x\n", ROBOTS_TOKEN, None),
        ("User-agent: googlebot\nCrawl-delay: 10\n", ROBOTS_TOKEN, None),  # no group for us at all
    ],
)
def test_crawl_delay_table(text: str, agent: str, delay: float | None) -> None:
    assert parse_robots(text).crawl_delay(agent) == delay


@pytest.mark.parametrize(
    ("status", "allow_all", "reason"),
    [
        (404, True, "unavailable"),
        (410, True, "unavailable"),
        (401, True, "unavailable"),  # RFC 9309: every 4xx is "unavailable", 401/403 included
        (403, True, "unavailable"),
        (429, False, "unreachable"),  # treated like 5xx: the server asks us to stay away
        (500, False, "unreachable"),
        (503, False, "unreachable"),
        (None, False, "unreachable"),  # no response at all
    ],
)
def test_verdict_without_a_usable_file(status: int | None, allow_all: bool, reason: str) -> None:
    rules = rules_for_response(status, b"User-agent: *\nAllow: /\n", error="connect: refused")
    assert rules.reason.startswith(reason) and rules.parser is None
    assert rules.allowed(BASE + "/aktualnosci", ROBOTS_TOKEN) is allow_all
    assert rules.crawl_delay(ROBOTS_TOKEN) is None


def test_200_body_is_parsed_as_utf8_with_bom_and_bad_bytes() -> None:
    body = b"\xef\xbb\xbfUser-agent: *\nDisallow: /prywatne/\nDisallow: /\xff\xfe\nCrawl-delay: 1\nSitemap: /s.xml\n"
    rules = rules_for_response(200, body)
    assert rules.reason == "parsed"
    assert not rules.allowed(BASE + "/prywatne/tajne", ROBOTS_TOKEN)
    assert rules.allowed(BASE + "/aktualnosci", ROBOTS_TOKEN)
    assert rules.crawl_delay(ROBOTS_TOKEN) == 1.0
    assert rules.sitemaps() == ["/s.xml"]


def test_blanket_rules() -> None:
    assert ALLOW_ALL.allowed(BASE + "/x", ROBOTS_TOKEN)
    assert not RobotsRules("unreachable (test)", None, False).allowed(BASE + "/x", ROBOTS_TOKEN)
    assert ALLOW_ALL.sitemaps() == []
