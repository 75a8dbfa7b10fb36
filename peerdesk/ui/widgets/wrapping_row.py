"""A row of buttons that stacks them one under another when the row is too narrow.

A larger system font makes long button labels wider than a laptop's screen; rather than push
the page off the screen, the buttons go one per line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget


class WrappingRow(QWidget):
    def __init__(self, *widgets: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        # Never narrower than its widest button (minimumSizeHint); as wide as a row likes.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _row_width(self) -> int:
        shown = [w for w in self._widgets if not w.isHidden()]
        gaps = self._layout.spacing() * max(len(shown) - 1, 0)
        return sum(w.sizeHint().width() for w in shown) + gaps

    def minimumSizeHint(self) -> QSize:
        widest = max((w.sizeHint().width() for w in self._widgets), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        across = self._row_width() <= event.size().width()
        wanted = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)

    def stacked(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.TopToBottom
