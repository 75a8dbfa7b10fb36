"""The Venues page and dialog, driven through the real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import venues
from peerdesk.core.storage import Store
from peerdesk.core.venues import VenueInput
from peerdesk.ui.dialogs.venue_dialog import VenueDialog
from peerdesk.ui.main_window import VENUES, MainWindow
from peerdesk.ui.models.venues import ACCESS, ADDRESS, NAME


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.show_page(VENUES)
    return window


def open_dialog(qtbot: QtBot, window: MainWindow) -> VenueDialog:
    page = window.venues
    qtbot.waitUntil(lambda: page.dialogs.current is not None and page.dialogs.current.isVisible())
    dialog = page.dialogs.current
    assert isinstance(dialog, VenueDialog)
    return dialog


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Tick or untick from the keyboard, as someone tabbing through the form would."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def text(window: MainWindow, row: int, column: int) -> str:
    model = window.venues.model
    return str(model.data(model.index(row, column)))


def test_add_a_venue_with_its_access_details(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.name, "St Mark's Hall")
    qtbot.keyClicks(dialog.address, "14 Vicarage Lane")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "Eastbridge")
    tick(qtbot, dialog.step_free)
    tick(qtbot, dialog.hearing_loop)
    qtbot.keyClicks(dialog.transport, "Bus 12 to Vicarage Lane")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.venues.dialogs.current is None)

    assert text(window, 0, NAME) == "St Mark's Hall"
    assert text(window, 0, ADDRESS) == "14 Vicarage Lane Eastbridge"
    assert text(window, 0, ACCESS) == "Step-free · Hearing loop"
    assert "Bus 12" in window.venues.details.text()


def test_an_empty_name_keeps_the_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.venues.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, window)
    tick(qtbot, dialog.accessible_toilet)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Please enter a name for the venue."
    assert dialog.accessible_toilet.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.venues.dialogs.current is None)
    assert window.venues.model.rowCount() == 0


def test_edit_archive_and_restore(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def question(_parent: QWidget, *_args: Any, **_kwargs: Any) -> Any:
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    venues.create_venue(store, VenueInput("Old Hall"))
    page = window.venues
    page.reload()
    page.select_venue(page.model.rows[0].id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, window)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "New Hall")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialogs.current is None)
    assert text(window, 0, NAME) == "New Hall"

    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    tick(qtbot, page.show_archived)
    assert text(window, 0, NAME) == "New Hall (archived)"
    page.select_venue(page.model.rows[0].id)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert text(window, 0, NAME) == "New Hall"
