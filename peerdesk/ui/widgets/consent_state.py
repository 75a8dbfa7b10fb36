"""Where one person stands on each purpose of the form, with a Withdraw… button per grant."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from peerdesk.core.consent import PurposeState
from peerdesk.ui.models.consent import short_label, state_text
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.buttons import make_button

# Words first, colour only as a hint: green for agreed, amber for lapsed.
_STYLES: dict[str, Kind] = {"granted": "success", "lapsed": "lapsed"}  # see peerdesk.ui.theme


class ConsentStatePanel(QGroupBox):
    withdraw_requested = Signal(str)  # purpose key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where they stand now"), parent)
        self.setObjectName("consentState")
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, QLabel] = {}

    def show_states(self, states: list[PurposeState]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons, self.states = {}, {}
        for row, state in enumerate(states):
            what = short_label(state.key, state.label)
            name = QLabel(what)
            name.setObjectName(f"purposeName_{state.key}")
            name.setToolTip(state.label)
            words = state_text(state)
            where = QLabel(words)
            where.setObjectName(f"purposeState_{state.key}")
            look = _STYLES.get(state.state)
            if look is not None:
                apply_style(where, look)
            where.setAccessibleName(f"{what}: {words}")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(where, row, 1)
            self.states[state.key] = where
            if state.is_current:
                button = make_button(f"withdraw_{state.key}", self.tr("Withdraw…"))
                button.setAccessibleName(self.tr("Withdraw consent to {what}").format(what=what))
                button.setToolTip(self.tr("They no longer agree to: {label}").format(
                    label=state.label))  # fmt: skip
                button.clicked.connect(lambda _=False, k=state.key: self.withdraw_requested.emit(k))
                self.grid.addWidget(button, row, 2)
                self.buttons[state.key] = button
