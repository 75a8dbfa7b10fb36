"""Push buttons named for tests and for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def make_button(name: str, text: str) -> QPushButton:
    """A button whose accessible name is its text without the ``&`` mnemonic or trailing ``…``."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    return button
