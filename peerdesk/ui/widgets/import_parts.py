"""Small parts the import wizard's pages share: word-wrapped sentences and the table of rows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QTableView

from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.import_preview import FULL_NAME, LINE, NAME, NOTES, STATUS, ImportRowsModel
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import make_table

COLUMN_WIDTHS = {LINE: 48, NAME: 110, FULL_NAME: 150, STATUS: 215}


def text_label(name: str, *, bold: bool = False, selectable: bool = False) -> QLabel:
    """A label for sentences that change: wrapped, and bold or selectable if asked."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and cells are never markup
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label(name: str, accessible_name: str) -> QLabel:
    """The red line of a page; plain text, as it may quote the file."""
    label = make_error_label(name)
    label.setAccessibleName(accessible_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def say(label: QLabel, text: str) -> None:
    """Show ``text``, and let a screen reader hear it."""
    label.setText(text)
    label.setAccessibleName(text)


def bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def row_details(table: QTableView, model: ImportRowsModel, name: str) -> QLabel:
    """A label under ``table`` saying all about the row chosen in it (the notes column is
    often too narrow to read it all)."""
    label = text_label(name, selectable=True)

    def chosen() -> None:
        index = table.currentIndex()
        row = model.row_at(index.row()) if index.isValid() else None
        if row is None:
            say(label, _tr("Choose a row to read everything about it here."))
        else:
            say(label, model.tooltip(row, STATUS) or "")

    table.selectionModel().currentRowChanged.connect(lambda *_: chosen())
    model.modelReset.connect(chosen)
    model.dataChanged.connect(lambda *_: chosen())
    chosen()
    return label


def rows_table(
    name: str, accessible_name: str, parent: QObject
) -> tuple[ImportRowsModel, QTableView]:
    """A model of preview rows and the read-only table showing it (notes take the spare width)."""
    model = ImportRowsModel(parent)
    table = make_table(name, accessible_name, model, stretch=NOTES, widths=COLUMN_WIDTHS)
    return model, table
