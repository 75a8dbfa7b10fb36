"""Driving the import wizards (people and registers) the way a person does: type the file's
location and press Enter, press the wizard's buttons once they are ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from peerdesk.ui.dialogs.import_wizard import ImportWizardFrame


def read_file(qtbot: QtBot, wizard: ImportWizardFrame, path: Path) -> None:
    """Type the file's location and press Enter; wait for the reading to end."""
    page = wizard.file_page
    page.path_edit.clear()
    qtbot.keyClicks(page.path_edit, str(path))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.progress.running)


def press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    qtbot.waitUntil(lambda: button.isEnabled() and button.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
