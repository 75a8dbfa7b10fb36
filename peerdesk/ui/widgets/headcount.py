"""The anonymous headcount: "People who came but are not named", saved as you settle on a number.

A number is offered for saving (``committed``) when editing finishes (Enter, Tab, leaving the box)
or half a second after the arrows stop. The box accepts more than the core allows, so that a slip
such as 900 is not silently cut to 90 as you type: the core refuses it, the message shows here,
nothing is saved and what was typed stays for correcting.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from peerdesk.core.models import MAX_HEADCOUNT
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.error_label import make_error_label

DEBOUNCE_MS = 500


class HeadcountBox(QWidget):
    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = 0
        self.spin = QSpinBox()
        self.spin.setObjectName("headcountSpin")
        self.spin.setAccessibleName(_tr("People who came but are not named"))
        self.spin.setRange(0, 9999)
        self.spin.setToolTip(
            _tr("Count everyone who came but did not want to be named (0 to {max}).").format(
                max=MAX_HEADCOUNT
            )
        )
        self.spin.setKeyboardTracking(False)
        inner = self.spin.findChild(QLineEdit)
        if inner is not None:  # the text box inside the spin box, for screen readers
            inner.setAccessibleName(self.spin.accessibleName())
        label = QLabel(_tr("People who came but are &not named:"))
        label.setBuddy(self.spin)
        self.error_label = make_error_label("headcountError")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.spin.valueChanged.connect(lambda _v: self._timer.start())
        self.spin.editingFinished.connect(self.flush)

    def set_count(self, count: int) -> None:
        """Show the stored count (no saving)."""
        self._timer.stop()
        self._saved = count
        self.spin.blockSignals(True)
        self.spin.setValue(count)
        self.spin.blockSignals(False)
        self.clear_error()

    def saved(self, count: int) -> None:
        """The page stored ``count``."""
        self._saved = count
        self.clear_error()

    def flush(self) -> None:
        """Offer the number shown for saving now, if it differs from the one stored."""
        self._timer.stop()
        self.spin.interpretText()
        value = self.spin.value()
        if value != self._saved:
            self.committed.emit(value)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()
