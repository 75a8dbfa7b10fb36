"""Locking when the computer sleeps or its screen locks: the watcher's slots, no bus at all, and
(where dbus-daemon is installed) a real ``ActiveChanged(true)`` on a private session bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from peerdesk.core import people, protection
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.system_lock import SystemLockWatcher

from .test_protection_gui import NAME, PASSPHRASE, make_window


@pytest.fixture
def protected_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = protection.create_protected(tmp_path / "group.sqlite3", PASSPHRASE)
    people.create_person(made.store, people.PersonInput(NAME))
    window = make_window(qtbot, AppContext(made.store))
    yield window
    window.close_database()
    made.store.close()


@pytest.fixture
def plain_window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    window = make_window(qtbot, AppContext(store))
    yield window
    window.close_database()


def wait_locked(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.locker.locked, timeout=5_000)
    assert window.opened is None


@pytest.mark.parametrize("slot", ["sleeping", "screen_locked"])
def test_going_to_sleep_or_the_screen_locking_locks_a_protected_window(
    qtbot: QtBot, protected_window: MainWindow, slot: str
) -> None:
    watcher = protected_window.locker.system_lock
    assert watcher is not None  # made when the protected file was attached
    getattr(watcher, slot)(False)  # waking up, or the screen unlocking: nothing to do
    qtbot.wait(50)
    assert protected_window.opened is not None
    getattr(watcher, slot)(True)
    wait_locked(qtbot, protected_window)
    assert protected_window.locker.unlock_dialog is not None


def test_a_plain_window_stays_open(qtbot: QtBot, plain_window: MainWindow) -> None:
    assert plain_window.locker.system_lock is None  # nothing to lock: the buses are not asked
    watcher = plain_window.locker.watch_system()
    watcher.sleeping(True)
    watcher.screen_locked(True)
    qtbot.wait(50)
    assert plain_window.opened is not None and not plain_window.locker.locked


def test_no_bus_is_silent_and_harmless(qtbot: QtBot, protected_window: MainWindow) -> None:
    watcher = SystemLockWatcher(protected_window.locker)
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/peerdesk-bus", "no-bus")
    assert not nowhere.isConnected()
    watcher.start(system=nowhere, session=nowhere)
    assert watcher.listening == []
    watcher.start()  # once only: a second start does nothing
    assert watcher.listening == []
    QDBusConnection.disconnectFromBus("no-bus")
    assert protected_window.opened is not None


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A private session bus; its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        daemon.terminate()
        daemon.wait(5)


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_a_real_screensaver_signal_locks_the_window(
    qtbot: QtBot, protected_window: MainWindow, session_bus: str, path: str, interface: str
) -> None:
    listener = QDBusConnection.connectToBus(session_bus, "peerdesk-listener")
    sender = QDBusConnection.connectToBus(session_bus, "peerdesk-screensaver")
    try:
        assert listener.isConnected() and sender.isConnected()
        watcher = SystemLockWatcher(protected_window.locker)
        watcher.start(system=listener, session=listener)
        assert f"{interface}.ActiveChanged" in watcher.listening

        def active_changed(active: bool) -> None:
            signal = QDBusMessage.createSignal(path, interface, "ActiveChanged")
            signal.setArguments([active])
            assert sender.send(signal)

        active_changed(False)
        qtbot.wait(200)
        assert protected_window.opened is not None
        active_changed(True)
        wait_locked(qtbot, protected_window)
    finally:
        QDBusConnection.disconnectFromBus("peerdesk-listener")
        QDBusConnection.disconnectFromBus("peerdesk-screensaver")
