"""File ▸ Protect this database with a passphrase…: a plain database locked from the window."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.core import audit, backups, people, protection
from peerdesk.core.demo import populate
from peerdesk.core.errors import StorageError
from peerdesk.core.storage import open_store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.protect_database import ProtectDatabaseDialog
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.operations import wait_for_background_work

from .controls import interactive

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 60_000
PASSPHRASE = "seven quiet harbour lights"


@pytest.fixture(autouse=True)
def _finish() -> Iterator[None]:
    yield
    wait_for_background_work(10_000)
    gc.unfreeze()


@pytest.fixture
def plain_db(tmp_path: Path, today: dt.date) -> tuple[Path, list[str], int]:
    """A plain demo database with a plain backup beside it: its path, the names in its people
    table (the canaries), and how many people it holds."""
    database = tmp_path / "data" / "group.sqlite3"
    database.parent.mkdir()
    with open_store(database) as store:
        populate(store, size="small", seed=1, today=today)
        rows = people.list_people(store, include_archived=True)
        backups.make_backup(store)
    names = {n for row in rows for n in (row.preferred_name, row.full_name) if len(n) >= 5}
    assert sqlite3.connect(database).execute("SELECT count(*) FROM people").fetchone()[0] > 0
    return database, sorted(names), len(rows)


@pytest.fixture
def window(
    qtbot: QtBot, plain_db: tuple[Path, list[str], int], today: dt.date
) -> Iterator[MainWindow]:
    shown = MainWindow(AppContext(open_store(plain_db[0]), today=lambda: today))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.done(0)
    shown.close_database()


def _open(qtbot: QtBot, window: MainWindow) -> ProtectDatabaseDialog:
    assert window.menus.protect_action.isVisible() and not window.menus.lock_action.isVisible()
    window.menus.protect_action.trigger()
    found: list[ProtectDatabaseDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(ProtectDatabaseDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _files(database: Path) -> list[Path]:
    folder = backups.backup_folder(database)
    extra = [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    return [database, *(p for p in extra if p.exists()), *folder.iterdir()]


def _leaks(database: Path, names: list[str]) -> list[str]:
    return [
        f"{name} in {path.name}"
        for path in _files(database)
        for name in names
        if name.encode() in path.read_bytes()
    ]


def test_the_dialog_protects_the_records_and_shows_the_recovery_key(
    qtbot: QtBot, window: MainWindow, plain_db: tuple[Path, list[str], int], tmp_path: Path
) -> None:
    database, names, count = plain_db
    assert _leaks(database, names)  # the control: a plain database shows its names
    dialog = _open(qtbot, window)
    note = dialog.findChild(QLabel, "protectDatabaseBackups")
    assert note is not None and "is not locked, so it is deleted" in note.text()
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.again, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.protected or dialog.error_label.isVisible(), timeout=WAIT_MS)
    assert dialog.protected, dialog.error_label.text()
    assert dialog.panel.isVisible() and dialog.panel.key_label.text().strip()
    assert not dialog.save_button.isEnabled()  # until the key is kept
    store = window.context.store
    assert store.encrypted and store.path == database
    assert window.menus.lock_action.isVisible() and not window.menus.protect_action.isVisible()
    assert audit.list_events(store)[0].action == audit.PROTECTED
    window.show_page(3)
    assert len(people.list_people(store, include_archived=True)) == count
    assert window.people.model.total == len(people.list_people(store)) > 0
    dialog.reject()  # the key is shown once: not without ticking the box
    assert dialog.isVisible() and "tick the box" in dialog.error_label.text()
    sheet = tmp_path / "sheet.pdf"
    dialog.panel.save_to(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    dialog.panel.kept.setChecked(True)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "locked with your passphrase" in window.statusBar().currentMessage()
    assert _leaks(database, names) == []  # live file, its WAL, the backup folder
    window.close_database()
    assert _leaks(database, names) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with protection.unlock(database, PASSPHRASE) as unlocked:
        assert len(people.list_people(unlocked, include_archived=True)) == count


def test_a_failure_leaves_the_plain_database_open_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    plain_db: tuple[Path, list[str], int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, _names, count = plain_db

    def fails(path: Path, passphrase: str) -> protection.Protected:
        raise StorageError("The protected copy could not be made: disk full.")

    monkeypatch.setattr(protection, "protect_plain", fails)
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.again, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "disk full" in dialog.error_label.text() and "Nothing was changed" in (
        dialog.error_label.text()
    )
    assert not dialog.protected and dialog.isVisible()
    assert window.opened is not None and not window.context.store.encrypted
    assert window.menus.protect_action.isVisible()
    assert len(people.list_people(window.context.store, include_archived=True)) == count
    assert not protection.is_protected(database)
    assert dialog.fields.first.text() == PASSPHRASE  # ready to try again


def test_a_short_passphrase_is_refused_before_anything_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.fields.first, "short")
    qtbot.keyClicks(dialog.fields.again, "short")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_label.isVisible() and window.opened is not None
    assert [c.objectName() for c in interactive(dialog) if not c.accessibleName()] == []
