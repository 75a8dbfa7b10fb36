"""The red line that says what went wrong, the same on every page and dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from peerdesk.ui.theme import Kind, apply_style

ERROR_STYLE: Kind = "error"  # red for the palette in use (light, dark, high contrast)


def make_error_label(name: str) -> QLabel:
    """A hidden, word-wrapping error line; show it with a message when something fails."""
    label = QLabel()
    label.setObjectName(name)
    apply_style(label, ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
