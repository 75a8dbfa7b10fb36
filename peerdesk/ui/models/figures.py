"""A group's figures per month as a Qt table: named and unnamed attendance kept apart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.core.figures import MonthFigures
from peerdesk.ui.dates import month_year
from peerdesk.ui.i18n import tr as _tr

ModelIndex = QModelIndex | QPersistentModelIndex

MONTH, SESSIONS, NAMED, ANONYMOUS, TOTAL, UNIQUE, NEW, RETURNING = range(8)


def month_label(month: MonthFigures) -> str:
    return month_year(month.month)


class FiguresTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthFigures] = []
        self._headers = (
            _tr("Month"),
            _tr("Sessions"),
            _tr("Named"),
            _tr("Not named"),
            _tr("Total"),
            _tr("Named people"),
            _tr("New"),
            _tr("Returning"),
        )
        self._tips = (
            "",
            _tr("Sessions held (cancelled ones are not counted)"),
            _tr("Visits by people on the register"),
            _tr("Visits counted in the anonymous headcount"),
            _tr("Named and unnamed visits together"),
            _tr("Different named people who came (unnamed people cannot be told apart)"),
            _tr("Named people who came to this group for the first time"),
            _tr("Named people who had come to this group before"),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._months)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        month = self._months[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MONTH:
                return month_label(month)
            return str(self.value(month, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section] or None
        return None

    @staticmethod
    def value(month: MonthFigures, column: int) -> int:
        return (
            0,
            month.sessions,
            month.named_attendances,
            month.anonymous_attendances,
            month.total_attendances,
            month.unique_people,
            month.new_people,
            month.returning_people,
        )[column]

    def set_months(self, months: list[MonthFigures]) -> None:
        self.beginResetModel()
        self._months = list(months)
        self.endResetModel()
