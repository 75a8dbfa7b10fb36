"""The yardstick for cold start: a bare PySide6 window with a 1,000-row table view.

Quits as soon as its first paint has happened, like ``peerdesk`` with
PEERDESK_QUIT_AFTER_FIRST_PAINT=1, so the two can be timed side by side.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS = [(f"Person {n}", f"Group {n % 20}", f"2026-11-{n % 28 + 1:02d}") for n in range(1000)]


class Rows(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return ROWS[index.row()][index.column()]
        return None


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QTableView()
    model = Rows()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1100, 720)
    watcher = FirstPaint()
    view.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
