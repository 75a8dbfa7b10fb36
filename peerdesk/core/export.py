"""Exports to CSV for spreadsheet programs: UTF-8 with a byte-order mark and a header row.

Files are written to a temporary file beside the target and renamed into place, so a failed
export never leaves half a file where the user expects a whole one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select

from peerdesk.core.errors import ValidationError
from peerdesk.core.files import write_atomically
from peerdesk.core.models import MEETING_SCHEDULED, Attendance, Group, Meeting, Person, Venue
from peerdesk.core.storage import Store

ATTENDANCE_HEADER = (
    "date",
    "start",
    "group",
    "venue",
    "person",
    "status",
    "role",
    "anonymous_headcount",
)


def attendance_rows(
    store: Store,
    group_id: int,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[tuple[str, ...]]:
    """One row per session and named person, and one per session for the anonymous headcount."""
    if date_from and date_to and date_to < date_from:
        raise ValidationError("The end date is before the start date.")
    conditions = [Meeting.group_id == group_id, Meeting.status == MEETING_SCHEDULED]
    if date_from:
        conditions.append(Meeting.date >= date_from)
    if date_to:
        conditions.append(Meeting.date <= date_to)
    with store.reading() as session:
        sessions = session.execute(
            select(
                Meeting.id,
                Meeting.date,
                Meeting.start_time,
                Group.name,
                Venue.name,
                Meeting.anonymous_count,
            )
            .join(Group, Meeting.group_id == Group.id)
            .outerjoin(Venue, Meeting.venue_id == Venue.id)
            .where(*conditions)
            .order_by(Meeting.date, Meeting.start_time)
        ).all()
        named = session.execute(
            select(
                Attendance.meeting_id,
                Person.preferred_name,
                Attendance.status,
                Attendance.is_facilitator,
            )
            .join(Person, Attendance.person_id == Person.id)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(*conditions)
            .order_by(Person.preferred_name)
        ).all()
    by_meeting: dict[int, list[tuple[str, str, bool]]] = {}
    for meeting_id, name, status, facilitator in named:
        by_meeting.setdefault(meeting_id, []).append((name, status, facilitator))
    rows: list[tuple[str, ...]] = []
    for meeting_id, day, start, group_name, venue_name, anonymous in sessions:
        base = (day.isoformat(), start.strftime("%H:%M"), group_name, venue_name or "")
        for name, status, facilitator in by_meeting.get(meeting_id, []):
            role = "facilitator" if facilitator else "member"
            rows.append((*base, name, status, role, ""))
        if anonymous:
            rows.append((*base, "", "present", "anonymous", str(anonymous)))
    return rows


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write atomically; returns the number of data rows. Raises StorageError with a reason."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    # utf-8-sig: the byte-order mark makes spreadsheet programs read the file as UTF-8.
    write_atomically(path, stream.getvalue().encode("utf-8-sig"))
    return count
