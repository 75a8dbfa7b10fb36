"""Working out a register preview: the group as the database has it, and every mark decided.

``registers.preview_attendance`` loads the group (``load_group``), then hands each row of the
sheet to a ``Planner``, which says for every mark what the import will do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core import consent
from peerdesk.core.errors import NotFoundError
from peerdesk.core.importing.preview import person_words
from peerdesk.core.importing.register_records import (
    SKIPPED,
    AttendancePreview,
    Conflict,
    DateOutcome,
    HeadcountChange,
    ImportPlan,
    MarkCounts,
    RegisterOptions,
    RegisterRow,
    RegisterTally,
    RowOutcome,
    SessionDate,
    UnclearCell,
    zero_counts,
)
from peerdesk.core.importing.register_sheet import (
    DateColumn,
    LeftOut,
    Mark,
    RegisterSheet,
    SheetRow,
    column_place,
    headcount_cell,
    name_key,
    read_mark,
)
from peerdesk.core.models import (
    MAX_HEADCOUNT,
    MEETING_CANCELLED,
    Attendance,
    ConsentEvent,
    Group,
    Meeting,
    Person,
)
from peerdesk.core.text import translate

_NAME_LENGTH = 80  # Person.preferred_name


@dataclass(frozen=True)
class KnownMeeting:
    id: int
    status: str
    cancel_reason: str
    anonymous_count: int


@dataclass(frozen=True)
class KnownGroup:
    """The group, its sessions and records, and the directory, as one transaction saw them."""

    group_id: int
    group_name: str
    headcount_only: bool
    start: dt.date
    end: dt.date | None
    sessions: dict[dt.date, list[KnownMeeting]]
    records: dict[tuple[int, int], str]
    people: tuple[tuple[int, str, str, bool], ...]
    latest_consent: int

    @property
    def basis(self) -> tuple[object, ...]:
        """What the preview depends on: an import refuses if any of it has changed since."""
        group = (self.group_name, self.headcount_only, self.start, self.end)
        return (group, self.sessions, self.records, self.people, self.latest_consent)


def load_group(session: Session, group_id: int) -> KnownGroup:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(translate("importing", "That group no longer exists."))
    sessions: dict[dt.date, list[KnownMeeting]] = {}
    query = (
        select(
            Meeting.id, Meeting.date, Meeting.status, Meeting.cancel_reason, Meeting.anonymous_count
        )
        .where(Meeting.group_id == group_id)
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    for meeting_id, day, status, reason, count in session.execute(query):
        sessions.setdefault(day, []).append(KnownMeeting(meeting_id, status, reason or "", count))
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
    return KnownGroup(*about, sessions, records, everyone, latest_consent)


class Directory:
    """Finds people by name: preferred name, then full name; the directory, then the archive."""

    def __init__(self, people: Iterable[tuple[int, str, str, bool]]) -> None:
        self.who: dict[int, str] = {}
        # (preferred, full) for people in the directory, then for archived people.
        self._indexes: tuple[tuple[dict[str, list[int]], dict[str, list[int]]], ...] = (
            ({}, {}),
            ({}, {}),
        )
        words = person_words()
        for person_id, preferred, full, archived in people:
            self.who[person_id] = words(preferred, full, archived)
            by_preferred, by_full = self._indexes[archived]
            by_preferred.setdefault(name_key(preferred), []).append(person_id)
            if full.strip():
                by_full.setdefault(name_key(full), []).append(person_id)

    def find(self, name: str) -> list[int]:
        """Everyone the name could be: one person, several, or nobody."""
        key = name_key(name)
        for index in self._indexes:
            for by_name in index:
                if key in by_name:
                    return by_name[key]
        return []


def _without_consent(state: consent.State) -> str:
    """Why someone in peerdesk is counted rather than named (``{who}``, and ``{state}``)."""
    if state == "none":
        return translate(
            "importing",
            "in peerdesk as {who}, without consent to keep their name (none on file): counted",
        )
    if state == "lapsed":
        return translate(
            "importing",
            "in peerdesk as {who}, without consent to keep their name (it has lapsed): counted",
        )
    if state == "refused":
        return translate(
            "importing",
            "in peerdesk as {who}, without consent to keep their name (it was refused): counted",
        )
    if state == "withdrawn":
        return translate(
            "importing",
            "in peerdesk as {who}, without consent to keep their name (it was withdrawn): counted",
        )
    return translate(
        "importing",
        "in peerdesk as {who}, without consent to keep their name (it was {state}): counted",
    )


class Planner:
    """Goes through the rows once, deciding for every mark what the import will do."""

    def __init__(
        self,
        sheet: RegisterSheet,
        known: KnownGroup,
        dated: Sequence[tuple[DateColumn, dt.date | None]],
        directory: Directory,
        options: RegisterOptions,
    ) -> None:
        self.sheet, self.known, self.directory, self.options = sheet, known, directory, options
        self.left_out = list(sheet.left_out)
        self.positions: list[int] = []  # of ``sheet.dates`` that have a date
        self.dates: list[SessionDate] = []
        seen: dict[dt.date, str] = {}
        for position, (column, day) in enumerate(dated):
            where = column_place(column.index, column.heading)
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
        self.counts = [zero_counts() for _ in self.dates]
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
            counts=MarkCounts(**zero_counts()),
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
            number = headcount_cell(text)
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
        if outcome in SKIPPED:
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
        key: int | str = found[0] if found else name_key(row.name)
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
            return (
                "named",
                translate("importing", "in peerdesk as {who}").format(who=who),
                person_id,
            )
        return "counted", _without_consent(state).format(who=who, state=state), person_id

    def preview(self, today: dt.date, notes: list[str]) -> AttendancePreview:
        dates = tuple(self._finished(slot, d) for slot, d in enumerate(self.dates))
        rows = sorted(self.rows, key=lambda r: r.line)
        extras = tuple(d.date for d in dates if d.outcome == "extra" and d.changes)
        set_counts = [d for d in dates if d.imported and d.headcount_change == "set"]
        total = zero_counts()
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
            skipped_rows=sum(1 for r in rows if r.outcome in SKIPPED),
        )
        if self.known.headcount_only:
            tally = replace(tally, counted_new=0, counted_known=0, headcount_only=True)
        plan = ImportPlan(
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
