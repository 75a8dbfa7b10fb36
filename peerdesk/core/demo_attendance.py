"""Made-up attendance for the demo: irregular regulars, occasional visitors, apologies,
anonymous headcounts and seasonal dips. Part of ``core.demo``; deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from peerdesk.core.models import (
    ATTENDANCE_APOLOGIES,
    ATTENDANCE_PRESENT,
    MEETING_SCHEDULED,
    Attendance,
    Group,
    Meeting,
    Person,
    utcnow,
)

# Fewer people come in August (holidays) and December (the festive season).
SEASON = {8: 0.7, 12: 0.75, 1: 0.85}


def add_attendance(
    session: Session,
    rng: random.Random,
    today: dt.date,
    *,
    regulars: int,
    occasionals: int,
) -> int:
    """Fill the register of every session held before ``today``; returns the rows added."""
    people = list(
        session.scalars(select(Person.id).where(Person.archived_at.is_(None)).order_by(Person.id))
    )
    groups = session.execute(select(Group.id, Group.headcount_only).order_by(Group.id)).all()
    meetings: dict[int, list[tuple[int, dt.date]]] = defaultdict(list)
    for meeting_id, group_id, day in session.execute(
        select(Meeting.id, Meeting.group_id, Meeting.date)
        .where(Meeting.date < today, Meeting.status == MEETING_SCHEDULED)
        .order_by(Meeting.date)
    ):
        meetings[group_id].append((meeting_id, day))

    rows: list[dict[str, object]] = []
    headcounts: list[dict[str, int]] = []
    now = utcnow()
    for group_id, headcount_only in groups:
        if headcount_only:
            for meeting_id, day in meetings[group_id]:
                count = round(rng.randint(4, 14) * SEASON.get(day.month, 1.0))
                headcounts.append({"meeting_id": meeting_id, "count": count})
            continue
        pool = rng.sample(people, min(len(people), regulars + occasionals))
        core, occasional = pool[:regulars], pool[regulars:]
        # Each regular has their own habit; facilitators are the steadiest regulars.
        habit = {person: rng.uniform(0.45, 0.9) for person in core}
        facilitators = sorted(core, key=lambda p: -habit[p])[:4]
        visitors = [p for p in people if p not in set(pool)]
        for meeting_id, day in meetings[group_id]:
            season = SEASON.get(day.month, 1.0)
            came: set[int] = set()
            for person in core:
                roll = rng.random()
                if roll < habit[person] * season:
                    came.add(person)
                elif roll < habit[person] * season + 0.12:
                    rows.append(_row(meeting_id, person, ATTENDANCE_APOLOGIES, False, now))
            came.update(p for p in occasional if rng.random() < 0.08 * season)
            if visitors and rng.random() < 0.3:
                came.add(rng.choice(visitors))
            leading = [p for p in facilitators if p in came][:2]
            for person in sorted(came):
                rows.append(_row(meeting_id, person, ATTENDANCE_PRESENT, person in leading, now))
            headcounts.append(
                {"meeting_id": meeting_id, "count": rng.choices((0, 1, 2, 3), (5, 3, 2, 1))[0]}
            )
    if rows:
        session.execute(insert(Attendance), rows)
    for batch in _chunks(headcounts, 5000):
        session.execute(
            update(Meeting),
            [{"id": h["meeting_id"], "anonymous_count": h["count"]} for h in batch],
        )
    return len(rows)


def _row(
    meeting_id: int, person_id: int, status: str, facilitator: bool, now: dt.datetime
) -> dict[str, object]:
    return {
        "meeting_id": meeting_id,
        "person_id": person_id,
        "status": status,
        "is_facilitator": facilitator,
        "recorded_at": now,
    }


def _chunks(items: list[dict[str, int]], size: int) -> list[list[dict[str, int]]]:
    return [items[start : start + size] for start in range(0, len(items), size)]
