"""What a register preview holds: each date and row with what becomes of it, and the tally.

Plain data, made by ``register_planner`` and written by ``registers.import_attendance``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Literal

from peerdesk.core.importing.register_dates import day_text
from peerdesk.core.importing.register_sheet import LeftOut, Mark, column_letter
from peerdesk.core.importing.register_summary import outcome_lines
from peerdesk.core.text import translate

DateOutcome = Literal["session", "extra", "no_session", "cancelled", "empty"]
RowOutcome = Literal[
    "named", "new", "counted", "unmarked", "ambiguous", "repeated", "no_name", "too_long"
]
HeadcountChange = Literal["set", "same", "kept", "too_big", "none"]
SKIPPED: frozenset[RowOutcome] = frozenset({"ambiguous", "repeated", "no_name", "too_long"})


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


def zero_counts() -> Counter[str]:
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
        return translate("importing", "{cell}: “{text}”").format(cell=self.cell, text=self.text)


@dataclass(frozen=True)
class Conflict(CellNote):
    """A mark that differs from what peerdesk already has: reported, and left as it was."""

    name: str
    date: dt.date
    in_file: Mark
    in_peerdesk: Mark

    def __str__(self) -> str:
        return _conflict_text(self.in_file, self.in_peerdesk).format(
            cell=self.cell, name=self.name, day=day_text(self.date)
        )


def _conflict_text(in_file: Mark, in_peerdesk: Mark) -> str:
    if in_peerdesk == "present":
        if in_file == "apologies":
            return translate(
                "importing", "{cell} ({name}, {day}): the file says apologies, peerdesk has present"
            )
        return translate(
            "importing", "{cell} ({name}, {day}): the file says absent, peerdesk has present"
        )
    if in_file == "present":
        return translate(
            "importing", "{cell} ({name}, {day}): the file says present, peerdesk has apologies"
        )
    return translate(
        "importing", "{cell} ({name}, {day}): the file says absent, peerdesk has apologies"
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
class ImportPlan:
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
    plan: ImportPlan = field(repr=False, compare=False)

    def with_outcome(self, *outcomes: RowOutcome) -> list[RegisterRow]:
        return [row for row in self.rows if row.outcome in outcomes]

    def lines(self) -> list[str]:
        """What ``import_attendance`` would do, in the words of its summary."""
        return outcome_lines(self.tally, self.source_name, self.group_name, would=True)
