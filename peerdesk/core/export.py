"""Exports to CSV for spreadsheet programs: UTF-8 with a byte-order mark and a header row.

Files are written to a temporary file beside the target and renamed into place, so a failed
export never leaves half a file where the user expects a whole one.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select

from peerdesk.core.errors import StorageError, ValidationError
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
    target = path.expanduser()
    if target.is_dir():
        raise StorageError(f"{target} is a folder; give a file name such as attendance.csv.")
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(f"The folder {folder} does not exist.")
    count = 0
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as error:
        raise StorageError(f"{target} cannot be written here ({error.strerror}).") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
            stream.flush()
            os.fsync(stream.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)  # a register is personal data
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise StorageError(f"{target} could not be written ({error.strerror}).") from error
    return count
