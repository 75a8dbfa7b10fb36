"""Groups: each with a recurring schedule, a default venue and time, and a description."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import MEETING_SCHEDULED, Group, Meeting, Venue, utcnow
from peerdesk.core.recurrence import describe_rule, validate_rule
from peerdesk.core.schedule import HORIZON_DAYS, ScheduleChange, sync_group_meetings
from peerdesk.core.storage import Store
from peerdesk.core.text import translate


@dataclass(frozen=True)
class GroupInput:
    name: str
    rrule: str
    start_date: dt.date
    start_time: dt.time
    duration_minutes: int = 120
    end_date: dt.date | None = None
    default_venue_id: int | None = None
    description: str = ""
    headcount_only: bool = False


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    description: str
    rrule: str
    schedule_text: str
    start_date: dt.date
    end_date: dt.date | None
    start_time: dt.time
    duration_minutes: int
    default_venue_id: int | None
    venue_name: str
    archived: bool
    next_session: dt.date | None
    headcount_only: bool = False

    def as_input(self) -> GroupInput:
        return GroupInput(
            name=self.name,
            rrule=self.rrule,
            start_date=self.start_date,
            start_time=self.start_time,
            duration_minutes=self.duration_minutes,
            end_date=self.end_date,
            default_venue_id=self.default_venue_id,
            description=self.description,
            headcount_only=self.headcount_only,
        )


@dataclass(frozen=True)
class GroupSaved:
    group: GroupRow
    change: ScheduleChange


def _clean(data: GroupInput) -> GroupInput:
    validation.date_range(data.start_date, data.end_date)
    return GroupInput(
        name=validation.required_text(
            data.name,
            120,
            translate("groups", "Please enter a name for the group."),
            translate("groups", "A name for the group can be at most {max_length} characters."),
        ),
        rrule=validate_rule(data.rrule),
        start_date=data.start_date,
        start_time=data.start_time.replace(second=0, microsecond=0),
        duration_minutes=validation.duration(data.duration_minutes),
        end_date=data.end_date,
        default_venue_id=data.default_venue_id,
        description=validation.optional_text(
            data.description,
            4000,
            translate("groups", "The description can be at most {max_length} characters."),
        ),
        headcount_only=data.headcount_only,
    )


def _check(session: Session, data: GroupInput, exclude_id: int | None = None) -> None:
    query = select(Group.id).where(func.lower(Group.name) == data.name.lower())
    if exclude_id is not None:
        query = query.where(Group.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            translate("groups", "There is already a group called “{name}”.").format(name=data.name)
        )
    if data.default_venue_id is not None and session.get(Venue, data.default_venue_id) is None:
        raise NotFoundError(translate("groups", "That venue no longer exists."))


def create_group(store: Store, data: GroupInput, *, today: dt.date) -> GroupSaved:
    """Create a group and its sessions up to a year ahead."""
    clean = _clean(data)
    with store.transaction() as session:
        _check(session, clean)
        group = Group(**clean.__dict__)
        session.add(group)
        session.flush()
        change = sync_group_meetings(
            session,
            group,
            effective_from=clean.start_date,
            until=today + dt.timedelta(days=HORIZON_DAYS),
        )
        new_id = group.id
    return GroupSaved(get_group(store, new_id, today=today), change)


def update_group(store: Store, group_id: int, data: GroupInput, *, today: dt.date) -> GroupSaved:
    """Save changes; sessions from today on follow the new schedule.

    Past sessions are history and stay. Future sessions changed by hand or with records are
    kept even if the new schedule no longer has them; the result says which.
    """
    clean = _clean(data)
    with store.transaction() as session:
        group = session.get(Group, group_id)
        if group is None:
            raise NotFoundError(translate("groups", "That group no longer exists."))
        _check(session, clean, exclude_id=group_id)
        for key, value in clean.__dict__.items():
            setattr(group, key, value)
        session.flush()
        change = ScheduleChange()
        if group.archived_at is None:
            change = sync_group_meetings(
                session,
                group,
                effective_from=today,
                until=today + dt.timedelta(days=HORIZON_DAYS),
            )
    return GroupSaved(get_group(store, group_id, today=today), change)


def set_group_archived(store: Store, group_id: int, archived: bool, *, today: dt.date) -> GroupRow:
    """Archive (hide, keeping every record) or bring back a group."""
    with store.transaction() as session:
        group = session.get(Group, group_id)
        if group is None:
            raise NotFoundError(translate("groups", "That group no longer exists."))
        group.archived_at = utcnow() if archived else None
        if not archived:
            session.flush()
            sync_group_meetings(
                session, group, effective_from=today, until=today + dt.timedelta(days=HORIZON_DAYS)
            )
    return get_group(store, group_id, today=today)


def _next_sessions(session: Session, today: dt.date) -> dict[int, dt.date]:
    return dict(
        session.execute(
            select(Meeting.group_id, func.min(Meeting.date))
            .where(Meeting.date >= today, Meeting.status == MEETING_SCHEDULED)
            .group_by(Meeting.group_id)
        ).all()
    )


def _row(group: Group, venue_name: str | None, next_session: dt.date | None) -> GroupRow:
    return GroupRow(
        id=group.id,
        name=group.name,
        description=group.description,
        rrule=group.rrule,
        schedule_text=describe_rule(group.rrule),
        start_date=group.start_date,
        end_date=group.end_date,
        start_time=group.start_time,
        duration_minutes=group.duration_minutes,
        default_venue_id=group.default_venue_id,
        venue_name=venue_name or "",
        archived=group.archived_at is not None,
        next_session=next_session,
        headcount_only=group.headcount_only,
    )


def list_groups(store: Store, *, today: dt.date, include_archived: bool = False) -> list[GroupRow]:
    query = select(Group, Venue.name).outerjoin(Venue, Group.default_venue_id == Venue.id)
    if not include_archived:
        query = query.where(Group.archived_at.is_(None))
    query = query.order_by(func.lower(Group.name))
    with store.reading() as session:
        upcoming = _next_sessions(session, today)
        return [_row(g, v, upcoming.get(g.id)) for g, v in session.execute(query)]


def get_group(store: Store, group_id: int, *, today: dt.date) -> GroupRow:
    with store.reading() as session:
        found = session.execute(
            select(Group, Venue.name)
            .outerjoin(Venue, Group.default_venue_id == Venue.id)
            .where(Group.id == group_id)
        ).first()
        if found is None:
            raise NotFoundError(translate("groups", "That group no longer exists."))
        upcoming = _next_sessions(session, today)
        return _row(found[0], found[1], upcoming.get(group_id))


def find_group(store: Store, name: str, *, today: dt.date) -> GroupRow:
    """A group by its name, ignoring case (for the command line)."""
    with store.reading() as session:
        group_id = session.scalar(
            select(Group.id).where(func.lower(Group.name) == name.strip().lower())
        )
    if group_id is None:
        raise NotFoundError(
            translate("groups", "There is no group called “{name}”.").format(name=name)
        )
    return get_group(store, group_id, today=today)
