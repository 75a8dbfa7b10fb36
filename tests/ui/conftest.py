"""Fixtures for the GUI tests: an app context on the test database and the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.main_window import MainWindow

# The screens follow the locale (dates, times); the tests read them as written in the UK,
# whatever the machine running them is set to.
QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def context(store: Store, today: dt.date) -> AppContext:
    return AppContext(store, today=lambda: today)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """The main window, shown on its first page; dialogs left open are closed afterwards."""
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()
