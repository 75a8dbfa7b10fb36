"""A yes-or-no question before a change, such as archiving."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, *, action: str = "") -> bool:
    """Ask before a change; True only when the person goes ahead.

    With ``action`` (such as "Restore"), the buttons say what will happen and Cancel, which is
    clearer than Yes and No; otherwise they are Yes and No."""
    if not action:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
