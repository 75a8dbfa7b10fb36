"""Recurrence rules: stored as RFC 5545 RRULEs, computed by python-dateutil."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core.errors import ValidationError
from peerdesk.core.recurrence import Recurrence, describe_rule, occurrences, validate_rule

LONDON = ZoneInfo("Europe/London")


def test_weekly_rule_gives_every_tuesday() -> None:
    rule = Recurrence("weekly", 1).to_rrule()
    assert rule == "FREQ=WEEKLY;BYDAY=TU"
    days = occurrences(
        rule, dt.date(2026, 11, 1), None, dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    )
    assert days == [dt.date(2026, 11, d) for d in (3, 10, 17, 24)]


def test_every_other_week_counts_from_the_start_date() -> None:
    rule = Recurrence("weekly", 3, interval=2).to_rrule()
    start = dt.date(2026, 11, 5)  # a Thursday
    days = occurrences(rule, start, None, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert days == [
        dt.date(2026, 11, 5),
        dt.date(2026, 11, 19),
        dt.date(2026, 12, 3),
        dt.date(2026, 12, 17),
        dt.date(2026, 12, 31),
    ]


def test_first_tuesday_of_the_month() -> None:
    rule = Recurrence("monthly", 1, week_of_month=1).to_rrule()
    assert rule == "FREQ=MONTHLY;BYDAY=+1TU"
    days = occurrences(rule, dt.date(2026, 1, 1), None, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert days == [
        dt.date(2026, 1, 6),
        dt.date(2026, 2, 3),
        dt.date(2026, 3, 3),
        dt.date(2026, 4, 7),
        dt.date(2026, 5, 5),
        dt.date(2026, 6, 2),
    ]


def test_the_fifth_tuesday_only_in_months_that_have_one() -> None:
    rule = Recurrence("monthly", 1, week_of_month=5).to_rrule()
    days = occurrences(rule, dt.date(2026, 1, 1), None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert days == [
        dt.date(2026, 3, 31),
        dt.date(2026, 6, 30),
        dt.date(2026, 9, 29),
        dt.date(2026, 12, 29),
    ]
    assert all(day.weekday() == 1 and day.day > 28 for day in days)


def test_last_sunday_across_the_clock_changes_keeps_the_wall_clock_time() -> None:
    """British Summer Time starts on the last Sunday of March and ends on the last of October.

    A group meeting at 18:30 on the last Sunday still meets at 18:30 local time on both days,
    even though the offset from UTC differs.
    """
    rule = Recurrence("monthly", 6, week_of_month=-1).to_rrule()
    days = occurrences(rule, dt.date(2026, 1, 1), None, dt.date(2026, 3, 1), dt.date(2026, 10, 31))
    assert days[0] == dt.date(2026, 3, 29)  # clocks go forward at 01:00 UTC that morning
    assert days[-1] == dt.date(2026, 10, 25)  # clocks go back that morning
    at = dt.time(18, 30)
    spring = dt.datetime.combine(days[0], at, LONDON)
    autumn = dt.datetime.combine(days[-1], at, LONDON)
    assert spring.utcoffset() == dt.timedelta(hours=1)
    assert autumn.utcoffset() == dt.timedelta(0)
    assert (spring.hour, spring.minute) == (autumn.hour, autumn.minute) == (18, 30)


def test_weekly_sessions_stay_seven_days_apart_over_the_clock_change() -> None:
    rule = Recurrence("weekly", 6).to_rrule()
    days = occurrences(rule, dt.date(2026, 3, 15), None, dt.date(2026, 3, 15), dt.date(2026, 4, 12))
    assert [b - a for a, b in itertools.pairwise(days)] == [dt.timedelta(days=7)] * 4
    assert dt.date(2026, 3, 29) in days


def test_end_date_and_window_are_inclusive() -> None:
    rule = Recurrence("weekly", 1).to_rrule()
    days = occurrences(
        rule,
        dt.date(2026, 11, 3),
        dt.date(2026, 11, 17),
        dt.date(2026, 11, 10),
        dt.date(2026, 12, 31),
    )
    assert days == [dt.date(2026, 11, 10), dt.date(2026, 11, 17)]


def test_descriptions_read_naturally() -> None:
    assert Recurrence("weekly", 1).describe() == "Every Tuesday"
    assert Recurrence("weekly", 3, interval=2).describe() == "Every other Thursday"
    assert Recurrence("weekly", 0, interval=3).describe() == "Every 3 weeks on Monday"
    assert Recurrence("monthly", 1, week_of_month=1).describe() == "First Tuesday of the month"
    assert Recurrence("monthly", 4, week_of_month=-1).describe() == "Last Friday of the month"
    assert describe_rule("FREQ=DAILY").startswith("Custom rule")


@given(
    st.one_of(
        st.builds(Recurrence, st.just("weekly"), st.integers(0, 6), st.integers(1, 52)),
        st.builds(
            Recurrence,
            st.just("monthly"),
            st.integers(0, 6),
            st.just(1),
            st.sampled_from([1, 2, 3, 4, 5, -1]),
        ),
    )
)
def test_every_friendly_rule_round_trips_through_its_rrule(recurrence: Recurrence) -> None:
    assert Recurrence.from_rrule(recurrence.to_rrule()) == recurrence
    assert validate_rule(recurrence.to_rrule()) == recurrence.to_rrule()


@pytest.mark.parametrize("bad", ["", "   ", "FREQ=SOMETIMES", "DTSTART:20260101\nRRULE:FREQ=DAILY"])
def test_invalid_rules_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(ValidationError, match="not a valid recurrence rule"):
        validate_rule(bad)


def test_out_of_range_choices_are_refused() -> None:
    with pytest.raises(ValidationError):
        Recurrence("weekly", 7)
    with pytest.raises(ValidationError):
        Recurrence("weekly", 1, interval=0)
    with pytest.raises(ValidationError):
        Recurrence("monthly", 1, week_of_month=6)
