"""The sessions one person came to or sent apologies for, newest first (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import attendance
from peerdesk.core.attendance import HistoryRow
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.storage import Store
from peerdesk.ui.dates import short_date
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.theme import apply_style
from peerdesk.ui.widgets.error_label import ERROR_STYLE

ModelIndex = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, rows: list[HistoryRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self._headers = (_tr("Date"), _tr("Group"), _tr("Here?"), _tr("Role"))
        self._status = {"present": _tr("Present"), "apologies": _tr("Sent apologies")}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self.rows[index.row()]
        return (
            short_date(row.date, with_year=True),
            row.group_name,
            self._status.get(row.status, ""),
            _tr("Facilitator") if row.is_facilitator else "",
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class PersonHistoryDialog(QDialog):
    def __init__(
        self, store: Store, person_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personHistoryDialog")
        self.setWindowTitle(self.tr("{name}: sessions").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(520, 380)
        try:
            rows = attendance.person_history(store, person_id)
            problem = ""
        except PeerdeskError as error:
            rows, problem = [], str(error)
        self.model = HistoryTableModel(rows, self)

        self.summary_label = QLabel(problem or self._summary(name, rows))
        self.summary_label.setObjectName("historySummary")
        self.summary_label.setWordWrap(True)
        if problem:
            apply_style(self.summary_label, ERROR_STYLE)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Sessions {name} came to").format(name=name))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("historyButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("historyCloseButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _summary(self, name: str, rows: list[HistoryRow]) -> str:
        if not rows:
            return self.tr("{name} has not been marked at any session yet.").format(name=name)
        came = sum(row.status == "present" for row in rows)
        apologies = len(rows) - came
        if came == 1:
            text = self.tr("{name} came to 1 session")
        else:
            text = self.tr("{name} came to {came} sessions")
        if apologies:
            text += self.tr(" and sent apologies for {apologies}")
        return (text + ".").format(name=name, came=came, apologies=apologies)
