"""A rota as people see it: each session of a range with its facilitators, gaps and problems.

One shape for both a saved rota (:func:`saved_rota`) and a proposal not yet saved
(:func:`proposal_view`), so that the rota page, the printed rota and the calendar files all read
the same thing. Plain data; no Qt, no printing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.models import MEETING_SCHEDULED, Group, Meeting, Person, RotaAssignment, Venue
from peerdesk.core.rota import FairnessFigures, evaluate
from peerdesk.core.rota_explain import day_words
from peerdesk.core.rota_service import RotaProposal, request_in
from peerdesk.core.storage import Store
from peerdesk.core.text import listed, translate


@dataclass(frozen=True)
class OnRota:
    """One facilitator on one session."""

    person_id: int
    name: str
    locked: bool
    reason: str


@dataclass(frozen=True)
class SessionInfo:
    """A scheduled session, where and when (what the rota, the availability form and the
    calendar files all show)."""

    meeting_id: int
    group_id: int
    group_name: str
    day: dt.date
    start: dt.time
    end: dt.time
    venue_name: str
    venue_address: str


@dataclass(frozen=True)
class RotaSession(SessionInfo):
    needed: int
    """How many facilitators the group's rules ask for."""
    facilitators: tuple[OnRota, ...]
    rule_breaks: tuple[str, ...]
    """Readable: each hard rule the people on it break."""
    gaps: tuple[str, ...]
    """Readable: why a place is empty (one line, when one is)."""

    @property
    def problems(self) -> tuple[str, ...]:
        return self.rule_breaks + self.gaps

    @property
    def missing(self) -> int:
        return max(0, self.needed - len(self.facilitators))

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.facilitators)


@dataclass(frozen=True)
class RotaView:
    group_ids: tuple[int, ...]
    group_names: tuple[str, ...]
    date_from: dt.date
    date_to: dt.date
    sessions: tuple[RotaSession, ...]
    """Scheduled sessions of the groups in the range, by date and time."""
    fairness: FairnessFigures | None
    """None when the groups have no facilitators yet."""
    warnings: tuple[str, ...]
    saved: bool
    """False for a proposal that has not been saved."""

    @property
    def title(self) -> str:
        return listed(self.group_names)

    @property
    def unfilled_places(self) -> int:
        return sum(s.missing for s in self.sessions)

    def facilitator_names(self) -> tuple[str, ...]:
        """Everyone on the rota in the range, by name, once each."""
        return tuple(sorted({f.name for s in self.sessions for f in s.facilitators}))


def scheduled_sessions(
    session: Session, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> list[SessionInfo]:
    """The groups' scheduled (not cancelled) sessions in the range, by date, time and group."""
    rows = session.execute(
        select(Meeting, Group.name, Venue.name, Venue.address)
        .join(Group, Group.id == Meeting.group_id)
        .outerjoin(Venue, Venue.id == Meeting.venue_id)
        .where(
            Meeting.group_id.in_(group_ids),
            Meeting.status == MEETING_SCHEDULED,
            Meeting.date >= date_from,
            Meeting.date <= date_to,
        )
        .order_by(Meeting.date, Meeting.start_time, Group.name, Meeting.id)
    ).all()
    out = []
    for meeting, group_name, venue_name, venue_address in rows:
        start = dt.datetime.combine(meeting.date, meeting.start_time)
        end = (start + dt.timedelta(minutes=meeting.duration_minutes)).time()
        out.append(
            SessionInfo(
                meeting.id,
                meeting.group_id,
                group_name,
                meeting.date,
                meeting.start_time,
                end,
                venue_name or "",
                venue_address or "",
            )
        )
    return out


def _group_names(
    session: Session, group_ids: Sequence[int]
) -> tuple[tuple[int, ...], tuple[str, ...]]:
    rows = session.execute(
        select(Group.id, Group.name).where(Group.id.in_(group_ids)).order_by(Group.name, Group.id)
    ).all()
    return tuple(r[0] for r in rows), tuple(r[1] for r in rows)


def _view(
    session: Session,
    group_ids: Sequence[int],
    date_from: dt.date,
    date_to: dt.date,
    on: dict[int, list[OnRota]],
    *,
    saved: bool,
    warnings: Sequence[str] = (),
) -> RotaView:
    ids, names = _group_names(session, group_ids)
    infos = scheduled_sessions(session, ids, date_from, date_to)
    placed_people = {f.person_id for people in on.values() for f in people}
    built = request_in(session, ids, date_from, date_to, also=placed_people)
    placed = {m: tuple(f.person_id for f in people) for m, people in on.items()}
    breaks: dict[int, list[str]] = {}
    gaps: dict[int, list[str]] = {}
    fairness = None
    needed = {i.meeting_id: 2 for i in infos}
    if built is not None:
        rules = {r.group_id: r for r in built.rules}
        for info in infos:
            if info.group_id in rules:
                needed[info.meeting_id] = rules[info.group_id].per_session
        check = evaluate(built, placed)
        fairness = check.fairness
        for broken in check.breaks:
            for meeting_id in broken.meeting_ids:
                breaks.setdefault(meeting_id, []).append(broken.message)
        for gap in check.gaps:
            gaps.setdefault(gap.meeting_id, []).append(gap.reason)
        if saved:
            # A reason written when the rota was filled goes stale once people are swapped
            # around it; choices made by hand keep what was said when they were made.
            on = {
                meeting_id: [
                    f
                    if f.locked
                    else OnRota(
                        f.person_id,
                        f.name,
                        f.locked,
                        check.reasons.get((meeting_id, f.person_id), f.reason),
                    )
                    for f in people
                ]
                for meeting_id, people in on.items()
            }
    sessions = tuple(
        RotaSession(
            **vars(i),
            needed=needed[i.meeting_id],
            facilitators=tuple(
                sorted(on.get(i.meeting_id, ()), key=lambda f: (f.name, f.person_id))
            ),
            rule_breaks=tuple(breaks.get(i.meeting_id, ())),
            gaps=tuple(gaps.get(i.meeting_id, ())),
        )
        for i in infos
    )
    extra = list(warnings)
    if not sessions:
        extra.append(
            translate(
                "rota_view", "There are no sessions between {date_from} and {date_to}."
            ).format(date_from=day_words(date_from), date_to=day_words(date_to))
        )
    return RotaView(ids, names, date_from, date_to, sessions, fairness, tuple(extra), saved)


def saved_rota_in(
    session: Session, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> RotaView:
    on: dict[int, list[OnRota]] = {}
    for meeting_id, person_id, name, locked, reason in session.execute(
        select(
            RotaAssignment.meeting_id,
            RotaAssignment.person_id,
            Person.preferred_name,
            RotaAssignment.locked,
            RotaAssignment.reason,
        )
        .join(Meeting, Meeting.id == RotaAssignment.meeting_id)
        .join(Person, Person.id == RotaAssignment.person_id)
        .where(
            Meeting.group_id.in_(group_ids),
            Meeting.status == MEETING_SCHEDULED,
            Meeting.date >= date_from,
            Meeting.date <= date_to,
        )
    ):
        on.setdefault(meeting_id, []).append(OnRota(person_id, name, locked, reason))
    return _view(session, group_ids, date_from, date_to, on, saved=True)


def saved_rota(
    store: Store, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> RotaView:
    """The rota as saved for the groups' scheduled sessions in the range (both ends included)."""
    with store.reading() as session:
        return saved_rota_in(session, group_ids, date_from, date_to)


def proposal_view(store: Store, proposal: RotaProposal) -> RotaView:
    """A proposal (not saved) in the same shape as a saved rota."""
    on: dict[int, list[OnRota]] = {}
    for a in proposal.result.assignments:
        on.setdefault(a.meeting_id, []).append(OnRota(a.facilitator_id, a.name, a.locked, a.reason))
    with store.reading() as session:
        return _view(
            session,
            proposal.group_ids,
            proposal.date_from,
            proposal.date_to,
            on,
            saved=False,
            warnings=proposal.result.warnings,
        )
