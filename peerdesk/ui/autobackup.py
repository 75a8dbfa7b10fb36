"""Automatic backups: every half hour when something changed, and when the window closes.

Whether something changed is read from the database file and its ``-wal`` beside it (their
size and modification time), compared with how they were at the last backup, or at opening.
The backup itself (``core.backups.back_up_and_thin``) runs in the background; a failure is a
quiet line in the status bar, never a box. After a restore the automatic backups pause until
peerdesk is started again (as Anki does), so that the restored file is not thinned away from.
Not made for the throwaway demo data (``app.Startup`` does not start them there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from peerdesk.ui.dates import clock
from peerdesk.ui.operations import run_in_background

if TYPE_CHECKING:
    from peerdesk.core.backups import Backup
    from peerdesk.core.storage import Store
    from peerdesk.ui.main_window import MainWindow

INTERVAL_MS = 30 * 60 * 1000
Fingerprint = tuple[tuple[int, int], ...]


def fingerprint(database: Path) -> Fingerprint:
    """Size and modification time of the database file and its write-ahead log."""
    found = []
    for path in (database, Path(f"{database}-wal")):
        try:
            status = path.stat()
        except OSError:
            found.append((-1, -1))
        else:
            found.append((status.st_size, status.st_mtime_ns))
    return tuple(found)


class AutoBackup(QObject):
    """Backs up the window's open database by itself. ``interval_ms`` and ``now`` are for tests."""

    def __init__(
        self,
        window: MainWindow,
        *,
        interval_ms: int = INTERVAL_MS,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.now = now
        self.paused = False
        self.running = False
        self.last: Backup | None = None
        self._seen: Fingerprint | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("autoBackupTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        window.attached.connect(self._attached)
        window.safety.restored.connect(self.pause)
        window.installEventFilter(self)
        if window.opened is not None:
            self._attached()

    def _attached(self) -> None:
        context = self.window.opened
        if context is None or self.paused:
            return
        self._seen = fingerprint(context.store.path)
        self.timer.start()

    def pause(self) -> None:
        """Until peerdesk starts again: no more automatic backups."""
        self.paused = True
        self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.window.removeEventFilter(self)

    def changed(self) -> bool:
        context = self.window.opened
        return context is not None and fingerprint(context.store.path) != self._seen

    def tick(self, *, quiet: bool = False) -> bool:
        """Back up now if something changed since the last backup; True if one was started."""
        context = self.window.opened
        if self.paused or self.running or context is None or context.store.closed:
            return False
        store = context.store
        seen = fingerprint(store.path)
        if seen == self._seen:
            return False
        self.running = True
        moment = self.now()

        def done(result: tuple[Backup, list[Path]]) -> None:
            self.running = False
            self._seen = seen
            self.last = result[0]
            if not quiet:
                self.window.show_message(
                    self.tr("Backed up automatically at {time}.").format(
                        time=clock(result[0].made_at.time())
                    )
                )

        def failed(message: str) -> None:
            self.running = False
            if not quiet and not store.closed:
                self.window.show_message(
                    self.tr("The automatic backup could not be made: {why}").format(why=message)
                )

        run_in_background(lambda _progress: _back_up(store, moment), done, failed)
        return True

    def at_close(self) -> None:
        """The window is closing: one last backup if something changed (the store closes only
        once the background work is done, see ``MainWindow.detach``)."""
        self.timer.stop()
        self.tick(quiet=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.at_close()
        return False


def _back_up(store: Store, moment: dt.datetime) -> tuple[Backup, list[Path]]:
    from peerdesk.core.backups import back_up_and_thin

    return back_up_and_thin(store, now=moment)
