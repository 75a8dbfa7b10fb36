"""Registers: marking, un-marking, walk-ins, headcounts, and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from peerdesk.core import attendance, groups, people, schedule
from peerdesk.core.errors import ValidationError
from peerdesk.core.models import Attendance
from peerdesk.core.recurrence import Recurrence
from peerdesk.core.storage import Store


@pytest.fixture
def group_id(store: Store, today: dt.date) -> int:
    saved = groups.create_group(
        store,
        groups.GroupInput(
            "Drop-in", Recurrence("weekly", 1).to_rrule(), dt.date(2026, 9, 1), dt.time(18, 30)
        ),
        today=today,
    )
    return saved.group.id


def _sessions(store: Store, group_id: int) -> list[schedule.MeetingRow]:
    return schedule.list_meetings(store, group_id=group_id)


def _stored(store: Store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count(Attendance.id))) or 0)


def test_marking_and_unmarking(store: Store, group_id: int) -> None:
    first = _sessions(store, group_id)[0]
    sam = people.create_person(store, people.PersonInput("Sam"))
    done = attendance.mark(store, first.id, sam.id, "present", facilitator=True)
    assert (done.previous_status, done.status, done.is_facilitator) == ("absent", "present", True)
    register = attendance.load_register(store, first.id)
    (entry,) = [e for e in register.entries if e.person_id == sam.id]
    assert entry.status == "present" and entry.is_facilitator
    assert attendance.mark(store, first.id, sam.id, "apologies").is_facilitator
    back = attendance.mark(store, first.id, sam.id, "absent")
    assert back.previous_status == "apologies"
    assert _stored(store) == 0  # absent is stored as nothing


def test_marking_twice_is_harmless(store: Store, group_id: int) -> None:
    first = _sessions(store, group_id)[0]
    sam = people.create_person(store, people.PersonInput("Sam"))
    attendance.mark(store, first.id, sam.id, "present")
    again = attendance.mark(store, first.id, sam.id, "present")
    assert again.previous_status == "present"
    assert _stored(store) == 1


def test_regulars_come_first(store: Store, group_id: int) -> None:
    sessions = _sessions(store, group_id)
    names = ["Ada", "Bea", "Cal", "Dev"]
    ids = {n: people.create_person(store, people.PersonInput(n)).id for n in names}
    for meeting in sessions[:3]:
        attendance.mark(store, meeting.id, ids["Dev"], "present")
    attendance.mark(store, sessions[2].id, ids["Cal"], "present")
    register = attendance.load_register(store, sessions[3].id)
    assert [e.preferred_name for e in register.entries] == ["Dev", "Cal", "Ada", "Bea"]
    assert [e.is_regular for e in register.entries] == [True, True, False, False]


def test_a_cancelled_session_cannot_be_marked(store: Store, group_id: int) -> None:
    first = _sessions(store, group_id)[0]
    sam = people.create_person(store, people.PersonInput("Sam"))
    schedule.cancel_meeting(store, first.id, "Snow")
    with pytest.raises(ValidationError, match="was cancelled"):
        attendance.mark(store, first.id, sam.id, "present")
    with pytest.raises(ValidationError, match="was cancelled"):
        attendance.set_headcount(store, first.id, 3)
    assert _stored(store) == 0


@pytest.mark.parametrize("count", [-1, 501, 10_000])
def test_absurd_headcounts_are_refused(store: Store, group_id: int, count: int) -> None:
    first = _sessions(store, group_id)[0]
    attendance.set_headcount(store, first.id, 4)
    with pytest.raises(ValidationError, match="between 0 and 500"):
        attendance.set_headcount(store, first.id, count)
    assert attendance.load_register(store, first.id).anonymous_count == 4


def test_headcount_counts_towards_the_total(store: Store, group_id: int) -> None:
    first = _sessions(store, group_id)[0]
    sam = people.create_person(store, people.PersonInput("Sam"))
    attendance.mark(store, first.id, sam.id, "present")
    assert attendance.set_headcount(store, first.id, 3) == 0
    register = attendance.load_register(store, first.id)
    assert (register.named_present, register.anonymous_count, register.total_present) == (1, 3, 4)


def test_walk_ins_need_only_a_name(store: Store, group_id: int) -> None:
    first = _sessions(store, group_id)[0]
    entry = attendance.add_walk_in(store, first.id, "  Newcomer  Nell ")
    assert entry.preferred_name == "Newcomer Nell" and entry.status == "present"
    with pytest.raises(ValidationError, match="already in the directory"):
        attendance.add_walk_in(store, first.id, "newcomer nell")
    twin = attendance.add_walk_in(store, first.id, "Newcomer Nell", allow_same_name=True)
    assert twin.person_id != entry.person_id
    with pytest.raises(ValidationError, match="preferred name"):
        attendance.add_walk_in(store, first.id, "   ")
    assert _stored(store) == 2


def test_a_headcount_only_group_never_takes_names(
    store: Store, group_id: int, today: dt.date
) -> None:
    data = groups.get_group(store, group_id, today=today).as_input()
    groups.update_group(
        store,
        group_id,
        groups.GroupInput(**{**data.__dict__, "headcount_only": True}),
        today=today,
    )
    first = _sessions(store, group_id)[0]
    sam = people.create_person(store, people.PersonInput("Sam"))
    with pytest.raises(ValidationError, match="only counts who came"):
        attendance.mark(store, first.id, sam.id, "present")
    with pytest.raises(ValidationError, match="only counts who came"):
        attendance.add_walk_in(store, first.id, "Nell")
    attendance.set_headcount(store, first.id, 9)
    register = attendance.load_register(store, first.id)
    assert register.headcount_only and register.total_present == 9


def test_a_persons_history(store: Store, group_id: int) -> None:
    sessions = _sessions(store, group_id)
    sam = people.create_person(store, people.PersonInput("Sam"))
    attendance.mark(store, sessions[0].id, sam.id, "present")
    attendance.mark(store, sessions[1].id, sam.id, "apologies")
    history = attendance.person_history(store, sam.id)
    assert [(h.date, h.status) for h in history] == [
        (sessions[1].date, "apologies"),
        (sessions[0].date, "present"),
    ]
    assert {h.group_name for h in history} == {"Drop-in"}
