"""Importing a group's past attendance from its paper registers, typed into a spreadsheet.

A register has a row per person and a column per session, headed by its date, with a mark in
each cell. As for people there are separate steps, so that a wizard can go back and forth:
``read_table`` (the file as text), ``read_register`` (which row holds the dates, which column the
names, what every other row and column is: no database needed, so a file that is not a register
is refused before one is opened), ``preview_attendance`` (what would be recorded, against the
group's sessions and the people already in peerdesk) and ``import_attendance`` (exactly what the
preview showed, in one transaction, or nothing).

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
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Literal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from peerdesk.core import consent
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.importing.columns import (
    NAME_FIELDS,
    Field,
    guess_field,
    guess_mapping,
    ignored_reason,
    looks_like_health,
)
from peerdesk.core.importing.people_import import recorded_by
from peerdesk.core.importing.readers import HEADER_SEARCH_ROWS, MAX_COLUMNS, Progress, Table
from peerdesk.core.models import (
    CONSENT_GRANTED,
    MAX_HEADCOUNT,
    MEETING_CANCELLED,
    Attendance,
    ConsentEvent,
    Group,
    Meeting,
    Person,
    utcnow,
)
from peerdesk.core.rota_explain import plural
from peerdesk.core.schedule import regular_meeting
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

Mark = Literal["present", "apologies", "absent"]
DateOutcome = Literal["session", "extra", "no_session", "cancelled", "empty"]
RowOutcome = Literal[
    "named", "new", "counted", "unmarked", "ambiguous", "repeated", "no_name", "too_long"
]
HeadcountChange = Literal["set", "same", "kept", "too_big", "none"]

# Records saved per statement; progress is reported (and cancelling is possible) between them.
CHUNK = 5000
# How far before the group began (or after it ended) a register's dates may reach.
LIFE_MARGIN = dt.timedelta(days=366)
_NAME_LENGTH = 80  # Person.preferred_name
_NAME_ORDER: tuple[Field, ...] = ("preferred_name", "full_name", "first_name")
_SKIPPED: frozenset[RowOutcome] = frozenset({"ambiguous", "repeated", "no_name", "too_long"})
_PROGRESS_EVERY = 100
_IDS_PER_QUERY = 5000  # well below the number of values a database takes in one statement

_MARKS: dict[str, Mark] = {
    **dict.fromkeys(
        ("✓", "✔", "☑", "✅", "√", "x", "y", "yes", "1", "p", "present", "tick", "ticked",
         "here", "came", "attended", "l", "late", "/", "true"),
        "present",
    ),
    **dict.fromkeys(
        ("a", "apologies", "apols", "apol", "apology", "apologised", "aps", "sent apologies",
         "apologies sent"),
        "apologies",
    ),
    **dict.fromkeys(
        ("", "0", "-", "–", "—", "n", "no", "absent", "abs", "false", "dna", "did not attend"),
        "absent",
    ),
}  # fmt: skip
_DASHES = frozenset({"", "-", "–", "—"})
_HEADCOUNT_FIRST_WORDS = frozenset({"anonymous", "anon", "unnamed", "headcount"})
_HEADCOUNT_KEYS = frozenset({"headcount", "notnamed", "nonamegiven"})
_TOTAL_FIRST_WORDS = frozenset({"total", "totals", "count", "sum", "subtotal"})
_TOTAL_KEYS = frozenset(
    {"attended", "attendance", "sessionsattended", "numberpresent", "numbers", "noofsessions",
     "numberofsessions", "timesattended", "present"}
)  # fmt: skip

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    r"\b[\s,.]*"
)
_TIME = re.compile(r"[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}|\d{2}))?")
_ISO = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2}) ([a-z]+)(?: (\d{4}|\d{2}))?")
_MONTH_DAY = re.compile(r"([a-z]+) (\d{1,2})(?: (\d{4}))?")
_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(
    (dt.date(2000, 1, 1) - _EXCEL_EPOCH).days, (dt.date(2100, 1, 1) - _EXCEL_EPOCH).days
)
_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_COUNT = re.compile(r"\d{1,6}(?:\.0+)?")
_WORD = re.compile(r"[^\W_]+")


# -- reading one cell ----------------------------------------------------------------------------
def read_mark(text: str) -> Mark | None:
    """What a register cell says (a blank is "absent"), or None when it is not understood."""
    return _MARKS.get(" ".join(text.split()).casefold().rstrip(".!"))


@dataclass(frozen=True)
class HeadingDate:
    """A date as a heading writes it; the year may be missing."""

    day: int
    month: int
    year: int | None


def read_date_heading(text: str) -> HeadingDate | None:
    """A column heading as a date (day first), or None when it is not one."""
    cleaned = _TIME.sub("", " ".join(text.casefold().split()))
    cleaned = _WEEKDAY.sub("", cleaned)
    if re.search(r"[a-z]", cleaned):
        cleaned = " ".join(re.sub(r"[,/.\-]", " ", cleaned).split())
    cleaned = _ORDINAL.sub(r"\1", cleaned)
    if found := _NUMERIC.fullmatch(cleaned):
        day, month, year = found.groups()
    elif found := _ISO.fullmatch(cleaned):
        year, month, day = found.groups()
    elif (found := _DAY_MONTH.fullmatch(cleaned)) and found[2] in _MONTHS:
        day, month, year = found[1], str(_MONTHS[found[2]]), found[3]
    elif (found := _MONTH_DAY.fullmatch(cleaned)) and found[1] in _MONTHS:
        day, month, year = found[2], str(_MONTHS[found[1]]), found[3]
    elif _SERIAL.fullmatch(cleaned) and int(cleaned) in _SERIALS:
        day_number = _EXCEL_EPOCH + dt.timedelta(days=int(cleaned))
        return HeadingDate(day_number.day, day_number.month, day_number.year)
    else:
        return None
    written = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12) or not 1900 <= (written or 2000) < 2100:
        return None
    return HeadingDate(int(day), int(month), written)


def column_letter(index: int) -> str:
    """The spreadsheet's name for a column: 0 is A, 26 is AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _is_total(text: str) -> bool:
    words = _words(text)
    return bool(words) and (words[0] in _TOTAL_FIRST_WORDS or "".join(words) in _TOTAL_KEYS)


def _is_headcount(text: str) -> bool:
    words = _words(text)
    return bool(words) and (words[0] in _HEADCOUNT_FIRST_WORDS or "".join(words) in _HEADCOUNT_KEYS)


def _count(text: str) -> int | None:
    """A headcount cell as a number (blank or a dash is none); None if it is not a number."""
    text = text.strip()
    if text in _DASHES:
        return 0
    return int(float(text)) if _COUNT.fullmatch(text) else None


def day_text(day: dt.date) -> str:
    """24 Nov 2026 (without strftime's platform-specific flags)."""
    return f"{day.day} {day:%b %Y}"


# -- reading the sheet ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DateColumn:
    index: int
    heading: str
    written: HeadingDate
    marked: bool
    """Something is written in this column below the heading."""

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class SheetRow:
    line: int
    """The row number the spreadsheet program shows."""
    name: str
    marks: tuple[str, ...]
    """The cell under each date column, in the order of ``RegisterSheet.dates``."""


@dataclass(frozen=True)
class LeftOut:
    """A row or column that is not imported, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return translate("importing", "{where} not imported: {reason}").format(
            where=self.where, reason=self.reason
        )


@dataclass(frozen=True)
class RegisterSheet:
    """The register as read from the file, before it meets the database."""

    source_name: str
    heading_line: int
    names_from: str
    """Where the names are: "column A “Name”"."""
    dates: tuple[DateColumn, ...]
    people: tuple[SheetRow, ...]
    headcounts: tuple[SheetRow, ...]
    """Rows of people counted but not named ("Anonymous", "Headcount")."""
    left_out: tuple[LeftOut, ...]
    title: str = ""
    """The title cell a year was found in, if any."""
    title_year: int | None = None


def read_register(table: Table) -> RegisterSheet:
    """Find the row of dates and the column of names; refuse a file that has neither."""
    grid = [(table.header_line, table.headers)]
    grid += [(row.line, row.cells) for row in table.rows]
    position, written = _heading_row([cells for _, cells in grid[: HEADER_SEARCH_ROWS + 1]])
    if not written:
        raise ValidationError(
            translate(
                "importing",
                "No dates were found in the headings of {source_name}, so there is "
                "nothing to import. A register has a column for each session headed by "
                "its date, such as “24/11/2026”, “24 Nov” or “Tue 24 Nov 2026”. Its "
                "headings are: {grid}.",
            ).format(source_name=table.source_name, grid=_listed(grid[0][1]))
        )
    heading_line, headings = grid[position]
    body = grid[position + 1 :]
    if not any(_cell(cells, index) for _, cells in body for index in written):
        raise ValidationError(
            translate(
                "importing",
                "{source_name} has dates in its headings (row {heading_line}) but "
                "nothing is marked under them, so there is nothing to import.",
            ).format(source_name=table.source_name, heading_line=heading_line)
        )
    name_columns = _name_columns(table.source_name, headings, written)
    dates = tuple(
        DateColumn(index, headings[index], date, any(_cell(c, index) for _, c in body))
        for index, date in written.items()
    )
    title, year = _title(
        [cell for _, cells in grid[:position] for cell in cells]
        + [h for i, h in enumerate(headings) if i not in written]
    )
    people, headcounts, left_out = [], [], []
    for line, cells in body:
        name = " ".join(" ".join(_cell(cells, i) for i in name_columns).split())
        row = SheetRow(line, name, tuple(_cell(cells, c.index) for c in dates))
        if _is_headcount(name):
            headcounts.append(row)
        elif _is_total(name):
            left_out.append(LeftOut(f"row {line} “{name}”", "peerdesk works out totals itself"))
        else:
            people.append(row)
    used = set(written) | set(name_columns)
    left_out[:0] = [
        LeftOut(_where(index, headings[index]), _column_reason(headings[index]))
        for index in range(len(headings))
        if index not in used and (headings[index] or any(_cell(c, index) for _, c in body))
    ]
    if len(table.headers) >= MAX_COLUMNS:
        left_out.append(
            LeftOut(
                f"columns after {column_letter(MAX_COLUMNS - 1)}",
                f"peerdesk reads the first {MAX_COLUMNS} columns of a sheet; split a wider "
                "register into two files",
            )
        )
    return RegisterSheet(
        source_name=table.source_name,
        heading_line=heading_line,
        names_from=" and ".join(_where(i, headings[i]) for i in name_columns),
        dates=dates,
        people=tuple(people),
        headcounts=tuple(headcounts),
        left_out=tuple(left_out),
        title=title,
        title_year=year,
    )


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _listed(cells: Iterable[str]) -> str:
    return ", ".join(f"“{cell}”" for cell in cells if cell) or "none"


def _where(index: int, heading: str) -> str:
    return f"column {column_letter(index)}" + (f" “{heading}”" if heading else "")


def _heading_row(rows: Sequence[Sequence[str]]) -> tuple[int, dict[int, HeadingDate]]:
    """The row of dates: the one with the most, among the first rows. A row below the reader's
    heading row needs two at least, and a row whose next row has dates in most of the same
    columns holds data (a list of people with a "Date joined" column), not headings."""
    found = [_date_cells(cells) for cells in rows]
    best, best_count = 0, 0
    for position, dates in enumerate(found[:HEADER_SEARCH_ROWS]):
        below = found[position + 1] if position + 1 < len(found) else {}
        if 2 * len(below.keys() & dates.keys()) > len(dates):
            continue
        if len(dates) >= (1 if position == 0 else 2) and len(dates) > best_count:
            best, best_count = position, len(dates)
    return best, found[best] if best_count else {}


def _date_cells(cells: Sequence[str]) -> dict[int, HeadingDate]:
    found = {}
    for index, cell in enumerate(cells):
        written = read_date_heading(cell) if cell else None
        if written is not None:
            found[index] = written
    return found


def _name_columns(
    source_name: str, headings: Sequence[str], dates: dict[int, HeadingDate]
) -> tuple[int, ...]:
    mapping = guess_mapping([h if i not in dates else "" for i, h in enumerate(headings)])
    for name_field in _NAME_ORDER:
        index = mapping.column(name_field)
        if index is not None:
            surname = mapping.column("last_name")
            return (index,) if name_field != "first_name" or surname is None else (index, surname)
    first_date = min(dates)
    if first_date > 0:
        return (0,)
    raise ValidationError(
        translate(
            "importing",
            "No column of names was found in {source_name}: its first column holds "
            "dates. Put the names in the first column, or head their column “Name”.",
        ).format(source_name=source_name)
    )


def _title(cells: Iterable[str]) -> tuple[str, int | None]:
    for cell in cells:
        years = _YEAR.findall(cell)
        if years:
            return cell, int(min(years))
    return "", None


def _column_reason(heading: str) -> str:
    if looks_like_health(heading) or not heading:
        return ignored_reason(heading)
    if _is_total(heading):
        return translate("importing", "peerdesk works out totals itself")
    if guess_field(heading) in NAME_FIELDS:
        return translate("importing", "the names are read from one column")
    return translate("importing", "its heading is not a date")


# -- what the database already holds -------------------------------------------------------------
@dataclass(frozen=True)
class _Meeting:
    id: int
    status: str
    cancel_reason: str
    anonymous_count: int


@dataclass(frozen=True)
class _Known:
    """The group, its sessions and records, and the directory, as one transaction saw them."""

    group_id: int
    group_name: str
    headcount_only: bool
    start: dt.date
    end: dt.date | None
    sessions: dict[dt.date, list[_Meeting]]
    records: dict[tuple[int, int], str]
    people: tuple[tuple[int, str, str, bool], ...]
    latest_consent: int

    @property
    def basis(self) -> tuple[object, ...]:
        """What the preview depends on: an import refuses if any of it has changed since."""
        group = (self.group_name, self.headcount_only, self.start, self.end)
        return (group, self.sessions, self.records, self.people, self.latest_consent)


def _load(session: Session, group_id: int) -> _Known:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(translate("importing", "That group no longer exists."))
    sessions: dict[dt.date, list[_Meeting]] = {}
    query = (
        select(
            Meeting.id, Meeting.date, Meeting.status, Meeting.cancel_reason, Meeting.anonymous_count
        )
        .where(Meeting.group_id == group_id)
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    for meeting_id, day, status, reason, count in session.execute(query):
        sessions.setdefault(day, []).append(_Meeting(meeting_id, status, reason or "", count))
    records = {
        (meeting_id, person_id): status
        for meeting_id, person_id, status in session.execute(
            select(Attendance.meeting_id, Attendance.person_id, Attendance.status)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Meeting.group_id == group_id)
        )
    }
    people = session.execute(
        select(
            Person.id, Person.preferred_name, Person.full_name, Person.archived_at.is_not(None)
        ).order_by(Person.id)
    ).all()
    about = (group.id, group.name, group.headcount_only, group.start_date, group.end_date)
    latest_consent = session.scalar(select(func.max(ConsentEvent.id))) or 0
    everyone = tuple((i, p, f, bool(a)) for i, p, f, a in people)
    return _Known(*about, sessions, records, everyone, latest_consent)


class _Directory:
    """Finds people by name: preferred name, then full name; the directory, then the archive."""

    def __init__(self, people: Iterable[tuple[int, str, str, bool]]) -> None:
        self.who: dict[int, str] = {}
        # (preferred, full) for people in the directory, then for archived people.
        self._indexes: tuple[tuple[dict[str, list[int]], dict[str, list[int]]], ...] = (
            ({}, {}),
            ({}, {}),
        )
        for person_id, preferred, full, archived in people:
            self.who[person_id] = f"“{preferred}”" + (f" ({full})" if full else "")
            self.who[person_id] += " (archived)" if archived else ""
            by_preferred, by_full = self._indexes[archived]
            by_preferred.setdefault(_key(preferred), []).append(person_id)
            if full.strip():
                by_full.setdefault(_key(full), []).append(person_id)

    def find(self, name: str) -> list[int]:
        """Everyone the name could be: one person, several, or nobody."""
        key = _key(name)
        for index in self._indexes:
            for by_name in index:
                if key in by_name:
                    return by_name[key]
        return []


# -- the preview ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegisterOptions:
    add_missing_sessions: bool = False
    """A date with no session becomes an extra session (otherwise it is skipped)."""
    names_consented: bool = False
    """The people named in the file who are new to peerdesk gave their consent to keep their
    name and attendance: they are added by name, and that consent is recorded."""
    year: int | None = None
    """The year of headings written without one (otherwise from a title or the sessions)."""


@dataclass(frozen=True)
class MarkCounts:
    """What the file holds for one date, and what becomes of it."""

    present: int
    """Present marks in the file (named or not)."""
    apologies: int
    anonymous: int
    """From the "Anonymous" or "Headcount" row."""
    add_present: int
    """Records to add: people present, by name."""
    add_apologies: int
    counted: int
    """Present marks counted in the headcount instead of named."""
    already: int
    """Marks that peerdesk already has, the same."""
    conflicts: int


_TALLIED = tuple(each.name for each in fields(MarkCounts))


def _zeros() -> Counter[str]:
    return Counter(dict.fromkeys(_TALLIED, 0))


@dataclass(frozen=True)
class SessionDate:
    """One date column and what happens to it."""

    column: str
    heading: str
    date: dt.date
    outcome: DateOutcome
    meeting_id: int | None
    counts: MarkCounts
    cancel_reason: str = ""
    headcount: int = 0
    """The headcount the file gives: ``counts.anonymous`` plus ``counts.counted``."""
    existing_headcount: int = 0
    headcount_change: HeadcountChange = "none"

    @property
    def imported(self) -> bool:
        return self.outcome in ("session", "extra")

    @property
    def changes(self) -> bool:
        return self.imported and bool(
            self.counts.add_present or self.counts.add_apologies or self.headcount_change == "set"
        )


@dataclass(frozen=True)
class RegisterRow:
    """One person's row and what happens to it."""

    line: int
    name: str
    outcome: RowOutcome
    note: str
    person_id: int | None = None
    present: int = 0
    """Present marks recorded by name (or, when counted, counted)."""
    apologies: int = 0


@dataclass(frozen=True, order=True)
class CellNote:
    """Something to say about one cell of the register."""

    line: int
    column: int
    text: str

    @property
    def cell(self) -> str:
        """The spreadsheet's name for the cell: "C7"."""
        return f"{column_letter(self.column)}{self.line}"


@dataclass(frozen=True, order=True)
class UnclearCell(CellNote):
    """A mark (or a headcount) that was not understood."""

    def __str__(self) -> str:
        return f"{self.cell}: “{self.text}”"


@dataclass(frozen=True)
class Conflict(CellNote):
    """A mark that differs from what peerdesk already has: reported, and left as it was."""

    name: str
    date: dt.date
    in_file: Mark
    in_peerdesk: Mark

    def __str__(self) -> str:
        return (
            f"{self.cell} ({self.name}, {day_text(self.date)}): the file says {self.in_file}, "
            f"peerdesk has {self.in_peerdesk}"
        )


@dataclass(frozen=True)
class RegisterTally:
    """What an import adds (or would add), for the summary."""

    marks: MarkCounts
    """All dates together."""
    sessions: int = 0
    """Sessions with anything recorded."""
    headcounts: int = 0
    counted: int = 0
    """People counted in the headcounts set (the file's anonymous rows included)."""
    extra_sessions: tuple[dt.date, ...] = ()
    no_session: tuple[dt.date, ...] = ()
    cancelled: tuple[dt.date, ...] = ()
    new_people: int = 0
    headcounts_same: int = 0
    headcounts_kept: int = 0
    headcounts_too_big: tuple[dt.date, ...] = ()
    unclear: int = 0
    skipped_rows: int = 0
    headcount_only: bool = False
    counted_new: int = 0
    """Rows of people not in peerdesk, counted for want of consent."""
    counted_known: int = 0
    """Rows of people in peerdesk without a current consent to keep their records."""


@dataclass(frozen=True)
class _Plan:
    """Exactly what ``import_attendance`` writes, and what it was worked out from."""

    records: tuple[tuple[int, int, Mark], ...]
    """(position in ``dates``, person id, status) for people already in peerdesk."""
    new_records: tuple[tuple[int, int, Mark], ...]
    """(position in ``dates``, position in ``new_names``, status)."""
    new_names: tuple[str, ...]
    basis: tuple[object, ...]


@dataclass(frozen=True)
class AttendancePreview:
    """What an import would record: each date and each row with what becomes of it, the cells
    not understood, the marks that differ from peerdesk's, and what is left out."""

    source_name: str
    group_id: int
    group_name: str
    headcount_only: bool
    options: RegisterOptions
    today: dt.date
    dates: tuple[SessionDate, ...]
    rows: tuple[RegisterRow, ...]
    unclear: tuple[UnclearCell, ...]
    conflicts: tuple[Conflict, ...]
    left_out: tuple[LeftOut, ...]
    notes: tuple[str, ...]
    """How the file was understood where a choice was made (the year of dates without one)."""
    tally: RegisterTally
    plan: _Plan = field(repr=False, compare=False)

    def with_outcome(self, *outcomes: RowOutcome) -> list[RegisterRow]:
        return [row for row in self.rows if row.outcome in outcomes]

    def lines(self) -> list[str]:
        """What ``import_attendance`` would do, in the words of its summary."""
        return outcome_lines(self.tally, self.source_name, self.group_name, would=True)


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
        known = _load(session, group_id)
    notes, dated = _dates(sheet, known, options, today)
    directory = _Directory(() if known.headcount_only else known.people)
    matched = {row.line: directory.find(row.name) for row in sheet.people if row.name}
    ids = sorted({found[0] for found in matched.values() if len(found) == 1})
    without: dict[int, consent.State] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        without.update(consent.register_flags(store, chunk, today=today))
    planner = _Planner(sheet, known, dated, directory, options)
    for number, row in enumerate(sheet.people, start=1):
        planner.add_row(row, matched.get(row.line, []), without)
        if progress is not None and (number % _PROGRESS_EVERY == 0 or number == len(sheet.people)):
            progress(number, len(sheet.people))
    return planner.preview(today, notes)


def _dates(
    sheet: RegisterSheet, known: _Known, options: RegisterOptions, today: dt.date
) -> tuple[list[str], list[tuple[DateColumn, dt.date | None]]]:
    """Each date column with its date (None: no such day), and a note on the year chosen."""
    columns = sheet.dates
    year, why = _start_year(sheet, known, options, today)
    days = _dated(columns, year)
    dated = list(zip(columns, days, strict=True))
    notes: list[str] = []
    yearless = [(c, d) for c, d in dated if c.written.year is None]
    years = sorted({d.year for _, d in yearless if d})
    if years:
        shown = str(years[0]) if len(years) == 1 else f"{years[0]} to {years[-1]}"
        example = yearless[0][0].heading
        notes.append(f"Dates without a year (such as “{example}”) were read as in {shown}{why}.")
    _check_life(sheet.source_name, [(c, d) for c, d in dated if c.marked and d], known, today)
    return notes, dated


def _start_year(
    sheet: RegisterSheet, known: _Known, options: RegisterOptions, today: dt.date
) -> tuple[int, str]:
    """The year the headings start in, and why (the rest run on from it)."""
    written = sheet.dates[0].written.year
    if written is not None:
        return written, ""
    if options.year is not None:
        return options.year, ": as asked"
    if sheet.title_year is not None:
        return sheet.title_year, f": the year in the title “{sheet.title}”"
    return _likely_year(sheet.dates, known, today)


def _dated(columns: Sequence[DateColumn], start_year: int) -> list[dt.date | None]:
    """Dates for the headings; those without a year run on in time from ``start_year``."""
    year, previous = start_year, None
    days: list[dt.date | None] = []
    for column in columns:
        written = column.written
        if written.year is not None:
            year = written.year
        elif previous is not None and written.month < previous:
            year += 1
        previous = written.month
        try:
            days.append(dt.date(year, written.month, written.day))
        except ValueError:  # 31/02, or 29/02 of a year that has none
            days.append(None)
    return days


def _likely_year(columns: Sequence[DateColumn], known: _Known, today: dt.date) -> tuple[int, str]:
    def fit(year: int) -> tuple[bool, int, int]:
        days = [d for d, c in zip(_dated(columns, year), columns, strict=True) if d and c.marked]
        hits = sum(1 for d in days if d in known.sessions)
        return all(d <= today for d in days), hits, year

    first = max(2000, (known.start - LIFE_MARGIN).year)
    best = max(fit(year) for year in range(first, max(first, today.year) + 1))
    if best[1]:
        return best[2], f": the year in which most fall on {known.group_name}'s sessions"
    return best[2], ": the most recent year that puts none of them in the future"


def _check_life(
    source_name: str, dated: Sequence[tuple[DateColumn, dt.date]], known: _Known, today: dt.date
) -> None:
    earliest = known.start - LIFE_MARGIN
    latest = min(today, known.end + LIFE_MARGIN) if known.end else today
    for column, day in dated:
        if earliest <= day <= latest:
            continue
        where = f"Column {column.letter} of {source_name}, “{column.heading}”, is {day_text(day)}"
        if day > today:
            why = translate(
                "importing",
                "which is still to come: only sessions that have happened have attendance",
            )
        elif day < earliest:
            why = translate(
                "importing", "more than a year before {group_name} began ({start})"
            ).format(group_name=known.group_name, start=day_text(known.start))
        else:
            assert known.end is not None
            why = translate(
                "importing", "more than a year after {group_name} ended ({end})"
            ).format(group_name=known.group_name, end=day_text(known.end))
        raise ValidationError(
            translate(
                "importing",
                "{where}, {why}. Is this the right group, and are the years right? Dates "
                "are read day first (03/04/2026 is 3 April 2026). Nothing was imported.",
            ).format(where=where, why=why)
        )


class _Planner:
    """Goes through the rows once, deciding for every mark what the import will do."""

    def __init__(
        self,
        sheet: RegisterSheet,
        known: _Known,
        dated: Sequence[tuple[DateColumn, dt.date | None]],
        directory: _Directory,
        options: RegisterOptions,
    ) -> None:
        self.sheet, self.known, self.directory, self.options = sheet, known, directory, options
        self.left_out = list(sheet.left_out)
        self.positions: list[int] = []  # of ``sheet.dates`` that have a date
        self.dates: list[SessionDate] = []
        seen: dict[dt.date, str] = {}
        for position, (column, day) in enumerate(dated):
            where = _where(column.index, column.heading)
            if day is None:
                self.left_out.append(
                    LeftOut(where, translate("importing", "there is no such date"))
                )
            elif day in seen:
                self.left_out.append(
                    LeftOut(
                        where,
                        translate("importing", "the same date as column {seen}").format(
                            seen=seen[day]
                        ),
                    )
                )
            else:
                seen[day] = column.letter
                self.positions.append(position)
                self.dates.append(self._session_date(column, day))
        self.meetings = [d.meeting_id or 0 for d in self.dates]
        self.counts = [_zeros() for _ in self.dates]
        self.rows: list[RegisterRow] = []
        self.unclear: list[UnclearCell] = []
        self.conflicts: list[Conflict] = []
        self.records: list[tuple[int, int, Mark]] = []
        self.new_records: list[tuple[int, int, Mark]] = []
        self.new_names: list[str] = []
        self.seen_people: dict[int | str, int] = {}
        self._marks: dict[str, Mark | None] = {}
        for row in sheet.headcounts:
            self._add_headcount(row)

    def _session_date(self, column: DateColumn, day: dt.date) -> SessionDate:
        found = self.known.sessions.get(day, [])
        held = [s for s in found if s.status != MEETING_CANCELLED]
        chosen = (held or found)[0] if found else None
        outcome: DateOutcome
        if not column.marked:
            outcome = "empty"
        elif held:
            outcome = "session"
        elif found:
            outcome = "cancelled"
        else:
            outcome = "extra" if self.options.add_missing_sessions else "no_session"
        return SessionDate(
            column=column.letter,
            heading=column.heading,
            date=day,
            outcome=outcome,
            meeting_id=chosen.id if chosen else None,
            counts=MarkCounts(**_zeros()),
            cancel_reason=chosen.cancel_reason if chosen else "",
            existing_headcount=chosen.anonymous_count if chosen else 0,
        )

    def _mark(self, text: str) -> Mark | None:
        if text not in self._marks:
            self._marks[text] = read_mark(text)
        return self._marks[text]

    def _add_headcount(self, row: SheetRow) -> None:
        for slot, position in enumerate(self.positions):
            text = row.marks[position]
            number = _count(text)
            if number is None:
                self.unclear.append(UnclearCell(row.line, self.sheet.dates[position].index, text))
            else:
                self.counts[slot]["anonymous"] += number

    def add_row(
        self, row: SheetRow, found: Sequence[int], without: dict[int, consent.State]
    ) -> None:
        marks = [(slot, self._mark(row.marks[p]), p) for slot, p in enumerate(self.positions)]
        for _, mark, position in marks:
            if mark is None:
                index = self.sheet.dates[position].index
                self.unclear.append(UnclearCell(row.line, index, row.marks[position]))
        written = [(slot, mark, position) for slot, mark, position in marks if mark is not None]
        for slot, mark, _ in written:
            self.counts[slot]["present"] += mark == "present"
            self.counts[slot]["apologies"] += mark == "apologies"
        outcome, note, person_id = self._whom(row, found, without)
        if outcome in _SKIPPED:
            if any(row.marks[p] for _, _, p in written):
                self.rows.append(RegisterRow(row.line, row.name, outcome, note, person_id))
            return
        present = apologies = 0
        new_index = len(self.new_names)
        for slot, mark, position in written:
            meeting_id = self.meetings[slot]
            if not self.dates[slot].imported or not row.marks[position]:
                continue
            had = self.known.records.get((meeting_id, person_id)) if person_id else None
            if had is not None:
                self._compare(row, slot, position, mark, had)
            elif mark == "absent":
                continue
            elif outcome == "counted":
                self.counts[slot]["counted"] += mark == "present"
                present += mark == "present"
            else:
                self.counts[slot]["add_present"] += mark == "present"
                self.counts[slot]["add_apologies"] += mark == "apologies"
                present, apologies = present + (mark == "present"), apologies + (mark != "present")
                if person_id is None:
                    self.new_records.append((slot, new_index, mark))
                else:
                    self.records.append((slot, person_id, mark))
        if outcome == "new":
            if present or apologies:
                self.new_names.append(row.name)
            else:
                outcome, note = (
                    "unmarked",
                    translate("importing", "nothing to record on the dates imported: not added"),
                )
        self.rows.append(
            RegisterRow(row.line, row.name, outcome, note, person_id, present, apologies)
        )

    def _compare(self, row: SheetRow, slot: int, position: int, mark: Mark, had: str) -> None:
        if mark == had:
            self.counts[slot]["already"] += 1
            return
        self.counts[slot]["conflicts"] += 1
        in_peerdesk: Mark = "present" if had == "present" else "apologies"
        index, day = self.sheet.dates[position].index, self.dates[slot].date
        text = row.marks[position]
        self.conflicts.append(Conflict(row.line, index, text, row.name, day, mark, in_peerdesk))

    def _whom(
        self, row: SheetRow, found: Sequence[int], without: dict[int, consent.State]
    ) -> tuple[RowOutcome, str, int | None]:
        """What becomes of a row's marks: recorded by name, counted, or skipped (and why)."""
        group = self.known.group_name
        if self.known.headcount_only:
            return (
                "counted",
                translate("importing", "{group} only counts who came: never named").format(
                    group=group
                ),
                None,
            )
        if not row.name:
            return (
                "no_name",
                translate("importing", "marks but no name: skipped"),
                None,
            )
        if len(row.name) > _NAME_LENGTH:
            return (
                "too_long",
                translate("importing", "a name longer than {limit} characters: skipped").format(
                    limit=_NAME_LENGTH
                ),
                None,
            )
        if len(found) > 1:
            who = ", ".join(self.directory.who[i] for i in found[:5])
            note = translate(
                "importing",
                "could be any of {count} people in peerdesk ({who}): skipped; write their full "
                "name in the file",
            ).format(count=len(found), who=who)
            return "ambiguous", note, None
        key: int | str = found[0] if found else _key(row.name)
        if key in self.seen_people:
            return (
                "repeated",
                translate("importing", "the same person as row {row}: skipped").format(
                    row=self.seen_people[key]
                ),
                None,
            )
        self.seen_people[key] = row.line
        if not found:
            if self.options.names_consented:
                return (
                    "new",
                    translate("importing", "new to peerdesk: added with just this name"),
                    None,
                )
            return (
                "counted",
                translate("importing", "not in peerdesk and no consent to keep the name: counted"),
                None,
            )
        person_id = found[0]
        who = self.directory.who[person_id]
        state = without.get(person_id)
        if state is None:
            return "named", f"in peerdesk as {who}", person_id
        why = {"none": "none on file", "lapsed": "it has lapsed"}.get(state, f"it was {state}")
        note = f"in peerdesk as {who}, without consent to keep their name ({why}): counted"
        return "counted", note, person_id

    def preview(self, today: dt.date, notes: list[str]) -> AttendancePreview:
        dates = tuple(self._finished(slot, d) for slot, d in enumerate(self.dates))
        rows = sorted(self.rows, key=lambda r: r.line)
        extras = tuple(d.date for d in dates if d.outcome == "extra" and d.changes)
        set_counts = [d for d in dates if d.imported and d.headcount_change == "set"]
        total = _zeros()
        for counts in self.counts:
            total.update(counts)
        tally = RegisterTally(
            marks=MarkCounts(**total),
            sessions=sum(1 for d in dates if d.changes),
            headcounts=len(set_counts),
            counted=sum(d.headcount for d in set_counts),
            extra_sessions=extras,
            no_session=tuple(d.date for d in dates if d.outcome == "no_session"),
            cancelled=tuple(d.date for d in dates if d.outcome == "cancelled"),
            new_people=len(self.new_names),
            counted_new=sum(1 for r in rows if r.outcome == "counted" and r.person_id is None),
            counted_known=sum(1 for r in rows if r.outcome == "counted" and r.person_id),
            headcounts_same=sum(1 for d in dates if d.headcount_change == "same"),
            headcounts_kept=sum(1 for d in dates if d.headcount_change == "kept"),
            headcounts_too_big=tuple(d.date for d in dates if d.headcount_change == "too_big"),
            unclear=len(self.unclear),
            skipped_rows=sum(1 for r in rows if r.outcome in _SKIPPED),
        )
        if self.known.headcount_only:
            tally = replace(tally, counted_new=0, counted_known=0, headcount_only=True)
        plan = _Plan(
            tuple(self.records), tuple(self.new_records), tuple(self.new_names), self.known.basis
        )
        return AttendancePreview(
            source_name=self.sheet.source_name,
            group_id=self.known.group_id,
            group_name=self.known.group_name,
            headcount_only=self.known.headcount_only,
            options=self.options,
            today=today,
            dates=dates,
            rows=tuple(rows),
            unclear=tuple(sorted(self.unclear)),
            conflicts=tuple(self.conflicts),
            left_out=tuple(self.left_out),
            notes=tuple(notes),
            tally=tally,
            plan=plan,
        )

    def _finished(self, slot: int, date: SessionDate) -> SessionDate:
        counts = MarkCounts(**self.counts[slot])
        headcount = counts.anonymous + counts.counted
        change: HeadcountChange = "none"
        if date.imported and headcount:
            if headcount > MAX_HEADCOUNT:
                change = "too_big"
            elif date.existing_headcount == 0:
                change = "set"
            else:
                change = "same" if date.existing_headcount == headcount else "kept"
        return replace(date, counts=counts, headcount=headcount, headcount_change=change)


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
        if _load(session, preview.group_id).basis != plan.basis:
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


# -- in words ------------------------------------------------------------------------------------
def _some_days(days: Sequence[dt.date]) -> str:
    shown = [day_text(day) for day in days[:4]]
    if len(days) > 4:
        return ", ".join(shown) + f" and {len(days) - 4} more"
    return " and ".join([", ".join(shown[:-1]), shown[-1]]) if len(shown) > 1 else shown[0]


def _dated_line(start: str, days: Sequence[dt.date], what: str, which: str = "") -> list[str]:
    """ "Skipped 2 dates with no session: 5 Nov 2026 and 12 Nov 2026." (none if no days)."""
    if not days:
        return []
    return [f"{start} {plural(len(days), what)}{' ' + which if which else ''}: {_some_days(days)}."]


def outcome_lines(
    tally: RegisterTally, source_name: str, group_name: str, *, would: bool = False
) -> list[str]:
    """The summary of an import (or, with ``would``, of what an import would do)."""

    def verb(done: str, future: str) -> str:
        return future if would else done

    sessions = f"{plural(tally.sessions, 'session')} of {group_name}, from {source_name}"
    added = tally.marks
    if added.add_present or added.add_apologies:
        marks = f"{added.add_present} present" + (
            f" and {added.add_apologies} sent apologies" if added.add_apologies else ""
        )
        lines = [f"{verb('Recorded', 'Would record')} {marks}, by name, at {sessions}."]
    elif tally.headcounts:
        lines = [f"{verb('Recorded', 'Would record')} headcounts only at {sessions}."]
    else:
        lines = [f"Nothing {verb('was', 'would be')} recorded from {source_name}."]
    if tally.headcounts:
        lines.append(
            f"{verb('Set', 'Would set')} the anonymous headcount of "
            f"{plural(tally.headcounts, 'session')}: {tally.counted} in all, counted, not named."
        )
    if tally.headcount_only:
        lines.append(f"{group_name} only counts who came: no names are kept.")
    if tally.counted_new or tally.counted_known:
        parts = []
        if tally.counted_new:
            parts.append(f"{plural(tally.counted_new, 'new name')} without recorded consent")
        if tally.counted_known:
            who = plural(tally.counted_known, "person", "people")
            parts.append(f"{who} in peerdesk without a current consent to keep their name")
        lines.append(
            f"Counted in the headcount rather than named: {' and '.join(parts)}. Their "
            "apologies are not kept."
        )
    if tally.new_people:
        lines.append(
            f"{verb('Added', 'Would add')} {plural(tally.new_people, 'new person', 'new people')}"
            " with just their name, and "
            f"{verb('recorded', 'record')} their consent to keep their name and attendance "
            f"(a paper form, as “{recorded_by(source_name)}”)."
        )
    lines += _dated_line(
        verb("Added", "Would add"),
        tally.extra_sessions,
        "extra session",
        "for dates with no session",
    )
    lines += _dated_line("Skipped", tally.no_session, "date", "with no session")
    lines += _dated_line("Skipped", tally.cancelled, "cancelled session")
    left = []
    if added.already or tally.headcounts_same:
        same = [(added.already, "mark"), (tally.headcounts_same, "headcount")]
        left.append(" and ".join(plural(n, what) for n, what in same if n) + " already there")
    for count, what in ((added.conflicts, "mark"), (tally.headcounts_kept, "headcount")):
        if count:
            left.append(f"{plural(count, what)} that {'differs' if count == 1 else 'differ'}")
    if left:
        lines.append(f"Left as peerdesk has them: {'; '.join(left)}.")
    lines += _dated_line(
        "Left out",
        tally.headcounts_too_big,
        "headcount",
        f"too big to be right ({MAX_HEADCOUNT} at most)",
    )
    if tally.skipped_rows:
        lines.append(f"Skipped {plural(tally.skipped_rows, 'row')} of names (listed above).")
    if tally.unclear:
        lines.append(f"Left out {plural(tally.unclear, 'cell')} that could not be understood.")
    return lines
