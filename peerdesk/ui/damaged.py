"""A damaged database at start: offer the newest backup that checks good, or say there is none.

``find_good_backup`` runs in the background (checking a backup reads every page of it);
``DamagedOffer`` is the question on screen. Restoring sets the damaged file aside, unchanged
(``peerdesk.core.backups.restore``), so nothing is lost by saying yes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from peerdesk.ui.i18n import tr as _tr

if TYPE_CHECKING:
    from peerdesk.core.backups import Backup


@dataclass(frozen=True)
class Damaged:
    """What start-up found: the damaged file, why, and the newest good backup (if any)."""

    database: Path
    message: str
    backup: Backup | None


def find_good_backup(database: Path, message: str) -> Damaged:
    """The newest backup beside ``database`` that opens and passes its checks (background).

    Only backups that open without a key are tried: the damaged file is a plain one (a
    protected file's damage shows only after its passphrase, on the lock screen).
    """
    from peerdesk.core.backups import backup_folder, check_backup, list_backups

    for backup in list_backups(backup_folder(database)):
        if check_backup(backup.path, None).ok:
            return Damaged(database, message, backup)
    return Damaged(database, message, None)


def when(made_at: dt.datetime) -> str:
    return made_at.strftime("%d %b %Y at %H:%M")


def no_backup_text(damaged: Damaged) -> str:
    from peerdesk.core.backups import backup_folder

    return _tr(
        "{message}\n\nNo good backup was found in {folder}, so peerdesk cannot put one in "
        "its place. The damaged file is still at {path}, unchanged: keep it, and ask for help "
        "before using it."
    ).format(message=damaged.message, folder=backup_folder(damaged.database), path=damaged.database)


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
        self.setText(self.tr("The database is damaged, so peerdesk cannot open it."))
        self.setInformativeText(
            self.tr(
                "{path} could not be read safely.\n\n"
                "The newest good backup is from {when}. peerdesk can put it in place of the "
                "damaged file. Anything entered after {when} is not in the backup. The damaged "
                "file is not deleted: it is kept aside, unchanged, beside the database."
            ).format(path=damaged.database, when=made)
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
