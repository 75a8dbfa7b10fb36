"""Registers: who came to a session (present, sent apologies, or absent) and the anonymous count.

Absent is stored as nothing at all: the least data that tells the truth. People who come but are
not named are counted in the session's anonymous headcount. Every mark is its own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import (
    ATTENDANCE_APOLOGIES,
    ATTENDANCE_PRESENT,
    MAX_HEADCOUNT,
    MEETING_CANCELLED,
    Attendance,
    Group,
    Meeting,
    Person,
)
from peerdesk.core.people import search_text
from peerdesk.core.schedule import MeetingRow, get_meeting
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

Status = Literal["present", "apologies", "absent"]
STATUSES: tuple[Status, ...] = ("present", "apologies", "absent")

# "Regulars" are people present at this group in the weeks before the session.
REGULAR_WINDOW_DAYS = 84


@dataclass(frozen=True)
class RegisterEntry:
    person_id: int
    preferred_name: str
    full_name: str
    status: Status
    is_facilitator: bool
    is_regular: bool
    search_text: str = field(repr=False, compare=False)


@dataclass(frozen=True)
class Register:
    meeting: MeetingRow
    headcount_only: bool
    anonymous_count: int
    # Regulars first (most often seen first), then everyone else by name.
    entries: list[RegisterEntry]

    @property
    def named_present(self) -> int:
        return sum(entry.status == "present" for entry in self.entries)

    @property
    def apologies(self) -> int:
        return sum(entry.status == "apologies" for entry in self.entries)

    @property
    def total_present(self) -> int:
        return self.named_present + self.anonymous_count


@dataclass(frozen=True)
class Mark:
    """What one mark changed, so a screen can update one row and undo it."""

    meeting_id: int
    person_id: int
    status: Status
    is_facilitator: bool
    previous_status: Status
    previous_facilitator: bool


def _meeting_for_marking(session: Session, meeting_id: int) -> tuple[Meeting, Group]:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("attendance", "That session no longer exists."))
    if meeting.status == MEETING_CANCELLED:
        raise ValidationError(
            translate(
                "attendance",
                "This session was cancelled, so nobody can be marked for it. Restore the "
                "session first if it did take place.",
            )
        )
    return meeting, meeting.group


def load_register(store: Store, meeting_id: int) -> Register:
    meeting_row = get_meeting(store, meeting_id)
    with store.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        group = meeting.group
        headcount_only, anonymous_count = group.headcount_only, meeting.anonymous_count
        marks = {
            person_id: (status, facilitator)
            for person_id, status, facilitator in session.execute(
                select(Attendance.person_id, Attendance.status, Attendance.is_facilitator).where(
                    Attendance.meeting_id == meeting_id
                )
            )
        }
        since = meeting.date - dt.timedelta(days=REGULAR_WINDOW_DAYS)
        seen = dict(
            session.execute(
                select(Attendance.person_id, func.count())
                .join(Meeting, Attendance.meeting_id == Meeting.id)
                .where(
                    Meeting.group_id == group.id,
                    Meeting.date >= since,
                    Meeting.date <= meeting.date,
                    Meeting.id != meeting_id,
                    Attendance.status == ATTENDANCE_PRESENT,
                )
                .group_by(Attendance.person_id)
            ).all()
        )
        people = session.execute(
            select(Person.id, Person.preferred_name, Person.full_name)
            .where((Person.archived_at.is_(None)) | (Person.id.in_(list(marks))))
            .order_by(func.lower(Person.preferred_name), Person.id)
        ).all()
    entries = [
        RegisterEntry(
            person_id=person_id,
            preferred_name=preferred,
            full_name=full,
            status=_status(marks.get(person_id, ("absent", False))[0]),
            is_facilitator=marks.get(person_id, ("absent", False))[1],
            is_regular=person_id in seen,
            search_text=search_text(preferred, full),
        )
        for person_id, preferred, full in people
    ]
    # Stable sort: regulars by how often they came, then everyone else in name order.
    entries.sort(key=lambda e: (not e.is_regular, -seen.get(e.person_id, 0)))
    return Register(meeting_row, headcount_only, anonymous_count, entries)


def _status(value: str) -> Status:
    if value == ATTENDANCE_PRESENT:
        return "present"
    if value == ATTENDANCE_APOLOGIES:
        return "apologies"
    return "absent"


def mark(
    store: Store,
    meeting_id: int,
    person_id: int,
    status: Status,
    *,
    facilitator: bool | None = None,
) -> Mark:
    """Mark one person; ``facilitator=None`` keeps their current role."""
    if status not in STATUSES:
        raise ValidationError(
            translate("attendance", "“{status}” is not present, apologies or absent.").format(
                status=status
            )
        )
    with store.transaction() as session:
        meeting, group = _meeting_for_marking(session, meeting_id)
        if group.headcount_only:
            raise ValidationError(
                translate(
                    "attendance", "{name} only counts who came; names are not recorded for it."
                ).format(name=group.name)
            )
        if session.get(Person, person_id) is None:
            raise NotFoundError(
                translate("attendance", "That person is no longer in the directory.")
            )
        row = session.scalar(
            select(Attendance).where(
                Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
            )
        )
        previous: Status = _status(row.status) if row else "absent"
        was_facilitator = row.is_facilitator if row else False
        role = was_facilitator if facilitator is None else facilitator
        if status == "absent":
            if row is not None:
                session.delete(row)
            role = False
        elif row is None:
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    person_id=person_id,
                    status=status,
                    is_facilitator=role,
                )
            )
        else:
            row.status = status
            row.is_facilitator = role
    return Mark(meeting_id, person_id, status, role, previous, was_facilitator)


def set_headcount(store: Store, meeting_id: int, count: int) -> int:
    """Set how many unnamed people came; returns the previous count (for undo)."""
    if not 0 <= count <= MAX_HEADCOUNT:
        raise ValidationError(
            translate(
                "attendance",
                "The headcount must be between 0 and {max_headcount}; {count} cannot be right.",
            ).format(max_headcount=MAX_HEADCOUNT, count=count)
        )
    with store.transaction() as session:
        meeting, _ = _meeting_for_marking(session, meeting_id)
        previous = meeting.anonymous_count
        meeting.anonymous_count = count
    return previous


def add_walk_in(
    store: Store, meeting_id: int, preferred_name: str, *, allow_same_name: bool = False
) -> RegisterEntry:
    """A newcomer added from the register with just a preferred name, marked present.

    Consent: a walk-in has none on file yet; the consent capability flags them in the register.
    """
    name = validation.required_text(
        preferred_name,
        80,
        translate("attendance", "Please enter a preferred name."),
        translate("attendance", "A preferred name can be at most {max_length} characters."),
    )
    with store.transaction() as session:
        meeting, group = _meeting_for_marking(session, meeting_id)
        if group.headcount_only:
            raise ValidationError(
                translate(
                    "attendance", "{name} only counts who came; add one to the headcount instead."
                ).format(name=group.name)
            )
        if not allow_same_name:
            same = session.scalar(
                select(Person.id).where(
                    func.lower(Person.preferred_name) == name.lower(),
                    Person.archived_at.is_(None),
                )
            )
            if same is not None:
                raise ValidationError(
                    translate(
                        "attendance",
                        "Someone called “{name}” is already in the directory. If it is them, "
                        "mark them present; if not, add an initial to tell them apart.",
                    ).format(name=name)
                )
        person = Person(preferred_name=name)
        session.add(person)
        session.flush()
        session.add(
            Attendance(meeting_id=meeting.id, person_id=person.id, status=ATTENDANCE_PRESENT)
        )
        return RegisterEntry(
            person.id, name, "", "present", False, False, search_text=search_text(name, "")
        )


@dataclass(frozen=True)
class HistoryRow:
    date: dt.date
    group_name: str
    status: Status
    is_facilitator: bool


def person_history(store: Store, person_id: int) -> list[HistoryRow]:
    """The sessions a person came to or sent apologies for, newest first."""
    with store.reading() as session:
        rows = session.execute(
            select(Meeting.date, Group.name, Attendance.status, Attendance.is_facilitator)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .join(Group, Meeting.group_id == Group.id)
            .where(Attendance.person_id == person_id)
            .order_by(Meeting.date.desc(), Group.name)
        ).all()
    return [HistoryRow(d, g, _status(s), f) for d, g, s, f in rows]
