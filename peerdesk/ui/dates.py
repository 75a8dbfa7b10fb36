"""Dates and times as the screens show them: "Tue 24 Nov", "Tuesday 24 November", "18:30–20:30".

Written out here rather than with ``strftime``, whose day and month names follow the system
locale and would make the screens (and the tests) differ from one computer to the next.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("dates", text)


def day_name(day: dt.date) -> str:
    return _tr(_DAYS[day.weekday()])


def short_date(day: dt.date, *, with_year: bool = False) -> str:
    """ "Tue 24 Nov" (with ``with_year``: "Tue 24 Nov 2026")."""
    text = f"{_tr(_DAYS[day.weekday()])[:3]} {day.day} {_tr(_MONTHS[day.month - 1])[:3]}"
    return f"{text} {day.year}" if with_year else text


def long_date(day: dt.date, *, with_year: bool = False) -> str:
    """ "Tuesday 24 November" (with ``with_year``: "Tuesday 24 November 2026")."""
    text = f"{day_name(day)} {day.day} {_tr(_MONTHS[day.month - 1])}"
    return f"{text} {day.year}" if with_year else text


def clock(moment: dt.time) -> str:
    return moment.strftime("%H:%M")


def time_span(start: dt.time, minutes: int) -> str:
    """ "18:30–20:30"."""
    end = (dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=minutes)).time()
    return f"{clock(start)}–{clock(end)}"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qtime(moment: dt.time) -> QTime:
    return QTime(moment.hour, moment.minute)


def from_qtime(moment: QTime) -> dt.time:
    return dt.time(moment.hour(), moment.minute())
