"""The shape every editing dialog shares: a form, a red line for problems, Save and Cancel.

``submit`` calls a core service; a ``PeerdeskError`` is shown in the dialog, which stays open
with everything that was typed. Escape cancels; Enter saves (Save is the default button).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.ui.widgets.error_label import make_error_label


class FormDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self.setMinimumWidth(480)

        self.form = QFormLayout()
        self.error_label = make_error_label(f"{name}ErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem saving"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        self.buttons.setObjectName(f"{name}Buttons")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.save_button.setObjectName(f"{name}SaveButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        self.cancel_button.setObjectName(f"{name}CancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def set_title(self, title: str, save_text: str = "") -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if save_text:
            self.save_button.setText(save_text)
            self.save_button.setAccessibleName(save_text.replace("&", ""))

    def line_edit(self, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def text_edit(self, name: str, accessible: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        return edit

    def add_row(self, label: str, field: QWidget) -> QLabel:
        """A labelled row; an ``&`` in ``label`` makes Alt+letter jump to the field."""
        caption = QLabel(label)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption

    def submit(self) -> None:
        """Save through the service; raise ``PeerdeskError`` to keep the dialog open."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the wrapped words need at the present width. (The fixed minimum
        width keeps Qt from growing the dialog by itself when a message appears.)"""
        self.layout_.activate()
        wanted = (
            self.layout_.totalHeightForWidth(self.width())
            if self.layout_.hasHeightForWidth()
            else self.layout_.totalSizeHint().height()
        )
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def save(self) -> None:
        try:
            self.submit()
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.error_label.hide()
        self.accept()
