"""Groups as a table: name, how often they meet, time, venue and the next session."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QFont

from peerdesk.core.groups import GroupRow
from peerdesk.ui.dates import short_date, time_span
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import RowTableModel, greyed_brush, styled_font

NAME, SCHEDULE, TIME, VENUE, NEXT = range(5)


class GroupTableModel(RowTableModel[GroupRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            _tr("Group"),
            _tr("Meets"),
            _tr("Time"),
            _tr("Usual venue"),
            _tr("Next session"),
        )
        self._archived_brush = greyed_brush()
        self._archived_font = styled_font(italic=True)

    def text(self, row: GroupRow, column: int) -> str:
        if column == NAME:
            return _tr("{name} (archived)").format(name=row.name) if row.archived else row.name
        if column == SCHEDULE:
            return row.schedule_text
        if column == TIME:
            return time_span(row.start_time, row.duration_minutes)
        if column == VENUE:
            return row.venue_name or _tr("No venue yet")
        if row.next_session is None:
            return _tr("None planned")
        return short_date(row.next_session, with_year=True)

    def tooltip(self, row: GroupRow, column: int) -> str | None:
        return row.description or None

    def font(self, row: GroupRow) -> QFont | None:
        return self._archived_font if row.archived else None

    def foreground(self, row: GroupRow) -> QBrush | None:
        return self._archived_brush if row.archived else None
