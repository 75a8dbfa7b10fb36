"""Changing a saved rota by hand: who could replace someone (ranked), swaps, adding and taking
people off a session, with a warning whenever a hard rule is broken, and a history of changes.

A person put on a session by hand is locked there, so that filling the rota again keeps them.
Every change is one transaction and leaves a row in ``rota_changes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import Group, Meeting, Person, RotaAssignment, RotaChange, utcnow
from peerdesk.core.rota import RotaRequest, evaluate, fairness_score
from peerdesk.core.rota_explain import day_words
from peerdesk.core.rota_service import request_in
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

RANKING_DAYS = 91
"""Replacements are ranked by the fairness of the rota this many days either side."""


@dataclass(frozen=True)
class Candidate:
    """Someone who could take a place on a session."""

    person_id: int
    name: str
    allowed: bool
    """True when no hard rule would be broken."""
    why: str
    """What they bring, or the rule they would break ("is away", "already on 3 this month")."""
    score_after: float
    """The fairness score after the change (lower is fairer); candidates are ranked by it."""


@dataclass(frozen=True)
class RotaChangeRow:
    changed_at: dt.datetime
    meeting_id: int
    day: dt.date
    group_name: str
    kind: str
    """"swap", "add" or "remove"."""
    text: str
    """e.g. "Sam took Rory's place" or "Priya was added"."""
    note: str


@dataclass(frozen=True)
class _Context:
    meeting: Meeting
    request: RotaRequest | None
    placed: dict[int, tuple[int, ...]]


def _context(session: Session, meeting_id: int) -> _Context:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("rota_edits", "That session no longer exists."))
    date_from = meeting.date - dt.timedelta(days=RANKING_DAYS)
    date_to = meeting.date + dt.timedelta(days=RANKING_DAYS)
    request = request_in(session, [meeting.group_id], date_from, date_to, everyone=True)
    placed: dict[int, list[int]] = {}
    if request is not None:
        wanted = [s.meeting_id for s in request.slots]
        for m, p in session.execute(
            select(RotaAssignment.meeting_id, RotaAssignment.person_id).where(
                RotaAssignment.meeting_id.in_(wanted)
            )
        ):
            placed.setdefault(m, []).append(p)
    return _Context(meeting, request, {m: tuple(ps) for m, ps in placed.items()})


def _on(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(RotaAssignment.person_id).where(RotaAssignment.meeting_id == meeting_id)
        )
    )


def _name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(translate("rota_edits", "That person is no longer in the directory."))
    return person.preferred_name


def _rank(context: _Context, without: int | None, exclude: Sequence[int]) -> list[Candidate]:
    request = context.request
    if request is None:
        return []
    meeting_id = context.meeting.id
    current = [p for p in context.placed.get(meeting_id, ()) if p != without]
    out = []
    for f in request.facilitators:
        if f.id in exclude or f.id in current:
            continue
        placed = dict(context.placed)
        placed[meeting_id] = (*current, f.id)
        check = evaluate(request, placed)
        mine = [
            b.message
            for b in check.breaks
            if meeting_id in b.meeting_ids and f.id in b.facilitator_ids
        ]
        if mine:
            why = " ".join(mine)
        elif f.experienced:
            why = translate("rota_edits", "experienced; offered {per_month} a month").format(
                per_month=f.per_month
            )
        else:
            why = translate("rota_edits", "learning; offered {per_month} a month").format(
                per_month=f.per_month
            )
        out.append(Candidate(f.id, f.name, not mine, why, fairness_score(request, placed)))
    group_id = context.meeting.group_id
    # The group's own facilitators first, then those of other groups who could help out.
    own = {f.id for f in request.facilitators if group_id in f.group_ids}
    out.sort(key=lambda c: (not c.allowed, c.person_id not in own, c.score_after, c.name))
    return out


def replacements(store: Store, meeting_id: int, person_id: int) -> list[Candidate]:
    """Who could take ``person_id``'s place on a session: allowed first, fairest first."""
    with store.reading() as session:
        context = _context(session, meeting_id)
        if person_id not in context.placed.get(meeting_id, ()):
            raise NotFoundError(
                translate("rota_edits", "{name} is not on that session.").format(
                    name=_name(session, person_id)
                )
            )
        return _rank(context, person_id, [person_id])


def additions(store: Store, meeting_id: int) -> list[Candidate]:
    """Who could be added to a session: allowed first, fairest first."""
    with store.reading() as session:
        return _rank(_context(session, meeting_id), None, [])


def _breaks_after(session: Session, meeting_id: int, person_id: int) -> tuple[str, ...]:
    context = _context(session, meeting_id)
    if context.request is None:
        return ()
    check = evaluate(context.request, context.placed)
    return tuple(
        b.message
        for b in check.breaks
        if meeting_id in b.meeting_ids and person_id in b.facilitator_ids
    )


def _record(
    session: Session,
    meeting_id: int,
    kind: str,
    out_id: int | None,
    in_id: int | None,
    note: str,
) -> RotaChange:
    change = RotaChange(
        meeting_id=meeting_id,
        changed_at=utcnow(),
        kind=kind,
        person_out_id=out_id,
        person_in_id=in_id,
        note=note.strip(),
    )
    session.add(change)
    return change


def swap(
    store: Store, meeting_id: int, out_id: int, in_id: int, *, note: str = ""
) -> tuple[str, ...]:
    """Put ``in_id`` in ``out_id``'s place (locked there); returns the rules it breaks, if any.

    A swap that breaks a rule is still made (the group decides), and the warning says which.
    """
    if out_id == in_id:
        raise ValidationError(translate("rota_edits", "Choose someone else to take the place."))
    with store.transaction() as session:
        out_name, in_name = _name(session, out_id), _name(session, in_id)
        on = _on(session, meeting_id)
        if session.get(Meeting, meeting_id) is None:
            raise NotFoundError(translate("rota_edits", "That session no longer exists."))
        if out_id not in on:
            raise NotFoundError(
                translate("rota_edits", "{out_name} is not on that session any more.").format(
                    out_name=out_name
                )
            )
        if in_id in on:
            raise ValidationError(
                translate("rota_edits", "{in_name} is already on that session.").format(
                    in_name=in_name
                )
            )
        row = session.get(RotaAssignment, (meeting_id, out_id))
        session.delete(row)
        session.add(
            RotaAssignment(
                meeting_id=meeting_id,
                person_id=in_id,
                locked=True,
                reason=translate("rota_edits", "Swapped in for {out_name}.").format(
                    out_name=out_name
                ),
            )
        )
        _record(session, meeting_id, "swap", out_id, in_id, note)
        session.flush()
        return _breaks_after(session, meeting_id, in_id)


def add_to_session(
    store: Store, meeting_id: int, person_id: int, *, note: str = ""
) -> tuple[str, ...]:
    """Put someone on a session by hand (locked); returns the rules it breaks, if any."""
    with store.transaction() as session:
        name = _name(session, person_id)
        if session.get(Meeting, meeting_id) is None:
            raise NotFoundError(translate("rota_edits", "That session no longer exists."))
        if person_id in _on(session, meeting_id):
            raise ValidationError(
                translate("rota_edits", "{name} is already on that session.").format(name=name)
            )
        session.add(
            RotaAssignment(
                meeting_id=meeting_id,
                person_id=person_id,
                locked=True,
                reason=translate("rota_edits", "Chosen by hand."),
            )
        )
        _record(session, meeting_id, "add", None, person_id, note)
        session.flush()
        return _breaks_after(session, meeting_id, person_id)


@dataclass(frozen=True)
class Removed:
    """Someone taken off a session, with what is needed to put them back exactly (undo)."""

    meeting_id: int
    person_id: int
    locked: bool
    reason: str
    change_id: int


def remove_from_session(
    store: Store, meeting_id: int, person_id: int, *, note: str = ""
) -> Removed:
    """Take someone off a session; the place stays empty until filled again."""
    with store.transaction() as session:
        name = _name(session, person_id)
        row = session.get(RotaAssignment, (meeting_id, person_id))
        if row is None:
            raise NotFoundError(
                translate("rota_edits", "{name} is not on that session any more.").format(name=name)
            )
        removed = (row.locked, row.reason)
        session.delete(row)
        change = _record(session, meeting_id, "remove", person_id, None, note)
        session.flush()
        return Removed(meeting_id, person_id, *removed, change.id)


def put_back(store: Store, removed: Removed) -> tuple[str, ...]:
    """Undo :func:`remove_from_session`: the same place, lock and reason, and no trace in the
    history (the change is taken back, not recorded twice). Returns the rules it breaks now."""
    with store.transaction() as session:
        name = _name(session, removed.person_id)
        if session.get(Meeting, removed.meeting_id) is None:
            raise NotFoundError(translate("rota_edits", "That session no longer exists."))
        if session.get(RotaAssignment, (removed.meeting_id, removed.person_id)) is not None:
            raise ValidationError(
                translate("rota_edits", "{name} is already back on that session.").format(name=name)
            )
        session.add(
            RotaAssignment(
                meeting_id=removed.meeting_id,
                person_id=removed.person_id,
                locked=removed.locked,
                reason=removed.reason,
            )
        )
        change = session.get(RotaChange, removed.change_id)
        if change is not None:
            session.delete(change)
        session.flush()
        return _breaks_after(session, removed.meeting_id, removed.person_id)


def rota_changes(
    store: Store, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> list[RotaChangeRow]:
    """Changes made by hand to the groups' sessions in the range, newest first."""
    out_person, in_person = aliased(Person), aliased(Person)
    with store.reading() as session:
        rows = session.execute(
            select(
                RotaChange,
                Meeting.date,
                Group.name,
                out_person.preferred_name,
                in_person.preferred_name,
            )
            .join(Meeting, Meeting.id == RotaChange.meeting_id)
            .join(Group, Group.id == Meeting.group_id)
            .outerjoin(out_person, out_person.id == RotaChange.person_out_id)
            .outerjoin(in_person, in_person.id == RotaChange.person_in_id)
            .where(
                Meeting.group_id.in_(group_ids),
                Meeting.date >= date_from,
                Meeting.date <= date_to,
            )
            .order_by(RotaChange.changed_at.desc(), RotaChange.id.desc())
        ).all()
        out = []
        for change, day, group_name, out_name, in_name in rows:
            if change.kind == "swap":
                text = translate("rota_edits", "{in_name} took {out_name}'s place on {day}").format(
                    in_name=in_name, out_name=out_name, day=day_words(day)
                )
            elif change.kind == "add":
                text = translate("rota_edits", "{in_name} was added to {day}").format(
                    in_name=in_name, day=day_words(day)
                )
            else:
                text = translate("rota_edits", "{out_name} was taken off {day}").format(
                    out_name=out_name, day=day_words(day)
                )
            out.append(
                RotaChangeRow(
                    change.changed_at,
                    change.meeting_id,
                    day,
                    group_name,
                    change.kind,
                    text,
                    change.note,
                )
            )
    return out
