"""Attendance figures for a group, computed by SQL aggregates.

Every figure keeps named and anonymous attendance apart and says which is which: anonymous
people can be counted per session, but never followed from one session to the next, so "unique
people", "new" and "came back" count named people only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import extract, func, select
from sqlalchemy.orm import aliased

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import (
    ATTENDANCE_PRESENT,
    MEETING_SCHEDULED,
    Attendance,
    Meeting,
)
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

CAME_BACK_DAYS = 28


@dataclass(frozen=True)
class SessionFigures:
    meeting_id: int
    date: dt.date
    named: int
    anonymous: int

    @property
    def total(self) -> int:
        return self.named + self.anonymous


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # the first day of the month
    sessions: int
    named_attendances: int
    anonymous_attendances: int
    unique_people: int  # named people only
    new_people: int  # named people whose first visit to the group was this month
    returning_people: int  # named people who had come before this month

    @property
    def total_attendances(self) -> int:
        return self.named_attendances + self.anonymous_attendances


@dataclass(frozen=True)
class GroupFigures:
    months: list[MonthFigures]
    sessions: list[SessionFigures]
    unique_people: int
    first_visits: int  # named people whose first visit falls in the range
    came_back_within_four_weeks: int  # of those first-time visitors

    @property
    def named_attendances(self) -> int:
        return sum(m.named_attendances for m in self.months)

    @property
    def anonymous_attendances(self) -> int:
        return sum(m.anonymous_attendances for m in self.months)


def group_figures(
    store: Store,
    group_id: int,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> GroupFigures:
    if date_from and date_to and date_to < date_from:
        raise ValidationError(translate("figures", "The end of the period is before its start."))
    start = date_from or dt.date.min
    end = date_to or dt.date.max
    held = (
        Meeting.group_id == group_id,
        Meeting.status == MEETING_SCHEDULED,
        Meeting.date >= start,
        Meeting.date <= end,
    )
    present = Attendance.status == ATTENDANCE_PRESENT
    year = extract("year", Meeting.date)
    month = extract("month", Meeting.date)
    with store.reading() as session:
        # Per session: named count and the anonymous headcount.
        named_per_session = (
            select(Attendance.meeting_id, func.count().label("named"))
            .where(present)
            .group_by(Attendance.meeting_id)
            .subquery()
        )
        session_rows = session.execute(
            select(
                Meeting.id,
                Meeting.date,
                func.coalesce(named_per_session.c.named, 0),
                Meeting.anonymous_count,
            )
            .outerjoin(named_per_session, named_per_session.c.meeting_id == Meeting.id)
            .where(*held)
            .order_by(Meeting.date)
        ).all()

        # First visit of each named person to this group (over all time, not just the range).
        first_visit = (
            select(Attendance.person_id, func.min(Meeting.date).label("first_date"))
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Meeting.group_id == group_id, Meeting.status == MEETING_SCHEDULED, present)
            .group_by(Attendance.person_id)
            .subquery()
        )
        per_month = session.execute(
            select(
                year,
                month,
                func.count(func.distinct(Meeting.id)),
                func.count(Attendance.id),
                func.count(func.distinct(Attendance.person_id)),
            )
            .select_from(Meeting)
            .outerjoin(Attendance, (Attendance.meeting_id == Meeting.id) & present)
            .where(*held)
            .group_by(year, month)
        ).all()
        anonymous = dict(
            ((int(y), int(m)), int(total or 0))
            for y, m, total in session.execute(
                select(year, month, func.sum(Meeting.anonymous_count))
                .where(*held)
                .group_by(year, month)
            )
        )
        first_year = extract("year", first_visit.c.first_date)
        first_month = extract("month", first_visit.c.first_date)
        new_by_month = dict(
            ((int(y), int(m)), int(n))
            for y, m, n in session.execute(
                select(first_year, first_month, func.count())
                .where(first_visit.c.first_date >= start, first_visit.c.first_date <= end)
                .group_by(first_year, first_month)
            )
        )
        unique_people = int(
            session.scalar(
                select(func.count(func.distinct(Attendance.person_id)))
                .join(Meeting, Attendance.meeting_id == Meeting.id)
                .where(*held, present)
            )
            or 0
        )
        # For each first-time visitor in the range: the date of their next visit, if any.
        later = aliased(Meeting)
        second_visit = (
            select(func.min(later.date))
            .select_from(Attendance)
            .join(later, Attendance.meeting_id == later.id)
            .where(
                Attendance.person_id == first_visit.c.person_id,
                later.group_id == group_id,
                later.status == MEETING_SCHEDULED,
                later.date > first_visit.c.first_date,
                present,
            )
            .scalar_subquery()
        )
        visits = session.execute(
            select(first_visit.c.first_date, second_visit).where(
                first_visit.c.first_date >= start, first_visit.c.first_date <= end
            )
        ).all()

    months = []
    for y, m, sessions, named, unique in sorted(per_month, key=lambda r: (r[0], r[1])):
        key = (int(y), int(m))
        new = new_by_month.get(key, 0)
        months.append(
            MonthFigures(
                month=dt.date(key[0], key[1], 1),
                sessions=int(sessions),
                named_attendances=int(named),
                anonymous_attendances=anonymous.get(key, 0),
                unique_people=int(unique),
                new_people=new,
                returning_people=int(unique) - new,
            )
        )
    came_back = sum(
        1
        for first, second in visits
        if second is not None and (second - first).days <= CAME_BACK_DAYS
    )
    return GroupFigures(
        months=months,
        sessions=[SessionFigures(i, d, int(n), int(a)) for i, d, n, a in session_rows],
        unique_people=unique_people,
        first_visits=len(visits),
        came_back_within_four_weeks=came_back,
    )
