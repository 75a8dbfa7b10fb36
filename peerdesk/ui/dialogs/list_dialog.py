"""The shape of a dialog over one read-only list: a paragraph, the table, a status line and
Close, with room for the dialog's own buttons on the left of Close (Backups…, Audit log…)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.widgets.tables import make_table


def _paragraph(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ListDialog(QDialog):
    def __init__(
        self,
        name: str,
        title: str,
        intro: str,
        model: QAbstractItemModel,
        table_name: str,
        *,
        stretch: int,
        widths: dict[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(680, 480)
        model.setParent(self)  # the model lives as long as its dialog
        self.intro = _paragraph(f"{name}Intro", intro)
        self.table = make_table(
            f"{name}Table", table_name, model, stretch=stretch, widths=widths, parent=self
        )
        self.status = _paragraph(f"{name}Status", "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.setObjectName(f"{name}Buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setObjectName(f"{name}CloseButton")
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        self.close_button: QPushButton = close
        buttons.rejected.connect(self.reject)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.button_row)
        self._last: QWidget = self.table
        self.table.setFocus()

    def add_button(self, button: QPushButton) -> None:
        """One of the dialog's own buttons, on the left, in the order added."""
        button.setAutoDefault(False)
        self.button_row.insertWidget(self.button_row.count() - 2, button)
        QWidget.setTabOrder(self._last, button)  # Tab: the table, these buttons, then Close
        QWidget.setTabOrder(button, self.close_button)
        self._last = button

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
