"""The right of access: everything peerdesk holds about one person, for them to see.

UK GDPR gives everyone the right to a copy of the information kept about them, answered within
one calendar month of asking. ``access_report`` gathers it all: their details, the sessions they
came to, their consent (where they stand now, every answer ever recorded and the exact wording
they answered), their facilitator profile and rota, and, table by table, every stored row that
refers to them. ``peerdesk.printing.access_report`` prints it and writes the same data as JSON.

Nothing can be left out silently: the tables that refer to a person are found from the schema
(every foreign key to ``people.id``), so a table added later is still copied into the report (as
"other records") even before anyone writes a readable section for it, and ``unexplained()``
(checked by a test) names the tables and columns that have no readable section yet.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, Literal

from dateutil.relativedelta import relativedelta
from sqlalchemy import MetaData, or_, select
from sqlalchemy.orm import Session

from peerdesk.core import attendance, consent, people, rota_service
from peerdesk.core.attendance import HistoryRow
from peerdesk.core.backups import KEEP_MONTHS
from peerdesk.core.consent import EventRow, PurposeState, VersionRow
from peerdesk.core.day_names import weekday_by_number
from peerdesk.core.errors import NotFoundError, StorageError, ValidationError
from peerdesk.core.models import (
    Base,
    ConsentEvent,
    Facilitator,
    Group,
    Meeting,
    Person,
    RotaAssignment,
    RotaChange,
)
from peerdesk.core.people import PersonInput, PersonRow
from peerdesk.core.rota_service import Training
from peerdesk.core.rota_types import AwayRange
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

FORMAT = "peerdesk-access-report"
VERSION = 1
PEOPLE = "people"

# The references to a person that the report explains in words ("table.column"). Any other
# foreign key to people.id is still copied into the report, under "other records".
EXPLAINED = frozenset(
    {
        "attendance.person_id",
        "consent_events.person_id",
        "facilitators.person_id",
        "facilitator_groups.person_id",
        "facilitator_away.person_id",
        "facilitator_trainings.person_id",
        "rota_assignments.person_id",
        "rota_changes.person_in_id",
        "rota_changes.person_out_id",
    }
)

Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class PersonDetails:
    id: int
    details: PersonInput
    """What the directory holds: names, pronouns, contact details, access needs, notes."""
    added_at: dt.datetime
    updated_at: dt.datetime
    archived_at: dt.datetime | None


@dataclass(frozen=True)
class FacilitatorDetails:
    groups: tuple[str, ...]
    experienced: bool
    sessions_per_month: int
    usual_days: tuple[str, ...]
    since: dt.date | None
    note: str
    away: tuple[AwayRange, ...]
    trainings: tuple[Training, ...]


@dataclass(frozen=True)
class RotaEntry:
    date: dt.date
    group: str
    locked: bool
    reason: str


@dataclass(frozen=True)
class RotaChangeEntry:
    changed_at: dt.datetime
    date: dt.date
    group: str
    kind: str
    """"swap", "add" or "remove"."""
    side: Literal["in", "out"]
    """Whether the person was put on the session ("in") or taken off it ("out")."""
    other: str
    """In a swap, the other facilitator's preferred name."""
    note: str


@dataclass(frozen=True)
class StoredTable:
    """Every row of one table that refers to the person, exactly as stored."""

    table: str
    rows: tuple[dict[str, Scalar], ...]


@dataclass(frozen=True)
class AccessReport:
    made_on: dt.date
    requested_on: dt.date
    reply_due_by: dt.date
    person: PersonDetails
    sessions: tuple[HistoryRow, ...]
    """Newest first."""
    consent_now: tuple[PurposeState, ...]
    consent_history: tuple[EventRow, ...]
    """Newest first."""
    wordings: tuple[VersionRow, ...]
    """The consent wording of every version the person answered."""
    facilitator: FacilitatorDetails | None
    rota: tuple[RotaEntry, ...]
    rota_changes: tuple[RotaChangeEntry, ...]
    stored: tuple[StoredTable, ...]
    backups_kept_months: int

    def other_records(self) -> tuple[StoredTable, ...]:
        """Stored rows from tables the readable sections do not explain (none, today)."""
        explained = {reference.split(".")[0] for reference in EXPLAINED} | {PEOPLE}
        return tuple(t for t in self.stored if t.table not in explained)


# -- which tables refer to a person ----------------------------------------------------------------
def references(metadata: MetaData = Base.metadata) -> dict[str, tuple[str, ...]]:
    """Table name -> its columns holding a foreign key to ``people.id``, from the schema."""
    people_table = metadata.tables[PEOPLE]
    found: dict[str, tuple[str, ...]] = {}
    for name in sorted(metadata.tables):
        columns = sorted(
            fk.parent.name
            for fk in metadata.tables[name].foreign_keys
            if fk.references(people_table)
        )
        if columns:
            found[name] = tuple(columns)
    return found


def unexplained(metadata: MetaData = Base.metadata) -> list[str]:
    """References to a person ("table.column") that the report has no readable section for."""
    return [
        f"{table}.{column}"
        for table, columns in references(metadata).items()
        for column in columns
        if f"{table}.{column}" not in EXPLAINED
    ]


# -- finding the person and the dates ----------------------------------------------------------
def find_subject(store: Store, name: str) -> PersonRow:
    """The person by name as ``find_person`` finds them, or else someone archived: their
    records are still held, so they can still ask to see them."""
    try:
        return people.find_person(store, name)
    except NotFoundError:
        wanted = name.strip().casefold()
        archived = [
            row
            for row in people.list_people(store, include_archived=True)
            if row.archived and wanted in (row.preferred_name.casefold(), row.full_name.casefold())
        ]
        if len(archived) > 1:
            raise ValidationError(
                translate(
                    "access",
                    "{count} archived people are called “{name}”. Give one of them a "
                    "different full name in peerdesk, then use that.",
                ).format(count=len(archived), name=name.strip())
            ) from None
        if not archived:
            raise
        return archived[0]


def reply_due_by(requested_on: dt.date) -> dt.date:
    """One calendar month after the request (the last day of a shorter month)."""
    return requested_on + relativedelta(months=1)


# -- gathering ------------------------------------------------------------------------------------
def access_report(
    store: Store,
    person_id: int,
    *,
    today: dt.date,
    requested_on: dt.date | None = None,
    metadata: MetaData = Base.metadata,
) -> AccessReport:
    """Everything held about one person; ``requested_on`` (default today) is when they asked."""
    asked = requested_on or today
    if asked > today:
        raise ValidationError(
            translate("access", "The request date is in the future: give the day they asked.")
        )
    consent_now = consent.current_state(store, person_id, today=today)  # made the form if need be
    given = people.get_person(store, person_id).as_input()
    with store.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("access", "That person is no longer in the directory."))
        details = PersonDetails(
            person.id, given, person.created_at, person.updated_at, person.archived_at
        )
        version_ids = session.scalars(
            select(ConsentEvent.version_id)
            .where(ConsentEvent.person_id == person_id)
            .distinct()
            .order_by(ConsentEvent.version_id)
        ).all()
        wordings = tuple(consent.version_row(session, version_id) for version_id in version_ids)
        is_facilitator = session.get(Facilitator, person_id) is not None
        rota = _rota(session, person_id)
        changes = _rota_changes(session, person_id)
        stored = stored_rows(session, person_id, metadata)
    return AccessReport(
        made_on=today,
        requested_on=asked,
        reply_due_by=reply_due_by(asked),
        person=details,
        sessions=tuple(attendance.person_history(store, person_id)),
        consent_now=tuple(consent_now),
        consent_history=tuple(consent.history(store, person_id)),
        wordings=wordings,
        facilitator=_facilitator(store, person_id) if is_facilitator else None,
        rota=rota,
        rota_changes=changes,
        stored=stored,
        backups_kept_months=KEEP_MONTHS,
    )


def _facilitator(store: Store, person_id: int) -> FacilitatorDetails:
    profile = rota_service.get_facilitator(store, person_id)
    with store.reading() as session:
        groups = session.scalars(
            select(Group.name).where(Group.id.in_(profile.group_ids)).order_by(Group.name)
        ).all()
    return FacilitatorDetails(
        groups=tuple(groups),
        experienced=profile.experienced,
        sessions_per_month=profile.sessions_per_month,
        usual_days=tuple(weekday_by_number(day) for day in sorted(profile.weekdays)),
        since=profile.since,
        note=profile.note,
        away=profile.away,
        trainings=profile.trainings,
    )


def _sessions_of(session: Session, meeting_ids: set[int]) -> dict[int, tuple[dt.date, str]]:
    """Meeting id -> the session's date and its group's name."""
    query = (
        select(Meeting.id, Meeting.date, Group.name)
        .join(Group, Group.id == Meeting.group_id)
        .where(Meeting.id.in_(meeting_ids))
    )
    return {meeting_id: (day, group) for meeting_id, day, group in session.execute(query)}


def _rota(session: Session, person_id: int) -> tuple[RotaEntry, ...]:
    placed = session.scalars(
        select(RotaAssignment).where(RotaAssignment.person_id == person_id)
    ).all()
    sessions = _sessions_of(session, {a.meeting_id for a in placed})
    entries = [RotaEntry(*sessions[a.meeting_id], a.locked, a.reason) for a in placed]
    return tuple(sorted(entries, key=lambda e: (-e.date.toordinal(), e.group)))


def _rota_changes(session: Session, person_id: int) -> tuple[RotaChangeEntry, ...]:
    changes = session.scalars(
        select(RotaChange)
        .where(or_(RotaChange.person_in_id == person_id, RotaChange.person_out_id == person_id))
        .order_by(RotaChange.changed_at.desc(), RotaChange.id.desc())
    ).all()
    sessions = _sessions_of(session, {c.meeting_id for c in changes})
    others = {c.person_out_id if c.person_in_id == person_id else c.person_in_id for c in changes}
    names: dict[int, str] = {
        pid: name
        for pid, name in session.execute(
            select(Person.id, Person.preferred_name).where(Person.id.in_(others - {None}))
        )
    }
    found = []
    for change in changes:
        put_on = change.person_in_id == person_id
        other = change.person_out_id if put_on else change.person_in_id
        day, group = sessions[change.meeting_id]
        found.append(
            RotaChangeEntry(
                changed_at=change.changed_at,
                date=day,
                group=group,
                kind=change.kind,
                side="in" if put_on else "out",
                other=names.get(other, "") if other is not None else "",
                note=change.note,
            )
        )
    return tuple(found)


def stored_rows(
    session: Session, person_id: int, metadata: MetaData = Base.metadata
) -> tuple[StoredTable, ...]:
    """The person's own row and every row of every table that refers to them, as stored."""
    found = []
    for name, columns in {PEOPLE: ("id",), **references(metadata)}.items():
        table = metadata.tables[name]
        query = (
            select(table)
            .where(or_(*(table.c[column] == person_id for column in columns)))
            .order_by(*table.primary_key.columns)
        )
        names = [column.name for column in table.columns]
        rows = tuple(
            {key: _plain(value) for key, value in zip(names, row, strict=True)}
            for row in session.execute(query)
        )
        if rows:
            found.append(StoredTable(name, rows))
    return tuple(found)


def _plain(value: object) -> Scalar:
    """A stored value as JSON holds it: dates and times as ISO text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


# -- the machine-readable file -----------------------------------------------------------------
def to_json(report: AccessReport) -> str:
    """UTF-8 JSON: a format header, then the report's fields in a fixed order, dates as ISO."""
    body = _encode(report)
    assert isinstance(body, dict)
    return json.dumps({"format": FORMAT, "version": VERSION, **body}, ensure_ascii=False, indent=2)


def from_json(text: str) -> AccessReport:
    """Read back what ``to_json`` wrote."""
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(
            translate("access", "That file is not a peerdesk access report.")
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(translate("access", "That file is not a peerdesk access report."))
    if data.get("version") != VERSION:
        raise ValidationError(
            translate("access", "That access report was made by a different peerdesk version.")
        )
    decoded = _decode(
        AccessReport, {k: v for k, v in data.items() if k not in ("format", "version")}
    )
    assert isinstance(decoded, AccessReport)
    return decoded


def _encode(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _encode(item) for key, item in value.items()}
    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    return value


def _decode(kind: Any, value: Any) -> Any:
    """``value`` from JSON as an instance of the type ``kind`` (a dataclass, tuple, date ...)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _decode(hints[f.name], value[f.name]) for f in fields(kind)})
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _decode(next(a for a in args if a is not type(None)), value)
    if origin is tuple:
        return tuple(_decode(args[0], item) for item in value)
    if origin is dict:
        return dict(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value  # str, int, bool and Literal values are as JSON has them


# -- files ----------------------------------------------------------------------------------------
def check_folder(folder: Path) -> Path:
    """The folder the report goes into, if it exists and can be written to."""
    folder = folder.expanduser()
    if not folder.is_dir():
        raise StorageError(
            translate("access", "The folder {folder} does not exist; nothing was written.").format(
                folder=folder
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            translate(
                "access", "peerdesk cannot write into the folder {folder}; nothing was written."
            ).format(folder=folder)
        )
    return folder


def report_paths(folder: Path, made_on: dt.date) -> tuple[Path, Path]:
    """New file names for the PDF and the JSON: the date and a short random part, never the
    person's name (files sit in folders and print queues where others can see their names)."""
    while True:
        stem = f"access-report-{made_on.isoformat()}-{secrets.token_hex(3)}"
        pdf, data = folder / f"{stem}.pdf", folder / f"{stem}.json"
        if not pdf.exists() and not data.exists():
            return pdf, data
