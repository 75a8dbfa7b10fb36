"""Sessions (``Meeting`` rows): generated from each group's schedule, cancelled, moved or added.

Sessions are stored, not computed on the fly, because attendance, the rota and packs hang off
them. Generation is idempotent (one row per schedule occurrence), and changing a schedule never
deletes a session that was changed by hand or already has records: those are kept and reported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, delete, func, select, true
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.day_names import short_date_words
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import (
    MEETING_CANCELLED,
    MEETING_SCHEDULED,
    Base,
    Group,
    Meeting,
    Venue,
)
from peerdesk.core.recurrence import occurrences
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

# How far ahead sessions are created, so that rotas and packs can be prepared in advance.
HORIZON_DAYS = 366


@dataclass(frozen=True)
class MeetingRow:
    id: int
    group_id: int
    group_name: str
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    venue_id: int | None
    venue_name: str
    status: str
    cancel_reason: str
    note: str
    is_one_off: bool
    is_moved: bool

    @property
    def is_cancelled(self) -> bool:
        return self.status == MEETING_CANCELLED

    @property
    def end_time(self) -> dt.time:
        start = dt.datetime.combine(self.date, self.start_time)
        return (start + dt.timedelta(minutes=self.duration_minutes)).time()

    @property
    def status_text(self) -> str:
        if self.is_cancelled:
            return translate("schedule", "Cancelled: {reason}").format(reason=self.cancel_reason)
        if self.is_one_off:
            if self.note:
                return translate("schedule", "Extra session: {note}").format(note=self.note)
            return translate("schedule", "Extra session")
        if self.is_moved:
            if self.note:
                return translate("schedule", "Moved: {note}").format(note=self.note)
            return translate("schedule", "Moved")
        return translate("schedule", "As usual")


@dataclass
class ScheduleChange:
    """What regenerating a group's sessions did, so the screen can say so."""

    added: int = 0
    removed: int = 0
    updated: int = 0
    kept: list[dt.date] = field(default_factory=list)

    def summary(self) -> str:
        # Whole sentences; the kept dates are a list filled in.
        if not self.kept:
            return translate("schedule", "{added} sessions added; {removed} removed.").format(
                added=self.added, removed=self.removed
            )
        dates = ", ".join(short_date_words(day) for day in self.kept[:5])
        if len(self.kept) > 5:
            kept = translate(
                "schedule",
                "{added} sessions added; {removed} removed; {count} kept because they were "
                "changed by hand or already have records ({dates} and {more} more).",
            )
        else:
            kept = translate(
                "schedule",
                "{added} sessions added; {removed} removed; {count} kept because they were "
                "changed by hand or already have records ({dates}).",
            )
        return kept.format(
            added=self.added,
            removed=self.removed,
            count=len(self.kept),
            dates=dates,
            more=len(self.kept) - 5,
        )


def sync_group_meetings(
    session: Session, group: Group, *, effective_from: dt.date, until: dt.date
) -> ScheduleChange:
    """Make the group's sessions from ``effective_from`` on match its schedule.

    Sessions before ``effective_from`` are history and stay as they are.
    """
    change = ScheduleChange()
    wanted = set(occurrences(group.rrule, group.start_date, group.end_date, effective_from, until))
    existing = session.scalars(
        select(Meeting).where(
            Meeting.group_id == group.id,
            Meeting.scheduled_date.is_not(None),
            Meeting.scheduled_date >= effective_from,
        )
    ).all()
    with_records = meetings_with_records(session, [m.id for m in existing])
    present: set[dt.date] = set()
    for meeting in existing:
        assert meeting.scheduled_date is not None
        present.add(meeting.scheduled_date)
        if meeting.changed_by_hand:
            if meeting.scheduled_date not in wanted:
                change.kept.append(meeting.date)
            continue
        if meeting.scheduled_date in wanted:
            if (meeting.start_time, meeting.duration_minutes, meeting.venue_id) != (
                group.start_time,
                group.duration_minutes,
                group.default_venue_id,
            ):
                meeting.start_time = group.start_time
                meeting.duration_minutes = group.duration_minutes
                meeting.venue_id = group.default_venue_id
                change.updated += 1
        elif meeting.id in with_records:
            change.kept.append(meeting.date)
        else:
            session.delete(meeting)
            change.removed += 1
    for day in sorted(wanted - present):
        session.add(regular_meeting(group, day))
        change.added += 1
    change.kept.sort()
    session.flush()
    return change


def extend_schedules(store: Store, until: dt.date) -> int:
    """Create the sessions of every active group up to ``until``; returns how many were added."""
    added = 0
    with store.transaction() as session:
        latest = dict(
            session.execute(
                select(Meeting.group_id, func.max(Meeting.scheduled_date)).group_by(
                    Meeting.group_id
                )
            ).all()
        )
        groups = session.scalars(select(Group).where(Group.archived_at.is_(None))).all()
        for group in groups:
            last = latest.get(group.id)
            window_from = last + dt.timedelta(days=1) if last else group.start_date
            for day in occurrences(
                group.rrule, group.start_date, group.end_date, window_from, until
            ):
                session.add(regular_meeting(group, day))
                added += 1
    return added


def meetings_with_records(session: Session, meeting_ids: list[int]) -> set[int]:
    """Ids of sessions that other tables (attendance, rota ...) refer to.

    Found from the schema itself, so a capability that adds a table pointing at sessions is
    protected without changing this function.
    """
    if not meeting_ids:
        return set()
    found: set[int] = set()
    meetings_id = Meeting.__table__.c.id
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column is meetings_id:
                found.update(
                    session.scalars(select(fk.parent).where(fk.parent.in_(meeting_ids)).distinct())
                )
    return found


def regular_meeting(group: Group, day: dt.date) -> Meeting:
    """A new session for one occurrence of the group's schedule, with its usual time and place."""
    return Meeting(
        group_id=group.id,
        scheduled_date=day,
        date=day,
        start_time=group.start_time,
        duration_minutes=group.duration_minutes,
        venue_id=group.default_venue_id,
        status=MEETING_SCHEDULED,
        note="",
        changed_by_hand=False,
    )


def _rows_query() -> Select[Meeting, str, str]:
    return (
        select(Meeting, Group.name, Venue.name)
        .join(Group, Meeting.group_id == Group.id)
        .outerjoin(Venue, Meeting.venue_id == Venue.id)
    )


def _row(meeting: Meeting, group_name: str, venue_name: str | None) -> MeetingRow:
    moved = meeting.changed_by_hand and meeting.scheduled_date is not None
    return MeetingRow(
        id=meeting.id,
        group_id=meeting.group_id,
        group_name=group_name,
        date=meeting.date,
        start_time=meeting.start_time,
        duration_minutes=meeting.duration_minutes,
        venue_id=meeting.venue_id,
        venue_name=venue_name or "",
        status=meeting.status,
        cancel_reason=meeting.cancel_reason or "",
        note=meeting.note,
        is_one_off=meeting.scheduled_date is None,
        is_moved=moved and meeting.status == MEETING_SCHEDULED,
    )


def list_meetings(
    store: Store,
    *,
    group_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    include_cancelled: bool = True,
    include_archived_groups: bool = False,
    limit: int | None = None,
) -> list[MeetingRow]:
    """Sessions in date order, optionally for one group and a date range (inclusive)."""
    query = _rows_query()
    conditions = []
    if group_id is not None:
        conditions.append(Meeting.group_id == group_id)
    if date_from is not None:
        conditions.append(Meeting.date >= date_from)
    if date_to is not None:
        conditions.append(Meeting.date <= date_to)
    if not include_cancelled:
        conditions.append(Meeting.status == MEETING_SCHEDULED)
    if not include_archived_groups:
        conditions.append(Group.archived_at.is_(None))
    if conditions:
        query = query.where(and_(*conditions))
    query = query.order_by(Meeting.date, Meeting.start_time, Group.name)
    if limit is not None:
        query = query.limit(limit)
    with store.reading() as session:
        return [_row(m, g, v) for m, g, v in session.execute(query)]


def upcoming_meetings(store: Store, today: dt.date, *, days: int = 28) -> list[MeetingRow]:
    """The home page list: every group's sessions from today for ``days`` days.

    A group that meets less often still shows its next session, even beyond the window.
    """
    window_end = today + dt.timedelta(days=days - 1)
    rows = list_meetings(store, date_from=today, date_to=window_end)
    shown = {row.group_id for row in rows}
    with store.reading() as session:
        later = session.execute(
            select(Meeting.group_id, func.min(Meeting.date))
            .join(Group, Meeting.group_id == Group.id)
            .where(
                Meeting.date > window_end,
                Group.archived_at.is_(None),
                Meeting.status == MEETING_SCHEDULED,
                Meeting.group_id.not_in(shown) if shown else true(),
            )
            .group_by(Meeting.group_id)
        ).all()
        extra: list[MeetingRow] = []
        for group_id, day in later:
            extra.extend(
                _row(m, g, v)
                for m, g, v in session.execute(
                    _rows_query().where(Meeting.group_id == group_id, Meeting.date == day)
                )
            )
    return sorted(rows + extra, key=lambda r: (r.date, r.start_time, r.group_name))


def get_meeting(store: Store, meeting_id: int) -> MeetingRow:
    with store.reading() as session:
        found = session.execute(_rows_query().where(Meeting.id == meeting_id)).first()
        if found is None:
            raise NotFoundError(translate("schedule", "That session no longer exists."))
        meeting, group_name, venue_name = found
        return _row(meeting, group_name, venue_name)


def _load(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("schedule", "That session no longer exists."))
    return meeting


def cancel_meeting(store: Store, meeting_id: int, reason: str) -> MeetingRow:
    cleaned = validation.required_text(
        reason,
        500,
        translate("schedule", "Please enter a reason for cancelling."),
        translate("schedule", "A reason for cancelling can be at most {max_length} characters."),
    )
    with store.transaction() as session:
        meeting = _load(session, meeting_id)
        meeting.status = MEETING_CANCELLED
        meeting.cancel_reason = cleaned
        meeting.changed_by_hand = True
    return get_meeting(store, meeting_id)


def restore_meeting(store: Store, meeting_id: int) -> MeetingRow:
    """Undo a cancellation."""
    with store.transaction() as session:
        meeting = _load(session, meeting_id)
        meeting.status = MEETING_SCHEDULED
        meeting.cancel_reason = None
        group = meeting.group
        meeting.changed_by_hand = meeting.scheduled_date is None or (
            meeting.date,
            meeting.start_time,
            meeting.venue_id,
        ) != (meeting.scheduled_date, group.start_time, group.default_venue_id)
    return get_meeting(store, meeting_id)


def move_meeting(
    store: Store,
    meeting_id: int,
    *,
    date: dt.date,
    start_time: dt.time,
    venue_id: int | None,
    note: str = "",
) -> MeetingRow:
    """Move one session to another date, time or venue (the schedule is unchanged)."""
    cleaned_note = validation.optional_text(
        note, 500, translate("schedule", "The note can be at most {max_length} characters.")
    )
    with store.transaction() as session:
        meeting = _load(session, meeting_id)
        if venue_id is not None and session.get(Venue, venue_id) is None:
            raise NotFoundError(translate("schedule", "That venue no longer exists."))
        meeting.date = date
        meeting.start_time = start_time
        meeting.venue_id = venue_id
        meeting.note = cleaned_note
        meeting.changed_by_hand = True
    return get_meeting(store, meeting_id)


def add_one_off(
    store: Store,
    group_id: int,
    *,
    date: dt.date,
    start_time: dt.time | None = None,
    duration_minutes: int | None = None,
    venue_id: int | None = None,
    note: str = "",
) -> MeetingRow:
    """An extra session outside the schedule; time, length and venue default to the group's."""
    cleaned_note = validation.optional_text(
        note, 500, translate("schedule", "The note can be at most {max_length} characters.")
    )
    with store.transaction() as session:
        group = session.get(Group, group_id)
        if group is None:
            raise NotFoundError(translate("schedule", "That group no longer exists."))
        if group.archived_at is not None:
            raise ValidationError(
                translate(
                    "schedule", "{name} is archived; restore it before adding sessions."
                ).format(name=group.name)
            )
        duplicate = session.scalar(
            select(Meeting.id).where(
                Meeting.group_id == group_id,
                Meeting.date == date,
                Meeting.start_time == (start_time or group.start_time),
                Meeting.status == MEETING_SCHEDULED,
            )
        )
        if duplicate is not None:
            raise ValidationError(
                translate("schedule", "{name} already has a session at that date and time.").format(
                    name=group.name
                )
            )
        meeting = Meeting(
            group_id=group_id,
            scheduled_date=None,
            date=date,
            start_time=start_time or group.start_time,
            duration_minutes=validation.duration(duration_minutes or group.duration_minutes),
            venue_id=venue_id if venue_id is not None else group.default_venue_id,
            status=MEETING_SCHEDULED,
            note=cleaned_note,
            changed_by_hand=True,
        )
        session.add(meeting)
        session.flush()
        new_id = meeting.id
    return get_meeting(store, new_id)


def delete_one_off(store: Store, meeting_id: int) -> None:
    """Remove an extra session added by mistake, unless it already has records."""
    with store.transaction() as session:
        meeting = _load(session, meeting_id)
        if meeting.scheduled_date is not None:
            raise ValidationError(
                translate(
                    "schedule", "Only extra sessions can be removed; cancel this one instead."
                )
            )
        if meetings_with_records(session, [meeting.id]):
            raise ValidationError(
                translate("schedule", "This session already has records, so it cannot be removed.")
            )
        session.execute(delete(Meeting).where(Meeting.id == meeting_id))
