"""The register's list and keyboard: what Enter, Down, Space, A, F and Escape do, in one place.

Installed as an event filter on the register page's search box, list and headcount box. It also
lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the page's undo stack instead of the text boxes' own
undo, so that undo always means "undo the last mark".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from peerdesk.ui.models.register import FULL_NAME, NAME, NOTE, ROLE, STATUS, RegisterTableModel
from peerdesk.ui.widgets.tables import ENTER_KEYS, scaled

if TYPE_CHECKING:
    from peerdesk.ui.pages.register import RegisterPage


def undo_keys() -> tuple[list[QKeySequence], list[QKeySequence]]:
    """The platform's undo and redo keys, with Ctrl+Shift+Z and Ctrl+Y always for redo.

    Built on demand (key sequences need the application) and without repeats: two shortcuts on
    the same key would be ambiguous and neither would fire.
    """
    undo = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in redo:
            redo.append(QKeySequence(extra))
    return undo, redo


def _is_undo_key(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    undo, redo = undo_keys()
    return pressed in undo or pressed in redo


def make_register_table(model: RegisterTableModel, row_height: int) -> QTableView:
    """The list of names: whole rows, no editing, fixed sizes (nothing measured per keystroke)."""
    table = QTableView()
    table.setObjectName("registerTable")
    table.setAccessibleName(QCoreApplication.translate("RegisterPage", "Register"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in ((NAME, 170), (STATUS, 100), (ROLE, 100), (NOTE, 110)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, scaled(width, table))
    header.setSectionResizeMode(FULL_NAME, QHeaderView.ResizeMode.Stretch)
    return table


class RegisterKeys(QObject):
    def __init__(self, page: RegisterPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Not accepted by the text box, so the page's undo/redo shortcuts fire.
            return _is_undo_key(event)
        if event.type() != QEvent.Type.KeyPress:
            return False
        if watched is self.page.search:
            return self._search_key(event)
        if watched is self.page.table:
            return self._table_key(event)
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in ENTER_KEYS and control:
            self.page.add_walk_in(allow_same_name=False)
            return True
        if key in ENTER_KEYS:
            self.page.enter_pressed()
            return True
        if key == Qt.Key.Key_Down:
            self.page.enter_table()
            return True
        return False

    def _table_key(self, event: QKeyEvent) -> bool:
        page = self.page
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        row = page.selected_row()
        entry = page.model.entry_at(row)
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and row <= 0):
            page.focus_search()
            return True
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if entry is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            status = page.model.status_of(entry.person_id)
            if key == Qt.Key.Key_Space:
                page.set_status(entry, "absent" if status == "present" else "present")
                return True
            if key == Qt.Key.Key_A:
                page.set_status(entry, "absent" if status == "apologies" else "apologies")
                return True
            if key == Qt.Key.Key_F:
                leading = page.model.is_facilitator(entry.person_id)
                page.set_status(entry, "present", facilitator=not leading)
                return True
            if key in ENTER_KEYS:
                if page.set_status(entry, "present"):
                    page.search.clear()
                    page.focus_search()
                return True
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            page.focus_search(text)
            return True
        return False
