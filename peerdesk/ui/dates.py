"""Dates and times as the screens show them, in the words and order of the chosen locale.

In the UK: "Tue 24 Nov", "Tuesday 24 November 2026", "18:30–20:30"; in the US "Tue Nov 24"
and "6:30 PM". The patterns come from the locale's own long date format (Qt's copy of the
Unicode CLDR), so a new language gets its date order for free; the comma after the day's
name is dropped, as the screens read better without it. The printed sheets keep their own
words (``peerdesk.printing``), being made outside Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from PySide6.QtCore import QDate, QLocale, QTime

from peerdesk.ui.i18n import tr as _tr

_YEAR = re.compile(r"[,\s]*y+年?[,\s]*")
_TRAILING_LITERAL = re.compile(r"\s*'[^']*'\s*$")


@functools.cache
def _patterns(locale_name: str) -> tuple[str, str, str, str]:
    """(long with year, long, short with year, short) for a locale."""
    full = QLocale(locale_name).dateFormat(QLocale.FormatType.LongFormat)
    full = full.replace("dddd, ", "dddd ")
    without_year = _TRAILING_LITERAL.sub("", _YEAR.sub(" ", full).strip(" ,"))
    return full, without_year, _shorten(full), _shorten(without_year)


def _shorten(pattern: str) -> str:
    """Short names of days and months ("Tue", "Nov")."""
    return pattern.replace("dddd", "ddd").replace("MMMM", "MMM")


def _format(day: dt.date, *, short: bool, with_year: bool) -> str:
    locale = QLocale()
    patterns = _patterns(locale.name())
    pattern = patterns[(2 if short else 0) + (0 if with_year else 1)]
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


_WEEKDAY = re.compile(r"d{3,4}[,.]?\s*")


def plain_date(day: dt.date, *, long: bool = False, with_year: bool = True) -> str:
    """ "24 Nov 2026" (``long``: "24 November 2026"; without ``with_year``: "24 Nov"): the
    locale's date without the weekday."""
    locale = QLocale()
    pattern = _patterns(locale.name())[(0 if long else 2) + (0 if with_year else 1)]
    pattern = _WEEKDAY.sub("", pattern).strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def month_year(day: dt.date, *, short: bool = False) -> str:
    """ "November 2026" (``short``: "Nov 2026")."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM yyyy" if short else "MMMM yyyy")


def month_short(day: dt.date) -> str:
    """ "Nov"."""
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def day_name(day: dt.date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def short_date(day: dt.date, *, with_year: bool = False) -> str:
    """ "Tue 24 Nov" (with ``with_year``: "Tue 24 Nov 2026")."""
    return _format(day, short=True, with_year=with_year)


def long_date(day: dt.date, *, with_year: bool = False) -> str:
    """ "Tuesday 24 November" (with ``with_year``: "Tuesday 24 November 2026")."""
    return _format(day, short=False, with_year=with_year)


def clock(moment: dt.time) -> str:
    """ "18:30" (or "6:30 PM" where the locale says so)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def clock_with_seconds(moment: dt.time) -> str:
    """ "18:30:05": for lists where two entries can fall in the same minute."""
    pattern = QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss", 1)
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), pattern)


def when(moment: dt.datetime, *, seconds: bool = False) -> str:
    """ "Fri 20 Nov 2026 at 18:30": a moment such as when a backup was made."""
    time = clock_with_seconds(moment.time()) if seconds else clock(moment.time())
    return _tr("{day} at {time}").format(day=short_date(moment.date(), with_year=True), time=time)


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
