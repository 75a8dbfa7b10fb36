"""The base of the table models: a list of typed result rows, one table row each.

Subclasses say what each column shows (``text``) and, if they like, a tooltip, a font, a
background and a foreground per row; the accessibility text is the display text unless a
subclass says otherwise, so a screen reader hears what a sighted person reads.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

R = TypeVar("R")


def mixed_colour(role: QPalette.ColorRole, share: float) -> QColor:
    """The palette's base colour with ``share`` of another palette colour mixed in."""
    palette = QGuiApplication.palette()
    base, other = palette.color(QPalette.ColorRole.Base), palette.color(role)
    return QColor(
        round(base.red() + (other.red() - base.red()) * share),
        round(base.green() + (other.green() - base.green()) * share),
        round(base.blue() + (other.blue() - base.blue()) * share),
    )


def greyed_brush() -> QBrush:
    """Text half-way to the background: set apart, still readable."""
    palette = QGuiApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.45
    return QBrush(
        QColor(
            round(text.red() + (base.red() - text.red()) * mix),
            round(text.green() + (base.green() - text.green()) * mix),
            round(text.blue() + (base.blue() - text.blue()) * mix),
        )
    )


def styled_font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class RowTableModel(QAbstractTableModel, Generic[R]):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- what the view asks ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    # -- what subclasses say -----------------------------------------------------------------
    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def accessible_text(self, row: R, column: int) -> str:
        return self.text(row, column)

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    def font(self, row: R) -> QFont | None:
        return None

    def background(self, row: R) -> QBrush | None:
        return None

    def foreground(self, row: R) -> QBrush | None:
        return None

    # -- what the pages ask ------------------------------------------------------------------
    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, number: int) -> R | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        """The table row showing the result with ``id == row_id``, or -1."""
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == row_id:
                return number
        return -1

    def replace(self, row: R) -> bool:
        """One result changed: repaint just its row (False if it is not shown)."""
        number = self.row_of(getattr(row, "id", -1))
        if number < 0:
            return False
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
        return True
