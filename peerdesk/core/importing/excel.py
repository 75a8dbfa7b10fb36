"""Reading a workbook (.xlsx) with openpyxl, and recognising the other zip-based files
(OpenDocument, Word) people may pick by mistake.

openpyxl raises many different exceptions on a damaged file (zip, XML, key and value errors);
all of them become one ``UnreadableFileError`` saying the file seems damaged.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from peerdesk.core.importing.readers import (
    HEADER_SEARCH_ROWS,
    MAX_COLUMNS,
    OtherKind,
    Progress,
    Table,
    UnreadableFileError,
    build_table,
    known_fields,
    not_a_spreadsheet,
)
from peerdesk.core.text import translate

if TYPE_CHECKING:
    # Read-only sheets behave as Worksheet does for reading (the stubs say so too).
    from openpyxl.worksheet.worksheet import Worksheet as Sheet

# A workbook is compressed; what it may unpack to is limited too (a "zip bomb" is refused).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Rows read at most. A sheet may claim a million rows (a stray cell at the bottom) and openpyxl
# would hand over every empty one; no list of people runs this far.
MAX_LINES = 200_000

# openpyxl warns about features it skips (styles, data validation), which are not our concern.
# Set once here rather than with catch_warnings(), which is not safe in a background thread.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
_PROGRESS_EVERY = 1000


def read_workbook(name: str, data: bytes, *, sheet: str | None, progress: Progress | None) -> Table:
    _check_zip(name, data)
    import openpyxl  # imported here: only workbooks need it, and it takes a while to load

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
        try:
            sheets = book.worksheets
            if not sheets:
                raise UnreadableFileError(
                    translate("importing", "{name} has no worksheets, only charts.").format(
                        name=name
                    )
                )
            chosen = _choose_sheet(name, sheets, sheet)
            return build_table(
                _records(chosen, progress),
                source_name=name,
                kind="xlsx",
                sheet=chosen.title,
                sheets=tuple(s.title for s in sheets),
            )
        finally:
            book.close()
    except UnreadableFileError:
        raise
    except _Interrupted as stop:
        raise stop.error from None
    except Exception:  # see the module docstring
        raise UnreadableFileError(
            translate(
                "importing",
                "{name} could not be read as an Excel workbook: it seems to be damaged. "
                "Open it in your spreadsheet program and save it again.",
            ).format(name=name)
        ) from None


def _check_zip(name: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {member.filename: member for member in archive.infolist()}
            if sum(member.file_size for member in members.values()) > MAX_UNPACKED_BYTES:
                raise UnreadableFileError(
                    translate(
                        "importing",
                        "{name} unpacks to more than {max_unpacked_bytes} MB, far more than a "
                        "list of people. Is this the right file?",
                    ).format(name=name, max_unpacked_bytes=MAX_UNPACKED_BYTES // 1024 // 1024)
                )
            small = "mimetype" in members and members["mimetype"].file_size < 200
            mimetype = archive.read("mimetype") if small else b""
    except UnreadableFileError:
        raise
    except Exception:  # a damaged zip raises several kinds of error, as openpyxl does
        raise UnreadableFileError(
            translate(
                "importing",
                "{name} looks like a workbook but seems to be damaged. Open it in your "
                "spreadsheet program and save it again.",
            ).format(name=name)
        ) from None
    names = set(members)
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        raise UnreadableFileError(
            translate(
                "importing",
                "{name} is an OpenDocument spreadsheet (.ods), which peerdesk cannot "
                "read yet. In LibreOffice, choose File, Save As, and pick Excel 2007-365 "
                "(.xlsx) or Text CSV, then import that file.",
            ).format(name=name)
        )
    if "xl/workbook.xml" not in names:
        kind: OtherKind = "word" if "word/document.xml" in names else "zip"
        raise UnreadableFileError(not_a_spreadsheet(name, kind))


def _choose_sheet(name: str, sheets: Sequence[Sheet], wanted: str | None) -> Sheet:
    """The sheet asked for, else the first whose top rows name known columns, else the first."""
    if wanted is not None:
        for candidate in sheets:
            if candidate.title.casefold() == wanted.strip().casefold():
                return candidate
        listed = ", ".join(f"“{s.title}”" for s in sheets)
        raise UnreadableFileError(
            translate(
                "importing", "{name} has no sheet called “{wanted}”. Its sheets: {listed}."
            ).format(name=name, wanted=wanted, listed=listed)
        )
    for candidate in sheets:
        top = candidate.iter_rows(
            max_row=HEADER_SEARCH_ROWS * 3, max_col=MAX_COLUMNS, values_only=True
        )
        if any(known_fields(_text(value) for value in values) for values in top):
            return candidate
    return sheets[0]


def _records(sheet: Sheet, progress: Progress | None) -> Iterator[tuple[str, ...]]:
    total = min(sheet.max_row or 0, MAX_LINES)
    rows = sheet.iter_rows(max_row=MAX_LINES, max_col=MAX_COLUMNS, values_only=True)
    for number, values in enumerate(rows, start=1):
        if progress is not None and number % _PROGRESS_EVERY == 0:
            try:
                progress(number, max(total, number))
            except Exception as error:
                raise _Interrupted(error) from None
        if values.count(None) == len(values):
            yield ()  # quicker than converting hundreds of empty cells
        else:
            yield tuple(_text(value) for value in values)


class _Interrupted(Exception):
    """Carries what the progress callback raised (a cancel) past the "damaged file" handler."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error


def _text(value: object) -> str:
    """A cell as the spreadsheet shows it, near enough: whole numbers without ".0" (a phone
    number typed as a number), dates as YYYY-MM-DD, TRUE/FALSE as yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
