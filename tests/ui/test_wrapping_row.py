"""A row of buttons goes one per line when it is too narrow for them side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.ui.widgets.wrapping_row import WrappingRow


def test_buttons_stack_when_narrow_and_sit_side_by_side_when_wide(qtbot: QtBot) -> None:
    first = QPushButton("Print the pack for the next session (Tue 24 Nov, Drop-in)")
    second = QPushButton("Take the register for the last session (Sat 21 Nov, Walk)")
    row = WrappingRow(first, second)
    holder = QWidget()
    QVBoxLayout(holder).addWidget(row)
    qtbot.addWidget(holder)
    widest = max(first.sizeHint().width(), second.sizeHint().width())
    holder.resize(widest * 2 + 80, 200)
    holder.show()
    qtbot.waitUntil(lambda: not row.stacked())
    qtbot.waitUntil(lambda: first.y() == second.y() and second.x() > first.x())
    holder.resize(widest + 40, 200)
    qtbot.waitUntil(row.stacked)
    qtbot.waitUntil(lambda: second.y() > first.y())
    assert first.width() >= first.minimumSizeHint().width()
    assert row.minimumSizeHint().width() >= widest
