"""Lock now and auto-lock: idle time on an injected wall clock; a lock drops store and pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from filelock import FileLock
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import people, protection
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.lock import IdleWatcher
from peerdesk.ui.main_window import PEOPLE, MainWindow

from .test_protection_gui import (  # noqa: F401 - protected_db is a fixture
    NAME,
    PASSPHRASE,
    click,
    make_window,
    protected_db,
    shown_people,
    type_into,
    unlock_dialog,
    wait_until_open,
)

TIMEOUT = 300.0


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Store]:
    """A protected database with one person in it."""
    made = protection.create_protected(tmp_path / "group.sqlite3", PASSPHRASE)
    people.create_person(made.store, people.PersonInput(NAME))
    yield made.store
    made.store.close()  # again if the window closed it: harmless


@pytest.fixture
def window(qtbot: QtBot, opened: Store, clock: Clock) -> Iterator[MainWindow]:
    shown = make_window(qtbot, AppContext(opened), clock=clock, lock_after=TIMEOUT)
    shown.show_page(PEOPLE)
    assert shown_people(shown) == [NAME]
    yield shown
    shown.close_database()


def assert_closed(store: Store) -> None:
    """No connection is open and the single-writer lock is free."""
    assert store.engine.pool.checkedout() == 0
    assert store.engine.pool.checkedin() == 0
    lock = FileLock(str(store.path) + ".lock")
    lock.acquire(timeout=0)  # raises if the window still held it
    lock.release()


def assert_locked(qtbot: QtBot, window: MainWindow, store: Store, page: QWidget) -> None:
    """Locked: no page left (``page`` was one), the store closed, the passphrase asked."""
    qtbot.waitUntil(lambda: window.locker.locked, timeout=5_000)
    assert window._made == {}
    assert not window.navigation.isEnabled()
    assert window.current_page() is None
    assert_closed(store)
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))  # the page and its table are gone
    assert window.findChildren(QAbstractItemView) == [window.navigation]
    dialog = unlock_dialog(qtbot, window)
    assert dialog.passphrase.text() == ""


def test_idle_past_the_timeout_locks_and_drops_the_records(
    qtbot: QtBot, window: MainWindow, opened: Store, clock: Clock
) -> None:
    assert window.locker.idle.active
    clock.advance(TIMEOUT - 1)
    assert not window.locker.idle.check()
    assert not window.locker.locked
    clock.advance(1)
    page = window.people
    assert window.locker.idle.check()
    assert_locked(qtbot, window, opened, page)
    assert not window.locker.idle.active
    clock.advance(10 * TIMEOUT)
    assert not window.locker.idle.check()  # locked once is enough


def test_activity_before_the_timeout_keeps_it_open(
    qtbot: QtBot, window: MainWindow, clock: Clock
) -> None:
    for _minute in range(10):
        clock.advance(TIMEOUT * 0.8)
        qtbot.keyClick(window.people.table, Qt.Key.Key_Down)
        assert not window.locker.idle.check()
    clock.advance(TIMEOUT * 0.8)
    QApplication.processEvents()  # no input: paints and timers do not count
    assert not window.locker.idle.check()
    assert window.current_page() is window.people


def test_a_wall_clock_jump_locks_at_the_next_check(
    qtbot: QtBot, window: MainWindow, opened: Store, clock: Clock
) -> None:
    window.locker.idle.timer.setInterval(20)
    qtbot.wait(100)
    assert not window.locker.locked
    page = window.people
    clock.advance(8 * 60 * 60)  # the lid closed overnight: no timer ran, the clock moved on
    assert_locked(qtbot, window, opened, page)


def test_unlocking_brings_fresh_pages_back_with_the_records(
    qtbot: QtBot, window: MainWindow, opened: Store, clock: Clock
) -> None:
    old_page = window.people
    window.menus.lock_action.trigger()
    assert_locked(qtbot, window, opened, old_page)
    dialog = unlock_dialog(qtbot, window)
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.save_button)
    wait_until_open(qtbot, window)
    assert window.context.store is not opened
    assert window.people is not old_page
    assert shown_people(window) == [NAME]
    assert window.locker.idle.active and window.menus.lock_action.isEnabled()
    unlocked, page = window.context.store, window.people
    clock.advance(TIMEOUT)
    assert window.locker.idle.check()  # and it locks again
    assert_locked(qtbot, window, unlocked, page)


def test_lock_now_closes_open_dialogs_first(
    qtbot: QtBot, window: MainWindow, opened: Store
) -> None:
    window.people.add_button.click()
    qtbot.waitUntil(lambda: window.people.dialog is not None and window.people.dialog.isVisible())
    typed = window.people.dialog
    page = window.people
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(typed, Qt.Key.Key_L, keys)
    assert_locked(qtbot, window, opened, page)
    assert not shiboken6.isValid(typed) or not typed.isVisible()


def test_a_plain_database_never_locks(qtbot: QtBot, store: Store, clock: Clock) -> None:
    window = make_window(qtbot, AppContext(store), clock=clock, lock_after=TIMEOUT)
    assert not window.locker.idle.active
    clock.advance(100 * TIMEOUT)
    assert not window.locker.idle.check()
    window.locker.lock()
    assert not window.locker.locked
    assert window.current_page() is window.home
    assert not window.menus.lock_action.isVisible()


def test_the_clock_put_back_does_not_lock(qtbot: QtBot, clock: Clock) -> None:
    watcher = IdleWatcher(TIMEOUT, clock)
    watcher.start()
    try:
        clock.advance(-3600)
        assert not watcher.check()
        clock.advance(TIMEOUT - 1)
        assert not watcher.check()
        clock.advance(1)
        assert watcher.check()
    finally:
        watcher.stop()


def test_a_question_waiting_for_an_answer_is_closed_before_the_pages_go(
    qtbot: QtBot, window: MainWindow, opened: Store, clock: Clock
) -> None:
    """A page waiting in a message box's own event loop gets its answer (No) and finishes
    before it is thrown away."""
    page = window.people
    seen: list[tuple[QMessageBox.StandardButton, bool]] = []

    def time_passes() -> None:
        clock.advance(TIMEOUT)
        window.locker.idle.check()

    def ask() -> None:
        QTimer.singleShot(50, time_passes)
        answer = QMessageBox.question(page, "Archive?", "Archive Samira?")
        seen.append((answer, shiboken6.isValid(page)))

    QTimer.singleShot(0, ask)
    assert_locked(qtbot, window, opened, page)
    assert len(seen) == 1
    assert seen[0][0] != QMessageBox.StandardButton.Yes
    assert seen[0][1]  # the page was still there when the question returned
