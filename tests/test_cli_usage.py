"""The command line as a newcomer meets it: help, defaults, and one-line errors (exit 2) for paths
that cannot be written, never an "internal error"."""

from __future__ import annotations

import errno
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import scraper.commands.sites
from fixture_pages import FIXTURES, fixture_pages
from scraper.cli import app
from scraper.full_registry import load_registry
from scraper.registry import load_sites
from scraper.store import RawStore
from scraper.store_log import ENTRIES

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("run", "sites", "extract", "validate", "evaluate", "schema", "export", "report")


def milicz_article() -> Path:
    for page in fixture_pages("ops-milicz"):
        if "/aktualnosci/" in page.url:
            return page.body
    raise AssertionError("no saved Milicz article")


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.output


# -- 3. what cannot be written is one line and exit 2 ------------------------------------------


def test_data_pointing_at_a_file(tmp_path: Path) -> None:
    target = tmp_path / "plik"
    target.write_text("x")
    code, output = invoke("run", "--offline", "--data", str(target))
    assert code == 2
    assert output.strip() == f"Error: cannot write {target}: it is a file, not a directory"


def test_data_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "plik").write_text("x")
    code, output = invoke("run", "--offline", "--data", str(tmp_path / "plik" / "data"))
    assert code == 2
    plik = tmp_path / "plik"
    assert output == f"Error: cannot write {plik / 'data'}: {plik} is a file, not a directory\n"


def test_a_read_only_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine runs tests as root, which ignores file modes: the file system's refusal is simulated."""

    def read_only(*args: object, **kwargs: object) -> object:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, output = invoke("run", "--offline", "--data", str(tmp_path))
    assert code == 2
    assert output.strip() == f"Error: cannot write {tmp_path}: read-only file system"


def test_a_write_that_fails_mid_run_keeps_the_old_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES, data / "raw")
    assert invoke("run", "--offline", "--data", str(data))[0] == 0
    before = (data / "clean" / "records.jsonl").read_bytes()

    def disk_full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", disk_full)  # the directory probe passes, every atomic write fails
    code, output = invoke("run", "--offline", "--data", str(data))
    assert code == 2
    assert re.fullmatch(r"Error: cannot write \S+\.jsonl: no space left on device\n", output), output
    assert (data / "clean" / "records.jsonl").read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ("extract", str(milicz_article()), "--out", "{dir}"),
        ("schema", "--out", "{dir}"),
        ("evaluate", "--set", str(ROOT / "tests" / "evaluate_fixture"), "--json", "{dir}"),
    ],
    ids=["extract", "schema", "evaluate"],
)
def test_an_output_file_that_is_a_directory(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, output = invoke(*(a.format(dir=tmp_path) for a in args))
    assert code == 2
    assert output.strip() == f"Error: cannot write {tmp_path}: is a directory; give a file path"


def test_an_output_file_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "plik").write_text("x")
    code, output = invoke("schema", "--out", str(tmp_path / "plik" / "schema.json"))
    assert code == 2
    plik = tmp_path / "plik"
    assert output == f"Error: cannot write {plik / 'schema.json'}: {plik} is a file, not a directory\n"


# -- 6. defaults that do not surprise -----------------------------------------------------------


def test_a_live_run_without_a_contact_is_refused(tmp_path: Path) -> None:
    code, output = invoke("run", "--data", str(tmp_path), env={"SCRAPE_CONTACT": ""})
    assert code == 2
    assert "a live run needs a contact" in output and "--contact EMAIL or SCRAPE_CONTACT" in output
    assert not (tmp_path / "raw").exists()  # refused before anything was done


def test_offline_and_live_together_is_a_usage_error(tmp_path: Path) -> None:
    code, output = invoke("run", "--offline", "--live", "--data", str(tmp_path))
    assert code == 2 and "--offline and --live exclude each other" in output


# -- 8. where data goes -------------------------------------------------------------------------


def test_scrape_data_chooses_the_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "elsewhere"
    shutil.copytree(FIXTURES, data / "raw")
    monkeypatch.chdir(tmp_path)
    code, output = invoke("run", "--offline", "--site", "ops-milicz", env={"SCRAPE_DATA": str(data)})
    assert code == 0, output
    assert (data / "clean" / "records.jsonl").is_file()
    assert not (tmp_path / "data").exists()


def test_help_says_where_data_goes() -> None:
    for args in ((), ("run",)):
        output = invoke(*args, "--help")[1]
        assert "SCRAPE_DATA" in output, args
    assert "./data in the current directory" in invoke("--help")[1]
    validate_help = invoke("validate", "--help")[1]  # validate reads the fixtures, never the data directory
    assert "--fixtures DIR" in validate_help and "--data" not in validate_help and "--golden" not in validate_help


# -- 9. help a newcomer can read ----------------------------------------------------------------


def test_short_options_and_version() -> None:
    assert invoke("-h")[0] == 0 and "Usage:" in invoke("-h")[1]
    for command in COMMANDS:
        code, output = invoke(command, "-h")
        assert code == 0 and "Usage:" in output, command
    run_help = invoke("run", "-h")[1]
    assert "-q, --quiet" in run_help and "-v, --verbose" in run_help
    code, output = invoke("--version")
    assert code == 0 and re.fullmatch(r"scrape \(jst-funding-scraper\) \d+\.\d+\.\d+\S*\n", output)
    assert "--debug" in invoke("--help")[1]


def test_help_has_readable_placeholders_and_whole_summaries() -> None:
    top = invoke("--help")[1]
    for command in COMMANDS:
        assert re.search(rf"^  {command} ", top, re.MULTILINE), command
        output = invoke(command, "--help")[1]
        assert not re.search(r"<[a-z]+(\[[^\]]*\])?>|\{\w+\}|<int range>|<str>|<path>", output), (command, output)
    assert "..." not in top.split("Commands:")[1]  # no summary cut short
    assert "--site ID" in invoke("run", "--help")[1]
    assert "PATH..." in invoke("extract", "--help")[1]


def test_an_unknown_site_lists_the_known_ones(tmp_path: Path) -> None:
    shipped = str(ROOT / "src" / "scraper" / "sites.toml")  # the hand-written file alone: few ids, all listed
    code, output = invoke("run", "--offline", "--data", str(tmp_path), "--site", "nope", "--sites", shipped)
    assert code == 2
    known = ", ".join(s.id for s in load_sites())
    assert output.strip() == f"Error: unknown site id(s): nope (known: {known})"
    # the full registry (every unit): a close match and where to look, not 2,800 ids on one line
    code, output = invoke("run", "--offline", "--data", str(tmp_path), "--site", "ops-milic")
    assert code == 2
    assert re.fullmatch(
        r"Error: unknown site id\(s\): ops-milic \(did you mean ops-milicz\? `scrape sites` lists the \d{4} ids\)",
        output.strip(),
    )


def test_sites_lists_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = load_registry()
    result = runner.invoke(app, ["sites"])  # not a terminal: tab-separated lines, nothing wrapped
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["id", "name", "teryt", "level", "extractor", "start_urls"]
    assert rows[1:] == [
        [
            s.id,
            s.name,
            s.teryt or "",
            s.level or "",
            "needs discovery" if s.needs_discovery else s.extractor,
            " ".join(s.start_urls),
        ]
        for s in registry
    ]
    assert rows[2] == ["um-opole", "Urząd Miasta Opola", "1661011", "miasto", "um-opole", rows[2][-1]]
    assert f"total         {len(registry)}" in result.stderr  # the counts, apart from the rows
    monkeypatch.setattr(scraper.commands.sites, "out", Console(force_terminal=True, width=200))
    code, output = invoke("sites")  # a terminal: aligned lines, then the counts
    assert code == 0
    for site in load_sites():
        assert site.id in output and site.extractor in output
    assert re.search(rf"^total +{len(registry)} +{sum(s.needs_discovery for s in registry)}$", output, re.MULTILINE)
    fake = invoke("sites", "--sites", str(ROOT / "tests" / "fake_site.toml"))[1]  # that file alone
    assert "gmina-testowa" in fake and re.search(r"^total +1 +0$", fake, re.MULTILINE)


def test_validate_outside_the_repository_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for args in ((), ("--update",)):
        code, output = invoke("validate", *args)
        assert code == 2, output
        fixtures = tmp_path / "tests" / "fixtures"
        assert output.strip() == f"Error: no fixtures folder {fixtures}; run from the repository or give --fixtures DIR"
    assert not (tmp_path / "tests").exists()
    code, output = invoke("validate", "--fixtures", str(tmp_path / "nothing"))
    assert code == 2 and output.strip() == f"Error: no fixtures folder {tmp_path / 'nothing'}"
    (tmp_path / "empty" / "ops-milicz").mkdir(parents=True)
    (tmp_path / "empty" / "README.md").write_text("no pages here")
    code, output = invoke("validate", "--fixtures", str(tmp_path / "empty"))
    assert code == 2 and output.strip() == f"Error: no saved pages under {tmp_path / 'empty'}"
    code, output = invoke("validate", "--fixtures", str(FIXTURES))
    assert code == 0, output  # from anywhere, given the folder


# -- 10. extract chooses its extractor, and falls back when a page object no longer matches -----


def test_extract_with_a_named_extractor() -> None:
    page = milicz_article()
    code, output = invoke("extract", str(page))
    assert code == 0 and json.loads(output)["extractor"]["name"] == "ops-milicz"
    code, output = invoke("extract", str(page), "--extractor", "generic")
    assert code == 0 and json.loads(output)["extractor"]["name"] == "generic"
    code, output = invoke("extract", str(page), "--extractor", "nope")
    assert code == 2 and output.startswith("Error: unknown extractor 'nope' (known: ")


def test_extract_falls_back_to_the_generic_extractor_when_the_page_object_breaks(tmp_path: Path) -> None:
    page = milicz_article()
    redesigned = tmp_path / page.name
    redesigned.write_bytes(page.read_bytes().replace(b'class="artykul"', b'class="wpis"'))
    shutil.copy(page.with_suffix(".json"), redesigned.with_suffix(".json"))  # the same URL: the Milicz site
    code, output = invoke("extract", str(redesigned))
    assert code == 0, output
    record = json.loads(output.splitlines()[-1])
    assert record["extractor"]["name"] == "generic"
    assert any("page object 'ops-milicz' did not match the page" in w for w in record["warnings"])
    assert record["title"]


# -- 5. files that are not pages ---------------------------------------------------------------


def test_extract_refuses_what_is_not_a_page(tmp_path: Path) -> None:
    pdf = tmp_path / "uchwala.html"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nUchwala Rady Gminy (tekst)\n%%EOF\n")
    empty = tmp_path / "pusty.html"
    empty.write_bytes(b"")
    sidecar = milicz_article().with_suffix(".json")
    entries = RawStore(tmp_path / "raw").save("s", "https://a.example/1", b"<p>1</p>").body_path.parent / ENTRIES
    for path, message in (
        (pdf, "not an HTML page: looks like a PDF document"),
        (empty, "empty file"),
        (sidecar, "raw-store sidecar"),
        (entries, "raw-store entries file (_entries.jsonl)"),
    ):
        code, output = invoke("extract", str(path))
        assert code == 1, output
        assert output.startswith(f"Error: {path}: ") and message in output, output
        assert "%PDF" not in output.split(": ", 2)[-1] or path is pdf


# -- the README says what the program does ------------------------------------------------------


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_the_readme_command_table_matches_the_commands() -> None:
    rows = re.findall(r"^\| `scrape (\w+)([^`]*)` \|", readme_section("Commands"), re.MULTILINE)
    assert {command for command, _ in rows} == set(COMMANDS)
    for command, usage in rows:
        help_text = invoke(command, "--help")[1]
        for option in re.findall(r"--[a-z-]+|-[a-z]\b", usage):
            assert re.search(rf"(^|[\s,]){re.escape(option)}\b", help_text), (command, option)


def test_the_readme_exit_codes_are_the_programs() -> None:
    codes = {int(code) for code in re.findall(r"^\| (\d+) \|", readme_section("Commands"), re.MULTILINE)}
    assert codes == {0, 1, 2, 3, 130, 143}
    doc = (ROOT / "src" / "scraper" / "cli.py").read_text(encoding="utf-8").split('"""')[1]
    for code in codes - {0}:
        assert str(code) in doc, code


# -- what a fresh-eyes review found ------------------------------------------------------------


@pytest.mark.parametrize("contact", ["Zażółć <a@b.pl>", "a@b.pl\r\nX-Evil: 1"])
def test_a_contact_that_cannot_go_into_a_header_is_a_usage_error(tmp_path: Path, contact: str) -> None:
    code, output = invoke("run", "--data", str(tmp_path), "--contact", contact)
    assert code == 2 and "must be printable ASCII (an e-mail or URL)" in output
    assert not (tmp_path / "raw").exists()


def test_a_lock_file_that_is_a_directory_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".scrape.lock").mkdir()
    code, output = invoke("run", "--offline", "--data", str(tmp_path))
    assert code == 2 and output.startswith(f"Error: cannot write {tmp_path / '.scrape.lock'}: is a directory")


def test_extract_never_overwrites_its_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(milicz_article().read_bytes())
    code, output = invoke("extract", str(page), "--out", str(page))
    assert code == 2 and "is one of the input files" in output
    assert page.read_bytes() == milicz_article().read_bytes()


@pytest.mark.parametrize(
    "sidecar",
    [{"url": 5}, {"url": "https://opsmilicz.pl/a", "headers": "x"}, "{broken", ["a"]],
    ids=["url-not-a-string", "headers-not-a-table", "not-json", "not-an-object"],
)
def test_extract_with_a_bad_sidecar_reads_the_plain_page(tmp_path: Path, sidecar: object) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(milicz_article().read_bytes())
    page.with_suffix(".json").write_text(sidecar if isinstance(sidecar, str) else json.dumps(sidecar))
    code, output = invoke("extract", str(page))
    assert code == 0, output
    assert f"warning: {page.with_suffix('.json')}: unreadable store entry" in output
    assert f'"url":"{page.as_uri()}"' in output


def test_evaluate_json_in_a_folder_that_cannot_be_written_fails_before_scoring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object, **kwargs: object) -> object:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    target = tmp_path / "report.json"
    code, output = invoke("evaluate", "--set", str(ROOT / "tests" / "evaluate_fixture"), "--json", str(target))
    assert code == 2
    assert output == f"Error: cannot write {target}: read-only file system\n"  # no report printed first


@pytest.mark.parametrize("damage", ["sidecar", "body"])
def test_a_broken_store_entry_with_an_earlier_record_is_a_page_error_not_a_crash(tmp_path: Path, damage: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES, data / "raw")
    assert invoke("run", "--offline", "--data", str(data))[0] == 0
    before = (data / "clean" / "records.jsonl").read_bytes()
    entry = data / "raw" / "ops-milicz" / milicz_article().with_suffix(".json").name
    if damage == "sidecar":
        entry.write_text("{broken")
    else:
        entry.with_suffix(".html").unlink()
    code, output = invoke("run", "--offline", "--data", str(data))
    assert code == 1, output
    assert "internal error" not in output and "Error: ops-milicz:" in output
    assert (data / "clean" / "records.jsonl").read_bytes() == before  # the page's record is kept
