"""Reading the dates a register's headings write: day first, as in the UK, the year optional.

What is accepted is listed in ``registers``' own description. A heading is read on its own
(``read_date_heading``); headings without a year get theirs from the ones before them
(``run_on``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peerdesk.core.day_names import short_date_words

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    r"\b[\s,.]*"
)
_TIME = re.compile(r"[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}|\d{2}))?")
_ISO = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2}) ([a-z]+)(?: (\d{4}|\d{2}))?")
_MONTH_DAY = re.compile(r"([a-z]+) (\d{1,2})(?: (\d{4}))?")
_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(
    (dt.date(2000, 1, 1) - _EXCEL_EPOCH).days, (dt.date(2100, 1, 1) - _EXCEL_EPOCH).days
)
_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


@dataclass(frozen=True)
class HeadingDate:
    """A date as a heading writes it; the year may be missing."""

    day: int
    month: int
    year: int | None


def read_date_heading(text: str) -> HeadingDate | None:
    """A column heading as a date (day first), or None when it is not one."""
    cleaned = _TIME.sub("", " ".join(text.casefold().split()))
    cleaned = _WEEKDAY.sub("", cleaned)
    if re.search(r"[a-z]", cleaned):
        cleaned = " ".join(re.sub(r"[,/.\-]", " ", cleaned).split())
    cleaned = _ORDINAL.sub(r"\1", cleaned)
    if found := _NUMERIC.fullmatch(cleaned):
        day, month, year = found.groups()
    elif found := _ISO.fullmatch(cleaned):
        year, month, day = found.groups()
    elif (found := _DAY_MONTH.fullmatch(cleaned)) and found[2] in _MONTHS:
        day, month, year = found[1], str(_MONTHS[found[2]]), found[3]
    elif (found := _MONTH_DAY.fullmatch(cleaned)) and found[1] in _MONTHS:
        day, month, year = found[2], str(_MONTHS[found[1]]), found[3]
    elif _SERIAL.fullmatch(cleaned) and int(cleaned) in _SERIALS:
        day_number = _EXCEL_EPOCH + dt.timedelta(days=int(cleaned))
        return HeadingDate(day_number.day, day_number.month, day_number.year)
    else:
        return None
    written = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12) or not 1900 <= (written or 2000) < 2100:
        return None
    return HeadingDate(int(day), int(month), written)


def day_text(day: dt.date) -> str:
    """24 Nov 2026, in the chosen language."""
    return short_date_words(day)


def title_year(cells: Iterable[str]) -> tuple[str, int | None]:
    """The first cell that names a year (20xx), and that year (the earliest it names)."""
    for cell in cells:
        years = _YEAR.findall(cell)
        if years:
            return cell, int(min(years))
    return "", None


def run_on(headings: Sequence[HeadingDate], start_year: int) -> list[dt.date | None]:
    """Dates for the headings; those without a year run on in time from ``start_year`` (a
    January after a December is in the next year). None where there is no such day."""
    year, previous = start_year, None
    days: list[dt.date | None] = []
    for written in headings:
        if written.year is not None:
            year = written.year
        elif previous is not None and written.month < previous:
            year += 1
        previous = written.month
        try:
            days.append(dt.date(year, written.month, written.day))
        except ValueError:  # 31/02, or 29/02 of a year that has none
            days.append(None)
    return days
