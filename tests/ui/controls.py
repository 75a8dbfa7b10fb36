"""Finding the controls a person can use in a window, for the accessibility checks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)


def interactive(root: QWidget) -> list[QWidget]:
    """Buttons, boxes, fields and lists, not the parts Qt builds inside them."""
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)

    def inside_compound(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
                return True
            parent = parent.parentWidget()
        return False

    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, kinds) and not inside_compound(widget)
    ]
