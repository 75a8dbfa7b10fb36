"""Small-number suppression: the rule on its edge cases, a property over random tables, and the
funder report's figures on a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core import attendance, groups, people
from peerdesk.core.funder_report import funder_report
from peerdesk.core.storage import Store
from peerdesk.core.suppression import Addition, leaks, suppress

ATTENDANCES = [Addition("total", ("named", "anonymous"))]


def test_a_group_of_three_shows_fewer_than_five() -> None:
    cells = suppress({"unique": 3}, threshold=5)
    assert cells["unique"].hidden and cells["unique"].text() == "fewer than 5"


def test_zero_and_the_threshold_itself_are_shown() -> None:
    cells = suppress({"none": 0, "five": 5, "four": 4})
    assert [cells[k].hidden for k in ("none", "five", "four")] == [False, False, True]
    assert cells["five"].text() == "5"


def test_a_total_minus_a_hidden_part_cannot_reveal_it() -> None:
    """12 named + 3 anonymous = 15: hiding only the 3 would leave 15 - 12 on the page."""
    cells = suppress({"named": 12, "anonymous": 3, "total": 15}, ATTENDANCES)
    assert cells["anonymous"].text() == "fewer than 5"
    assert cells["named"].hidden and cells["named"].text() == "not shown"
    assert not cells["total"].hidden
    assert leaks(cells, ATTENDANCES) == []


def test_when_the_only_other_part_is_zero_it_is_hidden_too() -> None:
    cells = suppress({"named": 0, "anonymous": 3, "total": 3}, ATTENDANCES)
    assert cells["anonymous"].hidden and cells["total"].hidden
    assert leaks(cells, ATTENDANCES) == []


def test_hiding_spreads_through_linked_additions() -> None:
    """A month hidden to protect another hides a third cell in the rows that share it."""
    values = {"total": 30, "jan": 2, "feb": 13, "mar": 15, "named": 26, "anonymous": 4}
    additions = [
        Addition("total", ("jan", "feb", "mar")),
        Addition("total", ("named", "anonymous")),
    ]
    cells = suppress(values, additions)
    assert cells["jan"].hidden and cells["feb"].hidden and not cells["mar"].hidden
    assert cells["anonymous"].hidden and cells["named"].hidden
    assert leaks(cells, additions) == []


@st.composite
def tables(draw: st.DrawFn) -> tuple[dict[str, int], list[Addition]]:
    parts = draw(st.lists(st.integers(0, 12), min_size=1, max_size=6))
    other = draw(st.lists(st.integers(0, 12), min_size=1, max_size=4))
    values = {f"p{i}": v for i, v in enumerate(parts)}
    values["total"] = sum(parts)
    additions = [Addition("total", tuple(f"p{i}" for i in range(len(parts))))]
    if sum(other) == sum(parts):
        values |= {f"q{i}": v for i, v in enumerate(other)}
        additions.append(Addition("total", tuple(f"q{i}" for i in range(len(other)))))
    return values, additions


@settings(max_examples=300, deadline=None)
@given(tables(), st.integers(1, 8))
def test_no_small_number_can_be_read_or_worked_out(
    table: tuple[dict[str, int], list[Addition]], threshold: int
) -> None:
    values, additions = table
    cells = suppress(values, additions, threshold=threshold)
    assert leaks(cells, additions, threshold=threshold) == []
    # Nothing is hidden for no reason: with no small number, nothing is hidden at all.
    if not any(0 < v < threshold for v in values.values()):
        assert not any(c.hidden for c in cells.values())


def _weekly(store: Store, today: dt.date, name: str) -> int:
    saved = groups.create_group(
        store,
        groups.GroupInput(
            name=name,
            rrule="FREQ=WEEKLY;BYDAY=MO",
            start_date=today - dt.timedelta(days=70),
            start_time=dt.time(18),
        ),
        today=today - dt.timedelta(days=70),
    )
    return saved.group.id


def test_a_report_on_a_tiny_group_identifies_nobody(store: Store, today: dt.date) -> None:
    from peerdesk.core import schedule

    group_id = _weekly(store, today, "Small Group")
    names = ("Ann", "Ben", "Cat")
    ids = [people.create_person(store, people.PersonInput(preferred_name=n)).id for n in names]
    past = [
        m
        for m in schedule.list_meetings(store, group_id=group_id)
        if m.date <= today and not m.is_cancelled
    ]
    for meeting in past[:4]:
        for person_id in ids:
            attendance.mark(store, meeting.id, person_id, "present")
    attendance.set_headcount(store, past[0].id, 2)

    report = funder_report(store, [group_id], today - dt.timedelta(days=70), today, today=today)
    assert report.sessions_held == len(past)
    assert report.unique_people.text == "fewer than 5"
    assert report.new_people.text == "fewer than 5"
    assert report.anonymous_attendances.text == "fewer than 5"
    # 12 named + 2 anonymous: the named figure would give the anonymous one away.
    assert report.named_attendances.text == "not shown"
    assert report.total_attendances.text == "14"
    assert report.hidden_any


def test_a_report_over_the_demo_adds_up(demo_store: Store, today: dt.date) -> None:
    every = [g.id for g in groups.list_groups(demo_store, today=today, include_archived=True)]
    report = funder_report(
        demo_store, every, dt.date(2026, 1, 1), dt.date(2026, 6, 30), today=today
    )
    total = report.total_attendances.cell
    assert not total.hidden and total.value > 100
    shown = [g.attendances.cell.value for g in report.groups if not g.attendances.cell.hidden]
    assert sum(shown) <= total.value
    assert sum(m.attendances.cell.value for m in report.months) == total.value
    assert [m.month.month for m in report.months] == [1, 2, 3, 4, 5, 6]
    assert report.sessions_held == sum(g.sessions_held for g in report.groups)


def test_a_bad_period_is_explained(demo_store: Store, today: dt.date) -> None:
    from peerdesk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="before it starts"):
        funder_report(demo_store, [1], today, today - dt.timedelta(days=1), today=today)
    with pytest.raises(ValidationError, match="at least one group"):
        funder_report(demo_store, [], today, today, today=today)


def test_a_groups_new_people_cannot_give_away_its_returning_people(
    store: Store, today: dt.date
) -> None:
    """Ten different people, eight of them new: "new 8" would leave 10 - 8 = 2 returning."""
    from peerdesk.core import schedule

    group_id = _weekly(store, today, "Small Group")
    other = _weekly(store, today, "Other Group")
    ids = [
        people.create_person(store, people.PersonInput(preferred_name=f"P{i}")).id
        for i in range(10)
    ]
    sessions = [m for m in schedule.list_meetings(store, group_id=group_id) if m.date <= today]
    for person_id in ids[:2]:  # two came before the period
        attendance.mark(store, sessions[0].id, person_id, "present")
    for person_id in ids:
        attendance.mark(store, sessions[-1].id, person_id, "present")
    start = sessions[-1].date
    report = funder_report(store, [group_id, other], start, today, today=today)
    (line,) = [g for g in report.groups if g.group_name == "Small Group"]
    assert line.unique_people.text == "10"
    assert line.new_people.cell.hidden
