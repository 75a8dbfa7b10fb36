"""File ▸ Backups…: the backups beside the database, Back up now, and Restore….

Restoring checks the chosen backup while the records are still open, so a damaged backup (or
one from another database) is refused with nothing changed. Then, as Lock now does, the pages
go and the database closes; the core puts the backup in place and keeps the file as it was
aside; the database opens again with fresh pages. A backup from before a hand-over needs the
passphrase of that time, asked for here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from peerdesk.core import audit
from peerdesk.core.backups import Backup, Checked, backup_folder, check_backup, list_backups
from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.storage import Store
from peerdesk.ui.dates import when
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.key_dialog import KeyDialog, retry
from peerdesk.ui.dialogs.list_dialog import ListDialog
from peerdesk.ui.dialogs.passphrase_fields import secret_edit
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import RowTableModel
from peerdesk.ui.operations import run_in_background
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.tables import select_row, selected_row

if TYPE_CHECKING:
    from peerdesk.ui.dialogs.data_safety import DataSafety
    from peerdesk.ui.main_window import MainWindow

WRONG_KEY = "its key does not match this database's"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return _tr("{size:.1f} MB").format(size=size / (1024 * 1024))
    return _tr("{size} KB").format(size=max(1, round(size / 1024)))


class BackupModel(RowTableModel[Backup]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Made"), _tr("Size"))

    def text(self, row: Backup, column: int) -> str:
        if column == 0:
            return when(row.made_at, seconds=True)
        return size_text(row.size)


class BackupsDialog(ListDialog):
    """``ask`` (the yes-or-no question) and ``open_folder`` can be replaced by tests."""

    def __init__(self, window: MainWindow, safety: DataSafety) -> None:
        self.model = BackupModel()
        folder = backup_folder(window.context.store.path)
        super().__init__(
            "backups",
            _tr("Backups"),
            _tr(
                "peerdesk backs up your records by itself every half hour when something has "
                "changed, and when you close it. It keeps every backup from today and "
                "yesterday, then one a day for a week, one a week for two months and one a "
                "month for a year.\n\nBackups are kept in {folder}. To keep a copy somewhere "
                "else too, copy that folder to a memory stick now and then."
            ).format(folder=folder),
            self.model,
            _tr("Backups, newest first"),
            stretch=0,
            widths={1: 110},
            parent=window,
        )
        self.window_ = window
        self.safety = safety
        self.folder = folder
        self.busy = False
        self.ask: Callable[[QWidget, str, str], bool] = functools.partial(
            confirm, action=self.tr("Restore")
        )
        self.open_folder: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.passphrase_dialog: PastPassphraseDialog | None = None
        self.back_up_button = make_button("backupsBackUpButton", self.tr("Back &up now"))
        self.restore_button = make_button("backupsRestoreButton", self.tr("&Restore…"))
        self.folder_button = make_button("backupsFolderButton", self.tr("&Open the backups folder"))
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            self.add_button(button)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.folder_button.clicked.connect(self.show_folder)
        self.refresh()

    # -- the list ----------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        backups = list_backups(self.folder)
        self.model.set_rows(backups)
        chosen = next((n for n, b in enumerate(backups) if b.path == select), 0)
        select_row(self.table, chosen)
        self.restore_button.setEnabled(bool(backups) and not self.busy)
        if not backups:
            self.say(self.tr("There are no backups yet. Back up now to make the first one."))

    def chosen(self) -> Backup | None:
        return self.model.row_at(selected_row(self.table))

    def _hold(self, text: str) -> None:
        self.busy = True
        self.say(text)
        for button in (self.back_up_button, self.restore_button, self.close_button):
            button.setEnabled(False)

    def _release(self, text: str, select: Path | None = None) -> None:
        self.busy = False
        for button in (self.back_up_button, self.close_button):
            button.setEnabled(True)
        self.refresh(select)
        self.say(text)

    def _store(self) -> Store | None:
        context = self.window_.opened
        return None if context is None else context.store

    # -- Back up now ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from peerdesk.core.backups import make_backup

        store = self._store()
        if store is None or self.busy:
            return
        self._hold(self.tr("Backing up…"))
        run_in_background(
            lambda _progress: make_backup(store),
            self._backed_up,
            lambda message: self._release(message),
            context=self,
        )

    def _backed_up(self, made: Backup) -> None:
        self._release(
            self.tr("Backed up and checked: {name} ({size}).").format(
                name=made.path.name, size=size_text(made.size)
            ),
            made.path,
        )

    def show_folder(self) -> None:
        if not self.folder.is_dir():
            self.say(self.tr("There is no backups folder yet: back up now to make it."))
            return
        self.open_folder(QUrl.fromLocalFile(str(self.folder)))

    # -- Restore -------------------------------------------------------------------------------
    def restore_chosen(self) -> None:
        backup = self.chosen()
        store = self._store()
        if backup is None or store is None or self.busy:
            return
        made = when(backup.made_at)
        if not self.ask(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the backup of {when} in place of the records as they are now?\n\n"
                "Anything entered since then will no longer show. Nothing is deleted: the "
                "database as it is now is kept aside, beside it, so it can be brought back.\n\n"
                "peerdesk closes the records for a moment while it does this."
            ).format(when=made),
        ):
            return
        key = store.data_key
        self._hold(self.tr("Checking the backup…"))
        run_in_background(
            lambda _progress: check_backup(backup.path, key),
            lambda checked: self._checked(backup, key, checked, store.encrypted),
            lambda message: self._release(message),
            context=self,
        )

    def _checked(self, backup: Backup, key: bytes | None, checked: Checked, past: bool) -> None:
        if checked.ok:
            self._put_in_place(backup, key)
        elif past and checked.problems == (WRONG_KEY,):
            self._ask_past_passphrase(backup)
        else:
            self._release(refusal(backup.path, checked))

    def _ask_past_passphrase(self, backup: Backup) -> None:
        self.say(
            self.tr("This backup is from before a hand-over, so it needs the passphrase of then.")
        )
        dialog = PastPassphraseDialog(backup, self)
        self.passphrase_dialog = dialog

        def closed(result: int) -> None:
            self.passphrase_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.key is not None:
                self._put_in_place(backup, dialog.key)
            else:
                self._release(self.tr("Nothing was restored."))

        dialog.finished.connect(closed)
        dialog.open()

    def _put_in_place(self, backup: Backup, key: bytes | None) -> None:
        store = self._store()
        if store is None:
            self._release(self.tr("Nothing was restored."))
            return
        database, old_key, protected = store.path, store.data_key, store.encrypted
        self.say(self.tr("Restoring…"))
        self.window_.detach()  # the pages go and the database closes, as when locking
        run_in_background(
            lambda _progress: _restore_and_open(database, backup.path, key, old_key),
            self._restored,
            lambda message: self._lost(database, message, protected),
        )

    def _restored(self, result: tuple[Store, str]) -> None:
        store, message = result
        self.window_.locker.adopt_store(store)
        if message:  # refused after all: the records as they were are open again
            self._release(message)
            return
        self.safety.restored.emit()
        text = self.tr(
            "Restored. The records as they were before are kept beside the database. "
            "Automatic backups are paused until peerdesk is started again."
        )
        self._release(text)
        self.window_.show_message(text)

    def _lost(self, database: Path, message: str, protected: bool) -> None:
        """The records would not open again (rare): say why; a protected database shows the
        lock screen, so that its passphrase can open it."""
        self._release(message)
        if protected:
            self.window_.locker.ask_to_unlock(database, message)


def refusal(backup: Path, checked: Checked) -> str:
    return _tr("{name} cannot be restored: {problems}. Nothing was changed.").format(
        name=backup.name, problems="; ".join(checked.problems)
    )


def _restore_and_open(
    database: Path, backup: Path, key: bytes | None, old_key: bytes | None
) -> tuple[Store, str]:
    """In the background: restore, then open the records (the old ones if refused)."""
    from peerdesk.core.backups import restore
    from peerdesk.core.storage import open_store

    try:
        done = restore(database, backup, key, now=dt.datetime.now())
    except StorageError as error:
        return open_store(database, key=old_key), str(error)
    store = open_store(database, key=key)  # also brings an older backup's schema up to date
    audit.record(
        store,
        audit.RESTORE,
        f"Restored from the backup {backup.name}; the database as it was is kept as "
        f"{done.set_aside.name}.",
    )
    return store, ""


class PastPassphraseDialog(KeyDialog):
    """The passphrase in use when a backup was made (before a hand-over); after ``Accepted``,
    ``key`` opens that backup."""

    def __init__(self, backup: Backup, parent: QWidget | None = None) -> None:
        super().__init__("pastPassphraseDialog", parent)
        self.backup = backup
        self.key: bytes | None = None
        self.set_title(self.tr("The passphrase of then"), self.tr("&Restore"))
        self.intro(
            "pastPassphraseIntro",
            self.tr(
                "This backup was made before the records were handed over, so today's "
                "passphrase does not open it. Type the passphrase that was in use then."
            ),
        )
        self.passphrase = secret_edit("pastPassphraseEdit", self.tr("Passphrase of then"))
        self.add_row(self.tr("&Passphrase:"), self.passphrase)
        self.passphrase.setFocus()

    def submit(self) -> None:
        from peerdesk.core.protection import data_key_for

        passphrase, path = self.passphrase.text(), self.backup.path
        if not passphrase:
            raise ValidationError(self.tr("Type the passphrase first."))
        self.run(
            lambda: _opening_key(path, data_key_for(path, passphrase)),
            self._found,
            self.tr("Checking the passphrase…"),
            self._refused,
        )

    def _refused(self, message: str) -> None:
        self.show_error(message)
        retry(self.passphrase)

    def _found(self, key: bytes) -> None:
        self.key = key
        self.accept()


def _opening_key(path: Path, key: bytes) -> bytes:
    checked = check_backup(path, key)
    if not checked.ok:
        raise StorageError(refusal(path, checked))
    return key
