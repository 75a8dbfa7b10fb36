"""Groups, their generated sessions, and single sessions cancelled, moved or added."""

from __future__ import annotations

import datetime as dt

import pytest

from peerdesk.core import groups, schedule, venues
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.recurrence import Recurrence
from peerdesk.core.storage import Store

TUESDAYS = Recurrence("weekly", 1).to_rrule()


def _group(store: Store, today: dt.date, **changes: object) -> groups.GroupSaved:
    hall = venues.create_venue(store, venues.VenueInput("St Mark's Hall", step_free=True))
    fields: dict[str, object] = {
        "name": "Tuesday drop-in",
        "rrule": TUESDAYS,
        "start_date": dt.date(2026, 9, 1),
        "start_time": dt.time(18, 30),
        "default_venue_id": hall.id,
    }
    fields.update(changes)
    return groups.create_group(store, groups.GroupInput(**fields), today=today)  # type: ignore[arg-type]


def test_a_new_group_gets_its_sessions_for_a_year_ahead(store: Store, today: dt.date) -> None:
    saved = _group(store, today)
    sessions = schedule.list_meetings(store, group_id=saved.group.id)
    assert sessions[0].date == dt.date(2026, 9, 1)
    assert sessions[-1].date > today + dt.timedelta(days=358)
    assert all(s.date.weekday() == 1 and s.start_time == dt.time(18, 30) for s in sessions)
    assert saved.change.added == len(sessions)
    assert saved.group.next_session == dt.date(2026, 11, 24)
    assert saved.group.schedule_text == "Every Tuesday"
    assert saved.group.venue_name == "St Mark's Hall"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "   "}, "Please enter a name for the group"),
        ({"end_date": dt.date(2026, 8, 1)}, "end date is before the start date"),
        ({"duration_minutes": 0}, "between 1 minute and 24 hours"),
        ({"rrule": "FREQ=NEVER"}, "not a valid recurrence rule"),
    ],
)
def test_bad_group_input_is_refused_and_nothing_is_saved(
    store: Store, today: dt.date, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        _group(store, today, **changes)
    assert groups.list_groups(store, today=today) == []
    assert schedule.list_meetings(store) == []


def test_group_names_are_unique_ignoring_case(store: Store, today: dt.date) -> None:
    _group(store, today)
    with pytest.raises(ValidationError, match="already a group called"):
        groups.create_group(
            store,
            groups.GroupInput("TUESDAY DROP-IN", TUESDAYS, today, dt.time(10, 0)),
            today=today,
        )


def test_changing_the_schedule_moves_future_sessions_and_keeps_hand_changes(
    store: Store, today: dt.date
) -> None:
    saved = _group(store, today)
    group_id = saved.group.id
    future = schedule.list_meetings(store, group_id=group_id, date_from=today)
    cancelled = schedule.cancel_meeting(store, future[1].id, "Hall booked")
    past_count = len(schedule.list_meetings(store, group_id=group_id, date_to=today))

    thursdays = Recurrence("weekly", 3).to_rrule()
    changed = groups.update_group(
        store,
        group_id,
        groups.GroupInput(
            "Thursday drop-in",
            thursdays,
            dt.date(2026, 9, 1),
            dt.time(19, 0),
            default_venue_id=saved.group.default_venue_id,
        ),
        today=today,
    )
    assert changed.change.kept == [cancelled.date]
    assert changed.change.removed == len(future) - 1
    assert "kept because they were changed by hand" in changed.change.summary()
    after = schedule.list_meetings(store, group_id=group_id, date_from=today)
    kinds = {(s.date.weekday(), s.start_time) for s in after if not s.is_cancelled}
    assert kinds == {(3, dt.time(19, 0))}
    assert [s.date for s in after if s.is_cancelled] == [cancelled.date]
    # History before today is untouched.
    assert len(schedule.list_meetings(store, group_id=group_id, date_to=today)) == past_count


def test_changing_only_the_time_updates_future_sessions(store: Store, today: dt.date) -> None:
    saved = _group(store, today)
    data = saved.group.as_input()
    changed = groups.update_group(
        store,
        saved.group.id,
        groups.GroupInput(**{**data.__dict__, "start_time": dt.time(19, 0)}),
        today=today,
    )
    assert changed.change.removed == 0 and changed.change.added == 0
    assert changed.change.updated > 50
    future = schedule.list_meetings(store, group_id=saved.group.id, date_from=today)
    past = schedule.list_meetings(store, group_id=saved.group.id, date_to=today - dt.timedelta(1))
    assert {s.start_time for s in future} == {dt.time(19, 0)}
    assert {s.start_time for s in past} == {dt.time(18, 30)}


def test_regenerating_is_idempotent(store: Store, today: dt.date) -> None:
    _group(store, today)
    until = today + dt.timedelta(days=schedule.HORIZON_DAYS)
    assert schedule.extend_schedules(store, until) == 0
    assert schedule.extend_schedules(store, until + dt.timedelta(days=14)) == 2


def test_cancel_needs_a_reason_and_can_be_undone(store: Store, today: dt.date) -> None:
    saved = _group(store, today)
    (next_one,) = schedule.list_meetings(store, group_id=saved.group.id, date_from=today, limit=1)
    with pytest.raises(ValidationError, match="reason for cancelling"):
        schedule.cancel_meeting(store, next_one.id, "  ")
    cancelled = schedule.cancel_meeting(store, next_one.id, "Heating broken")
    assert cancelled.status_text == "Cancelled: Heating broken"
    restored = schedule.restore_meeting(store, next_one.id)
    assert restored.status_text == "As usual"
    assert not restored.is_moved


def test_moving_a_session_changes_only_that_one(store: Store, today: dt.date) -> None:
    saved = _group(store, today)
    library = venues.create_venue(store, venues.VenueInput("Library"))
    first, second = schedule.list_meetings(store, group_id=saved.group.id, date_from=today, limit=2)
    moved = schedule.move_meeting(
        store,
        first.id,
        date=first.date + dt.timedelta(days=1),
        start_time=dt.time(18, 0),
        venue_id=library.id,
        note="Hall decorated",
    )
    assert (moved.date, moved.start_time, moved.venue_name) == (
        dt.date(2026, 11, 25),
        dt.time(18, 0),
        "Library",
    )
    assert moved.status_text == "Moved: Hall decorated"
    assert schedule.get_meeting(store, second.id).venue_name == "St Mark's Hall"


def test_extra_sessions_are_added_and_removed(store: Store, today: dt.date) -> None:
    saved = _group(store, today)
    picnic = schedule.add_one_off(
        store, saved.group.id, date=dt.date(2026, 11, 28), start_time=dt.time(12, 0), note="Picnic"
    )
    assert picnic.is_one_off and picnic.status_text == "Extra session: Picnic"
    assert picnic.venue_name == "St Mark's Hall"
    with pytest.raises(ValidationError, match="already has a session"):
        schedule.add_one_off(store, saved.group.id, date=dt.date(2026, 11, 24))
    schedule.delete_one_off(store, picnic.id)
    with pytest.raises(NotFoundError):
        schedule.get_meeting(store, picnic.id)


def test_archived_groups_leave_the_home_page_and_come_back(store: Store, today: dt.date) -> None:
    saved = _group(store, today)
    assert schedule.upcoming_meetings(store, today)
    groups.set_group_archived(store, saved.group.id, True, today=today)
    assert schedule.upcoming_meetings(store, today) == []
    assert groups.list_groups(store, today=today) == []
    assert groups.list_groups(store, today=today, include_archived=True)[0].archived
    groups.set_group_archived(store, saved.group.id, False, today=today)
    assert schedule.upcoming_meetings(store, today)


def test_upcoming_shows_a_monthly_group_even_beyond_four_weeks(
    store: Store, today: dt.date
) -> None:
    groups.create_group(
        store,
        groups.GroupInput(
            "Quarterly social",
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=+1SA",
            dt.date(2026, 10, 3),
            dt.time(14, 0),
        ),
        today=today,
    )
    (row,) = schedule.upcoming_meetings(store, today)
    assert row.date == dt.date(2027, 1, 2)
    assert row.group_name == "Quarterly social"


def test_a_schedule_change_keeps_sessions_that_have_attendance(
    store: Store, today: dt.date
) -> None:
    from peerdesk.core import attendance, people

    saved = _group(store, today)
    upcoming = schedule.list_meetings(store, group_id=saved.group.id, date_from=today, limit=3)
    sam = people.create_person(store, people.PersonInput("Sam"))
    attendance.mark(store, upcoming[2].id, sam.id, "apologies")  # sent ahead of time
    data = saved.group.as_input()
    changed = groups.update_group(
        store,
        saved.group.id,
        groups.GroupInput(**{**data.__dict__, "rrule": Recurrence("weekly", 4).to_rrule()}),
        today=today,
    )
    assert changed.change.kept == [upcoming[2].date]
    kept = schedule.get_meeting(store, upcoming[2].id)
    assert kept.date == upcoming[2].date
    assert [e.status for e in attendance.load_register(store, kept.id).entries] == ["apologies"]
