"""A damaged database: offer the newest backup that checks good, or say there is none.

A plain file's damage shows at start; a protected file's only after its passphrase (the key
opened the file, so the passphrase was right), on the lock screen. Both get the same offer.
``find_good_backup`` runs in the background (checking a backup reads every page of it);
``DamagedOffer`` is the question on screen; ``restore_backup`` puts the backup in place and
opens it again. Restoring sets the damaged file aside, unchanged
(``peerdesk.core.backups.restore``), so nothing is lost by saying yes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from peerdesk.ui import dates
from peerdesk.ui.i18n import tr as _tr

if TYPE_CHECKING:
    from peerdesk.core.backups import Backup
    from peerdesk.core.storage import Store

T = TypeVar("T")


@dataclass(frozen=True)
class Damaged:
    """What opening found: the damaged file, why, and the newest good backup (if any).

    ``key`` is the data key of a protected file (None for a plain one): the backup must open
    with it. ``other_key`` is a newer backup that this key does not open (one made before a
    hand-over, which needs the earlier passphrase), so the person can be told why it is passed.
    """

    database: Path
    message: str
    backup: Backup | None
    key: bytes | None = field(default=None, repr=False)
    other_key: Backup | None = None


def find_good_backup(database: Path, message: str, key: bytes | None = None) -> Damaged:
    """The newest backup beside ``database`` that opens with ``key`` and passes its checks
    (background). A plain file (``key`` None) is only offered plain backups."""
    from peerdesk.core import keys
    from peerdesk.core.backups import DATABASE_ERRORS, backup_folder, check_backup, list_backups
    from peerdesk.core.errors import WrongKeyError
    from peerdesk.core.storage import connect_file

    other_key: Backup | None = None
    for backup in list_backups(backup_folder(database)):
        if check_backup(backup.path, key).ok:
            return Damaged(database, message, backup, key, other_key)
        if other_key is None and key is not None and keys.key_file_path(backup.path).exists():
            try:  # failed the check: damaged, or sealed with another key?
                connect_file(backup.path, read_only=True, key=key).close()
            except WrongKeyError:  # sealed with another key: its own key file is beside it
                other_key = backup
            except DATABASE_ERRORS:  # damaged, not another key
                pass
    return Damaged(database, message, None, key, other_key)


def open_or_find_backup(
    database: Path, open_store: Callable[[], Store], data_key: Callable[[], bytes]
) -> Store | Damaged:
    """``open_store()`` (an unlock), or, if the file turns out damaged, what to offer instead
    (background). The key opened the file before its damage showed, so ``data_key()`` works."""
    from peerdesk.core.errors import DamagedDatabaseError

    try:
        return open_store()
    except DamagedDatabaseError as error:
        return find_good_backup(database, str(error), data_key())


def restore_backup(damaged: Damaged, reopen: Callable[[], T]) -> tuple[T, Path]:
    """In the background: the offered backup in place of the damaged file (kept aside), then
    ``reopen()``; returns what it gave and where the damaged file now is."""
    from peerdesk.core import audit
    from peerdesk.core.backups import restore
    from peerdesk.core.storage import Store

    backup = damaged.backup
    if backup is None:
        raise ValueError("no backup to restore")
    done = restore(damaged.database, backup.path, damaged.key, now=dt.datetime.now())
    opened = reopen()
    if isinstance(opened, Store):
        audit.record(
            opened,
            audit.RESTORE,
            f"Restored from the backup {backup.path.name}, as the database was damaged; "
            f"the damaged file is kept as {done.set_aside.name}.",
        )
    return opened, done.set_aside


def unlock_restored(database: Path, passphrase: str, key: bytes) -> Store:
    """Unlock a restored protected file with the passphrase typed before. The backup brought
    its own key file, which an earlier passphrase may seal (the data key is the same, as the
    backup opened with it): then the key is sealed again with the passphrase of today."""
    from peerdesk.core import keys
    from peerdesk.core.errors import WrongKeyError
    from peerdesk.core.protection import unlock

    try:
        return unlock(database, passphrase)
    except WrongKeyError:
        keys.write_key_file(database, keys.seal(key, passphrase))
        return unlock(database, passphrase)


def when(made_at: dt.datetime) -> str:
    return dates.when(made_at)


def _other_key_text(damaged: Damaged) -> str:
    """Why a newer backup is passed over (empty when none is)."""
    if damaged.other_key is None:
        return ""
    return "\n\n" + _tr(
        "The backup from {when} was made with an earlier passphrase (before the "
        "records were handed over), so this passphrase cannot open it. It stays in the "
        "backups folder."
    ).format(when=when(damaged.other_key.made_at))


def no_backup_text(damaged: Damaged) -> str:
    from peerdesk.core.backups import backup_folder

    return _tr(
        "{message}\n\nNo good backup was found in {folder}, so peerdesk cannot put one in "
        "its place. The damaged file is still at {path}, unchanged: keep it, and ask for help "
        "before using it."
    ).format(
        message=damaged.message, folder=backup_folder(damaged.database), path=damaged.database
    ) + _other_key_text(damaged)


class DamagedOffer(QMessageBox):
    """ "Restore the backup from <date>" or Quit. ``restore_button`` is the first choice."""

    def __init__(self, damaged: Damaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert damaged.backup is not None
        self.damaged = damaged
        made = when(damaged.backup.made_at)
        self.setObjectName("damagedOffer")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setAccessibleName(self.tr("The database is damaged"))
        if damaged.key is None:
            self.setText(self.tr("The database is damaged, so peerdesk cannot open it."))
        else:
            self.setText(
                self.tr(
                    "The passphrase is right, but the database is damaged, so peerdesk "
                    "cannot open it."
                )
            )
        self.setInformativeText(
            self.tr(
                "{path} could not be read safely.\n\n"
                "The newest good backup is from {when}. peerdesk can put it in place of the "
                "damaged file. Anything entered after {when} is not in the backup. The damaged "
                "file is not deleted: it is kept aside, unchanged, beside the database."
            ).format(path=damaged.database, when=made)
            + _other_key_text(damaged)
        )
        self.setDetailedText(damaged.message)
        self.restore_button: QPushButton = self.addButton(
            self.tr("&Restore the backup from {when}").format(when=made),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.restore_button.setObjectName("damagedRestoreButton")
        self.restore_button.setAccessibleName(
            self.tr("Restore the backup from {when}").format(when=made)
        )
        self.quit_button: QPushButton = self.addButton(
            self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("damagedQuitButton")
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.quit_button)
