"""Recurring schedules as standard RFC 5545 recurrence rules (python-dateutil does the arithmetic).

A group's schedule is stored as an RRULE value such as ``FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`` or
``FREQ=MONTHLY;BYDAY=+1TU``. ``Recurrence`` is the friendly shape the screens edit; any other
valid rule can still be stored and is described as a custom rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from dateutil.rrule import rrule, rrulestr

from peerdesk.core.day_names import weekday_by_number
from peerdesk.core.errors import ValidationError
from peerdesk.core.text import translate

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}

Frequency = Literal["weekly", "monthly"]

_WEEKLY = re.compile(r"^FREQ=WEEKLY(?:;INTERVAL=(\d+))?;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$")
_MONTHLY = re.compile(r"^FREQ=MONTHLY;BYDAY=([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$")


@dataclass(frozen=True)
class Recurrence:
    """Every N weeks on a weekday, or the Nth (or last) weekday of each month."""

    frequency: Frequency
    weekday: int  # 0 = Monday ... 6 = Sunday
    interval: int = 1  # weeks between sessions (weekly only)
    week_of_month: int = 1  # 1..5, or -1 for the last (monthly only)

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValidationError(translate("recurrence", "Choose a day of the week."))
        if self.frequency == "weekly" and not 1 <= self.interval <= 52:
            raise ValidationError(
                translate("recurrence", "Sessions can repeat every 1 to 52 weeks.")
            )
        if self.frequency == "monthly" and self.week_of_month not in ORDINALS:
            raise ValidationError(
                translate(
                    "recurrence", "Choose the first, second, third, fourth, fifth or last week."
                )
            )

    def to_rrule(self) -> str:
        day = WEEKDAY_CODES[self.weekday]
        if self.frequency == "weekly":
            interval = f";INTERVAL={self.interval}" if self.interval != 1 else ""
            return f"FREQ=WEEKLY{interval};BYDAY={day}"
        sign = "+" if self.week_of_month > 0 else ""
        return f"FREQ=MONTHLY;BYDAY={sign}{self.week_of_month}{day}"

    @classmethod
    def from_rrule(cls, value: str) -> Recurrence | None:
        """The friendly shape of a stored rule, or None for a custom rule."""
        weekly = _WEEKLY.match(value)
        if weekly:
            return cls("weekly", WEEKDAY_CODES.index(weekly[2]), interval=int(weekly[1] or 1))
        monthly = _MONTHLY.match(value)
        if monthly and int(monthly[1]) in ORDINALS:
            return cls("monthly", WEEKDAY_CODES.index(monthly[2]), week_of_month=int(monthly[1]))
        return None

    def describe(self) -> str:
        day = weekday_by_number(self.weekday)
        if self.frequency == "weekly":
            if self.interval == 1:
                return translate("recurrence", "Every {weekday}").format(weekday=day)
            if self.interval == 2:
                return translate("recurrence", "Every other {weekday}").format(weekday=day)
            return translate("recurrence", "Every {count} weeks on {weekday}").format(
                count=self.interval, weekday=day
            )
        # A whole phrase per week of the month, so that a translation can agree the ordinal.
        monthly = {
            1: translate("recurrence", "First {weekday} of the month"),
            2: translate("recurrence", "Second {weekday} of the month"),
            3: translate("recurrence", "Third {weekday} of the month"),
            4: translate("recurrence", "Fourth {weekday} of the month"),
            5: translate("recurrence", "Fifth {weekday} of the month"),
            -1: translate("recurrence", "Last {weekday} of the month"),
        }
        return monthly[self.week_of_month].format(weekday=day)


def describe_rule(value: str) -> str:
    recurrence = Recurrence.from_rrule(value)
    if recurrence is None:
        return translate("recurrence", "Custom rule ({rule})").format(rule=value)
    return recurrence.describe()


def validate_rule(value: str) -> str:
    """Check that ``value`` is an RRULE dateutil understands and return it tidied."""
    cleaned = value.strip().upper()
    if cleaned.startswith("RRULE:"):
        cleaned = cleaned[len("RRULE:") :]
    if not cleaned or "DTSTART" in cleaned:
        raise ValidationError(
            translate("recurrence", "The schedule is not a valid recurrence rule.")
        )
    try:
        _rule(cleaned, dt.date(2000, 1, 1))
    except (ValueError, TypeError) as error:
        raise ValidationError(
            translate(
                "recurrence", "The schedule is not a valid recurrence rule ({error})."
            ).format(error=error)
        ) from error
    return cleaned


def occurrences(
    rule: str,
    start: dt.date,
    end: dt.date | None,
    window_from: dt.date,
    window_to: dt.date,
) -> list[dt.date]:
    """Dates of the schedule from ``start`` (to ``end``, if any) that fall in the window."""
    last = min(window_to, end) if end is not None else window_to
    first = max(window_from, start)
    if last < first:
        return []
    recurrence = _rule(rule, start)
    found = recurrence.between(
        dt.datetime.combine(first, dt.time.min),
        dt.datetime.combine(last, dt.time.max),
        inc=True,
    )
    return [moment.date() for moment in found]


def _rule(value: str, start: dt.date) -> rrule:
    # Dates only: the session's wall-clock time is stored separately, so clock changes
    # (British Summer Time) never shift a session away from its advertised time.
    parsed = rrulestr(value, dtstart=dt.datetime.combine(start, dt.time.min))
    if not isinstance(parsed, rrule):
        raise ValueError("only a single recurrence rule is supported")
    return parsed
