"""Choosing sites by id and region (`--site`, `--voivodeship`, `--powiat`, `--teryt`, `--level`), and what
`scrape sites` and `scrape run` make of a selection."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fixture_pages import FIXTURES
from scraper.cli import _with_saved_pages, app
from scraper.discovery_model import Discovery, ExtraKind, ExtraSite
from scraper.discovery_store import save_discovery
from scraper.full_registry import Found, found_sites, load_registry, with_found
from scraper.registry import Site
from scraper.selection import Selection, SelectionError, count_lines, place_filter, select
from scraper.store import RawStore
from scraper.units import load_units

runner = CliRunner()
REGISTRY = load_registry()


def ids(**given: tuple[str, ...]) -> list[str]:
    return [site.id for site in select(REGISTRY, Selection(**given))]


def test_voivodeship_ignores_case_diacritics_and_the_word_wojewodztwo() -> None:
    chosen = ids(voivodeships=("Małopolskie",))
    for spelling in ("malopolskie", "MAŁOPOLSKIE", "województwo małopolskie", " malopolskie "):
        assert ids(voivodeships=(spelling,)) == chosen
    units = [u for u in load_units().with_homepage if u.voivodeship == "małopolskie"]
    assert len(chosen) == len(units) == 203
    assert all(site.startswith(("gmina-", "miasto-", "powiat-", "wojewodztwo-")) for site in chosen)
    assert ids(voivodeships=("mazowieckie",)) != chosen and "miasto-warszawa-1465011" in ids(
        voivodeships=("mazowieckie",)
    )


def test_powiat_by_adjective_or_a_city_name() -> None:
    nyski = ids(powiats=("nyski",))
    assert nyski == ids(powiats=("Powiat Nyski",))
    assert nyski[:2] == ["nasza-nysa", "powiat-nyski-1607000"] and len(nyski) == 11  # 9 gminas, the powiat, a portal
    assert ids(powiats=("Opole",)) == ["um-opole"]  # a city with powiat rights: its own name; the override only
    # the same adjective in two voivodeships: both, until the voivodeship narrows it
    both = ids(powiats=("średzki",), levels=("powiat",))
    assert both == ["powiat-sredzki-0218000", "powiat-sredzki-3025000"]
    assert ids(powiats=("średzki",), levels=("powiat",), voivodeships=("wielkopolskie",)) == both[1:]


def test_teryt_prefix_of_two_four_or_seven_digits() -> None:
    assert all(site.teryt and site.teryt.startswith("16") for site in select(REGISTRY, Selection(teryt=("16",))))
    assert len(ids(teryt=("16",))) == len(ids(voivodeships=("opolskie",)))
    assert ids(teryt=("0213033",)) == ["ops-milicz", "gmina-milicz-0213033"]  # the unit and its welfare centre
    assert ids(teryt=("1607",)) == ids(powiats=("nyski",))
    both = ids(teryt=("1607", "0213033"))  # a repeated option ORs; registry order kept
    assert set(both) == set(ids(teryt=("1607",))) | {"ops-milicz", "gmina-milicz-0213033"} and len(both) == 13


def test_level_and_combinations() -> None:
    gminas = ids(levels=("gmina",))
    cities = ids(levels=("miasto na prawach powiatu",))
    assert len(cities) == 66 and ids(levels=("miasto",)) == cities and "um-opole" in cities
    assert len(ids(levels=("gmina", "miasto"))) == len(gminas) + 66  # a repeated option ORs
    assert len(ids(levels=("województwo",))) == 17  # 16 voivodeships and the lubuskie ROPS
    assert len(ids(levels=("dzielnica",))) == 18
    opolskie_powiats = ids(voivodeships=("opolskie",), levels=("powiat",))
    assert len(opolskie_powiats) == 11  # options AND
    assert ids(voivodeships=("opolskie",), levels=("powiat",), teryt=("1607",)) == ["powiat-nyski-1607000"]
    assert ids(ids=("ops-milicz", "um-opole"), voivodeships=("opolskie",)) == ["um-opole"]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"voivodeships": ("mazowsze",)}, "unknown voivodeship 'mazowsze' (valid: dolnośląskie, kujawsko-pomorskie, "),
        ({"powiats": ("nysk",)}, "unknown powiat 'nysk' (did you mean 'nyski'?)"),
        ({"levels": ("wies",)}, "unknown level 'wies' (valid: wojewodztwo, powiat, miasto, gmina, dzielnica;"),
        ({"teryt": ("16a",)}, "--teryt '16a': give 1 to 7 digits of a TERYT code"),
        ({"teryt": ("12345678",)}, "--teryt '12345678': give 1 to 7 digits"),
        ({"ids": ("ops-milic",)}, "unknown site id(s): ops-milic (did you mean ops-milicz? `scrape sites` lists the"),
        ({"voivodeships": ("opolskie",), "levels": ("dzielnica",)}, "no site matches --voivodeship opolskie --level "),
    ],
)
def test_a_bad_selection_is_one_line(given: dict[str, tuple[str, ...]], message: str) -> None:
    with pytest.raises(SelectionError) as error:
        select(REGISTRY, Selection(**given))
    assert str(error.value).startswith(message) and "\n" not in str(error.value)


def test_every_voivodeship_is_listed_when_one_is_unknown() -> None:
    with pytest.raises(SelectionError) as error:
        select(REGISTRY, Selection(voivodeships=("x",)))
    listed = str(error.value).split("(valid: ")[1].rstrip(")").split(", ")
    assert len(listed) == 16 and listed[0] == "dolnośląskie" and listed[-1] == "zachodniopomorskie"


def test_the_region_filter_reads_units_too() -> None:
    podlaskie = place_filter(Selection(voivodeships=("podlaskie",), teryt=("2005",)))
    assert [u.name for u in load_units().without_homepage if podlaskie(u)] == ["Czyże"]


def test_counts_per_level_and_voivodeship() -> None:
    lines = count_lines(select(REGISTRY, Selection(voivodeships=("opolskie",))))
    assert lines[0].split() == ["level", "sites", "to", "discover"]
    assert "voivodeship" not in "\n".join(lines)  # one voivodeship: no table of them
    two = "\n".join(
        count_lines(select(REGISTRY, Selection(teryt=("16", "02"), levels=("powiat",))))
    )  # 26 less 2 missing
    assert re.search(r"^dolnośląskie +24 +24$", two, re.MULTILINE) and re.search(r"^opolskie +11 +11$", two, re.M)


# -- the command line ---------------------------------------------------------------------------------


def test_sites_count_for_one_voivodeship() -> None:
    result = runner.invoke(app, ["sites", "--voivodeship", "opolskie", "--count"])
    assert result.exit_code == 0
    assert result.stdout == (
        "level        sites  to discover\n"
        "wojewodztwo      1            1\n"
        "powiat          11           11\n"
        "miasto           1            0\n"  # Opole: um-opole, hand-written
        "gmina           70           69\n"  # 69 of the list (Baborów has none) and the nasza-nysa portal
        "total           83           81\n"
    )


def test_sites_lists_a_selection_and_counts_units_without_a_website() -> None:
    result = runner.invoke(app, ["sites", "--teryt", "2005", "--level", "gmina"])
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    assert len(rows) == 8 and all(row[2].startswith("2005") and row[4] == "needs discovery" for row in rows)
    assert "no website in the official list, so no site: 2005042 Czyże (gmina, podlaskie)" in result.stderr


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["--voivodeship", "mazowsze"], "Error: unknown voivodeship 'mazowsze' (valid: dolnośląskie, "),
        (["--level", "wies"], "Error: unknown level 'wies' (valid: wojewodztwo, powiat, miasto, gmina, dzielnica"),
        (["--level", "dzielnica", "--teryt", "16"], "Error: no site matches --teryt 16 --level dzielnica"),
    ],
)
def test_sites_and_run_refuse_a_bad_selection_in_one_line(args: list[str], start: str, tmp_path: Path) -> None:
    for command in (["sites"], ["run", "--offline", "--data", str(tmp_path)]):
        result = runner.invoke(app, [*command, *args])
        assert result.exit_code == 2
        assert result.output.startswith(start) and result.output.count("\n") == 1, result.output


def test_an_offline_run_of_the_whole_registry_reports_the_undiscovered_in_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--offline", "--from", str(FIXTURES), "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    undiscovered = sum(site.needs_discovery for site in REGISTRY)
    assert f"{undiscovered} sites not discovered yet (homepage known, no sections): skipped" in result.output
    # the five sites with saved pages and the coverage table (levels, voivodeships), not 2,800 rows
    assert len(result.output.splitlines()) < 60
    assert "gmina-" not in result.output


def test_a_run_of_undiscovered_sites_only_writes_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--offline", "--from", str(FIXTURES), "--data", str(tmp_path), "--teryt", "20"])
    assert result.exit_code == 0, result.output
    assert "not discovered yet" in result.output and "nothing to run" in result.output
    assert not (tmp_path / "clean").exists() and not (tmp_path / "runs").exists()


def test_a_region_run_replays_its_hand_written_sites(tmp_path: Path) -> None:
    args = ["run", "--offline", "--from", str(FIXTURES), "--data", str(tmp_path), "--voivodeship", "opolskie"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    written = sorted(path.stem for path in (tmp_path / "clean" / "sites").glob("*.jsonl"))
    assert written == ["nasza-nysa", "um-opole"]


def test_offline_a_discovered_generated_site_without_pages_is_left_out(tmp_path: Path) -> None:
    generated = next(site for site in REGISTRY if site.id == "gmina-milicz-0213033")
    discovered = replace(generated, articles=(re.compile(r"/aktualnosci/\d+"),))
    hand_written = next(site for site in REGISTRY if site.id == "ops-milicz")
    chosen: list[Site] = [hand_written, discovered]
    store = RawStore(FIXTURES)
    assert _with_saved_pages(chosen, store, named=set()) == ([hand_written], 1)
    assert _with_saved_pages(chosen, store, named={discovered.id}) == (chosen, 0)  # named: run, and fail if empty
    empty = RawStore(tmp_path)
    assert _with_saved_pages([hand_written], empty, named=set()) == ([hand_written], 0)  # hand-written: as before


# -- BIP and welfare sites found by discovery on other hosts ------------------------------------------------------


def found_scene(tmp_path: Path) -> tuple[list[Site], list[Found]]:
    """Milicz's generated site, whose stored discovery found a BIP and a welfare centre on other hosts (the BIP's
    own discovery a further one), and the hand-written ops-milicz, which the discovery also names (kept as is)."""
    milicz = next(site for site in REGISTRY if site.id == "gmina-milicz-0213033")
    hand = next(site for site in REGISTRY if site.id == "ops-milicz")
    opole = next(site for site in REGISTRY if site.id == "um-opole")

    def extra(kind: ExtraKind, site_id: str, host: str) -> ExtraSite:
        return ExtraSite(kind, site_id, f"{kind} of Milicz", f"https://{host}/", host, "0213033")

    today = date(2026, 12, 4)
    save_discovery(
        tmp_path,
        Discovery(
            milicz.id,
            "0213033",
            today,
            milicz.start_urls[0],
            extra_sites=(
                extra("bip", f"{milicz.id}-bip", "bip.milicz.example.pl"),
                extra("welfare", f"{milicz.id}-ops", "ops.milicz.example.pl"),
                extra("welfare", "ops-milicz", "www.ops.milicz.pl"),  # already in the registry: stays its own
            ),
        ),
    )
    bip_found = (extra("welfare", f"{milicz.id}-bip-ops", "pcpr.milicz.example.pl"),)
    save_discovery(
        tmp_path,
        Discovery(f"{milicz.id}-bip", "0213033", today, "https://bip.milicz.example.pl/", extra_sites=bip_found),
    )
    sites = [hand, milicz, opole]
    found, problems = found_sites(sites, tmp_path)
    assert problems == []
    return sites, found


def test_found_sites_are_their_units_own_and_follow_their_parent(tmp_path: Path) -> None:
    sites, found = found_scene(tmp_path)
    milicz = "gmina-milicz-0213033"
    assert [(f.site.id, f.parent, f.kind) for f in found] == [
        (f"{milicz}-bip", milicz, "bip"),
        (f"{milicz}-ops", milicz, "welfare"),
        (f"{milicz}-bip-ops", f"{milicz}-bip", "welfare"),  # found by the BIP's own discovery
    ]
    for entry in found:
        site = entry.site
        assert (site.teryt, site.level, site.voivodeship, site.powiat) == (
            "0213033",
            "gmina",
            "dolnośląskie",
            "milicki",
        )
        assert site.generated and site.needs_discovery and len(site.allowed_hosts) == 1  # its exact host only
    assert found[0].mark() == f"discovered bip of {milicz}"
    listed = [site.id for site in with_found(sites, found)]
    assert listed == ["ops-milicz", milicz, f"{milicz}-bip", f"{milicz}-bip-ops", f"{milicz}-ops", "um-opole"]
    assert found_sites(sites, tmp_path / "nothing") == ([], [])


def test_selecting_a_unit_selects_its_found_sites_and_a_found_site_alone(tmp_path: Path) -> None:
    sites, found = found_scene(tmp_path)
    every, parents = with_found(sites, found), {f.site.id: f.parent for f in found}
    milicz = "gmina-milicz-0213033"
    family = [milicz, f"{milicz}-bip", f"{milicz}-bip-ops", f"{milicz}-ops"]

    def chosen(**given: tuple[str, ...]) -> list[str]:
        return [site.id for site in select(every, Selection(**given), parents)]

    assert chosen(ids=(milicz,)) == family  # the unit's site brings what its discovery found
    assert chosen(ids=(f"{milicz}-ops",)) == [f"{milicz}-ops"]  # a found site alone
    assert chosen(ids=(f"{milicz}-bip",)) == family[1:3]  # and what it found in turn
    for region in ({"teryt": ("0213",)}, {"powiats": ("milicki",)}, {"voivodeships": ("dolnośląskie",)}):
        assert chosen(**region) == ["ops-milicz", *family]
    assert chosen(levels=("gmina",), ids=(f"{milicz}-bip-ops",)) == [f"{milicz}-bip-ops"]
    assert chosen(levels=("miasto",)) == ["um-opole"]
    assert [site.id for site in select(every, Selection(ids=(milicz,)))] == [milicz]  # without parents: the id only
    with pytest.raises(SelectionError, match="unknown site id"):
        select(sites, Selection(ids=(f"{milicz}-ops",)), parents)  # not in the registry given: unknown


def test_counts_say_how_many_sites_discovery_found(tmp_path: Path) -> None:
    sites, found = found_scene(tmp_path)
    every = with_found(sites, found)
    lines = count_lines(every, {f.site.id for f in found})
    assert lines[0].split() == ["level", "sites", "to", "discover", "discovered"]
    assert re.search(r"^gmina +5 +4 +3$", "\n".join(lines), re.M)  # ops-milicz is hand-written
    assert re.search(r"^total +6 +4 +3$", "\n".join(lines), re.M)
    settled = count_lines(every, {f.site.id for f in found}, {"gmina-milicz-0213033-ops"})
    assert re.search(r"^total +6 +3 +3$", "\n".join(settled), re.M)  # discovered, nothing to crawl: not waiting
    assert count_lines(sites)[0].split() == ["level", "sites", "to", "discover"]  # none found: no such column
