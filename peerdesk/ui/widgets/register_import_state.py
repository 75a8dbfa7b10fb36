"""The register import's state and its two preview tables.

``RegisterImportState`` holds what the wizard has got to: the register as read, the group, the
options and the preview for them. Any change of these works the preview out again in the
background (``preview_attendance`` reads the group's sessions and people; it writes nothing);
an answer that comes back after a newer change is dropped. ``DatesModel`` shows each date of
the register with what becomes of it, ``PeopleModel`` each row of names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from peerdesk.core.importing import (
    AttendancePreview,
    AttendanceSummary,
    RegisterOptions,
    RegisterRow,
    RegisterSheet,
    SessionDate,
    preview_attendance,
)
from peerdesk.core.importing.registers import day_text
from peerdesk.core.storage import Store
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import ModelIndex, RowTableModel
from peerdesk.ui.operations import Progress, run_in_background

DAY, COLUMN, HAPPENS, PRESENT, APOLOGIES, HEADCOUNT = range(6)
LINE, NAME, OUTCOME, REASON = range(4)
_NUMBERS = (PRESENT, APOLOGIES, HEADCOUNT)


class RegisterImportState(QObject):
    """The register, the group, the options and their preview, shared by the wizard's pages."""

    preview_changed = Signal()  # a new preview, a problem instead of one, or work started

    def __init__(
        self, store: Store, today: Callable[[], dt.date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.sheet: RegisterSheet | None = None
        self.group_id: int | None = None
        self.options = RegisterOptions()
        self.preview: AttendancePreview | None = None
        self.problem = ""  # why there is no preview for these choices
        self.working = False
        self.summary: AttendanceSummary | None = None
        self._asked = 0  # how many previews were asked for: only the latest is kept

    @property
    def ready(self) -> bool:
        """A preview for what is on screen is there (and nothing newer is on its way)."""
        return self.preview is not None and not self.working

    def set_sheet(self, sheet: RegisterSheet | None) -> None:
        if sheet is not self.sheet:
            self.sheet = sheet
            self.refresh()

    def set_group(self, group_id: int | None) -> None:
        if group_id != self.group_id:
            self.group_id = group_id
            self.refresh()

    def set_options(self, options: RegisterOptions) -> None:
        if options != self.options:
            self.options = options
            self.refresh()

    def refresh(self) -> None:
        """Work the preview out again, in the background (nothing to do without a register
        and a group)."""
        self._asked += 1
        asked = self._asked
        self.preview, self.problem = None, ""
        sheet, group_id, options = self.sheet, self.group_id, self.options
        self.working = sheet is not None and group_id is not None
        self.preview_changed.emit()
        if sheet is None or group_id is None:
            return
        store, today = self.store, self.today()

        def work(progress: Progress) -> AttendancePreview:
            return preview_attendance(
                store, sheet, group_id, today=today, options=options, progress=progress.report
            )

        def answered(preview: AttendancePreview | None, problem: str = "") -> None:
            if asked == self._asked:
                self.preview, self.problem, self.working = preview, problem, False
                self.preview_changed.emit()

        run_in_background(work, answered, lambda message: answered(None, message), context=self)


# -- the dates -----------------------------------------------------------------------------------
def date_outcome(date: SessionDate) -> str:
    """What becomes of one date of the register, in a few words."""
    if date.outcome == "no_session":
        return _tr("No session that day: skipped")
    if date.outcome == "cancelled":
        reason = date.cancel_reason or _tr("no reason given")
        return _tr("Session cancelled ({reason}): skipped").format(reason=reason)
    if date.outcome == "empty":
        return _tr("Nothing marked: left alone")
    counts = date.counts
    if date.outcome == "extra":
        first = _tr("No session: one will be added") if date.changes else _tr("No session")
    else:
        first = _tr("Session found")
    parts = [first]
    named = counts.add_present + counts.add_apologies
    if named:
        parts.append(_tr("{n} to record by name").format(n=named))
    if counts.already or counts.conflicts:
        parts.append(_tr("{n} already in peerdesk").format(n=counts.already + counts.conflicts))
    change = date.headcount_change
    if change == "set":
        parts.append(_tr("headcount {n} to set").format(n=date.headcount))
    elif change == "same":
        parts.append(_tr("headcount already {n}").format(n=date.headcount))
    elif change == "kept":
        parts.append(
            _tr("headcount {old} kept (the file says {new})").format(
                old=date.existing_headcount, new=date.headcount
            )
        )
    elif change == "too_big":
        parts.append(_tr("headcount {n} too big to be right: not set").format(n=date.headcount))
    if not date.changes and date.outcome == "session":
        parts.append(_tr("nothing new"))
    return "; ".join(parts)


class DatesModel(RowTableModel[SessionDate]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            _tr("Date"),
            _tr("Column"),
            _tr("Session, and what happens"),
            _tr("Present"),
            _tr("Apologies"),
            _tr("Headcount"),
        )

    def text(self, row: SessionDate, column: int) -> str:
        if column == DAY:
            return day_text(row.date)
        if column == COLUMN:
            return row.column
        if column == HAPPENS:
            return date_outcome(row)
        if column == PRESENT:
            return str(row.counts.present)
        if column == APOLOGIES:
            return str(row.counts.apologies)
        return str(row.headcount)

    def accessible_text(self, row: SessionDate, column: int) -> str:
        words = {
            COLUMN: _tr("Column {text}"),
            PRESENT: _tr("{text} present"),
            APOLOGIES: _tr("{text} apologies"),
            HEADCOUNT: _tr("Headcount {text}"),
        }.get(column, "{text}")
        return words.format(text=self.text(row, column))

    def tooltip(self, row: SessionDate, column: int) -> str | None:
        heading = _tr("Column {column}, headed “{heading}”: {date}").format(
            column=row.column, heading=row.heading, date=day_text(row.date)
        )
        return f"{heading}\n{date_outcome(row)}"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


# -- the people ----------------------------------------------------------------------------------
def row_outcome(row: RegisterRow) -> str:
    """What becomes of one row of names: matched, new, counted anonymously or skipped."""
    if row.outcome == "named":
        return _tr("Matched")
    if row.outcome == "new":
        return _tr("New: added")
    if row.outcome == "counted":
        return _tr("Counted anonymously")
    if row.outcome == "unmarked":
        return _tr("Nothing to record")
    return _tr("Skipped")


class PeopleModel(RowTableModel[RegisterRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Row"), _tr("Name"), _tr("What happens"), _tr("Why"))

    def text(self, row: RegisterRow, column: int) -> str:
        if column == LINE:
            return str(row.line)
        if column == NAME:
            return row.name or _tr("(no name)")
        if column == OUTCOME:
            return row_outcome(row)
        return row.note

    def accessible_text(self, row: RegisterRow, column: int) -> str:
        if column == LINE:
            return _tr("Row {line}").format(line=row.line)
        return self.text(row, column)

    def tooltip(self, row: RegisterRow, column: int) -> str | None:
        said = _tr("Row {line}, {name}: {outcome}").format(
            line=row.line, name=self.text(row, NAME), outcome=row_outcome(row)
        )
        return f"{said}\n{row.note}"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
