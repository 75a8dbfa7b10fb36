"""Retention review: the people peerdesk no longer needs to keep, for the group to erase or to
ask again.

Storage limitation (UK GDPR) means keeping a person's details no longer than needed. The review
lists everyone who has not come to any session for a set time (12 months unless the group
chooses otherwise: the consent form tells people their details go twelve months after their
last visit, and the review keeps that promise), and everyone added that long ago who never
came, with what peerdesk holds on them, so that the group can erase them (their attendance stays
as anonymous counts) or, if they are still in touch, ask them to renew their consent.
Facilitators with sessions on the rota since then are not listed: they are plainly still
involved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import (
    ATTENDANCE_PRESENT,
    Attendance,
    Meeting,
    Person,
    RotaAssignment,
)
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class Dormant:
    person_id: int
    preferred_name: str
    last_seen: dt.date | None
    """The last session they came to; None if they never came."""
    added_on: dt.date
    attendances: int
    has_contact_details: bool
    archived: bool


def review(store: Store, *, today: dt.date, months: int = DEFAULT_MONTHS) -> list[Dormant]:
    """Everyone not seen for ``months`` months (longest unseen first)."""
    if not 1 <= months <= 120:
        raise ValidationError(
            translate("retention", "Review people not seen for between 1 and 120 months.")
        )
    cutoff = today - relativedelta(months=months)
    present = Attendance.status == ATTENDANCE_PRESENT
    with store.reading() as session:
        seen = {
            person_id: (last, count)
            for person_id, last, count in session.execute(
                select(Attendance.person_id, func.max(Meeting.date), func.count())
                .join(Meeting, Meeting.id == Attendance.meeting_id)
                .where(present)
                .group_by(Attendance.person_id)
            )
        }
        on_rota = set(
            session.scalars(
                select(RotaAssignment.person_id)
                .join(Meeting, Meeting.id == RotaAssignment.meeting_id)
                .where(Meeting.date > cutoff)
                .distinct()
            )
        )
        found = []
        for person in session.scalars(select(Person)):
            last, count = seen.get(person.id, (None, 0))
            added = person.created_at.date()
            recent = last > cutoff if last is not None else added > cutoff
            if recent or person.id in on_rota:
                continue
            found.append(
                Dormant(
                    person.id,
                    person.preferred_name,
                    last,
                    added,
                    count,
                    bool(person.phone or person.email),
                    person.archived_at is not None,
                )
            )
    return sorted(found, key=lambda d: (d.last_seen or d.added_on, d.preferred_name.lower()))
