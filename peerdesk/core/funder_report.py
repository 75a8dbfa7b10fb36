"""The funder report: what the groups did in a period, in numbers that identify nobody.

Figures (for sessions held, that is scheduled sessions dated in the period up to today):

- sessions held, and sessions cancelled in the period;
- attendances: named, anonymous (the headcount of people not named) and their total;
- unique people: named people who came at least once; new people: named people whose first
  visit to any of the chosen groups falls in the period; returning people: the others;
- average attendance per session held;
- facilitator hours: for each session held, its length times the facilitators on the rota.

Every count about people goes through :mod:`peerdesk.core.suppression` before it leaves this
module, per group and per month as well as in total. Plain data; ``peerdesk.printing`` prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import (
    ATTENDANCE_PRESENT,
    MEETING_CANCELLED,
    MEETING_SCHEDULED,
    Attendance,
    Group,
    Meeting,
    RotaAssignment,
)
from peerdesk.core.rota_explain import day_words
from peerdesk.core.storage import Store
from peerdesk.core.suppression import DEFAULT_THRESHOLD, Addition, Cell, suppress
from peerdesk.core.text import listed, translate


@dataclass(frozen=True)
class Figure:
    """One number as printed: its value is only for charts when it is not hidden."""

    label: str
    cell: Cell
    text: str


@dataclass(frozen=True)
class GroupLine:
    group_name: str
    sessions_held: int
    sessions_cancelled: int
    attendances: Figure
    unique_people: Figure
    new_people: Figure


@dataclass(frozen=True)
class MonthLine:
    month: dt.date
    """The first day of the month."""
    sessions_held: int
    attendances: Figure


@dataclass(frozen=True)
class FunderReport:
    date_from: dt.date
    date_to: dt.date
    group_names: tuple[str, ...]
    threshold: int
    sessions_held: int
    sessions_cancelled: int
    named_attendances: Figure
    anonymous_attendances: Figure
    total_attendances: Figure
    unique_people: Figure
    new_people: Figure
    returning_people: Figure
    average_per_session: str
    """One decimal, or "not shown" when the total attendances are hidden."""
    facilitator_hours: float
    groups: tuple[GroupLine, ...]
    months: tuple[MonthLine, ...]
    hidden_any: bool

    @property
    def title(self) -> str:
        return listed(self.group_names)


@dataclass(frozen=True)
class _Counts:
    held: int
    cancelled: int
    named: int
    anonymous: int
    unique: int
    new: int


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def funder_report(
    store: Store,
    group_ids: Sequence[int],
    date_from: dt.date,
    date_to: dt.date,
    *,
    today: dt.date,
    threshold: int = DEFAULT_THRESHOLD,
) -> FunderReport:
    if date_to < date_from:
        raise ValidationError(
            translate(
                "funder_report", "The period ends ({date_to}) before it starts ({date_from})."
            ).format(date_to=day_words(date_to), date_from=day_words(date_from))
        )
    if not group_ids:
        raise ValidationError(
            translate("funder_report", "Choose at least one group for the report.")
        )
    if not 1 <= threshold <= 100:
        raise ValidationError(
            translate("funder_report", "Hide numbers below a threshold from 1 to 100.")
        )
    wanted = sorted(set(group_ids))
    last_held = min(date_to, today)
    with store.reading() as session:
        names = {
            group_id: name
            for group_id, name in session.execute(
                select(Group.id, Group.name).where(Group.id.in_(wanted)).order_by(Group.name)
            )
        }
        if len(names) != len(wanted):
            raise ValidationError(
                translate("funder_report", "One of the groups chosen no longer exists.")
            )
        held = session.execute(
            select(
                Meeting.id,
                Meeting.group_id,
                Meeting.date,
                Meeting.duration_minutes,
                Meeting.anonymous_count,
            ).where(
                Meeting.group_id.in_(wanted),
                Meeting.status == MEETING_SCHEDULED,
                Meeting.date >= date_from,
                Meeting.date <= last_held,
            )
        ).all()
        cancelled = dict(
            (group_id, count)
            for group_id, count in session.execute(
                select(Meeting.group_id, func.count())
                .where(
                    Meeting.group_id.in_(wanted),
                    Meeting.status == MEETING_CANCELLED,
                    Meeting.date >= date_from,
                    Meeting.date <= date_to,
                )
                .group_by(Meeting.group_id)
            )
        )
        held_ids = [m.id for m in held]
        visits = session.execute(
            select(Attendance.meeting_id, Attendance.person_id).where(
                Attendance.meeting_id.in_(held_ids), Attendance.status == ATTENDANCE_PRESENT
            )
        ).all()
        # First visit of each person to any chosen group, over all time.
        first = {
            person_id: day
            for person_id, day in session.execute(
                select(Attendance.person_id, func.min(Meeting.date))
                .join(Meeting, Meeting.id == Attendance.meeting_id)
                .where(
                    Meeting.group_id.in_(wanted),
                    Meeting.status == MEETING_SCHEDULED,
                    Attendance.status == ATTENDANCE_PRESENT,
                )
                .group_by(Attendance.person_id)
            )
        }
        first_in_group = {
            (group_id, person_id): day
            for group_id, person_id, day in session.execute(
                select(Meeting.group_id, Attendance.person_id, func.min(Meeting.date))
                .join(Meeting, Meeting.id == Attendance.meeting_id)
                .where(
                    Meeting.group_id.in_(wanted),
                    Meeting.status == MEETING_SCHEDULED,
                    Attendance.status == ATTENDANCE_PRESENT,
                )
                .group_by(Meeting.group_id, Attendance.person_id)
            )
        }
        facilitators = {
            meeting_id: count
            for meeting_id, count in session.execute(
                select(RotaAssignment.meeting_id, func.count())
                .where(RotaAssignment.meeting_id.in_(held_ids))
                .group_by(RotaAssignment.meeting_id)
            )
        }

    meeting_group = {m.id: m.group_id for m in held}
    meeting_month = {m.id: _month(m.date) for m in held}
    people_by_group: dict[int, set[int]] = {g: set() for g in wanted}
    named_by_group = dict.fromkeys(wanted, 0)
    named_by_month: dict[dt.date, int] = {}
    everyone: set[int] = set()
    for meeting_id, person_id in visits:
        group_id = meeting_group[meeting_id]
        people_by_group[group_id].add(person_id)
        named_by_group[group_id] += 1
        month = meeting_month[meeting_id]
        named_by_month[month] = named_by_month.get(month, 0) + 1
        everyone.add(person_id)

    def new_in_range(day: dt.date | None) -> bool:
        return day is not None and date_from <= day <= date_to

    per_group = {
        g: _Counts(
            held=sum(1 for m in held if m.group_id == g),
            cancelled=cancelled.get(g, 0),
            named=named_by_group[g],
            anonymous=sum(m.anonymous_count for m in held if m.group_id == g),
            unique=len(people_by_group[g]),
            new=sum(1 for p in people_by_group[g] if new_in_range(first_in_group.get((g, p)))),
        )
        for g in wanted
    }
    months: dict[dt.date, list[int]] = {}  # month -> [sessions, attendances]
    for m in held:
        line = months.setdefault(_month(m.date), [0, 0])
        line[0] += 1
        line[1] += m.anonymous_count
    for month, named in named_by_month.items():
        months[month][1] += named

    named = sum(c.named for c in per_group.values())
    anonymous = sum(c.anonymous for c in per_group.values())
    new = sum(1 for p in everyone if new_in_range(first.get(p)))
    values = {
        "named": named,
        "anonymous": anonymous,
        "total": named + anonymous,
        "unique": len(everyone),
        "new": new,
        "returning": len(everyone) - new,
    }
    additions = [
        Addition("total", ("named", "anonymous")),
        Addition("unique", ("new", "returning")),
    ]
    for g, counts in per_group.items():
        values[f"group {g} attendances"] = counts.named + counts.anonymous
        values[f"group {g} unique"] = counts.unique
        values[f"group {g} new"] = counts.new
        # Not printed, but unique - new would give it away: it is protected like the others.
        values[f"group {g} returning"] = counts.unique - counts.new
        additions.append(Addition(f"group {g} unique", (f"group {g} new", f"group {g} returning")))
    if len(wanted) > 1:
        additions.append(Addition("total", tuple(f"group {g} attendances" for g in wanted)))
    for month, (_, attendances) in months.items():
        values[f"month {month.isoformat()}"] = attendances
    if months:
        additions.append(Addition("total", tuple(f"month {m.isoformat()}" for m in sorted(months))))
    cells = suppress(values, additions, threshold=threshold)

    def figure(key: str, label: str) -> Figure:
        return Figure(label, cells[key], cells[key].text(threshold))

    total = cells["total"]
    average = (
        translate("funder_report", "not shown")
        if total.hidden
        else (
            f"{total.value / len(held):.1f}"
            if held
            else translate("funder_report", "no sessions held")
        )
    )
    hours = sum(m.duration_minutes / 60 * facilitators.get(m.id, 0) for m in held)
    return FunderReport(
        date_from=date_from,
        date_to=date_to,
        group_names=tuple(names[g] for g in sorted(wanted, key=lambda g: names[g])),
        threshold=threshold,
        sessions_held=len(held),
        sessions_cancelled=sum(cancelled.values()),
        named_attendances=figure("named", translate("funder_report", "Named attendances")),
        anonymous_attendances=figure(
            "anonymous", translate("funder_report", "Anonymous attendances (headcount)")
        ),
        total_attendances=figure("total", translate("funder_report", "Total attendances")),
        unique_people=figure("unique", translate("funder_report", "Different people (named)")),
        new_people=figure("new", translate("funder_report", "New people")),
        returning_people=figure("returning", translate("funder_report", "Returning people")),
        average_per_session=average,
        facilitator_hours=round(hours, 1),
        groups=tuple(
            GroupLine(
                names[g],
                per_group[g].held,
                per_group[g].cancelled,
                figure(f"group {g} attendances", translate("funder_report", "Attendances")),
                figure(f"group {g} unique", translate("funder_report", "Different people")),
                figure(f"group {g} new", translate("funder_report", "New people")),
            )
            for g in sorted(wanted, key=lambda g: names[g])
        ),
        months=tuple(
            MonthLine(
                month,
                months[month][0],
                figure(f"month {month.isoformat()}", translate("funder_report", "Attendances")),
            )
            for month in sorted(months)
        ),
        hidden_any=any(c.hidden for c in cells.values()),
    )


def groups_active_in(store: Store, date_from: dt.date, date_to: dt.date) -> list[int]:
    """The groups with any session (held or cancelled) in the period, archived ones included."""
    with store.reading() as session:
        return list(
            session.scalars(
                select(Meeting.group_id)
                .where(Meeting.date >= date_from, Meeting.date <= date_to)
                .distinct()
                .order_by(Meeting.group_id)
            )
        )
