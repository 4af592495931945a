"""--no-personal-data: private persons' e-mails and phones leave the dataset, the institutions' stay.

The rule is `extract.personal_data`'s docstring; the tables pin it case by case, the property pins
what any record gives, and the CLI tests pin that `scrape extract` and `scrape run --offline` apply
it only when asked (and say so in the record).
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from extract import jsonl
from extract.contacts import find_emails, find_phones
from extract.fields import contact_records
from extract.model import Contact, ExtractorInfo, Publisher, Record
from extract.personal_data import (
    EMAIL_MARK,
    PHONE_MARK,
    drop_personal_data,
    is_mobile,
    is_personal_email,
    is_personal_phone,
    looks_like_person,
    redact_line,
)
from fixture_pages import FIXTURES
from scraper.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("address", "personal"),
    [
        ("jan.kowalski@gmina.pl", True),  # given name and surname
        ("jan_kowalski@ops.milicz.pl", True),
        ("anna.maria.nowak@um.opole.pl", True),
        ("j.kowalski@gmina.pl", True),  # initial and surname
        ("a-nowak2@gmina.pl", True),  # trailing digits ignored
        ("anna@gops.pl", True),  # a given name alone
        ("kgw.wola@gmail.com", True),  # any address on a free-mail domain
        ("sekretariat@wp.pl", True),
        ("biuro@poczta.onet.pl", True),  # a free-mail provider's subdomain
        ("x@vip.interia.pl", True),
        ("urzad@gmina.pl", False),  # role mailboxes on an institution's domain
        ("sekretariat@ops.milicz.pl", False),
        ("gops@milicz.pl", False),
        ("bip@um.opole.pl", False),
        ("kontakt@dfoz.pl", False),
        ("info@rops.lubuskie.pl", False),
        ("biuro@dfoz.pl", False),
        ("m.promocja@um.opole.pl", False),  # an initial before a role word: an office
        ("e-urzad@gmina.pl", False),
        ("jkowalski@gmina.pl", False),  # glued: cannot be told from "gopsmilicz"
        ("projekty.ue@gmina.pl", False),
        ("ewaluacja@gmina.pl", False),  # starts with a given name, but is one word
        ("gmail.com@gmina.pl", False),  # the domain, not the local part, says free-mail
    ],
)
def test_which_email_is_personal(address: str, personal: bool) -> None:
    assert is_personal_email(address) is personal


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Jan Kowalski", True),
        ("Beata Balicka-Błagitka", True),
        ("Anna Maria Nowak", True),
        ("Referat Funduszy", False),
        ("Urząd Gminy Milicz", False),
        ("Jan", False),
        ("Jan Maria Nowak Kowalski", False),
        (None, False),
        ("jan kowalski", False),
    ],
)
def test_which_name_is_a_person(name: str | None, person: bool) -> None:
    assert looks_like_person(name) is person


@pytest.mark.parametrize(
    ("e164", "person", "before", "personal"),
    [
        ("+48713841020", "Jan Kowalski", "tel. ", True),  # a landline next to a person
        ("+48600123456", "Jan Kowalski", "kom. ", True),  # a mobile next to a person
        ("+48600123456", "Jan Kowalski", "sekretariat: tel. ", True),  # a mobile stays personal
        ("+48713841000", "Jan Kowalski", "centrala: ", False),  # the switchboard
        ("+48713841000", "Jan Kowalski", "Sekretariat, tel. ", False),
        ("+48713841000", "Jan Kowalski", "fax ", False),
        ("+48713841000", "Jan Kowalski", "Urząd Gminy Milicz, tel. ", False),  # printed with the institution
        ("+48713841020", "Jan Kowalski", "kierownik Działu Projektów, tel. ", True),  # a job title, not an office
        ("+48600123456", None, "tel. ", False),  # no person: the institution's
        ("+48713841020", "Referat Funduszy", "tel. ", False),
    ],
)
def test_which_phone_is_personal(e164: str, person: str | None, before: str, personal: bool) -> None:
    assert is_personal_phone(e164, person=person, before=before) is personal


def _record(text: str, contacts: list[Contact] | None = None, title: str = "Projekt") -> Record:
    return Record(
        id="0123456789abcdef",
        url="https://gmina.example.pl/a",
        site="fuzz",
        kind="news",
        title=title,
        publisher=Publisher(name="Gmina"),
        text=text,
        contacts=contact_records(f"{title}\n\n{text}") if contacts is None else contacts,
        first_seen=date(2026, 11, 20),
        fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
        content_sha256="0" * 64,
        extractor=ExtractorInfo(name="generic", version="1"),
    )


PAGE = (
    "Osoba do kontaktu: Jan Kowalski, tel. 71 384 10 20, e-mail: jan.kowalski@gmina.pl\n\n"
    "Informacji udziela Pani Anna Nowak, kom. 600 123 456, a.nowak@wp.pl\n\n"
    "Sekretariat: tel. 71 384 10 00, e-mail: sekretariat@gmina.pl\n\n"
    "Urząd Gminy Milicz, urzad [at] gmina [dot] pl"
)


def test_a_page_of_people_and_offices() -> None:
    record = _record(PAGE)
    assert len(record.contacts) == 4  # the contact parser read all four
    dropped = drop_personal_data(record)
    assert dropped.text == (
        f"Osoba do kontaktu: Jan Kowalski, tel. {PHONE_MARK}, e-mail: {EMAIL_MARK}\n\n"
        f"Informacji udziela Pani Anna Nowak, kom. {PHONE_MARK}, {EMAIL_MARK}\n\n"
        "Sekretariat: tel. 71 384 10 00, e-mail: sekretariat@gmina.pl\n\n"
        "Urząd Gminy Milicz, urzad [at] gmina [dot] pl"
    )
    assert [(c.name, c.phone, c.email) for c in dropped.contacts] == [
        (None, "+48713841000", "sekretariat@gmina.pl"),
        (None, None, "urzad@gmina.pl"),
    ]
    assert dropped.warnings == ["personal data dropped (--no-personal-data): 2 e-mail address(es), 2 phone number(s)"]
    assert drop_personal_data(dropped) is dropped  # idempotent: nothing left to drop


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # A contact label before the name is no cue ("Informacji" is not the office's "informacja").
        ("Informacji udziela Jan Kowalski, tel. 71 384 10 20.", f"Informacji udziela Jan Kowalski, tel. {PHONE_MARK}."),
        # Each number has its own cue: what its line prints after the number before it.
        (
            "Kontakt: Jan Kowalski, sekretariat: 71 384 10 00, tel. 71 384 10 20",
            f"Kontakt: Jan Kowalski, sekretariat: 71 384 10 00, tel. {PHONE_MARK}",
        ),
        (
            "Kontakt: Jan Kowalski, sekretariat: tel. 71 384 10 00, kom. 600 123 456",
            f"Kontakt: Jan Kowalski, sekretariat: tel. 71 384 10 00, kom. {PHONE_MARK}",
        ),
        # An address is no cue: "biuro" in it does not make the number after it the office's.
        (
            "Kontakt: Jan Kowalski, j.kowalski@biuro.pl, tel. 71 384 10 20",
            f"Kontakt: Jan Kowalski, {EMAIL_MARK}, tel. {PHONE_MARK}",
        ),
        (
            "Urząd Gminy, centrala: 71 384 10 00, fax 71 384 10 01",
            "Urząd Gminy, centrala: 71 384 10 00, fax 71 384 10 01",
        ),
    ],
)
def test_which_printed_number_is_redacted(text: str, redacted: str) -> None:
    dropped = drop_personal_data(_record(text))
    assert dropped.text == redacted
    assert drop_personal_data(dropped) is dropped


def test_a_metadata_contact_keeps_the_office_address() -> None:
    """A contact from a metadata table (no text around it) is judged by its name alone."""
    contact = Contact(
        name="Beata Balicka-Błagitka", phone="+48774410260", phone_text="(77) 441 02 60", email="biuro@dfoz.pl"
    )
    dropped = drop_personal_data(_record("Opis praktyki.", [contact]))
    assert [(c.name, c.phone, c.phone_text, c.email) for c in dropped.contacts] == [
        ("Beata Balicka-Błagitka", None, None, "biuro@dfoz.pl")
    ]
    assert dropped.warnings[-1].endswith("0 e-mail address(es), 1 phone number(s)")


def test_a_record_with_nothing_personal_is_the_same_record() -> None:
    record = _record("Sekretariat: tel. 71 384 10 00, sekretariat@gmina.pl. Centrala: (77) 441 02 60.")
    assert drop_personal_data(record) is record
    line = jsonl.record_line(record)
    assert redact_line(line) == line


def test_a_dataset_line_is_redacted_and_stays_exact() -> None:
    record = _record("Kontakt: Jan Kowalski, tel. 600 123 456. Wartość: 1 234,50 zł")
    line = redact_line(jsonl.record_line(record))
    assert PHONE_MARK in json.loads(line)["text"] and "600 123 456" not in line
    assert line == jsonl.record_line(drop_personal_data(record))
    assert redact_line(line) == line


NAMES = st.sampled_from(["Jan Kowalski", "Anna Nowak", "Beata Balicka-Błagitka", "Referat Funduszy", "Sekretariat"])
NUMBERS = st.sampled_from(["71 384 10 20", "600 123 456", "(77) 441 02 60", "+48 501 222 333", "068 32 31 880"])
ADDRESSES = st.sampled_from(
    ["jan.kowalski@gmina.pl", "a.nowak@ops.pl", "kgw@gmail.com", "urzad@gmina.pl", "gops@milicz.pl", "info@x.pl"]
)
PIECES = st.one_of(
    NAMES.map(lambda n: f"Osoba do kontaktu: {n}, "),
    NAMES.map(lambda n: f"Informacji udziela Pani {n} "),
    NUMBERS.map(lambda n: f"tel. {n}, "),
    NUMBERS.map(lambda n: f"centrala: {n}. "),
    ADDRESSES.map(lambda a: f"e-mail: {a} "),
    st.sampled_from(["\n\n", "\n", "Projekt dla 20 osób. ", "Urząd Gminy, "]),
)


@given(st.lists(PIECES, max_size=12).map("".join))
def test_no_personal_address_or_number_survives(text: str) -> None:
    record = _record(text.strip() or "Tekst")
    dropped = drop_personal_data(record)
    prose = f"{dropped.title}\n\n{dropped.text}"
    assert not [a for a in find_emails(prose) if is_personal_email(a)]
    assert not [c.email for c in dropped.contacts if c.email and is_personal_email(c.email)]
    before = {a for a in find_emails(f"{record.title}\n\n{record.text}") if not is_personal_email(a)}
    assert before <= set(find_emails(prose))  # every institutional address is kept
    # A mobile number the contact parser gave a person is gone from the text and the contacts.
    mobiles = {c.phone for c in record.contacts if c.phone and is_mobile(c.phone) and looks_like_person(c.name)}
    assert not mobiles & {p.e164 for p in find_phones(prose)}
    assert not mobiles & {c.phone for c in dropped.contacts}
    assert (dropped is record) == (dropped.warnings == record.warnings)  # a change always says so
    assert drop_personal_data(dropped) == dropped


# -- the commands -------------------------------------------------------------------------------


def _run(data: Path, *flags: str) -> bytes:
    result = runner.invoke(app, ["run", "--offline", "--data", str(data), "-q", *flags])
    assert result.exit_code == 0, result.output
    return (data / "clean" / "records.jsonl").read_bytes()


def test_run_offline_drops_personal_data_only_when_asked(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "raw")
    plain = _run(tmp_path)
    assert b"+48683231880" in plain and b"+48774410260" in plain  # Renata Mach's and Beata Balicka-Błagitka's
    dropped = _run(tmp_path, "--no-personal-data")
    assert b"+48683231880" not in dropped and b"+48774410260" not in dropped
    assert b"068 32 31 880" not in dropped
    assert b"biuro@dfoz.pl" in dropped  # an office address stays
    records = [json.loads(line) for line in dropped.decode().splitlines()]
    warned = [r["id"] for r in records if any(w.startswith("personal data dropped") for w in r["warnings"])]
    assert warned == ["5934135e5be77cb5", "ec44cb6a5705d532"]
    site_files = b"".join(path.read_bytes() for path in (tmp_path / "clean" / "sites").glob("*.jsonl"))
    assert b"+48683231880" not in site_files
    assert _run(tmp_path) == plain  # without the flag, the same records as before


def _report(data: Path) -> dict[str, dict[str, int]]:
    """The last run's per-site counts, from its saved report."""
    saved = sorted(path for path in (data / "runs").glob("*-offline.json"))[-1]
    return {site["site"]: site for site in json.loads(saved.read_text(encoding="utf-8"))["sites"]}


def test_a_repeated_run_without_personal_data_changes_nothing(tmp_path: Path) -> None:
    """Records are redacted before they are compared with the last run's: an unchanged page is unchanged."""
    shutil.copytree(FIXTURES, tmp_path / "raw")
    first = _run(tmp_path, "--no-personal-data")
    assert _run(tmp_path, "--no-personal-data") == first
    assert {site: counts["records_changed"] for site, counts in _report(tmp_path).items()} == dict.fromkeys(
        ["dobrepraktyki", "nasza-nysa", "ops-milicz", "rops-zielona-gora", "um-opole"], 0
    )


def test_records_a_run_keeps_from_earlier_runs_are_redacted_too(tmp_path: Path) -> None:
    """A page that fails keeps its earlier record; the site file holds it redacted."""
    shutil.copytree(FIXTURES, tmp_path / "raw")
    _run(tmp_path)
    (tmp_path / "raw" / "rops-zielona-gora" / "5934135e5be77cb5.html").write_bytes(b"<p>altered since saved</p>")
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path), "-q", "--no-personal-data"])
    assert result.exit_code == 1, result.output  # the altered page is an error ...
    assert _report(tmp_path)["rops-zielona-gora"]["records_kept"] == 1  # ... and its earlier record is kept
    site_file = (tmp_path / "clean" / "sites" / "rops-zielona-gora.jsonl").read_bytes()
    assert b"+48683231880" not in site_file and b"personal data dropped" in site_file


def test_records_of_sites_not_run_leave_the_combined_file_redacted(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "raw")
    _run(tmp_path)
    combined = _run(tmp_path, "--no-personal-data", "--site", "um-opole")
    assert b"+48683231880" not in combined and b"+48774410260" not in combined


def test_extract_drops_personal_data_only_when_asked(tmp_path: Path) -> None:
    page = FIXTURES / "dobrepraktyki" / "ec44cb6a5705d532.html"
    plain = runner.invoke(app, ["extract", str(page)])
    dropped = runner.invoke(app, ["extract", str(page), "--no-personal-data"])
    assert plain.exit_code == dropped.exit_code == 0, plain.output + dropped.output
    assert "+48774410260" in plain.stdout and "+48774410260" not in dropped.stdout
    (record,) = [json.loads(line) for line in dropped.stdout.splitlines()]
    assert record["contacts"][0]["email"] == "biuro@dfoz.pl"
    assert record["warnings"][-1].startswith("personal data dropped (--no-personal-data)")
