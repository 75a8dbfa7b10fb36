"""The parts of a session pack, in print order, each ticked on or off.

Space ticks or unticks the current part; Ctrl+Up and Ctrl+Down (or the buttons) move it.
``changed`` fires after every tick or move; ``sections()`` is what to print, in order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.pack_data import SECTIONS, Section, section_title
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.buttons import make_button

SECTION_ROLE = Qt.ItemDataRole.UserRole


class _SectionListWidget(QListWidget):
    """A list whose Ctrl+Up / Ctrl+Down move the current row."""

    move_requested = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() == Qt.Key.Key_Up:
                self.move_requested.emit(-1)
                return
            if event.key() == Qt.Key.Key_Down:
                self.move_requested.emit(1)
                return
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class PackSections(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _SectionListWidget()
        self.list.setObjectName("packSectionsList")
        self.list.setAccessibleName(_tr("Parts of the pack"))
        self.list.setAccessibleDescription(
            _tr("Space ticks or unticks a part; Ctrl+Up and Ctrl+Down move it.")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.list.accessibleDescription())
        self.up_button = make_button("packMoveUpButton", _tr("Move &up"))
        self.up_button.setToolTip(_tr("Print this part earlier (Ctrl+Up)"))
        self.down_button = make_button("packMoveDownButton", _tr("Move do&wn"))
        self.down_button.setToolTip(_tr("Print this part later (Ctrl+Down)"))
        for button in (self.up_button, self.down_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.move_requested.connect(self.move_current)
        self.list.currentRowChanged.connect(lambda _row: self._enable_buttons())
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.set_sections(SECTIONS)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 4)
        self.list.setFixedHeight(row_height * len(SECTIONS) + 2 * self.list.frameWidth() + 4)

    def set_sections(self, enabled: tuple[Section, ...]) -> None:
        """Show ``enabled`` ticked, in that order, then the parts left out, unticked."""
        current = self.current_section()
        self.list.blockSignals(True)
        self.list.clear()
        rest = [name for name in SECTIONS if name not in enabled]
        for name in (*enabled, *rest):
            item = QListWidgetItem(section_title(name))
            item.setData(SECTION_ROLE, name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if name in enabled else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.setCurrentRow(self.row_of(current) if current else 0)
        self.list.blockSignals(False)
        self._enable_buttons()

    def sections(self) -> tuple[Section, ...]:
        """The ticked parts, in the order shown."""
        return tuple(
            item.data(SECTION_ROLE)
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def row_of(self, section: str) -> int:
        for row in range(self.list.count()):
            if self.list.item(row).data(SECTION_ROLE) == section:
                return row
        return -1

    def current_section(self) -> Section | None:
        item = self.list.currentItem()
        return item.data(SECTION_ROLE) if item is not None else None  # type: ignore[no-any-return]

    def set_ticked(self, section: Section, ticked: bool) -> None:
        item = self.list.item(self.row_of(section))
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        self._enable_buttons()
        self.changed.emit()

    def _enable_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
