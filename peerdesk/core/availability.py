"""What the printed availability form lists: a page per facilitator with the session dates of
their groups (by default the next quarter), so that availability can be collected on paper.

Plain data; ``peerdesk.printing.availability`` prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from peerdesk.core.errors import ValidationError
from peerdesk.core.models import Group
from peerdesk.core.rota_explain import day_words
from peerdesk.core.rota_service import list_facilitators
from peerdesk.core.rota_view import scheduled_sessions
from peerdesk.core.storage import Store
from peerdesk.core.text import translate


@dataclass(frozen=True)
class AvailabilityDate:
    meeting_id: int
    day: dt.date
    start: dt.time
    group_name: str
    venue_name: str


@dataclass(frozen=True)
class AvailabilityPage:
    """One facilitator's page; ``person_id`` None is a blank page for someone new."""

    person_id: int | None
    name: str
    group_names: tuple[str, ...]
    sessions_per_month: int | None
    dates: tuple[AvailabilityDate, ...]


@dataclass(frozen=True)
class AvailabilityForm:
    date_from: dt.date
    date_to: dt.date
    pages: tuple[AvailabilityPage, ...]


def next_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The three whole months after this one: 23 November 2026 -> 1 December to 28 February."""
    start = today.replace(day=1) + relativedelta(months=1)
    return start, start + relativedelta(months=3) - dt.timedelta(days=1)


def availability_form(
    store: Store,
    group_ids: Sequence[int],
    date_from: dt.date,
    date_to: dt.date,
    *,
    blank_page: bool = True,
) -> AvailabilityForm:
    """Pages for the groups' facilitators (by name), and a blank one for someone new.

    Each page lists only the sessions of the groups that person facilitates.
    """
    if date_to < date_from:
        raise ValidationError(
            translate(
                "availability", "The range ends ({date_to}) before it starts ({date_from})."
            ).format(date_to=day_words(date_to), date_from=day_words(date_from))
        )
    if not group_ids:
        raise ValidationError(translate("availability", "Choose at least one group."))
    wanted = set(group_ids)
    with store.reading() as session:
        found = scheduled_sessions(session, sorted(wanted), date_from, date_to)
        names = {
            group_id: name
            for group_id, name in session.execute(
                select(Group.id, Group.name).where(Group.id.in_(wanted))
            )
        }
    dates = [
        (s.group_id, AvailabilityDate(s.meeting_id, s.day, s.start, s.group_name, s.venue_name))
        for s in found
    ]
    if not dates:
        raise ValidationError(
            translate(
                "availability",
                "There are no sessions between {date_from} and {date_to}, so there is "
                "nothing to ask about.",
            ).format(date_from=day_words(date_from), date_to=day_words(date_to))
        )
    pages = []
    for f in list_facilitators(store):
        mine = f.group_ids & wanted
        if not mine:
            continue
        pages.append(
            AvailabilityPage(
                f.person_id,
                f.name,
                tuple(sorted(names[g] for g in mine)),
                f.sessions_per_month,
                tuple(d for g, d in dates if g in mine),
            )
        )
    if blank_page or not pages:
        pages.append(
            AvailabilityPage(
                None, "", tuple(sorted(names.values())), None, tuple(d for _, d in dates)
            )
        )
    return AvailabilityForm(date_from, date_to, tuple(pages))
