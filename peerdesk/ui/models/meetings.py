"""Sessions as a table: date, time, group, venue and what is special about them.

Today's sessions are bold on a tinted background and say "Today" in words, so that the
highlight never depends on colour alone. Sessions already past are greyed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QFont, QPalette

from peerdesk.core.schedule import MeetingRow
from peerdesk.ui.dates import long_date, short_date, time_span
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import (
    RowTableModel,
    greyed_brush,
    mixed_colour,
    styled_font,
)

DATE, TIME, GROUP, VENUE, STATUS = range(5)


def status_text(row: MeetingRow) -> str:
    if row.is_cancelled:
        return _tr("Cancelled: {reason}").format(reason=row.cancel_reason)
    # Moved and extra sessions say why, when a note was given ("Moved: hall being painted").
    if row.is_one_off:
        kind = _tr("Extra session")
    elif row.is_moved:
        kind = _tr("Moved")
    else:
        return _tr("As usual")
    return f"{kind}: {row.note}" if row.note else kind


def venue_text(row: MeetingRow) -> str:
    return row.venue_name or _tr("No venue yet")


class MeetingTableModel(RowTableModel[MeetingRow]):
    def __init__(
        self,
        today: Callable[[], dt.date],
        parent: QObject | None = None,
        *,
        show_group: bool = True,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._show_group = show_group
        self.headers = (_tr("Date"), _tr("Time"), _tr("Group"), _tr("Venue"), _tr("Status"))
        self._today_font = styled_font(bold=True)
        self._cancelled_font = styled_font(italic=True)
        self._today_brush = QBrush(mixed_colour(QPalette.ColorRole.Highlight, 0.18))
        self._past_brush = greyed_brush()

    @property
    def shows_group(self) -> bool:
        return self._show_group

    def text(self, row: MeetingRow, column: int) -> str:
        today = self._today()
        if column == DATE:
            day = short_date(row.date, with_year=row.date.year != today.year)
            if row.date == today:
                return _tr("Today, {day}").format(day=day)
            if row.date == today + dt.timedelta(days=1):
                return _tr("Tomorrow, {day}").format(day=day)
            return day
        if column == TIME:
            return time_span(row.start_time, row.duration_minutes)
        if column == GROUP:
            return row.group_name
        if column == VENUE:
            return venue_text(row)
        return status_text(row)

    def accessible_text(self, row: MeetingRow, column: int) -> str:
        if column == DATE:
            prefix = _tr("Today, ") if row.date == self._today() else ""
            return prefix + long_date(row.date, with_year=True)
        return self.text(row, column)

    def tooltip(self, row: MeetingRow, column: int) -> str | None:
        lines = [
            f"{row.group_name}: {long_date(row.date, with_year=True)}, "
            f"{time_span(row.start_time, row.duration_minutes)}",
            venue_text(row),
            status_text(row),
        ]
        if row.note and row.note not in lines[-1]:
            lines.append(row.note)
        return "\n".join(lines)

    def font(self, row: MeetingRow) -> QFont | None:
        if row.date == self._today():
            return self._today_font
        if row.is_cancelled:
            return self._cancelled_font
        return None

    def background(self, row: MeetingRow) -> QBrush | None:
        return self._today_brush if row.date == self._today() else None

    def foreground(self, row: MeetingRow) -> QBrush | None:
        if row.date < self._today() or row.is_cancelled:
            return self._past_brush
        return None
