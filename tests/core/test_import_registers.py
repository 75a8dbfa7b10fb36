"""Importing a group's past attendance from its register spreadsheet: real files, a real
database, names only with consent, nothing already recorded changed, and everything the preview
showed written in one transaction or nothing at all."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from peerdesk import cli_import
from peerdesk.cli import main
from peerdesk.core import attendance, consent, groups, people, schedule
from peerdesk.core.errors import NotFoundError, PeerdeskError, ValidationError
from peerdesk.core.importing import (
    AttendancePreview,
    RegisterOptions,
    RegisterSheet,
    import_attendance,
    preview_attendance,
    read_date_heading,
    read_mark,
    read_register,
    read_table,
    registers,
)
from peerdesk.core.models import Attendance, ConsentEvent, Meeting, Person
from peerdesk.core.storage import Store, open_store

DATA = Path(__file__).resolve().parent.parent / "data" / "import" / "registers"
GROUP = "Tuesday Drop-in"
TODAY = dt.date(2026, 11, 23)  # as in conftest
NOV = {day: dt.date(2026, 11, day) for day in (3, 5, 10, 17, 24)}


# -- helpers -------------------------------------------------------------------------------------
def make_group(store: Store, today: dt.date, *, headcount_only: bool = False) -> int:
    """Tuesdays at 18:30 from 1 September 2026: twelve sessions before ``today``."""
    data = groups.GroupInput(
        GROUP,
        "FREQ=WEEKLY;BYDAY=TU",
        dt.date(2026, 9, 1),
        dt.time(18, 30),
        headcount_only=headcount_only,
    )
    return groups.create_group(store, data, today=today).group.id


def make_person(
    store: Store, today: dt.date, preferred: str, full: str = "", *, keep: bool | None = True
) -> int:
    """Someone in the directory; ``keep`` records their consent to keep their records (None:
    nothing recorded)."""
    person = people.create_person(store, people.PersonInput(preferred, full))
    if keep is not None:
        version = consent.ensure_default_form(store)
        answer = consent.Answer(person.id, {consent.KEEP_RECORDS: keep}, today)
        consent.record(store, answer, version.id, today=today)
    return person.id


def meeting_on(store: Store, group_id: int, day: dt.date) -> int:
    [found] = schedule.list_meetings(store, group_id=group_id, date_from=day, date_to=day)
    return found.id


def sheet(name: str) -> RegisterSheet:
    return read_register(read_table(DATA / name))


def marks(store: Store) -> set[tuple[str, dt.date, str]]:
    """Every attendance record: (preferred name, date, status)."""
    with store.reading() as session:
        rows = session.execute(
            select(Person.preferred_name, Meeting.date, Attendance.status)
            .join(Person, Attendance.person_id == Person.id)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
        ).all()
    return {(name, day, status) for name, day, status in rows}


def headcounts(store: Store) -> dict[dt.date, int]:
    with store.reading() as session:
        rows = session.execute(
            select(Meeting.date, Meeting.anonymous_count).where(Meeting.anonymous_count > 0)
        ).all()
    return dict(rows)


class State(NamedTuple):
    """What an import can change, to show that a refused one changed nothing."""

    people: int
    consents: int
    meetings: int
    records: int
    marks: frozenset[tuple[str, dt.date, str]]
    headcounts: tuple[tuple[dt.date, int], ...]


def everything(store: Store) -> State:
    with store.reading() as session:
        people_, consents, meetings, records = (
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, ConsentEvent, Meeting, Attendance)
        )
    found = frozenset(marks(store))
    return State(
        people_, consents, meetings, records, found, tuple(sorted(headcounts(store).items()))
    )


def preview(
    store: Store, group_id: int, today: dt.date, name: str, **options: bool
) -> AttendancePreview:
    return preview_attendance(
        store, sheet(name), group_id, today=today, options=RegisterOptions(**options)
    )


# -- reading marks and dates ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("✓", "present"),
        ("✔", "present"),
        ("x", "present"),
        ("X", "present"),
        ("y", "present"),
        (" Yes ", "present"),
        ("1", "present"),
        ("P", "present"),
        ("present", "present"),
        ("yes", "present"),  # TRUE in an Excel cell
        ("A", "apologies"),
        ("Apologies", "apologies"),
        ("apols.", "apologies"),
        ("", "absent"),
        ("0", "absent"),
        ("-", "absent"),
        ("no", "absent"),
        ("maybe", None),
        ("2", None),
        ("?", None),
    ],
)
def test_marks_are_read_as_registers_write_them(text: str, mark: str | None) -> None:
    assert read_mark(text) == mark


@pytest.mark.parametrize(
    ("heading", "written"),
    [
        ("24/11/2026", (24, 11, 2026)),
        ("24/11/26", (24, 11, 2026)),
        ("03/04/2026", (3, 4, 2026)),  # day first, as in the UK
        ("3.4.26", (3, 4, 2026)),
        ("24-11-2026", (24, 11, 2026)),
        ("24/11", (24, 11, None)),
        ("24 Nov", (24, 11, None)),
        ("24th November", (24, 11, None)),
        ("Tue 24 Nov 2026", (24, 11, 2026)),
        ("Tuesday, 24th November 2026", (24, 11, 2026)),
        ("Nov 24, 2026", (24, 11, 2026)),
        ("24-Nov-26", (24, 11, 2026)),
        ("2026-11-24", (24, 11, 2026)),
        ("2026-11-24 00:00:00", (24, 11, 2026)),  # an Excel date cell
        ("24/11/2026 18:30", (24, 11, 2026)),
        ("46350", (24, 11, 2026)),  # an Excel date cell formatted as a number
        ("Name", None),
        ("Total", None),
        ("Drop-in register 2026", None),
        ("November 2026", None),
        ("1", None),
        ("24/13/2026", None),
        ("32 Nov", None),
    ],
)
def test_date_headings_are_read_day_first(
    heading: str, written: tuple[int, int, int | None] | None
) -> None:
    found = read_date_heading(heading)
    assert (None if found is None else (found.day, found.month, found.year)) == written


def test_column_letters_are_the_spreadsheets() -> None:
    assert [registers.column_letter(i) for i in (0, 25, 26, 51, 52, 199)] == [
        "A", "Z", "AA", "AZ", "BA", "GR"
    ]  # fmt: skip


# -- files ---------------------------------------------------------------------------------------
def test_a_file_of_ticks_records_names_with_consent_and_counts_the_rest(
    store: Store, today: dt.date
) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Sam", "Sam Smith")
    found = preview(store, group_id, today, "ticks.csv")
    assert [(d.column, d.date, d.outcome) for d in found.dates] == [
        ("B", dt.date(2026, 10, 6), "session"),
        ("C", dt.date(2026, 10, 13), "session"),
        ("D", dt.date(2026, 10, 20), "session"),
        ("E", dt.date(2026, 10, 27), "session"),
        ("F", NOV[3], "session"),
    ]
    assert found.notes == ("Dates without a year (such as “20 Oct”) were read as in 2026.",)
    assert [str(left) for left in found.left_out] == [
        "column G “Total” not imported: peerdesk works out totals itself"
    ]
    assert [(r.name, r.outcome, r.present) for r in found.rows] == [
        ("Sam", "named", 4),
        ("Priya", "counted", 3),
        ("Alex", "counted", 3),
    ]
    assert [(d.counts.present, d.counts.add_present, d.headcount) for d in found.dates] == [
        (2, 1, 1), (2, 1, 1), (1, 0, 1), (3, 1, 2), (2, 1, 1)
    ]  # fmt: skip
    assert found.lines() == [
        "Would record 4 present, by name, at 5 sessions of Tuesday Drop-in, from ticks.csv.",
        "Would set the anonymous headcount of 5 sessions: 6 in all, counted, not named.",
        "Counted in the headcount rather than named: 2 new names without recorded consent. "
        "Their apologies are not kept.",
    ]
    summary = import_attendance(store, found)
    assert summary.lines()[0] == (
        "Recorded 4 present, by name, at 5 sessions of Tuesday Drop-in, from ticks.csv."
    )
    assert summary.person_ids == () and summary.meeting_ids == ()
    assert marks(store) == {
        ("Sam", day, "present")
        for day in (dt.date(2026, 10, 6), dt.date(2026, 10, 13), dt.date(2026, 10, 27), NOV[3])
    }
    assert headcounts(store) == {
        dt.date(2026, 10, 6): 1,
        dt.date(2026, 10, 13): 1,
        dt.date(2026, 10, 20): 1,
        dt.date(2026, 10, 27): 2,
        NOV[3]: 1,
    }
    assert [p.preferred_name for p in people.list_people(store)] == ["Sam"]


def test_p_and_a_with_a_totals_row_an_anonymous_row_and_names_in_another_case(
    store: Store, today: dt.date
) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Sam")
    make_person(store, today, "Priya", "Priya Shah")
    found = preview(store, group_id, today, "p-and-a.csv", names_consented=True)
    assert found.notes == (
        "Dates without a year (such as “3 Nov”) were read as in 2026: the year in which most "
        "fall on Tuesday Drop-in's sessions.",
    )
    assert [(r.line, r.name, r.outcome, r.note) for r in found.rows] == [
        (2, "sam", "named", "in peerdesk as “Sam”"),
        (3, "PRIYA", "named", "in peerdesk as “Priya” (Priya Shah)"),
        (4, "Jo", "new", "new to peerdesk: added with just this name"),
    ]
    assert [str(left) for left in found.left_out] == [
        "row 5 “Total” not imported: peerdesk works out totals itself"
    ]
    assert [
        (d.counts.present, d.counts.apologies, d.counts.anonymous, d.headcount_change)
        for d in found.dates
    ] == [
        (2, 1, 2, "set"), (1, 2, 0, "none"), (3, 0, 1, "set")
    ]  # fmt: skip
    summary = import_attendance(store, found)
    assert summary.lines() == [
        "Recorded 6 present and 3 sent apologies, by name, at 3 sessions of Tuesday Drop-in, "
        "from p-and-a.csv.",
        "Set the anonymous headcount of 2 sessions: 3 in all, counted, not named.",
        "Added 1 new person with just their name, and recorded their consent to keep their "
        "name and attendance (a paper form, as “Imported from p-and-a.csv”).",
    ]
    assert marks(store) == {
        ("Sam", NOV[3], "present"), ("Sam", NOV[10], "apologies"), ("Sam", NOV[17], "present"),
        ("Priya", NOV[3], "apologies"), ("Priya", NOV[10], "present"),
        ("Priya", NOV[17], "present"),
        ("Jo", NOV[3], "present"), ("Jo", NOV[10], "apologies"), ("Jo", NOV[17], "present"),
    }  # fmt: skip
    assert headcounts(store) == {NOV[3]: 2, NOV[17]: 1}
    [jo] = summary.person_ids
    assert people.get_person(store, jo).as_input() == people.PersonInput("Jo")
    [event] = consent.history(store, jo)
    assert (event.purpose_key, event.decision, event.method, event.recorded_by) == (
        "keep_records", "granted", "paper", "Imported from p-and-a.csv"
    )  # fmt: skip
    assert event.decided_on == today
    assert consent.register_flags(store, [jo], today=today) == {}


def test_excel_dates_a_headcount_row_and_a_count_column(store: Store, today: dt.date) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Sam")
    table = read_table(DATA / "register.xlsx")
    assert (table.how_read(), table.sheets) == (
        "Excel workbook, sheet “Register”",
        ("Register", "Notes"),
    )
    read = read_register(table)
    assert (read.heading_line, read.names_from) == (2, "column A “Name”")
    found = preview_attendance(store, read, group_id, today=today)
    # 24 November is still to come, but nothing is marked under it: it is left alone.
    assert [(d.date, d.outcome) for d in found.dates] == [
        (NOV[3], "session"), (NOV[10], "session"), (NOV[17], "session"), (NOV[24], "empty")
    ]  # fmt: skip
    assert [str(left) for left in found.left_out] == [
        "column F “Count” not imported: peerdesk works out totals itself"
    ]
    assert [(r.name, r.outcome, r.present) for r in found.rows] == [
        ("Sam", "named", 2),
        ("Priya", "counted", 2),  # TRUE and 1 are present; her apologies are not kept
        ("Kim", "counted", 2),
    ]
    import_attendance(store, found)
    assert marks(store) == {("Sam", NOV[3], "present"), ("Sam", NOV[17], "present")}
    assert headcounts(store) == {NOV[3]: 4, NOV[10]: 1, NOV[17]: 4}


def test_a_year_in_a_title_row_dates_the_headings_without_one(store: Store, today: dt.date) -> None:
    group_id = make_group(store, today)
    read = sheet("title-year.csv")
    assert (read.heading_line, read.title_year, read.names_from) == (2, 2026, "column A")
    found = preview_attendance(store, read, group_id, today=today)
    assert found.notes == (
        "Dates without a year (such as “3 Nov”) were read as in 2026: the year in the title "
        "“Drop-in register 2026”.",
    )
    assert [d.date for d in found.dates] == [NOV[3], NOV[10], NOV[17]]
    # A year given by the user wins; 2025 has no sessions on those days.
    options = RegisterOptions(year=2025)
    given = preview_attendance(store, read, group_id, today=today, options=options)
    assert [(d.date.year, d.outcome) for d in given.dates] == [(2025, "no_session")] * 3
    assert given.notes[0].endswith("were read as in 2025: as asked.")


def test_headings_without_a_year_run_on_into_the_next_year(
    store: Store, today: dt.date, tmp_path: Path
) -> None:
    group_id = make_group(store, today)
    path = tmp_path / "winter.csv"
    path.write_text("Register 2025-26\n,15 Dec,12 Jan,9 Feb\nSam,✓,✓,✓\n", encoding="utf-8")
    found = preview_attendance(store, read_register(read_table(path)), group_id, today=today)
    assert [d.date for d in found.dates] == [
        dt.date(2025, 12, 15), dt.date(2026, 1, 12), dt.date(2026, 2, 9)
    ]  # fmt: skip
    assert found.notes == (
        "Dates without a year (such as “15 Dec”) were read as in 2025 to 2026: the year in the "
        "title “Register 2025-26”.",
    )


def test_a_date_without_a_session_is_skipped_or_added_and_a_cancelled_one_skipped(
    store: Store, today: dt.date
) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Sam")
    schedule.cancel_meeting(store, meeting_on(store, group_id, NOV[10]), "Venue closed")
    found = preview(store, group_id, today, "missing-and-cancelled.csv")
    assert [(d.date, d.outcome, d.cancel_reason) for d in found.dates] == [
        (NOV[3], "session", ""),
        (NOV[5], "no_session", ""),
        (NOV[10], "cancelled", "Venue closed"),
        (NOV[17], "session", ""),
    ]
    assert [str(cell) for cell in found.unclear] == ["E2: “maybe”"]
    assert found.lines()[3:] == [
        "Skipped 1 date with no session: 5 Nov 2026.",
        "Skipped 1 cancelled session: 10 Nov 2026.",
        "Left out 1 cell that could not be understood.",
    ]
    added = preview(store, group_id, today, "missing-and-cancelled.csv", add_missing_sessions=True)
    assert [d.outcome for d in added.dates] == ["session", "extra", "cancelled", "session"]
    summary = import_attendance(store, added)
    assert "Added 1 extra session for dates with no session: 5 Nov 2026." in summary.lines()
    [extra_id] = summary.meeting_ids
    extra = schedule.get_meeting(store, extra_id)
    assert (extra.date, extra.is_one_off, extra.note) == (
        NOV[5], True, "Added from missing-and-cancelled.csv"
    )  # fmt: skip
    assert (extra.start_time, extra.duration_minutes) == (dt.time(18, 30), 120)
    assert marks(store) == {("Sam", NOV[3], "present"), ("Sam", NOV[5], "present")}
    assert headcounts(store) == {NOV[3]: 1, NOV[17]: 1}  # Priya: no consent, counted


def test_existing_records_are_never_overwritten_and_a_second_import_changes_nothing(
    store: Store, today: dt.date
) -> None:
    group_id = make_group(store, today)
    sam = make_person(store, today, "Sam")
    make_person(store, today, "Priya")
    attendance.mark(store, meeting_on(store, group_id, NOV[3]), sam, "apologies")
    attendance.set_headcount(store, meeting_on(store, group_id, NOV[17]), 7)
    found = preview(store, group_id, today, "p-and-a.csv", names_consented=True)
    assert [str(c) for c in found.conflicts] == [
        "B2 (sam, 3 Nov 2026): the file says present, peerdesk has apologies"
    ]
    assert [(d.headcount_change, d.headcount, d.existing_headcount) for d in found.dates] == [
        ("set", 2, 0), ("none", 0, 0), ("kept", 1, 7)
    ]  # fmt: skip
    assert found.lines()[-1] == (
        "Left as peerdesk has them: 1 mark that differs; 1 headcount that differs."
    )
    import_attendance(store, found)
    assert ("Sam", NOV[3], "apologies") in marks(store)
    assert ("Sam", NOV[3], "present") not in marks(store)
    assert headcounts(store) == {NOV[3]: 2, NOV[17]: 7}
    before = everything(store)
    again = preview(store, group_id, today, "p-and-a.csv", names_consented=True)
    marks_added = again.tally.marks.add_present + again.tally.marks.add_apologies
    assert marks_added == again.tally.new_people == 0
    assert [r.outcome for r in again.rows] == ["named", "named", "named"]  # Jo is known now
    assert again.lines() == [
        "Nothing would be recorded from p-and-a.csv.",
        "Left as peerdesk has them: 8 marks and 1 headcount already there; 1 mark that differs; "
        "1 headcount that differs.",
    ]
    import_attendance(store, again)
    assert everything(store) == before


def test_an_impossible_headcount_is_left_out(store: Store, today: dt.date, tmp_path: Path) -> None:
    group_id = make_group(store, today)
    path = tmp_path / "counts.csv"
    path.write_text("Name,3/11/26,10/11/26\nAnonymous,lots,300\nHeadcount,2,300\n", "utf-8")
    found = preview_attendance(store, read_register(read_table(path)), group_id, today=today)
    assert [(d.headcount, d.headcount_change) for d in found.dates] == [
        (2, "set"), (600, "too_big")
    ]  # fmt: skip
    assert [str(cell) for cell in found.unclear] == ["B2: “lots”"]
    assert found.lines()[-2:] == [
        "Left out 1 headcount too big to be right (500 at most): 10 Nov 2026.",
        "Left out 1 cell that could not be understood.",
    ]
    import_attendance(store, found)
    assert headcounts(store) == {NOV[3]: 2}


def test_a_written_absent_against_a_record_is_reported_and_a_blank_removes_nothing(
    store: Store, today: dt.date, tmp_path: Path
) -> None:
    group_id = make_group(store, today)
    sam = make_person(store, today, "Sam")
    for day in (NOV[3], NOV[10]):
        attendance.mark(store, meeting_on(store, group_id, day), sam, "present")
    path = tmp_path / "absent.csv"
    path.write_text("Name,03/11/2026,10/11/2026\nSam,0,\n", encoding="utf-8")
    found = preview_attendance(store, read_register(read_table(path)), group_id, today=today)
    assert [str(c) for c in found.conflicts] == [
        "B2 (Sam, 3 Nov 2026): the file says absent, peerdesk has present"
    ]
    import_attendance(store, found)
    assert marks(store) == {("Sam", NOV[3], "present"), ("Sam", NOV[10], "present")}


def test_ambiguous_repeated_nameless_and_overlong_names_are_skipped(
    store: Store, today: dt.date, tmp_path: Path
) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Jo", "Jo Bloggs")
    make_person(store, today, "jo", "Jo King")
    make_person(store, today, "Sam", "Sam Smith")
    path = tmp_path / "names.csv"
    long_name = "N" * 81
    path.write_text(
        f"Name,03/11/2026\nJo,✓\nSam Smith,✓\nSAM,✓\n,✓\n{long_name},✓\nJo King,✓\n",
        encoding="utf-8",
    )
    found = preview_attendance(
        store, read_register(read_table(path)), group_id, today=today,
        options=RegisterOptions(names_consented=True),
    )  # fmt: skip
    assert [(r.line, r.outcome) for r in found.rows] == [
        (2, "ambiguous"), (3, "named"), (4, "repeated"), (5, "no_name"), (6, "too_long"),
        (7, "named"),
    ]  # fmt: skip
    assert found.rows[0].note == (
        "could be any of 2 people in peerdesk (“Jo” (Jo Bloggs), “jo” (Jo King)): skipped; "
        "write their full name in the file"
    )
    assert found.rows[2].note == "the same person as row 3: skipped"
    assert "Skipped 4 rows of names (listed above)." in found.lines()
    import_attendance(store, found)
    assert marks(store) == {("Sam", NOV[3], "present"), ("jo", NOV[3], "present")}


# -- consent -------------------------------------------------------------------------------------
def test_without_consent_names_are_counted_and_the_flag_adds_only_new_people(
    store: Store, today: dt.date
) -> None:
    group_id = make_group(store, today)
    sam = make_person(store, today, "Sam", keep=None)  # nothing on file
    priya = make_person(store, today, "Priya", keep=True)
    consent.withdraw(store, priya, [consent.KEEP_RECORDS], on=today, today=today)
    history = {sam: consent.history(store, sam), priya: consent.history(store, priya)}
    without = preview(store, group_id, today, "p-and-a.csv")
    assert [(r.outcome, r.note) for r in without.rows] == [
        ("counted", "in peerdesk as “Sam”, without consent to keep their name (none on file): "
                    "counted"),
        ("counted", "in peerdesk as “Priya”, without consent to keep their name (it was "
                    "withdrawn): counted"),
        ("counted", "not in peerdesk and no consent to keep the name: counted"),
    ]  # fmt: skip
    assert without.lines()[2] == (
        "Counted in the headcount rather than named: 1 new name without recorded consent and "
        "2 people in peerdesk without a current consent to keep their name. Their apologies "
        "are not kept."
    )
    flagged = preview(store, group_id, today, "p-and-a.csv", names_consented=True)
    assert [r.outcome for r in flagged.rows] == ["counted", "counted", "new"]
    summary = import_attendance(store, flagged)
    assert summary.tally.new_people == 1
    assert marks(store) == {("Jo", NOV[3], "present"), ("Jo", NOV[10], "apologies"),
                            ("Jo", NOV[17], "present")}  # fmt: skip
    # Sam and Priya: counted (present on 3 and 17 November, and on 10 November for Priya).
    assert headcounts(store) == {NOV[3]: 3, NOV[10]: 1, NOV[17]: 3}
    assert {sam: consent.history(store, sam), priya: consent.history(store, priya)} == history


def test_a_headcount_only_group_never_keeps_names(store: Store, today: dt.date) -> None:
    group_id = make_group(store, today, headcount_only=True)
    make_person(store, today, "Sam")
    before = everything(store)
    found = preview(store, group_id, today, "p-and-a.csv", names_consented=True)
    assert {r.outcome for r in found.rows} == {"counted"}
    assert found.lines() == [
        "Would record headcounts only at 3 sessions of Tuesday Drop-in, from p-and-a.csv.",
        "Would set the anonymous headcount of 3 sessions: 9 in all, counted, not named.",
        "Tuesday Drop-in only counts who came: no names are kept.",
    ]
    import_attendance(store, found)
    after = everything(store)
    assert (after.people, after.consents) == (before.people, before.consents)
    assert marks(store) == set()
    assert headcounts(store) == {NOV[3]: 4, NOV[10]: 1, NOV[17]: 4}


# -- all or nothing ------------------------------------------------------------------------------
def test_an_import_that_fails_part_way_writes_nothing(
    store: Store, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Sam", keep=None)  # counted: the headcounts are set
    found = preview(
        store, group_id, today, "missing-and-cancelled.csv",
        add_missing_sessions=True, names_consented=True,
    )  # fmt: skip
    assert found.tally.new_people and found.tally.extra_sessions and found.tally.headcounts
    before = everything(store)

    def full(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the disk is full")

    # The headcounts are written last: people, consent, a session and records are in by then.
    monkeypatch.setattr(registers, "update", full)
    with pytest.raises(RuntimeError):
        import_attendance(store, found)
    assert everything(store) == before


def test_cancelling_part_way_writes_nothing(
    store: Store, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    group_id = make_group(store, today)
    make_person(store, today, "Sam")
    found = preview(store, group_id, today, "p-and-a.csv", names_consented=True)
    before = everything(store)
    seen: list[tuple[int, int]] = []

    class Cancelled(PeerdeskError):
        pass

    def cancel(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            raise Cancelled("Cancelled.")

    monkeypatch.setattr(registers, "CHUNK", 2)
    with pytest.raises(Cancelled):
        import_attendance(store, found, progress=cancel)
    assert seen == [(2, 10), (4, 10)]  # nine records, then the headcounts
    assert everything(store) == before


def test_a_change_since_the_preview_refuses_the_import(store: Store, today: dt.date) -> None:
    group_id = make_group(store, today)
    sam = make_person(store, today, "Sam")
    found = preview(store, group_id, today, "p-and-a.csv")
    attendance.mark(store, meeting_on(store, group_id, NOV[3]), sam, "apologies")
    before = everything(store)
    with pytest.raises(ValidationError, match="have changed since the preview was made"):
        import_attendance(store, found)
    assert everything(store) == before


def test_progress_is_reported_while_previewing(store: Store, today: dt.date) -> None:
    group_id = make_group(store, today)
    seen: list[tuple[int, int]] = []
    preview_attendance(
        store, sheet("ticks.csv"), group_id, today=today,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    assert seen == [(3, 3)]


# -- bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("no-dates.csv", "No dates were found in the headings of no-dates.csv, so there is "
                         "nothing to import. A register has a column for each session"),
        ("no-names.csv", "No column of names was found in no-names.csv: its first column "
                         "holds dates."),
        ("../junk.bin", "junk.bin does not look like a spreadsheet"),
        ("../empty.csv", "empty.csv is empty: there is nothing to import."),
        ("../no-names.csv", "No dates were found in the headings of no-names.csv"),
        ("../people-utf8.csv", "No dates were found in the headings of people-utf8.csv"),
        ("../corrupt.xlsx", "corrupt.xlsx looks like a workbook but seems to be damaged."),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_register_is_refused_before_the_database_is_used(
    name: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        read_register(read_table(DATA / name))
    assert str(refused.value).startswith(message)


def test_a_register_with_nothing_marked_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("Name,03/11/2026,10/11/2026\nSam,,\nPriya\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"has dates in its headings \(row 1\) but nothing"):
        read_register(read_table(path))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Name,03/11/2026,03/11/2062\nSam,✓,✓\n",
         "Column C of dates.csv, “03/11/2062”, is 3 Nov 2062, which is still to come"),
        ("Name,03/11/2016\nSam,✓\n",
         "Column B of dates.csv, “03/11/2016”, is 3 Nov 2016, more than a year before "
         "Tuesday Drop-in began (1 Sep 2026). Is this the right group, and are the years "
         "right? Dates are read day first (03/04/2026 is 3 April 2026). Nothing was imported."),
    ],
)  # fmt: skip
def test_dates_far_outside_the_groups_life_are_refused(
    store: Store, today: dt.date, tmp_path: Path, text: str, message: str
) -> None:
    group_id = make_group(store, today)
    path = tmp_path / "dates.csv"
    path.write_text(text, encoding="utf-8")
    before = everything(store)
    with pytest.raises(ValidationError) as refused:
        preview_attendance(store, read_register(read_table(path)), group_id, today=today)
    assert str(refused.value).startswith(message)
    assert everything(store) == before


def test_a_group_that_does_not_exist_is_refused(store: Store, today: dt.date) -> None:
    with pytest.raises(NotFoundError, match="That group no longer exists"):
        preview_attendance(store, sheet("ticks.csv"), 999, today=today)


def test_a_windows_1252_file_with_semicolons_is_read_like_any_other(
    store: Store, today: dt.date
) -> None:
    group_id = make_group(store, today)
    table = read_table(DATA / "semicolon-windows-1252.csv")
    assert table.how_read() == "CSV, Windows-1252, columns separated by semicolons"
    found = preview_attendance(
        store, read_register(table), group_id, today=today,
        options=RegisterOptions(names_consented=True),
    )  # fmt: skip
    import_attendance(store, found)
    assert marks(store) == {
        ("Zoë", NOV[3], "present"), ("Zoë", NOV[10], "present"),
        ("José", NOV[3], "apologies"), ("José", NOV[10], "present"),
    }  # fmt: skip


# -- the command line ----------------------------------------------------------------------------
@pytest.fixture
def command_today(today: dt.date, monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """The command line's today is the tests' today."""
    monkeypatch.setattr(cli_import, "_today", lambda: today)
    return today


def test_the_command_previews_and_a_dry_run_writes_nothing(
    db_path: Path, store: Store, command_today: dt.date, capsys: pytest.CaptureFixture[str]
) -> None:
    today = command_today
    group_id = make_group(store, today)
    make_person(store, today, "Sam")
    schedule.cancel_meeting(store, meeting_on(store, group_id, NOV[10]), "Venue closed")
    before = everything(store)
    store.close()
    argv = ["import", "attendance", str(DATA / "missing-and-cancelled.csv"), "--group",
            "tuesday drop-in", "--database", str(db_path)]  # fmt: skip
    assert main([*argv, "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(
        "Read missing-and-cancelled.csv (CSV, UTF-8, columns separated by commas): dates on "
        "row 1, 2 rows below them.\nNames from column A “Name”; 4 date columns.\n"
    )
    assert "  B   3 Nov 2026   2 present, 0 apologies; 1 to record by name, headcount 1\n" in shown
    assert "  C   5 Nov 2026   no session: skipped\n" in shown
    assert "  D   10 Nov 2026  cancelled (Venue closed): skipped\n" in shown
    assert "  By name (1): Sam\n  Counted in the headcount, not named (1): Priya\n" in shown
    assert "Cells not understood, left out: E2: “maybe”\n" in shown
    assert "add --names-consented" in shown and "add --add-sessions" in shown
    assert shown.rstrip().endswith("Nothing was saved (--dry-run).")
    with open_store(db_path) as reopened:
        assert everything(reopened) == before
    assert main([*argv, "--add-sessions", "--names-consented"]) == 0
    shown = capsys.readouterr().out
    assert "Recorded 4 present, by name, at 3 sessions of Tuesday Drop-in" in shown
    assert "Added 1 extra session for dates with no session: 5 Nov 2026." in shown
    with open_store(db_path) as reopened:
        assert marks(reopened) == {
            ("Sam", NOV[3], "present"), ("Sam", NOV[5], "present"),
            ("Priya", NOV[3], "present"), ("Priya", NOV[17], "present"),
        }  # fmt: skip


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../junk.bin", "peerdesk: junk.bin does not look like a spreadsheet"),
        ("../empty.csv", "peerdesk: empty.csv is empty: there is nothing to import."),
        ("no-dates.csv", "peerdesk: No dates were found in the headings of no-dates.csv"),
        ("no-names.csv", "peerdesk: No column of names was found in no-names.csv"),
    ],
)
def test_the_command_refuses_a_bad_file_in_one_line_before_opening_the_database(
    db_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    argv = ["import", "attendance", str(DATA / name), "--group", GROUP]
    assert main([*argv, "--database", str(db_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(message) and error.count("\n") == 1
    assert not db_path.exists()


def test_the_command_refuses_a_group_that_does_not_exist(
    db_path: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    argv = ["import", "attendance", str(DATA / "ticks.csv"), "--group", "Knitting"]
    assert main([*argv, "--database", str(db_path)]) == 1
    assert capsys.readouterr().err == "peerdesk: There is no group called “Knitting”.\n"


def test_the_command_refuses_dates_outside_the_groups_life_and_writes_nothing(
    db_path: Path, store: Store, command_today: dt.date, capsys: pytest.CaptureFixture[str]
) -> None:
    make_group(store, command_today)
    before = everything(store)
    store.close()
    argv = ["import", "attendance", str(DATA / "wrong-year.csv"), "--group", GROUP]
    assert main([*argv, "--database", str(db_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(
        "peerdesk: Column C of wrong-year.csv, “03/11/2062”, is 3 Nov 2062, which is still to come"
    )
    assert error.count("\n") == 1
    with open_store(db_path) as reopened:
        assert everything(reopened) == before


# -- properties ----------------------------------------------------------------------------------
HEADINGS = st.sampled_from(
    ("03/11/2026", "10 Nov", "Tue 17 Nov 2026", "2026-11-03", "05/11/2026", "27/10/26",
     "31/02/2026", "Notes", "Total", "")
)  # fmt: skip
NAMES = st.sampled_from(
    ("Sam", "sam", "Priya", "PRIYA", "Jo", "Kim", "Someone new", "Another", "", "Anonymous",
     "Total", "Headcount")
)  # fmt: skip
MARKS = st.sampled_from(
    ("✓", "✓", "x", "P", "yes", "", "", "A", "apols", "0", "-", "maybe", "2", "?")
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A database each example starts from (a copy: quicker than making one): the group, a
    cancelled session, records on 3 November, two people called Jo, and people with and
    without consent."""
    path = tmp_path_factory.mktemp("registers") / "template.sqlite3"
    with open_store(path) as store:
        group_id = make_group(store, TODAY)
        schedule.cancel_meeting(store, meeting_on(store, group_id, NOV[10]), "Venue closed")
        sam = make_person(store, TODAY, "Sam")
        make_person(store, TODAY, "Priya", keep=None)
        make_person(store, TODAY, "Jo", "Jo Bloggs")
        make_person(store, TODAY, "Jo", "Jo King")
        kim = make_person(store, TODAY, "Kim")
        consent.withdraw(store, kim, on=TODAY, today=TODAY)
        attendance.mark(store, meeting_on(store, group_id, NOV[3]), sam, "apologies")
        attendance.set_headcount(store, meeting_on(store, group_id, NOV[3]), 2)
    return path, group_id


def _by_meeting(store: Store) -> dict[int, int]:
    with store.reading() as session:
        return dict(session.execute(select(Meeting.id, Meeting.anonymous_count)).all())


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    headings=st.lists(HEADINGS, min_size=1, max_size=6),
    rows=st.lists(st.tuples(NAMES, st.lists(MARKS, min_size=6, max_size=6)), max_size=8),
    add_sessions=st.booleans(),
    named=st.booleans(),
)
def test_any_register_is_previewed_or_refused_and_imports_what_the_preview_said(
    template: tuple[Path, int],
    headings: list[str],
    rows: list[tuple[str, list[str]]],
    add_sessions: bool,
    named: bool,
) -> None:
    path = template[0].with_name("register.csv")
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Name", *headings])
        writer.writerows([name, *cells[: len(headings)]] for name, cells in rows)
    copy = template[0].with_name("example.sqlite3")
    shutil.copyfile(template[0], copy)
    with open_store(copy) as store:
        _import_or_refuse(store, template[1], path, add_sessions=add_sessions, named=named)
    copy.unlink()


def _import_or_refuse(
    store: Store, group_id: int, path: Path, *, add_sessions: bool, named: bool
) -> None:
    before, counts_before = everything(store), _by_meeting(store)
    options = RegisterOptions(add_missing_sessions=add_sessions, names_consented=named)
    try:
        read = read_register(read_table(path))
        found = preview_attendance(store, read, group_id, today=TODAY, options=options)
    except ValidationError as error:
        assert str(error).strip()
        assert everything(store) == before
        return
    summary = import_attendance(store, found)
    tally, after = found.tally, everything(store)
    assert after.records - before.records == tally.marks.add_present + tally.marks.add_apologies
    assert after.people - before.people == tally.new_people == len(summary.person_ids)
    assert after.consents - before.consents == tally.new_people
    assert after.meetings - before.meetings == len(tally.extra_sessions)
    assert before.marks <= after.marks  # nothing overwritten
    counts_after = _by_meeting(store)
    set_to = {d.meeting_id: d.headcount for d in found.dates if d.headcount_change == "set"}
    for meeting_id, count in counts_before.items():
        assert counts_after[meeting_id] == set_to.get(meeting_id, count)
    for meeting_id in summary.meeting_ids:  # an extra session: its headcount, if it has one
        assert counts_after[meeting_id] in {d.headcount for d in found.dates} | {0}
    assert all(line.endswith(".") for line in summary.lines())
