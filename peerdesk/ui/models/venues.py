"""Venues as a table: name, address and what a visitor needs to know about access."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QFont

from peerdesk.core.venues import VenueRow
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import RowTableModel, greyed_brush, styled_font

NAME, ADDRESS, ACCESS = range(3)


def access_summary(row: VenueRow) -> str:
    features = [
        label
        for flag, label in (
            (row.step_free, _tr("Step-free")),
            (row.hearing_loop, _tr("Hearing loop")),
            (row.accessible_toilet, _tr("Accessible toilet")),
        )
        if flag
    ]
    return " · ".join(features) if features else _tr("No access details yet")


class VenueTableModel(RowTableModel[VenueRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Venue"), _tr("Address"), _tr("Access"))
        self._archived_brush = greyed_brush()
        self._archived_font = styled_font(italic=True)

    def text(self, row: VenueRow, column: int) -> str:
        if column == NAME:
            return _tr("{name} (archived)").format(name=row.name) if row.archived else row.name
        if column == ADDRESS:
            return " ".join(row.address.split())
        return access_summary(row)

    def tooltip(self, row: VenueRow, column: int) -> str | None:
        lines = [row.name, row.address, access_summary(row)]
        if row.transport:
            lines.append(_tr("Getting there: {text}").format(text=row.transport))
        if row.access_notes:
            lines.append(row.access_notes)
        return "\n".join(line for line in lines if line)

    def font(self, row: VenueRow) -> QFont | None:
        return self._archived_font if row.archived else None

    def foreground(self, row: VenueRow) -> QBrush | None:
        return self._archived_brush if row.archived else None
