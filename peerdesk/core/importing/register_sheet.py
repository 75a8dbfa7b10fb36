"""Reading a register sheet: the row of dates, the column of names, what each cell says.

No database is needed, so a file that is not a register is refused before one is opened. The
rules are in the description of ``registers``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from peerdesk.core.errors import ValidationError
from peerdesk.core.importing.columns import (
    NAME_FIELDS,
    Field,
    guess_field,
    guess_mapping,
    ignored_reason,
    looks_like_health,
)
from peerdesk.core.importing.readers import HEADER_SEARCH_ROWS, MAX_COLUMNS, Table
from peerdesk.core.importing.register_dates import HeadingDate, read_date_heading, title_year
from peerdesk.core.text import translate

Mark = Literal["present", "apologies", "absent"]

_NAME_ORDER: tuple[Field, ...] = ("preferred_name", "full_name", "first_name")
_MARKS: dict[str, Mark] = {
    **dict.fromkeys(
        ("✓", "✔", "☑", "✅", "√", "x", "y", "yes", "1", "p", "present", "tick", "ticked",
         "here", "came", "attended", "l", "late", "/", "true"),
        "present",
    ),
    **dict.fromkeys(
        ("a", "apologies", "apols", "apol", "apology", "apologised", "aps", "sent apologies",
         "apologies sent"),
        "apologies",
    ),
    **dict.fromkeys(
        ("", "0", "-", "–", "—", "n", "no", "absent", "abs", "false", "dna", "did not attend"),
        "absent",
    ),
}  # fmt: skip
_DASHES = frozenset({"", "-", "–", "—"})
_HEADCOUNT_FIRST_WORDS = frozenset({"anonymous", "anon", "unnamed", "headcount"})
_HEADCOUNT_KEYS = frozenset({"headcount", "notnamed", "nonamegiven"})
_TOTAL_FIRST_WORDS = frozenset({"total", "totals", "count", "sum", "subtotal"})
_TOTAL_KEYS = frozenset(
    {"attended", "attendance", "sessionsattended", "numberpresent", "numbers", "noofsessions",
     "numberofsessions", "timesattended", "present"}
)  # fmt: skip

_COUNT = re.compile(r"\d{1,6}(?:\.0+)?")
_WORD = re.compile(r"[^\W_]+")


# -- reading one cell ----------------------------------------------------------------------------
def read_mark(text: str) -> Mark | None:
    """What a register cell says (a blank is "absent"), or None when it is not understood."""
    return _MARKS.get(" ".join(text.split()).casefold().rstrip(".!"))


def column_letter(index: int) -> str:
    """The spreadsheet's name for a column: 0 is A, 26 is AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _is_total(text: str) -> bool:
    words = _words(text)
    return bool(words) and (words[0] in _TOTAL_FIRST_WORDS or "".join(words) in _TOTAL_KEYS)


def _is_headcount(text: str) -> bool:
    words = _words(text)
    return bool(words) and (words[0] in _HEADCOUNT_FIRST_WORDS or "".join(words) in _HEADCOUNT_KEYS)


def headcount_cell(text: str) -> int | None:
    """A headcount cell as a number (blank or a dash is none); None if it is not a number."""
    text = text.strip()
    if text in _DASHES:
        return 0
    return int(float(text)) if _COUNT.fullmatch(text) else None


# -- reading the sheet ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DateColumn:
    index: int
    heading: str
    written: HeadingDate
    marked: bool
    """Something is written in this column below the heading."""

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class SheetRow:
    line: int
    """The row number the spreadsheet program shows."""
    name: str
    marks: tuple[str, ...]
    """The cell under each date column, in the order of ``RegisterSheet.dates``."""


@dataclass(frozen=True)
class LeftOut:
    """A row or column that is not imported, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return translate("importing", "{where} not imported: {reason}").format(
            where=self.where, reason=self.reason
        )


@dataclass(frozen=True)
class RegisterSheet:
    """The register as read from the file, before it meets the database."""

    source_name: str
    heading_line: int
    names_from: str
    """Where the names are: "column A “Name”"."""
    dates: tuple[DateColumn, ...]
    people: tuple[SheetRow, ...]
    headcounts: tuple[SheetRow, ...]
    """Rows of people counted but not named ("Anonymous", "Headcount")."""
    left_out: tuple[LeftOut, ...]
    title: str = ""
    """The title cell a year was found in, if any."""
    title_year: int | None = None


def read_register(table: Table) -> RegisterSheet:
    """Find the row of dates and the column of names; refuse a file that has neither."""
    grid = [(table.header_line, table.headers)]
    grid += [(row.line, row.cells) for row in table.rows]
    position, written = _heading_row([cells for _, cells in grid[: HEADER_SEARCH_ROWS + 1]])
    if not written:
        raise ValidationError(
            translate(
                "importing",
                "No dates were found in the headings of {source_name}, so there is "
                "nothing to import. A register has a column for each session headed by "
                "its date, such as “24/11/2026”, “24 Nov” or “Tue 24 Nov 2026”. Its "
                "headings are: {grid}.",
            ).format(source_name=table.source_name, grid=_listed(grid[0][1]))
        )
    heading_line, headings = grid[position]
    body = grid[position + 1 :]
    if not any(_cell(cells, index) for _, cells in body for index in written):
        raise ValidationError(
            translate(
                "importing",
                "{source_name} has dates in its headings (row {heading_line}) but "
                "nothing is marked under them, so there is nothing to import.",
            ).format(source_name=table.source_name, heading_line=heading_line)
        )
    name_columns = _name_columns(table.source_name, headings, written)
    dates = tuple(
        DateColumn(index, headings[index], date, any(_cell(c, index) for _, c in body))
        for index, date in written.items()
    )
    title, year = title_year(
        [cell for _, cells in grid[:position] for cell in cells]
        + [h for i, h in enumerate(headings) if i not in written]
    )
    people, headcounts, left_out = [], [], []
    for line, cells in body:
        name = " ".join(" ".join(_cell(cells, i) for i in name_columns).split())
        row = SheetRow(line, name, tuple(_cell(cells, c.index) for c in dates))
        if _is_headcount(name):
            headcounts.append(row)
        elif _is_total(name):
            where = translate("importing", "row {line} “{name}”").format(line=line, name=name)
            left_out.append(
                LeftOut(where, translate("importing", "peerdesk works out totals itself"))
            )
        else:
            people.append(row)
    used = set(written) | set(name_columns)
    left_out[:0] = [
        LeftOut(column_place(index, headings[index]), _column_reason(headings[index]))
        for index in range(len(headings))
        if index not in used and (headings[index] or any(_cell(c, index) for _, c in body))
    ]
    if len(table.headers) >= MAX_COLUMNS:
        left_out.append(
            LeftOut(
                translate("importing", "columns after {letter}").format(
                    letter=column_letter(MAX_COLUMNS - 1)
                ),
                translate(
                    "importing",
                    "peerdesk reads the first {count} columns of a sheet; split a wider "
                    "register into two files",
                ).format(count=MAX_COLUMNS),
            )
        )
    return RegisterSheet(
        source_name=table.source_name,
        heading_line=heading_line,
        names_from=_names_from([column_place(i, headings[i]) for i in name_columns]),
        dates=dates,
        people=tuple(people),
        headcounts=tuple(headcounts),
        left_out=tuple(left_out),
        title=title,
        title_year=year,
    )


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _listed(cells: Iterable[str]) -> str:
    return ", ".join(f"“{cell}”" for cell in cells if cell) or translate("importing", "none")


def column_place(index: int, heading: str) -> str:
    if heading:
        return translate("importing", "column {letter} “{heading}”").format(
            letter=column_letter(index), heading=heading
        )
    return translate("importing", "column {letter}").format(letter=column_letter(index))


def _names_from(columns: Sequence[str]) -> str:
    """One column, or a first name and a surname."""
    if len(columns) == 2:
        return translate("importing", "{first} and {second}").format(
            first=columns[0], second=columns[1]
        )
    return columns[0]


def _heading_row(rows: Sequence[Sequence[str]]) -> tuple[int, dict[int, HeadingDate]]:
    """The row of dates: the one with the most, among the first rows. A row below the reader's
    heading row needs two at least, and a row whose next row has dates in most of the same
    columns holds data (a list of people with a "Date joined" column), not headings."""
    found = [_date_cells(cells) for cells in rows]
    best, best_count = 0, 0
    for position, dates in enumerate(found[:HEADER_SEARCH_ROWS]):
        below = found[position + 1] if position + 1 < len(found) else {}
        if 2 * len(below.keys() & dates.keys()) > len(dates):
            continue
        if len(dates) >= (1 if position == 0 else 2) and len(dates) > best_count:
            best, best_count = position, len(dates)
    return best, found[best] if best_count else {}


def _date_cells(cells: Sequence[str]) -> dict[int, HeadingDate]:
    found = {}
    for index, cell in enumerate(cells):
        written = read_date_heading(cell) if cell else None
        if written is not None:
            found[index] = written
    return found


def _name_columns(
    source_name: str, headings: Sequence[str], dates: dict[int, HeadingDate]
) -> tuple[int, ...]:
    mapping = guess_mapping([h if i not in dates else "" for i, h in enumerate(headings)])
    for name_field in _NAME_ORDER:
        index = mapping.column(name_field)
        if index is not None:
            surname = mapping.column("last_name")
            return (index,) if name_field != "first_name" or surname is None else (index, surname)
    first_date = min(dates)
    if first_date > 0:
        return (0,)
    raise ValidationError(
        translate(
            "importing",
            "No column of names was found in {source_name}: its first column holds "
            "dates. Put the names in the first column, or head their column “Name”.",
        ).format(source_name=source_name)
    )


def _column_reason(heading: str) -> str:
    if looks_like_health(heading) or not heading:
        return ignored_reason(heading)
    if _is_total(heading):
        return translate("importing", "peerdesk works out totals itself")
    if guess_field(heading) in NAME_FIELDS:
        return translate("importing", "the names are read from one column")
    return translate("importing", "its heading is not a date")
