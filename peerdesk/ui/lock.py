"""Locking: Lock now, auto-lock after idle time (on the wall clock), the lock screen.

An event filter on the whole application notes the time of the last key press, click, scroll or
touch, read from an injectable clock (``time.time`` by default). A timer looks every few seconds
whether ``now - last`` has reached the timeout. The wall clock, not a countdown timer, is what
counts, so a laptop that slept with peerdesk open locks as soon as it wakes (KeePassXC #2014):
timers stop while the computer sleeps, the wall clock does not.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from peerdesk.ui.dialogs.opener import DialogSlot

if TYPE_CHECKING:  # this module is imported before the window paints: keep it light
    from peerdesk.core.settings import GroupSettings
    from peerdesk.core.storage import Store
    from peerdesk.ui.damaged import Damaged, DamagedOffer
    from peerdesk.ui.dialogs.unlock import LockPanel, UnlockDialog
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.system_lock import SystemLockWatcher

Clock = Callable[[], float]

AUTO_LOCK_SECONDS = 5 * 60
CHECK_EVERY_MS = 5_000
LOCK_KEYS = "Ctrl+Shift+L"  # Ctrl+L locks a rota place on the Rota page

# What a person does; not paints, timers or windows being shown.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Says ``timed_out`` once when nobody has used the program for ``timeout`` seconds.

    ``start`` begins watching (and counts from now); it stops by itself when it times out, so
    after unlocking it is started again. While watching it also hears ``lock_keys`` anywhere in
    the program, even in a dialog that keeps the window's own shortcuts from working.
    """

    timed_out = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        timeout: float = AUTO_LOCK_SECONDS,
        clock: Clock = time.time,
        check_every_ms: int = CHECK_EVERY_MS,
        lock_keys: QKeySequence | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.lock_keys = lock_keys
        self._clock = clock
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
        self.last_input = self._clock()
        self.timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def check(self) -> bool:
        """True (and ``timed_out``) when the idle time has been reached."""
        if not self.active:
            return False
        now = self._clock()
        if now < self.last_input:
            self.last_input = now  # the clock was put back: count from now
        if now - self.last_input < self.timeout:
            return False
        self.stop()
        self.timed_out.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        self.last_input = self._clock()
        if (
            kind == QEvent.Type.KeyPress
            and self.lock_keys is not None
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self.lock_keys
        ):
            self.lock_requested.emit()
            return True
        return False


class Locker(QObject):
    """Lock now, auto-lock, the lock screen, and the passphrase actions of one window.

    Locking closes every dialog, throws the pages away (``MainWindow.detach``: the store is
    closed and its key goes with it) and shows the lock screen with the passphrase dialog over
    it; unlocking makes fresh pages on the newly opened store. A plain database has nothing to
    lock. The hand-over uses the same two halves (it is the ``HandOverHost``).

    A right passphrase on a damaged file gets the offer of the newest backup that key opens
    (``damaged_offer``); Quit there says ``damaged_quit`` (the start-up ends the program).
    """

    damaged_quit = Signal()

    def __init__(self, window: MainWindow, clock: Clock, lock_after: float | None) -> None:
        """``lock_after``: seconds; None to use the group's saved auto-lock minutes."""
        super().__init__(window)
        self.window = window
        self.fixed_timeout = lock_after
        self.lock_panel: LockPanel | None = None
        self.unlock_slot = DialogSlot()
        self.key_slot = DialogSlot()  # Change passphrase or Hand over
        self.damaged_offer: DamagedOffer | None = None
        self.system_lock: SystemLockWatcher | None = None  # made with the first protected file
        self._locking = False
        self._database: Path | None = None
        self.idle = IdleWatcher(
            AUTO_LOCK_SECONDS if lock_after is None else lock_after,
            clock,
            lock_keys=QKeySequence(LOCK_KEYS),
            parent=self,
        )
        self.idle.timed_out.connect(self.lock)
        self.idle.lock_requested.connect(self.lock)

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        return self.unlock_slot.current  # type: ignore[return-value]

    @property
    def key_dialog(self) -> QDialog | None:
        return self.key_slot.current

    @property
    def locked(self) -> bool:
        """The lock screen is showing (no database open, nothing on screen)."""
        window = self.window
        return window.opened is None and window.pages.currentWidget() is self.lock_panel

    def attached(self, protected: bool) -> None:
        if protected:
            context = self.window.opened
            if context is not None and self.fixed_timeout is None:
                from peerdesk.core.errors import PeerdeskError
                from peerdesk.core.settings import read_settings

                # Unreadable: keep the timeout it had; locking is what matters.
                with suppress(PeerdeskError):
                    self.apply_group_settings(read_settings(context.store))
            self.idle.start()
            self.watch_system()

    def watch_system(self) -> SystemLockWatcher:
        """Lock too when the computer sleeps or its screen locks (only a protected file needs
        it, so the buses are only asked then)."""
        if self.system_lock is None:
            from peerdesk.ui.system_lock import SystemLockWatcher

            self.system_lock = SystemLockWatcher(self)
            self.system_lock.start()
        return self.system_lock

    def apply_group_settings(self, settings: GroupSettings) -> None:
        """The group's auto-lock minutes, saved now or read on opening: idle time from now on
        counts against them (the time already idle counts too)."""
        if self.fixed_timeout is None:
            self.idle.timeout = settings.auto_lock_minutes * 60

    def lock(self) -> None:
        """Lock now: nothing stays on screen and the key is dropped, until the passphrase."""
        context = self.window.opened
        if context is None or not context.store.encrypted or self._locking:
            return  # a plain database has nothing to lock
        self._locking = True
        self.idle.stop()
        self.window.navigation.setEnabled(False)
        self._show_panel()  # hidden at once
        self.window.pages.repaint()
        # The rest from the event loop, not from inside whatever asked (a key press in a page).
        path = context.store.path
        QTimer.singleShot(0, lambda: self._finish_lock(path))

    def _finish_lock(self, database: Path) -> None:
        """Close every dialog first; one that is running its own event loop (a message box, the
        print dialog) or is busy gets a moment to finish, then the pages go."""
        _close_dialogs(self.window, keep=self.unlock_dialog)
        if QThread.currentThread().loopLevel() > 1 or _dialogs(self.window, self.unlock_dialog):
            QTimer.singleShot(200, lambda: self._finish_lock(database))
            return
        self.window.detach()
        self._locking = False
        self.ask_to_unlock(database)

    def _show_panel(self) -> LockPanel:
        if self.lock_panel is None:
            from peerdesk.ui.dialogs.unlock import LockPanel

            self.lock_panel = LockPanel()
            self.lock_panel.unlock_button.clicked.connect(lambda: self._open_unlock(""))
            self.window.pages.addWidget(self.lock_panel)
        self.window.pages.setCurrentWidget(self.lock_panel)
        return self.lock_panel

    def ask_to_unlock(self, database: Path, message: str = "") -> None:
        """The lock screen, and the passphrase dialog over it."""
        self._database = database
        self.window.navigation.setEnabled(False)
        self._show_panel()
        self._open_unlock(message)

    def _open_unlock(self, message: str) -> None:
        from peerdesk.ui.dialogs.unlock import UnlockDialog

        if self._database is None or self.window.opened is not None or self.lock_panel is None:
            return
        dialog = self.unlock_slot.open(
            UnlockDialog(self._database, message, self.window), self._unlocked
        )
        dialog.finished.connect(self._unlock_closed)
        self.lock_panel.box.hide()  # one message at a time

    def _unlock_closed(self) -> None:
        if self.lock_panel is not None and self.damaged_offer is None:
            self.lock_panel.box.show()
            if self.window.opened is None:
                self.lock_panel.unlock_button.setFocus()

    def _unlocked(self, dialog: UnlockDialog) -> None:
        if dialog.store is not None:
            self.adopt_store(dialog.store)
        elif dialog.damaged is not None and dialog.reopen is not None:
            self._damaged(dialog.damaged, dialog.reopen)

    # -- a protected database found damaged on unlocking -----------------------------------
    def _damaged(self, damaged: Damaged, reopen: Callable[[], Store]) -> None:
        from peerdesk.ui.damaged import DamagedOffer, no_backup_text

        if self.lock_panel is not None:
            self.lock_panel.box.hide()  # one message at a time
        if damaged.backup is None:
            QMessageBox.critical(self.window, "peerdesk", no_backup_text(damaged))
            self.damaged_quit.emit()
            return
        offer = DamagedOffer(damaged, self.window)
        offer.finished.connect(lambda _result: self._offer_answered(offer, reopen))
        self.damaged_offer = offer
        offer.open()

    def _offer_answered(self, offer: DamagedOffer, reopen: Callable[[], Store]) -> None:
        from peerdesk.ui.damaged import restore_backup, when
        from peerdesk.ui.operations import run_in_background

        self.damaged_offer = None
        offer.deleteLater()
        damaged, backup = offer.damaged, offer.damaged.backup
        if offer.clickedButton() is not offer.restore_button or backup is None:
            self.damaged_quit.emit()  # the program ends; if it does not, the lock screen stays
            if self.lock_panel is not None:
                self.lock_panel.box.show()
            return
        self.window.show_message(
            self.tr("Restoring the backup from {when}…").format(when=when(backup.made_at))
        )
        run_in_background(
            lambda _progress: restore_backup(damaged, reopen),
            self._restored,
            lambda message: self.ask_to_unlock(damaged.database, message),
        )

    def _restored(self, result: tuple[Store, Path]) -> None:
        store, aside = result
        self.window.safety.restored.emit()  # automatic backups pause, as after any restore
        self.adopt_store(store)
        self.window.show_message(
            self.tr(
                "The newest good backup was restored. The damaged file is kept as {aside}."
            ).format(aside=aside)
        )

    # -- the hand-over's host ----------------------------------------------------------------
    def adopt_store(self, store: Store) -> None:
        """Fresh pages on a newly opened store (after unlocking or a hand-over)."""
        from peerdesk.ui.context import AppContext

        self.window.attach(AppContext(store, today=self.window.today))

    def release_store(self) -> Store:
        """For the hand-over: the pages go, the store stays open to be re-keyed."""
        store = self.window.detach(close=False)
        if store is None:
            raise RuntimeError("the database is not open")
        self.window.opening.setText(self.tr("Handing the records over…"))
        return store

    def store_lost(self, database: Path, message: str) -> None:
        self.ask_to_unlock(database, message)

    # -- passphrase actions ------------------------------------------------------------------
    def change_passphrase(self) -> None:
        from peerdesk.ui.dialogs.passphrase import ChangePassphraseDialog

        store = self._protected_store()
        if store is None:
            return
        self.key_slot.open(
            ChangePassphraseDialog(store.path, self.window),
            lambda _dialog: self.window.show_message(
                self.tr("The passphrase is changed. The recovery sheet you have still works.")
            ),
        )

    def hand_over(self) -> None:
        from peerdesk.ui.dialogs.passphrase import HandOverDialog

        store = self._protected_store()
        if store is None:
            return
        self.key_slot.open(
            HandOverDialog(store, self, self.window.today(), self.window),
            lambda _dialog: self.window.show_message(
                self.tr("Handed over: the new passphrase and recovery key are in use.")
            ),
        )

    def _protected_store(self) -> Store | None:
        """The open store when it has a passphrase to work on and no such dialog is open."""
        context = self.window.opened
        if context is None or not context.store.encrypted or self.key_slot.current is not None:
            return None
        return context.store


def _belongs_to(window: QWidget, widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _dialogs(window: QWidget, keep: QDialog | None) -> list[QDialog]:
    """The open dialogs of ``window`` (and ones with no parent, such as a message box)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog)
        and widget is not keep
        and widget.isVisible()
        and (widget.parentWidget() is None or _belongs_to(window, widget))
    ]


def _close_dialogs(window: QWidget, keep: QDialog | None) -> None:
    for dialog in _dialogs(window, keep):
        dialog.reject()  # as Cancel or Escape: nothing half-typed is saved
