"""`scrape discover` and `scrape run` on a discovered site: the table, the stored file, pinning, the run using it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discover_web import Host, Reply, dead_url, page
from scraper.cli import app
from scraper.discovering import yielded_nothing
from scraper.discovery_model import Discovery, ExtraSite, Section
from scraper.discovery_store import save_discovery, set_pinned
from scraper.registry import Site
from test_discover import wordpress

runner = CliRunner()
CONTACT = ["--contact", "tests@example.org", "--allow-loopback"]  # the fake sites are on 127.0.0.1


@pytest.fixture()
def web() -> Iterator[tuple[Host, Host]]:
    main, bip = Host(), Host()
    try:
        yield main, bip
    finally:
        main.stop()
        bip.stop()


def sites_file(tmp_path: Path, url: str) -> Path:
    """One hand-written entry with a homepage only: discovery supplies the sections and patterns."""
    path = tmp_path / "sites.toml"
    path.write_text(
        f'[[site]]\nid = "gmina-testowa"\nname = "Urząd Gminy Testowa"\nstart_urls = ["{url}"]\n'
        'extractor = "generic"\ndelay = 0\n',
        encoding="utf-8",
    )
    return path


def test_discover_prints_saves_and_pins(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    result = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:4] == ["site", "status", "platform", "news"]
    row = dict(zip(lines[0].split("\t"), lines[1].split("\t"), strict=True))
    assert (row["site"], row["status"], row["platform"], row["news"], row["bip"]) == (
        "gmina-testowa",
        "discovered",
        "wordpress",
        "listing",
        "host",
    )
    stored = json.loads((data / "discovery" / "gmina-testowa.json").read_text(encoding="utf-8"))
    assert stored["site_id"] == "gmina-testowa" and not stored["pinned"]
    # fresh: a second discover does not fetch again; pinned: never replaced, even with --force
    before = len(main.requests)
    again = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert again.exit_code == 0 and "\tfresh\t" in again.stdout and len(main.requests) == before
    pinned = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), "--pin"])
    assert pinned.exit_code == 0 and "gmina-testowa: pinned" in pinned.stdout
    forced = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), "--force", *CONTACT])
    assert "\tkept pinned\t" in forced.stdout


def test_discover_needs_a_contact(tmp_path: Path) -> None:
    result = runner.invoke(app, ["discover", "--data", str(tmp_path), "--site", "um-opole"], env={"SCRAPE_CONTACT": ""})
    assert result.exit_code == 2
    assert "give --contact EMAIL" in result.stderr


def test_a_live_run_discovers_first_and_crawls_what_was_found(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    items = wordpress(main, bip)
    article = "<article><h1>{title}</h1><p>Opublikowano 12.03.2024</p><p>Gmina otrzymała dofinansowanie.</p></article>"
    titles = {e.href: e.title for e in items}
    main.fallback = lambda path: (
        Reply(page(titles[path], article.format(title=titles[path]))) if path in titles else None
    )
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    # nothing discovered yet: the live run discovers the site first, then crawls what was found
    result = runner.invoke(app, ["run", "--data", str(data), "--sites", str(sites), "-q", *CONTACT])
    assert (data / "discovery" / "gmina-testowa.json").is_file()
    assert result.exit_code == 0, result.output
    records = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    urls = {json.loads(line)["url"] for line in records}
    assert {main.url(e.href) for e in items} <= urls


def test_a_discovered_site_that_gave_nothing_is_rediscovered(tmp_path: Path) -> None:
    """A redesign leaves the old patterns matching nothing: an empty crawl makes the discovery due again."""

    def site(site_id: str) -> Site:
        return Site(
            id=site_id,
            name=site_id,
            start_urls=("https://www.example.pl/",),
            follow=(),
            articles=(re.compile(r"^https://www\.example\.pl/a/\d+$"),),
            extractor="generic",
            generated=True,
        )

    data, today = tmp_path / "data", date(2026, 12, 4)
    (data / "clean" / "sites").mkdir(parents=True)
    news = Section("news", "https://www.example.pl/aktualnosci", "listing", 0.9, r"^https://www\.example\.pl/a/\d+$")
    for site_id, lines in (("empty", ""), ("fine", '{"id": "x"}\n'), ("pinned", ""), ("fresh", "")):
        when = today if site_id == "fresh" else date(2026, 11, 1)
        save_discovery(data, Discovery(site_id, None, when, "https://www.example.pl/", sections=(news,)))
        (data / "clean" / "sites" / f"{site_id}.jsonl").write_text(lines, encoding="utf-8")
    set_pinned(data, "pinned", True)
    never = site("never")  # never crawled: nothing to judge
    hand = replace(site("empty"), generated=False)  # a hand-written entry keeps its own patterns
    due = yielded_nothing([site("empty"), site("fine"), site("pinned"), site("fresh"), never], data, today)
    assert [s.id for s in due] == ["empty"]
    assert yielded_nothing([hand], data, today) == []


# -- review fixes ----------------------------------------------------------------------------------------------


def stored(data: Path, site_id: str = "gmina-testowa") -> Path:
    return data / "discovery" / f"{site_id}.json"


def test_a_forced_rediscovery_of_a_site_that_is_down_keeps_the_good_discovery(
    tmp_path: Path, web: tuple[Host, Host]
) -> None:
    main, bip = web
    wordpress(main, bip)
    data = tmp_path / "data"
    good = runner.invoke(
        app, ["discover", "--data", str(data), "--sites", str(sites_file(tmp_path, main.url("/"))), *CONTACT]
    )
    assert good.exit_code == 0, good.output
    before = stored(data).read_bytes()
    # the same site tonight: its host is down
    down = runner.invoke(
        app, ["discover", "--data", str(data), "--sites", str(sites_file(tmp_path, dead_url())), "--force", *CONTACT]
    )
    assert down.exit_code == 1
    assert "\tfailed\t" in down.stdout and "failed, kept the previous discovery" in down.stdout
    assert stored(data).read_bytes() == before


def test_a_live_run_whose_site_is_unreachable_at_discovery_exits_1(tmp_path: Path) -> None:
    data, sites = tmp_path / "data", sites_file(tmp_path, dead_url())
    result = runner.invoke(app, ["run", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert result.exit_code == 1, result.output
    named = [line for line in result.stderr.splitlines() if "could not read" in line]
    assert named == ["Error: discovery could not read 1 site (unreachable): gmina-testowa"]


def test_a_failed_discovery_is_retried_by_the_next_days_run(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    yesterday = date.fromordinal(date.today().toordinal() - 1)
    failed = Discovery(
        "gmina-testowa", None, yesterday, main.url("/"), problems=("site unreachable: connection refused",)
    )
    save_discovery(data, failed)
    result = runner.invoke(app, ["run", "--data", str(data), "--sites", str(sites), "-q", *CONTACT])
    # discovered again and crawled; this site serves no item pages, so the run says so (exit 1)
    assert result.exit_code == 1 and "gmina-testowa: no records" in result.output, result.output
    again = json.loads(stored(data).read_text(encoding="utf-8"))
    assert again["discovered"] == date.today().isoformat() and again["sections"]  # discovered again, found it


TYPO = b'{\n  "pinned": true,\n  "site_id": "gmina-testowa",,\n}\n'


def test_an_unreadable_discovery_file_is_never_overwritten(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    stored(data).parent.mkdir(parents=True)
    stored(data).write_bytes(TYPO)
    for command, code in ((["discover", "--force"], 1), (["discover"], 1), (["run"], 0)):
        result = runner.invoke(app, [*command, "--data", str(data), "--sites", str(sites), *CONTACT])
        assert result.exit_code == code, result.output
        warned = [line for line in result.output.splitlines() if str(stored(data)) in line]
        assert len(warned) == 1 and "fix or delete it" in warned[0], result.output
        assert stored(data).read_bytes() == TYPO
    assert not main.requests  # nothing worth discovering: it could not be saved


def test_a_hand_edited_file_with_a_bad_regex_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    data, sites = tmp_path / "data", sites_file(tmp_path, "https://www.example.pl/")
    news = Section("news", "https://www.example.pl/aktualnosci", "listing", 0.9, r"^https://www\.example\.pl/a/\d+$")
    save_discovery(data, Discovery("gmina-testowa", None, date.today(), "https://www.example.pl/", sections=(news,)))
    hand = json.loads(stored(data).read_text(encoding="utf-8"))
    hand["sections"][0]["item_pattern"] = "^http://(["
    hand["pinned"] = True
    edited = json.dumps(hand).encode()
    stored(data).write_bytes(edited)
    result = runner.invoke(app, ["run", "--offline", "--data", str(data), "--sites", str(sites)])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if str(stored(data)) in line]
    assert len(warned) == 1 and "sections[0].item_pattern" in warned[0] and "fix or delete it" in warned[0]
    assert stored(data).read_bytes() == edited
    hand["sections"][0]["item_pattern"], hand["sections"][0]["kind"] = None, "ogloszenia"
    stored(data).write_text(json.dumps(hand), encoding="utf-8")
    result = runner.invoke(app, ["run", "--offline", "--data", str(data), "--sites", str(sites)])
    assert result.exit_code == 0 and "sections[0].kind" in result.stderr, result.output


def test_a_site_discovered_with_nothing_to_crawl_is_not_rediscovered_every_run(tmp_path: Path) -> None:
    data, sites = tmp_path / "data", sites_file(tmp_path, dead_url())  # any request would fail
    save_discovery(data, Discovery("gmina-testowa", None, date.today(), "https://www.example.pl/"))  # no sections
    before = stored(data).read_bytes()
    result = runner.invoke(app, ["run", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert result.exit_code == 0, result.output
    assert "discovering" not in result.stderr
    assert "1 site discovered with no news or funding section: nothing to crawl" in result.stdout
    assert "not discovered yet" not in result.stdout
    assert stored(data).read_bytes() == before


def test_pinning_nothing_exits_1(tmp_path: Path) -> None:
    data, sites = tmp_path / "data", sites_file(tmp_path, "https://www.example.pl/")
    for flag in ("--pin", "--unpin"):
        result = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), flag])
        assert result.exit_code == 1 and "gmina-testowa: no discovery stored" in result.stdout
    stored(data).parent.mkdir(parents=True)
    stored(data).write_bytes(TYPO)
    result = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), "--pin"])
    assert result.exit_code == 1 and "gmina-testowa: " in result.stdout
    assert stored(data).read_bytes() == TYPO


@pytest.mark.parametrize("since", ["2024-13-01", "01.03.2024", "2024-3-1", "2999-01-01"])
def test_since_is_a_day_not_after_today(tmp_path: Path, since: str) -> None:
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path), "--site", "um-opole", "--since", since])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --since"), result.stderr


def test_the_other_sites_go_on_past_an_unreadable_file(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    with sites.open("a", encoding="utf-8") as file:
        file.write(
            f'\n[[site]]\nid = "gmina-druga"\nname = "Urząd Gminy Druga"\nstart_urls = ["{main.url("/")}"]\n'
            'extractor = "generic"\ndelay = 0\n'
        )
    stored(data).parent.mkdir(parents=True)
    stored(data).write_bytes(TYPO)
    result = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert result.exit_code == 1, result.output
    assert "gmina-druga\tdiscovered\t" in result.stdout and "gmina-testowa\tunreadable\t" in result.stdout
    assert stored(data, "gmina-druga").is_file() and stored(data).read_bytes() == TYPO


def test_found_sites_are_listed_and_selected_with_their_unit(tmp_path: Path, web: tuple[Host, Host]) -> None:
    """A BIP on another host becomes a site of the registry: `scrape sites` lists it after its unit, marked, and
    every selection option selects it with its unit; `--site` selects it alone."""
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    sites.write_text(sites.read_text(encoding="utf-8") + 'teryt = "0213033"\n', encoding="utf-8")
    common = ["--data", str(data), "--sites", str(sites)]
    before = runner.invoke(app, ["sites", *common, "--site", "gmina-testowa-bip"])
    assert before.exit_code == 2 and "unknown site id(s): gmina-testowa-bip" in before.output  # not found yet
    assert runner.invoke(app, ["discover", *common, *CONTACT]).exit_code == 0
    listed = runner.invoke(app, ["sites", *common])
    assert listed.exit_code == 0, listed.output
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [row[0] for row in rows[1:]] == ["gmina-testowa", "gmina-testowa-bip"]
    assert rows[1][4] == "generic"  # its discovery found the news: no longer waiting
    assert rows[2][2:5] == ["0213033", "gmina", "discovered, nothing to crawl; discovered bip of gmina-testowa"]
    assert rows[2][5] == f"{bip.base}/"
    counted = runner.invoke(app, ["sites", *common, "--count"])
    assert re.search(r"^total +2 +0 +1$", counted.stdout, re.M), counted.stdout
    for option in (
        ["--site", "gmina-testowa"],
        ["--teryt", "0213"],
        ["--voivodeship", "dolnośląskie"],
        ["--powiat", "milicki"],
        ["--level", "gmina"],
    ):
        chosen = runner.invoke(app, ["sites", *common, *option])
        assert [line.split("\t")[0] for line in chosen.stdout.splitlines()[1:]] == [
            "gmina-testowa",
            "gmina-testowa-bip",
        ]
    alone = runner.invoke(app, ["sites", *common, "--site", "gmina-testowa-bip"])
    assert [line.split("\t")[0] for line in alone.stdout.splitlines()[1:]] == ["gmina-testowa-bip"]
    # `scrape discover --site` takes it too: only its host is asked
    asked = len(main.requests)
    again = runner.invoke(app, ["discover", *common, "--site", "gmina-testowa-bip", "--force", *CONTACT])
    assert again.exit_code == 0, again.output
    assert [line.split("\t")[0] for line in again.stdout.splitlines()[1:]] == ["gmina-testowa-bip"]
    assert len(main.requests) == asked
    # and `scrape run`: its discovery found nothing to crawl, which the run says (not an unknown id)
    ran = runner.invoke(app, ["run", *common, "--site", "gmina-testowa-bip", *CONTACT])
    assert ran.exit_code == 0 and "1 site discovered with no news or funding section" in ran.output, ran.output


def test_a_found_site_whose_parent_is_rediscovered_follows_where_it_moved(
    tmp_path: Path, web: tuple[Host, Host]
) -> None:
    """The unit's discovery is redone first; its BIP is discovered where that fresh discovery found it, not at the
    address the stored one gave (the BIP moved), though the stored one put it in the selection."""
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    old = dead_url()
    moved = ExtraSite("bip", "gmina-testowa-bip", "BIP", old, old.split("/")[2], None)
    save_discovery(data, Discovery("gmina-testowa", None, date(2026, 1, 1), main.url("/"), extra_sites=(moved,)))
    result = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), "--force", *CONTACT])
    assert result.exit_code == 0, result.output
    assert "gmina-testowa-bip\tdiscovered\t" in result.stdout
    assert json.loads(stored(data, "gmina-testowa-bip").read_text(encoding="utf-8"))["home"] == f"{bip.base}/"
