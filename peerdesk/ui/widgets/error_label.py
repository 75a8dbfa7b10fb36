"""The red line that says what went wrong, the same on every page and dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b3261e; font-weight: bold;"


def make_error_label(name: str) -> QLabel:
    """A hidden, word-wrapping error line; show it with a message when something fails."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
