"""Shared by the damaged-database start-up tests: damage a file, start the program on it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.core.errors import DamagedDatabaseError
from peerdesk.ui.app import Startup
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.operations import wait_for_background_work

LATE = "Latecomer Canary"  # added after the backup: gone once the backup is restored
PAGE = 4096


@pytest.fixture(autouse=True)
def unfreeze() -> Iterator[None]:
    yield
    wait_for_background_work(10_000)
    gc.unfreeze()  # the start-up freezes what it loaded, as in the real program


def scribble(database: Path, open_it: Callable[[Path], object]) -> bytes:
    """Scribble over a few pages in the middle of the file (never its first page), check that
    ``open_it`` now finds it damaged, and return the damaged bytes."""
    data = bytearray(database.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages // 3, pages // 3 + 5):
        data[page * PAGE + 100 : page * PAGE + 400] = bytes(i % 251 for i in range(300))
    database.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        open_it(database)
    return bytes(data)


def start(qtbot: QtBot, database: Path) -> tuple[MainWindow, Startup, list[int]]:
    """The program starting on ``database``: its window, its start-up, and the exit codes."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ended: list[int] = []
    startup = Startup(window, database, end_program=ended.append)
    startup.begin()
    return window, startup, ended
