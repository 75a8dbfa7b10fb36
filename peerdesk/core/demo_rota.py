"""Made-up facilitators and a filled rota for the small demo: eleven people sharing the four
running groups, some experienced and some learning, offering one to three sessions a month, two
of them away for a while and one new; the rota for the year before this month and for the coming
three months is filled by the solver.
Part of ``core.demo``; deterministic for a seed and a "today"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.models import Group, Meeting, Person, RotaAssignment, RotaRules, TrainingKind
from peerdesk.core.rota import AwayRange
from peerdesk.core.rota_service import (
    FacilitatorInput,
    Training,
    apply_in,
    propose_in,
    set_facilitator_in,
)

DROP_IN = "Tuesday Evening Drop-in"
WOMEN = "Women's Circle"
VOICES = "Hearing Voices Group"
WALK = "Saturday Walk and Talk"

# (groups, experienced, sessions a month, usual weekdays, note)
_FACILITATORS: tuple[tuple[tuple[str, ...], bool, int, tuple[int, ...], str], ...] = (
    ((DROP_IN, WALK), True, 3, (1, 5), "Holds the spare key for the hall."),
    ((DROP_IN, WOMEN), True, 2, (1, 3), ""),
    ((DROP_IN,), False, 2, (1,), "Started shadowing in the summer."),
    ((DROP_IN, VOICES), True, 2, (0, 1), ""),
    ((WOMEN,), True, 2, (3,), ""),
    ((WOMEN,), False, 1, (3,), "Peer support training booked for January."),
    ((VOICES, DROP_IN), True, 1, (0, 1), ""),
    ((WALK,), True, 3, (5, 6), "Knows the river path well."),
    ((WALK,), False, 2, (5,), ""),
    ((WALK, DROP_IN), False, 2, (1, 5), ""),
    ((VOICES,), False, 1, (0,), ""),
)
ROTA_DAYS = 91
NEWCOMERS = {10: 75}  # Yusuf started facilitating 75 days ago
PAST_DAYS = 364


def add_rota(session: Session, today: dt.date) -> int:
    """Facilitator profiles and the next three months' rota; returns how many were assigned."""
    groups = {
        name: group_id
        for name, group_id in session.execute(
            select(Group.name, Group.id).where(Group.archived_at.is_(None))
        )
    }
    people = list(
        session.scalars(select(Person.id).where(Person.archived_at.is_(None)).order_by(Person.id))
    )
    away = {
        0: (AwayRange(_next(today, 12, 22), _next(today, 12, 22) + dt.timedelta(days=13)),),
        7: (AwayRange(today + dt.timedelta(days=40), today + dt.timedelta(days=49)),),
    }
    kinds = {
        name: kind_id
        for kind_id, name in session.execute(select(TrainingKind.id, TrainingKind.name))
    }
    for index, (names, experienced, offer, weekdays, note) in enumerate(_FACILITATORS):
        set_facilitator_in(
            session,
            FacilitatorInput(
                person_id=people[index],
                group_ids=frozenset(groups[n] for n in names),
                experienced=experienced,
                sessions_per_month=offer,
                weekdays=frozenset(weekdays),
                away=away.get(index, ()),
                note=note,
                trainings=_trainings(index, experienced, kinds, today),
                since=today - dt.timedelta(days=NEWCOMERS[index]) if index in NEWCOMERS else None,
            ),
        )
    # The walk is a gentle one: the same pair may lead it three weeks running.
    session.add(RotaRules(group_id=groups[WALK], max_in_a_row=3))
    ids = [groups[n] for n in (DROP_IN, WOMEN, VOICES, WALK)]
    date_to = today + dt.timedelta(days=ROTA_DAYS)
    # The year before this month was on the rota too, so that fairness over the year, the
    # facilitator hours in a funder report and the pair figures have a history to show.
    this_month = today.replace(day=1)
    past = apply_in(
        session,
        propose_in(
            session,
            ids,
            this_month - dt.timedelta(days=PAST_DAYS),
            this_month - dt.timedelta(days=1),
        ),
    )
    # One choice made by hand and locked: the first drop-in is opened by the key holder.
    first = session.scalar(
        select(Meeting.id)
        .where(Meeting.group_id == groups[DROP_IN], Meeting.date >= today)
        .order_by(Meeting.date)
        .limit(1)
    )
    if first is not None:
        session.add(
            RotaAssignment(
                meeting_id=first, person_id=people[0], locked=True, reason="Chosen by hand."
            )
        )
    session.flush()
    return past + apply_in(session, propose_in(session, ids, today, date_to))


def _trainings(
    index: int, experienced: bool, kinds: dict[str, int], today: dt.date
) -> tuple[Training, ...]:
    """Experienced facilitators have done the peer support course and safeguarding (some of
    them over two years ago, so due a refresher); every third person has first aid."""
    if not kinds:
        return ()
    done: list[Training] = []
    if experienced:
        years = 1 + index % 3
        done.append(
            Training(kinds["Peer support training"], today - dt.timedelta(days=400 * years))
        )
        done.append(
            Training(kinds["Safeguarding"], today - dt.timedelta(days=200 + 150 * (index % 4)))
        )
    if index % 3 == 0:
        done.append(Training(kinds["First aid"], today - dt.timedelta(days=90 + 30 * index)))
    return tuple(done)


def _next(today: dt.date, month: int, day: int) -> dt.date:
    """The next ``month``/``day`` on or after today."""
    this_year = dt.date(today.year, month, day)
    return this_year if this_year >= today else dt.date(today.year + 1, month, day)
