"""Names of weekdays and months in the chosen language.

Spelled out rather than taken from ``strftime("%A")``: strftime follows the C library's locale,
not the program's language, and the catalogue tool must see each name to offer it.
"""

from __future__ import annotations

import datetime as dt

from peerdesk.core.text import translate


def weekday_name(day: dt.date) -> str:
    return weekday_by_number(day.weekday())


def weekday_by_number(number: int) -> str:
    """0 is Monday, 6 is Sunday (as ``date.weekday()``)."""
    return (
        translate("day_names", "Monday"),
        translate("day_names", "Tuesday"),
        translate("day_names", "Wednesday"),
        translate("day_names", "Thursday"),
        translate("day_names", "Friday"),
        translate("day_names", "Saturday"),
        translate("day_names", "Sunday"),
    )[number]


def short_weekday_by_number(number: int) -> str:
    """ "Mon" for 0 … "Sun" for 6: a short name of its own, never a cut long one."""
    return (
        translate("day_names", "Mon"),
        translate("day_names", "Tue"),
        translate("day_names", "Wed"),
        translate("day_names", "Thu"),
        translate("day_names", "Fri"),
        translate("day_names", "Sat"),
        translate("day_names", "Sun"),
    )[number]


def month_name(day: dt.date) -> str:
    return (
        translate("day_names", "January"),
        translate("day_names", "February"),
        translate("day_names", "March"),
        translate("day_names", "April"),
        translate("day_names", "May"),
        translate("day_names", "June"),
        translate("day_names", "July"),
        translate("day_names", "August"),
        translate("day_names", "September"),
        translate("day_names", "October"),
        translate("day_names", "November"),
        translate("day_names", "December"),
    )[day.month - 1]


def weekday_plural(day: dt.date) -> str:
    """The weekday as in "does not usually do Mondays"."""
    return (
        translate("day_names", "Mondays"),
        translate("day_names", "Tuesdays"),
        translate("day_names", "Wednesdays"),
        translate("day_names", "Thursdays"),
        translate("day_names", "Fridays"),
        translate("day_names", "Saturdays"),
        translate("day_names", "Sundays"),
    )[day.weekday()]


def short_month_name(day: dt.date) -> str:
    return (
        translate("day_names", "Jan"),
        translate("day_names", "Feb"),
        translate("day_names", "Mar"),
        translate("day_names", "Apr"),
        translate("day_names", "May"),
        translate("day_names", "Jun"),
        translate("day_names", "Jul"),
        translate("day_names", "Aug"),
        translate("day_names", "Sep"),
        translate("day_names", "Oct"),
        translate("day_names", "Nov"),
        translate("day_names", "Dec"),
    )[day.month - 1]


def short_date_words(day: dt.date) -> str:
    """ "24 Nov 2026", in the chosen language (strftime's %b would follow the C library)."""
    return translate("day_names", "{day} {month} {year}").format(
        day=day.day, month=short_month_name(day), year=day.year
    )
