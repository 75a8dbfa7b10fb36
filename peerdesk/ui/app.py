"""Start the program: the Qt application, the main window, then the database.

The window paints first and the database layer loads behind it (SQLAlchemy alone takes a few
hundred milliseconds to import), so a person sees peerdesk at once. A protected database then
asks for its passphrase; the very first start asks how to protect the records (see
``Startup``). ``run_gui`` never shows a traceback: a database that cannot be opened becomes a
message a person can act on, and exit 1.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk.ui.autobackup import AutoBackup
from peerdesk.ui.damaged import (
    Damaged,
    DamagedOffer,
    find_good_backup,
    no_backup_text,
    restore_backup,
    when,
)
from peerdesk.ui.i18n import choose_locale, install_translations
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.operations import Progress, run_in_background, wait_for_background_work

if TYPE_CHECKING:
    from peerdesk.core.storage import Store
    from peerdesk.ui.context import AppContext
    from peerdesk.ui.dialogs.first_run import FirstRunDialog

QUIT_AFTER_FIRST_PAINT = "PEERDESK_QUIT_AFTER_FIRST_PAINT"
QUIT_WHEN_READY = "PEERDESK_QUIT_WHEN_READY"


def build_main_window(context: AppContext, *, title: str = "") -> MainWindow:
    """The main window over ``context`` (used by the tests and the benchmarks)."""
    return MainWindow(context, title=title)


class _PaintProbe(QObject):
    """For the start-up benchmark: says "first-paint" when the window first paints and
    "ready" when the first page has painted with its data, and can quit at either point."""

    def __init__(self, quit_at: str) -> None:
        super().__init__()
        self._quit_at = quit_at
        self._said: set[str] = set()

    def say(self, what: str) -> None:
        if what in self._said:
            return
        self._said.add(what)
        print(what, flush=True)
        if what == self._quit_at:
            QTimer.singleShot(0, QApplication.quit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.say("first-paint" if isinstance(watched, MainWindow) else "ready")
        return False


def _application(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    install_translations(app, choose_locale(language))
    app.setApplicationName("peerdesk")
    app.setApplicationDisplayName("peerdesk")
    app.setDesktopFileName("peerdesk")
    try:
        from peerdesk.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "peerdesk.svg"))))
    except FileNotFoundError:
        pass
    return app


def _show_error(message: str, parent: MainWindow | None = None) -> None:
    QMessageBox.critical(parent, "peerdesk", message)


@dataclass(frozen=True)
class _Needs:
    """The database cannot simply be opened: it is new, or it needs its passphrase."""

    database: Path
    passphrase: bool  # False: there is no database yet (the first run)


class Startup:
    """Opens the database off the GUI thread, then hands it to the window.

    A protected database gets the lock screen first; a database that does not exist yet gets
    the first-run dialog (passphrase and recovery key), and nothing is made until it is done.
    ``end_program`` ends the program (``QApplication.exit``; tests give their own).
    """

    def __init__(
        self,
        window: MainWindow,
        database: Path | None,
        demo: bool = False,
        probe: _PaintProbe | None = None,
        *,
        end_program: Callable[[int], None] = QApplication.exit,
    ) -> None:
        self.window = window
        self.probe = probe
        self.database = database
        self.end_program = end_program
        self.folder = tempfile.TemporaryDirectory(prefix="peerdesk-demo-") if demo else None
        # Every half hour when something changed, and at closing; never for the demo data.
        self.autobackup = None if demo else AutoBackup(window)
        self.first_run: FirstRunDialog | None = None
        self.damaged_offer: DamagedOffer | None = None  # a damaged database's way out
        self.failed = False
        self.today = dt.date.today()
        window.attached.connect(self._attached)
        # Quit on a protected database found damaged on unlocking: as for a plain one.
        window.locker.damaged_quit.connect(self._quit_damaged)

    def begin(self) -> None:
        run_in_background(self._open, self._opened, self._failed)

    def _open(self, _progress: Progress) -> Store | _Needs | Damaged:
        from peerdesk.core.errors import DamagedDatabaseError
        from peerdesk.core.storage import default_database_path, open_store

        if self.folder is None:
            path = (self.database or default_database_path()).expanduser()
            try:
                return _plain_or_needs(path)
            except DamagedDatabaseError as error:  # reaches _failed with its newest good backup
                return find_good_backup(path, str(error))
        store = open_store(Path(self.folder.name) / "demo.sqlite3")
        try:
            from peerdesk.core.demo import populate

            populate(store, size="small", seed=1, today=self.today)
        except BaseException:
            store.close()
            raise
        return store

    def _opened(self, result: Store | _Needs | Damaged) -> None:
        from peerdesk.ui.context import AppContext

        if isinstance(result, Damaged):
            self._failed(result.message, result)
        elif not isinstance(result, _Needs):
            self.window.attach(AppContext(result))
        elif result.passphrase:
            self.window.locker.ask_to_unlock(result.database)
        else:
            self._ask_first_run(result.database)

    def _ask_first_run(self, database: Path) -> None:
        from peerdesk.ui.dialogs.first_run import FirstRunDialog

        self.window.opening.setText(QApplication.translate("Startup", "Welcome to peerdesk"))
        dialog = FirstRunDialog(database, self.today, self.window)
        dialog.accepted.connect(lambda: self._made(dialog))
        dialog.rejected.connect(lambda: self.end_program(0))
        self.first_run = dialog
        dialog.open()

    def _made(self, dialog: FirstRunDialog) -> None:
        from peerdesk.ui.context import AppContext

        self.first_run = None
        dialog.deleteLater()
        if dialog.store is not None:
            self.window.attach(AppContext(dialog.store))

    def _attached(self) -> None:
        context = self.window.context
        # Everything loaded so far lives as long as the program: keep the garbage collector
        # from walking it again and again (it made one register open in five take 80 ms).
        # Locking unfreezes it, so that the pages and key thrown away are collected.
        gc.freeze()
        page = self.window.current_page()
        if self.probe is not None and page is not None:
            # The page it opens on: the one it was closed on last time, not always Home.
            page.installEventFilter(self.probe)
        # Sessions already exist a year ahead; adding the newest week can wait.
        QTimer.singleShot(0, lambda: _extend_schedules(context, context.today()))

    def _failed(self, message: str, damaged: Damaged | None = None) -> None:
        """Say why the database cannot be opened and end; a damaged one with a good backup
        gets the offer to restore it instead."""
        if damaged is not None and damaged.backup is not None:
            self._offer_backup(damaged)
            return
        self.failed = True
        _show_error(message if damaged is None else no_backup_text(damaged), self.window)
        self.end_program(1)

    # -- a damaged database ------------------------------------------------------------------
    def _quit_damaged(self) -> None:
        self.failed = True
        self.end_program(1)

    def _offer_backup(self, damaged: Damaged) -> None:
        self.window.opening.setText(QApplication.translate("Startup", "The database is damaged."))
        offer = DamagedOffer(damaged, self.window)
        offer.finished.connect(lambda _result: self._offer_answered(offer))
        self.damaged_offer = offer
        offer.open()

    def _offer_answered(self, offer: DamagedOffer) -> None:
        self.damaged_offer = None
        offer.deleteLater()
        backup = offer.damaged.backup
        if offer.clickedButton() is not offer.restore_button or backup is None:
            self.failed = True
            self.end_program(1)
            return
        self.window.opening.setText(
            QApplication.translate("Startup", "Restoring the backup from {when}…").format(
                when=when(backup.made_at)
            )
        )
        database = offer.damaged.database
        # The backup in place of the damaged file (kept aside), then opened (or the
        # passphrase asked for, if the backup is a protected one).
        run_in_background(
            lambda _progress: restore_backup(offer.damaged, lambda: _plain_or_needs(database)),
            self._restored,
            self._failed,
        )

    def _restored(self, result: tuple[Store | _Needs, Path]) -> None:
        opened, aside = result
        self.window.safety.restored.emit()  # automatic backups pause, as after any restore
        self._opened(opened)
        self.window.show_message(
            QApplication.translate(
                "Startup",
                "The newest good backup was restored. The damaged file is kept as {aside}.",
            ).format(aside=aside)
        )

    def finish(self) -> None:
        if self.first_run is not None:
            self.first_run.reject()  # a database whose recovery key nobody kept is taken away
        if self.autobackup is not None:
            self.autobackup.at_close()  # if closing the window did not already
            self.autobackup.stop()
        wait_for_background_work(10_000)
        self.window.close_database()
        if self.folder is not None:
            self.folder.cleanup()


def _plain_or_needs(path: Path) -> Store | _Needs:
    """A plain database opened; or what is needed first (run in the background)."""
    from peerdesk.core.errors import StorageError
    from peerdesk.core.protection import is_protected
    from peerdesk.core.storage import open_store

    if is_protected(path):
        if not path.exists():
            raise StorageError(
                QApplication.translate(
                    "Startup",
                    "The key file for {path} is there, but the database itself is missing. "
                    "Nothing was made or changed. If it was moved, start peerdesk with "
                    "--database and the file's new place.",
                ).format(path=path)
            )
        return _Needs(path, passphrase=True)
    if not path.exists():
        return _Needs(path, passphrase=False)
    return open_store(path)


def _extend_schedules(context: AppContext, today: dt.date) -> None:
    from peerdesk.core.schedule import HORIZON_DAYS, extend_schedules

    def added(count: int) -> None:
        if count:
            context.events.meetings_changed.emit()

    def failed(message: str) -> None:
        if not context.store.closed:  # locked (or closed) meanwhile: nothing to tell
            _show_error(message)

    run_in_background(
        lambda _progress: extend_schedules(context.store, today + dt.timedelta(days=HORIZON_DAYS)),
        added,
        failed,
    )


def run_gui(database: Path | None, *, demo: bool = False, language: str | None = None) -> int:
    """Open the window on ``database`` (the usual one when None), or on throwaway demo data,
    in ``language`` (a locale name such as "en_GB"; the system's when None)."""
    app = _application(language)
    demo_title = QApplication.translate("Startup", "peerdesk — demo data (changes are thrown away)")
    window = MainWindow(title=demo_title if demo else "")
    probe: _PaintProbe | None = None
    if os.environ.get(QUIT_AFTER_FIRST_PAINT) == "1":
        probe = _PaintProbe("first-paint")
    elif os.environ.get(QUIT_WHEN_READY) == "1":
        probe = _PaintProbe("ready")
    if probe is not None:
        window.installEventFilter(probe)
    start = Startup(window, database, demo, probe)
    window.show()
    QTimer.singleShot(0, start.begin)
    try:
        code = app.exec()
    finally:
        start.finish()
    window.deleteLater()
    return 1 if start.failed else int(code)
