"""Exports to CSV for spreadsheet programs: UTF-8 with a byte-order mark and a header row.

Files are written to a temporary file beside the target and renamed into place, so a failed
export never leaves half a file where the user expects a whole one. A cell that a spreadsheet
would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets an
apostrophe in front, so opening an export can never run a formula someone typed into a name;
:func:`unneutralise` takes it off again when a file is read back.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select

from peerdesk.core.consent import states_of_everyone
from peerdesk.core.errors import ValidationError
from peerdesk.core.files import write_atomically
from peerdesk.core.models import MEETING_SCHEDULED, Attendance, Group, Meeting, Person, Venue
from peerdesk.core.people import list_people
from peerdesk.core.rota_view import saved_rota
from peerdesk.core.sealed import write_sealed
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

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
        raise ValidationError(translate("export", "The end date is before the start date."))
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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

PEOPLE_HEADER = (
    "preferred_name",
    "full_name",
    "pronouns",
    "phone",
    "email",
    "access_needs",
    "archived",
)
CONSENT_HEADER = ("person", "full_name", "purpose", "state", "decided_on", "lapses_on", "version")
ROTA_HEADER = ("date", "start", "end", "group", "venue", "facilitators", "places_to_fill")


def neutralise(cell: str) -> str:
    """``=SUM(A1)`` -> ``'=SUM(A1)``: shown as text by spreadsheet programs, never run."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise` (for reading an export back in)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def people_rows(store: Store, *, include_archived: bool = False) -> list[tuple[str, ...]]:
    """Everyone in the directory, by name; contact details only as far as they are kept."""
    return [
        (
            p.preferred_name,
            p.full_name,
            p.pronouns,
            p.phone,
            p.email,
            p.access_needs,
            "yes" if p.archived else "",
        )
        for p in list_people(store, include_archived=include_archived)
    ]


def consent_rows(store: Store, *, today: dt.date) -> list[tuple[str, ...]]:
    """One row per person and purpose of the current consent form: where they stand today."""
    states = states_of_everyone(store, today=today)
    rows: list[tuple[str, ...]] = []
    for person in list_people(store, include_archived=True):
        for purpose in states.get(person.id, []):
            rows.append(
                (
                    person.preferred_name,
                    person.full_name,
                    purpose.label,
                    purpose.state,
                    purpose.decided_on.isoformat() if purpose.decided_on else "",
                    purpose.lapses_on.isoformat() if purpose.lapses_on else "",
                    str(purpose.version_number or ""),
                )
            )
    return rows


def rota_rows(
    store: Store, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> list[tuple[str, ...]]:
    """The saved rota: one row per session, facilitators by name."""
    view = saved_rota(store, group_ids, date_from, date_to)
    return [
        (
            s.day.isoformat(),
            s.start.strftime("%H:%M"),
            s.end.strftime("%H:%M"),
            s.group_name,
            s.venue_name,
            ", ".join(s.names()),
            str(s.missing) if s.missing else "",
        )
        for s in view.sessions
    ]


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    passphrase: str | None = None,
) -> int:
    """Write atomically; returns the number of data rows. Raises StorageError with a reason.

    With ``passphrase`` the file is sealed (:mod:`peerdesk.core.sealed`): the caller names it
    ``….csv.sealed`` and ``peerdesk unseal`` opens it."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    # utf-8-sig: the byte-order mark makes spreadsheet programs read the file as UTF-8.
    data = stream.getvalue().encode("utf-8-sig")
    if passphrase is None:
        write_atomically(path, data)
    else:
        write_sealed(path, data, passphrase)
    return count
