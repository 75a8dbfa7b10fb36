"""Erasing a person: removed everywhere, while the group's figures stay true.

Each session they were present at keeps one more in its anonymous headcount, so the numbers a
funder sees do not change. Their consent history goes too: the database allows that only while
the erasure is in progress (see ``ErasureInProgress``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update

from peerdesk.core import audit
from peerdesk.core.errors import NotFoundError
from peerdesk.core.models import (
    ATTENDANCE_PRESENT,
    MAX_HEADCOUNT,
    Attendance,
    ConsentEvent,
    ErasureInProgress,
    Meeting,
    Person,
)
from peerdesk.core.storage import Store
from peerdesk.core.text import translate


@dataclass(frozen=True)
class Erased:
    sessions_counted: int  # sessions where they now count as one of the unnamed


def erase_person(store: Store, person_id: int) -> Erased:
    """Remove a person and everything about them, in one transaction."""
    with store.transaction() as session:
        if session.get(Person, person_id) is None:
            raise NotFoundError(translate("erasure", "That person is no longer in the directory."))
        present_at = list(
            session.scalars(
                select(Attendance.meeting_id).where(
                    Attendance.person_id == person_id,
                    Attendance.status == ATTENDANCE_PRESENT,
                )
            )
        )
        if present_at:
            session.execute(
                update(Meeting)
                .where(Meeting.id.in_(present_at), Meeting.anonymous_count < MAX_HEADCOUNT)
                .values(anonymous_count=Meeting.anonymous_count + 1)
            )
        session.execute(delete(Attendance).where(Attendance.person_id == person_id))
        session.add(ErasureInProgress(person_id=person_id))
        session.flush()
        session.execute(delete(ConsentEvent).where(ConsentEvent.person_id == person_id))
        session.execute(delete(Person).where(Person.id == person_id))
        session.execute(delete(ErasureInProgress).where(ErasureInProgress.person_id == person_id))
        audit.record_in(
            session,
            audit.ERASURE,
            f"A person was erased; {len(present_at)} attendances kept as anonymous headcount.",
        )
    return Erased(len(present_at))
