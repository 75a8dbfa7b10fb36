"""Figures per month and per session, with new vs returning across a month boundary."""

from __future__ import annotations

import datetime as dt

import pytest

from peerdesk.core import attendance, figures, groups, people, schedule
from peerdesk.core.errors import ValidationError
from peerdesk.core.recurrence import Recurrence
from peerdesk.core.storage import Store


@pytest.fixture
def history(store: Store, today: dt.date) -> int:
    """A Tuesday group from 1 September 2026 with a little history."""
    group_id = groups.create_group(
        store,
        groups.GroupInput(
            "Drop-in", Recurrence("weekly", 1).to_rrule(), dt.date(2026, 9, 1), dt.time(18, 30)
        ),
        today=today,
    ).group.id
    by_date = {m.date: m.id for m in schedule.list_meetings(store, group_id=group_id)}
    ids = {
        n: people.create_person(store, people.PersonInput(n)).id
        for n in ("Ada", "Bea", "Cal", "Dev")
    }

    def came(name: str, day: int, month: int, status: attendance.Status = "present") -> None:
        attendance.mark(store, by_date[dt.date(2026, month, day)], ids[name], status)

    came("Bea", 1, 9)
    came("Dev", 8, 9, "apologies")  # apologies are not attendance
    came("Ada", 29, 9)  # first visit on the last Tuesday of September ...
    came("Ada", 6, 10)  # ... back a week later, in October
    came("Cal", 6, 10)
    came("Bea", 27, 10)  # back after eight weeks
    attendance.set_headcount(store, by_date[dt.date(2026, 9, 1)], 2)
    attendance.set_headcount(store, by_date[dt.date(2026, 10, 6)], 3)
    schedule.cancel_meeting(store, by_date[dt.date(2026, 9, 15)], "Hall flooded")
    return group_id


def test_months_split_named_and_anonymous_and_new_and_returning(store: Store, history: int) -> None:
    result = figures.group_figures(store, history, date_to=dt.date(2026, 10, 31))
    september, october = result.months
    assert september.month == dt.date(2026, 9, 1)
    assert (september.sessions, september.named_attendances, september.anonymous_attendances) == (
        4,
        2,
        2,
    )  # the cancelled session was not held
    assert (september.unique_people, september.new_people, september.returning_people) == (2, 2, 0)
    assert (october.sessions, october.named_attendances, october.anonymous_attendances) == (4, 3, 3)
    assert (october.unique_people, october.new_people, october.returning_people) == (3, 1, 2)
    assert october.total_attendances == 6
    assert (result.unique_people, result.first_visits, result.came_back_within_four_weeks) == (
        3,
        3,
        1,
    )
    assert (result.named_attendances, result.anonymous_attendances) == (5, 5)


def test_per_session_figures(store: Store, history: int) -> None:
    result = figures.group_figures(store, history, date_to=dt.date(2026, 10, 6))
    first, *_, last = result.sessions
    assert (first.date, first.named, first.anonymous, first.total) == (dt.date(2026, 9, 1), 1, 2, 3)
    assert (last.date, last.named, last.anonymous) == (dt.date(2026, 10, 6), 2, 3)
    assert dt.date(2026, 9, 15) not in [s.date for s in result.sessions]


def test_a_range_counts_first_visits_within_it_only(store: Store, history: int) -> None:
    result = figures.group_figures(
        store, history, date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 10, 31)
    )
    (october,) = result.months
    # Ada's and Bea's first visits were in September: in October they are returning.
    assert (october.new_people, october.returning_people) == (1, 2)
    assert (result.first_visits, result.came_back_within_four_weeks) == (1, 0)


def test_a_range_the_wrong_way_round_is_refused(store: Store, history: int) -> None:
    with pytest.raises(ValidationError, match="before its start"):
        figures.group_figures(
            store, history, date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 9, 1)
        )
