"""Table views set up the same way on every page: whole rows, one at a time, read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Enter on a list acts on the selected row (edit it, mark it): both Return and the keypad's Enter.
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Column widths are written for the usual 9-point font, whose lines are 14 pixels apart.
REFERENCE_LINE_SPACING = 14


def scaled(width: int, widget: QWidget) -> int:
    """``width`` (pixels at the usual font) for ``widget``'s font: a larger system font gets
    wider columns, so that times and dates are not cut short."""
    return round(width * max(1.0, widget.fontMetrics().lineSpacing() / REFERENCE_LINE_SPACING))


def make_table(
    name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    *,
    stretch: int,
    widths: dict[int, int] | None = None,
    parent: QWidget | None = None,
) -> QTableView:
    """A row-selecting table; column ``stretch`` takes the spare width, ``widths`` the rest."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.resizeSection(column, scaled(width, table))
    return table


def selected_row(table: QTableView) -> int:
    """The selected row's number, or -1."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row()):
        return -1
    return index.row()


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if not 0 <= row < model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    table.scrollTo(model.index(row, 0))
