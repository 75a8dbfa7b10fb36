"""File ▸ Protect this database with a passphrase…: lock a plain database (made with
``--no-encryption``, or the demo) the way the first run locks a new one.

A passphrase typed twice; the window lets go of the records (``MainWindow.detach``) while
``peerdesk.core.protection.protect_plain`` encrypts the file in the background; then the
recovery key is shown once, with Save and Print for the recovery sheet and the box to tick, as on
the first run, and the window opens the protected records. If anything fails, the plain database
is as it was and is opened again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerdesk.core.backups import backup_folder, list_backups
from peerdesk.ui.dialogs.first_run import NOTE_STYLE, RecoveryKeyPanel
from peerdesk.ui.dialogs.key_dialog import KeyDialog
from peerdesk.ui.dialogs.passphrase_fields import PassphraseFields, heading, wrapped
from peerdesk.ui.i18n import tr as _tr

if TYPE_CHECKING:
    from peerdesk.core.protection import Protected
    from peerdesk.core.storage import Store
    from peerdesk.ui.main_window import MainWindow


class ProtectDatabaseDialog(KeyDialog):
    """After ``Accepted`` the window shows the protected records (``protected`` is True)."""

    def __init__(self, window: MainWindow, store: Store) -> None:
        super().__init__("protectDatabaseDialog", window)
        self.window_ = window
        self.database = store.path
        self.protected = False
        self.set_title(self.tr("Protect this database"), self.tr("&Protect the records"))
        # The explanations sit around the form, not in it: the form's own guess at the height
        # of long wrapped lines was wrong, and it cut off the top one.
        self.explained = [
            heading("protectDatabaseHeading", self.tr("Lock the records with a passphrase")),
            wrapped(
                "protectDatabaseIntro",
                self.tr(
                    "At the moment anyone who uses or finds this computer can read these "
                    "records. Going to a mental-health group says something about a person's "
                    "health, so the law treats them as health data.\n\n"
                    "Choose a passphrase: peerdesk locks the records with it and asks for it "
                    "each time it opens. Next you get a recovery key, the only other way in if "
                    "the passphrase is forgotten."
                ),
            ),
        ]
        self.explained[1].setContentsMargins(0, 0, 0, 8)
        for number, label in enumerate(self.explained):
            self.layout_.insertWidget(number, label)
        self.fields = PassphraseFields("protectDatabase", self)
        self.fields.add_rows(self.add_row, self.tr("&Passphrase:"), self.tr("Type it &again:"))
        folder = backup_folder(self.database)
        count = len(list_backups(folder))
        if count == 0:
            backups = self.tr("Backups made from now on are locked like the records.")
        elif count == 1:
            backups = self.tr(
                "The backup in {folder} is not locked, so it is deleted; new backups are "
                "locked like the records."
            ).format(folder=folder)
        else:
            backups = self.tr(
                "The {count} backups in {folder} are not locked, so they are deleted; new "
                "backups are locked like the records."
            ).format(count=count, folder=folder)
        notes = [
            wrapped(
                "protectDatabaseBackups",
                backups
                + " "
                + self.tr(
                    "Copies made elsewhere (exports, a copy on a memory stick) are not "
                    "changed: delete them if they are no longer needed."
                ),
                NOTE_STYLE,
            ),
            wrapped(
                "protectDatabaseWhere",
                self.tr("The records stay in {path}").format(path=self.database),
                NOTE_STYLE,
            ),
        ]
        after = self.layout_.indexOf(self.steps) + 1
        for number, label in enumerate(notes):
            self.layout_.insertWidget(after + number, label)
        self.explained += notes
        self.panel = RecoveryKeyPanel(self, "protectDatabaseRecovery")
        self.fields.first.setFocus()

    def submit(self) -> None:
        from peerdesk.core.protection import protect_plain

        if self.protected:  # the recovery key is on screen
            self.panel.require_kept()
            self.accept()
            return
        passphrase = self.fields.value()
        database = self.database
        self.window_.detach()  # the records close: protecting needs the file to itself
        self.run(
            lambda: protect_plain(database, passphrase),
            self._protected,
            self.tr("Locking the records with your passphrase…"),
            self._failed,
        )

    def _protected(self, protected: Protected) -> None:
        from peerdesk.ui.context import AppContext

        self.protected = True
        for label in self.explained:
            label.hide()
        window = self.window_
        window.attach(AppContext(protected.store, today=window.today))
        self.panel.show_key(protected.recovery_key, self.database, window.today(), self.tr("&Done"))
        self.cancel_button.hide()

    def _failed(self, message: str) -> None:
        """Nothing changed: the plain records open again, and the dialog says why."""
        from peerdesk.core.storage import open_store

        database = self.database
        self.run(
            lambda: open_store(database),
            lambda store: self._reopened(store, message),
            self.tr("Opening the records again…"),
            lambda again: self.show_error(
                self.tr(
                    "{message} The records could not be opened again ({again}): close "
                    "peerdesk and start it again."
                ).format(message=message, again=again)
            ),
        )

    def _reopened(self, store: Store, message: str) -> None:
        from peerdesk.ui.context import AppContext

        self.window_.attach(AppContext(store, today=self.window_.today))
        self.show_error(
            self.tr("The records were not locked: {message} Nothing was changed.").format(
                message=message.rstrip(".") + "."
            )
        )

    def reject(self) -> None:
        if self.protected and not self.panel.kept.isChecked():
            # The key is shown only once: closing now would lose it.
            self.show_error(
                self.tr("Keep the recovery key safe first, then tick the box and press Done.")
            )
            return
        super().reject()


def protect_database(window: MainWindow) -> None:
    """Open the dialog for the plain database open in ``window`` (not for a protected one)."""
    context = window.opened
    if context is None or context.store.encrypted:
        return
    for current in window.findChildren(ProtectDatabaseDialog):
        if current.isVisible():
            current.raise_()
            return
    dialog = ProtectDatabaseDialog(window, context.store)

    def finished(_result: int) -> None:
        if dialog.protected:
            window.show_message(_tr("The records are now locked with your passphrase."))
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
