"""Data safety in the window: automatic backups, the Backups dialog with Restore, Check database,
the audit log. Real files in a temporary folder; a protected database for the restore."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import audit, backups, people, protection
from peerdesk.core.models import Person
from peerdesk.core.storage import Store
from peerdesk.ui.app import Startup
from peerdesk.ui.autobackup import AutoBackup
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.backups import BackupsDialog, PastPassphraseDialog
from peerdesk.ui.dialogs.data_safety import AuditLogDialog
from peerdesk.ui.dialogs.retention import RetentionDialog
from peerdesk.ui.main_window import PEOPLE, MainWindow
from peerdesk.ui.operations import wait_for_background_work

from .controls import interactive
from .test_protection_gui import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    click,
    make_window,
    shown_people,
    type_into,
)

MOMENT = dt.datetime(2026, 11, 23, 14, 30, 0)


class Now:
    """A clock for the backups' names, moved on by hand."""

    def __init__(self) -> None:
        self.moment = MOMENT

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, minutes: int) -> None:
        self.moment += dt.timedelta(minutes=minutes)


def made(store: Store) -> list[backups.Backup]:
    return backups.list_backups(backups.backup_folder(store.path))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_person(store: Store, name: str) -> None:
    people.create_person(store, people.PersonInput(name))


def open_backups(qtbot: QtBot, window: MainWindow) -> BackupsDialog:
    window.safety.backups_action.trigger()
    dialog = window.safety.slot.current
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def assert_accessible(dialog: QWidget) -> None:
    controls = [w for w in interactive(dialog) if w.isVisible()]
    assert controls
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


@pytest.fixture
def protected(tmp_path: Path) -> Iterator[Store]:
    """A protected database with one person in it, open."""
    path = tmp_path / "data" / "group.sqlite3"
    path.parent.mkdir()
    store = protection.create_protected(path, PASSPHRASE).store
    add_person(store, "Samira")
    yield store
    store.close()


@pytest.fixture
def protected_window(qtbot: QtBot, protected: Store) -> Iterator[MainWindow]:
    shown = make_window(qtbot, AppContext(protected))
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()
    wait_for_background_work(10_000)
    shown.close_database()


# -- automatic backups -----------------------------------------------------------------------------
def test_automatic_backup_only_after_a_change(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    now = Now()
    automatic = AutoBackup(window, interval_ms=60_000, now=now)
    assert automatic.timer.isActive()
    assert automatic.timer.interval() == 60_000
    assert not automatic.tick()  # nothing changed since opening
    assert made(store) == []

    add_person(store, "Samira")
    assert automatic.tick()
    qtbot.waitUntil(lambda: not automatic.running, timeout=10_000)
    [backup] = made(store)
    assert backup.made_at == MOMENT
    assert backups.check_backup(backup.path, None).ok
    assert "Backed up automatically at 14:30" in window.statusBar().currentMessage()

    now.advance(30)
    assert not automatic.tick()  # nothing changed since that backup
    add_person(store, "Joe")
    automatic.timer.timeout.emit()  # as the half-hour timer does
    qtbot.waitUntil(lambda: len(made(store)) == 2, timeout=10_000)
    assert made(store)[0].made_at == MOMENT + dt.timedelta(minutes=30)


def test_a_backup_is_made_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    AutoBackup(window, now=Now())
    add_person(store, "Samira")
    window.close()
    wait_for_background_work(10_000)
    [backup] = made(store)
    assert backups.check_backup(backup.path, None).rows["people"] == 1


def test_no_automatic_backups_for_the_demo_data(qtbot: QtBot) -> None:
    shown = make_window(qtbot)
    assert Startup(shown, None, demo=True).autobackup is None
    assert Startup(shown, Path("unused.sqlite3")).autobackup is not None


# -- the Backups dialog ----------------------------------------------------------------------------
def test_back_up_now_lists_the_new_backup(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    dialog = open_backups(qtbot, window)
    assert dialog.model.rowCount() == 0
    assert "no backups yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    click(qtbot, dialog.back_up_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.model.rowCount() == 1
    assert "Backed up and checked" in dialog.status.text()
    assert dialog.chosen() == made(store)[0]
    assert dialog.restore_button.isEnabled()
    opened: list[Any] = []
    dialog.open_folder = opened.append
    click(qtbot, dialog.folder_button)
    assert opened[0].toLocalFile() == str(backups.backup_folder(store.path))


def test_restore_on_a_protected_database(
    qtbot: QtBot,
    protected_window: MainWindow,
    protected: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = protected_window
    database = protected.path
    automatic = AutoBackup(window, now=Now())
    backups.make_backup(protected, now=MOMENT)
    add_person(protected, "Joe")
    window.show_page(PEOPLE)
    assert shown_people(window) == ["Joe", "Samira"]

    before: dict[str, str] = {}
    real_restore = backups.restore

    def restore(database: Path, backup: Path, key: bytes | None, **options: Any) -> Any:
        before["database"] = digest(database)  # closed by now: all of it is in the file
        assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
        return real_restore(database, backup, key, **options)

    monkeypatch.setattr(backups, "restore", restore)
    dialog = open_backups(qtbot, window)
    asked: list[str] = []
    dialog.ask = lambda _parent, _title, text: asked.append(text) is None
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: not dialog.busy and window.opened is not None, timeout=20_000)
    assert "kept aside" in asked[0]
    assert "Restored" in dialog.status.text()

    [aside] = database.parent.glob("group.before-restore-*.sqlite3")
    assert digest(aside) == before["database"]
    assert protection.data_key_for(database, PASSPHRASE) == window.context.store.data_key
    window.show_page(PEOPLE)
    assert shown_people(window) == ["Samira"]
    events = audit.list_events(window.context.store)
    assert events[0].action == audit.RESTORE
    assert aside.name in events[0].detail
    assert automatic.paused and not automatic.timer.isActive()
    add_person(window.context.store, "Ada")
    assert not automatic.tick()  # paused until peerdesk starts again


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    folder = backups.backup_folder(store.path)
    folder.mkdir()
    damaged = folder / "peerdesk-backup-20261122-090000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    files = sorted(p.name for p in store.path.parent.iterdir())
    dialog = open_backups(qtbot, window)
    dialog.ask = lambda *_args: True
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "cannot be restored" in dialog.status.text()
    assert "Nothing was changed" in dialog.status.text()
    assert window.opened is not None and window.context.store is store
    assert not store.closed
    assert sorted(p.name for p in store.path.parent.iterdir()) == files


def test_a_backup_from_before_a_hand_over_asks_for_the_passphrase_of_then(
    qtbot: QtBot, protected: Store
) -> None:
    backups.make_backup(protected, now=MOMENT)
    handed = protection.hand_over(protected, PASSPHRASE, NEW_PASSPHRASE).store
    add_person(handed, "Joe")
    window = make_window(qtbot, AppContext(handed))
    try:
        dialog = open_backups(qtbot, window)
        dialog.ask = lambda *_args: True
        click(qtbot, dialog.restore_button)
        qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None, timeout=10_000)
        asker = dialog.passphrase_dialog
        assert isinstance(asker, PastPassphraseDialog)
        assert_accessible(asker)
        type_into(qtbot, asker.passphrase, NEW_PASSPHRASE)  # today's: not the one of then
        click(qtbot, asker.save_button)
        qtbot.waitUntil(lambda: not asker.busy and asker.error_label.isVisible(), timeout=20_000)
        assert window.opened is not None  # nothing closed, nothing changed
        type_into(qtbot, asker.passphrase, PASSPHRASE)
        click(qtbot, asker.save_button)
        qtbot.waitUntil(lambda: not dialog.busy and window.opened is not None, timeout=20_000)
        assert "Restored" in dialog.status.text()
        window.show_page(PEOPLE)
        assert shown_people(window) == ["Samira"]
        # The backup's key file came with it: the passphrase of then opens the records now.
        assert protection.data_key_for(handed.path, PASSPHRASE) == window.context.store.data_key
    finally:
        wait_for_background_work(10_000)
        window.close_database()


# -- Check database and the audit log --------------------------------------------------------------
def test_check_database_finds_no_problems(qtbot: QtBot, window: MainWindow) -> None:
    window.safety.check_action.trigger()
    qtbot.waitUntil(lambda: window.safety.check_box is not None, timeout=10_000)
    box = window.safety.check_box
    assert box is not None
    assert "No problems found" in box.text()
    box.accept()


def test_the_audit_log_lists_the_entries(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    audit.record(store, audit.EXPORT, "People list as CSV")
    window.safety.audit_action.trigger()
    dialog = window.safety.slot.current
    assert isinstance(dialog, AuditLogDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == audit.EXPORT
    assert model.index(0, 2).data() == "People list as CSV"
    assert_accessible(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.safety.slot.current is None


def test_the_backups_dialog_can_be_used_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_backups(qtbot, window)
    assert_accessible(dialog)
    assert dialog.focusWidget() is dialog.table
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.back_up_button
    for action in window.safety.actions:
        assert action.isEnabled() and action.text()


def test_the_menu_entries_wait_for_an_open_database(qtbot: QtBot) -> None:
    shown = make_window(qtbot)
    assert not any(action.isEnabled() for action in shown.safety.actions)


def test_retention_review_erases_someone_not_seen_for_a_year(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    add_person(store, "Samira")  # added today: not due for review
    with store.transaction() as session:
        old = Person(preferred_name="Old Friend", created_at=dt.datetime(2024, 1, 5))
        session.add(old)
    window.safety.retention_action.trigger()
    dialog = window.safety.slot.current
    assert isinstance(dialog, RetentionDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert [row.preferred_name for row in dialog.model.rows] == ["Old Friend"]
    assert_accessible(dialog)
    asked: list[str] = []
    dialog.ask = lambda _parent, _title, text: asked.append(text) is None
    changed: list[bool] = []
    window.context.events.people_changed.connect(lambda: changed.append(True))
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: not dialog.busy and "erased" in dialog.status.text(), timeout=10_000)
    assert "without a name" in asked[0]
    assert dialog.model.rowCount() == 0
    assert changed
    assert [p.preferred_name for p in people.list_people(store, include_archived=True)] == [
        "Samira"
    ]
