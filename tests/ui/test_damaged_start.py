"""A damaged database at start: the newest good backup is offered, restored, and opened."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.core import audit, backups, people
from peerdesk.core.demo import populate
from peerdesk.core.storage import open_store
from peerdesk.ui.app import Startup

from .damage import LATE, PAGE, scribble, start, unfreeze  # noqa: F401 - unfreeze is a fixture


@pytest.fixture
def damaged(tmp_path: Path, today: dt.date) -> tuple[Path, int, bytes]:
    """A demo database with a good backup, one person added since, then damaged: the path,
    how many people the backup holds, and the damaged bytes."""
    database = tmp_path / "data" / "group.sqlite3"
    database.parent.mkdir()
    with open_store(database) as store:
        populate(store, size="small", seed=1, today=today)
        in_backup = len(people.list_people(store, include_archived=True))
        backups.make_backup(store, now=dt.datetime(2026, 11, 20, 18, 30))
        people.create_person(store, people.PersonInput(LATE))
    return database, in_backup, scribble(database, lambda path: open_store(path).close())


def _offer(qtbot: QtBot, startup: Startup) -> Any:
    qtbot.waitUntil(lambda: startup.damaged_offer is not None and startup.damaged_offer.isVisible())
    return startup.damaged_offer


def test_the_newest_good_backup_is_offered_restored_and_opened(
    qtbot: QtBot, damaged: tuple[Path, int, bytes]
) -> None:
    database, in_backup, damaged_bytes = damaged
    older = database.parent / "backups" / "peerdesk-backup-20261101-120000.sqlite3"
    older.write_bytes(b"not a database")  # older and broken: never offered
    window, startup, ended = start(qtbot, database)
    offer = _offer(qtbot, startup)
    assert offer.restore_button.text() == "&Restore the backup from Fri 20 Nov 2026 at 18:30"
    assert str(database) in offer.informativeText()
    assert "kept aside, unchanged" in offer.informativeText()
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    assert ended == [] and not startup.failed
    store = window.context.store
    names = [p.preferred_name for p in people.list_people(store, include_archived=True)]
    assert len(names) == in_backup and LATE not in names
    window.show_page(3)
    assert window.people.model.rowCount() > 0
    aside = list(database.parent.glob("group.before-restore-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    assert "kept as" in window.statusBar().currentMessage()
    assert audit.list_events(store)[0].action == audit.RESTORE
    window.close_database()


def test_quit_leaves_the_damaged_file_as_it_was(
    qtbot: QtBot, damaged: tuple[Path, int, bytes]
) -> None:
    database, _in_backup, damaged_bytes = damaged
    window, startup, ended = start(qtbot, database)
    offer = _offer(qtbot, startup)
    qtbot.mouseClick(offer.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == [1])
    assert startup.failed and window.opened is None
    assert database.read_bytes() == damaged_bytes
    assert not list(database.parent.glob("*before-restore*"))


def test_without_a_good_backup_it_says_where_the_damaged_file_is_and_ends(
    qtbot: QtBot, damaged: tuple[Path, int, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _in_backup, damaged_bytes = damaged
    for backup in backups.list_backups(database.parent / "backups"):
        data = bytearray(backup.path.read_bytes())
        data[PAGE * 3 : PAGE * 6] = os.urandom(PAGE * 3)
        backup.path.write_bytes(bytes(data))  # damaged too
    shown: list[str] = []

    def critical(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    _window, startup, ended = start(qtbot, database)
    qtbot.waitUntil(lambda: ended == [1], timeout=20_000)
    assert startup.damaged_offer is None
    assert len(shown) == 1
    assert "No good backup was found" in shown[0] and str(database) in shown[0]
    assert database.read_bytes() == damaged_bytes
