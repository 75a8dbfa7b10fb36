"""Change passphrase, and the hand-over to a new organiser.

Both ask for the current passphrase and a new one twice, and do their key work in the background
(``KeyDialog.run``). Change passphrase keeps the recovery key; the hand-over makes a new one (the
window lets go of its pages while the records are re-keyed).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from peerdesk.core.errors import ValidationError
from peerdesk.ui.dialogs.key_dialog import KeyDialog, retry
from peerdesk.ui.dialogs.passphrase_fields import PassphraseFields, heading, secret_edit

if TYPE_CHECKING:
    from peerdesk.core.protection import Protected
    from peerdesk.core.storage import Store


class ReplacePassphraseDialog(KeyDialog):
    """The current passphrase and a new one twice: the shape of Change and Hand over."""

    def __init__(
        self, name: str, title: str, action: str, intro: str, parent: QWidget | None
    ) -> None:
        super().__init__(name, parent)
        self.set_title(title, action)
        self.form.addRow(heading(f"{name}Heading", title))
        self.intro(f"{name}Intro", intro)
        self.current = secret_edit(f"{name}CurrentEdit", self.tr("Current passphrase"))
        self.fields = PassphraseFields(name, self, [self.current])
        self.add_row(self.tr("C&urrent passphrase:"), self.current)
        self.fields.add_rows(
            self.add_row, self.tr("&New passphrase:"), self.tr("New passphrase &again:")
        )
        self.current.setFocus()

    def old_and_new(self) -> tuple[str, str]:
        old = self.current.text()
        if not old:
            raise ValidationError(self.tr("Type the current passphrase first."))
        return old, self.fields.value()

    def refused(self, message: str) -> None:
        self.show_error(message)
        retry(self.current)


class ChangePassphraseDialog(ReplacePassphraseDialog):
    """A new passphrase for the same records; the recovery sheet already printed still works."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            "changePassphraseDialog",
            self.tr("Change the passphrase"),
            self.tr("&Change passphrase"),
            self.tr(
                "Choose a new passphrase for opening peerdesk on this computer. The recovery "
                "sheet you already have keeps working.\n\n"
                "Handing the records over to someone else? Use File\u00a0▸\u00a0Hand over to a "
                "new organiser instead: it also makes a new recovery key."
            ),
            parent,
        )
        self.database = database

    def submit(self) -> None:
        from peerdesk.core.protection import change_passphrase

        old, new = self.old_and_new()
        database = self.database
        self.run(
            lambda: change_passphrase(database, old, new),
            lambda _none: self.accept(),
            self.tr("Changing the passphrase…"),
            self.refused,
        )


class HandOverHost(Protocol):
    """The window, as the hand-over sees it: it lets go of the store, then takes the new one."""

    def release_store(self) -> Store:
        """Pages gone and background work finished; the store still open, for re-keying."""
        ...

    def adopt_store(self, store: Store) -> None: ...

    def store_lost(self, database: Path, message: str) -> None:
        """The hand-over failed half-way: show the lock screen with ``message``."""
        ...


class HandOverDialog(ReplacePassphraseDialog):
    """A new passphrase and a new recovery key for a new organiser; the old ones stop working."""

    def __init__(
        self,
        store: Store,
        host: HandOverHost,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from peerdesk.ui.dialogs.first_run import RecoveryKeyPanel

        super().__init__(
            "handOverDialog",
            self.tr("Hand over to a new organiser"),
            self.tr("Hand &over"),
            self.tr(
                "Use this when someone new takes over the laptop and the group's records.\n\n"
                "•  The new organiser chooses a new passphrase, and peerdesk makes a new "
                "recovery key for a new recovery sheet.\n"
                "•  The old passphrase and the old recovery sheet stop working. Shred the old "
                "sheet once the new one is printed.\n"
                "•  Nothing in the records changes."
            ),
            parent,
        )
        self.store = store
        self.database = store.path
        self.host = host
        self.today = today or dt.date.today()
        self.handed_over = False
        self.panel = RecoveryKeyPanel(
            self,
            "handOverRecovery",
            self.tr("Keep the new recovery key safe"),
            self.tr(
                "The records are now locked with the new passphrase. This is the new recovery "
                "key, shown only this once: print or save the new sheet now. The old recovery "
                "sheet no longer opens the records, so shred it."
            ),
        )

    def submit(self) -> None:
        from peerdesk.core.protection import data_key_for

        if self.handed_over:
            self.panel.require_kept()
            self.accept()
            return
        old, new = self.old_and_new()
        if new == old:
            raise ValidationError(
                self.tr("Choose a new passphrase: the old one is meant to stop working.")
            )
        database = self.database
        self.run(
            lambda: bool(data_key_for(database, old)),
            lambda _right: self._hand_over(old, new),
            self.tr("Checking the current passphrase…"),
            self.refused,
        )

    def _hand_over(self, old: str, new: str) -> None:
        from peerdesk.core.protection import hand_over

        store = self.host.release_store()
        self.run(
            lambda: hand_over(store, old, new),
            self._handed_over,
            self.tr("Making the new key and locking the records with it…"),
            self._lost,
        )

    def _handed_over(self, protected: Protected) -> None:
        self.handed_over = True
        self.host.adopt_store(protected.store)
        self.panel.show_key(protected.recovery_key, self.database, self.today, self.tr("&Done"))
        self.cancel_button.hide()

    def _lost(self, message: str) -> None:
        self.host.store_lost(
            self.database,
            self.tr(
                "The hand-over did not finish ({reason}). Nothing in the records was lost: "
                "unlock with the old passphrase or the new one."
            ).format(reason=message.rstrip(".")),
        )
        self.reject()
