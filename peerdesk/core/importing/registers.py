"""Importing a group's past attendance from its paper registers, typed into a spreadsheet.

A register has a row per person and a column per session, headed by its date, with a mark in
each cell. As for people there are separate steps, so that a wizard can go back and forth:
``read_table`` (the file as text), ``read_register`` (which row holds the dates, which column the
names, what every other row and column is: no database needed, so a file that is not a register
is refused before one is opened), ``preview_attendance`` (what would be recorded, against the
group's sessions and the people already in peerdesk) and ``import_attendance`` (exactly what the
preview showed, in one transaction, or nothing).

Each part has its module, and everything stays importable from here: reading the sheet
(``register_sheet``) and its dates (``register_dates``), what a preview holds
(``register_records``), working it out (``register_planner``), and the summary in words
(``register_summary``). Choosing the year and saving are here.

The rules; the preview and the summary say which ones applied.

Dates
    The heading row is the row, among the first ten, with the most dates. Dates are read day
    first, as in the UK: 03/04/2026 is 3 April. Accepted: 24/11/2026, 24/11/26, 24-11-2026,
    24.11.26, 24/11, 24 Nov, 24th November 2026, Tue 24 Nov 2026, Nov 24 2026, 24-Nov-26,
    2026-11-24, Excel date cells and Excel day numbers. A two-digit year is 20xx; a weekday name
    is ignored. Headings without a year run left to right in time (a January after a December is
    in the next year), starting in the year given (``RegisterOptions.year``), else the first year
    written in a title (a row above the dates, or a cell of the heading row that is not a date:
    "Drop-in register 2026"), else the year in which most marked dates fall on the group's
    sessions: the most recent of equals, never one that puts a marked date in the future.
    (``read_table`` starts a sheet at a heading row that names a column "Name", so a title
    above such a row is not seen; the sessions then give the year.)
Sessions
    A date matches the group's session held that day. A cancelled session is reported and
    skipped. A date with no session is skipped, or added as an extra session when
    ``add_missing_sessions`` is set. A column with nothing marked in it is left alone. A marked
    date still to come, or more than a year before the group began or after it ended, refuses
    the whole file: the year is probably wrong.
Marks
    Present: ✓ ✔ ☑ √ x y yes 1 p present l late / tick here (and TRUE). Apologies: a, apols,
    apologies.
    Absent: blank, 0, -, n, no, absent. Case and a final full stop do not matter. Anything else is
    not understood: listed by cell ("C7: “maybe”") and left out. A row named "Anonymous",
    "Unnamed" or "Headcount" holds how many came without being named. A row or column named
    "Total" or "Count" is left out: peerdesk counts for itself.
Names
    From the column headed "Known as" or "Preferred name", else "Name" or "Full name", else
    "First name" (with the surname, if a column holds it), else the first column. A name matches
    someone in peerdesk by preferred name, else by full name, ignoring case and spacing; people
    in the directory first, archived people after. A name that fits several people, or a second
    row for the same person, is reported and skipped.
Consent
    Nobody's name is kept without their consent to keep their name and attendance
    (``consent.KEEP_RECORDS``). Someone in peerdesk whose consent is current is recorded by
    name. Everyone else who came is counted in the session's anonymous headcount (their
    apologies are not kept), unless the caller says the names in the file were given with
    consent (``names_consented``): then each new person is added with just that name and their
    consent is recorded (a paper form, "Imported from <file>", today) in the same transaction.
    That never stands for someone already in peerdesk: their consent is recorded on their own
    record. In a headcount-only group names are never kept and every present mark is counted.
Conflicts
    Nothing already recorded changes. A mark that agrees with peerdesk is left as it is; one that
    differs (present against apologies, or a written absent against a record) is reported and
    left as it was; a blank removes nothing. The headcount is set only where a session has none;
    a different one already there is reported and kept. Importing a file twice changes nothing
    the second time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from peerdesk.core import consent
from peerdesk.core.errors import ValidationError
from peerdesk.core.importing.people_import import recorded_by
from peerdesk.core.importing.readers import Progress
from peerdesk.core.importing.register_dates import (
    HeadingDate,
    day_text,
    read_date_heading,
    run_on,
)
from peerdesk.core.importing.register_planner import Directory, KnownGroup, Planner, load_group
from peerdesk.core.importing.register_records import (
    AttendancePreview,
    CellNote,
    Conflict,
    DateOutcome,
    HeadcountChange,
    MarkCounts,
    RegisterOptions,
    RegisterRow,
    RegisterTally,
    RowOutcome,
    SessionDate,
    UnclearCell,
)
from peerdesk.core.importing.register_sheet import (
    DateColumn,
    LeftOut,
    Mark,
    RegisterSheet,
    SheetRow,
    column_letter,
    read_mark,
    read_register,
)
from peerdesk.core.importing.register_summary import outcome_lines
from peerdesk.core.models import (
    CONSENT_GRANTED,
    Attendance,
    ConsentEvent,
    Group,
    Meeting,
    Person,
    utcnow,
)
from peerdesk.core.schedule import regular_meeting
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

# Everything a register import offers stays importable from here, wherever it is written.
__all__ = [
    "CHUNK",
    "LIFE_MARGIN",
    "AttendancePreview",
    "AttendanceSummary",
    "CellNote",
    "Conflict",
    "DateColumn",
    "DateOutcome",
    "HeadcountChange",
    "HeadingDate",
    "LeftOut",
    "Mark",
    "MarkCounts",
    "RegisterOptions",
    "RegisterRow",
    "RegisterSheet",
    "RegisterTally",
    "RowOutcome",
    "SessionDate",
    "SheetRow",
    "UnclearCell",
    "column_letter",
    "day_text",
    "import_attendance",
    "outcome_lines",
    "preview_attendance",
    "read_date_heading",
    "read_mark",
    "read_register",
]

# Where the year of headings written without one came from.
YearFrom = Literal["written", "asked", "title", "sessions", "recent"]

# Records saved per statement; progress is reported (and cancelling is possible) between them.
CHUNK = 5000
# How far before the group began (or after it ended) a register's dates may reach.
LIFE_MARGIN = dt.timedelta(days=366)
_PROGRESS_EVERY = 100
_IDS_PER_QUERY = 5000  # well below the number of values a database takes in one statement


def preview_attendance(
    store: Store,
    sheet: RegisterSheet,
    group_id: int,
    *,
    today: dt.date,
    options: RegisterOptions | None = None,
    progress: Progress | None = None,
) -> AttendancePreview:
    """What importing ``sheet`` into the group's sessions would record. Writes nothing."""
    options = options or RegisterOptions()
    with store.reading() as session:
        known = load_group(session, group_id)
    notes, dated = _dates(sheet, known, options, today)
    directory = Directory(() if known.headcount_only else known.people)
    matched = {row.line: directory.find(row.name) for row in sheet.people if row.name}
    ids = sorted({found[0] for found in matched.values() if len(found) == 1})
    without: dict[int, consent.State] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        without.update(consent.register_flags(store, chunk, today=today))
    planner = Planner(sheet, known, dated, directory, options)
    for number, row in enumerate(sheet.people, start=1):
        planner.add_row(row, matched.get(row.line, []), without)
        if progress is not None and (number % _PROGRESS_EVERY == 0 or number == len(sheet.people)):
            progress(number, len(sheet.people))
    return planner.preview(today, notes)


# -- the year of dates written without one ---------------------------------------------------
def _dates(
    sheet: RegisterSheet, known: KnownGroup, options: RegisterOptions, today: dt.date
) -> tuple[list[str], list[tuple[DateColumn, dt.date | None]]]:
    """Each date column with its date (None: no such day), and a note on the year chosen."""
    columns = sheet.dates
    year, why = _start_year(sheet, known, options, today)
    days = run_on([c.written for c in columns], year)
    dated = list(zip(columns, days, strict=True))
    notes: list[str] = []
    yearless = [(c, d) for c, d in dated if c.written.year is None]
    years = sorted({d.year for _, d in yearless if d})
    if years:
        notes.append(_year_note(why, yearless[0][0].heading, years, sheet, known))
    _check_life(sheet.source_name, [(c, d) for c, d in dated if c.marked and d], known, today)
    return notes, dated


def _start_year(
    sheet: RegisterSheet, known: KnownGroup, options: RegisterOptions, today: dt.date
) -> tuple[int, YearFrom]:
    """The year the headings start in, and where it came from (the rest run on from it)."""
    written = sheet.dates[0].written.year
    if written is not None:
        return written, "written"
    if options.year is not None:
        return options.year, "asked"
    if sheet.title_year is not None:
        return sheet.title_year, "title"
    return _likely_year(sheet.dates, known, today)


def _year_note(
    why: YearFrom, example: str, years: Sequence[int], sheet: RegisterSheet, known: KnownGroup
) -> str:
    """ "Dates without a year (such as “24 Nov”) were read as in 2026: as asked."."""
    shown = (
        str(years[0])
        if len(years) == 1
        else translate("importing", "{first} to {last}").format(first=years[0], last=years[-1])
    )
    if why == "asked":
        text = translate(
            "importing",
            "Dates without a year (such as “{example}”) were read as in {years}: as asked.",
        )
    elif why == "title":
        text = translate(
            "importing",
            "Dates without a year (such as “{example}”) were read as in {years}: the year in "
            "the title “{title}”.",
        )
    elif why == "sessions":
        text = translate(
            "importing",
            "Dates without a year (such as “{example}”) were read as in {years}: the year in "
            "which most fall on {group}'s sessions.",
        )
    elif why == "recent":
        text = translate(
            "importing",
            "Dates without a year (such as “{example}”) were read as in {years}: the most "
            "recent year that puts none of them in the future.",
        )
    else:
        text = translate(
            "importing", "Dates without a year (such as “{example}”) were read as in {years}."
        )
    return text.format(example=example, years=shown, title=sheet.title, group=known.group_name)


def _likely_year(
    columns: Sequence[DateColumn], known: KnownGroup, today: dt.date
) -> tuple[int, YearFrom]:
    def fit(year: int) -> tuple[bool, int, int]:
        days = [
            d
            for d, c in zip(run_on([c.written for c in columns], year), columns, strict=True)
            if d and c.marked
        ]
        hits = sum(1 for d in days if d in known.sessions)
        return all(d <= today for d in days), hits, year

    first = max(2000, (known.start - LIFE_MARGIN).year)
    best = max(fit(year) for year in range(first, max(first, today.year) + 1))
    return best[2], "sessions" if best[1] else "recent"


def _check_life(
    source_name: str, dated: Sequence[tuple[DateColumn, dt.date]], known: KnownGroup, today: dt.date
) -> None:
    earliest = known.start - LIFE_MARGIN
    latest = min(today, known.end + LIFE_MARGIN) if known.end else today
    for column, day in dated:
        if earliest <= day <= latest:
            continue
        if day > today:
            text = translate(
                "importing",
                "Column {column} of {source_name}, “{heading}”, is {day}, which is still to "
                "come: only sessions that have happened have attendance. Is this the right "
                "group, and are the years right? Dates are read day first (03/04/2026 is 3 "
                "April 2026). Nothing was imported.",
            )
        elif day < earliest:
            text = translate(
                "importing",
                "Column {column} of {source_name}, “{heading}”, is {day}, more than a year "
                "before {group_name} began ({start}). Is this the right group, and are the "
                "years right? Dates are read day first (03/04/2026 is 3 April 2026). Nothing "
                "was imported.",
            )
        else:
            text = translate(
                "importing",
                "Column {column} of {source_name}, “{heading}”, is {day}, more than a year "
                "after {group_name} ended ({end}). Is this the right group, and are the years "
                "right? Dates are read day first (03/04/2026 is 3 April 2026). Nothing was "
                "imported.",
            )
        raise ValidationError(
            text.format(
                column=column.letter,
                source_name=source_name,
                heading=column.heading,
                day=day_text(day),
                group_name=known.group_name,
                start=day_text(known.start),
                end=day_text(known.end) if known.end else "",
            )
        )


# -- saving --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceSummary:
    """What an import did: all that its preview showed, and what it added."""

    preview: AttendancePreview
    person_ids: tuple[int, ...]
    """The people added."""
    meeting_ids: tuple[int, ...]
    """The extra sessions added."""

    @property
    def tally(self) -> RegisterTally:
        return self.preview.tally

    def lines(self) -> list[str]:
        return outcome_lines(self.tally, self.preview.source_name, self.preview.group_name)


def import_attendance(
    store: Store, preview: AttendancePreview, *, progress: Progress | None = None
) -> AttendanceSummary:
    """Record what the preview showed, all in one transaction. If anything it was based on has
    changed since (a mark, a session, a person, a consent), nothing is saved and the preview has
    to be made again. ``progress`` may raise to cancel: then nothing at all is saved."""
    plan = preview.plan
    total = len(plan.records) + len(plan.new_records) + 1
    with store.transaction() as session:
        if load_group(session, preview.group_id).basis != plan.basis:
            raise ValidationError(
                translate(
                    "importing",
                    "{group_name}'s sessions, their attendance or the people in peerdesk "
                    "have changed since the preview was made, so nothing was imported. "
                    "Preview the file again.",
                ).format(group_name=preview.group_name)
            )
        meeting_ids, extras = _sessions(session, preview)
        person_ids = _new_people(session, preview)
        records = [(slot, person_ids[index], status) for slot, index, status in plan.new_records]
        records += plan.records
        now = utcnow()
        for start in range(0, len(records), CHUNK):
            chunk = records[start : start + CHUNK]
            session.execute(
                insert(Attendance),
                [
                    {"meeting_id": meeting_ids[s], "person_id": p, "status": m, "recorded_at": now}
                    for s, p, m in chunk
                ],
            )
            if progress is not None:
                progress(start + len(chunk), total)
        counts = [
            {"id": meeting_ids[slot], "anonymous_count": date.headcount}
            for slot, date in enumerate(preview.dates)
            if date.imported and date.headcount_change == "set"
        ]
        if counts:
            session.execute(update(Meeting), counts)
        if progress is not None:
            progress(total, total)
    return AttendanceSummary(preview, tuple(person_ids), extras)


def _sessions(session: Session, preview: AttendancePreview) -> tuple[list[int], tuple[int, ...]]:
    """The session of each date, the extra ones added (only those with something to record)."""
    group = session.get(Group, preview.group_id)
    assert group is not None  # checked with the rest of the basis
    meetings: list[Meeting | int] = []
    for date in preview.dates:
        if date.outcome == "extra" and date.changes:
            meeting = regular_meeting(group, date.date)
            meeting.scheduled_date, meeting.changed_by_hand = None, True
            meeting.note = f"Added from {preview.source_name}"[:500]
            session.add(meeting)
            meetings.append(meeting)
        else:
            meetings.append(date.meeting_id or 0)
    session.flush()
    ids = [m.id if isinstance(m, Meeting) else m for m in meetings]
    return ids, tuple(m.id for m in meetings if isinstance(m, Meeting))


def _new_people(session: Session, preview: AttendancePreview) -> list[int]:
    names = preview.plan.new_names
    if not names:
        return []
    now = utcnow()
    statement = insert(Person).returning(Person.id, sort_by_parameter_order=True)
    rows = [{"preferred_name": name, "created_at": now, "updated_at": now} for name in names]
    ids = list(session.scalars(statement, rows))
    version_id = consent.default_version_id(session)
    consent.version_row(session, version_id).purpose(consent.KEEP_RECORDS)
    granted = {
        "version_id": version_id,
        "purpose_key": consent.KEEP_RECORDS,
        "decision": CONSENT_GRANTED,
        "decided_on": preview.today,
        "method": "paper",
        "recorded_by": recorded_by(preview.source_name),
        "paper_ref": "",
    }
    session.execute(insert(ConsentEvent), [{**granted, "person_id": i} for i in ids])
    return ids
