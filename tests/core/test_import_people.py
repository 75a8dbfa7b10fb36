"""Importing people from the group's spreadsheet: real files as spreadsheet programs save them,
a real database, and nothing written unless everything ready can be."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.cli_import import add_import_parser, run_import
from peerdesk.core import consent, people, rota_service
from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.export import write_csv
from peerdesk.core.importing import (
    ColumnMapping,
    Preview,
    UnreadableFileError,
    excel,
    guess_mapping,
    import_people,
    known_people,
    parse_mapping,
    people_import,
    preview_people,
    read_table,
    readers,
)
from peerdesk.core.importing import preview as preview_module
from peerdesk.core.importing.columns import guess_field
from peerdesk.core.importing.preview import phone_digits
from peerdesk.core.models import ConsentEvent, Person
from peerdesk.core.storage import Store, open_store

DATA = Path(__file__).resolve().parent.parent / "data" / "import"

# The five made-up people every "people-*" file holds, however it spells its headings:
# (preferred name, full name, pronouns, phone digits kept, email kept, access needs).
EXPECTED = [
    ("Zoë", "Zoë Adams", "she/her", "07700900123", "zoe.adams@example.org", "Step-free access"),
    ("Pepe", "José García", "he/him", "07700900456", "", ""),
    ("Shiv", "Siobhán Ní Bhriain", "", "", "", "Large print"),
    ("Kwame", "Kwame Mensah", "they/them", "", "", ""),
    ("Fran", "Françoise Dubois", "", "", "", ""),
]
PEOPLE_FILES = [
    "people-utf8.csv",
    "people-utf8-bom.csv",
    "people-windows-1252.csv",
    "people-semicolon.csv",
    "people-unicode.txt",
    "people.xlsx",
]


def _count(store: Store, model: type[Person] | type[ConsentEvent]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _preview(store: Store, name: str) -> Preview:
    return preview_people(store, read_table(DATA / name))


def _summary(row: people.PersonRow) -> tuple[str, str, str, str, str, str]:
    return (
        row.preferred_name,
        row.full_name,
        row.pronouns,
        phone_digits(row.phone),
        row.email,
        row.access_needs,
    )


# -- reading -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_every_file_reads_the_same_people(store: Store, today: dt.date, name: str) -> None:
    preview = _preview(store, name)
    assert [row.status for row in preview.rows] == ["ready"] * 5
    import_people(store, preview, today=today)
    by_name = {row.preferred_name: _summary(row) for row in people.list_people(store)}
    assert [by_name[expected[0]] for expected in EXPECTED] == EXPECTED


@pytest.mark.parametrize(
    ("name", "how", "header_line"),
    [
        ("people-utf8.csv", "CSV, UTF-8, columns separated by commas", 1),
        (
            "people-utf8-bom.csv",
            "CSV, UTF-8 with a byte-order mark, columns separated by commas",
            1,
        ),
        ("people-windows-1252.csv", "CSV, Windows-1252, columns separated by commas", 1),
        ("people-semicolon.csv", "CSV, Windows-1252, columns separated by semicolons", 1),
        ("people-unicode.txt", "CSV, UTF-16 (Unicode text), columns separated by tabs", 1),
        ("people.xlsx", "Excel workbook, sheet “Members”", 3),
        ("messy.csv", "CSV, UTF-8 with a byte-order mark, columns separated by commas", 3),
    ],
)
def test_how_each_file_was_understood(name: str, how: str, header_line: int) -> None:
    table = read_table(DATA / name)
    assert table.how_read() == how
    assert table.header_line == header_line


def test_a_workbook_names_its_sheets_and_another_can_be_chosen() -> None:
    table = read_table(DATA / "people.xlsx")
    assert table.sheets == ("Members", "Notes")
    notes = read_table(DATA / "people.xlsx", sheet="notes")
    assert notes.sheet == "Notes" and not guess_mapping(notes.headers).has_name
    with pytest.raises(UnreadableFileError, match=r"no sheet called “Staff”.*“Members”, “Notes”"):
        read_table(DATA / "people.xlsx", sheet="Staff")


def test_excel_sep_line_and_formula_quotes_are_understood(tmp_path: Path) -> None:
    path = tmp_path / "with-sep.csv"
    path.write_text("sep=|\nName|Phone|OK to contact\nAsha|'+44 7700 900555|yes\n", "utf-8")
    table = read_table(path)
    assert (table.delimiter, table.headers) == ("|", ("Name", "Phone", "OK to contact"))
    assert table.rows[0].cells == ("Asha", "+44 7700 900555", "yes")


# -- bad input -----------------------------------------------------------------------------------
def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return out.getvalue()


BAD_FILES = {
    "empty.csv": (None, "empty.csv is empty: there is nothing to import."),
    "junk.bin": (None, "junk.bin does not look like a spreadsheet (it holds binary data"),
    "password-protected.xlsx": (
        None,
        "password-protected.xlsx is password-protected, so peerdesk cannot read it. Open it in "
        "your spreadsheet program, save a copy without a password, and import that copy.",
    ),
    "corrupt.xlsx": (None, "corrupt.xlsx looks like a workbook but seems to be damaged."),
    "members.xls": (
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600,
        "members.xls is in the old Excel 97–2003 format (.xls)",
    ),
    "members.ods": (
        _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        "members.ods is an OpenDocument spreadsheet (.ods), which peerdesk cannot read yet.",
    ),
    "letter.docx": (_zip({"word/document.xml": b"<w/>"}), "letter.docx is a Word document"),
    "scan.pdf": (b"%PDF-1.7\n" + bytes(range(256)), "scan.pdf is a PDF document"),
    "broken.xlsx": (
        _zip({"xl/workbook.xml": b"<not really a workbook", "[Content_Types].xml": b"?"}),
        "broken.xlsx could not be read as an Excel workbook: it seems to be damaged.",
    ),
    "blank.csv": (b"\r\n , ,\r\n\r\n", "blank.csv has no rows with anything in them."),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_with_a_clear_message(
    store: Store, tmp_path: Path, name: str
) -> None:
    data, message = BAD_FILES[name]
    path = DATA / name
    if data is not None:
        path = tmp_path / name
        path.write_bytes(data)
    with pytest.raises(UnreadableFileError) as refused:
        read_table(path)
    assert str(refused.value).startswith(message)
    assert isinstance(refused.value, ValidationError)


def test_a_huge_file_is_refused_at_once_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "everything.csv"
    with huge.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)  # sparse: takes no disk space

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    started = time.perf_counter()
    with pytest.raises(UnreadableFileError, match=r"is 100 MB; peerdesk imports files of up to 20"):
        read_table(huge)
    assert time.perf_counter() - started < 0.5


def test_too_many_rows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ROWS", 3)
    with pytest.raises(UnreadableFileError, match="more than 3 rows; peerdesk imports up to 3"):
        read_table(DATA / "people-utf8.csv")


def test_cancelling_while_a_workbook_is_read_is_not_taken_for_damage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Cancelled(PeerdeskError):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled("Cancelled.")

    monkeypatch.setattr(excel, "_PROGRESS_EVERY", 2)
    with pytest.raises(Cancelled):
        read_table(DATA / "people.xlsx", progress=cancel)


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="There is no file at"):
        read_table(tmp_path / "nowhere.csv")
    with pytest.raises(UnreadableFileError, match="is a folder"):
        read_table(tmp_path)


def test_a_file_without_a_column_of_names_is_refused_and_nothing_is_written(
    store: Store,
) -> None:
    table = read_table(DATA / "no-names.csv")
    assert not guess_mapping(table.headers).has_name
    with pytest.raises(ValidationError, match=r"No column of names was found in no-names.csv"):
        preview_people(store, table)
    assert _count(store, Person) == 0


# -- which column is what ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("First name", "first_name"),
        ("FIRST  NAME ", "first_name"),
        ("Forename", "first_name"),
        ("Preferred name", "preferred_name"),
        ("Known as", "preferred_name"),
        ("known-as", "preferred_name"),
        ("Surname", "last_name"),
        ("Last name", "last_name"),
        ("Full name", "full_name"),
        ("Tel", "phone"),
        ("Tel. no.", "phone"),
        ("Phone", "phone"),
        ("Phone number", "phone"),
        ("Mobile", "phone"),
        ("E-mail", "email"),
        ("Email address", "email"),
        ("Your email", "email"),
        ("Pronouns", "pronouns"),
        ("Access needs", "access_needs"),
        ("Contact consent", "contact_consent"),
        ("OK to contact?", "contact_consent"),
        ("Facilitator", "facilitator"),
        ("Experienced", "experienced"),
        ("Consent", None),  # the consent form in general, not consent to be contacted
        ("Emergency contact phone", None),  # someone else's number
        ("Diagnosis", None),
        ("GP name", None),
        ("Mental health notes", None),
        ("Date of birth", None),
        ("", None),
    ],
)
def test_headings_are_recognised_however_they_are_written(heading: str, field: str | None) -> None:
    assert guess_field(heading) == field


def test_a_lone_name_column_is_the_name_people_go_by() -> None:
    alone = guess_mapping(["Name", "Phone"])
    assert alone.columns == {"preferred_name": 0, "phone": 1}
    beside = guess_mapping(["Name", "Known as"])
    assert beside.columns == {"preferred_name": 1, "full_name": 0}
    first = guess_mapping(["Mobile", "Tel", "First name"])
    assert first.columns == {"first_name": 2, "phone": 0}  # the first of two phone columns


def test_a_mapping_file_changes_the_guess() -> None:
    headers = ["First name", "Known as", "Mobile", "Home phone", "Email", "Diagnosis"]
    guessed = guess_mapping(headers)
    assert guessed.column("phone") == 2
    mapping = parse_mapping(
        '{"preferred_name": "first name", "phone": "HOME PHONE", "email": null, "Pronouns": 2}',
        headers,
        guessed,
    )
    # "Known as" now feeds pronouns, so it no longer feeds the preferred name.
    assert mapping.columns == {"preferred_name": 0, "pronouns": 1, "phone": 3}
    assert mapping.field_of(3) == "phone" and mapping.field_of(2) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["preferred_name"]', "should hold one JSON object"),
        ('{"diagnosis": "First name"}', "“diagnosis”, which is not something peerdesk imports"),
        ('{"phone": "Fax"}', "no such column. The columns are: “First name”, “Diagnosis”"),
        ('{"phone": 9}', "names column 9, but the file has 2 columns"),
        ('{"phone": true}', "true is neither a column heading nor a number"),
        ('{"access_needs": "Diagnosis"}', "looks like health information"),
    ],
)
def test_a_wrong_mapping_file_says_what_is_wrong(text: str, message: str) -> None:
    headers = ["First name", "Diagnosis"]
    with pytest.raises(ValidationError, match=message):
        parse_mapping(text, headers, guess_mapping(headers))


# -- the preview ---------------------------------------------------------------------------------
def test_the_messy_file_marks_every_problem(store: Store) -> None:
    preview = _preview(store, "messy.csv")
    rows = {row.line: row for row in preview.rows}
    assert sorted(rows) == [4, 5, 7, 8, 9, 10, 11, 12, 13]  # blank rows 6 is passed over
    assert {line: row.status for line, row in rows.items()} == {
        4: "ready",
        5: "ready",
        7: "skipped",  # an email that cannot be read
        8: "skipped",  # no name
        9: "ready",
        10: "duplicate",  # Zoë again
        11: "ready",
        12: "skipped",  # "ext 2" in the phone number
        13: "duplicate",  # Zoë's number written another way
    }
    assert rows[4].person.preferred_name == "Zoë" and rows[4].person.full_name == "Zoë Adams"
    assert rows[4].person.phone == "07700 900123"  # trailing spaces gone
    assert rows[7].reasons() == "“amina@example” does not look like an email address."
    assert rows[8].reasons().startswith("No name: a person needs at least a preferred name.")
    assert rows[10].reasons().endswith("Probably the same person as row 4: same name.")
    assert rows[11].person.phone == "07700900333"
    assert "read as 07700900333 (the leading 0 was lost)" in rows[11].reasons()
    assert "does not look like a phone number" in rows[12].reasons()
    assert rows[13].reasons() == (
        "Contact consent “maybe” was not understood, so it counts as no. Phone number left "
        "out: consent to contact is not recorded. Probably the same person as row 4: "
        "same phone number."
    )
    assert [(c.header, c.reason) for c in preview.ignored] == [
        ("Diagnosis", "health information is never kept"),
        ("Date of birth", "peerdesk has no place for it"),
    ]
    assert "low mood" not in repr(preview.rows)  # what the diagnosis column held goes nowhere


def test_people_already_in_peerdesk_are_found_however_their_details_are_written(
    store: Store, today: dt.date
) -> None:
    zoe = people.create_person(store, people.PersonInput("zoë", full_name="ZOË ADAMS"))
    pepe = people.create_person(store, people.PersonInput("P", full_name="Somebody Else"))
    version = consent.ensure_default_form(store)
    consent.record(
        store, consent.Answer(pepe.id, {"contact_phone": True}, today), version.id, today=today
    )
    people.update_person(
        store, pepe.id, people.PersonInput("P", "Somebody Else", phone="07700 900456")
    )
    people.set_person_archived(store, zoe.id, True)
    preview = _preview(store, "people-utf8.csv")
    statuses = [(row.person.preferred_name, row.status) for row in preview.rows]
    assert statuses[:3] == [("Zoë", "duplicate"), ("Pepe", "duplicate"), ("Shiv", "ready")]
    assert preview.rows[0].reasons() == (
        "Probably already in peerdesk as “zoë” (ZOË ADAMS) (archived): same name."
    )
    assert preview.rows[1].reasons().endswith("as “P” (Somebody Else): same phone number.")
    summary = import_people(store, preview, today=today)
    assert summary.imported == 3 and summary.skipped_duplicates == 2
    assert [s.line for s in summary.skipped] == [2, 3]
    again = import_people(store, _preview(store, "people-utf8.csv"), today=today)
    assert again.imported == 0 and again.lines()[0] == "Nobody was imported from people-utf8.csv."
    both = import_people(
        store, _preview(store, "people-utf8.csv"), today=today, include_duplicates=True
    )
    assert both.imported == 5 and both.tally.duplicates_imported == 5
    assert _count(store, Person) == 2 + 3 + 5


def test_the_preview_can_be_redone_for_a_new_mapping_without_the_database(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = read_table(DATA / "people-utf8.csv")
    known = known_people(store)

    def no_database(*_args: object) -> None:
        raise AssertionError("the database was read again")

    monkeypatch.setattr(preview_module, "known_in", no_database)
    guessed = guess_mapping(table.headers)
    first = preview_people(store, table, guessed, known=known)
    assert first.rows[1].person.preferred_name == "Pepe"
    changed = preview_people(store, table, guessed.with_field("preferred_name", 0), known=known)
    assert changed.rows[1].person.preferred_name == "José"
    assert [c.header for c in changed.ignored] == ["Known as"]


def test_progress_is_reported_and_can_cancel(store: Store, today: dt.date) -> None:
    table = read_table(DATA / "people-utf8.csv")
    seen: list[tuple[int, int]] = []
    preview = preview_people(store, table, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)

    class Cancelled(PeerdeskError):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled("Cancelled.")

    with pytest.raises(Cancelled):
        import_people(store, preview, today=today, progress=cancel)
    assert _count(store, Person) == 0


# -- saving --------------------------------------------------------------------------------------
def test_contact_details_are_kept_only_with_consent_which_is_recorded(
    store: Store, today: dt.date
) -> None:
    summary = import_people(store, _preview(store, "people-utf8.csv"), today=today)
    assert summary.imported == 5
    assert summary.tally.consents_recorded == 2  # Zoë and Pepe; Fran said yes but gave nothing
    assert (summary.tally.phones_dropped, summary.tally.emails_dropped) == (1, 2)
    assert summary.tally.people_without_contact == 2  # Shiv and Kwame
    assert summary.lines() == [
        "Imported 5 people from people-utf8.csv.",
        "Consent to be contacted recorded for 2 people, in writing, as “Imported from "
        "people-utf8.csv”.",
        "Contact details left out for 2 people whose consent to be contacted is not recorded: "
        "1 phone number and 2 emails.",
    ]
    by_name = {row.preferred_name: row for row in people.list_people(store)}
    zoe, kwame = by_name["Zoë"], by_name["Kwame"]
    assert (zoe.phone, zoe.email) == ("07700 900123", "zoe.adams@example.org")
    assert (kwame.phone, kwame.email) == ("", "")
    events = consent.history(store, zoe.id)
    assert sorted(e.purpose_key for e in events) == ["contact_email", "contact_phone"]
    assert {(e.decision, e.method, e.recorded_by, e.decided_on) for e in events} == {
        ("granted", "written", "Imported from people-utf8.csv", today)
    }
    assert [e.purpose_key for e in consent.history(store, by_name["Pepe"].id)] == ["contact_phone"]
    assert consent.history(store, by_name["Fran"].id) == []
    # Nobody holds a detail without the consent that covers it, and it can be edited as usual.
    assert all(not s.contact_without_consent for s in consent.needing_attention(store, today=today))
    people.update_person(store, zoe.id, zoe.as_input(), today=today)


def test_an_import_that_fails_part_way_leaves_the_directory_as_it_was(
    store: Store, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    people.create_person(store, people.PersonInput("Already here"))
    before = (_count(store, Person), _count(store, ConsentEvent))
    preview = _preview(store, "people-utf8.csv")
    original = people_import.consent_events
    calls = 0

    def fails_on_the_fifth_row(*args: object, **kwargs: object) -> list[dict[str, object]]:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("the disk is full")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(people_import, "CHUNK", 2)  # three statements: the failure is in the last
    monkeypatch.setattr(people_import, "consent_events", fails_on_the_fifth_row)
    with pytest.raises(RuntimeError):
        import_people(store, preview, today=today)
    assert (_count(store, Person), _count(store, ConsentEvent)) == before
    assert [p.preferred_name for p in people.list_people(store)] == ["Already here"]


def test_someone_added_after_the_preview_is_not_imported_twice(
    store: Store, today: dt.date
) -> None:
    preview = _preview(store, "people-utf8.csv")
    people.create_person(store, people.PersonInput("Kwame", full_name="Kwame Mensah"))
    summary = import_people(store, preview, today=today)
    assert summary.imported == 4
    assert [s.line for s in summary.skipped] == [5]
    assert (
        summary.skipped[0]
        .reasons()
        .endswith("Added to peerdesk since the preview as “Kwame” (Kwame Mensah): same name.")
    )


def test_facilitators_are_welcomed_without_groups(
    store: Store, today: dt.date, tmp_path: Path
) -> None:
    path = tmp_path / "facilitators.csv"
    path.write_text(
        "Name,Facilitator,Experienced\nAsha,yes,yes\nBen,Y,no\nCal,,yes\nDee,sometimes,\n",
        encoding="utf-8",
    )
    preview = preview_people(store, read_table(path))
    assert preview.rows[3].reasons() == (
        "“sometimes” under facilitator was not understood, so it counts as no."
    )
    summary = import_people(store, preview, today=today)
    assert summary.tally.facilitators == 2
    profiles = {p.name: p for p in rota_service.list_facilitators(store)}
    assert set(profiles) == {"Asha", "Ben"}
    assert profiles["Asha"].experienced and not profiles["Ben"].experienced
    assert profiles["Asha"].group_ids == frozenset()


def test_people_exported_to_csv_come_back_the_same(
    store: Store, tmp_path: Path, today: dt.date
) -> None:
    version = consent.ensure_default_form(store)
    made = [
        people.PersonInput(
            "Zoë", "Zoë O'Connor", "she/her", access_needs="Step-free\nhearing loop"
        ),
        people.PersonInput("Sam", "Samuel Smith, Jr", phone="+44 7700 900001"),
        people.PersonInput("Jo", "", "they/them", email="jo@example.org"),
        people.PersonInput('Bea "B"', "Beatrice Nowak"),
    ]
    for data in made:
        person = people.create_person(store, people.PersonInput(data.preferred_name))
        grants = {"contact_phone": True, "contact_email": True}
        consent.record(store, consent.Answer(person.id, grants, today), version.id, today=today)
        people.update_person(store, person.id, data, today=today)
    # The columns of a people export, and whether each person agreed to be contacted.
    header = ("preferred_name", "full_name", "pronouns", "phone", "email", "access_needs")
    rows = [(*row.as_input().__dict__.values(),)[:6] for row in people.list_people(store)]
    exported = tmp_path / "people.csv"
    write_csv(exported, (*header, "ok_to_contact"), [(*row, "yes") for row in rows])
    with open_store(tmp_path / "empty.sqlite3") as empty:
        summary = import_people(empty, preview_people(empty, read_table(exported)), today=today)
        back = [row.as_input() for row in people.list_people(empty)]
    assert summary.imported == 4 and summary.tally.consents_recorded == 2
    assert back == [row.as_input() for row in people.list_people(store)]


# -- the command line ----------------------------------------------------------------------------
def _run(argv: list[str]) -> int:
    """As ``peerdesk.cli.main`` does: a readable line and exit code 1 on a refused input."""
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument("--database", type=Path, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="peerdesk", parents=[database])
    add_import_parser(parser.add_subparsers(dest="command"), database)
    args = parser.parse_args(argv)
    try:
        return run_import(getattr(args, "database", None), args)
    except PeerdeskError as error:
        print(f"peerdesk: {error}", file=sys.stderr)
        return 1


def test_the_command_previews_then_imports(
    db_path: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    messy = str(DATA / "messy.csv")
    assert _run(["import", "people", messy, "--database", str(db_path), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert (
        "Read messy.csv (CSV, UTF-8 with a byte-order mark, columns separated by commas): "
        "headings on row 3, 9 rows below them." in shown
    )
    assert "  “Tel.” → phone" in shown
    assert "  “Diagnosis” not imported: health information is never kept" in shown
    assert "  row 8, skipped: No name: a person needs at least a preferred name." in shown
    assert "  row 10 (Zoë), likely duplicate, skipped: Probably the same person as row 4" in shown
    assert "Would import 4 people from messy.csv." in shown
    assert shown.rstrip().endswith("Nothing was saved (--dry-run).")
    assert _run(["--database", str(db_path), "import", "people", messy]) == 0
    shown = capsys.readouterr().out
    assert "Imported 4 people from messy.csv." in shown
    assert "Skipped 5 rows: 3 with a problem to fix and 2 probably already in peerdesk" in shown
    assert shown.rstrip().endswith("add --include-duplicates.")


def test_the_command_uses_a_mapping_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "columns.json"
    mapping.write_text('{"preferred_name": "First name"}', "utf-8")
    argv = ["import", "people", str(DATA / "people-utf8.csv"), "--mapping", str(mapping)]
    assert _run([*argv, "--database", str(db_path)]) == 0
    shown = capsys.readouterr().out
    assert "  “First name” → preferred name" in shown
    assert "  “Known as” not imported: peerdesk has no place for it" in shown
    assert _run([*argv[:3], "--mapping", str(tmp_path / "none.json")]) == 1
    assert "peerdesk: The mapping file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "peerdesk: empty.csv is empty: there is nothing to import."),
        ("no-names.csv", "peerdesk: No column of names was found in no-names.csv"),
        ("password-protected.xlsx", "peerdesk: password-protected.xlsx is password-protected"),
    ],
)
def test_the_command_refuses_bad_files_in_one_line_and_writes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    assert _run(["import", "people", str(DATA / name), "--database", str(db_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(message) and error.count("\n") == 1
    assert not db_path.exists()  # the file is checked before the database is opened


def test_mapping_is_a_plain_value() -> None:
    mapping = ColumnMapping({"phone": 1})
    assert mapping.with_field("phone", None).columns == {}
    assert not mapping.has_name
